"""The neighbourhood of one entity in a view, read from the store hop by hop instead of cutting the whole view.

The edge views' queries take an optional ``source`` or ``target``: each hop asks
them about the nodes it reached, so the time grows with the neighbourhood, not
with the store. The result is the view's subgraph on the nodes within ``depth``
hops (either direction), as :func:`kg.views.output.neighbourhood` cuts it.

>>> from kg.store import KGStore
>>> around(KGStore(), "landscape", "riluzole", 1)
Traceback (most recent call last):
...
kg.errors.KGError: no single node named 'riluzole' in the graph; give its label or IRI
"""

from __future__ import annotations

import networkx as nx
import pyoxigraph as ox

from kg.errors import KGError
from kg.queries import run
from kg.views import EDGE_VIEWS, Edge, add_edges, build_view, entries, node_data, set_attributes, view_edges
from kg.views.analysis import find_node
from kg.views.output import neighbourhood


def around(store, name: str, entity: str, depth: int) -> nx.MultiDiGraph:
    """The nodes within ``depth`` hops of ``entity`` (IRI, exact label or unique part of one) and the edges between them."""
    if name not in EDGE_VIEWS:            # the evidence view's rows are grouped per entity: cut the whole view
        graph = build_view(store, name)
        return neighbourhood(graph, find_node(graph, entity), depth)
    start = resolve(store, name, entity)
    edges = neighbourhood_edges(store, name, start, depth)
    table = node_entries(store, [start, *(n for edge in edges for n in (edge.source, edge.target))])
    graph = nx.MultiDiGraph(view=name)
    graph.add_node(start, **node_data(table, start))
    add_edges(graph, edges, table)
    if name == "full":
        for node in list(graph):
            set_attributes(graph, run(store, "view-attributes", {"node": node}))
    return graph


def touching(store, name: str, node: str) -> list[Edge]:
    """The view's edges from or to ``node``."""
    return [*view_edges(store, name, {"source": node}), *view_edges(store, name, {"target": node})]


def neighbourhood_edges(store, name: str, start: str, depth: int) -> list[Edge]:
    """Edges among the nodes within ``depth`` hops of ``start``: each hop asks about the nodes the last one reached.

    The nodes reached by the last hop are asked too, for the edges among themselves and to nodes already seen.
    """
    seen, frontier, found = {start}, [start], {}
    for hop in range(depth + 1):
        reached = []
        for node in frontier:
            for edge in touching(store, name, node):
                other = edge.target if edge.source == node else edge.source
                if other not in seen and hop < depth:
                    seen.add(other)
                    reached.append(other)
                if other in seen:
                    found[edge.source, edge.target, edge.predicate] = edge
        frontier = sorted(reached)
    return list(found.values())


def node_entries(store, nodes: list[str]) -> dict[str, dict]:
    """What view-nodes says of each of ``nodes`` (asked one by one: a neighbourhood is small, the listing is not)."""
    out = {}
    for node in dict.fromkeys(nodes):
        out.update(entries(run(store, "view-nodes", {"node": node})))
    return out


def resolve(store, name: str, entity: str) -> str:
    """``entity`` as a node of the view, matched as :func:`kg.views.analysis.find_node` matches it in the whole view."""
    in_view = lambda node: bool(touching(store, name, node))
    if is_iri(entity) and in_view(entity):
        return entity
    wanted = entity.lower()
    table = node_entries(store, sorted(row["node"].value for row in run(store, "find-nodes", {"text": entity})))
    exact = sorted(n for n, d in table.items() if d["label"].lower() == wanted and in_view(n))
    if exact:
        return exact[0]
    partial = []                  # in label order, up to the eight a message names
    for n in sorted((n for n, d in table.items() if wanted in d["label"].lower()), key=lambda n: (table[n]["label"], n)):
        if len(partial) < 8 and in_view(n):
            partial.append(n)
    if len(partial) == 1:
        return partial[0]
    hint = f"; candidates: {', '.join(table[n]['label'] for n in partial)}" if partial else ""
    raise KGError(f"no single node named {entity!r} in the graph{hint}; give its label or IRI")


def is_iri(text: str) -> bool:
    """
    >>> is_iri("https://w3id.org/kg-trials/id/trial/NCT01234567"), is_iri("riluzole")
    (True, False)
    """
    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return True
