"""Turn one document's facts into quads in the document's own named graph.

Provenance pattern (documented in README): every fact is asserted as a plain
triple, and also described by a ``kg:Statement`` node (``rdf:subject``,
``rdf:predicate``, ``rdf:object``) that ``prov:wasDerivedFrom`` a
``kg:Evidence`` node: document, sentence text, start and end offsets,
confidence, ``prov:wasAttributedTo`` the ``kg:Extractor`` (name, version).
"""

from __future__ import annotations

from typing import Iterable

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.model import Document, Entity, Evidence, Fact, Value
from kg.rdf import mint
from kg.rdf.namespace import KG

DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}
ENTITY_KINDS = {"Therapy", "Comparator", "Trial", "Arm", "Organization", "RegulatoryAgency", "Disease", "Phenotype",
                "CellType", "Biomarker", "Target", "Country", "OutcomeMeasure", "Outcome", "AdverseEvent",
                "BiomarkerFinding", "ConcomitantMedication", "Publication", "DevelopmentStatus"}


def node(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def literal(value: Value, predicate: str) -> ox.Literal:
    """A typed literal; dates become xsd:gYear / gYearMonth / date by their length."""
    v = value.value
    if predicate in ("statusDate", "publicationDate"):
        return ox.Literal(str(v), datatype=node(DATE_TYPES.get(len(str(v)), XSD.string)))
    if value.datatype == "boolean":
        return ox.Literal("true" if v else "false", datatype=node(XSD.boolean))
    if value.datatype == "integer":
        return ox.Literal(str(int(v)), datatype=node(XSD.integer))
    if value.datatype == "decimal":
        return ox.Literal(format(float(v), "f").rstrip("0").rstrip(".") if "e" not in repr(v) else repr(v),
                          datatype=node(XSD.decimal))
    if isinstance(v, str) and v.startswith("P") and predicate in ("doseInterval", "duration", "followUp", "timepoint"):
        return ox.Literal(v, datatype=node(XSD.duration))
    return ox.Literal(str(v))


def entity_triples(entity: Entity) -> list[tuple]:
    if entity.kind not in ENTITY_KINDS:
        raise ValueError(f"entity kind {entity.kind!r} is not a class of the ontology")
    s = node(mint.entity_iri(entity))
    out = [(s, node(RDF.type), node(getattr(KG, entity.kind))), (s, node(RDFS.label), ox.Literal(entity.label))]
    for curie in entity.ids:
        out.append((s, node(KG.publicId), ox.Literal(curie)))
        out.append((s, node(SKOS.exactMatch), ox.NamedNode(mint.public_iri(curie))))
    return out


def document_triples(doc: Document) -> list[tuple]:
    d = node(mint.document_iri(doc.id))
    out = [(d, node(RDF.type), node(KG.Document)), (d, node(KG.contentHash), ox.Literal(doc.id)),
           (d, node(KG.sourcePath), ox.Literal(doc.source)), (d, node(KG.fileName), ox.Literal(doc.name)),
           (d, node(KG.mediaType), ox.Literal(doc.media_type))]
    if doc.title:
        out.append((d, node(DCTERMS.title), ox.Literal(doc.title)))
    if doc.byline:
        out.append((d, node(KG.byline), ox.Literal(doc.byline)))
    if doc.date:
        out.append((d, node(DCTERMS.date), ox.Literal(doc.date, datatype=node(DATE_TYPES.get(len(doc.date), XSD.string)))))
    return out


def evidence_triples(doc_iri: ox.NamedNode, ev: Evidence) -> tuple[ox.NamedNode, list[tuple]]:
    e = ox.NamedNode(f"{doc_iri.value}/evidence/{mint.digest(ev.start, ev.end, ev.extractor, ev.version, ev.confidence)}")
    x = ox.NamedNode(mint.extractor_iri(ev.extractor, ev.version))
    return e, [
        (e, node(RDF.type), node(KG.Evidence)), (e, node(KG.document), doc_iri),
        (e, node(KG.sentenceText), ox.Literal(ev.sentence)),
        (e, node(KG.startOffset), ox.Literal(str(ev.start), datatype=node(XSD.integer))),
        (e, node(KG.endOffset), ox.Literal(str(ev.end), datatype=node(XSD.integer))),
        (e, node(KG.confidence), ox.Literal(f"{ev.confidence:.2f}", datatype=node(XSD.decimal))),
        (e, node(PROV.wasAttributedTo), x),
        (x, node(RDF.type), node(KG.Extractor)), (x, node(KG.extractorName), ox.Literal(ev.extractor)),
        (x, node(KG.extractorVersion), ox.Literal(ev.version)),
    ]


def fact_triples(doc_iri: ox.NamedNode, fact: Fact) -> list[tuple]:
    s = node(mint.entity_iri(fact.subject))
    p = node(getattr(KG, fact.predicate))
    o = node(mint.entity_iri(fact.object)) if isinstance(fact.object, Entity) else literal(fact.object, fact.predicate)
    out = entity_triples(fact.subject) + (entity_triples(fact.object) if isinstance(fact.object, Entity) else [])
    out.append((s, p, o))
    e, ev_triples = evidence_triples(doc_iri, fact.evidence)
    st = ox.NamedNode(f"{doc_iri.value}/statement/{mint.digest(s, p, o, e.value)}")
    out += [(st, node(RDF.type), node(KG.Statement)), (st, node(RDF.subject), s), (st, node(RDF.predicate), p),
            (st, node(RDF.object), o), (st, node(PROV.wasDerivedFrom), e)] + ev_triples
    return out


def document_quads(doc: Document, facts: Iterable[Fact]) -> list[ox.Quad]:
    """All quads of one document, in its named graph (the document IRI), without duplicates."""
    graph = node(mint.document_iri(doc.id))
    triples = document_triples(doc)
    for fact in facts:
        triples += fact_triples(graph, fact)
    return [ox.Quad(s, p, o, graph) for s, p, o in dict.fromkeys(triples)]
