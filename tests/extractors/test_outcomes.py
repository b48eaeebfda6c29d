"""Outcome frames: measure, role, timepoint and numbers per arm or between arms, on invented texts.

The measure is always an invented scale the text defines ("the Acme Rating Scale (ARS)"), so these tests do not
depend on which measures the lexicon knows.
"""

from __future__ import annotations

from kg.documents import parse_document
from kg.extractors.outcomes import OutcomeExtractor

SCALE = "Acme Rating Scale"


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


def test_the_burden_of_a_disease_names_no_outcome():
    found = facts("The XY-123 trial (NCT00000001) was randomized. Cardiovascular death is the leading cause of death "
                  "in adults with the disease.")
    assert not any(s == "cardiovascular death" for s, _, _ in found)


def test_a_role_waits_only_for_the_next_sentences():
    found = facts("The XY-123 trial (NCT00000001) was randomized. The primary endpoint was the difference in attack "
                  "counts between periods. The secondary endpoints included hospital stays and costs. Visits were "
                  "monthly. Heart rate was lower with XY-123 (p = 0.01).")
    assert not any(p == "outcomeRole" for _, p, _ in found)
