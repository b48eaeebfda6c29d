"""Skip regular-expression searches that cannot match, by the literals every match must contain.

Most of the extractors' patterns fail on most sentences, and a failing
``re`` search still walks the whole sentence. :func:`required_literals`
reads a pattern's parse tree and finds sets of strings such that every
match contains one string of each set ("enrolled" or "recruited" ..., and
"patients" or "adults" ...); :func:`compile` returns a pattern that runs the
search only when the (lower-cased) text passes that test. It is the prefilter
idea of RE2, Hyperscan and Google Code Search, done on Python's own parser, so
the answers are exactly those of ``re``. The test itself is one Aho-Corasick
pass per text over the literals of all patterns (:func:`held`), then a bit
mask per pattern.

>>> [sorted(s) for s in required_literals(r"\\b(?:enrolled|recruited)\\s+(?P<n>\\d+)\\s+patients")]
[['patients'], ['enrolled', 'recruited']]
>>> [sorted(s) for s in required_literals(r"phase\\s+[12]|open-label")]
[['open-label', 'phase']]
>>> pattern = compile(r"\\brandomi[sz]ed\\b", re.I)
>>> pattern.search("Patients were Randomised.").group(0), pattern.search("No match here.")
('Randomised', None)
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import re
import sys
import threading
import weakref
from pathlib import Path

import ahocorasick

from kg.lexicon import cache

try:                    # the parse tree of the standard library's own engine
    from re import _compiler, _constants as C, _parser as parser
except ImportError:     # pragma: no cover - Python 3.10 names them sre_*
    try:
        import sre_compile as _compiler
        import sre_constants as C
        import sre_parse as parser
    except ImportError:  # another Python: no prefilter, same answers
        C = parser = _compiler = None
try:
    import _sre         # the engine re compiles for: its program can then be cached (see _stored)
except ImportError:     # pragma: no cover - not CPython
    _sre = None
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
    tree = _parse(pattern, flags)
    return () if tree is None else _required(tree)


def _parse(pattern: str | re.Pattern, flags: int = 0):
    """The parse tree of ``pattern`` (re's own parser), or None."""
    text = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    if isinstance(text, bytes) or parser is None:
        return None
    try:
        return parser.parse(text, flags | (pattern.flags if isinstance(pattern, re.Pattern) else 0))
    except (re.error, TypeError, ValueError, RecursionError):
        return None


def _required(tree) -> tuple[frozenset[str], ...]:
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
    """The most selective of ``musts`` whose strings are all long or rare enough to test (:func:`_required` drops the
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
    tree = _parse(pattern, flags)
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


def decided_by_literals(pattern: "Prefiltered") -> bool:
    """Does the test of :func:`held`'s bits alone tell whether ``pattern`` finds a text? (True when the pattern is a
    set of words, :func:`literal_set`, and its one requirement set holds all of them: the search adds nothing.)

    >>> decided_by_literals(compile(r"(?=[bl])(?:label|blind)", re.I)), decided_by_literals(compile(r"\\blabel\\b", re.I))
    (True, False)
    """
    return len(pattern.literals) == 1 and _decided(pattern.regex.pattern, pattern.regex.flags, pattern.literals)


# what no set of words holds: an anchor or a word boundary, a category, a repeat (a look at the text spares most
# cues the parse; a pattern it turns away is only searched as before)
NOT_WORDS = re.compile(r"\\[bBAZdDsSwW]|[\^$*+{]")


@functools.lru_cache(maxsize=None)
def _decided(source: str, flags: int, literals: tuple) -> bool:
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


# Every literal of every prefiltered pattern is one bit. A text is scanned once, by an Aho-Corasick automaton
# (pyahocorasick, in C) over all the literals, into the bits of the literals it holds; a pattern's test is then
# an AND per requirement set, instead of a substring search per literal (the patterns run in turn on the same
# few sentences, some seventy on each).
_bits: dict[str, int] = {}              # literal -> its bit
_lock = threading.Lock()
# (the automaton, None until first needed; text -> bits, for the last few hundred texts). Replaced whole when
# a literal is added: bits found with an older automaton never reach the new cache, as a pattern may be compiled
# in one thread (registry patterns are, on first use) while another thread scans.
_state: tuple = (None, {})
# the current cache's get, bound: the gated methods call it for every text (set with _state, before a new pattern's
# bit is handed out, so a pattern never reads a cache older than its literals)
_known = _state[1].get


def _bit(literal: str) -> int:
    global _state, _known
    with _lock:
        if literal not in _bits:
            _bits[literal] = 1 << len(_bits)
            _state = (None, {})
            _known = _state[1].get
        return _bits[literal]


def _scanner_state() -> tuple:
    """The current state, its automaton built over every literal registered so far."""
    global _state
    with _lock:
        scanner, cache = _state
        if scanner is None:
            scanner = ahocorasick.Automaton()
            for literal, bit in _bits.items():
                scanner.add_word(literal, bit)
            scanner.make_automaton()
            _state = (scanner, cache)
        return _state


def literal_count() -> int:
    """How many literals are registered (bits of texts found before one was added lack its bit).

    >>> before = compile(r"\\bzebra crossings?\\b") and literal_count()
    >>> before > 0, literal_count() == before
    (True, True)
    """
    return len(_bits)


def forget_texts() -> None:
    """Drop the bits remembered for recent texts.

    A benchmark that extracts copies of one article calls this between copies, so that no copy finds its sentences
    already scanned (a real stream rarely repeats a sentence).

    >>> forget_texts()
    """
    with _lock:
        _state[1].clear()


def held(text: str) -> int:
    """The bits of the registered literals that ``text`` (folded) contains.

    >>> pattern = compile(r"\\bmet its primary endpoint", re.I)
    >>> bool(held("The trial MET ITS PRIMARY ENDPOINT.") & _bit("met its primary endpoint"))
    True
    """
    scanner, cache = _state
    bits = cache.get(text)
    if bits is None:
        if scanner is None:
            scanner, cache = _scanner_state()
        bits = 0
        if _bits:
            for _, bit in scanner.iter(fold(text)):
                bits |= bit
        if len(cache) > 256:
            cache.clear()
        cache[text] = bits
    return bits


def _holds(masks: tuple, text: str) -> bool:
    bits = _known(text)                 # the text's bits are most often known: no call to held then
    if bits is None:
        bits = held(text)
    for mask in masks:
        if not mask & bits:
            return False
    return True


FEW = 4                 # a pattern with at most this many literals tests a text not yet scanned by substring search


def _gate(method, masks: tuple, empty, literals: tuple = ()):
    """``method`` (a bound method of a pattern), run only when the text holds the literals; else ``empty``.

    A text not scanned yet (a window cut from a sentence, a line of several) is tested for a pattern of few
    literals by substring search: a few scans in C, where the Aho-Corasick pass reports every literal of every
    pattern (some ten microseconds on a long line).
    """
    few = literals if sum(map(len, literals)) <= FEW else None
    if len(masks) == 1:              # most patterns: one requirement set, tested without a loop
        mask, = masks

        def gated(text, *args):      # _holds, inlined: one call less on the hottest path of extraction
            bits = _known(text)
            if bits is None:
                if few is not None:
                    return method(text, *args) if _has_all(few, text) else empty
                bits = held(text)
            if not mask & bits:
                return empty
            return method(text, *args)
        return gated

    def gated(text, *args):
        bits = _known(text)
        if bits is None:
            if few is not None:
                return method(text, *args) if _has_all(few, text) else empty
            bits = held(text)
        for mask in masks:
            if not mask & bits:
                return empty
        return method(text, *args)
    return gated


def _has_all(literals: tuple, text: str) -> bool:
    """Does ``text`` (folded) hold one string of each set? (the test the bits make, by substring search)"""
    folded = fold(text)
    for strings in literals:
        for string in strings:
            if string in folded:
                break
        else:
            return False
    return True


EMPTY_ITERATOR = iter(())          # exhausted for good: safe to hand out again
NOTHING = {"search": None, "match": None, "fullmatch": None, "finditer": EMPTY_ITERATOR}  # what each returns without a match


class Prefiltered:
    """A compiled pattern whose searches first check for the literals every match contains.

    ``search``, ``match``, ``fullmatch``, ``finditer``, ``findall`` and ``sub``
    behave as the wrapped pattern's; other attributes are the pattern's own.
    Without literals they are the pattern's own methods, at no cost.
    """

    __slots__ = ("regex", "literals", "masks", "search", "match", "fullmatch", "finditer", "findall", "sub", "__weakref__")

    def __init__(self, regex: re.Pattern, literals: tuple[frozenset[str], ...]):
        self.regex, self.literals = regex, tuple(tuple(sorted(s)) for s in literals)
        # one mask per requirement set: the bits of its literals (a text must hold one of each set)
        self.masks = tuple(sum(map(_bit, strings)) for strings in self.literals)
        for name, empty in NOTHING.items():
            method = getattr(regex, name)
            setattr(self, name, _gate(method, self.masks, empty, self.literals) if self.literals else method)
        self.findall = self._findall if self.literals else regex.findall
        self.sub = self._sub if self.literals else regex.sub

    def __getattr__(self, name):
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"Prefiltered({self.regex!r})"

    def possible(self, text: str) -> bool:
        """False when ``text`` cannot contain a match."""
        return _holds(self.masks, text)

    def _findall(self, text, *args):
        return self.regex.findall(text, *args) if _holds(self.masks, text) else []

    def _sub(self, repl, text, *args):
        return self.regex.sub(repl, text, *args) if _holds(self.masks, text) else text


class AnyOf:
    """Patterns that gate together: ``search`` gives a match of the first of them that has one, else None.

    For a gate only whether a text matches counts. Each pattern keeps its own
    prefilter, so a text is scanned only by the patterns whose literals it
    holds; one alternation of them all would require only the literals of its
    most common part ("data", "19") and scan nearly every sentence.
    """

    __slots__ = ("patterns", "masks", "_tests")

    def __init__(self, *patterns):
        self.patterns = patterns
        self._tests = None
        # as a prefiltered pattern's masks (a text must hold a bit of each): one, the first requirement of every
        # pattern together, when each has one; the rule engine tests it before the search
        firsts = [getattr(p, "masks", ())[:1] for p in patterns]
        union = 0
        for first in firsts:
            union |= first[0] if first else 0     # (or, not sum: two patterns may share a literal's bit)
        self.masks = (union,) if all(firsts) else ()

    def search(self, text: str) -> re.Match | None:
        for pattern in self.patterns:
            found = pattern.search(text)
            if found:
                return found
        return None

    def found(self, text: str) -> bool | None:
        """True when :meth:`search` would find a match, else None (the rule engine's gate asks only that).

        A pattern that is a set of words (:func:`decided_by_literals`) is not searched: the text's literals answer
        (its words are most of a sentence's letters apart, so the search tried nearly every position).

        >>> words = AnyOf(compile(r"(?=[sr])(?:said|report)", re.I), compile(r"\\bup\\s\\d", re.I))
        >>> words.found("Acme REPORTED it"), words.found("up 4%"), words.found("nothing")
        (True, True, None)
        """
        tests = self._tests
        if tests is None:
            tests = self._tests = tuple((p, isinstance(p, Prefiltered) and decided_by_literals(p)) for p in self.patterns)
        for pattern, decided in tests:
            if pattern.possible(text) if decided else pattern.search(text) is not None:
                return True
        return None

    def finditer(self, text: str):
        """The matches ``finditer`` of the patterns' one alternation finds, for patterns that match no empty string:
        leftmost first, the earlier pattern's at one start, each from where the last ended. A pattern is searched
        again only when its next match starts inside one given, so each scans the text about once.

        >>> words = AnyOf(compile(r"\\bab\\w*"), compile(r"\\bb\\w+|a"))
        >>> [m.group() for m in words.finditer("abc a b bc")]
        ['abc', 'a', 'bc']
        """
        found = [pattern.search(text) for pattern in self.patterns]
        if not any(found):
            return EMPTY_ITERATOR
        return iter(self._in_order(text, found))

    def _in_order(self, text: str, found: list) -> list[re.Match]:
        out, pos = [], 0
        while True:
            first = None
            for k, m in enumerate(found):
                if m is not None and m.start() < pos:
                    m = found[k] = self.patterns[k].search(text, pos)
                if m is not None and (first is None or m.start() < first.start()):
                    first = m
            if first is None:
                return out
            out.append(first)
            pos = first.end()


def alternation(words: list[str]) -> str:
    """``"|".join(words)`` (escaped) grouped by first character, in the same order within each group: same matches.

    re tries every branch of an alternation in turn; grouped, it tries one
    branch per first character, then only the words that start with it. Two
    first characters that one character could match with ``re.I`` ("S" and
    "s") would reorder the branches, so such words are joined plainly.

    >>> alternation(["three", "ten", "six", "two"])
    't(?:hree|en|wo)|s(?:ix)'
    """
    firsts = list(dict.fromkeys(w[0] for w in words))
    if not all(c.isascii() for c in firsts) or len({c.lower() for c in firsts}) < len(firsts) or "" in words:
        return "|".join(map(re.escape, words))
    return "|".join(f"{re.escape(c)}(?:{'|'.join(re.escape(w[1:]) for w in words if w[0] == c)})" for c in firsts)


def starts_with(words, extra: str = "") -> str:
    """A look-ahead for the characters ``words`` start with (and the class items in ``extra``).

    Put before an alternation that begins a pattern, it lets re skip the
    alternation at every position where no word can start.

    >>> starts_with(["may", "june", "july"], r"\\d")
    '(?=[\\\\djm])'
    """
    return "(?=[" + extra + "".join(re.escape(c) for c in sorted({w[0] for w in words})) + "])"


_compiled: "weakref.WeakSet[Prefiltered]" = weakref.WeakSet()


def compile(pattern: str, flags: int = 0) -> Prefiltered:  # noqa: A001 - mirrors re.compile
    """``re.compile`` with a literal prefilter (see the module's docstring).

    The compiled program is re's own with two changes that keep every match: alternations grouped by first
    character (:func:`group_branches`) and, where re finds none, the characters a match starts with in its
    information block (:func:`first_items`), so the engine skips other positions in C. ``.pattern`` is unchanged.
    """
    compiled = Prefiltered(*_compiled_and_literals(pattern, flags))
    _compiled.add(compiled)
    return compiled


# Start-up: re's parser and compiler are Python, and compiling the extractors' ~460 patterns and reading their
# literals took about a second in every process. Both answers depend only on the pattern, its flags, this module
# and the Python build, so a file cache keeps them: the literal sets, and the arguments re.compile gives the
# engine (_sre.compile: the compiled program, its flags and groups), checked against re's own pattern when stored.
_store: dict | None = None      # (pattern, flags) -> (literal sets, engine arguments or None); read on first use
_store_file: Path | None = None
_added: dict = {}               # what this process worked out itself: written to the cache at exit
MAX_STORED = 20_000             # more patterns in the file than this: earlier versions' are dropped


def _compiled_and_literals(pattern, flags: int) -> tuple[re.Pattern, tuple]:
    key = (pattern, int(flags)) if isinstance(pattern, str) and isinstance(flags, int) else None
    known = _stored().get(key) if key else None
    if known is not None:
        regex = _rebuilt(pattern, known[1])
        if regex is not None:
            return regex, known[0]
    regex = re.compile(pattern, flags)
    tree = _parse(regex)
    literals = () if tree is None else _required(tree)
    arguments = _engine_arguments(regex, int(flags)) if key else None
    skipping = _skip_arguments(regex.pattern, int(flags), arguments)
    if skipping is not None and (rebuilt := _rebuilt(regex.pattern, skipping)) is not None:
        regex, arguments = rebuilt, skipping
    if key:
        with _lock:
            if not _added:
                atexit.register(_save)
            _added[key] = _stored()[key] = (tuple(tuple(sorted(s)) for s in literals), arguments)
    return regex, literals


def _rebuilt(pattern: str, arguments) -> re.Pattern | None:
    """The pattern re.compile would return, from stored engine arguments (None when there are none or bad ones)."""
    if arguments is None or _sre is None:
        return None
    try:
        return _sre.compile(pattern, *arguments)
    except (RuntimeError, TypeError, ValueError, OverflowError):   # _sre validates the program it is given
        return None


def _engine_arguments(regex: re.Pattern, flags: int) -> tuple | None:
    """What re.compile passed the engine for ``regex``, as plain data; None unless it rebuilds the very same pattern."""
    if _sre is None or _compiler is None:
        return None
    try:
        tree = parser.parse(regex.pattern, flags)
        code = [int(op) for op in _compiler._code(tree, flags)]
        names = tree.state.groupdict
        index = [None] * tree.state.groups
        for name, number in names.items():
            index[number] = name
        arguments = (flags | tree.state.flags, code, tree.state.groups - 1, dict(names), tuple(index))
        again = _sre.compile(regex.pattern, *arguments)
    except Exception:               # noqa: BLE001 - another Python's internals: then simply no cache
        return None
    same = again == regex and again.groups == regex.groups and again.groupindex == regex.groupindex
    return arguments if same else None


# A pattern that opens with "\\b", a group, an alternation or a look-ahead gives re no first characters (with re.I
# not even a literal does), so a search enters the whole pattern at every position of the text. Given the set of
# characters a match can start with (its "charset" information, as re gives a pattern that opens with a class), the
# engine skips, in its own C loop, every position whose character is not in it: the set is read off the parse tree
# (every character IGNORECASE lets match the first ones) and put in the compiled program's information block.
FIRST_CATEGORIES = frozenset(getattr(C, name) for name in ("CATEGORY_DIGIT", "CATEGORY_SPACE") if hasattr(C, name))
MAX_FIRST = 40          # more first characters than this (letters counted once): few positions would be skipped


def first_items(items) -> list | None:
    """The class items (re's parse tree) of every character a match of ``items`` can start with; None when unknown,
    too many, or when the match may be empty.

    >>> [chr(arg) for op, arg in first_items(parser.parse(r"\\b(?:yes|no)?(?<!x)t"))]
    ['y', 'n', 't']
    >>> first_items(parser.parse(r"\\b\\w+")) is None, first_items(parser.parse(r"a?")) is None
    (True, True)
    """
    found: list = []
    for op, arg in items:
        if op is C.AT or op in (C.ASSERT, C.ASSERT_NOT):
            continue                                    # zero width: the next item starts the match
        if op is C.LITERAL:
            return found + [(op, arg)]
        if op is C.IN:
            if not all(o is C.LITERAL or o is C.RANGE and arg_[1] - arg_[0] < 128 or o is C.CATEGORY and arg_ in
                       FIRST_CATEGORIES for o, arg_ in arg):
                return None
            return found + list(arg)
        nullable = False
        if op is C.SUBPATTERN and not arg[1] and not arg[2]:        # a group that sets no flags of its own
            firsts = [first_items(arg[-1])]
        elif op is ATOMIC:
            firsts = [first_items(arg)]
        elif op is C.BRANCH:
            firsts = [first_items(alternative) for alternative in arg[1]]
        elif op in REPEATS:
            firsts, nullable = [first_items(arg[2])], arg[0] == 0
        else:
            return None
        if any(f is None for f in firsts):
            return None                                 # (an alternative that may be empty among them)
        for f in firsts:
            found += f
        if not nullable:
            return found
    return None                                         # the match may be empty


# the Python versions whose compiled-pattern layout (an INFO block, then the code) the skip below was checked on
# (tests/text/test_prefilter.py and test_look_aheads.py compare every pattern with re's own on 3.11, 3.12 and 3.13);
# on another, patterns compile as re compiles them
PROGRAM_LAYOUTS = {(3, 11), (3, 12), (3, 13)}


def _skip_arguments(pattern: str, flags: int, arguments) -> tuple | None:
    """Engine arguments for ``pattern`` with its alternations grouped by first character (see :func:`group_branches`)
    and an information block that holds the characters its matches start with, when re finds none itself; None when
    neither applies."""
    if arguments is None or _compiler is None or _sre is None or sys.version_info[:2] not in PROGRAM_LAYOUTS:
        return None
    try:
        code, every_flag = list(arguments[1]), arguments[0]
        if every_flag & C.SRE_FLAG_LOCALE:
            return None
        tree = parser.parse(pattern, flags)
        closed = (lambda c: frozenset(c for _, c in _case_closed([(C.LITERAL, c)], bool(every_flag & C.SRE_FLAG_UNICODE)))) \
            if every_flag & C.SRE_FLAG_IGNORECASE else (lambda c: frozenset((c,)))
        if group_branches(tree, closed):
            code = [int(op) for op in _compiler._code(tree, flags)]
        changed = code != list(arguments[1])
        if code[0] != C.INFO or code[2] & (C.SRE_INFO_PREFIX | C.SRE_INFO_CHARSET) or code[3] == 0:
            return (every_flag, code) + tuple(arguments[2:]) if changed else None   # re skips ahead by itself,
        items = first_items(tree.data)                                                # or a match may be empty
        if items and every_flag & C.SRE_FLAG_IGNORECASE:
            items = _case_closed(items, unicode=bool(every_flag & C.SRE_FLAG_UNICODE))
        if not items or _first_count(items) > MAX_FIRST:
            return (every_flag, code) + tuple(arguments[2:]) if changed else None
        info = [C.INFO, 0, C.SRE_INFO_CHARSET, code[3], code[4]]
        _compiler._compile_charset(_compiler._optimize_charset(items)[0], every_flag, info)
        info[1] = len(info) - 1
        return (every_flag, [int(op) for op in info] + code[code[1] + 1:]) + tuple(arguments[2:])
    except Exception:               # noqa: BLE001 - another Python's internals: then simply no skipping
        return None


def group_branches(items, closed) -> bool:
    """Group in place every alternation of ``items`` (re's parse tree) whose alternatives all open with a literal by
    that literal, as :func:`alternation` does for words; True when one was.

    With re.I, re tries each alternative in turn at every position it enters (its quick test of an alternative's
    first character is for exact characters only); grouped, it tries one group there. The matches stay the same:
    groups whose first characters (all those ``closed`` says match them) are disjoint, order kept within a group.
    """
    changed = False
    for k, (op, arg) in enumerate(items):
        if op is C.BRANCH:
            for alternative in arg[1]:
                changed |= group_branches(alternative, closed)
            grouped = _grouped(arg[1], closed)
            if grouped is not None:
                items[k], changed = (C.BRANCH, (None, grouped)), True
        elif op is C.SUBPATTERN and not arg[1] and not arg[2]:    # (not where a group sets flags of its own)
            changed |= group_branches(arg[-1], closed)
        elif op is ATOMIC:
            changed |= group_branches(arg, closed)
        elif op in REPEATS:
            changed |= group_branches(arg[2], closed)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            changed |= group_branches(arg[1], closed)
    return changed


def _grouped(alternatives: list, closed) -> list | None:
    if not all(len(a) and a[0][0] is C.LITERAL for a in alternatives):
        return None
    groups: dict = {}                                   # the characters a first literal matches -> its alternatives
    for a in alternatives:
        groups.setdefault(closed(a[0][1]), []).append(a)
    if len(groups) == len(alternatives) or sum(map(len, groups)) != len(frozenset().union(*groups)):
        return None                                     # nothing to group, or two groups could start alike
    out = []
    for members in groups.values():
        if len(members) == 1:
            out.append(members[0])
        else:
            state = members[0].state
            rests = [parser.SubPattern(state, list(m.data[1:])) for m in members]
            out.append(parser.SubPattern(state, [members[0][0], (C.BRANCH, (None, rests))]))
    return out


_lower_to: dict | None = None   # a lower-case code point -> the others that re's IGNORECASE lowers to it


def _case_closed(items: list, unicode: bool) -> list:
    """The class items with every character that IGNORECASE matches to one of theirs (which re tests by lowering
    the text's character: the class here is tested as it is)."""
    global _lower_to
    if unicode and _lower_to is None:
        lower_to: dict = {}
        for x in range(sys.maxunicode + 1):
            low = _sre.unicode_tolower(x)
            if low != x:
                lower_to.setdefault(low, []).append(x)
        _lower_to = lower_to
    tolower = _sre.unicode_tolower if unicode else _sre.ascii_tolower
    extra = getattr(_compiler, "_EXTRA_CASES", {}) if unicode else {}
    out, chars = [], set()
    for op, arg in items:
        if op is C.CATEGORY:                            # digits and spaces: no case
            out.append((op, arg))
            continue
        for c in (range(arg[0], arg[1] + 1) if op is C.RANGE else (arg,)):
            low = tolower(c)
            for target in (low, *extra.get(low, ())):   # re: the lowered character is one of these
                if tolower(target) == target:
                    chars.add(target)
                if unicode:
                    chars.update(_lower_to.get(target, ()))
                elif 97 <= target <= 122:               # ASCII: "a" to "z" stand for "A" to "Z" too
                    chars.add(target - 32)
    return out + [(C.LITERAL, c) for c in sorted(chars)]


def _first_count(items) -> int:
    """How many characters the class items hold (a category counts ten)."""
    chars: set = set()
    for op, arg in items:
        if op is C.LITERAL:
            chars.add(chr(arg).lower())
        elif op is C.RANGE:
            chars.update(chr(c).lower() for c in range(arg[0], arg[1] + 1))
        else:
            chars.update(str(arg) + str(k) for k in range(10))
    return len(chars)


def _stored() -> dict:
    """The cached analyses (read from the cache file once)."""
    global _store, _store_file
    if _store is None:
        with _lock:
            if _store is None:
                _store_file = _cache_file()
                found = cache.read(_store_file) if _store_file else None
                _store = found if isinstance(found, dict) else {}
    return _store


def _cache_file() -> Path | None:
    """The cache file, named by this module's source and the Python build (either changes the answers)."""
    root = cache.cache_dir()
    try:
        source = Path(__file__).read_bytes()
    except OSError:
        return None
    build = f"{sys.version}|{getattr(_sre, 'MAGIC', '')}|{getattr(_sre, 'CODESIZE', '')}".encode()
    return root / f"patterns-{hashlib.sha256(source + build).hexdigest()[:16]}.marshal" if root else None


def _save() -> None:
    """Add what this process worked out to the cache file (with what other processes added meanwhile)."""
    if not _added or _store_file is None:
        return
    found = cache.read(_store_file)
    merged = found if isinstance(found, dict) and len(found) < MAX_STORED else {}
    merged.update(_added)
    cache.write(_store_file, merged, stale="patterns-*")


def compiled() -> list[Prefiltered]:
    """Every prefiltered pattern compiled so far and still in use (the tests check each one for linear time).

    >>> pattern = compile(r"\\bplacebo\\b")
    >>> pattern in compiled()
    True
    """
    return list(_compiled)
