"""Split content lines into sentences with offsets.

>>> text = "The U.S. trial enrolled 5 people, e.g. adults. It was safe (p=0.03). Next one."
>>> [text[s.start:s.end] for s in split_sentences(text, [(0, len(text))])]
['The U.S. trial enrolled 5 people, e.g. adults.', 'It was safe (p=0.03).', 'Next one.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NO_BREAK = re.compile(
    r"(?:\b(?:[A-Z]|Dr|Mr|Mrs|Ms|Prof|Inc|Ltd|Co|Corp|No|vs|Vs|etc|al|Fig|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|St|Jr|Sr|e\.g|i\.e|U\.S|U\.K|Ph\.D)\.)$")
LONGEST_NO_BREAK = 8                # "approx." and a character before it, for the word boundary
BREAK = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    line: int            # index of the content line it came from (0 = headline)


def split_sentences(text: str, lines: list[tuple[int, int]]) -> list[Sentence]:
    """Sentences of the given content lines; a line is never joined to the next."""
    out = []
    for index, (start, end) in enumerate(lines):
        chunk = text[start:end]
        cut = 0
        for m in BREAK.finditer(chunk):
            stop = m.start() + 1 + len(m.group(0)[1:].rstrip())
            # the abbreviation that ends the head, looked for in its last characters only (a head can grow long)
            if NO_BREAK.search(chunk, max(cut, m.start() + 1 - LONGEST_NO_BREAK), m.start() + 1):
                continue
            out.append(_sentence(text, start + cut, start + stop, index))
            cut = m.end()
        if cut < len(chunk):
            out.append(_sentence(text, start + cut, end, index))
    return [s for s in out if s.text]


def _sentence(text: str, start: int, end: int, line: int) -> Sentence:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip(" -*•#>\t"))
    start += lead
    piece = text[start:end].rstrip()
    return Sentence(start, start + len(piece), piece, line)
