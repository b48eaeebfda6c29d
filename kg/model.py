"""Typed records passed between stages: documents, evidence, entities, facts.

Every stage boundary uses these frozen dataclasses, never bare tuples.

>>> Entity("Therapy", "metformin", ids=("DRUGBANK:DB00331",)).key
'DRUGBANK:DB00331'
>>> Entity("Arm", "Low dose", scope="NCT01234567").key
'NCT01234567/low dose'
>>> Value(5).datatype
'integer'
"""

from __future__ import annotations

import hashlib
from dataclasses import MISSING, dataclass, field, fields
from decimal import Decimal
from functools import cached_property
from typing import Union


def record(cls):
    """``dataclass(frozen=True)``, made by an ``__init__`` that sets all fields in one step.

    A frozen dataclass's own ``__init__`` sets each field through ``object.__setattr__`` (its ``__setattr__``
    refuses), some 0.2 us a field, and the extractors make these records by the hundred per document. Fields,
    defaults, ``__post_init__``, equality, hashing and frozenness are the dataclass's own.

    >>> @record
    ... class Pair:
    ...     a: int
    ...     b: list = field(default_factory=list)
    >>> Pair(1), Pair(1) == Pair(a=1, b=[]), hash(Pair(2, ())) == hash(Pair(2, ()))
    (Pair(a=1, b=[]), True, True)
    """
    cls = dataclass(frozen=True)(cls)
    names = [f.name for f in fields(cls)]
    plain = len(names) == len(cls.__dataclass_fields__) and all(f.init and not f.kw_only for f in fields(cls))
    if not plain or "__slots__" in cls.__dict__:
        return cls              # (an InitVar, a keyword-only or uninitialised field, slots: the dataclass's own __init__)
    params, scope = [], {"NOT_GIVEN": object(), "set_attribute": object.__setattr__}
    for f in fields(cls):
        if f.default is not MISSING:
            scope[f"default_{f.name}"] = f.default
            params.append(f"{f.name}=default_{f.name}")
        elif f.default_factory is not MISSING:
            scope[f"factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=NOT_GIVEN")
        else:
            params.append(f.name)
    values = ", ".join(f"{n!r}: factory_{n}() if {n} is NOT_GIVEN else {n}" if f"factory_{n}" in scope else f"{n!r}: {n}"
                       for n in names)
    post = "\n    self.__post_init__()" if hasattr(cls, "__post_init__") else ""
    exec(f"def __init__(self, {', '.join(params)}):\n    set_attribute(self, '__dict__', {{{values}}}){post}", scope)
    scope["__init__"].__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = scope["__init__"]
    return cls


@record
class Document:
    """One source document: its text and what is known about where it came from."""

    text: str
    source: str                      # path, or "-" for standard input
    name: str                        # file stem; names the facts JSON
    title: str | None = None
    byline: str | None = None
    date: str | None = None          # ISO 8601 prefix
    media_type: str = "text/plain"
    url: str | None = None           # canonical URL of a web page
    obtained_by: str | None = None   # how the text was obtained ("trafilatura 2.3.1")

    @cached_property
    def id(self) -> str:
        """Stable id: the SHA-256 of the text (first 16 hex digits); computed once, every fact's evidence names it."""
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()[:16]  # a lone surrogate (JSON "\ud800") too


@record
class Evidence:
    """Where a statement was read: a sentence of a document and the span in it."""

    document_id: str
    sentence: str
    start: int                       # character offsets into Document.text
    end: int
    extractor: str = ""
    version: str = ""
    confidence: float = 1.0
    sentence_start: int | None = None   # where the sentence starts in Document.text (None: not known)


@record
class Entity:
    """A thing in the world: a therapy, a trial, a disease, an outcome ...

    ``kind`` is an ontology class name. ``key`` decides identity: two entities
    with the same kind and key are one node (a trial's key is its registry id,
    a grounded entity's its first CURIE, else its normalised label). Entities
    that only exist inside one trial (an outcome, an arm) carry ``scope``, the
    key of their parent.
    """

    kind: str
    label: str
    ids: tuple[str, ...] = ()
    scope: str = ""
    local: str = ""                  # explicit key when the label is not enough

    def __post_init__(self):
        if "\n" in self.label:          # (a name a hard-wrapped line breaks: one line, as it reads)
            object.__setattr__(self, "label", " ".join(self.label.split()))

    @cached_property
    def key(self) -> str:
        """(Worked out once: the extractors ask an entity for its key again and again, to deduplicate and to scope.)"""
        base = self.local or (self.ids[0] if self.ids else normalise_label(self.label))
        return f"{self.scope}/{base}" if self.scope else base


@record
class Value:
    """A literal value with its datatype name (integer, decimal, boolean, string, date, duration)."""

    value: Union[str, int, Decimal, float, bool]
    datatype: str = ""

    def __post_init__(self):
        if isinstance(self.value, str) and "\n" in self.value:
            object.__setattr__(self, "value", " ".join(self.value.split()))
        if not self.datatype:
            kind = ("boolean" if isinstance(self.value, bool) else "integer" if isinstance(self.value, int)
                    else "decimal" if isinstance(self.value, (Decimal, float)) else "string")
            object.__setattr__(self, "datatype", kind)


@record
class Mention:
    """A recognised entity mention: span, type and public ids."""

    text: str
    start: int
    end: int
    kind: str                        # lexicon type: disease, drug, cell, gene, anatomy, org ...
    label: str                       # preferred label
    ids: tuple[str, ...] = ()
    source: str = ""                 # which lexicon or rule found it
    attrs: str = ""                  # lexicon attributes: "small molecule", "brand", "region=Japan" ...


@record
class Fact:
    """One statement: subject, ontology property name, object, and its evidence."""

    subject: Entity
    predicate: str
    object: Union[Entity, Value]
    evidence: Evidence

    @property
    def object_text(self) -> str:
        """The object's label or lexical value, for display."""
        return self.object.label if isinstance(self.object, Entity) else str(self.object.value)


def normalise_label(label: str) -> str:
    """Case- and punctuation-insensitive form used for identity.

    >>> normalise_label("  Tumor Necrosis Factor-α ")
    'tumor necrosis factor-alpha'
    """
    text = " ".join(label.lower().split())
    if not text.isascii():           # most labels are ASCII: no Greek letter to spell out
        for greek, name in GREEK_NAMES:
            text = text.replace(greek, name)
    return text.strip(" .,;:")


GREEK_NAMES = (("α", "alpha"), ("β", "beta"), ("γ", "gamma"), ("κ", "kappa"), ("δ", "delta"))


@dataclass
class ExtractionResult:
    """What one document yields: its mentions and facts, or the error that stopped it."""

    document: Document
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)    # extractors that failed on the document, one line each
