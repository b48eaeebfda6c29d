"""Graph analytics on a view: centralities, components, the most connected therapies, and how two entities connect."""

from __future__ import annotations

import networkx as nx

from kg.errors import KGError

SAMPLE_ABOVE = 2000       # betweenness is sampled on larger graphs (k nodes), exact below


def centralities(graph: nx.MultiDiGraph, top: int = 10) -> dict[str, list[tuple[str, float]]]:
    simple = nx.Graph(graph.to_undirected())
    degree = nx.degree_centrality(simple) if simple else {}
    k = min(SAMPLE_ABOVE, simple.number_of_nodes()) if simple.number_of_nodes() > SAMPLE_ABOVE else None
    between = nx.betweenness_centrality(simple, k=k, seed=0) if simple else {}
    best = lambda scores: sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return {"degree": best(degree), "betweenness": best(between)}


def components(graph: nx.MultiDiGraph) -> list[int]:
    """Sizes of the weakly connected components, largest first."""
    return sorted((len(c) for c in nx.weakly_connected_components(graph)), reverse=True)


def connected_therapies(graph: nx.MultiDiGraph, top: int = 10) -> list[tuple[str, int]]:
    therapies = [n for n, d in graph.nodes(data=True) if d.get("type") == "Therapy"]
    return sorted(((n, graph.degree(n)) for n in therapies), key=lambda x: (-x[1], x[0]))[:top]


def find_node(graph: nx.MultiDiGraph, name: str) -> str:
    """A node by IRI, exact label (any case) or unique label substring."""
    if name in graph:
        return name
    exact = [n for n, d in graph.nodes(data=True) if str(d.get("label", "")).lower() == name.lower()]
    if exact:
        return sorted(exact)[0]
    partial = [n for n, d in graph.nodes(data=True) if name.lower() in str(d.get("label", "")).lower()]
    if len(partial) == 1:
        return partial[0]
    hint = f"; candidates: {', '.join(sorted(graph.nodes[n]['label'] for n in partial)[:8])}" if partial else ""
    raise KGError(f"no single node named {name!r} in the graph{hint}; give its label or IRI")


def shortest_path(graph: nx.MultiDiGraph, a: str, b: str) -> list[tuple[str, str, str, bool]]:
    """Hops (from, predicate, to, forward) of a shortest path, edges walked in either direction."""
    source, target = find_node(graph, a), find_node(graph, b)
    try:
        nodes = nx.shortest_path(graph.to_undirected(as_view=True), source, target)
    except nx.NetworkXNoPath:
        raise KGError(f"{a!r} and {b!r} are not connected in this graph") from None
    hops = []
    for u, v in zip(nodes, nodes[1:]):
        if graph.has_edge(u, v):
            hops.append((u, next(iter(graph[u][v])), v, True))
        else:
            hops.append((v, next(iter(graph[v][u])), u, False))
    return hops
