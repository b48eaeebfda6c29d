import os
import signal
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.pipeline import build
from kg.store import KGStore


def variants(tmp_path, base, n):
    """n distinct documents made from one test text (a number changed in each)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    text = base.read_text(encoding="utf-8")
    for i in range(n):
        (folder / f"doc{i:03d}.md").write_text(text.replace("40 patients", f"{40 + i} patients"), encoding="utf-8")
    return folder


def test_building_twice_gives_the_same_triples(tmp_path, data_dir):
    store = KGStore(tmp_path / "store")
    inputs = [str(data_dir / "cl2020-phase2.txt"), str(data_dir / "mini-trial.md")]
    build(inputs, store)
    first = set(store.quads())
    build(inputs, store)
    assert set(store.quads()) == first and len(store.graphs()) == 2


def test_changed_document_replaces_only_its_graph(tmp_path, data_dir):
    store = KGStore()
    doc = tmp_path / "a.txt"
    doc.write_text("Headline\n\nThe Phase 2 trial (NCT00000001) enrolled 10 patients.", encoding="utf-8")
    build([str(doc), str(data_dir / "mini-trial.md")], store)
    doc.write_text("Headline\n\nThe Phase 3 trial (NCT00000001) enrolled 10 patients.", encoding="utf-8")
    build([str(doc)], store)
    # the old version is a different document (new content hash); both graphs exist, neither is mixed
    assert len(store.graphs()) == 3


def test_a_bad_document_does_not_stop_the_batch(tmp_path, data_dir):
    store = KGStore()
    report = build([str(data_dir / "latin1.txt"), str(data_dir / "mini-trial.md"), str(data_dir / "empty.txt")], store)
    assert [d.status for d in report.documents] == ["error", "ok", "error"]
    assert "latin1.txt" in report.documents[0].error and len(store.graphs()) == 1


def test_read_only_store_that_does_not_exist(tmp_path):
    with pytest.raises(StoreError, match="no store here"):
        KGStore(tmp_path / "nothing", read_only=True)


def log_size(path):
    """Size of a store log file, 0 when the store rotated it away since it was listed."""
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def test_killed_build_leaves_whole_documents(tmp_path, data_dir):
    folder = variants(tmp_path, data_dir / "mini-trial.md", 60)
    expected = {}
    for path in sorted(folder.iterdir()):
        one = KGStore()
        build([str(path)], one)
        (graph,) = one.graphs()
        expected[graph.value] = sum(1 for q in one.quads() if q.graph_name == graph)
    store_path = tmp_path / "store"
    seeded = KGStore(store_path)       # a store that already holds a document: one transaction per document
    build([str(data_dir / "cl2020-phase2.txt")], seeded)
    (graph,) = seeded.graphs()
    expected[graph.value] = sum(1 for q in seeded.quads() if q.graph_name == graph)
    del seeded
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(folder), "--store", str(store_path), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        wal = sum(log_size(f) for f in store_path.glob("*.log"))
        if wal > 200_000:          # a few documents are in the write-ahead log: kill mid-build
            break
        time.sleep(0.05)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    store = KGStore(store_path)
    counts = {}
    documents = {g.value for g in store.graphs()}
    for q in store.quads():
        if q.graph_name.value in documents:
            counts[q.graph_name.value] = counts.get(q.graph_name.value, 0) + 1
    assert counts, "the build was killed before it wrote anything; nothing to check"
    for graph, n in counts.items():
        assert n == expected[graph], f"{graph} is partial: {n} of {expected[graph]} quads"
    assert isinstance(next(iter(store.graphs())), ox.NamedNode)


def test_bulk_build_interrupted_before_its_markers_is_completed_by_the_next_build(tmp_path, data_dir, monkeypatch):
    folder = variants(tmp_path, data_dir / "mini-trial.md", 5)
    clean = KGStore()
    build([str(folder)], clean)
    store = KGStore(tmp_path / "store")

    def crash(self, quads):              # the bulk load went through; the process dies before the markers
        raise KeyboardInterrupt

    with monkeypatch.context() as m:
        m.setattr("kg.writer.StoreWriter.add_markers", crash)
        with pytest.raises(KeyboardInterrupt):
            build([str(folder)], store)
    assert len(store) > 0
    report = build([str(folder)], store)
    assert [d.status for d in report.documents] == ["ok"] * 5      # none was taken as built
    assert set(store.quads()) == set(clean.quads())


def test_bulk_and_transactional_writes_give_the_same_quads(tmp_path, data_dir):
    from kg.batch import process_source
    from kg.pipeline import build_digest
    from kg.extractors import load_extractors
    from kg.readers import read_sources
    from kg.writer import StoreWriter

    folder = variants(tmp_path, data_dir / "mini-trial.md", 3)
    stores = []
    for bulk in (True, False):
        store = KGStore()
        writer = StoreWriter(store, bulk=bulk, batch_bytes=1)
        for path in sorted(folder.iterdir()):
            for source in read_sources(path):
                writer.write(process_source(source, build_digest(source, load_extractors())))
        writer.flush()
        stores.append(set(store.quads()))
    assert stores[0] == stores[1] and stores[0]


def test_rdflib_dataset_view_sees_the_same_quads(built_store):
    import rdflib

    dataset = built_store.dataset()
    assert isinstance(dataset, rdflib.Dataset)
    assert len(list(dataset.quads((None, None, None, None)))) == len(built_store)


def test_trials_without_registry_ids_stay_apart(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Headline\n\nA randomized trial enrolled 40 patients.", encoding="utf-8")
    b.write_text("Headline\n\nA placebo-controlled trial enrolled 90 patients.", encoding="utf-8")
    store = KGStore()
    build([str(a), str(b)], store)
    trials = {q.subject.value for q in store.quads() if q.predicate.value.endswith("#enrollment")}
    assert len(trials) == 2


def test_a_progress_bar_build_reads_standard_input_too(monkeypatch, data_dir):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Headline\n\nA randomized trial enrolled 40 patients.")))
    report = build(["-", str(data_dir / "mini-trial.md")], KGStore(), progress=True)
    assert [d.status for d in report.documents] == ["ok", "ok"]


# --- what --store may point at (issue 16) ---------------------------------------------------------

def test_a_folder_that_is_not_a_store_is_refused_and_left_untouched(tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    for name in ("a.jpg", "b.jpg", "notes.txt"):
        (folder / name).write_bytes(b"not a database")
    for read_only in (False, True):
        with pytest.raises(StoreError) as err:
            KGStore(folder, read_only=read_only)
        message = str(err.value)
        assert "\n" not in message and str(folder) in message
        assert "is a folder that is not a kg store (it holds a.jpg, b.jpg and notes.txt)" in message
        assert message.endswith("build one with `kg build FILES --store " + str(folder) + "`" if read_only
                                else "give an empty or new folder, or an existing store")
    assert sorted(p.name for p in folder.iterdir()) == ["a.jpg", "b.jpg", "notes.txt"]      # nothing written


def test_a_folder_holding_many_files_is_named_by_a_few(tmp_path):
    for n in range(30):
        (tmp_path / f"file{n:02d}.txt").write_text("x")
    with pytest.raises(StoreError, match=r"it holds file00.txt, file01.txt, file02.txt and 27 more"):
        KGStore(tmp_path)


def test_a_file_given_as_the_store_is_refused(tmp_path):
    path = tmp_path / "store.nq"
    path.write_text("<https://e.org/s> <https://e.org/p> <https://e.org/o> .\n")
    for read_only in (False, True):
        with pytest.raises(StoreError, match="is a file, not a store folder; give") as err:
            KGStore(path, read_only=read_only)
        assert "\n" not in str(err.value) and str(path) in str(err.value)
    assert path.read_text().startswith("<https://e.org/s>")


def test_an_empty_or_new_folder_becomes_a_store_and_an_existing_store_opens(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    g = ox.NamedNode("https://e.org/g")
    quad = ox.Quad(ox.NamedNode("https://e.org/s"), ox.NamedNode("https://e.org/p"), ox.Literal("o"), g)
    for path in (empty, tmp_path / "new"):
        store = KGStore(path)
        store.replace_graph(g, [quad])
        store.flush()
        del store
        assert counts(path) == (1, 1)
    older = tmp_path / "older"             # a store written by pyoxigraph alone, as an older kg did
    raw = ox.Store(str(older))
    raw.add(quad)
    raw.flush()
    del raw
    assert counts(older) == (1, 1)


def counts(path):
    """The quads seen by a writer, then by a reader (each closed before the next opens)."""
    seen = []
    for read_only in (False, True):
        store = KGStore(path, read_only=read_only)
        seen.append(len(store))
        del store
    return tuple(seen)


def test_an_empty_folder_is_not_a_store_to_read(tmp_path):
    with pytest.raises(StoreError, match="is an empty folder, not a kg store; give a store's folder; build one"):
        KGStore(tmp_path, read_only=True)
    assert list(tmp_path.iterdir()) == []


def test_a_second_writer_is_refused_by_the_lock_in_one_line(tmp_path, data_dir):
    path = tmp_path / "store"
    KGStore(path)                           # created, then closed
    holder = subprocess.Popen([sys.executable, "-c", "import sys; from kg.store import KGStore; "
                               "s = KGStore(sys.argv[1]); print('open', flush=True); sys.stdin.read()", str(path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        done = subprocess.run([sys.executable, "-m", "kg", "build", str(data_dir / "mini-trial.md"), "--store", str(path),
                               "-q"], capture_output=True, text=True, timeout=120)
    finally:
        holder.communicate("", timeout=60)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and str(path) in done.stderr and "another process is writing" in done.stderr
    assert len(KGStore(path, read_only=True)) == 0          # the refused build wrote nothing


def test_only_documents_with_their_build_marker_are_listed_and_counted(tmp_path, data_dir, monkeypatch, capsys):
    """A bulk build loads a batch, then its markers: until then its documents are not whole, and not listed."""
    from kg.cli import main
    from kg.queries import run
    from kg.writer import StoreWriter

    path = tmp_path / "store"
    store = KGStore(path)
    add_markers = StoreWriter.add_markers
    with monkeypatch.context() as m:
        m.setattr(StoreWriter, "add_markers", lambda self, quads: add_markers(self, quads[:1]))
        build([str(data_dir / "mini-trial.md"), str(data_dir / "cl2020-phase2.txt")], store)   # one marker written
    assert len(list(store.ox.named_graphs())) >= 3              # both documents' graphs hold quads, and the entities
    (listed,) = store.graphs()
    assert [r["graph"].value for r in run(store, "facts-documents")] == [listed.value]
    del store
    assert main(["stats", "--store", str(path)]) == 0
    assert "documents: 1\n" in capsys.readouterr().out


BUILD_IN_SMALL_BATCHES = """
import sys
import kg.writer
kg.writer.FIRST_BATCH_BYTES = kg.writer.BATCH_BYTES = 200_000
from kg.cli import main
sys.exit(main(["build", sys.argv[1], "--store", sys.argv[2], "-q"]))
"""


def test_a_bulk_build_killed_while_loading_leaves_whole_documents_and_the_next_build_cleans_up(tmp_path, data_dir):
    folder = variants(tmp_path, data_dir / "mini-trial.md", 12)        # 1.1 MB of N-Quads: 6 batches of 200 kB
    clean = KGStore()
    build([str(folder)], clean)
    expected = {g.value: sum(1 for _ in clean.ox.quads_for_pattern(None, None, None, g)) for g in clean.graphs()}
    store_path = tmp_path / "store"
    proc = subprocess.Popen([sys.executable, "-c", BUILD_IN_SMALL_BATCHES, str(folder), str(store_path)])
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and not list(store_path.glob("bulk-*.sst")):
        time.sleep(0.002)
    assert proc.poll() is None, "the build ended before it could be killed mid-load"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    store = KGStore(store_path)
    for graph in store.graphs():
        n = sum(1 for _ in store.ox.quads_for_pattern(None, None, None, graph))
        assert n == expected[graph.value], f"{graph} is listed with {n} of {expected[graph.value]} quads"
    report = build([str(folder)], store)
    assert not report.failed and set(store.quads()) == set(clean.quads())
    left = [p.name for p in tmp_path.rglob("*") if p.name.startswith(".kg-spool-") or p.name.startswith("bulk-")]
    assert left == [], f"the killed build's files are still there: {left}"
