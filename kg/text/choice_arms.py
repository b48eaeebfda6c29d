"""Arms a randomised trial gives as a choice with no allocation word: "Patients received A or placebo", "Participants
were administered oral A or B each morning", "The 80 adults were treated with A, B or C for 12 weeks".

A pure function over one sentence and the therapy names found in it (:class:`~kg.text.arm_parts.Name`, offsets in
that text). The caller reads it only in a randomised, parallel-group document that spells out no allocation in any
sentence: there the sentence is the allocation, while elsewhere "patients received A or B" may be a choice left to
each doctor. What those who had, who relapsed or who all got something received is no choice of arms, nor is rescue
or added treatment.

>>> t = "Patients received metoprolol 50 mg or placebo twice daily for 16 weeks."
>>> names = (Name(t.index("metoprolol"), t.index("metoprolol") + 10, "metoprolol"),)
>>> [a.label for a in choice_arms(t, names)]
['metoprolol', 'placebo']
>>> choice_arms("All patients received metoprolol 50 mg or placebo.", (Name(22, 32, "metoprolol"),))
[]
"""

from __future__ import annotations

import re
from typing import Sequence

from kg.text import cues
from kg.text import prefilter as rx
from kg.text.allocation import GIVING_VERBS, allocation
from kg.text.arm_parts import Arm, Name

# the verb that gives the therapies, after its subject: "(patients) received | A or B", "were administered | ..."
GIVEN = rx.compile(rf"(?=[rwt])\b{GIVING_VERBS}\b(?=\s)", re.I)
# its subject: people, "they" or a count, in the few words before the verb
SUBJECT = re.compile(rf"\b(?:{cues.PEOPLE}|they|\d+)\b", re.I)
# ... and not those who had, relapsed or all got it, nor what was given before or after the trial's treatment
NOT_THE_ARMS = re.compile(r"\b(?:who|whom|that|which|whose|all|each|both|every|also|then|subsequently|additionally|"
                          r"previously|already|had|have|has|later|thereafter|otherwise|if|when|until)\b", re.I)
# "who" right before the verb: the people it gives the therapies to ("300 adults who | were given A or B")
WHO_GOT = re.compile(r"\bwho\s*$", re.I)
# a group as the subject: what one group got ("In the A group, women received ..."), read with the groups
GROUP = re.compile(r"\b(?:groups?|arms?|cohorts?)\b", re.I)
# what follows the verb when it names no arms: rescue or added treatment, premedication, something given to all
NOT_A_CHOICE = re.compile(r"(?<!\s)\s++(?:(?:an?|the)\s+)?(?:rescue|premedication|concomitant|background|standard|additional|"
                          r"open-label|further|prior)\b", re.I)
# what sets one arm against the next: a choice
OR = re.compile(r"\b(?:or|versus|vs)\b", re.I)
REACH = 60                  # characters before the verb its subject stands in


def choice_arms(text: str, names: Sequence[Name], main: str | None = None) -> list[Arm]:
    """The arms a sentence gives as what its people received, one therapy or another ("received A or B"); [] otherwise.

    >>> t = "Participants were administered oral metoprolol or verapamil each morning."
    >>> names = (Name(t.index("metoprolol"), t.index("metoprolol") + 10, "metoprolol"),
    ...          Name(t.index("verapamil"), t.index("verapamil") + 9, "verapamil"))
    >>> [a.label for a in choice_arms(t, names)]
    ['metoprolol', 'verapamil']
    >>> choice_arms("Patients who relapsed were treated with metoprolol or verapamil.", names)
    []
    """
    verb = GIVEN.search(text)
    if verb is None or NOT_A_CHOICE.match(text, verb.end()):
        return []
    before = text[max(0, verb.start() - REACH):verb.start()]
    clause = WHO_GOT.sub("", re.split(r"[,;:]", before)[-1])     # ("300 adults who | were given A or B": the arms)
    if not SUBJECT.search(clause) or NOT_THE_ARMS.search(clause) or GROUP.search(before):
        return []
    arms = allocation(text, names, main, loose=True, cue=verb)
    if not 2 <= len(arms) <= 4 or not (all(a.n for a in arms) or chosen(text, arms)):
        return []                   # ("women received A (3 mg) ... with 100 mL B": one group's therapies, no choice;
    #                                 "12 were given A and 11 were given B": counted groups)
    return arms


def chosen(text: str, arms: list[Arm]) -> bool:
    """Are the arms set against each other as a choice: "A or B", "A, B or C", "A versus B"?"""
    joins = [text[a.start:b.start] for a, b in zip(arms, arms[1:])]
    return OR.search(joins[-1]) is not None and all(OR.search(j) or "," in j for j in joins[:-1])
