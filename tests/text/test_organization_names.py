"""Organisation name shapes (kg.text.organizations), on invented sentences."""

from kg.text.organizations import canonical, find_names, head_kind, key, name_after, names_before


def names(text):
    return [(o.name, o.kind) for o in find_names(text)]


def test_companies_by_legal_form_and_head_word():
    assert names("Acme Bio, Inc. and Beta Pharmaceuticals Co., Ltd. signed a deal with Zeta GmbH.") == [
        ("Acme Bio", "company"), ("Beta Pharmaceuticals Co.", "company"), ("Zeta GmbH", "company")]


def test_institutions_with_their_places():
    assert names("Patients at the University of Gamma and Delta Children's Hospital of Eta joined.") == [
        ("University of Gamma", "university"), ("Delta Children's Hospital of Eta", "hospital")]
    assert names("the Theta Institute of Heart and Lung Research said") == [
        ("Theta Institute of Heart and Lung Research", "institute")]
    assert names("Iota University Medical Center and Kappa Cancer Centre") == [
        ("Iota University Medical Center", "hospital"), ("Kappa Cancer Centre", "hospital")]


def test_sciences_oncology_and_diagnostics_end_a_company_name_but_not_a_field_after_of():
    assert names("Zeta Life Sciences and Eta Oncology said; Theta Diagnostics agreed.") == [
        ("Zeta Life Sciences", "company"), ("Eta Oncology", "company"), ("Theta Diagnostics", "company")]
    assert names("at the Iota University of Health Sciences in Kappa") == [
        ("Iota University of Health Sciences", "university")]


def test_a_datelines_dashes_end_no_name():
    assert names("LAMBDA CITY, Calif. -- Zetagen Pharmaceuticals announced") == [("Zetagen Pharmaceuticals", "company")]
    assert names("MU - March 3, 2031-Zetagen Therapeutics today said") == [("Zetagen Therapeutics", "company")]


def test_a_capitalised_phrase_without_a_shape_is_no_organisation():
    assert names("Acme said on Monday that Zorvia Phase Two Results were good.") == []
    assert names("The Center of the trial was moved.") == []
    assert head_kind(["Central", "Center"]) is None


def test_abbreviation_inside_a_name_is_dropped():
    assert names("at Lambda Memorial (LMH) Hospital in Mu") == [("Lambda Memorial Hospital", "hospital")]
    assert canonical("Beta Labs (BL)") == "Beta Labs"


def test_one_key_for_the_forms_of_one_company():
    assert key("Acme Bio Limited") == key("Acme Bio") == key("ACME BIO, Inc.") == "acme bio"
    assert key("Eta Lambda and Company") == "eta lambda"


def test_names_a_cue_points_at():
    text = "funded by Acme Bio, Beta Pharma and the Gamma Foundation; the rest"
    assert [text[a:b] for a, b in name_after(text, len("funded by "))] == ["Acme Bio", "Beta Pharma", "Gamma Foundation"]
    text = "sponsored by Dr Zeta"
    assert name_after(text, len("sponsored by ")) == []


def test_names_before_a_possessive():
    text = "Acme Bio, Beta and Gamma Pharma's XY-123"
    assert [text[a:b] for a, b in names_before(text, text.index("'s"))] == ["Acme Bio", "Beta", "Gamma Pharma"]


SENTENCES = ["Acme Bio, Inc. (ABI) and Beta Pharma's drug", "no head here", "", "Gamma University Hospital\nand Co.",
             "Acme Therapeutics' XY-123 and Delta Labs’ ZW-1", "F. Beta-Gamma, Inc. said... U.S. Co.. Eta Ltd.",
             "Biology Hospital and Acme Biotech, plc", "(ACME) Zeta and Company, Inc. of the Theta Institute"]


def test_heads_of_all_texts_in_one_pass_are_each_texts_own():
    from kg.text.organizations import HEAD_WORDS, head_positions, heads_per_text, hits_per_text

    assert heads_per_text(SENTENCES) == [head_positions(t) for t in SENTENCES]
    assert hits_per_text(HEAD_WORDS, SENTENCES) == [list(HEAD_WORDS.iter(t)) for t in SENTENCES]
    assert [find_names(t, h) for t, h in zip(SENTENCES, heads_per_text(SENTENCES))] == [find_names(t) for t in SENTENCES]


def test_tokens_split_possessives_and_keep_an_abbreviation_stop():
    from kg.text.organizations import tokens

    assert [t.text for t in tokens("Acme's. Delta Labs’ Co. Inc.. said... F.")] == [
        "Acme", "'s", "Delta", "Labs", "'s", "Co.", "Inc..", "said...", "F."]
    assert [(t.start, t.end) for t in tokens("Acme's drug")] == [(0, 4), (4, 6), (7, 11)]


def test_a_legal_form_ends_a_companys_name_before_the_place_it_is_of():
    assert names("The company will work with Acme KGaA of Ruritania on it.") == [("Acme KGaA", "company")]
