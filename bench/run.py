"""The benchmark harness: writes bench/RESULTS.md (machine, versions, medians, ratios to same-run baselines).

    python bench/run.py [--only SECTION ...] [--sizes 100000,1000000,10000000] [--articles 1000,10000]
                        [--dev ../shared/eval/dev] [--repeat 5]

Sections: extraction, build, load, sparql, export. Each section's figures are
kept in bench/results.json, so ``--only`` re-runs one and the report keeps the
others. Every figure is measured beside its baseline in the same run; ratios,
not seconds, are what carry over to another machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

import pyoxigraph as ox  # noqa: E402

RESULTS = BENCH / "results.json"
SECTIONS = ["extraction", "load", "export", "sparql", "build"]
ENTITY_QUERIES = {"document-built", "evidence", "facts-entities", "facts-items", "facts-organizations", "trial-card",
                  "therapy-card", "view-node-evidence", "find-nodes"}


class Timeout(Exception):
    pass


def capped(seconds: int, fn, *args):
    """``fn(*args)``, or Timeout after ``seconds`` (SIGALRM: rdflib's pure-Python loops can be interrupted)."""
    def alarm(signum, frame):
        raise Timeout

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        return fn(*args)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def timed(fn, *args) -> float:
    t = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 1e6


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000


def machine() -> dict:
    import networkx
    import rdflib

    import kg
    mem = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal")) / 1e6
    return {"date": date.today().isoformat(), "machine": platform.machine(), "cpus": len(__import__("os").sched_getaffinity(0)),
            "memory_gb": round(mem, 1), "python": platform.python_version(), "kg": kg.__version__,
            "pyoxigraph": ox.__version__, "rdflib": rdflib.__version__, "networkx": networkx.__version__}


# -- extraction -------------------------------------------------------------------------------------------

STARTUP = ("import time; t=time.perf_counter(); import kg.pipeline; from kg.lexicon import load_lexicon; "
           "load_lexicon(); print(time.perf_counter()-t)")


def forget_sentences() -> None:
    """Empty the caches kg keeps of recent sentences' analyses, so that a copy of an article (the seed set differs
    only in its last line) is timed as a new article, not as sentences already read (they made it ~10-25% faster)."""
    from kg.text import citations, measures, prefilter

    prefilter.forget_texts()
    measures.measures_of.cache_clear()
    citations.publication_frames.cache_clear()


def bench_extraction(args) -> dict:
    from articles import article

    from kg.documents import parse_document
    from kg.lexicon import load_lexicon
    from kg.lexicon.lexicon import TOKEN
    from kg.pipeline import extract

    startup = statistics.median(float(subprocess.run([sys.executable, "-c", STARTUP], capture_output=True, text=True,
                                                     check=True, cwd=ROOT).stdout) for _ in range(args.repeat))
    load_lexicon()
    sets = {"generated": [article(i, seed=7) for i in range(200)],
            "seed article (varied last line)": [(ROOT / "examples" / "als-news-cl2020.txt").read_text() + f"\n\nNote {i}."
                                                for i in range(60)]}
    if args.dev:
        sets["dev articles"] = [p.read_text() for p in sorted(Path(args.dev).glob("*.txt"))] * 10
    out = {"startup_s": startup, "sets": {}}
    for name, texts in sets.items():
        docs = [parse_document(t, f"a{i}.txt") for i, t in enumerate(texts)]
        rates, base = [], []
        for r in range(args.repeat):
            fresh = [parse_document(d.text + f" {r}", d.source) for d in docs]     # no per-document cache helps
            base.append(len(fresh) / timed(lambda: [TOKEN.findall(d.text) for d in fresh]))
            rates.append(len(fresh) / timed(lambda: [extract(d) for d in fresh if forget_sentences() is None]))
        chars = statistics.mean(len(t) for t in texts)
        out["sets"][name] = {"articles": len(texts), "chars": round(chars), "per_s": statistics.median(rates),
                             "baseline_per_s": statistics.median(base)}
    out["peak_rss_mb"] = peak_mb()
    return out


def report_extraction(r) -> list[str]:
    lines = [f"Start-up (import + lexicon, warm cache, median of subprocesses): **{r['startup_s']:.2f} s** (target <= 1 s)", "",
             "| articles | n | mean chars | extraction, articles/s per process | baseline: tokenising, articles/s | ratio |",
             "|---|---|---|---|---|---|"]
    for name, s in r["sets"].items():
        lines.append(f"| {name} | {s['articles']} | {s['chars']:,} | **{s['per_s']:.1f}** | {s['baseline_per_s']:,.0f} | "
                     f"{s['per_s'] / s['baseline_per_s']:.4f} |")
    lines += ["", f"Peak RSS of the extraction process: {r['peak_rss_mb']:.0f} MB. Target: >= 100 seed-sized articles/s."]
    return lines


# -- build: workers, growth, adding one article -------------------------------------------------------------

BUILD = ("import json,resource,sys,time; from kg.pipeline import build; from kg.store import KGStore; "
         "t=time.perf_counter(); s=KGStore(sys.argv[1]); r=build(sys.argv[3:], s, workers=int(sys.argv[2])); "
         "w=time.perf_counter()-t; u=[resource.getrusage(k) for k in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]; "
         "m=max(x.ru_maxrss for x in u); c=sum(x.ru_utime+x.ru_stime for x in u); "
         "print(json.dumps({'seconds': w, 'peak_rss_mb': m/1000, 'cpu_s': c, 'ok': len(r.documents)-len(r.failed), 'quads': len(s)}))")


def tree_rss_mb(pid: int) -> float:
    """Memory of a process and all its descendants (the writer and its pool), from /proc.

    Proportional set size: a page shared by forked workers (the lexicon) counts once, not once per process.
    """
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        try:
            pss = next(line for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines() if line.startswith("Pss:"))
            total += int(pss.split()[1]) / 1000
        except (OSError, StopIteration):
            pass
        todo += parents.get(p, [])
    return total


def run_sampled(args: list[str]) -> tuple[int, str, str, float]:
    """Run ``args`` in a fresh process; its exit status, output, errors and the peak memory (MB) of its process
    tree, sampled twice a second."""
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, tree_rss_mb(proc.pid))
        time.sleep(0.5)
    stdout, stderr = proc.communicate()
    return proc.returncode, stdout, stderr, peak


def run_build(folders: list[Path], store: Path, workers: int) -> dict:
    """One build in a fresh process; its whole process tree's memory is sampled twice a second."""
    status, stdout, stderr, peak = run_sampled([sys.executable, "-c", BUILD, str(store), str(workers)]
                                               + [str(f) for f in folders])
    if status:
        raise RuntimeError(f"build failed: {stderr[-2000:]}")
    out = json.loads(stdout.strip().splitlines()[-1])
    out["total_rss_mb"] = peak
    out["store_mb"] = sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / 1e6
    return out


def bench_build(args) -> dict:
    from articles import article, write_articles

    out = {"workers": {}, "growth": [], "add_one": None}
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        tmp = Path(tmp)
        n = args.articles[0]
        write_articles(tmp / "w", n, seed=3)
        for workers in (1, 2):
            out["workers"][workers] = run_build([tmp / "w"], tmp / f"store-w{workers}", workers)
        done = 0
        for n in args.articles:
            if n > done:
                write_articles(tmp / "g", n - done, seed=5, start=done)
                done = n
            folders = sorted((tmp / "g").iterdir())[: (n + 999) // 1000]      # 1,000 articles a folder
            store = tmp / f"store-g{n}"
            res = run_build(folders, store, 2)
            res["articles"] = n
            out["growth"].append(res)
        one = tmp / "one" / "new.txt"
        one.parent.mkdir()
        one.write_text(article(10**7, seed=9))
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kg", "build", str(one), "--store", str(store), "-q", "--no-progress"],
                       check=True, cwd=ROOT)
        out["add_one"] = {"articles_in_store": args.articles[-1], "seconds": time.perf_counter() - t,
                          "startup_s": float(subprocess.run([sys.executable, "-c", STARTUP], capture_output=True,
                                                            text=True, check=True, cwd=ROOT).stdout)}
    return out


def report_build(r) -> list[str]:
    w1, w2 = r["workers"]["1"], r["workers"]["2"]
    lines = [f"`build()` of {w1['ok']:,} generated articles into an empty on-disk store (bulk path), "
             "in a fresh process each (start-up included):", "",
             "| workers | time | articles/s | CPU time, all processes and threads | cores busy (CPU / wall) | "
             "peak RSS of the largest process | peak memory of all processes (writer + pool; PSS) |",
             "|---|---|---|---|---|---|---|"]
    for k, w in (("1", w1), ("2", w2)):
        cpu = w.get("cpu_s")
        cpu_cells = f"{cpu:.1f} s | {cpu / w['seconds']:.2f}" if cpu else "— | —"
        lines.append(f"| {k} | {w['seconds']:.1f} s | {w['ok'] / w['seconds']:.1f} | {cpu_cells} | "
                     f"{w['peak_rss_mb']:.0f} MB | {w.get('total_rss_mb', 0):.0f} MB |")
    lines += ["", f"Speed-up with 2 workers: **{w1['seconds'] / w2['seconds']:.2f}x** (target >= 1.7x)."]
    if w1.get("cpu_s") and w2.get("cpu_s"):
        cores = os.cpu_count() or 1
        lines += ["", f"With one worker the build already keeps {w1['cpu_s'] / w1['seconds']:.2f} cores busy (Oxigraph's bulk "
                  f"loader runs in its own threads beside extraction); with {cores} cores and the CPU time the 2-worker "
                  f"build needs ({w2['cpu_s']:.1f} s), no schedule beats {w1['seconds'] / (w2['cpu_s'] / cores):.2f}x."]
    lines += ["",
              "Growth (2 workers, empty store each time):", "",
              "| articles | quads | time | articles/s | seconds per 1k articles | peak RSS, largest process | "
              "peak memory, all processes (PSS) | store on disk |", "|---|---|---|---|---|---|---|---|"]
    for g in r["growth"]:
        lines.append(f"| {g['articles']:,} | {g['quads']:,} | {g['seconds']:.0f} s | {g['articles'] / g['seconds']:.1f} | "
                     f"{1000 * g['seconds'] / g['articles']:.1f} | {g['peak_rss_mb']:.0f} MB | {g.get('total_rss_mb', 0):.0f} MB | "
                     f"{g.get('store_mb', 0) / 1000:.1f} GB |")
    a = r["add_one"]
    lines += ["", f"Adding one article to the {a['articles_in_store']:,}-article store with `kg build`: "
              f"**{a['seconds']:.2f} s** wall, of which start-up (import + lexicon) is {a['startup_s']:.2f} s."]
    return lines


# -- load ---------------------------------------------------------------------------------------------------

def bench_load(args) -> dict:
    import rdflib
    from synthetic import synthetic_nquads

    from kg.store import KGStore

    size = args.sizes[1] if len(args.sizes) > 1 else args.sizes[0]
    data = synthetic_nquads(size)
    out = {"quads_in_file": data.count(b"\n")}
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        bulk = []
        for r in range(args.repeat_slow):
            store = KGStore(Path(tmp) / f"bulk{r}")
            before = rss_mb()
            bulk.append(timed(lambda s=store: (s.ox.bulk_load(data, ox.RdfFormat.N_QUADS), s.flush())))
            out["bulk_rss_mb"] = max(out.get("bulk_rss_mb", 0), rss_mb() - before)
            out["quads"] = len(store)
            del store
        tx = KGStore(Path(tmp) / "tx")
        sample = data[: len(data) // 10]
        sample = sample[: sample.rindex(b"\n") + 1]
        t = time.perf_counter()
        by_graph: dict = {}
        for q in ox.parse(sample, ox.RdfFormat.N_QUADS):
            by_graph.setdefault(q.graph_name.value, []).append(q)
        for g, qs in by_graph.items():
            tx.replace_graph(ox.NamedNode(g), qs)
        tx.flush()
        out["transactional_s_per_quad"] = (time.perf_counter() - t) / sample.count(b"\n")
        del tx
    rd = []
    for r in range(args.repeat_slow):
        before = rss_mb()
        ds = rdflib.Dataset()
        rd.append(timed(lambda d=ds: d.parse(data=data, format="nquads")))
        out["rdflib_rss_mb"] = max(out.get("rdflib_rss_mb", 0), rss_mb() - before)
        del ds
    out["bulk_s"], out["rdflib_s"] = statistics.median(bulk), statistics.median(rd)
    return out


def report_load(r) -> list[str]:
    n = r["quads_in_file"]
    bulk, rd, tx = n / r["bulk_s"], n / r["rdflib_s"], 1 / r["transactional_s_per_quad"]
    return [f"{n:,} synthetic quads in kg's shape ({r['quads']:,} distinct), N-Quads bytes in memory:", "",
            "| path | quads/s | memory growth |", "|---|---|---|",
            f"| kg bulk path: Oxigraph `bulk_load` into an empty on-disk store | **{bulk:,.0f}** | {r['bulk_rss_mb']:.0f} MB |",
            f"| kg incremental path: one transaction per document graph, on disk (first 10%) | {tx:,.0f} | |",
            f"| baseline: rdflib in-memory Dataset, `parse(format='nquads')` | {rd:,.0f} | {r['rdflib_rss_mb']:.0f} MB |",
            "", f"Bulk / rdflib: **{bulk / rd:.1f}x**."]


# -- SPARQL -------------------------------------------------------------------------------------------------

def oxigraph_times(store, names, params, repeat) -> dict:
    from kg.queries import run
    out = {}
    for name in names:
        times = []
        for _ in range(repeat):
            times.append(timed(run, store, name, params.get(name)))
            if sum(times) > 120:
                break
        out[name] = times
    return out


def rdflib_times(ds, names, params, repeat, cap) -> dict:
    from kg.queries import load_query
    out = {}
    for name in names:
        q = load_query(name)
        bindings = {k: rdf_term(v) for k, v in (params.get(name) or {}).items()}
        times = []
        for _ in range(repeat):
            try:
                times.append(capped(cap, lambda: timed(lambda: list(ds.query(q.text, initBindings=bindings)))))
            except Timeout:
                times.append(None)
                break
            except Exception as err:           # rdflib cannot run this query at all
                times = f"{type(err).__name__}"
                break
            if sum(times) > cap:
                break
        out[name] = times
    return out


def rdf_term(v):
    import rdflib
    if isinstance(v, ox.NamedNode):
        return rdflib.URIRef(v.value)
    return rdflib.Literal(v)


def bench_sparql(args) -> dict:
    import rdflib
    from synthetic import build_store, sample_parameters, synthetic_nquads

    from kg.queries import query_names
    names = [n for n in query_names() if n != "export-union"]       # export-union is measured under export
    if args.queries:
        names = [n for n in names if n in args.queries]
    out = {}
    for size in args.sizes:
        params = sample_parameters(size)
        with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
            store = build_store(Path(tmp) / "store", size)
            entry = {"quads": len(store), "cap": args.cap, "oxigraph": oxigraph_times(store, names, params, args.repeat)}
            del store
        if size <= args.rdflib_max:
            ds = rdflib.Dataset(default_union=True)
            ds.parse(data=synthetic_nquads(size), format="nquads")
            entry["rdflib"] = rdflib_times(ds, names, params, args.repeat, args.cap)
            del ds
        out[str(size)] = entry
    if args.queries:                       # re-measured a few queries: keep the others' figures
        old = json.loads(RESULTS.read_text()).get("sparql", {}) if RESULTS.exists() else {}
        for size, entry in out.items():
            merged = old.setdefault(size, {"quads": entry["quads"], "cap": args.cap})
            if merged.get("cap", args.cap) != args.cap:
                raise SystemExit(f"bench: the stored SPARQL figures at {size} quads stopped rdflib at {merged['cap']} s; "
                                 f"re-measure with --cap {merged['cap']} so the ratios compare")
            for engine in ("oxigraph", "rdflib"):
                if engine in entry:
                    merged.setdefault(engine, {}).update(entry[engine])
        return old
    return out


def pct(times, q):
    ts = sorted(t for t in times if t is not None)
    if not ts or None in times:
        return None
    return ts[min(len(ts) - 1, round(q * (len(ts) - 1)))]


def fmt_s(t):
    return "—" if t is None else f"{t * 1000:.0f} ms" if t < 1 else f"{t:.2f} s"


def report_sparql(r, default_cap) -> list[str]:
    lines = []
    for size, e in r.items():
        cap = e.get("cap", default_cap)            # the cap the rdflib figures were measured with
        lines += [f"### {e['quads']:,} quads (synthetic; on-disk Oxigraph store vs rdflib in-memory Dataset)", "",
                  "| query | kind | Oxigraph p50 | p95 | rdflib p50 | p95 | rdflib / Oxigraph (p50) |",
                  "|---|---|---|---|---|---|---|"]
        for name, times in sorted(e["oxigraph"].items()):
            kind = "one entity" if name in ENTITY_QUERIES else "whole graph"
            o50, o95 = pct(times, 0.5), pct(times, 0.95)
            if "rdflib" in e and isinstance(e["rdflib"][name], str):
                r50 = r95 = None
                ratio = f"rdflib fails ({e['rdflib'][name]})"
            elif "rdflib" in e:
                rt = e["rdflib"][name]
                r50, r95 = pct(rt, 0.5), pct(rt, 0.95)
                ratio = f"{r50 / o50:.0f}x" if r50 else f"> {cap / o50:.0f}x (rdflib over {cap} s)"
            else:
                r50 = r95 = None
                ratio = "rdflib not run at this size"
            lines.append(f"| {name} | {kind} | {fmt_s(o50)} | {fmt_s(o95)} | {fmt_s(r50)} | {fmt_s(r95)} | {ratio} |")
        lines.append("")
    lines.append("Targets at 1M: one-entity queries p50 <= 50 ms, whole-graph p50 <= 1 s, each >= 10x rdflib.")
    return lines


# -- export -------------------------------------------------------------------------------------------------

def bench_export(args) -> dict:
    import rdflib
    from synthetic import build_store

    from kg.export import export
    from kg.store import KGStore
    size = args.sizes[1] if len(args.sizes) > 1 else args.sizes[0]
    out = {}
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        tmp = Path(tmp)
        build_store(tmp / "store", size)          # closed as soon as dropped; reopened read-only below
        store = KGStore(tmp / "store", read_only=True)
        out["quads"] = len(store)
        for fmt in ("turtle", "nquads"):
            before = rss_mb()
            out[fmt] = statistics.median(timed(export, store, tmp / f"out.{fmt}", fmt) for _ in range(args.repeat_slow))
            out[f"{fmt}_rss_mb"] = rss_mb() - before       # streaming: the export holds next to nothing
        out["triples"] = sum(1 for _ in ox.parse(path=tmp / "out.turtle", format=ox.RdfFormat.TURTLE))
        g = rdflib.Graph()
        g.parse(tmp / "out.turtle", format="turtle")
        del store
    for fmt, name in (("turtle", "rdflib_turtle"), ("nt", "rdflib_ntriples")):
        try:
            out[name] = capped(args.cap_export, lambda: timed(lambda: g.serialize(format=fmt)))
        except Timeout:
            out[name] = None
    out["cap"] = args.cap_export
    return out


def report_export(r) -> list[str]:
    rt = r["rdflib_turtle"]
    ratio = f"**{rt / r['turtle']:.0f}x**" if rt else f"**> {r['cap'] / r['turtle']:.0f}x** (rdflib stopped at {r['cap']} s)"
    return [f"Store of {r['quads']:,} quads ({r['triples']:,} distinct triples), on disk; kg's export streams from the "
            "store, writes beside the target, parses the file back with pyoxigraph and renames it:", "",
            "| export | time | memory growth |", "|---|---|---|",
            f"| `kg export --format turtle` (union of graphs, deduplicated) | **{r['turtle']:.1f} s** | {r['turtle_rss_mb']:.0f} MB |",
            f"| `kg export --format nquads` | {r['nquads']:.1f} s | {r['nquads_rss_mb']:.0f} MB |",
            f"| baseline: rdflib `Graph.serialize(format='turtle')` (no read-back) | {fmt_s(rt) if rt else '> %d s' % r['cap']} | |",
            f"| baseline: rdflib `Graph.serialize(format='nt')` | {fmt_s(r['rdflib_ntriples'])} | |",
            "", f"Turtle: kg / rdflib {ratio} faster (target: <= 10 s and >= 20x)."]


# -- main ---------------------------------------------------------------------------------------------------

def write_report(results: dict, args) -> str:
    m = results["machine"]
    parts = ["# Benchmarks", "", f"Written by `python bench/run.py` on {m['date']}: {m['machine']}, {m['cpus']} cores, "
             f"{m['memory_gb']} GB; Python {m['python']}, kg {m['kg']}, pyoxigraph {m['pyoxigraph']}, rdflib {m['rdflib']}, "
             f"networkx {m['networkx']}. Medians of repeated runs; each figure beside a baseline measured in the same run.", ""]
    titles = {"extraction": "Extraction", "build": "Builds: workers, growth, one more article",
              "load": "Loading", "sparql": "SPARQL", "export": "Export"}
    for section in SECTIONS:
        if section not in results:
            continue
        r = results[section]
        body = report_sparql(r, args.cap) if section == "sparql" else globals()[f"report_{section}"](r)
        parts += [f"## {titles[section]}", ""] + body + [""]
    return "\n".join(parts)


def marked_sections(path: Path) -> str:
    """The sections other scripts keep in ``path`` between ``<!-- NAME:begin -->`` and ``<!-- NAME:end -->`` (bench/fuzz.py)."""
    import re

    old = path.read_text(encoding="utf-8") if path.exists() else ""
    return "".join("\n" + m.group(0).rstrip("\n") + "\n" for m in re.finditer(r"<!-- (\w+):begin -->.*?<!-- \1:end -->", old, re.S))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="+", choices=SECTIONS, default=SECTIONS)
    ap.add_argument("--sizes", default="100000,1000000,10000000", help="store sizes (quads) for SPARQL; the second for load/export")
    ap.add_argument("--articles", default="1000,10000", help="article counts for the build growth (the first also for workers)")
    ap.add_argument("--dev", help="a folder of dev articles (.txt) to time as well")
    ap.add_argument("--queries", nargs="+", help="sparql: re-measure only these query files (others' figures kept)")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--repeat-slow", type=int, default=3)
    ap.add_argument("--rdflib-max", type=int, default=1_000_000, help="largest size run on rdflib")
    ap.add_argument("--cap", type=int, default=120, help="seconds before an rdflib query is stopped")
    ap.add_argument("--cap-export", type=int, default=600, help="seconds before rdflib's serializer is stopped")
    ap.add_argument("--tmp", help="folder for temporary stores (default: the system's)")
    args = ap.parse_args()
    args.sizes = [int(x) for x in args.sizes.split(",")]
    args.articles = [int(x) for x in args.articles.split(",")]
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results["machine"] = machine()
    for section in args.only:
        print(f"bench: {section} ...", file=sys.stderr, flush=True)
        results[section] = json.loads(json.dumps(globals()[f"bench_{section}"](args)))
        RESULTS.write_text(json.dumps(results, indent=1))
    report = write_report(results, args) + marked_sections(BENCH / "RESULTS.md")
    (BENCH / "RESULTS.md").write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
