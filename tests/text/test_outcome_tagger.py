"""The learned outcome-phrase tagger (kg.text.outcome_tagger) and its build (kg.lexicon.outcome_model).

The shipped model is data built from a corpus; the tests on it use general clinical phrases in invented sentences.
The build is tested on a tiny file in the corpus's format (tests/data/outcomes-tiny.conll).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from kg.lexicon import outcome_model
from kg.text import outcome_tagger as T

DATA = Path(__file__).resolve().parent.parent / "data"


def test_the_shipped_model_names_its_labels_and_source():
    with gzip.open(T.MODEL, "rt", encoding="utf-8") as f:
        model = json.load(f)
    assert tuple(model["labels"]) == T.LABELS and model["source"].endswith("dev_conll_PIO.txt.gz")
    assert all(len(w) == 3 for w in model["weights"].values())


@pytest.mark.parametrize("text,phrase", [
    ("The rate of complete wound closure at week 12 was 65% with XY-123 versus 30% with placebo.",
     "complete wound closure"),
    ("The mean pain score at week 4 was 3.1 with XY-123 and 5.0 with placebo.", "pain score"),
])
def test_the_model_tags_an_outcome_phrase_in_a_result(text, phrase):
    span = T.outcome_phrase(text)
    assert span is not None and text[span[0]:span[1]] == phrase


def test_no_phrase_in_a_sentence_without_an_outcome():
    assert T.outcome_phrase("The company is based in a small town and has 40 employees.") is None


@pytest.mark.parametrize("text,expected", [
    ("the mean pain score was 3.1", "pain score"),
    ("the median duration of fever was 2 days", "duration of fever"),   # "of" inside a name
    ("the duration was 2 days", None),                                  # "duration" alone: too general
    ("Zeta clearance rate (ZCR) at week 12", "Zeta clearance rate"),
    ("the proportion of patients with zeta clearance", None),     # "patients" alone: too general
    ("overall survival", None),                                    # "survival" alone: too general
    ("the 12.5", None),
    ("(rate ratio,", None),                                        # an estimate's name, bracket and all
    ("(hazard ratio", None),
    ("(zeta clearance", "zeta clearance"),                         # a bracket opened before a name
    ("the mean monthly zeta days observed during weeks 1-12", "monthly zeta days"),   # a participle after the name
    ("zeta flares seen in the first year", "zeta flares"),
])
def test_a_tagged_phrase_is_trimmed_to_a_name(text, expected):
    cut = T.trimmed(text, 0, len(text))
    assert (text[cut[0]:cut[1]] if cut else None) == expected


def test_an_arm_name_is_no_outcome_phrase():
    text = "The mean pain score at week 4 was 3.1 with XY-123 and 5.0 with placebo."
    at = text.index("pain score")
    assert T.outcome_phrase(text, [(at, at + len("pain score"))]) is None


def test_the_build_reads_the_corpus_format_and_learns_its_phrases(tmp_path):
    lines = (DATA / "outcomes-tiny.conll").read_text(encoding="utf-8").splitlines()
    data = outcome_model.read_conll(lines)
    assert data[0] == (["The", "zeta", "clearance", "rate", "was", "higher", "."], ["N", "B", "I", "I", "N", "N", "N"])
    weights = outcome_model.compact(outcome_model.train(data * 5))
    out = tmp_path / "model.json.gz"
    outcome_model.write(weights, out)
    model = T.weights.__wrapped__(out)
    text = "The zeta clearance rate was 40% with XY-123."
    assert [text[a:b] for a, b in T.outcome_spans(text, model)] == ["zeta clearance rate"]


def test_the_build_gives_the_same_bytes_each_time(tmp_path):
    data = outcome_model.read_conll((DATA / "outcomes-tiny.conll").read_text(encoding="utf-8").splitlines())
    first, second = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    outcome_model.write(outcome_model.compact(outcome_model.train(data)), first)
    outcome_model.write(outcome_model.compact(outcome_model.train(data)), second)
    assert first.read_bytes() == second.read_bytes()


def test_a_phrase_about_a_results_significance_names_no_measure():
    from kg.text.outcome_tagger import trimmed
    t = "9 (18%) in A and 15 (29%) in B, which showed no statistical significance"
    assert trimmed(t, t.index("no statistical"), len(t)) is None
    assert trimmed(t, t.index("statistical"), len(t)) is None
    t = "the zeta flare rate was 9% in A"
    assert trimmed(t, 0, t.index(" was")) == (4, 19)
