"""Every rule of every registered extractor reads its own example sentences and nothing from its counterexamples.

The sentences are written for the tests (invented names and numbers); a rule without two examples and a
counterexample fails here, so a phrasing is never added without the sentences that show it.
"""

import pytest

from kg.extractors import load_extractors
from kg.extractors.engine import Rule, matches, read_example


def all_rules() -> list[tuple[str, Rule]]:
    return [(name, rule) for name, ex in sorted(load_extractors().items()) for rule in getattr(ex, "rules", ())]


RULES = all_rules()
EXAMPLES = [pytest.param(rule, example, id=f"{name}:{rule.name}:{k}")
            for name, rule in RULES for k, example in enumerate(rule.examples)]
COUNTER = [pytest.param(rule, text, id=f"{name}:{rule.name}:{k}")
           for name, rule in RULES for k, text in enumerate(rule.counterexamples)]


@pytest.mark.parametrize("rule", [pytest.param(r, id=f"{n}:{r.name}") for n, r in RULES] or
                         [pytest.param(None, marks=pytest.mark.skip(reason="no rules registered yet"))])
def test_every_rule_has_examples_and_a_counterexample(rule):
    assert len(rule.examples) >= 2 and rule.counterexamples, f"rule {rule.name} needs 2 examples and a counterexample"


def test_rule_names_are_unique():
    names = [rule.name for _, rule in RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule, example", EXAMPLES)
def test_rule_reads_its_examples(rule, example):
    found = read_example(rule, example.text)
    for expected in example.facts:
        assert matches(found, expected), f"{rule.name} did not read {expected} from {example.text!r}; read {sorted(found)}"


@pytest.mark.parametrize("rule, text", COUNTER)
def test_rule_reads_nothing_from_its_counterexamples(rule, text):
    found = {f for f in read_example(rule, text) if f[1] in rule.predicates}
    assert not found, f"{rule.name} read {sorted(found)} from the counterexample {text!r}"
