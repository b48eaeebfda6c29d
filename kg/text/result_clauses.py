"""A sentence that reports two results in two clauses, read one clause at a time.

Writers join two comparisons into one sentence: "Remission occurred in 44% with XY-123 and 27% with placebo (P=0.36),
whereas relapse occurred in 18% and 24% (P=0.47)", "A was higher with XY-123 (12 vs 8); B did not differ (P=0.6)".
Each clause has its own measure, numbers and verdict; read as one, the second measure's numbers and p-value are lost
or given to the first. :func:`result_clauses` gives each clause as the whole sentence with the other clauses blanked,
so every offset still points into the sentence (and the document).

A clause ends where the hedging policy says one does (:data:`~kg.text.cues.policy.CLAUSE_BREAK`: a semicolon, ", but",
", whereas", ", while", ", although"), outside brackets; a sentence is cut only where each side reports a result
of its own (a number, or a verdict in words).

>>> result_clauses("A fell (12 vs 8; P=0.01) but B did not.", [(0, 1), (28, 29)]) == ["A fell (12 vs 8; P=0.01) but B did not."]
True
"""

from __future__ import annotations

import re

from kg.text.cues import CLAUSE_BREAK

# what makes a clause report a result: a number
DIGIT = re.compile(r"\d")
# a list's item, no clause: "...; | and the Zeta Index | (ZI) (p=0.01)": its measure's name, then only its p-value
ITEM_HEAD = re.compile(r"\s*+(?:and\s|or\s)?(?:the\s)?")
ITEM_REST = re.compile(r"\s?(?:\([A-Za-z0-9-]{1,15}\)\s?)?\([^()]*\b[pP]\s?[<=≤>][^()]*\)[\s.]*")


# ", and" before a clause with a result of its own: "X was lower with A (4%) than with B (6%)|, and |Y was also lower ..."
AND_CLAUSE = re.compile(r",\sand\s(?:the\s)?")
# the verb right after a clause's measure that makes it a clause, not a list's item: "Y | was also lower", "Y | occurred"
CLAUSE_VERB = re.compile(r"\s(?:was|were|occurred|did|had|fell|rose|decreased|increased|improved|declined|remained|"
                         r"differed)\b")


def opens_own_result(text: str, at: int, measures) -> bool:
    """Does the words at ``at`` open on one of ``measures`` followed by its verb ("zeta death | was")?

    >>> opens_own_result("X fell (4 vs 6), and Y was lower (2 vs 3).", 21, [(0, 1), (21, 22)])
    True
    """
    return any(x == at and CLAUSE_VERB.match(text, y) for x, y in measures)


def result_clauses(text: str, measures: list[tuple[int, int]] = ()) -> list[str]:
    """``text`` as its result clauses, each the whole text with the others blanked (same length); ``[text]`` when it
    has one only. A clause reports a result of its own when it names a measure (``measures``: their spans in
    ``text``) and gives a number; a piece that does not stays with the clause before it ("X fell (P=0.01), but the
    difference was small"), or after it when it opens the sentence.

    >>> t = "A was 4% vs 7% (P=0.36), whereas B was 2% vs 9% (P=0.04)."
    >>> [c.strip() for c in result_clauses(t, [(0, 1), (t.index("B"), t.index("B") + 1)])]
    ['A was 4% vs 7% (P=0.36)', 'B was 2% vs 9% (P=0.04).']
    >>> result_clauses(t, [(0, 1)]) == [t]
    True
    """
    if len(measures) < 2 or not (";" in text or ", " in text or " but " in text):
        return [text]
    closed = outside_brackets(text)
    cuts = sorted([m for m in CLAUSE_BREAK.finditer(text) if closed[m.start()]] +
                  [m for m in AND_CLAUSE.finditer(text) if closed[m.start()] and opens_own_result(text, m.end(), measures)],
                  key=lambda m: m.start())
    # (each piece from the end of the break before it: the clause opens on its own words, not ", whereas")
    starts, ends = [0] + [m.end() for m in cuts], [m.start() for m in cuts] + [len(text)]
    merged: list[tuple[int, int]] = []
    for a, b in zip(starts, ends):
        own = DIGIT.search(text, a, b) and any(a <= x and y <= b for x, y in measures) and not (
            merged and any(x == ITEM_HEAD.match(text, a).end() and ITEM_REST.fullmatch(text, y, b) for x, y in measures))
        if merged and not own:
            merged[-1] = (merged[-1][0], b)      # (the break between them stays inside)
        else:
            merged.append((a, b))
    first = merged[0] if merged else None
    if len(merged) > 1 and not (DIGIT.search(text, *first) and any(first[0] <= x and y <= first[1] for x, y in measures)):
        merged[1] = (first[0], merged[1][1])
        merged.pop(0)
    if len(merged) < 2:
        return [text]
    return [" " * a + text[a:b] + " " * (len(text) - b) for a, b in merged]


# ", and" between two comparisons of shares, each its own result: "48% of A had X vs 12% of B, and the majority of A
# (81%) had Y compared to 31% of B"
AND_BREAK = re.compile(r",\sand\s")
SHARE = re.compile(r"\d\s?%(?!\s?(?:CI|confidence)\b)")     # (not an interval's level: "95% CI")


# a number right after the cut: the last item of a list of the arms' numbers, not a clause of its own
LIST_ITEM_AFTER = re.compile(r"\s{0,2}[-+−]?\d")


def share_clauses(text: str) -> list[str]:
    """``text`` as two clauses split at ", and" where each side compares two shares or more (no measure need be known),
    each the whole text with the other blanked; ``[text]`` otherwise.

    >>> t = "48% of A had zeta cure vs 12% of B, and most of A (81%) had zeta grade 0 compared to 31% of B."
    >>> [c.strip() for c in share_clauses(t)]
    ['48% of A had zeta cure vs 12% of B', 'most of A (81%) had zeta grade 0 compared to 31% of B.']
    >>> share_clauses("48% of A and 12% of B had zeta cure, and it was safe.") == ["48% of A and 12% of B had zeta cure, and it was safe."]
    True
    >>> len(share_clauses("X was -7% in A, -9% in B, and -12% in C, as compared with -1% in D."))
    1
    """
    closed = outside_brackets(text)
    cuts = [m for m in AND_BREAK.finditer(text) if closed[m.start()]]
    if len(cuts) != 1:
        return [text]
    a, b = cuts[0].start(), cuts[0].end()
    if len(SHARE.findall(text, 0, a)) < 2 or len(SHARE.findall(text, b)) < 2 or LIST_ITEM_AFTER.match(text, b):
        return [text]                   # (nor a list's last item: "... -21% in C, and | -24% in D, as compared with")
    return [text[:a] + " " * (len(text) - a), " " * b + text[b:]]


# where a list's items part, each closed by its own bracket of numbers: "A (12 vs 8; P = 0.01)|, |B (...)|, or |C (...)"
ITEM_BREAK = re.compile(r"(?<=\))(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)")
BRACKET_WITH_DIGIT = re.compile(r"\s?\([^()]*\d")


def listed_item_clauses(text: str, measures: list[tuple[int, int]]) -> list[str]:
    """``text`` as one clause per item of a list of measures, each item its measure and its own bracket of numbers
    ("... in the primary outcomes: A (12/80 (15%) v 20/81 (25%); ...; P = 0.1), B (...), or C (...) between the
    groups"): each clause keeps the words before the first item and after the last, the other items blanked; ``[text]``
    unless every item opens on one of ``measures`` (their spans) and its bracket.

    >>> t = "No difference in: A (4 v 7; P = 0.3), B (2 v 9; P = 0.4) or C (1 v 1; P = 0.9) with X v Y."
    >>> [" ".join(c.split()) for c in listed_item_clauses(t, [(18, 19), (38, 39), (60, 61)])]
    ['No difference in: A (4 v 7; P = 0.3) with X v Y.', 'No difference in: B (2 v 9; P = 0.4) with X v Y.', 'No difference in: C (1 v 1; P = 0.9) with X v Y.']
    """
    if len(measures) < 2 or not ITEM_BREAK.search(text):
        return [text]
    closed = outside_brackets(text)
    cuts = [m for m in ITEM_BREAK.finditer(text) if closed[m.start()]]
    if not cuts:
        return [text]
    starts, ends = [0] + [m.end() for m in cuts], [m.start() for m in cuts] + [len(text)]
    items = []                          # (start, end) of each item: its measure and its bracket
    for k, (a, b) in enumerate(zip(starts, ends)):
        own = [(x, y) for x, y in measures if a <= x and y <= b and (k == 0 or x == ITEM_HEAD.match(text, a).end())]
        bracket = BRACKET_WITH_DIGIT.match(text, own[-1][1]) if own else None
        if bracket is None:
            return [text]
        close = next((j + 1 for j in range(bracket.end(), b) if closed[j]), b)     # (past the bracket: outside again)
        items.append((own[-1][0] if k == 0 else a, close))
    lead, tail = items[0][0], items[-1][1]
    if BRACKET_WITH_DIGIT.search(text, 0, lead):
        return [text]                   # (the words before the first item give numbers of their own: no list's lead)
    return [text[:lead] + " " * (a - lead) + text[a:b] + " " * (tail - b) + text[tail:] for a, b in items]


def outside_brackets(text: str) -> list[bool]:
    """Per offset of ``text``: is it outside every bracket?

    >>> outside_brackets("a (b) c")
    [True, True, False, False, True, True, True]
    """
    depth, closed = 0, []
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        closed.append(depth == 0)
    return closed
