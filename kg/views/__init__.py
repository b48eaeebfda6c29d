"""networkx views of the graph: each view is a query file plus a small mapping, a pure function of the store.

>>> from kg.store import KGStore
>>> build_view(KGStore(), "landscape").number_of_nodes()
0
"""

from __future__ import annotations

import networkx as nx

from kg.errors import KGError
from kg.queries import run

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


def build_view(store, name: str) -> nx.MultiDiGraph:
    """The named view as a MultiDiGraph: nodes carry label, type and ids; edges their predicate, document count and ids."""
    if name not in VIEWS:
        raise KGError(f"unknown view {name!r}; choose one of {', '.join(VIEWS)}")
    nodes = node_table(store, sentences=name == "evidence")
    graph = nx.MultiDiGraph(view=name)
    for row in run(store, VIEWS[name]):
        s, o, p = row["source"].value, row["target"].value, local(row["predicate"].value)
        for n in (s, o):
            if n not in graph:
                graph.add_node(n, **nodes.get(n, {"label": local(n), "type": "", "ids": ""}))
        graph.add_edge(s, o, key=p, label=p, documents=int(row["documents"].value),
                       document_ids=row["documentIds"].value)
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
