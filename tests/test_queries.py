"""Every query file: a header, parameters bound (never pasted), and the rows it should give on the fixture graph."""

from pathlib import Path

import pytest

from kg.documents import read_document

from kg.errors import QueryError
from kg.queries import bind, bind_values, load_query, query_names, render, run
from kg.rdf import mint
from kg.rdf.namespace import KG

SEED_TRIAL = "https://w3id.org/kg-trials/id/trial/jRCT2063200047"
SEED_GRAPH = mint.document_iri(read_document(Path(__file__).parent / "data" / "cl2020-phase2.txt").id)


def seed_graph(store):
    return next(r["graph"] for r in run(store, "facts-documents") if r["fileName"].value == "cl2020-phase2")


def params_for(name, store):
    graph = seed_graph(store)
    return {"facts-entities": {"graph": graph, "class": KG.Trial}, "facts-items": {"graph": graph},
            "facts-organizations": {"graph": graph}, "trial-card": {"trial": "jRCT2063200047"},
            "therapy-card": {"therapy": "CL2020"},
            "evidence": {"subject": SEED_TRIAL, "predicate": "kg:phase"}, "document-built": {"graph": graph},
            "view-node-evidence": {"node": SEED_TRIAL}, "find-nodes": {"text": "SCLEROSIS"}}.get(name, {})


OPTIONAL_PARAMS = {  # parameters the callers leave out or give (kg views): both must work
    "view-attributes": {"node": SEED_TRIAL}, "view-nodes": {"node": SEED_TRIAL},
    "view-full": {"source": SEED_TRIAL, "target": "https://w3id.org/kg-trials/id/therapy/cl2020"},
    "view-landscape": {"source": SEED_TRIAL, "target": "https://w3id.org/kg-trials/id/therapy/cl2020"},
    "view-mechanism": {"source": SEED_TRIAL, "target": "https://w3id.org/kg-trials/id/therapy/cl2020"},
}


def header_params(name, store):
    """A fixture value for every parameter a query file declares, by its name and kind (for files not listed above)."""
    by_name = {"graph": seed_graph(store), "document": seed_graph(store), "class": KG.Trial, "predicate": "kg:phase",
               "text": "sclerosis", "therapy": "https://w3id.org/kg-trials/id/therapy/cl2020"}
    literal = {"trial": "jRCT2063200047", "therapy": "CL2020"}
    return {p.name: literal.get(p.name, "CL2020") if p.kind == "literal" else by_name.get(p.name, SEED_TRIAL)
            for p in load_query(name).parameters}


def param_variants(name, store):
    """Every parameter given, then each one left out (a parameter left out means "all")."""
    given = {**header_params(name, store), **params_for(name, store), **OPTIONAL_PARAMS.get(name, {})}
    yield given
    for left_out in given:
        yield {k: v for k, v in given.items() if k != left_out}


def plain(rows, *columns):
    return {tuple(r[c].value if r[c] is not None else None for c in columns) for r in rows}


EXPECTED = {  # query -> (columns, rows that must be among the results)
    "export-union": (("predicate", "object"), {(str(KG.registryId), "jRCT2063200047")}),
    "facts-documents": (("fileName",), {("cl2020-phase2",), ("mini-trial",)}),
    "facts-entities": (("property", "value"), {(str(KG.phase), "2"), (str(KG.registryId), "jRCT2063200047")}),
    "facts-items": (("property", "value"), {(str(KG.adverseEventCount), "4"), (str(KG.specimen), "cerebrospinal fluid")}),
    "facts-organizations": (("label", "parentLabel"), {("Life Science Institute", "Mitsubishi Chemical")}),
    "therapies-trials": (("therapy", "trial", "phase"), {("CL2020", "jRCT2063200047", "2"), ("XY-123", "NCT01234567", "2")}),
    "trial-card": (("property", "value"), {("enrollment", "5"), ("route", "intravenous"), ("design", "open-label")}),
    "therapy-card": (("direction", "property", "value"), {("in", "intervention", "jRCT2063200047"),
                                                          ("out", "developedBy", "Life Science Institute"),
                                                          ("out", "cellType", "Muse cell")}),
    "outcomes": (("trial", "measure", "baseline", "value"), {("jRCT2063200047", "ALSFRS-R", "40.6", "37.6")}),
    "adverse-events": (("trial", "term", "count"), {("jRCT2063200047", "Headache", "4"), ("NCT01234567", "Headache", "3")}),
    "biomarkers": (("trial", "biomarker", "direction"), {("jRCT2063200047", "interleukin 6", "increased"),
                                                        ("NCT01234567", "interleukin 6", "decreased")}),
    "related-drugs": (("drug", "relation", "object"), {("Fingolimod", "approvedFor", "multiple sclerosis")}),
    "evidence": (("extractor", "start"), {("trial_design", None)}),
    "shared-entities": (("label", "documents"), {("Headache", "2"), ("interleukin 6", "2")}),
    "stats-classes": (("class",), {("Trial",), ("Statement",), ("Evidence",)}),
    "view-landscape": (("source", "predicate", "target"), {(SEED_TRIAL, str(KG.intervention), "https://w3id.org/kg-trials/id/therapy/cl2020")}),
    "view-mechanism": (("predicate", "document"), {(str(KG.biomarker), SEED_GRAPH), (str(KG.target), SEED_GRAPH)}),
    "view-evidence": (("source", "document"), {(SEED_TRIAL, SEED_GRAPH)}),
    "view-full": (("source", "predicate"), {(SEED_TRIAL, str(KG.hasOutcome))}),
    "view-evidence-nodes": (("label", "class"), {("cl2020-phase2", "Document"), ("mini-trial", "Document")}),
    "find-nodes": (("label",), {("amyotrophic lateral sclerosis",), ("multiple sclerosis",)}),
    "view-nodes": (("node", "class"), {(SEED_TRIAL, "Trial"), ("https://w3id.org/kg-trials/id/therapy/cl2020", "Therapy")}),
    "view-attributes": (("node", "attribute", "value"), {(SEED_TRIAL, "phase", "2")}),
    "document-built": (("graph",), {(SEED_GRAPH,)}),
    "view-node-evidence": (("node",), {(SEED_TRIAL,)}),
}


def own_names():
    """The query files this module checks; the web pages' ``page-*.rq`` are checked by the web app's tests."""
    return [n for n in query_names() if not n.startswith("page-")]


def test_every_query_file_has_an_expectation():
    assert set(own_names()) == set(EXPECTED)


@pytest.mark.parametrize("name", query_names())
def test_query_header(name):
    q = load_query(name)
    assert q.purpose and q.columns
    for p in q.parameters:
        assert f"?{p.name}" in q.text and p.kind in ("iri", "literal")


@pytest.mark.parametrize("name", own_names())
def test_query_rows(name, built_store):
    rows = run(built_store, name, params_for(name, built_store))
    columns, expected = EXPECTED[name]
    assert rows, f"{name} returned nothing"
    assert set(rows[0]) >= set(load_query(name).columns)
    got = plain(rows, *columns)
    if name == "evidence":
        got = {(e, None) for e, _ in got}
    assert expected <= got, expected - got


def test_parameters_are_bound_not_pasted(built_store):
    hostile = 'x" } UNION { ?s ?p ?o } #'
    assert run(built_store, "trial-card", {"trial": hostile}) == []


def test_unknown_parameter_and_query():
    with pytest.raises(QueryError, match="unknown parameter"):
        run(None, "trial-card", {"nope": "1"})
    with pytest.raises(QueryError, match="no such query"):
        load_query("not-a-query")


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_render(fmt, built_store):
    out = render(run(built_store, "outcomes"), fmt)
    assert "ALSFRS-R" in out


def test_adverse_events_of_a_trial_without_terms_list_no_term():
    """A trial with a serious-event count but no named events gets one row, not every label in the graph."""
    from kg.model import Document, Entity, Evidence, Fact, Value
    from kg.rdf.convert import document_quads
    from kg.store import KGStore

    doc = Document(text="Two serious events occurred in the trial of drug A.", source="ae.txt", name="ae")
    trial, evidence = Entity("Trial", "NCT00000001", local="NCT00000001"), Evidence(doc.id, doc.text, 0, 51, "test", "1")
    quads = document_quads(doc, [Fact(trial, "seriousAdverseEvents", Value(2), evidence),
                                 Fact(trial, "intervention", Entity("Therapy", "drug A"), evidence)])
    store = KGStore()
    store.ox.extend(list(quads.own) + list(quads.shared))
    assert plain(run(store, "adverse-events"), "trial", "serious", "term") == {("NCT00000001", "2", None)}


def test_therapy_card_is_about_therapies_only(built_store):
    assert run(built_store, "therapy-card", {"therapy": "jRCT2063200047"}) == []      # a trial's label
    rows = run(built_store, "therapy-card", {"therapy": "CL2020"})
    assert {r["direction"].value for r in rows} == {"in", "out"}
    assert not {r["property"].value for r in rows} & {"subject", "object"}          # no statement nodes


@pytest.mark.parametrize("value", ["<x> y", "http://a/b c", 'http://a/"', "http://a/|", "x{y}", "no-scheme", "http://a/%zz"])
def test_a_bad_iri_is_a_query_error(built_store, value):
    with pytest.raises(QueryError, match="not a valid IRI"):
        run(built_store, "evidence", {"subject": value, "predicate": "kg:phase"})


@pytest.mark.parametrize("name", query_names())
def test_shipped_queries_call_no_service(name):
    from kg.queries import calls_service

    assert not calls_service(load_query(name).text)


def test_a_query_file_that_is_not_utf8_is_a_query_error(tmp_path):
    path = tmp_path / "latin1.rq"
    path.write_bytes("# purpose: caf\u00e9\n# parameters: none\n# columns: s\nSELECT * WHERE { ?s ?p ?o }\n".encode("latin-1"))
    with pytest.raises(QueryError, match="latin1.rq: is not UTF-8"):
        load_query(str(path))


def solutions(results):
    variables = [v.value for v in results.variables]
    return variables, sorted(tuple("" if row[v] is None else str(row[v]) for v in variables) for row in results)


@pytest.mark.parametrize("name", query_names())
def test_values_binding_gives_the_rows_of_substitutions(name, built_store):
    """Portability: a VALUES block (what any SPARQL 1.1 server gets) binds like Oxigraph's substitutions.

    A parameter only used inside a subquery, or where the outer VALUES does not reach, would differ here.
    """
    query = load_query(name)
    assert {p.name for p in query.parameters} <= set(next(param_variants(name, built_store)))
    for params in param_variants(name, built_store):
        by_values = built_store.ox.query(bind_values(query, params), use_default_graph_as_union=True)
        by_substitution = built_store.ox.query(query.text, substitutions=bind(query, params), use_default_graph_as_union=True)
        assert solutions(by_values) == solutions(by_substitution), params
