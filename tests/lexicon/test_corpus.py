"""What the lexicon learns from an annotated training corpus (a tiny one written for the test)."""

from kg.lexicon.corpus import apply_corpus_evidence, corpus_rows, read_corpora


def test_learned_names_and_dropped_everyday_names(data_dir, monkeypatch):
    monkeypatch.setattr("kg.lexicon.corpus.MIN_SEEN", 2)
    citations = read_corpora([data_dir / "mini.pubtator"])
    vocabulary = [("symptoms", "phenotype", "symptom", "SYMP:1", "label"), ("fever", "phenotype", "Fever", "HP:1", "label")]
    kept = apply_corpus_evidence(vocabulary + list(corpus_rows(citations)), citations)
    names = {row[0]: row for row in kept}
    assert names["zorbamycin"][1] == "chemical" and names["zorbamycin"][3] == "MESH:D999001"
    assert names["toxicity"][1] == "disease"
    assert "fever" in names                 # annotated where found
    assert "symptoms" not in names          # found three times, never annotated


def test_without_corpora_nothing_is_learned():
    rows = [("x-1", "drug", "x", "", "corpus"), ("aspirin", "drug", "aspirin", "", "label")]
    assert apply_corpus_evidence(rows, []) == [rows[1]]


def test_a_marketed_drug_stays_whatever_a_corpus_leaves_unmarked(tmp_path, monkeypatch):
    monkeypatch.setattr("kg.lexicon.corpus.MIN_SEEN", 2)
    disease_only = tmp_path / "diseases.pubtator"     # a disease corpus names drugs it does not mark
    disease_only.write_text("201|t|Zetacillin for gout\n201|a|Zetacillin helped gout. Zetacillin was safe.\n"
                            "201\t15\t19\tgout\tDisease\tD006073\n201\t40\t44\tgout\tDisease\tD006073\n")
    citations = read_corpora([disease_only])
    drug = ("zetacillin", "drug", "Zetacillin", "DRUGBANK:DB1", "label")
    brand = ("ZETAMAX", "drug", "Zetacillin", "DRUGBANK:DB1", "brand")
    assert drug in apply_corpus_evidence([drug, brand], citations)
    assert drug not in apply_corpus_evidence([drug], citations)
