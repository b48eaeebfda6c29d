"""The trial stage: mentions, resolution and attribution, on invented sentences."""

import pytest

from kg.trials import attribute, find_trial_mentions, find_trials, resolve_trials
from kg.trials.mentions import id_groups, named_trials
from kg.trials.patterns import PHASE
from kg.text.layout import content_lines
from kg.text.sentences import split_sentences


def sentences(text):
    return split_sentences(text, content_lines(text))


def trials_of(text):
    found, att = find_trials(sentences(text), "d")
    return [(t.key, t.ids, t.name, t.phase) for t in found], att


def attributed(text):
    """The trials a text's mentions resolve to, and which each sentence speaks of."""
    ss = sentences(text)
    mentions = find_trial_mentions(ss)
    trials = resolve_trials(mentions, "d")
    return trials, attribute(ss, trials, mentions)


def test_ids_given_together_are_one_trial():
    found, _ = trials_of("The ZETA-7 trial was registered as NCT01234567 and ISRCTN12345678. It enrolled 90 adults.")
    assert found == [("NCT01234567", ("NCT01234567", "ISRCTN12345678"), "ZETA-7", None)]


def test_ids_given_respectively_after_as_many_names_are_one_trial_each():
    found, _ = trials_of("Results were pooled from ZETA and BETA (NCT01234567 and NCT07654321, respectively), two "
                         "phase 3 trials in adults.")
    assert found == [("NCT01234567", ("NCT01234567",), "ZETA", None), ("NCT07654321", ("NCT07654321",), "BETA", None)]
    # without "respectively", ids given together stay one trial's
    found, _ = trials_of("The ZETA trial (NCT01234567 and NCT07654321) enrolled adults.")
    assert [t[1] for t in found] == [("NCT01234567", "NCT07654321")]


@pytest.mark.parametrize("text", [
    "Zeta-1 and Zeta-2 are two identical phase 3 studies of XY-123 in adults (NCT01234567/NCT07654321).",
    "The Zeta-1 and Zeta-2 trials of XY-123 enrolled adults with gout (NCT01234567 and NCT07654321).",
])
def test_ids_of_one_registry_after_as_many_names_are_one_trial_each(text):
    found, _ = trials_of(text)
    assert [(t[1], t[2]) for t in found] == [(("NCT01234567",), "Zeta-1"), (("NCT07654321",), "Zeta-2")]


def test_ids_listed_with_a_semicolon_are_one_group():
    assert [g[2] for g in id_groups("(NCT01234567; NCT07654321)")] == [("NCT01234567", "NCT07654321")]


def test_a_name_beside_an_id_joins_it_and_names_with_digits_words_and_parts():
    for name in ("ZETA-7", "ZETA Outcomes", "ZETA-Lung04", "ZETA-IA XY", "ZETA 2", "Z-101-01", "ZetaMate 227"):
        found, _ = trials_of(f"The results come from {name} (NCT01234567), a randomised trial of XY-123.")
        assert found == [("NCT01234567", ("NCT01234567",), name, None)], name


def test_a_part_two_is_another_trial():
    found, _ = trials_of("ZETA-IA XY (NCT01234567) was a Phase 2 trial. The group then ran ZETA-IA XY Part 2 "
                         "(NCT07654321), a Phase 2 trial of a higher dose.")
    assert [(k, n) for k, _, n, _ in found] == [("NCT01234567", "ZETA-IA XY"), ("NCT07654321", "ZETA-IA XY Part 2")]


def test_a_numbered_trials_sister_named_in_passing_is_another_trial_with_its_own_sentences():
    found, att = trials_of("Acme reported results from a Phase 3 trial, ZETA 1, of XY-123. A sister Phase 3, ZETA 2, "
                           "reads out later. In ZETA 2, the response rate was 80%.")
    assert [(n, ph) for _, _, n, ph in found] == [("ZETA 1", "3"), ("ZETA 2", "3")]
    assert att.trial_of[2] == 1
    # a numbered name alone makes no sister: "ZETA 2" must be written
    assert len(trials_of("Acme reported results from a Phase 3 trial, ZETA 1, of XY-123. ZETA 1 met its goal.")[0]) == 1


def test_a_named_trial_without_an_id_and_its_phase():
    found, _ = trials_of("ZETA-7 (NCT01234567) is a Phase 2 study of XY-123. Acme is also running the Phase 3 "
                         "OMEGA-301 trial in the same disease.")
    assert found[1] == ("doc-d-omega-301", (), "OMEGA-301", "3")
    assert found[0][3] == "2"


@pytest.mark.parametrize("text", [
    "Design ZETA (Zeta Evaluation of Trained Aides) was a randomised clinical trial in 12 centres.",
    "ZETA (Zeta Evaluation of Trained Aides) is an open-label, multicentre study of XY-123.",
    "Acme shared data of the Phase 3 ZETA 18-week clinical trial of XY-123.",
])
def test_a_name_with_its_expansion_is_a_trials_when_it_is_said_to_be_a_trial(text):
    found, _ = trials_of(text)
    assert [t[2] for t in found] == ["ZETA"]


def test_a_short_form_with_its_expansion_said_to_be_no_trial_names_none():
    found, _ = trials_of("ZETA (Zeta Evaluation of Trained Aides) was a programme for nurses. The trial enrolled 40.")
    assert all(t[2] is None for t in found)


def test_a_name_given_to_an_extension_is_the_extensions_not_the_phase_said_first():
    found, _ = trials_of("Acme shared new data from its Phase IIb/III study of XY-123 in adults with mild zeta "
                         "disease. The trial enrolled 400 adults. Adults who finished it could join an ongoing "
                         "open-label extension study, called ZETA-X, in which all take XY-123.")
    assert [(t[2], t[3]) for t in found] == [(None, "2b/3"), ("ZETA-X", None)]


def test_results_given_in_one_stem_with_roman_numbers_name_its_trials():
    found, _ = trials_of("Both ZETA studies missed their goals. Adults given XY-123 showed a slowing of "
                         "decline in ZETA I and ZETA II of -0.41 (p=0.09) and -0.17 (p=0.31), respectively.")
    assert [t[2] for t in found] == ["ZETA I", "ZETA II"]


def test_a_registry_id_printed_with_a_digit_missing_names_no_trial():
    found, _ = trials_of("In this randomized study (NCT1234567), adults were randomized to XY-123 or placebo.")
    assert all(t[2] is None for t in found)


@pytest.mark.parametrize("text", [
    "The approval rested on two phase 3 trials of XY-123: a global study and a US-focused study.",
    "An NIH-funded trial of XY-123 enrolled 300 adults.",
])
def test_initials_that_describe_a_study_name_no_trial(text):
    found, _ = trials_of(text)
    assert all(t[2] is None for t in found)


def test_two_names_given_together_later_are_not_the_phase_said_first():
    found, _ = trials_of("Acme said its Phase 3 study of XY-123 in adults with gout missed its goal. The company will "
                         "now decide on next steps for the ZETA-11 and ZETA-12 studies.")
    assert [(name, phase) for _, _, name, phase in found] == [(None, "3"), ("ZETA-11", None), ("ZETA-12", None)]
    found, _ = trials_of("Acme said its Phase 3 study of XY-123 in adults with gout missed its goal. The study, "
                         "called ZETA-11, enrolled 300 adults.")
    assert [(name, phase) for _, _, name, phase in found] == [("ZETA-11", "3")]


def test_a_headline_in_capitals_names_a_trial_only_by_a_name_the_text_writes_again():
    found, _ = trials_of("ZETAMAB MEETS GOAL IN LATE STAGE PHASE III TRIAL FOR GOUT\n\nAcme said its "
                         "randomized Phase III trial of zetamab met its goal.")
    assert [name for _, _, name, _ in found] == [None]
    found, _ = trials_of("ZETAMAB MEETS GOAL IN THE ZETA-7 PHASE III TRIAL FOR GOUT\n\nAcme said the ZETA-7 "
                         "trial of zetamab met its goal.")
    assert [name for _, _, name, _ in found] == ["ZETA-7"]


def test_a_name_with_its_own_phase_later_is_another_trial_than_the_possessives_phase_said_first():
    found, _ = trials_of("Acme shared interim data of the company's randomized Phase 2 trial of XY-123 in adults with "
                         "gout. The results will shape its Phase 3 trial (ZETA 3).")
    assert [(name, phase) for _, _, name, phase in found] == [(None, "2"), ("ZETA 3", "3")]


def test_a_name_said_before_its_id_joins_it():
    found, _ = trials_of("ZETA-7 trial meets its goal\n\nThe ZETA-7 trial enrolled 300 adults. ZETA-7 (NCT01234567) "
                         "was randomised.")
    assert found == [("NCT01234567", ("NCT01234567",), "ZETA-7", None)]


def test_a_name_and_an_id_given_apart_are_one_trial():
    found, _ = trials_of("ZETA-7 trial meets its goal\n\nIn the ZETA-7 trial, XY-123 helped. The ZETA-7 results were "
                         "clear. The study is registered as NCT01234567.")
    assert found == [("NCT01234567", ("NCT01234567",), "ZETA-7", None)]


def test_an_abstract_names_its_trial_once_and_gives_the_id_at_its_end():
    found, _ = trials_of("The ZETA 4 trial tested XY-123 in gout. Adults were randomly assigned to XY-123 or placebo. "
                         "ClinicalTrials.gov number, NCT01234567.")
    assert found == [("NCT01234567", ("NCT01234567",), "ZETA 4", None)]
    # two names said once each: which one the id belongs to is unclear, so none joins it
    found, _ = trials_of("The ZETA 4 trial tested XY-123. The BETA trial had tested AB-77. Registered as NCT01234567.")
    assert sorted(t[2] or "" for t in found) == ["", "BETA", "ZETA 4"]


def test_what_is_not_a_name():
    for text in ("The Phase III trial (NCT01234567) enrolled adults.", "The FDA study (NCT01234567) enrolled adults.",
                 'It appeared as "The ZETA Randomized Clinical Trial" (NCT01234567).'):
        found, _ = trials_of(text)
        assert found[0][2] is None, text


def test_a_definite_phrase_with_another_phase_is_another_trial_an_indefinite_one_is_not():
    found, _ = trials_of("ZETA-7 (NCT01234567) is a Phase 2 study. The earlier Phase 1 study enrolled 12 adults.")
    assert [p for *_, p in found] == ["2", "1"]
    found, _ = trials_of("ZETA-7 (NCT01234567) is a Phase 2 study. Critics asked for a conventional Phase 3 study.")
    assert [p for *_, p in found] == ["2"]


def test_clauses_go_to_the_trial_they_name():
    text = ("ZETA-7 (NCT01234567) is a Phase 3 trial of XY-123. The Phase 3 study followed the Phase 2 ZETA-6 trial "
            "(NCT07654321), which enrolled 40 adults in Canada. It had 12 sites.\n\nResults\n\nXY-123 worked.")
    _, att = attributed(text)
    second = sentences(text)[1].text
    assert [(c.trial, second[c.start:c.end].split()[0]) for c in att.clauses[1]] == [(0, "The"), (1, "the")]
    assert att.trial_of[2] == 1                   # the sentence after speaks of the trial named last
    assert att.trial_of[-1] == 0                  # a heading goes back to the main trial


def test_a_document_without_ids_or_names_that_reports_a_trial_has_one():
    found, att = trials_of("A randomised study of XY-123 enrolled 40 adults.")
    assert found == [("doc-d-1", (), None, None)] and att.trial_of == (0,)


def test_authors_who_studied_a_treatments_efficacy_report_a_trial_and_a_patient_series_alone_does_not():
    found, _ = trials_of("Zeta fever is common. We evaluated the efficacy and safety of XY-123 in 40 children (n = 40).")
    assert found == [("doc-d-1", (), None, None)]
    assert trials_of("Zeta fever is common. We studied 40 children with it (n = 40).")[0] == []


def test_a_document_that_names_only_an_earlier_trial_beside_its_own_definite_one_has_both():
    found, att = trials_of("Zeta reported its Phase 3 trial of XY-123 in 300 adults. The earlier Phase 2 trial enrolled 100.")
    assert found == [("doc-d-1", (), None, "3"), ("doc-d-phase-2", (), None, "2")] and att.trial_of == (0, 1)
    found, _ = trials_of("Zeta reported good news. The earlier Phase 2 trial enrolled 100.")
    assert [phase for *_, phase in found] == ["2"]


def test_the_documents_own_trial_described_after_an_earlier_one_of_another_phase_is_a_trial_of_its_own():
    found, att = trials_of("XY-123 was approved on the strength of a previous phase 2 trial. The current study is a "
                           "phase 3, randomized, multinational, double-blind placebo-controlled trial in 64 adults.")
    assert [phase for *_, phase in found] == ["2", "3"] and att.main == 1


def test_a_name_with_the_words_it_stands_for_between_it_and_trial():
    found, _ = trials_of("Acme reported its pivotal Phase III ZETA-2 (Zetamab Trial in Exertional Limitation) trial today.")
    assert found == [("doc-d-zeta-2", (), "ZETA-2", "3")]
    assert trials_of("XY-123 (Acme Bio) trial results were good.")[0] == [("doc-d-1", (), None, None)]


def test_attribution_is_linear_in_the_document():
    import time
    body = "ZETA-7 (NCT01234567) is a Phase 3 trial. The ZETA-6 trial (NCT07654321) was smaller. XY-123 helped. "
    small, large = sentences(body * 50), sentences(body * 500)

    def cpu_time(found) -> float:      # (the best of three runs: one run may be slowed by the machine's other load)
        runs = []
        for _ in range(3):
            t0 = time.thread_time(); find_trials(found, "d"); runs.append(time.thread_time() - t0)
        return min(runs)
    assert cpu_time(large) < 30 * max(cpu_time(small), 1e-3)


def test_ids_in_two_registries_named_apart_are_one_trial_and_take_the_name():
    found, _ = trials_of("ZETA trial cuts deaths\n\nThe ZETA trial enrolled 6000 adults. ZETA is registered with ISRCTN "
                         "(ISRCTN12345678) and ClinicalTrials.gov (NCT01234567). In ZETA, XY-123 helped.")
    assert found == [("ISRCTN12345678", ("ISRCTN12345678", "NCT01234567"), "ZETA", None)]


def test_two_named_trials_each_with_an_id_stay_two():
    found, _ = trials_of("ZETA-1 (NCT01234567) and ZETA-2 (NCT07654321) enrolled adults.")
    assert [(k, n) for k, _, n, _ in found] == [("NCT01234567", "ZETA-1"), ("NCT07654321", "ZETA-2")]


def test_an_abstracts_closing_registration_line_names_the_trial():
    found, _ = trials_of("XY-123 lowered the score by 4 points. (Funded by Acme Bio; ZETA-7 ClinicalTrials.gov number, "
                         "NCT01234567.)")
    assert found == [("NCT01234567", ("NCT01234567",), "ZETA-7", None)]


def test_a_planned_trial_gives_no_phase_to_the_one_reported():
    found, _ = trials_of("A randomised trial of XY-123 enrolled 40 adults. A larger Phase 3 study will be needed.")
    assert found == [("doc-d-1", (), None, None)]
    found, _ = trials_of("The mid-stage study (NCT01234567) of XY-123 treated 16 adults. A Phase 3 trial is planned for 2031.")
    assert found == [("NCT01234567", ("NCT01234567",), None, None)]


def test_a_random_allocation_in_words_reports_a_trial():
    from kg.trials.patterns import reports_trial
    assert reports_trial("Thirty adults were randomly divided into two groups.")
    assert reports_trial("Each volunteer took XY-123 or water on separate days in random order.")
    assert reports_trial("Twenty adults took XY-123 in an open study for 12 weeks.")
    assert not reports_trial("Thirty adults were randomly selected from the register.")


def test_groups_of_stated_sizes_and_a_random_allocation_with_a_hyphen_report_a_trial():
    from kg.trials.patterns import reports_trial
    assert reports_trial("Sixty adults were divided into the diet group (n=30) and the exercise group (n=30).")
    assert reports_trial("An open random-allocation study of XY-123 was done at six hospitals.")
    assert not reports_trial("Sixty adults were divided into two groups by age.")


def test_a_dose_taken_as_needed_is_no_trial_still_wanted():
    found, _ = trials_of("In this randomized study, 90 adults took XY-123 or placebo every 8 hours as needed for itch.")
    assert found == [("doc-d-1", (), None, None)]


def test_an_abstract_heading_is_no_trial_name():
    from kg.trials.mentions import good_name
    assert not good_name("CONCLUSIONS")
    assert not [n for n in named_trials("CONCLUSIONS This study shows that XY-123 works.") if good_name(n[2])]


def test_a_short_form_in_parentheses_and_a_word_with_initials_name_trials():
    from kg.trials.mentions import good_name
    assert [n[2] for n in named_trials("The Acme Evaluation of Zeta Therapy (ZETA) trial enrolled 40 adults.")] == ["ZETA"]
    assert [n[2] for n in named_trials("Results of the Zeta AB trial were given.") if good_name(n[2])] == ["Zeta AB"]


def test_a_design_s_short_form_in_brackets_names_no_trial():
    text = "Acme ran a double-blind, staggered crossover design (SXD) study of XY-123 in gout."
    assert named_trials(text) == []
    assert [n[2] for n in named_trials("The Zeta Outcomes Study (ZOS) enrolled 90 adults.")] == ["ZOS"]


def test_a_name_between_commas_after_a_phased_trial_and_one_before_a_protocol_code():
    found, _ = trials_of("Acme reported results from a Phase 3 clinical trial, ZETA 1, evaluating XY-123.")
    assert [(name, phase) for _, _, name, phase in found] == [("ZETA 1", "3")]
    found, _ = trials_of("The Phase III ZETA-PC 5 (C90210) trial of XY-123 was stopped.")
    assert [(name, phase) for _, _, name, phase in found] == [("ZETA-PC 5", "3")]
    found, _ = trials_of("A second Phase 3 study in older adults, ZETA-OA, enrolled 40 adults in Spain.")
    assert [name for _, _, name, _ in found] == ["ZETA-OA"]          # (what the trial was like between them)


def test_a_word_between_commas_after_an_unphased_trial_is_no_name():
    found, _ = trials_of("In the trial, CRP, a marker of inflammation, fell with XY-123.")
    assert all(name is None for _, _, name, _ in found)


def test_a_review_and_a_trial_called_for_report_no_trial_of_their_own():
    found, _ = trials_of("Systematic review of XY-123 in sepsis\n\nWe searched for randomized controlled trials of XY-123. "
                         "Nine studies were found.")
    assert found == []
    found, _ = trials_of("XY-123 in sepsis\n\nThe evidence is weak. A large randomized controlled trial is required.")
    assert found == []
    found, _ = trials_of("XY-123 in sepsis\n\nA prospective randomized double-blind study was planned and 72 adults took part.")
    assert len(found) == 1


def test_ids_of_two_registries_in_one_registration_statement_are_one_trial():
    assert [g[2] for g in id_groups("It is registered with EudraCT, number 2010-012345-26, and as an International "
                                    "Standard Randomised Controlled Trial, ISRCTN12345678.")] == \
        [("2010-012345-26", "ISRCTN12345678")]
    assert len(id_groups("ZETA (NCT01234567) and BETA (NCT07654321) were registered.")) == 2   # one registry: two trials


def test_a_name_given_later_to_a_phased_trial_joins_it():
    found, _ = trials_of("The confirmatory Phase 3 study of XY-123 failed.\nXY-123 missed the goal of its confirmatory "
                         "Phase 3 ZETA trial. ZETA (NCT01234567) enrolled 125 boys.")
    assert [(key, name, phase) for key, _, name, phase in found] == [("NCT01234567", "ZETA", "3")]


def test_a_name_in_brackets_after_the_trial_or_closing_its_title():
    found, _ = trials_of("XY-123 versus placebo in gout: primary analysis of a randomised, phase 2 trial (ZETA-1211).\n\n"
                         "We randomly assigned 100 adults to XY-123 or placebo.")
    assert [t[2] for t in found] == ["ZETA-1211"]
    # a short form's bracket may stand between the trial and its name
    found, _ = trials_of("Acme tested XY-123 in a double-blind trial for zeta crisis (ZC) needing admission (QUORUM).")
    assert [t[2] for t in found] == ["QUORUM"]
    # an abbreviation of the words before it is no name
    found, _ = trials_of("This study tested XY-123 in adults with posttraumatic stress disorder (PTSD).")
    assert all(t[2] != "PTSD" for t in found)


def test_a_trial_the_text_says_is_called_by_a_plain_word():
    found, _ = trials_of("The trial, named Meridian, enrolled 400 adults with gout and compared XY-123 with placebo.")
    assert [t[2] for t in found] == ["Meridian"]


def test_a_name_with_a_three_digit_number():
    found, _ = trials_of("Acme announced that the Phase 3 ZETA 301 clinical trial, evaluating XY-123, failed.")
    assert [t[2] for t in found] == ["ZETA 301"]


def test_a_trial_code_opening_the_sentence_it_sets_names_the_trial():
    found, _ = trials_of("204 Background: In ZETA-07, second-line XY-123 gave longer survival than chemotherapy in "
                         "pretreated patients. We report later results from ZETA-07.")
    assert [n for _, _, n, _ in found] == ["ZETA-07"]
    # a drug code (three digits) or a word without a number is no such name
    from kg.trials.patterns import CODE_LEAD
    assert not CODE_LEAD.match("In XY-123, the response rate was 40%.") and not CODE_LEAD.match("In ZETA, it rose.")


def test_a_trial_shaped_code_is_no_drug_code():
    from kg.extractors.document_names import code_names
    assert code_names(["In ZETA-07, XY-123 was given."]) == [[("XY-123", 12)]]


def test_a_trial_named_as_the_source_of_historical_data_is_no_trial_spoken_of():
    text = ("ZETA-7 (NCT01234567) is a Phase 3 trial of XY-123. The primary endpoint was the ARS at 6 months versus "
            "external control data from the ZETA-2 study of AB-77. XY-123 met the primary endpoint.")
    ss = sentences(text)
    mentions = find_trial_mentions(ss)
    att = attribute(ss, resolve_trials(mentions, "d"), mentions)
    assert att.trial_of == (0, 0, 0)


def test_trials_named_together_by_one_stem_are_one_trial_each():
    found, att = trials_of("In the phase 3 ZETA WALK I (N=412) and II (N=419) trials, adults were randomized. In "
                           "ZETA WALK II, 40% responded.")
    assert [t[2] for t in found] == ["ZETA WALK I", "ZETA WALK II"] and att.trial_of[1] == 1
    found, _ = trials_of("Results of the Phase 2 and 3 trials were consistent.")     # phases, not names
    assert [t[2] for t in found] == [None]


def test_a_name_in_the_ids_own_bracket_names_the_trial():
    found, _ = trials_of("This phase 3 trial (ZETANCE; NCT09123456) enrolled adults.")
    assert found[0][1:3] == (("NCT09123456",), "ZETANCE")
    found, _ = trials_of("This trial (primary completion, NCT09123456) enrolled adults.")
    assert found[0][2] is None


def test_a_name_written_with_and_without_its_hyphen_is_one_trial():
    found, _ = trials_of("Results from the phase 3 ZETAHF trial were shown. The randomized ZETA-HF trial enrolled 250 "
                         "adults with zeta disease.")
    assert [(name, phase) for _, _, name, phase in found] == [("ZETA-HF", "3")]


def test_a_name_right_after_trial_or_study_names_it_with_the_phase_before():
    for text, name in (("Acme reports results from the global Phase 3 clinical trial ZetOmArk, investigating XY-123.",
                        "ZetOmArk"),
                       ("Acme reports results from the Phase 3 trial ZETAGARD, which tested XY-123.", "ZETAGARD")):
        found, _ = trials_of(text)
        assert [(n, phase) for _, _, n, phase in found] == [(name, "3")], text
    found, _ = trials_of("In the study NCT01234567, 40 adults took XY-123. In the trial MADRS scores fell.")
    assert [n for _, _, n, _ in found] == [None]


def test_trials_named_together_share_the_phase_and_design_said_of_them():
    text = ("In the phase 3 ZETA-2 and ZETA-1 trials in gout, XY-123 helped. The ZETA-2 and ZETA-1 randomized, "
            "double-blind trials gave XY-123 to adults. ZETA-1 met its goal, while ZETA-2 did not.")
    found, att = trials_of(text)
    assert [(n, phase) for _, _, n, phase in found] == [("ZETA-2", "3"), ("ZETA-1", "3")]
    assert [bool(x) for x in att.shared] == [True, True, False]
    found, att = trials_of("The ZETAMAX trial (NCT01234567) and the BETANOVA trial (NCT07654321) tested XY-123. The "
                           "program includes the Phase 3 ZETAMAX and BETANOVA studies; in ZETAMAX, XY-123 beat placebo.")
    assert att.shared[1][1] == len("The program includes the Phase 3 ZETAMAX and BETANOVA studies")


def test_a_name_that_gathers_the_trials_named_after_it_is_no_trial():
    found, _ = trials_of("The ZETA-1 trial and the ZETA-2 trial tested XY-123. Benefits held across the ZETA studies.")
    assert [n for _, _, n, _ in found] == ["ZETA-1", "ZETA-2"]


def test_trials_named_together_with_their_sizes_or_before_a_colon_share_what_is_said():
    _, att = trials_of("For the phase 3 ZETA WALK I (N=412) and II (N=419) trials, adults were randomized.")
    assert att.shared[0] and len(att.shared[0][0]) == 2
    _, att = trials_of("The ZETA-A trial and the ZETA-B trial enrolled adults. XY-123 in gout (ZETA-A and ZETA-B): two "
                       "randomised, double-blind trials.")
    assert att.shared[1] and len(att.shared[1][0]) == 2


def test_trials_named_together_as_phase_3_trials_each_have_the_phase():
    from kg.documents import parse_document
    from kg.extractors import load_extractors
    doc = parse_document("T\n\nThe ZETA-2 trial and the ZETA-3 trial tested XY-123. ZETA-2 and ZETA-3 are phase 3 "
                         "randomized trials conducted at 200 sites.", source="t.txt")
    phases = {(f.subject.label, f.object_text) for f in load_extractors()["trial_design"].extract(doc)
              if f.predicate == "phase"}
    assert phases == {("ZETA-2", "3"), ("ZETA-3", "3")}


def test_two_trials_named_together_before_clinical_trials_are_two():
    from kg.trials.mentions import named_trials

    names = [n[2] for n in named_trials("Acme reported results from the ZETA 1 and 2 clinical trials of XY-123.")]
    assert "ZETA 1" in names and "ZETA 2" in names


def test_the_names_in_a_programmes_bracket_are_trials_each():
    ms = find_trial_mentions(sentences("It rests on the ZETA phase 3 programme (ZETA 48 and ZETA 16) in adults with gout."))
    assert [m.name for m in ms] == ["ZETA 48", "ZETA 16"]


def test_a_phrase_with_words_before_its_phase_keeps_the_phase():
    ms = find_trial_mentions(sentences("Acme ran a large Phase II trial of XY-123. The 412 patient Phase 3 trial was next."))
    assert [m.phase for m in ms] == ["2", "3"]


def test_earlier_findings_in_a_trial_of_another_phase_make_it_another_trial():
    text = ("Acme today announced top-line results from a Phase III study of XY-123 in gout. The Phase III study "
            "missed its primary endpoint. These results differ from previous findings in a 412 patient Phase II "
            "study of XY-123, which met its primary endpoint.")
    trials, _ = find_trials(sentences(text), "d")
    assert [(t.phase, t.marker) for t in trials] == [("3", ""), ("2", "earlier")]


def test_a_name_with_small_letters_inside_capitals_and_a_plural_initialism_that_is_none():
    for name in ("QUARiT", "ZETAbeta-XY", "ZEtA-1"):
        found, _ = trials_of(f"Results\n\nThe {name} study randomised 104 adults to XY-123 or placebo.")
        assert [f[2] for f in found] == [name], name
    for text in ("The NSAIDs study randomised 104 adults to XY-123 or placebo.",
                 "The ZTx study randomised 104 adults to zeta transfer (ZTx) or placebo."):
        found, _ = trials_of("Results\n\n" + text)
        assert [f[2] for f in found] in ([], [None]), text


def test_a_study_named_by_its_number_but_not_a_count_after_the_word_study():
    found, _ = trials_of("Results\n\nIn Study 123, XY-123 met the primary endpoint in adults with gout.")
    assert [f[2] for f in found] == ["Study 123"]
    found, _ = trials_of("Results\n\nThe trial, study 4567, enrolled adults. Acme also began a trial of XY-123 (study "
                         "4568) in children.")
    assert sorted(f[2] for f in found) == ["study 4567", "study 4568"]
    found, _ = trials_of("Results\n\nIn the randomised study 120 patients took XY-123 in 2019; Study 2019 data came.")
    assert [f[2] for f in found] in ([], [None])


def test_a_word_between_a_trials_phase_and_trial_names_it_but_a_word_for_its_kind_does_not():
    for text in ("The Phase 3 Zenith study enrolled 300 adults.", "A Phase 3 Zenith Trial of XY-123 met its goal."):
        found, _ = trials_of("Results\n\n" + text)
        assert [f[2] for f in found] == ["Zenith"], text
    found, _ = trials_of("Results\n\nThe Phase 3 Registration trial enrolled 300 adults.")
    assert [f[2] for f in found] == [None]
    # a word before the phase names it too, but not a word of place or kind
    found, _ = trials_of("Results\n\nAcme hit the primary endpoint of the Zenith phase III trial in gout.")
    assert [f[2] for f in found] == ["Zenith"]
    found, _ = trials_of("Results\n\nAcme hit the primary endpoint of the Nordic phase III trial in gout.")
    assert [f[2] for f in found] == [None]
    # a word in capitals right after the phase, though no "trial" follows; not a drug's code
    found, _ = trials_of("Results\n\nAcme presents Phase 3 ZENITH-GO data at the meeting.")
    assert [f[2] for f in found] == ["ZENITH-GO"]
    assert named_trials("Acme began Phase 2 dosing of XY-123 and Phase 3 XY-124 data came.") == []


def test_a_name_spelled_out_before_its_bracket_and_trial_names_it_though_the_lexicon_knows_the_letters():
    found, _ = trials_of("Results\n\nThe multicenter Cognition And Training (CAT) trial was run at 14 centers.")
    assert [f[2] for f in found] == ["CAT"]
    found, _ = trials_of("Results\n\nPatients with raised catalase (CAT) levels were studied in the trial.")
    assert [f[2] for f in found] in ([], [None])


def test_a_headline_in_capitals_names_no_trial_by_its_design_words():
    found, _ = trials_of("PHASE 2 CLINICAL TRIAL OF XY-123 (ZQ-7) MEETS GOAL\n\nAcme said its Phase 2 clinical trial "
                         "(ZQ-7) of XY-123 had met its goal.")
    assert [name for _, _, name, _ in found] == ["ZQ-7"]


def test_the_short_form_of_a_body_or_meeting_names_no_trial():
    from kg.documents import parse_document
    from kg.extractors.context import build_context
    doc = parse_document("Headline\n\nAcme reported results of a phase 2b trial of XY-123. Full data will be shown at "
                         "the Annual Meeting of the Zeta Association for the Study of Gout (ZASG).", "t.txt")
    assert all(t.name != "ZASG" for t in build_context(doc).trials)


def test_the_short_form_of_one_common_word_names_no_trial():
    from kg.documents import parse_document
    from kg.extractors.context import build_context
    doc = parse_document("Headline\n\nAcme reported that placebo outperformed XY-123 in the ZETA 1 trial in metastatic "
                         "pancreatic cancer. Acme has made the decision to discontinue the pancreatic (PAC) trial.", "t.txt")
    assert all(t.name != "PAC" for t in build_context(doc).trials)


@pytest.mark.parametrize("long_form, short", [("oral corticosteroids", "OCS"), ("zeta deprivation therapy", "ZDT"),
                                               ("standard of care", "SOC")])
def test_the_short_form_of_a_kind_of_treatment_names_no_trial(long_form, short):
    from kg.documents import parse_document
    from kg.extractors.context import build_context
    doc = parse_document(f"Headline\n\nThe ZETA-3 trial tested XY-123 with {long_form} ({short}) in adults with zeta "
                         f"disease. This was a double-blind, placebo plus {short} controlled phase 3 trial.", "t.txt")
    names = {t.name for t in build_context(doc).trials}
    assert short not in names and "ZETA-3" in names


@pytest.mark.parametrize("text, names", [
    # a name of several words in capitals, with a hyphenated group's number
    ("This question was addressed in the randomized ZETA RUN HF-BETA 12 study.", ["ZETA RUN HF-BETA 12"]),
    # names joined before a plural head are trials' each
    ("A meta-analysis also included the ZEMPO, ZORRO and SOLUMA studies.", ["ZEMPO", "ZORRO", "SOLUMA"]),
    ("The ZEMPO and SOLUMA trials enrolled adults with heart failure.", ["ZEMPO", "SOLUMA"]),
    ("The ZEMPO and ZEMPO2 phase 3 trials enrolled adults.", ["ZEMPO", "ZEMPO2"]),
    # a letter and a hyphen before the word; a bracket of names after the plural head; a trial's kind before its head
    ("In two phase 3 induction trials (Z-ALPHA and Z-OMEGA), we assigned adults to XY-123 or placebo.",
     ["Z-ALPHA", "Z-OMEGA"]),
    ("Responders were randomly assigned in the Z-SIGMA maintenance trial.", ["Z-SIGMA"]),
    # numbered names given together: a trial's kind before them is no part of them; the plural head may come first
    ("Pivotal ZETA 1 and 2 Phase III studies enrolled 800 adults.", ["ZETA 1", "ZETA 2"]),
    ("Acme shows data from its Phase III studies ZETA 1 and 2 at a meeting.", ["ZETA 1", "ZETA 2"]),
])
def test_names_of_several_words_and_names_joined_before_a_plural_head(text, names):
    assert [n[2] for n in named_trials(text)] == names


def test_names_of_short_capitalised_syllables_or_a_camel_case_word_with_a_lettered_number():
    assert [n[2] for n in named_trials("Acme reported that the Phase III ZetIgAm study of XY-123 met its endpoint.")] \
        == ["ZetIgAm"]
    assert [n[2] for n in named_trials("Results of the ZetaMate 7T trial were reported.")] == ["ZetaMate 7T"]
    assert [n[2] for n in named_trials("XY-123 won approval on the phase III ZetaMate 4QX trial.")] == ["ZetaMate 4QX"]
    assert all("AcmeSmithKline" not in n[2] for n in named_trials("for the AcmeSmithKline Zeta Vaccine Study Group"))


@pytest.mark.parametrize("text", [
    "XY-123, an oral zeta antagonist, was tested in a phase 3 trial.",
    "Acme tested XY-123, a dual inhibitor of mutant zeta kinases, in a phase 3 trial.",
])
def test_a_code_an_apposition_calls_a_drug_is_no_trials_name(text):
    assert named_trials(text) == []


def test_an_apposition_that_calls_the_name_a_trial_of_a_drug_still_names_a_trial():
    assert [n[2] for n in named_trials("ZETA, a trial of an oral zeta antagonist, enrolled 300 adults.")] == ["ZETA"]
    assert [n[2] for n in named_trials("ZETA, a randomized, double-blind, phase 3 trial, enrolled 300 adults.")] \
        == ["ZETA"]


def test_a_name_opening_with_a_short_word_in_small_letters():
    assert [n[2] for n in named_trials("A Randomized, Double-blind Phase 3 Trial of XY-123 in Children (miniZETA-2)")] \
        == ["miniZETA-2"]
    assert [n[2] for n in named_trials("The miniZETA-2 trial enrolled 170 children.")] == ["miniZETA-2"]
    assert named_trials("The mRNA-1345 trial enrolled adults.") == []      # one small letter: a product's code
    # (and one small letter after the capitals: "zetIMMa-1")
    assert [n[2] for n in named_trials("In the zetIMMa-1 and zetIMMa-2 phase 3 trials, adults got XY-123.")] \
        == ["zetIMMa-1", "zetIMMa-2"]


def test_names_of_capitals_and_small_letters_in_turn_and_no_company_the_list_knows():
    assert [n[2] for n in named_trials("Results of the ZuMOra-114 phase III trial were presented.")] == ["ZuMOra-114"]
    assert [n[2] for n in named_trials("The ZuMOra-114 (Zeta Virus) phase III trial of XY-123 met its endpoint.")] \
        == ["ZuMOra-114"]
    assert named_trials("The trial evaluating McKay protocols for gout was run.") == []
    text = "Safety was in line with earlier results of the UCB phase 3 trial. XY-123 was well tolerated."
    trials, _ = find_trials(split_sentences(text, content_lines(text)))
    assert [t.name for t in trials] == [None]


def test_a_name_set_before_number_and_an_id_or_before_investigators_names_the_trial():
    text = "XY-123 improved zeta-free survival. (Funded by Acme; ZetaMate 7T number, NCT01234567.)"
    trials, _ = find_trials(split_sentences(text, content_lines(text)))
    assert [(t.key, t.name) for t in trials] == [("NCT01234567", "ZetaMate 7T")]
    assert [n[2] for n in named_trials("for the ZETA-HR Investigators")] == ["ZETA-HR"]


def test_a_registry_number_in_brackets_after_a_name_does_not_split_the_trial():
    text = ("The ZETA trial of XY-123 in adults.\n\nZETA (ClinicalTrials.gov number, NCT01234567) was a phase 3, "
            "multicentre, randomised trial. (Funded by Acme; ZETA ClinicalTrials.gov number, NCT01234567.)")
    trials, _ = find_trials(split_sentences(text, content_lines(text)))
    assert [(t.key, t.name) for t in trials] == [("NCT01234567", "ZETA")]


def test_the_sponsors_code_in_brackets_after_a_trials_name_is_no_other_trial():
    found, _ = trials_of("Acme announced results from the Phase III ZETA study (AB3007) of XY-123 in myeloma. In ZETA, "
                         "XY-123 cut the risk of progression by half.")
    assert [name for _, _, name, _ in found] == ["ZETA"]


def test_replicate_trials_named_only_where_their_results_are_given_are_two_trials_each_with_its_clause():
    text = ("In these replicate phase 3 trials, adults were assigned to XY-123 or placebo. The attack rate was 0.3 with "
            "XY-123 and 0.9 with placebo in ZETA-1 and 0.7 with XY-123 and 1.4 with placebo in ZETA-2.")
    found, att = trials_of(text)
    assert [name for _, _, name, _ in found] == ["ZETA-1", "ZETA-2"]
    second = sentences(text)[1].text
    assert [(c.start, c.trial) for c in att.clauses[1]] == [(0, 0), (second.index("ZETA-1") + 6, 1)]


def test_numbered_names_after_in_without_a_word_for_several_trials_name_none():
    found, _ = trials_of("The attack rate was 0.3 with XY-123 in ZETA-1 and 0.7 with XY-123 in ZETA-2.")
    assert found == []


def test_a_kind_of_therapy_before_trial_in_a_title_is_no_trial_name():
    from kg.trials.mentions import good_name
    assert not [n for n in named_trials("Acme Reports Results from First Pivotal CAR-T Trial in Lymphoma")
                if good_name(n[2])]
    assert [n[2] for n in named_trials("Acme Reports Results from the Pivotal ZETA-T Trial in Lymphoma")
            if good_name(n[2])] == ["ZETA-T"]


def test_a_genes_symbol_written_with_a_hyphen_is_no_trial_name():
    from kg.trials.mentions import good_name
    assert not good_name("PARP-1") and not good_name("CDK-4")
    assert good_name("ZETA-1")


def test_a_name_set_before_the_companys_own_study_between_commas():
    from kg.trials.mentions import good_name
    assert [n[2] for n in named_trials("Acme presented results from ZETAMAX, its global Phase 3 study of XY-123.")
            if good_name(n[2])] == ["ZETAMAX"]


def test_a_case_series_or_a_studied_effect_in_counted_patients_reports_a_study_but_a_laboratory_effect_does_not():
    from kg.trials.patterns import reports_trial
    assert reports_trial("DESIGN: Retrospective case series.")
    assert reports_trial("This study investigated the effect of zeta stimulation on zeta performance in 18 adults.")
    assert reports_trial("The objective of this study is to investigate the feasibility and safety of zetotomy.")
    assert not reports_trial("In the present study, we investigated the effects of XY-1 on the growth of zeta cells.")
    assert not reports_trial("Such a rate is based on published case series.")


def test_extension_studies_named_in_title_case_before_their_head_are_trials_of_their_own():
    text = ("The Phase 3 Zinnia trial (NCT01234567) met its goal. Patients who completed Zinnia could go on receiving "
            "XY-123 in the open-label Orchid and Orchid-2 extension studies.")
    found, _ = trials_of(text)
    assert [n for _, _, n, _ in found][1:] == ["Orchid", "Orchid-2"]
    assert [m.marker for m in find_trial_mentions(sentences(text)) if m.name in ("Orchid", "Orchid-2")] == \
        ["extension", "extension"]


def test_names_set_before_a_plural_head_are_trials_of_their_own_and_no_extensions():
    text = "Acme reported results from ZETA-10 and ZETA-11, two pivotal Phase 3 studies of XY-123."
    assert [m.marker for m in find_trial_mentions(sentences(text))] == ["", ""]


def test_a_controlled_result_after_an_extension_named_in_passing_is_the_randomised_trials():
    text = ("The randomized, placebo-controlled ZETA trial (NCT01234567) enrolled 300 adults. XY-123 was given again in "
            "the Long-Term Extension (LTE) study. Across all adults, the primary end point was no different for "
            "XY-123 than for placebo. Nor was the time to recovery.")
    trials, att = attributed(text)
    assert [(t.name, t.marker) for t in trials] == [("ZETA", ""), ("LTE", "extension")]
    assert att.trial_of == (0, 1, 0, 0)


def test_a_controlled_result_after_a_second_randomised_trial_is_that_trials():
    text = ("The ZETA-1 trial (NCT01234567) enrolled 300 adults. The ZETA-2 trial (NCT07654321) enrolled 200 more. "
            "The primary end point differed between XY-123 and placebo.")
    assert attributed(text)[1].trial_of == (0, 1, 1)


def test_a_name_before_randomized_clinical_trial_and_a_letter_dash_word_with_digits():
    for text, name in (("The double-blind ZETA-7 randomized clinical trial enrolled 300 adults.", "ZETA-7"),
                       ("The Z-ZETA2 randomized controlled trial enrolled 300 adults.", "Z-ZETA2")):
        found, _ = trials_of(text)
        assert found[0][2] == name, text


def test_a_capitalised_word_and_a_number_said_to_be_a_trial_is_its_name_but_a_group_is_not():
    found, _ = trials_of("Zetayil 2 was a 12-week randomized, placebo-controlled study of XY-123 in 40 adults.")
    assert found[0][2] == "Zetayil 2"
    found, _ = trials_of("In the randomized Cohort 2 study, 40 adults received XY-123.")
    assert found[0][2] is None


def test_a_plain_word_the_lexicon_holds_in_small_letters_names_a_trial_when_written_in_capitals_after_a_phase():
    found, _ = trials_of("Acme presented the Phase 3 ZINC clinical trial of XY-123 in adults with gout.")
    assert found[0][2] == "ZINC"
    found, _ = trials_of("Acme presented the Phase 3 Zinc clinical trial of XY-123 in adults with gout.")
    assert found[0][2] is None           # (as the lexicon writes it, the word is the element's)


def test_a_word_with_capitals_inside_between_a_phase_and_trial_and_a_word_with_a_number_before_trial():
    for text, name in (("Acme Announces Phase 3 ZeTAway Trial of XY-123 in Adults", "ZeTAway"),
                       ("Acme said the safety of XY-123 in its Zenith-3 trial was as expected.", "Zenith-3")):
        found, _ = trials_of(text)
        assert found[0][2] == name, text
    found, _ = trials_of("Adults in the Week-12 study got XY-123 in a randomized trial.")
    assert found[0][2] is None


def test_names_listed_in_apposition_to_a_plural_head_are_trials_each():
    found, _ = trials_of("Two phase 3 trials, Zenith and Nadir, enrolled 900 adults with gout.")
    assert [t[2] for t in found] == ["Zenith", "Nadir"]
    found, _ = trials_of("Acme reported Zenith 1 and Zenith 2, two identical randomized studies of XY-123.")
    assert [t[2] for t in found] == ["Zenith 1", "Zenith 2"]
    found, _ = trials_of("Acme and Zeta Bio, two companies that ran randomized trials, reported data.")
    assert [t[2] for t in found] == [None]


def test_one_initialism_before_studies_is_a_kind_of_study_not_a_trials_name():
    assert named_trials("GWAS studies implicate genes in a randomized trial.") == []
    assert [n[2] for n in named_trials("A pooled analysis of the ZETA and BETA studies.")] == ["ZETA", "BETA"]


def test_a_word_made_an_adjective_by_its_last_part_is_no_trials_name():
    found, _ = trials_of("This was a double-blind, placebo plus optional ZX-controlled phase 3 trial of XY-123.")
    assert [t[2] for t in found] == [None]


def test_an_abstracts_heading_run_together_with_its_sentence_hides_no_trials_name():
    found, _ = trials_of("PurposeTo test XY-123 against vitamin A. DesignZENITH (NCT01234567) was a randomized trial.")
    assert [(t[1], t[2]) for t in found] == [(("NCT01234567",), "ZENITH")]


def test_trials_named_together_share_a_long_description_of_their_design():
    from kg.documents import parse_document
    from kg.extractors import load_extractors
    doc = parse_document("T\n\nZENITH (NCT01234567) and NADIR (NCT07654321) were identically designed, randomized, "
                         "double-masked, active comparator-controlled phase 3 noninferiority trials at 90 sites.",
                         source="t.txt")
    phases = {(f.subject.label, f.object_text) for f in load_extractors()["trial_design"].extract(doc)
              if f.predicate == "phase"}
    assert phases == {("NCT01234567", "3"), ("NCT07654321", "3")}


def test_a_trademark_sign_after_a_trials_name_keeps_it_a_name():
    assert [n[2] for n in named_trials("Acme began the ZENITH 1™ study of XY-123 in adults in May.")] \
        == ["ZENITH 1"]


def test_names_joined_before_a_disease_short_form_and_a_plural_head_are_trials_without_the_short_form():
    text = "Dosing every 16 weeks held in the CANYON and RIVER ZME studies."
    found, _ = find_trials(sentences(text), "d", frozenset({"ZME"}))     # (ZME: a disease's short form the text defines)
    assert sorted(t.name for t in found) == ["CANYON", "RIVER"]


def test_a_regulatory_exemptions_short_form_before_study_names_no_trial():
    found, _ = trials_of("The ZENITH trial ran as an Investigational Device Exemption (IDE) study of the Acme pump in "
                         "adults with heart failure.")
    assert [t[2] for t in found] == ["ZENITH"]


@pytest.mark.parametrize("text, found", [
    ("Acme news\n\nAcme announced updated study results for XY-123. The interim study showed XY-123 cut the risk of "
     "zeta events by 80%.", True),
    ("Zeta faces\n\nWe recorded responses in 29 adults with zeta disease. This study found no deficit in them.",
     False),
    ("Zeta mice\n\nA mouse study showed XY-123 cut zeta events.", False),
])
def test_study_results_told_as_news_report_a_trial_but_an_abstracts_own_closing_words_do_not(text, found):
    trials, _ = trials_of(text)
    assert bool(trials) is found


def test_a_programs_outlook_beside_a_trials_result_hedges_no_trial():
    found, _ = trials_of("Acme says the future of XY-123 development is unclear after its Phase 2 study missed every "
                         "goal. The study took 64 adults picked like those of a prior Phase 2a trial.")
    assert [p for *_, p in found] == ["2", "2a"]
    found, _ = trials_of("Acme says that future trials are unclear after its Phase 2 study missed every goal. The "
                         "study took 64 adults picked like those of a prior Phase 2a trial.")
    assert [p for *_, p in found] == ["2a"]         # (a plan for later trials still hedges)


def test_the_results_of_a_study_of_a_treatment_report_a_trial_and_those_of_a_survey_do_not():
    found, _ = trials_of("Results from the new study testing the inhaled drug in zeta disease have shown that XY-12 "
                         "kept 61 of 95 adults free of flares.")
    assert len(found) == 1
    found, _ = trials_of("Results from a survey study of zeta disease in 95 adults showed that most had flares.")
    assert found == []


def test_a_name_written_before_trials_in_the_plural_is_a_kind_of_trial_not_one():
    text = ("In the first randomized ZRMM study reported to date, adding XY-123 did not help. The data will serve as a "
            "benchmark for future ZRMM clinical trials.")
    assert [name for _, _, name, _ in trials_of(text)[0]] == [None]


def test_names_listed_before_a_shared_plural_are_still_trials():
    text = "Acme said the ZETA-2 and ZETA-3 trials met their primary endpoints. The ZETA-3 trial enrolled 1,600 women."
    assert [name for _, _, name, _ in trials_of(text)[0]] == ["ZETA-2", "ZETA-3"]


def test_an_id_given_alone_in_a_registration_statement_is_the_one_named_trials():
    text = ("Extended zeta care: the 10-year ZETALONG study results\n\nMethods:The ZETALONG study evaluated the safety of "
            "XY-123 in adults with zeta disease. This open-label phase IIIb extension study enrolled people who "
            "had finished earlier core trials of XY-123. Results:Most stayed free of relapse. Trial "
            "Registration:ClinicalTrials.gov identifier: NCT01234567.")
    assert [(key, name) for key, _, name, _ in trials_of(text)[0]] == [("NCT01234567", "ZETALONG")]
    # (where the text named two trials, the registration says not whose)
    text = ("Zeta results\n\nThe ZETALONG study and the BETALONG study followed adults who took XY-123. Most stayed "
            "free of relapse. Trial Registration:ClinicalTrials.gov identifier: NCT01234567.")
    assert [name for _, _, name, _ in trials_of(text)[0]] == ["ZETALONG", "BETALONG", None]


def test_a_short_form_after_a_spelled_out_title_that_ends_on_study_or_trial_is_the_trials_name():
    assert [n[2] for n in named_trials("The follow-up of the Zeta Protection Study (ZPS) went on for years.")] == ["ZPS"]
    assert [n[2] for n in named_trials("Those with Zeta Outcomes Trial (ZOT) results came later.")] == ["ZOT"]
    # (an abbreviation of words that are no title is none: "post-zeta stress disorder (PZSD)")
    assert named_trials("Adults with post-zeta stress disorder (PZSD) joined the study.") == []


@pytest.mark.parametrize("line", [
    "EudraCT: 2031-000123-45. ClinicalTrials.gov: NCT01234567.",
    "Registered at EudraCT (2031-000123-45). Also at ClinicalTrials.gov (NCT01234567).",
])
def test_ids_of_different_registries_on_one_line_are_one_trials(line):
    text = "Zeta trial\n\nThe open-label study of XY-123 enrolled 20 adults.\n\nTrial numbers\n\n" + line
    assert [ids for _, ids, *_ in trials_of(text)[0]] == [("2031-000123-45", "NCT01234567")]


def test_ids_of_one_registry_on_one_line_stay_two_trials():
    text = "Zeta trials\n\nThe open-label studies of XY-123 enrolled 20 adults.\n\nNCT01234567. NCT07654321."
    assert len(trials_of(text)[0]) == 2


def test_a_trials_name_written_in_capitals_later_and_a_phase_in_words_name_that_trial():
    text = ("Acme said the Heron-1 and Heron-2 trials of XY-12 met their goals. In the Heron-1 phase three trial, "
            "XY-12 helped 30% of patients. In the HERON-2 phase three trial, XY-12 helped 41% of patients.")
    found, att = trials_of(text)
    assert [(name, phase) for _, _, name, phase in found] == [("Heron-1", "3"), ("Heron-2", "3")]
    assert att.trial_of[1:] == (0, 1)


def test_a_phase_in_words_needs_a_trials_word_after_it():
    assert [PHASE.search(t) is not None for t in ("a phase three clinical trial", "positive phase two data",
                                                   "In phase two of the trial", "phase one of the rollout")] \
        == [True, True, False, False]


@pytest.mark.parametrize("text, names", [
    ("The phase 3 trials — ZENITH 1 and ZENITH 2 — tested XY-123 in gout.", ["ZENITH 1", "ZENITH 2"]),
    ("The phase 3 trials—ZENITH (Zeta Efficacy Network In Trials Here) 1 and ZENITH 2—tested XY-123.", ["ZENITH 1", "ZENITH 2"]),
])
def test_names_listed_between_dashes_after_a_plural_head_name_trials_each_without_an_expansion_before_a_number(text, names):
    assert [n[2] for n in named_trials(text)] == names


def test_an_unnamed_extension_of_a_known_trial_is_a_trial_of_its_own():
    text = ("In the ZETA trial (NCT01234567), 60 adults were randomized. The benefit held in the later 18-month "
            "open-label extension study.")
    trials, att = attributed(text)
    assert [(t.name, t.marker) for t in trials] == [("ZETA", ""), (None, "extension")]
    assert att.trial_of == (0, 1)


@pytest.mark.parametrize("text", [
    "Both phase 3 trials ZENITH 1 and ZENITH 2 tested XY-123 in gout. ZENITH 1 enrolled 300. ZENITH 2 enrolled 310.",
    "The phase 3 trials — ZENITH (Zeta Efficacy Network In Trials Here) 1 and ZENITH 2 — tested XY-123 in gout. ZENITH 1 "
    "enrolled 300. ZENITH 2 enrolled 310.",
])
def test_trials_named_together_after_a_plural_head_share_what_the_sentence_says_of_them(text):
    trials, att = attributed(text)
    assert [t.name for t in trials] == ["ZENITH 1", "ZENITH 2"]
    assert att.shared[0] and att.shared[0][0] == (0, 1)


ROUNDUP = ("In one study, 140 adults were randomized to a placebo or zetamab for ten weeks. They had fewer "
           "falls. The second study enrolled 260 people on AB-7 who got a placebo or betamab. They slept "
           "better. The third study gave 90 adults gammamab or a placebo. Gammamab was well tolerated.")


def test_the_studies_a_roundup_counts_are_trials_each_after_a_first():
    found, att = trials_of(ROUNDUP)
    assert [t[0] for t in found] == ["doc-d-1", "doc-d-second", "doc-d-third"]
    assert att.trial_of == (0, 0, 1, 1, 2, 2)


@pytest.mark.parametrize("text", [
    "The ZETA and BETA trials enrolled adults. ZETA gave XY-123. The second study gave AB-7 to 40 adults.",
    "This is the second study to show that XY-123 lowers zeta in adults. It enrolled 40 adults.",
    "A second study is planned. The study enrolled 40 adults given XY-123 or placebo.",
])
def test_a_count_beside_named_trials_ranking_the_trial_or_hedged_makes_no_trial(text):
    found, _ = trials_of(text)
    assert not any(key.endswith(("-second", "-third")) for key, *_ in found)


def test_numbered_names_in_brackets_after_each_item_of_a_list_are_the_trials_the_words_before_count():
    found, _ = trials_of("Acme reported three Phase 3 ZETA trials of XY-123. In the trials, XY-123 was superior to "
                         "AB-1 (ZETA-1), CD-2 (ZETA-3) and EF-3 (ZETA-5).")
    assert {name for _, _, name, _ in found} == {"ZETA-1", "ZETA-3", "ZETA-5"}
    # (a bracket after one item alone is no list of trials: an alias or a short form)
    found, _ = trials_of("In the trials, XY-123 was superior to AB-1 (ZETA-1) and CD-2.")
    assert not any(name for _, _, name, _ in found)


def test_a_name_in_capitals_a_sentence_opens_on_before_its_people_and_allocation_is_a_trials():
    found, _ = trials_of("Three trials were reported. In ZETAWAY, 210 patients with zeta fever were randomly allocated "
                         "(1:1) to XY-123 or placebo. In BETALINE, 480 adults with beta disease were randomly assigned to "
                         "AB-7 or placebo.")
    assert {name for _, _, name, _ in found} == {"ZETAWAY", "BETALINE"}
    # (not a place or a year: no people counted and allocated after it)
    found, _ = trials_of("In ZETAVILLE, 210 adults took part in a survey. In 2019, 210 adults were randomized to A or B.")
    assert not any(name for _, _, name, _ in found)


def test_a_name_in_the_ids_bracket_before_the_registrys_words_names_the_trial():
    found, _ = trials_of("The phase 3 study (ZX-PLUS; ClinicalTrials.gov Identifier: NCT01234567) included 2,100 adults.")
    assert found == [("NCT01234567", ("NCT01234567",), "ZX-PLUS", "3")]


def test_a_study_number_in_brackets_right_after_a_trials_name_is_no_other_trial():
    found, _ = trials_of("A journal carried ZENITH 1 (Study 418), a Phase 3 study of XY-123. ZENITH 1 was a "
                         "randomized study of 912 adults.")
    assert [name for _, _, name, _ in found] == ["ZENITH 1"]


def test_a_study_number_after_a_plain_word_in_brackets_is_a_trials_name():
    found, _ = trials_of("The trial (Study 306) enrolled 30 adults.")
    assert [name for _, _, name, _ in found] == ["Study 306"]


def test_a_study_number_in_brackets_after_a_short_form_is_a_trials_name():
    found, _ = trials_of("The group with mild ZPD (study 117B) took in 88 women. The severe ZPD group (study 117A) "
                         "took in 95 women.")
    assert sorted(name for _, _, name, _ in found) == ["study 117A", "study 117B"]


def test_a_name_after_the_registry_id_in_its_bracket_names_that_trial():
    found, _ = trials_of("It was a 12-week trial (NCT01234567; ZENOBIA 2) of XY-123 in adults.")
    assert [(ids, name) for _, ids, name, _ in found] == [(("NCT01234567",), "ZENOBIA 2")]


def test_a_footnote_star_after_a_name_keeps_it_the_trials():
    assert [n[2] for n in named_trials("XY-123 cut deaths in the phase III ZORAK* trial.")] == ["ZORAK"]


def test_names_joined_before_a_verb_that_calls_them_trials_are_each_a_trials():
    text = "ZE MOVING 1 (early (e)-disease) and ZE MOVING 2 (late disease) are double-blind, phase 3 trials of XY-123."
    assert [n[2] for n in named_trials(text)] == ["ZE MOVING 1", "ZE MOVING 2"]
    assert named_trials("Gout (early disease) and zeta (late disease) are common in trials.") == []


def test_names_in_mixed_case_with_a_number_or_two_capitals_inside():
    assert [n[2] for n in named_trials("The zeTandem1 trial, a phase 3 trial, enrolled 700 adults.")] == ["zeTandem1"]
    assert [n[2] for n in named_trials("XY-123 in Adults With Gout: The Phase 3 zeLTa Trial")] == ["zeLTa"]


def test_a_trial_named_in_title_case_with_a_place_first_is_named_so():
    found, _ = trials_of("Outcomes After 15 Years in the Zorberg Randomized Zeta Cancer Screening Trial\n\n"
                         "In 1994, 8,000 men were randomized to screening or control.")
    assert [name for _, _, name, _ in found] == ["Zorberg Randomized Zeta Cancer Screening Trial"]
    found, _ = trials_of("XY-123 in Gout: The Randomized Phase 3 Trial\n\nAdults were randomized to XY-123 or placebo.")
    assert [name for _, _, name, _ in found] in ([], [None])
    # (nor a cohort's name: "Study")
    assert named_trials("Data came from the Zorberg Diet and Zeta Study of 30,000 adults.") == []


def test_a_trial_an_abstracts_background_names_with_a_is_an_earlier_one_not_the_abstracts_own():
    found, _ = trials_of("BACKGROUND: In a phase 2 trial, XY-123 was safe in adults with gout. "
                         "METHODS: In a phase 3, double-blind trial, 300 adults were assigned to XY-123 or placebo.")
    assert [phase for _, _, _, phase in found] == ["2", "3"]
    found, _ = trials_of("In a phase 2 trial, XY-123 was safe in adults with gout. In a phase 3 trial, we "
                         "assigned 300 adults to XY-123 or placebo.")
    assert [phase for _, _, _, phase in found] != ["2", "3"]


def test_a_name_before_its_phase_after_an_adjective_of_the_trial():
    found, _ = trials_of("Results from the pivotal Zorvator Phase III trial showed XY-123 beat placebo.")
    assert [name for _, _, name, _ in found] == ["Zorvator"]


def test_a_name_said_after_the_same_name_with_its_number_is_that_trials_short_name():
    found, _ = trials_of("Results came from the phase 3 ZORAN IV study of XY-123. The ZORAN trial randomized 131 adults.")
    assert [name for _, _, name, _ in found] == ["ZORAN IV"]
    # (not where the bare name has a phase of its own: the series' earlier trial)
    found, _ = trials_of("The phase 3 ZORAN-2 study followed the phase 2 ZORAN trial of XY-123.")
    assert sorted(name for _, _, name, _ in found) == ["ZORAN", "ZORAN-2"]


def test_a_first_line_that_is_only_a_trials_name_names_the_trial_a_study_summary_reports():
    found, _ = trials_of("ZORAK-HF\nTrial question\nDoes XY-123 help adults with heart failure?\nStudy design\nRCT\n"
                         "N=310 XY-123 once daily.\nN=305 placebo.")
    assert [name for _, _, name, _ in found] == ["ZORAK-HF"]
    # (not a heading over text that speaks of no trial)
    found, _ = trials_of("BACKGROUND\nZeta disease is common in adults over 60 years of age.")
    assert all(name is None for _, _, name, _ in found)
    # (nor a company's name in capitals over its news, nor a page's label)
    for text in ("ACMEZETA\nAcmezeta announces that the phase 3 trial of XY-123 met its endpoint.",
                 "JOURNAL ARTICLE\nRANDOMIZED CONTROLLED TRIAL\nXY-123 in adults with gout: a randomized trial."):
        found, _ = trials_of(text)
        assert not any(name in ("ACMEZETA", "JOURNAL ARTICLE") for _, _, name, _ in found)


def test_two_trials_set_apart_by_one_and_the_other_are_named_in_apposition():
    found, _ = trials_of("Acme reported two Phase 3 trials of XY-123. In one study, ZOLVEN, adults had fewer attacks "
                         "than with placebo. In the other, ZOLVAR, neither dose differed from placebo.")
    assert {name for _, _, name, _ in found} == {"ZOLVEN", "ZOLVAR"}


@pytest.mark.parametrize("name", ["ZEPHYR HoFH", "ZEPHYR HFpEF", "ZEPHYR AxSpA"])
def test_a_name_may_end_on_a_short_form_in_mixed_case(name):
    assert [n[2] for n in named_trials(f"Here are 36-week data from the double-blind {name} trial.")] == [name]


def test_one_trial_named_with_its_diseases_short_form_keeps_it_a_list_of_names_does_not():
    text = ("XY-123 was given to adults with zeta familial hyperlipidaemia (ZFH). Here are 36-week data from the "
            "double-blind ZEPHYR ZFH trial.")
    found, _ = find_trials(sentences(text), "d", frozenset({"ZFH"}))
    assert [t.name for t in found] == ["ZEPHYR ZFH"]
    text = "XY-123 was given to adults with zeta macular edema (ZME) in the ZETA and BETA ZME studies."
    found, _ = find_trials(sentences(text), "d", frozenset({"ZME"}))
    assert sorted(t.name for t in found) == ["BETA", "ZETA"]


def test_a_trademark_sign_after_a_names_first_word_keeps_the_name_whole():
    found, _ = trials_of("XY-123 in zeta lymphoma: three-year data of the ZETOR QL-4 trial\n\n"
                         "Results from the pivotal ZETOR® QL-4 study were presented. The ZETOR QL-4 trial enrolled adults.")
    assert [name for _, _, name, _ in found] == ["ZETOR QL-4"]


@pytest.mark.parametrize("text, reported", [
    ("Data of a proof-of-concept study with XY-123 in adults with zeta anaemia were presented.", True),
    ("A first-in-human study of XY-123 dosed 12 volunteers.", True),
    ("The dose-escalation study of XY-123 in zeta disease goes on.", True),
    ("A proof-of-concept study in mice showed XY-123 works.", False),
    ("A dose-finding study in rat models of zeta disease was done.", False),
])
def test_an_early_study_named_by_its_aim_reports_a_trial_unless_run_in_animals(text, reported):
    from kg.trials.patterns import reports_trial
    assert reports_trial(text) is reported
