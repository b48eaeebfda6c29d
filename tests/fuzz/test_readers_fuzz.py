"""Every reader on fuzzed files of its format: sources with UTF-8 text, or one clear line naming the file."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given

import mutators
from kg.errors import KGError
from kg.readers import read_sources
from oracles import message_findings
from strategies import cases, fuzz_settings, text_cases


def read_all(case: mutators.Case) -> list[str]:
    """Read a case as kg does; the problems found (empty when it read, or failed with a good message)."""
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as folder:
        path = mutators.write_case(case, Path(folder), 0)
        try:
            sources = list(read_sources(path))
        except KGError as err:
            return [str(f) for f in message_findings(str(err), path)]
        except Exception as err:  # the property: only KGError leaves a reader
            return [f"{type(err).__name__} escaped the reader: {str(err)[:300]}"]
    problems = []
    for source in sources:
        if not hasattr(source, "document"):          # a record that could not be read (kg.readers.Unread)
            problems += [str(f) for f in message_findings(source.message, path)]
            continue
        try:
            source.document.text.encode("utf-8")
        except UnicodeEncodeError as err:
            problems.append(f"document text is not valid Unicode ({err.reason} at {err.start})")
        for fact in source.facts:
            ev = fact.evidence
            if source.document.text[ev.start:ev.end] != ev.sentence:
                problems.append(f"the evidence of {fact.predicate} is not the text at {ev.start}:{ev.end}")
    return problems


def check(case: mutators.Case) -> None:
    problems = read_all(case)
    assert not problems, f"{case.describe()}\n" + "\n".join(problems)


@fuzz_settings(80)
@given(cases(["text"]))
def test_text_reader(case):
    check(case)


@fuzz_settings(60)
@given(text_cases())
def test_text_reader_on_hypothesis_text(case):
    check(case)


@fuzz_settings(40)
@given(cases(["html"]))
def test_html_reader(case):
    check(case)


@fuzz_settings(80)
@given(cases(["pubmed"]))
def test_pubmed_reader(case):
    check(case)


@fuzz_settings(120)
@given(cases(["ctgov", "jsonl"]))
def test_ctgov_reader(case):
    check(case)
