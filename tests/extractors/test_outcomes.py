"""Outcome frames: measure, role, timepoint and numbers per arm or between arms, on invented texts.

The measure is always an invented scale the text defines ("the Acme Rating Scale (ARS)"), so these tests do not
depend on which measures the lexicon knows.
"""

from __future__ import annotations

import re

import pytest

from kg.documents import parse_document
from kg.extractors.outcomes import OutcomeExtractor
from kg.text.comparisons import verb_before_object

SCALE = "Acme Rating Scale"
# a trial allocated to XY-123 or placebo, before the sentence some tests read
ALLOCATED = "In the ZETA trial (NCT01234567), adults were randomized to XY-123 or placebo. "


def facts(text: str) -> set[tuple[str, str, str]]:
    doc = parse_document("Headline\n\n" + text, "t.txt")
    return {(f.subject.label, f.predicate, f.object_text) for f in OutcomeExtractor().extract(doc)}


def test_between_arm_effect_goes_to_the_armless_outcome_and_values_to_arms():
    found = facts("The XY-123 trial (NCT00000001) was randomized and placebo-controlled. The primary endpoint was the "
                  f"{SCALE} (ARS) at week 24. ARS response occurred in 41.5% with XY-123 versus 22.0% with placebo "
                  "(odds ratio, 2.51; 95% CI, 1.60 to 3.94; P<0.001).")
    assert {(SCALE, "outcomeRole", "primary"), (SCALE, "effectMeasure", "odds ratio"), (SCALE, "effect", "2.51"),
            (SCALE, "ciLow", "1.6"), (SCALE, "ciHigh", "3.94"), (SCALE, "significant", "True"),
            (f"{SCALE} (XY-123)", "value", "41.5"), (f"{SCALE} (placebo)", "value", "22.0")} <= found
    assert not any(p == "pValue" for _, p, _ in found)          # a bound only: significance, no p-value


def test_arr_in_a_text_that_never_speaks_of_relapses_is_no_annualized_relapse_rate():
    found = facts("In the ZETA trial, zeta events fell by 21% with XY-123 vs. placebo (19.0% vs. 24.1%, HR: 0.79, "
                  "95% CI: 0.70-0.89, RRR: 21.2%, ARR: 5.1% and NNT: 20).")
    assert not any(s.startswith("annualized relapse rate") for s, _, _ in found)


def test_arr_in_a_text_about_relapses_is_the_annualized_relapse_rate():
    found = facts("In the ZETA trial of adults with relapsing zeta sclerosis, the ARR was 0.11 with XY-123 versus 0.25 "
                  "with placebo.")
    assert any(s.startswith("annualized relapse rate") for s, _, _ in found)


def test_rr_is_a_rate_ratio_where_the_document_defines_it_so():
    found = facts("In the ZETA trial, the annualized rate of zeta crises was 2.39 with XY-123 and 2.20 with placebo "
                  "(rate ratio (RR) 1.11, 95% CI 0.74-1.66). The annualized rate of zeta flares was 1.9 with XY-123 and "
                  "2.2 with placebo (RR 0.83, 95% CI 0.58-1.19).")
    assert {v for _, p, v in found if p == "effectMeasure"} == {"rate ratio"}


def test_a_results_line_labelled_by_a_dose_names_no_measure():
    found = facts("The annualized rate of zeta crises was 2.39 with XY-123 5 mg and 2.14 with XY-123 10 mg versus 2.20 "
                  "with placebo:\n- Higher dose: RR 0.88 (95% CI 0.61-1.26)")
    assert not any(s.lower().startswith("higher dose") for s, _, _ in found)


def test_groups_said_alike_in_age_or_body_size_give_no_outcomes():
    found = facts("In the ZETA trial, there were no differences in heart rate, zeta index, body mass index or "
                  "beta level between the XY-123 and placebo groups (all p > 0.1).")
    assert not any(p == "measure" for _, p, _ in found)


@pytest.mark.parametrize("text", [
    "In the ZETA trial, adults were randomly assigned to XY-123 or placebo. The primary end point was verified "
    "reversal of zeta syndrome.",
    "In the ZETA trial, adults were randomly assigned to XY-123 or placebo. Verified reversal of zeta syndrome was the "
    "primary end point.",
])
def test_a_measure_named_with_verified_has_its_role(text):
    assert any(s.lower().startswith("verified reversal of zeta syndrome") and v == "primary" for s, _, v in facts(text))


def test_estimates_each_followed_by_its_arm_are_those_arms_estimates():
    found = facts("In the ZETA trial, adults were randomized to XY-123, AB-456 or placebo. The odds ratio for zeta events "
                  "was 0.83 (95% CI, 0.61 to 1.13; P = 0.23) with XY-123 and 1.12 (95% CI, 0.82 to 1.53; P = 0.48) "
                  "with AB-456.")
    effects = {(s, v) for s, p, v in found if p == "effect"}
    assert any("XY-123" in s and v == "0.83" for s, v in effects) and any("AB-456" in s and v == "1.12" for s, v in effects)
    assert not any(p == "value" and v in ("0.83", "1.12") for _, p, v in found)


def test_death_compared_between_arms_is_an_outcome():
    found = facts("In the ZETA trial, adults were randomized to XY-123 or placebo. No significant difference in death "
                  "at 90 days (26.9% vs. 27.8%; HR 0.96, 95% CI 0.83 to 1.1).")
    assert ("death", "effect", "0.96") in found


def test_a_ratio_said_of_the_therapys_group_belongs_to_no_arm():
    found = facts("The ZETA trial (NCT00000001) randomized 400 adults to XY-123 or acmetinib. After two years, patients in "
                  "the XY-123 group had a lower risk of relapse (HR: 0.72 [95% CI, 0.55-0.93]; P=0.013).")
    assert {("risk of relapse", "effect", "0.72"), ("risk of relapse", "pValue", "0.013")} <= found
    assert not any("(" in subject for subject, _, _ in found)


def test_a_bare_pair_after_a_therapy_is_its_then_the_other_allocated_therapys():
    found = facts("In the ZETA trial, 602 adults were randomized to receive XY-123 (300) or acmetinib (302). XY-123 "
                  "also gave a higher objective response rate (61.2 vs. 48.5%, P=0.002).")
    assert {("objective response rate (XY-123)", "value", "61.2"),
            ("objective response rate (Acmetinib)", "value", "48.5")} <= found


def test_a_timepoint_after_a_list_of_measures_is_each_ones():
    found = facts(ALLOCATED + "Secondary measures, including ZQ positive subscore, ZQ negative subscore, and the zeta "
                  "sleep index, improved significantly with XY-123 compared to placebo at Week 6 (p<0.001).")
    assert {(m, "timepoint", "P6W") for m in ("ZQ positive subscore", "ZQ negative subscore", "zeta sleep index")} <= found
    assert not any("improved" in subject for subject, _, _ in found)      # the list's verb ends it: no measure


@pytest.mark.parametrize("said, expected", [
    # "outcome measures" is one role head: every listed measure gets the role
    ("Secondary outcome measures included ZQ positive subscore, ZQ negative subscore, and the zeta sleep index.",
     {(m, "outcomeRole", "secondary") for m in ("ZQ positive subscore", "ZQ negative subscore", "zeta sleep index")}),
    # a baseline given after the measure's change
    ("In the trial, HbA1c dropped by 1.2% from a mean baseline of 8.1%.", {("HbA1c", "baseline", "8.1")}),
    # ... right after an arm's change, that arm's start; the pair is still read across it
    ("At week 26, XY-123 lowered HbA1c by 1.4% from a baseline of 8.2%, compared with 0.2% with placebo.",
     {("HbA1c (XY-123)", "change", "-1.4"), ("HbA1c (XY-123)", "baseline", "8.2"), ("HbA1c (placebo)", "change", "-0.2")}),
    ("XY-123 achieved an HbA1c reduction of 1.35% from a baseline of 7.85%.",
     {("HbA1c (XY-123)", "change", "-1.35"), ("HbA1c (XY-123)", "baseline", "7.85")}),
])
def test_facts_read_after_an_allocation(said, expected):
    assert expected <= facts(ALLOCATED + said)


@pytest.mark.parametrize("said", ["Across the doses, XY-123 lowered HbA1c by an average of 1.1% to 1.4%.",   # a range
                                  "At week 24, 96% of patients achieved an HbA1c level of 6.5% or less.",   # thresholds
                                  "In the trial, 61% of patients reached an HbA1c below 7%.",
                                  "At week 24, 61% of patients achieved an HbA1c of 6.5% or lower."])
def test_a_range_or_a_share_reaching_a_threshold_is_no_value_of_the_measure(said):
    found = facts(ALLOCATED + said)
    assert ("HbA1c", "measure", "HbA1c") in found and not any(p == "value" for _, p, _ in found)


def test_arms_carry_to_a_list_that_names_none():
    found = facts(f"The XY-123 trial (NCT00000001) measured the {SCALE} (ARS) and the Beta Function Index (BFI). "
                  "ARS events occurred in 10.2% with XY-123 and 15.8% with placebo (HR 0.62; 95% CI 0.50-0.77). "
                  "BFI: 5.5% vs. 8.1% (HR 0.66; 95% CI 0.51-0.86).")
    assert {("Beta Function Index (XY-123)", "value", "5.5"), ("Beta Function Index (placebo)", "value", "8.1"),
            ("Beta Function Index", "effect", "0.66")} <= found


def test_changes_per_arm_with_signs_from_verbs():
    found = facts(f"In the XY-123 trial (NCT00000001), scores on the {SCALE} (ARS) declined by 3.2 points with XY-123 "
                  "and 5.9 points with placebo at week 52, a difference of 2.7 points (P=0.01).")
    assert {(f"{SCALE} (XY-123)", "change", "-3.2"), (f"{SCALE} (placebo)", "change", "-5.9"),
            (f"{SCALE} (XY-123)", "timepoint", "P52W"), (SCALE, "effectMeasure", "mean difference"),
            (SCALE, "effect", "2.7"), (SCALE, "pValue", "0.01"), (SCALE, "significant", "True")} <= found


def test_a_sentence_that_names_no_measure_continues_the_last():
    found = facts(f"The XY-123 trial (NCT00000001) measured the {SCALE} (ARS) at 12 months. "
                  "The difference was not statistically significant.")
    assert (SCALE, "significant", "False") in found


def test_an_adverse_event_rate_does_not_continue_the_measure():
    found = facts(f"The XY-123 trial (NCT00000001) measured the {SCALE} (ARS) at 12 months. "
                  "Headache occurred in 12% with XY-123 and 4% with placebo.")
    assert not any(p == "value" for _, p, _ in found)


def test_the_primary_endpoint_named_by_its_role_later():
    found = facts(f"The primary endpoint of the XY-123 trial (NCT00000001) was the {SCALE} (ARS). "
                  "A primary endpoint event occurred in 120 patients (11.0%) in the XY-123 group and in 170 patients "
                  "(15.6%) in the placebo group (hazard ratio, 0.70; 95% CI, 0.55 to 0.89).")
    assert {(f"{SCALE} (XY-123)", "value", "11.0"), (f"{SCALE} (placebo)", "value", "15.6"),
            (SCALE, "effect", "0.7")} <= found


def test_listed_secondary_endpoints_each_get_the_role():
    found = facts("In the XY-123 trial (NCT00000001), secondary endpoints included the Beta Function Index (BFI), "
                  f"the {SCALE} (ARS) and the Gamma Quality Questionnaire (GQQ).")
    roles = {(s, o) for s, p, o in found if p == "outcomeRole"}
    assert roles == {("Beta Function Index", "secondary"), (SCALE, "secondary"), ("Gamma Quality Questionnaire", "secondary")}


def test_a_subgroup_result_is_not_the_trial_result():
    found = facts(f"The XY-123 trial (NCT00000001) measured the {SCALE} (ARS). In a post hoc subgroup analysis, "
                  "ARS scores declined by 1.0 points with XY-123 and 4.0 points with placebo.")
    assert not any(p == "change" for _, p, _ in found)


def test_a_single_arm_rate():
    found = facts("The single-arm XY-123 trial (NCT00000001) enrolled 60 adults. The Acme response index, the primary "
                  "endpoint, was reached by many; the Acme response index was 45% (95% CI, 32% to 58%).")
    values = {(s, o) for s, p, o in found if p == "value"}
    assert all(o == "45.0" for _, o in values)
    assert not any(p in ("ciLow", "ciHigh") for _, p, _ in found)   # a CI around a single rate is left out


def test_results_of_unnamed_measures_do_not_continue_the_last():
    found = facts(f"The XY-123 trial (NCT00000001) was randomized. XY-123 did not improve the {SCALE} (ARS). "
                  "However XY-123 led to faster recovery (2.5 vs 3.0 days p < 0.001) and shorter stays "
                  "(11.0 vs 13.0 days p = 0.02).")
    assert not any(p in ("pValue", "value", "baseline") for _, p, _ in found)


def test_a_share_of_patients_reaching_an_unnamed_state_does_not_continue_the_last_measure():
    found = facts(f"The XY-123 trial (NCT00000001) was randomized. The {SCALE} (ARS) fell further with XY-123. "
                  "At week 24, 45% of patients on XY-123 and 20% on placebo achieved zeta remission (odds ratio, 3.2; "
                  "95% CI, 1.8 to 5.6).")
    assert not any(p in ("effect", "value", "ciLow") and s.startswith(SCALE) for s, p, _ in found)
    assert {("zeta remission (XY-123)", "value", "45.0"), ("zeta remission (placebo)", "value", "20.0"),
            ("zeta remission", "effect", "3.2")} <= found


def test_an_arm_that_is_the_sentences_subject_or_its_opening_takes_the_first_number():
    found = facts(f"The XY-123 trial (NCT00000001) was randomized. The primary endpoint was the {SCALE} (ARS). "
                  "Patients receiving XY-123 had a mean reduction in ARS of 4.2 points, compared with an increase of "
                  "0.6 points with placebo. Of patients on XY-123, 31% had an ARS score below 10, compared with 12% of "
                  "those on placebo.")
    assert {(f"{SCALE} (XY-123)", "change", "-4.2"), (f"{SCALE} (placebo)", "change", "0.6")} <= found
    # the opening's arm goes with the first number after it, not with a threshold further on
    assert not any(p == "value" and o in ("10", "12") for _, p, o in found)


def test_a_level_patients_entered_with_is_no_outcome():
    found = facts("The XY-123 trial (NCT00000001) enrolled 400 adults who had a zeta mass index (ZMI) of 30 or more, or "
                  "a ZMI of at least 27 with a comorbidity. In those randomized (mean age 51 years, ZMI 33.1; 70% "
                  "female), the Acme Rating Scale (ARS) fell by 4.1 points with XY-123 and by 1.2 points with placebo.")
    assert not any("zeta mass index" in s for s, _, _ in found)
    assert (f"{SCALE} (XY-123)", "change", "-4.1") in found


def test_the_therapy_named_between_two_shares_is_the_first_ones_arm():
    found = facts(f"The XY-123 trial (NCT00000001) was randomized. The primary endpoint was the {SCALE} (ARS). "
                  "In all, 24% of patients responded to XY-123 compared to 3% of patients taking placebo (p=0.01).")
    assert {("response (XY-123)", "value", "24.0"), ("response (placebo)", "value", "3.0")} <= found


def test_the_burden_of_a_disease_names_no_outcome():
    found = facts("The XY-123 trial (NCT00000001) was randomized. Cardiovascular death is the leading cause of death "
                  "in adults with the disease.")
    assert not any(s == "cardiovascular death" for s, _, _ in found)


def test_a_role_waits_only_for_the_next_sentences():
    found = facts("The XY-123 trial (NCT00000001) was randomized. The primary endpoint was the difference in attack "
                  "counts between periods. The secondary endpoints included hospital stays and costs. Visits were "
                  "monthly. Heart rate was lower with XY-123 (p = 0.01).")
    # the role sentences' own phrases may take their roles; the measure three sentences on does not
    assert {s for s, p, _ in found if p == "outcomeRole"} <= {"attack counts", "hospital stays", "costs"}


def test_arms_named_by_dose_and_a_sentence_that_opens_on_its_arm():
    found = facts("The XY-123 trial (NCT00000001) was placebo-controlled. The primary endpoint was the median time to "
                  "the first negative culture. For the 20 mg dose, median time to the first negative culture was "
                  "50.5 hours, against 71.0 hours on placebo (P = 0.02).")
    label = "time to first negative culture"
    assert {(f"{label} (XY-123 20 mg)", "value", "50.5"), (f"{label} (placebo)", "value", "71.0"),
            (label, "outcomeRole", "primary"), (label, "significant", "True")} <= found


def test_a_dose_written_after_the_one_therapys_name_names_its_arm_where_the_document_gives_two_doses():
    found = facts("The XY-123 trial (NCT00000001) was placebo-controlled. More adults in the XY-123 2 mg group had zeta "
                  "healing compared with placebo (52.4% vs. 21.3%, p = 0.004). For the 1 mg group, zeta healing was 30%.")
    assert {("zeta healing (XY-123 2 mg)", "value", "52.4"), ("zeta healing (placebo)", "value", "21.3")} <= found
    assert not any(s == "zeta healing (XY-123)" for s, _, _ in found)


def test_values_each_with_its_dose_in_a_bracket_go_to_the_dose_arms_of_the_therapy_named_after():
    found = facts("In the ZETA trial (NCT01234567), adults were randomized to XY-123 40 mg, XY-123 60 mg, or placebo. "
                  "Zeta healing was achieved in 31.2% (40 mg) and 35.6% (60 mg) of XY-123-treated versus 11.4% of "
                  "placebo-treated patients.")
    assert {("zeta healing (XY-123 40 mg)", "value", "31.2"), ("zeta healing (XY-123 60 mg)", "value", "35.6"),
            ("zeta healing (placebo)", "value", "11.4")} <= found


def test_a_group_named_by_a_letter_with_its_therapy_in_a_bracket_is_one_arm():
    found = facts("In the ZETA trial (NCT01234567), 300 adults were randomized to XY-123 or placebo. Rates of zeta cough "
                  "were 31.6% and 6.8% in Group P (placebo) and Group X (XY-123), respectively (P = 0.03).")
    assert {("zeta cough (XY-123)", "value", "6.8"), ("zeta cough (placebo)", "value", "31.6")} <= found


def test_arms_told_apart_by_modifiers_are_named_so_in_results_and_a_lower_risk_is_no_arms_value():
    found = facts("In the ZETA trial (NCT01234567), we randomly assigned 500 adults to receive a standard or more "
                  "frequent sirolimus regimen or a tacrolimus regimen. The standard and more frequent sirolimus groups "
                  "had a 41% and 34% lower risk of zeta loss, respectively, against the tacrolimus group.")
    assert not [f for f in found if f[1] == "value"]
    assert not [f for f in found if f[1] == "hasArm" and f[2] == "Sirolimus"]


def test_a_therapy_named_after_the_modifiers_of_its_allocated_arms_is_those_arms_in_a_result():
    from kg.extractors.context import build_context
    from kg.extractors.result_arms import sentence_arms
    doc = parse_document("Headline\n\nIn the ZETA trial (NCT01234567), we randomly assigned 500 adults to receive a "
                         "standard or more frequent sirolimus regimen or a tacrolimus regimen. The standard and "
                         "more-frequent sirolimus groups had zeta flow gains of 2.15 and 1.70 mL/min, respectively.", "t.txt")
    ctx = build_context(doc)
    i = len(ctx.sentences) - 1
    assert [label for *_, label in sentence_arms(ctx, i, ctx.sentences[i].text)] == [
        "standard sirolimus", "more frequent sirolimus"]


def test_a_median_duration_in_months_is_a_single_value():
    found = facts("The single-arm XY-123 trial (NCT00000001) enrolled 60 adults. Key results:\n\n"
                  "Median duration of response: 14.2 months among responders")
    assert ("duration of response", "value", "14.2") in found


def test_a_measure_and_its_percent_change_are_one_outcome():
    found = facts(f"The XY-123 trial (NCT00000001) lowered the {SCALE} (ARS) at week 24. The primary endpoint was the "
                  f"placebo-corrected percent change in the {SCALE} from baseline, -30.5% (95% CI, -33.0 to -28.0; P<0.001).")
    assert {(SCALE, "outcomeRole", "primary"), (SCALE, "effect", "-30.5"), (SCALE, "ciLow", "-33.0")} <= found
    assert not any(s.startswith("percent change") for s, _, _ in found)


def test_a_list_of_arm_lines_after_its_measure():
    found = facts(f"The XY-123 trial (NCT00000001) was placebo-controlled. The main goal was the {SCALE} (ARS).\n\n"
                  "At week 24:\n\n- 2 mg group: the score fell by 4.0 points\n- 4 mg group: the score fell by 6.5 points\n"
                  "- placebo group: the score fell by 1.0 points")
    assert {(f"{SCALE} (XY-123 2 mg)", "change", "-4.0"), (f"{SCALE} (XY-123 4 mg)", "change", "-6.5"),
            (f"{SCALE} (placebo)", "change", "-1.0"), (f"{SCALE} (XY-123 4 mg)", "timepoint", "P24W")} <= found


def test_a_list_line_may_name_its_dose_with_how_often_it_is_given():
    found = facts(f"The XY-123 trial (NCT00000001) gave XY-123 2 mg weekly, XY-123 4 mg weekly or placebo. The main "
                  f"goal was the {SCALE} (ARS).\n\nAt week 24:\n\n- 2-mg weekly dose: the score fell by 4.0 points\n"
                  "- 4 mg once weekly: the score fell by 6.5 points\n- placebo: the score fell by 1.0 points")
    assert {(f"{SCALE} (XY-123 2 mg)", "change", "-4.0"), (f"{SCALE} (XY-123 4 mg)", "change", "-6.5"),
            (f"{SCALE} (placebo)", "change", "-1.0")} <= found


def test_a_line_whose_head_is_no_arm_gives_no_arm_value():
    found = facts(f"The XY-123 trial (NCT00000001) was placebo-controlled. The main goal was the {SCALE} (ARS).\n\n"
                  "- Serum cholesterol: the level was 4.1 mmol/l in each group\n- Placebo: 120 mg/dL at baseline")
    assert not any(p in ("value", "change") for _, p, _ in found)


def test_deaths_counted_per_arm_go_to_the_mortality_measure_and_a_part_of_the_population_is_a_subgroup():
    found = facts("The XY-123 trial (NCT00000001) was open-label. The primary outcome was all-cause mortality within "
                  "30 days. Of 3,000 patients, 1,000 were assigned to XY-123 and 2,000 to usual care. Within 30 days, "
                  "150 patients (15.0%) in the XY-123 group and 1,400 patients (20.0%) in the usual-care group had "
                  "died (rate ratio, 0.75; 95% CI, 0.60 to 0.90). Among those on mechanical ventilation, 30-day "
                  "mortality was 30.0% with XY-123 versus 45.0% with usual care (rate ratio, 0.66; 95% CI, 0.50 to 0.80).")
    m = "30-day mortality"
    assert {(f"{m} (XY-123)", "value", "15.0"), (f"{m} (usual care)", "value", "20.0"), (m, "effect", "0.75"),
            (m, "outcomeRole", "primary")} <= found
    assert not any(o in ("30.0", "45.0", "0.66") for _, _, o in found)


def test_among_those_on_the_drug_is_an_arm_not_a_subgroup():
    found = facts(f"The XY-123 trial (NCT00000001) measured the {SCALE} (ARS). Among those on XY-123, the ARS response "
                  "rate was 40.0% versus 20.0% with placebo.")
    assert {("response rate (placebo)", "value", "20.0"), ("response rate (XY-123)", "value", "40.0")} <= found


def test_a_counted_role_goes_to_the_next_measures_and_a_verdict_on_every_listed_one():
    found = facts("The XY-123 trial (NCT00000001) was placebo-controlled. Two key secondary endpoints were tested in "
                  "order. The Beta Function Index (BFI) improved (HR 0.80; 95% CI, 0.70 to 0.90), and so did the "
                  f"{SCALE} (ARS) (HR 0.85; 95% CI, 0.75 to 0.95). XY-123 also beat placebo on every exploratory "
                  "goal: it slowed worsening on the Gamma Quality Questionnaire (GQQ) and on the Delta Sleep Index (DSI).")
    assert {("Beta Function Index", "outcomeRole", "secondary"), (SCALE, "outcomeRole", "secondary"),
            ("Gamma Quality Questionnaire", "outcomeRole", "exploratory"), ("Delta Sleep Index", "outcomeRole", "exploratory"),
            ("Gamma Quality Questionnaire", "significant", "True"), ("Delta Sleep Index", "significant", "True")} <= found


def test_estimates_given_respectively_go_to_the_measures_in_order():
    found = facts("The XY-123 trial (NCT00000001) was placebo-controlled. Treated children stood up faster on the "
                  "time-to-stand test (P=0.003) and walked faster on the 10-metre walk/run (P=0.006), with mean "
                  "differences of 0.50 seconds (95% CI, 0.10 to 0.90) and 0.30 seconds (95% CI, 0.05 to 0.55), respectively.")
    assert {("time to stand", "effect", "0.5"), ("time to stand", "ciLow", "0.1"), ("time to stand", "pValue", "0.003"),
            ("10-metre walk/run", "effect", "0.3"), ("10-metre walk/run", "ciHigh", "0.55"),
            ("10-metre walk/run", "pValue", "0.006")} <= found


def test_a_count_and_its_share_before_the_measure_and_survival_free_of_an_event_in_words():
    found = facts("The single-arm XY-123 trial (NCT00000001) enrolled 30 infants. At the 12-month visit, 18 of the 30 "
                  "infants (60%) could sit without support for 30 seconds. By 14 months of age, 27 infants (90%) were "
                  "alive and free of permanent ventilation.")
    assert {("independent sitting", "value", "60.0"), ("event-free survival", "value", "90.0")} <= found


def test_both_results_judged_at_once():
    found = facts("The single-arm XY-123 trial (NCT00000001) enrolled 40 adults. Of the 40 patients, 36 (90.0%; 95% CI, "
                  "76 to 97) were free from severe flares for at least 12 months. All 40 patients (100%; 95% CI, 91 to "
                  "100) remained free from hospitalizations for flares for at least 12 months. Both results were "
                  "statistically significant (P<0.001) against a 50% response rate.")
    assert {("free from severe flares", "value", "90.0"), ("free from hospitalizations for flares", "value", "100.0"),
            ("free from severe flares", "significant", "True"),
            ("free from hospitalizations for flares", "significant", "True")} <= found
    assert not any(s == "response rate" for s, _, _ in found)


def test_a_measure_named_only_by_its_role_sentence():
    found = facts("The XY-123 trial (NCT00000001) was open-label. The primary outcome was all-cause mortality within 28 "
                  "days. Secondary outcomes included return to work within 90 days.")
    assert {("return to work within 90 days", "outcomeRole", "secondary"),
            ("return to work within 90 days", "timepoint", "P90D")} <= found


def test_a_role_sentence_that_judges_names_no_new_measure():
    for text in ("The primary endpoint was met in both dose groups.", "The primary endpoint was not reached.",
                 "The primary endpoint was assessed by blinded readers."):
        found = facts("The XY-123 trial (NCT00000001) was open-label. " + text)
        assert not any(p == "measure" for _, p, _ in found), text


def test_an_opening_population_is_no_arm():
    found = facts(f"The XY-123 trial (NCT00000001) measured the {SCALE} (ARS). In patients previously treated with "
                  "XY-123, the ARS response rate was 40.0% versus 20.0% with placebo.")
    assert not any(s.endswith("(XY-123)") for s, _, _ in found)


def test_the_first_arm_named_between_the_measure_and_its_number():
    found = facts(f"The XY-123 trial (NCT00000001) was placebo-controlled. At week 26 the mean change in the {SCALE} "
                  "(ARS) in the XY-123 arm was 12.5% compared to 8.0% in the placebo arm.")
    assert {(f"{SCALE} (XY-123)", "change", "12.5"), (f"{SCALE} (placebo)", "change", "8.0")} <= found


def test_a_range_far_from_the_measure_is_not_its_baseline_and_value():
    found = facts("The XY-123 trial (NCT00000001) enrolled adults with severe hypertriglyceridemia (triglyceride levels "
                  "from 400 mg/dL to 1200 mg/dL) at forty hospitals across nine countries in a study that was designed, "
                  "among several other aims and over a long period of careful follow-up in clinics, to measure the "
                  f"{SCALE} (ARS) at week 12.")
    assert not {p for _, p, _ in found} & {"baseline", "value"}


def test_a_change_from_a_to_b_near_its_measure_is_read():
    found = facts(f"In the XY-123 trial (NCT00000001), the {SCALE} (ARS) fell from 40 to 36 points at week 12.")
    assert {(SCALE, "baseline", "40.0"), (SCALE, "value", "36.0")} <= found


def test_each_arms_run_from_a_start_called_the_baseline_is_that_arms():
    found = facts(ALLOCATED + f"At week 12, the {SCALE} fell from a baseline (BSL) of 40 to 31 with XY-123 and from 41 "
                  "to 38 with placebo.")
    assert {(f"{SCALE} (XY-123)", "baseline", "40.0"), (f"{SCALE} (XY-123)", "value", "31.0"),
            (f"{SCALE} (placebo)", "baseline", "41.0"), (f"{SCALE} (placebo)", "value", "38.0")} <= found
    # (runs given for arms the trial does not name are no one's: not the measure's own)
    found = facts(ALLOCATED + f"At week 12, the {SCALE} fell from 40 to 31 with ZQ and from 41 to 38 with ZR.")
    assert not {p for s, p, _ in found if s == SCALE} & {"baseline", "value"}


@pytest.mark.parametrize("said", ["was powered on assumed response rates of 45% with XY-123 versus 20% with placebo.",
                                  "had a sample size that gave 90% power for 45% with XY-123 versus 20% with placebo."])
def test_the_rates_a_trial_was_sized_on_are_no_results(said):
    found = facts(ALLOCATED + f"The primary endpoint, the {SCALE} response at week 12, " + said)
    assert (SCALE, "outcomeRole", "primary") in found or (f"{SCALE} response", "outcomeRole", "primary") in found
    assert not any(p == "value" for _, p, _ in found)


def test_a_time_said_right_after_the_one_measure_is_its_own():
    found = facts(ALLOCATED + "XY-123 matched placebo on its first goal at week 10 and outdid placebo on the "
                  f"{SCALE} at week 40.")
    assert (SCALE, "timepoint", "P40W") in found and (SCALE, "timepoint", "P10W") not in found


def test_a_decline_named_before_the_measure_signs_the_arms_numbers():
    found = facts(f"In the XY-123 trial (NCT00000001), the mean decline in the {SCALE} (ARS) from baseline to month 6 "
                  "was 3.65 (0.61 per month) in the XY-123 group compared to 4.90 (0.82 per month) in the placebo group.")
    assert {(f"{SCALE} (XY-123)", "change", "-3.65"), (f"{SCALE} (placebo)", "change", "-4.9")} <= found
    # (the signed numbers say which way it moved: no direction beside them)
    assert not any(p == "direction" for _, p, _ in found)


def test_a_direction_is_told_where_the_text_gives_it_in_words_alone():
    found = facts(ALLOCATED + "XY-123 lowered zeta titres compared with placebo.")
    assert any(p == "direction" and v == "decreased" for _, p, v in found)


def test_additional_end_points_after_the_primary_are_secondary():
    found = facts(f"In the XY-123 trial (NCT00000001), the primary end point was the {SCALE} (ARS) with additional end "
                  "points including overall survival.")
    assert (SCALE, "outcomeRole", "primary") in found and ("overall survival", "outcomeRole", "secondary") in found
    assert ("overall survival", "outcomeRole", "primary") not in found


def test_a_scale_known_only_by_its_letters_is_a_measure_labelled_as_the_document_defines_it():
    found = facts("In the ZETA trial (NCT01234567), the ABCD score fell with XY-123 versus placebo (p=0.02).")
    assert any(p == "measure" and o == "ABCD" for s, p, o in found)
    defined = facts("The trial (NCT01234567) used the Acme Distress Index (ADI). The ADI score fell by 4.1 points with "
                    "XY-123 versus placebo (p=0.02).")
    assert any(p == "measure" and o == "Acme Distress Index" for s, p, o in defined)
    assert not any(p == "measure" and o == "ADI" for s, p, o in defined)


def test_the_treatment_arm_is_the_arm_of_the_documents_therapy():
    found = facts("XY-123 trial results\n\nIn the trial (NCT01234567), the change in HAM-A score in the treatment arm "
                  "was -9.4 compared to -5.2 in the placebo arm (p=0.002).")
    assert {("HAM-A (XY-123)", "change", "-9.4"), ("HAM-A (placebo)", "change", "-5.2")} <= found


def test_a_change_set_against_another_arms_number_is_no_value_of_the_measure():
    found = facts("In the trial (NCT01234567), those on XY-123 had a mean reduction in body mass index of 12.4%, "
                  "compared with an increase of 1.8% with placebo at week 40.")
    assert not any(s == "body mass index" and p == "value" for s, p, o in found)


def test_a_studys_aim_of_efficacy_and_safety_is_no_safety_endpoint():
    found = facts("The XY-123 trial (NCT00000001) was randomized. The primary objective was to evaluate the efficacy and "
                  "safety of XY-123 in adults with gout.")
    assert not any(s == "safety" for s, _, _ in found)
    found = facts("The XY-123 trial (NCT00000001) was randomized. The primary endpoint was safety.")
    assert ("safety", "outcomeRole", "primary") in found


@pytest.mark.parametrize("joined", ["; s", ", and s", ", while s"])
def test_safety_one_role_names_beside_another_roles_list(joined):
    found = facts("The XY-123 trial (NCT00000001) is enrolling adults with zeta tumors. The primary endpoints are safety "
                  f"and tolerability{joined}econdary endpoints include pharmacokinetics and the objective response rate.")
    assert ("safety and tolerability", "outcomeRole", "primary") in found
    assert ("objective response rate", "outcomeRole", "secondary") in found
    assert not any(role == "outcomeRole" and value == "primary" for s, role, value in found if s != "safety and tolerability")
    assert not any("include" in s for s, _, _ in found)


@pytest.mark.parametrize("listed, label", [
    ("Secondary endpoints were the objective response rate, overall survival, and safety.", "safety"),
    ("Key secondary endpoints consisted of the objective response rate, overall survival and safety and "
     "tolerability.", "safety and tolerability"),
    ("Secondary outcomes included safety and tolerability, the objective response rate and overall survival.",
     "safety and tolerability"),
    ("Main secondary endpoints are the objective response rate, overall survival, safety and zeta burden.", "safety"),
])
def test_safety_listed_first_or_last_among_a_roles_measures_is_one_of_them(listed, label):
    found = facts("The XY-123 trial (NCT00000001) is enrolling adults with zeta tumors. " + listed)
    assert {(label, "outcomeRole", "secondary"), ("overall survival", "outcomeRole", "secondary"),
            ("objective response rate", "outcomeRole", "secondary")} <= found
    assert not any(p == "outcomeRole" and o == "primary" for _, p, o in found)


@pytest.mark.parametrize("said", [
    "Other outcomes included overall survival, the objective response rate and safety.",     # (no role)
    "XY-123's primary objective was assessing safety and tolerability.",                      # ("and" inside the name)
    "Secondary endpoints were the objective response rate and overall survival; safety was acceptable.",
])
def test_safety_outside_a_roles_list_or_inside_its_own_name_is_no_listed_item(said):
    found = facts("The XY-123 trial (NCT00000001) is enrolling adults with zeta tumors. " + said)
    assert not any(p == "outcomeRole" and s in ("safety", "tolerability", "y") for s, p, _ in found)
    assert not any(s in ("y", "tolerability") for s, _, _ in found)


def test_one_measure_another_role_lists_gets_that_roles_name_only():
    found = facts("The XY-123 trial (NCT00000001) is enrolling adults with zeta tumors. The primary endpoint is overall "
                  "survival in week 40; secondary endpoints include pharmacokinetics and the objective response rate.")
    assert ("objective response rate", "outcomeRole", "secondary") in found
    assert ("objective response rate", "outcomeRole", "primary") not in found


def test_values_respectively_before_any_comparison_are_the_allocated_arms_in_order():
    found = facts("In the ZETA trial (NCT01234567), adults were randomized to XY-123 or AB-77. Median zeta-free survival "
                  "was 19.3 and 11.7 months, respectively.")
    assert {("zeta-free survival (XY-123)", "value", "19.3"), ("zeta-free survival (AB-77)", "value", "11.7")} <= found


@pytest.mark.parametrize("said", [
    "Overall zeta follow-up rates were 52.6% and 57.9% at 4 and 8 weeks, respectively.",        # times, not arms
    "Zeta and beta levels in the XY-123 group fell by 11.6% and 16.9% respectively.",            # measures of one arm
])
def test_values_respectively_of_times_or_of_one_arm_are_not_the_allocated_arms(said):
    found = facts("In the ZETA trial (NCT01234567), adults were randomized to XY-123 or AB-77. " + said)
    assert not any(s.endswith("(AB-77)") for s, _, _ in found)


def test_a_primary_endpoint_named_after_of():
    found = facts("The XY-123 trial (NCT00000001), a Phase 3 study to evaluate the efficacy and safety of XY-123 in gout, "
                  "did not meet its primary endpoint of complete resolution of flares after six weeks.")
    label = "complete resolution of flares"         # (read after six weeks: its timepoint)
    assert {(label, "outcomeRole", "primary"), (label, "significant", "False"), (label, "timepoint", "P6W")} <= found
    assert not any(s == "safety" for s, _, _ in found)


def test_what_the_drug_did_is_no_endpoints_name():
    for said in ("XY-123 met its key secondary endpoint of separating from placebo on the zeta scale.",
                 "XY-123 missed the primary endpoint of statistically-significant reduction of flares."):
        found = facts("The XY-123 trial (NCT00000001) was randomized. " + said)
        assert not any(p == "outcomeRole" for _, p, _ in found), said


def test_an_improvement_in_survival_given_as_medians_is_no_change():
    found = facts("The XY-123 trial (NCT00000001) was randomized. An updated analysis showed improvement in overall "
                  "survival (OS), with a median OS of 15.1 months with XY-123 vs. 11.6 months with placebo.")
    assert ("overall survival (XY-123)", "value", "15.1") in found and not any(p == "change" for _, p, _ in found)


def test_a_primary_outcome_event_written_with_a_hyphen():
    found = facts(f"The XY-123 trial (NCT00000001) was randomized. The primary outcome was the {SCALE} (ARS). "
                  "Adults were followed for a year. A primary-outcome event occurred in 12 patients (6.1%) in the XY-123 group and in 20 patients (10.2%) "
                  "in the placebo group (relative risk, 0.60; 95% CI, 0.30 to 1.20).")
    assert {(SCALE, "effectMeasure", "relative risk"), (SCALE, "effect", "0.6")} <= found


def test_an_event_opening_a_sentence_that_weighs_the_arms_is_its_measure():
    found = facts("The XY-123 trial (NCT00000001) was randomized. Serious zeta events (the primary safety outcome) "
                  "occurred in 9 patients (1.5%) in the XY-123 group and in 3 patients (0.5%) in the placebo group "
                  "(hazard ratio, 2.4; 95% CI, 1.1 to 5.2).")
    label = "serious zeta events"
    assert {(label, "effectMeasure", "hazard ratio"), (f"{label} (XY-123)", "value", "1.5")} <= found
    assert not any(s == "safety" for s, _, _ in found)
    # an event without an estimate weighing the arms is an adverse event, read elsewhere
    found = facts("The XY-123 trial (NCT00000001) was randomized. Headache occurred in 12 patients (6.0%).")
    assert not any(p == "hasOutcome" for _, p, _ in found)


def test_counted_events_fell_by_values_given_respectively():
    found = facts("The XY-123 trial (NCT00000001) was randomized. After 10 weeks the number of zeta days fell by 3.4 and "
                  "1.2 days in the XY-123 and control groups, respectively.")
    assert {("number of zeta days (XY-123)", "change", "-3.4"), ("number of zeta days (control)", "change", "-1.2")} <= found


def test_a_pair_without_arms_takes_the_two_arms_its_clause_names():
    found = facts(f"The XY-123 trial (NCT00000001) was randomized. The primary endpoint was the {SCALE} (ARS). "
                  "The ARS fell more in the XY-123 versus placebo arms (13.4% vs 24.0%; odds ratio, 0.52).")
    assert {(f"{SCALE} (XY-123)", "value", "13.4"), (f"{SCALE} (placebo)", "value", "24.0")} <= found
    # three arms named: no guess
    found = facts(f"The XY-123 trial (NCT00000001) was randomized. The primary endpoint was the {SCALE} (ARS). "
                  "The ARS fell more with aspirin than with placebo or warfarin (13.4% vs 24.0%).")
    assert not any("(" in s for s, _, _ in found)


def test_the_therapy_a_sentence_opens_on_takes_the_first_number_of_a_pair():
    found = facts(f"The XY-123 trial (NCT00000001) was randomized. The primary endpoint was the {SCALE} (ARS). "
                  "XY-123 plus chemotherapy gave a median ARS of 15.4 versus 11.8 in patients receiving placebo.")
    assert {(f"{SCALE} (XY-123)", "value", "15.4"), (f"{SCALE} (placebo)", "value", "11.8")} <= found


def test_an_event_opening_a_sentence_that_gives_each_arm_its_share_is_the_measure():
    found = facts("The ZETA trial (NCT00000001) was randomized. Remission occurred in 40% of patients receiving aspirin "
                  "and 20% of those receiving placebo.")
    assert {("remission (Aspirin)", "value", "40.0"), ("remission (placebo)", "value", "20.0")} <= found
    # harms' rates per arm are adverse events, not outcomes
    found = facts("The ZETA trial (NCT00000001) was randomized. Injection-site adverse events occurred in 3.3% of "
                  "patients receiving aspirin and 1.2% of those receiving placebo.")
    assert not any(p == "value" for _, p, _ in found)


def test_the_risk_of_an_event_just_named_as_the_endpoint_is_that_endpoint():
    found = facts("The ZETA trial (NCT00000001) was randomized. The primary endpoint was the time to first severe flare. "
                  "Aspirin cut the risk of flare compared with placebo (hazard ratio, 0.58; 95% CI, 0.41 to 0.82).")
    assert ("time to first severe flare", "effect", "0.58") in found
    assert not any(s.startswith("risk of") for s, _, _ in found)


def test_an_arm_of_placebo_given_with_a_drug_is_the_placebo_arm():
    found = facts("The ZETA trial (NCT00000001) was randomized. The overall survival rate was 27.1% with aspirin plus "
                  "warfarin and 18.9% with placebo plus warfarin.")
    assert {("overall survival (Aspirin plus Warfarin)", "value", "27.1"), ("overall survival (placebo)", "value", "18.9")} <= found


def test_a_response_defined_by_its_letters_takes_the_numbers_given_for_its_letters():
    found = facts("The ZETA trial (NCT00000001) was randomized. The primary endpoint was the achievement of ZD Clinical "
                  "Response (ZiDCR) at week 16. ZiDCR was achieved by 52.4% of patients with aspirin 150mg, 47.9% with "
                  "aspirin 300mg, and 36.2% with placebo.")
    assert {("ZD Clinical Response (Aspirin 150 mg)", "value", "52.4"),
            ("ZD Clinical Response (placebo)", "value", "36.2")} <= found


def test_a_bracket_with_a_semicolon_does_not_end_the_clause_that_names_the_arms():
    found = facts("The ZETA trial (NCT00000001) was randomized. For PFS, aspirin plus warfarin reduced the risk of "
                  "progression (HR=0.44 [95% CI: 0.35-0.56]; p<0.001) with a median PFS of 21.7 months versus 8.6 months "
                  "for heparin.")
    assert {("progression-free survival (Aspirin plus Warfarin)", "value", "21.7"), ("progression-free survival (Heparin)", "value", "8.6")} <= found


def test_a_baseline_with_its_spread_and_a_baseline_named_before_the_measure():
    found = facts(f"The ZETA trial (NCT00000001) measured the {SCALE} (ARS). The mean ARS improved from 57.4±9 letters at "
                  "baseline to 61.2±12 letters at week 20 (P=0.03).")
    assert {(SCALE, "baseline", "57.4"), (SCALE, "value", "61.2")} <= found
    found = facts(f"The ZETA trial (NCT00000001) measured the {SCALE} (ARS). From a mean baseline ARS of 7.9%, adults "
                  "on aspirin reached lower levels.")
    assert (SCALE, "baseline", "7.9") in found and not any(p == "value" for _, p, _ in found)


def test_the_risk_of_a_survival_endpoints_events_is_that_endpoint_where_the_text_names_it():
    found = facts("The ZETA trial (NCT00000001) was randomized. Progression-free survival was the primary endpoint. "
                  "Aspirin cut the risk of disease progression or death by 40% (hazard ratio, 0.60; 95% CI, 0.45 to 0.80).")
    assert ("progression-free survival", "effect", "0.6") in found
    assert not any(s.startswith("risk of") for s, _, _ in found)


def test_a_headlines_risk_is_no_measure():
    from kg.text.measures import find_measures
    assert not find_measures("XY Plus AB Reduced Risk of Disease Progression or Death by 57% Versus CD")


def test_the_arms_results_are_given_for_are_the_trials_arms():
    doc = parse_document("Headline\n\nThe ZETA trial (NCT00000001) was randomized. Remission occurred in 40% of patients "
                         "receiving aspirin and 20% of those receiving placebo. In the extension, the ARS fell 2.1 points "
                         "in the early-start group and 3.4 points in the late-start group.", "t.txt")
    found = {(f.subject.label, f.predicate, f.object_text) for f in OutcomeExtractor().extract(doc)}
    arms = {o for s, p, o in found if p == "armLabel"}
    assert arms == {"Aspirin", "placebo"}
    assert ("Aspirin", "armIntervention", "Aspirin") in found and not any(s == "placebo" and p == "armIntervention"
                                                                           for s, p, _ in found)


def test_a_verdict_before_a_list_of_measures_is_each_ones():
    found = facts("The ZETA trial (NCT00000001) was randomized. Aspirin showed statistically significant improvements "
                  "versus placebo in progression-free survival (PFS), overall survival (OS) and confirmed objective "
                  "response rate (ORR).")
    assert {(m, "significant", "True") for m in ("progression-free survival", "overall survival",
                                                  "objective response rate")} <= found


def test_a_result_for_two_therapies_given_together_is_the_arm_of_both():
    found = facts(f"The XY-123 trial (NCT00000001) was randomized. The primary endpoint was the {SCALE} (ARS). "
                  "ARS response occurred in 41% with XY-123 plus AB-77 versus 20% with AB-77 alone (p=0.01).")
    assert {(f"{SCALE} (XY-123 plus AB-77)", "value", "41.0"), (f"{SCALE} (AB-77)", "value", "20.0"),
            ("XY-123 plus AB-77", "armIntervention", "XY-123"), ("XY-123 plus AB-77", "armIntervention", "AB-77")} <= found


def test_what_a_share_of_each_arm_achieved_is_the_measure_of_their_numbers():
    found = facts("The ZETA trial (NCT00000001) was randomized. At week 12, 64% of XY-123-treated patients achieved "
                  "ZV normalization compared to 16% of placebo-treated patients (p<0.001).")
    assert {("ZV normalization (XY-123)", "value", "64.0"), ("ZV normalization (placebo)", "value", "16.0"),
            ("ZV normalization", "significant", "True")} <= found


def test_estimates_listed_one_per_event_go_to_each_events_outcome():
    found = facts("The ZETA trial (NCT00000001) was randomized. The hazard ratios were 0.79 (95% CI, 0.41 to 1.48) for "
                  "death from zeta causes, 0.88 (95% CI, 0.61 to 1.27) for zeta infarction, and 0.31 (95% CI, 0.12 to "
                  "0.77) for urgent zeta admission.")
    assert {("death from zeta causes", "effect", "0.79"), ("death from zeta causes", "ciHigh", "1.48"),
            ("zeta infarction", "effect", "0.88"), ("urgent zeta admission", "ciLow", "0.12"),
            ("urgent zeta admission", "effectMeasure", "hazard ratio")} <= found


def test_a_plural_role_gives_its_role_to_each_measure_its_list_names():
    found = facts("The ZETA trial (NCT00000001) was randomized. XY-123 met its co-primary efficacy endpoints, showing "
                  f"significant improvement over placebo in the {SCALE} (ARS) (p=0.02) and the CGI-I (p=0.003).")
    assert {(SCALE, "outcomeRole", "primary"), ("CGI-I", "outcomeRole", "primary"), ("CGI-I", "pValue", "0.003"),
            (SCALE, "pValue", "0.02")} <= found


def test_an_arm_named_by_what_it_received_before_its_number_and_a_distance_in_metres():
    found = facts("The ZETA trial (NCT00000001) was randomized. The median PFS in the group receiving XY-123 was 9.3 "
                  "months (95% CI, 5.9-14.2) and 5.2 months (95% CI, 3.8-6.1) in the ZB-701 monotherapy group. The "
                  "six-minute walk distance was 29.7 m (95% CI, 24.1 to 35.2) in the XY-123 group and 2.4 m (95% CI, "
                  "-1.6 to 6.3) in the ZB-701 group.")
    assert {("progression-free survival (XY-123)", "value", "9.3"), ("progression-free survival (ZB-701)", "value", "5.2"),
            ("six-minute walk distance (XY-123)", "value", "29.7")} <= found


def test_an_arms_number_at_a_second_timepoint_is_an_outcome_of_its_own():
    found = facts("The ZETA trial (NCT00000001) was randomized. The median PFS was 9.3 months with XY-123 and 5.2 "
                  "months with placebo. The PFS rate at 12 months was 44.1% with XY-123 and 31.5% with placebo.")
    assert {("progression-free survival (XY-123)", "value", "9.3"), ("progression-free survival (XY-123)", "value", "44.1"),
            ("progression-free survival (placebo)", "value", "31.5")} <= found


def test_the_quantity_a_change_is_given_in_arm_by_arm_is_the_measure_even_where_a_drug_has_its_name():
    found = facts("The ZETA trial (NCT00000001) was randomized. The mean percent reduction in uric acid at 12 months "
                  "was 39.6% in the XY-123 group vs. 5.2% in the placebo group (p<0.001).")
    assert {("uric acid (XY-123)", "change", "-39.6"), ("uric acid (placebo)", "change", "-5.2")} <= found


def test_an_age_is_no_timepoint():
    found = facts(f"The ZETA trial (NCT00000001) was randomized. Patients 15 to 45 years of age had a change in the "
                  f"{SCALE} (ARS) of -1.5 with XY-123 versus 0.9 with placebo.")
    assert not any(p == "timepoint" for _, p, _ in found)


def test_safety_beside_a_role_phrase_is_no_outcome_of_that_role():
    found = facts("The ZETA trial (NCT00000001) was randomized. The components of the primary end point and safety "
                  "were also assessed.")
    assert not any(s == "safety" for s, _, _ in found)
    found = facts("The ZETA trial (NCT00000001) was randomized. The primary objective was to evaluate safety.")
    assert ("safety", "outcomeRole", "primary") in found


def test_shares_given_respectively_after_a_timepoint_for_a_threshold_written_after_its_measure():
    found = facts("The ZETA trial (NCT00000001) was randomized. At 20 weeks, 47%, 31%, and 9% of the participants in "
                  "the 1200 mg XY-123 group, 600 mg XY-123 group, and the placebo group, respectively, had an increase "
                  "of zeta score of more than 4 points.")
    label = "increase of zeta score of more than 4 points"
    assert {(f"{label} (XY-123 1200 mg)", "value", "47.0"), (f"{label} (placebo)", "value", "9.0")} <= found


def test_a_list_of_measures_after_including_takes_the_role_and_the_verdict_after_it():
    found = facts("The ZETA trial (NCT00000001) was randomized. Other secondary efficacy measures, including zeta "
                  "improvement, Acme class, and zeta signs, did not differ significantly between XY-123 and placebo.")
    assert {("zeta improvement", "outcomeRole", "secondary"), ("Acme class", "outcomeRole", "secondary"),
            ("zeta signs", "outcomeRole", "secondary"), ("zeta improvement", "significant", "False"),
            ("Acme class", "significant", "False")} <= found


def test_months_as_mo_counts_with_their_share_before_the_group_and_a_control_named_by_its_short_form():
    found = facts("The ZETA trial (NCT00000001) randomized patients to XY-123 or placebo (PBO). OS was 13.4 mo in the "
                  "XY-123 arm and 10.9 mo in the placebo arm (HR: 0.88; p=0.402). Primary outcome events occurred in "
                  "512 (17.2%) patients in the XY-123 group and 561 (18.8%) patients in the placebo group. Survival "
                  "improved with XY-123 vs PBO (median PFS, 31.2 vs 26.5 mo).")
    assert {("overall survival (XY-123)", "value", "13.4"), ("overall survival (placebo)", "value", "10.9"),
            ("progression-free survival (XY-123)", "value", "31.2"),
            ("progression-free survival (placebo)", "value", "26.5")} <= found


def test_groups_named_by_what_they_got_and_an_endpoint_defined_with_its_parts():
    found = facts("The ZETA trial (NCT00000001) was randomized. The composite primary endpoint was the occurrence of "
                  "any zeta complication (zeta relapse, zeta abscess, and all-cause mortality) within 60 days. In the "
                  "early switch group, 17/121 (14%) participants reached the primary endpoint versus 12/119 (10%) in "
                  "the delayed switch group.")
    label = "occurrence of any zeta complication"
    assert {(label, "outcomeRole", "primary"), (f"{label} (early switch)", "value", "14.0"),
            (f"{label} (delayed switch)", "value", "10.0")} <= found
    assert not any(s.startswith("all-cause mortality") for s, _, _ in found)
    assert not any(p == "significant" for _, p, _ in found)       # people who reached it: no verdict


def test_a_quantity_a_sentence_says_changed_arm_by_arm_is_the_measure_of_the_changes():
    found = facts("The ZETA trial (NCT00000001) was randomized. At 10 weeks zeta voids decreased by an adjusted mean "
                  "of 2.3 episodes per day for XY-123 vs 1.1 for placebo (p<0.001). Among older patients zeta "
                  "leaks decreased by an adjusted mean 2.6 episodes per day for XY-123 vs 1.2 for placebo.")
    assert {("zeta voids (XY-123)", "change", "-2.3"), ("zeta voids (placebo)", "change", "-1.1"),
            ("zeta leaks (XY-123)", "change", "-2.6"), ("zeta leaks (placebo)", "change", "-1.2")} <= found
    assert not any(s.startswith("zeta voids") and o == "2.6" for s, _, o in found)
    found = facts("The ZETA trial (NCT00000001) was randomized. Scores fell by 3.1 with XY-123 vs 1.2 with placebo.")
    assert not any(s.startswith("Scores") or s.startswith("scores") for s, _, _ in found)


def test_a_window_in_a_measures_name_is_no_timepoint():
    found = facts("The ZETA trial (NCT00000001) was randomized. A 50% or greater reduction in the 3-month mean zeta "
                  "days was reached by 52% with XY-123 and 27% with placebo.")
    assert not any(p == "timepoint" for _, p, _ in found)



def test_a_chemotherapy_control_group_and_a_combination_with_chemotherapy_are_arms():
    found = facts("The ZETA trial (NCT00000001) was randomized. Survival was longer in the XY-123 group than in the "
                  "chemotherapy group (median overall survival, 11.4 vs. 7.9 months; hazard ratio for death, 0.72).")
    assert {("overall survival (XY-123)", "value", "11.4"), ("overall survival (chemotherapy)", "value", "7.9")} <= found
    found = facts("The ZETA trial (NCT00000001) was randomized. XY-123 plus chemotherapy gave a median overall "
                  "survival of 15.1 months versus 9.8 months in patients receiving chemotherapy plus placebo.")
    assert {("overall survival (XY-123)", "value", "15.1"), ("overall survival (placebo)", "value", "9.8")} <= found
    found = facts("The ZETA trial (NCT00000001) was randomized. XY-123 led to longer overall survival vs chemo "
                  "(median, 10.4 vs 7.7 months; HR, 0.66).")
    assert {("overall survival (XY-123)", "value", "10.4"), ("overall survival (chemo)", "value", "7.7")} <= found
    assert not any("chemotherapy-naive" in s for s, _, _ in facts(
        "The ZETA trial (NCT00000001) was randomized in chemotherapy-naive men. Median survival was 12.0 months in the "
        "XY-123 group and 10.0 months in the placebo group."))


def test_shares_after_the_groups_with_their_counts_and_a_positivity_marker_before_the_drug():
    found = facts("The ZETA trial (NCT00000001) was randomized. More ZR-Ab+ XY-123-treated patients reached zeta "
                  "remission compared to placebo-treated patients (38.0% [n=25/66] vs 12.1% [n=8/66; P<0.001]).")
    assert {("zeta remission (XY-123)", "value", "38.0"), ("zeta remission (placebo)", "value", "12.1")} <= found


def test_a_share_of_patients_who_had_a_state_of_its_own_does_not_continue_the_last_measure():
    found = facts("The ZETA trial (NCT00000001) was randomized. Patients receiving XY-123 had a mean change of 12.2 on "
                  "the Acme Rating Scale compared with a change of 3.7 for patients receiving placebo (p<0.001). At week "
                  "24, 63% of patients receiving XY-123 had an improvement from baseline of at least one grade in zeta "
                  "vision, compared to 25% of patients receiving placebo (p=0.001).")
    assert not any(o in ("63.0", "25.0") and s.startswith("Acme") for s, _, o in found)
    assert {("improvement from baseline of at least one grade in zeta vision (XY-123)", "value", "63.0"),
            ("improvement from baseline of at least one grade in zeta vision (placebo)", "value", "25.0")} <= found


def test_an_arm_named_as_the_subject_and_a_change_said_again_after_compared_with():
    found = facts("The ZETA trial (NCT00000001) was randomized. Patients receiving XY-123 had a mean change of 12.6 on "
                  "the Acme Rating Scale compared with a change of 3.9 for patients receiving placebo (p<0.001).")
    assert {("Acme Rating Scale (XY-123)", "change", "12.6"), ("Acme Rating Scale (placebo)", "change", "3.9")} <= found


def test_cases_of_a_disease_and_deaths_counted_in_each_arm():
    found = facts("The ZETA trial (NCT00000001) was randomized. The interim analysis found 48 cases of COVID-19 in the "
                  "placebo group compared to 5 cases in the XY-123 group. There were 7 deaths in the placebo group and "
                  "2 deaths in the XY-123 group.")
    assert {("COVID-19 (placebo)", "value", "48.0"), ("COVID-19 (XY-123)", "value", "5.0"),
            ("death (placebo)", "value", "7.0"), ("death (XY-123)", "value", "2.0")} <= found


def test_numbers_set_before_the_trial_they_are_given_for_go_to_that_trial():
    doc = parse_document("Headline\n\nThe phase 3 ZETA I trial and the ZETA II trial tested XY-123 against placebo in gout.\n\n"
                         "Higher zeta response rates were seen with XY-123 vs. placebo in both trials: 44% vs. 27% in ZETA I "
                         "(odds ratio [OR], 2.11), and 55% vs. 31% in ZETA II (OR, 2.41).", "t.txt")
    found = {(f.subject.key, f.predicate, f.object_text) for f in OutcomeExtractor().extract(doc) if f.predicate in
             ("value", "effect")}
    by_trial = {}
    for subject, predicate, value in found:
        by_trial.setdefault("ZETA II" if "zeta-ii" in subject.lower() else "ZETA I", set()).add(value)
    assert by_trial == {"ZETA I": {"44.0", "27.0", "2.11"}, "ZETA II": {"55.0", "31.0", "2.41"}}


def test_values_given_respectively_go_to_the_measures_named_before_them_per_arm():
    found = facts("The ZETA trial (NCT00000001) was randomized. Median overall survival and progression-free survival "
                  "were 14.2 months and 6.3 months, respectively, for patients in the XY-123 arm, in comparison with 12.0 "
                  "months and 5.1 months, respectively, for patients in the placebo arm.")
    assert {("overall survival (XY-123)", "value", "14.2"), ("progression-free survival (XY-123)", "value", "6.3"),
            ("overall survival (placebo)", "value", "12.0"), ("progression-free survival (placebo)", "value", "5.1")} <= found
    found = facts("The ZETA trial (NCT00000001) was randomized to the control arm (ZC) or the XY-123 arm (ZX). Median "
                  "overall survival and progression-free survival were 14.2 months and 6.3 months, respectively, for "
                  "patients in the ZC arm, in comparison with 15.0 months and 7.1 months, respectively, for patients in the "
                  "ZX arm.")
    assert {("overall survival (ZC)", "value", "14.2"), ("progression-free survival (ZX)", "value", "7.1")} <= found


def test_a_short_form_in_the_plural_and_values_given_respectively_with_the_arms_compared_last():
    found = facts("The ZETA trial (NCT00000001) was randomized. Patients on XY-123 had an annualized bleeding rate (ABR) "
                  "of 0.071 compared with patients receiving AB-77 (0.183). The results were similar at week 96, with "
                  "ABRs of 0.094 and 0.171, respectively.")
    values = {(s, o) for s, p, o in found if p == "value"}
    assert {("annualized bleeding rate (XY-123)", "0.071"), ("annualized bleeding rate (AB-77)", "0.183")} <= values
    assert {"0.094", "0.171"} <= {o for _, o in values}


def test_a_share_that_achieved_a_remission_named_after_the_number():
    found = facts("The ZETA trial (NCT00000001) was randomized. At week 26, patients in the XY-123 group achieved 41% "
                  "remission, compared with 19% remission in the placebo group.")
    assert {("remission (XY-123)", "value", "41.0"), ("remission (placebo)", "value", "19.0")} <= found


def test_a_group_named_by_its_dose_alone_is_the_documents_therapy_at_that_dose():
    found = facts("The XY-123 trial (NCT00000001) randomised adults to XY-123 5 mg, XY-123 10 mg or placebo. "
                  f"The {SCALE} (ARS) response was 41% in the 10 mg group, 33% in the 5 mg group and 12% in the placebo group.")
    assert {(f"{SCALE} (XY-123 10 mg)", "value", "41.0"), (f"{SCALE} (XY-123 5 mg)", "value", "33.0"),
            (f"{SCALE} (placebo)", "value", "12.0")} <= found


def test_a_time_the_result_is_said_not_to_hold_at_is_no_timepoint():
    from kg.extractors.outcome_measures import timepoints
    assert timepoints("Rates were higher throughout except at month 2, and at week 12.") == [(55, "P12W")]


def test_a_listed_scale_inside_the_bracket_that_defines_the_outcome_is_no_outcome_of_its_own():
    found = facts("The XY-123 trial (NCT00000001) was placebo-controlled. Exploratory endpoints included confirmed "
                  "disability progression (a 1-point Expanded Disability Status Scale increase) at week 48.")
    assert ("confirmed disability progression", "outcomeRole", "exploratory") in found
    assert not any("Expanded" in s or s == "EDSS" for s, _, _ in found)


def test_a_sentence_that_names_its_own_quantity_does_not_go_on_about_the_last_measure():
    text = (f"The XY-123 trial (NCT00000001) was placebo-controlled. The {SCALE} (ARS) score fell by 2.1 with XY-123 "
            "and by 1.2 with placebo. There was no difference between groups in the rate of successful treatment (9.0% "
            "with XY-123 and 4.5% with placebo; p = 0.84).")
    values = {(s, o) for s, p, o in facts(text) if p in ("value", "change")}
    assert (f"{SCALE} (XY-123)", "-2.1") in values
    assert not {(s, o) for s, o in values if s.startswith(SCALE) and o in ("9.0", "4.5")}


def test_a_list_of_measures_ends_where_a_clause_gives_others_another_role():
    text = ("The XY-123 trial (NCT00000001) was placebo-controlled. The primary endpoints were the Acme Rating Scale "
            "(ARS) and the Beta Rating Scale (BRS), with the Gamma Rating Scale (GRS) and the Delta Rating Scale (DRS) "
            "used as secondary endpoints.")
    roles = {(s, o) for s, p, o in facts(text) if p == "outcomeRole"}
    assert roles == {("Acme Rating Scale", "primary"), ("Beta Rating Scale", "primary"),
                     ("Gamma Rating Scale", "secondary"), ("Delta Rating Scale", "secondary")}


@pytest.mark.parametrize("listing", [
    "The primary endpoints were zeta remission (defined as an Acme Rating Scale score below 10) and endoscopic response "
    "(defined as a decrease in the Beta Rating Scale of 50% or more).",
    "The primary endpoints for the first part (week 10) and the second part (week 40) were zeta remission (an Acme Rating "
    "Scale score below 10 of 60) and endoscopic response (a decrease in the Beta Rating Scale of half or more).",
    "The primary endpoints were zeta remission (an Acme Rating Scale score below 10 [range, 0 to 60, with higher scores "
    "worse]) and endoscopic response.",
])
def test_a_role_lists_measures_past_their_bracketed_definitions_and_a_scope_before_its_verb(listing):
    text = f"The XY-123 trial (NCT00000001) compared XY-123 with placebo. {listing.replace('zeta remission', 'clinical remission')}"
    roles = {(s, o) for s, p, o in facts(text) if p == "outcomeRole"}
    assert roles == {("clinical remission", "primary"), ("endoscopic response", "primary")}


@pytest.mark.parametrize("sentence, measure", [
    ("The primary endpoint was the time-weighted sum of the zeta pain difference (SZPD).",
     "time-weighted sum of the zeta pain difference"),
    ("The primary endpoint was the sum of the zeta pain difference from 0 to 24 hours (SZPD24).",
     "sum of the zeta pain difference from 0 to 24 hours"),
    ("The primary endpoint was the area under the zeta curve from baseline to week 12.",
     "area under the zeta curve from baseline to week 12"),
    # (no time at all is no part of it)
    ("The primary outcome was birth with zeta syndrome at any time after the first dose.", "birth with zeta syndrome"),
])
def test_a_role_names_a_phrase_opened_by_a_compound_participle_or_ending_on_a_window(sentence, measure):
    roles = {(s, o) for s, p, o in facts(f"The XY-123 trial (NCT00000001) compared XY-123 with placebo. {sentence}")
             if p == "outcomeRole"}
    assert roles == {(measure, "primary")}


def test_a_role_measure_named_as_a_phrase_stays_beside_a_known_measure_added_to_it():
    text = ("The XY-123 trial (NCT00000001) compared XY-123 with placebo. XY-123 met the primary endpoint of the "
            f"time-weighted sum of the zeta pain difference (SZPD) as well as a reduction in the {SCALE} (ARS).")
    measures = {s for s, p, o in facts(text) if p == "outcomeRole"}
    assert "time-weighted sum of the zeta pain difference" in measures


def test_a_second_comparisons_interval_is_not_given_to_the_first_estimate():
    text = (f"The XY-123 trial (NCT00000001) compared XY-123 with placebo. The {SCALE} (ARS) score was lower with XY-123 "
            "than with placebo (odds ratio, 0.52), but did not differ from AB-7 (odds ratio, 0.77; 95% CI, 0.41 to 1.58).")
    found = {(p, o) for s, p, o in facts(text) if s == SCALE}
    assert ("effect", "0.52") in found and not {p for p, _ in found} & {"ciLow", "ciHigh"}


def test_one_arm_said_better_before_a_bracketed_pair_is_first_and_the_trials_control_second():
    text = (f"In the XY-123 trial (NCT00000001), adults were randomized to XY-123 or placebo. The {SCALE} (ARS) score "
            "was higher in the XY-123 group (41 vs 23, P = 0.02).")
    values = {(s, o) for s, p, o in facts(text) if p == "value"}
    assert values == {(f"{SCALE} (XY-123)", "41.0"), (f"{SCALE} (placebo)", "23.0")}


def test_an_arm_is_labelled_by_the_name_the_text_writes_for_its_drug():
    # the lexicon files "lignocaine" under Lidocaine; a text that never writes "lidocaine" keeps its own name
    text = (f"In the trial (NCT00000001), adults were randomized to lignocaine 2 mg or placebo. The {SCALE} (ARS) "
            "score fell by 4.1 with lignocaine 2 mg and by 1.2 with placebo.")
    found = facts(text)
    assert (f"{SCALE} (Lignocaine 2 mg)", "change", "-4.1") in found
    assert not [s for s, _, _ in found if "Lidocaine" in s]


def test_a_pair_that_names_no_arm_is_the_drugs_then_the_controls_in_a_two_arm_trial():
    text = (f"In the XY-123 trial (NCT00000001), adults were randomized to XY-123 or placebo. The {SCALE} (ARS) score "
            "at week 12 was 2.9 versus 3.4 (p=0.004).")
    values = {(s, o) for s, p, o in facts(text) if p == "value"}
    assert values == {(f"{SCALE} (XY-123)", "2.9"), (f"{SCALE} (placebo)", "3.4")}
    # with dose groups the order says nothing
    text = text.replace("to XY-123 or placebo", "to XY-123 5 mg, XY-123 10 mg or placebo")
    assert not {o for s, p, o in facts(text) if p == "value"}


def test_an_endpoint_of_efficacy_in_a_disease_names_no_measure():
    found = facts("In the XY-123 trial (NCT00000001), the study met its primary endpoint of efficacy in the treatment "
                  "of zeta fever (p = 0.04).")
    assert not [o for _, p, o in found if p == "measure" and o.lower().startswith("efficacy")]


def test_numbers_in_an_unknown_layout_go_to_the_arms_in_the_order_they_are_named():
    opening = f"The XY-123 trial (NCT00000001) compared XY-123 with placebo on the {SCALE} (ARS). "
    found = facts(opening + "ARS changes in XY-123 (-1.6 ± 0.7) and placebo (0.9 ± 0.6) patients differed by -2.5 "
                            "(p = 0.01).")
    assert {(f"{SCALE} (XY-123)", "change", "-1.6"), (f"{SCALE} (placebo)", "change", "0.9")} <= found
    found = facts(opening + "The decline in ARS score at week 24, XY-123: 14.2; placebo: 17.9 (difference 3.7 [2.3, 5.1]).")
    assert {(f"{SCALE} (XY-123)", "change", "-14.2"), (f"{SCALE} (placebo)", "change", "-17.9")} <= found


def test_numbers_that_do_not_pair_with_the_arms_are_left():
    found = facts(f"The XY-123 trial (NCT00000001) compared XY-123 with placebo on the {SCALE} (ARS). "
                  "ARS scores were 24.1 at entry and 19.5 at week 12 in the XY-123 group versus the placebo group.")
    assert not any(p in ("value", "change") and "(placebo)" in s for s, p, _ in found)


def test_two_doses_named_in_an_unknown_layout_are_two_arms():
    found = facts(f"The XY-123 trial (NCT00000001) compared two doses of XY-123 with placebo on the {SCALE} (ARS). "
                  "While the placebo group had a mean ARS change of -0.5, those taking XY-123 at the 10-mg strength "
                  "had -2.1 and those taking it at 20 mg had -3.4.")
    assert {(f"{SCALE} (XY-123 10 mg)", "change", "-2.1"), (f"{SCALE} (XY-123 20 mg)", "change", "-3.4"),
            (f"{SCALE} (placebo)", "change", "-0.5")} <= found


def test_a_therapy_given_by_two_routes_is_an_arm_per_route():
    found = facts(f"The XY-123 trial (NCT00000001) gave oral XY-123, subcutaneous XY-123 or placebo and measured the "
                  f"{SCALE} (ARS). At week 12, ARS fell by 4.2 points with subcutaneous XY-123, compared with 1.1 points "
                  "with placebo. ARS fell by 3.0 points with oral XY-123, compared with 1.1 points with placebo.")
    assert {(f"{SCALE} (subcutaneous XY-123)", "change", "-4.2"), (f"{SCALE} (oral XY-123)", "change", "-3.0"),
            ("subcutaneous XY-123", "armIntervention", "XY-123")} <= found


def test_one_route_makes_no_route_arm():
    found = facts(f"The XY-123 trial (NCT00000001) gave oral XY-123 or placebo and measured the {SCALE} (ARS). At week "
                  "12, ARS fell by 4.2 points with oral XY-123, compared with 1.1 points with placebo.")
    assert (f"{SCALE} (XY-123)", "change", "-4.2") in found


def test_bare_numbers_after_as_many_arms_set_against_each_other_alike_are_theirs_in_order():
    found = facts(f"The XY-123 trial (NCT00000001) gave XY-123 20 mg, XY-123 40 mg or placebo. At week 12, more "
                  f"patients receiving XY-123 20 mg and 40 mg versus placebo reached an {SCALE} response (44.1% and "
                  "52.9% vs 20.5%).")
    assert {(f"{SCALE} (XY-123 20 mg)", "value", "44.1"), (f"{SCALE} (XY-123 40 mg)", "value", "52.9"),
            (f"{SCALE} (placebo)", "value", "20.5")} <= found


@pytest.mark.parametrize("said", [
    # the numbers set against each other otherwise than the arms are
    "more patients receiving XY-123 20 mg and 40 mg versus placebo reached an ARS response (44.1% vs 52.9% and 20.5%).",
    # the first arm named as what the others are compared with
    "compared with placebo, XY-123 20 mg and 40 mg gave more ARS responses (44.1% and 52.9% vs 20.5%).",
])
def test_bare_numbers_set_against_each_other_unlike_their_arms_are_no_arms(said):
    found = facts(f"The XY-123 trial (NCT00000001) gave XY-123 20 mg, XY-123 40 mg or placebo and measured the {SCALE} "
                  f"(ARS). At week 12, {said}")
    assert not any(p == "value" for _, p, _ in found)


@pytest.mark.parametrize("said", [
    "Zeta remission was achieved by more patients on XY-123 (43.7%) than on placebo (13.9%).",
    "Zeta remission was achieved by significantly more XY-123-treated patients (43.7%) versus placebo (13.9%).",
])
def test_a_measure_reached_by_more_of_one_arm_with_shares_in_brackets(said):
    assert {("zeta remission (XY-123)", "value", "43.7"), ("zeta remission (placebo)", "value", "13.9")} <= facts(ALLOCATED + said)


def test_a_short_form_read_as_a_measure_is_named_by_its_definition():
    found = facts(ALLOCATED + "The primary endpoint was zeta local control (ZLC). XY-123 improved ZLC (hazard ratio "
                  "0.61, 95% CI 0.47-0.79) and zeta scarring (hazard ratio 0.84, 95% CI 0.69-0.98).")
    assert ("zeta local control", "effect", "0.61") in found and not any(s.startswith("ZLC") for s, _, _ in found)


def test_a_defined_short_form_followed_by_a_scale_word_names_a_measure():
    found = facts(ALLOCATED + "More patients responded on the Zeta Activities of Daily Living (ZADL) score with "
                  "XY-123 compared with placebo (58.5% vs. 27.2%; p<0.001).")
    assert {("Zeta Activities of Daily Living (XY-123)", "value", "58.5"),
            ("Zeta Activities of Daily Living (placebo)", "value", "27.2")} <= found


def test_a_drug_named_for_its_receptor_is_no_arm():
    found = facts(f"The XY-123 trial (NCT00000001) measured the {SCALE} (ARS). More serotonin receptor antibody "
                  "positive patients were ARS responders with XY-123 compared with placebo (57.5% vs. 21.6%).")
    assert {(f"{SCALE} (XY-123)", "value", "57.5"), (f"{SCALE} (placebo)", "value", "21.6")} <= found


@pytest.mark.parametrize("noun, sign", [("improvement", ""), ("reduction", "-")])
def test_a_change_noun_after_the_measure_with_its_window_makes_the_numbers_changes(noun, sign):
    found = facts(f"The XY-123 trial (NCT00000001) measured the {SCALE} (ARS). The mean ARS {noun} from baseline to "
                  "week 12 was 4.1 points with XY-123 and 2.2 points with placebo.")
    assert {(f"{SCALE} (XY-123)", "change", f"{sign}4.1"), (f"{SCALE} (placebo)", "change", f"{sign}2.2")} <= found


def test_the_number_of_a_difference_is_no_value_of_the_measure():
    found = facts(f"The XY-123 trial (NCT00000001) measured the {SCALE} (ARS). ARS response was 31% with XY-123 versus "
                  "22% with placebo (hazard ratio 0.683, 95% CI 0.41-1.16). The between-group difference in ARS response "
                  "was 9% (95% CI (-3%, 21%)).")
    assert not any(p == "value" and "(" not in s for s, p, _ in found)


def test_a_change_in_percent_set_against_the_controls_share_names_its_measure():
    found = facts(ALLOCATED + "Patients given XY-123 saw a 29% reduction in zeta flare days at week 12, compared to 13% "
                  "for placebo.")
    assert {("zeta flare days (XY-123)", "change", "-29.0"), ("zeta flare days (placebo)", "change", "-13.0")} <= found


def test_a_change_in_points_set_against_the_control_names_its_measure():
    found = facts(ALLOCATED + "XY-123 was associated with a 3.6-point improvement in the zeta comfort score over placebo.")
    assert {("zeta comfort score", "effect", "3.6"), ("zeta comfort score", "effectMeasure", "mean difference")} <= found


def test_a_time_that_dates_a_later_measure_is_its_own():
    found = facts("In a single-arm trial (NCT00000001), 60 adults received XY-123. The disease control rate was 83%, and "
                  "12-month overall survival was 61%.")
    assert ("overall survival", "timepoint", "P12M") in found
    assert not any(s == "disease control rate" and p == "timepoint" for s, p, _ in found)


def test_a_time_that_dates_the_first_measure_dates_the_others_unless_the_sentence_gives_other_times():
    found = facts("In a single-arm trial (NCT00000001), 60 adults received XY-123. The estimated 12-month event-free "
                  "survival was 52% and overall survival was 71%.")
    assert {("event-free survival", "timepoint", "P12M"), ("overall survival", "timepoint", "P12M")} <= found
    found = facts("In a single-arm trial (NCT00000001), 60 adults received XY-123. The main end point was the 3-month "
                  "event-free survival rate, with other end points such as the 6-month EFS rate and overall survival.")
    assert not any(s == "overall survival" and p == "timepoint" for s, p, _ in found)


def test_one_dose_makes_no_dose_group():
    found = facts(f"The XY-123 trial (NCT00000001) compared XY-123 with placebo on the {SCALE} (ARS). "
                  "Mean ARS values were 12.6 among patients on XY-123 at 10 mg against 9.1 in those on placebo.")
    assert not any(p in ("value", "change") for _, p, _ in found)


def test_a_measure_no_list_names_is_tagged_where_its_numbers_pair_with_the_arms():
    found = facts("The XY-123 trial (NCT00000001) compared XY-123 with placebo. The rate of complete wound closure at "
                  "week 12 was 65% with XY-123 versus 30% with placebo.")
    assert {("complete wound closure (XY-123)", "value", "65.0"), ("complete wound closure (placebo)", "value", "30.0")} \
        <= found


def test_an_event_reported_in_each_arm_is_no_tagged_measure():
    found = facts("The XY-123 trial (NCT00000001) compared XY-123 with placebo. Nausea was reported in 12% of patients "
                  "with XY-123 and 5% with placebo.")
    assert not any(p == "measure" for _, p, _ in found)


def test_one_dose_group_of_a_dose_ranging_trial_is_its_own_arm():
    found = facts(f"The XY-123 trial (NCT00000001) gave placebo or a 3.2 µg or a 6.4 µg dose of XY-123 on the {SCALE} (ARS). "
                  "After one week, the mean reduction of ARS scores for the XY-123 6.4 µg group was 10.1 points, which "
                  "was greater (p = 0.03) than the mean reduction in the placebo group of 4.2 points.")
    assert {(f"{SCALE} (XY-123 6.4 µg)", "change", "-10.1"), (f"{SCALE} (placebo)", "change", "-4.2")} <= found


def test_the_arm_named_by_its_role_counts_for_a_tagged_measure():
    found = facts("The XY-123 trial (NCT00000001) compared XY-123 with placebo. The mean pain score at week 4 was 3.1 in "
                  "the treatment group and 5.0 with placebo.")
    assert {("pain score (XY-123)", "value", "3.1"), ("pain score (placebo)", "value", "5.0")} <= found


def test_the_active_drug_is_the_arm_of_the_one_therapy_allocated_against_placebo():
    found = facts("In the ZETA trial, 150 adults were randomly assigned to receive XY-123 (100 participants) or placebo "
                  "(50 participants). The zeta score fell by 2.31 points a month on average with the active drug "
                  "and by 2.87 with placebo (P = 0.02).")
    assert {(s, v) for s, p, v in found if p == "change"} == {("zeta score (XY-123)", "-2.31"),
                                                              ("zeta score (placebo)", "-2.87")}


def test_the_intervention_group_of_a_trial_of_a_treatment_named_in_words_is_that_treatments_arm():
    found = facts("In this randomized trial, adults with gout were randomized to zeta needling or usual care. The pain "
                  "score at week 10 was 2.6 among those in the intervention group and 4.4 in the usual care group.")
    assert {(s, v) for s, p, v in found if p == "value"} == {("pain score (zeta needling)", "2.6"),
                                                             ("pain score (usual care)", "4.4")}


def test_a_vaccines_efficacy_against_a_disease_is_the_effect_on_that_disease():
    found = facts("In the phase 3 trial of the XY-123 vaccine, 20,000 children were randomized to XY-123 or placebo. "
                  "Over two seasons, XY-123 showed a vaccine efficacy (VE) of 58.4% (95% CI: 49.2% to 65.9%) "
                  "against confirmed zeta fever.")
    assert {("confirmed zeta fever", "effect", "58.4"), ("confirmed zeta fever", "ciLow", "49.2"),
            ("confirmed zeta fever", "ciHigh", "65.9")} <= found
    assert not any(s.startswith("vaccine efficacy") for s, _, _ in found)


def test_the_subject_of_a_clause_that_gives_each_arm_a_number_is_its_measure():
    found = facts("The XY-123 trial (NCT00000001) compared XY-123 with placebo. Actual zeta clearance (including relapse) "
                  "at 2 years was 91.2% in the XY-123 group, 88.5% in the placebo group.")
    assert {("actual zeta clearance (XY-123)", "value", "91.2"), ("actual zeta clearance (placebo)", "value", "88.5")} \
        <= found


def test_an_interval_of_a_difference_is_no_estimate():
    found = facts("The XY-123 trial (NCT00000001) compared XY-123 with placebo. Measured zeta clearance at 1 year was "
                  "47.1 mL/min in the XY-123 group and 52.6 mL/min in the placebo group (95% CI of difference -2.9-11.6).")
    assert ("measured zeta clearance (XY-123)", "value", "47.1") in found
    assert not any(p == "effect" for _, p, _ in found)


def test_a_sentence_opening_on_another_event_does_not_continue_the_measure():
    found = facts("The XY-123 trial (NCT00000001) compared XY-123 with placebo. Zeta clearance at 2 years was 91.2% in "
                  "the XY-123 group and 88.5% in the placebo group. Relapse during the first year occurred in 6% of the "
                  "placebo group and 14% of the XY-123 group (P=0.21).")
    assert ("zeta clearance (XY-123)", "value", "91.2") in found
    assert not any(p in ("p_value", "pValue", "significant") for s, p, _ in found if s.startswith("zeta clearance"))
    assert {("relapse (XY-123)", "value", "14.0"), ("relapse", "pValue", "0.21")} <= found     # (the event's own)


def test_a_sentence_opening_on_the_therapy_still_continues_the_measure():
    found = facts("The XY-123 trial (NCT00000001) compared XY-123 with placebo. Zeta clearance at 2 years was 91.2% in "
                  "the XY-123 group and 88.5% in the placebo group. Nifedipine was also given (P=0.03).")
    assert any(p == "significant" for _, p, _ in found)


def test_a_known_measure_inside_a_threshold_people_reached_gives_way_to_the_responder_definition():
    found = facts("The XY-123 trial (NCT00000001) compared XY-123 with placebo. 7/12 (58.3%) eyes treated with XY-123 "
                  "gained five or more letters of best corrected visual acuity compared to 1/11 (9.1%) eyes treated "
                  "with placebo (p=0.031).")
    label = "gained five or more letters of best corrected visual acuity"
    assert {(f"{label} (XY-123)", "value", "58.3"), (f"{label} (placebo)", "value", "9.1")} <= found


def test_a_disease_patients_had_is_no_measure_they_reached():
    found = facts("The XY-123 trial (NCT00000001) compared XY-123 with placebo in breast cancer. Of those given XY-123, "
                  "40% of patients had breast cancer that had spread, compared to 20% of those given placebo.")
    assert not any(s.startswith("breast cancer") for s, _, _ in found)


def test_a_subject_that_holds_its_own_threshold_is_the_measure():
    found = facts("The XY-123 trial (NCT00000001) compared XY-123 with placebo. A 40% reduction or more in mean zeta "
                  "pressure was achieved by 66% of patients in the XY-123 group and by 31% of patients in the placebo "
                  "group.")
    label = "40% reduction or more in mean zeta pressure"
    assert {(f"{label} (XY-123)", "value", "66.0"), (f"{label} (placebo)", "value", "31.0")} <= found


@pytest.mark.parametrize("threshold", ["of at least 5 points", "of ≥5 points"])
def test_a_known_measure_whose_threshold_follows_it_in_a_passive_subject_gives_way_to_it(threshold):
    found = facts("The XY-123 trial (NCT00000001) compared XY-123 with placebo. An HbA1c fall " + threshold + " was "
                  "reached by 47% of patients in the XY-123 group and 19% of those in the placebo group (P=0.002).")
    label = "HbA1c fall " + threshold
    assert {(f"{label} (XY-123)", "value", "47.0"), (f"{label} (placebo)", "value", "19.0"), (label, "significant", "True")} <= found
    assert not any(s == "HbA1c" for s, _, _ in found)


def test_a_known_measure_inside_a_subject_threshold_gives_way_to_it():
    found = facts("The XY-123 trial (NCT00000001) compared XY-123 with placebo. A 40% reduction or more in HbA1c was "
                  "achieved by 66% of patients in the XY-123 group and by 31% of patients in the placebo group.")
    label = "40% reduction or more in HbA1c"
    assert {(f"{label} (XY-123)", "value", "66.0"), (f"{label} (placebo)", "value", "31.0")} <= found


def test_a_verb_before_the_first_arm_number_signs_the_others_and_named_groups_are_arms():
    found = facts("The XY-123 trial (NCT00000001) compared XY-123 with placebo. Over the year, zeta scores declined by "
                  "5.0 points in the prophylaxis group versus 8.5 points in the on-demand group.")
    assert {("zeta scores (prophylaxis)", "change", "-5.0"), ("zeta scores (on demand)", "change", "-8.5")} <= found


def test_a_count_of_events_a_role_names_wins_over_the_instrument_that_detects_them():
    found = facts("The XY-123 trial (NCT00000001) compared XY-123 with placebo. The primary outcome was the incidence "
                  f"of zeta episodes assessed twice daily with the {SCALE} (ARS).")
    assert ("incidence of zeta episodes", "outcomeRole", "primary") in found
    assert not any(s.startswith("Acme") for s, _, _ in found)


def test_a_score_a_role_names_by_its_instrument_stays_the_instruments():
    found = facts(f"The XY-123 trial (NCT00000001) compared XY-123 with placebo. The secondary endpoint was change in "
                  f"zeta quality assessed by the {SCALE}.")
    assert (SCALE, "outcomeRole", "secondary") in found


def test_a_role_that_names_what_the_trial_set_out_to_show_names_its_measure():
    found = facts("Acme said its phase 3 trial (NCT00000001) of XY-123 had not met the trial's primary endpoint of "
                  "demonstrating a significant difference in the rates of zeta exacerbations in patients treated over "
                  "a 12 month period.")
    assert ("rates of zeta exacerbations", "outcomeRole", "primary") in found
    found = facts("Acme said a phase 3 trial (NCT00000001) of XY-123 met the main goal of zeta regrowth at both doses "
                  "in adults.")
    assert ("zeta regrowth", "outcomeRole", "primary") in found


def test_a_plural_role_lists_measures_no_list_knows():
    found = facts("The trial (NCT00000001) compared XY-123 with placebo. Primary endpoints were patient-controlled "
                  "analgesic (RZA) zeta consumption and the time to first RZA zeta use over 12 hours.")
    assert {("patient-controlled analgesic (RZA) zeta consumption", "outcomeRole", "primary"),
            ("time to first RZA zeta use", "outcomeRole", "primary")} <= found


@pytest.mark.parametrize("sentence", [
    "Secondary endpoints were changes in zeta rate and in zeta use.",                  # an item continues the one before
    "Primary endpoints were zeta survival and beta survival, the latter assessed by blinded review.",   # methods
])
def test_no_list_of_measures_where_an_item_names_none(sentence):
    found = facts("The trial (NCT00000001) compared XY-123 with placebo. " + sentence)
    assert not any(s.startswith(("in zeta", "latter", "blinded")) for s, _, _ in found)


def test_dose_levels_name_the_documents_two_doses_and_a_qualified_measure_is_read_whole():
    found = facts("The trial (NCT00000001) gave placebo or XY-123 at 20 mg or 40 mg weekly. Results were positive, "
                  "with 44% of the low-dose group and 71% of the high-dose patients achieving zeta resolution without "
                  "worsened scarring, compared to 12% of those taking placebo.")
    label = "zeta resolution without worsened scarring"
    assert {(f"{label} (XY-123 20 mg)", "value", "44.0"), (f"{label} (XY-123 40 mg)", "value", "71.0"),
            (f"{label} (placebo)", "value", "12.0")} <= found


def test_a_role_named_inside_a_bracket_of_a_list_gives_no_role():
    found = facts(f"The XY-123 trial (NCT00000001) compared XY-123 with placebo. Secondary outcomes, tested "
                  f"hierarchically, were the {SCALE} (the primary outcome without relapse), relapse-free survival, and "
                  f"overall survival.")
    roles = {(s, o) for s, p, o in found if p == "outcomeRole"}
    assert ("overall survival", "secondary") in roles and ("relapse-free survival", "secondary") in roles
    assert not any(o == "primary" for _, o in roles)


def test_a_sentence_after_a_role_sentence_lists_the_measures_it_counted():
    found = facts("The phase 3 trial (NCT00000001) of XY-123 missed its primary endpoint of zeta flares. The trend in "
                  "the primary endpoint was supported by a number of statistically significant secondary endpoints. "
                  "These included a delay in the time to a first zeta flare, reduced days on zeta medication and improved "
                  "zeta scores.")
    for label in ("time to a first zeta flare", "days on zeta medication", "zeta scores"):
        assert (label, "outcomeRole", "secondary") in found and (label, "significant", "True") in found


def test_an_efficacy_variable_or_parameter_is_an_endpoint_with_a_role():
    for word in ("variable", "parameter"):
        found = facts(f"The XY-123 trial (NCT00000001) was randomized. Mean change in zeta pressure (ZP) from baseline "
                      f"was the primary efficacy {word}.")
        assert ("zeta pressure", "outcomeRole", "primary") in found, word


def test_one_arms_share_before_a_measure_is_no_value_of_the_whole_trial():
    found = facts("The XY-123 trial (NCT00000001) was randomized. In all, 66.4% of XY-123 patients and 31.2% of placebo "
                  "patients achieved zeta clearance, and the two were compared again at week 24 with 60% and 30%.")
    assert not {o for s, p, o in found if s == "zeta clearance" and p == "value"}


def test_the_same_arms_named_again_for_another_analysis_set_leave_the_first_reading():
    found = facts("The XY-123 trial (NCT00000001) was randomized. In the intention-to-treat population, 66.4% of XY-123 "
                  "patients and 31.2% of placebo patients achieved zeta clearance (difference of 35.2, 95% CI 20.1-49.3), "
                  "as did 72.8% of XY-123 patients and 39.5% of placebo patients in the per-protocol population.")
    values = {(s, o) for s, p, o in found if p == "value"}
    assert values == {("zeta clearance (XY-123)", "66.4"), ("zeta clearance (placebo)", "31.2")}, values
    # (the same arms again at another time are not cut: which numbers belong to which time is left unread)
    found = facts("The XY-123 trial (NCT00000001) was randomized. At week 12, 66.4% of XY-123 patients and 31.2% of "
                  "placebo patients achieved zeta clearance, as did 72.8% of XY-123 patients and 39.5% of placebo "
                  "patients at week 24.")
    assert not {(s, o) for s, p, o in found if p == "value"}


def test_what_a_share_of_each_arm_reported_is_a_measure():
    found = facts("The XY-123 trial (NCT00000001) was randomized. About 41 percent in the XY-123 group reported the "
                  "absence of their worst zeta symptom, compared with 25.6 percent for placebo.")
    assert ("absence of their worst zeta symptom (XY-123)", "value", "41.0") in found


def test_one_of_two_groups_the_text_labels_named_before_a_bracketed_pair_takes_the_first_number():
    found = facts("In a randomized trial, 61 adults were allocated to the lightweight zeta mesh (ZL group, n = 31) or "
                  "the heavyweight zeta mesh (ZH group, n = 30). The Acme Rating Scale at day 60 was significantly lower "
                  "in the ZH group (0.52 ± 0.71 vs. 1.04 ± 0.88, P = 0.031).")
    assert {(f"{SCALE} (ZH)", "value", "0.52"), (f"{SCALE} (ZL)", "value", "1.04")} <= found


def test_a_direction_said_in_words_without_a_number_is_the_measures():
    found = facts(f"The XY-123 trial (NCT00000001) compared XY-123 with placebo on the {SCALE} (ARS) and the Beta Function "
                  "Index (BFI). XY-123 reduced the ARS and the BFI in adults.")
    assert {(SCALE, "direction", "decreased"), ("Beta Function Index", "direction", "decreased")} <= found
    # not with a number (a change), not denied, and not in an endpoint's definition or a sentence of no therapy
    for text in ("XY-123 reduced the ARS by 4.1 points.", "XY-123 did not reduce the ARS.",
                 "The primary endpoint was a decrease in the ARS.", "Patients with zeta disease suffer from increased ARS."):
        found = facts(f"The XY-123 trial (NCT00000001) compared XY-123 with placebo on the {SCALE} (ARS). {text}")
        assert not any(p == "direction" for _, p, _ in found), text


@pytest.mark.parametrize("result", [
    "The mean ARS score at week 16 was 8.5 vs 3.1 (P<0.001).",
    "Mean ARS scores at week 16 were 8.5 and 3.1, respectively.",
])
def test_a_pair_naming_no_arm_in_a_trial_of_one_dose_against_placebo_is_drug_then_placebo(result):
    found = facts(f"The trial randomised 90 patients to XY-123 25 mg daily (n=45) or placebo (n=45). The {SCALE} (ARS) "
                  f"was the primary endpoint. {result}")
    assert {(f"{SCALE} (XY-123)", "value", "8.5"), (f"{SCALE} (placebo)", "value", "3.1")} <= found


def test_a_pair_of_weeks_given_respectively_is_no_pair_of_arm_values():
    found = facts(f"The trial randomised 90 patients to XY-123 25 mg daily (n=45) or placebo (n=45). The {SCALE} (ARS) "
                  "was the primary endpoint. ARS response rates were 38% and 52% at weeks 16 and 32, respectively.")
    assert not any(p == "value" and o in ("16.0", "32.0") for _, p, o in found)


def test_a_pair_naming_no_arm_in_a_trial_of_two_doses_is_left():
    found = facts(f"The trial randomised 90 patients to XY-123 25 mg (n=30), XY-123 50 mg (n=30) or placebo (n=30). The "
                  f"{SCALE} (ARS) was the primary endpoint. The ARS response rate at week 16 was 38% vs 12%.")
    assert not any(p == "value" for _, p, _ in found)


@pytest.mark.parametrize("sentence", [
    "The mean baseline ARS was 31.5 in the XY-123 group and 30.9 in the placebo group.",
    "ARS at baseline was 31.5 with XY-123 versus 30.9 with placebo.",
])
def test_per_arm_numbers_of_a_measure_named_at_baseline_are_baselines(sentence):
    found = facts(f"The trial (NCT00000001) randomised adults to XY-123 or placebo. The {SCALE} (ARS) was the primary "
                  f"endpoint. {sentence}")
    assert {(f"{SCALE} (XY-123)", "baseline", "31.5"), (f"{SCALE} (placebo)", "baseline", "30.9")} <= found
    assert not any(p == "value" for _, p, _ in found)


@pytest.mark.parametrize("sentence", [
    "ARS fell from 31.5% at baseline to 22.0% at week 16 in the XY-123 group and from 30.9% to 28.4% in the placebo group.",
    "ARS went from 31.5% to 22.0% with XY-123 and from 30.9% to 28.4% with placebo.",
])
def test_from_a_to_b_given_for_each_arm(sentence):
    found = facts(f"The trial (NCT00000001) randomised adults to XY-123 or placebo. The {SCALE} (ARS) was the primary "
                  f"endpoint. {sentence}")
    assert {(f"{SCALE} (XY-123)", "baseline", "31.5"), (f"{SCALE} (XY-123)", "value", "22.0"),
            (f"{SCALE} (placebo)", "baseline", "30.9"), (f"{SCALE} (placebo)", "value", "28.4")} <= found


def test_vaccine_efficacy_is_the_between_arm_effect_on_the_disease_with_its_interval():
    found = facts("The trial (NCT00000001) randomised 900 adults to the XY-123 vaccine or placebo. Vaccine efficacy "
                  "against confirmed zeta virus disease was 71.4% (95% CI, 52.0 to 83.0).")
    ve = "confirmed zeta virus disease"           # (the disease it is against; the efficacy compares the arms)
    assert {(ve, "effect", "71.4"), (ve, "ciLow", "52.0"), (ve, "ciHigh", "83.0")} <= found
    assert not any(p in ("value", "effectMeasure") for _, p, _ in found)   # (no ratio the effect vocabulary names)


@pytest.mark.parametrize("sentence", [
    "Acme says its vaccine is 71.4 percent effective.",
    "Overall, the results showed an estimated 71.4 percent vaccine efficacy.",
])
def test_a_vaccine_said_effective_by_a_share_gives_its_efficacy(sentence):
    found = facts("The trial (NCT00000001) randomised 900 adults to the XY-123 vaccine or placebo. " + sentence)
    assert ("vaccine efficacy", "value", "71.4") in found


@pytest.mark.parametrize("sentence, value", [
    ("In the trial, the objective response rate (ORR) was 37.5 percent.", "37.5"),
    ("The data showed a 41% objective response rate in 30 evaluable patients.", "41.0"),
])
def test_a_single_arm_rate_after_its_short_form_or_before_its_name(sentence, value):
    found = facts(f"In a single-arm phase 2 study (NCT00000001), 32 patients received XY-123. {sentence}")
    assert ("objective response rate", "value", value) in found


def test_a_threshold_before_a_quantity_is_no_rate():
    found = facts("In a single-arm phase 2 study (NCT00000001), 32 patients received XY-123. Most reached a 10% "
                  "weight loss.")
    assert not any(p == "value" for _, p, _ in found)


def test_saline_is_a_control_arm():
    found = facts(f"The trial (NCT00000001) randomised adults to XY-123 or saline. The {SCALE} (ARS) was the primary "
                  "endpoint. Mean ARS was 48.5 for XY-123 versus 30.5 for saline.")
    assert {(f"{SCALE} (XY-123)", "value", "48.5"), (f"{SCALE} (saline)", "value", "30.5")} <= found


def test_a_comparison_that_names_the_other_group_after_than_takes_no_control():
    found = facts(f"The trial (NCT00000001) gave group ZA XY-123 with saline and group ZB XY-123 alone. The {SCALE} "
                  "(ARS) was the primary endpoint. ARS response was higher in group ZA than group ZB (58% vs. 27%, "
                  "P = 0.003).")
    assert not any(s == f"{SCALE} (saline)" for s, _, _ in found)


def test_a_change_a_verb_gives_takes_its_sign_and_a_measured_substance_is_a_measure():
    found = facts("The trial (NCT00000001) randomised adults to XY-123 or placebo. XY-123 met its primary endpoint, "
                  "lowering cholesterol by 19% at 12 weeks, compared with a 2% decline with placebo.")
    assert {("cholesterol (XY-123)", "change", "-19.0"), ("cholesterol (placebo)", "change", "-2.0")} <= found


def test_an_endpoint_of_a_time_to_event_that_was_not_met():
    found = facts("The trial (NCT00000001) randomised adults to XY-123 or placebo. The secondary endpoint of time to "
                  "zeta progression also wasn't met.")
    assert {("time to zeta progression", "outcomeRole", "secondary"),
            ("time to zeta progression", "significant", "False")} <= found


def test_a_met_endpoint_named_by_the_difference_it_showed():
    found = facts("The trial (NCT00000001) randomised adults to XY-123 or placebo. It also met its secondary endpoint, "
                  "demonstrating a statistically significant difference in the proportion of zeta responders between "
                  "XY-123 and placebo (p=0.021).")
    assert {("proportion of zeta responders", "outcomeRole", "secondary"),
            ("proportion of zeta responders", "pValue", "0.021")} <= found


def test_a_measure_a_role_named_in_words_is_read_where_it_is_named_again():
    found = facts("The trial (NCT00000001) randomised 900 adults to XY-123 or placebo. The primary outcome was zeta "
                  "infection. Zeta infection occurred in 6% of the XY-123 group and 14% of the placebo group.")
    assert {("zeta infection (XY-123)", "value", "6.0"), ("zeta infection (placebo)", "value", "14.0")} <= found


def test_a_defined_name_keeps_its_title_case_and_the_head_after_its_short_form():
    found = facts("The trial (NCT00000001) randomised adults to XY-123 or placebo. The primary endpoint was Zeta "
                  "Society of Pain-20 (ZSP-20) response at week 16.")
    assert ("Zeta Society of Pain-20 response", "outcomeRole", "primary") in found


def test_a_role_measure_timed_from_an_event_is_read_again_without_its_time():
    found = facts("In this randomized trial (NCT00000001), adults were assigned to zetasone or placebo. The primary "
                  "outcome was zeta infection within 40 days after surgery. Zeta infection occurred in 7.3% (33 of 450 "
                  "patients) assigned to zetasone and in 9.6% (43 of 450) assigned to placebo.")
    name = "zeta infection within 40 days after surgery"
    assert {(name, "outcomeRole", "primary"), (name, "timepoint", "P40D"),
            (f"{name} (Zetasone)", "value", "7.3"), (f"{name} (placebo)", "value", "9.6")} <= found


@pytest.mark.parametrize("sentence", [
    "Median survival was 13.4 months versus 10.6 months with placebo.",
    "Median survival was 13.4 months vs. 10.6 for placebo.",
])
def test_a_pair_whose_second_number_names_the_one_control_gives_the_first_to_the_one_therapy(sentence):
    found = {(s.lower(), p, o) for s, p, o in facts("The ZETA-1 trial compared zorbimab with placebo in adults with "
                                                      "zeta cancer. " + sentence)}
    assert {("overall survival (zorbimab)", "value", "13.4"), ("overall survival (placebo)", "value", "10.6")} <= found


def test_a_weight_loss_is_body_weights_change_and_the_arm_named_first_takes_the_first_of_three_numbers():
    found = facts("ZETA-2 compared zorbimab 7.5 mg with zorbimab 2.5 mg and placebo in adults with obesity. From a mean "
                  "baseline body weight of 110 kg, people treated with zorbimab 7.5 mg achieved a weight loss of 20.1% "
                  "after 68 weeks compared to a reduction of 16.3% with zorbimab 2.5 mg and 2.2% with placebo.")
    found = {(s.lower(), p, o) for s, p, o in found}
    assert {("body weight (zorbimab 7.5 mg)", "change", "-20.1"), ("body weight (zorbimab 2.5 mg)", "change", "-16.3"),
            ("body weight (placebo)", "change", "-2.2")} <= found
    # a number before the arm is its own: the share of those on it who reached a threshold
    found = facts("ZETA-2 compared zorbimab 7.5 mg with zorbimab 2.5 mg and placebo in adults with obesity. In all, "
                  "31.6% of those who received zorbimab 7.5 mg achieved a weight loss of 25% or more, compared to "
                  "14.2% with zorbimab 2.5 mg and 1.1% with placebo.")
    assert not any(p == "change" for _, p, _ in found)


def test_numbers_after_a_trials_label_are_that_trials():
    doc = parse_document("Headline\n\nIn two phase 3 trials (ZETA-A and ZETA-B), adults were assigned to XY-123 or "
                         "placebo. A higher percentage of patients who received XY-123 than those who received placebo "
                         "had clinical remission (in ZETA-A, 47.3% vs. 26.4%; in ZETA-B, 36.2% vs. 19.8%).", "t.txt")
    scope = {f.object_text: f.subject.scope for f in OutcomeExtractor().extract(doc) if f.predicate == "value"}
    assert scope["47.3"].endswith("zeta-a") and scope["26.4"].endswith("zeta-a")
    assert scope["36.2"].endswith("zeta-b") and scope["19.8"].endswith("zeta-b")


def test_a_change_relative_to_the_control_is_no_arms_number_and_an_experienced_rate_is_a_measure():
    found = facts("The ZETA trial (NCT00000001) randomized adults to zorbimab or placebo. Patients taking zorbimab "
                  "(n=39) experienced a statistically lower zeta attack rate versus placebo (n=24) (p<0.001), resulting "
                  "in a mean attack rate reduction of 81.3% versus placebo, and a median reduction of 92% versus "
                  "placebo.")
    assert ("zeta attack rate", "significant", "True") in found
    assert not any(p == "value" for _, p, _ in found)


def test_a_disease_that_occurred_in_each_arm_is_an_outcome_unless_adverse_events_were_just_spoken_of():
    trial = "In this randomized trial (NCT00000001), adults undergoing surgery were assigned to zetasone or placebo. "
    sentence = ("Postoperative nausea and vomiting occurred in 44.6% of patients in the zetasone group and in 51.2% in "
                "the placebo group (risk ratio, 0.87; 95% CI, 0.81 to 0.93).")
    found = facts(trial + sentence)
    assert ("postoperative nausea and vomiting (Zetasone)", "value", "44.6") in found
    found = facts(trial + "Adverse events were reported at similar rates in both arms. " + sentence)
    assert not any(p == "value" for _, p, _ in found)


def test_a_role_labelled_with_a_colon_names_its_measure_even_one_opening_on_a_participle():
    found = facts("The ZETA trial (NCT00000001) randomized adults to zorbimab or placebo. Primary endpoint: annualized "
                  "rate of zeta flares.")
    assert ("annualized rate of zeta flares", "outcomeRole", "primary") in found
    # a heading's question is no measure
    found = facts("The ZETA trial (NCT00000001) randomized adults to zorbimab or placebo.\n\nSecondary endpoints: "
                  "what comes next for Acme")
    assert not any(p == "outcomeRole" for _, p, _ in found)


def test_a_role_measure_ends_before_what_it_was_designed_to_show_and_takes_the_numbers_of_those_who_met_it():
    found = facts("The ZETA trial (NCT00000001) randomized adults to zorbimab or placebo. The primary endpoint was a "
                  "composite functional endpoint designed to show benefit in symptoms and function. The results showed "
                  "that 41% of patients in the zorbimab group versus 22% in the placebo group met the primary endpoint "
                  "(p=0.0031).")
    found = {(s.lower(), p, o) for s, p, o in found}
    assert {("composite functional endpoint", "outcomeRole", "primary"),
            ("composite functional endpoint (zorbimab)", "value", "41.0")} <= found


def test_differences_versus_the_control_given_respectively_for_subgroups_are_no_arms_values():
    found = facts("The ZETA trial (NCT00000001) randomized adults to zorbimab or placebo. Zorbimab improved lung function "
                  "at week 52 with an increase in pre-bronchodilator forced expiratory volume in one second (FEV1) of "
                  "0.24 L (95% CI: 0.05, 0.41) and 0.11 L (95% CI: 0.06, 0.16) versus placebo in ZP+ and ZP- patients, "
                  "respectively.")
    assert not any(p == "value" for _, p, _ in found)


@pytest.mark.parametrize("sentence, measure", [
    ("Primary endpoint was zeta success or failure at test-of-cure on day 10 in all patients.", "zeta success"),
    ("Primary outcome: zeta vomiting within 36 hours.", "zeta vomiting within 36 hours"),
])
def test_a_role_measure_ends_before_the_visit_it_is_read_at_and_a_time_in_hours(sentence, measure):
    found = facts("The ZETA trial (NCT00000001) randomized adults to zorbimab or placebo. " + sentence)
    assert (measure, "outcomeRole", "primary") in found


def test_a_labels_major_efficacy_outcome_measure_is_the_primary_one():
    found = facts("The ZETA trial (NCT00000001) randomized adults to zorbimab or placebo. The major efficacy outcome "
                  "measure was progression-free survival (PFS) as assessed by blinded central review.")
    assert ("progression-free survival", "outcomeRole", "primary") in found


@pytest.mark.parametrize("sentence", [
    "In all, 61.5% (16/26) of patients treated with zorbimab were ZG-ADL responders (placebo, 24.0% [6/25]).",
    "Overall, 61.5% of patients on zorbimab were ZG-ADL responders (placebo: 24.0%).",
])
def test_one_arms_share_then_the_controls_in_a_bracket(sentence):
    found = {(s.lower(), p, o) for s, p, o in facts("The ZETA trial (NCT00000001) randomized adults to zorbimab or "
                                                      "placebo. " + sentence)}
    assert {("zg-adl responder (zorbimab)", "value", "61.5"), ("zg-adl responder (placebo)", "value", "24.0")} <= found


def test_the_main_goal_of_a_study_names_no_measure():
    text = ("The XY-123 trial (NCT00000001) compared XY-123 with placebo. XY-123 increased the zeta growth rate, "
            "meeting the main goal of a late-stage study.")
    assert not {s for s, p, o in facts(text) if p == "outcomeRole"} & {"late-stage study", "a late-stage study"}


def test_a_listed_measure_is_named_without_the_test_or_assessment_made_of_it():
    text = ("The XY-123 trial (NCT00000001) compared XY-123 with placebo. Secondary endpoints included assessment of "
            "zeta activity and statistical superiority in reduction of the beta bleeding rate.")
    roles = {(s, o) for s, p, o in facts(text) if p == "outcomeRole"}
    assert roles == {("zeta activity", "secondary"), ("beta bleeding rate", "secondary")}


def test_a_link_between_an_outcome_and_biomarkers_is_no_measure():
    text = ("The XY-123 trial (NCT00000001) compared XY-123 with placebo. Exploratory endpoints included the relationship "
            "between outcome and potential biomarkers and the zeta response rate.")
    measures = {s for s, p, o in facts(text) if p == "outcomeRole"}
    assert not any(m.startswith("relationship") for m in measures)


def test_a_regulators_assessment_agreement_is_no_measure():
    text = ("The ZETA trial (NCT00000001) of XY-123 met its primary endpoint. A Special Zeta Assessment (SZA) agreement "
            "with the agency requires the trial to reach an objective response rate (ORR) of at least 20%.")
    assert {(s, o) for s, p, o in facts(text) if p == "outcomeRole"} == {("objective response rate", "primary")}


@pytest.mark.parametrize("threshold", ["a ≥4-point", "at least a 4-point", "a 4-point or greater"])
def test_a_threshold_in_points_names_the_responders_and_gives_no_arm_its_number(threshold):
    text = ("The XY-123 trial (NCT00000001) compared XY-123 with placebo. At week 16, 41% of patients on XY-123 had "
            f"{threshold} reduction in the Acme Rating Scale versus 12% on placebo.")
    values = {(s, o) for s, p, o in facts(text) if p == "value"}
    assert {float(o) for _, o in values} == {41, 12} and all("point" in s for s, _ in values)


def test_shares_of_each_arm_that_died_are_deaths():
    text = ("The XY-123 trial (NCT00000001) compared XY-123 with placebo. In all, 12 (5.1%) patients in the XY-123 group "
            "and 20 (8.3%) in the placebo group had died by day 90.")
    assert {(s, float(o)) for s, p, o in facts(text) if p == "value"} == {("death (XY-123)", 5.1), ("death (placebo)", 8.3)}


def test_a_vaccines_efficacy_is_the_effect_on_what_it_is_against_with_its_value_before_or_after():
    found = facts("In the phase 3 ZETA trial (NCT01234567), 20,000 adults got XY-123 or placebo. XY-123 showed 80.5% "
                  "vaccine efficacy (VE) (95% CI: 70.1, 87.2) against hospitalized zeta fever. It also showed an overall "
                  "VE of 55.4% (95% CI: 50.3, 60.0) against virologically-confirmed zeta fever (VCZ).")
    one, two = "hospitalized zeta fever", "virologically-confirmed zeta fever"
    assert {(one, "effect", "80.5"), (one, "ciLow", "70.1"), (one, "ciHigh", "87.2"),
            (two, "effect", "55.4"), (two, "ciLow", "50.3"), (two, "ciHigh", "60.0")} <= found
    assert not any(p == "writtenName" for _, p, _ in found)      # ("VE" names no efficacy against anything)
    found = facts("In the phase 3 ZETA trial (NCT01234567), adults got XY-123 or placebo. The vaccine was 70.2% "
                  "effective against zeta disease.")
    assert ("zeta disease", "effect", "70.2") in found


def test_a_second_measures_unnamed_pair_takes_the_arms_the_sentence_compared_first():
    found = facts("In the phase 3 ZETA trial (NCT01234567), 600 adults were randomized to XY-123 or chemotherapy. "
                  "Zeta-free survival was longer in the XY-123 group than in the chemotherapy group (median, 10.5 months "
                  "vs. 4.5 months; hazard ratio, 0.52; 95% CI, 0.40 to 0.66), as was overall survival (median, 28.5 "
                  "months vs. 14.0 months; hazard ratio for death, 0.55; 95% CI, 0.45 to 0.67).")
    assert {("overall survival (XY-123)", "value", "28.5"), ("overall survival (chemotherapy)", "value", "14.0"),
            ("zeta-free survival (XY-123)", "value", "10.5")} <= found


def test_the_whole_populations_estimate_is_the_measures_and_a_subgroups_level_is_no_measure():
    found = facts("In the phase 3 ZETA trial (NCT01234567), adults with a zeta proportion score (ZPS) of at least 1% got "
                  "XY-123 or chemotherapy. Overall survival was longer in patients with a ZPS of >=50 percent (HR=0.62 "
                  "[95% CI, 0.50-0.80]; p=0.0004), with a ZPS of >=20 percent (HR=0.70 [95% CI, 0.60-0.85]; p=0.002), "
                  "and then in the entire study population with a ZPS of >=1 percent (HR=0.84 [95% CI, 0.73-0.95]; "
                  "p=0.003).")
    assert {("overall survival", "effect", "0.84"), ("overall survival", "ciLow", "0.73"),
            ("overall survival", "ciHigh", "0.95")} <= found
    assert not any(s == "zeta proportion score" and p == "effect" for s, p, _ in found)


def test_a_measure_named_with_and_between_weeks_is_still_a_measure():
    found = facts("The ZETA trial (NCT01234567) was randomised. Secondary end points included change in zeta walk at "
                  "week 120 and percentage change in brain volume between week 24 and week 120.")
    assert ("brain volume", "outcomeRole", "secondary") in found


def test_a_list_of_what_changed_significantly_names_each_measure_with_its_verdict_and_direction():
    found = facts("In the phase 3 ZETA trial (NCT01234567), 250 adults were randomized to XY-123 or placebo. Treatment "
                  "with XY-123 led to significant reductions in zeta volume index, lateral Z/z' and ZV mass index "
                  "compared with placebo.")
    for m in ("zeta volume index", "lateral Z/z'", "ZV mass index"):
        assert {(m, "significant", "True"), (m, "direction", "decreased")} <= found
    found = facts("In the phase 3 ZETA trial (NCT01234567), 250 adults were randomized to XY-123 or placebo. XY-123 "
                  "led to clinically significant improvements in zeta fever and beta cough.")
    assert not any(p == "significant" for _, p, _ in found)


def test_two_events_joined_by_or_are_one_measure_and_a_p_value_before_a_contrast_is_not_its():
    found = facts("In the phase 3 ZETA trial (NCT01234567), 6000 adults were randomized to XY-123 or placebo. There "
                  "were fewer zeta visits in the XY-123 group (0.80; 0.70 to 0.90, P=0.002), but no statistically "
                  "significant effect on hospitalization for heart failure or cardiovascular death (3.0% vs 3.5%).")
    composite = "hospitalization for heart failure or cardiovascular death"
    assert (composite, "significant", "False") in found
    assert not any(p == "pValue" for _, p, _ in found) and not any(s == "cardiovascular death" for s, _, _ in found)


def test_numbers_before_a_clause_that_turns_to_a_rate_are_not_the_rates():
    found = facts("In the phase 2 ZETA trial (NCT01234567), adults were randomized to XY-123 or placebo. XY-123 beat "
                  "placebo by 6.5 points at week 10 (-20.1 XY-123 vs. -13.6 placebo; p<0.004), with a 61% clinical "
                  "response rate at that visit.")
    assert ("clinical response rate", "value", "61.0") in found
    assert not any(s.startswith("clinical response rate") and p in ("change", "effect", "significant")
                   for s, p, _ in found)


def test_a_time_written_into_the_measure_or_counted_after_dosing_is_its_timepoint():
    found = facts("In the phase 3 ZETA trial (NCT01234567), 400 adults were randomized to XY-123 or chemotherapy. The "
                  "percentage of patients with 24-month zeta-free survival was 68.5% in the XY-123 group and 48.0% in "
                  "the chemotherapy group.")
    assert ("zeta-free survival (XY-123)", "timepoint", "P24M") in found
    found = facts("In the phase 3 ZETA trial (NCT01234567), adults got XY-123 or placebo. The seroconversion rate was "
                  "97.5% one month after receiving a single vaccination.")
    assert ("seroconversion rate", "timepoint", "P1M") in found
    found = facts("In the phase 3 ZETA trial (NCT01234567), adults were randomized to XY-123 or placebo. Pain freedom "
                  "was reached by 18.5% versus 5.5% two hours after dosing.")
    assert any(p == "timepoint" and o == "PT2H" for _, p, o in found)
    found = facts("In the phase 3 ZETA trial (NCT01234567), adults were randomized to XY-123 or placebo. Twelve-week "
                  "confirmed zeta progression occurred in 30.5% with XY-123 and 38.0% with placebo.")
    assert not any(p == "timepoint" for _, p, _ in found)


def test_a_share_of_patients_compared_to_another_share_that_achieved_a_state():
    found = facts("In the phase 3 ZETA trial (NCT01234567), adults were randomized to XY-123 or placebo. At one hour, "
                  "18.5% of patients compared to 5.5% achieved zeta freedom, and 30.5% versus 20.5% reported their worst "
                  "symptom gone.")
    assert {("zeta freedom (XY-123)", "value", "18.5"), ("zeta freedom (placebo)", "value", "5.5")} <= found
    assert not any(o in ("30.5", "20.5") for _, _, o in found)


def test_the_proportion_who_experienced_an_event_set_lower_with_one_arm_than_placebos_short_form():
    found = facts("In the phase 3 ZETA trial (NCT01234567), patients were randomized to XY-123 or placebo. In period A, "
                  "the proportion of patients who experienced a zeta flare was significantly lower with XY-123 vs. PBO "
                  "(11.5% vs. 30.5%, < 0.001).")
    assert {("zeta flare (XY-123)", "value", "11.5"), ("zeta flare (placebo)", "value", "30.5"),
            ("zeta flare", "significant", "True")} <= found


def test_a_role_word_alone_in_brackets_after_a_measure_is_its_role():
    found = facts("The ZETA trial (NCT01234567) was randomized. Efficacy outcomes included change in zeta-CRP (primary), "
                  "beta cytokines, and patient-reported outcomes.")
    assert ("zeta-CRP", "outcomeRole", "primary") in found


def test_the_end_of_a_range_or_of_an_interval_in_months_is_no_timepoint():
    found = facts("In the phase 3 ZETA trial (NCT01234567), 700 patients were randomized to XY-123 or placebo. Median "
                  "overall survival was 21 months (95% CI, 18 to 24 months) with XY-123 versus 13 months (95% CI, 11 to "
                  "16 months) with placebo.")
    assert ("overall survival (XY-123)", "value", "21.0") in found
    assert not any(p == "timepoint" for _, p, _ in found)


def test_a_share_said_to_be_alive_is_overall_survival_not_the_measure_spoken_of_before():
    found = facts("In the phase 3 ZETA trial (NCT01234567), 500 patients were randomized to XY-123 or placebo. The ZRR "
                  "was 45% in the XY-123 group and 20% in the placebo group. At 12 months, 80% of patients in the XY-123 "
                  "group were alive compared with 70% in the placebo group (HR 0.75; 95% CI 0.6-0.9).")
    assert {("overall survival (XY-123)", "value", "80.0"), ("overall survival", "effect", "0.75")} <= found
    assert not any(s.startswith("ZRR") and p == "effect" for s, p, _ in found)


def test_changes_in_percentage_points_are_each_arms():
    found = facts("In the phase 3 ZETA trial (NCT01234567), 500 patients were randomized to XY-123 or placebo. HbA1c "
                  "fell by 1.6 percentage points with XY-123 and by 0.3 points with placebo.")
    assert {("HbA1c (XY-123)", "change", "-1.6"), ("HbA1c (placebo)", "change", "-0.3")} <= found


def test_a_pair_after_the_sole_therapy_named_is_the_therapys_then_its_controls():
    found = facts("The phase 3 ZETA-2 trial (NCT01234567) evaluated XY-123 versus placebo. XY-123 also met all key "
                  "secondary endpoints, including endoscopic response (48% vs. 19%; p<0.0001).")
    assert {("endoscopic response (XY-123)", "value", "48.0"), ("endoscopic response (placebo)", "value", "19.0")} <= found


def test_results_of_arms_that_differ_by_schedule_go_to_those_arms():
    found = facts("In the phase 2 ZETA trial (NCT01234567), adults were randomized to XY-123 150 mg every 4 weeks "
                  "(n=61), 300 mg every 4 weeks (n=60), 300 mg every 2 weeks (n=62) or placebo (n=59). At week 16, "
                  f"the mean change in the {SCALE} (ARS) was -21.4%, -30.2%, -35.8% and -12.5% in the 150 mg every 4 "
                  "weeks, 300 mg every 4 weeks, 300 mg every 2 weeks and placebo groups, respectively.")
    assert {(f"{SCALE} (XY-123 150 mg every 4 weeks)", "change", "-21.4"),
            (f"{SCALE} (XY-123 300 mg every 4 weeks)", "change", "-30.2"),
            (f"{SCALE} (XY-123 300 mg every 2 weeks)", "change", "-35.8"),
            (f"{SCALE} (placebo)", "change", "-12.5")} <= found


def test_results_of_a_group_named_by_two_therapies_joined_by_a_dash_go_to_the_arm_given_both():
    found = facts("In the phase 3 ZETA trial (NCT01234567), 618 patients were randomized: 310 to the XY-123–cisplatin "
                  "group and 308 to the placebo group. Progression-free survival was longer in the XY-123–cisplatin "
                  "group than in the placebo group (median, 10.2 months vs. 7.4 months; hazard ratio, 0.62; 95% CI, "
                  "0.48 to 0.80).")
    assert {("progression-free survival (XY-123 plus Cisplatin)", "value", "10.2"),
            ("progression-free survival (placebo)", "value", "7.4")} <= found


def test_a_defined_measure_leaves_the_time_it_is_read_at_to_its_timepoint_but_keeps_its_window():
    found = facts("In the phase 3 ZETA trial (NCT01234567), 400 patients were randomized to XY-123 or placebo. The "
                  "primary end point was the annualized rate of zeta attacks at 52 weeks.")
    assert ("annualized rate of zeta attacks", "outcomeRole", "primary") in found
    assert not any(s.endswith("at 52 weeks") for s, _, _ in found)
    found = facts("In the phase 3 ZETA trial (NCT01234567), 400 patients were randomized to XY-123 or placebo. The "
                  "primary outcome was return to zeta work within 28 days.")
    assert ("return to zeta work within 28 days", "outcomeRole", "primary") in found


def test_a_comparative_before_a_named_rate_is_no_part_of_the_measures_name():
    found = facts("In the phase 3 ZETA trial (NCT01234567), 400 patients were randomized to XY-123 or placebo. XY-123 "
                  "demonstrated a higher ZRSR rate vs placebo at week 12 (48.2% vs 21.7%).")
    assert ("ZRSR rate (XY-123)", "value", "48.2") in found
    assert not any(s.startswith("higher") for s, _, _ in found)


def test_a_role_named_as_a_change_in_a_measure_names_the_measure_up_to_the_trial():
    found = facts("XY-123, a selective receptor partial agonist in development for zeta disease (ZD), met its primary "
                  "end point of change in ON time without troublesome tremor in the phase 3 ZETA-3 trial (NCT01234567).")
    assert {("ON time without troublesome tremor", "outcomeRole", "primary"),
            ("ON time without troublesome tremor", "significant", "True")} <= found


def test_the_size_of_an_effect_is_no_measures_name():
    found = facts("Acme today announced results from the Phase 3 ZETA-2 randomized placebo-controlled clinical trial of "
                  "XY-123 as a treatment for smoking cessation. For 8-week XY-123 treatment vs placebo, 28.4% vs 9.0% "
                  "of participants were abstinent during weeks 5 to 8, and participants receiving XY-123 treatment had "
                  "4 times higher odds, or likelihood, to have quit smoking (odds ratio (OR) 4.2 [95% CI, 2.5-7.1]; "
                  "P<.001).")
    assert not any("times" in s for s, _, _ in found)


def test_a_role_set_after_the_measure_between_commas_names_it():
    found = facts("In the phase 3 ZETA-2 trial (NCT01234567), adults were randomized to XY-123 or placebo. Complete zeta "
                  "remission at week 12, the primary endpoint, was achieved by 40% of patients on XY-123 versus 20% on "
                  "placebo.")
    assert {("complete zeta remission", "outcomeRole", "primary"), ("complete zeta remission (XY-123)", "value", "40.0"),
            ("complete zeta remission (placebo)", "value", "20.0")} <= found
    found = facts("In the phase 3 ZETA-2 trial (NCT01234567), adults were randomized to XY-123 or placebo. XY-123, the "
                  "primary endpoint, was well tolerated.")
    assert not any(p == "outcomeRole" for _, p, _ in found)


def test_an_event_with_its_own_estimate_is_an_outcome_not_the_trials_condition():
    text = ("XY-1 in older women\n\nIn a randomised trial, 900 women received XY-1 or placebo. XY-1 did not increase the "
            "risk for glaucoma (RR 1.2; 95% CI 0.8-1.9) or breast cancer (RR 0.6; 95% CI 0.3-1.1).")
    got = facts(text)
    assert {("glaucoma", "effect", "1.2"), ("glaucoma", "ciHigh", "1.9"), ("breast cancer", "effect", "0.6")} <= got


def test_bare_numbers_after_a_comparative_go_to_the_arm_named_after_them_or_to_none():
    opening = "Adults were randomized to XY-123 or placebo. Zeta use was similar for the placebo (42%) and XY-123 (38%) groups. "
    got = facts(opening + "Zeta loss was higher (41% versus 12%, p = 0.001) for the XY-123-treated patients.")
    assert {("zeta loss (XY-123)", "value", "41.0"), ("zeta loss (placebo)", "value", "12.0")} <= got
    got = facts(opening + "Zeta stay was longer (8.4 versus 6.2 days, p = 0.041).")
    assert ("zeta stay", "pValue", "0.041") in got and not any(s.startswith("zeta stay (") for s, _, _ in got)



def test_a_role_in_brackets_is_said_of_what_they_follow_never_of_the_next_item():
    text = ("The XY-123 trial (NCT00000001) was placebo-controlled. Efficacy was measured with the Zeta Global "
            "Impression-Beta Function (ZGI-BF; the primary outcome measure), the Global Index of Zeta Function (GIZF), "
            "and the Beta Zeta Scale (BZS) (secondary outcome measures).")
    roles = {(s, o) for s, p, o in facts(text) if p == "outcomeRole"}
    # (the first's own bracket defines its short form before its role: it is the primary one)
    assert roles == {("Zeta Global Impression-Beta Function", "primary"), ("Global Index of Zeta Function", "secondary"),
                     ("Beta Zeta Scale", "secondary")}


def test_how_much_less_one_arm_had_is_no_part_of_the_measures_name():
    text = ("The XY-123 trial (NCT00000001) compared XY-123 with AB-45. Adults given XY-123 experienced "
            "clinically and statistically significantly less zeta dizziness (4.1%) than those given AB-45 (11.3%).")
    assert {o for s, p, o in facts(text) if p == "measure"} == {"zeta dizziness"}


def test_a_sentence_opening_on_the_trials_own_population_is_no_subgroups():
    head = "Zeta Cancer Trial\n\nThe ZETA-4 trial (NCT00000001) compared XY-123 with placebo in men with zeta cancer. "
    found = facts(head + "In men with zeta cancer, XY-123 lowered the risk of death by 24 percent compared with placebo "
                         "(HR 0.76; 95% CI 0.61-0.93; P=0.008).")
    assert ("risk of death", "effect", "0.76") in found
    found = facts(head + "In men with zeta diabetes, XY-123 lowered the risk of death by 24 percent compared with "
                         "placebo (HR 0.76; 95% CI 0.61-0.93; P=0.008).")
    assert not any(p == "effect" for _, p, _ in found)


def test_an_abstinence_rate_over_a_window_is_compared_past_the_arms_sizes_at_its_own_timepoint():
    found = facts("In this randomized trial (NCT00000001), 58 adults received XY-123 or placebo for 12 weeks. Results: "
                  "The 7-day point prevalence zeta abstinence rate at 12 weeks was significantly higher with XY-123 "
                  "(n = 30) than placebo (n = 28) (40.0% vs 10.7%; P = .01).")
    name = "7-day point prevalence zeta abstinence rate"
    assert {(f"{name} (XY-123)", "value", "40.0"), (f"{name} (placebo)", "value", "10.7"),
            (name, "timepoint", "P12W")} <= found
    assert not any(o in ("30", "28") for s, p, o in found if p == "value")


def test_an_event_said_present_per_arm_is_the_incidence_the_primary_outcome_named():
    found = facts("In this randomized trial (NCT00000001), 160 adults received XY-123 or AB-45 after surgery. The "
                  "primary outcome was the incidence of zeta delirium. Results: Zeta delirium was present in 12 of 80 "
                  "(15.0%) and 24 of 80 (30.0%) patients in the XY-123 and AB-45 groups, respectively (P = 0.03).")
    name = "incidence of zeta delirium"
    assert {(f"{name} (XY-123)", "value", "15.0"), (f"{name} (AB-45)", "value", "30.0"), (name, "pValue", "0.03"),
            (name, "outcomeRole", "primary")} <= found


def test_safety_shown_after_a_role_met_is_no_measure_of_that_role_but_safety_defined_as_one_is():
    found = facts("The ZETA trial (NCT00000001) was placebo-controlled. XY-123 reached its primary and key secondary "
                  "endpoints and showed acceptable safety and tolerability in adults with zeta disease.")
    assert not any(s == "safety and tolerability" for s, _, _ in found)
    found = facts("The ZETA trial (NCT00000001) was placebo-controlled. The primary objective was to evaluate safety "
                  "and tolerability.")
    assert ("safety and tolerability", "outcomeRole", "primary") in found


# the opening of a small invented trial report, before the result sentences a test reads
OPENER = "In this randomized trial (NCT00000001), 60 adults received XY-123 or placebo. Results: "


def test_a_p_value_of_a_quantity_higher_in_one_named_arm_compares_the_arms_and_is_no_arms():
    found = facts(OPENER + "The mean zeta alertness score was higher in the XY-123 group (P = .03).")
    assert {("zeta alertness score", "pValue", "0.03"), ("zeta alertness score", "significant", "True")} <= found
    assert not any(s == "zeta alertness score (XY-123)" for s, _, _ in found)
    found = facts(OPENER + "In the placebo group, evening zeta fell from 12 to 9 (P = 0.04).")
    assert ("evening zeta (placebo)", "pValue", "0.04") in found


def test_a_sentence_counting_people_who_had_an_event_does_not_go_on_about_the_measure_before():
    found = facts(OPENER + "Zeta remission was reported by 70% of XY-123 patients and 45% of placebo patients. Five "
                  "patients in the placebo group had a bad turn, against one in the XY-123 group (P = 0.003).")
    assert ("zeta remission (XY-123)", "value", "70.0") in found
    assert not any(s == "zeta remission" and p == "pValue" for s, p, _ in found)


def test_p_values_listed_after_one_p_go_to_the_measures_before_them_in_order():
    found = facts("In this randomized trial (NCT00000001), 60 adults received XY-123 or placebo. The secondary "
                  "endpoints were the Zeta Severity Scale (ZSS) and the Zeta Change Scale (ZCS). Results: Both secondary "
                  "endpoints, ZSS and ZCS, moved toward decline on placebo against XY-123 (p=0.06 and 0.11, "
                  "respectively).")
    assert {("Zeta Severity Scale", "pValue", "0.06"), ("Zeta Change Scale", "pValue", "0.11")} <= found


def test_a_drugs_group_in_the_results_is_the_letter_named_group_the_allocation_gave_it():
    found = facts("Lidocaine versus mepivacaine for spinal anaesthesia: a randomized trial (NCT00000001). Ninety "
                  "adults were randomly divided into Group L (lidocaine) and Group M (mepivacaine). Results: The total "
                  "duration of zeta block was significantly shorter in the lidocaine group (142 ± 11.0 min) than in "
                  "the mepivacaine group (215 ± 14.5 min; P < 0.05).")
    assert {("total duration of zeta block (Group L)", "value", "142.0"),
            ("total duration of zeta block (Group M)", "value", "215.0")} <= found


def test_both_arms_numbers_in_brackets_go_to_the_arms_the_clause_names_after_them():
    found = facts(OPENER + "The mean zeta onset time (7.5 ± 1.2 min vs. 4.0 ± 0.9 min; P < 0.001) was significantly "
                  "longer in the XY-123 group as compared to the placebo group.")
    assert {("zeta onset time (XY-123)", "value", "7.5"), ("zeta onset time (placebo)", "value", "4.0"),
            ("zeta onset time", "significant", "True")} <= found
    found = facts(OPENER + "The mean zeta recovery time was also shorter in the XY-123 group compared to the placebo "
                  "group (51 ± 8.0 min vs. 83 ± 9.5 min; P < 0.05).")
    assert {("zeta recovery time (XY-123)", "value", "51.0"), ("zeta recovery time (placebo)", "value", "83.0")} <= found


def test_a_pair_whose_order_a_comparative_contradicts_gives_no_arm_values():
    found = facts(OPENER + "The mean zeta onset time (4.0 ± 0.9 min vs. 7.5 ± 1.2 min; P < 0.001) was significantly "
                  "longer in the XY-123 group as compared to the placebo group.")
    assert ("zeta onset time", "significant", "True") in found
    assert not any(s.startswith("zeta onset time (") for s, _, _ in found)


def test_items_each_with_both_arms_numbers_before_one_comparing_verb():
    found = facts(OPENER + "The zeta recovery time (41 vs. 66 min; p = 0.01), zeta ache score (2.5 vs. 4.5) and beta "
                  "relapse rate (12% vs. 30%, p = 0.04) were significantly lower in the XY-123 group than in the "
                  "placebo group.")
    assert {("zeta recovery time (XY-123)", "value", "41.0"), ("zeta recovery time (placebo)", "value", "66.0"),
            ("zeta ache score (XY-123)", "value", "2.5"), ("beta relapse rate (placebo)", "value", "30.0"),
            ("beta relapse rate", "pValue", "0.04")} <= found


def test_what_one_group_had_more_or_less_of_goes_to_it_and_the_other_arm():
    found = facts(OPENER + "Patients in the XY-123 group had significantly fewer zeta relapses (4 vs. 11, P = 0.02).")
    assert {("zeta relapses (XY-123)", "value", "4.0"), ("zeta relapses (placebo)", "value", "11.0"),
            ("zeta relapses", "pValue", "0.02")} <= found
    found = facts(OPENER + "The XY-123 group had a significantly faster zeta onset than the placebo group (6 vs. 9 min, "
                  "P = 0.01).")
    assert {("zeta onset (XY-123)", "value", "6.0"), ("zeta onset (placebo)", "value", "9.0")} <= found
    found = facts(OPENER + "The placebo group had a significantly higher zeta ache score (2.5 vs. 4.5, P = 0.01).")
    assert ("zeta ache score", "pValue", "0.01") in found       # (higher, yet its number is the smaller: no arms)
    assert not any(s.startswith("zeta ache score (") for s, _, _ in found)


GROUPS = ("In this randomized trial (NCT00000001), 60 adults were randomly divided into Group A (XY-123) and Group B "
          "(placebo). Results: ")


def test_the_documents_lettered_groups_are_arms_where_the_results_name_them():
    found = facts(GROUPS + "Time to zeta regression was significantly longer in Group B (131 +/- 20 min in Group A "
                  "versus 150 +/- 17 min in Group B).")
    assert {("time to zeta regression (Group A)", "value", "131.0"),
            ("time to zeta regression (Group B)", "value", "150.0")} <= found
    found = facts(GROUPS + "The zeta score was 2.5 in Group A and 4.5 in Group B.")
    assert {("zeta score (Group A)", "value", "2.5"), ("zeta score (Group B)", "value", "4.5")} <= found


def test_groups_each_told_what_it_received_in_a_sentence_of_its_own_are_arms():
    found = facts("In this randomized trial (NCT00000001), 60 adults were allocated to two groups. Group A (the XY "
                  "group) received XY-123. Group B (n = 30) received saline. Results: Time to zeta regression was "
                  "longer in Group B (131 +/- 20 min in Group A versus 150 +/- 17 min in Group B).")
    assert {("time to zeta regression (Group A)", "value", "131.0"),
            ("time to zeta regression (Group B)", "value", "150.0")} <= found


def test_a_single_value_given_by_stood_at_or_had_reached():
    single = "In this single-arm trial (NCT00000001), 60 adults received XY-123. Results: "
    assert ("response rate", "value", "64.0") in facts(single + "The zeta response rate stood at 64% at week 12.")
    assert ("response rate", "value", "71.0") in facts(single + "By day 90, the zeta response rate had reached 71%.")


def test_a_change_that_opens_the_sentence_after_its_measure_signs_the_arms_numbers():
    found = facts(f"In the XY-123 trial (NCT00000001), the primary endpoint was the change in the {SCALE} (ARS) at week 6. "
                  "The average decrease was 15.2 points with XY-123 and 10.4 points with placebo (p=0.004).")
    assert {(f"{SCALE} (XY-123)", "change", "-15.2"), (f"{SCALE} (placebo)", "change", "-10.4")} <= found
    assert not any(p == "value" for _, p, _ in found)
    found = facts(f"In the XY-123 trial (NCT00000001), the primary endpoint was the {SCALE} (ARS) at week 6. "
                  "The mean increase was 4.1 points with XY-123 and 1.2 points with placebo (p=0.004).")
    assert {(f"{SCALE} (XY-123)", "change", "4.1"), (f"{SCALE} (placebo)", "change", "1.2")} <= found


def test_a_treatment_given_that_long_as_a_results_subject_dates_its_measures():
    found = facts(f"In the XY-123 trial (NCT00000001), against placebo, 24 weeks of XY-123 lowered the {SCALE} (ARS) "
                  "(p=0.01).")
    assert (SCALE, "timepoint", "P24W") in found
    # a trial's span is no timepoint
    found = facts(f"The XY-123 trial (NCT00000001) gave 24 weeks of XY-123 to adults; the {SCALE} (ARS) fell (p=0.01).")
    assert not any(p == "timepoint" for _, p, _ in found)


def test_hours_after_at_date_a_measure_and_a_window_of_hours_does_not():
    found = facts(f"In the XY-123 trial (NCT00000001), the {SCALE} (ARS) at 2 hours was lower with XY-123 than with "
                  "placebo (P<0.001).")
    assert (SCALE, "timepoint", "PT2H") in found
    found = facts("In the XY-123 trial (NCT00000001), the 24-hour blood pressure was lower with XY-123 than with placebo "
                  "(P<0.001).")
    assert not any(p == "timepoint" for _, p, _ in found)


def test_values_given_respectively_before_their_own_result_are_not_the_measure_before():
    opening = (f"In the XY-123 trial (NCT00000001), adults were randomized to XY-123 200 mg or placebo. The {SCALE} (ARS) "
               "was the primary endpoint. ")
    found = facts(opening + "ARS responses came in 31.4% of those given XY-123 200 mg and in 14.6% of those given "
                            "placebo (P <.001), while 42.5% and 27.1%, respectively, reported no nausea.")
    assert {(f"{SCALE} (XY-123 200 mg)", "value", "31.4"), (f"{SCALE} (placebo)", "value", "14.6")} <= found
    assert not any(o in ("42.5", "27.1") for _, _, o in found)
    # a measure named after them takes them, in the arms of the pair before
    opening = (f"In the XY-123 trial (NCT00000001), adults were randomized to XY-123 or placebo. The {SCALE} (ARS) was "
               "the primary endpoint and the Beta Nausea Index (BNI) a secondary one. ")
    found = facts(opening + "ARS responses came in 31.4% of those given XY-123 200 mg and in 14.6% of those given "
                            "placebo (P <.001), while 42.5% and 27.1%, respectively, had a BNI response.")
    assert {("Beta Nausea Index (XY-123 200 mg)", "value", "42.5"), ("Beta Nausea Index (placebo)", "value", "27.1")} <= found


def test_what_an_arm_beat_the_control_on_is_a_measure_and_its_dose_names_the_arm_among_doses():
    found = facts("In the XY-123 trial (NCT00000001), adults were randomized to XY-123 200 mg, XY-123 100 mg or placebo. "
                  "XY-123 200 mg beat placebo on zeta clearance (44.1% vs 18.9%; P = .002), and on zeta relief "
                  "(52.0% vs 30.5%; P = .01).")
    assert {("zeta clearance (XY-123 200 mg)", "value", "44.1"), ("zeta clearance (placebo)", "value", "18.9"),
            ("zeta relief (XY-123 200 mg)", "value", "52.0")} <= found
    # one dose: the arm is the therapy's
    found = facts("In the XY-123 trial (NCT00000001), adults were randomized to XY-123 or placebo. XY-123 200 mg also "
                  "beat placebo on zeta clearance (44.1% vs 18.9%; P = .002).")
    assert ("zeta clearance (XY-123)", "value", "44.1") in found


def test_a_quantity_said_to_differ_little_has_its_arms_numbers_and_no_verdict():
    found = facts(f"In the XY-123 trial (NCT00000001), adults were randomized to XY-123 or placebo. Zeta rates also did "
                  "not differ much across the XY-123 and placebo arms (31% vs. 27%).")
    assert {("zeta rates (XY-123)", "value", "31.0"), ("zeta rates (placebo)", "value", "27.0")} <= found
    assert not any(p == "significant" for _, p, _ in found)


def test_from_to_runs_with_the_arm_named_before_one_and_after_the_other():
    found = facts(f"In the XY-123 trial (NCT00000001), adults were randomized to XY-123 or placebo to lower the {SCALE} "
                  "(ARS). The ARS with XY-123 moved from 72 points to 40 points by week 12, against a move from 75 "
                  "points to 70 points on placebo.")
    assert {(f"{SCALE} (XY-123)", "baseline", "72.0"), (f"{SCALE} (XY-123)", "value", "40.0"),
            (f"{SCALE} (placebo)", "baseline", "75.0"), (f"{SCALE} (placebo)", "value", "70.0")} <= found


def test_from_to_runs_each_in_a_clause_that_opens_on_its_arm():
    found = facts(ALLOCATED + "In the XY-123 group, the mean zeta pressure fell from 151 mmHg to 133 mmHg, while in the "
                  "placebo group it fell from 150 mmHg to 146 mmHg.")
    assert {("zeta pressure (XY-123)", "baseline", "151.0"), ("zeta pressure (XY-123)", "value", "133.0"),
            ("zeta pressure (placebo)", "baseline", "150.0"), ("zeta pressure (placebo)", "value", "146.0")} <= found


def test_a_drop_named_before_the_measures_last_naming_signs_the_arms_changes():
    found = facts(f"In the XY-123 trial (NCT00000001) of adults kept at an ARS goal of the {SCALE} (ARS), XY-123 gave "
                  "a larger drop in ARS at week 12 than placebo (28 vs. 7 points, p=0.003).")
    assert {(f"{SCALE} (XY-123)", "change", "-28.0"), (f"{SCALE} (placebo)", "change", "-7.0")} <= found


def test_a_role_defines_a_measure_up_to_what_it_was_built_to_capture():
    found = facts("In the ZETA-1 trial (NCT00000001), adults were randomized to XY-123 or placebo. The primary endpoint "
                  "was a composite zeta endpoint built to track gains in daily activity.")
    assert ("composite zeta endpoint", "outcomeRole", "primary") in found


@pytest.mark.parametrize("role_sentence, takes", [
    ("The primary endpoint was remission at week 12.", False),      # a name no list knows: only that measure
    ("The primary endpoint was safety and tolerability.", False),
    ("XY-123 met its primary endpoint.", True),                      # no name: the next measure
    ("The primary endpoint was met.", True),
])
def test_a_role_that_named_another_measure_does_not_pass_to_the_next(role_sentence, takes):
    found = facts(f"The XY-123 trial (NCT00000001) measured the {SCALE} (ARS). {role_sentence} "
                  "Zeta cell counts fell by 30% with XY-123 and by 10% with placebo.")
    assert (("zeta cell counts", "outcomeRole", "primary") in found) is takes
    assert ("zeta cell counts (XY-123)", "change", "-30.0") in found


def test_a_number_net_of_placebo_names_no_placebo_arm_and_a_change_may_be_over_baseline():
    found = facts(f"The XY-123 trial (NCT00000001) gave XY-123 at 10 mg or 20 mg or placebo and measured the {SCALE} "
                  "(ARS). Placebo-corrected ARS rose over baseline by 64 points with the 10 mg dose and 91 points "
                  "with the 20 mg dose.")
    assert {(f"{SCALE} (XY-123 10 mg)", "change", "64.0"), (f"{SCALE} (XY-123 20 mg)", "change", "91.0")} <= found
    assert not any(s.endswith("(placebo)") for s, _, _ in found)


@pytest.mark.parametrize("second", [
    "With placebo, ARS fell by 0.4 points.",                                   # the arm the sentence opens on
    # a sentence that names no measure but opens on an arm and gives its change continues the measure
    "Patients receiving placebo, however, had a mean reduction of 0.4 points.",
])
def test_each_arms_change_in_a_sentence_of_its_own(second):
    found = facts(f"The XY-123 trial (NCT00000001) compared XY-123 with placebo on the {SCALE} (ARS). ARS fell by 3.1 "
                  f"points with XY-123. {second}")
    assert {(f"{SCALE} (XY-123)", "change", "-3.1"), (f"{SCALE} (placebo)", "change", "-0.4")} <= found


def test_a_measure_defined_in_an_aside_and_a_further_result_that_takes_no_pending_role():
    found = facts("The ZETA trial (NCT00000001) compared XY-123 with placebo. ZETA met its primary endpoint. "
                  "Zeta scores were read monthly. Moreover, zeta calm, which is defined as a zeta score of 2 or less "
                  "(mild signs), was seen in 38% with XY-123 and 12.5% with placebo.")
    assert {("zeta calm (XY-123)", "value", "38.0"), ("zeta calm (placebo)", "value", "12.5")} <= found
    assert ("zeta calm", "outcomeRole", "primary") not in found


@pytest.mark.parametrize("aside", [
    " (defined as a zeta score of none or one),",      # in brackets
    " defined as zeta scores of 0 (none) or 1,",        # with no comma before it, up to the other arm's
])
def test_a_measure_defined_in_brackets_or_without_a_comma_before_the_other_arm(aside):
    found = facts(f"{ALLOCATED}Moreover, 36% of patients given XY-123 achieved zeta calm{aside} compared to 9.5% of "
                  "patients given placebo.")
    assert {("zeta calm (XY-123)", "value", "36.0"), ("zeta calm (placebo)", "value", "9.5")} <= found


def test_a_measure_named_again_inside_another_ones_definition_is_a_part_of_it():
    found = facts("The ZETA trial (NCT00000001) compared XY-123 with placebo. More patients responded on the Zeta "
                  "Activity Scale (ZAS) with XY-123 than with placebo (61.5% vs. 29.5%). Also, 36% of patients given "
                  "XY-123 reached zeta calm defined as ZAS scores of 0 (none) or 1, compared to 9.5% of patients "
                  "given placebo.")
    assert {("zeta calm (XY-123)", "value", "36.0"), ("zeta calm (placebo)", "value", "9.5")} <= found
    assert not any(o in ("36.0", "9.5") for s, _, o in found if s.startswith("Zeta Activity Scale"))


def test_a_role_whose_result_follows_a_colon_is_not_passed_on():
    found = facts("The ZETA trial (NCT00000001) compared XY-123 with placebo. ZETA met its primary endpoint: more "
                  "of the XY-123 group than of the placebo group counted as zeta index responders (40% vs. 20%). Zeta "
                  "scores fell by 3.0 points with XY-123 and by 1.0 point with placebo.")
    assert not any(p == "outcomeRole" for _, p, _ in found)


def test_a_measure_named_with_its_average_and_without_is_one_measure():
    found = facts("The XY-123 trial (NCT00000001) compared XY-123 with placebo. The primary outcome was the mean weekly "
                  "zeta itch score. The mean weekly zeta itch score was significantly greater in the XY-123 group "
                  "(3.10+/-0.70) than in the placebo group (2.40+/-0.80) (P = 0.002).")
    measures = {o for _, p, o in found if p == "measure"}
    assert measures == {"mean weekly zeta itch score"}
    assert {("mean weekly zeta itch score", "outcomeRole", "primary"),
            ("mean weekly zeta itch score (XY-123)", "value", "3.1")} <= found


def test_a_ticker_in_brackets_defines_nothing_and_a_vaccines_efficacy_may_follow_its_share():
    text = ("Zeta Bio (Nasdaq: ZETB) reported that in the Phase 3 ZETA trial (NCT00000001) its ZB-101 vaccine for "
            "zeta fever reached the primary endpoint, with 88.2% efficacy.")
    found = facts(text)
    assert {("vaccine efficacy", "value", "88.2"), ("vaccine efficacy", "outcomeRole", "primary")} <= found


def test_a_time_looked_back_over_before_the_trial_is_no_timepoint():
    found = facts(f"The XY-123 trial (NCT00000001) compared XY-123 with placebo on the {SCALE} (ARS). ARS fell by "
                  "3.0 points with XY-123 and by 1.0 point with placebo in patients with no zeta flares in the 6 months "
                  "before screening.")
    assert not any(p == "timepoint" for _, p, _ in found)


def test_the_endpoint_a_share_achieved_against_the_other_arm_and_its_ratio_over_a_bare_difference():
    found = facts("In the ZETA trial, 800 adults were randomly assigned to receive either XY-123 gel (400) or vehicle "
                  "(400). A total of 120 subjects (30.0%) in the treatment group achieved the primary efficacy endpoint "
                  "of complete zeta lesion clearance compared with 60 subjects (15.0%) in the vehicle group (absolute "
                  "difference, 15.0%; OR, 2.4; 95% CI, 1.7-3.3; P < .001).")
    measure = "complete zeta lesion clearance"
    assert {(measure, "outcomeRole", "primary"), (measure, "effectMeasure", "odds ratio"), (measure, "effect", "2.4"),
            (f"{measure} (XY-123)", "value", "30.0"), (f"{measure} (vehicle)", "value", "15.0")} <= found


def test_the_study_group_against_the_control_group_on_a_list_of_shares_each_with_its_pair():
    found = facts("In the ZETA trial, 400 adults were randomly assigned to XY-123 (n=200) or vehicle (n=200). At day "
                  "30, the study group achieved a significantly higher proportion of patients with zeta cure (57.5% vs. "
                  "21.5%; P < 0.001), beta clearance (38.0% vs. 9.5%; P < 0.001), and gamma cure (17.5% vs. 5.0%; "
                  "P = 0.003) than the control group.")
    assert {("zeta cure (XY-123)", "value", "57.5"), ("zeta cure (vehicle)", "value", "21.5"),
            ("gamma cure (XY-123)", "value", "17.5"), ("gamma cure (vehicle)", "value", "5.0")} <= found
    assert not any("control" in subject for subject, _, _ in found)


def test_a_paired_list_after_an_opening_timepoint_keeps_its_first_item_and_no_joining_word():
    found = facts(ALLOCATED + "At week 6, zeta cure (57.5% vs. 21.5%; P < 0.001), beta clearance (38.0% vs. 9.5%; "
                  "P < 0.001), and gamma cure (17.5% vs. 5.0%; P = 0.003) were more frequent with XY-123 than with "
                  "placebo.")
    assert {o for _, p, o in found if p == "measure"} == {"zeta cure", "beta clearance", "gamma cure"}


def test_what_the_therapy_showed_in_a_share_of_patients_against_the_control_is_the_measure():
    found = facts(ALLOCATED + "The primary endpoint was met, with XY-123 showing sustained zeta response in 31% of "
                  "adults compared to 6% on the placebo arm (p<0.001), along with secondary endpoints such as fewer "
                  "flares.")
    assert {("sustained zeta response", "outcomeRole", "primary"), ("sustained zeta response (XY-123)", "value", "31.0"),
            ("sustained zeta response (placebo)", "value", "6.0")} <= found


def test_a_sentence_that_opens_on_one_trial_and_turns_to_another_gives_each_its_pair():
    found = facts("XY-123 was tested at 100 mg and 50 mg in a short study (ZU-1) and a long study (ZU-2). In ZU-1, 33% "
                  "of patients achieved zeta remission with XY-123 compared to 12% with placebo; in ZU-2, 46% achieved "
                  "zeta remission versus 22% with placebo.")
    assert {("zeta remission (XY-123)", "value", "33.0"), ("zeta remission (XY-123)", "value", "46.0"),
            ("zeta remission (placebo)", "value", "22.0"), ("ZU-1", "hasOutcome", "zeta remission (XY-123)"),
            ("ZU-2", "hasOutcome", "zeta remission (XY-123)")} <= found


def test_two_measures_values_given_arm_by_arm_then_respectively():
    found = facts(ALLOCATED + "Secondary endpoints of objective response rate and complete response rate were 42% "
                  "and 17% in the XY-123 arm vs. 26% and 8% in the placebo arm, respectively.")
    assert {("objective response rate (XY-123)", "value", "42.0"), ("objective response rate (placebo)", "value", "26.0"),
            ("complete response rate (XY-123)", "value", "17.0"), ("complete response rate (placebo)", "value", "8.0")} <= found


def test_a_single_arm_trials_shares_listed_before_their_measures_and_a_criterion_is_no_measure():
    found = facts("The ZETA-1 trial (NCT01234567) is an open-label, single-arm trial of XY-123 in 52 adults. The "
                  "primary endpoint is overall response rate (ORR) by Response Assessment in Zeta Oncology (RAZO) "
                  "criteria. In 50 evaluable adults: 48% ORR and 80% clinical benefit rate (complete response + "
                  "partial response): 10% (n=5) confirmed complete responses; and 38% (n=19) partial responses.")
    assert {("overall response rate", "value", "48.0"), ("clinical benefit rate", "value", "80.0"),
            ("complete response", "value", "10.0"), ("partial response", "value", "38.0")} <= found
    assert not any("Assessment" in subject for subject, _, _ in found)


def test_a_reduction_from_baseline_named_before_the_measure_signs_the_arms_changes():
    found = facts(ALLOCATED + "At week 20, the percentage reduction from baseline in the urinary zeta ratio was 38.5% in "
                  "the XY-123 group and 7.5% in the placebo group.")
    assert {("urinary zeta ratio (XY-123)", "change", "-38.5"), ("urinary zeta ratio (placebo)", "change", "-7.5")} <= found


def test_a_reduction_from_baseline_to_a_time_named_before_the_measure_signs_the_arms_changes():
    found = facts(ALLOCATED + "The reduction from baseline to week 20 in the urinary zeta ratio was 38.5% in the XY-123 "
                  "group and 7.5% in the placebo group.")
    assert {("urinary zeta ratio (XY-123)", "change", "-38.5"), ("urinary zeta ratio (placebo)", "change", "-7.5")} <= found
    found = facts(ALLOCATED + "The decrease from baseline to final HbA1c was 1.5% in the XY-123 group and 0.5% in the "
                  "placebo group.")
    assert {("HbA1c (XY-123)", "change", "-1.5"), ("HbA1c (placebo)", "change", "-0.5")} <= found


def test_the_size_of_a_change_written_from_baseline_of_is_no_baseline():
    found = facts(ALLOCATED + "XY-123 gave a mean reduction from baseline of 5.1 points in the zeta symptom score (ZSS) "
                  "(placebo-corrected change = -1.9; p=0.01) and a mean reduction from baseline of 2.7 points in the "
                  "zeta function score (ZFS) (placebo-corrected change = -1.6; p=0.04).")
    assert ("zeta symptom score", "pValue", "0.01") in found
    assert not any(p == "baseline" for _, p, _ in found)
    found = facts(ALLOCATED + "In the XY-123 group, HbA1c fell by 1.2% from a baseline of 8.1%.")
    assert ("HbA1c (XY-123)", "baseline", "8.1") in found


def test_arms_named_by_how_long_they_were_treated_take_the_shares_set_against_each_other_after_their_counts():
    found = facts("In this randomized open-label trial, adults with zeta disease were given XY-123 for 3 months or 5 "
                  "months. Eleven adults in the 3-month arm relapsed, compared with four adults in the 5-month arm "
                  "(5.8 vs. 2.1%; risk difference, 0.037).")
    assert {("relapse (3-month arm)", "value", "5.8"), ("relapse (5-month arm)", "value", "2.1")} <= found
    assert not any(p == "timepoint" for _, p, _ in found)        # (the arms' names give no time)


def test_a_verdict_is_no_measure_a_visit_is_no_measure_and_what_occurred_in_each_arms_share_is():
    found = facts("The ZETA-1 trial (ZEta Trial of Adults) randomized 600 adults to XY-123 or ceftriaxone. XY-123 met the "
                  "primary efficacy endpoint of statistical non-inferiority to ceftriaxone at Test of Cure (TOC), with "
                  "zeta success occurring in 62.5% of XY-123 treated patients and 41.0% of ceftriaxone treated patients "
                  "(treatment difference 21.5; 95% CI, 10.2, 30.1).")
    assert {("zeta success", "outcomeRole", "primary"), ("zeta success (XY-123)", "value", "62.5"),
            ("zeta success", "effect", "21.5")} <= found
    assert not any("inferiority" in s or "Cure" in s for s, _, _ in found)


@pytest.mark.parametrize("sentence", [
    "The trial met its primary endpoint, a reduction in zeta tone after 9 months of treatment.",
    "XY-123 met the primary endpoint, reducing zeta tone after 9 months of treatment versus placebo.",
    "The 80 mg dose met the primary endpoint of significantly reducing zeta tone (ZT) in adults at nine months.",
    "The trial met its primary objective of demonstrating a statistically significant reduction in zeta tone, ZT or "
    "zetaemia, after 9 months of treatment with 16 mg of XY-123 compared to placebo.",
])
def test_a_role_names_the_measure_a_change_is_in_after_it(sentence):
    found = facts(ALLOCATED + sentence)
    assert {("zeta tone", "outcomeRole", "primary"), ("zeta tone", "significant", "True"),
            ("zeta tone", "timepoint", "P9M")} <= found


def test_a_reduction_in_a_measure_whose_name_the_list_knows_only_in_part_is_negative():
    found = facts(ALLOCATED + "Patients who received XY-123 showed a 32.4 percent median reduction in daily major "
                  "zeta seizure frequency, compared to a 4.1 percent reduction for those receiving placebo.")
    assert {("seizure frequency (XY-123)", "change", "-32.4"), ("seizure frequency (placebo)", "change", "-4.1")} <= found


def test_a_role_said_of_the_trials_it_belongs_to_still_names_its_measure():
    found = facts(ALLOCATED + "The primary endpoint of both trials was the annualized rate of zeta flares over 48 weeks.")
    assert {("annualized rate of zeta flares", "outcomeRole", "primary"),
            ("annualized rate of zeta flares", "timepoint", "P48W")} <= found


def test_a_measure_in_brackets_after_its_role_is_the_roles_and_a_study_described_by_its_aim_names_none():
    found = facts("Acme announced top-line results for the Primary Endpoint (zeta reduction at 12 weeks) from its "
                  "Phase 3 ZETA study (NCT01234567) evaluating the efficacy, safety and tolerability of XY-123. "
                  "The study did not meet its primary endpoint.")
    assert {("zeta reduction", "outcomeRole", "primary"), ("zeta reduction", "significant", "False")} <= found
    assert not any(s == "safety and tolerability" for s, _, _ in found)


def test_a_measure_defined_by_a_change_ends_before_as_measured_by():
    found = facts(ALLOCATED + "The trial met its primary endpoint, demonstrating significant improvement in zeta flow "
                  "as measured by a timed test for more patients using XY-123 than for patients using placebo.")
    assert ("zeta flow", "outcomeRole", "primary") in found
    assert not any(s.endswith(" as") for s, _, _ in found)


def test_a_table_copied_as_text_one_cell_a_line_gives_each_arm_its_numbers():
    found = facts("In the randomized ZETA trial (NCT01234567), adults got XY-123 or placebo. Results at week 12:\n"
                  "XY-123 10 mg\n(N=101)\nPlacebo\n(N=99)\nMean Reduction from Baseline\nin Zeta Tone\n4.2\n(p<0.001)\n"
                  "1.3\nPatients with at least a\n30% Zeta Response\n41.0%\n(p=0.002)\n22.5 %\nXY-123 was well tolerated.")
    assert {("Zeta Tone (XY-123 10 mg)", "change", "-4.2"), ("Zeta Tone (placebo)", "change", "-1.3"),
            ("at least a 30% Zeta Response (XY-123 10 mg)", "value", "41.0")} <= found


def test_arms_found_for_one_pair_carry_to_the_next_pairs_that_name_none():
    found = facts("In the ZETA trial, adults received XY-123 or placebo. Zeta-free survival improved among patients who "
                  "received XY-123, compared with patients who received placebo (median 11.4 vs. 7.9 months; P = .007). "
                  "Overall survival also improved (median, 19.6 vs. 14.1 months; P = .005). "
                  "However, the objective response rate was similar between groups (58.3% vs. 61.4%).")
    assert {("objective response rate (XY-123)", "value", "58.3"),
            ("objective response rate (placebo)", "value", "61.4")} <= found


def test_a_measure_the_list_knows_keeps_its_name_where_the_text_defines_its_short_form():
    found = facts(ALLOCATED + "The primary endpoint was American College of Rheumatology-50 (ACR-50) response at week 16. "
                  "ACR-50 response was 41.2% with XY-123 vs 11.5% with placebo (P=0.004).")
    measures = {s.split(" (")[0] for s, p, _ in found if p in ("outcomeRole", "value")}
    assert measures == {"ACR50"} and {("ACR50", "outcomeRole", "primary"), ("ACR50 (XY-123)", "value", "41.2")} <= found


def test_a_later_change_said_of_the_groups_continues_the_measure_and_no_group_is_a_measure():
    found = facts("Adults were randomized to XY-123 or placebo. The primary end point was the percentage change in zeta "
                  "mass from baseline to 24 weeks. At 24 weeks, the change was -6.4% in the XY-123 group, as compared "
                  "with -1.3% in the placebo group. At 48 weeks, the least-squares mean percentage change in the XY-123 "
                  "groups was -9.1% in the 1-mg group and -15.8% in the 4-mg group, as compared with -2.4% in the "
                  "placebo group.")
    assert {("zeta mass (XY-123 1 mg)", "change", "-9.1"), ("zeta mass (placebo)", "change", "-2.4")} <= found
    assert not any("groups" in s for s, _, _ in found)


def test_a_result_said_of_both_trials_named_together_is_each_ones_but_not_its_numbers():
    found = facts("Acme ran the ZETA-1 and ZETA-2 phase 3 trials of XY-123 in adults with diabetes. In both ZETA-1 and "
                  "ZETA-2, XY-123 improved HbA1c compared with placebo at week 24 (both P<0.001), meeting the primary "
                  "endpoint. HbA1c fell by 1.2% with XY-123.")
    assert {s for s, p, o in found if p == "hasOutcome" and o == "HbA1c"} == {"ZETA-1", "ZETA-2"}
    assert {(p, o) for s, p, o in found if s == "HbA1c"} >= {("outcomeRole", "primary"), ("significant", "True"),
                                                             ("timepoint", "P24W")}
    assert len({s for s, p, o in found if p == "hasOutcome" and o == "HbA1c (XY-123)"}) == 1   # (a number: one trial's)


def test_an_instrument_named_in_title_case_after_a_role_is_a_measure_though_it_opens_on_a_participle():
    found = facts(ALLOCATED + "The primary endpoint was the Summed Zeta Relief Difference (SZRD). Patients on XY-123 "
                  "had a greater SZRD than those on placebo (P=0.004).")
    assert {("Summed Zeta Relief Difference", "outcomeRole", "primary"),
            ("Summed Zeta Relief Difference", "pValue", "0.004")} <= found


def test_other_outcomes_are_measures_without_a_role_and_a_domain_gives_the_instruments_in_its_bracket():
    found = facts(ALLOCATED + "Other outcomes included Daily Function (ZQ-21, ZF-14), Mood (ZSI), and the Zeta Global "
                  "Impression of Change (ZGIC), pharmacokinetics and safety.")
    measures = {o for s, p, o in found if p == "measure"}
    assert measures == {"ZQ-21", "ZF-14", "ZSI", "Zeta Global Impression of Change"}
    assert not any(p == "outcomeRole" for _, p, _ in found)


def test_a_measure_listed_before_is_read_again_with_its_bracketed_numbers_and_an_unread_name_keeps_its_own():
    found = facts(ALLOCATED + "Other outcomes included Daily Function (ZQ-21) and the Zeta Global Impression of Change "
                  "(ZGIC). At week 16, XY-123 (n=120) vs ZDS-placebo (n=62) improved other measures including ZQ-21 "
                  "(LS mean -12.4 vs -5.1, p=.003); ZF-14v3 (LS mean 3.7 vs 0.9, p=.004); and ZGIC (54% vs 21% much "
                  "improved; p<.001).")
    assert {("ZQ-21 (XY-123)", "change", "-12.4"), ("ZQ-21 (placebo)", "change", "-5.1"), ("ZQ-21", "pValue", "0.003"),
            ("Zeta Global Impression of Change (XY-123)", "value", "54.0"),
            ("Zeta Global Impression of Change (placebo)", "value", "21.0")} <= found
    # ZF-14v3's numbers are no other measure's (its own, where the list reads it)
    assert not any(o in ("3.7", "0.9", "0.004") for s, _, o in found if not s.startswith("ZF-14v3"))


def test_one_pair_each_given_respectively_goes_to_each_measure_in_order():
    found = facts(ALLOCATED + "More patients on XY-123 than on placebo reached complete remission and partial "
                  "response (58.5% vs 20.0%, and 13.0% vs 4.0%, respectively).")
    assert {("complete remission (XY-123)", "value", "58.5"), ("complete remission (placebo)", "value", "20.0"),
            ("partial response (XY-123)", "value", "13.0"), ("partial response (placebo)", "value", "4.0")} <= found


def test_coprimary_endpoints_counted_before_their_measures_give_each_the_primary_role_and_a_list_its_time():
    found = facts(ALLOCATED + "XY-123 met its two coprimary endpoints. Against placebo, XY-123 gave significant "
                  "reductions in zeta frequency and zeta severity at 12 weeks.")
    assert {("zeta frequency", "outcomeRole", "primary"), ("zeta severity", "outcomeRole", "primary"),
            ("zeta severity", "timepoint", "P12W")} <= found
    assert not any("at 12 weeks" in s for s, _, _ in found)


def test_efficacy_named_by_what_it_is_against_takes_its_share_and_the_next_ones_comparison_word_is_not_its():
    found = facts("In the phase 3 ZETA trial, infants were randomized to the XY-123 vaccine or placebo. Efficacy against "
                  "zeta fever needing care reached 85%, while efficacy against any zeta fever irrespective of grade was "
                  "61.5%.")
    assert {("zeta fever needing care", "effect", "85.0"), ("any zeta fever", "effect", "61.5")} <= found


def test_the_week_in_a_bracket_after_each_measure_is_that_ones_timepoint():
    found = facts(ALLOCATED + "In this 20-week trial, co-primary endpoints were the zeta itch score (ZIS; week 2) and "
                  "the beta lesion area (BLA; week 16).")
    assert {("zeta itch score", "timepoint", "P2W"), ("beta lesion area", "timepoint", "P16W")} <= found


def test_quantities_listed_after_regarding_each_with_its_pair_are_measures_and_events_win_over_diseases():
    found = facts("In the phase 3 ZETA trial, adults were randomized to apixaban or warfarin. There was no significant "
                  "difference between the apixaban and warfarin group regarding incidences of stroke (4 vs 9), "
                  "myocardial infarction (3 vs 1) and major bleeding (12 vs 16).")
    assert {("stroke (Apixaban)", "value", "4.0"), ("stroke (Warfarin)", "value", "9.0"),
            ("myocardial infarction (Apixaban)", "value", "3.0"), ("major bleeding (Warfarin)", "value", "16.0")} <= found


def test_a_single_value_said_of_one_arm_alone_is_that_arms():
    found = facts(OPENER + "In the XY-123 group, the response rate was 44%. In the placebo group, the response rate "
                  "was 19%.")
    assert {("response rate (XY-123)", "value", "44.0"), ("response rate (placebo)", "value", "19.0")} <= found
    assert ("response rate", "value", "44.0") not in found


@pytest.mark.parametrize("sentence, measure", [
    ("The response rate was 44% in the XY-123 group.", "response rate"),
    ("The response rate was 44% among patients treated with XY-123.", "response rate"),
    ("The response rate in the XY-123 arm was 44%.", "response rate"),
    ("Among patients given XY-123, the response rate was 44%.", "response rate"),
    ("44% of XY-123-treated patients achieved remission.", "remission"),
])
def test_a_single_value_with_the_one_arm_it_is_given_for_is_that_arms(sentence, measure):
    found = facts(OPENER + sentence)
    assert (f"{measure} (XY-123)", "value", "44.0") in found
    assert (measure, "value", "44.0") not in found
    # (an arm named elsewhere in the sentence, with no phrase that gives it the value, keeps the value the trial's)
    found = facts(OPENER + "XY-123 was well tolerated, and the response rate was 44%.")
    assert ("response rate (XY-123)", "value", "44.0") not in found


def test_a_single_value_said_of_the_one_arm_of_an_uncontrolled_trial_is_the_trials():
    found = facts("In this single-arm trial (NCT00000001), 60 adults received XY-123. The response rate was 44% "
                  "among patients treated with XY-123.")
    assert ("response rate", "value", "44.0") in found


SINGLE_ARM = "In this single-arm trial (NCT00000001), 30 adults received XY-123. "


@pytest.mark.parametrize("sentence, measure, value", [
    ("Zeta remission was achieved by 58% of patients.", "zeta remission", "58.0"),
    ("Overall, zeta remission occurred in 58% of the adults.", "zeta remission", "58.0"),
    ("At week 12, zeta clearance was achieved in 18 of 30 patients (60%).", "zeta clearance", "60.0"),
])
def test_a_benefit_event_seen_in_one_share_of_all_patients_is_an_outcome_with_that_value(sentence, measure, value):
    assert (measure, "value", value) in facts(SINGLE_ARM + sentence)
    # a harm's share is an adverse event's
    assert not any(p == "value" for _, p, _ in facts(SINGLE_ARM + "Overall, zeta rash occurred in 58% of the adults."))


def test_a_quantity_that_moved_from_its_baseline_to_a_later_value_opening_a_sentence_after_a_linking_word():
    found = facts(SINGLE_ARM + "Overall, zeta scores decreased from 8.6 at baseline to 5.7 at week 8.")
    assert {("zeta scores", "baseline", "8.6"), ("zeta scores", "value", "5.7"), ("zeta scores", "timepoint", "P8W")} <= found


def test_shares_of_each_group_said_to_have_relapsed_are_the_trials_relapse_outcome():
    found = facts(OPENER + "In all, 7 (13.7%) of the XY-123 group relapsed within nine months, while 15 (27.3%) of "
                  "the placebo group relapsed (p=0.023).")
    assert {("relapse (XY-123)", "value", "13.7"), ("relapse (placebo)", "value", "27.3"), ("relapse", "pValue", "0.023"),
            ("relapse", "significant", "True")} <= found


def test_each_drug_said_to_have_cured_a_share_gives_that_share_to_the_trials_cure_measure():
    opener = ("In this randomized trial (NCT00000001), 600 adults with zeta pneumonia received XY-123 or moxifloxacin. "
              "The primary endpoint was the clinical cure rate. ")
    found = facts(opener + "In the per-protocol population, XY-123 cured 88.7% of patients and moxifloxacin cured 86.3%.")
    assert {("clinical cure rate (XY-123)", "value", "88.7"), ("clinical cure rate (Moxifloxacin)", "value", "86.3")} <= found
    found = facts(OPENER + "Of the adults, 47.3% receiving XY-123 and 13.9% receiving placebo were cured.")
    assert {("cure (XY-123)", "value", "47.3"), ("cure (placebo)", "value", "13.9")} <= found


@pytest.mark.parametrize("sentence", [
    "Those taking XY-123 recovered in 9 days on average, versus 13 days for those on placebo.",
    "Patients given XY-123 recovered in a median of 9 days, versus 13 days for those given placebo.",
])
def test_how_long_each_arm_took_to_recover_is_the_trials_recovery_time_and_no_timepoint(sentence):
    found = facts(OPENER.replace("Results: ", "The primary outcome was recovery time. ") + sentence)
    assert {("recovery time (XY-123)", "value", "9.0"), ("recovery time (placebo)", "value", "13.0")} <= found
    assert not any(p == "timepoint" for _, p, _ in found)


def test_a_window_the_event_is_counted_in_stays_the_timepoint():
    found = facts(OPENER.replace("Results: ", "The primary outcome was mortality. ") + "In all, 19.4% of patients on "
                  "XY-123 and 26.2% on placebo died within 28 days.")
    assert ("mortality (XY-123)", "timepoint", "P28D") in found


@pytest.mark.parametrize("allocated", [
    "adults were randomly assigned to intensive treatment (target below 120 mmHg) or standard treatment (target "
    "below 140 mmHg). ",
    "adults were randomly assigned to the intensive group (n = 400) or the standard group (n = 400). ",
])
def test_groups_that_name_an_arm_the_allocation_named_in_words_are_that_arms(allocated):
    found = facts("In the ZETA trial (NCT00000001), " + allocated + "Mean systolic blood pressure at one year was "
                  "122.6 mmHg for the intensive-treatment group versus 134.7 mmHg for the standard-treatment group.")
    values = {(s, o) for s, p, o in found if p == "value"}
    assert len(values) == 2 and {o for _, o in values} == {"122.6", "134.7"}
    assert all("intensive" in s for s, o in values if o == "122.6") and all("standard" in s for s, o in values if o == "134.7")


def test_a_p_value_at_a_later_timepoint_is_an_outcome_of_its_own():
    said = ("Significant improvements over placebo at week 1 were noted for the Zeta Global Impression (ZGI) "
            "(p=0.006) and the Beta Scale (p=0.017). At week 6, significant improvements were noted for ZGI ({}) and "
            "the Beta Scale (p=0.038).")
    found = facts(OPENER + said.format("p=0.004"))
    p_values = {(s, o) for s, p, o in found if p == "pValue" and s.startswith("Zeta")}
    assert {o for _, o in p_values} == {"0.006", "0.004"} and len({s for s, _ in p_values}) == 1
    assert {o for s, p, o in found if p == "timepoint" and s.startswith("Zeta")} == {"P1W", "P6W"}
    # (a bound at the later time is no outcome of its own: it may be another measure's)
    found = facts(OPENER + said.format("p<0.001"))
    assert {o for s, p, o in found if p == "timepoint" and s.startswith("Zeta")} == {"P1W"}


def test_a_measure_named_after_what_kind_of_thing_it_is_is_named_by_its_name():
    found = facts(OPENER + "The trial missed a secondary endpoint: a further scale known as the zeta "
                  "social scale (p=0.31).")
    assert ("zeta social scale", "outcomeRole", "secondary") in found
    assert not any("known" in s for s, _, _ in found)


def test_a_non_inferiority_endpoint_names_its_measure_as_written_in_capitals():
    allocated = "In this randomized trial (NCT00000001), 600 adults received XY-123 or moxifloxacin. "
    found = facts(allocated + "XY-123 reached its primary endpoint of non-inferiority on the Early Zeta Response at "
                  "day 5 (71.3% with XY-123) compared to moxifloxacin (70.8%).")
    assert {("Early Zeta Response", "outcomeRole", "primary"), ("Early Zeta Response (XY-123)", "value", "71.3"),
            ("Early Zeta Response (Moxifloxacin)", "value", "70.8")} <= found
    found = facts(allocated + "The primary endpoint of equivalence in zeta clearance at the end of treatment was "
                  "reached.")
    assert ("zeta clearance", "outcomeRole", "primary") in found


def test_a_verdict_or_p_value_said_of_one_dose_of_a_dose_ranging_trial_is_that_dose_arms():
    doses = ("In this randomized trial (NCT00000001), children were randomized to placebo, XY-123 3 mg/kg/day or "
             "XY-123 9 mg/kg/day. ")
    found = facts(doses + "Zeta frequency was lower with XY-123 9 mg/kg/day (p = 0.007) but not with XY-123 3 "
                  "mg/kg/day (p = 0.29).")
    assert {("zeta frequency (XY-123 9 mg/kg/day)", "pValue", "0.007"), ("zeta frequency (XY-123 3 mg/kg/day)", "pValue", "0.29"),
            ("zeta frequency (XY-123 3 mg/kg/day)", "significant", "False")} <= found
    found = facts(doses + "The primary endpoint was zeta frequency. Treatment at the lower dose (3 mg/kg/day) did "
                  "not lead to any statistically significant fall in zeta frequency versus placebo.")
    assert ("zeta frequency (XY-123 3 mg/kg/day)", "significant", "False") in found
    # (the drug named without a dose, its code's digits no dose, is both doses against placebo: no arm's own p-value)
    found = facts(doses + "More children treated with XY-123 achieved zeta remission versus placebo (p = 0.013).")
    assert ("zeta remission", "pValue", "0.013") in found
    assert not any(s.startswith("zeta remission (") for s, _, _ in found)


def test_shares_of_patients_treated_with_each_arm_set_against_the_control_are_each_arms():
    found = facts("In the ZETA trial (NCT01234567), adults were randomized to XY-123 every 4 weeks, XY-123 every 8 "
                  "weeks, or placebo. At week 36, 47% of patients treated with XY-123 every 4 weeks and 39% of those "
                  "receiving XY-123 every 8 weeks achieved clinical remission, compared to 18% for placebo (p=0.009).")
    assert {("clinical remission (XY-123 every 4 weeks)", "value", "47.0"), ("clinical remission (XY-123 every 8 weeks)", "value", "39.0"),
            ("clinical remission (placebo)", "value", "18.0")} <= found
    assert not any(s == "clinical remission (XY-123)" for s, _, _ in found)


def test_a_mean_change_before_the_measure_and_a_responders_size_of_change_in_its_definition():
    found = facts(ALLOCATED + "XY-123 saw a -9.4 mean change in zeta lesion count versus a -5.2 mean "
                  "change with placebo (p=0.004).")
    assert {("zeta lesion count (XY-123)", "change", "-9.4"), ("zeta lesion count (placebo)", "change", "-5.2"),
            ("zeta lesion count", "pValue", "0.004")} <= found
    # a success defined by a size of change is reached by a share of patients: their value, no change
    found = facts(ALLOCATED + "XY-123 achieved IGA success (a 2-point change to a grade of 0 or 1) in 38.5% of "
                  "patients versus 13.7% of placebo patients (p=0.001).")
    assert {("IGA success (XY-123)", "value", "38.5"), ("IGA success (placebo)", "value", "13.7")} <= found
    assert not any(p == "change" for _, p, _ in found)


def test_shares_said_to_meet_the_responder_criteria_are_the_arms_response():
    found = facts(ALLOCATED + "At week 24, 58.3% of adults in the XY-123 group met the responder criteria versus 11.9% "
                  "with placebo (p<0.001).")
    assert {("response (XY-123)", "value", "58.3"), ("response (placebo)", "value", "11.9")} <= found


def test_an_event_said_of_each_arms_share_after_a_role_is_the_measure_of_that_role():
    found = facts(ALLOCATED + "For the primary endpoint, 58.3% of adults in the XY-123 group died versus 11.9% with "
                  "placebo (p<0.001).")
    assert {("death", "outcomeRole", "primary"), ("death (XY-123)", "value", "58.3")} <= found


@pytest.mark.parametrize("said", ["The vaccine has a 88.5% overall efficacy rate.", "The vaccine has 88.5% efficacy.",
                                  "The vaccine showed 88.5% overall efficacy."])
def test_a_vaccines_efficacy_given_before_its_name(said):
    found = facts("In the phase 3 ZETA trial (NCT01234567), 30,000 adults received the XY-123 vaccine or placebo. " + said)
    assert ("vaccine efficacy", "value", "88.5") in found


def test_an_event_said_to_be_detected_in_each_arms_count_and_share_is_the_arms_outcome():
    found = facts(ALLOCATED + "Atrial fibrillation was detected in 7 patients (14%) of the treatment group, against 13 "
                  "subjects (27.1%) in the control group, which showed no statistical significance (p = 0.12).")
    assert {("atrial fibrillation (XY-123)", "value", "14.0"), ("atrial fibrillation (placebo)", "value", "27.1"),
            ("atrial fibrillation", "significant", "False")} <= found
    assert not any("significance" in s for s, _, _ in found)


def test_shares_of_counted_patients_listed_respectively_and_a_value_after_a_measures_definition_in_brackets():
    found = facts(SINGLE_ARM + "Best responses were stable disease, partial response or complete response in 13 "
                  "adults (21%), 35 (54%) and four (6%), respectively.")
    assert {("complete response", "value", "6.0"), ("partial response", "value", "54.0"),
            ("stable disease", "value", "21.0")} <= found
    found = facts(SINGLE_ARM + "The overall remission rate (zeta clearance with or without partial marrow recovery) "
                  "was 64.3%.")
    assert ("overall remission rate", "value", "64.3") in found


def test_a_pair_after_the_one_arm_named_as_the_comparison_puts_that_arm_second():
    allocated = "In this randomized trial (NCT00000001), 60 adults were randomized to XY-123 or metformin. "
    found = facts(allocated + "The zeta clearance time was longer in treated adults compared with metformin (64 versus "
                  "51 minutes; P < 0.01).")
    assert {("zeta clearance time (XY-123)", "value", "64.0"), ("zeta clearance time (Metformin)", "value", "51.0")} <= found
    found = facts(allocated + "XY-123 also shortened the zeta clearance time (51 versus 64 minutes).")
    assert {("zeta clearance time (XY-123)", "value", "51.0"), ("zeta clearance time (Metformin)", "value", "64.0")} <= found


def test_outcome_parameters_are_roles_and_a_list_item_may_open_on_a_clinical_gerund():
    found = facts(ALLOCATED + "The main outcome parameter was zeta wellbeing during 6 months of follow-up. Secondary "
                  "parameters included waiting time, zeta flares, blood loss and costs.")
    assert {("zeta wellbeing", "outcomeRole", "primary"), ("waiting time", "outcomeRole", "secondary"),
            ("zeta flares", "outcomeRole", "secondary"), ("costs", "outcomeRole", "secondary")} <= found


def test_the_number_of_patients_with_another_event_is_that_events_not_the_measure_before():
    found = facts(OPENER + "Hospital stays were 4 days with XY-123 and 6 days with placebo (P = 0.02). The number of "
                  "adults with zeta morbidity by day 60 differed between the XY-123 and placebo groups (12% versus 27%; "
                  "P = 0.04).")
    assert ("hospital stays (XY-123)", "value", "4.0") in found
    assert not any(s.startswith("hospital stay") and o in ("12.0", "27.0", "0.04") for s, _, o in found)
    # (what the people had is the measure, never the people)
    assert {("zeta morbidity (XY-123)", "value", "12.0"), ("zeta morbidity (placebo)", "value", "27.0")} <= found
    assert not any(s.startswith("adults") for s, _, _ in found)


def test_a_single_arm_share_seen_in_so_many_patients_and_listed_shares():
    found = facts("In this phase 2 trial (NCT00000001), 36 adults received XY-123. In all, objective responses were "
                  "seen in 9 of 36 adults (25.0%; complete response 5.6%, partial response 19.4%).")
    assert {("objective response", "value", "25.0"), ("complete response", "value", "5.6"),
            ("partial response", "value", "19.4")} <= found
    # a share counted of another group is not the measure's
    found = facts("In this phase 2 trial (NCT00000001), 40 adults received XY-123. Zeta responses were noted in 14 "
                  "of 40 adults, and 20% of them had a complete response lasting 6 months.")
    assert not any(s == "zeta response" and p == "value" for s, p, _ in found)


def test_events_counted_in_each_arm_after_there_were_are_an_outcome():
    found = facts(ALLOCATED + "There were 4 zeta worsening events in the XY-123 group and 11 events in the placebo group.")
    assert {("zeta worsening events (XY-123)", "value", "4.0"), ("zeta worsening events (placebo)", "value", "11.0")} <= found
    found = facts(ALLOCATED + "Clinical worsening occurred in 4 adults in the XY-123 group and 11 adults in the "
                  "placebo group.")
    assert ("clinical worsening (placebo)", "value", "11.0") in found
    # people counted, or harms, are no outcome
    assert not any(p == "value" for _, p, _ in facts(ALLOCATED + "There were 30 patients in the XY-123 group and 31 "
                                                                  "patients in the placebo group."))
    assert not any(p == "value" for _, p, _ in facts(ALLOCATED + "There were 4 headaches in the XY-123 group and 11 "
                                                                  "in the placebo group."))


def test_a_change_by_a_number_with_its_interval_against_the_control_is_the_arms_difference():
    found = facts(ALLOCATED + "Compared with placebo, XY-123 reduced the zeta index by 2.6 points (95% CI, 0.9 to 4.3; "
                  "P=0.006).")
    assert {("zeta index", "effectMeasure", "mean difference"), ("zeta index", "effect", "-2.6"),
            ("zeta index", "ciLow", "-4.3"), ("zeta index", "ciHigh", "-0.9")} <= found
    found = facts(ALLOCATED + "XY-123 had a greater reduction in the zeta index than placebo (-3.8 vs -1.4; P=0.02).")
    assert {("zeta index (XY-123)", "change", "-3.8"), ("zeta index (placebo)", "change", "-1.4")} <= found
    # a change within one arm, against no control, is no difference of the arms
    found = facts(ALLOCATED + "XY-123 reduced the zeta index by 2.6 points (95% CI, 0.9 to 4.3).")
    assert not any(p == "effectMeasure" for _, p, _ in found)


def test_a_quantity_one_arm_had_more_of_than_the_other_each_with_its_number_is_a_measure():
    found = facts(ALLOCATED + "The XY-123 group had higher zeta clearance (47%) than the placebo group (22%).")
    assert {("zeta clearance (XY-123)", "value", "47.0"), ("zeta clearance (placebo)", "value", "22.0")} <= found
    found = facts(ALLOCATED + "The XY-123 group had more adults (47%) than the placebo group (22%).")
    assert not any(p == "value" for _, p, _ in found)


def test_a_result_line_that_gives_each_arms_value_in_turn_names_its_measure():
    found = facts(ALLOCATED + "Zeta clearance: XY-123 47%, placebo 22% (P<0.001).")
    assert {("zeta clearance (XY-123)", "value", "47.0"), ("zeta clearance (placebo)", "value", "22.0"),
            ("zeta clearance", "significant", "True")} <= found
    # a line of dates or a heading is no result
    found = facts(ALLOCATED + "Accepted: March 12, 2019; Published: May 3, 2019.")
    assert not any(p == "measure" for _, p, _ in found)


@pytest.mark.parametrize("sentence, expected", [
    ("Zeta grip and walking zeta were the primary outcome measures.",
     {("zeta grip", "primary"), ("walking zeta", "primary")}),
    ("Walking zeta was the primary endpoint in this trial.", {("walking zeta", "primary")}),
    ("In the trial, walking zeta was the primary endpoint.", {("walking zeta", "primary")}),
    ("Zeta pain, one of the prespecified secondary endpoints, improved with XY-123.", {("zeta pain", "secondary")}),
    ("Main outcome measures: Zeta leaks and zeta scarring were the primary outcome measures; zeta time and zeta cost "
     "were the secondary outcome measures.",
     {("zeta leaks", "primary"), ("zeta scarring", "primary"), ("zeta time", "secondary"), ("zeta cost", "secondary")}),
])
def test_a_role_names_the_measures_it_has_as_its_verbs_subject(sentence, expected):
    found = facts("The XY-123 trial (NCT00000001) compared XY-123 with placebo. " + sentence)
    assert {(s, o) for s, p, o in found if p == "outcomeRole"} == expected


@pytest.mark.parametrize("sentence", [
    "The seroconversion of zeta antibodies against serotypes A, C and Z was the primary endpoint.",    # a list's tail
    "The study used zeta grip as the primary endpoint.",                     # the object of another verb
    "This was the primary endpoint.",
])
def test_no_subject_measure_where_the_phrase_before_the_role_names_none(sentence):
    found = facts("The XY-123 trial (NCT00000001) compared XY-123 with placebo. " + sentence)
    assert not any(p == "outcomeRole" for _, p, _ in found)


@pytest.mark.parametrize("sentence, measure", [
    ("The primary end point, days to first zeta flare, was met (p=0.0137).", "days to first zeta flare"),
    ("The primary end point, as expected, was met (p=0.0137).", None),
    ("The primary end point, in both trials, was met (p=0.0137).", None),
])
def test_a_measure_set_between_commas_after_its_role_is_named(sentence, measure):
    found = facts("The XY-123 trial (NCT00000001) compared XY-123 with placebo. " + sentence)
    assert {s for s, p, o in found if p == "outcomeRole"} == ({measure} if measure else set())


def test_a_composite_of_listed_events_is_one_measure_without_its_time():
    found = facts("The XY-123 trial (NCT00000001) compared XY-123 with placebo. The primary endpoint was death, stroke "
                  "or kidney failure within 30 days. A key secondary outcome: a composite of the first occurrence of "
                  "zeta flare or hospitalization at one year.")
    assert {(s, o) for s, p, o in found if p == "outcomeRole"} == {
        ("death, stroke or kidney failure", "primary"), ("composite of zeta flare or hospitalization", "secondary")}


def test_a_measure_named_again_in_the_plural_is_the_same_measure():
    found = facts("The XY-123 trial (NCT00000001) compared XY-123 with placebo. Secondary outcomes were zeta leaks, "
                  "zeta leak rate, zeta time and zeta cost. No significant differences were found in zeta leaks, "
                  "zeta leak rates, and zeta cost.")
    assert {s for s, p, o in found if p == "significant"} == {"zeta leaks", "zeta leak rate", "zeta cost"}
    assert not any(s == "zeta leak rates" for s, _, _ in found)


@pytest.mark.parametrize("sentence, expected", [
    ("The primary endpoint was time to zeta relapse, and secondary endpoints were zeta pain and zeta fatigue.",
     {("time to zeta relapse", "primary"), ("zeta pain", "secondary"), ("zeta fatigue", "secondary")}),
    ("The primary outcome measure was zeta-free survival; secondary outcome measures included zeta pain and zeta "
     "fatigue.", {("zeta-free survival", "primary"), ("zeta pain", "secondary"), ("zeta fatigue", "secondary")}),
    ("The primary efficacy outcome was zeta relapse; the primary safety outcome was major zeta bleeding.",
     {("zeta relapse", "primary"), ("major zeta bleeding", "primary")}),
    ("The co-primary endpoints, zeta pain and zeta fatigue, were both met.",
     {("zeta pain", "primary"), ("zeta fatigue", "primary")}),
    ("The trial also met key secondary endpoints including zeta pain and zeta fatigue.",
     {("zeta pain", "secondary"), ("zeta fatigue", "secondary")}),
    ("The primary outcome was the occurrence of zeta relapse within 30 days.",
     {("zeta relapse within 30 days", "primary")}),
    ("XY-123 met the primary endpoint of non-inferiority to placebo in zeta relapse.", {("zeta relapse", "primary")}),
])
def test_each_role_of_a_sentence_names_its_own_measures(sentence, expected):
    found = facts("The XY-123 trial (NCT00000001) compared XY-123 with placebo. " + sentence)
    assert {(s, o) for s, p, o in found if p == "outcomeRole"} == expected


def test_arms_numbers_in_the_sentence_after_a_timepoint_are_at_that_timepoint():
    found = facts(ALLOCATED + f"The trial met its primary endpoint, the {SCALE} (ARS) at week 16. ARS response "
                  "occurred in 52% with XY-123 versus 21% with placebo.")
    assert {(f"{SCALE} (XY-123)", "timepoint", "P16W"), (f"{SCALE} (placebo)", "timepoint", "P16W")} <= found
    later = facts(ALLOCATED + f"The primary endpoint was the {SCALE} (ARS) at week 16. The drug was well tolerated. "
                  "Headache was the most common adverse event. ARS response occurred in 52% with XY-123 versus 21% "
                  "with placebo.")
    assert (f"{SCALE} (XY-123)", "value", "52.0") in later
    assert not any(p == "timepoint" and "(" in s for s, p, _ in later)      # (too far from the timepoint to be its)


def test_a_verdict_on_a_roles_measures_together_is_each_ones_and_the_role_is_no_measure():
    found = facts(ALLOCATED + "The primary endpoint was the change in zeta score at week 12. Secondary endpoints were "
                  "time to zeta worsening and Acme functional class. Zeta score fell by 5 points with XY-123 and 2 points "
                  "with placebo (P=0.01). Secondary end points did not differ between the arms.")
    assert {("time to zeta worsening", "significant", "False"), ("Acme functional class", "significant", "False"),
            ("zeta score", "significant", "True")} <= found
    assert not any(s.lower().startswith("secondary") for s, _, _ in found)


@pytest.mark.parametrize("verdict", [
    "The trial met both co-primary endpoints.",
    "For both coprimary endpoints, XY-123 was statistically significantly better than placebo (both P<0.002).",
])
def test_a_verdict_on_both_of_a_roles_measures_is_each_ones(verdict):
    found = facts(ALLOCATED + "The co-primary endpoints were the change in zeta score and beta response at week 12. "
                  + verdict)
    assert {("change in zeta score", "significant", "True"), ("beta response", "significant", "True")} <= found


def test_a_verdict_with_a_result_of_its_own_is_no_verdict_on_the_roles_measures_together():
    found = facts(ALLOCATED + "The co-primary endpoints were the change in zeta score and beta response at week 12. "
                  "Both coprimary endpoints were met, with 31% of the adults given XY-123 responding.")
    assert ("beta response", "significant", "True") not in found


def test_a_change_named_after_a_population_and_before_its_arm_is_the_carried_measures_change():
    found = facts(ALLOCATED + f"XY-123 met the primary endpoint, a reduction in the {SCALE} (ARS) total score at week 6. "
                  "In the per-protocol (PP) set, the least-squares mean decrease from baseline with XY-123 was 12.3 points, "
                  "versus 7.9 points with placebo (p=0.01).")
    assert {(f"{SCALE} (XY-123)", "change", "-12.3"), (f"{SCALE} (placebo)", "change", "-7.9")} <= found


@pytest.mark.parametrize("after", [
    # its own quantity, measured over a span the sentence names before its verb
    "The mean zeta gain from baseline to week 10 was 19 letters and 13 letters respectively (P = 0.03).",
    # its own quantity, named before a word that may point back ("scores")
    "Sedation scores were significantly higher in the XY-123 group.",
])
def test_a_sentence_that_opens_on_its_own_quantity_does_not_continue_the_measure_before(after):
    found = facts(ALLOCATED + "The response rate was 14% with XY-123 versus 19% with placebo. " + after)
    assert not {v for s, p, v in found if s.startswith("response rate") and p in ("value", "change")} - {"14.0", "19.0"}
    assert not any(s == "response rate" and p == "significant" for s, p, _ in found)


@pytest.mark.parametrize("text, measure, expected", [
    # each group's own improvement is no result between them; the verdict between them is
    ("The mean zeta score improved significantly in both groups (P < .001 for both groups); however, there was no "
     "statistically significant difference between the groups.", "zeta score", "False"),
    # (the groups as the subject of their own change, the p-value after the measure)
    ("Both groups improved in zeta itch severity (p < 0.001), and the gap between them was not significant.",
     "zeta itch severity", "False"),
    # "except for" turns to a measure the list leaves out: its p-value is not the listed ones'
    ("Respiratory rate and heart rate did not differ between the groups except for oxygen saturation, which was "
     "higher with XY-123 (P<0.001).", "heart rate", "False"),
])
def test_significance_within_groups_or_after_except_is_not_the_measures(text, measure, expected):
    found = facts(ALLOCATED + text)
    assert {v for s, p, v in found if s == measure and p == "significant"} == {expected}


def test_a_verdict_in_the_clause_before_a_contrast_is_not_the_listed_measures():
    found = facts(ALLOCATED + "Zeta levels were significantly higher in the XY-123 group; however, there were no "
                  "differences in hemoglobin, albumin or platelet counts.")
    assert not any(s in ("hemoglobin", "albumin", "platelet counts") and v == "True" for s, p, v in found
                   if p == "significant")


def test_p_values_for_every_dose_group_against_placebo_are_between_arms():
    found = facts("In the ZETA trial, adults were randomized to XY-123 0.5 mg, XY-123 1 mg or placebo. Sleep latency "
                  "fell by 4.5 to 10.5 min in the XY-123 groups vs. 1.5 min for placebo (p<0.05 for all groups).")
    assert not any(v == "False" for s, p, v in found if p == "significant")


@pytest.mark.parametrize("unit", ["g/cm(2)", "g/cm2"])
def test_a_units_power_in_brackets_is_no_value_and_the_mean_before_it_is(unit):
    found = facts(ALLOCATED + f"Twitch tension was lower in the XY-123 group (612 +/- 150 {unit}) than in the placebo "
                  f"group (790 +/- 160 {unit}; p<0.05).")
    values = {(s, v) for s, p, v in found if p == "value"}
    assert values == {("twitch tension (XY-123)", "612.0"), ("twitch tension (placebo)", "790.0")}


def test_a_share_written_out_is_read_as_one_in_digits():
    found = facts(ALLOCATED + "Forty-seven percent of patients in the XY-123 group were pain free, compared with "
                  "22.6% in the placebo group.")
    assert ("pain free (XY-123)", "value", "47.0") in found and ("pain free (placebo)", "value", "22.6") in found


@pytest.mark.parametrize("share", ["86 percent", "Eighty-six percent"])
def test_a_share_of_all_patients_written_with_percent_in_words_is_the_measures_value(share):
    found = facts("In a single-arm trial, 50 adults were given XY-123. " + share +
                  " of patients achieved a complete response.")
    assert ("complete response", "value", "86.0") in found


def test_two_results_in_two_clauses_of_one_sentence_are_read_apart():
    found = facts(ALLOCATED + "The complete response rate was 63% with XY-123 and 41% with placebo (P=0.01); 3-year "
                  "overall survival was 36% with XY-123 and 30% with placebo (P=0.6).")
    assert {("complete response rate", "pValue", "0.01"), ("overall survival", "pValue", "0.6"),
            ("overall survival", "timepoint", "P3Y"), ("overall survival (XY-123)", "value", "36.0")} <= found
    assert ("complete response rate", "timepoint", "P3Y") not in found


def test_groups_named_by_a_number_are_the_arms_of_their_results():
    found = facts("Sixty adults were randomized to XY-123 (Group 1, n=30) or placebo (Group 2, n=30). The mean pain "
                  "score was 27.5 in Group 1 and 20.5 in Group 2 (P = .21).")
    assert {("pain score (Group 1)", "value", "27.5"), ("pain score (Group 2)", "value", "20.5")} <= found


def arm_numbers(found: set, predicates: tuple[str, ...] = ("value",)) -> set[tuple[str, str]]:
    """(arm, number) of each per-arm number the facts give ("pain score (XY-123)": arm XY-123)."""
    return {(s.split(" (")[-1].rstrip(")"), o) for s, p, o in found if p in predicates and s.endswith(")")}


# a trial of one drug given two ways, each group labelled by a word in brackets
BY_DESCRIPTOR = ("Sixty adults were randomized to receive 10 mg of zetaprazole by a 1-minute push (bolus group) or by a "
                 "20-minute infusion (infusion group). ")


@pytest.mark.parametrize("said", [
    "Akathisia occurred in 18.5% of the bolus group and 29.4% of the infusion group (P = 0.3).",
    "The akathisia rate was 18.5% in the bolus group and 29.4% in the infusion group (P = 0.3).",
])
def test_groups_labelled_by_a_word_in_brackets_are_the_arms_of_their_results(said):
    found = facts(BY_DESCRIPTOR + said)
    assert {("bolus", "18.5"), ("infusion", "29.4")} <= arm_numbers(found)


# a trial of four groups labelled by codes after what each received
BY_CODE = ("Eighty adults were randomized to receive zetacaine plus saline (group ZS), zetacaine and XY-123 (group ZX), "
           "zetacaine and AB-7 (group ZA), or zetacaine, AB-7 and XY-123 (group ZAX). ")


@pytest.mark.parametrize("said", [
    "Duration of sensory block in groups ZS, ZA, ZAX and ZX was 9.6, 11.4, 12.2 and 15.1 min, respectively.",
    "Duration of sensory block was 9.6, 11.4, 12.2 and 15.1 min in groups ZS, ZA, ZAX and ZX, respectively.",
])
def test_groups_listed_after_one_plural_groups_take_their_numbers_in_order(said):
    found = facts(BY_CODE + said)
    assert {("duration of sensory block (Group ZS)", "value", "9.6"), ("duration of sensory block (Group ZA)", "value", "11.4"),
            ("duration of sensory block (Group ZAX)", "value", "12.2"),
            ("duration of sensory block (Group ZX)", "value", "15.1")} <= found


def test_two_lettered_groups_listed_after_groups_are_not_the_trials_drug_and_control():
    found = facts("Sixty adults were randomized to receive zetacaine plus saline (group A) or zetacaine plus XY-123 "
                  "(group B). Duration of sensory block was 9.6 and 15.1 min in groups A and B, respectively (P < 0.05).")
    assert {("duration of sensory block (Group A)", "value", "9.6"),
            ("duration of sensory block (Group B)", "value", "15.1")} <= found
    assert not {s for s, p, _ in found if p == "value" and ("XY-123" in s or "saline" in s)}


def test_who_left_each_arm_is_no_outcome():
    found = facts("OBJECTIVE: To compare XY-123 20 mg + AB-7 10 mg (X+A) with AB-7 10-mg monotherapy (A) in adults with "
                  "zeta disease. Patients were treated with X+A or A once daily for 12 weeks. RESULTS: A total of 180 "
                  "patients were enrolled; 171 patients (118 men, 53 women) completed the study while 9 were lost to "
                  "follow-up (5 patients in the X+A group and 4 in the A group).")
    assert not {s for s, p, _ in found if p == "value"}


@pytest.mark.parametrize("said", [
    "Compared with placebo, XY-123 reduced the rate of zeta flares (12% vs 30%; P = 0.01).",
    "Compared with the placebo group, the rate of zeta flares was lower in the XY-123 group (12% vs 30%; P = 0.01).",
])
def test_the_arm_named_as_what_the_other_is_compared_with_takes_the_second_number(said):
    found = {(s.removeprefix("rate of "), p, o) for s, p, o in facts(ALLOCATED + said)}     # (the rate's event, or the rate)
    assert {("zeta flares (XY-123)", "value", "12.0"), ("zeta flares (placebo)", "value", "30.0")} <= found


@pytest.mark.parametrize("said", [
    "Compared with placebo, the rate of zeta flares was higher with XY-123 (12% vs 30%; P = 0.01).",
    "Compared with the placebo group, zeta-free survival was higher in the XY-123 group (68% vs 57%, respectively).",
])
def test_a_pair_whose_order_the_comparative_contradicts_is_given_to_no_arm(said):
    assert not {s for s, p, _ in facts(ALLOCATED + said) if p == "value"}


def test_the_numbers_of_an_order_named_respectively_follow_it():
    found = facts(ALLOCATED + "Compared with the placebo arm there was a 7% gain in the zeta response rate for the "
                  "XY-123 arm (14% v 21%, respectively; P = .03).")
    assert arm_numbers(found, ("value", "change")) == {("placebo", "14.0"), ("XY-123", "21.0")}


def test_a_share_of_patients_who_had_a_change_is_not_the_change():
    found = facts(ALLOCATED + "A reduction in zeta colony counts was seen in 77% of patients given XY-123 and 64% of "
                  "those given placebo.")
    assert not {o for _, p, o in found if p == "change"}


def test_a_count_of_who_completed_each_group_does_not_continue_the_last_measure():
    found = facts("Forty adults were randomly assigned to XY-123 10 mg (Group A) or XY-123 10 mg plus AB-7 (Group B). "
                  "Pain was rated on the visual analog scale. RESULTS: Thirty-eight patients completed the study, 20 in "
                  "Group A and 18 in Group B. Zeta markers rose by more than 50% in 48 and 39% of Group A patients, "
                  "respectively, compared to only 16 and 8% of Group B patients (p < 0.05).")
    assert not {s for s, p, _ in found if p == "value"}


@pytest.mark.parametrize("said, first, second", [
    ("The XY-123 group had a longer time to first rescue analgesic (230 vs. 52 min) and lower zeta pain scores (2.6 vs. "
     "4.3).", ("time to first rescue analgesic", "230", "52"), ("zeta pain scores", "2.6", "4.3")),
    ("Patients in the XY-123 group had significantly lower zeta pain scores (2.6 vs. 4.3; P = 0.01) and less analgesic "
     "consumption (7.5 vs. 39.0 mg; P = 0.004).", ("zeta pain scores", "2.6", "4.3"), ("analgesic consumption", "7.5", "39.0")),
])
def test_items_a_group_had_more_or_less_of_each_take_their_own_pair(said, first, second):
    found = facts(ALLOCATED + said)
    for measure, ours, theirs in (first, second):
        assert {(f"{measure} (XY-123)", "value", f"{float(ours)}"), (f"{measure} (placebo)", "value", f"{float(theirs)}")} \
            <= found, measure


def test_an_amount_of_a_drug_measured_in_a_doses_unit_is_each_arms_result():
    found = facts(ALLOCATED + "Rescue morphine consumption was 7.5 mg in the XY-123 group and 39.0 mg in the placebo "
                  "group.")
    assert {("rescue morphine consumption (XY-123)", "value", "7.5"),
            ("rescue morphine consumption (placebo)", "value", "39.0")} <= found
    assert not {s for s, p, _ in found if p == "arm" and "orphine" in s.split(" (")[-1]}


def test_a_pair_after_a_comparative_the_numbers_contradict_goes_to_no_arm():
    found = facts(ALLOCATED + "The XY-123 group had a longer time to first rescue analgesic (230 vs. 52 min) and less "
                  "analgesic consumption (44.5 vs. 39.0 mg).")
    assert ("analgesic consumption (XY-123)", "value", "44.5") not in found


def test_a_sentence_that_compares_its_own_quantity_does_not_continue_the_last_measure():
    found = facts(ALLOCATED + "XY-123 gave faster zeta clearance (1.4 vs 2.1 min; P = 0.002) and a shorter total zeta time "
                  "(21.0 vs 25.0 min; P = 0.04). Patients given XY-123 also needed less often beta pressure (44.1 vs 61.3%; "
                  "P = 0.02).")
    assert {s for s, p, o in found if p == "pValue" and o == "0.02"} == {"beta pressure"}


@pytest.mark.parametrize("said", [
    "Zeta spasm occurred in 8 of 44 patients (18%) in the XY-123 group and 3 of 27 patients (11%) in the placebo group "
    "(p = 0.03).",
    "Zeta spasm developed in 8/44 (18%) patients in the XY-123 group and 3/27 (11%) in the placebo group (p = 0.03).",
    "Zeta spasm occurred in 8 patients (18%) in the XY-123 group and 3 patients (11%) in the placebo group (p = 0.03).",
])
def test_an_arms_share_written_after_its_count_is_its_value(said):
    found = facts(ALLOCATED + said)
    assert {("zeta spasm (XY-123)", "value", "18.0"), ("zeta spasm (placebo)", "value", "11.0")} <= found


def test_a_count_out_of_a_total_without_its_share_gives_no_value():
    found = facts(ALLOCATED + "Seven of 28 patients receiving XY-123 had zeta spasm, compared with 2 of 28 patients "
                  "receiving placebo (P = 0.04).")
    assert not {o for s, p, o in found if p == "value" and o in ("28", "28.0")}


@pytest.mark.parametrize("said, ours, theirs", [
    ("The zeta pressure was lower in the XY-123 group (6.3 ± 0.4 cmH2O) than in the placebo group (14.6 ± 2.9 cmH2O; "
     "p < 0.05).", "6.3", "14.6"),
    ("The zeta index was 10.6% ± 0.7% in the XY-123 group and 9.4% ± 0.6% in the placebo group.", "10.6", "9.4"),
])
def test_a_value_with_its_spread_and_a_unit_with_digits_is_the_arms(said, ours, theirs):
    found = facts(ALLOCATED + said)
    assert arm_numbers(found) == {("XY-123", ours), ("placebo", theirs)}


@pytest.mark.parametrize("said, ours, theirs", [
    # (a unit after the spread, words after the unit; a volume that reads like a year)
    ("The mean zeta loss was 742 ±611 mL in the XY-123 group versus 2046 ± 730 mL in the placebo group (p=0.02).",
     "742.0", "2046.0"),
    # ("the average of" the measure)
    ("The average of zeta loss was 742 mL in the XY-123 group versus 1018 mL in the placebo group (p=0.02).",
     "742.0", "1018.0"),
])
def test_a_volume_after_its_spread_or_in_thousands_is_the_arms(said, ours, theirs):
    found = facts(ALLOCATED + said)
    assert arm_numbers(found) == {("XY-123", ours), ("placebo", theirs)}
    assert ("zeta loss", "pValue", "0.02") in found


def test_a_list_of_measures_each_with_its_bracket_gives_each_its_p_value_and_the_arms_named_in_the_first():
    found = facts("In the ZETA trial (NCT01234567), 502 adults were randomised, 250 to the XY-123 group and 252 to the "
                  "placebo group. None of the primary outcomes differed significantly between the groups: "
                  "zeta flare (XY-123 61/250 (24.4%) v placebo 70/252 (27.8%); P = 0.38), beta scarring "
                  "(33/250 (13.2%) v 40/252 (15.9%); P = 0.39), or gamma itch (9/250 (3.6%) v 15/252 (6.0%); P = 0.21).")
    assert {("zeta flare (XY-123)", "value", "24.4"), ("zeta flare (placebo)", "value", "27.8"),
            ("beta scarring (XY-123)", "value", "13.2"), ("beta scarring (placebo)", "value", "15.9"),
            ("gamma itch (XY-123)", "value", "3.6"), ("gamma itch (placebo)", "value", "6.0"),
            ("zeta flare", "pValue", "0.38"), ("beta scarring", "pValue", "0.39"), ("gamma itch", "pValue", "0.21"),
            ("gamma itch", "outcomeRole", "primary")} <= found


def test_a_list_items_name_may_say_what_did_not_happen_and_its_estimate_is_named_once_for_the_list():
    found = facts("In the ZETA trial (NCT01234567), 502 adults were randomised, 250 to the XY-123 group and 252 to the "
                  "placebo group. Neither primary outcome differed significantly between the groups: "
                  "zeta remission not achieved by week 8 (XY-123 101/250 (40.4%) v placebo 96/252 (38.1%); relative risk "
                  "1.07, 95% CI 0.84 to 1.36; P = 0.59), and zeta surgery with changes in liver tests "
                  "(12/250 (4.8%) v 19/252 (7.5%); 0.64, 0.32 to 1.29; P = 0.21).")
    first, second = "zeta remission not achieved by week 8", "zeta surgery with changes in liver tests"
    assert {(first, "effect", "1.07"), (f"{first} (XY-123)", "value", "40.4"), (second, "effectMeasure", "relative risk"),
            (second, "effect", "0.64"), (second, "ciLow", "0.32"), (second, "ciHigh", "1.29"),
            (second, "pValue", "0.21")} <= found
    assert not any(s == "liver tests" for s, _, _ in found)


def test_two_numbers_of_a_range_between_them_are_no_arms_values():
    found = facts(ALLOCATED + f"The primary outcome was the {SCALE}. XY-123 did not keep the {SCALE} between 15 and "
                  "25 points, compared with placebo.")
    assert not any(p == "value" for _, p, _ in found)


def test_a_change_from_a_level_to_another_with_spreads_written_plus_minus():
    found = facts(ALLOCATED + "Mean zeta pressure decreased from 82.7 +/- 3.2 to 52.7 +/- 0.9 mm Hg in the XY-123 group "
                  "and from 83.5 +/- 3.6 to 79.0 +/- 2.4 mm Hg in the placebo group.")
    assert {("zeta pressure (XY-123)", "baseline", "82.7"), ("zeta pressure (XY-123)", "value", "52.7"),
            ("zeta pressure (placebo)", "baseline", "83.5"), ("zeta pressure (placebo)", "value", "79.0")} <= found


@pytest.mark.parametrize("said", [
    "The incidence of tremor was similar in the XY-123 group (11.4%) and the placebo group (12.2%).",
    "Tremor was comparable in the XY-123 group (11.4%) and in the placebo group (12.2%) (P = 0.9).",
])
def test_an_event_said_alike_in_two_arms_with_their_numbers_is_an_outcome(said):
    assert {("XY-123", "11.4"), ("placebo", "12.2")} <= arm_numbers(facts(ALLOCATED + said))


@pytest.mark.parametrize("said, measure", [
    ("Zeta flares were similar in both groups (P = 0.6).", "zeta flares"),
    ("The rate of zeta relapse was comparable in the two groups (P = 0.6).", "zeta relapse"),
])
def test_a_quantity_said_alike_in_both_groups_takes_the_p_value_between_them(said, measure):
    found = facts(ALLOCATED + said)
    assert {(measure, "pValue", "0.6"), (measure, "significant", "False")} <= found


def test_the_last_item_of_a_list_said_alike_in_both_groups_is_no_measure_of_its_own():
    found = facts(ALLOCATED + "Age, body weight and zeta tone were comparable between groups.")
    assert not {s for s, p, _ in found if p == "measure"}


@pytest.mark.parametrize("said", [
    "Pneumonia was observed in 23% of patients in the XY-123 group and 9% of patients in the placebo group (P = 0.02).",
    "Tremor occurred more often in the XY-123 group (23%) than in the placebo group (9%) (P = 0.02).",
    "Pneumonia occurred more often in the XY-123 group (23%) than in the placebo group (9%) (P = 0.02).",
    "Tremor was detected in 23% of XY-123 and 9% of placebo participants (AOR = 2.9; 95% CI = 1.2-7.0).",
])
def test_an_event_seen_in_each_arm_and_weighed_between_them_is_an_outcome(said):
    assert {("XY-123", "23.0"), ("placebo", "9.0")} <= arm_numbers(facts(ALLOCATED + said))


@pytest.mark.parametrize("said", [
    "The mean increase in creatinine was 0.21 in the XY-123 group and 0.48 in the placebo group (P = 0.001).",
    "From day 0 to day 5, the mean peak increase in creatinine was 0.21 in the XY-123 group and 0.48 in the placebo "
    "group (P = 0.001).",
])
def test_a_substance_named_as_what_changed_is_the_measure_not_an_arm(said):
    found = facts(ALLOCATED + said)
    assert arm_numbers(found, ("change",)) == {("XY-123", "0.21"), ("placebo", "0.48")}


def test_a_substance_in_a_ratio_measured_is_no_arm():
    doc = parse_document("A Phase 3 trial evaluating zetanorvat, combined with mycophenolate, in adults with lupus nephritis "
                  "met its primary endpoint. In all, 37% of treated participants reached a renal response compared to "
                  "19% for placebo (p<0.001). Significant results were also seen in the proportion of responders at "
                  "week 24 (30.1% vs. 18.2%) and time to a urinary protein-to-creatinine ratio of 0.5 or less.", "t.txt")
    found = {(f.subject.label, f.predicate, f.object_text) for f in OutcomeExtractor().extract(doc)}     # (no headline)
    assert not {s for s, _, _ in found if "Creatinine" in s}
    assert ("Zetanorvat", "37.0") in arm_numbers(found)


@pytest.mark.parametrize("said, measure", [
    ("The difference in pain relief between XY-123 and placebo was 9.7 points (95% CI, 2.4 to 17.0).", "pain relief"),
    ("The between-group difference in zeta tone was 9.7 points (95% CI, 2.4 to 17.0).", "zeta tone"),
    ("There was a mean difference in weight gain of 9.7 kg (95% CI 2.4 to 17.0) favouring XY-123.", "weight gain"),
])
def test_the_difference_between_the_arms_in_a_quantity_is_its_mean_difference(said, measure):
    found = facts(ALLOCATED + said)
    assert {(measure, "effectMeasure", "mean difference"), (measure, "effect", "9.7"), (measure, "ciLow", "2.4"),
            (measure, "ciHigh", "17.0")} <= found


def test_arms_named_by_the_codes_the_allocation_gave_them_take_their_numbers():
    found = facts("In the ZETA trial (NCT01234567), adults were randomized to XY-123 plus AB-77 daily (XA) or XY-123 "
                  "plus placebo (XP). The zeta response rate did not differ between the arms (XA, 31% v XP, 26%; P = .4).")
    assert arm_numbers(found) == {("XY-123 plus AB-77", "31.0"), ("XY-123 plus placebo", "26.0")}


@pytest.mark.parametrize("said", [
    "XY-123 was associated with a significantly higher incidence of tremor (17.2%) than placebo (4.9%) (p < 0.05).",
    "XY-123 induced a higher incidence of tremor (17.2% versus 4.9%) than placebo (p < 0.05).",
    "Tremor was more frequent in patients treated with XY-123 than in patients treated with placebo (17.2% versus 4.9%; "
    "p = .02).",
])
def test_a_therapy_that_brought_more_of_an_event_than_the_control_or_its_patients_give_each_arm_its_rate(said):
    assert arm_numbers(facts(ALLOCATED + said)) == {("XY-123", "17.2"), ("placebo", "4.9")}


def test_every_item_of_a_list_of_compared_pairs_gets_its_arms_values_though_a_symptom_reader_found_it_first():
    found = facts("In the randomized trial, 90 adults were assigned to XY-123 or placebo. Headache (14% vs 6%), dizziness "
                  "(9% vs 4%) and nausea (7% vs 3%) were more common with XY-123 than with placebo.")
    values = {(s.split(" (")[0], o) for s, p, o in found if p == "value"}
    assert {("nausea", "7.0"), ("nausea", "3.0")} <= values


def test_the_control_arm_of_a_placebo_controlled_trial_is_its_placebo_arm():
    found = facts("In the placebo-controlled trial, 90 adults were randomized to XY-123 or placebo. ZETA-90 was reached "
                  "by 27.1% of adults in the active arm versus 19.4% in the control arm.")
    assert {(s.split(" (")[-1].rstrip(")"), o) for s, p, o in found if p == "value"} >= {("placebo", "19.4")}
    assert not any("control" in s for s, p, o in found)


def test_a_quantity_the_lists_do_not_know_as_a_sentences_subject_takes_no_numbers_for_the_last_measure():
    found = facts("In the randomized trial, 90 adults were assigned to XY-123 or AB-77. The primary endpoint was change "
                  "in the ZRS score at day 90. Zeta quality improved more with XY-123 than AB-77 (P=0.041).")
    assert not any(o == "0.041" for s, p, o in found)


@pytest.mark.parametrize("sentence, measure, change", [
    ("Mean systolic blood pressure fell by a mean of 7.3 mmHg at 18 months.", "systolic blood pressure", "-7.3"),
    ("The mean change from baseline in the Acme Rating Scale was -3.8 points at week 16.", SCALE, "-3.8"),
])
def test_a_change_said_of_a_single_arm_trials_one_group_is_the_trials(sentence, measure, change):
    assert (measure, "change", change) in facts(SINGLE_ARM + sentence)


def test_a_change_said_of_one_arm_is_that_arms_and_no_value_and_one_said_of_no_arm_is_nobodys():
    found = facts(ALLOCATED + "In the XY-123 group, the mean change in the Acme Rating Scale was -3.8 points.")
    assert (f"{SCALE} (XY-123)", "change", "-3.8") in found
    assert not any(p == "value" for _, p, _ in found)
    assert not any(p == "change" for _, p, _ in facts(ALLOCATED + "The Acme Rating Scale fell by 3.8 points."))
    # (nor one a drug is said to have made, which may be its difference from the control)
    assert not any(p == "change" for _, p, _ in facts(ALLOCATED + "XY-123 reduced the Acme Rating Scale by 3.8 points."))


def test_a_change_whose_arm_is_named_after_it_in_its_clause_is_that_arms():
    found = facts(ALLOCATED + "The Acme Rating Scale decreased 3.8 points from baseline after dosing in the "
                  "XY-123 group, whereas it did not move in the placebo group.")
    assert (f"{SCALE} (XY-123)", "change", "-3.8") in found
    assert not any(p == "change" and s != f"{SCALE} (XY-123)" for s, p, _ in found)


def test_a_quantity_no_list_knows_is_the_measure_of_the_change_it_is_the_subject_of():
    assert ("plasma zetaglobin", "change", "-48.0") in facts(
        SINGLE_ARM + "At week 12, mean plasma zetaglobin had decreased 48% from baseline.")
    found = facts(ALLOCATED + "Mean plasma zetaglobin decreased 48% from baseline after dosing in the XY-123 "
                  "group, whereas it did not move in the placebo group.")
    assert ("plasma zetaglobin (XY-123)", "change", "-48.0") in found
    # (in a controlled trial a change no arm is named for is nobody's, and its subject no measure; people are none)
    assert not facts(ALLOCATED + "Mean plasma zetaglobin decreased 48% from baseline.")
    assert not facts(SINGLE_ARM + "Patients in the trial lost 5.1 kg.")


@pytest.mark.parametrize("sentence, xy, placebo", [
    ("By day 90, 36.85% of patients in the XY-123 group and 34.15% of patients in the placebo group had died.",
     "36.85", "34.15"),
    ("After 28 days, about 22.65% on XY-123 had died versus 21.35% given placebo.", "22.65", "21.35"),
])
def test_shares_of_each_arm_that_had_died_without_counts_are_the_arms_deaths(sentence, xy, placebo):
    found = facts(ALLOCATED + sentence)
    assert {("death (XY-123)", "value", xy), ("death (placebo)", "value", placebo)} <= found


def arm_rows(text: str, number: str = "value") -> set[tuple[str, str, str]]:
    """(outcome, timepoint, value) of each per-arm outcome node a text gives (or its ``number``: "change")."""
    doc = parse_document("Headline\n\n" + text, "t.txt")
    by_node: dict = {}
    for f in OutcomeExtractor().extract(doc):
        by_node.setdefault(f.subject, {})[f.predicate] = f.object_text
    return {(node.label, said.get("timepoint"), said.get(number)) for node, said in by_node.items() if number in said}


@pytest.mark.parametrize("said", [
    f"The {SCALE} (ARS) score was 0.41 in the XY-123 group vs 0.52 in the placebo group at 12 months and 0.33 in the "
    "XY-123 group vs 0.47 in the placebo group at 18 months.",
    # (each arm's number with its interval)
    f"The {SCALE} (ARS) score was 0.41 in the XY-123 group (95% CI 0.30 to 0.55) vs 0.52 in the placebo group (95% CI "
    "0.40 to 0.61) at 12 months and 0.33 in the XY-123 group (95% CI 0.21 to 0.45) vs 0.47 in the placebo group (95% CI "
    "0.35 to 0.58) at 18 months.",
    # (each pair opened by its time)
    f"The {SCALE} (ARS) score was, at 12 months, 0.41 with XY-123 vs 0.52 with placebo and, at 18 months, 0.33 with "
    "XY-123 vs 0.47 with placebo.",
])
def test_each_pair_of_a_series_over_timepoints_is_read_at_its_own_time(said):
    assert {(f"{SCALE} (XY-123)", "P12M", "0.41"), (f"{SCALE} (placebo)", "P12M", "0.52"),
            (f"{SCALE} (XY-123)", "P18M", "0.33"), (f"{SCALE} (placebo)", "P18M", "0.47")} <= arm_rows(ALLOCATED + said)


def test_the_words_that_named_an_arm_in_a_sentence_name_it_again():
    rows = arm_rows(ALLOCATED + f"The {SCALE} (ARS) score was 0.41 in the study-drug group vs 0.52 in the placebo group "
                    "at 12 months and 0.33 in the study-drug group vs 0.47 in the placebo group at 18 months.")
    assert {(f"{SCALE} (XY-123)", "P18M", "0.33"), (f"{SCALE} (placebo)", "P18M", "0.47")} <= rows


def test_a_salt_shortened_to_its_element_names_the_trials_arm():
    rows = arm_rows("In a randomized trial (NCT01234567), adults with gout took sodium bicarbonate or placebo with "
                    f"allopurinol. The {SCALE} (ARS) score was 0.41 in the sodium group vs 0.52 in the placebo group.")
    assert {(f"{SCALE} (Sodium bicarbonate)", None, "0.41"), (f"{SCALE} (placebo)", None, "0.52")} <= rows


def test_an_event_named_in_one_word_as_the_primary_outcome_and_counted_per_arm_after_is_read():
    found = facts(ALLOCATED + "The primary outcome was death. Death occurred in 30 patients (3.1%) in the XY-123 group and "
                  "52 (5.4%) in the placebo group.")
    assert {("death", "outcomeRole", "primary"), ("death (XY-123)", "value", "3.1"),
            ("death (placebo)", "value", "5.4")} <= found


def test_a_harm_counted_per_arm_that_no_role_named_is_no_outcome():
    found = facts(ALLOCATED + "The primary outcome was death. Headache occurred in 30 patients (3.1%) in the XY-123 group "
                  "and 52 (5.4%) in the placebo group.")
    assert not any("eadache" in subject for subject, _, _ in found)


def test_a_disease_named_in_one_word_as_the_primary_outcome_is_its_measure_but_a_generic_word_is_not():
    assert ("stroke", "outcomeRole", "primary") in facts(ALLOCATED + "The primary outcome was stroke at 90 days.")
    assert not any(p == "outcomeRole" for _, p, _ in facts(ALLOCATED + "The primary outcome was efficacy."))


def test_a_role_counted_per_arm_without_an_estimate_gives_each_arm_its_share():
    found = facts(ALLOCATED + "A primary end-point event occurred in 41 patients (9.4%) in the XY-123 group and 63 "
                  "(14.2%) in the placebo group.")
    assert {("primary end-point event (XY-123)", "value", "9.4"), ("primary end-point event (placebo)", "value", "14.2")} \
        <= found


def test_a_role_counted_per_arm_is_the_measure_that_role_was_given_before():
    found = facts(ALLOCATED + "The primary outcome was a composite of zeta flare or death. The primary outcome occurred in "
                  "41 patients (9.4%) in the XY-123 group and 63 (14.2%) in the placebo group (hazard ratio, 0.66; 95% CI, "
                  "0.48 to 0.90).")
    assert {("composite of zeta flare or death (XY-123)", "value", "9.4"), ("composite of zeta flare or death", "effect", "0.66"),
            ("composite of zeta flare or death (placebo)", "value", "14.2")} <= found
    assert not any(subject.startswith("primary outcome") for subject, _, _ in found)


@pytest.mark.parametrize("said", [
    "There was a 23.7% median reduction in fibrinogen levels in the XY-123 group and a 6.9% median reduction in the "
    "placebo group at 12 weeks.",
    "The sponsor noted a 23.7% reduction in fibrinogen levels in all participants receiving XY-123, and a 6.9% "
    "reduction in participants receiving placebo.",
])
def test_a_change_in_percent_before_its_quantity_said_of_people_receiving_each_arm_is_each_arms_change(said):
    found = facts(ALLOCATED + said)
    assert {("fibrinogen levels (XY-123)", "change", "-23.7"), ("fibrinogen levels (placebo)", "change", "-6.9")} <= found


@pytest.mark.parametrize("said, xy, placebo", [
    ("XY-123 lowered LDL cholesterol by 31%, compared with 12% for placebo.", "-31.0", "-12.0"),
    ("XY-123 increased HDL cholesterol by 9% versus 2% with placebo.", "9.0", "2.0"),
])
def test_a_quantity_a_therapy_changed_by_a_number_gives_each_arm_a_change_not_a_level(said, xy, placebo):
    found = facts(ALLOCATED + said)
    measure = said.split(" by ")[0].split(" ", 2)[2]
    assert {(f"{measure} (XY-123)", "change", xy), (f"{measure} (placebo)", "change", placebo)} <= found
    assert not any(p == "value" for _, p, _ in found)


@pytest.mark.parametrize("said", [
    "XY-123 reduced LDL cholesterol to 70 mg/dL, compared with 95 mg/dL for placebo.",        # (the level it came to)
    "Patients who had reduced HDL cholesterol, 41 mg/dL with XY-123 versus 39 mg/dL with placebo, were older.",
])
def test_a_change_verb_before_a_measure_without_by_after_it_makes_no_change(said):
    assert not any(p == "change" for _, p, _ in facts(ALLOCATED + said))


@pytest.mark.parametrize("said", [
    "The drug lowered LDL cholesterol by 26% at 24 weeks, compared with a 2% decrease with placebo.",
    "The therapy was shown to lower LDL cholesterol by 26% at 24 weeks, versus 2% for placebo.",
    "Patients taking the medication had a 26% reduction in LDL cholesterol at 24 weeks, compared with 2% for those on "
    "placebo.",
])
def test_the_drug_named_again_by_a_noun_is_the_arm_of_the_documents_one_therapy(said):
    rows = arm_rows(ALLOCATED + said, "change")
    assert {("LDL cholesterol (XY-123)", "P24W", "-26.0"), ("LDL cholesterol (placebo)", "P24W", "-2.0")} <= rows


def test_the_drug_named_again_is_no_arm_where_the_document_tests_two_therapies():
    rows = arm_rows("In the ZETA trial (NCT01234567), adults were randomized to XY-123, AB-45 or placebo. The drug lowered "
                    "LDL cholesterol by 26% at 24 weeks, compared with a 2% decrease with placebo.", "change")
    assert not any(outcome.endswith(("(XY-123)", "(AB-45)")) for outcome, _, _ in rows)


def test_a_substance_a_headline_names_as_what_the_drug_lowers_is_not_the_documents_therapy():
    rows = arm_rows("A cholesterol-lowering medication meets its goal\n\nIn the ZETA trial (NCT01234567), adults were "
                    "randomized to XY-123 or placebo. The drug was shown to lower cholesterol by 26% at 24 weeks, compared "
                    "with a 2% decrease seen with the placebo.", "change")
    assert {("cholesterol (XY-123)", "P24W", "-26.0"), ("cholesterol (placebo)", "P24W", "-2.0")} <= rows


def test_the_bounds_of_a_range_a_share_of_patients_reached_are_no_arms_numbers():
    found = facts(ALLOCATED + "In all, 21% of patients in the XY-123 group had attack frequency per month cut by 50 to "
                  "100%, compared with 9.5% of those given placebo.")
    assert not any(p in ("value", "change") and o in ("100.0", "50.0", "-100.0", "-50.0") for _, p, o in found)


def test_a_range_of_results_across_doses_gives_no_arm_its_number():
    found = facts(ALLOCATED + "For XY-123 recipients the median heart rate was reduced by -6.5 to -14.2 depending on dose "
                  "group vs. -1.5 for placebo (P<0.05 for each dose vs. placebo).")
    assert not any(s.endswith("(XY-123)") and p in ("value", "change") for s, p, _ in found)


def test_a_verdict_after_a_list_of_measures_with_unknown_words_between_is_each_measures():
    found = facts(ALLOCATED + "Secondary outcomes, among them body weight, change in the Acme Zeta Index and the "
                  "Zeta-Fatigue score, HbA1c, and quality of life, did not differ significantly between XY-123 and "
                  "placebo (P=0.41).")
    assert {("body weight", "significant", "False"), ("HbA1c", "significant", "False")} <= found


def test_a_verdict_after_a_contrast_is_said_of_the_measures_of_its_own_clause_only():
    found = facts(ALLOCATED + "HbA1c was lower with XY-123, but body weight and the six-minute walk distance did not differ "
                  "significantly.")
    assert ("body weight", "significant", "False") in found and ("HbA1c", "significant", "False") not in found


def test_a_role_that_names_no_measure_of_its_own_takes_none_from_another_roles_list():
    found = facts(ALLOCATED + "The primary outcome did not differ between XY-123 and placebo, nor were any differences "
                  "observed in the secondary outcomes of time to ambulation (TTA), hospital length of stay, and rescue "
                  "medication use.")
    assert ("TTA", "outcomeRole", "secondary") in found
    assert not any(p == "outcomeRole" and o == "primary" for _, p, o in found)


def test_a_defined_short_form_for_a_protein_whose_name_holds_a_scale_word_is_no_measure():
    found = facts(ALLOCATED + "XY-123 raises the amount of zeta survival factor (ZSF) protein in motor neurons.")
    assert not any(p == "measure" for _, p, _ in found)


@pytest.mark.parametrize("said", [
    "XY-123 was better than placebo on its secondary endpoints at week 8, including zeta severity (p=0.0031), daily "
    "functioning (p=0.0047), and sleep quality (p=0.0192).",
    "Significant improvements at week 8 were seen for zeta severity (p=0.0031); daily functioning (p=0.0047); and "
    "sleep quality (p=0.0192).",
    "On its secondary endpoints, XY-123 was better than placebo at week 8: zeta severity (p=0.0031); daily functioning "
    "(p=0.0047); sleep quality (p=0.0192).",
])
def test_a_list_of_measures_each_with_its_own_p_value_after_endpoints_are_named_gives_each_its_p_value(said):
    found = facts(ALLOCATED + said)
    assert {("zeta severity", "pValue", "0.0031"), ("daily functioning", "pValue", "0.0047"),
            ("sleep quality", "pValue", "0.0192")} <= found
    # (the semicolons end no clause: the week is each item's)
    assert {(m, "timepoint", "P8W") for m in ("zeta severity", "daily functioning", "sleep quality")} <= found


def test_a_p_value_of_an_item_no_list_reads_is_not_the_next_items():
    found = facts(ALLOCATED + "XY-123 was better than placebo on its secondary endpoints at week 8, including response "
                  "(p<0.001), zeta severity (p=0.0031) and sleep quality (p=0.0192).")
    assert ("zeta severity", "pValue", "0.0031") in found


def test_a_list_of_groups_each_with_its_own_p_value_names_no_measures():
    found = facts(ALLOCATED + "The effect on zeta severity was alike across regions: European sites (p=0.318); "
                  "Asian sites (p=0.472).")
    assert not {m.lower() for m, _, _ in found} & {"european sites", "asian sites"}


@pytest.mark.parametrize("said, time", [
    ("Zeta relief at 2 h was 71.3% with XY-123 and 44.9% with placebo (p=0.0031).", "PT2H"),
    ("Zeta relief after 3 weeks was 71.3% with XY-123 and 44.9% with placebo (p=0.0031).", "P3W"),
])
def test_a_quantity_whose_timepoint_stands_before_its_numbers_gives_each_arm_its_value(said, time):
    found = facts(ALLOCATED + said)
    assert {("zeta relief (XY-123)", "value", "71.3"), ("zeta relief (placebo)", "value", "44.9"),
            ("zeta relief", "pValue", "0.0031"), ("zeta relief", "timepoint", time)} <= found


@pytest.mark.parametrize("unit", ["per patient per year", "per 100 patient-years", "per person-year",
                                  "events per 100 person-years", "episodes per 100 patient-years"])
def test_an_event_rates_unit_between_a_number_and_its_arm_keeps_the_number_the_arms(unit):
    found = facts(ALLOCATED + f"The adjusted rates of zeta flares were 0.362 {unit} with XY-123 and 0.594 {unit} with "
                  "placebo (P=0.0387).")
    assert {("zeta flares (XY-123)", "value", "0.362"), ("zeta flares (placebo)", "value", "0.594")} <= found


DOSES = "In the ZETA trial (NCT01234567), adults were randomized to XY-123 320 mg, XY-123 160 mg or placebo. "


@pytest.mark.parametrize("first,second", [("XY-123 320 mg", "XY-123 160 mg"), ("the 320 mg dose", "the 160 mg dose")])
def test_estimates_each_followed_by_its_dose_are_those_doses_estimates(first, second):
    found = facts(DOSES + "Compared with placebo, the hazard ratio for zeta flares was 0.71 (95% CI, 0.56 to 0.91) with "
                  f"{first} and 0.64 (95% CI, 0.49 to 0.83) with {second}.")
    assert {("zeta flares (XY-123 320 mg)", "effect", "0.71"), ("zeta flares (XY-123 320 mg)", "ciHigh", "0.91"),
            ("zeta flares (XY-123 160 mg)", "effect", "0.64"), ("zeta flares (XY-123 160 mg)", "ciLow", "0.49")} <= found
    assert not any(s == "zeta flares" and p == "effect" for s, p, _ in found)


def test_estimates_listed_respectively_after_two_doses_against_one_control_are_each_doses():
    found = facts(DOSES + "XY-123 320 mg and 160 mg improved FEV1 at week 10 compared with placebo (least squares mean "
                  "differences 41.3 mL [p=0.0064] and 26.8 mL [p=0.0217], respectively) and reduced the risk of zeta "
                  "flares (hazard ratios 0.713 [p=0.0368] and 0.694 [p=0.0159], respectively).")
    fev1 = "forced expiratory volume in 1 second"
    assert {(f"{fev1} (XY-123 320 mg)", "effect", "41.3"), (f"{fev1} (XY-123 320 mg)", "pValue", "0.0064"),
            (f"{fev1} (XY-123 160 mg)", "effect", "26.8"), (f"{fev1} (XY-123 160 mg)", "pValue", "0.0217"),
            ("zeta flares (XY-123 320 mg)", "effect", "0.713"), ("zeta flares (XY-123 160 mg)", "pValue", "0.0159")} <= found
    assert not {s for s, p, _ in found if p == "effect" and "(" not in s}     # (no estimate of the whole trial)


def test_estimates_listed_respectively_with_their_intervals_go_to_the_doses_named_before():
    found = facts(DOSES + "The change in systolic blood pressure at week 6 was -13.84 mm Hg for XY-123 320 mg, -12.96 "
                  "mm Hg for XY-123 160 mg and -9.283 mm Hg for placebo, a difference from placebo of -4.57 mm Hg "
                  "(95% CI -7.36 to -1.78; P = 0.0031) and -3.69 mm Hg (-6.52 to -0.863; P = 0.0108), respectively.")
    assert {("systolic blood pressure (XY-123 320 mg)", "effect", "-4.57"),
            ("systolic blood pressure (XY-123 320 mg)", "ciLow", "-7.36"),
            ("systolic blood pressure (XY-123 160 mg)", "effect", "-3.69"),
            ("systolic blood pressure (XY-123 160 mg)", "ciHigh", "-0.863")} <= found
    assert ("systolic blood pressure", "effect", "-4.57") not in found     # (no estimate of the whole trial)


def test_two_lists_of_estimates_given_to_one_measure_go_to_no_arm():
    # (the second list's measure was not read: its estimates are not the first measure's)
    found = facts(DOSES + "XY-123 320 mg and 160 mg improved FEV1 at week 10 compared with placebo (mean differences "
                  "41.3 mL [p=0.0064] and 26.8 mL [p=0.0217], respectively), and did so whatever their age (hazard "
                  "ratios 0.713 [p=0.0368] and 0.694 [p=0.0159], respectively).")
    assert not {o for s, p, o in found if p == "effect" and "(XY-123" in s and o in ("0.713", "0.694")}


def test_a_difference_over_some_hours_is_no_estimate():
    found = facts(ALLOCATED + "The difference for 24 h zeta pressure was small (P=0.418).")
    assert not {o for _, p, o in found if p == "effect"}


def test_an_arm_a_sentence_opens_on_by_its_dose_and_schedule_takes_the_first_number():
    found = facts(ALLOCATED + "Patients given 175 mg every three weeks had a mean reduction in the zeta index of 37.4%, "
                  "compared with 21.9% for placebo.")
    assert {("zeta index (XY-123 175 mg)", "change", "-37.4"), ("zeta index (placebo)", "change", "-21.9")} <= found


def test_estimates_listed_respectively_after_two_combination_doses_go_to_the_arms_named_so_at_allocation():
    # (a product the lexicon does not know, named with each combination dose when the arms are counted)
    found = facts("In the ZETA trial (NCT01234567), adults were randomized to twice-daily XY-123/AB-7 inhaler "
                  "215/12 µg or 115/12 µg, or AB-7 12 µg. The analysis included 1406 patients (ZA MDI 215/12 µg, "
                  "n=471; ZA MDI 115/12 µg, n=466; and A MDI, n=469). ZA MDI 215/12 µg and 115/12 µg improved FEV1 "
                  "at week 10 versus A MDI (LS mean differences 38.2 mL [p=0.0071] and 27.4 mL "
                  "[p=0.0246], respectively).")
    fev1 = "forced expiratory volume in 1 second"
    assert {(f"{fev1} (ZA MDI 215/12 µg)", "effect", "38.2"), (f"{fev1} (ZA MDI 215/12 µg)", "pValue", "0.0071"),
            (f"{fev1} (ZA MDI 115/12 µg)", "effect", "27.4"), (f"{fev1} (ZA MDI 115/12 µg)", "pValue", "0.0246")} <= found


def test_a_measure_named_with_the_drug_its_patients_got_is_cut_before_that_drug():
    # (a lexicon drug after "for": who was measured, not what; it names the arm)
    text = ("In this randomized trial, 90 adults were assigned to haloperidol or quetiapine. The mean zeta score for "
            "haloperidol was significantly lower than the mean score for quetiapine (2.73 vs. 3.84, P = 0.027).")
    found = facts(text)
    assert {("zeta score (Haloperidol)", "value", "2.73"), ("zeta score (Quetiapine)", "value", "3.84")} <= found
    assert not {s for s, _, _ in found if "score for" in s}


@pytest.mark.parametrize("said, expected", [
    ("Patients given XY-123 had a higher incidence of zeta flares (31.6% versus 6.2%) and beta cramps (28.4% versus "
     "9.1%) than those given placebo.",
     {("incidence of zeta flares (XY-123)", "value", "31.6"), ("incidence of zeta flares (placebo)", "value", "6.2"),
      ("beta cramps (XY-123)", "value", "28.4"), ("beta cramps (placebo)", "value", "9.1")}),
    ("Patients given XY-123 had a longer zeta time (261 ± 31.2 vs. 47.6 ± 22.9 min) and lower beta consumption (8.31 ± 2.4 "
     "vs. 51.7 ± 9.6 mg) than those given placebo.",
     {("zeta time (XY-123)", "value", "261.0"), ("zeta time (placebo)", "value", "47.6"),
      ("beta consumption (XY-123)", "value", "8.31"), ("beta consumption (placebo)", "value", "51.7")}),
])
def test_items_compared_one_after_another_take_the_arms_named_around_them(said, expected):
    assert expected <= facts(ALLOCATED + said)


def test_items_compared_after_a_turn_to_a_second_clause_are_that_clauses():
    found = facts(ALLOCATED + "Zeta counts were lower with XY-123 than with placebo, while ZPF (0.61 ± 0.07 vs. 0.44 ± "
                  "0.09) and ZBG (2.35 ± 0.52 vs. 1.62 ± 0.48) were significantly higher with XY-123 than with placebo.")
    assert {("ZPF (XY-123)", "value", "0.61"), ("ZPF (placebo)", "value", "0.44"),
            ("ZBG (XY-123)", "value", "2.35"), ("ZBG (placebo)", "value", "1.62")} <= found


def test_runs_given_respectively_after_each_of_two_measures_are_each_measures_per_arm():
    # (not the two measures' values in turn: each run follows its own measure)
    found = facts("In this randomized trial (NCT00000001), 240 adults were assigned to XY-123 or placebo. XY-123 and "
                  "placebo gave objective response rates of 47% and 38%, respectively, and median overall survival of "
                  "21 and 17 months, respectively.")
    assert {("objective response rate (XY-123)", "value", "47.0"), ("objective response rate (placebo)", "value", "38.0"),
            ("overall survival (XY-123)", "value", "21.0"), ("overall survival (placebo)", "value", "17.0")} <= found
    assert not {(s, o) for s, p, o in found if p == "value" and "(" not in s}


TWO_ARMS = ("Eyes were allocated at random to XY-123 (n = 118) or sham (n = 121). The probability of zeta surgery by "
            "week 16 was 13.2% with XY-123 versus 18.7% with sham (P = 0.412). ")


@pytest.mark.parametrize("said", [
    "Beta bleeding occurred within 12 weeks in 6.4% and 17.2% respectively (P = 0.017).",
    "Beta bleeding occurred in 6.4% and 17.2% respectively (P = 0.017).",
])
def test_a_pair_given_respectively_with_no_arm_named_is_the_two_arms_named_before(said):
    found = facts(TWO_ARMS + said)
    assert {("beta bleeding (XY-123)", "value", "6.4"), ("beta bleeding (sham)", "value", "17.2")} <= found


def test_two_quantities_given_respectively_are_no_arms_numbers():
    found = facts(TWO_ARMS + "Beta bleeding and zeta leakage were 6.4% and 17.2%, respectively (P = 0.017).")
    assert not {(s, o) for s, p, o in found if p == "value" and o in ("6.4", "17.2")}


@pytest.mark.parametrize("said, measure", [
    ("Zeta spasm occurred in 9 of 63 patients in the XY-123 group and 21 of 57 in the placebo arm "
     "(P = 0.017).", "zeta spasm"),
    ("At 12 weeks, 9 of 63 patients receiving XY-123 versus 21 of 57 patients receiving placebo had zeta spasm "
     "(P = 0.017).", "zeta spasm"),
    ("A relapse occurred in 30 patients, 9 of 63 in the XY-123 group and 21 of 57 in the placebo arm (P = 0.017).",
     "relapse"),
])
def test_each_arms_count_out_of_its_total_is_its_value_where_no_share_is_given(said, measure):
    found = facts(ALLOCATED + said)
    assert {(f"{measure} (XY-123)", "value", "9.0"), (f"{measure} (placebo)", "value", "21.0")} <= found
    assert not {o for s, p, o in found if p == "value" and o in ("63.0", "57.0", "30.0")}


def test_a_count_with_its_share_gives_the_share_not_the_count():
    found = facts(ALLOCATED + "Zeta clearance was achieved in 34 of the 43 patients (79.1%; 95% confidence interval "
                  "64.3-90.2%) and 18 of the 39 patients (46.2%; 95% confidence interval 30.7-62.9%) of the XY-123 and "
                  "placebo groups respectively (P=0.006).")
    assert not {o for s, p, o in found if p == "value" and o in ("34.0", "18.0", "43.0", "39.0")}


def test_a_time_before_the_arms_shares_is_no_ordinal():
    found = facts(ALLOCATED + "At 3 months 14.7% of patients receiving XY-123 versus 35.9% of patients receiving placebo "
                  "had zeta spasm (P = 0.017).")
    assert {("zeta spasm (XY-123)", "value", "14.7"), ("zeta spasm (placebo)", "value", "35.9")} <= found


def test_the_number_people_had_is_the_arms_value_and_what_follows_it_the_measure():
    found = facts(ALLOCATED + "Patients taking XY-123 had 0.274 zeta spells per week, compared to 1.362 for "
                  "those given placebo.")
    assert {("zeta spells per week (XY-123)", "value", "0.274"),
            ("zeta spells per week (placebo)", "value", "1.362")} <= found


def test_a_share_that_people_showed_names_who_they_were_not_the_measure():
    found = facts(ALLOCATED + "An interim look at 60 infants showed 37% responders on XY-123 against 4% on placebo.")
    assert not any(s.startswith("responders") for s, _, _ in found)


def test_a_pair_with_spreads_after_a_comparative_said_of_one_arm_is_that_arm_then_the_other():
    found = facts(ALLOCATED + "Patients given XY-123 had significantly longer time to zeta relief "
                  "(261 ± 37 vs. 48 ± 11 min, P < 0.001).")
    assert {("time to zeta relief (XY-123)", "value", "261.0"),
            ("time to zeta relief (placebo)", "value", "48.0")} <= found


def test_a_pair_that_moved_against_the_verb_said_of_the_arm_is_a_level_before_and_after():
    for said in ("Serum cholesterol declined significantly while on XY-123 alone (5.3 ± 0.4 vs. 4.1 ± 0.3 "
                 "mmol/l).", "XY-123 alone decreased serum free zeta levels (1.3 +/- 0.163 vs. 0.4 +/- 0.052 ng/ml).",
                 "Serum cholesterol rose under XY-123 alone (4.1 ± 0.4 vs. 5.3 ± 0.3 mmol/l)."):
        assert not any(p == "value" for _, p, _ in facts(ALLOCATED + said)), said


def test_a_bare_pair_after_a_comparative_said_of_the_group_a_clause_opens_on_is_that_group_then_the_other():
    found = facts("In a double-blind study, 40 adults were split at random into two groups. The study group (Group Z) "
                  "got zetacaine by catheter, while the control group (Group C) got saline by catheter. Patients in "
                  "Group Z had significant lower pain scores, a longer time to zeta relief (261 ± 37.96 vs. 48.5 ± 30.6 "
                  "min) and less sedation.")
    assert {("time to zeta relief (Group Z)", "value", "261.0"),
            ("time to zeta relief (Group C)", "value", "48.5")} <= found


def test_a_negative_difference_opening_the_bracket_names_the_measure_before_it():
    found = facts(ALLOCATED + "The zeta score was lower with XY-123 than with placebo (difference, -1.7 points; 95% CI, "
                  "-2.4 to -0.9; P < 0.001).")
    assert {("zeta score", "effect", "-1.7"), ("zeta score", "ciLow", "-2.4")} <= found


def test_a_p_value_inside_the_shared_head_of_compared_items_keeps_the_items():
    found = facts(ALLOCATED + "XY-123 caused a significantly higher rate (p = 0.002) of zeta spasm (31.7% versus "
                  "5.3%) and beta tremor (27.9% versus 7.4%) than placebo.")
    assert {("zeta spasm (XY-123)", "value", "31.7"), ("beta tremor (placebo)", "value", "7.4"),
            ("zeta spasm", "significant", "True")} <= found


def test_a_sentence_comparing_a_quantity_of_its_own_in_words_leaves_the_last_measure_unsaid():
    found = facts(ALLOCATED + "By day 60, 17 of 61 adults (27.9%) given XY-123 and 22 of 60 (36.7%) given placebo had "
                  "died. More care in the XY-123 group was shown by significantly worse zeta scores and longer stays.")
    assert ("death (XY-123)", "value", "27.9") in found
    assert not any(p == "significant" for _, p, _ in found)


def test_the_group_given_no_intervention_is_that_arm_not_the_intervention_arm():
    found = facts("In the trial (NCT01234567) adults were assigned to XY-123 (n=60) or no intervention (n=58). Mean "
                  "costs were 13,100 in the XY-123 group and 4,900 in the no intervention group.")
    assert ("costs (no intervention)", "value", "4900.0") in found
    assert not any(s == "costs (intervention)" for s, _, _ in found)


def test_the_time_a_treatment_was_started_in_from_symptoms_is_no_timepoint():
    found = facts(ALLOCATED + "XY-123 reduced the risk of zeta fever by 80% versus placebo when begun within 2 days "
                  "of symptom onset.")
    assert any(s == "risk of zeta fever" for s, _, _ in found)
    assert not any(p == "timepoint" for _, p, _ in found)


def test_an_events_rate_with_one_arms_value_gives_that_arm_the_value():
    found = facts(ALLOCATED + "The zeta cure rate with XY-123 was 81.4%.")
    assert ("zeta cure rate (XY-123)", "value", "81.4") in found


def test_two_values_of_a_measure_with_no_arm_give_the_trial_no_value():
    found = facts(ALLOCATED + "The objective response rates were 23.6% and 27.9%.")
    assert not any(p == "value" for _, p, _ in found)


def test_a_measure_with_the_arm_it_was_read_in_is_not_named_with_that_arm():
    found = facts("In the ZETA trial (NCT01234567), adults were randomized to zetacin or placebo. The response rate with "
                  "zetacin was 61.4%, compared with 30.2% with placebo (P < 0.001).")
    assert ("response rate (Zetacin)", "value", "61.4") in found
    assert not any("with zetacin" in s for s, _, _ in found)


def test_doses_that_improved_a_measure_by_amounts_compared_with_the_control_give_each_doses_difference():
    found = facts("In the ZETA trial (NCT01234567), adults were randomized to XY-123 50 or 100 μg or placebo. At week 12, "
                  "XY-123 50 and 100 μg improved forced vital capacity (118 and 143 mL, respectively; p=0.0021) "
                  "compared with placebo.")
    fvc = "forced vital capacity"
    assert {(f"{fvc} (XY-123 50 μg)", "effect", "118.0"), (f"{fvc} (XY-123 100 μg)", "effect", "143.0"),
            (f"{fvc} (XY-123 100 μg)", "effectMeasure", "mean difference")} <= found
    assert not any(p == "value" for _, p, _ in found)
    # (with no control set against them, they stay each dose's own change)
    found = facts("In the ZETA trial (NCT01234567), adults were randomized to XY-123 50 or 100 μg or placebo. At week 12, "
                  "XY-123 50 and 100 μg improved forced vital capacity (2118 and 2143 mL, respectively).")
    assert ("forced vital capacity (XY-123 50 μg)", "change", "2118.0") in found
    assert not any(p == "effect" for _, p, _ in found)


def test_the_drug_group_is_the_arm_given_the_documents_therapy():
    found = facts("In this phase 2 trial, 120 adults were randomized to zetacin or placebo for 10 weeks. Participants in "
                  "the drug group had 12 zeta days, while the placebo group had 19 zeta days.")
    assert ("zeta days (Zetacin)", "value", "12.0") in found
    assert not any(s.endswith("(drug)") for s, _, _ in found)


def test_the_whole_studys_span_after_a_measures_words_is_no_part_of_its_name():
    found = facts("In this phase 2 trial, 120 adults were randomized to zetacin or placebo for 10 weeks. Participants in "
                  "the zetacin group had 12 zeta days throughout the treatment period, while the placebo group had "
                  "19 zeta days.")
    assert ("zeta days (Zetacin)", "value", "12.0") in found
    assert not any("course" in s for s, _, _ in found)


def test_what_a_share_of_each_arm_tested_positive_for_is_the_measure_though_the_lexicon_names_it_a_disease():
    found = facts(ALLOCATED + "In the XY-123 arm, 31% of infants tested positive for parasitaemia at day 28 compared to "
                  "12% on placebo (P = 0.037).")
    assert {("parasitaemia (XY-123)", "value", "31.0"), ("parasitaemia (placebo)", "value", "12.0"),
            ("parasitaemia", "pValue", "0.037")} <= found


def test_a_bare_pair_after_a_pair_with_its_arms_named_is_the_same_arms_at_its_own_time():
    found = facts(ALLOCATED + "Zeta clearance at 24 hours was 41.3% for XY-123 versus 26.7% for placebo and 63.5% "
                  "versus 47.0% at 72 hours.")
    assert {("zeta clearance (XY-123)", "value", "41.3"), ("zeta clearance (placebo)", "value", "26.7")} <= found
    later = {(s, p, o) for s, p, o in found if o in ("63.5", "47.0")}
    assert {o for s, _, o in later if s.endswith("(XY-123)")} == {"63.5"}
    assert {o for s, _, o in later if s.endswith("(placebo)")} == {"47.0"}
    assert {o for _, p, o in found if p == "timepoint"} >= {"PT24H", "PT72H"}


def test_a_role_defined_as_a_difference_in_a_measure_names_the_measure():
    found = facts(ALLOCATED + "Its primary outcome was the difference in zeta frequency between the run-in period and "
                  "the last month of treatment.")
    assert ("zeta frequency", "outcomeRole", "primary") in found
    assert not any(s.startswith("difference") for s, _, _ in found)


def test_a_time_after_which_a_role_defined_measure_was_read_is_its_timepoint_not_its_name():
    found = facts(ALLOCATED + "XY-123 met its main endpoint of lowering urinary zeta output after 24 weeks "
                  "versus baseline (a fall of 51.2%, p<0.001).")
    assert ("urinary zeta output", "outcomeRole", "primary") in found
    assert ("urinary zeta output", "timepoint", "P24W") in found
    assert not any("after 24" in s for s, _, _ in found)
    # (a window an event is counted in stays part of its name)
    found = facts(ALLOCATED + "The primary endpoint was discharge from hospital within 21 days.")
    assert ("discharge from hospital within 21 days", "outcomeRole", "primary") in found


DOSES = "In the ZETA trial (NCT01234567), adults were randomized to XY-123 200 mg, XY-123 100 mg or placebo. "


def test_a_controls_value_bracketed_with_the_p_value_said_of_both_doses_is_its_own():
    found = facts(DOSES + f"The share of patients with an {SCALE} (ARS) response at week 12 was higher for XY-123 200 mg "
                  "(72.6%) and XY-123 100 mg (64.7%) versus placebo (37.6%; both p<0.001).")
    assert {(f"{SCALE} (XY-123 200 mg)", "value", "72.6"), (f"{SCALE} (XY-123 100 mg)", "value", "64.7"),
            (f"{SCALE} (placebo)", "value", "37.6")} <= found


def test_each_arms_value_stands_beside_the_doses_differences_given_respectively_in_the_controls_bracket():
    found = facts(DOSES + f"The share of patients with an {SCALE} (ARS) response at week 12 was higher for XY-123 200 mg "
                  "(72.6%) and XY-123 100 mg (64.7%) versus placebo (37.6%; treatment difference (95% CI), 35.0% "
                  "(27.1% to 42.9%) and 27.1% (19.6% to 34.2%), respectively; both p<0.001).")
    assert {(f"{SCALE} (XY-123 200 mg)", "value", "72.6"), (f"{SCALE} (XY-123 100 mg)", "value", "64.7"),
            (f"{SCALE} (placebo)", "value", "37.6"), (f"{SCALE} (XY-123 200 mg)", "effect", "35.0"),
            (f"{SCALE} (XY-123 100 mg)", "effect", "27.1")} <= found
    assert not any(p == "value" and o in ("35.0", "27.1") for _, p, o in found)


def test_what_was_achieved_by_more_of_one_arm_than_another_is_the_measure():
    found = facts(DOSES + "At week 24, zeta quiescence was achieved by more XY-123 200 mg-treated (27.3%) and 100 "
                  "mg-treated patients (22.6%) versus placebo (4.1%; both p<0.001).")
    assert {("zeta quiescence (XY-123 200 mg)", "value", "27.3"), ("zeta quiescence (placebo)", "value", "4.1")} <= found


def test_a_sentence_opening_on_significant_changes_in_listed_measures_gives_each_its_arms_numbers():
    found = facts(ALLOCATED + "Significant improvements in nightly zeta voids (−1.31 vs −0.94) and in zeta urgency sum "
                  "(−3.87 vs −3.05) were observed with XY-123 vs placebo (all P<0.05).")
    assert {("nightly zeta voids (XY-123)", "change", "-1.31"), ("nightly zeta voids (placebo)", "change", "-0.94"),
            ("zeta urgency sum (XY-123)", "change", "-3.87"), ("zeta urgency sum (placebo)", "change", "-3.05")} <= found


def test_a_lone_adjective_sharing_the_next_items_head_is_no_measure():
    found = facts(ALLOCATED + "Significant reductions in basic and sustained zeta attention, and zeta memory were seen "
                  "with XY-123 compared with placebo.")
    assert ("sustained zeta attention", "measure", "sustained zeta attention") in found
    assert not any(s == "basic" for s, _, _ in found)


def test_what_a_therapy_showed_significantly_against_the_control_is_the_measure():
    found = facts(ALLOCATED + "Results showed a statistically significant full zeta clearance at day 29 in "
                  "patients treated with XY-123 compared to placebo (p<0.0001).")
    assert {("full zeta clearance", "significant", "True"), ("full zeta clearance", "timepoint", "P29D")} <= found
    # (a word that names no measure is none: "a significant benefit", nor a verdict: "a significant separation")
    for word in ("benefit", "separation"):
        found = facts(ALLOCATED + f"Results showed a statistically significant {word} at day 29 in patients "
                      "treated with XY-123 compared to placebo (p<0.0001).")
        assert not any(p == "measure" for _, p, _ in found)


def test_a_threshold_of_improvement_in_named_criteria_is_the_short_form_that_gives_it():
    found = facts(ALLOCATED + "Its primary outcome was the proportion of adults reaching 30% improvement in Zeta "
                  "Society criteria (ZS30) at week 12. At week 12, ZS30 was achieved by 61.2% with XY-123 versus 38.4% "
                  "with placebo (p<0.001).")
    assert {("ZS30", "outcomeRole", "primary"), ("ZS30 (XY-123)", "value", "61.2")} <= found
    assert not any(s.startswith("Zeta Society criteria") for s, _, _ in found)


def test_two_freedoms_listed_as_a_role_are_two_measures_and_nausea_is_one_to_be_free_of():
    found = facts(ALLOCATED + "Its primary outcomes were freedom from nausea and freedom from the worst zeta "
                  "symptom, 2 hours after the dose.")
    assert {("freedom from nausea", "outcomeRole", "primary"),
            ("freedom from the worst zeta symptom", "outcomeRole", "primary")} <= found
    assert not any("nausea and" in s for s, _, _ in found)


def test_a_second_time_and_the_arms_after_a_list_of_changes_are_no_measures():
    found = facts(ALLOCATED + "The study also met two key goals with a significant change in zeta tone at "
                  "Month 2 and Month 4, for all XY-123 arms, compared to placebo.")
    assert not any(s in ("Month 4", "for all XY-123 arms") for s, _, _ in found)


@pytest.mark.parametrize("sentence", [
    "The curriculum aimed at zeta imitation and joint play; ratings of these were the primary end points.",
    "Scores on these were the primary outcomes.",
    "The change in this was the primary endpoint.",
])
def test_a_role_said_of_a_word_pointing_back_names_no_measure(sentence):
    found = facts(ALLOCATED + sentence)
    assert not any(subject.split(" (")[0].split()[-1] in ("these", "this") for subject, _, _ in found), found


def test_a_role_said_of_a_measure_named_on_these_scales_still_names_it():
    found = facts(ALLOCATED + "Scores on these zeta scales were the primary outcomes.")
    assert ("scores on these zeta scales", "outcomeRole", "primary") in found


def test_an_event_named_before_incidence_is_the_measure_its_rate_ratio_belongs_to():
    found = facts(ALLOCATED + "ZV incidence with XY-123 was significantly lower than with placebo (incidence rate ratio "
                  "[IRR], 0.10; 95% CI, 0.01 to 0.44; P<0.001).")
    assert {("ZV incidence", "effectMeasure", "rate ratio"), ("ZV incidence", "effect", "0.1"),
            ("ZV incidence", "ciHigh", "0.44")} <= found


def test_which_incidence_a_word_picks_out_names_no_event():
    found = facts(ALLOCATED + "The cumulative incidence was lower with XY-123 than with placebo (rate ratio, 0.5; "
                  "95% CI, 0.3 to 0.8).")
    assert not any(subject.startswith("cumulative") for subject, _, _ in found)


@pytest.mark.parametrize("sentence", [
    "Those given XY-123 survived for a mean of 12.4 months, while those given placebo lived 8.1 months in all.",
    "Patients who received XY-123 had a median survival of 12.4 months, while those given placebo had a median survival "
    "of 8.1 months.",
])
def test_two_clauses_that_open_on_the_arms_give_each_its_number(sentence):
    found = facts(ALLOCATED + sentence)
    assert {("overall survival (XY-123)", "value", "12.4"), ("overall survival (placebo)", "value", "8.1")} <= found


def test_two_clauses_of_change_on_the_arms_are_no_pair_of_levels():
    found = facts(ALLOCATED + "Patients on XY-123 lost 5% of their weight, while those on placebo had lost 2% by week 12.")
    assert not any(p == "value" for _, p, _ in found)


def test_an_estimate_goes_to_the_measure_its_words_name_again_by_its_short_form():
    # (another measure named between the first naming and the estimate does not take it)
    found = facts("Acme reported a phase 3 trial of XY-123 in acute pain. XY-123 bettered the primary endpoint of a "
                  "time-weighted sum of the zeta relief difference from 0 to 12 hours (SZRD12) versus placebo, and also "
                  f"pain on the {SCALE} (ARS) (LS mean difference in SZRD12 = 20.5 (95% CI: 10.1, 30.2; P<0.0001)).")
    measure = "time-weighted sum of the zeta relief difference from 0 to 12 hours"
    assert {(measure, "effect", "20.5"), (measure, "ciLow", "10.1")} <= found
    assert not any(s == SCALE and p in ("effect", "ciLow") for s, p, _ in found)


def test_the_numbers_of_a_definition_that_ends_the_sentence_are_no_result():
    found = facts(ALLOCATED + "The key secondary endpoint was time to zeta relief defined as a 2-point reduction in "
                  f"the {SCALE} from baseline versus placebo.")
    assert ("time to zeta relief", "outcomeRole", "secondary") in found
    assert not any(p == "effect" for _, p, _ in found)


def test_a_quantity_a_therapy_is_reducing_by_a_number_against_a_control_is_a_measure():
    found = facts("The phase 3 ZETA study (NCT01234567) tested zetacoplan or sham in 600 adults. Zetacoplan met the "
                  "primary endpoint, significantly reducing zeta lesion growth by 31% (p=0.0007) compared to sham at "
                  "12 months.")
    assert {("zeta lesion growth", "outcomeRole", "primary"), ("zeta lesion growth", "pValue", "0.0007")} <= found


def test_values_given_respectively_against_a_control_named_after_them_are_not_the_controls():
    found = facts("The phase 3 ZETA study (NCT01234567) tested zetacoplan or sham in 600 adults. Monthly and "
                  "every-other-month zetacoplan reduced zeta lesion growth by 31% (p=0.0007) and 18% (p=0.0041), "
                  "respectively, compared to sham at 12 months.")
    assert not any("(sham)" in s for s, _, _ in found)


def test_people_said_to_be_in_the_state_a_measure_names_over_a_span_of_weeks_give_its_values():
    found = facts(ALLOCATED + "The primary outcome was continuous zeta abstinence during the last 6 weeks of "
                  "treatment, verified by a breath test. In the XY-123 group, 27.1% were abstinent during weeks 7 "
                  "through 12 vs 8.6% with placebo.")
    measure = "continuous zeta abstinence"
    assert {(measure, "outcomeRole", "primary"), (f"{measure} (XY-123)", "value", "27.1"),
            (f"{measure} (placebo)", "value", "8.6"), (f"{measure} (XY-123)", "timepoint", "P12W")} <= found


def test_a_measure_set_before_its_role_between_commas_leaves_out_a_bracket_on_its_time():
    found = facts("The phase 3 ZETA trial (NCT01234567) compared zetavir with standard therapies. Overall, 52% of "
                  "adults treated with zetavir achieved confirmed zeta clearance at Study Week 6 (end of dosing phase), "
                  "the study's primary endpoint, against 21% of those on standard therapies (p<0.001).")
    assert ("confirmed zeta clearance", "outcomeRole", "primary") in found
    assert not any(s.startswith("end of") for s, _, _ in found)


# a trial whose primary endpoint is the change in a substance no list knows, named by one word
ZETALONE = ("The ZETA trial (NCT01234567) randomized 90 adults to XY-123 or placebo. The primary endpoint was the change "
            "in zetalone between baseline and week 6")


def test_counted_people_given_an_arm_who_had_a_mean_change_give_that_arms_change():
    found = facts(ZETALONE + ". The 27 adults given placebo had an adjusted mean rise in zetalone of 1.9 "
                  "nmol/L.")
    assert ("zetalone (placebo)", "change", "1.9") in found


def test_the_clause_after_a_measures_definition_gives_the_change_of_the_arm_it_opens_on():
    found = facts(ZETALONE + "; the 61 adults given XY-123 had an adjusted mean drop of 3.7 nmol/L.")
    assert ("zetalone (XY-123)", "change", "-3.7") in found


def test_a_unit_ending_in_a_capital_ends_the_sentence_before_the_other_arms_change():
    found = facts(ZETALONE + ". Adults given XY-123 had a mean decrease in zetalone of 3.7 nmol/L. By contrast, "
                  "adults given placebo had a mean increase in zetalone of 1.2 nmol/L.")
    assert {("zetalone (XY-123)", "change", "-3.7"), ("zetalone (placebo)", "change", "1.2")} <= found


def test_a_difference_in_least_squares_after_a_change_is_the_measures_estimate():
    found = facts(ZETALONE + ". Adults given XY-123 had a mean decrease in zetalone of 3.7 points. The least squares "
                  "mean difference was -5.1 points between the groups.")
    assert ("zetalone", "effect", "-5.1") in found


def test_levels_of_the_measure_named_before_taken_before_a_dose_are_that_measures_values():
    found = facts(ZETALONE + ". At week 6, mean zetalone levels before morning dosing were 4.4 nmol/L in the XY-123 "
                  "group and 12.0 nmol/L in the placebo group.")
    assert {("zetalone (XY-123)", "value", "4.4"), ("zetalone (placebo)", "value", "12.0")} <= found
    assert not any(s.startswith("zetalone levels") for s, _, _ in found)


def test_people_counted_who_had_an_event_still_give_its_own_measure():
    found = facts(ZETALONE + ". 4 adults on XY-123 had a fall, against 1 on placebo (p=0.04).")
    assert not any(s.startswith("zetalone (") for s, _, _ in found)


def test_the_end_of_a_span_from_baseline_is_the_measures_timepoint():
    found = facts(ZETALONE + ".")
    assert ("zetalone", "timepoint", "P6W") in found


@pytest.mark.parametrize("group", ["highest dose group", "high-dose group"])
def test_the_highest_dose_group_of_a_trial_of_doses_sharing_one_unit_is_its_highest_dose(group):
    found = facts("The ZETA trial (NCT01234567) randomized adults to 5, 10 or 20 milligrams of XY-123 or placebo daily. "
                  f"The primary endpoint was the change in body weight. Body weight fell by 9.5% in the {group}.")
    assert ("body weight (XY-123 20 mg)", "change", "-9.5") in found


def test_a_measure_named_again_by_its_label_covers_the_shorter_name_inside_it_and_weeks_may_be_wk():
    found = facts("The ZETA trial (NCT01234567) randomized adults to XY-123 or placebo. Secondary endpoints: change from "
                  "baseline in post-exercise FEV1 at wk 8 and wk 24. XY-123 significantly increased post-exercise FEV1 "
                  "at wk 8 (LSM difference vs placebo: 71 mL, p<0.001).")
    assert {("post-exercise FEV1", "effect", "71.0"), ("post-exercise FEV1", "timepoint", "P8W")} <= found
    assert not any(s.startswith(("FEV1", "wk")) for s, _, _ in found)


def test_a_rate_people_had_set_against_the_other_arms_share_in_a_second_clause_gives_both_values():
    found = facts("In the ZETA trial (NCT01234567), 90 adults were randomized to XY-123 or AB-712. The adults receiving "
                  "XY-123 showed a success rate of 58%, whereas AB-712 injections succeeded in 71% of them. This "
                  "difference was statistically nonsignificant (P = .4).")
    assert {("success rate (XY-123)", "value", "58.0"), ("success rate (AB-712)", "value", "71.0"),
            ("success rate", "significant", "False")} <= found


def test_people_who_came_into_the_state_a_listed_rate_names_give_that_rates_values():
    found = facts("In the ZETA trial (NCT01234567), 180 women were randomized to XY-123 or placebo. Main outcome "
                  "measures: live birth rate and pregnancy rate. 37 women from the XY-123 group (40.5%) and 22 women "
                  "from the placebo group (23.2%) became pregnant.")
    assert {("pregnancy rate (XY-123)", "value", "40.5"), ("pregnancy rate (placebo)", "value", "23.2")} <= found


def test_the_counts_of_the_people_analysed_in_a_bracket_are_no_arms_values():
    found = facts("In the ZETA trial (NCT01234567), adults were randomized to XY-123 or placebo. The primary outcome "
                  "was zeta activity. In the intention-to-treat analysis (203 XY-123, 198 placebo), there was no "
                  "significant difference for zeta activity (mean difference = -0.31; 95% CI, -1.2 to 0.6; P = .47).")
    assert ("zeta activity", "effect", "-0.31") in found
    assert not any(p == "value" for _, p, _ in found)


def test_two_comparisons_of_shares_joined_by_and_are_read_one_clause_at_a_time():
    found = facts("In the ZETA trial (NCT01234567), 380 adults received XY-123 or vehicle for 6 weeks. At the end of "
                  "treatment, 47% of XY-123-treated adults had zeta clearance vs 13.5% of adults in the vehicle group, and "
                  "most treated adults (79.4%) reached zeta grade 0 or 1 compared to 29% of the others.")
    assert {("zeta clearance (XY-123)", "value", "47.0"), ("zeta clearance (vehicle)", "value", "13.5")} <= found


def test_an_estimate_and_its_interval_joined_by_and_to_another_are_no_two_clauses_of_shares():
    found = facts("In the ZETA trial (NCT01234567), adults were randomized to XY-123 or placebo. The primary outcome was "
                  "zeta response (difference 21.3%, 95% CI 11.3-31.2, P<0.001). Zeta remission showed a 13.2% difference "
                  "(95% CI 4.6-21.8, P=0.0021), and zeta calm showed a 12.1% difference (95% CI 3.6-20.6, P=0.0057).")
    assert not any(s == "zeta response" and p == "pValue" for s, p, _ in found)


def test_a_subject_that_names_a_change_alone_gives_the_quantity_that_changed():
    found = facts(ALLOCATED + "Key analysis on absolute percent change in zeta cell GL-9 from entry found a median "
                  "reduction of 37% in the XY-123 group, compared to 8% in the placebo group.")
    assert ("zeta cell GL-9 (XY-123)", "change", "-37.0") in found
    assert not any(s.startswith("absolute") for s, _, _ in found)


def test_an_aside_between_a_changed_quantity_and_its_number_is_read_past():
    found = facts(ALLOCATED + "By week 12, adults given XY-123 had a mean reduction in plasma zeta kinase (an enzyme "
                  "made in the liver) of 18.5% against a 2.6% increase with placebo (p=0.021).")
    assert {("plasma zeta kinase (XY-123)", "change", "-18.5"), ("plasma zeta kinase (placebo)", "change", "2.6")} <= found


def test_the_number_in_a_measures_name_is_no_arms_value():
    found = facts("In the ZETA trial (NCT01234567), adults were randomized to XY-123 or placebo. In all, 64% of patients "
                  "given XY-123 achieved ZASI 90 at week 16 compared to 5% for placebo.")
    values = {(s, o) for s, p, o in found if p == "value"}
    assert ("ZASI 90 (XY-123)", "64.0") in values and ("ZASI 90 (placebo)", "5.0") in values
    assert not any(o == "90.0" for _, o in values)


def test_the_days_a_time_was_shortened_by_are_no_timepoint_but_the_day_it_fell_by_is():
    found = facts("In the ZETA trial (NCT01234567), children were randomized to XY-123 or placebo. XY-123 cut the median "
                  "zeta recovery time by 2.5 days (3.1 vs 5.6 days; P = .01).")
    assert not any(p == "timepoint" for _, p, _ in found)
    found = facts("In the ZETA trial (NCT01234567), adults were randomized to XY-123 or placebo. Zeta titres decreased "
                  "by day 90 to 40 units with XY-123 and to 12 units with placebo.")
    assert any(p == "timepoint" and o == "P90D" for _, p, o in found)


def test_the_items_after_a_reduction_in_each_with_its_arms_rates_and_ratio_are_measures_with_values():
    found = facts(ALLOCATED + "XY-123 also gave a marked reduction in zeta relapse "
                  "(3.2% vs 7.4%; RR, 0.44; 95% CI, 0.21-0.91; P = 0.03), ward admission (2.0% vs 5.5%; RR, 0.36; "
                  "95% CI, 0.14-0.93; P = 0.03) and death (0.5% vs 2.2%; RR, 0.27; 95% CI, 0.05-0.98; P = 0.05).")
    assert {("zeta relapse (XY-123)", "value", "3.2"), ("zeta relapse (placebo)", "value", "7.4"),
            ("ward admission (XY-123)", "value", "2.0"), ("ward admission", "pValue", "0.03"),
            ("death (placebo)", "value", "2.2"), ("death", "effect", "0.27")} <= found
    assert not any(p == "change" for _, p, _ in found)      # (rates set side by side with their ratio: no changes)


def test_a_reduction_in_a_level_with_its_arms_pair_and_no_ratio_stays_a_change():
    found = facts(ALLOCATED + "XY-123 gave a greater reduction in zeta level than placebo (4.2 vs 1.1 points; P = 0.01).")
    assert ("zeta level (XY-123)", "change", "-4.2") in found


def test_mean_changes_from_baseline_given_for_each_arm_respectively_are_changes():
    found = facts("In the ZETA trial (NCT01234567), adults were randomized to XY-123 or AB-712. Average changes from "
                  "baseline in trough ZP levels at 12 weeks were -6.3 mmHg and -4.1 mmHg for XY-123- and "
                  "AB-712-treated adults, respectively.")
    assert {("trough ZP levels (XY-123)", "change", "-6.3"), ("trough ZP levels (AB-712)", "change", "-4.1")} <= found
    assert not any(p == "value" for _, p, _ in found)



def test_the_events_of_the_endpoint_named_by_its_role_are_that_endpoints_and_a_footnote_mark_is_no_part_of_a_name():
    found = facts(ALLOCATED + "The primary outcome was a composite of zeta death, zeta arrest or urgent zeta "
                  "admission². XY-123 cut the risk of any event counted toward the primary outcome by 19%; "
                  "rates of such events were 4.4% with XY-123 and 5.3% with placebo (HR, 0.83; 95% CI, 0.69-0.99; "
                  "p=0.04)².")
    composite = "composite of zeta death, zeta arrest or urgent zeta admission"
    assert {(composite, "outcomeRole", "primary"), (composite, "effect", "0.83"),
            (f"{composite} (XY-123)", "value", "4.4")} <= found
    assert not any("event" in s for s, _, _ in found)


def test_a_quantity_said_reduced_or_improved_to_each_arms_level_is_the_measure_of_the_estimate_after():
    found = facts(ALLOCATED + "First zeta admissions were reduced to 8.1% (20.4 per 1,000 person-years) with XY-123 versus "
                  "12.4% (31.2 per 1,000 person-years) with placebo (hazard ratio, 0.64 [95% CI, 0.55-0.75]; P<0.0001).")
    assert {("first zeta admissions", "effect", "0.64"), ("first zeta admissions", "ciLow", "0.55")} <= found


@pytest.mark.parametrize("said", [
    "Median overall survival had not yet been reached with XY-123 (95% CI, 30.2 to NE), against 26.4 months with "
    "placebo (95% CI, 21.0 to NE; hazard ratio, 0.77; 95% CI, 0.61 to 0.98; P=0.03).",
    "Median overall survival improved from 9.7 months in the placebo arm to not reached in the XY-123 arm.",
])
def test_the_arm_whose_median_is_given_beside_the_other_arms_not_reached_has_that_value(said):
    found = facts(ALLOCATED + said)
    assert ("overall survival (placebo)", "value", "26.4" if "26.4" in said else "9.7") in found
    assert not any(s == "overall survival (XY-123)" and p == "value" for s, p, _ in found)


def test_the_time_an_arm_gained_is_no_timepoint_but_a_time_that_dates_a_measure_is():
    found = facts(ALLOCATED + "XY-123 gave a 2-year gain in overall survival (HR 0.73; 95% CI 0.57-0.94).")
    assert ("overall survival", "effect", "0.73") in found
    assert not any(p == "timepoint" for _, p, _ in found)
    assert ("overall survival", "timepoint", "P1Y") in facts(ALLOCATED + "The 1-year overall survival was better with "
                                                                      "XY-123 (HR 0.73; 95% CI 0.57-0.94).")


def test_a_bare_difference_of_two_shares_of_people_is_no_mean_difference_but_one_of_two_changes_is():
    found = facts(ALLOCATED + "Zeta response at week 52 was 58.7% vs 32.4% (difference 26.3%, 95% CI 14.2-38.4, "
                  "P<0.0001).")
    assert ("zeta response", "significant", "True") in found
    assert not any(p in ("effect", "effectMeasure") for _, p, _ in found)
    found = facts(ALLOCATED + "Zeta weight fell by 5.3% vs 1.2% (difference -4.1%, 95% CI -5.0 to -3.2, P<0.0001).")
    assert ("zeta weight", "effect", "-4.1") in found


def test_results_listed_with_their_verb_said_once_are_each_a_measure_with_its_arms_shares_and_p_value():
    found = facts(ALLOCATED + "Zeta fever occurred in 6.8% versus 8.1% (p = 0.64), zeta rash in 1.5% versus 1.1% "
                  "(p = 0.77), and zeta cough in 4.6% versus 1.4% (p = 0.03).")
    assert {("zeta fever (XY-123)", "value", "6.8"), ("zeta rash (placebo)", "value", "1.1"),
            ("zeta cough", "pValue", "0.03"), ("zeta rash", "significant", "False")} <= found


def test_shares_of_people_said_to_show_an_improvement_in_a_measure_are_values_not_changes():
    found = facts(ALLOCATED + "A larger share of patients reported improvement in zeta scores (19% vs 6%) and "
                  "beta scores (11% vs 5%) on the EORTC QLQ-C30.")
    assert {("zeta scores (XY-123)", "value", "19.0"), ("beta scores (placebo)", "value", "5.0")} <= found
    assert not any(p == "change" for _, p, _ in found)
    # an improvement the arms made is the change's size
    assert ("zeta scores (XY-123)", "change", "19.0") in facts(
        ALLOCATED + "XY-123 produced a greater improvement in zeta scores than placebo (19% vs 6%).")


def test_the_difference_from_placebo_in_the_bracket_after_both_arms_shares_is_no_arms_number():
    found = facts(ALLOCATED + "Thirty-four percent of patients who received XY-123 achieved full zeta clearance "
                  "compared with 11% of patients who received placebo (23% placebo-adjusted, P = .012).")
    assert {("full zeta clearance (XY-123)", "value", "34.0"), ("full zeta clearance (placebo)", "value", "11.0"),
            ("full zeta clearance", "pValue", "0.012")} <= found
    found = facts(ALLOCATED + "The zeta responder rate was 51% with XY-123 vs. 9% with placebo (42% placebo-adjusted).")
    assert {("zeta responder rate (XY-123)", "value", "51.0"), ("zeta responder rate (placebo)", "value", "9.0")} <= found
    assert not any(v == "42.0" for _, _, v in found)


def test_a_long_definition_between_commas_leaves_the_measure_the_subject_of_its_numbers():
    found = facts(ALLOCATED + "The zeta responder rate, defined as a fall of 3 points or more on the zeta scale from the first "
                  "visit with no rise above 4 points on the beta scale at any later visit, was 47% among those given "
                  "XY-123 vs. 13% among those given placebo.")
    assert {("zeta responder rate (XY-123)", "value", "47.0"), ("zeta responder rate (placebo)", "value", "13.0")} <= found


DOSED = ("In the ZETA trial (NCT01234567), adults were randomized to placebo (n = 240), XY-123 100 mg (n = 238) or "
         "XY-123 300 mg (n = 241). ")


def test_an_arms_mean_differences_listed_one_per_measure_are_each_that_arms_difference_for_its_measure():
    found = facts(DOSED + "At 40 weeks, mean treatment differences between XY-123 300 mg and placebo were -0.74 mmol/L "
                  "for zeta glucose, -3.94 kg for body weight, and -12.5% for beta dose (all P < 0.001).")
    assert {("zeta glucose (XY-123 300 mg)", "effect", "-0.74"), ("body weight (XY-123 300 mg)", "effect", "-3.94"),
            ("beta dose (XY-123 300 mg)", "effect", "-12.5"), ("beta dose (XY-123 300 mg)", "significant", "True"),
            ("zeta glucose (XY-123 300 mg)", "timepoint", "P40W")} <= found
    assert not any(p == "change" for _, p, _ in found)


def test_values_given_respectively_for_doses_of_a_drug_named_once_are_each_doses():
    found = facts(DOSED + "HbA1c reductions were 0.52% and 0.71% with XY-123 100 and 300 mg, respectively.")
    assert {("HbA1c (XY-123 100 mg)", "change", "-0.52"), ("HbA1c (XY-123 300 mg)", "change", "-0.71")} <= found
    # placebo-adjusted, each is the dose's difference from placebo
    found = facts(DOSED + "Placebo-adjusted HbA1c reductions were 0.52% and 0.71% with XY-123 100 and 300 mg, "
                  "respectively.")
    assert {("HbA1c (XY-123 100 mg)", "effect", "-0.52"), ("HbA1c (XY-123 300 mg)", "effect", "-0.71")} <= found


def test_a_count_of_days_free_of_an_event_is_a_measure_and_a_difference_after_two_groups_values_is_no_arms():
    found = facts(ALLOCATED + "The primary outcome was zeta-free days over the first 21 days. Adults in the XY-123 "
                  "group had on average 5.2 zeta-free days (95% CI, 4.1-6.3) vs 2.9 zeta-free days (95% CI, 2.0-3.8) in the "
                  "placebo group (difference, 2.05; 95% CI, 0.6-3.5; P = .02).")
    assert {("zeta-free days", "outcomeRole", "primary"), ("zeta-free days (XY-123)", "value", "5.2"),
            ("zeta-free days (placebo)", "value", "2.9"), ("zeta-free days", "effect", "2.05")} <= found
    assert ("zeta-free days (placebo)", "effect", "2.05") not in found


def test_the_verb_of_dying_before_each_arms_shares_is_death_and_the_next_item_keeps_its_own_estimate():
    found = facts(ALLOCATED + "By day 60, more adults given XY-123 than placebo died (26.1 percent vs 22.4 percent; "
                  "RR, 1.13, 95 percent CI, 0.95-1.34) or developed persistent organ dysfunction (8.8 percent vs 6.1 percent; RR, "
                  "1.44, 95 percent CI, 0.85-2.43).")
    assert {("death (XY-123)", "value", "26.1"), ("death", "effect", "1.13"), ("persistent organ dysfunction", "effect", "1.44"),
            ("persistent organ dysfunction (placebo)", "value", "6.1")} <= found
    assert ("persistent organ dysfunction", "effect", "1.13") not in found


def test_the_parts_a_composites_bracket_lists_take_none_of_its_numbers():
    found = facts(ALLOCATED + "The multicomponent zeta endpoint (incorporating six-minute walk distance and HbA1c "
                  "reduction) was achieved by 36.2% of the XY-123 group versus 12.4% of the placebo group.")
    assert {("multicomponent zeta endpoint (XY-123)", "value", "36.2"),
            ("multicomponent zeta endpoint (placebo)", "value", "12.4")} <= found
    assert not any(s.startswith(("HbA1c", "six-minute")) for s, _, _ in found)


def test_a_symptom_said_to_improve_significantly_is_the_measure_its_pair_belongs_to():
    found = facts(ALLOCATED + "XY-123 gave a significant improvement in dysmenorrhea versus placebo (41.0% vs. "
                  "22.5%), while the fall in back pain was not significant.")
    assert {("dysmenorrhea", "significant", "True")} <= found
    assert any(s == "dysmenorrhea (XY-123)" and v == "41.0" for s, _, v in found)
    assert not any(s.startswith("back pain (") for s, _, _ in found)


def test_an_item_of_such_a_list_named_like_a_disease_is_a_measure_and_the_next_items_keep_their_own_pairs():
    found = facts(ALLOCATED + "Pneumonia occurred in 5.2% versus 7.9% (p = 0.52), gout in 2.4% versus 1.3% (p = 0.61), "
                  "and zeta falls in 0.5% versus 3.6% of patients (p = 0.02).")
    assert {("pneumonia (XY-123)", "value", "5.2"), ("gout (placebo)", "value", "1.3"),
            ("zeta falls (XY-123)", "value", "0.5"), ("zeta falls (placebo)", "value", "3.6")} <= found
    assert ("zeta falls (XY-123)", "value", "5.2") not in found


def test_a_quantity_significantly_lower_in_the_one_group_a_sentence_ends_on_is_a_significant_outcome():
    found = facts(ALLOCATED + "Zeta clinic visits were significantly fewer in the XY-123 group.")
    assert ("zeta clinic visits", "significant", "True") in found
    assert not any(s.startswith("zeta clinic") for s, _, _ in facts(ALLOCATED + "Zeta clinic visits were fewer in the "
                                                                     "XY-123 group."))


def test_a_share_before_a_measure_and_its_change_noun_is_the_changes_size_not_a_value():
    found = facts(ALLOCATED + "A 12.1% zeta fall rate reduction was seen in the XY-123 group (rate ratio 0.88; 95% CI "
                  "0.79-0.97) compared with the placebo group.")
    assert ("zeta fall rate", "effect", "0.88") in found
    assert not any(p == "value" and v == "12.1" for _, p, v in found)


def test_one_groups_change_of_each_measure_in_a_chain_is_that_groups():
    found = facts(ALLOCATED + "XY-123 produced a mean decline of 5.5 points in the ZQ score (placebo-corrected "
                  "change = -2.1; p=0.02) and a mean decline of 1.7 points in the ZAD score (placebo-corrected "
                  "change = -0.9; p=0.03).")
    assert {("ZQ (XY-123)", "change", "-5.5"), ("ZAD (XY-123)", "change", "-1.7"), ("ZQ", "effect", "-2.1"),
            ("ZAD", "effect", "-0.9")} <= found


def test_a_chain_needs_each_measures_own_amount():
    found = facts(ALLOCATED + "XY-123 produced a mean decline of 5.5 points in the ZQ score and in the ZAD score.")
    assert not any(p == "change" for _, p, _ in found)


def test_a_defined_name_before_its_short_forms_score_is_a_scale_though_it_ends_on_a_disease():
    found = facts(ALLOCATED + "The Quantitative Plaque Psoriasis (QPP) score fell by 4.2 points with XY-123 versus "
                  "1.1 points with placebo (p=0.01).")
    assert {("Quantitative Plaque Psoriasis (XY-123)", "change", "-4.2"),
            ("Quantitative Plaque Psoriasis", "pValue", "0.01")} <= found


def test_a_pair_after_a_change_verb_and_its_object_is_each_arms_change_but_not_after_a_risk():
    found = facts(ALLOCATED + f"XY-123 lowered the {SCALE} (ARS) by 4.2 points versus 1.1 points with placebo.")
    assert {(f"{SCALE} (XY-123)", "change", "-4.2"), (f"{SCALE} (placebo)", "change", "-1.1")} <= found
    assert not any(p == "value" for _, p, _ in found)
    text = "XY-123 lowered the risk of zeta relapse by 40% versus 20% with placebo."
    assert verb_before_object(text, re.search("by 40", text)) is None


def test_counts_in_words_before_each_arms_share_give_each_arm_its_share():
    found = facts(ALLOCATED + "Zeta admission occurred in eleven patients (21.6%) receiving placebo and three "
                  "patients (5.8%) receiving XY-123 (p = 0.03).")
    assert {("zeta admission (placebo)", "value", "21.6"), ("zeta admission (XY-123)", "value", "5.8"),
            ("zeta admission", "pValue", "0.03")} <= found
    found = facts(ALLOCATED + "Zeta remission was achieved by three (15%) patients in the placebo group and twelve "
                  "(60%) patients in the XY-123 group.")
    assert {("zeta remission (placebo)", "value", "15.0"), ("zeta remission (XY-123)", "value", "60.0")} <= found


def test_a_comparator_described_in_a_list_of_endpoints_is_no_measure():
    found = facts(ALLOCATED + "Both studies achieved the co-primary endpoints of superiority over acmetinib, an "
                  "older medication used to treat zeta fever.")
    assert not any("medication" in s for s, _, _ in found)


def test_shares_of_each_drugs_recipients_are_each_arms_values():
    found = facts(ALLOCATED + "Zeta relapse occurred in 12.4% of XY-123 recipients versus 17.2% of placebo "
                  "recipients.")
    assert {("zeta relapse (XY-123)", "value", "12.4"), ("zeta relapse (placebo)", "value", "17.2")} <= found


def test_a_genus_cut_to_its_initial_ends_neither_the_measure_nor_the_clause():
    found = facts(ALLOCATED + "Those in the XY-123 group showed a lower rate of Z. zetae infection (11.2% vs. 19.8%, p = 0.02).")
    assert {("rate of Z. zetae infection (XY-123)", "value", "11.2"), ("rate of Z. zetae infection (placebo)", "value", "19.8"),
            ("rate of Z. zetae infection", "pValue", "0.02")} <= found


def test_each_arms_share_in_a_bracket_after_its_name_is_its_value_after_a_count():
    found = facts(ALLOCATED + "Zeta relapse occurred in 31 participants in the XY-123 group (12.4%) and 45 in the "
                  "placebo group (17.9%) (hazard ratio, 0.71; 95% CI, 0.52 to 0.96).")
    assert {("zeta relapse (XY-123)", "value", "12.4"), ("zeta relapse (placebo)", "value", "17.9")} <= found


@pytest.mark.parametrize("lead", ["", "Over a follow-up of 2.1 years, "])
def test_the_primary_outcome_named_by_its_role_takes_each_arms_share(lead):
    found = facts(ALLOCATED + f"The primary outcome was zeta relapse. {lead.capitalize()}"
                  f"{'the' if lead else 'The'} primary outcome occurred in 31 of 600 patients in the XY-123 group (5.2%) "
                  "and 45 of 590 patients in the placebo group (7.6%).")
    assert {("zeta relapse (XY-123)", "value", "5.2"), ("zeta relapse (placebo)", "value", "7.6")} <= found


def test_what_a_change_held_for_ends_the_changed_measure():
    found = facts(ALLOCATED + "XY-123 gave a statistically significant improvement in zeta rest for all tested doses and "
                  "prespecified end points versus placebo (p<0.001).")
    assert not any("for all" in s for s, _, _ in found)


def test_words_that_describe_the_drug_after_them_name_no_arm_of_their_own():
    found = facts("In the ZETA trial (NCT01234567), adults were randomized 1:1 to receive XY-123 200 mg or AB-456 300 mg. "
                  "XY-123 gave a significantly greater mean reduction in zeta protein ratio (ZPR) vs the active "
                  "comparator AB-456 at 24 weeks (-41.2% vs -12.6%; P<0.001).")
    assert {("zeta protein ratio (XY-123)", "change", "-41.2"), ("zeta protein ratio (AB-456)", "change", "-12.6")} <= found


def test_a_change_word_alone_is_no_measure_but_the_quantity_after_it_is():
    found = facts(ALLOCATED + "XY-123 gave a significantly greater mean reduction in zeta globulin vs placebo at 12 "
                  "weeks (-38.5% vs -9.4%; P<0.001).")
    assert {("zeta globulin (XY-123)", "change", "-38.5"), ("zeta globulin (placebo)", "change", "-9.4")} <= found
    assert not any(s.startswith("reduction") for s, _, _ in found)
    found = facts(ALLOCATED + "Patients on XY-123 had a greater reduction in zeta itch than those on placebo (-38.5% vs "
                  "-9.4%; P<0.001).")
    assert {("zeta itch (XY-123)", "change", "-38.5"), ("zeta itch (placebo)", "change", "-9.4")} <= found


def test_a_change_in_regard_to_a_quantity_is_that_quantitys_and_the_changes_words_are_no_event():
    found = facts(ALLOCATED + "We saw no decrease in regard to zeta ear infections (RR 0.91, 95% CI 0.44 to 1.93).")
    assert {("zeta ear infections", "effect", "0.91"), ("zeta ear infections", "ciHigh", "1.93")} <= found
    found = facts(ALLOCATED + "There was no risk decrease in regard to lower zeta infections (RR 0.91, 95% CI 0.44 to 1.93).")
    assert not any(s.startswith(("risk", "regard")) for s, _, _ in found)


def test_the_days_a_state_held_are_counted_with_the_state():
    found = facts(ALLOCATED + "Compared with placebo, adults in the XY-123 group showed no fall in their "
                  "number of days with zeta fever (p=0.27).")
    assert {("number of days with zeta fever", "pValue", "0.27"), ("number of days with zeta fever", "significant", "False")} <= found


def test_a_share_of_each_arms_patients_who_were_responders_names_the_responders_measure():
    found = facts(ALLOCATED + "On the first primary endpoint, 52.5% of XY-123-treated patients were Zeta Cough "
                  "Responders, compared to 31.0% of placebo-treated patients (p=0.002).")
    assert {("Zeta Cough Responders (XY-123)", "value", "52.5"), ("Zeta Cough Responders (placebo)", "value", "31.0"),
            ("Zeta Cough Responders", "pValue", "0.002")} <= found


def test_each_arms_share_after_a_rise_in_a_responders_measure_is_a_level_not_a_change():
    found = facts(ALLOCATED + "Significant increase in complete response at week 24 (38% vs. 7%; P<0.001).")
    assert {("complete response (XY-123)", "value", "38.0"), ("complete response (placebo)", "value", "7.0")} <= found
    assert not any(p == "change" for _, p, _ in found)
    found = facts(ALLOCATED + "XY-123 gave a much larger reduction in zeta globulin vs placebo at week 24 "
                  "(38% vs. 7%; P<0.001).")
    assert {("zeta globulin (XY-123)", "change", "-38.0"), ("zeta globulin (placebo)", "change", "-7.0")} <= found


def test_a_fall_in_a_measures_least_squares_mean_makes_each_arms_number_a_change():
    found = facts(ALLOCATED + f"The {SCALE} (ARS) was read at week 24. There was a larger drop in the "
                  "least-squares mean of ARS total score at week 24 (3.37 points vs. 2.06 points; p=0.03).")
    assert {(f"{SCALE} (XY-123)", "change", "-3.37"), (f"{SCALE} (placebo)", "change", "-2.06")} <= found


@pytest.mark.parametrize("when", ["", " at endpoint"])
def test_a_fall_of_the_total_score_on_a_scale_makes_each_arms_number_a_change_and_at_endpoint_is_a_time(when):
    found = facts(ALLOCATED + f"The model{when} showed a larger reduction from baseline in the LS mean total score "
                  f"on the {SCALE} with XY-123 (mean=9.4) than with placebo (mean=6.2).")
    assert {(f"{SCALE} (XY-123)", "change", "-9.4"), (f"{SCALE} (placebo)", "change", "-6.2")} <= found
    assert not any("total score" in s for s, _, _ in found)


@pytest.mark.parametrize("opener", ["The least squares means were", "The mean changes were"])
def test_the_arms_means_named_alone_go_on_about_the_measure_of_the_sentence_before(opener):
    found = facts(ALLOCATED + f"XY-123 failed to beat placebo on the {SCALE} (ARS) at week 6. {opener} -6.3 with "
                  "XY-123 and -5.8 with placebo.")
    assert {(f"{SCALE} (XY-123)", "change", "-6.3"), (f"{SCALE} (placebo)", "change", "-5.8")} <= found


def test_a_change_noun_right_before_the_arms_bracket_makes_their_numbers_changes_and_an_etd_in_round_brackets_counts():
    found = facts(ALLOCATED + f"The {SCALE} (ARS) was read at week 12. The groups did not differ much in ARS "
                  "reduction (3.42 ± 1.91 vs. 3.17 ± 1.66, P = 0.52; treatment difference (TD), 0.25, "
                  "95% CI −0.46, 0.96) between the XY-123 and placebo groups.")
    assert {(f"{SCALE} (XY-123)", "change", "-3.42"), (f"{SCALE} (placebo)", "change", "-3.17"),
            (SCALE, "effect", "0.25"), (SCALE, "ciLow", "-0.46"), (SCALE, "ciHigh", "0.96")} <= found


def test_each_arms_share_with_its_own_interval_in_a_bracket_after_it_is_the_arms_value():
    found = facts(ALLOCATED + "The overall response rate was higher with XY-123 versus placebo [52% (45% to 59%) "
                  "versus 23% (17% to 29%)].")
    assert {("overall response rate (XY-123)", "value", "52.0"), ("overall response rate (placebo)", "value", "23.0")} <= found


def test_a_combined_dose_group_is_the_doses_arm():
    found = facts("In the ZETA trial (NCT01234567), adults were randomized to XY-123 2 mg or 6 mg or placebo. The mean "
                  "change in zeta globulin was −5.2% in the combined 2-mg group and −9.7% in the pooled 6-mg group, "
                  "as compared with −0.8% with placebo.")
    assert {("zeta globulin (XY-123 2 mg)", "change", "-5.2"), ("zeta globulin (XY-123 6 mg)", "change", "-9.7")} <= found


def test_a_list_of_each_arms_numbers_after_a_measure_named_before_is_read_to_its_last_item():
    found = facts("In the ZETA trial (NCT01234567), adults were randomized to XY-123 2 mg, 6 mg or 9 mg or placebo. "
                  "The mean change in zeta globulin at week 12 was -4.4% with XY-123 2 mg, -8.3% with 6 mg, and -9.1% "
                  "with 9 mg. At week 36, the mean changes were -5.2% in the 2-mg group, -9.7% in the 6-mg group, and "
                  "-11.6% in the 9-mg group, as compared with -0.8% in the control group.")
    assert {("zeta globulin (XY-123 9 mg)", "change", "-11.6"), ("zeta globulin (placebo)", "change", "-0.8")} <= found


def test_a_roles_measure_defined_by_another_is_that_other():
    found = facts("The trial (NCT00000001) compared XY-123 with placebo. The primary endpoint of zeta shrinkage as defined "
                  "by the percent zeta volume change (PZVC) from baseline to week 40 was not met.")
    assert ("percent zeta volume change", "outcomeRole", "primary") in found
    assert not any("as defined by" in str(s) for s, _, _ in found)


def test_results_name_the_groups_a_document_told_what_each_got_even_with_a_bracket_after():
    found = facts("In the randomized trial (NCT00000001), 80 adults were divided into two groups. Group A received "
                  "XY-123 and Group B received saline. Zeta cough was seen in 11.3% and 36.5% in "
                  "Group A (XY-123) and Group B (saline), respectively (P = 0.03).")
    values = {(s, o) for s, p, o in found if p == "value"}
    assert values == {("zeta cough (Group A)", "11.3"), ("zeta cough (Group B)", "36.5")}


def test_roles_joined_before_items_given_respectively_go_to_each_item_in_turn():
    found = facts(ALLOCATED + "Main and key secondary end points were the week-10 change on the Zeta Rating Scale "
                  "(ZRS) and the severity score of the Zeta Global Impression (ZGI) scale, respectively.")
    roles = {(s, o) for s, p, o in found if p == "outcomeRole"}
    assert ("Zeta Rating Scale", "primary") in roles and ("Zeta Rating Scale", "secondary") not in roles


@pytest.mark.parametrize("allocation, result, arms", [
    ("Adults were randomly assigned to XY-123 20 mg (N=116), XY-123 60 mg (N=119) or placebo (N=120) for 6 weeks.",
     "Results: XY-123 significantly reduced mean ZRS scores at week 6 in the 20 mg group (-12.4) and the 60 mg group "
     "(-13.1) compared with placebo (-8.7).", ("XY-123 20 mg", "XY-123 60 mg")),
    ("Adults were given XY-123 (20-40 mg/day [N=116] or 60-90 mg/day [N=119]) or placebo (N=120) at random.",
     "XY-123 treatment reduced mean ZRS scores at week 8 in both the 20-40 mg/day group (-12.4; effect size=0.37) and "
     "the 60-90 mg/day group (-13.1; effect size=0.44) compared with placebo (-8.7).",
     ("XY-123 20-40 mg/day", "XY-123 60-90 mg/day")),
])
def test_a_drug_that_opens_a_sentence_before_its_dose_groups_numbers_is_no_arm_of_its_own(allocation, result, arms):
    found = facts(f"{allocation} {result}")
    values = {(s.rsplit(" (", 1)[-1].rstrip(")"), o) for s, p, o in found if p in ("change", "value")}
    assert {(arms[0], "-12.4"), (arms[1], "-13.1"), ("placebo", "-8.7")} <= values


def test_a_composite_named_again_by_its_events_alone_is_the_same_measure():
    found = facts(ALLOCATED + "The primary outcome was a composite of death from any cause, hospitalization for zeta "
                  "attack, or hospitalization for stroke. Death, hospitalization for zeta attack, or hospitalization "
                  "for stroke affected 8.3% with XY-123 and 8.6% with placebo (hazard ratio, 0.96; 95% CI, 0.84 to "
                  "1.12).")
    measures = {o for _, p, o in found if p == "measure"}
    composite = "composite of death from any cause, hospitalization for zeta attack, or hospitalization for stroke"
    assert measures == {composite} and (composite, "effect", "0.96") in found


def test_an_event_named_by_more_than_its_kind_that_people_had_is_an_outcome():
    found = facts(ALLOCATED + "Among the 75 patients in the XY-123 group, 11 (14.7%) had a major adverse zeta event, as "
                  "compared with 16 of 75 patients (21.3%) in the placebo group (odds ratio, 0.66; 95% CI, 0.29 to 0.97).")
    assert {("major adverse zeta event (XY-123)", "value", "14.7"), ("major adverse zeta event", "effect", "0.66")} <= found


def test_measures_labelled_inside_a_bracket_each_take_their_pair():
    found = facts(ALLOCATED + "XY-123 gave greater falls in zeta index and beta level than placebo (zeta index, -1.31 "
                  "+/- 0.12% vs. -0.42 +/- 0.09%, p<0.001; beta level, -3.9 +/- 0.7% vs. -1.8 +/- 0.4%, p<0.01).")
    assert {("beta level (XY-123)", "change", "-3.9"), ("beta level (placebo)", "change", "-1.8"),
            ("beta level", "significant", "True")} <= found


@pytest.mark.parametrize("sentence, hollow", [
    # (a span of time, a count of people, a statistic's words: no measure's name)
    ("Secondary outcomes were zeta score and beta index, from randomization to the final clinic visit.",
     "from randomization to the final clinic visit"),
    ("Zeta flares were assessed monthly; many zeta flares occurred in the placebo group (40% vs 20%).",
     "many zeta flares"),
    ("The estimated rates were 12.1% with XY-123 and 15.3% with placebo (p=0.04).", "estimated rates"),
])
def test_a_hollow_name_is_no_outcome_measure(sentence, hollow):
    found = facts(ALLOCATED + sentence)
    assert not any(subject.startswith(hollow) for subject, _, _ in found)


def test_the_examples_of_a_roles_measures_that_were_met_are_measures_of_that_role_and_significant():
    found = facts(ALLOCATED + "The primary endpoint was zeta remission at week 12. At week 10, all secondary end points "
                  "were met, including zeta healing and beta response.")
    assert {("zeta healing", "outcomeRole", "secondary"), ("beta response", "outcomeRole", "secondary"),
            ("zeta healing", "significant", "True"), ("beta response", "significant", "True")} <= found
    assert ("zeta remission", "significant", "True") not in found     # (the secondary ones were met, not it)


@pytest.mark.parametrize("sentence", [
    "Key secondary endpoints, including zeta healing and beta response, were also met.",
    "Secondary outcomes, including zeta healing or beta response, were unchanged.",
])
def test_a_roles_examples_between_commas_are_its_measures_each(sentence):
    found = facts(ALLOCATED + "The primary endpoint was zeta remission at week 12. " + sentence)
    assert {("zeta healing", "outcomeRole", "secondary"), ("beta response", "outcomeRole", "secondary")} <= found


def test_the_measures_a_result_on_a_role_names_are_that_roles_and_significant():
    found = facts(ALLOCATED + "The primary endpoint was zeta remission at week 12. For the secondary endpoints, "
                  "significant reductions in zeta tone, pain and gamma sleep were seen at week 20.")
    assert {(m, p, v) for m in ("zeta tone", "pain", "gamma sleep")
            for p, v in (("outcomeRole", "secondary"), ("significant", "True"))} <= found


def test_each_doses_own_p_value_in_square_brackets_is_that_doses():
    found = facts("In the ZETA trial (NCT01234567), adults were randomized to XY-123 10, 20 or 40 mg or placebo. More "
                  "adults reached zeta calm with XY-123 10, 20, and 40 mg vs placebo (27.4% [p=0.03], 21.5% [NS], 33.1% "
                  "[p=0.001] vs 14.8%, respectively).")
    assert {("zeta calm (XY-123 10 mg)", "pValue", "0.03"), ("zeta calm (XY-123 20 mg)", "significant", "False"),
            ("zeta calm (XY-123 40 mg)", "pValue", "0.001"), ("zeta calm (placebo)", "value", "14.8")} <= found


def test_each_doses_own_p_value_in_round_brackets_is_that_doses_when_given_respectively():
    found = facts("In the ZETA trial (NCT01234567), adults were randomized to XY-123 10, 20 or 40 mg or placebo. Remission "
                  "rates with XY-123 10, 20, and 40 mg vs placebo were 36.0% (p=0.012), 33.4% (NS), 38.5% (p=0.004) vs "
                  "22.9%, respectively.")
    assert {("remission rate (XY-123 10 mg)", "pValue", "0.012"), ("remission rate (XY-123 20 mg)", "significant", "False"),
            ("remission rate (XY-123 40 mg)", "value", "38.5"), ("remission rate (placebo)", "value", "22.9")} <= found


def test_a_role_is_not_given_across_a_turn_to_another_result():
    found = facts(ALLOCATED + "The primary endpoint was missed; however, more adults on XY-123 "
                  "showed improvements in zeta ballooning (P = 0.001) and beta swelling (P = 0.03).")
    assert ("zeta ballooning", "significant", "True") in found
    assert not any(p == "outcomeRole" and s in ("zeta ballooning", "beta swelling") for s, p, _ in found)


def test_a_combination_arm_named_again_by_its_first_therapy_is_that_arm():
    found = facts("In the randomized trial (NCT00000001), 64 adults were randomized to zetavir-prednisone and 62 to "
                  "acmevir-prednisone. Zeta remission at 1 year was 58.4% in the zetavir group and 46.7% in the "
                  "acmevir group.")
    values = {(s, o) for s, p, o in found if p == "value"}
    assert values == {("zeta remission (Zetavir-prednisone)", "58.4"), ("zeta remission (Acmevir-prednisone)", "46.7")}


def test_a_therapy_allocated_alone_keeps_its_own_arm_beside_its_combination():
    found = facts("In the randomized trial (NCT00000001), 64 adults were randomized to zetavir-prednisone and 62 to "
                  "zetavir. Zeta remission at 1 year was 58.4% in the zetavir-prednisone group and 46.7% in the "
                  "zetavir group.")
    values = {(s, o) for s, p, o in found if p == "value"}
    assert ("zeta remission (Zetavir)", "46.7") in values


def test_two_drugs_joined_by_plus_between_hyphens_are_one_arm_however_written():
    found = facts("In the randomized trial (NCT00000001), adults were given zetavir-plus-prednisone or placebo. Zeta "
                  "death was 31.5% in the zetavir-plus-prednisone group and 38.2% in the placebo group (p=0.02). "
                  "Zeta relapse was lower with zetavir–prednisone than with placebo (35.4% vs 41.0%; p=0.04).")
    arms = {s.rsplit(" (", 1)[-1].rstrip(")") for s, p, o in found if p == "value"}
    assert arms == {"Zetavir-prednisone", "placebo"}


@pytest.mark.parametrize("lead", ["The researchers found that", "Investigators reported that", "The study showed"])
def test_who_found_a_result_and_their_verb_are_no_part_of_its_measure(lead):
    found = facts("Adults were randomly assigned to XY-123 plus AB-7 or XY-123 plus placebo (800 in each group). "
                  f"{lead} zeta bleeding occurred in 3.3 and 6.8 percent of those in the XY-123 plus placebo and "
                  "the XY-123 plus AB-7 group, respectively (hazard ratio, 0.52).")
    assert {s for s, p, o in found if p == "effect"} == {"zeta bleeding"}


@pytest.mark.parametrize("how", ["measured on a 0-10 scale", "assessed with the zeta questionnaire", ""])
def test_how_a_roles_measure_was_measured_is_no_part_of_its_name(how):
    found = facts(ALLOCATED + f"The primary outcome was zeta pain intensity {how}.".replace(" .", "."))
    assert ("zeta pain intensity", "outcomeRole", "primary") in found


def test_mean_weight_loss_given_per_arm_is_body_weights_change_down():
    found = facts(ALLOCATED + "Mean weight loss was 15.2% with XY-123 and 2.4% with placebo.")
    changes = {(s, o) for s, p, o in found if p == "change"}
    assert changes == {("body weight (XY-123)", "-15.2"), ("body weight (placebo)", "-2.4")}


def test_a_volume_in_a_doses_unit_set_against_the_control_is_each_arms_result():
    found = facts(ALLOCATED + "Adults given XY-123 had a greater improvement in FEV1 at week 16 (212 mL vs. 48 mL; "
                  "p=0.01).")
    changes = {(s.rsplit(" (", 1)[-1], o) for s, p, o in found if p == "change"}
    assert changes == {("XY-123)", "212.0"), ("placebo)", "48.0")}


def test_a_pair_joined_by_a_bare_v_after_two_arms_named_is_theirs():
    found = facts("Adults were randomly allocated to four cycles of ZB-CAP or to four cycles of ZB-CAPOX. "
                  "Those in the ZB-CAPOX arm had longer 5-year progression-free survival than those "
                  "in the ZB-CAP arm (61% v 47%; P = .03).")
    values = {(s.rsplit(" (", 1)[-1].lower().replace("-", " "), o) for s, p, o in found if p == "value"}
    assert values == {("zb capox)", "61.0"), ("zb cap)", "47.0")}


def test_what_an_event_is_counted_after_is_no_part_of_its_name():
    found = facts(ALLOCATED + "Fewer XY-123 subjects had zeta recurrence after dosing than those on placebo at "
                  "week 10 (14.2% vs 36.9%, respectively; RR 0.38; 95% CI 0.22, 0.66).")
    assert {s for s, p, o in found if p == "effect"} == {"zeta recurrence"}


def test_a_verdict_and_the_arm_set_against_are_no_examples_of_a_roles_measures():
    found = facts("Acme said ZETAMAB met the primary and all ranked secondary endpoints, including superiority at "
                  "week 40, versus BETAMAB in a head-to-head trial.")
    assert not {s for s, p, o in found if p == "outcomeRole"}


def test_a_role_said_to_be_driven_by_a_difference_names_no_measure():
    found = facts(ALLOCATED + "The primary endpoint was largely driven by the difference in the rate of sepsis "
                  "between the XY-123 and placebo arms (2.2% vs 3.1%, respectively), with a relative risk of 0.71 "
                  "(95% CI, 0.60-0.84).")
    assert not any(s.lower().startswith(("largely", "driven")) for s, _, _ in found)


@pytest.mark.parametrize("event", ["stroke", "sepsis"])
def test_the_rate_of_a_disease_compared_between_arms_is_an_outcome(event):
    found = facts(ALLOCATED + f"The rate of {event} was 9.2% in the XY-123 group versus 11.4% in the placebo group.")
    assert {(f"{event} (XY-123)", "value", "9.2"), (f"{event} (placebo)", "value", "11.4")} <= found


@pytest.mark.parametrize("event, window", [("Zeta death", "in the first 48 hours of life"), ("Zeta loss", "within 28 days")])
def test_an_event_with_the_window_it_was_counted_in_opens_a_result(event, window):
    found = facts(ALLOCATED + f"{event} {window} occurred in 61 adults (3.8%) and 83 adults (5.2%), respectively (RR "
                  "0.73, 95% CI 0.51-1.03; p=0.07).")
    measure = f"{event} {window}".lower()
    assert {(measure, "effect", "0.73"), (f"{measure} (XY-123)", "value", "3.8"), (f"{measure} (placebo)", "value", "5.2")} <= found


def test_two_events_each_opening_a_clause_after_a_semicolon_are_two_results():
    found = facts(ALLOCATED + "Zeta death occurred in 163 adults (10.2%) and 221 adults (13.9%), respectively (RR 0.71; "
                  "95% CI 0.61-0.88); zeta loss within 48 hours occurred in 61 adults (3.8%) and 83 adults (5.2%), "
                  "respectively (RR 0.73, 95% CI 0.51-1.03).")
    assert {("zeta death", "effect", "0.71"), ("zeta loss within 48 hours", "effect", "0.73"),
            ("zeta loss within 48 hours (placebo)", "value", "5.2")} <= found


def test_the_baseline_mean_of_a_measure_is_each_arms_starting_level():
    text = ("In the phase 3 ZETA-1 trial, 300 adults were randomized to XY-123 (n = 150) or placebo (n = 150). The "
            "reported baseline mean ZRS score was 3.87 for the XY-123 group and 3.92 for the placebo group.")
    got = facts(text)
    assert not any(p == "value" for _, p, _ in got)
    assert {o for _, p, o in got if p == "baseline"} == {"3.87", "3.92"}


def test_groups_named_by_a_word_of_a_worded_arm_or_as_controls_are_those_arms():
    opening = ("The ZETA trial, a randomized phase 3 study, enrolled 800 adults with zeta cancer. They were "
               "randomized to a 2-year supervised zeta exercise program or to zeta education leaflets alone. ")
    got = facts(opening + "The 5-year survival rate was 77.2% in the exercise group vs. 69.5% in controls.")
    assert {(s, o) for s, p, o in got if p == "value"} == {
        ("5-year survival rate (supervised zeta exercise program)", "77.2"),
        ("5-year survival rate (zeta education leaflets alone)", "69.5")}
    # ("disease control" is no control group: a comparison within one arm gives no arm's number)
    got = facts(opening + "In the exercise group, disease control (71% vs. 45%; P = 0.004) was better in adults "
                          "with the zeta mutation than in those without it.")
    assert not any(p == "value" for _, p, _ in got)


def test_cohorts_counted_by_number_are_the_trials_arms_and_the_results_name_them():
    text = ("ZETA-12 (NCT01234567) is an open-label phase 2 study of XY-123 in three cohorts of adults with zeta "
            "lymphoma. A total of 132 adults were enrolled (31 in cohort 1, 44 in cohort 2, and 57 in cohort 3). The "
            "overall response rate was 58.1% for cohort 1, 66.7% for cohort 2, and 49.3% for cohort 3.")
    got = facts(text)
    assert {(s, o) for s, p, o in got if p == "value"} == {
        ("overall response rate (cohort 1)", "58.1"), ("overall response rate (cohort 2)", "66.7"),
        ("overall response rate (cohort 3)", "49.3")}


def test_a_companys_shares_moving_is_no_trials_result():
    got = facts("Acme said its late-stage study of the experimental drug XY-123 cleared the virus in 64 percent of "
                "adults. Acme said it will show the data later. Shares of the company fell 4.1 percent to $17.20 in "
                "morning trading on Wednesday.")
    assert not any(p in ("change", "value") for _, p, _ in got)


def test_each_measure_a_greater_change_names_takes_the_difference_in_the_bracket_after_it():
    found = facts(ALLOCATED + "The XY-123 group achieved greater reductions in LDL cholesterol (-21.4 mg/dL, 95% CI, "
                  "-27.9 to -14.9 mg/dL) and body weight (-3.9 kg, 95% CI, -5.2 to -2.6).")
    ldl = "LDL cholesterol"
    assert {(ldl, "effect", "-21.4"), (ldl, "ciLow", "-27.9"), ("body weight", "effect", "-3.9"),
            ("body weight", "ciHigh", "-2.6")} <= found
    assert (ldl, "effect", "-3.9") not in found and ("body weight", "effect", "-21.4") not in found


@pytest.mark.parametrize("said, listed", [
    ("XY-123 beat placebo on number of zeta episodes, volume per void and share of patients with at least a 60% "
     "fall in zeta episodes (all p < 0.01).",
     ("volume per void", "number of zeta episodes")),
    ("Superiority of XY-123 was shown for LDL cholesterol change from baseline, and time to first rescue use (both "
     "P < 0.001).", ("time to first rescue use", "LDL cholesterol")),
])
def test_names_listed_beside_a_known_measure_are_measures_and_a_p_value_said_of_all_is_each_ones(said, listed):
    found = facts(ALLOCATED + said)
    assert {(name, "significant", "True") for name in listed} <= found


@pytest.mark.parametrize("said", [
    "On the zeta rating scale (ZRS), a secondary endpoint, worsening was 31% slower on XY-123 (p = 0.01).",  # apposition
    "XY-123 gave larger gains than placebo in the ACR-20, secondary endpoints and other measures (p<0.05).",
    "Changes correlated with the zeta clearance in the combination (r = 0.7, P < 0.01) and XY-123 phase.",
    "Patients reported less pain, volume per void and zeta flares on XY-123.",                        # no result said
])
def test_no_names_are_taken_from_an_apposition_a_kind_a_result_or_a_list_without_a_result(said):
    found = facts(ALLOCATED + said)
    names = {s for s, p, o in found if p == "measure"}
    assert not names & {"worsening", "secondary endpoints", "other measures", "XY-123 phase", "volume per void"}


def test_a_result_in_a_dose_level_group_is_that_levels_arms():
    found = facts("In the ZETA trial (NCT01234567), 81 adults were randomized to low-dose XY-123 (n=27), high-dose "
                  "XY-123 (n=27) or placebo (n=27). Zeta flares occurred in five (19%) of 27 adults in the low-dose "
                  "XY-123 group, two (7%) of 27 adults in the high-dose XY-123 group, and 13 (48%) of 27 adults in "
                  "the placebo group.")
    assert {("zeta flares (low-dose XY-123)", "value", "19.0"), ("zeta flares (high-dose XY-123)", "value", "7.0"),
            ("zeta flares (placebo)", "value", "48.0")} <= found


def test_numbers_in_a_bracket_after_each_trials_name_are_that_trials_with_their_p_values():
    doc = parse_document("Headline\n\nIn two phase 3 trials, ZETA-1 (NCT01234567) and ZETA-2 (NCT07654321), adults were "
                         "randomized to XY-123 or placebo. The zeta rate was lower with XY-123 than with placebo, in "
                         "ZETA-1 (0.41 vs 1.02; rate ratio, 0.40, 95% CI, 0.29 to 0.55; P<0.001) and in ZETA-2 (0.66 vs "
                         "1.10; rate ratio, 0.60, 95% CI, 0.44 to 0.82; P=0.002).", "t.txt")
    found = {(f.subject.scope or f.subject.label, f.subject.label, f.predicate, f.object_text)
             for f in OutcomeExtractor().extract(doc)}
    assert {("NCT01234567", "zeta rate (XY-123)", "value", "0.41"), ("NCT07654321", "zeta rate (XY-123)", "value", "0.66"),
            ("NCT07654321", "zeta rate (placebo)", "value", "1.1"), ("NCT07654321", "zeta rate", "pValue", "0.002"),
            ("NCT07654321", "zeta rate", "significant", "True")} <= found
    assert ("NCT07654321", "zeta rate (XY-123)", "value", "0.41") not in found


@pytest.mark.parametrize("said", [
    "Compared with placebo, the hazard ratios for zeta relapse were 0.74 (95% CI, 0.58 to 0.94) with XY-123 10 mg and "
    "0.61 (95% CI, 0.47 to 0.79) with XY-123 20 mg.",
    "The hazard ratio for zeta relapse was 0.74 (95% CI, 0.58 to 0.94) with XY-123 10 mg and 0.61 (95% CI, 0.47 to "
    "0.79) with XY-123 20 mg, as compared with placebo.",
])
def test_ratios_each_with_its_dose_arm_are_that_arms_estimates_never_its_values(said):
    found = facts("In the ZETA trial (NCT01234567), adults were randomized to XY-123 10 mg, XY-123 20 mg or placebo. "
                  + said)
    assert {("zeta relapse (XY-123 10 mg)", "effect", "0.74"), ("zeta relapse (XY-123 10 mg)", "ciLow", "0.58"),
            ("zeta relapse (XY-123 20 mg)", "effect", "0.61"), ("zeta relapse (XY-123 20 mg)", "ciHigh", "0.79")} <= found
    assert not any(p == "value" for _, p, _ in found)


def test_an_aside_in_words_between_a_measure_and_its_verb_does_not_hide_its_share():
    found = facts("In the single-arm ZETA-1 trial (NCT01234567), adults received XY-123. Among all 44 patients, "
                  "objective responses (none complete) were seen in 15 (34%, 95% CI = 20%-50%).")
    assert ("objective response", "value", "34.0") in found


@pytest.mark.parametrize("phrase, measure", [
    # the whole phrase the role sets apart, not the known name inside it
    ("12-hour mean seated diastolic blood pressure", "12-hour mean seated diastolic blood pressure"),
    # a short form in brackets and a noun after it close the phrase; a bracket never opens it
    ("overnight zeta saturation (OZS) levels", "overnight zeta saturation"),
])
def test_a_measure_set_apart_by_its_role_is_named_by_its_whole_phrase(phrase, measure):
    found = facts(ALLOCATED + f"From baseline to week 8, XY-123 gave significantly greater reductions in {phrase}, "
                  "the primary endpoint, versus placebo.")
    assert (measure, "outcomeRole", "primary") in found, found
    assert not [s for s, p, o in found if p == "outcomeRole" and ")" in s]


def test_a_known_measure_behind_a_preposition_or_in_brackets_keeps_its_name():
    found = facts(ALLOCATED + f"On the {SCALE} (ARS), a secondary endpoint, scores rose by 1.10 with XY-123 "
                  "compared with 1.70 with placebo.")
    assert not [s for s, _, _ in found if s.lower().startswith("on the")], found


def test_the_combination_of_two_drugs_is_one_arm_against_the_drug_alone():
    found = facts("The ZETA trial (NCT01234567) randomized adults with zeta leukemia. The combination of zetacitabine "
                  "and XY-123 led to improved overall survival (16.4 vs 7.9 months; HR 0.57), compared with zetacitabine "
                  "alone.")
    assert {("overall survival (Zetacitabine plus XY-123)", "value", "16.4"),
            ("overall survival (Zetacitabine)", "value", "7.9")} <= found
    assert not [s for s, _, _ in found if s.endswith("(XY-123)")]


def test_a_role_that_opens_the_sentence_as_its_subject_is_the_one_the_next_sentence_goes_on_about():
    found = facts(ALLOCATED + f"Key secondary endpoints backed the primary result. XY-123 also lowered the {SCALE} "
                  "(ARS) score.")
    assert (SCALE, "outcomeRole", "secondary") in found, found
    found = facts(ALLOCATED + f"The primary endpoint was supported by several secondary endpoints. XY-123 also "
                  f"lowered the {SCALE} (ARS) score.")
    assert (SCALE, "outcomeRole", "secondary") in found, found


@pytest.mark.parametrize("sentence", [
    f"The main endpoint was the {SCALE} (ARS) score, and a key secondary aim was superiority over placebo.",
    f"The {SCALE} (ARS) score fell, which met its main endpoint of non-inferiority to usual care.",
    f"Analysis of the {SCALE} (ARS) showed that treatment with XY-123 resulted in 25% less worsening versus placebo.",
])
def test_a_verdict_against_a_control_or_a_clause_after_a_verb_of_showing_is_no_measure(sentence):
    found = facts(ALLOCATED + sentence)
    assert not [s for s, _, _ in found if re.match(r"(?:superiority|non-inferiority|that)\b", s, re.I)], found


@pytest.mark.parametrize("phrase", ["respective rates", "pairwise comparison between the two doses and vehicle",
                                    "that the drug worked"])
def test_an_anaphor_an_analysis_or_a_clause_names_no_measure(phrase):
    from kg.extractors.outcome_roles import names_no_measure

    assert names_no_measure(phrase)


def test_points_higher_than_the_control_group_are_the_difference_not_the_arms_change():
    found = facts(ALLOCATED + f"At week 8, adults in the XY-123 group scored 4.2 points higher than did adults in the "
                  f"placebo group on the {SCALE} (ARS).")
    assert (SCALE, "effect", "4.2") in found, found
    assert not [o for _, p, o in found if p == "change"], found


def test_a_measure_in_a_clause_that_concedes_it_is_read():
    found = facts(ALLOCATED + f"Although {SCALE} (ARS) response was seen in 30 (31.2%) in the XY-123 arm and 14 (15.4%) "
                  "in the placebo arm (P=0.007), the trial was stopped.")
    assert {(f"{SCALE} (XY-123)", "value", "31.2"), (f"{SCALE} (placebo)", "value", "15.4")} <= found, found


@pytest.mark.parametrize("joint", [", but", ", while"])
def test_a_p_value_and_a_verdict_of_the_next_clauses_own_subject_are_not_the_measures(joint):
    found = facts(ALLOCATED + f"The {SCALE} (ARS) response was alike in the XY-123 and placebo arms (34% vs 40%, P=.31)"
                  f"{joint} the visit count was significantly smaller with XY-123 (12% vs 29%, P=.02).")
    assert (SCALE, "pValue", "0.31") in found, found
    assert (SCALE, "significant", "True") not in found, found


def test_respective_findings_said_before_the_pairs_give_each_measure_its_pair():
    found = facts(ALLOCATED + f"Responses on the {SCALE} (ARS) and the Zeta Severity Index (ZSI) were assessed. The "
                  "respective findings for ARS and ZSI were 61.5% vs 20.5% and 30.5% vs 4.5%.")
    assert {(f"{SCALE} (XY-123)", "value", "61.5"), (f"{SCALE} (placebo)", "value", "20.5"),
            ("Zeta Severity Index (XY-123)", "value", "30.5"), ("Zeta Severity Index (placebo)", "value", "4.5")} <= found, found
