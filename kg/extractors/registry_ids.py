"""Trial registry ids (NCT, jRCT, EudraCT, ISRCTN, ChiCTR, CTRI, ACTRN, DRKS, UMIN) and trial names.

The trials themselves are resolved by :mod:`kg.extractors.trials`; this extractor states each trial's ids
(where the text first gives each) and its short name.

>>> from kg.documents import parse_document
>>> doc = parse_document("The ZETA study (NCT01234567) enrolled adults.", source="t.txt")
>>> sorted((f.predicate, f.object.value) for f in RegistryIdExtractor().extract(doc))
[('registryId', 'NCT01234567'), ('registryPrefix', 'clinicaltrials'), ('trialName', 'ZETA')]
"""

from __future__ import annotations

from kg.extractors.base import BaseExtractor
from kg.extractors.util import fact
from kg.text.registries import registry_ids


class RegistryIdExtractor(BaseExtractor):
    name = "registry_ids"
    version = "1.1"

    def facts(self, ctx):
        owner = {rid: k for k, t in enumerate(ctx.trials) for rid in t.ids}
        done: set[str] = set()
        for i, s in enumerate(ctx.sentences):
            if len(done) == len(owner):
                break
            for prefix, m in registry_ids(s.text):
                rid = m.group(0)
                if rid in owner and rid not in done:
                    done.add(rid)
                    start = s.start + m.start()
                    ev = ctx.evidence(i, start, start + len(rid), self, 0.99)
                    subject = ctx.trial_entities[owner[rid]]
                    yield fact(subject, "registryId", rid, ev)
                    yield fact(subject, "registryPrefix", prefix, ev)
        for k, trial in enumerate(ctx.trials):
            if trial.name:
                yield fact(ctx.trial_entities[k], "trialName", trial.name,
                           ctx.evidence(trial.first, extractor=self, confidence=0.8))
