"""Organisations and their parents: "X, part of Y", "X, a subsidiary of Y", "X is a unit of Y's Z".

>>> from kg.documents import parse_document
>>> doc = parse_document("T\\n\\nAcme Bio, part of Big Pharma Group, said so.", source="t.txt")
>>> sorted((f.subject.label, f.predicate, f.object_text) for f in OrganizationExtractor().extract(doc))
[('Acme Bio', 'parentOrganization', 'Big Pharma Group')]
"""

from __future__ import annotations

import re

from kg.extractors.base import BaseExtractor
from kg.extractors.util import ORG_NAME, WORD_MAX, clean_org, fact, org_entity
from kg.text import prefilter as rx

CHILD = ORG_NAME.replace("?P<org>", "?P<child>")
_WORD = rf"[A-Z][A-Za-z0-9&.-]{{0,{WORD_MAX}}}"
PARENT = rf"(?:[A-Z][a-z]{{1,{WORD_MAX}}}[’']s\s+)?(?P<parent>{_WORD}(?:\s+(?:{_WORD}|of|and|&)){{0,6}})"
PARENT_OF = [
    rx.compile(rf"{CHILD},\s+(?:which is\s+)?(?:now\s+)?(?:part|a part|a unit|a division|a subsidiary|a member|an affiliate|a business unit)\s+of\s+(?:the\s+)?{PARENT}"),
    rx.compile(rf"{CHILD}\s+(?:is|was|became)\s+(?:now\s+)?(?:part|a part|a unit|a division|a subsidiary|a wholly owned subsidiary|a member|an affiliate)\s+of\s+(?:the\s+)?{PARENT}"),
]


class OrganizationExtractor(BaseExtractor):
    name = "organizations"
    version = "1.0"

    def facts(self, ctx):
        seen = set()
        for i, text in enumerate(ctx.masked):
            for pattern in PARENT_OF:
                for m in pattern.finditer(text):
                    child, parent = clean_org(m.group("child")), clean_org(m.group("parent"))
                    child = strip_verbs(child)
                    if child and parent and child != parent and (child, parent) not in seen:
                        seen.add((child, parent))
                        yield fact(org_entity(child, ctx), "parentOrganization", org_entity(parent, ctx),
                                   ctx.evidence(i, extractor=self, confidence=0.8))


def strip_verbs(name: str | None) -> str | None:
    """Drop a leading sentence-opening word that is not part of a name ("However, X")."""
    if not name:
        return name
    return re.sub(r"^(?:However|Meanwhile|Now|Today|Also|Separately)\s+", "", name)
