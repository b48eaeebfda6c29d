"""One concept per lexicon name (invented vocabulary rows)."""

from kg.lexicon.build import (is_numbered_word, is_stem_of_label, kind_rank, id_rank, resolve_corpus_rows,
                              verified_rows)
from kg.lexicon.resolve import Row, choose, name_key, own_names, verified_ids

ZORB = Row("type 2 zorblat syndrome", "disease", "type 2 zorblat syndrome", "DOID:9|MESH:D1", "label")
JUVENILE = Row("juvenile zorblat 1", "disease", "juvenile zorblat 1", "DOID:1", "label")
WRONG = Row("zorblat syndrome type 2", "disease", "juvenile zorblat 1", "DOID:1", "")      # a vocabulary's slip
HEADING = Row("Zorblat Syndrome, Type 2", "disease", "type 2 zorblat syndrome", "DOID:9|MESH:D1", "xref")


def pick(rows, extra=None):
    names, labels = own_names([r for r in rows if "xref" not in r.attrs], extra or {"MESH:D1": {name_key(HEADING.text)}})
    return choose("zorblat syndrome type 2", rows, labels, kind_rank, id_rank)


def test_a_form_goes_to_the_concept_whose_id_it_names_not_to_the_one_listing_it_as_a_synonym():
    chosen = pick([ZORB, JUVENILE, WRONG, WRONG._replace(text="Zorblat syndrome type 2"), HEADING])
    assert chosen.row.label == "type 2 zorblat syndrome"
    assert chosen.ids == {"DOID:9", "MESH:D1"}                # never the other concept's DOID:1


def test_without_a_naming_id_most_sources_win_and_corpus_names_only_vote():
    a = Row("zorb", "disease", "zorblat A", "DOID:5", "")
    b = Row("zorb", "disease", "zorblat B", "DOID:6|MESH:D6", "")
    corpus = Row("zorb", "disease", "zorb", "MESH:D6", "corpus")
    chosen = choose("zorb", [b, corpus, a, a._replace(text="Zorb"), a._replace(text="ZORB")], {}, kind_rank, id_rank)
    assert chosen.row.label == "zorblat A"                    # three rows against one row and one corpus vote
    chosen = choose("zorb", [a, b, corpus], {}, kind_rank, id_rank)
    assert chosen.row.label == "zorblat B" and "corpus" not in chosen.row.attrs


def test_terms_of_one_name_in_two_vocabularies_are_one_concept():
    mondo = Row("zorblat", "disease", "zorblat disease", "MONDO:7", "label")
    ncit = Row("zorblat", "disease", "Zorblat Disease", "NCIT:C7", "label")
    chosen = choose("zorblat", [ncit, ncit, mondo], {}, kind_rank, id_rank)
    assert chosen.row.label == "zorblat disease" and chosen.ids == {"MONDO:7", "NCIT:C7"}


def test_a_cross_reference_joins_only_when_its_own_names_meet_the_terms():
    names = {"DOID:9": {name_key("type 2 zorblat syndrome")}, "MESH:D1": {name_key("Zorblat Syndrome, Type 2")},
             "MESH:D2": {name_key("Quimby disease")}}
    assert verified_ids(["DOID:9", "MESH:D1", "MESH:D2", "MESH:D3"], names) == ("DOID:9", "MESH:D1", "MESH:D3")


def test_a_mesh_name_given_as_a_synonym_goes_with_its_unverified_id():
    names = {"DOID:1": {name_key("juvenile zorblat 1")}, "MESH:D1": {name_key("Zorblat Syndrome, Type 2")}}
    rows = [JUVENILE._replace(ids="DOID:1|MESH:D1"), HEADING._replace(label="juvenile zorblat 1", ids="DOID:1|MESH:D1")]
    assert verified_rows(rows, names) == [JUVENILE]


def test_a_name_only_a_corpus_knows_joins_the_concept_its_mesh_heading_names():
    vocabulary = Row("zorblatemia", "phenotype", "Zorblatemia", "HP:1|MESH:D9", "label")
    corpus = Row("zorblataemia", "disease", "zorblataemia", "MESH:D9", "corpus")
    out = resolve_corpus_rows([vocabulary, corpus], {"MESH:D9": {name_key("Zorblatemia")}})
    assert out[1] == Row("zorblataemia", "phenotype", "Zorblatemia", "HP:1|MESH:D9", "corpus")


def test_everyday_words_with_a_number_and_stems_are_no_disease_names():
    def zipf(word, lang):
        return 5.0 if word in ("grade", "stage") else 2.0

    assert is_numbered_word("grade 3", "disease", zipf) and is_numbered_word("Stage IV", "disease", zipf)
    assert not is_numbered_word("zorblatosis 2", "disease", zipf)
    assert is_stem_of_label("zorblat", "zorblatosis") and not is_stem_of_label("zorblat", "zorblatism")


def test_a_concept_labelled_by_the_form_beats_one_whose_cross_reference_is_named_by_it():
    own = Row("zorb", "phenotype", "zorb", "SYMP:1", "label")
    narrower = Row("zorb", "phenotype", "slow zorb", "HP:1|MESH:D3", "")
    chosen = choose("zorb", [narrower, narrower._replace(text="Zorb"), own], {"MESH:D3": {name_key("Zorb")}},
                    kind_rank, id_rank)
    assert chosen.row.label == "zorb" and chosen.ids == {"SYMP:1"}
