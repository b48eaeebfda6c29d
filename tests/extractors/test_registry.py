"""Every registered extractor honours the protocol and gives well-formed facts with evidence."""

import pytest

from kg.documents import parse_document
from kg.errors import ExtractorError
from kg.extractors import Extractor, load_extractors
from kg.model import Entity, Fact, Mention, Value

EXTRACTORS = sorted(load_extractors())


def test_built_ins_are_registered_through_entry_points():
    assert {"mentions", "registry_ids", "trial_design", "population", "dosing", "outcomes", "safety", "biomarkers", "therapies",
            "organizations", "publications"} <= set(EXTRACTORS)


def test_unknown_extractor_is_a_clear_error():
    with pytest.raises(ExtractorError, match="unknown extractor"):
        load_extractors(("no-such-thing",))


@pytest.mark.parametrize("name", EXTRACTORS)
def test_protocol(name):
    extractor = load_extractors()[name]
    assert isinstance(extractor, Extractor)
    assert extractor.name == name and extractor.version


@pytest.mark.parametrize("name", EXTRACTORS)
def test_facts_carry_evidence_inside_the_document(name, seed_doc, mini_doc):
    extractor = load_extractors()[name]
    produced = 0
    for doc in (seed_doc, mini_doc):
        for item in extractor.extract(doc):
            assert isinstance(item, (Fact, Mention))
            if isinstance(item, Mention):
                produced += 1
                assert doc.text[item.start:item.end] == item.text and item.kind and item.label
            if isinstance(item, Fact):
                produced += 1
                ev = item.evidence
                assert ev.document_id == doc.id
                assert ev.extractor == name and ev.version == extractor.version
                assert 0 <= ev.start < ev.end <= len(doc.text)
                assert ev.sentence in doc.text and 0 < ev.confidence <= 1
                assert isinstance(item.subject, Entity) and isinstance(item.object, (Entity, Value))
    assert produced > 0, f"{name} found nothing in two trial reports"


def test_mentions_cover_the_lexicon_layer(seed_doc):
    from kg.pipeline import extract

    result = extract(seed_doc)
    kinds = {m.kind for m in result.mentions}
    assert {"disease", "drug", "cell", "gene", "therapy"} <= kinds


@pytest.mark.parametrize("name", EXTRACTORS)
def test_no_facts_from_text_without_trials(name):
    doc = parse_document("A recipe\n\nMix flour and water, then bake the bread for an hour.", "recipe.txt")
    assert [f for f in load_extractors()[name].extract(doc) if isinstance(f, Fact)] == []
