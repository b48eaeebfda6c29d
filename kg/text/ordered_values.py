"""Per-arm numbers given in the order their arms are named, whatever the words between them.

Writers give one result for two or three arms in many layouts ("7.9 in the XY group, as compared to 8.2 in the
placebo group"; "XY (-1.5) and placebo (0.9) patients"; "XY: -2.2; placebo: -1.7"; "-14 mL and -83 mL in the XY
(n=54) and placebo (n=54) groups, respectively"; "a 47% reduction ... in the group receiving XY and a 2% increase
... in the group receiving placebo"). What they share: the numbers come in the order the arms are named. This reader
is the fallback for a sentence whose layout no other reader knows; so it reads only where that order is the one
reading left:

- the sentence names as many arms (2 or 3, each a different one) as it gives result numbers;
- every number that is not a result is set aside first: effect estimates, CIs and p-values (``taken``), the words of
  the arms and measures themselves (doses, codes), a spread or a share's count, a bracket that is not one bare
  number (``(n=54)``, ``(15.9-19.0)``), timepoints ("at 12 months", "week 24"), counts of people ("the 201
  patients"), doses, years and ordinals;
- the numbers share a unit (or a bare number precedes the unit its pair gives: "1.9 vs 41.5 days");
- arms and numbers interleave in one of the orders writers use: each arm then its number, each number then its arm,
  "A ... x compared to y in B", the arms then the numbers, or the numbers then the arms "respectively";
- no number is a starting level ("from 8.1% to 7.2%", "a baseline of ..."), a relative difference ("34% smaller",
  "a 25% relative risk reduction") or a share of patients reaching a threshold ("at least 50%"), and the sentence names
  no dose outside an arm's name (its arms would be dose groups) and assigns no
  patients (an allocation gives sizes, not results).

Offsets are relative to the sentence. A change's direction read beside a number ("a 47% reduction", "fell by 2")
is given as ``sign`` (-1, 1, or 0 when no word says); ``changed`` says a word beside the number names a change.

>>> arms = [(0, 6, "XY-123"), (20, 27, "placebo")]
>>> [(v.arm, v.value) for v in in_arm_order("XY-123 (-1.55) and placebo (0.85) patients", arms)]
[('XY-123', Decimal('-1.55')), ('placebo', Decimal('0.85'))]
>>> in_arm_order("XY-123 (n=54) and placebo (n=54) at week 12", arms)
[]
>>> t = "XY-123 (65 +/- 17 g/cm(2)) and placebo (83 +/- 17 g/cm(2))"
>>> [(v.arm, v.value) for v in in_arm_order(t, [(0, 6, "XY-123"), (t.index("placebo"), t.index("placebo") + 7, "placebo")])]
[('XY-123', Decimal('65.0')), ('placebo', Decimal('83.0'))]
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.model import record
from kg.text import comparisons as C, cues, effects as E, prefilter as rx
from kg.text.comparisons import spreads_blanked
from kg.text.numbers import DECIMAL, WORD_NUMBER, exact, parse_number
from kg.text.reading import reading_form

MOST_ARMS = 5
# a number written as a word in lower case ("six cases", "none in the placebo group"); not "one" (a pronoun as often: "one of",
# "no one"), and not one of a ratio ("two in three", "three of four")
WORD = re.compile(rf"(?<![\w-])(?!one\b)(?P<w>{WORD_NUMBER}|none|zero)(?![\w-])"        # (lower case: not "ZETA EIGHT")
                  rf"(?!\s(?:in|of|out\sof)\s(?:\d|(?:{WORD_NUMBER})\b))")
RATIO_BEFORE = re.compile(rf"(?:\d|\b(?:{WORD_NUMBER}))\s(?:in|of|out\sof)\s$", re.I)
# the groups a number word counts: "between the two | (treatment) groups", no result
GROUPS_AFTER = re.compile(r"\s(?:(?:treatment|study|dose|randomi[sz]ed)\s)?(?:groups|arms|cohorts)\b", re.I)

# a number on its own: not a piece of a code, a range, a ratio or a date ("XY-123", "14/108", "2021-05"), nor a unit's
# power written in brackets ("g/cm(2)", "mg x kg(-1)")
NUMBER = re.compile(rf"(?<![\w./-])(?<![\w.][-–])(?<!\d,)(?<![A-Za-z]\()(?<![A-Za-z]\(-)(?P<sign>[-+])?(?P<v>\d{{1,3}}(?:,\d{{3}})+(?:\.\d{{1,4}})?(?![\d,])|{DECIMAL})"
                    rf"(?![\w/]|-\w|\.\d)")          # (thousands with commas: "2,400.7")
UNIT = re.compile(r"\s?(?P<u>%|percent\b|per\s+cent\b|percentage\s+points?\b|points?\b|months?\b|mo\b|weeks?\b|days?\b|"
                  r"hours?\b|h\b|minutes?\b|min\b|years?\b|m\b|meters?\b|metres?\b|ml\b|l\b|mg/dl\b|mmol/l\b|mm\s?hg\b|"
                  r"letters?\b|steps?\b|episodes?\b|attacks?\b|seizures?\b|events?\b|cm(?:/year)?\b|kg\b|g/dl\b|"
                  r"microns?\b|µm\b|ms\b)?", re.I)
UNIT_NAMES = {"percent": "%", "per cent": "%", "mo": "month", "h": "hour", "min": "minute", "ms": "ms"}
WINDOW_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s$", re.I)    # "the 12 hours mean rate": a window a measure names
TIME_UNITS = frozenset("month months mo week weeks day days hour hours h minute minutes min year years".split())
# a time after which, or a period over which, something was measured: "at | 12 months", "over the first | 6 weeks"
TIME_BEFORE = re.compile(r"\b(?:at|after|over|through|within|until|for|during|past|first|last|up\sto)\s$", re.I)
IN_BEFORE = re.compile(r"\bin\s$", re.I)
# the word a number is the ordinal of: "week | 24", "grade | 3", "cohort | 2" (not a time's unit before it: "at 3
# months | 15% of ...")
ORDINAL_BEFORE = re.compile(rf"(?<!\d\s)\b{cues.ORDINAL_WORDS}s?\.?\s$|"
                            # a bound ("<= 40%"), an age ("aged 18")
                            r"[<>≤≥]\s?$|\baged?\s$", re.I)
# a number that sets the arms against each other: "a difference between groups of | -5.8"
# (or a risk's or a rate's change between the arms: "showing a rate reduction of | 40% plus a risk reduction of | 50%")
DIFFERENCE_BEFORE = re.compile(r"(?:\b(?:difference|differ(?:ed|s)?|delta|gap|representing|reflecting|corresponding\s+to|"
                               r"equivalent\s+to|translating\s+(?:in)?to|amounting\s+to)\b[^.;()\d]{0,30}"
                               r"|\b(?:risk|rate)\s+(?:reduction|increase)s?\s+(?:of|by)\s+(?:about\s+|approximately\s+|nearly\s+)?)$", re.I)
# a group's size: "n = 54", "N: 180"
COUNT_BEFORE = re.compile(r"\b[nN]\s?[=:]\s?$")
# a name's number: "ZETA 2", "PART-B 3" (a capital inside the word: not a sentence's first word, "A 30% fall")
NAME_BEFORE = re.compile(r"\b[A-Z][a-z-]*+[A-Z0-9][\w-]*+\s$")
PEOPLE_AFTER = re.compile(rf"(?<!\s)(?!\s++(?:percent|per\s++cent)\b)\s++(?:(?!(?:in|among|for|with)\s)[\w-]++\s++){{0,2}}?"
                          rf"(?:{cues.PEOPLE}|sites|centers|centres|hospitals|countries)\b", re.I)
# (not a share of them, "90.2 percent of patients", nor an amount measured in them, "5.1 bpm in patients")
DOSE_AFTER = re.compile(rf"\s?(?:{cues.DOSE_UNIT}|grams?)(?![\w/])(?<!mL)", re.I)
DOSE_NAMED = re.compile(rf"(?<![\w.])\d{{1,5}}(?:\.\d{{1,4}})?[\s-]?(?:{cues.DOSE_UNIT}|grams?)(?<!mL)"
                        r"(?:/(?:day|d|kg|week|wk)\b)?(?![\w/])", re.I)
# a dose written before "of" and an arm's name (the name blanked): "with | 2 mg of |      , compared to 3% with placebo"
DOSE_OF_ARM = re.compile(rf"{DOSE_NAMED.pattern}\sof\s(?=\s)", re.I)
# a threshold the numbers are shares of reaching: "improved by >= 6 points in 57% of ...", "at least 50%" (not a
# p-value written without its P: "(<0.001)")
THRESHOLD = re.compile(r"[<>≤≥]\s?(?!0?\.\d)\d|\bat\sleast\s(?:an?\s)?\d|\d\s?%?\s(?:[a-z-]+\s){0,2}?or\s(?:more|greater|higher)\b", re.I)
# a number said of one arm relative to another: "34% | smaller", "25% | relative risk reduction"
RELATIVE_AFTER = re.compile(rf"\s?%?\s?(?:(?:relative|proportional)\b|{cues.COMPARATIVES}\b(?!\s(?:than|or)\s\d))", re.I)
# the orders of arms (A) and numbers (n) writers give a result in, by the number of arms; "respectively" adds the last
# (each arm and its number, each number and its arm, the arms then the numbers; for two arms also "A n n A")
ORDERS = {k: ("An" * k, "nA" * k, "A" * k + "n" * k) + (("AnnA",) if k == 2 else ()) for k in range(2, MOST_ARMS + 1)}
RESPECTIVE_ORDERS = {k: "n" * k + "A" * k for k in range(2, MOST_ARMS + 1)}
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
# numbers listed and then the arms listed, the other arms each beside its number: "17%, 45% and 38% in the low, middle
# and high dose groups vs 13% in placebo" (the two lists only: "n n A A" needs nothing but list words between)
NUMBER_LIST_GAP = re.compile(r"\s?(?:%|[a-z]{1,7}\b)?\s?(?:,\s?(?:and\s|or\s)?|and\s|or\s)", re.I)
ARM_LIST_GAP = re.compile(r"\s?(?:(?:dose\s)?(?:groups?|arms?|cohorts?)\s?)?(?:,\s?(?:and\s|or\s)?|and\s|or\s)(?:the\s)?", re.I)
# the times results were measured at, listed: "at 12 and 24 months", "weeks 4, 8 and 12" (blanked, not numbered)
TIME_LIST = re.compile(r"\b(?:(?:at|after|over|through|by|within|until|to)\s(?:weeks?\s|months?\s|days?\s)?|(?:weeks?|months?|days?)\s)"
                       r"\d{1,3}(?:\.\d{1,2})?(?:(?:\s?,\s?|\s(?:and|or|to)\s)\d{1,3}(?:\.\d{1,2})?(?![\d.]|\s?%)){1,4}"
                       r"(?:\s(?:weeks?|months?|days?|years?|hours?|hrs?|h|minutes?|min))?\b",
                       re.I)
# how long the patients were followed: "over a follow-up of 19 months" (blanked: no arm's number)
FOLLOW_UP_TIME = re.compile(r"\bfollow[-\s]up\s(?:(?:period|time|duration)\s)?(?:of\s|was\s)?(?:about\s)?\d{1,3}(?:\.\d{1,2})?"
                            r"\s(?:weeks?|months?|years?|days?)\b", re.I)
# a sentence of methods: what was measured and how, not what was found
# a reference's number ("... (p=0.004) [1].", "[2, 3]", "[4-6]"): no result
# between an arm named in a bracket and its number: "(XY|: |9; placebo|: |48)"
ARM_COLON = re.compile(r"\s?[:=,]\s?")
# an arm's name, then the bracket its share opens: "in the A | group (| 12.1%)"
ARM_THEN_BRACKET = re.compile(r"\s{0,3}(?:(?:group|arm|cohort)s?\s{0,3})?\(\s{0,3}", re.I)
CITATION = re.compile(r"\[\d{1,3}(?:\s?[,–-]\s?\d{1,3}){0,6}\]")
METHODS = re.compile(r"\b(?:were|was|will\sbe)\s(?:measured|assessed|evaluated|recorded|collected|analy[sz]ed|calculated|"
                     r"estimated|determined)\b", re.I)
# patients being assigned: the sentence gives the arms' sizes, not their results
ASSIGNING = re.compile(r"\b(?:were|was)\s(?:randomly\s)?(?:randomi[sz]ed|assigned|allocated)\b|\brandomly\s(?:assigned|"
                       r"allocated)\b", re.I)
# a confidence interval's level: "95% | CI", "a 95% | confidence interval"
# a count its share follows in brackets: "27 | (31.4%) children in the A group": the share is the arm's number
SHARE_AFTER_COUNT = re.compile(r"\s?\(\s?\d{1,3}(?:\.\d{1,2})?\s?%\s?\)")
# a count out of a total, and the total (:data:`~kg.text.comparisons.OF_TOTAL_AFTER`): "| 9 | of 47 patients (19%)":
# the share is the result (and without one, neither number is: "9 of 30 given A, against 1 of 30 given B")
OF_TOTAL_AFTER, OF_TOTAL_BEFORE = C.OF_TOTAL_AFTER, C.OF_TOTAL_BEFORE
# a product's strength, not a result: "XY-7 0.01% | once daily", "XY 2% | cream"
STRENGTH_AFTER = re.compile(rf"\s?%?\s?(?:once|twice|thrice|daily|q\.?d\b|b\.?i\.?d\b|t\.?i\.?d\b|every|"
                            rf"{cues.DOSAGE_FORMS})\b", re.I)
# a starting level: "from 8.1% to 7.2%", "a (mean) baseline (value) of 8.1"
STARTING_LEVEL = re.compile(r"\bfrom\s(?:an?\s)?(?:(?:mean|median)\s)?(?:of\s)?[-+]?\d|\bbaseline\s(?:(?:value|level|score|"
                            r"mean)\s)?(?:of\s)?[-+]?\d|\bat\sbaseline\b|\bbaseline\s(?:values?|levels?|scores?)\b", re.I)
# a bracket that holds bare numbers and nothing else once its spread and count are blanked: "(0.85)", "(24.2%,",
# "(median, 9.7 vs 6.9 months"
# (a unit's power: "g/cm2", "g/cm(2)"; a rate per body surface, and per year: "mL/min/1.73 m2 per year")
_BARE = (rf"[-+]?{DECIMAL}\s*(?:%|[a-z]{{1,8}}(?:/[a-z]{{1,5}}){{0,2}}(?:\d|²|\(-?\d\))?(?:/1\.73\s?m(?:2|²|\(2\)))?"
         r"(?:\s(?:per\s|/\s?)(?:year|yr|month|week|day))?)?")
BARE_BRACKET = re.compile(rf"\(\s*+(?:(?:(?:LS|least[- ]squares)\s(?:\(LS\)\s)?)?(?:mean|median)\s*+[,:=]?\s*+)?{_BARE}"
                          rf"(?:\s*+(?:vs\.?|versus|v\.?(?=\s))\s*+{_BARE}){{0,2}}(?:\s*+,?\s*+respectively)?\s*+[,;]?\s*+$",
                          re.I)
# a bracket whose first number is the arm's, the rest qualifying it: "(24.2%, n=210)", "(-8.5; range -12 to -3)",
# "(18.2 months; 95% CI 15.9-21.0)", or no number after it but the estimates and p-values (blanked) said of it and the
# others: "(38.5%; both p<0.001)", "(38.5%; differences 24.1% (...) and 17.2% (...), respectively)"
VALUE_FIRST = re.compile(rf"\(\s*+(?:(?:mean|median)\s*+[,:=]?\s*+)?{_BARE}\s*+[,;]\s*+(?:range|iqr|sd|se|sem|effect\s?size|\d{{2}}\s?%\s?ci|"
                         r"ci|n\s?=|\d{1,6}\s?/\s?\d{1,6}|[^\d()]*+$)", re.I)
FALLING = re.compile(rf"^\s?(?:%\s?)?(?:[\w-]+\s)?(?:{E.FALLING_NOUN}|fall|lowering)\b", re.I)
RISING = re.compile(rf"^\s?(?:%\s?)?(?:[\w-]+\s)?(?:{E.RISING_NOUN})\b", re.I)
# a change that names no direction: "a 5.7 point | improvement", "a -10.4 | change"
CHANGED = re.compile(r"^\s?(?:%\s?)?(?:[\w-]+\s)?(?:worsening|change)\b", re.I)
# (the measure between the verb and "by" is blanked: "improved |6MW| by 24 meters" reads "improved      by 24")
# (the arm, blanked, may stand between the verb and "by": "LDL-C declined in the | XY-123 | group by 41.1%")
_ARM_BETWEEN = r"(?:(?:in|among|with|for)\s++(?:the\s++)?(?:group|arm|cohort)\s++)?"
FALLING_BEFORE = rx.compile(rf"\b(?:{E.FALLING})\s++{_ARM_BETWEEN}(?:{cues.FROM_BASELINE}\s)?(?:by\s)?(?:an?\s)?(?:(?:mean|average)\s(?:of\s)?)?$", re.I)
RISING_BEFORE = rx.compile(rf"\b(?:{E.RISING})\s++{_ARM_BETWEEN}(?:{cues.FROM_BASELINE}\s)?(?:by\s)?(?:an?\s)?(?:(?:mean|average)\s(?:of\s)?)?$", re.I)


@record
class OrderedValue:
    """A number given for one arm, read by the order of arms and numbers."""

    arm: str
    value: Decimal
    unit: str
    sign: int
    changed: bool
    start: int
    end: int


# the bracket of counts after the set of people analysed: "In the intention-to-treat analysis | (203 A, 198 B)": who
# was analysed, no result (not a bracket of shares set against each other: "... analysis (74% vs 57%, respectively)")
ANALYSED = re.compile(r"\b(?:analys[ie]s|population|set|sample)\s(?P<b>\((?![^()]{0,60}?(?:%|\bvs\b|\bversus\b))[^()]{1,60}\))",
                      re.I)


def in_arm_order(text: str, arms: list[tuple[int, int, str]], taken: list[tuple[int, int]] = ()) -> list[OrderedValue]:
    """The sentence's result numbers given to its arms in order (``arms``: (start, end, label) of each naming, in
    text order), or [] when numbers and arms do not pair one to one.

    >>> arms = [(35, 41, "XY-123"), (77, 84, "placebo")]
    >>> t = "the score was 7.9 ± 2.8 with daily XY-123, as compared to 8.2 ± 3.4 with placebo"
    >>> [(v.arm, v.value) for v in in_arm_order(t, arms)]
    [('XY-123', Decimal('7.9')), ('placebo', Decimal('8.2'))]
    >>> in_arm_order("the level fell from 8.1% to 7.2% with XY-123 vs placebo", [(35, 41, "XY-123"), (45, 52, "placebo")])
    []
    >>> t = "In the full analysis (203 XY-123, 198 placebo), the score did not differ."
    >>> in_arm_order(t, [(26, 32, "XY-123"), (38, 45, "placebo")])
    []
    """
    arms = without_references(text, arms)
    labels = list(dict.fromkeys(label for _, _, label in sorted(arms)))     # each arm where it is first named
    if not 2 <= len(labels) <= MOST_ARMS:
        return []
    plain = spreads_blanked(reading_form(text))
    for a, b in taken:                  # (a measure's own words are no starting level: "improvement from baseline")
        if b <= a:
            continue                    # (an empty span: a measure named by its role only, no words of its own)
        b = closed_bracket(plain, a, b)
        plain = plain[:a] + " " * (b - a) + plain[b:]
    if starts_at_a_level(plain, arms) or ASSIGNING.search(plain) or METHODS.search(plain) or C.RELATIVE_CHANGE.search(plain) \
            or ("respectively" in plain and E.AGAINST_CONTROL_THEN_RESPECTIVELY.search(plain)):
        return []                       # (nor "a reduction of 81% versus placebo": an effect, no arm's number; nor
        #                                 differences versus placebo given "respectively" for subgroups)
    plain = TIME_LIST.sub(lambda m: " " * len(m.group()), plain)
    plain = FOLLOW_UP_TIME.sub(lambda m: " " * len(m.group()), plain) if "ollow" in plain else plain
    plain = ANALYSED.sub(lambda m: m.group()[:m.start("b") - m.start()] + " " * len(m.group("b")), plain) \
        if "(" in plain else plain
    plain = CITATION.sub(lambda m: " " * len(m.group()), plain) if "[" in plain else plain
    plain = C.CONTROL_ADJUSTED.sub(lambda m: " " * len(m.group()), plain) if "-" in plain else plain
    for a, b, _ in arms:
        plain = plain[:a] + " " * (b - a) + plain[b:]
    plain = DOSE_OF_ARM.sub(lambda m: " " * len(m.group()), plain) if " of " in plain else plain
    if DOSE_NAMED.search(plain):
        return []                       # a dose no arm's name holds: the arms may be dose groups (a dose written
        #                                 with "of" before an arm's name is that arm's: "with 2 mg of XY-123")
    if THRESHOLD.search(plain):
        return []
    # (counts out of totals are the arms' numbers where the sentence gives no other, nor any share: "9 of 63 given A
    # versus 21 of 57 given B had X")
    found = result_numbers(plain, arms)
    if len(found) != len(labels) and "%" not in plain:
        counted = result_numbers(plain, arms, counts=True)
        found = counted if all(OF_TOTAL_AFTER.match(plain, n[4]) for n in counted) else found
    k = len(labels)
    if len(found) > k:
        found = bracket_of_arms(plain, arms, k) or shares_after_counts(plain, arms, found, k) \
            or shares_after_arms(plain, arms, found, k) or found
    if len(found) == 2 * k and max(a for a, _, _ in arms) < found[k][3] and all(
            C.PAIR_VERSUS.fullmatch(plain, x[4], y[3]) for x, y in zip(found[k:], found[k + 1:])):
        found = found[:k]               # (the same arms again, at another time: "38% for A versus 27% for B at 24
        #                                 hours and 71% versus 59% at 72 hours"; the comparisons read both)
    if len(found) != k or not same_unit(found) or not in_known_order(text, arms, found):
        return []
    times = [hit.group("t") for n in found if (hit := OWN_TIME_AFTER.match(text, n[4]))]
    if len(times) == k and len(set(times)) == k:
        return []                       # (one arm's numbers, each at its own time: "A lowered X by 41% at week 8 and
        #                                 47% at week 20 against B")
    units = {u for *_, u in found if u}
    return [OrderedValue(label, value, unit or next(iter(units), ""), sign, changed, a, b)
            for label, (value, sign, changed, a, b, unit) in zip(labels, found)]


# what names an arm as the one the others are set against, before it: "compared to | placebo", "versus | the placebo"
AGAINST_BEFORE = re.compile(r"(?:compared\s(?:to|with)|versus|vs\.?|over|relative\sto|than)\s(?:the\s)?$", re.I)
# a number of its own right after an arm's name: "placebo | 3%", "placebo | (6%)", "placebo|: 4"
NUMBER_AFTER = re.compile(r"\s?[(:]?\s?[-−]?\d")


def without_references(text: str, arms: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The arms' namings but those that only name what the others are set against, before the sentence names that arm
    again with its number: "A1C fell, compared to | placebo|, by 0.9% (2 mg) and 1.4% (8 mg) versus 0.2% for placebo".

    >>> t = "Compared to placebo, A1C fell by 0.9% (2 mg) versus 0.2% for placebo"
    >>> without_references(t, [(12, 19, "placebo"), (39, 43, "2 mg"), (62, 69, "placebo")])
    [(39, 43, '2 mg'), (62, 69, 'placebo')]
    """
    return [(a, b, label) for a, b, label in arms
            if not (AGAINST_BEFORE.search(text, max(0, a - 20), a) and not NUMBER_AFTER.match(text, b)
                    and any(other == label and c > b for c, _, other in arms))]


# the time a number right before it was read at: "41% | at week 8", "-1.2 | by month 6"
OWN_TIME_AFTER = re.compile(r"\s?(?:%|percent)?\s(?:at|by|after)\s(?P<t>(?:week|month|day|year)\s\d{1,3}|"
                            r"\d{1,3}\s(?:weeks?|months?|days?|years?))\b", re.I)


def bracket_of_arms(plain: str, arms: list[tuple[int, int, str]], k: int) -> list[tuple]:
    """The numbers of a bracket that names each of the ``k`` arms once, each followed by one number ("57 cases
    (XY: 9; placebo: 48)"): the arms' own, where the sentence holds other numbers too (a total, a follow-up time).

    >>> t = "after 5 months, 57 cases were seen (XY: 9; placebo: 48)"
    >>> [float(n[0]) for n in bracket_of_arms(t.replace("XY", "  ").replace("placebo", "       "), [(36, 38, "XY"), (43, 50, "placebo")], 2)]
    [9.0, 48.0]
    """
    opened = plain.rfind("(", 0, min(a for a, _, _ in arms))
    closed = plain.find(")", max(b for _, b, _ in arms))
    if opened < 0 or closed < 0 or "(" in plain[opened + 1:closed] or ")" in plain[opened:max(b for _, b, _ in arms)] \
            or len(arms) != k:
        return []
    inside = [n for n in result_numbers(plain[:closed], arms) if opened < n[3]]
    ends = sorted(b for _, b, _ in arms)
    if len(inside) != k or not all((colon := ARM_COLON.match(plain, b)) and colon.end() == n[3]
                                   for b, n in zip(ends, inside)):
        return []
    return inside


def shares_after_counts(plain: str, arms: list[tuple[int, int, str]], found: list[tuple], k: int) -> list[tuple]:
    """The ``k`` shares of a bracket after the last arm, set against each other, where each arm was given a count
    before ("11 in the A arm relapsed, compared with 4 in the B arm (5.8 vs. 2.1%)"): the arms' own, in their order.

    >>> t = "9 in the      relapsed, compared with 4 in the      (6.1 vs. 1.9%; risk difference, 0.04)"
    >>> found = [(9, 0, 0, 0, 1, ""), (4, 0, 0, 38, 39, ""), (6.1, 0, 0, 53, 56, ""), (1.9, 0, 0, 61, 64, "%")]
    >>> [n[0] for n in shares_after_counts(t, [(9, 14, "A"), (46, 51, "B")], found, 2)]
    [6.1, 1.9]
    """
    last = max(b for _, b, _ in arms)
    opened = plain.find("(", last)
    inside = [n for n in found if opened >= 0 and n[3] > opened]
    counts = [n for n in found if n[3] < last]
    if len(inside) != k or len(counts) != k or any(n[5] for n in counts) or inside[-1][5] != "%" \
            or not all(C.PAIR_VERSUS.fullmatch(plain, x[4], y[3]) for x, y in zip(inside, inside[1:])) \
            or plain.find(")", opened, inside[-1][3]) >= 0 or plain[last:opened].strip(" ,.;"):
        return []
    return inside


def shares_after_arms(plain: str, arms: list[tuple[int, int, str]], found: list[tuple], k: int) -> list[tuple]:
    """The ``k`` shares each in a bracket right after its arm's name, each arm's count before it ("9 patients in the A
    group (6.1%) and 4 in the B group (1.9%)"): the arms' own, in their order.

    >>> t = "9 patients in the   group (6.1%) and 4 in the   group (1.9%)"
    >>> found = [(9, 0, 0, 0, 1, ""), (6.1, 0, 0, 27, 30, "%"), (4, 0, 0, 37, 38, ""), (1.9, 0, 0, 55, 58, "%")]
    >>> [n[0] for n in shares_after_arms(t, [(18, 19, "A"), (46, 47, "B")], found, 2)]
    [6.1, 1.9]
    """
    ends = sorted(b for _, b, _ in arms)
    starts = [m.end() if (m := ARM_THEN_BRACKET.match(plain, end)) else -1 for end in ends]
    shares = [n for n in found if n[3] in starts]
    others = [n for n in found if n[3] not in starts]
    if len(ends) != k or len(shares) != k or any(n[5] != "%" for n in shares) or len(others) > k \
            or any(n[5] or n[4] > ends[-1] for n in others):
        return []                       # (the other numbers are counts, each before an arm: "9 patients in ...")
    return shares


def closed_bracket(plain: str, a: int, b: int) -> int:
    """The end of the span ``a``..``b``, taken on past the bracket it opened and left open ("difference 24.1% (18.3%
    to 29.9% | )"): blanked without it, the span would close the bracket it stands in.

    >>> t = "(9%; difference 2.1 (1.0 to 3.2) and 4%)"
    >>> t[:closed_bracket(t, 5, 31)]
    '(9%; difference 2.1 (1.0 to 3.2)'
    """
    opened = plain.count("(", a, b) - plain.count(")", a, b)
    while opened > 0 and (close := plain.find(")", b)) >= 0 and "(" not in plain[b:close]:
        b, opened = close + 1, opened - 1
    return b


def starts_at_a_level(plain: str, arms: list[tuple[int, int, str]]) -> bool:
    """Does the sentence give a level its numbers start from ("fell from 8.1% to 7.2%", "a baseline of 30")? Not
    where the number after "from" is an arm's own ("rose from 6.8 months in the control arm to 9.1 months in the
    XY arm": the arms compared, in the order the sentence names them)."""
    for m in STARTING_LEVEL.finditer(plain):
        if m.group().lower().startswith("from") and any(
                m.end() <= a <= m.end() + 40 and " to " not in plain[m.end():a] for a, _, _ in arms):
            continue
        return True
    return False


def result_numbers(plain: str, arms: list[tuple[int, int, str]], counts: bool = False) -> list[tuple]:
    """(value, sign, changed, start, end, unit) of each number of ``plain`` (arms and taken spans blanked) that may be
    a result; with ``counts``, a count out of a total is one (never the total)."""
    out = []
    numbers = list(NUMBER.finditer(plain))
    brackets = enclosing_brackets(plain, [m.start() for m in numbers])
    for m in numbers:
        a, b = m.span()
        if a in brackets and qualifies(plain, brackets[a], arms, a):
            continue
        unit = (UNIT.match(plain, b).group("u") or "").lower()
        before = plain[max(0, a - 40):a]
        if not_a_result(plain, m, before, unit, arms, counts):
            continue
        if RELATIVE_AFTER.match(plain, b):
            return []                   # the arms' numbers are relative to each other: no arm's own result
        if C.in_a_range(plain, a, b):
            return []                   # "by -12.5 to -30.1 (across doses) vs -2.0": a range, no one arm's number
        value = exact(m.group("v").replace(",", ""))
        sign = -1 if m.group("sign") == "-" else 1 if m.group("sign") == "+" else 0
        after = plain[b:b + 30]
        if not sign:
            wide = plain[max(0, a - 80):a]      # (room for a blanked arm between the verb and "by")
            sign = -1 if FALLING.match(after) or FALLING_BEFORE.search(wide) else \
                1 if RISING.match(after) or RISING_BEFORE.search(wide) else 0
        changed = bool(sign) or CHANGED.match(after) is not None
        out.append((-value if sign < 0 else value, sign, changed, a, b, UNIT_NAMES.get(unit, unit.rstrip("s"))))
    for m in WORD.finditer(plain):
        a, b = m.span()
        if RATIO_BEFORE.search(plain, max(0, a - 30), a) \
                or (PEOPLE_AFTER.match(plain, b) and not (counts and OF_TOTAL_AFTER.match(plain, b))) \
                or TIME_BEFORE.search(plain, max(0, a - 12), a) or GROUPS_AFTER.match(plain, b) \
                or (IN_BEFORE.search(plain, max(0, a - 4), a) and (
                    UNIT.match(plain, b).group("u") or "").lower() in TIME_UNITS):
            continue                    # (nor the time a measure is taken over: "steps taken in | six | minutes")
        word = m.group("w").lower()
        value = 0 if word in ("none", "zero") else parse_number(word)
        if value is not None:
            out.append((Decimal(value), 0, False, a, b, ""))
    return sorted(out, key=lambda n: n[3])


def not_a_result(plain: str, m: re.Match, before: str, unit: str, arms: list[tuple[int, int, str]],
                 counts: bool = False) -> bool:
    """Whether the number ``m`` is a time, an ordinal, a name's number, a difference, a count of people or places, a
    dose or strength, a confidence level, a year or a group's size (or a count out of a total, unless ``counts``)."""
    a, b = m.span()
    whole = "." not in m.group("v") and not unit
    return (unit in TIME_UNITS and (TIME_BEFORE.search(before) is not None or WINDOW_BEFORE.search(before) is not None)) \
        or ORDINAL_BEFORE.search(before) is not None \
        or NAME_BEFORE.search(before) is not None or DIFFERENCE_BEFORE.search(before) is not None \
        or COUNT_BEFORE.search(before) is not None \
        or (PEOPLE_AFTER.match(plain, b) is not None and not (counts and OF_TOTAL_AFTER.match(plain, b))) \
        or (DOSE_AFTER.match(plain, b) is not None and not cues.AMOUNT_MEASURED.search(plain, 0, a)) \
        or STRENGTH_AFTER.match(plain, b) is not None \
        or E.CI_LEVEL_AFTER.match(plain, b) is not None or SHARE_AFTER_COUNT.match(plain, b) is not None \
        or (whole and ((OF_TOTAL_AFTER.match(plain, b) is not None and not counts)
                       or OF_TOTAL_BEFORE.search(before) is not None)) \
        or (whole and not m.group("sign") and "," not in m.group("v") and 1900 <= int(m.group("v")) <= 2100)   # (a year:
    #                                                                  no unit after it; "2050 ml" is a volume)


def enclosing_brackets(plain: str, starts: list[int]) -> dict[int, tuple[int, int]]:
    """For each offset of ``starts`` (ascending) inside a bracket, the innermost bracket's (open, close) offsets (close
    is the text's end when the bracket is not closed): one pass over the text pairs the brackets.

    >>> enclosing_brackets("a (b [c] d) e", [3, 6, 12])
    {3: (2, 10), 6: (5, 7)}
    """
    pairs, stack, open_at = {"(": ")", "[": "]"}, [], []
    for k, ch in enumerate(plain):
        if ch in pairs:
            stack.append(k)
        elif ch in ")]" and stack:
            open_at.append((stack.pop(), k))
    unclosed = [(k, len(plain)) for k in stack]
    spans = sorted(open_at + unclosed)
    out = {}
    for at in starts:
        inner = [(a, b) for a, b in spans if a < at < b]
        if inner:
            out[at] = max(inner)
    return out


# a bracket that opens on two numbers set against each other: "(| 6.1 vs. 1.9% |; risk difference ...)"
PAIR_OPENS = re.compile(rf"\(\s?{DECIMAL}\s?%?\s?(?:vs\.?|versus|v\.?(?=\s))\s{DECIMAL}\s?%?(?=\s?[;,)])", re.I)


def qualifies(plain: str, bracket: tuple[int, int], arms: list[tuple[int, int, str]], at: int) -> bool:
    """Whether the number at ``at`` stands in a bracket that qualifies a result rather than gives one: a bracket that
    holds more than bare numbers ("(n=54)", "(15.9-19.0)", "[95% CI ...]") and names no arm (a bracket that names the
    arms gives their numbers: "(change from baseline, XY: -2.2; placebo: -1.7)"), save its first number where the
    rest qualifies that one ("(24.2%, n=210)")."""
    opened, closed = bracket
    if any(opened < a < closed for a, _, _ in arms):
        return False
    inside = "(" + plain[opened + 1:closed]
    if BARE_BRACKET.match(inside):
        return False
    if (pair := PAIR_OPENS.match(plain, opened)) and at < pair.end():
        return False                    # ("(5.8 vs. 2.1%; risk difference, ...)": the pair is the arms' numbers)
    first = NUMBER.search(plain, opened + 1, closed)
    return not (plain[opened] == "(" and first is not None and first.start() == at and VALUE_FIRST.match(inside))


def in_known_order(text: str, arms: list[tuple[int, int, str]], found: list[tuple]) -> bool:
    """Whether the arms (where each is first named) and the numbers come in one of :data:`ORDERS`."""
    firsts, spans = {}, {}
    for a, b, label in sorted(arms):
        firsts.setdefault(label, a)
        spans.setdefault(a, (a, b))
    events = sorted([(a, "A") for a in firsts.values()] + [(n[3], "n") for n in found])
    order = "".join(kind for _, kind in events)
    k = len(firsts)
    if order == "nA" * k and any(OWN_BRACKET.match(text, spans[a][1]) for a in firsts.values()):
        return False                    # ("X of XY-123 (31%) compared to placebo (6%)": an arm with its own bracketed
        #                                 number owns the number after it, not the one before)
    return order in ORDERS[k] or (order == RESPECTIVE_ORDERS[k] and RESPECTIVELY.search(text) is not None) \
        or in_listed_order(text, sorted(spans[a] for a in firsts.values()), found, order)


# an arm's own number in a bracket right after its name: "placebo | (6.1%)" (not the difference from it: "placebo (12%
# placebo-adjusted ...)")
OWN_BRACKET = re.compile(rf"\s?\(\s?(?!{C.CONTROL_ADJUSTED.pattern})[-−]?\d", re.I)


def in_listed_order(text: str, firsts: list[tuple[int, int]], found: list[tuple], order: str) -> bool:
    """Whether a list of numbers is followed by a list of as many arms, each other arm beside its number (before or
    after the lists), with nothing but list words inside the two lists.

    >>> text = "fell by 17%, 45% and 38% in the low, middle and high groups vs 13% in placebo"
    >>> found = [(0, 0, 0, 8, 10, "%"), (0, 0, 0, 13, 15, "%"), (0, 0, 0, 21, 23, "%"), (0, 0, 0, 63, 65, "%")]
    >>> arms = [(32, 35), (37, 43), (48, 52), (70, 77)]
    >>> in_listed_order(text, arms, found, "nnnAAAnA")
    True
    >>> in_listed_order(text.replace("low, middle", "low arm, middle"), arms, found, "nnnAAAnA")
    False
    """
    k = len(firsts)
    for j in range(2, k + 1):
        block = "n" * j + "A" * j
        for at in range(0, len(order) - 2 * j + 1, 2):
            if order[at:at + 2 * j] != block or order[:at] + order[at + 2 * j:] != "nA" * (k - j):
                continue
            first_n, first_a = at // 2, at // 2
            numbers = found[first_n:first_n + j]
            arms = firsts[first_a:first_a + j]
            if all(NUMBER_LIST_GAP.fullmatch(text, x[4], y[3]) for x, y in zip(numbers, numbers[1:])) and all(
                    ARM_LIST_GAP.fullmatch(text, x[1], y[0]) for x, y in zip(arms, arms[1:])):
                return True
    return False


def same_unit(found: list[tuple]) -> bool:
    """Whether the numbers share one unit (a bare number takes its pair's: "1.9 vs 41.5 days")."""
    return len({u for *_, u in found if u}) <= 1
