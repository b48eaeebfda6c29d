"""Build ``kg/data/outcome_tagger.json.gz``: the outcome-phrase tagger of :mod:`kg.text.outcome_tagger`.

Run ``python -m kg.lexicon.outcome_model --shared ../shared``. It trains an averaged perceptron (greedy, left to
right, with the tags before each word as features) on the EBM-NLP corpus of 500 RCT abstracts
(``corpora/ebm-nlp/dev_conll_PIO.txt.gz``: one word a line, ``word POS label``, the label O on the words of an
outcome the trial measured), with a fixed seed, so that a rebuild gives the same file. Weights too small to change a
tag are dropped, and the rest rounded, to keep the file small.

>>> data = read_conll(["w1 NN N", "pain NN O", "score NN O", "", "w2 NN N"])
>>> data[0]
(['w1', 'pain', 'score'], ['N', 'B', 'I'])
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
from pathlib import Path

from kg.text.outcome_tagger import LABELS, MODEL, START, best_label, features

EBM_NLP = Path("corpora") / "ebm-nlp" / "dev_conll_PIO.txt.gz"
EPOCHS = 5
SEED = 0
SMALLEST = 0.05         # a weight of less than this (in absolute value) is dropped
DIGITS = 3


def read_conll(lines) -> list[tuple[list[str], list[str]]]:
    """(words, tags) of each sentence of EBM-NLP's CoNLL lines; an outcome's words tagged B (its first) and I."""
    out, words, labels = [], [], []
    for line in list(lines) + [""]:
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if words:
                out.append((words, bio(labels)))
            words, labels = [], []
            continue
        words.append(parts[0])
        labels.append(parts[-1])
    return out


def bio(labels: list[str]) -> list[str]:
    """EBM-NLP's labels (O on an outcome's words) as B, I and N."""
    tags, previous = [], "N"
    for label in labels:
        tags.append(("I" if previous == "O" else "B") if label == "O" else "N")
        previous = label
    return tags


def train(data: list[tuple[list[str], list[str]]], epochs: int = EPOCHS, seed: int = SEED) -> dict[str, list[float]]:
    """An averaged perceptron's weights (feature -> a weight per label of :data:`LABELS`) trained on ``data``.

    >>> w = train([(["pain", "was", "low"], ["B", "N", "N"])] * 3)
    >>> w["w=pain"][0] > w["w=pain"][2]
    True
    """
    weights: dict[str, list[float]] = {}
    totals: dict[str, list[float]] = {}
    stamps: dict[str, list[int]] = {}
    step = 0
    order = list(range(len(data)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            words, tags = data[k]
            previous, before = START, START
            for i, truth in enumerate(tags):
                fs = features(words, i, previous, before)
                guess = best_label(weights, fs)
                step += 1
                if guess != truth:
                    for f in fs:
                        for label, delta in ((truth, 1.0), (guess, -1.0)):
                            update(weights, totals, stamps, f, LABELS.index(label), delta, step)
                before, previous = previous, truth
    return averaged(weights, totals, stamps, step)


def update(weights, totals, stamps, f: str, k: int, delta: float, step: int) -> None:
    w = weights.setdefault(f, [0.0, 0.0, 0.0])
    t = totals.setdefault(f, [0.0, 0.0, 0.0])
    s = stamps.setdefault(f, [0, 0, 0])
    t[k] += (step - s[k]) * w[k]
    s[k] = step
    w[k] += delta


def averaged(weights, totals, stamps, step: int) -> dict[str, list[float]]:
    out = {}
    for f, w in weights.items():
        t, s = totals[f], stamps[f]
        out[f] = [(t[k] + (step - s[k]) * w[k]) / step for k in range(3)]
    return out


def compact(weights: dict[str, list[float]]) -> dict[str, list[float]]:
    """The weights that can change a tag, rounded; sorted by feature so that the file is the same on every build."""
    out = {}
    for f in sorted(weights):
        w = [round(x, DIGITS) for x in weights[f]]
        if max(map(abs, w)) >= SMALLEST:
            out[f] = w
    return out


def write(weights: dict[str, list[float]], path: Path = MODEL) -> None:
    """The model file, written whole or not at all."""
    body = json.dumps({"source": str(EBM_NLP), "labels": LABELS, "weights": weights}, separators=(",", ":"),
                      sort_keys=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as f:
        f.write(body.encode("utf-8"))      # (no name, no time in the header: the same bytes on every build)
    os.replace(tmp, path)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, required=True, help="the shared folder holding corpora/ebm-nlp")
    parser.add_argument("--out", type=Path, default=MODEL)
    args = parser.parse_args(argv)
    with gzip.open(args.shared / EBM_NLP, "rt", encoding="latin-1") as f:     # (a few of its bytes are not UTF-8)
        data = read_conll(f)
    weights = compact(train(data))
    write(weights, args.out)
    print(f"trained on {len(data)} sentences; wrote {len(weights)} features to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
