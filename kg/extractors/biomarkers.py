"""Biomarkers that moved: which molecule, which way, in which specimen.

>>> from kg.documents import parse_document
>>> doc = parse_document("T\\n\\nIn the trial (NCT01234567), blood levels of interleukin-6 increased.", source="t.txt")
>>> sorted((f.predicate, f.object_text) for f in BiomarkerExtractor().extract(doc))
[('biomarker', 'interleukin 6'), ('direction', 'increased'), ('hasBiomarkerFinding', 'interleukin 6'), ('specimen', 'blood')]
"""

from __future__ import annotations

import re

from kg.extractors.base import BaseExtractor
from kg.extractors.context import entity_of
from kg.extractors.util import fact
from kg.model import Entity
from kg.text import prefilter as rx

UP = rx.compile(r"\b(?:increased|increase[sd]?|rose|risen|rise|elevated|higher|went up|climbed|up-?regulated)\b", re.I)
DOWN = rx.compile(r"\b(?:decreased|decrease[sd]?|fell|fallen|dropped|declined|reduced|reductions?|lowered|lower|cut|"
                  r"drove down|down-?regulated|suppressed)\b", re.I)
SAME = rx.compile(r"\b(?:unchanged|did not change|no change|remained stable|stayed the same)\b", re.I)
SPECIMENS = [(name, rx.compile(pattern, re.I)) for name, pattern in [
    ("cerebrospinal fluid", r"cerebrospinal fluid|\bCSF\b|spinal fluid"), ("plasma", r"plasma"), ("serum", r"serum"),
    ("urine", r"urine|urinary"), ("blood", r"blood"), ("muscle", r"muscle"), ("skin", r"skin")]]
LEVEL = rx.compile(r"\b(?:levels?|concentrations?|amounts?|protein|expression|marker)\b", re.I)


class BiomarkerExtractor(BaseExtractor):
    name = "biomarkers"
    version = "1.0"

    def facts(self, ctx):
        best: dict[tuple, tuple] = {}
        for i, text, trial in self.trial_sentences(ctx):
            if not LEVEL.search(text) or re.search(r"\bthan\b", text):
                continue
            direction = ("decreased" if DOWN.search(text) else "increased" if UP.search(text)
                         else "unchanged" if SAME.search(text) else None)
            if not direction:
                continue
            specimen = self.specimen(text)
            for m in ctx.of_kind(i, "gene", "chemical"):
                if m.label in ctx.therapies:
                    continue
                key = (trial.key, m.label)
                if key not in best or (specimen and not best[key][2]):
                    best[key] = (trial, m, specimen, direction, i)
        for (_, label), (trial, m, specimen, direction, i) in best.items():
            node = Entity("BiomarkerFinding", m.label, scope=trial.key)
            ev = ctx.evidence(i, m.start, m.end, self, 0.7)
            yield fact(trial, "hasBiomarkerFinding", node, ev)
            yield fact(node, "biomarker", entity_of(m, "Biomarker"), ev)
            yield fact(node, "direction", direction, ev)
            if specimen:
                yield fact(node, "specimen", specimen, ev)

    def specimen(self, text):
        hits = [(m.start(), name) for name, pattern in SPECIMENS for m in pattern.finditer(text)]
        if not hits:
            return None
        # "blood plasma" is plasma: the more specific word wins when they touch
        hits.sort()
        names = [n for _, n in hits]
        return "plasma" if "plasma" in names else "serum" if "serum" in names else names[0]
