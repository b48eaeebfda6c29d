"""Result clauses: a sentence cut where each side names a measure and gives a number, never inside brackets."""

import pytest

from kg.text.result_clauses import result_clauses


def spans_of(text, *words):
    return [(text.index(w), text.index(w) + len(w)) for w in words]


def test_each_clause_keeps_the_sentences_length_and_offsets():
    text = "Remission was 44% vs 27% (P=0.36), whereas relapse was 18% vs 24% (P=0.47)."
    clauses = result_clauses(text, spans_of(text, "Remission", "relapse"))
    assert len(clauses) == 2 and all(len(c) == len(text) for c in clauses)
    assert clauses[1][text.index("relapse"):].startswith("relapse") and "Remission" not in clauses[1]


@pytest.mark.parametrize("text, words", [
    # the semicolon inside the bracket ends no clause
    ("Remission (44% vs 27%; P=0.36) and relapse (18% vs 24%; P=0.47) were read.", ("Remission", "relapse")),
    # the second clause gives no number: it stays with the first
    ("Remission was 44% vs 27% (P=0.36), but relapse did not differ.", ("Remission", "relapse")),
    # the second clause names no measure: it goes on about the first
    ("Remission was 44% vs 27% (P=0.36); the difference was 17 points.", ("Remission",)),
])
def test_no_cut_where_a_side_reports_no_result_of_its_own(text, words):
    assert result_clauses(text, spans_of(text, *words)) == [text]


def test_and_opens_a_clause_where_its_measure_has_a_verb_of_its_own():
    text = ("Zeta death was rarer with XY-123 (40 [10.0%]) than with placebo (60 [15.0%]) (HR 0.66; P=0.01), and "
            "stroke was also lower with XY-123 (50 [12.0%]) than with placebo (70 [16.0%]) (HR 0.85; P=0.02).")
    clauses = result_clauses(text, spans_of(text, "Zeta death", "stroke"))
    assert [c.strip()[:10] for c in clauses] == ["Zeta death", "stroke was"]
    # (a list's last item, no verb after its measure, stays in the sentence)
    text = "Zeta death (4% vs 6%), eta death (2% vs 3%), and beta death (1% vs 5%) were lower with XY-123."
    assert result_clauses(text, spans_of(text, "Zeta death", "eta death", "beta death")) == [text]


def test_a_list_item_that_is_only_a_measure_and_its_p_value_is_no_clause_of_its_own():
    text = "At week 8, A was lower (P=0.021); B (P=0.037); and the C (ZC) (P=0.042)."
    assert result_clauses(text, spans_of(text, "A", "B", "C")) == [text]
    # (an item with a verb of its own is a clause)
    text = "At week 8, A was lower (P=0.021); B did not differ (P=0.374)."
    assert len(result_clauses(text, spans_of(text, "A", "B"))) == 2


def test_a_list_of_measures_each_with_its_bracket_is_one_clause_per_item_with_the_lead_and_the_tail():
    from kg.text.result_clauses import listed_item_clauses
    t = "No difference was seen in: zeta tone (4 v 7; P = 0.3), beta flow (2 v 9; P = 0.4) or gamma drift (1 v 1) with A v B."
    spans = [(t.index(w), t.index(w) + len(w)) for w in ("zeta tone", "beta flow", "gamma drift")]
    clauses = [" ".join(c.split()) for c in listed_item_clauses(t, spans)]
    assert clauses == ["No difference was seen in: zeta tone (4 v 7; P = 0.3) with A v B.",
                       "No difference was seen in: beta flow (2 v 9; P = 0.4) with A v B.",
                       "No difference was seen in: gamma drift (1 v 1) with A v B."]
    # (not where the words before the first item give numbers of their own, nor where an item names no measure)
    t2 = "In the A group zeta tone (4 v 7; P = 0.3) beta flow (2 v 9; P = 0.4) and gamma drift (1 v 1) were better."
    assert listed_item_clauses(t2, [(t2.index(w), t2.index(w) + len(w)) for w in ("beta flow", "gamma drift")]) == [t2]
    assert listed_item_clauses(t, spans[:2]) == [t]
