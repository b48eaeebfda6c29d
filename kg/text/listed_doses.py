"""Arms a text names by listing the doses of its one drug together, with no allocation: "evaluating XY-123 at 0.4 and
1.2 mg/day", "patients who took XY-123 either 10 mg or 25 mg nightly", "eyes given 0.4 mg/ml and 0.8 mg/ml
of XY-123".

A pure function over one sentence and the therapy names found in it (:class:`~kg.text.arm_parts.Name`, offsets in
that text). The caller reads it only for the document's main therapy, in a document that sets it against a control
and spells out no arms in any sentence: there each dose listed is an arm, while beside an allocation the doses are
those of arms already read. The list of amounts is :mod:`kg.text.listed_amounts`'s, which reads it beside a control.

>>> t = "The trial is evaluating XY-123 at 0.4 and 1.2 mg/day in adults."
>>> [(a.label, a.interventions) for a in listed_dose_arms(t, (Name(24, 30, "XY-123"),), "XY-123")]
[('XY-123 0.4 mg', ('XY-123',)), ('XY-123 1.2 mg', ('XY-123',))]
"""

from __future__ import annotations

import re
from typing import Sequence

from kg.text import prefilter as rx
from kg.text.arm_parts import Arm, Name, dosed, short_unit
from kg.text.listed_amounts import AMOUNTS, AMOUNTS_OF, amounts_in

# the list right after the drug: "XY-123 | at 0.4 and 1.2 mg/day", "XY-123 modified release | either 10 mg or 25 mg",
# "XY-123 | doses of 10 and 20 mg" (a rate after the last unit: "mg/day")
LIST_AFTER = re.compile(rf"""\s(?:[a-z]{{3,12}}\s){{0,2}}(?:(?:at|either|in)\s)?(?:(?:daily\s)?doses\sof\s)?{AMOUNTS}
    (?:/d(?:ay)?\b)?(?![\w/])""", re.I | re.X)
# the people the drug's name describes, after it: "XY-123|-treated patients", "XY-123| recipients"
PEOPLE_AFTER = re.compile(r"[\s-](?:treated|patients|participants|subjects|recipients|users)\b", re.I)
# a sentence that may list doses: a number, or a unit after one, right before "and" or "or" and a number
LISTED_CUE = rx.compile(r"\d(?:[\s-]?[a-zµμ%/]{1,12})?,?\s(?:and|or)\s\.?\d")


def listed_dose_arms(text: str, names: Sequence[Name], main: str) -> list[Arm]:
    """One arm for each dose of ``main`` the sentence lists together right after or before its name, labelled "<drug>
    <dose>" in the order written; [] where it lists none (or one dose twice).

    >>> t = "Eyes given 0.4 mg/ml and 0.8 mg/ml of XY-123 gained more than control."
    >>> [a.label for a in listed_dose_arms(t, (Name(t.index("XY"), t.index("XY") + 6, "XY-123"),), "XY-123")]
    ['XY-123 0.4 mg/ml', 'XY-123 0.8 mg/ml']
    >>> listed_dose_arms("XY-123 tablets of 25 and 50 mg were sold.", (Name(0, 6, "XY-123"),), "AB-7")
    []
    """
    for n in names:
        if n.label != main:
            continue
        hit = LIST_AFTER.match(text, n.end) or (None if PEOPLE_AFTER.match(text, n.end) else
                                                AMOUNTS_OF.search(text, max(0, n.start - 80), n.start))
        if hit is None:
            continue                    # (nor the shares of the people given it: "47% and 39% of XY-123-treated adults")
        amounts = amounts_in(hit)
        if len({a for a, _ in amounts}) < len(amounts):
            return []
        start, end = (hit.start("list") if hit.group("list") else hit.start("each")), hit.end()
        return [Arm(dosed(main, amount, short_unit(unit)), None, (main,), start, end) for amount, unit in amounts]
    return []
