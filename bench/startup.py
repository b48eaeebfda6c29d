"""Start-up, broken down: import, lexicon, extractors and the first document, each in fresh processes.

usage: python bench/startup.py [RUNS=7]   (from the checkout's root; caches warm after the first run)

bench/run.py records one figure (import kg.pipeline + load_lexicon); this
says where a fresh process's time goes up to its first extracted document,
so a saving at start-up can be told from a cost moved into the first
document. Medians of wall seconds.
"""

import os
import statistics
import subprocess
import sys

RUN = """
import time
t0 = time.perf_counter()
import kg.pipeline
t1 = time.perf_counter()
from kg.lexicon import load_lexicon
load_lexicon()
t2 = time.perf_counter()
from kg.extractors import load_extractors
load_extractors()
t3 = time.perf_counter()
from pathlib import Path
from kg.documents import parse_document
kg.pipeline.extract(parse_document(Path("examples/als-news-cl2020.txt").read_text(), "als.txt"))
t4 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0)
"""
PARTS = ("import kg.pipeline", "load_lexicon", "load_extractors", "first document", "total")


def main(runs: int = 7) -> None:
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    subprocess.run([sys.executable, "-c", RUN], env=env, check=True, capture_output=True)     # warm the caches
    times = [list(map(float, subprocess.run([sys.executable, "-c", RUN], env=env, check=True, capture_output=True,
                                            text=True).stdout.split())) for _ in range(runs)]
    for k, part in enumerate(PARTS):
        print(f"{part:20s} {statistics.median(t[k] for t in times):.3f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
