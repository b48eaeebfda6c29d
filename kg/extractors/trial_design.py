"""Phase, design, conditions, interventions, comparators, countries, sponsors and sites of trials.

>>> from kg.documents import parse_document
>>> doc = parse_document("Headline\\n\\nA randomized, double-blind Phase II/III trial (NCT01234567) tested XY-123.", source="t.txt")
>>> sorted((f.predicate, f.object_text) for f in TrialDesignExtractor().extract(doc))
[('design', 'double-blind'), ('design', 'randomized'), ('intervention', 'XY-123'), ('phase', '2/3')]
"""

from __future__ import annotations

import re

from kg.extractors.base import BaseExtractor
from kg.extractors.context import entity_of, top_disease
from kg.extractors.util import ORG_NAME, TRIAL_WORD, clean_org, fact, mask_quotes, org_entity, unhedged
from kg.model import Entity
from kg.text import prefilter as rx

ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}
PH = r"(?:iv|i{1,3}|[0-4])[ab]?"
PHASE = rx.compile(rf"\bphase[\s-]*(?P<a>{PH})(?:\s*(?:/|-|and)\s*(?:phase[\s-]*)?(?P<b>{PH}))?\b", re.I)
STAGE = rx.compile(r"\b(mid|late)[- ]stage\s+(?:clinical\s+)?(?:trial|study)\b", re.I)
STAGES = {"mid": "2", "late": "3"}
DESIGNS = {
    "open-label": r"open[- ]label", "double-blind": r"double[- ]blind(?:ed)?", "single-blind": r"single[- ]blind(?:ed)?",
    "placebo-controlled": r"placebo[- ]controlled", "sham-controlled": r"sham[- ]controlled",
    "randomized": r"randomi[sz]ed|randomly (?:assigned|allocated)|randomi[sz]ation", "single-arm": r"single[- ]arm", "parallel-group": r"parallel[- ]group",
    "crossover": r"cross[- ]?over", "dose-escalation": r"dose[- ]escalat(?:ion|ing)",
    "multicenter": r"multi-?cent(?:er|re)|multi-?site", "single-center": r"single[- ]cent(?:er|re)|single[- ]site",
    "platform": r"platform (?=trial|study)", "adaptive": r"adaptive (?=trial|study|design)",
    "pragmatic": r"pragmatic (?=trial|study)", "extension": r"extension (?=study|trial|phase)",
}
DESIGN = {k: rx.compile(rf"\b(?:{v})", re.I) for k, v in DESIGNS.items()}
SPONSOR = rx.compile(rf"\b(?:sponsored|funded|financed)\s+by\s+(?:the\s+)?{ORG_NAME}")
SITE = rx.compile(rf"\b(?:carried out|conducted|run|performed|done|enrolled)\s+at\s+(?:the\s+)?{ORG_NAME}")
INSTITUTION = rx.compile(r"\b(?:Hospital|Medical Cent(?:er|re)|University|Clinic|Institute|Centre|Center|Infirmary)\b")
NOT_TRIAL_PLACE = rx.compile(r"^[’']?s?\s*(?:approval|approved|regulators?|market|FDA|patent|company|firm|subsidiary|government)", re.I)
PUBLICATION_TITLE = rx.compile(r"\b(?:titled|entitled|paper|article|published)\b", re.I)
ASSIGNED = rx.compile(r"\b(?:assigned|allocated|randomi[sz]ed|compared with|versus|vs\.?)\b", re.I)
COMPARATOR = rx.compile(r"\b(placebo|sham)\b", re.I)


def normalise_phase(m: re.Match) -> str:
    def one(p):
        p = p.lower()
        m2 = re.fullmatch(r"(iv|i{1,3})([ab]?)", p)
        return ROMAN[m2.group(1)] + m2.group(2) if m2 else p
    return one(m.group("a")) + (f"/{one(m.group('b'))}" if m.group("b") else "")


class TrialDesignExtractor(BaseExtractor):
    name = "trial_design"
    version = "1.0"

    def facts(self, ctx):
        if not ctx.trials:
            return
        seen, stages = set(), {}
        for i, s in enumerate(ctx.sentences):
            trial = ctx.trial_entity(i)
            # a quoted publication title describes the trial's design; other quotations do not count
            text = unhedged(s.text if PUBLICATION_TITLE.search(s.text) else mask_quotes(s.text))
            hedged = not text.strip()
            for key, fct in self.sentence_facts(ctx, i, trial, text, hedged):
                if key[1] == "phase-stage":
                    stages.setdefault(key[0], fct)
                elif key not in seen:
                    seen.add(key)
                    yield fct
        phased = {key[0] for key in seen if key[1] == "phase"}
        yield from (fct for trial_key, fct in stages.items() if trial_key not in phased)
        yield from self.conditions_and_interventions(ctx)

    def sentence_facts(self, ctx, i, trial, text, hedged):
        s = ctx.sentences[i]
        trialish = TRIAL_WORD.search(text)
        m = PHASE.search(text)
        stage = STAGE.search(text)
        if m and not hedged:
            yield (trial.key, "phase"), fact(trial, "phase", normalise_phase(m), ctx.evidence(i, extractor=self))
        elif stage and not hedged:
            # news shorthand, used only when the text gives no phase: mid-stage = phase 2, late-stage = phase 3
            yield (trial.key, "phase-stage"), fact(trial, "phase", STAGES[stage.group(1).lower()],
                                                   ctx.evidence(i, extractor=self, confidence=0.5))
        if trialish and not hedged:
            for label, pattern in DESIGN.items():
                if pattern.search(text):
                    yield (trial.key, "design", label), fact(trial, "design", label, ctx.evidence(i, extractor=self))
            for c in ctx.of_kind(i, "country"):
                after = ctx.doc.text[c.end:c.end + 20]
                before = ctx.doc.text[max(0, c.start - 12):c.start]
                inside_name = re.search(r"\b[A-Z][a-z]+\s+$", before) and c.start > s.start + len(before)
                if NOT_TRIAL_PLACE.match(after) or re.search(r"based in\s+(?:\w+\s+)?$", before) or inside_name:
                    continue
                yield (trial.key, "country", c.label), fact(trial, "country", entity_of(c, "Country"),
                                                            ctx.evidence(i, c.start, c.end, self, 0.6))
        if (trialish or ASSIGNED.search(text)) and not hedged:
            for c in COMPARATOR.finditer(text):
                yield (trial.key, "comparator", "placebo"), fact(
                    trial, "comparator", Entity("Comparator", c.group(1).lower()), ctx.evidence(i, extractor=self, confidence=0.7))
        for pattern, pred in ((SPONSOR, "sponsor"), (SITE, "site")):
            for m in pattern.finditer(text):
                name = clean_org(m.group("org"))
                if name and (pred == "sponsor" or INSTITUTION.search(name)):
                    yield (trial.key, pred, name), fact(trial, pred, org_entity(name, ctx), ctx.evidence(i, extractor=self))

    def conditions_and_interventions(self, ctx):
        top = top_disease(ctx)
        for t, trial in enumerate(ctx.trials):
            subject = trial.entity()
            first = trial.first
            if top:
                where, mention = top
                yield fact(subject, "condition", entity_of(mention, "Disease"), ctx.evidence(where, mention.start, mention.end, self, 0.7))
            therapy = self.intervention(ctx, t, first)
            if therapy:
                i, m = therapy
                yield fact(subject, "intervention", entity_of(m, "Therapy"), ctx.evidence(i, m.start, m.end, self, 0.7))

    def intervention(self, ctx, t, first):
        """The therapy named where the trial is introduced, else the document's main therapy."""
        candidates = [m for m in ctx.of_kind(first, "drug", "therapy")] if ctx.trials[t].ids else []
        if candidates:
            return first, candidates[0]
        if ctx.main_therapy:
            for i, ms in enumerate(ctx.mentions):
                for m in ms:
                    if m.label == ctx.main_therapy:
                        return i, m
        return None
