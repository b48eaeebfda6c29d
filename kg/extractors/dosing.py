"""How a therapy was given: route, dose, number of doses, interval, duration and follow-up.

>>> from kg.documents import parse_document
>>> doc = parse_document("T\\n\\nIn the trial (NCT01234567) patients received a total of six intravenous injections of 100 mg given at one-month intervals, and were followed for 12 months.", source="t.txt")
>>> sorted((f.predicate, f.object_text) for f in DosingExtractor().extract(doc))
[('doseAmount', '100'), ('doseInterval', 'P1M'), ('doseUnit', 'mg'), ('followUp', 'P12M'), ('numberOfDoses', '6'), ('route', 'intravenous')]
"""

from __future__ import annotations

import re

from kg.extractors.base import BaseExtractor
from kg.extractors.util import NUM, WORD_MAX, fact, number
from kg.text import prefilter as rx
from kg.text.durations import to_iso
from kg.text.numbers import NUMBER

ROUTES = {
    "intravenous": r"intravenous(?:ly)?|\bIV\b|into (?:the|a) (?:blood\s?stream|veins?)",
    "intrathecal": r"intrathecal(?:ly)?|lumbar puncture|into the (?:cerebro)?spinal fluid|spinal[- ]fluid injections?|"
                   r"into the fluid (?:that )?(?:bathes|surrounds) the spinal cord",
    "oral": r"\boral(?:ly)?\b|by mouth|tablets?|capsules?|pills?",
    "subcutaneous": r"subcutaneous(?:ly)?|under the skin",
    "intramuscular": r"intramuscular(?:ly)?|into the muscle",
    "intracerebral": r"intracerebral(?:ly)?|into the brain",
    "intraspinal": r"intraspinal(?:ly)?|into the spinal cord",
    "inhaled": r"inhaled|inhalation|nebuli[sz]ed",
    "topical": r"topical(?:ly)?|applied to the skin",
}
ROUTE = {k: rx.compile(v, re.I) for k, v in ROUTES.items()}
GIVING = rx.compile(r"\b(?:inject|infus|administ|given|giving|dos(?:e|es|ing)|receiv|deliver|tak(?:e|es|ing)|took|assign|"
                    r"route|formulation|suspension|tablet|capsule|treat)", re.I)
UNITS = rf"(?P<unit>mg/kg|mg/m2|mg|µg|mcg|g|mL|IU|units|(?:[\w-]{{1,{WORD_MAX}}}\s){{0,2}}cells)"
# the amount is a NUMBER: a bounded token, so a long line of digits or comma groups is read in linear time
DOSE = rx.compile(rf"\b(?P<amount>{NUMBER}(?:\s+(?:million|billion|thousand))?)\s*{UNITS}\b", re.I)
DOSE_WORD = rx.compile(r"\b(?:dose|doses|contained|containing|each|of|received|at|to)\b", re.I)
BETWEEN = rf"(?:\([^)]{{0,200}}\)|(?!(?:a|an|the|were|was|given|received|each|of|per)\b)[\w-]{{1,{WORD_MAX}}})"
COUNT = rf"\b(?:a total of\s+)?{NUM}\s+(?:{BETWEEN}\s+){{0,3}}?(?:injections|doses|infusions|administrations|injection|dose|infusion)\b"
COUNT = rx.compile(COUNT, re.I)
INTERVAL = rx.compile(rf"\b(?:at\s+)?(?P<n>{NUMBER}|an?)[- ](?P<unit>day|week|month|year)\s+intervals?|\bevery\s+(?:(?P<n2>{NUMBER})\s+)?(?P<unit2>day|week|month|year)s?\b|\b(?P<adv>daily|weekly|monthly|once a (?:day|week|month))\b", re.I)
DURATION = rx.compile(rf"\b(?:over|for|during|through)\s+(?:a\s+|an\s+|the\s+)?(?P<n>{NUMBER})[\s-](?P<unit>day|week|month|year)s?\b", re.I)
FOLLOW = rx.compile(rf"\bfollowed(?:\s+up)?\s+for\s+(?:a further\s+|another\s+)?(?P<n>{NUMBER})[\s-](?P<unit>day|week|month|year)s?\b", re.I)
RUN_IN = rx.compile(r"^\s*(?:run-in|lead-in|screening|washout|wash-out)\b", re.I)
ADVERB = {"daily": ("1", "day"), "weekly": ("1", "week"), "monthly": ("1", "month")}


class DosingExtractor(BaseExtractor):
    name = "dosing"
    version = "1.0"

    def facts(self, ctx):
        seen = set()
        for i, text, trial in self.trial_sentences(ctx):
            if not GIVING.search(text):
                continue
            for pred, value in self.sentence_values(text):
                if value is None:              # a span no treatment lasts (see kg.text.durations.to_iso)
                    continue
                key = (trial.key, pred, value if pred == "route" else None)
                if key not in seen:
                    seen.add(key)
                    yield fact(trial, pred, value, ctx.evidence(i, extractor=self, confidence=0.7))

    def sentence_values(self, text):
        for route, pattern in ROUTE.items():
            if pattern.search(text):
                yield "route", route
        dose = next((m for m in DOSE.finditer(text) if DOSE_WORD.search(text[max(0, m.start() - 30):m.start()])), None)
        if dose and number(dose.group("amount")):
            unit = "cells" if dose.group("unit").lower().endswith("cells") else dose.group("unit")
            yield "doseAmount", number(dose.group("amount"))
            yield "doseUnit", unit
        counts = [number(m.group("num")) for m in COUNT.finditer(text)]
        counts = [c for c in counts if c]
        if counts:
            yield "numberOfDoses", int(max(counts))
        m = INTERVAL.search(text)
        if m:
            yield "doseInterval", interval_iso(m)
        m = FOLLOW.search(text)
        if m:
            yield "followUp", to_iso(number(m.group("n")), m.group("unit"))
        m = next((d for d in DURATION.finditer(text) if not RUN_IN.match(text[d.end():])), None)
        if m and not (FOLLOW.search(text) and FOLLOW.search(text).start() <= m.start() < FOLLOW.search(text).end()):
            yield "duration", to_iso(number(m.group("n")), m.group("unit"))


def interval_iso(m: re.Match) -> str:
    if m.group("adv"):
        word = m.group("adv").lower().split()[-1]
        n, unit = ADVERB.get(word, ("1", word))
        return to_iso(int(n), unit)
    n = m.group("n") or m.group("n2") or "1"
    n = 1 if n.lower() in ("a", "an") else number(n)
    return to_iso(n, m.group("unit") or m.group("unit2"))
