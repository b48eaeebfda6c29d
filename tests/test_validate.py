import pyoxigraph as ox
import pytest
from rdflib.namespace import RDF, RDFS

from kg.cli import main
from kg.export import export, union_triples
from kg.rdf import mint
from kg.rdf.namespace import KG
from kg.store import KGStore
from kg.validate import store_units, validate_file, validate_store, validate_triples

XSD = "http://www.w3.org/2001/XMLSchema#"


def test_built_graph_conforms(built_store):
    report = validate_triples(list(union_triples(built_store)))
    assert report.conforms, report.text
    assert validate_store(built_store).conforms


def broken_copy(built_store, trials: int = 1) -> KGStore:
    """The built store, with a wrongly typed phase and a route out of the shapes' list on ``trials`` trials."""
    store = KGStore()
    store.ox.extend(built_store.ox.quads_for_pattern(None, None, None, None))
    trial = next(q for q in store.ox.quads_for_pattern(None, ox.NamedNode(str(KG.phase)), None, None))
    for k in range(trials):
        node = trial.subject if k == 0 else ox.NamedNode(f"{trial.subject.value}-{k}")
        if k:                                                   # another trial, described in the entities graph
            entities = ox.NamedNode(mint.ENTITY_GRAPH)
            store.ox.add(ox.Quad(node, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(KG.Trial)), entities))
            store.ox.add(ox.Quad(node, ox.NamedNode(str(RDFS.label)), ox.Literal(f"trial {k}"), entities))
        store.ox.add(ox.Quad(node, ox.NamedNode(str(KG.phase)), ox.Literal("2", datatype=ox.NamedNode(XSD + "integer")),
                             trial.graph_name))
        store.ox.add(ox.Quad(node, ox.NamedNode(str(KG.route)), ox.Literal("by carrier pigeon"), trial.graph_name))
    return store


def test_a_broken_graph_does_not_conform(built_store):
    triples = list(union_triples(built_store))
    trial = next(t.subject for t in triples if t.object == ox.NamedNode(str(KG.Trial)))
    triples.append(ox.Triple(trial, ox.NamedNode(str(KG.phase)), ox.Literal("2", datatype=ox.NamedNode(XSD + "integer"))))
    triples.append(ox.Triple(trial, ox.NamedNode(str(KG.route)), ox.Literal("by carrier pigeon")))
    report = validate_triples(triples)
    assert not report.conforms and "route" in report.text


@pytest.mark.parametrize("chunk", [20_000, 60])
def test_a_store_is_validated_graph_by_graph_with_the_same_results(built_store, chunk):
    broken = broken_copy(built_store)
    whole = validate_triples(list(union_triples(broken)))
    report = validate_store(broken, chunk=chunk)
    assert not report.conforms and report.results == whole.results == 2
    assert "kg:route = 'by carrier pigeon'" in report.text and "sh:InConstraintComponent" in report.text
    assert report.units > len(list(built_store.ox.named_graphs())) or chunk > 1000


def test_units_are_bounded_and_whole(built_store):
    """No unit holds more than a document graph with what it names, or a chunk plus the subject that crosses it."""
    quads = len(built_store)
    units = list(store_units(built_store.ox, chunk=50))
    assert len(units) > 3 and max(u.triples for u in units) < quads / 2
    assert all(u.focus is None or u.focus for u in units)          # a chunk answers for its own subjects


def test_the_report_shows_the_first_results_and_counts_all(built_store):
    report = validate_store(broken_copy(built_store, trials=30), shown=5)
    assert report.results == 60 and report.text.count("\n  ") == 5 and "Results (60; the first 5)" in report.text


@pytest.mark.parametrize("fmt, suffix", [("nquads", "nq"), ("trig", "trig"), ("turtle", "ttl"), ("ntriples", "nt"),
                                         ("jsonld", "jsonld")])
def test_files_are_validated_like_stores(built_store, tmp_path, fmt, suffix):
    good, bad = tmp_path / f"good.{suffix}", tmp_path / f"bad.{suffix}"
    export(built_store, good, fmt)
    export(broken_copy(built_store), bad, fmt)
    assert validate_file(good, chunk=300).conforms
    report = validate_file(bad, chunk=300)
    assert not report.conforms and report.results == 2, report.text


ODD_LITERALS = [("2023-04-34", "date"), ("PinfM", "duration"), ("P" + "9" * 29 + "M", "duration"), ("9" * 5000, "integer"),
                ("inf", "decimal"), ("1e400", "decimal"), ("abcd", "gYear"), ("maybe", "boolean"), ("x\ufffe\uffff", None),
                ("\x00\x01" * 1000, None), ("x" * 200_000, None)]


def test_validate_never_crashes_on_odd_literals(built_store, tmp_path, capsys):
    """Ill-typed values are SHACL results, printed as a short report; no traceback, no crash."""
    path = tmp_path / "odd"
    store = KGStore(path)
    store.ox.extend(built_store.ox.quads_for_pattern(None, None, None, None))
    evidence = next(store.ox.quads_for_pattern(None, ox.NamedNode(str(KG.sentenceText)), None, None))
    trial = next(store.ox.quads_for_pattern(None, ox.NamedNode(str(KG.phase)), None, None))
    for i, (lexical, datatype) in enumerate(ODD_LITERALS):
        literal = ox.Literal(lexical, datatype=ox.NamedNode(XSD + datatype)) if datatype else ox.Literal(lexical)
        store.ox.add(ox.Quad(trial.subject, ox.NamedNode(str(KG.enrollment if datatype else KG.trialName)), literal,
                             trial.graph_name))
        store.ox.add(ox.Quad(ox.NamedNode(f"{evidence.subject.value}-{i}"), evidence.predicate, literal, evidence.graph_name))
    store.flush()
    del store
    capsys.readouterr()
    assert main(["validate", "--store", str(path)]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and "Failed to convert" not in out + err
    assert "Conforms: False" in out and "sh:DatatypeConstraintComponent" in out and len(out) < 20_000
    assert err.count("\n") == 1 and "does not conform" in err


def test_validate_cli_on_a_conforming_store_and_file(built_store, tmp_path, capsys):
    export(built_store, tmp_path / "kg.nq", "nquads")
    assert main(["validate", str(tmp_path / "kg.nq"), "--workers", "2"]) == 0
    assert "conforms to ontology/shapes.ttl" in capsys.readouterr().out


def test_a_file_that_is_not_rdf_is_one_error_line(tmp_path, capsys):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://a/b> <http://a/c> \"unterminated .\n", encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{bad}: is not valid RDF" in err and "Traceback" not in err
