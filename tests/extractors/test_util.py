import random
import re

import pytest

from kg.extractors.util import expand_org, find_at_word_start


@pytest.mark.parametrize("pattern", ["Ab", "A", "b", " A", "-A", "A(?: b)*", "(?:A|_)b?", "é", r"\.A?"])
def test_find_at_word_start_answers_as_a_leading_word_boundary(pattern):
    rng = random.Random(pattern)
    for _ in range(3000):
        text = "".join(rng.choice("Ab _-.é1 ") for _ in range(rng.randint(0, 14)))
        assert find_at_word_start(pattern, text) == [m.group(0) for m in re.finditer(r"\b" + pattern, text)], text


def test_expand_org_skips_a_name_inside_a_word():
    text = "BigAcme Holdings Group said so. Acme Bio Labs agreed with Acme."
    assert expand_org("Acme", text) == "Acme Bio Labs"



def test_a_name_in_a_headline_is_not_expanded_from_it():
    from kg.extractors.util import body_text, expand_org, names_starting_with

    text = "Acme Bio Labs Announces Results Of The Trial\r\nLater, Acme Chemical said so.\u2028Acme rose."
    assert expand_org.__wrapped__("Acme", text) == "Acme Chemical"
    assert names_starting_with("Acme", "Acme", body_text(text)) == ["Acme Chemical"]
    assert expand_org.__wrapped__("Acme\nBio", "Acme\nBio Labs said") == "Acme\nBio Labs"      # read in the body


def test_a_plan_past_or_a_planned_size_is_no_hedge_but_a_plan_is():
    from kg.extractors.util import is_hedged
    assert not is_hedged("The trial enrolled 150 patients of an originally planned 240.")
    assert not is_hedged("Recruitment stopped at 150 of the planned 240 patients.")
    assert is_hedged("Acme planned a second trial.") and is_hedged("Acme plans to enrol 240 patients.")


@pytest.mark.parametrize("text, kept", [
    ("ZETA, a randomized phase 3 study, tested the hypothesis that XY-123 would lower zeta flares.",
     "ZETA, a randomized phase 3 study, tested the "),
    ("A phase 2 trial was run to determine whether XY-123 would help.", "A phase 2 trial was run "),
])
def test_a_hedge_in_the_question_a_trial_asks_leaves_the_trial_itself(text, kept):
    from kg.extractors.util import unhedged

    assert unhedged(text).startswith(kept) and not unhedged(text)[len(kept):].strip()


def test_a_hedge_outside_a_trials_question_blanks_its_clause():
    from kg.extractors.util import unhedged

    assert not unhedged("A larger phase 3 trial should follow to see whether it works.").strip()
