"""Trial design facts go to the trial of their clause; conditions come from the words that name a population."""

import pytest

from kg.documents import parse_document
from kg.extractors.trial_design import TrialDesignExtractor


def facts(text):
    doc = parse_document("Headline\n\n" + text, source="t.txt")
    return {(f.subject.label, f.predicate, f.object_text) for f in TrialDesignExtractor().extract(doc)}


def test_each_trial_gets_its_own_phase_and_countries():
    found = facts("ZETA-7 (NCT01234567) is a Phase 3 study of XY-123 at 40 sites in Japan. The Phase 3 study followed "
                  "the Phase 2 ZETA-6 trial (NCT07654321), which enrolled 40 adults in Canada.")
    assert ("NCT01234567", "phase", "3") in found and ("NCT07654321", "phase", "2") in found
    assert ("NCT07654321", "phase", "3") not in found
    assert ("NCT07654321", "country", "Canada") in found and ("NCT01234567", "country", "Canada") not in found


def test_a_phase_a_therapy_is_to_advance_into_is_not_the_reported_trials():
    doc = parse_document("The news follows earlier data, which showed up to 71.0% of adults improved versus placebo "
                         "(12.5%).\nNew data show up to 41.2% of adults had less zeta fibrosis.\nA further analysis "
                         "shows up to 55.5% of adults improved.\nZetadutide to advance into Phase III zeta study; the "
                         "data support its promise in zeta disease.\nAcme today released data from a zetadutide Phase "
                         "II trial sub-analysis showing that up to 55.5% of adults improved.", "t.txt")
    assert {f.object_text for f in TrialDesignExtractor().extract(doc) if f.predicate == "phase"} == {"2"}


def test_a_country_a_brand_is_sold_in_is_no_trial_country():
    found = facts("Acme announced results from ZETA, a randomized Phase 3 trial of XY-123 (Zetavo® in the U.S., "
                  "Zetaza™ in Canada) in adults with zeta disease.")
    assert not any(p == "country" for _, p, _ in found)


def test_the_phase_the_authors_give_their_own_trial_beats_an_earlier_studys_in_the_background():
    text = ("Background\n\nAB-7 is the standard treatment of zeta disease. A phase 2 study showed that XY-123 was "
            "better.\n\nMethods\n\nIn a phase 3 trial, we then assigned adults at random to XY-123 or AB-7.")
    assert {v for _, p, v in facts(text) if p == "phase"} == {"3"}
    earlier = text.replace("In a phase 3 trial, we", "As in our previous phase 3 trial, we")
    assert {v for _, p, v in facts(earlier) if p == "phase"} == {"2"}


def test_the_drug_allocated_first_is_the_trials_own_past_whom_and_the_ratio_and_before_the_standard_arm():
    text = ("Background\n\nIn adults with gout, AB-77 has been standard. A phase 2 study hinted that XY-123 may "
            "do better.\n\nMethods\n\nIn this phase 3 trial, we randomly assigned 300 adults with gout in a 1:1 "
            "ratio to receive XY-123 (experimental therapy) or AB-77 (standard therapy).")
    found = facts(text)
    assert {v for _, p, v in found if p == "intervention"} == {"XY-123"}


def test_a_companys_drug_named_for_the_disease_it_treats_is_the_trials_drug():
    found = facts("Acme said on Monday its XY-123 drug for heart failure missed its goal in a late-stage trial of 600 patients.")
    assert {v for _, p, v in found if p == "intervention"} == {"XY-123"}


def test_a_phase_a_trial_moved_on_from_is_not_its_phase():
    found = facts("ZETA was a double-blind study of XY-123. After a masked switch from phase 2 to phase 2/3, a "
                  "second design was used.")
    assert {v for _, p, v in found if p == "phase"} == {"2/3"}


def test_randomly_assigning_is_a_randomised_design():
    found = facts("ZETA was a double-blind study, randomly assigning 300 adults to XY-123 or placebo.")
    assert ("design", "randomized") in {(p, v) for _, p, v in found}


def test_conditions_come_from_population_words_not_outcomes():
    found = facts("ZETA-7 (NCT01234567) is a randomised trial of XY-123 in adults with heart failure. The primary "
                  "endpoint was the risk of stroke or myocardial infarction. Patients without diabetes could join.")
    conditions = {o for _, p, o in found if p == "condition"}
    assert conditions and all("stroke" not in c.lower() and "diabetes" not in c.lower() for c in conditions)
    assert any("heart failure" in c.lower() for c in conditions)


def test_people_named_by_their_disease_after_an_endpoint_and_in_are_the_trials_condition():
    found = facts("The pivotal ZETA-7 trial (NCT01234567) showed XY-123 was superior across every primary endpoint in a "
                  "wide range of severe gout patients, compared to placebo.")
    assert any("gout" in o.lower() for _, p, o in found if p == "condition")
    found = facts("The ZETA-7 trial (NCT01234567) showed that the risk of gout flares fell with XY-123.")
    assert not any("gout" in o.lower() for _, p, o in found if p == "condition")


@pytest.mark.parametrize("sentence", [
    "The ZETA-7 trial (NCT01234567) of XY-123 met its key secondary endpoints, showing improved sleep disturbances "
    "compared to placebo.",
    "The ZETA-7 trial (NCT01234567) of XY-123 showed benefits in all three secondary measures, with a reduction in zeta "
    "frequency at week 1 and an improvement in sleep disturbances.",
])
def test_a_disease_named_as_an_outcome_is_no_condition(sentence):
    assert not any("sleep" in o.lower() for _, p, o in facts(sentence) if p == "condition")


def test_a_market_is_not_a_trial_country_and_record_fields():
    found = facts("Official short name: ZETA-7\nOverall status: Completed\nMasking: Double-blind\n"
                  "XY-123, sold in Canada as Zetamax, was tested in the ZETA-7 trial (NCT01234567).")
    assert not any(p == "country" for _, p, _ in found)
    assert ("NCT01234567", "recruitmentStatus", "completed") in found
    assert ("NCT01234567", "design", "double-blind") in found


def test_the_intervention_is_not_a_piece_of_the_trial_name():
    found = facts("The approval rests on ACME-XY001 (NCT01234567), a Phase 3 study of XY-123.")
    assert {o for _, p, o in found if p == "intervention"} == {"XY-123"}


def test_a_planned_trials_phase_is_not_the_reported_ones():
    found = facts("A randomised trial of XY-123 enrolled 40 adults. A larger Phase 3 study will be needed.")
    assert not any(p == "phase" for _, p, _ in found)


def test_record_fields_and_sites_make_the_design():
    found = facts("Allocation: Randomized\nIntervention model: Parallel assignment\nLocations: 12 sites, Canada\n"
                  "The ZETA-7 trial (NCT01234567) tested XY-123.")
    assert {o for _, p, o in found if p == "design"} >= {"randomized", "parallel-group", "multicenter"}


def test_a_trials_own_sentences_decide_its_conditions():
    found = facts("Regulators approved XY-123 for adults with heart failure. The ZETA-7 trial (NCT01234567) enrolled "
                  "adults with chronic kidney disease.")
    conditions = {o.lower() for _, p, o in found if p == "condition"}
    assert any("kidney" in c for c in conditions) and not any("heart failure" in c for c in conditions)


def test_a_share_of_the_population_or_a_list_of_extras_is_no_condition():
    found = facts("Adults with heart failure were randomly divided into two groups to take XY-123 or placebo. Of them, "
                  "21% had diabetes; other diseases were gout (4; 2.0%) and asthma (3%). Patients with stable "
                  "conditions, including psoriasis, can be included. Stroke accounts for most deaths.")
    conditions = {o.lower() for _, p, o in found if p == "condition"}
    assert any("heart failure" in c for c in conditions)
    assert not any(w in c for c in conditions for w in ("diabetes", "gout", "asthma", "psoriasis", "stroke"))
    assert any(p == "design" and o == "randomized" for _, p, o in found)


def test_pieces_of_names_found_as_by_listing_every_piece():
    """pieces_of finds by one automaton pass what listing every piece of every name found (random texts)."""
    import random

    from kg.extractors.trial_design import pieces_of
    rng = random.Random(3)
    letters = "AB-7\0 Z"
    for _ in range(2000):
        names = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(rng.randint(0, 4))}
        texts = {"".join(rng.choice(letters) for _ in range(rng.randint(0, 5))) for _ in range(rng.randint(0, 8))}
        pieces = {n[a:b] for n in names for a in range(len(n)) for b in range(a + 1, min(len(n), a + 3) + 1)}
        assert pieces_of(texts, names, 3) == {t for t in texts if t in pieces}, (texts, names)


def test_name_pieces_answer_as_the_listing_of_every_piece():
    """NamePieces answers for the texts it indexed and for any other text as the set of every piece would."""
    import random

    from kg.extractors.trial_design import NamePieces
    rng = random.Random(4)
    letters = "AB-7 Z"
    for _ in range(1000):
        names = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 90))) for _ in range(rng.randint(0, 3))}
        texts = {"".join(rng.choice(letters) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(0, 6))}
        pieces = {n[a:b] for n in names for a in range(len(n)) for b in range(a + 1, min(len(n), a + 80) + 1)}
        index = NamePieces(names, texts)
        for text in texts | {"".join(rng.choice(letters) for _ in range(rng.randint(0, 4))) for _ in range(4)} | \
                {n[:81] for n in names} | {n[:80] for n in names}:
            assert (text in index) == (text in pieces), (text, names)


def test_a_disease_patients_were_without_is_no_condition():
    found = facts("A randomized trial of XY-123 in 48 women.\nXY-123 gave pain relief after surgery with early walking and "
                  "without sensory loss.")
    assert not any(p == "condition" for _, p, _ in found)


def test_the_intervention_is_no_substance_inside_an_enzymes_name():
    found = facts("Acme reported a phase 3 trial (NCT01234567) of its spleen tyrosine kinase inhibitor, acmetinib, in gout.")
    assert ("NCT01234567", "intervention", "Acmetinib") in found
    assert not any(o == "Tyrosine" for _, _, o in found)


def test_a_rival_named_in_the_market_is_not_the_trials_intervention():
    found = facts("Acme said its experimental pill helped adults with psoriasis in a mid-stage trial (NCT01234567). "
                  "Pills could compete with injections such as Humira from AbbVie and Stelara from Janssen.")
    assert not any(p == "intervention" for _, p, _ in found)
    # a drug the trial gave, named also in the market, still is
    found = facts("The mid-stage trial (NCT01234567) tested adalimumab in adults with psoriasis. Adalimumab, sold as "
                  "Humira by AbbVie, helped.")
    assert any(p == "intervention" for _, p, _ in found)


def test_an_active_comparator_given_on_a_schedule_after_a_bracket():
    found = facts("The ZETA trial (NCT01234567) tests monthly aspirin for prevention (PX) compared to "
                  "once-daily oral warfarin in 500 adults.")
    assert ("NCT01234567", "comparator", "Warfarin") in found


def test_a_drug_the_text_calls_the_active_comparator_is_the_comparator_not_the_intervention():
    found = facts("Acme said its drug XY-123 met its endpoints in a phase 3 trial. The ZETA trial (NCT01234567) also met "
                  "its key secondary endpoint, showing superiority to its active comparator warfarin on relapse.")
    assert ("NCT01234567", "comparator", "Warfarin") in found
    assert ("NCT01234567", "intervention", "Warfarin") not in found
    assert ("NCT01234567", "intervention", "XY-123") in found
    found = facts("The ZETA trial (NCT01234567) of XY-123 met its endpoint, with a favorable difference compared to the "
                  "active control warfarin.")
    assert ("NCT01234567", "comparator", "Warfarin") in found


def test_the_other_drug_beside_two_doses_of_the_trials_own_is_its_comparator():
    found = facts("In the ZETA trial (NCT01234567), 90 adults were randomized to XY-123 1 mg (n=30), XY-123 2 mg (n=30) "
                  "or warfarin 5 mg (n=30).")
    assert ("NCT01234567", "comparator", "Warfarin") in found
    # (a drug named again after another is in a combination's arm: no comparator of the other)
    found = facts("In the ZETA trial (NCT01234567), 90 adults were randomized to XY-123 1 mg and warfarin 5 mg or "
                  "XY-123 1 mg alone.")
    assert ("NCT01234567", "comparator", "Warfarin") not in found


def test_the_drug_a_therapy_was_found_better_than_or_as_good_as_is_its_comparator():
    for said in ("met its primary endpoint of non-inferiority to warfarin", "was superior to warfarin on zeta relapse"):
        found = facts(f"The ZETA trial (NCT01234567) of XY-123 {said}.")
        assert ("NCT01234567", "comparator", "Warfarin") in found
    # (not the drug both arms got, nor one part of a combined control)
    for said in ("with warfarin was superior to warfarin alone", "was superior to warfarin sodium/aspirin"):
        found = facts(f"The ZETA trial (NCT01234567) of XY-123 {said}.")
        assert ("NCT01234567", "comparator", "Warfarin") not in found


def test_standard_care_is_a_control_unless_every_arm_got_it_beside_its_own_treatment():
    found = facts("In the ZETA trial (NCT01234567), 90 adults were randomly allocated to standard care or a zeta "
                  "coaching programme.")
    assert ("NCT01234567", "comparator", "standard care") in found
    for said in ("on top of their standard care", "in addition to standard of care"):
        found = facts(f"In the ZETA trial (NCT01234567), 90 adults got XY-123 or placebo, each {said}.")
        assert {o for _, p, o in found if p == "comparator"} == {"placebo"}
    # (the care those studied were receiving, where placebo is the control)
    found = facts("The ZETA placebo-controlled trial (NCT01234567) tested XY-123 over 40 weeks in adults with zeta "
                  "disease receiving standard-of-care therapy.")
    assert {o for _, p, o in found if p == "comparator"} == {"placebo"}
    found = facts("In the ZETA trial (NCT01234567), 90 adults were randomized to XY-123 or to standard of care.")
    assert {o for _, p, o in found if p == "comparator"} == {"standard of care"}


def test_an_rct_is_randomized_but_other_rcts_and_a_non_rct_are_not():
    design = lambda text: {o for _, p, o in facts(text) if p == "design"}
    assert "randomized" in design("ZETA (NCT01234567) was a double-blind RCT of XY-123 in 300 adults.")
    assert "randomized" in design("Trial question\nWhat does XY-123 do in zeta disease (NCT01234567)?\nStudy design\n"
                                  "Multi-center\nRCT\nPopulation\nN = 300")
    assert "randomized" not in design("Unlike earlier RCTs, the ZETA study (NCT01234567) followed 300 adults on XY-123.")
    assert "randomized" not in design("ZETA (NCT01234567) was a non-RCT cohort study of XY-123 in 300 adults.")


@pytest.mark.parametrize("line", ["N=60 placebo (matching placebo every 2 weeks).",
                                  "Zeta fell in the placebo arm (n = 11) and rose with XY-123 (n = 12)."])
def test_a_placebo_group_counted_is_the_control(line):
    found = facts("What does XY-123 do in zeta disease (NCT01234567)?\nInterventions\nN=120 XY-123 (10 mg daily).\n" + line)
    assert {o for _, p, o in found if p == "comparator"} == {"placebo"}
    assert "placebo-controlled" in {o for _, p, o in found if p == "design"}


def test_a_speaker_s_country_in_the_bracket_after_the_name_is_no_trial_country():
    found = facts("Dr Ann Zeta (Acme General Hospital, Canada) presented the randomized ZETA trial (NCT01234567) of XY-123 "
                  "in gout, run at 20 centres in Mexico.")
    assert {o for _, p, o in found if p == "country"} == {"Mexico"}


def test_a_seamless_trial_s_three_phases_are_its_phase():
    found = facts("Acme reported data from its seamless Phase 1/2/3 study of XY-123 (NCT01234567) in adults.")
    assert {o for _, p, o in found if p == "phase"} == {"1/2/3"}
    found = facts("Acme reported data from its Phase I/II/III trial of XY-123 (NCT01234567) in adults.")
    assert {o for _, p, o in found if p == "phase"} == {"1/2/3"}


def test_a_drug_compared_with_a_sham_makes_a_sham_controlled_trial():
    found = facts("The multicentre trial (NCT01234567) compares XY-123 with a sham injection control in 80 adults.")
    assert "sham-controlled" in {o for _, p, o in found if p == "design"}


def test_a_generic_disease_beside_a_named_one_is_no_condition():
    found = facts("The ZETA trial (NCT01234567) enrolled patients with gastric cancer and a tumor of low ZR4 "
                  "expression. Patients with a tumor were eligible.")
    conditions = {o for _, p, o in found if p == "condition"}
    assert conditions and not any("proliferation" in c for c in conditions)


def test_death_is_no_condition():
    found = facts("The ZETA trial (NCT01234567) enrolled 500 adults. The second endpoint was the time to progression "
                  "on later therapy or death due to any cause, whichever came first.")
    assert not any(p == "condition" and o.lower() == "death" for _, p, o in found)


def test_an_extension_takes_none_of_the_design_of_the_study_it_followed():
    found = facts("ZETA-OLE (NCT01234567) is the open-label extension of the randomized, double-blind, "
                  "placebo-controlled ZETA-2 trial of XY-123. Adults who completed the 12-week double-blind trial could "
                  "join; 80 had been initially randomized to placebo.")
    design = {o for _, p, o in found if p == "design"}
    assert design == {"extension", "open-label"}
    assert not any(p == "comparator" for _, p, _ in found)


def test_a_vehicle_called_placebo_is_one_comparator():
    for text in ("In the trial (NCT00000001) adults were randomized to XY-123 foam or vehicle (placebo) foam.",
                 "The trial (NCT00000001) compared XY-123 gel with a placebo vehicle control in 200 adults."):
        comparators = {o for _, p, o in facts(text) if p == "comparator"}
        assert comparators == {"vehicle"}, (text, comparators)


def test_the_sentences_after_trials_named_together_describe_each_until_one_is_named_alone():
    found = facts("The ZETA-1 and ZETA-2 trials enrolled adults with zeta disease. Patients were randomized to XY-123 "
                  "or placebo. ZETA-2 was an open-label trial.")
    designs = {(s, o) for s, p, o in found if p == "design"}
    assert {("ZETA-1", "randomized"), ("ZETA-2", "randomized"), ("ZETA-2", "open-label")} <= designs
    assert ("ZETA-1", "open-label") not in designs


def interventions(text):
    doc = parse_document(text, source="t.txt")
    return {f.object_text for f in TrialDesignExtractor().extract(doc) if f.predicate == "intervention"}


def test_the_drug_patients_were_randomized_to_is_the_intervention_not_the_titles_first_drug():
    title = "Effects of heparin on platelet counts during dialysis.\n\n"
    assert interventions(title + "Forty adults on dialysis were randomly assigned to enoxaparin or placebo for "
                                 "12 weeks. Heparin was given in all sessions. Platelet counts fell.") == {"Enoxaparin"}
    # a drug every group got after the allocation is not it ...
    assert interventions("Nausea after surgery.\n\nSixty adults were randomized to receive ondansetron or saline "
                         "before induction with propofol. Nausea was less frequent.") == {"Ondansetron"}
    # ... nor one a group is assigned to, not at random, nor the trial's control
    assert interventions(title + "Patients with low counts were assigned to enoxaparin. Platelet counts fell in a "
                                 "randomized, heparin-controlled trial.") == {"Heparin"}


def test_the_design_of_named_extension_studies_is_not_the_main_trials():
    found = facts("Acme said XY-123 met its goal in the Phase 3 Zinnia trial (NCT01234567). Patients who completed "
                  "Zinnia could go on receiving XY-123 in the open-label Orchid and Orchid-2 extension studies.")
    assert ("NCT01234567", "design", "open-label") not in found
    assert ("Orchid", "design", "open-label") in found


def test_drugs_given_together_with_the_main_therapy_are_interventions_too():
    found = interventions("Zetamab in zeta cancer\n\nIn the phase 3 ZETA trial (NCT01234567), 500 patients were "
                          "randomized to zetamab plus cisplatin and gemcitabine or to placebo plus cisplatin and "
                          "gemcitabine.")
    assert found == {"Zetamab", "Cisplatin", "Gemcitabine"}
    # a drug compared with, not given with, the main therapy is no intervention
    assert interventions("Zetamab in zeta cancer\n\nIn the phase 3 ZETA trial (NCT01234567), 500 patients were "
                         "randomized to zetamab or cisplatin.") == {"Zetamab"}


def test_the_kind_a_condition_is_said_to_be_is_no_condition_of_its_own():
    found = facts("The Phase 3 ZETA trial tested XY-123 in adults with epilepsy, which is a neurological disease, at "
                  "40 sites.")
    assert {o for _, p, o in found if p == "condition"} == {"epilepsy"}


def test_an_open_label_rescue_after_a_blinded_trial_and_other_open_label_studies_are_not_its_design():
    blinded = "The ZETA trial (NCT01234567) was a double-blind, placebo-controlled study of XY-123 in 60 adults. "
    for then in ("In the trial, adults whose flares went on could switch to open-label XY-123 at week 2.",
                 "Safety matched that of other open-label studies of XY-123."):
        assert ("design", "open-label") not in {(p, o) for _, p, o in facts(blinded + then)}, then
    found = facts("The ZETA trial (NCT01234567) was an open-label study of XY-123 in 60 adults.")
    assert ("design", "open-label") in {(p, o) for _, p, o in found}


def test_the_other_drug_patients_were_allocated_to_is_the_comparator():
    found = facts("The ZETA trial (NCT01234567) tested XY-123 in children. Children were randomized 2:1 to receive "
                  "either a single dose of oral XY-123 or oral metformin twice daily for 5 days.")
    assert ("NCT01234567", "comparator", "Metformin") in found
    found = facts("The ZETA trial (NCT01234567) tested XY-123 in children. Children were randomized to receive "
                  "XY-123 plus metformin or placebo plus metformin.")
    assert not any(p == "comparator" and o == "Metformin" for _, p, o in found)
    found = facts("The ZETA trial (NCT01234567) tested XY-123 in adults. Adults were randomised 1:1 to receive XY-123 "
                  "(150 mg) plus metformin (100 mg) or placebo.")
    assert not any(p == "comparator" and o in ("Metformin", "XY-123") for _, p, o in found)


def countries(text):
    return sorted(o for _, p, o in facts(text) if p == "country")


def test_a_datelines_country_and_an_authors_institution_are_no_trial_places():
    assert countries("AARHUS, Denmark, May 2, 2030 – Acme A/S announced results of its Phase 3 trial of XY-123.") == []
    assert countries("SAN DIEGO, Calif. & ZUG, Switzerland--Acme announced data from the Phase 3 ZETA study.") == []
    assert countries("For the study, Jan Zeta, M.D., from the University of Zetaville in Belgium, and colleagues "
                     "enrolled 120 children in a trial of XY-123.") == []
    assert countries("This trial of XY-123 was done at 97 facilities across the USA, Canada and Spain.") == \
        ["Canada", "Spain", "United States"]


def test_the_drugs_a_trial_gives_its_drug_alone_or_with_are_its_interventions():
    found = facts("The ZETA trial (NCT01234567) tests XY-123 alone or in combination with cisplatin or gemcitabine "
                  "in adults with lung cancer.")
    assert {o for _, p, o in found if p == "intervention"} == {"XY-123", "Cisplatin", "Gemcitabine"}
    found = facts("The ZETA trial (NCT01234567) tests XY-123 as a single agent and in combination with cisplatin.")
    assert ("NCT01234567", "intervention", "Cisplatin") in found
    found = facts("The ZETA trial (NCT01234567) tests XY-123 alone or cisplatin alone in adults with lung cancer.")
    assert ("NCT01234567", "intervention", "Cisplatin") not in found


def test_the_drug_a_trial_compares_its_own_drug_to_is_its_comparator():
    found = facts("The ZETA trial (NCT01234567) is comparing XY-123 maintenance to metformin maintenance in adults.")
    assert ("NCT01234567", "comparator", "Metformin") in found
    found = facts("The ZETA trial (NCT01234567) compares XY-123 with the standard metformin in adults.")
    assert ("NCT01234567", "comparator", "Metformin") in found
    found = facts("The ZETA trial (NCT01234567) is comparing XY-123 in combination with metformin to placebo.")
    assert ("NCT01234567", "comparator", "Metformin") not in found


def test_a_condition_keeps_the_word_that_names_its_origin():
    found = facts("The ZETA-7 trial (NCT01234567) tested XY-123 in adults with hereditary neuropathy.")
    assert ("NCT01234567", "condition", "hereditary neuropathy") in found


@pytest.mark.parametrize("text", [
    "Haloperidol-induced akathisia treated with XY-123: a randomized trial. Sixty adults were given XY-123 or placebo.",
    "Reversal of morphine-induced itch by XY-123: a randomized trial. Forty adults were given XY-123 or placebo.",
])
def test_a_drug_named_only_as_what_brings_on_the_condition_is_no_intervention(text):
    found = {(p, o) for _, p, o in facts(text)}
    assert ("intervention", "XY-123") in found and not any(o.lower() in ("haloperidol", "morphine") for _, o in found)


def test_a_drug_the_trial_compared_its_own_with_is_its_comparator():
    found = {(p, o) for _, p, o in facts("The phase 3 trial compared XY-123 with tiotropium in 400 adults with COPD.")}
    assert ("comparator", "Tiotropium") in found and ("intervention", "XY-123") in found


def test_the_design_of_a_trial_that_enrolled_fewer_than_planned_is_read():
    found = facts("This 20-week study was double-blind and randomized, evaluating 150 patients of an originally "
                  "planned 240 patients with zeta disease.")
    assert {"double-blind", "randomized"} <= {o for _, p, o in found if p == "design"}


def test_sites_named_with_their_country_short_form_make_a_multicentre_trial():
    assert ("design", "multicenter") in {(p, o) for _, p, o in facts("The trial of XY-123 was conducted at 31 U.S. "
                                                                         "study sites.")}
    # (one site is no multicentre trial)
    assert ("design", "multicenter") not in {(p, o) for _, p, o in facts("The trial of XY-123 was conducted at one "
                                                                             "U.S. site.")}


def test_a_count_of_sites_as_the_trials_adjective_makes_it_multicentre():
    for said in ("This was a double-blind, 14-site, randomized trial of XY-123.",
                 "Design: Three centre prospective randomised trial of XY-123 versus placebo."):
        assert ("design", "multicenter") in {(p, o) for _, p, o in facts(said)}
    # (a count of visits to a site is none)
    assert ("design", "multicenter") not in {(p, o) for _, p, o in facts("In the randomized trial of XY-123, adults "
                                                                             "made two site visits.")}


def test_a_kind_of_hospital_named_as_the_setting_makes_the_trial_single_centre():
    for text in ("In this randomized trial at a university hospital, adults got XY-123 or placebo.",
                 "XY-123 for zeta pain: a randomized trial.\n\nSetting\n\nA district hospital in Zetland.\n\n"
                 "Participants\n\nAdults were randomized to XY-123 or placebo."):
        assert ("design", "single-center") in {(p, o) for _, p, o in facts(text)}
    # (a hospital that opens a longer sentence is no setting line)
    assert ("design", "single-center") not in {(p, o) for _, p, o in facts(
        "A university hospital in Zetland ran a randomized trial of XY-123 with four other hospitals.")}


def test_a_trials_phase_named_by_its_ordinal_as_news_does():
    assert ("phase", "3") in {(p, o) for _, p, o in facts("Acme said its vaccine prevented zeta disease in a third "
                                                             "phase of ZETA-19 trials.")}
    assert ("phase", "2") in {(p, o) for _, p, o in facts("Acme reported data from the second phase of the ZETA "
                                                             "clinical trial.")}
    # (a study's stage that is no trial's phase: "the second phase of the study" gives none)
    assert not any(p == "phase" for _, p, _ in facts("In the second phase of the ZETA study, patients received XY-123."))


def test_a_structured_abstracts_setting_names_where_the_trial_ran():
    text = ("The ZETA trial (NCT01234567) tested XY-123 in adults with zeta fever.\n\nSETTING: Two university hospitals "
            "in Norway and Denmark.")
    assert countries(text) == ["Denmark", "Norway"]
    assert countries("The ZETA trial (NCT01234567) tested XY-123.\n\nBackground: Zeta fever is common in Norway.") == []


@pytest.mark.parametrize("joined", ["with or without", "with/without", "plus or minus"])
def test_the_drugs_an_added_drug_is_given_with_or_without_are_interventions_too(joined):
    found = facts(f"The ZETA trial (NCT01234567) tested cisplatin and gemcitabine {joined} XY-123 in lung cancer. "
                  "Adding XY-123 did not help. XY-123 is made by Acme.")
    assert {o for _, p, o in found if p == "intervention"} == {"XY-123", "Cisplatin", "Gemcitabine"}


def test_a_drug_named_before_the_list_that_another_is_added_to_is_no_intervention():
    found = facts("In the ZETA trial (NCT01234567), XY-123 was tested in adults whose lung cancer grew on cisplatin; "
                  "they got gemcitabine with or without XY-123. Adding XY-123 did not help.")
    assert ("NCT01234567", "intervention", "Gemcitabine") in found
    assert ("NCT01234567", "intervention", "Cisplatin") not in found


@pytest.mark.parametrize("text, design", [
    ("This was a pragmatic, unmasked, 9-month parallel randomized trial of XY-123 in 200 adults.", "pragmatic"),
    ("Design: Pragmatic, multicentre, randomised study of XY-123 in 200 adults.", "pragmatic"),
    ("This open-label trial of XY-123 in 20 adults took place in a single Zetland hospital.", "single-center"),
])
def test_design_words_apart_from_the_trial_word_still_say_its_design(text, design):
    assert any(p == "design" and v == design for _, p, v in facts(text))


def test_pragmatic_said_of_no_trial_is_no_design():
    for text in ("A pragmatic view of zeta care guided a randomized trial of XY-123.",
                 "A pragmatic approach in the trial of XY-123 was randomized."):
        assert not any(v == "pragmatic" for _, p, v in facts(text))


def test_each_trial_a_roundup_counts_has_the_drug_it_set_against_placebo():
    doc = parse_document("Headline\n\nIn one study, 140 adults were randomized to a placebo or zetamab for ten weeks. "
                         "The second study enrolled 260 people taking oxaliplatin, who got a placebo or linagliptin in addition "
                         "to their oxaliplatin. The third study gave 90 adults vinorelbine or a placebo.", source="t.txt")
    found = {(f.subject.local.rsplit("-", 1)[1], f.object_text) for f in TrialDesignExtractor().extract(doc)
             if f.predicate.endswith("intervention")}
    assert found == {("1", "Zetamab"), ("second", "Linagliptin"), ("third", "Vinorelbine")}


def test_the_design_of_a_trial_named_with_the_question_it_asks_is_read():
    found = facts("ZETA, a double-blind phase 3 study against placebo, tested the hypothesis that XY-123 would cut "
                  "zeta flares.")
    assert {("ZETA", "design", "double-blind"), ("ZETA", "phase", "3")} <= found, found


@pytest.mark.parametrize("sentence", [
    "Little helps their condition, called zeta amyloidosis.",
    "The six adults have a rare disease known as zeta amyloidosis.",
])
def test_the_name_a_writer_gives_the_patients_condition_is_the_trials_condition(sentence):
    found = facts("XY-123 may help many genetic diseases. In the ZETA trial, six adults were given XY-123. " + sentence)
    assert any(p == "condition" and o.lower().endswith("amyloidosis") for _, p, o in found), found
    assert not any(p == "condition" and "genetic" in o.lower() for _, p, o in found), found
