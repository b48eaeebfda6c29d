"""Deterministic IRIs for documents, entities, statements and evidence.

==========================  ==============================================
thing                       IRI under ``https://w3id.org/kg-trials/id/``
==========================  ==============================================
document                    ``document/{sha256 of text, 16 hex}``
trial with a registry id    ``trial/{registry id}``
trial without one           ``trial/doc-{document id}-1`` (known to that document only)
grounded entity             ``{kind}/{first CURIE, ':' as '_'}``
other entity                ``{kind}/{slug of the normalised label}``
entity inside a trial       ``{kind}/{slug of trial key}/{slug of local key}``
statement, evidence         ``document/{id}/statement/{hash}``, ``.../evidence/{hash}``
extractor                   ``extractor/{name}/{version}``
the entities graph          ``graph/entities``
==========================  ==============================================

>>> from kg.model import Entity
>>> entity_iri(Entity("Disease", "ALS", ids=("DOID:332",)))
'https://w3id.org/kg-trials/id/disease/DOID_332'
>>> entity_iri(Entity("Therapy", "Tumor Necrosis Factor-α"))
'https://w3id.org/kg-trials/id/therapy/tumor-necrosis-factor-alpha'
>>> entity_iri(Entity("Trial", "NCT01234567", local="NCT01234567"))
'https://w3id.org/kg-trials/id/trial/NCT01234567'

Whatever the text, the IRI is valid: characters outside ASCII letters, digits
and ``-_.`` are percent-encoded as UTF-8 (a character no encoding holds, as a
lone surrogate, as U+FFFD first), a final ``.`` is encoded (rdflib cannot read
a Turtle local name ending in an escaped dot), and a segment longer than
``MAX_SEGMENT`` characters encoded is cut (between characters) and ends with a
hash of the whole text, so two long labels stay two nodes.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from urllib.parse import quote

from kg.model import Entity
from kg.rdf.values import clean_text

BASE = "https://w3id.org/kg-trials/id/"
ENTITY_GRAPH = f"{BASE}graph/entities"     # classes, labels and ids of entities, shared by all documents
MAX_SEGMENT = 240                          # characters of one encoded path segment before it is cut and hashed


def segment(text: str, safe: str = "-_.") -> str:
    """One IRI path segment from any text: bounded, percent-encoded, never ending in ``.``.

    >>> segment("NCT 1."), segment("a\\ud800b"), len(segment("x" * 5000)), len(segment("é" * 5000))
    ('NCT%201%2E', 'a%EF%BF%BDb', 253, 253)
    """
    text = clean_text(text)
    encoded = quote(text, safe=safe)
    if len(encoded) > MAX_SEGMENT:
        size, cut = 0, 0
        for char in text:
            size += len(quote(char, safe=safe))
            if size > MAX_SEGMENT:
                break
            cut += 1
        encoded = f"{quote(text[:cut], safe=safe)}-{digest(text)[:12]}"
    return encoded[:-1] + "%2E" if encoded.endswith(".") else encoded


@lru_cache(maxsize=16384)          # the same few labels come back in every fact of a corpus
def slug(text: str) -> str:
    """Lower-case, runs of other characters as '-', non-ASCII letters percent-encoded."""
    text = text.lower()
    for greek, name in (("α", "alpha"), ("β", "beta"), ("γ", "gamma"), ("κ", "kappa"), ("δ", "delta")):
        text = text.replace(greek, name)
    text = re.sub(r"[^\w]+", "-", text).strip("-") or "x"
    return segment(text, safe="-_")


@lru_cache(maxsize=None)
def kind_path(kind: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "-", kind).lower()


@lru_cache(maxsize=8192)
def entity_iri(entity: Entity) -> str:
    kind = kind_path(entity.kind)
    if entity.kind == "Trial":
        return f"{BASE}trial/{segment(entity.local or entity.label)}"
    if entity.scope:
        local = entity.local or (entity.ids[0] if entity.ids else entity.label)
        return f"{BASE}{kind}/{slug(entity.scope)}/{slug(local)}"
    if entity.ids:
        return f"{BASE}{kind}/{segment(entity.ids[0].replace(':', '_'))}"
    return f"{BASE}{kind}/{slug(entity.local or entity.label)}"


def document_iri(doc_id: str) -> str:
    return f"{BASE}document/{doc_id}"


def digest(*parts) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8", "surrogatepass")).hexdigest()[:20]


@lru_cache(maxsize=None)
def extractor_iri(name: str, version: str) -> str:
    return f"{BASE}extractor/{slug(name)}/{slug(version)}"


def public_iri(curie: str) -> str:
    """A resolvable IRI for a CURIE, through the Bioregistry resolver."""
    return f"https://bioregistry.io/{segment(curie, safe=':._-')}"
