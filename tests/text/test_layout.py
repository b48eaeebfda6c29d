"""Layout: a text hard-wrapped at a width reads as its paragraphs do."""

import textwrap

import pytest

from kg.documents import parse_document
from kg.extractors import load_extractors
from kg.text.layout import content_lines, wrap_width

ARTICLE = [
    "Acme Bio reports topline results from the ZETA trial of XY-123 in gout",
    "BOSTON, May 4, 2031 -- Acme Bio, Inc. today announced that ZETA, a randomized, double-blind, placebo-controlled "
    "Phase 3 trial of XY-123 in 412 adults with gout, met its primary endpoint. Patients were randomly assigned to "
    "XY-123 80 mg (n=207) or Placebo (n=205) once daily for 24 weeks.",
    "The primary endpoint was the Serum Zeta Level at week 24. Serum Zeta Level fell by 41% with XY-123 and by 12% "
    "with placebo (P<0.001). Headache was the most common adverse event.",
]


def facts(text: str) -> set[tuple]:
    doc = parse_document(text, "t.txt")
    return {(f.subject.label, f.predicate, f.object_text) for e in load_extractors().values() for f in e.extract(doc)
            if hasattr(f, "predicate")}          # (facts, not the mentions an extractor also yields)


@pytest.mark.parametrize("width", [64, 72, 80])
def test_a_text_wrapped_at_a_width_gives_the_facts_its_paragraphs_give(width):
    plain = "\n\n".join(ARTICLE)
    wrapped = "\n\n".join(textwrap.fill(p, width, break_on_hyphens=False) for p in ARTICLE)
    assert wrapped.count("\n") > 6
    assert facts(wrapped) == facts(plain)


def test_a_list_item_after_a_full_line_of_a_wrapped_text_is_an_item_of_its_own():
    items = ["- Zeta response on day 60 (a zeta score of 0 or 1, as read): 47% versus 33%.", "- Death: 7% versus 12%."]
    assert len(items[0]) > 60
    text = "\n\n".join(textwrap.fill(p, 72, break_on_hyphens=False) for p in ARTICLE) + "\n\n" + "\n".join(items)
    lines = [text[a:b] for a, b in content_lines(text)]
    assert lines[-1] == "- Death: 7% versus 12%."


def test_paragraphs_one_to_a_line_and_short_lines_are_no_wrapped_text():
    assert wrap_width([len(p) for p in ARTICLE]) is None
    lines = ["Key points", "Dose: 80 mg", "Sites: 40", "Arms: two"] * 3
    text = "\n".join(lines)
    assert len(content_lines(text)) == len(lines)
