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

import re
from dataclasses import replace
from pathlib import Path
from typing import Iterator

from kg.errors import InputError
from kg.text.registries import registry_ids
from kg.lexicon import load_lexicon
from kg.model import Entity, Evidence, Fact, Value
from kg.documents import clean_text, parse_document
from kg.readers import Source, Unread, schema
from kg.readers.json_records import RawRecord, parse_records
from kg.readers.schema import FieldError, Node

NAME, VERSION = "ctgov", "1.1"
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
TIMEFRAME = re.compile(r"\b(?:week|month|day|year)s?\s++(\d{1,4})\b|\b(\d{1,4})\s++(week|month|day|year)s?\b", re.I)


FIX_RECORD = "correct the record, or download it again from the ClinicalTrials.gov API v2"
NCT_ID = re.compile(r"NCT\d{8}")


def read_ctgov(path: Path, text: str) -> Iterator[Source | Unread]:
    """Every study record in a file (a JSON object, a JSON list, or JSON Lines); a bad record is an Unread."""
    for raw in parse_records(text, str(path)):
        yield record_or_error(raw, str(path))


def record_or_error(raw: RawRecord, path: str) -> Source | Unread:
    """The record's source, or an Unread naming the record (its NCT id when it has one) and the problem."""
    nct = usable_id(raw.value)
    where = f"{raw.where} ({nct})" if nct else raw.where
    if raw.problem:
        return Unread.of(InputError(where, raw.problem, raw.fix))
    try:
        return record_source(raw.value, path)
    except FieldError as err:
        return Unread.of(InputError(where, str(err), FIX_RECORD))


def usable_id(value) -> str | None:
    """The record's NCT id when it has a well-formed one, to name it in messages."""
    try:
        nct = Node(value).get("protocolSection.identificationModule.nctId", schema.text)
    except FieldError:
        return None
    return nct if nct and NCT_ID.fullmatch(nct) else None


class Rendering:
    """The record's text, built line by line, remembering where each fact's line is."""

    def __init__(self, extractor: str = NAME, version: str = VERSION):
        self.extractor, self.version = extractor, version
        self.lines: list[str] = []
        self.pending: list[tuple] = []          # (subject, predicate, object, line index)

    def add(self, subject: Entity, predicate: str, obj, label: str, shown) -> None:
        self.lines.append(f"{label}: {flat(str(shown))}")
        self.pending.append((subject, predicate, obj, len(self.lines) - 1))

    def facts(self, head: str, source: str) -> tuple:
        """The document (``head`` then the field lines) and the facts with their lines as evidence."""
        head, self.lines = clean_text(head), [clean_text(line) for line in self.lines]    # (the offsets below are the text's)
        text = "\n".join([head] + self.lines) + "\n"
        doc = parse_document(text, source=source, media_type="application/json", clean=False)
        starts, pos = [], len(head) + 1
        for line in self.lines:
            starts.append(pos)
            pos += len(line) + 1
        out = []
        for subject, predicate, obj, k in self.pending:
            ev = Evidence(doc.id, self.lines[k], starts[k], starts[k] + len(self.lines[k]), self.extractor, self.version, 1.0, starts[k])
            out.append(Fact(subject, predicate, obj if isinstance(obj, Entity) else Value(obj), ev))
        return doc, tuple(out)


def flat(value: str) -> str:
    """A value on one line: a field's line breaks would split its evidence line.

    >>> flat(" two\\n lines ")
    'two lines'
    """
    return " ".join(value.split())


def mesh_curie(raw: str) -> str:
    """ "D000012595" (CT.gov's padded form) -> "MESH:D012595"."""
    m = re.fullmatch(r"([A-Z])0*(\d+)", raw)
    return f"MESH:{m.group(1)}{int(m.group(2)):06d}" if m else f"MESH:{raw}"


def read_mesh(value, path: str) -> str:
    """A MeSH id as CT.gov writes it ("D000012595"), as a CURIE; anything else is a FieldError."""
    raw = schema.text(value, path).strip()
    if not re.fullmatch(r"[A-Z]\d{1,12}", raw):
        raise FieldError(path, "a MeSH id (a letter and digits, like D000690)", schema.found(value))
    return mesh_curie(raw)


MESH = schema.Kind("a MeSH id", read_mesh)


def grounded(kind: str, name: str, mesh: str | None, types: tuple[str, ...]) -> Entity:
    """An entity with the lexicon's ids for its name (so it meets text mentions); MeSH ids are the record's own."""
    found = load_lexicon().lookup(name, types)
    ids = [i for i in found[0].ids if not i.startswith("MESH:")] if found else []
    if mesh:
        ids.append(mesh)
    return Entity(kind, found[0].label if found else name, ids=tuple(ids))


def browse_mesh(derived: Node, module: str) -> dict[str, str]:
    """Record term (as found) -> MeSH CURIE, from the derived browse module."""
    browse = derived.node(module)
    by_term = {m.need("term", schema.text).lower(): m.need("id", MESH) for m in browse.each("meshes")}
    out = dict(by_term)
    for leaf in browse.each("browseLeaves"):
        found, name = leaf.get("asFound", schema.text), leaf.get("name", schema.text, "")
        if found and name.lower() in by_term:
            out.setdefault(found.lower(), by_term[name.lower()])
    return out


def record_source(record: dict, path: str) -> Source:
    """The document and facts of one study record; FieldError names a field of the wrong type."""
    top = Node(record)
    ps = top.node("protocolSection")
    ident = ps.node("identificationModule")
    nct = ident.need("nctId", NCT)
    trial = Entity("Trial", nct, local=nct)
    r = Rendering()
    add_identity(r, trial, ident, nct)
    add_design(r, trial, ps.node("designModule"), ps.node("armsInterventionsModule"))
    add_conditions(r, trial, ps.node("conditionsModule"), top.node("derivedSection"))
    add_interventions(r, trial, ps.node("armsInterventionsModule"), top.node("derivedSection"))
    add_people(r, trial, ps)
    add_outcomes(r, trial, ps.node("outcomesModule"))
    add_results(r, trial, top.node("resultsSection"))
    title = ident.get("briefTitle", schema.text) or ident.get("officialTitle", schema.text) or nct
    doc, facts = r.facts(flat(title) or nct, f"{path}#{nct}")
    return Source(replace(doc, name=nct), facts, extract=False)     # the facts file is named after the NCT id


def read_nct(value, path: str) -> str:
    """An NCT number (it names the facts file, so nothing else is let through)."""
    nct = schema.text(value, path).strip()
    if not NCT_ID.fullmatch(nct):
        raise FieldError(path, "an NCT number (NCT and 8 digits)", schema.found(value))
    return nct


NCT = schema.Kind("an NCT number", read_nct)


def read_date(value, path: str) -> str:
    """A date as ClinicalTrials.gov writes it: YYYY, YYYY-MM or YYYY-MM-DD, and a real one."""
    raw = schema.text(value, path).strip()
    if not re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", raw) or not schema.real_date(raw):
        raise FieldError(path, "a date (YYYY, YYYY-MM or YYYY-MM-DD)", schema.found(value))
    return raw


DATE = schema.Kind("a date", read_date)
SCALAR = schema.Kind("a string or a number", lambda v, p: str(schema.number(v, p)) if not isinstance(v, str) else v)
DECIMAL = re.compile(r"-?\d{1,12}(?:\.\d{1,12})?")


def add_identity(r: Rendering, trial: Entity, ident: Node, nct: str) -> None:
    ids = [nct] + [s.get("id", schema.text, "") for s in ident.each("secondaryIdInfos")]
    for raw in ids:
        for found in registry_ids(raw.strip()):
            if (found.start, found.end) == (0, len(raw.strip())):
                r.add(trial, "registryId", found.id, "registry id", raw.strip())
                r.add(trial, "registryPrefix", found.prefix, "registry", found.prefix)
    acronym, official = ident.get("acronym", schema.text), ident.get("officialTitle", schema.text)
    if acronym:
        r.add(trial, "trialName", acronym, "acronym", acronym)
    if official:
        r.add(trial, "title", official, "official title", official)


def add_design(r: Rendering, trial: Entity, design: Node, arms: Node) -> None:
    phases = [PHASES[p] for p in design.get("phases", schema.list_of(schema.text), []) if p in PHASES]
    if phases:
        r.add(trial, "phase", "/".join(phases), "phase", "/".join(phases))
    info = design.node("designInfo")
    labels = []
    if info.get("allocation", schema.text) == "RANDOMIZED":
        labels.append("randomized")
    labels += [x for x in (MASKING.get(info.get("maskingInfo.masking", schema.text)),
                           MODEL.get(info.get("interventionModel", schema.text))) if x]
    types = {a.get("type", schema.text) for a in arms.each("armGroups")}
    labels += ["placebo-controlled"] * ("PLACEBO_COMPARATOR" in types) + ["sham-controlled"] * ("SHAM_COMPARATOR" in types)
    for label in labels:
        r.add(trial, "design", label, "design", label)
    enrollment = design.get("enrollmentInfo.count", schema.count)
    if enrollment is not None:
        r.add(trial, "enrollment", enrollment, "enrollment", enrollment)


def add_conditions(r: Rendering, trial: Entity, conditions: Node, derived: Node) -> None:
    mesh = browse_mesh(derived, "conditionBrowseModule")
    for name in conditions.get("conditions", schema.list_of(schema.text), []):
        if not name.strip():
            continue
        disease = grounded("Disease", name, mesh.get(name.lower()), ("disease", "phenotype"))
        r.add(trial, "condition", disease, "condition", name)


def add_interventions(r: Rendering, trial: Entity, module: Node, derived: Node) -> None:
    mesh = browse_mesh(derived, "interventionBrowseModule")
    names = {}
    for item in module.each("interventions"):
        name, given_type = item.get("name", schema.text, "").strip(), item.get("type", schema.text, "")
        if not name:
            continue
        if re.search(r"\b(?:placebo|sham)\b", name, re.I):
            kind = "sham" if re.search(r"\bsham\b", name, re.I) else "placebo"
            r.add(trial, "comparator", Entity("Comparator", kind), "comparator", name)
            continue
        therapy = grounded("Therapy", name, mesh.get(name.lower()), ("drug", "chemical"))
        therapy = Entity("Therapy", name, ids=therapy.ids)          # the record's own name is the label
        names[f"{given_type.title()}: {name}".lower()] = therapy
        r.add(trial, "intervention", therapy, "intervention", f"{name} ({given_type.lower()})")
        r.add(therapy, "name", name, "intervention name", name)
        kind = INTERVENTION_TYPES.get(given_type)
        if kind:
            r.add(therapy, "interventionType", kind, "intervention type", given_type)
            if kind in MODALITY:
                r.add(therapy, "modality", MODALITY[kind], "intervention type", given_type)
    for arm in module.each("armGroups"):
        label = arm.need("label", schema.text)
        node = Entity("Arm", label, scope=trial.key)
        r.add(trial, "hasArm", node, "arm", label)
        r.add(node, "armLabel", label, "arm label", label)
        for given in arm.get("interventionNames", schema.list_of(schema.text), []):
            therapy = names.get(given.lower())
            if therapy:
                r.add(node, "armIntervention", therapy, "arm intervention", given)


def years(text: str | None) -> float | None:
    """An age as ClinicalTrials.gov writes it ("18 Years", "6 Months") in years; None for anything else.

    >>> years("18 Years"), years("6 Months"), years("9" * 400 + " Years")
    (18.0, 0.5, None)
    """
    m = re.fullmatch(r"(\d{1,3}(?:\.\d{1,2})?)\s*(year|month|week|day)s?", (text or "").strip(), re.I)
    if not m:
        return None
    n = float(m.group(1))
    return round(n / {"year": 1, "month": 12, "week": 52, "day": 365}[m.group(2).lower()], 2)


def add_people(r: Rendering, trial: Entity, ps: Node) -> None:
    sponsors = ps.node("sponsorCollaboratorsModule")
    lead = sponsors.get("leadSponsor.name", schema.text)
    for name in [lead] + [c.get("name", schema.text) for c in sponsors.each("collaborators")]:
        if name:
            r.add(trial, "sponsor", Entity("Organization", name), "sponsor", name)
    status_module = ps.node("statusModule")
    status = STATUS.get(status_module.get("overallStatus", schema.text))
    if status:
        r.add(trial, "recruitmentStatus", status, "status", status)
    for field, pred in (("startDateStruct", "startDate"), ("primaryCompletionDateStruct", "primaryCompletionDate"),
                        ("completionDateStruct", "completionDate")):
        when = status_module.get(f"{field}.date", DATE)
        if when:
            r.add(trial, pred, when, field.removesuffix("Struct"), when)
    eligibility = ps.node("eligibilityModule")
    sex = {"ALL": "all", "FEMALE": "female", "MALE": "male"}.get(eligibility.get("sex", schema.text, ""))
    if sex:
        r.add(trial, "eligibleSex", sex, "sex", sex)
    for field, pred in (("minimumAge", "eligibleAgeMin"), ("maximumAge", "eligibleAgeMax")):
        given = eligibility.get(field, schema.text)
        age = years(given)
        if age is not None:
            r.add(trial, pred, age, field, given)
    seen = set()
    for site in ps.each("contactsLocationsModule.locations"):
        country, facility = site.get("country", schema.text), site.get("facility", schema.text, "")
        if country and country not in seen:
            seen.add(country)
            r.add(trial, "country", grounded("Country", country, None, ("country",)), "country", country)
        if facility and not GENERIC_SITE.search(facility) and facility not in seen:
            seen.add(facility)
            r.add(trial, "site", Entity("Organization", facility), "site", facility)


def add_outcomes(r: Rendering, trial: Entity, module: Node) -> None:
    for role, key in (("primary", "primaryOutcomes"), ("secondary", "secondaryOutcomes")):
        for item in module.each(key):
            measure = item.get("measure", schema.text, "").strip()
            if not measure:
                continue
            node = Entity("Outcome", measure, scope=trial.key, local=f"{role}|{measure}")
            r.add(trial, "hasOutcome", node, f"{role} outcome", measure)
            r.add(node, "measure", Entity("OutcomeMeasure", measure), "measure", measure)
            r.add(node, "outcomeRole", role, "role", role)
            frame = item.get("timeFrame", schema.text, "")
            tp = timepoint(frame)
            if tp:
                r.add(node, "timepoint", tp, "time frame", frame)


def timepoint(frame: str) -> str | None:
    """A single time in a time frame ("Week 52", "12 months") as an ISO duration; None when there are several.

    >>> timepoint("Week 52"), timepoint("12 months"), timepoint("Week " + "9" * 400), timepoint("Week 4 and Week 8")
    ('P52W', 'P12M', None, None)
    """
    hits = TIMEFRAME.findall(frame)
    if len(hits) != 1:
        return None
    n1, n2, unit = hits[0]
    unit = unit or re.search(r"week|month|day|year", frame, re.I).group(0)
    return f"P{int(n1 or n2)}{unit[0].upper()}"


def add_results(r: Rendering, trial: Entity, results: Node) -> None:
    """Posted results: arm sizes (participants who started), adverse events, and primary/secondary outcome values."""
    flow = results.node("participantFlowModule")
    groups = {}
    for g in flow.each("groups"):
        gid = g.get("id", schema.text)
        groups[gid] = g.get("title", schema.text, gid)
    for period in flow.each("periods")[:1]:
        for milestone in period.each("milestones"):
            if milestone.get("type", schema.text, "").upper() != "STARTED":
                continue
            for a in milestone.each("achievements"):
                gid, n = a.get("groupId", schema.text), a.get("numSubjects", schema.count)
                if gid in groups and groups[gid] and n is not None:
                    arm = Entity("Arm", groups[gid], scope=trial.key)
                    r.add(trial, "hasArm", arm, "arm", groups[gid])
                    r.add(arm, "armLabel", groups[gid], "arm label", groups[gid])
                    r.add(arm, "armSize", n, "participants started", f"{groups[gid]}: {n}")
    add_adverse_events(r, trial, results.node("adverseEventsModule"))
    add_outcome_values(r, trial, results.node("outcomeMeasuresModule"))


def add_adverse_events(r: Rendering, trial: Entity, module: Node) -> None:
    serious = 0
    seen = False
    for key in ("seriousEvents", "otherEvents"):
        for event in module.each(key):
            term = event.get("term", schema.text, "").strip()
            affected = sum(s.get("numAffected", schema.count, 0) for s in event.each("stats"))
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


def add_outcome_values(r: Rendering, trial: Entity, module: Node) -> None:
    for measure in module.each("outcomeMeasures"):
        role = {"PRIMARY": "primary", "SECONDARY": "secondary"}.get(measure.get("type", schema.text, "").upper())
        title = measure.get("title", schema.text, "").strip()
        if not (role and title):
            continue
        groups = {}
        for g in measure.each("groups"):
            gid = g.get("id", schema.text)
            groups[gid] = g.get("title", schema.text, gid)
        frame = measure.get("timeFrame", schema.text, "")
        tp = timepoint(frame)
        for cls in measure.each("classes")[:1]:
            for category in cls.each("categories")[:1]:
                for m in category.each("measurements"):
                    arm_label, raw = groups.get(m.get("groupId", schema.text)), m.get("value", SCALAR)
                    if not (arm_label and raw and DECIMAL.fullmatch(raw.strip())):
                        continue                # "NA" and the like: CT.gov's "not available"
                    node = Entity("Outcome", f"{title} ({arm_label})", scope=trial.key, local=f"{role}|{title}|{arm_label}")
                    r.add(trial, "hasOutcome", node, f"{role} outcome result", title)
                    r.add(node, "measure", Entity("OutcomeMeasure", title), "measure", title)
                    r.add(node, "outcomeRole", role, "role", role)
                    r.add(node, "arm", Entity("Arm", arm_label, scope=trial.key), "group", arm_label)
                    r.add(node, "value", float(raw), "value", f"{arm_label}: {raw}")
                    if tp:
                        r.add(node, "timepoint", tp, "time frame", frame)
        for analysis in measure.each("analyses")[:1]:
            given = analysis.get("pValue", SCALAR, "")
            p = re.match(r"\s*[<=]?\s*(0?\.\d{1,12})", given)
            if p:
                node = Entity("Outcome", title, scope=trial.key, local=f"{role}|{title}")
                r.add(trial, "hasOutcome", node, f"{role} outcome", title)
                r.add(node, "measure", Entity("OutcomeMeasure", title), "measure", title)
                r.add(node, "outcomeRole", role, "role", role)
                r.add(node, "pValue", float(p.group(1)), "p-value", given)
