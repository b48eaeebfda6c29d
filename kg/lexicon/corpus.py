"""What annotated training corpora (PubTator) teach the lexicon, at build time.

Two rules, both measured on the training text only:

- a name annotators marked (BC5CDR "toxicity", "lithium") joins the lexicon
  when it is annotated in at least half of the places the matcher finds it;
- a vocabulary name the matcher finds often but annotators almost never mark
  ("symptoms", "blood pressure") leaves the disease and chemical types.

The development and test splits are never read here.
"""

from __future__ import annotations

import gzip
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Iterator

from kg.lexicon.lexicon import Entry, Lexicon, norm_tokens
from kg.pubtator import PUBTATOR_TYPE, Citation, parse_pubtator

CORPUS_KIND = {"Chemical": "chemical", "Disease": "disease"}
MIN_ANNOTATED = 0.5      # a learned name must be annotated in at least half of its matches
MAX_NOISE = 0.1          # a vocabulary name annotated in fewer than 10% of at least MIN_SEEN matches is dropped
MIN_SEEN = 5
JUDGED = {"disease", "phenotype", "chemical", "drug"}


def read_corpora(paths: Iterable[Path]) -> list[Citation]:
    citations = []
    for path in paths:
        opener = gzip.open if str(path).endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as fh:
            citations += parse_pubtator(fh.read(), str(path))
    return citations


def corpus_rows(citations: list[Citation]) -> Iterator[tuple]:
    """Every annotated name as a candidate row (text, type, label, MeSH id, "corpus")."""
    kinds: dict[str, Counter] = defaultdict(Counter)
    ids: dict[tuple, Counter] = defaultdict(Counter)
    for c in citations:
        for a in c.annotations:
            kind = CORPUS_KIND.get(a.type)
            if kind and len(a.text) >= 3:
                kinds[a.text.lower()][kind] += 1
                ids[(a.text.lower(), kind)].update(i for i in a.ids if i.startswith("MESH:"))
    for name, counter in kinds.items():
        kind = counter.most_common(1)[0][0]
        mesh = [i for i, _ in ids[(name, kind)].most_common(1)]
        yield name, kind, name, "|".join(mesh), "corpus"


def key_of(text: str) -> str:
    return " ".join(norm_tokens(text))


def match_counts(rows: list[tuple], citations: list[Citation]) -> dict[str, list[int]]:
    """normalised name -> [times the matcher finds it, times that match is an annotation of the same type]."""
    lexicon = Lexicon(Entry(*row) for row in rows)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for c in citations:
        gold = {(a.start, a.end, a.type) for a in c.annotations}
        for m in lexicon.find(c.text):
            kind = PUBTATOR_TYPE.get(m.kind)
            if kind:
                tally = counts[key_of(m.text)]
                tally[0] += 1
                tally[1] += (m.start, m.end, kind) in gold
    return counts


def apply_corpus_evidence(rows: list[tuple], citations: list[Citation]) -> list[tuple]:
    """Keep learned names annotators agree on; drop vocabulary names they ignore."""
    if not citations:
        return [r for r in rows if "corpus" not in r[4]]
    counts = match_counts(rows, citations)
    # a drug sold under a brand is a drug whatever the corpora do not mark ("colchicine" in a disease-only corpus)
    marketed = {label for _, kind, label, _, attrs in rows if kind == "drug" and "brand" in attrs}
    out = []
    for row in rows:
        text, kind, label, _, attrs = row
        found, annotated = counts.get(key_of(text), (0, 0))
        if "corpus" in attrs:
            if found and annotated / found >= MIN_ANNOTATED:
                out.append(row)
        elif kind in JUDGED and found >= MIN_SEEN and annotated / found < MAX_NOISE and "case" not in attrs \
                and not (kind == "drug" and label in marketed):
            continue
        else:
            out.append(row)
    return out
