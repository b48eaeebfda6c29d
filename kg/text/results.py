"""The numbers of a trial's results in one sentence: effect estimates, CIs, p-values, per-arm values, verdicts.

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

>>> e = find_effects("hazard ratio, 0·87; 95% CI, 0·79 to 0·96")[0]
>>> e.measure, e.value, e.ci_low, e.ci_high
('hazard ratio', Decimal('0.87'), Decimal('0.79'), Decimal('0.96'))
>>> p = find_p_values("(P<.001)")[0]
>>> p.op, p.value, p.significant
('<', Decimal('0.001'), True)
>>> [(n.value, n.arm) for n in find_comparisons("rates were 12.5% with XY-123 versus 20.1% with placebo")[0].numbers]
[(Decimal('12.5'), 'XY-123'), (Decimal('20.1'), 'placebo')]
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.model import record
from kg.text import cues, prefilter as rx
from kg.text.numbers import DECIMAL, NUMBER, exact, parse_number, tidy
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

# --- effect estimates -----------------------------------------------------------------------------------------
# the effect measures of the gold vocabulary and how writers name them; abbreviations are case-sensitive
EFFECT_NAMES = {
    "hazard ratio": r"(?i:hazard\s+ratio)|HR",
    "odds ratio": r"(?i:odds\s+ratio)|OR",
    "rate ratio": r"(?i:(?:incidence\s+)?rate\s+ratio)|IRR",
    "relative risk": r"(?i:relative\s+risk|risk\s+ratio)(?!\s+reduction)|RR",
    "mean difference": r"(?i:(?:least[-\s]squares?\s+|LS\s+)?mean\s+(?:[\[(]SE[\])]\s+)?differences?|(?<!risk\s)(?<!relative\s)difference|"
                       r"gap\s+between\s+(?:the\s+)?(?:two\s+)?(?:groups|arms))|LSMD",
}
_NAMES = "|".join(f"(?P<e{i}>{p})" for i, p in enumerate(EFFECT_NAMES.values()))
# what may stand between the name and its number: "[HR]", "for death", "between the groups", "in change", "was", ":"
# (and the interval's name before the number: "RR (95% CI) | 0.88 (0.71-1.09)"; a time's number in the words: "in X at
# week 16 was")
_BETWEEN = (r"(?:\s*[\[(](?:HR|OR|RR|IRR|MD|LSMD)[\])])?(?:\s*[\[(]\s*(?:\d{2}\s*%\s*)?CI\s*[\])])?"
            r"(?:\s+(?i:for|between|versus|vs\.?|in|from|compared\s+with)\b"
            r"(?:[^\d;:()\[\].]|(?<=[\w-])\d|(?<=week\s)\d|(?<=month\s)\d|(?<=day\s)\d|(?<=year\s)\d){1,60}?)?"
            r"\s*(?:[,:=]|\b(?i:of|was|were|is)\b)?\s*(?<!week\s)(?<!month\s)(?<!day\s)(?<!year\s)")
# a confidence interval: "95% CI, 0.79 to 0.96", "95 percent confidence interval [CI]: 0.79, 0.96", "[0.79, 0.97]"
CI_WORDS = (r"(?:(?P<level>\d{2}(?:\.\d{1,3})?)\s*(?:%|(?i:percent|per\s+cent))\s*)?"
            r"(?:CI|CrI|(?i:confidence\s+interval|credible\s+interval))(?:\s*\[(?:CI|CrI)\])?")
CI_RANGE = rf"(?P<lo>{SNUM})\s*%?\s*(?:to|-|–|—|,|;)\s*(?P<hi>{SNUM}|(?<![\d.])\.\d{{1,4}}(?![\d.]))\s*%?"    # (".97")
# a label's word before a number that names a group or a time: "Group | 1", "week | 12"
LABEL_BEFORE = re.compile(rf"\b{cues.ORDINAL_WORDS}s?\.?\s?$", re.I)
EFFECT = rx.compile(
    rf"(?<![\w-])(?:{_NAMES}){_BETWEEN}(?<![A-Za-z])(?<![A-Za-z]-)(?P<value>{SNUM})(?!-[A-Za-z])(?![A-Z]{{2}})"
    # (a ratio is never in percent, a difference may be: "LS mean difference, -0.58%; 95% CI ...")
    rf"(?(e4)|(?!\s*%(?!\s*(?:CI|confidence))))(?P<unit>\s*(?i:percentage\s+points?|points?|mg/dl|mmol/l|kg)|\s*%(?!\s*(?:CI|confidence)))?"
    rf"(?:(?P<gap>(?:[^;.()\[\]]|[\[(]\s*(?:SE\s*[=:]?\s*)?\d{{1,6}}(?:\.\d{{1,4}})?\s*[\])]){{0,60}}?)"
    rf"(?:(?:\s*[;,]\s*|\s*[\[(]\s*)(?P<ciw>{CI_WORDS})\s*[,:=]?\s*[\[(]?|\s*[\[(])\s*{CI_RANGE})?")
# a difference from placebo in a measure's change, given as the change itself: "the placebo-corrected percentage
# change in X from baseline was -31.0% (95% CI, -34.2 to -27.9)", "a placebo-adjusted X change of -12.1%", "an
# estimated treatment difference [ETD]: -9.1%; 95% CI: -10.4, -7.7", "a treatment difference of -6.3 %-points"
PLACEBO_CORRECTED = rx.compile(
    rf"\b(?:placebo[-\s](?:corrected|adjusted|subtracted)\s(?:[\w-]{{1,20}}\s){{0,3}}?(?:change|difference|(?P<noun>{FALLING_NOUN}|{RISING_NOUN}))"
    rf"|(?:estimated\s)?treatment\sdifference(?:\s?\[E?TD\])?)(?![\w-])"
    rf"(?:\s(?:in|from|of)\b(?:[^\d;:()\[\].]|(?<=[\w-])\d|\d(?=[A-Za-z])|(?<=week\s)\d|(?<=month\s)\d){{1,60}}?)?\s*(?:[,:=]|\b(?:of|was|were|is)\b)?"
    rf"\s*(?<!week\s)(?<!month\s)(?P<value>{SNUM})(?![A-Za-z])"
    rf"(?:\s*(?:%-?points?|%|percentage\s+points?|points?))?"
    rf"(?:(?:\s*[;,]\s*|\s*[\[(]\s*)(?P<ciw>{CI_WORDS})\s*[,:=]?\s*{CI_RANGE})?", re.I)
# a second estimate of the same kind given on: "..., and -0.6 points in the high-dose arm (95% CI -2.1 to 0.9)"
CONTINUED = rx.compile(
    rf"[\])]?[^;()]{{0,60}}?\band\s+(?P<value>{SNUM})(?P<unit>\s*(?i:percentage\s+points?|points?))?"
    rf"(?P<gap>[^\d;.()\[\]]{{0,60}}?)\s*[\[(]\s*(?P<ciw>{CI_WORDS})\s*[,:=]?\s*{CI_RANGE}")
# "a 1.2-point difference", "a 3-point gap"
POINT_GAP = rx.compile(rf"(?<![\w.-])(?P<value>{SNUM})[-\s]points?\s+(?:difference|gap)\b"
                       rf"(?:\s*[\[(]\s*(?P<ciw>{CI_WORDS})\s*[,:=]?\s*{CI_RANGE})?", re.I)
# the arm a between-arm number is given for: "in the low-dose arm"
IN_ARM = rx.compile(r"\bin\s+the\s+(?P<arm>[\w-]{1,40}(?:\s[\w./-]{1,40}){0,2})\s+(?:arm|group|cohort)\b", re.I)
COMPARED_SPAN = 240     # the characters before an estimate in which two named groups make it a between-group one
PAIRED = rx.compile(r"(?=[acv])\b(?:and|versus|vs|compared)\b", re.I)


def compares_groups(text: str, end: int) -> bool:
    """Does the text just before ``end`` give values for two groups ("3.9 in the A group and -1.0 in the B group")?

    Then an estimate after it compares them and belongs to no arm.

    >>> compares_groups("was 3.9 in the XY group and -1.0 in the sham group (", 50)
    True
    >>> compares_groups("was smaller in the high-dose group (", 36)
    False
    >>> compares_groups("smaller in the A arm (difference -1; CI -2 to 0) and in the B arm (", 67)
    False
    """
    groups = list(IN_ARM.finditer(text, max(0, end - COMPARED_SPAN), end))
    if len(groups) < 2 or groups[-1].group("arm").lower() == groups[-2].group("arm").lower():
        return False
    between = text[groups[-2].end():groups[-1].start()]
    # two values side by side ("... in the A group and ... in the B group"), not one estimate per arm
    return "(" not in between and bool(PAIRED.search(between))
TIME_UNIT = rx.compile(r"(?<!\s)\s*+(?:years?|months?|weeks?|days?)\b", re.I)
# a range's bounds: "from | 0 | to 48 hours"
RANGE_FROM = rx.compile(r"\bfrom\s$", re.I)
# the interval's own name before an estimate's: "(95% CI of difference -2.9-11.6)" gives the interval, not the estimate
INTERVAL_OF = re.compile(r"\b(?:CI|confidence\s+interval)\s+(?:of|for)\s+(?:the\s+)?$", re.I)
RANGE_TO = rx.compile(r"\s(?:to|through)\s\d", re.I)


# estimates listed one per event after their plural name: "The hazard ratios were 0.79 (95% CI, 0.41 to 1.48) for death
# from zeta causes, 0.88 (95% CI, 0.61 to 1.27) for zeta infarction, and 0.31 (95% CI, 0.12 to 0.77) for stroke"
LISTED_HEAD = rx.compile(r"(?=[hor])\b(?P<kind>hazard|odds|rate|risk)\sratios\s(?:\w+\s){0,2}?(?:were|of|:)\s", re.I)
LISTED_ITEM = rx.compile(rf"(?P<value>{SNUM})\s?[(\[]\s?{CI_WORDS}\s?[,:]?\s?{CI_RANGE}[)\]]\s(?:for|with|in)\s"
                         rf"(?:the\s)?(?P<x>[A-Za-z][^,;:()\[\]]{{2,100}}?)(?=,\s(?:and\s)?{SNUM}\s?[(\[]|\sand\s{SNUM}\s?[(\[]|\s?[;.]|\s?$)")
LISTED_JOIN = rx.compile(r",\s(?:and\s)?|\sand\s")


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
    out, pos = [], head.end()
    while (m := LISTED_ITEM.match(text, pos)) is not None:
        value, lo, hi = exact(m.group("value")), exact(m.group("lo")), exact(m.group("hi"))
        if value is None or lo is None or hi is None or not lo <= value <= hi:
            break
        effect = Effect(measure, value, lo, hi, m.start(), m.end("hi") + 1)
        out.append(ListedEffect(m.group("x").strip(), m.start("x"), m.end("x"), effect))
        join = LISTED_JOIN.match(text, m.end())
        if join is None:
            break
        pos = join.end()
    return out if len(out) >= 2 else []


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

    >>> [(e.measure, e.value, e.ci_low, e.ci_high) for e in find_effects("(HR=0.87, 95% confidence interval [CI]: 0.79, 0.96)")]
    [('hazard ratio', Decimal('0.87'), Decimal('0.79'), Decimal('0.96'))]
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
        value = exact(m.group("value"))
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
        if m.group("noun") and value > 0:    # "a placebo-adjusted mean reduction ... of 2.7": a difference of -2.7
            value *= falling(m.group("noun"))
        lo, hi = (exact(m.group("lo")), exact(m.group("hi"))) if m.group("lo") else (None, None)
        if lo is not None and not (lo <= value <= hi):
            lo = hi = None
        out.append(Effect("mean difference", value, lo, hi, m.start(), m.end()))
    for m in POINTS_VS_CONTROL.finditer(text):
        if not any(e.start <= m.start() < e.end for e in out):
            out.append(Effect("mean difference", falling(m.group("noun")) * exact(m.group("value")), None, None, m.start(),
                              m.end("value")))
    for m in BRACKETED_DIFFERENCE.finditer(text) if "[" in text else ():
        value, lo, hi = (exact(m.group(g).replace(" ", "")) for g in ("value", "lo", "hi"))
        if any(e.start <= m.start("value") < e.end for e in out) or not (lo <= value <= hi) or \
                not (m.group("word") or VERSUS_CONTROL.search(text, 0, m.start())):
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
        p = m.group("p")
        out.append(PValue(op, tidy(Decimal("0" + p if p.startswith(".") else p)), m.start(), m.end()))
    return out


# --- significance in words ------------------------------------------------------------------------------------
NOT_SIGNIFICANT = rx.compile(
    r"(?=[defmnsw])\b(?:not\s+(?:statistically\s+)?significant(?:ly)?|non-?significant(?:ly)?|did\s+not\s+reach\s+(?:statistical\s+)?significance|"
    r"failed\s+to\s+(?:reach|show|meet|achieve|demonstrate)|missed\s+(?:its|the|both|their)\b|"
    r"no\s+(?:statistically\s+)?significant|did\s+not\s+(?:separate|differ|meet|achieve)|(?:was|were)(?:\s+also)?\s+not\s+met|"
    r"(?:wasn|weren)['’]t\s+met|"
    r"endpoints?\s+not\s+met|showed\s+no\s+(?:difference|benefit)|no\s+difference\s+between|neither\s+dose\s+separated)\b", re.I)
# (also "led to significant reductions in X", not a "clinically" or "numerically" significant one)
SIGNIFICANT = rx.compile(
    r"(?=[abmrs])\b(?:statistically\s+significant(?:ly)?|significantly|(?:met|achieved|reached)\s+(?:its|the|both|their|all)\s+"
    r"(?:\w+\s+){0,3}?(?:end\s*points?|goals?|outcomes?|objectives?)|(?<!clinically\s)(?<!numerically\s)significant\s+"
    rf"(?:(?:greater|larger)\s+)?(?:{FALLING_NOUN}|{RISING_NOUN})s?\s+in\b|"
    r"(?:achieved|reached)\s+statistical\s+significance|"
    r"beat\s+(?:placebo|the\s+control|sham)\s+on)\b", re.I)
# people who reach an endpoint had its event: "14 (13%) participants reached the primary endpoint" is no verdict
PEOPLE_REACHED = rx.compile(rf"\b{cues.PEOPLE}\s+(?:who\s+)?$", re.I)
# a positive verdict under a negation a few words before it: "None of the differences reached statistical significance",
# "did not significantly reduce", "was unlikely to have met its primary endpoint"
NEGATED_VERDICT = rx.compile(rf"(?:\b(?:{cues.NEGATION}|neither|unlikely\s+to(?:\s+have)?)|\bnone\s+of(?:\s+[\w-]+){{1,3}})"
                             r"\s+(?:[\w-]+\s+){0,2}$", re.I)
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
    """
    if NOMINAL.search(text):
        return []
    neg = [Verdict(False, m.start(), m.end()) for m in NOT_SIGNIFICANT.finditer(text)]
    pos = [Verdict(not NEGATED_VERDICT.search(text, max(0, m.start() - 60), m.start()), m.start(), m.end())
           for m in SIGNIFICANT.finditer(text) if not any(n.start <= m.start() < n.end for n in neg)
           and not WITHIN_GROUPS.match(text, m.end()) and not PEOPLE_REACHED.search(text, max(0, m.start() - 30), m.start())]
    return sorted(neg + pos, key=lambda v: v.start)


# --- per-arm numbers ------------------------------------------------------------------------------------------
CHANGE_VERB = rf"(?:(?P<verb>{FALLING}|{RISING})(?:\s+by)?|(?P<noun>{FALLING_NOUN}|{RISING_NOUN}|change)\s+of)(?:\s+(?:an?\s+)?(?:adjusted\s+)?(?:average|mean)(?:\s+of)?|\s+about|\s+approximately)?\s+"
NEGATIVE_VERBS = frozenset({"declined", "fell", "fallen", "decreased", "dropped", "lost", "reduced", "lowered", "cut",
                            *FALLING_NOUN.split("|")})
# the words that weigh a result against a control: "compared to placebo", "versus sham", "v. placebo"
# the words a control arm goes by alone
CONTROL_NAMES = ("placebo", "sham", "vehicle", "saline", "control")
# the controls a trial's arm may be (as ARM_WORDS writes them, blanks single): a document that names one of them alone
# compares its therapy with it
CONTROL_ARMS = frozenset(CONTROL_NAMES) - {"control"} | {"usual care", "standard of care", "standard care"}
_VERSUS_CONTROL = rf"\b(?:compared\s(?:to|with)|versus|vs\.?|v\.|over|relative\sto)\s(?:the\s)?(?:{'|'.join(CONTROL_NAMES)})\b"
# a change set against a control's, in points: "a 7.9-point reduction in the ZRS total score compared to placebo", "a
# 2.1-point greater improvement in X versus placebo": the difference of the arms' changes
POINTS_VS_CONTROL = rx.compile(
    rf"(?<![\w.-])(?P<value>{DECIMAL})[-\s]points?\s(?:greater\s|larger\s|additional\s)?(?P<noun>{FALLING_NOUN}|{RISING_NOUN})\b"
    rf"[^;.]{{0,120}}?{_VERSUS_CONTROL}", re.I)
# a difference given with its interval in square brackets, after "difference" or in a bracket of a sentence that weighs
# the drug against a control: "(difference 3.5% [95% CI: -8.1, 15.1])", "versus placebo (- 0.7 h [- 1.10, - 0.30]; p =
# 0.004)" (a minus may stand apart from its number)
_SIGNED = r"[-+]?\s?\d{1,4}(?:\.\d{1,3})?"
BRACKETED_DIFFERENCE = rx.compile(
    rf"(?:\b(?P<word>difference)\s{{0,2}}:?\s{{0,2}}|\(\s{{0,2}})(?P<value>{_SIGNED})\s{{0,2}}(?:%|h|hours?|points?|mL|ml|kg|days?)?\s{{0,2}}"
    rf"\[\s{{0,2}}(?:95\s?%\s{{0,2}}(?:CI|confidence\s+interval)\s{{0,2}}:?\s{{0,2}})?(?P<lo>{_SIGNED})\s{{0,2}}[,;]\s{{0,2}}"
    rf"(?P<hi>{_SIGNED})\s{{0,2}}\]", re.I)
VERSUS_CONTROL = rx.compile(rf"(?=[cvor]){_VERSUS_CONTROL}", re.I)
# numbers each set against the control and then given "respectively" to others than the arms: "0.24 L and 0.11 L |
# versus placebo in the A+ and A- patients, respectively" (two subgroups' differences, no arm's values)
AGAINST_CONTROL_THEN_RESPECTIVELY = re.compile(rf"[^;.]{{0,40}}?{_VERSUS_CONTROL}[^;.]{{0,80}}?\brespectively\b", re.I)
PEOPLE = rf"(?:those|{cues.PEOPLE})"
# units a per-arm number may carry; a dose unit after it makes it a dose, not a result
UNITS = (r"(?:\s+[a-z]{2,12}(?:\s+[a-z]{2,12})?(?=\s*\((?:SD|SE|SEM)\b)|\s*%|\s+(?:percentage\s+points?|percent|per\s+cent|points?|months?|weeks?|days?|d(?![\w/])|years?|hours?|h(?![\w/])|minutes?|min(?![\w/])|log\s?10(?:\s+copies/ml)?|mg/dl|mmol/l|ml/min(?:/1\.73\s*m2)?|m(?![\w/])|meters?|metres?|ml(?![\w/])|letters|steps|mos?(?![\w/])|[a-z]{3,15}\s+per\s+(?:day|week|month|year))"
         # a quantity's unit, alone or per time, volume or mass: "0.41 mm/year", "5.2 kg", "12 mmHg", "3.1 ng/mL"
         r"|\s*+(?:mm\s?hg|mm|cm|kg|ng|pg|µg|μg|iu|mmol|µmol|μmol|nmol)(?:/(?:year|yr|day|week|month|min|h|l|dl|ml|kg|m2))?(?![\w/])"
         r"|\s?(?:ml|l|g|u)/(?:year|yr|day|week|month|min|h|l|dl|kg|m2)(?![\w/]))")
DOSE_AFTER = rx.compile(rf"(?<!\s)\s*+(?:{cues.DOSE_UNIT}|cells)(?![\w/])", re.I)
# (a slot starts with a change word's letter, "by", a sign or a digit: the look-ahead lets re skip other positions)
SLOT = rx.compile(
    r"(?=[-+\dbcdfgilrw])(?:"
    rf"(?:{CHANGE_VERB})?(?:by\s+)?"
    rf"(?:(?<![\d,.])(?P<count>\d{{1,3}}(?:,\d{{3}}){{1,2}}|\d{{1,9}})\s*+(?:of\s+(?:the\s+)?\d{{1,9}}\s*(?:{PEOPLE}\s*)?|/\d{{1,9}}\s*|{PEOPLE}\s*)?\(\s*(?P<pct>{SNUM})\s*%\s*\)"
    # (not a fraction's part: "70/88, 79.5%" gives the share)
    rf"|(?<![\w./-])(?<!\d,)(?P<v>{SNUM})(?!,\d|/\d)(?P<unit>{UNITS})?)"
    rf"(?:\s*\((?:SD|SE|SEM|IQR|range)\b[^()]{{0,40}}\)|\s*\(\s*[-+]?\d{{1,4}}(?:\.\d{{1,3}})?\s*%?\s*(?:points?\s+)?per\s+(?:day|week|month|year)\s*\)"
    # a confidence interval around the arm's own number: "41.2 months (95% CI: 33.5-48.0) in the XY arm"
    rf"|\s*\(\s*(?:9[05](?:\.\d{{1,2}})?\s*%\s*)?(?:CI|confidence\s+interval)\b[^()]{{0,40}}\)"
    # (or the count it is the share of: "40.0% [n=26/65] vs 11.1%")
    rf"|\s*[\[(]\s*(?:n\s*=\s*)?\d{{1,6}}\s*/\s*\d{{1,6}}\s*[\])]"
    # (or the interval alone: "18.2 mo (15.9-NR) in the XY arm")
    rf"|\s*\(\s*\d{{1,4}}(?:\.\d{{1,3}})?\s*[-–]\s*(?:\d{{1,4}}(?:\.\d{{1,3}})?|NR|NE|not\s+reached)\s*\))?"
    rf"(?:\s+from\s+baseline)?"
    rf"(?P<arm>\s*,?\s*(?:of\s+(?:the\s+|those\s+|these\s+)?(?:\d[\d,]{{0,8}}\s+)?(?:{PEOPLE}\s+|cases\s+)?|{PEOPLE}\s+(?=in\s)"
    r"|(?:cases?|deaths?)\s+(?:of\s+[^\s,;()]{1,30}\s+)?(?=(?:in|occurred|were)\s)"
    # (or the state the share is of: "23% | remission | in the placebo group")
    r"|(?:remission|response|responses|success|relapse|recurrence|cure)\s+(?=(?:in|with|for|among)\s))?"
    # (events counted in an arm: "47 occurred in the placebo group", "17 cases were observed in the placebo group")
    r"(?:(?:occurred|were\s+(?:reported|seen|observed|recorded))\s+)?(?:with|on|in|for|among|receiving|given|taking"
    r"|assigned(?:\s+to)?|randomi[sz]ed\s+to)\s+"
    rf"(?:the\s+|those\s+(?:on|given|receiving)\s+|{PEOPLE}\s+(?:on|given|receiving|in\s+the)\s+)?"
    rf"(?P<armtext>[^,;:()]{{1,50}}?)(?=\s*(?:[,;:()]|\.(?!\d)|$|\b(?:vs\.?|versus|v(?=\s)|and|compared|against|than|while|whereas|but|respectively|at|after|by|had|have|has|were|was|"
    rf"died|achieved|reached|attained|experienced|showed|met)\b))"
    # "45% (XY-123) vs 30% (placebo)", "-6.1% (XY-123 1.5 mg)", "45% of XY-123-treated patients", "25% of the placebo group"
    rf"|\s*\((?P<armpar>[^()%;=\d]{{1,40}}|[A-Za-z]{{1,10}}-?\d{{1,6}}[A-Za-z]?|[^()%;=]{{1,30}}?\s\d{{1,4}}(?:\.\d{{1,3}})?\s?(?:mg|mcg|µg|g)(?:/kg)?)\)"
    rf"|\s+of\s+(?P<armtr>[\w-]{{1,40}}?)-treated\s+{PEOPLE}|\s+of\s+the\s+(?P<armgrp>[\w-]{{1,30}}(?:\s[\w-]{{1,30}})?)\s+(?:group|arm|cohort)\b"
    # "28.9 percent of 398 placebo patients"
    rf"|\s+of\s+(?:the\s+)?\d[\d,]{{0,8}}\s+(?P<armpre>[A-Za-z][\w-]{{1,30}})\s+{PEOPLE}\b"
    # the arm given the drug, said so: "51% of treated participants"
    rf"|\s+of\s+(?:the\s+)?(?P<armact>treated|active)\s+{PEOPLE}\b"
    # an arm's bare name after its number, in a pair: "(-18.3 XY-123 vs. -10.9 placebo)"
    rf"|\s+(?P<armbare>{'|'.join(CONTROL_NAMES)}|[A-Z][A-Za-z]*[A-Z\d][\w-]{{0,20}})(?=\s*(?:vs\.?\s|versus\s|\)|;))"
    # (or any word, in a bracket that pairs it with a control: "(29.5% zetamab, 42.9% placebo)"; see _close)
    rf"|\s+(?P<armlow>[a-z][a-z-]{{3,30}})(?=\s*,\s*[-+]?\d))?"
    # the arm's size after it: "in the XY-123 group (n = 146)"
    r"(?:\s*+\(\s*+n\s*+=\s*+\d[\d,]{0,8}\s*+\))?)",
    re.I)
# what joins the numbers of one comparison: "versus", "vs.", "compared with", "and", "and by"
# (blank runs are entered at their start and taken whole: a run of blanks is read once)
# (and the article of a change noun after it: ", compared with an | increase of 2%")
# ("v" alone, as some journals write it: "5.1 months for A v 3.2 months for B", or "v.": "10.2 v. 7.6 months")
# (the share's people may come between: "18.5% of patients | compared to | 5.5%")
JOIN = rx.compile(r"(?<!\s)(?:\s++of\s++(?:the\s++)?(?:patients|participants|subjects|people|adults|children|women|men)"
                  r"(?=\s++(?:vs\.?|versus|compared)))?\s*+(?:,\s*+(?:(?:vs\.?|versus|v\.?(?=\s)|against|compared\s+(?:with|to)|and)\s*+)?"
                  r"|(?:vs\.?|versus|v\.?(?=\s)|against|compared\s+(?:with|to)|and)\s*+)(?:(?:by|in|to)\s+)?(?:an?\s+)?"
                  r"(?:\d{1,6}/\d{1,6},?\s*+)?", re.I)
# a few words may stand before "compared with" ("90% of those on X were alive, compared with 44% on placebo")
# (digits only inside a word: "responded to XY-123 compared to", not "at 12 weeks")
# (or "while": "47 occurred in the placebo group while 11 occurred in the XY-123 group")
# (a timepoint's number and a short bracket without numbers may stand there: "... achieved X at week 48 (the primary
# endpoint) compared to 24% for placebo")
# an arm named before its number in brackets: "compared with | patients receiving AB-7 (| 0.19)", "versus | placebo (| 21%)"
BRACKETED_ARM = (r"(?:(?:patients|those|participants)\s+(?:receiving|on|given|taking|treated\s+with|in)\s+)?(?:the\s+)?"
                 r"(?P<arm>[A-Za-z][\w/+-]{1,30}(?:\s[A-Za-z][\w/+-]{1,20}){0,2}?)(?:\s(?:group|arm))?\s?\(\s*")
ARM_BEFORE_BRACKET = re.compile(rf"(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+{BRACKETED_ARM}$", re.I)
CLOSES_BRACKET = re.compile(r"(?<!\s)\s*+%?\s*+[),;]")
JOIN_FAR = rx.compile(r"(?:[^\d;()]|(?<=[\w-])\d|(?<=(?:week|days|year)\s)\d{1,3}|(?<=month\s)\d{1,3}|(?<=day\s)\d{1,3}"
                      # (an arm's size and a time in words: "(n=120) met ... at 12 months versus ...")
                      r"|\(\s?[nN]\s?=\s?\d{1,6}\s?\)|\d{1,3}(?=\s(?:weeks?|months?|days?|years?)\b)"
                      r"|\([^\d;()]{1,40}\)){0,120}?\s(?:vs\.?|versus|v|against|compared\s+(?:with|to)|while|whereas)\s+"
                      r"(?:(?:by|in|to)\s+)?(?:an?\s+)?"
                      # (the second number's noun said again: "... compared with a change of 3.7 for ...")
                      r"(?:(?:mean\s+|median\s+)?(?:change|reduction|decrease|increase|improvement|rate)\s+of\s+)?"
                      # (or its arm, with the number in brackets after it: "... compared with patients receiving AB (0.19)")
                      rf"(?:{BRACKETED_ARM})?", re.I)
RESPECTIVELY = rx.compile(r"\brespectively\b|\bcorresponding\b", re.I)
# the word a number is the ordinal of: "week | 52", "grade | 3", "day | 28"
ORDINAL_BEFORE = rx.compile(r"(?=[cdgmpsvwyCDGMPSVWY])\b(?:week|month|day|year|visit|cycle|grade|stage|phase|part)\s$", re.I)
# (with placebo's short form, "PBO", filed as placebo: ARM_WORD_LABELS)
ARM_WORDS = rx.compile(r"(?=[achilmpsuv])\b(?:placebo|sham|saline|control|comparator|vehicle|(?-i:PBO)|standard[-\s]+(?:of[-\s]+)?care|usual[-\s]+care|"
                       r"(?:low|middle|mid|medium|high|intermediate)[-\s]dose|intervention|active|"
                       r"(?:(?:investigator|physician)[-\s](?:chosen|selected|choice)\s|standard\s|conventional\s)?chemo(?:therapy)?(?!-))\b", re.I)

ARM_WORD_LABELS = {"pbo": "placebo"}


def arm_word(words: str) -> str:
    """The label of an arm named by a control word ARM_WORDS found, blanks single: "Usual  care" -> "usual care",
    "PBO" -> "placebo"."""
    label = re.sub(r"[-\s]+", " ", words.lower())
    return ARM_WORD_LABELS.get(label, label)

# an arm named by its dose: "5 mg", "the 125 mg dose", "10-mg group" (the label: the dose as "5 mg")
DOSE_ARM = rx.compile(rf"(?:the\s)?(?P<drug>[A-Za-z][\w-]{{2,30}}\s)?(?P<amount>\d{{1,5}}(?:\.\d{{1,3}})?)[\s-]?(?P<unit>{cues.DOSE_UNIT})"
                      r"(?:[\s-](?:dose|group|arm|cohort)){0,2}", re.I)
DOSE_IN = rx.compile(rf"(?=[\d])(?<![\w.])(?P<amount>\d{{1,5}}(?:\.\d{{1,3}})?)[\s-]?(?P<unit>{cues.DOSE_UNIT})(?![\w/])", re.I)
# a sentence that opens on the arm its first number is given for: "For the 125 mg dose, ...", "In the XY-123 group, ..."
LEAD_ARM = rx.compile(r"^\s{0,3}(?:For|In|With|Among|Of)\s(?:the\s|those\s(?:on|given|receiving)\s|patients\s(?:on|given|receiving)\s)?"
                      r"(?P<arm>[^,;:()]{1,40}?),\s")
# a sentence whose subject is the arm its first number is given for: "Patients receiving XY-123 had a mean reduction
# ...", "Those on XY-123 lost 14% ...", "People who took XY-123 gained ..."
SUBJECT_ARM = rx.compile(rf"""^\s{{0,3}}(?:(?:the\s)?(?:{PEOPLE})\s(?:who\s(?:received|took|got|were\s(?:given|treated\swith))
    |(?:on|receiving|given|taking|treated\swith|randomi[sz]ed\sto|assigned\sto|in)\s)(?:the\s)?)(?P<arm>[^,;:()]{{1,40}}?)
    \s(?:had|lost|gained|achieved|showed|experienced|saw|reported|were|was|improved|reached|reduced)\b""", re.I | re.X)
# the first arm named between a measure and its number: "the median reduction in the XY arm was 30% versus 27% in the
# control arm", or named by what it received: "the median PFS in the group receiving XY was 9.3 months (...) and 5.2
# months in the ..." (matched on the few words before the number)
INNER_ARM = rx.compile(r"""(?=[afiw])\b(?:in|among|for|with)\s+(?:the\s+)?(?:
      (?:group|arm|cohort|patients|participants|those)\s+(?:receiving|given|taking|on|treated\s+with)\s+(?P<given>[\w-]+(?:\s+[\w-]+){0,3}?)
    | (?P<arm>[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:arm|group|cohort))
    \s+(?:was|were|reached|of)\s+(?:about\s+|approximately\s+|nearly\s+)?$""", re.I | re.X)
# words that make such an opening a population rather than an arm: "In patients previously treated with XY-123,"
NOT_LEAD_ARM = rx.compile(r"(?=[abptw])\b(?:with|who|previously|prior|treated|aged|without|after|before)\b", re.I)


def dose_arm(words: str) -> str | None:
    """The dose an arm's words name, as "5 mg" ("the 5-mg group"), else None.

    >>> dose_arm("the 125-mg dose"), dose_arm("5 mg"), dose_arm("XY-123 10 mg"), dose_arm("5 mg of XY-123 daily")
    ('125 mg', '5 mg', 'XY-123 10 mg', None)
    >>> dose_arm("the 15-mg dose group")
    '15 mg'
    """
    m = DOSE_ARM.fullmatch(words.strip())
    if m is None or (m.group("drug") or "").strip().lower() in ("the", "a", "an", "of", "and", "or", "each", "every"):
        return None
    return f"{m.group('drug') or ''}{m.group('amount')} {m.group('unit')}"


@record
class ArmNumber:
    """A number given for one arm: ``arm`` is the words naming the arm as written ("placebo", "the XY-123 group").

    ``kind`` is "change" when a verb or a sign says so ("fell by 2", "-1.5%"), else "value".
    """

    value: Decimal
    kind: str
    unit: str
    arm: str | None
    start: int
    end: int
    arm_start: int | None = None
    verb: str | None = None


@record
class Comparison:
    """Numbers given side by side for two or more arms ("12% vs 20%"), in text order."""

    numbers: tuple[ArmNumber, ...]
    start: int
    end: int
    respectively: bool = False


def find_comparisons(text: str, taken: list[tuple[int, int]] | None = None) -> list[Comparison]:
    """Per-arm numbers given side by side, in text order; numbers inside effect estimates or p-values (``taken``:
    their spans, found here when not given) are left out.

    >>> c = find_comparisons("the score fell by 4.1 points with XY-123 and by 1.2 points with placebo")[0]
    >>> [(n.value, n.kind, n.arm) for n in c.numbers]
    [(Decimal('-4.1'), 'change', 'XY-123'), (Decimal('-1.2'), 'change', 'placebo')]
    >>> find_comparisons("doses of 5 mg vs 10 mg in 2019 and 2020")
    []
    """
    text = without_spreads(plain(text))
    if taken is None:               # the spans of the sentence's effect estimates and p-values, when not given
        taken = [(e.start, e.end) for e in find_effects(text)] + [(p.start, p.end) for p in find_p_values(text)]
    ordered = respectively_arms(text) + dose_respectively(text) if "respectively" in text else []
    ordered += arms_then_brackets(text, ordered) if ")" in text else []
    ordered += share_then_control_bracket(text, ordered) if "%" in text and ")" in text else []
    taken = list(taken) + [(c.start, c.end) for c in ordered]
    slots, pos = [], 0
    while (m := SLOT.search(text, pos)) is not None:
        if any(a <= m.start() < b for a, b in taken) or _not_a_result(text, m):
            # (a number that is no result may not take the words after it: "at week 96, with rates of | 0.09 ...")
            pos = max(m.start() + 1, m.end("v") if m.group("v") else m.start() + 1)
            continue
        slots.append(m)
        pos = max(m.end(), m.start() + 1)
    out, group = [], []
    for m in slots:
        if group and _joined(text, group[-1], m) and not _labelled(group[-1]):
            group.append(m)
            continue
        _close(text, group, out)
        group = [m]
    _close(text, group, out)
    return sorted(out + ordered, key=lambda c: c.start)


# a spread written after a value ("3.6 ± 1.7", "3.6 +/- 1.7", "3.6±1.7"), or the count a share was made of ("6.1% (19 of
# 311)", "6.1% (19/311)")
SPREAD = rx.compile(rf"(?<=\d)\s?(?:±|\+/-)\s?{DECIMAL}(?![\d.])|(?<=%)\s?\(\s?\d{{1,6}}\s?(?:of|/)\s?\d{{1,6}}\s?\)")


def without_spreads(text: str) -> str:
    """``text`` with each spread after a value, and each count after a share, blanked (offsets kept): the value is the
    arm's, the spread or the count is not.

    >>> without_spreads("3.6 ± 1.7 with XY-123 and 4.4±2.1 with placebo")
    '3.6       with XY-123 and 4.4     with placebo'
    >>> without_spreads("6.1% (19 of 311) with placebo")
    '6.1%             with placebo'
    """
    return SPREAD.sub(lambda m: " " * len(m.group()), text) if "±" in text or "+/-" in text or "%" in text else text


# "24.5% and 6.0% for XY-123 2 mg and placebo, respectively": the numbers first, then their arms in the same order
# (or in days, points, weeks ...: "fell by 3.2 and 1.1 days in the XY-123 and control groups, respectively")
_RESPECTIVE_UNIT = r"(?:\s?%|\s(?:days?|points?|weeks?|months?|hours?))"
RESPECTIVE_ARMS = rx.compile(rf"(?<![\w.-])(?P<nums>{SNUM}{_RESPECTIVE_UNIT}?(?:\s?,\s?{SNUM}{_RESPECTIVE_UNIT}?){{0,3}},?\s(?:and|vs\.?|versus)\s"
                             rf"{SNUM}{_RESPECTIVE_UNIT})\s(?:(?:when\s)?(?:treated|dosed)\s)?(?:for|with|in|on|among|"
                             rf"of\s(?:the\s)?{PEOPLE}\s(?:receiving|given|taking|on|in))\s"
                             rf"(?P<arms>[^;:()%]{{3,120}}?),?\srespectively\b", re.I)
RESPECTIVE_VALUE = rx.compile(rf"(?P<v>{SNUM})(?P<unit>{_RESPECTIVE_UNIT})?")
# a verb of change just before such numbers: "fell by | 3.2 and 1.1 days"
CHANGE_VERB_BEFORE = rx.compile(rf"(?=[cdfgilrw])\b(?P<verb>{FALLING}|{RISING})(?:\s+by)?\s*$", re.I)
ARM_SEPARATOR = rx.compile(r",\s(?:and\s|vs\.?\s|versus\s)?|\s(?:and|vs\.?|versus)\s", re.I)
PERCENT_VALUE = rx.compile(rf"(?P<v>{SNUM})\s?%")


# two arms, each named before its number in brackets: "between the XY-123 arm (81.2%) and the placebo arm (83.5%; p=0.6)"
_ARM_BEFORE = r"(?:the\s)?(?P<a{k}>[A-Za-z][\w-]{{1,30}}(?:\s(?:group|arm|cohort))?)\s\((?P<v{k}>[-+]?\d{{1,6}}(?:\.\d{{1,4}})?)(?P<u{k}>\s?%)?(?=[);,])"
ARMS_THEN_BRACKETS = rx.compile(r"(?=[bfiw])\b(?:between|for|in|with)\s" + _ARM_BEFORE.format(k=1) + r"[^()]{0,30}\)\s(?:and|vs\.?|versus|"
                                r"compared\s(?:with|to))\s" + _ARM_BEFORE.format(k=2))


def arms_then_brackets(text: str, taken: list[Comparison]) -> list[Comparison]:
    """Two arms each named before its number in brackets.

    >>> [[(str(n.value), n.arm) for n in c.numbers] for c in arms_then_brackets(
    ...     "was similar between the XY-123 arm (81.2%) and the placebo arm (83.5%; p=0.6)", [])]
    [[('81.2', 'XY-123 arm'), ('83.5', 'placebo arm')]]
    """
    out = []
    for m in ARMS_THEN_BRACKETS.finditer(text):
        if any(c.start < m.end() and m.start() < c.end for c in taken) or \
                not (CONTROL_WORD_IN.search(m.group("a1")) or CONTROL_WORD_IN.search(m.group("a2"))):
            continue                     # (a control among the two: "between men (52%) and women (48%)" is no comparison)
        out.append(two_arms(m, tuple("%" if m.group(f"u{k}") else "" for k in (1, 2))))
    return out


def two_arms(m: re.Match, units: tuple[str, str]) -> Comparison:
    """The comparison a match names: arm ``a1`` with value ``v1``, arm ``a2`` with ``v2`` (in ``units``)."""
    return Comparison(tuple(ArmNumber(exact(m.group(f"v{k}")), "value", unit, m.group(f"a{k}"), m.start(f"v{k}"),
                                      m.end(f"v{k}"), m.start(f"a{k}")) for k, unit in zip((1, 2), units)),
                      m.start(), m.end())


# a share of the people on one arm, then the control's share in a bracket: "61% (16/26) of patients treated with XY-123
# were responders (placebo, 24% [6/25])", "... achieved remission (placebo: 21%)"
SHARE_THEN_CONTROL_BRACKET = rx.compile(
    rf"(?<![\w.-])(?P<v1>{DECIMAL})\s?%\s*+(?:\(\d{{1,5}}/\d{{1,5}}\)\s*+)?of\s(?:the\s)?(?:{PEOPLE}\s)?"
    r"(?:treated\swith|receiving|given|taking|on|in\sthe)\s"
    rf"(?P<a1>[A-Za-z][\w-]{{1,30}}(?:\s\d{{1,5}}(?:\.\d{{1,3}})?\s?mg)?)(?:\s(?:group|arm))?\s[^.;()%]{{1,80}}?"
    rf"\((?P<a2>{'|'.join(CONTROL_NAMES)})\s?[,:]\s?(?P<v2>{DECIMAL})\s?%(?:\s\[\d{{1,5}}/\d{{1,5}}\])?\)", re.I)


def share_then_control_bracket(text: str, taken: list[Comparison]) -> list[Comparison]:
    """One arm's share of people who reached an outcome, then the control's in a bracket.

    >>> [[(str(n.value), n.arm) for n in c.numbers] for c in share_then_control_bracket(
    ...     "In all, 61% of patients treated with XY-123 were zeta responders (placebo, 24%).", [])]
    [[('61.0', 'XY-123'), ('24.0', 'placebo')]]
    """
    out = []
    for m in SHARE_THEN_CONTROL_BRACKET.finditer(text):
        if any(c.start < m.end() and m.start() < c.end for c in taken):
            continue
        out.append(two_arms(m, ("%", "%")))
    return out


# a control's word inside an arm's words ("the placebo arm", "vehicle group")
CONTROL_WORD_IN = re.compile(rf"\b(?:{'|'.join(CONTROL_NAMES)}|usual|standard)\b", re.I)


def respectively_arms(text: str) -> list[Comparison]:
    """Values listed before their arms, mapped in order by "respectively".

    >>> [[(n.value, n.arm) for n in c.numbers] for c in respectively_arms("was 24.5% and 6.0% for XY-123 and placebo, respectively")]
    [[(Decimal('24.5'), 'XY-123'), (Decimal('6.0'), 'placebo')]]
    """
    out = []
    for m in RESPECTIVE_ARMS.finditer(text):
        values = list(RESPECTIVE_VALUE.finditer(text, m.start("nums"), m.end("nums")))
        while len(values) > 2 and unit_name(values[0].group("unit") or "") != unit_name(values[-1].group("unit") or ""):
            values = values[1:]          # "At 24 weeks, 51%, 33% and 7% ...": a timepoint before the values
        units = {unit_name(v.group("unit") or "") for v in values} - {""}
        if len(units) > 1:
            continue                     # "3 days and 5%": not one measure's numbers
        unit = units.pop() if units else "%"
        verb = CHANGE_VERB_BEFORE.search(text, max(0, m.start() - 30), m.start())
        noun = None if verb else CHANGE_NOUN_NEAR.search(text, max(0, m.start() - 40), m.start())
        sign = -1 if (verb and verb.group("verb").lower() in NEGATIVE_VERBS) or (noun and falling(noun.group("noun")) < 0) else 1
        arms, pos = [], m.start("arms")
        for sep in ARM_SEPARATOR.finditer(text, m.start("arms"), m.end("arms")):
            arms.append((pos, text[pos:sep.start()]))
            pos = sep.end()
        arms.append((pos, text[pos:m.end("arms")]))
        arms = dose_spread([(p + len(a) - len(a.lstrip()), a.strip()) for p, a in arms])
        if len(arms) != len(values) or not all(a for _, a in arms):
            continue
        kind = "change" if verb or noun else "value"
        numbers = [ArmNumber(sign * exact(v.group("v")), kind, unit, a, v.start("v"), v.end(), p)
                   for v, (p, a) in zip(values, arms)]
        control = CONTROL_AFTER.match(text, m.end())
        if control and unit_name(control.group("unit")) == unit and bool(control.group("noun")) == (kind == "change"):
            value = exact(control.group("v")) * (falling(control.group("noun")) if control.group("noun") else 1)
            numbers.append(ArmNumber(value, kind, unit, control.group("arm").lower(), control.start("v"), control.end(),
                                     control.start("arm")))
        out.append(Comparison(tuple(numbers), m.start(), control.end() if len(numbers) > len(values) else m.end(), True))
    return out


def dose_spread(arms: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Doses listed with one unit, as arms: "20", "40 mg of XY-123" are "20 mg" and "40 mg" (else as given).

    >>> dose_spread([(0, "20"), (7, "40 mg of XY-123")])
    [(0, '20 mg'), (7, '40 mg')]
    """
    last = DOSE_ARM_START.match(arms[-1][1]) if len(arms) >= 2 else None
    if last is None or not all(DOSE_NUMBER.fullmatch(a) for _, a in arms[:-1]):
        return arms
    unit = last.group("unit")
    return [(p, f"{a} {unit}") for p, a in arms[:-1]] + [(arms[-1][0], f"{last.group('amount')} {unit}")]


# "XY-123 100, 200 and 400 mg ... reductions of 12%, 18% and 25%, respectively": doses listed, then their values in order,
# perhaps then a control's ("versus a 3% increase with placebo")
# (or each with its unit: "XY-123 50 mg and 100 mg reduced ... by 4.1 and 4.6 days, respectively")
DOSES_LISTED = rx.compile(rf"(?<![\w.,])(?:(?P<doses>{cues.DOSE_AMOUNTS})\s?(?P<unit>{cues.DOSE_UNIT})"
                          rf"|(?P<each>{cues.DOSE_AMOUNT}\s?(?P<unit2>{cues.DOSE_UNIT})(?:\s?,\s?{cues.DOSE_AMOUNT}\s?(?P=unit2)){{0,4}}"
                          rf",?\s(?:and|or)\s{cues.DOSE_AMOUNT}\s?(?P=unit2)))(?![\w/])", re.I)
VALUES_RESPECTIVELY = rx.compile(rf"(?<![\w.-])(?P<nums>{SNUM}{_RESPECTIVE_UNIT}?(?:\s?,\s?{SNUM}{_RESPECTIVE_UNIT}?){{0,4}},?\s(?:and|vs\.?|versus)\s"
                                 rf"{SNUM}{_RESPECTIVE_UNIT}),?\s(?:respectively)\b", re.I)
# (a measure's words may stand between the value and the arm: "compared with a 41% response rate in the placebo group")
CONTROL_AFTER = rx.compile(rf",?\s(?:versus|vs\.?|compared\s(?:with|to))\s(?:an?\s)?(?:(?:mean|median)\s)?(?P<v>{SNUM})(?P<unit>{_RESPECTIVE_UNIT})"
                           rf"(?P<noun>\s(?:{FALLING_NOUN}|{RISING_NOUN}|change))?(?:\s(?!with\b|for\b|in\b|on\b)[a-z][a-z-]{{2,15}}){{0,3}}"
                           r"\s(?:with|for|in|on)\s(?:the\s)?(?P<arm>placebo|control|vehicle|sham|(?-i:[a-z][a-z-]{3,25}(?:\s[a-z]{4,15})?))\b",
                           re.I)
DOSE_NUMBER = re.compile(cues.DOSE_AMOUNT)
# a dose opening an arm's words: "40 mg | of XY-123"
DOSE_ARM_START = re.compile(rf"(?P<amount>{cues.DOSE_AMOUNT})\s?(?P<unit>{cues.DOSE_UNIT})(?:/(?:day|d))?\b", re.I)
# the change the values listed are ("produced mean reductions from baseline of | 12%, 18% and 25%", "reduced monthly
# zeta days by | 4.1 and 4.6 days")
CHANGE_NOUN_NEAR = rx.compile(rf"\b(?P<noun>(?:{FALLING_NOUN}|{RISING_NOUN})s?|{FALLING}|{RISING})\b[^.;%\d]{{0,50}}$", re.I)


def falling(noun: str) -> int:
    """The sign a change noun gives its number: -1 for a fall ("reductions"), else 1."""
    return -1 if noun.strip().lower().removesuffix("s") in NEGATIVE_VERBS else 1


def dose_respectively(text: str) -> list[Comparison]:
    """Values given "respectively" for doses listed before them, and a control's value after them.

    >>> [[(str(n.value), n.arm) for n in c.numbers] for c in dose_respectively(
    ...     "XY-123 10, 20 and 40 mg gave reductions of 12%, 18% and 25%, respectively, versus a 2% increase with placebo")]
    [[('-12.0', '10 mg'), ('-18.0', '20 mg'), ('-25.0', '40 mg'), ('2.0', 'placebo')]]
    """
    out = []
    for m in VALUES_RESPECTIVELY.finditer(text):
        doses = [d for d in DOSES_LISTED.finditer(text, max(0, m.start() - 200), m.start())][-1:]
        values = list(RESPECTIVE_VALUE.finditer(text, m.start("nums"), m.end("nums")))
        units = {unit_name(v.group("unit") or "") for v in values} - {""}
        if not doses or len(units) != 1:
            continue                   # "3 days and 5%": not one measure's numbers
        unit, listed = units.pop(), doses[0].group("doses") or doses[0].group("each")
        if len(DOSE_NUMBER.findall(listed)) != len(values):
            continue
        dose_unit = doses[0].group("unit") or doses[0].group("unit2")
        arms = [f"{d} {dose_unit}" for d in DOSE_NUMBER.findall(listed)]
        noun = CHANGE_NOUN_NEAR.search(text, max(doses[0].end(), m.start() - 60), m.start())
        kind, sign = ("change", falling(noun.group("noun"))) if noun else ("value", 1)
        numbers = [ArmNumber(sign * exact(v.group("v")), kind, unit, arm, v.start("v"), v.end(), doses[0].start())
                   for v, arm in zip(values, arms)]
        control = CONTROL_AFTER.match(text, m.end())
        if control and unit_name(control.group("unit")) == unit:
            noun = control.group("noun")
            value, kind = (exact(control.group("v")) * falling(noun), "change") if noun else (exact(control.group("v")), "value")
            if not noun and numbers[0].kind == "change":
                value, kind = value * sign, "change"       # "... by 4.1 and 4.6 days, respectively, versus 2.2 days"
            numbers.append(ArmNumber(value, kind, unit, control.group("arm").lower(), control.start("v"), control.end(),
                                     control.start("arm")))
        out.append(Comparison(tuple(numbers), doses[0].start(), control.end() if control else m.end(), True))
    return out


# a time a result is given at: "at | 12 months", "by | 48 weeks"
AT_TIME_BEFORE = re.compile(r"\b(?:at|by|after|through|within)\s$", re.I)
TIME_WORD = re.compile(r"(?:weeks?|months?|days?|years?|hours?)", re.I)


# a change relative to the control: "a mean attack rate reduction of 81% versus placebo" (the drug's effect)
RELATIVE_CHANGE = rx.compile(rf"(?=[dgilr])\b(?:{FALLING_NOUN}|{RISING_NOUN})s?\s(?:of|by)\s(?P<v>{DECIMAL})\s?%\s{_VERSUS_CONTROL}",
                             re.I)


# a threshold in points of a scale, which names a responder measure: "at least a | 4 | -point", "≥ | 4 | -point or more"
POINTS_AFTER = re.compile(r"[\s-]points?\b", re.I)
AT_LEAST_BEFORE = re.compile(r"(?:≥|>=|\bat\sleast(?:\san?)?|\bmore\sthan(?:\san?)?)\s?$", re.I)
OR_MORE_AFTER = re.compile(r"[\s-]points?\sor\s(?:more|greater|higher)\b", re.I)


def _not_a_result(text: str, m: re.Match) -> bool:
    """A dose ("5 mg"), a year ("2019"), a count of people given without its share, the number of a week, a visit or
    a grade ("at week 48"), a time results are given at ("at 12 months"), or a threshold in points ("a >=4-point
    reduction")."""
    if m.group("v") is None:
        return False
    if DOSE_AFTER.match(text, m.end("v")) or ORDINAL_BEFORE.search(text, max(0, m.start("v") - 8), m.start("v")):
        return True
    if POINTS_AFTER.match(text, m.end("v")) and (AT_LEAST_BEFORE.search(text, max(0, m.start("v") - 16), m.start("v"))
                                                   or OR_MORE_AFTER.match(text, m.end("v"))):
        return True                     # "a >=4-point reduction in X", "a 4-point or greater reduction": a threshold
    relative = RELATIVE_CHANGE.search(text, max(0, m.start("v") - 20), min(len(text), m.end("v") + 40))
    if relative and relative.start("v") == m.start("v"):
        return True                     # "a mean reduction of 81% versus placebo": the drug's effect, no arm's number
    value = m.group("v")
    if m.group("unit") and AT_TIME_BEFORE.search(text, max(0, m.start("v") - 8), m.start("v")) and \
            TIME_WORD.fullmatch(m.group("unit").strip()):
        return True                     # "at 12 months": when, not a result
    return not m.group("unit") and re.fullmatch(r"(?:19|20)\d\d", value) is not None


def _joined(text: str, a: re.Match, b: re.Match) -> bool:
    units = {_unit(m) for m in (a, b)} - {""}
    if len(units) > 1:
        return False                    # "at 12 months, 80% ...": not one measure's numbers
    between = text[a.end():b.start()]
    bracketed = ARM_BEFORE_BRACKET.search(between) is not None and _unit(a) == _unit(b) and \
        CLOSES_BRACKET.match(text, b.end("v") if b.group("v") else b.end())      # "... versus placebo (12.9%)"
    return bool(JOIN.fullmatch(between) or ((_has_arm(a) or _has_arm(b) or bracketed) and JOIN_FAR.fullmatch(between)))


def _close(text: str, group: list[re.Match], out: list[Comparison]) -> None:
    if len(group) < 2:
        return
    respectively = RESPECTIVELY.search(text, group[-1].end(), min(len(text), group[-1].end() + 20)) is not None or \
        RESPECTIVELY.search(text, max(0, group[0].start() - 60), group[0].start()) is not None
    if any(m.group("armlow") for m in group) and not bracketed_against_control(text, group):
        group = [m for m in group if not m.group("armlow")]     # a bare word after a number names an arm only in
        if len(group) < 2:                                      # a bracketed pair ("Of 47 cases, 38 of these ...")
            return
    joins = [text[a.end():b.start()] for a, b in zip(group, group[1:])]
    armless = not any(_has_arm(m) for m in group)
    if armless and all(re.fullmatch(r"\s*,?\s*(?:and\s*(?:by\s+)?)?", j, re.I) for j in joins) and not respectively:
        return                          # "5% and 7%" with no arm named and no "respectively": a list, not arms
    numbers, verb = [], None
    for k, m in enumerate(group):
        verb = (m.group("verb") or m.group("noun") or verb or "").lower() or None
        number = _arm_number(m, verb)
        named = ARM_BEFORE_BRACKET.search(text, group[k - 1].end(), m.start()) if k and number.arm is None else None
        if named:                       # "... compared with patients receiving AB-7 (0.19)": AB-7's number
            number = ArmNumber(number.value, number.kind, number.unit, named.group("arm"), number.start, number.end,
                               named.start("arm"), number.verb)
        numbers.append(number)
    if len({n.unit for n in numbers if n.unit}) > 1:
        return                          # "5% vs 3 months": not one measure's numbers
    out.append(Comparison(tuple(numbers), group[0].start(), group[-1].end(), respectively))


# a bracket's opening and closing around a group of numbers: "(| 29.5% zetamab, 42.9% placebo |)"
OPENS_BRACKET = re.compile(r"\(\s{0,2}$")
CLOSES_PAIR = re.compile(r"\s{0,2}\)")


def bracketed_against_control(text: str, group: list[re.Match]) -> bool:
    """Are a group's numbers all of one bracket, each with its arm's word, the last a control's ("(29.5% zetamab,
    42.9% placebo)")? Then the bare words are arms; elsewhere ("(52% female, 48% male)") they may be anything.

    >>> [bracketed_against_control(t, list(SLOT.finditer(t))) for t in ("(29.5% zetamab, 42.9% placebo)", "(52% female, 48% male)")]
    [True, False]
    """
    return bool(OPENS_BRACKET.search(text, max(0, group[0].start() - 3), group[0].start())
                and CLOSES_PAIR.match(text, group[-1].end()) and all(m.group("armlow") or m.group("armbare") for m in group)
                and (group[-1].group("armbare") or "").lower() in CONTROL_NAMES)


# SLOT's groups that name an arm
ARM_GROUPS = ("armtext", "armpar", "armtr", "armgrp", "armpre", "armbare", "armact", "armlow")


# an arm's words that end on the trial its numbers are given for: "5.9% with placebo | in ZETA-A1 | and 33.4%, ..."
TRIAL_LABEL_END = re.compile(r"\s(?:in|for)\s(?:the\s)?[A-Z][A-Z0-9]{1,14}(?:[- ][A-Z0-9]{1,10}){0,2}$")


def _labelled(m: re.Match) -> bool:
    """Does the number's arm end on a trial's name? Then the numbers after it are another trial's."""
    arm = m.group("armtext")
    return bool(arm) and TRIAL_LABEL_END.search(arm) is not None


def _has_arm(m: re.Match) -> bool:
    return any(m.group(g) for g in ARM_GROUPS)


# a number's unit as written, by one name: "percent" and "%", "day" and "days"
# (a change "by 1.8 percentage points" with A "and by 0.4 points" with B: one unit)
UNIT_NAMES = {"percent": "%", "per cent": "%", "point": "points", "percentage point": "points", "percentage points": "points",
              "month": "months", "week": "weeks", "day": "days",
              "year": "years", "hour": "hours", "minute": "minutes", "mo": "months"}


def unit_name(written: str) -> str:
    """A unit as written, by its one name ("" for none).

    >>> unit_name(" Percent"), unit_name(" day"), unit_name("")
    ('%', 'days', '')
    """
    unit = re.sub(r"\s+", " ", written.strip().lower())
    return UNIT_NAMES.get(unit, UNIT_NAMES.get(unit.removesuffix("s"), unit))


def _unit(m: re.Match) -> str:
    unit = "%" if m.group("pct") else re.sub(r"\s+", " ", (m.group("unit") or "").strip().lower())
    return UNIT_NAMES.get(unit, unit)


def _arm_number(m: re.Match, verb: str | None) -> ArmNumber:
    raw = m.group("pct") or m.group("v")
    value = exact(raw)
    unit = _unit(m)
    kind = "value"
    if verb:
        kind = "change"
        if verb in NEGATIVE_VERBS and not raw.startswith(("-", "+")):
            value = -value
    elif raw.startswith(("-", "+")):
        kind = "change"
    group = next((g for g in ARM_GROUPS if m.group(g)), None)
    arm = m.group(group).strip() if group else None
    return ArmNumber(value, kind, unit, arm, m.start("pct") if m.group("pct") else m.start("v"), m.end(),
                     m.start(group) if group else None, verb)


# --- one arm's line of a list ("- 10 mg group: weight fell by 12.0%", "Placebo: 31%") -------------------------
ARM_LINE = rx.compile(r"^\s{0,3}[-•*–]?\s{0,3}(?P<arm>[^:;,.()%]{1,40}?)(?:[\s-](?:group|arm|cohort))?\s?:\s{1,3}")


@record
class ArmLine:
    """A line that gives one number for one arm: the arm's words as written (and where), and the number."""

    arm: str
    arm_start: int
    number: ArmNumber


def arm_line(text: str) -> ArmLine | None:
    """The arm and the one number of a list line "ARM: ... N"; None when the line gives more numbers or no number.

    >>> a = arm_line("- 10 mg group: weight fell by 12.0% on average")
    >>> a.arm, a.number.value, a.number.kind, a.number.unit
    ('10 mg', Decimal('-12.0'), 'change', '%')
    >>> arm_line("Placebo: 31% vs 20%") is None, arm_line("Weight fell by 12%") is None
    (True, True)
    """
    m = ARM_LINE.match(text)
    if m is None or BASELINE_WORD.search(text, m.end()):
        return None                     # "XY-123: 139 mg/dL at baseline": no result
    rest = plain(text)
    slots = [x for x in SLOT.finditer(rest, m.end()) if not _not_a_result(rest, x)]
    if len(slots) != 1 or len(FIRST_NUMBER.findall(rest, m.end())) != 1:
        return None
    slot = slots[0]
    if _unit(slot) == "" and not (slot.group("verb") or slot.group("noun")):
        return None                     # a bare number: a count or a score, not read without its unit
    return ArmLine(m.group("arm").strip(), m.start("arm"), _arm_number(slot, (slot.group("verb") or slot.group("noun") or "").lower() or None))


BASELINE_WORD = rx.compile(r"\bbaseline\b", re.I)
FIRST_NUMBER = rx.compile(r"(?=[\d])(?<![\w.])\d[\d.,]{0,12}")


# --- single numbers -------------------------------------------------------------------------------------------
# "MEASURE was 42%", "MEASURE: 42%", "MEASURE of 42%", "... in 42%": a single value right after a measure
# (a qualifier "at day 28" / "by RECIST 1.1" and an apposition ", the primary endpoint," may stand between)
SINGLE = rx.compile(rf"(?<![\s,])(?:\s*+\([A-Za-z][\w-]{{0,11}}\))?(?:\s++(?:at|by|within|after|through|against)\s+[^,;%()]{{1,50}}?)?(?:\s*+,[^,;%()\d]{{1,40}},)?"
                    rf"[\s,]{{0,3}}(?:(?:was|were|is|of|reached|in|at)\s+|:\s*|\(\s*)(?P<v>{SNUM})\s*(?P<unit>%|percent\b|per\s+cent\b|months?\b)"
                    rf"(?!\s*(?:of|in|with|on|for|among(?!\s+(?:the\s+)?responders\b)|vs\.?|versus|compared|CI|CrI|"
                    rf"confidence|credible)\b)", re.I)
# (not an interval's level: "X (95% CI, 6 to 14)")
# a measure of time, whose single value may be given in months ("median duration of response: 21.8 months")
TIME_MEASURE = rx.compile(r"(?=[dst])\b(?:survival|duration|time[-\s]to)\b", re.I)


@record
class Single:
    value: Decimal
    unit: str
    start: int
    end: int


def single_value(text: str, pos: int, end: int) -> Single | None:
    """The single value that follows a measure ending at ``pos`` ("ORR was 42%"), read up to ``end``.

    >>> single_value("The response rate was 42% (95% CI, 30 to 55).", 17, 46).value
    Decimal('42.0')
    >>> single_value("The response rate was 42% in the XY-123 group", 17, 46) is None
    True
    >>> single_value("The response rate (95% CI, 30 to 55) rose.", 17, 40) is None
    True
    """
    text = plain(text)
    m = SINGLE.match(text[:end], pos)
    if m is None:
        return None
    unit = m.group("unit").lower()
    unit = "%" if unit == "%" or unit.startswith("per") else unit.rstrip("s")
    return Single(exact(m.group("v")), unit, m.start("v"), m.end())


# the interval right after a single value: "42% | (95% CI, 30 to 55)", "42% | [95% CI: 30-55]"
CI_AFTER = rx.compile(rf"(?<![\s(\[])\s*+[(\[,;]\s*+{CI_WORDS}\s*+[,:=]?\s*+{CI_RANGE}")
# measures that are themselves between-arm estimates, whose single value and interval are the outcome's (no ratio of
# the effect vocabulary): "vaccine efficacy was 84% (95% CI, 70 to 92)", also named by what it is against
ESTIMATE_MEASURE = rx.compile(r"^vaccine\sefficacy(?:\sagainst\s.+)?$")
# a short form in brackets right after a measure's name, before its interval: "vaccine efficacy | (VE) | (95% CI ...)"
SHORT_FORM_AFTER = rx.compile(r"\s?\([A-Za-z][\w-]{0,11}\)")


def interval_after(text: str, pos: int) -> tuple[Decimal, Decimal] | None:
    """(low, high) of the interval right after a value ending at ``pos``, else None.

    >>> interval_after("efficacy was 84.1% (95% CI, 70.2 to 91.6)", 18)
    (Decimal('70.2'), Decimal('91.6'))
    """
    m = CI_AFTER.match(plain(text), pos)
    return (exact(m.group("lo")), exact(m.group("hi"))) if m else None


# the words that make a measure's change a wording of the measure itself: "percent change in X", "change from
# baseline in X" (the outcome extractor keeps one outcome per trial and arm for both)
CHANGE_PREFIX = rx.compile(r"^(?:(?:percent(?:age)?|%|mean|least[- ]squares mean|LS mean|average|absolute|relative)\s)?"
                           r"change(?:\sfrom\sbaseline)?\s(?:in|of)\s", re.I)


# --- roles, timepoints and continuation (the outcome extractor's frame) ---------------------------------------
# ("additional end points" after the primary one are the secondary ones)
ROLE_WORDS = (r"(?P<role>primary|main|secondary|exploratory|key\s+secondary|additional"
              r"|major(?=\s+efficacy\s+(?:outcome|end\s?point)))")     # (a label's "major efficacy outcome measure")
ENDPOINT_WORDS = (r"(?:efficacy\s+)?(?:goal|objective|endpoint|outcome|aim|measure|question|end(?:\s+|-)point|variable|parameter)s?")
# what adds a second result to a role's measure: "the primary endpoint of X ... | as well as | a reduction in Y"
ALSO_BETWEEN = rx.compile(r"(?=[ai])\b(?:as\s++well\s++as|in\s++addition\s++to|along\s++with|and\s++also)\b", re.I)
# "the primary endpoint", "key secondary outcomes", "its main goal"
# (opened by a look-ahead for the role words' first letters: re skips the other positions at once)
# (a hyphen may join them: "a primary-outcome event")
ROLE = rx.compile(rf"{rx.starts_with(['primary', 'main', 'secondary', 'exploratory', 'key', 'additional', 'major'])}\b{ROLE_WORDS}(?:\s+|-)(?:[\w-]{{1,30}}\s+){{0,2}}?(?:{ENDPOINT_WORDS}|composites?)\b", re.I)
# a mention that is only a role phrase ("the primary endpoint") names no measure of its own
ROLE_PHRASE = rx.compile(rf"(?:the\s+|its\s+|a\s+)?{ROLE_WORDS}\s+(?:composite\s+)?{ENDPOINT_WORDS}", re.I)
# after a role phrase, the measures it lists follow: "secondary endpoints (, tested in order,) were / included / :",
# "the primary end points (for part one (week 10) and part two (week 40)) were"
ROLE_LIST = rx.compile(r"(?<!\s)(?:\s*+,[^,;]{1,60},|\s++(?:for|in|at|among|during)\s[^,;:.]{1,60}?(?=\s(?:was|were|are|is)\b))?\s*+(?:(?:was|were|is|are|included|includes|comprised|of)\b|,?\s*+including\b|:)",
                       re.I)
# the number of measures a role phrase announces: "Three confirmatory secondary endpoints ..."
ROLE_COUNT = rx.compile(r"(?=[23456fst])\b(?P<n>two|three|four|five|six|[2-6])\s(?:[\w-]{1,20}\s){0,2}$", re.I)
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
# "A and B were key secondary endpoints": the role follows the measures it names
ROLE_AFTER = rx.compile(r"(?=[aiw])\b(?:was|were|is|are|as)\s+(?:(?:the|a|an|its|their|key|other|two|three)\s+){0,3}$", re.I)
# "45% of patients achieved a complete response": a single value before its measure
VALUE_BEFORE = rx.compile(rf"(?<![\w.-])(?P<v>{SNUM})\s*%\s+of\s+(?:[\w-]{{1,30}}\s+){{1,4}}?"
                          r"(?:were|was|had|reached|achieved|attained|showed)\s+(?:still\s+)?(?:an?\s+|the\s+)?$", re.I)
# "a 41% | overall response rate": a rate's value written before it (only a rate's: "a 10% | weight loss" is a threshold)
RATE_BEFORE = rx.compile(rf"(?<![\w.-])(?:(?:an?|the)\s+(?:estimated\s+|overall\s+)?|(?:is|was|are|were|showed|demonstrated)\s+)"
                         rf"(?P<v>{SNUM})\s*+(?:%|percent\b|per\s+cent\b)\s+$", re.I)
RATE_MEASURE = re.compile(r"\b(?:rates?|response|remission|survival|efficacy(?:\sagainst\s.+)?)$", re.I)
# "13 of the 22 children (59%) could sit without support": the same with a count and its share
COUNT_BEFORE = rx.compile(rf"(?=[\d])(?<![\w.,])\d{{1,3}}(?:,\d{{3}})?\s(?:of\s(?:the\s)?\d{{1,3}}(?:,\d{{3}})?\s)?(?:[\w-]{{1,30}}\s){{0,2}}?"
                          rf"\(\s?(?P<v>{SNUM})\s?%(?:\s?[;,][^()]{{1,40}})?\s?\)\s(?:were|was|had|reached|achieved|attained|showed|could|"
                          r"did|remained)\s"
                          r"(?:still\s)?(?:an?\s|the\s)?$", re.I)
# after a role phrase, the words that introduce the measure it names: "The primary outcome was | X", "Secondary
# outcomes included | X" (the measure itself is read by kg.extractors.outcome_roles.defined_measure)
# (or "of": "did not meet its primary endpoint of | complete clearance at week 6")
ROLE_DEFINES = rx.compile(r"(?:(?:\s{0,3},[^,;]{1,40},)?\s{1,3}(?:was|were|is|are|included|includes|comprised|of)|\s{0,2}:)"
                          r"\s{1,3}(?:the\s|a\s|an\s)?", re.I)      # (or a label's colon: "Primary endpoint: X")
# the measure a role phrase names, to the clause's end: words (no number, no verb), then perhaps a timepoint
DEFINED_PHRASE = rx.compile(r"(?P<x>[A-Za-z][\w'’/-]{0,30}(?:\s[A-Za-z][\w'’/-]{0,30}){0,9}?)"
                            r"(?P<t>(?:\s(?:within|at|by|over|after|through)\s(?:(?:day|week|month|year)\s\d{1,3}|"
                            r"(?:\d{1,3}|two|three|four|six|eight|ten|twelve)\s(?:hours|days|weeks|months|years))"
                            # (or a window from the start: "| from 0 to 36 hours", "| from baseline to week 12")
                            r"|\sfrom\s(?:0|baseline)\sto\s(?:(?:day|week|month|year)\s\d{1,3}|\d{1,3}\s(?:hours|days|weeks|months|years)))"
                            # (the event the time counts from: "within 30 days | after surgery")
                            r"(?:\s(?:after|following)\s(?:the\s)?(?:[a-z-]{2,20}\s)?[a-z-]{3,20}(?=[.;(]|$))?)?\s{0,2}"
                            r"(?=[.;(]|$|\sbetween\s|\s(?:assessed|measured|evaluated|determined)\s(?:[\w-]{1,20}\s){0,2}?(?:with|by|using|via)\b"
                            # (or what it was for: "a composite endpoint | designed to show ...", "| defined as ...")
                            r"|\s(?:designed|intended|chosen|selected)\sto\s|,?\s(?:defined|measured)\sas\s"
                            # (or the visit it was read at, or who reported it: "| at test-of-cure", "| reported by")
                            r"|\sat\s(?:the\s)?(?:test-of-cure|end\sof\s(?:treatment|therapy|the\sstudy)|last\svisit)\b"
                            r"|\s(?:reported|recorded|assessed)\sby\s"
                            rf"|\s(?:in|among)\s(?:the\s)?(?:\w+\s)?{cues.PEOPLE}\b|\s(?:at|across|with)\s(?:both|all|each|either)\s"
                            # ("did not meet its primary endpoint of X | or any of the secondary endpoints")
                            r"|,?\s(?:or|nor|and)\s(?:any|all)\s(?:of\s)?(?:the\s)?(?:\w+\s)?(?:end\s?points|outcomes)\b)")
# how a measure was taken, after its name: "the incidence of zeta episodes | assessed twice daily with the Zeta Method"
METHOD_CUE = re.compile(r"\b(?:assessed|measured|evaluated|determined|scored|rated)\b[^.;()]{0,40}?\b(?:with|by|using|on)\b"
                        r"|\b(?:using|via)\b", re.I)
NOT_IN_MEASURE = frozenset("""was were is are had has have occurred compared versus vs than which that who whom when while
    whereas but because if showed reached achieved met""".split())
GENERIC_MEASURES = frozenset("change difference rate proportion number time incidence efficacy safety score outcome "
                             "endpoint result results response mean effect".split())
# a sentence that judges two results at once: "Both results were statistically significant", "Both comparisons ..."
BOTH_RESULTS = rx.compile(r"\s{0,3}Both\s(?:results|endpoints|end\s?points|outcomes|comparisons|(?:co-?)?primary\s(?:end\s?points|outcomes))"
                          r"\b[^.;]{0,40}\b(?:significant|p\s?[<=])", re.I)
SAFETY = rx.compile(r"\bsafety(?:\s+and\s+tolerability)?|\btolerability\b", re.I)
# a duration that is a point in time: "at week 24", "after 12 months", "over the first year"
# an age range is no timepoint ("adults aged 18 to 65 years")
AGE_BEFORE = rx.compile(r"\baged?\b[^.;]{0,20}$", re.I)
AGE_AFTER = rx.compile(r"\s(?:of\sage|old)\b", re.I)
# a span that describes a measure's window, not when it was read: "the 3-month | mean", "a 12-week | period"
WINDOW_AFTER = rx.compile(r"\s(?:mean|average|rolling|period|window|baseline)\b", re.I)
TIMEPOINT_BEFORE = rx.compile(r"(?=[abdiotw])\b(?:at|to|by|through|within|after|over|during|in|on)\b(?:\s+the)?(?:\s+(?:first|last|initial))?\s*$", re.I)
# a duration that is a point in time by what follows it: "one month | after receiving a single vaccination", "2 hours
# | after dosing"; or by the measure it dates, written as one word with it: "the 24-month | event-free survival rate"
TIMEPOINT_AFTER = rx.compile(r"\s(?:after|post|following)\s(?:receiving\s|taking\s|the\s)?(?:(?:a|an|one|single|first|last|"
                             r"second|final)\s){0,2}(?:doses?|dosing|vaccinations?|injections?|infusions?|administration|"
                             r"randomi[sz]ation|surgery|transplant(?:ation)?)\b", re.I)
# (not a trial's or a treatment's span, "a 12-week trial", nor a window a measure is confirmed over, "12-week confirmed
# disability progression")
DATED_MEASURE_AFTER = rx.compile(r"\s(?!(?:trial|study|studies|treatment|period|phase|course|extension|follow-?up|program|"
                                 r"programme|regimen|dosing|infusion|run-in|washout|old|interval|cycle)\b|[a-z]+ed\b)"
                                 r"[a-z][a-z-]{3,}", re.I)
# the same in hours, which no trial's span is counted in: "two hours after dosing"
HOURS_AFTER = rx.compile(rf"\b(?P<num>{NUMBER})\s(?:hours?|hrs?)(?=\s(?:after|post|following)\s)", re.I)
# the second end of a range, not a point in time: "(95% CI, 18 to | 24 months)", "6 to | 12 months"
RANGE_BEFORE = rx.compile(r"\d\s?(?:%|(?:days?|weeks?|months?|years?)\s)?\s?(?:to|-|–)\s?$", re.I)
PER = rx.compile(r"per\s*$")
EXCEPT_AT = rx.compile(r"(?=[ew])\b(?:except|excluding|other\s+than|apart\s+from)\s+(?:at|for|in|on|during)?\s*(?:the\s+)?$", re.I)
BEFORE = 80            # the characters before a duration in which TIMEPOINT_BEFORE and PER are looked for
SAME_PERIOD = rx.compile(r"\b(?:same|that)\s+(?:period|time|window|timepoint)\b", re.I)
# a clause that turns from the one before it to another quantity: "..., but no significant effect on Y", "; whereas
# Y", "(... vs ...), with a 58% Y rate"
CONTRAST = rx.compile(r"(?:,|;)\s(?:but|whereas|while|although|however)\b|;\s|\),\swith\s(?:an?|the)\s")
# the whole population named before one of several estimates: "..., and then in the entire study population (HR=..."
# (that estimate is the trial's, the others its subgroups')
WHOLE_POPULATION = rx.compile(r"(?=[aeotw])\b(?:(?:entire|overall|whole|total)\s(?:study\s|trial\s)?population|"
                              r"all\s(?:randomi[sz]ed\s)?(?:patients|participants))\b[^.;()]{0,60}(?:[(\[]\s?)?$", re.I)
# a subgroup's or post hoc analysis's numbers are not the trial's result
SUBGROUP = rx.compile(r"(?=[abeps])\b(?:subgroups?|subsets?|post[-\s]hoc|subpopulations?|sub-populations?|"
                      r"exploratory\s+(?:analysis|analyses|comparison)|pre-?specified\s+[^.;,]{1,40}\s+population|"
                      # "did not differ based on age, sex or smoking history": across the population's parts
                      r"(?:based\s+on|according\s+to|across)\s+(?:age|sex|gender|race|ethnicity|ethnic\s+origin|smoking))\b", re.I)
# a sentence that opens on a part of the population: "Among those on invasive ventilation, ...", "In patients who
# needed no oxygen, ..." (its numbers are a subgroup's, unless the part named is an arm: "Among those on XY-123")
SUBGROUP_OPENER = rx.compile(rf"^\s{{0,3}}(?:Among|In|For)\s(?:those|{cues.PEOPLE})\s(?P<who>(?:on|receiving|who|with|without|"
                             r"not|needing|requiring|aged|older|younger|given)\b[^,:;]{1,80})[,:]")
# the words that say patients died ("had died", "died"): a mortality measure's numbers
DIED = rx.compile(r"\b(?:had\s)?died\b", re.I)
DEATH_MEASURE = rx.compile(r"\b(?:mortality|death)\b", re.I)
# the words of a per-arm number that say it is a change rather than a level
CHANGE_WORD = rx.compile(r"\bchange", re.I)
# a change named by its direction just before the measure: "the mean decline in the ARS total score (...) was 4.5"
CHANGE_NOUN_BEFORE = rx.compile(rf"\b(?:(?P<noun>{FALLING_NOUN}|declines|reductions|{RISING_NOUN}|increases)\s+(?:in|of)"
                                # (or the verb that changed it: "lowering | X by 19%")
                                r"|(?P<verb>lowering|reducing|cutting|decreasing|raising|increasing))\s+(?:the\s+|patients['’]\s+)?$",
                                re.I)
DIRECTION_OF = {"decreased": "decreased", "increased": "increased"}
# a short line that opens a list of numbers: "At week 72:", "Results at 12 months:"
LIST_INTRO = rx.compile(r"\s{0,3}[^.;:]{1,40}:\s{0,3}")
FALLING_WORD = rx.compile(rf"(?=[cdflrw])\b(?:{FALLING})\b", re.I)

# layouts of one arm's or one measure's numbers
_WORD = r"[\w-]{1,60}"
# "from 40.6 to 37.6", "(37.6 vs. 40.6 points)", "a mean three points lower"
# (a spread may follow the baseline: "from 57.4±9 letters at baseline to 61.2±12")
FROM_TO = rx.compile(rf"(?<!ranging\s)(?<!ranged\s)(?<!ranges\s)(?<!range\s)(?<!scored\s)\bfrom\s+(?P<b>[-+]?{DECIMAL})(?:\s?±\s?{DECIMAL})?%?\s+(?:points?\s+)?(?:[^.;]{{0,60}}?)\bto\s+(?P<v>[-+]?{DECIMAL})"
                     # (not a span of time: "improved in both groups from 1 to 5 weeks"; nor a scale's range: "a visual
                     # analogue scale ranging from 0 to 100")
                     r"(?!\.?\d|\s*(?:days?|weeks?|months?|years?|hours?|h|wk|mo)\b)", re.I)
# "(37.6 vs. 40.6 points)" is a value against its baseline only where the sentence compares times
OVER_TIME = rx.compile(r"(?=[beps])\b(?:baseline|beginning|start|before|earlier|previously)\b", re.I)
# an opening bracket between two mentions
OPENS = rx.compile(r"(?<!\s)\s*+[(\[]\s*+")
VS = rx.compile(rf"\(\s*(?P<v>[-+]?{DECIMAL})\s*(?:points?\s*)?(?:vs\.?|versus)\s*(?P<b>[-+]?{DECIMAL})", re.I)
# (blanks after "a" and before the number are taken whole: re would otherwise try every split of a long run)
CHANGE = rx.compile(rf"\b(?:a\s++)?(?:mean|average)?\s*+(?P<n>{NUMBER})\s+points?\s+(?P<dir>lower|higher|less|more)", re.I)
# "people on A lost an average of 6 points, compared with 8 points for those on B"
ARM_CHANGE = rx.compile(rf"(?=[cdfgilrw])\b(?P<verb>lost|declined by|fell by|dropped by|decreased by|worsened by|gained|improved by|rose by|"
                        rf"increased by|compared with)\s+(?:an average of\s+|a mean of\s+|about\s+)?(?P<n>{DECIMAL})\s+points?", re.I)
ARM_CUE = rx.compile(rf"\b(?:(?:people|those|patients|participants)\s+(?:on|given|receiving|taking)\s+(?P<on>[\w-]+)|"
                     rf"in the (?P<group>{_WORD}(?:[ -]{_WORD})?)[- ]group|(?P<grp2>{_WORD})[- ]group)", re.I)
IN_GROUP = rx.compile(rf"\bin the (?P<g>{_WORD}(?:[ -]{_WORD})?)[- ]group\b", re.I)
# "6.0 points in the early-start group versus 9.5 points in the delayed-start group"
SIGNED_ARM = rx.compile(rf"(?P<n>[-+]?{DECIMAL})\s+points?\s+(?:for|in|with|among)\s+(?:the\s+|those on\s+|patients on\s+)?"
                        rf"(?P<arm>[\w-]+)(?:[ -](?:group|arm))?", re.I)
DOSE_START_GROUP = rx.compile(rf"(?=[dehilm]){cues.DOSE_LEVEL}[- ]?dose|(?:early|delayed)[- ]?start", re.I)
# a sentence with these continues the measure of the sentence before it
# a share of patients and what they reached, the result's own measure ("45% of patients on XY-123 achieved
# remission", "68% of patients on XY-123 had an improvement in ..."): such a sentence does not go on about the measure
# before it, unless it points back at an endpoint
OWN_EVENT = rx.compile(r"""%\)?\s{1,3}(?:of\s)?(?:[\w-]{1,30}\s){0,8}?(?:achieved|attained|reached|experienced|developed
    |responded|had\s(?:an?|no|any|at\sleast))\b(?!\s(?:the|this|that|its|their|both)\s(?:(?:primary|secondary|main|co-primary|key)\s)?(?:end\s?points?
    |goals?|targets?|outcomes?|objectives?)\b)""", re.I | re.X)
# words that point back to the measure just named ("Scores fell ...", "The difference was ...")
POINTS_BACK = rx.compile(r"\b(?:scores?|the\s+(?:difference|result|effect|benefit|change|gap))\b", re.I)
FIRST_DIGIT = rx.compile(r"\d")
CONTINUES = (POINTS_BACK, NOT_SIGNIFICANT, SIGNIFICANT, ARM_CHANGE, POINT_GAP, EFFECT, FROM_TO, VS, P_VALUE, CHANGE, SIGNED_ARM)
number = parse_number
