"""kg.text.results: effect estimates, CIs, p-values, per-arm numbers and verdicts in the layouts writers use.

Every sentence here is invented (drug "XY-123", invented numbers).
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from kg.text.results import dose_arm, find_comparisons, find_effects, find_p_values, find_verdicts, single_value


@pytest.mark.parametrize("text, measure, value, lo, hi", [
    ("The hazard ratio was 0.74 (95% CI 0.61-0.90).", "hazard ratio", "0.74", "0.61", "0.90"),
    ("HR 0.74 (95% CI 0.61–0.90)", "hazard ratio", "0.74", "0.61", "0.90"),
    ("(hazard ratio, 0.74; 95% CI, 0.61 to 0.90; P=0.002)", "hazard ratio", "0.74", "0.61", "0.90"),
    ("(hazard ratio [HR], 0.74; 95% confidence interval [CI], 0.61 to 0.90)", "hazard ratio", "0.74", "0.61", "0.90"),
    ("(HR=0.74, 95% confidence interval [CI]: 0.61, 0.90)", "hazard ratio", "0.74", "0.61", "0.90"),
    ("HR, 0.74; 95 percent CI, 0.61-0.90", "hazard ratio", "0.74", "0.61", "0.90"),
    ("a hazard ratio of 0.74 [0.61, 0.90]", "hazard ratio", "0.74", "0.61", "0.90"),
    ("HR 0·74 (95% CI 0·61–0·90)", "hazard ratio", "0.74", "0.61", "0.90"),
    ("a hazard ratio for death or relapse of 0.74 (99% CI, 0.61 to 0.90)", "hazard ratio", "0.74", "0.61", "0.90"),
    ("a common odds ratio of 1.45 (95% CI 1.02 to 2.06)", "odds ratio", "1.45", "1.02", "2.06"),
    ("OR 1.45; 95% CI 1.02-2.06", "odds ratio", "1.45", "1.02", "2.06"),
    ("the rate ratio was 0.52 (95% CI, 0.40 to 0.68)", "rate ratio", "0.52", "0.40", "0.68"),
    ("a relative risk of 0.81 (95% CI 0.70-0.94)", "relative risk", "0.81", "0.70", "0.94"),
    ("risk ratio 0.81 (95% CI 0.70 to 0.94)", "relative risk", "0.81", "0.70", "0.94"),
    ("a mean difference of -3.1 points (95% CI, -5.0 to -1.2)", "mean difference", "-3.1", "-5.0", "-1.2"),
    ("the least-squares mean difference was −3.1 (95% CI −5.0 to −1.2)", "mean difference", "-3.1", "-5.0", "-1.2"),
    ("The difference between the groups was 2.4 points in favour of XY-123 (95% confidence interval, 0.9 to 3.9)",
     "mean difference", "2.4", "0.9", "3.9"),
    ("the difference in percent change was -12.5 percentage points", "mean difference", "-12.5", None, None),
    ("a 1.7-point difference", "mean difference", "1.7", None, None),
    ("The 0.40-point difference (95% CI, -0.20 to 1.00) was not significant", "mean difference", "0.40", "-0.20", "1.00"),
    ("with least-squares mean differences of 0.50 seconds (95% CI, 0.10 to 0.90)", "mean difference", "0.50", "0.10", "0.90"),
    ("The gap between the groups, -0.30 points (95% CI, -0.50 to -0.10), was significant",
     "mean difference", "-0.30", "-0.50", "-0.10"),
    # names with digits between the estimate's name and its "=": "in ZPID48 between XY-123 and placebo = ..."
    ("LS mean difference in ZPID48 between XY-123 and placebo = 41.7 (95% CI: 27.3, 56.2; P<0.0001)",
     "mean difference", "41.7", "27.3", "56.2"),
    # a placebo-adjusted reduction is a negative difference; a code's digits and a week's number are not its value
    ("XY-123 gave a placebo-adjusted mean reduction in the ZMC score of 2.7 units (p < 0.0001)",
     "mean difference", "-2.7", None, None),
    ("the placebo-corrected median change in 6MZD at Week 12 was 14 meters", "mean difference", "14", None, None),
    # an en dash as the minus sign
    ("(mean difference of \u20133.4, P=.04)", "mean difference", "-3.4", None, None),
    # a standard error in brackets after the estimate, or named in the estimate's name, before the interval
    ("(least-square [LS] mean difference = -71.6 [SE = 33.2] U/L; 95% CI -137.9 to -5.3; p = 0.04)",
     "mean difference", "-71.6", "-137.9", "-5.3"),
    ("(LS mean [SE] difference = -64.7 [38.5] U/L; 95% CI -141.6 to 12.2; p = 0.06)",
     "mean difference", "-64.7", "-141.6", "12.2"),
    # a week's number between the name and its value; the interval's name before the value; a bound without its 0
    ("the mean difference in ZRS at week 16 was -1.9 (95% CI: -3.3 to -0.5)", "mean difference", "-1.9", "-3.3", "-0.5"),
    ("[RR (95%CI) 0.88 (0.71-1.09)]", "relative risk", "0.88", "0.71", "1.09"),
    ("hazard ratio, 0.61; 95% CI, 0.37-.98", "hazard ratio", "0.61", "0.37", "0.98"),
    # a difference in percent units (a ratio never is)
    ("(least squares mean difference, -0.58%; 95% CI, -0.90 to -0.26)", "mean difference", "-0.58", "-0.90", "-0.26"),
    ("with a between-group mean difference of -0.58% (95% confidence interval [CI], -0.90 to -0.26)",
     "mean difference", "-0.58", "-0.90", "-0.26"),
])
def test_effect_layouts(text, measure, value, lo, hi):
    e = find_effects(text)[0]
    assert (e.measure, e.value, e.ci_low, e.ci_high) == (measure, D(value), lo and D(lo), hi and D(hi))


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


def test_an_effect_after_two_groups_compared_is_no_arms():
    text = ("The score fell by 5.1 points in the XY-123 0.5 mg/kg group, compared with 2.2 points in the placebo group "
            "(mean difference of -2.9, P=.04).")
    assert [(e.value, e.arm) for e in find_effects(text)] == [(D("-2.9"), None)]


def test_an_effect_given_for_each_arm():
    text = ("The difference versus placebo was -1.5 points in the low-dose arm (90% CI -3.0 to 0.1), and -0.4 points "
            "in the high-dose arm (90% CI -2.0 to 1.2).")
    assert [(e.value, e.arm) for e in find_effects(text)] == [(D("-1.5"), "low-dose"), (D("-0.4"), "high-dose")]


@pytest.mark.parametrize("text", [
    "The response rate was 42% (95% CI, 30% to 55%).",          # a CI around a single arm's rate
    "XY-123 cut the risk of relapse by 25%.",                    # a percent reduction is no ratio
    "a relative risk reduction of 25%",
    "the hazard ratio, 45%; 95% CI 0.5 to 0.9",                # a ratio in percent is none
    "the slope fell (relative difference 40%, 95% CI 32-48%)",  # nor a relative difference
    "The median difference in survival was 4 months.",           # a difference of medians in time
    "patients had hormone receptor (HR)-positive disease",
    "Patients received 0.5 mg or 1.0 mg (HR unit) daily",
    "the summed pain intensity difference from 0 to 48 hours (ZPID48)",     # a range's bounds
    "There was no statistical difference in 30-day survival.",              # a measure's own number
    "no difference in the zeta score between Group 1 (18.2 ± 2.9) and Group 2 (15.6 ± 3.1)",    # a group's number
])
def test_no_effect(text):
    assert find_effects(text) == []


@pytest.mark.parametrize("text, op, value, significant", [
    ("(P=0.004)", "=", "0.004", True),
    ("P = .04", "=", "0.04", True),
    ("p<0.0001", "<", "0.0001", True),
    ("P<.001", "<", "0.001", True),
    ("with a one-sided p value of 0.010", "=", "0.01", True),
    ("p-value of 0.21", "=", "0.21", False),
    ("(P = 0·03)", "=", "0.03", True),
    ("P less than 0.05", "<", "0.05", True),
    ("p≤0.01", "<", "0.01", True),
    ("P>0.05", ">", "0.05", False),
])
def test_p_values(text, op, value, significant):
    p = find_p_values(text)[0]
    assert (p.op, p.value, p.significant) == (op, D(value), significant)
    assert p.bound == (op != "=")


@pytest.mark.parametrize("text", ["Phase 2 (P2) results", "page P 12", "NCT01234567 P 0.5"])
def test_no_p_value(text):
    assert find_p_values(text) == []


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
])
def test_no_comparison(text):
    assert find_comparisons(text) == []


@pytest.mark.parametrize("text, expected", [
    ("XY-123 met its primary endpoint.", [True]),
    ("The study achieved the main goal.", [True]),
    ("The difference was statistically significant.", [True]),
    ("The trial missed its primary endpoint.", [False]),
    ("XY-123 did not reach statistical significance.", [False]),
    ("It failed to meet the primary endpoint.", [False]),
    ("The result was not statistically significant.", [False]),
    ("Neither dose separated from placebo.", [False]),
    ("Primary endpoint not met", [False]),
    ("None of the differences reached statistical significance.", [False]),
    ("XY-123 did not significantly reduce the score.", [False]),
    ("High-dose XY-123 non-significantly slowed decline.", [False]),
    ("It was unlikely to have met its primary endpoint.", [False]),
    ("No safety signal was seen, and XY-123 met its primary endpoint.", [True]),
    ("The effect was nominally significant.", []),
    ("Patients were followed for a year.", []),
])
def test_verdicts(text, expected):
    assert [v.significant for v in find_verdicts(text)] == expected


def test_single_value_after_its_measure():
    text = "The overall response rate at week 12, the primary endpoint, was 38%."
    assert single_value(text, 25, len(text)).value == D("38")          # a qualifier and an apposition between
    text = "The overall response rate in the XY-123 group was 38%."
    assert single_value(text, 25, len(text)) is None                    # one arm's rate, not the trial's
    assert single_value("The overall response rate was 38%.", 25, 34).value == D("38")
    assert single_value("The overall response rate was 38 patients.", 25, 42) is None


# --- round 3: units of time and virology, changes given "from baseline", doses as arms, single values in words ---

@pytest.mark.parametrize("text, expected", [
    ("median time to recovery was 61.5 hours with XY-123 versus 80.0 hours with placebo",
     [("61.5", "hours", "XY-123"), ("80.0", "hours", "placebo")]),
    ("viral load had fallen by a mean of 1.90 log10 copies/mL from baseline in the 20 mg group compared with "
     "0.75 log10 copies/mL on placebo", [("-1.90", "log10 copies/ml", "20 mg group"), ("-0.75", "log10 copies/ml", "placebo")]),
    ("was reached by 70% of people on 2 mg, 75% on 4 mg and 80% on 8 mg, compared with 20% of those on placebo",
     [("70", "%", "2 mg"), ("75", "%", "4 mg"), ("80", "%", "8 mg"), ("20", "%", "placebo")]),
])
def test_comparisons_round_3(text, expected):
    (c,) = find_comparisons(text)
    assert [(n.value, n.unit, n.arm) for n in c.numbers] == [(D(v), u, a) for v, u, a in expected]


def test_dose_arms():
    assert [dose_arm(w) for w in ("2 mg", "the 4-mg group", "XY-123 8 mg", "the 8 mg dose")] == \
        ["2 mg", "4 mg", "XY-123 8 mg", "8 mg"]
    assert dose_arm("twice daily") is None and dose_arm("each 5 mg") is None


def test_single_values_in_words_and_months():
    assert single_value("Complete response: 61.5 percent (95% CI, 50.1-72.0)", 17, 51).value == D("61.5")
    found = single_value("Median duration of response: 14.2 months among responders", 27, 57)
    assert (found.value, found.unit) == (D("14.2"), "month")


@pytest.mark.parametrize("text, value, lo, hi", [
    ("At week 24, the placebo-corrected percentage change in ABC from baseline was -31.0% (95% CI, -34.2 to -27.9).",
     "-31.0", "-34.2", "-27.9"),
    ("the placebo-adjusted ABC change was -12.5% (95% CI -15.0 to -10.0)", "-12.5", "-15.0", "-10.0"),
    ("XY-123 produced a placebo-subtracted change of -4.2 points at week 12", "-4.2", None, None),
    # an estimated treatment difference, in percent or percentage points, its interval after a semicolon
    ("(estimated treatment difference [ETD]: -9.1%; 95% CI: -10.4, -7.7; p<0.0001)", "-9.1", "-10.4", "-7.7"),
    ("for a treatment difference of -6.3 %-points (95% confidence interval, -8.0 to -4.5)", "-6.3", "-8.0", "-4.5"),
])
def test_a_placebo_corrected_change_is_a_mean_difference(text, value, lo, hi):
    (e,) = find_effects(text)
    assert (e.measure, e.value, e.ci_low, e.ci_high) == ("mean difference", D(value), lo and D(lo), hi and D(hi))


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


def test_role_with_its_look_ahead_matches_as_its_plain_form():
    """ROLE opens with a look-ahead for its words' first letters; it only lets re skip positions."""
    import random
    import re

    from kg.text.results import ROLE
    plain = re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", ROLE.pattern), ROLE.flags)
    assert plain.pattern != ROLE.pattern
    words = ["primary", "Main", "key", "secondary", "exploratory", "efficacy", "endpoint", "outcomes", "goal", "end",
             "point", "composite", "the", "x", "remain", "-"]
    rng = random.Random(5)
    for _ in range(4000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", " ", "-"]) for _ in range(rng.randint(1, 8)))
        assert [m.span() for m in ROLE.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_slot_with_its_look_ahead_matches_as_its_plain_form():
    """SLOT opens with a look-ahead for the characters a slot can start with; it only lets re skip positions."""
    import random
    import re

    from kg.text.results import SLOT
    plain = re.compile(SLOT.pattern.replace(r"(?=[-+\dbcdfgilrw])", "", 1), SLOT.flags)
    assert plain.pattern != SLOT.pattern
    words = ["Fell", "fell", "cut", "Cut", "by", "Rose", "increased", "reduction", "of", "a", "mean", "12", "3.5", "-2", "+4", "%",
             "points", "with", "placebo", "XY-123", "(SD", "1.2)", "40", "patients", "(", "45%", ")", "vs", "and",
             "İ", "ı", "x"]
    rng = random.Random(11)
    for _ in range(4000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", " ", ","]) for _ in range(rng.randint(1, 10)))
        assert [m.span() for m in SLOT.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_significance_within_each_group_is_no_verdict_on_the_comparison():
    assert [v.significant for v in find_verdicts("Scores improved significantly in both groups from week 1.")] == []


def test_a_span_of_time_is_no_baseline_and_value():
    from kg.text.results import FROM_TO
    assert FROM_TO.search("The score improved in both groups from 1 to 5 weeks.") is None
    assert FROM_TO.search("The score fell from 40 to 36 points.") is not None


def test_subsets_and_parts_of_the_population_are_subgroups():
    from kg.text.results import SUBGROUP
    assert SUBGROUP.search("In the subset of patients with high marker levels, survival was longer.")
    assert SUBGROUP.search("Survival did not differ based on age, sex or smoking history.")
    assert not SUBGROUP.search("Survival was longer with XY-123 than with placebo.")


@pytest.mark.parametrize("text, expected", [
    # doses each with its unit, values in days, a control's value after them in the same unit
    ("XY-123 25 mg and 75 mg cut monthly zeta days by 3.7 and 5.2 days, respectively, compared with 1.9 days for placebo.",
     [("-3.7", "change", "25 mg"), ("-5.2", "change", "75 mg"), ("-1.9", "change", "placebo")]),
    # doses listed with one unit, points
    ("XY-123 10, 20 or 40 mg improved the ZRS score by 2.1, 3.0 and 4.4 points, respectively.",
     [("2.1", "change", "10 mg"), ("3.0", "change", "20 mg"), ("4.4", "change", "40 mg")]),
    # a control in another unit is not one of the arms
    ("XY-123 25 mg and 75 mg cut zeta days by 3.7 and 5.2 days, respectively, versus 9% with placebo.",
     [("-3.7", "change", "25 mg"), ("-5.2", "change", "75 mg")]),
])
def test_dose_values_respectively_in_any_unit(text, expected):
    from kg.text.results import dose_respectively
    (c,) = dose_respectively(text)
    assert [(str(n.value), n.kind, n.arm) for n in c.numbers] == expected


def test_dose_values_respectively_need_one_unit():
    from kg.text.results import dose_respectively
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


def test_a_number_inside_a_measures_name_is_no_estimate():
    assert find_effects("Analysis showed no significant difference in ZVR12 (p = 0.67).") == []


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


@pytest.mark.parametrize("text, value, lo, hi", [
    ("XY-123 cut the daily ZZ time versus placebo (- 0.7 h [- 1.10, - 0.30]; p = 0.004).", "-0.7", "-1.10", "-0.30"),
    ("Changes were 12.8% and 16.3% (difference 3.5% [95% CI: -8.1, 15.1]).", "3.5", "-8.1", "15.1"),
    ("The ZRS total score fell versus placebo (5.2 point reduction v. placebo; p<0.001).", "-5.2", None, None),
])
def test_differences_with_bracketed_intervals_or_against_a_control(text, value, lo, hi):
    (e,) = find_effects(text)
    assert (e.measure, e.value, e.ci_low, e.ci_high) == ("mean difference", D(value), lo and D(lo), hi and D(hi))


def test_a_bracketed_range_without_a_control_or_difference_is_no_estimate():
    assert find_effects("Ages were 61 years [45, 70] and weights 80 kg [60, 95].") == []


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


def test_a_hyphenated_end_point_is_a_role_word():
    from kg.text.results import ROLE

    assert ROLE.search("Secondary end-points were zeta clearance and beta response.").group("role") == "Secondary"


def test_a_scales_range_is_no_change_from_baseline():
    from kg.text.results import FROM_TO

    assert FROM_TO.search("pain was rated on a visual analogue scale ranging from 0 to 100") is None
    assert FROM_TO.search("the score fell from 40.6 to 37.6 points").group("b", "v") == ("40.6", "37.6")


def test_an_intervals_level_after_a_measure_is_no_value_of_it():
    assert single_value("The mean FEV1 (95% CI, 6 to 14%) rose.", 13, 38) is None
    assert single_value("The mean FEV1 (95 percent confidence interval 6 to 14) rose.", 13, 50) is None
    assert single_value("The mean FEV1 (95%) rose.", 13, 24).value == 95
