"""The single writer: spooled bulk loads, shared-entity quads written once, failures leave no spool behind."""

from __future__ import annotations

import pytest

from kg.batch import DocumentOutput
from kg.errors import StoreError
from kg.store import KGStore
from kg.writer import StoreWriter

ENTITY = b'<https://e.org/drug> <http://www.w3.org/2000/01/rdf-schema#label> "drug" <https://e.org/entities> .\n'


def output(n: int, shared: bytes = ENTITY) -> DocumentOutput:
    graph = f"https://e.org/doc{n}"
    own = f'<{graph}> <https://e.org/mentions> <https://e.org/drug> <{graph}> .\n'.encode()
    return DocumentOutput(f"doc{n}.txt", str(n), f"doc{n}", graph, 1, 3, own, f"digest{n}", shared=shared)


def spools(folder):
    """The spool files anywhere under ``folder``."""
    return sorted(p.name for p in folder.rglob(".kg-spool-*"))


def test_on_disk_bulk_loads_go_through_a_spool_file_that_is_removed(tmp_path):
    store = KGStore(tmp_path / "store")
    writer = StoreWriter(store, batch_bytes=10**9)
    for n in range(3):
        writer.write(output(n))
    assert len(spools(tmp_path)) == 1 and store.is_empty()      # waiting in the spool, not in memory
    writer.flush()
    assert spools(tmp_path) == []
    assert len(store) == 3 + 1 + 3                                # own quads, the shared one, the markers


def test_shared_entity_quads_are_spooled_once_per_build(tmp_path, monkeypatch):
    written = []
    monkeypatch.setattr("kg.writer.Spool.write", lambda self, data: written.append(data))
    writer = StoreWriter(KGStore(), bulk=True)
    for n in range(4):
        writer.write(output(n))
    assert b"".join(written).count(ENTITY) == 1


def test_the_memory_of_written_lines_is_bounded_and_forgetting_changes_no_quad():
    stores = []
    for max_lines in (2, 10**6):
        writer = StoreWriter(KGStore(), bulk=True)
        writer.max_lines = max_lines
        for n in range(8):
            writer.write(output(n, shared=ENTITY + ENTITY.replace(b"drug", b"drug%d" % (n % 3))))
            assert len(writer._lines) <= max_lines + 2
        writer.flush()
        stores.append(set(writer.store.quads()))
    assert stores[0] == stores[1]


def test_spooled_and_in_memory_and_transactional_writes_agree(tmp_path):
    results = []
    for store, bulk in ((KGStore(tmp_path / "disk"), True), (KGStore(), True), (KGStore(), False)):
        writer = StoreWriter(store, bulk=bulk, batch_bytes=200)      # several batches
        for n in range(6):
            writer.write(output(n))
        writer.flush()
        results.append(set(store.quads()))
    assert results[0] == results[1] == results[2] and len(results[0]) == 6 + 1 + 6


def test_a_failed_bulk_load_names_the_store_and_removes_the_spool(tmp_path):
    store = KGStore(tmp_path / "store")
    writer = StoreWriter(store)
    writer.write(output(0, shared=b"<not an n-quads line\n"))
    with pytest.raises(StoreError, match="bulk loading failed"):
        writer.flush()
    assert spools(tmp_path) == []


def test_partition_files_join_the_batches_and_load_once_a_batch_is_full(tmp_path):
    from kg.batch import Partition

    store = KGStore(tmp_path / "store")
    writer = StoreWriter(store, batch_bytes=300)
    parts = []
    for n in range(2):
        path = tmp_path / f"part-{n}.nq"
        out = output(n)
        path.write_bytes(out.nquads + out.shared)
        parts.append(Partition([out], str(path)))
    writer.write_partition(parts[0])
    assert store.is_empty()                                   # below the batch size: waiting
    writer.write_partition(parts[1])                          # the batch is full: it starts loading
    writer.wait()
    assert len(store) == 2 + 1 + 2                            # loaded, with its markers


def test_batches_start_small_and_double_up_to_the_batch_size():
    writer = StoreWriter(KGStore(), bulk=True, batch_bytes=800, first_batch_bytes=200)
    sizes, start_load = [], writer.start_load
    writer.start_load = lambda: (sizes.append(writer._size), start_load())
    for n in range(30):
        writer.write(output(n, shared=ENTITY.replace(b"drug", b"drug%d" % n)))      # about 190 bytes each
    limits = [200, 400, 800, 800]
    assert len(sizes) >= len(limits)
    assert all(limit <= size < limit + 200 for size, limit in zip(sizes, limits))


def test_batches_load_in_the_background_while_writing_goes_on(tmp_path, monkeypatch):
    import threading

    from kg.writer import Spool

    started, release, events = threading.Event(), threading.Event(), []
    load_into = Spool.load_into

    def slow_load(self, store):
        started.set()
        release.wait(5)
        load_into(self, store)
        events.append("loaded")

    monkeypatch.setattr(Spool, "load_into", slow_load)
    store = KGStore(tmp_path / "store")
    writer = StoreWriter(store, batch_bytes=300, first_batch_bytes=300)
    for n in range(2):
        writer.write(output(n, shared=ENTITY.replace(b"drug", b"drug%d" % n)))
    assert started.wait(5)                                     # the first batch is loading ...
    writer.write(output(2))                                    # ... and writing goes on meanwhile
    events.append("written")
    release.set()
    writer.flush()
    assert events == ["written", "loaded", "loaded"]
    assert len(store) == 3 + 3 + 3 and spools(tmp_path) == []


def test_an_error_in_a_background_load_is_raised_by_the_next_flush(tmp_path):
    writer = StoreWriter(KGStore(tmp_path / "store"), batch_bytes=100, first_batch_bytes=100)
    writer.write(output(0, shared=b"<not an n-quads line\n"))     # fills a batch: it loads in the background
    with pytest.raises(StoreError, match="bulk loading failed"):
        writer.flush()
    assert spools(tmp_path) == []


# --- spool files, full disks and readers during a bulk build (issue 16) ----------------------------

def test_a_stale_spool_is_removed_at_the_next_build_of_its_store_and_another_stores_is_kept(tmp_path):
    one, two = KGStore(tmp_path / "one"), KGStore(tmp_path / "two")       # two stores in one parent folder
    running = StoreWriter(two, batch_bytes=10**9)
    running.write(output(0))                                               # a build of `two` is spooling
    killed = StoreWriter(one, batch_bytes=10**9)
    killed.write(output(1))                                                # a build of `one` dies while spooling
    assert len(spools(tmp_path)) == 2
    del killed, one
    one = KGStore(tmp_path / "one")
    StoreWriter(one)                                                       # the next build of `one`
    assert len(spools(tmp_path)) == 1                                      # its stale spool is gone ...
    running.flush()                                                        # ... the running build's is whole
    assert len(two) == 1 + 1 + 1 and spools(tmp_path) == []


def test_bulk_files_left_by_a_killed_load_are_removed_at_the_next_build(tmp_path):
    path = tmp_path / "store"
    KGStore(path)
    (path / "bulk-123456789012345678901234567890.sst").write_bytes(b"\0" * 100)   # the loader's name for its files
    StoreWriter(KGStore(path))
    assert not list(path.glob("bulk-*.sst"))


class FullDisk:
    """A file that takes ``room`` bytes, then fails as a full disk does."""

    def __init__(self, real, room: int):
        self.real, self.room = real, room
        self.name = real.name

    def write(self, data: bytes) -> int:
        if len(data) > self.room:
            import errno
            import os

            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= len(data)
        return self.real.write(data)

    def __getattr__(self, name):
        return getattr(self.real, name)


def test_a_full_disk_while_spooling_is_one_error_naming_the_store_and_the_disk(tmp_path, monkeypatch):
    import kg.writer

    opened = kg.writer.open_spool
    monkeypatch.setattr(kg.writer, "open_spool", lambda folder: FullDisk(opened(folder), room=250))
    path = tmp_path / "store"
    writer = StoreWriter(KGStore(path), batch_bytes=10**9)
    writer.write(output(0))
    with pytest.raises(StoreError) as err:
        writer.write(output(1))
    message = str(err.value)
    assert "\n" not in message and message.startswith(f"{path}: ")
    assert "no space left on the disk" in message and "free space on it" in message
    assert spools(tmp_path) == []


def test_a_full_disk_while_loading_is_one_error_naming_the_store_and_the_disk(tmp_path, monkeypatch):
    from kg.writer import Spool

    def full(self, store):
        raise OSError("IO error: No space left on device: While appending to file: bulk-1.sst: No space left on device")

    monkeypatch.setattr(Spool, "load_into", full)
    path = tmp_path / "store"
    writer = StoreWriter(KGStore(path))
    writer.write(output(0))
    with pytest.raises(StoreError) as err:
        writer.flush()
    message = str(err.value)
    assert "\n" not in message and message.startswith(f"{path}: ")
    assert "no space left on the disk" in message and "--force" not in message
    assert spools(tmp_path) == []


def test_batches_shrink_to_what_the_disk_can_hold(tmp_path, monkeypatch):
    import shutil
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda path: usage(10**7, 10**7 - 4_000_000, 4_000_000))
    store = KGStore(tmp_path / "store")
    writer = StoreWriter(store)
    sizes, start_load = [], writer.start_load
    writer.start_load = lambda: (sizes.append(writer._size), start_load())
    big = ENTITY * 2000                                                     # about 200 kB a document
    for n in range(12):
        writer.write(output(n, shared=big.replace(b"drug", b"drug%d" % n)))
    writer.flush()
    assert len(sizes) >= 2 and max(sizes) < 1_000_000 + 300_000             # a quarter of the free space, not 32 MB


def whole(reader: KGStore, quads: int) -> dict[str, int]:
    """The listed documents that do not hold ``quads`` quads (their own and the marker), with what they hold."""
    sizes = {g.value: sum(1 for _ in reader.ox.quads_for_pattern(None, None, None, g)) for g in reader.graphs()}
    return {g: n for g, n in sizes.items() if n != quads}


def test_a_reader_with_the_tables_from_before_a_load_and_the_log_from_after_it_sees_no_half_built_document(tmp_path):
    """RocksDB opened read-only reads its table list (MANIFEST) first and its write-ahead log after: a reader
    opening while a batch loads can see the tables as they were before the load and the log as it is after."""
    import shutil

    path, reader = tmp_path / "store", tmp_path / "reader"
    writer = StoreWriter(KGStore(path), bulk=True, batch_bytes=10**9)
    for n in range(3):
        writer.write(output(n))
    writer.start_load()
    writer.wait()
    shutil.copytree(path, reader)                            # the tables the reader read ...
    for n in range(3, 6):
        writer.write(output(n))
    writer.start_load()
    writer.wait()
    for log in path.glob("*.log"):                           # ... and the log it read afterwards
        shutil.copy(log, reader / log.name)
    seen = KGStore(reader, read_only=True)
    assert len(seen.graphs()) >= 3 and whole(seen, 2) == {}


WRITE_UNTIL_TOLD = """
import sys
from pathlib import Path
from kg.batch import DocumentOutput
from kg.store import KGStore
from kg.writer import StoreWriter

writer = StoreWriter(KGStore(sys.argv[1]), bulk=True, batch_bytes=2000, first_batch_bytes=2000)
stop = Path(sys.argv[2])
for n in range(20000):
    if stop.exists():
        break
    g = f"https://e.org/doc{n}"
    own = "".join(f'<{g}> <https://e.org/p{i}> "{i}" <{g}> .\\n' for i in range(3)).encode()
    writer.write(DocumentOutput(f"d{n}", str(n), f"d{n}", g, 1, 3, own, f"digest{n}"))
writer.flush()
"""


def test_a_reader_during_a_bulk_build_sees_only_whole_documents(tmp_path):
    import subprocess
    import sys
    import time

    path, stop = tmp_path / "store", tmp_path / "stop"
    KGStore(path)
    writer = subprocess.Popen([sys.executable, "-c", WRITE_UNTIL_TOLD, str(path), str(stop)])
    reads, partial, deadline = 0, {}, time.monotonic() + 90
    try:
        while reads < 60 and time.monotonic() < deadline and writer.poll() is None:
            try:
                reader = KGStore(path, read_only=True)
                partial.update(whole(reader, 4))
            except (StoreError, OSError, RuntimeError):     # RocksDB's files moved under this reader: read again
                continue
            finally:
                reader = None
            reads += 1
    finally:
        stop.touch()
        assert writer.wait(120) == 0
    assert reads >= 10, "the build ended before the reader could look"
    assert partial == {}, f"a reader saw {len(partial)} documents half built"


CHECK_AFTER = """
import json, sys
from pathlib import Path
from kg.store import KGStore
mount = Path(sys.argv[1])
files = sorted(p.name for p in mount.rglob("*"))
store = KGStore(mount / "store", read_only=True)
sizes = {g.value: sum(1 for _ in store.ox.quads_for_pattern(None, None, None, g)) for g in store.graphs()}
print(json.dumps({"files": files, "sizes": sizes}))
"""


def small_disk_available() -> bool:
    import os
    import shutil
    import subprocess

    if os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not small_disk_available(), reason="needs root and unshare to mount a small private disk")
def test_a_build_onto_a_small_disk_ends_in_one_line_keeping_whole_documents_and_no_spool(tmp_path, data_dir):
    import json
    import subprocess
    import sys

    folder = tmp_path / "docs"
    folder.mkdir()
    text = (data_dir / "mini-trial.md").read_text(encoding="utf-8")
    for i in range(40):                              # about 4 MB of N-Quads onto 4 MB: some batches fit
        (folder / f"doc{i:02d}.md").write_text(text.replace("40 patients", f"{40 + i} patients"), encoding="utf-8")
    mount = tmp_path / "disk"
    mount.mkdir()
    script = (f'mount -t tmpfs -o size=4m tmpfs "{mount}" && cd "{tmp_path}" && '
              f'{{ "{sys.executable}" -m kg build "{folder}" --store "{mount}/store" -q --no-progress 2> stderr; '
              f'echo $? > rc; "{sys.executable}" -c \'{CHECK_AFTER}\' "{mount}" > check.json; }}')
    subprocess.run(["unshare", "-m", "sh", "-c", script], check=True, timeout=300)
    stderr = (tmp_path / "stderr").read_text()
    assert (tmp_path / "rc").read_text().strip() == "1"
    assert stderr.count("\n") == 1 and "Traceback" not in stderr, stderr
    assert f"{mount}/store: no space left on the disk while " in stderr and f"the disk mounted at {mount}," in stderr
    check = json.loads((tmp_path / "check.json").read_text())
    assert not [f for f in check["files"] if f.startswith(".kg-spool-") or f.startswith("bulk-")], check["files"]
    assert len(check["sizes"]) >= 1 and len(set(check["sizes"].values())) == 1, check["sizes"]   # kept, and whole
