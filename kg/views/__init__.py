"""networkx views of the graph: each view is a query file plus a small mapping, a pure function of the store.

>>> from kg.store import KGStore
>>> build_view(KGStore(), "landscape").number_of_nodes()
0
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

import networkx as nx
from rdflib.namespace import PROV

from kg.errors import KGError
from kg.queries import run
from kg.rdf.namespace import KG

VIEWS = {"landscape": "view-landscape", "mechanism": "view-mechanism", "evidence": "view-evidence", "full": "view-full"}
EDGE_VIEWS = ("landscape", "mechanism", "full")      # their queries give one edge a row and take a source or target


def local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def entries(rows: list[dict]) -> dict[str, dict]:
    """view-nodes rows as node IRI -> {label, type, ids}."""
    return {row["node"].value: {"label": row["label"].value, "type": row["class"].value,
                                "ids": row["ids"].value if row["ids"] is not None else ""} for row in rows}


def node_table(store, sentences: bool = False) -> dict[str, dict]:
    """node IRI -> {label, type, ids} for every entity, and with ``sentences`` every evidence node and document."""
    out = entries(run(store, "view-nodes"))
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


def view_edges(store, name: str, params: dict | None = None) -> Iterator[Edge]:
    """The edges of a view, from its query file; ``params`` (``source`` or ``target``) only for :data:`EDGE_VIEWS`."""
    if name not in EDGE_VIEWS:
        if params:
            raise KGError(f"the {name} view's query takes no source or target; only {', '.join(EDGE_VIEWS)} do")
        yield from evidence_edges(store)
        return
    yield from grouped_edges(run(store, VIEWS[name], params))


def grouped_edges(rows: list[dict]) -> Iterator[Edge]:
    """Rows (source, predicate, target, document) as one edge per (source, predicate, target), in first-seen order.

    The queries list an edge once per document: grouping there (GROUP_CONCAT) took a 1M-quad store's full view
    from 0.6 to 1.0 s, where Python groups the rows in 0.05 s.
    """
    documents: dict[tuple, dict[str, None]] = {}
    for row in rows:
        key = (row["source"].value, row["predicate"].value, row["target"].value)
        documents.setdefault(key, {})[row["document"].value] = None
    for (source, predicate, target), docs in documents.items():
        yield Edge(source, local(predicate), target, len(docs), "|".join(docs))


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
    graph = nx.MultiDiGraph(view=name)
    add_edges(graph, view_edges(store, name), node_table(store, sentences=name == "evidence"))
    if name == "full":
        add_attributes(store, graph)
    return graph


def node_data(nodes: dict[str, dict], node: str) -> dict:
    """What ``nodes`` (a :func:`node_table`) says of ``node``; its IRI's last part as label when nothing."""
    return nodes.get(node, {"label": local(node), "type": "", "ids": ""})


def add_edges(graph: nx.MultiDiGraph, edges: Iterable[Edge], nodes: dict[str, dict]) -> None:
    """``edges`` into ``graph``, each node added with its ``nodes`` entry (label, type, ids) when first seen."""
    for edge in edges:
        for n in (edge.source, edge.target):
            if n not in graph:
                graph.add_node(n, **node_data(nodes, n))
        graph.add_edge(edge.source, edge.target, key=edge.predicate, label=edge.predicate, documents=edge.documents,
                       document_ids=edge.document_ids)


def add_attributes(store, graph: nx.MultiDiGraph) -> None:
    """Literal values (phase, enrollment ...) as node attributes; several values are joined with '|'."""
    set_attributes(graph, run(store, "view-attributes"))


def set_attributes(graph: nx.MultiDiGraph, rows: list[dict]) -> None:
    """The view-attributes ``rows`` of nodes in ``graph`` as their attributes."""
    values: dict[tuple, list[str]] = {}
    for row in rows:
        node = row["node"].value
        if node in graph:
            values.setdefault((node, row["attribute"].value), []).append(row["value"].value)
    for (node, attribute), vals in values.items():
        if attribute not in ("label", "type", "ids"):
            graph.nodes[node][attribute] = "|".join(sorted(set(vals)))
