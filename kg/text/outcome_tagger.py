"""Outcome phrases tagged by a small learned model: the fallback for measures no list or shape names.

The model is an averaged perceptron over words (``kg/data/outcome_tagger.json.gz``, built by
:mod:`kg.lexicon.outcome_model` from the EBM-NLP corpus of RCT abstracts, whose annotators marked the outcomes
trials measured). It tags each word as the beginning (B) of an outcome phrase, inside one (I), or neither (N),
left to right, from the word, its neighbours, its shape and the tags before it.

A tagged phrase is rough: it may hold a leading "mean" or a trailing "was". :func:`outcome_phrase` trims it to
the measure's name and gives it only where the sentence tags exactly one such phrase; the caller decides whether the
sentence gives results for it (:mod:`kg.extractors.outcomes` asks that its numbers pair with the arms).

>>> outcome_spans("") == []
True
"""

from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from pathlib import Path

from kg.text.cues import ABSTRACT_HEADING

MODEL = Path(__file__).resolve().parent.parent / "data" / "outcome_tagger.json.gz"
LABELS = ("B", "I", "N")
TOKEN = re.compile(r"\d+(?:[.,·]\d+)*%?|[A-Za-z][\w'’-]*|[^\s\w]")
START = "<s>"
END = "</s>"

# words a tagged phrase may open with that are no part of the measure's name ("the mean | pain score")
LEADING = frozenset("""the a an mean median average overall their its higher lower greater significant significantly
    improved improvement in of rate rates proportion percentage number""".split())
# words that end a measure's name: a verb, a comparison, a preposition that opens a time or a group ("of" does not:
# "duration of fever")
ENDING = frozenset("""( , ; : vs versus compared was were is are and or by from at % . = that who with as significantly
    in among for observed seen recorded noted""".split())     # (a participle after the name: "zeta days | observed in")
# phrases too general to name a measure
GENERAL = frozenset("""efficacy safety survival death results scores score outcomes outcome endpoint adverse events
    side effects tolerability patients response grade difference rate rates change changes benefit effect effects duration
    time incidence frequency level levels proportion number""".split()
                    ) | {"adverse events", "adverse event", "side effects", "primary outcome", "primary endpoint"}
# the names of estimates that compare arms, no measure's: "(rate ratio, 0.03; 95% CI ...)"
ESTIMATE = re.compile(r"\b(?:(?:rate|hazard|odds|risk)\s+ratios?|relative\s+risk|mean\s+difference|confidence\s+interval)\b",
                      re.I)
MOST_WORDS = 7
# what a phrase says of a result's significance, no measure's name: "which showed | no statistical significance"
SIGNIFICANCE = re.compile(r"\bsignifican|^(?:no|not)\b", re.I)


@lru_cache(maxsize=4096)
def shape(word: str) -> str:
    """The word's shape, runs shortened: "XY-123" -> "AA-999" -> "AA-99".

    >>> shape("XY-123"), shape("score")
    ('AA-99', 'aa')
    """
    s = re.sub(r"[A-Z]", "A", word)
    s = re.sub(r"[a-z]", "a", s)
    s = re.sub(r"\d", "9", s)
    return re.sub(r"(.)\1+", r"\1\1", s)


def features(words: list[str], i: int, previous: str, before: str) -> list[str]:
    """The features of word ``i`` given the two tags before it: its own (:func:`word_features`) and those of the tags.

    >>> features(["pain", "score"], 1, "B", "<s>")[:3]
    ['bias', 'w=score', 's3=ore']
    """
    return word_features(words, i) + tag_features(words, i, previous, before)


def word_features(words: list[str], i: int) -> list[str]:
    """The features of word ``i`` that do not depend on the tags: the word, its ends, shape and neighbours."""
    w = words[i].lower()
    out = ["bias", "w=" + w, "s3=" + w[-3:], "p3=" + w[:3], "sh=" + shape(words[i])]
    for k in (-2, -1, 1, 2):
        j = i + k
        x = words[j].lower() if 0 <= j < len(words) else (START if j < 0 else END)
        out.append(f"w{k}={x}")
        if abs(k) == 1:
            out.append(f"w{k}w={x}|{w}")
    return out


def tag_features(words: list[str], i: int, previous: str, before: str) -> list[str]:
    """The features of word ``i`` that depend on the two tags before it."""
    w = words[i].lower()
    left = words[i - 1].lower() if i > 0 else START
    right = words[i + 1].lower() if i + 1 < len(words) else END
    return ["t-1=" + previous, "t-2t-1=" + previous + before, "t-1w=" + previous + "|" + w,
            f"t-1w-1={previous}|{left}", f"t-1w1={previous}|{right}"]


@lru_cache(maxsize=1)
def weights(path: Path = MODEL) -> dict[str, list[float]]:
    """The model's weights: feature -> one weight per label of :data:`LABELS` (read once)."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return json.load(f)["weights"]


def tag(words: list[str], model: dict[str, list[float]] | None = None) -> list[str]:
    """A label of :data:`LABELS` for each word, left to right."""
    model = weights() if model is None else model
    tags, previous, before = [], START, START
    static = [word_features(words, i) for i in range(len(words))]
    for i in range(len(words)):
        label = best_label(model, static[i] + tag_features(words, i, previous, before))
        tags.append(label)
        before, previous = previous, label
    return tags


def best_label(model: dict[str, list[float]], fs: list[str]) -> str:
    """The label of :data:`LABELS` the features ``fs`` score highest (a tie: the later label, in tagging as in training).

    >>> best_label({"w=pain": [1.0, 0.0, 0.5]}, ["w=pain", "w=unknown"])
    'B'
    """
    score = [0.0, 0.0, 0.0]
    for f in fs:
        w = model.get(f)
        if w is not None:
            score[0] += w[0]
            score[1] += w[1]
            score[2] += w[2]
    return LABELS[max(range(3), key=lambda k: (score[k], k))]


def outcome_spans(text: str, model: dict[str, list[float]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each phrase the model tags in ``text``, as tagged."""
    tokens = list(TOKEN.finditer(text))
    tags = tag([t.group() for t in tokens], model) if tokens else []
    out, k = [], 0
    while k < len(tags):
        if tags[k] == "N":
            k += 1
            continue
        j = k + 1
        while j < len(tags) and tags[j] == "I":
            j += 1
        out.append((tokens[k].start(), tokens[j - 1].end()))
        k = j
    return out


# the words a tagged phrase may end on that end no name
TRAILING = frozenset("of in from by to for with at on and or".split())


def trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A tagged phrase cut to the measure's name: no leading article or "mean", nothing from its verb or comparison
    on; None when nothing of a name is left.

    >>> t = "the mean pain score was 3.1 with XY-123"
    >>> trimmed(t, 0, 26)
    (9, 19)
    >>> t = "RESULTS The mean pain score was 3.1 with XY-123"
    >>> trimmed(t, 0, 34)
    (17, 27)
    >>> t = "the A group achieved a mean zeta score drop of 12.5%"
    >>> t[slice(*trimmed(t, 23, 47))]
    'zeta score drop'
    >>> t = "0.5 in A (rate ratio, 0.1)"
    >>> trimmed(t, 9, 21) is None
    True
    >>> t = "9 (18%) in A, which showed no statistical significance"
    >>> trimmed(t, t.index("no stat"), len(t)) is None
    True
    """
    if ESTIMATE.search(text, start, end):
        return None
    words = list(TOKEN.finditer(text, start, end))
    while words and (words[0].group().lower() in LEADING or words[0].group() in ABSTRACT_HEADING
                     or not words[0].group()[0].isalnum()):
        words.pop(0)                # (nor a structured abstract's heading: "RESULTS The mean pain score"; nor a bracket)
    for k, w in enumerate(words[1:], 1):
        if w.group().lower() in ENDING or w.group()[0].isdigit():
            words = words[:k]
            break
    while words and (not words[-1].group()[0].isalnum() or words[-1].group().lower() in TRAILING):
        words.pop()                 # (nor a preposition its number follows: "a mean zeta score drop of | 12.5%")
    if not words or len(words) > MOST_WORDS:
        return None
    a, b = words[0].start(), words[-1].end()
    phrase = text[a:b]
    if len(phrase) < 3 or phrase.lower() in GENERAL or not re.search(r"[A-Za-z]{3}", phrase) or SIGNIFICANCE.search(phrase):
        return None
    return a, b


def outcome_phrase(text: str, avoid: list[tuple[int, int]] = (), model=None) -> tuple[int, int] | None:
    """(start, end) of the one outcome phrase the model tags in ``text`` once trimmed, outside the spans ``avoid``
    (the arms' names); None when it tags none or several."""
    found = []
    for a, b in outcome_spans(text, model):
        cut = trimmed(text, a, b)
        if cut and not any(x < cut[1] and cut[0] < y for x, y in avoid):
            found.append(cut)
    return found[0] if len(found) == 1 else None
