"""Readers turn input files into sources: documents to extract from, or structured records with their facts.

A text or Markdown file is one document for the extractors; a ClinicalTrials.gov
JSON file holds one or many registry records, each mapped to facts directly.
The reader is chosen by extension and content (``--format`` overrides).

Input is untrusted: a record or citation that cannot be read is an :class:`Unread`
(a one-line message naming the file and the record) yielded in its place, so
the records after it are still read; a file that cannot be read at all raises
InputError; a file of a type kg does not read is a :class:`Skipped`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from kg.documents import TEXT_SUFFIXES, decode, read_document, read_limited, read_stream, strip_gz, text_media
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
KNOWN = "give .txt, .md, .html, ClinicalTrials.gov .json/.jsonl or PubMed .xml files (each may be gzipped), or pass --format"


def read_bytes(path: Path) -> bytes:
    """The file's bytes, gunzipped when compressed; a clear error for huge or broken files."""
    return read_limited(path, MAX_BYTES)


def input_format(path: Path | str) -> str | None:
    """``text``, ``html``, ``ctgov`` or ``pubmed`` by extension (with or without ``.gz``); None for other files.

    >>> input_format("a.md.gz"), input_format("trials.JSONL"), input_format("paper.pdf"), input_format("README")
    ('text', 'ctgov', None, None)
    """
    name = strip_gz(Path(path).name.lower())
    if name.endswith((".json", ".jsonl", ".ndjson")):
        return "ctgov"
    if name.endswith(".xml"):
        return "pubmed"
    if name.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if Path(name).suffix in TEXT_SUFFIXES:
        return "text"
    return None


def detect_format(path: Path | str) -> str:
    """The format of a file by its extension (``-`` is text); InputError for a file kg does not read."""
    fmt = "text" if path == "-" else input_format(path)
    if fmt is None:
        raise InputError(str(path), f"unsupported file type {kind_of(path)}", KNOWN)
    return fmt


def kind_of(path: Path | str) -> str:
    """ "'.pdf'" or "(no extension)", for messages."""
    suffix = Path(strip_gz(Path(path).name)).suffix
    return repr(suffix) if suffix else "(no extension)"


@dataclass(frozen=True)
class Skipped:
    """A file not read because kg reads no file of its type: listed in the build report, not an error.

    ``given`` says whether it was named on the command line (a warning) or found in a folder (a note).
    """

    source: str
    reason: str
    given: bool = False


def find_inputs(inputs: Iterable[str], fmt: str | None = None) -> Iterator[Path | str | Unread | Skipped]:
    """The files to read, in order: ``-`` (stdin), files, and folders' files (recursively, sorted).

    A missing path is an :class:`Unread` (an error; the other inputs are still read). A file kg does not
    read (``.pdf``, no extension) is a :class:`Skipped`, unless it is named and ``fmt`` says how to read it.
    Files of unknown type under a hidden name or folder (``.git``, ``.DS_Store``) are passed over unlisted.
    """
    for item in inputs:
        if item == "-":
            yield "-"
            continue
        path = Path(item)
        if path.is_dir():
            yield from folder_inputs(path)
        elif path.exists():
            yield path if fmt or input_format(path) else skipped(path, given=True)
        else:
            yield Unread(str(path), one_line(f"{path}: no such file or folder; check the path"))


def folder_inputs(folder: Path) -> Iterator[Path | Unread | Skipped]:
    try:
        files = sorted(p for p in folder.rglob("*") if p.is_file())
    except OSError as err:
        yield Unread(str(folder), one_line(f"{folder}: cannot be listed ({err.strerror or err}); check its permissions"))
        return
    for path in files:
        if input_format(path):
            yield path
        elif not any(part.startswith(".") for part in path.relative_to(folder).parts):
            yield skipped(path, given=False)


def skipped(path: Path, given: bool) -> Skipped:
    return Skipped(str(path), one_line(f"{path}: skipped: kg reads no files of type {kind_of(path)}; {KNOWN}"), given)


def read_sources(path: Path | str, fmt: str | None = None) -> Iterator[Source | Unread]:
    """The sources of one input file (``-`` is stdin); a record or citation that cannot be read is an Unread.

    A file that cannot be read at all raises InputError (after the sources read before the problem).
    """
    fmt = fmt or detect_format(path)
    if fmt == "text":
        yield Source(read_document(path, None if path == "-" or text_media(path) else "text/plain"))
    elif fmt == "ctgov":
        from kg.readers.ctgov import read_ctgov

        yield from read_ctgov(Path(path), input_text(path))
    elif fmt == "html":
        from kg.readers.html import read_html

        yield from read_html(Path(path), input_text(path))
    elif fmt == "pubmed":
        from kg.readers.pubmed import read_pubmed

        yield from read_pubmed(Path(path), input_text(path))
    else:
        raise InputError(str(path), f"unknown format {fmt!r}", f"use one of {', '.join(FORMATS)}")


def input_text(path: Path | str) -> str:
    """The text of a file or of stdin (``-``), gunzipped when compressed, as UTF-8."""
    data = read_stream(sys.stdin.buffer, "-", MAX_BYTES) if path == "-" else read_bytes(Path(path))
    return decode(data, str(path))
