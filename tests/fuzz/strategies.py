"""Hypothesis strategies for fuzzed kg inputs, and the settings every fuzz test uses.

``cases()`` runs the shared mutators (tests/fuzz/mutators.py, also used by
bench/fuzz.py) on a random stream hypothesis controls, so a failure shrinks to
fewer, smaller mutations. ``text_cases()`` and ``ctgov_values()`` build inputs
from hypothesis' own text and JSON strategies for what the mutators do not reach.

The settings are derandomised (the same examples on every run, no example
database), so CI is deterministic; ``KG_FUZZ_SCALE=10`` runs ten times the examples,
``KG_FUZZ_SHRINK=1`` shrinks a failing example.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

import mutators
from mutators import Case, Limits

# Runs of comma-grouped numbers stay below 8 kB here (the benchmark goes to 64 kB): a quadratic
# pattern still shows as a slow suite, a linear one keeps the suite to a few minutes.
LIMITS = Limits(max_digits=20_000, max_run=8_000, max_depth=100_000, max_mutations=3)
SCALE = float(os.environ.get("KG_FUZZ_SCALE", "1"))


SHRINK = os.environ.get("KG_FUZZ_SHRINK", "") not in ("", "0")


def fuzz_settings(max_examples: int) -> settings:
    """Derandomised settings without deadline or example database.

    Failing examples are not shrunk unless ``KG_FUZZ_SHRINK=1`` (shrinking a batch of big documents can take
    many minutes); each failure prints the recipe of mutations that made its inputs instead.
    """
    phases = list(Phase) if SHRINK else [Phase.explicit, Phase.reuse, Phase.generate]
    return settings(max_examples=max(1, int(max_examples * SCALE)), derandomize=True, deadline=None, database=None,
                    suppress_health_check=list(HealthCheck), print_blob=False, phases=phases)


def cases(formats=mutators.FORMATS, limits: Limits = LIMITS) -> st.SearchStrategy[Case]:
    """Fixtures of ``formats`` changed by the shared mutators."""
    return st.builds(lambda rng, fmt: mutators.make_case(rng, fmt, limits),
                     st.randoms(use_true_random=False), st.sampled_from(formats))


ODD = st.sampled_from(mutators.RTL + mutators.ZERO_WIDTH + mutators.NONCHARACTERS + mutators.CONTROLS
                      + mutators.EMOJI + mutators.COMBINING + mutators.ODD_SPACES)
PIECES = st.one_of(
    st.sampled_from(mutators.WORDS + mutators.BAD_DATES + mutators.PROBES),
    st.text(st.characters(codec="utf-8"), max_size=40),
    st.integers(30, 20_000).map(lambda n: "7" * n),
    st.integers(1, 2_000).map(lambda n: "1" + ",000" * n),
    st.integers(1, 4_000).map(lambda n: "(" * n),
    st.integers(1, 2_000).map(lambda n: "[" * n + "x" + "]" * n),
    ODD,
)


@st.composite
def text_cases(draw) -> Case:
    """A text document: a fixture's sentences with hypothesis' own pieces between them (maybe no sentence end)."""
    base = draw(st.sampled_from(mutators.fixture_texts("text")))
    sentences = base.split(". ")
    start = draw(st.integers(0, len(sentences) - 1))
    chosen = sentences[start:start + draw(st.integers(1, 6))]
    pieces = draw(st.lists(PIECES, min_size=1, max_size=6))
    text = " ".join(s + " " + p for s, p in zip(chosen, pieces + [""] * len(chosen)))
    if draw(st.booleans()):
        text = text.replace(".", " ")
    suffix = draw(st.sampled_from([".txt", ".md"]))
    return Case("text", suffix, text.encode("utf-8"), ("hypothesis text",))


@st.composite
def number_cases(draw) -> Case:
    """A text fixture whose numbers (enrolment, doses, times: where real quantities are) become far too long."""
    text = draw(st.sampled_from(mutators.fixture_texts("text")))
    size = draw(st.sampled_from([30, 308, 309, 400, 4_300, 4_301, 20_000]))
    text, step = mutators.replace_numbers(draw(st.randoms(use_true_random=False)), text, digits_n=size)
    return Case("text", draw(st.sampled_from([".txt", ".md"])), text.encode("utf-8"), (step,))


@st.composite
def unicode_cases(draw) -> Case:
    """A text fixture with characters RDF syntaxes and XML forbid, marks and emoji inside its sentences."""
    text = draw(st.sampled_from(mutators.fixture_texts("text")))
    chars = draw(st.lists(ODD, min_size=1, max_size=8))
    every = draw(st.integers(3, 200))
    out = "".join(c + (chars[i // every % len(chars)] if i % every == every - 1 else "") for i, c in enumerate(text))
    return Case("text", draw(st.sampled_from([".txt", ".md"])), out.encode("utf-8", "surrogatepass"),
                (f"every {every} characters one of {''.join(chars)!a}",))


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(st.characters(codec="utf-8"), max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


@st.composite
def ctgov_values(draw) -> tuple[list[dict], int, tuple, object]:
    """Three fixture records, the middle one with a hypothesis JSON value at a field kg reads.

    Returns the records, the index changed, the field's path and the value.
    """
    import json

    every = mutators.fixture_records()
    records = [json.loads(every[i]) for i in draw(st.permutations(range(len(every))))[:3]]
    path = draw(st.sampled_from(mutators.KNOWN_FIELDS))
    value = draw(JSON_VALUES)
    node = records[1]
    for key in path[:-1]:
        node = node.setdefault(key, {}) if isinstance(node, dict) else node
    if isinstance(node, dict):
        node[path[-1]] = value
    return records, 1, path, value
