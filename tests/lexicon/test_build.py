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
