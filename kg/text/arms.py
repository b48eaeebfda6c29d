"""Trial arms in text: the groups patients were assigned to, how many each held and what each received.

Pure functions over one sentence (or one line of a list of arms) and the
therapy names found in it (:class:`Name`, offsets in that text). Layouts:

- an allocation: "randomised 2:1 to XY-123 (n=40) or placebo (n=20)", "to receive either XY-123 ... or ...",
  "60 to XY-123 and 30 to placebo", "48 received XY-123 and 24 received placebo", "50 to each group";
- a line of a list of arms after a line that opens one ("Arms", "... to one of three groups:"):
  "Experimental arm: XY-123 10 mg (40 participants)", "Control (n=10): observation", "low dose: XY-123 5 mg";
- dose cohorts: "three dose cohorts: 1, 3 and 10 mg/kg";
- one therapy alone or with another: "to XY-123 alone or with AB-7", "XY-123 with or without AB-7"
  (:mod:`kg.text.add_on_arms`);
- a group and its size anywhere: "the placebo group (n = 24)".

An arm is labelled as the gold convention does: the therapy's label for a drug arm, "placebo", a dose level
("low dose"), "<drug> <dose>" when several arms give one drug at different doses, and a named group as written.
A ratio ("2:1") gives no sizes: only sizes the text states are read.

:func:`find_arms` tries the layouts in turn: an allocation (:mod:`kg.text.allocation`), then the others
(:mod:`kg.text.arm_lists`); the records and the parts they share are in :mod:`kg.text.arm_parts`.

>>> text = "In all, 90 patients were randomised: 60 to XY-123 and 30 to placebo."
>>> [(a.label, a.n, a.interventions) for a in find_arms(text, (Name(43, 49, "XY-123"),))]
[('XY-123', 60, ('XY-123',)), ('placebo', 30, ())]
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from kg.text import cues
from kg.text.add_on_arms import added_arms
from kg.text.allocation import allocation, each_size, shared_head
from kg.text.arm_lists import (announced_list, bracketed_counts, bracketed_sizes, cohorts, colon_sizes, compared_doses, shared_groups,
                                counted_before_people, counted_levels, counts_then_groups, doses_against_control, doses_of,
                                given_levels, listed_doses, scheduled_doses, sized_groups, slashed_sizes)
from kg.text.arm_parts import Arm, Name, with_main
from kg.text.given_counts import counted_in_groups, joined_counts, sized_cohorts
from kg.text.listed_amounts import amounts_of_drug, bracketed_doses
from kg.text.group_names import bracketed_groups, described_groups, groups_received, labelled_groups
from kg.text.worded_arms import worded_arms
from kg.text.treated_groups import treated_sizes


def find_arms(text: str, names: Sequence[Name], main: str | None = None) -> list[Arm]:
    """The arms a sentence spells out, in text order; [] when it spells out fewer than two or is unclear.

    ``main`` is the document's main therapy (the intervention of a "low-dose group" that names no drug).

    >>> find_arms("Patients were randomised 1:1 to XY-123 (n = 48) or placebo (n = 50).", (Name(32, 38, "XY-123"),))
    [Arm(label='XY-123', n=48, interventions=('XY-123',), start=32, end=48), Arm(label='placebo', n=50, interventions=(), start=51, end=68)]
    >>> [a.label for a in find_arms("Patients were randomised to XY-123 10 mg, XY-123 20 mg or placebo (n=30).",
    ...                              (Name(28, 34, "XY-123"), Name(42, 48, "XY-123")))]
    ['XY-123 10 mg', 'XY-123 20 mg', 'placebo']
    """
    # (doses each with how often it is given first: an allocation would read them as one arm of the drug)
    found = (slashed_sizes(text, names)
             or scheduled_doses(text, names) or amounts_of_drug(text, names) or bracketed_doses(text, names)
             or bracketed_groups(text, names)
             or added_arms(text, names)
             or allocation(text, names, main) or shared_head(text, names)
             or cohorts(text, names, main) or doses_of(text, names)
             or counted_levels(text, names, main) or given_levels(text, names, main)
             or compared_doses(text, names) or bracketed_sizes(text, names) or bracketed_counts(text, names)
             or counted_before_people(text, names) or counts_then_groups(text, names) or joined_counts(text, names)
             or counted_in_groups(text, names) or sized_cohorts(text)
             or doses_against_control(text, names)
             or listed_doses(text, names))
    if found and any(a.n is None for a in found) and " with " in text and (counted := joined_counts(text, names)) \
            and {a.label.lower() for a in counted} == {a.label.lower() for a in found}:
        found = counted             # ("88 adults were treated with XY-123 and 90 with placebo": the same arms, counted)
    labelled = labelled_groups(text, names) if found else []
    if len(labelled) > len(found) >= 2:
        found = labelled            # ("either saline (group 1), XY (group 2), or XY and saline (group 3)": three groups
        #                             the allocation's names would make two)
    found = with_bracket_labels(found, labelled) if found else found
    found = found or labelled_groups(text, names) or colon_sizes(text, names) or shared_groups(text, names) \
        or sized_groups(text, names) or described_groups(text, names) \
        or announced_list(text, names) or groups_received(text, names) or allocation(text, names, main, loose=True) \
        or worded_arms(text, names) or treated_sizes(text, names)
    return [with_main(a, main) for a in with_each_size(with_respective_sizes(found, text), text)]


# the arms' sizes in a bracket after the last, in their order: "(52, 47, and 51 patients, respectively)",
# "(n = 52, 47 and 51, respectively)"
_SIZE = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,6})"      # (with a thousands separator or none: "3,093", "309")
RESPECTIVE_SIZES = re.compile(rf"\((?:[nN]\s{{0,3}}=\s{{0,3}})?(?P<nums>{_SIZE}(?:\s{{0,3}},\s{{0,3}}{_SIZE}){{0,6}},?"
                              rf"\s{{1,3}}and\s{{1,3}}{_SIZE})(?:\s{{1,3}}{cues.PEOPLE})?,?\s{{1,3}}respectively\s{{0,3}}\)")


def with_each_size(arms: list[Arm], text: str) -> list[Arm]:
    """The arms, each given the one size the sentence says every group has ("with 41 participants in each arm"), where
    none has a size of its own; as they were otherwise.

    >>> a = [Arm("placebo", None, (), 10, 17), Arm("XY-1 2 mg", None, ("XY-1",), 22, 26)]
    >>> [x.n for x in with_each_size(a, "to placebo or 2 mg of XY-1, with 41 participants in each arm")]
    [41, 41]
    """
    if len(arms) < 2 or any(a.n is not None for a in arms):
        return arms
    n = each_size(text, len(arms))
    return [replace(a, n=n) for a in arms] if n is not None else arms


def with_respective_sizes(arms: list[Arm], text: str) -> list[Arm]:
    """The arms, each given its size from a bracket of sizes "respectively" right after the last, where none has one
    and the bracket holds one number per arm; as they were otherwise.

    >>> a = [Arm("placebo", None, (), 10, 17), Arm("XY-1", None, ("XY-1",), 22, 26)]
    >>> [x.n for x in with_respective_sizes(a, "to either placebo, or XY-1 (52 and 47 patients, respectively)")]
    [52, 47]
    """
    if len(arms) < 2 or any(a.n is not None for a in arms):
        return arms
    hit = RESPECTIVE_SIZES.search(text, arms[-1].start)        # (the last arm's span may hold its bracket)
    sizes = [int(n.replace(",", "")) for n in re.findall(_SIZE, hit.group("nums"))] if hit else []
    if len(sizes) != len(arms):
        return arms
    return [replace(a, n=n) for a, n in zip(arms, sizes)]


def with_bracket_labels(arms: list[Arm], labelled: list[Arm]) -> list[Arm]:
    """The arms, each named by the label a bracket right after it gives ("zeta mesh (ZL group, n = 31)"), by which
    the results name the groups; as they were unless every arm has one.

    >>> a = [Arm("zeta mesh", 24, (), 0, 24), Arm("beta mesh", 23, (), 28, 51)]
    >>> [(x.label, x.n) for x in with_bracket_labels(a, [Arm("ZL", 24, (), 10, 24), Arm("BH", 23, (), 38, 51)])]
    [('ZL', 24), ('BH', 23)]
    """
    if len(labelled) != len(arms) or not all(a.start <= b.start <= a.end + 2 for a, b in zip(arms, labelled)):
        return arms
    # (the labelled group's therapies where it names more: all that was said before its label)
    return [Arm(b.label, a.n if a.n is not None else b.n, max(a.interventions, b.interventions, key=len), a.start,
                max(a.end, b.end)) for a, b in zip(arms, labelled)]
