"""Estimates listed one per arm before "respectively": each a number with its unit and brackets, nothing else."""

import pytest

from kg.text.effects import find_effects
from kg.text.respective_estimates import blank_brackets, listed_estimates


def read(text):
    return [(e.measure, str(e.value), str(e.ci_low), str(e.ci_high)) for e in listed_estimates(text, find_effects(text)[0])]


def test_each_listed_estimate_keeps_the_first_ones_kind_and_takes_its_own_interval():
    text = "a difference from placebo of -5.26 (1.2) mm Hg (95% CI -8.34 to -2.18, P = 0.0063) and -4.61 (1.2) mm Hg " \
           "(-7.72 to -1.49; P = 0.0037), respectively"
    assert read(text) == [("mean difference", "-4.61", "-7.72", "-1.49")]
    assert read("(rate ratios 0.643 [p=0.0002], 0.712 [p=0.001] and 0.804 [p=0.03], respectively)") == [
        ("rate ratio", "0.712", "None", "None"), ("rate ratio", "0.804", "None", "None")]


@pytest.mark.parametrize("text", [
    # an item that is no bare number
    "a difference of -5.26 mm Hg (95% CI -8.34 to -2.18) and 45% vs 30%, respectively",
    # no "respectively": the numbers may be anything's
    "a difference of -5.26 mm Hg (95% CI -8.34 to -2.18) and -4.61 mm Hg (-7.72 to -1.49)",
    # the arms named after the numbers are another layout's
    "a difference of -5.26 mm Hg (95% CI -8.34 to -2.18) and -4.61 mm Hg for the low and high doses, respectively",
])
def test_no_list_where_the_items_are_not_bare_estimates(text):
    assert read(text) == []


def test_blanked_brackets_keep_the_texts_length_and_offsets():
    text = "of 3 (SE 1) mg [p=0.2] and (x"
    assert len(blank_brackets(text, 0, len(text))) == len(text)
    assert blank_brackets(text, 0, len(text)).index("and") == text.index("and")
