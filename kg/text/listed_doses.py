"""Arms a text names by listing the doses of its one drug together, with no allocation: "evaluating XY-123 at 0.4 and
1.2 mg/day", "patients who took XY-123 either 10 mg or 25 mg nightly", "subjects treated with 0.3 mg/ml and 0.9 mg/ml
of XY-123".

A pure function over one sentence and the therapy names found in it (:class:`~kg.text.arm_parts.Name`, offsets in
that text). The caller reads it only for the document's main therapy, in a document that sets it against a control
and spells out no arms in any sentence: there each dose listed is an arm, while beside an allocation the doses are
those of arms already read.

>>> t = "The trial is evaluating XY-123 at 0.4 and 1.2 mg/day in adults."
>>> [(a.label, a.interventions) for a in listed_dose_arms(t, (Name(24, 30, "XY-123"),), "XY-123")]
[('XY-123 0.4 mg', ('XY-123',)), ('XY-123 1.2 mg', ('XY-123',))]
"""

from __future__ import annotations

import re
from typing import Sequence

from kg.text import cues
from kg.text import prefilter as rx
from kg.text.arm_parts import Arm, Name, dosed

_ONE = rf"{cues.DOSE_AMOUNT}(?:[\s-]?{cues.ARM_DOSE_UNIT})?"
# two to six doses listed with "and" or "or", the last with its unit (and a rate after it: "mg/day")
_LIST = (rf"(?P<list>{_ONE}(?:\s?,\s?{_ONE}){{0,4}},?\s(?:and|or)\s{cues.DOSE_AMOUNT}[\s-]?(?P<unit>{cues.ARM_DOSE_UNIT}))"
         r"(?:/d(?:ay)?\b)?(?![\w/])")
# the list right after the drug: "XY-123 | at 0.4 and 1.2 mg/day", "XY-123 modified release | either 10 mg or 25 mg",
# "XY-123 | doses of 10 and 20 mg"
LIST_AFTER = re.compile(rf"\s(?:[a-z]{{3,12}}\s){{0,2}}(?:(?:at|either|in)\s)?(?:(?:daily\s)?doses\sof\s)?{_LIST}")
# ... or before it, with "of" and perhaps its route or form: "0.3 mg/ml and 0.9 mg/ml | of XY-123", "3, 7 and 14 mg |
# of oral XY-123", "a 900-mg or 1,500-mg | daily dose of the drug XY-123"
LIST_BEFORE = re.compile(rf"(?<![\w.,]){_LIST}(?:\s(?:daily|nightly|weekly|once-daily|twice-daily))?(?:\sdoses?)?\sof\s"
                         r"(?:the\s(?:study\s)?drug\s|[a-z][a-z-]{2,15}\s)?$")
AMOUNT = re.compile(cues.DOSE_AMOUNT)
# a sentence that may list doses: a number, or a unit after one, right before "and" or "or" and a number
LISTED_CUE = rx.compile(r"\d(?:[\s-]?[a-zµμ%/]{1,8})?,?\s(?:and|or)\s\.?\d")
BEFORE = 60                 # characters before a drug's name a list of its doses is looked for in


def listed_dose_arms(text: str, names: Sequence[Name], main: str) -> list[Arm]:
    """One arm for each dose of ``main`` the sentence lists together right after or before its name, labelled "<drug>
    <dose>" in the order written; [] where it lists none (or one dose twice).

    >>> t = "Subjects treated with 0.3 mg/ml and 0.9 mg/ml of XY-123 gained more than control."
    >>> [a.label for a in listed_dose_arms(t, (Name(t.index("XY"), t.index("XY") + 6, "XY-123"),), "XY-123")]
    ['XY-123 0.3 mg/ml', 'XY-123 0.9 mg/ml']
    >>> listed_dose_arms("XY-123 tablets of 25 and 50 mg were sold.", (Name(0, 6, "XY-123"),), "AB-7")
    []
    """
    for n in names:
        if n.label != main:
            continue
        hit = LIST_AFTER.match(text, n.end) or LIST_BEFORE.search(text, max(0, n.start - BEFORE), n.start)
        if hit is None:
            continue
        amounts = AMOUNT.findall(hit.group("list"))
        if len(set(amounts)) < len(amounts):
            return []
        return [Arm(dosed(main, amount, hit.group("unit")), None, (main,), hit.start("list"), hit.end("list"))
                for amount in amounts]
    return []
