"""Measures named beside known ones in one list: "XY-123 was superior to placebo for A, B and C (all p<0.01)".

A result is often said once of a list of measures. Where the lexicon or the tagger knows some of its items, the
others are measures too when each is a plain noun phrase (:func:`kg.extractors.outcome_roles.listed_measures`
judges them): the list is read from the word that opens it ("for", "in", "on", "of") before its first known
measure to the bracket, verb or clause end after it.
"""

from __future__ import annotations

import re

from kg.extractors.outcome_roles import listed_measures
from kg.model import Mention
from kg.text import effects as E

# the word a list of measures opens on, right before its first item: "superior to placebo for | A, B and C"
LIST_OPENER = re.compile(r"\b(?:for|in|on|of)\s(?:the\s)?$", re.I)
# where such a list ends: a clause's end, a bracket of its p-values ("(all p<0.01)", "(both P < 0.001)", "(p=0.02)"),
# or the verb or comparison said of it ("A and B were ...", "... versus placebo")
LIST_STOP = re.compile(r";|\.(?!\d)|\((?=\s?(?:all|both|each|[pP]\s?[<=≤]))|"
                       r",?\s(?:was|were|is|are|versus|vs\.?|compared|than|while|whereas|but|between|among|as)\b")
# a list's last item joined by "and" or "or" ("A, B and C"): commas alone join an apposition or a clause ("A, a
# secondary endpoint, ...")
LAST_JOINED = re.compile(r"(?:^|,)\s?(?:[^,]*\s)?(?:and|or)\s[^,]+$")
# a bracket that gives a result, inside what would be a list
RESULT_BRACKET = re.compile(r"\([^()]{0,40}[=<>≤≥]")
# an item that names a kind of measure or the groups, no measure: "other measures", "secondary endpoints", "placebo groups"
KIND_ITEM = re.compile(r"\b(?:end\s?points|outcomes|measures|groups|arms|parameters|variables)$", re.I)


def completed_list(ctx, i: int, text: str, measures: list[Mention]) -> list[Mention]:
    """The measures the list that holds the sentence's first known measure names besides the known ones (``text``:
    sentence ``i``'s text, ``measures``: its known measures, document offsets); [] when there is no such list or
    one of its items is no measure's name."""
    if not measures:
        return []
    base = ctx.sentences[i].start
    known = tuple((m.start - base, m.end - base) for m in measures)
    first = min(known)
    opener = LIST_OPENER.search(text, max(0, first[0] - 12), first[0])
    if opener is None or not (E.find_p_values(text) or E.find_verdicts(text)):
        return []                       # (a list a result is said of: its significance, read only where one opens)
    stop = next((s for s in LIST_STOP.finditer(text, first[0]) if not any(a <= s.start() < b for a, b in known)), None)
    end = stop.start() if stop else len(text.rstrip().rstrip("."))
    if not LAST_JOINED.search(text[opener.end():end]) or RESULT_BRACKET.search(text, opener.end(), end):
        return []                       # (a result inside: "in A (r = 0.7, P < 0.01) and B phase", no list of names)
    found = listed_measures(ctx, i, text, opener.end(), end, known=known)
    return [] if any(KIND_ITEM.search(m.text) for m in found) else found
