"""Adverse-event terms and their counts in a sentence, by the shapes safety reports take.

Terms come from three places: the lexicon's disease and phenotype mentions
(read by the extractor), phrases of the shapes adverse events take
("infusion-related reactions", "injection-site reactions", "neurological
events", an abbreviation defined for one), and the items of a list the
sentence says are the common events ("the most common side effects were A, B
and C"). A count is a number of patients or cases stated for the term, never
a percentage.

>>> [(t.text, t.count) for t in phrase_terms("Infusion-related reactions (7 patients) and injection-site reactions occurred.")]
[('Infusion-related reactions', 7), ('injection-site reactions', None)]
>>> [t.text for t in listed_terms("The most common adverse events were rash, mild fatigue and an upset stomach.")]
['rash', 'mild fatigue', 'an upset stomach']
>>> count_after("lymphopenia (11 patients) and", 11), count_after("rash (11%) and", 4), count_after("rash (n = 4, 12%)", 4)
(11, None, 4)
>>> count_before("In all, 12 of the 40 patients had a rash", 36)
12
"""

from __future__ import annotations

import re

from kg.model import record
from kg.text.cues import AE_COMMON_LIST, AE_PHRASE, AE_COUNT_AFTER, AE_COUNT_BEFORE, AE_COUNT_VERB
from kg.text import prefilter as rx
from kg.text.numbers import parse_number


@record
class Term:
    """An adverse-event term as the sentence writes it, the span of its phrase, and the count stated for it (or None)."""

    text: str
    start: int
    end: int
    count: int | None = None


def phrase_terms(text: str) -> list[Term]:
    """Adverse-event phrases of the usual shapes; a phrase followed by its abbreviation is named by the abbreviation.

    >>> [t.text for t in phrase_terms("Acme-related imaging abnormalities with swelling (AIA-S) and AIA with spots (AIA-P) were seen.")]
    ['AIA-S', 'AIA-P']
    """
    out = []
    for m in AE_PHRASE.finditer(text):
        # the abbreviation names a qualified phrase ("... abnormalities with swelling (AIA-S)"); else the phrase does
        groups = m.groupdict()      # (AE_PHRASE's parts name different groups)
        short = "short2" if groups.get("short2") else "short" if groups.get("short") and " with " in m.group() else None
        name = groups[short] if short else groups["term"]
        out.append(Term(name, m.start(), m.end(), count_after(text, m.end()) or count_of_verb(text, m.end())))
    return out


# where a list of events ends: a full stop, a clause that says something of them all (", all mild", ", none of
# which occurred ...", ", most of them mild"), the group or share they were seen in ("in the XY group", "in 12%"; not
# an item's own "in": "increases in zeta enzymes")
STOP = rx.compile(r"[.;:]\s|[.;:]$|,\s{1,3}(?:all|each|both|which|with|none|most|mostly|mainly|largely|generally|and\s{1,3}(?:all|each|were|was|the))\b"
                  r"|\s(?:were|was|among)\s|\sin\s(?=(?:the|both|each|all|either|patients|participants|people|those|subjects|"
                  r"recipients|adults|children|[\w-]{1,20}-treated)\b|\d|[A-Z])")


def listed_terms(text: str) -> list[Term]:
    """The items of "the most common adverse events were A, B and C" (at most five words each); a class named before
    a colon gives way to its members ("were skin problems: rash and itching").

    >>> [t.text for t in listed_terms("The most common side effects were skin problems: rash, itching and dryness.")]
    ['rash', 'itching', 'dryness']
    """
    m = AE_COMMON_LIST.search(text)
    if not m:
        return []
    out = []
    body_start = m.end()
    body = re.sub(r"\([^()]*\)", lambda p: " " * len(p.group()), text[body_start:])     # asides blanked
    stop = STOP.search(body)
    if stop and stop.group().startswith(":") and len(body[:stop.start()].split()) <= 6:
        # "were stomach problems: A, B and C" - a class, then its members after the colon
        body_start += stop.end()
        body = body[stop.end():]
        stop = STOP.search(body)
    body = body[:stop.start()] if stop else body
    for item in re.finditer(r"[^,]+", body):
        for part in re.split(r"\s+(?:and|or)\s+|(?<=[a-z]{3})/(?=[a-z]{3})", item.group()):     # ("somnolence/low mood":
            #                                                                                 two; not "AST/ALT rise")
            at = body_start + item.start() + item.group().find(part)
            clean = part.strip(" ,")
            if not clean or len(clean.split()) > 5 or not re.match(r"[A-Za-z]", clean):
                continue
            lead = len(part) - len(part.lstrip())
            out.append(Term(clean, at + lead, at + lead + len(clean), count_after(text, at + lead + len(clean))))
    return out


def count_after(text: str, end: int) -> int | None:
    """The number of patients or cases in parentheses right after a term ("rash (4 patients)", "rash (n=4, 12%)")."""
    m = AE_COUNT_AFTER.match(text, end)
    return whole(m.group("n")) if m else None


def count_of_verb(text: str, end: int) -> int | None:
    """The count a verb gives right after a term ("... affected 12 of the 40 patients", "occurred in 12 patients")."""
    m = AE_COUNT_VERB.match(text, end)
    return whole(m.group("n")) if m else None


def count_before(text: str, start: int) -> int | None:
    """The count stated before a term ("12 of the 40 patients had a rash", "12 patients developed ...")."""
    m = AE_COUNT_BEFORE.search(text, max(0, start - 120), start)
    return whole(m.group("n")) if m else None


def whole(number: str) -> int | None:
    """A count: a whole number (words too), else None."""
    n = parse_number(number)
    return int(n) if n is not None and float(n).is_integer() and n >= 0 else None
