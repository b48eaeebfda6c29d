"""A disease named by its adjective after its type (kg.extractors.disease_types)."""

import pytest

from kg.documents import parse_document
from kg.extractors.trial_design import TrialDesignExtractor


def conditions(text: str) -> set[str]:
    """The ids of the conditions of the trial in ``text``."""
    doc = parse_document("Headline\n\n" + text, "t.txt")
    return {i for f in TrialDesignExtractor().extract(doc) if f.predicate == "condition" for i in f.object.ids}


@pytest.mark.parametrize("text, expected", [
    ("In this randomised trial, 86 type 2 diabetic adults received XY-123 or placebo.", "DOID:9352"),    # type 2 diabetes
    ("In this randomised trial, 86 Type I diabetic children received XY-123 or placebo.", "DOID:9744"),  # type 1 diabetes
])
def test_a_type_before_a_diseases_adjective_names_the_typed_disease(text, expected):
    assert expected in conditions(text)


def test_a_type_the_lexicon_does_not_join_to_the_disease_leaves_it_alone():
    assert conditions("In this randomised trial, 86 type 9 diabetic adults received XY-123 or placebo.") == {
        "DOID:9351", "MESH:D003920", "NCIT:C2985"}                                                      # diabetes
