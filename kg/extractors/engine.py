"""The rule engine: relations as data, one policy for hedging, quotations, trials, deduplication and evidence.

A relation is a :class:`Rule` record: the predicate it states (a constant of
:mod:`kg.terms`), a cheap cue that gates it, a pure function from a
:class:`View` of one sentence to :class:`Hit` records, a confidence, and
example sentences that the tests run. Rules never build evidence, never keep
``seen`` sets and never decide which trial a sentence speaks of: the engine
does, the same way for every rule.

>>> from kg.documents import parse_document
>>> from kg.text import prefilter as rx
>>> from kg.model import Entity
>>> def said(view):
...     yield Hit(view.trial, "yes")
>>> rule = Rule("demo", T.name, said, cue=rx.compile(r"\\bsaid\\b"))
>>> doc = parse_document("T\\n\\nThe trial (NCT01234567) said so. It might say more.", source="t.txt")
>>> [(f.predicate, f.object_text, f.evidence.confidence) for f in run_rules(build_context(doc), (rule,))]
[('name', 'yes', 0.8)]
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field
from functools import cached_property, reduce
from operator import or_
from typing import Callable, Iterable, Iterator, Union

from kg.errors import ExtractorError
from kg.extractors.base import BaseExtractor
from kg.extractors.context import Context, build_context
from kg.extractors.util import unhedged
from kg.model import Entity, Fact, Mention, Value, record
from kg.terms import TERMS, T  # noqa: F401 - rules import T from here too
from kg.text import prefilter as rx

Object = Union[Entity, Value, str, int, float, bool]


@record
class View:
    """One sentence as a rule reads it.

    ``text`` has quotations blanked (unless the rule reads quotes) and, unless
    the rule reads hedged text, every hedged clause blanked; offsets are those
    of the sentence. ``start`` is the document offset of ``text[0]``. The
    views the engine keeps in their context refer to it by a weak proxy
    (see :func:`make_view`).
    """

    index: int
    text: str
    start: int
    mentions: tuple[Mention, ...]
    trial: Entity | None
    ctx: Context = field(repr=False, compare=False)
    # kinds -> the context's list for them: rules ask the same few kinds of a sentence again and again
    found: dict = field(default_factory=dict, repr=False, compare=False)

    def of_kind(self, *kinds: str) -> list[Mention]:
        """The sentence's mentions of these kinds, in text order (the context's list: do not change it)."""
        found = self.found.get(kinds)
        if found is None:
            found = self.found[kinds] = self.ctx.of_kind(self.index, *kinds)
        return found

    def span(self, m: Mention) -> tuple[int, int]:
        """A mention's offsets in ``text``."""
        return m.start - self.start, m.end - self.start

    @cached_property
    def raw(self) -> str:
        """The sentence as written (quotations and hedges kept)."""
        return self.ctx.sentences[self.index].text


@record
class Hit:
    """What a rule read: a subject, an object, and the sentence span that says so (default: the sentence)."""

    subject: Entity
    object: Object
    start: int = 0
    end: int | None = None
    predicate: str = ""                  # only for rules that state more than one predicate (see Rule.also)


@dataclass(frozen=True)
class Example:
    """A sentence written for the tests and the facts a rule must read from it: (predicate, object) or
    (subject label, predicate, object) tuples."""

    text: str
    facts: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Rule:
    """One relation phrasing family, as data."""

    name: str
    predicate: str
    read: Callable[[View], Iterable[Hit]]
    confidence: float = 0.8
    cue: object = None                   # a compiled pattern: the rule runs only on sentences it finds
    examples: tuple[Example, ...] = ()
    counterexamples: tuple[str, ...] = ()
    hedged: bool = False                 # read hedged clauses too
    quotes: bool = False                 # read quotations too
    needs_trial: bool = True             # only sentences of a document that reports a trial
    also: tuple[str, ...] = ()           # further predicates its hits may name

    def __post_init__(self):
        unknown = [p for p in (self.predicate, *self.also) if p not in TERMS]
        if unknown:
            raise ExtractorError(f"rule {self.name!r} names {', '.join(map(repr, unknown))}, which ontology/kg.ttl "
                                 "does not declare; declare it there and run python -m kg.rdf.namespace_gen")
        if not 0 < self.confidence <= 1:
            raise ExtractorError(f"rule {self.name!r} has confidence {self.confidence}; give one in (0, 1]")

    @property
    def predicates(self) -> tuple[str, ...]:
        return (self.predicate, *self.also)


def sentence_text(ctx: Context, i: int, quotes: bool, hedged: bool) -> str:
    """The one reading policy: quotations blanked unless asked for, hedged clauses blanked unless asked for."""
    text = ctx.sentences[i].text if quotes else ctx.masked[i]
    return text if hedged or not ctx.hedged[i] else unhedged(text)


def run_rules(ctx: Context, rules: Iterable[Rule], extractor=None, seen: set | None = None) -> Iterator[Fact]:
    """Every fact the rules read in the document, once each, with its evidence."""
    seen = set() if seen is None else seen
    bits_of, held = sentence_bits(ctx)
    every, untried = (in_document(gated, held) for gated in gates(rules))
    sentences, kinds = ctx.sentences, ctx.kinds
    for i, trial in enumerate(ctx.sentence_trials):
        selected, wanted = every if trial is not None else untried
        if not selected:
            continue
        bits = bits_of[i]
        if wanted is not None and not bits & wanted:
            continue                      # it holds no literal of any cue: no rule is tried (a quarter of the calls)
        text, found = sentences[i].text, None
        # a rule reads only where its cue's literals are all held and its cue finds the sentence (a cue several rules
        # share is searched once); written out here, not called, as it runs for every rule and sentence
        for rule, masks, search, same, policy in selected:
            for mask in masks:
                if not mask & bits:
                    break
            else:
                if search is not None:
                    if same is None:
                        if search(text) is None:
                            continue
                    else:
                        if found is None:
                            found = {}
                        finds = found.get(same)
                        if finds is None:
                            finds = found[same] = search(text) is not None
                        if not finds:
                            continue
                views = kinds.get(policy)             # the document's views for the rule's reading policy
                if views is None:
                    views = kinds[policy] = [None] * len(sentences)
                view = views[i]
                if view is None:
                    view = views[i] = make_view(ctx, i, rule.quotes, rule.hedged, trial)
                together = bool(ctx.shared) and bool(ctx.shared[i])    # (trials named together here)
                for hit in rule.read(view):
                    f = new_fact(ctx, view, rule, hit, extractor, seen)
                    if f is None:
                        continue
                    if together and f.predicate in TOTALS and said_of_all(ctx, i, f) and not own_bracket(ctx, i, f):
                        continue            # ("the A and B trials, which enrolled 1854 adults": both, no one's)
                    yield f
                    if together and f.predicate in SHARED:
                        yield from shared_facts(ctx, i, f, seen)
                    elif together and (f.predicate == T.hasArm or f.predicate in ARM_SHARED):
                        yield from shared_arm_facts(ctx, i, f, seen)


# what a sentence says of the design of trials it names together ("the A and B randomized trials gave XY 300 mg"), and
# the paper it says reports them ("The Lancet published results from A and B"), is said of each; not their size, arms
# or results, which the sentence may give for them all at once
SHARED = frozenset({T.design, T.route, T.doseAmount, T.doseUnit, T.doseInterval, T.duration, T.comparator, T.hasPublication})


# what a sentence that names trials together counts of them all at once: their size, and their arms'
TOTALS = frozenset({T.enrollment, T.armSize})


def said_of_all(ctx: Context, i: int, f: Fact) -> bool:
    """Is ``f``, read in sentence ``i``, said in the words that name the trials together (before the group's end)?"""
    group, stop = ctx.shared[i]
    trials = [ctx.trial_entities[k] for k in group]
    owned = f.subject in trials or (isinstance(f.subject, Entity) and f.subject.kind == "Arm"
                                    and f.subject.scope in {t.key for t in trials})
    return owned and f.evidence.start - ctx.sentences[i].start < stop


def own_bracket(ctx, i: int, f: Fact) -> bool:
    """Is ``f`` read in a bracket right after a name ("In ZETA-1 (N=410) and ZETA-2 (n = 415)"): that trial's own?"""
    s = ctx.sentences[i]
    return OWN_BRACKET.search(s.text, max(0, f.evidence.start - s.start), f.evidence.end - s.start) is not None


# a bracket right after a name, holding only its size: "ZETA-1 (N=410)"
OWN_BRACKET = re.compile(r"[\w-]\s?\(\s?(?:[Nn]\s?=\s?)?[\d,]{1,9}\s?\)$")


def shared_facts(ctx: Context, i: int, f: Fact, seen: set) -> Iterator[Fact]:
    """The fact ``f``, read in sentence ``i`` where it names trials together, said of each of them (once each)."""
    if not said_of_all(ctx, i, f):
        return
    for subject in [ctx.trial_entities[k] for k in ctx.shared[i][0]]:
        key = statement_key(subject, f.predicate, f.object)
        if subject != f.subject and key not in seen:
            seen.add(key)
            yield Fact(subject, f.predicate, f.object, f.evidence)


# what a sentence that names trials together says of an arm is said of the same arm of each (its label and its
# therapies: "In the ZETA-1 and ZETA-2 trials, adults were randomized to XY-123 or placebo"); not its size
ARM_SHARED = frozenset({T.armLabel, T.armIntervention})


def shared_arm_facts(ctx: Context, i: int, f: Fact, seen: set) -> Iterator[Fact]:
    """An arm read in sentence ``i`` where it names trials together, and what it says of that arm, as each trial's own
    arm (an arm is scoped to its trial: each trial's is another node)."""
    if f.predicate == T.hasArm:
        if not said_of_all(ctx, i, f):
            return
        owners, arm = [ctx.trial_entities[k] for k in ctx.shared[i][0]], f.object
    elif isinstance(f.subject, Entity) and f.subject.kind == "Arm":
        trials = {t.key: t for t in (ctx.trial_entities[k] for k in ctx.shared[i][0])}
        if f.subject.scope not in trials:
            return
        owners, arm = list(trials.values()), f.subject
    else:
        return
    for trial in owners:
        if trial.key == arm.scope:
            continue
        copy = Entity("Arm", arm.label, arm.ids, trial.key, arm.local)
        fact = Fact(trial, T.hasArm, copy, f.evidence) if f.predicate == T.hasArm else Fact(copy, f.predicate, f.object, f.evidence)
        key = statement_key(fact.subject, fact.predicate, fact.object)
        if key not in seen:
            seen.add(key)
            yield fact


SENTENCE_BITS = ("engine", "sentence bits")


def sentence_bits(ctx: Context) -> tuple[list[int], int]:
    """Per sentence: :func:`~kg.text.prefilter.held` of its text, and those of all sentences together (once a
    document: every rule extractor reads them)."""
    count = rx.literal_count()            # (a pattern compiled since adds literals the bits must show)
    found = ctx.kinds.get(SENTENCE_BITS)
    if found is None or found[0] != count:
        held = rx.held
        bits = [held(s.text) for s in ctx.sentences]
        found = ctx.kinds[SENTENCE_BITS] = (count, bits, reduce(or_, bits, 0))
    return found[1], found[2]


def in_document(gated: tuple, held: int) -> tuple:
    """The gates (and their wanted bits) whose cue's literals the document holds somewhere, ``held`` the bits of all
    its sentences: no sentence passes the others, so they are dropped once a document, not tested in every sentence."""
    selected, wanted = gated
    kept = tuple(g for g in selected if all(mask & held for mask in g[1]))
    return gated if len(kept) == len(selected) else (kept, wanted_bits(kept))


# A gate: (rule, the masks of its cue's required literals, the cue's own search or None for no cue, the index of
# the first gate whose cue has the same pattern when an earlier one has, else None: that search runs once a sentence,
# and the key of the document's views for the rule's reading policy)
Gate = tuple
# A tuple of rules (an extractor's, made once at import) -> (it, its gates): every document reads the same rules.
_gates: dict[int, tuple] = {}


def gates(rules: Iterable[Rule]) -> tuple[tuple, tuple]:
    """The rules' gates, in order: all of them, and those that read sentences without a trial; each with the bits of
    :func:`~kg.text.prefilter.held` one of which a sentence must hold for any of them to run (None: some always runs)."""
    if isinstance(rules, tuple):
        kept = _gates.get(id(rules))
        if kept is None or kept[0] is not rules:
            if len(_gates) > 64:            # tests read rules one by one, each in a tuple of its own
                _gates.clear()
            kept = _gates[id(rules)] = (rules, make_gates(rules))
        return kept[1]
    return make_gates(rules)


def make_gates(rules: Iterable[Rule]) -> tuple[tuple, tuple]:
    out = []
    first: dict[int, int] = {}            # id of a cue's pattern -> the first gate that searches it
    patterns = []                         # kept alive while their ids are keys
    for rule in rules:
        cue = rule.cue
        if isinstance(cue, rx.Prefiltered):      # its masks are tested here, once per sentence, then its plain search
            masks, pattern = cue.masks, cue.regex
            if rx.decided_by_literals(cue):      # (a set of words: the masks answer as the search would)
                pattern = None
        else:                                    # (a gate of several patterns may give masks too: AnyOf)
            masks, pattern = getattr(cue, "masks", ()), cue
        policy = views_key(rule.quotes, rule.hedged)
        if pattern is None:
            out.append((rule, masks, None, None, policy))
            continue
        patterns.append(pattern)
        at = first.setdefault(id(pattern), len(out))
        search = pattern.found if isinstance(pattern, rx.AnyOf) else pattern.search   # (a gate asks only whether)
        out.append((rule, masks, search, at if at != len(out) else None, policy))
    shared = {g[3] for g in out if g[3] is not None}
    out = [(rule, masks, search, k if k in shared else same, policy)
           for k, (rule, masks, search, same, policy) in enumerate(out)]
    every = tuple(out)
    untried = tuple(g for g in every if not g[0].needs_trial)
    return (every, wanted_bits(every)), (untried, wanted_bits(untried))


def wanted_bits(gates: tuple[Gate, ...]) -> int | None:
    """The bits of the gates' first requirement sets together, or None if a gate has none (its rule always runs)."""
    bits = 0
    for rule, masks, search, same, policy in gates:
        if not masks:
            return None
        bits |= masks[0]
    return bits


def views_key(quotes: bool, hedged: bool) -> tuple:
    """The key of the document's views for a reading policy (a list, one view per sentence, made as rules ask)."""
    return ("engine", "views", bool(quotes), bool(hedged))


def make_view(ctx: Context, i: int, quotes: bool, hedged: bool, trial: Entity | None) -> View:
    """The view of sentence ``i`` that the context keeps for a reading policy.

    It refers to the context by a weak proxy: a strong reference back would make each document's analyses one
    reference cycle, freed not when the context is dropped but by the collector's full passes, which then come
    more often and walk every cached context.
    """
    s = ctx.sentences[i]
    return View(i, sentence_text(ctx, i, quotes, hedged), s.start, tuple(ctx.mentions[i]), trial, weakref.proxy(ctx))


def new_fact(ctx: Context, view: View, rule: Rule, hit: Hit, extractor, seen: set) -> Fact | None:
    """The fact a hit states, with the evidence of its span, when its statement is not in ``seen`` (then it is
    remembered there); None for a statement seen before or an empty value. A statement read again (a dozen a
    document) gets no evidence and no fact made."""
    predicate = hit.predicate
    if not predicate:
        predicate = rule.predicate
    elif predicate != rule.predicate and predicate not in rule.also:
        raise ExtractorError(f"rule {rule.name!r} stated {predicate!r}; list it in the rule's `also`")
    obj = hit.object if isinstance(hit.object, (Entity, Value)) else Value(hit.object)
    if isinstance(obj, Value) and (obj.value is None or obj.value == ""):
        return None
    subject = attributed(ctx, view, hit)
    key = statement_key(subject, predicate, obj)
    if key in seen:
        return None
    seen.add(key)
    end = len(view.text) if hit.end is None else hit.end
    ev = ctx.evidence(view.index, view.start + hit.start, view.start + end, extractor, rule.confidence)
    return Fact(subject, predicate, obj, ev)


def attributed(ctx: Context, view: View, hit: Hit) -> Entity:
    """The hit's subject; a statement about "the sentence's trial" goes to the trial of the clause it was read in.

    ("ALPHA met its goal, while BETA (NCT...) did not": each clause speaks of its own trial.)
    """
    if view.trial is None or hit.subject is not view.trial or hit.start <= 0:
        return hit.subject
    return ctx.trial_entity_at(view.index, view.start + hit.start) or hit.subject


def fact_key(f: Fact) -> tuple:
    """What makes two facts the same statement (their evidence aside)."""
    return statement_key(f.subject, f.predicate, f.object)


def statement_key(subject: Entity, predicate: str, obj) -> tuple:
    """The key of a statement, as :func:`fact_key` gives it for a fact."""
    return subject.kind, subject.key, predicate, obj.key if isinstance(obj, Entity) else (obj.datatype, str(obj.value))


def remember(seen: set, f: Fact) -> bool:
    """True the first time a statement is seen."""
    key = fact_key(f)
    if key in seen:
        return False
    seen.add(key)
    return True


class RuleExtractor(BaseExtractor):
    """An extractor made of rules; ``more_facts`` holds what is not (yet) a rule. The engine deduplicates both."""

    rules: tuple[Rule, ...] = ()

    def facts(self, ctx: Context) -> Iterator[Fact]:
        seen: set = set()
        yield from run_rules(ctx, self.rules, self, seen)
        for f in self.more_facts(ctx):
            if remember(seen, f):
                yield f

    def more_facts(self, ctx: Context) -> Iterator[Fact]:
        return iter(())


def read_example(rule: Rule, text: str) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object text) of what one rule reads in a sentence written for a test.

    The sentence is read as the body of a document under a one-word headline, as the tests of every rule do.
    """
    from kg.documents import parse_document

    ctx = build_context(parse_document("Headline\n\n" + text, source="example.txt"))
    return {(f.subject.label, f.predicate, f.object_text) for f in run_rules(ctx, (rule,))}


def matches(found: set[tuple[str, str, str]], expected: tuple[str, ...]) -> bool:
    """Does a fact read match an expected (predicate, object) or (subject, predicate, object)?"""
    norm = lambda x: " ".join(str(x).lower().split())  # noqa: E731
    want = tuple(map(norm, expected))
    return any((tuple(map(norm, f)) if len(want) == 3 else tuple(map(norm, f[1:]))) == want for f in found)
