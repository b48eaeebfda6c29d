"""Arm sizes a result sentence gives as the totals its counts are out of: "the outcome occurred in 212 of 1450
patients in the XY-123 group and 251 of 1452 patients in the placebo group", "more failed in the B arm (9 of 61, 15%)
than in the A arm (3 of 60, 5%)".

A pure function over one sentence and the spans where it names its arms; the population extractor takes the sizes
only where no sentence of the document states the arms' sizes otherwise, and only sizes every sentence agrees on.

>>> t = "Zeta flares occurred in 31 of 402 patients in the XY-123 group and 45 of 398 in the placebo group."
>>> out_of_sizes(t, [(t.index("XY-123"), t.index("XY-123") + 6, "XY-123"), (t.index("placebo"), t.index("placebo") + 7, "placebo")])
{'XY-123': 402, 'placebo': 398}
"""

from __future__ import annotations

import re

from kg.text import prefilter as rx
from kg.text.cues import PEOPLE

# a count out of a total right before an arm's name: "31 of 402 patients in the | XY-123 group", "31 of 402 given |
# XY-123" (not a share's own count after a slash: "31/402")
OUT_OF_BEFORE = rx.compile(rf"(?<![\d.,/])(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}})\s(?:of|out\sof)\s(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}})(?![\d.,/])\s"
                           rf"(?:{PEOPLE}\s)?(?:in\s(?:the\s)?|with\s|on\s|receiving\s|given\s|treated\swith\s)$", re.I)
# a count out of a total in a bracket right after an arm's name: "the B arm | (9 of 61, 15%)"
OUT_OF_AFTER = re.compile(r"(?:\s(?:group|arm))?\s?\(\s?\d{1,6}\s(?:of|out\sof)\s(?P<n>\d{1,6})(?![\d/]|[.,]\d)", re.I)
REACH = 60          # characters looked back from an arm's name for its count


def out_of_sizes(text: str, arms: list[tuple[int, int, str]]) -> dict[str, int]:
    """Per arm label, the total its count in ``text`` is out of, where two arms or more are so counted and each
    arm's totals agree; else {}. ``arms``: (start, end, label) of each naming of an arm in ``text``.

    >>> out_of_sizes("Failure: 9 of 61 in the A arm", [(24, 25, "A")])
    {}
    """
    found: dict[str, set[int]] = {}
    for start, end, label in arms:
        hit = OUT_OF_BEFORE.search(text, max(0, start - REACH), start) or OUT_OF_AFTER.match(text, end)
        if hit:
            found.setdefault(label, set()).add(int(hit.group("n").replace(",", "")))
    if len(found) < 2 or any(len(totals) > 1 for totals in found.values()):
        return {}
    return {label: next(iter(totals)) for label, totals in found.items()}
