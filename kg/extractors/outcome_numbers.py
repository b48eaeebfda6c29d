"""A result sentence's numbers given to its measures: per-arm values and changes, between-arm effects with their
CIs, p-values and significance, each to the frame of its measure, arm and trial.

>>> from kg.model import Mention
>>> m = [Mention(0, 3, "ZRS", "measure", "ZRS"), Mention(20, 23, "ZQL", "measure", "ZQL")]
>>> owner(m, {"ZRS": (0, 3), "ZQL": (20, 23)}, 30).label
'ZQL'
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from kg.extractors.estimate_arms import arm_p_values, estimates_per_arm
from kg.extractors.outcome_arms import (COMPARED_AFTER, arm_from_to, arm_label, change_sign, changed_arm, comparison_arms,
                                        in_group_arm, lone_arm, old_arm_changes, old_values, strategy_group)
from kg.extractors.outcome_frames import Frame, Frames
from kg.extractors.outcome_measures import BASELINE_NAMED, at_baseline, comparison_times, measure_timepoints
from kg.extractors.outcome_roles import listed_run
from kg.extractors.result_arms import (JOINED_SUBJECT, allocation_order, dose_ranging, ordered_values, sentence_arms,
                                      sets_arms_against, without_asides)
from kg.extractors.unreached_arms import unreached_arm_value
from kg.model import Mention
from kg.text import comparisons as C, cues, effects as E, prefilter as rx, results as R
from kg.text.lone_changes import chained_changes, lone_change
from kg.text.measure_shapes import LIKENESS
from kg.text.numbers import exact
from kg.text.respective import respective_values
from kg.text.result_objects import ESTIMATE_OPEN


# a clause of a list that names something no list or shape read, with its numbers in a bracket after it:
# "...; | ZQ-14v3 (LS mean 3.7 vs 0.9" (prefiltered: most sentences hold no semicolon)
UNREAD_NAME_BRACKET = rx.compile(r";\s{1,3}(?:and\s)?[^\s;()]{1,30}(?:\s[^\s;()]{1,30}){0,3}\s?\([^();]{0,60}$")
# a ratio estimate in the pair's own bracket: "(8% vs 16% | ; RR, 0.5" (the arms' rates of an event, not changes)
RATIO_AFTER = re.compile(r"%?[^()]{0,12}?[;,]\s?" + ESTIMATE_OPEN)
# a bare difference in percent ("difference 26.3%, 95% CI ..."), and a measure named as a share of people who reached
# it ("zeta response", "remission rate"): together, a difference of two shares (a risk difference), no mean difference
SHARES_DIFFERENCE = re.compile(r"(?:absolute\s)?differences?\s(?:of\s)?[-−+]?\d{1,3}(?:\.\d{1,2})?\s?%", re.I)
SHARE_NAME = re.compile(r"\b(?:response|remission|rate|success|cure|responders?|proportion|percentage)s?$", re.I)
# a bracketed p-value that a list's join follows, the next item after it: "... including response (p<0.001) |, | zeta
# severity (p=0.0037)": the unread item's before it, not the next one's
ITEM_JOIN_AFTER = re.compile(r"\)[,;]\s(?:and\s|or\s)?(?:the\s)?")


# what ends a clause between a list of measures and the verdict said of them: a verb of its own, a contrast, a
# semicolon ("A was higher, but B and C did not differ": C's verdict alone)
CLAUSE_BREAK = re.compile(rf"\b(?:was|were|is|are|had|has|have|showed|remained|improved|increased|decreased|reduced|"
                          rf"{cues.CONTRAST_WORDS})\b|;", re.I)


def clause_subject(text: str, measures: list[Mention], spans: dict, verdict: int) -> list[Mention]:
    """The measures named in the clause a verdict at ``verdict`` ends, after the last verb or contrast before it
    ("Secondary measures, including A, the B index, C and D, did not differ": all four; "A was higher, but B and C did
    not differ": B and C)."""
    begin = max((hit.end() for hit in CLAUSE_BREAK.finditer(text, 0, verdict)), default=0)
    return [m for m in measures if begin <= spans[m.label][0] and spans[m.label][1] <= verdict]


def respective_owners(text: str, comparisons: list, measures: list[Mention], spans: dict) -> dict:
    """{pair: its measure} where a sentence names its measures, then gives one pair each "respectively" ("A and B were
    similar (12% vs 20% and 5% vs 9%, respectively)"); {} for any other layout."""
    named = sorted((m for m in measures if spans[m.label][1]), key=lambda m: spans[m.label][0])
    if len(comparisons) != 1 or len(named) != len(measures) or spans[named[-1].label][1] > comparisons[0].start:
        return {}
    return dict(zip(C.respective_pairs(text, comparisons[0], len(named)), named))


def owner(measures: list[Mention], spans: dict, pos: int, again: dict | None = None, upto: int = 0) -> Mention:
    """The measure a number at ``pos`` belongs to: the last named before it, else the first. A measure named again
    later by its short form (``again``: label -> those namings' starts, :func:`later_namings`) is named there too, or
    inside the estimate's own words that end at ``upto``: "the primary endpoint, the zeta sum (ZS12), and the Zeta
    Scale (ZSC) (mean difference in ZS12 = 20.5)": ZS12's.

    >>> m = [Mention("zeta sum", 0, 8, "measure", "zeta sum"), Mention("Zeta Scale", 20, 30, "measure", "Zeta Scale")]
    >>> spans = {"zeta sum": (0, 8), "Zeta Scale": (20, 30)}
    >>> owner(m, spans, 50).label, owner(m, spans, 50, {"zeta sum": [40]}).label
    ('Zeta Scale', 'zeta sum')
    """
    before = [m for m in measures if spans[m.label][0] <= pos]
    last = before[-1] if before else measures[0]
    renamed = [(a, m) for m in before for a in (again or {}).get(m.label, ()) if spans[last.label][0] < a <= max(pos, upto)]
    return max(renamed, key=lambda x: x[0])[1] if renamed else last


def later_namings(ctx, i: int, measures: list[Mention], spans: dict) -> dict[str, list[int]]:
    """{label: starts} of the sentence's later namings of each of its measures by another written form (a short form
    the text defined, for the measure or for its last words: "the time-weighted zeta sum (ZS)"), after the naming its
    span holds."""
    start = ctx.sentences[i].start
    out: dict[str, list[int]] = {}
    for m in measures:
        a, b = spans[m.label]
        for x in ctx.mentions[i] if b else ():
            if (x.label == m.label or m.label.endswith(" " + x.label)) and x.start - start >= b and x.text != m.text:
                out.setdefault(m.label, []).append(x.start - start)
    return out


def last_named(text: str, span: tuple[int, int], before: int) -> tuple[int, int]:
    """The measure's last naming before ``before``, written as at ``span`` (its first): the one a change word before it
    speaks of ("had reached an X target ... a drop in | X | (28 vs. 7)").

    >>> t = "reached a ZR target; a drop in ZR (28 vs. 7)"
    >>> last_named(t, (10, 12), t.index("("))
    (31, 33)
    """
    a, b = span
    k = text.rfind(text[a:b], b, before) if b > a else -1
    return (k, k + b - a) if k != -1 else span


def nearest(measures: list[Mention], spans: dict, pos: int) -> Mention:
    return min(measures, key=lambda m: abs(spans[m.label][0] - pos))


# a share of the people in an arm: "a reduction in X in | 87% of the A group": those who had the change
# (the number is their share, not the change's size)
SHARE_OF_PEOPLE = re.compile(rf"\d{{1,3}}(?:\.\d{{1,2}})?\s?%\s(?:of|among)\s(?:the\s)?(?:{cues.PEOPLE}\b|those\b|[\w+-]{{1,30}}\s(?:group|arm)\b)",
                             re.I)


# the people a sentence counts right before the change it names: "a larger share of patients showed |
# improvement in X (21% vs 8%)", "the proportion of adults who achieved a | reduction in X": the numbers are their
# shares, not the change's size
PEOPLE_WHO_CHANGED = re.compile(rf"\b(?:number|proportion|percentage|share)\s(?:of\s)?(?:the\s)?{cues.PEOPLE}\s"
                                r"(?:(?:who|also|in\s[\w-]{1,20}|with\s[\w-]{1,20})\s){0,3}"
                                r"(?:demonstrated|showed|had|achieved|reported|experienced|attained)\s"
                                r"(?:an?\s|(?:clinically\s)?(?:meaningful|significant)\s){0,2}$", re.I)


# an arm's own p-value against the control in a bracket right after its number: "27.4% | [p=0.021] |", "| [NS] |",
# "36.0% | (p=0.012) |" (a round one holds only the p-value)
OWN_P_AFTER = re.compile(rf"\s?(?:{C.OWN_P.pattern})")
NOT_SIGNIFICANT_MARK = re.compile(r"\s{0,3}(?:NS|n\.s\.|not\ssignificant)\s{0,3}", re.I)


# times listed before "respectively", which its numbers are then of: "... at 4 and 8 weeks, respectively"
TIMES_LISTED = re.compile(r"\b(?:at|after|by|in|on)\s(?:(?:weeks?|months?|days?|years?)\s)?\d{1,3}(?:,\s\d{1,3})*,?\s(?:and|or)\s"
                          r"\d{1,3}(?:\s(?:weeks?|months?|days?|years?|hours?))?\b", re.I)
# a word for a group of patients, which values "respectively" may be said of
GROUP_WORD = re.compile(r"\b(?:groups?|arms?|cohorts?)\b", re.I)


def names_arm_or_time(ctx, i: int, text: str) -> bool:
    """Does the sentence name an arm, a group or a therapy, or list times, which values "respectively" may be of?"""
    return bool(ctx.of_kind(i, "drug", "therapy") or C.ARM_WORDS.search(text) or GROUP_WORD.search(text)
                or TIMES_LISTED.search(text))


# a new subject after the bracket that closes on a measure's p-value: "(34% vs 42%, P=.26) | , the number ...", "...) |
# but the rate ..." (not the same result said again: "..., the difference ...")
NEXT_SUBJECT = re.compile(r"[^()]{0,12}?[)\]]\s?[,;]?\s(?:but\s|while\s|whereas\s)?(?P<s>the|a)\s"
                          r"(?!(?:same|difference|differences|effect|effects|result|results|finding|change|changes)\b)", re.I)


def next_subject_at(text: str, end: int, p_values: list) -> int | None:
    """Where a clause with a subject of its own opens after the bracket that holds the first p-value after a measure's
    name (which ends at ``end``), else None.

    >>> t = "X was alike (34% vs 42%, P=.26), the count was significantly lower (18% vs 31%, P=.03)."
    >>> next_subject_at(t, 1, E.find_p_values(t)) == t.index("the count")
    True
    """
    own = next((p for p in p_values if p.start >= end), None)
    hit = NEXT_SUBJECT.match(text, own.end) if own is not None else None
    return hit.start("s") if hit else None


def read_numbers(ctx, i, text, trial, measures, spans, timepoint, frames: Frames, arm_pairs: dict) -> None:
    """Give the sentence's numbers to its measures' frames."""
    text = without_asides(text)                   # (a measure's definition gives no arm a number: "zeta calm defined
    #                                               as a ZS of 0 or 1, compared to ...")
    one = len(measures) == 1
    times = measure_timepoints(text, measures, spans, timepoint)
    verdicts = E.find_verdicts(text)
    per_arm = set()                               # measures whose per-arm numbers this sentence gave
    renamed_at = later_namings(ctx, i, measures, spans) if len(measures) > 1 else {}
    runs = read_respective(ctx, i, text, trial, measures, spans, times, frames, per_arm) \
        if len(measures) >= 2 and "respectively" in text else []
    if R.FIRST_DIGIT.search(text):
        effects, p_values = as_defined_ratios(ctx, text, E.find_effects(text)), E.find_p_values(text)
        effects, effect_arms = estimates_per_arm(ctx, i, text, effects,    # (one estimate per dose, "respectively")
                                                 lambda at: owner(measures, spans, at, renamed_at).label)
        # (a number inside a measure's name is no arm's: "achieved ZASI 90 at week 16 compared to 5% for placebo")
        named = [spans[m.label] for m in measures if R.FIRST_DIGIT.search(text, *spans[m.label])]
        comparisons = C.find_comparisons(text, [(e.start, e.end) for e in effects] + [(p.start, p.end) for p in p_values]
                                         + runs + named)
    else:
        effects, p_values, comparisons, effect_arms = [], [], [], {}
    whole, said = trial, None                     # (the arms the sentence's last comparison named)
    refused = False                               # (a pair whose arms' order the sentence contradicts: no reading)
    # (numbers in a clause before every measure that turns to it are another quantity's: "a 6.1-point improvement
    # (-19.5 vs. -13.4), with a 58% Y rate": not Y's)
    first = min(spans[m.label][0] for m in measures) if all(spans[m.label][1] for m in measures) else 0
    comparisons = [c for c in comparisons if not (c.end <= first and R.CONTRAST.search(text, c.end, first))]
    effects = [e for e in effects if not (e.end <= first and R.CONTRAST.search(text, e.end, first))]
    paired = respective_owners(text, comparisons, measures, spans)
    comparisons = sorted(paired, key=lambda c: c.start) if paired else comparisons
    own_times = comparison_times(text, [(c.start, c.end) for c in comparisons]) if one else None
    words_named: dict[str, str] = {}              # (the arm each comparison's words named)
    for k, c in enumerate(comparisons):
        trial = labelled_trial(ctx, i, text, c, comparisons[k + 1].start if k + 1 < len(comparisons) else len(text)) \
            or whole
        m = paired[c] if paired else owner(measures, spans, c.start, renamed_at)
        if UNREAD_NAME_BRACKET.search(text, spans[m.label][1], c.start):
            continue                # "A (-12.4 vs -5.1); ZQ-14v3 (3.7 vs 0.9)": the numbers of a name not read, not A's
        armless = c.respectively and not any(n.arm for n in c.numbers)
        if armless and R.OWN_PREDICATE_AFTER.match(text, c.end):
            later = [x for x in measures if spans[x.label][0] >= c.end]
            if not later:
                continue            # ("..., while 40% and 30%, respectively, reported no Y": Y's, a measure not read)
            m = later[0]
        if armless and len(c.numbers) == 2 and JOINED_SUBJECT.search(m.label):
            continue                # ("X and Y were 3.8% and 21.6%, respectively": X's and Y's, not two arms')
        # (the arms compared before: this trial's, else those this sentence compared last, for trials named together
        # or a second measure: "X was longer in the A group than in the B group (median, 9 vs. 5 months), as was Y
        # (median, 27 vs. 13 months)")
        # (or, for values given "respectively" with no arm at all, the arms the text compared last: "The results were
        # similar in ZETA II, with rates of 0.09 and 0.18, respectively")
        # (armless values given "respectively" after a pair in the same sentence are that pair's arms': "by 30% given
        # XY-123 200 mg and 15% given placebo, while 40% and 29%, respectively, reported no Y")
        # (and, before any comparison, values "respectively" refer to the arms in the order the allocation gave them:
        # "randomized to A or B. ... was 19.3 and 11.7 months, respectively")
        before = arm_pairs.get(trial.key) or said or (arm_pairs.get(LAST_PAIR) or (
            allocation_order(ctx) if one and not names_arm_or_time(ctx, i, text) else None) if armless else None)
        # (the words that named an arm earlier in the sentence name it again: "0.4 in the A group vs 0.6 in the B group
        # at 12 months and 0.3 in the A group vs ...")
        again = tuple(words_named.get(n.arm.lower()) for n in c.numbers if n.arm)
        labels = again if len(again) == len(c.numbers) > 1 and all(again) and len(set(again)) == len(again) else \
            said if armless and said and len(said) == len(c.numbers) else comparison_arms(ctx, i, text, c, before)
        refused = refused or labels == ()
        if not labels:
            continue
        said = labels
        words_named.update((n.arm.lower(), label) for n, label in zip(c.numbers, labels) if n.arm)
        if any(n.arm for n in c.numbers) and len(labels) > 1:     # (one arm's change alone pairs no arms)
            arm_pairs[LAST_PAIR] = labels
        if len(labels) > 1 and (all(n.arm for n in c.numbers) or trial.key not in arm_pairs):
            arm_pairs[trial.key] = labels
        change = R.CHANGE_WORD.search(text, max(0, spans[m.label][0]), c.start) is not None
        # ("showed improvement in overall survival, with a median of 15.1 vs 11.6 months": a time is a level, not a change)
        sign = change_sign(text, *last_named(text, spans[m.label], c.start), m.label) \
            if not change and not R.keeps_levels(m.label) and not RATIO_AFTER.match(text, c.end) else 0
        if sign and (noun := R.CHANGE_NOUN_BEFORE.search(text, max(0, spans[m.label][0] - 90), spans[m.label][0])) \
                and PEOPLE_WHO_CHANGED.search(text, max(0, noun.start() - 150), noun.start()):
            sign = 0                # ("more patients showed improvement in X (21% vs 8%)": their shares)
        if (change or sign or any(n.kind == "change" for n in c.numbers)) \
                and all(SHARE_OF_PEOPLE.match(text, n.start) for n in c.numbers):
            continue                # ("a reduction in X in 87% of the A group": who changed, not by how much)
        time = own_times[k] if own_times else times[m.label]
        for n, arm in zip(c.numbers, labels):
            frame = frames.get(trial, m, arm, i)
            if time and (read_before(frame, i) or own_times and k) and frame.values.get("timepoint") != time:
                frame = frames.get(trial, m, arm, i, period=time)    # the arm's number at another time
            if n.kind == "difference":          # the dose's difference from the control
                frame.set("effectMeasure", "mean difference", i)
                frame.set("effect", n.value, i)
                frame.set("timepoint", time, i)
                continue
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
            frame.set("timepoint", time, i)
            if start := baseline_after(text, n.end):
                frame.set("baseline", start, i)         # "by 1.2% | from a baseline of 8.1%": where this arm started
            if c.respectively and n is not c.numbers[-1] and (own := OWN_P_AFTER.match(text, n.end)):
                # "27.4% [p=0.021], 21.5% [NS] ... vs 14.8%, respectively": the arm's own
                inside = [p for p in p_values if own.start() <= p.start < own.end()]     # test against the control
                #                                 (not the last's bracket: "... vs 20.3% (p=0.01)" is between arms)
                if len(inside) == 1 or NOT_SIGNIFICANT_MARK.fullmatch(own.group().strip()[1:-1]):
                    frame.set("significant", inside[0].significant if inside else False, i)
                    if inside and not inside[0].bound:
                        frame.set("pValue", inside[0].value, i)
                p_values = [p for p in p_values if p not in inside]
        per_arm.add(m.label)
    trial = whole
    if one and not per_arm and not refused:
        m = measures[0]
        ordered = ordered_values(ctx, i, text, spans[m.label], effects, p_values)
        # (a change where a word says so beside a number or before the measure, or "change" is named before the first)
        sign = change_sign(text, *spans[m.label], m.label) if ordered and not R.keeps_levels(m.label) else 0
        if not sign and ordered and ordered[0].sign and {v.sign for v in ordered[1:]} <= {0, ordered[0].sign} \
                and not any(text[v.start] in "-−+" for v in ordered):
            sign = ordered[0].sign          # "X declined by 6.0 in A versus 9.5 in B": the verb governs both
        change = sign or any(v.changed for v in ordered) or (ordered and R.CHANGE_WORD.search(text, 0, ordered[0].start))
        if change and all(SHARE_OF_PEOPLE.match(text, v.start) for v in ordered):
            ordered = []                    # (who changed, as above)
        if len({v.arm for v in ordered}) > 1 and trial.key not in arm_pairs:
            arm_pairs[trial.key] = tuple(dict.fromkeys(v.arm for v in ordered))    # (the pair a list's next items,
            #                                    their arms unnamed, are given in: "A (X 12% v Y 20%), B (9% v 14%)")
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
    if not per_arm and one and ("reached" in text or "NR" in text) and (beside := unreached_arm_value(ctx, i, text)):
        frame = frames.get(trial, measures[0], beside[0], i)    # ("not reached with A versus 28.1 months with B")
        frame.set("value", beside[1], i)
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
    if arm and any(e.measure in E.RATIOS for e in effects) and arm in {t.label for t in ctx.of_kind(i, "drug", "therapy")}:
        arm = None                          # "patients in the XY group had a lower risk (HR ...)": XY against control
    # "A and B ..., with differences of 0.6 (CI ...) and 0.4 (CI ...), respectively": one estimate per measure, in order
    paired = len(effects) == len(measures) >= 2 and not any(e.arm for e in effects) and not effect_arms and \
        C.RESPECTIVELY.search(text, effects[-1].end, min(len(text), effects[-1].end + 25)) is not None and \
        max(spans[m.label][0] for m in measures) < effects[0].start
    if len(effects) >= 2 and not paired:
        # ("(absolute difference, 9.5%; OR, 1.8; 95% CI, ...)": the stated ratio is the measure's estimate, the bare
        # difference of shares before it another reading of the same result)
        effects = sorted(effects, key=lambda e: e.measure not in E.RATIOS)
        # ("OS was longer in patients with a ZPS of >= 50% (HR ...), and in the entire population (HR ...)": the whole
        # population's estimate first, so that it is the measure's; the others are its subgroups')
        of_all = [e for k, e in enumerate(effects) if R.WHOLE_POPULATION.search(
            text, effects[k - 1].end if k else max(0, e.start - 80), e.start)]
        effects = of_all + [e for e in effects if e not in of_all] if len(of_all) == 1 else effects
    for k, e in enumerate(effects):
        m = measures[k] if paired else owner(measures, spans, e.start, renamed_at, e.end)
        own = effect_arms.get(e.start)
        frame = frames.get(clause_trial(ctx, i, e.start) or trial, m, own or (arm_label(ctx, i, e.arm) if e.arm else arm), i)
        if "effect" in frame.values and frame.values["effect"] != e.value:
            continue                        # another comparison's estimate: its interval is not the first one's
        if e.measure == "mean difference" and SHARES_DIFFERENCE.match(text, e.start, e.end) and SHARE_NAME.search(m.label):
            continue                        # ("response was 56% vs 34% (difference 22%, ...)": a difference of two
            #                                 shares of people, no mean's)
        frame.set("effectMeasure", e.measure, i)
        frame.set("effect", e.value, i)
        frame.set("ciLow", e.ci_low, i)
        frame.set("ciHigh", e.ci_high, i)
        if not e.arm:                       # an arm's difference from control: the timepoint is the outcome's
            frame.set("timepoint", times[m.label], i)
    if not effects and one and ";" in text and (bare := BARE_ESTIMATE.search(text, spans[measures[0].label][1])):
        named = same_sentence_estimate(frames, i)
        if named is not None:           # "A (...; relative risk 0.95, 95% CI 0.78 to 1.15; ...), B (...; 0.89, 0.67
            frame = frames.get(trial, measures[0], None, i)      # to 1.18; ...)": the list's estimate, named once
            frame.set("effectMeasure", named, i)
            for key, group in (("effect", "v"), ("ciLow", "lo"), ("ciHigh", "hi")):
                frame.set(key, exact(bare.group(group)), i)
    for e, p in arm_p_values(effects, effect_arms, p_values):
        m = owner(measures, spans, e.start, renamed_at, e.end)
        frame = frames.get(clause_trial(ctx, i, e.start) or trial, m, effect_arms[e.start], i)
        frame.set("significant", p.significant, i)
        if not p.bound:
            frame.set("pValue", p.value, i)
        p_values = [x for x in p_values if x is not p]
    listed = E.respective_p_values(text) if len(measures) >= 2 and p_values else []
    if listed and len(listed) == len(measures) and all(0 < spans[m.label][1] <= listed[0].start for m in measures):
        # "A and B trended (p=0.06 and 0.11, respectively)": one p-value each, in the measures' order
        for m, p in zip(sorted(measures, key=lambda x: spans[x.label][0]), listed):
            frame = frames.get(trial, m, arm, i)
            frame.set("significant", p.significant, i)
            frame.set("pValue", p.value, i)
        p_values = [p for p in p_values if not listed[0].start - 8 <= p.start <= listed[-1].end]
    doses = dose_owners(ctx, i, text) if one and arm is None and not comparisons else []
    if doses:
        # (one dose's result against the control: "lower with XY-123 9 mg/kg/day (p = 0.007) but not with XY-123
        # 3 mg/kg/day (p = 0.29)": each p-value and verdict the dose's, whose arm it is)
        for x in [*p_values, *verdicts]:
            if (label := dose_before(doses, x.start)) is None:
                continue
            frame = frames.get(trial, measures[0], label, i)
            frame.set("significant", x.significant, i)
            if isinstance(x, E.PValue) and not x.bound:
                frame.set("pValue", x.value, i)
            frame.set("timepoint", times[measures[0].label], i)
        p_values = [p for p in p_values if dose_before(doses, p.start) is None]
        verdicts = [v for v in verdicts if dose_before(doses, v.start) is None]
    if one and len(p_values) >= 2 and (cut := next_subject_at(text, spans[measures[0].label][1], p_values)) is not None:
        # ("Although X was alike in both arms (34% vs 42%, P=.26), the number treated was significantly lower (...,
        # P=.03)": what follows the measure's own bracket is another subject's)
        p_values = [p for p in p_values if p.start < cut]
        verdicts = [v for v in verdicts if v.start < cut]
    # (significance within each group is no result between them; nor is what follows "except for" the measures'
    # before it: "A, B and C did not differ, except for D, which was higher (P<0.001)")
    p_values = [p for p in p_values if not within_groups(text, p.start, p.end) and not excepted(text, measures, spans, p.start)]
    verdicts = [v for v in verdicts if not (v.significant and within_groups(text, v.start, v.end))
                and not excepted(text, measures, spans, v.start)]      # ("no difference in all groups": between them)
    for p in [p for p in p_values if len(measures) >= 2 and SHARED_P.search(text, max(0, p.start - 8), p.start)]:
        owners = [m for m in measures if text.rfind(";", 0, p.start) < spans[m.label][0] and spans[m.label][1] <= p.start]
        for m in owners if len(owners) >= 2 else ():       # "A, B and C (all p<0.01)": each of them
            frames.get(trial, m, arm, i).set("significant", p.significant, i)
        p_values = [x for x in p_values if x is not p or len(owners) < 2]
    owned = [(m, owner_trial, trial_ps)
             for m, ps in group_by_owner(p_values, measures, spans, text, first, renamed_at).items()
             for owner_trial, trial_ps in by_clause_trial(ctx, i, ps, trial).items()]
    for m, owner_trial, ps in owned:
        frame = frames.get(owner_trial, m, arm, i)
        if arm is None and len(ps) == 1 and not ps[0].bound and (later := another_time(frame, times[m.label], i)):
            frame = timed_copy(frames, frame, later, i)     # "ZGI (p=0.006) at week 1 ... ZGI (p=0.004) at week 6"
        sig = {p.significant for p in ps}
        if len(sig) == 1 and None not in sig:
            frame.set("significant", sig.pop(), i)
        exact_ps = {p.value for p in ps if not p.bound}
        if len(exact_ps) == 1 and len(ps) == 1:
            frame.set("pValue", exact_ps.pop(), i)
    for v in verdicts:
        first = min(spans[x.label][0] for x in measures)
        last = max(spans[x.label][1] for x in measures)
        if v.end <= first and R.CONTRAST.search(text, v.end, first):
            continue            # ("X was higher ...; however, no differences in A, B or C": another clause's)
        if not one and v.end <= first and (E.EVERY.search(text, v.start, first) or (
                first - v.end <= 120 and len(listed_run(text, measures, spans)) == len(measures))):
            # "beat placebo on every key secondary goal: A, B and C"; "significant improvements in A, B and C"
            for m in measures:
                frames.get(trial, m, arm, i).set("significant", v.significant, i)
            continue
        if not one and 0 <= v.start - last <= 60 and len(listed_run(text, measures, spans)) == len(measures):
            for m in measures:               # "A, B, and C did not differ significantly": each of them
                frames.get(trial, m, arm, i).set("significant", v.significant, i)
            continue
        if not one and 0 <= v.start - last <= 60 and len(subject := clause_subject(text, measures, spans, v.start)) >= 2:
            for m in subject:                # (and a list of them with words no list knows between, in its clause)
                frames.get(trial, m, arm, i).set("significant", v.significant, i)
            continue
        m = measures[0] if one else nearest(measures, spans, v.start)
        frames.get(trial, m, arm, i).set("significant", v.significant, i)
    for m in measures:                      # every measure named is an outcome, at its timepoint
        frames.get(trial, m, arm if one else None, i).set("timepoint", times[m.label], i)
    alone = changed = None
    lone = lone_arm(ctx, i, text) if one and not comparisons and not per_arm else None
    if one and not per_arm:
        frame = frames.get(trial, measures[0], arm, i)
        for predicate, value in old_values(text, spans[measures[0].label]).items():
            frame.set(predicate, value, i)
        # ("X fell by a mean of 6.4 mmHg": the change of the one group the sentence or the study has)
        controlled = sets_arms_against(ctx)
        alone = lone_change(text, spans[measures[0].label], not controlled) \
            if not comparisons and "change" not in frame.values else None
        # (whose: the arm the sentence is about, or whose phrase follows the number; none in a single-arm study)
        whose = changed_arm(ctx, i, text, alone.end, arm) if alone and controlled else arm
        changed = frames.get(trial, measures[0], whose, i) if alone and (whose or not controlled) else None
        if changed is not None and "change" not in changed.values:
            changed.set("change", alone.value, i)
            changed.set("timepoint", times[measures[0].label], i)
        if timepoint and (frame.values or not comparisons):
            frame.set("timepoint", times[measures[0].label], i)
    # ("XY-123 gave a mean reduction of 6.0 points in A and a mean reduction of 3.4 points in B": its group's change of
    # each measure, the pairs read as "N points in ARM" naming measures, no arms; nobody's in a controlled trial whose
    # sentence names no arm)
    if not one and not per_arm and all(in_spans(n.arm_start, measures, spans) for c in comparisons for n in c.numbers) \
            and (chain := chained_changes(text, [spans[m.label] for m in measures])):
        controlled = sets_arms_against(ctx)
        whose = changed_arm(ctx, i, text, chain[0].end, arm) if controlled else arm
        for m, change in zip(sorted(measures, key=lambda x: spans[x.label][0]), chain) if whose or not controlled else ():
            frame = frames.get(trial, m, whose, i)
            if "change" not in frame.values:
                frame.set("change", change.value, i)
                frame.set("timepoint", times[m.label], i)
    for k, m in enumerate(measures):        # "the response rate was 42%": one value for a measure with no arms
        if m.label in per_arm or not spans[m.label][1]:
            continue
        end = min([spans[x.label][0] for x in measures if spans[x.label][0] > spans[m.label][0]] + [len(text)])
        if start := FROM_BASELINE_OF.search(text, spans[m.label][1], end):
            # "lowered X by 1.1% from a baseline of 8.1%": where patients started (the change itself is read apart),
            # the changed arm's start where the change is an arm's
            started = changed if changed is not None and alone and baseline_after(text, alone.end) else None
            (started or frames.get(trial, m, None, i)).set("baseline", exact(start.group("v")), i)
        begin = max([spans[x.label][1] for x in measures if spans[x.label][1] <= spans[m.label][0]] + [0])
        single = R.single_value(text, spans[m.label][1], end, lone.start if lone else -1)
        # (the one arm's phrase right after the value, "44% | in the XY-123 group", or between the measure and it)
        for_arm = bool(single and lone and single.end <= lone.start
                       and R.ARM_PHRASE_OPENS.fullmatch(text, single.end, lone.start))
        if single is None and lone and (after_arm := lone.phrase_end(text, spans[m.label][1])):
            single = R.single_value(text, after_arm, end)       # "X in the XY-123 arm | was 44%"
            for_arm = single is not None
        threshold = THRESHOLD_AFTER_MEASURE.match(text, spans[m.label][1])
        if single and alone and single.start <= alone.start < single.end:
            single = None                   # ("the mean change in X was -1.1%": a change, no value, whether or
            #                                  not an arm was found for it above)
        value = single.value if single and (single.unit == "%" or (single.unit == "month" and
                                                                   R.TIME_MEASURE.search(m.label))) and \
            not any(single.start <= c.start < single.end + 2 for c in comparisons) and \
            not any(e.start <= single.start < e.end for e in effects) and \
            not change_sign(text, spans[m.label][0]) and not COMPARED_AFTER.match(text, single.end, end) \
            and not E.RANGE_TO.match(text, single.end) and not threshold else None
        before = R.VALUE_BEFORE.search(text, begin, spans[m.label][0]) or \
            R.COUNT_BEFORE.search(text, begin, spans[m.label][0]) or \
            (R.RATE_BEFORE.search(text, begin, spans[m.label][0]) if R.RATE_MEASURE.search(m.label) else None) or \
            (R.LISTED_BEFORE.search(text, max(begin, spans[m.label][0] - 40), spans[m.label][0])
             if not ctx.allocated else None)
        inside = before and [a for a, _, _ in sentence_arms(ctx, i, text) or () if before.start() <= a < before.end()]
        if value is None and before and not any(c.start <= before.start("v") < c.end for c in comparisons) \
                and not threshold and (not inside or lone) and not CHANGE_NOUN_AFTER.match(text, spans[m.label][1]):
            #                                     (not the size of a change named after the measure: "a 12% | zeta fall
            #                                     rate | reduction")
            value = exact(before.group("v"))    # ("31% of placebo patients achieved X": that arm's share)
        if value is not None and (single or before) and R.ESTIMATE_MEASURE.match(m.label):
            # "vaccine efficacy was 84% (95% CI, 70 to 92)", "84% vaccine efficacy (VE) (95% CI, 70 to 92)": an
            # estimate of no ratio the vocabulary names, the outcome's value
            frame = frames.get(trial, m, None, i)
            after = R.SHORT_FORM_AFTER.match(text, spans[m.label][1])
            interval = R.interval_after(text, single.end if single else after.end() if after else spans[m.label][1])
            frame.set("value", value, i)
            frame.set("ciLow", interval[0] if interval else None, i)
            frame.set("ciHigh", interval[1] if interval else None, i)
            frame.set("timepoint", times[m.label], i)
            continue
        if value is not None:
            # (one arm's value where the sentence speaks of that arm alone: "In the XY-123 group, X was 44%", "X was
            # 44% among those given XY-123")
            given_for = lone.label if lone and lone.of_several and (inside or for_arm or lone.opens(text)) else None
            frame = frames.get(trial, m, arm or given_for if one and not comparisons else None, i)
            if BASELINE_NAMED.search(text, max(0, spans[m.label][0] - 16), spans[m.label][0]):
                frame.set("baseline", value, i)      # "from a mean baseline ZbA1c of 7.9%": where patients started
                continue
            frame.set("value", value, i)
            frame.set("timepoint", times[m.label], i)


# where a measure started, given after its change: "... from a (mean) baseline of | 8.1%"
def baseline_after(text: str, end: int) -> Decimal | None:
    """The baseline written right after a change that ends at ``end`` ("by 1.2% | from a baseline of 8.1%"), or None.

    >>> baseline_after("fell by 1.2% from a baseline of 8.1%", 12), baseline_after("fell by 1.2% by week 4", 12)
    (Decimal('8.1'), None)
    """
    hit = FROM_BASELINE_OF.match(text, end + 1) if text[end:end + 1] == " " else None
    return exact(hit.group("v")) if hit else None


# (not the size of a change written so, with no article: "a mean reduction | from baseline of 5.1 points | in X")
FROM_BASELINE_OF = rx.compile(r"(?=[f])\bfrom\s(?:an?\s|(?!baseline\sof\s\d[\d.]{0,8}\s?(?:points?|%)\s(?:in|on)\s))"
                              r"(?:(?:mean|median|average)\s)?baseline\s(?:value\s|level\s)?of\s"
                              r"(?P<v>\d{1,6}(?:\.\d{1,4})?)(?![\d.])", re.I)
# a threshold right after a measure that a share of patients reached ("96% of patients achieved a ZP level | of 110
# nmol/L or less", "... an HbA1c | below 7%"): that share is of a responder measure, not the measure's value
THRESHOLD_AFTER_MEASURE = rx.compile(
    r"\s(?:(?:levels?|concentrations?|scores?|values?)\s)?(?:of\s)?(?:(?:[<>≤≥]|less\sthan|below|under|above|at\sleast|greater\s"
    r"than|more\sthan)\s?\d|\d[\d.,]{0,8}\s?[\w/%]{0,12}\sor\s(?:less|lower|below|more|greater|higher|above)\b)", re.I)

# a change's noun right after a measure, whose size the number before the measure is
CHANGE_NOUN_AFTER = re.compile(rf"\s(?:{E.FALLING_NOUN}|{E.RISING_NOUN})s?\b", re.I)


def within_groups(text: str, start: int, end: int) -> bool:
    """Is the p-value or verdict at ``start:end`` said of each group's own change ("improved significantly in both
    groups", "(P < .0001 for both groups)")?

    >>> t = "Scores improved significantly in both groups (P < .001 for both); the difference was not significant."
    >>> within_groups(t, t.index("significantly"), t.index(" in both")), within_groups(t, t.index("not"), len(t))
    (True, False)
    >>> t = "Both groups improved in the zeta pain score (p < 0.001), with no significant difference between them."
    >>> within_groups(t, t.index("p <"), t.index("),"))
    True
    >>> t = "All groups improved but the A group had significant gains in zeta pain (p < 0.001)."
    >>> within_groups(t, t.index("significant"), t.index(" gains"))
    False
    """
    if ARMS_COMPARED.search(text, max(0, start - 80), start):
        return False            # ("-5.0 in the XY groups vs. -2.0 for placebo (p<0.05 for all groups)": each against it)
    return bool(R.WITHIN_GROUPS.search(text, end, min(len(text), end + 30))
                or R.WITHIN_GROUPS.search(text, max(0, start - 40), start)
                and not R.CONTRAST.search(text, max(0, start - 40), start)
                or (changed := R.GROUPS_CHANGED.search(text, max(0, start - 120), start)) is not None
                and not TURN.search(text, changed.end(), start))


# a turn from what all groups did to what one did: "All groups improved | but | the A group had significant ..."
TURN = re.compile(r"\b(?:but|whereas|while|although|though|however|yet|only)\b|;", re.I)


# a comparison of arms in the clause before a p-value (the comparing words, or the control named, or the arms said
# alike: "was similar in both groups (P = 0.6)"): what it weighs
ARMS_COMPARED = re.compile(rf"\b(?:{cues.COMPARED_WORDS}|compared|placebo|control|{LIKENESS})", re.I)


def excepted(text: str, measures: list[Mention], spans: dict, at: int) -> bool:
    """Does "except for" stand between the last measure named before ``at`` and it (the number or verdict is then
    the one left out's)?"""
    before = [spans[m.label][1] for m in measures if 0 < spans[m.label][1] <= at]
    return bool(before) and R.EXCEPT_FOR.search(text, max(before), at) is not None


# an estimate written without its name in a list's later item, after the arms' numbers: "(9/80 (11%) v 14/81 (17%);
# | 0.65, 0.30 to 1.41|; P = 0.27)"
BARE_ESTIMATE = re.compile(r"(?<=;)\s(?P<v>\d{1,3}(?:\.\d{1,3})?),\s(?P<lo>\d{1,3}(?:\.\d{1,3})?)\s(?:to|–)\s"
                           r"(?P<hi>\d{1,3}(?:\.\d{1,3})?)(?=\s?[;)])")


# a document's own definition of "RR" as a rate ratio: "rate ratio (RR) 1.11"
RATE_RATIO_DEFINED = re.compile(r"\b(?:incidence\s)?rate\sratios?\s?\((?:a|adjusted\s)?RR\)", re.I)
RR_NAMED = re.compile(r"a?RR\b")


def as_defined_ratios(ctx, text: str, effects: list) -> list:
    """The sentence's estimates, those named "RR" taken for rate ratios where the document defines "RR" so (the
    short form is a relative risk's elsewhere)."""
    if not any(e.measure == "relative risk" and RR_NAMED.match(text, e.start) for e in effects) or not ctx.cached(
            ("rate ratio defined",), lambda: any(RATE_RATIO_DEFINED.search(s.text) for s in ctx.sentences)):
        return effects
    return [replace(e, measure="rate ratio") if e.measure == "relative risk" and RR_NAMED.match(text, e.start) else e
            for e in effects]


def same_sentence_estimate(frames: Frames, i: int) -> str | None:
    """The kind of estimate (its name) an earlier measure of sentence ``i`` was given there, else None."""
    return next((f.values["effectMeasure"] for f in frames.by_key.values()
                 if f.arm is None and f.sentence.get("effectMeasure") == i), None)


LAST_PAIR = ""          # arm_pairs' key for the arms the document compared last, whichever trial's


def read_respective(ctx, i, text, trial, measures, spans, times, frames: Frames, per_arm: set) -> list[tuple[int, int]]:
    """Values given in the order of the measures named before them ("A, B and C were 12.3 months, 6.4 months and 31%,
    respectively, for patients in the XY arm"): one per measure, for the arm named after them or the trial as a whole.
    Where the sentence names as many measures as each run has values; the spans of the runs read are returned."""
    read = []
    runs = respective_values(text)
    for run in runs:
        named = [m for m in measures if spans[m.label][1] <= run.start]
        # (an arm named by its own words: "for patients in the PC arm")
        arm = (arm_label(ctx, i, run.arm) or strategy_group(f"the {run.arm} arm")) if run.arm else None
        if len(named) != len(run.values) or len(named) != len(measures) or (run.arm and arm is None):
            continue
        if any(spans[named[0].label][1] <= other.start < spans[named[-1].label][0] for other in runs):
            continue                # ("A of 47% and 38%, respectively, and B of 21 and 17 months, respectively": each
            #                          run is its own measure's, given per arm)
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


def by_clause_trial(ctx, i: int, items: list, default) -> dict:
    """The items (p-values) of sentence ``i`` grouped by the trial whose clause holds each (:func:`clause_trial`;
    ``default`` where the sentence names one trial), in order."""
    out: dict = {}
    for x in items:
        out.setdefault(clause_trial(ctx, i, x.start) or default, []).append(x)
    return out


def labelled_trial(ctx, i: int, text: str, c: C.Comparison, stop: int):
    """The trial a comparison's numbers are given for: the one named just after them ("44% vs. 27% in ZETA I, and 55%
    vs. 31% in ZETA II"), else the one of the clause they are in; None where the sentence names one trial."""
    if len(ctx.clauses[i]) < 2:
        return None
    lead = text[max(0, c.start - 60):c.start].rstrip()
    for k, t in enumerate(ctx.trials):      # "(in ZETA I, 44% vs. 27%; in ZETA II, 55% vs. 31%)": the label before
        for w in (t.name, *t.ids):          # (or opening the sentence: "In ZETA I, 44% ..."; or the numbers in a
            #                                 bracket after it: "both in ZETA I (0.46 vs 1.11; ...) and in ZETA II (...)")
            if w and lead.endswith(tuple(f"{i}n {w}{mark}" for i in "iI" for mark in (",", ":", " (", " ["))):
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


def another_time(frame: Frame, time: str | None, i: int) -> str | None:
    """``time``, where an earlier sentence than ``i`` gave the frame a p-value at another timepoint (a between-arm
    result at a later time is an outcome of its own), else None."""
    if time is None or frame.values.get("timepoint") in (None, time) or frame.sentence.get("pValue", i) >= i:
        return None
    return time


def timed_copy(frames: Frames, frame: Frame, time: str, i: int) -> Frame:
    """The frame of ``frame``'s measure and arm at another timepoint, with the role sentence ``i`` gave it."""
    later = frames.get(frame.trial, frame.measure, frame.arm, i, period=time)
    later.set("timepoint", time, i)
    if frame.sentence.get("outcomeRole") == i:
        later.set("outcomeRole", frame.values["outcomeRole"], i)
    return later


def read_before(frame: Frame, i: int) -> bool:
    """Has an earlier sentence than ``i`` given the frame its number?"""
    return any(frame.sentence.get(p, i) < i for p in ("value", "change"))


def dose_owners(ctx, i: int, text: str) -> list[tuple[int, str]]:
    """(end, label) of each dose arm a sentence names, in a trial of two or more doses of its therapy ("XY-123 9
    mg/kg/day", "the lower dose (3 mg/kg/day)"); [] where it names none or the trial has one dose (a digit of the
    drug's own name is no dose: "interferon beta-1a")."""
    if not dose_ranging(ctx):
        return []
    return [(b, label) for _, b, label in sentence_arms(ctx, i, text) or () if C.DOSE_IN.search(label)]


def dose_before(doses: list[tuple[int, str]], at: int) -> str | None:
    """The label of the last dose arm named before offset ``at``, else None."""
    before = [label for end, label in doses if end <= at]
    return before[-1] if before else None


# a bracket that gives one p-value of every result before it: "(all p<0.01)", "(both P < 0.001)", "(each P<.05)"
SHARED_P = re.compile(r"\(\s?(?:all|both|each)\s$", re.I)


def group_by_owner(items, measures, spans, text: str, first: int, again: dict | None = None) -> dict:
    """The items (p-values) of each measure (:func:`owner`), without those of a clause before every measure (before
    ``first``, where the first starts; 0 where one was carried from an earlier sentence) that a contrast ends ("There
    were fewer X (P=0.002), but no significant effect on Y": X, unnamed, is not Y)."""
    out: dict = {}
    for x in items:
        if x.start < first and R.CONTRAST.search(text, x.start, first):
            continue
        m = owner(measures, spans, x.start, again)
        if x.end <= spans[m.label][0] and text[x.start - 1:x.start] == "(" \
                and ITEM_JOIN_AFTER.fullmatch(text, x.end, spans[m.label][0]):
            continue
        if not UNREAD_NAME_BRACKET.search(text, spans[m.label][1], x.start):     # (a name not read: not its p-value)
            out.setdefault(m, []).append(x)
    return out


def in_spans(at: int | None, measures, spans: dict) -> bool:
    """Whether ``at`` falls inside one of the measures' names."""
    return at is not None and any(spans[m.label][0] <= at < spans[m.label][1] for m in measures)
