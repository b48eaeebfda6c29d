"""MEDLINE citations (real records copied into tests/data): registry ids from DataBankList link trials and publications."""

import xml.etree.ElementTree as ET

import pytest

from kg.errors import InputError
from kg.pipeline import build
from kg.readers.pubmed import read_pubmed_text
from kg.store import KGStore
from kg.text.registries import is_registry_id

LINKS = """PREFIX kg: <https://w3id.org/kg-trials/ontology#>
SELECT DISTINCT ?id ?pmid WHERE { ?t kg:registryId ?id ; kg:hasPublication ?p . ?p kg:pmid ?pmid }"""


def test_every_registry_id_in_databanklist_is_linked(data_dir):
    root = ET.parse(data_dir / "medline-sample.xml").getroot()
    expected = {(c.findtext("PMID"), a.text.strip()) for c in root.iter("MedlineCitation")
                for a in c.iter("AccessionNumber") if is_registry_id(a.text.strip())}
    assert expected, "the sample must hold registry ids"
    store = KGStore()
    report = build([str(data_dir / "medline-sample.xml")], store)
    assert not report.failed and len(report.documents) == len(list(root.iter("MedlineCitation")))
    found = {(r["pmid"].value, r["id"].value) for r in store.ox.query(LINKS, use_default_graph_as_union=True)}
    assert expected <= found
    # other data banks (PDB, GEO ...) are not trials
    assert all(is_registry_id(i) for _, i in found)


def test_citation_fields(data_dir):
    sources = list(read_pubmed_text((data_dir / "medline-sample.xml").read_text(encoding="utf-8"), "s.xml"))
    first = sources[0]
    preds = {f.predicate for f in first.facts}
    assert {"pmid", "title", "journal", "publicationDate", "subjectHeading"} <= preds
    assert first.document.name == next(f.object_text for f in first.facts if f.predicate == "pmid")
    for f in first.facts:
        text = first.document.text
        assert text[f.evidence.start:f.evidence.end] == f.evidence.sentence


def test_broken_xml_is_one_clear_error(data_dir):
    with pytest.raises(InputError, match="broken.xml: is not well-formed XML"):
        list(read_pubmed_text((data_dir / "broken.xml").read_text(encoding="utf-8"), str(data_dir / "broken.xml")))
    with pytest.raises(InputError, match="not PubMed"):
        list(read_pubmed_text("<html><body/></html>", "page.xml"))


def test_evidence_stays_on_its_words_where_the_abstract_writes_bounds_in_words(data_dir):
    xml = (data_dir / "medline-sample.xml").read_text(encoding="utf-8")
    start = xml.index("<AbstractText")
    start = xml.index(">", start) + 1
    xml = xml[:start] + "Adults aged &gt; or = 18 years took part. " + xml[start:]
    first = list(read_pubmed_text(xml, "s.xml"))[0]
    assert "aged ≥ 18 years" in first.document.text
    for f in first.facts:
        assert first.document.text[f.evidence.start:f.evidence.end] == f.evidence.sentence
