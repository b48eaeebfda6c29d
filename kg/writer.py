"""The single writer: document outputs into the store, in bulk or one transaction per document.

Into a store that was empty when the build began, N-Quads go through
Oxigraph's bulk loader in batches; each document's build marker is added
after its batch, in a transaction, so a build killed midway leaves documents
without a marker, and the next build replaces them whole. Into a store that
already holds documents, each document replaces its named graph in one
transaction.

Batches start at 32 MB of N-Quads and double with each load up to 64 MB,
spooled to a temporary file beside an on-disk store rather than held in
memory. Every bulk load lands in RocksDB as new sorted files that it must
merge into the store; with small batches the merging outgrew the loading as
the store grew (loading 100 x 1k articles' N-Quads in 32 MB batches: 4 s per
1k articles at first, spells of 20-55 s per 1k after 50k, 930 s in all; in
64 MB batches, read leniently, a flat 4.4 s per 1k up to 56k, where the test
stopped). The loader's memory grows with the batch (about 0.6 GB at 148 MB,
1.5 GB at 590 MB), which sets the upper bound. Small first batches keep the
last load, which nothing runs beside, short in a small build. Shared-entity
quads, repeated in every document that names the entity, are spooled once
per build.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from kg.batch import DocumentOutput, Partition
from kg.errors import StoreError
from kg.store import KGStore

NQ = ox.RdfFormat.N_QUADS


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

    def __init__(self, store: KGStore, bulk: bool | None = None, batch_bytes: int = 64_000_000,
                 first_batch_bytes: int = 32_000_000):
        self.store = store
        self.bulk = store.is_empty() if bulk is None else bulk
        self.batch_bytes = batch_bytes
        self._limit = min(first_batch_bytes, batch_bytes)
        self._spool = Spool(store.path.parent if store.path else None)
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
            self.flush()              # the same document twice in one build: the last one wins, as in a serial build
            self.replace(out.graph, list(ox.parse(out.nquads + out.shared, NQ)), out.marker())
            return
        self._seen.add(out.graph)
        self.spool(out.nquads + self.new_lines(out.shared), [out.marker()])

    def spool(self, nquads: bytes, markers: list[ox.Quad]) -> None:
        """Add to the pending batch; load the batch once it is big enough."""
        self._spool.write(nquads)
        self._markers.extend(markers)
        self._size += len(nquads)
        if self._size >= self._limit:
            self.start_load()
            self._limit = min(2 * self._limit, self.batch_bytes)

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
        self.flush()
        by_graph: dict[str, list[ox.Quad]] = defaultdict(list)
        for q in ox.parse(path=part.path, format=NQ):
            by_graph[q.graph_name.value].append(q)
        mine = {o.graph for o in ok}
        self.store.ox.extend(q for g, qs in by_graph.items() if g not in mine for q in qs)  # the shared entities
        for o in ok:
            self.replace(o.graph, by_graph.get(o.graph, []), o.marker())

    def replace(self, graph: str, quads: list[ox.Quad], marker: ox.Quad) -> None:
        self.store.replace_graph(ox.NamedNode(graph), quads + [marker])

    def add_markers(self, markers: list[ox.Quad]) -> None:
        if markers:
            self.store.ox.extend(markers)

    def flush(self) -> None:
        """Load what is pending and wait until every batch is in the store."""
        if self._size or self._markers:
            self.start_load()
        self.wait()
        self.store.flush()

    def start_load(self) -> None:
        """Load the pending batch in a background thread (after the batch before it), so writing goes on meanwhile."""
        self.wait()
        spool, markers = self._spool, self._markers
        self._spool, self._markers, self._size = Spool(self._spool.folder), [], 0
        self._loading = Loading(lambda: self.load(spool, markers))

    def wait(self) -> None:
        """Wait for the batch being loaded; its error, if any, is raised here."""
        loading, self._loading = self._loading, None
        if loading is not None:
            loading.wait()

    def load(self, spool: Spool, markers: list[ox.Quad]) -> None:
        """Bulk-load a batch, then add its build markers in one transaction."""
        try:
            spool.load_into(self.store.ox)
            self.add_markers(markers)
        except (OSError, SyntaxError) as err:
            raise StoreError(f"{self.store.path or 'memory store'}: bulk loading failed ({err}); "
                             "rebuild the affected documents with `kg build --force`") from None
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
    """N-Quads waiting for the bulk loader: in a temporary file in ``folder``, or in memory without one.

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
            self._file = tempfile.NamedTemporaryFile(dir=self.folder, prefix=".kg-spool-", suffix=".nq", delete=False)
        self._file.write(nquads)

    def load_into(self, store: ox.Store) -> None:
        if self._chunks:
            store.bulk_load(b"".join(self._chunks), NQ, lenient=True)
        if self._file is not None:
            self._file.close()
            store.bulk_load(path=self._file.name, format=NQ, lenient=True)

    def clear(self) -> None:
        self._chunks = []
        if self._file is not None:
            self._file.close()
            os.unlink(self._file.name)
            self._file = None


class PartitionsOnly(StoreWriter):
    """A writer that loads nothing: the partition files are the output (for a SPARQL server's own loader)."""

    def write(self, out: DocumentOutput) -> None:
        pass

    def write_partition(self, part: Partition) -> None:
        pass

    def flush(self) -> None:
        pass
