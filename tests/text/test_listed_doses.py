"""Arms named by one drug's doses listed together, on invented sentences."""

import pytest

from kg.text.arm_parts import Name
from kg.text.listed_doses import listed_dose_arms


def labels(text, drug="XY-123"):
    names = tuple(Name(k, k + len(drug), drug) for k in range(len(text)) if text.startswith(drug, k))
    return [a.label for a in listed_dose_arms(text, names, drug)]


@pytest.mark.parametrize("text, expected", [
    ("A trial evaluating XY-123 at 0.4 and 1.2 mg/day in gout.", ["XY-123 0.4 mg", "XY-123 1.2 mg"]),
    ("Adults who took XY-123 modified release either 10 mg or 25 mg nightly slept longer.", ["XY-123 10 mg", "XY-123 25 mg"]),
    ("Eyes given 0.4 mg/ml and 0.8 mg/ml of XY-123 gained more.", ["XY-123 0.4 mg/ml", "XY-123 0.8 mg/ml"]),
    ("XY-123 doses of 5, 10 or 20 mg were compared with placebo.", ["XY-123 5 mg", "XY-123 10 mg", "XY-123 20 mg"]),
    ("The cream held XY-123 in 0.5% and 1%, against vehicle.", ["XY-123 0.5%", "XY-123 1%"]),
    ("Adults took 2, 6 and 12 mg of oral XY-123 daily for 20 weeks.", ["XY-123 2 mg", "XY-123 6 mg", "XY-123 12 mg"]),
    ("Groups got either a 300-mg or 1,200-mg daily dose of the drug XY-123, or placebo.", ["XY-123 300 mg", "XY-123 1,200 mg"]),
    ("The trial tested 1-milligram, 3-milligram, and 9-milligram doses of XY-123 against placebo.",
     ["XY-123 1 mg", "XY-123 3 mg", "XY-123 9 mg"]),
])
def test_doses_listed_right_after_or_before_the_drug_are_arms(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text", [
    "XY-123 at 40 mg lowered zeta by 12 and 15 points.",        # one dose; the numbers are results
    "XY-123 at 10 and 10 mg was given twice.",                  # one dose written twice
    "AB-7 at 10 and 20 mg was given; XY-123 was not.",          # another drug's doses
    "XY-123 was given to 40 and 42 adults.",                    # counts, no unit
    "In all, 47% and 39% of XY-123-treated adults had zeta calm.",   # shares of the people given it
])
def test_no_arms_where_no_list_of_the_drugs_own_doses(text):
    assert labels(text) == []
