"""Outcomes as frames: a measure with its role, timepoint and numbers, per arm or between arms.

Each sentence's numbers are read by :mod:`kg.text.effects` (effect estimates
and CIs, p-values, significance in words) and :mod:`kg.text.comparisons`
(per-arm values and changes), the frame's cues by :mod:`kg.text.results`, and
given to the measure named last before them in the sentence. Per-arm numbers
go to the arm the text names ("with XY-123", "in the placebo group"), or, when a
sentence names none ("12% vs. 20%"), to the arms the trial's previous
comparison named, in order; a between-arm effect goes to the arm-less outcome.
A sentence that names no measure continues the one the sentence before it
spoke of ("The difference was not statistically significant").

>>> from kg.documents import parse_document
>>> doc = parse_document("T\\n\\nThe trial (NCT01234567) had a primary endpoint of the ALSFRS-R at week 24. Scores fell from 44.2 to 39.5 (p=0.31).", source="t.txt")
>>> sorted((f.predicate, f.object_text) for f in OutcomeExtractor().extract(doc) if f.predicate not in ('hasOutcome', 'measure'))
[('baseline', '44.2'), ('outcomeRole', 'primary'), ('pValue', '0.31'), ('significant', 'False'), ('timepoint', 'P24W'), ('value', '39.5')]
"""

from __future__ import annotations

import re
from itertools import chain
from typing import Sequence

from kg.extractors.engine import RuleExtractor
from kg.extractors.mention_spans import shift
from kg.extractors.outcome_arms import arm_label, changed_measure
from kg.extractors.outcome_frames import Carry, Frames, PendingRole
from kg.extractors.completed_lists import completed_list
from kg.extractors.outcome_measures import (OCCURRENCE_OF, SAFETY_LABELS, continues, named_again, named_here, names_another_quantity,
                                            opens_on_therapy, state_adjective,
                                            sentence_measures, sentence_timepoint)
from kg.extractors.outcome_numbers import read_numbers
from kg.extractors.outcome_roles import (EVENT_HEADS, apposed_measure, assign_roles, bracketed_roles, defined_list, defined_measure,
                                         defined_measures, followed_list, listed, outside_brackets, role_count, role_name,
                                         shares_word, unread_name)
from kg.extractors.result_arms import responder_measure, tagged_measure
from kg.extractors.text_tables import document_tables
from kg.extractors.util import TRIAL_WORD, is_hedged, mask_quotes
from kg.model import Mention
from kg.text import arm_parts, comparisons as C, cues, effects as E, prefilter as rx, results as R
from kg.text.directions import measure_directions
from kg.text.result_clauses import listed_item_clauses, result_clauses, share_clauses
from kg.text.symptom_shares import died_shares
from kg.text.measure_phrases import STARTS
from kg.text.measure_shapes import GENERIC_RESULT_WORDS, written


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
        pending: dict[str, PendingRole] = {}     # trial key -> a role stated before its measures are named
        arm_pairs: dict[str, tuple[str, ...]] = {}   # trial key -> the arms of its last comparison, in order
        by_role: dict[str, dict[str, Mention]] = {}  # trial key -> role -> the measure first given that role
        named: dict[str, list[tuple[int, Mention]]] = {}   # trial key -> (sentence, measure) as named, in order
        for i, s, text, whole in sentence_clauses(ctx):
            trial = ctx.trial_entity(i)
            roles = outside_brackets(text, list(R.ROLE.finditer(text)))
            if is_hedged(text) and not roles:
                continue
            if (assumed := cues.POWER_ASSUMPTION.search(text)) is not None:
                text = text[:assumed.start()] + " " * (len(text) - assumed.start())    # (what the trial was sized on:
                #                                 no result; the words before it may still name the measure and role)
            if not roles and (burden := cues.OUTCOME_BACKGROUND.search(text)) and not any(
                    m.kind == "measure" and m.start <= s.start + burden.start() < m.end for m in ctx.mentions[i]):
                continue                        # "X is the leading cause of death in ...": the disease's burden (not a
                #                                 measure's word: "7-day point prevalence abstinence")
            if ("ratios" in text and (listed_estimates := E.listed_effects(text))) \
                    or ("differences" in text and (listed_estimates := E.listed_differences(text))):
                read_listed_effects(ctx, i, trial, listed_estimates, frames, text)
                continue                        # "The hazard ratios were 0.79 (95% CI ...) for A, 0.88 (...) for B"
                #                                 (or the mean differences of an arm: "... were -0.8 mmol/L for A, ...")
            if R.BOTH_RESULTS.match(text):
                # "Both results were statistically significant (P<0.001) [against a 50% response rate]": the measures
                # of the sentences just before
                both_significant(text, trial, named.get(trial.key, []), i, frames)
                continue
            measures = named_here(ctx, i, text, sentence_measures(ctx, i, text, bool(roles)), named.get(trial.key, []))
            if not whole:               # (a clause read alone: the measures named in it)
                measures = [m for m in measures if not text[m.start - s.start:m.end - s.start].isspace()]
            listed_items = None
            if measures and roles and (listed_items := defined_list(ctx, i, text, roles[0], roles)) and \
                    all(m.start >= s.start + roles[0].end() for m in measures):
                # "Primary endpoints were Z consumption and the time to first Z use": both (a known name in an item
                # stays; one in an item's bracket only defines it: "a zeta composite (the primary outcome without X)")
                inside = [m for m in measures if any(x.start <= m.start and m.end <= x.end for x in listed_items)
                          or (m.label in SAFETY_LABELS and role_name(roles[0]))]     # (safety listed first or
                #                                 last: "A, B and safety", no item's words; not among "other outcomes")
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
            if measures and roles and (apposed := apposed_measure(ctx, i, text, roles[0])) and all(
                    apposed.start <= m.start and m.end <= apposed.end and m.end - m.start < apposed.end - apposed.start
                    and "(" not in ctx.doc.text[apposed.start:m.start] for m in measures) \
                    and not PREPOSITION_LEAD.match(apposed.text):
                measures = [apposed]        # "reductions in 24-hour ambulatory systolic BP, the primary endpoint": the
                #                             whole phrase the role sets apart, not the known name inside it
            if measures and len(roles) > 1 and (others := [m for m in defined_measures(ctx, i, text, roles) if not any(
                    x.start < m.end and m.start < x.end for x in measures + ctx.of_kind(i, "measure"))]):
                measures = sorted(measures + others, key=lambda m: m.start)     # "The primary outcome was <known>;
                #                                             secondary outcomes included A and B": each role's own
            if measures and not listed_items and (more := completed_list(ctx, i, text, measures)):
                measures = sorted(measures + more, key=lambda m: m.start)    # "superior for A, B and C": B, a name
                #                                                               known nowhere, is one of them too
            if measures and not roles and named.get(trial.key):
                measures = [level_named_before(counted_before(m, named[trial.key]), named[trial.key]) for m in measures]
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
            if not measures and (subject := event_subject(ctx, i, text, named.get(trial.key, ()))):
                measures = [subject]            # "New infarcts occurred in 20 of 500 (4.0%) ... (relative risk, 0.82)"
                role = R.ROLE.search(subject.text)
                if role and (defined := by_role.get(trial.key, {}).get(role_name(role))):
                    measures = [defined]        # "The primary outcome occurred in ...": the one defined before
                named.setdefault(trial.key, []).append((i, measures[0]))
                text = without_counted_event(text)      # (the counts then stand by their arms)
            if not measures and (tagged := tagged_measure(ctx, i, text)):
                measures = [level_named_before(tagged, named.get(trial.key, []))]     # "Complete wound closure
                #                                 was 65% with XY-123 and 30% with placebo"
                named.setdefault(trial.key, []).append((i, tagged))
            if not measures and (changed := changed_measure(ctx, i, text)):
                measures = [changed]            # "Mean plasma zetaglobin decreased 48% from baseline"
                named.setdefault(trial.key, []).append((i, changed))
            if not measures and (again := named_again(ctx, i, text, named.get(trial.key, []))):
                measures = [again]              # "The primary outcome was zeta relapse. Zeta relapse occurred in 5% ..."
            if not measures and not (roles and role_name(roles[0]) in known) and (verb := R.DIED.search(text)) and \
                    ("%" in text or R.EVENT_TIME_AFTER.match(text, verb.end()) is not None):
                # "312 patients (18.4%) in the XY group and ... had died": the trial's one mortality measure (or the
                # one measure of another event: "... relapsed", "... responded"); how long it took, the trial's one
                # time to it ("those taking XY recovered in 11 days, compared with 15 days ...": the recovery time)
                event = R.EVENT_MEASURES[R.event_verb(verb)]
                deaths = {m.label: m for key, f in frames.by_key.items() if key[0] == trial.key
                          for m in (f.measure,) if event.search(m.label)
                          and ("%" in text or R.NAMES_A_TIME.search(m.label))}
                if len(deaths) == 1:
                    measures = list(deaths.values())
                elif not deaths and (died := died_shares(text)):
                    measures = [shift(died, s.start)]     # (a trial that names no mortality measure: its deaths)
                    named.setdefault(trial.key, []).append((i, measures[0]))
            if not measures and len(roles) == 1 and roles[0].group().endswith("s") and role_name(roles[0]) in known \
                    and not listed(text, roles[0]) and len(verdicts := E.find_verdicts(text)) == 1 \
                    and not numbers_beyond_p_values(text):
                # "Secondary end points did not differ between the arms": each measure given that role
                frames.said_of_role(trial, role_name(roles[0]), "significant", verdicts[0].significant, i)
                continue
            if not measures and roles and role_name(roles[0]) in known:
                # "a primary outcome event occurred in ...": the measure the trial's primary outcome is
                measures = [known[role_name(roles[0])]]
                spans = {measures[0].label: (roles[0].start(), 0)}
                if len(roles) > 1 and role_name(roles[-1]) != role_name(roles[0]):
                    # "the primary endpoint was supported by a number of secondary endpoints": the next sentence's
                    pending[trial.key] = PendingRole(role_name(roles[-1]), i, role_count(text, roles[-1]))
                roles = []
            elif measures and measures[0].start < s.start:       # the trial's mortality measure, named before
                spans = {measures[0].label: (0, 0)}
            elif not measures and (line := listed_arm(ctx, i, text, trial, current.get(trial.key), frames)):
                current[trial.key] = line       # "- 10 mg group: weight fell by 12.0%": one arm's line of a list
                continue
            elif not measures and roles and (defined := defined_measures(ctx, i, text, roles)):
                # "The primary outcome was discharge from hospital within 28 days."; "Primary endpoints were A and B"
                measures = defined
                spans = {m.label: (m.start - s.start, m.end - s.start) for m in measures}
                named.setdefault(trial.key, []).extend((i, m) for m in measures)
                pending.pop(trial.key, None)
            elif not measures and not roles and trial.key in pending and pending[trial.key].said == i - 1 \
                    and (followed := followed_list(ctx, i, text)):
                # "... a number of significant secondary endpoints. These included A, B and C.": the role's list
                measures = followed
                spans = {m.label: (m.start - s.start, m.end - s.start) for m in measures}
                wait = pending.pop(trial.key)
                role, said = wait.role, wait.said
                before = ctx.sentences[said].text
                said_role = [r for r in R.ROLE.finditer(before) if role_name(r) == role]
                verdict = [v for v in E.find_verdicts(before) if said_role and 0 <= said_role[-1].start() - v.end <= 40]
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
                if roles and not listed(text, roles[0]) and not R.RESULT_AFTER_ROLE.match(text, roles[-1].end()):
                    # "XY met its primary endpoint.", "Three secondary endpoints were tested in order.": not a list
                    # (the last role a sentence names is the one the next sentences go on about: "the primary
                    # endpoint was supported by a number of secondary endpoints")
                    talked = talked_about(text, roles)
                    pending[trial.key] = PendingRole(role_name(talked), i, role_count(text, talked),
                                                     unread_name(text, talked))
                elif roles:
                    pending.pop(trial.key, None)  # another role's list that we could not read ends the wait
                # (the sentence before, or this sentence's clause before: "The primary endpoint was X; those given
                # XY-123 had a mean reduction of 4.2 points")
                if carry is None or carry.index not in (i - 1, i) or not continues(ctx, i, text) \
                        or names_another_quantity(text, carry.measure.label, opens_on_therapy(ctx, i)):
                    continue
                measures = [carry.measure]
                carried = carry
                spans = {carry.measure.label: (0, 0)}
            else:
                spans = {m.label: (m.start - s.start, m.end - s.start) for m in measures}
                wait = pending.pop(trial.key, None)
                if wait and not roles and wait.said >= i - 2 and shares_word(measures[0].label, wait.words) \
                        and not R.ANOTHER_RESULT.match(text):
                    # "XY met its primary endpoint. The change in Z ...": Z; "three ... endpoints": the next three
                    # (where the role named a measure no list knows, only that measure: "The primary endpoint was
                    # remission. Zeta fell ...": not zeta)
                    for m in measures[:wait.left]:
                        frames.get(trial, m, None, i).set("outcomeRole", wait.role, i)
                        if wait.role:
                            by_role.setdefault(trial.key, {}).setdefault(wait.role, m)
                    if wait.left > len(measures):
                        pending[trial.key] = PendingRole(wait.role, wait.said, wait.left - len(measures), wait.words)
                if R.SAME_PERIOD.search(text):
                    carried = current.get(trial.key)
            # read only for a sentence that gets this far (most sentences name no measure and have left)
            timepoint = sentence_timepoint(text) or (carried.timepoint if carried else None)
            current[trial.key] = Carry(measures[0], timepoint, i)
            for m, role in chain(assign_roles(text, measures, spans, roles), bracketed_roles(text, measures, spans)):
                frames.get(trial, m, None, i).set("outcomeRole", role, i)
                if role:                        # ("other outcomes": measures without a role)
                    by_role.setdefault(trial.key, {}).setdefault(role, m)
            if R.SUBGROUP.search(text) or subgroup_opener(ctx, i, text) or cues.SHARES_MOVED.search(text):
                continue                        # a subgroup's or a post hoc analysis's numbers are not the trial's (nor
                #                                 a company's shares')
            read_numbers(ctx, i, text, trial, measures, spans, timepoint, frames, arm_pairs)
            if not roles and ctx.of_kind(i, "drug", "therapy"):     # (a result of the therapy, no endpoint's definition)
                read_directions(text, trial, measures, spans, frames, i)
        read_cell_tables(ctx, frames)
        yield from frames.facts(ctx, self)


# a sentence that opens on a role as its subject ("Key secondary endpoints backed the main result")
ROLE_SUBJECT_LEAD = re.compile(r"(?:(?:the|its|all|both|key|several|other)\s)?$", re.I)


def talked_about(text: str, roles: list[re.Match]) -> re.Match:
    """The role the next sentences go on about: the last the sentence names ("the primary endpoint was supported by a
    number of secondary endpoints"), but the first where it opens the sentence as its subject and no "by" makes the
    last the agent ("Key secondary endpoints backed the primary result. XY-123 also lowered X": X is secondary)."""
    first, last = roles[0], roles[-1]
    if first is last or not ROLE_SUBJECT_LEAD.fullmatch(text, 0, first.start()) or " by " in text[first.end():last.start()]:
        return last
    return first


# a phrase that opens on a preposition is no measure's name: "| On the| Zeta Rating Scale (ZRS), a secondary endpoint"
PREPOSITION_LEAD = re.compile(r"(?:on|in|for|at|by|with|from)\s", re.I)


def sentence_clauses(ctx):
    """(index, sentence, text, whole) of each sentence, or of each of its result clauses when it reports two results
    in two (:func:`~kg.text.result_clauses.result_clauses`; ``whole`` is False for those). Researchers' quoted words
    count here ("The difference was not significant"); a title does not."""
    for i, s in enumerate(ctx.sentences):
        text = mask_quotes(s.text) if cues.PUBLICATION_CUE.search(s.text) else s.text
        spans = [(m.start - s.start, m.end - s.start) for m in ctx.of_kind(i, "measure")]
        clauses = result_clauses(text, spans + event_spans(text, spans) if ";" in text else spans) \
            if R.FIRST_DIGIT.search(text) else [text]
        if len(clauses) > 1 and ("while" in text or "whereas" in text) and C.subject_pairs(text, []):
            clauses = [text]            # (two clauses that each open on an arm and give it its number: one pair)
        elif len(clauses) == 1 and "%" in text and ", and " in text and not ctx.of_kind(i, "measure"):
            clauses = share_clauses(text)   # (two comparisons of shares of what no list knows, joined by ", and")
        if len(clauses) == 1 and ("), " in text or ") and " in text or ") or " in text):   # (a list of measures,
            #                                                              each with its own bracket of numbers)
            clauses = listed_item_clauses(text, [(m.start - s.start, m.end - s.start) for m in ctx.of_kind(i, "measure")])
        for clause in clauses:
            yield i, s, clause, len(clauses) == 1


EVENT_REACH = 400          # characters an event and its verb can take (EVENT_SUBJECT's words, window and bracket)


def event_spans(text: str, known: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the events that open the sentence and each piece after a semicolon as the subject of "occurred
    in" (:data:`EVENT_SUBJECT`), where no measure is known there: "A occurred in 12% and 15%, respectively (RR ...); B
    within 48 hours occurred in ..." reports two results.

    >>> t = "Zeta death occurred in 12% and 15%, respectively; beta loss occurred in 4% and 6%, respectively."
    >>> [t[a:b] for a, b in event_spans(t, [])]
    ['Zeta death', 'beta loss']
    """
    out, at = [], 0
    while at >= 0:
        hit = EVENT_SUBJECT.match(text[at:at + EVENT_REACH])     # (a window: a run of semicolons costs no more)
        if hit is not None and not any(a <= at + hit.start("x") < b for a, b in known):
            out.append((at + hit.start("x"), at + hit.end("x")))
        at = text.find(";", at + 1)
        at = at + 1 if at >= 0 else -1
    return out


# a table row's label that names a change of its measure: "Median Reduction from Baseline in | X", "Mean Change in | X"
ROW_CHANGE = re.compile(r"(?:(?:median|mean|average|least[- ]squares\smean|LS\smean)\s)?(?:percent(?:age)?\s)?"
                        rf"(?P<noun>{E.FALLING_NOUN}|{E.RISING_NOUN}|change)\s(?:from\sbaseline\s)?(?:in|of)\s"
                        r"(?P<x>.{3,80}?)(?:\sfrom\sbaseline)?", re.I)
# a row that gives the share of patients with an outcome: "Patients with | at least a 50% reduction in X"
ROW_SHARE = re.compile(r"(?:(?:proportion|percentage)\sof\s)?(?:patients|participants|subjects)\s(?:with|who\s(?:had|achieved)|achieving)\s",
                       re.I)


def read_cell_tables(ctx, frames: Frames) -> None:
    """Each row of a table copied as text, one cell a line (:mod:`kg.extractors.text_tables`), as one outcome per arm
    of the header: the row's measure (a change's measure named after its noun), its number each arm's value or change."""
    for table in document_tables(ctx):
        for row in table.rows:
            trial = ctx.trial_entity(row.first)
            change = ROW_CHANGE.fullmatch(row.label)
            share = None if change else ROW_SHARE.match(row.label)
            words = change.group("x") if change else row.label[share.end():] if share else row.label
            if trial is None or len(words.split()) > 16:
                continue
            start = ctx.sentences[row.first].start
            measure = Mention(words, start, ctx.sentences[row.first].end, "measure", written(words), (), "measures")
            falls = change is not None and change.group("noun").lower() in E.NEGATIVE_VERBS
            for arm, (value, k) in zip(table.arms, row.values):
                frame = frames.get(trial, measure, arm.label, k)
                frame.set("change" if change else "value", -value if falls and value > 0 else value, k)


def read_directions(text: str, trial, measures: list[Mention], spans: dict, frames: Frames, i: int) -> None:
    """The direction a sentence gives in words for each of its measures, where it gives no number ("XY-123 reduced
    zeta lesions"): the measure's, no arm's."""
    by_span = {spans[m.label]: m for m in measures if m.label in spans and spans[m.label][1] > spans[m.label][0]}
    for a, b, direction in measure_directions(text, list(by_span)):
        frames.get(trial, by_span[(a, b)], None, i).set("direction", direction, i)


# an event opening a sentence that compares the arms by an estimate: "Serious bleeding (the primary safety outcome)
# occurred in 9 (1.5%) with A and 3 (0.5%) with B (hazard ratio, 2.4; ...)": the event is the outcome's measure (prefiltered:
# tried in most sentences, its lazy words backtrack some 3 us in each; few hold one of its verbs)
EVENT_SUBJECT = rx.compile(STARTS + r"(?:An?\s)?(?P<x>[A-Za-z][a-z][\w'’-]{0,30}(?:\s[a-z][\w'’-]{0,30}){0,5}?"
                           # (with the window it was counted in: "Zeta loss | in the first 48 hours of life | occurred in")
                           r"(?:\s(?:in|within|during|by)\s(?:the\s)?(?:first\s)?\d{1,3}\s(?:hours|days|weeks|months|years)"
                           r"(?:\s(?:of\slife|after\s[a-z]{3,20}))?)?)\s{0,3}(?:\([^()]{0,80}\)\s{0,3})?"
                           r"(?:(?:had|has|have)\s+)?(?:occurred|developed|(?:was|were)\s+(?:reported|seen|observed|achieved|found|noted|detected|documented))"
                           r"\s+(?:in|among|by)\b")


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


# a sentence that counts an event in each arm: "There were 5 zeta worsening events in the XY group, 7 in the ..."
THERE_WERE = rx.compile(r"^\s{0,3}(?:There|there)\s(?:were|was)\s(?:\d{1,6}|one|two|three|four|five|six|seven|eight|nine|ten|"
                        r"eleven|twelve|no)\s(?P<x>(?:[a-z][\w'’-]{1,30}\s){0,4}?[a-z][\w'’-]{2,30})\s(?:in|among|with|for)\s")


def without_counted_event(text: str) -> str:
    """``text`` with the event a "There were" sentence counts blanked (offsets kept), so that each count stands by its
    arm: "There were 5 | zeta events | in the XY group and 7 in ...".

    >>> without_counted_event("There were 5 zeta events in the XY group.")
    'There were 5             in the XY group.'
    """
    there = THERE_WERE.match(text)
    return text if there is None else text[:there.start("x")] + " " * len(there.group("x")) + text[there.end("x"):]


# a small count before a noun, which gives no result: "all | 3 | doses", "the | 2 | coprimary endpoints"; or a word with
# digits in it: "XY-123", "COVID-19", "12-week"
SMALL_COUNT = re.compile(r"(?<![\w.,])[1-9](?=\s[a-z])|(?<![\w-])(?=[\w-]*[A-Za-z])[\w-]*\d[\w-]*")


def numbers_beyond_p_values(text: str) -> bool:
    """Does a sentence give a number other than its p-values and small counts of things (a result of its own)?

    >>> numbers_beyond_p_values("For both endpoints, XY-123 was significantly better (both P<0.001)")
    False
    >>> numbers_beyond_p_values("For all 3 endpoints, A was significantly better"), numbers_beyond_p_values("A: 12% vs 9%")
    (False, True)
    """
    rest = list(text)
    for a, b in [(p.start, p.end) for p in E.find_p_values(text)] + [m.span() for m in SMALL_COUNT.finditer(text)]:
        rest[a:b] = " " * (b - a)       # (each p-value and small count blanked; a digit left is a result's)
    return any(c.isdigit() for c in rest)


def event_subject(ctx, i: int, text: str, named: Sequence[tuple[int, Mention]] = ()) -> Mention | None:
    """The event a sentence opens on, when the sentence weighs the arms by an effect estimate or gives each arm its
    number ("Remission occurred in 40% of those on XY-123 and 20% of those on placebo"), for a benefit's event, an
    outcome by its role ("A primary end-point event occurred in ...") or one the document named as an outcome before
    (``named``: the (sentence, measure) of each measure the trial's text named); else None."""
    body = text.lstrip(" ;")
    lead = len(text) - len(body)        # (a clause read alone: the sentence's clauses before it blanked)
    there = THERE_WERE.match(body)
    m = EVENT_SUBJECT.match(body) or there
    if m is there and m is not None and re.fullmatch(cues.PEOPLE, m.group("x").split()[-1].lower()):
        return None                     # ("There were 30 patients in each group": who, not what)
    if m is not None and i and cues.AE_CUE.search(ctx.sentences[i - 1].text):
        return None                     # (events right after the adverse events are spoken of are more of them)
    counted = without_counted_event(text) if m is there else text
    outcome = m is not None and (cues.BENEFIT_EVENT.search(m.group("x")) or R.ROLE.search(m.group("x"))
                                 or written(m.group("x")).lower() in {x.label.lower() for _, x in named})
    if m is None or not (E.find_effects(text) or (outcome and (
            any(all(n.arm for n in c.numbers) for c in C.find_comparisons(counted))
            or R.single_value(text, lead + m.end("x"), len(text))))):
        return None                     # (an estimate, or numbers each given for its arm where the event is a benefit's,
        #                                  or the one share of all patients it was seen in: harms' rates are adverse
        #                                  events, "Headache occurred in 12% vs 4%")
    words = m.group("x").lower().split()
    if words[0] in cues.NOT_MEASURE_START or words[0] in ("it", "this", "that", "these", "there", "no", "one", "all"):
        return None
    if all(w in GENERIC_RESULT_WORDS or w == "risk" for w in words):
        return None                     # ("There was no risk decrease in X (RR ...)": the result's words, not X)
    start = ctx.sentences[i].start + lead + m.start("x")
    return Mention(m.group("x"), start, start + len(m.group("x")), "measure", written(m.group("x")), (), "measures")


def read_listed_effects(ctx, i: int, trial, listed: list, frames: Frames, text: str = "") -> None:
    """Each estimate of a list that gives one per event ("... 0.79 (95% CI ...) for death from X, ...") to the outcome
    of its event, named as written; an arm's mean differences to that arm's outcomes, at the sentence's timepoint,
    significant where one p-value is said of all ("(all P < 0.001)")."""
    base = ctx.sentences[i].start
    time = sentence_timepoint(text) if listed and listed[0].effect.arm else None
    verdict = ALL_P.search(text) if listed and listed[0].effect.arm else None
    for item in listed:
        lo, hi = base + item.start, base + item.end
        # (a measure the list knows, named so: its label, one node with the same measure named otherwise elsewhere)
        measure = next((m for m in ctx.mentions[i] if m.kind == "measure" and m.start == lo and m.end == hi), None) or \
            Mention(item.event, lo, hi, "measure", written(item.event), (), "measures")
        arm = arm_label(ctx, i, item.effect.arm) if item.effect.arm else None
        frame = frames.get(trial, measure, arm, i)
        frame.set("effectMeasure", item.effect.measure, i)
        frame.set("effect", item.effect.value, i)
        frame.set("ciLow", item.effect.ci_low, i)
        frame.set("ciHigh", item.effect.ci_high, i)
        frame.set("timepoint", time, i)
        if verdict:
            frame.set("significant", True, i)


# one p-value below 0.05 said of every result of a list: "(all P < 0.001)", "(P < 0.05 for all)"
ALL_P = re.compile(r"\(\s?(?:all\s[Pp]\s?[<≤]\s?0?\.0\d{0,3}|[Pp]\s?[<≤]\s?0?\.0\d{0,3}\sfor\sall)\s?\)")


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
    said = {v.significant for v in E.find_verdicts(text)} | {p.significant for p in E.find_p_values(text)}
    said.discard(None)
    if len(said) != 1 or not recent:
        return
    value = said.pop()
    for m in recent:
        frames.get(trial, m, None, i).set("significant", value, i)


def counted_before(m: Mention, named: list) -> Mention:
    """``m`` as the measure named before that counts it, where ``m`` is an event and that measure its incidence
    ("The primary outcome was the incidence of X. | X was present in 12 of 80 ..."), else ``m``."""
    for _, earlier in named:
        event = OCCURRENCE_OF.match(earlier.label)
        if event is not None and event.group("x").lower() == m.label.lower():
            return Mention(m.text, m.start, m.end, m.kind, earlier.label, earlier.ids, m.source, m.attrs)
    return m


# the word for a quantity's amount after its name: "zetalone | levels", "serum zetate | concentration"
LEVEL_TAIL = re.compile(r"\s(?:levels?|concentrations?|values?)$", re.I)


def level_named_before(m: Mention, named: list) -> Mention:
    """``m`` as the measure named before whose level it gives ("The primary endpoint was the change in zetalone. | Mean
    zetalone levels were 3.1 nmol/L in A and ..."), or whose state it names ("Outcomes: the pregnancy rate. | 39 women
    (41.5%) became | pregnant"): one quantity, one outcome; else ``m``.

    >>> earlier = Mention("change in zetalone", 0, 18, "measure", "zetalone")
    >>> level_named_before(Mention("zetalone levels", 40, 55, "measure", "zetalone levels"), [(0, earlier)]).label
    'zetalone'
    >>> level_named_before(Mention("beta levels", 40, 51, "measure", "beta levels"), [(0, earlier)]).label
    'beta levels'
    >>> rate = Mention("remittance rate", 0, 15, "measure", "remittance rate")
    >>> level_named_before(Mention("remittant", 40, 49, "measure", "remittant"), [(0, rate)]).label
    'remittance rate'
    """
    bare = LEVEL_TAIL.sub("", m.label).lower()
    for _, earlier in named:
        if (bare != m.label.lower() and earlier.label.lower() == bare) or m.label.lower() == state_adjective(earlier.label):
            return Mention(m.text, m.start, m.end, m.kind, earlier.label, earlier.ids, m.source, m.attrs)
    return m


def subgroup_opener(ctx, i: int, text: str) -> bool:
    """Does the sentence open on a part of the population that is no arm ("Among those on invasive ventilation,")?"""
    m = R.SUBGROUP_OPENER.match(text)
    if m is None:
        return False
    lo, hi = ctx.sentences[i].start + m.start("who"), ctx.sentences[i].start + m.end("who")
    named = any(lo <= t.start < hi for t in ctx.of_kind(i, "drug", "therapy"))
    if named or C.ARM_WORDS.search(m.group("who")) or C.DOSE_IN.search(m.group("who")):
        return False
    # ("In men with X, ..." where X is the disease the trial's own sentences name: the whole population)
    diseases = [written_as(d) for d in ctx.of_kind(i, "disease") if lo <= d.start < hi
                and ctx.doc.text[d.start - 1:d.start] != "("]       # (not its short form: "X cancer (XC)")
    known = trial_diseases(ctx, i) if diseases and m.group("who").startswith("with ") else set()
    return not (known and all(any(k in d or d in k for k in known) for d in diseases))


def trial_diseases(ctx, i: int) -> set[str]:
    """The diseases named before sentence ``i`` in the title or in a sentence that speaks of a trial, as written."""
    return {written_as(d) for k in range(i) if k == 0 or TRIAL_WORD.search(ctx.masked[k]) for d in ctx.of_kind(k, "disease")}


def written_as(m) -> str:
    """A mention's words in lower case, hyphens as spaces ("Castration-Resistant" as "castration resistant")."""
    return m.text.lower().replace("-", " ")


def listed_arm(ctx, i: int, text: str, trial, carry: Carry | None, frames: Frames) -> Carry | None:
    """One arm's line in a list of the last measure's numbers ("- 10 mg group: weight fell by 12.0%", "Placebo: 31%"),
    right after that measure's sentence or an earlier line: its number goes to that arm's frame; the carry goes on."""
    if carry is None or carry.index != i - 1:
        return None
    line = C.arm_line(text)
    if line is None or len(line.arm.split()) > 4:
        return None
    lo, hi = ctx.sentences[i].start + line.arm_start, ctx.sentences[i].start + line.arm_start + len(line.arm)
    head = line.arm
    for m in ctx.of_kind(i, "drug", "therapy"):
        if lo <= m.start and m.end <= hi:
            head = head.replace(ctx.doc.text[m.start:m.end], " ")
    head = C.DOSE_IN.sub(" ", head).lower().replace("the ", " ")
    head = arm_parts.SCHEDULE.sub(" ", head).strip()   # ("- 10 mg weekly:", "- 10-mg every 2 weeks dose:": a dose)
    if head and not C.ARM_WORDS.fullmatch(head):
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
