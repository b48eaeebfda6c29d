"""Lexicon.find and lookup give the answers of the plain dict-based matcher they replaced, on random vocabularies.

The lexicon keeps its names in sorted tables and asks small sets and bit masks
before searching them; those are shortcuts, so every answer must stay that of
:class:`DictMatcher`, the earlier matcher (dicts of token tuples, every
candidate length asked), kept here as the reference.
"""

import random
import re
from itertools import accumulate, chain

import pytest

from kg.lexicon.lexicon import SKIP_NAME, SPAN, SPECIES, Entry, Lexicon, normalise, norm_tokens, refusal, type_rank
from kg.model import Mention

WORDS = ["cd4", "t", "cell", "cells", "human", "mouse", "murine", "il", "6", "alpha", "tnf", "TNF", "Tnf",
         "receptor", "receptors", "type", "2", "ab", "abs", "abcd", "abcds", "IL", "CD4", "α", "β1", "beta1", "TYPE", "all",
         "zetapathy", "zetapathies", "allergy", "allergies"]
SEPARATORS = [" ", " ", " ", "-", ", ", ",", ". ", " (", "'", "’"]
TYPES = ["drug", "cell", "gene", "disease"]
GREEK_TOKEN = re.compile(r"[α-ωΑ-Ω][A-Za-z0-9]*|[A-Za-z0-9]+")


class DictMatcher:
    """The matcher before the lexicon's tables: dicts from token tuples to entries, tried at every length."""

    def __init__(self, lex: Lexicon):
        self.ci = {tuple(k.split(" ")): v for k, v in zip(lex.ci.keys(), lex.ci.values())}
        self.cs = {tuple(k.split(" ")): v for k, v in zip(lex.cs.keys(), lex.cs.values())}
        self.reach = {word: info & SPAN for word, info in lex.starts.items()}
        self.words, self.words_cs = {k for k in lex.ci.keys() if " " not in k}, lex.words_cs
        self.pairs = set(lex.pairs)

    def lookup(self, text, types=()):
        found = self.cs.get(norm_tokens(text, True), []) + self.ci.get(norm_tokens(text), [])
        return sorted([Entry._make(e) for e in found if not types or e[1] in types], key=type_rank)

    def find(self, text, types=()):
        # (a Greek letter and the word or number right after it are one token, as in the lexicon's keys)
        raw, gaps = GREEK_TOKEN.findall(text), GREEK_TOKEN.split(text)
        cased = raw if text.isascii() else [t if t.isascii() else normalise(t).strip() for t in raw]
        lower = [t.lower() for t in cased]
        joined = [not gap.strip(" -'’") or gap == "," for gap in gaps[1:-1]]
        out, i, n = [], 0, len(raw)
        while i < n:
            first = lower[i]
            if first not in self.reach and first not in SPECIES and not (first[-1] == "s" and first[:-1] in self.reach) \
                    and not (first.endswith("ies") and first[:-3] + "y" in self.reach):
                i += 1
                continue
            if i + 1 == n or not joined[i]:
                one_word = True
            else:
                second = lower[i + 1]
                one_word = (first not in SPECIES and second not in SPECIES and (first, second) not in self.pairs
                            and not (second[-1] == "s" and (first, second[:-1]) in self.pairs)
                            and not (second.endswith("ies") and (first, second[:-3] + "y") in self.pairs))
            if one_word and first not in self.words and cased[i] not in self.words_cs \
                    and not (len(first) > 3 and first[-1] == "s" and first[:-1] in self.words) \
                    and not (len(first) > 5 and first.endswith("ies") and first[:-3] + "y" in self.words):
                i += 1
                continue
            hit = self._longest(cased, lower, i, types, 1 if one_word else self._limit(lower, joined, i))
            if hit is None:
                i += 1
                continue
            size, entry = hit
            refused = refusal(cased, lower, raw, gaps, i, size, entry)
            if refused:                  # (a name found but refused there: the same rules as the lexicon's)
                i += size if refused == SKIP_NAME else 1
                continue
            bounds = list(accumulate(chain.from_iterable(zip(map(len, gaps), map(len, raw)))))
            start, end = bounds[2 * i], bounds[2 * (i + size - 1) + 1]
            out.append(Mention(text[start:end], start, end, entry.type, entry.label, entry.ids, "lexicon", entry.attrs))
            i += size
        return out

    def _limit(self, lower, joined, i):
        first = lower[i]
        reach = max(self.reach.get(first, 0), self.reach.get(first[:-1], 0) if first.endswith("s") else 0,
                    self.reach.get(first[:-3] + "y", 0) if first.endswith("ies") else 0)
        limit = min(reach, len(lower) - i)
        if first in SPECIES:
            limit = max(limit, min(10, len(lower) - i))
        for k in range(i, i + limit - 1):
            if not joined[k]:
                return k - i + 1
        return limit

    def _longest(self, cased, lower, i, types, limit):
        species_inside = limit > 1 and not SPECIES.isdisjoint(lower[i + 1:i + limit])
        for n in range(limit, 0, -1):
            key = tuple(lower[i:i + n])
            candidates = self.cs.get(tuple(cased[i:i + n]), []) + self.ci.get(key, [])
            if not candidates and key[-1].endswith("s") and len(key[-1]) > 3:
                candidates = self.ci.get(key[:-1] + (key[-1][:-1],), [])
            if not candidates and key[-1].endswith("ies") and len(key[-1]) > 5:
                candidates = self.ci.get(key[:-1] + (key[-1][:-3] + "y",), [])
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


def vocabulary(rng: random.Random) -> list[Entry]:
    entries = []
    for k in range(rng.randint(1, 40)):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.choice([1, 1, 2, 2, 3, 4, 6, 11])))
        attrs = rng.choice(["", "", "label", "case"])
        entries.append(Entry(text, rng.choice(TYPES), f"concept {k}", (f"X:{k}",), attrs))
    return entries


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(0, 14))]
    words = [w.upper() if rng.random() < 0.1 else w.capitalize() if rng.random() < 0.1 else w for w in words]
    return "".join(w + rng.choice(SEPARATORS) for w in words).strip()


@pytest.mark.parametrize("seed", range(40))
def test_find_and_lookup_answer_as_the_dict_matcher(seed):
    rng = random.Random(seed)
    lex = Lexicon(vocabulary(rng))
    reference = DictMatcher(lex)
    for _ in range(60):
        text = sentence(rng)
        types = rng.choice([(), (), ("cell",), ("gene", "drug")])
        assert lex.find(text, types) == reference.find(text, types), text
        assert lex.lookup(text, types) == reference.lookup(text, types), text


def test_a_name_that_must_match_case_is_found_at_every_length():
    lex = Lexicon([Entry("TNF Receptor Type 2", "gene", "TNFR2", ("X:1",), "case"),
                   Entry("tnf receptor", "gene", "TNFR", ("X:2",), "")])
    assert [(m.text, m.label) for m in lex.find("the TNF Receptor Type 2 gene")] == [("TNF Receptor Type 2", "TNFR2")]
    assert [(m.text, m.label) for m in lex.find("the tnf receptor type 2 gene")] == [("tnf receptor", "TNFR")]


def test_a_species_word_inside_a_cell_name_is_left_out():
    lex = Lexicon([Entry("CD4 T cell", "cell", "CD4 T cell", ("CL:0000624",), "")])
    assert [m.text for m in lex.find("isolated CD4 human T cells")] == ["CD4 human T cells"]


def test_a_plural_second_word_finds_a_name_of_two_words():
    lex = Lexicon([Entry("stem cell", "cell", "stem cell", ("CL:0000034",), "")])
    assert [m.text for m in lex.find("neural stem cells grew")] == ["stem cells"]


def test_a_plural_in_ies_finds_the_name_in_y():
    lex = Lexicon([Entry("zeta allergy", "disease", "zeta allergy", ("X:1",), ""),
                   Entry("betapathy", "disease", "betapathy", ("X:2",), "")])
    assert [(m.text, m.label) for m in lex.find("children with zeta allergies and betapathies")] == \
        [("zeta allergies", "zeta allergy"), ("betapathies", "betapathy")]


@pytest.mark.parametrize("seed", range(10))
def test_an_offset_gives_the_mentions_shifted(seed):
    # find_mentions asks for a sentence's mentions at their place in the document, rather than shifting them after
    rng = random.Random(seed)
    lex = Lexicon(vocabulary(rng))
    for _ in range(40):
        text, offset = sentence(rng), rng.randint(0, 500)
        shifted = [m.__class__(m.text, m.start + offset, m.end + offset, m.kind, m.label, m.ids, m.source, m.attrs)
                   for m in lex.find(text)]
        assert lex.find(text, offset=offset) == shifted, text


def test_plural_and_species_words_may_start_a_name():
    lex = Lexicon([Entry("stem cell", "cell", "stem cell", (), ""), Entry("receptor", "gene", "receptor", (), "")])
    assert lex._may_start(["stems", "receptors", "human", "of", "stem"]) == {"stems", "receptors", "human", "stem"}


@pytest.mark.parametrize("seed", range(20))
def test_find_each_answers_as_find_per_text(seed):
    # find_mentions reads a document's sentences in one pass: each text's mentions must be those find gives it alone
    rng = random.Random(seed)
    lex = Lexicon(vocabulary(rng))
    for _ in range(10):
        texts = [sentence(rng) for _ in range(rng.randint(0, 8))]
        offsets = sorted(rng.sample(range(1000), len(texts)))
        assert lex.find_each(texts, offsets=offsets) == [lex.find(t, offset=o) for t, o in zip(texts, offsets)], texts
        types = rng.choice([("cell",), ("gene", "drug")])
        assert lex.find_each(texts, types) == [lex.find(t, types) for t in texts], texts


@pytest.mark.parametrize("text, found", [
    ("patients given zetaferon β-1a weekly", "zetaferon β-1a"),       # a Greek letter between words
    ("serum ZGF-β1 fell", "ZGF-β1"),                                 # a letter and the number after it: one key word
    ("ZFNβ-1a or placebo", "ZFNβ-1a"),                               # a letter right after a word
])
def test_a_name_written_with_a_greek_letter_is_found_as_with_the_letter_named(text, found):
    lex = Lexicon([Entry("zetaferon beta-1a", "drug", "zetaferon beta-1a", (), ""),
                   Entry("ZGF-beta1", "gene", "zeta growth factor beta 1", (), ""),
                   Entry("ZFN beta-1a", "drug", "zetaferon beta-1a", (), "")])
    assert [m.text for m in lex.find(text)] == [found]


def test_a_chemical_name_with_locants_is_found_whole():
    lex = Lexicon([Entry("3,4-zetapyridine", "drug", "Zetampridine", (), ""), Entry("zetapyridine", "chemical", "zp", (), "")])
    assert [(m.text, m.label) for m in lex.find("given 3,4-zetapyridine daily; 3, 4 and zetapyridine")] == [
        ("3,4-zetapyridine", "Zetampridine"), ("zetapyridine", "zp")]


def test_a_disease_written_with_an_accented_letter_is_the_vocabularys_plain_name():
    from kg.lexicon import load_lexicon

    found = load_lexicon().find("Adults with Sjögren’s syndrome or Ménière's disease took part.")
    assert [(m.text, m.kind) for m in found] == [("Sjögren’s syndrome", "disease"), ("Ménière's disease", "disease")]


def test_a_word_with_an_accented_letter_read_plain_names_only_a_disease():
    # (a person's name so read may be a drug's: the plain reading is kept for diseases, most named after people)
    from kg.lexicon import load_lexicon

    assert not [m for m in load_lexicon().find("Dr. Ibuprofén Zetberg said the trial went well.") if m.kind == "drug"]
