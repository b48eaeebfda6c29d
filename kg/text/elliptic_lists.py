"""Results listed with the verb said once: "zeta fever occurred in 7.1% versus 8.6% (p = 0.61), zeta rash in 1.4%
versus 1.2%, and zeta cough in 4.4% versus 1.3%". Each item is a measure with its own pair of shares;
:func:`kg.text.measures.find_measures` calls :func:`elliptic_items` where a sentence says a result occurred, was seen or
was reported in a share.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Mention
from kg.text import prefilter as rx
from kg.text.measure_list import QUANTITY, mention
from kg.text.measure_shapes import written
from kg.text.result_objects import is_item_measure

# a share, and the pair of two arms' shares: "7.1% versus 8.6%"
_SHARE = r"\d{1,3}(?:\.\d{1,2})?\s?%"
PAIR = rf"{_SHARE}\s(?:versus|vs\.?|compared\swith|and)\s{_SHARE}"
# the first item, its verb and its pair: "(, | ) zeta fever | occurred in | 7.1% versus 8.6%"
FIRST_ITEM = rx.compile(rf"""(?:^|(?<=[.;:,])\s)(?P<x>[A-Za-z][\w'’/-]*+(?:\s[a-z][\w'’/-]*+){{0,5}}?)\s(?:occurred|was\s(?:seen|reported)
    |were\s(?:seen|reported))\sin\s{PAIR}""", re.X)
# a later item, its pair after "in", the verb left out: ", (and) | zeta rash | in 1.4% versus 1.2%"
NEXT_ITEM = re.compile(rf"(?:\s?\([^()]{{1,40}}\))?,?\s(?:and\s)?(?P<x>[a-z][\w'’/-]*+(?:\s[a-z][\w'’/-]*+){{0,5}}?)\sin\s{PAIR}")


def elliptic_items(text: str, found: list[Mention]) -> list[Mention]:
    """Each item of a list of results that says its verb once, two items at least (names already found kept): a
    quantity compared, so an item wins over the same words as a disease's name ("zeta pneumonia occurred in ...").

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("Zeta fever occurred in 7.1% versus 8.6% (p = 0.61), zeta rash in 1.4% versus "
    ...                                 "1.2% (p = 0.83), and zeta cough in 4.4% versus 1.3% (p = 0.04).")]
    ['zeta fever', 'zeta rash', 'zeta cough']
    >>> [m.label for m in find_measures("Zeta fever occurred in 7.1% versus 8.6% of patients.")]
    []
    """
    out = []
    for first in FIRST_ITEM.finditer(text):
        items, at = [first.span("x")], first.end()
        while (nxt := NEXT_ITEM.match(text, at)) is not None:
            items.append(nxt.span("x"))
            at = nxt.end()
        if len(items) < 2 or not all(is_item_measure(text[a:b]) for a, b in items):
            continue
        out += [replace(mention(text, a, b, written(text[a:b])), attrs=QUANTITY) for a, b in items
                if not any(f.start < b and a < f.end for f in found)]
    return out
