"""Treatments a document never names as a product: a vaccine named by its disease and its kind."""

from __future__ import annotations

import pytest

from kg.documents import parse_document
from kg.extractors.context import build_context


def therapies(text: str) -> set[tuple[str, str]]:
    ctx = build_context(parse_document("Headline\n\n" + text, "t.txt"))
    return {(m.text, m.label) for ms in ctx.mentions for m in ms if m.kind in ("therapy", "drug")}


def test_a_vaccine_named_by_its_disease_takes_its_kind_as_written_once():
    found = therapies("In the trial (NCT00000001), children got a trivalent inactivated zika vaccine or placebo. "
                      "The zika vaccine was well tolerated.")
    assert found == {("trivalent inactivated zika vaccine", "trivalent inactivated zika vaccine"),
                     ("zika vaccine", "trivalent inactivated zika vaccine")}


def test_a_vaccines_kind_between_its_disease_and_the_word_vaccine_is_part_of_its_name():
    found = therapies("In the trial (NCT00000001), infants got a zika conjugate vaccine or placebo.")
    assert found == {("zika conjugate vaccine", "zika conjugate vaccine")}


@pytest.mark.parametrize("free", ["zetamine-free", "preservative-free"])
def test_a_drug_named_only_as_what_a_vaccine_is_free_of_leaves_the_vaccine_its_name(free):
    found = therapies(f"In the trial (NCT00000001), children got a {free} zika vaccine or a control vaccine.")
    assert (f"{free} zika vaccine", f"{free} zika vaccine") in found


def test_the_part_of_a_pathogen_a_vaccine_is_made_of_is_part_of_its_name():
    found = therapies("In the trial (NCT00000001), 300 women got a zika virus (ZIKV) E-protein nanoparticle vaccine or "
                      "placebo. The zika E-protein vaccine was safe.")
    long = "zika virus (ZIKV) E-protein nanoparticle vaccine"
    assert found == {(long, long), ("zika E-protein vaccine", long)}


def test_a_vaccines_numbered_code_names_it_beside_its_pathogens_capitals():
    found = therapies("Trials of an experimental ZIV vaccine were halted. The ZVTN 318 vaccine was given to 900 adults "
                      "and placebo to 880.")
    assert found == {("ZVTN 318 vaccine", "ZVTN 318 vaccine"), ("ZIV vaccine", "ZVTN 318 vaccine")}
    # two numbered codes: which one the trial gave is not said
    assert therapies("The ZVTN 318 vaccine and the ZVTN 702 vaccine were given to 900 adults.") == set()


@pytest.mark.parametrize("part", ["competing", "binding"])
def test_a_drug_named_only_as_what_antibodies_compete_with_or_bind_leaves_the_vaccine_the_therapy(part):
    found = therapies("In the trial (NCT00000001), 300 women got a zika E-protein vaccine or placebo. The vaccine "
                      f"induced infliximab-{part} antibodies.")
    assert ("zika E-protein vaccine", "zika E-protein vaccine") in found


def test_two_vaccines_of_different_diseases_name_none():
    found = therapies("In the trial (NCT00000001), adults got a zika vaccine or a chikungunya conjugate vaccine.")
    assert not any("vaccine" in text for text, _ in found )


def test_a_vaccine_named_by_a_short_code_is_named_so():
    found = therapies("The Phase 3 trial of the ZV7 vaccine enrolled 3,200 children. The ZV7 "
                      "vaccine was given in three doses.")
    assert found == {("ZV7 vaccine", "ZV7 vaccine")}


@pytest.mark.parametrize("later", ["", " The ZPF vaccine was well tolerated."])
def test_a_vaccine_named_by_the_short_form_its_bracket_defines_before_the_word_vaccine(later):
    found = therapies("In the trial (NCT00000001), we randomly assigned adults to receive a bivalent zeta prefusion F "
                      "protein-based (ZPF) vaccine or placebo." + later)
    assert ("ZPF vaccine", "ZPF vaccine") in found
    assert not any(")" in text for text, _ in found)


def test_two_regimens_named_by_initials_that_patients_were_allocated_to_are_therapies():
    found = therapies("This randomized trial compared ZB-R and ZHOP-R. In all, 500 adults with zeta lymphoma were "
                      "randomized to receive ZB-R or ZHOP-R for six cycles. Fewer adults on ZB-R relapsed.")
    assert {("ZB-R", "ZB-R"), ("ZHOP-R", "ZHOP-R")} <= found
    # a trial's name after "to" is no regimen; nor are capitals without an allocation
    assert therapies("Adults were randomized to ZETA-ONE or ZETA-TWO trial cohorts.") == set()
    assert therapies("The ZB-R and ZHOP-R schedules were compared in a review.") == set()


def test_a_code_right_after_a_class_name_names_the_product_a_code_with_a_point_too():
    found = therapies("An oral cholera vaccine ZV1.3 was tested in 300 adults.")
    assert ("ZV1.3", "ZV1.3") in found and not any(label.endswith("vaccine") for _, label in found)
    assert ("ZV-123", "ZV-123") in therapies("The randomized trial of the cholera vaccine ZV-123 enrolled 300 adults.")


def arms_of(text: str) -> list[tuple[str, tuple, str | None]]:
    """(label, interventions, size) of each arm the population extractor reads."""
    from kg.extractors.population import PopulationExtractor
    found = list(PopulationExtractor().extract(parse_document("Headline\n\n" + text, "t.txt")))
    labels = {f.subject: f.object_text for f in found if f.predicate == "armLabel"}
    def of(arm, predicate):
        return [f.object_text for f in found if f.subject == arm and f.predicate == predicate]
    return sorted((label, tuple(sorted(of(arm, "armIntervention"))), next(iter(of(arm, "armSize")), None))
                  for arm, label in labels.items())


def test_a_treatment_allocated_by_its_short_form_is_that_treatment():
    arms = arms_of("The trial (NCT00000001) tested zeta behavioural therapy (ZBT) in adults with depression. Adults "
                   "were randomized to ZBT (n = 40) or usual care (n = 41).")
    assert arms == [("usual care", (), "41"), ("zeta behavioural therapy", ("zeta behavioural therapy",), "40")]


def test_a_preparation_allocated_by_its_short_form_against_placebo_is_named_by_its_long_form():
    text = ("Zetamix Forte D5 (ZF5), a cartilage preparation, is used for knee pain. In a phase 2 trial, 91 adults were "
            "randomized to receive either ZF5 (46) or placebo (45). ZF5 or placebo was injected three times a week.")
    assert {label for _, label in therapies(text)} == {"Zetamix Forte D5"}
    assert arms_of(text) == [("Zetamix Forte D5", ("Zetamix Forte D5",), "46"), ("placebo", (), "45")]


def test_a_treatment_defined_by_its_short_form_and_weighed_against_a_drug_is_a_therapy():
    text = ("Zeta-based stress reduction (ZBSR) may help anxiety. A randomized trial compared the efficacy of ZBSR with "
            "XY-123. Adults were given ten sessions of ZBSR (n = 88) or XY-123 (n = 91).")
    assert {label for _, label in therapies(text)} == {"Zeta-based stress reduction", "XY-123"}
    assert [i for _, i, n in arms_of(text) if n == "88"] == [("Zeta-based stress reduction",)]


def test_a_monitoring_or_education_allocated_by_a_noun_of_random_assignment_is_that_treatment():
    # (beside a drug the patients all take: the allocated strategy, not the drug, is the arm's intervention)
    arms = arms_of("Adults taking insulin injections took part in a randomized trial of continuous zeta monitoring "
                   "(CZM). Random assignment (1:1) to CZM (n = 84) or to usual care (n = 80).")
    assert ("continuous zeta monitoring", ("continuous zeta monitoring",), "84") in arms
    arms = arms_of("The trial (NCT00000001) tested zeta self-care education (ZSE) in adults with heart failure. "
                   "Randomization to ZSE (n = 60) or usual care (n = 61) was done by computer.")
    assert ("zeta self-care education", ("zeta self-care education",), "60") in arms
    # (a monitoring the patients are not allocated to stays a term)
    found = therapies("The trial (NCT00000001) of XY-123 used continuous zeta monitoring (CZM). Adults were "
                      "randomized to XY-123 or placebo; CZM was used in both arms.")
    assert {label for _, label in found} == {"XY-123"}


def test_a_drug_assisted_therapy_allocated_by_its_short_form_is_the_drug():
    arms = arms_of("The trial (NCT00000001) tested psilocybin-assisted therapy (PSI-AT) in adults with depression. "
                   "Adults were randomized to PSI-AT (n = 40) or placebo plus therapy (n = 43).")
    assert ("Psilocybin", ("Psilocybin",), "40") in arms


def test_a_drug_named_by_its_stem_and_short_form_is_allocated_by_the_short_form():
    arms = arms_of("The trial (NCT00000001) tested zetolimab (ZLM) in adults with psoriasis. Adults were randomized "
                   "to ZLM 10 mg/kg (n = 40) or placebo (n = 43).")
    assert ("Zetolimab", ("Zetolimab",), "40") in arms


def test_a_background_treatment_named_by_a_short_form_stays_no_therapy():
    found = therapies("The trial (NCT00000001) tested XY-123 in adults on antiretroviral therapy (ART). Adults on ART "
                      "were randomized to XY-123 or placebo.")
    assert {label for _, label in found} == {"XY-123"}


def test_an_arm_given_by_a_drugs_short_form_is_labelled_as_the_text_names_the_drug():
    arms = arms_of("The trial (NCT00000001) tested glyceryl trinitrate (GTN) in adults with fissures. Adults were "
                   "randomized to GTN (n = 40) or placebo (n = 43).")
    assert ("Glyceryl trinitrate", ("Nitroglycerin",), "40") in arms


@pytest.mark.parametrize("control", ["usual care", "SOC"])
def test_a_treatment_named_by_capitals_alone_allocated_against_a_control_is_the_trials(control):
    arms = arms_of(f"We enrolled 120 adults, with 60 assigned to ZGT and 60 to {control}. By day 60, 18 of 59 adults "
                   f"in the ZGT group had died.")
    assert (("ZGT", ("ZGT",), "60") in arms) == (control == "usual care")   # (letters against letters: no control)


def test_an_allocation_to_the_absence_of_a_procedure_or_to_it_names_the_procedure_the_trial_tests():
    ctx = build_context(parse_document("Non-zeta versus zeta repair of gamma hernia\n\nIn a randomized trial, 300 adults "
                                       "were randomized to non-zeta or zeta repair. Recurrence was 7 per cent and 1 per "
                                       "cent.", source="t.txt"))
    assert ctx.main_therapy == "zeta repair" and "non-zeta repair" in ctx.therapies


def test_a_vaccine_named_by_its_pathogen_and_its_proteins_own_name_with_its_short_form():
    found = therapies("In the randomized trial (NCT00000001), pregnant women were assigned to a single dose of zika "
                      "attachment (G) protein subunit vaccine or placebo. Infants of women given vaccine had fewer "
                      "infections.")
    name = "zika attachment (G) protein subunit vaccine"
    assert (name, name) in found


@pytest.mark.parametrize("control", ["conventional care", "routine care"])
def test_a_treatment_named_in_title_case_allocated_against_conventional_or_routine_care_is_the_trials(control):
    # (a lower-case word, then the treatment's own capitals; conventional and routine care are controls)
    found = therapies("Acme ran a randomised trial at three clinics. Infants were randomly assigned to "
                      f"early Zeta Wrap Care (intervention) or to {control} until discharge (control).")
    assert ("early Zeta Wrap Care", "early Zeta Wrap Care") in found
    assert not any(control in label for _, label in found)


def test_two_variants_of_a_treatment_named_by_its_short_form_and_a_guide_each():
    text = ("In this open-label study, 120 adults were randomized to ZRI-guided (n = 61) or CT-guided (n = 59) "
            "ZBRT. Pain was seen in 17% of the ZRI-guided group vs 38% of the CT-guided group.")
    assert {label for _, label in therapies(text)} >= {"ZRI-guided ZBRT", "CT-guided ZBRT"}


def test_a_vaccine_named_by_its_pathogen_and_its_platform_or_the_word_virus_is_one_vaccine():
    text = ("A DNA vaccine against the Ebola virus has entered phase 2 testing in 2,000 adults. The Ebola virus DNA vaccine "
            "carries two genes. The Ebola virus vaccine holds no live virus.")
    found = build_context(parse_document("Headline\n\n" + text, "t.txt"))
    labels = {m.label for ms in found.mentions for m in ms if m.kind == "therapy"}
    assert labels == {"Ebola virus DNA vaccine"}
