"""Measures named by an open phrase, whatever its words, where the sentence's layout says it is one: the quantity a
sentence gives a number per arm for, a share that achieved a state, the items of a role's list or of a result verb's
list with their p-values, cases and deaths counted per arm, thresholds. :func:`kg.text.measures.find_measures` calls
them after the named shapes (:mod:`kg.text.measure_shapes`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Mention
from kg.text import cues
from kg.text import prefilter as rx
from kg.text.measure_list import KIND, QUANTITY, SOURCE, mention
from kg.text.measure_shapes import (AGAINST_ARM, COMPARATIVE, COMPARED_PREDICATE, DEGREE, GENERIC_RESULT_WORDS, NOT_A_MEASURE, STOP, inner,
                                   per_arm_after, phrase_end, written)
from kg.text.effects import FALLING_NOUN, RISING_NOUN
from kg.text.result_subject import DESCRIPTIVE

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

# a responder threshold on any measure: "at least a 50% reduction in monthly zeta days", "a >=75% improvement in
# the ABC index", "30% or greater decrease from baseline in pain" (weight's own: WEIGHT_THRESHOLD)
# (or in points of a scale: "at least a two-point improvement in the ABC score", "a >=4-point reduction in X")
THRESHOLD = rx.compile(r"""(?=[ams≥>\d])(?:\bat\sleast\s(?:an?\s)?|\bmore\sthan\s(?:an?\s)?|≥\s?|>=\s?|\b(?=\d{1,3}\s?(?:%|percent|-percent)
    \sor\s(?:more|greater|higher)))(?:(?P<n>\d{1,3})\s?(?:%|percent|-percent)|(?P<p>\d{1,2}|one|two|three|four|five|six|seven|eight
    |nine|ten)[\s-]points?)(?:\sor\s(?:more|greater|higher))?\s
    (?:reduction|decrease|improvement|increase|drop|decline|fall)\s(?:from\sbaseline\s)?(?:in|of)\s(?:the\s)?""", re.I | re.X)


# what a share of patients achieved, which is the measure whatever its words: "37% of XY-treated patients achieved ZME
# at week 10 compared to 13% ...", "more patients on XY attained sustained ZV clearance (52% vs 18%)"
# (or the share itself: "18.5% of patients compared to 5.5% | achieved zeta freedom")
ACHIEVED = rx.compile(r"""(?=[acehimopstw%])(?:\b(?:patients|participants|subjects|people|adults|children|women|men|infants|
    individuals|those)|(?<=\d)\s?%)\s(?:who\s)?(?:also\s)?(?:achieved|attained|reached)\s(?:an?\s|the\s)?""", re.I | re.X)
# a cut-off right after a phrase: "of 0 or 1", "of ≥ 2", " ≤ 3"
CUT_OFF_AFTER = rx.compile(r"\s(?:of\s)?(?:[<>≤≥]|\d)")
# what no one achieves as an outcome: the trial's goals and their statistics
NOT_ACHIEVED = frozenset("""endpoint endpoints end point goal goals objective objectives significance statistical
    target targets criteria criterion enrolment enrollment plateau dose doses steady state""".split())


def achieved(text: str, found: list[Mention]) -> list[Mention]:
    """What a share of patients achieved, where the sentence sets it against another arm: the phrase as written.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("In all, 37% of patients achieved ZME at week 10, compared to 13% on placebo.")]
    ['ZME']
    >>> [m.label for m in find_measures("In all, 37% of patients reached the primary endpoint, compared to 13% on placebo.")]
    []
    """
    out = []
    for hit in ACHIEVED.finditer(text):
        end = open_phrase(text, hit.end(), 6)
        if end is None or inner(found, hit.end(), end) or not AGAINST_ARM.search(text, end) or CUT_OFF_AFTER.match(text, end):
            continue                   # (nor a value on a scale, "a ZAS value of 0 or 1": its cut-off is the measure's)
        out.append(mention(text, hit.end(), end, written(text[hit.end():end], first_word=False)))
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
CHANGE_NOUN_IN = rx.compile(r"(?=[cdir])\b(?:reduction|decrease|increase|improvement|change|decline)s?\s(?:from\sbaseline\s)?in\s(?:the\s)?",
                            re.I)
# (after the quantity, its window: "at week 12", "from baseline to Week 24"; and the verb, or "of" before the number:
# "XY achieved a mean reduction in X from baseline of 45%, compared to 30% for AB")
VALUE_VERB_AFTER = rx.compile(r"(?:\sfrom\sbaseline)?(?:\s(?:at|by|after|over|to)\s(?:week|month|day|year)s?\s\d{1,3}|\s(?:at|by|after|over)\s\d{1,3}\s"
                              r"(?:weeks|months|days|years))?\s(?:was\s|were\s|of\s(?=[-–]?\d))", re.I)


def changed_quantity(text: str, found: list[Mention]) -> list[Mention]:
    """The quantity a change is given for, arm by arm, whatever its words.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("The mean reduction in zeta phosphatase at 12 months was 39% with XY vs. 5% with placebo.")]
    ['zeta phosphatase']
    >>> [m.label for m in find_measures("The mean reduction in zeta phosphatase was notable.")]
    []
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
PERCENT_CHANGE_IN = rx.compile(r"(?=[\d])(?<![\w.])\d{1,3}(?:\.\d{1,2})?\s?(?:%|percent)\s(?:relative\s)?(?:reduction|decrease|increase|"
                               r"improvement|decline|drop|rise|lowering)\s(?:from\sbaseline\s)?in\s(?:the\s)?", re.I)
# the control a quantity is set against, right after it: "... | (when) compared with placebo", "... | versus the control"
AGAINST_CONTROL = re.compile(r"\s(?:(?:significantly|markedly)\s)?(?:(?:when\s)?compared\s(?:with|to)|versus|vs\.?|relative\sto|than|"
                             r"over)\s(?:the\s)?(?:placebo|vehicle|sham|control|controls|comparator|standard|usual)\b")
# (or a p-value in brackets right after it)
P_BRACKET_AFTER = re.compile(r"\s?\(\s?[Pp]\s?[<=≤]")


def percent_change_in(text: str, found: list[Mention]) -> list[Mention]:
    """What a change given in percent is in, where the change is set against the control, whatever its words.

    >>> [m.label for m in percent_change_in("XY-1 users saw a 25% reduction in zeta lesions when compared to placebo.", [])]
    ['zeta lesions']
    >>> percent_change_in("There was a 25% reduction in zeta lesions.", [])
    []
    """
    out = []
    for hit in PERCENT_CHANGE_IN.finditer(text):
        end = open_phrase(text, hit.end(), 4)
        if end is None or not (AGAINST_CONTROL.match(text, end) or P_BRACKET_AFTER.match(text, end)) \
                or any(f.start < end and hit.end() < f.end for f in found):
            continue
        out.append(Mention(text[hit.end():end], hit.end(), end, KIND, written(text[hit.end():end], first_word=False), (),
                           SOURCE, QUANTITY))
    return out


# a result that names what changed significantly, in a list: "XY led to significant reductions in | A, B, and C |
# compared with placebo", "statistically significant improvements in | A and B"
SIGNIFICANT_CHANGES_IN = rx.compile(rf"""(?=[s])\b(?:statistically\s)?significant(?:ly)?\s(?:(?:greater|larger|more)\s)?
    (?:{FALLING_NOUN}|{RISING_NOUN}|change)s?\s(?:from\sbaseline\s)?in\s""", re.I | re.X)
# where a change in one item ends against an arm, a comparison or a p-value: "a significant reduction in | zeta voids |
# in the XY group compared with placebo", "... (P = 0.01)" (a one-item change said of nothing is no result of the trial)
ONE_ITEM_END = re.compile(r"\s(?:(?:as\s)?compared|versus|vs\.?|than|relative|over\s(?:placebo|the)|in\s(?:the\s(?:[\w-]+\s)?(?:group|arm)))\b"
                          r"|\s?\(\s?(?:[Pp]\s?[<=≤]|[-–]?\d)")
# the statistics in brackets after a listed item ("(t = 2.7; P = 0.008)"), and a p-value among them
ITEM_STATISTICS = re.compile(r"\s?\((?=[^()]{0,40}\b[Pp]\s?[<=≤])[^()]{1,80}\)(?=[,;.]|\s(?:and|or)\b|$)")
P_WITHIN = re.compile(r"\b[Pp]\s?[<=≤]")
# where such a list ends: a comparison, the population, a bracket or the clause's end
CHANGES_END = rx.compile(r"[.;:()\[]|\s(?:was|were|as\scompared|for\sthe|at\s(?:T\d|baseline)|between|from|compared|versus|vs\.?|than|relative|over|among|when|while|at\s(?:week|month|day)|"
                         r"in\s(?:patients|participants|people|adults|children|those|the\s(?:[\w-]+\s)?(?:group|arm)))\b|,\s(?:which|with|as)\s")
ITEM_SPLIT = re.compile(r",\s(?:and\s|or\s)?|\s(?:and|or)\s")
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
    """
    out = []
    # (each item may carry its own statistics in brackets: "in A (t = 2.7; P = 0.008), B (...) and C (...)")
    masked = ITEM_STATISTICS.sub(lambda m: " " * len(m.group()), text) if "(" in text else text
    for hit in SIGNIFICANT_CHANGES_IN.finditer(text):
        items = changed_items(masked, hit.end(), text) if masked != text else []
        items = items or changed_items(text, hit.end(), text)
        out += [mention(text, a, b, written(text[a:b], first_word=False)) for a, b in items
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
        if not words or len(words) > 6 or words[0].lower() in NOT_ITEM_START or not words[0][0].isalpha():
            return []
        items.append((start, start + len(part.rstrip(" ,"))))
    bracketed = len(items) == 1 and end - items[0][1] > 1 and P_WITHIN.search(original, items[0][1], end)
    if len(items) >= 2 or (len(items) == 1 and (bracketed or stop is not None and ONE_ITEM_END.match(text, stop.start()))):
        return items
    return []


# where a sentence starts: its first characters, or after a structured abstract's heading ("MAIN RESULTS: The ...");
# a regex fragment
STARTS = r"(?:^\s{0,3}|^[A-Z][A-Z ]{2,30}:\s|^[A-Z][a-z]{2,15}(?:\s[a-z]{2,15})?:\s)"

# a quantity a sentence (or a clause after a comma) opens on and gives a number for, arm by arm: "The mean zeta attack
# rate was 2.9 in the XY group and 11.8 in the placebo group", "the zeta growth rate was 0.41 mm/year with XY, compared
# with 0.52 with sham", "zeta clearance was achieved in 51% of ... vs. 47% of ..." (its words up to the verb)
VALUED_SUBJECT = rx.compile(r"(?:" + STARTS + r"|,\s|(?<=\))\sand\s|(?<=[a-z0-9]):\s(?=[a-z]))(?:[Tt]he\s+)?(?i:(?:overall\s+)?(?:adjusted\s+|least[- ]squares\s+)?(?:mean|median|average)\s+"
                            # (the spread it is given with: "mean +/- SD", "mean (SD)")
                            r"(?:(?:\+/-|±)\s?SD\s+|\((?:\+/-\s?|±\s?)?SD\)\s+)?)?"
                            # (a short form after "of", "for", "in" or "with" among its words: "use of ZTCA")
                            # (a window it is counted over may open it: "7-day zeta rate")
                            r"(?P<x>(?:\d{1,3}-(?:day|week|month|year|hour)\s)?[A-Za-z][a-z][\w-]*+(?:\s(?:of|for|in|with)\s[A-Z]{2}[A-Za-z0-9]{0,6}(?![\w-])|\s[a-z][\w-]*+){0,8})"
                            # (a timepoint may stand before a comparing verb: "The zeta score | at day 60 | was lower in ...")
                            r"(?:\s(?:at|after|by)\s(?:(?:day|week|month|year)\s\d{1,3}|\d{1,3}\s(?:days|weeks|months|years))"
                            r"(?=\s(?:was|were)\s" + DEGREE + COMPARATIVE + r"\s))?"
                            # (or one arm's value with its arm: "The zeta time | with XY-1 (41 min) | was longer than that
                            # with placebo (27 min)")
                            r"(?:\s(?:with|in|among|for)\s[^.;()]{1,40}?\s\(\s?[-–]?\d[^()]{0,40}\)"
                            r"(?=\s(?:was|were)\s" + DEGREE + COMPARATIVE + r"\sthan\b))?"
                            # (or both arms' numbers in brackets before a comparing verb: "The mean zeta onset | (6 vs. 3
                            # min; P < 0.001) was slower in ...", the arms named after)
                            r"(?:\s\(\s?[-–]?\d[^()]{0,60}?\s(?:vs\.?|versus|v\.)\s[^()]{0,60}\)\s(?:was|were)\s" + DEGREE
                            + r"(?:" + cues.COMPARATIVES + r"|similar|comparable)\s"
                            r"|\s(?:was|were)\s"
                            r"(?:(?:(?:achieved|attained|reached|observed|seen|reported|present|detected|diagnosed|documented|recorded|noted)"
                            r"\s(?:in|by|among)\s|at\s)?(?:(?:about|approximately)\s)?[-–]?\d"
                            # "... was (significantly) lower in the XY group (12% vs 25%": compared, then numbered
                            r"|" + DEGREE + COMPARATIVE + r"\s"
                            # (or a p-value alone: "... was lower in the XY group (P < 0.05)")
                            # (past each arm's size: "higher with XY-1 (n = 30) than placebo (n = 28) (40% vs 11%")
                            r"(?:(?:in|with|among|for|than)\s(?:[^.;()]|\([Nn]\s?=\s?\d{1,6}\)){1,60})?\(\s?(?:[-–]?\d|[Pp]\s?[<=≤])"
                            # "... was not significantly different between the XY arm (86%) and ...", "... were similar for"
                            r"|(?:not\s(?:(?:significantly|statistically)\s)?different|similar|comparable)\s(?:between|for|in|among)\s"
                            # (or its numbers after "at", given in the arms' order: "... similar between the A and B groups,
                            # at 14% and 9%, respectively")
                            r"[^.;()]{1,60}(?:\(\s?[-–]?\d|,\sat\s[-–]?\d)"
                            # (or significance in words, one arm set against the other: "... was significantly lower with
                            # XY-1 than with placebo")
                            r"|(?:also\s)?(?:statistically\s)?significantly\s" + COMPARATIVE + r"\s(?:in|with|among|for|after)\s[^.;()]{1,60}?\sthan\s))")


INCIDENCE_OF = re.compile(r"^incidence\sof\s", re.I)
# one arm named after a comparative, then the p-value of the comparison: "... was higher | in the XY group (P = .04)"
# (the other arm is implied; a baseline trait compared so, "mean age was higher in ...", is no outcome: DESCRIPTIVE)
ONE_ARM_P = re.compile(r"(?:in|with|among|for)\s[^.;()]{1,60}?\s?\(\s?[Pp]\s?[<=≤]")
LONG_SUBJECT_JOINED = re.compile(r"\s(?:and|or|including)\s")


def valued_subject(text: str, found: list[Mention]) -> list[Mention]:
    """The quantity a sentence opens on and gives a number for in each arm, whatever its words.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("The mean zeta attack rate was 2.9 in the XY-1 group and 11.8 in the placebo group.")]
    ['zeta attack rate']
    >>> [m.label for m in find_measures("The zeta attack rate was 2.9 in June.")]
    []
    >>> [m.label for m in find_measures("The rate of zeta relapse was lower in the XY-1 group (12% vs 25%, P = 0.02).")]
    ['rate of zeta relapse']
    >>> [m.label for m in find_measures("The zeta score at day 60 was lower in the XY-1 group (0.52 vs. 1.04, P = 0.031).")]
    ['zeta score']
    >>> [m.label for m in find_measures("The zeta cure rate was not significantly different between the XY-1 arm (86%) "
    ...                                 "and the placebo arm (88%).")]
    ['zeta cure rate']
    >>> [m.label for m in find_measures("Zeta failure rates were at 6 percent for XY-1 and 9 percent for AB-2.")]
    ['zeta failure rates']
    """
    out = []
    for head in VALUED_SUBJECT.finditer(text):
        a, b = head.span("x")
        compared = COMPARED_PREDICATE.match(text, b)
        # (an event's incidence said lower in one arm than another is the trial's outcome; one given per arm with no
        # comparison is a harm's count: "Incidence of zeta rash was 1.2% for XY and for placebo")
        subject = INCIDENCE_OF.sub("", head.group("x")) if compared else head.group("x")
        one_arm = compared is not None and ONE_ARM_P.match(text, compared.end()) and not DESCRIPTIVE.search(subject)
        if any(f.start < b and a < f.end for f in found) or not (per_arm_after(text, b) or one_arm) \
                or names_no_quantity(subject) or (subject.count(" ") > 5 and LONG_SUBJECT_JOINED.search(subject)):
            continue             # (a long subject that joins two: "the rescue dose count and the total zeta use were ...")
        found_here = mention(text, a, b, written(head.group("x")))
        if compared:
            # ("Weight gain was significantly greater in the XY group (3.4 vs 0.6 kg": the quantity compared wins over
            # the same words as a symptom's name)
            found_here = replace(found_here, attrs=QUANTITY)
        out.append(found_here)
    return out


# a quantity a sentence says did not differ between the groups, with or without numbers: "Zeta gain did not differ
# between groups (P = 0.41)", "Zeta function was not significantly different between XY and placebo", "There was no
# significant difference in zeta satisfaction between the groups", "... and no difference in zeta intensity (..."
NO_DIFFERENCE = rx.compile(r"""(?:(?:""" + STARTS + r"""|,\s|;\s)(?:[Tt]he\s+)?(?i:(?:mean|median|average)\s+)?
    (?P<x>[A-Za-z][a-z][\w-]*+(?:\s[a-z][\w-]*+){0,4})\s(?:did\snot\s(?:significantly\s)?differ|(?:was|were)\snot\s
    (?:(?:significantly|statistically)\s){0,2}different)\s(?:between|among|across)\s
    |(?:\b[Tt]here\s(?:was|were)\s|,?\sand\s|(?:""" + STARTS + r"""|,\s)(?:However,?\s)?)[Nn]o\s(?:(?:statistically\s)?significant\s)?differences?\s
    (?:(?:was|were)\s(?:found|observed|seen|noted|detected)\s)?(?:between\s(?:the\s)?(?:(?:two|three|both)\s)?
    (?:treatment\s)?(?:groups|arms)\s)?in\s(?:the\s)?(?:(?:mean|median)\s)?(?P<y>[a-z][\w-]*+(?:\s[a-z][\w-]*+){0,4}?)
    (?=\s(?:between|among|across|at|after|during)\b|\s?\(|\s?[,.;]|$))""", re.X)
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
    """
    out = []
    for head in NO_DIFFERENCE.finditer(text):
        group = "x" if head.group("x") else "y"
        a, b = head.span(group)
        words = head.group(group).split()
        if MAKE_UP.search(head.group(group)) or words[0].lower() in ("and", "or", "but") or "or" in words \
                or names_no_quantity(head.group(group)):
            continue
        known = next((f for f in found if f.start < b and a < f.end), None)
        if known is None:
            out.append(mention(text, a, b, written(head.group(group))))
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


def names_no_quantity(subject: str) -> bool:
    """Does a clause's subject name no quantity of its own: a clause's words, a group, a generic word, one that points
    back ("the data", "their decline")?

    >>> names_no_quantity("zeta attack rate"), names_no_quantity("the placebo group"), names_no_quantity("rates")
    (False, True, True)
    """
    words = subject.lower().split()
    return words[0] in cues.NOT_MEASURE_START or any(w in CLAUSE_WORDS or (w in STOP and w != "per") or w in TWO_GROUP_WORDS
                                                      or w in STATISTIC_WORDS for w in words) \
        or subject.lower() in NOT_A_MEASURE or (len(words) == 1 and words[0] in GENERIC_SUBJECTS)


# words of a statistic computed over the results, not a quantity measured ("the correlation coefficients for ...")
STATISTIC_WORDS = frozenset("correlation correlations coefficient coefficients".split())
# words of a subject that names people or a group, not a quantity ("the placebo group was 12% ..."), or points back at
# one named before ("their mean age", "the figures were ...", "decline was 29% slower")
TWO_GROUP_WORDS = frozenset("""group groups arm arms patients participants subjects people adults children difference their its
    his her our this these those each both such figures data findings decline reduction improvement change increase
    decrease worsening progression there corresponding incidence adverse""".split())


# the event a sentence counts per arm: "55 of the 64 cases of | zeta fever | occurred in the placebo group", with a
# qualifier of how severe it was kept ("cases of zeta fever | with 3 or more symptoms")
CASES_OF = rx.compile(r"(?=[c])\bcases\s+of\s+(?:the\s+)?", re.I)
SEVERITY_AFTER = rx.compile(r"(?<!\s)\s++with\s++(?:\d{1,2}|one|two|three|four|five)\s++or\s++more\s++[a-z][\w-]{2,20}")


# measures listed after a result verb, each with its own p-value: "XY reduced | A (p < 0.001), B (p = 0.03) and C (p = 0.004)"
RESULT_VERB = rx.compile(r"(?=[adeilprs])\b(?:reduced|improved|lowered|increased|decreased|delayed|slowed|prevented|prolonged|"
                         r"lengthened|extended|achieved|demonstrated|showed)\s")
# what patients had, set against the control like a result verb's object: "experienced | a lower zeta rate versus placebo ("
EXPERIENCED = rx.compile(r"(?=[e])\bexperienced\s")
# what one arm had more or less of, set against the control like a result verb's object: "XY-1 had lower | zeta loss
# compared with placebo ("
HAD_COMPARED = rx.compile(r"(?=[h])\bhad\s(?:an?\s)?" + DEGREE + cues.COMPARATIVES + r"\s")
# (the bracket may give the arms' numbers before the p-value: "zeta scarring (31% vs 29%; P = .64)", or it may be the
# item's own between-arm estimate: "zeta stones (RR 0.8; 95% CI 0.5-1.4)", "(relative risk [RR] 2.1; ...)")
ESTIMATE_OPEN = (r"(?:adjusted\s)?(?:relative\srisk|risk\sratio|hazard\sratio|odds\sratio|rate\sratio|incidence\srate\sratio"
                 r"|(?:a|adj)?(?:RR|HR|OR|IRR))\b(?:\s?\[[A-Za-z]{2,4}\])?[\s,:=]{0,3}[0-9·.]")
P_ITEM = re.compile(r"(?<![\w'’/-])(?:the\s)?(?P<x>[A-Za-z][\w'’/-]*+(?:\s[A-Za-z0-9][\w'’/-]*+){0,7}?)\s?"
                    r"\(\s?(?:(?:[^()]{0,60}?[;,]\s?)?[pP]\s?[<=≤>][^()]{0,30}|(?P<effect>" + ESTIMATE_OPEN + r")[^()]{0,80})\)")
P_ITEM_JOIN = re.compile(r",\s(?:and\s|or\s)?|\s(?:and|or)\s")
# what opens such a list besides a result verb: "There were no differences in | the ...", "an increased risk for | ..."
DIFFERENCES_IN = rx.compile(r"(?=[d])\bdifferences?\s(?:between\s(?:the\s)?(?:groups|arms)\s|(?:was|were)\s(?:found|observed|seen|"
                            r"noted|detected)\s)?in\s(?:the\s)?", re.I)
RISK_FOR = rx.compile(r"(?=[r])\brisks?\s(?:of|for)\s(?:an?\s|the\s|any\s)?", re.I)
# the estimate's own words, no measure's name: "associated with reduced | odds (OR = 0.67; ...)"
ESTIMATE_WORDS = frozenset("odds risk risks hazard hazards likelihood chance chances".split())


def p_listed(text: str, found: list[Mention]) -> list[Mention]:
    """The items of a list of two or more measures a result verb governs, each followed by its own p-value, whatever
    their words.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("XY-1 reduced zeta flares (p < 0.001), zeta scarring (p = 0.02), and the zeta "
    ...                                 "index (P=0.004).")]
    ['zeta flares', 'zeta scarring', 'zeta index']
    """
    out = []
    for verb in [*RESULT_VERB.finditer(text), *DIFFERENCES_IN.finditer(text), *RISK_FOR.finditer(text)]:
        items, pos = [], verb.end()
        while (item := P_ITEM.match(text, pos)) is not None:
            items.append(item)
            join = P_ITEM_JOIN.match(text, item.end())
            if join is None:
                break
            pos = join.end()
        named = [item for item in items if is_item_measure(item.group("x")) and not RISK_FOR.match(text, item.start("x"))
                 and item.group("x").lower() not in ESTIMATE_WORDS]
        if len(named) < 2 and not (named and named[0].group("effect")):
            continue                    # one item alone, or a clause ("improved it (p = 0.01), and was safe (...)"),
            #                             unless its bracket is its own estimate ("the risk of stroke (HR 0.7; ...)")
        out += [replace(mention(text, *item.span("x"), written(item.group("x"))), attrs=QUANTITY if item.group("effect") else "")
                for item in named if not any(f.start < item.end("x") and item.start("x") < f.end for f in found)]
    return out           # (an item with its own estimate is an outcome even where it names a disease: QUANTITY wins)


# the quantity a result verb says the drug moved against the control, the numbers following: "XY significantly reduced |
# the zeta attack rate | compared with placebo (1.2 vs 3.4 ...)", "XY improved | zeta clearance | versus vehicle (..."
VERB_OBJECT = re.compile(r"(?<![\w'’/-])(?:(?:an?\s)?(?:statistically\s)?significant\s|(?:an?\s)?clinically\s(?:meaningful|significant)\s)?"
                         r"(?:the\s|its\s|their\s)?(?P<x>[A-Za-z][\w'’/-]*+(?:\s[A-Za-z0-9][\w'’/-]*+){0,5}?)\s"
                         r"(?:(?:significantly\s|markedly\s)?(?:compared\s(?:with|to)|versus|vs\.?|relative\sto|over)\s(?:the\s)?"
                         r"(?:placebo|vehicle|sham|control|controls|comparator)\b[^.;]{0,12}?\(\s?(?:[-–]?\d|[pP]\s?[=<>≤])"
                         r"|\((?=[^()]{0,40}\b(?:vs\.?|versus)\s[-–]?\d))")
# an arm as the subject of "had": "the XY group | had", "XY-1 | had"
ARM_BEFORE_HAD = re.compile(r"(?:\b(?:group|arm)|(?<![\w-])(?!(?:Patients|Participants|Subjects|Children|Women|Men|Adults|Those|They)\b)"
                            r"[A-Z][\w-]{1,30})\s$")
# a group as the subject of "had": "the XY | group | had"
GROUP_BEFORE_HAD = re.compile(r"\b(?:group|arm)\s$")
# what a group had more or less of than another group, both groups' numbers in brackets after: "had a faster | zeta
# onset | than the B group (6 vs. 9 min"
THAN_GROUP_PAIR = re.compile(r"(?<![\w'’/-])(?P<x>[A-Za-z][\w'’/-]*+(?:\s(?!than\b)[A-Za-z0-9][\w'’/-]*+){0,5}?)\sthan\s(?:in\s|with\s|among\s)?"
                             r"(?:the\s|those\s)?[^.;()]{1,40}?\b(?:group|arm)s?\s?\((?=[^()]{0,40}\b(?:vs\.?|versus)\s[-–]?\d)")
# a quantity given its value, then set against another arm's: "lower | zeta loss | of 1.2 mL compared with"
VALUE_OF_AGAINST = re.compile(r"(?<![\w'’/-])(?:the\s)?(?P<x>[a-z][\w'’/-]*+(?:\s[a-z][\w'’/-]*+){0,5}?)\sof\s[-–]?\d(?:[^.;()]|(?<=\d)\.(?=\d)){0,40}?"
                              r"\s(?:compared\s(?:with|to)|versus|vs\.?|than)\s")
# what a result verb also governs that is no measure: "reduced the dose", "the need for", "its use"
NOT_OBJECTS = frozenset("dose doses dosage dosing need use number".split())


def verb_object(text: str, found: list[Mention]) -> list[Mention]:
    """The quantity a result verb governs, set against the control and numbered after, whatever its words.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("XY-1 significantly reduced the zeta attack rate compared with placebo (1.2 vs 3.4).")]
    ['zeta attack rate']
    >>> [m.label for m in find_measures("XY-1 reduced the dose compared with placebo (1.2 vs 3.4).")]
    []
    >>> [m.label for m in find_measures("XY-1 had lower zeta loss compared with placebo (11.0 vs. 14.5 g; P = .02).")]
    ['zeta loss']
    >>> [m.label for m in find_measures("The XY group had lower zeta loss of 9.4 mL compared with 12.6 mL (P = .02).")]
    ['zeta loss']
    """
    out = []
    for verb in [*RESULT_VERB.finditer(text), *EXPERIENCED.finditer(text), *HAD_COMPARED.finditer(text)]:
        hit = VERB_OBJECT.match(text, verb.end())
        if verb.group().startswith("had"):
            if hit is None and ARM_BEFORE_HAD.search(text, max(0, verb.start() - 40), verb.start()):
                hit = VALUE_OF_AGAINST.match(text, verb.end()) or (    # "the XY group had lower X of 11 mL compared with"
                    THAN_GROUP_PAIR.match(text, verb.end()) if GROUP_BEFORE_HAD.search(text, 0, verb.start()) else None)
                #                                                   ("the A group had a faster X than the B group (6 vs.")
            elif hit is not None and not AGAINST_CONTROL.match(text, hit.end("x")) and not (
                    GROUP_BEFORE_HAD.search(text, max(0, verb.start() - 8), verb.start()) and hit.group().endswith("(")):
                continue       # (who "had" more must be an arm set against the control: "People with high X had
                #                longer Y (6.8 versus 4.0)" compares two kinds of people; or a group, the pair after:
                #                "the XY group had fewer Y (4 vs. 11)")
        if hit is None or not is_item_measure(hit.group("x")) or NOT_OBJECTS.intersection(hit.group("x").lower().split()) \
                or hit.group("x").lower() in GENERIC_RESULT_WORDS \
                or any(f.start < hit.end("x") and hit.start("x") < f.end for f in found):
            continue
        out.append(mention(text, *hit.span("x"), written(hit.group("x"))))
    return out


# what a treatment named as a clause's subject moved, said in words with no number: "XY-1 therapy raised both |
# zeta flow | and | zeta tone", "Compared to placebo, XY-1 lowered | zeta latency | and raised | zeta sleep"
# (the past tense of a result: "XY-1 reduces zeta" is a claim about the drug, not a finding)
# (a drug's lower-case name is the subject only after the control it is set against: "Compared with placebo, zetamab
# lowered ...")
TREATMENT_MOVED = rx.compile(r"""(?:(?:""" + STARTS + r"""|;\s)(?:[A-Z][\w()-]{2,30}|[Tt]he\s[\w-]{2,30}\sgroup)
    |""" + STARTS + r"""Compared\s(?:with|to)\s[^,;]{1,40},\s(?:[A-Za-z][\w()-]{2,30}|[Tt]he\s[\w-]{2,30}\sgroup))(?:\s(?:treatment|therapy|pretreatment|infusion|administration))?
    \s(?:also\s)?(?:significantly\s)?(?:increased|decreased|reduced|lowered|raised|shortened|prolonged|attenuated|enhanced)
    \s(?:both\s)?""", re.X)
MOVED_ITEM = re.compile(r"(?:the\s)?(?!(?:the|an?|its|their)\s)(?P<x>[a-z][\w'’/-]*+(?:\s(?!and\b|or\b|in\b|with\b|than\b|compared\b|versus\b|vs\b|by\b|at\b|after\b|"
                        r"during\b|from\b|significantly\b|approximately\b|about\b)[A-Za-z][\w'’/-]*+){0,5})(?=[\s,.;(]|$)")
# an item that ends on a participle shares the next one's head: "the area of heat-evoked | and cold-evoked zeta pain"
SHARED_MODIFIER = re.compile(r"(?:ed|-induced|-related|-dependent)$")
MOVED_JOIN = re.compile(r",?\s(?:and|or)\s(?:(?:significantly\s)?(?:increased|decreased|reduced|lowered|raised|shortened|prolonged)\s)?"
                        r"(?:the\s)?|,\s")
MOVED_END = re.compile(r"\s?(?:[.;(]|$|,\s(?:but|whereas|while|although)\b|\s(?:significantly|in|with|compared|versus|vs|than|after|"
                       r"during|at|from|as)\b)")


def treatment_moved(text: str, found: list[Mention]) -> list[Mention]:
    """The quantities a treatment named as the clause's subject moved, said with a past-tense verb and no number
    ("XY-1 decreased zeta latency and increased zeta sleep"), whatever their words; a number after an item ("reduced
    zeta rate 31%", "by 20%") is a change other readers take, and its item stays theirs.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("Compared to placebo, XY-1 lowered zeta latency and raised zeta sleep time.")]
    ['zeta latency', 'zeta sleep time']
    >>> [m.label for m in find_measures("XY-1 therapy raised both zeta flow and zeta tone of the resting muscle.")]
    ['zeta flow', 'zeta tone of the resting muscle']
    >>> find_measures("XY-1 reduces zeta levels in the blood.")
    []
    """
    out = []
    for verb in TREATMENT_MOVED.finditer(text):
        pos, items = verb.end(), []
        while (item := MOVED_ITEM.match(text, pos)) is not None:
            end = MOVED_END.match(text, item.end())
            join = MOVED_JOIN.match(text, item.end())
            if end is None and join is None:
                items = []              # (what follows is no list's join nor its end: "reduced zeta rate 31%")
                break
            items.append(item)
            if join is None:
                break
            pos = join.end()
        if any(SHARED_MODIFIER.search(item.group("x")) for item in items[:-1]) or any(
                " of " in a.group("x") and " " not in b.group("x") for a, b in zip(items, items[1:])):
            continue                    # (nor one noun after "X of Y and": "intake of zetas and betas")
        for item in items:
            phrase = item.group("x")
            if not is_item_measure(phrase) or phrase.lower() in GENERIC_RESULT_WORDS or phrase.lower() in ESTIMATE_WORDS \
                    or NOT_OBJECTS.intersection(phrase.lower().split()) \
                    or any(f.start < item.end("x") and item.start("x") < f.end for f in found):
                continue
            out.append(replace(mention(text, *item.span("x"), written(phrase)), attrs=QUANTITY))
    return out


def is_item_measure(phrase: str) -> bool:
    """Can a list item's words name a measure (not a clause, a pronoun or a word for the trial's parts)?"""
    words = phrase.lower().split()
    return not (words[0] in cues.NOT_MEASURE_START or any(w in STOP or w in CLAUSE_WORDS for w in words)
                or phrase.lower() in NOT_A_MEASURE or (len(words) == 1 and words[0] in GENERIC_SUBJECTS))


# deaths counted in each arm: "9 | deaths | in the placebo group and 1 death in the XY group"
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


# a plural role phrase that lists its measures: "Secondary end points, tested in order, were A, B, C and D",
# "Key secondary outcomes included: A, B and C"
# (or, at a sentence's start, a list with no role: "Outcome measures were A, B and C", "OUTCOME MEASURES: ...")
ROLE_LIST_HEAD = rx.compile(r"""(?=[cekmpsot])(?:\b(?:co-?primary|primary|key\s+secondary|secondary|exploratory|main)\s+
    (?:efficacy\s+)?|^\s{0,3}(?:the\s+)?)(?:end[\s-]?points|outcomes|outcome\s+measures|measures|outcome\s+measure\(s\))(?![\w(])(?:,[^,;]{1,60},)?(?:\s*+:\s++|\s++(?:were|included|include|are)
    (?::\s*+|\s++)|,\s++including\s++)""", re.I | re.X)
# where the list ends: the clause's end, or the verb its items are the subject of ("A, B, and C, did not differ")
LIST_END = rx.compile(r";|\.(?:\s|$)|,\s(?:did|were|was|are|had|showed|all|both)\b")
LIST_ITEM_SPLIT = rx.compile(r",\s++(?:and\s++|or\s++)?")
# where an item's name ends: a timepoint, a population, a bracket
ITEM_CUT = rx.compile(r"""\s(?:at|by|through|over|after|during|between|from\sbaseline\sto|in\s(?:patients|participants|those|the\s
    (?:\w+\s)?(?:group|arm|population)))\b|\s?\(""", re.I | re.X)
ITEM_WORDS = re.compile(r"[A-Za-z][\w'’/-]*(?:\s[A-Za-z0-9][\w'’/-]*){0,7}")
ITEM_ARTICLE = re.compile(r"(?:the|an?)\s++", re.I)
NOT_ITEMS = frozenset("safety tolerability efficacy pharmacokinetics others".split())
HEAD_AFTER_SHORT_FORM = re.compile(r"\([A-Z][\w-]{1,10}\)\s[a-z]")


def role_list(text: str, found: list[Mention]) -> list[Mention]:
    """Each item of the list a plural role phrase gives, whatever its words, where the list has three or more items
    (its measures the list knows keep their own names).

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("Secondary end points were zeta improvement, the Acme risk score at week 24, "
    ...                                 "and time to zeta worsening.")]
    ['zeta improvement', 'Acme risk score', 'time to zeta worsening']
    >>> [m.label for m in find_measures("Other secondary measures, including zeta improvement, Acme class, and zeta "
    ...                                 "signs, did not differ between the groups.")]
    ['zeta improvement', 'Acme class', 'zeta signs']
    """
    out = []
    for head in ROLE_LIST_HEAD.finditer(text):
        stop = LIST_END.search(text, head.end())
        region_end = stop.start() if stop else len(text)
        items, pos, serial = [], head.end(), False
        for cut in LIST_ITEM_SPLIT.finditer(text, head.end(), region_end):
            items.append((pos, cut.start()))
            pos, serial = cut.end(), cut.group().strip() != ","
        items.append((pos, region_end))
        if text[pos:region_end].strip(" .;").lower() == "respectively":
            items.pop()                     # ("... A and B, respectively": the word is no item)
        if len(items) >= 2 and not serial and " and " in text[items[-1][0]:items[-1][1]]:
            a, b = items[-1]                # "A, B and C" without a serial comma: the last two are two items
            k = text.index(" and ", a, b)
            items[-1:] = [(a, k), (k + 5, b)]
        if len(items) < 3 or HEAD_AFTER_SHORT_FORM.search(text, *items[-1]):
            continue                        # two measures with "and" may be one ("frequency and severity of X"); the
            #                                 items share a head after the last one's short form ("A (AX), B (BX) and
            #                                 C (CX) zeta scores"): no item is a name alone
        names = [item_name(text, a, b) for a, b in items]
        known = [any(f.start < b and a < f.end for f in found) for a, b in items]
        if not all(k or n for n, k in zip(names, known)):
            continue                        # an item that is no measure's name: no list of measures ("..., the latter
            #                                 assessed by blinded, independent review")
        for n, ((a, _), name, k) in enumerate(zip(items, names, known)):
            if name and not k:
                start = text.index(name, a)
                head = shared_head(name, text[items[n + 1][0]:items[n + 1][1]] if n + 1 < len(items) else "")
                out.append(mention(text, start, start + len(name),
                                   written(CHANGES_IN.sub("", name), first_word=False) + head))
    return out


# the noun two coordinated names share when the first gives only its adjective: "event-free | and overall survival"
FREE_ADJECTIVE = re.compile(r"(?<![A-Za-z-])[A-Za-z]+(?:-[A-Za-z]+)?-free")
SHARED_HEAD = re.compile(r"\s(?:survival|rates?)$")


def shared_head(name: str, following: str) -> str:
    """The head noun ``name`` (an adjective such as "event-free") borrows from the item after it, with its space; "".

    >>> shared_head("event-free", "overall survival"), shared_head("fatigue", "overall survival")
    (' survival', '')
    """
    head = SHARED_HEAD.search(following.strip()) if FREE_ADJECTIVE.fullmatch(name) else None
    return head.group() if head else ""


# the words before a quantity whose change an item names: "changes in the | X"
CHANGES_IN = re.compile(r"^changes?\s(?:from\sbaseline\s)?in\s(?:the\s)?", re.I)
TIME_WORDS = frozenset("week weeks month months day days year years baseline visit".split())
# words that make an item a clause, not a name: verbs, auxiliaries, relative pronouns ("the latter assessed by ...")
CLAUSE_WORDS = frozenset("""was were is are be been being had has have did does do will would can could may might must
    assessed measured defined analysed analyzed tested evaluated using occurred reached achieved showed met remained
    favored favoured demonstrated appeared which who whom whose that when where while""".split())


def item_name(text: str, a: int, b: int) -> str | None:
    """The name an item of a list of measures gives, up to a timepoint, population or bracket; None when the item is
    no measure's name (a timepoint, a clause with a verb, a generic word, a piece of a word where a text is cut short:
    "..., cardiovascular death, a c").

    >>> item_name("time to HFH, a c", 13, 16), item_name("time to HFH, a QT", 13, 17)
    (None, 'QT')
    """
    cut = ITEM_CUT.search(text, a, b)
    end = cut.start() if cut else b
    article = ITEM_ARTICLE.match(text, a, end)
    name = text[article.end() if article else a:end].strip()
    words = name.lower().split()
    if not ITEM_WORDS.fullmatch(name) or not words or words[0] in cues.NOT_MEASURE_START or words[0] in TIME_WORDS \
            or (len(words) == 1 and len(name) < 3 and not name.isupper()) \
            or any(w in CLAUSE_WORDS for w in name.split()) or name.lower() in NOT_ITEMS or name.lower() in NOT_A_MEASURE:
        return None
    return name


# a quantity that a sentence says changed, arm by arm: "At 12 weeks, zeta voids decreased by a mean of 2.3 per day for
# XY-123 vs 1.1 for placebo" (the subject before the verb, after an opening timepoint)
CHANGED_BY = rx.compile(r"(?=[dfirw])\b(?:decreased|increased|fell|rose|declined|dropped|improved"
                        # (or said in the passive: "was (significantly) reduced by")
                        r"|(?:was|were)\s+(?:(?:significantly|markedly|substantially)\s+)?(?:reduced|lowered|decreased|increased)"
                        r")(?:\s+from\s+baseline)?\s+by\b", re.I)
SUBJECT_BEFORE = rx.compile(r"(?:^|,\s|^(?:At|After|By|Over|Through)\s(?:week\s\d{1,3}|\d{1,3}\s(?:weeks?|months?|days?|years?)),?\s"
                            rf"|^(?:Among|In)\s(?:[\w-]+\s){{0,3}}?{cues.PEOPLE},?\s)"
                            r"(?:[Tt]he\s+)?(?:(?i:mean|median|average)\s+"
                            r"(?:number\s+of\s+)?)?(?P<x>(?:[A-Z][A-Z0-9-]{1,9}\s(?=[a-z]))?[a-z][\w-]*+(?:\s[a-z][\w-]*+){0,3})"
                            r"(?:\s\([A-Z][A-Za-z0-9-]{1,9}\))?\s$")


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
    """
    head = SUBJECT_BEFORE.search(text, 0, verb.start())
    if head is None or not AGAINST_ARM.search(text, verb.end()) or any(f.start < verb.start() for f in found) \
            or CHANGED_BY.search(text, verb.end()):
        return []                      # (two changes in one sentence: the second's numbers would go to the first)
    words = head.group("x").split()
    if words[0] in cues.NOT_MEASURE_START or words[0] in STOP or any(w in CLAUSE_WORDS for w in words) \
            or head.group("x").lower() in NOT_A_MEASURE or (len(words) == 1 and words[0].lower() in GENERIC_SUBJECTS):
        return []                      # ("Scores fell by ...": the measure named before)
    return [mention(text, head.start("x"), head.end("x"), head.group("x"))]


def threshold(text: str, found: list[Mention]) -> list[Mention]:
    """A responder threshold on a measure, labelled as written from the threshold to the measure's end.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("In all, 41% had at least a 50% reduction in monthly zeta days.")]
    ['at least a 50% reduction in monthly zeta days']
    >>> [m.label for m in find_measures("XY-123 gave a 50% reduction in monthly zeta days.")]
    []
    >>> [m.label for m in find_measures("In all, 36% had at least a two-point improvement in the ZGA score.")]
    ['at least a two-point improvement in the ZGA score']
    """
    out = []
    for hit in THRESHOLD.finditer(text):
        if any(m.start <= hit.start() < m.end for m in found):
            continue                   # weight's own threshold, read before
        known = next((m for m in found if m.start == hit.end()), None)
        end = known.end if known else phrase_end(text, hit.end(), 6)
        if end > hit.end():
            out.append(mention(text, hit.start(), end, text[hit.start():end]))
    return out


# a responder threshold written after the measure: "an increase of zeta score of more than 4 points", "a
# reduction in zeta days of at least 50%" (what a share of patients had)
THRESHOLD_AFTER = rx.compile(r"""(?=[acdfir])\b(?:increase|reduction|improvement|decrease|decline|drop|rise)\s(?:from\sbaseline\s)?
    (?:in|of)\s(?:the\s)?[a-z][\w-]*+(?:\s[a-z][\w-]*+){0,3}?\s(?:of\s)?(?:more\sthan|at\sleast|greater\sthan|≥|>)\s?
    \d{1,4}(?:\.\d{1,2})?\s?(?:%|percent|points?|[a-zA-Z]{1,5}(?:/[a-zA-Z]{1,5})?(?:\sper\s[a-z]{3,10})?)(?![\w/])""", re.I | re.X)
# a share of patients before it: "47%, 31% and 9% of the participants ... had | an increase of ..."
SHARE_HAD = rx.compile(r"%[^.;]{0,160}\b(?:had|achieved|showed|experienced|reached)\s(?:an?\s)?$", re.I)


def threshold_after(text: str, found: list[Mention]) -> list[Mention]:
    """A responder threshold written after the measure's name, where a share of patients had it: labelled as written.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("In all, 44% of patients had an increase of zeta score of more than 4 points.")]
    ['increase of zeta score of more than 4 points']
    """
    out = []
    for hit in THRESHOLD_AFTER.finditer(text):
        if SHARE_HAD.search(text, max(0, hit.start() - 200), hit.start()):
            out.append(mention(text, hit.start(), hit.end(), hit.group()))
    return out


# a count or grade of a symptom, whatever the symptom: "heartburn severity", "weekly zeta frequency", "urgency
# episodes", "gout flares" (not a dose's or a treatment's: "dosing frequency", "infusion episodes")
SYMPTOM_MEASURE = rx.compile(r"""(?<![\w-])(?:(?:mean|median|average)\s)?(?P<x>(?:(?i:daily|weekly|monthly|nightly)\s)?
    (?!(?i:the|a|an|of|in|and|or|with|dose|dosing|injection|treatment|administration|visit|study|adverse|side|infusion
    |bleeding|event|events|disease|symptom|symptoms|its|their|mean|median|average|higher|lower|reduced|increased
    |versus|vs|for|than|compared|placebo|more|fewer|less)\s)
    (?:[A-Za-z][a-z][\w-]{1,19}|[A-Z]{2,6}(?![\w-]))(?:\s(?!(?:of|in|and|or|the|with|to|by|from|versus|vs|for|than|compared|placebo)\s)[a-z][\w-]{2,20}){0,2}
    \s(?:severity|frequency|episodes|attacks|flares))\b""", re.X)
# the other head a symptom's "X of" shares: "the | frequency | and severity of zeta flushes"
OTHER_HEAD_BEFORE = re.compile(r"\b(?P<h>[Ff]requency|[Ss]everity)\sand\s$")
# ... or its head first: "the frequency of | zeta flushes"
HEAD_OF_SYMPTOM = rx.compile(r"(?=[fsFS])\b(?:[Ff]requency|[Ss]everity)\sof\s(?!(?:the|a|an|dosing|doses?|administration|visits?|"
                             r"adverse|side|events?|treatment|injections?|infusions?)\b)(?=[a-z])")
SYMPTOM_HEADS = ("severity", "frequency", "episodes", "attacks", "flares")


def symptom_measures(text: str, found: list[Mention]) -> list[Mention]:
    """Counts and grades of a symptom a sentence gives a result for, whatever the symptom.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("Zeta-burn severity fell by 41% with XY-1 versus 29% with placebo.")]
    ['zeta-burn severity']
    >>> [m.label for m in find_measures("Weekly zeta frequency fell by 38% with XY-1 (p=0.01).")]
    ['weekly zeta frequency']
    >>> [m.label for m in find_measures("Weekly ZS frequency fell by 38% with XY-1 (p=0.01).")]
    ['weekly ZS frequency']
    >>> [m.label for m in find_measures("The dosing frequency was reduced to weekly.")]
    []
    >>> [m.label for m in find_measures("XY-1 significantly reduced zeta attacks (p=0.031).")]
    ['zeta attacks']
    >>> [m.label for m in find_measures("XY-1 significantly reduces zeta frequency and was better in reducing beta "
    ...                                 "severity (p=0.02).")]
    ['zeta frequency', 'beta severity']
    """
    out, pos = [], 0
    for hit in HEAD_OF_SYMPTOM.finditer(text):
        end = phrase_end(text, hit.end(), 6)
        if end > hit.end() and not any(f.start < end and hit.start() < f.end for f in found):
            out.append(mention(text, hit.start(), end, written(text[hit.start():end])))
            other = OTHER_HEAD_BEFORE.search(text, max(0, hit.start() - 24), hit.start())
            if other:                         # "the frequency and | severity of zeta flushes": each of the two
                out.append(mention(text, other.start("h"), other.end("h"),
                                   f"{other.group('h').lower()} of {text[hit.end():end]}"))
    while (hit := SYMPTOM_MEASURE.search(text, pos)) is not None:
        a, b = hit.span("x")
        words = hit.group("x").split()
        verb = next((k for k, w in enumerate(words[:-1]) if VERB_OR_ADVERB.fullmatch(w.lower())), None)
        if verb is not None:                  # ("significantly reduced | zeta attacks": the words after the verb)
            pos = a + len(" ".join(words[:verb + 1])) + 1
            continue
        if not any(f.start < b and a < f.end for f in found) and not GROUPED_BY.search(text, max(0, a - 25), a):
            out.append(mention(text, a, b, written(hit.group("x"))))
        pos = b
    return out


GROUPED_BY = re.compile(r"\b(?:regardless|irrespective|independent(?:ly)?)\sof\s$|\b(?:by|according\sto)\s$"   # (a split,
                        r"|\bhistory\sof\s$|\bor\s(?:more|fewer)\s$", re.I)    # or who patients were, or a count)
VERB_OR_ADVERB = re.compile(r"(?!(?:daily|weekly|monthly|nightly)$)[\w-]{2,20}(?:ly|ed)"    # ("significantly reduced X")
                            r"|(?:reduc|improv|increas|decreas)(?:es|ing)|lower(?:s|ing)")   # ("reduces X", "in reducing X")


# what the people each arm's count and share stand for had: "27 (31.4%) children in the A group and 39 (44.8%) in the
# B group had | new zeta lesions"
COUNTED_SHARE = rx.compile(r"\d[\d,]{0,6}\s?\(\s?\d{1,3}(?:\.\d{1,2})?\s?%\s?\)")
SHARED_OUTCOME = rx.compile(r"""%\s?\)\s(?:[a-z]{2,20}\s){0,2}?(?:in|on|with|of|receiving|given)\s[^.;()]{1,60}?
    \s(?:had|developed|experienced|presented(?:\swith)?|achieved|reached|showed|reported|required|needed)\s
    (?:(?:an?|the|any)\s)?(?P<x>[a-z][\w-]{1,25}(?:\s(?!(?:at|by|after|during|within|over|in|compared|versus|vs)\b)[a-z][\w-]{1,25}){0,5})
    (?=\s?[(,;.]|\s(?:at|by|after|during|within|over|in|compared|versus|vs)\b|$)""", re.X)


# each arm's share, then that they died: "109 receiving XY-1 (52%) and 98 receiving placebo (47%) | died"
BRACKETED_SHARE = rx.compile(r"\(\s?\d{1,3}(?:\.\d{1,2})?\s?%\s?\)")
DIED_AFTER_SHARE = rx.compile(r"%\s?\)[^.;()%]{0,80}?\s(?P<d>(?:had\s|have\s)?died)\b(?!\s(?:of|from)\b)")
# between two arms' shares (not a share of a share: "41 (10.2%) had X; 2 (0.5%) died of it"), each named as an arm
# (not two events: "6 (11%) have progressed and 3 (5%) have died")
ARMS_JOINED = rx.compile(r"\b(?:and|vs\.?|versus|compared)\b", re.I)
ARM_NAMED = rx.compile(r"\b(?:in\sthe|in\sthose|receiving|given|assigned|allocated|randomi[sz]ed|treated\swith)\b", re.I)


def died_shares(text: str) -> Mention | None:
    """Death as the measure of a sentence that gives each arm's share and says they died (for a trial that names no
    mortality measure of its own; kg.extractors.outcomes).

    >>> died_shares("Of 420 patients, 109 receiving XY-1 (52%) and 98 receiving placebo (47%) died.").label
    'death'
    >>> died_shares("In all, 41 (10.2%) had zeta lung disease; two (0.5%) died of it.") is None
    True
    >>> died_shares("In all, 6 (11%) patients have progressed and 3 (5%) have died.") is None
    True
    """
    shares = list(BRACKETED_SHARE.finditer(text))
    if len(shares) < 2 or not ARMS_JOINED.search(text, shares[0].end(), shares[-1].start()) \
            or len(ARM_NAMED.findall(text)) < 2 or (hit := DIED_AFTER_SHARE.search(text)) is None:
        return None                     # (nor who "died of" an event: a harm's deaths)
    return Mention(hit.group("d"), hit.start("d"), hit.end("d"), KIND, "death", (), SOURCE, QUANTITY)


def shared_outcome(text: str, found: list[Mention]) -> list[Mention]:
    """What the people behind each arm's count and share had, where the sentence gives two or more such pairs.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("In all, 27 (31.4%) children in the XY-1 group and 39 (44.8%) in the placebo "
    ...                                 "group had new zeta lesions (p = 0.22).")]
    ['new zeta lesions']
    """
    if len(COUNTED_SHARE.findall(text)) < 2:
        return []
    hit = SHARED_OUTCOME.search(text)
    if hit is None or any(f.start < hit.end("x") and hit.start("x") < f.end for f in found) or hit.group("x") == "died":
        return []                       # (who "had died": the trial's mortality, see died_shares)
    return [mention(text, hit.start("x"), hit.end("x"), written(hit.group("x"), first_word=False))]
