"""Which arm a comparison says is ahead: the words that set one arm against another ("compared with", "than") and the
comparatives that say whose number is the larger ("longer", "fewer").

Writers name the arm a result is measured against after such words ("Compared with placebo, XY-123 reduced X (12% vs
30%)"), and a comparative may say which number is whose ("X was higher with XY-123 than with placebo"). The readers
of per-arm numbers use them to order a pair of numbers, and to refuse a pair whose order the comparative contradicts.

>>> bool(SET_AGAINST.search("Compared with the ")), contradicted(" was longer in A than B", (3, 5))
(True, True)
"""

from __future__ import annotations

import re

from kg.text import cues
from kg.text import prefilter as rx

# what may open an arm's words after the word that sets it against another: "than | in the | B group", "compared to |
# patients given the | B"
ARM_OPENING = (r"(?:(?:in|with|for|on|among)\s++)?(?:the\s++)?"
               r"(?:(?:patients|those|participants)\s++(?:in|on|given|receiving|taking|treated\s++with)\s++(?:the\s++)?)?")
# what sets an arm against another, right before the arm's words: "A reduced X (12% vs. 30%) | compared to | B", "...
# than with | B", "| In comparison with | placebo, A ..."
SET_AGAINST = rx.compile(rf"(?:{cues.COMPARED_WORDS}|in\s++comparison\s++(?:to|with))\s++{ARM_OPENING}$", re.I)
# a comparative that says whether the first arm's number is the larger or the smaller
LARGER = re.compile(rf"\b{cues.LARGER_WORDS}\b", re.I)
SMALLER = re.compile(rf"\b{cues.SMALLER_WORDS}\b", re.I)


def named_as_reference(text: str, start: int) -> bool:
    """Is the arm whose words start at ``start`` named as what another is compared with ("| Compared with | placebo,
    XY-123 ...")? A comparative after it then speaks of the other arm.

    >>> named_as_reference("Compared with placebo, XY-123 cut X", 14), named_as_reference("XY-123 cut X", 0)
    (True, False)
    """
    return SET_AGAINST.search(text, max(0, start - 30), start) is not None


def contradicted(words: str, values: tuple) -> bool:
    """Does a comparative in ``words`` say the first arm's number is the larger ("longer") or the smaller ("fewer")
    while ``values`` say the other?

    >>> contradicted(" was longer in A than B", (3, 5)), contradicted(" was longer in A than B", (5, 3))
    (True, False)
    """
    larger, smaller = LARGER.search(words), SMALLER.search(words)
    return bool((larger and not smaller and values[0] < values[1]) or (smaller and not larger and values[0] > values[1]))
