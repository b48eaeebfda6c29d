"""Products named by standing beside placebo: made words and short codes."""

from __future__ import annotations

import pytest

from kg.text.placebo_partners import placebo_partners


@pytest.mark.parametrize("text, name", [
    ("Adults were split between ZQ4B and placebo for twelve weeks.", "ZQ4B"),
    ("Tolerability of zQB120 as compared to placebo was good.", "zQB120"),
    ("Adults received ZV7 versus placebo.", "ZV7"),
])
def test_a_short_code_set_against_placebo_names_a_product(text, name):
    assert [n for n, _ in placebo_partners(text)] == [name]


@pytest.mark.parametrize("text", [
    "The odds ratio for week 12 versus placebo was 0.6.",            # a time, not a product
    "Patients in cohort B2 and placebo were compared.",               # no word that opens a name before it
])
def test_no_code_where_none_stands_as_a_product(text):
    assert placebo_partners(text) == []
