"""Numbers are exact and bounded: a run of digits longer than any real quantity is no number (issue 16)."""

from decimal import Decimal

import pytest

from kg.documents import parse_document
from kg.pipeline import extract
from kg.text.dates import find_dates
from kg.text.durations import find_durations, to_iso
from kg.text.numbers import MAX_INTEGER_DIGITS, parse_number

TRIAL = "Trial news\n\nThe phase 2 trial (NCT01234567) of XY-123 in ALS is complete. {}\n"
# sentences in which each extractor reads a number, {} standing for the digits
NUMBER_SENTENCES = {
    "enrollment": "The trial enrolled {} patients with ALS.",
    "arm size": "In all, 72 received XY-123 (n={}) and the rest placebo.",
    "dose": "Patients received doses of {} mg given intravenously.",
    "doses": "Patients received a total of {} injections of XY-123.",
    "adverse events": "A total of {} side effects were reported.",
    "serious": "There were {} serious adverse events.",
    "follow-up": "Patients were followed for {} months after dosing.",
    "duration": "XY-123 was given over {} weeks.",
    "outcome": "The primary endpoint was the ALSFRS-R. Scores fell from {} to 37.6 (p=0.21).",
    "sexes": "The study enrolled {} men and 48 women.",
}


def facts_of(sentence: str):
    doc = parse_document(TRIAL.format(sentence), source="numbers.txt")
    return extract(doc).facts


def values(facts, predicate):
    return [f.object.value for f in facts if f.predicate == predicate]


@pytest.mark.parametrize("digits", [308, 309, 4_301])
@pytest.mark.parametrize("name", sorted(NUMBER_SENTENCES))
def test_a_number_too_long_for_any_quantity_is_no_number(name, digits):
    """308 digits were stored changed (through float), 309 raised OverflowError, 4,301 ValueError (int's limit)."""
    number = "7" * digits
    facts = facts_of(NUMBER_SENTENCES[name].format(number))       # no exception
    for f in facts:
        assert number[:MAX_INTEGER_DIGITS + 1] not in f.object_text, (f.predicate, f.object_text[:40])
        assert "inf" not in f.object_text.lower() and "e+" not in f.object_text.lower()


def test_a_308_digit_enrollment_is_not_stored():
    assert values(facts_of(NUMBER_SENTENCES["enrollment"].format("9" * 308)), "enrollment") == []


@pytest.mark.parametrize("text, value", [("123,456,789,012", 123_456_789_012), ("999999999999", 999_999_999_999),
                                         ("108", 108)])
def test_the_longest_real_numbers_are_read_exactly(text, value):
    assert values(facts_of(NUMBER_SENTENCES["enrollment"].format(text)), "enrollment") == [value]


@pytest.mark.parametrize("text", ["1234567890123", "1,234,567,890,123", "1.2345678", "12,3456", "1.2.3", "5,000 billion"])
def test_digits_beyond_the_bounds_are_no_number(text):
    assert parse_number(text) is None
    assert values(facts_of(NUMBER_SENTENCES["enrollment"].format(text)), "enrollment") == []


def test_decimals_are_exact_not_floats():
    facts = facts_of(NUMBER_SENTENCES["outcome"].format("40.6"))
    assert values(facts, "baseline") == [Decimal("40.6")] and values(facts, "value") == [Decimal("37.6")]
    assert values(facts, "pValue") == [Decimal("0.21")]
    assert parse_number("0.1") + parse_number("0.2") == Decimal("0.3")      # 0.1 + 0.2 != 0.3 in floats


@pytest.mark.parametrize("text", ["over " + "1" + "0" * 29 + " months", "for " + "4" * 400 + " months",
                                  "for 999 billion months", "for 101 years"])
def test_a_duration_longer_than_a_century_is_no_duration(text):
    """A duration of 10^29 months and a 400-digit one ("PinfM") were stored as xsd:duration."""
    assert find_durations(text) == []
    sentence = "Patients were followed " + text.split(" ", 1)[1] + " and received XY-123 " + text + "."
    facts = facts_of(sentence)
    assert values(facts, "followUp") == [] and values(facts, "duration") == []


def test_durations_keep_exact_amounts():
    assert [d.iso for d in find_durations("for 2.5 weeks, then 100 years, then 1,200 months")] == ["P2.5W", "P100Y", "P1200M"]
    assert to_iso(Decimal("1.50"), "month") == "P1.5M" and to_iso(10 ** 29, "month") is None


@pytest.mark.parametrize("text, iso", [("April 34, 2023", "2023"), ("34 April 2023", "2023-04"), ("2023-02-29", None),
                                       ("February 29, 2023", "2023"), ("February 29, 2024", "2024-02-29"),
                                       ("31 June 2022", "2022-06"), ("2022-13-01", None), ("April 30, 2023", "2023-04-30")])
def test_dates_are_calendar_dates(text, iso):
    """ "April 34, 2023" gave the date 2023-04-34."""
    assert [d.iso for d in find_dates(f"It happened on {text}.")] == ([iso] if iso else [])


@pytest.mark.parametrize("text, value", [("One hundred and fifty", 150), ("two hundred and seventy one", 271),
                                         ("Three hundred twenty-two", 322), ("nine hundred", 900),
                                         ("Four-hundred and sixty-three", 463)])
def test_hundreds_in_words_are_one_number(text, value):
    import re

    from kg.text.numbers import NUMBER
    m = re.search(rf"(?P<n>{NUMBER})\s+patients", f"{text} patients were enrolled", re.I)
    assert m.group("n") == text and parse_number(text) == value
