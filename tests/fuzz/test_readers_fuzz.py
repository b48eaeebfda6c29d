"""Every reader on fuzzed files of its format: sources with UTF-8 text, or one clear line naming the file."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import mutators
from kg.errors import KGError
from kg.readers import read_sources
from oracles import message_findings
from strategies import cases, fuzz_settings, text_cases, unicode_cases


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


@fuzz_settings(30)
@given(st.one_of(cases(["text"]), text_cases(), unicode_cases()))
def test_kg_reads_its_own_pubtator_mentions_back(case):
    """``kg mentions --format pubtator`` of a fuzzed text: one citation read back, each mention at its offsets."""
    from kg.mentions import render_mentions
    from kg.pubtator import parse_pubtator

    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as folder:
        path = mutators.write_case(case, Path(folder), 0)
        try:
            out = render_mentions([str(path)], "pubtator")
        except KGError as err:
            assert not message_findings(str(err), path), case.describe()
            return
    citations = parse_pubtator(out, "mentions.pubtator")
    assert len(citations) == 1, f"{case.describe()}\n{out[:500]!r}"
    text = citations[0].text
    wrong = [a for a in citations[0].annotations if text[a.start:a.end] != a.text]
    assert not wrong, f"{case.describe()}\n{wrong[:3]}"
