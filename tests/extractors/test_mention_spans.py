"""Overlapping mentions: the longest is kept; at equal length, the kinds the module's comment orders."""

from kg.documents import parse_document
from kg.extractors.mention_spans import resolve_overlaps
from kg.extractors.outcomes import OutcomeExtractor
from kg.model import Mention
from kg.text.measure_list import QUANTITY


def test_the_longest_mention_is_kept():
    long, short = Mention("zeta fever", 0, 10, "disease", "zeta fever"), Mention("zeta", 0, 4, "gene", "ZETA")
    assert resolve_overlaps([short, long]) == [long]


def test_a_changed_quantity_beats_the_short_form_a_document_defines_for_the_same_words():
    short = Mention("ZCRP", 20, 24, "term", "zeta C-reactive protein", (), "abbreviation")
    quantity = Mention("ZCRP", 20, 24, "measure", "ZCRP", (), "measure phrases", QUANTITY)
    assert resolve_overlaps([short, quantity]) == [quantity]
    plain = Mention("ZCRP", 20, 24, "measure", "ZCRP", (), "measures")
    assert resolve_overlaps([plain, short]) == [short]


def test_a_quantity_the_document_defined_a_short_form_for_gets_its_per_arm_changes():
    doc = parse_document("T\n\nIn the ZETA trial (NCT01234567), 80 adults with zeta C-reactive protein (ZCRP) above 2 mg/L "
                         "were randomized to XY-123 or placebo. The median decrease in ZCRP from baseline to Week 24 was "
                         "35% in the XY-123 group and 4% in the placebo group.", source="t.txt")
    changes = {float(f.object_text) for f in OutcomeExtractor().extract(doc) if f.predicate == "change"}
    assert changes == {-35, -4}


def test_the_mention_layer_gives_a_joined_products_parts_as_corpora_annotate_them():
    from kg.extractors.mentions import MentionExtractor
    doc = parse_document("T\n\nAdults got piperacillin-tazobactam or losartan potassium.", source="t.txt")
    assert [m.text for m in MentionExtractor().extract(doc) if m.kind == "drug"] == [
        "piperacillin", "tazobactam", "losartan", "potassium"]


def test_a_phenotype_opened_by_a_results_verb_gives_way_to_the_measure_in_it():
    doc = parse_document("T\n\nIn the randomized ZETA trial, 80 adults were assigned to XY-123 or placebo. XY-123 reduced "
                         "systolic blood pressure (-9.4 vs -3.2 mmHg; p<0.001) and diastolic blood pressure (-5.1 vs "
                         "-1.7 mmHg; p=0.01) compared with placebo.", source="t.txt")
    changes = {float(f.object_text) for f in OutcomeExtractor().extract(doc) if f.predicate == "change"}
    assert changes == {-9.4, -3.2, -5.1, -1.7}


def test_a_phenotype_opened_by_a_change_word_that_is_no_verb_stays():
    from kg.extractors.mentions import MentionExtractor
    doc = parse_document("T\n\nAdults with reduced systolic blood pressure were excluded.", source="t.txt")
    assert [m.kind for m in MentionExtractor().extract(doc) if m.text == "reduced systolic blood pressure"] == ["phenotype"]


def test_a_harm_named_by_a_change_noun_that_a_number_is_given_for_gives_way_to_the_measure_in_it():
    doc = parse_document("T\n\nIn the randomized ZETA trial, 80 adults were assigned to XY-123 or placebo. The mean reduction "
                         "in blood pressure was 9 mmHg in the XY-123 group and 3 mmHg in the placebo group.", source="t.txt")
    changes = {float(f.object_text) for f in OutcomeExtractor().extract(doc) if f.predicate == "change"}
    assert changes == {-9, -3}


def test_a_harm_named_by_a_change_noun_without_a_number_stays():
    from kg.extractors.mentions import MentionExtractor
    doc = parse_document("T\n\nA reduction in blood pressure was reported in four patients.", source="t.txt")
    assert [m.kind for m in MentionExtractor().extract(doc) if m.text == "reduction in blood pressure"] == ["disease"]
