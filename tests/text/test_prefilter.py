"""The literal prefilter never changes an answer: it only skips searches that could not match."""

import importlib
import pkgutil
import random
import re
from pathlib import Path

import pytest

import kg.extractors
import kg.text
import kg.trials
from kg.text.literals import fold, required_literals, safe
from kg.text.prefilter import Prefiltered, alternation, compile as rx_compile
from kg.text.layout import content_lines
from kg.text.sentences import split_sentences

DATA = Path(__file__).resolve().parent.parent / "data"
ODD = ["", "ſtudy of KG doses", "RANDOMIZED Trial", "ΣΊΣΥΦΟΣ trial", "İnfusion ınfusion", "“quoted” ® ™ – text",
       "Enrolled 12 PATIENTS", "phase  2b open-label", "5 mg/kg", "İ" * 3]


def project_patterns() -> dict[str, Prefiltered]:
    """Every prefiltered pattern the extractors and text modules define at module level."""
    found = {}
    for package in (kg.extractors, kg.text, kg.trials):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, value in vars(module).items():
                values = value.values() if isinstance(value, dict) else value if isinstance(value, list) else [value]
                for k, v in enumerate(values):
                    if isinstance(v, Prefiltered):
                        found[f"{module.__name__}.{name}[{k}]"] = v
    return found


def sample_texts() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("*.txt")) + sorted(DATA.glob("*.md")):
        text = path.read_text(encoding="utf-8", errors="replace")
        texts += [s.text for s in split_sentences(text, content_lines(text))] + text.splitlines()
    return texts + ODD


PATTERNS = project_patterns()
TEXTS = sample_texts()


def answers(pattern, text):
    return ([m.span() for m in pattern.finditer(text)], bool(pattern.search(text)), bool(pattern.match(text)),
            pattern.sub("#", text))


def test_the_project_uses_prefiltered_patterns():
    assert len(PATTERNS) > 50
    assert sum(bool(p.literals) for p in PATTERNS.values()) > 40


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_same_answers_as_re(name):
    pattern = PATTERNS[name]
    for text in TEXTS:
        assert answers(pattern, text) == answers(pattern.regex, text), (name, text)


@pytest.mark.parametrize("pattern, flags, text", [
    (r"study", re.I, "ſtudy"),            # IGNORECASE matches the long s to "s"
    (r"kg", re.I, "5 Kg"),                # ... and the Kelvin sign to "k"
    (r"infusion", re.I, "ınfusion"),      # ... and the dotless i to "i"
    (r"infusion", re.I, "İnfusion"),
    (r"ΣΊΣΥΦΟΣ", re.I, "σίσυφος"),        # a non-ASCII literal is not used as a filter
    (r"“[^”]+”", 0, "he said “yes”"),
])
def test_case_folding_edges(pattern, flags, text):
    assert rx_compile(pattern, flags).search(text) is not None
    assert re.search(pattern, text, flags) is not None


def test_literals_are_required_together():
    sets = required_literals(r"\b(?:enrolled|recruited)\s+\d+\s+(?:patients|adults)\b", re.I)
    assert {frozenset({"enrolled", "recruited"}), frozenset({"patients", "adults"})} == set(sets)
    pattern = rx_compile(r"\b(?:enrolled|recruited)\s+\d+\s+(?:patients|adults)\b", re.I)
    assert pattern.search("We enrolled 30 adults.") and not pattern.possible("We enrolled 30 mice.")


@pytest.mark.parametrize("pattern, literals", [(r"(?>enrolled|recruited)\s++\d{1,12}+ patients", [[" patients"], ["enrolled", "recruited"]]),
                                               (r"(?:mg|kg)?+ dose", [[" dose"]]), (r"x(?>abc)++y", [["abc"]])])
def test_atomic_groups_and_possessive_repeats_keep_their_literals(pattern, literals):
    assert sorted(sorted(s) for s in required_literals(pattern)) == sorted(literals)


@pytest.mark.parametrize("pattern", [r"a*", r"(?:x|)", r"\d+", r"[a-z]{3}", r"(a)\1", r"(?=abc)"])
def test_patterns_without_a_required_literal(pattern):
    assert required_literals(pattern) == ()


ATOMS = ["ab", "cd", "abc", "x", "a", "b|c", "[ab]", "[a-c]d", ".", r"\d", r"\w", r"\s", r"\b", "^", "$", "(?i:ab)",
         "(?=ab)", "(?!b)", "(?<=a)", "K", "s", "(?>ab|a)", "(?>x)"]      # atomic groups: the patterns use them


def random_pattern(rng: random.Random, depth: int = 0) -> str:
    parts = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if roll < 0.2 and depth < 2:
            parts.append("(?:" + "|".join(random_pattern(rng, depth + 1) for _ in range(rng.randint(1, 3))) + ")")
        else:
            parts.append(rng.choice(ATOMS))
        if rng.random() < 0.3:
            parts[-1] = f"(?:{parts[-1]}){rng.choice(['*', '+', '?', '{2}', '{1,3}', '+?', '*+', '++', '?+', '{1,3}+'])}"
    return "".join(parts)


def test_random_patterns_agree_with_re():
    rng = random.Random(20261124)
    alphabet = "abcdxsKkſ 1\n"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(60)]
    for _ in range(400):
        source = random_pattern(rng)
        flags = rng.choice([0, re.I])
        pattern = rx_compile(source, flags)
        for text in texts:
            assert answers(pattern, text) == answers(pattern.regex, text), (source, flags, text)


def test_fold_keeps_every_ignorecase_match_of_an_ascii_literal():
    alnum = re.compile("[a-z0-9]", re.I)
    for code in range(0x80, 0x110000):
        char = chr(code)
        if alnum.fullmatch(char):
            letters = [a for a in "abcdefghijklmnopqrstuvwxyz0123456789" if re.fullmatch(a, char, re.I)]
            assert all(a in fold(char) for a in letters), (hex(code), letters)


def test_caseless_literals_match_only_themselves():
    used = set("“”‘’®™–—≤≥")
    assert all(safe(c) for c in used) and not safe("µ") and not safe("Σ")
    anyone = re.compile("[" + re.escape("".join(sorted(used))) + "]", re.I)
    assert {chr(c) for c in range(0x110000) if anyone.fullmatch(chr(c))} == used


@pytest.mark.parametrize("words", [["three", "ten", "six", "two", "t", "sixty"], ["Sa", "sab", "Sabc", "b"], ["a.b", "a", "ſx", "sx"],
                                   ["kg", "Kg", "mg", "mcg", "µg", "g"]])
@pytest.mark.parametrize("flags", [0, re.I])
def test_alternation_matches_as_the_plain_join(words, flags):
    grouped, plain = re.compile(f"(?:{alternation(words)})", flags), re.compile("|".join(map(re.escape, words)), flags)
    pieces = sorted({c for w in words for c in w} | {"S", "K", "ſ", " ", "x"})
    rng = random.Random(str(words))
    for _ in range(2000):
        text = "".join(rng.choice(pieces + words) for _ in range(rng.randint(0, 6)))
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_a_pattern_compiled_after_a_text_was_scanned_still_sees_its_literals():
    text = "The qwzxv marker rose in the blood of treated patients."
    first = rx_compile(r"\bpatients\b")
    assert first.search(text)                  # the text's literals are now cached
    later = rx_compile(r"\bqwzxv\s+marker\b")   # a literal no pattern had: the scanner and cache are replaced
    assert later.search(text).group(0) == "qwzxv marker"


def test_two_letter_literals_are_not_required_unless_rare():
    # "in", "at", "ed" are in most sentences: a test for them filters little and the scan reports each occurrence
    assert required_literals(r"\bin\s+patients\b") == (frozenset({"patients"}),)
    assert required_literals(r"\b(?:in|at)\s+\d+") == ()
    assert required_literals(r"\d+\s*%") == (frozenset({"%"}),)       # a rare character still counts
    pattern = rx_compile(r"\b(?:in|at)\s+(\d+)", re.I)
    assert pattern.search("Enrolled AT 12 sites").group(1) == "12"


def test_a_text_not_yet_scanned_is_tested_by_substring_search_with_the_same_answers():
    import re as plain_re

    from kg.text import prefilter

    few = prefilter.compile(r"\b(?:published\s+online|doi:)\s*\S+", plain_re.I)
    many = prefilter.compile(r"\b(?:alpha|beta|gamma|delta|epsilon)\s+(?:one|two)\b", plain_re.I)
    assert sum(map(len, few.literals)) <= prefilter.FEW < sum(map(len, many.literals))
    for text in ("It was Published Online 2031.", "See DOI: 10.1/x", "nothing here", "Beta two and ALPHA one"):
        prefilter.forget_texts()
        for pattern in (few, many):
            expected = plain_re.compile(pattern.pattern, pattern.flags)
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in expected.finditer(text)]
            found, wanted = pattern.search(text), expected.search(text)
            assert (found and found.span()) == (wanted and wanted.span())


# Patterns that are a set of words: the bits of the literals a text holds answer as the search does

def literals_answer(pattern, text) -> bool:
    from kg.text.prefilter import held

    return all(mask & held(text) for mask in pattern.masks)


def test_project_patterns_decided_by_their_literals_answer_as_re():
    from kg.text.prefilter import decided_by_literals

    decided = [name for name, pattern in PATTERNS.items() if decided_by_literals(pattern)]
    assert decided                                   # (the trial design words, for one)
    for name in decided:
        pattern = PATTERNS[name]
        for text in TEXTS:
            assert literals_answer(pattern, text) == bool(pattern.regex.search(text)), (name, text)


@pytest.mark.parametrize("source, flags, decided", [
    (r"(?=[bl])(?:label|blind(?:ed)?)", re.I, True), (r"(?:sponsor|fund|financ)", re.I, True),
    (r"(?:study|kg dose|inf[uo]sion)", re.I, True), (r"(?:ſtudy|kg)", re.I, False),   # (a cased non-ASCII letter)
    (r"label", 0, False),                       # case-sensitive: the folded text cannot tell
    (r"labels?", re.I, True), (r"\blabel", re.I, False), (r"labels*", re.I, False), (r"(?=[b])(?:label|blind)", re.I, False),
    (r"(?:label|in)", re.I, False),             # "in" is too short to be one of the literals
    (r"(?i:label)", 0, False), (r"(?=[bl])(?:label|blind)\d", re.I, False),
])
def test_which_patterns_the_literals_decide(source, flags, decided):
    from kg.text.prefilter import decided_by_literals

    pattern = rx_compile(source, flags)
    assert decided_by_literals(pattern) == decided
    if decided:
        for text in ODD + ["a Label", "BLINDED", "unfunded", "İnfosion", "5 KG DOSE", "lab el", "ſtudy", "STUDY"]:
            assert literals_answer(pattern, text) == bool(pattern.regex.search(text)), text
