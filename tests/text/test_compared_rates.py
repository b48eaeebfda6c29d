"""The event a sentence compares the rate of between arms ("there was a lower incidence of X in A than in B")."""

import pytest

from kg.text.compared_rates import compared_rates


def events(text):
    return [m.label for m in compared_rates(text, [])]


@pytest.mark.parametrize("text, expected", [
    ("There was a markedly lower prevalence of zeta spasm in the XY group (4.2%) than in the AB group (15.9%).",
     ["zeta spasm"]),
    ("There were fewer cases of zeta fever with XY-1 than with placebo.", ["zeta fever"]),
    # (a definition in brackets between the event and the arms)
    ("There was a higher incidence of zeta storms (three or more in a day) in the XY group than in the AB group.",
     ["zeta storms"]),
])
def test_the_event_compared_is_named(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text", [
    "There were more zeta events in the XY group than in the AB group.",      # no rate named
    "There was a higher rate of patients in the XY group than in the AB group.",   # people, not an event
    "There was a lower incidence of zeta spasm in the XY group.",             # no arm set against it
])
def test_no_event_without_a_rate_compared_between_arms(text):
    assert events(text) == []
