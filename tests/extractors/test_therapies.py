"""Which therapies a text names and what the therapy rules read, on sentences written for the tests."""

from kg.documents import parse_document
from kg.extractors import load_extractors
from kg.extractors.context import build_context
from kg.extractors.therapy_names import therapy_index


def named(text):
    ctx = build_context(parse_document("Headline\n\n" + text, source="t.txt"))
    return {t.entity.label: t.modality for t in therapy_index(ctx).named.values()}


def facts(text):
    doc = parse_document("Headline\n\n" + text, source="t.txt")
    return {(f.subject.label, f.predicate, f.object_text) for f in load_extractors()["therapies"].extract(doc)}


def test_every_drug_named_is_a_therapy_with_its_modality():
    found = named("The trial (NCT01234567) compared XY-123 with docetaxel; some patients got sarilumab.")
    assert found["Docetaxel"] == "small molecule" and found["Sarilumab"] == "antibody" and "XY-123" in found


def test_drug_classes_patients_take_are_therapies_and_mechanisms_are_not():
    found = named("Most were receiving an angiotensin-converting enzyme (ACE) inhibitor or an AB blocker, "
                  "and the QR inhibitor XY-123 was added.")
    assert found.get("ACE inhibitor") == "small molecule" and "AB blocker" in found and "QR inhibitor" not in found


def test_measured_substances_are_not_therapies():
    assert not ({"Potassium", "Cholesterol", "Creatinine"} & set(named(
        "Serum potassium, LDL cholesterol levels and the albumin-to-creatinine ratio were measured.")))


def test_inn_stems_give_the_modality():
    assert named("Patients received darvadstrocel or reteplase.") == {"Darvadstrocel": "cell therapy",
                                                                       "Reteplase": "protein"}


def test_background_class_is_a_concomitant_drug():
    found = facts("In the trial (NCT01234567), XY-123 or placebo was given on top of AB blocker therapy.")
    assert ("AB blocker", "drug", "AB blocker") in {(s, p, o) for s, p, o in found if p == "drug"} or \
        any(p == "hasConcomitantMedication" for _, p, _ in found)


def test_a_marked_name_given_for_a_known_drug_is_that_drug_and_its_alias():
    text = ("Regulators approved ZENVIA® (sarilumab) for adults. ZENVIA is given weekly by the trial "
            "(NCT01234567) team.")
    assert set(named(text)) == {"Sarilumab"}
    assert ("Sarilumab", "alias", "ZENVIA") in facts(text)


def test_cells_beside_an_antibody_are_not_its_cell_type():
    found = facts("In the trial (NCT01234567), sarilumab, a monoclonal antibody, depletes B cells.")
    assert not any(p == "cellType" for _, p, _ in found)


def test_a_drug_given_stays_a_therapy_where_it_is_also_measured():
    assert "Melatonin" in named("Volunteers received melatonin 3 mg at night. Plasma melatonin concentrations rose.")


def test_a_substance_that_is_part_of_a_longer_term_is_not_a_therapy():
    assert not named("Gold-coated stents were placed in formalin-fixed tissue; oxygen consumption was recorded.")


def test_a_code_before_criteria_is_no_therapy():
    assert "XY-55" not in named("Patients meeting the XY-55 criteria received placebo.")


def test_patients_stopping_a_drug_give_no_status_and_a_developer_stopping_it_does():
    stopped = facts("Upon discontinuation of XY-123, scores rose. Patients who discontinued treatment were followed.")
    assert not any(p == "statusValue" for _, p, _ in stopped)
    halted = facts("Acme Bio decided to discontinue the development of XY-123 in gout.")
    assert ("discontinued", "statusValue", "discontinued") in halted
