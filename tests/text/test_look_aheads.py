"""Patterns that open with a look-ahead for the characters a match can start with match exactly as without it.

The look-ahead only lets re skip, at one character test, the positions where no alternative can start. Each
pattern is checked against its plain form (the look-ahead removed) on random texts made of its own words, their
other cases, characters that ``re.I`` folds oddly ("ſ", "K", "İ") and punctuation.
"""

from __future__ import annotations

import importlib
import random
import re

import pytest

LOOK_AHEAD = re.compile(r"^\(\?=\[[^\]]*\]\)")
RESHAPED = [
    ("kg.text.cues", "STANDARD_COMPARATOR"), ("kg.text.cues", "ORG_WHICH_DEVELOPS"), ("kg.text.cues", "TRIAL_WORD"),
    ("kg.text.cues", "HEDGE"), ("kg.text.results", "SIGNIFICANT"), ("kg.text.results", "NOT_SIGNIFICANT"),
    ("kg.text.cues", "AE_CUE"), ("kg.text.cues", "SAFETY_HEADING"), ("kg.text.cues", "PUBLICATION_CUE"),
    ("kg.text.cues", "ENDPOINT_WORD"), ("kg.text.results", "EVERY"),
]
ODD = ["ſ", "K", "İ", "ı", ",", ", ", ".", "-", "’", "'", "(", ")", ":", "5", "X", "the", "Acme"]


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
    pattern = getattr(importlib.import_module(module), name)
    pattern = getattr(pattern, "regex", pattern)
    plain = plain_form(pattern)
    for text in random_texts(plain.pattern, 5000, seed=len(name)):
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], text


def test_ae_phrase_with_its_related_look_ahead_matches_as_without():
    from kg.text.cues import AE_PHRASE
    look = "(?=[A-Za-z]{3,20}-related)"
    plain = re.compile(AE_PHRASE.pattern.replace(look, "", 1), AE_PHRASE.flags)
    assert plain.pattern != AE_PHRASE.pattern
    words = ["treatment-related", "drug-related", "Infusion-related", "amyloid-related", "imaging", "abnormality",
             "abnormalities", "reactions", "toxicity", "ARIA", "with", "edema", "(ARIA-E)", "(AIA-S)", "(ABC)", "-related",
             "ab-related", "treatment", "related", "xtreatment-related", "neurological", "events", "hepatic",
             "adverse", "cytokine", "release", "syndrome", "injection", "site", "ſ", "K", "(", ")"]
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", " ", " ", "-"]) for _ in range(rng.randint(1, 10)))
        assert [(m.span(), m.groups()) for m in AE_PHRASE.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], text
