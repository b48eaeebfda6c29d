"""Measure kg: the trial-facts score on the dev and train articles and mention F1 on PubTator corpora.

``python -m kg.evaluation --shared ../shared`` prints the Markdown table kept in
README ("Measured"). It reads the evaluation kit and corpora given on the
command line; nothing at run time or in the tests reads them.

Train is also scored in two fixed halves (the articles in name order, alternately
to A and B), so that a change made while looking at one half is checked on the other.

Train is scored a third time with each article's main drug renamed, in its text and its gold file, to an invented
word on the same stem ("acmetinib" -> "zortinib"): a drug of a known class that no list holds, as a drug newer
than the vocabularies is. The gap to the plain score is what the lexicon, not the reading, contributes.

Mention F1 is strict (same document, start, end and type); concept F1 compares
the set of (type, MeSH id) per document, as the BioCreative V CDR task does.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from kg.mentions import citation_document, document_mentions
from kg.pubtator import PUBTATOR_TYPE, mesh_id, parse_pubtator

TYPES = ("Chemical", "Disease")


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def read_text(path: Path) -> str:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return fh.read()


def evaluate_pubtator(path: Path, types=TYPES) -> dict[str, dict[str, float]]:
    """Strict mention and concept P/R/F1 per type for one gold PubTator file."""
    counts = {t: Counter() for t in types}
    for c in parse_pubtator(read_text(path), str(path)):
        gold = {(a.start, a.end, a.type) for a in c.annotations if a.type in types}
        gold_ids = {(a.type, mesh_id((i,))) for a in c.annotations if a.type in types for i in a.ids if mesh_id((i,)) != "-1"}
        pred, pred_ids = set(), set()
        for m in document_mentions(citation_document(c, str(path))):
            kind = PUBTATOR_TYPE.get(m.kind)
            if kind in types:
                pred.add((m.start, m.end, kind))
                if mesh_id(m.ids) != "-1":
                    pred_ids.add((kind, mesh_id(m.ids)))
        for t in types:
            g, p = {x for x in gold if x[2] == t}, {x for x in pred if x[2] == t}
            gi, pi = {x for x in gold_ids if x[0] == t}, {x for x in pred_ids if x[0] == t}
            counts[t].update(tp=len(g & p), fp=len(p - g), fn=len(g - p),
                             ctp=len(gi & pi), cfp=len(pi - gi), cfn=len(gi - pi))
    out = {}
    for t, c in counts.items():
        mp, mr, mf = prf(c["tp"], c["fp"], c["fn"])
        cp, cr, cf = prf(c["ctp"], c["cfp"], c["cfn"])
        out[t] = {"mention_p": mp, "mention_r": mr, "mention_f1": mf, "concept_p": cp, "concept_r": cr, "concept_f1": cf}
    return out


def evaluate_articles(folder: Path, score: Path, names: list[str] | None = None) -> dict:
    """kg facts on the articles of ``folder`` (only ``names``, when given), scored by the kit's score.py (--json)."""
    names = names or sorted(p.stem for p in folder.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred = Path(tmp) / "gold", Path(tmp) / "pred"
        gold.mkdir()
        for name in names:
            shutil.copy(folder / f"{name}.gold.json", gold)
        texts = [str(folder / f"{name}.txt") for name in names]
        subprocess.run([sys.executable, "-m", "kg", "facts", "-q", "--out", str(pred), *texts], check=True)
        done = subprocess.run([sys.executable, str(score), str(gold), str(pred), "--json"],
                              check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


PREFIXES = ("zor", "quel", "ten")      # invented openings no drug vocabulary's names share


def renamed(name: str, k: int) -> str | None:
    """An invented drug name on the stem of ``name`` (its last five letters, six for a long name); None for a name
    that is no single word of letters (a code, a combination).

    >>> renamed("acmetinib", 0), renamed("betazumabine", 1), renamed("XY-123", 0)
    ('zortinib', 'quelmabine', None)
    """
    low = name.lower()
    if not low.isalpha():
        return None
    return PREFIXES[k % len(PREFIXES)] + low[-(6 if len(low) >= 10 else 5):]


def with_names_replaced(obj, pattern: re.Pattern, new: str):
    """``obj`` (a gold file's JSON) with every string's matches of ``pattern`` replaced by ``new``, keys included."""
    if isinstance(obj, str):
        return pattern.sub(new, obj)
    if isinstance(obj, list):
        return [with_names_replaced(x, pattern, new) for x in obj]
    if isinstance(obj, dict):      # (keys too: a gold lexicon is keyed by the canonical name)
        return {pattern.sub(new, key): with_names_replaced(value, pattern, new) for key, value in obj.items()}
    return obj


def rename_main_drug(text: str, gold: dict, k: int) -> tuple[str, dict] | None:
    """The article and its gold with the first therapy's name, aliases and synonyms (as written in the text) renamed
    by :func:`renamed` and its ids dropped; None where it cannot be (no therapy, no one-word name in the text).

    >>> text, gold = rename_main_drug("Acmetinib (Zetavo) beat placebo.", {"therapies": [{"name": "acmetinib",
    ...     "aliases": ["Zetavo"], "ids": ["X:1"]}]}, 0)
    >>> text, gold["therapies"][0]
    ('Zortinib (Zortinib) beat placebo.', {'name': 'zortinib', 'aliases': ['zortinib']})
    """
    therapies = gold.get("therapies") or []
    new = renamed(therapies[0]["name"], k) if therapies else None
    if new is None:
        return None
    main = therapies[0]
    entry = gold.get("lexicon", {}).get(main["name"], {})
    forms = {f for f in [main["name"], *(main.get("aliases") or []), *entry.get("synonyms", [])] if len(f) >= 4}
    forms = sorted((f for f in forms if re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text, re.I)), key=len, reverse=True)
    if not forms:
        return None
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, forms))})(?![\w-])", re.I)
    gold = json.loads(json.dumps(gold))
    gold["therapies"][0].pop("ids", None)
    gold.get("lexicon", {}).get(main["name"], {}).pop("ids", None)
    text = pattern.sub(lambda m: new[0].upper() + new[1:] if m.group()[0].isupper() else new, text)
    return text, with_names_replaced(gold, pattern, new)


def evaluate_renamed(folder: Path, score: Path, names: list[str]) -> tuple[list[str], dict]:
    """:func:`evaluate_articles` on copies of the articles whose main drug :func:`rename_main_drug` could rename
    (their names, and the score)."""
    with tempfile.TemporaryDirectory() as tmp:
        kept = []
        for k, name in enumerate(names):
            done = rename_main_drug(read_text(folder / f"{name}.txt"),
                                    json.loads((folder / f"{name}.gold.json").read_text(encoding="utf-8")), k)
            if done is not None:
                (Path(tmp) / f"{name}.txt").write_text(done[0], encoding="utf-8")
                (Path(tmp) / f"{name}.gold.json").write_text(json.dumps(done[1]), encoding="utf-8")
                kept.append(name)
        return kept, evaluate_articles(Path(tmp), score, kept)


def halves(names: list[str]) -> tuple[list[str], list[str]]:
    """Two fixed halves of a set of articles: in name order, alternately to A and B.

    >>> halves(["a", "b", "c", "d", "e"])
    (['a', 'c', 'e'], ['b', 'd'])
    """
    ordered = sorted(names)
    return ordered[0::2], ordered[1::2]


def evaluate_sets(eval_dir: Path) -> dict[str, dict]:
    """Scores of dev, train, and train's two halves (keys as shown in the table)."""
    score = eval_dir / "score.py"
    out = {"dev": evaluate_articles(eval_dir / "dev", score)}
    train = sorted(p.stem for p in (eval_dir / "train").glob("*.txt"))
    if train:
        a, b = halves(train)
        out["train"] = evaluate_articles(eval_dir / "train", score, train)
        out["train half A"] = evaluate_articles(eval_dir / "train", score, a)
        out["train half B"] = evaluate_articles(eval_dir / "train", score, b)
        kept, out["train, main drug renamed"] = evaluate_renamed(eval_dir / "train", score, train)
        out["train, the same articles as written"] = evaluate_articles(eval_dir / "train", score, kept)
    return out


def markdown(sets: dict[str, dict] | None, corpora: dict[str, dict]) -> str:
    lines = []
    if sets:
        lines += ["| articles (score.py) | documents | P | R | F1 | grounding |", "|---|---|---|---|---|---|"]
        for name, r in sets.items():
            lines.append(f"| {name} | {r['documents']} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | "
                         f"{r['grounding']:.2f} ({r['grounding_n']} entities) |")
        dev = sets.get("dev")
        if dev:
            lines += [f"| dev: {name} | 1 | | | {f1:.3f} | |" for name, f1 in sorted(dev["per_document_f1"].items())]
        lines.append("")
    if corpora:
        lines += ["| corpus | type | mention P | mention R | mention F1 | concept F1 |", "|---|---|---|---|---|---|"]
        for name, by_type in corpora.items():
            for t, m in by_type.items():
                lines.append(f"| {name} | {t} | {m['mention_p']:.3f} | {m['mention_r']:.3f} | {m['mention_f1']:.3f} | "
                             f"{m['concept_f1']:.3f} |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, required=True, help="the folder holding eval/ and corpora/")
    ap.add_argument("--skip-articles", "--skip-dev", action="store_true", help="only the PubTator corpora")
    args = ap.parse_args(argv)
    sets = None if args.skip_articles else evaluate_sets(args.shared / "eval")
    corpora = {
        "BC5CDR dev": evaluate_pubtator(args.shared / "corpora/bc5cdr/CDR_DevelopmentSet.PubTator.txt.gz"),
        "NCBI-disease dev": evaluate_pubtator(args.shared / "corpora/ncbi-disease/NCBIdevelopset_corpus.txt.gz",
                                              types=("Disease",)),
    }
    print(markdown(sets, corpora))
    return 0


if __name__ == "__main__":
    sys.exit(main())
