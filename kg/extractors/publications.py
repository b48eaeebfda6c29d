"""Publications and conference reports: title, journal, conference, date, DOI, PMID.

>>> from kg.documents import parse_document
>>> doc = parse_document('T\\n\\nThe trial (NCT01234567) results, "A Study of Things in People," were published in Cell Reports (2023;1:2; doi:10.1000/xyz1).', source="t.txt")
>>> sorted((f.predicate, f.object_text) for f in PublicationExtractor().extract(doc) if f.predicate != 'hasPublication')
[('doi', '10.1000/xyz1'), ('journal', 'Cell Reports'), ('publicationDate', '2023'), ('title', 'A Study of Things in People')]
"""

from __future__ import annotations

import re

from kg.extractors.base import BaseExtractor
from kg.extractors.util import fact
from kg.model import Entity
from kg.text import prefilter as rx
from kg.text.dates import find_dates

QUOTED = rx.compile(r"[“\"](?P<title>[^“”\"]{15,400})[”\"]")     # (no opening quote inside: see util.QUOTED)
PUB_CUE = rx.compile(r"\b(?:published|publication|titled|entitled|paper|article|report(?:ed)? in|appeared in|journal)\b", re.I)
JOURNAL = rx.compile(r"\b(?:published|appeared|reported|described|laid out)\b[^.“\"]{0,60}?\bin\s+(?:the\s+(?:journal\s+)?)?(?P<journal>(?:The\s+)?[A-Z][A-Za-z&-]*(?:\s+(?:[A-Z][A-Za-z&-]*|of|and|&|in|for))*)", re.S)
JOURNAL2 = rx.compile(r"\bthe journal\s+(?P<journal>[A-Z][A-Za-z&-]*(?:\s+(?:[A-Z][A-Za-z&-]*|of|and|&))*)")
CONFERENCE = rx.compile(r"\b[Aa]t the\s+(?P<conf>(?:[A-Z][\w'’-]{0,60}\s+)+(?:\d{4}\s+)?(?:[Aa]nnual\s+)?(?:meeting|congress|conference|symposium|summit|forum|Meeting|Congress|Conference|Symposium))")
DOI = rx.compile(r"\b(?:doi:\s*|https?://doi\.org/)?(?P<doi>10\.\d{4,9}/[^\s;,)]{1,300}[^\s;,).])", re.I)
PMID = rx.compile(r"\bPMID:?\s*(?P<pmid>\d{6,9})\b")
CITATION_YEAR = rx.compile(r"\((?P<year>(?:19|20)\d{2})\s*;")
NOT_JOURNAL = rx.compile(r"^(?:The\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Phase|Patients?)\b")


class PublicationExtractor(BaseExtractor):
    name = "publications"
    version = "1.0"

    def facts(self, ctx):
        if not ctx.trials:
            return
        for i, s in enumerate(ctx.sentences):
            text = s.text
            values = self.values(text)
            if not values or not ({"title", "journal", "doi", "conference"} & set(values)):
                continue
            trial = ctx.trial_entity(i)
            local = values.get("doi") or values.get("title") or values.get("journal") or values.get("conference")
            node = Entity("Publication", values.get("title") or local, scope=trial.key, local=local.lower())
            ev = ctx.evidence(i, extractor=self, confidence=0.8)
            yield fact(trial, "hasPublication", node, ev)
            for pred, value in values.items():
                yield fact(node, pred, value, ev)

    def values(self, text):
        out = {}
        if not PUB_CUE.search(text) and not CONFERENCE.search(text):
            return out
        q = QUOTED.search(text)
        if q and PUB_CUE.search(text):
            out["title"] = q.group("title").strip().rstrip(".,;")
        outside = QUOTED.sub(lambda m: " " * len(m.group()), text)
        j = JOURNAL2.search(outside) or JOURNAL.search(outside)
        if j:
            journal = re.sub(r"\s+(?:in|for|of|and|&)$", "", j.group("journal").strip())
            if not NOT_JOURNAL.match(journal) and len(journal) > 3:
                out["journal"] = journal
        c = CONFERENCE.search(outside)
        if c and not out.get("journal"):
            out["conference"] = c.group("conf").strip()
        d = DOI.search(text)
        if d:
            out["doi"] = d.group("doi")
        p = PMID.search(text)
        if p:
            out["pmid"] = p.group("pmid")
        # the most specific source first: a citation "(2023;21:122)", the meeting's own year, a date in the sentence
        year = CITATION_YEAR.search(outside)
        meeting_year = re.search(r"\b(?:19|20)\d{2}\b", out.get("conference", ""))
        dates = find_dates(outside)
        if year:
            out["publicationDate"] = year.group("year")
        elif meeting_year:
            out["publicationDate"] = meeting_year.group()
        elif dates:
            out["publicationDate"] = dates[0].iso
        return out
