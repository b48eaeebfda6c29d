"""Grounding: give entities without public ids the ids the lexicon has for their label.

Extractors ground what they find through the lexicon already; this stage
fills in entities built from free text (a target, an adverse-event term, a
therapy named by pattern) when the lexicon knows the name exactly.

>>> from kg.model import Entity
>>> ground_entity(Entity("Disease", "multiple sclerosis")).ids[:1]
('DOID:2377',)
"""

from __future__ import annotations

from dataclasses import replace

from kg.lexicon import load_lexicon
from kg.model import Entity, Fact

KIND_TYPES = {"Disease": ("disease",), "Phenotype": ("phenotype", "disease"), "Therapy": ("drug",),
              "CellType": ("cell",), "Biomarker": ("gene", "chemical"), "Target": ("gene", "chemical"),
              "OutcomeMeasure": ("measure",)}


def ground_entity(entity: Entity) -> Entity:
    types = KIND_TYPES.get(entity.kind)
    if entity.ids or not types:
        return entity
    found = load_lexicon().lookup(entity.label, types)
    return replace(entity, ids=found[0].ids) if found and found[0].ids else entity


def ground_fact(fact: Fact) -> Fact:
    subject = ground_entity(fact.subject)
    obj = ground_entity(fact.object) if isinstance(fact.object, Entity) else fact.object
    return fact if subject is fact.subject and obj is fact.object else replace(fact, subject=subject, object=obj)
