"""Turn one document's facts into quads: the document's own named graph, and the shared entities graph.

Provenance pattern (documented in README): every fact is asserted as a plain
triple in the document's graph, and also described by a ``kg:Statement`` node
(``rdf:subject``, ``rdf:predicate``, ``rdf:object``) that
``prov:wasDerivedFrom`` a ``kg:Evidence`` node: document, sentence text,
start and end offsets, confidence, ``prov:wasAttributedTo`` the
``kg:Extractor``. What describes an entity rather than a document (its
classes, label, public ids; an extractor's name and version) goes once into
the entities graph, so that a label is not repeated by every document.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Iterable

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.model import Document, Entity, Evidence, Fact, Value
from kg.rdf import mint
from kg.rdf.namespace import KG

DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}
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
IN_DOCUMENT, SENTENCE, START, END, CONFIDENCE = (node(t) for t in (KG.document, KG.sentenceText, KG.startOffset,
                                                                   KG.endOffset, KG.confidence))
INTEGER, DECIMAL = node(XSD.integer), node(XSD.decimal)


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
    """A literal typed by the property's range in the ontology; dates by their length (gYear, gYearMonth, date).

    >>> literal(Value(68), "ageMax").datatype.value.rsplit("#")[1], literal(Value(0.5), "pValue").value
    ('decimal', '0.5')
    """
    v = value.value
    datatype = property_ranges().get(predicate)
    if datatype is None:
        return ox.Literal(str(v), datatype=node(DATE_TYPES.get(len(str(v)), XSD.string)))
    if datatype == str(XSD.boolean):
        lexical = "true" if v else "false"
    elif datatype == str(XSD.integer):
        lexical = str(int(v))
    elif datatype == str(XSD.decimal):
        lexical = format(Decimal(str(v)), "f")
    else:
        lexical = str(v)
    if datatype == str(XSD.string):
        return ox.Literal(lexical)
    return ox.Literal(lexical, datatype=ox.NamedNode(datatype))


@lru_cache(maxsize=8192)           # an entity recurs in many facts: its triples are made once
def entity_triples(entity: Entity) -> tuple[tuple, ...]:
    if entity.kind not in ENTITY_KINDS:
        raise ValueError(f"entity kind {entity.kind!r} is not a class of the ontology")
    s = node(mint.entity_iri(entity))
    out = [(s, node(RDF.type), property_node(entity.kind)), (s, node(RDFS.label), ox.Literal(entity.label))]
    out += [(s, node(RDF.type), property_node(sup)) for sup in SUPERCLASSES.get(entity.kind, ())]
    for curie in entity.ids:
        out.append((s, node(KG.publicId), ox.Literal(curie)))
        out.append((s, node(SKOS.exactMatch), ox.NamedNode(mint.public_iri(curie))))
    return tuple(out)


def document_triples(doc: Document, built_with: str | None = None) -> list[tuple]:
    d = node(mint.document_iri(doc.id))
    out = [(d, node(RDF.type), node(KG.Document)), (d, node(KG.contentHash), ox.Literal(doc.id)),
           (d, node(KG.sourcePath), ox.Literal(doc.source)), (d, node(KG.fileName), ox.Literal(doc.name)),
           (d, node(KG.mediaType), ox.Literal(doc.media_type))]
    if doc.title:
        out.append((d, node(DCTERMS.title), ox.Literal(doc.title)))
    if doc.byline:
        out.append((d, node(KG.byline), ox.Literal(doc.byline)))
    if doc.url:
        out.append((d, node(KG.sourceUrl), ox.Literal(doc.url, datatype=node(XSD.anyURI))))
    if doc.obtained_by:
        out.append((d, node(KG.obtainedBy), ox.Literal(doc.obtained_by)))
    if built_with:
        out.append((d, node(KG.builtWith), ox.Literal(built_with)))
    if doc.date:
        out.append((d, node(DCTERMS.date), ox.Literal(doc.date, datatype=node(DATE_TYPES.get(len(doc.date), XSD.string)))))
    return out


@lru_cache(maxsize=None)
def extractor_triples(name: str, version: str) -> tuple[tuple, ...]:
    x = ox.NamedNode(mint.extractor_iri(name, version))
    return ((x, node(RDF.type), node(KG.Extractor)), (x, node(KG.extractorName), ox.Literal(name)),
            (x, node(KG.extractorVersion), ox.Literal(version)))


@lru_cache(maxsize=256)            # facts read from one sentence share its evidence node
def evidence_triples(doc_iri: ox.NamedNode, ev: Evidence) -> tuple[ox.NamedNode, tuple[tuple, ...]]:
    e = ox.NamedNode(f"{doc_iri.value}/evidence/{mint.digest(ev.start, ev.end, ev.extractor, ev.version, ev.confidence)}")
    return e, (
        (e, TYPE, EVIDENCE), (e, IN_DOCUMENT, doc_iri), (e, SENTENCE, ox.Literal(ev.sentence)),
        (e, START, ox.Literal(str(ev.start), datatype=INTEGER)), (e, END, ox.Literal(str(ev.end), datatype=INTEGER)),
        (e, CONFIDENCE, ox.Literal(f"{ev.confidence:.2f}", datatype=DECIMAL)),
        (e, ATTRIBUTED_TO, ox.NamedNode(mint.extractor_iri(ev.extractor, ev.version))),
    )


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


def document_quads(doc: Document, facts: Iterable[Fact], built_with: str | None = None) -> DocumentQuads:
    """The quads of one document, without duplicates."""
    graph = node(mint.document_iri(doc.id))
    entities = node(mint.ENTITY_GRAPH)
    own, shared = document_triples(doc, built_with), []
    for fact in facts:
        own += fact_triples(graph, fact)
        shared += shared_triples(fact)
    return DocumentQuads(graph, [ox.Quad(s, p, o, graph) for s, p, o in dict.fromkeys(own)],
                         [ox.Quad(s, p, o, entities) for s, p, o in dict.fromkeys(shared)])
