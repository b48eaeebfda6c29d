"""The engine's own policy: gating, hedging, quotations, trials, deduplication, evidence and bad rules."""

import re

import pytest

from kg.documents import parse_document
from kg.errors import ExtractorError
from kg.extractors import load_extractors
from kg.extractors.context import build_context
from kg.extractors.engine import Example, Hit, Rule, RuleExtractor, T, matches, read_example, run_rules
from kg.model import Entity
from kg.text import prefilter as rx


def ctx_of(body):
    return build_context(parse_document("Headline\n\n" + body, source="t.txt"))


def word_after_tested(view):
    """Each word after "tested", stated about the sentence's trial."""
    for m in re.finditer(r"\btested (\w+)", view.text):
        yield Hit(view.trial, m.group(1), m.start(1), m.end(1))


TESTED = Rule("test.tested", T.intervention, word_after_tested, confidence=0.6, cue=rx.compile(r"\btested\b"))


def test_facts_carry_the_rules_confidence_and_the_span():
    ctx = ctx_of("The trial (NCT01234567) tested alpha. It tested alpha again.")
    facts = list(run_rules(ctx, (TESTED,)))
    assert [(f.predicate, f.object_text) for f in facts] == [("intervention", "alpha")]      # once, not twice
    ev = facts[0].evidence
    assert ev.confidence == 0.6 and ctx.doc.text[ev.start:ev.end] == "alpha"


def test_hedged_clauses_and_quotations_are_not_read_unless_the_rule_asks():
    ctx = ctx_of('The trial (NCT01234567) ran. A later study would have tested beta. He said "we tested gamma here".')
    assert {f.object_text for f in run_rules(ctx, (TESTED,))} == set()
    hedged = Rule("test.hedged", T.intervention, word_after_tested, hedged=True, quotes=True)
    assert {f.object_text for f in run_rules(ctx, (hedged,))} == {"beta", "gamma"}


@pytest.mark.parametrize("outlook", ["A later study is expected to have tested beta.", "Acme expects to have tested beta.",
                                     "Acme could win a study that tested beta.", "Acme is on track to have tested beta."])
def test_an_outlook_is_hedged_but_a_past_ability_is_not(outlook):
    assert {f.object_text for f in run_rules(ctx_of("The trial (NCT01234567) ran. " + outlook), (TESTED,))} == set()
    assert {f.object_text for f in run_rules(ctx_of("The trial (NCT01234567) ran. Those who could receive it tested "
                                                    "beta."), (TESTED,))} == {"beta"}


def test_rules_that_need_a_trial_read_nothing_without_one():
    ctx = ctx_of("Alpha tested beta in the laboratory.")
    assert list(run_rules(ctx, (TESTED,))) == []


def test_a_rule_naming_a_term_the_ontology_lacks_fails_at_definition():
    with pytest.raises(ExtractorError, match="does not declare"):
        Rule("test.bad", "noSuchPredicate", word_after_tested)
    with pytest.raises(ExtractorError, match="confidence"):
        Rule("test.bad", T.intervention, word_after_tested, confidence=1.5)


def test_a_hit_with_an_undeclared_predicate_fails():
    rule = Rule("test.other", T.intervention, lambda v: [Hit(v.trial, "x", predicate=T.phase)])
    with pytest.raises(ExtractorError, match="also"):
        list(run_rules(ctx_of("The trial (NCT01234567) ran."), (rule,)))


def test_rule_extractor_deduplicates_rules_and_more_facts():
    class Demo(RuleExtractor):
        name, version, rules = "demo", "1", (TESTED,)

        def more_facts(self, ctx):
            yield from run_rules(ctx, (TESTED,))

    doc = parse_document("Headline\n\nThe trial (NCT01234567) tested alpha.", source="t.txt")
    assert [f.object_text for f in Demo().extract(doc)] == ["alpha"]


def test_examples_are_read_and_matched():
    found = read_example(TESTED, "The trial (NCT01234567) tested Alpha.")
    assert matches(found, ("intervention", "alpha")) and not matches(found, ("intervention", "beta"))
    assert matches(found, ("NCT01234567", "intervention", "Alpha"))
    assert Example("x", (("intervention", "alpha"),)).facts[0][1] == "alpha"


def test_entities_are_objects_too():
    rule = Rule("test.entity", T.condition, lambda v: [Hit(v.trial, Entity("Disease", "gout"))])
    facts = list(run_rules(ctx_of("The trial (NCT01234567) ran."), (rule,)))
    assert [(f.object.kind, f.object_text) for f in facts] == [("Disease", "gout")]


def test_a_trial_statement_goes_to_the_trial_of_its_clause():
    ctx = ctx_of("The ALPHA-1 trial (NCT01234567) tested alpha, while the BETA-2 trial (NCT07654321) tested beta.")
    found = {(f.subject.label, f.object_text) for f in run_rules(ctx, (TESTED,))}
    assert found == {("NCT01234567", "alpha"), ("NCT07654321", "beta")}


def said(extractor: str, body: str, predicate: str) -> set[tuple[str, str]]:
    """(subject label, object) of each ``predicate`` fact ``extractor`` reads in a document of ``body``."""
    doc = parse_document("T\n\n" + body, source="t.txt")
    return {(f.subject.label, f.object_text) for f in load_extractors()[extractor].extract(doc) if f.predicate == predicate}


def test_what_a_sentence_says_of_trials_named_together_is_said_of_each():
    design = said("trial_design", "In the phase 3 ZETA-2 and ZETA-1 trials in gout, XY-123 helped. The ZETA-2 and ZETA-1 "
                  "randomized, double-blind trials gave XY-123 to adults. ZETA-1 met its goal; ZETA-2 did not, and it "
                  "was open-label.", "design")
    assert {("ZETA-2", "double-blind"), ("ZETA-1", "double-blind"), ("ZETA-2", "randomized"),
            ("ZETA-1", "randomized")} <= design
    assert ("ZETA-1", "open-label") not in design


def test_the_size_of_trials_named_together_is_no_one_trials_enrollment():
    sizes = said("population", "XY-123 was tested in two phase 3 trials, ZETA-1 and ZETA-2, which enrolled 1210 adults "
                 "with gout. In ZETA-1, 600 adults were randomized to XY-123 or placebo. In ZETA-2, 610 adults were "
                 "randomized to XY-123 or placebo.", "enrollment")
    assert sizes == {("ZETA-1", "600"), ("ZETA-2", "610")}


def test_the_arms_of_trials_named_together_are_each_ones_own_and_their_sizes_no_ones():
    doc = parse_document("T\n\nResults came from the ZETA-1 and ZETA-2 trials. These adults were randomized to "
                         "XY-123 (n=300) or placebo (n=150).", source="t.txt")
    facts = list(load_extractors()["population"].extract(doc))
    arms = {(f.subject.label, f.object.label) for f in facts if f.predicate == "hasArm"}
    assert arms == {(t, a) for t in ("ZETA-1", "ZETA-2") for a in ("XY-123", "placebo")}
    assert {f.subject.scope for f in facts if f.predicate == "armIntervention"} == {f.subject.key for f in facts
                                                                                   if f.predicate == "hasArm"}
    assert not [f for f in facts if f.predicate == "armSize"]      # (the sizes are both trials' together)
