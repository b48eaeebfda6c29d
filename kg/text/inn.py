"""Drugs newer than the lexicon, named by the stem of their international nonproprietary name (INN).

The stems are those ``python -m kg.lexicon.stems`` reads off the drug vocabulary into ``kg/data/inn_stems.txt``:
endings many drug names share and no English word ends with ("-ciguat", "-nicline", "-caftor"). A word of seven
letters or more that ends on one is a drug's name, as written (a capitalised one may be a brand or a company's name:
:func:`kg.extractors.document_names.stem_names` decides).

>>> stem_words("Zetanicline and zetaciguat were given; the pipeline was long.", frozenset({"nicline", "iguat"}))
[('Zetanicline', 0), ('zetaciguat', 16)]
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import ahocorasick

STEMS = Path(__file__).resolve().parent.parent / "data" / "inn_stems.txt"
# a word that may be an INN: seven to twenty-five letters, lower case after its first
WORD = re.compile(r"(?<![\w-])[A-Za-z][a-z]{6,24}(?![\w-])")


@lru_cache(maxsize=1)
def load_stems() -> frozenset[str]:
    """The shipped stems."""
    lines = STEMS.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=4)
def scanner(stems: frozenset[str]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton of the stems: one pass over a text finds every place one ends."""
    found = ahocorasick.Automaton()
    for stem in stems:
        found.add_word(stem, len(stem))
    found.make_automaton()
    return found


def stem_words(text: str, stems: frozenset[str] | None = None) -> list[tuple[str, int]]:
    """(word, offset) of each word of ``text`` that ends on a stem."""
    stems = load_stems() if stems is None else stems
    out: list[tuple[str, int]] = []
    for end, _ in scanner(stems).iter(text.lower()):
        start = end
        while start and text[start - 1].isalpha():
            start -= 1                     # (back to the word's first letter)
        word = WORD.match(text, start)
        if word and word.end() == end + 1 and (not out or out[-1][1] != start):
            out.append((word.group(), start))
    return out
