"""Read documents: plain text and Markdown files, folders, and standard input.

The text is kept exactly as read so that evidence offsets point into it;
layout clutter is marked (not removed) by :mod:`kg.text.layout`.

>>> doc = parse_document("Headline here\\n\\nby Jane Roe |\\n\\nBody text.", source="x.txt")
>>> doc.title, doc.byline, doc.name
('Headline here', 'Jane Roe', 'x')
"""

from __future__ import annotations

import gzip
import html
import io
import re
import sys
import zlib
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError
from kg.model import Document
from kg.text.dates import find_dates

TEXT_SUFFIXES = {".txt": "text/plain", ".text": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown"}
BYLINE = re.compile(r"^\s*by\s+(?P<name>[A-Z][^|\n]{1,80}?)\s*(?:\||$)", re.M)
MAX_BYTES = 20_000_000
GZIP_MAGIC = b"\x1f\x8b"


def read_document(path: Path | str, media_type: str | None = None) -> Document:
    """Read one file (or ``-`` for stdin), gzipped or not, as a :class:`Document`; raise InputError on bad input.

    The media type comes from the extension (``.txt``, ``.md``, with or without ``.gz``) unless given.
    """
    if path == "-":
        data, source, media = read_stream(sys.stdin.buffer, "-", MAX_BYTES), "-", media_type or "text/plain"
    else:
        path = Path(path)
        media = media_type or text_media(path)
        if media is None:
            raise InputError(str(path), f"unsupported file type {path.suffix or '(none)'!r}",
                             "give .txt or .md files")
        data, source = read_limited(path, MAX_BYTES), str(path)
    return parse_document(decode(data, source), source=source, media_type=media)


def text_media(path: Path | str) -> str | None:
    """The media type of a text file by its extension, ``.gz`` looked through; None for other files.

    >>> text_media("a.md"), text_media("notes.TXT.gz"), text_media("paper.pdf")
    ('text/markdown', 'text/plain', None)
    """
    return TEXT_SUFFIXES.get(Path(strip_gz(Path(path).name.lower())).suffix)


def strip_gz(name: str) -> str:
    """The name without a final ``.gz`` (any case)."""
    return name[:-3] if name.lower().endswith(".gz") else name


def megabytes(n: int) -> str:
    return f"{n / 1e6:g} MB"


def read_limited(path: Path, limit: int) -> bytes:
    """The file's bytes, gunzipped when it is gzip (by its first bytes); InputError when it is larger than
    ``limit`` on disk or unzipped (a small file can unzip to gigabytes), or a broken gzip file."""
    if path.stat().st_size > limit:
        raise InputError(str(path), f"is larger than {megabytes(limit)}", "split it into smaller files")
    with open(path, "rb") as stream:
        return read_stream(stream, str(path), limit)


def read_stream(stream: BinaryIO, source: str, limit: int) -> bytes:
    """At most ``limit`` bytes of a binary stream, gunzipped when it starts with the gzip magic number."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(source, f"is larger than {megabytes(limit)}", "split it into smaller files")
    if data[:2] != GZIP_MAGIC:
        return data
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as unzipped:
            data = unzipped.read(limit + 1)
    except (OSError, EOFError, zlib.error) as err:
        raise InputError(source, f"is a broken gzip file ({' '.join(str(err).split())[:120]})",
                         "download it again") from None
    if len(data) > limit:
        raise InputError(source, f"unzips to larger than {megabytes(limit)}", "split it into smaller files")
    return data


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


# inline markup a copied abstract may keep: JATS elements ("<jats:sec id=...>", "<jats:p>") and a few HTML ones; a
# tag names an element (a letter after "<"), so "<0.001" and "p <5%" are never one
MARKUP = re.compile(r"</?(?:jats:[a-z-]{1,30}|p|i|b|em|strong|sup|sub|br|italic|bold|sec|title|abstract)(?:\s[^<>\n]{0,200})?/?>")


# a character written as an HTML entity, as text copied from a page's source keeps it: "P&lt;0.001", "&#8805;18 years"
ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,6}|#[xX][0-9A-Fa-f]{2,5});")


def without_entities(text: str) -> str:
    """The text with each HTML character entity written as its character ("&lt;" as "<"; offsets refer to the result).

    >>> without_entities("P&lt;0.001 in adults &#8805;18 years; A &amp; B; &bogus; stays")
    'P<0.001 in adults ≥18 years; A & B; &bogus; stays'
    """
    if "&" not in text or ENTITY.search(text) is None:
        return text
    return ENTITY.sub(lambda m: unescaped if (unescaped := html.unescape(m.group())) != m.group() and len(unescaped) == 1
                      else m.group(), text)


# a bound written in words as MEDLINE keeps it in ASCII: "aged > or = 18 years", "P < or = .05" (before a number)
WORDED_BOUND = re.compile(r"([<>])\s?or\s?=(?=\s?[\d.])")


def with_bound_signs(text: str) -> str:
    """The text with each bound written "< or =" / "> or =" before a number as its sign ("≤" / "≥").

    >>> with_bound_signs("adults aged > or = 18 years (P < or = .05); A > or = B")
    'adults aged ≥ 18 years (P ≤ .05); A > or = B'
    """
    if " or =" not in text and " or=" not in text:
        return text
    return WORDED_BOUND.sub(lambda m: "≤" if m.group(1) == "<" else "≥", text)


def without_markup(text: str) -> str:
    """The text with each inline markup tag blanked out (as many spaces: offsets stay), as an abstract copied with
    its JATS or HTML tags reads without them.

    >>> without_markup("<jats:p>XY-123 cut pain (p <0.01).</jats:p>")
    '        XY-123 cut pain (p <0.01).         '
    """
    if "<" not in text or MARKUP.search(text) is None:
        return text
    return MARKUP.sub(lambda m: " " * len(m.group()), text)


def clean_text(text: str) -> str:
    """The text as kg reads it: character entities decoded, inline markup tags blanked, bounds in words as signs."""
    return with_bound_signs(without_markup(without_entities(text)))


def parse_document(text: str, source: str = "-", media_type: str = "text/plain", clean: bool = True) -> Document:
    """Build a Document and read its title, byline and date from the top of the text (:func:`clean_text` first,
    unless the caller has cleaned it: ``clean=False``)."""
    text = clean_text(text) if clean else text
    lines = [ln.strip().lstrip("#").strip() for ln in text.splitlines() if ln.strip()]
    title = lines[0] if lines else None
    byline = BYLINE.search(text[:2000])
    head = "\n".join(lines[:8])
    dates = find_dates(head)
    name = Path(strip_gz(source)).stem if source != "-" else "stdin"
    return Document(text=text, source=source, name=name, title=title,
                    byline=byline.group("name").strip() if byline else None,
                    date=dates[0].iso if dates else None, media_type=media_type)
