"""Who took part: enrollment, men and women, ages, and arms with their sizes.

>>> from kg.documents import parse_document
>>> doc = parse_document("T\\n\\nThe trial (NCT01234567) enrolled 108 adults, 60 men and 48 women, aged 30 to 70 years; 72 on XY-123 (n=72).", source="t.txt")
>>> sorted((f.predicate, f.object_text) for f in PopulationExtractor().extract(doc) if f.predicate != 'armLabel')
[('ageMax', '70'), ('ageMin', '30'), ('armIntervention', 'XY-123'), ('armSize', '72'), ('enrollment', '108'), ('female', '48'), ('hasArm', 'XY-123'), ('male', '60')]
"""

from __future__ import annotations

import re

from kg.extractors.base import BaseExtractor
from kg.extractors.util import NUM, WORD_MAX, fact, number
from kg.model import Entity
from kg.text import prefilter as rx
from kg.text.numbers import MAX_INTEGER_DIGITS, NUMBER, exact

PEOPLE = r"(?:people|patients|participants|adults|children|individuals|subjects|volunteers|persons|men|women|infants)"
ARM_WORD = rx.compile(r"^(?:placebo|sham|control|(?:low|high|middle|medium|intermediate)[- ]dose|.*\b(?:group|arm|cohort))$", re.I)
# "occurred in 17 children" counts no participants; the look back follows the preposition ("in(?<!seen in)"), as a
# look back before it would be tried at every character of every sentence
NOT_AFTER = ("occurred", "reported", "seen", "observed")
AMONG = "|".join(word + "".join(f"(?<!{verb} {word})" for verb in NOT_AFTER) for word in ("in", "among", "by"))
ENROLLED = [
    rx.compile(rf"\b(?:enrolled|enrolling|recruited|randomi[sz]ed|randomly assigned|randomly allocated|included|involved|treated|dosed)\s+(?:a total of\s+|about\s+|approximately\s+|some\s+)?{NUM}\s+(?:[\w-]+\s+){{0,2}}?{PEOPLE}", re.I),
    rx.compile(rf"\b{NUM}\s+(?:[\w-]+\s+){{0,2}}?{PEOPLE}\b[^.;]{{0,80}}?\b(?:took part|participated|were enrolled|were recruited|were randomi[sz]ed|each received|were treated)", re.I),
    # "tolerated by five people", "a study in 40 adults" -- but not "occurred in 17 children"
    rx.compile(rf"\b(?:{AMONG})\s+{NUM}\s+(?:[\w-]+\s+){{0,2}}?{PEOPLE}\b", re.I),
]
SEXES = rx.compile(rf"\b(?P<a>{NUMBER})\s+(?P<sa>men|males|women|females)\s+and\s+(?P<b>{NUMBER})\s+(?P<sb>men|males|women|females)\b", re.I)
AGES = rx.compile(r"\b(?:ages?d?|between the ages of|aged between|ranging in age from)\s+(?:of\s+)?(?P<lo>\d{1,3})\s*(?:to|-|–|and)\s*(?P<hi>\d{1,3})", re.I)
AGE_STAT = rx.compile(r"\b(?P<stat>mean|median|average)\s+age\s+(?:of\s+|was\s+|at\s+\w+\s+)?(?:was\s+)?(?P<v>\d{1,3}(?:\.\d)?)", re.I)
ELIGIBLE_MIN = rx.compile(r"\baged?\s+(?P<v>\d{1,3})\s+(?:years\s+)?(?:and|or)\s+(?:older|over|above)", re.I)
ARM_N = rx.compile(rf"(?P<label>\b[\w-]{{1,{WORD_MAX}}}(?:\s[\w-]{{1,{WORD_MAX}}})?)\s*\((?:n\s*=\s*(?P<n1>\d{{1,{MAX_INTEGER_DIGITS}}})|(?P<n2>\d{{1,{MAX_INTEGER_DIGITS}}})\s+{PEOPLE})\)", re.I)
DOSE_GROUP = rx.compile(rf"\b{NUM}\s+(?:(?:were given|received|got|to)\s+)?(?:an?\s+|the\s+)?(?P<level>low|high|middle|medium|intermediate)[- ]dose", re.I)
SKIP_ARM_WORDS = rx.compile(r"^(?:or|and|to|of|the|a|an|with|in)$", re.I)


class PopulationExtractor(BaseExtractor):
    name = "population"
    version = "1.0"

    def facts(self, ctx):
        seen = set()
        for i, text, trial in self.trial_sentences(ctx):
            for pred, value, conf in self.counts(text):
                if (trial.key, pred) not in seen:
                    seen.add((trial.key, pred))
                    yield fact(trial, pred, value, ctx.evidence(i, extractor=self, confidence=conf))
            for label, n in self.arms(ctx, i, text):
                if (trial.key, "arm", label) in seen:
                    continue
                seen.add((trial.key, "arm", label))
                arm = Entity("Arm", label, scope=trial.key)
                ev = ctx.evidence(i, extractor=self, confidence=0.7)
                yield fact(trial, "hasArm", arm, ev)
                yield fact(arm, "armLabel", label, ev)
                yield fact(arm, "armSize", n, ev)
                therapy = next((m for m in ctx.of_kind(i, "drug", "therapy") if m.label.lower() == label.lower()), None)
                if therapy or "dose" in label:
                    name = therapy.label if therapy else ctx.main_therapy
                    if name:
                        yield fact(arm, "armIntervention", Entity("Therapy", name, ids=therapy.ids if therapy else
                                                                  ctx.therapies[name].ids), ev)

    def counts(self, text):
        sexes = SEXES.search(text)
        for pattern in ENROLLED:
            m = pattern.search(text)
            if m and number(m.group("num")) and not (sexes and m.start() >= sexes.start()):
                yield "enrollment", int(number(m.group("num"))), 0.7
                break
        if sexes:
            a, b = number(sexes.group("a")), number(sexes.group("b"))
            first_male = sexes.group("sa").lower().startswith("m")
            yield "male", int(a if first_male else b), 0.8
            yield "female", int(b if first_male else a), 0.8
            yield "enrollment", int(a + b), 0.6
        m = AGES.search(text)
        if m and int(m.group("lo")) < int(m.group("hi")):
            yield "ageMin", int(m.group("lo")), 0.8
            yield "ageMax", int(m.group("hi")), 0.8
        m = AGE_STAT.search(text)
        if m:
            v = exact(m.group("v"))
            yield ("ageMedian" if m.group("stat").lower() == "median" else "ageMean"), v, 0.8
        m = ELIGIBLE_MIN.search(text)
        if m:
            yield "eligibleAgeMin", int(m.group("v")), 0.6

    def arms(self, ctx, i, text):
        names = {m.label.lower(): m.label for m in ctx.of_kind(i, "drug", "therapy")}
        for m in ARM_N.finditer(text):
            words = m.group("label").split()
            label = words[-1] if words[-1].lower() in names or words[-1].lower() in ("placebo", "sham") else m.group("label")
            if SKIP_ARM_WORDS.match(label) or not (label.lower() in names or ARM_WORD.match(label)):
                continue                       # "(6 participants)" after an adverse event is not an arm
            label = names.get(label.lower(), label)
            yield label, int(m.group("n1") or m.group("n2"))
        for m in DOSE_GROUP.finditer(text):
            yield f"{m.group('level').lower()} dose", int(number(m.group("num")))
