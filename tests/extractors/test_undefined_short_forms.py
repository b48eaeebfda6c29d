"""Short forms used without a definition, for a disease the document names in full (invented sentences)."""

import pytest

from kg.documents import parse_document
from kg.extractors.context import build_context
from kg.extractors.undefined_short_forms import spells


def short_form_labels(text: str) -> dict[str, str]:
    ctx = build_context(parse_document(text, "t.txt"))
    return {m.text: m.label for ms in ctx.mentions for m in ms if m.source == "abbreviation"}


def test_letters_the_document_never_defines_are_the_disease_it_names_in_full():
    found = short_form_labels("XY-123 helps in ulcerative colitis\n\nIn the ZETA trial, 80 adults with UC took XY-123.")
    assert found.get("UC", "").lower() == "ulcerative colitis"


def test_letters_that_spell_no_disease_of_the_document_are_left_alone():
    found = short_form_labels("XY-123 helps in ulcerative colitis\n\nResults came out at the UCX Congress and the ZC "
                              "meeting.")
    assert "UCX" not in found and "ZC" not in found


@pytest.mark.parametrize("short, long, spelt", [
    ("UC", "ulcerative colitis", True),
    ("PsA", "psoriatic arthritis", True),
    ("AIS", "acute ischemic stroke", True),
    ("MDS", "Movement Disorders", False),        # (a plural's s is no word of its own)
    ("UCC", "ulcerative colitis", False),
    ("Uc", "ulcerative colitis", False),
])
def test_a_short_form_spells_its_long_forms_words_one_capital_each(short, long, spelt):
    assert spells(short, long) is spelt
