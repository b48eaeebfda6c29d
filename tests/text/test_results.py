"""kg.text.results: an outcome frame's cues (a single value after a measure, roles, timepoints, subgroups).

Every sentence here is invented (drug "XY-123", invented numbers).
"""

from __future__ import annotations

from decimal import Decimal as D

from kg.text.results import single_value


def test_single_value_after_its_measure():
    text = "The overall response rate at week 12, the primary endpoint, was 38%."
    assert single_value(text, 25, len(text)).value == D("38")          # a qualifier and an apposition between
    text = "The overall response rate in the XY-123 group was 38%."
    assert single_value(text, 25, len(text)) is None                    # one arm's rate, not the trial's
    assert single_value("The overall response rate was 38%.", 25, 34).value == D("38")
    assert single_value("The overall response rate was 38 patients.", 25, 42) is None


def test_single_values_in_words_and_months():
    assert single_value("Complete response: 61.5 percent (95% CI, 50.1-72.0)", 17, 51).value == D("61.5")
    found = single_value("Median duration of response: 14.2 months among responders", 27, 57)
    assert (found.value, found.unit) == (D("14.2"), "month")


def test_role_with_its_look_ahead_matches_as_its_plain_form():
    """ROLE opens with a look-ahead for its words' first letters; it only lets re skip positions."""
    import random
    import re

    from kg.text.results import ROLE
    plain = re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", ROLE.pattern), ROLE.flags)
    assert plain.pattern != ROLE.pattern
    words = ["primary", "Main", "key", "secondary", "exploratory", "efficacy", "endpoint", "outcomes", "goal", "end",
             "point", "composite", "the", "x", "remain", "-"]
    rng = random.Random(5)
    for _ in range(4000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", " ", "-"]) for _ in range(rng.randint(1, 8)))
        assert [m.span() for m in ROLE.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_a_span_of_time_is_no_baseline_and_value():
    from kg.text.results import FROM_TO
    assert FROM_TO.search("The score improved in both groups from 1 to 5 weeks.") is None
    assert FROM_TO.search("The score fell from 40 to 36 points.") is not None


def test_subsets_and_parts_of_the_population_are_subgroups():
    from kg.text.results import SUBGROUP
    assert SUBGROUP.search("In the subset of patients with high marker levels, survival was longer.")
    assert SUBGROUP.search("Survival did not differ based on age, sex or smoking history.")
    assert not SUBGROUP.search("Survival was longer with XY-123 than with placebo.")
    # people with a trait set against those without it
    assert SUBGROUP.search("Survival (9 vs 6 months) was longer in patients with zeta mutations than in those without.")
    assert SUBGROUP.search("Adults with and without zeta scars did not differ in mortality.")
    assert not SUBGROUP.search("Survival was longer with XY-123 than in those given placebo without XY-123.")
    assert not SUBGROUP.search("The remission rate (zeta clearance with or without marrow recovery) was 58%.")


def test_a_hyphenated_end_point_is_a_role_word():
    from kg.text.results import ROLE

    assert ROLE.search("Secondary end-points were zeta clearance and beta response.").group("role") == "Secondary"


def test_a_scales_range_is_no_change_from_baseline():
    from kg.text.results import FROM_TO

    assert FROM_TO.search("pain was rated on a visual analogue scale ranging from 0 to 100") is None
    assert FROM_TO.search("the score fell from 40.6 to 37.6 points").group("b", "v") == ("40.6", "37.6")
    # (nor an interval's ends said in words: "a 95% confidence interval from A to B")
    assert FROM_TO.search("a gap of -0.12, with a 95 percent confidence interval from -0.41 to 0.17") is None
    assert FROM_TO.search("a difference of 2.1 (95% CI from 0.4 to 3.8)") is None
    # (nor a spread across sites: "varied from A to B across sites")
    assert FROM_TO.search("the zeta titre varied from 210 to 655 EU/ml between centres") is None


def test_an_intervals_level_after_a_measure_is_no_value_of_it():
    assert single_value("The mean FEV1 (95% CI, 6 to 14%) rose.", 13, 38) is None
    assert single_value("The mean FEV1 (95 percent confidence interval 6 to 14) rose.", 13, 50) is None
    assert single_value("The mean FEV1 (95%) rose.", 13, 24).value == 95


def test_the_time_a_measure_is_read_at_is_no_single_value_of_it():
    text = "The primary outcome was survival free of relapse at 12 months."
    assert single_value(text, text.index(" at 12"), len(text)) is None
    text = "Survival free of relapse at 12 months was 84%."
    assert single_value(text, text.index(" at 12"), len(text)).value == D("84")


def test_the_first_of_two_values_joined_by_and_is_no_single_value():
    text = "The zeta rates were 23.6% and 27.9% in the trial."
    assert single_value(text, 14, len(text)) is None
    text = "The zeta rate was 23.6% and the beta rate was 27.9%."
    assert single_value(text, 13, len(text)).value == D("23.6")
