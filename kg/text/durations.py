"""Spans of time as ISO 8601 durations: "12 months", "one-month", "week 28", "one year".

An amount is exact (int or Decimal), and a span longer than a century in its
unit is not a duration any trial or treatment has: it is not read as one.

>>> [d.iso for d in find_durations("over 12 months (one year), at one-month intervals, to week 28")]
['P12M', 'P1Y', 'P1M', 'P28W']
>>> [d.iso for d in find_durations("at wk 8 and wk 24")]
['P8W', 'P24W']
>>> to_iso(3, "day"), to_iso(Decimal("2.50"), "week"), to_iso(10 ** 29, "month"), to_iso(12, "hour")
('P3D', 'P2.5W', None, 'PT12H')
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.model import record
from kg.text import prefilter as rx
from kg.text.numbers import NUMBER, parse_number, tidy

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

UNIT = r"(?P<unit>years?|months?|weeks?|days?|yrs?|mos?|wks?)"
LETTER = {"y": "Y", "m": "M", "w": "W", "d": "D", "h": "H"}
# the longest span read as a duration, per unit: a century
LONGEST = {"Y": 100, "M": 1_200, "W": 5_218, "D": 36_525, "H": 876_600}
FORWARD = rx.compile(rf"\b(?P<num>{NUMBER}|an?)[\s-]+{UNIT}\b", re.I)
# every FORWARD match holds one of these: looked for first, it spares FORWARD's slow scan of most sentences
UNIT_AFTER_SPACE = rx.compile(rf"[\s-]{UNIT}\b", re.I)     # (prefiltered too: most sentences name no unit at all)
# ("week 28", or its short form: "wk 28")
WEEK_N = rx.compile(r"(?=[dmwy])\b(?P<unit>week|wk|month|day|year)(?:\s+|-)(?P<num>\d{1,3})\b", re.I)


@record
class DurationMention:
    iso: str
    amount: int | Decimal
    unit: str          # Y, M, W, D
    start: int
    end: int


def to_iso(amount: int | Decimal | None, unit: str) -> str | None:
    """The ISO 8601 duration of ``amount`` ``unit`` (hour, day, week, month, year or their first letter), exactly.

    None when there is no amount, or it is negative or longer than a century: no span a trial report gives.
    """
    letter = LETTER[unit[0].lower()]
    if amount is None:
        return None
    value = Decimal(repr(amount)) if isinstance(amount, float) else Decimal(amount)
    if not value.is_finite() or not 0 <= value <= LONGEST[letter]:
        return None
    text = str(int(value)) if value == value.to_integral_value() else format(tidy(value), "f")
    return f"PT{text}H" if letter == "H" else f"P{text}{letter}"


def find_durations(text: str) -> list[DurationMention]:
    """Every duration in text order ("a year" and "an 8-week" included)."""
    out = []
    for pattern in (FORWARD, WEEK_N):
        if pattern is FORWARD and not UNIT_AFTER_SPACE.search(text):
            continue
        for m in pattern.finditer(text):
            num = m.group("num").lower()
            amount = 1 if num in ("a", "an") else parse_number(num)
            unit = m.group("unit")[0].lower()
            iso = None if amount is None else to_iso(amount, unit)
            if iso is not None:
                out.append(DurationMention(iso, amount, LETTER[unit], m.start(), m.end()))
    out.sort(key=lambda d: d.start)
    kept, reach = [], -1
    for d in out:                  # a duration inside an earlier one (in text order) is part of it
        if d.start >= reach:
            kept.append(d)
        reach = max(reach, d.end)
    return kept
