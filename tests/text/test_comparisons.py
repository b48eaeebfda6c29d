"""kg.text.comparisons: the numbers a result gives each arm, in the layouts writers use.

Every sentence here is invented (drug "XY-123", invented numbers).
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from kg.text.comparisons import DOSE_IN, dose_arm, find_comparisons, pair_then_arms, without_spreads


@pytest.mark.parametrize("text, expected", [
    ("OS was 13.4 mo in the XY-123 arm and 10.9 mo in the placebo arm.",
     [("13.4", "XY-123 arm"), ("10.9", "placebo arm")]),
    ("Events occurred in 512 (17.2%) patients in the XY-123 group and 561 (18.8%) patients in the placebo group.",
     [("17.2", "XY-123 group"), ("18.8", "placebo group")]),
    ("Voids fell by an adjusted mean of 2.3 episodes per day for XY-123 vs 1.1 for placebo.",
     [("2.3", "XY-123"), ("1.1", "placebo")]),
    ("Success was achieved in 54% of 301 patients assigned XY-123 vs. 45% of 296 patients assigned placebo.",
     [("54.0", "XY-123"), ("45.0", "placebo")]),
    ("Median ZFS was 17.1 mo (14.2-NR) in the XY-123 group and 12.6 mo (11.0-15.3) in the chemo group.",
     [("17.1", "XY-123 group"), ("12.6", "chemo group")]),
    ("Of 47 cases, 38 of these cases occurred in the placebo group while 9 occurred in the XY-123 group.",
     [("38.0", "placebo group"), ("9.0", "XY-123 group")]),
    ("In all, 14 cases were observed in the placebo group and 2 cases were observed in the XY-123 group.",
     [("14.0", "placebo group"), ("2.0", "XY-123 group")]),
])
def test_per_arm_numbers_in_months_as_mo_with_a_share_before_the_group_and_in_events_per_day(text, expected):
    assert [(str(n.value).lstrip("-"), n.arm) for n in find_comparisons(text)[0].numbers] == expected


@pytest.mark.parametrize("text, unit", [
    ("The zeta growth rate was 0.41 mm/year with XY-123, compared with 0.52 mm/year with sham.", "mm/year"),
    ("Weight fell by 4.8 kg with XY-123 vs 1.3 kg with placebo.", "kg"),
    ("Zeta levels were 2.7 ng/mL with XY-123 and 4.4 ng/mL with placebo.", "ng/ml"),
])
def test_per_arm_numbers_in_a_quantitys_own_unit(text, unit):
    numbers = find_comparisons(text)[0].numbers
    assert len(numbers) == 2 and {n.unit for n in numbers} == {unit}


@pytest.mark.parametrize("text, expected", [
    ("Events occurred in 12.5% with XY-123 versus 20.1% with placebo.",
     [("12.5", "value", "XY-123"), ("20.1", "value", "placebo")]),
    ("Response: 31% vs. 12% (P<0.001).", [("31", "value", None), ("12", "value", None)]),
    ("Remission occurred in 31% of patients in the XY-123 group and 12% of those in the placebo group.",
     [("31", "value", "XY-123 group"), ("12", "value", "placebo group")]),
    ("an event occurred in 88 participants (8.1%) in the XY-123 group and in 130 participants (12.0%) in the placebo group",
     [("8.1", "value", "XY-123 group"), ("12.0", "value", "placebo group")]),
    ("the score fell by 4.1 points with XY-123 and 6.0 points with placebo",
     [("-4.1", "change", "XY-123"), ("-6.0", "change", "placebo")]),
    ("volume decreased by 2.5% with XY-123 and increased by 3.1% with placebo",
     [("-2.5", "change", "XY-123"), ("3.1", "change", "placebo")]),
    ("weight changed by −1.20% vs. −0.35%", [("-1.2", "change", None), ("-0.35", "change", None)]),
    ("At 12 months, 80% of those patients on XY-123 were alive, compared with 61% on placebo",
     [("80", "value", "XY-123"), ("61", "value", "placebo")]),
    ("the figures were 30.2% and 41.0%, respectively", [("30.2", "value", None), ("41.0", "value", None)]),
    ("median survival was 14.2 months with XY-123 versus 9.8 months with placebo",
     [("14.2", "value", "XY-123"), ("9.8", "value", "placebo")]),
    ("the mean change was 2.1 steps (SD 0.9) in the intervention group and 0.3 (SD 1.1) in the control group",
     [("2.1", "value", "intervention group"), ("0.3", "value", "control group")]),
    ("45.2% (XY-123) vs 30.1% (placebo)", [("45.2", "value", "XY-123"), ("30.1", "value", "placebo")]),
    ("45.2% of XY-123-treated patients versus 30.1% of placebo-treated patients",
     [("45.2", "value", "XY-123"), ("30.1", "value", "placebo")]),
    ("a reduction of 2.1 points with XY-123 vs 0.4 points with placebo",
     [("-2.1", "change", "XY-123"), ("-0.4", "change", "placebo")]),
    ("45 of 120 patients (37.5%) on XY-123 and 20 of 118 (16.9%) on placebo",
     [("37.5", "value", "XY-123"), ("16.9", "value", "placebo")]),
    # an arm's size after it, an arm and its dose in parentheses, "of the placebo group", "against"
    ("the change was -11.4% in the XY-123 group (n = 120) versus -1.9% with placebo (n = 118)",
     [("-11.4", "change", "XY-123 group"), ("-1.9", "change", "placebo")]),
    ("weight changed by -6.1% (XY-123 1.5 mg) vs +4.2% (placebo)",
     [("-6.1", "change", "XY-123 1.5 mg"), ("4.2", "change", "placebo")]),
    ("38% of those on XY-123 were in remission, against 21% of the placebo group",
     [("38", "value", "XY-123"), ("21", "value", "placebo")]),
    # the first arm named before the measure (read by kg.extractors.outcomes): the second after "compared with an"
    ("had a mean reduction in the score of 1.6%, compared with an increase of 0.3% with placebo",
     [("1.6", "value", None), ("0.3", "change", "placebo")]),
    # arms named by those assigned to them, with their counts: "of the 412 patients assigned to ...", "of 398 placebo patients"
    ("41.2 percent of the 412 patients assigned to the 100 mg dose were pain-free, compared with 28.9 percent of 398 "
     "placebo patients", [("41.2", "value", "100 mg dose"), ("28.9", "value", "placebo")]),
    # the second count without its people word: its share, not the count, is the arm's value
    ("death occurred in 61 patients (6.1%) in the XY-123 group and 84 (8.3%) in the placebo group",
     [("6.1", "value", "XY-123 group"), ("8.3", "value", "placebo group")]),
    # a count with its share and the share's interval in one bracket
    ("remission came in 31 patients (27%, 95% CI = 19.1%-35.2%) given XY-123 and in 6 patients (11%, 95% CI = "
     "4.0%-21.9%) given placebo", [("27", "value", "XY-123"), ("11", "value", "placebo")]),
    # a mean with its spread in bare brackets, as abstracts write "mean (SD)"
    ("the zeta scores were 58.2 (7.9) for XY-123 and 44.6 (8.8) for the placebo group",
     [("58.2", "value", "XY-123"), ("44.6", "value", "placebo group")]),
    # two arms each named before its share, listed in one bracket, a count of people after each share or not
    ("deaths were similar in each group (usual care 9%, 8/90; XY-123 7%, 13/180)",
     [("9", "value", "usual care"), ("7", "value", "XY-123")]),
    ("adverse events were similar between groups (XY-123, 96.1%; placebo, 92.3%)",
     [("96.1", "value", "XY-123"), ("92.3", "value", "placebo")]),
    # an arm before its bracket, words, then the other arm before its own
    ("a higher share of patients in the XY-123 arm (15.0%, 27/180) met the goal compared to those on usual care "
     "(8.9%, 8/90)", [("15.0", "value", "XY-123 arm"), ("8.9", "value", "usual care")]),
    # the spread between each number and its unit, as "mean (SE)" is given
    ("the mean change was -5.6 (SE 0.7) mm Hg for XY-123 and -2.4 (0.8) mm Hg for placebo",
     [("-5.6", "change", "XY-123"), ("-2.4", "change", "placebo")]),
    ("thickness fell by 31 (12) µm in the XY-123 group and by 9 (10) µm in the placebo group",
     [("-31", "change", "XY-123 group"), ("-9", "change", "placebo group")]),
    # a dose's own p-value against the control between its number and the next dose's
    ("the zeta rate was 1.9% with placebo, 14.2% with 40 mg, 27.5% with 80 mg (p<0.001) and 29.6% with 120 mg",
     [("1.9", "value", "placebo"), ("14.2", "value", "40 mg"), ("27.5", "value", "80 mg"), ("29.6", "value", "120 mg")]),
])
def test_per_arm_layouts(text, expected):
    c = find_comparisons(text)[0]
    assert [(n.value, n.kind, n.arm) for n in c.numbers] == [(D(v), k, a) for v, k, a in expected]


@pytest.mark.parametrize("text", [
    "Patients received XY-123 5 mg vs 10 mg.",                   # doses
    "The trial ran from 2019 to 2021 and 2022.",                 # years
    "It enrolled 1,204 patients at 60 sites.",                   # a thousands separator
    "Responses lasted at 6, 9 and 12 months.",                   # a list, no arms
    "rates of 5% and 7% were seen",                              # two numbers without arms or "respectively"
    "an effect (HR 0.74; 95% CI 0.61 to 0.90; P=0.002)",         # numbers of an effect estimate
    "The zeta score was 4.1 with XY-123.",                       # one arm's level, no change said
    "The zeta score fell by 4.1 points.",                        # one change, no arm
])
def test_no_comparison(text):
    assert find_comparisons(text) == []


@pytest.mark.parametrize("text, expected", [
    ("median time to recovery was 61.5 hours with XY-123 versus 80.0 hours with placebo",
     [("61.5", "hours", "XY-123"), ("80.0", "hours", "placebo")]),
    ("viral load had fallen by a mean of 1.90 log10 copies/mL from baseline in the 20 mg group compared with "
     "0.75 log10 copies/mL on placebo", [("-1.90", "log10 copies/ml", "20 mg group"), ("-0.75", "log10 copies/ml", "placebo")]),
    ("was reached by 70% of people on 2 mg, 75% on 4 mg and 80% on 8 mg, compared with 20% of those on placebo",
     [("70", "%", "2 mg"), ("75", "%", "4 mg"), ("80", "%", "8 mg"), ("20", "%", "placebo")]),
    # (the level patients started from is no arm's result: the pair is read across it)
    ("XY-123 achieved a zeta score reduction of 8.4 points from a baseline of 26.1, compared with 5.7 points for placebo.",
     [("-8.4", "points", None), ("-5.7", "points", "placebo")]),
])
def test_comparisons_round_3(text, expected):
    (c,) = find_comparisons(text)
    assert [(n.value, n.unit, n.arm) for n in c.numbers] == [(D(v), u, a) for v, u, a in expected]


def test_dose_arms():
    assert [dose_arm(w) for w in ("2 mg", "the 4-mg group", "XY-123 8 mg", "the 8 mg dose")] == \
        ["2 mg", "4 mg", "XY-123 8 mg", "8 mg"]
    assert dose_arm("twice daily") is None and dose_arm("each 5 mg") is None


@pytest.mark.parametrize("text, expected", [
    ("Remission was 24.5% and 6.0% for XY-123 2 mg and placebo, respectively.", [("24.5", "XY-123 2 mg"), ("6.0", "placebo")]),
    ("Rates were 12%, 10% and 3% with 2 mg, 4 mg and placebo, respectively (P<0.01).",
     [("12", "2 mg"), ("10", "4 mg"), ("3", "placebo")]),
])
def test_values_before_their_arms_respectively(text, expected):
    (c,) = find_comparisons(text)
    assert [(n.value, n.arm) for n in c.numbers] == [(D(v), a) for v, a in expected]


def test_respectively_needs_as_many_arms_as_values():
    assert all(any(n.arm is None for n in c.numbers) or len(c.numbers) != 2
               for c in find_comparisons("Rates were 22% and 31% in stage IV respectively."))


def test_slot_with_its_look_ahead_matches_as_its_plain_form():
    """SLOT opens with a look-ahead for the characters a slot can start with; it only lets re skip positions."""
    import random
    import re

    from kg.text.comparisons import SLOT
    plain = re.compile(SLOT.pattern.replace(r"(?=[-+\dbcdfgilrw])", "", 1), SLOT.flags)
    assert plain.pattern != SLOT.pattern
    words = ["Fell", "fell", "cut", "Cut", "by", "Rose", "increased", "reduction", "of", "a", "mean", "12", "3.5", "-2", "+4", "%",
             "points", "with", "placebo", "XY-123", "(SD", "1.2)", "40", "patients", "(", "45%", ")", "vs", "and",
             "İ", "ı", "x"]
    rng = random.Random(11)
    for _ in range(4000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", " ", ","]) for _ in range(rng.randint(1, 10)))
        assert [m.span() for m in SLOT.finditer(text)] == [m.span() for m in plain.finditer(text)], text


@pytest.mark.parametrize("text, expected", [
    # doses each with its unit, values in days, a control's value after them in the same unit
    ("XY-123 25 mg and 75 mg cut monthly zeta days by 3.7 and 5.2 days, respectively, compared with 1.9 days for placebo.",
     [("-3.7", "change", "25 mg"), ("-5.2", "change", "75 mg"), ("-1.9", "change", "placebo")]),
    # doses listed with one unit, points
    ("XY-123 10, 20 or 40 mg improved the ZRS score by 2.1, 3.0 and 4.4 points, respectively.",
     [("2.1", "change", "10 mg"), ("3.0", "change", "20 mg"), ("4.4", "change", "40 mg")]),
    # the doses' values, then the control's set against them, the control named before the bracket
    ("More patients on XY-123 20 mg or 60 mg reached zeta calm compared to placebo (37.4% and 45.8% vs 16.9%, "
     "respectively).", [("37.4", "value", "20 mg"), ("45.8", "value", "60 mg"), ("16.9", "value", "placebo")]),
    # (the control is the one set against them, not an arm's word said of the disease: "active")
    ("XY-123 20 mg or 60 mg eased active zeta disease at month 6 vs placebo (36.2% and 44.6% vs 18.4%, "
     "respectively).", [("36.2", "value", "20 mg"), ("44.6", "value", "60 mg"), ("18.4", "value", "placebo")]),
    # a control in another unit is not one of the arms
    ("XY-123 25 mg and 75 mg cut zeta days by 3.7 and 5.2 days, respectively, versus 9% with placebo.",
     [("-3.7", "change", "25 mg"), ("-5.2", "change", "75 mg")]),
    # each dose's value with its own p-value in square brackets
    ("More adults reached zeta calm with XY-123 10, 20, and 40 mg vs placebo (27.4% [p=0.03], 21.5% [NS], 33.1% "
     "[p=0.001] vs 14.8%, respectively).",
     [("27.4", "value", "10 mg"), ("21.5", "value", "20 mg"), ("33.1", "value", "40 mg"), ("14.8", "value", "placebo")]),
    # signed changes with no unit, the control's among them: each arm's change, no difference from the control
    ("XY-123 10, 20, and 40 mg vs placebo decreased zeta days from baseline (-5.1 [p=0.006], -4.6, -5.4 vs -3.7, "
     "respectively).",
     [("-5.1", "change", "10 mg"), ("-4.6", "change", "20 mg"), ("-5.4", "change", "40 mg"), ("-3.7", "change", "placebo")]),
])
def test_dose_values_respectively_in_any_unit(text, expected):
    from kg.text.comparisons import dose_respectively
    (c,) = dose_respectively(text)
    assert [(str(n.value), n.kind, n.arm) for n in c.numbers] == expected


def test_dose_values_respectively_need_one_unit():
    from kg.text.comparisons import dose_respectively
    assert dose_respectively("XY-123 25 mg and 75 mg gave 3.7 days and 5.2%, respectively.") == []


@pytest.mark.parametrize("text, expected", [
    # a confidence interval between an arm's number and its arm
    ("Median ARS was 41.2 months (95% CI: 33.5-48.0) in the XY-123 arm and 34.6 months (95% CI, 28.0-41.3) in the placebo arm.",
     [("41.2", "XY-123 arm"), ("34.6", "placebo arm")]),
    # an arm's bare name after its number
    ("(-18.3 XY-123 vs. -10.9 placebo)", [("-18.3", "XY-123"), ("-10.9", "placebo")]),
    # "v" for versus; a fraction before the share
    ("median ARS, 5.1 months for XY-123 v 3.2 months for placebo", [("5.1", "XY-123"), ("3.2", "placebo")]),
    ("ARS was 70/88, 79.5% in the brief arm and 81/91, 89.0% in the full arm",
     [("79.5", "brief arm"), ("89.0", "full arm")]),
    # events counted per arm, joined by "while"
    ("Of 58 cases, 47 occurred in the placebo group while 11 occurred in the XY-123 group.",
     [("47", "placebo group"), ("11", "XY-123 group")]),
])
def test_comparison_layouts_of_real_reports(text, expected):
    (c,) = find_comparisons(text)
    assert [(n.value, n.arm) for n in c.numbers] == [(D(v), a) for v, a in expected]


def test_a_bare_word_after_a_number_is_no_arm_outside_a_pair():
    assert not find_comparisons("Rates were 12 Ohio and 14 Texas.")


def test_values_before_dose_arms_listed_with_one_unit_and_a_control_after():
    (c,) = find_comparisons("Response was reached by 57% and 64% of the patients receiving 15 and 30 mg of XY-123, "
                            "respectively, compared with a 41% response rate in the placebo group.")
    assert [(n.value, n.arm) for n in c.numbers] == [(D("57"), "15 mg"), (D("64"), "30 mg"), (D("41"), "placebo")]


@pytest.mark.parametrize("text, expected", [
    # the treated arm said so; a timepoint's number and a short bracket between the pair
    ("Overall, 51% of treated participants achieved a response at week 48 (the primary endpoint) compared to 24.5% for "
     "placebo (p<0.001).", [("51", "treated"), ("24.5", "placebo")]),
    # the arm's words end at the verb after them
    ("In all, 66.4% of women in the treatment group achieved the criteria versus 17.3% in the placebo group.",
     [("66.4", "treatment group"), ("17.3", "placebo group")]),
])
def test_pairs_across_a_timepoint_and_a_verb(text, expected):
    (c,) = find_comparisons(text)
    assert [(n.value, n.arm) for n in c.numbers] == [(D(v), a) for v, a in expected]


def test_the_number_of_a_week_or_grade_is_no_result():
    assert not any(n.value == 48 for c in find_comparisons("Rates at week 48 were 40% vs 30% in grade 3 events.")
                   for n in c.numbers)


def test_one_arms_median_beside_the_other_arms_not_reached_is_that_arms():
    found = find_comparisons("Median PFS was 31 months in the AB-7 group, while it was not reached in the XY-123 group.")
    assert [[(n.value, n.arm) for n in c.numbers] for c in found] == [[(D("31"), "AB-7 group")]]
    assert find_comparisons("Median PFS was 31 months in the AB-7 group.") == []


def test_a_follow_ups_length_per_arm_is_no_result():
    found = find_comparisons("With a median follow-up of 9.1 months for XY-123 and 9.4 months for placebo, PFS was "
                             "5.5 vs 3.1 months.")
    assert [[n.value for n in c.numbers] for c in found] == [[D("5.5"), D("3.1")]]


def test_changes_given_respectively_when_treated_with_doses_and_an_active_control_after():
    (c,) = find_comparisons("Adults reached ZbA1c reductions of 1.1% and 1.5% when treated with 0.25 mg and 0.75 mg XY-123, "
                            "respectively, vs a 0.6% reduction with warfarin (p<0.001 for both).")
    assert [(str(n.value), n.kind) for n in c.numbers] == [("-1.1", "change"), ("-1.5", "change"), ("-0.6", "change")]
    assert c.numbers[-1].arm == "warfarin"


def test_a_number_that_is_no_result_leaves_the_words_after_it_to_the_next():
    c = find_comparisons("The results were similar at week 96, with rates of 0.087 and 0.169, respectively.")
    assert [[str(n.value) for n in x.numbers] for x in c] == [["0.087", "0.169"]]


def test_numbers_given_for_one_trial_then_another_are_two_comparisons():
    c = find_comparisons("Remission at week 36 was 36.1% with XY-123 4 mg, 21.5% with XY-123 2 mg, and 5.9% with placebo "
                         "in ZETA-A1 and 33.4%, 18.2%, and 4.1%, respectively, in ZETA-A2.")
    assert [[str(n.value) for n in x.numbers] for x in c] == [["36.1", "21.5", "5.9"], ["33.4", "18.2", "4.1"]]


@pytest.mark.parametrize("text, expected", [
    ("Patients on XY-123 had a zeta rate of 0.081 compared with patients receiving AB-77 (0.192).",
     [("0.081", None), ("0.192", "AB-77")]),
    ("Remission occurred in 22.4% of patients on XY-123, compared with placebo (12.9%).",
     [("22.4", "XY-123"), ("12.9", "placebo")]),
])
def test_an_arm_named_before_its_number_in_brackets(text, expected):
    assert [(str(n.value), n.arm) for n in find_comparisons(text)[0].numbers] == expected


def test_a_number_before_a_bracket_of_two_is_not_paired_with_it():
    c = find_comparisons("Adults taking Zenvia 30 reached the endpoint at week 16 compared to placebo (19.8% versus 3.7%).")
    assert [[str(n.value) for n in x.numbers] for x in c] == [["19.8", "3.7"]]


def test_an_arms_size_and_a_time_between_two_arms_numbers_leave_them_paired():
    c = find_comparisons("A total of 58.3% of patients on XY-123 10 mg (n=120) met the primary endpoint related to zeta "
                         "levels at 12 months versus 21.0% on placebo (n=60; p<0.001).")
    assert [[(str(n.value), n.arm) for n in x.numbers] for x in c] == [[("58.3", "XY-123 10 mg"), ("21.0", "placebo")]]


def test_a_bracketed_pair_of_shares_each_followed_by_its_arms_word_the_last_a_control():
    found = find_comparisons("Zeta deaths fell (12.5% xyzamab, 20.1% placebo) and rose (8.0% xyzamab, 6.1% sham).")
    assert [[(n.value, n.arm) for n in c.numbers] for c in found] == [
        [(D("12.5"), "xyzamab"), (D("20.1"), "placebo")], [(D("8.0"), "xyzamab"), (D("6.1"), "sham")]]
    assert find_comparisons("Of the adults (52% female, 48% male), most were old; 20% overall, 30 days later.") == []


@pytest.mark.parametrize("text, expected", [
    # a spread after a value is not the value
    ("The mean score was 4.1 ±1.9 in the XY-123 group, as compared to 6.3 ±2.2 in the placebo group.",
     [(D("4.1"), "XY-123 group"), (D("6.3"), "placebo group")]),
    ("The change was -2.05 ± 0.71 with XY-123 and 0.35 +/- 0.62 with placebo.",
     [(D("-2.05"), "XY-123"), (D("0.35"), "placebo")]),
    # nor is the count a share was made of; "d" is days
    ("Relapse occurred in 6.1% (19 of 311) with placebo and 3.9% (12/308) with XY-123.",
     [(D("6.1"), "placebo"), (D("3.9"), "XY-123")]),
    ("Median time to clearance was 7 d in the XY-123 arm and 10 d in the placebo arm.",
     [(D("7"), "XY-123 arm"), (D("10"), "placebo arm")]),
    # "mm Hg" is one unit, not "mm" and a stray word
    ("The mean reduction in pressure was 8.1 mm Hg with XY-123 and 5.2 mm Hg with placebo.",
     [(D("8.1"), "XY-123"), (D("5.2"), "placebo")]),
    ("The pressure was 12.1 ± 1.1 mm Hg with XY-123 and 8.7 ± 1.3 mm Hg with placebo.",      # a unit after a spread
     [(D("12.1"), "XY-123"), (D("8.7"), "placebo")]),
])
def test_arm_numbers_without_spreads_or_counts_and_in_short_units(text, expected):
    assert [(n.value, n.arm) for c in find_comparisons(text) for n in c.numbers] == expected


def test_each_groups_part_of_a_count_of_people_is_no_result():
    assert find_comparisons("A total of 1870 participants could be assessed for the primary outcome (612 in the "
                            "placebo group and 634 in the XY-123 group).") == []
    assert find_comparisons("Of these 1870 participants, the score was 12.5 in the placebo group and 10.1 in the "
                            "XY-123 group.") != []


def test_two_values_then_the_arms_they_are_given_for_in_order():
    found = find_comparisons("PFS was longer (median, 9.4 months versus 7.1 months with XY-123 versus placebo; HR, "
                             "0.70; 95% CI, 0.55 to 0.88)")
    assert [(n.value, n.arm) for c in found for n in c.numbers] == [(D("9.4"), "XY-123"), (D("7.1"), "placebo")]
    assert pair_then_arms("(median, 9.4 months versus 7.1 months with men versus women)", []) == []


def test_two_arms_set_against_each_other_with_than_each_with_its_bracketed_value_and_spread():
    from kg.text.comparisons import find_comparisons
    text = "Zeta time was longer with XY-123 (41.2 +/- 6.3 min) than with placebo (25.8 +/- 5.9 min; P < 0.05)."
    assert [[(str(n.value), n.arm) for n in c.numbers] for c in find_comparisons(text)] == [
        [("41.2", "XY-123"), ("25.8", "placebo")]]
    text = "Zeta loss was lower in the XY-123 group (12%) than in the placebo group (35%; p = 0.02)."
    assert [[(str(n.value), n.arm) for n in c.numbers] for c in find_comparisons(text)] == [
        [("12.0", "XY-123 group"), ("35.0", "placebo group")]]



def test_shares_each_with_its_count_after_listed_before_arms_joined_by_or_respectively():
    (c,) = find_comparisons("In weeks 24 to 52, 71.0% (71/100), 65.0% (65/100) and 18.0% (18/100) of patients receiving "
                            "the full dose, the reduced dose or placebo, respectively, were zeta-free.")
    assert [(str(n.value), n.arm) for n in c.numbers] == [("71.0", "the full dose"), ("65.0", "the reduced dose"),
                                                           ("18.0", "placebo")]


@pytest.mark.parametrize("text, expected", [
    ("The zeta score fell by 3.1 points with XY-123.", ("-3.1", "change", "XY-123")),
    ("The zeta score rose by 0.4 points in the placebo group.", ("0.4", "change", "placebo group")),
    ("With placebo, the zeta score fell by 0.4 points.", ("-0.4", "change", None)),     # the arm the sentence opens on
])
def test_one_arms_change_alone(text, expected):
    (c,) = find_comparisons(text)
    (n,) = c.numbers
    assert (str(n.value), n.kind, n.arm) == expected


@pytest.mark.parametrize("text, value", [
    # a noun of change with its measure between it and the number
    ("Patients given XY-123 had a mean decrease in zeta tone of 3.7 points.", D("-3.7")),
    # the subject's people counted, or set against the arm before
    ("The 58 adults given XY-123 had a mean rise in zeta tone of 1.9 points.", D("1.9")),
    ("By contrast, the 27 adults given placebo had a mean increase in zeta tone of 0.8 points.", D("0.8")),
    # the subject's verb the number's own
    ("Patients given XY-123 lost 6.3% of their body weight.", D("-6.3")),
])
def test_one_arms_change_said_of_the_arm_the_sentence_opens_on(text, value):
    found = find_comparisons(text)
    assert [(n.value, n.kind) for c in found for n in c.numbers] == [(value, "change")]


def test_a_noun_of_change_far_from_its_number_or_across_a_clause_gives_no_arm_change():
    assert find_comparisons("Patients given XY-123 had a decrease in zeta tone, and 3.7 points more sleep.") == []


def test_numbers_that_each_name_their_arm_may_be_joined_by_semicolons():
    found = find_comparisons("At 4 weeks, the rate was 38% for the 5 mg dose; 43% for the 10 mg dose; and 21% for the "
                             "control.")
    assert [[(n.value, n.arm) for n in c.numbers] for c in found] == \
        [[(D("38"), "5 mg dose"), (D("43"), "10 mg dose"), (D("21"), "control")]]
    assert find_comparisons("The rate was 38% at week 4; 43% were women.") == []


@pytest.mark.parametrize("text, blanked", [
    ("0.41 in the XY-123 group (95% CI 0.30 to 0.55) vs 0.52 in the placebo group", True),
    ("a median of 9.1 months (95 percent confidence interval, 0.30-11.0) with XY-123", True),
    # (an interval after a bare number may be an estimate's: kept for the effect reader)
    ("a difference of 0.41 (95% CI 0.30 to 0.55) between the groups", False),
])
def test_an_interval_after_an_arm_or_a_unit_is_no_arms_number(text, blanked):
    out = without_spreads(text)
    assert len(out) == len(text) and ("0.30" not in out) == blanked


@pytest.mark.parametrize("text, expected", [
    # two groups, each named before its number in brackets, with no control among them
    ("was lower in the XY-123 group (6.2%) than in the AB-45 group (15.9%) (relative risk, 0.4)",
     [(D("6.2"), "XY-123 group"), (D("15.9"), "AB-45 group")]),
    ("was 2 hours shorter in the XY-123 group (1210.4 +/- 640.2 minutes) than in the AB-45 group (1330.8 +/- 701.5 "
     "minutes)", [(D("1210.4"), "XY-123 group"), (D("1330.8"), "AB-45 group")]),
])
def test_two_groups_each_before_its_bracketed_number_are_compared(text, expected):
    assert [[(n.value, n.arm) for n in c.numbers] for c in find_comparisons(text)] == [expected]


def test_two_populations_each_before_its_bracketed_number_are_no_comparison():
    assert find_comparisons("the share was similar between men (52%) and women (48%)") == []


@pytest.mark.parametrize("text, doses", [
    ("XY-123 1,250 mg or 800 mg", ["1,250 mg", "800 mg"]),                # (thousands set off: one amount)
    ("XY/AB 215/12 µg or 115/12 µg", ["215/12 µg", "115/12 µg"]),         # (a combination's amounts: one dose)
    ("XY 5 mg/kg or 10 mg", ["5 mg/kg", "10 mg"]),
])
def test_doses_named_whole(text, doses):
    assert [f"{m.group('amount')} {m.group('unit')}" for m in DOSE_IN.finditer(text)] == doses


@pytest.mark.parametrize("unit", ["mg per deciliter", "mmol per liter", "µmol per litre"])
def test_a_concentration_with_its_volume_spelled_out_is_a_value_not_a_dose(unit):
    text = f"the mean zeta level was 0.184 {unit} in the XY-123 group and 0.627 {unit} in the placebo group (P=0.0067)"
    assert [(n.value, n.arm) for c in find_comparisons(text) for n in c.numbers] == \
        [(D("0.184"), "XY-123 group"), (D("0.627"), "placebo group")]
    assert not list(DOSE_IN.finditer(text))


@pytest.mark.parametrize("text, expected", [
    ("Zeta was 41% for XY-123 versus 29% for placebo and 63% versus 47% at week 8.",
     [[("41.0", "XY-123"), ("29.0", "placebo")], [("63.0", "XY-123"), ("47.0", "placebo")]]),
    ("Zeta was 41% in the XY-123 group vs 29% in the placebo group, while 63% vs 47% at week 8.",
     [[("41.0", "XY-123 group"), ("29.0", "placebo group")], [("63.0", "XY-123 group"), ("47.0", "placebo group")]]),
])
def test_a_bare_pair_after_a_named_pair_takes_its_arms_in_order(text, expected):
    assert [[(str(n.value), n.arm) for n in c.numbers] for c in find_comparisons(text)] == expected


def test_bare_numbers_not_set_against_each_other_take_no_arms():
    c = find_comparisons("Zeta was 41% for XY-123 versus 29% for placebo and 63% and 47% of them stayed.")
    assert not any(n.arm for c_ in c for n in c_.numbers if n.value in (63, 47))


def test_shares_said_of_a_lower_or_higher_risk_are_effects_no_arms_values():
    text = ("The A and B groups had a significant 41% and 34% decreased risk of zeta loss, respectively, and a 25% and "
            "29% decreased risk of beta loss, respectively, against the C group.")
    assert find_comparisons(text) == []
    assert find_comparisons("Zeta loss was 41% and 34% in the A and B groups, respectively.") != []


def test_the_same_change_in_percent_after_a_number_with_decimals_is_no_value_of_its_own():
    found = find_comparisons("Zeta itch fell from baseline by 3.8 (47.5%) compared to 1.2 (15.3%) in placebo")
    assert [(n.value, n.kind) for c in found for n in c.numbers] == [(D("-3.8"), "change"), (D("-1.2"), "change")]
    # (a whole count with its share stays a count's share: "14 (40%)")
    found = find_comparisons("Zeta cure occurred in 14 (40%) with XY-123 vs 5 (15%) with placebo")
    assert [n.value for c in found for n in c.numbers] == [D("40"), D("15")]


def test_a_value_with_its_thousands_set_off_by_a_comma_in_an_arms_bracket_is_read_whole():
    c = find_comparisons("Total zeta use was smaller with XY-123 (1,437 mg) than with placebo (2,506 mg).")
    assert [(n.value, n.arm) for n in c[0].numbers] == [(D("1437.0"), "XY-123"), (D("2506.0"), "placebo")]


def test_shares_of_arms_named_by_their_doses_are_no_counts_and_keep_the_control_after_them():
    text = "Zeta healing was seen in 33% of the 5 mg group, 47% of the 25 mg group, and 8% of the placebo group."
    assert [(n.value, n.arm) for c in find_comparisons(text) for n in c.numbers] == \
        [(D("33.0"), "5 mg"), (D("47.0"), "25 mg"), (D("8.0"), "placebo")]


def test_a_control_named_before_its_value_after_doses_given_respectively_keeps_its_value():
    text = "Zeta clearance with XY-123 1, 3 and 9 mg daily was 22%, 35% and 51% respectively, versus placebo, 4%."
    assert [(n.value, n.arm) for c in find_comparisons(text) for n in c.numbers] == \
        [(D("22.0"), "1 mg"), (D("35.0"), "3 mg"), (D("51.0"), "9 mg"), (D("4.0"), "placebo")]


@pytest.mark.parametrize("text, expected", [
    ("Remission at week 12 for XY-123/placebo was 41.5%/20.0% (p=0.01).", [("41.5", "XY-123"), ("20.0", "placebo")]),
    ("For placebo/XY-123, the share of responders was 12.5% / 30.5%.", [("12.5", "placebo"), ("30.5", "XY-123")]),
])
def test_shares_a_slash_joins_are_the_arms_a_slash_joins_before_them(text, expected):
    found = [(str(n.value), n.arm) for c in find_comparisons(text) for n in c.numbers]
    assert found == expected


def test_slashed_shares_after_two_drugs_and_no_control_are_no_arms_values():
    assert not [n.arm for c in find_comparisons("Doses of XY-123/XZ-456 gave 41.5%/20.0% exposure.") for n in c.numbers
                if n.arm]
