"""Start-up and extraction speed, with a same-process baseline.

    python bench/extraction.py [--articles N] [--repeat R]

Reports medians of R runs: the time to import kg and load the lexicon (start-up),
and articles per second for the full extraction of seed-sized articles (the
bundled example with a varying last line, so no cache helps). The baseline is
tokenising the same articles with the lexicon's own token pattern in the same
process, so the ratio holds on a noisy machine. Writes bench/RESULTS-extraction.md.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STARTUP = "import time; t=time.perf_counter(); import kg.pipeline; from kg.lexicon import load_lexicon; load_lexicon(); print(time.perf_counter()-t)"


def startup_seconds() -> float:
    out = subprocess.run([sys.executable, "-c", STARTUP], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout.strip())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from kg.documents import parse_document
    from kg.lexicon import load_lexicon
    from kg.lexicon.lexicon import TOKEN
    from kg.pipeline import extract

    load_lexicon()
    base = (ROOT / "examples" / "als-news-cl2020.txt").read_text(encoding="utf-8")
    startups, rates, base_rates = [], [], []
    for r in range(args.repeat):
        startups.append(startup_seconds())
        docs = [parse_document(base + f"\n\nNote {r}-{i}.", f"a{i}.txt") for i in range(args.articles)]
        t = time.perf_counter()
        for d in docs:
            TOKEN.findall(d.text)
        base_rates.append(args.articles / (time.perf_counter() - t))
        t = time.perf_counter()
        for d in docs:
            extract(d)
        rates.append(args.articles / (time.perf_counter() - t))
    s, a, b = statistics.median(startups), statistics.median(rates), statistics.median(base_rates)
    report = (f"# Extraction benchmark\n\nmachine: {platform.machine()}, {platform.python_version()}, "
              f"{args.articles} articles x {args.repeat} runs (medians)\n\n"
              f"| measure | value |\n|---|---|\n| start-up (import + lexicon) | {s:.2f} s |\n"
              f"| extraction | {a:.1f} seed-sized articles/s per process |\n"
              f"| baseline: tokenising the same articles | {b:.0f} articles/s |\n"
              f"| extraction / baseline | {a / b:.4f} |\n")
    (ROOT / "bench" / "RESULTS-extraction.md").write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
