"""Extraction speed and start-up only, printed, without rewriting RESULTS.md (a quick check while changing rules).

    python bench/extraction.py [--repeat 3] [--dev ../shared/eval/dev]

The same measurement as ``python bench/run.py --only extraction`` (which also records it): articles per second per
process on generated, seed-sized and (optionally) given articles, beside a tokenising baseline run in the same
process, and the start-up time of a fresh process. Targets: >= 100 seed-sized articles/s, start-up <= 1 s.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import bench_extraction, report_extraction  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--dev", help="a folder of articles (.txt) to time as well")
    print("\n".join(report_extraction(bench_extraction(ap.parse_args()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
