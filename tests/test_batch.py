"""One document through the extractors (kg.batch): an extractor that fails costs only its own facts."""

from __future__ import annotations

import pytest

from kg.batch import extract, process_source
from kg.documents import parse_document
from kg.extractors.registry_ids import RegistryIdExtractor
from kg.readers import Source

TEXT = "Headline\n\nThe ZETA trial (NCT01234567) enrolled 40 adults."


class Failing:
    """An extractor with a bug: it fails on every document after yielding nothing."""

    name, version = "failing", "1"

    def extract(self, doc):
        raise IndexError("no such group")


def test_a_failing_extractor_costs_its_own_facts_and_leaves_a_warning():
    doc = parse_document(TEXT, source="t.txt")
    result = extract(doc, {"registry_ids": RegistryIdExtractor(), "failing": Failing()})
    assert any(f.object_text == "NCT01234567" for f in result.facts)
    assert result.warnings == ["t.txt: extractor 'failing' failed (IndexError: no such group); its facts are left out; "
                               "please report it with the document"]


def test_a_document_every_extractor_fails_on_is_not_built():
    with pytest.raises(IndexError):
        extract(parse_document(TEXT, source="t.txt"), {"failing": Failing()})
    out = process_source(Source(parse_document(TEXT, source="t.txt")), "d1", {"failing": Failing()})
    assert out.error == "t.txt: IndexError: no such group" and out.facts == 0


def test_the_built_document_reports_the_failed_extractor():
    out = process_source(Source(parse_document(TEXT, source="t.txt")), "d1",
                         {"registry_ids": RegistryIdExtractor(), "failing": Failing()})
    assert out.error is None and out.facts > 0
    assert any("extractor 'failing' failed" in w for w in out.warnings)
