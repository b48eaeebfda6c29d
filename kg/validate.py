"""SHACL validation of a store or an RDF file against ``ontology/shapes.ttl`` (pyshacl).

pyshacl runs on an rdflib in-memory graph parsed by rdflib's own N-Triples
parser: on oxrdflib graphs it is slow and wrong (see rdf-stack notes).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import rdflib

from kg.errors import InputError
from kg.resources import SHAPES

FORMAT_BY_SUFFIX = {".ttl": ox.RdfFormat.TURTLE, ".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS,
                    ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD}


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    triples: int
    text: str


def triples_to_rdflib(triples) -> rdflib.Graph:
    """An rdflib graph holding the given pyoxigraph triples (through N-Triples)."""
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    graph = rdflib.Graph()
    graph.parse(data=data.decode("utf-8"), format="nt")
    return graph


def read_file_triples(path: Path) -> list:
    fmt = FORMAT_BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        raise InputError(str(path), f"unknown RDF file type {path.suffix!r}", "use .ttl, .trig, .nq, .nt or .jsonld")
    try:
        return list({ox.Triple(q.subject, q.predicate, q.object) if isinstance(q, ox.Quad) else q
                     for q in ox.parse(path=str(path), format=fmt)})
    except SyntaxError as err:
        raise InputError(str(path), f"is not valid RDF: {err}", "re-export it with `kg export`") from None


def validate_triples(triples) -> ValidationReport:
    """Validate triples (the union of graphs) against the shapes."""
    from pyshacl import validate

    data = triples_to_rdflib(triples)
    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    conforms, _, text = validate(data, shacl_graph=shapes, inference="none", advanced=False)
    return ValidationReport(bool(conforms), len(data), text)
