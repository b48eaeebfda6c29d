"""An event whose rate a sentence sets one arm against another in, named after the rate's noun: "There was a
markedly lower incidence of X in the A group (5%) than in the B group (16%)", "There were fewer cases of X
with A than with B". :func:`kg.text.measures.find_measures` calls it; the measure is the event X (as the incidence
of an event compared between arms is read elsewhere, :func:`kg.text.measure_phrases.valued_subject`).
"""

from __future__ import annotations

from kg.model import Mention
from kg.text import prefilter as rx
from kg.text.measure_list import mention
from kg.text.measure_phrases import names_no_quantity
from kg.text.measure_shapes import COMPARATIVE, DEGREE, written

# "There was a (markedly) lower | incidence of | X | in the A group ... than ...": the event up to the arm
# that the comparison names first (its words: lower case, up to eight; not a clause's)
THERE_COMPARED = rx.compile(r"(?=[Tt])\b[Tt]here\s(?:was|were)\s(?:an?\s)?" + DEGREE + COMPARATIVE
                            + r"\s(?:(?:overall|cumulative|mean)\s)?(?P<rate>prevalence|incidence|rates?|frequency|proportion|"
                            r"percentage|risk|numbers?|cases)\sof\s(?P<x>[a-z][\w-]*+(?:\s[a-z][\w-]*+){0,7}?)"
                            # (a definition in brackets may follow it: "X (six or more ...) in the A group")
                            r"(?=(?:\s\([^()]{1,120}\))?\s(?:in|with|among|for|on)\s(?:[^.;]|\.(?=\d)){1,80}?\sthan\s)")


def compared_rates(text: str, found: list[Mention]) -> list[Mention]:
    """The event a "there was a lower rate of X in A than in B" sentence compares, whatever its words.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("There was a markedly lower prevalence of zeta spasm in the XY group (4.2%) "
    ...                                 "than in the AB group (15.9%).")]
    ['zeta spasm']
    >>> [m.label for m in find_measures("There were more zeta events in the XY group than in the AB group.")]
    []
    """
    out = []
    for hit in THERE_COMPARED.finditer(text):
        a, b = hit.span("x")
        if names_no_quantity(hit.group("x")) or any(f.start < b and a < f.end for f in found):
            continue
        # (its words run from the rate's noun: "prevalence of X" is what was measured, named by X)
        out.append(mention(text, hit.start("rate"), b, written(text[a:b], first_word=False)))
    return out
