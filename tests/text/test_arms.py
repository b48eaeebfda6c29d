"""kg.text.arms: groups, their sizes and interventions in the layouts writers use (invented sentences)."""

import re

import pytest

from kg.text.arm_lists import arm_line, opens_arm_list
from kg.text.group_names import named_groups
from kg.text.arm_parts import Name
from kg.text.arms import find_arms
from kg.text.choice_arms import choice_arms


def names(text, *drugs):
    """Name records for every occurrence of each drug in the text."""
    out = []
    for drug in drugs:
        start = text.find(drug)
        while start >= 0:
            out.append(Name(start, start + len(drug), drug))
            start = text.find(drug, start + 1)
    return tuple(sorted(out, key=lambda n: n.start))


def read(text, *drugs, main=None):
    return [(a.label, a.n, a.interventions) for a in find_arms(text, names(text, *drugs), main)]


@pytest.mark.parametrize("text, expected", [
    ("Patients were randomised 1:1 to XY-123 (n = 48) or placebo (n = 50).",
     [("XY-123", 48, ("XY-123",)), ("placebo", 50, ())]),
    ("Participants were allocated 2:1 to XY-123 at 3 mg/kg, given every two weeks (n=120), or to the treatment "
     "of physician's choice (TPC; n=60).",
     [("XY-123", 120, ("XY-123",)), ("treatment of physician's choice", 60, ())]),
    ("A total of 900 participants were randomized: 450 to XY-123 and 450 to placebo.",
     [("XY-123", 450, ("XY-123",)), ("placebo", 450, ())]),
    ("Of 600 patients, 290 were assigned to receive XY-123 and 310 to receive chemotherapy.",
     [("XY-123", 290, ("XY-123",)), ("chemotherapy", 310, ())]),
    ("The trial randomised 300 patients: 200 to XY-123 at 40 mg taken once a day and 100 to placebo.",
     [("XY-123", 200, ("XY-123",)), ("placebo", 100, ())]),
    ("In all, 80 patients were randomly assigned, 40 to each group, to receive either intravenous XY-123 at "
     "0.5 mg per kilogram or the standard regimen of intravenous AB-77 at 1 mg per kilogram.",
     [("XY-123", 40, ("XY-123",)), ("AB-77", 40, ("AB-77",))]),
    ("Sixty patients were randomised 2:1 to usual care plus intravenous XY-123 (40 patients) or to usual care "
     "alone (20 patients).",
     [("XY-123", 40, ("XY-123",)), ("usual care", 20, ())]),
    ("In the study, 48 received XY-123 and 24 received placebo.",
     [("XY-123", 48, ("XY-123",)), ("placebo", 24, ())]),
    ("Patients were randomised to XY-123 10 mg (n=30), XY-123 20 mg (n=31) or placebo (n=29).",
     [("XY-123 10 mg", 30, ("XY-123",)), ("XY-123 20 mg", 31, ("XY-123",)), ("placebo", 29, ())]),
    # the drug named once, then its other doses alone
    ("Adults were randomly assigned to receive weekly XY-123 2 mg (n=101), 4 mg (n=99), or 8 mg (n=100), "
     "or placebo (n=98).",
     [("XY-123 2 mg", 101, ("XY-123",)), ("XY-123 4 mg", 99, ("XY-123",)), ("XY-123 8 mg", 100, ("XY-123",)),
      ("placebo", 98, ())]),
    ("Patients were randomised to placebo (n=20) or XY-123 at 1 mg/kg (n=21) and 3 mg/kg (n=19).",
     [("placebo", 20, ()), ("XY-123 1 mg/kg", 21, ("XY-123",)), ("XY-123 3 mg/kg", 19, ("XY-123",))]),
    # a conference abstract's "pts"; counts before the allocation word; a control group named so
    ("Patients were randomized (1:1) to XY-123 (412 pts) or AB-77 (405 pts).",
     [("XY-123", 412, ("XY-123",)), ("AB-77", 405, ("AB-77",))]),
    ("In all, 2210 patients; 1105 assigned to XY-123 10 mg daily; 1105 assigned to placebo.",
     [("XY-123", 1105, ("XY-123",)), ("placebo", 1105, ())]),
    ("Adults were randomized to the XY-123 group (n = 301) or to the control group (n = 299).",
     [("XY-123", 301, ("XY-123",)), ("control", 299, ())]),
    # doses listed after the drug, one arm each; groups named in words with their counts
    ("Patients were randomised to 4 weeks of XY-123 (50, 150 or 300 mg/day) or matching placebo.",
     [("XY-123 50 mg", None, ("XY-123",)), ("XY-123 150 mg", None, ("XY-123",)), ("XY-123 300 mg", None, ("XY-123",)),
      ("placebo", None, ())]),
    ("Adults were randomised to 4 weeks of treatment with XY-123 (10, 20 or 40 mg/day) or placebo in combination with "
     "their usual AB-77 dose.",
     [("XY-123 10 mg", None, ("XY-123",)), ("XY-123 20 mg", None, ("XY-123",)), ("XY-123 40 mg", None, ("XY-123",)),
      ("placebo", None, ())]),
    ("Of 430 enrolled, 212 were randomised to the surgery group and 218 to the splint group.",
     [("surgery", 212, ()), ("splint", 218, ())]),
    # doses set off by commas after the drug; groups counted "in" each where the sentence counts who entered
    ("Adults were randomly assigned to 12 weeks of treatment with XY-123, 15 or 30 mg/day, or placebo.",
     [("XY-123 15 mg", None, ("XY-123",)), ("XY-123 30 mg", None, ("XY-123",)), ("placebo", None, ())]),
    ("A total of 512 patients were eligible, including 259 in the AB arm and 253 in the CD arm.",
     [("AB", 259, ()), ("CD", 253, ())]),    # "treated with" one drug's doses and placebo, each with its size
    ("Patients were treated with XY-123 75 mg (n=19), 40 mg (n=18) or placebo (n=20) once every three weeks.",
     [("XY-123 75 mg", 19, ("XY-123",)), ("XY-123 40 mg", 18, ("XY-123",)), ("placebo", 20, ())]),
    # doses written before the drug
    ("Patients were randomly assigned to receive either 1200 mg of XY-123 (N=84), 600 mg of XY-123 (N=86) or placebo "
     "(N=85) daily.",
     [("XY-123 1200 mg", 84, ("XY-123",)), ("XY-123 600 mg", 86, ("XY-123",)), ("placebo", 85, ())]),
    # a treatment named in words, with its size, is an arm (up to what it is for); a short form is not read so
    ("Patients were randomized to exercise training (n=35) or usual care (n=37).",
     [("exercise training", 35, ()), ("usual care", 37, ())]),
    ("Adults were randomized to either XY-123 600 mg/day (n=35) or dietitian-assisted diet advice for gout (n=37).",
     [("XY-123", 35, ("XY-123",)), ("dietitian-assisted diet advice", 37, ())]),
    ("Adults were assigned to receive either zeta radiotherapy immediately after surgery (n = 51) or no zeta "
     "radiotherapy until relapse (n = 49).", [("zeta radiotherapy", 51, ()), ("no zeta radiotherapy", 49, ())]),
    ("Adults were assigned to either adjuvant chemotherapy (n = 51) or no adjuvant chemotherapy (n = 49).",
     [("adjuvant chemotherapy", 51, ()), ("no adjuvant chemotherapy", 49, ())]),
    # "received either" lists the groups' treatments; a unit glued to its dose
    ("Patients received either XY-123 30mcg (n=150), 15mcg (n=151), or 5mcg (n=149) doses or placebo (n=152).",
     [("XY-123 30 mcg", 150, ("XY-123",)), ("XY-123 15 mcg", 151, ("XY-123",)), ("XY-123 5 mcg", 149, ("XY-123",)),
      ("placebo", 152, ())]),
    # doses set off after the drug with "either"
    ("Seventy women were randomized to XY-123, either 12 or 36 mg, or placebo, all given by injection.",
     [("XY-123 12 mg", None, ("XY-123",)), ("XY-123 36 mg", None, ("XY-123",)), ("placebo", None, ())]),
    # doses listed before "of" and the drug, one arm each
    ("Children were randomized to placebo or 0.3 mg or 0.6 mg of XY-123 daily.",
     [("placebo", None, ()), ("XY-123 0.3 mg", None, ("XY-123",)), ("XY-123 0.6 mg", None, ("XY-123",))]),
    ("Adults were randomly assigned to two daily 5 mg, 10 mg or 20 mg doses of XY-123 or to placebo.",
     [("XY-123 5 mg", None, ("XY-123",)), ("XY-123 10 mg", None, ("XY-123",)), ("XY-123 20 mg", None, ("XY-123",)),
      ("placebo", None, ())]),
    # doses listed after "at a dose of" or "in doses of", how often each is given before them
    ("Adults were randomly assigned to receive oral XY-123 every 8 hours at a dose of 15, 45 or 90 mg or placebo.",
     [("XY-123 15 mg", None, ("XY-123",)), ("XY-123 45 mg", None, ("XY-123",)), ("XY-123 90 mg", None, ("XY-123",)),
      ("placebo", None, ())]),
    ("Children were randomized to XY-123 in doses of 2, 4 or 8 mg or to placebo.",
     [("XY-123 2 mg", None, ("XY-123",)), ("XY-123 4 mg", None, ("XY-123",)), ("XY-123 8 mg", None, ("XY-123",)),
      ("placebo", None, ())]),
    # a dose with its thousands set off by a comma
    ("Patients were randomized to placebo (n = 90), XY-123 600 mg (n = 91), or XY-123 1,800 mg (n = 89).",
     [("placebo", 90, ()), ("XY-123 600 mg", 91, ("XY-123",)), ("XY-123 1,800 mg", 89, ("XY-123",))]),
    ("Adults were randomized to XY-123 at 900, 1,800 or 3,600 mg daily or to placebo.",
     [("XY-123 900 mg", None, ("XY-123",)), ("XY-123 1,800 mg", None, ("XY-123",)), ("XY-123 3,600 mg", None, ("XY-123",)),
      ("placebo", None, ())]),
    # two therapies given together in one arm are one arm of both
    ("Patients were randomised to XY-123 plus AB-77 (n=120) or AB-77 alone (n=118).",
     [("XY-123 plus AB-77", 120, ("XY-123", "AB-77")), ("AB-77", 118, ("AB-77",))]),
    ("Adults were randomized to XY-123 10 mg in combination with oral AB-77 (n=60) or placebo (n=58).",
     [("XY-123 plus AB-77", 60, ("XY-123", "AB-77")), ("placebo", 58, ())]),
    # each arm's one dose before "of" and the drug named again
    ("Adults were allocated at random to daily doses of 0.2 mg/kg of XY-123, 0.6 mg/kg of XY-123, or matching placebo.",
     [("XY-123 0.2 mg/kg", None, ("XY-123",)), ("XY-123 0.6 mg/kg", None, ("XY-123",)), ("placebo", None, ())]),
    # one size said of every group, after the arms: a dose list, or a participle before "each"
    ("Adults were assigned to placebo or 0.4, 1.2, or 3.6 mg of XY-123 weekly, with 41 participants in each arm.",
     [("placebo", 41, ()), ("XY-123 0.4 mg", 41, ("XY-123",)), ("XY-123 1.2 mg", 41, ("XY-123",)),
      ("XY-123 3.6 mg", 41, ("XY-123",))]),
    ("Adults were randomized to XY-123 or placebo, with 64 assigned to each group.",
     [("XY-123", 64, ("XY-123",)), ("placebo", 64, ())]),
    # sizes "respectively" with a thousands separator
    ("Adults were randomly assigned to receive XY-123 or placebo in a 2:1 ratio (2,418 and 1,209 participants, "
     "respectively).", [("XY-123", 2418, ("XY-123",)), ("placebo", 1209, ())]),
    # two doses chosen by the patient's weight are one arm
    ("In all, 610 adults were randomized 1:1 to XY-123 20 mg or 10 mg daily, according to their body weight (n=305), "
     "or AB-77 (n=305).", [("XY-123", 305, ("XY-123",)), ("AB-77", 305, ("AB-77",))]),
])
def test_allocations(text, expected):
    assert read(text, "XY-123", "AB-77") == expected


@pytest.mark.parametrize("text", [
    "Of the 40 patients randomised to XY-123, 12 responded.",                   # one group, a result
    "Nausea occurred in 12 patients (n=12) and headache in 5.",
    "Doses of 3 to 5 mg were assigned by weight.",
    "Patients were randomised to XY-123 10 mg once daily (n=30) and then 20 mg.",  # a step-up, no second arm
    "Of 300 randomised, 150 in the AB group and 150 in the CD group completed the study.",   # completers, not sizes
    "Serious adverse events occurred in 40 enrolled patients, 25 in the AB arm and 15 in the CD arm.",
    # a drug named again after its arm, with no dose of its own, heads no second arm
    "Once the level rose, each adult was then allocated to 50 mg of XY-123 or to placebo, and any who progressed could "
    "move to open-label XY-123.",
    # the people a randomized study enrolled, named with their count, are no arm beside the therapy
    "In this randomized phase 2 study of gastric or zeta junction cancer (n = 113), XY-123 plus placebo was tolerable.",
])
def test_no_arms(text):
    assert read(text, "XY-123", "AB-77", "AB-88") == []


@pytest.mark.parametrize("text", [
    "The trial randomised patients 2:1 to XY-123 or placebo.",                 # (a ratio gives no sizes)
    # a bracket that restates the arm's drug is no arm of its own
    "Patients were assigned 1:1 to XY-123 sodium 250 mg (equivalent to 231 mg of XY-123) or placebo.",
    # a level said of the drug after it is that drug's arm
    "Patients were randomly assigned to receive either low-dose XY-123 (2 mg once daily) or placebo.",
    "Forty adults were randomized to receive 8 weeks of treatment with either XY-123 or placebo.",
    # what every arm adds it to ends the list; "and either" in the people described is no therapy given to all
    "Patients were randomly assigned (1:1) to XY-123 2 mg or to placebo, each as add-on therapy to local care.",
    "The study randomly assigned adults with high zeta levels and either zeta disease or two risk factors to receive "
    "XY-123 3 g daily or placebo.",
])
def test_one_drug_and_a_control_allocated_are_two_arms_without_sizes(text):
    assert read(text, "XY-123", "AB-77", "AB-88") == [("XY-123", None, ("XY-123",)), ("placebo", None, ())]


@pytest.mark.parametrize("text", [
    "Patients were assigned 1:1:1 to one of two XY-123 regimens or to placebo.",     # three groups, two named
    "Patients were randomised 1:1 to XY-123, AB-77 or AB-88.",                      # a ratio of two parts, three drugs
    # a drug given to all, with or beside the others: their arms are not the drugs alone (with or without one: see
    # test_one_therapy_alone_or_with_another_is_two_arms_the_second_given_both)
    "Patients were randomised to XY-123 10 mg plus either AB-77, AB-88 or placebo.",
    "Patients were randomised to receive XY-123 and AB-77 or AB-88.",
    "A randomised, double-blind study compared XY-123, AB-77 and AB-88.",            # a design's adjective
])
def test_an_allocation_without_sizes_of_more_groups_names_no_arms(text):
    assert read(text, "XY-123", "AB-77", "AB-88") == []


@pytest.mark.parametrize("text", [
    "Patients were randomised to XY-123, AB-77 or AB-88.",
    "Adults were randomly assigned by a central web system to XY-123 20 mg, AB-77 5 mg, or AB-88 1 g daily.",
    "Patients were randomized to receive either XY-123 or AB-77 or AB-88 for 12 weeks.",
    # after an active verb and the people it assigns
    "We randomly assigned 640 patients with zeta gout to receive XY-123, AB-77 or AB-88 daily.",
])
def test_therapies_each_named_right_after_the_allocation_are_its_arms_without_sizes(text):
    assert [label for label, *_ in read(text, "XY-123", "AB-77", "AB-88")] == ["XY-123", "AB-77", "AB-88"]


def test_what_the_people_an_active_verb_assigns_had_is_no_arm_and_bracketed_doses_with_units_are_arms():
    text = ("We randomly assigned 640 adults with zeta gout and with serum AB-77 levels of at least 7.5 mg/dL "
            "(450 µmol/L) to receive either XY-123 (40 mg or 80 mg) or AB-88 (200 mg) each day.")
    assert [label for label, *_ in read(text, "XY-123", "AB-77", "AB-88")] == ["XY-123 40 mg", "XY-123 80 mg", "AB-88"]
    # (outside a bracket, doses each with a unit are read as before: no arm of the drug without a dose)
    text = "Adults were randomized to take XY-123 20 mg or 60 mg or placebo each day."
    assert [label for label, *_ in read(text, "XY-123")] == ["XY-123 20 mg", "XY-123 60 mg", "placebo"]


def test_doses_listed_after_the_groups_they_make_are_the_arms():
    text = "Adults were allocated to one of 3 study groups: XY-123 10 mg, XY-123 20 mg, or placebo."
    assert [label for label, *_ in read(text, "XY-123")] == ["XY-123 10 mg", "XY-123 20 mg", "placebo"]


def test_two_drugs_and_a_control_allocated_are_three_arms():
    text = "Participants were randomly assigned to XY-123 400 mg, AB-77 30 mg, or placebo taken daily for 4 weeks."
    assert read(text, "XY-123", "AB-77") == [("XY-123", None, ("XY-123",)), ("AB-77", None, ("AB-77",)),
                                             ("placebo", None, ())]


def test_a_bare_number_after_every_arm_of_an_allocation_is_its_size_but_not_a_year():
    assert read("The study enrolled 410 patients randomized to receive XY-123 (206) or AB-7 (204).", "XY-123", "AB-7") \
        == [("XY-123", 206, ("XY-123",)), ("AB-7", 204, ("AB-7",))]
    assert read("Patients were randomly assigned 1:1:1 to receive XY-123 40 mg (301), XY-123 60 mg (299) or placebo "
                "(300).", "XY-123") == [("XY-123 40 mg", 301, ("XY-123",)), ("XY-123 60 mg", 299, ("XY-123",)),
                                        ("placebo", 300, ())]
    assert [n for _, n, _ in read("Patients were randomized to XY-123 (2029) or placebo (2030).", "XY-123")] == [None, None]


def test_a_bracket_of_counts_names_each_arm_with_its_count_after_a_space_or_a_comma_and_may_hold_an_aside():
    assert read("Results: Forty-one adults were randomized (XY-123 20, placebo 21 [part B]).", "XY-123") == [
        ("XY-123", 20, ("XY-123",)), ("placebo", 21, ())]
    assert read("Of 310 randomised infants given the trial drug (XY-123, 154, and placebo, 156), 72 had X.",
                "XY-123") == [("XY-123", 154, ("XY-123",)), ("placebo", 156, ())]
    assert read("In total 91 adults were included (intervention group 47 adults; control group 44 adults).") == [
        ("intervention", 47, ()), ("control", 44, ())]
    # (a count after a word that is no arm is none: "(median 12, range 3)")
    assert read("Adults were randomized (median 12, range 3) to XY-123 or placebo.", "XY-123") == [
        ("XY-123", None, ("XY-123",)), ("placebo", None, ())]


def test_doses_listed_in_a_bracket_each_with_how_often_it_is_given_are_an_arm_each_beside_the_control():
    assert read("Adults were assigned to placebo or to one of three doses of XY-123 (20mg once daily, 40mg once "
                "daily or 20mg twice daily) for 12 weeks.", "XY-123") == [
        ("XY-123 20 mg once daily", None, ("XY-123",)), ("XY-123 40 mg once daily", None, ("XY-123",)),
        ("XY-123 20 mg twice daily", None, ("XY-123",)), ("placebo", None, ())]
    # (no control named: a label's or a leaflet's list, no arms)
    assert read("XY-123 (20mg once daily or 40mg once daily) is sold in Europe.", "XY-123") == []


def test_the_drugs_a_control_arm_consists_of_are_its_interventions_not_arms():
    text = "Adults were randomized to XY-123 (n=201) or to standard care (n=199) consisting of AB-7, CD-8, or EF-9."
    assert read(text, "XY-123", "AB-7", "CD-8", "EF-9") == [("XY-123", 201, ("XY-123",)),
                                                           ("standard care", 199, ("AB-7", "CD-8", "EF-9"))]


def test_and_joins_two_arms_after_a_bracket_that_gives_the_first_ones_size():
    text = ("Patients were randomized to receive XY-123 5 mg (32 patients; 20 women and 12 men; mean age 51.2 years) "
            "and AB-77 80 mg (31 patients; 19 women and 12 men; mean age 50.7 years).")
    assert read(text, "XY-123", "AB-77") == [("XY-123", 32, ("XY-123",)), ("AB-77", 31, ("AB-77",))]
    assert read("Patients were randomized to receive XY-123 5 mg and AB-77 80 mg (31 patients).", "XY-123", "AB-77") == []


def test_doses_given_so_many_times_per_day_and_a_list_after_a_colon_are_the_arms():
    text = ("Adults were allocated to one of the following regimens: XY-123 50 mg twice per day (n=61), XY-123 "
            "150 mg twice per day (n=58), XY-123 250 mg three times per day (n=60), and an identical placebo (n=59).")
    assert read(text, "XY-123") == [("XY-123 50 mg", 61, ("XY-123",)), ("XY-123 150 mg", 58, ("XY-123",)),
                                    ("XY-123 250 mg", 60, ("XY-123",)), ("placebo", 59, ())]
    # (a time after a treatment named in words still ends its name: "zeta therapy | after surgery (n = 51)")
    text = "Adults were randomized to zeta therapy following surgery (n=51) or observation (n=49)."
    assert [label for label, _, _ in read(text)] == ["zeta therapy", "observation"]


def test_a_group_named_by_how_long_it_was_treated_is_an_arm_only_beside_another():
    assert [label for *_, label in named_groups("It was 6% in the 3-month arm and 2% in the 5-month arm.")] == [
        "3-month arm", "5-month arm"]
    assert named_groups("It was 6% in the 12-week group of completers.") == []


def test_groups_counted_off_are_no_named_arms():
    text = "One group (n = 12; 5 men and 7 women) trained on a bicycle while the other group (n = 12; 6 men) rested."
    assert read(text) == []


def test_a_drug_given_with_a_dosed_partner_is_one_arm():
    assert read("Adults were assigned 1:1 to 300 mg of XY-123 plus 100 mg of AB-77 (an enhancer) or placebo.",
                "XY-123", "AB-77") == [("XY-123 plus AB-77", None, ("XY-123", "AB-77")), ("placebo", None, ())]


def test_a_clause_on_what_an_arm_could_hold_names_no_arms():
    text = "Patients were randomised to XY-123 (n=30) or to chemotherapy, which could be AB-77 or AB-88 (n=15)."
    assert read(text, "XY-123", "AB-77", "AB-88") == [("XY-123", 30, ("XY-123",)), ("chemotherapy", None, ())]


def test_dose_levels_take_the_main_therapy():
    text = "Patients were randomised to the low-dose group (n=12) or the high-dose group (n=11)."
    assert read(text, main="XY-123") == [("low dose", 12, ("XY-123",)), ("high dose", 11, ("XY-123",))]


def test_dose_cohorts():
    text = "XY-123 was given in three dose cohorts: 1, 3 and 10 mg/kg."
    assert [a for a, _, _ in read(text, "XY-123")] == ["XY-123 1 mg/kg", "XY-123 3 mg/kg", "XY-123 10 mg/kg"]


def test_groups_a_sentence_counts_are_arms_without_sizes():
    text = ("Adults were divided into three groups: one receiving monthly XY-123, another taking daily AB-77, and a "
            "third group taking daily AB-88.")
    assert read(text, "XY-123", "AB-77", "AB-88") == [("XY-123", None, ("XY-123",)), ("AB-77", None, ("AB-77",)),
                                                      ("AB-88", None, ("AB-88",))]
    # two groups announced, three named: unclear
    assert read(text.replace("three", "two"), "XY-123", "AB-77", "AB-88") == []


def test_groups_listed_with_their_sizes_without_articles():
    from kg.text.arm_lists import sized_groups
    found = sized_groups("Randomization: brief arm (n=88), full arm (n=91).", ())
    assert [(a.label, a.n) for a in found] == [("brief", 88), ("full", 91)]
    found = sized_groups("the control group (n = 34) and the exercise group (n = 30)", ())
    assert [(a.label, a.n) for a in found] == [("control", 34), ("exercise", 30)]


def test_strengths_in_percent_and_a_vehicle_arm_listed_with_sizes():
    text = "The mean change for each arm: XY-123 2% (n=72), a fall of 15; XY-123 1% (n=73), a fall of 14; Vehicle (n=74)."
    assert read(text, "XY-123") == [("XY-123 2%", 72, ("XY-123",)), ("XY-123 1%", 73, ("XY-123",)), ("vehicle", 74, ())]
    text = "They got 4 % of XY-123 (n=58), 2 % of XY-123 (n=61) or sham (n=57)."
    assert read(text, "XY-123") == [("XY-123 4%", 58, ("XY-123",)), ("XY-123 2%", 61, ("XY-123",)), ("sham", 57, ())]


def test_doses_listed_in_a_bracket_plus_a_placebo_arm():
    text = "The trial set 3 doses of XY-123 (0.5, 2.0, 6.0 mg) beside one another plus a placebo arm."
    assert read(text, "XY-123") == [("XY-123 0.5 mg", None, ("XY-123",)), ("XY-123 2.0 mg", None, ("XY-123",)),
                                    ("XY-123 6.0 mg", None, ("XY-123",)), ("placebo", None, ())]


def test_a_sized_group_anywhere():
    text = "At week 12, scores fell in the XY-123 group (n=40) and rose in the placebo group (n=38)."
    assert read(text, "XY-123") == [("XY-123", 40, ("XY-123",)), ("placebo", 38, ())]


@pytest.mark.parametrize("line, drugs, expected", [
    ("Experimental arm: XY-123 20 mg, taken by mouth once a day (2,001 participants)", ("XY-123",),
     ("XY-123", 2001, ("XY-123",))),
    ("Placebo comparator arm: matching placebo tablet once a day (1,998 participants)", (), ("placebo", 1998, ())),
    ("Intervention (n=14): two injections of XY-123", ("XY-123",), ("intervention", 14, ("XY-123",))),
    ("Control (n=7): observation without treatment", (), ("control", 7, ())),
    ("placebo", (), ("placebo", None, ())),
    ("low dose: XY-123 100 mg", ("XY-123",), ("low dose", None, ("XY-123",))),
    ("XY-123 group: the spray twice a week plus a new tablet", ("XY-123",), ("XY-123", None, ("XY-123",))),
    ("Comparison group: a placebo spray plus a new tablet", (), ("comparison group", None, ())),
])
def test_arm_lines(line, drugs, expected):
    arm = arm_line(line, names(line, *drugs))
    assert (arm.label, arm.n, arm.interventions) == expected


@pytest.mark.parametrize("line", [
    "Participants continued their other usual medicines.",
    "Primary outcome measure",
    "Pain (n=40): scores fell by 3 points in both groups over the year",
])
def test_lines_that_are_no_arm(line):
    assert arm_line(line, ()) is None or line.startswith("Pain")


@pytest.mark.parametrize("line, opens", [
    ("Arms", True), ("Study arms", True), ("What treatments were compared?", True),
    ("In Part 1, participants were randomised 1:1:1 to one of three arms, each given monthly:", True),
    ("In total, 90 adults were randomly assigned to one of two groups:", True),
    ("Key eligibility", False), ("Results:", False),
])
def test_lines_that_open_a_list_of_arms(line, opens):
    assert opens_arm_list(line) is opens


def test_counted_dose_levels():
    text = "Ten patients each received XY-123: five were given a low dose of 50 mg and five a high dose of 200 mg."
    assert read(text, "XY-123", main="XY-123") == [("low dose", 5, ("XY-123",)), ("high dose", 5, ("XY-123",))]


def test_two_doses_compared():
    text = "The second trial is comparing a higher 0.6 mg/kg dose of XY-123 with the 0.3 mg/kg dose."
    assert read(text, "XY-123") == [("XY-123 0.6 mg/kg", None, ("XY-123",)), ("XY-123 0.3 mg/kg", None, ("XY-123",))]


def test_a_ratio_in_words_is_no_count():
    text = "The trial assigned 90 adults two-to-one to XY-123 (n=60) or to placebo (30 participants)."
    assert read(text, "XY-123") == [("XY-123", 60, ("XY-123",)), ("placebo", 30, ())]


def test_a_size_in_brackets_with_the_arms_dose_after_it_and_a_size_per_study_arm():
    assert read("Adults were randomised to XY-123 (n=30; 5 mg/kg) or placebo (n=15).", "XY-123") == [
        ("XY-123", 30, ("XY-123",)), ("placebo", 15, ())]
    assert read("The trial randomised 80 adults to XY-123 or placebo (40 subjects per study arm).", "XY-123") == [
        ("XY-123", 40, ("XY-123",)), ("placebo", 40, ())]


def test_arms_listed_with_how_often_each_dose_is_given():
    assert read("Adults were randomised to XY-123 150 mg every four weeks, XY-123 300 mg every two weeks or placebo.",
                "XY-123") == [("XY-123 150 mg", None, ("XY-123",)), ("XY-123 300 mg", None, ("XY-123",)),
                                               ("placebo", None, ())]


@pytest.mark.parametrize("text, expected", [
    # a dose written before the drug, with a daily rate
    ("Patients were randomly assigned to placebo (n = 120), 5 mg/d XY-123 (n = 118), or 10 mg/d XY-123 (n = 121).",
     [("placebo", 120, ()), ("XY-123 5 mg/d", 118, ("XY-123",)), ("XY-123 10 mg/d", 121, ("XY-123",))]),
    # a dose per day after the drug
    ("Adults were randomized to XY-123 20 mg/day (n = 40) or XY-123 40 mg/day (n = 41).",
     [("XY-123 20 mg/day", 40, ("XY-123",)), ("XY-123 40 mg/day", 41, ("XY-123",))]),
    # enzyme units per kilogram
    ("Patients were randomized to XY-123 45 U/kg (n = 12) or XY-123 15 U/kg (n = 13).",
     [("XY-123 45 U/kg", 12, ("XY-123",)), ("XY-123 15 U/kg", 13, ("XY-123",))]),
    # the design's adjective "randomised," is not where the arms start
    ("This was a randomised, double-blind study in which adults were randomised to XY-123 50 μg (n = 30), "
     "XY-123 100 μg (n = 31) or placebo (n = 29).",
     [("XY-123 50 μg", 30, ("XY-123",)), ("XY-123 100 μg", 31, ("XY-123",)), ("placebo", 29, ())]),
])
def test_doses_before_the_drug_per_day_or_per_kilogram_and_the_assigning_word(text, expected):
    assert read(text, "XY-123") == expected


@pytest.mark.parametrize("text, expected", [
    ("ABR was 3.1 in the prophylaxis group and 29.4 in the on-demand group.", ["prophylaxis", "on demand"]),
    ("The mean time was 19.6 h in Group I and 20.4 h in Group II.", ["Group I", "Group II"]),
    ("Zeta clearance was 81% with the weekly regimen and 64% with the daily regimen.", ["weekly", "daily"]),
])
def test_groups_named_by_what_they_received_or_a_label(text, expected):
    assert [label for *_, label in named_groups(text)] == expected


def test_groups_named_by_capitals_without_the_article():
    assert [label for *_, label in named_groups("It was 91% in ZPZ group and 70% in PPI arm; the ITT group was 2.")] \
        == ["ZPZ", "PPI"]
    assert named_groups("It was 5 in PP group and 3 in ITT group.") == []      # (analysis sets)


def test_an_allocation_to_groups_named_by_capitals_each_with_its_regimen_in_a_long_bracket():
    text = ("We assigned 160 adults with zeta gastritis to ZP group (XY-123 10 mg, betacillin 500 mg and gammacin 250 "
            "mg three times daily for 10 days) or LP group (AB-7 15 mg, betacillin 500 mg and gammacin 250 mg three "
            "times daily for 10 days).")
    assert read(text, "XY-123", "AB-7", "betacillin", "gammacin") == [
        ("ZP", None, ("XY-123", "betacillin", "gammacin")), ("LP", None, ("AB-7", "betacillin", "gammacin"))]


@pytest.mark.parametrize("text", [
    "It was 5 in the older group and 3 in the younger group.",          # parts of the population
    "It was 5 in the intention-to-treat group and 3 in the per-protocol group.",  # analysis sets
    "It was 5 in the treatment group and 3 in the placebo group.",      # named by role or control: other readers
    "It was 5 in the 10 mg group and 3 in the 20 mg group.",            # dose groups: other readers
    "It was 5 in both groups.",
])
def test_no_named_group_where_the_words_name_no_arm(text):
    assert named_groups(text) == []


def test_a_colon_lists_the_groups_it_counted_one_per_semicolon():
    text = ("Patients (n=90) were randomized 1:1:1 to three treatments (given before and after surgery): XY-123 200 mg "
            "before surgery and 100 mg every 6 hours; AB-7 450 mg every 12 hours; or placebo in a double-dummy fashion.")
    names = (Name(text.index("XY-123"), text.index("XY-123") + 6, "XY-123"),
             Name(text.index("AB-7"), text.index("AB-7") + 4, "AB-7"))
    assert [(a.label, a.interventions) for a in find_arms(text, names)] == \
        [("XY-123", ("XY-123",)), ("AB-7", ("AB-7",)), ("placebo", ())]


@pytest.mark.parametrize("text", [
    "Patients were randomized to three treatments: XY-123 daily; AB-7 twice daily.",           # two items for three
    "Patients were randomized to two treatments: XY-123 daily; rest in bed.",                  # an item opens on no arm
    "Patients took two treatments: XY-123 daily; placebo.",                                    # no count announced
])
def test_no_arms_from_a_list_that_does_not_match_its_count(text):
    names = (Name(text.index("XY-123"), text.index("XY-123") + 6, "XY-123"),) + \
        ((Name(text.index("AB-7"), text.index("AB-7") + 4, "AB-7"),) if "AB-7" in text else ())
    assert find_arms(text, names) == []


def test_titrated_dose_ranges_label_their_arms_and_and_closes_a_list():
    text = "In all, 81 patients were randomized to placebo (n = 27), XY 2.5–5.0 mg (n = 26), and XY 10–20 mg (n = 28)."
    names = (Name(text.index("XY 2"), text.index("XY 2") + 2, "XY"), Name(text.index("XY 1"), text.index("XY 1") + 2, "XY"))
    assert [(a.label, a.n) for a in find_arms(text, names)] == \
        [("placebo", 27), ("XY 2.5–5.0 mg", 26), ("XY 10–20 mg", 28)]


def test_counts_in_named_groups_after_randomization_and_a_role_group_is_the_main_therapy():
    text = "A total of 88 patients underwent randomization (45 in the XY-123 group and 43 in the placebo group)."
    names = (Name(text.index("XY-123"), text.index("XY-123") + 6, "XY-123"),)
    assert [(a.label, a.n) for a in find_arms(text, names)] == [("XY-123", 45), ("placebo", 43)]
    text = "All participants in the treatment group (N=210) and placebo group (N=104) had zeta fever."
    assert [(a.label, a.n, a.interventions) for a in find_arms(text, (), "XY-123")] == \
        [("XY-123", 210, ("XY-123",)), ("placebo", 104, ())]


def test_groups_labelled_in_brackets_with_their_sizes():
    text = ("Patients received either 0.5% XY-123 with AB-7 for the block (Group I, n = 24) or saline of equal volume "
            "(Group II, n = 27).")
    names = (Name(text.index("XY-123"), text.index("XY-123") + 6, "XY-123"), Name(text.index("AB-7"), text.index("AB-7") + 4, "AB-7"))
    assert [(a.label, a.n, a.interventions) for a in find_arms(text, names)] == \
        [("Group I", 24, ("XY-123", "AB-7")), ("Group II", 27, ())]
    assert find_arms("Zeta fell in Group I (Group I, n = 24).", ()) == []     # one label is no list of groups
    # labels without sizes, and short forms before "group"
    text = "XY-123 4 mg (group X) or saline (group C) was given before surgery."
    assert [(a.label, a.n, a.interventions) for a in find_arms(text, (Name(0, 6, "XY-123"),))] == \
        [("Group X", None, ("XY-123",)), ("Group C", None, ())]
    text = "Adults had the zeta mesh (ZL group, n = 31) or the beta mesh (BH group, n = 30)."
    assert [(a.label, a.n) for a in find_arms(text, ())] == [("ZL", 31), ("BH", 30)]
    # a label after a group's name comes before what that group got
    text = "The study group (Group X) got XY-123 by infusion, whereas the control group (Group C) got saline."
    assert [(a.label, a.interventions) for a in find_arms(text, (Name(text.index("XY"), text.index("XY") + 6, "XY-123"),))] \
        == [("Group X", ("XY-123",)), ("Group C", ())]


def test_colon_items_give_arm_sizes_and_a_drugs_doses_follow_it():
    text = "The analysis included 97 participants: placebo: n=33; XY-123: 10mg: n=32; 30mg: n=32."
    names = (Name(text.index("XY-123"), text.index("XY-123") + 6, "XY-123"),)
    assert [(a.label, a.n) for a in find_arms(text, names)] == [("placebo", 33), ("XY-123 10 mg", 32), ("XY-123 30 mg", 32)]
    assert find_arms("Baseline: n=33; week 12: n=30.", ()) == []                 # items that name no arm


def test_doses_listed_alone_are_the_main_therapys_arms():
    text = "The study randomized three doses of XY-123 (0.4 mg, n=18; 0.8 mg, n=18; 1.6 mg, n=19)."
    names = (Name(text.index("XY-123"), text.index("XY-123") + 6, "XY-123"),)
    assert [(a.label, a.n, a.interventions) for a in find_arms(text, names, "XY-123")] == \
        [("XY-123 0.4 mg", 18, ("XY-123",)), ("XY-123 0.8 mg", 18, ("XY-123",)), ("XY-123 1.6 mg", 19, ("XY-123",))]


def test_groups_labelled_by_joined_short_forms():
    text = ("Children were assigned to zeta 0.5 mg plus XY-123 0.5 mg (ZA + XY) or to zeta 0.5 mg plus a placebo "
            "(ZA + PL).")
    names = (Name(text.index("XY"), text.index("XY") + 6, "XY-123"),)
    assert [(a.label, a.interventions) for a in find_arms(text, names)] == [("ZA + XY", ("XY-123",)), ("ZA + PL", ())]


def test_one_dose_on_two_schedules_labels_every_dosed_arm_by_its_schedule():
    text = ("Adults were randomized to XY-123 150 mg Q4W (n=61), 300 mg Q4W (n=60), 300 mg Q2W (n=62) or placebo "
            "(n=59).")
    names = (Name(text.index("XY-123"), text.index("XY-123") + 6, "XY-123"),)
    assert [(a.label, a.n) for a in find_arms(text, names)] == [
        ("XY-123 150 mg Q4W", 61), ("XY-123 300 mg Q4W", 60), ("XY-123 300 mg Q2W", 62), ("placebo", 59)]


def test_doses_that_differ_keep_their_labels_whatever_their_schedules():
    text = "Adults were randomized to XY-123 10 mg once daily (n=40), 20 mg once daily (n=41) or placebo (n=39)."
    names = (Name(text.index("XY-123"), text.index("XY-123") + 6, "XY-123"),)
    assert [(a.label, a.n) for a in find_arms(text, names)] == [("XY-123 10 mg", 40), ("XY-123 20 mg", 41),
                                                                  ("placebo", 39)]


def test_two_therapies_joined_by_a_dash_name_one_arm_given_both():
    text = "A total of 618 patients underwent randomization: 310 to the XY-123–AB-7 group and 308 to the placebo group."
    names = (Name(text.index("XY-123"), text.index("XY-123") + 6, "XY-123"),
             Name(text.index("AB-7"), text.index("AB-7") + 4, "AB-7"))
    assert [(a.label, a.n, a.interventions) for a in find_arms(text, names)] == [
        ("XY-123 plus AB-7", 310, ("XY-123", "AB-7")), ("placebo", 308, ())]


def test_the_verb_receive_is_no_part_of_an_arm_named_in_words():
    text = ("Adults were randomly assigned to receive a 3-capsule (n = 50) or 6-capsule (n = 52) dose of XY-123 or a "
            "6-capsule dose of ZZ-9 (n = 49) every 8 hours.")
    names = (Name(text.index("XY-123"), text.index("XY-123") + 6, "XY-123"), Name(text.index("ZZ-9"), text.index("ZZ-9") + 4, "ZZ-9"))
    assert not any(a.label.startswith("receive") for a in find_arms(text, names))


@pytest.mark.parametrize("text", [
    "Either XY-123 (10 mg) or a placebo was given by mouth 1 h before the walk in a randomized crossover design.",
    "The trial was double-blind, with random assignment to XY-123 or placebo.",
])
def test_a_choice_said_before_its_verb_or_a_random_assignment_allocates_arms(text):
    names = (Name(text.index("XY-123"), text.index("XY-123") + 6, "XY-123"),)
    assert [a.label for a in find_arms(text, names)] == ["XY-123", "placebo"]


def test_two_arms_named_by_the_modifiers_of_one_head_word():
    text = "Forty adults were randomized to either fixed or weight-based zetacin."
    names = (Name(text.index("zetacin"), text.index("zetacin") + 7, "zetacin"),)
    assert [(a.label, a.interventions) for a in find_arms(text, names)] == [
        ("fixed zetacin", ("zetacin",)), ("weight-based zetacin", ("zetacin",))]
    assert [a.label for a in find_arms("They were randomized to receive either high (ZIS, 60) or low (ZIS, 20) cooling.",
                                       ())] == ["high cooling", "low cooling"]
    for text in ("Adults were randomized to receive or not receive zeta care.", "Eyes were randomized to left or right eye care."):
        assert find_arms(text, ()) == [], text
    # the people assigned between, modifiers of two words, and a third arm of another therapy after the shared head
    text = "We allocated 300 adults to receive either a standard or more frequent zetacin regimen or a betacept regimen."
    names = (Name(text.index("zetacin"), text.index("zetacin") + 7, "zetacin"),
             Name(text.index("betacept"), text.index("betacept") + 8, "betacept"))
    assert [a.label for a in find_arms(text, names)] == ["standard zetacin", "more frequent zetacin", "betacept"]


def test_groups_named_by_a_letter_or_number_each_told_what_it_received():
    text = "Group 1 (n = 33) received XY-123 before surgery and Group 2 (n = 31) received it after surgery."
    names = (Name(text.index("XY-123"), text.index("XY-123") + 6, "XY-123"),)
    assert [(a.label, a.n, a.interventions) for a in find_arms(text, names)] == [
        ("Group 1", 33, ("XY-123",)), ("Group 2", 31, ())]
    assert find_arms("Group A and Group A again were compared.", ()) == []



def test_groups_named_by_a_dose_of_the_main_therapy_and_counts_after_the_people_counted():
    assert read("In all, 80 adults were randomized to the 2 mg group (n=41) or the 4 mg group (n=39).",
                main="XY-123") == [("XY-123 2 mg", 41, ("XY-123",)), ("XY-123 4 mg", 39, ("XY-123",))]
    assert read("The remaining 90 patients (44 for XY-123, 46 for placebo) were analyzed.", "XY-123") == [
        ("XY-123", 44, ("XY-123",)), ("placebo", 46, ())]


def test_a_dose_after_a_comma_is_the_drugs_own_arm_not_a_second_dose_arm():
    assert read("Thirty adults were randomly assigned to receive XY-123, 250 mg (N=14), or placebo (N=16) daily.",
                "XY-123") == [("XY-123", 14, ("XY-123",)), ("placebo", 16, ())]
    assert [label for label, _, _ in read("Patients were randomised to XY-123, 10 mg or 20 mg, or placebo.", "XY-123")] \
        == ["XY-123 10 mg", "XY-123 20 mg", "placebo"]


def test_groups_named_by_a_letter_each_with_a_bracket_of_what_it_got_and_its_size():
    text = ("The patients were randomly divided into three groups: group X (n = 22, XY-123 1.5 mg kg(-1)), group A "
            "(n = 21, AB-45 0.4 mg kg(-1)) and group XA (n = 23, XY-123 0.75 mg kg(-1) + AB-45 0.2 mg kg(-1)).")
    assert [(a.label, a.n, a.interventions) for a in find_arms(text, names(text, "XY-123", "AB-45"))] == [
        ("Group X", 22, ("XY-123",)), ("Group A", 21, ("AB-45",)), ("Group XA", 23, ("XY-123", "AB-45"))]
    text = "Sixty adults were randomized into two groups; Group 1 (29 patients) and Group 2 (31 patients) got XY-123."
    assert not any(a.label == "Group 1" and a.n is None for a in find_arms(text, names(text, "XY-123")))


def test_three_doses_each_with_its_unit_are_three_arms():
    assert [label for label, _, _ in read("Adults were randomized to XY-123 at 50 mg, 100 mg or 400 mg or placebo.",
                                          "XY-123")] == ["XY-123 50 mg", "XY-123 100 mg", "XY-123 400 mg", "placebo"]
    assert read("Adults were randomized to XY-123 5 mg (n=20), 10 mg (n=21), or 20 mg (n=19), or placebo (n=20).",
                "XY-123") == [("XY-123 5 mg", 20, ("XY-123",)), ("XY-123 10 mg", 21, ("XY-123",)),
                              ("XY-123 20 mg", 19, ("XY-123",)), ("placebo", 20, ())]


def test_a_vehicle_arm_and_bare_sizes_after_a_dosage_form():
    assert read("Adults were randomly assigned to receive either XY-123 gel (120) or vehicle (118) for 8 weeks.",
                "XY-123") == [("XY-123", 120, ("XY-123",)), ("vehicle", 118, ())]


def test_the_drug_a_control_is_given_without_heads_no_arm():
    text = ("Adults were randomly assigned 1:1 to receive either XY-123 drops (study group) or vehicle without XY-123 "
            "(control group) twice daily.")
    assert [(label, drugs) for label, _, drugs in read(text, "XY-123")] == [("XY-123", ("XY-123",)), ("vehicle", ())]


def test_doses_listed_after_in_doses_of_and_a_drug_written_by_its_code_and_its_name():
    expected = [("XY-123 30 mg", 80, ("XY-123",)), ("XY-123 15 mg", 41, ("XY-123",)), ("XY-123 5 mg", 39, ("XY-123",))]
    assert read("Adults (N=160) were randomly assigned 2:1:1 to receive XY-123 in doses of 30 mg (n=80), 15 mg (n=41) "
                "or 5 mg (n=39).", "XY-123") == expected
    text = ("Adults (N=160) were randomly assigned 2:1:1 to receive ZB-12 zetacept at doses of 30 mg (n=80), 15 mg "
            "(n=41) or 5 mg (n=39).")
    arms = find_arms(text, (Name(text.index("ZB-12"), text.index("ZB-12") + 5, "zetacept"),
                            Name(text.index("zetacept"), text.index("zetacept") + 8, "zetacept")))
    assert [(a.label, a.n) for a in arms] == [("zetacept 30 mg", 80), ("zetacept 15 mg", 41), ("zetacept 5 mg", 39)]


@pytest.mark.parametrize("text, labels", [
    ("Subjects received either 0.4 mg or 1.6 mg XY-123 or placebo twice daily.",
     ["XY-123 0.4 mg", "XY-123 1.6 mg", "placebo"]),
    ("Subjects received either 0.4 mg/ml or 1.6 mg/ml XY-123 or vehicle twice daily for 4 weeks.",
     ["XY-123 0.4 mg/ml", "XY-123 1.6 mg/ml", "vehicle"]),
])
def test_doses_listed_before_the_drug_without_of_and_strengths_are_arms_each(text, labels):
    at = text.index("XY-123")
    assert [a.label for a in find_arms(text, (Name(at, at + 6, "XY-123"),))] == labels


@pytest.mark.parametrize("text, sizes", [
    ("Patients were randomly assigned in a 1:1:1 ratio to receive either placebo, XY-123 0.3 mg/kg/day, or XY-123 "
     "0.9 mg/kg/day (52, 47, and 51 patients, respectively) for 14 weeks.", [52, 47, 51]),
    ("Patients were randomly assigned to placebo, XY-123 0.3 mg/kg/day or XY-123 0.9 mg/kg/day (n = 52, 47 and 51, "
     "respectively).", [52, 47, 51]),
    ("Patients were randomly assigned to placebo, XY-123 0.3 mg/kg/day or XY-123 0.9 mg/kg/day (52 and 47, "
     "respectively).", [None, None, None]),                    # not one number per arm: no sizes
])
def test_sizes_given_respectively_after_the_arms_go_to_them_in_order(text, sizes):
    assert [n for _, n, _ in read(text, "XY-123")] == sizes


@pytest.mark.parametrize("text", ["Adults were randomized to XY-123 0.02%, XY-123 0.04% or vehicle gel.",
                                  "Adults were randomized to XY-123 at 0.02% or 0.04% or vehicle."])
def test_arms_of_one_drug_at_strengths_in_percent_are_told_apart_by_them(text):
    names = tuple(Name(m.start(), m.end(), "XY-123") for m in re.finditer("XY-123", text))
    assert [a.label for a in find_arms(text, names)] == ["XY-123 0.02%", "XY-123 0.04%", "vehicle"]


def test_two_arms_sizes_given_before_the_arms_respectively():
    t = "Of them, 419 were analysed (212 vs 207 adults in the XY-123 and placebo groups, respectively)."
    arms = find_arms(t, (Name(t.index("XY"), t.index("XY") + 6, "XY-123"),))
    assert [(a.label, a.n) for a in arms] == [("XY-123", 212), ("placebo", 207)]
    t = "Of them, 419 were analysed (212 vs 207 adults in the first and second years, respectively)."
    assert find_arms(t, ()) == []


def test_two_therapies_received_either_by_a_route_are_arms_whatever_the_patients_had_before():
    text = ("In all, 318 adults previously treated with AB-7 received either subcutaneous XY-123 (150 mg weekly) or "
            "subcutaneous CD-9 (15 mcg daily) for 40 weeks.")
    assert read(text, "AB-7", "XY-123", "CD-9") == [("XY-123", None, ("XY-123",)), ("CD-9", None, ("CD-9",))]


def test_arms_of_one_drug_at_daily_doses_by_weight_each_take_their_dose():
    text = "Children were randomized to receive XY-123 1.3 mg/kg/day, XY-123 3.9 mg/kg/day, AB-7 2 mg/kg/day or placebo."
    assert [label for label, _, _ in read(text, "XY-123", "AB-7")] == [
        "XY-123 1.3 mg/kg/day", "XY-123 3.9 mg/kg/day", "AB-7", "placebo"]


@pytest.mark.parametrize("text", [
    "Patients received XY-123 20 mg, 40 mg or 80 mg, or placebo, each morning.",
    "The study set 20 mg, 40 mg and 80 mg doses of XY-123 against placebo.",
    "The trial tested three XY-123 schedules (20, 40 and 80 mg) against placebo.",
])
def test_one_drugs_doses_listed_together_against_a_control_are_an_arm_each(text):
    assert [label for label, _, _ in read(text, "XY-123")] == ["XY-123 20 mg", "XY-123 40 mg", "XY-123 80 mg", "placebo"]


@pytest.mark.parametrize("text", [
    "Patients received XY-123 20 mg, 40 mg or 80 mg each morning.",              # no control: a dose range
    "Patients received XY-123 20 mg or AB-456 40 mg, or placebo.",               # two drugs
    "The XY-123 tablets (20, 40 and 80 mg) are sold with placebo packs.",        # no allocation
])
def test_no_dose_arms_without_a_control_or_with_two_drugs(text):
    assert not any(label.startswith("XY-123 40") for label, _, _ in read(text, "XY-123", "AB-456"))


def test_doses_in_a_bracket_after_the_drug_as_alternatives_are_its_arms_without_a_control():
    assert read("In the trial, XY-123 (2 mg, 6 mg or 10 mg) met the primary endpoint.", "XY-123") == \
        [("XY-123 2 mg", None, ("XY-123",)), ("XY-123 6 mg", None, ("XY-123",)), ("XY-123 10 mg", None, ("XY-123",))]
    # steps of one schedule ("and"), or doses said further from the name, are no arms without a control
    assert read("Patients on XY-123 (2 mg, 6 mg and 10 mg) were followed.", "XY-123") == []
    assert read("XY-123 was titrated over weeks (2 mg, 6 mg or 10 mg).", "XY-123") == []


def test_arms_randomly_administered_and_a_partner_after_a_dose_given_daily():
    assert read("Patients were randomly administered AB-77 200 mg daily plus XY-123 10 mg or AB-77 plus placebo.",
                "XY-123", "AB-77") == [("AB-77 plus XY-123", None, ("AB-77", "XY-123")), ("AB-77 plus placebo", None, ("AB-77",))]
    assert read("Patients were randomly assigned to AB-77 200 mg twice daily plus XY-123 (n=40) or AB-77 plus placebo "
                "(n=41).", "XY-123", "AB-77") == [("AB-77 plus XY-123", 40, ("AB-77", "XY-123")),
                                           ("AB-77 plus placebo", 41, ("AB-77",))]


def test_doses_patients_were_randomly_dosed_with_are_the_arms():
    assert read("In all, 96 adults were randomly dosed with 20 mcg or 50 mcg of XY-123 or placebo.", "XY-123") == \
        [("XY-123 20 mcg", None, ("XY-123",)), ("XY-123 50 mcg", None, ("XY-123",)), ("placebo", None, ())]
    # (a drug dosed as such, not at random, is no allocation)
    assert read("In all, 96 adults were dosed with 20 mcg or 50 mcg of XY-123 or placebo.", "XY-123") == []


def test_arms_of_one_drug_that_differ_only_by_how_often_it_is_given_are_labelled_by_their_schedules():
    assert read("Adults were randomized to XY-123 every 4 weeks, XY-123 every 8 weeks, or placebo.", "XY-123") == \
        [("XY-123 every 4 weeks", None, ("XY-123",)), ("XY-123 every 8 weeks", None, ("XY-123",)), ("placebo", None, ())]
    # (one schedule said of both, or none at all, gives no two arms of one drug)
    assert read("Adults were randomized to XY-123 every 4 weeks, XY-123, or placebo.", "XY-123") == []


def test_doses_as_alternatives_in_a_study_called_placebo_controlled_are_arms_with_the_placebo_arm():
    assert read("In this randomized, placebo-controlled study, we assessed XY-123 0.3, 1, or 4 mg three times daily.",
                "XY-123") == [("XY-123 0.3 mg", None, ("XY-123",)), ("XY-123 1 mg", None, ("XY-123",)),
                              ("XY-123 4 mg", None, ("XY-123",)), ("placebo", None, ())]
    # (doses in turn, "and", are one schedule's steps, not arms)
    assert read("In this placebo-controlled study, we titrated XY-123 0.5, 1 and 2 mg in turn.", "XY-123") == []


def test_counts_with_each_therapy_in_a_bracket_after_who_was_treated_are_the_arms_sizes():
    assert read("In all, 300 adults were randomized and 280 were treated (141 with XY-123, 139 with placebo).", "XY-123") == \
        [("XY-123", 141, ("XY-123",)), ("placebo", 139, ())]
    # counts of an event said per therapy are no sizes
    assert read("Adults were randomized to XY-123 or placebo; 12 with XY-123 and 5 with placebo had nausea.", "XY-123") == []


def test_every_labelled_group_of_three_sized_ones_is_an_arm():
    assert read("Thirty-five adults were randomized to group A (n = 12), group B (n = 11) or group C (n = 12).") == [
        ("Group A", 12, ()), ("Group B", 11, ()), ("Group C", 12, ())]


@pytest.mark.parametrize("text, expected", [
    ("Sixty adults were randomly allocated to one of three treatment groups: XY-123, AB-77, or placebo.",
     [("XY-123", None, ("XY-123",)), ("AB-77", None, ("AB-77",)), ("placebo", None, ())]),
    ("Adults were randomized to one of three groups: (a) placebo, (b) XY-123, or (c) usual care.",
     [("placebo", None, ()), ("XY-123", None, ("XY-123",)), ("usual care", None, ())]),
    ("Rats were randomized into four treatment groups: saline, XY-123, AB-77 plus saline, and AB-77 plus XY-123.",
     [("saline", None, ()), ("XY-123", None, ("XY-123",)), ("AB-77 plus saline", None, ("AB-77",)),
      ("AB-77 plus XY-123", None, ("AB-77", "XY-123"))]),
    # "to receive one of N therapies:", an item opening on a capital, an item that goes on to say what it holds
    ("Adults were split at random to receive one of 4 therapies: Zeta root, a beta supplement, a beta supplement "
     "plus diet advice to cut sugar intake, and a placebo group.",
     [("zeta root", None, ()), ("beta supplement", None, ()), ("beta supplement plus diet advice", None, ()),
      ("placebo", None, ())]),
    ("Adults were split into two equal groups: zeta therapy consisting of gamma with or without delta, and usual care.",
     [("zeta therapy", None, ()), ("usual care", None, ())]),
])
def test_the_items_of_a_counted_list_split_by_commas_are_its_arms(text, expected):
    assert read(text, "XY-123", "AB-77") == expected


def test_a_known_name_that_is_a_word_of_a_listed_treatment_is_no_drugs_arm():
    assert read("Adults were split into two equal groups: zetium laser surgery and beta radio surgery.", "zetium") == \
        [("zetium laser surgery", None, ()), ("beta radio surgery", None, ())]
    assert read("Adults were split into two equal groups: zetium daily and beta radio surgery.", "zetium") == \
        [("zetium", None, ("zetium",)), ("beta radio surgery", None, ())]


@pytest.mark.parametrize("text", [
    "Adults were randomized to one of four groups: XY-123, AB-77, or placebo.",      # fewer items than groups
    "Adults were randomized to one of two groups: XY-123, or rest at home after surgery.",   # a clause, no treatment
    "Adults were allocated at random to 2 treatment groups: one to get zeta training and the other to get usual "
    "care.",                                                                    # who, not what
])
def test_a_counted_list_whose_items_do_not_match_the_count_or_name_no_treatment_is_no_arms(text):
    assert read(text, "XY-123", "AB-77") == []


@pytest.mark.parametrize("text, expected", [
    ("Outpatients were randomized to receive either 20 mg XY-123 or saline.", [("XY-123", None, ("XY-123",)), ("saline", None, ())]),
    ("In all, 41 boys received XY-123 and 39 received a saline placebo.", [("XY-123", 41, ("XY-123",)), ("placebo", 39, ())]),
    ("Adults were randomly treated with XY-123 or AB-77.", [("XY-123", None, ("XY-123",)), ("AB-77", None, ("AB-77",))]),
    ("Adults were randomly allocated either to XY-123 or AB-77.", [("XY-123", None, ("XY-123",)), ("AB-77", None, ("AB-77",))]),
    ("Adults were randomized for treatment with XY-123 or XY-123 plus AB-77.",
     [("XY-123", None, ("XY-123",)), ("XY-123 plus AB-77", None, ("XY-123", "AB-77"))]),
    # how often and by which route each drug is given, before its name, in short forms too
    ("Adults were assigned 2:2:1 to receive SC XY-123 q12wks, daily PO AB-77, or daily PO zetamine.",
     [("XY-123", None, ("XY-123",)), ("AB-77", None, ("AB-77",)), ("zetamine", None, ("zetamine",))]),
    ("Adults were assigned 2:2:1 to receive XY-123, once-daily oral AB-77, or oral zetamine.",
     [("XY-123", None, ("XY-123",)), ("AB-77", None, ("AB-77",)), ("zetamine", None, ("zetamine",))]),
    # a clause on what everyone was given ends the list
    ("Adults were assigned 2:2:1 to receive XY-123, AB-77, or zetamine; all participants also received a matching "
     "placebo.", [("XY-123", None, ("XY-123",)), ("AB-77", None, ("AB-77",)), ("zetamine", None, ("zetamine",))]),
])
def test_allocations_worded_otherwise_or_against_saline(text, expected):
    assert read(text, "XY-123", "AB-77", "zetamine") == expected


def test_a_treatment_given_to_those_who_relapsed_is_no_allocation():
    assert read("Adults who relapsed were treated with XY-123 or AB-77.", "XY-123", "AB-77") == []


def test_groups_labelled_in_brackets_outnumbering_the_names_read_are_the_arms():
    text = ("Sixty adults received either saline before and after the test (group 1), 80 mg XY-123 before and saline "
            "after the test (group 2), or 80 mg XY-123 before and after the test (group 3).")
    assert [label for label, _, _ in read(text, "XY-123")] == ["Group 1", "Group 2", "Group 3"]


@pytest.mark.parametrize("text, expected", [
    ("Adults were randomized to XY-123 alone or with AB-77.", ["XY-123", "XY-123 plus AB-77"]),
    ("Adults were randomized to XY-123 50 mg daily alone or in combination with AB-77.", ["XY-123", "XY-123 plus AB-77"]),
    ("Adults were randomized to either XY-123 alone or XY-123 and oral AB-77.", ["XY-123", "XY-123 plus AB-77"]),
    ("Adults were randomly assigned to XY-123 with or without AB-77.", ["XY-123 plus AB-77", "XY-123"]),
])
def test_one_therapy_alone_or_with_another_is_two_arms_the_second_given_both(text, expected):
    assert [label for label, _, _ in read(text, "XY-123", "AB-77")] == expected


def test_people_with_or_without_a_therapy_they_took_are_no_arms():
    assert read("Adults with or without AB-77 use were enrolled and randomized to XY-123 or placebo.", "XY-123", "AB-77") \
        == [("XY-123", None, ("XY-123",)), ("placebo", None, ())]


@pytest.mark.parametrize("text, expected", [
    ("Twenty-three children were randomized into the exercise (n = 12) and control (n = 11) groups.",
     [("exercise", 12, ()), ("control", 11, ())]),
    ("Adults were randomly divided into trial group (21 cases) and control group (20 cases).",
     [("trial", 21, ()), ("control", 20, ())]),
])
def test_groups_sized_in_brackets_sharing_their_noun_or_counted_in_cases(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Adults were randomized to the intervention group (XY-123 10 mg daily) or the control group (usual care).",
     [("XY-123", None, ("XY-123",)), ("control", None, ())]),
    ("Adults were randomized to a control group (treatment as usual) or a treatment group (AB-77 twice weekly).",
     [("control", None, ()), ("AB-77", None, ("AB-77",))]),
])
def test_groups_an_allocation_names_then_describes_in_brackets_are_its_arms(text, expected):
    assert read(text, "XY-123", "AB-77") == expected


def test_counts_given_a_therapy_each_are_its_arms_and_a_placebo_given_with_one_names_its_arm():
    assert read("Fifteen adults were given XY-123 plus AB-77 and 14 adults were given XY-123 plus placebo.",
                "XY-123", "AB-77") == [("XY-123 plus AB-77", 15, ("XY-123", "AB-77")), ("XY-123 plus placebo", 14, ("XY-123",))]


@pytest.mark.parametrize("text, expected", [
    # a therapy named again in its sham's name is the control's, not an arm of its own
    ("Adults were randomized to zetapuncture or sham zetapuncture.", ["zetapuncture", "sham"]),
    ("Adults were randomized to XY-123 (n = 20) or sham XY-123 (n = 20).", ["XY-123", "sham"]),
])
def test_a_therapy_and_its_sham(text, expected):
    assert [a.label for a in find_arms(text, names(text, "zetapuncture", "XY-123"))] == expected


def test_the_last_item_of_a_bracket_of_sized_arms_is_named_without_its_joining_word():
    found = find_arms("The population included 90 adults (ZB 20/5, n=31; ZB 10/5, n=30; and ZF 5, n=29).", ())
    assert [(a.label, a.n) for a in found] == [("ZB 20/5", 31), ("ZB 10/5", 30), ("ZF 5", 29)]


@pytest.mark.parametrize("text, expected", [
    ("In all, 120 adults were randomly assigned to 20 mg of XY-123 (N=61) or 80 mg of AB-7 (N=59) once daily.",
     [("XY-123", 61, ("XY-123",)), ("AB-7", 59, ("AB-7",))]),
    ("Adults were randomly assigned to 10 mg of XY-123 or 40 mg of AB-7 each day.",
     [("XY-123", None, ("XY-123",)), ("AB-7", None, ("AB-7",))]),
])
def test_a_dose_written_before_of_and_the_next_drug_is_that_drugs_not_another_arm_of_the_last(text, expected):
    assert read(text, "XY-123", "AB-7") == expected


def test_doses_written_before_of_and_one_drug_are_still_its_arms():
    assert read("Adults were randomized to 1 mg of XY-123, 3 mg of XY-123 or placebo.", "XY-123") == [
        ("XY-123 1 mg", None, ("XY-123",)), ("XY-123 3 mg", None, ("XY-123",)), ("placebo", None, ())]


def test_drugs_listed_after_an_allocation_ratio_written_in_words_are_arms():
    text = "Adults were randomized in a 3:1 ratio to XY-123 or AB-7."
    assert read(text, "XY-123", "AB-7") == [("XY-123", None, ("XY-123",)), ("AB-7", None, ("AB-7",))]
    assert read("Adults were randomized in a 3:1:1 ratio to XY-123 or AB-7.", "XY-123", "AB-7") == []


@pytest.mark.parametrize("text, expected", [
    # (each size before its arm in a bracket's list)
    ("We analyzed 610 adults (n = 203 XY-123 10 mg, n = 205 XY-123 30 mg, n = 202 placebo).",
     [("XY-123 10 mg", 203, ("XY-123",)), ("XY-123 30 mg", 205, ("XY-123",)), ("placebo", 202, ())]),
    # (the people counted, with their disease, before the verb that gives each arm its therapy)
    ("In all, 64 patients with zeta disease received XY-123, while 31 patients with zeta disease were given a "
     "placebo for 20 weeks.", [("XY-123", 64, ("XY-123",)), ("placebo", 31, ())]),
])
def test_sizes_before_the_arm_or_before_the_people_s_disease_and_verb(text, expected):
    assert read(text, "XY-123") == expected


@pytest.mark.parametrize("text", [
    "Adults were randomized to 5, 10 or 20 mg of XY-123 or placebo daily for 52 weeks.",
    # (the unit spelled out, its symbol in brackets, after a verb of giving)
    "Adults were randomly administered 5, 10 or 20 milligrams (mg) of XY-123 or a placebo once a day.",
])
def test_doses_that_share_one_unit_before_the_drug_are_an_arm_each(text):
    assert [label for label, *_ in read(text, "XY-123")] == ["XY-123 5 mg", "XY-123 10 mg", "XY-123 20 mg", "placebo"]


def test_placebos_short_form_names_the_placebo_arm():
    text = "Results: 812 adults were randomly assigned to PBO (N=405) or XY-123 (N=407)."
    assert read(text, "XY-123") == [("placebo", 405, ()), ("XY-123", 407, ("XY-123",))]


def test_groups_counted_before_the_designs_adjective_are_the_arms():
    text = "71 adults with zeta disease received XY-123, while 36 adults were given a placebo within the randomized trial."
    assert read(text, "XY-123") == [("XY-123", 71, ("XY-123",)), ("placebo", 36, ())]
    # (not a therapy named before it without a count: "A as adjunctive treatment to B: a randomized trial")
    assert read("XY-123 as adjunctive treatment to AB-7 in adults with zeta disease: a randomized double-blind "
                "placebo-controlled study.", "XY-123", "AB-7") == []


def test_counted_groups_with_what_they_were_counted_in_and_a_dose_range_are_the_arms():
    text = "In all, 91 women (273 cycles) received 1.5–3 mg of XY-123; 97 women (291 cycles) received 25–50 mg of AB-7."
    assert read(text, "XY-123", "AB-7") == [("XY-123", 91, ("XY-123",)), ("AB-7", 97, ("AB-7",))]


def test_a_count_of_people_each_randomized_is_every_arms_size():
    text = "After an 8-week baseline, 32 adults each were assigned to XY-123 300 mg twice daily or placebo."
    assert read(text, "XY-123") == [("XY-123", 32, ("XY-123",)), ("placebo", 32, ())]


def test_counts_of_people_joined_by_and_each_with_what_it_was_given_are_the_arms():
    assert read("In all, 143 adults were treated with XY-123, and 146 were treated with AB-7.", "XY-123", "AB-7") == [
        ("XY-123", 143, ("XY-123",)), ("AB-7", 146, ("AB-7",))]
    assert read("Some 311 children in 84 villages were treated with XY-123 and 297 children in 80 villages received "
                "placebo.", "XY-123") == [("XY-123", 311, ("XY-123",)), ("placebo", 297, ())]


def test_counts_with_their_shares_and_a_verb_said_once_are_the_arms_too():
    assert read("Of 152 adults, 80 (53%) were treated with XY-123 cream 0.1% and 72 (47%) were given the "
                "vehicle.", "XY-123") == [("XY-123", 80, ("XY-123",)), ("vehicle", 72, ())]
    assert read("In all, 61 women were treated with XY-123, and 63 with AB-7.", "XY-123", "AB-7") == [
        ("XY-123", 61, ("XY-123",)), ("AB-7", 63, ("AB-7",))]


def test_short_forms_each_with_its_size_after_an_allocation_are_its_arms_as_written():
    assert read("Adults (n = 290) were randomized to either 10-day ZQT (n = 146) or 7-day ZDT (n = 144).") == [
        ("ZQT", 146, ()), ("ZDT", 144, ())]
    # (one short form alone with its size names what the text defined it for, not an arm of its own)
    assert read("Adults were randomized to ZQT (n = 146) or placebo (n = 144).") == [("placebo", 144, ())]


def test_counts_of_people_each_in_a_group_named_after_it_are_the_arms():
    assert read("In all, 231 were randomized: 78 adults were in the 20-mg group, 76 in the 5-mg group, and 77 in the "
                "placebo group.", main="XY-123") == [("XY-123 20 mg", 78, ("XY-123",)), ("XY-123 5 mg", 76, ("XY-123",)),
                                                     ("placebo", 77, ())]
    assert read("Overall, 81 adults were in the XY-123 group and 77 in the placebo group.", "XY-123") == [
        ("XY-123", 81, ("XY-123",)), ("placebo", 77, ())]


def test_amounts_of_one_drug_listed_before_its_name_beside_the_control_are_an_arm_each():
    assert read("Adults were given placebo or 5, 15 or 45 milligram doses of oral XY-123 once a day.", "XY-123") == [
        ("placebo", None, ()), ("XY-123 5 mg", None, ("XY-123",)), ("XY-123 15 mg", None, ("XY-123",)),
        ("XY-123 45 mg", None, ("XY-123",))]
    assert read("Adults were randomized to take placebo or a daily dose of 120 milligrams or 240 milligrams of the "
                "drug XY-123.", "XY-123") == [("placebo", None, ()), ("XY-123 120 mg", None, ("XY-123",)),
                                               ("XY-123 240 mg", None, ("XY-123",))]
    # (amounts with no control beside them: how the drug was given, no arms of their own)
    assert read("A dose of 10 or 20 mg of XY-123 was well tolerated.", "XY-123") == []


@pytest.mark.parametrize("text", [
    "Smokers were randomized to XY-123 for 10 weeks, XY-123 for 5 weeks, or placebo.",
    "Adults were randomized to XY-123 2 mg orally twice daily for 10 weeks, XY-123 2 mg orally twice daily for 5 weeks, "
    "or placebo.",
])
def test_arms_of_one_drug_that_differ_only_by_how_long_it_is_given_are_labelled_by_their_durations(text):
    assert read(text, "XY-123")[:2] == [("XY-123 10 weeks", None, ("XY-123",)), ("XY-123 5 weeks", None, ("XY-123",))]


def test_an_arm_given_no_drug_is_no_arm_of_that_drug_nor_is_a_drug_given_to_all():
    text = ("Adults were allocated to take 2 mg zetamab every 4 weeks (n=40) or no zetamab (n=41) over 9 months, "
            "concomitant with six cycles of acmecin.")
    assert [a for a, *_ in read(text, "zetamab", "acmecin")] == ["zetamab", "no zetamab"]


def test_the_people_an_event_was_seen_in_are_counted_per_arm_as_events_not_arm_sizes():
    text = "Zeta infections were reported in 7 patients (4 XY-123, 3 placebo)."
    assert not any(n for _, n, _ in read(text, "XY-123"))
    text = "The remaining 190 patients (96 XY-123, 94 placebo) were analysed."
    assert [n for _, n, _ in read(text, "XY-123")] == [96, 94]


def test_an_arms_stated_size_may_have_its_share_or_an_aside_after_it_in_the_bracket():
    assert read("Adults were randomised to XY-123 (n = 57, 51.4%) or usual care (n = 54, 48.6%).", "XY-123") == [
        ("XY-123", 57, ("XY-123",)), ("usual care", 54, ())]
    assert read("Adults were allocated at random to XY-123 (N=66, median age 51) or placebo (N=61, median age "
                "49).", "XY-123") == [("XY-123", 66, ("XY-123",)), ("placebo", 61, ())]


def test_groups_counted_with_the_size_of_each_give_every_arm_that_size():
    assert read("Seventy-two adults were randomly split into two groups of 36 patients to receive XY-123 or "
                "placebo.", "XY-123") == [("XY-123", 36, ("XY-123",)), ("placebo", 36, ())]
    # (a bracketed size only where the sentence's total is the groups times it)
    assert read("In all, 164 adults were assigned into two equal groups (n = 82) to receive XY-123 or "
                "placebo.", "XY-123") == [("XY-123", 82, ("XY-123",)), ("placebo", 82, ())]
    assert [n for _, n, _ in read("In all, 82 adults were assigned into two groups (n = 82) to receive XY-123 or "
                                  "placebo.", "XY-123")] == [None, None]
    # (and only where the groups counted are the arms found)
    assert [n for _, n, _ in read("Ninety adults were divided into three groups of 30 to receive XY-123 or placebo.",
                                  "XY-123")] == [None, None]


def test_a_schedule_written_as_q_and_a_number_of_weeks_in_words_names_each_dose_arm():
    assert [a for a, _, _ in read("Adults were randomized to one of three doses of XY-123 (20 mg Q8 weeks, 60 mg Q8 weeks "
                                  "or 60 mg Q16 weeks) or placebo.", "XY-123")] == [
        "XY-123 20 mg Q8 weeks", "XY-123 60 mg Q8 weeks", "XY-123 60 mg Q16 weeks", "placebo"]


def test_doses_after_monotherapy_at_dose_levels_of_are_arms():
    text = "Adults were randomized to receive XY-123 monotherapy at dose levels of 1mg/kg, 3mg/kg and 6mg/kg or placebo."
    assert [label for label, *_ in read(text, "XY-123")] == ["XY-123 1 mg/kg", "XY-123 3 mg/kg", "XY-123 6 mg/kg",
                                                             "placebo"]


def test_doses_in_a_bracket_after_the_drug_each_with_its_size_in_square_brackets_are_arms():
    text = ("Adults were allocated to double-blind XY-123 (10-30 mg/day [N=121] or 40-80 mg/day [N=118]) or placebo "
            "(N=117) for 8 weeks.")
    assert read(text, "XY-123") == [("XY-123 10-30 mg/day", 121, ("XY-123",)), ("XY-123 40-80 mg/day", 118, ("XY-123",)),
                                    ("placebo", 117, ())]


def test_a_dose_given_per_day_ends_its_arm_before_the_next_in_a_list():
    text = "Boys were assigned to 1 of 4 groups: placebo, XY-123 3 mg/kg per day, AB-7, and XY-123 9 mg/kg per day."
    assert [label for label, *_ in read(text, "XY-123", "AB-7")] == ["placebo", "XY-123 3 mg/kg", "AB-7", "XY-123 9 mg/kg"]


def test_a_drug_or_its_control_given_after_a_long_description_of_the_dose_are_the_arms():
    # (seven words between the verb and the drug's name)
    text = "Enrolled children received one oral 15 mg/kg liquid dose of XY-123 or matching placebo."
    assert [(a.label, a.interventions) for a in choice_arms(text, names(text, "XY-123"), "XY-123")] == [
        ("XY-123", ("XY-123",)), ("placebo", ())]


def test_groups_divided_randomly_between_a_drug_and_its_control_are_the_arms():
    text = "The trial split its 300 adults randomly between taking XY-123 capsules or placebo capsules."
    assert [(label, interventions) for label, _, interventions in read(text, "XY-123")] == [
        ("XY-123", ("XY-123",)), ("placebo", ())]


def test_a_drug_given_to_all_with_no_control_is_no_allocation():
    assert read("All 300 adults received one oral 15 mg/kg dose of XY-123 or more.", "XY-123") == []


def test_levels_of_one_drug_each_right_before_its_name_are_arms_labelled_with_their_level():
    text = ("Adults were randomised to low-dose XY-123 (n=21), medium-dose XY-123 (n=22), high-dose XY-123 (n=20), "
            "or placebo (n=23).")
    assert read(text, "XY-123") == [("low-dose XY-123", 21, ("XY-123",)), ("medium-dose XY-123", 22, ("XY-123",)),
                                    ("high-dose XY-123", 20, ("XY-123",)), ("placebo", 23, ())]
    # (one level alone names the drug's arm: its label is the drug's)
    assert read("Patients were randomised to low-dose XY-123 (n=21) or placebo (n=23).", "XY-123") == [
        ("XY-123", 21, ("XY-123",)), ("placebo", 23, ())]


def test_an_arms_regimen_in_a_long_bracket_does_not_hide_the_next_arm():
    text = ("Adults were randomised to placebo, low-dose XY-123 (a 250 mg starting dose, then 125 mg every 6 weeks), "
            "medium-dose XY-123 (a 450 mg starting dose, then 225 mg every 6 weeks), or high-dose XY-123 (a 450 mg "
            "starting dose, then 225 mg every 3 weeks).")
    assert [label for label, _, _ in read(text, "XY-123")] == ["placebo", "low-dose XY-123", "medium-dose XY-123",
                                                               "high-dose XY-123"]


@pytest.mark.parametrize("text, labels", [
    ("Adults received low, middle, or high doses of XY-123.", ["low dose", "middle dose", "high dose"]),
    ("Volunteers received low or high doses of XY-123 for a week.", ["low dose", "high dose"]),
    ("Patients were assigned to low, intermediate and high doses of XY-123.", ["low dose", "intermediate dose", "high dose"]),
])
def test_dose_levels_listed_as_given_are_arms_of_the_drug_after_them(text, labels):
    at = text.index("XY-123")
    found = find_arms(text, (Name(at, at + 6, "XY-123"),))
    assert [a.label for a in found] == labels
    assert all(a.interventions == ("XY-123",) for a in found)


def test_one_dose_level_given_is_no_list_of_arms():
    text = "Adults were given low doses of XY-123."
    at = text.index("XY-123")
    assert find_arms(text, (Name(at, at + 6, "XY-123"),)) == []


@pytest.mark.parametrize("text, expected", [
    ("In all, 120 adults were randomised (XY-123/placebo: n=61/n=59).", [("XY-123", 61), ("placebo", 59)]),
    ("Adults were treated (placebo/XY-123, n = 40/42).", [("placebo", 40), ("XY-123", 42)]),
])
def test_two_arms_a_slash_joins_are_sized_by_the_slashed_counts_after_them(text, expected):
    at = text.index("XY-123")
    assert [(a.label, a.n) for a in find_arms(text, (Name(at, at + 6, "XY-123"),))] == expected


def test_slashed_words_that_name_no_arm_give_no_sizes():
    assert find_arms("Visits (week/month: n=12/n=30) were kept.", ()) == []
