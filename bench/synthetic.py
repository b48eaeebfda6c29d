"""A synthetic store in kg's own shape, as large as asked, for benchmarks.

Document graphs with a trial, its therapy, condition, sponsor and outcomes,
each fact with its statement and evidence, and the shared entities graph,
made through kg's own converter so the shape matches a real build. With
``full=True`` (bench/serve.py) each document also has a title, date and address,
the trial its name, registry, arms with sizes and interventions, outcomes per arm
with role, time point, effect, confidence interval and p-value, and the therapy a
status history (approval by a regulator in a region, with a date and pathway), so
every part of a trial or therapy page has rows.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.model import Document, Entity, Evidence, Fact, Value  # noqa: E402
from kg.rdf.convert import document_quads  # noqa: E402
from kg.store import KGStore  # noqa: E402

POOLS = {"Disease": 300, "Therapy": 2000, "Organization": 500, "Phenotype": 200, "Biomarker": 100}


REGULATORS = [("FDA", "United States"), ("EMA", "European Union"), ("PMDA", "Japan"), ("MHRA", "United Kingdom")]


def synthetic_document(d: int, trials: int, full: bool = False) -> tuple[Document, list[Fact]]:
    """One document whose facts look like kg's: a trial, its therapy, condition, sponsor, outcomes, adverse events, a biomarker.

    ``full`` adds what the web pages show beyond that (see the module's docstring).
    """
    rng = random.Random(d)
    if full:
        doc = Document(text=f"synthetic document {d}", source=f"doc{d}.txt", name=f"doc{d}", title=f"Synthetic report {d}",
                       date=f"20{10 + d % 15}-{1 + d % 12:02d}-{1 + d % 28:02d}", url=f"https://example.org/news/{d}")
    else:
        doc = Document(text=f"synthetic document {d}", source=f"doc{d}.txt", name=f"doc{d}")
    trial_id = f"NCT{10000000 + rng.randrange(trials):08d}"
    trial = Entity("Trial", trial_id, local=trial_id)
    drug = Entity("Therapy", f"drug {rng.randrange(POOLS['Therapy'])}")
    disease = Entity("Disease", f"disease {rng.randrange(POOLS['Disease'])}")
    org = Entity("Organization", f"company {rng.randrange(POOLS['Organization'])}")
    facts = []

    def add(s, p, o):
        k = len(facts)
        facts.append(Fact(s, p, o, Evidence(doc.id, f"sentence {k} of document {d}", k * 10, k * 10 + 9, "bench", "1", 0.8)))

    for s_, p_, o_ in [(trial, "registryId", Value(trial_id)), (trial, "phase", Value(str(rng.randint(1, 3)))),
                       (trial, "intervention", drug), (trial, "condition", disease), (trial, "sponsor", org),
                       (drug, "name", Value(drug.label)), (drug, "developedBy", org),
                       (trial, "enrollment", Value(rng.randint(10, 500)))]:
        add(s_, p_, o_)
    for k in range(3):
        outcome = Entity("Outcome", f"measure {k}", scope=trial.key, local=f"m{k}")
        add(trial, "hasOutcome", outcome)
        add(outcome, "measure", Entity("OutcomeMeasure", f"measure {k}"))
        add(outcome, "value", Value(round(rng.random() * 50, 1)))
    add(trial, "adverseEventsTotal", Value(rng.randint(0, 40)))
    for k in range(2):
        term = Entity("Phenotype", f"event {rng.randrange(POOLS['Phenotype'])}")
        event = Entity("AdverseEvent", term.label, scope=trial.key)
        add(trial, "hasAdverseEvent", event)
        add(event, "adverseEventTerm", term)
        add(event, "adverseEventCount", Value(rng.randint(1, 20)))
    marker = Entity("Biomarker", f"marker {rng.randrange(POOLS['Biomarker'])}")
    finding = Entity("BiomarkerFinding", marker.label, scope=trial.key)
    add(trial, "hasBiomarkerFinding", finding)
    add(finding, "biomarker", marker)
    add(finding, "direction", Value(rng.choice(["increased", "decreased"])))
    if full:
        add_page_facts(rng, trial, drug, add)
    return doc, facts


def add_page_facts(rng: random.Random, trial: Entity, drug: Entity, add) -> None:
    """What a trial or therapy page shows beyond the base shape: name, arms, outcome numbers, status history."""
    add(trial, "trialName", Value(f"STUDY-{trial.local[-4:]}"))
    add(trial, "registryPrefix", Value("clinicaltrials"))
    add(trial, "design", Value(rng.choice(["randomized", "open-label", "double-blind"])))
    arms = [Entity("Arm", drug.label, scope=trial.key), Entity("Arm", "placebo", scope=trial.key)]
    for arm in arms:
        add(trial, "hasArm", arm)
        add(arm, "armLabel", Value(arm.label))
        add(arm, "armSize", Value(rng.randint(10, 250)))
    add(arms[0], "armIntervention", drug)
    for k in range(2):
        measure = Entity("OutcomeMeasure", f"endpoint {k}")
        for arm in arms:
            outcome = Entity("Outcome", f"endpoint {k} ({arm.label})", scope=trial.key, local=f"primary|{k}|{arm.label}")
            add(trial, "hasOutcome", outcome)
            add(outcome, "measure", measure)
            add(outcome, "arm", arm)
            add(outcome, "outcomeRole", Value("primary" if k == 0 else "secondary"))
            add(outcome, "timepoint", Value(f"P{rng.choice([12, 24, 52])}W", "duration"))
            add(outcome, "value", Value(round(rng.random() * 50, 1)))
        effect = Entity("Outcome", f"endpoint {k}", scope=trial.key, local=f"primary|{k}")
        low = round(rng.random(), 2)
        add(trial, "hasOutcome", effect)
        add(effect, "measure", measure)
        add(effect, "effectMeasure", Value("hazard ratio"))
        add(effect, "effect", Value(round(low + 0.2, 2)))
        add(effect, "ciLow", Value(low))
        add(effect, "ciHigh", Value(round(low + 0.4, 2)))
        add(effect, "pValue", Value(round(rng.random() / 10, 4)))
        add(effect, "significant", Value(rng.random() < 0.5))
    regulator, region = rng.choice(REGULATORS)
    date = f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    status = Entity("DevelopmentStatus", "approved", scope=drug.key, local=f"approved|{date}")
    add(drug, "hasStatus", status)
    add(status, "statusValue", Value("approved"))
    add(status, "statusDate", Value(date))
    add(status, "statusBy", Entity("RegulatoryAgency", regulator))
    add(status, "region", Entity("Country", region))
    add(status, "pathway", Value(rng.choice(["full", "accelerated", "conditional"])))


def synthetic_quads(target: int, full: bool = False) -> Iterator[ox.Quad]:
    """Quads of synthetic documents, about ``target`` of them (the entities graph repeats; a store keeps one of each)."""
    total, d = 0, 0
    while total < target:
        doc, facts = synthetic_document(d, trials=max(1, target // 400), full=full)
        quads = document_quads(doc, facts)
        yield from quads.own
        yield from quads.shared
        total += len(quads.own) + len(quads.shared)
        d += 1


def synthetic_nquads(target: int) -> bytes:
    """``synthetic_quads`` as N-Quads bytes."""
    return ox.serialize(synthetic_quads(target), format=ox.RdfFormat.N_QUADS)


def build_store(path: Path | None, target: int, full: bool = False) -> KGStore:
    """A store (on disk at ``path``, or in memory) bulk-loaded with about ``target`` synthetic quads."""
    store = KGStore(path)
    store.ox.bulk_extend(synthetic_quads(target, full))
    store.flush()
    return store


def sample_parameters(target: int) -> dict[str, dict]:
    """Parameters for the query files that take them, naming document 0's graph and trial in a store of ``target``."""
    from kg.rdf import mint
    from kg.rdf.namespace import KG

    doc, facts = synthetic_document(0, trials=max(1, target // 400))
    trial = facts[0].subject
    graph = ox.NamedNode(mint.document_iri(doc.id))
    return {"document-built": {"graph": graph}, "facts-items": {"graph": graph}, "facts-organizations": {"graph": graph},
            "facts-entities": {"graph": graph, "class": ox.NamedNode(str(KG.Trial))},
            "evidence": {"subject": ox.NamedNode(mint.entity_iri(trial)), "predicate": ox.NamedNode(str(KG.phase))},
            "trial-card": {"trial": trial.label}, "view-node-evidence": {"node": ox.NamedNode(mint.entity_iri(trial))},
            "therapy-card": {"therapy": next(f.object.label for f in facts if f.predicate == "intervention")},
            "find-nodes": {"text": next(f.object.label for f in facts if f.predicate == "intervention").upper()}}



