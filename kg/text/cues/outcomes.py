"""Outcome cues: measures, and the sentences and clauses that name measures without giving the trial's results
(:mod:`kg.text.measures`, :mod:`kg.extractors.outcomes`).
"""

from __future__ import annotations

import re

from kg.text import prefilter as rx

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

# the events people are said to have had by a verb ("19 (12.9%) ... relapsed"): each verb, the event it names and
# the stem of the names of the measure that counts the event
EVENT_VERBS = {"died": ("death", r"(?:mortality|death)\b"), "relapsed": ("relapse", "relapse"),
               "responded": ("response", "respon"), "recovered": ("recovery", "recover"),
               "progressed": ("progression", "progress"), "recurred": ("recurrence", "recurren"),
               "cured": ("cure", "cure")}
EVENT_VERB = "|".join(EVENT_VERBS)
# that people responded, said by a noun: "were responders", "achieved the responder criteria" (the event "responded")
RESPONDERS = r"(?:were|became)\sresponders|(?:achieved|met|fulfilled)\s(?:the\s)?respon(?:se|der)\scriteri(?:a|on)"

# words that say a quantity changed ("HbA1c fell", "a reduction in LDL cholesterol")
CHANGE_STEMS = r"chang|reduc|lower|decreas|increas|fell|fall|rose|declin|improv|drop|gain|loss|lost|worsen"
CHANGE_WORD = rx.compile(rf"\b(?:{CHANGE_STEMS})", re.I)
# what a number is net of a control by, after the control's name: "placebo-|corrected", "placebo |adjusted"
NET_OF = r"(?:corrected|adjusted|subtracted)"
# a verb of change denied, which says the drug made no significant change: "did not (significantly) | reduce", "failed
# to improve" (a regex fragment: effects read it as a verdict, result objects as the verb before its measures)
DENIED_CHANGE = (r"(?:did\s+not|failed\s+to)\s+(?:significantly\s+)?"
                 r"(?:improve|reduce|lower|increase|decrease|delay|prevent|prolong|extend)")
# the words before a threshold's number, which make it part of a measure's definition, not a result: "a | >=3-point
# reduction", "at least a | 4-point improvement"
AT_LEAST_BEFORE = re.compile(r"(?:≥|>=|\bat\sleast(?:\san?)?|\bmore\sthan(?:\san?)?)\s?$", re.I)
# what makes a bracket after a measure its definition by a threshold, not the measure's other name: "response (| >= 50%
# decrease in the ZRS score|)", "(a fall of | 4 points | or more)"
THRESHOLD_DEFINED = re.compile(r"[<>≤≥]|\d\s?%|\b(?:at\sleast|or\smore|points?)\b", re.I)
# what a change is set against, after its verb or noun: "fell | from baseline |", "improved | over baseline | by",
# "a reduction | relative to baseline | in X", with the time it ran to: "| from baseline to week 24 | in X" (a fragment
# with \s only, so that verbose patterns take it)
FROM_BASELINE = (r"(?:from|over|versus|vs\.?|relative\sto|compared\s(?:with|to))\sbaseline"
                 r"(?:\s(?:to|through|until)\s(?:(?:week|month|day|year)\s\d{1,3}|(?:the\s)?end\sof\s(?:treatment|(?:the\s)?study)))?")
# a sentence that reports a quantity as a result or names an endpoint (not a value stated as an entry criterion)
QUANTITY_RESULT = rx.compile(rf"\b(?:{CHANGE_STEMS}|endpoint|end point|outcome|differ|percent|from baseline|versus|vs\b)"
                             r"|\d\s?%", re.I)
# a description of the patients at entry: "the mean eGFR was 43", "mean age 61 years", "... at baseline"
BASELINE_DESCRIPTION = rx.compile(r"(?=[abm])\b(?:(?:mean|median|average)\s(?:\([^()]{1,10}\)\s)?(?:age|baseline|eGFR|HbA1c|BMI|body|weight|LDL)|"
                                  r"at baseline|baseline characteristics|at entry|at enrollment|at enrolment)\b", re.I)
# a sentence that states who could enter a trial: the measures it names are criteria, not outcomes
ENTRY_CRITERIA = rx.compile(r"\b(?:eligib|inclusion criteri|exclusion criteri|entry criteri|to qualify|were required to|"
                            r"had to have|key criteria)", re.I)
# before a quantity named as the event whose risk a drug lowers ("reduces the risk of sustained eGFR decline")
RISK_OF_EVENT = rx.compile(r"\brisk of (?:an? )?(?:[a-z]{3,15} ){0,2}$")
# before a measure that is an adverse event ("treatment-related mortality")
RELATED_EVENT = rx.compile(r"(?:-related|-associated|-emergent)\s$", re.I)
# the time a listed item was read at, at the item's end: "zeta severity | at 4 and 12 weeks", "X | at week 12"
ITEM_TIME = re.compile(r"\s(?:over|through|at|within|during|from|after)\s(?:the\s)?(?:first\s)?"
                       r"(?:\d|(?:day|week|month|year)\s\d)[^,;]{0,30}$", re.I)
# the words a named instrument's name ends with ("the Revised ALS Functional Rating Scale")
INSTRUMENT_WORDS = "Scale|Score|Index|Inventory|Questionnaire|Test|Examination|Assessment"
# the letters of a rating scale that rates whatever the words before it name ("Peak Itch | NRS", "Leg Pain | VAS")
RATING_LETTERS = "NRS|NPRS|VAS|VRS"
# a sentence that may hold a measure's shape (one cheap test before the shape patterns of kg.text.measures): the
# phrases' and the instruments' words apart, each with its own prefilter (as one alternation, a sentence holding any of
# the 23 words, "test" in "latest", was searched for all: ~80 us a seed article, ~44 us as two)
MEASURE_CUE = rx.AnyOf(
    rx.compile(r"\b(?:time to|first occurrence|free|proportion|percentage|number of|frequency of|rate of|risk of|risk reduction|chang|incidence|"
               r"composite|survival|respon|success|remission|mortality)", re.I),
    rx.compile(rf"(?:{INSTRUMENT_WORDS})\b", re.I))
# a sentence that names endpoints ("the primary endpoint", "secondary outcomes", "the main efficacy measure")
# an amount of a drug as what was measured: "morphine consumption", "analgesic requirements", "the total dose of rescue
# medication": the amounts in dose units after it are the arms' results, not doses given ("7.5 vs. 39.0 mg")
# (the nouns that name an amount used of a drug: "morphine | consumption", "fentanyl | requirements"; a regex fragment)
AMOUNT_NOUNS = r"(?:consumption|requirements?|intake)"
AMOUNT_MEASURED = rx.compile(rf"(?=[acdirtfblov])\b(?:{AMOUNT_NOUNS}|consumed|(?:total|cumulative)\s(?:dose|amount)s?|"
                             r"amounts?\sof|doses?\sof\srescue|rescue\s(?:analgesi[ac]s?|medications?|doses?)|"
                             # (or a volume measured in a dose's unit: "FEV1 ... (212 mL vs. 48 mL)", "blood loss")
                             r"FEV1|FVC|lung\sfunction|blood\sloss|urine\soutput|volumes?)\b", re.I)
# an average named before a measure, which names the same endpoint: "mean | zeta score", "median | zeta survival"
AVERAGE_PREFIX = re.compile(r"^(?:mean|median|average)\s", re.I)
# (not "at endpoint", "to endpoint": the end of treatment, a time)
ENDPOINT_WORD = rx.compile(r"(?=[emo])(?<!\bat\s)(?<!\bto\s)\b(?:endpoints?|end[ -]points?|outcomes?|measures?)\b", re.I)
# a trial's code: a capitalised word of four letters or more and a number of one or two digits ("ZETA-07"), a shape
# drug codes do not take (their numbers run to three digits and more: "AB-123", "XYZ-1234")
TRIAL_SHAPED_CODE = re.compile(r"[A-Z]{4,10}-\d{1,2}[A-Za-z]?")
# the disease's burden: "X is the leading cause of death in ...", "accounts for 30 percent of deaths", "prevalence"
OUTCOME_BACKGROUND = rx.compile(r"""(?=[almp])\b(?:leading\s{1,3}cause|accounts?\s{1,3}for|accounted\s{1,3}for|prevalen(?:ce|t)
    |most\s{1,3}common\s{1,3}cause)\b""", re.I | re.X)
# the numbers a trial was sized on, no result: "was powered on assumed response rates of 30% versus 10%", "assuming
# an event rate of 12% with placebo", "the sample size was based on ..."
POWER_ASSUMPTION = rx.compile(r"""(?=[aps])\b(?:powered\s{1,3}(?:on|to|for|at)|assum(?:ed|ing|ptions?)\s{1,3}(?:an?\s{1,3}|the\s{1,3})?
    (?:[\w-]{1,20}\s{1,3}){0,2}(?:rates?|differences?|effects?|reductions?|proportions?)|sample\s{1,3}size)\b""", re.I | re.X)
# a definition: what follows names the parts of a measure, not measures of their own ("defined as the time to X or
# death", "flare-free (flare: score >= 2)"; not a ticker, "(Nasdaq: ZETA)", whose capital the letter's case tells apart)
OUTCOME_DEFINITION = rx.compile(r"""\b(?:defined|definition)\s{1,3}(?:as|by)\b|\(\s{0,2}[\w-]{1,30}\s{0,2}:\s{0,2}(?-i:[a-z])""", re.I | re.X)
# a role sentence that judges its endpoint rather than listing it: "the primary endpoint was met", "... was positive"
OUTCOME_JUDGED = rx.compile(r"(?=[afmnprs])\b(?:met|achieved|reached|missed|positive|negative|succeeded|failed)\b", re.I)
# a company announcing results as its news (not "announced that a journal published ..."): "Acme announced topline
# results from the Phase 2 study of XY-123", "Acme announces positive, though mixed, results from", "Acme announced
# that top-line data from a Phase 2 study indicate XY-123 ...", "Acme announced today the results of"
# a company's news that opens on its therapy: "Acme Bio today announced | that XY-123 met its primary endpoint", "Acme
# said | XY-123 met ..."; and the results it announces: "Acme reports | long-term ZETA-2 results for XY-123"
ORG_THAT_THERAPY = rx.compile(r"(?<!\s)\s{1,3}(?:today\s{1,3})?(?:that\s{1,3})?(?:(?:the|its)\s{1,3})?(?:investigational\s{1,3}|experimental\s{1,3})?"
                              r"(?:(?:compound|drug|candidate|medicine|therapy)\s{1,3})?")    # ("the investigational compound X")
# the words that say what kind of results a company announces ("positive topline", "final", "mixed"; re.X fragment)
RESULT_WORDS = r"""(?:positive|topline|top-line|new|additional|final|full|interim|late-breaking|primary|pivotal|mixed
    |encouraging|promising|preliminary|updated|detailed|negative|disappointing|initial|early|first|long-term|outline
    |headline|key|significant|statistically\s{1,3}significant|favou?rable|successful|strong|robust)"""
ORG_ANNOUNCED_RESULTS = rx.compile(r"""\s{1,3}(?:today\s{1,3})?(?:that\s{1,3})?(?:the\s{1,3}|an?\s{1,3}(?:first\s{1,3})?set\s{1,3}of\s{1,3})?(?:"""
                                   + RESULT_WORDS + r"""
    (?:,\s{1,3}(?:though|but|albeit)\s{1,3}[\w-]{1,20},)?\s{1,3}){0,2}
    (?:phase\s{1,3}[0-9IVab/]{1,6}\s{1,3}(?:(?:clinical\s{1,3})?(?:trial|study)\s{1,3})?)?
    (?:(?-i:[A-Z][A-Z0-9-]{2,20})(?:\s{1,3}\d{1,2})?\s{1,3})?
    (?:(?:safety|efficacy|tolerability)(?:,?\s{1,3}(?:and\s{1,3})?(?:safety|efficacy|tolerability)){0,2}\s{1,3})?(?:results|data|findings|outcomes)\b""",
                                   re.X | re.I)
# a verb after "endpoints were": the sentence says what was done with them, it does not list them ("were tested in
# a fixed hierarchy")
OUTCOME_PASSIVE = rx.compile(r"\s{1,3}(?:not\s{1,3})?(?:[a-z]{2,20}ed|shown|seen|chosen)\b")
# a "time-to-X" written with hyphens ("the time-to-rise test"): a measure's shape that MEASURE_CUE does not gate
TIME_TO_HYPHEN = rx.compile(r"\btime-to-", re.I)
# a result's verb or noun right before a disease: what the drug changed, an outcome ("showed improved | X",
# "a reduction in | X")
CHANGED_BEFORE = rx.compile(r"(?=[dimrw])\b(?:improv(?:ed|ement|ements)|reduc(?:ed|tion|tions)|decreas(?:ed|es?)|worsen(?:ed|ing)|"
                            r"relie(?:f|ved))\s(?:(?:in|of|from)\s)?(?:the\s)?$", re.I)
# the first word of what follows "The primary endpoint was": a verdict, a comparison or a verb, not a measure; or a
# link between two ("the relationship between A and B")
NOT_MEASURE_START = frozenset("""met achieved reached missed positive negative not to higher lower greater smaller similar
    significantly statistically significant nominally also both assessed measured evaluated analysed analyzed defined
    chosen changed powered designed based available pre-specified prespecified relationship relationships
    association associations correlation correlations
    where what how why which when who whether that
    although though whereas while however any respective comparison comparisons pairwise""".split())
#   (a heading's question: "Endpoints: where ... "; a clause's conjunction where a comma is missing: "..., although the
#   X ..."; a clause that a verb of showing opens: "showed | that treatment with X resulted in ..."; the measures a
#   sentence before named: "the | respective rates were ..."; an analysis, not what it compares: "pairwise comparisons
#   between the two doses and vehicle")
# the conjunctions that open a clause set against the one before ("X was lower, | but | Y ...", "the primary outcome
# was A, | while | B ..."): a regex fragment
CONTRAST_WORDS = "but|while|whereas|although|though|yet"
# the words that link a result to the one before it and name no part of its subject ("Similarly, X fell ...",
# "However X rose ...")
# (those that add a further result: "Moreover, X was ...")
FURTHER_WORDS = frozenset("additionally also moreover furthermore".split())
LINKING_WORDS = FURTHER_WORDS | frozenset("""similarly overall however likewise importantly notably finally conversely
    consequently thus""".split())
# what a count of people with it counts: "the number of adults with | zeta flares | by day 60 ...", "the
# proportion of participants who developed | zeta | was ..."
PEOPLE_WITH_QUANTITY = rx.compile(r"""(?=[nprs])\b(?:number|proportion|percentage|share|rate)\s+of\s+(?:the\s+)?(?:patients
    |participants|subjects|people|children|adults|women|men)\s+(?:with|who\s+(?:had|developed|experienced|reported))\s+
    (?P<x>(?:[a-z][\w-]{1,30}\s+){0,4}?[a-z][\w-]{2,30})(?=\s*+(?:\(|was|were|in\b|at\b|by\b|within\b|during\b|after\b|differed\b|,))""",
                                  re.I | re.X)


# an event that is a treatment's benefit, the word a measure's name ends on ("Complete remission", "Clinical response")
BENEFIT_EVENT = re.compile(r"\b(?:remissions?|respon\w{0,5}|relapses?|recurrences?|progression|exacerbations?|healing|"
                           r"resolution|clearance|cure|improvement|worsening(?:\sevents?)?|deterioration|treatment\sfailures?)$",
                           re.I)
# an event a role may name in one word: a benefit's, or death, survival and admissions ("The primary outcome was death")
ONE_WORD_EVENT = re.compile(rf"(?:{BENEFIT_EVENT.pattern[:-1]}|\b(?:death|mortality|survival|hospitali[sz]ation|readmission|"
                            r"reinfarction))$", re.I)

# a harm or sign the vocabularies name by a change in a quantity ("reduction in blood pressure", "increase in heart
# rate"): the change a result gives, or a harm, never the condition a trial studies
CHANGE_NAMED = re.compile(r"(?:reductions?|decreases?|increases?|declines?|falls?|drops?|rises?)\s(?:in|of)\s", re.I)
