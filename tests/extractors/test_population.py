"""The population extractor on whole invented documents: arms in lists and sentences, enrollment, ages."""

import pytest

from kg.documents import parse_document
from kg.extractors.population import PopulationExtractor
from kg.text.ages import age_stats, find_ages


def facts(text):
    doc = parse_document("Headline\n\n" + text, source="t.txt")
    return [(f.subject.label, f.predicate, f.object_text) for f in PopulationExtractor().extract(doc)]


def test_a_record_style_list_of_arms():
    found = facts("Study record: NCT01234567\nEnrollment (actual): 46\nArms\n"
                  "Intervention (n=30): two injections of XY-123\nControl (n=16): observation during the first year\n"
                  "Key eligibility\nAge 5 years or older")
    assert ("intervention", "armSize", "30") in found and ("control", "armSize", "16") in found
    assert ("intervention", "armIntervention", "XY-123") in found
    assert ("NCT01234567", "enrollment", "46") in found
    assert ("NCT01234567", "eligibleAgeMin", "5") in found


@pytest.mark.parametrize("sep", ["; ", ", "])
def test_the_groups_a_study_counts_and_lists_after_a_colon_are_its_arms(sep):
    found = facts("Researchers ran a double-blind study of XY-123 in boys with zeta dystrophy. The trial comprised four "
                  f"treatment groups: placebo{sep}AB-77 0.5mg/kg/day{sep}XY-123 3mg/kg/day{sep}and XY-123 9mg/kg/day. "
                  "In all, 121 boys were enrolled.")
    assert {o for _, p, o in found if p == "armLabel"} == {"placebo", "AB-77", "XY-123 3 mg/kg/day", "XY-123 9 mg/kg/day"}


def test_randomly_assigning_a_number_of_patients_is_the_enrollment():
    assert ("enrollment", "312") in {(p, v) for _, p, v in facts(
        "ZETA was a double-blind study, randomly assigning 312 patients (2:1) to XY-123 or placebo.")}


def test_lines_after_a_list_of_arms_are_not_arms():
    found = facts("The randomised trial (NCT01234567) compared two treatments:\n"
                  "Experimental arm: XY-123 20 mg daily (101 participants)\n"
                  "Placebo comparator arm: matching placebo daily (99 participants)\n"
                  "Participants kept their usual medicines.\nSafety: headache (n=4)")
    arms = sorted(label for label, p, _ in found if p == "armLabel")
    assert arms == ["XY-123", "placebo"]


def test_the_first_size_stated_is_kept():
    found = facts("The trial (NCT01234567) randomised 90 patients: 60 to XY-123 and 30 to placebo. "
                  "At week 12, the analysis included the XY-123 group (n=57).")
    assert [o for s, p, o in found if p == "armSize" and s == "XY-123"] == ["60"]
    assert [o for _, p, o in found if p == "enrollment"] == ["90"]


def test_a_hedge_after_the_count_does_not_hide_it():
    found = facts("The trial (NCT01234567) randomised 420 patients 1:1: 210 to XY-123 and 210 to placebo, with "
                  "treatment planned for two years.")
    assert ("NCT01234567", "enrollment", "420") in found
    assert ("placebo", "armSize", "210") in found


def test_a_trials_planned_enrollment_is_read_and_another_trials_plan_is_not():
    # (the trial's own plan, as a registry's estimated enrollment; not a plan for a new trial)
    assert [f[2] for f in facts("The trial (NCT01234567) plans to enrol 600 adults.") if f[1] == "enrollment"] == ["600"]
    assert not [f for f in facts("The trial (NCT01234567) is complete. Acme plans to enrol 600 adults in a new trial.")
                if f[1] == "enrollment"]
    assert not [f for f in facts("The trial (NCT01234567) is complete. The next trial will enrol 600 adults.")
                if f[1] == "enrollment"]


def test_eligible_and_enrolled_ages_are_told_apart():
    assert [(a.kind, a.low, a.high) for a in find_ages("Adults aged 18 to 80 with asthma were eligible.")] == \
        [("eligible", 18, 80)]
    assert [(a.kind, a.low, a.high) for a in find_ages("Ages ranged from 23 to 71 years.")] == [("enrolled", 23, 71)]
    assert [(a.kind, a.low, a.high) for a in find_ages("To qualify, children had to be ages 6-11.")] == \
        [("eligible", 6, 11)]
    assert [(a.kind, a.low, a.high) for a in find_ages("Patients between the ages of 40 and 75 took part.")] == \
        [("eligible", 40, 75)]
    assert find_ages("Infants aged 3 to 18 months took part.") == []
    assert find_ages("Randomisation was stratified by age (under 12 years vs 12 years and older).") == []


def test_patterns_with_a_look_ahead_match_as_their_plain_forms():
    """The look-ahead before a choice of words only lets re skip positions: every match stays the same."""
    import random
    import re

    from kg.extractors import population as p
    lead = re.compile(r"^\(\?=\[[^\]]*\]\)")                       # the look-ahead rx.starts_with makes
    patterns = {"enrolled": p.ENROLLED[0], "enrolled in": p.ENROLLED[2], "arm cue": p.ARM_CUE.patterns[0]}
    words = ["enrolled", "Recruited", "dosed", "in", "among", "By", "occurred", "40", "five", "adults", "Patients",
             "women", "men", "boys", "randomised", "assigned", "dose", "groups", "(", "n", "=", ",", ";", "x", "-"]
    rng = random.Random(7)
    for name, fast in patterns.items():
        assert lead.match(fast.pattern), name
        plain = re.compile(lead.sub("", fast.pattern), fast.flags)
        for _ in range(3000):
            text = "".join(rng.choice(words) + rng.choice(["", " ", " ", "-"]) for _ in range(rng.randint(1, 8)))
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (name, text)


def test_arm_cue_finds_the_sentences_its_one_alternation_found():
    """ARM_CUE is its forms apart, each with its own prefilter: a sentence passes exactly when the alternation of them
    all finds it."""
    import random
    import re

    from kg.extractors import population as p
    plain = re.compile(r"\b(?:randomi[sz]\w*|assigned|allocated|received|dose[- ](?:cohorts|groups|levels|arms)|(?:divided|split)"
                       rf"\s+into)\b|\(\s*[nN]\s*=|[,;]\s*[nN]\s*=|\(\d[\d,]*\s+{p.PEOPLE}\)|(?<![\d,])\d[\d,]*+\s++in\s+the\s+"
                       r"[\w-]+\s+(?:arm|group)\b", re.I)
    words = ["randomised", "Assigned", "split", "into", "dose", "groups", "(", "n", "=", ",", ";", "12", "1,000", "in",
             "the", "placebo", "arm", "group", "adults", ")", "x", "-"]
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", " ", "-"]) for _ in range(rng.randint(1, 8)))
        assert (p.ARM_CUE.search(text) is not None) == (p.ARM_CUE.found(text) is not None) == bool(plain.search(text)), text


def test_cues_with_words_grouped_by_first_letter_match_as_the_plain_choice():
    import random
    import re

    from kg.extractors import population as p
    plain = {"enrolled cue": (p.ENROLLED_CUE, re.compile(rf"\b(?:{p.WHO}|enrol\w*|screened|assessed)\b", re.I)),
             "sex cue": (p.SEX_CUE, re.compile(rf"\b{p.SEX}\b", re.I))}
    words = p.PEOPLE_WORDS + p.SEX_WORDS + p.STUDIED + ["enrol", "Enrolled", "screened", "assessed", "MEN", "x", "out", "K", "ſ"]
    rng = random.Random(5)
    for name, (fast, slow) in plain.items():
        assert fast.pattern != slow.pattern, name
        for _ in range(3000):
            text = "".join(rng.choice(words) + rng.choice(["", " ", " ", "-", "."]) for _ in range(rng.randint(1, 8)))
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], (name, text)


def test_a_ratio_of_patients_is_no_enrollment():
    found = facts("The ZETA trial (NCT01234567) was randomised. It is estimated that 1 in 7 patients with gout will "
                  "develop kidney stones.")
    assert not any(p == "enrollment" for _, p, _ in found)


def test_groups_made_by_dividing_the_participants_are_arms():
    found = facts("The ZETA trial (NCT01234567) enrolled 900 adults. Participants were divided into two groups: one "
                  "receiving monthly aspirin and another taking daily warfarin.")
    assert {o for _, p, o in found if p == "armLabel"} == {"Aspirin", "Warfarin"}


def test_doses_given_of_treatment_are_arms_of_the_documents_one_therapy():
    found = facts("The phase 2 trial of XY-123 enrolled 400 adults. They were randomly assigned to four groups that got "
                  "either 25mg, 50mg or 100mg of treatment, or a placebo each day.")
    assert {o for _, p, o in found if p == "armLabel"} == {"XY-123 25 mg", "XY-123 50 mg", "XY-123 100 mg", "placebo"}
    found = facts("The phase 2 trial of XY-123 enrolled 400 adults. They were randomized to 150 mg of aspirin for the "
                  "treatment of gout, or placebo.")
    assert "XY-123" not in {o for _, p, o in found if p == "armIntervention"}


def test_a_count_of_places_before_the_people_is_no_enrollment():
    found = facts("It was a placebo-controlled study in 14 countries in adults with gout. In all, 310 adults were "
                  "randomized to XY-123 or placebo.")
    assert [o for _, p, o in found if p == "enrollment"] == ["310"]


def test_the_study_cohort_counted_is_the_enrollment_and_events_among_an_arm_are_not():
    found = facts("The ZETA-2 trial tested XY-123 against placebo. The control group had 7 incident cases among 1,020 "
                  "adults. The study cohort included 2,900 participants from 70 sites.")
    assert [o for _, p, o in found if p == "enrollment"] == ["2900"]


def test_a_count_with_its_thousands_spaced_is_one_number():
    found = facts("In the trial (NCT01234567), 12\u2009345 patients were randomised to XY-123 (n = 6 170) or placebo.")
    assert [o for _, p, o in found if p == "enrollment"] == ["12345"]
    assert [o for s, p, o in found if p == "armSize" and s == "XY-123"] == ["6170"]


def test_a_count_that_received_the_drug_or_its_control_is_everyone_enrolled():
    found = facts("In a randomized study (NCT01234567), 96 participants (6-49 years old) received up to 3 g of XY-123 "
                  "or placebo daily for 3 years.")
    assert [o for _, p, o in found if p == "enrollment"] == ["96"]
    # (a count that received the drug alone is one arm's, not everyone's)
    found = facts("In the trial (NCT01234567), 60 patients received XY-123 and had fewer attacks.")
    assert [o for _, p, o in found if p == "enrollment"] == []


def test_a_range_in_years_old_is_of_those_enrolled_or_of_who_could_take_part_but_not_of_a_subgroup():
    def ages(text):
        return [(a.kind, a.low, a.high) for a in find_ages(text)]
    assert ages("In all, 96 adults (6-49 years old) took part.") == [("enrolled", 6, 49)]
    assert ages("To be eligible, patients had to be 18 to 65 years of age.") == [("eligible", 18, 65)]
    assert ages("In subsets of those randomized, the ones 9-16 years of age did better.") == []
    assert ages("Zeta scores were 9-16 years old in origin.") == []     # (no one counted, entered or eligible)


def test_how_many_a_disease_affects_is_no_count_of_the_trials_men_and_women():
    found = facts("The trial (NCT01234567) enrolled adults with zeta apnea, which affects more than 6 million men "
                  "and 3 million women in the country.")
    assert not {p for _, p, _ in found if p in ("male", "female", "enrollment")}
    found = facts("The trial (NCT01234567) enrolled 30 men and 20 women with zeta apnea.")
    assert {(p, o) for _, p, o in found if p in ("male", "female")} == {("male", "30"), ("female", "20")}


def test_groups_labelled_in_brackets_are_arms_without_a_word_of_allocation():
    found = facts("In this double-blind, placebo-controlled trial (NCT01234567), 60 adults took part. XY-123 10 mg "
                  "(group X) or saline (group C) was given before surgery.")
    assert {("Group X", "armLabel", "Group X"), ("Group C", "armLabel", "Group C")} <= set(found)


@pytest.mark.parametrize("sentence, stat, value", [
    ("Their mean (SD) age was 47.5 (10.1) years.", "ageMean", "47.5"),
    ("Participants (mean age, 47.5 years; 38% men) were followed for a year.", "ageMean", "47.5"),
    ("The median age of participants was 39 years.", "ageMedian", "39.0"),
    ("Mean ± SD age, 47.5 ± 10.1 years.", "ageMean", "47.5"),
    ("They had a mean (± SD) age of 47.25 (9.8) years.", "ageMean", "47.25"),
])
def test_a_mean_or_median_age_in_the_layouts_of_abstracts(sentence, stat, value):
    found = facts(f"The trial (NCT01234567) randomised 120 adults to XY-123 or placebo. {sentence}")
    assert ("NCT01234567", stat, value) in found


@pytest.mark.parametrize("sentence", [
    "Of 140 screened, 96 were randomized (XY-123, 64; placebo, 32).",
    "In all, 96 patients underwent randomization (64 XY-123, 32 placebo).",
    "Of these, 96 were randomized and treated in part B (64 XY-123, 32 placebo).",
])
def test_arm_counts_in_a_bracket_after_the_allocation_word(sentence):
    found = facts(f"The trial (NCT01234567) compared XY-123 with placebo in adults with gout. {sentence}")
    assert ("XY-123", "armSize", "64") in found and ("placebo", "armSize", "32") in found


def test_event_counts_in_a_bracket_are_no_arm_sizes():
    found = facts("The trial (NCT01234567) randomized adults to XY-123 or placebo. Serious adverse events occurred "
                  "in 11 patients (XY-123, 7; placebo, 4).")
    assert not any(p == "armSize" for _, p, _ in found)


def test_an_arm_after_or_to_is_named_without_those_words():
    found = facts("In a trial (NCT01234567), 90 men were randomly assigned to zeta mesh repair (n=45) or to open "
                  "beta repair (n=45).")
    assert ("open beta repair", "armSize", "45") in found


def test_a_code_names_digits_are_no_count_of_people():
    found = facts("In a phase 2 trial (NCT01234567) of XY-456 in adults with gout, patients were enrolled.")
    assert not any(p == "enrollment" for _, p, _ in found)


@pytest.mark.parametrize("sentence", [
    "Of 180 participants, 90 (50%) were assigned to XY-123 and 90 (50%) were assigned to placebo.",
    "In all, 180 of the planned 240 patients were enrolled (XY-123, n = 90, placebo, n = 90).",
])
def test_arm_counts_with_their_shares_and_sizes_split_by_commas(sentence):
    found = facts(f"The trial (NCT01234567) compared XY-123 with placebo in adults with gout. {sentence}")
    assert ("XY-123", "armSize", "90") in found and ("placebo", "armSize", "90") in found


def test_those_enrolled_of_a_planned_number():
    found = facts("The trial (NCT01234567) compared XY-123 with placebo. In all, 180 of the planned 240 patients "
                  "were enrolled.")
    assert [o for _, p, o in found if p == "enrollment"] == ["180"]


@pytest.mark.parametrize("sentence", [
    "When the trial stopped early, 730 patients had been randomized.",
    "Overall, 730 adults had undergone randomization by June.",
    "With 730 adults enrolled in the trial, the main endpoint was zeta score.",
])
def test_those_who_had_been_randomized_are_the_enrollment(sentence):
    found = facts("The trial (NCT01234567) compared XY-123 with placebo in zeta disease. " + sentence)
    assert [o for _, p, o in found if p == "enrollment"] == ["730"]


def test_a_summary_s_interventions_lines_that_count_each_arm_first():
    found = facts("What does XY-123 do in zeta disease (NCT01234567)?\nStudy design\nRCT\nInterventions\n"
                  "N=140 XY-123 (20 mg once daily for 12 weeks).\nN=70 placebo (matching placebo).\nPrimary outcome\n"
                  "Zeta score at week 12")
    assert ("XY-123", "armSize", "140") in found and ("placebo", "armSize", "70") in found
    # (a count first on a line of no list of arms is no arm)
    found = facts("The ZETA trial (NCT01234567) of XY-123.\nResults\nN=140 patients (mean age 52 years).")
    assert not [o for _, p, o in found if p == "armSize"]


def test_groups_named_by_their_order_are_the_drugs_they_received():
    found = facts("In the trial (NCT01234567), the first group (n = 41) received XY-123 10 mg daily, and the second "
                  "group (n = 40) received AB-456 5 mg daily.")
    assert ("XY-123", "armSize", "41") in found and ("AB-456", "armSize", "40") in found
    assert not any(s in ("first", "second") for s, p, _ in found if p == "armSize")


@pytest.mark.parametrize("text, n", [
    ("In this randomized trial, we enrolled 640 older (aged 60-85 years) patients scheduled for surgery.", "640"),
    ("This trial looked at the efficacy of XY-123 in 240 moderate to severe zeta patients.", "240"),
    ("The randomized trial of XY-123 was conducted at 30 sites, evaluating 310 patients with zeta disease.", "310"),
    ("In this phase 3 study, we administered a single dose of XY-123 (a vector; 2x10 copies per kilogram) to 48 men "
     "with zeta disease.", "48"),
    # a trial run "on" those it enrolled; an adverb before "randomly allocated"
    ("Doctors ran a randomized trial on 520 adults with zeta disease who had tried XY-123.", "520"),
    ("From 2031 to 2033, 143 adults with zeta disease were prospectively randomly allocated to XY-123 or AB-456.",
     "143"),
])
def test_those_enrolled_after_an_aside_a_severity_evaluating_or_an_administered_drug(text, n):
    assert ("enrollment", n) in {(p, o) for _, p, o in facts(text)}


def test_doses_patients_were_randomly_given():
    found = facts("In the trial (NCT01234567), adults were randomly given placebo, 0.2 mg, 0.4 mg or 0.8 mg of XY-123.")
    assert {"placebo", "XY-123 0.2 mg", "XY-123 0.4 mg", "XY-123 0.8 mg"} <= {o for _, p, o in found if p == "armLabel"}


def test_trials_named_in_turn_take_their_sizes_in_turn():
    found = facts("The ZETA-1 and ZETA-2 trials tested XY-123. ZETA-1 and ZETA-2 enrolled 212 and 198 patients, "
                  "respectively.")
    assert {(s, o) for s, p, o in found if p == "enrollment"} == {("ZETA-1", "212"), ("ZETA-2", "198")}


def test_the_sample_an_abstract_says_comprised_those_enrolled():
    assert ("enrollment", "612") in {(p, o) for _, p, o in facts("The ZETA trial (NCT01234567) was randomized. Results: "
                                                                  "The sample comprised 612 participants.")}


def test_those_enrolled_counted_before_a_bracket_that_describes_them():
    found = facts("In the phase 3 ZETA trial (NCT01234567), patients were randomized to XY-123 or placebo. A total of 318 "
                  "patients (mean age, 61 years; 44% women) were enrolled. Death occurred in 41 patients (25.8%) in the "
                  "XY-123 group and in 53 patients (33.5%) in the placebo group.")
    assert [o for _, p, o in found if p == "enrollment"] == ["318"]


def test_a_count_given_with_its_share_in_a_result_is_no_enrollment():
    found = facts("In the phase 3 ZETA trial (NCT01234567), patients were randomized to XY-123 or placebo. Death occurred "
                  "in 41 patients (25.8%) in the XY-123 group and in 53 patients (33.5%) in the placebo group.")
    assert not any(p == "enrollment" for _, p, _ in found)


def test_a_code_ending_in_digits_before_in_n_patients_is_no_ratio():
    found = facts("The phase 3 ZETA-2 trial (NCT01234567) evaluating XY-123 in 450 patients with zeta fever met its goal.")
    assert [o for _, p, o in found if p == "enrollment"] == ["450"]
    found = facts("The ZETA trial (NCT01234567) showed that 1 in 5 patients with zeta fever improve.")
    assert not any(p == "enrollment" for _, p, _ in found)


def test_those_assigned_without_randomly_and_a_dose_after_a_code_are_read():
    found = facts("In the phase 2b ZETA trial (NCT01234567), 240 patients were assigned to XY-123 100 mg (n=80), XY-123 "
                  "300 mg (n=80), or placebo (n=80).")
    assert [o for _, p, o in found if p == "enrollment"] == ["240"]
    sizes = {(s, o) for s, p, o in found if p == "armSize"}
    assert {("XY-123 100 mg", "80"), ("XY-123 300 mg", "80")} <= sizes


@pytest.mark.parametrize("sentence, n", [
    ("The study included 64 previously untreated obese adults with gout.", "64"),
    ("We studied 14 healthy adults over two visits.", "14"),
    ("Overall, the study comprised 212 adults with gout.", "212"),
    ("This trial was conducted on 48 adults with gout.", "48"),
    ("Healthy subjects (N = 33) were studied over two weeks.", "33"),
    ("Forty adults were studied at two centres.", "40"),
])
def test_an_abstracts_count_of_those_studied_is_the_enrollment(sentence, n):
    found = facts("A randomized trial (NCT01234567) gave adults XY-123 or placebo. " + sentence)
    assert ("NCT01234567", "enrollment", n) in found


def test_those_a_post_hoc_analysis_studied_are_no_trials_enrollment():
    found = facts("Post hoc analysis of data from the ZETA trial (NCT01234567) of XY-123 versus placebo. We studied 412 "
                  "adults grouped by weight.")
    assert not any(p == "enrollment" for _, p, _ in found)


def test_counts_of_a_result_by_group_are_not_the_enrollment():
    text = ("In the randomised trial (NCT01234567), 2,150 adults had been given either XY-123 (1,080 adults) or placebo "
            "(1,070 adults). Zeta illness arose in 7 participants in the XY-123 group and in 25 participants in the "
            "placebo group.")
    assert [o for _, p, o in facts(text) if p == "enrollment"] == ["2150"]
    for result in ("Zeta illness arose in 7 participants in the XY-123 group.",
                   "Zeta illness was seen in 5 participants (0.4 per 1000) and in 19 participants (1.8 per 1000).",
                   "Zeta illness was recorded in 9 participants."):
        assert not [o for _, p, o in facts(f"The randomised trial (NCT01234567) tested XY-123. {result}")
                    if p == "enrollment"]


def test_doses_counted_and_listed_before_the_drug_are_its_arms():
    found = facts("In the ZETA trial (NCT01234567), all three doses (3 mg, 9 mg, 27 mg) of XY-123 met the primary "
                  "endpoint against placebo.")
    assert [o for _, p, o in found if p == "armLabel"] == ["XY-123 3 mg", "XY-123 9 mg", "XY-123 27 mg"]


def test_an_age_bound_by_a_sign_after_aged_or_a_strict_upper_bound_is_an_entry_criterion():
    from kg.text.ages import find_ages
    assert [(a.kind, a.low, a.high) for a in find_ages("Participants: adults with gout aged ≥ 45 years.")] == \
        [("eligible", 45, None)]
    assert find_ages("Patients aged ≥ 45 years had more flares.") == []
    assert [(a.kind, a.low, a.high) for a in find_ages("A randomized trial enrolling children 3–<9 years old.")] == \
        [("eligible", 3, 9)]


def test_the_whole_size_in_brackets_after_those_enrolled_and_no_place_share():
    found = facts("The ZETA trial (NCT01234567) of XY-123 versus placebo was randomized. Participants were enrolled at "
                  "37 sites in Zeta, Eta and Theta (N=3812); median age 29 years.")
    assert ("NCT01234567", "enrollment", "3812") in found
    found = facts("The ZETA trial (NCT01234567) of XY-123 versus placebo was randomized. Participants were enrolled at "
                  "sites in Zeta (N=200) and Eta (N=300).")
    assert not any(p == "enrollment" for _, p, _ in found)


def test_those_enrolled_of_those_screened():
    found = facts("The ZETA trial (NCT01234567) of XY-123 versus sham was randomized. In 2029, 1190 "
                  "patients were screened for eligibility, of whom 412 were enrolled and randomly assigned to XY-123 or "
                  "sham.")
    assert ("NCT01234567", "enrollment", "412") in found



def test_a_size_in_brackets_after_each_trials_name_is_that_trials():
    found = facts("Acme ran the ZETA-1 and ZETA-2 phase 3 trials of XY-123. In both ZETA-1 (N=410) and ZETA-2 "
                  "(n = 415), XY-123 met its goal.")
    assert sorted((s, o) for s, p, o in found if p == "enrollment") == [("ZETA-1", "410"), ("ZETA-2", "415")]


def test_each_trials_count_before_its_name_in_a_total_is_that_trials_not_the_total():
    found = facts("Acme ran the ZETA-1 and ZETA-2 phase 3 trials of XY-123. The two trials took in 830 adults in all (402 in "
                  "ZETA-1 and 428 in ZETA-2).")
    assert sorted((s, o) for s, p, o in found if p == "enrollment") == [("ZETA-1", "402"), ("ZETA-2", "428")]


def test_the_first_arms_count_assigned_without_to_is_no_enrollment():
    found = facts("The ZETA-2 trial (NCT01234567) was randomized. In ZETA-2, 311 patients were assigned XY-123, 104 to "
                  "AB-7 and 102 to placebo.")
    assert not any(p == "enrollment" and o == "311" for _, p, o in found)


def test_counts_per_arm_after_those_analyzed_are_the_arms_sizes():
    found = facts("In the ZETA trial (NCT01234567), adults were randomized (2:1) to XY-123 or placebo. A total of 90 "
                  "patients were analyzed (XY-123: 60; placebo: 30).")
    assert sorted((s, o) for s, p, o in found if p == "armSize") == [("XY-123", "60"), ("placebo", "30")]


def test_each_arms_count_before_the_people_it_counts_is_its_size_not_the_enrollment():
    found = facts("In the ZETA trial (NCT01234567), adults were assigned (2:1) to XY-123 or placebo. Results: 44 XY-123 "
                  "and 23 placebo patients were randomized.")
    assert sorted((s, o) for s, p, o in found if p == "armSize") == [("XY-123", "44"), ("placebo", "23")]
    assert not [o for s, p, o in found if p == "enrollment"]


def test_a_bare_control_is_the_one_control_the_document_names_by_what_it_got():
    from kg.extractors.outcomes import OutcomeExtractor
    text = ("Headline\n\nIn this randomized trial (NCT01234567) of zeta therapy, adults were split between a zeta therapy "
            "group (n=38) and an education control group (n=39). Zeta days fell by 3.6 in the zeta therapy group and by "
            "0.9 in the control group.")
    doc = parse_document(text, source="t.txt")
    arms = {f.object_text for e in (PopulationExtractor(), OutcomeExtractor()) for f in e.extract(doc)
            if f.predicate == "armLabel"}
    assert "education control" in arms and "control" not in arms


def arm_labels(found) -> set[str]:
    return {o for _, p, o in found if p == "armLabel"}


def test_groups_allocated_then_told_what_each_got_are_the_arms():
    found = facts("In the ZETA trial (NCT01234567), 50 adults were randomly allocated to a treatment group "
                  "and a control group. The treatment group received XY-123 for 8 weeks. The control group (n = 25) received placebo.")
    assert arm_labels(found) == {"XY-123", "control"}
    assert ("control", "armSize", "25") in found


def test_groups_told_what_they_got_after_an_allocation_that_named_the_arms_add_none():
    found = facts("In the ZETA trial (NCT01234567), adults were randomized to XY-123 10 mg (n = 30) or XY-123 20 mg "
                  "(n = 30) in two groups. The study group received XY-123 with food.")
    assert arm_labels(found) == {"XY-123 10 mg", "XY-123 20 mg"}


def test_a_group_told_what_it_got_without_an_allocation_before_is_no_arm():
    assert arm_labels(facts("In the ZETA trial (NCT01234567), the control group received placebo.")) == set()


def test_arms_randomly_administered_with_a_schedule_between_two_therapies_given_together():
    found = facts("In the ZETA trial (NCT01234567), adults were randomly administered XY-123 200 mg on days 1 to 21 "
                  "plus AB-77 5 mg on day 8 of each cycle or XY-123 plus placebo.")
    assert arm_labels(found) == {"XY-123 plus AB-77", "XY-123 plus placebo"}


def test_one_size_for_each_arm_in_a_bracket_after_them():
    found = facts("In the trial (NCT01234567), 86 adults were randomized to XY-123 or placebo (n = 43 each).")
    assert {("XY-123", "armSize", "43"), ("placebo", "armSize", "43")} <= set(found)


def test_sizes_given_respectively_are_no_enrollment():
    # (the trial's size is their sum, which the text does not give)
    found = facts("In the trial (NCT01234567), XY-123 or placebo was given to 127 and 63 patients, respectively, "
                  "who had zeta disease. Afterwards, 127 and 63 patients, respectively, were treated.")
    assert not [o for _, p, o in found if p == "enrollment"]


def test_arms_listed_after_one_of_n_treatment_arms_each_a_dose_of_the_drug():
    found = facts("In the ZETA trial (NCT01234567), patients were allocated to one of three study arms: "
                  "4 mg/kg of XY-123 (n=58), 1.5 mg/kg of XY-123 (n=61), or placebo (n=57).")
    assert {("XY-123 4 mg/kg", "armSize", "58"), ("XY-123 1.5 mg/kg", "armSize", "61"),
            ("placebo", "armSize", "57")} <= set(found)
    assert not any(s == "XY-123" for s, p, _ in found if p == "armSize")


def test_sized_groups_each_a_dose_of_the_drug_are_told_apart_by_the_dose():
    found = facts("In the ZETA trial (NCT01234567), patients got 4 mg/kg of XY-123 (n=58), 1.5 mg/kg of XY-123 (n=61), "
                  "or placebo (n=57).")
    assert {("XY-123 4 mg/kg", "armSize", "58"), ("XY-123 1.5 mg/kg", "armSize", "61")} <= set(found)


def test_an_arm_named_by_a_generic_word_gets_the_trials_treatment_named_in_words():
    found = facts("Objective\nTo determine whether zeta nurse support improves outcome in heart failure.\nDesign\n"
                  "Randomised controlled trial.\nResults\nIn the intervention group (n = 82), 30 died or were "
                  "readmitted, compared with 44 in the usual care group (n = 83).")
    assert ("zeta nurse support", "armIntervention", "zeta nurse support") in found
    assert ("zeta nurse support", "armSize", "82") in found and not any(s == "intervention" for s, _, _ in found)
    assert not any(s == "usual care" and p == "armIntervention" for s, p, _ in found)
    # (a substance the lexicon knows, taken as the document's therapy, is no generic arm's treatment)
    found = facts("A randomized trial of a zeta prevention program. The intervention group (n=36) joined the "
                  "program and the control group (n=35) got usual care; both groups drank caffeine.")
    assert not any(p == "armIntervention" and v == "Caffeine" for _, p, v in found)


def test_groups_counted_by_role_in_a_bracket_before_the_people_are_the_arms():
    found = facts("The ZETA trial (NCT00000001) was randomized. In total, 412 (207 intervention, 205 control) adults "
                  "were recruited from 2018 to 2019.")
    assert {(s, "armSize", n) for s, n in (("intervention", "207"), ("control", "205"))} <= set(found)


def test_the_range_beside_a_median_age_is_the_enrolled_ages_but_a_spread_is_none():
    assert [(a.kind, a.low, a.high) for a in find_ages("Their median age (range) was 44 (21–68) years.")] == [
        ("enrolled", 21, 68)]
    assert [(a.kind, a.low, a.high) for a in find_ages("Median age was 44 years (range, 21-68).")] == [
        ("enrolled", 21, 68)]
    assert [(s.stat, str(s.value)) for s in age_stats("Their median age (range) was 44 (21–68) years.")] == [
        ("median", "44.0")]
    assert find_ages("The mean age (SD) was 44 (11) years, in a range of settings.") == []


def test_those_who_entered_a_study_from_where_they_came_are_its_enrollment():
    found = facts("The ZETA-X extension study (NCT01234567) gave XY-123 to adults with zeta disease. Of 1,204 patients "
                  "from the parent studies who entered ZETA-X, 1,100 (91.3%) completed it.")
    assert ("enrollment", "1204") in {(p, o) for _, p, o in found}


def test_counts_joined_by_and_of_who_was_treated_with_what_are_arm_sizes_not_the_enrollment():
    found = facts("In the ZETA trial (NCT01234567), 143 adults were treated with XY-123, and 146 were treated with "
                  "AB-712.")
    assert {("XY-123", "armSize", "143"), ("AB-712", "armSize", "146")} <= set(found)
    assert not any(p == "enrollment" for _, p, _ in found)


@pytest.mark.parametrize("text, n", [
    ("The ZETA trial (NCT01234567) was randomised. The per-protocol population comprised 71 adults given XY-123 or "
     "placebo.", "71"),
    ("The ZETA trial (NCT01234567) was randomised. Overall, 318 (160 XY-123, 158 usual care) adults were recruited "
     "from 12 clinics.", "318"),
    ("The ZETA trial (NCT01234567) was randomised. Overall 254 children (33 schools) were ultimately included.", "254"),
])
def test_enrollment_said_of_a_population_with_its_groups_counts_or_an_adverb(text, n):
    assert ("NCT01234567", "enrollment", n) in facts(text)


def test_arms_sized_after_the_people_counted_without_brackets_are_read():
    found = facts("The ZETA trial (NCT01234567) enrolled 91 evaluable adults, XY-123 n = 47, placebo n = 44.")
    assert {(a, v) for _, p, v in found for a in [p] if p in ("armLabel", "armSize")} >= {("armSize", "47"), ("armSize", "44")}


def test_counts_by_the_kind_of_disease_people_had_are_no_arms():
    found = facts("The ZETA trial (NCT01234567) was randomized. Data from children with ZD (zeta type n = 52; beta "
                  "type n = 6; other type n = 14) were pooled.")
    assert not any(v in ("zeta type", "beta type") for _, _, v in found)


@pytest.mark.parametrize("text", [
    "The ZETA trial (NCT01234567) ran at 9 sites with 316 adults randomized to either XY-123 or placebo.",
    "In the ZETA trial (NCT01234567), a total of 316 randomly assigned adults were followed for two years.",
])
def test_those_who_entered_named_with_the_allocations_participle_are_the_enrollment(text):
    assert [o for _, p, o in facts(text) if p == "enrollment"] == ["316"]


def test_a_year_before_the_people_is_no_enrollment():
    found = facts("In the ZETA trial (NCT01234567), XY-123 was tested in gout. Acme bought XY-123 in 2004, but "
                  "stopped developing it in 2011 when some patients needed knee replacements.")
    assert not any(p == "enrollment" for _, p, _ in found)


def test_two_short_forms_defined_at_once_name_each_drug_of_a_combined_arm():
    found = facts("Dapsone plus hydroxyurea (DAP + HU) was compared with placebo in the ZETA trial (NCT01234567). "
                  "Overall, 120 patients were randomised to DAP + HU and 118 to placebo.")
    arm = next(s for s, p, o in found if p == "armSize" and o == "120")
    assert {("armIntervention", "Dapsone"), ("armIntervention", "Hydroxyurea")} <= {(p, o) for s, p, o in found if s == arm}


def test_counts_of_people_given_each_therapy_or_on_it_size_the_arms():
    found = facts("In the ZETA trial (NCT01234567), 60 adults with gout were randomized to dapsone or placebo. In the "
                  "end 41 adults were given dapsone, and 19 adults were on placebo.")
    assert {("Dapsone", "armSize", "41"), ("placebo", "armSize", "19")} <= set(found)


def test_counts_in_groups_named_by_dose_then_drug_size_the_dose_arms():
    found = facts("In the ZETA trial (NCT01234567), adults with gout were randomized to dapsone 40 mg, dapsone 60 mg or "
                  "placebo. In all, 905 adults made up the analysis set (301 in the 40-mg dapsone group, 303 in the 60-mg dapsone "
                  "group, and 301 in the placebo group).")
    assert {("Dapsone 40 mg", "armSize", "301"), ("Dapsone 60 mg", "armSize", "303"), ("placebo", "armSize", "301")} <= set(found)


def test_groups_named_by_letters_are_the_arms_once_each_with_the_size_the_allocation_gave_each():
    found = facts("In the ZETA trial (NCT01234567), 64 adults were randomly split into two groups of 32 "
                  "each: group Z received XY-123 and group C received placebo.")
    arms = {o for _, p, o in found if p == "armLabel"}
    assert arms == {"Group Z", "Group C"}
    assert {o for _, p, o in found if p == "armSize"} == {"32"}


def test_the_people_a_trial_assigned_are_its_enrollment():
    found = facts("In the double-blind ZETA trial (NCT01234567), we assigned 2716 adults with gout and a urate "
                  "of 9 mg/dL to take XY-123 (10 to 30 mg daily) or placebo.")
    assert ("NCT01234567", "enrollment", "2716") in found


def test_a_group_said_to_include_people_is_that_groups_make_up_not_the_enrollment():
    text = ("In the ZETA-7 trial (NCT01234567), adults were randomized to XY-123 in Week 1 (Arm 1) or Week 2 (Arm 2). "
            "Arm 1 included 31 patients using zeta drops.")
    assert not any(p == "enrollment" for _, p, _ in facts(text))
    # (the whole study's cohort counts all)
    found = facts("The ZETA-7 trial (NCT01234567) was randomized. The trial cohort included 3,000 participants.")
    assert any(p == "enrollment" and v == "3000" for _, p, v in found)


def test_cohorts_counted_by_number_are_arms_of_the_trials_therapy_not_of_its_name():
    found = facts("ZETA-12 (NCT01234567) is an open-label phase 2 study of XY-123 in three cohorts of adults with "
                  "zeta lymphoma. A total of 132 adults were enrolled (31 in cohort 1, 44 in cohort 2, and 57 in cohort 3).")
    assert {(s, o) for s, p, o in found if p == "armIntervention"} == {
        ("cohort 1", "XY-123"), ("cohort 2", "XY-123"), ("cohort 3", "XY-123")}
    assert {(s, o) for s, p, o in found if p == "armSize"} == {("cohort 1", "31"), ("cohort 2", "44"), ("cohort 3", "57")}


def test_cohorts_by_letter_each_with_its_size_in_brackets_are_arms():
    found = facts("In the single-arm trial (NCT01234567), adults with zeta disease received XY-123. Zeta fell by 27% in "
                  "cohort A (n = 9) and by 36% in cohort B (n = 14).")
    assert {(s, o) for s, p, o in found if p == "armSize"} == {("cohort A", "9"), ("cohort B", "14")}
    assert {(s, o) for s, p, o in found if p == "armIntervention"} == {("cohort A", "XY-123"), ("cohort B", "XY-123")}


@pytest.mark.parametrize("text, size", [
    ("All participants (N = 34; 52% women) completed the 12-week treatment period.", "34"),
    ("All 34 participants completed the 12-week treatment period.", "34"),
    ("All 12 patients in the high-dose cohort completed treatment.", None),     # (a part of them)
])
def test_all_patients_counted_who_completed_are_those_enrolled(text, size):
    found = facts("In the single-arm ZETA-C trial (NCT01234567), adults with zeta disease received XY-123. " + text)
    assert [o for _, p, o in found if p == "enrollment"] == ([size] if size else [])


def test_a_study_of_a_drug_that_tested_people_counts_them():
    found = facts("The late-stage study of the compound tested 9,412 adults with zeta disease, half of whom got "
                  "XY-123.")
    assert [o for _, p, o in found if p == "enrollment"] == ["9412"]


@pytest.mark.parametrize("sentence", [
    "Overall, 415 patients made up the analysis population (XY-123 10 mg [n=140], XY-123 20 mg [n=138], or placebo "
    "[n=137]).",
    "Participants were randomized to XY-123 (10 mg [n = 140] or 20 mg [n = 138]) or placebo (n = 137).",
])
def test_sizes_in_square_brackets_inside_a_bracket_are_the_arms_sizes(sentence):
    found = {(s, o) for s, p, o in facts("In a phase 2 trial (NCT01234567), " + sentence[0].lower() + sentence[1:])
             if p == "armSize"}
    assert found == {("XY-123 10 mg", "140"), ("XY-123 20 mg", "138"), ("placebo", "137")}


def test_sizes_listed_after_a_colon_each_after_its_arm_are_the_arms_sizes():
    found = {(s, o) for s, p, o in facts("In a phase 2 trial (NCT01234567), adults received XY-123 10 mg, 30 mg or "
                                         "placebo. A total of 415 adults received treatment: XY-123 10 mg, n = 140; "
                                         "XY-123 30 mg, n = 138; placebo, n = 137.") if p == "armSize"}
    assert found == {("XY-123 10 mg", "140"), ("XY-123 30 mg", "138"), ("placebo", "137")}


def test_groups_named_by_their_treatment_with_their_sizes_are_arms_two_at_least():
    found = {(s, o) for s, p, o in facts("In the ZETA study (NCT01234567), adults were randomized to XY-123 or placebo. "
                                         "XY-123-treated patients (n=40) had a mean fall in zeta of 52%, compared with "
                                         "6% in placebo-treated patients (n=38).") if p == "armSize"}
    assert found == {("XY-123", "40"), ("placebo", "38")}
    alone = facts("In the ZETA study (NCT01234567), adults received XY-123. XY-123-treated patients (n=40) had a mean "
                  "fall in zeta of 52%, compared with 6% in steroid-treated patients (n=38).")
    assert not any(p == "armSize" for _, p, _ in alone)      # (a group of a therapy the text does not name as one)


@pytest.mark.parametrize("text", [
    "Here are the findings in adults with zeta lymphoma (N = 211; a median follow-up of 19 months).",
    "Participants (N=211) were assigned to receive XY-123 or placebo for 8 weeks.",
])
def test_a_capital_n_in_brackets_after_those_studied_is_the_enrollment(text):
    found = facts("The ZETA trial (NCT01234567) tested XY-123. " + text)
    assert ("NCT01234567", "enrollment", "211") in found


def test_a_small_n_after_a_subgroup_is_no_enrollment():
    found = facts("The ZETA trial (NCT01234567) tested XY-123. Among patients with zeta lymphoma (n = 57), responses "
                  "were deep.")
    assert not [f for f in found if f[1] == "enrollment"]


def test_a_glycoprotein_inn_written_once_whole_then_by_its_first_word_is_one_drug_with_its_arm_sizes():
    found = facts("The effect of velaglucerase alfa on zeta disease is unknown. In the ZETA trial (NCT01234567), we "
                  "randomly assigned adults to receive velaglucerase or usual care. A total of 121 adults were assigned "
                  "to receive velaglucerase, and 119 to receive usual care.")
    arms = {s for s, p, _ in found if p == "armSize"}
    assert len(arms) == 2 and ("usual care", "armSize", "119") in found, found
    assert [o for s, p, o in found if p == "armIntervention"] == ["Velaglucerase alfa"] * len(
        [1 for _, p, _ in found if p == "armIntervention"])


def test_dose_levels_the_patients_were_given_are_the_trials_arms():
    found = facts("In the phase 1/2 ZETA trial, adults with zeta syndrome received low, middle, or high doses of "
                  "XY-123.")
    assert {o for _, p, o in found if p == "armLabel"} == {"low dose", "middle dose", "high dose"}
