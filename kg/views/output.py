"""Write a view: GraphML, GEXF, JSON (node-link), or a PNG/SVG picture drawn with matplotlib."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kg.errors import KGError
from kg.output import open_output, write_text

MAX_DRAWN = 300           # larger graphs are cut to the most connected nodes before drawing
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd"]


def induced(graph: nx.MultiDiGraph, nodes) -> nx.MultiDiGraph:
    """The subgraph on ``nodes``, its nodes and edges in ``graph``'s order.

    ``graph.subgraph`` iterates a set of the nodes, whose order changes with
    Python's string hashing, so files written from it differed from run to run.

    >>> g = nx.MultiDiGraph([("c", "a"), ("a", "b"), ("b", "c")])
    >>> list(induced(g, {"b", "c"}).nodes), list(induced(g, {"b", "c"}).edges)
    (['c', 'b'], [('b', 'c', 0)])
    """
    keep = set(nodes)
    sub = nx.MultiDiGraph(**graph.graph)
    sub.add_nodes_from((n, d) for n, d in graph.nodes(data=True) if n in keep)
    sub.add_edges_from((u, v, k, d) for u, v, k, d in graph.edges(keys=True, data=True) if u in keep and v in keep)
    return sub


def neighbourhood(graph: nx.MultiDiGraph, node: str, depth: int) -> nx.MultiDiGraph:
    """The nodes within ``depth`` hops of ``node`` (either direction)."""
    return induced(graph, nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), node, cutoff=depth))


def most_connected(graph: nx.MultiDiGraph, limit: int = MAX_DRAWN) -> nx.MultiDiGraph:
    if graph.number_of_nodes() <= limit:
        return graph
    return induced(graph, sorted(graph.nodes, key=lambda n: (-graph.degree(n), n))[:limit])


def write_view(graph: nx.MultiDiGraph, path: Path, fmt: str) -> None:
    """Write ``graph`` to ``path`` (``-`` for standard output) through :mod:`kg.output`."""
    if fmt == "graphml":
        write_text(path, "\n".join(nx.generate_graphml(graph)) + "\n")
    elif fmt == "gexf":
        write_text(path, "\n".join(nx.generate_gexf(graph)) + "\n")
    elif fmt == "json":
        write_text(path, json.dumps(nx.node_link_data(graph, edges="edges"), indent=1, ensure_ascii=False) + "\n")
    elif fmt in ("png", "svg"):
        draw(graph, path, fmt)
    else:
        raise KGError(f"unknown view format {fmt!r}; choose graphml, gexf, json, png or svg")


def draw(graph: nx.MultiDiGraph, path: Path, fmt: str) -> None:
    """A picture: a colour per node type with a legend, labels on the most connected nodes."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    g = most_connected(graph)
    types = sorted({d.get("type", "") for _, d in g.nodes(data=True)})
    colour = {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(types)}
    simple = nx.Graph(g.to_undirected())
    pos = packed_layout(simple)
    size = min(24, 8 + len(g) ** 0.5)
    fig, ax = plt.subplots(figsize=(size, size * 0.75), dpi=110)
    nx.draw_networkx_edges(simple, pos, ax=ax, alpha=0.35, width=0.8)
    for t in types:
        members = [n for n, d in g.nodes(data=True) if d.get("type", "") == t]
        nx.draw_networkx_nodes(simple, pos, nodelist=members, node_color=colour[t], node_size=[80 + 40 * g.degree(n) for n in members],
                               ax=ax, label=f"{t or 'other'} ({len(members)})", alpha=0.9)
    labelled = sorted(g.nodes, key=lambda n: -g.degree(n))[:60]
    nx.draw_networkx_labels(simple, pos, labels={n: short(g.nodes[n].get("label", n)) for n in labelled}, font_size=8, ax=ax)
    ax.legend(loc="upper left", fontsize=9, frameon=True, markerscale=0.6)
    ax.set_title(f"kg {graph.graph.get('view', '')} view: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges", fontsize=12)
    ax.axis("off")
    fig.tight_layout()
    try:
        with open_output(path, binary=True) as sink:
            fig.savefig(sink.file, format=fmt)
    finally:
        plt.close(fig)


def packed_layout(graph: nx.Graph) -> dict:
    """Spring layout per connected component, components side by side (largest first) so none is squeezed."""
    pos, x, order = {}, 0.0, {n: i for i, n in enumerate(graph)}
    for members in sorted(nx.connected_components(graph), key=len, reverse=True):
        sub = nx.Graph()                 # nodes in the graph's order: a subgraph view would follow a set's
        sub.add_nodes_from(sorted(members, key=order.__getitem__))
        sub.add_edges_from(graph.subgraph(members).edges())
        scale = max(0.15, (len(members) / max(1, len(graph))) ** 0.5) * 2
        local = nx.spring_layout(sub, seed=0, k=2.0 / max(1, len(sub)) ** 0.5, iterations=200, scale=scale) \
            if len(sub) > 1 else {next(iter(members)): (0.0, 0.0)}
        for node, (px, py) in local.items():
            pos[node] = (px + x + scale, py)
        x += 2 * scale + 0.3
    return pos


def short(label: str, width: int = 28) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"
