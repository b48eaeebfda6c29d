import pytest

from kg.lexicon import Entry, Lexicon, load_lexicon


@pytest.fixture(scope="module")
def small():
    return Lexicon([
        Entry("tumor necrosis factor", "gene", "tumor necrosis factor", ("NCBIGENE:7124",), "label"),
        Entry("TNF", "gene", "tumor necrosis factor", ("NCBIGENE:7124",), "case"),
        Entry("mesenchymal stem cell", "cell", "mesenchymal stem cell", ("CL:0000134",), "label"),
        Entry("stem cell", "cell", "stem cell", ("CL:0000034",), "label"),
        Entry("multiple sclerosis", "disease", "multiple sclerosis", ("DOID:2377",), "label"),
    ])


def test_longest_match_wins(small):
    found = small.find("human mesenchymal stem cells")
    assert [(m.text, m.label) for m in found] == [("mesenchymal stem cells", "mesenchymal stem cell")]


def test_species_words_are_skipped_inside_cell_names(small):
    assert small.find("mesenchymal human stem cell")[0].label == "mesenchymal stem cell"


def test_gene_symbols_are_case_sensitive(small):
    assert [m.text for m in small.find("TNF rose, but tnf is not a symbol")] == ["TNF"]


def test_hyphens_and_plurals(small):
    assert small.find("Tumor-necrosis factor levels")[0].ids == ("NCBIGENE:7124",)
    assert small.find("two stem cells")[0].label == "stem cell"


def test_comma_breaks_a_name(small):
    assert small.find("multiple, sclerosis") == []


def test_shipped_lexicon_grounds_common_names():
    lex = load_lexicon()
    assert "DOID:332" in lex.lookup("amyotrophic lateral sclerosis")[0].ids
    assert lex.lookup("Gilenya")[0].label.lower() == "fingolimod"          # brand name -> parent drug
    assert lex.lookup("IL-6")[0].type == "gene"
    assert lex.lookup("life") == [] and lex.lookup("complete") == []        # everyday words are not names
    assert {lex.lookup(t)[0].label for t in ("IFN β-1a", "IFNβ-1a", "IFN-beta1a")} == {"Interferon beta-1a"}


def test_bare_abbreviations_are_resolved_per_document_not_globally():
    from kg.documents import parse_document
    from kg.extractors.context import build_context

    lex = load_lexicon()
    assert lex.lookup("ORS") == [] and not [e for e in lex.lookup("ALS") if e.type == "gene"]
    doc = parse_document("Drug X slows ALS\n\nPeople with amyotrophic lateral sclerosis (ALS) took part.", "t.txt")
    headline = build_context(doc).mentions[0]
    assert [(m.text, m.label) for m in headline if m.kind == "disease"] == [("ALS", "amyotrophic lateral sclerosis")]


def test_a_listed_disease_abbreviation_names_its_disease_as_written():
    lex = load_lexicon()
    assert "DOID:3083" in lex.lookup("COPD")[0].ids           # undefined in a text, it still names the disease
    assert "DOID:332" in lex.lookup("ALS")[0].ids             # (the disease trial news means by it undefined)
    assert lex.lookup("copd") == []                            # matched as written only
    assert not [e for e in lex.lookup("PAH") if e.type == "disease"]   # a gene's symbol too: left to the document


def test_headline_words_do_not_lengthen_organisation_names():
    from kg.extractors.util import expand_org

    text = "Acme Announces Results Of Its Trial\n\nAcme said that Acme Bio Inc. and Acme would go on."
    assert expand_org("Acme", text) == "Acme Bio"


def test_a_plural_one_word_name_is_found():
    lex = Lexicon([Entry("astrocyte", "cell", "astrocyte", ("CL:0000127",), "label")])
    assert [m.text for m in lex.find("healthy human astrocytes")] == ["astrocytes"]


def test_marshal_cache_gives_the_same_index(tmp_path, monkeypatch):
    from kg.lexicon.lexicon import DATA, Lexicon, cache_path, load_index_cached, read_entries

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    source = DATA / "lexicon.tsv.gz"
    (tmp_path / "lexicon-old-py0.marshal").write_bytes(b"an earlier cache")
    direct = Lexicon(*read_entries(source)).index()
    assert load_index_cached(source).index() == direct          # writes the cache
    assert cache_path(source).exists() and not (tmp_path / "lexicon-old-py0.marshal").exists()
    assert load_index_cached(source).index() == direct          # reads it back
    cache_path(source).write_bytes(b"corrupt")
    assert load_index_cached(source).index() == direct          # a broken cache is rebuilt, not fatal


def test_anatomy_names_are_in_the_lexicon():
    lex = load_lexicon()
    assert lex.lookup("cerebrospinal fluid")[0].type == "anatomy"
    assert lex.lookup("bone marrow")[0].ids[0].startswith("UBERON:")


def test_a_possessive_ends_no_name_and_a_written_article_opens_none():
    lex = Lexicon([Entry("Zeta S", "drug", "Zetavudine", (), ""), Entry("AN-ZQA", "drug", "Zeta colloid", (), ""),
                   Entry("Zeta's disease", "disease", "Zeta's disease", (), "")])
    assert [m.label for m in lex.find("The zeta’s safety was good; Zeta S was given.")] == ["Zetavudine"]
    assert lex.find("Acme will file an ZQA next year.") == []
    assert [m.label for m in lex.find("the AN-ZQA kit")] == ["Zeta colloid"]
    assert [m.label for m in lex.find("in Zeta’s disease")] == ["Zeta's disease"]


def test_a_short_form_in_capitals_is_no_word_in_lower_case():
    lex = Lexicon([Entry("ZPA", "drug", "Zetaproic acid", (), ""), Entry("zetamab", "drug", "Zetamab", (), "")])
    assert lex.find("WASHINGTON (zpa-AFX) - Acme said") == []
    assert [m.label for m in lex.find("ZPA was given; zetamab too")] == ["Zetaproic acid", "Zetamab"]


def test_a_brand_is_no_part_of_a_longer_hyphened_word():
    lex = Lexicon([Entry("ZETA-2", "drug", "Zetarine", (), "small molecule,brand"),
                   Entry("zetamab", "drug", "Zetamab", (), "")])
    assert lex.find("Treatment with Zeta-2-Agonists helped.") == []
    assert [m.label for m in lex.find("Zeta-2 was given; zetamab-treated patients did well")] == ["Zetarine", "Zetamab"]


def test_a_code_with_a_number_is_no_share_written_after_a_short_form():
    lex = Lexicon([Entry("ZQ 32", "drug", "Zetarubicin", (), "")])
    assert lex.find("Responses: 51% vs. 4% (ZQ 32%, 95% CI 30 to 50).") == []
    assert lex.find("The gap was ZQ 32 percent.") == []
    assert [m.label for m in lex.find("ZQ 32 was given intravesically.")] == ["Zetarubicin"]


def test_a_drug_after_non_is_what_the_drug_is_not():
    lex = Lexicon([Entry("zeta phosphate", "drug", "Zeta phosphate", (), ""), Entry("phosphate", "drug", "Phosphate", (), "")])
    assert lex.find("Patients took non-zeta phosphate binders.") == []
    assert [m.label for m in lex.find("Patients took zeta phosphate.")] == ["Zeta phosphate"]


def test_the_diagnostic_manuals_use_disorders_and_heart_failure_by_ejection_fraction_are_diseases():
    # (names no public vocabulary here has, that trial reports use for the condition: the curated list's)
    lex = load_lexicon()
    assert "DOID:2559" in lex.lookup("opioid use disorder")[0].ids
    assert lex.lookup("stimulant use disorder")[0].type == "disease"
    assert lex.lookup("HFpEF")[0].label == "heart failure with preserved ejection fraction"


def test_a_genus_written_by_its_initial_stays_in_the_name():
    lex = Lexicon([Entry("z zetae infection", "disease", "Zetabacter zetae infection", ("DOID:0000001",), "")])
    assert [m.text for m in lex.find("Adults with Z. zetae infection were treated.")] == ["Z. zetae infection"]
    assert lex.find("Vitamin Z. Zetae infection was rare.") == []         # (a sentence's end, then a capital)


def test_a_short_code_in_lower_case_is_no_code():
    lex = Lexicon([Entry("Z 3", "drug", "Zetamide", (), "small molecule,code")])
    assert lex.find("Levels were measured on admission and on z 3 of the stay.") == []
    assert [m.label for m in lex.find("Adults were given Z 3 daily.")] == ["Zetamide"]
