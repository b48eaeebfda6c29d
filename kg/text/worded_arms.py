"""Arms an allocation names in words alone: "randomized to residential training or home-based walking",
"assigned to a zeta diet topped up with nuts, a zeta diet with oil, or a plain beta diet as their control".

Trials of surgery, diets, exercise, education or care name their arms by what was done, which no list of drugs
knows. :func:`worded_arms` reads such an allocation by its shape alone: the allocation verb and "to", then two to
five short noun phrases joined by "or", "versus" or commas. :func:`kg.text.arms.find_arms` tries it last, where no
layout that knows the therapies' names found arms.
"""

from __future__ import annotations

import re
from typing import Sequence

from kg.text import cues
from kg.text import prefilter as rx
from kg.text.allocation import ADDED_TO_ALL, ALLOCATION_RATIO
from kg.text.arm_parts import CONTROL, PLACEBO, Arm, Name, stated_n

# the verb that assigns people, who they were, and "to" (or the ratio and "into") before the first arm: "were randomly
# assigned to (receive) (either)", "we randomized 240 adults to", "were randomized (2:1) into either"
WORDED_INTRO = rx.compile(rf"""(?=[ar])\b(?:randomi[sz]ed|(?:randomly\s)?(?:assigned|allocated))
    (?:\s(?:the\s|all\s)?(?:[\d,]{{1,7}}\s)?(?:[a-z-]{{3,20}}\s)?{cues.PEOPLE})?
    (?:\s(?:\(?\d{{1,2}}\s?:\s?\d{{1,2}}\)?\s)?into|\sto)\s(?:receive\s|undergo\s|take\s)?(?:either\s)?""", re.I | re.X)
# where the arms' words end: a clause on what all arms shared or how long, a ratio, a semicolon
LIST_END = re.compile(r"[;:]|,\s(?:both|each|all|with|who|which|and\s(?:the|all|both)|stratified|respectively)\b"
                      r"|\s(?:for|during|over)\s(?:\d|a\s|an\s|one|two|three|four|six|twelve)"
                      r"|\s(?:in\sa|at\sa)\s\d|\s(?:stratified|according|based)\b", re.I)
# what joins two arms: "or", "versus", "compared with", a comma (with "or" before the last)
JOIN = re.compile(r",?\s(?:or|versus|vs\.?|compared\s(?:with|to))\s(?:to\s)?(?:either\s)?|,\s", re.I)
# a comma between two words that describe the noun after them joins no arms: "ZAVR with a balloon-expandable|, |low-profile
# valve" (an article, then one word with an adjective's ending)
ADJECTIVE_BEFORE_COMMA = re.compile(r"\b(?:an?|the)\s[a-z][a-z-]{2,30}(?:ing|ed|al|ic|ar|ive|ous|ble)$")
# ... and the description after an arm's name that holds it ("ZAVR | with a balloon-expandable, low-profile valve")
DESCRIBED = re.compile(r"\s(?:with|using)\s(?:an?|the)\s[^(),]{1,40},\s[^(),]{1,40}$")
BRACKET = re.compile(r"\s?\([^()]{0,80}\)")
LEADING = re.compile(r"^(?:(?:the|an?|either|to|receive)\s|(?:\w+\s)?(?:course|courses|session|sessions|cycles?|doses)\sof\s"
                     r"|(?:\d{1,3}|one|two|three|four|six|eight|ten|twelve)-(?:years?|months?|weeks?|days?)\s"
                     r"|(?:(?:oral|intravenous|topical)\s)?treatment\swith\s)+", re.I)
# where an arm's name ends before words on how or when it was given: "X alone | scheduled over 4 months", "Y | before
# surgery"
TAIL = re.compile(r"\s(?:before|after|during|over|on\sthe|in\sthe|(?:presented|scheduled|delivered|given|administered|"
                  r"provided|starting)\s(?:on|to|by|at|in|as|for|over|via|through|from|with)\b).*$", re.I)
# allocations that are no choice of arms: one therapy "with or without" another (read elsewhere), a side of the body,
# the order of a crossover's periods
NOT_ARMS = re.compile(r"\bwith\sor\swithout\b|\b(?:left|right)\sor\s(?:left|right)\b|\b(?:order|sequence)s?\b", re.I)
# words that open no arm's name: a partner's or a choice's ("in combination with Y")
PARTNER_FIRST = re.compile(r"(?:with|without|in|plus|alone|and|or|combined)\b", re.I)
# an arm that gets nothing or no study treatment: a control
NOTHING = re.compile(r"^(?:no|wait(?:ing)?[- ]?list|control)\b", re.I)
ALONE = re.compile(r"\s(?:alone|only)$", re.I)        # ("the booklet | alone": the arm's name, not its therapy's)
AS_CONTROL = re.compile(r"\s(?:as\s(?:the\s|a\s|their\s)?control(?:\sgroup)?|group|arm)$", re.I)
# words no arm's name holds: a verb, a pronoun, who took part
NOT_AN_ARM = re.compile(rf"\b(?:was|were|is|are|be|been|had|has|have|received|who|which|that|their|they|this|these|one|"
                        rf"two|three|groups|arms|{cues.PEOPLE})\b", re.I)
WORD = re.compile(r"[A-Za-z][\w'’+/-]*")
MOST_WORDS = 8


def worded_arms(text: str, names: Sequence[Name]) -> list[Arm]:
    """The arms an allocation names in words, two to five, each labelled as written (without its article, its bracket
    or "as the control"), given the therapies named in it, else itself unless it is a control; [] for any other
    sentence.

    >>> [(a.label, a.n, a.interventions) for a in worded_arms(
    ...     "Adults were randomized to zeta training (n=15) or home-based walking (n=16).", ())]
    [('zeta training', 15, ('zeta training',)), ('home-based walking', 16, ('home-based walking',))]
    >>> [a.label for a in worded_arms("They were assigned to a zeta diet with nuts, a zeta diet with oil, or a "
    ...                               "plain beta diet as their control.", ())]
    ['zeta diet with nuts', 'zeta diet with oil', 'plain beta diet']
    >>> [(a.label, a.interventions) for a in worded_arms("Patients were assigned to zeta surgery or usual care.", ())]
    [('zeta surgery', ('zeta surgery',)), ('usual care', ())]
    >>> [a.label for a in worded_arms("They were allocated to treatment with zeta gel alone or zeta gel plus "
    ...                               "beta gel given at night.", ())]
    ['zeta gel alone', 'zeta gel plus beta gel']
    >>> [a.label for a in worded_arms("Adults were allocated to four cycles of ZB-CAP or to four cycles of "
    ...                               "ZB-CAP-X.", ())]
    ['ZB-CAP', 'ZB-CAP-X']
    >>> [a.label for a in worded_arms("Adults were randomized to ZAVR with a balloon-expandable, low-profile valve or "
    ...                               "surgery.", ())]
    ['ZAVR', 'surgery']
    >>> worded_arms("Adults were allocated to one of two groups.", ())
    []
    """
    intro = WORDED_INTRO.search(text)
    if intro is None:
        return []
    end = LIST_END.search(text, intro.end())
    stop = end.start() if end else len(text.rstrip().rstrip("."))
    region = text[intro.end():stop]
    if NOT_ARMS.search(region) or ADDED_TO_ALL.search(region):
        return []
    joins = [j for j in JOIN.finditer(region)
             if not (j.group() == ", " and ADJECTIVE_BEFORE_COMMA.search(region, max(0, j.start() - 40), j.start()))]
    if not joins or not re.match(r",?\s(?:or|versus|vs|compared)", joins[-1].group(), re.I) \
            or len(joins) > 4 or text.count("(", intro.end(), stop) != text.count(")", intro.end(), stop):
        return []
    bounds = [0] + [p for j in joins for p in (j.start(), j.end())] + [len(region)]
    arms = []
    for a, b in zip(bounds[::2], bounds[1::2]):
        arm = worded_arm(text, intro.end() + a, intro.end() + b, names)
        if arm is None:
            return []
        arms.append(arm)
    ratio = ALLOCATION_RATIO.search(text)
    if len({a.label.lower() for a in arms}) < len(arms) or (ratio and ratio.group().count(":") + 1 != len(arms)):
        return []                       # (as many arms as the ratio has parts, where it gives one)
    if not any(a.interventions and not any(a.start <= n.start < a.end for n in names) for a in arms):
        return []                       # (drugs and controls alone: the layouts that know drugs' names read them)
    return arms                         # (one size said of every group, "(45 per group)": find_arms gives each)


def worded_arm(text: str, start: int, end: int, names: Sequence[Name]) -> Arm | None:
    """One arm's words ``text[start:end]`` as an :class:`Arm`, else None where they name none."""
    words = text[start:end]
    bare = BRACKET.sub("", words).strip()
    label = DESCRIBED.sub("", TAIL.sub("", AS_CONTROL.sub("", LEADING.sub("", bare)))).strip()
    if not label or not WORD.match(label) or NOT_AN_ARM.search(label) or len(label.split()) > MOST_WORDS \
            or bare.count("(") or "," in label or PARTNER_FIRST.match(label):
        return None
    drugs = tuple(dict.fromkeys(n.label for n in names if start <= n.start < end))
    if len(drugs) > 1 and re.search(r"\sand\s", label):
        return None                     # ("A and B or C": which drugs go together is not said)
    control = PLACEBO.search(label) or CONTROL.fullmatch(label) or NOTHING.match(label)
    return Arm(label, stated_n(words), drugs or (() if control else (ALONE.sub("", label),)), start, end)
