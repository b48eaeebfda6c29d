"""The measurement's own parts: a drug renamed to an invented name on its stem, in an article and its gold file."""

import json

from kg.evaluation import rename_main_drug, renamed


def test_an_invented_name_keeps_the_stem_and_a_code_is_left_alone():
    assert renamed("zetaciguat", 0) == "zorciguat" and renamed("zetaciguat", 1) == "quelciguat"
    assert renamed("XY-123", 0) is None and renamed("zeta beta", 0) is None


def test_the_main_drug_is_renamed_in_text_and_gold_and_loses_its_ids():
    gold = {"therapies": [{"name": "acmetinib", "ids": ["DRUGBANK:DB0"]}, {"name": "placebo"}],
            "trials": [{"interventions": ["acmetinib"], "arms": [{"label": "acmetinib 10 mg"}]}],
            "lexicon": {"acmetinib": {"synonyms": ["AT-1"], "ids": ["X:1"]}}}
    text, new = rename_main_drug("Acmetinib 10 mg beat placebo; acmetinib was safe.", gold, 0)
    assert text == "Zortinib 10 mg beat placebo; zortinib was safe."
    assert new["therapies"][0] == {"name": "zortinib"} and new["trials"][0]["arms"][0]["label"] == "zortinib 10 mg"
    assert "ids" not in new["lexicon"]["zortinib"] and json.dumps(gold).count("acmetinib") == 4   # (a copy)


def test_nothing_to_rename_gives_none():
    assert rename_main_drug("XY-123 beat placebo.", {"therapies": [{"name": "XY-123"}]}, 0) is None
    assert rename_main_drug("Nothing here.", {"therapies": [{"name": "acmetinib"}]}, 0) is None
