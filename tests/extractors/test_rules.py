"""Each rule on short texts written for the tests (none of them is a real article)."""

import pytest

from kg.documents import parse_document
from kg.extractors import load_extractors


def facts(text, name):
    doc = parse_document("Headline\n\n" + text, "t.txt")
    return {(f.subject.kind, f.predicate, f.object_text) for f in load_extractors()[name].extract(doc)}


@pytest.mark.parametrize("text, phase", [("a Phase II trial (NCT00000001)", "2"), ("a phase 1/2a study (NCT00000001)", "1/2a"),
                                         ("the Phase III study (NCT00000001)", "3"), ("a Phase 3b study (NCT00000001)", "3b")])
def test_phase(text, phase):
    assert ("Trial", "phase", phase) in facts(text, "trial_design")


def test_registry_ids_of_several_registries():
    text = "Trials ISRCTN12345678, EudraCT 2019-001234-56, CTRI/2020/01/012345 and DRKS00012345 are registered."
    found = {o for _, p, o in facts(text, "registry_ids") if p == "registryId"}
    assert found == {"ISRCTN12345678", "2019-001234-56", "CTRI/2020/01/012345", "DRKS00012345"}


def test_a_registry_id_written_with_a_space_is_one_trial_with_the_id_as_registered():
    text = "The ZETA trial was registered as ISRCTN 12345678. ZETA enrolled adults; ISRCTN12345678 is complete."
    doc = parse_document("Headline\n\n" + text, "t.txt")
    found = [f for f in load_extractors()["registry_ids"].extract(doc) if f.predicate == "registryId"]
    assert [f.object_text for f in found] == ["ISRCTN12345678"]
    assert doc.text[found[0].evidence.start:found[0].evidence.end] == "ISRCTN 12345678"


def test_hedged_design_is_not_the_trial_design():
    found = facts("The open-label trial (NCT00000001) was small; a double-blind study should follow.", "trial_design")
    assert ("Trial", "design", "open-label") in found and ("Trial", "design", "double-blind") not in found


def test_words_as_numbers_and_sexes():
    found = facts("The study (NCT00000001) enrolled twelve patients, seven women and five men, aged 30 to 61 years.", "population")
    assert {("Trial", "enrollment", "12"), ("Trial", "female", "7"), ("Trial", "male", "5"),
            ("Trial", "ageMin", "30"), ("Trial", "ageMax", "61")} <= found


def test_arms_with_n():
    found = facts("The trial (NCT00000001) assigned adults to XY-123 (n=40) or to placebo (20 participants).", "population")
    assert ("Arm", "armSize", "40") in found and ("Arm", "armSize", "20") in found


@pytest.mark.parametrize("phrase, route", [("injected into the spinal fluid", "intrathecal"), ("given by mouth", "oral"),
                                           ("infused into a vein", "intravenous"), ("injected under the skin", "subcutaneous")])
def test_routes_in_plain_words(phrase, route):
    assert ("Trial", "route", route) in facts(f"In the trial (NCT00000001) the drug was {phrase}.", "dosing")


def test_a_route_that_names_one_background_class_is_no_route_of_the_trial():
    found = facts("In the trial (NCT00000001) adults on dual therapy (an inhaled corticosteroid and a long-acting "
                  "bronchodilator) got XY-123 subcutaneously.", "dosing")
    assert {o for _, p, o in found if p == "route"} == {"subcutaneous"}


def test_a_trial_s_length_with_its_unit_s_short_form_and_a_bracketed_design_word():
    found = facts("Methods: ZETA (NCT00000001) was a 40-week (wk), phase 3, double-blind, placebo (PL)-controlled trial of "
                  "XY-123 in adults.", "dosing")
    assert ("Trial", "duration", "P40W") in found
    # (a length in words that opens on a letter the look-ahead had left out)
    assert ("Trial", "duration", "P9M") in facts("ZETA (NCT00000001) was a nine-month, randomized trial of XY-123.", "dosing")


def test_the_time_of_a_trials_results_is_no_length_of_the_trial():
    found = facts("Acme reported 18-month data from the ZETA trial (NCT00000001) of XY-123.", "dosing")
    assert not any(p == "duration" for _, p, _ in found)
    assert ("Trial", "duration", "P26W") in facts("The 26-week ZETA trial (NCT00000001) tested XY-123.", "dosing")


def test_the_years_since_the_last_new_treatment_are_no_trials_duration():
    found = facts("XY-123, the first new zeta treatment for 40 years, was tested in the trial (NCT00000001) in 158 adults.",
                  "dosing")
    assert not any(p == "duration" for _, p, _ in found)
    found = facts("In the trial (NCT00000001), the first patients received XY-123 for 2 years.", "dosing")
    assert ("Trial", "duration", "P2Y") in found


def test_dose_count_interval_and_amount():
    found = facts("In the trial (NCT00000001) patients received eight injections of 2.5 mg/kg every two weeks.", "dosing")
    assert {("Trial", "numberOfDoses", "8"), ("Trial", "doseAmount", "2.5"), ("Trial", "doseUnit", "mg/kg"),
            ("Trial", "doseInterval", "P2W")} <= found


def test_a_dose_per_kilogram_in_units_and_not_the_regimen_partners_dose():
    found = facts("In the trial (NCT00000001) patients received XY-101 at 40 U/kg every two weeks.", "dosing")
    assert {("Trial", "doseAmount", "40"), ("Trial", "doseUnit", "U/kg")} <= found
    found = facts("In the trial (NCT00000001) patients received XY-101 every two weeks. After each infusion they were "
                  "given heparin (an anticoagulant) at 100 IU/kg.", "dosing")
    assert not {f for f in found if f[1] == "doseAmount"}


def test_one_of_so_many_doses_names_dose_levels_not_how_many_were_given():
    found = facts("In the randomised trial (NCT00000001), 312 adults received background care plus one of four "
                  "doses of XY-101 or placebo.", "dosing")
    assert not {f for f in found if f[1] == "numberOfDoses"}


def test_amounts_set_against_each_other_are_results_not_doses():
    found = facts("In the trial (NCT00000001), adults on XY-101 had larger gains in zeta volume at week 16 "
                  "(212 mL vs. 48 mL; p=0.01).", "dosing")
    assert not {f for f in found if f[1] == "doseAmount"}


def test_no_serious_related_is_zero():
    found = facts("In the trial (NCT00000001) there were no drug-related serious adverse events.", "safety")
    assert ("Trial", "seriousRelatedAdverseEvents", "0") in found


def test_significance_from_wording():
    found = facts("The trial (NCT00000001) missed its primary endpoint, the ALSFRS-R at week 24.", "outcomes")
    assert ("Outcome", "significant", "False") in found and ("Outcome", "outcomeRole", "primary") in found


def test_biomarker_direction_and_specimen():
    found = facts("In the trial (NCT00000001), levels of interleukin 6 fell in the cerebrospinal fluid.", "biomarkers")
    assert ("BiomarkerFinding", "direction", "decreased") in found
    assert ("BiomarkerFinding", "specimen", "cerebrospinal fluid") in found


def test_parent_organization():
    found = facts("Acme Bio, a subsidiary of Big Pharma Group, makes things.", "organizations")
    assert ("Organization", "parentOrganization", "Big Pharma Group") in found


def test_brand_alias_and_approval():
    found = facts("The trial (NCT00000001) tested XY-123. Zolgensma (onasemnogene abeparvovec) won FDA approval in 2019.",
                  "therapies")
    assert any(p == "hasStatus" for _, p, _ in found)
    assert ("DevelopmentStatus", "statusDate", "2019") in found


def test_publication_journal_and_title():
    found = facts('The trial (NCT00000001) was published in Annals of Testing, in a paper titled "A Trial of Things in People."',
                  "publications")
    assert ("Publication", "journal", "Annals of Testing") in found
    assert ("Publication", "title", "A Trial of Things in People") in found


def test_a_registered_trial_named_before_a_hedge_is_a_fact():
    found = facts("The Phase 3 KESTREL study (NCT00000002) plans to enroll 200 adults.", "trial_design")
    assert ("Trial", "phase", "3") in found
    # (the trial's own planned size is its estimated enrollment, as a registry records it)
    assert any(p == "enrollment" and o == "200" for _, p, o in facts("The study (NCT00000002) plans to enroll 200 adults.",
                                                                     "population"))


def test_randomly_assigned_is_randomized_with_placebo():
    found = facts("In the trial (NCT00000001) adults were randomly assigned to XY-123 or to placebo.", "trial_design")
    assert ("Trial", "design", "randomized") in found and ("Trial", "comparator", "placebo") in found


def test_timepoint_during_the_first_months_and_same_period():
    text = ("In the trial (NCT00000001), in the low-dose group the ALSFRS-R slope slowed from -1.0 to -0.5 points per month "
            "during the first three months (p=0.01). In the high-dose group the ALSFRS-R slope improved from -1.2 to -0.7 "
            "points per month over the same period.")
    doc = parse_document("Headline\n\n" + text, "t.txt")
    timed = {f.subject.label for f in load_extractors()["outcomes"].extract(doc) if f.predicate == "timepoint" and f.object_text == "P3M"}
    assert timed == {"ALSFRS-R slope (low dose)", "ALSFRS-R slope (high dose)"}     # (the slope named is what is measured)


def test_quoted_researcher_words_count_for_significance():
    text = ("The trial (NCT00000001) measured the ALSFRS-R at 12 months. "
            "“The difference was not statistically significant,” the researchers wrote.")
    assert ("Outcome", "significant", "False") in facts(text, "outcomes")


def test_adverse_event_keeps_its_qualifier():
    found = facts("In the trial (NCT00000001), procedural pain and headache were the most common side effects.", "safety")
    assert ("AdverseEvent", "adverseEventTerm", "procedural pain") in found


def test_citation_year_beats_the_dateline():
    text = ("BOSTON, March 2021 — Acme said the Phase 2 trial (NCT00000001) results were published in "
            "Annals of Testing (2020;3:44).")
    assert ("Publication", "publicationDate", "2020") in facts(text, "publications")


def test_country_inside_a_name_is_not_a_trial_country():
    found = facts("The trial (NCT00000001) was reported in The New England Journal of Medicine.", "trial_design")
    assert not any(p == "country" for _, p, _ in found)


def test_run_in_is_not_the_treatment_duration():
    found = facts("In the trial (NCT00000001) patients were observed for a two-month run-in before dosing.", "dosing")
    assert not any(p == "duration" for _, p, _ in found)


@pytest.mark.parametrize("text, has_trial", [
    ("The double-blind Phase 3b study compared two regimens.", True),
    ("A randomized comparison of two doses in adults.", True),
    ("Structural studies show how the enzyme binds its substrate.", False),
    ("The H273R mutant enzyme was studied by crystallography.", False),
])
def test_what_counts_as_a_trial_report(text, has_trial):
    from kg.extractors.context import build_context

    ctx = build_context(parse_document("Headline\n\n" + text, "t.txt"))
    assert bool(ctx.trials) == has_trial
    assert not [m for ms in ctx.mentions for m in ms if m.text == "H273R"]


def test_induced_disease_names_split_into_chemical_and_disease():
    from kg.extractors.context import build_context

    ctx = build_context(parse_document("Headline\n\nHeparin-induced thrombocytopenia was seen.", "t.txt"))
    kinds = [(m.text, m.kind) for ms in ctx.mentions for m in ms]
    assert ("Heparin", "drug") in kinds and ("thrombocytopenia", "disease") in kinds


def test_a_long_form_headed_by_scale_or_society_is_not_the_disease_it_ends_with():
    from kg.extractors.context import build_context

    text = ("Headline\n\nThe Zeta Rating Scale for Anxiety (ZRS-A) fell; ZRS-A scores fell. The Acme Society for the "
            "Study of Liver Diseases (ASSLD) advised.")
    found = [(m.text, m.kind) for ms in build_context(parse_document(text, "t.txt")).mentions for m in ms]
    assert ("ZRS-A", "measure") in found and ("Zeta Rating Scale for Anxiety", "measure") in found
    assert not [m for m in found if m[1] == "disease"]


def test_a_short_form_the_measure_list_knows_stays_that_measure():
    from kg.extractors.context import build_context

    text = "Headline\n\nThe primary endpoint was the change in hemoglobin A1c (HbA1c) at week 12. HbA1c fell."
    found = [(m.text, m.kind, m.label) for ms in build_context(parse_document(text, "t.txt")).mentions for m in ms]
    assert found.count(("HbA1c", "measure", "HbA1c")) == 2


def test_a_symptoms_name_set_against_another_arm_as_a_quantity_is_a_measure():
    from kg.extractors.context import build_context

    text = ("Headline\n\nAdults took XY-123 or placebo. Weight gain was significantly greater in the XY-123 group "
            "(3.4 vs 0.6 kg, P<.001).")
    found = [(m.text, m.kind) for ms in build_context(parse_document(text, "t.txt")).mentions for m in ms]
    assert ("Weight gain", "measure") in found and ("Weight gain", "phenotype") not in found


def test_unknown_long_form_takes_the_type_of_its_head_name():
    from kg.extractors.context import build_context

    text = "Headline\n\nPatients got ultra zorbified heparin (UZH) daily; UZH was safe."
    ctx = build_context(parse_document(text, "t.txt"))
    found = [(m.text, m.kind) for ms in ctx.mentions for m in ms]
    assert ("ultra zorbified heparin", "drug") in found and found.count(("UZH", "drug")) == 2


def test_an_anatomy_word_can_name_a_trial_but_a_disease_cannot():
    found = facts("Adults with amyotrophic lateral sclerosis (ALS) may enter. The Phase 3 ATLAS study (NCT00000003) "
                  "and the ALS study (NCT00000004) began.", "registry_ids")
    names = {o for _, p, o in found if p == "trialName"}
    assert "ATLAS" in names and "ALS" not in names


@pytest.mark.parametrize("text", [
    "The ZETA study (NCT00000001) is a phase 3 trial of XY-123 250mg in adults with zeta disease.",
    "The ZETA study (NCT00000001) compared XY-123 250 mg every three weeks with placebo.",
    # (a dose per day or per week in brackets after the drug, as a structured abstract's heading gives it)
    "The ZETA study (NCT00000001) ran. Interventions: oral XY-123 (250 mg/day) versus placebo for 2 years.",
])
def test_a_dose_the_trial_is_of_or_given_on_a_schedule_is_the_trials(text):
    assert {("Trial", "doseAmount", "250"), ("Trial", "doseUnit", "mg")} <= facts(text, "dosing")


def test_a_weekly_dose_in_thousands_of_units_is_read_with_its_interval():
    found = facts("The ZETA study (NCT00000001) ran. Interventions: oral XY-123 (20 000 IU/week) or a dummy pill over "
                  "2 years.", "dosing")
    assert {("Trial", "doseAmount", "20000"), ("Trial", "doseUnit", "IU"), ("Trial", "doseInterval", "P1W")} <= found


def test_a_bound_on_a_level_in_a_trial_of_a_drug_is_no_dose():
    found = facts("The ZETA study (NCT00000001) is a trial of XY-123 in adults with zeta levels above 250 mg/dL.", "dosing")
    assert not {f for f in found if f[1] == "doseAmount"}
