"""The INN stems read off the drug vocabulary (kg/lexicon/stems.py) and the shipped list."""

from __future__ import annotations

import gzip

from kg.lexicon.stems import derive_stems
from kg.text.inn import STEMS, load_stems, stem_words

LEXICON = STEMS.parent / "lexicon.tsv.gz"


def test_an_ending_is_a_stem_when_many_drugs_share_it_and_no_english_word_ends_so():
    names = {f"{head}ciguat" for head in ("zeta", "beta", "alpha", "delta", "gamma", "kappa")} | \
        {f"{head}line" for head in ("zeta", "beta", "alpha", "delta", "gamma", "kappa")}
    assert derive_stems(names, english=["gasoline", "saline"], least=6) == ["iguat"]
    assert derive_stems(names, english=["gasoline", "saline", "unaciguat"], least=6) == []  # an English word ends so
    assert derive_stems(names, english=["saline"], least=7) == []                              # too few drugs share it


def test_every_shipped_stem_ends_drug_names_the_shipped_lexicon_knows():
    stems = load_stems()
    assert len(stems) >= 50 and all(5 <= len(s) <= 7 and s.isalpha() and s.islower() for s in stems)
    labels = set()
    with gzip.open(LEXICON, "rt", encoding="utf-8") as f:
        for line in f:
            parts = line.split("\t")
            if len(parts) > 3 and parts[2] == "drug":
                labels.add(parts[3].lower())
    weak = [s for s in stems if sum(label.endswith(s) for label in labels) < 3]
    assert not weak, f"stems that end fewer than 3 drug labels of the lexicon: {weak}"


def test_a_word_on_a_stem_is_read_as_written_and_other_words_are_not():
    assert stem_words("Zetaciguat and the pipeline", frozenset({"iguat"})) == [("Zetaciguat", 0)]
    assert stem_words("a zeta-ciguat hybrid", frozenset({"iguat"})) == []
