"""kg.text.worded_arms: arms an allocation names in words alone, read by kg.text.arms.find_arms last.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from kg.text.arm_parts import Name
from kg.text.arms import find_arms


def arms(text: str, *names: str) -> list[tuple[str, int | None, tuple[str, ...]]]:
    found = tuple(Name(text.index(n), text.index(n) + len(n), n) for n in names)
    return [(a.label, a.n, a.interventions) for a in find_arms(text, found)]


@pytest.mark.parametrize("text, expected", [
    ("Sixty adults were randomized to supervised zeta walking or home-based zeta cycling.",
     [("supervised zeta walking", None, ("supervised zeta walking",)),
      ("home-based zeta cycling", None, ("home-based zeta cycling",))]),
    ("Women were allocated to a zeta diet enriched with nuts, a zeta diet enriched with oil, or a plain beta diet "
     "as their control.",
     [("zeta diet enriched with nuts", None, ("zeta diet enriched with nuts",)),
      ("zeta diet enriched with oil", None, ("zeta diet enriched with oil",)), ("plain beta diet", None, ("plain beta diet",))]),
    # (a control gets no intervention; "alone" is the arm's word, not its therapy's)
    ("Patients were randomly assigned to a course of zeta massage or usual care for 12 weeks.",
     [("zeta massage", None, ("zeta massage",)), ("usual care", None, ())]),
    ("Children were assigned to zeta coaching plus a booklet or the booklet alone.",
     [("zeta coaching plus a booklet", None, ("zeta coaching plus a booklet",)), ("booklet alone", None, ("booklet",))]),
    ("Adults were randomized to zeta training or a wait-list control.",
     [("zeta training", None, ("zeta training",)), ("wait-list control", None, ())]),
    # "into" after the ratio; each group's short form in brackets
    ("In 2001, 9,000 men were allocated (2:1) into either a zeta screening group (ZSG) or to a usual care group (UCG).",
     [("zeta screening", None, ("zeta screening",)), ("usual care", None, ())]),
    # the size the sentence gives each group
    ("Adults (n=90) were randomized to zeta walking or home-based zeta cycling (45 per group).",
     [("zeta walking", 45, ("zeta walking",)), ("home-based zeta cycling", 45, ("home-based zeta cycling",))]),
    # how long it lasted is no part of an arm's name
    ("Adults were randomized to a 2-year zeta exercise program or to zeta education materials alone.",
     [("zeta exercise program", None, ("zeta exercise program",)),
      ("zeta education materials alone", None, ("zeta education materials",))]),
    # a comma between two words describing one device joins no arms; the description is no part of the arm's name
    ("Adults were randomized to ZAVR with a balloon-expandable, low-profile zeta valve or surgery.",
     [("ZAVR", None, ("ZAVR",)), ("surgery", None, ("surgery",))]),
])
def test_an_allocation_named_in_words_gives_its_arms(text, expected):
    assert arms(text) == expected


def test_the_drugs_named_inside_a_worded_arm_are_its_interventions():
    text = "Adults were assigned to take either XY-123 plus a zeta rinse or XY-123 plus AB-7 for 20 weeks."
    assert arms(text, "AB-7") == [("XY-123 plus a zeta rinse", None, ("XY-123 plus a zeta rinse",)),
                                  ("XY-123 plus AB-7", None, ("AB-7",))]


@pytest.mark.parametrize("text", [
    "Each patient was randomly assigned to the left or right zeta fold.",                   # a side, not an arm
    "Adults were assigned to undergo zeta surgery with or without beta ablation.",       # read elsewhere
    "Volunteers were randomized to a zeta-then-beta or beta-then-zeta treatment order.",     # a crossover's order
    "Adults were put at random into two groups.",
])
def test_allocations_that_name_no_choice_of_arms_give_none(text):
    assert arms(text) == []


def test_a_standard_dose_and_a_high_dose_of_one_drug_are_two_arms_of_it():
    found = arms("Adults were randomized to receive a standard dose (5 mg) or a high dose (10 mg) of XY-123 at 2 visits.",
                 "XY-123")
    assert [label for label, _, _ in found] == ["standard dose", "high dose"]
