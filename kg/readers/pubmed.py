"""PubMed / MEDLINE XML (``PubmedArticleSet`` or ``MedlineCitationSet``, plain or gzipped): one document per citation.

The document is the title and the abstract (structured labels kept, one section a
line), then one line per record field; the text extractors read it all, and the
record's own fields (PMID, DOI, journal, date, MeSH headings, registry ids from
``DataBankList``) become facts whose evidence is their line. A registry id makes
the trial node (the same one text and registry records use) and links it to the
publication.

>>> xml = ('<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><Journal><Title>J Test</Title>'
...        '<JournalIssue><PubDate><Year>2020</Year></PubDate></JournalIssue></Journal><ArticleTitle>A trial.</ArticleTitle>'
...        '<DataBankList><DataBank><DataBankName>ClinicalTrials.gov</DataBankName><AccessionNumberList>'
...        '<AccessionNumber>NCT01234567</AccessionNumber></AccessionNumberList></DataBank></DataBankList>'
...        '</Article></MedlineCitation></PubmedArticle></PubmedArticleSet>')
>>> (source,) = read_pubmed_text(xml, "x.xml")
>>> sorted((f.predicate, f.object_text) for f in source.facts if f.subject.kind == "Trial")
[('hasPublication', 'A trial.'), ('registryId', 'NCT01234567'), ('registryPrefix', 'clinicaltrials')]
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path
from typing import Iterator

from kg.errors import InputError
from kg.model import Entity
from kg.readers import Source
from kg.readers.ctgov import Rendering
from kg.text.registries import registry_ids

NAME, VERSION = "pubmed", "1.0"
MONTHS = {m: f"{i:02d}" for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}


def read_pubmed(path: Path, text: str) -> Iterator[Source]:
    yield from read_pubmed_text(text, str(path))


def read_pubmed_text(text: str, source: str) -> Iterator[Source]:
    try:
        root = ET.fromstring(text)
    except ET.ParseError as err:
        raise InputError(source, f"is not well-formed XML ({err})", "check that the file is complete") from None
    citations = list(root.iter("MedlineCitation"))
    if root.tag not in ("PubmedArticleSet", "MedlineCitationSet", "PubmedArticle", "MedlineCitation") or not citations:
        raise InputError(source, f"is XML but not PubMed/MEDLINE (root element <{root.tag}>)",
                         "export citations from PubMed as XML")
    for citation in citations:
        yield citation_source(citation, source)


def all_text(element) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def pub_date(article) -> str | None:
    date = article.find("Journal/JournalIssue/PubDate")
    if date is None:
        return None
    year = date.findtext("Year") or (date.findtext("MedlineDate") or "")[:4]
    if not year.isdigit():
        return None
    month = date.findtext("Month")
    month = MONTHS.get((month or "")[:3], month if (month or "").isdigit() else None)
    day = date.findtext("Day")
    return year + (f"-{int(month):02d}" if month else "") + (f"-{int(day):02d}" if month and day and day.isdigit() else "")


def citation_source(citation, source: str) -> Source:
    pmid = citation.findtext("PMID")
    if not pmid:
        raise InputError(source, "a citation has no PMID", "export complete PubMed records")
    article = citation.find("Article")
    title = all_text(article.find("ArticleTitle")) if article is not None else ""
    sections = []
    for part in (article.findall("Abstract/AbstractText") if article is not None else []):
        label = part.get("Label")
        sections.append((f"{label}: " if label else "") + all_text(part))
    publication = Entity("Publication", title or f"PMID {pmid}", local=f"pmid-{pmid}")
    r = Rendering(NAME, VERSION)
    r.add(publication, "pmid", pmid, "PMID", pmid)
    if title:
        r.add(publication, "title", title.rstrip("."), "title", title)
    journal = all_text(article.find("Journal/Title")) if article is not None else ""
    if journal:
        r.add(publication, "journal", journal, "journal", journal)
    date = pub_date(article) if article is not None else None
    if date:
        r.add(publication, "publicationDate", date, "published", date)
    for eid in citation.iter("ELocationID"):
        if eid.get("EIdType") == "doi" and eid.text:
            r.add(publication, "doi", eid.text.strip(), "DOI", eid.text.strip())
    for heading in citation.findall("MeshHeadingList/MeshHeading/DescriptorName"):
        ui = heading.get("UI")
        topic = Entity("Topic", all_text(heading), ids=(f"MESH:{ui}",) if ui else ())
        r.add(publication, "subjectHeading", topic, "MeSH heading", all_text(heading))
    for accession in citation.iter("AccessionNumber"):
        raw = (accession.text or "").strip()
        for prefix, m in registry_ids(raw):
            if m.group(0) == raw:
                trial = Entity("Trial", raw, local=raw)
                r.add(trial, "registryId", raw, "registry id", raw)
                r.add(trial, "registryPrefix", prefix, "registry", prefix)
                r.add(trial, "hasPublication", publication, "publication of", raw)
    body = "\n".join([title] + sections)
    doc, facts = r.facts(body, f"{source}#{pmid}")
    return Source(replace(doc, name=pmid, media_type="application/xml"), facts, extract=True)
