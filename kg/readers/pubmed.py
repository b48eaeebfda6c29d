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

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path
from typing import Iterator

from kg.errors import InputError
from kg.model import Entity
from kg.readers import Source, Unread, one_line, schema
from kg.readers.ctgov import Rendering
from kg.readers.schema import FieldError
from kg.text.registries import registry_ids

NAME, VERSION = "pubmed", "1.1"
MONTHS = {m: f"{i:02d}" for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
ROOTS = ("PubmedArticleSet", "MedlineCitationSet", "PubmedArticle", "MedlineCitation")
MAX_CITATION_CHARS = 2_000_000   # a citation's text and elements; a real one is well under 100 KB
CHUNK = 1 << 20                  # characters fed to the XML parser at a time
FIX_CITATION = "correct the citation, or export it again from PubMed as XML"
PMID = re.compile(r"\d{1,9}")
MESH_UI = re.compile(r"[A-Z]\d{6,9}")


def read_pubmed(path: Path, text: str) -> Iterator[Source | Unread]:
    yield from read_pubmed_text(text, str(path))


def read_pubmed_text(text: str, source: str) -> Iterator[Source | Unread]:
    """Each citation's source, or an Unread naming a malformed one, as the XML is parsed (citations are not kept).

    A file that is not XML, or not PubMed, raises InputError; so does a file that breaks off, after the
    citations before the break have been yielded. The XML parser (expat) reads no external entity and
    refuses entity expansion bombs.
    """
    root, depth, position = None, 0, 0
    try:
        for event, element in xml_events(text):
            if root is None:
                root = check_root(element, source)
            depth += 1 if event == "start" else -1
            if event == "end" and element.tag == "MedlineCitation":
                position += 1
                yield citation_or_error(element, source, position)
                element.clear()
            if event == "end" and depth == 1:
                root.remove(element)                # done with it: memory stays one citation deep
    except ET.ParseError as err:
        read = f"; the {position} citation{'s' * (position != 1)} before it were read" if position else ""
        raise InputError(source, f"is not well-formed XML ({one_line(str(err), 160)}){read}",
                         "check that the file is complete") from None
    if not position:
        raise InputError(source, "is XML but holds no MedlineCitation", "export citations from PubMed as XML")


def xml_events(text: str) -> Iterator[tuple[str, ET.Element]]:
    """(event, element) for each start and end tag, the text fed to the parser a chunk at a time."""
    parser = ET.XMLPullParser(events=("start", "end"))
    for offset in range(0, len(text), CHUNK):
        parser.feed(text[offset:offset + CHUNK])
        yield from parser.read_events()
    parser.close()
    yield from parser.read_events()


def check_root(element, source: str):
    if element.tag not in ROOTS:
        raise InputError(source, f"is XML but not PubMed/MEDLINE (root element <{one_line(element.tag, 80)}>)",
                         "export citations from PubMed as XML")
    return element


def citation_or_error(citation, source: str, position: int) -> Source | Unread:
    """The citation's source, or an Unread naming it (file, position, PMID when it has one) and the problem."""
    raw = (citation.findtext("PMID") or "").strip()
    where = f"{source} citation {position}" + (f" (PMID {raw})" if PMID.fullmatch(raw) else "")
    size = citation_size(citation)
    if size > MAX_CITATION_CHARS:
        return Unread.of(InputError(where, f"is larger than {MAX_CITATION_CHARS:,} characters ({size:,} or more); "
                                           "no citation is this large", FIX_CITATION))
    try:
        return citation_source(citation, source)
    except FieldError as err:
        return Unread.of(InputError(where, str(err), FIX_CITATION))


def citation_size(citation) -> int:
    """Characters of text plus one per element, counted until over the cap (``iter`` walks without recursion)."""
    size = 0
    for element in citation.iter():
        size += 1 + len(element.text or "") + len(element.tail or "")
        if size > MAX_CITATION_CHARS:
            break
    return size


def all_text(element) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def pub_date(article) -> str | None:
    """The journal issue's date (YYYY, YYYY-MM or YYYY-MM-DD); FieldError for a month or day that is no date."""
    path = "Article/Journal/JournalIssue/PubDate"
    date = article.find("Journal/JournalIssue/PubDate")
    if date is None:
        return None
    year, free = date.findtext("Year"), date.findtext("MedlineDate")
    if year is None:
        year = (free or "")[:4]          # free text ("1998 Dec-1999 Jan", "2000 Spring"): its year, when it starts with one
        return year if re.fullmatch(r"\d{4}", year) else None
    if not re.fullmatch(r"\d{4}", year.strip()):
        raise FieldError(f"{path}/Year", "a year (4 digits)", schema.found(year))
    month, day = date.findtext("Month"), date.findtext("Day")
    iso = year.strip()
    if month is not None:
        number = MONTHS.get(month.strip()[:3].title()) or (month.strip() if re.fullmatch(r"\d{1,2}", month.strip()) else None)
        if number is None or not 1 <= int(number) <= 12:
            raise FieldError(f"{path}/Month", "a month (Jan to Dec, or 1 to 12)", schema.found(month))
        iso += f"-{int(number):02d}"
        if day is not None:
            if not re.fullmatch(r"\d{1,2}", day.strip()) or not schema.real_date(f"{iso}-{int(day.strip()):02d}"):
                raise FieldError(f"{path}/Day", f"a day of {iso}", schema.found(day))
            iso += f"-{int(day.strip()):02d}"
    return iso


def citation_source(citation, source: str) -> Source:
    """The document and facts of one MedlineCitation; FieldError names a malformed field."""
    raw = citation.findtext("PMID")
    if raw is None or not raw.strip():
        raise FieldError("MedlineCitation/PMID", "a PMID", "missing")
    pmid = raw.strip()
    if not PMID.fullmatch(pmid):
        raise FieldError("MedlineCitation/PMID", "a PMID (1 to 9 digits)", schema.found(raw))
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
        if eid.get("EIdType") == "doi" and eid.text and eid.text.strip():
            r.add(publication, "doi", eid.text.strip(), "DOI", eid.text.strip())
    for heading in citation.findall("MeshHeadingList/MeshHeading/DescriptorName"):
        ui = (heading.get("UI") or "").strip()
        if ui and not MESH_UI.fullmatch(ui):
            raise FieldError("MeshHeadingList/MeshHeading/DescriptorName/@UI", "a MeSH id (like D000690)",
                             schema.found(ui))
        topic = Entity("Topic", all_text(heading), ids=(f"MESH:{ui}",) if ui else ())
        r.add(publication, "subjectHeading", topic, "MeSH heading", all_text(heading))
    for accession in citation.iter("AccessionNumber"):
        raw = (accession.text or "").strip()
        for found in registry_ids(raw):
            if (found.start, found.end) == (0, len(raw)):
                trial = Entity("Trial", found.id, local=found.id)
                r.add(trial, "registryId", found.id, "registry id", raw)
                r.add(trial, "registryPrefix", found.prefix, "registry", found.prefix)
                r.add(trial, "hasPublication", publication, "publication of", raw)
    body = "\n".join([title] + sections)
    doc, facts = r.facts(body, f"{source}#{pmid}")
    return Source(replace(doc, name=pmid, media_type="application/xml"), facts, extract=True)
