"""The treatment a trial report's aim names, where the document names no drug (invented treatments and texts)."""

from __future__ import annotations

import pytest

from kg.documents import parse_document
from kg.extractors.context import build_context


def therapies(text: str) -> set[str]:
    ctx = build_context(parse_document("Abstract\n\n" + text, "t.txt"))
    return {m.label for ms in ctx.mentions for m in ms if m.kind in ("therapy", "drug")}


@pytest.mark.parametrize("text, name", [
    ("Objective\nTo determine whether zeta nurse support improves outcome in adults with heart failure.\nDesign\n"
     "Randomised controlled trial.", "zeta nurse support"),
    ("Investigators ran a randomized trial to understand the benefit of zeta dance compared with walking in adults "
     "with back pain.", "zeta dance"),
    ("OBJECTIVE To assess the effectiveness of continuous zeta monitoring (CZM) in adults with type 1 diabetes. "
     "DESIGN Randomized clinical trial in 120 adults.", "continuous zeta monitoring"),
    # (words set off by commas after "a" describe the treatment; "quantify" asks as "assess" does)
    ("Objective To quantify the effect of a brief, clinic-based zeta nurse programme on heart risk, against usual "
     "care. Design Randomised trial.", "clinic-based zeta nurse programme"),
])
def test_the_treatment_an_aim_names_is_the_trials_therapy(text, name):
    assert name in therapies(text)


@pytest.mark.parametrize("text", [
    # (a generic word, a number of strategies, a pronoun: no treatment's name)
    "Objective\nTo assess the effectiveness of this intervention in adults with heart failure.\nA randomized trial.",
    "We ran a randomized trial to test the effectiveness of two methods against zeta cravings.",
    # (an association, no treatment given)
    "OBJECTIVES To examine whether a diagnosis of zeta disorder is linked with dropping out of a randomized zeta program.",
    # (a measure or a disease is what the aim names)
    "OBJECTIVE To determine whether heart failure improves with time in a randomized trial of 80 adults.",
])
def test_an_aim_that_names_no_treatment_gives_none(text):
    assert not therapies(text)


def test_a_programme_the_text_defines_by_its_short_form_is_the_trials_therapy_with_no_alias():
    text = ("PURPOSE Zeta Care for Older Adults (Zeta CARE) is a community health program that supports older "
            "adults. METHODS We ran a 6-month randomized controlled trial of Zeta CARE in 410 adults.")
    ctx = build_context(parse_document("Abstract\n\n" + text, "t.txt"))
    assert {m.label for ms in ctx.mentions for m in ms if m.kind in ("therapy", "drug")} == {"Zeta CARE"}
    # (the words before the defining bracket are its long form, no other name)
    assert not any(m.text == "Zeta CARE" and ctx.doc.text[m.start - 1] == "(" for ms in ctx.mentions for m in ms)


@pytest.mark.parametrize("text, name", [
    # (a title that names what the trial studied the effect of, no aim and no drug)
    ("Effect of zeta breathing on blood pressure in older adults\n\nSixty adults were randomly assigned to two groups.",
     "zeta breathing"),
    ("Protective effect of remote zeta conditioning on kidney injury: a randomized trial\n\nAdults were randomized.",
     "remote zeta conditioning"),
    # (a trial of a treatment, in the title or the text)
    ("Uptake of zeta screening: a randomised controlled trial of text message reminders in family clinics.\n\n"
     "Clinics were randomised.", "text message reminders"),
    ("We evaluated the impact of zeta walking, a home exercise, on fatigue in a randomized trial of 80 adults.",
     "zeta walking"),
    # (an aim to identify whether, and a name that opens on the disease it is for)
    ("We ran a randomized trial to identify whether zeta splinting improves grip compared with no splinting.",
     "zeta splinting"),
    ("Effect of asthma self-management coaching on school absence: a randomized trial in 12 schools.",
     "asthma self-management coaching"),
    # (a participle ends the name: "X given at ...")
    ("A randomized trial of a zeta syrup given at a low dose enrolled 40 children with zeta cough.", "zeta syrup"),
])
def test_the_treatment_a_text_says_it_studied_is_the_trials_therapy(text, name):
    assert name in therapies(text)


def test_a_studied_treatment_named_in_a_titles_capitals_takes_the_texts_form():
    text = ("Effect of Zeta Rehearsal on Social Skills in Children: A Randomized Trial\n\nChildren were randomized to "
            "six weeks of Zeta Rehearsal or a waiting list.")
    assert "Zeta Rehearsal" in therapies(text)


@pytest.mark.parametrize("text", [
    # (a trial of people, of a number of strategies, of a generic word: no treatment's name)
    "Methods\nWe did a randomised controlled trial of adults aged 60 years or older in 30 hospitals.",
    "Effects of two zeta strategies on the strength of young athletes: a randomized trial.",
    "The effect of the intervention on zeta scores was assessed in a randomized trial.",
    # (a disease or a measure after "effect of")
    "Effect of heart failure on walking distance: a randomized trial of 80 adults.",
])
def test_a_studied_effect_that_names_no_treatment_gives_none(text):
    assert not therapies(text)


def test_a_defined_procedure_compared_by_its_short_form_is_the_trials_therapy():
    text = ("Background: Data comparing transcatheter zeta valve replacement (TZVR) with surgery are few. Methods: "
            "Adults were randomized to TZVR or surgery. Results: Death occurred in 4% of TZVR patients and 6% of "
            "surgery patients. Night hours with oxygen saturation under 88% were counted.")
    assert "transcatheter zeta valve replacement" in therapies(text)
