"""ClinicalTrials.gov API v2 records (one study, a list, or JSON Lines) mapped to facts.

A structured mapping, not text extraction: each record becomes a document whose
text is a rendering of the fields used, one ``field: value`` line each, and
every fact's evidence is its line (extractor ``ctgov``). Entities are grounded
like text mentions (the lexicon first, then the record's MeSH ids), so a trial,
drug or disease from a registry record and from a news story are one node.

>>> record = {"protocolSection": {"identificationModule": {"nctId": "NCT01234567", "acronym": "ABC"},
...           "designModule": {"phases": ["PHASE1", "PHASE2"], "enrollmentInfo": {"count": 30}}}}
>>> source = record_source(record, "x.json")
>>> sorted((f.predicate, f.object_text) for f in source.facts)
[('enrollment', '30'), ('phase', '1/2'), ('registryId', 'NCT01234567'), ('registryPrefix', 'clinicaltrials'), ('trialName', 'ABC')]
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Iterator

from kg.errors import InputError
from kg.text.registries import registry_ids
from kg.lexicon import load_lexicon
from kg.model import Entity, Evidence, Fact, Value
from kg.documents import parse_document
from kg.readers import Source

NAME, VERSION = "ctgov", "1.0"
PHASES = {"EARLY_PHASE1": "0", "PHASE1": "1", "PHASE2": "2", "PHASE3": "3", "PHASE4": "4"}
MASKING = {"NONE": "open-label", "SINGLE": "single-blind", "DOUBLE": "double-blind", "TRIPLE": "double-blind",
           "QUADRUPLE": "double-blind"}
MODEL = {"PARALLEL": "parallel-group", "CROSSOVER": "crossover", "SINGLE_GROUP": "single-arm"}
STATUS = {"NOT_YET_RECRUITING": "not yet recruiting", "RECRUITING": "recruiting", "ENROLLING_BY_INVITATION": "recruiting",
          "ACTIVE_NOT_RECRUITING": "active", "COMPLETED": "completed", "TERMINATED": "terminated",
          "SUSPENDED": "suspended", "WITHDRAWN": "withdrawn"}
INTERVENTION_TYPES = {"DRUG": "drug", "BIOLOGICAL": "biological", "DEVICE": "device", "GENETIC": "genetic",
                      "PROCEDURE": "procedure", "BEHAVIORAL": "behavioral", "RADIATION": "radiation",
                      "DIETARY_SUPPLEMENT": "dietary supplement", "COMBINATION_PRODUCT": "combination product",
                      "DIAGNOSTIC_TEST": "diagnostic test", "OTHER": "other"}
MODALITY = {"device": "device", "genetic": "gene therapy"}      # the only types that fix a modality
GENERIC_SITE = re.compile(r"^(?:research|investigational|clinical|study)?\s*site\b|^site\s*\d*$", re.I)
TIMEFRAME = re.compile(r"\b(?:week|month|day|year)s?\s+(\d+)\b|\b(\d+)\s+(week|month|day|year)s?\b", re.I)


def read_ctgov(path: Path, text: str) -> Iterator[Source]:
    """Every study record in a file: a JSON object, a JSON list, or JSON Lines."""
    for record in parse_records(text, str(path)):
        yield record_source(record, str(path))


def parse_records(text: str, source: str) -> list[dict]:
    stripped = text.strip()
    try:
        data = json.loads(stripped)
    except json.JSONDecodeError as err:
        lines = [ln for ln in stripped.splitlines() if ln.strip()]
        if len(lines) > 1:
            try:
                data = [json.loads(ln) for ln in lines]
            except json.JSONDecodeError:
                raise InputError(source, f"is not valid JSON or JSON Lines ({err.msg} at line {err.lineno})",
                                 "check that the file is complete") from None
        else:
            raise InputError(source, f"is not valid JSON ({err.msg} at line {err.lineno}, column {err.colno})",
                             "check that the file is complete") from None
    records = data.get("studies", [data]) if isinstance(data, dict) else data
    if not isinstance(records, list) or not all(isinstance(r, dict) and "protocolSection" in r for r in records):
        raise InputError(source, "is JSON but not ClinicalTrials.gov API v2 study records (no protocolSection)",
                         "download records from the ClinicalTrials.gov API v2")
    return records


class Rendering:
    """The record's text, built line by line, remembering where each fact's line is."""

    def __init__(self, extractor: str = NAME, version: str = VERSION):
        self.extractor, self.version = extractor, version
        self.lines: list[str] = []
        self.pending: list[tuple] = []          # (subject, predicate, object, line index)

    def add(self, subject: Entity, predicate: str, obj, label: str, shown) -> None:
        self.lines.append(f"{label}: {shown}")
        self.pending.append((subject, predicate, obj, len(self.lines) - 1))

    def facts(self, head: str, source: str) -> tuple:
        """The document (``head`` then the field lines) and the facts with their lines as evidence."""
        text = "\n".join([head] + self.lines) + "\n"
        doc = parse_document(text, source=source, media_type="application/json")
        starts, pos = [], len(head) + 1
        for line in self.lines:
            starts.append(pos)
            pos += len(line) + 1
        out = []
        for subject, predicate, obj, k in self.pending:
            ev = Evidence(doc.id, self.lines[k], starts[k], starts[k] + len(self.lines[k]), self.extractor, self.version, 1.0)
            out.append(Fact(subject, predicate, obj if isinstance(obj, Entity) else Value(obj), ev))
        return doc, tuple(out)


def mesh_curie(raw: str) -> str:
    """ "D000012595" (CT.gov's padded form) -> "MESH:D012595"."""
    m = re.fullmatch(r"([A-Z])0*(\d+)", raw)
    return f"MESH:{m.group(1)}{int(m.group(2)):06d}" if m else f"MESH:{raw}"


def grounded(kind: str, name: str, mesh: str | None, types: tuple[str, ...]) -> Entity:
    """An entity with the lexicon's ids for its name (so it meets text mentions); MeSH ids are the record's own."""
    found = load_lexicon().lookup(name, types)
    ids = [i for i in found[0].ids if not i.startswith("MESH:")] if found else []
    if mesh:
        ids.append(mesh)
    return Entity(kind, found[0].label if found else name, ids=tuple(ids))


def browse_mesh(derived: dict, module: str) -> dict[str, str]:
    """Record term (as found) -> MeSH CURIE, from the derived browse module."""
    browse = derived.get(module, {})
    by_term = {m["term"].lower(): mesh_curie(m["id"]) for m in browse.get("meshes", [])}
    out = dict(by_term)
    for leaf in browse.get("browseLeaves", []):
        if leaf.get("asFound") and leaf.get("name", "").lower() in by_term:
            out.setdefault(leaf["asFound"].lower(), by_term[leaf["name"].lower()])
    return out


def record_source(record: dict, path: str) -> Source:
    ps = record.get("protocolSection", {})
    ident = ps.get("identificationModule", {})
    nct = ident.get("nctId")
    if not nct:
        raise InputError(path, "a study record has no nctId", "give complete ClinicalTrials.gov records")
    trial = Entity("Trial", nct, local=nct)
    r = Rendering()
    add_identity(r, trial, ident)
    add_design(r, trial, ps.get("designModule", {}), ps.get("armsInterventionsModule", {}))
    add_conditions(r, trial, ps.get("conditionsModule", {}), record.get("derivedSection", {}))
    add_interventions(r, trial, ps.get("armsInterventionsModule", {}), record.get("derivedSection", {}))
    add_people(r, trial, ps)
    add_outcomes(r, trial, ps.get("outcomesModule", {}))
    add_results(r, trial, record.get("resultsSection", {}))
    title = ident.get("briefTitle") or ident.get("officialTitle") or nct
    doc, facts = r.facts(title, f"{path}#{nct}")
    return Source(replace(doc, name=nct), facts, extract=False)     # the facts file is named after the NCT id


def add_identity(r: Rendering, trial: Entity, ident: dict) -> None:
    ids = [ident["nctId"]] + [s.get("id", "") for s in ident.get("secondaryIdInfos", [])]
    for raw in ids:
        for prefix, m in registry_ids(raw):
            if m.group(0) == raw.strip():
                r.add(trial, "registryId", raw.strip(), "registry id", raw.strip())
                r.add(trial, "registryPrefix", prefix, "registry", prefix)
    if ident.get("acronym"):
        r.add(trial, "trialName", ident["acronym"], "acronym", ident["acronym"])
    if ident.get("officialTitle"):
        r.add(trial, "title", ident["officialTitle"], "official title", ident["officialTitle"])


def add_design(r: Rendering, trial: Entity, design: dict, arms: dict) -> None:
    phases = [PHASES[p] for p in design.get("phases", []) if p in PHASES]
    if phases:
        r.add(trial, "phase", "/".join(phases), "phase", "/".join(phases))
    info = design.get("designInfo", {})
    labels = []
    if info.get("allocation") == "RANDOMIZED":
        labels.append("randomized")
    labels += [x for x in (MASKING.get(info.get("maskingInfo", {}).get("masking")), MODEL.get(info.get("interventionModel"))) if x]
    types = {a.get("type") for a in arms.get("armGroups", [])}
    labels += ["placebo-controlled"] * ("PLACEBO_COMPARATOR" in types) + ["sham-controlled"] * ("SHAM_COMPARATOR" in types)
    for label in labels:
        r.add(trial, "design", label, "design", label)
    count = design.get("enrollmentInfo", {}).get("count")
    if isinstance(count, int):
        r.add(trial, "enrollment", count, "enrollment", count)


def add_conditions(r: Rendering, trial: Entity, conditions: dict, derived: dict) -> None:
    mesh = browse_mesh(derived, "conditionBrowseModule")
    for name in conditions.get("conditions", []):
        disease = grounded("Disease", name, mesh.get(name.lower()), ("disease", "phenotype"))
        r.add(trial, "condition", disease, "condition", name)


def add_interventions(r: Rendering, trial: Entity, module: dict, derived: dict) -> None:
    mesh = browse_mesh(derived, "interventionBrowseModule")
    names = {}
    for item in module.get("interventions", []):
        name = item.get("name", "").strip()
        if not name:
            continue
        if re.search(r"\b(?:placebo|sham)\b", name, re.I):
            kind = "sham" if re.search(r"\bsham\b", name, re.I) else "placebo"
            r.add(trial, "comparator", Entity("Comparator", kind), "comparator", name)
            continue
        therapy = grounded("Therapy", name, mesh.get(name.lower()), ("drug", "chemical"))
        therapy = Entity("Therapy", name, ids=therapy.ids)          # the record's own name is the label
        names[f"{item.get('type', '').title()}: {name}".lower()] = therapy
        r.add(trial, "intervention", therapy, "intervention", f"{name} ({item.get('type', '').lower()})")
        r.add(therapy, "name", name, "intervention name", name)
        kind = INTERVENTION_TYPES.get(item.get("type", ""))
        if kind:
            r.add(therapy, "interventionType", kind, "intervention type", item["type"])
            if kind in MODALITY:
                r.add(therapy, "modality", MODALITY[kind], "intervention type", item["type"])
    for arm in module.get("armGroups", []):
        node = Entity("Arm", arm["label"], scope=trial.key)
        r.add(trial, "hasArm", node, "arm", arm["label"])
        r.add(node, "armLabel", arm["label"], "arm label", arm["label"])
        for given in arm.get("interventionNames", []):
            therapy = names.get(given.lower())
            if therapy:
                r.add(node, "armIntervention", therapy, "arm intervention", given)


def years(text: str | None) -> float | None:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(year|month|week|day)s?", (text or "").strip(), re.I)
    if not m:
        return None
    n = float(m.group(1))
    return round(n / {"year": 1, "month": 12, "week": 52, "day": 365}[m.group(2).lower()], 2)


def add_people(r: Rendering, trial: Entity, ps: dict) -> None:
    sponsors = ps.get("sponsorCollaboratorsModule", {})
    lead = sponsors.get("leadSponsor", {}).get("name")
    for name in [lead] + [c.get("name") for c in sponsors.get("collaborators", [])]:
        if name:
            r.add(trial, "sponsor", Entity("Organization", name), "sponsor", name)
    status_module = ps.get("statusModule", {})
    status = STATUS.get(status_module.get("overallStatus"))
    if status:
        r.add(trial, "recruitmentStatus", status, "status", status)
    for field, pred in (("startDateStruct", "startDate"), ("primaryCompletionDateStruct", "primaryCompletionDate"),
                        ("completionDateStruct", "completionDate")):
        date = status_module.get(field, {}).get("date", "")
        if re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", date):
            r.add(trial, pred, date, field.removesuffix("Struct"), date)
    eligibility = ps.get("eligibilityModule", {})
    sex = {"ALL": "all", "FEMALE": "female", "MALE": "male"}.get(eligibility.get("sex", ""))
    if sex:
        r.add(trial, "eligibleSex", sex, "sex", sex)
    for field, pred in (("minimumAge", "eligibleAgeMin"), ("maximumAge", "eligibleAgeMax")):
        age = years(eligibility.get(field))
        if age is not None:
            r.add(trial, pred, age, field, eligibility[field])
    seen = set()
    for site in ps.get("contactsLocationsModule", {}).get("locations", []):
        country = site.get("country")
        if country and country not in seen:
            seen.add(country)
            r.add(trial, "country", grounded("Country", country, None, ("country",)), "country", country)
        facility = site.get("facility", "")
        if facility and not GENERIC_SITE.search(facility) and facility not in seen:
            seen.add(facility)
            r.add(trial, "site", Entity("Organization", facility), "site", facility)


def add_outcomes(r: Rendering, trial: Entity, module: dict) -> None:
    for role, key in (("primary", "primaryOutcomes"), ("secondary", "secondaryOutcomes")):
        for item in module.get(key, []):
            measure = item.get("measure", "").strip()
            if not measure:
                continue
            node = Entity("Outcome", measure, scope=trial.key, local=f"{role}|{measure}")
            r.add(trial, "hasOutcome", node, f"{role} outcome", measure)
            r.add(node, "measure", Entity("OutcomeMeasure", measure), "measure", measure)
            r.add(node, "outcomeRole", role, "role", role)
            tp = timepoint(item.get("timeFrame", ""))
            if tp:
                r.add(node, "timepoint", tp, "time frame", item["timeFrame"])


def timepoint(frame: str) -> str | None:
    """A single time in a time frame ("Week 52", "12 months") as an ISO duration; None when there are several."""
    hits = TIMEFRAME.findall(frame)
    if len(hits) != 1:
        return None
    n1, n2, unit = hits[0]
    unit = unit or re.search(r"week|month|day|year", frame, re.I).group(0)
    return f"P{int(n1 or n2)}{unit[0].upper()}"


def add_results(r: Rendering, trial: Entity, results: dict) -> None:
    """Posted results: arm sizes (participants who started), adverse events, and primary/secondary outcome values."""
    groups = {}
    for g in results.get("participantFlowModule", {}).get("groups", []):
        groups[g.get("id")] = g.get("title", g.get("id"))
    for period in results.get("participantFlowModule", {}).get("periods", [])[:1]:
        for milestone in period.get("milestones", []):
            if milestone.get("type", "").upper() != "STARTED":
                continue
            for a in milestone.get("achievements", []):
                n = int_or_none(a.get("numSubjects"))
                if a.get("groupId") in groups and n is not None:
                    arm = Entity("Arm", groups[a["groupId"]], scope=trial.key)
                    r.add(trial, "hasArm", arm, "arm", groups[a["groupId"]])
                    r.add(arm, "armLabel", groups[a["groupId"]], "arm label", groups[a["groupId"]])
                    r.add(arm, "armSize", n, "participants started", f"{groups[a['groupId']]}: {n}")
    add_adverse_events(r, trial, results.get("adverseEventsModule", {}))
    add_outcome_values(r, trial, results.get("outcomeMeasuresModule", {}))


def int_or_none(value) -> int | None:
    try:
        return int(str(value).replace(",", ""))
    except (TypeError, ValueError):
        return None


def add_adverse_events(r: Rendering, trial: Entity, module: dict) -> None:
    serious = 0
    seen = False
    for key in ("seriousEvents", "otherEvents"):
        for event in module.get(key, []):
            term = event.get("term", "").strip()
            affected = sum(int_or_none(s.get("numAffected")) or 0 for s in event.get("stats", []))
            if not term:
                continue
            seen = True
            if key == "seriousEvents":
                serious += affected
            node = Entity("AdverseEvent", term, scope=trial.key)
            r.add(trial, "hasAdverseEvent", node, "adverse event", term)
            r.add(node, "adverseEventTerm", grounded("Phenotype", term, None, ("phenotype", "disease")), "term", term)
            r.add(node, "adverseEventCount", affected, "participants affected", f"{term}: {affected}")
    if seen:
        r.add(trial, "seriousAdverseEvents", serious, "participants with serious adverse events", serious)


def add_outcome_values(r: Rendering, trial: Entity, module: dict) -> None:
    for measure in module.get("outcomeMeasures", []):
        role = {"PRIMARY": "primary", "SECONDARY": "secondary"}.get(measure.get("type", "").upper())
        title = measure.get("title", "").strip()
        if not (role and title):
            continue
        groups = {g.get("id"): g.get("title", g.get("id")) for g in measure.get("groups", [])}
        tp = timepoint(measure.get("timeFrame", ""))
        for cls in measure.get("classes", [])[:1]:
            for category in cls.get("categories", [])[:1]:
                for m in category.get("measurements", []):
                    arm_label = groups.get(m.get("groupId"))
                    try:
                        value = float(m.get("value"))
                    except (TypeError, ValueError):
                        continue
                    node = Entity("Outcome", f"{title} ({arm_label})", scope=trial.key, local=f"{role}|{title}|{arm_label}")
                    r.add(trial, "hasOutcome", node, f"{role} outcome result", title)
                    r.add(node, "measure", Entity("OutcomeMeasure", title), "measure", title)
                    r.add(node, "outcomeRole", role, "role", role)
                    r.add(node, "arm", Entity("Arm", arm_label, scope=trial.key), "group", arm_label)
                    r.add(node, "value", value, "value", f"{arm_label}: {m.get('value')}")
                    if tp:
                        r.add(node, "timepoint", tp, "time frame", measure["timeFrame"])
        for analysis in measure.get("analyses", [])[:1]:
            p = re.match(r"\s*[<=]?\s*(0?\.\d+)", str(analysis.get("pValue", "")))
            if p:
                node = Entity("Outcome", title, scope=trial.key, local=f"{role}|{title}")
                r.add(trial, "hasOutcome", node, f"{role} outcome", title)
                r.add(node, "measure", Entity("OutcomeMeasure", title), "measure", title)
                r.add(node, "outcomeRole", role, "role", role)
                r.add(node, "pValue", float(p.group(1)), "p-value", analysis["pValue"])
