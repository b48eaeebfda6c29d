"""The single writer: document outputs into the store, in bulk or one transaction per document.

Into a store that was empty when the build began, N-Quads go through
Oxigraph's bulk loader in batches; each document's build marker is added
after its batch, in a transaction, so a build killed midway leaves documents
without a marker, and the next build replaces them whole. Into a store that
already holds documents, each document replaces its named graph in one
transaction.
"""

from __future__ import annotations

from collections import defaultdict

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

    def __init__(self, store: KGStore, bulk: bool | None = None, batch_bytes: int = 32_000_000):
        self.store = store
        self.bulk = store.is_empty() if bulk is None else bulk
        self.batch_bytes = batch_bytes
        self._chunks: list[bytes] = []
        self._files: list[str] = []
        self._markers: list[ox.Quad] = []
        self._size = 0
        self._seen: set[str] = set()

    def write(self, out: DocumentOutput) -> None:
        """Write one document's quads (a failed output writes nothing)."""
        if out.error is not None:
            return
        if not self.bulk or out.graph in self._seen:
            self.flush()              # the same document twice in one build: the last one wins, as in a serial build
            self.replace(out.graph, list(ox.parse(out.nquads, NQ)), out.marker())
            return
        self._seen.add(out.graph)
        self._chunks.append(out.nquads)
        self._markers.append(out.marker())
        self._size += len(out.nquads)
        if self._size >= self.batch_bytes:
            self.flush()

    def write_partition(self, part: Partition) -> None:
        """Write a partition; its quads come from its N-Quads file when it has one."""
        if part.path is None:
            for out in part.outputs:
                self.write(out)
            return
        ok = [o for o in part.outputs if o.error is None]
        if self.bulk and not self._seen.intersection(o.graph for o in ok):
            self._seen.update(o.graph for o in ok)
            self._files.append(part.path)
            self._markers.extend(o.marker() for o in ok)
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
        """Bulk-load what is pending, then add its build markers in one transaction."""
        try:
            if self._chunks:
                self.store.ox.bulk_load(b"".join(self._chunks), NQ)
            for path in self._files:
                self.store.ox.bulk_load(path=path, format=NQ)
            self.add_markers(self._markers)
        except (OSError, SyntaxError) as err:
            raise StoreError(f"{self.store.path or 'memory store'}: bulk loading failed ({err}); "
                             "rebuild the affected documents with `kg build --force`") from None
        self._chunks, self._files, self._markers, self._size = [], [], [], 0
        self.store.flush()


class PartitionsOnly(StoreWriter):
    """A writer that loads nothing: the partition files are the output (for a SPARQL server's own loader)."""

    def write(self, out: DocumentOutput) -> None:
        pass

    def write_partition(self, part: Partition) -> None:
        pass

    def flush(self) -> None:
        pass
