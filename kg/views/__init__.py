"""networkx views of the graph: each view is a query file plus a small mapping, a pure function of the store.

>>> from kg.store import KGStore
>>> build_view(KGStore(), "landscape").number_of_nodes()
0
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import networkx as nx
from rdflib.namespace import PROV

from kg.errors import KGError
from kg.queries import run
from kg.rdf.namespace import KG

VIEWS = {"landscape": "view-landscape", "mechanism": "view-mechanism", "evidence": "view-evidence", "full": "view-full"}


def local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def node_table(store, sentences: bool = False) -> dict[str, dict]:
    """node IRI -> {label, type, ids} for every entity, and with ``sentences`` every evidence node and document."""
    out = {}
    for row in run(store, "view-nodes"):
        out[row["node"].value] = {"label": row["label"].value, "type": row["class"].value,
                                  "ids": row["ids"].value if row["ids"] is not None else ""}
    if sentences:
        for row in run(store, "view-evidence-nodes"):
            out[row["node"].value] = {"label": row["label"].value, "type": row["class"].value, "ids": ""}
    return out


@dataclass(frozen=True)
class Edge:
    source: str
    predicate: str           # local name: the edge's key and label
    target: str
    documents: int
    document_ids: str        # '|'-joined document IRIs


def view_edges(store, name: str) -> Iterator[Edge]:
    """The edges of a view, from its query file."""
    if name == "evidence":
        yield from evidence_edges(store)
        return
    for row in run(store, VIEWS[name]):
        yield Edge(row["source"].value, local(row["predicate"].value), row["target"].value,
                   int(row["documents"].value), row["documentIds"].value)


def evidence_edges(store) -> Iterator[Edge]:
    """Each (entity, document, sentences) row as entity -> sentence and sentence -> document edges."""
    derived, document = local(str(PROV.wasDerivedFrom)), local(str(KG.document))
    for row in run(store, VIEWS["evidence"]):
        source, doc = row["source"].value, row["document"].value
        for sentence in row["sentences"].value.split("|"):
            yield Edge(source, derived, sentence, 1, doc)
            yield Edge(sentence, document, doc, 1, doc)


def build_view(store, name: str) -> nx.MultiDiGraph:
    """The named view as a MultiDiGraph: nodes carry label, type and ids; edges their predicate, document count and ids."""
    if name not in VIEWS:
        raise KGError(f"unknown view {name!r}; choose one of {', '.join(VIEWS)}")
    nodes = node_table(store, sentences=name == "evidence")
    graph = nx.MultiDiGraph(view=name)
    for edge in view_edges(store, name):
        for n in (edge.source, edge.target):
            if n not in graph:
                graph.add_node(n, **nodes.get(n, {"label": local(n), "type": "", "ids": ""}))
        graph.add_edge(edge.source, edge.target, key=edge.predicate, label=edge.predicate, documents=edge.documents,
                       document_ids=edge.document_ids)
    if name == "full":
        add_attributes(store, graph)
    return graph


def add_attributes(store, graph: nx.MultiDiGraph) -> None:
    """Literal values (phase, enrollment ...) as node attributes; several values are joined with '|'."""
    values: dict[tuple, list[str]] = {}
    for row in run(store, "view-attributes"):
        node = row["node"].value
        if node in graph:
            values.setdefault((node, row["attribute"].value), []).append(row["value"].value)
    for (node, attribute), vals in values.items():
        if attribute not in ("label", "type", "ids"):
            graph.nodes[node][attribute] = "|".join(sorted(set(vals)))
