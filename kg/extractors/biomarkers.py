"""Biomarkers that moved: which molecule, which way, in which specimen.

A molecule is a gene or chemical the lexicon finds (not a therapy of the
document, not a drug taken: "statin intolerance") or a protein named with a
Greek letter; it moved when the sentence speaks of levels and says which way,
or when a direction word stands right before it ("reduced free alpha-synuclein").
A sentence that sets an entry threshold ("a level of 100 mg/dL or higher") or
compares with another group ("lower than ...") reports no change.

>>> from kg.documents import parse_document
>>> doc = parse_document("T\\n\\nIn the trial (NCT01234567), blood levels of interleukin-6 increased.", source="t.txt")
>>> sorted((f.predicate, f.object_text) for f in BiomarkerExtractor().extract(doc))
[('biomarker', 'interleukin 6'), ('direction', 'increased'), ('hasBiomarkerFinding', 'interleukin 6'), ('specimen', 'blood')]
"""

from __future__ import annotations

import re
from typing import Iterator

from kg.extractors.context import entity_of
from kg.extractors.engine import Example, Hit, Rule, RuleExtractor, T, View
from kg.model import Entity, record
from kg.text import prefilter as rx
from kg.text.cues import (BIOMARKER_DOWN, BIOMARKER_LEVEL, BIOMARKER_SAME, BIOMARKER_UP, CLASS_NAMES, GREEK_ANALYTE,
                          NOT_ANALYTE_AFTER, SPECIMEN_WORDS, THRESHOLD)

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

SPECIMENS = tuple((name, rx.compile(pattern, re.I)) for name, pattern in SPECIMEN_WORDS)
CUE = rx.compile(rf"{BIOMARKER_UP.pattern}|{BIOMARKER_DOWN.pattern}|{BIOMARKER_SAME.pattern}", re.I | re.X)
# a direction word right before a molecule ("reduced free X", "lower X levels")
DIRECTION_BEFORE = rx.compile(rf"(?=[cdefhilrsuw])(?:{BIOMARKER_DOWN.pattern}|{BIOMARKER_UP.pattern})\s{{1,3}}(?:(?:free|total|serum|plasma|"
                              rf"blood|circulating|the)\s{{1,3}}){{0,2}}$", re.I | re.X)
# GREEK_ANALYTE, searched only in sentences that name a Greek letter (its literals are too short for the prefilter
# to pick them itself)
GREEK = rx.Prefiltered(GREEK_ANALYTE.regex, (frozenset({"alpha", "beta", "gamma", "α", "β", "γ"}),))
THAN = re.compile(r"\bthan\b")
LEADING_WORD = re.compile(r"^(?:with|and|or|of|in|the|free|total|reduced|lower|higher|increased|decreased|levels?)\s+", re.I)


@record
class Analyte:
    """A molecule named in a sentence: its entity and its span in the sentence."""

    entity: Entity
    start: int
    end: int


# a class of drugs patients take, no molecule measured in them: "statin", "corticosteroids"
DRUG_CLASS = re.compile(rf"(?:statin|{CLASS_NAMES})s?", re.I)


def analytes(view: View) -> list[Analyte]:
    """The molecules a sentence names: lexicon genes and chemicals that are no therapy, and Greek-lettered proteins."""
    text, ctx = view.text, view.ctx
    found = []
    drugs = [view.span(d) for d in view.of_kind("drug", "therapy")] if GREEK.search(text) else []
    for m in GREEK.finditer(text):
        name, start = m.group(), m.start()
        while LEADING_WORD.match(name):
            cut = LEADING_WORD.match(name).end()
            name, start = name[cut:], start + cut
        if len(name) > 6 and not any(a < start + len(name) and start < b for a, b in drugs):
            found.append(Analyte(Entity("Biomarker", name.lower()), start, start + len(name)))   # (not a drug's
            #                                                                 name: "epoetin beta", "interferon beta")
    for m in view.of_kind("gene", "chemical"):
        start, end = view.span(m)
        if m.label in ctx.therapies or DRUG_CLASS.fullmatch(m.text) or NOT_ANALYTE_AFTER.match(text, end) or \
                any(a.start <= start < a.end or start <= a.start < end for a in found):
            continue
        found.append(Analyte(entity_of(m, "Biomarker"), start, end))
    return found


def read_findings(view: View) -> Iterator[Hit]:
    """Each molecule whose level moved, with the direction and the specimen."""
    text = view.text
    if THRESHOLD.search(text) or THAN.search(text):
        return
    found = analytes(view)
    if not found:
        return
    levels = BIOMARKER_LEVEL.search(text) is not None
    whole = sentence_direction(text)
    specimen = specimen_of(text)
    for a in found:
        near = DIRECTION_BEFORE.search(text, max(0, a.start - 40), a.start)
        direction = ("decreased" if BIOMARKER_DOWN.match(near.group()) else "increased") if near else \
            (whole if levels else None)
        if direction is None:
            continue
        node = Entity(T.BiomarkerFinding, a.entity.label, scope=view.trial.key)
        yield Hit(view.trial, node, a.start, a.end, T.hasBiomarkerFinding)
        yield Hit(node, a.entity, a.start, a.end, T.biomarker)
        yield Hit(node, direction, a.start, a.end, T.direction)
        if specimen:
            yield Hit(node, specimen, a.start, a.end, T.specimen)


def sentence_direction(text: str) -> str | None:
    return ("decreased" if BIOMARKER_DOWN.search(text) else "increased" if BIOMARKER_UP.search(text)
            else "unchanged" if BIOMARKER_SAME.search(text) else None)


def specimen_of(text: str) -> str | None:
    """The specimen a sentence names; "blood plasma" is plasma (the more specific word wins)."""
    names = [name for _, name in sorted((m.start(), name) for name, p in SPECIMENS for m in p.finditer(text))]
    if not names:
        return None
    return "plasma" if "plasma" in names else "serum" if "serum" in names else names[0]


FINDING = Rule(
    "biomarker.moved", T.hasBiomarkerFinding, read_findings, confidence=0.7, cue=CUE,
    also=(T.biomarker, T.direction, T.specimen),
    examples=(
        Example("In the trial, plasma levels of interleukin-6 fell over 12 weeks.",
                (("biomarker", "interleukin 6"), ("direction", "decreased"), ("specimen", "plasma"))),
        Example("The earlier trial showed that XY-123 reduced free alpha-synuclein in the blood.",
                (("biomarker", "alpha-synuclein"), ("direction", "decreased"), ("specimen", "blood"))),
    ),
    counterexamples=("Adults in the trial had statin intolerance and an LDL cholesterol level of 100 mg/dL or higher.",
                     "In the trial, interleukin-6 levels were lower than in healthy people."))


class BiomarkerExtractor(RuleExtractor):
    name = "biomarkers"
    version = "2.0"
    rules = (FINDING,)
