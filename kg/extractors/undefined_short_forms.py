"""Short forms a document uses without defining them, for a disease it names in full elsewhere.

News often names a disease in full once (in the headline, say) and then only by
its letters, never setting them in brackets: "XY-123 helps in zetoid arthritis"
and later "80 ZA patients took part". Where the letters spell exactly one
disease of two words or more that the document names (its words' first letters,
:func:`spells`), they are that disease.
"""

from __future__ import annotations

import re

from kg.model import Mention
from kg.text.sentences import Sentence

# letters that may be a short form: two to five letters, two of them capitals at least ("UC", "ZsA", "NMOSD") (the
# word's start is checked after its first capital, as a look back: re scans fast for a pattern that opens on a class)
SHORT_LETTERS = re.compile(r"[A-Z](?<![\w-][A-Z])(?=[a-z]?[A-Z])[A-Za-z]{1,4}(?![\w-])")
# the kinds a short form so spelt may stand for
KINDS = ("disease",)
# small words a short form leaves out
SMALL_WORDS = frozenset("of the and in with for to".split())


def spells(short: str, long: str) -> bool:
    """Do the capitals of ``short`` spell the first letters of the words of ``long`` (small words aside), one each and in
    order, each small letter of ``short`` found in the word of the capital before it?

    >>> spells("ZsA", "zetasoid arthritis"), spells("ZD", "Zeta disease"), spells("ZDS", "Zeta Disorders")
    (True, True, False)
    """
    words = [w for w in re.split(r"[\s-]+", long.lower()) if w and w not in SMALL_WORDS]
    k = -1
    for c in short:
        if c.isupper():
            k += 1
            if k >= len(words) or words[k][0] != c.lower():
                return False
        elif k < 0 or c.lower() not in words[k][1:]:
            return False
    return k == len(words) - 1


def with_undefined_short_forms(sentences: list[Sentence], mentions: list[list[Mention]],
                               defined: dict[str, Mention]) -> list[list[Mention]]:
    """Each sentence's mentions, with the undefined short forms of the document's diseases (see the module).

    ``defined``: the short forms the document defines, left as they are.

    >>> s = [Sentence(0, 34, "Zeta-cel works in zetoid arthritis", 0), Sentence(40, 62, "In ZA patients it did.", 1)]
    >>> long = Mention("zetoid arthritis", 18, 34, "disease", "zetoid arthritis", ("X:1",), "lexicon")
    >>> [(m.text, m.label) for m in with_undefined_short_forms(s, [[long], []], {})[1]]
    [('ZA', 'zetoid arthritis')]
    """
    diseases = {m.text.lower(): m for ms in mentions for m in ms if m.kind in KINDS and " " in m.text.strip()}
    if not diseases:
        return mentions
    out, meant = [], {}                  # (each letters' disease, worked out once: the same letters recur)
    for s, ms in zip(sentences, mentions):
        added = []
        for hit in SHORT_LETTERS.finditer(s.text):
            short = hit.group()
            if short not in meant:
                spelt = {m.label: m for m in diseases.values() if m.text[:1].lower() == short[0].lower()
                         and spells(short, m.text)}
                meant[short] = next(iter(spelt.values())) if len(spelt) == 1 and short not in defined else None
            m = meant[short]
            a, b = s.start + hit.start(), s.start + hit.end()
            if m is not None and not any(x.start < b and a < x.end for x in ms):
                added.append(Mention(short, a, b, m.kind, m.label, m.ids, "abbreviation", m.attrs))
        out.append(sorted(ms + added, key=lambda m: m.start) if added else ms)
    return out
