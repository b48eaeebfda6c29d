"""A runaway document is stopped by the per-document time budget and reported; the next one is built (issue 16)."""

from __future__ import annotations

import re
import signal
import threading
import time

import pytest

from kg.batch import process_source
from kg.documents import parse_document
from kg.extractors.registry_ids import RegistryIdExtractor
from kg.pipeline import build
from kg.readers import Source
from kg.store import KGStore
from kg.timelimit import TimeLimitExceeded, time_limit

LIMIT = 2.0           # seconds: the runaway is stopped after it; the next document takes some milliseconds
ARTICLE = "Trial news\n\nThe VALOR study (NCT02623699) enrolled {} adults.\n"


class Runaway:
    """An extractor plugin that never ends on a document saying RUNAWAY, and finds registry ids in the others."""

    name, version = "runaway", "1"

    def __init__(self, how: str = "loop"):
        self.how = how

    def extract(self, document):
        if "RUNAWAY" in document.text:
            if self.how == "regex":            # one call into re that would take years (exponential backtracking)
                re.match(r"(?:a+)+$", "a" * 64 + "b")
            elif self.how == "sleep":
                time.sleep(3600)
            while True:
                pass
        yield from RegistryIdExtractor().extract(document)


@pytest.fixture(autouse=True)
def lexicon_loaded():
    """Loaded before the clock starts (a process loads it once, in its first document's budget)."""
    from kg.lexicon import load_lexicon

    load_lexicon()


def corpus(tmp_path):
    (tmp_path / "1-runaway.txt").write_text(ARTICLE.format("RUNAWAY 12"), encoding="utf-8")
    (tmp_path / "2-next.txt").write_text(ARTICLE.format("40"), encoding="utf-8")
    return [str(tmp_path / "1-runaway.txt"), str(tmp_path / "2-next.txt")]


def check(report, limit=LIMIT):
    first, second = report.documents
    assert first.status == "error" and first.source.endswith("1-runaway.txt")
    assert first.error.startswith(first.source) and f"time limit of {limit:g} s" in first.error
    assert "\n" not in first.error and "--time-limit" in first.error
    assert second.status == "ok" and second.facts > 0


@pytest.mark.parametrize("how", ["loop", "sleep", "regex"])
def test_a_runaway_document_is_reported_and_the_next_is_built(tmp_path, how):
    started = time.monotonic()
    report = build(corpus(tmp_path), KGStore(), extractors={"runaway": Runaway(how)}, time_limit=LIMIT)
    check(report)
    assert time.monotonic() - started < 60                 # stopped, not waited for


def test_the_budget_holds_in_a_process_pool(tmp_path):
    report = build(corpus(tmp_path), KGStore(), extractors={"runaway": Runaway()}, workers=2, time_limit=LIMIT)
    check(report)


def test_the_budget_holds_in_a_worker_thread():
    """As in a Dask worker, which runs tasks in threads: no signal there, a watchdog stops Python code."""
    sources = [Source(parse_document(ARTICLE.format(words), source=f"{k}.txt")) for k, words in
               enumerate(["RUNAWAY 12", "40"])]
    outputs = []
    worker = threading.Thread(target=lambda: outputs.extend(
        process_source(s, "d", {"runaway": Runaway()}, LIMIT) for s in sources))
    worker.start()
    worker.join(60)
    assert not worker.is_alive()
    assert f"time limit of {LIMIT:g} s" in outputs[0].error and outputs[1].error is None and outputs[1].facts


def test_no_limit_and_a_finished_block():
    with time_limit(None):
        pass
    with time_limit(0):
        pass
    with time_limit(5):
        assert sum(range(10)) == 45
    time.sleep(0.05)                     # nothing goes off after the block


def test_an_alarm_set_by_the_caller_is_kept():
    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *_: fired.append(True))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.3)
        with time_limit(10):
            pass
        assert 0 < signal.getitimer(signal.ITIMER_REAL)[0] <= 0.3
        time.sleep(0.5)
        assert fired == [True]
        signal.setitimer(signal.ITIMER_REAL, 0.1)           # due before the limit: the caller's handler runs
        with time_limit(10):
            time.sleep(0.3)
        assert fired == [True, True]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("value", ["-1", "nan", "inf"])
def test_the_cli_refuses_a_time_limit_that_is_no_number_of_seconds(tmp_path, capsys, value):
    from kg.cli import main

    assert main(["build", str(tmp_path), "--time-limit", value]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--time-limit" in err[0] and "seconds" in err[0]


def test_the_cli_passes_its_time_limit_to_the_build(tmp_path, monkeypatch):
    import kg.pipeline
    from kg.cli import main

    given = []
    real = kg.pipeline.build
    monkeypatch.setattr(kg.pipeline, "build", lambda *a, **k: given.append(k["time_limit"]) or real(*a, **k))
    (tmp_path / "a.txt").write_text(ARTICLE.format("40"), encoding="utf-8")
    assert main(["build", str(tmp_path / "a.txt"), "--time-limit", "2.5", "--no-progress"]) == 0
    assert main(["build", str(tmp_path / "a.txt"), "--no-progress"]) == 0
    assert given == [2.5, 60.0]


@pytest.mark.parametrize("seconds", [None, 0, -1, float("nan"), float("inf"), 1e300])
def test_no_limit(seconds):
    with time_limit(seconds):
        time.sleep(0.01)
