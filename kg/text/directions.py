"""Which way a measure went, where a sentence says so in words and gives no number: "the treatment reduced zeta
lesions", "reductions in daily zeta voids", "zeta titres increased".

A number said with the words ("reduced zeta voids by 20%") is a change, which other readers take; a verb denied ("did
not reduce") or one that could go either way ("improved", "changed") says no direction here.

>>> text = "XY-123 reduced zeta lesions and increased zeta titres."
>>> spans = [(text.index(m), text.index(m) + len(m)) for m in ("zeta lesions", "zeta titres")]
>>> [(text[a:b], d) for a, b, d in measure_directions(text, spans)]
[('zeta lesions', 'decreased'), ('zeta titres', 'increased')]
>>> text = "XY-123 brought reductions in zeta voids, zeta urgency and zeta leaks."
>>> spans = [(text.index(m), text.index(m) + len(m)) for m in ("zeta voids", "zeta urgency", "zeta leaks")]
>>> [d for _, _, d in measure_directions(text, spans)]
['decreased', 'decreased', 'decreased']
"""

from __future__ import annotations

import re

from kg.text import effects as E

# the change words of the results' vocabulary that say which way a quantity went ("improved" and "worsened" say how a
# patient fared, not which way the number moved)
_EITHER_WAY = {"improved", "improvement", "worsened", "deteriorated"}
def _with_gerunds(words: str) -> str:
    """The past-tense verbs and their "-ing" forms ("reduced|reducing")."""
    kept = [w for w in words.split("|") if w not in _EITHER_WAY]
    return "|".join(kept + [w[:-2] + "ing" for w in kept if w.endswith("ed")])


DOWN_VERBS = _with_gerunds(E.FALLING)
UP_VERBS = _with_gerunds(E.RISING)
DOWN_NOUNS = "|".join(w for w in E.FALLING_NOUN.split("|") if w not in _EITHER_WAY)
UP_NOUNS = "|".join(w for w in E.RISING_NOUN.split("|") if w not in _EITHER_WAY)
_BETWEEN = r"\s(?:(?:the|a|its|their|mean|overall|significantly|statistically|significant|marked|markedly|both)\s){0,3}$"
_AFTER = r"^\s(?:(?:was|were|is|are)\s)?(?:(?:also|significantly|markedly|statistically\ssignificantly)\s)?"
# a verb or noun of change right before the measure ("reduced | the ...", "reductions in | ...") and a verb right after
# it ("... | decreased", "... | were significantly reduced")
DOWN_BEFORE = re.compile(rf"\b(?:{DOWN_VERBS}|(?:{DOWN_NOUNS})s?\s(?:in|of)){_BETWEEN}", re.I)
UP_BEFORE = re.compile(rf"\b(?:{UP_VERBS}|(?:{UP_NOUNS})s?\s(?:in|of)){_BETWEEN}", re.I)
DOWN_AFTER = re.compile(rf"{_AFTER}(?:{DOWN_VERBS})\b", re.I)
UP_AFTER = re.compile(rf"{_AFTER}(?:{UP_VERBS})\b", re.I)
LISTED = re.compile(r",?\s(?:and\s|or\s)?(?:the\s)?")      # between two items of one list
DENIED = re.compile(r"\b(?:not|no|nor|without|failed\sto)\b", re.I)
NUMBER = re.compile(r"(?<![\w.-])\d")      # (not a name's digits: "XY-123", "FEV1")
REACH = 60             # characters before a measure searched for its verb


def measure_directions(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, direction) of each measure span of ``text`` a change word names the direction of, where the
    sentence gives no number outside its measures' names; [] where it gives one or a verb is denied."""
    plain = text
    for a, b in spans:                  # (a measure's own digits are no number of the sentence: "FEV1")
        plain = plain[:a] + " " * (b - a) + plain[b:]
    if NUMBER.search(plain):
        return []
    out: list[tuple[int, int, str]] = []
    for a, b in sorted(spans):
        before, after = text[max(0, a - REACH):a], text[b:b + 40]
        if DENIED.search(before) and (DOWN_BEFORE.search(before) or UP_BEFORE.search(before)):
            continue
        if DOWN_BEFORE.search(before) or DOWN_AFTER.match(after):
            out.append((a, b, "decreased"))
        elif UP_BEFORE.search(before) or UP_AFTER.match(after):
            out.append((a, b, "increased"))
        elif out and LISTED.fullmatch(text, out[-1][1], a):
            out.append((a, b, out[-1][2]))      # "reduced X, Y and Z": each item of the list
    return out
