"""Quantities a result sentence lists one after another, each with both arms' numbers in brackets after it
(kg.text.paired_items)."""

import pytest

from kg.text.paired_items import listed_pairs, paired_items


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


@pytest.mark.parametrize("text, expected", [
    ("The XY-123 and placebo groups did not differ in zeta score (71.0 vs 68.4), beta rate (19.2% vs 17.5%), and "
     "gamma (1.8% vs 3.6%).", ["zeta score", "beta rate", "gamma"]),
    ("At day 10, the arms showed no differences related to zeta score (71.0 vs 68.4, ns) and beta visits (5.2% vs "
     "2.9%, ns).", ["zeta score", "beta visits"]),
    ("Compared with placebo, XY-123 improved zeta score (45% vs 20%), beta rate (19.2% vs 17.5%), and gamma index "
     "(1.8 vs 3.6).", ["zeta score", "beta rate", "gamma index"]),
    # an item whose bracket holds intervals is left out; the others stay
    ("The groups did not differ in zeta (41.2%, 95% CI 35.0-47.4 vs 44.8%, 95% CI 38.9-50.7), beta score (71.0 vs "
     "68.4) and gamma rate (19.2% vs 17.5%).", ["beta score", "gamma rate"]),
    # "in regard to" introduces the list; a journal's bare "v" joins the pairs
    ("The arms did not differ in regard to incidence of zeta (14.2% v 15.3%; P = .71) or beta loss (3.8% v 2.1%; "
     "P = .09).", ["zeta", "beta loss"]),
    # a change noun introduces it; the last item's bracket may be followed by where or when it was measured
    ("More adults reported improvement in zeta (17% vs 8%) and beta scores (7% vs 2%) on the ZQ-40 scale.",
     ["zeta", "beta scores"]),
    ("XY-123 lowered zeta use (4.1 vs 9.6 mg) and beta time (11 vs 19 min) at day 2.", ["zeta use", "beta time"]),
])
def test_items_listed_after_a_difference_or_a_change_each_with_its_pair(text, expected):
    assert [text[a:b] for a, b in listed_pairs(text)] == expected
