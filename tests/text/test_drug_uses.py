"""Words a document uses as a drug's name, read from how it uses them (invented names, no list knows them)."""

import pytest

from kg.text.drug_uses import drug_codes, plausible, used_names


def names(*texts):
    return sorted({name.lower() for hits in used_names(list(texts)) for name, _ in hits})


@pytest.mark.parametrize("text", [
    "Adults were randomized to receive zorbegron 50 mg or placebo.",           # a dose right after it
    "Zorbegron, an oral activator of zeta kinase, was tested in adults.",      # a class in apposition
    "Zorbegron is a selective zeta receptor antagonist.",                      # a class as predicate
    "The trial assessed the efficacy and safety of zorbegron in adults.",      # what a trial studied
    "Acme reported a Phase 2 trial of zorbegron for gout.",                    # what a trial is of
    "A study evaluating zorbegron in adults with gout began.",
    "Adults got zorbegron every 8 hours at a dose of 10, 30 or 90 mg.",       # before doses listed
    "Adults got zorbegron in doses of 5 or 10 mg.",
    "Adults were assigned to zorbegron or placebo.",                           # beside the control
    "Adults were assigned to placebo, zorbegron or zetamine.",
    "Among zorbegron-treated adults, 40% responded.",                          # the arm it names
    "Zorbegron was generally well tolerated in the trial.",                    # said of a drug only
    "Acme will submit zorbegron, an investigational treatment for gout, to the agency.",
])
def test_a_use_that_only_a_drug_has_names_it(text):
    assert names(text, "Adults took zorbegron.") == ["zorbegron"]        # (an INN is written small somewhere)


@pytest.mark.parametrize("text", [
    "Patients received 50 mg daily or placebo.",                   # dosing words
    "The difference versus placebo was 4 points.",                 # a comparison's words, not an arm
    "In this multicentre, placebo-controlled trial, adults took part.",   # a design's words
    "Weeks 12 mg were given.",                                     # a plural, an English word's shape
    "The nasal spray 4.5 mg was used.",                            # a dosage form
    "Treatment was well tolerated.",                               # the word for any therapy
    "A trial of women in rural clinics began.",                    # the people a trial is of
    "A study of healthy volunteers was run.",
    "With XY-123 versus placebo, increase in zeta time was 12.6 vs 3.9 min.",   # a clause's subject after a comma
])
def test_no_name_from_plain_words(text):
    assert names(text, text.lower()) == []


def test_a_name_is_found_wherever_written_and_a_capitalised_one_only_if_written_small_somewhere():
    found = used_names(["Zorbegron 5 mg was given.", "Later, zorbegron was stopped; Zorbegron helped."])
    assert found == [[("Zorbegron", 0)], [("zorbegron", 7), ("Zorbegron", 30)]]
    assert used_names(["Quelvia 5 mg was given."]) == [[]]     # only capitalised: a brand the brand rules read
    assert plausible("zorbegron") and not plausible("receiving")


def test_a_capitalised_word_dosed_where_it_is_given_is_a_name_and_a_solid_form_may_stand_before_its_dose():
    assert used_names(["Adults were randomized to Quelvia 5 mg or placebo."]) == [[("Quelvia", 26)]]
    assert used_names(["Adults were randomized to zorbegron capsules 5 mg or placebo."]) == [[("zorbegron", 26)]]
    # (not a device written after the drug's own name, nor a word before a pump's infusion)
    assert used_names(["Adults took zorbegron Quelhaler 5 mg and Quelhaler 2 mg."]) == [[]]
    assert used_names(["The pump gave a background infusion 2 mL with boluses."]) == [[]]


def test_a_companys_own_product_named_after_the_word_for_it_is_a_name_though_only_capitalised():
    assert used_names(["Acme said a trial of its experimental drug, Quelvia, met its goal."]) == [[("Quelvia", 44)]]
    assert used_names(["Acme said its medication, Quelvia, failed.", "Quelvia is sold in Europe."]) == \
        [[("Quelvia", 26)], [("Quelvia", 0)]]
    # (not a place or a word after a comma that is no apposition of the product)
    assert used_names(["Acme opened its product line, Greenville, in 2020."]) == [[]]


@pytest.mark.parametrize("text, codes", [
    ("Its Phase 2b study of XY-120 in adults met its goal.", ["XY-120"]),
    ("XY120 was administered as a single dose.", ["XY120"]),
    ("Adults got XY-120 100 mg or placebo.", ["XY-120"]),
    ("Adults were randomized to XY-120 or placebo.", ["XY-120"]),
    ("Acme's XY-120 program was granted a designation.", ["XY-120"]),
    ("The ZETA-7 study enrolled 90 adults.", []),                 # a trial's name is no drug's
    ("Results of the ZETA-7 trial of XY-120 were good.", ["XY-120"]),
])
def test_a_code_used_as_only_a_drug_is_used(text, codes):
    assert sorted(drug_codes([text])) == codes


def test_a_dose_after_at_and_a_comparison_with_placebo_name_the_drug():
    assert names("Adults got zortalase at 0.35 mg per kilogram.", "zortalase") == ["zortalase"]
    assert names("Nausea was more frequent with zortamine than with placebo.") == ["zortamine"]


@pytest.mark.parametrize("text, found", [
    ("After conditioning with zorbulfan, the cells were infused.", ["zorbulfan"]),
    ("Chemotherapy with quelamide and zortabine preceded the infusion.", ["quelamide", "zortabine"]),
    ("Drugs such as zorlactone were not allowed.", ["zorlactone"]),
    ("Stable doses of medicines, such as quelantine or kinase inhibitors, were permitted.", ["quelantine"]),
    ("The control arm got the investigator's choice of zortabine, quelbulin or vamtaxel.",
     ["quelbulin", "vamtaxel", "zortabine"]),
    ("Each took one of three antidepressants: quelxetine, zorlopram or vamraline.",
     ["quelxetine", "vamraline", "zorlopram"]),
    ("Patients kept taking zorvastin at the maximum tolerated dose.", ["zorvastin"]),
    ("Zorleukin at 250,000 IU/kg was given every 6 hours; zorleukin was stopped.", ["zorleukin"]),
])
def test_a_regimen_a_class_or_a_choice_lists_its_drugs(text, found):
    assert names(text) == found


@pytest.mark.parametrize("text", [
    "After premedication with midazolam and local anaesthesia, the procedure began.",   # a plain word after a drug
    "Kinase inhibitors, such as imatinib, were allowed.",    # a class's first word is no drug
    "Antifibrinolytic agents such as tranexamic acid were given.",  # the first word of a two-word name
    "The physician's choice of immunological tests varied.",         # a choice of no drug
    "Adults stayed on a zeta receptor antagonist, a beta-2 inhibitor, or both.",   # a class's last word, then a class
    "Zeta pain eased more than with placebo, therefore suggesting a benefit.",    # a linking word after the control
    "Adults were randomized to real or sham stimulation.",                       # what sets a sham apart
])
def test_the_words_before_a_class_or_an_acid_are_no_drug(text):
    assert [n for n in names(text) if n not in ("midazolam", "imatinib")] == []


def test_a_spread_written_in_words_before_a_dose_names_no_drug():
    assert used_names(["Their daily intake was 4.27 plus or minus 1.36 mg."]) == [[]]


def test_the_people_of_an_arm_set_against_the_control_are_no_drug():
    said = "Zeta relapse was rarer in zorbegron-treated women than with placebo."
    # (the people are no drug; the drug's name before "-treated" is its arm's)
    assert used_names([said, "Zorbegron was stopped."]) == [[("zorbegron", 26)], [("Zorbegron", 0)]]


def test_a_name_written_alone_is_also_found_before_treated_which_names_its_arm():
    found = used_names(["Adults got zorbegron 5 mg or placebo.", "In all, 41% of zorbegron-treated adults improved."])
    assert found == [[("zorbegron", 11)], [("zorbegron", 15)]]
    # (a word found only before "-treated" is no name the document uses alone)
    assert used_names(["It was studied in 36 zorbegron-treated adults."]) == [[]]


def test_a_linking_phrase_before_the_control_names_no_drug():
    found = used_names(["Adults got zetanorvat or placebo.", "In contrast, placebo gave a 3.1 mmHg fall.",
                        "In comparison, placebo did not."])
    assert [name for hits in found for name, _ in hits] == ["zetanorvat"]
