"""An interactive HTML picture of a view (vis-network, inlined so the file works offline).

Clicking a node shows its label, type, public ids and the sentences that state
something about it.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import networkx as nx

from kg.output import write_text
from kg.queries import run
from kg.views.output import PALETTE, most_connected

VENDOR = Path(__file__).resolve().parent.parent / "data" / "vendor" / "vis-network.min.js"
MAX_SENTENCES = 5

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ margin: 0; font: 14px sans-serif; display: flex; height: 100vh; }}
#graph {{ flex: 3; border-right: 1px solid #ccc; }}
#panel {{ flex: 1; padding: 12px; overflow: auto; }}
#panel h2 {{ font-size: 16px; margin: 0 0 6px; }}
.legend span {{ display: inline-block; margin: 2px 8px 2px 0; }}
.dot {{ display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin-right: 4px; }}
blockquote {{ margin: 6px 0; padding-left: 8px; border-left: 3px solid #ddd; color: #333; }}
</style>
<script>{library}</script>
</head><body>
<div id="graph"></div>
<div id="panel"><h2>{title}</h2><div class="legend">{legend}</div><p>Click a node to see its ids and evidence.</p><div id="details"></div></div>
<script>
const data = {data};
const nodes = new vis.DataSet(data.nodes);
const edges = new vis.DataSet(data.edges);
const network = new vis.Network(document.getElementById("graph"), {{nodes, edges}}, {{
  physics: {{stabilization: {{iterations: 300}}, barnesHut: {{springLength: 120}}}},
  edges: {{arrows: "to", font: {{size: 9, align: "middle"}}, color: {{opacity: 0.5}}}},
  nodes: {{shape: "dot", font: {{size: 12}}}}
}});
network.once("stabilizationIterationsDone", () => {{ network.setOptions({{physics: false}}); document.body.dataset.ready = "1"; }});
function esc(s) {{ const d = document.createElement("div"); d.textContent = s; return d.innerHTML; }}
network.on("click", (params) => {{
  if (!params.nodes.length) return;
  const n = data.info[params.nodes[0]];
  let out = "<h2>" + esc(n.label) + "</h2><p><b>" + esc(n.type) + "</b></p>";
  if (n.ids) out += "<p>ids: " + esc(n.ids.split("|").join(", ")) + "</p>";
  for (const s of n.evidence) out += "<blockquote>" + esc(s.sentence) + "<br><small>" + esc(s.document) + "</small></blockquote>";
  document.getElementById("details").innerHTML = out;
}});
</script>
</body></html>
"""


def node_evidence(store, nodes) -> dict[str, list[dict]]:
    """Each of ``nodes``' first sentences, ordered by document, then sentence (nodes without any are left out)."""
    out: dict[str, list[dict]] = {}
    for node in nodes:
        rows = sorted((r["document"].value, r["sentence"].value) for r in run(store, "view-node-evidence", {"node": node}))
        if rows:
            out[node] = [{"sentence": s, "document": d} for d, s in rows[:MAX_SENTENCES]]
    return out


def write_html(graph: nx.MultiDiGraph, store, path: Path) -> None:
    g = most_connected(graph)
    types = sorted({d.get("type", "") for _, d in g.nodes(data=True)})
    colour = {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(types)}
    evidence = node_evidence(store, g.nodes)
    ids = {n: i for i, n in enumerate(g.nodes)}
    data = {
        "nodes": [{"id": ids[n], "label": d.get("label", n)[:40], "color": colour[d.get("type", "")],
                   "value": g.degree(n), "title": d.get("type", "")} for n, d in g.nodes(data=True)],
        "edges": [{"from": ids[u], "to": ids[v], "label": d.get("label", "")} for u, v, d in g.edges(data=True)],
        "info": {ids[n]: {"label": d.get("label", n), "type": d.get("type", ""), "ids": d.get("ids", ""),
                          "evidence": evidence.get(n, [])} for n, d in g.nodes(data=True)},
    }
    legend = "".join(f'<span><i class="dot" style="background:{colour[t]}"></i>{html.escape(t or "other")}</span>'
                     for t in types)
    title = html.escape(f"kg {graph.graph.get('view', '')} view")
    page = PAGE.format(title=title, legend=legend, library=VENDOR.read_text(encoding="utf-8"),
                       data=script_json(data))
    write_text(path, page)


SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(data) -> str:
    """JSON safe to inline in a ``<script>`` element: ``<``, ``>`` and ``&`` as ``\\u003c`` ``\\u003e`` ``\\u0026``.

    So ``</script``, ``<!--`` and ``<script`` in a string cannot end the element or switch the HTML parser
    into its escaped script states; U+2028 and U+2029 are escaped too, for older JavaScript parsers. The
    result is still JSON, and means the same.

    >>> print(script_json({"s": "</script><!--&"}))
    {"s": "\\u003c/script\\u003e\\u003c!--\\u0026"}
    """
    text = json.dumps(data, ensure_ascii=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: SCRIPT_UNSAFE[m.group()], text)
