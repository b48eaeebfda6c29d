"""The single writer: document outputs into the store, in bulk or one transaction per document.

Into a store that was empty when the build began, N-Quads go through
Oxigraph's bulk loader in batches; each document's build marker is added
after its batch, so a build killed midway leaves documents without a marker,
and the next build replaces them whole. The markers go through the bulk
loader too, in a load of their own once the batch's load has returned: RocksDB
then lists the markers' files after the batch's, and a reader opening the
store meanwhile (which reads that list first and the write-ahead log after it)
sees a marker only with its document's quads; markers written in a
transaction sat in the log, and such a reader could see them before the
batch. Readers count and list documents by their markers
(:meth:`KGStore.graphs`, ``facts-documents``). Into a store that already holds
documents, each document replaces its named graph in one transaction.

Batches start at 32 MB of N-Quads and double with each load up to 64 MB,
spooled to a file in the store's folder rather than held in memory. Every bulk
load lands in RocksDB as new sorted files that it must merge into the store;
with small batches the merging outgrew the loading as the store grew (loading
100 x 1k articles' N-Quads in 32 MB batches: 4 s per 1k articles at first,
spells of 20-55 s per 1k after 50k, 930 s in all; in 64 MB batches, read
leniently, a flat 4.4 s per 1k up to 56k, where the test stopped). The
loader's memory grows with the batch (about 0.6 GB at 148 MB, 1.5 GB at
590 MB), which sets the upper bound. Small first batches keep the last load,
which nothing runs beside, short in a small build. Shared-entity quads,
repeated in every document that names the entity, are spooled once per build.

On a small disk a batch takes at most a quarter of the free space (the spool,
the loader's files of about 0.75 times the spool, and the next spool being
written meanwhile must fit). A full disk is one :class:`StoreError` naming the
store and the disk, and the spool is removed. What a killed build leaves in
the store's folder (spool files, the bulk loader's ``bulk-*.sst``) is removed
by the next build of that store, once it holds the store's lock.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import shutil
import threading
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from kg.batch import DocumentOutput, Partition
from kg.errors import StoreError
from kg.store import KGStore, write_error

log = logging.getLogger("kg")
NQ = ox.RdfFormat.N_QUADS
BATCH_BYTES = 64_000_000
FIRST_BATCH_BYTES = 32_000_000
MIN_BATCH_BYTES = 256_000
DISK_SHARE = 4                                          # a batch takes at most this fraction of the free space
SPOOL_FILE = re.compile(r"\.kg-spool-[0-9a-f]{16}\.nq")  # in the store's folder
BULK_FILE = re.compile(r"bulk-\d+\.sst")                 # Oxigraph's bulk loader's files before RocksDB takes them
OLDER_SPOOL_FILE = re.compile(r"\.kg-spool-[a-z0-9_]{8}\.nq")  # beside the store, by older versions of kg


class StoreWriter:
    """Write :class:`~kg.batch.DocumentOutput` records into ``store``.

    >>> from kg.batch import DocumentOutput
    >>> store = KGStore()
    >>> nq = b'<https://e.org/d> <https://e.org/p> "x" <https://e.org/d> .\\n'
    >>> w = StoreWriter(store); w.write(DocumentOutput("a", "1", "a", "https://e.org/d", 1, 2, nq, "z")); w.flush()
    >>> len(store), w.bulk
    (2, True)
    """

    max_lines = 200_000

    def __init__(self, store: KGStore, bulk: bool | None = None, batch_bytes: int | None = None,
                 first_batch_bytes: int | None = None):
        self.store = store
        self.bulk = store.is_empty() if bulk is None else bulk
        self.batch_bytes = batch_bytes or BATCH_BYTES
        self._target = min(first_batch_bytes or FIRST_BATCH_BYTES, self.batch_bytes)
        if store.path is not None:
            remove_stale_files(store.path)        # this process holds the store's lock: no running build owns them
        self._limit = self.batch_limit()
        self._spool = Spool(store.path)
        self._markers: list[ox.Quad] = []
        self._size = 0
        self._seen: set[str] = set()
        self._lines: set[bytes] = set()
        self._loading: Loading | None = None

    def write(self, out: DocumentOutput) -> None:
        """Write one document's quads (a failed output writes nothing)."""
        if out.error is not None:
            return
        if not self.bulk or out.graph in self._seen:
            self.load_pending()       # the same document twice in one build: the last one wins, as in a serial build
            self.replace(out.graph, list(ox.parse(out.nquads + out.shared, NQ)), out.marker())
            return
        self._seen.add(out.graph)
        self.spool(out.nquads + self.new_lines(out.shared), [out.marker()])

    def spool(self, nquads: bytes, markers: list[ox.Quad]) -> None:
        """Add to the pending batch; load the batch once it is big enough."""
        try:
            self._spool.write(nquads)
        except OSError as err:
            self.abandon(write_error(self.store.path, err, "spooling a batch for the bulk loader"))
        self._markers.extend(markers)
        self._size += len(nquads)
        if self._size >= self._limit:
            self.start_load()

    def batch_limit(self) -> int:
        """The size at which the pending batch loads: the doubling size, capped by the free space of the store's disk."""
        if self.store.path is None:
            return self._target
        return min(self._target, max(MIN_BATCH_BYTES, shutil.disk_usage(self.store.path).free // DISK_SHARE))

    def abandon(self, error: StoreError) -> None:
        """Drop the pending batch, wait for the one loading, and raise ``error``."""
        self._spool.clear()
        self._markers, self._size = [], 0
        try:
            self.wait()
        except StoreError:
            pass                          # the load failed too: ``error`` says why the build stops
        raise error from None

    def new_lines(self, nquads: bytes) -> bytes:
        """The lines not yet written in this build (shared-entity quads repeat in every document that names the entity).

        At most ``max_lines`` lines are remembered (about 50 MB); past that the memory starts afresh, and
        a line may be spooled again, which costs a little loading and changes nothing in the store.
        """
        if len(self._lines) > self.max_lines:
            self._lines.clear()
        lines = [line for line in nquads.splitlines(keepends=True) if line not in self._lines]
        self._lines.update(lines)
        return b"".join(lines)

    def write_partition(self, part: Partition) -> None:
        """Write a partition; its quads come from its N-Quads file when it has one."""
        if part.path is None:
            for out in part.outputs:
                self.write(out)
            return
        ok = [o for o in part.outputs if o.error is None]
        if self.bulk and not self._seen.intersection(o.graph for o in ok):
            self._seen.update(o.graph for o in ok)
            self.spool(Path(part.path).read_bytes(), [o.marker() for o in ok])
            return
        self.load_pending()
        by_graph: dict[str, list[ox.Quad]] = defaultdict(list)
        for q in ox.parse(path=part.path, format=NQ):
            by_graph[q.graph_name.value].append(q)
        mine = {o.graph for o in ok}
        try:
            self.store.ox.extend(q for g, qs in by_graph.items() if g not in mine for q in qs)  # the shared entities
        except OSError as err:
            raise write_error(self.store.path, err, "writing") from None
        for o in ok:
            self.replace(o.graph, by_graph.get(o.graph, []), o.marker())

    def replace(self, graph: str, quads: list[ox.Quad], marker: ox.Quad) -> None:
        self.store.replace_graph(ox.NamedNode(graph), quads + [marker])

    def add_markers(self, markers: list[ox.Quad]) -> None:
        """Add a loaded batch's build markers, through the bulk loader (see the module's docstring)."""
        if markers:
            self.store.ox.bulk_extend(markers)

    def flush(self) -> None:
        """Load what is pending, wait until every batch is in the store, and flush the store to disk."""
        self.load_pending()
        self.store.flush()

    def load_pending(self) -> None:
        """Load what is pending and wait until every batch is in the store (a transaction after it sees them all).

        Not a flush: a transaction is durable in RocksDB's log, and flushing after each document
        cost more than writing it (8 of 19 s for 50 articles into a store that held some).
        """
        if self._size or self._markers:
            self.start_load()
        self.wait()

    def start_load(self) -> None:
        """Load the pending batch in a background thread (after the batch before it), so writing goes on meanwhile."""
        self.wait()
        spool, markers = self._spool, self._markers
        self._spool, self._markers, self._size = Spool(self._spool.folder), [], 0
        self._target = min(2 * self._target, self.batch_bytes)
        self._limit = self.batch_limit()
        self._loading = Loading(lambda: self.load(spool, markers))

    def wait(self) -> None:
        """Wait for the batch being loaded; its error, if any, is raised here, and the pending batch is dropped."""
        loading, self._loading = self._loading, None
        if loading is not None:
            try:
                loading.wait()
            except BaseException:
                self._spool.clear()
                self._markers, self._size = [], 0
                raise

    def load(self, spool: Spool, markers: list[ox.Quad]) -> None:
        """Bulk-load a batch, then add its build markers in one transaction."""
        try:
            spool.load_into(self.store.ox)
            self.add_markers(markers)
        except (OSError, SyntaxError, RuntimeError) as err:
            raise write_error(self.store.path, err, "bulk loading") from None
        finally:
            spool.clear()


class Loading:
    """A function running in its own thread; ``wait`` joins it and raises what it raised.

    pyoxigraph's bulk loader releases the GIL, so the writer goes on receiving
    and spooling documents while a batch loads.

    >>> Loading(lambda: 1 / 0).wait()
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    """

    def __init__(self, fn):
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self.run, args=(fn,), name="kg-bulk-load")
        self.thread.start()

    def run(self, fn) -> None:
        try:
            fn()
        except BaseException as err:  # handed to the waiting thread
            self.error = err

    def wait(self) -> None:
        self.thread.join()
        if self.error is not None:
            raise self.error


class Spool:
    """N-Quads waiting for the bulk loader: in a file in ``folder`` (the store's), or in memory without one.

    ``lenient`` loading skips IRI checks: the spool holds only what pyoxigraph itself serialised.

    >>> spool = Spool(None); spool.write(b'<https://e.org/s> <https://e.org/p> "o" <https://e.org/g> .\\n')
    >>> store = ox.Store(); spool.load_into(store); spool.clear(); len(store)
    1
    """

    def __init__(self, folder: Path | None):
        self.folder = folder
        self._file = None
        self._chunks: list[bytes] = []

    def write(self, nquads: bytes) -> None:
        if self.folder is None:
            self._chunks.append(nquads)
            return
        if self._file is None:
            self._file = open_spool(self.folder)
        self._file.write(nquads)

    def load_into(self, store: ox.Store) -> None:
        if self._chunks:
            store.bulk_load(b"".join(self._chunks), NQ, lenient=True)
        if self._file is not None:
            self._file.close()
            store.bulk_load(path=self._file.name, format=NQ, lenient=True)

    def clear(self) -> None:
        """Forget the batch and remove its file (also when closing it fails, as on a full disk)."""
        self._chunks = []
        file, self._file = self._file, None
        if file is not None:
            try:
                file.close()
            except OSError:
                pass
            Path(file.name).unlink(missing_ok=True)


def open_spool(folder: Path):
    """A new spool file in the store's folder, readable by its owner only.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder, open_spool(Path(folder)) as f:
    ...     print(SPOOL_FILE.fullmatch(Path(f.name).name) is not None, oct(os.stat(f.name).st_mode & 0o777))
    True 0o600
    """
    path = folder / f".kg-spool-{secrets.token_hex(8)}.nq"
    return open(path, "xb", opener=lambda name, flags: os.open(name, flags, 0o600))


def remove_stale_files(folder: Path) -> None:
    """Remove what a killed or failed build of the store at ``folder`` left: spool files, the bulk loader's files.

    Call it only while holding the store's write lock, so that no running build owns them. Spool files
    an older kg left beside a store are named after no store: another store's build may be using them,
    so they are reported, not removed.
    """
    removed = 0
    for path in folder.iterdir():
        if SPOOL_FILE.fullmatch(path.name) or BULK_FILE.fullmatch(path.name):
            try:
                removed += path.stat().st_size
                path.unlink()
            except FileNotFoundError:
                pass
    if removed:
        log.info("%s: removed %.1f MB of files left by an interrupted build", folder, removed / 1e6)
    for path in sorted(folder.parent.glob(".kg-spool-*.nq")):
        if OLDER_SPOOL_FILE.fullmatch(path.name):
            log.warning("%s: a spool file left by an interrupted build of an older kg; delete it when no build "
                        "is running", path)


class PartitionsOnly(StoreWriter):
    """A writer that loads nothing: the partition files are the output (for a SPARQL server's own loader)."""

    def write(self, out: DocumentOutput) -> None:
        pass

    def write_partition(self, part: Partition) -> None:
        pass

    def flush(self) -> None:
        pass
