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
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".kg-spool-"))


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
