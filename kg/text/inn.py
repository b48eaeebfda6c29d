"""Drugs newer than the lexicon, named by the stem of their international nonproprietary name (INN).

The stems are those ``python -m kg.lexicon.stems`` reads off the drug vocabulary into ``kg/data/inn_stems.txt``:
endings many drug names share and no English word ends with ("-ciguat", "-nicline", "-caftor"). A word of seven
letters or more that ends on one is a drug's name, as written (a capitalised one may be a brand or a company's name:
:func:`kg.extractors.context.stem_names` decides).

>>> stem_words("Zetanicline and zetaciguat were given; the pipeline was long.", frozenset({"nicline", "iguat"}))
[('Zetanicline', 0), ('zetaciguat', 16)]
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

STEMS = Path(__file__).resolve().parent.parent / "data" / "inn_stems.txt"
# a word that may be an INN: seven to twenty-five letters, lower case after its first
WORD = re.compile(r"(?<![\w-])[A-Za-z][a-z]{6,24}(?![\w-])")
LENGTHS = (5, 6, 7)


@lru_cache(maxsize=1)
def load_stems() -> frozenset[str]:
    """The shipped stems."""
    lines = STEMS.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def stem_words(text: str, stems: frozenset[str] | None = None) -> list[tuple[str, int]]:
    """(word, offset) of each word of ``text`` that ends on a stem."""
    stems = load_stems() if stems is None else stems
    return [(m.group(), m.start()) for m in WORD.finditer(text)
            if any(m.group()[-k:].lower() in stems for k in LENGTHS)]
