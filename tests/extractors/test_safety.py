"""Adverse events: terms, counts, totals and serious counts, on documents written for the tests (invented names)."""
import pytest

from kg.documents import parse_document
from kg.extractors.safety import SafetyExtractor
from kg.text.adverse import listed_terms, phrase_terms


def events(text):
    """(term, count) of every adverse event read from a document with a trial."""
    doc = parse_document("XY-123 in Acme disease\n\n" + text, source="t.txt")
    facts = list(SafetyExtractor().extract(doc))
    terms = {f.subject.key: f.object_text for f in facts if f.predicate == "adverseEventTerm"}
    counts = {f.subject.key: f.object_text for f in facts if f.predicate == "adverseEventCount"}
    return sorted((term.lower(), counts.get(key)) for key, term in terms.items())


def values(text, predicate):
    doc = parse_document("XY-123 in Acme disease\n\n" + text, source="t.txt")
    return [f.object_text for f in SafetyExtractor().extract(doc) if f.predicate == predicate]


def test_a_list_of_the_most_common_events_gives_each_item():
    found = events("The XY-123 trial (NCT01234567) enrolled 40 patients. The most common adverse reactions were nausea, "
                   "infections (feeling unwell or feverish) and headache.")
    assert [t for t, _ in found] == ["headache", "infections", "nausea"]


def test_counts_are_patients_never_percentages():
    found = events("The XY-123 trial (NCT01234567) enrolled 40 patients. Transient rash (4 patients) and "
                   "infusion reactions (12%) were the most common treatment-related safety events.")
    assert ("infusion reactions", None) in found and any(c == "4" for _, c in found)


def test_a_count_before_the_event():
    found = events("The XY-123 trial (NCT01234567) enrolled 40 patients. Safety: a committee judged 9 of the 40 "
                   "treated patients to have drug-related pneumonitis.")
    assert [c for _, c in found] == ["9"]


def test_a_named_subtype_is_read_by_its_abbreviation():
    found = events("The XY-123 trial (NCT01234567) enrolled 40 patients. Acme-related imaging abnormalities with "
                   "swelling (AIA-S) were seen in 20% of treated participants, and AIA with spots (AIA-P) in 9%.")
    assert [t for t, _ in found] == ["aia-p", "aia-s"]


def test_the_condition_treated_an_alias_and_a_grade_are_no_events():
    found = events("The XY-123 trial (NCT01234567) enrolled 40 patients with asthma. Patients with asthma improved. "
                   "Adverse events: gout occurred in 3% and cholelithiasis (gallstones) in 2%; grade 3 adverse events "
                   "in 10%.")
    assert [t for t, _ in found] == ["cholelithiasis", "gout"]


def test_an_indication_is_no_event():
    assert events("The XY-123 trial (NCT01234567) enrolled 40 patients. The regulator allowed XY-123 to treat "
                  "cytokine release syndrome in adults.") == []


def test_events_under_a_safety_heading_without_the_word():
    text = ("The XY-123 trial (NCT01234567) enrolled 40 patients and met its goal.\n\nSafety\n\n"
            "Pancreatitis affected 3 of the 40 patients.\n\nOutlook\n\nHeadache is common in the general population.")
    assert events(text) == [("pancreatitis", "3")]


def test_serious_counts_are_counts():
    text = "The XY-123 trial (NCT01234567) enrolled 40 patients. Serious adverse events were reported in 12.5% of patients."
    assert values(text, "seriousAdverseEvents") == []
    text = "The XY-123 trial (NCT01234567) enrolled 40 patients. Serious adverse events occurred in 3 patients."
    assert values(text, "seriousAdverseEvents") == ["3"]
    # "at least one" says what each patient counted had, not how many
    text = "The XY-123 trial (NCT01234567) enrolled 40 patients. In each group, 2.5% had at least one serious adverse event."
    assert values(text, "seriousAdverseEvents") == []


def test_serious_events_counted_by_their_short_form():
    text = "The XY-123 trial (NCT01234567) enrolled 4000 children. In all, 117 SAEs occurred over the first year."
    assert values(text, "seriousAdverseEvents") == ["117"]
    text = "The XY-123 trial (NCT01234567) enrolled 4000 children. SAEs were seen in 2.7% of them."
    assert values(text, "seriousAdverseEvents") == []


def test_phrases_and_lists_as_pure_functions():
    assert [t.text for t in phrase_terms("Injection-site reactions and neurological events occurred.")] == \
        ["Injection-site reactions", "neurological events"]
    assert [t.text for t in listed_terms("The most frequent side effects included dizziness (n=4), rash (3) and fatigue.")] \
        == ["dizziness", "rash", "fatigue"]
    assert [t.count for t in listed_terms("The most frequent side effects included dizziness (n=4), rash (3) and fatigue.")] \
        == [4, 3, None]


def test_the_events_a_report_says_the_adverse_effects_included_are_listed_and_a_slash_parts_two():
    assert [t.text for t in listed_terms("Adverse effects included local zeta burning and dryness.")] == \
        ["local zeta burning", "dryness"]
    assert [t.text for t in listed_terms("Side effects (AEs) included somnolence/low mood and AST/ALT rises.")] == \
        ["somnolence", "low mood", "AST/ALT rises"]
    # (what a count or an analysis included is no list of events)
    assert listed_terms("Adverse events included in the analysis were those after the first dose.") == []
    assert listed_terms("Adverse events included all those reported by the sites.") == []


def test_a_clause_about_the_whole_list_ends_it():
    assert [t.text for t in listed_terms("The most common adverse events were headache, rash and fatigue, none of which "
                                         "occurred at a rate above 4% or above placebo.")] == ["headache", "rash", "fatigue"]
    assert [t.text for t in listed_terms("The most common side effects were nausea and cough, most of them mild and "
                                         "brief.")] == ["nausea", "cough"]


def test_a_participle_after_the_list_is_no_event():
    found = events("The most common adverse event was zeta swelling, occurring in 7%, 15% and 3% of "
                   "patients given XY-123 10 mg, XY-123 20 mg and placebo, respectively.")
    assert "occurring" not in {term for term, _ in found}


def test_an_items_own_in_does_not_end_the_list_but_a_group_or_share_does():
    assert [t.text for t in listed_terms("The most common adverse events were rises in zeta enzymes, nausea, and "
                                         "back pain.")] == ["rises in zeta enzymes", "nausea", "back pain"]
    assert [t.text for t in listed_terms("The most common adverse events were nausea and rash in the XY-123 group.")] \
        == ["nausea", "rash"]
    assert [t.text for t in listed_terms("The most common adverse events were nausea and rash in 12% of patients.")] \
        == ["nausea", "rash"]


def test_the_last_item_of_a_list_denied_as_a_whole_is_no_event():
    found = events("The XY-123 trial (NCT01234567) enrolled 40 patients. There were no infusion reactions, related "
                   "serious adverse events, or related deaths. Headache was seen in 3 patients.")
    assert [t for t, _ in found] == ["headache"]


def test_the_comparator_groups_events_alone_are_left_out():
    assert events("The XY-123 trial (NCT01234567) compared XY-123 with placebo. In the placebo group, headache was "
                  "the most common adverse event.") == []
    assert [t for t, _ in events("The XY-123 trial (NCT01234567) compared XY-123 with placebo. Headache was the most "
                                 "common adverse event in both groups.")] == ["headache"]


def test_an_injection_site_event_is_one_term():
    terms = [t for t, _ in events("In the phase 3 trial (NCT01234567) of XY-123, the most common adverse events were "
                                  "injection-site erythema (4.1%) and headache (2.0%).")]
    assert "injection-site erythema" in terms and "erythema" not in terms


def test_the_most_frequent_local_and_systemic_reactions_are_events():
    found = events("The XY-123 trial (NCT01234567) enrolled 40 adults. The most frequent local reactions were tenderness "
                   "(52.1%) and pain (40.3%) and systemic reactions were headache (41%) and fatigue (33.2%).")
    assert {"tenderness", "pain", "headache", "fatigue"} <= {t for t, _ in found}


def test_an_abbreviation_after_a_with_phrase_names_an_event_only_after_capitals():
    assert [t.text for t in phrase_terms("AIA with small spots (AIA-S) were seen.")] == ["AIA-S"]
    assert phrase_terms("XY-12 was compared with placebo in adults with zeta amyloid myopathy (ZA-M).") == []
    assert phrase_terms("Patients given chemo with radiation therapy (CHEMO-RT) did well.") == []


def test_the_most_common_without_the_word_for_events_continues_a_safety_paragraph():
    found = events("The XY-123 trial (NCT01234567) enrolled 40 patients. Adverse events were seen in 57% and 48%. The most "
                   "common were nausea, dizziness and headache.")
    assert [t for t, _ in found] == ["dizziness", "headache", "nausea"]
    # (not where the paragraph said nothing of adverse events)
    assert events("The XY-123 trial (NCT01234567) enrolled 40 patients. Fatigue improved. The most common reasons "
                  "were nausea and headache.") == []


def test_complications_named_as_the_diseases_risk_before_the_trial_are_no_adverse_events():
    assert events("Zeta ulcers are common. Such ulcers raise the risk of complications, among them osteomyelitis "
                  "and deep infection. The XY-123 trial (NCT01234567) enrolled 40 patients.") == []
    # complications the trial reports are
    assert events("The XY-123 trial (NCT01234567) enrolled 40 patients. Complications in the trial included "
                  "osteomyelitis (2 patients).") == [("osteomyelitis", "2")]


def test_conditions_named_in_the_baseline_description_are_no_adverse_events():
    assert events("The XY-123 trial (NCT01234567) enrolled 40 patients; complications were feared. Baseline patient "
                  "characteristics (age, zeta neuropathy or osteomyelitis at entry) were recorded; visits occurred "
                  "weekly.") == []


def test_what_ends_treatment_is_no_adverse_event():
    assert events("In the ZETA trial (NCT01234567), patients received XY-123 or placebo until disease progression, "
                  "unacceptable toxicity, death, or withdrawal of consent.") == []


def test_an_event_negated_a_few_words_before_is_none():
    from kg.extractors.safety import NOT_EVENT_BEFORE
    assert NOT_EVENT_BEFORE.search("No clinically significant laboratory ")
    assert not NOT_EVENT_BEFORE.search("No difference was seen in the rates of ")


def test_a_class_of_harms_names_no_event_of_its_own():
    found = events("The XY-123 trial (NCT01234567) enrolled 40 patients. Toxicity was mild overall, the events being "
                   "neutropenia (5 patients) and anaemia (3 patients).")
    assert "toxicity" not in [t for t, _ in found] and "neutropenia" in [t for t, _ in found]


def test_complications_named_as_the_diseases_risk_after_a_label_start_no_paragraph_of_events():
    found = events("Study Summary: Zeta deficiency is a rare disease linked to zeta anemia, with serious complications "
                   "such as gout and stroke. In this trial, 35% of those given XY-123 had a rise in blood pressure, "
                   "against 5% on placebo.")
    assert found == []



@pytest.mark.parametrize("text", [
    "Daytime drowsiness is a common side effect of zetapines, and XY-123 was tested against placebo to reduce it.",
    "Headache, a side effect of long-term zetapines, was the reason 40 adults were randomized to XY-123 or placebo.",
])
def test_harms_known_in_general_or_of_a_drug_the_trial_did_not_give_are_no_events(text):
    assert not events(text)


def test_the_trials_own_drugs_side_effects_are_events():
    assert events("Adults were randomized to XY-123 or placebo. Headache was the most common side effect of XY-123 "
                  "(12% vs 4%).")


def test_a_disease_patients_are_at_risk_of_developing_is_no_adverse_event():
    found = events("The trial (NCT01234567) of XY-123 enrolled adults at increased risk of zeta fever "
                   "complications. No serious adverse events occurred.")
    assert not any("fever" in term for term, _ in found)


def test_events_said_to_be_like_the_controls_are_the_trials_own():
    found = events("The ZETA trial (NCT01234567) randomized 400 children to XY-123 or a control vaccine. The most common "
                   "adverse events were, in order, fever (41%) and headache (12%), at rates comparable to the control "
                   "vaccine.")
    assert [t for t, _ in found] == ["fever", "headache"]


def test_the_disease_a_vaccine_is_named_for_is_no_event():
    found = events("The ZETA trial (NCT01234567) randomized 400 children to XY-123 or a control vaccine. The most common "
                   "adverse events were, in order, fever and headache, at rates comparable to the influenza comparator vaccine.")
    assert [t for t, _ in found] == ["fever", "headache"]


def test_the_control_groups_own_events_stay_unread():
    assert events("The ZETA trial (NCT01234567) randomized adults to XY-123 or placebo. In the placebo group, headache "
                  "and nausea were the most common adverse events.") == []
