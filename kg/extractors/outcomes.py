"""Outcomes as frames: a measure with its role, timepoint and numbers, per arm or between arms.

Each sentence's numbers are read by :mod:`kg.text.results` (effect estimates
and CIs, p-values, per-arm values and changes, significance in words) and
given to the measure named last before them in the sentence. Per-arm numbers
go to the arm the text names ("with XY-123", "in the placebo group"), or, when a
sentence names none ("12% vs. 20%"), to the arms the trial's previous
comparison named, in order; a between-arm effect goes to the arm-less outcome.
A sentence that names no measure continues the one the sentence before it
spoke of ("The difference was not statistically significant").

>>> from kg.documents import parse_document
>>> doc = parse_document("T\\n\\nThe trial (NCT01234567) had a primary endpoint of the ALSFRS-R at week 24. Scores fell from 44.2 to 39.5 (p=0.31).", source="t.txt")
>>> sorted((f.predicate, f.object_text) for f in OutcomeExtractor().extract(doc) if f.predicate not in ('hasOutcome', 'measure'))
[('baseline', '44.2'), ('direction', 'decreased'), ('outcomeRole', 'primary'), ('pValue', '0.31'), ('significant', 'False'), ('timepoint', 'P24W'), ('value', '39.5')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Iterator

from kg.extractors.context import entity_of
from kg.extractors.engine import RuleExtractor
from kg.extractors.mention_spans import shift
from kg.extractors.outcome_roles import (EVENT_HEADS, assign_roles, defined_list, defined_measure, followed_list, listed,
                                         listed_run, outside_brackets, role_count, role_name)
from kg.extractors.result_arms import (ACTIVE_WORDS, arm_spans, arms_named_before, clause_start, document_control,
                                       given_with, ordered_values,
                                       labelled_pair, responder_measure, sentence_arms, sole_pair, tagged_measure)
from kg.extractors.util import arm_as_written, document_name, fact, is_hedged, mask_quotes
from kg.model import Entity, Fact, Mention
from kg.text import arms as A
from kg.text import cues
from kg.text import prefilter as rx
from kg.text import results as R
from kg.text.directions import measure_directions
from kg.text.durations import find_durations
from kg.text.respective import ORDINAL_BEFORE, respective_values
from kg.text.measure_list import in_baseline, is_criterion, is_short_form
from kg.text.measure_phrases import died_shares
from kg.text.measure_shapes import AGREEMENT_AFTER, written
from kg.text.measures import defined_inside
from kg.text.numbers import exact

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

SCALE_WORD = re.compile(r"(?=[afiqst])(?:scale|score|assessment|test|index|questionnaire|survival|function)", re.I)


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
        """One endpoint under two wordings: "X" and "percent change in X" (or "change from baseline in X") of one trial
        and arm are one outcome, under the wording seen first; the first reading of each predicate stands."""
        firsts: dict[tuple, tuple] = {}
        for key in sorted(self.by_key, key=lambda k: self.first[k]):
            trial, label, arm = key[:3]
            home = firsts.setdefault((trial, R.CHANGE_PREFIX.sub("", label).lower(), arm, *key[3:]), key)
            if home == key:
                continue
            frame, into = self.by_key.pop(key), self.by_key[home]
            for predicate, value in frame.values.items():
                if predicate not in into.values:
                    into.values[predicate], into.sentence[predicate] = value, frame.sentence[predicate]
            del self.first[key]

    def facts(self, ctx, extractor) -> Iterator[Fact]:
        self.merged()
        named = set()                       # the measures whose written name is told
        for key, frame in self.by_key.items():
            ev = ctx.evidence(self.first[key], extractor=extractor, confidence=0.7)
            name = SHORT_PLURAL.sub("", document_name(ctx, frame.measure)) if is_short_form(frame.measure.text) \
                else frame.measure.label
            if name != frame.measure.label and frame.measure.label not in named:
                named.add(frame.measure.label)      # ("FEV1" where the text never writes the measure's long name)
                yield fact(entity_of(frame.measure, "OutcomeMeasure"), "writtenName", name, ev)
            written = arm_as_written(ctx, frame.arm) if frame.arm else None     # (the arm as the text names it)
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
            for predicate, value in frame.values.items():
                yield fact(outcome, predicate, value,
                           ctx.evidence(frame.sentence[predicate], extractor=extractor, confidence=0.7))


def arm_of_result(ctx, frame: "Frame", arm: Entity, ev) -> Iterator[Fact]:
    """An arm a result is given for is one of the trial's arms when its label names a therapy, a dose or a control,
    with the therapy it names (a dose alone: the main therapy's; a control: none). A group named otherwise ("the
    early-start group" of an extension) is an analysis's, not an arm the trial assigned."""
    label = frame.arm
    known = ctx.therapies.get(label) or next((m for name, m in ctx.therapies.items() if label.startswith(name + " ")), None)
    dose = known is None and R.dose_arm(label) == label
    if dose and ctx.main_therapy:
        known = ctx.therapies.get(ctx.main_therapy)
    control = R.ARM_WORDS.fullmatch(label) is not None
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


class OutcomeExtractor(RuleExtractor):
    """Outcome frames are read sentence by sentence with state (the measure spoken of, the arms compared last), so
    they are built in ``more_facts``; the engine deduplicates their facts."""

    name = "outcomes"
    version = "2.0"
    rules = ()

    def more_facts(self, ctx):
        if not ctx.trials:
            return
        frames = Frames()
        current: dict[str, Carry] = {}           # trial key -> the measure last spoken of
        pending: dict[str, tuple[str, int, int]] = {}  # trial key -> a role stated before its measures are named,
        #                                                  where, and how many measures it has ("three secondary ...")
        arm_pairs: dict[str, tuple[str, ...]] = {}   # trial key -> the arms of its last comparison, in order
        by_role: dict[str, dict[str, Mention]] = {}  # trial key -> role -> the measure first given that role
        named: dict[str, list[tuple[int, Mention]]] = {}   # trial key -> (sentence, measure) as named, in order
        for i, s in enumerate(ctx.sentences):
            trial = ctx.trial_entity(i)
            # researchers' quoted words count here ("The difference was not significant"); titles do not
            text = mask_quotes(s.text) if cues.PUBLICATION_CUE.search(s.text) else s.text
            roles = outside_brackets(text, list(R.ROLE.finditer(text)))
            if is_hedged(text) and not roles:
                continue
            if not roles and cues.OUTCOME_BACKGROUND.search(text):
                continue                        # "X is the leading cause of death in ...": the disease's burden
            if "ratios" in text and (listed_estimates := R.listed_effects(text)):
                read_listed_effects(ctx, i, trial, listed_estimates, frames)
                continue                        # "The hazard ratios were 0.79 (95% CI ...) for A, 0.88 (...) for B"
            if R.BOTH_RESULTS.match(text):
                # "Both results were statistically significant (P<0.001) [against a 50% response rate]": the measures
                # of the sentences just before
                both_significant(text, trial, named.get(trial.key, []), i, frames)
                continue
            measures = sentence_measures(ctx, i, text, bool(roles))
            if measures and roles and (listed_items := defined_list(ctx, i, text, roles[0])) and \
                    all(m.start >= listed_items[0].start for m in measures):
                # "Primary endpoints were Z consumption and the time to first Z use": both (a known name in an item
                # stays; one in an item's bracket only defines it: "a zeta composite (the primary outcome without X)")
                inside = [m for m in measures if any(x.start <= m.start and m.end <= x.end for x in listed_items)]
                measures = sorted(inside + [x for x in listed_items if not any(x.start <= m.start and m.end <= x.end
                                                                               for m in inside)], key=lambda m: m.start)
            if measures and roles and (defined := defined_measure(ctx, i, text, roles[0])) and \
                    all(in_bracket_after(text, defined.end - s.start, m.start - s.start) or
                        (defined.label.split(" ", 1)[0].lower() in EVENT_HEADS and
                         R.METHOD_CUE.search(text, defined.end - s.start, m.start - s.start)) for m in measures):
                measures = [defined]        # "... was any zeta complication (relapse, abscess, and death)": its parts;
                #                             "... was the incidence of X assessed with the Zeta Method": its instrument
            elif measures and roles and (defined := defined_measure(ctx, i, text, roles[0])) and \
                    defined.end <= measures[0].start and R.ALSO_BETWEEN.search(text, defined.end - s.start, measures[0].start - s.start):
                measures = [defined, *measures]     # "the primary endpoint of X (XX) ... as well as a reduction in Y"
            if len(measures) == 1 and (responder := responder_measure(ctx, i, text, measures[0])):
                measures = [responder]      # "gained five or more letters of <acuity>": the share who reached it
            if measures and any(m.label.startswith("risk of ") for m in measures):
                measures = [survival_named(ctx, m) for m in measures]
            if restates(measures, current.get(trial.key), i):
                measures = [current[trial.key].measure]     # "The primary endpoint was time to first X. XY-123 cut the
                #                                               risk of X (HR 0.6)": the endpoint just named
            if measures:
                named.setdefault(trial.key, []).extend((i, m) for m in measures)
            carried = None                      # the Carry whose timepoint stands when the sentence gives none
            known = by_role.get(trial.key, {})
            if not measures and (subject := event_subject(ctx, i, text)):
                measures = [subject]            # "New infarcts occurred in 20 of 500 (4.0%) ... (relative risk, 0.82)"
                named.setdefault(trial.key, []).append((i, subject))
            if not measures and (tagged := tagged_measure(ctx, i, text)):
                measures = [tagged]             # "Complete wound closure was 65% with XY-123 and 30% with placebo"
                named.setdefault(trial.key, []).append((i, tagged))
            if not measures and (again := named_again(ctx, i, text, named.get(trial.key, []))):
                measures = [again]              # "The primary outcome was zeta relapse. Zeta relapse occurred in 5% ..."
            if not measures and not roles and "%" in text and R.DIED.search(text):
                # "482 patients (22.9%) in the XY group and ... had died": the trial's one mortality measure
                deaths = {m.label: m for key, f in frames.by_key.items() if key[0] == trial.key
                          for m in (f.measure,) if R.DEATH_MEASURE.search(m.label)}
                if len(deaths) == 1:
                    measures = list(deaths.values())
                elif not deaths and (died := died_shares(text)):
                    measures = [shift(died, s.start)]     # (a trial that names no mortality measure: its deaths)
                    named.setdefault(trial.key, []).append((i, measures[0]))
            if not measures and roles and role_name(roles[0]) in known:
                # "a primary outcome event occurred in ...": the measure the trial's primary outcome is
                measures = [known[role_name(roles[0])]]
                spans = {measures[0].label: (roles[0].start(), 0)}
                if len(roles) > 1 and role_name(roles[-1]) != role_name(roles[0]):
                    # "the primary endpoint was supported by a number of secondary endpoints": the next sentence's
                    pending[trial.key] = (role_name(roles[-1]), i, role_count(text, roles[-1]))
                roles = []
            elif measures and measures[0].start < s.start:       # the trial's mortality measure, named before
                spans = {measures[0].label: (0, 0)}
            elif not measures and (line := listed_arm(ctx, i, text, trial, current.get(trial.key), frames)):
                current[trial.key] = line       # "- 10 mg group: weight fell by 12.0%": one arm's line of a list
                continue
            elif not measures and roles and (defined := defined_measure(ctx, i, text, roles[0])
                                             or defined_list(ctx, i, text, roles[0])):
                # "The primary outcome was discharge from hospital within 28 days."; "Primary endpoints were A and B"
                measures = defined if isinstance(defined, list) else [defined]
                spans = {m.label: (m.start - s.start, m.end - s.start) for m in measures}
                named.setdefault(trial.key, []).extend((i, m) for m in measures)
                pending.pop(trial.key, None)
            elif not measures and not roles and pending.get(trial.key, (None, -9))[1] == i - 1 \
                    and (followed := followed_list(ctx, i, text)):
                # "... a number of significant secondary endpoints. These included A, B and C.": the role's list
                measures = followed
                spans = {m.label: (m.start - s.start, m.end - s.start) for m in measures}
                role, said, _ = pending.pop(trial.key)
                before = ctx.sentences[said].text
                said_role = [r for r in R.ROLE.finditer(before) if role_name(r) == role]
                verdict = [v for v in R.find_verdicts(before) if said_role and 0 <= said_role[-1].start() - v.end <= 40]
                for m in measures:
                    frames.get(trial, m, None, i).set("outcomeRole", role, i)
                    if len(verdict) == 1:       # "a number of statistically significant secondary endpoints"
                        frames.get(trial, m, None, i).set("significant", verdict[0].significant, i)
                named.setdefault(trial.key, []).extend((i, m) for m in measures)
            elif not measures:
                carry = current.get(trial.key)
                if carry and carry.index == i - 1 and not roles and R.LIST_INTRO.fullmatch(text):
                    # "At week 72:": a list of the last measure's numbers follows, at this timepoint
                    current[trial.key] = Carry(carry.measure, sentence_timepoint(text) or carry.timepoint, i)
                    continue
                if roles and not listed(text, roles[0]):
                    # "XY met its primary endpoint.", "Three secondary endpoints were tested in order.": not a list
                    # (the last role a sentence names is the one the next sentences go on about: "the primary
                    # endpoint was supported by a number of secondary endpoints")
                    pending[trial.key] = (role_name(roles[-1]), i, role_count(text, roles[-1]))
                elif roles:
                    pending.pop(trial.key, None)  # another role's list that we could not read ends the wait
                if carry is None or carry.index != i - 1 or not continues(ctx, i, text) \
                        or names_another_quantity(text, carry.measure.label, opens_on_therapy(ctx, i)):
                    continue
                measures = [carry.measure]
                carried = carry
                spans = {carry.measure.label: (0, 0)}
            else:
                spans = {m.label: (m.start - s.start, m.end - s.start) for m in measures}
                role, said, left = pending.pop(trial.key, (None, -1, 1))
                if role and not roles and said >= i - 2:  # in the two sentences after the role's
                    # "XY met its primary endpoint. The change in Z ...": Z; "three ... endpoints": the next three
                    for m in measures[:left]:
                        frames.get(trial, m, None, i).set("outcomeRole", role, i)
                        by_role.setdefault(trial.key, {}).setdefault(role, m)
                    if left > len(measures):
                        pending[trial.key] = (role, said, left - len(measures))
                if R.SAME_PERIOD.search(text):
                    carried = current.get(trial.key)
            # read only for a sentence that gets this far (most sentences name no measure and have left)
            timepoint = sentence_timepoint(text) or (carried.timepoint if carried else None)
            current[trial.key] = Carry(measures[0], timepoint, i)
            for m, role in assign_roles(text, measures, spans, roles):
                frames.get(trial, m, None, i).set("outcomeRole", role, i)
                by_role.setdefault(trial.key, {}).setdefault(role, m)
            if R.SUBGROUP.search(text) or subgroup_opener(ctx, i, text):
                continue                        # a subgroup's or a post hoc analysis's numbers are not the trial's
            read_numbers(ctx, i, text, trial, measures, spans, timepoint, frames, arm_pairs)
            if not roles and ctx.of_kind(i, "drug", "therapy"):     # (a result of the therapy, no endpoint's definition)
                read_directions(text, trial, measures, spans, frames, i)
        yield from frames.facts(ctx, self)


def read_directions(text: str, trial, measures: list[Mention], spans: dict, frames: Frames, i: int) -> None:
    """The direction a sentence gives in words for each of its measures, where it gives no number ("XY-123 reduced
    zeta lesions"): the measure's, no arm's."""
    by_span = {spans[m.label]: m for m in measures if m.label in spans and spans[m.label][1] > spans[m.label][0]}
    for a, b, direction in measure_directions(text, list(by_span)):
        frames.get(trial, by_span[(a, b)], None, i).set("direction", direction, i)


# an event opening a sentence that compares the arms by an estimate: "Serious bleeding (the primary safety outcome)
# occurred in 9 (1.5%) with A and 3 (0.5%) with B (hazard ratio, 2.4; ...)": the event is the outcome's measure (prefiltered:
# tried in most sentences, its lazy words backtrack some 3 us in each; few hold one of its verbs)
EVENT_SUBJECT = rx.compile(r"^\s{0,3}(?P<x>[A-Z][a-z][\w'’-]{0,30}(?:\s[a-z][\w'’-]{0,30}){0,5}?)\s{0,3}(?:\([^()]{0,80}\)\s{0,3})?"
                           r"(?:(?:had|has|have)\s+)?(?:occurred|developed|was\s+(?:reported|seen|observed)|were\s+(?:reported|seen|observed))"
                           r"\s+(?:in|among)\b")


# the events a survival endpoint counts: "the risk of disease progression or death" is progression-free survival's
SURVIVAL_EVENTS = ((re.compile(r"risk of (?:disease )?progression or death"), "progression-free survival"),
                   (re.compile(r"risk of (?:disease )?(?:recurrence|relapse) or death"), "disease-free survival"),
                   (re.compile(r"risk of death(?: from any cause)?"), "overall survival"))


def survival_named(ctx, m: Mention) -> Mention:
    """The survival endpoint a "risk of <its events>" speaks of, where the document names that endpoint; else ``m``."""
    label = m.label.lower()
    named = ctx.cached(("measures named",), lambda: frozenset(x.label for ms in ctx.mentions for x in ms if x.kind == "measure"))
    for events, survival in SURVIVAL_EVENTS:
        if events.fullmatch(label) and survival in named:
            return Mention(m.text, m.start, m.end, m.kind, survival, m.ids, m.source)
    return m


def restates(measures: list[Mention], carry: "Carry | None", i: int) -> bool:
    """Is a sentence's one measure, "the risk of X", the endpoint named in the sentence before, whose name holds X?

    >>> m = lambda label: Mention(label, 0, 0, "measure", label)
    >>> restates([m("risk of flare")], Carry(m("time to first severe flare"), None, 4), 5)
    True
    >>> restates([m("risk of flare")], Carry(m("HbA1c"), None, 4), 5)
    False
    """
    if len(measures) != 1 or not measures[0].label.startswith("risk of ") or carry is None or carry.index != i - 1:
        return False
    event = measures[0].label.split()[-1].lower().removesuffix("s")
    return event in carry.measure.label.lower() and carry.measure.label != measures[0].label


# an event that is a treatment's benefit, the word a measure's name ends on ("Complete remission", "Clinical response")
BENEFIT_EVENT = re.compile(r"\b(?:remissions?|respon\w{0,5}|relapses?|recurrences?|progression|exacerbations?|healing|"
                           r"resolution|clearance|cure|improvement)$", re.I)


def event_subject(ctx, i: int, text: str) -> Mention | None:
    """The event a sentence opens on, when the sentence weighs the arms by an effect estimate or gives each arm its
    number ("Remission occurred in 40% of those on XY-123 and 20% of those on placebo"); else None."""
    m = EVENT_SUBJECT.match(text)
    if m is not None and i and cues.AE_CUE.search(ctx.sentences[i - 1].text):
        return None                     # (events right after the adverse events are spoken of are more of them)
    if m is None or not (R.find_effects(text) or (BENEFIT_EVENT.search(m.group("x")) and
                                                  any(all(n.arm for n in c.numbers) for c in R.find_comparisons(text)))):
        return None                     # (an estimate, or numbers each given for its arm where the event is a benefit's:
        #                                  harms' rates per arm are adverse events, "Headache occurred in 12% vs 4%")
    words = m.group("x").lower().split()
    if words[0] in cues.NOT_MEASURE_START or words[0] in ("it", "this", "that", "these", "there", "no", "one", "all"):
        return None
    start = ctx.sentences[i].start + m.start("x")
    return Mention(m.group("x"), start, start + len(m.group("x")), "measure", written(m.group("x")), (), "measures")


def read_listed_effects(ctx, i: int, trial, listed: list, frames: Frames) -> None:
    """Each estimate of a list that gives one per event ("... 0.79 (95% CI ...) for death from X, ...") to the outcome
    of its event, named as written."""
    base = ctx.sentences[i].start
    for item in listed:
        lo, hi = base + item.start, base + item.end
        # (a measure the list knows, named so: its label, one node with the same measure named otherwise elsewhere)
        measure = next((m for m in ctx.mentions[i] if m.kind == "measure" and m.start == lo and m.end == hi), None) or \
            Mention(item.event, lo, hi, "measure", written(item.event), (), "measures")
        frame = frames.get(trial, measure, None, i)
        frame.set("effectMeasure", item.effect.measure, i)
        frame.set("effect", item.effect.value, i)
        frame.set("ciLow", item.effect.ci_low, i)
        frame.set("ciHigh", item.effect.ci_high, i)


def in_bracket_after(text: str, end: int, at: int) -> bool:
    """Is offset ``at`` inside a bracket that opens right after ``end`` (a definition's list of parts)?"""
    return text.startswith(" (", end) and end < at < text.find(")", end) if ")" in text[end:] else False


def both_significant(text: str, trial, named: list[tuple[int, Mention]], i: int, frames: Frames) -> None:
    """Significance said of "both" results: the last two measures named in the three sentences before, one verdict."""
    recent: list[Mention] = []
    for k, m in reversed(named):
        if k < i - 3 or len(recent) == 2:
            break
        if all(m.label != r.label for r in recent):
            recent.append(m)
    said = {v.significant for v in R.find_verdicts(text)} | {p.significant for p in R.find_p_values(text)}
    said.discard(None)
    if len(said) != 1 or not recent:
        return
    value = said.pop()
    for m in recent:
        frames.get(trial, m, None, i).set("significant", value, i)


def subgroup_opener(ctx, i: int, text: str) -> bool:
    """Does the sentence open on a part of the population that is no arm ("Among those on invasive ventilation,")?"""
    m = R.SUBGROUP_OPENER.match(text)
    if m is None:
        return False
    lo, hi = ctx.sentences[i].start + m.start("who"), ctx.sentences[i].start + m.end("who")
    named = any(lo <= t.start < hi for t in ctx.of_kind(i, "drug", "therapy"))
    return not named and not R.ARM_WORDS.search(m.group("who")) and not R.DOSE_IN.search(m.group("who"))


def listed_arm(ctx, i: int, text: str, trial, carry: Carry | None, frames: Frames) -> Carry | None:
    """One arm's line in a list of the last measure's numbers ("- 10 mg group: weight fell by 12.0%", "Placebo: 31%"),
    right after that measure's sentence or an earlier line: its number goes to that arm's frame; the carry goes on."""
    if carry is None or carry.index != i - 1:
        return None
    line = R.arm_line(text)
    if line is None or len(line.arm.split()) > 4:
        return None
    lo, hi = ctx.sentences[i].start + line.arm_start, ctx.sentences[i].start + line.arm_start + len(line.arm)
    head = line.arm
    for m in ctx.of_kind(i, "drug", "therapy"):
        if lo <= m.start and m.end <= hi:
            head = head.replace(ctx.doc.text[m.start:m.end], " ")
    head = R.DOSE_IN.sub(" ", head).lower().replace("the ", " ").strip()
    if head and not R.ARM_WORDS.fullmatch(head):
        return None                             # the line's head is no arm alone ("LDL cholesterol: ...")
    arm = arm_label(ctx, i, line.arm, line.arm_start)
    if arm is None:
        return None
    frame = frames.get(trial, carry.measure, arm, i)
    n = line.number
    frame.set("change" if n.kind == "change" else "value", n.value, i)
    if n.kind == "change":
        frame.set("direction", R.DIRECTION_OF.get(n.verb or ""), i)
    frame.set("timepoint", sentence_timepoint(text) or carry.timepoint, i)
    return Carry(carry.measure, carry.timepoint, i)


# --- measures, roles, timepoints --------------------------------------------------------------------------------

def named_again(ctx, i: int, text: str, named: list) -> Mention | None:
    """The measure an earlier sentence named in words no list knows ("The primary outcome was zeta relapse"), named
    again here ("Zeta relapse occurred in 5% of ..."): its first whole-word occurrence, if the sentence gives a number."""
    if not any(c.isdigit() for c in text):
        return None
    lowered = text.lower()
    for _, m in named:
        if m.source != "measures" or m.label != written(m.text, first_word=False):
            continue
        for name in dict.fromkeys((m.text, TIME_TAIL.sub("", m.text))):   # (again without its time: "X within 30 days")
            at = lowered.find(name.lower()) if " " in name else -1
            if at >= 0 and (at == 0 or not text[at - 1].isalnum()) and not text[at + len(name):at + len(name) + 1].isalnum():
                start = ctx.sentences[i].start + at
                return Mention(text[at:at + len(name)], start, start + len(name), "measure", m.label, (), "measures")
    return None


# the time a role's measure is taken over, at the end of its name: "zeta infection | within 40 days after surgery"
TIME_TAIL = re.compile(r"\s(?:within|at|by|over|after|through)\s(?:day|week|month|year|\d|the\s(?:first|last)\b)[^()]*$")


def sentence_measures(ctx, i: int, text: str, has_role: bool | None = None) -> list[Mention]:
    """The sentence's outcome measures in text order, one per label; a role phrase only when nothing else is named.
    ``has_role``: whether the text holds a role phrase, when the caller knows (else it is looked for)."""
    start = ctx.sentences[i].start
    # (an abbreviation the text defines for a scale or index, unless it is a level patients entered with)
    found = [m for m in ctx.mentions[i] if m.kind == "measure" or (
        m.kind == "term" and SCALE_WORD.search(m.label) and not AGREEMENT_AFTER.match(text, m.end - start)
        and not is_criterion(text, m.start - start, m.end - start) and not in_baseline(text, m.start - start))]
    named = [m for m in found if not R.ROLE_PHRASE.fullmatch(m.text)]
    found = named or found
    if found and (hidden := defined_spans(text)):   # "... survival, defined as the time to progression or death": its parts
        found = [m for m in found if not any(a <= m.start - start < b for a, b in hidden)]
    if not found and (R.ROLE.search(text) is not None if has_role is None else has_role):
        hit = R.SAFETY.search(text)
        role = R.ROLE.search(text, 0, hit.start()) if hit else None
        if role and JOINED_TO_ROLE.fullmatch(text, role.end(), hit.start()):
            hit = None                      # "the components of the primary end point and safety were assessed": no role
        if hit and not AIM_BEFORE.search(text, max(0, hit.start() - 60), hit.start()) \
                and text.rfind("(", 0, hit.start()) <= text.rfind(")", 0, hit.start()):   # not "(the primary safety outcome)"
            label = "safety and tolerability" if "toler" in hit.group().lower() or "and" in hit.group() else hit.group().lower()
            start = ctx.sentences[i].start + hit.start()
            found = [Mention(hit.group(), start, start + len(hit.group()), "measure", label)]
    elsewhere = {m.label for m in found if not at_baseline(text, (m.start - start, m.end - start))}
    found = [m for m in found if m.label not in elsewhere or not at_baseline(text, (m.start - start, m.end - start))]
    #                                   (the measure's result, not its baseline: "from a baseline weight of 110 kg, ...
    out, seen = [], set()             # a weight loss of 20%")
    for m in found:
        # one measure once, whether by its name or its abbreviation ("Acme Rating Scale (ARS)"); a measure in
        # brackets right after another defines it ("functional independence (ARS 0 to 2)"): it is not one of its own
        if m.label in seen or m.text in seen or (out and R.OPENS.fullmatch(text, out[-1].end - start, m.start - start)):
            continue
        if out and defined_inside([replace(out[-1], start=out[-1].start - start, end=out[-1].end - start)],
                                  replace(m, start=m.start - start, end=m.end - start), text):
            continue                        # "progression (a 1-point Acme Scale increase)": a part of its definition
        seen.update((m.label, m.text))
        out.append(m)
    return out


def defined_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the sentence that define a measure named before them: a bracket's, where the definition opens
    inside one ("A (defined as ...) and B (defined as ...)"), else the rest of the sentence.

    >>> t = "The end points were zeta remission (defined as a score below 10) and beta response (defined as a drop)."
    >>> [t[a:b] for a, b in defined_spans(t)]
    ['defined as a score below 10', 'defined as a drop']
    >>> t = "Zeta survival, defined as the time to beta death, was longer."
    >>> [t[a:b] for a, b in defined_spans(t)]
    ['defined as the time to beta death, was longer.']
    """
    out, pos = [], 0
    while (hit := cues.OUTCOME_DEFINITION.search(text, pos)) is not None:
        opened = text.rfind("(", pos, hit.start())    # (from the last bracket closed: each character read once or so)
        if opened < 0 or text.rfind(")", opened, hit.start()) >= 0 or (close := text.find(")", hit.end())) < 0:
            out.append((hit.start(), len(text)))
            break
        out.append((hit.start(), close))
        pos = close + 1
    return out


def timepoints(text: str) -> list[tuple[int, str]]:
    """(offset, ISO duration) of each duration the sentence gives as a point in time ("at week 24", "after 12 months")."""
    out = []
    for d in find_durations(text):
        before = max(0, d.start - R.BEFORE)
        if R.PER.search(text, before, d.start) or R.AGE_BEFORE.search(text, before, d.start) or R.AGE_AFTER.match(text, d.end) \
                or R.WINDOW_AFTER.match(text, d.end) or R.EXCEPT_AT.search(text, before, d.start):
            continue                        # ("16 to 40 years of age": an age; "the 3-month mean": a window; "higher
            #                                 throughout except at month 2": the time the result does not hold; not times)
        if R.TIMEPOINT_BEFORE.search(text, before, d.start):
            out.append((d.start, d.iso))
    return out


def sentence_timepoint(text: str) -> str | None:
    """The first duration the sentence gives as a point in time."""
    found = timepoints(text)
    return found[0][1] if found else None


def measure_timepoints(text: str, measures: list[Mention], spans: dict, timepoint: str | None) -> dict[str, str | None]:
    """Per measure label, its timepoint: with one measure, the sentence's; with several, the first duration after
    it and before the next measure ("A at week 12, B at week 24"), or the one before "the same period"."""
    if len(measures) == 1:
        return {measures[0].label: timepoint}
    found = timepoints(text)
    # "At 12 months, A was 70% and B 50%": a timepoint before every measure is each one's
    leading = [iso for pos, iso in found if pos < spans[measures[0].label][0]]
    out = {}
    for k, m in enumerate(measures):
        start = spans[m.label][0]
        end = spans[measures[k + 1].label][0] if k + 1 < len(measures) else len(text)
        own = [iso for pos, iso in found if start <= pos < end]
        same = R.SAME_PERIOD.search(text, start, end)
        earlier = [iso for pos, iso in found if pos < start]
        out[m.label] = own[0] if own else (earlier[-1] if same and earlier else leading[0] if leading else None)
    return out


def continues(ctx, i: int, text: str) -> bool:
    """Does a sentence that names no measure go on about the last one? Only with result words, and no disease named
    before its numbers (an adverse event's rates are not the outcome's)."""
    digit = R.FIRST_DIGIT.search(text)
    first = ctx.sentences[i].start + (digit.start() if digit else len(text))
    if any(m.start < first for m in ctx.of_kind(i, "disease", "phenotype")):
        return False                         # "Headache occurred in 5% ...": an event's rate
    if len(R.P_VALUE.findall(text)) > 1 and R.VS.search(text):
        return False                         # "faster X (1.5 vs 2.0, p<0.001) and shorter Y (..., p=0.03)": its own
    if "%" in text and R.OWN_EVENT.search(text):
        return False                         # "45% of patients on XY-123 achieved remission": its own measure
    return any(p.search(text) for p in R.CONTINUES)


# a sentence that opens on the quantity its numbers are for: "The incidence of discontinuation due to adverse events
# was ...", "no difference between groups in the rate of relapse (...", "The mean duration of motor block was ..."
OWN_QUANTITY = rx.compile(r"""(?=[dfinprs])\b(?:incidence|rate|proportion|percentage|number|frequency|share|difference(?:\s+between
    \s+(?:the\s+)?(?:two\s+)?(?:groups|arms))?\s+in\s+(?:the\s+)?(?:rate|proportion|incidence|number)|difference(?:\s+between\s+(?:the
    \s+)?(?:two\s+)?(?:groups|arms))?\s+in)\s+(?:of\s+)?+(?!(?:the\s+)?(?:patients|participants|subjects|people|those)\b)(?P<x>(?:[a-z][\w-]{1,30}\s+){0,5}?[a-z][\w-]{2,30})\s*+(?:\(|was|were|in\b|at\b|with\b)""",
                           re.I | re.X)
OPENING_SUBJECT = re.compile(r"^\s{0,3}(?:[Tt]he\s+)?(?:(?i:mean|median|average|total|overall)\s+)?"
                             r"(?P<x>(?:[a-z]|[A-Z](?=[a-z]{2,30}[\s-]))[\w-]{1,30}(?:\s[a-z][\w-]{1,30}){0,5}?)\s+"
                             r"(?:was|were|occurred)\b")
QUANTITY_FILLER = frozenset("""the a an of in to due for with patients participants subjects who mean median average total
    overall""".split())
# an opening subject that points back at the measure just named: "The difference (between the groups) was ...",
# "Scores were ..."
POINTERS = frozenset("""difference differences change changes score scores result results effect effects benefit reduction
    improvement increase decrease rate rates value values level levels it this p p-value p-values hazard odds ratio
    estimate interval""".split())


def opens_on_therapy(ctx, i: int) -> bool:
    """Does sentence ``i`` open on a therapy's name ("Nifedipine was superior ...")?"""
    s = ctx.sentences[i]
    lead = len(s.text) - len(s.text.lstrip())
    return any(m.start - s.start <= lead + 4 for m in ctx.of_kind(i, "drug", "therapy"))


def names_another_quantity(text: str, label: str, therapy_first: bool = False) -> bool:
    """Does a sentence without a known measure name its own quantity, one with a word that ``label`` (the measure the
    sentence before spoke of) lacks? Then its numbers are not that measure's.

    >>> names_another_quantity("The incidence of discontinuation due to adverse events was 9% with XY and 4% with placebo.",
    ...                        "Zeta Pain Inventory")
    True
    >>> names_another_quantity("The mean duration of motor block was also shorter with XY (131 vs 168 min).",
    ...                        "total duration of sensory block")
    True
    >>> names_another_quantity("The proportion of zeta responders was 40% with XY.", "zeta response")
    False
    >>> names_another_quantity("The difference was significant (p=0.01).", "zeta score")
    False
    >>> names_another_quantity("A significant proportion of patients on XY had more regrowth (p=0.01).", "Zeta score")
    False
    >>> names_another_quantity("Relapse during the first year occurred in 6% of A and 14% of B (P=0.21).", "zeta clearance")
    True
    """
    digit = R.FIRST_DIGIT.search(text)
    own = OWN_QUANTITY.search(text, 0, digit.start() if digit else len(text)) or \
        (None if therapy_first else OPENING_SUBJECT.match(text))
    if own is None or (digit and own.start("x") > digit.start()):
        return False
    words = [w for w in own.group("x").lower().split() if w not in QUANTITY_FILLER]
    if not words or POINTERS.intersection(words):
        return False                    # ("the difference between the groups was ...": the measure named before)
    stems = {w[:5] for w in re.findall(r"[a-z]{3,}", label.lower())}
    return any(w[:5] not in stems for w in words if len(w) >= 3)


# --- numbers ----------------------------------------------------------------------------------------------------

def owner(measures: list[Mention], spans: dict, pos: int) -> Mention:
    """The measure a number at ``pos`` belongs to: the last named before it, else the first."""
    before = [m for m in measures if spans[m.label][0] <= pos]
    return before[-1] if before else measures[0]


def nearest(measures: list[Mention], spans: dict, pos: int) -> Mention:
    return min(measures, key=lambda m: abs(spans[m.label][0] - pos))


def read_numbers(ctx, i, text, trial, measures, spans, timepoint, frames: Frames, arm_pairs: dict) -> None:
    """Give the sentence's numbers to its measures' frames."""
    one = len(measures) == 1
    times = measure_timepoints(text, measures, spans, timepoint)
    verdicts = R.find_verdicts(text)
    per_arm = set()                               # measures whose per-arm numbers this sentence gave
    runs = read_respective(ctx, i, text, trial, measures, spans, times, frames, per_arm) \
        if len(measures) >= 2 and "respectively" in text else []
    if R.FIRST_DIGIT.search(text):
        effects, p_values = R.find_effects(text), R.find_p_values(text)
        comparisons = R.find_comparisons(text, [(e.start, e.end) for e in effects] + [(p.start, p.end) for p in p_values]
                                         + runs)
    else:
        effects, p_values, comparisons = [], [], []
    whole, said = trial, None                     # (the arms the sentence's last comparison named)
    for k, c in enumerate(comparisons):
        trial = labelled_trial(ctx, i, text, c, comparisons[k + 1].start if k + 1 < len(comparisons) else len(text)) \
            or whole
        m = owner(measures, spans, c.start)
        # (the arms compared before: this trial's, else, for trials named together, those this sentence compared)
        # (or, for values given "respectively" with no arm at all, the arms the text compared last: "The results were
        # similar in ZETA II, with rates of 0.09 and 0.18, respectively")
        before = arm_pairs.get(trial.key) or (said if len(ctx.clauses[i]) > 1 else None) or \
            (arm_pairs.get(LAST_PAIR) if c.respectively and not any(n.arm for n in c.numbers) else None)
        labels = comparison_arms(ctx, i, text, c, before)
        if labels is None:
            continue
        said = labels
        if any(n.arm for n in c.numbers):
            arm_pairs[LAST_PAIR] = labels
        if all(n.arm for n in c.numbers):
            arm_pairs[trial.key] = labels
        change = R.CHANGE_WORD.search(text, max(0, spans[m.label][0]), c.start) is not None
        # ("showed improvement in overall survival, with a median of 15.1 vs 11.6 months": a time is a level, not a change)
        sign = change_sign(text, *spans[m.label], m.label) if not change and not R.TIME_MEASURE.search(m.label) else 0
        for n, arm in zip(c.numbers, labels):
            frame = frames.get(trial, m, arm, i)
            if times[m.label] and read_before(frame, i) and frame.values.get("timepoint") != times[m.label]:
                frame = frames.get(trial, m, arm, i, period=times[m.label])    # the arm's number at another time
            if sign and n.kind != "change" and n.value > 0:    # "the mean decline in X was 4.5 in A vs 5.8 in B"
                frame.set("change", sign * n.value, i)
                frame.set("direction", "decreased" if sign < 0 else "increased", i)
            elif n.kind == "change" or change:
                frame.set("change", n.value, i)
                frame.set("direction", R.DIRECTION_OF.get(n.verb or ""), i)
            elif at_baseline(text, spans[m.label]):
                frame.set("baseline", n.value, i)       # "mean baseline X was 8.2 in A and 8.0 in B"
                continue
            else:
                frame.set("value", n.value, i)
            frame.set("timepoint", times[m.label], i)
        per_arm.add(m.label)
    trial = whole
    if one and not per_arm:
        m = measures[0]
        ordered = ordered_values(ctx, i, text, spans[m.label], effects, p_values)
        # (a change where a word says so beside a number or before the measure, or "change" is named before the first)
        sign = change_sign(text, *spans[m.label], m.label) if ordered and not R.TIME_MEASURE.search(m.label) else 0
        if not sign and ordered and ordered[0].sign and {v.sign for v in ordered[1:]} <= {0, ordered[0].sign} \
                and not any(text[v.start] in "-−+" for v in ordered):
            sign = ordered[0].sign          # "X declined by 6.0 in A versus 9.5 in B": the verb governs both
        change = sign or any(v.changed for v in ordered) or (ordered and R.CHANGE_WORD.search(text, 0, ordered[0].start))
        for v in ordered:
            frame = frames.get(trial, m, v.arm, i)
            if times[m.label] and read_before(frame, i) and frame.values.get("timepoint") != times[m.label]:
                frame = frames.get(trial, m, v.arm, i, period=times[m.label])    # the arm's number at another time
            per_arm.add(m.label)
            if not change and at_baseline(text, spans[m.label]):
                frame.set("baseline", v.value, i)
                continue
            frame.set("change" if change else "value", sign * abs(v.value) if sign and not v.sign else v.value, i)
            frame.set("timepoint", times[m.label], i)
    if not per_arm and one:
        for arm, b, v in arm_from_to(ctx, i, text, spans[measures[0].label]):
            frame = frames.get(trial, measures[0], arm, i)
            frame.set("baseline", b, i)
            frame.set("value", v, i)
            frame.set("direction", "increased" if v > b else "decreased" if v < b else "unchanged", i)
            frame.set("timepoint", times[measures[0].label], i)
            per_arm.add(measures[0].label)
    if not per_arm and one:
        for arm, value in old_arm_changes(ctx, i, text, [(e.start, e.end) for e in effects]):
            frame = frames.get(trial, measures[0], arm, i)
            frame.set("change", value, i)
            frame.set("timepoint", timepoint, i)
            per_arm.add(measures[0].label)
    # within one arm ("In the low-dose group, the score went from A to B (p=...)"): the sentence's numbers are its
    arm = None if per_arm or comparisons else in_group_arm(ctx, i, text)
    # "A and B ..., with differences of 0.6 (CI ...) and 0.4 (CI ...), respectively": one estimate per measure, in order
    paired = len(effects) == len(measures) >= 2 and not any(e.arm for e in effects) and \
        R.RESPECTIVELY.search(text, effects[-1].end, min(len(text), effects[-1].end + 25)) is not None and \
        max(spans[m.label][0] for m in measures) < effects[0].start
    for k, e in enumerate(effects):
        m = measures[k] if paired else owner(measures, spans, e.start)
        frame = frames.get(clause_trial(ctx, i, e.start) or trial, m, arm_label(ctx, i, e.arm) if e.arm else arm, i)
        if "effect" in frame.values and frame.values["effect"] != e.value:
            continue                        # another comparison's estimate: its interval is not the first one's
        frame.set("effectMeasure", e.measure, i)
        frame.set("effect", e.value, i)
        frame.set("ciLow", e.ci_low, i)
        frame.set("ciHigh", e.ci_high, i)
        if not e.arm:                       # an arm's difference from control: the timepoint is the outcome's
            frame.set("timepoint", times[m.label], i)
    for m, ps in group_by_owner(p_values, measures, spans).items():
        frame = frames.get(trial, m, arm, i)
        sig = {p.significant for p in ps}
        if len(sig) == 1 and None not in sig:
            frame.set("significant", sig.pop(), i)
        exact_ps = {p.value for p in ps if not p.bound}
        if len(exact_ps) == 1 and len(ps) == 1:
            frame.set("pValue", exact_ps.pop(), i)
    for v in verdicts:
        first = min(spans[x.label][0] for x in measures)
        last = max(spans[x.label][1] for x in measures)
        if not one and v.end <= first and (R.EVERY.search(text, v.start, first) or (
                first - v.end <= 120 and len(listed_run(text, measures, spans)) == len(measures))):
            # "beat placebo on every key secondary goal: A, B and C"; "significant improvements in A, B and C"
            for m in measures:
                frames.get(trial, m, arm, i).set("significant", v.significant, i)
            continue
        if not one and 0 <= v.start - last <= 60 and len(listed_run(text, measures, spans)) == len(measures):
            for m in measures:               # "A, B, and C did not differ significantly": each of them
                frames.get(trial, m, arm, i).set("significant", v.significant, i)
            continue
        m = measures[0] if one else nearest(measures, spans, v.start)
        frames.get(trial, m, arm, i).set("significant", v.significant, i)
    for m in measures:                      # every measure named is an outcome, at its timepoint
        frames.get(trial, m, arm if one else None, i).set("timepoint", times[m.label], i)
    if one and not per_arm:
        frame = frames.get(trial, measures[0], arm, i)
        for predicate, value in old_values(text, spans[measures[0].label]).items():
            frame.set(predicate, value, i)
        if timepoint and (frame.values or not comparisons):
            frame.set("timepoint", times[measures[0].label], i)
    for k, m in enumerate(measures):        # "the response rate was 42%": one value for a measure with no arms
        if m.label in per_arm or not spans[m.label][1]:
            continue
        end = min([spans[x.label][0] for x in measures if spans[x.label][0] > spans[m.label][0]] + [len(text)])
        begin = max([spans[x.label][1] for x in measures if spans[x.label][1] <= spans[m.label][0]] + [0])
        single = R.single_value(text, spans[m.label][1], end)
        value = single.value if single and (single.unit == "%" or (single.unit == "month" and
                                                                   R.TIME_MEASURE.search(m.label))) and \
            not any(single.start <= c.start < single.end + 2 for c in comparisons) and \
            not change_sign(text, spans[m.label][0]) and not COMPARED_AFTER.match(text, single.end) else None
        before = R.VALUE_BEFORE.search(text, begin, spans[m.label][0]) or \
            R.COUNT_BEFORE.search(text, begin, spans[m.label][0]) or \
            (R.RATE_BEFORE.search(text, begin, spans[m.label][0]) if R.RATE_MEASURE.search(m.label) else None)
        if value is None and before and not any(c.start <= before.start("v") < c.end for c in comparisons) \
                and not any(before.start() <= a < before.end() for a, _, _ in sentence_arms(ctx, i, text) or ()):
            value = exact(before.group("v"))    # (not "31% of placebo patients achieved X": one arm's share)
        if value is not None and single and m.label in R.ESTIMATE_MEASURES:
            frame = frames.get(trial, m, None, i)    # "vaccine efficacy was 84% (95% CI, 70 to 92)": an estimate of
            interval = R.interval_after(text, single.end)   # no ratio the vocabulary names: the outcome's value
            frame.set("value", value, i)
            frame.set("ciLow", interval[0] if interval else None, i)
            frame.set("ciHigh", interval[1] if interval else None, i)
            frame.set("timepoint", times[m.label], i)
            continue
        if value is not None:
            frame = frames.get(trial, m, None, i)
            if BASELINE_NAMED.search(text, max(0, spans[m.label][0] - 16), spans[m.label][0]):
                frame.set("baseline", value, i)      # "from a mean baseline ZbA1c of 7.9%": where patients started
                continue
            frame.set("value", value, i)
            frame.set("timepoint", times[m.label], i)


LAST_PAIR = ""          # arm_pairs' key for the arms the document compared last, whichever trial's


def read_respective(ctx, i, text, trial, measures, spans, times, frames: Frames, per_arm: set) -> list[tuple[int, int]]:
    """Values given in the order of the measures named before them ("A, B and C were 12.3 months, 6.4 months and 31%,
    respectively, for patients in the XY arm"): one per measure, for the arm named after them or the trial as a whole.
    Where the sentence names as many measures as each run has values; the spans of the runs read are returned."""
    read = []
    for run in respective_values(text):
        named = [m for m in measures if spans[m.label][1] <= run.start]
        # (an arm named by its own words: "for patients in the PC arm")
        arm = (arm_label(ctx, i, run.arm) or strategy_group(f"the {run.arm} arm")) if run.arm else None
        if len(named) != len(run.values) or len(named) != len(measures) or (run.arm and arm is None):
            continue
        for m, value in zip(named, run.values):
            frame = frames.get(trial, m, arm, i)
            frame.set("value", value, i)
            frame.set("timepoint", times[m.label], i)
            per_arm.add(m.label)
        read.append((run.start, run.end))
    return read


def clause_trial(ctx, i: int, at: int):
    """The trial of the clause of sentence ``i`` holding offset ``at``, where the sentence names several trials."""
    if len(ctx.clauses[i]) < 2:
        return None
    return ctx.trial_entity_at(i, ctx.sentences[i].start + at)


def labelled_trial(ctx, i: int, text: str, c: R.Comparison, stop: int):
    """The trial a comparison's numbers are given for: the one named just after them ("44% vs. 27% in ZETA I, and 55%
    vs. 31% in ZETA II"), else the one of the clause they are in; None where the sentence names one trial."""
    if len(ctx.clauses[i]) < 2:
        return None
    lead = text[max(0, c.start - 60):c.start].rstrip()
    for k, t in enumerate(ctx.trials):      # "(in ZETA I, 44% vs. 27%; in ZETA II, 55% vs. 31%)": the label before
        for w in (t.name, *t.ids):
            if w and lead.endswith((f"in {w},", f"in {w}:")):
                return ctx.trial_entities[k]
    named = [(at, k) for k, t in enumerate(ctx.trials) for w in (t.name, *t.ids) if w
             for at in (label_at(text, w, c.start, stop),) if at is not None]
    if named:
        return ctx.trial_entities[min(named)[1]]
    return clause_trial(ctx, i, c.start)


def label_at(text: str, name: str, start: int, stop: int) -> int | None:
    """Where ``name`` is set as a label ("in ZETA I") between ``start`` and ``stop``, as a whole word, else None.

    >>> label_at("44% vs 27% in ZETA II", "ZETA I", 0, 21), label_at("44% vs 27% in ZETA II", "ZETA II", 0, 21)
    (None, 14)
    """
    at = text.find(name, start, stop)
    while at >= 0:
        after = text[at + len(name):at + len(name) + 1]
        if not (after.isalnum() or after == "-") and LABEL_BEFORE.search(text, max(0, at - 8), at):
            return at
        at = text.find(name, at + 1, stop)
    return None


# the word that sets a trial's name after the numbers given for it: "... 44% vs. 27% | in | ZETA I"
LABEL_BEFORE = re.compile(r"\b(?:in|for)\s(?:the\s)?$")


# "baseline" just before a measure's name: its number is where patients started
BASELINE_NAMED = re.compile(r"(?<!from\s)(?<!in\s)\bbaseline\s$", re.I)   # (not "change from baseline X")
# ... or "at baseline" just after it ("X at baseline was 8.1 in A and 8.0 in B")
BASELINE_AFTER = re.compile(r"\s(?:at|from)\sbaseline\b(?!\sto\b)", re.I)


def at_baseline(text: str, span: tuple[int, int]) -> bool:
    """Is the measure at ``span`` named as where patients started ("the mean baseline X", "X at baseline")?

    >>> at_baseline("The mean baseline ZRS was 8.2 in A", (18, 21)), at_baseline("ZRS at baseline was 8", (0, 3))
    (True, True)
    """
    return bool(BASELINE_NAMED.search(text, max(0, span[0] - 16), span[0]) or BASELINE_AFTER.match(text, span[1]))


def read_before(frame: Frame, i: int) -> bool:
    """Has an earlier sentence than ``i`` given the frame its number?"""
    return any(frame.sentence.get(p, i) < i for p in ("value", "change"))


def group_by_owner(items, measures, spans) -> dict:
    out: dict = {}
    for x in items:
        out.setdefault(owner(measures, spans, x.start), []).append(x)
    return out


# --- arms -------------------------------------------------------------------------------------------------------

def change_sign(text: str, at: int, end: int | None = None, label: str = "") -> int:
    """-1 or 1 when a change's direction is named just before the measure at ``at`` ("the mean decline in"), or ends
    the measure's own words at ``[at, end)`` where its label does not ("a weight loss of": body weight), else 0."""
    last = text[at:end].rsplit(" ", 1)[-1].lower() if end is not None else ""
    if last and re.fullmatch(R.FALLING_NOUN, last) and last not in label.lower():
        return -1
    if at <= 0:
        return 0
    m = R.CHANGE_NOUN_BEFORE.search(text, max(0, at - 40), at)
    if m is None:
        return 0
    if m.group("verb"):
        return 1 if m.group("verb").lower() in ("raising", "increasing") else -1
    noun = m.group("noun").lower()
    return -1 if noun in R.NEGATIVE_VERBS or noun[:-1] in R.NEGATIVE_VERBS else 1


def comparison_arms(ctx, i, text, c: R.Comparison, previous: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The arm label of each number of a comparison: as the text names them, else the previous comparison's arms."""
    labels = [arm_label(ctx, i, n.arm, n.arm_start) if n.arm else None for n in c.numbers]
    if all(labels) and len(set(labels)) == len(labels):
        return tuple(labels)
    if len(labels) == 2 and not labels[1] and c.numbers[1].arm and (group := strategy_group(c.numbers[1].arm)):
        labels[1] = group                    # "... versus 12% in the usual-care group": a group named by what it got
    named = arms_named_before(ctx, i, text, c.start) if len(labels) == 2 else []
    if not any(labels) and len(named) == 2:
        return tuple(named)                  # "lower in the XY-123 versus placebo arms (11% vs 21%)"
    if not any(n.arm for n in c.numbers) and previous and len(previous) == len(labels):
        return previous
    if not any(n.arm for n in c.numbers) and len(labels) == 2 and not named and (earlier := compared_before(ctx, i)):
        return earlier                       # "X compared to placebo ... [median ZFS 10.2 v. 7.6 months]": as before
    if len(labels) >= 3 and not labels[0] and all(labels[1:]) and len(set(labels[1:])) == len(labels) - 1:
        # "XY 10 mg led to a loss of 20%, compared to 16% with XY 5 mg and 2% with placebo": the one other arm named
        # before the first number (and no other number: "33% of those on XY 10 mg reached a 25% loss, ...")
        lo = clause_start(text, c.start)
        before = [(a, b) for a, b, label in arm_spans(ctx, i, text, lo, c.start) if label not in labels[1:]]
        a, b = before[0] if len(before) == 1 else (lo, lo)
        b = dose.end() if (dose := DOSE_AFTER.match(text, b)) else b
        if len(before) == 1 and not R.FIRST_NUMBER.search(text, max(lo, text.rfind(", ", lo, a)), a) \
                and not R.FIRST_NUMBER.search(text, b, c.start):
            return arm_label(ctx, i, text[a:b], a), *labels[1:]
    others = [a for a in named if a != labels[-1]]
    if not labels[0] and labels[-1] and len(others) == 1:
        return others[0], labels[-1]         # "XY-123 gave a median of 17 months versus 10 months on placebo"
    if labels[0] and not labels[-1] and len(labels) == 2 and previous and previous[0] == labels[0]:
        return previous                      # "9.3 months with XY-123 vs 5.1 months": the second arm as before
    lead = R.LEAD_ARM.match(text) or R.SUBJECT_ARM.match(text) if len(labels) == 2 and not labels[0] and labels[1] else None
    if lead and (len(lead.group("arm").split()) > 4 or R.NOT_LEAD_ARM.search(lead.group("arm"))):
        lead = None                          # "In patients previously treated with XY-123, ...": a population
    if lead and lead.end() <= c.start and not R.FIRST_NUMBER.search(text, lead.end(), c.start):
        # "For the 125 mg dose, X was 12 hours, against 15 hours on placebo" (the arm's number is the first after it)
        first = arm_label(ctx, i, lead.group("arm"), lead.start("arm"))
        if first is None and labels[1] and strategy_group(c.numbers[1].arm or ""):
            first = strategy_group(lead.group("arm"))  # "In the early group, 13% ... versus 12% in the usual-care group"
        if first and first != labels[1]:
            return first, labels[1]
    if len(labels) == 2 and not labels[0] and labels[1]:
        # "24% of patients responded to XY-123, compared with 3% of those on placebo": the one therapy named between
        lo, hi = ctx.sentences[i].start + c.numbers[0].end, ctx.sentences[i].start + c.numbers[1].start
        between = {m.label for m in ctx.of_kind(i, "drug", "therapy") if lo <= m.start < hi}
        if len(between) == 1 and labels[1] not in between:
            return between.pop(), labels[1]
    inner = R.INNER_ARM.search(text, max(0, c.start - 80), c.start) if len(labels) == 2 and not labels[0] and labels[1] else None
    if inner:                                # "the reduction in the XY arm was 30% versus 27% in the control arm"
        group = "given" if inner.group("given") else "arm"
        words = inner.group(group)
        first = arm_label(ctx, i, words, inner.start(group)) or (words if NAME_LIKE.fullmatch(words) else None)
        if first and first != labels[1]:
            return first, labels[1]
    if not any(labels) and len(labels) == 2 and len(named) == 1 \
            and (hit := COMPARATIVE_ARM.search(text, max(0, c.start - 90), c.start)) and " than " not in hit.group():
        control = document_control(ctx)       # "lower in the XY-123 group (12% vs 25%)": the trial's one control second
        #                                       (not where "than" names the other: "higher in group A than group B (")
        if control and control != named[0]:
            return named[0], control
    if not any(labels) and len(labels) == 2 and not named and (pair := labelled_pair(ctx)) \
            and (hit := COMPARATIVE_ARM.search(text, max(0, c.start - 90), c.start)):
        groups = [g for _, _, g in A.named_groups(hit.group()) if g in pair]
        if len(groups) == 1:                  # "lower in the ZL group (...)": the other group the text labels second
            return groups[0], pair[1] if groups[0] == pair[0] else pair[0]
    if not any(labels) and len(labels) == 2 and not named \
            and (c.respectively or VERSUS_ONLY.fullmatch(text, c.numbers[0].end, c.numbers[1].start)) \
            and not ORDINAL_BEFORE.search(text, max(0, c.numbers[0].start - 8), c.numbers[0].start) \
            and not GROUP_NAMED_BEFORE.search(text, 0, c.start) and (pair := sole_pair(ctx)):
        return pair                           # "The response rate was 45% versus 20%" ("45% and 20%, respectively")
    if len(labels) == 2 and not labels[0] and labels[1] and not named \
            and VERSUS_UNIT.fullmatch(text, c.numbers[0].end, c.numbers[1].start) \
            and not GROUP_NAMED_BEFORE.search(text, 0, c.start) and (pair := sole_pair(ctx)) and pair[1] == labels[1] \
            and not any(m.start < ctx.sentences[i].start + c.start for m in ctx.of_kind(i, "drug", "therapy")):
        return pair                           # "Median OS was 13.4 months versus 10.6 months with placebo" (not "In
        #                                       those treated with XY-123 before, ...": who the patients are)
    return None


# between the two numbers of a pair whose second names the control: "13.4 | months versus | 10.6 months with placebo"
VERSUS_UNIT = re.compile(r"(?<!\s)\s*+(?:%|[a-z]{1,8})?\s*+(?:vs\.?|versus)\s++", re.I)


# a dose right after a therapy's name: "XY-123 | 10 mg"
DOSE_AFTER = re.compile(rf"\s?\d{{1,5}}(?:\.\d{{1,3}})?[\s-]?{cues.DOSE_UNIT}\b")


# a group the sentence names before a pair of numbers ("higher in group ZA than group ZB (60% vs 24%)"): the pair is
# those groups', not the trial's therapy and control
GROUP_NAMED_BEFORE = re.compile(r"\b(?:groups?|arms?|cohorts?)\b", re.I)


# what stands between the two numbers of a pair that names no arm: "45% | versus | 20%", "12.1 | vs. | 8.3"
VERSUS_ONLY = re.compile(r"(?<!\s)\s*+%?\s*+(?:vs\.?|versus)\s++", re.I)


# one arm said better or worse than the other, the pair's numbers in brackets right after: "was lower in the XY-123
# group (| 12% vs 25%", "was longer with XY-123 (median | 12.1 vs 8.3 months"
COMPARATIVE_ARM = re.compile(rf"\b{cues.COMPARATIVES}"
                             r"\s(?:[\w-]+\s){0,3}?(?:with|in|among|for|on)\s[^().;]{1,50}\(\s?(?:(?:mean|median)\s)?$", re.I)


# a comparison of two arms in words: "... XY-123 compared to placebo", "XY-123 versus AB-7"
COMPARED = rx.compile(cues.VERSUS, re.I)
LOOK_BACK = 4           # sentences before a bare pair of numbers searched for the two arms it compares


def compared_before(ctx, i: int) -> tuple[str, str] | None:
    """The two arms the trial's last sentences set against each other ("XY-123 ... compared to placebo"), in that
    order, for a pair of numbers that names no arm; None when the nearest such sentence names other than two."""
    trial = ctx.trial_entity(i)
    for j in range(i - 1, max(-1, i - 1 - LOOK_BACK), -1):
        text = ctx.sentences[j].text
        if ctx.trial_entity(j) != trial:
            return None
        versus = COMPARED.search(text)
        if versus is None:
            continue
        arms = arms_named_before(ctx, j, text, len(text))
        return (arms[0], arms[1]) if len(arms) == 2 else None
    return None


# a group named in words ("the oral switch group"), its name without article and group word
GROUP_NAMED = re.compile(r"(?<![\w-])(?:the\s++)?(?P<g>[A-Za-z][\w-]*+(?:\s[A-Za-z][\w-]*+){0,2}?)\s++(?:group|arm)$", re.I)
# words that make such a group a part of the population, not an arm ("the older group", "the women's group")
POPULATION_GROUP = re.compile(rf"\b{cues.POPULATION_WORDS}\b", re.I)


def strategy_group(words: str) -> str | None:
    """The name of an arm given as a group named by what it received ("the oral switch group": "oral switch"), or
    None for other words or a part of the population ("the older group")."""
    m = GROUP_NAMED.fullmatch(words.strip())
    if m is None or POPULATION_GROUP.search(m.group("g")) or any(ch.isdigit() for ch in m.group("g")):
        return None
    return plain_arm(m.group("g"))
# a number set against another just after it ("of 14%, compared with an increase of 2% with placebo"): one arm's,
# not the measure's value
COMPARED_AFTER = re.compile(r"[^.;()]{0,30}?\b(?:compared|versus|vs\.?|against)\b", re.I)
# a study's whole aim, not an endpoint: "The primary objective was to evaluate the efficacy and | safety of XY-123" (a
# goal of safety alone is its primary outcome: "The main goal was to assess the treatment's safety and tolerability")
AIM_BEFORE = re.compile(r"\befficacy\s+and\s+$", re.I)
# what joins a word to a role phrase as another item beside it, not what the role is: "the primary end point | and |
# safety"
JOINED_TO_ROLE = re.compile(r"(?<!\s)\s*+(?:,\s*+)?(?:and|or|as\s+well\s+as)\s++")
# an arm named only as the one treated ("the treatment arm", "the active group", "those on study drug")
ACTIVE_ARM = re.compile(rf"(?:the\s+)?{ACTIVE_WORDS}(?:\s+(?:arm|group|cohort))?", re.I)
# an arm named by a product's name alone ("the XY-12 arm"), which the lexicon need not know
NAME_LIKE = re.compile(r"[A-Z][A-Za-z]*[A-Z\d][\w-]{0,20}")


def arm_label(ctx, i: int, words: str, start: int | None = None) -> str | None:
    """The arm a phrase names: a therapy it mentions (its label, with the dose when the phrase gives one: "XY-123
    125 mg"), a dose alone ("on 5 mg": "5 mg"), a control or dose group, else None."""
    sentence = ctx.sentences[i]
    dose = R.DOSE_IN.search(words)
    with_dose = (lambda label: f"{label} {dose.group('amount')} {dose.group('unit')}") if dose else (lambda label: label)
    if start is not None:
        lo, hi = sentence.start + start, sentence.start + start + len(words)
        control = next((m for m in ctx.of_kind(i, "term") if lo <= m.start < hi and R.ARM_WORDS.fullmatch(m.label)), None)
        if control and any(lo <= m.start < control.start for m in ctx.of_kind(i, "drug", "therapy")):
            control = None              # "XY-123 plus chemotherapy": the arm of the drug it adds to
        placebo = cues.PLACEBO.search(words)
        if control or placebo:          # "PBO + AB", "placebo plus chemotherapy": the control arm, whatever it adds
            return placebo.group().lower() if placebo else control.label.lower()
        for kinds in (("drug", "therapy"), ("term",)):
            for m in ctx.of_kind(i, *kinds):
                if lo <= m.start < hi:
                    if kinds[0] != "drug":
                        return m.label
                    other = given_with(ctx, i, m)       # "the XY-123 plus AB-7 arm": one arm of both
                    return f"{m.label} plus {other}" if other else with_dose(m.label)
    else:
        for m in ctx.of_kind(i, "drug", "therapy"):
            if m.text.lower() in words.lower():
                return with_dose(m.label)
    alone = R.dose_arm(words)
    if alone:                                # "in the 100 mg group": the document's therapy at that dose
        return f"{ctx.main_therapy} {alone}" if ctx.main_therapy and alone[0].isdigit() else alone
    if ctx.main_therapy and ACTIVE_ARM.fullmatch(words.strip()):
        return ctx.main_therapy              # "the treatment arm": the arm given the document's therapy
    hit = cues.PLACEBO.search(words) or R.ARM_WORDS.search(words)      # "chemotherapy plus placebo": placebo's arm
    if hit:
        return re.sub(r"[-\s]+", " ", hit.group().lower())
    return None


def in_group_arm(ctx, i: int, text: str) -> str | None:
    """The arm of "in the low-dose group" when a sentence gives numbers for one arm."""
    groups = list(R.IN_GROUP.finditer(text))
    if len(groups) != 1:
        return None                          # two groups named: the numbers compare them
    m = groups[0]
    therapy = next((t.label for t in ctx.of_kind(i, "drug", "therapy") if t.text.lower() == m.group("g").lower()), None)
    if therapy:
        return therapy
    return plain_arm(m.group("g")) if is_arm_word(m.group("g"), {}) or R.ARM_WORDS.fullmatch(m.group("g")) else None


def plain_arm(text: str) -> str:
    """ "low-dose" -> "low dose", "early-start" -> "early start". """
    return re.sub(r"[-\s]+", " ", text.strip()).lower() if "-" in text or " " in text else text


def is_arm_word(word: str, therapies: dict) -> bool:
    """A therapy named in the sentence, placebo or sham, or a dose/start group word."""
    w = word.lower()
    return w in therapies or w in ("placebo", "sham", "control") or bool(R.DOSE_START_GROUP.fullmatch(w))


# how far after "from A to B" the arm it is given for may be named: "from 8.1 to 6.9 | in the XY-123 group"
ARM_AFTER_REACH = 45
# the preposition that opens that arm's phrase
ARM_AFTER_OPENS = re.compile(r"(?<!\w)(?:at\s\w+\s\d+\s)?(?:%\s)?(?:\w+\s)?(?:in|with|on|for|among)\s", re.I)


def arm_from_to(ctx, i: int, text: str, span: tuple[int, int]) -> list[tuple[str, Decimal, Decimal]]:
    """(arm, baseline, value) of each "from A to B" the sentence gives one arm at a time ("X fell from 8.1 to 6.9 in
    the XY-123 group and from 8.0 to 7.7 in the placebo group"); [] unless two or more, each for another arm."""
    runs = [m for m in R.FROM_TO.finditer(text) if near(m, span, FROM_TO_REACH)] if "from" in text else []
    if len(runs) < 2:
        return []
    out = []
    for k, m in enumerate(runs):
        stop = min(runs[k + 1].start() if k + 1 < len(runs) else len(text), m.end() + ARM_AFTER_REACH)
        opens = ARM_AFTER_OPENS.search(text, m.end(), stop)
        arms = arm_spans(ctx, i, text, opens.end(), stop) if opens else []
        if not arms or arms[0][0] - opens.end() > 12:
            return []
        out.append((arms[0][2], exact(m.group("b")), exact(m.group("v"))))
    return out if len({arm for arm, _, _ in out}) == len(out) else []


def old_arm_changes(ctx, i, text, taken=()):
    """Per-arm changes in the layouts where the arm comes first ("people on A lost 6 points, compared with 8 points
    for those on B") or each number names its arm ("6.0 points in the early-start group versus 9.5 points in ...")."""
    names = {t.label.lower(): t.label for t in ctx.of_kind(i, "drug", "therapy")}
    names.update({t.text.lower(): t.label for t in ctx.of_kind(i, "drug", "therapy")})
    signed_arms = [m for m in R.SIGNED_ARM.finditer(text) if is_arm_word(m.group("arm"), names)
                   and not any(a <= m.start() < b for a, b in taken)]      # an effect's number is no arm's change
    if len(signed_arms) >= 2:
        # "declined by 6.0 points in A versus 9.5 points in B": an unsigned number takes the verb's sign
        falling = R.FALLING_WORD.search(text, 0, signed_arms[0].start())
        for m in signed_arms:
            value = exact(m.group("n"))
            if falling and not re.match(r"[-+]", m.group("n")):
                value = -value
            yield names.get(m.group("arm").lower(), plain_arm(m.group("arm"))), value
        return
    arm_cues = list(R.ARM_CUE.finditer(text))
    changes = list(R.ARM_CHANGE.finditer(text))
    for m in changes:
        before = [c for c in arm_cues if c.start() < m.start()]
        after = [c for c in arm_cues if c.start() > m.end()]
        verb = m.group("verb").lower()
        cue = before[-1] if before and verb != "compared with" else (after[0] if after else None)
        if cue is None:
            continue
        label = plain_arm(cue.group("on") or cue.group("group") or cue.group("grp2"))
        if verb == "compared with":
            verb = changes[0].group("verb").lower()
        sign = -1 if verb.split()[0] in R.NEGATIVE_VERBS else 1
        yield names.get(label.lower(), label), sign * exact(m.group("n"))


# how far from its measure's name "from A to B" may be and still be its baseline and value: further away it is most
# often another quantity's range ("(levels from 400 to 1200 mg/dL) ... evaluating the safety of ...")
FROM_TO_REACH = 150


def near(m: re.Match, span: tuple[int, int], reach: int) -> bool:
    """Does match ``m`` lie within ``reach`` characters of ``span``?"""
    return m.start() - span[1] <= reach and span[0] - m.end() <= reach


def old_values(text: str, span: tuple[int, int] = (0, 0)) -> dict:
    """Baseline and value ("from 40 to 36", "(36 vs. 40 points)"), a change in points ("a mean 3 points lower").

    ``span``: where the measure is named in ``text`` ((0, 0): not in it, e.g. carried from the sentence before).
    """
    out = {}
    m = next((m for m in R.FROM_TO.finditer(text) if span == (0, 0) or near(m, span, FROM_TO_REACH)), None) \
        or (R.VS.search(text) if R.OVER_TIME.search(text) else None)
    if m:
        b, v = exact(m.group("b")), exact(m.group("v"))
        out["baseline"], out["value"] = b, v
        out["direction"] = "increased" if v > b else "decreased" if v < b else "unchanged"
    c = R.CHANGE.search(text)
    if c:
        value = R.number(c.group("n"))
        if value is not None:
            sign = -1 if c.group("dir").lower() in ("lower", "less") else 1
            out["change"] = sign * value
            out["direction"] = "decreased" if sign < 0 else "increased"
    return out
