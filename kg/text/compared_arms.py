"""Arms named only where a randomised trial says what it compares: "a randomized study comparing XY with AB",
"Randomized trial of XY versus placebo", "XY and AB were compared in a randomized, double-blind trial", "the efficacy
of XY versus AB was studied in 30 adults (randomized)"; or named as a pair of groups, where a result is set between
them: "similar between the XY and placebo arms", "in the placebo and XY treatment groups" (:func:`paired_groups`).

A pure function over one sentence and the therapy names found in it (:class:`~kg.text.arm_parts.Name`, offsets in
that text). Abstracts that never spell out an allocation name their arms so; the caller reads them only where the
document spells out no arms otherwise. A comparison of populations, of earlier trials or of a crossover's periods is
no arms of this trial.

>>> t = "A randomized, double-blind study comparing XY-1 with AB-2 in 40 adults."
>>> names = (Name(t.index("XY"), t.index("XY") + 4, "XY-1"), Name(t.index("AB"), t.index("AB") + 4, "AB-2"))
>>> [(a.label, a.interventions) for a in compared_arms(t, names)]
[('XY-1', ('XY-1',)), ('AB-2', ('AB-2',))]
"""

from __future__ import annotations

import re
from typing import Sequence

from kg.text import cues
from kg.text import prefilter as rx
from kg.text.arm_parts import Arm, Name

# the sentence speaks of this trial as randomised
RANDOMISED = rx.compile(r"(?=[rR])\b(?:randomi[sz]ed|randomly|randomi[sz]ation|RCT)\b", re.I)
# ... and not of other trials, of a review's, or of a crossover's periods
NOT_THIS_TRIAL = rx.compile(r"""(?=[nfpeotmsrcNFPEOTMSRC])\b(?:(?:no|few|previous|prior|earlier|other|several|two|three|four|
    many|future|further)\s(?:[\w-]+\s){0,3}?(?:stud(?:y|ies)|trials?|comparisons?|RCTs?)|meta-?analys[ie]s|
    systematic\sreview|review|
    cross-?over|trials\scompar\w+|studies\scompar\w+)\b""", re.I | re.X)
# what opens the comparison before the first arm: "comparing (the efficacy of)", "comparison of", "trial of",
# "efficacy of" (up to a few words: a route, a dose, "a single dose of")
OPENS = re.compile(r"\b(?P<w>compar(?:ing|ed|es)|comparisons?\s(?:of|between)|(?:trial|study)\sof|(?:efficacy|effects?|safety)"
                   r"(?:\sand\s(?:safety|efficacy|tolerability))?\sof)\s(?:(?:the\s(?:efficacy|effects?|safety)\s"
                   r"(?:and\s\w+\s)?of\s)?(?:(?!(?:and|or|with|plus|versus|vs|to)\b)[\w./%()-]{1,20}\s){0,4}?)$", re.I)
# what joins the first arm to the second (after its dose or route): "with", "to", "and", "versus", "compared with"
# ("with those of", "to that of": the second's results); "trial of" takes "versus" only ("a trial of A and B": both)
JOINS = re.compile(r"(?:\s(?!(?:with|to|and|or|versus|vs|v|compared|in|for|among)\b)[\w./%()-]{1,20}){0,4}?,?"
                   r"\s(?P<j>versus|vs\.?|v\.?|compared\s(?:with|to)|with|to|and)\s(?:that\sof\s|those\sof\s)?"
                   r"(?:(?:the|an?)\s)?(?:(?!(?:with|to|and|or|versus|vs|in)\b)[\w./%()-]{1,20}\s){0,3}?$", re.I)
# what closes "A and B | were compared (in a randomized trial)"
WERE_COMPARED = re.compile(r"(?:\s[\w./%()-]{1,20}){0,4}?\s(?:were|was)\s(?:compared|evaluated|assessed|studied|tested)\b", re.I)
# what joins two therapies given together in one arm: "A | plus | B"
PLUS = re.compile(rf"\s{cues.TOGETHER_WITH}\s(?:(?:{cues.ROUTE_WORDS}|low-dose|high-dose)\s)?", re.I)
# a control named as the second arm: "... versus placebo", "... with usual care"
CONTROL = rx.compile(rf"\b(?:{cues.PLACEBO_WORDS}|{cues.CONTROL_ARM})\b", re.I | re.X)
REACH = 80                  # characters the comparison's opening word may stand before the first arm


def compared_arms(text: str, names: Sequence[Name]) -> list[Arm]:
    """The two arms a randomised trial's sentence says it compares, in text order; [] otherwise.

    >>> t = "XY-1 and AB-2 were compared in a randomized trial."
    >>> [a.label for a in compared_arms(t, (Name(0, 4, "XY-1"), Name(9, 13, "AB-2")))]
    ['XY-1', 'AB-2']
    >>> t = "A randomized trial of XY-1 versus placebo in 40 adults."
    >>> [a.label for a in compared_arms(t, (Name(t.index("XY"), t.index("XY") + 4, "XY-1"),))]
    ['XY-1', 'placebo']
    >>> t = "A randomized trial comparing XY-1 plus AB-2 with XY-1 plus placebo."
    >>> [a.label for a in compared_arms(t, (Name(t.index("XY"), t.index("XY") + 4, "XY-1"),
    ...                                     Name(t.index("AB"), t.index("AB") + 4, "AB-2"), Name(49, 53, "XY-1")))]
    ['XY-1 plus AB-2', 'XY-1 plus placebo']
    >>> t = "No randomized studies have compared XY-1 with AB-2."
    >>> compared_arms(t, (Name(t.index("XY"), t.index("XY") + 4, "XY-1"), Name(t.index("AB"), t.index("AB") + 4, "AB-2")))
    []
    """
    if not RANDOMISED.search(text) or NOT_THIS_TRIAL.search(text):
        return []
    slots = combined(sorted([(n.start, n.end, n.label, (n.label,)) for n in names]
                            + [(m.start(), m.end(), m.group().lower(), ()) for m in CONTROL.finditer(text)
                               if not any(n.start <= m.start() < n.end for n in names)]), text)
    for (a0, a1, first, drugs1), (b0, b1, second, drugs2) in zip(slots, slots[1:]):
        if first == second:
            continue
        join = JOINS.fullmatch(text, a1, b0)
        if join is None:
            continue
        opens = OPENS.search(text, max(0, a0 - REACH), a0)
        trial_of = opens is not None and opens.group("w").lower().endswith(" of") and \
            not opens.group("w").lower().startswith("compar")
        if opens is not None and not (trial_of and join.group("j").lower() in ("with", "to", "and")):
            return [Arm(first, None, drugs1, a0, a1), Arm(second, None, drugs2, b0, b1)]
        if opens is None and join.group("j").lower() in ("and", "versus", "vs", "vs.") \
                and WERE_COMPARED.match(text, b1):
            return [Arm(first, None, drugs1, a0, a1), Arm(second, None, drugs2, b0, b1)]
    return []


def combined(slots: list[tuple], text: str) -> list[tuple]:
    """The slots (start, end, label, therapies), each run joined by "plus" made one: "A plus B" is one arm's."""
    out: list[tuple] = []
    for slot in slots:
        if out and PLUS.fullmatch(text, out[-1][1], slot[0]):
            a0, _, label, drugs = out[-1]
            out[-1] = (a0, slot[1], f"{label} plus {slot[2]}", drugs + tuple(d for d in slot[3] if d not in drugs))
        else:
            out.append(slot)
    return out


# the two groups' shared head after the second ("A and B | treatment groups"), and what opens the pair before the first
# ("between | A and B arms", "in the | A and B groups")
GROUPS_AFTER = re.compile(r"(?:\s(?:treatment|treated|study|active|dose|dosing))?\s(?:groups|arms|cohorts)\b", re.I)
PAIR_OPENS = re.compile(r"\b(?:between|in|for|across|to|of)\s(?:the\s|both\s(?:the\s)?)?$", re.I)
PAIR_JOIN = re.compile(r"\s(?:and|or|versus|vs\.?)\s(?:the\s)?", re.I)


def paired_groups(text: str, names: Sequence[Name]) -> list[Arm]:
    """The two groups a sentence names as a pair sharing one head, a therapy against a control or another therapy
    ("Dropouts were similar between the XY-1 and placebo arms", "in the placebo and XY-1 treatment groups"); [] otherwise.

    >>> t = "Dropouts were alike in the placebo and XY-1 treatment groups."
    >>> [(a.label, a.interventions) for a in paired_groups(t, (Name(t.index("XY"), t.index("XY") + 4, "XY-1"),))]
    [('placebo', ()), ('XY-1', ('XY-1',))]
    >>> paired_groups("Rates were alike in the placebo and sham groups.", ())
    []
    """
    slots = sorted([(n.start, n.end, n.label, (n.label,)) for n in names]
                   + [(m.start(), m.end(), m.group().lower(), ()) for m in CONTROL.finditer(text)
                      if not any(n.start <= m.start() < n.end for n in names)])
    for (a0, a1, first, drugs1), (b0, b1, second, drugs2) in zip(slots, slots[1:]):
        if first.lower() != second.lower() and (drugs1 or drugs2) and PAIR_JOIN.fullmatch(text, a1, b0) \
                and GROUPS_AFTER.match(text, b1) and PAIR_OPENS.search(text, max(0, a0 - 14), a0):
            return [Arm(first, None, drugs1, a0, a1), Arm(second, None, drugs2, b0, b1)]
    return []
