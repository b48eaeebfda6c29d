"""Every literal is checked for its datatype and range before it becomes a quad; text is safe for every syntax.

Facts are built directly here (not through the extractors), so the check is tested as the last line of defence.
"""

from decimal import Decimal

import pyoxigraph as ox
import pytest
from rdflib.namespace import XSD

from kg.model import Document, Entity, Evidence, Fact, Value
from kg.rdf.convert import document_quads, literal
from kg.rdf.namespace import KG
from kg.rdf.values import InvalidValue, clean_text, duration_lexical

DOC = Document("A trial of x.", "fuzz.txt", "fuzz")
TRIAL = Entity("Trial", "NCT01234567", local="NCT01234567")


def fact(predicate, value, sentence="A trial of x.", start=0, end=5, confidence=0.9, subject=TRIAL):
    return Fact(subject, predicate, value if isinstance(value, Entity) else Value(value),
                Evidence(DOC.id, sentence, start, end, "test", "1", confidence))


def objects(quads, predicate):
    return [q.object for q in quads.own if q.predicate.value == str(getattr(KG, predicate))]


BAD = [
    ("startDate", "2023-04-34", "not a date of the calendar"),         # "April 34, 2023"
    ("startDate", "2023-02-29", "not a date of the calendar"),
    ("startDate", "2023-13", "not a date of the calendar"),
    ("startDate", "abcd", "not a year, year-month or date"),           # typed xsd:gYear by its length before
    ("duration", "PinfM", "not an ISO 8601 duration"),                 # a 400-digit number through float
    ("duration", f"P{10 ** 29}M", "not an ISO 8601 duration"),
    ("duration", "P200000Y", "longer than ten thousand years"),
    ("duration", "P1.5M", "fraction of a month"),
    ("enrollment", float("inf"), "not an exact integer"),
    ("enrollment", float("nan"), "not an exact integer"),
    ("enrollment", 1e308, "not an exact integer"),                     # a 308-digit enrollment, changed by float
    ("enrollment", 10 ** 400, "64-bit"),
    ("enrollment", "9" * 4300, "at most 19 digits"),
    ("enrollment", 48.5, "not an exact integer"),                      # truncated to 48 before
    ("enrollment", -3, "below the minimum 0"),
    ("enrollment", True, "boolean"),
    ("ageMax", float("inf"), "not a finite number"),
    ("ageMax", "1e5", "not a decimal"),
    ("ageMax", Decimal("1E+30"), "finite decimal a store can hold"),
    ("pValue", Decimal("1E-30"), "more than 18 digits"),
    ("significant", "yes", "not a boolean"),
    ("significant", "false ", None),                                   # valid: must not be stored as true
    ("route", "by carrier pigeon", "not one of the values"),
]


@pytest.mark.parametrize("predicate, value, reason", BAD, ids=[f"{p}={str(v)[:12]}" for p, v, _ in BAD])
def test_an_invalid_value_is_dropped_with_a_warning(predicate, value, reason):
    if reason is None:
        assert literal(Value(value), predicate).value == "false"
        return
    with pytest.raises(InvalidValue, match=reason):
        literal(Value(value), predicate)
    good = fact("phase", "2")
    quads = document_quads(DOC, [good, fact(predicate, value)])
    assert objects(quads, predicate) == [] and objects(quads, "phase") == [ox.Literal("2")]
    (warning,) = quads.warnings
    assert "fuzz.txt" in warning and f"kg:{predicate}" in warning and reason in warning and len(warning) < 300


GOOD = [
    ("startDate", "2024-02-29", "2024-02-29", "date"),
    ("startDate", "2023-04", "2023-04", "gYearMonth"),
    ("startDate", "1999", "1999", "gYear"),
    ("duration", "P12M", "P12M", "duration"),
    ("duration", "P24W", "P168D", "duration"),                       # XSD has no weeks
    ("duration", "P1.5W", "P10DT12H", "duration"),
    ("enrollment", 48.0, "48", "integer"),
    ("enrollment", 2 ** 63 - 1, str(2 ** 63 - 1), "integer"),
    ("enrollment", "0120", "120", "integer"),
    ("ageMax", 0.1 + 0.2, "0.30000000000000004", "decimal"),
    ("ageMax", Decimal("12.50"), "12.50", "decimal"),
    ("ageMax", 68, "68", "decimal"),
    ("pValue", 1e-12, "0.000000000001", "decimal"),
    ("significant", True, "true", "boolean"),
]


@pytest.mark.parametrize("predicate, value, lexical, datatype", GOOD, ids=[f"{p}={v}" for p, v, _, _ in GOOD])
def test_a_valid_value_is_stored_in_canonical_form(predicate, value, lexical, datatype):
    quads = document_quads(DOC, [fact(predicate, value)])
    assert objects(quads, predicate) == [ox.Literal(lexical, datatype=ox.NamedNode(str(XSD[datatype])))]
    assert quads.warnings == ()


def test_every_stored_typed_literal_is_valid_for_oxigraph():
    """Oxigraph's own casts agree: each literal kept reads back as a value of its datatype."""
    quads = document_quads(DOC, [fact(p, v) for p, v, _, _ in GOOD])
    store = ox.Store()
    for q in quads.own:
        if isinstance(q.object, ox.Literal) and q.object.datatype.value != str(XSD.string):
            kind = q.object.datatype.value.rsplit("#", 1)[1]
            (row,) = store.query(f"PREFIX xsd: <{XSD}> SELECT ?x (xsd:{kind}(STR(?x)) AS ?v) WHERE {{}}",
                                 substitutions={ox.Variable("x"): q.object})
            assert row[1] is not None, q.object


NASTY = "a\ufffeb\uffff\ufdd0c\U0010fffe\x00\x01\x0b\x1f\x7f\x9fd\ud800e\tf\ng\u200f\U0001F600"


def test_text_is_cleaned_one_character_for_one():
    cleaned = clean_text(NASTY)
    assert len(cleaned) == len(NASTY)
    assert cleaned == "a\ufffdb\ufffd\ufffdc\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffdd\ufffde\tf\ng\u200f\U0001F600"


def test_every_text_literal_and_iri_is_safe():
    """Sentence, labels, document fields and public ids with noncharacters, controls and a lone surrogate."""
    doc = Document(NASTY, f"dir/{NASTY}.txt", NASTY, title=NASTY, byline=NASTY, url=f"https://x.org/{NASTY}",
                   obtained_by=NASTY, date="2023-04-34")
    therapy = Entity("Therapy", NASTY, ids=(f"MESH:{NASTY}",))
    facts = [Fact(therapy, "alias", Value(NASTY), Evidence(doc.id, NASTY, 0, len(NASTY), NASTY, NASTY, 1.0)),
             Fact(TRIAL, "intervention", Entity("Therapy", NASTY), Evidence(doc.id, NASTY, 0, 3, "t", "1", 0.5))]
    quads = document_quads(doc, facts)
    text = ox.serialize(quads.own + quads.shared, format=ox.RdfFormat.N_QUADS).decode("utf-8")
    assert clean_text(text) == text
    sentences = [q.object.value for q in quads.own if q.predicate.value == str(KG.sentenceText)]
    assert sentences and all(len(s) == len(NASTY) for s in sentences)       # offsets still point at the same span
    assert any("2023-04-34" in w for w in quads.warnings)


def test_bad_evidence_drops_its_fact():
    quads = document_quads(DOC, [fact("phase", "2", start=-1), fact("phase", "3", confidence=float("nan")),
                                 fact("phase", "1")])
    assert objects(quads, "phase") == [ox.Literal("1")] and len(quads.warnings) == 2


def test_durations_are_exact():
    assert duration_lexical("P1.5Y") == "P1Y6M" and duration_lexical("P0.25D") == "PT6H"
    assert duration_lexical("PT90M") == "PT90M" and duration_lexical("P2.5DT1H") == "P2DT13H"



class OddExtractor:
    """An extractor that reads a 308-digit enrollment through float, as the safety/population extractors did."""

    name, version = "odd", "1"

    def extract(self, doc):
        yield Fact(TRIAL, "enrollment", Value(float("9" * 308)), Evidence(doc.id, doc.text, 0, 4, self.name, self.version))
        yield Fact(TRIAL, "phase", Value("2"), Evidence(doc.id, doc.text, 0, 4, self.name, self.version))
        yield Fact(TRIAL, "startDate", Value("2023-04-34"), Evidence(doc.id, doc.text, 0, 4, self.name, self.version))


def test_a_dropped_value_is_a_warning_in_the_build_report(tmp_path, caplog):
    import json

    from kg.pipeline import build
    from kg.store import KGStore

    doc = tmp_path / "odd.txt"
    doc.write_text("A trial enrolled " + "9" * 308 + " patients.\n", encoding="utf-8")
    report = build([str(doc)], KGStore(), extractors={"odd": OddExtractor()})
    (entry,) = json.loads(report.to_json())["documents"]          # what `kg build --report` writes
    assert entry["status"] == "ok" and entry["level"] == "WARNING" and entry["facts"] == 3
    enrollment, date = entry["warnings"]
    assert enrollment.startswith(f"{doc}: fact left out: kg:enrollment 1e+308 is not an exact integer")
    assert date == f"{doc}: fact left out: kg:startDate '2023-04-34' is not a date of the calendar"
    (line,) = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]     # one line per document
    assert line == f"{enrollment} (and 1 more, listed by --report)"
