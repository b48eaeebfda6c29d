"""A median one arm has not reached, set against another arm's time: "median survival was not reached with XY-123
versus 28.1 months with placebo", "improved from 11.9 months in the placebo arm to not reached in the XY-123 arm".
The arm with the number has a value; the other has none to give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from kg.text import prefilter as rx

# the words that say a median was not reached (the short form after it, in brackets, is no part of it)
NOT_REACHED = rx.compile(r"(?=[nN])\b(?:not\s(?:yet\s)?(?:been\s)?reached|NR)\b(?:\s\(NR\))?")
# a time a median came to, outside brackets: "| 28.1 months |"
TIME_VALUE = re.compile(r"(?<![\w.,])(?P<v>\d{1,3}(?:\.\d{1,2})?)\s(?P<u>months?|years?|weeks?|days?)\b")


@dataclass(frozen=True)
class Unreached:
    """Where a sentence says a median was not reached, and the one time it sets against it."""

    not_reached: tuple[int, int]
    value: Decimal
    unit: str
    time: tuple[int, int]


def unreached_pair(text: str) -> Unreached | None:
    """The one "not reached" of a sentence and the one time outside brackets it sets against it, or None.

    >>> u = unreached_pair("Median OS had not yet been reached (95% CI, 29.4 to NE) with XY-1, against 27.6 months with placebo.")
    >>> u.value, u.unit, u.time[0] > u.not_reached[0]
    (Decimal('27.6'), 'months', True)
    >>> unreached_pair("Median OS was 27.6 months with XY-1 and 17.9 months with placebo; PFS was not reached.") is None
    True
    """
    hits = [m for m in NOT_REACHED.finditer(text) if not inside_bracket(text, m.start())]
    times = [m for m in TIME_VALUE.finditer(text) if not inside_bracket(text, m.start())]
    if len(hits) != 1 or len(times) != 1:
        return None
    time = times[0]
    return Unreached(hits[0].span(), Decimal(time.group("v")), time.group("u"), time.span())


def inside_bracket(text: str, at: int) -> bool:
    """Is ``at`` inside a bracket (an interval's "(95% CI, 31.2 to NR)")?"""
    return text.count("(", 0, at) > text.count(")", 0, at)
