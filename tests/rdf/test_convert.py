import pyoxigraph as ox
import pytest
from rdflib.namespace import PROV, RDF, RDFS

from kg.model import Entity
from kg.pipeline import extract
from kg.rdf import mint
from kg.rdf.convert import document_quads
from kg.rdf.namespace import KG


@pytest.fixture(scope="module")
def split(seed_doc):
    return document_quads(seed_doc, extract(seed_doc).facts)


@pytest.fixture(scope="module")
def quads(split):
    return split.own + split.shared


def test_document_and_entities_graphs(split, seed_doc):
    assert {q.graph_name.value for q in split.own} == {mint.document_iri(seed_doc.id)}
    assert {q.graph_name.value for q in split.shared} == {mint.ENTITY_GRAPH}
    # labels and classes are said once, in the entities graph, never in a document graph
    assert not [q for q in split.own if q.predicate.value == str(RDFS.label)]


def test_every_fact_subject_is_described_in_the_entities_graph(split):
    described = {q.subject for q in split.shared if q.predicate.value == str(RDFS.label)}
    statements = [q for q in split.own if q.predicate.value == str(RDF.subject)]
    assert statements and all(q.object in described for q in statements)


def test_every_iri_is_valid(quads):
    for q in quads:
        for term in (q.subject, q.predicate, q.object):
            if isinstance(term, ox.NamedNode):
                assert " " not in term.value and term.value.startswith(("https://", "http://"))
                ox.NamedNode(term.value)  # raises on an invalid IRI


def test_every_fact_has_a_statement_with_evidence(quads):
    statements = {q.subject for q in quads if q.predicate.value == str(RDF.type) and q.object.value == str(KG.Statement)}
    by_statement = {}
    for q in quads:
        if q.subject in statements:
            by_statement.setdefault(q.subject, {})[q.predicate.value] = q.object
    assert statements
    asserted = {(q.subject, q.predicate, q.object) for q in quads}
    for props in by_statement.values():
        assert (props[str(RDF.subject)], props[str(RDF.predicate)], props[str(RDF.object)]) in asserted
        evidence = props[str(PROV.wasDerivedFrom)]
        ev = {q.predicate.value: q.object for q in quads if q.subject == evidence}
        assert int(ev[str(KG.startOffset)].value) < int(ev[str(KG.endOffset)].value)
        assert ev[str(KG.sentenceText)].value


def test_minting_is_deterministic_and_grounded_entities_merge():
    a = Entity("Disease", "ALS", ids=("DOID:332",))
    b = Entity("Disease", "amyotrophic lateral sclerosis", ids=("DOID:332",))
    assert mint.entity_iri(a) == mint.entity_iri(b)
    assert mint.entity_iri(Entity("Therapy", "Café drug")) == mint.entity_iri(Entity("Therapy", "café  drug"))
    assert "%" in mint.entity_iri(Entity("Therapy", "Café"))


def test_every_evidence_says_where_its_sentence_starts(quads, seed_doc):
    by_node = {}
    for q in quads:
        by_node.setdefault(q.subject, {})[q.predicate.value] = q.object.value
    evidence = [n for n in by_node.values() if n.get(str(RDF.type)) == str(KG.Evidence)]
    assert evidence
    for n in evidence:
        s0, sentence = int(n[str(KG.sentenceStart)]), n[str(KG.sentenceText)]
        assert seed_doc.text[s0:s0 + len(sentence)] == sentence
        assert s0 <= int(n[str(KG.startOffset)]) <= int(n[str(KG.endOffset)]) <= s0 + len(sentence)
