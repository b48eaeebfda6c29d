"""A synthetic store in kg's own shape, as large as asked, for benchmarks.

Document graphs with a trial, its therapy, condition, sponsor and outcomes,
each fact with its statement and evidence, and the shared entities graph,
made through kg's own converter so the shape matches a real build.
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


def synthetic_document(d: int, trials: int) -> tuple[Document, list[Fact]]:
    """One document whose facts look like kg's: a trial, its therapy, condition, sponsor, outcomes, adverse events, a biomarker."""
    rng = random.Random(d)
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
    return doc, facts


def synthetic_quads(target: int) -> Iterator[ox.Quad]:
    """Quads of synthetic documents, about ``target`` of them (the entities graph repeats; a store keeps one of each)."""
    total, d = 0, 0
    while total < target:
        doc, facts = synthetic_document(d, trials=max(1, target // 400))
        quads = document_quads(doc, facts)
        yield from quads.own
        yield from quads.shared
        total += len(quads.own) + len(quads.shared)
        d += 1


def synthetic_nquads(target: int) -> bytes:
    """``synthetic_quads`` as N-Quads bytes."""
    return ox.serialize(synthetic_quads(target), format=ox.RdfFormat.N_QUADS)


def build_store(path: Path | None, target: int) -> KGStore:
    """A store (on disk at ``path``, or in memory) bulk-loaded with about ``target`` synthetic quads."""
    store = KGStore(path)
    store.ox.bulk_extend(synthetic_quads(target))
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



