"""What each page shows, read from the graph through query files sent to a SPARQL endpoint.

Every function here returns plain data (dicts, lists, strings) that the HTML
templates and the JSON API both use; nothing here writes HTML or SPARQL.
"""

from __future__ import annotations

import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib.namespace import RDF

from kg.endpoint import Endpoint
from kg.rdf.namespace import KG as ONTOLOGY
from kg.web.links import KG, curie_url, local_name, page_url, registry_url, safe_url, words
from kg.web.spans import place, segments

ENTITIES = "https://w3id.org/kg-trials/id/graph/entities"
TRIAL_FIELDS = ["trialName", "title", "registryId", "phase", "design", "recruitmentStatus", "enrollment", "male", "female",
                "ageMin", "ageMax", "ageMean", "ageMedian", "eligibleAgeMin", "eligibleAgeMax", "eligibleSex",
                "startDate", "primaryCompletionDate", "completionDate", "condition", "intervention", "comparator",
                "interventionType", "route", "doseAmount", "doseUnit", "numberOfDoses", "doseInterval", "duration",
                "followUp", "adverseEventsTotal", "seriousAdverseEvents", "seriousRelatedAdverseEvents"]
TRIAL_PARTIES = ["sponsor", "collaborator", "site", "country", "hasPublication", "hasConcomitantMedication"]
TRIAL_PARTS = {"hasOutcome", "hasArm", "hasAdverseEvent", "hasBiomarkerFinding", "registryPrefix"}
THERAPY_FIELDS = ["name", "alias", "modality", "cellType", "cellSource", "target", "developedBy", "partner",
                  "approvedFor", "investigatedFor", "role"]
CONDITION_CLASSES = {"Disease", "Phenotype"}
INVERSE = {  # what a property pointing at an entity means, seen from it (its page's headings)
    "condition": "Trials in this condition", "approvedFor": "Therapies approved for it",
    "investigatedFor": "Therapies investigated for it", "developedBy": "Therapies it develops",
    "partner": "Therapies it partners on", "sponsor": "Trials it sponsors", "collaborator": "Trials it collaborates on",
    "site": "Trials at this site", "country": "Trials in this country", "parentOrganization": "Its subsidiaries",
    "statusBy": "Statuses it decided", "region": "Statuses in this region", "target": "Therapies that target it",
    "cellType": "Therapies made of it", "cellSource": "Therapies derived from it", "intervention": "Trials testing it",
    "comparator": "Trials comparing with it", "drug": "Taken alongside in", "hasPublication": "Results of",
    "adverseEventTerm": "Reported as an adverse event in", "biomarker": "Findings on it", "measure": "Outcomes measuring it",
    "arm": "Outcomes of this arm", "armIntervention": "Arms receiving it"}
LISTINGS: dict[tuple[str, str], tuple[float, list[dict]]] = {}
LISTING_SECONDS = 60
POOL = ThreadPoolExecutor(max_workers=8, thread_name_prefix="kg-web-query")   # a page's queries, sent side by side
ORGANISATION_CLASSES = {"Organization", "RegulatoryAgency"}


def text(term) -> str | None:
    return None if term is None else term.value


@dataclass(frozen=True)
class Reader:
    """The graph as the pages read it: query files over ``endpoint``."""

    endpoint: Endpoint

    def rows(self, name: str, params: dict | None = None) -> list[dict]:
        """A query file's rows, values as plain strings (None when unbound)."""
        return [{k: text(v) for k, v in row.items()} for row in self.endpoint.select(name, params or {})]

    def terms(self, name: str, params: dict | None = None) -> list[dict]:
        return self.endpoint.select(name, params or {})

    def listing(self, name: str) -> list[dict]:
        """A parameterless query's rows (a whole-graph listing), kept for :data:`LISTING_SECONDS`: the graph served
        is a read-only snapshot, and some listings take seconds on a large one."""
        key, now = (self.endpoint.url, name), time.monotonic()
        hit = LISTINGS.get(key)
        if hit is None or now - hit[0] > LISTING_SECONDS:
            hit = LISTINGS[key] = (now, self.rows(name))
        return hit[1]

    def together(self, *calls):
        """Run ``(function, arg...)`` calls side by side (a page's independent queries); their results in order."""
        futures = [POOL.submit(fn, *args) for fn, *args in calls]
        return [f.result() for f in futures]

    # -- entities -----------------------------------------------------------------------------------------

    def node(self, iri: str) -> dict | None:
        """Label, class and public ids of an entity (None when the graph does not know it)."""
        rows = [r for r in self.rows("page-node", {"node": ox.NamedNode(iri)}) if r.get("label")]
        if not rows:
            return None
        r = rows[0]
        ids = sorted(i for i in (r["ids"] or "").split("|") if i)
        return {"iri": iri, "url": page_url(iri), "label": r["label"], "class": r["class"],
                "ids": [{"id": i, "url": curie_url(i)} for i in ids]}

    def facts(self, iri: str) -> list[dict]:
        """What the documents state about an entity: property, value (and linked entity), documents."""
        out = []
        for r in self.terms("page-facts", {"node": ox.NamedNode(iri)}):
            obj, cls = r["object"], text(r["targetClass"])
            linked = isinstance(obj, ox.NamedNode) and cls is not None
            out.append({"property": text(r["property"]), "name": words(text(r["property"])), "value": text(r["value"]),
                        "object": obj.value, "url": page_url(obj.value) if linked else None, "class": cls,
                        "documents": int(text(r["documents"])),
                        "evidence": evidence_url(iri, text(r["property"]))})
        return out

    def incoming(self, iri: str) -> list[dict]:
        return [{"property": r["property"], "name": words(r["property"]), "source": r["source"], "label": r["label"],
                 "class": r["class"], "url": page_url(r["source"]), "documents": int(r["documents"]),
                 "evidence": evidence_url(r["source"], r["property"])}
                for r in self.rows("page-incoming", {"node": ox.NamedNode(iri)})]

    # -- pages ----------------------------------------------------------------------------------------------

    def search(self, query: str) -> list[dict]:
        return [{"iri": r["node"], "label": r["label"], "class": r["class"], "matched": r["matched"],
                 "exact": r["exact"] == "1", "url": page_url(r["node"])}
                for r in self.rows("page-search", {"text": query})]

    def trial(self, node: dict) -> dict:
        iri = node["iri"]
        trial = {"trial": ox.NamedNode(iri)}
        facts, arms, outcomes, events, markers = self.together(
            (self.facts, iri), (self.rows, "page-trial-arms", trial), (self.rows, "page-trial-outcomes", trial),
            (self.rows, "page-trial-adverse-events", trial), (self.rows, "page-trial-biomarkers", trial))
        by = grouped(facts)
        prefix = next((f["value"] for f in by.get("registryPrefix", [])), None)
        registry = [{"id": f["value"], "url": registry_url(prefix, f["value"])} for f in by.get("registryId", [])]
        arms = [dict(a, evidence=evidence_url(a["arm"])) for a in arms if a["arm"]]
        outcomes = [dict(o, url=page_url(o["outcome"]), evidence=evidence_url(o["outcome"])) for o in outcomes]
        events = [dict(e, url=page_url(e["termNode"]) if e["termNode"] else None, evidence=evidence_url(e["event"]),
                       ids=[i for i in (e["ids"] or "").split("|") if i]) for e in events]
        markers = [dict(b, url=page_url(b["biomarkerNode"]), evidence=evidence_url(b["finding"]),
                        ids=[i for i in (b["ids"] or "").split("|") if i]) for b in markers]
        return {**node, "registry": registry, "fields": ordered(by, TRIAL_FIELDS),
                "parties": ordered(by, TRIAL_PARTIES), "arms": arms, "outcomes": outcomes, "adverse_events": events,
                "biomarkers": markers,
                "other": ordered(by, sorted(set(by) - set(TRIAL_FIELDS) - set(TRIAL_PARTIES) - TRIAL_PARTS))}

    def therapy(self, node: dict) -> dict:
        iri = node["iri"]
        therapy = {"therapy": ox.NamedNode(iri)}
        facts, status, trials = self.together((self.facts, iri), (self.rows, "page-therapy-status", therapy),
                                               (self.rows, "page-therapy-trials", therapy))
        by = grouped(facts)
        orgs = [f for f in by.get("developedBy", []) + by.get("partner", []) if f["url"]]
        parents = self.together(*((self.facts, f["object"]) for f in orgs))
        developers = [dict(f, parents=[p for p in up if p["property"] == "parentOrganization"]) for f, up in zip(orgs, parents)]
        status = [dict(s, by_url=page_url(s["by"]) if s["by"] else None, evidence=evidence_url(s["status"])) for s in status]
        trials = [dict(t, url=page_url(t["trial"]), evidence=evidence_url(t["trial"], t["role"])) for t in trials]
        return {**node, "fields": ordered(by, THERAPY_FIELDS), "developers": developers, "status": status,
                "trials": trials, "other": ordered(by, sorted(set(by) - set(THERAPY_FIELDS) - {"hasStatus"}))}

    def entity(self, node: dict) -> dict:
        """Any other entity (condition, organisation, outcome ...): its facts and what points at it."""
        facts, pointing = self.together((self.facts, node["iri"]), (self.incoming, node["iri"]))
        by = grouped(facts)
        incoming: dict[str, list[dict]] = defaultdict(list)
        for r in pointing:
            incoming[r["property"]].append(r)
        return {**node, "fields": ordered(by, sorted(by)),
                "incoming": [{"property": p, "name": INVERSE.get(p, f"Named as {words(p)} by"), "rows": rows}
                             for p, rows in sorted(incoming.items())]}

    def evidence(self, subject: str, predicate: str | None = None, obj: str | None = None) -> list[dict]:
        """The sentences behind an entity's facts, each with its span marked, grouped by document."""
        params = {"subject": ox.NamedNode(subject)}
        if predicate:
            params["predicate"] = ox.NamedNode(predicate if "://" in predicate else KG + predicate)
        rows = [r for r in self.rows("page-evidence", params) if obj is None or r["object"] == obj]
        documents = sorted({r["document"] for r in rows})
        placed = dict(zip(documents, self.together(*((self.placed, doc) for doc in documents))))
        out = []
        for r in rows:
            start, end = int(r["start"]), int(r["end"])
            s0 = int(r["sentenceStart"]) if r.get("sentenceStart") else \
                next((p for p, sentence, _ in placed[r["document"]]
                      if sentence == r["sentence"] and p is not None and p <= start and end <= p + len(sentence)), None)
            out.append({**r, "property": local_name(r["predicate"]), "name": words(local_name(r["predicate"])),
                        "segments": segments(r["sentence"], s0, [(start, end)]), "url": safe_url(r["url"]),
                        "document_url": page_url(r["document"]),
                        "object_url": page_url(r["object"]) if r["value"] != r["object"] else None})
        return out

    def placed(self, document: str) -> list:
        return placed_sentences(self.rows("page-document-spans", {"document": ox.NamedNode(document)}))

    def document(self, iri: str) -> dict | None:
        document = {"document": ox.NamedNode(iri)}
        head, rows = self.together((self.rows, "page-document", document), (self.rows, "page-document-spans", document))
        if not head:
            return None
        facts = defaultdict(list)
        for r in rows:
            facts[(r["sentence"], int(r["start"]), int(r["end"]))].append(r)
        sentences = []
        for s0, sentence, spans in placed_sentences(rows):
            offsets = [(a, b) for a, b, _ in spans]
            said = [{"span": k, **f, "property": local_name(f["predicate"]), "name": words(local_name(f["predicate"])),
                     "subject_url": page_url(f["subject"])}
                    for k, (a, b) in enumerate(offsets) for f in facts[(sentence, a, b)]]
            sentences.append({"start": s0, "segments": segments(sentence, s0, offsets), "facts": said})
        return {**head[0], "iri": iri, "url": safe_url(head[0]["url"]), "sentences": sentences}

    def graph(self, node: dict) -> dict:
        """The entity and its neighbours, as vis-network nodes and edges."""
        iri = node["iri"]
        nodes = {iri: {"id": iri, "label": node["label"][:40], "group": node["class"], "url": node["url"]}}
        edges = []
        facts, pointing = self.together((self.facts, iri), (self.incoming, iri))
        for f in facts:
            if f["url"]:
                nodes.setdefault(f["object"], {"id": f["object"], "label": f["value"][:40], "group": f["class"], "url": f["url"]})
                edges.append({"from": iri, "to": f["object"], "label": f["name"]})
        for r in pointing:
            nodes.setdefault(r["source"], {"id": r["source"], "label": r["label"][:40], "group": r["class"], "url": r["url"]})
            edges.append({"from": r["source"], "to": iri, "label": r["name"]})
        return {"nodes": list(nodes.values()), "edges": edges}

    def subgraph(self, node: dict) -> list[ox.Triple]:
        """The entity's statements, what points at it, and the labels of both ends, as RDF triples."""
        iri, label = ox.NamedNode(node["iri"]), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
        out = [ox.Triple(iri, label, ox.Literal(node["label"])),
               ox.Triple(iri, ox.NamedNode(str(RDF.type)), ox.NamedNode(KG + node["class"]))]
        out += [ox.Triple(iri, ox.NamedNode(str(ONTOLOGY.publicId)), ox.Literal(i["id"])) for i in node["ids"]]
        for r in self.terms("page-facts", {"node": iri}):
            out.append(ox.Triple(iri, ox.NamedNode(KG + r["property"].value), r["object"]))
            if isinstance(r["object"], ox.NamedNode) and r["targetClass"] is not None:
                out.append(ox.Triple(r["object"], label, ox.Literal(r["value"].value)))
        for r in self.terms("page-incoming", {"node": iri}):
            out.append(ox.Triple(r["source"], ox.NamedNode(KG + r["property"].value), iri))
            out.append(ox.Triple(r["source"], label, r["label"]))
        return list(dict.fromkeys(out))


def placed_sentences(rows: list[dict]) -> list:
    """Each sentence of page-document-spans rows with its start: the stored one (kg:sentenceStart), else the one
    :func:`kg.web.spans.place` works out from the spans read in it (graphs built before the start was stored)."""
    known = {(r["sentence"], int(r["start"]), int(r["end"])): int(r["sentenceStart"]) for r in rows if r.get("sentenceStart")}
    out = []
    for s0, sentence, spans in place([(r["sentence"], int(r["start"]), int(r["end"]), r["value"]) for r in rows]):
        stored = next((known[(sentence, a, b)] for a, b, _ in spans if (sentence, a, b) in known), None)
        out.append((s0 if stored is None else stored, sentence, spans))
    return out


def evidence_url(subject: str, prop: str | None = None) -> str:
    from urllib.parse import urlencode

    return "/evidence?" + urlencode({"subject": subject, **({"predicate": prop} if prop else {})})


def grouped(facts: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for f in facts:
        out[f["property"]].append(f)
    return out


def ordered(by: dict[str, list[dict]], names: list[str]) -> list[dict]:
    """The properties ``names`` that the entity has, in that order: ``{property, name, values}``."""
    return [{"property": n, "name": words(n), "values": by[n]} for n in names if by.get(n)]
