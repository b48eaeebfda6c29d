"""Spans of time as ISO 8601 durations: "12 months", "one-month", "week 28", "one year".

>>> [d.iso for d in find_durations("over 12 months (one year), at one-month intervals, to week 28")]
['P12M', 'P1Y', 'P1M', 'P28W']
>>> to_iso(3, "day")
'P3D'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.text import prefilter as rx
from kg.text.numbers import NUMBER, parse_number

UNIT = r"(?P<unit>years?|months?|weeks?|days?|yrs?|mos?|wks?)"
LETTER = {"y": "Y", "m": "M", "w": "W", "d": "D"}
FORWARD = rx.compile(rf"\b(?P<num>{NUMBER}|an?)[\s-]+{UNIT}\b", re.I)
# every FORWARD match holds one of these: looked for first, it spares FORWARD's slow scan of most sentences
UNIT_AFTER_SPACE = re.compile(rf"[\s-]{UNIT}\b", re.I)
WEEK_N = rx.compile(r"\b(?P<unit>week|month|day|year)\s+(?P<num>\d{1,3})\b", re.I)


@dataclass(frozen=True)
class DurationMention:
    iso: str
    amount: float
    unit: str          # Y, M, W, D
    start: int
    end: int


def to_iso(amount, unit: str) -> str:
    amount = int(amount) if float(amount).is_integer() else amount
    return f"P{amount}{LETTER[unit[0].lower()]}"


def find_durations(text: str) -> list[DurationMention]:
    """Every duration in text order ("a year" and "an 8-week" included)."""
    out = []
    for pattern in (FORWARD, WEEK_N):
        if pattern is FORWARD and not UNIT_AFTER_SPACE.search(text):
            continue
        for m in pattern.finditer(text):
            num = m.group("num").lower()
            amount = 1 if num in ("a", "an") else parse_number(num)
            if amount is None:
                continue
            unit = m.group("unit")[0].lower()
            out.append(DurationMention(to_iso(amount, unit), amount, LETTER[unit], m.start(), m.end()))
    out.sort(key=lambda d: d.start)
    return [d for i, d in enumerate(out) if not any(o.start <= d.start < o.end for o in out[:i])]
