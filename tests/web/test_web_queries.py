"""The web pages' query files (``page-*.rq``): the rows each gives on the fixture graph, and the same rows whether
its parameters are bound by a VALUES block (what a SPARQL server gets) or by Oxigraph's substitutions."""

from __future__ import annotations

import pytest

from kg.queries import bind, bind_values, load_query, query_names, run
from kg.rdf import mint
from kg.documents import read_document
from tests.conftest import DATA

ID = "https://w3id.org/kg-trials/id/"
SEED_TRIAL, MINI_TRIAL = ID + "trial/jRCT2063200047", ID + "trial/NCT01234567"
SEED_DOC = mint.document_iri(read_document(DATA / "cl2020-phase2.txt").id)

PARAMS = {
    "page-search": {"text": "sclerosis"},
    "page-node": {"node": ID + "therapy/cl2020"},
    "page-facts": {"node": SEED_TRIAL},
    "page-incoming": {"node": ID + "disease/DOID_2377"},
    "page-trial-outcomes": {"trial": SEED_TRIAL},
    "page-trial-adverse-events": {"trial": SEED_TRIAL},
    "page-trial-arms": {"trial": SEED_TRIAL},
    "page-trial-biomarkers": {"trial": MINI_TRIAL},
    "page-therapy-status": {"therapy": ID + "therapy/cl2020"},
    "page-therapy-trials": {"therapy": ID + "therapy/xy-123"},
    "page-evidence": {"subject": SEED_TRIAL, "predicate": "kg:enrollment"},
    "page-document": {"document": SEED_DOC},
    "page-document-spans": {"document": SEED_DOC},
    "page-shared": {},
}

EXPECTED = {  # query -> (columns, rows that must be among the results)
    "page-search": (("label", "class"), {("amyotrophic lateral sclerosis", "Disease"), ("multiple sclerosis", "Disease")}),
    "page-node": (("label", "class"), {("CL2020", "Therapy")}),
    "page-facts": (("property", "value", "targetClass"), {("phase", "2", None), ("intervention", "CL2020", "Therapy"),
                                                          ("condition", "amyotrophic lateral sclerosis", "Disease")}),
    "page-incoming": (("property", "label", "class"), {("condition", "NCT01234567", "Trial"), ("investigatedFor", "XY-123", "Therapy")}),
    "page-trial-outcomes": (("measure", "role", "baseline", "value", "significant"), {("ALSFRS-R", "secondary", "40.6", "37.6", "false")}),
    "page-trial-adverse-events": (("term", "count"), {("Headache", "4"), ("Fatigue", "3")}),
    "page-trial-arms": (("trial", "arm"), {(SEED_TRIAL, None)}),                # no arms: one row, no arm
    "page-trial-biomarkers": (("biomarker", "direction"), {("interleukin 6", "decreased")}),
    "page-therapy-status": (("value", "date", "byLabel"), {("discontinued", "2023-02", "Mitsubishi Chemical")}),
    "page-therapy-trials": (("label", "role", "phase", "conditions"), {("NCT01234567", "intervention", "2", "multiple sclerosis")}),
    "page-evidence": (("value", "extractor", "source"), {("5", "population", str(DATA / "cl2020-phase2.txt"))}),
    # (the headline's "CL2020" is a code name, no date: the document gives none of its own)
    "page-document": (("fileName", "date"), {("cl2020-phase2", None)}),
    "page-document-spans": (("subjectLabel", "value"), {("jRCT2063200047", "5"), ("CL2020", "Life Science Institute")}),
    "page-shared": (("label", "documents"), {("Headache", "2"), ("interleukin 6", "2"), ("multiple sclerosis", "2")}),
}


def page_names():
    return [n for n in query_names() if n.startswith("page-")]


def plain(rows, *columns):
    return {tuple(r[c].value if r[c] is not None else None for c in columns) for r in rows}


def test_every_page_query_has_an_expectation():
    assert set(page_names()) == set(EXPECTED) == set(PARAMS)


@pytest.mark.parametrize("name", page_names())
def test_page_query_rows(name, built_store):
    rows = run(built_store, name, PARAMS[name])
    columns, expected = EXPECTED[name]
    assert rows, f"{name} returned nothing"
    assert set(rows[0]) >= set(load_query(name).columns)
    got = plain(rows, *columns)
    assert expected <= got, expected - got


@pytest.mark.parametrize("name", page_names())
def test_page_query_binds_alike_by_values_and_substitutions(name, built_store):
    query = load_query(name)
    params = PARAMS[name]
    assert {p.name for p in query.parameters if "optional" not in p.meaning} <= set(params)
    by_values = built_store.ox.query(bind_values(query, params), use_default_graph_as_union=True)
    by_substitution = built_store.ox.query(query.text, substitutions=bind(query, params), use_default_graph_as_union=True)
    rows = lambda results: sorted(tuple(str(row[v]) if row[v] is not None else "" for v in results.variables) for row in results)
    assert rows(by_values) == rows(by_substitution)


def test_page_shared_counts_like_shared_entities(built_store):
    """page-shared counts documents from the statements, shared-entities from every triple: the same entities."""
    counts = lambda name: plain(run(built_store, name), "entity", "documents")
    assert counts("page-shared") == counts("shared-entities")
