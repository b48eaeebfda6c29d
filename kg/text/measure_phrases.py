"""Measures named by an open phrase, whatever its words, where the sentence's layout says it is one: the quantity a
sentence gives a number per arm for, a share that achieved a state, what changed significantly, what did not differ,
cases and deaths counted per arm, thresholds. :func:`kg.text.measures.find_measures` calls them after the named shapes
(:mod:`kg.text.measure_shapes`); the items of a role's list (:mod:`kg.text.role_lists`), what a result verb governs
(:mod:`kg.text.result_objects`) and what a symptom count or a share names (:mod:`kg.text.symptom_shares`) have
modules of their own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Mention
from kg.text import cues
from kg.text import prefilter as rx
from kg.text.measure_list import KIND, QUANTITY, SOURCE, mention
from kg.text.measure_shapes import (AGAINST_ARM, CHANGE_NOUNS, COMPARATIVE, COMPARED_PREDICATE, DEGREE, GENERIC_RESULT_WORDS, LIKENESS,
                                   NOT_A_MEASURE, STOP, inner, per_arm_after, phrase_end, written)
from kg.text.effects import EFFECT_NAMES, FALLING_NOUN, RISING_NOUN
from kg.text.result_subject import DESCRIPTIVE, OPENER

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

# a responder threshold on any measure: "at least a 50% reduction in monthly zeta days", "a >=75% improvement in
# the ABC index", "30% or greater decrease from baseline in pain" (weight's own: WEIGHT_THRESHOLD)
# (or in points of a scale: "at least a two-point improvement in the ABC score", "a >=4-point reduction in X")
THRESHOLD = rx.compile(r"""(?=[ams≥>\d])(?:\bat\sleast\s(?:an?\s)?|\bmore\sthan\s(?:an?\s)?|≥\s?|>=\s?|\b(?=\d{1,3}\s?(?:%|percent|-percent)
    \sor\s(?:more|greater|higher)))(?:(?P<n>\d{1,3})\s?(?:%|percent|-percent)|(?P<p>\d{1,2}|one|two|three|four|five|six|seven|eight
    |nine|ten)[\s-]points?)(?:\sor\s(?:more|greater|higher))?\s
    (?:reduction|decrease|improvement|increase|drop|decline|fall)\s(?:""" + cues.FROM_BASELINE + r"""\s)?(?:in|of)\s(?:the\s)?""", re.I | re.X)


# what a share of patients achieved, which is the measure whatever its words: "37% of XY-treated patients achieved ZME
# at week 10 compared to 13% ...", "more patients on XY attained sustained ZV clearance (52% vs 18%)"
# (or the share itself: "18.5% of patients compared to 5.5% | achieved zeta freedom")
ACHIEVED = rx.compile(r"""(?=[acehimopstw%])(?:\b(?:patients|participants|subjects|people|adults|children|women|men|infants|
    individuals|those)|(?<=\d)\s?%)\s(?:who\s)?(?:also\s)?(?:achieved|attained|reached
    |(?P<tested>(?:were|was|tested|remained)\s(?:positive|negative)\sfor))\s(?:an?\s|the\s)?""", re.I | re.X)
# (or a test they were positive for: "33% of infants tested positive for | zeta parasitaemia")
# a cut-off right after a phrase: "of 0 or 1", "of ≥ 2", " ≤ 3"
CUT_OFF_AFTER = rx.compile(r"\s(?:of\s)?(?:[<>≤≥]|\d)")
# what no one achieves as an outcome: the trial's goals and their statistics
NOT_ACHIEVED = frozenset("""endpoint endpoints end point goal goals objective objectives significance statistical
    target targets criteria criterion enrolment enrollment plateau dose doses steady state""".split())


# a change alone, with the words that say how it was summed up: no measure's name
CHANGE_ONLY = re.compile(r"(?:(?:an?|the|mean|median|average|overall|significant|greater|larger|statistically)\s)*"
                         r"(?:reduction|increase|decrease|improvement|decline|change|drop|rise|gain|loss)s?", re.I)


def achieved(text: str, found: list[Mention]) -> list[Mention]:
    """What a share of patients achieved, where the sentence sets it against another arm: the phrase as written.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("In all, 37% of patients achieved ZME at week 10, compared to 13% on placebo.")]
    ['ZME']
    >>> [m.label for m in find_measures("In all, 37% of patients reached the primary endpoint, compared to 13% on placebo.")]
    []
    >>> [m.label for m in find_measures("XY-123 patients achieved a mean reduction in zeta of 7%, compared to 1% on placebo.")]
    ['zeta']
    >>> [m.label for m in find_measures("In arm A, 33% of infants tested positive for zeta parasitaemia at day 10 compared "
    ...                                 "to 14% in arm B.")]
    ['zeta parasitaemia']
    """
    out = []
    for hit in ACHIEVED.finditer(text):
        end = open_phrase(text, hit.end(), 6)
        if end is None or inner(found, hit.end(), end) or not AGAINST_ARM.search(text, end) or CUT_OFF_AFTER.match(text, end):
            continue                   # (nor a value on a scale, "a ZAS value of 0 or 1": its cut-off is the measure's)
        if CHANGE_ONLY.fullmatch(text, hit.end(), end):
            continue                   # ("achieved a mean reduction | in X of 77%": the change of X, named after it)
        found_here = mention(text, hit.end(), end, written(text[hit.end():end], first_word=False))
        # (what people tested positive for is measured there, though the lexicon names it a disease: it wins that span)
        out.append(replace(found_here, attrs=QUANTITY) if hit.group("tested") else found_here)
    return out


# a rate named by what it counts, given to people as they had it: "patients on XY showed a | zeta success rate | of 61%"
# (a rate alone, "had a rate of 61%", names nothing)
RATE_HAD = rx.compile(r"(?=[hsaw])\b(?:had|showed|achieved|reported|with)\s(?:an?\s|the\s)?"
                      r"(?P<x>(?:[a-z][\w-]{2,20}\s){1,2}rates?)\sof\s[-+]?\d{1,3}(?:\.\d{1,2})?\s?%")


def rate_of(text: str, found: list[Mention]) -> list[Mention]:
    """The rate a share gives to the people who had it, where the sentence sets it against another arm's.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("Those on XY showed a success rate of 61%, whereas 74% of those on AB did.")]
    ['success rate']
    >>> [m.label for m in find_measures("Those on XY showed a success rate of 61%.")]
    []
    """
    out = []
    for hit in RATE_HAD.finditer(text):
        a, b = hit.span("x")
        if inner(found, a, b) or hit.group("x").split()[0].lower() in cues.NOT_MEASURE_START \
                or all(w in GENERIC_RESULT_WORDS or w in ("event", "events") for w in hit.group("x").lower().split()) \
                or not (AGAINST_ARM.search(text, b) or SECOND_SHARE.search(text, b) or WHILE_AFTER.search(text, b)):
            continue
        out.append(mention(text, a, b, written(hit.group("x"), first_word=False)))
    return out


# what an arm had more or less often than another, named after the share's word: "XY-123 gave significantly higher
# rates of | zeta healing | at week 12 compared to placebo (41% vs. 22%)"
SHARE_COMPARED = rx.compile(r"""(?=[ghls])\b(?:higher|greater|larger|lower|smaller)\s(?:rates?|percentages?|proportions?)\sof\s
    (?P<x>[a-z][\w-]{1,30}(?:\s[a-z][\w-]{1,30}){0,3}?)[*†‡]{0,2}
    (?=\s(?:at|by|after|over|through|compared|versus|vs\.?|than|relative)\b|\s?[(,;])""", re.I | re.X)


def share_compared(text: str, found: list[Mention]) -> list[Mention]:
    """What one arm had at a higher or lower share than another, where the sentence sets the arms' shares side by side.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("XY gave higher rates of zeta healing at week 12 compared to placebo (41% vs. 22%).")]
    ['zeta healing']
    >>> [m.label for m in find_measures("XY gave higher rates of zeta healing in adults.")]
    []
    """
    out = []
    for hit in SHARE_COMPARED.finditer(text):
        a, b = hit.span("x")
        words = hit.group("x").lower().split()
        if inner(found, a, b) or words[0] in cues.NOT_MEASURE_START or PEOPLE_WORD.fullmatch(words[0]) \
                or all(w in GENERIC_RESULT_WORDS for w in words) \
                or not (AGAINST_ARM.search(text, b) and SECOND_SHARE.search(text, b)):
            continue
        out.append(mention(text, a, b, written(hit.group("x"), first_word=False)))
    return out


# the people a share counts, not what they had: "higher proportions of | patients"
PEOPLE_WORD = re.compile(rf"(?:those|{cues.PEOPLE})")


# a second clause that gives the other arm's share: "..., whereas | 74% ...", "..., while ..."
WHILE_AFTER = re.compile(r",\s(?:whereas|while)\s[^.;]{0,80}?\d{1,3}(?:\.\d{1,2})?\s?%")


# what a therapy showed in a share of patients, set against another arm after: "with XY showing | sustained zeta
# response | in 31% of patients compared to 6% on placebo"
SHOWN_IN = rx.compile(r"""(?=[adrs])\b(?:demonstrat|show|achiev|reach|attain)(?:ed|ing|e?s)?\s(?:an?\s|the\s)?
    (?P<x>[a-z][\w-]{1,30}(?:\s[a-z][\w-]{1,30}){0,4}?)\sin\s\d{1,3}(?:\.\d{1,2})?\s?%\s""", re.I | re.X)
# (or what occurred in a share: "... at week 4, with | zeta success | occurring in 62.5% of XY-treated patients and ...")
OCCURRED_IN = rx.compile(r"""(?=[w])\bwith\s(?:an?\s|the\s)?(?P<x>[a-z][\w-]{1,30}(?:\s[a-z][\w-]{1,30}){0,5}?)
    \s(?:occurring|seen|observed|reported)\sin\s\d{1,3}(?:\.\d{1,2})?\s?%\s""", re.I | re.X)


# a second arm's share after the first's: "... in 70.0% of A patients | and 58.0% | of B patients"
SECOND_SHARE = re.compile(r"\b(?:and|vs\.?|versus)\s\d{1,3}(?:\.\d{1,2})?\s?%")


def shown_in(text: str, found: list[Mention]) -> list[Mention]:
    """What a therapy showed in a share of patients, where the sentence sets the share against another arm.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("XY showed sustained zeta response in 31% of adults compared to 6% on placebo.")]
    ['sustained zeta response']
    >>> [m.label for m in find_measures("XY showed sustained zeta response in 31% of adults.")]
    []
    >>> [m.label for m in find_measures("XY met its goal, with zeta success occurring in 62.5% of XY-treated adults and "
    ...                                 "41.0% of placebo-treated adults.")]
    ['zeta success']
    """
    out = []
    for hit in [*SHOWN_IN.finditer(text), *(OCCURRED_IN.finditer(text) if "ccurr" in text or "bserved" in text
                                            or "seen" in text or "eported" in text else ())]:
        a, b = hit.span("x")
        words = hit.group("x").lower().split()
        if inner(found, a, b) or NOT_ACHIEVED.intersection(words) or words[0] in cues.NOT_MEASURE_START \
                or not (AGAINST_ARM.search(text, hit.end(), hit.end() + 80) or SECOND_SHARE.search(text, hit.end(), hit.end() + 80)):
            continue
        out.append(mention(text, a, b, written(hit.group("x"), first_word=False)))
    return out


# what a therapy showed significantly, named right after "significant" (and a second adjective: "significant and
# superior") and before the time, the patients or the arm set against it: "demonstrated a statistically significant |
# full zeta clearance | by week 6 in adults ... versus vehicle (p<0.001)"
SIGNIFICANT_OBJECT = rx.compile(r"""(?=[adprs])\b(?:demonstrat|show|achiev|produc)(?:ed|ing|e?s)?\s(?:an?\s)?(?:statistically\s)?
    significant\s(?:(?:and|or)\s[a-z-]{2,20}\s)?(?P<x>(?!(?:and|or)\s)[a-z][\w-]{1,30}(?:\s[a-z][\w-]{1,30}){0,4}?)
    (?=\s(?:at|by|after)\s(?:day|week|month|year)s?\s\d|\s(?:in|among)\s(?:patients|participants|subjects|adults|children|those)\b
    |\s(?:compared|versus|vs\.?|over|relative)\b|\s?\(\s?[Pp]\s?[<=≤])""", re.I | re.X)


# what a drug showed that is a verdict on it, not a measure: "a significant | separation | from placebo"
VERDICT_WORDS = frozenset("""separation superiority non-inferiority noninferiority inferiority advantage activity signal
    signals trend trends""".split())


def significant_object(text: str, found: list[Mention]) -> list[Mention]:
    """What a therapy showed significantly, set against an arm or a p-value, whatever its words (not a change, which
    :func:`significant_changes` reads, nor a word that names no measure: "a significant benefit").

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("XY showed a statistically significant full zeta clearance at day 29 compared "
    ...                                 "to vehicle (p<0.001).")]
    ['full zeta clearance']
    >>> [m.label for m in find_measures("XY showed a statistically significant benefit over vehicle (p<0.001).")]
    []
    >>> [m.label for m in find_measures("XY showed a statistically significant zeta decline at day 29 compared to "
    ...                                 "vehicle (p<0.001).")]
    []
    """
    out = []
    for hit in SIGNIFICANT_OBJECT.finditer(text):
        a, b = hit.span("x")
        words = hit.group("x").lower().split()
        if inner(found, a, b) or NOT_ACHIEVED.intersection(words) or words[0] in cues.NOT_MEASURE_START \
                or GENERIC_RESULT_WORDS.intersection(words) or VERDICT_WORDS.intersection(words) \
                or words[-1].removesuffix("s") in CHANGE_NOUN_WORDS \
                or not (AGAINST_ARM.search(text, b, b + 120) or P_WITHIN.search(text, b, b + 120)):
            continue
        out.append(mention(text, a, b, written(hit.group("x"), first_word=False)))
    return out


def open_phrase(text: str, at: int, max_words: int) -> int | None:
    """Where the phrase written from ``at`` ends, or None when it opens on a verdict or names a goal, not a measure.

    >>> t = "achieved zeta clearance by week 4"
    >>> t[9:open_phrase(t, 9, 6)], open_phrase("achieved the primary endpoint", 9, 6)
    ('zeta clearance', None)
    """
    end = phrase_end(text, at, max_words=max_words)
    words = text[at:end].lower().split()
    if not words or words[0] in cues.NOT_MEASURE_START or NOT_ACHIEVED.intersection(words):
        return None
    return end


# a change in a quantity whose value the sentence then gives per arm: "The mean percent reduction in zeta phosphatase
# at 12 months was 39.6% in the XY group vs. 5.2% in the placebo group" (the quantity's name, up to a timepoint and
# the verb that gives its numbers)
CHANGE_NOUN_IN = rx.compile(rf"(?=[cdirw])\b(?:{CHANGE_NOUNS})s?\s(?:{cues.FROM_BASELINE}\s)?in\s(?:the\s|their\s|its\s)?",
                            re.I)
# (after the quantity, its window: "at week 12", "from baseline to Week 24"; and the verb, or "of" before the number:
# "XY achieved a mean reduction in X from baseline of 45%, compared to 30% for AB")
# (an aside in brackets may stand before them: "a median reduction in X | (an enzyme made in the liver) | of 20%")
VALUE_VERB_AFTER = rx.compile(rf"(?:\s\((?![Pp]\s?[=<>])[^()]{{1,80}}\))?(?:\s{cues.FROM_BASELINE})?"
                              r"(?:\s(?:at|by|after|over|to)\s(?:week|month|day|year)s?\s\d{1,3}|\s(?:at|by|after|over)\s\d{1,3}\s"
                              r"(?:weeks|months|days|years))?\s(?:was\s|were\s|of\s(?=[-–]?\d))", re.I)


def changed_quantity(text: str, found: list[Mention]) -> list[Mention]:
    """The quantity a change is given for, arm by arm, whatever its words.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("The mean reduction in zeta phosphatase at 12 months was 39% with XY vs. 5% with placebo.")]
    ['zeta phosphatase']
    >>> [m.label for m in find_measures("The mean reduction in zeta phosphatase was notable.")]
    []
    >>> [m.label for m in find_measures("XY gave a mean reduction in zeta phosphatase (an enzyme of the liver) of 20% "
    ...                                 "compared to a 3% rise with placebo.")]
    ['zeta phosphatase']
    """
    out = []
    for hit in CHANGE_NOUN_IN.finditer(text):
        end = open_phrase(text, hit.end(), 4)
        if end is None or any(f.start <= hit.end() < f.end or hit.end() <= f.start < end for f in found) \
                or not VALUE_VERB_AFTER.match(text, end) or not AGAINST_ARM.search(text, end):
            continue
        out.append(Mention(text[hit.end():end], hit.end(), end, KIND, written(text[hit.end():end], first_word=False), (),
                           SOURCE, QUANTITY))
    return out


# a change given in percent before what changed, set against the control: "a 25% reduction in | zeta lesions | when
# compared to placebo", "a 25% increase in | X | versus placebo (p = 0.01)"
# (or a signed mean change with no unit: "a -6.4 mean change in | zeta lesions | versus a -3.3 ...")
PERCENT_CHANGE_IN = rx.compile(r"(?=[-−+\d])(?<![\w.])(?:\d{1,3}(?:\.\d{1,2})?(?:\s?(?:%|percent)|[-\s]points?)"
                               r"|[-−+]\d{1,4}(?:\.\d{1,3})?(?=\s(?:mean|median|average)\schange\b))\s"
                               r"(?:relative\s|mean\s|median\s|average\s)?(?:greater\s|larger\s|additional\s)?(?:reduction|decrease|increase|"
                               r"improvement|decline|drop|rise|lowering|change)\s(?:" + cues.FROM_BASELINE + r"\s)?in\s(?:the\s|their\s|its\s)?", re.I)
# the control a quantity is set against, right after it: "... | (when) compared with placebo", "... | versus the control"
AGAINST_CONTROL = re.compile(r"\s(?:(?:significantly|markedly)\s)?(?:(?:when\s)?compared\s(?:with|to)|versus|vs\.?|relative\sto|than|"
                             r"over)\s(?:the\s)?(?:placebo|vehicle|sham|control|controls|comparator|standard|usual)\b")
# (or a p-value in brackets right after it)
P_BRACKET_AFTER = re.compile(r"\s?\(\s?[Pp]\s?[<=≤]")
# (or another arm's change in percent set against it: "... | at week 12, compared to 14% for placebo")
SHARE_SET_AGAINST = re.compile(r"(?:\s(?:at|by|after)\s(?:week|month|day)\s\d{1,3})?,?\s"
                               r"(?:(?:when\s)?compared\s(?:with|to)|versus|vs\.?)\s(?:an?\s)?(?:\d{1,3}(?:\.\d{1,2})?\s?(?:%|percent)"
                               r"|[-−+]\d{1,4}(?:\.\d{1,3})?\s(?:mean|median|average)\schange\b)")
# (or the arm it was said of, where the sentence sets another arm against it: "a 31% reduction in X | in the A arm and
# a 5% reduction in the placebo arm", "... | among patients receiving A and ...")
ARM_AFTER = re.compile(r"\s(?:in\s(?:the\s)?(?:[\w-]+\s){0,2}(?:group|arm|cohort)s?\b"
                       r"|(?:in|among)\s(?:all\s)?(?:patients|participants|subjects|people|those)\s"
                       r"(?:receiving|treated\swith|given|taking)\s)")


def percent_change_in(text: str, found: list[Mention]) -> list[Mention]:
    """What a change given in percent is in, where the change is set against the control, whatever its words.

    >>> [m.label for m in percent_change_in("XY-1 users saw a 25% reduction in zeta lesions when compared to placebo.", [])]
    ['zeta lesions']
    >>> percent_change_in("There was a 25% reduction in zeta lesions.", [])
    []
    >>> [m.label for m in percent_change_in("XY-1 users saw a 25% reduction in zeta lesions, versus 9% on placebo.", [])]
    ['zeta lesions']
    >>> [m.label for m in percent_change_in("There was a 31% reduction in zeta lesions in the XY-1 arm and a 5% "
    ...                                     "reduction in the placebo arm.", [])]
    ['zeta lesions']
    """
    out = []
    for hit in PERCENT_CHANGE_IN.finditer(text):
        end = open_phrase(text, hit.end(), 4)
        if end is None or not (AGAINST_CONTROL.match(text, end) or P_BRACKET_AFTER.match(text, end)
                               or SHARE_SET_AGAINST.match(text, end)
                               or (ARM_AFTER.match(text, end) and AGAINST_ARM.search(text, end))) \
                or any(f.start < end and hit.end() < f.end for f in found):
            continue
        out.append(Mention(text[hit.end():end], hit.end(), end, KIND, written(text[hit.end():end], first_word=False), (),
                           SOURCE, QUANTITY))
    return out


# a result that names what changed significantly, in a list: "XY led to significant reductions in | A, B, and C |
# compared with placebo", "statistically significant improvements in | A and B"
SIGNIFICANT_CHANGES_IN = rx.compile(rf"""(?=[s])\b(?:statistically\s)?significant(?:ly)?\s(?:(?:greater|larger|more)\s)?
    (?:{FALLING_NOUN}|{RISING_NOUN}|change)s?\s(?:{cues.FROM_BASELINE}\s)?
    # (the arm set against may come first: "significant falls | versus vehicle | in A and B")
    (?:(?:compared\s(?:with|to)|versus|vs\.?|relative\sto|over)\s(?:placebo|vehicle|sham|the\s[\w-]{1,20}\s(?:group|arm))\s)?
    in\s""", re.I | re.X)
# where a change in one item ends against an arm, a comparison or a p-value: "a significant reduction in | zeta voids |
# in the XY group compared with placebo", "... (P = 0.01)" (a one-item change said of nothing is no result of the trial)
# the words that open a contrasting clause after a comma: "X, | but | Y"
CONTRAST_END = re.compile(rf",\s(?:{cues.CONTRAST_WORDS})\s")
ONE_ITEM_END = re.compile(r"\s(?:(?:as\s)?compared|versus|vs\.?|than|relative|over\s(?:placebo|the)|in\s(?:the\s(?:[\w-]+\s)?(?:group|arm)))\b"
                          r"|\s?\(\s?(?:[Pp]\s?[<=≤]|[-–]?\d)")
# the statistics in brackets after a listed item ("(t = 2.7; P = 0.008)"), or its arms' numbers ("(-2.4 vs -1.1)"), and
# a p-value among them
ITEM_STATISTICS = re.compile(r"\s?\((?=[^()]{0,40}\b[Pp]\s?[<=≤]|\s?[-−–]?\d[\d.,]{0,8}\s?%?\s(?:vs\.?|versus)\s[-−–]?\d)[^()]{1,80}\)"
                             r"(?=[,;.]|\s(?:and|or)\b|$)")
P_WITHIN = re.compile(r"\b[Pp]\s?[<=≤]")
# where such a list ends: a comparison, the population, a bracket or the clause's end (or what the change held for,
# "in X | for all endpoints", not whom after a comma: "in X at Month 2, for all XY arms, compared to placebo")
CHANGES_END = rx.compile(r"[.;:()\[]|(?<!,)\sfor\s(?:all|both|each|every)\b|\s(?:was|were|as\scompared|for\sthe|at\s(?:T\d|baseline)|between|from|compared|versus|vs\.?|than|relative|over|among|when|while|at\s(?:week|month|day)|"
                         r"in\s(?:patients|participants|people|adults|children|those|the\s(?:[\w-]+\s)?(?:group|arm)))\b|,\s(?:which|with|as|" + cues.CONTRAST_WORDS + r")\s")
ITEM_SPLIT = re.compile(r",\s(?:and\s|or\s)?(?:in\s)?|\s(?:and|or)\s(?:in\s)?")     # ("in A (...), in B (...) and in C")
# a lone adjective listed before a longer item, the two sharing its head: "basic and sustained attention" (its own name
# is not the one word; it is left out, not guessed)
SHARED_HEAD_ADJECTIVE = re.compile(r"[a-z-]{2,20}(?:ic|ical|ive|ous|ary|ful|ble|ple|tory|ional)", re.I)
# a time alone, which a list of what changed may carry after an item's own time: "at Month 2 and | Month 4"
TIME_ONLY = re.compile(r"(?:at\s)?(?:day|week|month|year|hour)s?\s\d{1,3}", re.I)
# the time an item was read at, before the bracket of its arms' numbers: "in X | at week 36 | (22% vs. 4%; ...)"
ITEM_TIMEPOINT = re.compile(r"\sat\s(?:week|month|day)s?\s\d{1,3}", re.I)
# an item that names who changed, not what: "in patients", "in those"
NOT_ITEM_START = frozenset("patients participants people adults children those the a an their its both all".split())


def significant_changes(text: str, found: list[Mention]) -> list[Mention]:
    """The items of a list of what changed significantly ("significant reductions in A, B, and C compared with
    placebo"), at most six words each, where the list has two items or more.

    >>> [m.label for m in significant_changes("XY led to significant reductions in zeta volume index, lateral Z/z', "
    ...                                       "and ZV mass index compared with placebo.", [])]
    ['zeta volume index', "lateral Z/z'", 'ZV mass index']
    >>> significant_changes("XY led to significant improvements in patients with zeta fever.", [])
    []
    >>> [m.label for m in significant_changes("There was a significant rise in zeta tone in the XY group (P = 0.02).", [])]
    ['zeta tone']
    >>> significant_changes("There was a significant rise in zeta tone.", [])
    []
    >>> [m.label for m in significant_changes("XY gave a significant reduction in zeta errors (t = 2.7; P = 0.008), zeta "
    ...                                       "gain (t = 2.1; P = 0.037), and zeta severity (t = 3.6; P = 0.002).", [])]
    ['zeta errors', 'zeta gain', 'zeta severity']
    >>> [m.label for m in significant_changes("Significant improvements in zeta voids (-1.2 vs -0.9) and in zeta urgency "
    ...                                       "(-4.0 vs -3.4) were seen with XY vs placebo.", [])]
    ['zeta voids', 'zeta urgency']
    >>> [m.label for m in significant_changes("It met two key goals with a significant change in zeta tone at Month 2 "
    ...                                       "and Month 4, for all XY arms, compared to placebo.", [])]
    ['zeta tone']
    >>> [m.label for m in significant_changes("Significant reductions in basic and sustained zeta attention, and zeta "
    ...                                       "memory were seen versus placebo.", [])]
    ['sustained zeta attention', 'zeta memory']
    """
    out = []
    # (each item may carry its own statistics in brackets: "in A (t = 2.7; P = 0.008), B (...) and C (...)")
    masked = ITEM_STATISTICS.sub(lambda m: " " * len(m.group()), text) if "(" in text else text
    for hit in SIGNIFICANT_CHANGES_IN.finditer(text):
        items = changed_items(masked, hit.end(), text) if masked != text else []
        items = items or changed_items(text, hit.end(), text)
        # (a quantity said to change, with both arms' numbers right after it, so winning over a disease's name of the
        # same words: "a significant improvement in | zeta pain | versus placebo (41% vs 22%)")
        out += [replace(mention(text, a, b, written(text[a:b], first_word=False)),
                        attrs=QUANTITY if PAIR_AFTER.match(text, b) else "") for a, b in items
                if not any(f.start < b and a < f.end for f in found)]
    return out


def changed_items(text: str, begin: int, original: str) -> list[tuple[int, int]]:
    """The spans of the items of a list of what changed from ``begin`` (``text``: the sentence, or ``original`` with
    its items' bracketed statistics blanked); [] unless there are two, or one set against an arm or a p-value."""
    stop = CHANGES_END.search(text, begin)
    end = stop.start() if stop else len(text)
    items, at = [], begin
    for part in ITEM_SPLIT.split(text[begin:end]):
        start = text.index(part, at) if part else at
        at = start + len(part)
        words = part.split()
        if items and words and words[0].lower() == "for":
            break                   # ("X at Month 2 and Month 4, | for all arms": whom, after the list)
        if TIME_ONLY.fullmatch(part.strip(" ,")):
            continue                # ("X at Month 2 and | Month 4": the first item's second time, no item)
        if not words or len(words) > 6 or words[0].lower() in NOT_ITEM_START or not words[0][0].isalpha():
            return []
        kept = part.rstrip(" ,")
        timed = cues.ITEM_TIME.search(kept) if " " in kept else None     # ("X and Y | at 12 weeks": each one's time)
        items.append((start, start + (timed.start() if timed else len(kept))))
    items = [item for k, item in enumerate(items) if not (
        k + 1 < len(items) and SHARED_HEAD_ADJECTIVE.fullmatch(text, *item) and " " in text[items[k + 1][0]:items[k + 1][1]]
        and re.fullmatch(r"\s(?:and|or)\s", text[item[1]:items[k + 1][0]]))]    # (an adjective sharing the next head)
    bracketed = len(items) == 1 and end - items[0][1] > 1 and P_WITHIN.search(original, items[0][1], end)
    # (a contrast after the one item may hold the comparison both clauses share: "a significant improvement in X, but
    # not in Y, compared to placebo")
    set_against = stop is not None and (ONE_ITEM_END.match(text, stop.start()) or (
        CONTRAST_END.match(text, stop.start()) and ONE_ITEM_END.search(text, stop.end())) or (
        (timed := ITEM_TIMEPOINT.match(text, stop.start())) is not None and ONE_ITEM_END.match(text, timed.end())))
    if len(items) >= 2 or (len(items) == 1 and (bracketed or set_against)):
        return items
    return []


# where a sentence starts: its first characters, after a structured abstract's heading ("MAIN RESULTS: The ..."), or
# after a linking word or a time that opens it ("Overall, the ...", "At week 12, zeta ..."), or after the conjunction
# of a clause that concedes it ("Although zeta reversal was seen in 30% ..., the ..."); a regex fragment
STARTS = (r"(?:^\s{0,3}|^[A-Z][A-Z ]{2,30}:\s|^[A-Z][a-z]{2,15}(?:\s[a-z]{2,15})?:\s|^\s{0,3}(?:Although|Though|Even\sthough)\s"
          r"|^\s{0,3}(?:(?i:" + "|".join(sorted(cues.LINKING_WORDS)) + r")|In\saddition"
          r"|(?:At|By|After)\s(?:week|month|day|year)\s\d{1,3}|After\s\d{1,3}\s(?:weeks|months|days|years)),\s)")

# a quantity a sentence (or a clause after a comma) opens on and gives a number for, arm by arm: "The mean zeta attack
# rate was 2.9 in the XY group and 11.8 in the placebo group", "the zeta growth rate was 0.41 mm/year with XY, compared
# with 0.52 with sham", "zeta clearance was achieved in 51% of ... vs. 47% of ..." (its words up to the verb)
# an estimate's name and its number, which may open the bracket of a comparison: "(HR 0.874", "(odds ratio, 0.787"
ESTIMATE_NUMBER = "(?:" + "|".join(f"(?:{name})" for name in EFFECT_NAMES.values()) + r")[\s,:=]{1,3}[-–−]?\d"
VALUED_SUBJECT = rx.compile(r"(?:" + STARTS + r"|,\s|(?<=\))\sand\s|(?<=[a-z0-9]):\s(?=[a-z]))(?:[Tt]he\s+)?(?i:(?:overall\s+)?(?:adjusted\s+|least[- ]squares\s+)?(?:mean|median|average)(?:\s+of)?\s+"
                            # (the spread it is given with: "mean +/- SD", "mean (SD)"; "of" after it: "the average of X")
                            r"(?:(?:\+/-|±)\s?SD\s+|\((?:\+/-\s?|±\s?)?SD\)\s+)?)?"
                            # (a short form after "of", "for", "in" or "with" among its words: "use of ZTCA")
                            # (a window it is counted over may open it: "7-day zeta rate")
                            # (not a list's joining word: ", | and X (...) were ...")
                            r"(?P<x>(?!(?:and|or|but|[Aa]lthough|[Tt]hough|[Ee]ven\sthough)\s)(?:\d{1,3}-(?:day|week|month|year|hour)\s)?[A-Za-z][a-z][\w-]*+(?:\s(?:of|for|in|with)\s[A-Z]{2}[A-Za-z0-9]{0,6}(?![\w-])|\s[a-z][\w-]*+){0,8})"
                            # (its short form may follow it, with the window it is counted over: "Time in zeta range |
                            # (TZR, weeks 10-12) | was improved to 74%")
                            r"(?:\s\([A-Z]{2,6}(?:,\s[^()]{1,30})?\))?"
                            # (a timepoint may stand before a comparing verb: "The zeta score | at day 60 | was lower in ...")
                            r"(?:\s(?:at|after|by)\s(?:(?:day|week|month|year)\s\d{1,3}|\d{1,3}\s(?:days|weeks|months|years))"
                            r"(?=\s(?:was|were)\s" + DEGREE + COMPARATIVE + r"\s)"
                            # (or a window it is counted over before its number: "The probability of zeta surgery | by 16
                            # weeks | was 12% with ...")
                            r"|\s(?:by|within|through|at|after)\s(?:(?:day|week|month|year|hour)\s\d{1,3}"
                            r"|\d{1,3}[\s-](?:days?|weeks?|months?|years?|hours?|hrs?|h|minutes?|min))"
                            r"(?=\s(?:was|were)\s(?:(?:about|approximately)\s)?[-–]?\d))?"
                            # (or one arm's value with its arm: "The zeta time | with XY-1 (41 min) | was longer than that
                            # with placebo (27 min)")
                            r"(?:\s(?:with|in|among|for)\s[^.;()]{1,40}?\s\(\s?[-–]?\d[^()]{0,40}\)"
                            r"(?=\s(?:was|were)\s" + DEGREE + COMPARATIVE + r"\sthan\b))?"
                            # (or both arms' numbers in brackets before a comparing verb: "The mean zeta onset | (6 vs. 3
                            # min; P < 0.001) was slower in ...", the arms named after)
                            r"(?:\s\(\s?[-–]?\d[^()]{0,60}?\s(?:vs\.?|versus|v\.)\s[^()]{0,60}\)\s(?:was|were)\s" + DEGREE
                            + r"(?:" + cues.COMPARATIVES + r"|similar|comparable)\s"
                            # (or an event said to happen less often in one arm: "Zeta relapse occurred less often with
                            # XY-1 than with placebo (12% vs 25%", "... in the XY group (12%) than in ...")
                            r"|\s(?:occurred|developed|recurred)\s" + DEGREE + r"(?:less|more)\s(?:often|frequently|commonly)\s"
                            r"(?:in|with|among|for|after|on)\s[^.;()]{1,60}?(?:\s\(\s?\d[^()]{0,30}\))?\sthan\s"
                            # (or reached by more of one arm's people, each arm's share in brackets: "Zeta remission
                            # | was achieved by more patients on XY-1 (| 41%) than on placebo (12%)")
                            r"|\s(?:was|were)\s(?:achieved|attained|reached)\s(?:in|by|among)\s" + DEGREE
                            + r"(?:more|fewer)\s[^.;()]{1,80}?\(\s?\d"
                            # (or the level it was moved to: "... was improved to 74% (XY) vs 61% (AB)")
                            r"|\s(?:was|were)\s(?:(?:statistically\s)?significantly\s)?(?:improved|increased|reduced|decreased|lowered"
                            r"|raised)\sto\s[-–]?\d"
                            r"|\s(?:was|were)\s"
                            r"(?:(?:(?:achieved|attained|reached|observed|seen|found|reported|present|detected|diagnosed|documented|recorded|noted|used|needed|required)"
                            r"\s(?:in|by|among)\s|at\s)?(?:(?:about|approximately)\s)?[-–]?\d"
                            # "... was (significantly) lower in the XY group (12% vs 25%": compared, then numbered
                            r"|" + DEGREE + COMPARATIVE + r"\s"
                            # (or a p-value alone: "... was lower in the XY group (P < 0.05)")
                            # (past each arm's size: "higher with XY-1 (n = 30) than placebo (n = 28) (40% vs 11%")
                            r"(?:(?:in|with|among|for|than)\s(?:[^.;()]|\([Nn]\s?=\s?\d{1,6}\)){1,100})?\(\s?(?:[-–]?\d|[Pp]\s?[<=≤]|"
                            + ESTIMATE_NUMBER + ")"
                            # "... was not significantly different between the XY arm (86%) and ...", "... were similar for"
                            r"|" + LIKENESS + r"\s(?:between|for|in|among)\s"
                            # (or its numbers after "at", given in the arms' order: "... similar between the A and B groups,
                            # at 14% and 9%, respectively")
                            r"[^.;()]{1,60}(?:\(\s?[-–]?\d|,\sat\s[-–]?\d)"
                            # (or significance in words, one arm set against the other: "... was significantly lower with
                            # XY-1 than with placebo")
                            r"|(?:also\s)?(?:statistically\s)?significantly\s" + COMPARATIVE + r"\s(?:in|with|among|for|after)\s[^.;()]{1,60}?\sthan\s"
                            # (or the one group it was so in, ending the sentence: "... were significantly fewer in the
                            # XY group.")
                            r"|(?:also\s)?(?:statistically\s)?significantly\s" + COMPARATIVE + r"\s(?:in|with|among|for)\s"
                            r"(?:the\s)?[^.;()]{1,40}?\s(?:group|arm)\s?\.?\s*$))")


INCIDENCE_OF = re.compile(r"^incidence\sof\s", re.I)
# the rate an event's name follows in a valued subject: "the rate of | zeta closure was 65%" (not a short form's, "the
# rate of ZQ", nor a change's speed, "the rate of rise of CK")
RATE_ONLY_OF = re.compile(r"(?:[Aa]djusted\s)?[Rr]ates?\sof\s(?![A-Z]{2})"
                          r"(?!(?:rise|increase|decrease|decline|change|fall|loss|gain|progression|growth)\b)")
# an estimate named before the event it is of: "the hazard ratio of | zeta loss"
ESTIMATE_OF = re.compile(r"(?:adjusted\s)?(?:(?:hazard|odds|risk|rate|incidence)\sratios?|relative\srisk)\s(?:of|for)\s", re.I)
# one arm named after a comparative, then the p-value or the estimate of the comparison: "... was higher | in the XY
# group (P = .04)", "... were not significantly lower in the XY arm (HR 0.874; ..."
# (the other arm is implied; a baseline trait compared so, "mean age was higher in ...", is no outcome: DESCRIPTIVE)
ONE_ARM_P = re.compile(r"(?:in|with|among|for)\s[^.;()]{1,60}?\s?\(\s?(?:[Pp]\s?[<=≤]|" + ESTIMATE_NUMBER + ")")
LONG_SUBJECT_JOINED = re.compile(r"\s(?:and|or|including)\s")
# a verdict in the comparison's words, and the one group it names ending the sentence: "X was significantly lower |
# in the XY group." (the group against the other, though no number is given)
SIGNIFICANTLY = re.compile(r"\bsignificantly\b", re.I)
ONE_ARM_END = re.compile(r"(?:in|with|among|for)\s(?:the\s)?[^.;()]{1,40}?\s(?:group|arm)\s?\.?\s*$")


# a change of body weight named as the quantity: "(mean) weight loss", "body weight reduction"
WEIGHT_CHANGED = re.compile(r"(?:(?:mean|average|median)\s)?(?:body\s)?weight\s(?:loss|reduction)", re.I)


def valued_subject(text: str, found: list[Mention]) -> list[Mention]:
    """The quantity a sentence opens on and gives a number for in each arm, whatever its words.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("The mean zeta attack rate was 2.9 in the XY-1 group and 11.8 in the placebo group.")]
    ['zeta attack rate']
    >>> [m.label for m in find_measures("The zeta attack rate was 2.9 in June.")]
    []
    >>> [m.label for m in find_measures("The rate of zeta relapse was lower in the XY-1 group (12% vs 25%, P = 0.02).")]
    ['zeta relapse']
    >>> [m.label for m in find_measures("The zeta score at day 60 was lower in the XY-1 group (0.52 vs. 1.04, P = 0.031).")]
    ['zeta score']
    >>> [m.label for m in find_measures("The zeta cure rate was not significantly different between the XY-1 arm (86%) "
    ...                                 "and the placebo arm (88%).")]
    ['zeta cure rate']
    >>> [m.label for m in find_measures("Zeta failure rates were at 6 percent for XY-1 and 9 percent for AB-2.")]
    ['zeta failure rates']
    >>> [m.label for m in find_measures("Zeta visits were significantly fewer in the XY-1 group.")]
    ['zeta visits']
    """
    out = []
    for head in VALUED_SUBJECT.finditer(text):
        a, b = head.span("x")
        if lead := ESTIMATE_OF.match(head.group("x")) or RATE_ONLY_OF.match(head.group("x")):
            a += lead.end()         # "the hazard ratio of | zeta loss was 0.84": the estimate is of the event (and
            #                         "the rate of | zeta closure was 65% with ...": the event's rate)
        compared = COMPARED_PREDICATE.match(text, b)
        # (an event's incidence said lower in one arm than another is the trial's outcome; one given per arm with no
        # comparison is a harm's count: "Incidence of zeta rash was 1.2% for XY and for placebo")
        subject = INCIDENCE_OF.sub("", head.group("x")) if compared else head.group("x")
        one_arm = compared is not None and (ONE_ARM_P.match(text, compared.end()) or (
            SIGNIFICANTLY.search(compared.group()) and ONE_ARM_END.match(text, compared.end()))) \
            and not DESCRIPTIVE.search(subject)
        if any(f.start < b and a < f.end for f in found) or not (per_arm_after(text, b) or one_arm) \
                or names_no_quantity(subject) or (subject.count(" ") > 5 and LONG_SUBJECT_JOINED.search(subject)):
            continue             # (a long subject that joins two: "the rescue dose count and the total zeta use were ...")
        found_here = mention(text, a, b, written(text[a:b]))
        if WEIGHT_CHANGED.fullmatch(found_here.label):
            # ("Mean weight loss was 15.2% with XY and 2.4% with placebo": body weight's change, down)
            found_here = replace(found_here, label="body weight", attrs=QUANTITY)
        elif compared:
            # ("Weight gain was significantly greater in the XY group (3.4 vs 0.6 kg": the quantity compared wins over
            # the same words as a symptom's name)
            found_here = replace(found_here, attrs=QUANTITY)
        out.append(found_here)
    return out


# a quantity a sentence says did not differ between the groups, with or without numbers: "Zeta gain did not differ
# between groups (P = 0.41)", "Zeta use was similar in both groups (P = 0.6)", "Zeta rates also did not differ much across the two arms (31% vs. 27%)", "Zeta function
# was not significantly different between XY and placebo", "There was no significant difference in zeta satisfaction
# between the groups", "... and no difference in zeta intensity (..."
NO_DIFFERENCE = rx.compile(r"""(?:(?:""" + STARTS + r"""|,\s|;\s)(?:[Tt]he\s+)?(?i:(?:mean|median|average)\s+)?
    (?P<x>[A-Za-z][a-z][\w-]*+(?:\s(?!overall\b|also\b)[a-z][\w-]*+){0,4})(?:\s(?:overall|also))?
    \s(?:(?:did\snot\s(?:significantly\s)?differ(?:\s(?:much|greatly|significantly|substantially|markedly|meaningfully))?|(?:was|were)\snot\s
    (?:(?:significantly|statistically)\s){0,2}different)\s(?:between|among|across)\s
    |(?:was|were)\s(?:similar|comparable)\s(?:in|between|among|across|for)\s(?=(?:(?:the|both|two|three|four|all|treatment|study)\s){0,3}
    (?:groups|arms|cohorts)\b))
    |(?:\b[Tt]here\s(?:was|were)\s|,?\sand\s|(?:""" + STARTS + r"""|,\s)(?:However,?\s)?)[Nn]o\s(?:(?:statistically\s)?significant\s)?differences?\s
    (?:(?:was|were)\s(?:found|observed|seen|noted|detected)\s)?(?:between\s(?:the\s)?(?:(?:two|three|both)\s)?
    (?:treatment\s)?(?:groups|arms)\s)?in\s(?:the\s)?(?:(?:mean|median)\s)?(?P<y>[a-z][\w-]*+(?:\s[a-z][\w-]*+){0,4}?)
    (?=\s(?:between|among|across|at|after|during)\b|\s?\(|\s?[,.;]|$))""", re.X)
# a verb of a clause before a comma (else, unless a phrase opens the sentence before it, the comma joins a list's items)
CLAUSE_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|did|showed|remained)\b", re.I)
# the rate an event's name follows in such a subject: "(the) cumulative incidence of | X"
RATE_OF = re.compile(r"(?i:(?:cumulative|overall)\s)?(?i:incidence|rate|risk|frequency|occurrence)\sof\s")
# what a subject of that shape names that is no outcome: the groups' make-up ("Baseline characteristics did not differ")
MAKE_UP = re.compile(r"\b(?:baseline|characteristics?|demographics?|demographic|age|ages|sex|gender|race|weight\sat\sentry)\b", re.I)


def no_difference(text: str, found: list[Mention]) -> list[Mention]:
    """The quantity a sentence says did not differ between the groups, whatever its words.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("Zeta gain did not differ between groups (P = 0.41).")]
    ['zeta gain']
    >>> [m.label for m in find_measures("There was no significant difference in zeta satisfaction between the groups.")]
    ['zeta satisfaction']
    >>> [m.label for m in find_measures("Baseline characteristics did not differ between groups.")]
    []
    >>> [m.label for m in find_measures("Zeta rates also did not differ much across the two arms (31% vs. 27%).")]
    ['zeta rates']
    >>> [m.label for m in find_measures("The cumulative incidence of zeta loss did not differ between the arms.")]
    ['zeta loss']
    >>> [m.label for m in find_measures("Zeta use was similar in both groups (P = 0.6).")]
    ['zeta use']
    >>> [m.label for m in find_measures("Age, weight and zeta use were comparable between groups.")]
    []
    >>> [m.label for m in find_measures("After 6 weeks of XY, zeta flow was not different among the groups.")]
    ['zeta flow']
    """
    out = []
    for head in NO_DIFFERENCE.finditer(text):
        group = "x" if head.group("x") else "y"
        a, b = head.span(group)
        if rate := RATE_OF.match(text, a, b):
            a = rate.end()              # ("the cumulative incidence of | zeta recurrence did not differ"): the event
        if text.startswith(",", head.start()) and not CLAUSE_VERB.search(text, 0, head.start()) \
                and not ((opener := OPENER.match(text)) and opener.end() > head.start()):
            continue                    # (the last item of a list: "Age, weight, X were similar in both groups"; not
            #                             after an opening phrase: "After 6 weeks of X, Y did not differ ...")
        words = text[a:b].split()
        if not words or MAKE_UP.search(text, a, b) or words[0].lower() in ("and", "or", "but") or "or" in words \
                or names_no_quantity(text[a:b]):
            continue
        known = next((f for f in found if f.start < b and a < f.end), None)
        if known is None:
            out.append(mention(text, a, b, written(text[a:b])))
        if group == "y":                # "no differences in A, B, or C were found": the list's other items
            out += [mention(text, c, d, written(text[c:d])) for c, d in more_items(text, max(b, known.end if known else b))
                    if not any(f.start < d and c < f.end for f in found)]
    return out


# the next item of a list of quantities, and where such a list ends ("..., B, or C | were found", "... | between")
NEXT_ITEM = re.compile(r",\s(?:and\s|or\s)?(?:the\s)?|\s(?:and|or)\s(?:the\s)?")
ITEM = re.compile(r"[a-z][\w-]*+(?:\s(?!and\b|or\b|were\b|was\b|between\b|among\b)[a-z][\w-]*+){0,5}")
ITEMS_END = re.compile(r"\s(?:were|was|between|among|across)\b|\s?[.;(]|$")


def more_items(text: str, end: int) -> list[tuple[int, int]]:
    """The spans of a list's items after its first, which ends at ``end``; none unless the list ends cleanly.

    >>> text = "no differences in zeta loss, zeta pain, or zeta use were found"
    >>> [text[a:b] for a, b in more_items(text, 27)]
    ['zeta pain', 'zeta use']
    """
    spans, pos = [], end
    while (join := NEXT_ITEM.match(text, pos)) and (item := ITEM.match(text, join.end())):
        if names_no_quantity(item.group()):
            return []
        spans.append(item.span())
        pos = item.end()
    return spans if spans and ITEMS_END.match(text, pos) else []


# the difference between the arms in a quantity, stated with its number: "The (between-group) difference in | zeta
# score | between A and B was 1.8 (95% CI ...)", "a mean difference in | zeta use | of 1.4"
DIFFERENCE_IN = rx.compile(r"""(?=[Dd])\b[Dd]ifferences?\s(?:in|of)\s(?:the\s)?(?:(?:mean|median|average)\s)?
    (?P<x>[A-Za-z][\w-]*+(?:\s(?!(?:between|among|was|were|from|at|for|in|with|versus|vs|of|is|and|or)\b)[\w-]++){0,5}?)
    (?=\s(?:between|among|was|were|is|from|at|for|in|with|versus|vs\.?)\s|\sof\s[-–]?\d|\s\(|,)""", re.X)
DIFFERENCE_NUMBER = re.compile(r"[^.;]{0,120}?[-–]?\d")
# what makes it a difference between the arms: the arms set against each other, or the interval of an estimate
BETWEEN_ARMS = rx.compile(r"(?=[bcfgvaC9])\b(?:between|compared|favou?ring|groups?|arms?|versus|vs|CI|confidence|95)\b", re.I)
# what it names that is no quantity of its own: another change ("in within-group changes in X"), an arm ("in placebo")
# or a number ("in 12-week ..."; a short form with its digits is a quantity: "in ZPID24")
NOT_DIFFERED = rx.compile(rf"\b(?:{CHANGE_NOUNS}|changes|within-group|fall|rise|{cues.PLACEBO_WORDS}|control)\b|^[\d.]", re.I)


def difference_in(text: str, found: list[Mention]) -> list[Mention]:
    """The quantity a sentence gives the arms' difference in, with that difference's number after it.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("The between-group difference in zeta score was 1.8 (95% CI 0.6 to 3.1).")]
    ['zeta score']
    >>> [m.label for m in find_measures("The difference in zeta score between A and B was not significant.")]
    []
    >>> [m.label for m in find_measures("The mean difference in change was -9.4 (95% CI -12.6 to -6.2).")]
    []
    >>> [m.label for m in find_measures("A difference in zeta length of 15 cm is reflected in zeta levels.")]
    []
    """
    out = []
    for hit in DIFFERENCE_IN.finditer(text):
        a, b = hit.span("x")
        if any(f.start < b and a < f.end for f in found) or names_no_quantity(hit.group("x")) \
                or NOT_DIFFERED.search(hit.group("x")) \
                or not DIFFERENCE_NUMBER.match(text, b) or not BETWEEN_ARMS.search(text):
            continue
        out.append(replace(mention(text, a, b, written(text[a:b])), attrs=QUANTITY))   # (a quantity, not a symptom)
    return out


def names_no_quantity(subject: str) -> bool:
    """Does a clause's subject name no quantity of its own: a clause's words, a group, a generic word, one that points
    back ("the data", "their decline")?

    >>> names_no_quantity("zeta attack rate"), names_no_quantity("the placebo group"), names_no_quantity("rates")
    (False, True, True)
    >>> names_no_quantity("zeta score improvement"), names_no_quantity("improvement"), names_no_quantity("decline")
    (False, True, True)
    >>> names_no_quantity("interval from zeta onset to delivery"), names_no_quantity("data from the zeta registry")
    (False, True)
    """
    words = subject.lower().split()
    spans = FROM_TO.match(subject) is not None        # ("the interval from A to B": its "from" and "to" are its own)
    return words[0] in cues.NOT_MEASURE_START or any(w in CLAUSE_WORDS or (w in STOP and w != "per" and not (
        spans and w in ("from", "to"))) or (
        w in TWO_GROUP_WORDS and not (k and w in CHANGE_NOUN_WORDS)) or w in STATISTIC_WORDS for k, w in enumerate(words)) \
        or subject.lower() in NOT_A_MEASURE or (len(words) == 1 and words[0] in GENERIC_SUBJECTS)


# a span of time between two events, named by both: "(the) time from A to B", "the interval from A to B"
FROM_TO = re.compile(r"(?:the\s)?(?:time|interval|duration|delay|period|days|hours)\sfrom\s\S.*\sto\s\S", re.I)
# the changes among them, which a quantity named before them measures ("zeta score improvement"; not "decline" alone)
CHANGE_NOUN_WORDS = frozenset("decline reduction improvement change increase decrease worsening progression".split())
# words of a statistic computed over the results, not a quantity measured ("the correlation coefficients for ...")
STATISTIC_WORDS = frozenset("correlation correlations coefficient coefficients means squares".split())   # ("least squares means")
# words of a subject that names people or a group, not a quantity ("the placebo group was 12% ..."), or points back at
# one named before ("their mean age", "the figures were ...", "decline was 29% slower")
TWO_GROUP_WORDS = frozenset("""group groups arm arms patients participants subjects people adults children difference their its
    his her our this these those each both such figures data findings decline reduction improvement change increase
    decrease worsening progression there corresponding incidence adverse""".split())


# the event a sentence counts per arm: "55 of the 64 cases of | zeta fever | occurred in the placebo group", with a
# qualifier of how severe it was kept ("cases of zeta fever | with 3 or more symptoms")
CASES_OF = rx.compile(r"(?=[c])\bcases\s+of\s+(?:the\s+)?", re.I)
SEVERITY_AFTER = rx.compile(r"(?<!\s)\s++with\s++(?:\d{1,2}|one|two|three|four|five)\s++or\s++more\s++[a-z][\w-]{2,20}")


COUNTED_DEATHS = rx.compile(r"(?=[\d])(?<![\d.,])\d{1,5}\s(?P<d>deaths?)\s(?:in|among|occurred)\b", re.I)


def counted_deaths(text: str, found: list[Mention]) -> list[Mention]:
    """Death as the measure of a sentence that counts deaths in each arm and names no other measure.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("There were 8 deaths in the placebo group and 2 in the XY-1 group.")]
    ['death']
    """
    hit = COUNTED_DEATHS.search(text)
    if hit is None or found or not per_arm_after(text, hit.end()):
        return []
    return [Mention(hit.group("d"), hit.start("d"), hit.end("d"), KIND, "death", (), SOURCE, QUANTITY)]


# the verb of dying right before each arm's share in brackets: "a greater share of those on A than on B | died | (27.2%
# vs 22.8%; RR 1.19 ...)" (not after the arms' counts: "150 (15%) on A and 140 (20%) on B had died (rate ratio ...)")
DIED_BEFORE_RESULT = rx.compile(r"(?=[d])\bdied(?=\s?\(\s?\d[^()]{0,40}?\s(?:vs\.?|versus)\s\d)")


def died_result(text: str, found: list[Mention]) -> list[Mention]:
    """Death as the measure of the verb of dying that each arm's numbers follow in brackets.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("More of those on XY-1 than on placebo died (12.4% vs 9.6%; RR 1.29).")]
    ['death']
    >>> find_measures("Two patients died (one of zeta sepsis).")
    []
    """
    return [Mention(hit.group(), hit.start(), hit.end(), KIND, "death", (), SOURCE, QUANTITY)
            for hit in DIED_BEFORE_RESULT.finditer(text) if not any(f.start < hit.end() and hit.start() < f.end for f in found)]


def cases_of(text: str, found: list[Mention]) -> list[Mention]:
    """The event whose cases a sentence counts in each arm.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("Of 40 cases of zeta fever, 33 occurred in the placebo group and 7 in the XY-1 group.")]
    ['zeta fever']
    """
    out = []
    for hit in CASES_OF.finditer(text):
        end = open_phrase(text, hit.end(), 5)
        if end is None or any(f.start < end and hit.end() < f.end for f in found) or not per_arm_after(text, end):
            continue
        severity = SEVERITY_AFTER.match(text, end)
        end = severity.end() if severity else end
        # (the event is what the sentence measures: it wins over the same words as a disease's name)
        out.append(Mention(text[hit.end():end], hit.end(), end, KIND, written(text[hit.end():end], first_word=False), (),
                           SOURCE, QUANTITY))
    return out


# an event counted before its noun, with each arm's count in a bracket after: "57 | confirmed zeta fever | cases were
# reported (XY-1: 9; placebo: 48)"
COUNTED_CASES = rx.compile(r"(?=[\d])(?<![\w.,])\d[\d,]{0,6}\s(?P<x>(?:[\w-]+\s){1,4}?)(?:cases|episodes)\s(?:were|was)\s"
                           r"(?:reported|observed|recorded|confirmed|identified|seen|documented)\b", re.I)
# a bracket of counts per arm: "(| XY-1: 9; placebo: 48)"
ARM_COUNTS = re.compile(r"(?<!\s)\s*+\((?:[^():;]{1,40}:\s?\d[\d,]{0,6}\s?;\s?)+[^():;]{1,40}:\s?\d[\d,]{0,6}\)")


def counted_cases(text: str, found: list[Mention]) -> list[Mention]:
    """The event whose cases a sentence counts before naming them, each arm's count in a bracket after.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("In all, 40 zeta fever cases were reported (XY-1: 7; placebo: 33).")]
    ['zeta fever']
    >>> [m.label for m in find_measures("In all, 40 zeta fever cases were reported by week 8.")]
    []
    """
    out = []
    for hit in COUNTED_CASES.finditer(text):
        a, b = hit.span("x")
        words = text[a:b].lower().split()
        if words[0] in cues.NOT_MEASURE_START or words[0] in NOT_EVENT_WORDS or not ARM_COUNTS.match(text, hit.end()) \
                or any(f.start < b and a < f.end for f in found):
            continue
        out.append(Mention(text[a:b - 1], a, b - 1, KIND, written(text[a:b - 1], first_word=False), (), SOURCE, QUANTITY))
    return out


# words that open the counted words without naming an event: "57 | new cases", "12 | more episodes"
NOT_EVENT_WORDS = frozenset("new more further additional total such other these those all".split())


# words that make an item a clause, not a name: verbs, auxiliaries, relative pronouns ("the latter assessed by ...")
CLAUSE_WORDS = frozenset("""was were is are be been being had has have did does do will would can could may might must
    assessed measured defined analysed analyzed tested evaluated using occurred reached achieved showed met remained
    favored favoured demonstrated appeared which who whom whose that when where while""".split())
CHANGED_BY = rx.compile(r"(?=[dfirwsh])\b(?:(?:decreased|increased|fell|rose|declined|dropped|improved"
                        # (or said in the passive: "was (significantly) reduced by")
                        r"|(?:was|were)\s+(?:(?:significantly|markedly|substantially)\s+)?(?:reduced|lowered|decreased|increased)"
                        # (the number may follow the verb at once: "fell 31% in the A arm")
                        rf")(?:\s+{cues.FROM_BASELINE})?(?:\s+by\b|(?=\s[-−]?\d))"
                        # (or a noun of change the quantity showed: "X showed a 31% reduction in the A arm")
                        rf"|(?:showed|had|saw)\s+an?\s(?=\d{{1,3}}(?:\.\d{{1,2}})?\s?%\s(?:mean\s)?(?:{FALLING_NOUN}|{RISING_NOUN})\b))", re.I)
SUBJECT_BEFORE = rx.compile(r"(?:^|,\s(?:and\s|but\s)?|^(?:At|After|By|Over|Through)\s(?:week\s\d{1,3}|\d{1,3}\s(?:weeks?|months?|days?|years?)),?\s"
                            rf"|^(?:Among|In)\s(?:[\w-]+\s){{0,3}}?{cues.PEOPLE},?\s)"
                            r"(?:[Tt]he\s+)?(?:(?i:mean|median|average)\s+"
                            r"(?:number\s+of\s+)?)?(?P<x>(?:[A-Z][A-Z0-9-]{1,9}\s(?=[a-z])|(?!(?:Among|In|At|After|By|Over|Through|During|For|With|Of|On|The|This|These|Both|All|Each)\s)[A-Z][a-z]{2,20}\s(?=[a-z]))?[a-z][\w-]*+(?:\s[a-z][\w-]*+){0,3})"
                            r"(?:\s\([A-Z][A-Za-z0-9-]{1,9}\))?\s$")


# a quantity a therapy changed "by" a number, named as the verb's object: "XY-123 reduced | the zeta index | by 3.1
# points", "... lowered | mean zeta pressure | by 5 mmHg"
CHANGED_OBJECT = rx.compile(r"(?=[cdilrs])\b(?:reduc(?:ed|ing|es)|lower(?:ed|ing|s)|decreas(?:ed|ing|es)|increas(?:ed|ing|es)|"
                            r"improv(?:ed|ing|es)|rais(?:ed|ing|es)|cut(?:ting|s)?|slow(?:ed|ing|s))\s(?:the\s)?"
                            r"(?:(?i:mean|average)\s)?")
BY_NUMBER_AFTER = re.compile(r"\sby\s(?:an?\s(?:mean\s|average\s)?(?:of\s)?)?[-−]?\d")


def changed_object(text: str, found: list[Mention]) -> list[Mention]:
    """The quantity a sentence that sets the drug against a control says was changed "by" a number, named as the
    verb's object (the subject is the therapy).

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("Compared with placebo, XY-123 reduced the zeta index by 3.1 points (95% CI, 1.2 to 5.0).")]
    ['zeta index']
    >>> [m.label for m in find_measures("XY-123 reduced the zeta index by 3.1 points.")]     # (no control: a change)
    []
    >>> [m.label for m in find_measures("XY-123 met the endpoint, slowing zeta lesion growth by 31% versus sham.")]
    ['zeta lesion growth']
    """
    return verb_objects(text, found, CHANGED_OBJECT, BY_NUMBER_AFTER) if AGAINST_ARM.search(text) else []


def verb_objects(text: str, found: list[Mention], verb: re.Pattern, after: re.Pattern) -> list[Mention]:
    """The quantities named as the object of ``verb`` (a phrase of up to five words) where ``after`` follows, none
    that a found measure overlaps and each a quantity's name (:func:`names_a_quantity`)."""
    out = []
    for hit in verb.finditer(text):
        end = open_phrase(text, hit.end(), 5)
        if end is None or not after.match(text, end) or any(f.start < end and hit.end() < f.end for f in found):
            continue
        if names_a_quantity(text[hit.end():end]):
            out.append(Mention(text[hit.end():end], hit.end(), end, KIND, written(text[hit.end():end], first_word=False),
                               (), SOURCE, QUANTITY))
    return out


def names_a_quantity(phrase: str) -> bool:
    """Is ``phrase`` (a verb's object) a quantity's name: no clause, no people, no generic word?"""
    words = phrase.lower().split()
    return not (words[0] in STOP or any(w in CLAUSE_WORDS for w in words) or re.fullmatch(cues.PEOPLE, words[-1])
                or " ".join(words) in NOT_A_MEASURE or (len(words) == 1 and words[0] in GENERIC_SUBJECTS)
                or words[-1] in TRAIT_WORDS)


# what a person is, no outcome: "a higher mean | age"
TRAIT_WORDS = frozenset("age ages sex gender race ethnicity height".split())


# a quantity one arm had more or less of than another, each with its number: "The XY-123 group had | higher zeta
# clearance | (45%) than the placebo group (20%)"
COMPARED_OBJECT = rx.compile(r"(?=[aehnrsuicplw])\b(?:had|showed|achieved|experienced|reported|needed|required|used|spent|"
                             # (or a therapy as the subject: "XY-123 | was associated with | a higher incidence of X")
                             r"(?:was|were)\sassociated\swith|induced|caused|produced|resulted\sin|led\sto)\s(?:an?\s)?(?:(?:significantly|markedly|"
                             r"numerically|statistically\ssignificantly)\s)?(?:higher|lower|greater|larger|smaller|longer|shorter|"
                             r"less|more|fewer|better|worse)\s")
VALUE_THEN_THAN = re.compile(r"\s?\(\s?[-−]?\d[^()]{0,30}\)\s(?:than|compared\s(?:with|to)|versus|vs\.?)\s")
# (or both arms' numbers in one bracket: after the other arm, "fewer zeta infections than the AB group (6 vs 13", or
# right after the object where an arm is the subject, "patients given XY-1 needed fewer rescue doses (3 vs 9")
_PAIR_BRACKET = r"\s?\(\s?(?:(?:mean|median)\s)?[-−]?\d[^()]{0,20}?\s(?:vs\.?|versus|v\.?)\s[-−]?\d"
PAIR_AFTER = re.compile(r"(?P<than>(?:\sthan|,?\scompared\s(?:with|to)|,?\sversus|,?\svs\.?)\s[^.;()]{0,40}?"
                        r"\b(?:group|arm|placebo|control|sham|vehicle)s?\b[^.;()]{0,20}?)?" + _PAIR_BRACKET)
# a quantity a therapy left as it was, both arms' numbers in one bracket right after it: "XY-123 had no effect on | zeta
# events | (7.4% vs 9.1%)", "There was little effect on | X | (...)", "XY-123 did not reduce | the zeta score | (6.2 vs 7.9)"
UNMOVED_OBJECT = rx.compile(r"(?=[dfhsw])\b(?:(?:had|showed|demonstrated|found|was|were)\s(?:no|little|(?:only\s)?a\s(?:small|modest|minimal|negligible))\s"
                            r"(?:(?:significant|statistically\ssignificant|meaningful|clear|measurable)\s)?(?:effect|impact)\son"
                            r"|did\snot\s(?:significantly\s)?(?:reduce|improve|affect|change|increase|lower|alter|prevent))\s(?:the\s)?")
BARE_PAIR_AFTER = re.compile(_PAIR_BRACKET)
# the estimate's own words, no measure's name: "associated with reduced | odds (OR = 0.67; ...)"; an object that opens
# on one is the chance of an event, which restates an endpoint named before ("did not change the chance of a first
# zeta event (31 vs 26 events; HR ...)")
ESTIMATE_WORDS = frozenset("odds risk risks hazard hazards likelihood chance chances".split())


def paired_object(text: str, found: list[Mention]) -> list[Mention]:
    """The quantity a therapy changed, had no (or little) effect on, or did not change, each arm's number in the
    bracket right after it.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("XY-123 had no significant effect on the zeta score (6.2 vs 7.9).")]
    ['zeta score']
    >>> [m.label for m in find_measures("XY-123 improved the zeta index (6.2 vs 7.9).")]
    ['zeta index']
    >>> [m.label for m in find_measures("XY-123 had no effect on adults (45 vs 50).")]     # (people, no quantity)
    []
    """
    out = verb_objects(text, found, UNMOVED_OBJECT, BARE_PAIR_AFTER)
    out += verb_objects(text, found + out, CHANGED_OBJECT, BARE_PAIR_AFTER)
    return [m for m in out if m.text.split()[0].lower() not in ESTIMATE_WORDS]


# the next object of the same subject, its own pair in brackets after it: "had fewer A (4 v 9, P=0.01)| , fewer | B (2 v
# 7) | and needed fewer | C (...)"
NEXT_COMPARED = re.compile(r"\)\s?(?:,\s(?:and\s)?|\sand\s)(?:(?:had|spent|needed|required|used|showed)\s)?(?:an?\s)?"
                           r"(?:higher|lower|greater|larger|smaller|longer|shorter|less|more|fewer|better|worse)\s")
ARM_SUBJECT = re.compile(r"(?:\b(?:group|arm)s?|\b(?:given|receiving|treated\swith|taking)\s[\w-]{2,30})\s(?:\w+\s)?$", re.I)


def compared_object(text: str, found: list[Mention]) -> list[Mention]:
    """The quantity one arm had more or less of than another, each arm's number in brackets after it.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("The XY-123 group had higher zeta clearance (45%) than the placebo group (20%).")]
    ['zeta clearance']
    >>> [m.label for m in find_measures("The XY-123 group had more adults (45%) than the placebo group (20%).")]
    []
    >>> [m.label for m in find_measures("The XY-123 group needed fewer zeta visits than the AB group (4 vs 11; P = 0.02).")]
    ['zeta visits']
    >>> [m.label for m in find_measures("The XY-123 group had a higher rate of zeta cure, compared to the AB group (37% vs 15%).")]
    ['rate of zeta cure']
    """
    out = verb_objects(text, found, COMPARED_OBJECT, VALUE_THEN_THAN)
    verbs = {hit.end(): hit.start() for hit in COMPARED_OBJECT.finditer(text)}     # (object start -> its verb's)
    for m in verb_objects(text, found + out, COMPARED_OBJECT, PAIR_AFTER):
        if PAIR_AFTER.match(text, m.end).group("than") or ARM_SUBJECT.search(text, 0, verbs[m.start]):
            out.append(m)                 # (the other arm named after "than", or an arm the subject)
            out += next_compared(text, m, found + out)
    return out


# an object's words up to its pair's bracket, naming no arm: "days in bed | (mean 3.1 v 5.2"
OBJECT_TO_BRACKET = re.compile(r"(?<![\w-])(?!(?:the|a|an|patients|those)\b)[A-Za-z][\w-]*(?:\s(?!(?:groups?|arms?|than|with|vs|versus|"
                               r"patients|those|on|receiving|given)\b)[\w-]+){0,5}(?=\s?\()")


def next_compared(text: str, first: Mention, found: list[Mention]) -> list[Mention]:
    """The objects listed after ``first`` with the same subject and verb, each with its arms' pair in brackets.

    >>> t = "The XY group had fewer zeta visits (4 v 9, P=0.01), fewer zeta stays (2 v 7) and spent fewer hours in bed (mean 3.1 v 5.2 hours)."
    >>> [m.label for m in compared_object(t, [])]
    ['zeta visits', 'zeta stays', 'hours in bed']
    >>> [m.label for m in compared_object("The XY group had fewer zeta visits (4 v 9), and more than half (12 v 3) were men.", [])]
    ['zeta visits']
    """
    out, at = [], first.end
    while (close := text.find(")", at)) != -1 and (hit := NEXT_COMPARED.match(text, close)) is not None:
        whole = OBJECT_TO_BRACKET.match(text, hit.end())     # (the words up to its bracket: "days in bed (...")
        end = whole.end() if whole else open_phrase(text, hit.end(), 5)
        if end is None or not PAIR_AFTER.match(text, end) \
                or any(f.start < end and hit.end() < f.end for f in found + out) or not names_a_quantity(text[hit.end():end]):
            break
        out.append(Mention(text[hit.end():end], hit.end(), end, KIND, written(text[hit.end():end], first_word=False),
                           (), SOURCE, QUANTITY))
        at = end
    return out


# a subject that names no quantity of its own: it points back at one named before
GENERIC_SUBJECTS = GENERIC_RESULT_WORDS | {"symptoms"}


def changed_subject(text: str, found: list[Mention], verb: re.Match) -> list[Mention]:
    """The quantity a sentence opens on that it says changed by a number, where it sets the arms' changes side by side.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("At 12 weeks zeta voids decreased by a mean of 2.3 per day for XY-123 vs 1.1 for placebo.")]
    ['zeta voids']
    >>> [m.label for m in find_measures("Zeta voids decreased by 2.3 per day.")]
    []
    >>> [m.label for m in find_measures("The mean zeta score decreased by 4.5 with XY-123 and 2.1 with placebo.")]
    ['zeta score']
    >>> [m.label for m in find_measures("Average zeta flow rate (ZFR) increased from baseline by 24.8 L/min in the XY-123 "
    ...                                 "group compared with 5.2 L/min in the placebo group.")]
    ['zeta flow rate']
    >>> [m.label for m in find_measures("The ZP level was significantly reduced by 30.2 percent with XY-123 vs 2.5 percent "
    ...                                 "with placebo.")]                     # (a short form opens it; the passive)
    ['ZP level']
    >>> [m.label for m in find_measures("Serum zeta fell 31% in the XY-123 arm and 5% in the placebo arm.")]
    ['serum zeta']
    >>> [m.label for m in find_measures("Serum zeta showed a 31% reduction in the XY-123 arm and a 5% reduction in the "
    ...                                 "placebo arm.")]
    ['serum zeta']
    """
    head = SUBJECT_BEFORE.search(text, 0, verb.start())
    if head is None or not AGAINST_ARM.search(text, verb.end()) or any(f.start < verb.start() for f in found) \
            or CHANGED_BY.search(text, verb.end()):
        return []                      # (two changes in one sentence: the second's numbers would go to the first)
    words = head.group("x").split()
    if words[0].lower() in cues.NOT_MEASURE_START or words[0].lower() in STOP or any(w in CLAUSE_WORDS for w in words) \
            or re.fullmatch(cues.PEOPLE, words[0].lower()) \
            or head.group("x").lower() in NOT_A_MEASURE or (len(words) == 1 and words[0].lower() in GENERIC_SUBJECTS):
        return []                      # ("Scores fell by ...": the measure named before)
    x = head.group("x")
    return [mention(text, head.start("x"), head.end("x"), written(x) if re.match(r"[A-Z][a-z]", x) else x)]


# a character of a clause's run of criteria: no clause break, though a decimal point ("ZP <1.5 x ULN") may be there
CRITERIA_CHAR = r"(?:[^.;:()]|\.(?=\d))"
# a response defined by its criteria, up to a criterion: "a composite response of ZP <2 x ULN, | ≥30% decrease in ZP"
# (a later criterion: "the primary endpoint of | at least a 50% reduction in X" is that measure)
DEFINED_BEFORE = re.compile(r"\b(?:response|remission|endpoint)\s(?:\([^()]{1,20}\)\s)?(?:of|defined\sas)\s" + CRITERIA_CHAR
                            + r"{1,100}?(?:,\s|\sand\s)(?:an?\s)?$", re.I)


def threshold(text: str, found: list[Mention]) -> list[Mention]:
    """A responder threshold on a measure, labelled as written from the threshold to the measure's end.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("In all, 41% had at least a 50% reduction in monthly zeta days.")]
    ['at least a 50% reduction in monthly zeta days']
    >>> [m.label for m in find_measures("XY-123 gave a 50% reduction in monthly zeta days.")]
    []
    >>> [m.label for m in find_measures("In all, 36% had at least a two-point improvement in the ZGA score.")]
    ['at least a two-point improvement in the ZGA score']
    >>> [m.label for m in find_measures("In all, 40% had a composite response of ZP <2.5 x ULN and a ≥20% decrease in ZP.")]
    ['composite response']
    """
    out = []
    for hit in THRESHOLD.finditer(text):
        if any(m.start <= hit.start() < m.end for m in found):
            continue                   # weight's own threshold, read before
        if DEFINED_BEFORE.search(text, max(0, hit.start() - 120), hit.start()):
            continue                   # a criterion of a response the sentence defines, not a measure of its own
        known = next((m for m in found if m.start == hit.end()), None)
        end = known.end if known else phrase_end(text, hit.end(), 6)
        if end > hit.end():
            out.append(mention(text, hit.start(), end, text[hit.start():end]))
    return out


# a responder threshold written after the measure: "an increase of zeta score of more than 4 points", "a
# reduction in zeta days of at least 50%" (what a share of patients had)
# (in the plural too, its name in capitals, at or above the threshold: "reductions in ZbA1c of greater than or equal to
# 0.7%")
THRESHOLD_AFTER = rx.compile(r"""(?=[acdfir])\b(?:increase|reduction|improvement|decrease|decline|drop|rise)s?\s(?:""" + cues.FROM_BASELINE + r"""\s)?
    (?:in|of)\s(?:the\s)?[A-Za-z][\w-]*+(?:\s[a-z][\w-]*+){0,3}?\s(?:of\s)?(?:more\sthan|at\sleast|greater\sthan(?:\sor\sequal\sto)?|≥|>)\s?
    \d{1,4}(?:\.\d{1,2})?\s?(?:%|percent|points?|[a-zA-Z]{1,5}(?:/[a-zA-Z]{1,5})?(?:\sper\s[a-z]{3,10})?)(?![\w/])""", re.I | re.X)
# a share of patients before it: "47%, 31% and 9% of the participants ... had | an increase of ..."
SHARE_HAD = rx.compile(r"%[^.;]{0,160}\b(?:had|achieved|showed|experienced|reached)\s(?:an?\s)?$", re.I)
# ... or after it: "| were achieved by 80% of ..."
HAD_BY_SHARE = re.compile(r"\s(?:was|were)\s(?:achieved|attained|reached|seen|observed)\s(?:by|in)\s\d{1,3}(?:\.\d{1,2})?\s?%")


def threshold_after(text: str, found: list[Mention]) -> list[Mention]:
    """A responder threshold written after the measure's name, where a share of patients had it: labelled as written.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("In all, 44% of patients had an increase of zeta score of more than 4 points.")]
    ['increase of zeta score of more than 4 points']
    >>> [m.label for m in find_measures("Reductions in ZbA1c of at least 0.7% were achieved by 80% of XY-1 adults.")]
    ['reductions in ZbA1c of at least 0.7%']
    """
    out = []
    for hit in THRESHOLD_AFTER.finditer(text):
        if SHARE_HAD.search(text, max(0, hit.start() - 200), hit.start()) or HAD_BY_SHARE.match(text, hit.end()):
            label = hit.group()[:1].lower() + hit.group()[1:]      # (the noun starts a sentence: "Reductions in ...")
            out.append(mention(text, hit.start(), hit.end(), label))
    return out


