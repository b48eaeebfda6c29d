"""Serving bench: trial and therapy pages through HTTP on the synthetic store, beside the same queries in-process.

    python bench/serve.py [--quads 1000000] [--pages 200] [--searches 50] [--clients 20] [--seconds 30]
                          [--store DIR] [--record]

Builds the synthetic store in kg's shape (bench/synthetic.py, ``full=True`` so
pages have arms, outcomes, status history and evidence), runs ``kg serve`` on it
as users do (a snapshot, Oxigraph's read-only server on it, kg's web app on
uvicorn, on a free loopback port), and measures, for the same trials and
therapies in the same run:

- **in-process**: the page's query files run on the store with ``kg.queries.run``
  (the web app's own page code, :class:`kg.web.data.Reader`, reading the store
  directly) -- the baseline;
- **SPARQL protocol**: the same page code reading Oxigraph's server over HTTP,
  without the web app;
- **page over HTTP**: ``GET /id/trial/...`` and ``GET /id/therapy/...`` from the
  web app (queries over the protocol, HTML rendered, on uvicorn), on a keep-alive
  connection and again on a new one.

``--searches`` searches (``GET /search?q=`` a therapy's name) are timed the same
three ways; trial pages are also grouped by how many documents state the trial.

Then a bounded load test: ``--clients`` threads, each with its own keep-alive
connection, fetch random trial and therapy pages for ``--seconds`` seconds.
Figures are read as ratios to the in-process baseline; no figure here is a test.
``--record`` writes the section between ``<!-- serve:begin -->`` and
``<!-- serve:end -->`` of bench/RESULTS.md (bench/run.py keeps it).
"""

from __future__ import annotations

import argparse
import http.client
import os
import platform
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections import defaultdict
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import httpx  # noqa: E402
import pyoxigraph as ox  # noqa: E402

from kg.endpoint import Endpoint  # noqa: E402
from kg.queries import run  # noqa: E402
from kg.server.oxigraph import free_port  # noqa: E402
from kg.web.data import Reader  # noqa: E402
from kg.web.links import page_url  # noqa: E402

RESULTS = ROOT / "bench" / "RESULTS.md"
BEGIN, END = "<!-- serve:begin -->", "<!-- serve:end -->"
KINDS = ("trial", "therapy")           # the pages of the target and of the load test
READS = KINDS + ("search",)            # also timed one by one: the search box, typed a therapy's name


# -- kg serve ----------------------------------------------------------------------------------------------------

SERVING = re.compile(r"Oxigraph \(pid (\d+)\) serves the snapshot \S+ at (\S+)")


def wait_up(url: str, proc: subprocess.Popen, log: Path, seconds: float = 120) -> None:
    """Poll ``url`` until it answers 200; a process that exits or a site that never answers stops the bench."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"kg serve exited with status {proc.returncode}: {log.read_text()[-800:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"kg serve did not answer {url} within {seconds:.0f} s")


@contextmanager
def kg_serve(store: Path, port: int, logs: Path):
    """``kg serve --store STORE --port PORT --refresh`` as users run it (a new snapshot, Oxigraph, the web app);
    yields (seconds until the site answered, Oxigraph's query URL, Oxigraph's pid, kg serve's pid), stops it
    with SIGTERM (kg serve then stops Oxigraph) on the way out."""
    out, err = logs / "serve.out", logs / "serve.err"
    t = time.perf_counter()
    with open(out, "w") as o, open(err, "w") as e:
        proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port), "--refresh"],
                                cwd=ROOT, stdin=subprocess.DEVNULL, stdout=o, stderr=e)
    try:
        wait_up(f"http://127.0.0.1:{port}/search", proc, err)
        ready = time.perf_counter() - t
        m = SERVING.search(out.read_text())
        if m is None:
            raise RuntimeError(f"kg serve did not say where Oxigraph serves: {out.read_text()[-400:]}")
        yield ready, m.group(2), int(m.group(1)), proc.pid
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (all its threads), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# -- readers ----------------------------------------------------------------------------------------------------

class Timed:
    """An endpoint (``select(name, params)``) that records how long each query file takes."""

    def __init__(self, select):
        self._select, self.times = select, defaultdict(list)

    def select(self, name: str, params: dict | None = None, allow_service: bool = False) -> list[dict]:
        t = time.perf_counter()
        rows = self._select(name, params)
        self.times[name].append(time.perf_counter() - t)
        return rows


def page_data(reader: Reader, kind: str, iri: str) -> dict:
    """What the web app's page handler reads for a trial or therapy page (node, then the page's parts), or a search."""
    if kind == "search":
        return {"results": reader.search(iri)}
    node = reader.node(iri)
    if node is None:
        raise RuntimeError(f"{iri}: not in the graph")
    return reader.trial(node) if kind == "trial" else reader.therapy(node)


def entities(store, seed: int) -> dict[str, list[str]]:
    """Every trial and therapy of the store (from view-nodes.rq, as the pages name them), in a seeded random order,
    and therapies' names as a reader types them into the search box."""
    rows = run(store, "view-nodes")
    rng = random.Random(seed)
    out = {}
    for kind in KINDS:
        found = sorted((r["node"].value, r["label"].value) for r in rows
                       if r["class"] is not None and r["class"].value == kind.capitalize())
        rng.shuffle(found)
        out[kind] = [iri for iri, _ in found]
        if kind == "therapy":
            out["search"] = [label for _, label in found]
    return out


def path(kind: str, key: str) -> str:
    """The site's address of a page (a search: the results, or the redirect to the one match)."""
    return "/search?" + urllib.parse.urlencode({"q": key}) if kind == "search" else page_url(key)


# -- measuring ----------------------------------------------------------------------------------------------------

def get_page(client: httpx.Client, base: str, address: str) -> float:
    """Seconds to GET a page (200, or a search's 303 to its one match, not followed)."""
    t = time.perf_counter()
    r = client.get(base + address)
    elapsed = time.perf_counter() - t
    if r.status_code not in (200, 303):
        raise RuntimeError(f"GET {address}: HTTP {r.status_code}")
    return elapsed


def get_fresh(base: str, address: str) -> float:
    """The same on a new connection, so no keep-alive effect (delayed ACKs) is in the time."""
    host, port = urllib.parse.urlsplit(base).hostname, urllib.parse.urlsplit(base).port
    t = time.perf_counter()
    conn = http.client.HTTPConnection(host, port, timeout=60)
    try:
        conn.request("GET", address)
        r = conn.getresponse()
        r.read()
    finally:
        conn.close()
    if r.status not in (200, 303):
        raise RuntimeError(f"GET {address}: HTTP {r.status}")
    return time.perf_counter() - t


def sequential(pages: dict[str, list[str]], local: Reader, remote: Reader, base: str, warmup: int) -> dict:
    """Each page read three ways, interleaved page by page: in-process, over the protocol, from the web app
    (on the client's keep-alive connection, and on a new connection)."""
    out = {kind: {"in-process": [], "protocol": [], "http": [], "fresh": []} for kind in pages}
    with httpx.Client(timeout=60) as client:
        for kind in pages:
            for i, iri in enumerate(pages[kind][:warmup] + pages[kind]):
                a = time.perf_counter()
                data = page_data(local, kind, iri)
                b = time.perf_counter()
                page_data(remote, kind, iri)
                c = time.perf_counter()
                h = get_page(client, base, path(kind, iri))
                f = get_fresh(base, path(kind, iri))
                if i >= warmup:
                    out[kind]["fresh"].append(f)
                    out[kind]["in-process"].append(b - a)
                    out[kind]["protocol"].append(c - b)
                    out[kind]["http"].append(h)
                    out[kind].setdefault("rows", []).append(sum(len(v) for v in data.values() if isinstance(v, list)))
                    out[kind].setdefault("documents", []).append(documents(data) if kind in KINDS else 1)
    return out


def documents(data: dict) -> int:
    """How many documents state the entity: the most documents behind any one of its facts (page-facts' count)."""
    return max((f["documents"] for group in data["fields"] for f in group["values"]), default=1)


def load_test(pages: dict[str, list[str]], base: str, clients: int, seconds: float, pids: dict[str, int]) -> dict:
    """``clients`` threads fetch random trial and therapy pages for ``seconds``; latencies, errors, CPU per process."""
    mixed = [path(kind, iri) for kind in KINDS for iri in pages[kind]]
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(k: int) -> None:
        rng = random.Random(k)
        with httpx.Client(timeout=60) as c:
            while time.monotonic() < deadline:
                try:
                    t = get_page(c, base, rng.choice(mixed))
                    with lock:
                        latencies.append(t)
                except Exception as err:     # noqa: BLE001 -- every failure is counted and its first kinds shown
                    with lock:
                        errors.append(str(err).splitlines()[0][:160])

    cpu0 = {name: cpu_seconds(pid) for name, pid in pids.items()}
    t0 = time.perf_counter()
    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    cpu = {name: (cpu_seconds(pid) - cpu0[name]) / wall for name, pid in pids.items()}
    return {"clients": clients, "seconds": wall, "planned": seconds, "ok": len(latencies), "errors": len(errors),
            "error_kinds": sorted(set(errors))[:3], "latencies": latencies, "cores_busy": cpu}


def per_query(timed: Timed) -> dict[str, list[float]]:
    return {name: times for name, times in sorted(timed.times.items())}


# -- report -------------------------------------------------------------------------------------------------------

def pct(values: list[float], q: float) -> float:
    """The ``q``-th percentile (nearest rank) of ``values``."""
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q / 100 * len(s) + 0.5) - 1))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def machine_note() -> str:
    import kg
    mem = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal")) / 1e6
    import starlette
    import uvicorn
    server = subprocess.run([str(Path(sys.executable).parent / "oxigraph"), "--version"], capture_output=True,
                            text=True).stdout.strip() or "oxigraph"
    return (f"{platform.machine()}, {len(os.sched_getaffinity(0))} cores, {mem:.1f} GB; Python {platform.python_version()}, "
            f"kg {kg.__version__}, pyoxigraph {ox.__version__}, {server}, Starlette {starlette.__version__}, "
            f"uvicorn {uvicorn.__version__}, httpx {httpx.__version__}")


def report(run_info: dict, seq: dict, load: dict, local: Timed, remote: Timed, target_ms: float) -> str:
    r = run_info
    lines = [BEGIN, "## Serving: trial and therapy pages over HTTP", "",
             f"`{r['command']}` on {r['when']} ({r['machine']}). Load average {r['loadavg']} at the start and "
             f"{r['loadavg_end']} at the end: the machine was shared with other work, so CPU-bound times are longer than on "
             f"an idle machine; the ratios, measured side by side, carry over better.", "",
             "Store: synthetic, in kg's shape, with every part of a page filled (bench/synthetic.py, `full=True`): "
             f"{r['quads']:,} quads, {r['trials']:,} trials, {r['therapies']:,} therapies ({built(r)}). "
             f"Server: `kg serve --store STORE --refresh` as users run it (a new snapshot beside the store, Oxigraph's "
             f"read-only server on it, kg's web app on uvicorn, all on loopback), answering in {r['ready_s']:.1f} s from the "
             "start. Client: this process (httpx, one keep-alive connection). Every page is read three ways, interleaved "
             f"page by page, after {r['warmup']} warm-up pages of each kind:", "",
             "- **in-process** (baseline): the web app's page code (`kg.web.data.Reader`) with its query files run on the "
             "store by `kg.queries.run` (pyoxigraph, union default graph) -- the same queries and parameters, no HTTP, no HTML;",
             "- **SPARQL protocol**: the same page code reading Oxigraph's server over HTTP (`kg.endpoint.Endpoint`), no web app;",
             "- **page over HTTP**: `GET /id/trial/...` or `/id/therapy/...` from the web app: queries over the protocol, "
             "HTML rendered; on the client's keep-alive connection (as browsers do), and again on a new connection.", "",
             "The search row is `GET /search?q=NAME`, a therapy's name as typed (the answer is the redirect to its page, "
             "not followed, or the list of candidates).", "",
             "| page | pages | rows read a page (mean) | in-process p50 | p95 | SPARQL protocol p50 | p95 | page over HTTP p50 | p95 "
             "| HTTP / in-process (p50) | protocol / in-process (p50) | page, new connection each, p50 | p95 |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for kind in READS:
        s = seq[kind]
        base, proto, page = (statistics.median(s[k]) for k in ("in-process", "protocol", "http"))
        lines.append(f"| {kind} | {len(s['http'])} | {statistics.mean(s['rows']):.0f} | {ms(base)} | {ms(pct(s['in-process'], 95))} "
                     f"| {ms(proto)} | {ms(pct(s['protocol'], 95))} | **{ms(page)}** | {ms(pct(s['http'], 95))} "
                     f"| {page / base:.1f}x | {proto / base:.1f}x | {ms(statistics.median(s['fresh']))} | {ms(pct(s['fresh'], 95))} |")
    verdict = " and ".join(f"{k} {'meets' if statistics.median(seq[k]['http']) * 1000 <= target_ms else 'misses'}"
                           for k in KINDS)
    lat = load["latencies"]
    cores = ", ".join(f"{name} {v:.2f}" for name, v in load["cores_busy"].items())
    gaps = {k: statistics.median(seq[k]["http"]) - statistics.median(seq[k]["fresh"]) for k in KINDS}
    lines += ["", "Keep-alive minus new connection, p50: " + ", ".join(f"{k} pages {ms(g)}" for k, g in gaps.items())
              + (" (a gap near 40 ms is a delayed ACK: a reply written in pieces on a connection without TCP_NODELAY "
                 "waits for the client's ACK)." if max(gaps.values()) > 0.03 else ".")]
    lines += by_documents(seq)
    lines += ["", f"Target: page over HTTP p50 <= {target_ms:.0f} ms ({verdict} it).", "",
              f"Load test: {load['clients']} concurrent clients (threads, one keep-alive connection each) fetching random trial "
              f"and therapy pages for {load['seconds']:.0f} s:", "",
              "| clients | requests | errors | throughput | p50 | p95 | p99 | cores busy (CPU / wall) |", "|---|---|---|---|---|---|---|---|",
              f"| {load['clients']} | {load['ok'] + load['errors']:,} | **{load['errors']}** | **{load['ok'] / load['seconds']:.1f} req/s** "
              f"| {ms(pct(lat, 50)) if lat else '—'} | {ms(pct(lat, 95)) if lat else '—'} | {ms(pct(lat, 99)) if lat else '—'} | {cores} |"]
    lines += ["", f"The load test's wall time includes the requests still in flight when the {load['planned']:.0f} s ran out."]
    if load["error_kinds"]:
        lines += ["", "Errors seen: " + "; ".join(f"`{e}`" for e in load["error_kinds"])]
    lines += ["", "Each query file of the two pages (all calls in the sequential run, warm-up included):", "",
              "| query file | calls | in-process p50 | p95 | SPARQL protocol p50 | p95 | protocol / in-process (p50) |",
              "|---|---|---|---|---|---|---|"]
    for name, times in per_query(local).items():
        far = remote.times.get(name, [])
        lines.append(f"| {name} | {len(times)} | {ms(statistics.median(times))} | {ms(pct(times, 95))} | "
                     + (f"{ms(statistics.median(far))} | {ms(pct(far, 95))} | {statistics.median(far) / statistics.median(times):.1f}x |"
                        if far else "— | — | — |"))
    lines += slowest(local)
    lines += ["", END, ""]
    return "\n".join(lines)


def by_documents(seq: dict) -> list[str]:
    """Page times by how many documents state the trial or therapy (the union default graph repeats a fact once per
    document, and a query joining several such patterns reads every combination)."""
    lines = ["", "The same pages by how many documents state the entity:", "",
             "| page | documents | pages | in-process p50 | max | page over HTTP p50 | max |", "|---|---|---|---|---|---|---|"]
    for kind in KINDS:
        s = seq[kind]
        for n in sorted(set(s["documents"])):
            base = [t for t, d in zip(s["in-process"], s["documents"]) if d == n]
            http = [t for t, d in zip(s["http"], s["documents"]) if d == n]
            lines.append(f"| {kind} | {n} | {len(http)} | {ms(statistics.median(base))} | {ms(max(base))} | "
                         f"{ms(statistics.median(http))} | {ms(max(http))} |")
    return lines


def built(r: dict) -> str:
    return f"built in {r['build_s']:.0f} s" if r["build_s"] > 1 else "built before, reused with --store"


def slowest(local: Timed) -> list[str]:
    """A line naming the query file that takes most of the pages' in-process query time, when one does."""
    total = {name: sum(times) for name, times in local.times.items()}
    name = max(total, key=total.get)
    share = total[name] / sum(total.values())
    if share < 0.5:
        return []
    return ["", f"Slowest: **{name}.rq**, {share:.0%} of the pages' in-process query time "
            f"(p50 {ms(statistics.median(local.times[name]))} a call)."]


def write_section(text: str) -> None:
    """Replace the serve section of RESULTS.md (or append it); everything else stays as it is."""
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmarks\n"
    pattern = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END) + r"\n?", re.S)
    new = pattern.sub(lambda m: text, old) if pattern.search(old) else old.rstrip("\n") + "\n\n" + text
    RESULTS.write_text(new, encoding="utf-8")


# -- main ---------------------------------------------------------------------------------------------------------

def bench(args) -> str:
    from synthetic import build_store

    from kg.store import KGStore

    info = {"command": "python bench/serve.py " + " ".join(sys.argv[1:]), "machine": machine_note(),
            "when": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "warmup": args.warmup,
            "loadavg": " ".join(open("/proc/loadavg").read().split()[:3])}
    with tempfile.TemporaryDirectory(dir=args.tmp, prefix="kg-serve-bench-") as tmp:
        tmp = Path(tmp)
        built = args.store or tmp / "store"
        t = time.perf_counter()
        if not (built / "CURRENT").exists():
            say(f"building a {args.quads:,}-quad synthetic store")
            build_store(built, args.quads, full=True)      # closed when dropped; reopened read-only below
        info["build_s"] = time.perf_counter() - t
        store = KGStore(built, read_only=True)
        info["quads"] = len(store)
        pages = entities(store, args.seed)
        info["trials"], info["therapies"] = (len(pages[k]) for k in KINDS)
        pages = {k: v[:args.searches if k == "search" else args.pages] for k, v in pages.items()}
        web_port = free_port()
        base = f"http://127.0.0.1:{web_port}"
        say("starting kg serve")
        with kg_serve(built, web_port, tmp) as (info["ready_s"], query_url, ox_pid, web_pid):
            local = Timed(lambda name, params: run(store, name, params))
            remote = Timed(Endpoint(query_url).select)
            say(f"sequential: {len(pages['trial'])} trial and {len(pages['therapy'])} therapy pages and "
                f"{len(pages['search'])} searches, three ways each")
            seq = sequential(pages, Reader(local), Reader(remote), base, args.warmup)
            say(f"load test: {args.clients} clients for {args.seconds:.0f} s")
            load = load_test(pages, base, args.clients, args.seconds,
                             {"oxigraph": ox_pid, "web app": web_pid, "client": os.getpid()})
        del store
    info["loadavg_end"] = " ".join(open("/proc/loadavg").read().split()[:3])
    return report(info, seq, load, local, remote, args.target_ms)


def say(text: str) -> None:
    print(f"serve bench: {text} ...", file=sys.stderr, flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quads", type=int, default=1_000_000, help="synthetic store size (default 1,000,000)")
    ap.add_argument("--pages", type=int, default=200, help="different trials and therapies read one by one (each)")
    ap.add_argument("--searches", type=int, default=50, help="searches read one by one (a therapy's name each)")
    ap.add_argument("--warmup", type=int, default=20, help="pages of each kind read first and not counted")
    ap.add_argument("--clients", type=int, default=20, help="concurrent clients in the load test")
    ap.add_argument("--seconds", type=float, default=30, help="length of the load test")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--target-ms", type=float, default=100, help="page p50 target over HTTP")
    ap.add_argument("--store", type=Path, help="keep the synthetic store here and reuse it when it is there (built with --quads)")
    ap.add_argument("--tmp", help="folder for the store and its snapshot (default: the system's)")
    ap.add_argument("--record", action="store_true", help="write the section into bench/RESULTS.md")
    args = ap.parse_args()
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))     # stop kg serve on the way out
    text = bench(args)
    if args.record:
        write_section(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
