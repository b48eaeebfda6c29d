"""Quantities a result sentence lists one after another, each with both arms' numbers in brackets after it
(kg.text.paired_items)."""

import pytest

from kg.text.paired_items import paired_items


@pytest.mark.parametrize("text, expected", [
    ("Zeta (12% vs 5%), beta loss (8% vs 3%) and gamma (6% vs 2%) were more common with XY-123 than with placebo.",
     ["Zeta", "beta loss", "gamma"]),
    # the head the first item shares with the others is no part of its name
    ("The rates of zeta (2.7% vs 4.9%; p=0.02) and beta loss (1.6% vs 1.9%) were lower with XY-123 than with placebo.",
     ["zeta", "beta loss"]),
    # how often the events occurred, as the verb that compares the arms
    ("Zeta (2.7% vs 4.9%) and beta loss (1.6% vs 1.9%) occurred less often with XY-123 than with placebo.",
     ["Zeta", "beta loss"]),
    ("Zeta (2.7% vs 4.9%) and beta loss (1.6% vs 1.9%) were seen more frequently with placebo.",
     ["Zeta", "beta loss"]),
])
def test_items_of_a_list_of_compared_pairs(text, expected):
    assert [text[a:b] for a, b in paired_items(text)] == expected


def test_items_that_occurred_with_no_comparison_are_no_list():
    assert paired_items("Zeta (2.7% vs 4.9%) and beta loss (1.6% vs 1.9%) occurred in the first week.") == []
