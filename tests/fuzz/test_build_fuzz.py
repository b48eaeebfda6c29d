"""The whole build on fuzzed batches: every input built or one clear line, earlier documents kept, valid RDF out.

A good document is built first into each store, then a batch of fuzzed files (of
every format kg reads, sometimes with a missing path, sometimes given as their
folder with files kg does not read beside them). The expensive checks (exports
read back by pyoxigraph, rdflib and rapper; SHACL) run once per batch.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

import mutators
from kg.pipeline import build
from kg.rdf import mint
from kg.store import KGStore
from oracles import LEAK, Finding, build_findings, graph_quads, kept_findings, literal_findings, store_findings
from strategies import cases, ctgov_values, fuzz_settings, number_cases, text_cases, unicode_cases

GOOD = mutators.DATA / "mini-trial.md"
BATCH = st.lists(st.one_of(cases(), cases(), text_cases()), min_size=1, max_size=4)
ROOT = Path(__file__).resolve().parents[2]


def store_with_good(extractors, path: Path | None = None) -> tuple[KGStore, dict]:
    """A store holding the good document, and its graph's quads."""
    store = KGStore(path)
    report = build([str(GOOD)], store, extractors=extractors)
    assert not report.failed, report.to_json()
    graph = ox.NamedNode(mint.document_iri(report.documents[0].document_id))
    return store, {graph: graph_quads(store, graph)}


def write_batch(batch, folder: Path) -> list[Path]:
    return [mutators.write_case(case, folder, i) for i, case in enumerate(batch)]


def describe(batch, findings: list[Finding], extra: list[Path] = ()) -> str:
    return "\n".join(["findings:"] + [f"  {f}" for f in findings] + ["inputs:"]
                     + [f"  {i}: {c.describe()}" for i, c in enumerate(batch)] + [f"  and {p}" for p in extra])


def build_batch(batch, extractors, folder: Path, store, extra: list[Path] = ()) -> tuple[object, list[Finding]]:
    paths = write_batch(batch, folder)
    report, found = build_findings(build, paths + list(extra), store, list(batch) + [None] * len(extra),
                                   extractors=extractors)
    return report, found


@fuzz_settings(60)
@given(batch=BATCH, missing=st.booleans())
def test_every_input_is_built_or_one_line_error_and_earlier_documents_stay(extractors, batch, missing):
    store, before = store_with_good(extractors)
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as folder:
        extra = [Path(folder) / "nosuch.txt"] if missing else []
        _, found = build_batch(batch, extractors, Path(folder), store, extra)
    found += kept_findings(store, before)
    assert not found, describe(batch, found, extra)


@fuzz_settings(8)
@given(batch=BATCH, odd=st.sampled_from([".pdf", "", ".docx", ".json.gz", ".TXT"]))
def test_a_folder_of_inputs_reports_every_file_it_holds(extractors, batch, odd):
    """Given as a folder, each fuzzed file and a file of another type are each reported: built, an error or skipped."""
    store, before = store_with_good(extractors)
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as folder:
        paths = write_batch(batch, Path(folder))
        other = Path(folder) / f"notes{odd}"
        other.write_bytes(b"%PDF-1.4 binary \x00\x01" if odd in (".pdf", ".docx") else b"Notes on 10 mg daily.\n")
        report = build([folder], store, extractors=extractors)
    found, listed = [], [d.source for d in report.documents] + [s.source for s in getattr(report, "skipped", [])]
    for path in paths + [other]:
        if not any(source.startswith(str(path)) for source in listed):
            found.append(Finding("unreported", str(path), "a file in the folder has no line in the build report"))
    found += kept_findings(store, before)
    assert not found, describe(batch, found)


@fuzz_settings(60)
@given(batch=st.lists(st.one_of(cases(), number_cases(), unicode_cases()), min_size=1, max_size=4))
def test_stored_literals_are_valid_for_their_datatype(extractors, batch):
    store, _ = store_with_good(extractors)
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as folder:
        build_batch(batch, extractors, Path(folder), store)
    found = [f for f in literal_findings(store) if f.kind == "literal"]
    assert not found, describe(batch, found)


@fuzz_settings(40)
@given(batch=st.lists(number_cases(), min_size=1, max_size=3))
def test_no_number_longer_than_any_real_quantity_is_stored_as_a_number(extractors, batch):
    store, _ = store_with_good(extractors)
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as folder:
        build_batch(batch, extractors, Path(folder), store)
    found = [f for f in literal_findings(store) if f.kind == "implausible"]
    assert not found, describe(batch, found)


@fuzz_settings(16)
@given(batch=st.lists(st.one_of(cases(), text_cases(), number_cases(), unicode_cases()), min_size=3, max_size=6))
def test_exports_parse_with_pyoxigraph_rdflib_and_rapper_and_conform(extractors, batch):
    store, _ = store_with_good(extractors)
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as folder:
        build_batch(batch, extractors, Path(folder), store)
        found = store_findings(store, Path(folder))
    assert not found, describe(batch, found)


@fuzz_settings(80)
@given(ctgov_values(), st.sampled_from(["list", "studies", "jsonl"]))
def test_a_ctgov_record_of_wrong_types_fails_alone(extractors, changed, shape):
    """Record 2 of 3 gets any JSON value at a field kg reads: records 1 and 3 are built, record 2 built or one line."""
    records, k, field, value = changed
    if shape == "jsonl":
        text, suffix = "\n".join(json.dumps(r) for r in records) + "\n", ".jsonl"
    else:
        text, suffix = json.dumps(records if shape == "list" else {"studies": records}), ".json"
    case = mutators.Case("ctgov", suffix, text.encode("utf-8"), (f"record 2: {'/'.join(field)} := {value!r:.80}",), 3, 2)
    store, before = store_with_good(extractors)
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as folder:
        path = mutators.write_case(case, Path(folder), 0)
        report, found = build_findings(build, [path], store, [case], extractors=extractors)
    found += kept_findings(store, before)
    if report is not None:
        built = {d.name for d in report.documents if d.status == "ok"}
        for i in (0, 2):
            nct = records[i]["protocolSection"]["identificationModule"]["nctId"]
            if nct not in built:
                found.append(Finding("lost-record", str(path), f"record {i + 1} ({nct}) not built"))
        found += one_character_labels(store, records[k], field)
    assert not found, describe([case], found)


def one_character_labels(store, record: dict, field: tuple) -> list[Finding]:
    """A string read as a list gives one entity per character: labels one character long that the record never had."""
    words = set(re.findall(r"\w+", json.dumps(record)))
    found = []
    for quad in store.quads():
        if quad.predicate.value.endswith("#label") and isinstance(quad.object, ox.Literal):
            label = quad.object.value.strip()
            if len(label) == 1 and label not in words:
                found.append(Finding("one-character", "/".join(field), f"entity labelled {label!r}: {quad.subject}"))
    return found[:5]


ACCEPTED = {"plain": lambda b: b, "gzip": lambda b: __import__("gzip").compress(b, mtime=0),
            "utf-8 BOM": lambda b: b"\xef\xbb\xbf" + b, "CRLF": lambda b: b.replace(b"\n", b"\r\n")}
FIXTURES = {"text": "cl2020-phase2.txt", "markdown": "mini-trial.md", "html": "als-news-cl2020.html",
            "pubmed": "medline-sample.xml", "ctgov": "ctgov-3.json", "jsonl": "ctgov-1.jsonl"}


@pytest.mark.parametrize("encoding", sorted(ACCEPTED))
@pytest.mark.parametrize("fixture", sorted(FIXTURES))
def test_every_fixture_builds_in_every_form_kg_accepts(extractors, tmp_path, fixture, encoding):
    """The control: unmutated fixtures, gzipped (README: inputs may be gzipped), with a BOM or CRLF, all build."""
    name = FIXTURES[fixture]
    if encoding == "gzip" and fixture == "html":
        pytest.skip("web pages are read as saved, not compressed")
    path = tmp_path / (name + (".gz" if encoding == "gzip" else ""))
    path.write_bytes(ACCEPTED[encoding]((mutators.DATA / name).read_bytes()))
    report = build([str(path)], KGStore(), extractors=extractors)
    assert report.documents and not report.failed, report.to_json()


def run_kg(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONWARNINGS="ignore", COLUMNS="200")
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, errors="replace",
                          timeout=900, cwd=ROOT, env=env)


def cli_findings(what: str, out: subprocess.CompletedProcess) -> list[Finding]:
    """Exit 0 or 1, no traceback, every stderr line a ``kg:`` line, printed once, leaking no exception name."""
    found = []
    if out.returncode not in (0, 1):
        found.append(Finding("cli", what, f"exit {out.returncode}"))
    lines = [ln for ln in out.stderr.splitlines() if ln.strip()]
    for line in lines:
        if not line.startswith("kg: "):
            found.append(Finding("cli", what, f"a stderr line that is not a kg message: {line[:200]!r}"))
            break
    leaks = [ln for ln in lines if LEAK.search(ln)]
    if leaks:
        found.append(Finding("cli", what, f"{len(leaks)} stderr lines leak an exception name, e.g. {leaks[0][:200]!r}"))
    errors = [re.sub(r"^kg: (?:ERROR|error): ", "", ln) for ln in lines if re.match(r"kg: (?:ERROR|error): ", ln)]
    twice = sorted({e for e in errors if errors.count(e) > 1})
    if twice:
        found.append(Finding("cli", what, f"{len(twice)} errors printed more than once, e.g. {twice[0][:200]!r}"))
    return found


@fuzz_settings(4)
@given(batch=st.lists(st.one_of(cases(), text_cases()), min_size=2, max_size=5))
def test_the_cli_builds_exports_validates_without_traceback(batch):
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as folder:
        paths = write_batch(batch, Path(folder))
        store = str(Path(folder) / "store")
        found = cli_findings("build", run_kg("build", *map(str, paths), "--store", store, "--no-progress"))
        found += cli_findings("export", run_kg("export", "--store", store, "-o", str(Path(folder) / "out.ttl")))
        found += cli_findings("validate", run_kg("validate", "--store", store))
        found += cli_findings("stats", run_kg("stats", "--store", store))
    assert not found, describe(batch, found)


NAME_PART = st.text(st.characters(codec="utf-8", exclude_characters="/\x00"), max_size=12)
ODD_NAMES = st.tuples(NAME_PART, st.sampled_from(["\n", "\r\n", "\t", "\u202e", "\x1b[31m", "\u2028", "\x85", " ", "\u200d"]),
                      NAME_PART).map("".join)


@fuzz_settings(30)
@given(name=ODD_NAMES, suffix=st.sampled_from([".txt", ".json", ".xml", ".html"]))
def test_a_file_of_any_name_gets_one_line(extractors, name, suffix):
    """Odd file names (line breaks, RTL marks, controls) still give one line per error, naming the file."""
    store = KGStore()
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as folder:
        path = Path(folder) / f"fuzz-{name}{suffix}"
        try:
            path.write_bytes(b"\x00\x01 not text")
        except OSError:                                      # a name the file system refuses
            return
        report = build([str(path)], store, extractors=extractors)
    errors = [d.error or "" for d in report.documents if d.status == "error"]
    assert errors, report.to_json()
    for error in errors:
        assert "\n" not in error and "\r" not in error, repr(error)
        assert "fuzz-" in error, repr(error)


@fuzz_settings(4)
@given(batch=st.lists(st.one_of(cases(), text_cases()), min_size=2, max_size=6))
def test_two_workers_build_the_same_graph_as_one(extractors, batch):
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as folder:
        paths = [str(p) for p in write_batch(batch, Path(folder))]
        serial, pooled = KGStore(), KGStore()
        one = build(paths, serial, extractors=extractors)
        two = build(paths, pooled, extractors=extractors, workers=2)
    assert [(d.source, d.status, d.error) for d in one.documents] == [(d.source, d.status, d.error) for d in two.documents]
    assert set(serial.quads()) == set(pooled.quads()), describe(batch, [])
