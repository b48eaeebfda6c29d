"""Exports of documents built from adversarial text parse with pyoxigraph, rdflib and rapper, and conform to SHACL.

Derandomised (the same examples every run) and kept to a few tens of seconds: the broad fuzzing of every reader
is tests/fuzz; this targets the RDF boundary (literals, IRIs minted from text, the three writers).
"""

import json
import shutil
import subprocess

import pyoxigraph as ox
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.export import export
from kg.pipeline import build
from kg.rdf.values import clean_text
from kg.store import KGStore
from kg.validate import validate_store

RAPPER = shutil.which("rapper")
FORMATS = {"turtle": ("turtle", "turtle"), "trig": ("trig", "trig"), "nquads": ("nquads", "nquads")}  # rapper, rdflib
ODD = ["\ufffe", "\uffff", "\ufdd0", "\U0001fffe", "\U0010ffff", "\x00", "\x01", "\x0b", "\x1f", "\x7f", "\x85", "\x9f",
       "\u200f", "\u202e", "\u2066", "\ufeff", "\u2028", "\U0001F600", "\U0001F1EB\U0001F1F7", "\r", "\t", '"', "\\",
       "<!--", "</script>", "'", ".", "%", "\u0301", "\ud800", "\udfff"]
WORDS = ["A phase 2 trial (NCT01234567) of drugx", "enrolled 48 patients with amyotrophic lateral sclerosis",
         "April 34, 2023", "on 2023-04-34", "for 1" + "0" * 29 + " months", "over " + "9" * 400 + " weeks",
         "aged 18 to 1" + "0" * 40 + " years", "p = 0.000000000000000000000001", "riluzole 50 mg twice daily for 1.5 months",
         "NCT0123456.", "x" * 1000, "1,000," * 8, "((((", "Phase 3", "edaravone", "placebo"]
piece = st.one_of(st.sampled_from(ODD), st.sampled_from(WORDS),
                  st.text(st.characters(codec=None, exclude_categories=()), max_size=12))
texts = st.lists(piece, min_size=1, max_size=30).map(" ".join)


def utf8(text: str) -> str:
    """What a UTF-8 text file can hold: a lone surrogate reaches kg only through JSON escapes, NUL marks a binary file."""
    return text.encode("utf-8", "replace").decode("utf-8").replace("\x00", " ")


def ctgov_record(title: str, condition: str, drug: str) -> dict:
    return {"protocolSection": {
        "identificationModule": {"nctId": "NCT01234567", "briefTitle": title, "officialTitle": title},
        "conditionsModule": {"conditions": [condition], "keywords": [drug]},
        "descriptionModule": {"briefSummary": f"{title} {condition}"},
        "armsInterventionsModule": {"interventions": [{"type": "DRUG", "name": drug, "description": title}]},
        "designModule": {"phases": ["PHASE2"], "enrollmentInfo": {"count": 48}}}}


def check_exports(store: KGStore, folder) -> None:
    for fmt, (rapper_name, rdflib_name) in FORMATS.items():
        path = folder / f"out.{fmt}"
        n = export(store, path, fmt)
        data = path.read_bytes().decode("utf-8")
        assert clean_text(data) == data, f"{fmt}: a character RDF syntaxes reject"
        assert sum(1 for _ in ox.parse(path=str(path), format=ox.RdfFormat.from_extension(
            {"turtle": "ttl", "trig": "trig", "nquads": "nq"}[fmt]))) == n
        parsed = (rdflib.Dataset() if fmt != "turtle" else rdflib.Graph()).parse(str(path), format=rdflib_name)
        assert len(parsed) == n or fmt != "turtle", f"rdflib read {len(parsed)} of {n} triples"
        run = subprocess.run([RAPPER, "-i", rapper_name, "-c", str(path)], capture_output=True, text=True, timeout=60)
        assert run.returncode == 0, f"rapper rejects the {fmt} export: {run.stderr[-400:]}"


@settings(max_examples=12, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])
@given(text=texts, title=texts, condition=texts, drug=texts)
def test_exports_of_adversarial_documents_parse_everywhere_and_conform(tmp_path_factory, text, title, condition, drug):
    assert RAPPER, "rapper is not installed (apt-get install raptor2-utils; .ci/run installs it)"
    folder = tmp_path_factory.mktemp("roundtrip")
    (folder / "doc.txt").write_text(utf8(f"{title}\n\n{text}\n"), encoding="utf-8")
    (folder / "rec.json").write_text(json.dumps(ctgov_record(title, condition, drug), ensure_ascii=True), encoding="utf-8")
    store = KGStore()
    report = build([str(folder / "doc.txt"), str(folder / "rec.json")], store)
    assert not report.failed, report.to_json()
    check_exports(store, folder)
    validation = validate_store(store)
    assert validation.conforms, validation.text[:2000]
