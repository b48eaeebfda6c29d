"""The parts the arm layouts share: the records (:class:`Name`, :class:`Arm`), the dose, level and control
patterns, a stated group size, dose labels and dosing schedules. :mod:`kg.text.arms` and its layouts
(:mod:`kg.text.allocation`, :mod:`kg.text.arm_lists`) build on them.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from kg.model import record
from kg.text import cues
from kg.text import prefilter as rx
from kg.text.numbers import NUMBER, parse_number

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).


@record
class Name:
    """A therapy named in the text: its span (offsets in the text read) and its label."""

    start: int
    end: int
    label: str


@record
class Arm:
    """One group of a trial: its label, its size when stated, the therapies it received, and where it was read."""

    label: str
    n: int | None = None
    interventions: tuple[str, ...] = ()
    start: int = 0
    end: int = 0


# a stated size right after an arm: "(n=40)", "(n = 40)", "(ABC; n=40)", "(40 patients)", "(n=40, 52.1%)", "(N=40, mean
# age 61)" (not "(n = 40, 38 and 41, respectively)": a size each); "N=40" after a comma
PAREN_N = rx.compile(rf"""\((?:[^()\n]{{0,40}}?[;,]\s*)?(?:[nN]\s*=\s*(?P<n1>{NUMBER})|(?P<n2>{NUMBER})\s+(?:{cues.PEOPLE}|cases))
    (?:;[^()\n]{{0,60}}|,\s*(?:\d{{1,3}}(?:\.\d{{1,2}})?\s?%|[A-Za-z])[^()\n]{{0,60}})?\)
    | [,;]\s*[nN]\s*=\s*(?P<n3>{NUMBER})\b""", re.X)
# a dose written after a drug ("XY-123 10 mg", "XY-123 at 0.5 mg/kg")
DOSE = rx.compile(rf"(?<![\w.–-])(?P<amount>{cues.DOSE_AMOUNT}(?:\s?[–-]\s?\d{{1,6}}(?:\.\d{{1,4}})?)?)[\s-]?"
                  rf"(?P<unit>{cues.ARM_DOSE_UNIT}(?:/d(?:ay)?)?)(?![\w/])", re.I)     # (a titrated range: "2.5–5.0 mg")
# a dose written before its drug: "1200 mg of | XY-123"
DOSE_OF_BEFORE = rx.compile(rf"(?<![\w.,])(?P<amount>{cues.DOSE_AMOUNT})[\s-]?(?P<unit>{cues.ARM_DOSE_UNIT})\s+of\s+$", re.I)
# two arms joined by a slash, in the order their numbers follow: "| XY-123/placebo |: n=61/n=59" (a regex fragment)
SLASHED_ARMS = r"(?<![\w/-])(?P<a1>[A-Za-z][\w-]{1,30})/(?P<a2>[A-Za-z][\w-]{1,30})"
CONTROL = rx.compile(rf"\b{cues.CONTROL_ARM}\b", re.I | re.X)
LEVEL = rx.compile(rf"(?=[hilms])\b(?P<level>{cues.DOSE_LEVEL})[- ]dose\b", re.I)
LEVEL_END = rx.compile(rf"(?=[hilms])\b(?P<level>{cues.DOSE_LEVEL})[- ]dose$", re.I)
# the control arm's substance: a placebo, a sham or (for gels, creams and drops) the vehicle without the drug
# (or placebo's short form, "PBO", which abstracts use: :func:`placebo_label`)
# ("a saline placebo": one)
PLACEBO = rx.compile(rf"(?=[psv])\b(?:(?!saline[\s-]+placebo\b){cues.PLACEBO_WORDS}|(?-i:PBO))\b", re.I)


def placebo_label(word: str) -> str:
    """The control arm's label for the word :data:`PLACEBO` found.

    >>> placebo_label("PBO"), placebo_label("Vehicle")
    ('placebo', 'vehicle')
    """
    return "placebo" if word == "PBO" else word.lower()
# what may stand between two arms listed with a comma: the first one's dose, how often it is given and its size ("A
# 10 mg (n=9), A 20 mg", "A 125 mg every four weeks, A 250 mg every two weeks")
HOW_OFTEN = (r"(?:every\s++(?:other\s++|\w{1,6}\s++)?(?:day|week|month|hour)s?|(?:per|a|each)\s++(?:day|week|month)|(?:once|twice|thrice|three\s++times)\s++(?:daily|weekly|monthly|(?:a|per|each)\s++(?:day|week|month))"
              # (or its short form: "QD", "Q2W", "q12wks", "Q12 weeks")
              r"|daily|weekly|monthly|[qQ][1-8]?[dDwW]|[qQ]\d{1,2}(?:wks?|WKS?|w|W|d|D|\s(?:weeks|days|months)))")
# how often a dose is given, right after it: "300 mg | every 2 weeks", "300 mg | Q2W"
HOW_OFTEN_AFTER = rx.compile(rf"(?<!\s)\s++(?P<often>{HOW_OFTEN})(?![\w-])")
# how often an arm's drug is given, anywhere in its words: "XY-123 | every 8 weeks"
SCHEDULE = rx.compile(rf"(?<![\w-])(?P<often>{HOW_OFTEN})(?![\w-])")
AMOUNT = re.compile(cues.DOSE_AMOUNT)
GROUP_WORD = re.compile(r"(?<![\s-])[\s-]++(?:group|arm|cohort)s?$", re.I)
REACH = 60            # characters before an arm's name searched for what introduces it


# a word that stands for the trial's one therapy after the doses given of it: "25 mg or 50 mg of | treatment |"
DOSED_STAND_IN = re.compile(rf"\d\s?(?:{cues.ARM_DOSE_UNIT})\sof\s(?:the\s)?(?:study\s|active\s)?"
                            r"(?P<w>treatment|drug|medication)\b", re.I)


def dosed_stand_ins(text: str, main: str) -> tuple[Name, ...]:
    """The words that stand for the trial's one therapy ``main`` after the doses given of it.

    >>> [n.label for n in dosed_stand_ins("Adults received 25 mg or 50 mg of treatment, or placebo.", "XY-123")]
    ['XY-123']
    >>> dosed_stand_ins("Adults received 150 mg of XY-123 or placebo for the treatment of gout.", "XY-123")
    ()
    """
    return tuple(Name(m.start("w"), m.end("w"), main) for m in DOSED_STAND_IN.finditer(text)) if " of " in text else ()


def stated_n(extent: str) -> int | None:
    """The size stated in an arm's own words: "(n=40)", "(40 patients)"."""
    m = PAREN_N.search(extent)
    if m is None:
        return None
    value = parse_number(m.group("n1") or m.group("n2") or m.group("n3"))
    return int(value) if value is not None and value == int(value) else None


@record
class Schedule:
    """How often a dose is given, as written right after it ("every 2 weeks"), and where those words are."""

    words: str
    start: int
    end: int


def schedule_at(text: str, pos: int) -> Schedule | None:
    """The schedule written at ``pos``, right after a dose ("300 mg | every 2 weeks"), blanks made single; else None."""
    often = HOW_OFTEN_AFTER.match(text, pos)
    return Schedule(" ".join(often.group("often").split()), often.start(), often.end()) if often else None


def dose_schedule(text: str) -> Schedule | None:
    """The schedule written right after the first dose in ``text`` ("XY-123 300 mg | every 2 weeks"), else None.

    >>> dose_schedule("the XY-123 300 mg every 2 weeks group").words, dose_schedule("the 300 mg group")
    ('every 2 weeks', None)
    """
    dose = DOSE.search(text)
    return schedule_at(text, dose.end()) if dose else None


def doses_on_schedules(text: str) -> frozenset[str]:
    """The doses ("300 mg") that ``text`` gives on two or more schedules, as arms that differ by how often they are
    dosed ("300 mg every 4 weeks (n=60), 300 mg every 2 weeks (n=62)").

    >>> sorted(doses_on_schedules("to 150 mg every 4 weeks, 300 mg every 4 weeks or 300 mg every 2 weeks"))
    ['300 mg']
    >>> doses_on_schedules("300 mg every 2 weeks after a 600 mg loading dose")
    frozenset()
    """
    seen: dict[str, set[str]] = {}
    for dose in DOSE.finditer(text):
        often = schedule_at(text, dose.end())
        if often:
            seen.setdefault(f"{dose.group('amount')} {dose.group('unit').lower()}", set()).add(often.words.lower())
    return frozenset(dose for dose, schedules in seen.items() if len(schedules) > 1)


# units spelled out, by their symbols: "20 milligrams" is the arm "20 mg"
SPELLED_UNITS = {"milligram": "mg", "microgram": "µg", "gram": "g"}


def short_unit(unit: str) -> str:
    """A dose unit by its symbol where it is spelled out.

    >>> short_unit("milligrams"), short_unit("Micrograms/kg"), short_unit("mg")
    ('mg', 'µg/kg', 'mg')
    """
    head, slash, rest = unit.partition("/")
    symbol = SPELLED_UNITS.get(head.lower().removesuffix("s"))
    return f"{symbol}{slash}{rest}" if symbol else unit


def dosed(label: str, amount: str, unit: str) -> str:
    """An arm's label with its dose: "XY-123 10 mg", a strength in percent without a blank ("XY-123 0.02%")."""
    return f"{label} {amount}{'' if unit == '%' else ' '}{unit}"


def dose_labels(arms: list[Arm], text: str) -> list[Arm] | None:
    """Arms of one drug at different doses take "<drug> <dose>" labels; None when their doses are not all stated.

    When two arms share a dose and differ in how often it is given, every dosed arm's label ends with its schedule
    as written ("<drug> 300 mg every 2 weeks"); an arm with no dose but a schedule is "<drug> every 8 weeks".

    >>> t = "to XY-123 150 mg every 4 weeks (n=9), 300 mg every 4 weeks (n=8) or 300 mg every 2 weeks (n=7)"
    >>> arms = [Arm("XY-123", 9, ("XY-123",), 3, 36), Arm("XY-123", 8, ("XY-123",), 38, 64),
    ...         Arm("XY-123", 7, ("XY-123",), 68, 94)]
    >>> [a.label for a in dose_labels(arms, t)]
    ['XY-123 150 mg every 4 weeks', 'XY-123 300 mg every 4 weeks', 'XY-123 300 mg every 2 weeks']
    """
    counts: dict[str, int] = {}
    for a in arms:
        counts[a.label] = counts.get(a.label, 0) + 1
    out, schedules = [], []
    for a in arms:
        if counts[a.label] < 2:
            out.append(a)
            schedules.append(None)
            continue
        dose = DOSE.search(text, a.start, a.end) or DOSE_OF_BEFORE.search(text, max(0, a.start - 30), a.start)
        if dose is None and (often := SCHEDULE.search(text, a.start, a.end)):
            out.append(Arm(f"{a.label} {' '.join(often.group('often').split())}", a.n, a.interventions, a.start, a.end))
            schedules.append(None)      # (no dose, only how often: "XY-123 every 8 weeks, XY-123 every 12 weeks")
            continue
        if dose is None and a.interventions and (lasting := LASTING.search(text, a.start, a.end)):
            out.append(Arm(f"{a.label} {lasted(lasting)}", a.n, a.interventions, a.start, a.end))
            schedules.append(None)      # (no dose, only how long: "XY-123 for 12 weeks, XY-123 for 6 weeks")
            continue
        if dose is None:
            return None
        label = dosed(a.label, dose.group("amount"), dose.group("unit"))
        out.append(Arm(label, a.n, a.interventions, a.start, a.end))
        often = schedule_at(text, dose.end())
        schedules.append(often.words if often else None)
    labels = [a.label for a in out]
    if len(set(labels)) == len(labels):
        return out
    out = [Arm(f"{a.label} {often}", a.n, a.interventions, a.start, a.end) if often else a
           for a, often in zip(out, schedules)]
    return by_durations(arms, out, text)


# a span of time a drug was given for: "12 weeks", "six months"
SPAN_OF_TIME = r"(?:\d{1,3}|one|two|three|four|five|six|eight|ten|twelve)\s++(?:days?|weeks?|months?|years?)"
# how long an arm's drug was given, right after its dose and schedule: "XY-123 3 mg daily | for 12 weeks"
LASTING = re.compile(rf"\bfor\s(?P<d>{SPAN_OF_TIME})\b", re.I)


def by_durations(arms: list[Arm], labelled: list[Arm], text: str) -> list[Arm]:
    """The ``labelled`` arms, those whose labels are still alike named "<drug> <duration>" instead where each says for
    how long its drug was given and the durations differ (arms of one dose and schedule given for 12 or 6 weeks).

    >>> t = "to XY-123 3 mg daily for 12 weeks, XY-123 3 mg daily for 6 weeks, or placebo"
    >>> arms = [Arm("XY-123", None, ("XY-123",), 3, 35), Arm("XY-123", None, ("XY-123",), 36, 66)]
    >>> [a.label for a in dose_labels(arms, t)]
    ['XY-123 12 weeks', 'XY-123 6 weeks']
    """
    counts = Counter(a.label for a in labelled)
    alike = [k for k, a in enumerate(labelled) if counts[a.label] > 1 and a.interventions]
    lasting = {k: LASTING.search(text, labelled[k].start, labelled[k].end) for k in alike}
    if not all(lasting.values()) or len({lasted(m) for m in lasting.values()}) < len(alike):
        return labelled
    return [Arm(f"{arms[k].label} {lasted(lasting[k])}", a.n, a.interventions, a.start, a.end) if k in lasting else a
            for k, a in enumerate(labelled)]


def lasted(m: re.Match) -> str:
    """The duration a :data:`LASTING` match names, one space a word ("12 weeks")."""
    return " ".join(m.group("d").split())


# a group named by its role, the arm given the document's therapy: "the treatment group (N=228)"
ACTIVE_LABEL = re.compile(cues.ACTIVE_ROLE, re.I)
ROLE_LABEL = re.compile(rf"{cues.ACTIVE_ROLE}|intervention|study|test", re.I)     # (and the role words of a group told what it got)


def with_main(arm: Arm, main: str | None) -> Arm:
    """A dose-level arm that names no drug receives the main therapy; a group named by its role or by a dose alone is
    the main therapy's, or the therapies' it was given.

    >>> with_main(Arm("treatment", 228), "XY-123")
    Arm(label='XY-123', n=228, interventions=('XY-123',), start=0, end=0)
    >>> with_main(Arm("0.4 mg", 18), "XY-123").label
    'XY-123 0.4 mg'
    >>> with_main(Arm("intervention", 30, ("AB-7",)), "XY-123").label     # (a role group given another: that one's)
    'AB-7'
    """
    if arm.interventions and ROLE_LABEL.fullmatch(arm.label):
        return Arm(" plus ".join(arm.interventions), arm.n, arm.interventions, arm.start, arm.end)
    if arm.interventions or not main:
        return arm
    if ACTIVE_LABEL.fullmatch(arm.label):
        return Arm(main, arm.n, (main,), arm.start, arm.end)
    dose = DOSE.fullmatch(arm.label)
    if dose:                             # "(0.4 mg, n=18; 0.8 mg, n=18)": the main therapy's doses
        return Arm(f"{main} {dose.group('amount')} {dose.group('unit')}", arm.n, (main,), arm.start, arm.end)
    if not LEVEL.search(arm.label):
        return arm
    return Arm(arm.label, arm.n, (main,), arm.start, arm.end)


def named_in(names: Sequence[Name], start: int, end: int) -> str | None:
    """The label of the one therapy named in ``[start, end)``, else None."""
    found = {n.label for n in names if start <= n.start < end}
    return found.pop() if len(found) == 1 else None
