"""The change a sentence gives for one measure of one group (kg.text.lone_changes)."""

from decimal import Decimal

import pytest

from kg.text.lone_changes import lone_change


def change_of(text: str, measure: str) -> Decimal | None:
    start = text.index(measure)
    found = lone_change(text, (start, start + len(measure)))
    return found.value if found else None


@pytest.mark.parametrize("text, measure, expected", [
    ("Mean zeta pressure fell by a mean of 7.3 mmHg at 18 months.", "zeta pressure", "-7.3"),
    ("At week 20, ZbA1c had decreased from baseline by 0.9%.", "ZbA1c", "-0.9"),
    ("Zeta activity at weeks 10 through 14 had risen from baseline by 23.5 IU/dL.", "Zeta activity", "23.5"),
    ("Mean body weight was reduced by 4.1 kg (SD 2.2) from baseline.", "body weight", "-4.1"),
    ("The mean change in ZQS was -3.8 points at week 16.", "ZQS", "-3.8"),
    ("The mean reduction from baseline in ZbA1c at week 20 was 0.9%.", "ZbA1c", "-0.9"),
    ("XY-123 lowered zeta pressure by 7.3 mmHg.", "zeta pressure", "-7.3"),
    ("Zeta walking distance rose by 41 m.", "Zeta walking distance", "41"),
])
def test_a_change_read_with_its_sign(text, measure, expected):
    assert change_of(text, measure) == Decimal(expected)


@pytest.mark.parametrize("text, measure", [
    ("ZQS fell by 6.1 points with XY-123, compared with placebo.", "ZQS"),                   # set against a control
    ("ZQS fell by 3 points in 35% of patients.", "ZQS"),                                      # who changed
    ("An increase in zeta creatinine of 0.4 mg per deciliter or more was an end point.", "zeta creatinine"),  # threshold
    ("The drug lowered zeta pressure by 21/13 mm Hg.", "zeta pressure"),                     # two pressures at once
    ("ZQS rose by 5.2 points after one month and 13.7 points after four months.", "ZQS"),   # a series over time
    ("The mean improvement in ZbA1c was 0.9%.", "ZbA1c"),                                     # improvement: no sign
    ("ZQS fell by +1.2 points.", "ZQS"),                                                      # the words and sign disagree
])
def test_no_lone_change(text, measure):
    assert change_of(text, measure) is None
