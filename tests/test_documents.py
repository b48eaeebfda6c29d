import io
import sys

import pytest

from kg.documents import parse_document, read_document
from kg.errors import InputError


def test_reads_text_with_metadata(seed_doc):
    assert seed_doc.title == "Stem cell-based therapy deemed safe in Phase 2 study"
    assert seed_doc.byline == "Margarida Maia, PhD"
    assert seed_doc.name == "cl2020-phase2"
    assert len(seed_doc.id) == 16


def test_markdown_heading_is_the_title(mini_doc):
    assert mini_doc.title.startswith("Acme reports Phase 2 results")
    assert mini_doc.media_type == "text/markdown"


def test_id_is_content_hash():
    assert parse_document("same text", "a.txt").id == parse_document("same text", "b.txt").id
    assert parse_document("same text", "a.txt").id != parse_document("other text", "a.txt").id


def test_dateline_date():
    doc = parse_document("Headline\n\n17 June 2024 — Acme said things.\n", "x.txt")
    assert doc.date == "2024-06-17"


@pytest.mark.parametrize("name, problem", [("latin1.txt", "is not UTF-8"), ("binary.txt", "binary"),
                                           ("empty.txt", "is empty")])
def test_bad_input_names_file_and_problem(data_dir, name, problem):
    with pytest.raises(InputError) as err:
        read_document(data_dir / name)
    message = str(err.value)
    assert name in message and problem in message and "\n" not in message


def test_unsupported_suffix(tmp_path):
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF")
    with pytest.raises(InputError, match="unsupported file type"):
        read_document(path)


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Title\n\nBody text.".encode())))
    doc = read_document("-")
    assert doc.source == "-" and doc.title == "Title"


@pytest.mark.parametrize("name", ["note.txt.gz", "note.md.gz", "NOTE.TXT.GZ"])
def test_gzipped_text_reads_as_its_text(tmp_path, name):
    import gzip

    path = tmp_path / name
    path.write_bytes(gzip.compress("Title\n\nBody text.".encode()))
    doc = read_document(path)
    assert doc.text == "Title\n\nBody text."
    assert doc.name == name.split(".")[0]
    assert doc.media_type == ("text/markdown" if ".md" in name else "text/plain")


def test_gzipped_stdin(monkeypatch):
    import gzip

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(gzip.compress("Title\n\nBody text.".encode()))))
    assert read_document("-").text == "Title\n\nBody text."


def test_a_file_over_the_limit_on_disk_or_unzipped_is_one_error(tmp_path, monkeypatch):
    import gzip

    monkeypatch.setattr("kg.documents.MAX_BYTES", 1000)
    big, bomb = tmp_path / "big.txt", tmp_path / "bomb.txt.gz"
    big.write_text("x" * 2000, encoding="utf-8")
    bomb.write_bytes(gzip.compress(b"x" * 100_000))
    for path, problem in ((big, "is larger than"), (bomb, "unzips to larger than")):
        with pytest.raises(InputError, match=problem) as err:
            read_document(path)
        assert path.name in str(err.value) and "\n" not in str(err.value)


def test_a_media_type_given_reads_any_name(tmp_path):
    path = tmp_path / "article"
    path.write_text("Title\n\nBody text.", encoding="utf-8")
    assert read_document(path, media_type="text/plain").name == "article"


def test_inline_markup_of_a_copied_abstract_is_blanked_and_offsets_stay():
    from kg.documents import parse_document
    text = "T\n\n<jats:sec id=\"a1\">ObjectiveTo test XY-123 (p <0.05).</jats:sec>"
    doc = parse_document(text, "t.txt")
    assert len(doc.text) == len(text) and "<jats" not in doc.text and "(p <0.05)" in doc.text


def test_character_entities_of_text_copied_from_a_page_source_are_read_as_their_characters():
    from kg.documents import parse_document
    doc = parse_document("T\n\nAdults &#8805;18 years had fewer flares (P&lt;0.001; A &amp; B).", "t.txt")
    assert "≥18 years" in doc.text and "(P<0.001; A & B)" in doc.text


def test_bounds_written_in_words_before_a_number_are_read_as_signs():
    from kg.documents import parse_document
    doc = parse_document("T\n\nAdults aged > or = 18 years had fewer flares (P < or = .05), and A > or = B.", "t.txt")
    assert "aged ≥ 18 years" in doc.text and "(P ≤ .05)" in doc.text and "A > or = B" in doc.text
