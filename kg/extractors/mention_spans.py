"""Sets of mentions in one sentence: moving them and keeping the longest of those that overlap.

>>> from kg.model import Mention
>>> ms = [Mention("zeta", 0, 4, "drug", "zeta"), Mention("zeta disease", 0, 12, "disease", "zeta disease")]
>>> [m.text for m in resolve_overlaps(ms)]
['zeta disease']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from kg.model import Mention
from kg.text import cues
from kg.text.measure_list import QUANTITY

START = attrgetter("start")        # a mention's start, as a sort key (in C)


def shift(m: Mention, by: int) -> Mention:
    return Mention(m.text, m.start + by, m.end + by, m.kind, m.label, m.ids, m.source, m.attrs)


# what the lexicon files as a disease but no therapy is tested for and no trial studies in its patients: an outcome's
# event, only counted
NEVER_STUDIED = frozenset({"death", "deaths", "sudden death", "toxicity", "toxicities",     # (harms, whoever has them;
                           "syndrome", "disease", "disorder"})    # the bare word for an illness, which names none)


def counted_event(m: Mention) -> bool:
    """Is ``m`` a measure named by an event no trial studies ("death")?"""
    return m.kind == "measure" and m.label.lower() in NEVER_STUDIED


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions, in text order."""
    by_start = sorted(mentions, key=START)
    if all(a.end <= b.start and a.start < b.start for a, b in zip(by_start, by_start[1:])):
        return by_start                  # nothing overlaps: the common case
    kept: list[Mention] = []
    spans: list[tuple[int, int]] = []    # of the kept mentions, in order; kept mentions never overlap, so
    # longest first; at equal length the quantity a sentence gives a change in ("the mean reduction in ZCRP was ...")
    # and a short form the document defines beat the global lexicon, the quantity first (its short form named the
    # quantity: "Z-reactive protein (ZCRP)"), and any measure beats a drug of the same words ("cholesterol",
    # "haemoglobin": measured in trials, rarely given)
    measured = {(m.start, m.end) for m in mentions if m.kind == "measure"}
    # (and a measure beats the lexicon's disease of an event no trial studies, "death": an outcome's name)
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), not counted_event(m),
                                             m.source != "abbreviation" and m.attrs != QUANTITY,
                                             m.attrs != QUANTITY,
                                             m.kind == "drug" and (m.start, m.end) in measured, m.start)):
        at = bisect_left(spans, (m.end, -1))      # ... of those starting before m ends, the last reaches furthest
        if at == 0 or spans[at - 1][1] <= m.start:
            spans.insert(at, (m.start, m.end))
            kept.append(m)
    return sorted(kept, key=START)


# a phenotype named by a change ("reduced systolic blood pressure") whose first word is the verb of a result: "XY-123
# (significantly) reduced | systolic blood pressure", "treatment with XY-123 lowered | ...", "which increased | ..."
CHANGE_OPENED = re.compile(r"(?:reduced|decreased|increased|lowered|elevated|raised|improved)\s", re.I)
# or by a change noun ("reduction in blood pressure": a harm in the lexicon) that a number is given for: "a 30% |
# reduction in zeta pressure", "the mean | reduction in zeta pressure | was 12 mmHg": the change in a measure
NUMBER_SET_BEFORE = re.compile(r"(?:\d\s?(?:%|percent)|\b(?:mean|median|average))"
                               r"(?:\s(?:mean|median|average|relative))?\s$", re.I)
NUMBER_SET_AFTER = re.compile(r"\s(?:was|were|of)\s(?:about\s|approximately\s)?[-–−]?\d")
SUBJECT_WORD_BEFORE = re.compile(r"\b(?:treatment|therapy|group|arm|placebo|it|which|that)(?:\s+\w+ly)?\s+$", re.I)
ADVERB_BEFORE = re.compile(r"(?<!\s)(?:\s++\w+ly)?\s++$")


def without_verb_phenotypes(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """The mentions of a sentence ``text`` (starting at document offset ``base``) less the phenotypes whose first word
    is a result's verb, said of a therapy, or a change noun a number is given for, with a measure named in their other
    words: that measure is the mention.

    >>> ms = [Mention("XY-1", 0, 4, "drug", "XY-1"), Mention("reduced zeta pressure", 5, 26, "phenotype", "Low zeta"),
    ...       Mention("zeta pressure", 13, 26, "measure", "zeta pressure")]
    >>> [m.text for m in without_verb_phenotypes(ms, "XY-1 reduced zeta pressure.", 0)]
    ['XY-1', 'zeta pressure']
    >>> [m.text for m in without_verb_phenotypes(ms[1:], "With reduced zeta pressure.", 0)]
    ['reduced zeta pressure', 'zeta pressure']
    >>> ms = [Mention("reduction in zeta pressure", 7, 33, "disease", "Low zeta"),
    ...       Mention("zeta pressure", 20, 33, "measure", "zeta pressure")]
    >>> [m.text for m in without_verb_phenotypes(ms, "A mean reduction in zeta pressure was 9 mmHg.", 0)]
    ['zeta pressure']
    >>> [m.text for m in without_verb_phenotypes(ms, "Any reduction in zeta pressure was mild.", 0)]
    ['reduction in zeta pressure', 'zeta pressure']
    """
    if not any(m.kind == "measure" for m in mentions):
        return mentions
    drugs_end = {m.end - base for m in mentions if m.kind in ("drug", "therapy")}
    dropped = set()
    for m in mentions:
        if m.kind not in ("phenotype", "disease"):
            continue
        at = m.start - base
        if cues.CHANGE_NAMED.match(m.text):
            said_of = NUMBER_SET_BEFORE.search(text, max(0, at - 16), at) or NUMBER_SET_AFTER.match(text, m.end - base)
        elif CHANGE_OPENED.match(m.text):
            adverb = ADVERB_BEFORE.search(text, max(0, at - 24), at)
            said_of = (adverb is not None and adverb.start() in drugs_end) \
                or SUBJECT_WORD_BEFORE.search(text, max(0, at - 40), at)
        else:
            continue
        if said_of and any(x.kind == "measure" and m.start < x.start and x.end <= m.end for x in mentions):
            dropped.add(id(m))
    return [m for m in mentions if id(m) not in dropped] if dropped else mentions
