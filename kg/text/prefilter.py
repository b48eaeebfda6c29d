"""Skip regular-expression searches that cannot match, by the literals every match must contain.

Most of the extractors' patterns fail on most sentences, and a failing
``re`` search still walks the whole sentence. :func:`compile` returns a
pattern that runs the search only when the (lower-cased) text holds one string
of each set of literals that every match contains (read off the pattern's parse
tree by :mod:`kg.text.literals`: "enrolled" or "recruited" ..., and "patients"
or "adults" ...). It is the prefilter idea of RE2, Hyperscan and Google Code
Search, done on Python's own parser, so the answers are exactly those of
``re``. The test itself is one Aho-Corasick pass per text over the literals of
all patterns (:func:`held`), then a bit mask per pattern. The compiled programs
and their file cache are :mod:`kg.text.programs`.

>>> pattern = compile(r"\\brandomi[sz]ed\\b", re.I)
>>> pattern.search("Patients were Randomised.").group(0), pattern.search("No match here.")
('Randomised', None)
"""

from __future__ import annotations

import re
import threading
import weakref

import ahocorasick

from kg.text.literals import fold, words_decide
from kg.text.programs import compiled_and_literals

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

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


def decided_by_literals(pattern: "Prefiltered") -> bool:
    """Does the test of :func:`held`'s bits alone tell whether ``pattern`` finds a text? (True when the pattern is a
    set of words, :func:`literal_set`, and its one requirement set holds all of them: the search adds nothing.)

    >>> decided_by_literals(compile(r"(?=[bl])(?:label|blind)", re.I)), decided_by_literals(compile(r"\\blabel\\b", re.I))
    (True, False)
    """
    return len(pattern.literals) == 1 and words_decide(pattern.regex.pattern, pattern.regex.flags, pattern.literals)


_compiled: "weakref.WeakSet[Prefiltered]" = weakref.WeakSet()


def compile(pattern: str, flags: int = 0) -> Prefiltered:  # noqa: A001 - mirrors re.compile
    """``re.compile`` with a literal prefilter (see the module's docstring).

    The compiled program is re's own with two changes that keep every match: alternations grouped by first
    character (:func:`group_branches`) and, where re finds none, the characters a match starts with in its
    information block (:func:`first_items`), so the engine skips other positions in C. ``.pattern`` is unchanged.
    """
    compiled = Prefiltered(*compiled_and_literals(pattern, flags))
    _compiled.add(compiled)
    return compiled


def compiled() -> list[Prefiltered]:
    """Every prefiltered pattern compiled so far and still in use (the tests check each one for linear time).

    >>> pattern = compile(r"\\bplacebo\\b")
    >>> pattern in compiled()
    True
    """
    return list(_compiled)
