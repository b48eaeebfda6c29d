"""IRIs minted from text are valid IRIs whatever the text, and read back by rdflib from kg's Turtle."""

import pyoxigraph as ox
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.export import PREFIXES
from kg.model import Entity
from kg.rdf import mint

any_text = st.one_of(st.text(st.characters(codec=None, exclude_categories=()), max_size=40),
                     st.sampled_from(["NCT0123456.", "a.", ".", "x" * 5000, "é" * 3000, "\ud800", "50%", "%zz", "a b"]))


def minted(label: str, curie: str) -> list[str]:
    return [mint.entity_iri(Entity("Trial", label, local=label)), mint.entity_iri(Entity("Therapy", label)),
            mint.entity_iri(Entity("Disease", label, ids=(curie,))), mint.entity_iri(Entity("Arm", label, scope=label)),
            mint.public_iri(curie), mint.extractor_iri(label, curie)]


@settings(max_examples=300, derandomize=True, deadline=None, database=None)
@given(label=any_text, curie=any_text)
def test_minted_iris_are_valid_and_bounded(label, curie):
    for iri in minted(label, curie):
        ox.NamedNode(iri)                                   # raises on an invalid IRI
        assert len(iri) < 1000 and not iri.endswith(".")


@settings(max_examples=60, derandomize=True, deadline=None, database=None)
@given(label=any_text, curie=any_text)
def test_minted_iris_read_back_from_turtle(label, curie):
    iris = minted(label, curie)
    triples = [ox.Triple(ox.NamedNode(iri), ox.NamedNode(iri), ox.NamedNode(iri)) for iri in iris]
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8")
    back = rdflib.Graph().parse(data=data, format="turtle")
    assert {str(s) for s, _, _ in back} == set(iris)


def test_long_labels_stay_distinct():
    a, b = "x" * 300 + "a", "x" * 300 + "b"
    assert mint.entity_iri(Entity("Therapy", a)) != mint.entity_iri(Entity("Therapy", b))
