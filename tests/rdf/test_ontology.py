"""The ontology is the one source of IRIs: the namespace module, the code and the shapes follow it."""

import ast
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.rdf.namespace import KG
from kg.rdf.namespace_gen import FULL_VIEW, MODULE, NS, ONTOLOGY, ontology_terms, render_full_view, render_namespace
from kg.resources import SHAPES

ROOT = Path(__file__).resolve().parents[2]
SKOS_DEF = "http://www.w3.org/2004/02/skos/core#definition"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def test_namespace_module_matches_ontology():
    assert MODULE.read_text(encoding="utf-8") == render_namespace(), \
        "kg/rdf/namespace.py is stale: run python -m kg.rdf.namespace_gen"


def test_full_view_lists_the_ontology_edge_predicates():
    text = FULL_VIEW.read_text(encoding="utf-8")
    assert text == render_full_view(text), "queries/view-full.rq is stale: run python -m kg.rdf.namespace_gen"


def test_full_view_generator_fails_without_its_marker():
    with pytest.raises(ValueError, match="GENERATED"):
        render_full_view("SELECT * WHERE { VALUES ?predicate { } }")


def test_unknown_terms_fail():
    with pytest.raises(AttributeError):
        KG.notAProperty


@pytest.mark.parametrize("term", ontology_terms())
def test_every_term_has_label_and_definition(term):
    triples = list(ox.parse(path=str(ONTOLOGY)))
    props = {t.predicate.value for t in triples if t.subject.value == NS + term}
    assert LABEL in props and SKOS_DEF in props


def test_every_predicate_the_extractors_use_is_in_the_ontology():
    """String predicates in extractor code must name ontology properties."""
    terms = set(ontology_terms())
    used = set()
    for path in (ROOT / "kg" / "extractors").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "fact" and len(node.args) >= 2:
                if isinstance(node.args[1], ast.Constant):
                    used.add(node.args[1].value)
    assert used and used <= terms, used - terms


def test_no_literal_ontology_iris_in_code():
    for path in (ROOT / "kg").rglob("*.py"):
        if path.name in ("namespace.py", "namespace_gen.py", "queries.py", "export.py"):
            continue
        assert NS not in path.read_text(encoding="utf-8"), f"{path} spells an ontology IRI; use kg.rdf.namespace.KG"


def test_shapes_target_ontology_classes():
    shapes = list(ox.parse(path=str(SHAPES)))
    targets = {t.object.value[len(NS):] for t in shapes if t.predicate.value == "http://www.w3.org/ns/shacl#targetClass"}
    classes = {t for t in ontology_terms() if t[0].isupper()}
    assert targets == classes


def test_terms_module_matches_ontology():
    from kg.rdf.namespace_gen import TERMS_MODULE, render_terms
    from kg.terms import TERMS

    assert TERMS_MODULE.read_text(encoding="utf-8") == render_terms(), "kg/terms.py is stale: run python -m kg.rdf.namespace_gen"
    assert TERMS == set(ontology_terms())
