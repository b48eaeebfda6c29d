"""The trial stage's patterns: the words that make a document report a trial, a phase, a trial's short name
and what marks one as a trial's, registry ids given together, and the phrases that name a trial by what it is.

>>> bool(PHASE.search("a Phase 2b study")), bool(REPORTS_TRIAL.search("Forty adults were studied."))
(True, False)
"""

from __future__ import annotations

import re

from kg.text import prefilter as rx
from kg.text.cues import CROSSOVER, OPEN_STUDY, PEOPLE, PLACEBO_WORDS, RANDOM_ALLOCATION, TRIAL_SHAPED_CODE
from kg.text.drug_uses import CLASS, PRODUCT_NOUN
from kg.text.registries import MISPRINTED_ID
from kg.text.sentences import Sentence


# a document reports a trial (even without a registry id) when it says so in these words; "study" alone is not enough
# ("a single-arm study" is: one group given the treatment under a protocol; as are the early studies named by their
# aim, "a first-in-human study", "a proof-of-concept study", "a dose-escalation study", unless run in animals or cells)
REPORTS_TRIAL = rx.compile(r"\b(?:trials?|phase[\s-]+(?:[0-4]|i{1,3}|iv)[ab]?\b|randomi[sz]ed|placebo|enrolled|open-label|"
                           r"(?:double|single)-blind|single[-\s]arm\b|(?:late|mid|early)-stage (?:study|trial)|clinical stud(?:y|ies)|"
                           r"(?:first-in-(?:human|man|patients?)|proof-of-concept|dose[-\s](?:escalation|finding|ranging))\s"
                           r"(?:clinical\s)?stud(?:y|ies)\b(?!\s(?:in|of|on|using)\s(?:[\w-]+\s)?(?:mice|mouse|rats?|animals?|"
                           r"cells|monkeys|primates|pigs|dogs|models?)\b))", re.I)


# patients put into groups of stated sizes report a (controlled, not always randomised) trial: "were divided into
# the diet group (n=24) and the exercise group (n=26)", "assigned to two groups (n = 20 each)"
GROUPS_SIZED = rx.compile(r"""(?=[ad])\b(?:divided|assigned|allocated)\s+(?:in)?to\s+(?:[\w-]{1,20}\s+){0,3}?(?:groups?|arms?)\b
    [^.;]{0,40}?\(\s?n\s?=""", re.I | re.X)


# patients split into a group given a treatment and one given another: "Half of the adults took XY-123 with usual
# care, while the other half received usual care only"
OTHER_HALF = rx.compile(r"(?=[t])\bthe\s+(?:other|remaining)\s+(?:half|group|\d{1,6}(?:\s+(?:patients|participants|subjects))?)"
                        r"\s+(?:were\s+given|received|got|took|were\s+treated\s+with)\b", re.I)


# a study's results told as news: "announced updated study results", "the interim study showed XY-123 reduced ..." (not
# one in animals or cells, nor one that only watched patients: "a mouse study showed", "an observational study found";
# nor an abstract's closing words about its own, which may be no trial: "This study found no zeta effect")
STUDY_SHOWED = rx.compile(r"""(?=[s])\bstudy\s+(?:results|data|findings)\b
    |(?=[s])(?<!\bmouse\s)(?<!\bmice\s)(?<!\banimal\s)(?<!\brat\s)(?<!\bpreclinical\s)(?<!\blaboratory\s)(?<!\bobservational\s)
    (?<!\bcohort\s)(?<!\bretrospective\s)(?<!\bpopulation\s)(?<!\bcell\s)(?<!\bthis\s)(?<!\bour\s)(?<!\bpresent\s)
    (?<!\bcurrent\s)\bstudy\s+(?:showed|showing|found|demonstrated|confirmed)\s
    (?!(?:that\s+)?(?:mice|rats|animals|cells)\b)
    # (or the results of a study of a treatment: "Results from the new study testing the inhaled drug in X showed")
    |(?=[r])\bresults\s+(?:of|from)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?study\s+(?:investigating|evaluating|testing|of)\s+
    (?:(?:an?|the|its)\s+)?(?:[\w-]+\s+){0,2}?(?:therapy|drug|treatment|medicine|vaccine)\b""", re.I | re.X)


# authors who give a treatment and measure its efficacy report a trial: "we studied the efficacy and safety of XY"
# (or "this study investigated the effect of zeta stimulation on ... in 18 adults", not an effect on cells; "to
# investigate the feasibility and safety of"); and a series of patients treated and followed: "Case series."
EFFICACY_STUDIED = rx.compile(r"""(?=[tw])\b(?:we|this\s+study|the\s+(?:present\s+)?study)\s+(?:studied|evaluated|assessed|
    investigated|examined|tested)\s+the\s+(?:(?:clinical\s+)?(?:efficacy|efficacy\s+and\s+safety|safety\s+and\s+efficacy)\s+of\b
    |effects?\s+of\b(?=[^.;]{0,240}?\bin\s+\d{1,5}\s+(?:[\w-]+\s+){0,3}?(?:patients|adults|subjects|participants|
      volunteers|children|women|men|eyes)\b))
    |(?=[t])\bto\s+(?:investigate|evaluate|assess|study|report)\s+the\s+feasibility\s+and\s+safety\s+of\b
    |(?=[c])(?<!published\s)(?<!of\s)\bcase\s+series\b""", re.I | re.X)


# a document that reviews trials or comments on one reports none of its own: "Systematic review of ...", "This review
# aims to ...", "a meta-analysis of 12 trials", "Commentary on: ..."
REVIEW = rx.compile(r"(?=[clmnrst])\b(?:systematic\s+review|literature\s+review|narrative\s+review|this\s+review|"
                    r"review\s+of\s+(?:the\s+)?(?:present\s+|current\s+|published\s+)?literature|meta-?analys[ie]s|commentary)\b", re.I)


# a trial a sentence calls for, not one it reports: "a large randomized trial is required", "should be tested in a
# randomised trial", "future trials" ("a randomized study was planned and done" reports one)
WANTED_TRIAL = rx.compile(r"(?=[afinrsw])\b(?:(?:is|are)\s+(?:still\s+)?(?:required|needed|warranted)|(?<!\bas\s)needed|should|will|would|"
                          r"future|warrant)\b", re.I)


def is_review(sentences: list[Sentence]) -> bool:
    """Does the document open (title and first two sentences) as a review, a meta-analysis or a commentary?

    >>> from kg.text.sentences import Sentence
    >>> is_review([Sentence(0, 30, "Systematic review of XY-123 use", 0)])
    True
    """
    return any(REVIEW.search(s.text) for s in sentences[:3])


def reports_trial(text: str) -> bool:
    """Does a sentence report a trial in words: "randomised", "placebo", "were randomly divided into two groups",
    "in random order", "in an open study", "a crossover design"?

    >>> reports_trial("Forty adults were randomly divided into two groups."), reports_trial("Forty adults were studied.")
    (True, False)
    >>> reports_trial("We studied the efficacy and safety of XY-12 in forty adults.")
    True
    >>> reports_trial("This study investigated the effect of zeta stimulation in 18 adults."), reports_trial("Case series.")
    (True, True)
    >>> reports_trial("This study assessed the effects of an eight-month zeta plan, with long daily walks, a weekly class, "
    ...               "group visits, diet advice and sleep hygiene, on weight and mood in 212 older adults.")
    True
    >>> reports_trial("Sixty adults were divided into a diet group (n=30) and an exercise group (n=30).")
    True
    >>> reports_trial("Design: Single-arm, multicentre, prospective study.")
    True
    >>> reports_trial("Half of the adults took XY-12 with usual care, while the other half received usual care only.")
    True
    >>> (reports_trial("Acme said the interim study showed XY-12 cut zeta events by 80%."),
    ...  reports_trial("A mouse study showed XY-12 cut zeta events."), reports_trial("This study found no zeta effect."))
    (True, False, False)
    >>> reports_trial("Results from the new study testing the inhaled drug in zeta disease have shown that XY-12 works.")
    True
    >>> reports_trial("Results of a study of zeta prevalence in Europe were published.")
    False
    >>> reports_trial("A proof-of-concept study of XY-12 in adults with zeta disease showed a benefit."), reports_trial(
    ...     "A proof-of-concept study in mice showed that XY-12 works.")
    (True, False)
    """
    return bool(REPORTS_TRIAL.search(text) or RANDOM_ALLOCATION.search(text) or OPEN_STUDY.search(text)
                or CROSSOVER.search(text) or EFFICACY_STUDIED.search(text) or GROUPS_SIZED.search(text)
                or OTHER_HALF.search(text) or STUDY_SHOWED.search(text))

# (a phase in words only before a trial's word, so that "phase two of the rollout" is no trial's phase)
PH = (r"(?:(?:iv|i{1,3}|[0-4])[ab]?|(?:one|two|three|four)(?=[\s-](?:(?:and|or|/)\s(?:phase\s)?(?:two|three)\s)?"
      r"(?:(?!of\b|in\b|the\b)[a-z]+\s)?(?:trials?|stud(?:y|ies)|data|results?)\b))")
# a phase as writers give it: "Phase 3", "phase IIb", "Phase 1/2a", "Phase 2 and 3", "phase three trial", "Phase 1/2/3"
# (a seamless trial's three parts: the second group holds the last two)
PHASE = rx.compile(rf"\bphase[\s-]*(?P<a>{PH})(?:\s*(?:/|-|and)\s*(?:phase[\s-]*)?(?P<b>{PH}(?:/{PH})?))?\b", re.I)

# a trial's short name: a capitalised code ("ZETA", "ZETA-7", "ZETA-IA", "Zeta-Lung04" after a capital head, "Z-101-01", "Z-ZETA2",
# one small letter after the first: "ZeTA"; small letters inside capitals: "QUARiT", "ZETAbeta-XY", "ZEtA-1";
# not two capitals and small letters alone, the shape of a procedure's short form: "UTx"),
# or a camel-case word with a number ("ZetaMate 227", "ZetaMate 7T", "ZetaMate 4QX") or of three short capitalised syllables ("ZetIgAm", not a company's "AcmeSmithKline"),
# or short runs of capitals and small letters in turn, the second run of two capitals or more ("ZuMOra-114", not "McKay"),
# or a short word in small letters before capitals ("miniZETA-2"; not one letter: "mRNA-1345"),
# or a capitalised word and a number after a hyphen ("Zenith-3"), then up to two more words ("ZETA Outcomes", "ZETA-IA XY",
# "ZETA 2") and a part ("Part 2"); the words for a trial itself are not part of its name
NAME_TAIL_STOP = (r"(?!(?:Trial|Study|Studies|Phase|Part|Program|Programme|Extension|Randomi[sz]ed|Clinical|Controlled|Investigators|Trialists|"
                  r"Double|Single|Open|Placebo|Pivotal|Global|Interim|Final|Results?|Data|and|or|of|the|The|In|At|Of|vs|"
                  r"This|These|That|Those|It|We|Our|Its|Their|An?)\b)")
NAME = (r"(?-i:(?<![Pp]hase\s)(?<![\w-])(?:[A-Z][A-Z0-9]{1,14}(?:[a-z]{1,10}\d{1,4})?(?:-[A-Za-z0-9]{1,15}){0,3}|[A-Z](?:-\d{1,6}){1,3}"
        r"|[A-Z]-[A-Z]{3,14}\d{0,3}(?:-[A-Za-z0-9]{1,15}){0,2}|[A-Z][a-z][A-Z]{2,12}(?:-[A-Za-z0-9]{1,15}){0,2}"
        r"|(?:[A-Z]{3,12}(?!s(?![A-Za-z]))[a-z]{1,8}(?:[A-Z]{1,6})?|[A-Z]{2}[a-z]{1,8}[A-Z]{1,6})(?:-[A-Za-z0-9]{1,15}){0,2}"
        r"|[A-Z][a-z]{1,12}[A-Z][A-Za-z]{1,12}[\s-]?\d{1,4}[A-Z]{0,3}|[A-Z][a-z]{1,3}[A-Z][a-z]{1,3}[A-Z][a-z]{1,3}|[A-Z][a-z]{2,14}-\d{1,2}[a-z]?"
        r"|[A-Z]{1,3}[a-z]{1,3}[A-Z]{2,3}[a-z]{1,3}(?:-[A-Za-z0-9]{1,15}){0,2}"
        r"|[a-z]{2,5}[A-Z]{3,12}(?:-[A-Za-z0-9]{1,15}){0,2}"
        r"|(?!(?:Phase|The|This|That|These|Its|Their|Our|In|On|At|For|From|With|And)\b)[A-Z][a-z]{2,14}\s[A-Z]{2,6}(?=\s(?:trial|study|\()))"
        rf"(?![\w-])(?:\s{NAME_TAIL_STOP}(?:[A-Z][A-Z0-9]{{1,14}}(?:-[A-Za-z0-9]{{1,15}}){{0,2}}|\d{{1,3}}[a-z]?|[A-Z][a-z]{{2,14}}|[A-Z]{{1,3}}[a-z]{{1,2}}[A-Z][A-Za-z]{{0,4}}|[IVX])(?![\w-])){{0,3}}"
        r"(?:\sPart\s(?:\d{1,2}|[A-D]|I{1,3})\b)?)")
# words shaped like a name that are not one: roman numerals, registries, regulators' and journals' initials, kinds of
# therapy
NOT_A_NAME = re.compile(r"(?:[IVX]{1,4}[ab]?|NCT|ISRCTN|CTRI|EudraCT|ChiCTR|ACTRN|DRKS|UMIN|JRCT|jRCT|WHO|NIH|NHS|FDA|EMA|NEJM|JAMA|"
                        r"CI|HR|OR|AOR|RR|IQR|SD|SE|AE|SAE|TEAE|USA?|UK|EU"
                        # (or a regulatory filing or exemption a study is run under: "an Investigational Device
                        # Exemption (IDE) study")
                        r"|IDE|IND|NDA|BLA|sBLA|sNDA|PMA|EUA|MAA"
                        # (or initials that describe the study: "a US-focused study", "an NIH-funded trial")
                        r"|[A-Z]{2,6}-(?:[a-z]{2,14}ed|based|wide|only|specific|led|run)"
                        # (or a registry's id with a digit too few or too many, as printed: "NCT1234567")
                        rf"|{MISPRINTED_ID}"
                        # (or a kind of therapy, as a title writes "First Pivotal CAR-T Trial")
                        r"|CAR-?T|CAR-NK|TCR-T|AAV|ADC|RNAi|ASO|GLP-1|PD-L?1|SGLT-?2|JAK|BTK|CGRP)(?:\s.{0,80})?", re.S)
# a name that opens with a short word in small letters, which NAME_RE (opening on a capital) leaves: "miniZETA-2"
# (or a word in mixed case with its number, "zeTandem1", or two capitals inside, "zeLTa")
LOWER_START_NAME = re.compile(r"(?<![\w-])[a-z]{2,5}(?:[A-Z]{3,12}[a-z]?|[A-Z][a-z]{2,10}\d{1,2}|[A-Z]{2}[a-z]{1,3})"
                              r"(?:-[A-Za-z0-9]{1,15}){0,2}(?![\w-])")
# the same names, found fast: a pattern that starts with a capital is scanned quickly by re, so the word boundary
# and "not after Phase" are looked back at from the first capital ("Word CAPS" names are found apart, below)
NAME_RE = re.compile(r"[A-Z](?<![\w-][A-Z])(?<![Pp]hase\s[A-Z])(?:[A-Z0-9]{1,14}(?:[a-z]{1,10}\d{1,4})?(?:-[A-Za-z0-9]{1,15}){0,3}"
                     r"|(?:-\d{1,6}){1,3}|-[A-Z]{3,14}\d{0,3}(?:-[A-Za-z0-9]{1,15}){0,2}|[a-z]{1,12}[A-Z][A-Za-z]{1,12}[\s-]?\d{1,4}[A-Z]{0,3}"
                     r"|[a-z]{1,3}[A-Z][a-z]{1,3}[A-Z][a-z]{1,3}|[a-z][A-Z]{2,12}(?:-[A-Za-z0-9]{1,15}){0,2}|[a-z]{2,14}-\d{1,2}[a-z]?"
                     r"|[A-Z]{0,2}[a-z]{1,3}[A-Z]{2,3}[a-z]{1,3}(?:-[A-Za-z0-9]{1,15}){0,2}"
                     r"|(?:[A-Z]{2,11}(?!s(?![A-Za-z]))[a-z]{1,8}(?:[A-Z]{1,6})?|[A-Z][a-z]{1,8}[A-Z]{1,6})(?:-[A-Za-z0-9]{1,15}){0,2}"
                     r"|[a-z]{2,12}[A-Z]{2,6}(?![a-z]))"
                     rf"(?![\w-])(?:\s{NAME_TAIL_STOP}(?:[A-Z][A-Z0-9]{{1,14}}(?:-[A-Za-z0-9]{{1,15}}){{0,2}}|\d{{1,3}}[a-z]?|[A-Z][a-z]{{2,14}}|[A-Z]{{1,3}}[a-z]{{1,2}}[A-Z][A-Za-z]{{0,4}}|[IVX])(?![\w-])){{0,3}}"
                     r"(?:\sPart\s(?:\d{1,2}|[A-D]|I{1,3})\b)?")
# (or a capitalised word and a number, right before the words that make it a trial's: "the Zetayil 2 study", "Zetayil 2
# was a 12-week randomized study"; not a part of one, "Group 1", "Part 2", which NOT_FIRST_WORD lists)
WORD_CAPS_NAME = re.compile(r"[A-Z](?<![\w-][A-Z])[a-z]{2,14}\s(?:[A-Z]{2,6}|\d{1,2})(?=\s(?:trial|study|\()"
                            r"|(?<=\d)\s(?:was|is)\s(?:a|an)\s)")
NOT_FIRST_WORD = frozenset("""Phase The This That These Their Its Our In On At For From With And Group Part Cohort Study
    Trial Week Day Month Year Stage Grade Type Arm Visit Cycle Level Table Figure Section Step Wave Round Module Panel
    Site Protocol Version Period Dose Session Class Patient Case Number Model Item""".split())
TRIAL_HEAD = r"(?:trial|study|studies)\b"          # not "programme": a development programme is many trials
# words that may stand between a name and "trial": "the ZETA Phase 3 trial", "the ZETA pivotal study", "the ZETA
# randomized clinical trial", "the ZETA 18-week clinical trial"
NAME_BEFORE_HEAD = (rf"(?:(?:phase[\s-]*{PH}(?:/{PH})?|pivotal|registrational|clinical|extension|open-label|induction|maintenance|"
                    rf"confirmatory|randomi[sz]ed|controlled|[a-z]+-[a-z]+|\d{{1,3}}-(?:week|month|day|year))\s+){{0,3}}")
# the words a name is the short form of, in brackets before its head: "the ZETA-2 (Zetamab Trial in Exertional
# Limitation) trial", "ZETA (Zeta Evaluation of ...) was a randomised trial" (they start with the name's letter: see
# named_trials)
EXPANSION_AFTER_NAME = re.compile(rf"(?<!\s)\s+\((?-i:[A-Z])[^()]{{5,120}}\)\s+"
                                  rf"(?:(?:is|was)\s+(?:a|an)\s[^.;:()]{{0,60}}?\b|{NAME_BEFORE_HEAD}){TRIAL_HEAD}", re.I)
# what makes a name a trial's, looked for around each name: "ZETA trial", "ZETA, a (or its) Phase 3 study", "ZETA is a
# randomised trial", "a trial called ZETA", "Short name: ZETA"
AFTER_NAME = (re.compile(rf"(?<!\s)[™*]?\s+{NAME_BEFORE_HEAD}{TRIAL_HEAD}", re.I),     # (a mark may end it: "ZETA 1™ study", a footnote's star "ZETA*")
              re.compile(rf"(?<!\s),\s+(?:a|an|the)\s[^.;:()]{{0,100}}?\b(?:{TRIAL_HEAD}|trials\b)", re.I),
              # (the sponsor's own, its head within a few words: "ZETA, its global Phase 3 study"; not "XY-1, its
              # vaccine candidate, failed in a trial")
              re.compile(rf"(?<!\s),\s+(?:its|their|our)\s(?:[\w-]+\s){{0,4}}{TRIAL_HEAD}", re.I),
              re.compile(rf"(?<!\s)\s+(?:is|was|will\s+be)\s+(?:a|an|the)\s[^.;:]{{0,100}}?\b{TRIAL_HEAD}", re.I),
              # a short form given after the long one: "the Acme Evaluation of Zeta Therapy (ZETA) trial"
              re.compile(rf"\)\s+{NAME_BEFORE_HEAD}{TRIAL_HEAD}", re.I),
              # a protocol code in brackets between the name and its head: "the ZETA-PC 5 (C90210) trial"
              re.compile(rf"(?<!\s)\s+\((?-i:[A-Z][A-Z0-9-]{{2,15}})\)\s+{NAME_BEFORE_HEAD}{TRIAL_HEAD}", re.I),
              # or the words the name is the short form of (checked against the name where it is used)
              EXPANSION_AFTER_NAME,
              # the trial's investigators, as an abstract's byline names them: "for the ZETA-HR Investigators"
              re.compile(r"(?<!\s)\s+(?:Investigators|Study\s+Group|Trial\s+Group|Trialists)\b"))
# (or one of two trials set apart: "In one study, | ZETA-X, | patients ...", "In the other, | ZETA-O, |")
BEFORE_NAME = re.compile(rf"\b{TRIAL_HEAD}[\s,]+(?:called|named|known\s+as|dubbed)\s+$"
                         rf"|\b[Ii]n\s(?:one|the\sother|the\sfirst|the\ssecond|another)(?:\s(?:[\w-]+\s){{0,2}}?{TRIAL_HEAD})?,\s$",
                         re.I)
# a name so introduced may be a plain capitalised word: "the trial, named Meridian", "a study called Zeta Pointe", "the
# trial, which enrolled 264 patients, was dubbed Zeta"
CALLED_NAME = re.compile(rf"(?i:\b{TRIAL_HEAD}(?:[\s,]+|[^.;]{{0,80}}?\b(?:was|is)\s+)(?:called|named|known\s+as|dubbed)\s+)"
                         r"(?P<name>[A-Z][A-Za-z0-9-]{2,20}(?:\s(?:[A-Z][A-Za-z0-9-]{1,20}|\d{1,3}))?)(?![\w-])")
# a name in brackets after the trial ("a randomised, phase 2 trial (ZETA-1211)"), or closing a sentence or title that
# speaks of a trial ("Study to Assess XY-123 in Adults with Gout (ZETA)")
BRACKET_BEFORE = re.compile(r"(?<![®™]\s)(?<![®™])\(\s?$")     # (not a brand's maker: "Zetavo® (Acme Bio)")
BRACKET_AFTER = re.compile(r"\s?\)(?:(?P<last>\s?[.:]?\s*$)|(?P<colon>:\s(?:an?|the)\s[^.;()]{0,80}?\b(?:trial|study)\b))?", re.I)
TRIAL_HEAD_BEFORE = re.compile(rf"\b{TRIAL_HEAD}(?:[^()]|\([^()]{{0,30}}\)){{0,200}}$", re.I)   # (a short form's bracket
#                                                                      between: "trial for zeta crisis (ZC) ... (ZETA)")
# an apposition that calls the name a drug, closed by a comma before the words that name a trial: "XY-123, an oral
# zeta antagonist, was tested in a phase 3 trial" (the drug's, not the trial's name; not "ZETA, a trial of an oral
# zeta antagonist, ...")
DRUG_APPOSITION = re.compile(rf",\s+(?:a|an|the)\s(?:(?!trial|stud)[^.;:(),]){{0,80}}?\b(?:{CLASS}|{PRODUCT_NOUN})s?"
                             r"(?:\s(?:of|for|to|against|targeting)\s[^.;:(),]{1,60}?)?(?=\s*,)", re.I)
# a dash that sets off an apposition, spaced or not: "trials — ZETA 1 and ZETA 2 —", "trials--ZETA 1"
APPOSITION_DASH = r"\s?[—–]\s?|\s?--\s?"
# a name's expansion written before its number: "ZETA | (Zeta Efficacy Trial of ...) | 1"
NUMBER_EXPANSION = r"\s\([A-Z][^()]{5,100}\)"
# a name set after a phased trial, between commas or dashes: "a Phase 3 trial, ZETA 1, evaluating ...", "a
# second Phase 3 study in older adults, ZETA-OA, enrolled ...", "the phase 3 trials — ZETA 1 and ZETA 2 — tested ..."
APPOSED_NAME = (re.compile(rf"\b(?:phase[\s-]*{PH}(?:/{PH})?|pivotal|registrational)\s+(?:[a-z-]+\s+){{0,2}}{TRIAL_HEAD}"
                           rf"(?:\s(?:with|of|in)\s[^.;:(),]{{1,40}}?)?(?:,|{APPOSITION_DASH})\s*$", re.I),
                re.compile(rf",\s|{APPOSITION_DASH}"))
LABEL_BEFORE_NAME = re.compile(r"(?<!\s)\s*(?:official\s+)?(?:short\s+name|acronym|study\s+name|trial\s+name)\s*:\s*", re.I)
# a sentence that names a trial as one holds one of these
NAMED_GATE = ("trial", "stud", "acronym", "short name", "program", "the other, ")
# a trial named by its code, opening the sentence it is the setting of (after an abstract's heading): "In ZETA-07, XY-123
# gave ...", "204 Background: In ZETA-07, ..."
# a name in capitals a sentence opens on before the trial's people and their allocation: "In ZETAWAY, 210 patients
# with ... were randomly allocated ..." (a report of several trials, each named so)
CAPS_LEAD = re.compile(rf"\s{{0,3}}In\s(?P<name>[A-Z][A-Z0-9]{{3,14}}(?:-[A-Z0-9]{{1,10}})?),\s(?=\d[\d,]*\s(?:[a-z-]{{2,20}}\s){{0,2}}?"
                       rf"{PEOPLE}\b[^.;]{{0,200}}?\b(?:randomi[sz]ed|randomly|allocated|assigned|enrolled)\b)")
CODE_LEAD = re.compile(rf"\s{{0,3}}(?:\d{{1,5}}\s)?(?:[A-Z][A-Za-z]{{2,20}}(?:\s[a-z]{{2,12}})?:\s{{1,3}})?In\s(?P<name>{TRIAL_SHAPED_CODE.pattern}),\s")
# every phrase that can tell trials apart holds a head word and a phase or a marker
PHRASE_HEADS = ("trial", "stud", "extension", "part ")
PHRASE_GATE = ("phase", "earlier", "previous", "prior", "first", "original", "parent", "second", "third", "subsequent",
               "follow", "ongoing", "new", "confirmatory", "extension", "part ")

# what may stand before a trial's registry id: "NAME (", "NAME (ClinicalTrials.gov: ", "registered as", "("
BEFORE_ID = re.compile(r"(?<![\s,])(?:\s*\((?:[^()]{0,40}?[:;,]\s*)?|\s*,\s*|\s+(?:(?:was|is|were|are|has\s+been)\s+)?(?:registered|listed)\s+(?:with\s[^.;()]{0,60}?\s)?(?:as|under)\s+"
                       r"|\s*\(registry[^()]{0,30}:\s*|\s+)$", re.I)
# an abstract's closing line: "(Funded by Acme; ZETA-7 ClinicalTrials.gov number, NCT01234567.)"
REGISTRY_BEFORE_ID = re.compile(r"(?<![\s,])\s+(?:ClinicalTrials\.gov|ISRCTN|EudraCT|EU\s?CT|CTRI|jRCT|ChiCTR|ANZCTR|"
                                r"Australian\s+New\s+Zealand\s+Clinical\s+Trials\s+Registry|UMIN)"
                                r"(?:\s+(?:number|no\.|registration(?:\s+number)?|identifier|ID))?\s*[,:]?\s*$"
                                # (or the registry left out: "(Funded by Acme; ZETA 7T number, NCT01234567.)")
                                r"|(?<=[A-Za-z0-9])(?<!\.gov)\s+(?:number|no\.),?\s*$", re.I)
# what describes a trial just after its id: "(NCT...), a Phase 3 trial", "(NCT...) is a Phase 2, randomised trial"
AFTER_ID = re.compile(r"(?<!\s)(?:\s*,\s+|\s+(?:is|was|will\s+be)\s+)(?:a|an)\s[^.;:()]{0,120}?\b(?:trial|study)\b", re.I)
# between two ids given together: "NCT01234567 and NCT07654321", "NCT01234567; EudraCT 2019-001234-56"
REGISTRY_WORD = (r"(?:ClinicalTrials\.gov|ISRCTN|EudraCT|EU\s?CT|CTIS|CTRI|jRCT|ChiCTR|ANZCTR|ACTRN|DRKS|UMIN|"
                 r"(?:the\s+)?[\w-]{1,30}\s+(?:registry|register))")
BETWEEN_IDS = re.compile(rf"(?<!\s)\)?\s*(?:,|;|/|and|&)?\s*(?:(?:and|or)\s+)?(?:(?:with|in|on|at)\s+)?(?:{REGISTRY_WORD}"
                         r"(?:\s(?:number|no\.|ID))?\s*:?\s*)?\(?\s*", re.I)

# a trial named by what it is: "the Phase 3 study", "its open-label extension", "the earlier trial", "a second study",
# "Part 2 of the trial"
MARKERS = {"earlier": "earlier", "previous": "earlier", "prior": "earlier", "first": "earlier", "original": "earlier",
           "parent": "earlier", "second": "second", "third": "third", "subsequent": "follow-up", "follow-up": "follow-up",
           "followup": "follow-up", "follow-on": "follow-up", "extension": "extension", "ongoing": "", "new": "another",
           "confirmatory": "another"}
# the markers that count trials: a roundup's "The second study enrolled ..." is a trial of its own, after a first
ORDINALS = ("second", "third")
# ... and the marker of the first of them, the trial the text spoke of before "the second study" (given by the trial
# stage itself, never read from a phrase: "first" in a phrase marks an earlier trial)
FIRST_COUNTED = "first"
# ... not where the count ranks the trial spoken of among others: "the second study | to show ..."
RANKED_AFTER = re.compile(r"\s(?:to|of\sits\skind)\b")
# (a possessive too: "the company's randomized Phase 2 trial")
MODIFIER = r"(?!(?:the|a|an|of|in|on|for|with|to|and|by|as|that|which|is|was|were|are|phase)\b)(?:[a-z][\w-]{1,24}(?:['’]s)?|\d[\d,]{0,6}(?:-[a-z]{1,12})?),?"
TRIAL_PHRASE = rx.compile(rf"""
    \b(?P<det>the|a|an|its|their|this|that|another|his|her)\s+
    (?:(?P<marker>earlier|previous|prior|first|original|parent|second|third|subsequent|follow-?up|follow-on|ongoing|new|confirmatory)\s+)?
    (?:{MODIFIER}\s+){{0,4}}?
    (?:phase[\s-]*(?P<a>{PH})(?:\s*(?:/|-|and)\s*(?:phase[\s-]*)?(?P<b>{PH}))?,?\s+)?
    (?:{MODIFIER}\s+){{0,5}}?
    (?:(?P<ext>extension)(?:\s+(?:trial|study|phase))?\b|{TRIAL_HEAD})
    | \b(?P<part>Part\s(?:\d{{1,2}}|[A-D]|I{{1,3}}))\sof\s(?:the|this|that|its)\s(?:trial|study)\b
    """, re.X | re.I)

# results said to come before the phrase's trial: "previous findings in | a 412-patient Phase II study" (a trial of
# its own, though named with "a")
EARLIER_RESULTS = re.compile(r"\b(?:previous|earlier|prior)\s+(?:findings|results|data)\s+(?:in|from|of)\s+$", re.I)

HEADING_MAX = 70
# a sentence that starts by pointing back at the trial spoken of ("It", "The study") speaks of it until it names another
CARRIES_ON = re.compile(r"(?:It|Its|This|They|These|The\s+(?:study|trial))\b")
# a trial named as the source of a comparison's data, not as the one spoken of: "compared to historical placebo data
# from the ZETA study", "an external control arm from the ZETA trial" (matched on the words just before its name)
REFERENCE_BEFORE = re.compile(r"\b(?:historical|external)\b[^.;()]{0,50}$", re.I)
# a result set against a control, or the primary endpoint's: the randomised trial's, not an open-label extension's
# (a sentence naming no trial after the extension's mention goes back to the main trial: "... in the Long-Term
# Extension (LTE) study. Across all adults, X was no different for A than for placebo")
CONTROLLED_RESULT = re.compile(rf"\b(?:{PLACEBO_WORDS}|control\s+(?:group|arm)|primary\s+(?:end\s?point|outcome))\b", re.I)
# a trial's name given in brackets after the words "... extension": "the Long-Term Extension (LTE) study"
EXTENSION_BEFORE = re.compile(r"\bextension\s?\(\s?$", re.I)
