"""A trial's conditions: the diseases its text says it studies, on sentences written for the tests."""

import pytest

from kg.documents import parse_document
from kg.extractors import load_extractors
from kg.extractors.mentions import MentionExtractor


def conditions(text):
    doc = parse_document("Headline\n\n" + text, source="t.txt")
    return {f.object_text for f in load_extractors()["trial_design"].extract(doc) if f.predicate == "condition"}


def test_a_disease_named_by_its_eponyms_possessive_alone_is_the_condition():
    found = conditions("The phase 3 ZETA study tested whether XY-123 could slow the course of Parkinson’s. In all, "
                       "190 adults with Parkinson’s took part, Parkinson’s UK said.")
    assert found and all("arkinson" in c for c in found)


def test_diseases_that_keep_people_out_are_not_conditions():
    found = conditions("The ALPHA trial (NCT01234567) enrolled 300 adults with gout. People with psoriasis could not join, "
                       "and patients with asthma were excluded.")
    assert found == {"gout"}


def test_a_disease_treated_before_entry_is_not_a_condition():
    found = conditions("The trial (NCT01234567) enrolled adults with gout who had not received prior systemic therapy "
                       "for psoriasis.")
    assert found == {"gout"}


def test_a_population_named_after_an_outcome_word_is_the_condition():
    found = conditions("In the trial (NCT01234567), XY-123 cut the risk of major adverse events in adults with gout.")
    assert found == {"gout"}


def test_a_trial_evaluating_a_drug_in_a_disease_studies_it():
    found = conditions("A second Phase 3 study, BETA (NCT07654321), is evaluating XY-123 in psoriasis.")
    assert found == {"psoriasis"}


def test_a_result_of_the_main_therapy_names_the_trials_population():
    found = conditions("The ALPHA trial (NCT01234567) of XY-123 enrolled 300 people with psoriasis. "
                       "XY-123 reduced the risk of flares in adults with gout or psoriasis.")
    assert found == {"gout", "psoriasis"}


def test_an_approval_sentence_names_no_trial_population():
    found = conditions("XY-123 was approved for adults with asthma and reduced flares. "
                       "The ALPHA trial (NCT01234567) enrolled 300 people with psoriasis.")
    assert found == {"psoriasis"}


def test_a_new_name_given_with_the_old_one_the_lexicon_knows_is_that_disease():
    from kg.documents import parse_document
    from kg.extractors.context import build_context
    ctx = build_context(parse_document("H\n\nAdults with ZNDX (formerly multiple sclerosis) were enrolled. ZNDX progressed slowly.", "t.txt"))
    assert {m.label for ms in ctx.mentions for m in ms if m.text == "ZNDX"} == {"multiple sclerosis"}


def test_a_harm_named_as_the_most_common_side_effect_is_no_condition():
    found = conditions("The ALPHA trial (NCT01234567) of XY-123 met its goals. Gastroenteritis was the most frequent side "
                       "effect. Gout flares fell.")
    assert "gastroenteritis" not in {c.lower() for c in found}


def test_a_family_of_diseases_beside_a_named_one_is_no_condition():
    found = conditions("The ALPHA trial (NCT01234567) enrolled 300 adults with gout, an autoimmune disease, and "
                       "patients with an inflammatory disease.")
    assert found == {"gout"}


def test_a_companys_field_in_its_description_is_not_the_documents_disease():
    from kg.extractors.context import build_context
    from kg.extractors.trial_design import top_condition
    ctx = build_context(parse_document("News\n\nAcme Bio, a company focused on neurological diseases, says its "
                                       "XY-123 did well against migraine in a Phase 2 trial.",
                                       source="t.txt"))
    assert top_condition(ctx)[1].label == "migraine"


def test_the_therapys_indication_without_a_population_is_the_trials_condition_not_a_harm_or_a_risk():
    doc = parse_document("News\n\nA 10 mmHg fall in blood pressure is linked to a lower risk of myocardial infarction "
                         "and of myocardial infarction death. XY-123 lowered blood pressure in hypertension in the ZETA "
                         "trial (NCT01234567). The most common adverse events were headache and somnolence.", source="t.txt")
    from kg.extractors import load_extractors
    found = {(f.subject.label, f.predicate, f.object_text) for f in load_extractors()["therapies"].extract(doc)}
    indications = {o for s, p, o in found if p == "investigatedFor"}
    assert "myocardial infarction" not in indications and "Somnolence" not in indications


def test_a_companys_field_in_its_description_is_no_condition():
    # the condition read from the trial's own population, and the document's disease when none is named
    assert conditions("Acme, a company focused on rare kidney diseases, enrolled 120 adults with gout in a Phase 2 "
                      "trial of XY-123.") == {"gout"}
    assert conditions("Acme Pharma, which specializes in neurological disorders, says a Phase 2 trial of its migraine "
                      "treatment XY-123 beat placebo.") == {"migraine"}


def test_a_trial_whose_text_names_no_disease_takes_the_sign_its_people_have():
    assert conditions("In a double-blind, placebo-controlled phase 2 study, women with stress urinary incontinence were "
                      "randomized to XY-123 or placebo.") == {"Stress urinary incontinence"}
    # a disease the text names wins over a sign, and a sign named outside the trial's people is none
    assert conditions("In a phase 2 study, adults with gout and fatigue were randomized to XY-123 or placebo.") == {"gout"}
    assert conditions("In a phase 2 study, XY-123 was given to 80 adults. Fatigue was common in patients with "
                      "fatigue at baseline.") == set()


def test_a_sign_a_trial_treats_or_that_names_its_people_is_its_condition():
    assert conditions("A phase 2 trial testing XY-123 as treatment of hot flashes enrolled 80 women.") == {"Hot flashes"}
    assert conditions("The randomized trial enrolled 90 overweight adults to test XY-123.") == {"Overweight"}


def test_a_condition_keeps_the_word_that_names_its_kind():
    assert conditions("The ALPHA trial (NCT01234567) enrolled 300 adults with recurrent gout.") == {"recurrent gout"}
    assert conditions("The ALPHA trial (NCT01234567) enrolled 300 adults with uncomplicated psoriasis.") == \
        {"uncomplicated psoriasis"}


def test_the_bare_word_for_an_illness_is_no_condition():
    assert "syndrome" not in conditions("A randomized trial of XY-123 in adults with zeta pain syndromes was run.")


def test_a_disease_named_by_its_adjective_before_another_noun_is_no_condition():
    assert "diabetes mellitus" not in conditions("In this randomized trial, adults with diabetic zeta oedema were given "
                                                 "XY-123 or placebo.")
    assert conditions("In this randomized trial, diabetic patients were given XY-123 or placebo.") == {"diabetes mellitus"}


def test_what_causes_or_follows_the_condition_and_a_manuals_title_are_no_conditions():
    assert conditions("The trial (NCT01234567) enrolled adults with tinnitus triggered by blast trauma.") == {"Tinnitus"}
    assert conditions("The trial (NCT01234567) enrolled adults with a Diagnostic and Statistical Manual of Mental "
                      "Disorders diagnosis of schizophrenia.") == {"schizophrenia"}


def test_a_short_form_a_corpus_keeps_in_lower_case_is_a_word_in_lower_case():
    assert "hit" not in conditions("The trial (NCT01234567) of XY-123 in adults hit a speed bump. Four deaths occurred.")
    assert not conditions("The trial (NCT01234567) of XY-123 hit a speed bump. Four deaths occurred.")


def test_a_diseases_name_as_the_first_words_of_a_kinase_is_no_condition():
    found = conditions("The ZETA-1 trial (NCT00000001) compared XY-123 with placebo in adults with lymphoma "
                       "kinase-positive zeta carcinoma.")
    assert not any("lymphoma" in c.lower() for c in found)


@pytest.mark.parametrize("body", ["Memorial Zeta Cancer Center", "Cancer Research Zetland", "the Zeta Stroke Association"])
def test_a_diseases_name_as_the_first_words_of_an_institution_is_no_condition(body):
    found = conditions(f"The ZETA-1 trial (NCT00000001), led by Dr. Ann Smith and funded by {body}, compared XY-123 with "
                       "placebo in 800 adults.")
    assert not any(word in c.lower() for c in found for word in ("cancer", "stroke"))


def test_a_disease_in_lower_case_before_an_institutions_name_is_still_a_condition():
    found = conditions("The ZETA-1 trial (NCT00000001) compared XY-123 with placebo in adults with stroke at the Zeta "
                       "Rehabilitation Center.")
    assert any("stroke" in c.lower() for c in found)


def test_words_that_narrow_a_condition_name_the_condition_studied_but_a_severity_does_not():
    assert conditions("The ZETA trial (NCT01234567) enrolled 300 adults with chronic gout.") == {"chronic gout"}
    assert conditions("The ZETA trial (NCT01234567) enrolled patients with heart failure with preserved ejection "
                      "fraction.") == {"heart failure with preserved ejection fraction"}
    assert conditions("The ZETA trial (NCT01234567) enrolled adults with cancer-related pain.") == {"cancer-related pain"}
    assert conditions("The ZETA trial (NCT01234567) enrolled adults with treatment-resistant psoriasis.") == \
        {"treatment-resistant psoriasis"}
    assert conditions("The ZETA trial (NCT01234567) enrolled adults with moderate-to-severe psoriasis.") == {"psoriasis"}


def test_the_broader_name_of_a_condition_narrowed_elsewhere_is_no_condition_of_its_own():
    found = conditions("The ZETA trial (NCT01234567) enrolled adults with treatment-resistant psoriasis. In this phase 2 "
                       "trial of adults with treatmentresistant psoriasis, the score fell.")
    assert found == {"treatment-resistant psoriasis"}


def test_a_stage_or_a_family_of_diseases_beside_a_named_disease_is_no_condition():
    assert conditions("In the trial (NCT01234567), we assigned adults with resectable stage IIB to IIIA non-small-cell "
                      "lung cancer to XY-123 or placebo.") == {"lung non-small cell carcinoma"}
    assert conditions("The trial (NCT01234567) enrolled adults with atrial fibrillation and metabolic diseases.") == \
        {"atrial fibrillation"}


def test_death_is_no_disease_a_therapy_is_investigated_for():
    doc = parse_document("Headline\n\nInflammation is associated with morbidity and mortality in dialysis. We conducted "
                         "the ZETA trial (NCT01234567) of XY-123 in 80 patients on dialysis. Deaths were rare.", "t.txt")
    assert not [f for f in load_extractors()["therapies"].extract(doc) if f.predicate == "investigatedFor"
                and "death" in f.object_text.lower()]


def test_toxicity_is_a_harm_and_no_condition():
    found = conditions("The ALPHA trial (NCT01234567) studied the toxicity of XY-123 in patients with toxicity and gout.")
    assert "toxicity" not in {c.lower() for c in found}


def test_a_disease_named_by_one_adjective_describes_its_noun_and_is_no_condition_but_stays_a_mention():
    text = "In the ZETA trial (NCT01234567), allergic adults with food allergy got XY-123 or placebo."
    assert "allergic" not in conditions(text)
    doc = parse_document("Headline\n\n" + text, source="t.txt")
    assert "allergic" in [m.text for m in MentionExtractor().extract(doc)]


def test_the_organ_a_condition_is_of_narrows_it_where_the_lexicon_knows_only_the_broader_one():
    assert conditions("The ZETA trial (NCT01234567) enrolled 300 adults with ureteral colic.") == {"ureteral colic"}
    assert conditions("The ZETA trial (NCT01234567) enrolled 300 adults with gastric gout.") == {"gastric gout"}
    # (a name the lexicon knows whole keeps its own: "renal colic")
    assert conditions("The ZETA trial (NCT01234567) enrolled 300 adults with renal colic.") == {"Renal Colic"}


def test_a_condition_whose_noun_ends_like_an_adjective_is_a_condition_before_a_verb():
    assert conditions("In the ZETA trial (NCT01234567), adults with colic received XY-123 or placebo.") == {"Colic"}


def test_the_onset_a_condition_has_narrows_it_and_a_names_capital_stays():
    assert conditions("The ZETA trial (NCT01234567) enrolled adults with uncontrolled partial-onset seizures.") == \
        {"partial-onset seizures"}
    assert conditions("The ZETA trial (NCT01234567) enrolled adults with late-onset Pompe disease.") == \
        {"late-onset Pompe disease"}


def test_a_change_in_a_quantity_the_vocabularies_name_as_a_harm_is_no_condition():
    text = ("T\n\nIn this randomized trial, 120 adults were assigned to XY-123 or placebo. The reduction in blood "
            "pressure was greater with XY-123 (p=0.01).")
    assert "reduction in blood pressure" not in conditions(text)


def test_a_disease_named_around_a_short_forms_bracket_is_one_condition():
    found = conditions("The trial (NCT01234567) enrolled 40 adults with glucose-6-phosphate dehydrogenase (G6PD) "
                       "deficiency.")
    assert {c.lower() for c in found} == {"glucose-6-phosphate dehydrogenase deficiency"}


def test_a_kind_before_another_kinds_full_name_names_its_own_disease_with_the_shared_head():
    found = conditions("The ZETA trial (NCT01234567) enrolled adults with resectable and/or borderline gastric or "
                       "esophageal adenocarcinoma.")
    assert found == {"gastric adenocarcinoma", "Esophageal Adenocarcinoma"}
    # (a disease's course before "or" is no kind of its own)
    found = conditions("The ZETA trial (NCT01234567) took in people with relapsed or refractory hepatocellular carcinoma.")
    assert not any(c.lower().startswith(("relapsed", "recurrent")) for c in found)


def test_people_with_hiv_have_hiv_infection():
    assert conditions("The ZETA trial (NCT01234567) randomly assigned 640 adults with HIV to receive XY-123 or "
                      "placebo.") == {"HIV Infection"}


def test_a_disease_driven_by_a_virus_is_one_condition_named_with_the_virus():
    found = conditions("In a phase 2 trial, adults with Epstein-Barr virus-positive nasopharyngeal carcinoma received "
                       "XY-123.")
    assert found == {"Epstein-Barr virus-positive nasopharyngeal carcinoma"}


def test_the_sign_the_people_have_beats_a_disease_named_aside():
    found = conditions("Preterm labour is often linked to bacterial vaginosis. In this randomised trial, 96 women with "
                       "premature birth impending at 26 to 34 weeks were given XY-123 or placebo.")
    assert found == {"Premature birth"}


def test_a_disease_in_a_journal_familys_name_is_no_condition():
    found = conditions("Results of the ZETA trial (NCT01234567) of the XY-123 vaccine were published in The Lancet "
                       "Infectious Diseases.")
    assert found == set()
