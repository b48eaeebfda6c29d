"""Export the store as Turtle (default), TriG, N-Quads, N-Triples or JSON-LD, atomically.

Triple formats (Turtle, N-Triples, JSON-LD) hold the union of all document
graphs; quad formats (TriG, N-Quads) keep one named graph per document.
Oxigraph's writers are used (rdflib's Turtle writer is two orders of
magnitude slower, see ``../shared/notes/rdf-stack.md``), the file is written
beside its target and renamed into place, and it is parsed again before the
rename so a broken file never replaces a good one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from kg.errors import KGError
from kg.queries import stream
from kg.store import FORMATS, KGStore

PREFIXES = {"kg": "https://w3id.org/kg-trials/ontology#", "kgid": "https://w3id.org/kg-trials/id/",
            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "xsd": "http://www.w3.org/2001/XMLSchema#", "prov": "http://www.w3.org/ns/prov#",
            "skos": "http://www.w3.org/2004/02/skos/core#", "dcterms": "http://purl.org/dc/terms/"}
QUAD_FORMATS = {"trig", "nquads"}


def union_triples(store: KGStore) -> Iterator[ox.Triple]:
    """Every triple of every graph, once (deduplicated inside Oxigraph, streamed)."""
    for row in stream(store, "export-union"):
        yield ox.Triple(row[0], row[1], row[2])


class Counted:
    """An iterable that counts what passes through it."""

    def __init__(self, items: Iterable):
        self.items, self.n = items, 0

    def __iter__(self):
        for item in self.items:
            self.n += 1
            yield item


def export(store: KGStore, path: Path, fmt: str = "turtle") -> int:
    """Write the store to ``path``; returns the number of triples or quads written.

    Quad formats are dumped by Oxigraph straight from the store; triple formats
    stream the deduplicated union. Nothing is held in Python but the triple in hand.
    """
    if fmt not in FORMATS:
        raise KGError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    rdf_format = FORMATS[fmt]
    prefixes = PREFIXES if fmt in ("turtle", "trig") else None
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        if fmt in QUAD_FORMATS:
            store.ox.dump(tmp, rdf_format, prefixes=prefixes)
            expected = len(store)
        else:
            items = Counted(union_triples(store))
            ox.serialize(items, tmp, rdf_format, prefixes=prefixes)
            expected = items.n
        count = sum(1 for _ in ox.parse(path=tmp, format=rdf_format))
        if count != expected:
            raise KGError(f"{path}: wrote {expected} statements but read back {count}; nothing was replaced")
        os.replace(tmp, path)
        return count
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
