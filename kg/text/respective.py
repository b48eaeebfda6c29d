"""Values listed for several measures in the order the measures were named ("A and B were 45% and 80%,
respectively"), for the trial as a whole or for one arm ("..., respectively, for patients in the XY arm").

A pure reading of one sentence; :mod:`kg.extractors.outcomes` matches the values to the measures it found.

>>> [([str(v) for v in r.values], r.arm) for r in respective_values(
...     "Median ZOS and ZFS were 12.3 months and 6.4 months, respectively, for patients in the XY arm, in comparison "
...     "with 14.0 months (P = .91) and 6.8 months (P = .90), respectively, for patients in the ZB arm.")]
[(['12.3', '6.4'], 'XY'), (['14.0', '6.8'], 'ZB')]
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.model import record
from kg.text import cues, prefilter as rx
from kg.text.numbers import DECIMAL, NUMBER, exact

# one value of the run: a number, its unit, and a bracket after it ("14.0 months (P = .91)"); or a count of people and
# their share in brackets, the share the value ("four (6%)", "13 adults (21%)")
_VALUE = (rf"(?<![\w.])(?:{NUMBER}\s(?:[a-z]{{3,15}}\s)?\((?P<share>{DECIMAL})\s?%\)"
          rf"|(?P<v>[-+]?{DECIMAL})(?:\s?%|\s(?:months?|weeks?|days?|years?|points?)\b)?"
          r"(?:\s\((?:[^()]{1,40})\))?)")
VALUE = re.compile(_VALUE)
# the word a number is the ordinal of, not a value: "week | 12", "grade | 3", "at weeks | 12 and 24"
ORDINAL_BEFORE = re.compile(r"\b(?:week|month|day|year|visit|cycle|grade|stage|phase|part)s?\s$"
                            # (or the end of a span of them: "weeks 5 | through | 10", "days 1-28")
                            rf"|\b(?:weeks|months|days|years|cycles)\s\d{{1,3}}\s?(?:{cues.SPAN_TO}|and)\s?$", re.I)
# what makes a run p-values: "(P = | 0.012, 0.006 and 0.008, respectively)", "p values of | ..."
P_BEFORE = re.compile(r"(?:\bp\s*+(?:[=<>≤≥]|values?\s++(?:of|were)\b)\s*+|\bp\s*+values?\s*+[=:]\s*+)$", re.I)
# the word that closes a run, and what may stand between the run's last value and it
RESPECTIVELY = rx.compile(r"(?=[r])\brespectively\b", re.I)
BEFORE_WORD = re.compile(r",?\s")
JOIN = re.compile(r"(?:,\s(?:and\s)?|\sand\s)")
# the arm a run is given for, just after "respectively": ", for patients in the XY arm", " in the XY group", " with XY"
ARM_AFTER = re.compile(r",?\s(?:for|in|with|among)\s(?:(?:patients|participants|those)\s(?:in|on|receiving|given|treated\swith)\s)?"
                       r"(?:the\s)?(?P<arm>[^,;.()]{1,40}?)(?:\s(?:arm|group|cohort))?(?=[,;.]|\s(?:and|in|versus|vs)\b|$)")


@record
class ValueRun:
    """Values given in the order of the measures named before them, and the arm they are given for (its words as
    written, or None for the trial as a whole)."""

    values: tuple[Decimal, ...]
    arm: str | None
    start: int
    end: int


# the arm named between a run and "respectively": "42% and 17% | in the XY arm, | respectively"; and the same before
# "versus", which a run for the other arm follows: "42% and 17% | in the XY arm vs. | 26% and 8% in the ZB arm, ..."
ARM_THEN = (r"\s(?:in|for|with|among)\s(?:the\s)?(?P<arm>[^,;.()]{1,40}?)(?:\s(?:arm|group|cohort))?,?\s")
ARM_BEFORE_WORD = re.compile(ARM_THEN + r"$")
ARM_BEFORE_VERSUS = re.compile(ARM_THEN + r"(?:vs\.?|versus|compared\s(?:with|to))\s$")


def respective_values(text: str) -> list[ValueRun]:
    """The runs of values closed by "respectively" in a sentence, each with the arm named right after, in order
    (or each with the arm named right after it, two runs set against each other: "A and B were 42% and 17% in the XY
    arm vs. 26% and 8% in the ZB arm, respectively").

    >>> [([float(v) for v in r.values], r.arm) for r in respective_values(
    ...     "A and B were 42% and 17% in the XY arm vs. 26% and 8% in the ZB arm, respectively.")]
    [([42.0, 17.0], 'XY'), ([26.0, 8.0], 'ZB')]
    """
    out = []
    for word in RESPECTIVELY.finditer(text) if "respectively" in text else ():
        values = run_before(text, word.start())
        named = ARM_BEFORE_WORD.search(text, max(0, word.start() - 60), word.start()) if values is None else None
        if named is not None and (values := run_before(text, named.start() + 1)) is not None:
            other = ARM_BEFORE_VERSUS.search(text, max(0, values[0].start() - 70), values[0].start())
            first = run_before(text, other.start() + 1) if other else None
            if first is not None and len(first) == len(values):
                out.append(ValueRun(tuple(value_of(v) for v in first), other.group("arm").strip(),
                                    first[0].start(), other.end()))
            out.append(ValueRun(tuple(value_of(v) for v in values), named.group("arm").strip(),
                                values[0].start(), word.end()))
            continue
        if values is None or P_BEFORE.search(text, max(0, values[0].start() - 16), values[0].start()):
            continue                        # "(P = 0.012, 0.006 and 0.008, respectively)": p-values, no measure's values
        arm = ARM_AFTER.match(text, word.end())
        out.append(ValueRun(tuple(value_of(v) for v in values), arm.group("arm").strip() if arm else None,
                            values[0].start(), arm.end() if arm else word.end()))
    return out


def value_of(m: re.Match) -> Decimal | None:
    """The value of one :data:`VALUE` of a run: a count's share, else the number."""
    return exact(m.group("share") or m.group("v"))


def run_before(text: str, end: int, reach: int = 250) -> list[re.Match] | None:
    """The values that end just before ``end`` and are joined by commas and "and" (two to five), else None; read
    from the last value back (each value found once: linear in the text).

    >>> [m.group("v") for m in run_before("were 45% and 80%, respectively", 18)]
    ['45', '80']
    >>> [str(value_of(m)) for m in run_before("occurred in four (6%), 35 (54%), and 13 adults (21%), respectively", 54)]
    ['6.0', '54.0', '21.0']
    >>> run_before("45% at week 12 and 80%, respectively", 24) is None
    True
    """
    values = [v for v in VALUE.finditer(text, max(0, end - reach), end)
              if not ORDINAL_BEFORE.search(text, max(0, v.start() - 8), v.start())]
    if not values or not BEFORE_WORD.fullmatch(text, values[-1].end(), end):
        return None
    k = len(values) - 1
    while k > 0 and JOIN.fullmatch(text, values[k - 1].end(), values[k].start()):
        k -= 1
    run = values[k:]
    return run if 2 <= len(run) <= 5 else None
