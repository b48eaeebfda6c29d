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
import re
import sys
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from itertools import compress
from pathlib import Path
from typing import NamedTuple

from kg.lexicon import cache
from kg.lexicon.table import Table
from kg.model import Mention
from kg.text.joined import SEPARATOR, line_starts   # (find_each reads texts as one, joined by a gap no name spans)

DATA = Path(__file__).resolve().parent.parent / "data"
TOKEN = re.compile(r"[A-Za-z0-9]+|[α-ωΑ-Ω]")
TOKENS_AND_GAPS = re.compile(f"({TOKEN.pattern})")      # its split: TOKEN.split's gaps, with TOKEN.findall's tokens between
GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "κ": "kappa", "ε": "epsilon"}
MAX_TOKENS = 10
SPECIES = {"human", "humans", "murine", "mouse", "rat", "autologous", "allogeneic"}
TYPE_ORDER = ["drug", "regulator", "measure", "cell", "disease", "chemical", "gene", "phenotype", "anatomy", "country"]
CASED = MAX_TOKENS + 2  # see Lexicon.pairs
SPAN, WORD, CASED_WORD = 15, 16, 32                 # see Lexicon.starts
INDEX_LAYOUT = 6        # bump when Lexicon.index() changes shape: names the start-up cache
RANK = {kind: n for n, kind in enumerate(TYPE_ORDER)}
CORPUS_SHORT = 4         # letters of a corpus's lower-case name that is a short form, not a word, only in capitals
# Words that are names in some vocabulary but plain English in news text.
STOP = frozenset("""
all aim aims also and any are both can cell cells could day days drug drugs for gap has have its may
men more most not one our out per rate set than that the these this total two use was were who will with women
study studies trial trials disease diseases patient patients treatment therapy control placebo dose doses
result results data group groups level levels week weeks month months year years time change score scores
function safety sign signs response fit lead impact focus lower early late stage onset care mild moderate
severe acute chronic progression support target targets
""".split()) | {  # (and a phenotype vocabulary's modifiers, which name what changes a sign, not a sign)
    "triggered by", "aggravated by", "exacerbated by", "ameliorated by", "improved by"}


class Entry(NamedTuple):
    """One name in the lexicon (a NamedTuple: hundreds of thousands load at start-up)."""

    text: str
    type: str
    label: str
    ids: tuple[str, ...]
    attrs: str


def plain_letter(c: str) -> str:
    """A Latin letter with an accent as its plain letter ("ö" -> "o"); any other character as it is (always one)."""
    base = unicodedata.normalize("NFKD", c)
    return base[0] if len(base) > 1 and base[0].isascii() and base[0].isalpha() and all(
        unicodedata.combining(x) for x in base[1:]) else c


# the accented Latin letters, each as its plain letter: a text so read keeps its length and offsets
PLAIN_LETTERS = {ord(c): plain_letter(c) for c in map(chr, range(0xC0, 0x250)) if plain_letter(c) != c}
ACCENTED = re.compile("[" + "".join(map(chr, PLAIN_LETTERS)) + "]")
PLAIN_LETTER_KINDS = ("disease", "phenotype")


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
    """An index from token keys to entries.

    Entries are plain tuples (Entry's fields) in two :class:`~kg.lexicon.table.Table`
    (names matched in any case, and names that must match case), keyed by their
    tokens joined by spaces. ``find`` asks of nearly every word whether a name
    can start there: one look-up in ``starts`` answers most of that, so the
    tables are searched only where a name is likely.
    """

    def __init__(self, entries=(), keys=None):
        ci: dict[str, list[tuple]] = {}
        cs: dict[str, list[tuple]] = {}
        # the first word (lower case) of every name -> how many tokens a name starting with it can span (a species
        # word may sit inside; SPAN bits) | WORD if it is a name itself | CASED_WORD if it is the lower case of a
        # name of one word that must match case
        self.starts: dict[str, int] = {}
        # the first two words (lower case) of longer names -> bit n set for each such name of n words (bit n + CASED
        # for one that must match case)
        self.pairs: dict[tuple, int] = {}
        self.words_cs: set[str] = set()               # names of one word that must match case
        for n, e in enumerate(entries):
            e = Entry(*e)
            case = "case" in e.attrs
            key = tuple(keys[n].split(" ")) if keys else norm_tokens(e.text, keep_case=case)
            if not key or (not case and " ".join(key) in STOP):
                continue
            (cs if case else ci).setdefault(" ".join(key), []).append(tuple(e))
            first = key[0].lower()
            if len(key) == 1 and case:
                self.words_cs.add(key[0])
            if len(key) > 1:
                pair = (first, key[1].lower())
                self.pairs[pair] = self.pairs.get(pair, 0) | 1 << min(len(key), MAX_TOKENS + 1) + (CASED if case else 0)
            known = self.starts.get(first, 0)
            flag = 0 if len(key) > 1 else CASED_WORD if case else WORD
            self.starts[first] = max(known & SPAN, min(MAX_TOKENS, len(key) + 1)) | known & ~SPAN | flag
        self.ci, self.cs = Table.build(ci), Table.build(cs)

    @classmethod
    def from_index(cls, index: tuple) -> "Lexicon":
        """A lexicon from what :meth:`index` returned (as the start-up cache stores it); ValueError if malformed."""
        if not isinstance(index, tuple) or len(index) != 5:
            raise ValueError("not a lexicon index")
        ci, cs, starts, pairs, words_cs = index
        if not (isinstance(starts, dict) and isinstance(pairs, dict) and isinstance(words_cs, set)):
            raise ValueError("not a lexicon index")
        lex = cls.__new__(cls)
        lex.ci, lex.cs = Table.from_payload(ci), Table.from_payload(cs)
        lex.starts, lex.pairs, lex.words_cs = starts, pairs, words_cs
        return lex

    def index(self) -> tuple:
        """Everything the lexicon holds, as plain objects that marshal stores and loads whole."""
        return self.ci.payload(), self.cs.payload(), self.starts, self.pairs, self.words_cs

    def lookup(self, text: str, types: tuple[str, ...] = ()) -> list[Entry]:
        """Entries whose name is ``text`` (normalised), best type first."""
        found = self.cs.get(" ".join(norm_tokens(text, True))) + self.ci.get(" ".join(norm_tokens(text)))
        found = [Entry._make(e) for e in found if not types or e[1] in types]
        return sorted(found, key=type_rank)

    def find(self, text: str, types: tuple[str, ...] = (), offset: int = 0) -> list[Mention]:
        """Non-overlapping longest matches in ``text`` (offsets into ``text``, plus ``offset``).

        >>> [(m.text, m.start) for m in Lexicon([Entry("ALS", "disease", "ALS", (), "")]).find("in ALS", offset=10)]
        [('ALS', 13)]
        """
        return self.find_each([text], types, [offset])[0]

    def find_each(self, texts: list[str], types: tuple[str, ...] = (), offsets: list[int] | None = None) -> list[list[Mention]]:
        """:meth:`find` of each text (a document's sentences: offsets into each, plus its ``offsets``), in one pass.

        The texts are read as one, joined by a line break (no name spans one), so that the work per text (a split,
        a lower-casing, set operations over its distinct words) is done once per document rather than per sentence.

        >>> lex = Lexicon([Entry("ALS", "disease", "ALS", (), "")])
        >>> [[(m.text, m.start) for m in ms] for ms in lex.find_each(["in ALS", "", "ALS."], offsets=[10, 20, 30])]
        [[('ALS', 13)], [], [('ALS', 30)]]
        """
        offsets = [0] * len(texts) if offsets is None else offsets
        text = SEPARATOR.join(texts)
        bases = line_starts(texts)                # where each text starts in ``text``
        parts = TOKENS_AND_GAPS.split(text)       # one scan for both: gap, token, gap, token ..., gap
        # the only tokens not in ASCII are Greek letters, named in words (normalise); the tokens are lower-cased one by
        # one in C (a findall over the lower-cased text took three times as long)
        greek = not text.isascii() and not "".join(parts[1::2]).isascii()
        if greek:
            parts = fuse_greek(parts)
        raw, gaps = parts[1::2], parts[0::2]        # gaps[k] comes before raw[k]
        cased = [t if t.isascii() else normalise(t).strip() for t in raw] if greek else raw
        lower = list(map(str.lower, cased))
        out: list[list[Mention]] = [[] for _ in texts]
        reach, n = 0, len(raw)
        starts, pairs, words_cs = self.starts, self.pairs, self.words_cs
        done = upto = 0                 # parts[:done] (gap, token, gap ...) span text[:upto]
        # the tokens a name may start at (most start none): picked out by set operations rather than word by word
        may = self._may_start(lower)
        ones = self._one_word_names(may)
        species = not SPECIES.isdisjoint(may)
        for i in compress(range(n), map(may.__contains__, lower)):
            if i < reach:
                continue                 # inside the name found before
            first = lower[i]
            # no longer name starts with this word and the next (the common case): only the word itself can match
            if i + 1 == n or gaps[i + 1].strip(" -'’") and gaps[i + 1] != "," and not initial(raw, gaps, i):
                #                                                            (not joined(gaps, i, raw), inlined)
                one_word = True
            else:
                second = lower[i + 1]
                one_word = ((first, second) not in pairs and not (second[-1] == "s" and (first, second[:-1]) in pairs)
                            and not (second.endswith("ies") and (first, second[:-3] + "y") in pairs)
                            and not (species and (first in SPECIES or second in SPECIES)))
            if one_word:
                if first not in ones:
                    continue             # and it is no name of one word either (most tokens: "the", "and", "in")
                info = starts.get(first, 0)
                if not info & WORD and not (info & CASED_WORD and cased[i] in words_cs) \
                        and not (len(first) > 3 and first[-1] == "s" and starts.get(first[:-1], 0) & WORD) \
                        and not (len(first) > 5 and first.endswith("ies") and starts.get(first[:-3] + "y", 0) & WORD):
                    continue
            hit = self._longest(cased, lower, i, types, 1 if one_word else self._limit(lower, gaps, i, raw))
            if hit is None:
                continue
            size, entry = hit
            refused = refusal(cased, lower, raw, gaps, i, size, entry)
            if refused:
                if refused == SKIP_NAME:
                    reach = i + size
                continue
            # where the name starts and ends, summed on from the last name's end (names are found in text order:
            # the lengths of the few hundred parts are read once, not made into a list of every token's offset)
            start = upto + sum(map(len, parts[done:2 * i + 1]))
            done = 2 * (i + size)
            end = upto = start + sum(map(len, parts[2 * i + 1:done]))
            k = bisect_right(bases, start) - 1
            at = offsets[k] - bases[k]
            out[k].append(Mention(text[start:end], start + at, end + at, entry.type, entry.label, entry.ids,
                                  "lexicon", entry.attrs))
            reach = i + size
        if not text.isascii() and ACCENTED.search(text):
            out = self._with_plain_letters(texts, types, offsets, out)
        return out

    def _with_plain_letters(self, texts: list[str], types: tuple[str, ...], offsets: list[int],
                            found: list[list[Mention]]) -> list[list[Mention]]:
        """The names found, and the diseases found where each accented letter is read as its plain letter ("Sjögren's
        syndrome" as the vocabulary's "Sjogren's syndrome"), where they overlap none found, as the text writes them
        (diseases only, many named after people: a person's own name so read may be a drug's short form).

        >>> lex = Lexicon([Entry("Zetoren disease", "disease", "Zetoren disease", (), "")])
        >>> [[(m.text, m.start) for m in ms] for ms in lex.find_each(["in Zetören disease"], offsets=[5])]
        [[('Zetören disease', 8)]]
        """
        out = []
        plain_found = self.find_each([t.translate(PLAIN_LETTERS) for t in texts], types, offsets)
        for text, at, ms, plain in zip(texts, offsets, found, plain_found):
            more = [Mention(text[m.start - at:m.end - at], m.start, m.end, m.kind, m.label, m.ids, m.source, m.attrs)
                    for m in plain if m.kind in PLAIN_LETTER_KINDS
                    and not any(x.start < m.end and m.start < x.end for x in ms)]
            out.append(sorted(ms + more, key=lambda m: m.start) if more else ms)
        return out

    def _one_word_names(self, words: set[str]) -> set[str]:
        """The words that may be a name of one word (a name, the lower case of one that must match case, or the plural
        of a name), of a text's distinct words: asked once per word, not once per token."""
        starts = self.starts
        return {w for w in words if starts.get(w, 0) & (WORD | CASED_WORD)
                or (len(w) > 3 and w[-1] == "s" and starts.get(w[:-1], 0) & WORD)
                or (len(w) > 5 and w.endswith("ies") and starts.get(w[:-3] + "y", 0) & WORD)}

    def _may_start(self, lower: list[str]) -> set[str]:
        """The words of ``lower`` a name may start with: a name's first word, its plural, or a species word."""
        words, starts = set(lower), self.starts
        found = starts.keys() & words                   # (set operations in C, over the sentence's distinct words)
        found.update([w for w in words - found if w[-1] == "s" and (w[:-1] in starts or w.endswith("ies")
                                                                     and w[:-3] + "y" in starts)])
        return found if SPECIES.isdisjoint(words) else found | SPECIES & words

    def _limit(self, lower, gaps, i, raw) -> int:
        """How many tokens from ``i`` a name of several words could span."""
        first = lower[i]
        reach = max(self.starts.get(first, 0) & SPAN, self.starts.get(first[:-1], 0) & SPAN if first.endswith("s") else 0)
        limit = min(reach, len(lower) - i)
        if first in SPECIES:
            limit = max(limit, min(MAX_TOKENS, len(lower) - i))
        for k in range(i, i + limit - 1):
            if not joined(gaps, k, raw):
                return k - i + 1
        return limit

    def _longest(self, cased, lower, i, types, limit):
        """(tokens, entry) of the longest name at token ``i`` spanning at most ``limit`` tokens, or None."""
        if limit > 1:
            hit = self._longer(cased, lower, i, types, limit)
            if hit is not None:
                return hit
        # a name of one word: WORD in starts, and words_cs, say which the tables need be asked for
        word = lower[i]
        candidates = self.cs.get(cased[i]) if cased[i] in self.words_cs else []
        if self.starts.get(word, 0) & WORD:
            candidates += self.ci.get(word)
        if not candidates and len(word) > 3 and word[-1] == "s" and self.starts.get(word[:-1], 0) & WORD:
            candidates = self.ci.get(word[:-1])
        if not candidates and len(word) > 5 and word.endswith("ies") and self.starts.get(word[:-3] + "y", 0) & WORD:
            candidates = self.ci.get(word[:-3] + "y")             # ("neuropathies": the plural of a name in -y)
        return chosen(1, candidates, types)

    def _longer(self, cased, lower, i, types, limit):
        """As :meth:`_longest`, for names of two words or more."""
        first, second = lower[i], lower[i + 1]
        lengths = self.pairs.get((first, second), 0)
        if len(second) > 3 and second[-1] == "s":       # "first seconds" may be the plural of the name "first second"
            lengths |= self.pairs.get((first, second[:-1]), 0) & 1 << 2
            if len(second) > 5 and second.endswith("ies"):     # ("drug allergies": of "drug allergy")
                lengths |= self.pairs.get((first, second[:-3] + "y"), 0) & 1 << 2
        species_inside = not SPECIES.isdisjoint(lower[i + 1:i + limit])
        for n in range(limit, 1, -1):
            species = species_inside and not SPECIES.isdisjoint(lower[i + 1:i + n])
            any_case, cased_only = lengths >> n & 1, lengths >> n + CASED & 1
            if not (any_case or cased_only or species):
                continue                 # no name of n words starts with these two: the tables need not be asked
            candidates = self.cs.get(" ".join(cased[i:i + n])) if cased_only else []
            if any_case:
                key = " ".join(lower[i:i + n])
                candidates += self.ci.get(key)
                if not candidates and len(lower[i + n - 1]) > 3 and key[-1] == "s":
                    candidates = self.ci.get(key[:-1])
                if not candidates and len(lower[i + n - 1]) > 5 and key.endswith("ies"):
                    candidates = self.ci.get(key[:-3] + "y")
            if not candidates and species:
                reduced = [t for t in lower[i:i + n] if t not in SPECIES]
                candidates = [e for e in self._plural(reduced) if e[1] == "cell"]
            hit = chosen(n, candidates, types)
            if hit is not None:
                return hit
        return None

    def _plural(self, key: list[str]) -> list[tuple]:
        """Entries (any case) of ``key`` or, if its last word ends in "s", of its singular."""
        return self._named(" ".join(key)) or (self._named(" ".join(key)[:-1]) if key and key[-1].endswith("s") else [])

    def _named(self, key: str) -> list[tuple]:
        """Entries (any case) of ``key``; a word alone is looked up only if it is a name (a set says)."""
        if not key or (" " not in key and not self.starts.get(key, 0) & WORD):
            return []
        return self.ci.get(key)


def fuse_greek(parts: list[str]) -> list[str]:
    """``parts`` (gap, token, gap ... as TOKENS_AND_GAPS splits) with a Greek letter and the word or number right after
    it made one token, as the lexicon's keys are made (:func:`norm_tokens`: "TGF-β1" is "tgf beta1").

    >>> fuse_greek(TOKENS_AND_GAPS.split("TGF-β1 and IFNβ-1a"))
    ['', 'TGF', '-', 'β1', ' ', 'and', ' ', 'IFN', '', 'β', '-', '1a', '']
    """
    if len(parts) < 3:
        return parts
    out = parts[:2]
    for k in range(3, len(parts), 2):
        if not parts[k - 1] and len(out[-1]) == 1 and not out[-1].isascii():
            out[-1] += parts[k]               # (no gap between the letter and the token after it)
        else:
            out += [parts[k - 1], parts[k]]
    return out + parts[-1:]             # (a split's parts end on a gap)


ARTICLES = frozenset(("a", "an", "the"))
SHORT_FORM = 4          # the longest name in capitals that a word in lower case never matches
TRY_NEXT, SKIP_NAME = 1, 2
# the words that make an "anti-" name a product's, not a class's: "anti-ZR5 | antibody", "anti-ZR5 CAR T | cells"
KIND_TOKENS = frozenset("antibody antibodies cell cells therapy conjugate immunotoxin vaccine".split())


def refusal(cased: list[str], lower: list[str], raw: list[str], gaps: list[str], i: int, size: int, entry) -> int:
    """Why a name found at token ``i`` (``size`` tokens) names nothing here: 0 when it does; TRY_NEXT when a name may
    still start at the next token; SKIP_NAME when none of its tokens names anything ("non-<drug>"). ``gaps[k]`` is
    what stands before ``raw[k]``.

    >>> t = ["zpa", "AFX"]
    >>> refusal(t, [w.lower() for w in t], t, ["", "-", ""], 0, 1, Entry("ZPA", "drug", "Zeta acid", (), ""))
    1
    >>> t = ["ZQA", "1", "200"]
    >>> refusal(t, [w.lower() for w in t], t, ["", " ", ",", ""], 0, 2, Entry("ZQA 1", "gene", "ZQA 1", (), ""))
    1
    >>> t = ["ZQ", "32", "vs"]
    >>> refusal(t, [w.lower() for w in t], t, ["", " ", "%; ", ""], 0, 2, Entry("ZQ 32", "drug", "Zeta", (), ""))
    1
    >>> t = ["d", "3", "C"]
    >>> refusal(t, [w.lower() for w in t], t, ["", " ", " ", ""], 0, 2, Entry("D 3", "drug", "Zetamide", (), "code"))
    1
    >>> t = ["zeta", "like"]
    >>> refusal(t, t, t, ["", "-", ""], 0, 1, Entry("zeta", "disease", "zeta fever", (), ""))
    2
    >>> t = ["anti", "ZR5"]
    >>> refusal(t, [w.lower() for w in t], t, ["(", "-", ")"], 0, 2, Entry("anti-ZR5", "drug", "Zetamab", (), ""))
    2
    """
    if size == 1 and len(entry.text) <= SHORT_FORM and entry.text.isupper() and cased[i].islower():
        return TRY_NEXT         # "zpa-AFX" (a news agency): a short form in capitals is no word in lower case
    if size > 1 and "code" in entry.attrs and cased[i].islower() and entry.text.isupper() \
            and len(re.sub(r"[\s-]", "", entry.text)) <= SHORT_FORM:
        return TRY_NEXT         # "on d 3": a day, not the code "ZD 3" or "D3" (a short code is written in capitals)
    if size == 1 and "corpus" in entry.attrs and len(entry.text) <= CORPUS_SHORT and entry.text.islower() \
            and not raw[i].isupper():
        return TRY_NEXT         # a corpus's short form, kept in lower case ("zit"): only in capitals a name ("ZIT"),
        #                         in lower case a word ("the plan zit a bump", "four zits")
    if lower[i] == "anti" and size <= 3 and i + 1 < len(raw) and gaps[i + 1] == "-" and entry.type == "drug" \
            and "label" not in entry.attrs and not KIND_TOKENS.intersection(lower[i:i + size]):
        return SKIP_NAME        # "(anti-ZR5)": what a drug binds, which names no one drug ("anti-ZR5" is a class)
    if i and gaps[i] == "-" and lower[i - 1] == "non" and entry.type in ("drug", "chemical"):
        return SKIP_NAME        # "non-zeta phosphate binders": what the drug is not (nor any part of it)
    if "brand" in entry.attrs and i + size < len(raw) and gaps[i + size] == "-" and raw[i + size][:1].isalpha():
        return TRY_NEXT         # "Zeta-2-Agonists": a brand ("ZETA-2") is no part of a longer hyphened word
    if i + size < len(raw) and gaps[i + size] == "-" and lower[i + size] == "like":
        return SKIP_NAME        # "flu-like symptoms", "zeta-like": what resembles the name, not the name
    if i + size < len(raw) and raw[i + size - 1].isdigit() and gaps[i + size] in (",", ".") and raw[i + size][:1].isdigit():
        return TRY_NEXT         # "ZQA 1,200 mg": a name's number ("ZQA 1") is no part of a longer one
    if size > 1 and raw[i + size - 1].isdigit() and (gaps[i + size].lstrip().startswith("%")
                                                     or (i + size < len(raw) and lower[i + size] == "percent")):
        return TRY_NEXT         # "ZQ 32%": a share after a short form ("AD 32%": an absolute difference), not a code
    if size > 1 and (cased[i] in ARTICLES or (lower[i + size - 1] == "s" and "'" in gaps[i + size - 1].replace("’", "'"))):
        return TRY_NEXT         # "an ZQA": an article written as such opens no name ("AN-ZQA"); "the compound’s": a
        #                         possessive ends no name ("Compound Z"; "Crohn’s disease" goes on)
    return 0


def joined(gaps: list[str], k: int, raw: list[str] | None = None) -> bool:
    """Are tokens k and k + 1 parts of one name (only spaces, hyphens or an apostrophe between them, or a comma alone,
    as between a chemical name's locants: "3,4-diaminopyridine"; or a genus's initial's full stop, ``raw`` given: "H.
    zetae infection")?"""
    return not gaps[k + 1].strip(" -'’") or gaps[k + 1] == "," or (raw is not None and initial(raw, gaps, k))


def initial(raw: list[str], gaps: list[str], k: int) -> bool:
    """Is token k a genus's initial, its full stop and a space after it and a word in lower case next ("H. | zetae")?

    >>> initial(["H", "zetae"], ["", ". ", ""], 0), initial(["D", "The"], ["", ". ", ""], 0)
    (True, False)
    """
    return gaps[k + 1] in (". ", ".") and len(raw[k]) == 1 and raw[k].isupper() and k + 1 < len(raw) \
        and raw[k + 1][:1].islower()


def chosen(size: int, candidates: list[tuple], types: tuple[str, ...]) -> tuple[int, Entry] | None:
    """(size, the entry of ``candidates`` of a type in ``types`` (any if none) that wins), or None."""
    if types:
        candidates = [e for e in candidates if e[1] in types]
    if not candidates:
        return None
    return size, Entry._make(candidates[0] if len(candidates) == 1 else min(candidates, key=type_rank))


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


def cache_path(source: Path) -> Path | None:
    """Where the index of a lexicon file is cached (per file content, index layout and Python version)."""
    root = cache.cache_dir()
    if root is None:
        return None
    version = f"py{sys.version_info.major}{sys.version_info.minor}"
    return root / f"lexicon-index{INDEX_LAYOUT}-{lexicon_digest(source)}-{version}.marshal"


def load_index_cached(source: Path) -> Lexicon:
    """The lexicon built from ``source``, through a marshal cache of its index (start-up is mostly this)."""
    path = cache_path(source)
    index = cache.read(path) if path else None
    if index is not None:
        try:
            return Lexicon.from_index(index)
        except ValueError:
            pass                 # a cache of another shape: rebuilt below
    lexicon = Lexicon(*read_entries(source))
    if path:
        cache.write(path, lexicon.index(), stale="lexicon-*")   # earlier lexicons' or layouts' caches go
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
