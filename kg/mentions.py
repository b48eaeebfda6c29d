"""The mention layer of documents and PubTator citations, as PubTator or JSON.

>>> from kg.documents import parse_document
>>> [m.text for m in document_mentions(parse_document("T\\n\\nFever after aspirin.", "t.txt"))]
['Fever', 'aspirin']
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

from kg.documents import decode, iter_paths, parse_document, read_document
from kg.extractors import load_extractors
from kg.model import Document, Mention
from kg.pubtator import Citation, format_pubtator, is_pubtator, parse_pubtator


def document_mentions(doc: Document) -> list[Mention]:
    """Every mention the registered ``mentions`` extractor finds."""
    return [m for m in load_extractors(("mentions",))["mentions"].extract(doc) if isinstance(m, Mention)]


def citation_document(c: Citation, source: str) -> Document:
    return parse_document(c.text, source=f"{source}#{c.pmid}")


def iter_inputs(inputs: Iterable[str]) -> Iterator[tuple[str, str, str, Document]]:
    """(id, title, abstract-or-body, Document) for text files and for each citation of PubTator files."""
    for path in iter_paths(inputs, suffixes=None):
        raw = decode(Path(path).read_bytes(), str(path)) if path != "-" else None
        if raw is not None and is_pubtator(raw):
            for c in parse_pubtator(raw, str(path)):
                yield c.pmid, c.title, c.abstract, citation_document(c, str(path))
        else:
            doc = read_document(path)
            title, _, body = doc.text.partition("\n")
            yield doc.name, title, body, doc


def render_mentions(inputs: Iterable[str], fmt: str) -> str:
    out, records = [], []
    for ident, title, body, doc in iter_inputs(inputs):
        mentions = document_mentions(doc)
        if fmt == "pubtator":
            out.append(format_pubtator(ident, title, body, mentions))
        else:
            records.append({"document": ident, "mentions": [
                {"text": m.text, "start": m.start, "end": m.end, "type": m.kind, "label": m.label, "ids": list(m.ids)}
                for m in mentions]})
    return "".join(out) if fmt == "pubtator" else json.dumps(records, indent=2, ensure_ascii=False) + "\n"
