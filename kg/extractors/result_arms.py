"""The arms a result sentence names, and the numbers it gives them in the order it names them.

Used by the outcome reader (:mod:`kg.extractors.outcomes`): where each arm is named in a sentence (therapies, control
words, a therapy with its dose), which arm a document tests against which control, and the fallback readers for layouts
no other reader knows: numbers given to the arms in the order they are named
(:func:`~kg.text.ordered_values.in_arm_order`), and a measure no list names, tagged by the learned outcome tagger
(:mod:`kg.text.outcome_tagger`) where the sentence's numbers pair with its arms.

>>> names_groups("Zeta fell more in the bolus group than in Group 2.")
True
"""

from __future__ import annotations

import re

from kg.extractors.therapy_names import therapy_labels
from kg.model import Mention
from kg.text import allocation, arm_parts, comparatives, cues, group_names
from kg.text import prefilter as rx
from kg.text import comparisons as C, effects as E, results as R
from kg.text.arms import find_arms
from kg.text.clauses import clause_end, clause_start
from kg.text.given_counts import counted_in_groups, sized_cohorts
from kg.text.numbers import NUMBER
from kg.text.measure_phrases import CHANGE_NOUN_IN, RATE_OF
from kg.text.measure_shapes import CHANGE_NOUNS, REPORTED_LEAD, written
from kg.text.measures import PARTS_BRACKET
from kg.text.ordered_values import in_arm_order
from kg.text.outcome_tagger import outcome_phrase
from kg.text.result_subject import ACHIEVED_BY, achieved_measure, subject_measure


# events reported in each arm ("rash was reported in 12% and 4%"), not what patients reported ("41% reported the
# absence of zeta")
REPORTED = rx.compile(r"(?=[r])\breported\b(?!\s(?:the|an?|their|no|improvements?|relief)\b)", re.I)


# the verb of events counted in each arm: "zeta nausea in the first 36 hours | occurred in | 45% ...", "... | was
# observed in | 45% ...", "... | occurred less often in | the A group (4%) than ..."
OCCURRED = re.compile(r"[^.;]{0,60}?\s(?:(?:occurred|developed)(?:\s+(?:more|less)\s+(?:often|frequently|commonly))?"
                      r"|(?:was|were)\s+(?:observed|seen|noted|found|documented|detected))\s+in\s")


# how often an event occurred, right before the event's name: "the rate of | stroke", "the incidence of new | zeta"
COUNTED_BEFORE = re.compile(rf"\b{RATE_OF.pattern}(?:(?:new|any|first)\s)?$")


def tagged_measure(ctx, i: int, text: str) -> Mention | None:
    """The measure of a sentence that gives each arm a number but names no measure the list or the shapes know, where
    the sentence's numbers pair with its arms (:func:`ordered_values`): the subject of "was" before the numbers
    (:func:`~kg.text.result_subject.subject_measure`), else what people reached
    (:func:`~kg.text.result_subject.achieved_measure`), else the one outcome phrase the learned tagger finds
    (:func:`~kg.text.outcome_tagger.outcome_phrase`)."""
    if not R.FIRST_DIGIT.search(text) or cues.AE_CUE.search(text) or REPORTED.search(text) or R.DIED.search(text):
        return None                     # (an event reported in each arm is an adverse event's count, not an outcome;
        #                                  deaths counted in each arm go to the trial's mortality measure)
    if not (ctx.of_kind(i, "drug", "therapy") or C.ARM_WORDS.search(text) or names_groups(text)):
        return respective_subject(ctx, i, text)     # ("X was 46% and 29%, respectively": the arms named before)
    arms = sentence_arms(ctx, i, text)
    if arms is None or len({label for *_, label in arms}) < 2:
        return None
    text = without_asides(text)          # (an aside that defines the subject is read past: "X, defined as ..., was")
    taken = estimate_spans(text)
    names = [(a, b) for a, b, _ in arms]
    paired = in_arm_order(text, arms, taken)
    if paired:
        first = min(v.start for v in paired)
        lo, hi = clause_start(text, first), clause_end(text, first)
        span = subject_measure(text, lo, first, names) or subject_measure(text, lo, first, names, ACHIEVED_BY)
        if span is not None and any(a < span[1] and span[0] < b for a, b in names):
            span = None                 # (a subject that names an arm is no measure)
        span = span or achieved_measure(text, lo, hi, names) or outcome_phrase(text, names)
    else:                               # (a threshold in the outcome's name, "at least one grade", hides the pairing)
        span = first_subject(text) or achieved_measure(text, 0, len(text), names)
    base = ctx.sentences[i].start
    if span is None or not in_arm_order(text, arms, taken + [span]) or SIZE_OF_EFFECT.search(text, span[0], span[1]):
        return None                     # (nor the size of the effect: "had 6 times higher odds")
    if OCCURRED.match(text, span[1], min(len(text), span[1] + 60)):
        # events that "occurred in" a share of each arm are an outcome where an estimate or a p-value sets the arms
        # against each other and the sentence before does not speak of adverse events (else they are the trial's
        # adverse events: "Headache occurred in 12% with A and 4% with B")
        if not taken or (i and cues.AE_CUE.search(ctx.sentences[i - 1].text)):
            return None
    elif any(m.start - base <= span[0] < m.end - base for m in ctx.of_kind(i, "disease")) \
            and not COUNTED_BEFORE.search(text, max(0, span[0] - 30), span[0]):
        return None                     # (a disease is what patients had, not what they reached; its rate or
        #                                  incidence is an event counted: "The rate of stroke was 3.7% in A ...")
    if (said := REPORTED_LEAD.match(text, span[0], span[1])) is not None and said.end() < span[1]:
        span = (said.end(), span[1])    # ("The researchers found that | zeta bleeding occurred in ...")
    if (degree := DEGREE_BEFORE.match(text, span[0], span[1])) is not None and degree.end() < span[1]:
        span = (degree.end(), span[1])  # ("experienced significantly less | zeta pain (5%) than ...")
    if re.fullmatch(cues.PEOPLE, text[span[0]:span[1]].lower()):
        # (people are no measure: "the number of adults with | zeta morbidity | ..." counts what they had)
        people = cues.PEOPLE_WITH_QUANTITY.search(text, max(0, span[0] - 30))
        if people is None or people.start("x") > span[1] + 12:
            return None
        span = people.span("x")
    if (period := STUDY_PERIOD_END.search(text, span[0], span[1])) is not None and period.start() > span[0]:
        span = (span[0], period.start())    # ("zeta days | throughout the treatment period": when, not what)
    if (change := CHANGE_WORDS.match(text, span[0])) is not None and change.end() > span[1] \
            and (obj := CHANGE_OBJECT.match(text, change.end())) is not None:
        span = obj.span("x")            # ("absolute percent change | in zeta GL-9": the quantity that changed)
    elif (bare := BARE_CHANGE.match(text, span[0], span[1])) is not None:
        into = CHANGE_NOUN_IN.match(text, bare.start("noun"))   # ("a greater mean | reduction (in zeta protein) | vs
        obj = CHANGE_OBJECT.match(text, into.end()) if into else None     # placebo": the quantity, not the word for its change)
        if obj is None and bare.end() == span[1]:
            return None
        if obj is not None:
            span = (obj.start("x"), span[1] if into.end() < span[1] else obj.end("x"))
    phrase = text[span[0]:span[1]]
    if cues.PATIENT_FLOW.search(phrase):
        return None                     # (who left each arm is no outcome: "7 were lost to follow-up (4 in A, 3 in B)")
    if ROLE_NAMED.search(phrase):
        return None                     # ("A primary endpoint event occurred in ...": the endpoint its role names)
    return Mention(phrase, base + span[0], base + span[1], "measure", written(phrase))



# a phrase that names a change alone (matched where a subject starts: :data:`~kg.text.results.CHANGE_PREFIX` is
# anchored to a label's start), and the quantity after it that changed: "absolute percent change in | zeta GL-9 | from
# baseline"
CHANGE_WORDS = re.compile(R.CHANGE_WORDS, re.I)
CHANGE_OBJECT = re.compile(r"(?:the\s)?(?P<x>[A-Za-z][\w-]*(?:\s(?!(?:from|at|over|between|during|after|showed|was|were|"
                           r"in|with|by|of|for|vs|versus|compared|than|relative)\b)[\w-]+){0,5})")
# a change's word alone, which names no quantity ("mean | reduction |"); the words up to the quantity after it are
# :data:`~kg.text.measure_phrases.CHANGE_NOUN_IN`'s
BARE_CHANGE = re.compile(rf"(?:(?:mean|median|average|percent(?:age)?|relative|absolute)\s){{0,2}}(?P<noun>{CHANGE_NOUNS})s?\b",
                         re.I)


# the whole study's span closing a measure's words, which says when it was counted: "zeta days | throughout the
# treatment period", "| over the study period", "| during the trial"
STUDY_PERIOD_END = re.compile(r"\s(?:during|over|throughout)\s(?:the\s)?(?:course\sof\s(?:the\s)?)?(?:study|trial|treatment)"
                              r"(?:\s(?:period|phase))?$"
                              # (or after what it counts from: "recurrent zeta infection | after dosing")
                              r"|\s(?:after|following)\s(?:dosing|treatment|vaccination|randomi[sz]ation)$", re.I)


def respective_subject(ctx, i: int, text: str) -> Mention | None:
    """The measure of a sentence that names no arm and gives two numbers "respectively", set against each other by a
    p-value, in a document of one therapy against one control: the subject before the numbers ("The cumulative
    probability of zeta clearance was 46% and 29%, respectively (P = 0.042)"; the pair is the two arms', as named
    before); None otherwise, or where the subject joins two quantities ("X and Y were 23% and 48%, respectively")."""
    if not RESPECTIVE_PAIR.search(text) or not E.P_VALUE.search(text) or sole_pair(ctx) is None:
        return None
    span = first_subject(text)
    if span is None or JOINED_SUBJECT.search(text, span[0], span[1]):
        return None
    phrase = text[span[0]:span[1]]
    if cues.PATIENT_FLOW.search(phrase) or ROLE_NAMED.search(phrase) or re.fullmatch(cues.PEOPLE, phrase.lower()):
        return None
    base = ctx.sentences[i].start
    return Mention(phrase, base + span[0], base + span[1], "measure", written(phrase))


# two numbers given "respectively", no arm between them: "was 46% and 29%, respectively"
RESPECTIVE_PAIR = rx.compile(r"(?=[\d])\d{1,5}(?:\.\d{1,3})?\s?%?\s(?:and|vs\.?|versus)\s\d{1,5}(?:\.\d{1,3})?\s?%?,?\s"
                             r"(?:\(\s?[pP][^()]{1,20}\)\s)?respectively\b")
# a subject (or a measure's name) that joins two quantities, whose numbers each are: "X and Y were ...", "zeta and beta"
JOINED_SUBJECT = re.compile(r"\s(?:and|or)\s|,\s", re.I)


# an aside after a measure that says what it is, between commas: "low zeta activity|, defined as a ZAS below 2
# (mild),| was reached by ..." (blanked, so that the measure is the subject of the verb after it)
# (or in brackets: "zeta calm |(defined as a score below 2)|, compared with"; or with no comma before it, up to the comma
# before the other arm: "zeta calm| defined as a ZS of 0 (none) or 1|, compared to 11% of ...")
DEFINING_ASIDE = re.compile(r",\s(?:which\s(?:was|is)\s)?(?:defined|measured|scored)\sas\s[^,;()]{1,160}+"
                            r"(?:\([^()]{0,40}\)[^,;()]{0,40}+){0,3},(?=\s)"
                            r"|\s\((?:defined|measured|scored)\sas\s[^()]{1,80}\)"
                            # (or the parts a composite's bracket lists: "X (incorporating A, B and C) was achieved by")
                            rf"|{PARTS_BRACKET.pattern}"
                            r"|\s(?:defined|measured|scored)\sas\s[^,;()]{1,160}+(?:\([^()]{0,40}\)[^,;()]{0,40}+){0,3}"
                            r"(?=,\s(?:as\s)?(?:compared|versus|vs\b|against))"
                            # (or that runs to the sentence's end with no verb of its own: "the endpoint was time to zeta
                            # relief| defined as a 2-point drop in ZS compared to placebo.|": the definition's numbers)
                            r"|\s(?:defined|measured|scored)\sas\s(?:(?!(?:was|were|is|are|had|has|achieved|reached|"
                            r"occurred|showed|observed|seen|met)\b)(?:[^,;().]|\.(?=\d))){1,120}+(?=\.?\s*$)", re.I)


def names_groups(text: str) -> bool:
    """Does the text name a group by a name of its own ("the bolus group", "Group 2", "groups A and B")?"""
    return "roup" in text and bool(group_names.named_groups(text) or group_names.listed_groups(text))


# an endpoint named by its role, not by what it measures: "a primary endpoint event", "the secondary outcome"
ROLE_NAMED = re.compile(rf"\b{R.ROLE_WORDS}[\s-]+{R.ENDPOINT_WORDS}", re.I)


def without_asides(text: str) -> str:
    """``text`` with each aside that defines a measure blanked (:data:`DEFINING_ASIDE`; offsets kept).

    >>> without_asides("Zeta calm, defined as a score below 2, was seen in 40%.")
    'Zeta calm                              was seen in 40%.'
    >>> without_asides("Zeta calm (defined as a ZS of 0) was seen in 40%.")
    'Zeta calm                        was seen in 40%.'
    >>> without_asides("The endpoint was zeta relief defined as a 2-point drop.")
    'The endpoint was zeta relief                          .'
    >>> without_asides("Zeta relief defined as a 2-point drop was seen in 40%.")
    'Zeta relief defined as a 2-point drop was seen in 40%.'
    """
    return DEFINING_ASIDE.sub(lambda m: " " * len(m.group()), text) if "as " in text else text


# how much more or less of a quantity one arm had, before its name: "clinically and statistically significantly less |"
DEGREE_BEFORE = re.compile(r"(?:(?:clinically|statistically|significantly|markedly|numerically|substantially|slightly|much|"
                           r"and)\s)*(?:less|more|fewer|lower|higher|greater)\s", re.I)


# how much larger one arm's quantity is than the other's, no measure's name: "6 times higher odds", "a two-fold risk"
SIZE_OF_EFFECT = re.compile(rf"\b(?:{NUMBER})[\s-](?:times|fold)\b", re.I)


def first_subject(text: str) -> tuple[int, int] | None:
    """The subject of "was" before the first number that has one (:func:`~kg.text.result_subject.subject_measure`):
    "A 40% reduction or more in zeta was achieved by 66% ..." (its own number is no arm's)."""
    for k, digit in enumerate(NUMBER_START.finditer(text)):
        if k == MOST_SUBJECT_TRIES:
            break
        span = subject_measure(text, clause_start(text, digit.start()), digit.start())
        if span is not None:
            return span
    return None


NUMBER_START = re.compile(r"(?<![\d.,])\d")
MOST_SUBJECT_TRIES = 6          # numbers tried (each try reads the clause before it once)


# a threshold that makes a measure a responder definition: "gained five or more letters", ">40% reduction in"
THRESHOLD_WORDS = re.compile(r"(?:[<>≥≤]|\bat\s+least\b|\bor\s+(?:more|greater|higher|less|fewer)\b|\bmore\s+than\b|"
                             r"\bgreater\s+than\b|\bless\s+than\b)", re.I)


# a measure qualified by what must hold with it: "zeta resolution | without worsened scarring"
QUALIFIED = re.compile(r"\s(?:without|with|and|plus|free\s+of)\s", re.I)


def responder_measure(ctx, i: int, text: str, measure: Mention) -> Mention | None:
    """The responder definition a known measure is part of, where people reached a threshold of it or it with a
    qualifier and each arm's share is given ("7/12 eyes on A gained five or more letters of best corrected visual
    acuity compared to 1/11 on B": the measure is the gain of five or more letters, not the acuity; "... achieving
    zeta resolution without worsened scarring": not zeta resolution alone), else None."""
    base = ctx.sentences[i].start
    if not THRESHOLD_WORDS.search(text) and not QUALIFIED.match(text, measure.end - base):
        return None
    arms = sentence_arms(ctx, i, text)
    if arms is None or len({label for *_, label in arms}) < 2:
        return None
    digit = R.FIRST_DIGIT.search(text, measure.end - base)
    subject = subject_measure(text, clause_start(text, digit.start()), digit.start()) if digit else None
    # ("A 40% reduction or more in mean zeta pressure was achieved by 66% in A and 31% in B": the subject; "A zeta
    # gain of at least 4 points was achieved by | 52% ...": the subject of the passive, its threshold's number before)
    passive = ACHIEVED_BY.search(text, measure.end - base)
    share = R.FIRST_DIGIT.search(text, passive.end()) if passive else None
    reached = subject_measure(text, clause_start(text, share.start()), share.start(), verb=ACHIEVED_BY) if share else None
    for span in (subject, reached, achieved_measure(text, 0, len(text), [(a, b) for a, b, _ in arms])):
        if span is not None and span[0] <= measure.start - base and measure.end - base <= span[1] \
                and (THRESHOLD_WORDS.search(text, span[0], span[1]) or QUALIFIED.match(text, measure.end - base)) \
                and not any(span[0] < b and a < span[1] for a, b, _ in arms):
            break                       # (not one that names an arm: "the zeta rate | with XY-1 | was 40%")
    else:
        return None
    taken = estimate_spans(text)
    if not in_arm_order(text, arms, taken + [span]):
        return None
    phrase = text[span[0]:span[1]]
    return Mention(phrase, base + span[0], base + span[1], "measure", written(phrase))


def sole_pair(ctx) -> tuple[str, str] | None:
    """(therapy, control) when the document tests one therapy against one control and names at most one dose, else
    None: a pair of numbers that names no arm is then the therapy's, then the control's, as writers order them."""
    def find():
        control = document_control(ctx)
        # (the therapies the document gives: not a substance it measures, "lowering zetol by 23%", which may be the
        # drug it names first: "a zetol-lowering medication")
        therapies, main = set(drug_labels(ctx)) - set(ctx.rivals), ctx.main_therapy
        given = set(therapy_labels(ctx)) - set(ctx.rivals)
        if main in therapies and main not in given and len(given) == 1:
            main = next(iter(given))
        therapies = {t for t in therapies if t in given or t == main}
        doses = len(document_dose_set(ctx)) >= 2        # dose groups, not one dose of the therapy
        return (main, control) if control and therapies == {main} and not doses else None
    return ctx.cached(("sole pair",), find)


def sole_therapy(ctx) -> str | None:
    """The one therapy the document tests against one control (:func:`sole_pair`), else :func:`own_treatment`."""
    pair = sole_pair(ctx)
    return pair[0] if pair else own_treatment(ctx)


def own_treatment(ctx) -> str | None:
    """The treatment an arm named by a generic word ("the intervention group") stands for: the document's main
    therapy named in words of its own (a programme, a procedure, a device), or the one therapy its allocation gives
    ("randomly assigned to receive XY-123 or placebo"); not a substance the lexicon knows that the document names
    otherwise (which everyone may have taken), else None."""
    main = ctx.main_therapy
    if main and main in ctx.therapies and ctx.therapies[main].source != "lexicon":
        return main
    allocated = set(ctx.allocated)
    return next(iter(allocated)) if len(allocated) == 1 else None


def drug_labels(ctx) -> frozenset[str]:
    """The labels of the drugs and therapies the document's mentions name, given or not."""
    return ctx.cached(("drug labels",), lambda: frozenset(m.label for ms in ctx.mentions for m in ms
                                                          if m.kind in ("drug", "therapy")))


def defined_labels(ctx) -> tuple[str, ...]:
    """The labels a document defines for its groups in brackets where it describes them ("(AB + PL)", "(ZL group)")."""
    def find():
        found = []
        for s in ctx.sentences:
            if "(" in s.text:
                found += [a.label for a in group_names.labelled_groups(s.text, ())]
        return tuple(dict.fromkeys(found))
    return ctx.cached(("defined labels",), find)


def labelled_pair(ctx) -> tuple[str, str] | None:
    """The two groups a document labels in brackets where it describes them ("... mesh (ZL group, n = 31) or ...
    (ZH group, n = 30)"), by their labels; None unless it labels two."""
    def find():
        for s in ctx.sentences:
            if "(" in s.text and ("group" in s.text or "Group" in s.text or "arm" in s.text):
                found = group_names.labelled_groups(s.text, ())
                if len(found) == 2:
                    return found[0].label, found[1].label
        return None
    return ctx.cached(("labelled pair",), find)


def document_controls(ctx) -> frozenset[str]:
    """The controls a document names (placebo, sham, vehicle, usual care ...)."""
    def find():
        found = {C.arm_word(m.group()) for s in ctx.sentences for m in C.ARM_WORDS.finditer(s.text)}
        return frozenset(found & E.CONTROL_ARMS)
    return ctx.cached(("document controls",), find)


def document_control(ctx) -> str | None:
    """The one control a document names, else None."""
    found = document_controls(ctx)
    return next(iter(found)) if len(found) == 1 else None


def sets_arms_against(ctx) -> bool:
    """Whether a document sets its therapy against a control or another therapy; False in a single-arm study, whose
    numbers are of its one group."""
    return bool(document_controls(ctx) or len(ctx.allocated) >= 2)


def other_allocated(ctx, label: str) -> str | None:
    """The other therapy of a document that allocates patients to two therapies and no control ("randomized to XY-123
    or AB-7"): a pair of numbers said of one is set against the other; else None."""
    pair = ctx.allocated
    return next((x for x in pair if x != label), None) if len(pair) == 2 and label in pair else None


def arms_named_before(ctx, i: int, text: str, at: int) -> list[str]:
    """The arms a clause names before offset ``at``, in order, each once: therapies (one for "A plus B") and control
    words ("XY-123 ... compared to placebo (", "between XY-123 and usual care ("); a therapy with the dose written
    right after it ("XY-123 200 mg also beat placebo")."""
    spans = arm_spans(ctx, i, text, clause_start(text, at), at)
    return list(dict.fromkeys(with_dose_after(ctx, text, b, label) for _, b, label in modified_arms(ctx, text, spans)))


def with_dose_after(ctx, text: str, end: int, label: str) -> str:
    """An arm's label with the dose written right after its name at ``end`` ("XY-123 | 200 mg"), where the document
    gives the therapy at more than one dose (each dose an arm: two written after its name, or two doses in a document of
    one therapy, "XY-123 2 mg ... the 1 mg group"); else the label."""
    dose = dose_after(text, end) if " plus " not in label else None
    if dose is None or C.DOSE_IN.search(label) or not (len(doses_written(ctx).get(label, ())) >= 2
                                                        or (label == ctx.main_therapy and dose_ranging(ctx))):
        return label
    return f"{label} {dose.group('amount')} {dose.group('unit')}"


def dose_after(text: str, end: int) -> re.Match | None:
    """The dose written one blank after a name that ends at ``end`` ("XY-123 | 200 mg"), or None."""
    return C.DOSE_IN.match(text, end + 1) if text[end:end + 1] == " " else None


def doses_written(ctx) -> dict[str, set[str]]:
    """{therapy label: the doses the document writes right after its name}."""
    def make():
        out: dict[str, set[str]] = {}
        for s, ms in zip(ctx.sentences, ctx.mentions):
            for m in ms:
                if m.kind in ("drug", "therapy") and (dose := dose_after(s.text, m.end - s.start)):
                    out.setdefault(m.label, set()).add(dose.group("amount"))
        return out
    return ctx.cached(("doses written",), make)


# the route written right before a therapy's name: "oral | XY-123"
ROUTE_BEFORE = rx.compile(rf"(?=[iIoOsStT])\b(?P<route>{cues.ROUTE_WORDS})\s$", re.I)


# ... and at the start of an arm's label made so
ROUTE_OF_ARM = re.compile(rf"{cues.ROUTE_WORDS}\s", re.I)


def with_route_before(ctx, text: str, start: int, label: str) -> tuple[int, str]:
    """(start, label) of a therapy named at ``start`` with the route written before it ("oral XY-123"), where the
    document gives the therapy by more than one route (each route an arm); else ``start`` and the label."""
    hit = ROUTE_BEFORE.search(text, max(0, start - 16), start) if len(routes_written(ctx).get(label, ())) >= 2 else None
    return (hit.start(), f"{hit.group('route').lower()} {label}") if hit else (start, label)


def routes_written(ctx) -> dict[str, set[str]]:
    """{therapy label: the routes the document writes right before its name}."""
    def make():
        out: dict[str, set[str]] = {}
        for s, ms in zip(ctx.sentences, ctx.mentions):
            for m in ms:
                if m.kind in ("drug", "therapy") and (hit := ROUTE_BEFORE.search(s.text, max(0, m.start - s.start - 16),
                                                                                   m.start - s.start)):
                    out.setdefault(m.label, set()).add(hit.group("route").lower())
        return out
    return ctx.cached(("routes written",), make)


def arm_spans(ctx, i: int, text: str, lo: int, at: int) -> list[tuple[int, int, str]]:
    """(start, end, label) of each naming of an arm in ``text[lo:at]``, in text order: therapies, control words and
    the short forms the text defines for controls."""
    base = ctx.sentences[i].start
    found = []                               # (start, end, label) of each arm named
    names = sentence_names(ctx, i)
    for m in ctx.of_kind(i, "drug", "therapy"):
        if lo <= m.start - base < at and not COMBINED_WITH.search(text, max(0, m.start - base - 8), m.start - base) \
                and not joined_second(text, m.start - base, names) \
                and not PRIOR_THERAPY.search(text, max(lo, m.start - base - 40), m.start - base) \
                and not AMOUNT_OF_DRUG.match(text, m.end - base) and not cues.ANALYTE_AFTER.match(text, m.end - base) \
                and not (CHANGE_OF_SUBSTANCE.search(text, max(lo, m.start - base - 40), m.start - base)
                         and SUBSTANCE_PREDICATE.match(text, m.end - base)):
            other = given_with(ctx, i, m)
            start, label = (m.start - base, m.label) if other else with_route_before(ctx, text, m.start - base, m.label)
            found.append((start, m.end - base, f"{label} plus {other}" if other else label))
    drugs_at = sorted(a for a, _, _ in found)
    for hit in C.ARM_WORDS.finditer(text, lo, at):
        if describes_drug_after(text, hit, drugs_at):
            continue                         # "vs active comparator ZZ-9": the words say what the drug after them is
        if COMBINED_WITH.search(text, max(0, hit.start() - 24), hit.start()) and not (
                text[hit.start() - 1:hit.start()] == "-" and re.fullmatch(cues.PLACEBO_WORDS, hit.group(), re.I)):
            continue                         # "XY-123 plus chemotherapy": part of the arm before it (not "ZDS-placebo":
            #                                  the placebo given by a device)
        if CORRECTED_FOR.match(text, hit.end()):
            continue                         # "placebo-corrected FEV1": a number net of the control, not its arm's
        if hit.group().lower() == "control" and any(m.start - base < hit.start() and hit.end() <= m.end - base
                                                    for m in ctx.of_kind(i, "measure")):
            continue                         # "disease control (71% vs 45%)": a measure's word, no arm
        if not any(a <= hit.start() <= b for a, b, _ in found):
            label = C.arm_word(hit.group())  # ("the control group": the document's one control, "vehicle")
            if label in ("active", "intervention") and (own := sole_therapy(ctx)):
                label = own                  # ("with the active drug", "in the intervention group": the document's
                #                              one therapy, which names the arm as the allocation's reader names it)
            found.append((hit.start(), hit.end(), (document_control(ctx) or (
                worded_control(ctx) if CONTROL_GROUP.match(text, hit.start()) else None) or label)
                if label == "control" else label))
    if ACTIVE_GROUP.search(text, lo, at) and (pair := sole_pair(ctx)):
        # "the treatment group", "the study group": the arm of the document's one therapy
        found += [(h.start(), h.end(), pair[0]) for h in ACTIVE_GROUP.finditer(text, lo, at)
                  if not any(a < h.end() and h.start() < b for a, b, _ in found)]
    found += named_again(ctx, text, found, lo, at)
    for m in ctx.of_kind(i, "term"):         # a short form the text defines for a control ("PBO" for placebo)
        if lo <= m.start - base < at and C.ARM_WORDS.fullmatch(m.label) and \
                not any(a <= m.start - base <= b for a, b, _ in found):
            found.append((m.start - base, m.end - base, m.label.lower()))
    if "(" in ctx.doc.text and (codes := coded_arms(ctx)):     # an arm by the code the allocation gave it: "XA, 18%"
        for hit in CODE_TOKEN.finditer(text[lo:at]):
            label = codes.get(hit.group())
            if label and not any(a <= lo + hit.start() < b for a, b, _ in found):
                found.append((lo + hit.start(), lo + hit.end(), label))
    if "ohort" in text and (cohorts := document_cohorts(ctx)):   # the document's cohorts by number: "for cohort 2"
        for hit in COHORT_TOKEN.finditer(text, lo, at):
            label = f"cohort {hit.group('k')}"
            if label in cohorts and not any(a <= hit.start() < b for a, b, _ in found):
                found.append((hit.start(), hit.end(), label))
    if "roup" in text and document_groups(ctx):     # the document's groups named by a letter: "in Group B"
        for hit in group_names.GROUP_TOKEN.finditer(text, lo, at):
            label = group_label(ctx, hit.group())
            if label and not any(a <= hit.start() <= b for a, b, _ in found):
                found.append((hit.start(), hit.end(), label))
    return sorted(found)


def describes_drug_after(text: str, hit: re.Match, drugs_at: list[int]) -> bool:
    """Is the control's word ``hit`` part of the words that call the drug right after it the comparator ("vs active |
    comparator | ZZ-9", "the | comparator drug, | ZZ-9"; :data:`~kg.text.cues.COMPARATOR_NAMED_BEFORE`)?

    >>> t = "vs active comparator ZZ-9"
    >>> describes_drug_after(t, re.search("active", t), [t.index("ZZ")]), describes_drug_after(t, re.search("vs", t), [])
    (True, False)
    """
    drug = next((d for d in drugs_at if d >= hit.end()), None)
    named = cues.COMPARATOR_NAMED_BEFORE.search(text, hit.start(), drug) if drug is not None and drug - hit.end() <= 30 \
        else None
    return named is not None and named.start() <= hit.end() + 1


# a drug named as what was measured, not an arm: "morphine | consumption", "fentanyl | requirements", "digoxin | levels"
AMOUNT_OF_DRUG = re.compile(rf"\s(?:{cues.AMOUNT_NOUNS}|levels?|concentrations?)\b", re.I)
# a substance named as what changed or was measured, not as what an arm was given: "the mean increase in | creatinine",
# "the concentration of serum | potassium"
CHANGE_OF_SUBSTANCE = re.compile(r"\b(?:(?:increases?|decreases?|changes?|rises?|falls?|reductions?|elevations?|declines?)\s(?:in|of)"
                                 r"|(?:levels?|concentrations?)\s(?:of|in))\s(?:the\s)?(?:(?:serum|plasma|blood|urinary|urine)\s)?$",
                                 re.I)
# (what follows it then: its number's verb or its time; not its people, "changes in XY-123 (...) and placebo patients")
SUBSTANCE_PREDICATE = re.compile(r"\s(?:was|were|is|are|from|by|at|over|during|after|levels?|concentrations?)\b", re.I)


# a control named as what a number is net of, not as an arm: "placebo|-corrected", "placebo| adjusted"
CORRECTED_FOR = re.compile(rf"[-\s]{cues.NET_OF}\b", re.I)


# the words that name the arm given the document's therapy by its role ("the treatment arm", "the active group")
ACTIVE_WORDS = cues.ACTIVE_ROLE


# the arm given the document's therapy, named by its role: "the treatment group", "the active arm"
ACTIVE_GROUP = re.compile(rf"\b{ACTIVE_WORDS}\s+(?:arm|group|cohort)\b", re.I)


def ordered_values(ctx, i: int, text: str, span: tuple[int, int], effects, p_values) -> list:
    """The sentence's numbers for the one measure at ``span``, given to the arms it names in the order it names them
    (:func:`~kg.text.ordered_values.in_arm_order`): the reading left when no layout reader read the sentence. Not
    where it names a therapy only named as a rival, or an arm by its role in a document of more than two arms."""
    arms = sentence_arms(ctx, i, text)
    if arms is None:
        return []
    taken = [(e.start, e.end) for e in effects] + [(p.start, p.end) for p in p_values] + [span]
    text = without_asides(text)          # ("X, defined as a score below 2 (mild), was ...": no arm's number)
    found = in_arm_order(text, arms, taken)
    cut = next((a for a, _, label in arms[1:] if label == arms[0][2]), None) if arms and not found else None
    if cut is not None:                 # (the clause that names them again starts at the last break before)
        last = max(b for _, b, _ in arms if b <= cut)
        cut = max(text.rfind(", ", last, cut), text.rfind("; ", last, cut), last)
    if cut is not None and OTHER_ANALYSIS_SET.search(text, cut):
        # "66% of A patients and 31% of B patients achieved X, as did 73% and 40% in the per-protocol population": the
        # first analysis is the one the sentence reports; the same arms again count another set of patients
        found = in_arm_order(text[:cut], [a for a in arms if a[1] <= cut], [t for t in taken if t[1] <= cut])
    return [] if against_the_comparative(text, arms, found) or against_after_respectively(text, arms, found) else found


# the arm all the values are set against, named after "respectively": "reducing X by 31% and 18%, respectively, |
# compared to sham" (the values are those of the items named before, as against that arm, not that arm's own)
RESPECTIVELY_AGAINST = re.compile(r"\brespectively,?\s(?:when\s)?(?:compared\s(?:to|with)|versus|vs\.?|relative\sto|than|"
                                  r"over)\s")


def against_after_respectively(text: str, arms: list[tuple[int, int, str]], found: list) -> bool:
    """Are the values, given "respectively", all set against an arm named after them (:data:`RESPECTIVELY_AGAINST`),
    so that giving one of them to that arm misreads them?

    >>> from types import SimpleNamespace as V
    >>> t = "A cut X by 31% and 18%, respectively, compared to sham."
    >>> against_after_respectively(t, [(0, 1, "A"), (50, 54, "sham")], [V(start=12), V(start=20)])
    True
    """
    if len(found) < 2 or not arms:
        return False
    hit = RESPECTIVELY_AGAINST.search(text, found[-1].start)
    return hit is not None and arms[-1][0] >= hit.end()


def against_the_comparative(text: str, arms: list[tuple[int, int, str]], found: list) -> bool:
    """Do two values given to two arms in the order named contradict a comparative said of the second, where the first
    is named as what it is compared with ("Compared with A, X was higher in B (72% vs 62%, respectively)": the writer's
    order and the comparative disagree, and no reading is safe)?"""
    if len(found) != 2 or len(arms) != 2 or found[0].start < arms[1][1] \
            or not comparatives.named_as_reference(text, arms[0][0]):
        return False
    return comparatives.contradicted(text[arms[0][1]:found[0].start], (found[1].value, found[0].value))


# the set of patients another analysis counts, after the arms are named again
OTHER_ANALYSIS_SET = re.compile(rf"\b{cues.ANALYSIS_SETS}\b", re.I)


def sentence_arms(ctx, i: int, text: str) -> list[tuple[int, int, str]] | None:
    """(start, end, label) of each naming of an arm in sentence ``i``, in text order: therapies and controls
    (:func:`arm_spans`), the arm named by its role ("the treatment group": the document's one therapy) and dose groups
    (:func:`dose_arms`); None where the sentence names a therapy only named as a rival, or an arm by its role in a
    document of more than two arms."""
    return ctx.cached(("sentence arms", i, text), lambda: find_sentence_arms(ctx, i, text))


def find_sentence_arms(ctx, i: int, text: str) -> list[tuple[int, int, str]] | None:
    """:func:`sentence_arms`, not remembered."""
    arms = arm_spans(ctx, i, text, 0, len(text))
    if any(label in ctx.rivals for *_, label in arms):
        return None
    if ACTIVE_GROUP.search(text):
        pair = sole_pair(ctx)
        if pair is None:
            return None
        arms += [(h.start(), h.end(), pair[0]) for h in ACTIVE_GROUP.finditer(text)
                 if not any(a < h.end() and h.start() < b for a, b, _ in arms)]
    arms += named_again(ctx, text, arms)
    if C.DOSE_IN.search(text):
        arms = dose_arms(ctx, text, arms)
    arms += [g for g in group_names.named_groups(text) + group_names.listed_groups(text)
             if not any(a < g[1] and g[0] < b for a, b, _ in arms) and g[2].lower() not in ctx.rivals]
    for label in defined_labels(ctx) if "+" in text or "/" in text else ():    # "after 2 months of AB + CS": the group
        arms += [(m.start(), m.end(), label) for m in re.finditer(rf"(?<![\w+/]){re.escape(label)}(?![\w+/])", text)
                 if not any(a < m.end() and m.start() < b for a, b, _ in arms)]
    levels = {**combined_arms(ctx), **document_doses(ctx)}
    arms = modified_arms(ctx, text, arms) if "-" in text or " and " in text else arms
    arms = without_dosed_subject(text, sorted((a, b, levels.get(label, label)) for a, b, label in arms))
    return without_restated(text, arms, document_group_keys(ctx) if "roup" in text else frozenset())


# what may stand before a sentence's opening subject: a section's heading ("Results: | XY-123 reduced ...")
HEADING_LEAD = re.compile(r"(?:[A-Z][A-Za-z ]{1,30}:\s{1,3})?")


def without_dosed_subject(text: str, arms: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The arms without a drug that opens the sentence before its own dose groups: the sentence's subject, all its
    doses ("XY-123 reduced X in the 10 mg group (...) and the 20 mg group (...)"), no arm of its own.

    >>> t = "XY-123 reduced ZRS in the 10 mg group (-4) and the 20 mg group (-5) vs placebo (-1)."
    >>> arms = [(0, 6, "XY-123"), (26, 31, "XY-123 10 mg"), (48, 53, "XY-123 20 mg"), (71, 78, "placebo")]
    >>> without_dosed_subject(t, arms)
    [(26, 31, 'XY-123 10 mg'), (48, 53, 'XY-123 20 mg'), (71, 78, 'placebo')]
    """
    dosed = [(a, label) for a, _, label in arms if " " in label]
    return [arm for arm in arms if not HEADING_LEAD.fullmatch(text, 0, arm[0])
            or sum(label.startswith(arm[2] + " ") for _, label in dosed) < 2]


def modified_arms(ctx, text: str, arms: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The arms with a therapy named after the modifiers its allocated arms are told apart by made those arms ("the
    standard and more frequent XY groups" where the allocation gave "standard XY" and "more frequent XY"): one arm for
    each modifier, in the order written."""
    told = modifier_arms(ctx)
    if not told:
        return arms
    out = []
    for a, b, label in arms:
        mods = told.get(label)
        lead = MODIFIERS_BEFORE.search(text, max(0, a - 60), a) if mods else None
        words = [" ".join(w.replace("-", " ").split()).lower() for w in lead.group("m1", "m2") if w] if lead else []
        if not words or not all(w in mods for w in words):
            out.append((a, b, label))
            continue
        out += [(lead.start(g), lead.end(g), mods[w]) for g, w in zip(("m1", "m2"), words)]
    return out


# one or two modifiers right before a therapy's name: "the | standard and more frequent | XY groups"
MODIFIERS_BEFORE = re.compile(r"(?<![\w-])(?P<m1>[a-z]+(?:[\s-][a-z]+)?)(?:\sand\s(?P<m2>[a-z]+(?:[\s-][a-z]+)?))?\s$")


def modifier_arms(ctx) -> dict[str, dict[str, str]]:
    """{therapy: {modifier: arm label}} for the therapies two or more allocated arms are told apart by a modifier
    before the therapy's name ("standard XY", "more-frequent XY"; the modifier in lower case, hyphens read as
    spaces). Made once per document."""
    def find():
        out: dict[str, dict[str, str]] = {}
        for arm in allocated_arms(ctx):
            for drug in arm.interventions:
                if arm.label.lower().endswith(" " + drug.lower()) and len(arm.label) > len(drug) + 1:
                    mod = " ".join(arm.label[:-len(drug) - 1].replace("-", " ").split()).lower()
                    out.setdefault(drug, {})[mod] = arm.label
        return {drug: mods for drug, mods in out.items() if len(mods) >= 2}
    return ctx.cached(("modifier arms",), find)


# between a group's name and the bracket that names its arm's therapy: "Group A | (| XY-123 |)"
BRACKET_OPEN = re.compile(r"\s?\(\s?")
BRACKET_CLOSE = re.compile(r"\s?[);]")


def without_restated(text: str, arms: list[tuple[int, int, str]], groups: frozenset[str] = frozenset()
                      ) -> list[tuple[int, int, str]]:
    """The arms' namings without a group's name whose bracket right after names its arm again ("in Group A (XY-123)
    and Group B (placebo)": one arm each, by what it got); but where the document's arms are those groups (``groups``,
    their labels), the group's name stays and its bracket goes.

    >>> t = "was 9% and 41% in Group A (XY-123) and Group B (placebo)"
    >>> arms = [(18, 25, "Group A"), (27, 33, "XY-123"), (39, 46, "Group B"), (48, 55, "placebo")]
    >>> [label for *_, label in without_restated(t, arms)], [label for *_, label in without_restated(t, arms, {"Group A", "Group B"})]
    (['XY-123', 'placebo'], ['Group A', 'Group B'])
    """
    out, restated = [], False
    for k, (a, b, label) in enumerate(arms):
        if restated:
            restated = False
            continue
        nxt = arms[k + 1] if k + 1 < len(arms) else None
        if nxt and nxt[2] != label and BRACKET_OPEN.fullmatch(text, b, nxt[0]) and BRACKET_CLOSE.match(text, nxt[1]):
            if label not in groups:
                continue
            restated = True
        out.append((a, b, label))
    return out


def document_group_keys(ctx) -> frozenset[str]:
    """The labels of the groups by letter or number that the document's sentences tell what each got ("Group A
    received XY-123 ...", "divided into Group Z (ZX-caine) and Group X (BX-caine)"): its arms are named so."""
    def find():
        found = set()
        for i, s in enumerate(ctx.sentences):
            if "roup" in s.text:
                names = sentence_names(ctx, i)
                found |= {a.label for a in group_names.given_groups(s.text, names) + group_names.bracketed_groups(s.text, names)
                          if a.label.startswith("Group ")}
        return frozenset(found)
    return ctx.cached(("document group keys",), find)


def named_again(ctx, text: str, arms: list[tuple[int, int, str]], lo: int = 0, at: int | None = None) -> list:
    """(start, end, therapy) of each place in ``text[lo:at]`` that names the document's one therapy again by a noun
    ("The drug lowered X by 26%, compared with 2% with placebo"), where the document tests that one therapy against
    one control (:func:`sole_pair`) and no arm in ``arms`` is named there.

    >>> named_again(None, "Placebo groups differed.", [])
    []
    """
    stop = len(text) if at is None else at
    if not cues.PRODUCT_ANAPHOR.search(text, lo, stop) or (pair := sole_pair(ctx)) is None:
        return []
    return [(h.start(), h.end(), pair[0]) for h in cues.PRODUCT_ANAPHOR.finditer(text, lo, stop)
            if not any(a < h.end() and h.start() < b for a, b, _ in arms)]


# the dose levels a document's groups are named by, lowest first, by how many doses it names
LEVELS = {2: ("low dose", "high dose"), 3: ("low dose", "medium dose", "high dose")}


def document_doses(ctx) -> dict[str, str]:
    """The arm each dose level names where the document names two or three doses of its therapy in one unit
    ("the low-dose group" of a trial of 20 mg and 40 mg: "XY-123 20 mg"), else {}."""
    def find():
        doses = document_dose_set(ctx)
        units = {u for _, u in doses}
        if ctx.main_therapy is None or len(units) != 1 or len(doses) not in LEVELS:
            return {}
        # (a combination's by its first amount, a range's by its lower end)
        ordered = sorted(doses, key=lambda d: float(re.split(r"[/\-–]", d[0])[0].replace(",", "")))
        names = LEVELS[len(doses)]
        out = {name: f"{ctx.main_therapy} {amount} {unit}" for name, (amount, unit) in zip(names, ordered)}
        if len(doses) == 3:
            out["middle dose"] = out["mid dose"] = out["intermediate dose"] = out["medium dose"]
        out["lowest dose"], out["highest dose"] = out["low dose"], out["high dose"]    # ("the highest dose group")
        return out
    return ctx.cached(("document doses",), find)


# what may stand between a dose and the therapy it is of: "XY-123 at | 10 mg", "10 mg | of XY-123"
DOSE_JOIN = re.compile(r"[\s\w-]{0,14}")


def dose_arms(ctx, text: str, arms: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The arms with each dose a sentence names made an arm of its own, "<therapy> <dose>", joined with the therapy
    named beside it ("XY-123 10 mg", "10 mg of XY-123", "those taking it at the 20-mg strength": the document's
    therapy). Only for two doses or more, or one dose in a document that names two or more doses of its therapy
    (:func:`dose_ranging`): else one dose names no dose group, and the arms are left as they were."""
    doses, joined, alone = [], set(), []
    therapies = [(a, b, label) for a, b, label in arms if label not in E.CONTROL_ARMS]
    for d in doses_in(text):
        near = [(a, b, label) for a, b, label in therapies
                if (b <= d.start() and DOSE_JOIN.fullmatch(text, b, d.start())) or
                (d.end() <= a and DOSE_JOIN.fullmatch(text, d.end(), a))]
        drug = near[0] if near else None
        dose = f"{d.group('amount')} {d.group('unit')}"
        named = None if drug else arm_named_by_dose(ctx, dose)
        label = drug[2] if drug else ctx.main_therapy
        if label is None and named is None:
            return arms
        joined |= {drug} if drug else set()
        alone += [] if drug else [(d, named or f"{label} {dose}")]
        span = (min(d.start(), drug[0]), max(d.end(), drug[1])) if drug else d.span()
        doses.append((*span, named or f"{label} {dose}"))
    if len({label for *_, label in doses}) < 2 and not (doses and dose_ranging(ctx)):
        return arms
    # (the therapy named once after doses given alone is the head they share: "31% (40 mg) and 36% (60 mg) of |
    # XY-treated patients", no arm of its own)
    shared = {arm for arm in therapies if len(alone) >= 2 and all(name.startswith(arm[2] + " ") for _, name in alone)
              and HEAD_AFTER_DOSES.fullmatch(text, alone[-1][0].end(), arm[0])}
    return sorted(doses + [arm for arm in arms if arm not in joined and arm not in shared])


# between the last of doses given alone and the therapy they are doses of: "(100 mg) | of | XY-treated"
HEAD_AFTER_DOSES = re.compile(r"\)?\s(?:of|in|with)\s(?:the\s)?(?:[a-z]{3,12}\s)?")


def arm_named_by_dose(ctx, dose: str) -> str | None:
    """The label of the one arm the document spells out (:func:`spelt_arms`) whose name ends in ``dose`` ("AB MDI
    215/12 µg" for "215/12 µg": a product the lexicon does not know, named so at allocation), or None."""
    def find():
        labels = {a.label for k, s in enumerate(ctx.sentences) if C.DOSE_IN.search(s.text) for a in spelt_arms(ctx, k)}
        ends = {}
        for label in labels:
            if (d := C.DOSE_IN.search(label)) and d.end() == len(label) and d.start() > 0:
                ends.setdefault(f"{d.group('amount')} {d.group('unit')}".lower(), set()).add(label)
        return {dose: next(iter(found)) for dose, found in ends.items() if len(found) == 1}
    return ctx.cached(("arms named by dose",), find).get(dose.lower())



def doses_in(text: str) -> list[re.Match]:
    """The doses a text names (:data:`~kg.text.comparisons.DOSE_IN`), without volumes measured ("-14 mL") and amounts
    after what measures them ("morphine consumption was 8.5 mg")."""
    return [d for d in C.DOSE_IN.finditer(text) if d.group("unit").lower() != "ml"
            and not cues.AMOUNT_MEASURED.search(text, 0, d.start())]


def document_dose_set(ctx) -> frozenset[tuple[str, str]]:
    """(amount, unit) of every dose the document names (:func:`doses_in`, and each of a list that shares one unit:
    "5, 10 or 20 milligrams"), units by their symbols, found once per document."""
    def find():
        unit = arm_parts.short_unit
        found = {(d.group("amount"), unit(d.group("unit")).lower()) for s in ctx.sentences for d in doses_in(s.text)}
        for s in ctx.sentences:
            found |= {(a, unit(m.group("unit")).lower()) for m in C.DOSES_LISTED.finditer(s.text) if m.group("doses")
                      for a in C.DOSE_NUMBER.findall(m.group("doses"))}
        return frozenset(found)
    return ctx.cached(("dose set",), find)


def estimate_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the effect estimates and p-values of a sentence: numbers that are no arm's."""
    return [(e.start, e.end) for e in E.find_effects(text)] + [(p.start, p.end) for p in E.find_p_values(text)]


def dose_ranging(ctx) -> bool:
    """Whether the document names two or more doses (amount and unit) of its one therapy: its results may then be given
    for one dose group at a time ("the 6.4 µg group was 10.1 points ...")."""
    return ctx.main_therapy is not None and len(document_dose_set(ctx)) >= 2


# a therapy the patients had before the trial, not an arm: "In patients previously treated with | XY-123"
PRIOR_THERAPY = re.compile(r"\b(?:previously|prior|pretreated|pre-treated|failed|failing|refractory|naive|naïve|intolerant)\b"
                           r"[^,;()]{0,30}$", re.I)


# a therapy given with the one before it ("XY-123 plus | chemotherapy", "the XY-123– | AB-7 group"): one arm with it
# (not a marker of who tested positive: "AB-positive" written "Ab+ | XY-123-treated patients")
COMBINED_WITH = re.compile(r"(?:\bplus|(?<!\w)\+|\+(?!\s)|\bcombined\s+with|\bin\s+combination\s+with)\s*$|(?<=\w)[–—-]$", re.I)


def given_with(ctx, i: int, m: Mention) -> str | None:
    """The label of the therapy given together with mention ``m`` in one arm ("XY-123 plus AB-7", "the combination
    of XY-123 and AB-7", "the XY-123 with AB-7 arm"), if any."""
    text, names = ctx.sentences[i].text, sentence_names(ctx, i)
    other = allocation.partner(text, m.end - ctx.sentences[i].start, names) or \
        joined_partner(text, m.start - ctx.sentences[i].start, m.end - ctx.sentences[i].start, names)
    return other.label if other and other.label != m.label else None


# two therapies one arm gives together, named as a pair: "the combination of | A | and | B", "the | A | with | B | arm"
COMBINATION_OF_BEFORE = re.compile(r"\bcombination\s(?:regimen\s)?of\s$", re.I)
JOINED_AND = re.compile(r"\s(?:and|with)\s")
WITH_BETWEEN = re.compile(r"\swith\s")
ARM_WORD_AFTER = re.compile(r"\s(?:arm|group|cohort)s?\b", re.I)


def joined_partner(text: str, start: int, end: int, names) -> arm_parts.Name | None:
    """The therapy named right after the one at ``start``:``end`` as its partner in one arm: after "the combination of
    A and", or between "A with" and the word for an arm ("the A with B arm").

    >>> t = "The combination of zetacin and betamab led to improved OS, compared with zetacin alone."
    >>> n = (arm_parts.Name(19, 26, "Zetacin"), arm_parts.Name(31, 38, "Betamab"), arm_parts.Name(73, 80, "Zetacin"))
    >>> joined_partner(t, 19, 26, n).label, joined_partner(t, 73, 80, n)
    ('Betamab', None)
    """
    after = min((n for n in names if n.start >= end), key=lambda n: n.start, default=None)
    if after is None or after.start - end > 6:
        return None
    if COMBINATION_OF_BEFORE.search(text, max(0, start - 30), start) and JOINED_AND.fullmatch(text, end, after.start):
        return after
    if WITH_BETWEEN.fullmatch(text, end, after.start) and ARM_WORD_AFTER.match(text, after.end):
        return after
    return None


def joined_second(text: str, start: int, names) -> bool:
    """Is the therapy at ``start`` the second of a pair one arm gives together (:func:`joined_partner`)?"""
    before = max((n for n in names if n.end <= start), key=lambda n: n.end, default=None)
    partner = joined_partner(text, before.start, before.end, names) if before else None
    return partner is not None and partner.start == start


def sentence_names(ctx, i: int) -> tuple[arm_parts.Name, ...]:
    """The therapies named in sentence ``i``, with offsets in it, as the arm readers take them."""
    base = ctx.sentences[i].start
    return tuple(arm_parts.Name(x.start - base, x.end - base, x.label) for x in ctx.of_kind(i, "drug", "therapy"))


# a short code in brackets that an allocation gives right after an arm: "XY-123 plus AB-7 (XA) or XY-123 plus placebo
# (XP)", by which the results name the arm ("XA, 31% v XP, 26%")
CODE_BRACKET = re.compile(r"\((?P<c>[A-Z][A-Z0-9+]{1,5})\)")
CODE_TOKEN = re.compile(r"(?<![\w+-])[A-Z][A-Z0-9+]{1,5}(?![\w+-])")     # (such a code in a result's words)


def spelt_arms(ctx, i: int) -> list[arm_parts.Arm]:
    """The arms sentence ``i`` spells out (:func:`~kg.text.arms.find_arms`), read once for every reader that asks."""
    return ctx.cached(("spelt arms", i), lambda: find_arms(ctx.sentences[i].text, sentence_names(ctx, i), ctx.main_therapy))


def worded_arm(ctx, words: str) -> str | None:
    """The arm an allocation of the document spells out in words, not by a therapy's name, that ``words`` name: its
    name, hyphens as spaces, with "the" and "group" or "arm" around it, or its first words (or it, with more after)
    where no other such arm's are the same ("the intensive-treatment group", "the intensive group": "intensive
    treatment"); else None."""
    key = ARM_WORDS_AROUND.sub("", " ".join(words.replace("-", " ").lower().split()))
    if not key or not (arms := worded_arms(ctx)):
        return None
    if key in arms:
        return arms[key]
    starting = {label for name, label in arms.items() if name.startswith(key + " ") or key.startswith(name + " ")}
    if len(starting) == 1:
        return starting.pop()
    # (or the words of one arm's name alone, no other's: "the walking group" of "supervised zeta walking program")
    words = set(key.split()) - GENERIC_ARM_WORDS
    holding = {label for name, label in arms.items() if words and words <= set(name.split())}
    sharing = {label for name, label in arms.items() if words & set(name.split())}
    return holding.pop() if len(holding) == 1 and len(sharing) == 1 else None


# words of a worded arm's name that tell no arm from another
GENERIC_ARM_WORDS = frozenset("alone only plus with and or of the a an care treatment therapy intervention program "
                              "programme".split())


# the control named as a group of people: "controls", "the control group", "control patients" (not "disease control")
CONTROL_GROUP = re.compile(r"controls\b|control\s(?:groups?|arms?|cohorts?|patients|participants|subjects)\b", re.I)


def worded_control(ctx) -> str | None:
    """The arm an allocation of the document spelt out in words against the arm of its one therapy (of two): what its
    "control group" is where no control word names it ("supervised zeta walking program" against "zeta leaflets
    alone"); else None."""
    arms, main = allocated_arms(ctx), (ctx.main_therapy or "").lower()
    if len(arms) != 2 or not main:
        return None
    others = [a.label for a in arms if main not in a.label.lower()]
    return others[0] if len(others) == 1 else None


def scheduled_arm(ctx, label: str | None, words: str) -> str | None:
    """The arm an allocation of the document names by ``label``'s therapy and the schedule ``words`` give, where its
    arms differ only by how often it is given ("zetamab every 8 weeks" of arms "Zetamab every 8 weeks", "Zetamab
    every 12 weeks"); else None."""
    often = arm_parts.SCHEDULE.search(words) if label else None
    if often is None or not (arms := scheduled_arms(ctx)):
        return None
    full = f"{label} {' '.join(often.group('often').split())}"
    return full if full in arms else None


def scheduled_arms(ctx) -> frozenset[str]:
    """The labels of the arms an allocation of the document names by a therapy and how often it is given, with no
    dose ("XY-123 every 8 weeks"). Made once per document."""
    def find():
        return frozenset(a.label for a in allocated_arms(ctx) if a.interventions and not arm_parts.DOSE.search(a.label)
                         and (often := arm_parts.SCHEDULE.search(a.label)) and often.end() == len(a.label))
    return ctx.cached(("scheduled arms",), find)


def allocated_arms(ctx) -> list[arm_parts.Arm]:
    """The arms every allocation sentence of the document spells out (:func:`spelt_arms`), in order."""
    return [a for i, s in enumerate(ctx.sentences) if cues.ALLOCATION.search(s.text) for a in spelt_arms(ctx, i)]


def allocation_order(ctx) -> tuple[str, ...] | None:
    """The labels of the arms the document's one allocation sentence spells out, in its order, each once; else None
    (none, or several sentences that allocate)."""
    def find():
        spelt = [i for i, s in enumerate(ctx.sentences) if cues.ALLOCATION.search(s.text) and spelt_arms(ctx, i)]
        labels = tuple(a.label for a in spelt_arms(ctx, spelt[0])) if len(spelt) == 1 else ()
        return labels if len(labels) >= 2 and len(set(labels)) == len(labels) else None
    return ctx.cached(("allocation order",), find)


# what joins a combination arm's first therapy to the rest: "XY-123 | -| MMF", "XY-123 | plus | standard care"
COMBINED_AFTER = re.compile(r"(?:-|/|\s?\+\s?|\s(?:plus|with|and)\s)\S", re.I)


def combined_arms(ctx) -> dict[str, str]:
    """Therapy -> the one allocated arm that combines it, first, with another ("the XY-123 group" of a trial that
    allocated "XY-123-MMF" against "ZW-456-MMF"), where no allocated arm is that therapy alone. Made once per
    document."""
    def find():
        arms = allocated_arms(ctx)
        labels = {a.label.lower() for a in arms}
        drugs = {(m.text.lower(), m.label) for ms in ctx.mentions for m in ms if m.kind == "drug"} if arms else ()
        out: dict[str, set[str]] = {}
        for a in arms:
            for written, label in drugs:
                if a.label.lower().startswith(written) and COMBINED_AFTER.match(a.label, len(written)) \
                        and label.lower() not in labels:
                    out.setdefault(label, set()).add(a.label)
        return {drug: found.pop() for drug, found in out.items() if len(found) == 1}
    return ctx.cached(("combined arms",), find)


ARM_WORDS_AROUND = re.compile(r"^(?:the|those\s(?:in|on|given|receiving))\s|\s(?:group|arm|cohort)s?$")


def worded_arms(ctx) -> dict[str, str]:
    """Name (lower case, hyphens as spaces) -> label of each arm named by words, with no dose or number, that an
    allocation of the document spells out (:func:`spelt_arms`). Made once per document."""
    def find():
        return {" ".join(a.label.replace("-", " ").lower().split()): a.label for a in allocated_arms(ctx)
                if not any(c.isdigit() for c in a.label)}
    return ctx.cached(("worded arms",), find)


def coded_arms(ctx) -> dict[str, str]:
    """Code -> the label of the arm an allocation gives it in brackets ("(XA)"), where every arm of that allocation has
    one. Made once per document."""
    def find():
        out: dict[str, str] = {}
        for i, s in enumerate(ctx.sentences):
            if "(" not in s.text or not cues.ALLOCATION.search(s.text):
                continue
            arms = spelt_arms(ctx, i)
            codes = [([m.group("c") for m in CODE_BRACKET.finditer(s.text, a.start, min(len(s.text), a.end + 2))] or [None])[-1]
                     for a in arms]
            if len(arms) >= 2 and all(codes) and len(set(codes)) == len(codes):
                out.update((c, a.label) for a, c in zip(arms, codes) if c != a.label)
        return out
    return ctx.cached(("coded arms",), find)


def bracketed_arms(ctx) -> dict[int, list[arm_parts.Arm]]:
    """Sentence index -> the letter-named groups it gives with a bracket of what each got
    (:func:`~kg.text.group_names.bracketed_groups`), for the sentences that give some. Made once per document."""
    def find():
        found = {}
        for i, s in enumerate(ctx.sentences):
            if "roup" in s.text and (arms := group_names.bracketed_groups(s.text, sentence_names(ctx, i))):
                found[i] = arms
        return found
    return ctx.cached(("bracketed arms",), find)


def document_groups(ctx) -> frozenset[str]:
    """The groups named by a letter or a number ("Group A", "Group 2") that the document allocates patients to, each
    told what it received or how many it holds: the arms the results name so."""
    def find():
        found = set()
        bracketed = bracketed_arms(ctx)
        for i, s in enumerate(ctx.sentences):
            if "roup" in s.text:
                names = sentence_names(ctx, i)          # (or labelled: "XY (group X) or saline (group C)")
                arms = bracketed.get(i) or group_names.groups_received(s.text, names) \
                    or group_names.labelled_groups(s.text, names)
                found.update(a.label for a in arms if group_names.GROUP_TOKEN.fullmatch(a.label))
                # (one group a sentence, each told what it received: "Group B (n = 30) received ...")
                found.update(f"Group {g.group('k')}" for g in group_names.GROUP_TOKEN.finditer(s.text)
                             if group_names.RECEIVED.match(s.text, GROUP_LEAD.match(s.text, g.end()).end()))
        return frozenset(found) if len(found) >= 2 else frozenset()
    return ctx.cached(("document groups",), find)


# what may stand between a group's label and what it received: "Group B | (the XY group) | received"
GROUP_LEAD = re.compile(r"\s?(?:\([^()]{0,40}\)\s?)?")


COHORT_TOKEN = re.compile(r"\b[Cc]ohort\s(?P<k>\d{1,2}|[A-Z])\b")


def document_cohorts(ctx) -> frozenset[str]:
    """The cohorts named by a number or a letter whose sizes the document counts ("38 in cohort 1, 47 in cohort 2"):
    the arms the results name so. Made once per document."""
    def find():
        return frozenset(a.label for s in ctx.sentences if "ohort" in s.text
                         for a in counted_in_groups(s.text, ()) + sized_cohorts(s.text) if COHORT_TOKEN.fullmatch(a.label))
    return ctx.cached(("document cohorts",), find)


def group_label(ctx, words: str) -> str | None:
    """The label of the document's group that ``words`` name ("group B", "the Group 2"), else None."""
    hit = group_names.GROUP_TOKEN.fullmatch(words.strip().removeprefix("the ").removeprefix("The "))
    label = f"Group {hit.group('k')}" if hit and not hit.group("n") else None
    return label if label in document_groups(ctx) else None


def lettered_arms(ctx) -> dict[str, str]:
    """Therapy label -> the letter-named group that alone got it, where the allocation names groups by a letter and a
    bracket of what each got ("divided into Group R (ZX-caine) and Group B (BX-caine)"): the results' "ZX-caine group"
    is Group R, as the arms are labelled. Made once per document."""
    return ctx.cached(("lettered arms",), lambda: find_lettered_arms(ctx))


def find_lettered_arms(ctx) -> dict[str, str]:
    out: dict[str, str] = {}
    for arms in bracketed_arms(ctx).values():
        given = [d for a in arms for d in a.interventions]
        out.update({a.interventions[0]: a.label for a in arms if len(a.interventions) == 1 and given.count(a.interventions[0]) == 1})
    return out
