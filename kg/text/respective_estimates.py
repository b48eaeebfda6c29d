"""Estimates listed after the first one, one per arm, then "respectively": "(mean differences 41 mL [p=0.0061] and 27
mL [p=0.021], respectively)", "a difference from placebo of -5.2 mm Hg (95% CI -8.3 to -2.1) and -4.6 mm Hg (-7.74
to -1.46), respectively". Each estimate keeps the first one's kind and takes the interval in its own bracket; which arm
each is for is the sentence's to say (:mod:`kg.extractors.outcome_numbers` gives them to the arms it named). Or each
item names its arm after its number: "0.81 (95% CI ...) with XY-1, 1.08 (95% CI ...) with AB-2"
(:func:`estimates_with_arms`).

>>> from kg.text.effects import find_effects
>>> t = "(hazard ratio 0.713 [p=0.037] and 0.694 [p=0.018], respectively)"
>>> [(e.measure, str(e.value)) for e in listed_estimates(t, find_effects(t)[0])]
[('hazard ratio', '0.694')]
"""

from __future__ import annotations

import re

from kg.text.effects import CI_RANGE, SNUM, Effect
from kg.text.numbers import exact

# what closes the list (within a few hundred characters of its first estimate)
RESPECTIVELY = re.compile(r",?\s?respectively\b")
REACH = 240
# the joins between the estimates, outside brackets
ITEM_JOIN = re.compile(r",\s(?:and\s)?|,?\sand\s")
# one estimate with its unit, its brackets blanked: "-4.6 (1.2) mm Hg (...)" reads "-4.6       mm Hg      "
ITEM = re.compile(rf"(?P<value>{SNUM})(?:\s*+[A-Za-zµμ%/·]{{1,8}}){{0,2}}\s*+")
NOT_BLANK = re.compile(r"\S")
INTERVAL = re.compile(CI_RANGE)


def listed_estimates(text: str, first: Effect) -> list[Effect]:
    """The estimates listed after ``first`` up to "respectively", in order; [] unless every item between is a
    number with at most its unit and brackets (an interval, a spread, a p-value).

    >>> from kg.text.effects import find_effects
    >>> t = "a difference of -5.2 mm Hg (95% CI -8.3 to -2.1) and -4.6 mm Hg (-7.74 to -1.46), respectively"
    >>> [(str(e.value), str(e.ci_low), str(e.ci_high)) for e in listed_estimates(t, find_effects(t)[0])]
    [('-4.6', '-7.74', '-1.46')]
    >>> t = "a difference of -5.2 mm Hg (95% CI -8.3 to -2.1) and 45% vs 30%, respectively"
    >>> listed_estimates(t, find_effects(t)[0])
    []
    """
    stop = RESPECTIVELY.search(text, first.end, first.end + REACH)
    if stop is None:
        return []
    masked = blank_brackets(text, first.start, stop.start())
    cuts = list(ITEM_JOIN.finditer(masked, first.end - first.start))
    if not cuts or any(c.isdigit() for c in masked[first.end - first.start:cuts[0].start()]):
        return []                       # (the first estimate's item must end before the first join)
    out = []
    for cut, after in zip(cuts, [*cuts[1:], None]):
        b = after.start() if after else len(masked)
        a = word.start() if (word := NOT_BLANK.search(masked, cut.end(), b)) else b
        item = ITEM.fullmatch(masked, a, b)
        if item is None or (value := exact(item.group("value"))) is None:
            return []
        start, end = first.start + item.start("value"), first.start + b
        lo, hi = interval_in(text, start, end, value)
        out.append(Effect(first.measure, value, lo, hi, start, end))
    return out


def blank_brackets(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with every bracket and what it holds made blanks, to ``end`` for a bracket still open
    there, and a closing one whose opening stands before ``start`` blanked alone (an estimate's own bracket may be
    open at its end: "of -5.2 (95% CI -8.3 to -2.1 |, P = 0.0063) and").

    >>> blank_brackets("x (2.4) and [p=0.2] y", 0, 21)
    'x       and         y'
    """
    out, depth = [], 0
    for ch in text[start:end]:
        if ch in "([":
            depth += 1
        out.append(" " if depth or ch in ")]" else ch)
        if ch in ")]" and depth:
            depth -= 1
    return "".join(out)


def interval_in(text: str, start: int, end: int, value) -> tuple:
    """The (low, high) of the first bracket in ``text[start:end]`` that holds an interval around ``value``, else
    (None, None)."""
    for m in re.finditer(r"[(\[]([^()\[\]]{1,80})[)\]]", text[start:end]):
        hit = INTERVAL.search(m.group(1))
        if hit and (lo := exact(hit.group("lo"))) is not None and (hi := exact(hit.group("hi"))) is not None \
                and lo <= value <= hi:
            return lo, hi
    return None, None


# one estimate's item that names its arm after it: "0.81 (95% CI ...; P = 0.21) | with XY-1", "1.08 (...) with AB-2"
ARM_PART = r"(?:with|for|in)\s(?:the\s)?(?P<arm>[A-Za-z][\w-]*(?:\s[\w-]+){0,3}?)\s*"
FIRST_ARM_ITEM = re.compile(ARM_PART)
NEXT_ARM_ITEM = re.compile(rf"(?P<value>{SNUM})(?:\s*+[A-Za-z%]{{1,8}})?\s*+{ARM_PART}")
SENTENCE_END = re.compile(r"\.(?:\s|$)")


# the control every listed estimate is set against, said after the list: "..., as compared with placebo"
AGAINST_TAIL = re.compile(r",\s(?:as\s)?(?:compared\s(?:with|to)|versus|vs\.?|relative\sto)\s")


def estimates_with_arms(text: str, first: Effect) -> list[tuple[Effect, int, int]]:
    """(estimate, start, end of its arm's words) for ``first`` and each estimate listed after it, where every item
    names its arm after its number ("an odds ratio of 0.81 (CI ...) with XY-1, 1.08 (CI ...) with AB-2, and 0.91 (...)
    with ZQ-3"); [] unless every item does, or where ``first`` has no list after it.

    >>> from kg.text.effects import find_effects
    >>> t = "The odds ratio was 0.81 (95% CI, 0.63 to 1.04) with XY-1, 1.08 (95% CI, 0.77 to 1.49) with AB-2, and 0.91 with ZQ-3."
    >>> [(str(e.value), str(e.ci_low), t[a:b]) for e, a, b in estimates_with_arms(t, find_effects(t)[0])]
    [('0.81', '0.63', 'XY-1'), ('1.08', '0.77', 'AB-2'), ('0.91', 'None', 'ZQ-3')]
    >>> t = "The hazard ratio was 0.71 (95% CI, 0.56 to 0.90) with XY-1 and 0.63 with AB-2, as compared with placebo."
    >>> [t[a:b] for e, a, b in estimates_with_arms(t, find_effects(t)[0])]
    ['XY-1', 'AB-2']
    """
    stop = SENTENCE_END.search(text, first.end)
    end = min(stop.start() if stop else len(text), first.end + REACH)
    if against := AGAINST_TAIL.search(text, first.end, end):
        end = against.start()           # (the control said after the list: "..., as compared with placebo")
    masked = blank_brackets(text, 0, end)
    cuts = list(ITEM_JOIN.finditer(masked, first.end))
    if not cuts:
        return []
    head = FIRST_ARM_ITEM.fullmatch(masked, past_blanks(masked, first.end), cuts[0].start())
    if head is None:
        return []
    out = [(first, head.start("arm"), head.end("arm"))]
    for cut, after in zip(cuts, [*cuts[1:], None]):
        b = after.start() if after else end
        item = NEXT_ARM_ITEM.fullmatch(masked, past_blanks(masked, cut.end()), b)
        if item is None or (value := exact(item.group("value"))) is None:
            return []
        lo, hi = interval_in(text, item.start("value"), b, value)
        out.append((Effect(first.measure, value, lo, hi, item.start("value"), b), item.start("arm"), item.end("arm")))
    return out if len(out) >= 2 else []


BLANKS = re.compile(r" *+")


def past_blanks(text: str, at: int) -> int:
    """The first offset from ``at`` that is no blank."""
    return BLANKS.match(text, at).end()
