"""The arms a result sentence compares: the arms named beside its numbers, those the trial compared last, an arm's
label as written ("the XY-123 group", "placebo"), and the sign of a change named before its measure.

>>> change_sign("the mean decline in ZRS", 20)
-1
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from kg.extractors.pair_arms import pair_arms
from kg.extractors.result_arms import (ACTIVE_WORDS, CONTROL_GROUP, allocated_arms, arm_spans, arms_named_before, clause_start,
                                       combined_arms, document_control, document_doses, dose_arms, given_with,
                                       group_label, labelled_pair, other_allocated, scheduled_arm, sentence_arms,
                                       sets_arms_against, sole_pair, sole_therapy, with_route_before, worded_arm,
                                       worded_control)
from kg.model import Mention
from kg.text import arm_parts, comparatives, comparisons as C, cues, effects as E, group_names, prefilter as rx, results as R
from kg.text.comparatives import contradicted
from kg.text.lone_changes import changed_subject
from kg.text.measure_shapes import COMPARATIVE, written
from kg.text.numbers import exact
from kg.text.reading import reading_form
from kg.text.respective import ORDINAL_BEFORE


def change_sign(text: str, at: int, end: int | None = None, label: str = "") -> int:
    """-1 or 1 when a change's direction is named just before the measure at ``at`` ("the mean decline in"), or ends
    the measure's own words at ``[at, end)`` where its label does not ("a weight loss of": body weight), or opens the
    sentence of a measure named before it (an empty span: "The average decrease was ..."), else 0."""
    last = text[at:end].rsplit(" ", 1)[-1].lower() if end is not None else ""
    if last and re.fullmatch(E.FALLING_NOUN, last) and last not in label.lower():
        return -1
    if end is not None and end > at and (after := R.CHANGE_NOUN_AFTER.match(text, end)):
        return -1 if after.group("noun").lower() in E.NEGATIVE_VERBS else 1     # "the X improvement from baseline"
    if end is not None and end <= at:       # (a measure the sentence before named: a change the sentence opens on)
        m = R.CHANGE_SUBJECT.match(text)
        return 0 if m is None else -1 if m.group("noun").lower().rstrip("s") in E.NEGATIVE_VERBS else 1
    if at <= 0:
        return 0
    m = R.CHANGE_NOUN_BEFORE.search(text, max(0, at - 90), at)
    if m is None:
        verb = R.CHANGED_BY_VERB_BEFORE.search(text, max(0, at - 70), at) if end is not None \
            and R.BY_AFTER_MEASURE.match(text, end) else None
        return 0 if verb is None else 1 if verb.group("verb").lower().startswith(("increas", "rais")) else -1
    if m.group("verb"):
        return 1 if m.group("verb").lower() in ("raising", "increasing") else -1
    noun = m.group("noun").lower()
    return -1 if noun in E.NEGATIVE_VERBS or noun[:-1] in E.NEGATIVE_VERBS else 1


def comparison_arms(ctx, i, text, c: C.Comparison, previous: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The arm label of each number of a comparison: as the text names them, else the previous comparison's arms; None
    where none is found, () where the sentence refuses a reading (:mod:`kg.extractors.pair_arms`)."""
    labels = [arm_label(ctx, i, n.arm, n.arm_start) if n.arm else None for n in c.numbers]
    if all(labels) and len(set(labels)) == len(labels):
        return tuple(labels)
    if len(labels) == 1 and not labels[0]:
        # "With placebo, X fell by 0.4 points" (or the clause holding the number: "The primary endpoint was X; those
        # given XY-123 had a mean reduction of 4.2 points")
        if opened := C.clause_opening_arm(text, c.start):
            lo, lead = opened
            one = arm_label(ctx, i, lead.group("arm"), lo + lead.start("arm"))
            return (one,) if one else None
    if len(labels) == 2 and not labels[1] and c.numbers[1].arm and (group := strategy_group(c.numbers[1].arm)):
        labels[1] = group                    # "... versus 12% in the usual-care group": a group named by what it got
    if not any(labels) and len(labels) >= 3 and (listed := listed_arms(ctx, i, text, c)):
        return listed                        # "more on XY 20 mg and 40 mg versus placebo had X (51% and 60% vs 22%)"
    named = arms_named_before(ctx, i, text, c.start) if len(labels) == 2 else []
    if not any(labels) and len(named) == 2:
        return named_pair(ctx, i, text, c, tuple(named))   # "lower in the XY-123 versus placebo arms (11% vs 21%)"
    if not any(n.arm for n in c.numbers) and len(labels) == 2 and \
            (after := pair_arms(ctx, i, text, c.start, c.end, tuple(n.value for n in c.numbers))) is not None:
        return after                         # "X (45 vs. 60 min) was shorter in the A group than in the B group" (or
        #                                      () where "shorter" says the other order: no reading)
    if not any(n.arm for n in c.numbers) and len(labels) == 2 and COMPARED_BARE.search(text, max(0, c.start - 40), c.start):
        # "X was higher (41% versus 12%) for the XY-treated patients": the first number is the arm said to be higher,
        # which the sentence names after the pair, if at all (not the order of the arms compared before)
        after = {label for _, _, label in arm_spans(ctx, i, text, c.end, len(text))}
        one = next(iter(after)) if len(after) == 1 else None
        return (one, next(p for p in previous if p != one)) if previous and one in previous and len(previous) == 2 else None
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
        if len(before) == 1 and not C.FIRST_NUMBER.search(text, max(lo, text.rfind(", ", lo, a)), a) \
                and not C.FIRST_NUMBER.search(text, b, c.start):
            return arm_label(ctx, i, text[a:b], a), *labels[1:]
    others = [a for a in named if a != labels[-1]]
    if not labels[0] and labels[-1] and len(others) == 1:
        return others[0], labels[-1]         # "XY-123 gave a median of 17 months versus 10 months on placebo"
    if labels[0] and not labels[-1] and len(labels) == 2 and previous and previous[0] == labels[0]:
        return previous                      # "9.3 months with XY-123 vs 5.1 months": the second arm as before
    # (not a population: "In patients previously treated with XY-123, ...")
    lead = C.opening_arm(text) if len(labels) == 2 and not labels[0] and labels[1] else None
    if lead and lead.end() <= c.start and not C.FIRST_NUMBER.search(text, lead.end(), c.start):
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
    inner = C.INNER_ARM.search(text, max(0, c.start - 80), c.start) if len(labels) == 2 and not labels[0] and labels[1] else None
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
        groups = [g for _, _, g in group_names.named_groups(hit.group()) if g in pair]
        if len(groups) == 1:                  # "lower in the ZL group (...)": the other group the text labels second
            return groups[0], pair[1] if groups[0] == pair[0] else pair[0]
    if not any(labels) and len(labels) == 2 and len(named) == 1 and (pair := labelled_pair(ctx)) and named[0] in pair \
            and joined_by(VERSUS_ONLY, text, c) \
            and (at := subject_group_end(ctx, i, text, c.start, named[0])) is not None \
            and COMPARATIVE_WORD.search(text, at, c.start) and not THAN.search(text, at, c.start):
        # "Patients in Group Z had a longer X (261 vs. 48 min)": the group the clause opens on, then the other group
        return named[0], pair[1] if named[0] == pair[0] else pair[0]
    if not any(labels) and len(named) == 1 and len(labels) == 2 \
            and joined_by(VERSUS_ONLY, text, c) \
            and (pair := sole_pair(ctx) or ((named[0], other) if (other := other_allocated(ctx, named[0])) else None)) \
            and pair[0] == named[0] and not GROUP_NAMED_BEFORE.search(text, 0, c.start) \
            and not moved_the_other_way(text[clause_start(text, c.start):c.start], c):
        if named_as_compared(ctx, i, text, c.start, named[0]):
            return pair[::-1]                 # "X was longer with A compared with B (64 vs 51)": B is named second
        return pair                           # "XY-123 also met ..., including X (52% vs. 21%)": the therapy, then its
        #                                       control (or the other therapy patients were allocated to)
    if not any(labels) and len(labels) == 2 and not named \
            and (c.respectively or joined_by(VERSUS_ONLY, text, c)) \
            and not ORDINAL_BEFORE.search(text, max(0, c.numbers[0].start - 8), c.numbers[0].start) \
            and not GROUP_NAMED_BEFORE.search(text, 0, c.start) and (pair := sole_pair(ctx)):
        return pair                           # "The response rate was 45% versus 20%" ("45% and 20%, respectively")
    if len(labels) == 2 and not labels[0] and labels[1] and not named \
            and (joined_by(VERSUS_UNIT, text, c) or joined_by(VERSUS_SHARE, text, c)) \
            and not GROUP_NAMED_BEFORE.search(text, 0, c.start) \
            and (pair := sole_pair(ctx) or (previous if previous and len(previous) == 2 else None)) \
            and pair[1] == labels[1] and not therapy_in_clause_before(ctx, i, text, c.start):
        return pair                           # "Median OS was 13.4 months versus 10.6 months with placebo" (not "In
        #                                       those treated with XY-123 before, ...": who the patients are; a clause
        #                                       before may name the therapy: "...; in ZETA II, 40% achieved X versus
        #                                       18% with placebo"; the arms then those of the pair before with the
        #                                       same control, where the document has no one pair)
    return None


# a verb that moved the measure down or up, said of one arm
MOVED_DOWN = re.compile(r"\b(?:decreased|reduced|lowered|declined|fell|dropped)\b", re.I)
MOVED_UP = re.compile(r"\b(?:increased|raised|rose|elevated)\b", re.I)


def moved_the_other_way(words: str, c: C.Comparison) -> bool:
    """Does the clause before a pair say its arm moved the measure down ("XY lowered X") while the pair's first number
    is the larger, or up while it is the smaller? Then the pair is the level before and after, not the arms ("X
    declined under XY (1.1 vs. 0.8)").

    >>> pair = C.find_comparisons("(1.1 vs. 0.8)")[0]
    >>> moved_the_other_way("X declined under XY ", pair), moved_the_other_way("X rose under XY ", pair)
    (True, False)
    """
    first, second = (n.value for n in c.numbers[:2])
    down, up = MOVED_DOWN.search(words), MOVED_UP.search(words)
    return bool((down and not up and first > second) or (up and not down and first < second))


# a comparative, and the word that would name the arm set against
COMPARATIVE_WORD = re.compile(rf"\b{cues.COMPARATIVES}\b", re.I)
THAN = re.compile(r"\bthan\b", re.I)


def subject_group_end(ctx, i: int, text: str, at: int, label: str) -> int | None:
    """Where the one group a clause opens on ends, where the clause names it alone before offset ``at`` ("Patients in
    | Group Z | had ...", "In Group Z, ..."); else None."""
    lo = clause_start(text, at)
    spans = arm_spans(ctx, i, text, lo, at)
    if len(spans) != 1 or spans[0][2] != label or not GROUP_OPENING.fullmatch(text, lo, spans[0][0]):
        return None
    return spans[0][1]


# what may stand before the group a clause opens on: "Patients in | Group Z", "In | Group Z", "The | Group Z"
GROUP_OPENING = re.compile(r"\s{0,3}(?:(?:patients|participants|subjects|those)\s(?:in|of)\s|in\s|among\s)?(?:the\s)?",
                           re.I)


def joined_by(pattern: re.Pattern, text: str, c: C.Comparison) -> bool:
    """Does ``pattern`` join the pair's two numbers, their spreads read past ("270 ± 34 | vs. | 43 ± 12")?"""
    return pattern.fullmatch(C.without_spreads(reading_form(text)), c.numbers[0].end, c.numbers[1].start) is not None


# the words that name the arm another is set against, just before it: "compared with | B", "than in the | B group"
COMPARED_ARM_BEFORE = re.compile(r"\b(?:compared\s(?:with|to)|versus|vs\.?|than|relative\sto|over)\s(?:(?:in|with|on)\s)?"
                                 r"(?:the\s|those\s(?:on|given|receiving)\s)?$", re.I)


def named_as_compared(ctx, i: int, text: str, at: int, label: str) -> bool:
    """Is the one arm a clause names before offset ``at`` (labelled ``label``) the arm the other is set against
    ("longer in A compared with | B (64 vs 51)")?"""
    spans = [a for a, _, name in arm_spans(ctx, i, text, clause_start(text, at), at) if name == label]
    return len(spans) == 1 and bool(COMPARED_ARM_BEFORE.search(text, max(0, spans[0] - 30), spans[0]))


def therapy_in_clause_before(ctx, i: int, text: str, at: int) -> bool:
    """Does the clause of sentence ``i`` name a therapy before offset ``at``?"""
    base = ctx.sentences[i].start
    lo = base + clause_start(text, at)
    return any(lo <= m.start < base + at for m in ctx.of_kind(i, "drug", "therapy"))


# between the two shares of a pair whose second names the control, the state achieved: "40 | % achieved zeta remission
# versus | 18% with placebo"
VERSUS_SHARE = re.compile(r"(?<!\s)\s*+%?\s*+(?:of\s++(?:the\s++)?(?:patients|participants|subjects)\s++)?"
                          r"(?:achieved|attained|reached|had|experienced)\s[^\d;,()]{1,60}?\s(?:vs\.?|versus|compared\s++(?:to|with))\s++",
                          re.I)


# between the two numbers of a pair whose second names the control: "13.4 | months versus | 10.6 months with placebo"
VERSUS_UNIT = re.compile(r"(?<!\s)\s*+(?:%|[a-z]{1,8})?\s*+(?:vs\.?|versus)\s++", re.I)


# a dose right after a therapy's name: "XY-123 | 10 mg"
DOSE_AFTER = re.compile(rf"\s?\d{{1,5}}(?:\.\d{{1,3}})?[\s-]?{cues.DOSE_UNIT}\b")


# a group the sentence names before a pair of numbers ("higher in group ZA than group ZB (60% vs 24%)"): the pair is
# those groups', not the trial's therapy and control
GROUP_NAMED_BEFORE = re.compile(r"\b(?:groups?|arms?|cohorts?)\b", re.I)


# what stands between the two numbers of a pair that names no arm: "45% | versus | 20%", "12.1 | vs. | 8.3", "18.5% | of
# patients compared to | 5.5%"
VERSUS_ONLY = re.compile(r"(?<!\s)\s*+%?(?:\s*+of\s++(?:the\s++)?(?:patients|participants|subjects|people))?\s*+"
                         r"(?:vs\.?|versus|compared\s++(?:to|with))\s++", re.I)


# one arm said better or worse than the other, the pair's numbers in brackets right after: "was lower in the XY-123
# group (| 12% vs 25%", "was longer with XY-123 (median | 12.1 vs 8.3 months"
COMPARATIVE_ARM = re.compile(rf"\b{cues.COMPARATIVES}"
                             r"\s(?:[\w-]+\s){0,3}?(?:with|in|among|for|on)\s[^().;]{1,50}\(\s?(?:(?:mean|median)\s)?$", re.I)


# a comparison of two arms in words: "... XY-123 compared to placebo", "XY-123 versus AB-7"
COMPARED = rx.compile(cues.VERSUS, re.I)
# a comparative right before a bracket of bare numbers: "... was | higher (41% versus 12%"
COMPARED_BARE = re.compile(rf"\b(?:was|were)\s(?:(?:significantly|markedly|slightly)\s)?{cues.COMPARATIVES}\s?\(\s?$", re.I)
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
# (nor a study described by its aim: "the ZETA study | evaluating the | safety and tolerability of XY-123")
AIM_BEFORE = re.compile(r"\b(?:efficacy,?\s+(?:and\s+)?|(?:evaluating|assessing|investigating|examining)\s+(?:the\s+)?)$", re.I)
# what joins a word to a role phrase as another item beside it, not what the role is: "the primary end point | and |
# safety"
JOINED_TO_ROLE = re.compile(r"(?<!\s)\s*+(?:,\s*+)?(?:and|or|as\s+well\s+as)\s++")
# an arm named only as the one treated ("the treatment arm", "the active group", "those on study drug")
ACTIVE_ARM = re.compile(rf"(?:the\s+)?{ACTIVE_WORDS}(?:\s+(?:arm|group|cohort))?", re.I)
# an arm named by a product's name alone ("the XY-12 arm"), which the lexicon need not know
NAME_LIKE = re.compile(r"[A-Z][A-Za-z]*[A-Z\d][\w-]{0,20}")


def listed_arms(ctx, i: int, text: str, c: C.Comparison) -> tuple[str, ...] | None:
    """The arms of three or more bare numbers, where their clause names as many arms before them, each dose of a
    therapy its own, set against each other as the numbers are ("XY-123 20 mg and 40 mg versus placebo ... (51% and
    60% vs 22%)"): in the order named; else None. Not where the first arm is named as the reference ("Compared with
    placebo, ...")."""
    lo = clause_start(text, c.start)
    spans = [arm for arm in dose_arms(ctx, text[:c.start], arm_spans(ctx, i, text, lo, c.start)) if arm[0] >= lo]
    labels = tuple(label for *_, label in spans)
    if len(labels) != len(c.numbers) or len(set(labels)) != len(labels) or \
            comparatives.named_as_reference(text, spans[0][0]):
        return None
    arms_set = [SET_AGAINST.search(text, a[1], b[0]) is not None for a, b in zip(spans, spans[1:])]
    numbers_set = [SET_AGAINST.search(text, a.end, b.start) is not None for a, b in zip(c.numbers, c.numbers[1:])]
    return labels if arms_set == numbers_set and any(arms_set) else None


def named_pair(ctx, i: int, text: str, c: C.Comparison, named: tuple[str, str]) -> tuple[str, ...]:
    """The arms of a pair of bare numbers after two arms the clause names: in the order named, but the arm named
    as what the other is compared with comes second ("Compared with placebo, XY-123 reduced X (12% vs 30%)": XY-123,
    placebo) unless the numbers are given "respectively"; () where a comparative then says the other order ("Compared
    with placebo, X was higher with XY-123 (30% vs 40%)")."""
    spans = [(a, b) for a, b, _ in arm_spans(ctx, i, text, clause_start(text, c.start), c.start)]
    if len(spans) != 2:
        return named
    if not comparatives.named_as_reference(text, spans[0][0]):
        return named
    values = tuple(n.value for n in c.numbers)       # (a comparative after the reference speaks of the other arm)
    respectively = c.respectively or C.RESPECTIVELY.search(text, c.start, min(len(text), c.end + 16)) is not None
    if len(values) == 2 and contradicted(text[spans[0][1]:c.start], values[::-1] if respectively else values):
        return ()
    return named if respectively else named[::-1]    # ("(17% v 26%, respectively)": in the order named)


def arm_label(ctx, i: int, words: str, start: int | None = None) -> str | None:
    """The arm a phrase names: a therapy it mentions (its label, with the dose when the phrase gives one: "XY-123
    125 mg"), a dose alone ("on 5 mg": "5 mg"), a control or dose group, else None.

    Where the document gives one dose on two schedules (arms "300 mg every 4 weeks" and "300 mg every 2 weeks"), a
    dose's label ends with the schedule the phrase writes after it, as those arms' labels do."""
    often = arm_parts.dose_schedule(words)
    if often is None:           # (or, with no dose, the arm of the therapy on the schedule named: "XY every 8 weeks")
        label = unscheduled_arm_label(ctx, i, words, start)
        label = scheduled_arm(ctx, label, words) or label
        # ("the XY-123 group" of a trial that allocated "XY-123-MMF": that arm)
        label = combined_arms(ctx).get(label, label) if label else label
        # ("the low-dose XY-123 group" of a trial that allocated XY-123 at several levels: that level's arm)
        return (leveled_arm(ctx, label, words) or label) if label else label
    # (a dose's schedule names no arm of its own where no dose is given on two: "on 125 mg every 4 weeks", "125 mg")
    label = unscheduled_arm_label(ctx, i, words[:often.start] + " " * (often.end - often.start) + words[often.end:], start)
    return f"{label} {often.words}" if label and C.DOSE_IN.search(label) and scheduled_doses(ctx) else label


def leveled_arm(ctx, label: str, words: str) -> str | None:
    """The allocated arm of ``label``'s therapy at the dose level ``words`` name before it ("low-dose XY-123": the arm
    "low-dose XY-123"), where the document allocated it at levels; else None."""
    level = arm_parts.LEVEL.search(words)
    if level is None:
        return None
    wanted = f"{level.group('level').lower()}-dose {label}".lower()
    return next((a.label for a in allocated_arms(ctx) if a.label.lower() == wanted), None)


def scheduled_doses(ctx) -> bool:
    """Does the document give some dose on two or more schedules?"""
    return ctx.cached(("doses on schedules",), lambda: any(arm_parts.doses_on_schedules(s.text) for s in ctx.sentences))


def unscheduled_arm_label(ctx, i: int, words: str, start: int | None = None) -> str | None:
    """:func:`arm_label`, whatever schedule the phrase gives."""
    sentence = ctx.sentences[i]
    dose = C.DOSE_IN.search(words)
    with_dose = (lambda label: f"{label} {dose.group('amount')} {dose.group('unit')}") if dose else (lambda label: label)
    if start is not None:
        lo, hi = sentence.start + start, sentence.start + start + len(words)
        control = next((m for m in ctx.of_kind(i, "term") if lo <= m.start < hi and C.ARM_WORDS.fullmatch(m.label)), None)
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
                    if other:
                        return f"{m.label} plus {other}"
                    return with_dose(with_route_before(ctx, sentence.text, m.start - sentence.start, m.label)[1])
        if any(lo <= m.start < hi and named_by_first_word(ctx, m.text) for m in ctx.of_kind(i, "chemical")):
            return with_dose(ctx.main_therapy)   # "the sodium group" of a trial of sodium bicarbonate
    else:
        for m in ctx.of_kind(i, "drug", "therapy"):
            if m.text.lower() in words.lower():
                return with_dose(m.label)
    if (group := group_label(ctx, words)) is not None:
        return group                         # "in Group B": the document's group of that letter
    alone = C.dose_arm(" ".join(words.split()))
    if alone:                                # "in the 100 mg group": the document's therapy at that dose
        return f"{ctx.main_therapy} {alone}" if ctx.main_therapy and alone[0].isdigit() else alone
    if ctx.main_therapy and ACTIVE_ARM.fullmatch(words.strip()):
        return ctx.main_therapy              # "the treatment arm": the arm given the document's therapy
    hit = cues.PLACEBO.search(words) or C.ARM_WORDS.search(words)      # "chemotherapy plus placebo": placebo's arm
    if hit:
        word = C.arm_word(hit.group())
        # ("in the control arm" of a document whose one control is placebo: the placebo arm; "the high-dose group" of a
        # trial of doses: its highest dose)
        if word in ("active", "intervention") and (own := sole_therapy(ctx)):
            return own                       # ("in the intervention group": the document's one therapy's arm)
        return (document_control(ctx) or (worded_control(ctx) if CONTROL_GROUP.search(words) else None) or word) \
            if word == "control" else document_doses(ctx).get(word, word)
    return worded_arm(ctx, words)            # "the intensive-treatment group": an arm the allocation named in words


def named_by_first_word(ctx, word: str) -> bool:
    """Does ``word`` (a chemical's name) name the document's therapy by the first of its words, as writers shorten a
    salt to its element or ion ("sodium" for "sodium bicarbonate")?"""
    main = ctx.main_therapy
    return bool(main) and " " in main and main.split()[0].lower() == word.lower()


def in_group_arm(ctx, i: int, text: str) -> str | None:
    """The arm of "in the low-dose group" when a sentence gives numbers for one arm; None where it sets that arm
    against another ("higher in the XY group (P = 0.03)", "... in the XY group compared with placebo"), whose p-value
    compares the arms."""
    groups = list(R.IN_GROUP.finditer(text))
    if len(groups) != 1:
        return None                          # two groups named: the numbers compare them
    m = groups[0]
    if SET_AGAINST.search(text) or COMPARED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return None
    therapy = next((t.label for t in ctx.of_kind(i, "drug", "therapy") if t.text.lower() == m.group("g").lower()), None)
    if therapy:
        return therapy
    return plain_arm(m.group("g")) if is_arm_word(m.group("g"), {}) or C.ARM_WORDS.fullmatch(m.group("g")) else None


def lone_arm(ctx, i: int, text: str) -> "LoneArm | None":
    """The label and span of the one arm a sentence names: its single value is that arm's ("X was 58% in the XY-123
    group", "58% of XY-123-treated patients had X") where the document sets arms against each other (a control, or two
    therapies allocated), the trial's where it has one arm; None where the sentence names no arm or several, or sets
    the arm against another ("higher than")."""
    if SET_AGAINST.search(text):
        return None
    arms = sentence_arms(ctx, i, text)
    if not arms or len({label for *_, label in arms}) != 1:
        return None
    return LoneArm(arms[0][2], arms[0][0], arms[0][1], sets_arms_against(ctx))


@dataclass(frozen=True)
class LoneArm:
    label: str
    start: int
    end: int
    of_several: bool            # (one of the trial's arms, not its only one)

    def opens(self, text: str) -> bool:
        """Whether the sentence opens on this arm's phrase ("Among patients given XY-123, ...")."""
        return ARM_OPENER.fullmatch(text, 0, self.start) is not None and GROUP_AFTER.match(text, self.end) is not None

    def phrase_end(self, text: str, after: int) -> int | None:
        """Where the arm's phrase ends when it opens right at ``after`` ("X | in the XY-123 arm | was 44%"), else None."""
        if R.ARM_PHRASE_OPENS.fullmatch(text, after, self.start) is None:
            return None
        return GROUP_AFTER.match(text, self.end).end()


# the words that open a sentence on one arm: "In | XY-123-treated patients", "Among those given | XY-123"
# (a structured abstract's heading may stand before it: "Results: Among ...")
ARM_OPENER = re.compile(r"\s{0,3}(?:[A-Z][A-Za-z]{2,20}(?:\s[A-Za-z]{2,20})?:\s)?(?:In|Among|For|With)\s" + R.ARM_PEOPLE)
# the end of an arm's phrase after its name: "XY-123 | group |,"
GROUP_AFTER = re.compile(r"(?:[- ](?:group|arm|cohort)s?\b)?(?:[- ]treated\s(?:patients|participants|subjects)\b)?,?")


# an arm set against another: "compared with", "versus", "than" (and the arms, or numbers, of one comparison set against
# the last: "A and B | versus | C", "12% and 20% | vs | 5%"); or a comparative word just before the arm's phrase
SET_AGAINST = re.compile(r"\b(?:compared|versus|vs\.?|than|relative\sto)(?!\w)", re.I)
COMPARED_BEFORE = re.compile(rf"\b(?:{COMPARATIVE}|better|worse)\s(?:\w+\s){{0,2}}$", re.I)


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
    the XY-123 group and from 8.0 to 7.7 in the placebo group", "X with XY-123 moved from 72 to 40, against one
    from 75 to 70 on placebo"); [] unless two or more, each for another arm."""
    runs = [m for m in R.FROM_TO.finditer(text) if near(m, span, FROM_TO_REACH)] if "from" in text else []
    if len(runs) < 2:
        return []
    out = []
    for k, m in enumerate(runs):
        stop = min(runs[k + 1].start() if k + 1 < len(runs) else len(text), m.end() + ARM_AFTER_REACH)
        stop = turn.start() if (turn := cues.CLAUSE_BREAK.search(text, m.end(), stop)) else stop    # (", while ...")
        opens = ARM_AFTER_OPENS.search(text, m.end(), stop)
        arms = arm_spans(ctx, i, text, opens.end(), stop) if opens else []
        if not arms or arms[0][0] - opens.end() > 12:
            # (or the arm just before the run, named with the measure: "X with XY-123 moved | from 72 to 40")
            lo = max(runs[k - 1].end() if k else 0, m.start() - ARM_BEFORE_REACH)
            before = [a for a in arm_spans(ctx, i, text, lo, m.start()) if ARM_BEFORE_RUN.fullmatch(text, a[1], m.start())]
            # (or the arm its clause opens on: "In the A group, X fell | from 158 to 139, while in the B group it ...")
            before = before or [a for a in arm_spans(ctx, i, text, runs[k - 1].end() if k else 0, m.start())
                                if IN_ARM_BEFORE.search(text, max(0, a[0] - 16), a[0])
                                and not C.FIRST_NUMBER.search(text, a[1], m.start())]
            if not before:
                return []
            arms = before[-1:]
        out.append((arms[0][2], exact(m.group("b")), exact(m.group("v"))))
    return out if len({arm for arm, _, _ in out}) == len(out) else []


# what stands between an arm named before its "from ... to ..." and the run: "X with XY-123 | moved | from"
ARM_BEFORE_REACH = 30
ARM_BEFORE_RUN = re.compile(r"\s(?:(?:group|arm)\s)?(?:went|moved|fell|dropped|declined|rose|increased|decreased|changed)\s")
# the opening of a clause about one arm, before its name: "while | in the | B group it fell from ..."
IN_ARM_BEFORE = re.compile(r"(?:^|,\s|\b(?:while|whereas|and)\s)[Ii]n\s(?:the\s)?$")


def arm_after(ctx, i: int, text: str, at: int) -> str | None:
    """The arm of the phrase after a number at ``at``, in its clause ("fell 48% from baseline | in the XY-123 group",
    "..., while ..." another clause); None where no arm's phrase follows there."""
    contrast = R.CONTRAST.search(text, at)
    stop = contrast.start() if contrast else len(text)
    opens = ARM_AFTER_OPENS.search(text, at, min(stop, at + ARM_AFTER_CLAUSE))
    arms = arm_spans(ctx, i, text, opens.end(), stop) if opens else []
    return arms[0][2] if arms and arms[0][0] - opens.end() <= 12 else None


# how far after a number the phrase naming its arm may open, in the number's clause
ARM_AFTER_CLAUSE = 80


def changed_arm(ctx, i: int, text: str, at: int, arm: str | None = None) -> str | None:
    """The arm whose change the number at ``at`` gives: ``arm`` (the group the sentence names, "In the XY-123 group,
    ..."), else the one arm the sentence is about, else the arm whose phrase follows the number in its clause."""
    if arm:
        return arm
    lone = lone_arm(ctx, i, text)
    return lone.label if lone and lone.of_several else arm_after(ctx, i, text, at)


def changed_measure(ctx, i: int, text: str) -> Mention | None:
    """The measure no list knows of a sentence that says how one group's quantity moved ("Mean plasma zetaglobin
    decreased 48% from baseline"): the subject of the change verb
    (:func:`~kg.text.lone_changes.changed_subject`), where the change is the single-arm study's or that of the one arm
    the sentence names; None where the subject is an arm, a disease or people, or the change is nobody's."""
    if not cues.CHANGE_WORD.search(text) or not R.FIRST_DIGIT.search(text):
        return None
    arms = sentence_arms(ctx, i, text) or []
    found = changed_subject(text, [(a, b) for a, b, _ in arms])
    if found is None:
        return None
    (a, b), change = found
    base = ctx.sentences[i].start
    if any(x < b and a < y for x, y, _ in arms) or any(m.start - base < b and a < m.end - base
                                                      for m in ctx.of_kind(i, "disease", "drug", "therapy")):
        return None
    if sets_arms_against(ctx) and not changed_arm(ctx, i, text, change.end, in_group_arm(ctx, i, text)):
        return None                     # (a controlled trial's change no arm is named for: nobody's)
    phrase = text[a:b]
    return Mention(phrase, base + a, base + b, "measure", written(phrase))


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
        sign = -1 if verb.split()[0] in E.NEGATIVE_VERBS else 1
        yield names.get(label.lower(), label), sign * exact(m.group("n"))


# how far from its measure's name "from A to B" may be and still be its baseline and value: further away it is most
# often another quantity's range ("(levels from 400 to 1200 mg/dL) ... evaluating the safety of ...")
FROM_TO_REACH = 150


# an arm's phrase right after a "from A to B" run: "from 8.6 to 7.7 | with A"
ARM_AFTER_RUN = re.compile(r"\s?(?:%|points?)?\s(?:with|in|on|among|for)\s")


def near(m: re.Match, span: tuple[int, int], reach: int) -> bool:
    """Does match ``m`` lie within ``reach`` characters of ``span``?"""
    return m.start() - span[1] <= reach and span[0] - m.end() <= reach


def old_values(text: str, span: tuple[int, int] = (0, 0)) -> dict:
    """Baseline and value ("from 40 to 36", "(36 vs. 40 points)"), a change in points ("a mean 3 points lower").

    ``span``: where the measure is named in ``text`` ((0, 0): not in it, e.g. carried from the sentence before).
    """
    out = {}
    runs = [m for m in R.FROM_TO.finditer(text) if span == (0, 0) or near(m, span, FROM_TO_REACH)]
    if len(runs) > 1 and all(ARM_AFTER_RUN.match(text, m.end()) for m in runs):
        runs = []                       # ("fell from 8.6 to 7.7 with A and from 8.3 to 8.0 with B": each an arm's, which
        #                                 arm_from_to gives where it knows the arms; none is the measure's own)
    m = next(iter(runs), None) or (R.VS.search(text) if R.OVER_TIME.search(text) else None)
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
