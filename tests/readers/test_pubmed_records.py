"""PubMed/MEDLINE citations read by schema: a malformed citation is one error naming the file and the PMID (or
its position); the citations after it are still built; sizes are bounded; XXE and entity expansion are refused."""

import xml.etree.ElementTree as ET

import pytest

from kg.errors import InputError
from kg.pipeline import build
from kg.readers import Source
from kg.readers.pubmed import read_pubmed_text
from kg.store import KGStore

from reader_errors import TRACEBACK_WORDS, assert_one_line_error


def citation(pmid: str | None = "100", title: str = "A randomized trial of drug X in ALS.", date: str = "",
             extra: str = "") -> str:
    date = date or "<Year>2020</Year><Month>Mar</Month>"
    pmid_xml = f"<PMID>{pmid}</PMID>" if pmid is not None else ""
    return (f"<PubmedArticle><MedlineCitation>{pmid_xml}<Article><Journal><Title>J Test</Title><JournalIssue>"
            f"<PubDate>{date}</PubDate></JournalIssue></Journal><ArticleTitle>{title}</ArticleTitle>"
            f"<Abstract><AbstractText>Patients were enrolled.</AbstractText></Abstract>{extra}</Article>"
            f"</MedlineCitation></PubmedArticle>")


def article_set(*citations: str) -> str:
    return "<?xml version='1.0'?><PubmedArticleSet>" + "".join(citations) + "</PubmedArticleSet>"


def built(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    store = KGStore()
    return build([str(path)], store), store


def test_a_citation_without_pmid_does_not_lose_the_next(tmp_path):
    report, _ = built(tmp_path, "set.xml", article_set(citation("101"), citation(None), citation("103")))
    assert [d.status for d in report.documents] == ["ok", "error", "ok"]
    assert_one_line_error(report.documents[1], "set.xml", "citation 2", "PMID")


@pytest.mark.parametrize("pmid, date, field", [
    ("102", "<Year>2020</Year><Month>13</Month>", "Month"),
    ("102", "<Year>2020</Year><Month>Feb</Month><Day>30</Day>", "Day"),
    ("102", "<Year>2020</Year><Month>Feb</Month><Day>\u00b2</Day>", "Day"),
    ("102", "<Year>20x0</Year>", "Year"),
    ("102", "<Year>2020</Year><Month>" + "1" * 400 + "</Month>", "Month"),
    ("../../escape", "", "PMID"),
    ("9" * 400, "", "PMID"),
])
def test_a_malformed_field_is_an_error_naming_the_pmid_and_field(tmp_path, pmid, date, field):
    report, _ = built(tmp_path, "set.xml", article_set(citation("101"), citation(pmid, date=date), citation("103")))
    assert [d.status for d in report.documents] == ["ok", "error", "ok"], report.to_json()
    assert_one_line_error(report.documents[1], "set.xml", "citation 2", field)
    if field != "PMID":
        assert "PMID 102" in report.documents[1].error


def test_a_bad_mesh_id_is_an_error(tmp_path):
    mesh = '<MeshHeadingList><MeshHeading><DescriptorName UI="D0 &gt; x">ALS</DescriptorName></MeshHeading></MeshHeadingList>'
    text = article_set(citation("101"), citation("102").replace("</MedlineCitation>", mesh + "</MedlineCitation>"))
    report, _ = built(tmp_path, "mesh.xml", text)
    assert [d.status for d in report.documents] == ["ok", "error"]
    assert_one_line_error(report.documents[1], "mesh.xml", "PMID 102", "UI")


def test_a_truncated_file_keeps_the_citations_before_the_break(tmp_path):
    text = article_set(citation("101"), citation("102"), citation("103"))
    cut = text[:text.index("<PMID>103")]
    report, _ = built(tmp_path, "cut.xml", cut)
    assert [d.status for d in report.documents] == ["ok", "ok", "error"]
    assert_one_line_error(report.documents[2], "cut.xml", "not well-formed XML", "2 citations")


def test_a_citation_over_the_size_cap_is_an_error_and_the_next_is_built(tmp_path, monkeypatch):
    monkeypatch.setattr("kg.readers.pubmed.MAX_CITATION_CHARS", 20_000)
    report, _ = built(tmp_path, "big.xml", article_set(citation("101", title="word " * 10_000), citation("102")))
    assert [d.status for d in report.documents] == ["error", "ok"]
    assert_one_line_error(report.documents[0], "big.xml", "PMID 101", "larger than")


def test_deep_nesting_is_read_without_recursion(tmp_path):
    title = "<i>" * 100_000 + "A deep title." + "</i>" * 100_000
    report, _ = built(tmp_path, "deep.xml", article_set(citation("101", title=title)))
    (doc,) = report.documents
    assert doc.status in ("ok", "error")
    if doc.status == "error":
        assert_one_line_error(doc, "deep.xml")


BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
                            for i in range(1, 10))
                  + ']><PubmedArticleSet>' + citation("101", title="&lol9;") + '</PubmedArticleSet>')


def test_entity_expansion_is_refused(tmp_path):
    report, _ = built(tmp_path, "lol.xml", BILLION_LAUGHS)
    (doc,) = report.documents
    assert_one_line_error(doc, "lol.xml", "not well-formed XML")


def test_external_entities_are_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    text = (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file://{secret}">]>'
            + "<PubmedArticleSet>" + citation("101", title="Leak: &xxe;") + "</PubmedArticleSet>")
    sources = []
    try:
        sources = list(read_pubmed_text(text, "xxe.xml"))
    except InputError as err:
        assert "TOP-SECRET" not in str(err)
    assert not any("TOP-SECRET" in s.document.text for s in sources if isinstance(s, Source))
    report, _ = built(tmp_path, "xxe.xml", text)
    assert all("TOP-SECRET" not in (d.error or "") for d in report.documents)


def test_the_set_still_matches_elementtree_on_the_sample(data_dir):
    """The streaming reader finds the same citations as a whole-tree parse of the real sample."""
    text = (data_dir / "medline-sample.xml").read_text(encoding="utf-8")
    pmids = [c.findtext("PMID") for c in ET.fromstring(text).iter("MedlineCitation")]
    assert [s.document.name for s in read_pubmed_text(text, "s.xml")] == pmids


def test_any_element_removed_or_rewritten_is_read_or_one_error(data_dir):
    """Every element of a real citation, removed or given odd text in turn: one item per citation, no exception."""
    root = ET.fromstring((data_dir / "medline-sample.xml").read_text(encoding="utf-8"))
    first = next(root.iter("MedlineCitation"))
    odd = ["", "x", "9" * 40, "\u00b2", "13", "-1", " 12 ", "D0 > 1"]
    count = len(list(first.iter())) - 1
    for i in range(count):
        for change in ("remove", odd[i % len(odd)]):
            citation = ET.fromstring(ET.tostring(first))
            parent, element = [(p, c) for p in citation.iter() for c in p][i]
            if change == "remove":
                parent.remove(element)
            else:
                element.text = change
            text = ET.tostring(ET.Element("MedlineCitationSet"), encoding="unicode").replace(
                "<MedlineCitationSet />", "<MedlineCitationSet>" + ET.tostring(citation, encoding="unicode")
                + "</MedlineCitationSet>")
            (item,) = read_pubmed_text(text, "c.xml")
            if not isinstance(item, Source):
                assert "\n" not in item.message and not TRACEBACK_WORDS.search(item.message), item.message
                assert "c.xml citation 1" in item.message
