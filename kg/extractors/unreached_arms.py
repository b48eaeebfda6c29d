"""The arm whose median a sentence gives beside another arm's "not reached" ("not reached with XY-123 versus 28.1
months with placebo"): that arm's value, read where no other layout gave the sentence's numbers to arms
(:mod:`kg.text.not_reached`).
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.extractors.result_arms import arm_spans
from kg.text.not_reached import unreached_pair

# the words between a number (or "not reached") and the arm named after it: "28.1 months | with | placebo", "not
# reached | in the | XY-123 arm" (an interval in brackets may stand between)
ARM_AFTER = re.compile(r"(?:\s?\([^()]{1,60}\))?\s(?:with|in|for|on|among)\s(?:the\s)?")
ARM_REACH = 40


def unreached_arm_value(ctx, i: int, text: str) -> tuple[str, Decimal] | None:
    """(arm, value) of the one arm a sentence gives a time beside another arm's "not reached"; None unless both arms
    are named right after their numbers and differ."""
    pair = unreached_pair(text)
    if pair is None:
        return None
    numbered = arm_after(ctx, i, text, pair.time[1])
    unnumbered = arm_after(ctx, i, text, pair.not_reached[1])
    if numbered is None or unnumbered is None or numbered == unnumbered:
        return None
    return numbered, pair.value


def arm_after(ctx, i: int, text: str, end: int) -> str | None:
    """The arm named right after ``end`` (past a preposition and a bracket), or None."""
    opens = ARM_AFTER.match(text, end)
    if opens is None:
        return None
    arms = arm_spans(ctx, i, text, opens.end(), min(len(text), opens.end() + ARM_REACH))
    return arms[0][2] if arms and arms[0][0] == opens.end() else None
