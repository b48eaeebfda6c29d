"""What every match of a regular expression must contain: the literal analysis behind :mod:`kg.text.prefilter`.

:func:`required_literals` reads a pattern's parse tree (Python's own ``re`` parser) and finds sets of strings
such that every match contains one string of each set ("enrolled" or "recruited" ..., and "patients" or
"adults" ...); :func:`literal_set` lists every string a small pattern can match, and
:func:`decided_by_literals` says when the literals alone decide a search.

>>> [sorted(s) for s in required_literals(r"\\b(?:enrolled|recruited)\\s+(?P<n>\\d+)\\s+patients")]
[['patients'], ['enrolled', 'recruited']]
>>> [sorted(s) for s in required_literals(r"phase\\s+[12]|open-label")]
[['open-label', 'phase']]
"""

from __future__ import annotations

import functools
import re

try:                    # the parse tree of the standard library's own engine
    from re import _constants as C, _parser as parser
except ImportError:     # pragma: no cover - Python 3.10 names them sre_*
    try:
        import sre_constants as C
        import sre_parse as parser
    except ImportError:  # another Python: no prefilter, same answers
        C = parser = None

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

ATOMIC = getattr(C, "ATOMIC_GROUP", None)                     # both new in Python 3.11
REPEATS = tuple(getattr(C, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(C, name))

LIMIT = 24              # most strings kept in one set of alternatives
# A shorter literal filters too little to pay for the test: "in", "at", "ed", "on" ... are each in 40-60% of the
# seed articles' sentences, and the scan reports every occurrence (some 1,800 per article, half of them such pairs) ...
MIN_LENGTH = 3
RARE = frozenset("()[]%=<>;/+®™“”\"≤≥±×-q")  # ... unless it holds a character that few sentences hold ("(n", "%",
#                                               a prescriber's "qd")
# characters that IGNORECASE matches to an ASCII letter but that str.lower() does not map to it
FOLD = str.maketrans({"ſ": "s", "K": "k", "ı": "i", "İ": "i"})

KEEP = 3                # most requirement sets tested for one pattern (all must hold)
# an analysis: (exact, musts). exact: every string the part can match, when few (else None);
# musts: sets of strings such that every match contains one string of each set
ANY = (None, ())
EMPTY = (frozenset({""}), ())


def required_literals(pattern: str | re.Pattern, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Sets of lower-case strings such that every match of ``pattern`` contains one string of each set.

    The most selective sets come first; an empty tuple means no literal is required.

    >>> [sorted(s) for s in required_literals(r"\\d+ (?:mg|g)/kg")]
    [[' g/kg', ' mg/kg']]
    >>> required_literals(r"\\d+\\s*(?:mg|g)\\b")   # "g" alone is too short to help
    ()
    >>> required_literals(r"\\(n\\s*=\\s*\\d+\\)")       # but a parenthesis is rare enough
    (frozenset({'(n'}), frozenset({')'}), frozenset({'='}))
    """
    tree = parse_tree(pattern, flags)
    return () if tree is None else required_in_tree(tree)


def parse_tree(pattern: str | re.Pattern, flags: int = 0):
    """The parse tree of ``pattern`` (re's own parser), or None."""
    text = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    if isinstance(text, bytes) or parser is None:
        return None
    try:
        return parser.parse(text, flags | (pattern.flags if isinstance(pattern, re.Pattern) else 0))
    except (re.error, TypeError, ValueError, RecursionError):
        return None


def required_in_tree(tree) -> tuple[frozenset[str], ...]:
    musts = {_reduce(m) for m in _musts(_sequence(list(tree))) if all(map(_useful, m))}
    return tuple(sorted(musts, key=_selectivity)[:KEEP])


def _useful(literal: str) -> bool:
    return len(literal) >= MIN_LENGTH or not RARE.isdisjoint(literal)


def _reduce(strings: frozenset) -> frozenset:
    """Drop a string that contains another of the set: finding the shorter one is enough."""
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def _selectivity(strings: frozenset):
    return -min(map(len, strings)), len(strings), sorted(strings)


def _musts(info) -> tuple:
    exact, musts = info
    if exact is not None and "" not in exact:
        return musts + (exact,)
    return musts


def _best(musts: tuple) -> frozenset | None:
    """The most selective of ``musts`` whose strings are all long or rare enough to test (:func:`required_in_tree` drops the
    others): an alternative's "yr" must not stand for it where its "≥" could."""
    useful = [m for m in musts if all(map(_useful, m))]
    return min(useful or musts, key=_selectivity) if musts else None


def _sequence(items: list):
    current, musts, exact_all = frozenset({""}), (), True
    for op, arg in items:
        exact, item_musts = _item(op, arg)
        if exact is not None and len(current) * len(exact) <= LIMIT:
            current = frozenset(a + b for a in current for b in exact)
            continue
        exact_all = False
        musts += _musts((current, ())) + item_musts
        current = exact if exact is not None and len(exact) <= LIMIT else frozenset({""})
    if exact_all:
        return current, ()
    return None, musts + _musts((current, ()))


def _item(op, arg):
    if op is C.LITERAL:
        char = chr(arg).lower()
        return (frozenset({char}), ()) if safe(char) else ANY
    if op is C.IN:
        return _char_set(arg)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return EMPTY
    if op is C.SUBPATTERN:
        return _sequence(list(arg[-1]))
    if op is ATOMIC:
        return _sequence(list(arg))
    if op is C.BRANCH:
        return _branch([_sequence(list(seq)) for seq in arg[1]])
    if op in REPEATS:
        return _repeat(*arg)
    return ANY


def safe(char: str) -> bool:
    """ASCII, or a character without case ("“", "®"): IGNORECASE matches it to nothing but itself."""
    return char.isascii() or char.lower() == char.upper() == char.casefold() == char


def _chars_of(items, widest: int) -> set[str] | None:
    """The lower-case characters a class's items match (literals and ranges narrower than ``widest``), else None."""
    chars = set()
    for op, arg in items:
        if op is C.LITERAL:
            chars.add(chr(arg).lower())
        elif op is C.RANGE and arg[1] - arg[0] < widest:
            chars.update(chr(c).lower() for c in range(arg[0], arg[1] + 1))
        else:
            return None
    return chars


def _char_set(items):
    chars = _chars_of(items, 8)
    if chars is None or len(chars) > 8 or not all(map(safe, chars)):
        return ANY
    return frozenset(chars), ()


def _branch(infos: list):
    if all(e is not None for e, _ in infos):
        union = frozenset().union(*(e for e, _ in infos))
        if len(union) <= LIMIT:
            return union, ()
    # one set per alternative, joined: every match of the branch contains a string of one of them
    best = [_best(_musts(info)) for info in infos]
    if any(b is None for b in best):
        return ANY
    union = frozenset().union(*best)
    return (None, (union,)) if len(union) <= LIMIT * 2 else ANY


def _repeat(low: int, high, items):
    exact, musts = _sequence(list(items))
    if low == 0:
        if high == 1 and exact is not None:
            return exact | {""}, ()
        return ANY
    if low == high == 1:
        return exact, musts
    return None, _musts((exact, musts))


MAX_STRINGS = 64        # most strings a pattern is expanded to by literal_set


def literal_set(pattern: str | re.Pattern, flags: int = 0) -> frozenset[str] | None:
    """The strings such that a text holds a match of ``pattern`` (compiled with IGNORECASE) exactly when its
    :func:`fold` holds one of them; None for a pattern that is no such finite set of words (an anchor, a word
    boundary, a repeat, a large class, case-sensitive letters ...). A leading look-ahead that every string passes
    (:func:`starts_with`) is no condition.

    >>> sorted(literal_set(r"(?=[bl])(?:label|blind(?:ed)?)", re.I))
    ['blind', 'blinded', 'label']
    >>> literal_set(r"\\blabel", re.I), literal_set(r"label"), literal_set(r"labels*", re.I)
    (None, None, None)
    """
    tree = parse_tree(pattern, flags)
    if tree is None or not tree.state.flags & C.SRE_FLAG_IGNORECASE:
        return None
    items = list(tree)
    firsts = None
    if items and items[0][0] is C.ASSERT and items[0][1][0] == 1:     # a look-ahead, at the start
        firsts, items = _class_chars(items[0][1][1]), items[1:]
        if firsts is None:
            return None
    strings = _strings(items)
    if strings is None or "" in strings or firsts is not None and not all(s.startswith(tuple(firsts)) for s in strings):
        return None
    return strings


def _strings(items) -> frozenset[str] | None:
    """Every (lower-case) string a sequence of literals, small classes, groups and alternations matches; else None."""
    out = frozenset({""})
    for op, arg in items:
        if op is C.LITERAL:
            char = chr(arg).lower()
            options = frozenset({char}) if safe(char) else None
        elif op is C.IN:
            options = _char_set(arg)[0]
        elif op is C.BRANCH:
            alternatives = [_strings(a) for a in arg[1]]
            options = None if None in alternatives else frozenset().union(*alternatives)
        elif op is C.SUBPATTERN and not arg[1] and not arg[2]:        # (not a group that sets flags of its own)
            options = _strings(arg[-1])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and arg[:2] == (0, 1):   # "x?" (not a possessive "x?+")
            options = _strings(arg[2])
            options = None if options is None else options | {""}
        else:
            return None
        if options is None or len(out) * len(options) > MAX_STRINGS:
            return None
        out = frozenset(a + b for a in out for b in options)
    return out


def _class_chars(items) -> frozenset[str] | None:
    """The (lower-case) characters of a look-ahead's one class or literal, of any size; else None."""
    if len(items) != 1 or items[0][0] not in (C.IN, C.LITERAL):
        return None
    op, arg = items[0]
    chars = _chars_of(arg if op is C.IN else [items[0]], 128)
    return None if chars is None else frozenset(chars)


# what no set of words holds: an anchor or a word boundary, a category, a repeat (a look at the text spares most
# cues the parse; a pattern it turns away is only searched as before)
NOT_WORDS = re.compile(r"\\[bBAZdDsSwW]|[\^$*+{]")


@functools.lru_cache(maxsize=None)
def words_decide(source: str, flags: int, literals: tuple) -> bool:
    """Is the pattern ``source`` a set of words (:func:`literal_set`) that its one requirement set ``literals`` holds
    whole? (Then the literals alone decide a search.)"""
    if isinstance(source, bytes) or NOT_WORDS.search(source):
        return False
    strings = literal_set(source, flags)
    return strings is not None and literals == (tuple(sorted(_reduce(strings))),)


def fold(text: str) -> str:
    """The form of ``text`` the literals are looked for in.

    >>> fold("Kelvin’s ſ and İ")
    'kelvin’s s and i'
    """
    if text.isascii() or not ("ſ" in text or "K" in text or "ı" in text or "İ" in text):
        return text.lower()     # str.translate looks up every character in a dict: ~10x slower than four scans
    return text.translate(FOLD).lower()
