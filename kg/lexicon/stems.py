"""Build ``kg/data/inn_stems.txt``: the name endings that mark a drug's international nonproprietary name.

Run ``python -m kg.lexicon.stems --shared ../shared`` (needs the ``lexicon`` extra, for ``wordfreq``).

An INN is built on a stem that says what kind of drug it is ("-ciguat": guanylate cyclase stimulators, "-nicline":
nicotinic receptor partial agonists, "-caftor": CFTR modulators). The shipped lexicon knows the drugs of its
vocabularies; a drug newer than them is still named on one of these stems. The stems are read off the vocabulary
itself: an ending (five to seven letters) that many one-word drug names share and that no English word (outside
those drug names) ends with. Only the shortest of nested endings is kept ("-ciguat", not "-iciguat").

>>> names = {"zetaciguat", "betaciguat", "alphaciguat", "deltaciguat", "gammaciguat", "acmeline", "zetaline"}
>>> derive_stems(names, english=["gasoline", "airline"], least=5)
['iguat']
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
from collections import Counter
from pathlib import Path
from typing import Iterable

DATA = Path(__file__).resolve().parent.parent / "data"
OUT = DATA / "inn_stems.txt"
DRUGBANK = Path("vocab") / "drugbank-open-vocabulary.csv.gz"
ONE_WORD = re.compile(r"[a-z]{7,25}")
LENGTHS = (5, 6, 7)          # an ending shorter than five letters ends English words too often to be read alone
LEAST = 8                    # the drug names an ending must mark to be a stem
ENGLISH_WORDS = 300_000      # how many of the commonest English words (wordfreq) an ending must end none of


def derive_stems(names: Iterable[str], english: Iterable[str], least: int = LEAST,
                 lengths: tuple[int, ...] = LENGTHS) -> list[str]:
    """The endings at least ``least`` of ``names`` share and no word of ``english`` ends with, shortest kept."""
    names = {n for n in names if ONE_WORD.fullmatch(n)}
    english = [w for w in english if w not in names]
    stems = set()
    for k in lengths:
        for ending, count in Counter(n[-k:] for n in names).items():
            if count >= least and not any(w.endswith(ending) for w in english):
                stems.add(ending)
    return sorted(s for s in stems if not any(s != t and s.endswith(t) for t in stems))


def drug_names(path: Path) -> set[str]:
    """The one-word common names of DrugBank's open vocabulary, in lower case."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return {name for row in csv.DictReader(f) if ONE_WORD.fullmatch(name := row["Common name"].strip().lower())}


def write(stems: list[str], out: Path) -> None:
    header = ("# INN stems: name endings shared by at least %d one-word DrugBank names (open vocabulary, CC0) that no\n"
              "# common English word ends with; built by python -m kg.lexicon.stems\n") % LEAST
    tmp = out.with_suffix(".tmp")
    tmp.write_text(header + "\n".join(stems) + "\n", encoding="utf-8")
    tmp.replace(out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, required=True, help="the shared folder holding vocab/")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    from wordfreq import top_n_list  # build-time only
    english = [w for w in top_n_list("en", ENGLISH_WORDS) if re.fullmatch(r"[a-z]{4,}", w)]
    stems = derive_stems(drug_names(args.shared / DRUGBANK), english)
    write(stems, args.out)
    print(f"wrote {len(stems)} stems to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
