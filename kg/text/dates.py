"""Calendar dates in several styles, as ISO 8601 prefixes.

>>> [d.iso for d in find_dates("On 25 April 2023 and May 12, 2022; in February 2023, and in 2017.")]
['2023-04-25', '2022-05-12', '2023-02', '2017']
>>> [d.iso for d in find_dates("published 2023-02-14")]
['2023-02-14']

A date is a real calendar date: "April 34, 2023" is no day of April (its year
alone is kept, as for any year in the text) and 2023 had no February 29.

>>> [d.iso for d in find_dates("April 34, 2023 and 2023-02-29, not February 29, 2024")]
['2023', '2024-02-29']
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from datetime import date

from kg.model import record
from kg.text import prefilter as rx
from kg.text.prefilter import alternation, starts_with

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTH_NAMES = sorted(MONTHS, key=len, reverse=True)
# a lookahead for the letters a month can start with, and the names grouped by first letter, spare re the
# alternation of month names at every word
_month = starts_with(MONTHS) + r"(?P<month>" + alternation(MONTH_NAMES) + r")\.?"
_year = r"(?P<year>(?:19|20)\d{2})"
PATTERNS = [
    rx.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})(?:-(?P<day>\d{2}))?\b"),
    # (blanks before and after a comma: the first run is taken whole, so re never splits it between the two)
    rx.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_month}\s*+,?\s*{_year}\b", re.I),
    rx.compile(rf"\b{_month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,\s*{_year}\b", re.I),
    rx.compile(rf"\b{_month}\s+(?:of\s+)?{_year}\b", re.I),
    rx.compile(rf"(?<![\w.;:/-]){_year}(?![\d;:/-]|\.\d|\s*(?:mg|g|mL|kg|µg|mcg|IU|units|%|patients|people|participants|cells|points)\b)"),
]


@record
class DateMention:
    iso: str
    start: int
    end: int


def find_dates(text: str) -> list[DateMention]:
    """All dates in ``text``, most specific first where they overlap, in text order."""
    taken: list[tuple[int, int]] = []              # spans of the dates found, in text order
    found: list[DateMention] = []
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            at = bisect_left(taken, (m.end(), -1))     # the spans taken never overlap: only the last before can
            if at and taken[at - 1][1] > m.start():
                continue
            month = m.groupdict().get("month")
            mnum = MONTHS[month.lower()] if month else (int(m.group("mnum")) if m.groupdict().get("mnum") else None)
            if mnum is not None and not 1 <= mnum <= 12:
                continue
            day = m.groupdict().get("day")
            if day and mnum and not is_calendar_date(int(m.group("year")), mnum, int(day)):
                continue
            iso = m.group("year") + (f"-{mnum:02d}" if mnum else "") + (f"-{int(day):02d}" if day and mnum else "")
            insort(taken, (m.start(), m.end()))
            found.append(DateMention(iso, m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def is_calendar_date(year: int, month: int, day: int) -> bool:
    """Is there such a day in the calendar?

    >>> is_calendar_date(2024, 2, 29), is_calendar_date(2023, 2, 29), is_calendar_date(2023, 4, 34)
    (True, False, False)
    """
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
