"""Export the store as Turtle (default), TriG, N-Quads, N-Triples or JSON-LD, atomically.

Triple formats (Turtle, N-Triples, JSON-LD) hold the union of all document
graphs; quad formats (TriG, N-Quads) keep one named graph per document.
Oxigraph's writers are used (rdflib's Turtle writer is two orders of
magnitude slower, see ``../shared/notes/rdf-stack.md``). The output goes
through :mod:`kg.output`: a regular file (or a symlink's target) is written
beside itself, parsed again and only then renamed into place, so a broken
file never replaces a good one; standard output (``-``), a device or a FIFO
is streamed as it is written, and cannot be parsed back (its reader sees the
statements as they come; the count written is still checked).
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

import pyoxigraph as ox

from kg.errors import KGError
from kg.output import open_output
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
    """Write the store to ``path`` (``-`` for standard output); returns the number of triples or quads written.

    Quad formats are dumped by Oxigraph straight from the store; triple formats
    stream the deduplicated union. Nothing is held in Python but the triple in hand.
    """
    if fmt not in FORMATS:
        raise KGError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    with open_output(path, binary=True) as sink:
        expected = write_rdf(store, sink.file, fmt)
        if sink.temp is None:
            return expected
        sink.file.flush()
        try:
            count = sum(1 for _ in ox.parse(path=sink.temp, format=FORMATS[fmt]))
        except SyntaxError as err:
            raise KGError(f"{path}: the {fmt} written does not parse back ({err}); nothing was replaced") from None
        if count != expected:
            raise KGError(f"{path}: wrote {expected} statements but read back {count}; nothing was replaced")
    return count


def write_rdf(store: KGStore, out: BinaryIO, fmt: str) -> int:
    """Serialize the store in ``fmt`` to a binary file; the number of statements written."""
    prefixes = PREFIXES if fmt in ("turtle", "trig") else None
    if fmt in QUAD_FORMATS:
        store.ox.dump(out, FORMATS[fmt], prefixes=prefixes)
        return len(store)
    items = Counted(union_triples(store))
    ox.serialize(items, out, FORMATS[fmt], prefixes=prefixes)
    return items.n
