"""Turn one document's facts into quads: the document's own named graph, and the shared entities graph.

Provenance pattern (documented in README): every fact is asserted as a plain
triple in the document's graph, and also described by a ``kg:Statement`` node
(``rdf:subject``, ``rdf:predicate``, ``rdf:object``) that
``prov:wasDerivedFrom`` a ``kg:Evidence`` node: document, sentence text,
start and end offsets, confidence, ``prov:wasAttributedTo`` the
``kg:Extractor``. What describes an entity rather than a document (its
classes, label, public ids; an extractor's name and version) goes once into
the entities graph, so that a label is not repeated by every document.

Every literal is checked on its way in (:mod:`kg.rdf.values`): a value invalid
for its datatype or out of range drops its fact (or document field) with a
warning in ``DocumentQuads.warnings``, which reaches the build report; text
has the characters RDF syntaxes reject replaced.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.model import Document, Entity, Evidence, Fact, Value
from kg.rdf import mint, values
from kg.rdf.namespace import KG

SUPERCLASSES = {"RegulatoryAgency": ("Organization",), "Therapy": ("Intervention",), "Comparator": ("Intervention",)}
ENTITY_KINDS = {"Therapy", "Comparator", "Trial", "Arm", "Organization", "RegulatoryAgency", "Disease", "Phenotype",
                "CellType", "Biomarker", "Target", "Country", "OutcomeMeasure", "Outcome", "AdverseEvent",
                "BiomarkerFinding", "ConcomitantMedication", "Publication", "DevelopmentStatus", "Topic"}


@lru_cache(maxsize=4096)
def node(iri) -> ox.NamedNode:
    """The Oxigraph node of an ontology or vocabulary term (cached: rdflib's namespace lookups are slow)."""
    return ox.NamedNode(str(iri))


# the terms of every statement and evidence node, looked up once (an rdflib namespace lookup costs about a microsecond)
TYPE, SUBJECT, PREDICATE, OBJECT = (node(t) for t in (RDF.type, RDF.subject, RDF.predicate, RDF.object))
STATEMENT, EVIDENCE = node(KG.Statement), node(KG.Evidence)
DERIVED_FROM, ATTRIBUTED_TO = node(PROV.wasDerivedFrom), node(PROV.wasAttributedTo)
INTEGER, DECIMAL = node(XSD.integer), node(XSD.decimal)
IN_DOCUMENT, SENTENCE, START, END, CONFIDENCE = (node(t) for t in (KG.document, KG.sentenceText, KG.startOffset,
                                                                   KG.endOffset, KG.confidence))
SENTENCE_START = node(KG.sentenceStart)


@lru_cache(maxsize=512)
def property_node(name: str) -> ox.NamedNode:
    """The node of the ontology term ``name`` (``"phase"`` -> kg:phase, ``"Trial"`` -> kg:Trial)."""
    return node(getattr(KG, name))


@lru_cache(maxsize=1)
def property_ranges() -> dict[str, str]:
    """Datatype property name -> XSD range IRI, read from the ontology (the one source of IRIs)."""
    from kg.rdf.namespace_gen import NS, ONTOLOGY

    rng = str(RDFS.range)
    return {t.subject.value[len(NS):]: t.object.value for t in ox.parse(path=str(ONTOLOGY))
            if t.predicate.value == rng and t.object.value.startswith(str(XSD))}


def literal(value: Value, predicate: str) -> ox.Literal:
    """A literal typed by the property's range in the ontology, checked; the date properties (no range) by shape.

    Raises :class:`kg.rdf.values.InvalidValue` for a value invalid for the datatype or outside the shapes' range.

    >>> literal(Value(68), "ageMax").datatype.value.rsplit("#")[1], literal(Value(0.5), "pValue").value
    ('decimal', '0.5')
    >>> literal(Value("2023-04"), "startDate").datatype.value.rsplit("#")[1]
    'gYearMonth'
    """
    datatype = property_ranges().get(predicate)
    try:
        if datatype is None:                     # the date properties: gYear, gYearMonth or date by the value's shape
            kind, lexical = values.calendar(value.value)
            return ox.Literal(lexical, datatype=node(XSD[kind]))
        kind = datatype[len(str(XSD)):]
        lexical = values.lexical(value.value, kind)
        values.check_range(predicate, lexical, numeric=kind in ("integer", "decimal"))
    except values.InvalidValue as err:
        raise values.InvalidValue(f"kg:{predicate} {err}") from None
    return ox.Literal(lexical) if kind == "string" else ox.Literal(lexical, datatype=node(datatype))


def text(value: str) -> ox.Literal:
    """A plain string literal, its characters made safe for every RDF syntax (:func:`kg.rdf.values.clean_text`)."""
    return ox.Literal(values.clean_text(value))


@lru_cache(maxsize=8192)           # an entity recurs in many facts: its triples are made once
def entity_triples(entity: Entity) -> tuple[tuple, ...]:
    if entity.kind not in ENTITY_KINDS:
        raise ValueError(f"entity kind {entity.kind!r} is not a class of the ontology")
    s = node(mint.entity_iri(entity))
    out = [(s, node(RDF.type), property_node(entity.kind)), (s, node(RDFS.label), text(entity.label))]
    out += [(s, node(RDF.type), property_node(sup)) for sup in SUPERCLASSES.get(entity.kind, ())]
    for curie in entity.ids:
        out.append((s, node(KG.publicId), text(curie)))
        out.append((s, node(SKOS.exactMatch), ox.NamedNode(mint.public_iri(curie))))
    return tuple(out)


def document_triples(doc: Document, built_with: str | None = None, warnings: list[str] | None = None) -> list[tuple]:
    """What describes the document itself; a date that is not a calendar date is left out, with a warning."""
    d = node(mint.document_iri(doc.id))
    out = [(d, node(RDF.type), node(KG.Document)), (d, node(KG.contentHash), ox.Literal(doc.id)),
           (d, node(KG.sourcePath), text(doc.source)), (d, node(KG.fileName), text(doc.name)),
           (d, node(KG.mediaType), text(doc.media_type))]
    if doc.title:
        out.append((d, node(DCTERMS.title), text(doc.title)))
    if doc.byline:
        out.append((d, node(KG.byline), text(doc.byline)))
    if doc.url:
        out.append((d, node(KG.sourceUrl), ox.Literal(values.lexical(doc.url, "anyURI"), datatype=node(XSD.anyURI))))
    if doc.obtained_by:
        out.append((d, node(KG.obtainedBy), text(doc.obtained_by)))
    if built_with:
        out.append((d, node(KG.builtWith), text(built_with)))
    if doc.date:
        try:
            kind, lexical = values.calendar(doc.date)
            out.append((d, node(DCTERMS.date), ox.Literal(lexical, datatype=node(XSD[kind]))))
        except values.InvalidValue as err:
            (warnings if warnings is not None else []).append(f"{doc.source}: value left out: dcterms:date {err}")
    return out


@lru_cache(maxsize=None)
def extractor_triples(name: str, version: str) -> tuple[tuple, ...]:
    x = ox.NamedNode(mint.extractor_iri(name, version))
    return ((x, node(RDF.type), node(KG.Extractor)), (x, node(KG.extractorName), text(name)),
            (x, node(KG.extractorVersion), text(version)))


@lru_cache(maxsize=256)            # facts read from one sentence share its evidence node
def evidence_triples(doc_iri: ox.NamedNode, ev: Evidence) -> tuple[ox.NamedNode, tuple[tuple, ...]]:
    """The evidence node and its triples; raises InvalidValue for offsets or a confidence out of range."""
    start, end = offset_literals(ev)
    if type(ev.confidence) is float and 0 <= ev.confidence <= 1:        # the usual case, checked without a detour
        confidence = ox.Literal(f"{ev.confidence:.2f}", datatype=DECIMAL)
    else:
        confidence = literal(Value(confidence_lexical(ev.confidence)), "confidence")
    e = ox.NamedNode(f"{doc_iri.value}/evidence/{mint.digest(ev.start, ev.end, ev.extractor, ev.version, ev.confidence)}")
    triples = (
        (e, TYPE, EVIDENCE), (e, IN_DOCUMENT, doc_iri), (e, SENTENCE, text(ev.sentence)),
        (e, START, start), (e, END, end), (e, CONFIDENCE, confidence),
        (e, ATTRIBUTED_TO, ox.NamedNode(mint.extractor_iri(ev.extractor, ev.version))),
    )
    s0 = ev.sentence_start
    if type(s0) is int and 0 <= s0 <= ev.start and ev.end <= s0 + len(ev.sentence):     # else not said: never wrong
        triples += ((e, SENTENCE_START, ox.Literal(str(s0), datatype=INTEGER)),)
    return e, triples


def offset_literals(ev: Evidence) -> tuple[ox.Literal, ox.Literal]:
    """The start and end offsets as literals; raises InvalidValue unless 0 <= start <= end (64-bit integers)."""
    if type(ev.start) is int and type(ev.end) is int and 0 <= ev.start <= ev.end < values.INT64:
        return ox.Literal(str(ev.start), datatype=INTEGER), ox.Literal(str(ev.end), datatype=INTEGER)
    start, end = literal(Value(ev.start), "startOffset"), literal(Value(ev.end), "endOffset")     # raise with the reason
    if int(end.value) < int(start.value):
        raise values.InvalidValue(f"kg:endOffset {ev.end} is before kg:startOffset {ev.start}")
    return start, end


def confidence_lexical(confidence) -> str:
    """A confidence with two decimals ("0.90"), or as given when it is not a finite number (then refused).

    >>> confidence_lexical(0.9), confidence_lexical(float("nan"))
    ('0.90', 'nan')
    """
    try:
        number = float(confidence)
    except (TypeError, ValueError):
        return str(confidence)
    return f"{number:.2f}" if math.isfinite(number) else str(confidence)


def fact_triples(doc_iri: ox.NamedNode, fact: Fact) -> list[tuple]:
    """The asserted triple, its kg:Statement and its evidence (all in the document's graph)."""
    s = node(mint.entity_iri(fact.subject))
    p = property_node(fact.predicate)
    o = node(mint.entity_iri(fact.object)) if isinstance(fact.object, Entity) else literal(fact.object, fact.predicate)
    e, ev_triples = evidence_triples(doc_iri, fact.evidence)
    st = ox.NamedNode(f"{doc_iri.value}/statement/{mint.digest(s, p, o, e.value)}")
    return [(s, p, o), (st, TYPE, STATEMENT), (st, SUBJECT, s), (st, PREDICATE, p), (st, OBJECT, o),
            (st, DERIVED_FROM, e), *ev_triples]


def shared_triples(fact: Fact) -> list[tuple]:
    """What a fact says about its entities and extractor, for the entities graph."""
    out = [*entity_triples(fact.subject), *extractor_triples(fact.evidence.extractor, fact.evidence.version)]
    if isinstance(fact.object, Entity):
        out += entity_triples(fact.object)
    return out


@dataclass(frozen=True)
class DocumentQuads:
    graph: ox.NamedNode
    own: list[ox.Quad]          # the document's named graph: replaced as a whole on rebuild
    shared: list[ox.Quad]       # the entities graph: only ever added to
    warnings: tuple[str, ...] = ()    # values left out because they were invalid, one line each


def document_quads(doc: Document, facts: Iterable[Fact], built_with: str | None = None) -> DocumentQuads:
    """The quads of one document, without duplicates; a fact with an invalid value is left out with a warning."""
    graph = node(mint.document_iri(doc.id))
    entities = node(mint.ENTITY_GRAPH)
    warnings: list[str] = []
    own, shared = document_triples(doc, built_with, warnings), []
    for fact in facts:
        try:
            triples = fact_triples(graph, fact)
        except values.InvalidValue as err:
            warnings.append(f"{doc.source}: fact left out: {err}")
            continue
        own += triples
        shared += shared_triples(fact)
    return DocumentQuads(graph, [ox.Quad(s, p, o, graph) for s, p, o in dict.fromkeys(own)],
                         [ox.Quad(s, p, o, entities) for s, p, o in dict.fromkeys(shared)], tuple(warnings))
