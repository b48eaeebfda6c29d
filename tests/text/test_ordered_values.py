"""Per-arm numbers read by the order the arms are named (kg.text.ordered_values), on invented sentences.

Each reading case names its arms by the words given; the offsets are found here. Each counterexample is a sentence
whose numbers are not the arms' results, one for each thing set aside.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.text.ordered_values import in_arm_order


def arms_in(text: str, *names: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of every naming of each arm, the label being the name."""
    out = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            out.append((at, at + len(name), name))
            at = text.find(name, at + 1)
    return sorted(out)


READ = [
    # each arm, then its number
    ("The mean zeta score was 4.1 in the XY-7 group and 6.3 in the placebo group.", ("XY-7", "placebo"),
     [("XY-7", "4.1"), ("placebo", "6.3")]),
    # four arms, each with its number
    ("Zeta flow rose by 12 mL with XY-7 5 mg, 18 mL with XY-7 10 mg, 25 mL with XY-7 20 mg and 31 mL with XY-7 40 mg.",
     ("XY-7 5 mg", "XY-7 10 mg", "XY-7 20 mg", "XY-7 40 mg"),
     [("XY-7 5 mg", "12"), ("XY-7 10 mg", "18"), ("XY-7 20 mg", "25"), ("XY-7 40 mg", "31")]),
    # each number, then its arm, with spreads and a bracketed count set aside
    ("Zeta clearance was 61.5% (40/65) with XY-7 and 32.0% (16/50) with placebo.", ("XY-7", "placebo"),
     [("XY-7", "61.5"), ("placebo", "32.0")]),
    # "A ... x compared to y in B"
    ("The zeta score in XY-7 patients was 3.3 ± 1.2 compared to 1.9 ± 1.4 in the placebo group.",
     ("XY-7", "placebo"), [("XY-7", "3.3"), ("placebo", "1.9")]),
    # the arms, then the numbers in a bracket
    ("Zeta scores were lower with XY-7 than with placebo (median, 12.5 vs 19.0 days).", ("XY-7", "placebo"),
     [("XY-7", "12.5"), ("placebo", "19.0")]),
    # each arm with its number in a bracket, an interval after the first
    ("Zeta levels fell in the XY-7 (-8.5; range -12 to -3) and placebo (-2.0) groups.", ("XY-7", "placebo"),
     [("XY-7", "-8.5"), ("placebo", "-2.0")]),
    # the first number of a bracket whose rest qualifies it
    ("Zeta clearance was reached with XY-7 (41.0%, n=52/127) versus placebo (18.5%; 95% CI 11.9-26.6).",
     ("XY-7", "placebo"), [("XY-7", "41.0"), ("placebo", "18.5")]),
    # a bracket that names the arms gives their numbers; the difference and its interval are set aside
    ("Zeta change from baseline (XY-7: -2.6; placebo: -1.1; difference -1.5 [-2.2, -0.8]).", ("XY-7", "placebo"),
     [("XY-7", "-2.6"), ("placebo", "-1.1")]),
    # the numbers, then the arms, "respectively"; the groups' sizes set aside
    ("Zeta volume changed by -21 mL and -64 mL in the XY-7 (n=30) and placebo (n=31) groups, respectively.",
     ("XY-7", "placebo"), [("XY-7", "-21"), ("placebo", "-64")]),
    # a direction word beside each number gives its sign
    ("There was a 38% reduction in zeta with XY-7 and a 4% increase with placebo.", ("XY-7", "placebo"),
     [("XY-7", "-38"), ("placebo", "4")]),
    # a direction word before the arm each number is said of ("declined in the A group by"), for each its own
    ("At week 12, zeta levels had declined in the XY-7 group by 31.6% and had risen in the placebo group by 2.6%.",
     ("XY-7", "placebo"), [("XY-7", "-31.6"), ("placebo", "2.6")]),
    ("Zeta levels fell in the zetabrutinib plus usual care group by 12.5% and rose in the usual care group by 1.5%.",
     ("zetabrutinib plus usual care", "usual care"), [("zetabrutinib plus usual care", "-12.5"), ("usual care", "1.5")]),
    # a number written as a word; "none" is zero
    ("Zeta clearance was seen in 40% of patients given XY-7, compared to none in the placebo group.",
     ("XY-7", "placebo"), [("XY-7", "40"), ("placebo", "0")]),
    ("Zeta events numbered 56 in the placebo group compared to six in the XY-7 group.", ("placebo", "XY-7"),
     [("placebo", "56"), ("XY-7", "6")]),
    # a p-value written without its P is no threshold
    ("Zeta clearance was reached in 77.6% with XY-7 compared with 49.5% in the placebo group (<0.001).",
     ("XY-7", "placebo"), [("XY-7", "77.6"), ("placebo", "49.5")]),
    # a verb before the (blanked) measure and "by": a change
    ("XY-7 improved zeta distance by 24.2 meters, and AB-9 improved it by 29.5 meters.", ("XY-7", "AB-9"),
     [("XY-7", "24.2"), ("AB-9", "29.5")]),
    # three arms, each then its number; a time and the counted people set aside
    ("At 12 weeks, the 40 patients on XY-7 had a zeta score of 2.2, those on AB-9 2.9 and those on placebo 4.0.",
     ("XY-7", "AB-9", "placebo"), [("XY-7", "2.2"), ("AB-9", "2.9"), ("placebo", "4.0")]),
    # a bracket of bare numbers that says "respectively" after the arms it follows
    ("Zeta clearance was greater in the XY-7 group vs. placebo (52% vs. 19% respectively).",
     ("XY-7", "placebo"), [("XY-7", "52.0"), ("placebo", "19.0")]),
    # what the two numbers amount to is set aside ("representing an 89% decrease")
    ("The median zeta rate was 3.1 for the XY-7 regimen, compared to 29.4 for placebo, representing an 89% decrease.",
     ("XY-7", "placebo"), [("XY-7", "3.1"), ("placebo", "29.4")]),
    # thousands written with commas are one number each
    ("The zeta count was 2,400.7 in the XY-7 group and 1,900 in the placebo group.", ("XY-7", "placebo"),
     [("XY-7", "2400.7"), ("placebo", "1900.0")]),
    # "from" the first arm's number "to" the second's: the arms in the order named, not a starting level
    ("Median zeta time rose from 6.8 months in the placebo arm to 9.1 months in the XY-7 arm.", ("placebo", "XY-7"),
     [("placebo", "6.8"), ("XY-7", "9.1")]),
    # "percent of patients" after the second number is a share of each arm, not a count of people
    ("Zeta cure was seen in 84.5 and 90.2 percent of patients in the XY-7 and placebo groups, respectively.",
     ("XY-7", "placebo"), [("XY-7", "84.5"), ("placebo", "90.2")]),
    # a share right after the timepoint is no time of a list ("At week 24, 63% ...")
    ("At week 24, 63% of patients on XY-7 had zeta clearance, compared to 25% on placebo.", ("XY-7", "placebo"),
     [("XY-7", "63"), ("placebo", "25")]),
    # an amount measured in the people of each arm is no count of them ("5.1 bpm in patients")
    ("Zeta rate was 61.5 bpm in patients treated with XY-7 compared with 70.4 bpm in patients given placebo.",
     ("XY-7", "placebo"), [("XY-7", "61.5"), ("placebo", "70.4")]),
    # a reference's number after the sentence's result is no result
    ("Zeta rate was 61.5 with XY-7 compared with 70.4 with placebo (p=0.004) [1].", ("XY-7", "placebo"),
     [("XY-7", "61.5"), ("placebo", "70.4")]),
    # a window the measure's name gives ("the 12 hours mean rate") is no result
    ("The 12 hours mean zeta rate was 61.5 with XY-7 compared with 70.4 with placebo.", ("XY-7", "placebo"),
     [("XY-7", "61.5"), ("placebo", "70.4")]),
    # a dose written before "of" and the arm's name is that arm's own
    ("Adults had 7 percent zeta loss with 2 milligrams of XY-7, compared to 3 percent for those given placebo.",
     ("XY-7", "placebo"), [("XY-7", "7"), ("placebo", "3")]),
    # a bracket that names each arm with its number: those are the arms' (not the total, nor the follow-up time)
    ("Over a median of 4 months, 61 zeta fever cases were seen (XY-7: 11; placebo: 50).", ("XY-7", "placebo"),
     [("XY-7", "11"), ("placebo", "50")]),    # the numbers listed, then as many arms listed, the other arm beside its number (after the lists or before them)
    ("Zeta response was 12%, 25% and 31% in the AB-1, AB-2 and AB-3 groups, compared with 4% in the placebo group.",
     ("AB-1", "AB-2", "AB-3", "placebo"), [("AB-1", "12"), ("AB-2", "25"), ("AB-3", "31"), ("placebo", "4")]),
    ("Zeta rose 4% with placebo against 12% and 19% with AB-1 and AB-2.", ("placebo", "AB-1", "AB-2"),
     [("placebo", "4"), ("AB-1", "12"), ("AB-2", "19")]),
    # an arm named first only as what the others are set against, then again with its number: there it is read
    ("Zeta scores, compared to placebo, were 1.7 (AB-1) and 2.9 (AB-2) versus 0.6 for placebo.",
     ("placebo", "AB-1", "AB-2"), [("AB-1", "1.7"), ("AB-2", "2.9"), ("placebo", "0.6")]),
    ("Versus placebo, zeta rates were 14% with AB-1 and 6% with placebo.", ("placebo", "AB-1"),
     [("AB-1", "14"), ("placebo", "6")]),
]


@pytest.mark.parametrize("text,names,expected", READ, ids=[t[:40] for t, _, _ in READ])
def test_numbers_go_to_the_arms_in_order(text, names, expected):
    got = [(v.arm, v.value) for v in in_arm_order(text, arms_in(text, *names))]
    assert got == [(arm, Decimal(value)) for arm, value in expected]


NOT_READ = [
    # a starting level and a later one
    ("Zeta fell from 8.1 to 7.2 with XY-7 versus placebo.", ("XY-7", "placebo")),
    # three numbers for two arms
    ("Zeta was 4.1 with XY-7, 6.3 with placebo and 5.0 overall.", ("XY-7", "placebo")),
    # one number for two arms
    ("Zeta was 4.1 with XY-7, better than with placebo.", ("XY-7", "placebo")),
    # numbers relative to the other arm
    ("Zeta decline was 34% smaller with XY-7 and 18% smaller with AB-9.", ("XY-7", "AB-9")),
    ("XY-7 gave a 25% relative reduction in zeta, or 4 fewer events, compared with placebo.", ("XY-7", "placebo")),
    # a rate's and a risk's change between the arms, each given its own number
    ("XY-7 lowered the zeta rate and risk versus placebo, showing a rate reduction of 38% plus a risk reduction of 29%.",
     ("XY-7", "placebo")),
    # shares of patients reaching a threshold
    ("Zeta improved by at least 4 points in 56% with XY-7 compared to 21% with placebo.", ("XY-7", "placebo")),
    # a dose: the arms are dose groups
    ("Zeta was 4.1 with XY-7 10 mg and 6.3 with placebo.", ("XY-7", "placebo")),
    # an allocation: the numbers are sizes
    ("In all, 120 were randomly assigned to XY-7 and 60 to placebo.", ("XY-7", "placebo")),
    # numbers then arms without "respectively"
    ("There were 62 cases: 56 cases arose in the placebo group and six in the XY-7 group.", ("placebo", "XY-7")),
    # numbers listed before arms listed, with other words inside the list: not one list
    ("Zeta fell by 12% at first and 25% later in the AB-1 and AB-2 groups vs 4% with placebo.",
     ("AB-1", "AB-2", "placebo")),
    # a number, the two arms, then a number: no order writers use
    ("Zeta rose by 2 with both XY-7 and placebo, to 4.1.", ("XY-7", "placebo")),
    # a baseline level
    ("Zeta at baseline was 4.1 with XY-7 and 4.3 with placebo.", ("XY-7", "placebo")),
    # a level each arm started from, the arm named after the range
    ("Zeta fell from 30 to 20 in the XY-7 arm and from 31 to 29 in the placebo arm.", ("XY-7", "placebo")),
    # a strength, not a result
    ("Zeta was compared between AB-9 0.5% twice daily and XY-7 0.1% once daily.", ("AB-9", "XY-7")),
    # two arms, one named twice with nothing else: one arm
    ("Zeta was 4.1 with XY-7 and 6.3 with XY-7.", ("XY-7",)),
    # an arm with its own number in brackets right after it owns that number, not the one before (the first arm is
    # named inside the measure's words, which the sentence's arms do not hold)
    ("Despite the higher zeta loss (31.2%) compared to placebo (6.1%), all endpoints favored XY-7.", ("placebo", "XY-7")),
    # one arm's numbers, each at its own time, set against the other arm as a whole
    ("XY-7 lowered zeta pain by 41% at week 8 and 47% at week 20 against saline.", ("XY-7", "saline")),
]


@pytest.mark.parametrize("text,names", NOT_READ, ids=[t[:40] for t, _ in NOT_READ])
def test_numbers_that_are_no_arm_results_are_left(text, names):
    assert in_arm_order(text, arms_in(text, *names)) == []


def test_shares_set_against_each_other_after_the_analysis_they_come_from_are_the_arms():
    text = ("The ZQT group had a higher zeta clearance rate than the ZTT group in the per-protocol analysis (81.4% vs "
            "62.9%, respectively; P = 0.004).")
    found = in_arm_order(text, arms_in(text, "ZQT", "ZTT"))
    assert [(v.arm, str(v.value)) for v in found] == [("ZQT", "81.4"), ("ZTT", "62.9")]


def test_units_must_agree():
    text = "Zeta was 4.1 months with XY-7 and 6.3% with placebo."
    assert in_arm_order(text, arms_in(text, "XY-7", "placebo")) == []


def test_a_bare_number_takes_the_unit_of_its_pair():
    text = "Zeta was longer with XY-7 than placebo (9.7 vs 6.9 months)."
    assert [v.unit for v in in_arm_order(text, arms_in(text, "XY-7", "placebo"))] == ["month", "month"]


def test_a_confidence_level_and_a_name_in_capitals_are_no_results():
    from kg.text.ordered_values import result_numbers
    plain = "the ZETA EIGHT score differed, with a 95% confidence interval of 1.2 and 3.4, and was 4.1"
    assert [str(n[0]) for n in result_numbers(plain, [])] == ["1.2", "3.4", "4.1"]


def test_a_ratio_in_words_is_no_number():
    text = "One in four patients treated with XY-7 (24.2%) had remission, compared to one in seven on placebo (13.3%)."
    assert [v.value for v in in_arm_order(text, arms_in(text, "XY-7", "placebo"))] == [Decimal("24.2"), Decimal("13.3")]


def test_a_measure_named_from_its_baseline_is_no_starting_level():
    text = "63% of patients on XY-7 had a reduction from baseline of 30% or more in zeta, compared to 25% on placebo."
    measure = (text.index("reduction"), text.index(", compared"))
    assert in_arm_order(text, arms_in(text, "XY-7", "placebo")) == []
    assert [(v.arm, str(v.value)) for v in in_arm_order(text, arms_in(text, "XY-7", "placebo"), [measure])] == \
        [("XY-7", "63.0"), ("placebo", "25.0")]


def test_a_list_of_times_with_a_fraction_is_no_result():
    text = ("The number of patients receiving XY-7 at 0.5 and 1 hr after the end of surgery was lower than with "
            "placebo.")
    assert in_arm_order(text, arms_in(text, "XY-7", "placebo")) == []


def test_a_change_from_baseline_said_before_the_numbers_marks_them_changes():
    text = "Zeta flow increased from baseline by 24.8 L/min with XY-7 compared with 5.2 L/min with placebo."
    found = [(v.arm, str(v.value), v.changed) for v in in_arm_order(text, arms_in(text, "XY-7", "placebo"))]
    assert found[0] == ("XY-7", "24.8", True)           # (the extractor carries the change to the second arm)


def test_a_count_whose_share_follows_in_brackets_gives_the_share():
    text = "In all, 27 (31.4%) children in the XY-7 group and 39 (44.8%) in the placebo group had zeta lesions."
    assert [(v.arm, str(v.value)) for v in in_arm_order(text, arms_in(text, "XY-7", "placebo"))] == \
        [("XY-7", "31.4"), ("placebo", "44.8")]


@pytest.mark.parametrize("unit", ["mL/min/1.73 m2", "mL/min/1.73m²", "mL/min/1.73 m2 per year", "mL/min"])
def test_a_bracket_of_one_number_with_a_unit_of_several_parts_gives_the_arms_number(unit):
    text = (f"The change in zeta clearance in the XY-7 group (+1.4 {unit}) differed from that in the placebo group "
            f"(-2.5 {unit}).")
    assert [(v.arm, str(v.value)) for v in in_arm_order(text, arms_in(text, "XY-7", "placebo"))] == \
        [("XY-7", "1.4"), ("placebo", "-2.5")]



def test_a_number_in_words_for_the_time_a_measure_is_taken_over_is_no_result():
    text = "Patients given XY-7 walked further in six minutes by about 30 metres compared with the placebo group."
    assert in_arm_order(text, arms_in(text, "XY-7", "placebo")) == []
