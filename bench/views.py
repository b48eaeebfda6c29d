"""Time and memory to turn a large store into networkx views, beside same-process baselines.

    python bench/views.py [--triples N] [--repeat R]

Builds a synthetic store in kg's own shape (document graphs with trials,
therapies, diseases, organizations, outcomes, statements and evidence, and the
entities graph) bulk-loaded on disk, then reports medians of: the baseline (one
pass over every quad with pyoxigraph), ``build_view(store, "full")`` and
``build_view(store, "evidence")`` with the memory each result holds, and the
neighbourhood of one trial (``kg view --around``) read from the store hop by hop
against cutting it from the whole view. Writes bench/RESULTS-views.md.
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
from kg.views.around import around  # noqa: E402
from kg.views.output import neighbourhood  # noqa: E402
from synthetic import build_store, sample_parameters  # noqa: E402


def rss_mb() -> float:
    """Resident memory now (Linux /proc), in MB."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 1e6


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def view_figures(store, name: str, repeat: int) -> tuple[float, float, int, int]:
    """Median seconds of ``build_view``, the most memory a result held (MB), its nodes and edges."""
    times, held = [], 0.0
    for _ in range(repeat):
        before = rss_mb()
        t = time.perf_counter()
        graph = build_view(store, name)
        times.append(time.perf_counter() - t)
        held = max(held, rss_mb() - before)
        nodes, edges = graph.number_of_nodes(), graph.number_of_edges()
        del graph
    return statistics.median(times), held, nodes, edges


def measure(path: Path, args):
    """Every figure on the store at ``path`` (closed again on return, before its folder is removed)."""
    store = KGStore(path, read_only=True)
    base = [timed(lambda: sum(1 for _ in store.quads())) for _ in range(args.repeat)]
    views = {name: view_figures(store, name, args.repeat) for name in ("full", "evidence")}
    trial = sample_parameters(args.triples)["view-node-evidence"]["node"].value
    cut = [timed(lambda: neighbourhood(build_view(store, "full"), trial, 2)) for _ in range(args.repeat)]
    hops = [timed(lambda: around(store, "full", trial, 2)) for _ in range(args.repeat)]
    return base, views, cut, hops, around(store, "full", trial, 2)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        quads = len(build_store(Path(tmp) / "store", args.triples))
        load = time.perf_counter() - t
        base, views, cut, hops, small = measure(Path(tmp) / "store", args)
    b, c, h = statistics.median(base), statistics.median(cut), statistics.median(hops)
    report = (f"# Views benchmark\n\n{quads:,} quads (synthetic, kg's shape), bulk-loaded on disk in {load:.1f} s; "
              f"medians of {args.repeat} runs\n\n| measure | time | memory held by the result |\n|---|---|---|\n"
              f"| baseline: one pass over every quad (pyoxigraph) | {b:.2f} s | |\n")
    for name, (t, mb, nodes, edges) in views.items():
        report += (f"| `build_view(store, \"{name}\")` ({nodes:,} nodes, {edges:,} edges) | {t:.2f} s "
                   f"({t / b:.2f} of the baseline) | {mb:.0f} MB |\n")
    report += (f"\nThe neighbourhood of one trial, 2 hops, in the full view ({small.number_of_nodes():,} nodes, "
               f"{small.number_of_edges():,} edges; `kg view full --around TRIAL`):\n\n| measure | time |\n|---|---|\n"
               f"| baseline: the whole view built, then cut | {c:.2f} s |\n"
               f"| read from the store hop by hop (`kg.views.around`) | {h * 1000:.0f} ms ({c / h:.0f}x faster) |\n")
    (ROOT / "bench" / "RESULTS-views.md").write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
