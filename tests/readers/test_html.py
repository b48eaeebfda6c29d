"""A saved web page of the seed article (made for the tests) gives the same facts as its text version."""

import json

from kg.cli import main
from kg.pipeline import build
from kg.readers import read_sources
from kg.store import KGStore


def test_metadata_and_provenance(data_dir):
    (source,) = list(read_sources(data_dir / "als-news-cl2020.html"))
    doc = source.document
    assert doc.url == "https://news.example.org/2023/06/cl-phase2" and doc.date == "2023-06-27"
    assert doc.title.startswith("Stem cell-based therapy") and doc.obtained_by.startswith("trafilatura ")
    assert doc.media_type == "text/html"
    # page furniture is gone from the text the offsets refer to
    for clutter in ("Share on Facebook", "Researchers develop algorithm", "Privacy policy", "Home"):
        assert clutter not in doc.text


def test_same_facts_as_the_text_version(tmp_path, data_dir):
    out_html, out_text = tmp_path / "html", tmp_path / "text"
    assert main(["facts", "-q", "--out", str(out_html), str(data_dir / "als-news-cl2020.html")]) == 0
    assert main(["facts", "-q", "--out", str(out_text), str(data_dir / "cl2020-phase2.txt")]) == 0
    from_html = json.loads((out_html / "als-news-cl2020.json").read_text(encoding="utf-8"))
    from_text = json.loads((out_text / "cl2020-phase2.json").read_text(encoding="utf-8"))
    from_html.pop("document"), from_text.pop("document")
    assert from_html == from_text


def test_page_without_article_text_is_reported(data_dir):
    report = build([str(data_dir / "empty-page.html")], KGStore())
    (doc,) = report.documents
    assert doc.status == "error" and "empty-page.html" in doc.error and "main text" in doc.error
