"""Build rules of the lexicon that need no vocabulary file."""

from kg.lexicon.build import too_common


def zipf(word, lang):
    """An everyday word's frequency for every word (the rules' thresholds are 3.0 to 4.0)."""
    return 4.5


def test_an_everyday_word_listed_only_as_an_extract_is_no_drug_name():
    assert too_common("Turkey", "drug", "label", zipf, ids="DRUGBANK:DB00001")
    assert not too_common("Turkey", "drug", "label", zipf, ids="DRUGBANK:DB00001|CHEBI:1")      # another vocabulary's
    assert not too_common("Honey", "drug", "small molecule,label", zipf, ids="DRUGBANK:DB00001")  # a structure
    assert not too_common("PEG-PAL", "drug", "label", zipf, ids="DRUGBANK:DB00001")              # a code, not a word


def test_a_lower_case_abbreviation_of_a_disease_is_no_name_but_a_shortening_is():
    from kg.lexicon.build import is_bare_abbreviation
    assert is_bare_abbreviation("chi", "disease", "", "congenital isolated hyperinsulinism")   # "Chi-square test"
    assert is_bare_abbreviation("kin", "disease", "", "karyomegalic interstitial nephritis")
    assert not is_bare_abbreviation("polio", "disease", "", "poliomyelitis")
    assert not is_bare_abbreviation("flu", "disease", "", "influenza")
    assert not is_bare_abbreviation("dmd", "disease", "corpus", "Duchenne muscular dystrophy")   # annotators' own
    assert is_bare_abbreviation("ZDX", "disease", "", "zeta disease X")
    assert not is_bare_abbreviation("ZDX", "disease", "abbreviation", "zeta disease X")         # the curated list's


def disease_names(tmp_path, rows: list[tuple[str, str, str, str, str]]) -> list[str]:
    """The names disease_rows reads from a vocabulary folder holding these rows (text, curie, name, predicate,
    source) and no MeSH links."""
    import gzip

    from kg.lexicon.build import disease_rows
    head = "text\tcurie\tname\tpredicate\ttype\tprovenance\tcontributor\tdate\tlanguage\tcomment\tsource\n"
    lines = [f"{text}\t{curie}\t{name}\t{predicate}\t\t\t\t\t\t\t{source}" for text, curie, name, predicate, source in rows]
    with gzip.open(tmp_path / "diseases-phenotypes.ssslm.tsv.gz", "wt", encoding="utf-8") as fh:
        fh.write(head + "\n".join(lines) + "\n")
    with gzip.open(tmp_path / "mesh-xrefs.tsv.gz", "wt", encoding="utf-8") as fh:
        fh.write("")
    return [text for text, *_ in disease_rows(tmp_path)]


def test_a_staging_manual_editions_class_gives_no_disease_name(tmp_path):
    names = disease_names(tmp_path, [
        ("zorblat carcinoma", "doid:0000001", "zorblat carcinoma", "rdfs:label", "doid"),
        ("Stage II Zorblat Carcinoma", "ncit:C0000002", "Stage II Zorblat Carcinoma AJCC v8", "rdfs:label", "ncit"),
        ("Stage II Zorblat Cancer", "ncit:C0000003", "Stage II Zorblat Cancer", "rdfs:label", "ncit")])
    assert names == ["zorblat carcinoma", "Stage II Zorblat Cancer"]     # one edition's class is left out


def test_a_grade_of_a_general_grading_system_or_a_grade_alone_gives_no_disease_name(tmp_path):
    grade = "tumor grade 1, general grading system"
    names = disease_names(tmp_path, [
        ("zorblat carcinoma", "doid:0000001", "zorblat carcinoma", "rdfs:label", "doid"),
        ("well differentiated", "mondo:0000002", grade, "oboInOwl:hasExactSynonym", "mondo"),
        (grade, "mondo:0000002", grade, "rdfs:label", "mondo"),
        ("poorly differentiated", "ncit:C0000003", "Poorly Differentiated Zorblastoma", "oboInOwl:hasExactSynonym", "ncit"),
        ("Poorly Differentiated Zorblastoma", "ncit:C0000003", "Poorly Differentiated Zorblastoma", "rdfs:label", "ncit")])
    assert names == ["zorblat carcinoma", "Poorly Differentiated Zorblastoma"]


def test_no_shipped_name_keys_as_a_few_letters_left_after_its_foreign_letters():
    import gzip
    from pathlib import Path

    from kg.lexicon.build import is_unreadable

    path = Path(__file__).parents[2] / "kg" / "data" / "lexicon.tsv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        bad = [line.split("\t")[1] for line in fh if not line.isascii() and is_unreadable(line.split("\t")[1])]
    assert bad == []
    assert is_unreadable("Zöß") and not is_unreadable("Zétamab")


def test_a_code_whose_letters_are_an_everyday_word_matches_only_as_written():
    from kg.lexicon.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert not lexicon.find("the mean score was 12 points") and not lexicon.find("for one day 101 patients")


def test_an_interferon_product_is_also_named_by_ifn_and_its_subtype_as_writers_shorten_it():
    from kg.lexicon.build import interferon_short_forms
    assert {"IFN beta-1a", "IFN beta1a"} <= set(interferon_short_forms("Interferon beta-1a"))
    assert {"IFN alpha-2b", "PEG-IFN alpha-2b"} <= set(interferon_short_forms("Interferon alfa-2b")
                                                        + interferon_short_forms("Peginterferon alfa-2b"))
    # the bare protein ("IFN-gamma" is as often the cytokine measured) and other drugs get none
    assert interferon_short_forms("Interferon gamma") == [] and interferon_short_forms("Zetamab") == []


def test_no_two_curated_concepts_share_an_id():
    """An id names one concept: two curated labels with the same id would merge two things into one node (a cell a
    product is made from with the cell it becomes)."""
    from collections import defaultdict
    from kg.lexicon.build import DATA, curated_rows
    labels = defaultdict(set)
    for _, kind, label, ids, _ in curated_rows(DATA / "curated.tsv"):
        for i in filter(None, ids.split("|")):
            labels[i].add((kind, label))
    assert {i: ls for i, ls in labels.items() if len(ls) > 1} == {}
