"""Trial registry ids (NCT, jRCT, EudraCT, ISRCTN, ChiCTR, CTRI, ACTRN, DRKS, UMIN) and trial acronyms.

>>> from kg.documents import parse_document
>>> doc = parse_document("The VALOR study (NCT02623699) enrolled adults.", source="t.txt")
>>> sorted((f.predicate, f.object.value) for f in RegistryIdExtractor().extract(doc))
[('registryId', 'NCT02623699'), ('registryPrefix', 'clinicaltrials'), ('trialName', 'VALOR')]
"""

from __future__ import annotations

from collections import defaultdict

from kg.extractors.base import BaseExtractor
from kg.text.registries import registry_ids
from kg.extractors.util import fact


class RegistryIdExtractor(BaseExtractor):
    name = "registry_ids"
    version = "1.0"

    def facts(self, ctx):
        found: dict[int, dict[str, list]] = {}      # sentence -> id -> its (prefix, match)s (found once a sentence)
        for trial in ctx.trials:
            subject = trial.entity()
            i = trial.first
            if i not in found:
                found[i] = defaultdict(list)
                for prefix, m in registry_ids(ctx.sentences[i].text):
                    found[i][m.group(0)].append((prefix, m))
            for prefix, m in sorted((hit for rid in trial.ids for hit in found[i].get(rid, ())), key=lambda h: h[1].start()):
                if m.group(0) in trial.ids:
                    start = ctx.sentences[i].start + m.start()
                    ev = ctx.evidence(i, start, start + len(m.group(0)), self, 0.99)
                    yield fact(subject, "registryId", m.group(0), ev)
                    yield fact(subject, "registryPrefix", prefix, ev)
            if trial.name:
                yield fact(subject, "trialName", trial.name, ctx.evidence(i, extractor=self, confidence=0.8))
