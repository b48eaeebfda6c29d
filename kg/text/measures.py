"""Outcome measures named in a sentence: scales, endpoints and their abbreviations.

Two means, one answer per span (the longest):

- the shipped list ``kg/data/measures.tsv`` (built by :mod:`kg.lexicon.measures`): names of
  common scales, endpoints and measured quantities, looked up with one Aho-Corasick pass, whole
  words; a short form with capitals ("OS", "mRS", "HbA1c") matches only as written, and may carry
  a numbered variant ("MACE-4"). A measured quantity (LDL cholesterol, body weight) counts only in a
  sentence that speaks of its change or of an endpoint, not in an eligibility criterion;
- the shapes writers give endpoints: "time to <event>", "the proportion of patients who <...>",
  "(percent) change from baseline in <measure>", "a composite of A, B or C", "<adj> composite
  outcome", "<...>-free survival", "<adj> response rate", a capitalised name ending in Scale,
  Index, Questionnaire ... Each phrase is bounded (a few words, up to a verb, a comma, a
  parenthesis or a number), so "<measure> at week 24" names the measure alone.

The label is the measure's name: the list's label, a scale's name as written, or the phrase as
written without its article ("time to first relapse").

>>> [(m.text, m.label) for m in find_measures("The primary endpoint was the change from baseline in HbA1c at week 26.")]
[('change from baseline in HbA1c', 'HbA1c')]
>>> [m.label for m in find_measures("Median progression-free survival (PFS) was 9.1 months versus 4.0 months.")]
['progression-free survival', 'progression-free survival']
>>> [m.label for m in find_measures("Time to first relapse (TFR) was longer with XY-123.")]
['TFR']
>>> find_measures("Adults with an eGFR of 30 to 60 were eligible.")
[]
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.model import Mention
from kg.text import cues
from kg.text import prefilter as rx
from kg.text import results as R
from kg.text.abbreviations import Abbreviation, find_abbreviations
from kg.text.compared_rates import compared_rates
from kg.text.elliptic_lists import elliptic_items
from kg.text.endpoint_shapes import efficacy_named, event_rate, freedom, mortality, survival, timed_test, vaccine_effective, weight_threshold
from kg.text.event_shapes import (composite, counted_events, event_composite, first_occurrence, named_incidence, risk_of,
                                   time_to)
from kg.text.measure_list import CAPITALS_BEFORE, QUANTITY, SOURCE, acronym_of, listed, listed_hits, listed_hits_each, mention, with_title_words
from kg.text.measure_phrases import (CHANGED_BY, CRITERIA_CHAR, VALUED_SUBJECT, achieved, cases_of, changed_object, counted_cases,
                                     changed_quantity, changed_subject, compared_object, counted_deaths, died_result, difference_in, no_difference,
                                     percent_change_in, rate_of, share_compared, shown_in, significant_changes, significant_object, threshold, threshold_after,
                                     paired_object, valued_subject)
from kg.text.measure_shapes import ABBREVIATION_AFTER, change, labelled_pairs, proportion, result_line, written
from kg.text.paired_items import paired_measures
from kg.text.result_objects import BEAT_ON, RESULT_VERB, TREATMENT_MOVED, beat_on, p_listed, significantly_moved, treatment_moved, verb_object
from kg.text.role_lists import NO_DIFFERENCE_HEAD, ROLE_LIST_HEAD, role_list
from kg.text.scale_shapes import (DEFINED_THEN_LEVEL, RATED_SYMPTOM, SHORT_WITH_DIGITS, defined_level, defined_listed, named_scale,
                                  rated_symptom, response, scored_abbreviation)
from kg.text.subject_moved import COUNT_COMPARED, HAD_COMPARED, MOVED_SUBJECT, counts_compared, events_compared, moved_subjects
from kg.text.symptom_shares import SYMPTOM_HEADS, shared_outcome, symptom_measures

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).


def find_measures(text: str) -> list[Mention]:
    """The outcome measures named in ``text`` (offsets relative to it), kind ``measure``."""
    return list(measures_of(text))


def measures_each(texts: list[str]) -> list[tuple[Mention, ...]]:
    """:func:`find_measures` of each text (a document's sentences), the list's names found in one pass over them all.

    >>> [[m.label for m in ms] for ms in measures_each(["Median overall survival (OS) was 9 months.", "", "OS rose."])]
    [['overall survival', 'overall survival'], [], ['overall survival']]
    """
    return [measured(text, hits) for text, hits in zip(texts, listed_hits_each(texts))]


@lru_cache(maxsize=256)
def measures_of(text: str) -> tuple[Mention, ...]:
    """:func:`find_measures`, remembered for the last sentences."""
    return measured(text, listed_hits(text))


# a part of a scale named after the scale's name: "ZFRS-R | Bulbar score", "SF-36 | Physical Component score", "ZPRS |
# Part III score", "ZANSS | Positive subscale"
# (not the whole scale's own words: "ZFRS-R Total score")
SUBSCALE_AFTER = re.compile(r"\s(?!(?:Total|Overall|Mean|Baseline|Change|Global)\b)(?:(?:[A-Z][a-z]{2,20}|Part\s(?:[IV]{1,4}|\d))\s)"
                            r"{1,3}(?:sub)?(?:score|scale|domain)s?\b")


# a numbered part of a scale, after its name (or its short form in brackets): "ZPRS | part III", "Zeta Rating Scale |
# (ZRS) Part II"
NUMBERED_PART_AFTER = re.compile(r"(?:\s\((?P<short>[A-Z][\w-]{1,12})\))?\s(?P<part>[Pp]art\s(?:I{1,3}|IV|V|[1-4]))(?![\w-])")


def with_subscale(text: str, m: Mention) -> Mention:
    """A listed measure ``m`` with the part of it named right after it, as written, when the text names one; a
    numbered part after the scale's short form in brackets is named by that short form.

    >>> [m.label for m in find_measures("The SF-36 Physical Component score rose by 4.1 with XY-123 versus 2.0 with placebo.")]
    ['SF-36 Physical Component score']
    >>> [m.label for m in find_measures("The SF-36 Total score rose by 4.1 with XY-123 versus 2.0 with placebo.")]
    ['SF-36']
    """
    numbered = NUMBERED_PART_AFTER.match(text, m.end)
    if numbered is not None:
        label = f"{numbered.group('short') or m.text} {numbered.group('part')}"
        return Mention(text[m.start:numbered.end()], m.start, numbered.end(), m.kind, label, m.ids, m.source, m.attrs)
    part = SUBSCALE_AFTER.match(text, m.end)
    if part is None:
        return m
    return Mention(text[m.start:part.end()], m.start, part.end(), m.kind, f"{m.text}{part.group()}", m.ids, m.source,
                   m.attrs)


# the levels of a scale counted as success, written after the scale's name: "ZGA | 0/1", "ZGA | score of 0 or 1", "zRS |
# score of 0 to 2", "ZGA | 0 (clear) or 1 (almost clear)": levels from the scale's best (0) up to a low one
LEVELS_AFTER = re.compile(r"(?:\s(?:total\s)?score)?(?:\sof)?\s0\s?(?:\([a-z]{1,12}(?:\s[a-z]{1,12})?\)\s?)?(?:/|-|–|\sor\s|\sto\s)\s?"
                          r"[1-3](?:\s\([a-z]{1,12}(?:\s[a-z]{1,12})?\))?(?![\d%/]|\.\d|\s?(?:mg|points?)\b)")
# scales whose low levels are an entry criterion, never a result ("a performance status of 0 or 1")
PERFORMANCE = re.compile(r"performance|ECOG|Karnofsky|WHO", re.I)


def with_levels(text: str, m: Mention) -> Mention:
    """A listed measure ``m`` with the levels counted as success written right after it, as written.

    >>> [m.label for m in find_measures("At week 10, 38% of XY-123 patients had an sPGA score of 0 or 1 versus 9% on placebo.")]
    ['sPGA score of 0 or 1']
    >>> [m.label for m in find_measures("Patients with an ECOG performance status of 0 or 1 were randomized.")]
    []
    """
    levels = LEVELS_AFTER.match(text, m.end)
    if levels is None or PERFORMANCE.search(m.label):
        return m
    return Mention(text[m.start:levels.end()], m.start, levels.end(), m.kind, f"{m.text}{levels.group()}", m.ids, m.source,
                   m.attrs)


# a measure's short form in brackets, then the rate it is read as: "complete response | (CR) rate"
RATE_AFTER_SHORT_FORM = re.compile(r"\s\([A-Za-z][A-Za-z0-9-]{0,9}\)\s(?P<head>rates?)\b")


def with_rate_after_short_form(text: str, m: Mention) -> Mention:
    """The measure with the rate named after its short form ("complete response (CR) rate": "complete response rate"),
    as the text would name it without the bracket.

    >>> [m.label for m in find_measures("The zeta response (ZR) rate reached 35%.")]
    ['zeta response rate']
    """
    head = RATE_AFTER_SHORT_FORM.match(text, m.end)
    if head is None or m.label.lower().endswith(("rate", "rates")):
        return m
    return replace(m, text=text[m.start:head.end()], end=head.end(), label=f"{m.label} {head.group('head')}")


# the slope of a measure over time, named right after it: "eGFR | total slope", "FEV1 | slope"
SLOPE_AFTER = re.compile(r"\s(?:(?:total|chronic|acute|annual|annuali[sz]ed|mean)\s)?slopes?\b")


def with_slope(text: str, m: Mention) -> Mention:
    """A measure with the slope named right after it: the slope is what is measured ("eGFR chronic slope"), as written.

    >>> [m.label for m in find_measures("The eGFR chronic slope was -2.1 with XY-123 and -4.0 with placebo.")]
    ['eGFR chronic slope']
    """
    slope = SLOPE_AFTER.match(text, m.end)
    if slope is None:
        return m
    return Mention(text[m.start:slope.end()], m.start, slope.end(), m.kind, f"{m.text}{slope.group()}", m.ids, m.source,
                   m.attrs)


def measured(text: str, hits: list[tuple[int, str]]) -> tuple[Mention, ...]:
    """:func:`find_measures`, given the list's names in ``text`` (:func:`listed_hits`)."""
    if cues.ENTRY_CRITERIA.search(text):
        return ()                      # "patients with an EDSS of 3.0 to 6.5 were eligible": an entry criterion
    found = longest(list(listed(text, hits)))     # ("hemoglobin A1c", not the "hemoglobin" it starts with)
    if "score" in text or "scale" in text or "domain" in text or "art " in text:
        found = [with_subscale(text, m) for m in found]  # ("the ZFRS-R Bulbar score": the part, not the whole scale)
    if "slope" in text:
        found = [with_slope(text, m) for m in found]     # ("eGFR total slope": the slope, not the eGFR)
    if " 0" in text:
        found = [with_levels(text, m) for m in found]    # ("ZGA 0/1": the levels counted as success, not the whole scale)
    if RATED_SYMPTOM.search(text):
        found += rated_symptom(text, found)        # ("the Peak Itch NRS score": what the scale rates, with its letters)
    if ") " in text and DEFINED_THEN_LEVEL.search(text):
        found += defined_level(text, found)       # ("Zeta Area and Severity Index (ZASI) 75": ZASI 75, not the scale)
    if "(" in text and SHORT_WITH_DIGITS.search(text):
        found += defined_listed(text, found)      # ("an Acme College of Zetology 20% response (ACZ20)": ACZ20)
    if cues.MEASURE_CUE.search(text) or cues.TIME_TO_HYPHEN.search(text) or "alive" in text or "survived" in text \
            or "lived" in text:
        # names first: the phrase shapes ("change in X", "time to X") take a name found inside them
        for shape in (survival, response, named_scale, scored_abbreviation, mortality, composite, time_to, proportion,
                      change, freedom, first_occurrence, counted_events, risk_of, named_incidence):
            found += shape(text, found)
    if ("," in text or " and " in text) and (ROLE_LIST_HEAD.search(text) if cues.ENDPOINT_WORD.search(text) else None):
        found += role_list(text, found)
    if (" by " in text or "%" in text or " per" in text) and (found_verb := CHANGED_BY.search(text)) is not None:
        found += changed_subject(text, found, found_verb)
    if " by " in text:
        found += changed_object(text, found)
    if " than " in text or " vs" in text or "ompared" in text or "versus" in text or " v " in text:
        found += compared_object(text, found)
    if "(" in text and (" vs" in text or "versus" in text or " v " in text):
        found += paired_object(text, found)
    if "eight" in text or "lost " in text or "gained " in text:
        found += weight_threshold(text, found)
    if "%" in text or "percent" in text or "point" in text:     # (a threshold in percent or in points)
        found += threshold(text, found)
    if "%" in text or "percent" in text:
        found += threshold_after(text, found)
        found += achieved(text, found)
        found += shown_in(text, found)
        found += rate_of(text, found)
        found += share_compared(text, found)
        found += changed_quantity(text, found)
    elif " in " in text:                # (a change in units: "the mean reduction in X was 2.1 mm with A vs 0.4 mm ...")
        found += changed_quantity(text, found)
    if "%" in text or "percent" in text or "point" in text or " change " in text:    # (a change in percent or points,
        found += percent_change_in(text, found)                                       # or a signed mean change)
    if "cases of" in text:
        found += cases_of(text, found)
    if "cases were" in text or "episodes were" in text:
        found += counted_cases(text, found)
    if "death" in text:
        found += counted_deaths(text, found)
    if "died" in text:
        found += died_result(text, found)           # ("... died (27% vs 23%; RR 1.19)")
    if " or " in text:
        found += event_composite(text, found)
    if "ccurred in" in text or " seen in" in text or " reported in" in text:
        found += elliptic_items(text, found)        # ("A occurred in 7% versus 9%, B in 1% versus 2%, and C in ...")
    if (" was " in text or " were " in text or "ccurred " in text or "developed " in text) and VALUED_SUBJECT.search(text):
        found += valued_subject(text, found)
    if ") were " in text or ") was " in text or ((" vs" in text or " versus " in text or " v " in text or " v. " in text) and ")" in text):
        found += paired_measures(text, found)
    if "iffer" in text or "imilar" in text or "omparable" in text:      # (any case: "Differences in ...")
        found += no_difference(text, found)
        if "ifference" in text:
            found += difference_in(text, found)
        if "," in text and NO_DIFFERENCE_HEAD.search(text):
            found += role_list(text, found, NO_DIFFERENCE_HEAD)     # ("no differences in A, B, C or D")
    elif "did not" in text and "," in text and NO_DIFFERENCE_HEAD.search(text):
        found += role_list(text, found, NO_DIFFERENCE_HEAD)         # ("XY-123 did not influence A, B, C or D")
    if "here w" in text and " than " in text:
        found += compared_rates(text, found)
    if "ignificant" in text and " in " in text:         # (any case: "Significant improvements in ...")
        found += significant_changes(text, found)
    if "ignificant " in text:
        found += significant_object(text, found)
    if "(p" in text or "(P" in text or "( p" in text or "; P" in text or "; p" in text or ", P" in text or ", p " in text or ", p=" in text or ", p<" in text \
            or ("(" in text and ("R " in text or "ratio" in text or "relative risk" in text)):     # (RR, HR, OR, IRR)
        listed_items = p_listed(text, found)      # (an item's whole name wins over a name inside it: "zeta gain with
        found = [f for f in found if not any(n.start <= f.start and f.end <= n.end and n.end - n.start > f.end - f.start
                                             for n in listed_items)] + listed_items       # changes in heart rate")
    if "(" in text and (RESULT_VERB.search(text) or "experienced" in text or "had " in text):
        found += verb_object(text, found)
    if "(" in text and BEAT_ON.search(text):
        found += beat_on(text, found)
    if "ed " in text and TREATMENT_MOVED.search(text):
        found += treatment_moved(text, found)
    if "ignificantly " in text:
        found += significantly_moved(text, found)
    if ("ed " in text or "fell" in text or "rose" in text or "remained" in text or "change" in text) \
            and MOVED_SUBJECT.search(text):
        found += moved_subjects(text, found)
    if (" had " in text or "ed " in text) and HAD_COMPARED.search(text):
        found += events_compared(text, found)
    if "(" in text and " of " in text and COUNT_COMPARED.search(text):
        found += counts_compared(text, found)
    if any(head in text for head in SYMPTOM_HEADS) and (RESULT_VERB.search(text) or "%" in text or "significant" in text):
        found += symptom_measures(text, found)
    if "effective" in text or "fficacy" in text:
        found += vaccine_effective(text, found)
        found += efficacy_named(text, found)
    if " rate" in text:
        found += event_rate(text, found)
    if "walk" in text or "climb" in text:
        found += timed_test(text, found)
    if "%)" in text or "% )" in text:
        found += shared_outcome(text, found)
    if ":" in text:
        found += result_line(text, found)
    if "(" in text and " vs" in text and ", " in text:
        found += labelled_pairs(text, found)       # ("(zeta index, -1.2 vs. -0.4, p<0.01; beta level, ...)")
    found = with_spelled_words(found, text) + defined_quantities(text, found) if "(" in text else found
    if ") rate" in text:
        found = [with_rate_after_short_form(text, m) for m in found]  # ("complete response (CR) rate": the rate)
    found = without_generic_heads(longest(inside_definitions(trimmed_leads(found, text), text)), text)
    found = [m for m in found if not GROUP_NAME.search(m.label)    # ("the change in | the XY groups |": who, not what)
             and not ROLE_ONLY.fullmatch(m.label)                   # ("Secondary end points did not differ between the arms")
             and not statistic_only(m.label)]                       # ("a rise in adjusted means of 1.7 g/dL")
    if any(m.text[:1].isupper() for m in found):
        found = with_title_words(found, text)          # ("the Early | Zeta Response")
    if "criteria" in text:             # ("ORR by Zeta Assessment for Oncology (ZAO) criteria": how it was judged)
        found = [m for m in found if not CRITERIA_AFTER.match(text, m.end)]
    return tuple(with_shared_tails(found, text) if " and " in text or " or " in text else found)


# a name that ends on the word for a group of patients names who was measured, not a measure: "the XY-123 groups"
GROUP_NAME = re.compile(r"\b(?:groups?|arms?|cohorts?)$", re.I)


# a name that is only a role and the word for an endpoint names no measure but the ones the role has ("secondary outcome
# measures"); a composite endpoint is a measure ("the primary composite endpoint occurred in ...")
ROLE_ONLY = re.compile(rf"(?:the\s+)?(?:other\s+)?{R.ROLE_WORDS}\s+{R.ENDPOINT_WORDS}", re.I)


# the words of a statistic or an analysis, which alone name no measure: "adjusted means", "the point estimates",
# "mean/median differences", "the scheduled interim analysis"
STATISTIC_ONLY_WORDS = frozenset("""adjusted least square squares estimated estimate estimates point mean means median
    medians average rate rates difference differences threshold thresholds analysis analyses comparison comparisons
    pairwise interim scheduled planned prespecified pre-specified final primary individual level""".split())


def statistic_only(label: str) -> bool:
    """Is ``label`` only the words of a statistic or an analysis (:data:`STATISTIC_ONLY_WORDS`)?

    >>> statistic_only("adjusted means"), statistic_only("mean/median differences"), statistic_only("mean zeta score")
    (True, True, False)
    """
    words = label.lower().replace("/", " ").split()
    return bool(words) and all(w in STATISTIC_ONLY_WORDS for w in words)


# the words a measure's name never opens on: a preposition of time or span, a count of people ("from randomization to
# the final clinic visit", "many zeta flares", "one assessing zeta"); and those it never ends on ("zeta score still")
HOLLOW_FIRST = frozenset("from to by during over after before between until many one each both all several some".split())
HOLLOW_LAST = frozenset("still also only again even already further then".split())
# one word that is a verb's form or an adverb ("assessed", "monthly", "significantly"), not an event's name
# ("bleeding", "bleed", "anomaly"): its endings
HOLLOW_ENDINGS = ("ed", "daily", "weekly", "monthly", "yearly", "nightly", "hourly", "ally", "ously", "ively", "ently",
                  "antly")


def hollow_measure(label: str) -> bool:
    """Is ``label`` no measure's name: a statistic's words alone (:func:`statistic_only`), a name opening on a span or
    a count of people, ending on an adverb, or one word that is a verb's form or an adverb?

    >>> [hollow_measure(x) for x in ("from baseline to week 12", "assessed", "estimated rates", "zeta score",
    ...                              "at least a 50% reduction in zeta", "bleeding", "bleed", "anomaly")]
    [True, True, True, False, False, False, False, False]
    """
    words = label.lower().split()
    return statistic_only(label) or not words or words[0] in HOLLOW_FIRST or words[-1] in HOLLOW_LAST or (
        len(words) == 1 and words[0].isalpha() and len(words[0]) > 4 and words[0].endswith(HOLLOW_ENDINGS)
        and not words[0].endswith("eed"))


# the words that make a name a set of criteria a measure is judged by, not a measure: "Zeta Assessment | for Oncology
# (ZAO) criteria", "(ZAO|) criteria"
CRITERIA_AFTER = re.compile(r"\)?(?:\s(?:for|in|of)(?:\s[A-Z][\w-]{1,30}){1,3}){0,2}\s(?:\([A-Z][\w-]{1,10}\)\s)?criteria\b")


# what a quantity is measured of, which writers give once for two ("the frequency and severity of X"): the bare words
# that borrow it from the next measure
ATTRIBUTES = frozenset("frequency severity intensity duration number incidence rate magnitude occurrence".split())
ATTRIBUTE_OF = re.compile(r"(?P<attr>[A-Za-z]{1,20})\s(?P<tail>of\s.{1,200})")
ATTRIBUTES_JOINED = re.compile(r"\s(?:and|or|and/or)\s(?:the\s)?")


def attributes_parted(m: Mention, text: str) -> list[Mention]:
    """A measure named by two attributes of one thing ("frequency and severity of X") as two: "frequency", "severity of
    X" (the first then borrows the object in :func:`with_shared_tails`); else the measure itself."""
    words = m.label.split(" ", 3)
    if len(words) < 4 or words[0].lower() not in ATTRIBUTES or words[1] not in ("and", "or") \
            or words[2].lower() not in ATTRIBUTES or not words[3].startswith("of "):
        return [m]
    first = text.find(words[0], m.start, m.end)
    second = text.find(words[2], first + len(words[0]), m.end) if first >= 0 else -1
    if second < 0:
        return [m]
    return [mention(text, m.start, first + len(words[0]), words[0]), mention(text, second, m.end, " ".join(words[2:]))]


def with_shared_tails(found: list[Mention], text: str) -> list[Mention]:
    """Each bare attribute ("frequency") joined to the next measure's ("severity of X") named with that one's object.

    >>> t = "a reduction in the frequency and severity of zeta flushes"
    >>> [m.label for m in with_shared_tails([mention(t, 19, 28, "frequency"), mention(t, 33, 57, "severity of zeta flushes")], t)]
    ['frequency of zeta flushes', 'severity of zeta flushes']
    """
    ordered = sorted((part for m in found for part in attributes_parted(m, text)), key=lambda m: m.start)
    out = []
    for k, m in enumerate(ordered):
        nxt = ordered[k + 1] if k + 1 < len(ordered) else None
        shared = ATTRIBUTE_OF.fullmatch(nxt.label) if nxt and m.label.lower() in ATTRIBUTES else None
        if shared and shared.group("attr").lower() in ATTRIBUTES and ATTRIBUTES_JOINED.fullmatch(text, m.end, nxt.start):
            m = replace(m, label=f"{m.label} {shared.group('tail')}")
        out.append(m)
    return out


# the words right before a measure (one or two, in lower case or, as news writes a title, capitalised; no function
# word: "for | early clinical response", "the | Zeta Response Rate")
WORDS_BEFORE = re.compile(r"(?:(?<![\w-])(?!(?i:for|of|in|on|at|by|to|the|an?|and|or|with|from|was|were|is|are)\s)"
                          r"[A-Za-z][a-z-]{1,20}\s){1,2}$")


def with_spelled_words(found: list[Mention], text: str) -> list[Mention]:
    """The measures, each taking the lower-case words before it that the short form in brackets after it spells:
    "early clinical response (ECR)" names the early response, not any clinical response.

    >>> [m.label for m in find_measures("The rate of early clinical response (ECR) was 80%.")]
    ['early clinical response']
    >>> [m.label for m in find_measures("The Zeta Response Rate (ZRR) was 44% vs 9%.")]
    ['Zeta Response Rate']
    >>> [m.text for m in find_measures("The mean progression-free survival (PFS) was 9 months.")][:1]
    ['progression-free survival']
    >>> [m.label for m in find_measures("With XY-1 the median overall survival (mOS) reached 14.9 months.")][:1]
    ['overall survival']
    """
    out = []
    for m in found:
        short = ABBREVIATION_AFTER.match(text, m.end) if m.kind == "measure" else None
        words = WORDS_BEFORE.search(text, max(0, m.start - 42), m.start) if short else None
        if words and not acronym_of(short.group("short"), m.text):
            for k in range(len(words.group().split()), 0, -1):          # (the longest run of words it spells)
                start = m.start - len(" ".join(words.group().split()[-k:])) - 1
                # (its first word is the one the short form's first letter starts: "evaluate | complete response
                # rate (CRR)" spells no "evaluate")
                if text[start].lower() == short.group("short")[0].lower() and acronym_of(short.group("short"), text[start:m.end]):
                    # (a statistic's word spelled too names the same measure: "median overall survival (mOS)")
                    label = m.label if cues.AVERAGE_PREFIX.fullmatch(text[start:m.start]) else written(text[start:m.end])
                    m = Mention(text[start:m.end], start, m.end, m.kind, label, m.ids, m.source, m.attrs)
                    break
        out.append(m)
    return out


# the head nouns of a quantity's name: what a lower-case long form given a short form in brackets must end on to be a
# measure ("the annualized zeta exacerbation rate (AZER)"; not "receptor (ZR)" or "sustained release (SR)")
QUANTITY_NAME_HEADS = frozenset("""rate rates ratio score index level levels count duration time volume velocity frequency
    severity response remission survival concentration titer titre distance pressure clearance""".split())


# the names of effect estimates and their intervals, which compare arms and measure nothing of their own
ESTIMATE_NAME = re.compile(r"\b(?:hazard|odds|risk|rate|incidence|likelihood)\s+ratios?\b|\binterval\b", re.I)


# the words before a treatment: "treatment with | ...", "randomized to early | ..."
TREATED_WITH = re.compile(r"\b(?:treat(?:ment|ed)\swith|therapy\swith|receiv(?:e|ed|ing)|randomi[sz]ed\sto|assigned\sto)\s"
                          r"(?:(?:an?|the)\s)?(?:early\s|late\s|nasal\s)?$", re.I)


def defined_quantities(text: str, found: list[Mention]) -> list[Mention]:
    """A quantity the text names in lower-case words and gives a short form that spells them, where no measure is
    found there: "an 81% reduction in the annualized zeta exacerbation rate (AZER)".

    >>> [m.label for m in find_measures("XY-1 cut the annualized zeta exacerbation rate (AZER) by 50% vs placebo.")]
    ['annualized zeta exacerbation rate']
    >>> find_measures("A study of early therapy with continuous zeta pressure (CZP) showed no significant difference.")
    []
    """
    out = []
    if not cues.QUANTITY_RESULT.search(text):
        return out                    # (a quantity is an outcome where the sentence speaks of its change or an endpoint)
    for a in find_abbreviations(text):
        end = a.long_start + len(a.long)
        if not acronym_of(a.short, a.long) and (more := WORDS_BEFORE.search(text, max(0, a.long_start - 42), a.long_start)):
            a = next((Abbreviation(a.short, text[start:end], start) for k in range(len(more.group().split()), 0, -1)
                      for start in (a.long_start - len(" ".join(more.group().split()[-k:])) - 1,)
                      if acronym_of(a.short, text[start:end])), a)     # (a letter its words' initials spell twice)
        words = a.long.split()
        if TREATED_WITH.search(text, max(0, a.long_start - 40), a.long_start):
            continue                  # (what patients are treated with: "therapy with continuous zeta pressure")
        if 2 <= len(words) <= 8 and words[-1].lower() in QUANTITY_NAME_HEADS and not ESTIMATE_NAME.search(a.long) and a.long[1:] == a.long[1:].lower() \
                and not any(f.start < end and a.long_start < f.end and (f.start < a.long_start or f.end > end)
                            for f in found) and not any(f.start == a.long_start and f.end == end for f in found):
            out.append(mention(text, a.long_start, end, written(a.long)))
    return out


# a generic endpoint noun that, right after a named measure, is that measure's ("the IGA | response rates": the IGA's)
GENERIC_HEADS = frozenset({"response", "response rate", "responder rate", "remission rate", "success rate"})


# what kind of thing a measure is and the word that then names it: "another assessment called the | X"
NAMED_AS_WORDS = r"(?<![\w-])(?:(?:an?|another|the)\s+)?(?:[\w-]{1,30}\s+){0,2}(?:called|named|termed|known\s+as)(?:\s+the)?\s+"
NAMED_AS_LEAD = re.compile(NAMED_AS_WORDS, re.I)
# words a list or a count puts before a measure's name, not part of it: "(safety outcomes) including | X", "such as | X",
# "a 41 percent | X"
LEAD_TO_DROP = re.compile(r"^(?:(?:(?!composite\b)[\w-]+\s+){0,3}(?:including|such\s+as)|as\s+well\s+as|percent(?!\s+(?:change|of|reduction|decrease|increase)\b)"
                          r"|often|frequently)\s+"     # (how often: "needed less | often | X")
                          # (the verb an item of a list keeps after "or": "... died (...) or | developed | X (...)")
                          r"|^(?:had|developed|experienced|required|needed|underwent|suffered)\s+"
                          # (the rate or risk of a composite, which is the composite: "the rate of a | composite of A and B")
                          r"|^(?:the\s+)?(?:rate|risk|incidence|frequency|occurrence)\s+of\s+(?:an?|the)\s+(?=composite\b)"
                          r"|^" + NAMED_AS_WORDS, re.I)
# names that are no measure: a count or list of measures ("one clinical sign", "other secondary endpoints of X"), the
# follow-up time ("median time to follow-up"), a regulator's agreement ("Special Protocol Assessment")
NOT_MEASURE_NAME = re.compile(r"^(?:one|two|three|other|several|various|multiple\s+other|all\s+other)\s|"
                              r"\b(?:primary|secondary|exploratory)\s+(?:end\s?points?|outcomes)\b|"
                              r"^time\s+to\s+(?:last\s+)?follow-?up\b|\bprotocol\s+assessment\b", re.I)


# a hyphen and a lower-case word after a measure's name: the name qualifies that word ("cholesterol-lowering")
COMPOUND_AFTER = re.compile(r"-[a-z]")


# a bracket right after a capitalised name, opened before a measure: "ZETA Outcomes (Triglyceride Reduction with ..."
EXPANSION_OPEN = re.compile(r"(?<![\w-])[A-Z][\w-]*\s?\(([^()]{0,80})$")
TITLE_WORD = re.compile(r"(?<![\w-])[A-Z][a-z]")


def in_name_expansion(text: str, at: int) -> bool:
    """Is offset ``at`` inside the bracket that spells out a capitalised name, its words in title case ("the ZETA
    trial (Zeta Cholesterol Evaluation in Adults)")? A measure named there is a word of the name.

    >>> t = "ZETA Outcomes (Triglyceride Reduction with Acme Therapy) enrolled adults."
    >>> in_name_expansion(t, t.index("Triglyceride")), in_name_expansion("LDL cholesterol (mg/dL) fell.", 4)
    (True, False)
    """
    opened = EXPANSION_OPEN.search(text, max(0, at - 90), at)
    if opened is None:
        return False
    close = text.find(")", at)
    inner = text[opened.start(1):close if close >= 0 else len(text)]
    words = inner.split()
    return len(words) >= 3 and len(TITLE_WORD.findall(inner)) * 2 >= len(words)


def trimmed_leads(found: list[Mention], text: str) -> list[Mention]:
    """The measures without the list or count words their phrase took in ("including X" is X); none that is no
    measure's name (:data:`NOT_MEASURE_NAME`), nor one that only qualifies a hyphened word ("a cholesterol-lowering
    drug").

    >>> [m.label for m in find_measures("Early data, including zeta response rate (ZRR), were mixed.")]
    ['zeta response rate']
    """
    out = []
    for m in found:
        lead = LEAD_TO_DROP.match(m.text)
        if lead and m.label.lower().startswith(lead.group().lower()):
            m = replace(m, text=m.text[lead.end():], start=m.start + lead.end(), label=m.label[lead.end():])
        if not NOT_MEASURE_NAME.search(m.label) and not COMPOUND_AFTER.match(text, m.end) \
                and not in_name_expansion(text, m.start):
            out.append(m)
    return out


def without_generic_heads(found: list[Mention], text: str) -> list[Mention]:
    """Without a generic endpoint ("response rate") that follows a named measure with one space between: "the IGA
    response rates were ..." names one measure, the IGA's.

    >>> [m.label for m in find_measures("The EASI-75 response rates were 44% and 10%.")]
    ['EASI-75']
    """
    return [m for k, m in enumerate(found) if not (k and m.label in GENERIC_HEADS and m.start == found[k - 1].end + 1
                                                   and text[found[k - 1].end] == " ")]


# a bracket that lists the parts of the endpoint named before it: "the composite zeta endpoint (| incorporating A, B
# and C |)"
PARTS_BRACKET = re.compile(r"(?<=[A-Za-z])\s?\((?:incorporating|comprising|(?:composed|consisting)\sof)\s[^()]{1,160}\)")


def inside_definitions(found: list[Mention], text: str) -> list[Mention]:
    """Without the quantities named inside a composite's definition ("the kidney composite (kidney failure, a
    fall in eGFR ...)") or inside the bracket that defines another measure ("disease control rate (complete response
    + partial response + stable disease)"): a component, not a measure of its own. A bracket that only names the
    measure again ("overall survival (OS)", "quality of life (ZQ-5)") defines nothing.

    >>> [m.label for m in find_measures("The disease control rate (complete response + partial response) was 40%.")]
    ['disease control rate']
    >>> [m.label for m in find_measures("In all, 40% had a composite response of ZP <1.5 x ULN and ZQ ≤2 x ULN.")]
    ['composite response']
    >>> find_measures("The zeta endpoint (incorporating body weight and HbA1c) was met by 38% vs 10%.")
    []
    """
    found = [m for m in found if not defined_inside(found, m, text) and not short_form_of_before(found, m, text)]
    if "(" in text and (parts := [b.span() for b in PARTS_BRACKET.finditer(text)]):
        found = [m for m in found if not any(a < m.start and m.end < b for a, b in parts)]     # ("X (incorporating A,
        #                                                                                       B and C)": X's parts)
    composites = [m for m in found if "composite" in m.label]
    if not composites:
        return found
    out = []
    for m in found:
        owner = next((c for c in composites if c.end <= m.start), None)
        if owner and m.source == SOURCE and "composite" not in m.label and (
                (text.find("(", owner.end, m.start) >= 0 and text.find(")", owner.end, m.start) < 0) or
                COMPONENTS.match(text[owner.end:m.start])):
            continue                   # "(A, B ...": inside its parenthesis; "composite of A, B or C"
        out.append(m)
    return out


# the bracket right after a measure (or after its timepoint: "X at week 16 | (defined as ...)"), and its end
BRACKET_AFTER = re.compile(r"\s{0,2}(?:(?:at|by|after)\s(?:day|week|month|year)\s\d{1,3}\s{1,2})?\(", re.I)
BRACKET_BODY = re.compile(r"[^()]{0,200}(?:\([^()]{0,40}\)[^()]{0,200}){0,3}\)")


def defined_inside(found: list[Mention], m: Mention, text: str) -> bool:
    """Is ``m`` named inside a bracket that defines another measure found right before it, with more words than
    ``m`` alone?"""
    for owner in found:
        if owner.end > m.start or owner.label == m.label:
            continue
        opened = BRACKET_AFTER.match(text, owner.end)
        if opened is None or opened.end() > m.start:
            continue
        body = BRACKET_BODY.match(text, opened.end())
        if body is not None and body.end() > m.end and (text[opened.end():body.end() - 1].strip() != m.text
                                                        or cues.THRESHOLD_DEFINED.search(m.text)):
            return True         # (a bracket that is a threshold whole defines the measure before it: "response (>=
    return False                # 50% decrease in the ZRS score)"; one that is a name alone names it again)


def short_form_of_before(found: list[Mention], m: Mention, text: str) -> bool:
    """Is ``m`` the short form a bracket gives for the measure named right before it, which the list knows by another
    name ("overall response rate (ORR)": the overall rate, not the list's objective one)?

    >>> [m.label for m in find_measures("The overall response rate (ORR) was 40%.")]
    ['overall response rate']
    """
    owner = next((o for o in found if o.end <= m.start and o.label != m.label and
                  (opened := BRACKET_AFTER.match(text, o.end)) is not None and opened.end() == m.start), None)
    return owner is not None and text[m.end:m.end + 1] in (")", ";", ",") and acronym_of(m.text, owner.text)


# the words between a composite and one of its components: " of A, B" (no clause break on the way; a decimal point
# is none: " of ZP <1.5 x ULN and ")
COMPONENTS = rx.compile(rf"\s(?:of|including)\s{CRITERIA_CHAR}{{0,160}}$")


def longest(mentions: list[Mention]) -> list[Mention]:
    """The longest of overlapping mentions, in text order (of two on the same words, a quantity compared)."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start, m.attrs != QUANTITY)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def measure_abbreviations(text: str, found: tuple[Mention, ...] | None = None) -> dict[str, str]:
    """Short forms that a sentence defines for a measure, with the measure's label: a measure followed by
    "(SHORT)", "(SHORT;" or "(SHORT," whose letters SHORT spells (``found``: the sentence's measures, if known).

    >>> measure_abbreviations("The Acme Itch Severity Scale (AISS; 0 to 40) fell, as did time to first relapse (TFR).")
    {'AISS': 'Acme Itch Severity Scale', 'TFR': 'TFR'}
    >>> measure_abbreviations("The primary endpoint was the achievement of ZD Clinical Response (ZiDCR) at week 16.")
    {'ZiDCR': 'ZD Clinical Response'}
    """
    out: dict[str, str] = {}
    if "(" not in text:
        return out
    for m in (find_measures(text) if found is None else found):
        short = ABBREVIATION_AFTER.match(text, m.end)
        if short is None or short.group("short") == m.text or not any(c.isupper() for c in short.group("short")):
            continue
        before = CAPITALS_BEFORE.search(text, max(0, m.start - 8), m.start)     # "ZD | Clinical Response (ZiDCR)"
        if acronym_of(short.group("short"), m.text) or (before and acronym_of(short.group("short"), text[before.start():m.end])):
            out.setdefault(short.group("short"), m.label)
    return out


def measure_name(long: str) -> str | None:
    """The label of the measure a long form names, when the whole of it is one (for abbreviations).

    >>> measure_name("Acme Itch Rating Scale"), measure_name("Acme Biotech")
    ('Acme Itch Rating Scale', None)
    """
    long = long.strip()
    found = find_measures(long)
    return found[-1].label if found and found[-1].end == len(long) and found[-1].start <= 20 else None
