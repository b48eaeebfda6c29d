import pyoxigraph as ox

from kg.export import union_triples
from kg.rdf.namespace import KG
from kg.validate import validate_triples


def test_built_graph_conforms(built_store):
    report = validate_triples(list(union_triples(built_store)))
    assert report.conforms, report.text


def test_a_broken_graph_does_not_conform(built_store):
    triples = list(union_triples(built_store))
    trial = next(t.subject for t in triples if t.object == ox.NamedNode(str(KG.Trial)))
    triples.append(ox.Triple(trial, ox.NamedNode(str(KG.phase)), ox.Literal("2", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#integer"))))
    triples.append(ox.Triple(trial, ox.NamedNode(str(KG.route)), ox.Literal("by carrier pigeon")))
    report = validate_triples(triples)
    assert not report.conforms and "route" in report.text
