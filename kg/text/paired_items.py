"""Quantities a result sentence names one after another, each with both arms' numbers in brackets after it, before
the verb that compares the arms: "The zeta time (45 vs 60 min; p = 0.01), zeta count (3 vs 5) and beta rate (10% vs
22%, p = 0.04) were significantly lower in the A group than in the B group".

Each item is a measure; the pairs' arms are named after them (see :mod:`kg.extractors.pair_arms`).

>>> text = "The zeta time (45 vs 60 min; p = 0.01), zeta count (3 vs 5) and beta rate (10% vs 22%) were lower in A vs B."
>>> [text[a:b] for a, b in paired_items(text)]
['zeta time', 'zeta count', 'beta rate']
>>> paired_items("The zeta time (45 vs 60 min) was lower in A vs B.")    # (one item: the subject readers take it)
[]
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Mention
from kg.text import cues
from kg.text.effects import CI_WORDS
from kg.text.measure_list import QUANTITY, mention
from kg.text.measure_phrases import names_no_quantity
from kg.text.measure_shapes import DEGREE, LIKENESS, written

# the verb after the last item's bracket that compares the arms: ") | were significantly lower", ") | was similar"
# (or that says how often events occurred: ") | occurred less often with A than with B")
PAIRED_PREDICATE = re.compile(r"\)\s(?:(?:was|were)\s" + DEGREE + r"(?:" + cues.COMPARATIVES + r"|" + LIKENESS + r")"
                              r"|(?:occurred|were\s(?:seen|observed|reported))\s" + DEGREE
                              + r"(?:less|more)\s(?:often|frequently|commonly))\b", re.I)
# a bracket that holds both arms' numbers: "(45 vs 60 min; p = 0.01)", "(29% versus 7%)"
_PAIR_BRACKET = r"\s?\(\s?[-–]?\d[^()]{{0,60}}?\s(?:vs\.?|versus|{v})\s[^()]{{0,60}}\)"
PAIR_BRACKET = re.compile(_PAIR_BRACKET.format(v=r"v\."))
# (after a word that introduces the list, "v" alone too: "regarding X (12% v 14%; P = .62) or Y (6% v 3%)")
LISTED_PAIR_BRACKET = re.compile(_PAIR_BRACKET.format(v=r"v\.?"))
# what may open an item: the joining word, an article, the statistic named ("mean", "median")
ITEM_LEAD = re.compile(r"\s?(?:,\s?|;\s?)?(?:and\s|or\s)?(?:the\s)?(?:(?:mean|median|average|overall)\s)?", re.I)
MOST_WORDS = 6          # words of one item
# the head a list's items share, written before the first: "rates of | A (2% vs 3%) and B (1% vs 2%)" (a p-value for
# them all may stand in it: "a higher rate (p = 0.002) of | A (..), B (..)")
SHARED_HEAD_WORDS = (r"(?:rates?|incidences?|frequency|frequencies|numbers?|proportions?|occurrences?)\s"
                     r"(?:\(\s?[Pp]\s?[<=≤][^()]{1,20}\)\s)?of\s")
SHARED_HEAD = re.compile(SHARED_HEAD_WORDS, re.I)


# the words after which a sentence lists the quantities it compared, each with its pair: "no difference between A and
# B regarding | X (7 vs 8), Y (2 vs 6)", "... improved secondary measures including | X (...); Y (...)", "A and B did
# not differ in | X (...), Y (...)", "showed no differences related to | X (...)", "A improved | X (...) and Y (...)"
LIST_LEAD = re.compile(rf"\b(?:regarding|including|in\sterms\sof|with\srespect\sto|(?:in|with)\sregard\sto|for|related\sto"
                       rf"|differ(?:ed|ences?)?\s(?:(?:significantly|at\sall)\s)?(?:in|on)(?!\sregard\b)"
                       rf"|(?:improved|reduced|lowered|increased|decreased)(?:\s(?:both|significantly))?"
                       rf"|(?:improvements?|reductions?|increases?|decreases?)\sin)"
                       rf"\s(?:the\s)?(?:{SHARED_HEAD_WORDS})?", re.I)


def paired_measures(text: str, found: list[Mention]) -> list[Mention]:
    """:func:`paired_items` (or :func:`listed_pairs`) as measures, where no other reader found one there (or found one
    on the same words: it is a quantity compared)."""
    # (a quantity compared so wins over the same words as a disease's name: "incidences of stroke (7 vs 8)")
    return [replace(mention(text, a, b, written(text[a:b])), attrs=QUANTITY)
            for a, b in paired_items(text) or listed_pairs(text) or compared_items(text)
            if not any(f.start < b and a < f.end and (f.start, f.end) != (a, b) for f in found)
            and not names_no_quantity(text[a:b])]


# a comparative right before a compared item: "had a | longer | X (250 vs 48 min) and | lower | Y (8.5 vs 41.2)"
ITEM_COMPARATIVE = re.compile(r"(?:(?<=\s)|^)(?:an?\s)?" + DEGREE + cues.COMPARATIVES + r"\s", re.I)


def compared_items(text: str) -> list[tuple[int, int]]:
    """The spans of the items a clause compares one after another, each after its comparative and before both arms'
    numbers in brackets: "Patients in the A group had a longer X (230 vs. 52 min) and lower Y (7.5 vs. 39.0)"; []
    unless there are two or more, each of at most six words starting with a letter.

    >>> t = "The A group had a longer zeta time (230 vs. 52 min) and lower beta use (7.5 vs. 39.0; P = 0.01)."
    >>> [t[a:b] for a, b in compared_items(t)]
    ['zeta time', 'beta use']
    >>> t = "The A group had a higher rate of zeta (31% vs. 6%) and beta (28% vs. 9%) than the B group."
    >>> [t[a:b] for a, b in compared_items(t)]      # (the second item takes the first's comparative and head)
    ['zeta', 'beta']
    >>> compared_items("The A group had a longer zeta time (230 vs. 52 min).")
    []
    """
    items, lo, shared = [], 0, None
    for hit in PAIR_BRACKET.finditer(text):
        a, b = hit.span()
        lead = None
        for lead in ITEM_COMPARATIVE.finditer(text, lo, a):
            pass                            # (the last comparative before the bracket)
        if lead is None and items:          # (an item joined to the last takes its comparative: "a higher | X (...)
            lead = ITEM_LEAD.match(text, lo, a)     # and | Y (...)")
        if lead is None:
            return []
        start = lead.end()
        if not items and lead.re is ITEM_COMPARATIVE and (shared := SHARED_HEAD.match(text, start, a)):
            start = shared.end()            # ("a higher incidence of | X (...) and Y (...)": the head the items share)
        name = text[start:a].strip()
        if not name or not name[0].isalpha() or len(name.split()) > MOST_WORDS or any(ch in name for ch in "();,") \
                or (" " not in name and name.islower() and not shared):
            return []                       # (one common word names no measure: "faster recovery (2.5 vs 3.0 days)")
        if not ITEM_CLOSED.match(text, b):
            return []
        items.append((start, start + len(name)))
        lo = b
    return items if len(items) >= 2 else []


def listed_pairs(text: str) -> list[tuple[int, int]]:
    """The spans of the items listed after a word that introduces them, each followed by both arms' numbers in
    brackets; [] unless there are two or more, each of at most six words starting with a letter.

    >>> t = "There was no difference between A and B regarding incidences of zeta (7 vs 8) and beta loss (2 vs 6)."
    >>> [t[a:b] for a, b in listed_pairs(t)]
    ['zeta', 'beta loss']
    >>> listed_pairs("There was no difference regarding zeta (7 vs 8).")
    []
    >>> listed_pairs("No difference regarding major (7 vs 8) and minor (2 vs 6) zeta events, or beta (5 vs 2).")
    []
    """
    lead = LIST_LEAD.search(text)
    if lead is None:
        return []
    items, lo = [], lead.end()
    for hit in LISTED_PAIR_BRACKET.finditer(text, lead.end()):
        a, b = hit.span()
        start = ITEM_LEAD.match(text, lo, a).end()
        name = text[start:a].strip()
        if not name or not name[0].isalpha() or len(name.split()) > MOST_WORDS or any(ch in name for ch in "();"):
            break
        if not ITEM_CLOSED.match(text, b):
            return []                   # "major (7 vs 8) and minor (2 vs 6) zeta events": the pairs split the names
        lo = b
        if INTERVAL.search(text, a, b):
            continue                    # ("X (41.2%, 95% CI 35.0-47.4 vs 44.8%, 95% CI ...)": no pair the arms' readers
            #                             take apart; the item is left out rather than given one number)
        items.append((start, start + len(name)))
    return items if len(items) >= 2 else []


# an interval inside an item's bracket
INTERVAL = re.compile(CI_WORDS)
# what follows an item's bracket when the item's name ended before it: punctuation, a joining word, the text's end
# (or what the items are set against: "... and Y (8.3 vs. 51.7) | than those given B")
ITEM_CLOSED = re.compile(r"\s?(?:[,;.:]|(?:and|or|than|on|in|at|with|among)\b|$)")


def paired_items(text: str) -> list[tuple[int, int]]:
    """The spans of the items of such a list, in order; [] unless there are two or more, each of at most six words
    starting with a letter."""
    verb = PAIRED_PREDICATE.search(text)
    if verb is None:
        return []
    end = verb.start() + 1                  # (after the last item's bracket)
    begin = clause_begin(text, end)
    for turn in CLAUSE_TURN.finditer(text, begin, end):
        begin = turn.end()                  # (the last clause's items: "..., while | A (...) and B (...) were higher")
    brackets = [hit.span() for hit in PAIR_BRACKET.finditer(text, begin, end)]
    if len(brackets) < 2 or brackets[-1][1] != end:
        return []
    items, lo = [], begin
    for a, b in brackets:
        start = ITEM_LEAD.match(text, lo, a).end()
        if not items and (comma := text.rfind(", ", start, a)) != -1:
            start = comma + 2               # (the first item after the clause's opening words: "At week 12, | A (...)")
        if not items and (shared := SHARED_HEAD.match(text, start, a)):
            start = shared.end()            # ("the rates of | A (...) and B (...)": the head all items share)
        name = text[start:a].strip()
        if not name or not name[0].isalpha() or len(name.split()) > MOST_WORDS or any(ch in name for ch in "();"):
            return []
        items.append((start, start + len(name)))
        lo = b
    return items


# a turn to a clause of its own within a sentence: "X ... were lower in A than in B | while | Y (...) and Z (...) were"
CLAUSE_TURN = re.compile(r"(?:,\s|\s)(?:while|whereas)\s", re.I)


def clause_begin(text: str, end: int) -> int:
    """Where the clause that ends at ``end`` begins: after the last ". ", "; " or ": " before it that no bracket holds,
    else at the text's start.

    >>> clause_begin("A was 3. Then X (4; p = 1) and Y", 32)
    9
    """
    depth = 0
    for k in range(end - 1, 0, -1):
        ch = text[k]
        if ch in ")]":
            depth += 1
        elif ch in "([":
            depth = max(0, depth - 1)
        elif depth == 0 and ch == " " and text[k - 1] in ".;:":
            return k + 1
    return 0
