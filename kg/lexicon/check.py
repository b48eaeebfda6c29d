"""List lexicon entries whose ids name different concepts.

    python -m kg.lexicon.check --from VOCAB_DIR [--lexicon FILE] [--show N]
    python -m kg.lexicon.check --names NAMES.tsv [--lexicon FILE]
    python -m kg.lexicon.check [--lexicon FILE]      (no vocabulary: ids shared by unlike labels)

An entry's ids disagree when one of them has own names (the names its
vocabulary gives it) that match neither the entry's text, nor its label, nor
the own names of any other of its ids, and entries of another concept carry it
too; or when its own label is another entry's: "Diabetes Mellitus Type 2" carrying
MONDO's maturity-onset diabetes id beside MeSH's type 2 diabetes id is one.
Ids whose names are unknown are not judged. Exit status 1 when any entry
disagrees. Own names come from the vocabulary files the lexicon is built from
(``--from``) or from an ``id<TAB>name<TAB>label|synonym`` file (``--names``).

>>> labels = {"DOID:1": {name_key("juvenile zorblat 1")}, "MESH:D1": {name_key("type 2 zorblat")},
...           "DOID:9": {name_key("type 2 zorblat")}, "MESH:D2": {name_key("hexazorbane")}}
>>> names = {**labels, "DOID:1": {name_key("juvenile zorblat 1"), name_key("type 2 zorblat")}}
>>> lexicon = [Entry("type 2 zorblat", "disease", "juvenile zorblat 1", ("DOID:1", "MESH:D1"), ""),
...            Entry("T2D", "disease", "type 2 zorblat", ("DOID:9", "MESH:D1"), ""),
...            Entry("zorbane", "drug", "zorbane", ("DRUGBANK:DB1", "MESH:D2"), ""),
...            Entry("HCZ", "drug", "hexazorbane mixture", ("MESH:D2",), "")]
>>> [(d.text, d.odd, d.why) for d in disagreements(lexicon, names, labels)]
[('type 2 zorblat', ('MESH:D1',), 'elsewhere'), ('zorbane', ('MESH:D2',), 'unrelated')]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from kg.lexicon.lexicon import DATA, Entry
from kg.lexicon.resolve import alike, meet, name_key


@dataclass(frozen=True)
class Disagreement:
    """An entry (surface form) and those of its ids that name something else."""

    text: str
    label: str
    ids: tuple[str, ...]
    odd: tuple[str, ...]
    why: str          # "unrelated": the id's names meet nothing of the entry; "elsewhere": its label is another entry's


def disagreements(entries: Iterable[Entry], names: Mapping[str, set],
                  labels: Mapping[str, set] | None = None) -> Iterator[Disagreement]:
    """Entries carrying an id that names another concept.

    An id that entries of unlike labels share is *unrelated* to an entry when its own names are
    :func:`~kg.lexicon.resolve.alike` neither the entry's text or label nor any name of the
    entry's other ids (an id only one concept carries is its mapping, however worded); it belongs
    *elsewhere* (judged for all but drugs and chemicals) when its
    own label (``labels``) is not alike the entry's label but is the label of another entry
    of the lexicon: the id has a node of its own.
    """
    entries = list(entries)
    homes = {name_key(e.label) for e in entries}
    shared = shared_ids(entries)
    for e in entries:
        known = [i for i in e.ids if names.get(i) and i in shared]
        if len(e.ids) < 2 or not known:
            continue
        said = {name_key(e.text), name_key(e.label)}
        odd = tuple(i for i in known if not meet(names[i], said)
                    and not any(meet(names[i], names.get(j, set())) for j in e.ids if j != i))
        if odd:
            yield Disagreement(e.text, e.label, tuple(e.ids), odd, "unrelated")
            continue
        if e.type in ("drug", "chemical"):
            continue            # substance names differ by nomenclature; DrugBank, ChEBI and MeSH map them by structure
        label = {name_key(e.label)}
        odd = tuple(i for i in e.ids if labels and labels.get(i) and not meet(labels[i], label)
                    and labels[i] & homes)
        if odd:
            yield Disagreement(e.text, e.label, tuple(e.ids), odd, "elsewhere")


def shared_ids(entries: Iterable[Entry]) -> dict[str, tuple[str, ...]]:
    """Ids that entries of unlike labels carry (no vocabulary needed): id -> those labels.

    >>> shared_ids([Entry("a", "disease", "zorblat", ("DOID:1", "MESH:D1"), ""),
    ...             Entry("b", "disease", "Zorblat", ("MESH:D1",), ""),
    ...             Entry("c", "disease", "quimby", ("DOID:2", "MESH:D1"), "")])
    {'MESH:D1': ('quimby', 'zorblat')}
    """
    labels: dict[str, dict] = defaultdict(dict)
    for e in entries:
        for i in e.ids:
            labels[i].setdefault(name_key(e.label), e.label)
    out = {}
    for curie, found in labels.items():
        if len(found) > 1:
            keys = list(found)
            if any(not alike(a, b) for n, a in enumerate(keys) for b in keys[n + 1:]):
                out[curie] = tuple(sorted(found.values()))
    return out


def read_lexicon(path: Path) -> Iterator[Entry]:
    """Entries of a lexicon file (``key, text, type, label, ids, attrs``; gzipped or not)."""
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            yield Entry(row["text"], row["type"], row["label"], tuple(i for i in row["ids"].split("|") if i), row["attrs"])


def read_names(path: Path) -> tuple[dict[str, set], dict[str, set]]:
    """Own names and labels from an ``id<TAB>name<TAB>label|synonym`` file (# starts a comment)."""
    names: dict[str, set] = defaultdict(set)
    labels: dict[str, set] = defaultdict(set)
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                curie, name, kind = (line.rstrip("\n").split("\t") + ["label"])[:3]
                names[curie].add(name_key(name))
                if kind == "label":
                    labels[curie].add(name_key(name))
    return dict(names), dict(labels)


def vocabulary_names(vocab: Path) -> tuple[dict[str, set], dict[str, set]]:
    """Every id's own names and labels, read from the vocabulary files as the build reads them."""
    from kg.lexicon.build import (anatomy_rows, cell_rows, chemical_rows, disease_rows, drug_rows, gene_rows,
                                  xref_names)
    from kg.lexicon.resolve import Row, own_names

    rows = (Row(*r) for source in (disease_rows(vocab), cell_rows(vocab), anatomy_rows(vocab), drug_rows(vocab),
                                   chemical_rows(vocab), gene_rows(vocab)) for r in source if "xref" not in r[4])
    return own_names(rows, xref_names(vocab))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.lexicon.check", description=__doc__.splitlines()[0])
    source = ap.add_mutually_exclusive_group()
    source.add_argument("--from", dest="vocab", type=Path, help="the vocabulary folder the lexicon is built from")
    source.add_argument("--names", type=Path, help="an id<TAB>name<TAB>label|synonym file of own names")
    ap.add_argument("--lexicon", type=Path, default=DATA / "lexicon.tsv.gz")
    ap.add_argument("--show", type=int, default=20, help="entries to print (all are counted)")
    args = ap.parse_args(argv)
    entries = list(read_lexicon(args.lexicon))
    if not (args.names or args.vocab):          # without own names: ids that entries of unlike labels share
        shared = shared_ids(entries)
        for curie, labels in list(shared.items())[:args.show]:
            print(f"{curie}\t" + " | ".join(labels))
        print(f"{len(shared)} ids carried by entries of unlike labels", file=sys.stderr)
        return 1 if shared else 0
    names, labels = read_names(args.names) if args.names else vocabulary_names(args.vocab)
    found = list(disagreements(entries, names, labels))
    for d in found[:args.show]:
        print(f"{d.text}\t{d.label}\t{'|'.join(d.ids)}\t{d.why}: {'|'.join(d.odd)}")
    counts = Counter(d.why for d in found)
    print(f"{len(found)} entries whose ids disagree ({counts['unrelated']} unrelated, {counts['elsewhere']} elsewhere)",
          file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
