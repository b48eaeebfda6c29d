"""Time and memory to turn a large store into the full networkx view, beside a same-process baseline.

    python bench/views.py [--triples N] [--repeat R]

Builds a synthetic store in kg's own shape (document graphs with trials,
therapies, diseases, organizations, outcomes, statements and evidence, and the
entities graph) bulk-loaded on disk, then reports medians of: the baseline (one
pass over every quad with pyoxigraph) and ``build_view(store, "full")``, with the
peak RSS growth of each. Writes bench/RESULTS-views.md.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from kg.store import KGStore  # noqa: E402
from kg.views import build_view  # noqa: E402
from synthetic import build_store  # noqa: E402


def rss_mb() -> float:
    """Resident memory now (Linux /proc), in MB."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 1e6


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        quads = len(build_store(Path(tmp) / "store", args.triples))
        load = time.perf_counter() - t
        store = KGStore(Path(tmp) / "store", read_only=True)
        base, view, nodes, edges, view_mb = [], [], 0, 0, 0.0
        for _ in range(args.repeat):
            t = time.perf_counter()
            sum(1 for _ in store.quads())
            base.append(time.perf_counter() - t)
        for _ in range(args.repeat):
            before = rss_mb()
            t = time.perf_counter()
            graph = build_view(store, "full")
            view.append(time.perf_counter() - t)
            view_mb = max(view_mb, rss_mb() - before)       # memory the view holds while alive
            nodes, edges = graph.number_of_nodes(), graph.number_of_edges()
            del graph
        del store          # close RocksDB before its folder is removed
    b, v = statistics.median(base), statistics.median(view)
    report = (f"# Full-view benchmark\n\n{quads:,} quads (synthetic, kg's shape), bulk-loaded on disk in {load:.1f} s; "
              f"medians of {args.repeat} runs\n\n| measure | time | memory held by the result |\n|---|---|---|\n"
              f"| baseline: one pass over every quad (pyoxigraph) | {b:.2f} s | |\n"
              f"| `build_view(store, \"full\")` ({nodes:,} nodes, {edges:,} edges) | {v:.2f} s | {view_mb:.0f} MB |\n"
              f"| ratio view / baseline | {v / b:.1f} | |\n")
    (ROOT / "bench" / "RESULTS-views.md").write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
