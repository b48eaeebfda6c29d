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
        wal = sum(f.stat().st_size for f in store_path.glob("*.log"))
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
