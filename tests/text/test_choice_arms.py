"""Arms given as what a randomised trial's people received, one therapy or another (kg.text.choice_arms)."""

import pytest

from kg.text.choice_arms import choice_arms
from tests.text.test_arms import names

DRUGS = ("metoprolol", "verapamil", "diltiazem")


def names_in(text: str):
    return names(text, *DRUGS)


@pytest.mark.parametrize("text, expected", [
    ("Patients received metoprolol or placebo twice daily for 16 weeks.", [("metoprolol", None), ("placebo", None)]),
    ("Participants were administered oral metoprolol or verapamil once daily.",
     [("metoprolol", None), ("verapamil", None)]),
    ("The 90 adults were treated with metoprolol, verapamil or diltiazem for a year.",
     [("metoprolol", None), ("verapamil", None), ("diltiazem", None)]),
    ("Fourteen patients were given metoprolol plus verapamil and 13 patients were given metoprolol plus placebo.",
     [("metoprolol plus verapamil", 14), ("metoprolol plus placebo", 13)]),
    # "either" before the verb, "who" right before it, a control named in two words
    ("The trial enrolled 240 adults who were either administered metoprolol or an inactive placebo vehicle control daily.",
     [("metoprolol", None), ("placebo", None)]),
    ("The 240 adults were either given metoprolol or a matching placebo.", [("metoprolol", None), ("placebo", None)]),
])
def test_arms_given_as_a_choice(text, expected):
    assert [(a.label, a.n) for a in choice_arms(text, names_in(text))] == expected


@pytest.mark.parametrize("text", [
    "Patients who relapsed were treated with metoprolol or verapamil.",          # those who, not everyone
    "Patients who relapsed were either given metoprolol or verapamil.",
    "All patients received metoprolol or verapamil before surgery.",             # everyone, a choice left open
    "Patients had received metoprolol or verapamil before the trial.",           # their past
    "Patients received additional metoprolol or placebo if pain persisted.",     # rescue treatment
    "In the second group, patients received metoprolol or verapamil.",           # one group's therapy
    "Patients received metoprolol (5 mg) by infusion with verapamil in saline.",   # one regimen, no choice
    "Doctors received metoprolol or verapamil samples.",                         # no people as subject
])
def test_no_choice_of_arms(text):
    assert choice_arms(text, names_in(text)) == []
