"""ClinicalTrials.gov records: expected values are read from the JSON here, independently of the mapper,
and compared with what the graph answers through kg facts."""

import json
import re

import pytest

from kg.errors import InputError
from kg.facts import write_facts
from kg.pipeline import build
from kg.readers import detect_format
from kg.readers.json_records import parse_records
from kg.store import KGStore

PHASE = {"EARLY_PHASE1": "0", "PHASE1": "1", "PHASE2": "2", "PHASE3": "3", "PHASE4": "4"}


def label(x):
    return x["label"] if isinstance(x, dict) else x


def mesh(raw):
    return "MESH:%s%06d" % (raw[0], int(raw[1:]))


@pytest.fixture(scope="module")
def built(tmp_path_factory, data_dir):
    store = KGStore()
    report = build([str(data_dir / "ctgov-3.json")], store)
    assert not report.failed
    out = tmp_path_factory.mktemp("ctgov")
    write_facts(store, out)
    records = json.loads((data_dir / "ctgov-3.json").read_text(encoding="utf-8"))
    return store, out, records


def test_one_facts_file_per_record(built):
    _, out, records = built
    assert sorted(p.stem for p in out.glob("*.json")) == sorted(r["protocolSection"]["identificationModule"]["nctId"] for r in records)


def test_fields_equal_the_records_own(built):
    _, out, records = built
    for record in records:
        ps = record["protocolSection"]
        nct = ps["identificationModule"]["nctId"]
        (trial,) = json.loads((out / f"{nct}.json").read_text(encoding="utf-8"))["trials"]
        assert nct in trial["ids"]
        phases = [PHASE[p] for p in ps.get("designModule", {}).get("phases", []) if p in PHASE]
        assert trial.get("phase") == ("/".join(phases) or None)
        assert trial.get("enrollment") == ps["designModule"].get("enrollmentInfo", {}).get("count")
        sponsors = [ps["sponsorCollaboratorsModule"]["leadSponsor"]["name"]] + [
            c["name"] for c in ps["sponsorCollaboratorsModule"].get("collaborators", [])]
        assert sorted(label(s) for s in trial["sponsors"]) == sorted(sponsors)
        expected_mesh = {mesh(m["id"]) for m in record["derivedSection"].get("conditionBrowseModule", {}).get("meshes", [])}
        got_mesh = {i for c in trial.get("conditions", []) if isinstance(c, dict) for i in c["ids"] if i.startswith("MESH:")}
        assert got_mesh <= expected_mesh
        assert len(trial.get("conditions", [])) == len(ps.get("conditionsModule", {}).get("conditions", []))
        names = {i["name"] for i in ps.get("armsInterventionsModule", {}).get("interventions", [])
                 if not re.search(r"placebo|sham", i["name"], re.I)}
        assert {label(i) for i in trial.get("interventions", [])} == names


def test_registry_and_text_meet_on_one_trial_node(tmp_path, data_dir):
    store = KGStore()
    news = tmp_path / "news.txt"
    news.write_text("Headline\n\nThe Phase 3 DAISY trial (NCT05925803) of anifrolumab began enrolling adults.", encoding="utf-8")
    build([str(data_dir / "ctgov-3.json"), str(news)], store)
    trial_iri = "https://w3id.org/kg-trials/id/trial/NCT05925803"
    graphs = {q.graph_name.value for q in store.quads() if q.subject.value == trial_iri and "registryId" in q.predicate.value}
    assert len(graphs) == 2          # one node, stated by the registry record and by the news text


def test_json_lines_and_detection(data_dir):
    assert detect_format(data_dir / "ctgov-1.jsonl") == "ctgov"
    store = KGStore()
    report = build([str(data_dir / "ctgov-1.jsonl")], store)
    assert [d.status for d in report.documents] == ["ok"]


def test_malformed_json_is_one_clear_error(data_dir):
    with pytest.raises(InputError, match=r"truncated.json: is not valid JSON"):
        list(parse_records((data_dir / "truncated.json").read_text(encoding="utf-8"), str(data_dir / "truncated.json")))
    store = KGStore()
    report = build([str(data_dir / "truncated.json"), str(data_dir / "mini-trial.md")], store)
    assert [d.status for d in report.documents] == ["error", "ok"]


def test_json_that_is_not_a_registry_record():
    with pytest.raises(InputError, match="not ClinicalTrials.gov"):
        list(parse_records('{"hello": 1}', "x.json"))


def test_dates_sex_and_intervention_types(built):
    store, _, records = built
    from kg.queries import run

    record = records[0]
    ps = record["protocolSection"]
    nct = ps["identificationModule"]["nctId"]
    card = {(r["property"].value, r["value"].value) for r in run(store, "trial-card", {"trial": nct})}
    assert ("startDate", ps["statusModule"]["startDateStruct"]["date"]) in card
    assert ("eligibleSex", ps["eligibilityModule"]["sex"].lower()) in card
    import pyoxigraph as ox

    query = ("PREFIX kg: <https://w3id.org/kg-trials/ontology#> "
             "SELECT ?id ?o { ?trial kg:registryId ?id ; kg:intervention ?t . ?t kg:interventionType ?o }")
    rows = store.ox.query(query, use_default_graph_as_union=True, substitutions={ox.Variable("id"): ox.Literal(nct)})
    types = {r["o"].value for r in rows}
    assert types == {i["type"].lower() for i in ps["armsInterventionsModule"]["interventions"]
                     if "placebo" not in i["name"].lower()}


def test_posted_results(tmp_path, data_dir):
    """A results section in the API v2 shape (written for the test, on a real record)."""
    record = json.loads((data_dir / "ctgov-results.json").read_text(encoding="utf-8"))
    nct = record["protocolSection"]["identificationModule"]["nctId"]
    store = KGStore()
    build([str(data_dir / "ctgov-results.json")], store)
    write_facts(store, tmp_path)
    (trial,) = json.loads((tmp_path / f"{nct}.json").read_text(encoding="utf-8"))["trials"]
    sizes = {a["label"]: a.get("n") for a in trial["arms"]}
    assert sizes["Drug X"] == 40 and sizes["Placebo"] == 20
    events = {label(e["term"]).lower(): e["count"] for e in trial["adverse_events"]["events"]}
    assert events["pneumonia"] == 3 and events["headache"] == 10
    assert trial["adverse_events"]["serious"] == 3
    values = {o.get("arm"): o.get("value") for o in trial["outcomes"] if o["measure"] == "Change in Score at Week 12"}
    assert values["Drug X"] == -2.5 and values["Placebo"] == -0.4
    overall = next(o for o in trial["outcomes"] if o["measure"] == "Change in Score at Week 12" and "arm" not in o)
    assert overall["p_value"] == 0.003 and overall["role"] == "primary"


def test_records_from_stdin(data_dir, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((data_dir / "ctgov-3.json").read_bytes())))
    report = build(["-"], KGStore(), fmt="ctgov")
    assert [d.status for d in report.documents] == ["ok"] * 3, report.to_json()
