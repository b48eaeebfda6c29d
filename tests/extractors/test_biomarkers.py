"""Biomarker findings on documents written for the tests (invented names and numbers)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.documents import parse_document
from kg.extractors.biomarkers import BiomarkerExtractor
from kg.text.cues import GREEK_ANALYTE


def findings(text):
    doc = parse_document("XY-123 in Acme disease\n\n" + text, source="t.txt")
    facts = list(BiomarkerExtractor().extract(doc))
    out = {}
    for f in facts:
        if f.predicate in ("direction", "specimen"):
            out.setdefault(f.subject.label, {})[f.predicate] = f.object_text
    return out


def test_each_molecule_takes_the_direction_word_before_it():
    found = findings("The XY-123 trial (NCT01234567) showed higher interleukin-6 levels at baseline and reduced "
                     "tumour necrosis factor-alpha at week 12.")
    assert found["tumour necrosis factor-alpha"]["direction"] == "decreased"


def test_a_direction_word_before_the_molecule_is_enough_without_levels():
    found = findings("The XY-123 trial (NCT01234567) showed that the drug reduced free alpha-synuclein in the blood.")
    assert found == {"alpha-synuclein": {"direction": "decreased", "specimen": "blood"}}


def test_an_entry_threshold_and_a_drug_taken_are_no_findings():
    assert findings("The XY-123 trial (NCT01234567) enrolled adults with statin intolerance and an LDL cholesterol "
                    "level of 100 mg/dL or higher.") == {}


def test_a_comparison_with_others_is_no_finding():
    assert findings("In the XY-123 trial (NCT01234567), interleukin-6 levels were lower than in healthy people.") == {}


def test_greek_gate_finds_what_its_pattern_finds():
    from kg.extractors.biomarkers import GREEK

    for text in ("Free alpha-synuclein fell.", "TNF-alpha and interferon gamma rose.", "α-synuclein and β-amyloid",
                 "tumour necrosis factor-α rose", "Beta-blockers were stopped.", "No Greek letter here.", "ALPHA-test"):
        assert [m.span() for m in GREEK.finditer(text)] == [m.span() for m in GREEK_ANALYTE.finditer(text)], text


@settings(max_examples=300, derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(st.from_regex(GREEK_ANALYTE.regex, fullmatch=True))
def test_greek_gate_lets_through_every_match(text):
    # its letter names are written by hand: a letter added to GREEK_ANALYTE without its name would fail here
    from kg.extractors.biomarkers import GREEK

    assert GREEK.search(text) is not None


def test_a_drug_named_with_a_greek_letter_is_no_biomarker():
    doc = parse_document("Headline\n\nIn the ZETA trial, adults were given erythropoietin (epoetin beta) by "
                         "injection only once their zeta level fell under 9.8 units.", "t.txt")
    assert not any("epoetin" in str(f.object_text).lower() for f in BiomarkerExtractor().extract(doc))


def test_a_drug_class_patients_take_is_no_biomarker():
    doc = parse_document("Headline\n\nIn the ZETA trial, XY-123 on top of statin therapy markedly reduced the "
                         "zeta level by a further 23.4% across all adults, against a further 3.1% fall with placebo "
                         "and statin.", "t.txt")
    assert not any("statin" in str(f.object_text).lower() for f in BiomarkerExtractor().extract(doc))
