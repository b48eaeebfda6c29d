"""Placing an evidence span in its sentence, when the graph gives document offsets and not the sentence's start:
checked against the fixture documents' real text."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.documents import read_document
from kg.pipeline import build
from kg.queries import run
from kg.rdf import mint
from kg.store import KGStore
from kg.web.spans import place, segments

DATA = Path(__file__).resolve().parents[1] / "data"
TEXTS = ["cl2020-phase2.txt", "mini-trial.md", "xss-trial.txt", "rewording-abstract.txt", "rewording-conference.txt",
         "rewording-press.txt"]


@pytest.fixture(scope="module")
def store():
    store = KGStore()
    assert not build([str(DATA / name) for name in TEXTS], store).failed
    return store


@pytest.mark.parametrize("name", TEXTS)
def test_every_sentence_is_placed_where_the_document_has_it(store, name):
    doc = read_document(DATA / name)
    rows = run(store, "page-document-spans", {"document": mint.document_iri(doc.id)})
    placed = place([(r["sentence"].value, int(r["start"].value), int(r["end"].value), r["value"].value) for r in rows])
    assert placed
    for start, sentence, spans in placed:
        assert doc.text[start:start + len(sentence)] == sentence, (sentence, spans)
        for a, b, _ in spans:                                   # so each mark is the text the extractor read
            marked = "".join(s.text for s in segments(sentence, start, [(a, b)]) if s.marks)
            assert marked == doc.text[a:b]


def test_overlapping_spans_cut_the_sentence_into_pieces():
    pieces = segments("XY-123 was safe", 100, [(100, 106), (100, 115), (111, 115)])
    assert [(p.text, p.marks) for p in pieces] == [("XY-123", (0, 1)), (" was ", (1,)), ("safe", (1, 2))]


def test_an_unplaced_sentence_is_shown_unmarked():
    assert [(p.text, p.marks) for p in segments("text", None, [(0, 2)])] == [("text", ())]


def test_a_sentence_said_twice_in_a_document_is_placed_twice():
    rows = [("Same.", 0, 4, ""), ("Same.", 100, 104, "")]
    assert [start for start, _, _ in place(rows)] == [0, 100]
