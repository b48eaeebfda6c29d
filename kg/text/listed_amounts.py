"""Arms given as a list of amounts of one drug beside the control: "were given placebo or 5, 15 or 45 mg doses of
XY-123", "10 or 25 mg of XY-123, or placebo". :func:`kg.text.arms.find_arms` tries it after the other layouts of doses.
"""

from __future__ import annotations

import re
from typing import Sequence

from kg.text import cues
from kg.text import prefilter as rx
from kg.text.arm_lists import ONE_LISTED_DOSE
from kg.text.arm_parts import Arm, Name, dosed, short_unit

# the amounts listed with one unit, then "(doses) of" and perhaps the route, right before the drug's name: "| 5, 15 or
# 45 milligram doses of oral | XY-123"
# (or each amount with its unit: "120 milligrams or 240 milligrams of the drug | XY-123")
# (or each amount with its unit, a hyphen perhaps between: "a 300-mg or 1,200-mg | daily dose of the drug XY-123")
AMOUNTS = rf"""(?:(?P<list>{cues.DOSE_AMOUNTS})[\s-]?(?P<unit>{cues.ARM_DOSE_UNIT})
    |(?P<each>{cues.DOSE_AMOUNT}[\s-]?{cues.ARM_DOSE_UNIT}(?:(?:,\s(?:or\s|and\s)?|\s(?:or|and)\s){cues.DOSE_AMOUNT}[\s-]?{cues.ARM_DOSE_UNIT}){{1,4}}))"""
AMOUNTS_OF = rx.compile(rf"""(?<![\w.,]){AMOUNTS}
    (?:\s(?:daily|nightly|weekly|once-daily|twice-daily))?\s(?:doses?\s)?of\s
    (?:the\s(?:study\s)?drug\s|(?:the|intravenous|oral|subcutaneous|inhaled|topical|intranasal)\s)?$""", re.I | re.X)
ONE_AMOUNT = re.compile(rf"{cues.DOSE_AMOUNT}")
# the control set against the list, just before it or just after the drug: "placebo or | ...", "..., or placebo"
CONTROL_BEFORE = re.compile(r"\b(?P<c>placebo|vehicle|sham)\s(?:or|and|versus|vs\.?)\s(?:an?\s(?:daily\s)?(?:dosage|dose)\sof\s)?$",
                            re.I)     # (a dose's words between: "placebo or | a daily dose of | 120 mg or 240 mg of XY-123")
CONTROL_AFTER = re.compile(r",?\s(?:or|and|versus|vs\.?)\s(?:to\s)?(?:a\s|matching\s)?(?P<c>placebo|vehicle|sham)\b", re.I)
# the words that give people the arms' doses, before the list: "were randomized to", "received", "were given", "took"
# (not "were dosed with": how all were dosed, no allocation)
GIVEN_BEFORE = re.compile(r"\b(?:randomi[sz]ed|randomly|assigned|allocated|received?|were\sgiven|took|take)\b", re.I)


def amounts_of_drug(text: str, names: Sequence[Name]) -> list[Arm]:
    """One arm for each amount of the drug listed right before its name, and one for the control named beside them.

    >>> t = "Adults were given placebo or 5, 15 or 45 milligram doses of oral XY-123 once a day."
    >>> [(a.label, a.interventions) for a in amounts_of_drug(t, (Name(t.index("XY"), t.index("XY") + 6, "XY-123"),))]
    [('placebo', ()), ('XY-123 5 mg', ('XY-123',)), ('XY-123 15 mg', ('XY-123',)), ('XY-123 45 mg', ('XY-123',))]
    >>> t = "Adults took placebo or a daily dose of 120 milligrams or 240 milligrams of the drug XY-123."
    >>> [a.label for a in amounts_of_drug(t, (Name(t.index("XY"), t.index("XY") + 6, "XY-123"),))]
    ['placebo', 'XY-123 120 mg', 'XY-123 240 mg']
    >>> t = "A dose of 10 or 20 mg of XY-123 was well tolerated."
    >>> amounts_of_drug(t, (Name(t.index("XY"), t.index("XY") + 6, "XY-123"),))
    []
    """
    for drug in names:
        m = AMOUNTS_OF.search(text, max(0, drug.start - 80), drug.start)
        if m is None:
            continue
        before = CONTROL_BEFORE.search(text, max(0, m.start() - 40), m.start())
        after = CONTROL_AFTER.match(text, drug.end) if before is None else None
        control = before or after
        if control is None or not GIVEN_BEFORE.search(text, 0, m.start()):
            return []                   # (doses without a control named beside them: how it was given, no arms)
        doses = [Arm(dosed(drug.label, a, short_unit(u)), None, (drug.label,), m.start(), drug.end) for a, u in amounts_in(m)]
        placebo = Arm(control.group("c").lower(), None, (), control.start("c"), control.end("c"))
        return [placebo, *doses] if before else [*doses, placebo]
    return []


def amounts_in(m: re.Match) -> list[tuple[str, str]]:
    """(amount, unit as written) of each dose an :data:`AMOUNTS` match lists, in order ("5, 15 or 45 mg": three)."""
    if m.group("list"):
        return [(a.group(), m.group("unit")) for a in ONE_AMOUNT.finditer(m.group("list"))]
    return [(a.group("a"), a.group("u")) for a in ONE_LISTED_DOSE.finditer(m.group("each"))]


# one dose in a bracket after the drug, with its arm's size in square brackets or after a comma: "15-45 mg/day [N=88]",
# "10 mg, n=40"; a range of doses is one arm's ("flexible dosing")
_BRACKET_DOSE = rf"{cues.DOSE_AMOUNT}(?:\s?[-–]\s?{cues.DOSE_AMOUNT})?[\s-]?{cues.ARM_DOSE_UNIT}(?:/d(?:ay)?\b)?"
_SIZED = r"(?:\s[\[(][nN]\s?=\s?\d{1,6}[\])]|,\s[nN]\s?=\s?\d{1,6})"
DOSES_IN_BRACKET = rx.compile(rf"""\s?\((?P<doses>{_BRACKET_DOSE}{_SIZED}(?:(?:,\s(?:or\s|and\s)?|;\s|\s(?:or|and)\s)
    {_BRACKET_DOSE}{_SIZED}){{1,4}})\)""", re.X)
# each of them, in a bracket the pattern above has read whole
ONE_BRACKET_DOSE = re.compile(rf"(?P<dose>{_BRACKET_DOSE})(?:\s[\[(]|,\s)[nN]\s?=\s?(?P<n>\d{{1,6}})")
# the control after the bracket, with its size: "or placebo (N=170)"
CONTROL_SIZED_AFTER = re.compile(r",?\s(?:or|and|versus|vs\.?)\s(?:to\s)?(?:a\s|matching\s)?(?P<c>placebo|vehicle|sham)"
                                 r"(?:\s\([nN]\s?=\s?(?P<n>\d{1,6})\))?", re.I)


def bracketed_doses(text: str, names: Sequence[Name]) -> list[Arm]:
    """The dose arms listed in a bracket right after the drug, each with its size, and the control named after it.

    >>> t = "Adults were randomized to XY-123 (10-20 mg/day [N=61] or 40-60 mg/day [N=64]) or placebo (N=60)."
    >>> [(a.label, a.n) for a in bracketed_doses(t, (Name(26, 32, "XY-123"),))]
    [('XY-123 10-20 mg/day', 61), ('XY-123 40-60 mg/day', 64), ('placebo', 60)]
    >>> bracketed_doses("XY-123 (10 mg [N=61]) was given.", (Name(0, 6, "XY-123"),))
    []
    """
    for drug in names:
        m = DOSES_IN_BRACKET.match(text, drug.end)
        if m is None:
            continue
        doses = [Arm(f"{drug.label} {d.group('dose')}", int(d.group("n")), (drug.label,), drug.start, m.end())
                 for d in ONE_BRACKET_DOSE.finditer(m.group("doses"))]
        control = CONTROL_SIZED_AFTER.match(text, m.end())
        if control is None:
            return doses
        n = int(control.group("n")) if control.group("n") else None
        return [*doses, Arm(control.group("c").lower(), n, (), control.start("c"), control.end())]
    return []

