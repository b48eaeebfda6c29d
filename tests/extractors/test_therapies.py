"""Which therapies a text names and what the therapy rules read, on sentences written for the tests."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.documents import parse_document
from kg.extractors import load_extractors
from kg.extractors.context import build_context
from kg.extractors.therapy_names import therapy_index
from kg.extractors.therapy_rules import ANY_TARGET_VERB, TARGET_VERB_CUE


def named(text):
    ctx = build_context(parse_document("Headline\n\n" + text, source="t.txt"))
    return {t.entity.label: t.modality for t in therapy_index(ctx).named.values()}


def facts(text):
    doc = parse_document("Headline\n\n" + text, source="t.txt")
    return {(f.subject.label, f.predicate, f.object_text) for f in load_extractors()["therapies"].extract(doc)}


def test_a_code_whose_trial_tests_another_therapy_is_the_trials_name_and_no_therapy():
    assert "ZX3005" not in named("Acme shared data of its Phase 3 ZX3005 18-week clinical trial evaluating the "
                                 "efficacy of xyzotrexant in adults with gout.")


def test_a_postcode_in_an_authors_address_is_no_therapy():
    text = ("Zeta Institute, Zeta Str. 5, D-12345 Zetburg, Germany; Acme Clinic, CH-4056 Zeta-Ville, Switzerland\n\n"
            "In this randomized study, adults were given XY-123 or placebo.")
    assert set(named(text)) == {"XY-123"}


def test_a_registry_id_printed_with_a_digit_missing_is_no_therapy():
    assert "NCT1234567" not in named("In this randomized study (NCT1234567), adults were given XY-123 or placebo.")


@pytest.mark.parametrize("text, targets", [
    ("XY-123, a once-weekly ZLP-1 and zetagon receptor dual agonist, was tested in adults with obesity.",
     {"ZLP-1 receptor", "zetagon receptor"}),
    ("XY-123, an investigational ZQ-1 receptor (ZQR) agonist, was tested in adults with gout.", {"ZQ-1 receptor"}),
    ("XY-123, a ZQ-1 receptor partial agonist, was studied in adults with gout.", {"ZQ-1 receptor"}),
])
def test_an_agonists_receptors_are_its_targets_past_dual_partial_and_the_receptors_short_form(text, targets):
    assert {o for s, p, o in facts(text) if s == "XY-123" and p == "target"} == targets


@pytest.mark.parametrize("text, target", [
    ("The trial tested XY-123, an anti-neonatal Zq receptor IgG1 monoclonal antibody, in adults with gout.",
     "neonatal Zq receptor"),
    ("The trial tested the anti-ZGIT immunotherapy XY-123 in adults with zeta cancer.", "ZGIT"),
])
def test_an_anti_phrase_names_its_target_with_a_words_receptor_or_before_immunotherapy(text, target):
    assert target in {o for s, p, o in facts(text) if s == "XY-123" and p == "target"}


def test_an_enzymes_stimulator_names_the_enzyme_as_its_target():
    found = facts("XY-123, an oral soluble zeta cyclase stimulator, was compared with placebo in 500 adults.")
    assert {o for s, p, o in found if s == "XY-123" and p == "target"} == {"soluble zeta cyclase"}


def test_a_drug_the_trials_therapy_is_adjunctive_to_is_a_concomitant_drug():
    found = facts("In the ZETA trial, adults with diabetes took XY-123 as adjunctive treatment to metformin.")
    assert ("Metformin", "role", "concomitant") in found


def test_a_protein_dosed_in_brackets_is_a_therapy_but_a_dosing_symbol_is_not():
    found = named("In the trial, 180 adults were randomized to albumin (1.2 g/kg on day 2) with usual care or to "
                  "usual care alone. Others took XY-123 200 mg BID.")
    assert "albumin" in found and "BID" not in found


def test_every_drug_named_is_a_therapy_with_its_modality():
    found = named("The trial (NCT01234567) compared XY-123 with docetaxel; some patients got sarilumab.")
    assert found["Docetaxel"] == "small molecule" and found["Sarilumab"] == "antibody" and "XY-123" in found


def test_drug_classes_patients_take_are_therapies_and_mechanisms_are_not():
    found = named("Most were receiving an angiotensin-converting enzyme (ACE) inhibitor or an AB blocker, "
                  "and the QR inhibitor XY-123 was added.")
    assert found.get("ACE inhibitor") == "small molecule" and "AB blocker" in found and "QR inhibitor" not in found


def test_measured_substances_are_not_therapies():
    assert not ({"Potassium", "Cholesterol", "Creatinine"} & set(named(
        "Serum potassium, LDL cholesterol levels and the albumin-to-creatinine ratio were measured.")))
    assert "Cholesterol" not in named("XY-123 lowered ‘bad cholesterol’ in adults.")
    assert "Oxygen" not in named("Tissue oxygen tension was higher after the new operation.")
    assert "Carbon monoxide" not in named("Quitting was checked by exhaled carbon monoxide in a trial of "
                                          "XY-123.")


def test_a_substance_listed_as_a_marker_is_no_therapy():
    found = named("XY-123 improved serum markers of liver injury, including alkaline phosphatase (ALP), and biomarkers "
                  "such as potassium.")
    assert "XY-123" in found and not {"Alkaline Phosphatase", "Potassium"} & set(found)


def test_a_substance_named_in_a_mechanism_or_a_method_is_no_therapy():
    found = named("XY-123 is a serotonin reuptake inhibitor, a histamine modulator and a sodium channel blocker; blood "
                  "loss was read by a hematin assay.")
    assert "XY-123" in found and not {"Serotonin", "Histamine", "Sodium", "Hematin"} & set(found)


def test_a_substance_that_names_a_receptor_is_no_therapy_and_gives_no_modality():
    found = named("XY-123, a dopamine (DA) receptor antagonist, and XY-456, a zeta-like peptide-1 (ZLP-1) receptor "
                  "agonist, were given; later DA levels were read.")
    assert "XY-123" in found and "Dopamine" not in found and found.get("XY-456") != "peptide"


def test_a_substance_named_with_its_receptors_subtypes_or_as_released_is_no_therapy():
    found = named("Adults got XY-123, a serotonin 5-HT2C agonist that is also a dopamine D1 and D5 agonist, or placebo.")
    assert "XY-123" in found and not {"Serotonin", "Dopamine"} & set(found)
    found = named("XY-123 aims to limit the release of calcium from stores; adults got XY-123 or placebo.")
    assert "XY-123" in found and "Calcium" not in found
    assert "Calcium" in named("Adults got XY-123 plus calcium or placebo plus calcium.")


def test_a_body_s_own_messenger_whose_action_a_drug_heightens_is_no_therapy():
    found = named("Adults got XY-123 or placebo. XY-123 enhances the natural activity of serotonin at zeta sites.")
    assert "XY-123" in found and "Serotonin" not in found
    assert "Serotonin" in named("Adults got XY-123 or serotonin; serotonin enhanced the action of the diet.")


@pytest.mark.parametrize("said", ["Dapsone is a benzodiazepine that calms zeta spasms.",
                                  "Dapsone, an oral benzodiazepine, was given."])
def test_a_class_that_says_what_a_drug_is_names_no_therapy_of_its_own(said):
    assert set(named("Adults got dapsone or placebo. " + said)) == {"Dapsone"}
    # (but a drug set against another one is named: "X was superior to Y")
    assert set(named("Adults got dapsone or hydroxyurea. Dapsone was superior to hydroxyurea.")) == {"Dapsone",
                                                                                                  "Hydroxyurea"}


def test_a_substance_that_declined_or_an_adjective_before_a_dose_is_no_therapy():
    assert set(named("XY-123 gave mean declines in HBsAg at week 20 in adults.")) == {"XY-123"}
    assert set(named("Results for the complete 30 mg every 2 weeks cohort of XY-123 are shown.")) == {"XY-123"}


def test_a_glycoproteins_inn_written_without_its_greek_word_is_the_lexicons_protein():
    assert named("Patients received eftilagimod every two weeks.") == {"Eftilagimod alfa": "protein"}


def test_a_mixed_case_name_a_trial_evaluates_is_a_therapy_but_not_a_persons():
    assert "ZetXT" in named("The ZETA-1 trial evaluating ZetXT for the treatment of gout met its goal.")
    assert "ZetXT" in named("Pain eased in the ZETA-2 study after treatment with ZetXT.")
    assert "McKay" not in named("The trial evaluating McKay protocols for gout was run.")


def test_inn_stems_give_the_modality():
    assert named("Patients received darvadstrocel or reteplase.") == {"Darvadstrocel": "cell therapy",
                                                                       "Reteplase": "protein"}
    # insulins, toxins and coagulation factors (-cog) are proteins
    assert named("Patients received insulin detemir, botulinum toxin type B or eftrenonacog alfa.") == {
        "Insulin detemir": "protein", "Botulinum toxin type B": "protein", "Eftrenonacog alfa": "protein"}


def test_background_class_is_a_concomitant_drug():
    found = facts("In the trial (NCT01234567), XY-123 or placebo was given on top of AB blocker therapy.")
    assert ("AB blocker", "drug", "AB blocker") in {(s, p, o) for s, p, o in found if p == "drug"} or \
        any(p == "hasConcomitantMedication" for _, p, _ in found)


def test_a_marked_name_given_for_a_known_drug_is_that_drug_and_its_alias():
    text = ("Regulators approved ZENVIA® (sarilumab) for adults. ZENVIA is given weekly by the trial "
            "(NCT01234567) team.")
    assert set(named(text)) == {"Sarilumab"}
    assert ("Sarilumab", "alias", "ZENVIA") in facts(text)


def test_cells_beside_an_antibody_are_not_its_cell_type():
    found = facts("In the trial (NCT01234567), sarilumab, a monoclonal antibody, depletes B cells.")
    assert not any(p == "cellType" for _, p, _ in found)


def test_a_drug_given_stays_a_therapy_where_it_is_also_measured():
    assert "Melatonin" in named("Volunteers received melatonin 3 mg at night. Plasma melatonin concentrations rose.")


def test_a_substance_that_is_part_of_a_longer_term_is_not_a_therapy():
    assert not named("Gold-coated stents were placed in formalin-fixed tissue; oxygen consumption was recorded.")


def test_a_code_before_criteria_is_no_therapy():
    assert "XY-55" not in named("Patients meeting the XY-55 criteria received placebo.")


def test_a_short_code_a_study_tests_is_a_therapy_and_a_molecule_it_measures_is_not():
    assert "ZETA12" in named("This phase 1 study will evaluate the safety and efficacy of ZETA12 as a single agent.")
    assert "ZETA12" in named("It is an open-label study of ZETA12 in adults with solid tumors.")
    assert "ZETA12" not in named("It is an open-label study of ZETA12 expression in adults with solid tumors.")
    assert "CD38" not in named("It is a study of CD38 in adults with myeloma.")


def test_a_new_glycoprotein_and_a_prodrug_ester_are_named_whole():
    found = named("Acme said weekly insulin zetora alfa met its goal. Zetora was as safe as daily insulin detemir.")
    assert "Insulin zetora alfa" in found and "Insulin" not in found and "Zetora" not in found
    found = named("Zetazolid Fosamil, the prodrug of zetazolid, was given to 90 adults with skin infections.")
    assert "Zetazolid fosamil" in found


def test_a_code_that_holds_a_known_code_is_its_own_product_but_a_protocol_number_is_not():
    # (a code the lexicon knows for a real drug, in a code of an invented product)
    found = named("In this phase 1 trial, adults received the oral MK-0431-Zv4 vaccine or placebo.")
    assert "MK-0431-Zv4" in found and "Sitagliptin" not in found
    found = named("The MK-0431-301 study tested MK-0431 in adults.")
    assert "MK-0431-301" not in found and "Sitagliptin" in found


def test_patients_stopping_a_drug_give_no_status_and_a_developer_stopping_it_does():
    stopped = facts("Upon discontinuation of XY-123, scores rose. Patients who discontinued treatment were followed.")
    assert not any(p == "statusValue" for _, p, _ in stopped)
    halted = facts("Acme Bio decided to discontinue the development of XY-123 in gout.")
    assert ("discontinued", "statusValue", "discontinued") in halted
    for said in ("The results support halting all further development activities with XY-123.",
                 "Acme said it has stopped developing XY-123, its drug for gout."):
        assert ("discontinued", "statusValue", "discontinued") in facts(said), said
    # a person who tells of it is not who stopped it
    assert not any(p == "statusBy" for _, p, _ in facts("Mr. Zeta said Acme is halting the development of XY-123."))


def test_an_approval_foreseen_is_no_approval():
    for said in ("XY-123 could soon gain FDA approval for gout.", "XY-123 is expected to win FDA approval in 2031.",
                 "The FDA agreed that one more study is needed to support the approval of XY-123.",
                 "The FDA accepted the application for XY-123 in gout for approval.",
                 "Acme believes XY-123 meets the standard for accelerated approval by the FDA.",
                 "XY-123 is pending FDA approval for use in gout.",
                 "Acme completed the trial of its vaccine XY-123. Protection far exceeded the 60% threshold based on a "
                 "surrogate agreed with the FDA under the accelerated approval pathway."):
        assert not any(p == "statusValue" for _, p, _ in facts(said)), said


def test_an_approval_on_a_condition_and_a_hold_lifted_are_no_status():
    for said in ("Acme will file for XY-123 in 2031, with a potential launch in 2032 if approved.",
                 "XY-123 could be approved by the FDA in 2032.",
                 "In March, the FDA lifted the partial clinical hold on XY-123 placed in 2030.",
                 "The clinical hold on XY-123 that the FDA imposed in 2030 has been lifted.",
                 "The clinical hold on XY-123 came in 2030 over an assay. In 2031 the FDA's removal of the hold let "
                 "dosing go on.",
                 "We look forward to bringing XY-123 to patients as an FDA-approved drug.",
                 "Acme said XY-123 could potentially become an FDA-approved treatment for gout."):
        assert not any(p == "statusValue" for _, p, _ in facts(said)), said
    assert ("on hold" in {o for _, p, o in facts("The FDA placed XY-123 on clinical hold in May 2031.") if p == "statusValue"})


def test_a_drug_name_that_is_a_company_word_names_the_company():
    found = named("Valerian Therapeutics said XY-123 worked. Valerian will file in 2031; the trial (NCT01234567) "
                  "enrolled 40 adults.")
    assert "Valerian" not in found and "XY-123" in found


def test_a_code_name_inside_a_trial_name_is_no_therapy():
    found = named("The Phase 3 ALPHA AB-121 trial (NCT01234567) tested XY-123 in adults with gout.")
    assert "AB-121" not in found and "XY-123" in found


def test_drugs_given_beside_the_trial_drug_are_concomitant():
    found = facts("The trial (NCT01234567) enrolled 60 boys. All participants were taking a stable daily dose of oral "
                  "corticosteroids. Before XY-123, patients underwent conditioning with treosulfan.")
    drugs = {o for s, p, o in found if p == "drug"}
    assert drugs == {"corticosteroids", "Treosulfan"}


@pytest.mark.parametrize("said, drug", [
    ("Adults whose zeta disease was inadequately controlled on metformin were randomized to XY-123 or placebo.",
     "Metformin"),
    ("Adults were randomized to XY-123 or placebo as add-on therapy to riluzole.", "Riluzole"),
    ("Adults got XY-123 or no XY-123 for a year concomitant with three courses of cisplatin.", "Cisplatin"),
    ("Adults had seizures despite treatment with lamotrigine and were randomized to XY-123 or placebo.", "Lamotrigine"),
])
def test_a_drug_the_trials_is_added_to_is_concomitant_and_not_its_intervention(said, drug):
    found = facts("XY-123 was tested in a randomized trial (NCT01234567). " + said)
    assert {o for s, p, o in found if p == "drug"} == {drug}
    assert drug not in {s for s, p, o in found if p == "investigatedFor"}


def test_main_therapy_is_investigated_for_its_trials_conditions():
    found = facts("XY-123 helped in a trial (NCT01234567) of adults with gout. People with psoriasis could not join.")
    assert ("XY-123", "investigatedFor", "gout") in found
    assert not any(p == "investigatedFor" and o == "psoriasis" for s, p, o in found)


@pytest.mark.parametrize("joined", ["with and without", "with or without", "plus or minus"])
def test_the_drug_a_trial_adds_to_what_every_group_gets_is_its_main_therapy(joined):
    found = facts(f"A randomized trial (NCT01234567) of colchicine {joined} XY-123 in adults with gout. Adults were "
                  "randomly assigned to colchicine plus XY-123 or colchicine plus placebo.")
    assert ("XY-123", "investigatedFor", "gout") in found
    assert not any(s == "Colchicine" and p == "investigatedFor" for s, p, o in found)


def test_a_drug_patients_had_before_is_not_the_trials_intervention():
    found = facts("Adults with gout do poorly after colchicine-containing regimens. We ran a randomized trial of "
                  "XY-123 in adults with gout who had previously received colchicine.")
    assert ("XY-123", "investigatedFor", "gout") in found
    assert not any(s == "Colchicine" and p == "investigatedFor" for s, p, o in found)


def test_a_product_given_a_dose_or_set_against_placebo_is_a_therapy_the_lexicon_need_not_know():
    found = named("The trial tested the effect of Zetacon versus placebo. Adults took 12 mg of Zetacon daily.")
    assert "Zetacon" in found
    assert not {"Treatment", "The"} & set(named("Treatment versus placebo was well tolerated. The effect of The drug."))
    # a name of two capitalised parts, the first short, after what the trial weighed of it
    assert "ZePra" in named("The Phase 3 ZETA study evaluated the efficacy, safety and tolerability of ZePra in adults.")


def test_a_short_code_the_text_calls_a_compound_is_a_therapy_but_not_a_gene_or_a_virus():
    found = named("A trial showed that ZQ80, a new compound developed by Acme, eased symptoms. Adults took ZQ80 nasally.")
    assert "ZQ80" in found
    assert not {"CD20", "COVID-19"} & set(named("CD20, a protein on B cells, is targeted. COVID-19, a respiratory "
                                                "illness, spread."))


def test_a_short_code_given_a_dose_or_a_dosage_form_is_a_therapy():
    assert "ZQ10" in named("Adults received a 6.4 µg dose of ZQ10 twice daily for eight weeks.")
    assert "ZQ12" in named("Patients used ZQ12 neuroactive nasal spray or placebo spray.")
    assert not {"CD20", "IL12"} & set(named("CD20 expression fell, and IL12 levels rose in the treated patients."))


def test_a_species_extract_is_a_therapy_and_its_solvent_is_not():
    found = named("The trial tested an extract of Zetaria lucida. Men took Zetaria lucida ethanol extract daily.")
    assert "Zetaria lucida" in found and "Ethanol" not in found
    assert not {"The tea", "This plant"} & set(named("The tea extract and This plant extract were not tested."))


def test_a_marked_name_takes_the_words_its_short_form_spells():
    assert "Zetane Balance" in named("Patients used Zetane® Balance (ZB) or saline for four weeks.")
    assert "Zetane" in named("Patients used Zetane® Drops (XY) or saline for four weeks.")


def test_a_product_patients_were_given_is_a_therapy_the_lexicon_need_not_know():
    assert "Zetaxa" in named("The 120 patients given Acme's Zetaxa had a better score than those given placebo.")
    assert "Zetaxa" in named("Patients given Acme's Zetaxa earned better zeta scores than those given placebo.")
    assert "Zetaxa" in named("People taking Zetaxa lost 12% of their weight.")
    assert not {"Placebo", "Monday", "Acme"} & set(named("Patients given Placebo did well. Patients receiving Acme's "
                                                         "drug on Monday improved."))


def test_a_drug_newer_than_the_lexicon_is_named_by_its_stem():
    found = named("Adults took acmetrelvir, zetafermin or zetasiran; nobody took an alternative, and things got worse.")
    assert {"Acmetrelvir", "Zetafermin", "Zetasiran"} <= set(found) and not {"Alternative", "Worse"} & set(found)
    assert found["Zetafermin"] == "protein"
    # a cell therapy's "-cel"; an English word ending so is too short to be one
    found = named("Its investigational cell therapy zetaparencel was given twice; they did not cancel the parcel.")
    assert "Zetaparencel" in found and not {"Cancel", "Parcel"} & set(found)
    # receptor antagonists' stems: neurokinin, endothelin, CGRP, orexin
    found = named("Adults took zetanetant, zorbisentan, acmegepant or betasuvorexant.")
    assert {"Zetanetant", "Zorbisentan", "Acmegepant", "Betasuvorexant"} <= set(found)


def test_a_modality_written_beside_the_name_beats_its_stem_and_proteins_are_named_so():
    assert named("Patients received Zynteglo gene therapy in the trial.") == {"Betibeglogene autotemcel": "gene therapy"}
    assert set(named("Patients received recombinant human endostatin protein.").values()) == {"protein"}
    assert named("Patients received darbepoetin alfa.") == {"Darbepoetin alfa": "protein"}


def test_a_substance_that_confirms_a_result_or_names_a_receptor_is_no_therapy():
    found = named("The endpoint was carbon monoxide\u2013confirmed abstinence; XY-123 is an agonist of the "
                  "5-hydroxytryptamine 1a receptor.")
    assert not {"Carbon monoxide", "Serotonin"} & set(found)


def test_the_product_a_study_tests_named_with_its_short_form_or_code_is_a_therapy():
    assert "Ultra Zetanol Amide" in named("Acme began a Phase 1 study of Ultra Zetanol Amide (UZA) in healthy volunteers.")
    assert "Ultra Zetanol Amide" in named("Acme Starts Phase 1 Safety Study of Ultra Zetanol Amide (UZA)")   # a headline
    assert "ZX-4" in named("The trial comparing zetanol acefosam (ZX-4) with ticagrelor enrolled 40 adults.")
    # a disease, a journal or a database in that slot is no product
    assert not {"Zeta Syndrome", "Medicine"} & set(named("A study of Zeta Syndrome (ZS) was published in the Acme "
                                                          "Journal of Medicine (AJM)."))


def test_antibacterial_cardiovascular_and_psychiatric_stems_name_drugs():
    found = named("Adults took zetazolid, acmefloxacin, zetaprazole, acmeolol or zetoxetine; one laughed 'lololol'.")
    assert {"Zetazolid", "Acmefloxacin", "Zetaprazole", "Acmeolol", "Zetoxetine"} <= set(found)
    assert found["Zetazolid"] == "small molecule" and "Lololol" not in found


def test_peptide_fusion_protein_and_modulator_stems_name_drugs_but_not_english_or_biochemistry_words():
    found = named("Adults took zorvadutide, acmatercept or zetarasib. The concept of an intercept in a peptide or a "
                  "nucleotide analysis held; the riptide of phosphoinositide data did not.")
    assert {"Zorvadutide", "Acmatercept", "Zetarasib"} <= set(found)
    assert not {"Concept", "Intercept", "Peptide", "Nucleotide", "Riptide", "Phosphoinositide"} & set(found)
    assert found["Zorvadutide"] == "peptide" and found["Zetarasib"] == "small molecule"


def test_a_drug_named_by_its_stem_takes_part_in_every_relation():
    # a mention of the document like the lexicon's: the trial's intervention, the developer's drug, an arm's label
    doc = parse_document("Headline\n\nAcme Pharma announced results from its Phase 3 ORCA-2 trial of zorvimab in "
                         "adults with anxiety. The change in HAM-A score was -4.1 with zorvimab and -2.6 with placebo.",
                         source="t.txt")
    found = {(f.subject.label, f.predicate, f.object_text) for e in load_extractors().values() for f in e.extract(doc)
             if hasattr(f, "predicate")}
    assert {("ORCA-2", "intervention", "Zorvimab"), ("Zorvimab", "developedBy", "Acme Pharma")} <= found
    assert any(p == "arm" and o == "Zorvimab" for s, p, o in found)


def test_statuses_asked_for_or_of_a_trial_are_not_the_drugs():
    found = facts("Acme Bio will discontinue dosing in the ALPHA study of XY-123. Acme later filed its application "
                  "for full approval of XY-123 with the FDA in May 2031.")
    assert not any(p == "statusValue" for s, p, o in found)
    found = facts("Acme Bio will discontinue dosing in ZETA OB2, its pivotal Phase 3 study of XY-123 in gout.")
    assert not any(p == "statusValue" for s, p, o in found)          # (the trial's name, then what it is)


def test_an_approval_told_twice_is_one_status_and_it_names_the_regulator():
    found = facts("The FDA approved XY-123 for gout. The FDA reviewed the data. "
                  "On May 2, 2031, it approved XY-123 for adults with gout.")
    values = [(s, p, o) for s, p, o in found if p in ("statusValue", "statusDate", "statusBy")]
    assert sorted(p for s, p, o in values) == ["statusBy", "statusDate", "statusValue"]


def test_a_capitalised_stem_word_alone_is_a_brand_not_a_new_drug():
    assert "Zetamab" not in named("Zetamab was launched in 2031. Acmetrelvir was tested; acmetrelvir worked.")


def test_small_molecule_stems_give_the_modality():
    assert named("Adults took acmetrelvir or zetatinib.") == {"Acmetrelvir": "small molecule", "Zetatinib": "small molecule"}


def test_target_verb_cue_finds_what_its_pattern_finds():
    from kg.extractors.therapy_rules import ANY_TARGET_VERB, TARGET_VERB_CUE, TARGET_VERB_STEMS

    forms = ["blocks", "Inhibited", "TARGETING", "binds to", "antagonises", "recognizing", "neutralises", "silencing",
             "degrades", "activating", "stimulates", "lowers the amount of", "reduces the levels of",
             "cuts the expression of", "decreased the synthesis of", "modulates splicing of", "corrects the splicing of"]
    for form in forms:
        for text in (f"XY-123 {form} the ZW receptor.", f"It {form}  AB12", f"{form}"):
            assert bool(TARGET_VERB_CUE.search(text)) == bool(ANY_TARGET_VERB.search(text)), text
        assert ANY_TARGET_VERB.search(f"XY-123 {form} the ZW receptor.")
    assert "block" in TARGET_VERB_STEMS and TARGET_VERB_CUE.search("Patients were randomised to placebo.") is None


@settings(max_examples=300, derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(st.from_regex(ANY_TARGET_VERB.regex, fullmatch=True))
def test_target_verb_cue_lets_through_every_match(text):
    # its stems are written by hand: a verb added to TARGET_VERB without its stem would fail here
    assert TARGET_VERB_CUE.search(text) is not None


def test_a_product_name_set_after_the_word_for_it_is_a_therapy():
    assert "Zetaxa" in named("The approval rests on a late-stage trial where the diabetes drug, Zetaxa, achieved a "
                             "significant reduction in deaths.")
    assert "Zetapre" in named("Acme reported results for its lead candidate Zetapre (an omega-3 oil) in adults.")
    assert "Zetaxa" in named("The medicine Zetaxa is taken once a day.")
    assert "Zetavax" in named("The Acme vaccine Zetavax against zeta virus protected adults in the trial.")
    assert "Zetaxa" in named("Acme's drug Zetaxa for zeta pain met its primary endpoint.")


def test_a_companys_own_product_named_before_its_class_noun_is_a_therapy():
    assert "ZetaVax-JE" in named("Acme has completed a second trial of its ZetaVax-JE vaccine in adults.")
    assert "Zetacel" in named("Acme's Zetacel product candidate reduced pain in the trial.")
    assert "ZBV-ISS" in named("Recipients of Acme's ZBV-ISS vaccine were protected sooner than those given placebo.")
    # a name the lexicon knows (a disease) before the noun is what the vaccine is against, not the product
    assert not {"COVID-19", "Ebola"} & set(named("Acme said its COVID-19 vaccine and its Ebola vaccine were effective."))


def test_a_brand_before_the_lexicons_name_in_brackets_is_not_a_second_therapy():
    found = named("The gene therapy Zetavys (ticagrelor) was given once.")
    assert "Zetavys" not in found and "Ticagrelor" in found
    # but a combination in the brackets is the product's make-up: the product is the therapy
    assert "ZetaXT" in named("Acme reported results for its lead therapy, ZetaXT (ticagrelor-aspirin), in adults. "
                             "ZetaXT was well tolerated.")


def test_a_capitalised_word_after_treatment_that_opens_a_clause_is_no_name():
    assert "Patients" not in named("They stopped treatment. Patients then rested.")
    assert not {"However", "Doctors"} & set(named("After the treatment, However, doctors waited; the drug Doctors gave was old."))


def test_a_measure_shaped_like_a_code_is_no_therapy():
    found = named("In the trial, 58% on XY-123 achieved a ZRS-50 response and the HAMD-17 score fell.")
    assert "XY-123" in found and not {"ZRS-50", "HAMD-17"} & set(found)


def test_a_drug_word_inside_an_enzyme_name_and_a_group_trial_code_are_no_therapies():
    found = named("Patients had received EGFR tyrosine kinase inhibitors before XY-123 in the ECOG9911 trial.")
    assert "XY-123" in found and not {"Tyrosine", "ECOG9911"} & set(found)


def test_stone_clearance_is_no_approval():
    found = facts("In the trial (NCT01234567), XY-123 did not speed stone clearance in 4 weeks for patients with "
                  "ureteric colic.")
    assert not any(p == "approvedFor" for _, p, _ in found)
    found = facts("XY-123 received FDA clearance for adults with psoriasis.")
    assert ("XY-123", "approvedFor", "psoriasis") in found


def test_a_substance_measured_is_no_therapy():
    found = named("In the trial (NCT01234567) of XY-123, the levels of creatinine rose and end tidal carbon dioxide was "
                  "kept between 35 and 40 mmHg.")
    assert "XY-123" in found and not {"Creatinine", "Carbon dioxide"} & set(found)


@pytest.mark.parametrize("cells", ["interferon-γ secreting T cells", "interferon gamma-expressing cells"])
def test_a_substance_cells_secrete_or_express_is_no_therapy(cells):
    found = named(f"In the trial (NCT01234567) of XY-123, immune responses at day 20 were counted as {cells} by ELISpot.")
    assert "XY-123" in found and not {"Interferon gamma", "Interferon Gamma", "Insulin"} & set(found), found


def test_a_substance_in_a_mechanism_phrase_is_no_therapy():
    found = named("Adults took XY-123, an oral selective uric acid reabsorption inhibitor that works by inhibiting the "
                  "synthesis of cholesterol and blocks tyrosine kinase signalling.")
    assert "XY-123" in found and not {"Uric acid", "Cholesterol", "Tyrosine"} & set(found)


def test_a_drug_a_trial_was_designed_to_assess_is_a_therapy():
    assert "Methotrexate" in named("This trial was designed to assess methotrexate in adults with psoriasis. "
                                 "Treatment consisted of methotrexate, 15 mg, once a week.")


def test_a_trial_of_no_drug_takes_the_treatment_its_title_opens_on():
    def therapies(text):
        ctx = build_context(parse_document(text, source="t.txt"))
        return {t.entity.label for t in therapy_index(ctx).named.values()}
    assert therapies("Hydrotherapy in gout: an open-label randomized trial\n\nAdults (n=80) were randomized. After 10 "
                     "weeks of hydrotherapy, attacks fell.") == {"hydrotherapy"}
    # a title on a topic the body never gives anyone names no treatment; one on a trial's aim names what the aim
    # studied, not its first word
    assert therapies("Message framing for health: a randomized trial\n\nFraming changed views in 300 adults.") == set()
    assert therapies("Efficacy of exercise in gout: a randomized trial\n\nAdults (n=80) were randomized to exercise.") == {
        "exercise"}


def test_a_trial_of_no_drug_takes_the_treatment_it_allocated_patients_to_against_a_control():
    def therapies(text):
        ctx = build_context(parse_document("Trial news\n\n" + text, source="t.txt"))
        return {t.entity.label for t in therapy_index(ctx).named.values()}
    assert therapies("In this randomized trial, 300 adults were randomly assigned to receive either adjuvant zeta "
                     "radiotherapy immediately after surgery (n = 151) or no adjuvant zeta radiotherapy (n = 149).") == {
        "adjuvant zeta radiotherapy"}
    assert therapies("In two randomized trials, patients were randomized into one of two treatment groups: topical "
                     "zeta treatment or placebo.") == {"topical zeta treatment"}
    # two variants of one kind of product: both are treatments
    assert therapies("In this randomized trial, 61 patients were allocated to the lightweight zeta mesh (LW group, n = 31) "
                     "or heavyweight zeta mesh group (HW group, n = 30).") == {"lightweight zeta mesh", "heavyweight zeta mesh"}
    # a drug named for a test counts as no treatment given
    assert therapies("In a randomized trial, adults were randomized to zeta splinting or usual care. Cure needed a "
                     "negative potassium hydroxide (KOH) test.") == {"zeta splinting"}
    # what the study drug is called in words, two treatments neither a control nor of one kind, or a trial that names
    # its drug: no reading from the allocation
    assert therapies("In a randomized trial, adults were randomized to active treatment or placebo.") == set()
    assert therapies("In a randomized trial, adults were randomized to zeta splinting or beta surgery.") == set()
    assert therapies("In a randomized trial, adults were randomized to XY-123 or no zeta splinting.") == {"XY-123"}
    # counts before each allocation, and a placebo described
    assert therapies("In a randomized trial we randomly assigned 120 Z. zetae carriers to receive zeta triple therapy "
                     "for 10 days and 118 others to receive matching placebos.") == {"zeta triple therapy"}
    assert therapies("In a randomized trial, adults were randomised to once daily placebo (n=48) or a zeta combination pill "
                     "(n=50).") == {"zeta combination pill"}
    # the control that denies it ("no adjuvant zeta radiotherapy") does not name it
    ctx = build_context(parse_document("Trial news\n\nIn a randomized trial, adults were randomly assigned to adjuvant "
                                       "zeta radiotherapy (n = 51) or no adjuvant zeta radiotherapy (n = 49).", source="t.txt"))
    assert [m.start for ms in ctx.mentions for m in ms if m.kind == "therapy"] == [ctx.doc.text.index("adjuvant")]


def test_a_treatment_allocated_against_nothing_is_the_trials_though_the_document_names_drugs():
    ctx = build_context(parse_document("Trial news\n\nIn this randomized phase 3 trial, adults already on "
                                       "metformin were randomly assigned to standard zeta therapy versus none.",
                                       source="t.txt"))
    assert ctx.main_therapy == "standard zeta therapy"
    # an allocation that names a drug, or one against a placebo, leaves the named drugs as they were
    ctx = build_context(parse_document("Trial news\n\nIn this randomized phase 3 trial, adults already on "
                                       "metformin were randomly assigned to XY-123 versus none.", source="t.txt"))
    assert not any(m.source == "allocation" for ms in ctx.mentions for m in ms)
    ctx = build_context(parse_document("Trial news\n\nIn this randomized phase 3 trial, adults already on "
                                       "metformin were randomly assigned to zeta therapy or placebo.", source="t.txt"))
    assert ctx.main_therapy == "Metformin"


def test_two_variants_of_one_treatment_written_with_one_head_are_the_trials_though_the_document_names_drugs():
    text = ("Trial news\n\nIn this randomized trial, 90 adults were randomly assigned to robotic (n = 46) or open "
            "(n = 44) zeta repair. Tissue metformin levels and the use of morphine were recorded.")
    ctx = build_context(parse_document(text, source="t.txt"))
    assert ctx.main_therapy == "robotic zeta repair"
    assert {"robotic zeta repair", "open zeta repair"} <= {t.entity.label for t in therapy_index(ctx).named.values()}
    found = {(f.predicate, f.object_text) for f in load_extractors()["trial_design"].extract(parse_document(text, "t.txt"))}
    assert ("intervention", "robotic zeta repair") in found and ("comparator", "open zeta repair") in found
    text = "Trial news\n\nIn this randomized trial, 90 adults were randomized for early or delayed zeta repair."
    assert build_context(parse_document(text, source="t.txt")).main_therapy == "early zeta repair"
    # a word that qualifies nothing, or a control, shares no head
    text = "Trial news\n\nIn this randomized trial, 90 adults were randomized to yoga or zeta exercises."
    assert build_context(parse_document(text, source="t.txt")).main_therapy != "yoga zeta exercises"


def test_a_product_named_in_capitals_that_a_trial_studies_or_allocates_beside_a_control_is_a_therapy():
    found = named("Acme reported results of a phase 3 trial of ZETAGEL for the treatment of knee pain. Adults got a "
                  "single injection of ZETAGEL (n=121), BETAVISC (n=119) or saline (n=60).")
    assert {"ZETAGEL", "BETAVISC"} <= set(found)
    assert not {"EUROPE", "ASIA"} & set(named("Adults in EUROPE (n=121) and ASIA (n=119) got XY-123 in a trial."))


def test_two_defined_treatments_allocated_one_against_the_other_are_the_trials_though_drugs_are_named():
    ctx = build_context(parse_document("Trial news\n\nTo compare continuous subcutaneous zeta infusion (CSZI) and "
                                       "multiple daily zeta injection (MDZI) in adults, 100 adults were randomized to "
                                       "CSZI (with XY-123) or MDZI (with XY-123 and AB-7) in a randomized trial.",
                                       source="t.txt"))
    assert ctx.main_therapy == "continuous subcutaneous zeta infusion"
    assert "multiple daily zeta injection" in ctx.therapies


def test_a_code_the_text_calls_a_drugs_other_name_is_no_therapy_of_its_own():
    found = facts("In a phase 3 trial, adults got zetavir or placebo. Zetavir, code-named ZX-104455, works by "
                  "blocking the zeta protease.")
    assert ("Zetavir", "target", "zeta protease") in found and not any(s == "ZX-104455" for s, _, _ in found)


def test_products_named_by_their_form_or_their_system_are_therapies():
    assert "Z-401" in named("Acme said Z-401, its zeta vaccine candidate, fell short in a phase 3 trial.")
    assert "ZetaFlow System" in named("Acme began a pivotal trial of its ZetaFlow System in 20 adults.")
    assert "zeta varnishes" in named("In a trial, zeta varnishes (ZV) were applied twice a year to 80 children.")
    # a health system or the body's own system is none
    assert not {"VA Health System", "Central Nervous System"} & set(named(
        "The trial enrolled adults treated in the VA Health System with diseases of the Central Nervous System."))


def test_a_biosimilar_is_named_by_the_code_the_text_gives_it_not_by_its_reference_drug():
    ctx = build_context(parse_document("Trial news\n\nThis phase III study compares biosimilar docetaxel (ZB1234) with "
                                       "the reference docetaxel in 200 adults. Biosimilar docetaxel was well tolerated.",
                                       source="t.txt"))
    assert ctx.main_therapy == "ZB1234"
    assert [m.label for ms in ctx.mentions for m in ms if m.kind in ("drug", "therapy")] == [
        "ZB1234", "ZB1234", "Docetaxel", "ZB1234"]
    # a code in brackets after a drug that is no biosimilar is that drug's other name
    ctx = build_context(parse_document("Trial news\n\nThis phase III study compares docetaxel (ZB1234) with placebo "
                                       "in 200 adults.", source="t.txt"))
    assert ctx.main_therapy == "Docetaxel"


def test_a_brand_before_the_drugs_it_is_made_of_is_a_therapy():
    assert "Zetavyr" in named("The trial compared XY-123 with once-daily oral Zetavyr (aspirin 75 mg and "
                              "clopidogrel 75 mg). Zetavyr was well tolerated.")


def test_a_drug_named_in_a_state_of_patients_or_microbes_is_no_therapy():
    found = named("Adults with methicillin-resistant infections received XY-123 after a carboplatin-free interval.")
    assert "Meticillin" not in found and "Carboplatin" not in found and "XY-123" in found


def test_a_harm_named_most_is_not_what_the_therapy_is_tested_for():
    found = facts("XY-123 was tested in a randomized trial. It eased gout. The most common side effects were migraine "
                  "and dizziness. Migraine was the most common adverse event. Death was rare.")
    assert not any(p == "investigatedFor" and o.lower() in ("migraine", "death") for _, p, o in found)


def test_a_genes_symbol_that_a_drug_shares_is_no_therapy_unless_given():
    assert "PIK3CA" not in named("The primary end point was PFS among patients with PIK3CA-altered tumours.")
    assert "Binetrakin" not in named("XY-123 blocks the cytokine IL-4 in the skin.")   # a drug listed under the symbol


def test_a_chemical_given_with_a_strength_or_a_dosage_form_is_a_drug():
    from kg.documents import parse_document
    from kg.extractors.context import build_context
    doc = parse_document("Headline\n\nAdults used a 0.12% chlorhexidine digluconate mouthrinse or a placebo rinse.", "x.txt")
    kinds = {m.text: m.kind for m in build_context(doc).mentions[1]}
    assert kinds.get("chlorhexidine digluconate") == "drug"


def test_a_chemical_given_with_a_daily_dose_in_one_sentence_is_a_drug_in_every_sentence():
    from kg.documents import parse_document
    from kg.extractors.context import build_context
    doc = parse_document("Use of amixetrine in mild zeta disease\n\nAdults received 250 μg/day of amixetrine or a "
                         "placebo. Amixetrine was well tolerated.", "x.txt")
    mentions = build_context(doc).mentions
    kinds = [m.kind for ms in mentions for m in ms if m.text.lower() == "amixetrine"]
    assert kinds == ["drug", "drug", "drug"]


def test_allergen_immunotherapy_named_by_its_route_is_a_therapy():
    found = named("We treated zeta pollen allergy with oral immunotherapy (OIT) in a phase 2 randomized trial. "
                  "Sublingual immunotherapy was not tested.")
    assert "oral immunotherapy" in found and "Sublingual immunotherapy" in found


def test_a_count_of_concentrations_given_is_no_measured_analyte():
    found = named("Doses of 0.002%, 0.02% or 0.05% XYZ 204817 were given once daily. Timolol and all 3 concentrations "
                  "of XYZ 204817 lowered zeta pressure from baseline.")
    assert "XYZ 204817" in found
    assert "Zetamab" not in named("Plasma concentrations of Zetamab were measured; patients took aspirin.")


@pytest.mark.parametrize("given", ["timolol, 0.02%, eye drops", "timolol eye drops", "timolol cream"])
def test_a_strength_or_a_dosage_form_after_it_gives_a_drug_later_named_as_measured(given):
    found = named(f"In the trial, {given} were used nightly. Stronger concentrations of timolol may work better.")
    assert "timolol" in {n.lower() for n in found}


def test_a_code_in_letters_the_text_calls_the_companys_product_is_a_therapy():
    assert "tgZZV-CF" in named("Acme announced findings from a Phase I/II trial of tgZZV-CF, the company's proprietary "
                               "gene therapy product for the treatment of zeta fever.")
    assert not {"Boston"} & set(named("Boston, the company's home, hosted a trial of the product."))


def test_a_substance_a_drug_class_binds_is_no_therapy():
    found = named("In a trial (NCT01234567) patients were given magnesium binders or cholestyramine as a bile acid "
                  "sequestrant, and iron chelation therapy continued.")
    assert "Cholestyramine" in found and not {"Magnesium", "Iron"} & set(found)


def test_a_substance_sampled_is_measured_even_after_a_giving_verb():
    assert "Magnesium" not in named("The ideal magnesium target is unknown. In a trial (NCT01234567), adults were "
                                    "randomised to two distinct serum magnesium concentrations for 12 months.")
    assert "Magnesium" in named("In a trial (NCT01234567), adults were randomised to oral magnesium or placebo.")


def test_a_vaccine_named_only_by_its_pathogen_is_the_therapy_of_a_trial_that_names_no_drug():
    def therapies(text):
        ctx = build_context(parse_document("Vaccine news\n\n" + text, source="t.txt"))
        return {t.entity.label for t in therapy_index(ctx).named.values()}
    assert therapies("Acme announced results of the Phase 2 study of its ZZV-3 vaccine in 60 adults. The ZZV-3 "
                     "vaccine was well tolerated.") == {"ZZV-3 vaccine"}
    assert therapies("In a Phase 3 trial, the influenza vaccine was given to 400 adults.") == {"influenza vaccine"}
    # a product the text names, a platform, or two such vaccines: no reading from the vaccine's pathogen
    assert therapies("In a Phase 2 trial, the ZZV-3 vaccine XY-123 was given to 60 adults.") == {"XY-123"}
    assert therapies("In a Phase 2 trial, a DNA vaccine was given to 60 adults.") == set()
    assert therapies("In a Phase 2 trial, the ZZV-3 vaccine and the QRV-1 vaccine were given to 60 adults.") == set()
    # a short form the text defines, in mixed case, before "vaccine"
    assert therapies("Acme tested its recombinant zeta capsid (ZetCap) vaccine in a Phase 3 trial, where 900 adults got "
                     "ZetCap vaccine or placebo.") == {"ZetCap vaccine"}


def test_what_the_opening_sentences_compare_their_therapy_with_is_not_the_documents_therapy():
    text = ("Acme's ZV-101 Vaccine Works Faster Than QR-202 in Phase 2 Trial\n\nAcme said its vaccine did better "
            "compared to Beta's QR-202. Responses were reached sooner with it than with QR-202. Later, QR-202 caught "
            "up, and QR-202 was safe.")
    ctx = build_context(parse_document(text, source="t.txt"))
    assert ctx.main_therapy == "ZV-101"


def test_a_device_named_by_its_brand_before_its_kind_is_a_device_therapy():
    found = named("The ZETA trial (NCT01234567) tested the ZETAGUARD Closure device against long-term warfarin in adults "
                  "with zeta fibrillation.")
    assert found.get("ZETAGUARD Closure device") == "device"
    assert "ZetaFlow stent" in named("The ZETA trial (NCT01234567) tested its ZetaFlow stent in 300 adults.")
    # (a body's or a hospital's system, or an instrument measured with, is none)
    assert not named("The ZETA trial (NCT01234567) studied the IGF-1 system and the ZQR Hospital system; zeta length "
                     "was measured with the ZQR device.")
    assert not named("Zeta depth was read twice in 9 eyes with the ZQR device.")


def test_a_device_named_by_its_brand_and_what_it_does_opening_a_sentence_is_a_device_therapy():
    found = named("The Zetaline embolization device met the main goal of the single-arm ZETA trial in 90 adults. "
                  "In 2031, the Zetaline embolization device was tested in 40 more adults who received the Zetaline "
                  "investigational device.")
    assert found.get("Zetaline embolization device") == "device"
    assert "Zetaline investigational device" not in found


def test_what_a_device_is_compared_with_in_the_opening_is_not_the_documents_therapy():
    ctx = build_context(parse_document("Acme Reports Trial Data\n\nThe ZETA trial evaluated the ZETAGUARD Closure "
                                       "device versus long-term warfarin therapy. Warfarin was stopped in warfarin "
                                       "users.", source="t.txt"))
    assert ctx.main_therapy == "ZETAGUARD Closure device"


def test_a_product_the_text_defines_by_its_kind_is_a_therapy_under_its_long_form():
    found = named("In a trial (NCT01234567), a freeze-dried zeta tissue allograft (fZTA) was set against usual care in "
                  "64 adults, who were randomised to usual care alone or with fZTA every week.")
    assert "freeze-dried zeta tissue allograft" in found
    # (a short form of a measure or a method is none)
    assert not named("In a trial (NCT01234567), the zeta wound score (ZWS) and zeta imaging method (ZIM) were used.")


def test_a_product_the_text_defines_and_doses_by_its_short_form_is_a_therapy_under_its_long_form():
    found = named("This trial compared a zeta herbal Quorvan formula (QVF) with placebo in 40 women with zeta pain. "
                  "The treated group received QVF capsules 500 mg three times per day.")
    assert "Quorvan formula" in found
    # (not a short form dosed after the drug's own name: a process's, "zetamab ZHP 150 mg")
    assert "zeta high-yield process" not in named("This trial tested zetamab zeta high-yield process (ZHP) against "
                                                  "placebo; adults got zetamab ZHP 150 mg or placebo.")


def test_a_plants_extract_named_by_its_common_name_is_a_therapy_where_it_is_given():
    assert "zetaberry extract" in named("In a trial (NCT01234567), 72 adults were randomized to zetaberry extract "
                                        "2,400 mg/day (n=35) or diet advice (n=37).")
    # (a solvent's extract, or an extract only studied in the laboratory, is none)
    assert not named("In the trial (NCT01234567), adults were randomized; an ethanol extract, 3 mg, was tested.")
    assert not named("Zetaberry extract (1 mg/mL) inhibited the enzyme in cells.")


def test_a_substance_named_as_a_test_is_a_reagent_not_a_therapy_unless_given():
    found = named("A cure meant a clean zeta culture and a sodium hydroxide (NaOH) test that stayed negative.")
    assert not {label for label in found if "hydroxide" in label.lower()}, found
    assert "Fluorescein" not in named("In the trial (NCT01234567) of XY-123, a fluorescein stain scored the cornea.")


def test_a_substance_that_works_a_channel_is_no_therapy():
    found = named("XY-123 is a gene therapy that expresses the calcium-activated potassium channel; a trial "
                  "(NCT01234567) gave XY-123 by injection.")
    assert "XY-123" in found and "Calcium" not in found


def test_words_a_drug_vocabulary_shares_with_other_senses_name_no_therapy():
    found = named("The trial (NCT01234567) compared XY-123 with phosphate buffered saline to conserve resources. "
                  "XY-123 met its goal, lowering cholesterol by a fifth, and worked in RAS wild-type tumours. "
                  "Biopsy remains the gold standard. Acme Inc. (AMEX: ADP) ran it.")
    assert set(found) == {"XY-123"}


def test_a_short_synonym_given_by_name_or_written_out_stays_a_therapy():
    assert "Follitropin" in named("Women were stimulated with recombinant FSH (NCT01234567).")
    assert "Tranexamic acid" in named("The trial (NCT01234567) gave tranexamic acid (TXA); TXA was safe.")


def test_a_brand_with_a_wire_services_mark_before_its_drug_in_brackets_is_one_therapy():
    found = named("Acme reported results for Zetafex(R) (methotrexate) in a phase 2 trial (NCT01234567) in gout.")
    assert set(found) == {"Methotrexate"}


def test_a_step_of_a_virus_or_a_class_claim_before_inhibitor_is_no_target():
    found = {(s, o) for s, p, o in facts("In a phase 3 trial, 150 patients received zorbavirtide, an investigational "
                                         "first-in-class entry inhibitor, or XY-12, a zeta kinase inhibitor.")
             if p == "target"}
    assert found == {("XY-12", "zeta kinase")}


def targets(text):
    return {(s, o) for s, p, o in facts(text) if p == "target"}


def test_a_class_set_before_its_drug_between_commas_and_one_after_long_adjectives_name_targets():
    assert targets("In the phase 2 trial, 80 adults received a ZW-1 receptor antagonist, XY-123, or placebo.") == \
        {("XY-123", "ZW-1 receptor")}
    assert targets("The phase 3 trial tested XY-123, a highly potent and selective zeta kinase inhibitor.") == \
        {("XY-123", "zeta kinase")}
    # (not a list that names a class beside other drugs)
    assert not targets("Patients in the phase 3 trial took ZW inhibitors, metformin or insulin.")


def test_targets_without_both_or_mutant_each_of_a_slashed_pair_and_a_receptors_greek_letter():
    assert targets("The phase 2 trial tested XY-123, which inhibits both ZAP-2 and ZBR-3, in adults.") == \
        {("XY-123", "ZAP-2"), ("XY-123", "ZBR-3")}
    assert targets("The phase 3 trial tested XY-123, an inhibitor of mutant ZDH1/2 kinases, in adults.") == \
        {("XY-123", "ZDH1"), ("XY-123", "ZDH2")}
    assert targets("The phase 3 trial tested XY-123, an antibody targeting zeta receptor β (ZRβ), in adults.") == \
        {("XY-123", "zeta receptor β")}


def test_an_antibody_against_a_receptor_and_an_antagonist_named_by_its_adjective_target_the_receptor():
    assert targets("The phase 2 trial tested XY-123, which is an anti-ZL-36 receptor antibody, in adults.") == \
        {("XY-123", "ZL-36 receptor")}
    assert targets("The phase 3 trial tested XY-123, a nonselective zetarinic antagonist, in children.") == \
        {("XY-123", "zetarinic receptor")}


def test_a_class_set_between_dashes_after_its_drug_names_the_target():
    assert targets("Acme reported results from the phase 2b trial of XY-123 – a differentiated ZK7 potassium channel "
                   "modulator – in adults.") == {("XY-123", "ZK7 potassium channel")}


def test_a_class_named_as_what_a_candidate_is_gives_way_to_the_candidates_code():
    found = named("Acme said its typhoid vaccine candidate, XY-123, met its main goal in the phase 3 trial.")
    assert set(found) == {"XY-123"}


def mentioned(text):
    ctx = build_context(parse_document("Headline\n\n" + text, source="t.txt"))
    return {m.label for ms in ctx.mentions for m in ms if m.kind in ("drug", "therapy")}


def test_a_code_the_text_calls_a_trial_is_no_therapy_and_a_trials_drug_code_stays_one():
    assert mentioned("Acme today announced that ZEPHYR-311, the phase 3 pivotal trial evaluating docetaxel versus "
                     "placebo, met its primary endpoint. These results from ZEPHYR-311 suggest docetaxel may "
                     "help.") == {"Docetaxel"}
    assert "XY-123" in mentioned("Acme announced results of a Phase 2 trial of XY-123 in zeta pain. XY-123 was well "
                                 "tolerated.")


@pytest.mark.parametrize("text, substance", [
    ("Patients received XY-123, an oral corticotropin-releasing factor type 1 receptor antagonist.", "Corticorelin"),
    ("Zetagen is the first step of the renin-angiotensin-aldosterone system. XY-123 was given.", "Aldosterone"),
    ("XY-123 was studied in adults whose cholesterol is not adequately controlled.", "Cholesterol"),
])
def test_a_substance_named_as_a_receptor_a_hormone_system_or_a_level_kept_in_check_is_no_therapy(text, substance):
    assert substance not in named(text) and "XY-123" in named(text)


def test_the_plural_of_a_short_form_the_text_defines_names_what_it_defines():
    assert set(named("Adults with a major depressive episode (MDE) were enrolled. XY-123 improved symptoms in "
                     "patients with MDEs.")) == {"XY-123"}


def test_a_short_form_the_text_defines_means_its_definition_inside_a_joined_name_too():
    labels = set(named("Adults took zetavir with mycophenolate mofetil (MMF) for 3 weeks and were then randomized to "
                       "zetavir-MMF or acmevir-MMF."))
    assert "Zetavir-mycophenolate mofetil" in labels
    assert not any("fumarate" in label for label in labels)


def test_a_drug_newer_than_the_lexicon_named_on_a_stem_read_off_the_vocabulary_is_a_therapy():
    assert "Zetanicline" in named("In the phase 3 ZETA-2 trial (NCT01234567), adults who smoke were randomized to "
                                  "zetanicline or placebo for 12 weeks.")


def test_an_action_on_a_process_is_no_drug_class_but_one_on_a_named_target_is():
    from kg.extractors.base import load_extractors
    def names(text):
        doc = parse_document("Headline\n\n" + text, "t.txt")
        return {f.object_text for f in load_extractors()["therapies"].extract(doc) if getattr(f, "predicate", "") == "name"}
    assert "zeta-cell inhibition" not in names("It had no effect on zeta-cell inhibition by XY-123 in adults.")
    assert "PD-1 blockade" in names("Patients on PD-1 blockade were enrolled in the XY-123 trial.")
    assert "zeta-beta system inhibition" in names("Patients on zeta-beta system inhibition joined the XY-123 trial.")


def test_a_drug_its_mechanism_introduces_is_a_therapy_though_its_blood_levels_are_measured():
    from kg.extractors.base import load_extractors
    text = ("The zeta-protease inhibitor XY-123 was designed for this use. Volunteers took 10 to 40 mg a day. "
            "Serum levels of XY-123 were measured.")
    doc = parse_document("Headline\n\n" + text, "t.txt")
    assert "XY-123" in {f.object_text for f in load_extractors()["therapies"].extract(doc)
                        if getattr(f, "predicate", "") == "name"}



def test_a_short_code_before_car_t_cells_names_a_cell_therapy_but_an_antigens_name_does_not():
    assert named("Twenty adults with myeloma received ZQ47 CAR T cells in a phase 1 trial.") == {
        "ZQ47": "cell therapy"}
    assert "CD19" not in named("Twenty adults received CD19 CAR T cells in a phase 1 trial.")
    assert "ZQ24" in named("The ZQ24 vaccine was given to 40 adults in a phase 1 trial.")


def test_a_cell_types_name_used_for_an_antigen_is_no_cell_the_therapy_is_made_of():
    found = facts("Twenty adults received ZQ-47 CAR T cells targeting B-cell maturation antigen in a phase 1 trial "
                  "(NCT01234567).")
    assert {o for _, p, o in found if p == "cellType"} == {"T cell"}


def test_a_word_set_straight_against_placebo_or_a_headlines_study_of_is_a_therapy_but_an_ordinary_word_is_not():
    assert "Quenadrol" in named("Phase 3 Study of Quenadrol for the Treatment of Zeta Anxiety Disorder. The change was "
                                "8.2 for quenadrol and 8.9 for placebo. Quenadrol and placebo did not differ.")
    assert "Zetanil" in named("In 40 adults with zeta disease, effects of zetanil vs placebo were compared.")
    assert named("In 40 adults with zeta disease, the odds ratio versus placebo was 0.6 and the effect compared with "
                 "placebo was small; treatment versus placebo did not differ.") == {}


def test_a_trial_of_a_procedure_that_names_no_drug_has_it_for_therapy_but_a_drug_trial_keeps_its_drug():
    text = ("Zeta Nerve Stimulation for Chronic Zeta Pain: Eight Years of Experience. Thirty adults underwent bilateral "
            "zeta nerve stimulation and were followed for a median of 9 months.")
    assert list(named(text)) == ["zeta nerve stimulation"]
    assert ("zeta nerve stimulation", "modality", "device") in facts(text)
    text = ("Sixty adults were randomly assigned to either transcutaneous zeta nerve stimulation or sham stimulation "
            "(NCT01234567).")
    assert ("transcutaneous zeta nerve stimulation", "modality", "device") in facts(text)
    found = named("In this randomized trial (NCT01234567), adults who underwent zeta nerve stimulation were then "
                  "randomly assigned to XY-123 or placebo.")
    assert list(found) == ["XY-123"]


def test_a_named_therapy_of_a_trial_is_its_therapy_where_a_drug_is_only_the_unit_doses_are_counted_in():
    text = ("In this randomized trial (NCT01234567), 80 adults with zeta psychosis received routine care or also "
            "received adjunctive Zetakan therapy for 4 weeks. The drop in haloperidol-equivalent dosage did not "
            "differ between groups.")
    assert "Zetakan therapy" in named(text)


def test_a_lower_case_name_an_apposition_calls_an_inhibitor_is_a_therapy_but_a_generic_word_is_not():
    assert "zorvandrel" in {label.lower() for label in named(
        "Adults took zorvandrel, an oral zeta synthase inhibitor, twice a day.")}
    assert named("The compound, a potent zeta kinase inhibitor, was given to adults.") == {}
    assert named("Adults received zetadrostat or placebo.") == {"Zetadrostat": "small molecule"}


def test_a_brand_that_names_the_company_before_its_head_word_does_not_hide_the_drugs_approval():
    found = facts("Lipitor Pharmaceuticals said the FDA has now approved atorvastatin for adults with gout.")
    assert ("Atorvastatin", "approvedFor", "gout") in {(s, p, o.lower()) for s, p, o in found}


def test_a_brand_in_brackets_after_the_drugs_licensed_name_keeps_the_drug():
    found = named("The FDA has approved adalimumab-abcd (Humira) for adults with gout. Patients got adalimumab weekly.")
    assert "Adalimumab" in found


def test_two_drugs_written_as_one_word_are_one_combination_product():
    found = named("Adults received piperacillin-tazobactam or amlodipine for 10 days.")
    assert "piperacillin-tazobactam" in {label.lower() for label in found}
    assert not {"Piperacillin", "Tazobactam"} & set(found)
    assert {"Piperacillin", "Tazobactam"} <= set(named("Adults received piperacillin and tazobactam for 10 days."))


def test_an_approval_said_to_hold_in_a_country_is_an_approved_status_there_with_no_regulator_named():
    found = facts("The ZETA trial tested XY-123 in gout. XY-123 is approved in Japan for adults with gout.")
    assert {("approved", "statusValue", "approved"), ("approved", "region", "Japan")} <= found
    assert not any(p == "statusBy" for _, p, _ in found)
    assert not any(p == "region" for _, p, _ in facts("The ZETA trial tested XY-123 in gout in Japan."))


def test_a_drug_inside_the_words_a_trials_name_stands_for_is_no_therapy_of_its_own():
    assert "Ceftriaxone" not in named("The CARTA-2 (Ceftriaxone Added to Rescue Treatment in Adults) trial tested "
                                      "XY-123 against placebo.")
    assert "Ceftriaxone" in named("Adults got XY-123 (Ceftriaxone Added) as rescue treatment.")


def test_a_salt_after_a_drugs_name_and_a_protease_named_by_its_residue_are_no_therapies():
    assert named("Adults took losartan potassium daily.") == {"Losartan": "small molecule"}
    assert "Cysteine" not in named("XY-123 is a cysteine protease that cleaves IgG.")


def test_a_marked_name_takes_the_word_after_the_mark_that_the_text_writes_with_it_again():
    found = named("Acme's Zetaline™ XR met its goal in gout. Zetaline XR was well tolerated.")
    assert "Zetaline XR" in found and "Zetaline" not in found
    assert "Zetaline" in named("Acme's Zetaline™ XR met its goal in gout. Zetaline was well tolerated.")


def test_a_mark_after_a_brands_short_form_marks_the_brand_and_its_short_form():
    assert "Zetadisc LP" in named("Acme announced data for the Zetadisc LP(TM) Cervical Implant in 90 adults.")


def test_a_mixed_case_name_after_its_kind_in_a_trial_evaluating_it_is_a_therapy_and_a_studys_code_is_none():
    found = named("Acme reported data from its Phase 1/2 trial, ZETA-206, evaluating gene therapy ZetaGlo in adults with "
                  "zeta anemia. A later safety study, ZT-303, is ongoing.")
    assert "ZetaGlo" in found and "ZT-303" not in found


def test_a_metal_named_only_in_the_gold_standard_leaves_a_procedure_trial_its_procedures():
    found = named("Randomized trial of open and laparoscopic zetectomy in adults with zeta stones.\n\nInterventions: "
                  "Open zetectomy and laparoscopic zetectomy. Conclusions: Open zetectomy may lose its gold standard "
                  "role.")
    assert "laparoscopic zetectomy" in found and "Gold" not in found


def test_a_plain_word_in_capitals_named_as_the_trial_is_no_therapy():
    assert "Zinc" not in named("Acme presented the Phase 3 ZINC clinical trial of XY-123 in gout.")
    assert "Zinc" in named("Adults in the Phase 3 trial of XY-123 also took zinc.")


def test_a_drug_named_by_its_first_word_in_brackets_after_its_full_name_is_one_therapy():
    found = named("Dabigatran etexilate (dabigatran) is an anticoagulant. Adults received dabigatran or XY-123.")
    assert "Dabigatran etexilate" in found and "Dabigatran" not in found


def test_a_name_one_typing_slip_from_a_drug_the_text_names_is_that_drug():
    found = named("Adults were randomized to quetiapine or placebo. No differences were seen between quetiapien and "
                  "placebo treatment.")
    assert "Quetiapine" in found and "quetiapien" not in found


def test_a_route_before_a_class_word_is_no_part_of_the_target():
    found = facts("XY-123 is an investigational intranasal zeta channel blocker. The ZETA trial (NCT01234567) "
                  "tested XY-123.")
    assert ("XY-123", "target", "zeta channel") in found
    assert not any(p == "target" and "intranasal" in o for _, p, o in found)


def test_a_code_with_a_letter_prefix_before_letters_and_digits_is_one_name():
    found = named("ZQS-KT482 plus metformin was given to adults with gout in a randomized trial.")
    assert "ZQS-KT482" in found and "KT482" not in found


def test_a_new_drug_no_list_knows_is_named_by_a_dose_or_its_class():
    found = named("Adults with zeta anemia were randomized to zornorvat 50 mg or placebo in a phase 3 trial. Zornorvat, "
                  "an oral activator of zeta kinase, was well tolerated.")
    assert "Zornorvat" in found


def test_a_code_the_document_uses_as_a_drug_is_no_trials_name():
    doc = parse_document("Headline\n\nAcme said its Phase 2b study of XY-120 in zeta anxiety met its endpoint. An "
                         "investigator in the XY-120 study said so. XY-120 was administered as a single dose.", source="t.txt")
    ctx = build_context(doc)
    assert [t.name for t in ctx.trials] == [None]
    assert "XY-120" in named("Acme said its Phase 2b study of XY-120 in zeta anxiety met its endpoint. An investigator "
                             "in the XY-120 study said so. XY-120 was administered as a single dose.")



@pytest.mark.parametrize("said", ["an orally active", "an orally available", "a bioavailable"])
def test_how_a_drug_is_taken_up_is_no_part_of_its_target(said):
    from kg.extractors.base import load_extractors
    doc = parse_document(f"Headline\n\nZorvadustat is {said} zeta kinase inhibitor. Adults took zorvadustat 50 mg.", "t.txt")
    targets = {f.object_text for f in load_extractors()["therapies"].extract(doc) if getattr(f, "predicate", "") == "target"}
    assert targets == {"zeta kinase"}


@pytest.mark.parametrize("tissue", ["red blood cell", "hepatic", "platelet"])
def test_the_tissue_a_target_works_in_is_no_part_of_its_name(tissue):
    from kg.extractors.base import load_extractors
    doc = parse_document(f"Headline\n\nZorvapivat, an allosteric activator of {tissue} zeta kinase, was given as zorvapivat 5 mg.",
                         "t.txt")
    targets = {f.object_text for f in load_extractors()["therapies"].extract(doc) if getattr(f, "predicate", "") == "target"}
    assert targets == {"zeta kinase"}


def test_an_insulin_analogue_named_by_its_own_word_is_the_insulin():
    from kg.documents import parse_document
    from kg.extractors.context import build_context
    ctx = build_context(parse_document("Headline\n\nAdults took detemir at night or lispro with meals.", "t.txt"))
    assert {m.label for ms in ctx.mentions for m in ms if m.kind == "drug"} == {"Insulin detemir", "Insulin lispro"}


def test_a_drug_that_names_what_an_antibody_competes_with_or_binds_is_no_therapy():
    found = named("The ZV-3 vaccine induced sarilumab-competing antibodies and docetaxel-binding proteins in adults.")
    assert not {"Sarilumab", "Docetaxel"} & set(found)


def test_a_chelating_drug_before_chelation_therapy_is_given_but_a_metal_before_it_is_what_it_binds():
    assert "Edetic acid" in named("Patients in the active arm had EDTA chelation therapy each week; lead stores were "
                                  "measured by EDTA mobilization tests.")
    assert "Iron" not in named("Adults on iron chelation therapy with deferoxamine were enrolled.")


@pytest.mark.parametrize("text, substance", [
    ("XY-123, a new dihydropyridine calcium antagonist, was given to 40 adults.", "Calcium"),
    ("Adults with a history of vitamin K antagonist use were excluded; XY-123 was given daily.", "vitamin K"),
    ("XY-123, a guanosine analogue, was given twice daily.", "Guanosine"),
    ("XY-123, a new gonadotropin-releasing hormone antagonist, was given once.", "gonadotropin-releasing hormone"),
])
def test_a_substance_a_drug_class_is_called_after_is_no_therapy(text, substance):
    found = named(text)
    assert substance not in found and "XY-123" in found


def test_a_substance_named_plainly_elsewhere_stays_a_therapy_beside_its_class():
    assert "Calcium" in named("Calcium was given to all adults. XY-123, a calcium antagonist, was added in half.")


@pytest.mark.parametrize("text", [
    "Acme said the trial of its experimental cholesterol drug met its goal. The drug, XY-123, was given daily.",
    "XY-123, a new cholesterol-lowering medication, was given daily.",
])
def test_a_substance_that_names_what_a_drug_treats_is_no_therapy(text):
    found = named(text)
    assert "Cholesterol" not in found and "XY-123" in found


@pytest.mark.parametrize("text, word", [
    ("XY-123 was given daily (N Engl J Med. 2030 Nov 4;301(5):100-110).", "Nov 4"),
    ("CD4 counts rose to 500 cells·µL−1 with XY-123.", "L-1"),
])
def test_a_date_or_a_unit_shaped_like_a_drugs_name_is_no_therapy(text, word):
    found = facts("Adults were randomized to XY-123 or placebo. " + text)
    assert not any(word in (s, o) for s, _, o in found) and any(s == "XY-123" for s, _, _ in found)


def test_the_drugs_listed_after_a_concomitant_one_are_concomitant_too():
    found = facts("XY-123 was tested in a randomized trial (NCT01234567). Adults got XY-123 or no XY-123 concomitant "
                  "with three courses of cyclophosphamide (500 mg/m2) plus doxorubicin (50 mg/m2), then surgery.")
    assert {o for s, p, o in found if p == "drug"} == {"Cyclophosphamide", "Doxorubicin"}


def test_the_word_that_sets_a_treatment_apart_from_its_sham_is_no_therapy():
    found = facts("Ten adults with zeta disease were randomized to real or sham zeta stimulation.")
    assert "real" not in {s for s, p, o in found}


@pytest.mark.parametrize("text, expected", [
    ("In the ZETA trial, adults took XY-123, a predominantly ZQ-selectin antagonist.", ("XY-123", "ZQ-selectin")),
    ("XY-123, a ZFTR potentiator, raised zeta transport in a phase 2 trial.", ("XY-123", "ZFTR")),
    ("Acme reported results for the selective ZaV1.8 inhibitor, XY-123, in acute pain.", ("XY-123", "ZaV1.8")),
])
def test_a_target_past_an_adverb_of_a_potentiator_and_with_a_point_in_its_name(text, expected):
    assert expected in targets(text)


def test_a_trials_therapy_is_investigated_for_the_sign_its_people_have_where_they_have_no_disease():
    found = facts("XY-123 eases tinnitus in adults: a randomized trial. In the ZETA trial (NCT01234567), 80 adults with "
                  "tinnitus were randomized to XY-123 or placebo.")
    assert ("XY-123", "investigatedFor", "Tinnitus") in found


def test_a_substance_a_measures_name_ends_on_after_a_samples_word_is_measured_not_given():
    found = named("Plasma potassium fell by 0.4 mmol/L with XY-123 (p=0.01). Potassium and arrhythmias in hypertension.")
    assert "XY-123" in found and "Potassium" not in found


@pytest.mark.parametrize("text", [
    "XY-2001 is an inactivated SARS-CoV-2 vaccine given in two doses.",
    "Adults got XY-2001, an inactivated SARS-CoV-2 vaccine, or placebo.",
])
def test_a_vaccine_that_says_what_a_coded_product_is_is_no_therapy_of_its_own(text):
    assert set(named(text)) == {"XY-2001"}


def test_a_vaccine_named_apart_from_a_coded_product_stays_a_therapy():
    assert len(named("Adults got XY-2001 or an inactivated SARS-CoV-2 vaccine.")) == 2


def test_a_protein_named_by_its_variant_is_no_therapy():
    assert set(named("XY-770 corrects mutant alpha-1 antitrypsin.")) == {"XY-770"}
    assert set(named("XY-770 corrects alpha-1 antitrypsin.")) != {"XY-770"}      # (a protein given, without its variant)


def test_a_drug_named_only_for_the_harms_it_causes_is_no_therapy():
    assert set(named("XY-123 was stopped in two adults for epoprostenol-related harms.")) == {"XY-123"}
    assert "Atorvastatin" in named("XY-123 was stopped for atorvastatin-related pain; atorvastatin was also given.")


def test_the_head_word_of_a_headlines_description_before_a_code_is_no_name_of_the_product():
    found = facts("Acme Reports Phase 3 Results of Zeta Combination Therapy (XY-123) in Gout")
    assert not any(p == "alias" and o == "Therapy" for _, p, o in found)
    assert ("XY-123", "alias", "Zenvia") in facts("Patients received Zenvia (XY-123) or placebo in the trial.")


@pytest.mark.parametrize("said, brand", [
    ("Adults with knee pain got ZEPRA® Cream (topical diclofenac) 1% twice daily or a vehicle.", "ZEPRA"),
    ("Adults with knee pain got Zepravis Viscous Solution (diclofenac) or a vehicle.", "Zepravis"),
    # (a salt's name in the brackets names the drug: the corpus's chemical "diclofenac sodium" is the drug)
    ("Adults with knee pain got Zepravis (diclofenac sodium) or a vehicle.", "Zepravis"),
])
def test_a_brand_with_its_form_and_its_generic_with_its_route_in_brackets_is_one_therapy(said, brand):
    found = facts(said)
    assert ("Diclofenac", "alias", brand) in found
    assert not any(s == brand for s, _, _ in found)


def test_a_marked_name_of_two_words_spans_its_mark():
    ctx = build_context(parse_document("Headline\n\nZetane® Balance (ZB) was given. Zetane Balance was safe.", source="t.txt"))
    spans = [ctx.doc.text[m.start:m.end] for ms in ctx.mentions for m in ms if m.label == "Zetane Balance"]
    assert spans and all(span.replace("®", "") == "Zetane Balance" for span in spans)


def test_an_antigen_code_and_its_adjuvant_beside_vaccine_are_one_vaccine():
    # (squalene: an adjuvant the lexicon knows; ZQ7: an invented antigen's code)
    found = named("The ZQ7/Squalene zeta fever vaccine was given to 300 children. ZQ7/Squalene was well tolerated.")
    assert found.get("ZQ7/Squalene") == "vaccine" and "Squalene" not in found
    found = named("Children received vaccine candidate ZQ7/Squalene or a control vaccine.")
    assert "ZQ7/Squalene" in found
    # (nor a code and a drug joined by a slash with no vaccine beside them: a regimen of two)
    assert "Squalene" in named("Adults received ZQ7/Squalene in the phase 1 study.")


def test_a_procedures_plural_its_last_words_or_its_capitals_are_one_therapy_and_no_alias():
    text = ("In a randomized trial, adults were allocated to wear a cotton zeta face mask. Adults in the "
            "Cotton Zeta Face Mask group (n = 40) had fewer colds than controls. Those wearing zeta face masks had fewer colds.")
    assert list(named(text)) == ["cotton zeta face mask"]
    assert not any(p == "alias" for _, p, _ in facts(text))


def test_a_procedure_found_where_patients_got_it_is_the_therapy_wherever_the_text_writes_it():
    text = ("In a randomized trial, 120 adults were assigned (1:1) to zeta training or usual care. Adults given zeta "
            "training had fewer falls. Zeta training (ZT) was well liked.")
    ctx = build_context(parse_document("Headline\n\n" + text, source="t.txt"))
    found = [(m.text.lower(), m.label) for ms in ctx.mentions for m in ms if m.kind == "therapy"]
    assert found[:3] == [("zeta training", "zeta training")] * 3
    assert ("zeta training", "alias", "ZT") in facts(text)


def test_a_drug_a_count_of_people_was_treated_with_beside_the_counted_trial_drug_is_an_arm_not_concomitant():
    found = facts("In the ZETA trial (NCT01234567), 143 adults were treated with XY-123, and 146 were treated with "
                  "AB-712.")
    assert not any(p == "hasConcomitantMedication" for _, p, _ in found)
    # (a count of those on a drug beside the trial's is one)
    found = facts("In the ZETA trial (NCT01234567), adults were randomized to XY-123 or placebo, and 146 were treated "
                  "with AB-712.")
    assert ("AB-712", "role", "concomitant") in found


def test_people_counted_with_their_share_taking_a_drug_beside_the_trials_are_its_concomitant_users():
    found = facts("In the trial (NCT01234567), XY-123 or placebo was given. At baseline, 120 (40%) patients were also "
                  "taking hydroxyurea.")
    assert {("NCT01234567", "hasConcomitantMedication", "Hydroxyurea"), ("Hydroxyurea", "participants", "120")} <= found


def test_a_status_is_dated_by_the_date_nearest_its_word_and_never_by_a_code_names_digits():
    found = facts("Acme Bio bought XY-123 in 2004 from Beta Labs, but stopped development of it in 2011.")
    assert ("discontinued", "statusDate", "2011") in found and ("discontinued", "statusDate", "2004") not in found
    found = facts("In March 2021, Acme Bio chose to discontinue its development of ZB2019 in gout.")
    assert ("discontinued", "statusDate", "2021-03") in found and ("discontinued", "statusDate", "2019") not in found


def test_a_substance_whose_short_form_a_mechanism_follows_is_a_target_not_a_therapy():
    found = facts("In the ZETA trial (NCT01234567), hydroxyurea, an interleukin-2 (IL-2) inhibitor, was compared "
                  "with placebo.")
    assert not any("interleukin" in s.lower() for s, p, _ in found if p == "name")



@pytest.mark.parametrize("text, main, describing", [
    ("A potassium-competitive acid blocker, tegoprazan, was set against esomeprazole in 120 adults randomized to "
     "either.", "Tegoprazan", "potassium"),
    ("Adults with oxaliplatin-resistant colon cancer were randomized to irinotecan or topotecan.", "Irinotecan", "oxaliplatin"),
    ("Leflunomide-naive adults were randomized to linagliptin or placebo.", "Linagliptin", "Leflunomide"),
])
def test_a_substance_that_opens_a_word_describing_a_class_or_patients_is_no_drug_given(text, main, describing):
    ctx = build_context(parse_document("Trial news\n\n" + text, source="t.txt"))
    assert ctx.main_therapy == main
    found = [m for ms in ctx.mentions for m in ms if m.text == describing]
    assert found and all(m.kind == "chemical" for m in found)     # (still a substance, as corpora mark it)


def test_what_a_sentence_says_a_drug_is_beats_the_lexicons_kind_and_opens_no_target():
    assert named("In the phase 2 trial, adults received dapsone. Dapsone is a macrocyclic peptide taken once a day.") \
        == {"Dapsone": "peptide"}
    assert targets("In the phase 2 trial, adults received XY-123 or placebo. XY-123 is a macrocyclic peptide zeta "
                   "factor 7 inhibitor.") == {("XY-123", "zeta factor 7")}


@pytest.mark.parametrize("text, target", [
    ("In the phase 2 trial, adults received otelixizumab (anti-CD3) or placebo.", ("Otelixizumab", "CD3")),
    ("Adults received cemiplimab (Anti-PD-1) plus chemotherapy or chemotherapy alone.", ("Cemiplimab", "PD-1")),
])
def test_an_anti_target_in_brackets_after_a_drug_is_its_target_not_another_drug(text, target):
    assert set(named(text)) == {target[0]} and target in targets(text)


def test_a_trials_name_in_brackets_after_a_drug_is_no_alias_of_it():
    found = facts("Acme reported three Phase 3 ZETA trials of XY-123. In the trials, XY-123 was superior to "
                  "tolbutamide (ZETA-1), acarbose (ZETA-3) and nateglinide (ZETA-5).")
    assert not [f for f in found if f[1] == "alias"]


def test_a_brand_the_document_writes_as_a_company_is_the_company_in_every_sentence():
    from kg.extractors.document_names import brands_named_as_companies
    from kg.model import Mention
    from kg.text.layout import content_lines
    from kg.text.sentences import split_sentences
    text = "Zetavo International Sarl announced data.\n\nSource: Zetavo"
    sentences = split_sentences(text, content_lines(text))
    named = [[Mention("Zetavo", s.start + s.text.index("Zetavo"), s.start + s.text.index("Zetavo") + 6, "drug",
                      "Zetamine", (), "lexicon", "small molecule,brand")] for s in sentences]
    assert brands_named_as_companies(sentences, named) == {"Zetavo"}
    # (a brand no sentence writes as a company stays a drug's brand)
    text = "Zetavo lowered zeta levels.\n\nZetavo was safe."
    sentences = split_sentences(text, content_lines(text))
    named = [[Mention("Zetavo", s.start, s.start + 6, "drug", "Zetamine", (), "lexicon", "brand")] for s in sentences]
    assert brands_named_as_companies(sentences, named) == frozenset()


@pytest.mark.parametrize("text", ["Acme (via its acquisition of Zetavo) reported data.",
                                  "Acme, which bought Zetavo in 2019, reported data.",
                                  "Acme completed its merger with Zetavo."])
def test_a_brand_the_document_says_was_bought_is_the_company(text):
    from kg.extractors.document_names import brands_named_as_companies
    from kg.model import Mention
    from kg.text.layout import content_lines
    from kg.text.sentences import split_sentences
    sentences = split_sentences(text, content_lines(text))
    at = text.index("Zetavo")
    named = [[Mention("Zetavo", at, at + 6, "drug", "Zetamine", (), "lexicon", "brand")]]
    assert brands_named_as_companies(sentences, named) == {"Zetavo"}


def test_a_gas_whose_saturation_is_measured_names_no_treatment():
    from kg.extractors.context import names_treatment
    ctx = build_context(parse_document("Night hours with oxygen saturation under 88% fell.", "t.txt"))
    assert [m.label for ms in ctx.mentions for m in ms if m.kind == "drug"] == ["Oxygen"]   # (the lexicon's gas)
    assert not names_treatment(ctx.sentences, ctx.mentions)


def test_a_mark_after_a_products_kind_word_marks_the_whole_name():
    found = named("In a randomized study, adults with depression were treated with Zetastar ZMS Therapy® weekly.")
    assert "Zetastar ZMS Therapy" in found and "Therapy" not in found


def test_a_recombinant_enzymes_drug_name_in_brackets_after_its_gene_name_is_a_therapy():
    assert "Galsulfase" in named("Adults with zeta disease received recombinant human arylsulfatase B (galsulfase) "
                                 "or placebo weekly in a randomized trial.")


def test_a_drug_named_by_its_dose_levels_is_given_not_measured():
    assert "Istradefylline" in named("The study compares two dose levels of istradefylline with a placebo group. "
                                     "Istradefylline is being evaluated in zeta disease.")


def test_a_slip_in_a_drugs_name_that_no_pattern_reads_is_still_that_drug():
    found = facts("To test empagliflozin, the authors enrolled 4,000 adults with zeta disease. Half took "
                  "empaglifozin and half a matching placebo, alongside usual care.")
    assert not any(p == "alias" for _, p, _ in found)
    ctx = build_context(parse_document("Headline\n\nTo test empagliflozin, the authors enrolled 4,000 adults. Half "
                                       "took empaglifozin and half a matching placebo.", "t.txt"))
    assert [m.label for m in ctx.mentions[2] if m.kind == "drug"] == ["Empagliflozin"]


@pytest.mark.parametrize("said", [
    "In June 2031, an FDA advisory committee voted 9-4 to recommend approval of XY-123 for gout.",
    "The FDA's advisers endorsed approval of XY-123 in gout in June 2031.",
])
def test_an_approval_an_advisory_body_recommends_is_no_approval(said):
    assert not any(p == "statusValue" for _, p, _ in facts(said)), said


def test_an_approval_granted_after_an_advisory_vote_is_one():
    said = "An FDA advisory committee voted to recommend it, and in August 2031 the FDA approved XY-123 for gout."
    assert ("approved", "statusValue", "approved") in facts(said)


@pytest.mark.parametrize("text", [
    "Acme reported the ZETA trial of zetasiran, an investigational ZetaX™ RNAi candidate, in zeta disease.",
    "Acme makes zetasiran with its ZetaX® delivery platform; the ZETA trial tested it in zeta disease.",
])
def test_a_marked_platform_or_a_descriptor_of_the_product_named_before_it_is_no_product(text):
    from kg.extractors.document_names import code_names

    assert [name for name, _ in code_names([text])[0]] == []


def test_a_marked_product_with_its_kind_after_it_is_still_a_product():
    from kg.extractors.document_names import code_names

    assert [name for name, _ in code_names(["The ZETA trial of Zetavo® gene therapy enrolled adults."])[0]] == ["Zetavo"]
