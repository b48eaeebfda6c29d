"""Readers turn input files into sources: documents to extract from, or structured records with their facts.

A text or Markdown file is one document for the extractors; a ClinicalTrials.gov
JSON file holds one or many registry records, each mapped to facts directly.
The reader is chosen by extension and content (``--format`` overrides).
"""

from __future__ import annotations

import gzip
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from kg.documents import TEXT_SUFFIXES, decode, read_document
from kg.errors import InputError
from kg.model import Document, Fact

FORMATS = ("text", "html", "ctgov", "pubmed")


@dataclass(frozen=True)
class Source:
    """One document and, for structured records, the facts read from it (``extract`` says whether to run the extractors)."""

    document: Document
    facts: tuple[Fact, ...] = field(default=())
    extract: bool = True


MAX_MESSAGE = 400               # characters of an error message; a value in it is cut well before


@dataclass(frozen=True)
class Unread:
    """An input, or a record or citation inside one, that could not be read: where it is and a one-line message.

    A reader yields these among its sources, so that one bad record does not stop the records after it.

    >>> Unread.of(InputError("a.json record 2", "nctId is missing\\n", "fix it")).message
    'a.json record 2: nctId is missing\\\\n; fix it'
    """

    source: str
    message: str

    @classmethod
    def of(cls, err: InputError) -> "Unread":
        return cls(one_line(err.source), one_line(str(err)))


def one_line(text: str, limit: int = MAX_MESSAGE) -> str:
    """``text`` on one line (line breaks and other control characters escaped), cut to ``limit`` characters.

    >>> one_line("a\\nb\\x00c"), one_line("x" * 10, 5)
    ('a\\\\nb\\\\x00c', 'xx...')
    """
    out = "".join(ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
                  for ch in text[:limit])
    return out if len(out) <= limit else out[:limit - 3] + "..."


MAX_BYTES = 200_000_000     # a larger input is split by the user, not read whole


def read_bytes(path: Path) -> bytes:
    """The file's bytes, gunzipped when compressed; a clear error for huge or broken files."""
    if path.stat().st_size > MAX_BYTES:
        raise InputError(str(path), f"is larger than {MAX_BYTES // 1_000_000} MB", "split it into smaller files")
    data = path.read_bytes()
    if data[:2] != b"\x1f\x8b":
        return data
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as err:
        raise InputError(str(path), f"is a broken gzip file ({err})", "download it again") from None


def detect_format(path: Path | str) -> str:
    """``text`` or ``ctgov``, by extension (``.json``, ``.jsonl``, with or without ``.gz``) and a look at the content."""
    if path == "-":
        return "text"
    name = Path(path).name.lower().removesuffix(".gz")
    if name.endswith((".json", ".jsonl", ".ndjson")):
        return "ctgov"
    if name.endswith(".xml"):
        return "pubmed"
    if name.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if Path(name).suffix in TEXT_SUFFIXES:
        return "text"
    raise InputError(str(path), f"unsupported file type {Path(path).suffix or '(none)'!r}",
                     "give .txt, .md, .html, ClinicalTrials.gov .json/.jsonl or PubMed .xml files, or pass --format")


def read_sources(path: Path | str, fmt: str | None = None) -> Iterator[Source]:
    """The sources of one input file."""
    fmt = fmt or detect_format(path)
    if fmt == "text":
        yield Source(read_document(path))
    elif fmt == "ctgov":
        from kg.readers.ctgov import read_ctgov

        yield from read_ctgov(Path(path), decode(read_bytes(Path(path)), str(path)))
    elif fmt == "html":
        from kg.readers.html import read_html

        yield from read_html(Path(path), decode(read_bytes(Path(path)), str(path)))
    elif fmt == "pubmed":
        from kg.readers.pubmed import read_pubmed

        yield from read_pubmed(Path(path), decode(read_bytes(Path(path)), str(path)))
    else:
        raise InputError(str(path), f"unknown format {fmt!r}", f"use one of {', '.join(FORMATS)}")
