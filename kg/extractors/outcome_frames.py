"""Outcome frames: an outcome being read (its trial, measure, arm and values, each with the sentence that gave it),
the frames of a document, and what a trial's next sentence may continue.

>>> from kg.model import Entity, Mention
>>> f = Frame(Entity("Trial", "NCT01234567"), Mention(0, 3, "ZRS", "measure", "ZRS"), None)
>>> f.set("pValue", "0.04", 2); f.set("pValue", "0.5", 3); f.values
{'pValue': '0.04'}
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterator

from kg.extractors.context import entity_of
from kg.extractors.outcome_measures import VACCINE_EFFICACY_NAMES
from kg.extractors.result_arms import ROUTE_OF_ARM, lettered_arms
from kg.extractors.util import arm_as_written, document_name, fact
from kg.model import Entity, Fact, Mention
from kg.text import comparisons as C, cues, results as R
from kg.text.measure_list import TARGETED, is_short_form
from kg.text.measures import hollow_measure


@dataclass
class Frame:
    """One outcome being read: its measure, the arm its numbers belong to (None: overall or between arms), its values."""

    trial: Entity
    measure: Mention
    arm: str | None
    values: dict[str, object] = field(default_factory=dict)
    sentence: dict[str, int] = field(default_factory=dict)       # predicate -> the sentence that gave it

    def set(self, predicate: str, value, i: int) -> None:
        """The first reading of a predicate stands; a later sentence does not overwrite it."""
        if value is not None and predicate not in self.values:
            self.values[predicate], self.sentence[predicate] = value, i


# a measure written as a short form ("FEV1", "ZQ-5", :func:`~kg.text.measure_list.is_short_form`): the name a document
# gives it when it never writes the long one (a measure written in words keeps its label, which only tidies the words:
# "time to the first X" is "time to first X")
SHORT_PLURAL = re.compile(r"(?<=[A-Z0-9])s$")       # "ZRRs": the plural of the short form "ZRR"


# a vaccine's efficacy named with the disease it prevents: "(overall) vaccine efficacy against | zeta fever"
VACCINE_EFFICACY = re.compile(r"(?:overall\s|relative\s)?(?:vaccine\s)?efficacy\s(?:against|in\spreventing|for\spreventing)\s"
                              r"(?P<x>\S.{2,80})", re.I)
# the words that say a result of trials named together is each one's; and what of it is each one's
SAID_OF_EACH = re.compile(r"\b(?:both|each)\b", re.I)
EACH_TRIALS_OWN = ("outcomeRole", "timepoint", "significant")


@dataclass
class Frames:
    """The document's outcome frames, keyed by trial, measure label and arm, in the order first seen."""

    by_key: dict[tuple, Frame] = field(default_factory=dict)
    first: dict[tuple, int] = field(default_factory=dict)

    def get(self, trial: Entity, measure: Mention, arm: str | None, i: int, period: str | None = None) -> Frame:
        """The frame of a measure and arm; ``period``: a later timepoint's own frame, when the arm's number at another
        timepoint is already read ("a median of 10 months ... the rate at 12 months was 48%")."""
        key = (trial.key, measure.label, arm) if period is None else (trial.key, measure.label, arm, period)
        if key not in self.by_key:
            self.by_key[key], self.first[key] = Frame(trial, measure, arm), i
        return self.by_key[key]

    def merged(self) -> None:
        """One endpoint under two wordings: "X" and "percent change in X" (or "change from baseline in X", "mean X") of
        one trial are one measure, and one outcome per arm, under the wording seen first; the first reading of each
        predicate stands."""
        firsts: dict[tuple, tuple] = {}
        measures: dict[tuple, Mention] = {}     # (trial, label without its change or average words) -> the first measure
        for key in sorted(self.by_key, key=lambda k: self.first[k]):
            trial, label, arm = key[:3]
            bare = cues.AVERAGE_PREFIX.sub("", R.CHANGE_PREFIX.sub("", label)).lower()
            measure = measures.setdefault((trial, bare), self.by_key[key].measure)
            if measure.label != label:          # ("the mean zeta score" as the role named it, "zeta score" with numbers)
                self.by_key[key].measure = measure
            home = firsts.setdefault((trial, bare, arm, *key[3:]), key)
            if home == key:
                continue
            frame, into = self.by_key.pop(key), self.by_key[home]
            for predicate, value in frame.values.items():
                if predicate not in into.values:
                    into.values[predicate], into.sentence[predicate] = value, frame.sentence[predicate]
            del self.first[key]

    def shared(self, ctx) -> None:
        """What a sentence says of each of the trials it names together ("In both ZETA-1 and ZETA-2, XY improved Z at
        week 12 (both P<0.001)") is said of each: the measure, its role, timepoint and significance; not its numbers,
        which may be one trial's or both pooled."""
        if not ctx.shared:
            return
        for key in sorted(self.by_key, key=lambda k: self.first[k]):
            frame = self.by_key[key]
            i = self.first[key]
            group = ctx.shared[i][0] if ctx.shared[i] else ()
            if frame.arm is not None or not group or not SAID_OF_EACH.search(ctx.sentences[i].text):
                continue
            for k in group:
                other = ctx.trial_entities[k]
                if other == frame.trial:
                    continue
                copy = self.get(other, frame.measure, None, i, *key[3:])
                for predicate in EACH_TRIALS_OWN:
                    if predicate in frame.values and ctx.shared[frame.sentence[predicate]]:
                        copy.set(predicate, frame.values[predicate], frame.sentence[predicate])

    def said_of_role(self, trial: Entity, role: str, predicate: str, value, i: int) -> None:
        """What a sentence says of a role's measures together ("Secondary endpoints did not differ") is said of each
        outcome of the trial given that role before it (not of its arms), where nothing else said it first."""
        for key, frame in self.by_key.items():
            if key[0] == trial.key and frame.arm is None and frame.values.get("outcomeRole") == role:
                frame.set(predicate, value, i)

    def timed_arms(self) -> None:
        """An arm's number read in the sentence that gives a measure's timepoint, or in the next, is at that timepoint
        ("X at week 12 ... The rates were 60% and 40%"), when the arm's own sentence names none and the measure has no
        other period.

        >>> from kg.model import Entity, Mention
        >>> t, m = Entity("Trial", "T"), Mention("ZRS", 0, 3, "measure", "ZRS")
        >>> frames = Frames()
        >>> frames.get(t, m, None, 0).set("timepoint", "P12W", 0)
        >>> frames.get(t, m, "placebo", 1).set("value", 40.0, 1)
        >>> frames.timed_arms(); frames.get(t, m, "placebo", 1).values["timepoint"]
        'P12W'
        """
        periods = {key[:2] for key in self.by_key if len(key) > 3}
        for key, frame in self.by_key.items():
            trial, label, arm = key[:3]
            if arm is None or len(key) > 3 or (trial, label) in periods or "timepoint" in frame.values:
                continue
            whole = self.by_key.get((trial, label, None))
            if whole is None or "timepoint" not in whole.values:
                continue
            said = whole.sentence["timepoint"]
            read = [frame.sentence[p] for p in ("value", "change") if p in frame.values]
            if read and all(0 <= k - said <= 1 for k in read):
                frame.set("timepoint", whole.values["timepoint"], said)

    def vaccine_efficacies(self) -> None:
        """A vaccine's efficacy against a disease ("vaccine efficacy of 58% against zeta fever") is the effect of the
        vaccine on that disease: the outcome is the disease's, and its number the effect between the arms (its
        interval with it), not a level of one arm.

        >>> from kg.model import Entity, Mention
        >>> frames = Frames()
        >>> m = Mention("vaccine efficacy against zeta fever", 0, 35, "measure", "vaccine efficacy against zeta fever")
        >>> frames.get(Entity("Trial", "T"), m, None, 0).set("value", 58.4, 0)
        >>> frames.vaccine_efficacies(); [(k[1], f.values) for k, f in frames.by_key.items()]
        [('zeta fever', {'effect': 58.4})]
        >>> ve = Mention("vaccine efficacy", 0, 16, "measure", "vaccine efficacy")
        >>> frames.get(Entity("Trial", "T"), ve, "placebo", 0).set("value", 33, 0)
        >>> frames.vaccine_efficacies(); [k[1] for k in frames.by_key]
        ['zeta fever']
        """
        for key in list(self.by_key):
            frame = self.by_key[key]
            if frame.arm is not None and frame.measure.label.lower() in VACCINE_EFFICACY_NAMES:
                del self.by_key[key], self.first[key]   # (an efficacy is between arms, never one arm's level: "... in 6
                continue                                # in the A group and 33 in the B group (vaccine efficacy, 74%)")
            hit = VACCINE_EFFICACY.fullmatch(frame.measure.label)
            if hit is None or frame.arm is not None or "value" not in frame.values or "effect" in frame.values:
                continue
            new = (key[0], hit.group("x"), None, *key[3:])
            if new in self.by_key:
                continue
            frame.measure = replace(frame.measure, label=hit.group("x"))
            frame.values = {("effect" if p == "value" else p): v for p, v in frame.values.items()}
            frame.sentence = {("effect" if p == "value" else p): k for p, k in frame.sentence.items()}
            self.by_key[new], self.first[new] = self.by_key.pop(key), self.first.pop(key)

    def facts(self, ctx, extractor) -> Iterator[Fact]:
        self.vaccine_efficacies()
        self.merged()
        self.shared(ctx)
        self.timed_arms()
        named = set()                       # the measures whose written name is told
        for key, frame in self.by_key.items():
            if hollow_measure(frame.measure.label):
                continue                    # ("from randomization to the final clinic visit", "assessed": none)
            ev = ctx.evidence(self.first[key], extractor=extractor, confidence=0.7)
            name = SHORT_PLURAL.sub("", document_name(ctx, frame.measure)) \
                if is_short_form(frame.measure.text) and frame.measure.attrs != TARGETED else frame.measure.label
            if name != frame.measure.label and frame.measure.label not in named:
                named.add(frame.measure.label)      # ("FEV1" where the text never writes the measure's long name)
                yield fact(entity_of(frame.measure, "OutcomeMeasure"), "writtenName", name, ev)
            # (the arm as the text names it; a drug's group as the allocation labelled it: "Group R")
            written = (lettered_arms(ctx).get(frame.arm) or arm_as_written(ctx, frame.arm)) if frame.arm else None
            local = "|".join((frame.measure.label, written or "", *key[3:]))
            outcome = Entity("Outcome", frame.measure.label + (f" ({written})" if written else ""),
                             scope=frame.trial.key, local=local)
            yield fact(frame.trial, "hasOutcome", outcome, ev)
            yield fact(outcome, "measure", entity_of(frame.measure, "OutcomeMeasure"), ev)
            if frame.arm:
                arm = Entity("Arm", written, scope=frame.trial.key)
                yield fact(outcome, "arm", arm, ev)
                if frame.values.keys() & {"value", "change"}:
                    yield from arm_of_result(ctx, frame, arm, ev)
            numbered = bool(frame.values.keys() & {"change", "value", "effect"})
            for predicate, value in frame.values.items():
                if predicate == "direction" and numbered:
                    continue                # (the numbers say which way it moved: the direction is told where the
                    #                         text gives it in words alone, "XY-123 lowered zeta levels")
                yield fact(outcome, predicate, value,
                           ctx.evidence(frame.sentence[predicate], extractor=extractor, confidence=0.7))


def arm_of_result(ctx, frame: "Frame", arm: Entity, ev) -> Iterator[Fact]:
    """An arm a result is given for is one of the trial's arms when its label names a therapy, a dose or a control,
    with the therapy it names (a dose alone: the main therapy's; a control: none). A group named otherwise ("the
    early-start group" of an extension) is an analysis's, not an arm the trial assigned."""
    label = frame.arm
    if (route := ROUTE_OF_ARM.match(label)) and label[route.end():] in ctx.therapies:
        label = label[route.end():]                     # "oral XY-123": the arm of XY-123 given by mouth
    known = ctx.therapies.get(label) or next((m for name, m in ctx.therapies.items() if label.startswith(name + " ")), None)
    dose = known is None and C.dose_arm(label) == label
    if dose and ctx.main_therapy:
        known = ctx.therapies.get(ctx.main_therapy)
    control = C.ARM_WORDS.fullmatch(label) is not None
    if not (known or dose or control):
        return
    yield fact(frame.trial, "hasArm", arm, ev)
    yield fact(arm, "armLabel", arm.label, ev)
    if known is not None and not control:
        yield fact(arm, "armIntervention", entity_of(known, "Therapy"), ev)
        _, plus, other = label.partition(" plus ")      # "XY-123 plus AB-7": the arm of both (see given_with)
        if plus and other in ctx.therapies:
            yield fact(arm, "armIntervention", entity_of(ctx.therapies[other], "Therapy"), ev)


@dataclass
class Carry:
    """What a trial's next sentence may continue: its measure, timepoint and the sentence that spoke of it."""

    measure: Mention
    timepoint: str | None
    index: int


@dataclass(frozen=True)
class PendingRole:
    """A role stated before its measures are named: the role, the sentence that stated it, how many measures it has
    ("three secondary endpoints"), and the words of the name it gave that no list knew ("The primary endpoint was
    remission": only a measure sharing one of them may take the role; none when it gave no name)."""

    role: str
    said: int
    left: int = 1
    words: frozenset = frozenset()

