"""Where a clause of a sentence starts and ends, brackets respected.

Results are read clause by clause: "A had 5 (p=0.1; n=9) vs 3; B did not" holds two clauses, the bracket's
semicolon no border between them.
"""

from __future__ import annotations

import re


def clause_end(text: str, at: int) -> int:
    """Where the clause holding ``at`` ends: at the first ";" after it that no bracket open at ``at`` holds, else the
    text's end.

    >>> clause_end("A had 5 (p=0.1; n=9) vs 3; B did not", 6)
    25
    """
    depth = 0
    for k in range(at, len(text)):
        ch = text[k]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0:
            return k
    return len(text)


# "v." or "vs." for versus, whose point ends no clause
VERSUS_ABBREVIATION = re.compile(r"(?<!\w)(?:v|vs)\.$", re.I)
# a genus cut to its capital before a species' name, whose point ends no clause or phrase: "Z. zetae"
GENUS_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.\s[a-z]{3,}")


def clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts: after the last ";" or ". " before it that no bracket still open holds
    ("(HR 0.44; p<0.001) with a median of 21 months versus ...": the semicolon is the bracket's).

    >>> t = "A cut it (HR 0.4; p<0.01) with a median of 9 vs 3; B did not"
    >>> clause_start(t, t.index("9 vs")), clause_start(t, t.index("B did"))
    (0, 50)
    >>> clause_start("A beat B [median 9.4 v. 7.6 months]", 30), clause_start("A had less Z. zetae (4 vs 9)", 20)
    (0, 0)
    """
    pos = at
    while True:
        cut = max(text.rfind(";", 0, pos), text.rfind(". ", 0, pos))
        if cut < 0:
            return 0
        if text.count(")", cut, at) <= text.count("(", cut, at) and not VERSUS_ABBREVIATION.search(text, max(0, cut - 3), cut + 1) \
                and not GENUS_INITIAL.match(text, cut - 1):
            return cut + 1
        pos = cut
