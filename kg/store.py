"""The quad store: Oxigraph on disk (``--store PATH``) or in memory.

Each document lives in its own named graph; writing a document replaces that
graph in one SPARQL Update, which Oxigraph applies as a single transaction, so
a killed build leaves only whole documents and re-building is idempotent.
``dataset()`` gives the same data as an rdflib Dataset (through oxrdflib).
"""

from __future__ import annotations

from itertools import groupby
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from kg.errors import StoreError
from kg.rdf.mint import ENTITY_GRAPH

FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
           "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}


class KGStore:
    """A thin wrapper over :class:`pyoxigraph.Store`.

    >>> store = KGStore()
    >>> g = ox.NamedNode("https://example.org/g")
    >>> q = ox.Quad(ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p"), ox.Literal("o"), g)
    >>> store.replace_graph(g, [q]); store.replace_graph(g, [q]); len(store)
    1
    """

    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        self.path = Path(path) if path else None
        try:
            if self.path is None:
                self.ox = ox.Store()
            elif read_only:
                if not self.path.exists():
                    raise StoreError(f"{self.path}: no store here; build one first with `kg build FILES --store {self.path}`")
                self.ox = ox.Store.read_only(str(self.path))
            else:
                self.ox = ox.Store(str(self.path))
        except OSError as err:
            raise StoreError(f"{self.path}: cannot open the store ({err}); check the path, or that no other "
                             "process has it open for writing") from None

    def __len__(self) -> int:
        return len(self.ox)

    def is_empty(self) -> bool:
        """True when the store holds no quad (without counting them all, as ``len`` does).

        >>> KGStore().is_empty()
        True
        """
        return next(iter(self.quads()), None) is None

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad], shared: Iterable[ox.Quad] = ()) -> None:
        """Atomically replace one named graph with ``quads`` and add ``shared`` quads (any graph) in the same transaction."""
        blocks = []
        for name, group in groupby(sorted(list(quads) + list(shared), key=lambda q: q.graph_name.value),
                                   key=lambda q: q.graph_name):
            body = " .\n".join(f"{q.subject} {q.predicate} {q.object}" for q in group)
            blocks.append(f"GRAPH {name} {{\n{body} .\n}}")
        insert = f" ;\nINSERT DATA {{ {' '.join(blocks)} }}" if blocks else ""
        self.ox.update(f"DROP SILENT GRAPH {graph}{insert}")

    def drop_graph(self, graph: ox.NamedNode) -> None:
        self.ox.update(f"DROP SILENT GRAPH {graph}")

    def graphs(self) -> list[ox.NamedNode]:
        """The document graphs (the shared entities graph left out)."""
        return [g for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode) and g.value != ENTITY_GRAPH]

    def quads(self) -> Iterator[ox.Quad]:
        return self.ox.quads_for_pattern(None, None, None, None)

    def flush(self) -> None:
        if self.path is not None:
            self.ox.flush()

    def dataset(self):
        """The store as an rdflib Dataset (oxrdflib); use pyoxigraph for speed."""
        import rdflib
        from oxrdflib import OxigraphStore

        return rdflib.Dataset(store=OxigraphStore(store=self.ox))
