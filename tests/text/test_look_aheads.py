"""Patterns that open with a look-ahead for the characters a match can start with match exactly as without it.

The look-ahead only lets re skip, at one character test, the positions where no alternative can start. Each
pattern is checked against its plain form (the look-ahead removed) on random texts made of its own words, their
other cases, characters that ``re.I`` folds oddly ("ſ", "K", "İ") and punctuation. So is every pattern that
prefilter.compile gives the set of characters its matches start with (re's "charset" information).
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import re

import pytest

LOOK_AHEAD = re.compile(r"^\(\?=\[[^\]]*\]\)")
PACKAGES = ("kg.text", "kg.text.cues", "kg.extractors")


def reshaped_patterns() -> list[tuple[str, str]]:
    """(module, name) of every module-level pattern of the text and extractor packages that opens with the look-ahead
    of its first characters, each pattern once (under the module that defines it first), so that a new one is
    checked without being listed here."""
    found, seen = [], set()
    for package in PACKAGES:
        for info in sorted(pkgutil.iter_modules(importlib.import_module(package).__path__), key=lambda i: i.name):
            module = importlib.import_module(f"{package}.{info.name}")
            for name, value in vars(module).items():
                pattern = getattr(value, "regex", value)
                if isinstance(pattern, re.Pattern) and LOOK_AHEAD.match(pattern.pattern) and id(pattern) not in seen:
                    seen.add(id(pattern))
                    found.append((module.__name__, name))
    return found


RESHAPED = reshaped_patterns() + [
    ("kg.extractors.dosing", f"ROUTE[{route}]") for route in ("intravenous", "intrathecal", "oral", "subcutaneous",
                                                             "intramuscular", "intracerebral", "intraspinal", "inhaled",
                                                             "topical")]
ODD = ["ſ", "K", "İ", "ı", ",", ", ", ".", "-", "’", "'", "(", ")", ":", "5", "12", "3.5", "%", "2019", "X", "the", "Acme"]


def plain_form(pattern: re.Pattern) -> re.Pattern:
    plain = LOOK_AHEAD.sub("", pattern.pattern, count=1)
    assert plain != pattern.pattern, "no look-ahead at the start"
    return re.compile(plain, pattern.flags)


def random_texts(pattern: str, n: int, seed: int):
    """Texts of the pattern's words (some cut short, some in other cases) and odd characters."""
    words = sorted(set(re.findall(r"[A-Za-z]{2,}", pattern)))
    words += [w[:-1] for w in words] + [w.upper() for w in words] + [w.capitalize() for w in words] + ODD
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(words) + rng.choice(["", " ", " ", " ", " ", "  ", "\n"]) for _ in range(rng.randint(1, 12)))


@pytest.mark.parametrize("module, name", RESHAPED)
def test_a_look_ahead_changes_no_match(module, name):
    table, _, key = name.partition("[")
    pattern = getattr(importlib.import_module(module), table)
    pattern = pattern[key[:-1]] if key else pattern
    pattern = getattr(pattern, "regex", pattern)
    plain = plain_form(pattern)
    for text in random_texts(plain.pattern, 2000, seed=len(name)):
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], text


def test_ae_phrase_with_its_related_look_ahead_matches_as_its_one_alternation_without():
    from kg.text.cues import AE_PHRASE, AE_SHORT_PHRASE, AE_TERM_PHRASE
    look = "(?=[A-Za-z]{3,20}-related)"
    one = f"(?:{AE_TERM_PHRASE.pattern}|{AE_SHORT_PHRASE.pattern})"
    plain = re.compile(one.replace(look, "", 1), AE_TERM_PHRASE.flags)
    assert plain.pattern != one and AE_TERM_PHRASE.flags == AE_SHORT_PHRASE.flags

    def found(m):           # (the parts name different groups; the one alternation names them all)
        return m.span(), {name: value for name, value in m.groupdict().items() if value is not None}
    words = ["treatment-related", "drug-related", "Infusion-related", "amyloid-related", "imaging", "abnormality",
             "abnormalities", "reactions", "toxicity", "ARIA", "with", "edema", "(ARIA-E)", "(AIA-S)", "(ABC)", "-related",
             "ab-related", "treatment", "related", "xtreatment-related", "neurological", "events", "hepatic",
             "adverse", "cytokine", "release", "syndrome", "injection", "site", "ſ", "K", "(", ")"]
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", " ", " ", "-"]) for _ in range(rng.randint(1, 10)))
        assert list(map(found, AE_PHRASE.finditer(text))) == list(map(found, plain.finditer(text))), text


def skipping_patterns() -> list:
    """Every prefiltered pattern of the extractors that prefilter.compile gave the characters its matches start with."""
    from kg.extractors.base import load_extractors
    from kg.text import prefilter

    load_extractors()
    return sorted(((p.pattern, p.flags) for p in prefilter.compiled() if p.regex != re.compile(p.pattern, p.flags)),
                  key=repr)


def test_first_characters_are_given_to_patterns_re_finds_none_for():
    from kg.text import prefilter

    skipping = skipping_patterns()
    assert len(skipping) > 200
    assert (r"\bzebra\s+crossing\b", re.I) not in skipping
    pattern = prefilter.compile(r"\bzebra\s+crossing\b", re.I)
    assert pattern.regex != re.compile(pattern.pattern, re.I) and pattern.pattern == r"\bzebra\s+crossing\b"
    # none where re skips ahead by itself (a literal prefix), a match may be empty, or the first characters are many
    for plain in (r"zebra", r"\b(?:zebra)?", r"\b\w+"):
        assert prefilter.compile(plain).regex == re.compile(plain)


@pytest.mark.parametrize("flags", [0, re.I, re.I | re.A])
def test_first_characters_take_every_case_re_matches(flags):
    from kg.text import prefilter

    pattern = prefilter.compile(r"\b(?:kiss|sign|io)\b", flags).regex
    plain = re.compile(r"\b(?:kiss|sign|io)\b", flags)
    for text in ("KISS", "Kiss", "\u212aiss", "\u017fign", "\u0130o", "\u0131o", "ki\u017f\u017f", "IO"):
        assert pattern.findall(" " + text) == plain.findall(" " + text), text


def test_given_first_characters_change_no_match():
    from kg.text import prefilter

    for k, (text, flags) in enumerate(skipping_patterns()):
        pattern, plain = prefilter.compile(text, flags).regex, re.compile(text, flags)
        for sample in random_texts(text, 300, seed=k):
            assert [(m.span(), m.groups()) for m in pattern.finditer(sample)] == \
                [(m.span(), m.groups()) for m in plain.finditer(sample)], (text, sample)


@pytest.mark.parametrize("flags", [0, re.I, re.I | re.A])
def test_alternations_grouped_by_first_character_match_as_written(flags):
    """prefilter.compile groups alternatives by their first literal (re.I tries each alternative at each position):
    random alternations of words that start alike, in other cases, or with characters re.I folds oddly."""
    from kg.text import prefilter

    rng = random.Random(int(flags))
    pieces = ["sa", "sb", "Sc", "\u017fd", "ka", "\u212ab", "Kc", "i", "\u0130x", "\u0131y", "ab", "a", "abc", "b", "(?P<n>ab)",
              "a(?:b|c)", "s\\w", "k?", "ta|te"]
    texts = ["sa sb SC \u017fD ka \u212aB kc i \u0130x \u0131Y ab a abc b ste k tá", "xSAb Kab \u0130\u0131 SaSbSc"]
    for _ in range(300):
        words = rng.sample(pieces, rng.randint(2, 7))
        text = rf"\b(?:{'|'.join(words)})(?:x|y|\b)"
        pattern, plain = prefilter.compile(text, flags).regex, re.compile(text, flags)
        for sample in texts:
            assert [(m.span(), m.groups()) for m in pattern.finditer(sample)] == \
                [(m.span(), m.groups()) for m in plain.finditer(sample)], (text, flags)


def test_the_reshaped_patterns_are_found_in_every_module_without_a_list():
    found = reshaped_patterns()
    assert len(found) > 200
    assert {"TRIAL_WORD", "EXCEPT_AT", "COUNTS_AFTER_CUE"} <= {name for _, name in found}
