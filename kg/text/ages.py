"""Ages in text: the ages a trial admitted (eligibility) apart from the ages of those it enrolled.

"Adults aged 18 to 85", "between the ages of 2 and 17", "18 years or older", "at least 3 years old ... no older
than 21" state who could take part (``eligible``); "ages ranged from 45 to 68", "ages 45 to 68 years" after a
count of those enrolled, and "mean age 62" describe those enrolled (``enrolled``). Ages in months or weeks, and the
ages of an approval's indication ("approved for patients aged 12 and older"), are left out.

>>> [(a.kind, a.low, a.high) for a in find_ages("Adults aged 18 to 75 years with type 2 diabetes were enrolled.")]
[('eligible', 18, 75)]
>>> [(a.kind, a.low, a.high) for a in find_ages("The 12 patients, ages 31 to 64 years, had mild disease.")]
[('enrolled', 31, 64)]
>>> [(a.kind, a.low, a.high) for a in find_ages("It enrolled nine women and six men, aged 35 to 70 years.")]
[('enrolled', 35, 70)]
>>> [(a.kind, a.low, a.high) for a in find_ages("Adults (aged ≥18 years) with gout took part.")]
[('eligible', 18, None)]
>>> find_ages("Patients ≥65 years had more events."), find_ages("Patients aged ≥ 65 years had more events.")
([], [])
>>> [(a.kind, a.low) for a in find_ages("Participants: adults with gout aged ≥ 50 years.")]
[('eligible', 50)]
>>> [(a.kind, a.low, a.high) for a in find_ages("The trial, enrolling children 2–<10 years old, was stopped.")]
[('eligible', 2, 10)]
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.model import record
from kg.text import cues
from kg.text import prefilter as rx
from kg.text.numbers import exact

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

AGE = r"\d{1,3}"
TO = r"\s*(?:to|-|–|and|through)\s*"
# an age given in another unit than years: such an age is not read ("aged 2 months and older")
UNIT = r"(?P<unit>\s*(?:years?|yrs?|months?|weeks?|days?)\b)?"
ELIGIBLE_RANGE = [
    # "aged 18 to 85 (years)", "aged between 18 and 85"
    rx.compile(rf"\baged\s+(?:between\s+|from\s+)?(?P<lo>{AGE}){TO}(?P<hi>{AGE})(?!\d|\.\d){UNIT}", re.I),
    # "between the ages of 2 and 17"
    rx.compile(rf"\bbetween\s+(?:the\s+)?ages?\s+of\s+(?P<lo>{AGE}){TO}(?P<hi>{AGE})(?!\d|\.\d){UNIT}", re.I),
]
# "ages 2 to 17": who could take part in a sentence about eligibility, else those enrolled
AGES_NOUN = rx.compile(rf"(?=[a])\bages?\s+(?:of\s+)?(?P<lo>{AGE}){TO}(?P<hi>{AGE})(?!\d|\.\d){UNIT}", re.I)
# "6-49 years old", "18 to 65 years of age": a range said in years old, of those enrolled or, in a sentence about
# eligibility, of who could take part
YEARS_OLD = rx.compile(rf"(?<![\w.-])(?P<lo>{AGE}){TO}<?\s?(?P<hi>{AGE})\s+years?\s+(?:old|of\s+age)\b", re.I)   # ("1-<12 years old")
# a count of people right before an age range: "96 adults (| 6-49 years old)"
COUNTED_BEFORE = rx.compile(rf"(?<![\d,])\d[\d,]{{0,8}}\s(?:[\w-]{{1,25}}\s){{0,2}}?(?:{cues.PEOPLE}|boys|girls)\s{{0,2}}"
                            r"(?:\(|,|aged\s)?\s{0,2}$", re.I)
# a sentence on subgroups, whose ages are a part of those enrolled: "in subsets at entry, ..., and 9-16 years of age"
SUBGROUPS = rx.compile(r"(?=[psP])\b(?:sub-?groups?|subsets?|post\s+hoc)\b", re.I)
# "ages ranged from 45 to 68", "ranging in age from 45 to 68", "age range 45-68", "(range, 45 to 68 years)"
ENROLLED_RANGE = rx.compile(rf"""(?=[ar])\b(?:ages?\s+(?:ranged|ranging|range[ds]?)\s+(?:from\s+|between\s+|was\s+|of\s+)?
    | ranging\s+in\s+age\s+from\s+ | age\s+range\s*(?:was\s+|of\s+|:\s*)?)
    (?P<lo>{AGE}){TO}(?P<hi>{AGE})(?!\d|\.\d){UNIT}""", re.I | re.X)
ELIGIBLE_MIN = [
    # "aged 18 or older", "18 years or older", "18 years of age or older", "Age 3 years or older"
    rx.compile(rf"""\b(?:(?:aged?\s+)(?P<lo>{AGE})(?:\s+years?(?:\s+of\s+age)?)?
        | (?P<lo2>{AGE})\s+years?(?:\s+of\s+age)?)\s+(?:and|or)\s+(?:older|over|above)\b""", re.I | re.X),
    # "at least 18 years old", "at least 18 years of age"
    rx.compile(rf"\bat\s+least\s+(?P<lo>{AGE})\s+years?\s+(?:old|of\s+age)\b", re.I),
]
# "aged ≥18 years", "patients ≥ 18 years of age", "(≥18 years)": a sign for "or older" before the years, read only in a
# sentence about who entered (else a subgroup's: "patients ≥65 years had more events")
SIGN_MIN = rx.compile(rf"(?:≥|>=)\s?(?P<lo>{AGE})\s?(?:years?|yrs?)\b", re.I)
ENTERED = rx.compile(r"(?=[eirt])\b(?:enrol(?:l?ed|l?ing)|eligible|included|randomi[sz]ed|recruited|took\s+part)\b", re.I)
# "aged ≥ 50 years": the sign after "aged" states an entry criterion, in a sentence with no verb of what happened
# ("Participants: adults with gout aged ≥ 50 years."; not "patients aged ≥65 years had more events")
AGED_SIGN_BEFORE = re.compile(r"(?<![\w-])aged\s$", re.I)
HAPPENED = rx.compile(r"(?=[hwsedr])\b(?:had|has|have|was|were|showed|experienced|developed|reported|received)\b", re.I)
# "no older than 21", "up to 25 years old": a maximum, read only in a sentence about eligibility
ELIGIBLE_MAX = rx.compile(rf"\b(?:no\s+older\s+than\s+(?P<hi>{AGE})(?!\d|\.\d)(?!\s*(?:months?|weeks?|days?)\b)"
                          rf"|up\s+to\s+(?P<hi2>{AGE})\s+years?\s+(?:old|of\s+age))", re.I)
# a sentence about who could take part
ELIGIBILITY = rx.compile(r"(?=[cehimqtw])\b(?:eligib\w*|inclusion|criteria|to\s+qualify|qualif\w+|had\s+to\s+be|must\s+be|"
                         r"were\s+required|to\s+take\s+part|could\s+(?:join|take\s+part|enrol))\b", re.I)
# a sentence about the people an approval or label covers, not a trial's entry criteria
INDICATION = rx.compile(r"(?=[acilp])\b(?:approv\w*|indicated|indication|label|authori[sz]\w*|prescrib\w*|cleared)\b", re.I)
# the makeup of those enrolled right before an age range: "seven women and five men, aged 30 to 61" describes them
AFTER_MAKEUP = rx.compile(r"(?=[bfgmw])\b(?:men|women|males|females|boys|girls)\s*,\s*$", re.I)
# an age that is one side of a comparison of age groups ("under 10 vs 10 years and older"), not an entry criterion
COMPARED = rx.compile(r"(?=[v])\b(?:vs\.?|versus)\s*$", re.I)
# a mean or median age: "mean age was 61.5", "mean (SD) age of 61.5 (8.2)", "median age of patients was 62", "mean ± SD
# age, 61.5 ± 8.2", "mean age at entry 61", "median age (range) was 44 (21-68)"
AGE_STAT = rx.compile(r"""(?=[am])\b(?P<stat>mean|median|average)\s+(?:\([^()]{1,24}\)\s+|±\s?SD\s+)?age(?:\s+\([^()\d]{1,24}\))?(?:\s+at\s+\w+)?
    (?:\s+(?:of\s+(?:the\s+)?(?:patients|participants|subjects|enrollees|children|adults)\s+)?(?:was|were|is)\b|\s+of\b|\s*[,:=])?
    \s*(?:about\s+|approximately\s+)?(?P<v>\d{1,3}(?:\.\d{1,2})?)(?!\d|\.\d)""", re.I | re.X)


# the range after a mean or median age's value: "38 | (17–65)", "62 | years (range, 45-80)"
STAT_RANGE = re.compile(r"\s?(?:years?\s?)?\((?P<said>range[,:]?\s?)?(?P<lo>\d{1,3})\s?(?:[-–—]|to)\s?(?P<hi>\d{1,3})\)")


@record
class Ages:
    """An age range a sentence states: ``eligible`` (who could take part) or ``enrolled`` (who took part)."""

    kind: str
    low: int | None
    high: int | None
    start: int
    end: int


@record
class AgeStat:
    """The mean or median age of those enrolled."""

    stat: str
    value: Decimal
    start: int
    end: int


def in_years(m: re.Match) -> bool:
    unit = m.group("unit") if "unit" in m.re.groupindex else None
    return not unit or unit.strip().lower().startswith(("year", "yr"))


def find_ages(text: str) -> list[Ages]:
    """The age ranges and bounds a sentence states, eligible or enrolled (see the module's docstring).

    >>> [(a.kind, a.low, a.high) for a in find_ages("To take part, patients had to be at least 3 years old and no older than 21.")]
    [('eligible', 3, None), ('eligible', None, 21)]
    >>> find_ages("The drug is approved for patients aged 12 years and older.")
    []
    >>> [(a.kind, a.low, a.high) for a in find_ages("In all, 96 adults (6-49 years old) took part.")]
    [('enrolled', 6, 49)]
    >>> [(a.kind, a.low, a.high) for a in find_ages("Their median age (range) was 41 (19–70) years.")]
    [('enrolled', 19, 70)]
    >>> find_ages("The mean age (SD) was 41 (19) years; the range of doses was wide.")
    []
    """
    if INDICATION.search(text):
        return []
    out: list[Ages] = []
    taken: list[tuple[int, int]] = []

    def add(kind, lo, hi, m):
        if any(s < m.end() and m.start() < e for s, e in taken):
            return
        if COMPARED.search(text, max(0, m.start() - 10), m.start()):
            return
        if lo is not None and hi is not None and not int(lo) < int(hi):
            return
        taken.append((m.start(), m.end()))
        out.append(Ages(kind, None if lo is None else int(lo), None if hi is None else int(hi), m.start(), m.end()))

    for m in ENROLLED_RANGE.finditer(text):
        if in_years(m):
            add("enrolled", m.group("lo"), m.group("hi"), m)
    for stat in AGE_STAT.finditer(text) if "range" in text else ():
        # the range beside a mean or median age: "median age (range) was 44 (21-68) years", "median age 62 years
        # (range, 45-80)" (a bracket that says no range is a spread's: "mean age (SD) was 61 (8.2)")
        if (m := STAT_RANGE.match(text, stat.end())) and (m.group("said") or "(range)" in stat.group().lower()):
            add("enrolled", m.group("lo"), m.group("hi"), m)
    for pattern in ELIGIBLE_RANGE:
        for m in pattern.finditer(text):
            if in_years(m):
                described = AFTER_MAKEUP.search(text, max(0, m.start() - 12), m.start())
                add("enrolled" if described else "eligible", m.group("lo"), m.group("hi"), m)
    eligibility = ELIGIBILITY.search(text) is not None
    for m in AGES_NOUN.finditer(text):
        if in_years(m):
            add("eligible" if eligibility else "enrolled", m.group("lo"), m.group("hi"), m)
    for m in YEARS_OLD.finditer(text) if (" old" in text or " of age" in text) and not SUBGROUPS.search(text) else ():
        if eligibility or ENTERED.search(text) or COUNTED_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            add("eligible" if eligibility or "<" in m.group() else "enrolled", m.group("lo"), m.group("hi"), m)
            #                     (not a subgroup's: "those with X, and 9-16 years of age, had more Y"; a bound
            #                     written "<" is a criterion's: "1-<12 years old")
    for pattern in ELIGIBLE_MIN:
        for m in pattern.finditer(text):
            add("eligible", m.group("lo") or m.groupdict().get("lo2"), None, m)
    for m in SIGN_MIN.finditer(text) if "≥" in text or ">=" in text else ():
        if eligibility or ENTERED.search(text) or (AGED_SIGN_BEFORE.search(text, max(0, m.start() - 6), m.start())
                                                   and not HAPPENED.search(text) and not SUBGROUPS.search(text)):
            add("eligible", m.group("lo"), None, m)
    if eligibility:
        for m in ELIGIBLE_MAX.finditer(text):
            add("eligible", None, m.group("hi") or m.group("hi2"), m)
    return sorted(out, key=lambda a: a.start)


def age_stats(text: str) -> list[AgeStat]:
    """The mean and median ages a sentence gives.

    >>> [(s.stat, s.value) for s in age_stats("Their mean age was 61.5 years.")]
    [('mean', Decimal('61.5'))]
    """
    out = []
    for m in AGE_STAT.finditer(text):
        stat = "median" if m.group("stat").lower() == "median" else "mean"
        out.append(AgeStat(stat, exact(m.group("v")), m.start(), m.end()))
    return out
