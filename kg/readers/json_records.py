"""JSON files of records: one object, a list, an API page ``{"studies": [...]}``, or JSON Lines.

Each record comes with where it is in its file ("x.json record 2", "x.jsonl:3") or
why it could not be read, so one bad record or line does not stop the others.
Nesting, record size and number length are bounded (a number of over 100 digits
is a :class:`~kg.readers.schema.HugeNumber`, which fails only its own record).

>>> [r.where for r in parse_records('[{"protocolSection": {}}, {"protocolSection": {}}]', "x.json")]
['x.json record 1', 'x.json record 2']
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Iterator

from kg.errors import InputError
from kg.readers import schema

MAX_RECORD_CHARS = 10_000_000    # a study record with posted results is well under 2 MB
FIX_FILE = "check that the file is complete"
FIX_KIND = "give ClinicalTrials.gov API v2 study records"


@dataclass(frozen=True)
class RawRecord:
    """One record as found in a file: where it is, and its JSON value or why it could not be read."""

    where: str                  # "x.json", "x.json record 2" or "x.jsonl:3"
    value: Any = None
    problem: str | None = None
    fix: str = FIX_KIND


def parse_records(text: str, source: str) -> Iterator[RawRecord]:
    """The records of a file, each with where it is; a file that is not JSON at all raises InputError."""
    if Path(source).name.lower().removesuffix(".gz").endswith((".jsonl", ".ndjson")):
        yield from json_lines(text, source)
        return
    try:
        data = schema.load_json(text)
    except (ValueError, RecursionError) as err:
        if not looks_like_json_lines(text):
            raise InputError(source, *json_problem(err, "JSON")) from None
        yield from json_lines(text, source)
        return
    yield from json_document(data, source, measure=len(text) > MAX_RECORD_CHARS)


def json_document(data, source: str, measure: bool = True) -> Iterator[RawRecord]:
    """The records of a JSON document: one study, a list of studies, or an API page ``{"studies": [...]}``."""
    if isinstance(data, dict) and "protocolSection" not in data and not isinstance(data.get("studies"), list):
        raise InputError(source, "is JSON but not ClinicalTrials.gov API v2 study records (no protocolSection)",
                         FIX_KIND)
    if isinstance(data, dict) and "protocolSection" in data:
        yield checked(RawRecord(source, data), measure)
        return
    records = data["studies"] if isinstance(data, dict) else data
    if not isinstance(records, list):
        raise InputError(source, f"is {schema.found(records)}, not ClinicalTrials.gov API v2 study records", FIX_KIND)
    if not records:
        raise InputError(source, "holds no study records (an empty list)", FIX_KIND)
    for i, value in enumerate(records, 1):
        yield checked(RawRecord(f"{source} record {i}", value), measure)


def json_lines(text: str, source: str) -> Iterator[RawRecord]:
    """One record a line; a line that is not a JSON object is a record with its problem (the others are read)."""
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        if len(line) > MAX_RECORD_CHARS:
            yield RawRecord(where, problem=too_large(len(line)))
            continue
        try:
            value = schema.load_json(line)
        except (ValueError, RecursionError) as err:
            yield RawRecord(where, None, *json_problem(err, "JSON Lines"))
            continue
        yield checked(RawRecord(where, value), measure=False)       # the line's length was checked


def checked(raw: RawRecord, measure: bool) -> RawRecord:
    """The record, or the record with a problem when it is not a study object or (``measure``) over the size cap."""
    if not isinstance(raw.value, dict):
        return RawRecord(raw.where, problem=f"is {schema.found(raw.value)}, expected an object (a study record)")
    if "protocolSection" not in raw.value:
        return RawRecord(raw.where, raw.value, problem="is not a ClinicalTrials.gov API v2 study record "
                                                        "(no protocolSection)")
    size = schema.extent(raw.value) if measure else 0
    return raw if size <= MAX_RECORD_CHARS else RawRecord(raw.where, raw.value, problem=too_large(size))


def too_large(size: int) -> str:
    shown = "too deep to measure" if size == sys.maxsize else f"{size:,}"
    return f"is larger than {MAX_RECORD_CHARS:,} characters ({shown}); no study record is this large"


def looks_like_json_lines(text: str) -> bool:
    """Whether one of the first two non-blank lines is a JSON object on its own (a pretty-printed file's are not)."""
    lines = list(islice(non_blank_lines(text), 2))
    if len(lines) < 2:
        return False
    for line in lines:
        try:
            if len(line) <= MAX_RECORD_CHARS and isinstance(json.loads(line), dict):
                return True
        except (ValueError, RecursionError):
            continue
    return False


def non_blank_lines(text: str) -> Iterator[str]:
    """The lines of ``text`` that are not blank, found one at a time (a big file is not split whole)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if not text[start:end].isspace() and end > start:
            yield text[start:end]
        start = end + 1


def json_problem(err: Exception, what: str) -> tuple[str, str]:
    """Why ``json.loads`` failed, and the fix, each one line (``what`` is "JSON" or "JSON Lines": one line's position)."""
    if isinstance(err, json.JSONDecodeError):
        where = f"line {err.lineno}, column {err.colno}" if what == "JSON" else f"column {err.colno}"
        return f"is not valid {what} ({err.msg}: {where})", FIX_FILE
    if isinstance(err, RecursionError):
        return "nests arrays or objects too deep (hundreds of levels; a study record has about ten)", FIX_KIND
    return "holds a number with thousands of digits, which is no value of a study record", FIX_KIND
