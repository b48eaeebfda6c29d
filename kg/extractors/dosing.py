"""How a therapy was given: route, dose, number of doses, interval, duration and follow-up.

Each phrasing family is a :class:`~kg.extractors.engine.Rule`. A trial has one dose, one interval, one duration
...: the first the text states is kept.

>>> from kg.documents import parse_document
>>> doc = parse_document("T\\n\\nIn the trial (NCT01234567) patients received a total of six intravenous injections of 100 mg given at one-month intervals, and were followed for 12 months.", source="t.txt")
>>> sorted((f.predicate, f.object_text) for f in DosingExtractor().extract(doc))
[('doseAmount', '100'), ('doseInterval', 'P1M'), ('doseUnit', 'mg'), ('followUp', 'P12M'), ('numberOfDoses', '6'), ('route', 'intravenous')]
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.extractors.engine import Example, Hit, Rule, RuleExtractor, T, View
from kg.extractors.util import NUM, WORD_MAX, number
from kg.text import cues
from kg.text import prefilter as rx
from kg.text.durations import to_iso
from kg.text.endpoint_shapes import AFTER_LIVED
from kg.text.numbers import FIRST, NUMBER, SCALES, TENS
from kg.text.numbers import UNITS as NUMBER_UNITS

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

# a route's short form in capitals, before a word in lower case or a code, or after a dose's unit ("SC zetavir", "SC
# XY-123", "10 mg PO")
CAPITALS = (r"(?-i:(?<![\w/.-]){0}(?![\w/.-])(?=\s(?!(?:and|or|in|of|the|to|was|were|is|are|vs|patients|participants|subjects|"
            r"people)\b)(?:[a-z]|[A-Z]{{1,6}}-?\d))|(?<=mg\s){0}(?![\w/.-]))")
ROUTES = {
    # (not a stage or grade: "stage IIIB/IV", "grade IV", "IV-A")
    # (the look-behinds after "IV": before it they were tried at every "i" of a sentence)
    "intravenous": r"(?=[i])(?:intravenous(?:ly)?|\bIV\b(?![/-])(?<![/-]IV)(?<!stage\sIV)(?<!stages\sIV)(?<!grade\sIV)"
                   r"(?<!class\sIV)(?<!phase\sIV)(?<!III\sor\sIV)(?<!III\sand\sIV)"     # (nor a phase: "a phase IV trial",
                   #                                                        "class III or IV heart failure")
                   r"|into (?:the|a) (?:blood\s?stream|veins?)|\bi\.\s?v\.(?!\w))",   # ("i.v.", "i. v.")
    "intrathecal": r"(?=[ils])(?:intrathecal(?:ly)?|lumbar puncture|into the (?:cerebro)?spinal fluid|spinal[- ]fluid injections?|"
                   r"into the fluid (?:that )?(?:bathes|surrounds) the spinal cord)",
    # (and the capitals prescriptions use, before a drug's or a word's name or after a dose: "PO zetavir", "5 mg SC")
    "oral": r"(?=[bcopt])(?:\boral(?:ly)?\b|by mouth|tablets?|capsules?|pills?|\bp\.\s?o\.(?!\w)|" + CAPITALS.format("PO") + ")",
    "subcutaneous": r"(?=[su])(?:subcutaneous(?:ly)?|under the skin|\bs\.\s?c\.(?!\w)|" + CAPITALS.format("SC") + ")",
    "intramuscular": r"(?=[i])(?:intramuscular(?:ly)?|into the muscle|\bi\.\s?m\.(?!\w))",
    "intracerebral": r"(?=[i])(?:intracerebral(?:ly)?|into the brain)",
    "intraspinal": r"(?=[i])(?:intraspinal(?:ly)?|into the spinal cord)",
    # (a dosage form says the route: "XY-123 foam", "a dry powder inhaler")
    "inhaled": r"(?=[in])(?:inhaled|inhalation|nebuli[sz]ed|\binhalers?\b)",
    "topical": r"(?=[acfglot])(?:topical(?:ly)?|applied to the skin|\b(?:cream|ointment|lotion|foam|gel)s?\b)",
}
ROUTE = {k: rx.compile(v, re.I) for k, v in ROUTES.items()}
# a route said of drugs in the plural is how background medicines are taken, not the trial's own: "patients were
# treated with anticoagulants, oral vasodilators, and diuretics"
BACKGROUND_CLASSES = rf"{cues.CLASS_NAMES}|vasodilator|contraceptive|steroid|antidiabetic|antihypertensive"
BACKGROUND_CLASS_AFTER = re.compile(rf"\s(?:[a-z-]{{3,20}}\s)?(?:(?:{BACKGROUND_CLASSES}|medication|medicine|drug|agent)s)\b",
                                    re.I)
# (or one such class after "a": "on dual therapy (an | inhaled | corticosteroid and ...)": the class's name; not a
# drug's generic noun, "an oral drug", which may be the trial's own)
ONE_OF_CLASS = re.compile(rf"\s(?:[a-z-]{{3,20}}\s)?(?:{BACKGROUND_CLASSES})\b", re.I)
ARTICLE_BEFORE = re.compile(r"\ban?\s$", re.I)


def names_background_class(text: str, m: re.Match) -> bool:
    """Does the route word ``m`` name background medicines' class ("oral vasodilators", "an inhaled corticosteroid")?

    >>> t = "on an inhaled corticosteroid, given an inhaled drug"
    >>> [names_background_class(t, m) for m in re.finditer("inhaled", t)]
    [True, False]
    """
    return BACKGROUND_CLASS_AFTER.match(text, m.end()) is not None or (
        ARTICLE_BEFORE.search(text, max(0, m.start() - 4), m.start()) is not None
        and ONE_OF_CLASS.match(text, m.end()) is not None)
# (the look-ahead for the words' first letters lets re skip the alternation where no word starts)
GIVING = rx.compile(r"(?:\b(?=[acdfgiorst])(?:inject|infus|administ|given|giving|dos(?:e|es|ing)|receiv|deliver|tak(?:e|es|ing|en)|"
                    r"once[- ](?:daily|weekly|monthly|a[- ](?:day|week|month))|"
                    # a route's adverb says a drug is given ("XY-123 subcutaneously three times weekly"; not "orally",
                    # which is also how a paper is presented)
                    r"(?:subcutaneous|intravenous|intramuscular|intranasal|intrathecal)ly|"
                    r"took|assign|route|formulation|suspension|tablet|capsule|treat|"
                    # (or the therapy a trial is of, with its dose: "a phase 3 trial of XY-123 300 mg in ...")
                    r"(?:trial|study)\sof\s|"
                    # (or the therapy named by how it is taken: "its oral ZAK inhibitor XY-123")
                    r"oral\s(?:[\w-]{1,25}\s|\([\w-]{1,12}\)\s){0,5}?(?:inhibitor|drug|therapy|treatment|agonist|antagonist|modulator|candidate"
                    r"|pill|medication|medicine))"
                    # (or its dose in brackets right after its name: "a trial of XY-123 (0.35 mg/kg i.v.) in ...")
                    # (a dose per day or per week as well: "XY-123 (100 mg/day) versus placebo"; not a level, "mg/dL")
                    rf"|(?<=\w\s)\(\s?(?:\d{{1,3}}(?:[, ]\d{{3}})+|\d{{1,5}}(?:\.\d{{1,3}})?)\s?{cues.DOSE_UNIT}(?:/(?:day|d|week|wk)\b)?(?![\w/])"
                    # (or a dose and how often it is given: "we assessed XY-123 0.3, 1, or 4 mg | three times daily")
                    # (or on a schedule: "XY-123 300 mg | every two weeks", "| daily")
                    rf"|(?<=\d)\s?{cues.DOSE_UNIT}\s(?:once|twice|three\s+times|four\s+times|every|daily|(?:bi)?weekly"
                    r"|monthly)\b)", re.I)
# "per kilogram" after a unit is the unit per kilogram: "0.25 mg per kilogram" = 0.25 mg/kg
PER_KG = r"(?P<perkg>\s*(?:/|per\s+)(?:kg|kilogram)\b)?"
# what joins a dose to the drug after it: "120mg | per day of | XY-123", "300 mg | of | XY-123"
OF_AFTER = rx.compile(r"(?<!\s)\s*+(?:(?:per|a)\s++day\s++|daily\s++)?of\s++(?:oral\s++|intravenous\s++)?")
UNITS = rf"(?P<unit>{cues.DOSE_UNIT}|(?:[\w-]{{1,{WORD_MAX}}}\s){{0,2}}cells|vector\s+genomes|vg)"
# the amount is a NUMBER: a bounded token, so a long line of digits or comma groups is read in linear time; a unit
# followed by "/" and a word is a concentration or a rate ("75 ml/min", "100 mg/dL"), not a dose
DOSE = rx.compile(rf"{FIRST}(?<!\^)\b(?P<amount>{NUMBER}(?:\s+(?:million|billion|thousand))?)\s*{UNITS}\b(?!/\s?(?!(?:day|week|wk)\b)[a-zA-Z\d]){PER_KG}", re.I)


def unit_cue(words) -> str:
    """A pattern every DOSE match holds at its unit: "mL", "IU", "units", "U/kg", "cells", "vector", or a word-final "g"
    right after a digit, a space, "m", "µ", "mc", "v" or the last of a number's ``words`` ("fiveg"), each such word
    tested only where the letter before the "g" ends one."""
    ending: dict[str, list[str]] = {}
    for w in sorted(words):
        ending.setdefault(w[-1], []).append(w)
    words_before = "|".join(f"(?<={c}g)(?:" + "|".join(rf"(?<=\b{w}g)" for w in ws) + ")" for c, ws in sorted(ending.items()))
    return rf"(?:ml|iu|units|grams?)\b|\bu/kg\b|cells|vector|g\b(?:(?<=[\d\sµcmv]g)|{words_before})"


# searched first: DOSE tries its number words at most words of a sentence (~7 us), this looks at a few letters
# (~1.6 us), and most sentences that give a drug hold no unit (seed ~115 -> ~70 us a seed article, generated ~92 -> ~31)
UNIT_CUE = rx.compile(unit_cue([*NUMBER_UNITS, *TENS, *SCALES, "dozen", "single"]), re.I)   # (NUMBER's words)
# an amount in powers of ten: "2 x 10^6 cells per kilogram", "1.5x10^11 vector genomes", "3 × 10⁸ cells"
POWER = rx.compile(rf"(?=[\d])(?<![\d.])(?P<mant>\d{{1,3}}(?:\.\d{{1,3}})?)\s*[x×]\s*10\s*\^?\s*(?P<exp>\d{{1,2}})\s+"
                   rf"(?P<what>(?:[\w-]{{1,{WORD_MAX}}}\s){{0,2}}?(?:cells|vector\s+genomes|vg|[A-Z]{{2,6}}s?)\b){PER_KG}")
# what every POWER match holds ("x 10"): searched first, it skips POWER's search from every digit of a sentence
POWER_SIGN = rx.compile(r"[x×]\s*10")
VECTOR = rx.compile(r"(?=[v])\b(?:vector|vg)\b", re.I)
AT_END = rx.compile(r"\bat\s+$", re.I)
DOSE_WORD = rx.compile(r"(?=[acdeort])\b(?:dose|doses|dosed|contained|containing|each|of|received|at|to)\b", re.I)
# "a resistance of 21 units", "a mean level of 5 mg/dL": a measured quantity, not a dose, though "of" comes before it
MEASURED_OF = rx.compile(r"(?=[abcdegilmoprsvw])\b(?:values?|levels?|scores?|resistance|pressure|concentrations?|weight|"
                         r"counts?|rates?|index|volume|clearance|output|mean|median|average|baseline|decreases?|reductions?|"
                         r"increases?|changes?|differences?|improvements?|drops?|declines?|rises?|gains?|loss)\s+of\s+$", re.I)
# "from 5 to 10 mg", "ranges from": a range is no one dose
RANGE_BEFORE = rx.compile(r"(?=[bfru])\b(?:from|between|range[sd]?|ranging|up\s+to)\s+$", re.I)
RANGE_END = rx.compile(rf"{NUMBER}\s*(?:to|-|–)\s*$", re.I)
# ("and" a range only when a dose follows: "5 and 10 mg", not "... per kg and 62 received placebo")
RANGE_AFTER = rx.compile(rf"^\s*(?:to|-|–)\s*{NUMBER}|^\s*and\s*{NUMBER}\s*(?:{cues.DOSE_UNIT}|[x×]\s*10|cells|vector)", re.I)
BETWEEN = rf"(?:\([^)]{{0,200}}\)|(?!(?:a|an|the|were|was|given|received|each|of|per)\b)[\w-]{{1,{WORD_MAX}}})"
COUNT = rf"\b(?:a total of\s+)?{NUM}\s+(?:{BETWEEN}\s+){{0,3}}?(?:injections|doses|infusions|administrations|sessions|injection|dose|infusion)\b"
COUNT = rx.compile(COUNT, re.I)
# a lower bound before the count: "received ≥1 dose", "at least one dose" (a population, not a regimen)
ONE_OF_BEFORE = rx.compile(r"\b(?:one|each)\s+of\s+$", re.I)
AT_LEAST_BEFORE = rx.compile(r"(?:≥|>=|>|\bat\s+least|\bone\s+or\s+more)\s*$", re.I)
# a count of doses, not: a unit ("a 450 mg dose"), a split ("two divided doses")
NOT_COUNT = rx.compile(rf"(?<![\w/]){cues.DOSE_UNIT}(?![\w/])|\bdivided\b|\b(?:daily|weekly)\s+doses?\b", re.I)
# sessions of a treatment that is not the trial's own: "each received 11 behavioral | counseling | sessions" (in a
# drug's trial)
SESSIONS_OF = re.compile(r"\b(?P<kind>counsell?ing|psychotherapy|therapy|training|education|exercise|coaching|support)\s+"
                         r"sessions?\b", re.I)
DOSE_KINDS_AFTER = re.compile(r"\s(?:concentrations?|levels?|groups?|cohorts?|arms?|strengths?)\b", re.I)
# "3 vs. 12 injections", "12 injections versus 3": counts set against each other (arms or results, not the regimen)
COMPARED_COUNT = rx.compile(rf"(?:\b(?:vs\.?|versus|or|and)\s+$)|(?:{NUMBER}\s+(?:vs\.?|versus)\s)", re.I)
# the sentence says patients received them: "received four infusions", "were given a total of ..."
RECEIVED = rx.compile(r"(?=[acgrtu])\b(?:received?|receiving|given|administered|got|underwent|undergo|consisted\s+of|comprised|total\s+of|"
                      r"treated\s+with)\b",
                      re.I)
IN_TOTAL = rx.compile(r"(?<!\s)\s++in\s++total\b", re.I)   # a blank run entered at its start, taken whole
# "a single oral dose", "a single intravenous infusion"; not "single doses" nor "a single vaccination with either dose"
ONE_GIVEN = rx.compile(r"(?=[os])(?:single|one)\s+(?:(?!with\b|either\b|of\b)[\w-]{1,30}\s+){0,2}?(?:infusion|injection|dose|administration)",
                       re.I)
ARTICLE = rx.compile(r"\ba\s+$", re.I)
# "the first three doses": a part of the regimen, not how many doses were given
PART_OF_REGIMEN = rx.compile(r"(?=[filmnr])\b(?:first|initial|last|final|loading|next|remaining|missed)\s+$", re.I)
INTERVAL = rx.compile(rf"\b(?:at\s+)?(?P<n>{NUMBER}|an?)[- ](?P<unit>day|week|month|year)\s+intervals?"
                      # (or the time between two doses: "two infusions (500 mg; 3 weeks apart)")
                      rf"|\b(?P<n3>{NUMBER})\s+(?P<unit3>day|week|month)s?\s+apart\b"
                      rf"|\bevery\s+(?:(?P<n2>{NUMBER})\s+)?(?P<unit2>hour|day|week|month|year)s?\b|\b(?P<adv>daily|weekly|monthly|once a (?:day|week|month))\b"
                      rf"|(?<![\w.]){cues.DOSE_AMOUNT}\s*{cues.DOSE_UNIT}\s*(?:/|per\s+)(?P<per>day|week|month|d(?![\w/]))\b"
                      # the prescriber's "q" forms after a dose: "300 mg Q2W", "(1000 mg, qd)", "10 mg/kg q3w"
                      rf"|(?<![\w.]){cues.DOSE_AMOUNT}\s*{cues.DOSE_UNIT}(?:/kg)?,?\s*[qQ](?P<qn>[1-8])?(?P<qu>[dDwW])\b", re.I)
# "twice weekly", "three times a day": more than once per unit, which no ISO duration of whole units gives
SEVERAL_PER = rx.compile(r"(?=[ft])\b(?:twice|thrice|(?:two|three|four)\s+times)(?:\s+(?:a|per))?[\s-]*$", re.I)
# the words that make "daily", "weekly" or "monthly" a measure's ("mean | weekly zeta days", "average | daily
# steps"), not how often a dose is given
MEASURED_BEFORE = rx.compile(r"(?=[amnt])\b(?:mean|average|median|total|number\sof)\s$", re.I)
# ... or the life or symptoms they qualify: "daily symptoms", "Activities of Daily Living", "weekly routine"; or how a
# score is summed over time: "the weekly average pain score", "a daily diary"
NOT_DOSING_AFTER = rx.compile(r"(?<!\s)\s(?:symptoms?|activit(?:y|ies)|life|living|lives|steps?|routines?|tasks?|functioning"
                              r"|averages?|means?|totals?|scores?|diar(?:y|ies))\b", re.I)
# a sentence that sets one dosing regimen against another: its intervals belong to different arms
TWO_REGIMENS = rx.compile(r"(?=[citv])\b(?:than|versus|vs\.?|compared\s+with|instead\s+of)\b[^.;]{0,80}\b(?:schedule|regimen|dosing)\b",
                          re.I)
# (its longest, where patients stop at different times: "for up to 6 weeks", "during a maximum 2-year course")
DURATION = rx.compile(rf"(?=[dflot])\b(?:over|for|during|through|lasted|lasting)\s+(?:up\s+to\s+|a\s+maximum\s+(?:of\s+)?)?"
                      rf"(?:a\s+|an\s+|the\s+)?(?P<n>{NUMBER})[\s-](?:consecutive\s+)?(?P<unit>day|week|month|year)s?\b"
                      # (not an age in pregnancy: "women at 22 | through 34 weeks' gestation")
                      r"(?!['’]?\s(?:of\s)?gestation)", re.I)
# "assigned to | 5 weeks of double-blind adjunctive treatment", "received | 12 months of therapy" (not a time point: "after
# 9 months of treatment", "during the last 35 days of treatment")
DURATION_OF = rx.compile(rf"\b(?:(?:assigned|allocated|randomi[sz]ed)\s+to|receiv(?:ed|e|ing)|complet(?:ed|e|ing)|underwent|undergo(?:ing)?)\s+"
                         rf"(?:an?\s+|the\s+)?(?P<n>{NUMBER})[\s-](?P<unit>day|week|month|year)s?\s+of\s+(?:(?!(?:prior|previous|earlier)\b)"
                         r"[\w-]{1,20}\s+){0,2}?(?:treatment|therapy|dosing)\b", re.I)
FOLLOW = rx.compile(rf"(?=[\dfotw])(?:\bfollowed(?:\s+up)?\s+for\s+(?:a further\s+|another\s+)?(?P<n>{NUMBER})[\s-](?P<unit>day|week|month|year)s?\b"
                    # "with 48 weeks of follow-up", "a follow-up of 12 months"
                    rf"|\b(?P<n2>{NUMBER})[\s-](?P<unit2>day|week|month|year)s?\s+of\s+follow-?up\b"
                    rf"|\bfollow-?up\s+of\s+(?P<n3>{NUMBER})[\s-](?P<unit3>day|week|month|year)s?\b)", re.I)
# a period of its own named before the length: "then | nonrandomized dosing | for up to 9 months", "an open-label
# extension for 2 years"
OTHER_PERIOD_BEFORE = rx.compile(r"\b(?:non-?randomi[sz]ed|extension|open-label\s+extension)\b[^.;,()]{0,25}$", re.I)
# how long people lived, no period of the trial: "those on XY-123 | lived | for 10 months", "survived for a mean of"
LIVED_BEFORE = rx.compile(rf"\b(?:lived|survived)\s{AFTER_LIVED}$", re.I)
# "the first new zeta treatment | for 40 years": the time since the last one, no period of the trial (not "the first
# patients were followed for 2 years")
FIRST_IN_YEARS_BEFORE = rx.compile(r"\b(?:the|a)\s+first\s+(?!(?:patients?|participants?|people|subjects?|cohort|dose)\b)"
                                   r"[^.;,()]{0,50}$", re.I)
# "treatment planned for three years": the length a design sets, not a hedge
PLANNED_FOR = rx.compile(r"\b(?:treatment|therapy|dosing)\s+(?:was\s+)?planned\s+for$", re.I)
RUN_IN = rx.compile(r"^\s*(?:run-in|lead-in|screening|washout|wash-out)\b", re.I)
ADVERB = {"daily": ("1", "day"), "weekly": ("1", "week"), "monthly": ("1", "month")}
FUNCTIONAL = frozenset({T.doseAmount, T.doseUnit, T.numberOfDoses, T.doseInterval, T.duration, T.followUp})


def unhedged_before(view: View, start: int) -> bool:
    """No hedge comes before ``start`` ("a later trial will test 10 mg" is a plan; "10 mg, planned for a year" is not)."""
    return cues.HEDGE.search(view.text, 0, start) is None


# what a trial kept out or what patients had before, not what it gave: "excluded ... | intravenous", "without
# recent | oral steroid therapy", "prior | intravenous treatment"
NOT_GIVEN_BEFORE = rx.compile(r"(?=[epw])\b(?:exclud\w{0,4}|without|prior|previous|previously)\b[^.;()]{0,80}$", re.I)
# another medicine's use after the route: "intravenous | diuretic use", "oral | steroid therapy"
OTHER_USE_AFTER = rx.compile(r"\s(?:[\w-]+\s){0,2}(?:use|therapy|therapies|treatment|medications?)\b", re.I)


def routes(view: View):
    text = view.text
    for route, pattern in ROUTE.items():
        for m in pattern.finditer(text):          # the first not said of background medicines
            if NOT_GIVEN_BEFORE.search(text, max(0, m.start() - 90), m.start()) and OTHER_USE_AFTER.match(text, m.end()):
                continue                          # "... without recent oral steroid therapy": not what was given
            if not names_background_class(text, m):
                if unhedged_before(view, m.start()):
                    yield Hit(view.trial, route, m.start(), m.end())
                break


def dose(view: View):
    text = view.text
    drug_ends = None                      # (made for the first amount that needs it: most sentences have none)
    for m in POWER.finditer(text) if POWER_SIGN.search(text) else ():
        if ranged(text, m) or not unhedged_before(view, m.start()):
            continue
        what = m.group("what")
        unit = "vector genomes" if VECTOR.search(what) else "cells" if cells(view, m) else None
        if unit:
            amount = Decimal(m.group("mant")) * 10 ** int(m.group("exp"))
            amount = amount.to_integral_value() if amount == amount.to_integral_value() else amount   # 1.33 x 10^14
            if m.group("perkg"):          # per kilogram, a vector dose is written "vg/kg", its usual unit
                unit = ("vg" if unit == "vector genomes" else unit) + "/kg"
            yield from dose_hits(view, m, amount, unit)
            return
    for m in DOSE.finditer(text) if UNIT_CUE.search(text) else ():
        if ranged(text, m) or not unhedged_before(view, m.start()):
            continue
        before = text[max(0, m.start() - 30):m.start()]
        if drug_ends is None:
            drug_ends = {view.span(d)[1]: d.label for d in view.of_kind("drug", "therapy")}
        named = [label for end, label in drug_ends.items() if 0 <= m.start() - end <= 4]
        main = view.ctx.main_therapy
        if named and main and main in drug_ends.values() and main not in named:
            continue                      # "compared to Zenvia (zetabine 200 mg)": another drug's dose
        nearest = max((end for end in drug_ends if 0 <= m.start() - end <= 40), default=None)
        if main and nearest is not None and drug_ends[nearest] != main and AT_END.search(before):
            continue                      # "... followed by AB-7 (zetakine) at 1000 IU/kg": the regimen's other drug
        after_drug = bool(named) or AT_END.search(before)
        of_drug = OF_AFTER.match(text, m.end()) and any(OF_AFTER.match(text, m.end()).end() == view.span(d)[0]
                                                         for d in view.of_kind("drug", "therapy"))
        regimen = REGIMEN_AFTER.match(text, m.end())
        if regimen and regimen_of_other(view, regimen.end()):
            continue                      # "a 250 mg twice-daily dosing regimen of <the comparator>"
        if not (after_drug or of_drug or regimen or DOSE_WORD.search(before)) or MEASURED_OF.search(before) \
                or THRESHOLD_BEFORE.search(before):
            continue                      # ("a zeta volume of less than 60 mL": a cut-off, not a dose)
        if VERSUS_AFTER.match(text, m.end()) or VERSUS_BEFORE.search(before):
            continue                      # ("(212 mL vs. 48 mL; p=0.01)": two arms' results set against each other)
        if LISTED_BEFORE.search(before) or LISTED_AFTER.match(text, m.end()) or other_drugs_dose(view, before, m.start()):
            continue                      # "15 or 30 mg/day", "15 mg or 30 mg": one of several arms' doses; "the mean dose of <the
            #                               comparator> was 34 IU/day": not the trial's therapy's dose
        amount = number(m.group("amount"))
        if not amount:
            continue
        unit = "cells" if m.group("unit").lower().endswith("cells") else m.group("unit")
        if m.group("perkg") and "/" not in unit:
            unit += "/kg"
        yield from dose_hits(view, m, amount, unit)
        return


# the words that make an amount a regimen after it: "a 300 mg | once-daily dosing regimen" (not "the 450 mg BID dose",
# one arm's of several)
REGIMEN_AFTER = rx.compile(r"(?<!\s)\s++(?:[a-z][\w-]{1,20}\s++){0,2}?regimen\b", re.I)
OF_BEFORE_DRUG = rx.compile(r"(?<!\s)\s++of\s++(?:the\s++)?", re.I)


def regimen_of_other(view: View, end: int) -> bool:
    """Is the regimen ending at ``end`` said of a drug other than the document's ("... regimen of | AB-7")?"""
    main = view.ctx.main_therapy
    return main is not None and any(0 <= view.span(d)[0] - end <= 8 and OF_BEFORE_DRUG.fullmatch(view.text, end, view.span(d)[0])
                                    and d.label != main for d in view.of_kind("drug", "therapy"))


# an amount set against another number: a result's, no dose ("212 mL | vs. 48 mL")
VERSUS_AFTER = rx.compile(r"(?<!\s)\s*+(?:vs\.?|versus)\s*+[-+−]?\d", re.I)
VERSUS_BEFORE = rx.compile(r"\b(?:vs\.?|versus)\s*$", re.I)
# a cut-off, not an amount given: "a volume of | less than | 60 mL", "at least | 10 mL"
THRESHOLD_BEFORE = rx.compile(r"(?:\b(?:less|more|fewer|greater|lower|higher)\s+than|\bat\s+(?:least|most)|[<>≤≥]=?)\s*$", re.I)
# a dose listed after another of the same unit: "15 or | 30 mg", "10, 20, | 40 mg", "15, 45, or | 90 mg", "60 mg or | 120 mg"
LISTED_BEFORE = rx.compile(rf"\d\s*(?:{cues.DOSE_UNIT}\s*)?(?:,\s*(?:or|and)?|or|and)\s*$")
# a dose listed before another of the same kind: "15 mg | or 30 mg", "20 mg, | 60 mg or 120 mg"
LISTED_AFTER = rx.compile(rf"(?<!\s)\s*+(?:,\s*+(?:or\s++|and\s++)?|or\s++|and\s++){cues.DOSE_AMOUNT}\s?{cues.DOSE_UNIT}(?![\w/])",
                          re.I)
# the drug a dose is said of, before it: "the mean dose of | insulin zeta was"
DOSE_OF = rx.compile(r"\bdose\s+of\s+$", re.I)


def other_drugs_dose(view: View, before: str, at: int) -> bool:
    """Is the amount at ``at`` the dose of a drug the document does not study ("the dose of <comparator> was")?"""
    main = view.ctx.main_therapy
    for d in view.of_kind("drug", "therapy"):
        start, end = view.span(d)
        if end <= at and DOSE_OF.search(view.text, max(0, start - 12), start) and at - end <= 30:
            return main is not None and d.label != main
    return False


def dose_hits(view: View, m, amount, unit):
    yield Hit(view.trial, amount, m.start(), m.end(), T.doseAmount)
    yield Hit(view.trial, unit, m.start(), m.end(), T.doseUnit)


def cells(view: View, m) -> bool:
    """Is the thing counted in powers of ten a cell ("cells", or a cell product the text abbreviates: "MSC")?"""
    if m.group("what").lower().endswith("cells"):
        return True
    start, end = m.start("what"), m.end("what")
    return any(start <= view.span(x)[0] < end and x.label.lower().endswith(("cell", "cells"))
               for x in view.mentions)


def ranged(text: str, m) -> bool:
    """Is the amount one end of a range ("from 5 to 10 mg", "5-10 mg")?"""
    return bool(RANGE_BEFORE.search(text, max(0, m.start() - 12), m.start()) or RANGE_AFTER.match(text[m.end():m.end() + 20])
                or RANGE_END.search(text, max(0, m.start() - 12), m.start()))


def doses(view: View):
    counts = [(m, number(m.group("num"))) for m in COUNT.finditer(view.text)
              if not PART_OF_REGIMEN.search(view.text, max(0, m.start() - 12), m.start()) and unhedged_before(view, m.start())
              and is_count(view.text, m)]
    counts = [(m, c) for m, c in counts if c and c == int(c)       # (a count is whole: "0.85 doubling doses" is none)
              and not sessions_of_another(m.group(0), view.ctx.main_therapy)]
    if counts:
        m, c = max(counts, key=lambda x: x[1])
        yield Hit(view.trial, int(c), m.start(), m.end())


def sessions_of_another(count: str, main: str | None) -> bool:
    """Does ``count`` count sessions of a treatment other than the trial's ``main`` one (:data:`SESSIONS_OF`)?

    >>> sessions_of_another("11 behavioral counseling sessions", "Zetacline")
    True
    >>> sessions_of_another("11 training sessions", "home-based zeta training")
    False
    """
    hit = SESSIONS_OF.search(count)
    return hit is not None and hit.group("kind").lower() not in (main or "").lower()


def is_count(text: str, m) -> bool:
    """Does a number before "doses" count what patients received? Not a dose ("a 450 mg dose"), a split ("two
    divided doses"), digits of a code name ("AB-1234 doses"), two counts set against each other ("3 vs. 12
    injections"), nor a number in a sentence that does not say patients received or were given them."""
    if NOT_COUNT.search(m.group(0)) or text[max(0, m.start("num") - 1):m.start("num")] in ("-", "/") \
            or DOSE_KINDS_AFTER.match(text, m.end()):
        return False                     # ("one of three dose concentrations": dose levels, not doses given)
    if AT_LEAST_BEFORE.search(text, max(0, m.start("num") - 14), m.start("num")):
        return False                     # "all who received at least one dose": who is counted, not the regimen
    if ONE_OF_BEFORE.search(text, max(0, m.start("num") - 8), m.start("num")):
        return False                     # "given one of four doses of XY-123 or placebo": dose levels, one each
    if COMPARED_COUNT.search(text, max(0, m.start() - 12), m.start()) or COMPARED_COUNT.match(text, m.start("num")):
        return False
    if ONE_GIVEN.fullmatch(m.group(0)) and ARTICLE.search(text, max(0, m.start() - 4), m.start()):
        return True                      # "in a single intravenous infusion": the regimen in one phrase
    return bool(RECEIVED.search(text, max(0, m.start() - 120), m.start()) or IN_TOTAL.match(text, m.end()))


# a dose given several times a day: "twice daily", "three times a day", "BID", "t.i.d." (every 12, 8 or 6 hours)
TIMES_A_DAY = rx.compile(r"""(?=[bfqtBQT])(?:\b(?P<times>twice|three\s+times|four\s+times)[\s-](?:a\s+|per\s+)?(?:daily|day)\b
    | (?<![\w.])(?P<code>BID|TID|QID|b\.i\.d\.|t\.i\.d\.|q\.i\.d\.)(?![\w]))""", re.X)
HOURS_APART = {"twice": 12, "three times": 8, "four times": 6, "b": 12, "t": 8, "q": 6}


def interval(view: View):
    if TWO_REGIMENS.search(view.text):
        return                               # "daily dosing did not beat the on/off schedule": whose interval?
    found = [m for m in INTERVAL.finditer(view.text)
             if not SEVERAL_PER.search(view.text, max(0, m.start() - 20), m.start()) and unhedged_before(view, m.start())
             and not (m.group("adv") and (MEASURED_BEFORE.search(view.text, max(0, m.start() - 12), m.start())
                                          or NOT_DOSING_AFTER.match(view.text, m.end())))]
    found += [m for m in TIMES_A_DAY.finditer(view.text) if unhedged_before(view, m.start())]
    if found:
        m = min(found, key=lambda m: m.start())
        yield Hit(view.trial, times_a_day_iso(m) if m.re is TIMES_A_DAY.regex else interval_iso(m), m.start(), m.end())


def times_a_day_iso(m: re.Match) -> str:
    """The interval of a dose given several times a day: "twice daily" PT12H, "TID" PT8H.

    >>> times_a_day_iso(TIMES_A_DAY.search("200 mg twice daily")), times_a_day_iso(TIMES_A_DAY.search("5 mg TID"))
    ('PT12H', 'PT8H')
    """
    key = " ".join(m.group("times").lower().split()) if m.group("times") else m.group("code")[0].lower()
    return f"PT{HOURS_APART[key]}H"


def follow_up(view: View):
    m = FOLLOW.search(view.text)
    if m and unhedged_before(view, m.start()):
        n, unit = next((m.group(f"n{k}"), m.group(f"unit{k}")) for k in ("", "2", "3") if m.group(f"n{k}"))
        yield Hit(view.trial, to_iso(number(n), unit), m.start(), m.end())


def duration(view: View):
    text = view.text
    follow = FOLLOW.search(text)
    for d in sorted((*DURATION.finditer(text), *DURATION_OF.finditer(text)), key=lambda m: m.start()):
        if RUN_IN.match(text[d.end():]) or (follow and follow.start() <= d.start() < follow.end()) \
                or OTHER_PERIOD_BEFORE.search(text, max(0, d.start() - 40), d.start()) \
                or LIVED_BEFORE.search(text, max(0, d.start() - 40), d.start()) \
                or (d.group("unit").lower() == "year" and FIRST_IN_YEARS_BEFORE.search(text, max(0, d.start() - 70), d.start())):
            continue                    # (not "nonrandomized dosing for up to 9 months": a period after the trial's)
        if cues.OUTCOME_DEFINITION.search(text, 0, d.start()):
            return                      # "response was defined as a 3-point fall for 6 weeks": the measure's
        if unhedged_before(view, d.start()) or PLANNED_FOR.search(view.text, max(0, d.start() - 30), d.start() + 3):
            yield Hit(view.trial, to_iso(number(d.group("n")), d.group("unit")), d.start(), d.end())
        return


# a trial named by its length: "This 14-week, randomized, double-blind study", "The 26-week ZETA 2 trial" (not the time
# of its results: "18-month data from the ZETA trial")
# (the unit's short form may follow in brackets, as an abstract defines it, and a word's inside a design word: "a
# 40-week (wk), phase 3, placebo (PL)-controlled trial")
TRIAL_LENGTH = rx.compile(rf"(?=[\dadefnostz])\b(?P<n>{NUMBER})[\s-](?P<unit>day|week|month|year)(?:\s\((?:wks?|mos?|d|yrs?)\))?,?\s+(?:(?!(?:run-in|extension|follow-up|"
                          r"open-label\s+extension|results?|data|outcomes?|analys[ie]s|findings)\b)[\w-]{1,30}(?:\s\([A-Za-z]{1,8}\)-[\w-]{1,20})?,?\s+){0,5}?"
                          r"(?:study|trial)\b", re.I)


def trial_length(view: View):
    """A trial's length said before the word for it: its duration (the first such in a sentence)."""
    m = TRIAL_LENGTH.search(view.text)
    if m and unhedged_before(view, m.start()):
        yield Hit(view.trial, to_iso(number(m.group("n")), m.group("unit")), m.start(), m.end())


def interval_iso(m: re.Match) -> str:
    if m.group("qu"):                       # "Q2W": every 2 weeks; "qd": every day
        return to_iso(int(m.group("qn") or 1), m.group("qu").lower())
    if m.group("adv") or m.group("per"):    # ("/day" in "mg/kg/day" as "per day")
        word = (m.group("adv") or m.group("per")).lower().split()[-1]
        word = "day" if word == "d" else word           # ("5 mg/d": per day)
        n, unit = ADVERB.get(word, ("1", word))
        return to_iso(int(n), unit)
    n = m.group("n") or m.group("n2") or m.group("n3") or "1"
    n = 1 if n.lower() in ("a", "an") else number(n)
    return to_iso(n, m.group("unit") or m.group("unit2") or m.group("unit3"))


def needed(patterns) -> frozenset[str] | None:
    """Strings one of which every match of any of ``patterns`` holds, each without blanks (None: no such strings).

    A rule reads a sentence with its quotations blanked, so of a literal found there only the parts between
    blanks are sure to be in the sentence as written, where the engine tests a rule's cue.
    """
    out: set[str] = set()
    for p in patterns:
        if not p.literals:
            return None
        pieces = {max(literal.split(), key=len, default="") for literal in p.literals[0]}
        if "" in pieces:
            return None
        out |= pieces
    return frozenset(out)


def giving_and(*patterns) -> rx.Prefiltered:
    """The cue GIVING, searched only in sentences where one of ``patterns`` may match.

    The engine searches each rule's cue in turn, and all the rules here share GIVING; a rule finds nothing where
    its own patterns cannot match, so GIVING need not run there. Same sentences read, fewer searches.

    >>> giving_and(FOLLOW).search("Patients were given XY-123."), giving_and(FOLLOW).search("Patients given XY-123 were followed for 2 years.").group()
    (None, 'given')
    """
    more = needed(patterns)
    return GIVING if more is None else rx.Prefiltered(GIVING.regex, (*GIVING.literals, more))


ALL = (
    Rule("dosing.route", T.route, routes, confidence=0.7, cue=giving_and(*ROUTE.values()), hedged=True,
         examples=(Example("In the trial, XY-123 was given intravenously every month.", (("route", "intravenous"),)),
                   Example("Trial participants took XY-123 tablets by mouth.", (("route", "oral"),)),
                   Example("The ZETA trial of XY-123, an oral highly selective zeta kinase (ZK) inhibitor, met its goal.",
                           (("route", "oral"),)),
                   Example("In the trial, XY-123 was given IV every month.", (("route", "intravenous"),)),
                   Example("We ran a randomized trial of XY-123 (0.35 mg/kg i.v.) in 90 adults.", (("route", "intravenous"),)),
                   Example("In the trial, XY-123 was given 5 mg s.c. every week.", (("route", "subcutaneous"),)),
                   Example("Effect of XY-123 subcutaneously three times weekly in the trial.", (("route", "subcutaneous"),)),
                   Example("In the trial, patients applied XY-123 foam once daily.", (("route", "topical"),)),
                   Example("In the trial, XY-123 was given through a dry powder inhaler twice daily.", (("route", "inhaled"),)),
                   Example("In the trial, adults received SC XY-123 every 26 weeks.", (("route", "subcutaneous"),)),
                   Example("In the trial, XY-123 was given 10 mg PO daily.", (("route", "oral"),))),
         counterexamples=("The trial measured blood pressure.",
                          "Trial patients without a clinic visit in the past year nor oral steroid therapy were given XY-123.",
                          "In the trial, nine patients were treated with anticoagulants, oral vasodilators and diuretics.",
                          "Trial patients with stage IIIB/IV cancer received XY-123 treatment.",
                          "A randomised phase IV trial of XY-123 versus AB-712 in zeta disease.",
                          "A survival study of class III or IV heart failure randomized adults to XY-123 or placebo.",
                          "In the trial, XY-123 was given to SC patients and to PO or SC subjects.")),
    Rule("dosing.dose", T.doseAmount, dose, confidence=0.7, cue=giving_and(POWER, DOSE), hedged=True, also=(T.doseUnit,),
         examples=(Example("In the trial, patients were assigned to XY-123 40 mg or placebo.",
                           (("doseAmount", "40"), ("doseUnit", "mg"))),
                   Example("Trial patients received 3 x 10^6 cells per kilogram of XY-123.",
                           (("doseAmount", "3000000"), ("doseUnit", "cells/kg"))),
                   Example("In the trial, XY-123 was given at 0.5 mg per kilogram.",
                           (("doseAmount", "0.5"), ("doseUnit", "mg/kg"))),
                   Example("In the trial, 41 boys received XY-123 at 2.25x10^13 vector genomes per kg and 40 received placebo.",
                           (("doseAmount", "22500000000000"), ("doseUnit", "vg/kg"))),
                   Example("Trial adults were assigned to placebo or 120mg per day of XY-123.",
                           (("doseAmount", "120"), ("doseUnit", "mg"))),
                   Example("In the trial, children received XY-123 at a dose of 12.5 μg/kg/day.",
                           (("doseAmount", "12.5"), ("doseUnit", "μg/kg"))),
                   Example("In the trial, XY-123 was tested using a 150 mg once-daily dosing regimen compared to a 500 mg "
                           "twice-daily dosing regimen of metformin.", (("doseAmount", "150"), ("doseUnit", "mg"))),
                   # (the unit spelled out; the dose in brackets after the name, no giving verb)
                   Example("We ran a randomized trial of XY-123 (0.4 micrograms/kg) in 90 adults.",
                           (("doseAmount", "0.4"), ("doseUnit", "micrograms/kg")))),
         counterexamples=("Trial patients with an eGFR of 30 to 60 ml/min were treated.",
                          "The approved dose of XY-123 ranges from 2 to 8 mg.",
                          "In the trial, the dose of XY-123 ranged from 5 × 10^9 to 9 × 10^9 cells.",
                          "In the trial, from a baseline resistance of 18.4 units there was a decrease of 6.2 units.",
                          "Trial patients were randomized to XY-123 15, 45, or 90mg, or placebo once daily.",
                          "In the trial, XY-123 given daily was compared with metformin 500 mg taken twice a day.",
                          "Trial patients were given XY-123 until a zeta volume of less than 60 mL.",
                          "In the trial, XY-123 was compared to a 200 mg twice-daily dosing regimen of metformin.",
                          "Trial patients were randomised to placebo or 20mg, 60mg or 120mg doses of XY-123.")),
    Rule("dosing.doses", T.numberOfDoses, doses, confidence=0.7, cue=giving_and(COUNT), hedged=True,
         examples=(Example("In the trial, patients received a total of four infusions.", (("numberOfDoses", "4"),)),
                   Example("Treatment in the trial lasted a month, with eight spray sessions in total.",
                           (("numberOfDoses", "8"),)),
                   Example("In the trial, adults were randomized to zeta training or usual care; those in the zeta "
                           "training group received 11 training sessions.", (("numberOfDoses", "11"),)),
                   Example("In the trial, cells were returned to each patient in a single intravenous infusion.",
                           (("numberOfDoses", "1"),)),
                   Example("Trial adults were given one of three dose concentrations of XY-123, in two doses.",
                           (("numberOfDoses", "2"),)),
                   Example("In the trial, 30 adults were treated with three doses of XY-123 (100 mg; 4 weeks apart).",
                           (("numberOfDoses", "3"),))),
         counterexamples=("In the trial, the dose rose after the first three doses.",
                          "In the trial, the level in patients receiving XY-123 rose by 0.85 doubling doses.",
                          "In the trial, XY-123 was taken in two divided doses.",
                          "In the trial, a 300 mg dose of XY-123 was well tolerated.",
                          "In the trial, 4 vs. 17 rescue injections were needed.",
                          "In the trial, a single vaccination with either dose raised antibody titres.",
                          "In the trial, all patients who received at least one dose were analysed.",
                          "Safety was assessed in the trial in everyone who received ≥1 dose of XY-123.",
                          "In the trial of XY-123, each patient received up to 12 behavioral counseling sessions.")),
    Rule("dosing.interval", T.doseInterval, interval, confidence=0.7, cue=giving_and(INTERVAL, TIMES_A_DAY), hedged=True,
         examples=(Example("In the trial, XY-123 was given by infusion every 4 weeks.", (("doseInterval", "P4W"),)),
                   Example("Trial patients took XY-123 tablets daily.", (("doseInterval", "P1D"),)),
                   Example("Trial patients received XY-123 or placebo every 8 hours for 7 days.", (("doseInterval", "PT8H"),)),
                   Example("In the trial, children received XY-123 at 12.5 μg/kg/day.", (("doseInterval", "P1D"),)),
                   Example("In the trial, XY-123 was given at 1 mg per day.", (("doseInterval", "P1D"),)),
                   Example("In the trial, adults took XY-123 at 5 mg/d.", (("doseInterval", "P1D"),)),
                   Example("Trial patients received XY-123 300 mg Q2W or placebo.", (("doseInterval", "P2W"),)),
                   Example("Trial patients were given AB-77 plus XY-123 (1000 mg, qd).", (("doseInterval", "P1D"),)),
                   Example("The trial is testing once-daily XY-123 in adults with gout.", (("doseInterval", "P1D"),)),
                   Example("In the trial, adults were randomised to placebo or XY-123 8 mg once a day.",
                           (("doseInterval", "P1D"),)),
                   Example("Trial patients took XY-123 200 mg twice daily or placebo.", (("doseInterval", "PT12H"),)),
                   Example("Trial patients received XY-123 5 mg TID for 8 weeks.", (("doseInterval", "PT8H"),)),
                   Example("In the trial, 30 adults were treated with three doses of XY-123 (100 mg; 4 weeks apart).",
                           (("doseInterval", "P4W"),)),
                   Example("In the trial, we assessed XY-123 0.3, 1, or 4 mg three times daily in adults.",
                           (("doseInterval", "PT8H"),))),
         counterexamples=("Trial patients received XY-123 infusions twice weekly.",
                          "In the trial, the score fell by 0.3 points per month after XY-123 was given.",
                          "In the trial, XY-123 taken every day was no better than the usual weekly dosing schedule.",
                          "In the trial, XY-123 given at 60 mg cut mean weekly zeta days versus placebo.",
                          "In the trial, patients given XY-123 still had daily symptoms of zeta disease.",
                          "Trial patients received XY-123; the Zeta Activities of Daily Living score improved.",
                          "In the trial, patients received XY-123, and the weekly average zeta score fell.")),
    Rule("dosing.follow_up", T.followUp, follow_up, confidence=0.7, cue=giving_and(FOLLOW), hedged=True,
         examples=(Example("Trial patients received one injection and were followed for 12 months.",
                           (("followUp", "P12M"),)),
                   Example("After a single infusion, trial participants were followed up for 2 years.",
                           (("followUp", "P2Y"),)),
                   Example("In the trial, 41 boys received one infusion of XY-123, with 48 weeks of follow-up.",
                           (("followUp", "P48W"),))),
         counterexamples=("Trial patients received one injection.",)),
    Rule("dosing.duration", T.duration, duration, confidence=0.7, cue=giving_and(DURATION, DURATION_OF), hedged=True,
         examples=(Example("In the trial, XY-123 was given twice weekly for four consecutive weeks.",
                           (("duration", "P4W"),)),
                   Example("Treatment in the trial lasted 12 weeks, with XY-123 taken daily.", (("duration", "P12W"),)),
                   Example("In the trial, patients took XY-123 or placebo daily for up to 6 weeks.", (("duration", "P6W"),)),
                   Example("The trial gave XY-123 daily, with treatment planned for two years.", (("duration", "P2Y"),)),
                   Example("Trial patients were randomly assigned to 6 weeks of double-blind treatment with XY-123.",
                           (("duration", "P6W"),))),
         counterexamples=("Trial patients were treated after a 2-week run-in period.",
                          "After the trial, patients could go on to nonrandomized treatment with XY-123 for up to 9 months.",
                          "Trial patients received XY-123; response was defined as a 3-point fall in the ZS score for 6 weeks.",
                          "A future trial will give XY-123 for 52 weeks.",
                          "Trial patients had had 10 years of prior treatment before XY-123 was given.",
                          "In the trial, XY-123 lowered the score after 9 months of treatment.",
                          "Trial patients given XY-123 lived for 14 months and were treated with it.",
                          "Trial patients were pregnant women at 22 through 34 weeks' gestation given one dose of XY-123.")),
    Rule("dosing.duration.trial_length", T.duration, trial_length, confidence=0.6, cue=TRIAL_LENGTH, hedged=True,
         examples=(Example("This 14-week, randomized, double-blind trial of XY-123 enrolled 300 adults.",
                           (("duration", "P14W"),)),
                   Example("The 26-week ZETA 2 trial showed that XY-123 lowered HbA1c.", (("duration", "P26W"),))),
         counterexamples=("Patients then entered the 52-week open-label extension study of XY-123.",
                          "A 2-week run-in came before the trial of XY-123.")),
)


class DosingExtractor(RuleExtractor):
    name = "dosing"
    version = "2.0"
    rules = ALL

    def facts(self, ctx):
        yield from first_stated(super().facts(ctx), ctx)


def first_stated(found, ctx=None):
    """Every fact, but of what a trial has one of (a dose, an interval ...) only the first the text states."""
    stated: set = set()
    for f in found:
        if f.predicate in FUNCTIONAL:
            key = (f.subject.kind, f.subject.key, f.predicate)
            if key in stated:
                continue
            stated.add(key)
        yield f
