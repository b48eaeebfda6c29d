"""Sets of mentions in one sentence: moving them and keeping the longest of those that overlap.

>>> from kg.model import Mention
>>> ms = [Mention("zeta", 0, 4, "drug", "zeta"), Mention("zeta disease", 0, 12, "disease", "zeta disease")]
>>> [m.text for m in resolve_overlaps(ms)]
['zeta disease']
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from kg.model import Mention
from kg.text.measure_list import QUANTITY

START = attrgetter("start")        # a mention's start, as a sort key (in C)


def shift(m: Mention, by: int) -> Mention:
    return Mention(m.text, m.start + by, m.end + by, m.kind, m.label, m.ids, m.source, m.attrs)


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
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.source != "abbreviation" and m.attrs != QUANTITY,
                                             m.attrs != QUANTITY,
                                             m.kind == "drug" and (m.start, m.end) in measured, m.start)):
        at = bisect_left(spans, (m.end, -1))      # ... of those starting before m ends, the last reaches furthest
        if at == 0 or spans[at - 1][1] <= m.start:
            spans.insert(at, (m.start, m.end))
            kept.append(m)
    return sorted(kept, key=START)
