"""The trial-facts JSON (``../shared/eval/FACTS.md`` shape), read from the graph by the query files.

Nothing here looks at extractor objects: every value comes from the rows of
``queries/facts-*.rq`` run against one document's named graph, which proves
the graph itself holds the facts.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from kg.output import prepare_folder, write_text
from kg.queries import run
from kg.rdf.namespace import KG

XSD = "http://www.w3.org/2001/XMLSchema#"
THERAPY_LISTS = {"alias": "aliases", "cellType": "cell_types", "cellSource": "cell_sources", "developedBy": "developers",
                 "target": "targets", "approvedFor": "approved_for", "investigatedFor": "investigated_for"}
TRIAL_LISTS = {"registryId": "ids", "design": "design", "condition": "conditions", "intervention": "interventions",
               "comparator": "comparators", "sponsor": "sponsors", "site": "sites", "country": "countries", "route": "route"}
TRIAL_ONE = {"trialName": "name", "title": "title", "phase": "phase", "recruitmentStatus": "status",
             "enrollment": "enrollment", "numberOfDoses": "doses", "doseInterval": "dose_interval",
             "duration": "duration", "followUp": "follow_up"}
TRIAL_GROUPS = {"male": ("participants", "male"), "female": ("participants", "female"),
                "ageMin": ("participants", "age_min"), "ageMax": ("participants", "age_max"),
                "ageMean": ("participants", "age_mean"), "ageMedian": ("participants", "age_median"),
                "eligibleAgeMin": ("participants", "eligible_age_min"), "eligibleAgeMax": ("participants", "eligible_age_max"),
                "doseAmount": ("dose", "amount"), "doseUnit": ("dose", "unit"),
                "adverseEventsTotal": ("adverse_events", "total"), "seriousAdverseEvents": ("adverse_events", "serious"),
                "seriousRelatedAdverseEvents": ("adverse_events", "serious_related")}
ITEMS = {  # link -> (JSON list, {property: (field, is_list)})
    "hasOutcome": ("outcomes", {"measure": ("measure", False), "arm": ("arm", False), "outcomeRole": ("role", False),
                                "baseline": ("baseline", False), "value": ("value", False), "timepoint": ("timepoint", False),
                                "change": ("change", False), "direction": ("direction", False),
                                "significant": ("significant", False), "pValue": ("p_value", False),
                                "effectMeasure": ("effect_measure", False), "effect": ("effect", False),
                                "ciLow": ("ci_low", False), "ciHigh": ("ci_high", False)}),
    "hasArm": ("arms", {"armLabel": ("label", False), "armSize": ("n", False), "armIntervention": ("interventions", True)}),
    "hasAdverseEvent": ("events", {"adverseEventTerm": ("term", False), "adverseEventCount": ("count", False)}),
    "hasBiomarkerFinding": ("biomarkers", {"biomarker": ("name", False), "direction": ("direction", False),
                                           "specimen": ("specimen", False)}),
    "hasConcomitantMedication": ("concomitant_drugs", {"drug": ("drug", False), "participants": ("participants", False)}),
    "hasPublication": ("publications", {"title": ("title", False), "journal": ("journal", False),
                                        "conference": ("conference", False), "publicationDate": ("date", False),
                                        "doi": ("doi", False), "pmid": ("pmid", False)}),
    "hasStatus": ("status", {"statusValue": ("status", False), "statusDate": ("date", False), "statusBy": ("by", False),
                             "region": ("region", False), "pathway": ("pathway", False)}),
}


def local(term) -> str:
    return term.value.rsplit("#", 1)[-1]


def python_value(term):
    """A literal as int, float, bool or str."""
    dt = term.datatype.value if isinstance(term, ox.Literal) else ""
    if dt == XSD + "integer":
        return int(term.value)
    if dt == XSD + "decimal" or dt == XSD + "double":
        return float(term.value)
    if dt == XSD + "boolean":
        return term.value == "true"
    return term.value


def id_list(term) -> list[str]:
    """CURIEs from a GROUP_CONCAT column, sorted (the store's order is not defined)."""
    return sorted(i for i in term.value.split("|") if i) if term is not None else []


def value_of(row, names: dict[str, str] | None = None):
    """A row's value: an entity reference for a node, a Python value for a literal. A node the document names
    (``names``: IRI -> the document's name for it) is labelled with that name."""
    value = row["value"]
    if isinstance(value, ox.Literal):
        return python_value(value)
    label = (names or {}).get(value.value) or (row["valueLabel"].value if row["valueLabel"] is not None else value.value)
    ids = id_list(row["valueIds"])
    return {"label": label, "ids": ids} if ids else label


def entities(store, graph, cls, names: dict[str, str] | None = None) -> dict[str, dict]:
    """entity IRI -> {"label", "ids", property -> [values]} from facts-entities.rq (``names``: see :func:`value_of`)."""
    out: dict[str, dict] = {}
    for row in run(store, "facts-entities", {"graph": graph, "class": getattr(KG, cls)}, union=False):
        ids = id_list(row["entityIds"])
        e = out.setdefault(row["entity"].value, {"label": row["label"].value, "ids": ids, "props": defaultdict(list)})
        e["props"][local(row["property"])].append(value_of(row, names))
    return out


def document_names(named: dict[str, dict], prop: str = "name") -> dict[str, str]:
    """IRI -> the name the document gives each entity (a therapy's ``name`` fact, an outcome measure's
    ``writtenName``), which may differ from the node's label: a code the lexicon files under its drug's INN keeps the
    code, a measure the document names only by its abbreviation keeps the abbreviation."""
    return {iri: e["props"][prop][0] for iri, e in named.items()
            if e["props"].get(prop) and isinstance(e["props"][prop][0], str)}


def reference(e: dict):
    return {"label": e["label"], "ids": e["ids"]} if e["ids"] else e["label"]


def items(store, graph, names: dict[str, str] | None = None) -> dict[str, dict[str, list[dict]]]:
    """owner IRI -> JSON list name -> [item dicts] from facts-items.rq (``names``: see :func:`value_of`)."""
    by_item: dict[tuple, dict] = {}
    for row in run(store, "facts-items", {"graph": graph}, union=False):
        link = local(row["link"])
        list_name, fields = ITEMS[link]
        item = by_item.setdefault((row["owner"].value, list_name, row["item"].value), {})
        prop = local(row["property"])
        if prop in fields:
            field, is_list = fields[prop]
            value = value_of(row, names)
            if field in ("arm", "label") and isinstance(value, dict):
                value = value["label"]
            if is_list:
                item.setdefault(field, []).append(value)
            else:
                item.setdefault(field, value)
    out: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for (owner, list_name, _), item in sorted(by_item.items()):
        out[owner][list_name].append(item)
    return out


def therapy_json(e: dict, parts: dict, name: str | None = None) -> dict:
    t = {"name": reference({**e, "label": name or e["label"]})}
    for prop, field in THERAPY_LISTS.items():
        values = e["props"].get(prop, [])
        if prop == "alias":             # (not the name the document gives it: see document_names)
            values = [v for v in values if v != name]
        if values:
            t[field] = sorted(set(values), key=str) if prop == "alias" else dedupe(values)
    if e["props"].get("modality"):
        t["modality"] = e["props"]["modality"][0]
    if parts.get("status"):
        t["status"] = parts["status"]
    return t


def trial_json(e: dict, parts: dict) -> dict:
    t: dict = {}
    for prop, field in TRIAL_LISTS.items():
        if e["props"].get(prop):
            t[field] = dedupe(e["props"][prop])
    for prop, field in TRIAL_ONE.items():
        if e["props"].get(prop):
            t[field] = e["props"][prop][0]
    for prop, (group, field) in TRIAL_GROUPS.items():
        if e["props"].get(prop):
            t.setdefault(group, {})[field] = e["props"][prop][0]
    for name in ("outcomes", "arms", "biomarkers", "concomitant_drugs", "publications"):
        if parts.get(name):
            t[name] = parts[name]
    if parts.get("events"):
        t.setdefault("adverse_events", {})["events"] = parts["events"]
    return t


def dedupe(values: list) -> list:
    seen, out = set(), []
    for v in values:
        key = json.dumps(v, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(v)
    return out


def document_facts(store, graph: ox.NamedNode, document: str) -> dict:
    """The FACTS.md JSON of one document graph."""
    written = {**document_names(entities(store, graph, "OutcomeMeasure"), "writtenName"),
               **document_names(entities(store, graph, "Disease"), "writtenName")}
    named = entities(store, graph, "Therapy", written)      # (what a therapy is investigated for, as written too)
    names = {**written, **document_names(named)}
    parts = items(store, graph, names)
    therapies = [therapy_json(e, parts.get(iri, {}), names.get(iri)) for iri, e in sorted(named.items())
                 if e["props"].get("name")]
    trials = [trial_json(e, parts.get(iri, {})) for iri, e in sorted(entities(store, graph, "Trial", names).items())]
    orgs = {}
    for row in run(store, "facts-organizations", {"graph": graph}, union=False):
        ids = id_list(row["ids"])
        org = orgs.setdefault(row["org"].value, {"name": {"label": row["label"].value, "ids": ids} if ids else row["label"].value})
        if row["parentLabel"] is not None:
            org["parent"] = row["parentLabel"].value
    return {"document": document, "therapies": therapies, "trials": trials, "organizations": list(orgs.values())}


def write_facts(store, out_dir: Path, names: dict[str, list[str]] | None = None) -> list[Path]:
    """One NAME.json per document graph; ``names`` maps graph IRI -> names (default: the graph's kg:fileName)."""
    out_dir = prepare_folder(out_dir)
    written = []
    for row in run(store, "facts-documents"):
        graph = row["graph"]
        stems = names.get(graph.value, []) if names is not None else [row["fileName"].value]
        for stem in stems:
            source = Path(row["source"].value).name
            data = document_facts(store, graph, source)
            path = out_dir / f"{stem}.json"
            write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
            written.append(path)
    return written
