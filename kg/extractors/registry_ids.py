"""Trial registry ids (NCT, jRCT, EudraCT, ISRCTN, ChiCTR, CTRI, ACTRN, DRKS, UMIN) and trial names.

The trials themselves are resolved by :mod:`kg.trials`; this extractor states each trial's ids
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
            for found in registry_ids(s.text):
                if found.id in owner and found.id not in done:
                    done.add(found.id)
                    ev = ctx.evidence(i, s.start + found.start, s.start + found.end, self, 0.99)
                    subject = ctx.trial_entities[owner[found.id]]
                    yield fact(subject, "registryId", found.id, ev)
                    yield fact(subject, "registryPrefix", found.prefix, ev)
        for k, trial in enumerate(ctx.trials):
            if trial.name:
                yield fact(ctx.trial_entities[k], "trialName", trial.name,
                           ctx.evidence(trial.first, extractor=self, confidence=0.8))
