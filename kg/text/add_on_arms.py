"""Arms that give one therapy alone or with another: "randomized to XY alone or with AB", "XY with or without AB",
"either XY alone or XY and AB".

A pure function over one sentence and the therapy names found in it (:class:`~kg.text.arm_parts.Name`, offsets in
that text), read before the other layouts (:func:`kg.text.arms.find_arms`): read as a plain allocation, the second
therapy would be an arm of its own. The arms are labelled as the gold convention does, "XY plus AB" for the
combination.

>>> t = "Patients were randomized to XY-1 with or without AB-2."
>>> names = (Name(t.index("XY"), t.index("XY") + 4, "XY-1"), Name(t.index("AB"), t.index("AB") + 4, "AB-2"))
>>> [(a.label, a.interventions) for a in added_arms(t, names)]
[('XY-1 plus AB-2', ('XY-1', 'AB-2')), ('XY-1', ('XY-1',))]
"""

from __future__ import annotations

import re
from typing import Sequence

from kg.text import cues
from kg.text.arm_parts import Arm, Name

# the one therapy's dose, route or schedule after its name, before the words that add the other ("XY-1 | 10 mg daily |
# alone or with AB-2")
_ITS_OWN = r"(?:\s(?!(?:or|and|with|without|alone|plus|versus|vs)\b)[\w./%-]{1,20}){0,4}?"
# a route or form before the second therapy's name: "... with oral | AB-2"
_ROUTE = rf"(?:(?:{cues.ROUTE_WORDS}|adjuvant|concomitant|low-dose)\s)?"
# "XY-1 ... with or without | AB-2"
WITH_OR_WITHOUT = re.compile(_ITS_OWN + r"\s(?:with\sor\swithout|or\snot)\s(?:the\s)?(?:addition\sof\s)?(?:an?\s)?"
                             + _ROUTE, re.I)
# "XY-1 ... alone or (XY-1) with | AB-2", "XY-1 alone or (XY-1) and | AB-2", "XY-1 alone or in combination with | AB-2"
ALONE_OR_WITH = re.compile(_ITS_OWN + r"\s(?:alone|monotherapy),?\s(?:or|versus|vs\.?)\s(?:to\s)?"
                           r"(?:(?P<again>(?!in\s)[\w-]{2,40})"
                           r"(?:\s[\w./%-]{1,20}){0,3}?\s)?(?:with|and|" + cues.TOGETHER_WITH + ")"
                           r"\s(?:an?\s)?" + _ROUTE, re.I)


def added_arms(text: str, names: Sequence[Name]) -> list[Arm]:
    """The two arms of an allocation that gives one therapy alone or with another, in the order the text names them;
    [] unless the sentence allocates patients and the words between the two names say so.

    >>> t = "Adults were randomly assigned to XY-1 alone or with AB-2."
    >>> names = (Name(t.index("XY"), t.index("XY") + 4, "XY-1"), Name(t.index("AB"), t.index("AB") + 4, "AB-2"))
    >>> [a.label for a in added_arms(t, names)]
    ['XY-1', 'XY-1 plus AB-2']
    >>> added_arms("Adults with or without AB-2 use were enrolled.", (Name(23, 27, "AB-2"),))
    []
    """
    cue = cues.ALLOCATION.search(text)
    if cue is None:
        return []
    for first in names:
        if first.start < cue.start():
            continue
        for pattern, alone_first in ((ALONE_OR_WITH, True), (WITH_OR_WITHOUT, False)):
            words = pattern.match(text, first.end)
            if words is None:
                continue
            again = words.group("again") if alone_first else None
            if again and again.lower() != text[first.start:first.end].lower():
                continue                # "XY-1 alone or AB-2 with ...": another therapy, not XY-1 again
            second = next((n for n in names if n.start == words.end() and n.label != first.label), None)
            if second is None:
                return []
            both = Arm(f"{first.label} plus {second.label}", None, (first.label, second.label), words.start(), second.end)
            alone = Arm(first.label, None, (first.label,), first.start, words.start())
            return [alone, both] if alone_first else [both, alone]
    return []
