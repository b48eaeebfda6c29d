"""Fuzz kg's build: N inputs made by the shared mutators, built in batches into an on-disk store.

    python bench/fuzz.py [--n 10000] [--seed 0] [--batch 50] [--max-seconds S] [--deep-every 5]

The inputs are the real-format fixtures of tests/data (text and Markdown, web
pages, PubMed XML, ClinicalTrials.gov JSON and JSON Lines) changed by
``tests/fuzz/mutators.py``, the module the hypothesis tests use: input k of seed
s is ``make_case(random.Random(f"{s}:{k}"))``, so ``--only k`` rebuilds one
input alone and ``--keep DIR`` leaves its file there.

Reported: crashes (an exception escaping the build, an error that is not one
line naming its file, or that leaks a Python exception name), inputs failed
with a one-line error (fine) and why, records lost, earlier documents changed,
literals invalid for their datatype, export files (Turtle, TriG, N-Quads of each
batch's documents) rejected by pyoxigraph, rapper or rdflib, SHACL conformance,
and the throughput of fuzzed inputs against generated news articles built in
the same run; then the time to build one document holding a 64 KB line of
comma-grouped numbers. rdflib and SHACL (the slow checks) run on one batch in
``--deep-every``. Writes its own section of bench/RESULTS.md (between the fuzz
markers, the rest of the file untouched) and every finding as JSON (``--details``).
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests" / "fuzz"), str(ROOT / "bench"), str(ROOT)]

import mutators  # noqa: E402  (tests/fuzz, shared with the hypothesis tests)
import oracles  # noqa: E402

RESULTS = ROOT / "bench" / "RESULTS.md"
BEGIN, END = "<!-- fuzz:begin -->", "<!-- fuzz:end -->"
EXTRACTED = ("text", "html", "pubmed")           # formats whose documents go through the text extractors


def case_of(seed: int, k: int) -> mutators.Case:
    """Input ``k`` of run ``seed`` (the same pair, the same bytes)."""
    return mutators.make_case(random.Random(f"{seed}:{k}"))


@dataclass
class Tally:
    """Inputs, documents, bytes and build time of one kind of input."""

    inputs: int = 0
    documents: int = 0
    built: int = 0
    failed: int = 0
    bytes: int = 0
    seconds: float = 0.0

    def add(self, inputs: int, report, nbytes: int, seconds: float) -> None:
        self.inputs += inputs
        self.bytes += nbytes
        self.seconds += seconds
        if report is not None:
            self.documents += len(report.documents)
            self.failed += len(report.failed)
            self.built += len(report.documents) - len(report.failed)

    def row(self, name: str) -> str:
        s = max(self.seconds, 1e-9)
        return (f"| {name} | {self.inputs:,} | {self.documents:,} | {self.bytes / 1e6:,.1f} | {self.seconds:,.1f} | "
                f"{self.inputs / s:,.1f} | {self.bytes / 1e3 / s:,.0f} |")


@dataclass
class Run:
    args: argparse.Namespace
    normal: Tally = field(default_factory=Tally)
    fuzzed: Tally = field(default_factory=Tally)             # batches built into an empty store (bulk loading)
    incremental: Tally = field(default_factory=Tally)        # batches built after the good document (per-document writes)
    by_format: dict = field(default_factory=lambda: defaultdict(Tally))
    sample: dict = field(default_factory=lambda: defaultdict(list))    # format -> inputs built again alone
    rates: dict = field(default_factory=dict)               # format -> Tally of its sample, one build
    findings: list = field(default_factory=list)            # (kind, input k or batch, detail, recipe)
    reasons: Counter = field(default_factory=Counter)       # why documents failed (one-line errors)
    slowest: list = field(default_factory=list)             # (seconds, bytes, k, describe)
    batches: int = 0
    deep_batches: int = 0
    deep_documents: int = 0
    shacl_conforms: int = 0
    exported: Counter = field(default_factory=Counter)      # files written per format
    comma_line: dict = field(default_factory=dict)
    stopped: str = ""
    started: float = field(default_factory=time.time)

    def inputs(self) -> int:
        return self.fuzzed.inputs + self.incremental.inputs


def reason(message: str | None) -> str:
    """An error message without its file and numbers, to count failures by kind.

    >>> reason("/tmp/x/fuzz-00012.json record 2 (NCT05925803): conditions is a string of 12 chars, expected a list; fix")
    'record N (NCT…): conditions is a string of N chars, expected a list'
    """
    text = re.sub(r"^\S*fuzz-\d+\.[\w.]+(?:#\S+)?:?\s*", "", message or "")
    text = re.sub(r"NCT\d+", "NCT…", text)
    text = re.sub(r"\d+", "N", text).split(";")[0]
    return re.sub(r"'[^']{40,}'", "'…'", text)[:110]


def timed_build(paths, store, extractors):
    from kg.pipeline import build

    t = time.perf_counter()
    report, found = oracles.build_findings(build, paths, store, None, extractors=extractors)
    return report, found, time.perf_counter() - t


def good_document(store, extractors) -> dict:
    """Build the good document (tests/data/mini-trial.md) into ``store``; returns its graph and quads."""
    import pyoxigraph as ox

    from kg.pipeline import build
    from kg.rdf import mint

    report = build([str(mutators.DATA / "mini-trial.md")], store, extractors=extractors)
    graph = ox.NamedNode(mint.document_iri(report.documents[0].document_id))
    return {graph: oracles.graph_quads(store, graph)}


def build_normal(run: Run, extractors, root: Path) -> None:
    """Build the generated news articles (the baseline), a batch per fresh on-disk store, as the fuzzed inputs are."""
    from articles import article
    from kg.store import KGStore

    folder = root / "inputs"
    for b, start in enumerate(range(0, run.args.normal, run.args.batch)):
        paths = []
        for i in range(start, min(run.args.normal, start + run.args.batch)):
            path = folder / f"article-{i:05d}.txt"
            path.write_text(article(i, seed=run.args.seed), encoding="utf-8")
            paths.append(path)
        store = KGStore(root / f"normal-{b}")
        report, found, seconds = timed_build(paths, store, extractors)
        run.normal.add(len(paths), report, sum(p.stat().st_size for p in paths), seconds)
        run.findings += [(f.kind, "normal", str(f), "") for f in found]
        del store
        shutil.rmtree(root / f"normal-{b}", ignore_errors=True)
        for p in paths:
            p.unlink()


def retime_alone(run: Run, ks, cases, paths, extractors) -> None:
    """Build each input of a slow batch alone (in memory), to name the slow ones."""
    from kg.store import KGStore

    for k, case, path in zip(ks, cases, paths):
        _, _, seconds = timed_build([path], KGStore(), extractors)
        run.slowest.append((seconds, len(case.data), k, case.describe()))
    run.slowest.sort(reverse=True)
    del run.slowest[10:]


def fuzz_batch(run: Run, extractors, root: Path, b: int, ks: list[int], deep: bool, earlier: bool) -> None:
    """Build one batch into a fresh on-disk store (holding the good document first when ``earlier``), then check it."""
    from kg.store import KGStore

    folder = root / "inputs"
    cases = [case_of(run.args.seed, k) for k in ks]
    paths = [mutators.write_case(c, folder, k) for c, k in zip(cases, ks)]
    store = KGStore(root / f"store-{b}")
    before = good_document(store, extractors) if earlier else {}
    report, found, seconds = timed_build(paths, store, extractors)
    if report is not None:
        found += oracles.report_findings(report, list(zip(paths, cases)))
    found += oracles.kept_findings(store, before)
    nbytes = sum(len(c.data) for c in cases)
    (run.incremental if earlier else run.fuzzed).add(len(ks), report, nbytes, seconds)
    for k, c in zip(ks, cases):
        run.by_format[c.fmt].inputs += 1
        run.by_format[c.fmt].bytes += len(c.data)
        if len(run.sample[c.fmt]) < run.args.per_format:
            run.sample[c.fmt].append(k)
    recipe = {str(p): (k, c.describe()) for p, k, c in zip(paths, ks, cases)}
    for f in found:
        k, desc = recipe.get(f.where, ("batch", "; ".join(c.describe()[:80] for c in cases)))
        run.findings.append((f.kind, k, str(f), desc))
        if f.kind in ("crash", "message", "lost-record"):
            keep(run, paths, f.where)
    if report is not None:
        for doc in report.failed:
            run.reasons[reason(doc.error)] += 1
    normal_rate = run.normal.bytes / max(run.normal.seconds, 1e-9) or 100_000.0
    if (seconds > max(2.0, 3 * nbytes / normal_rate) and len(run.slowest) < 10) or seconds > 30:
        retime_alone(run, ks, cases, paths, extractors)
    if report is not None:
        check_batch(run, store, report, folder, ks, deep)
    del store
    shutil.rmtree(root / f"store-{b}", ignore_errors=True)
    for p in paths:
        p.unlink(missing_ok=True)


def keep(run: Run, paths, where: str) -> None:
    """Copy the input a finding is about to ``--keep`` (for a reproduction)."""
    run.args.keep.mkdir(parents=True, exist_ok=True)
    for p in paths:
        if str(p) in where or p.name in where:
            shutil.copy(p, run.args.keep / p.name)


def check_batch(run: Run, store, report, folder: Path, ks: list[int], deep: bool) -> None:
    """Literals and exports (pyoxigraph, rapper) of the batch's store; rdflib and SHACL on a sample of its documents."""
    where = f"batch of inputs {ks[0]}-{ks[-1]}"
    found = oracles.literal_findings(store)
    found += oracles.export_findings(store, folder, ("pyoxigraph", "rapper"))
    for fmt in oracles.EXPORTS:
        run.exported[fmt] += 1
    if deep:
        sample = sample_store(store, report, run.args.deep_sample, random.Random(f"{run.args.seed}:{ks[0]}"))
        found += oracles.export_findings(sample, folder, ("rdflib",))
        shacl = oracles.shacl_findings(sample)
        run.deep_batches += 1
        run.deep_documents += len(sample.graphs())
        run.shacl_conforms += not shacl
        found += shacl
    run.findings += [(f.kind, where, str(f), "") for f in found]


def sample_store(store, report, n: int, rng: random.Random):
    """An in-memory store with ``n`` of the batch's built documents and what the entities graph says of their nodes."""
    import pyoxigraph as ox

    from kg.rdf import mint
    from kg.store import KGStore

    built = [d for d in report.documents if d.status == "ok" and d.document_id]
    sample, nodes = KGStore(), set()
    entities = ox.NamedNode(mint.ENTITY_GRAPH)
    for doc in rng.sample(built, min(n, len(built))):
        quads = list(store.ox.quads_for_pattern(None, None, None, ox.NamedNode(mint.document_iri(doc.document_id))))
        sample.ox.extend(quads)
        nodes.update(t for q in quads for t in (q.subject, q.object) if isinstance(t, ox.NamedNode))
    for node in nodes:
        sample.ox.extend(store.ox.quads_for_pattern(node, None, None, entities))
    return sample


def comma_line_seconds(kb: int, cap: float) -> float | None:
    """Seconds to build one short document with a line of ``kb`` KB of comma-grouped numbers (a fresh process)."""
    code = f"""
import random, sys, time
sys.path.insert(0, {str(ROOT / 'tests' / 'fuzz')!r})
import mutators
from kg.extractors import load_extractors
from kg.pipeline import build
from kg.store import KGStore
import pathlib, tempfile
ex = load_extractors()
folder = pathlib.Path(tempfile.mkdtemp(prefix="kg-fuzz-"))
warm = folder / "warm.txt"; warm.write_text("Patients received 10 mg daily.\\n")
build([str(warm)], KGStore(), extractors=ex)
doc = folder / "numbers.txt"
doc.write_text("Patients received 10 mg daily.\\n" + mutators.comma_run(random.Random(1), {kb} * 1024) + "\\n")
t = time.perf_counter(); report = build([str(doc)], KGStore(), extractors=ex); s = time.perf_counter() - t
print(s, report.documents[0].status)
"""
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=cap + 30, cwd=ROOT)
        return float(out.stdout.split()[0])
    except subprocess.TimeoutExpired:
        return None
    except (ValueError, IndexError):
        return float("nan")


def format_rates(run: Run, extractors, root: Path) -> None:
    """Throughput per format: the first ``--per-format`` inputs of each format built together into a fresh store."""
    from kg.store import KGStore

    for fmt, ks in sorted(run.sample.items()):
        cases = [case_of(run.args.seed, k) for k in ks]
        paths = [mutators.write_case(c, root / "inputs", k) for c, k in zip(cases, ks)]
        store = KGStore(root / f"format-{fmt}")
        report, _, seconds = timed_build(paths, store, extractors)
        run.rates[fmt] = Tally()
        run.rates[fmt].add(len(ks), report, sum(len(c.data) for c in cases), seconds)
        del store
        shutil.rmtree(root / f"format-{fmt}", ignore_errors=True)
        for p in paths:
            p.unlink(missing_ok=True)


def run_fuzz(args) -> Run:
    from kg.extractors import load_extractors

    run = Run(args)
    extractors = load_extractors()
    root = Path(tempfile.mkdtemp(prefix="kg-fuzz-bench-", dir=args.tmp))
    try:
        (root / "inputs").mkdir()
        build_normal(run, extractors, root)
        ks = list(range(args.n)) if args.only is None else [args.only]
        for b, start in enumerate(range(0, len(ks), args.batch)):
            if args.max_seconds and time.time() - run.started > args.max_seconds:
                run.stopped = f"stopped by --max-seconds {args.max_seconds:.0f} after {run.inputs():,} inputs"
                break
            fuzz_batch(run, extractors, root, b, ks[start:start + args.batch], deep=b % args.deep_every == 0,
                       earlier=b % args.earlier_every == 0)
            run.batches += 1
            if b % 10 == 0:
                progress(run)
        if args.per_format and args.only is None:
            format_rates(run, extractors, root)
        if args.only is not None and args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            mutators.write_case(case_of(args.seed, args.only), args.keep, args.only)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    if args.comma_line:
        for kb in (16, 32, 64):
            run.comma_line[kb] = comma_line_seconds(kb, args.comma_cap)
    return run


def progress(run: Run) -> None:
    kinds = Counter(k for k, *_ in run.findings)
    print(f"fuzz: {run.inputs():,} inputs, {run.fuzzed.seconds + run.incremental.seconds:,.0f} s building, "
          f"{time.time() - run.started:,.0f} s in all; findings {dict(kinds)}", file=sys.stderr, flush=True)


KINDS = [("crash", "crashes: an exception escaped the build"),
         ("message", "errors not one line naming the file, or leaking a Python exception name"),
         ("unreported", "inputs with no line in the build report"),
         ("lost-record", "untouched records of a JSON file not built"),
         ("earlier-changed", "documents built earlier lost or changed"),
         ("literal", "literals invalid for their datatype or holding forbidden characters"),
         ("implausible", "numbers longer than any real quantity stored as numbers"),
         ("export", "exports that failed"),
         ("pyoxigraph", "export files rejected by pyoxigraph"),
         ("rapper", "export files rejected by rapper"),
         ("rdflib", "export files rejected by rdflib"),
         ("shacl", "batches whose graph does not conform (SHACL)")]


def section(run: Run) -> str:
    args, kinds = run.args, Counter(k for k, *_ in run.findings)
    import kg

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    total = time.time() - run.started
    lines = [BEGIN, "## Fuzzing", "",
             f"`python bench/fuzz.py --n {args.n} --seed {args.seed} --batch {args.batch}` on "
             f"{time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC (kg {kg.__version__}, commit {commit}): "
             f"{run.inputs():,} fuzzed inputs (the fixtures of tests/data changed by tests/fuzz/mutators.py, every "
             f"format kg reads) built in {run.batches} batches, each into a fresh on-disk store (one batch in "
             f"{args.earlier_every} after a good document, which must stay as it was), beside {run.normal.inputs} "
             f"generated news articles built the same way; {total:,.0f} s in all."
             + (f" **{run.stopped}**." if run.stopped else ""), "",
             "| check | found |", "|---|---|"]
    for kind, text in KINDS:
        lines.append(f"| {text} | **{kinds.get(kind, 0)}** |")
    lines += ["", f"Exports checked: Turtle, TriG and N-Quads of every batch's store with pyoxigraph and rapper "
              f"({sum(run.exported.values()):,} files); rdflib, and SHACL as `kg validate` does, on {args.deep_sample} "
              f"documents drawn from one batch in {args.deep_every} ({run.deep_documents} documents, {run.deep_batches} "
              f"samples: they are slow on long literals); SHACL conforms on {run.shacl_conforms} of {run.deep_batches}.", ""]
    lines += ["| inputs | files | documents | MB | build s | files/s | KB/s |", "|---|---|---|---|---|---|---|",
              run.normal.row("generated news articles"), run.fuzzed.row("fuzzed, into an empty store"),
              run.incremental.row("fuzzed, after a good document")]
    ratio = (run.fuzzed.bytes / max(run.fuzzed.seconds, 1e-9)) / max(run.normal.bytes / max(run.normal.seconds, 1e-9), 1e-9)
    docs = run.fuzzed.documents + run.incremental.documents
    failed = run.fuzzed.failed + run.incremental.failed
    lines += ["", f"Fuzzed / normal throughput per byte (both into empty stores): **{ratio:.2f}** (target >= 0.33). "
              "(Unmutated fixture records recur across inputs; each repeat in one build makes kg load the pending "
              "batch before writing it again, so the fuzzed figures are lower bounds.) "
              f"The fuzzed inputs held {docs:,} documents: {docs - failed:,} built, {failed:,} failed with a one-line "
              "error. Inputs by format: " + ", ".join(f"{fmt} {t.inputs:,} ({t.bytes / 1e6:,.1f} MB)"
                                                   for fmt, t in sorted(run.by_format.items())) + "."]
    if run.rates:
        normal = run.normal.bytes / max(run.normal.seconds, 1e-9)
        lines += ["", f"By format (the first {args.per_format} inputs of each, built again together into a fresh store):",
                  "", "| format | files | documents | MB | build s | files/s | KB/s | per byte / normal |",
                  "|---|---|---|---|---|---|---|---|"]
        for fmt, t in run.rates.items():
            lines.append(t.row(fmt) + f" {t.bytes / max(t.seconds, 1e-9) / max(normal, 1e-9):.2f} |")
    if run.comma_line:
        shown = ", ".join(f"{kb} KB {fmt_s(s, args.comma_cap)}" for kb, s in run.comma_line.items())
        lines += ["", f"One document with a single line of comma-grouped numbers: {shown} (target: 64 KB under 1 s)."]
    if run.slowest:
        lines += ["", "Slowest fuzzed inputs, built alone:", "", "| s | bytes | input k | recipe |", "|---|---|---|---|"]
        lines += [f"| {s:.2f} | {b:,} | {k} | {md(d)[:160]} |" for s, b, k, d in run.slowest[:5]]
    if run.reasons:
        lines += ["", "Why documents failed (one-line errors, the most common):", "", "| documents | reason |", "|---|---|"]
        lines += [f"| {n:,} | {md(r)} |" for r, n in run.reasons.most_common(8)]
    problems = run.findings
    if problems:
        lines += ["", "First findings (all in the details file):", ""]
        seen = set()
        for kind, k, text, desc in problems:
            if kind in seen:
                continue
            seen.add(kind)
            lines.append(f"- {md(text)[:300]}" + (f" (input {k}: {md(desc)[:200]})" if desc else ""))
    lines += [END]
    return "\n".join(lines) + "\n"


def fmt_s(seconds: float | None, cap: float) -> str:
    return f"> {cap:.0f} s (stopped)" if seconds is None else f"{seconds:.2f} s"


def md(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def write_section(text: str) -> None:
    """Replace the fuzz section of RESULTS.md (or append it); everything else stays as it is."""
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmarks\n"
    pattern = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END) + r"\n?", re.S)
    new = pattern.sub(lambda m: text, old) if pattern.search(old) else old.rstrip("\n") + "\n\n" + text
    RESULTS.write_text(new, encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="fuzzed inputs (default 10,000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--batch", type=int, default=100, help="inputs per build")
    ap.add_argument("--normal", type=int, default=300, help="generated news articles built first (the baseline)")
    ap.add_argument("--deep-every", type=int, default=5, help="rdflib and SHACL on one batch in this many")
    ap.add_argument("--deep-sample", type=int, default=10, help="documents of such a batch given to rdflib and SHACL")
    ap.add_argument("--earlier-every", type=int, default=5,
                    help="one batch in this many goes into a store holding a good document, checked to be kept")
    ap.add_argument("--max-seconds", type=float, help="stop fuzzing after this long (the report says so)")
    ap.add_argument("--per-format", type=int, default=50, help="inputs of each format timed again on their own")
    ap.add_argument("--no-comma-line", dest="comma_line", action="store_false", help="skip the 16/32/64 KB number lines")
    ap.add_argument("--comma-cap", type=float, default=120, help="seconds before a number-line build is stopped")
    ap.add_argument("--only", type=int, help="build input k alone (with --keep, its file is written there)")
    ap.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()) / "kg-fuzz-keep",
                    help="inputs with a crash or a bad message are copied here")
    ap.add_argument("--details", type=Path, default=Path(tempfile.gettempdir()) / "kg-fuzz-details.json")
    ap.add_argument("--tmp", help="folder for the store and input files (default: the system's)")
    ap.add_argument("--no-write", dest="write", action="store_false", help="print the section, leave RESULTS.md alone")
    args = ap.parse_args()
    logging.getLogger("kg").setLevel(logging.CRITICAL + 1)     # every error is in the build report, counted here
    run = run_fuzz(args)
    text = section(run)
    args.details.write_text(json.dumps([{"kind": k, "input": i, "finding": t, "recipe": d} for k, i, t, d in run.findings],
                                       indent=1, ensure_ascii=True))
    if args.write and args.only is None:
        write_section(text)
    print(text)
    bad = {k for k, *_ in run.findings} - {"shacl"}
    return 1 if bad or run.shacl_conforms < run.deep_batches else 0


if __name__ == "__main__":
    sys.exit(main())
