"""Adverse events: totals, serious and treatment-related counts ("no serious ..." is 0), and per-term counts.

>>> from kg.documents import parse_document
>>> doc = parse_document("T\\n\\nIn the trial (NCT01234567) a total of 28 side effects were reported, most often headache (four cases). There were no treatment-related serious side effects.", source="t.txt")
>>> sorted((f.predicate, f.object_text) for f in SafetyExtractor().extract(doc))
[('adverseEventCount', '4'), ('adverseEventTerm', 'Headache'), ('adverseEventsTotal', '28'), ('hasAdverseEvent', 'Headache'), ('seriousRelatedAdverseEvents', '0')]
"""

from __future__ import annotations

import re

from kg.extractors.base import BaseExtractor
from kg.extractors.context import entity_of, top_disease
from kg.extractors.util import NUM, fact, number
from kg.model import Entity
from kg.text import prefilter as rx
from kg.text.numbers import NUMBER

AE = r"(?:side effects?|adverse (?:events?|reactions?|effects?)|AEs|complications?|complaints?)"
AE_CUE = rx.compile(rf"{AE}|\b(?:occurred|experienced|reported|developed|most common|frequent|tolerated)\b", re.I)
TOTAL = rx.compile(rf"\b(?:a total of\s+)?{NUM}\s+(?:[\w-]+\s+)?{AE}\s+(?:were|was)\s+(?:reported|recorded|observed|seen)", re.I)
RELATED = r"(?:treatment|drug|therapy|study drug|procedure)[- ]related"
NO_SERIOUS_RELATED = rx.compile(rf"\bno\s+(?:{RELATED}\s+serious|serious\s+{RELATED})\s+{AE}|\bno\s+{AE},?\s+serious or otherwise,?\s+(?:were|was)\s+(?:attributed|related)\s+to|\bno\s+serious\s+{AE}\s+(?:were\s+)?(?:attributed|related)\s+to", re.I)
NO_SERIOUS = rx.compile(rf"\bno\s+serious\s+{AE}|\bwithout\s+(?:any\s+)?serious\s+{AE}|\bno\s+{AE},?\s+serious or otherwise", re.I)
SERIOUS_N = rx.compile(rf"\b{NUM}\s+serious\s+{AE}|\bserious\s+{AE}\s+(?:occurred|were reported|were seen)\s+in\s+{NUM.replace('num', 'num2')}"
                       rf"|\b{NUM.replace('num', 'num3')}\s+(?:patients|participants|people|children|adults)\s+(?:had|experienced|reported)\s+(?:a\s+)?serious\s+{AE}", re.I)
TERM_COUNT = rx.compile(rf"\((?P<n>{NUMBER})\s+(?:cases?|patients?|participants?|people|events?|reports?)\)", re.I)


class SafetyExtractor(BaseExtractor):
    name = "safety"
    version = "1.0"

    def facts(self, ctx):
        condition = top_disease(ctx)
        top = condition[1].label if condition else None
        seen = set()
        for i, text, trial in self.trial_sentences(ctx):
            if not AE_CUE.search(text):
                continue
            ev = ctx.evidence(i, extractor=self, confidence=0.7)
            for pred, value in self.counts(text):
                if (trial.key, pred) not in seen:
                    seen.add((trial.key, pred))
                    yield fact(trial, pred, value, ev)
            if not re.search(AE + r"|\b(?:occurred|experienced|developed)\b", text, re.I):
                continue
            for m in ctx.of_kind(i, "phenotype", "disease"):
                if m.label == top or (trial.key, "term", m.label) in seen:
                    continue
                seen.add((trial.key, "term", m.label))
                term = qualified_term(ctx.doc.text, m)
                node = Entity("AdverseEvent", term.label, scope=trial.key)
                yield fact(trial, "hasAdverseEvent", node, ev)
                yield fact(node, "adverseEventTerm", term, ev)
                offset = m.end - ctx.sentences[i].start
                after = text[offset:offset + 30]
                count = TERM_COUNT.match(after.lstrip())
                if count and number(count.group("n")) is not None:
                    yield fact(node, "adverseEventCount", int(number(count.group("n"))), ev)

    def counts(self, text):
        m = TOTAL.search(text)
        if m and number(m.group("num")):
            yield "adverseEventsTotal", int(number(m.group("num")))
        if NO_SERIOUS_RELATED.search(text):
            yield "seriousRelatedAdverseEvents", 0
        elif NO_SERIOUS.search(text):
            yield "seriousAdverseEvents", 0
        m = SERIOUS_N.search(text)
        n = number(m.group("num") or m.group("num2") or m.group("num3")) if m else None
        if n is not None:
            yield "seriousAdverseEvents", int(n)


QUALIFIER = rx.compile(r"(?:^|[\s(])(?P<adj>[A-Za-z]+(?:al|ic|ive|ous|ory|ary))\s+$")


def qualified_term(text: str, m) -> Entity:
    """A one-word term with the adjective before it ("procedural pain"): the qualified term, ungrounded."""
    adj = QUALIFIER.search(text[max(0, m.start - 30):m.start])
    if adj and " " not in m.text and adj.group("adj").lower() not in ("serious", "several", "general", "usual"):
        return Entity("Phenotype", f"{adj.group('adj').lower()} {m.text.lower()}")
    return entity_of(m, "Phenotype")
