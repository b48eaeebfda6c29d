"""Build times of adversarial documents: one line of comma-grouped numbers, digit runs, text without sentence ends.

Each document is a trial report's frame around an adversarial body of 16, 32
and 64 KB, built from a file into an in-memory store as ``kg build`` does
(lexicon loaded beforehand; the median of ``--repeat`` builds, wall clock).
The number runs follow "Patients received doses of" in their sentence, as the dosing extractor reads only
sentences about giving a therapy. Issue 16: the 64 KB comma-grouped line took 38.4 s; the target is under 1 s.

    python bench/adversarial.py [--sizes 16 32 64] [--repeat 3] [--out bench/RESULTS-adversarial.md]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from kg.lexicon import load_lexicon
from kg.pipeline import build
from kg.store import KGStore

SEED = Path(__file__).resolve().parent.parent / "tests" / "data" / "cl2020-phase2.txt"
BODIES = {
    "comma-grouped numbers (one line)": lambda n: "Patients received doses of 1" + ",234" * (n // 4),
    "digits (one run)": lambda n: "Patients received doses of " + "7" * n,
    "dotted numbers 1.2.3.4...": lambda n: "Patients received doses of " + "1.2." * (n // 4),
    "doses, no sentence end": lambda n: "patients received 5 mg of XY-123 for 2 weeks and " * (n // 50),
    "seed article without sentence ends": lambda n: (SEED.read_text(encoding="utf-8").replace(".", " ")
                                                     .replace("\n", " ") * (n // 5000 + 1))[:n],
    "blanks": lambda n: "a" + " " * n + "mg",
    "many developers": lambda n: " ".join(f"XY-123 was developed by Acme{k} Bio and" for k in range(n // 40)),
}


def document(body: str) -> str:
    return f"Trial news\n\nThe phase 2 trial (NCT01234567) of XY-123 enrolled 40 adults. {body}\nIt ended.\n"


def build_seconds(text: str, folder: Path, repeat: int) -> float:
    path = folder / "adversarial.txt"
    path.write_text(text, encoding="utf-8")
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        report = build([str(path)], KGStore())
        times.append(time.perf_counter() - started)
        assert len(report.documents) == 1
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[16, 32, 64], help="body sizes in KB")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", nargs="+", help="the bodies to measure (default: all)", choices=sorted(BODIES))
    parser.add_argument("--out", type=Path, help="write the table (Markdown) here as well")
    args = parser.parse_args()
    load_lexicon()
    rows = ["| document | " + " | ".join(f"{kb} KB" for kb in args.sizes) + " |",
            "|---|" + "---|" * len(args.sizes)]
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.only or BODIES:
            cells = [f"{build_seconds(document(BODIES[name](kb * 1024)), Path(tmp), args.repeat):.2f} s"
                     for kb in args.sizes]
            rows.append(f"| {name} | " + " | ".join(cells) + " |")
            print(rows[-1], flush=True)
    table = "\n".join(rows)
    print(table)
    if args.out:
        args.out.write_text(table + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
