"""Several texts read in one pass: joined by line breaks, which no name, word or code spans, each hit is then given
back to the text it lies in (the stages read a document's sentences so, doing their per-text work once per document).
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

SEPARATOR = "\n"


def line_starts(texts: list[str]) -> list[int]:
    """Where each text starts in ``SEPARATOR.join(texts)``.

    >>> line_starts(["ab", "", "c"])
    [0, 3, 4]
    """
    return list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))


def hits_each(words, texts: list[str], joined: str | None = None, length=len) -> list[list[tuple[int, object]]]:
    """Per text: (last offset in it, value) of every hit of ``words`` (a pyahocorasick automaton, or None), from one
    pass over the texts joined (``joined``: that join, or a form of it of the same length, such as its lower case).
    ``length`` gives a value's length in characters; a hit that would span two texts is in neither.

    >>> import ahocorasick
    >>> words = ahocorasick.Automaton()
    >>> added = [words.add_word(w, w) for w in ("AB", "B")]
    >>> words.make_automaton()
    >>> hits_each(words, ["xAB", "", "B"])
    [[(2, 'AB'), (2, 'B')], [], [(0, 'B')]]
    """
    out: list[list[tuple[int, object]]] = [[] for _ in texts]
    if words is None or not texts:
        return out
    bases = line_starts(texts)
    for last, value in words.iter(SEPARATOR.join(texts) if joined is None else joined):
        k = bisect_right(bases, last) - 1
        if last - bases[k] < len(texts[k]) and last - length(value) + 1 >= bases[k]:
            out[k].append((last - bases[k], value))
    return out
