"""Portability: every query file gives the same rows on Virtuoso (Debian's virtuoso-opensource) as on Oxigraph.

A session fixture builds a store from fixture articles, exports it as N-Quads (one named graph per document),
starts ``virtuoso-t`` on free loopback ports in a temporary folder with its own ini, bulk-loads the export and
hides Virtuoso's own graphs from SPARQL, so that its default graph (all graphs when a query names none) is the
union of kg's graphs, as in ``kg query --store``. It fails, never skips, when Virtuoso cannot start, and it shuts
Virtuoso down afterwards (``shutdown`` over isql, then a kill).

Rows are compared as N-Triples strings, as multisets (and in order for the ORDER BY keys a query projects), after
these normalisations, each for a documented difference that is not a different answer:

* ``GROUP_CONCAT``: SPARQL leaves the order of the joined values undefined (Oxigraph keeps the order it met them,
  Virtuoso sorts them), so a joined column compares as the sorted list of its pieces; over no values Oxigraph
  leaves the column unbound and Virtuoso gives ``""``: both mean "none".
* ``xsd:boolean``: Virtuoso writes ``"1"``/``"0"``, Oxigraph ``"true"``/``"false"``, lexical forms of the same
  values; both become ``true``/``false``.
* ``xsd:duration``: Virtuoso 7.2 keeps a duration as a number, months for a year-month one (``P1Y`` is ``12``)
  and seconds for a day-time one (``P1D`` is ``86400``), and answers that number (as an ``xsd:duration`` with 6
  significant digits, or as text through ``STR``). Oxigraph's ISO 8601 durations (typed, or as text that is
  exactly a duration) are turned into that number, both rounded to 6 significant digits. A duration mixing months
  and days has no such number and stays unequal: the test would fail, as it should (Virtuoso lost it).
* Order: rows compare in order on the leading ORDER BY keys the query projects (ties leave the rest free), up to
  a key column holding a duration (Virtuoso sorts its numbers, Oxigraph the ISO text) or a string of more than 20
  characters: Virtuoso 7.2 keeps long strings apart from the quads and does not sort them by their text (an
  aggregated one comes after every short one; two source paths that differ after their 40th character came out
  in the wrong order; openlink/virtuoso-opensource issues 81 and 672 report the same above 20 characters).
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.endpoint import Endpoint
from kg.export import export
from kg.pipeline import build
from kg.queries import load_query, query_names, render, run
from kg.rdf import mint
from kg.documents import read_document
from kg.store import KGStore

DATA = Path(__file__).parent.parent / "data"
FIXTURES = ["cl2020-phase2.txt", "mini-trial.md", "rewording-abstract.txt", "rewording-conference.txt",
            "rewording-press.txt"]
SEED_TRIAL = "https://w3id.org/kg-trials/id/trial/jRCT2063200047"
SEED_THERAPY = "https://w3id.org/kg-trials/id/therapy/cl2020"
XSD = "http://www.w3.org/2001/XMLSchema#"
# Virtuoso's own graphs (its quad-map metadata, the LDP vocabulary, the endpoint's service description)
SYSTEM_GRAPHS = ["http://www.openlinksw.com/schemas/virtrdf#", "http://www.w3.org/ns/ldp#",
                 "http://localuriqaserver/sparql"]
PRIVATE = "http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs"
INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
DirsAllowed = ., {data}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}/www
ServerThreads = 4
MaxClientConnections = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def virtuoso_store() -> KGStore:
    store = KGStore()
    report = build([str(DATA / name) for name in FIXTURES], store)
    assert not report.failed, report.to_json()
    return store


def isql(port: int, command: str) -> str:
    tool = shutil.which("isql-vt") or shutil.which("isql")
    done = subprocess.run([tool, f"127.0.0.1:{port}", "dba", "dba", f"exec={command}"],
                          capture_output=True, text=True, timeout=120)
    if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
        raise AssertionError(f"isql {command!r} failed: {(done.stdout + done.stderr)[-600:]}")
    return done.stdout


def sparql_count(url: str, query: str) -> int:
    request = urllib.request.Request(f"{url}?{urllib.parse.urlencode({'query': query})}",
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        bindings = json.load(response)["results"]["bindings"]
    return int(bindings[0]["n"]["value"])


@pytest.fixture(scope="session")
def virtuoso_url(virtuoso_store, tmp_path_factory):
    """The SPARQL endpoint of a Virtuoso holding the fixture graph; fails when Virtuoso cannot start."""
    server = shutil.which("virtuoso-t")
    if server is None or not (shutil.which("isql-vt") or shutil.which("isql")):
        pytest.fail("virtuoso-t or isql-vt not found: apt-get install -y virtuoso-opensource")
    folder = tmp_path_factory.mktemp("virtuoso")
    data = folder / "data"
    data.mkdir()
    (folder / "www").mkdir()
    export(virtuoso_store, data / "graph.nq", "nquads")
    sql, http = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(INI.format(d=folder, data=data, sql=sql, http=http), encoding="utf-8")
    url = f"http://127.0.0.1:{http}/sparql"
    log = open(folder / "stdout.log", "wb")
    proc = subprocess.Popen([server, "+configfile", str(folder / "virtuoso.ini"), "+foreground"], cwd=folder,
                            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        wait_until_up(proc, url, folder)
        isql(sql, f"ld_dir('{data}', '*.nq', 'urn:kg:no-graph'); rdf_loader_run(); checkpoint;")
        hide = "".join(f"DB.DBA.RDF_GRAPH_GROUP_INS('{PRIVATE}', '{g}'); " for g in SYSTEM_GRAPHS)
        isql(sql, f"DB.DBA.RDF_GRAPH_GROUP_CREATE('{PRIVATE}', 1); {hide}"
                  "DB.DBA.RDF_DEFAULT_USER_PERMS_SET('nobody', 0, 1); DB.DBA.RDF_DEFAULT_USER_PERMS_SET('nobody', 1, 0);")
        loaded = sparql_count(url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert loaded == len(virtuoso_store), f"Virtuoso shows {loaded} quads, the store has {len(virtuoso_store)}"
        yield url
    finally:
        try:
            if proc.poll() is None:
                isql(sql, "shutdown;")
        except (AssertionError, subprocess.TimeoutExpired):
            pass                    # "shutdown" drops the connection: isql may report it; the kill below stays
        finally:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=30)
            log.close()


def wait_until_up(proc: subprocess.Popen, url: str, folder: Path, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"virtuoso-t exited with {proc.returncode}: {tail(folder)}")
        try:
            with urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"virtuoso-t did not answer on {url} within {seconds} s: {tail(folder)}")


def tail(folder: Path) -> str:
    texts = [p.read_text(errors="replace") for p in (folder / "stdout.log", folder / "virtuoso.log") if p.exists()]
    return " | ".join(" / ".join(t.strip().splitlines()[-5:]) for t in texts)


# -- parameters: a value from the fixture for each parameter a query file declares -----------------------------

def fixture_params(name: str, store: KGStore) -> dict:
    """A value from the fixture graph for every parameter of a query file, by the parameter's name and kind."""
    seed_graph = mint.document_iri(read_document(DATA / "cl2020-phase2.txt").id)
    by_name = {"graph": seed_graph, "document": seed_graph, "class": "kg:Trial", "predicate": "kg:phase",
               "text": "sclerosis", "target": SEED_THERAPY}
    by_kind = {("trial", "literal"): "jRCT2063200047", ("therapy", "literal"): "CL2020",
               ("therapy", "iri"): SEED_THERAPY}
    out = {}
    for p in load_query(name).parameters:
        out[p.name] = by_kind.get((p.name, p.kind), by_name.get(p.name, SEED_TRIAL if p.kind == "iri" else "CL2020"))
    return out


def variants(name: str, store: KGStore) -> list[dict]:
    """Every parameter given, each one left out, and none (a parameter left out means "all")."""
    given = fixture_params(name, store)
    out = [given] + [{k: v for k, v in given.items() if k != left_out} for left_out in given]
    return out + [{}] if len(given) > 1 else out


# -- normalisation (see the module docstring) ------------------------------------------------------------------

DURATION = re.compile(r"-?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?")


def duration_number(text: str) -> float | None:
    """Virtuoso's number for an ISO 8601 duration: months, or seconds; None for a mixed or malformed one.

    >>> duration_number("P1Y3M"), duration_number("P1D"), duration_number("P1M2D"), duration_number("12")
    (15.0, 86400.0, None, None)
    """
    m = DURATION.fullmatch(text)
    if not m or text in ("P", "-P") or text.endswith("T"):
        return None
    y, mo, w, d, h, mi, s = (float(g) if g else 0.0 for g in m.groups())
    months, seconds = 12 * y + mo, (7 * w + d) * 86400 + h * 3600 + mi * 60 + s
    if months and seconds:
        return None
    return (months or seconds) * (-1 if text.startswith("-") else 1)


def six_digits(x: float) -> str:
    """A number rounded to 6 significant digits, written as an integer when it is one.

    >>> six_digits(14515200.0), six_digits(1.45152e+07), six_digits(86400.0), six_digits(0.5)
    ('14515200', '14515200', '86400', '0.5')
    """
    rounded = float(f"{x:.6g}")
    return str(int(rounded)) if rounded.is_integer() else repr(rounded)


def cell(term, joined: str | None) -> str:
    """One value as a comparable string (``joined``: the GROUP_CONCAT separator when the column is one)."""
    if joined is not None:
        text = "" if term is None else term.value
        return "GROUP_CONCAT:" + repr(sorted(text.split(joined)) if text else [])
    if term is None:
        return "UNBOUND"
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        if datatype == XSD + "boolean":
            return f'"{str(term.value in ("true", "1")).lower()}"^^<{datatype}>'
        if datatype == XSD + "duration":
            number = duration_number(term.value)
            if number is None:
                try:
                    number = float(term.value)
                except ValueError:
                    return str(term)
            return f'"{six_digits(number)}"^^<{datatype}>'
        if datatype == XSD + "string" and duration_number(term.value) is not None:
            return f'"{six_digits(duration_number(term.value))}"'          # a duration as text (STR)
    return str(term)


def joined_columns(text: str) -> dict[str, str]:
    """{column: separator} for the columns a query makes with GROUP_CONCAT."""
    found = re.finditer(r'GROUP_CONCAT\s*\((?:[^;()]|\([^()]*\))*(?:;\s*separator\s*=\s*"((?:[^"\\]|\\.)*)")?\s*\)'
                        r"\s*AS\s+\?(\w+)", text, re.I)
    return {m.group(2): (m.group(1) if m.group(1) is not None else " ") for m in found}


def order_keys(text: str, columns: list[str]) -> list[str]:
    """The leading ORDER BY keys of the outer query that are result columns (ties leave the rest unordered)."""
    clause = re.search(r"ORDER\s+BY\s+((?:(?:ASC|DESC)\s*\(\s*\?\w+\s*\)|\?\w+|\s)+)\s*(?:LIMIT|OFFSET|$)", text.strip(),
                       re.I)
    keys = []
    for m in re.finditer(r"\?(\w+)", clause.group(1) if clause else ""):
        if m.group(1) not in columns:
            break
        keys.append(m.group(1))
    return keys


LONG = 20


def ordered_keys(query, rows: list[dict]) -> list[int]:
    """Indexes of the ORDER BY key columns whose order both engines must agree on (see the module docstring)."""
    out = []
    for key in order_keys(query.text, query.columns):
        values = [r.get(key) for r in rows]
        if any(is_duration(v) or is_long_string(v) for v in values):
            break
        out.append(query.columns.index(key))
    return out


def is_long_string(term) -> bool:
    return isinstance(term, ox.Literal) and term.datatype.value == XSD + "string" and len(term.value) > LONG


def is_duration(term) -> bool:
    return isinstance(term, ox.Literal) and (term.datatype.value == XSD + "duration" or (
        term.datatype.value == XSD + "string" and duration_number(term.value) is not None))


def normalised(rows: list[dict], columns: list[str], joined: dict[str, str]) -> list[tuple]:
    return [tuple(cell(r.get(c), joined.get(c)) for c in columns) for r in rows]


# -- the tests -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", query_names())
def test_every_query_gives_the_same_rows_on_virtuoso(name, virtuoso_store, virtuoso_url):
    query = load_query(name)
    columns, joined = query.columns, joined_columns(query.text)
    endpoint = Endpoint(virtuoso_url, timeout=60)
    for params in variants(name, virtuoso_store):
        rows = run(virtuoso_store, name, params)
        keys, oxigraph = ordered_keys(query, rows), normalised(rows, columns, joined)
        virtuoso = normalised(endpoint.select(name, params), columns, joined)
        only_ox, only_vi = Counter(oxigraph) - Counter(virtuoso), Counter(virtuoso) - Counter(oxigraph)
        assert not only_ox and not only_vi, (f"{name} {params}: only on Oxigraph {list(only_ox)[:3]}, "
                                             f"only on Virtuoso {list(only_vi)[:3]}")
        assert [tuple(r[i] for i in keys) for r in oxigraph] == [tuple(r[i] for i in keys) for r in virtuoso], \
            f"{name} {params}: rows in another order (ORDER BY {', '.join(columns[i] for i in keys)})"


def test_the_fixture_graph_gives_rows(virtuoso_store, virtuoso_url):
    """The comparison is not of empty answers: the queries that take an entity find the seed trial's facts."""
    endpoint = Endpoint(virtuoso_url)
    for name in ("trial-card", "evidence", "facts-entities", "therapy-card", "find-nodes", "outcomes"):
        assert endpoint.select(name, fixture_params(name, virtuoso_store)), name


def test_kg_query_on_an_endpoint(virtuoso_store, virtuoso_url, capsys):
    params = fixture_params("find-nodes", virtuoso_store)
    assert main(["query", "find-nodes", "--endpoint", virtuoso_url, "--param", f"text={params['text']}",
                 "--format", "json"]) == 0
    got = json.loads(capsys.readouterr().out)
    expected = json.loads(render(run(virtuoso_store, "find-nodes", params), "json"))
    assert got and sorted(got, key=str) == sorted(expected, key=str)


def test_kg_query_refuses_service_on_an_endpoint(virtuoso_url, tmp_path, capsys):
    query = tmp_path / "remote.rq"
    query.write_text("# purpose: a federated call\n# parameters: none\n# columns: s\n"
                     "SELECT ?s WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }\n", encoding="utf-8")
    assert main(["query", str(query), "--endpoint", virtuoso_url]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "SERVICE" in err and "--allow-service" in err


def test_kg_query_takes_a_store_or_an_endpoint_not_both(tmp_path, capsys):
    assert main(["query", "trial-card", "--store", str(tmp_path / "s"), "--endpoint", "http://127.0.0.1:9/q"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "kg: error: kg query: give either --store or --endpoint, not both"


def test_an_endpoint_that_is_down_is_one_line(capsys):
    port = free_port()
    assert main(["query", "stats-classes", "--endpoint", f"http://127.0.0.1:{port}/sparql", "--timeout", "5"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "cannot reach the endpoint" in err
