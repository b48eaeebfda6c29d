"""The seed article end to end: text -> graph -> query files -> facts JSON, scored against its gold file."""

import json
import sys
from pathlib import Path

import pytest

from kg.facts import write_facts
from kg.pipeline import build
from kg.store import KGStore

sys.path.insert(0, str(Path(__file__).parent))
import score_facts  # noqa: E402  (the shared scorer, copied into tests/)


@pytest.fixture(scope="module")
def facts_dir(tmp_path_factory, data_dir):
    store = KGStore()
    build([str(data_dir / "cl2020-phase2.txt")], store)
    out = tmp_path_factory.mktemp("facts")
    write_facts(store, out)
    return out


def test_seed_article_scores_at_least_095(facts_dir, gold):
    pred = json.loads((facts_dir / "cl2020-phase2.json").read_text(encoding="utf-8"))
    tp, fp, fn, _ = score_facts.score_document(gold, pred)
    precision, recall, f1 = score_facts.prf(len(tp), len(fp), len(fn))
    assert f1 >= 0.95, f"F1 {f1:.3f}; missed {[score_facts.describe(f) for f in fn]}; spurious {[score_facts.describe(f) for f in fp]}"


def test_facts_shape(facts_dir):
    pred = json.loads((facts_dir / "cl2020-phase2.json").read_text(encoding="utf-8"))
    assert set(pred) == {"document", "therapies", "trials", "organizations"}
    trial = pred["trials"][0]
    assert trial["ids"] == ["jRCT2063200047"] and trial["participants"]["male"] == 3
    disease = trial["conditions"][0]
    assert isinstance(disease, dict) and "DOID:332" in disease["ids"]


def test_clutter_gives_no_facts(tmp_path, data_dir):
    """The mini trial's reading box mentions riluzole and Phase 3: neither may appear."""
    store = KGStore()
    build([str(data_dir / "mini-trial.md")], store)
    write_facts(store, tmp_path)
    text = (tmp_path / "mini-trial.json").read_text(encoding="utf-8").lower()
    assert "riluzole" not in text and '"phase": "3"' not in text


def test_a_drug_a_document_names_only_by_a_code_keeps_the_code_as_its_name_and_the_drugs_ids(tmp_path):
    source = tmp_path / "coded.txt"
    source.write_text("Acme reports trial results\n\nIn a randomised phase 2 trial (NCT01234567), 120 adults with HIV "
                      "infection were assigned to MK-0518 or placebo. MK-0518 was well tolerated.\n", encoding="utf-8")
    store = KGStore()
    build([str(source)], store)
    write_facts(store, tmp_path)
    pred = json.loads((tmp_path / "coded.json").read_text(encoding="utf-8"))
    names = [t["name"] for t in pred["therapies"]]
    assert names == [{"label": "MK-0518", "ids": names[0]["ids"]}] and any("DB06817" in i for i in names[0]["ids"])
    assert pred["trials"][0]["interventions"] == [names[0]]
    assert "aliases" not in pred["therapies"][0]            # (the name itself is no alias)


@pytest.mark.parametrize("sentence,measure", [
    ("XY-123 improved FEV1 by 120 mL versus placebo.", "FEV1"),
    ("XY-123 improved forced expiratory volume in 1 second (FEV1) by 120 mL versus placebo.",
     "forced expiratory volume in 1 second"),
])
def test_a_measure_the_document_names_only_by_its_short_form_keeps_the_short_form(tmp_path, sentence, measure):
    source = tmp_path / "short.txt"
    source.write_text(f"Trial results\n\nIn a randomized trial (NCT01234567) of adults with asthma, {sentence}\n",
                      encoding="utf-8")
    store = KGStore()
    build([str(source)], store)
    write_facts(store, tmp_path)
    pred = json.loads((tmp_path / "short.json").read_text(encoding="utf-8"))
    assert {o["measure"] for o in pred["trials"][0]["outcomes"]} == {measure}


@pytest.mark.parametrize("disease,written", [
    ("uterine fibroids", "uterine fibroids"),        # the lexicon's label ("Uterine Corpus Leiomyoma") is never written
    ("uterine fibroids (UF)", "uterine fibroids"),
])
def test_a_condition_keeps_the_name_the_document_writes(tmp_path, disease, written):
    source = tmp_path / "cond.txt"
    source.write_text(f"Trial results\n\nIn a randomized trial (NCT01234567), 300 women with {disease} were assigned to "
                      "XY-123 or placebo.\n", encoding="utf-8")
    store = KGStore()
    build([str(source)], store)
    write_facts(store, tmp_path)
    pred = json.loads((tmp_path / "cond.json").read_text(encoding="utf-8"))
    assert [c["label"] for c in pred["trials"][0]["conditions"]] == [written]
    assert [c["label"] for c in pred["therapies"][0]["investigated_for"]] == [written]
