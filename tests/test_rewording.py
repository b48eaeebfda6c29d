"""Facts phrased as other writers phrase them: a press release and a structured abstract written for the tests."""

import json

import pytest

from kg.facts import write_facts
from kg.pipeline import build
from kg.store import KGStore


@pytest.fixture(scope="module")
def facts(tmp_path_factory, data_dir):
    store = KGStore()
    build([str(data_dir / f"rewording-{name}.txt") for name in ("press", "abstract", "conference")], store)
    out = tmp_path_factory.mktemp("rewording")
    write_facts(store, out)
    return {name: json.loads((out / f"rewording-{name}.json").read_text(encoding="utf-8")) for name in ("press", "abstract", "conference")}


def label(x):
    return x["label"] if isinstance(x, dict) else x


def outcome(trial, measure, arm=None):
    return next(o for o in trial["outcomes"] if label(o["measure"]) == measure and o.get("arm") == arm)


def test_press_release(facts):
    doc = facts["press"]
    (trial,) = doc["trials"]
    assert trial["ids"] == ["NCT05123456"] and trial["name"] == "HARBOR" and trial["phase"] == "2"
    assert {"randomized", "double-blind", "placebo-controlled"} <= set(trial["design"])
    assert trial["enrollment"] == 48 and trial["route"] == ["oral"] and trial["dose_interval"] == "P1D"
    assert {label(c) for c in trial["countries"]} == {"United States", "Canada"}
    assert {a["label"]: a["n"] for a in trial["arms"]} == {"ZX-101": 24, "placebo": 24}
    overall = outcome(trial, "MDS-UPDRS Part III")      # the scale with the part the text names
    assert overall["role"] == "primary" and overall["significant"] is True and overall["timepoint"] == "P168D"  # 24 weeks: xsd:duration has no weeks
    assert outcome(trial, "MDS-UPDRS Part III", "ZX-101")["change"] == -4.1
    assert trial["adverse_events"]["serious"] == 0
    assert {label(e["term"]).lower(): e["count"] for e in trial["adverse_events"]["events"]} == {"nausea": 6, "dizziness": 4}
    assert doc["therapies"][0]["developers"] == ["Acme Neuro"]


def test_structured_abstract(facts):
    (trial,) = facts["abstract"]["trials"]
    assert trial["ids"] == ["ISRCTN12345678"] and trial["phase"] == "3" and trial["enrollment"] == 122
    assert {"sham-controlled", "multicenter", "double-blind"} <= set(trial["design"])
    assert trial["route"] == ["intrathecal"] and trial["dose"] == {"amount": 12.0, "unit": "mg"}
    # "randomly assigned 122 children aged 2 to 12 years": the range a trial enrols is its eligibility range
    assert trial["participants"] == {"eligible_age_min": 2.0, "eligible_age_max": 12.0}
    overall = outcome(trial, "HFMSE")
    assert overall["effect"] == 4.9 and (overall["ci_low"], overall["ci_high"]) == (3.1, 6.7) and overall["significant"]
    assert outcome(trial, "HFMSE", "sham")["change"] == -1.0
    assert trial["adverse_events"]["serious"] == 17
    assert facts["abstract"]["therapies"][0]["modality"] == "antisense oligonucleotide"


def test_conference_report(facts):
    doc = facts["conference"]
    (trial,) = doc["trials"]
    assert trial["enrollment"] == 16 and trial["doses"] == 1 and trial["route"] == ["intracerebral"]
    assert {a["label"]: a["n"] for a in trial["arms"]} == {"low dose": 8, "high dose": 8}
    assert trial["adverse_events"]["serious"] == 2
    assert trial["publications"][0]["conference"].endswith("2024 congress")
    assert doc["therapies"][0]["modality"] == "gene therapy"
    assert {"name": "Vireo Therapeutics", "parent": "Northstar Holdings"} in doc["organizations"]
    (marker,) = trial["biomarkers"]
    assert marker["direction"] == "decreased" and marker["specimen"] == "cerebrospinal fluid"


def test_conference_report_phase_is_the_reported_trials(facts):
    (trial,) = facts["conference"]["trials"]
    assert trial["phase"] == "2"                        # "mid-stage trial", no explicit phase
