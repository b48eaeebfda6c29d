"""The change a sentence gives for one measure of one group (kg.text.lone_changes)."""

from decimal import Decimal

import pytest

from kg.text.lone_changes import changed_subject, lone_change


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
    ("Patients had a mean ZbA1c reduction of 0.9% from a baseline of 8.0%.", "ZbA1c", "-0.9"),
    ("Zeta activity decreased 48% from baseline after dosing.", "Zeta activity", "-48"),
    ("Zeta activity (measured in serum by a chromogenic assay) rose by 12 IU/dL.", "Zeta activity", "12"),
    ("XY-123 gave a mean reduction from baseline of 5.1 points in the ZQS score.", "ZQS", "-5.1"),
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
    ("XY-123 gave a reduction of 5.1 points in ZQS, compared with 2.0 points on placebo.", "ZQS"),  # set against one
    ("XY-123 gave a reduction of 5.1 points in ZQS and 2.0 points in ZQT.", "ZQS"),         # one of several
    ("Zeta activity increased 2 weeks after dosing.", "Zeta activity"),                       # a time, not an amount
    ("The placebo-corrected change in ZbA1c was -0.9%.", "ZbA1c"),                            # net of the control's
    ("XY-123 cut the risk of zeta events by 40%.", "the risk of zeta events"),                # a relative change
])
def test_no_lone_change(text, measure):
    assert change_of(text, measure) is None


def test_a_verb_before_the_measure_is_read_only_when_asked():
    text = "XY-123 lowered zeta pressure by 7.3 mmHg."
    assert lone_change(text, (15, 28)).value == Decimal("-7.3")
    assert lone_change(text, (15, 28), verb_before=False) is None


@pytest.mark.parametrize("text, subject", [
    ("Zeta artery velocity increased by 20% (P=0.037).", "Zeta artery velocity"),
    ("In the second phase, plasma zetaglobin levels fell by a mean of 2.1 g/dL.", "plasma zetaglobin levels"),
])
def test_the_subject_of_a_change_is_its_measure(text, subject):
    (a, b), _ = changed_subject(text)
    assert text[a:b] == subject


@pytest.mark.parametrize("text", [
    "Patients lost a mean of 5.1 kg.",                                    # people are no measure
    "The odds of zeta relapse increased by 10% with each year of age.",   # a relative change
])
def test_no_subject_of_a_change(text):
    assert changed_subject(text) is None


def test_in_a_controlled_trial_a_verb_before_the_measure_gives_a_change_only_from_baseline():
    t = "XY-123 20 mg lowered the ZQS by 7.3 points from baseline."
    at = (t.index("ZQS"), t.index("ZQS") + 3)
    assert lone_change(t, at, verb_before=False).value == Decimal("-7.3")
    t = "XY-123 20 mg lowered the ZQS by 7.3 points."         # (maybe its difference from the control)
    assert lone_change(t, at, verb_before=False) is None
    assert lone_change(t, at).value == Decimal("-7.3")        # (a single-arm study's change)
