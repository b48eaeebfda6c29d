"""kg.text.effects: effect estimates with their CIs, p-values and verdicts in the layouts writers use.

Every sentence here is invented (drug "XY-123", invented numbers).
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from kg.text.effects import find_effects, find_p_values, find_verdicts


@pytest.mark.parametrize("text, measure, value, lo, hi", [
    ("The hazard ratio was 0.74 (95% CI 0.61-0.90).", "hazard ratio", "0.74", "0.61", "0.90"),
    ("HR 0.74 (95% CI 0.61–0.90)", "hazard ratio", "0.74", "0.61", "0.90"),
    ("(OR, 2.4; 95% CI; 1.7-3.3; P < .001)", "odds ratio", "2.4", "1.7", "3.3"),
    ("(hazard ratio, 0.74; 95% CI, 0.61 to 0.90; P=0.002)", "hazard ratio", "0.74", "0.61", "0.90"),
    ("(hazard ratio [HR], 0.74; 95% confidence interval [CI], 0.61 to 0.90)", "hazard ratio", "0.74", "0.61", "0.90"),
    # the interval's short form written with points
    ("(hazard ratio 0.60, 95% confidence interval (C.I.) 0.57-0.95, P = 0.02)", "hazard ratio", "0.60", "0.57", "0.95"),
    ("(HR 0.60, 95% C.I. 0.57-0.95)", "hazard ratio", "0.60", "0.57", "0.95"),
    ("(HR=0.74, 95% confidence interval [CI]: 0.61, 0.90)", "hazard ratio", "0.74", "0.61", "0.90"),
    ("HR, 0.74; 95 percent CI, 0.61-0.90", "hazard ratio", "0.74", "0.61", "0.90"),
    ("a hazard ratio of 0.74 [0.61, 0.90]", "hazard ratio", "0.74", "0.61", "0.90"),
    ("HR 0·74 (95% CI 0·61–0·90)", "hazard ratio", "0.74", "0.61", "0.90"),
    ("a hazard ratio for death or relapse of 0.74 (99% CI, 0.61 to 0.90)", "hazard ratio", "0.74", "0.61", "0.90"),
    ("a common odds ratio of 1.45 (95% CI 1.02 to 2.06)", "odds ratio", "1.45", "1.02", "2.06"),
    # (a p-value between the estimate and its interval)
    ("(hazard ratio 0.736, p = 0.017; 95% CI 0.614-0.882)", "hazard ratio", "0.736", "0.614", "0.882"),
    ("(difference -3.27, P = 0.0067, 95% CI -5.14 to -1.36)", "mean difference", "-3.27", "-5.14", "-1.36"),
    ("OR 1.45; 95% CI 1.02-2.06", "odds ratio", "1.45", "1.02", "2.06"),
    ("the rate ratio was 0.52 (95% CI, 0.40 to 0.68)", "rate ratio", "0.52", "0.40", "0.68"),
    ("a relative risk of 0.81 (95% CI 0.70-0.94)", "relative risk", "0.81", "0.70", "0.94"),
    ("risk ratio 0.81 (95% CI 0.70 to 0.94)", "relative risk", "0.81", "0.70", "0.94"),
    ("a mean difference of -3.1 points (95% CI, -5.0 to -1.2)", "mean difference", "-3.1", "-5.0", "-1.2"),
    # (its short form, adjusted, with the adjusted one's own short form in brackets)
    ("zeta score (adjusted MD (aMD) -0.07, 95% CI -0.21 to 0.05)", "mean difference", "-0.07", "-0.21", "0.05"),
    ("zeta mass (aMD -0.05, 95% CI -0.14 to 0.06)", "mean difference", "-0.05", "-0.14", "0.06"),
    ("the least-squares mean difference was −3.1 (95% CI −5.0 to −1.2)", "mean difference", "-3.1", "-5.0", "-1.2"),
    ("The difference between the groups was 2.4 points in favour of XY-123 (95% confidence interval, 0.9 to 3.9)",
     "mean difference", "2.4", "0.9", "3.9"),
    ("the difference in percent change was -12.5 percentage points", "mean difference", "-12.5", None, None),
    ("a 1.7-point difference", "mean difference", "1.7", None, None),
    # the arms named between the estimate's name and its number, "vs." written with its point
    ("(difference XY-123 vs. placebo: 27 m, P = 0.004)", "mean difference", "27", None, None),
    ("the difference vs. placebo was 2.5 points", "mean difference", "2.5", None, None),
    # the interval said in words after its estimate: "with a 95 percent confidence interval from A to B"
    ("Their mean difference was -0.12, with a 95 percent confidence interval from -0.41 to 0.17",
     "mean difference", "-0.12", "-0.41", "0.17"),
    ("The hazard ratio for zeta death was 0.83, with a 95% CI of 0.70 to 0.98", "hazard ratio", "0.83", "0.70",
     "0.98"),
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
    # an adjusted estimate by its short name, or its short name in brackets after its words
    ("(AOR = 1.8; 95% CI = 1.2-2.7)", "odds ratio", "1.8", "1.2", "2.7"),
    ("(aHR 0.66, 95% CI 0.49-0.89)", "hazard ratio", "0.66", "0.49", "0.89"),
    ("(adjusted odds ratio [aOR] = 1.8; 95% CI, 1.2 to 2.7)", "odds ratio", "1.8", "1.2", "2.7"),
])
def test_effect_layouts(text, measure, value, lo, hi):
    e = find_effects(text)[0]
    assert (e.measure, e.value, e.ci_low, e.ci_high) == (measure, D(value), lo and D(lo), hi and D(hi))


def test_an_effect_after_two_groups_compared_is_no_arms():
    text = ("The score fell by 5.1 points in the XY-123 0.5 mg/kg group, compared with 2.2 points in the placebo group "
            "(mean difference of -2.9, P=.04).")
    assert [(e.value, e.arm) for e in find_effects(text)] == [(D("-2.9"), None)]


def test_an_effect_given_for_each_arm():
    text = ("The difference versus placebo was -1.5 points in the low-dose arm (90% CI -3.0 to 0.1), and -0.4 points "
            "in the high-dose arm (90% CI -2.0 to 1.2).")
    assert [(e.value, e.arm) for e in find_effects(text)] == [(D("-1.5"), "low-dose"), (D("-0.4"), "high-dose")]


def test_estimates_listed_with_their_intervals_then_given_to_doses_respectively():
    text = ("Mean differences from placebo were 131 (95% CI 61-201), 148 (78-218) and 127 (57-197) mL for XY-123 1, 2 "
            "and 4 mg, respectively.")
    assert [(e.value, e.ci_low, e.arm) for e in find_effects(text)] == [
        (D("131"), D("61"), "XY-123 1 mg"), (D("148"), D("78"), "XY-123 2 mg"), (D("127"), D("57"), "XY-123 4 mg")]


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
    "the summed zeta intensity difference in ZRS from 0-24hrs versus placebo",
    "Primary outcome: placebo-adjusted difference in peak ZEV1 (assessed over 3 h) at Week 4.",   # a name's digit
    "time to a ≥3-point reduction in ZRS from baseline versus placebo",     # a threshold
    "the share with at least a 4-point improvement in the ZQ score compared with placebo",
    "There was no statistical difference in 30-day survival.",              # a measure's own number
    "no difference in the zeta score between Group 1 (18.2 ± 2.9) and Group 2 (15.6 ± 3.1)",    # a group's number
    "an absolute risk reduction (ARR 4.2%; 95% CI 1.1-7.3)",   # a reduction in risk is no ratio
    "XY-123 reduced the risk of stroke by 22% relative to placebo.",       # a relative reduction
    "XY-123 lowered zeta pressure by 8.2 mmHg, versus 2.1 mmHg with placebo.",     # the arm's own change
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
    # a result verb denied is a verdict of no effect, as "did not influence" is
    ("Zetorin did not lower the zeta index (P = 0.35).", [False]),
    ("Adding zetorin failed to prolong zeta survival.", [False]),
    ("High-dose XY-123 non-significantly slowed decline.", [False]),
    ("It was unlikely to have met its primary endpoint.", [False]),
    ("No safety signal was seen, and XY-123 met its primary endpoint.", [True]),
    ("No differences were seen in zeta flow or zeta tone.", [False]),
    ("The score did not change, nor were any differences observed in zeta flow.", [False]),
    ("There were no differences in zeta flow between the groups.", [False]),
    ("There were no major differences in zeta flow.", [False]),
    ("The effect was nominally significant.", []),
    ("Patients were followed for a year.", []),
    # an endpoint said to be met, or met with its role's words between; not one met by a share of people
    ("The primary endpoint was met.", [True]),
    ("All key secondary end points were also met.", [True]),
    ("XY-123 met both co-primary endpoints.", [True]),
    ("XY-123 met all primary and key secondary endpoints.", [True]),
    ("The endpoint was met by 37% of the XY-123 group.", []),
    ("The primary endpoint was not met.", [False]),
])
def test_verdicts(text, expected):
    assert [v.significant for v in find_verdicts(text)] == expected


@pytest.mark.parametrize("text, value, lo, hi", [
    ("At week 24, the placebo-corrected percentage change in ABC from baseline was -31.0% (95% CI, -34.2 to -27.9).",
     "-31.0", "-34.2", "-27.9"),
    ("the placebo-adjusted ABC change was -12.5% (95% CI -15.0 to -10.0)", "-12.5", "-15.0", "-10.0"),
    ("XY-123 produced a placebo-subtracted change of -4.2 points at week 12", "-4.2", None, None),
    # a reduction in the measure's unit, its interval written without the sign
    ("The placebo-adjusted reduction in zeta pressure was 6.83 mmHg (95% CI 4.37 to 9.29; p<0.001).", "-6.83", "-9.29", "-4.37"),
    # an estimated treatment difference, in percent or percentage points, its interval after a semicolon
    ("(estimated treatment difference [ETD]: -9.1%; 95% CI: -10.4, -7.7; p<0.0001)", "-9.1", "-10.4", "-7.7"),
    ("for a treatment difference of -6.3 %-points (95% confidence interval, -8.0 to -4.5)", "-6.3", "-8.0", "-4.5"),
])
def test_a_placebo_corrected_change_is_a_mean_difference(text, value, lo, hi):
    (e,) = find_effects(text)
    assert (e.measure, e.value, e.ci_low, e.ci_high) == ("mean difference", D(value), lo and D(lo), hi and D(hi))


def test_significance_within_each_group_is_no_verdict_on_the_comparison():
    assert [v.significant for v in find_verdicts("Scores improved significantly in both groups from week 1.")] == []


def test_a_number_inside_a_measures_name_is_no_estimate():
    assert find_effects("Analysis showed no significant difference in ZVR12 (p = 0.67).") == []


@pytest.mark.parametrize("text, value, lo, hi", [
    ("XY-123 cut the daily ZZ time versus placebo (- 0.7 h [- 1.10, - 0.30]; p = 0.004).", "-0.7", "-1.10", "-0.30"),
    ("Changes were 12.8% and 16.3% (difference 3.5% [95% CI: -8.1, 15.1]).", "3.5", "-8.1", "15.1"),
    ("The ZRS total score fell versus placebo (5.2 point reduction v. placebo; p<0.001).", "-5.2", None, None),
    # a change stated as how much more it was than the control's, signed by its verb
    ("Zeta pressure fell 6.4 mmHg more with XY-123 than with placebo at week 8.", "-6.4", None, None),
    ("XY-123 improved the ZRS score by 1.7 points more than placebo.", "1.7", None, None),
    # a change in points set against the control's people by "than"
    ("XY-123 patients had a 3.3-point greater reduction in ZRS than placebo-treated patients.", "-3.3", None, None),
    # a change "by" a number in the measure's unit, the control right after it
    ("XY-123 improved the zeta walk distance by 27 meters compared with placebo (p=0.01).", "27", None, None),
    ("XY-123 lowered zeta pressure by 8.2 mmHg versus placebo.", "-8.2", None, None),
])
def test_differences_with_bracketed_intervals_or_against_a_control(text, value, lo, hi):
    (e,) = find_effects(text)
    assert (e.measure, e.value, e.ci_low, e.ci_high) == ("mean difference", D(value), lo and D(lo), hi and D(hi))


@pytest.mark.parametrize("text, value, lo, hi", [
    # a difference in round brackets with its unit or sign and its interval, no name, against the control
    ("The fall in zeta pressure was greater for XY-123 than placebo (-7.2 mm Hg; 95% confidence interval, -9.9 to "
     "-4.5).", "-7.2", "-9.9", "-4.5"),
    ("Zeta pressure fell versus placebo (4.4 mm Hg; 95% CI, 1.3 to 7.5; P=0.003).", "4.4", "1.3", "7.5"),
    # (the unit repeated after the interval; the control unnamed where the change is said to be the greater)
    ("The XY-123 arm had a greater reduction in zeta glucose (-8.6 mg/dL, 95 percent confidence interval, -12.9 to "
     "-4.3 mg/dL).",
     "-8.6", "-12.9", "-4.3"),
    ("XY-123 led to larger decreases in body weight (-3.9 kg; 95% CI, -5.2 to -2.6; p<0.001).", "-3.9", "-5.2", "-2.6"),
])
def test_an_unnamed_difference_with_its_interval_against_a_control(text, value, lo, hi):
    (e,) = find_effects(text)
    assert (e.measure, e.value, e.ci_low, e.ci_high) == ("mean difference", D(value), lo and D(lo), hi and D(hi))


@pytest.mark.parametrize("text", [
    "Zeta pressure was 6.4 mmHg more with XY-123 than with placebo.",       # no change said: a level's gap
])
def test_more_than_the_control_without_a_change_is_no_estimate(text):
    assert find_effects(text) == []


def test_a_number_with_neither_unit_nor_sign_and_its_interval_is_one_arms_no_difference():
    assert find_effects("Zeta scores were lower with XY-123 than placebo (11.3; 95% CI 9.1 to 13.5).") == []
    assert find_effects("Zeta scores showed greater improvements in the XY-123 arm (11.3; 95% CI 9.1 to 13.5).") == []
    assert find_effects("Zeta glucose fell in the XY-123 arm (-8.6 mg/dL, 95% CI -12.9 to -4.3).") == []   # (no comparison)


@pytest.mark.parametrize("text, measure, lo, hi", [
    ("XY-123 cut the risk (relative hazard 0.47 [0.29-0.76]).", "hazard ratio", "0.29", "0.76"),
    ("XY-123 cut the risk (relative risk 0.57 [95% Cl 0.43-0.71]).", "relative risk", "0.43", "0.71"),
    ("XY-123 cut the risk (hazard ratio, 0.79; 95% [CI], 0.61 to 1.02).", "hazard ratio", "0.61", "1.02"),
])
def test_ratio_and_interval_names_as_typed(text, measure, lo, hi):
    (e,) = find_effects(text)
    assert (e.measure, e.ci_low, e.ci_high) == (measure, D(lo), D(hi))


def test_a_bracketed_range_without_a_control_or_difference_is_no_estimate():
    assert find_effects("Ages were 61 years [45, 70] and weights 80 kg [60, 95].") == []


def test_an_intervals_short_form_in_round_brackets_after_its_name():
    e = find_effects("hazard ratio (HR) = 0.72; 95% confidence interval (CI), 0.55–0.91; P = 0.004")[0]
    assert (e.measure, e.value, e.ci_low, e.ci_high) == ("hazard ratio", D("0.72"), D("0.55"), D("0.91"))


def test_ratios_named_in_the_plural_are_read_only_before_respectively():
    from kg.text.effects import find_effects

    assert [(e.measure, str(e.value)) for e in find_effects("(hazard ratios 0.713 [p=0.04] and 0.694, respectively)")][:1] \
        == [("hazard ratio", "0.713")]
    # (the plural name of a list of events' ratios is read by the list, not as one estimate)
    assert find_effects("The hazard ratios were 0.734 for death and 0.861 for stroke.") == []


@pytest.mark.parametrize("text", [
    "the difference between the 20-mg group and 5-mg group was -6.1 (95% CI, -10.4 to -2.7; P<0.001)",
    "the difference between the 20 mg group and the 5 mg group was -6.1 (95% CI, -10.4 to -2.7)",
])
def test_a_difference_between_dose_groups_named_by_their_amounts_is_the_number_after_them(text):
    assert [(e.value, e.ci_low, e.ci_high) for e in find_effects(text)] == [
        (D("-6.1"), D("-10.4"), D("-2.7"))]


@pytest.mark.parametrize("text, expected", [
    ("with a significant adjusted mean difference of -6.1 points between the groups", [True]),
    ("We saw a significant difference between arms in zeta scores.", [True]),
    ("There was no significant difference between the groups.", [False]),
    ("There was a significant difference in zeta scores between XY-123 and placebo.", [True]),
    # (not a verdict: a difference a clinician would notice, or one said of the people in one arm)
    ("a clinically significant difference of 3 points", []),
    ("Other scales gave a significant difference in adults on XY-123.", []),
])
def test_a_difference_said_to_be_significant_is_a_verdict(text, expected):
    assert [v.significant for v in find_verdicts(text)] == expected


def test_a_therapy_that_did_not_influence_a_measure_is_no_significant_result_and_one_superior_to_placebo_is():
    assert [v.significant for v in find_verdicts("XY-123 did not influence zeta scores or zeta grip.")] == [False]
    assert [v.significant for v in find_verdicts("XY-123 was statistically superior to placebo for zeta days.")] == [True]
    assert [v.significant for v in find_verdicts("XY-123 was not superior to placebo for zeta days.")] == [False]


def test_an_intervals_level_written_after_ci_is_read_as_its_level():
    found = find_effects("Zeta falls were fewer with XY-123 (incidence rate ratio (IRR) = 0.81; CI 95% 0.70-0.93).")
    assert [(e.measure, e.value, e.ci_low, e.ci_high) for e in found] == \
        [("rate ratio", D("0.81"), D("0.70"), D("0.93"))]
    # (a level before "CI" takes none after it: an interval in percent keeps its bounds)
    found = find_effects("Zeta efficacy was 96% (95% CI 91% to 98%).")
    assert not any(e.ci_low == D("95") for e in found)


def test_a_responder_level_after_a_scales_letters_is_no_estimate_the_number_after_its_verb_is():
    found = find_effects("The odds ratio for ZASI 50 response was 2.7 (95% CI 1.6 to 4.4).")
    assert [(e.measure, str(e.value), str(e.ci_low), str(e.ci_high)) for e in found] == [
        ("odds ratio", "2.7", "1.6", "4.4")]
    assert not find_effects("No mean difference in the zeta depth of the remaining 40 eyes was found.")


@pytest.mark.parametrize("text, expected", [
    ("Both XY-123 doses showed significant ZQ70 responses versus placebo by week 12.", [True]),
    ("XY-123 demonstrated a significant zeta benefit compared with usual care.", [True]),
    ("XY-123 showed no significant ZQ70 responses vs placebo.", [False]),
    ("XY-123 showed clinically significant ZQ70 responses vs placebo.", []),
    ("XY-123 showed significant ZQ70 responses at week 12.", []),       # (no control set against it)
    ("XY-123 showed significant zeta loss over 24 weeks.", []),         # (a time, no control)
    ("XY-123 showed significant zeta gains over placebo at week 12.", [True]),
])
def test_a_therapy_showing_a_significant_quantity_against_a_control_is_a_verdict(text, expected):
    assert [v.significant for v in find_verdicts(text)] == expected


def test_a_bayesian_credible_interval_is_the_estimates_interval():
    found = find_effects("(odds ratio, 1.21; 95% Bayesian credible interval, 0.88 to 1.63)")
    assert [(str(e.value), str(e.ci_low), str(e.ci_high)) for e in found] == [("1.21", "0.88", "1.63")]


@pytest.mark.parametrize("text, expected", [
    ("Zeta cure was 63.1% versus 80.4% (-17.3 percentage point difference, 90% confidence interval -24.0 to -10.6).",
     [("-17.3", "-24.0", "-10.6")]),
    ("Beta cure was 81.0% v 87.8% (-6.8 percentage point difference, -11.9 to -1.7).", [("-6.8", "-11.9", "-1.7")]),
])
def test_a_difference_in_percentage_points_named_after_its_value_takes_its_interval_and_the_level_is_no_estimate(
        text, expected):
    assert [(str(e.value), str(e.ci_low), str(e.ci_high)) for e in find_effects(text)] == expected


def test_the_next_measures_difference_with_its_interval_after_the_verb_said_once():
    from kg.text.effects import find_effects
    found = find_effects("Compared with placebo, XY-123 improved the ZQ score by 3.4 points (95% CI: -0.3, 7.1; "
                         "p=0.071) and the ZAS by 1.9 points (95% CI: 0.3, 3.5; p=0.018).")
    assert [(str(e.value), str(e.ci_low), str(e.ci_high)) for e in found] == [("3.4", "-0.3", "7.1"), ("1.9", "0.3", "3.5")]


@pytest.mark.parametrize("text, expected", [
    # what changed may hold a digit inside a word; the verb said once goes on to the next measure
    ("XY-123 improved the EQ-5D-5L index by 0.031 (95% CI: -0.002, 0.064; p=0.06) and the zeta scale by 3.4 points "
     "(95% CI: 1.1, 5.7; p=0.005) versus placebo.", [(D("0.031"), D("-0.002"), D("0.064")), (D("3.4"), D("1.1"), D("5.7"))]),
    # a volume as the unit
    ("Compared with placebo, XY-123 increased FEV1 by 14 mL (95% CI, 4 to 24) at week 12.", [(D("14"), D("4"), D("24"))]),
])
def test_changes_by_a_number_with_an_interval_versus_control(text, expected):
    assert [(e.value, e.ci_low, e.ci_high) for e in find_effects(text)] == expected


def test_a_difference_named_with_its_interval_in_words_before_the_number():
    (e,) = find_effects("ZGA 0/1 was reached by 35.1% vs. 23.0% [difference (95% confidence interval): 12.1% "
                        "(2.6-21.6); P = 0.012].")
    assert (e.measure, e.value, e.ci_low, e.ci_high) == ("mean difference", D("12.1"), D("2.6"), D("21.6"))


@pytest.mark.parametrize("text, value", [
    ("Adults on XY-123 scored 3.6 points higher than did adults in the sham arm on the zeta scale.", "3.6"),
    ("The zeta index was 1.7 points lower than in the vehicle arm.", "-1.7"),
    ("At week 12, the zeta score was larger by 6.7 points in the XY-123 arm than in the sham arm.", "6.7"),
    ("The zeta score was lower by 2.2 points among XY-123 users than among those receiving placebo.", "-2.2"),
    ("Adults on XY-123 lost 1.9 kg more body mass than had adults receiving vehicle.", "-1.9"),
])
def test_a_difference_its_comparative_or_its_verb_signs_against_the_control_is_a_mean_difference(text, value):
    assert [(e.measure, str(e.value)) for e in find_effects(text)] == [("mean difference", value)]


def test_a_difference_against_another_drug_is_no_difference_from_the_control():
    assert find_effects("Adults on XY-123 scored 3.4 points higher than did adults on XZ-456.") == []
