"""Measure kg: the trial-facts score on the dev articles and mention F1 on PubTator corpora.

``python -m kg.evaluation --shared ../shared`` prints the Markdown table kept in
README ("Measured"). It reads the evaluation kit and corpora given on the
command line; nothing at run time or in the tests reads them.

Mention F1 is strict (same document, start, end and type); concept F1 compares
the set of (type, MeSH id) per document, as the BioCreative V CDR task does.
"""

from __future__ import annotations

import argparse
import gzip
import json
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


def evaluate_dev(eval_dir: Path) -> dict:
    """kg facts on the dev articles, scored by the kit's score.py (--json)."""
    with tempfile.TemporaryDirectory() as tmp:
        texts = sorted(str(p) for p in (eval_dir / "dev").glob("*.txt"))
        subprocess.run([sys.executable, "-m", "kg", "facts", "-q", "--out", tmp, *texts], check=True)
        done = subprocess.run([sys.executable, str(eval_dir / "score.py"), str(eval_dir / "dev"), tmp, "--json"],
                              check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def markdown(dev: dict | None, corpora: dict[str, dict]) -> str:
    lines = []
    if dev:
        lines += ["| dev articles (score.py) | P | R | F1 | grounding |", "|---|---|---|---|---|",
                  f"| micro, {dev['documents']} documents | {dev['precision']:.3f} | {dev['recall']:.3f} | "
                  f"{dev['f1']:.3f} | {dev['grounding']:.2f} ({dev['grounding_n']} entities) |"]
        lines += [f"| {name} | | | {f1:.3f} | |" for name, f1 in sorted(dev["per_document_f1"].items())]
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
    ap.add_argument("--skip-dev", action="store_true")
    args = ap.parse_args(argv)
    dev = None if args.skip_dev else evaluate_dev(args.shared / "eval")
    corpora = {
        "BC5CDR dev": evaluate_pubtator(args.shared / "corpora/bc5cdr/CDR_DevelopmentSet.PubTator.txt.gz"),
        "NCBI-disease dev": evaluate_pubtator(args.shared / "corpora/ncbi-disease/NCBIdevelopset_corpus.txt.gz",
                                              types=("Disease",)),
    }
    print(markdown(dev, corpora))
    return 0


if __name__ == "__main__":
    sys.exit(main())
