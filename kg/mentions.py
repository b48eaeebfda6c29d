"""The mention layer of documents and PubTator citations, as PubTator or JSON.

>>> from kg.documents import parse_document
>>> [m.text for m in document_mentions(parse_document("T\\n\\nFever after aspirin.", "t.txt"))]
['Fever', 'aspirin']
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

from kg.documents import decode, parse_document, read_document
from kg.errors import KGError
from kg.extractors import load_extractors
from kg.model import Document, Mention
from kg.pubtator import Citation, format_pubtator, is_pubtator, parse_pubtator
from kg.readers import Skipped, Unread, find_inputs, one_line, read_bytes


def document_mentions(doc: Document) -> list[Mention]:
    """Every mention the registered ``mentions`` extractor finds."""
    return [m for m in load_extractors(("mentions",))["mentions"].extract(doc) if isinstance(m, Mention)]


def citation_document(c: Citation, source: str) -> Document:
    """A PubTator citation's document, its text as given (the corpus's offsets are into it: nothing is cleaned)."""
    return parse_document(c.text, source=f"{source}#{c.pmid}", clean=False)


def iter_inputs(inputs: Iterable[str], errors: list[str] | None = None) -> Iterator[tuple[str, str, str, Document]]:
    """(id, title, abstract-or-body, Document) for text files and for each citation of PubTator files.

    Inputs are found as ``kg build`` finds them (folders recursively, ``.gz`` read, other types passed
    over). An input that cannot be read raises KGError, or, when ``errors`` is a list, adds its
    one-line message there and the next input is read.
    """
    for item in find_inputs(inputs, fmt="text"):
        if isinstance(item, Skipped):
            continue
        try:
            if isinstance(item, Unread):
                raise KGError(item.message)
            yield from input_records(item)
        except KGError as err:
            if errors is None:
                raise
            errors.append(one_line(str(err)))


def input_records(path) -> Iterator[tuple[str, str, str, Document]]:
    """The records of one input: each citation of a PubTator file, else the file as one document."""
    raw = decode(read_bytes(Path(path)), str(path)) if path != "-" else None
    if raw is not None and is_pubtator(raw):
        for c in parse_pubtator(raw, str(path)):
            yield c.pmid, c.title, c.abstract, citation_document(c, str(path))
    else:
        doc = read_document(path)
        title, _, body = doc.text.partition("\n")
        yield doc.name, title, body, doc


def render_mentions(inputs: Iterable[str], fmt: str, errors: list[str] | None = None) -> str:
    """The mentions of every input as PubTator or JSON text (``errors``: see :func:`iter_inputs`)."""
    out, records = [], []
    for ident, title, body, doc in iter_inputs(inputs, errors):
        mentions = document_mentions(doc)
        if fmt == "pubtator":
            out.append(format_pubtator(ident, title, body, mentions))
        else:
            records.append({"document": ident, "mentions": [
                {"text": m.text, "start": m.start, "end": m.end, "type": m.kind, "label": m.label, "ids": list(m.ids)}
                for m in mentions]})
    return "".join(out) if fmt == "pubtator" else json.dumps(records, indent=2, ensure_ascii=False) + "\n"
