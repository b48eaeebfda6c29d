"""The change a sentence gives for one measure of one group, with no other group's number beside it.

A single-arm study reports how a measure moved in its one group ("Mean ZbA1c fell by 1.1% at week 12", "The mean
change from baseline in ZQS score was -4.2 points"), as a randomised one does where a sentence speaks of one arm
("In the XY-123 group, ZbA1c fell by 1.1%"). The caller decides whose change it is; this module only reads the
number and its sign beside the measure's name.

>>> text = "Mean ZbA1c fell by a mean of 1.1% at week 12."
>>> lone_change(text, (5, 10)).value
Decimal('-1.1')
>>> lone_change("The mean reduction from baseline in ZbA1c was 1.1%.", (36, 41)).value
Decimal('-1.1')
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.model import record
from kg.text import cues, prefilter as rx
from kg.text.comparisons import SPREAD_BEFORE_UNIT, UNITS
from kg.text.effects import FALLING, FALLING_NOUN, RISING, RISING_NOUN, SNUM
from kg.text.numbers import exact

# verbs and nouns whose sign a reader cannot tell without knowing the measure: "improved by 1.1%" is a fall of
# ZbA1c and a rise of visual acuity
JUDGING = frozenset({"improved", "worsened", "deteriorated", "improvement"})


def _signed(words: str) -> str:
    return "|".join(w for w in words.split("|") if w not in JUDGING)


FALLS = _signed(FALLING) + "|" + _signed(FALLING_NOUN)
RISES = _signed(RISING) + "|" + _signed(RISING_NOUN)
# how much, after "by" or "was": "by | a mean of | 6.4 mmHg", "was | -4.2 points"
AMOUNT = (rf"(?:(?:an?\s)?(?:(?:adjusted\s)?(?:mean|median|average)\s(?:of\s)?|about\s|approximately\s))?"
          rf"(?P<n>{SNUM})(?:{SPREAD_BEFORE_UNIT})?(?P<unit>{UNITS})?")
# what may stand between a measure and its verb or value: its short form, when it was read, a spread
WHEN = r"(?:at|after|by|over|through|during)\s(?:the\s)?(?:end\sof\s)?[\w-]{1,12}(?:\s\d{1,3}(?:\s(?:through|to|and)\s\d{1,3})?)?"
BETWEEN = rf"(?:\s?\([A-Za-z][\w-]{{0,11}}\))?(?:,?\s{WHEN},?)?"
# "MEASURE | (had) fell (from baseline) by (a mean of) 6.4 mmHg": a verb says the number is a change and its sign
AFTER_MEASURE = rx.compile(
    rf"{BETWEEN}\s(?:(?:had|has|have)\s)?(?:(?:was|were|been)\s)?(?:(?:also|further|significantly)\s)?"
    rf"(?P<verb>{FALLS}|{RISES}|changed)(?:\s(?:significantly|markedly|substantially))?"
    rf"(?:\s{cues.FROM_BASELINE})?(?:,?\s{WHEN},?)?"
    rf"\sby\s{AMOUNT}", re.I)
# "(the) mean change (from baseline) in | MEASURE": a noun says it, before the measure or opening its name
NOUN = (rf"(?:(?:LS|least[- ]squares|adjusted)\s)?(?:(?:mean|median|average)\s)?(?:(?:percent(?:age)?|absolute)\s)?"
        rf"(?P<noun>{FALLS}|{RISES}|change)s?(?:\s{cues.FROM_BASELINE})?\s(?:in|of)\s(?:the\s)?")
NOUN_BEFORE = re.compile(rf"(?:^|(?<=\s)){NOUN}$", re.I)
NOUN_OPENS = re.compile(NOUN, re.I)
# "reduced | MEASURE | by 6.4 mmHg": a verb before the measure, the amount after it
VERB_BEFORE = re.compile(rf"\b(?P<verb>{FALLS}|{RISES})\s(?:(?:the|mean|average|patients'|their)\s){{0,2}}$", re.I)
BY_AFTER = rx.compile(rf"{BETWEEN}(?:\s{cues.FROM_BASELINE})?\sby\s{AMOUNT}", re.I)
# "... MEASURE | (from baseline) (at week 12) was -4.2 points"
VALUE_AFTER = rx.compile(rf"(?:\s{cues.FROM_BASELINE})?{BETWEEN}\s(?:was|were|of|:)\s{AMOUNT}", re.I)
# what makes the number one of several compared, or the share of people who changed: "... vs 0.4", "in 40% of"
NOT_ALONE = re.compile(rf"(?<!\s)\s*+(?:\(\s*+)?(?:and\s{SNUM}|or\s{SNUM}|(?:in\s{SNUM}\s?%\s)?of\s(?:the\s)?(?:{cues.PEOPLE}|those)\b)",
                       re.I)
# the words in the rest of its clause that make the number no group's change: set against another ("..., compared
# with 2.1 on placebo"), one of several ("21/13 and 17/11 mm Hg, respectively"), a threshold ("of 0.4 mg/dL or more")
NOT_ALONE_AFTER = re.compile(rf"\b(?:{cues.COMPARED_WORDS}|against|respectively|or\s(?:more|greater|higher|less|lower|"
                             r"above|below|fewer))(?!\w)", re.I)
# a second number written against the first: "21 | +/- 3/13" (systolic over diastolic), "21 | /13"
PAIRED_NUMBER = re.compile(r"(?:\s?(?:±|\+/-)\s?\d{1,4}(?:\.\d{1,3})?)?\s?/\s?\d")
# how far before a measure its change noun, or the verb whose amount follows it, may start
NOUN_REACH = 60
VERB_REACH = 30


@record
class LoneChange:
    """A measure's change: signed ``value`` and where its number is in the text."""
    value: Decimal
    start: int
    end: int


def lone_change(text: str, span: tuple[int, int]) -> LoneChange | None:
    """The change given for the measure named at ``span``, read from a verb after it ("X fell by 6.4") or a noun
    before it ("the mean change in X was -6.4"); None where the number stands beside another compared with it, or is
    no change.

    >>> lone_change("ZQS fell by 6.4 points, compared with 2.1 points on placebo.", (0, 3)) is None
    True
    """
    after = AFTER_MEASURE.match(text, span[1])
    if after:
        return _change(text, after, _sign(after.group("verb")))
    verb = VERB_BEFORE.search(text, max(0, span[0] - VERB_REACH), span[0])
    by = BY_AFTER.match(text, span[1]) if verb else None
    if by:
        return _change(text, by, _sign(verb.group("verb")))
    noun = NOUN_BEFORE.search(text, max(0, span[0] - NOUN_REACH), span[0]) or NOUN_OPENS.match(text, *span)
    value = VALUE_AFTER.match(text, span[1]) if noun else None
    if value is None:
        return None
    return _change(text, value, _sign(noun.group("noun")))


def _sign(word: str) -> int:
    """-1 for a word of falling, 1 of rising, 0 for "change" (the number's own sign)."""
    word = word.lower()
    return 0 if word == "change" else -1 if word in FALLS.split("|") else 1


def _change(text: str, m: re.Match, sign: int) -> LoneChange | None:
    clause_end = min((k for k in (text.find(";", m.end()), len(text)) if k >= 0))
    if NOT_ALONE.match(text, m.end()) or NOT_ALONE_AFTER.search(text, m.end(), clause_end) \
            or PAIRED_NUMBER.match(text, m.end("n")) or (m.group("unit") or "").strip().lower() in ("patients", "of"):
        return None
    unit = (m.group("unit") or "").strip()
    if unit and re.search(rf"\d\s?{re.escape(unit)}(?!\w)", text[m.end():clause_end]):
        return None                     # ("by 5.2 points after one month and 13.7 points after four": a series)
    value = exact(m.group("n"))
    if sign and m.group("n")[0] not in "-+−":
        value = sign * abs(value)
    elif sign and (value > 0) != (sign > 0):
        return None                     # ("fell by +1.2": the words and the sign disagree)
    return LoneChange(value, m.start("n"), m.end())
