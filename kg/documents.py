"""Read documents: plain text and Markdown files, folders, and standard input.

The text is kept exactly as read so that evidence offsets point into it;
layout clutter is marked (not removed) by :mod:`kg.text.layout`.

>>> doc = parse_document("Headline here\\n\\nby Jane Roe |\\n\\nBody text.", source="x.txt")
>>> doc.title, doc.byline, doc.name
('Headline here', 'Jane Roe', 'x')
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Iterable, Iterator

from kg.errors import InputError
from kg.model import Document
from kg.text.dates import find_dates

TEXT_SUFFIXES = {".txt": "text/plain", ".text": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown"}
BYLINE = re.compile(r"^\s*by\s+(?P<name>[A-Z][^|\n]{1,80}?)\s*(?:\||$)", re.M)
MAX_BYTES = 20_000_000


def iter_paths(inputs: Iterable[str], suffixes=TEXT_SUFFIXES) -> Iterator[Path | str]:
    """Expand files and folders (recursively, sorted) into document paths; ``-`` is stdin.

    In folders only files with one of ``suffixes`` are taken (all files when None).
    """
    for item in inputs:
        if item == "-":
            yield "-"
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and (suffixes is None or p.suffix.lower() in suffixes))
            yield from found
        elif path.exists():
            yield path
        else:
            raise InputError(str(path), "no such file or folder", "check the path")


def read_document(path: Path | str) -> Document:
    """Read one file (or ``-`` for stdin) as a :class:`Document`; raise InputError on bad input."""
    if path == "-":
        data, source, media = sys.stdin.buffer.read(), "-", "text/plain"
    else:
        path = Path(path)
        media = TEXT_SUFFIXES.get(path.suffix.lower())
        if media is None:
            raise InputError(str(path), f"unsupported file type {path.suffix or '(none)'!r}",
                             "give .txt or .md files")
        if path.stat().st_size > MAX_BYTES:
            raise InputError(str(path), f"file is larger than {MAX_BYTES // 1_000_000} MB", "split it")
        data, source = path.read_bytes(), str(path)
    return parse_document(decode(data, source), source=source, media_type=media)


def decode(data: bytes, source: str) -> str:
    """Decode UTF-8 (a BOM is allowed); anything else is a clear error."""
    if b"\x00" in data[:4096]:
        raise InputError(source, "looks like a binary file (NUL bytes)", "give a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(source, f"is not UTF-8 (byte {err.start}: {data[err.start:err.start + 1]!r})",
                         "re-save the file as UTF-8") from None
    if not text.strip():
        raise InputError(source, "is empty", "give a file with text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_document(text: str, source: str = "-", media_type: str = "text/plain") -> Document:
    """Build a Document and read its title, byline and date from the top of the text."""
    lines = [ln.strip().lstrip("#").strip() for ln in text.splitlines() if ln.strip()]
    title = lines[0] if lines else None
    byline = BYLINE.search(text[:2000])
    head = "\n".join(lines[:8])
    dates = find_dates(head)
    name = Path(source).stem if source != "-" else "stdin"
    return Document(text=text, source=source, name=name, title=title,
                    byline=byline.group("name").strip() if byline else None,
                    date=dates[0].iso if dates else None, media_type=media_type)
