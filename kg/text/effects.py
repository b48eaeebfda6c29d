"""Between-arm results in one sentence: effect estimates with their CIs, p-values, and significance in words.

Pure functions over one sentence; every answer is a frozen dataclass with
offsets relative to that sentence. Numbers are exact :class:`~decimal.Decimal`
(``kg.text.numbers``); each function reads the sentence in its reading form
(``kg.text.reading``: "0·87" is 0.87, a Unicode minus is "-"; offsets kept).

Conventions (those of the evaluation kit's gold files): a stated ratio is an
effect with its measure (hazard, odds, rate ratio, relative risk); a stated
difference of means or of changes is a ``mean difference``; a percent
reduction ("cut the risk by 20%", "a relative risk reduction of 20%") is no
effect estimate in that vocabulary and is not read as one. A CI is read only
beside an effect estimate, never around a single rate.

>>> e = find_effects("hazard ratio, 0·83; 95% CI, 0·71 to 0·94")[0]
>>> e.measure, e.value, e.ci_low, e.ci_high
('hazard ratio', Decimal('0.83'), Decimal('0.71'), Decimal('0.94'))
>>> p = find_p_values("(P<.001)")[0]
>>> p.op, p.value, p.significant
('<', Decimal('0.001'), True)
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.model import record
from kg.text import cues, prefilter as rx
from kg.text.numbers import DECIMAL, exact, tidy
from kg.text.reading import reading_form as plain

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

# a signed decimal, on text that plain() has normalised
SNUM = rf"[-+]?{DECIMAL}"

# verbs that say a number is a change, by their sign: "declined by 6 points", "rose by 2.1"
FALLING = r"declined|fell|fallen|decreased|dropped|lost|reduced|lowered|cut|worsened|deteriorated"
RISING = r"rose|risen|increased|improved|gained|grew"
# nouns that say the same: "a reduction of 2 points", "an increase of 5%"
FALLING_NOUN = r"reduction|decrease|decline|drop|loss"
RISING_NOUN = r"increase|improvement|gain|rise"
# and the gerunds of a change a therapy made: "reducing X", "improving X"
CHANGING = r"reducing|lowering|decreasing|cutting|improving|increasing|raising"

# --- effect estimates -----------------------------------------------------------------------------------------
# the effect measures of the gold vocabulary and how writers name them; abbreviations are case-sensitive
EFFECT_NAMES = {
    "hazard ratio": r"(?i:hazard\s+ratios?|relative\s+hazard)|a?HR",       # (adjusted: "aHR", "aOR", "AOR", "aRR"; "ARR" is a reduction)
    "odds ratio": r"(?i:odds\s+ratios?)|[aA]?OR",
    "rate ratio": r"(?i:(?:incidence\s+)?rate\s+ratios?)|a?IRR",
    "relative risk": r"(?i:relative\s+risk|risk\s+ratios?)(?!\s+reduction)|a?RR",
    "mean difference": r"(?i:(?:least[-\s]squares?\s+|LS\s+)?mean\s+(?:[\[(]SE[\])]\s+)?differences?|(?<!risk\s)(?<!relative\s)difference|"
                       r"gap\s+between\s+(?:the\s+)?(?:two\s+)?(?:groups|arms))|LSMD"
                       # (its short form, adjusted perhaps: "adjusted MD (aMD) -0.08", "aMD -0.04")
                       r"|(?:(?i:adjusted)\s+)?a?MD(?![\w,.])",
}
# the estimates that set one group's risk or odds against another's (never one arm's own number)
RATIOS = frozenset(EFFECT_NAMES) - {"mean difference"}
_NAMES = "|".join(f"(?P<e{i}>{p})" for i, p in enumerate(EFFECT_NAMES.values()))
# what may stand between the name and its number: "[HR]", "for death", "between the groups", "in change", "was", ":"
# (and the interval's name before the number: "RR (95% CI) | 0.88 (0.71-1.09)"; a time's number in the words: "in X at
# week 16 was")
_BETWEEN = (r"(?:\s*[\[(][aA]?(?:HR|OR|RR|IRR|MD|LSMD)[\])])?"
            r"(?:\s*[\[(]\s*(?:\d{2}\s*%\s*)?(?:CI|(?i:confidence\s+interval))\s*[\])])?"
            r"(?:\s+(?:[A-Z][\w-]{1,20}\s+)?(?i:for|between|versus|vs\.?|in|from|compared\s+with)(?!\w)"
            r"(?:[^\d;:()\[\].]|(?<=[\w-])\d|(?<=week\s)\d|(?<=month\s)\d|(?<=day\s)\d|(?<=year\s)\d"
            # (a responder level after a scale's short form: "for ZASI 75 response was")
            r"|(?<=[A-Z]{2}\s)\d(?=\d?\s[a-z])"
            # (a dose group's amount: "between the 20-mg group and the 5-mg group was")
            rf"|(?<=\s)\d{{1,4}}(?=[-\s]?{cues.DOSE_UNIT}[-\s])){{1,60}}?)?"
            r"\s*(?:[,:=]|\b(?i:of|was|were|is)\b)?\s*(?<!week\s)(?<!month\s)(?<!day\s)(?<!year\s)")
# a confidence interval: "95% CI, 0.71 to 0.94", "95 percent confidence interval [CI]: 0.71, 0.94", "[0.71, 0.95]",
# "95% C.I. 0.57-0.95"
CI_WORDS = (r"(?:(?P<level>\d{2}(?:\.\d{1,3})?)\s*(?:%|(?i:percent|per\s+cent))\s*)?"
            r"(?:CI|C\.I\.|CrI|\[CI\]|(?<=%\s)Cl|(?<=%)Cl|(?i:confidence\s+interval|(?:Bayesian\s+)?credible\s+interval))"
            r"(?:\s*[\[(](?:CI|C\.I\.|CrI)[\])])?"
            # (or the level after "CI", where none stood before it: "CI 95% 0.70-0.93")
            r"(?(level)|(?:\s(?:90|95|99)\s?%(?=\s?[-−–]?\d))?)")
# (a level before "Cl", a lower-case L for the I, as typed: "95% Cl 0.43-0.71"; "95% [CI]")
CI_RANGE = rf"(?:(?:ranging\s)?from\s|of\s)?(?P<lo>{SNUM})\s*%?\s*(?:to|-|–|—|,|;)\s*(?P<hi>{SNUM}|(?<![\d.])\.\d{{1,4}}(?![\d.]))\s*%?"    # (".97")
# the level of an interval right after a number: "95| % CI", "95| percent confidence interval"
CI_LEVEL_AFTER = re.compile(r"\s?(?:%|percent|per\scent)\s?(?:CI|C\.I\.|Cl|CrI|confidence|credible)\b", re.I)
# a label's word before a number that names a group or a time: "Group | 1", "week | 12"
LABEL_BEFORE = re.compile(rf"\b{cues.ORDINAL_WORDS}s?\.?\s?$", re.I)
EFFECT = rx.compile(
    rf"(?<![\w-])(?:{_NAMES}){_BETWEEN}(?<![A-Za-z])(?<![A-Za-z]-)(?![\d.]{{1,6}}\s[a-z]{{3,20}}\s(?:was|were|is)\b)"
    rf"(?P<value>{SNUM})(?!-[A-Za-z])(?![A-Z]{{2}})"
    # (not a dose group's amount: "between the 20 | mg group and ...")
    rf"(?![-\s]?{cues.DOSE_UNIT}[-\s](?:group|arm|cohort|dose)\b)"
    # (a ratio is never in percent, a difference may be: "LS mean difference, -0.58%; 95% CI ...")
    rf"(?(e4)|(?!\s*%(?!\s*(?:CI|confidence))))(?P<unit>\s*(?i:percentage\s+points?|points?|mg/dl|mmol/l|kg)|\s*%(?!\s*(?:CI|confidence)))?"
    # (a p-value may stand between the estimate and its interval: "HR 0.736, p = 0.017; 95% CI 0.614-0.882")
    rf"(?:(?P<gap>(?:[^;.()\[\]]|[\[(]\s*(?:SE\s*[=:]?\s*)?\d{{1,6}}(?:\.\d{{1,4}})?\s*[\])]"
    rf"|(?<![\w.])[pP]\s?[=<>≤]\s?0?\.\d{{1,5}}){{0,60}}?)"
    rf"(?:(?:\s*[;,]\s*(?:with\s(?:a|an|the)\s)?|\s*[\[(]\s*)(?P<ciw>{CI_WORDS})\s*[,:=;]?\s*[\[(]?|\s*[\[(])\s*{CI_RANGE})?")
# a difference from placebo in a measure's change, given as the change itself: "the placebo-corrected percentage
# change in X from baseline was -31.0% (95% CI, -34.2 to -27.9)", "a placebo-adjusted X change of -12.1%", "an
# estimated treatment difference [ETD]: -9.1%; 95% CI: -10.4, -7.7", "a treatment difference of -6.3 %-points" (its
# short form in round brackets too: "(ETD), 0.3%")
# the units a measure's change, or a difference of changes, is given in (no share: a percent may be a relative change)
MEASURE_UNIT = r"(?:points?|units?|mg/dL|mmol/L|kg|mm\s?Hg|met(?:er|re)s|mL|letters|days?|hours?|minutes|seconds)"
PLACEBO_CORRECTED = rx.compile(
    rf"\b(?:placebo[-\s]{cues.NET_OF}\s(?:[\w-]{{1,20}}\s){{0,3}}?(?:change|difference|(?P<noun>{FALLING_NOUN}|{RISING_NOUN}))"
    rf"|(?:estimated\s)?treatment\sdifference(?:\s?[\[(]E?TD[\])])?)(?![\w-])"
    rf"(?:\s(?:in|from|of)\b(?:[^\d;:()\[\].]|(?<=[\w-])\d|\d(?=[A-Za-z])|(?<=week\s)\d|(?<=month\s)\d){{1,60}}?)?\s*(?:[,:=]|\b(?:of|was|were|is)\b)?"
    rf"\s*(?<!week\s)(?<!month\s)(?<![A-Za-z])(?P<value>{SNUM})(?![A-Za-z])"      # (not the "1" of "ZEV1")
    rf"(?:\s*(?:%-?points?|%|percentage\s+points?|{MEASURE_UNIT}))?"
    rf"(?:(?:\s*[;,]\s*|\s*[\[(]\s*)(?P<ciw>{CI_WORDS})\s*[,:=]?\s*{CI_RANGE})?", re.I)
# a second estimate of the same kind given on: "..., and -0.6 points in the high-dose arm (95% CI -2.1 to 0.9)"
CONTINUED = rx.compile(
    rf"[\])]?[^;()]{{0,60}}?\band\s+(?P<value>{SNUM})(?P<unit>\s*(?i:percentage\s+points?|points?))?"
    rf"(?P<gap>[^\d;.()\[\]]{{0,60}}?)\s*[\[(]\s*(?P<ciw>{CI_WORDS})\s*[,:=]?\s*{CI_RANGE}")
# "a 1.2-point difference", "a 3-point gap"
# (or a difference of shares in percentage points: "-12.4 percentage point difference")
# (its interval in a bracket or after a comma, named or bare: "..., 95% CI -26.0 to -7.4", "..., -14.6 to -3.1")
POINT_GAP = rx.compile(rf"(?<![\w.-])(?P<value>{SNUM})[-\s](?:percentage[-\s])?points?\s+(?:difference|gap)\b"
                       rf"(?:(?:\s*[\[(]\s*|\s*,\s*)(?:(?P<ciw>{CI_WORDS})\s*[,:=]?\s*)?{CI_RANGE})?", re.I)
# a number right before an estimate's name, which is then that estimate's value: "-12.4 percentage point | difference"
VALUE_BEFORE_NAME = re.compile(rf"{SNUM}[-\s](?:percentage[-\s])?points?\s$", re.I)
# the arm a between-arm number is given for: "in the low-dose arm"
IN_ARM = rx.compile(r"\bin\s+the\s+(?P<arm>[\w-]{1,40}(?:\s[\w./-]{1,40}){0,2})\s+(?:arm|group|cohort)\b", re.I)
COMPARED_SPAN = 240     # the characters before an estimate in which two named groups make it a between-group one
PAIRED = rx.compile(r"(?=[acv])\b(?:and|versus|vs|compared)\b", re.I)
# (or one group named as such before a number set against another's: "the A group had 5.2 vs | 2.9 ... in the B group")
OTHER_GROUP = re.compile(r"\b(?:group|arm|cohort)\b", re.I)
VERSUS_NUMBER = re.compile(r"\b(?:vs\.?|versus|compared\s(?:with|to))\s[-+]?\d", re.I)


def compares_groups(text: str, end: int) -> bool:
    """Does the text just before ``end`` give values for two groups ("3.9 in the A group and -1.0 in the B group")?

    Then an estimate after it compares them and belongs to no arm.

    >>> compares_groups("was 3.9 in the XY group and -1.0 in the sham group (", 50)
    True
    >>> compares_groups("was smaller in the high-dose group (", 36)
    False
    >>> compares_groups("smaller in the A arm (difference -1; CI -2 to 0) and in the B arm (", 67)
    False
    >>> compares_groups("The A group had 5.2 days vs 2.9 days in the B group (", 53)    # (the first group named as such)
    True
    """
    groups = list(IN_ARM.finditer(text, max(0, end - COMPARED_SPAN), end))
    if len(groups) == 1:
        before = text[max(0, end - COMPARED_SPAN):groups[0].start()]
        return bool(OTHER_GROUP.search(before)) and bool(VERSUS_NUMBER.search(before))
    if len(groups) < 2 or groups[-1].group("arm").lower() == groups[-2].group("arm").lower():
        return False
    between = text[groups[-2].end():groups[-1].start()]
    # two values side by side ("... in the A group and ... in the B group"), not one estimate per arm
    return ("(" not in between or bool(VERSUS_NUMBER.search(between))) and bool(PAIRED.search(between))


# an estimate's arm named right after it ("... were 0.71 (95% CI ...) | with XY-123 10 mg | and 0.63 ...")
WITH_ARM_AFTER = re.compile(r"[)\]]?\s?(?:\([^()]{1,60}\))?,?\swith\s(?:the\s)?[A-Z0-9]")
# ratios named in the plural: "hazard ratios 0.713 [...] and 0.694 [...], respectively"
PLURAL_RATIOS = rx.compile(r"(?=[hHoOrR])\b(?:hazard|odds|rate|risk)\s+ratios\b", re.I)
RESPECTIVELY = rx.compile(r"\brespectively\b")
TIME_UNIT = rx.compile(r"(?<!\s)\s*+(?:years?|months?|weeks?|days?|hours?|h)\b", re.I)
# a range's bounds: "from | 0 | to 48 hours", "from | 0 | -24 h"
RANGE_FROM = rx.compile(r"\bfrom\s$", re.I)
# the interval's own name before an estimate's: "(95% CI of difference -2.9-11.6)" gives the interval, not the estimate
INTERVAL_OF = re.compile(r"\b(?:CI|confidence\s+interval)\s+(?:of|for)\s+(?:the\s+)?$", re.I)
RANGE_TO = rx.compile(r"\s(?:to|through)\s[-+]?\d|\s?[-–]\s?\d", re.I)     # (and a range a single value opens: "by 1.1% | to 1.4%")


# estimates listed after the first, each with its interval, then the doses they are for, in order: "..., 148 (78-218)
# and 127 (57-197) mL for XY-123 1, 2 and 4 mg, respectively"
NEXT_ESTIMATE = rx.compile(rf"\)?(?:,\s|,?\sand\s)(?P<value>{SNUM})\s?\(\s?(?:{CI_WORDS}\s*[,:=]?\s*)?{CI_RANGE}\)")
FOR_DOSES = rx.compile(rf"\s?(?:[A-Za-z%]{{1,8}}\s)?(?:for|with|in)\s(?:the\s)?(?P<name>[A-Za-z][\w-]{{1,30}})\s"
                       rf"(?P<doses>{cues.DOSE_AMOUNTS})\s?(?P<unit>{cues.DOSE_UNIT})(?:\s(?:groups|arms|doses))?,?\srespectively\b")


def dose_estimates(text: str, first: Effect, end: int) -> list[Effect]:
    """The first estimate and those listed after it, each given to the dose the text lists for it "respectively"
    (arm "XY-123 3 mg"); [] unless there are as many doses as estimates.

    >>> t = "of 14 (95% CI 7-21), 20 (13-27) and 9 (2-16) mL for XY-1 1, 3 and 6 mg, respectively"
    >>> first = Effect("mean difference", Decimal(14), Decimal(7), Decimal(21), 3, 18)
    >>> [(str(e.value), e.arm) for e in dose_estimates(t, first, 18)]
    [('14', 'XY-1 1 mg'), ('20.0', 'XY-1 3 mg'), ('9.0', 'XY-1 6 mg')]
    """
    found = [first]
    while (more := NEXT_ESTIMATE.match(text, end)) is not None:
        value, lo, hi = exact(more.group("value")), exact(more.group("lo")), exact(more.group("hi"))
        if not lo <= value <= hi:
            return []
        found.append(Effect(first.measure, value, lo, hi, more.start("value"), more.end()))
        end = more.end()
    doses = FOR_DOSES.match(text, end) if len(found) >= 2 else None
    amounts = re.findall(cues.DOSE_AMOUNT, doses.group("doses")) if doses else []
    if len(amounts) != len(found):
        return []
    return [Effect(e.measure, e.value, e.ci_low, e.ci_high, e.start, e.end, f"{doses.group('name')} {a} {doses.group('unit')}")
            for e, a in zip(found, amounts)]


# estimates listed one per event after their plural name: "The hazard ratios were 0.79 (95% CI, 0.41 to 1.48) for death
# from zeta causes, 0.88 (95% CI, 0.61 to 1.27) for zeta infarction, and 0.31 (95% CI, 0.12 to 0.77) for stroke"
LISTED_HEAD = rx.compile(r"(?=[hor])\b(?P<kind>hazard|odds|rate|risk)\sratios\s(?:\w+\s){0,2}?(?:were|of|:)\s", re.I)
LISTED_ITEM = rx.compile(rf"(?P<value>{SNUM})\s?[(\[]\s?{CI_WORDS}\s?[,:]?\s?{CI_RANGE}[)\]]\s(?:for|with|in)\s"
                         rf"(?:the\s)?(?P<x>[A-Za-z][^,;:()\[\]]{{2,100}}?)(?=,\s(?:and\s)?{SNUM}\s?[(\[]|\sand\s{SNUM}\s?[(\[]|\s?[;.]|\s?$)")
LISTED_JOIN = rx.compile(r",\s(?:and\s)?|\sand\s")


# mean differences listed one per measure after their plural name, each with its unit: "mean treatment differences
# between XY 300 mg and placebo were -0.8 mmol/L for zeta glucose, -2.6 kg for weight, and -9.4% for beta dose"
DIFFERENCES_HEAD = rx.compile(r"(?=[adlmt])\b(?:(?:least[- ]squares?\s|LS\s|adjusted\s)?mean\s)?(?:treatment\s)?differences\s"
                              r"(?:between\s(?P<arm>[^,;()]{1,60}?)\sand\s(?:the\s)?(?:placebo|control|vehicle|sham)\s)?"
                              r"(?:were|of|:)\s", re.I)
DIFFERENCE_ITEM = rx.compile(rf"(?P<value>{SNUM})(?:\s?%|\s[A-Za-zµ/]{{1,12}})?\s(?:for|in)\s(?:the\s)?"
                             rf"(?P<x>[A-Za-z][^,;:()\[\]]{{2,60}}?)(?=,\s(?:and\s)?{SNUM}|\sand\s{SNUM}|\s?[;.(]|\s?$)")


@record
class ListedEffect:
    """One estimate of a list that gives each event its own: the event's words (offsets in the text) and the estimate."""

    event: str
    start: int
    end: int
    effect: Effect


def listed_effects(text: str) -> list[ListedEffect]:
    """Estimates listed one per event after their plural name ("The hazard ratios were 0.84 (95% CI, ...) for A, ...").

    >>> t = "The odds ratios were 0.62 (95% CI, 0.40 to 0.96) for zeta relapse and 1.10 (95% CI, 0.70 to 1.72) for death."
    >>> [(x.event, str(x.effect.value), str(x.effect.ci_high)) for x in listed_effects(t)]
    [('zeta relapse', '0.62', '0.96'), ('death', '1.1', '1.72')]
    """
    head = LISTED_HEAD.search(text)
    if head is None:
        return []
    measure = {"hazard": "hazard ratio", "odds": "odds ratio", "rate": "rate ratio", "risk": "relative risk"}[
        head.group("kind").lower()]
    def estimate(m: re.Match) -> Effect | None:
        value, lo, hi = exact(m.group("value")), exact(m.group("lo")), exact(m.group("hi"))
        if value is None or lo is None or hi is None or not lo <= value <= hi:
            return None
        return Effect(measure, value, lo, hi, m.start(), m.end("hi") + 1)
    return listed_items(text, head.end(), LISTED_ITEM, estimate)


def listed_items(text: str, pos: int, item: re.Pattern, effect_of) -> list[ListedEffect]:
    """The items of a list from ``pos``, each matched by ``item`` and joined by commas or "and", with the estimate
    ``effect_of`` reads from each (the list ends at the first it reads none from); [] unless there are two."""
    out = []
    while (m := item.match(text, pos)) is not None and (effect := effect_of(m)) is not None:
        out.append(ListedEffect(m.group("x").strip(), m.start("x"), m.end("x"), effect))
        join = LISTED_JOIN.match(text, m.end())
        if join is None:
            break
        pos = join.end()
    return out if len(out) >= 2 else []


def listed_differences(text: str) -> list[ListedEffect]:
    """Mean differences listed one per measure after their plural name (each the arm's, named in it, against the
    control: "differences between XY 300 mg and placebo were -0.8 mmol/L for A, -2.6 kg for B"); two at least.

    >>> t = "Mean treatment differences between XY 300 mg and placebo were -0.8 mmol/L for zeta glucose and -2.6 kg for weight."
    >>> [(x.event, str(x.effect.value), x.effect.arm) for x in listed_differences(t)]
    [('zeta glucose', '-0.8', 'XY 300 mg'), ('weight', '-2.6', 'XY 300 mg')]
    """
    head = DIFFERENCES_HEAD.search(text)
    if head is None:
        return []
    def difference(m: re.Match) -> Effect | None:
        value = exact(m.group("value"))
        return None if value is None else Effect("mean difference", value, None, None, m.start(), m.start("x"),
                                                 head.group("arm"))
    return listed_items(text, head.end(), DIFFERENCE_ITEM, difference)


@record
class Effect:
    """A between-arm estimate: its measure, value and CI; ``arm`` when the text gives it for one arm."""

    measure: str
    value: Decimal
    ci_low: Decimal | None
    ci_high: Decimal | None
    start: int
    end: int
    arm: str | None = None


def find_effects(text: str) -> list[Effect]:
    """Every effect estimate of a sentence, in text order.

    >>> [(e.measure, e.value, e.ci_low, e.ci_high) for e in find_effects("(HR=0.83, 95% confidence interval [CI]: 0.71, 0.94)")]
    [('hazard ratio', Decimal('0.83'), Decimal('0.71'), Decimal('0.94'))]
    >>> [(e.measure, e.value) for e in find_effects("a difference of 2.5 points, a 30% relative risk reduction")]
    [('mean difference', Decimal('2.5'))]
    >>> [(e.measure, str(e.value)) for e in find_effects("an 8.1-point reduction in the ZRS score compared to placebo")]
    [('mean difference', '-8.1')]
    >>> [(str(e.value), str(e.ci_low)) for e in find_effects("X fell versus placebo (- 0.7 h [- 1.10, - 0.30]; p = 0.004)")]
    [('-0.7', '-1.1')]
    >>> find_effects("no difference in the zeta score between Group 1 (18.2 ± 2.9) and Group 2 (15.6 ± 3.1)")
    []
    """
    text = plain(text)
    out = []
    for m in EFFECT.finditer(text):
        measure = next(name for i, name in enumerate(EFFECT_NAMES) if m.group(f"e{i}"))
        if PLURAL_RATIOS.match(m.group()) and not RESPECTIVELY.search(text, m.end(), m.end() + 240) \
                and not WITH_ARM_AFTER.match(text, m.end()):
            continue                    # (ratios named in the plural give one estimate per arm, "respectively" or each
            #                             "with" its arm: not a list of events' ratios, :func:`listed_effects`)
        value = exact(m.group("value"))
        if VALUE_BEFORE_NAME.search(text, max(0, m.start() - 30), m.start()):
            continue                    # ("-6.8 percentage point difference, -11.9 to -1.7": :data:`POINT_GAP` reads it)
        if CI_LEVEL_AFTER.match(text, m.end("value")):
            continue                    # "(-12.4 point difference, | 95% CI ...)": the interval's level, no estimate
        if measure == "mean difference" and TIME_UNIT.match(text, m.end("value")):
            continue                    # "a difference of 4 months" in medians: not a difference of means
        if RANGE_FROM.search(text, max(0, m.start("value") - 6), m.start("value")) and RANGE_TO.match(text, m.end("value")):
            continue                    # "the pain intensity difference from 0 to 48 hours": a range, not an estimate
        if measure != "mean difference" and not (value is not None and 0 < value < 100):
            continue
        if LABEL_BEFORE.search(text, max(0, m.start("value") - 8), m.start("value")):
            continue                    # "the difference ... between Group 1 (...) and Group 2": a group's number
        if INTERVAL_OF.search(text, max(0, m.start() - 30), m.start()):
            continue
        lo, hi = (exact(m.group("lo")), exact(m.group("hi"))) if m.group("lo") else (None, None)
        if lo is not None and not m.group("ciw") and (m.group("gap") or "").strip():
            lo = hi = None              # a bare "(a-b)" counts only right after the estimate
        if lo is not None and not (lo <= value <= hi):
            lo = hi = None              # an interval that does not hold the estimate is some other range
        arm = IN_ARM.search(m.group("gap") or "")
        before = IN_ARM.search(text, max(0, m.start() - 45), m.start()) if measure == "mean difference" else None
        if arm is None and before and text[before.end():m.start()].strip() in ("(", "[", ",") \
                and not compares_groups(text, m.start()):
            arm = before                # "smaller in the low-dose arm (difference -1.9; ...)"
        out.append(Effect(measure, value, lo, hi, m.start(), m.end(), arm.group("arm") if arm else None))
        dosed = dose_estimates(text, out[-1], m.end()) if lo is not None and "respectively" in text else []
        if dosed:                       # "differences of 131 (95% CI 61-201), 148 (78-218) ... for XY 1, 2 ... mg,
            out[-1:] = dosed            # respectively": one estimate per dose arm
            continue
        more = CONTINUED.match(text, m.end()) if lo is not None else None
        if more:
            value, lo, hi = exact(more.group("value")), exact(more.group("lo")), exact(more.group("hi"))
            arm = IN_ARM.search(more.group("gap") or "")
            if lo <= value <= hi and (arm is not None) == (out[-1].arm is not None):
                out.append(Effect(measure, value, lo, hi, more.start("value"), more.end(), arm.group("arm") if arm else None))
    for m in PLACEBO_CORRECTED.finditer(text):
        if any(e.start <= m.start("value") < e.end for e in out):
            continue
        value = exact(m.group("value"))
        lo, hi = (exact(m.group("lo")), exact(m.group("hi"))) if m.group("lo") else (None, None)
        if m.group("noun") and value > 0 and falling(m.group("noun")) < 0:
            value = -value                  # "a placebo-adjusted mean reduction ... of 2.7": a difference of -2.7, and
            if lo is not None and lo >= 0 and hi >= 0:      # its interval written without the sign takes it too
                lo, hi = -hi, -lo
        if lo is not None and not (lo <= value <= hi):
            lo = hi = None
        out.append(Effect("mean difference", value, lo, hi, m.start(), m.end()))
    for m in POINTS_VS_CONTROL.finditer(text):
        if cues.AT_LEAST_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue                    # "time to a >=3-point reduction in X versus placebo": a threshold, no result
        if not any(e.start <= m.start() < e.end for e in out):
            out.append(Effect("mean difference", falling(m.group("noun")) * exact(m.group("value")), None, None, m.start(),
                              m.end("value")))
    for m in MORE_THAN_CONTROL.finditer(text) if " than " in text else ():
        verb = CHANGE_VERB_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if verb and not any(e.start <= m.start() < e.end for e in out):
            sign = -1 if verb.group("verb").lower() in NEGATIVE_VERBS else 1
            out.append(Effect("mean difference", sign * exact(m.group("value")), None, None, m.start(), m.end("value")))
    for m in SIGNED_THAN_CONTROL.finditer(text) if " than " in text else ():
        at = m.start("value") if m.group("value") else m.start("value2")
        if not any(e.start <= at < e.end for e in out):
            sign = -1 if (m.group("cmp") or m.group("cmp2")).lower() in ("lower", "smaller") else 1
            out.append(Effect("mean difference", sign * exact(m.group("value") or m.group("value2")), None, None, at,
                              m.end("value") if m.group("value") else m.end("value2")))
    for m in CHANGED_BY_INTERVAL.finditer(text) if " by " in text and VERSUS_CONTROL.search(text) else ():
        # "compared with placebo, XY-123 reduced X by 3.1 points (95% CI, 1.2 to 5.0)": the arms' difference, signed by
        # the verb (an interval written without the sign takes it too)
        if any(e.start <= m.start("value") < e.end for e in out):
            continue
        sign = -1 if m.group("verb").lower() in NEGATIVE_VERBS else 1
        hit = m
        while hit is not None:          # (and the next measures, the verb said once: "..., and Y by 1.9 (95% CI ...)")
            value, lo, hi = exact(hit.group("value")), exact(hit.group("lo")), exact(hit.group("hi"))
            if sign < 0 and value > 0:
                value, (lo, hi) = -value, ((-hi, -lo) if lo >= 0 and hi >= 0 else (lo, hi))
            if lo <= value <= hi:
                out.append(Effect("mean difference", value, lo, hi, hit.start("value"), hit.end()))
            hit = NEXT_BY_INTERVAL.match(text, hit.end())
    for m in CHANGED_BY_VERSUS.finditer(text) if " by " in text and VERSUS_CONTROL.search(text) else ():
        # "XY-123 improved X by 34 meters compared with placebo": the arms' difference, signed by the verb
        if not any(e.start <= m.start("value") < e.end for e in out):
            sign = -1 if m.group("verb").lower() in NEGATIVE_VERBS else 1
            out.append(Effect("mean difference", sign * exact(m.group("value")), None, None, m.start("value"), m.end()))
    for m in BRACKETED_DIFFERENCE.finditer(text) if "[" in text else ():
        value, lo, hi = (exact(m.group(g).replace(" ", "")) for g in ("value", "lo", "hi"))
        if any(e.start <= m.start("value") < e.end for e in out) or not (lo <= value <= hi) or \
                not (m.group("word") or VERSUS_CONTROL.search(text, 0, m.start())):
            continue
        out.append(Effect("mean difference", value, lo, hi, m.start(), m.end()))
    for m in ROUND_DIFFERENCE.finditer(text) if "(" in text else ():
        value, lo, hi = (exact(m.group(g).replace(" ", "")) for g in ("value", "lo", "hi"))
        if any(e.start <= m.start("value") < e.end for e in out) or not (lo <= value <= hi) \
                or not (m.group("unit") or value < 0) or not (VERSUS_CONTROL.search(text, 0, m.start())
                                                              or GREATER_CHANGE.search(text, 0, m.start())):
            continue
        out.append(Effect("mean difference", value, lo, hi, m.start(), m.end()))
    for m in POINT_GAP.finditer(text):
        if not any(e.start <= m.start() < e.end for e in out):
            value = exact(m.group("value"))
            lo, hi = (exact(m.group("lo")), exact(m.group("hi"))) if m.group("lo") else (None, None)
            if lo is not None and not (lo <= value <= hi):
                lo = hi = None          # "a 0.65-point difference (95% CI, -0.45 to 1.74)"
            out.append(Effect("mean difference", value, lo, hi, m.start(), m.end()))
    return sorted(out, key=lambda e: e.start)


# --- p-values -------------------------------------------------------------------------------------------------
P_VALUE = rx.compile(
    r"(?<![\w.])[Pp](?:[-\s]?values?)?\s*"
    r"(?:(?P<op>[=<>≤≥])|(?P<word>(?:\b(?:was|of|is|equal\s+to)\s+)?(?:(?P<less>less\s+than|below|under)\s+)?))\s*"
    r"(?P<p>0?\.\d{1,12}|[01](?:\.0{1,12})?)(?![\d.]\d)")


@record
class PValue:
    """A p-value and its relation ("=", "<", ">"): a bound ("P<0.001") or a value."""

    op: str
    value: Decimal
    start: int
    end: int

    @property
    def bound(self) -> bool:
        return self.op != "="

    @property
    def significant(self) -> bool | None:
        """Below 0.05 (or bounded below it): True; at or above it: False; a lower bound under it: None."""
        if self.op in "<≤":
            return True if self.value <= Decimal("0.05") else None
        if self.op in ">≥":
            return False if self.value >= Decimal("0.05") else None
        return self.value < Decimal("0.05")


def find_p_values(text: str) -> list[PValue]:
    """Every p-value of a sentence, in text order.

    >>> [(p.op, p.value) for p in find_p_values("P = .004; p value of 0.010; p<0.0001, P less than 0.05")]
    [('=', Decimal('0.004')), ('=', Decimal('0.01')), ('<', Decimal('0.0001')), ('<', Decimal('0.05'))]
    """
    out = []
    for m in P_VALUE.finditer(plain(text)):
        if m.group("op") is None and not m.group("word").strip():
            continue                    # "P 0.5" without a relation: not a p-value
        op = m.group("op") or ("<" if m.group("less") else "=")
        op = {"≤": "<", "≥": ">"}.get(op, op)
        out.append(PValue(op, p_number(m.group("p")), m.start(), m.end()))
    return out


# p-values listed after one "p =", given in the order of the measures before them: "(p=0.06 and 0.11, respectively)"
P_LIST_RESPECTIVELY = rx.compile(r"""(?<![\w.])[Pp](?:[-\s]?values?)?\s*(?:=|of|were)\s*
    (?P<list>0?\.\d{1,12}(?:\s*(?:,\s*(?:and\s+)?|and\s+)0?\.\d{1,12}){1,5}),?\s+respectively""", re.X)
P_LISTED = re.compile(r"0?\.\d{1,12}")


def respective_p_values(text: str) -> list[PValue]:
    """The exact p-values one "p =" lists for the measures before it, in order; [] where there is no such list.

    >>> [str(p.value) for p in respective_p_values("ZS-A and ZS-B trended (p=0.06 and 0.11, respectively).")]
    ['0.06', '0.11']
    """
    m = P_LIST_RESPECTIVELY.search(text) if "respectively" in text else None
    if m is None:
        return []
    return [PValue("=", p_number(v.group()), m.start("list") + v.start(), m.start("list") + v.end())
            for v in P_LISTED.finditer(m.group("list"))]


def p_number(digits: str) -> Decimal:
    """A p-value's digits as a number (".004" as 0.004)."""
    return tidy(Decimal("0" + digits if digits.startswith(".") else digits))


# --- significance in words ------------------------------------------------------------------------------------
# (a difference said to be small, "did not differ much", is a description, no test's verdict)
NOT_SIGNIFICANT = rx.compile(
    r"(?=[defmnstw])\b(?:not\s+(?:statistically\s+)?significant(?:ly)?|non-?significant(?:ly)?|did\s+not\s+reach\s+(?:statistical\s+)?significance|"
    r"failed\s+to\s+(?:reach|show|meet|achieve|demonstrate)|missed\s+(?:its|the|both|their)\b|"
    r"no\s+(?:statistically\s+)?significant|did\s+not\s+(?:separate|differ(?!\s+(?:much|greatly|substantially|markedly))|meet|achieve)|(?:was|were)(?:\s+also)?\s+not\s+met|"
    # ("XY-123 did not influence A, B or C": left them as they were; "was not superior to placebo")
    r"did\s+not\s+(?:significantly\s+)?(?:influence|affect|alter)|(?:was|were)\s+not\s+(?:statistically\s+)?superior\s+to|"
    # (or a result verb denied: "XY did not reduce A", "failed to improve B")
    rf"{cues.DENIED_CHANGE}|"
    r"(?:wasn|weren)['’]t\s+met|"
    r"endpoints?\s+not\s+met|showed\s+no\s+(?:difference|benefit)|no\s+difference\s+between|neither\s+dose\s+separated|"
    # ("No differences were observed in A, B and C", "nor were any differences found in ...")
    r"no\s+(?:[a-z]+\s+)?differences?\s+(?:(?:was|were)\s+)?(?:seen|found|observed|noted|detected)|"
    r"nor\s+were\s+(?:any\s+)?differences\s+(?:seen|found|observed|noted|detected)|"
    r"there\s+(?:was|were)\s+no\s+(?:[a-z]+\s+)?differences?\s+(?:in|between))\b", re.I)
# (also "led to significant reductions in X", not a "clinically" or "numerically" significant one)
SIGNIFICANT = rx.compile(
    r"(?=[abdegmoprsuwy])\b(?:statistically\s+significant(?:ly)?|significantly|(?:met|achieved|reached)\s+(?:its|the|both|their|all)\s+"
    # (its role's words: "met both co-primary endpoints", "met all primary and key secondary endpoints")
    r"(?:[\w-]+\s+){0,4}?(?:end\s*points?|goals?|outcomes?|objectives?)|(?<!clinically\s)(?<!numerically\s)significant\s+"
    rf"(?:(?:greater|larger)\s+)?(?:{FALLING_NOUN}|{RISING_NOUN})s?\s+in\b|"
    # (a difference said to be significant: "with a significant adjusted difference of -4.4", "a significant difference
    # in X between the groups", not one in the people of one arm)
    r"(?<!clinically\s)(?<!numerically\s)significant\s+(?:(?:least[\s-]squares?|LS|adjusted|mean|median|treatment)\s+){0,3}"
    r"difference\s+(?:of\s+[-−+]?\d|between\b|in\s(?=[^.;]{1,120}?\bbetween\s))|"
    r"(?:achieved|reached)\s+statistical\s+significance|"
    # (or the therapy said better than the control: "was (statistically) superior to placebo")
    r"(?:was|were)\s+(?:statistically\s+)?superior\s+to|"
    # (or the endpoint said to be met, not met by a share of people: "The primary endpoint was (also) met")
    r"(?:end\s?points?|end-points?|goals?|objectives?)\s+(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:(?:also|both|all|successfully)\s+)?met\b(?!\s+(?:by|in)\s+(?:the\s+|a\s+)?\d)|"
    r"beat\s+(?:placebo|the\s+control|sham)\s+on|"
    # (or a therapy said to show a significant quantity against a control: "showed significant ZQ50 responses vs placebo")
    r"(?:showed|demonstrated|produced|yielded)\s+(?:an?\s+)?significant\s+"
    r"(?=[^.;()]{1,60}?\b(?:vs\.?|versus|compared|relative\s+to|over(?=\s+(?:the\s+)?(?:placebo|sham|vehicle|control)))\s))\b", re.I)
# people who reach an endpoint had its event: "14 (13%) participants reached the primary endpoint" is no verdict
PEOPLE_REACHED = rx.compile(rf"\b{cues.PEOPLE}\s+(?:who\s+)?$", re.I)
# a positive verdict under a negation a few words before it: "None of the differences reached statistical significance",
# "did not significantly reduce", "was unlikely to have met its primary endpoint"
NEGATED_VERDICT = rx.compile(rf"(?:\b(?:{cues.NEGATION}|neither|unlikely\s+to(?:\s+have)?)|\bnone\s+of(?:\s+[\w-]+){{1,3}})"
                             r"\s+(?:(?!only\b)[\w-]+\s+){0,3}$", re.I)     # ("did not lead to any | significant")
# a change within each group, not a difference between them: "improved significantly in both groups"
WITHIN_GROUPS = rx.compile(r"[^.;]{0,60}?\bin\s+(?:both|each|all)\s+(?:treatment\s+|study\s+)?(?:groups?|arms?)\b", re.I)
# a verdict on every measure a sentence lists: "beat placebo on every key secondary goal: A, B and C"
EVERY = rx.compile(r"(?=[abe])\b(?:every|all|both|each)\b", re.I)
# "nominally significant": below 0.05 outside the testing hierarchy; a reader could take it either way
NOMINAL = rx.compile(r"\bnominal(?:ly)?\b", re.I)


@record
class Verdict:
    """Significance stated in words: "met its primary endpoint", "was not statistically significant"."""

    significant: bool
    start: int
    end: int


def find_verdicts(text: str) -> list[Verdict]:
    """Every statement of (non-)significance in words, in text order; none where the text says "nominal".

    >>> [v.significant for v in find_verdicts("XY-123 met its primary endpoint but the secondary was not significant")]
    [True, False]
    >>> [v.significant for v in find_verdicts("None of the differences reached statistical significance.")]
    [False]
    >>> [v.significant for v in find_verdicts("The score improved significantly in both groups; the difference was not significant.")]
    [False]
    >>> find_verdicts("In all, 14 (13%) participants reached the primary endpoint.")
    []
    >>> [v.significant for v in find_verdicts("XY-123 did not lead to any statistically significant gain.")]
    [False]
    """
    if NOMINAL.search(text):
        return []
    neg = [Verdict(False, m.start(), m.end()) for m in NOT_SIGNIFICANT.finditer(text)]
    pos = [Verdict(not NEGATED_VERDICT.search(text, max(0, m.start() - 60), m.start()), m.start(), m.end())
           for m in SIGNIFICANT.finditer(text) if not any(n.start <= m.start() < n.end for n in neg)
           and not WITHIN_GROUPS.match(text, m.end()) and not PEOPLE_REACHED.search(text, max(0, m.start() - 30), m.start())]
    return sorted(neg + pos, key=lambda v: v.start)



# --- the words that weigh a result against a control ------------------------------------------------------
NEGATIVE_VERBS = frozenset({"declined", "fell", "fallen", "decreased", "dropped", "lost", "reduced", "lowered", "cut",
                            *FALLING_NOUN.split("|")})
# the words that weigh a result against a control: "compared to placebo", "versus sham", "v. placebo"
# the words a control arm goes by alone
CONTROL_NAMES = ("placebo", "sham", "vehicle", "saline", "control")
# the controls a trial's arm may be (as ARM_WORDS writes them, blanks single): a document that names one of them alone
# compares its therapy with it
CONTROL_ARMS = frozenset(CONTROL_NAMES) - {"control"} | {"usual care", "standard of care", "standard care"}
VERSUS_CONTROL_WORDS = (rf"\b(?:compared\s(?:to|with)|versus|vs\.?|v\.|over|relative\sto"
                        # (or "than" the control's people: "than placebo-treated patients", "than with placebo", "than
                        # did adults in the sham group", "than had those receiving sham")
                        rf"|than(?:\s(?:did|had|were|was))?(?:\s(?:with|on|in|for|among))?"
                        rf"(?:\s(?:those|patients|subjects|participants|adults|children|people))?"
                        rf"(?:\s(?:on|given|receiving|taking|in))?)\s(?:the\s)?"
                        rf"(?:{'|'.join(CONTROL_NAMES)})\b")
# a change set against a control's, in points: "a 7.9-point reduction in the ZRS total score compared to placebo", "a
# 2.1-point greater improvement in X versus placebo": the difference of the arms' changes
POINTS_VS_CONTROL = rx.compile(
    rf"(?<![\w.-])(?P<value>{DECIMAL})[-\s]points?\s(?:greater\s|larger\s|additional\s)?(?P<noun>{FALLING_NOUN}|{RISING_NOUN})\b"
    rf"[^;.]{{0,120}}?{VERSUS_CONTROL_WORDS}", re.I)
# a change stated as how much more it was than the control's: "fell 9.1 mmHg more with XY-123 than with placebo",
# "improved X by 2.3 points more than placebo" (signed by the verb before it)
# the units a difference from the control's result is given in (a regex fragment)
_GAP_UNIT = r"(?:%|percentage\spoints?|points?|mm\s?Hg|kg|mg/dL|mmol/L|letters|units?)"
MORE_THAN_CONTROL = rx.compile(
    rf"(?<![\w.-])(?P<value>{DECIMAL})\s?{_GAP_UNIT}"
    rf"\s(?:more|further|greater|additional)\s(?:[^;.()]{{0,40}}?\s)?(?={VERSUS_CONTROL_WORDS})", re.I)
CHANGE_VERB_BEFORE = re.compile(rf"\b(?P<verb>{FALLING}|{RISING})\b[^;.()]{{0,60}}$", re.I)
# a difference that its comparative signs, set against the control's: "scored 2.6 points higher than did adults in the
# sham group", "was larger by 3.7 points in the XY-123 arm than in the sham arm"
SIGNED_THAN_CONTROL = rx.compile(
    rf"(?<![\w.-])(?P<value>{DECIMAL})\s?{_GAP_UNIT}\s(?P<cmp>higher|lower)\s(?={VERSUS_CONTROL_WORDS})"
    rf"|\b(?P<cmp2>greater|higher|larger|lower|smaller)\sby\s(?P<value2>{DECIMAL})\s?{_GAP_UNIT}\s(?:in|with|for|among)\s"
    rf"[^;.()]{{1,40}}?\s(?={VERSUS_CONTROL_WORDS})", re.I)
# a change a verb gives "by" a number with its interval, in a sentence that sets the drug against a control: "XY-123
# reduced X by | 3.1 points (95% CI, 1.2 to 5.0)" (the object's words bounded: no clause between)
# (the verb, its object's words and the size: a fragment of both patterns below)
# the units a change "by" a number may carry before its interval
_BY_UNIT = r"(?:%-?points?|%|percentage\spoints?|points?|units?|mg/dL|mmol/L|kg|mmHg|days?|hours?|mL|ml|L|m|meters|metres)"
# (what changed may hold a digit inside a word, "EQ-5D-5L", "HbA1c", not a number of its own)
_NAME_CHAR = r"(?:[^.;:()\d]|(?<=[A-Za-z-])\d)"
CHANGED_BY = rf"\b(?P<verb>{FALLING}|{RISING})\s(?:{_NAME_CHAR}{{1,60}}?\s)?by\s(?:an?\s(?:mean\s|average\s)?(?:of\s)?)?(?P<value>{DECIMAL})"
CHANGED_BY_INTERVAL = rx.compile(
    rf"{CHANGED_BY}\s?{_BY_UNIT}?(?:\s{VERSUS_CONTROL_WORDS})?"
    rf"\s*[\[(,;]\s*{CI_WORDS}\s*[,:=]?\s*{CI_RANGE}", re.I)
# the next measure after such a bracket, its verb left out: "XY-123 improved X by 3.4 (95% CI ...; p=0.02) | and the Y
# by 1.9 points (95% CI: 0.3, 3.5"
NEXT_BY_INTERVAL = rx.compile(
    rf"[^()]{{0,40}}?[)\]],?\s(?:and\s)?(?:the\s)?{_NAME_CHAR}{{1,40}}?\sby\s(?P<value>{DECIMAL})"
    rf"\s?{_BY_UNIT}?"
    rf"\s*[\[(,;]\s*{CI_WORDS}\s*[,:=]?\s*{CI_RANGE}", re.I)
# ... or with no interval, in a unit of the measure (not a share: "reduced the risk by 27% relative to placebo" is a
# relative reduction), the control right after it: "XY-123 improved X by | 34 meters | compared with placebo"
CHANGED_BY_VERSUS = rx.compile(rf"{CHANGED_BY}\s?{MEASURE_UNIT}\s(?:more\s)?(?={VERSUS_CONTROL_WORDS})", re.I)
# a difference given with its interval in square brackets, after "difference" or in a bracket of a sentence that weighs
# the drug against a control: "(difference 3.5% [95% CI: -8.1, 15.1])", "versus placebo (- 0.7 h [- 1.10, - 0.30]; p =
# 0.004)" (a minus may stand apart from its number)
_SIGNED = r"[-+]?\s?\d{1,4}(?:\.\d{1,3})?"
BRACKETED_DIFFERENCE = rx.compile(
    rf"(?:\b(?P<word>difference)\s{{0,2}}:?\s{{0,2}}|\(\s{{0,2}})(?P<value>{_SIGNED})\s{{0,2}}(?:%|h|hours?|points?|mL|ml|kg|days?)?\s{{0,2}}"
    rf"\[\s{{0,2}}(?:95\s?%\s{{0,2}}(?:CI|confidence\s+interval)\s{{0,2}}:?\s{{0,2}})?(?P<lo>{_SIGNED})\s{{0,2}}[,;]\s{{0,2}}"
    rf"(?P<hi>{_SIGNED})\s{{0,2}}\]", re.I)
# ... or in round brackets with its unit or sign, no name, after words that set the drug against a control:
# "greater for XY-123 than placebo (-11.6 mm Hg; 95% confidence interval, -14.8 to -8.4)" (not a share with its
# interval, which is one arm's)
ROUND_DIFFERENCE = rx.compile(
    rf"\(\s{{0,2}}(?P<value>{_SIGNED})\s{{0,2}}(?P<unit>mm\s?Hg|points?|kg|mg/dL|mmol/L|%-?points?|percentage\s+points?)?"
    rf"\s{{0,2}}[;,]\s{{0,2}}{CI_WORDS}\s{{0,2}}[,:=]?\s{{0,2}}{CI_RANGE}(?:\s(?P=unit))?\s{{0,2}}[;,)]", re.I)
VERSUS_CONTROL = rx.compile(rf"(?=[cvort]){VERSUS_CONTROL_WORDS}", re.I)
# (or after words that say one group's change was the greater, the other group unnamed: "the XY-123 group achieved
# greater improvements in A (-11.6 mg/dL; 95% CI, ...)")
GREATER_CHANGE = rx.compile(rf"(?=[glb])\b(?:greater|larger|bigger)\s(?:{FALLING_NOUN}|{RISING_NOUN})s?\s(?:in|of)\b", re.I)
# numbers each set against the control and then given "respectively" to others than the arms: "0.24 L and 0.11 L |
# versus placebo in the A+ and A- patients, respectively" (two subgroups' differences, no arm's values)
AGAINST_CONTROL_THEN_RESPECTIVELY = re.compile(rf"[^;.]{{0,40}}?{VERSUS_CONTROL_WORDS}[^;.]{{0,80}}?\brespectively\b", re.I)


def falling(noun: str) -> int:
    """The sign a change noun gives its number: -1 for a fall ("reductions"), else 1."""
    return -1 if noun.strip().lower().removesuffix("s") in NEGATIVE_VERBS else 1
