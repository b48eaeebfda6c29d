"""The quantity a result clause opens on and says moved, with no number of its own: "Zeta tone increased
significantly in the XY group (P < 0.001)", "Zeta voids were reduced by XY-1 (P = 0.01)", "Serum zeta fell from 5.1
to 3.2 in the XY group".

The subject is a noun phrase no list need know; the clause's verb says it moved, and the sentence must set it in the
trial (an arm, a comparison, a p-value or a change from one value to another), so that a background sentence ("zeta
tone increases with age") names no outcome. Which way it moved, its numbers and its significance are the outcome
readers' to take.

>>> [m.label for m in moved_subjects("Total zeta time increased significantly in the XY group (P < 0.001).", [])]
['total zeta time']
>>> moved_subjects("Zeta tone increased with age in older adults.", [])
[]
"""

from __future__ import annotations

import re

from kg.model import Mention
from kg.text import cues, prefilter as rx
from kg.text.numbers import NUMBER
from kg.text.measure_list import mention
from kg.text.measure_phrases import CLAUSE_WORDS, STARTS, TWO_GROUP_WORDS, names_no_quantity
from kg.text.measure_shapes import AGAINST_ARM, GENERIC_RESULT_WORDS, written
from kg.text.result_subject import DESCRIPTIVE

# the clause's subject, then a verb of change (active or passive) or of no change, then where or against what
MOVED_SUBJECT = rx.compile(r"""(?:""" + STARTS + r""")(?:(?:In|Among|With)\s(?:the\s)?[\w-]{2,30}\s(?:group|arm),\s)?
    (?:[Tt]he\s)?(?:(?i:mean|median|average)\s)?
    (?P<x>[A-Z][A-Za-z0-9-]{1,9}(?=\s)|(?:[A-Z][A-Za-z0-9-]{1,9}\s(?=[a-z]))?[A-Za-z][a-z][\w-]*+(?:\s[a-z][\w-]*+){0,5}?)
    (?:\s\([A-Z][A-Za-z0-9-]{1,9}\))?
    \s(?:(?:was|were)\s(?:(?:also|significantly|markedly|substantially|further)\s)?
          (?:reduced|lowered|decreased|increased|elevated|raised|prolonged|shortened|improved|unchanged)
       |(?:(?:also|significantly|markedly|further)\s)?(?:increased|decreased|declined|rose|fell|dropped|improved|worsened)
       |did\snot\s(?:significantly\s)?change|remained\s(?:unchanged|stable))
    (?:\s(?:significantly|markedly|substantially))?
    (?=\s(?:in|with|among|after|from|by|during|compared|versus|relative|over|between)\b|\s?\(\s?(?:[Pp]\s?[<=≤]|[-–]?\d))
    """, re.X)
# quantifiers of a subject that counts things rather than naming one ("Most symptoms decreased ..."); a linking word
# before it names no part of it ("Similarly levels of ...": cues.LINKING_WORDS)
NOT_FIRST = frozenset("most many some several all both other these those such each".split())
# what sets the clause in the trial: an arm, a comparison, a p-value, a change from one value to another (perhaps said
# when: "from 8.6 at baseline to 5.7"), a change in points
IN_TRIAL = re.compile(r"\b(?:group|arm)s?\b|\b[Pp]\s?[<=≤]\s?0?\.\d|\bfrom\s[-–]?\d[\d.,]*+\s?(?:\S{1,12}\s){0,3}to\s[-–]?\d"
                      r"|\bby\s(?:a\smean\s(?:of\s)?)?\d[\d.]{0,6}\s?points?\b")


# people counted in one arm who had an event, set against the count in another: "Five patients in the A group had a
# zeta infection, compared with none in the B group"
HAD_COMPARED = rx.compile(rf"""(?<![\w.])(?:{NUMBER})\s(?:\(\d{{1,3}}(?:\.\d{{1,2}})?\s?%\)\s)?(?:of\s(?:the\s)?\d{{1,6}}\s)?{cues.PEOPLE}\b
    [^.;%]{{0,40}}?\b(?:had|experienced|developed|suffered|sustained|required|needed)\s(?:an?\s)?
    (?P<x>[a-z][\w-]*+(?:\s(?!compared|versus|vs)[a-z][\w-]*+){{0,4}}?)(?:\s\([^()]{{1,30}}\))?
    ,?\s(?:as\s)?(?:compared\s(?:with|to)|versus|vs\.?)\s(?:none|no\s|only\s|\d|one|two|three|four|five|six|seven|eight|nine|ten)
    """, re.I | re.X)


def events_compared(text: str, found: list[Mention]) -> list[Mention]:
    """The event people counted in one arm had, set against the count in another, outside the measures ``found``.

    >>> [m.label for m in events_compared("Five patients in the A group had a zeta infection, compared with none in the "
    ...                                   "B group (P = 0.01).", [])]
    ['zeta infection']
    >>> [m.label for m in events_compared("4 of the 30 women on A had a positive culture versus 1 on B.", [])]
    ['positive culture']
    >>> events_compared("Five patients in the A group had a zeta infection.", [])
    []
    """
    out = []
    for hit in HAD_COMPARED.finditer(text):
        a, b = hit.span("x")
        words = set(hit.group("x").lower().split())
        if words & (TWO_GROUP_WORDS | CLAUSE_WORDS) or hit.group("x").lower() in GENERIC_RESULT_WORDS \
                or any(f.start < b and a < f.end for f in found):
            continue                        # ("had a positive culture": an event, whatever its first word)
        out.append(mention(text, a, b, written(hit.group("x"), first_word=False)))
    return out


def moved_subjects(text: str, found: list[Mention]) -> list[Mention]:
    """The quantity each result clause of ``text`` opens on and says moved (or stayed), outside the measures ``found``.

    >>> [m.label for m in moved_subjects("Zeta voids were reduced by XY-1 (P = 0.01).", [])]
    ['zeta voids']
    >>> [m.label for m in moved_subjects("Patients improved significantly in the XY group (P = 0.01).", [])]
    []
    >>> [m.label for m in moved_subjects("Most zetas decreased significantly over time in both groups.", [])]
    []
    >>> [m.label for m in moved_subjects("Similarly zeta levels fell from 35% in the A group to 11% in the B group.", [])]
    ['zeta levels']
    >>> [m.label for m in moved_subjects("Zeta scores fell from 8.6 at baseline to 5.7 at week 8.", [])]
    ['zeta scores']
    >>> [m.label for m in moved_subjects("Zeta scores improved by 12 points.", [])]
    ['zeta scores']
    """
    if not (IN_TRIAL.search(text) or AGAINST_ARM.search(text)):
        return []
    out = []
    for hit in MOVED_SUBJECT.finditer(text):
        a, b = hit.span("x")
        phrase = hit.group("x")
        words = phrase.lower().split()
        if words[0] in cues.LINKING_WORDS and len(words) > 1:
            a += len(phrase.split()[0]) + 1
            phrase, words = text[a:b], words[1:]
        if words[0] in NOT_FIRST or "and" in words or "or" in words or names_no_quantity(phrase) \
                or DESCRIPTIVE.search(phrase) or any(f.start < b and a < f.end for f in found):
            continue
        out.append(mention(text, a, b, written(phrase)))
    return out


# a count of an event said lower or higher with one arm than another, the arms' numbers in a bracket after them:
# "a higher rate of zeta relapse than on placebo (9.0% vs 4.0%)"
COUNT_COMPARED = rx.compile(r"""(?<![\w-])(?:lower|higher|greater|reduced|increased|decreased)\s
    (?P<x>(?:incidence|rate|risk|frequency|proportion)\sof\s[a-z][\w-]*+(?:\s(?!versus|vs|compared|than|with|in)[a-z][\w-]*+){0,4}?)
    \s(?:versus|vs\.?|compared\s(?:with|to)|than)\s[^.;()]{1,50}\(\s?[-–]?\d""", re.I | re.X)


def counts_compared(text: str, found: list[Mention]) -> list[Mention]:
    """The event whose count a sentence says was lower or higher against another arm, with the arms' numbers after,
    outside the measures ``found`` (its name without "incidence of").

    >>> [m.label for m in counts_compared("XY-1 gave a lower incidence of zeta failure versus placebo (3.0% vs 7.0%).", [])]
    ['zeta failure']
    >>> [m.label for m in counts_compared("Those on XY-1 had a higher rate of zeta relapse than on placebo (9% vs 4%).", [])]
    ['rate of zeta relapse']
    >>> counts_compared("There was a lower incidence of zeta failure in older adults.", [])
    []
    """
    out = []
    for hit in COUNT_COMPARED.finditer(text):
        a, b = hit.span("x")
        at = a + len("incidence of ") if hit.group("x").lower().startswith("incidence of ") else a
        if any(f.start < b and a < f.end for f in found) or names_no_quantity(text[at:b]):
            continue
        out.append(mention(text, at, b, written(text[at:b], first_word=False)))
    return out

