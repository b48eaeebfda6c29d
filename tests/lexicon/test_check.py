"""The lexicon check lists entries whose ids name different concepts (fixture: invented names)."""

from pathlib import Path

from kg.lexicon.check import disagreements, main, read_lexicon, read_names, shared_ids

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "lexicon-check"


def test_an_id_whose_label_is_another_entrys_is_listed():
    names, labels = read_names(FIXTURE / "names.tsv")
    found = {d.text: d for d in disagreements(read_lexicon(FIXTURE / "lexicon.tsv"), names, labels)}
    assert found["Zorblat Syndrome, Type 2"].odd == ("MESH:D000001",)
    assert found["Zorblat Syndrome, Type 2"].why == "elsewhere"


def test_a_shared_id_whose_names_meet_nothing_of_the_entry_is_listed():
    names, labels = read_names(FIXTURE / "names.tsv")
    found = {d.text: d for d in disagreements(read_lexicon(FIXTURE / "lexicon.tsv"), names, labels)}
    assert found["zorbane"].odd == ("MESH:D000002",) and found["zorbane"].why == "unrelated"


def test_ids_whose_names_agree_are_not_listed():
    names, labels = read_names(FIXTURE / "names.tsv")
    texts = {d.text for d in disagreements(read_lexicon(FIXTURE / "lexicon.tsv"), names, labels)}
    assert "Quimby disease" not in texts            # "Quimby's Disease" and "Quimby disease" are one name
    assert "type 2 zorblat syndrome" not in texts


def test_without_a_vocabulary_ids_under_unlike_labels_are_listed():
    assert shared_ids(read_lexicon(FIXTURE / "lexicon.tsv")) == {
        "MESH:D000001": ("juvenile zorblat 1", "type 2 zorblat syndrome"),
        "MESH:D000002": ("hexazorbane mixture", "zorbane")}


def test_command_exits_1_and_prints_each_entry(capsys):
    assert main(["--names", str(FIXTURE / "names.tsv"), "--lexicon", str(FIXTURE / "lexicon.tsv")]) == 1
    out, err = capsys.readouterr()
    assert "Zorblat Syndrome, Type 2\tjuvenile zorblat 1" in out
    assert "2 entries whose ids disagree (1 unrelated, 1 elsewhere)" in err
