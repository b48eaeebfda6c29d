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

import pyoxigraph as ox

from kg.errors import KGError
from kg.store import FORMATS, KGStore

PREFIXES = {"kg": "https://w3id.org/kg-trials/ontology#", "kgid": "https://w3id.org/kg-trials/id/",
            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "xsd": "http://www.w3.org/2001/XMLSchema#", "prov": "http://www.w3.org/ns/prov#",
            "skos": "http://www.w3.org/2004/02/skos/core#", "dcterms": "http://purl.org/dc/terms/"}
QUAD_FORMATS = {"trig", "nquads"}


def union_triples(store: KGStore):
    """Every triple of every graph, once."""
    seen = set()
    for q in store.quads():
        t = ox.Triple(q.subject, q.predicate, q.object)
        if t not in seen:
            seen.add(t)
            yield t


def export(store: KGStore, path: Path, fmt: str = "turtle") -> int:
    """Write the store to ``path``; returns the number of triples or quads written."""
    if fmt not in FORMATS:
        raise KGError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    rdf_format = FORMATS[fmt]
    prefixes = PREFIXES if fmt in ("turtle", "trig") else None
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        if fmt in QUAD_FORMATS:
            items = list(store.quads())
        else:
            items = list(union_triples(store))
        ox.serialize(items, tmp, rdf_format, prefixes=prefixes)
        count = sum(1 for _ in ox.parse(path=tmp, format=rdf_format))
        if count != len(items):
            raise KGError(f"{path}: wrote {len(items)} statements but read back {count}; nothing was replaced")
        os.replace(tmp, path)
        return count
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
