"""Arms counted by what each count of people was given ("212 patients were treated with XY-123, and 209 were
treated with AB-7", "40 adults in 12 villages received XY-123 and 38 adults in 11 villages received placebo"), or by the
group each count was in ("64 were in the 30-mg group, 61 in the 15-mg group"). :func:`kg.text.arms.find_arms` tries
them after the brackets and lists of counts.
"""

from __future__ import annotations

import re
from typing import Sequence

from kg.text import cues
from kg.text import prefilter as rx
from kg.text.arm_parts import CONTROL, DOSE, PLACEBO, Arm, Name

# the words that give a count of people its therapy: "... | were treated with | XY-123"
# (or what they were on: "and 19 adults | were on | placebo")
GIVEN = rx.compile(r"(?=[wrt])\b(?:(?:were|was)\s(?:treated\swith|given|assigned\sto|allocated\sto|randomi[sz]ed\sto|on)"
                   r"|received|took)\s(?:the\s)?")
# a count of people, its thousands set off by a comma or not
_COUNT = r"\d{1,3}(?:,\d{3})?|\d{4,6}"
# a count of people at the head of its clause: "| 212 | patients", "and | 209 | were", "| 132 (50%) | were"
COUNT = re.compile(rf"(?<![\w.,%-])(?P<n>{_COUNT})\s(?:\(\d{{1,3}}(?:\.\d{{1,2}})?%\)\s)?"
                   rf"(?=(?:[a-z-]{{2,20}}\s)?{cues.PEOPLE}\b|(?:were|was)\b)")


def joined_counts(text: str, names: Sequence[Name]) -> list[Arm]:
    """Two or more counts of people joined by "and", each with the therapy (or control) the words after it say they
    were given.

    >>> t = "Of 430 patients, 212 were treated with XY-123, and 209 were treated with AB-7."
    >>> names = (Name(t.index("XY"), t.index("XY") + 6, "XY-123"), Name(t.index("AB"), t.index("AB") + 4, "AB-7"))
    >>> [(a.label, a.n) for a in joined_counts(t, names)]
    [('XY-123', 212), ('AB-7', 209)]
    >>> t = "In all, 212 patients received XY-123; of these, 30 received AB-7 for pain."
    >>> names = (Name(t.index("XY"), t.index("XY") + 6, "XY-123"), Name(t.index("AB"), t.index("AB") + 4, "AB-7"))
    >>> joined_counts(t, names)
    []
    """
    arms: list[Arm] = []
    for cue in GIVEN.finditer(text):
        if arms:                         # (the next count opens the clause joined to the last arm's)
            join = JOIN.match(text, arms[-1].end)
            count = COUNT.match(text, join.end()) if join else None
            if count is None or CLAUSE_BREAK.search(SHARE_BRACKET.sub("", text[count.end():cue.start()])):
                break
        else:
            count = last_count(text, max(0, cue.start() - 80), cue.start(), cue.end())
        arm = given_arm(text, cue.end(), names) if count else None
        if arm is None:
            break
        arms.append(Arm(arm[0], int(count.group("n").replace(",", "")), arm[1], count.start(), arm[2]))
    while arms and (elided := elided_arm(text, arms[-1].end, names)) is not None:
        arms.append(elided)             # ("212 were treated with XY-123 and 209 | with AB-7": the verb said once)
    return arms if len(arms) >= 2 and len({a.label for a in arms}) == len(arms) else []


# the next count's clause without its verb, the first clause's preposition kept: "..., and | 209 (49%) patients with |"
ELIDED_COUNT = re.compile(rf"(?P<n>{_COUNT})\s(?:\(\d{{1,3}}(?:\.\d{{1,2}})?%\)\s)?(?:(?:[a-z-]{{2,20}}\s)?{cues.PEOPLE}\s)?"
                          rf"(?:\(\d{{1,3}}(?:\.\d{{1,2}})?%\)\s)?(?:with|to)\s(?:the\s)?")


def elided_arm(text: str, end: int, names: Sequence[Name]) -> Arm | None:
    """The arm of a count joined after an arm's clause ending at ``end`` that says only what it was given, the verb
    left to the first clause ("212 patients were treated with XY-123, and 209 with AB-7"), or None.

    >>> t = "212 patients were treated with XY-123, and 209 with AB-7."
    >>> arm = elided_arm(t, t.index(","), (Name(t.index("AB"), t.index("AB") + 4, "AB-7"),))
    >>> arm.label, arm.n
    ('AB-7', 209)
    """
    join = JOIN.match(text, end)
    count = ELIDED_COUNT.match(text, join.end()) if join else None
    arm = given_arm(text, count.end(), names) if count else None
    return Arm(arm[0], int(count.group("n").replace(",", "")), arm[1], count.start(), arm[2]) if arm else None


# what joins the clause of one count to the next: "XY-123 | 10 mg, and | 209 were treated with"
# (a dose's or a strength's digits may stand there: "XY-123 gel | 0.04% and | 90 were treated with")
JOIN = re.compile(r"(?:[^.;:()\d]|(?<![\d.])\d{1,4}(?:\.\d{1,3})?\s?(?:%|mg|mcg|µg|g|mL|ml)(?![\w%])){0,30}?"
                  r"(?:,\s(?:and\s|while\s|whereas\s)?|\s(?:and|while|whereas)\s)")
# (no new clause between a count and its verb: "209 | were ... | received")
CLAUSE_BREAK = re.compile(r"[.;:()]")


def last_count(text: str, start: int, end: int, verb_end: int) -> re.Match | None:
    """The last count of people in ``text[start:end]`` (its verb ending by ``verb_end``) with no clause break after it,
    or None."""
    last = None
    for hit in COUNT.finditer(text, start, verb_end):
        if hit.start() < end:
            last = hit
    # (a share in brackets after the people is no break: "88 adults (49%) were treated with ...")
    return None if last is None or CLAUSE_BREAK.search(SHARE_BRACKET.sub("", text[last.end():end])) else last


SHARE_BRACKET = re.compile(r"\s?\(\d{1,3}(?:\.\d{1,2})?\s?%\)")


def given_arm(text: str, at: int, names: Sequence[Name]) -> tuple[str, tuple[str, ...], int] | None:
    """The label, interventions and end of the therapy (or control) named at ``at``, or None."""
    drug = next((x for x in names if x.start == at), None)
    if drug is not None:
        return drug.label, (drug.label,), drug.end
    control = PLACEBO.match(text, at) or CONTROL.match(text, at)
    return (control.group().lower(), (), control.end()) if control else None


# a cohort or a part of a trial named by its number or letter ("cohort 2", "Part B"), a label alone: a cohort of the
# trial's therapy (a group so named may be the control)
NUMBERED_COHORT = re.compile(r"(?:cohort|part)\s(?:\d{1,2}|[A-Z])", re.I)


def numbered_label(words: str) -> str:
    """The label of a group named by its number or letter: its word in lower case.

    >>> numbered_label("Cohort 2"), numbered_label("part B")
    ('cohort 2', 'part B')
    """
    word, _, key = words.partition(" ")
    return f"{word.lower()} {key}"


# a count of people in a group named after "in the": "| 64 adults were in the 30-mg group", ", | 61 in the 15-mg
# group"
# (or a group named by its number or letter: ", | 81 in cohort 2")
IN_GROUP = rx.compile(rf"""(?<![\w.,%-])(?P<n>{_COUNT})\s(?:(?:[a-z-]{{2,20}}\s)?{cues.PEOPLE}\s)?
    (?:were\s)?in\s(?:the\s(?P<g>[^,;:.()]{{1,40}}?)\s(?:group|arm|cohort)\b
    |(?P<k>(?i:cohort|group|arm|part)\s(?:\d{{1,2}}|[A-Z])\b))""", re.X)


def counted_in_groups(text: str, names: Sequence[Name]) -> list[Arm]:
    """Two or more counts of people joined by "and", each in the group named after it: a therapy, the control or a dose.

    >>> [(a.label, a.n) for a in counted_in_groups("64 were in the 30-mg group, 61 in the 15-mg group, and 66 in the "
    ...                                            "5-mg group.", ())]
    [('30 mg', 64), ('15 mg', 61), ('5 mg', 66)]
    >>> counted_in_groups("64 were in the 30-mg group at first; later, 61 in the 15-mg group were seen.", ())
    []
    >>> [(a.label, a.n) for a in counted_in_groups("(38 in cohort 1, 47 in cohort 2, and 52 in cohort 3)", ())]
    [('cohort 1', 38), ('cohort 2', 47), ('cohort 3', 52)]
    >>> t = "(64 in the 30-mg XY-1 group and 61 in the placebo group)"
    >>> [(a.label, a.n) for a in counted_in_groups(t, (Name(t.index("XY-1"), t.index("XY-1") + 4, "XY-1"),))]
    [('XY-1 30 mg', 64), ('placebo', 61)]
    """
    arms: list[Arm] = []
    for hit in IN_GROUP.finditer(text):
        if arms and not JOINED.fullmatch(text, arms[-1].end, hit.start()):
            break
        label = group_arm(text, hit, names)
        if label is None:
            break
        arms.append(Arm(label[0], int(hit.group("n").replace(",", "")), label[1], hit.start(), hit.end()))
    return arms if len(arms) >= 2 and len({a.label for a in arms}) == len(arms) else []


# a cohort or a part named by its number or letter with its size in brackets: "cohort A (n = 6)", "Part 2 (n=15)"
NUMBERED_SIZE = rx.compile(r"(?=[CcPp])\b(?P<k>(?i:cohort|part)\s(?:\d{1,2}|[A-Z]))\s?\(\s?[nN]\s?=\s?(?P<n>\d{1,6})\s?\)")


def sized_cohorts(text: str) -> list[Arm]:
    """Two or more cohorts (or parts) of a trial named by number or letter, each with its size in brackets.

    >>> [(a.label, a.n) for a in sized_cohorts("X fell by 27% in cohort A (n = 9) and 36% in cohort B (n = 14).")]
    [('cohort A', 9), ('cohort B', 14)]
    """
    found = []
    for hit in NUMBERED_SIZE.finditer(text) if "(" in text else ():
        found.append(Arm(numbered_label(hit.group("k")), int(hit.group("n")), (), hit.start(), hit.end()))
    return found if len(found) >= 2 and len({a.label for a in found}) == len(found) else []


# what joins one group's count to the next: ", | 75 in", ", and | 79 in"
JOINED = re.compile(r"(?:,\s(?:and\s)?|\sand\s|;\s)")


def group_arm(text: str, hit: re.Match, names: Sequence[Name]) -> tuple[str, tuple[str, ...]] | None:
    """The label and interventions of the group ``hit`` names: a therapy, the control or a dose, or its number ("cohort
    2": what it got is said elsewhere); else None."""
    if hit.group("k"):
        return numbered_label(hit.group("k")), ()
    a, b = hit.span("g")
    drug = next((x for x in names if x.start == a and x.end == b), None)
    if drug is not None:
        return drug.label, (drug.label,)
    if PLACEBO.fullmatch(text, a, b) or CONTROL.fullmatch(text, a, b):
        return text[a:b].lower(), ()
    dose = DOSE.fullmatch(text[a:b].replace("-", " "))
    if dose is None and (drug := next((x for x in names if a < x.start and x.end == b), None)) is not None:
        dose = DOSE.fullmatch(text[a:drug.start].replace("-", " ").strip())    # ("the 80-mg | XY-123 | group")
        return (f"{drug.label} {dose.group('amount')} {dose.group('unit')}", (drug.label,)) if dose else None
    return (f"{dose.group('amount')} {dose.group('unit')}", ()) if dose else None
