"""The measure a result clause opens with (kg.text.result_subject): invented sentences and counterexamples."""

from __future__ import annotations

import pytest

from kg.text.result_subject import achieved_measure, subject_measure


def subject(text: str, number: str) -> str | None:
    span = subject_measure(text, 0, text.index(number))
    return text[span[0]:span[1]] if span else None


@pytest.mark.parametrize("text, number, expected", [
    ("Zeta clearance at 6 months was 81% in the A group and 64% in the B group.", "81", "Zeta clearance"),
    ("Actual zeta clearance (including relapse) at 2 years was 91.2% in A, 88.5% in B.", "91.2", "Actual zeta clearance"),
    ("Measured ZFR at 1 year (mean±SD) was 47.1±12.2 mL/min in A and 52.6±15.0 mL/min in B.", "47.1", "Measured ZFR"),
    ("After 6 weeks, the zeta reduction (mean ± standard error [SEM]) in the A group was 10.4 ± 1.3 and 7.9 in the B "
     "group.", "10.4", "zeta reduction"),
    ("Median (95% CI) ZFS2 was 12.4 mo (10.1-14.2) in A and 9.9 mo (8.0-11.3) in B.", "12.4", "ZFS2"),
    ("The mean time to first zeta relief was also similar, 14.5 h in A and 15.1 h in B.", "14.5", "time to first zeta relief"),
    ("In addition, the mean zeta score (ZS) at 12 months was 3.3 in A, compared to 4.1 in B.", "3.3", "zeta score"),
    ("At 12 weeks, the mean zeta score in the A group was 3.3, compared to 4.1 in the B group.", "3.3", "zeta score"),
    ("The mean change from baseline in zeta score at week 8 was -2.4 in A and -0.9 in B.", "-2.4", "zeta score"),
    ("At week 8, the zeta response rate was 38% with A and 17% with B.", "38", "zeta response rate"),
    ("Zeta clearance was achieved by 66% of patients in A and by 31% in B.", "66", "Zeta clearance"),
    # an opening time phrase of more than 30 characters is no part of the subject
    ("Within the first 8 weeks following surgery, the incidence of zeta sepsis was 1.9% in A and 2.7% in B.", "1.9",
     "incidence of zeta sepsis"),
    ("The rate of complete zeta clearance was 38% with A and 17% with B.", "38", "complete zeta clearance"),
])
def test_the_subject_of_was_before_the_numbers_is_the_measure(text, number, expected):
    assert subject(text, number) == expected


@pytest.mark.parametrize("text, number", [
    ("Patients in A were 5.1 years older than those in B.", "5.1"),          # people, not a measure
    ("The difference was 4 points in A and 2 in B.", "4"),                   # a word for results in general
    ("Median follow-up was 11.3 months in A and 11.2 months in B.", "11.3"),  # how long, not an outcome
    ("Mean age was 54 years in A and 56 years in B.", "54"),                 # who took part
    ("It was 45% in A and 20% in B.", "45"),                                 # a pronoun
    ("Zeta clearance improved to 81% in A and 64% in B.", "81"),             # no "was" before the numbers
    ("Zeta clearance, the main measure, was 81% in A and 64% in B.", "81"),  # punctuation inside: no plain phrase
])
def test_no_measure_where_the_subject_is_no_measure_or_the_clause_has_another_shape(text, number):
    assert subject(text, number) is None


def achieved(text: str, *arms: str) -> str | None:
    avoid = [(text.index(a), text.index(a) + len(a)) for a in arms]
    span = achieved_measure(text, 0, len(text), avoid)
    return text[span[0]:span[1]] if span else None


@pytest.mark.parametrize("text, arms, expected", [
    ("61% of patients receiving XY-7 had an improvement in zeta vision, compared to 24% of patients receiving placebo.",
     ("XY-7", "placebo"), "improvement in zeta vision"),
    ("At week 24, 45% of patients on XY-7 and 20% on placebo achieved zeta remission (odds ratio, 3.2).",
     ("XY-7", "placebo"), "zeta remission"),
    ("7/12 (58%) eyes treated with XY-7 gained five or more letters of zeta acuity compared to 1/11 (9%) with placebo.",
     ("XY-7", "placebo"), "gained five or more letters of zeta acuity"),
    ("A greater share of subjects achieved >30% reduction in zeta from baseline in the XY-7 group vs. placebo "
     "(52% vs. 19%).", ("XY-7", "placebo"), ">30% reduction in zeta from baseline"),
    ("Results were positive, with 44% of the patients on XY-7 achieving zeta resolution, compared to 12% of those "
     "taking placebo.", ("XY-7", "placebo"), "zeta resolution"),
    ("37% of patients who received XY-7 had an increased zeta level, compared to none in the placebo group.",
     ("XY-7", "placebo"), "increased zeta level"),
    ("51% of patients in the XY-7 group and 72% in the placebo group had levels of zeta DNA <50 IU/mL.",
     ("XY-7", "placebo"), "zeta DNA <50 IU/mL"),
    ("More patients receiving XY-7 achieved zeta success defined as a clear nail with zeta cure at week 52 vs. "
     "placebo (16.2% vs. 4.4%).", ("XY-7", "placebo"), "zeta success"),
    # a threshold's share after "by" is part of the name; a time after it is not
    ("13% of people given placebo had a fall in zeta attacks by 75% or more, versus 36% of people given XY-7.",
     ("placebo", "XY-7"), "fall in zeta attacks by 75% or more"),
    ("42% of patients taking XY-7 reached zeta remission by 12 weeks, compared with 17% of patients taking placebo.",
     ("XY-7", "placebo"), "zeta remission"),
    # a share of people as the subject, and what they reported
    ("About 41 percent in the XY-7 group also reported the absence of zeta pain, compared with 25.6 percent for "
     "placebo.", ("XY-7", "placebo"), "absence of zeta pain"),
])
def test_what_people_reached_is_the_measure(text, arms, expected):
    assert achieved(text, *arms) == expected


@pytest.mark.parametrize("text, arms", [
    ("45% of patients on XY-7 and 20% on placebo had a history of zeta fever.", ("XY-7", "placebo")),  # who they were
    ("37% of patients on XY-7 versus 17% on placebo achieved the primary endpoint.", ("XY-7", "placebo")),  # a pointer
    ("45% of patients on XY-7 and 20% on placebo had received steroids before.", ("XY-7", "placebo")),  # a past verb
    ("The XY-7 group had 45% and the placebo group 20%.", ("XY-7", "placebo")),                  # no word for people
    ("Eligible patients had zeta fever after four XY-7 cycles and no more than two of placebo.",   # who took part
     ("XY-7", "placebo")),
])
def test_no_measure_where_people_reached_nothing_that_names_one(text, arms):
    assert achieved(text, *arms) is None


@pytest.mark.parametrize("text, number, subject", [
    ("Zeta nausea in the first 36 hours after surgery occurred in 45.8% of patients in the A group.", "45.8",
     "Zeta nausea"),
    ("Beta events in patients without diabetes occurred in 12% of the A group.", "12%", "Beta events"),
])
def test_the_subject_of_occurred_in_without_its_time_or_who_had_it(text, number, subject):
    span = subject_measure(text, 0, text.index(number))
    assert span is not None and text[span[0]:span[1]] == subject


@pytest.mark.parametrize("text, number, arm, subject", [
    ("The least squares mean zeta tone on day 7 for Acmeol was 6.3 as compared to 4.1 for Zetamab.", "6.3", "Acmeol",
     "zeta tone"),                                     # a statistic's words, a time and the arm after the subject
    ("The LS mean beta level in Acmeol was 6.3 versus 4.1 in Zetamab.", "6.3", "Acmeol", "beta level"),
    ("The trial met its endpoint with the share of zeta responders being 41% in A compared to 12% in B.", "41", None,
     "zeta responders"),                               # the subject of "being", after "with"
])
def test_the_subject_without_a_statistics_words_or_the_arm_after_it(text, number, arm, subject):
    arms = [(text.index(arm), text.index(arm) + len(arm))] if arm else []
    span = subject_measure(text, 0, text.index(number), arms)
    assert span is not None and text[span[0]:span[1]] == subject


def test_being_with_nothing_to_open_its_subject_names_none():
    text = "The trial being 12 weeks long, 40% of A and 20% of B finished."
    assert subject_measure(text, 0, text.index("12")) is None


def test_what_people_achieved_ends_at_the_verb_of_the_clause_they_are_the_subject_of():
    from kg.text.result_subject import achieved_measure

    t = "The share of adults who achieved zeta healing was significantly greater than placebo (40.5% vs. 12.5%)"
    a, b = achieved_measure(t, 0, len(t))
    assert t[a:b] == "zeta healing"
