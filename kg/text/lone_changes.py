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
from kg.text.clauses import clause_start
from kg.text.comparisons import SPREAD_BEFORE_UNIT, UNITS
from kg.text.effects import FALLING, FALLING_NOUN, RISING, RISING_NOUN, SNUM
from kg.text.numbers import exact
from kg.text.result_subject import subject_measure

# verbs and nouns whose sign a reader cannot tell without knowing the measure: "improved by 1.1%" is a fall of
# ZbA1c and a rise of visual acuity
JUDGING = frozenset({"improved", "worsened", "deteriorated", "improvement"})


def _signed(words: str) -> str:
    return "|".join(w for w in words.split("|") if w not in JUDGING)


FALLS = _signed(FALLING) + "|" + _signed(FALLING_NOUN)
RISES = _signed(RISING) + "|" + _signed(RISING_NOUN)
# how much, after "by" or "was": "by | a mean of | 6.4 mmHg", "was | -4.2 points"
AMOUNT_LEAD = r"(?:(?:an?\s)?(?:(?:adjusted\s)?(?:mean|median|average)\s(?:of\s)?|about\s|approximately\s))?"
AMOUNT = rf"{AMOUNT_LEAD}(?P<n>{SNUM})(?:{SPREAD_BEFORE_UNIT})?(?P<unit>{UNITS})?"
# what may stand between a measure and its verb or value: its short form or a note in brackets, when it was read
WHEN = r"(?:at|after|by|over|through|during)\s(?:the\s)?(?:end\sof\s)?[\w-]{1,12}(?:\s\d{1,3}(?:\s(?:through|to|and)\s\d{1,3})?)?"
BETWEEN = rf"(?:\s?\([A-Za-z][^()]{{0,100}}\))?(?:,?\s{WHEN},?)?"
# the words of a change verb: those before it ("had | also | been"), after it ("| significantly") and before its amount
# ("| from baseline | at week 12,")
VERB_BEFORE_WORDS = r"(?:(?:had|has|have)\s)?(?:(?:was|were|been)\s)?(?:(?:also|further|significantly)\s)?"
VERB_AFTER_WORDS = rf"(?:\s(?:significantly|markedly|substantially))?(?:\s{cues.FROM_BASELINE})?(?:,?\s{WHEN},?)?"
# "MEASURE | (had) fell (from baseline) by (a mean of) 6.4 mmHg": a verb says the number is a change and its sign
# (without "by" only with its unit: "X decreased 48% from baseline")
AFTER_MEASURE = rx.compile(rf"{BETWEEN}\s{VERB_BEFORE_WORDS}(?P<verb>{FALLS}|{RISES}|changed){VERB_AFTER_WORDS}"
                           rf"\s(?P<by>by\s)?{AMOUNT}", re.I)
# "MEASURE | reduction of 0.9%", "MEASURE | change from baseline was -3.6": the noun after the measure
NOUN_AFTER = rx.compile(rf"{BETWEEN}\s(?P<noun>{FALLS}|{RISES}|change)(?:\s{cues.FROM_BASELINE})?\s(?:of|was)\s{AMOUNT}",
                        re.I)
# a verb of change and its amount anywhere in a sentence: "... | decreased 48% from baseline", "... | fell by 6.4 mmHg"
VERB_AND_AMOUNT = rx.compile(rf"\b(?P<verb>{FALLS}|{RISES})\b{VERB_AFTER_WORDS}\s(?P<by>by\s)?{AMOUNT}", re.I)
# the same verb seen from its number back, ending right before it: "X | had decreased from baseline by a mean of | 6.4"
VERB_BEFORE_AMOUNT = re.compile(rf"(?<!\S){VERB_BEFORE_WORDS}(?:{FALLS}|{RISES}){VERB_AFTER_WORDS}\s(?:by\s)?{AMOUNT_LEAD}$",
                                re.I)
# "(the) mean change (from baseline) in | MEASURE": a noun says it, before the measure or opening its name
NOUN = (rf"(?:(?:LS|least[- ]squares|adjusted)\s)?(?:(?:mean|median|average)\s)?(?:(?:percent(?:age)?|absolute)\s)?"
        rf"(?P<noun>{FALLS}|{RISES}|change)s?(?:\s{cues.FROM_BASELINE})?\s(?:in|of)\s(?:the\s)?")
NOUN_BEFORE = re.compile(rf"(?:^|(?<=\s)){NOUN}$", re.I)
# "a mean reduction (from baseline) of 5.1 points in | MEASURE": the noun and its amount, both before the measure
NOUN_AND_AMOUNT_BEFORE = re.compile(rf"(?<!\S)(?P<noun>{FALLS}|{RISES})(?:\s{cues.FROM_BASELINE})?\sof\s{AMOUNT}"
                                    r"\s(?:in|on)\s(?:the\s)?$", re.I)
NOUN_OPENS = re.compile(NOUN, re.I)
# "reduced | MEASURE | by 6.4 mmHg": a verb before the measure, the amount after it
VERB_BEFORE = re.compile(rf"\b(?P<verb>{FALLS}|{RISES})\s(?:(?:the|mean|average|patients'|their)\s){{0,2}}$", re.I)
BY_AFTER = rx.compile(rf"{BETWEEN}(?:\s{cues.FROM_BASELINE})?\sby\s{AMOUNT}", re.I)
# "lowered X by 6.4 mmHg | from baseline": the amount is the group's own change
BASELINE_AFTER = re.compile(rf"\s{cues.FROM_BASELINE}\b", re.I)
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
# a measure of risk, whose change is relative: "cut | the risk of death | by 40%"
RELATIVE = re.compile(r"(?:the\s)?(?:risk|odds|hazard|likelihood|chance)\b", re.I)
# a change net of the control's: "the placebo-corrected | change in X"
NET_BEFORE = re.compile(rf"\b(?:placebo|control|sham)[-\s]{cues.NET_OF}\b", re.I)
# where the next number is the measure's start, not another change: "... from a (mean) baseline (of) | 8.0%"
BASELINE_BEFORE = re.compile(r"\bbaseline\s(?:(?:value|level)\s)?(?:(?:of|was)\s)?$", re.I)
# the units that make a number after a verb a time, not an amount: "X rose | 2 weeks after"
TIME_UNITS = frozenset("d day days week weeks month months mo mos year years h hour hours min minute minutes".split())
# how far before a measure its change noun, or the verb whose amount follows it, may start
NOUN_REACH = 60
VERB_REACH = 30


@record
class LoneChange:
    """A measure's change: signed ``value`` and where its number is in the text."""
    value: Decimal
    start: int
    end: int


def lone_change(text: str, span: tuple[int, int], verb_before: bool = True) -> LoneChange | None:
    """The change given for the measure named at ``span``, read from a verb after it ("X fell by 6.4") or a noun
    before or after it ("the mean change in X was -6.4", "an X reduction of 6.4"); None where the number stands beside
    another compared with it, is no change, or is a change of risk (relative to another group's).

    ``verb_before``: also read a verb before the measure ("XY-123 lowered X by 6.4"), which in a controlled trial may
    give the drug's difference from the control as well as its group's change.

    >>> lone_change("ZQS fell by 6.4 points, compared with 2.1 points on placebo.", (0, 3)) is None
    True
    >>> t = "XY-123 lowered ZQS by 6.4 points from baseline."
    >>> lone_change(t, (15, 18), verb_before=False).value, lone_change(t[:33] + ".", (15, 18), verb_before=False)
    (Decimal('-6.4'), None)
    """
    if RELATIVE.match(text, *span) or NET_BEFORE.search(text, max(0, span[0] - NOUN_REACH), span[0]):
        return None
    after = AFTER_MEASURE.match(text, span[1])
    if after and (after.group("by") or _unit(after) not in ("", *TIME_UNITS)):
        return _change(text, after, _sign(after.group("verb")))
    after = NOUN_AFTER.match(text, span[1])
    if after:
        return _change(text, after, _sign(after.group("noun")))
    verb = VERB_BEFORE.search(text, max(0, span[0] - VERB_REACH), span[0]) if verb_before or "baseline" in text else None
    by = BY_AFTER.match(text, span[1]) if verb else None
    if by and (verb_before or BASELINE_AFTER.match(text, by.end())):
        return _change(text, by, _sign(verb.group("verb")))   # (in a controlled trial only a change "from baseline":
        #                                                          "XY-123 lowered X by 6.4" may be its difference)
    ahead = NOUN_AND_AMOUNT_BEFORE.search(text, max(0, span[0] - NOUN_REACH), span[0])
    if ahead and ahead.group("unit"):
        return _change(text, ahead, _sign(ahead.group("noun")), span[1])
    noun = NOUN_BEFORE.search(text, max(0, span[0] - NOUN_REACH), span[0]) or NOUN_OPENS.match(text, *span)
    value = VALUE_AFTER.match(text, span[1]) if noun else None
    if value is None:
        return None
    return _change(text, value, _sign(noun.group("noun")))


def chained_changes(text: str, spans: list[tuple[int, int]]) -> list[LoneChange]:
    """One group's change of each of several measures, its noun and amount before each ("a mean reduction of 6.0
    points in | A (...) and a mean reduction of 3.4 points in | B"), in the measures' order; [] unless every measure
    has its own, each read up to where the next one's starts.

    >>> t = "XY-123 gave a mean reduction of 6.0 points in ZQS and a mean reduction of 3.4 points in ZAL."
    >>> [c.value for c in chained_changes(t, [(t.index("ZQS"), t.index("ZQS") + 3), (t.index("ZAL"), len(t) - 1)])]
    [Decimal('-6.0'), Decimal('-3.4')]
    """
    spans = sorted(spans)
    heads = [NOUN_AND_AMOUNT_BEFORE.search(text, max(0, a - NOUN_REACH, spans[k - 1][1] if k else 0), a)
             for k, (a, _) in enumerate(spans)]
    if len(spans) < 2 or not all(h and h.group("unit") for h in heads):
        return []
    out = []
    for k, (head, (_, b)) in enumerate(zip(heads, spans)):
        change = _change(text[:heads[k + 1].start() if k + 1 < len(heads) else len(text)], head,
                         _sign(head.group("noun")), b)
        if change is None:
            return []
        out.append(change)
    return out


def _sign(word: str) -> int:
    """-1 for a word of falling, 1 of rising, 0 for "change" (the number's own sign)."""
    word = word.lower()
    return 0 if word == "change" else -1 if word in FALLS.split("|") else 1


def _unit(m: re.Match) -> str:
    return (m.group("unit") or "").strip().lower()


def _change(text: str, m: re.Match, sign: int, after: int | None = None) -> LoneChange | None:
    """The change ``m`` reads, unless the rest of its clause sets it beside others: from ``after`` where the measure
    follows the amount ("a reduction of 5.1 points in | X"), else from the amount's end, which then ends ``m``."""
    amount_end = m.end() if after is None else m.end("unit")
    after = amount_end if after is None else after
    clause_end = min((k for k in (text.find(";", after), len(text)) if k >= 0))
    if NOT_ALONE.match(text, amount_end) or NOT_ALONE_AFTER.search(text, after, clause_end) \
            or PAIRED_NUMBER.match(text, m.end("n")) or _unit(m) in ("patients", "of"):
        return None
    unit = _unit(m)
    if unit and any(not BASELINE_BEFORE.search(text, max(0, k.start() - 30), k.start())
                    for k in re.compile(rf"\d[\d.]*\s?{re.escape(unit)}(?!\w)", re.I).finditer(text, after, clause_end)):
        return None                     # ("by 5.2 points after one month and 13.7 points after four": a series)
    value = exact(m.group("n"))
    if sign and m.group("n")[0] not in "-+−":
        value = sign * abs(value)
    elif sign and (value > 0) != (sign > 0):
        return None                     # ("fell by +1.2": the words and the sign disagree)
    return LoneChange(value, m.start("n"), amount_end)


def changed_subject(text: str, names: list[tuple[int, int]] = ()) -> tuple[tuple[int, int], LoneChange] | None:
    """The span of the measure that is the subject of a change verb with an amount, as the clause's shape shows it
    (no list need know the measure), and that change; None where no clause has that shape. ``names``: where the caller
    found arms' names, which may stand between the subject and its verb.

    >>> text = "At week 12, mean plasma zetaglobin had decreased 48% from baseline."
    >>> (a, b), change = changed_subject(text)
    >>> text[a:b], change.value
    ('plasma zetaglobin', Decimal('-48.0'))
    """
    for hit in VERB_AND_AMOUNT.finditer(text):
        span = subject_measure(text, clause_start(text, hit.start()), hit.start("n"), names, VERB_BEFORE_AMOUNT)
        change = lone_change(text, span) if span else None
        if change and change.start == hit.start("n"):
            return span, change
    return None

