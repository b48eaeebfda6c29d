import json

import pytest

from kg.cli import main
from kg.errors import InputError
from kg.evaluation import evaluate_pubtator, prf
from kg.pubtator import format_pubtator, is_pubtator, parse_pubtator


def test_parse_keeps_offsets(data_dir):
    citations = parse_pubtator((data_dir / "mini.pubtator").read_text(encoding="utf-8"))
    assert [c.pmid for c in citations] == ["101", "102"]
    for c in citations:
        for a in c.annotations:
            assert c.text[a.start:a.end] == a.text
    assert citations[0].annotations[0].ids == ("MESH:D999001",)


def test_ncbi_types_and_ids_are_normalised():
    c = parse_pubtator("7|t|Gout\n7|a|x\n7\t0\t4\tGout\tSpecificDisease\t D006073|OMIM:138900\n")[0]
    assert c.annotations[0].type == "Disease" and c.annotations[0].ids == ("MESH:D006073", "OMIM:138900")


def test_bad_line_names_file_and_line():
    with pytest.raises(InputError, match=r"x.txt: line 2 is not PubTator"):
        parse_pubtator("1|t|T\nnonsense here\n", "x.txt")


def test_format_round_trip():
    from kg.model import Mention

    text = format_pubtator("9", "Fever", "after aspirin", [Mention("aspirin", 12, 19, "drug", "aspirin", ("MESH:D001241",))])
    assert is_pubtator(text)
    (c,) = parse_pubtator(text)
    assert c.annotations[0].type == "Chemical" and c.text[12:19] == "aspirin"


def test_kg_mentions_cli(data_dir, tmp_path, capsys):
    out = tmp_path / "pred.pubtator"
    assert main(["mentions", str(data_dir / "mini.pubtator"), "-o", str(out)]) == 0
    pred = parse_pubtator(out.read_text(encoding="utf-8"))
    assert [c.pmid for c in pred] == ["101", "102"]
    assert main(["mentions", str(data_dir / "mini-trial.md"), "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert any(m["label"] == "multiple sclerosis" for m in records[0]["mentions"])


def test_evaluation_counts(data_dir):
    scores = evaluate_pubtator(data_dir / "mini.pubtator")
    assert set(scores) == {"Chemical", "Disease"}
    assert 0 <= scores["Disease"]["mention_f1"] <= 1
    assert prf(1, 1, 0) == (0.5, 1.0, 2 / 3)


def test_kg_mentions_output_reads_back(tmp_path):
    """``kg mentions --format pubtator`` wrote raw newlines inside the |a| line: its own output could not be read."""
    from kg.documents import read_document

    doc = tmp_path / "paragraphs.txt"
    doc.write_text("Fever after aspirin\n\nAspirin was given for pain.\nFever followed aspirin\u2028in two.\r\n"
                   "Gout\x0band\x85fever\x1c\u2029after aspirin.\n", encoding="utf-8")
    out = tmp_path / "pred.pubtator"
    assert main(["mentions", str(doc), "-o", str(out)]) == 0
    (c,) = parse_pubtator(out.read_text(encoding="utf-8"), str(out))
    text = read_document(doc).text
    assert c.pmid == "paragraphs" and len(c.text) == len(text)
    assert len(c.annotations) >= 4 and all(c.text[a.start:a.end] == text[a.start:a.end] == a.text for a in c.annotations)
    again = tmp_path / "again.pubtator"
    assert main(["mentions", str(out), "-o", str(again)]) == 0                   # kg reads its own output as PubTator
    (c2,) = parse_pubtator(again.read_text(encoding="utf-8"))
    assert (c2.title, c2.abstract) == (c.title, c.abstract)


def test_an_id_with_spaces_or_bars_reads_back():
    (c,) = parse_pubtator(format_pubtator("my notes|v2", "Gout", "x", []))
    assert c.pmid == "my_notes_v2" and c.title == "Gout"


def test_a_citations_text_is_kept_as_given_so_the_corpus_offsets_stay():
    from kg.mentions import citation_document
    from kg.pubtator import parse_pubtator
    text = "1|t|Zeta in adults aged > or = 18 years\n1|a|P&lt;0.05 for XY-123.\n\n"
    c = parse_pubtator(text, "t.txt")[0]
    assert citation_document(c, "t.txt").text == c.text
