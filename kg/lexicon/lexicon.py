"""Load the shipped lexicon and find its names in text (longest match first).

Matching works on normalised word tokens, so "interleukin-6" finds
"interleukin 6"; entries marked ``case`` (gene symbols) must match case
exactly; a final plural "s" is tried off; species words ("human") are skipped
inside cell names.

>>> lex = Lexicon([Entry("metformin", "drug", "metformin", ("DRUGBANK:DB00331",), "")])
>>> [(m.text, m.label) for m in lex.find("Patients took Metformin daily.")]
[('Metformin', 'metformin')]
"""

from __future__ import annotations

import csv
import gc
import gzip
import hashlib
import marshal
import os
import re
import sys
import unicodedata
from functools import lru_cache
from itertools import accumulate, chain
from pathlib import Path
from typing import NamedTuple

from kg.model import Mention

DATA = Path(__file__).resolve().parent.parent / "data"
TOKEN = re.compile(r"[A-Za-z0-9]+|[α-ωΑ-Ω]")
GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "κ": "kappa", "ε": "epsilon"}
MAX_TOKENS = 10
SPECIES = {"human", "humans", "murine", "mouse", "rat", "autologous", "allogeneic"}
TYPE_ORDER = ["drug", "regulator", "measure", "cell", "disease", "chemical", "gene", "phenotype", "anatomy", "country"]
INDEX_LAYOUT = 3        # bump when Lexicon.index() changes shape: names the start-up cache
RANK = {kind: n for n, kind in enumerate(TYPE_ORDER)}
# Words that are names in some vocabulary but plain English in news text.
STOP = frozenset("""
all aim aims also and any are both can cell cells could day days drug drugs for gap has have its may
men more most not one our out per rate set than that the these this total two use was were who will with women
study studies trial trials disease diseases patient patients treatment therapy control placebo dose doses
result results data group groups level levels week weeks month months year years time change score scores
function safety sign signs response fit lead impact focus lower early late stage onset care mild moderate
severe acute chronic progression support target targets
""".split())


class Entry(NamedTuple):
    """One name in the lexicon (a NamedTuple: hundreds of thousands load at start-up)."""

    text: str
    type: str
    label: str
    ids: tuple[str, ...]
    attrs: str


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    for letter, name in GREEK.items():
        text = text.replace(letter, " " + name)
    return text


def norm_tokens(text: str, keep_case: bool = False) -> tuple[str, ...]:
    """Word tokens used as lexicon keys.

    >>> norm_tokens("Tumor necrosis factor-α")
    ('tumor', 'necrosis', 'factor', 'alpha')
    """
    toks = TOKEN.findall(normalise(text))
    return tuple(toks) if keep_case else tuple(t.lower() for t in toks)


class Lexicon:
    """An in-memory index from token tuples to entries."""

    def __init__(self, entries=(), keys=None):
        # entries are kept as plain tuples (Entry's fields): the index then marshals, and loads fast
        self.ci: dict[tuple, list[tuple]] = {}
        self.cs: dict[tuple, list[tuple]] = {}
        self.reach: dict[str, int] = {}
        self.pairs: set[tuple[str, str]] = set()      # the first two words (lower case) of every longer name
        self.words: set[str] = set()                  # names of one word (lower case) ...
        self.words_cs: set[str] = set()               # ... and those that must match case: find asks of most words
        for n, e in enumerate(entries):
            e = Entry(*e)
            case = "case" in e.attrs
            key = tuple(keys[n].split(" ")) if keys else norm_tokens(e.text, keep_case=case)
            if not key or (not case and " ".join(key) in STOP):
                continue
            (self.cs if case else self.ci).setdefault(key, []).append(tuple(e))
            if len(key) == 1:
                (self.words_cs if case else self.words).add(key[0])
            first = key[0].lower()
            if len(key) > 1:
                self.pairs.add((first, key[1].lower()))
            # how many tokens a name starting with this word can span (a species word may sit inside)
            self.reach[first] = max(self.reach.get(first, 0), min(MAX_TOKENS, len(key) + 1))

    @classmethod
    def from_index(cls, index: tuple) -> "Lexicon":
        """A lexicon from what :meth:`index` returned (as the start-up cache stores it)."""
        lex = cls()
        lex.ci, lex.cs, lex.reach, lex.pairs, lex.words, lex.words_cs = index
        return lex

    def index(self) -> tuple[dict, dict, dict, set, set, set]:
        return self.ci, self.cs, self.reach, self.pairs, self.words, self.words_cs

    def lookup(self, text: str, types: tuple[str, ...] = ()) -> list[Entry]:
        """Entries whose name is ``text`` (normalised), best type first."""
        found = self.cs.get(norm_tokens(text, True), []) + self.ci.get(norm_tokens(text), [])
        found = [Entry._make(e) for e in found if not types or e[1] in types]
        return sorted(found, key=type_rank)

    def find(self, text: str, types: tuple[str, ...] = ()) -> list[Mention]:
        """Non-overlapping longest matches in ``text`` (offsets into ``text``)."""
        raw, gaps = TOKEN.findall(text), TOKEN.split(text)        # gaps[k] comes before raw[k]
        cased = raw if text.isascii() else [t if t.isascii() else normalise(t) for t in raw]
        lower = [t.lower() for t in cased]
        # joined[k]: token k and k+1 are parts of one name (only spaces, hyphens or an apostrophe between them)
        joined = [not gap.strip(" -'’") for gap in gaps[1:-1]]
        out, i, n = [], 0, len(raw)
        reach, pairs, words, words_cs, bounds = self.reach, self.pairs, self.words, self.words_cs, None
        while i < n:
            first = lower[i]
            if first not in reach and first not in SPECIES and not (first[-1] == "s" and first[:-1] in reach):
                i += 1                   # no name starts with this word: the common case, kept cheap
                continue
            # no longer name starts with this word and the next (the common case): only the word itself can match
            if i + 1 == n or not joined[i]:
                one_word = True
            else:
                second = lower[i + 1]
                one_word = (first not in SPECIES and second not in SPECIES and (first, second) not in pairs
                            and not (second[-1] == "s" and (first, second[:-1]) in pairs))
            if one_word and first not in words and cased[i] not in words_cs \
                    and not (len(first) > 3 and first[-1] == "s" and first[:-1] in words):
                i += 1                   # and it is no name of one word either
                continue
            hit = self._longest(cased, lower, joined, i, types, 1 if one_word else self._limit(lower, joined, i))
            if hit is None:
                i += 1
                continue
            size, entry = hit
            if bounds is None:           # where each token starts and ends: gap, token, gap, token ...
                bounds = list(accumulate(chain.from_iterable(zip(map(len, gaps), map(len, raw)))))
            start, end = bounds[2 * i], bounds[2 * (i + size - 1) + 1]
            out.append(Mention(text[start:end], start, end, entry.type, entry.label, entry.ids, "lexicon", entry.attrs))
            i += size
        return out

    def _limit(self, lower, joined, i) -> int:
        """How many tokens from ``i`` a name of several words could span."""
        first = lower[i]
        reach = max(self.reach.get(first, 0), self.reach.get(first[:-1], 0) if first.endswith("s") else 0)
        limit = min(reach, len(lower) - i)
        if first in SPECIES:
            limit = max(limit, min(MAX_TOKENS, len(lower) - i))
        for k in range(i, i + limit - 1):
            if not joined[k]:
                return k - i + 1
        return limit

    def _longest(self, cased, lower, joined, i, types, limit):
        species_inside = limit > 1 and not SPECIES.isdisjoint(lower[i + 1:i + limit])
        cs, ci = self.cs, self.ci
        for n in range(limit, 0, -1):
            key = tuple(lower[i:i + n])
            candidates = ci.get(key, [])
            if cs:
                candidates = cs.get(tuple(cased[i:i + n]), []) + candidates
            if not candidates and key[-1].endswith("s") and len(key[-1]) > 3:
                candidates = ci.get(key[:-1] + (key[-1][:-1],), [])
            if not candidates and species_inside and any(t in SPECIES for t in key[1:]):
                reduced = tuple(t for t in key if t not in SPECIES)
                candidates = [e for e in self._plural(reduced) if e[1] == "cell"]
            if types:
                candidates = [e for e in candidates if e[1] in types]
            if candidates:
                return n, Entry._make(candidates[0] if len(candidates) == 1 else min(candidates, key=type_rank))
        return None

    def _plural(self, key):
        return self.ci.get(key, []) or (self.ci.get(key[:-1] + (key[-1][:-1],), []) if key and key[-1].endswith("s") else [])


def type_rank(e: tuple) -> int:
    """Which of several entries for one name wins: the type earlier in TYPE_ORDER."""
    return RANK.get(e[1], 99)


def read_entries(path: Path) -> tuple[list[Entry], list[str]]:
    """Entries and their precomputed keys from a built lexicon file."""
    entries, keys = [], []
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t")
        next(reader)
        for key, text, kind, label, ids, attrs in reader:
            keys.append(key)
            entries.append(Entry(text, kind, label, tuple(ids.split("|")) if ids else (), attrs))
    return entries, keys


@lru_cache(maxsize=4)
def lexicon_digest(path: Path) -> str:
    """The content hash of a lexicon file (names its start-up cache; part of every document's build digest)."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]


def cache_path(source: Path) -> Path:
    """Where the parsed rows of a lexicon file are cached (per file content and Python version)."""
    digest = lexicon_digest(source)
    root = Path(os.environ.get("KG_CACHE_DIR") or Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "kg")
    return root / f"lexicon-index{INDEX_LAYOUT}-{digest}-py{sys.version_info.major}{sys.version_info.minor}.marshal"


def load_index_cached(source: Path) -> Lexicon:
    """The lexicon built from ``source``, through a marshal cache of its index (start-up is mostly this)."""
    cache = cache_path(source)
    try:
        return Lexicon.from_index(marshal.loads(cache.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError):
        pass
    lexicon = Lexicon(*read_entries(source))
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(lexicon.index()))
        os.replace(tmp, cache)
        for stale in cache.parent.glob("lexicon-*.marshal"):     # caches of earlier lexicons or layouts
            if stale != cache:
                stale.unlink(missing_ok=True)
    except OSError:
        pass                     # a read-only home is fine: no cache, same result
    return lexicon


@lru_cache(maxsize=1)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The shipped lexicon, loaded once per process.

    The cyclic garbage collector is paused while the ~340k entries are built:
    they hold no cycles, and its repeated passes over the growing heap would
    take about as long as the loading itself. Afterwards they are frozen out of
    its reach (``gc.freeze``), so no later collection walks them again.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return load_index_cached(Path(path) if path else DATA / "lexicon.tsv.gz")
    finally:
        gc.freeze()              # the index lives as long as the process: later collections need not scan it
        if was_enabled:
            gc.enable()
