"""The arms a randomised trial's sentence says it compares (kg.text.compared_arms)."""

import pytest

from kg.text.arm_parts import Name
from kg.text.compared_arms import compared_arms


def read(text: str) -> list[str]:
    names = []
    for drug in ("XY-123", "AB-77"):
        at = text.find(drug)
        while at >= 0:
            names.append(Name(at, at + len(drug), drug))
            at = text.find(drug, at + 1)
    return [a.label for a in compared_arms(text, sorted(names, key=lambda n: n.start))]


@pytest.mark.parametrize("text, expected", [
    ("We conducted a randomized, double-blind study comparing the effects of XY-123 with those of AB-77.",
     ["XY-123", "AB-77"]),
    ("A randomized double-blind comparison of XY-123 and AB-77 was performed in 40 adults.", ["XY-123", "AB-77"]),
    ("In an open randomized study the efficacy of oral XY-123 (5 mg) versus AB-77 (20 mg) was "
     "studied.", ["XY-123", "AB-77"]),
    ("XY-123 and AB-77 were compared in a randomized, double-blind trial.", ["XY-123", "AB-77"]),
    ("Randomized trial of XY-123 versus placebo in zeta disease.", ["XY-123", "placebo"]),
    ("A 16-week randomized trial comparing XY-123 plus AB-77 with XY-123 plus placebo.",
     ["XY-123 plus AB-77", "XY-123 plus placebo"]),
])
def test_the_two_arms_a_randomised_trial_compares(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "No randomized studies have compared XY-123 with AB-77.",                    # background
    "Three randomized trials comparing XY-123 and AB-77 were pooled.",           # other trials
    "In this randomized crossover study, XY-123 and AB-77 were compared.",      # a crossover's periods
    "XY-123 was compared with AB-77 in an open study.",                         # no randomisation said
    "A randomized trial of XY-123 and AB-77 in zeta disease.",                  # "of A and B": given together
    "The efficacy of liposomal XY-123 and AB-77 compared with plain XY-123 and AB-77 in a randomized trial.",
])
def test_no_arms_of_this_trial(text):
    assert read(text) == []
