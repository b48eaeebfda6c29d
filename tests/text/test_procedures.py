"""No-drug interventions named where patients got them or a title studies them (kg.text.procedures)."""

import pytest

from kg.text.procedures import compared_by_short_form, defined_procedures, find_procedures, procedure_modality


def names(text):
    return [p.name for p in find_procedures(text)]


def test_what_patients_underwent_or_were_assigned_to_named_by_its_head_word():
    assert names("Twenty-six adults underwent bilateral zeta nucleus deep brain stimulation.") == [
        "zeta nucleus deep brain stimulation"]
    assert names("Adults were randomly assigned to either 40 hours (8 weeks) of computerized zeta training or a game.") \
        == ["computerized zeta training"]
    assert names("Efficacy and safety of combined zeta surgery versus open zetotomy.") == [
        "combined zeta surgery", "open zetotomy"]


def test_two_operations_a_study_compared_are_both_named_but_not_the_risk_it_compared():
    assert names("This study compared laparoscopic zetectomy (LZ) and open zetectomy (OZ) for recovery time.") == [
        "laparoscopic zetectomy", "open zetectomy"]
    assert names("The study compared safety and benefit of zeta angioplasty vs zeta endarterectomy in adults.")[0] \
        == "zeta angioplasty"


def test_one_assigned_into_after_a_ratio_evaluated_or_set_against_another_by_a_trial():
    assert names("In all, 620 women were randomized into zeta training (n = 311) and control (n = 309) groups.") == [
        "zeta training"]
    assert names("Evaluation of a pharmacist-led zeta program in heart failure.") == ["pharmacist-led zeta program"]
    assert names("Adults were randomized (2:1) to zeta training or usual care.") == ["zeta training"]
    assert names("A pragmatic trial of physiotherapy versus a leaflet in adults with zeta neck ache.") == [
        "physiotherapy"]
    # a trial's setting, set against nothing, names none
    assert names("A pragmatic trial of physiotherapy with or without XY-123 in zeta neck ache.") == []


def test_a_title_that_opens_on_one_for_a_condition_in_lower_case():
    assert names("Single-Port Zeta Sympathicotomy for the Treatment of Zeta Sweating: a Review of 31 Cases.") == [
        "single-port zeta sympathicotomy"]
    assert names("Zeta plexus block is ideal for upper limb surgery.") == []


def test_a_head_alone_a_setting_before_an_allocation_and_a_clause_are_no_intervention():
    assert names("All patients underwent surgery and received standard care.") == []
    assert names("Eyes that underwent primary zetectomy were randomized to receive A or B.") == []
    assert names("Only one patient required repeat ablation.") == []


def test_a_device_or_stimulation_is_a_device_and_a_procedure_or_programme_other():
    assert [procedure_modality(n) for n in ("zeta nerve stimulation", "zeta microbypass stents", "zeta training",
                                            "zetectomy", "zetamab")] == ["device", "device", "other", "other", None]


def test_a_named_therapy_or_intervention_as_written_after_an_add_on_word_a_possessive_or_using():
    assert names("The zeta group also received adjunctive Zetakan therapy for 90 minutes a week.") == ["Zetakan therapy"]
    assert names("A randomized trial using Acme's zetablast therapy showed fewer zeta events.") == ["zetablast therapy"]
    assert names("We assessed the benefit of using add-on zeta lifestyle intervention in adults.") == [
        "zeta lifestyle intervention"]
    # (a therapy named only by its kind names none)
    assert names("Patients received adjuvant therapy or combination therapy.") == []
    assert names("Patients received standard therapy.") == []


def test_each_item_of_a_list_of_interventions_compared_or_assigned():
    assert names("This trial weighed the effectiveness of zeta exercise, web-based zeta-behavioural therapy (WZT) and "
                 "usual care for low mood.") == ["zeta exercise", "web-based zeta-behavioural therapy"]
    assert names("Adults were allocated to one of three interventions: supervised group zeta training, "
                 "home zeta exercises or usual care.") == ["supervised group zeta training", "home zeta exercises"]


def test_the_interventions_a_structured_abstracts_heading_lists():
    assert names("Interventions: Laparoscopic zetectomy and small-incision zetectomy, performed by residents.") == [
        "laparoscopic zetectomy", "small-incision zetectomy"]


def test_one_named_as_a_group_of_the_trial():
    assert names("Completion was 71% in the intensive zeta lifestyle intervention (IZI) group and 85% among controls.") \
        == ["intensive zeta lifestyle intervention"]
    assert names("Pain fell in the treatment group and in the control group.") == []


@pytest.mark.parametrize("text, expected", [
    ("Results came from an international trial of ZSCT (autologous zeta stem cell transplant) in adults with MS.",
     ["autologous zeta stem cell transplant"]),
    ("This is a randomized study of ZKR (zeta knee repair) for chronic pain.", ["zeta knee repair"]),
    ("Half of the adults underwent a zeta cell transplant in 2020.", ["zeta cell transplant"]),
    ("This was a randomized trial of zeta knee repair with or without A.", []),     # the setting A is tried in
    ("This was a randomized trial of zeta knee repair (ZKR) care.", []),
])
def test_a_trial_of_a_procedure_names_it_where_a_short_form_stands_before_it(text, expected):
    assert [p.name for p in find_procedures(text)] == expected


def test_a_device_worn_or_a_splint_mask_or_education_given_is_named_and_a_negated_item_is_not():
    assert names("Children wore zeta prism lenses for six weeks.") == ["zeta prism lenses"]
    assert names("Participants were allocated to wear a zeta face mask at work.") == ["zeta face mask"]
    assert names("Adults with heel pain were randomized to a zeta night splint or stretching alone.") == ["zeta night splint"]
    assert names("Families were allocated to zeta parent education or usual care.") == ["zeta parent education"]
    assert procedure_modality("zeta face mask") == "device"
    # (the item after "versus" that the text negates is the control, no intervention of its own)
    assert names("The trial compared wearing versus not wearing zeta face masks in public.") == []


def test_a_phrase_with_a_modal_or_a_verb_of_receiving_names_no_intervention():
    assert find_procedures("Adults assigned to the comparison arm will receive zeta therapy as usual.") == []


@pytest.mark.parametrize("text, expected", [
    ("Robotic versus open zetectomy in adults: a randomized trial", {"robotic zetectomy", "open zetectomy"}),
    ("Stapled versus open zetectomy for grade III zeta disease", {"stapled zetectomy", "open zetectomy"}),
])
def test_a_variant_named_by_its_qualifier_alone_before_another_shares_its_head(text, expected):
    assert {p.name for p in find_procedures(text)} == expected


def test_a_word_before_versus_that_qualifies_nothing_is_no_variant():
    assert {p.name for p in find_procedures("Zeta care versus open zetectomy in adults")} == {"open zetectomy"}


def test_a_diet_a_title_or_an_allocation_names_is_an_intervention():
    assert {p.name for p in find_procedures("Efficacy of a Zeta Diet on Blood Lipids in Adults: A Randomized Trial")} \
        == {"zeta diet"}


def test_patients_randomized_to_undergo_one_procedure_or_another_name_both():
    found = {p.name for p in find_procedures("Adults were randomized to undergo either catheter-based zeta-loop repair or "
                                             "open zeta-valve surgery.")}
    assert found == {"catheter-based zeta-loop repair", "open zeta-valve surgery"}


@pytest.mark.parametrize("text, expected", [
    ("Five versus Ten Days of Zeta Therapy for Beta Infection: a Randomized Trial",
     ["5 days of zeta therapy", "10 days of zeta therapy"]),
    ("Adults were assigned to 6 (short) or 12 weeks (long) of zeta antibiotic therapy.",
     ["6 weeks of zeta antibiotic therapy", "12 weeks of zeta antibiotic therapy"]),
])
def test_two_lengths_of_one_treatment_set_against_each_other_are_the_interventions(text, expected):
    assert [p.name for p in find_procedures(text)] == expected


def test_a_trial_of_how_long_to_treat_names_its_therapies_by_length():
    from kg.documents import parse_document
    from kg.extractors.context import build_context
    from kg.extractors.therapy_names import therapy_index
    doc = parse_document("Five versus Ten Days of Zeta Therapy for Beta Infection\n\nIn a randomized trial, 400 adults "
                         "were randomized to receive 5 (intervention) or 10 days (control) of zeta therapy.", "t.txt")
    names = {t.entity.label for t in therapy_index(build_context(doc)).named.values()}
    assert names == {"5 days of zeta therapy", "10 days of zeta therapy"}


def test_a_side_or_novel_before_the_name_and_a_ratio_without_brackets_before_to():
    assert names("To test the safety of a novel bilateral zeta nerve stimulation (ZNS) device in adults.") == [
        "zeta nerve stimulation"]
    assert names("In this trial, 300 adults were randomized 3:1 to zeta body radiotherapy versus usual care.") == [
        "zeta body radiotherapy"]


def test_one_a_text_defines_a_short_form_for_unless_patients_had_it_before():
    assert [(p.name, p.short) for p in defined_procedures(
        "Data comparing transcatheter zeta valve replacement (TZVR) with surgery are few.")] == [
        ("transcatheter zeta valve replacement", "TZVR")]
    # (a short form in square brackets inside round ones, and what was given after a comma)
    assert [p.short for p in defined_procedures("Adults had bariatric surgery (Zeta-en-Y gastric bypass [ZYGB]) or "
                                             "diet, and zeta body radiotherapy (ZBRT, 16 Gy in 1 fraction).")] \
        == ["ZYGB", "ZBRT"]
    assert defined_procedures("Adults undergoing elective zeta valve replacement (ZVR) were enrolled.") == []
    assert defined_procedures("Scanning zeta microscopy (SZM) showed the surface.") == []


@pytest.mark.parametrize("texts, compared", [
    (["Death occurred in 4% of ZVR patients and 6% of surgery patients."], True),
    (["Adults were assigned to ZVR (n = 40) or surgery (n = 38)."], True),
    (["Rates were 3% with ZVR vs 5% with surgery."], True),
    (["Adults who later had ZVR were asked to contact the ZVR team."], False),
])
def test_a_defined_one_counts_where_the_text_compares_it_by_its_short_form(texts, compared):
    assert compared_by_short_form(texts, "ZVR") is compared
