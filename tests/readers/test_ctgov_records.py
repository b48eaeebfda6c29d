"""ClinicalTrials.gov records read by schema: a record with a field of the wrong JSON type is one error naming
the file, the record and the field; the other records of the file are still built."""

import copy
import json

import pytest

from kg.pipeline import build
from kg.store import KGStore

from reader_errors import TRACEBACK_WORDS, assert_one_line_error


@pytest.fixture(scope="module")
def record(data_dir) -> dict:
    """A real API v2 record (from tests/data), to be mutated by each test."""
    return json.loads((data_dir / "ctgov-1.jsonl").read_text(encoding="utf-8").splitlines()[0])


def with_id(record: dict, nct: str) -> dict:
    out = copy.deepcopy(record)
    out["protocolSection"]["identificationModule"]["nctId"] = nct
    return out


def put(record: dict, path: str, value) -> dict:
    """A copy of ``record`` with the dotted ``path`` set to ``value``."""
    out = copy.deepcopy(record)
    *parents, last = path.split(".")
    node = out
    for key in parents:
        node = node.setdefault(key, {})
    node[last] = value
    return out


def built(tmp_path, name: str, data: str | bytes):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    store = KGStore()
    return build([str(path)], store), store


def facts_of(store, predicate: str) -> list[str]:
    q = f"PREFIX kg: <https://w3id.org/kg-trials/ontology#> SELECT ?o WHERE {{ ?s kg:{predicate} ?o }}"
    return sorted(str(r["o"].value) for r in store.ox.query(q, use_default_graph_as_union=True))


def condition_labels(store) -> list[str]:
    q = ("PREFIX kg: <https://w3id.org/kg-trials/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
         "SELECT DISTINCT ?l WHERE { ?t kg:condition ?c . ?c rdfs:label ?l }")
    return sorted(r["l"].value for r in store.ox.query(q, use_default_graph_as_union=True))


def test_a_single_condition_string_is_one_condition_not_one_per_character(tmp_path, record):
    rec = put(record, "protocolSection.conditionsModule.conditions", "Amyotrophic Lateral Sclerosis")
    report, store = built(tmp_path, "als.json", json.dumps(rec))
    assert not report.failed, report.to_json()
    assert len(condition_labels(store)) == 1
    assert all(len(label) > 1 for label in condition_labels(store))


def test_phases_and_enrollment_given_as_strings_are_read(tmp_path, record):
    rec = put(put(record, "protocolSection.designModule.phases", "PHASE2"),
              "protocolSection.designModule.enrollmentInfo.count", "12")
    report, store = built(tmp_path, "strings.json", json.dumps(rec))
    assert not report.failed, report.to_json()
    assert facts_of(store, "phase") == ["2"] and facts_of(store, "enrollment") == ["12"]


@pytest.mark.parametrize("path, value, expected, found", [
    ("protocolSection.identificationModule.acronym", 5, "a string", "a number"),
    ("protocolSection.identificationModule.officialTitle", ["a", "b"], "a string", "a list"),
    ("protocolSection.sponsorCollaboratorsModule.leadSponsor", "Acme", "an object", "a string"),
    ("protocolSection.conditionsModule.conditions", 7, "a list", "a number"),
    ("protocolSection.designModule.enrollmentInfo.count", "thirty", "a count", "a string"),
    ("protocolSection.designModule.enrollmentInfo.count", 12.5, "a count", "a number"),
    ("protocolSection.designModule.enrollmentInfo.count", True, "a count", "true"),
    ("protocolSection.designModule.phases", {"x": 1}, "a list", "an object"),
    ("protocolSection.armsInterventionsModule.interventions", [{"name": 3}], "a string", "a number"),
    ("protocolSection.armsInterventionsModule.armGroups", [{"type": "EXPERIMENTAL"}], "a string", "missing"),
    ("protocolSection.contactsLocationsModule.locations", ["Paris"], "an object", "a string"),
    ("protocolSection.statusModule", [], "an object", "a list"),
    ("protocolSection.identificationModule.nctId", "../../escape", "NCT", "../../escape"),
])
def test_a_field_of_the_wrong_type_is_an_error_naming_record_field_and_types(tmp_path, record, path, value,
                                                                              expected, found):
    report, _ = built(tmp_path, "bad.json", json.dumps(put(record, path, value)))
    (doc,) = report.documents
    field = path.split(".")[-1]
    assert_one_line_error(doc, "bad.json", field, expected, found)
    if not path.endswith("nctId"):
        assert "NCT05879978" in doc.error


def test_a_malformed_middle_record_does_not_lose_the_next(tmp_path, record):
    records = [with_id(record, "NCT00000001"), put(with_id(record, "NCT00000002"),
                                                    "protocolSection.conditionsModule.conditions", 42),
               with_id(record, "NCT00000003")]
    report, store = built(tmp_path, "three.json", json.dumps(records))
    assert [d.status for d in report.documents] == ["ok", "error", "ok"]
    assert_one_line_error(report.documents[1], "three.json", "NCT00000002", "conditions", "record 2")
    assert {"NCT00000001", "NCT00000003"} <= set(facts_of(store, "registryId"))
    assert "NCT00000002" not in facts_of(store, "registryId")


def test_a_record_without_an_id_is_named_by_its_position(tmp_path, record):
    bad = copy.deepcopy(record)
    del bad["protocolSection"]["identificationModule"]["nctId"]
    report, _ = built(tmp_path, "noid.json", json.dumps([with_id(record, "NCT00000001"), bad]))
    assert report.documents[0].status == "ok"
    assert_one_line_error(report.documents[1], "noid.json", "record 2", "nctId")


def test_json_lines_are_read_line_by_line(tmp_path, record):
    lines = [json.dumps(with_id(record, "NCT00000001")), '{"protocolSection": {"identificationModule": ',
             json.dumps(with_id(record, "NCT00000003")), "[1, 2]"]
    report, store = built(tmp_path, "trials.jsonl", "\n".join(lines) + "\n")
    assert [d.status for d in report.documents] == ["ok", "error", "ok", "error"]
    assert_one_line_error(report.documents[1], "trials.jsonl:2", "JSON")
    assert_one_line_error(report.documents[3], "trials.jsonl:4")
    assert {"NCT00000001", "NCT00000003"} <= set(facts_of(store, "registryId"))


def test_json_lines_whose_first_line_is_bad_are_still_json_lines(tmp_path, record):
    lines = ["{not json", json.dumps(with_id(record, "NCT00000002"))]
    report, _ = built(tmp_path, "trials.json", "\n".join(lines))
    assert [d.status for d in report.documents] == ["error", "ok"]
    assert_one_line_error(report.documents[0], "trials.json:1")


@pytest.mark.parametrize("name", ["deep.json", "deep.jsonl"])
def test_very_deep_json_is_one_line_error(tmp_path, name):
    report, _ = built(tmp_path, name, "[" * 100_000 + "]" * 100_000)
    (doc,) = report.documents
    assert_one_line_error(doc, name, "deep")


def test_a_deep_line_does_not_reject_the_other_lines(tmp_path, record):
    lines = [json.dumps(with_id(record, "NCT00000001")), '{"a":' * 50_000 + "1" + "}" * 50_000]
    report, _ = built(tmp_path, "trials.jsonl", "\n".join(lines))
    assert [d.status for d in report.documents] == ["ok", "error"]
    assert_one_line_error(report.documents[1], "trials.jsonl:2", "deep")


def test_a_number_too_long_for_python_is_one_line_error(tmp_path, record):
    text = json.dumps(put(record, "protocolSection.designModule.enrollmentInfo.count", 0)).replace(
        '"count": 0', '"count": ' + "9" * 5000)
    report, _ = built(tmp_path, "long.json", text)
    (doc,) = report.documents
    assert_one_line_error(doc, "long.json", "digits")


def test_a_number_too_long_for_python_fails_its_record_only(tmp_path, record):
    """Python's int refuses over 4,300 digits: read as a whole file, one such number lost every record of a list."""
    records = [with_id(record, f"NCT0000000{i}") for i in (1, 2, 3)]
    records[1] = put(records[1], "protocolSection.designModule.enrollmentInfo.count", 0)
    text = json.dumps(records).replace('"count": 0', '"count": ' + "9" * 5000)
    report, store = built(tmp_path, "three.json", text)
    assert [d.status for d in report.documents] == ["ok", "error", "ok"]
    assert_one_line_error(report.documents[1], "three.json record 2", "NCT00000002", "count", "5000 digits")
    assert {"NCT00000001", "NCT00000003"} <= set(facts_of(store, "registryId"))


def test_a_huge_count_is_not_a_count(tmp_path, record):
    report, _ = built(tmp_path, "huge.json", json.dumps(put(record, "protocolSection.designModule.enrollmentInfo.count",
                                                             10 ** 400)))
    (doc,) = report.documents
    assert_one_line_error(doc, "huge.json", "count", "NCT05879978")


def test_a_record_over_the_size_cap_is_an_error_and_the_next_is_built(tmp_path, record, monkeypatch):
    monkeypatch.setattr("kg.readers.json_records.MAX_RECORD_CHARS", 50_000)
    big = put(with_id(record, "NCT00000001"), "protocolSection.descriptionModule.detailedDescription", "x " * 40_000)
    for name, text in (("big.json", json.dumps([big, with_id(record, "NCT00000002")])),
                       ("big.jsonl", json.dumps(big) + "\n" + json.dumps(with_id(record, "NCT00000002")))):
        report, _ = built(tmp_path, name, text)
        assert [d.status for d in report.documents] == ["error", "ok"], name
        assert_one_line_error(report.documents[0], name, "larger than")


def test_long_values_are_cut_in_messages(tmp_path, record):
    rec = put(record, "protocolSection.identificationModule.nctId", "NCT" + "\n9" * 5000)
    report, _ = built(tmp_path, "long-id.json", json.dumps(rec))
    (doc,) = report.documents
    assert_one_line_error(doc, "long-id.json", "nctId")
    assert len(doc.error) < 400


def test_not_a_study_record_is_named(tmp_path, record):
    report, _ = built(tmp_path, "mixed.json", json.dumps([with_id(record, "NCT00000001"), {"hello": 1}, 5]))
    assert [d.status for d in report.documents] == ["ok", "error", "error"]
    assert_one_line_error(report.documents[1], "mixed.json", "record 2", "protocolSection")
    assert_one_line_error(report.documents[2], "mixed.json", "record 3", "an object")


ID_PATH = ["protocolSection", "identificationModule", "nctId"]
WRONG_VALUES = [None, True, 5, 10 ** 30, 1.5, "x", "", [], ["x"], [5], {}, [{}], {"x": [1]}]


def paths_of(value, prefix=()):
    """Every path (a tuple of keys and list indices) to a value inside ``value``."""
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in items:
        yield prefix + (key,)
        yield from paths_of(child, prefix + (key,))


def replaced(record, path, value):
    out = copy.deepcopy(record)
    node = out
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return out


def test_any_field_of_any_type_is_read_or_one_error_naming_the_record(data_dir):
    """Every field of a real record with posted results, replaced by values of other JSON types."""
    from kg.readers import Source, Unread
    from kg.readers.ctgov import read_ctgov

    record = json.loads((data_dir / "ctgov-results.json").read_text(encoding="utf-8"))
    nct = record["protocolSection"]["identificationModule"]["nctId"]
    paths = list(paths_of(record))
    assert len(paths) > 200
    for i, path in enumerate(paths):
        for value in (WRONG_VALUES[(i + k) % len(WRONG_VALUES)] for k in (0, 4, 9)):   # each type on many fields
            text = json.dumps(replaced(record, path, value))
            (item,) = read_ctgov(data_dir / "r.json", text)
            assert isinstance(item, (Source, Unread)), (path, value)
            if isinstance(item, Unread):
                assert "\n" not in item.message and not TRACEBACK_WORDS.search(item.message), item.message
                id_lost = list(path) == ID_PATH[:len(path)]      # the id itself, or an object holding it
                assert "r.json" in item.message and (nct in item.message or id_lost), item.message


@pytest.mark.parametrize("text", ["[]", '{"studies": []}'])
def test_a_file_without_records_is_an_error_not_silence(tmp_path, text):
    report, _ = built(tmp_path, "none.json", text)
    (doc,) = report.documents
    assert_one_line_error(doc, "none.json", "no study records")
