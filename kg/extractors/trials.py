"""Trials as a stage of their own: find trial mentions, resolve them into trials, attribute each clause to one.

Three pure functions, each linear in the document:

- :func:`find_trial_mentions` reads every sentence for the ways a text names a
  trial: registry ids (every registry's format, ids given together as one
  mention), acronyms and short names ("ZETA-7", "ZETA Outcomes", "ZETA-IA XY",
  "Zeta-Lung04", "ZETA 2 Part 2") where the text calls them a trial, and
  phrases ("the Phase 3 study", "its open-label extension", "a second study").
- :func:`resolve_trials` joins mentions into trials: ids given together and a
  name given beside an id are one trial; a later mention of an id or name is
  that trial; a different phase, "earlier", "extension", "follow-up" or
  "Part 2" with a name or phase of its own make another.
- :func:`attribute` gives every sentence, and every clause of a sentence that
  names more than one trial, the trial it speaks of: a clause starts where a
  trial is named; a sentence naming none continues the trial spoken of last,
  and a heading goes back to the document's main trial.

>>> from kg.text.layout import content_lines
>>> from kg.text.sentences import split_sentences
>>> text = ("ZETA-7 (NCT01234567) is a Phase 3 trial of XY-123. It followed the Phase 2 ZETA-6 trial "
...         "(NCT07654321), which enrolled 40 adults. The ZETA-7 trial enrolled 300 adults.")
>>> sentences = split_sentences(text, content_lines(text))
>>> mentions = find_trial_mentions(sentences)
>>> trials = resolve_trials(mentions)
>>> [(t.key, t.name, t.phase) for t in trials]
[('NCT01234567', 'ZETA-7', '3'), ('NCT07654321', 'ZETA-6', '2')]
>>> [[(c.trial, s.text[c.start:c.end][:14]) for c in cs] for s, cs in zip(sentences, attribute(sentences, trials, mentions).clauses)]
[[(0, 'ZETA-7 (NCT012')], [(0, 'It followed '), (1, 'the Phase 2 ZE')], [(0, 'The ZETA-7 tri')]]
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache

import ahocorasick

from kg.lexicon import load_lexicon
from kg.model import Entity
from kg.text.abbreviations import best_long_form
from kg.text import prefilter as rx
from kg.text.cues import ABSTRACT_HEADING, CROSSOVER, HEDGE, OPEN_STUDY, QUOTED, RANDOM_ALLOCATION, TRIAL_SHAPED_CODE
from kg.text.joined import hits_each
from kg.text.registries import is_registry_id, registry_ids
from kg.text.sentences import Sentence

# --- patterns -------------------------------------------------------------------------------------------------

# a document reports a trial (even without a registry id) when it says so in these words; "study" alone is not enough
REPORTS_TRIAL = rx.compile(r"\b(?:trials?|phase[\s-]+(?:[0-4]|i{1,3}|iv)[ab]?\b|randomi[sz]ed|placebo|enrolled|open-label|"
                           r"(?:double|single)-blind|(?:late|mid|early)-stage (?:study|trial)|clinical stud(?:y|ies))", re.I)


# authors who give a treatment and measure its efficacy report a trial: "we studied the efficacy and safety of XY"
EFFICACY_STUDIED = rx.compile(r"(?=[w])\bwe\s+(?:studied|evaluated|assessed|investigated|examined|tested)\s+the\s+"
                              r"(?:clinical\s+)?(?:efficacy|efficacy\s+and\s+safety|safety\s+and\s+efficacy)\s+of\b", re.I)


# a document that reviews trials or comments on one reports none of its own: "Systematic review of ...", "This review
# aims to ...", "a meta-analysis of 12 trials", "Commentary on: ..."
REVIEW = rx.compile(r"(?=[clmnrst])\b(?:systematic\s+review|literature\s+review|narrative\s+review|this\s+review|"
                    r"review\s+of\s+(?:the\s+)?(?:present\s+|current\s+|published\s+)?literature|meta-?analys[ie]s|commentary)\b", re.I)


# a trial a sentence calls for, not one it reports: "a large randomized trial is required", "should be tested in a
# randomised trial", "future trials" ("a randomized study was planned and done" reports one)
WANTED_TRIAL = rx.compile(r"(?=[afinrsw])\b(?:(?:is|are)\s+(?:still\s+)?(?:required|needed|warranted)|needed|should|will|would|"
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
    """
    return bool(REPORTS_TRIAL.search(text) or RANDOM_ALLOCATION.search(text) or OPEN_STUDY.search(text)
                or CROSSOVER.search(text) or EFFICACY_STUDIED.search(text))

PH = r"(?:iv|i{1,3}|[0-4])[ab]?"
# a phase as writers give it: "Phase 3", "phase IIb", "Phase 1/2a", "Phase 2 and 3"
PHASE = rx.compile(rf"\bphase[\s-]*(?P<a>{PH})(?:\s*(?:/|-|and)\s*(?:phase[\s-]*)?(?P<b>{PH}))?\b", re.I)

# a trial's short name: a capitalised code ("ZETA", "ZETA-7", "ZETA-IA", "Zeta-Lung04" after a capital head, "Z-101-01",
# one small letter after the first: "ZeTA"; small letters inside capitals: "QUARiT", "ZETAbeta-XY", "ZEtA-1";
# not two capitals and small letters alone, the shape of a procedure's short form: "UTx"),
# or a camel-case word with a number ("ZetaMate 227"), then up to two more words ("ZETA Outcomes", "ZETA-IA XY",
# "ZETA 2") and a part ("Part 2"); the words for a trial itself are not part of its name
NAME_TAIL_STOP = (r"(?!(?:Trial|Study|Studies|Phase|Part|Program|Programme|Extension|Randomi[sz]ed|Clinical|Controlled|"
                  r"Double|Single|Open|Placebo|Pivotal|Global|Interim|Final|Results?|Data|and|or|of|the|The|In|At|Of|vs|"
                  r"This|These|That|Those|It|We|Our|Its|Their|An?)\b)")
NAME = (r"(?-i:(?<![Pp]hase\s)(?<![\w-])(?:[A-Z][A-Z0-9]{1,14}(?:[a-z]{1,10}\d{1,4})?(?:-[A-Za-z0-9]{1,15}){0,3}|[A-Z](?:-\d{1,6}){1,3}"
        r"|[A-Z]-[A-Z]{3,14}(?:-[A-Za-z0-9]{1,15}){0,2}|[A-Z][a-z][A-Z]{2,12}(?:-[A-Za-z0-9]{1,15}){0,2}"
        r"|(?:[A-Z]{3,12}(?!s(?![A-Za-z]))[a-z]{1,8}(?:[A-Z]{1,6})?|[A-Z]{2}[a-z]{1,8}[A-Z]{1,6})(?:-[A-Za-z0-9]{1,15}){0,2}"
        r"|[A-Z][a-z]{1,12}[A-Z][A-Za-z]{1,12}[\s-]?\d{1,4}|(?!(?:Phase|The|This|That|These|Its|Their|Our|In|On|At|For|From|With|And)\b)[A-Z][a-z]{2,14}\s[A-Z]{2,6}(?=\s(?:trial|study|\()))"
        rf"(?![\w-])(?:\s{NAME_TAIL_STOP}(?:[A-Z][A-Z0-9]{{1,14}}(?:-[A-Za-z0-9]{{1,15}}){{0,2}}|\d{{1,3}}[a-z]?|[A-Z][a-z]{{2,14}}|[IVX])(?![\w-])){{0,3}}"
        r"(?:\sPart\s(?:\d{1,2}|[A-D]|I{1,3})\b)?)")
# words shaped like a name that are not one: roman numerals, registries, regulators' and journals' initials
NOT_A_NAME = re.compile(r"(?:[IVX]{1,4}[ab]?|NCT|ISRCTN|CTRI|EudraCT|ChiCTR|ACTRN|DRKS|UMIN|JRCT|jRCT|WHO|NIH|NHS|FDA|EMA|NEJM|JAMA|"
                        r"CI|HR|OR|RR|IQR|SD|SE|AE|SAE|TEAE|USA?|UK|EU)(?:\s.{0,80})?", re.S)
# the same names, found fast: a pattern that starts with a capital is scanned quickly by re, so the word boundary
# and "not after Phase" are looked back at from the first capital ("Word CAPS" names are found apart, below)
NAME_RE = re.compile(r"[A-Z](?<![\w-][A-Z])(?<![Pp]hase\s[A-Z])(?:[A-Z0-9]{1,14}(?:[a-z]{1,10}\d{1,4})?(?:-[A-Za-z0-9]{1,15}){0,3}"
                     r"|(?:-\d{1,6}){1,3}|-[A-Z]{3,14}(?:-[A-Za-z0-9]{1,15}){0,2}|[a-z]{1,12}[A-Z][A-Za-z]{1,12}[\s-]?\d{1,4}|[a-z][A-Z]{2,12}(?:-[A-Za-z0-9]{1,15}){0,2}"
                     r"|(?:[A-Z]{2,11}(?!s(?![A-Za-z]))[a-z]{1,8}(?:[A-Z]{1,6})?|[A-Z][a-z]{1,8}[A-Z]{1,6})(?:-[A-Za-z0-9]{1,15}){0,2}"
                     r"|[a-z]{2,12}[A-Z]{2,6}(?![a-z]))"
                     rf"(?![\w-])(?:\s{NAME_TAIL_STOP}(?:[A-Z][A-Z0-9]{{1,14}}(?:-[A-Za-z0-9]{{1,15}}){{0,2}}|\d{{1,3}}[a-z]?|[A-Z][a-z]{{2,14}}|[IVX])(?![\w-])){{0,3}}"
                     r"(?:\sPart\s(?:\d{1,2}|[A-D]|I{1,3})\b)?")
WORD_CAPS_NAME = re.compile(r"[A-Z](?<![\w-][A-Z])[a-z]{2,14}\s[A-Z]{2,6}(?=\s(?:trial|study|\())")
NOT_FIRST_WORD = frozenset("Phase The This That These Their Its Our In On At For From With And".split())
TRIAL_HEAD = r"(?:trial|study|studies)\b"          # not "programme": a development programme is many trials
# words that may stand between a name and "trial": "the ZETA Phase 3 trial", "the ZETA pivotal study"
NAME_BEFORE_HEAD = (rf"(?:(?:phase[\s-]*{PH}(?:/{PH})?|pivotal|registrational|clinical|extension|open-label|induction|maintenance|"
                    rf"confirmatory|[a-z]+-[a-z]+)\s+){{0,3}}")
# the words a name is the short form of, in brackets before its head: "the ZETA-2 (Zetamab Trial in Exertional
# Limitation) trial" (they start with the name's letter: see named_trials)
EXPANSION_AFTER_NAME = re.compile(rf"(?<!\s)\s+\((?-i:[A-Z])[^()]{{5,120}}\)\s+{NAME_BEFORE_HEAD}{TRIAL_HEAD}", re.I)
# what makes a name a trial's, looked for around each name: "ZETA trial", "ZETA, a Phase 3 study", "ZETA is a
# randomised trial", "a trial called ZETA", "Short name: ZETA"
AFTER_NAME = (re.compile(rf"(?<!\s)\s+{NAME_BEFORE_HEAD}{TRIAL_HEAD}", re.I),
              re.compile(rf"(?<!\s),\s+(?:a|an|the)\s[^.;:()]{{0,100}}?\b(?:{TRIAL_HEAD}|trials\b)", re.I),
              re.compile(rf"(?<!\s)\s+(?:is|was|will\s+be)\s+(?:a|an|the)\s[^.;:]{{0,100}}?\b{TRIAL_HEAD}", re.I),
              # a short form given after the long one: "the Acme Evaluation of Zeta Therapy (ZETA) trial"
              re.compile(rf"\)\s+{NAME_BEFORE_HEAD}{TRIAL_HEAD}", re.I),
              # a protocol code in brackets between the name and its head: "the ZETA-PC 5 (C90210) trial"
              re.compile(rf"(?<!\s)\s+\((?-i:[A-Z][A-Z0-9-]{{2,15}})\)\s+{NAME_BEFORE_HEAD}{TRIAL_HEAD}", re.I),
              # or the words the name is the short form of (checked against the name where it is used)
              EXPANSION_AFTER_NAME)
BEFORE_NAME = re.compile(rf"\b{TRIAL_HEAD}[\s,]+(?:called|named|known\s+as|dubbed)\s+$", re.I)
# a name so introduced may be a plain capitalised word: "the trial, named Meridian", "a study called Zeta Pointe", "the
# trial, which enrolled 264 patients, was dubbed Zeta"
CALLED_NAME = re.compile(rf"(?i:\b{TRIAL_HEAD}(?:[\s,]+|[^.;]{{0,80}}?\b(?:was|is)\s+)(?:called|named|known\s+as|dubbed)\s+)"
                         r"(?P<name>[A-Z][A-Za-z0-9-]{2,20}(?:\s(?:[A-Z][A-Za-z0-9-]{1,20}|\d{1,3}))?)(?![\w-])")
# a name in brackets after the trial ("a randomised, phase 2 trial (ZETA-1211)"), or closing a sentence or title that
# speaks of a trial ("Study to Assess XY-123 in Adults with Gout (ZETA)")
BRACKET_BEFORE = re.compile(r"\(\s?$")
BRACKET_AFTER = re.compile(r"\s?\)(?:(?P<last>\s?[.:]?\s*$)|(?P<colon>:\s(?:an?|the)\s[^.;()]{0,80}?\b(?:trial|study)\b))?", re.I)
TRIAL_HEAD_BEFORE = re.compile(rf"\b{TRIAL_HEAD}(?:[^()]{{0,200}})?$", re.I)
# a name set after a phased trial, between commas: "a Phase 3 clinical trial, ZETA 1, evaluating ..."
APPOSED_NAME = (re.compile(rf"\b(?:phase[\s-]*{PH}(?:/{PH})?|pivotal|registrational)\s+(?:[a-z-]+\s+){{0,2}}{TRIAL_HEAD},\s+$", re.I),
                re.compile(r",\s"))
LABEL_BEFORE_NAME = re.compile(r"(?<!\s)\s*(?:official\s+)?(?:short\s+name|acronym|study\s+name|trial\s+name)\s*:\s*", re.I)
# a sentence that names a trial as one holds one of these
NAMED_GATE = ("trial", "stud", "acronym", "short name")
# a trial named by its code, opening the sentence it is the setting of (after an abstract's heading): "In ZETA-07, XY-123
# gave ...", "204 Background: In ZETA-07, ..."
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
                                r"(?:\s+(?:number|no\.|registration(?:\s+number)?|identifier|ID))?\s*[,:]?\s*$", re.I)
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
           "parent": "earlier", "second": "second", "third": "second", "subsequent": "follow-up", "follow-up": "follow-up",
           "followup": "follow-up", "follow-on": "follow-up", "extension": "extension", "ongoing": "", "new": "second",
           "confirmatory": "second"}
MODIFIER = r"(?!(?:the|a|an|of|in|on|for|with|to|and|by|as|that|which|is|was|were|are|phase)\b)(?:[a-z][\w-]{1,24}|\d[\d,]{0,6}(?:-[a-z]{1,12})?),?"
TRIAL_PHRASE = rx.compile(rf"""
    \b(?P<det>the|a|an|its|their|this|that|another|his|her)\s+
    (?:(?P<marker>earlier|previous|prior|first|original|parent|second|third|subsequent|follow-?up|follow-on|ongoing|new|confirmatory)\s+)?
    (?:{MODIFIER}\s+){{0,4}}?
    (?:phase[\s-]*(?P<a>{PH})(?:\s*(?:/|-|and)\s*(?:phase[\s-]*)?(?P<b>{PH}))?\s+)?
    (?:{MODIFIER}\s+){{0,3}}?
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


# --- records --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TrialMention:
    """One place where a sentence names a trial; ``start``/``end`` are offsets in the sentence's text.

    ``ids`` are registry ids given together, ``name`` the trial's short name, ``phase`` the phase said in the
    mention itself, ``marker`` one of earlier, second, follow-up, extension, part (or "" for none); ``definite``
    says the phrase points at a trial ("the", "its", a name, an id), not at any ("a Phase 3 study").
    """

    sentence: int
    start: int
    end: int
    ids: tuple[str, ...] = ()
    name: str | None = None
    phase: str | None = None
    marker: str = ""
    definite: bool = True
    label: bool = False                  # given as a record's field ("Short name: ZETA")


@dataclass(frozen=True)
class TrialRef:
    """A trial of the document: its key (first registry id, else a document-local key), ids, name and phase."""

    key: str
    ids: tuple[str, ...] = ()
    name: str | None = None
    first: int = 0                       # sentence index where it is introduced
    phase: str | None = None             # the phase its own mentions give
    marker: str = ""

    def entity(self) -> Entity:
        return Entity("Trial", self.ids[0] if self.ids else (self.name or "trial"), local=self.key)


@dataclass(frozen=True)
class Clause:
    """A stretch of one sentence (offsets in its text) and the index of the trial it speaks of."""

    start: int
    end: int
    trial: int


@dataclass(frozen=True)
class Attribution:
    """Per sentence: the trial it is about (``trial_of``) and its clauses (one, unless it names several trials)."""

    trial_of: tuple[int, ...]
    clauses: tuple[tuple[Clause, ...], ...]
    main: int = 0
    named: tuple[int, ...] = ()          # per trial: how many sentences name it
    # per sentence: the trials it speaks of together ("the A and B trials ...") and where that ends, else ()
    shared: tuple[tuple, ...] = ()


# --- finding --------------------------------------------------------------------------------------------------

def normalise_phase(a: str, b: str | None = None) -> str:
    """ "IIb" -> "2b"; with a second part, "1/2a".

    >>> normalise_phase("IIb"), normalise_phase("i", "IIa"), normalise_phase("3")
    ('2b', '1/2a', '3')
    """
    def one(p: str) -> str:
        m = re.fullmatch(r"(iv|i{1,3})([ab]?)", p.lower())
        return str({"i": 1, "ii": 2, "iii": 3, "iv": 4}[m.group(1)]) + m.group(2) if m else p.lower()
    return one(a) + (f"/{one(b)}" if b else "")


NOT_TRIAL_NAMES = ("disease", "phenotype", "drug", "chemical", "gene", "country", "regulator", "measure")


@lru_cache(maxsize=4096)
def names_something_else(word: str) -> bool:
    """An acronym that is a disease, drug, gene ... ("ALS") is not a trial's name; an anatomy word ("ATLAS") may be."""
    return any(e.type in NOT_TRIAL_NAMES for e in load_lexicon().lookup(word))


def good_name(name: str, others: frozenset[str] = frozenset()) -> bool:
    """Could this be a trial's short name (not a registry id, not a known disease, drug or gene, not a plain word,
    not one of ``others``: what the document defines as something else)?"""
    head = name.split()[0]
    if head in others or name in others:
        return False
    if head.upper() in ABSTRACT_HEADING and not any(c.isdigit() for c in name):   # "CONCLUSIONS This study"
        return False
    if len(name) < 3 or NOT_A_NAME.fullmatch(name) or is_registry_id(head) or names_something_else(name) or names_something_else(head):
        return False
    if STUDY_NUMBER.fullmatch(name):
        return True                                  # "Study 123": a study named by its number
    if head.upper() == "PHASE" or all(w.capitalize() in NOT_A_NAME_WORD or w.isdigit() for w in name.split()):
        return False                                 # a headline in capitals: "PHASE 3 CLINICAL TRIAL ..."
    capitals = sum(c.isupper() for c in head)
    words = name.split()
    if len(words) == 2 and re.fullmatch(r"[A-Z][a-z]{2,14}", head) and re.fullmatch(r"[A-Z]{2,6}", words[1]) \
            and not NOT_A_NAME.fullmatch(words[1]):
        return True                                  # "Zeta AB": a word and initials, said to be a trial
    return capitals >= 2 or (capitals == 1 and any(c.isdigit() for c in head))


REGISTRATION = rx.compile(r"(?=[r])\bregist(?:ered|ration)\b", re.I)


def id_groups(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, ids) of the registry ids in ``text``, ids given together ("A and B", "A; B") as one group.

    >>> id_groups("registered as NCT01234567 and NCT07654321; the ZETA-2 trial (NCT01112223)")
    [(14, 41, ('NCT01234567', 'NCT07654321')), (61, 72, ('NCT01112223',))]
    """
    groups: list[list] = []
    registries = []
    for found in registry_ids(text):
        registries.append(found.prefix)
        if groups and BETWEEN_IDS.fullmatch(text, groups[-1][1], found.start):
            groups[-1][1] = found.end
            groups[-1][2].append(found.id)
        else:
            groups.append([found.start, found.end, [found.id]])
    if len(groups) > 1 and len(set(registries)) == len(registries) and REGISTRATION.search(text):
        # "registered with EudraCT, number A, and as an International Standard ... Trial, number B": a trial has one
        # id in each registry, so ids of different registries in one registration statement are one trial's
        return [(groups[0][0], groups[-1][1], tuple(i for g in groups for i in g[2]))]
    return [(a, b, tuple(ids)) for a, b, ids in groups]


def find_trial_mentions(sentences: list[Sentence], others: frozenset[str] = frozenset()) -> list[TrialMention]:
    """Every trial mention of the document, in text order (offsets relative to each sentence); ``others`` are the
    short forms the document defines as a disease, drug, gene... ("sclerosis (ALS)"), which name no trial.

    >>> from kg.text.layout import content_lines
    >>> from kg.text.sentences import split_sentences
    >>> text = "The earlier Phase 1b trial (NCT01234567) was small. Its open-label extension enrolled 30."
    >>> s = split_sentences(text, content_lines(text))
    >>> [(m.sentence, m.ids, m.phase, m.marker) for m in find_trial_mentions(s)]
    [(0, ('NCT01234567',), '1b', 'earlier'), (1, (), None, 'extension')]
    """
    out: list[TrialMention] = []
    texts = []
    for i, s in enumerate(sentences):
        text = s.text if '"' not in s.text and "“" not in s.text else QUOTED.sub(lambda m: " " * len(m.group()), s.text)
        texts.append(text)
        out.extend(sentence_mentions(i, text, others))                         # a quoted title names no trial
    siblings = sibling_mentions(texts, out)
    return sorted(out + siblings, key=lambda m: (m.sentence, m.start)) if siblings else out


# a numbered trial name: a stem in capitals (two or more, counted apart), then its number ("ZETA 1", "ZETA-2",
# "ZETA-PC 3"); one run of capitals, so that no long run is split two ways
NUMBERED_NAME = re.compile(r"(?<![A-Z0-9-])(?P<stem>[A-Z][A-Z0-9-]*)(?P<sep>[ -])(?P<n>\d{1,2})")


def sibling_mentions(texts: list[str], mentions: list[TrialMention]) -> list[TrialMention]:
    """Mentions of the siblings of the numbered trials the document names: where "ZETA 1" is a trial, "ZETA 2" is
    another (a sister trial, named in passing: "a sister Phase 3, ZETA 2,"), wherever the text writes it.

    >>> ms = [TrialMention(0, 8, 14, (), "ZETA 1")]
    >>> [(m.sentence, m.start, m.name) for m in sibling_mentions(["In the ZETA 1 trial", "ZETA 2 and ZETA 1"], ms)]
    [(1, 0, 'ZETA 2')]
    """
    numbered = [NUMBERED_NAME.fullmatch(m.name) for m in mentions if m.name]
    stems = {(n.group("stem"), n.group("sep")) for n in numbered if n and sum(map(str.isupper, n.group("stem"))) >= 2}
    if not stems:
        return []
    named = {m.name for m in mentions if m.name}
    taken = {(m.sentence, m.start) for m in mentions}
    pattern = re.compile("|".join(rf"(?<![\w-]){re.escape(stem)}{re.escape(sep)}\d{{1,2}}(?![\w-])" for stem, sep in stems))
    out = []
    for i, text in enumerate(texts):
        for hit in pattern.finditer(text):
            name = hit.group()
            if name not in named and (i, hit.start()) not in taken:
                ph = PHASE.search(text, max(0, hit.start() - 16), hit.start())
                out.append(TrialMention(i, hit.start(), hit.end(), (), name,
                                        normalise_phase(ph.group("a"), ph.group("b")) if ph else None))
    return out


# the bracket that closes a name spelled out before it, and the word for a trial after: "... (ZETA) | trial"
SPELLED_TRIAL_AFTER = re.compile(r"\)\s{1,3}(?:[a-z-]{2,20}\s{1,3}){0,2}(?:trial|study)\b", re.I)


def spelled_trial_name(text: str, start: int, end: int, name: str, others: frozenset[str] = frozenset()) -> bool:
    """A name in brackets right after the words it spells and before "trial" ("the Zeta Therapy for Apnea Reduction
    (ZETAR) trial") is a trial's, even where the lexicon knows the letters as a gene's or a drug's."""
    return start > 0 and text[start - 1] == "(" and name not in others and len(name) >= 3 \
        and spells_words_before(name, text[max(0, start - 200):start - 1]) \
        and SPELLED_TRIAL_AFTER.match(text, end) is not None


def called_name_ok(text: str, start: int, name: str, others: frozenset[str] = frozenset()) -> bool:
    """A plain capitalised word the text says a trial is called ("the trial, named Meridian") is its name, unless it
    names something else."""
    return (BEFORE_NAME.search(text, max(0, start - 40), start) is not None and len(name) >= 3
            and name.split()[0] not in others and not names_something_else(name))


def sentence_mentions(i: int, text: str, others: frozenset[str] = frozenset()) -> list[TrialMention]:
    """The trial mentions of one sentence: ids (with the name or phrase just before them), names, phrases."""
    low = text.lower()
    named = named_trials(text) if any(map(low.__contains__, NAMED_GATE)) else \
        phase_caps_names(text) if "hase " in text else []
    worded = {m.start("name") for pattern in (PHASE_WORD_NAME, NAME_BEFORE_PHASE) for m in pattern.finditer(text)
              if not (pattern is NAME_BEFORE_PHASE and ADJECTIVE_SHAPE.fullmatch(m.group("name")))} if named else set()
    named = [(a, b, trim_name(n), label, end) for a, b, n, label, end in named
             if good_name(trim_name(n), others) or called_name_ok(text, a, trim_name(n), others)
             or (a in worded and n not in others and not names_something_else(n))
             or spelled_trial_name(text, a, b, trim_name(n), others)]
    #        (a word between a trial's phase and "trial", or before its phase, is its name: "the Phase 3 Zenith trial",
    #        "the Zenith phase III trial")
    lead = CODE_LEAD.match(text) if "In " in text[:40] else None
    if lead and good_name(lead.group("name"), others) and not any(n[0] == lead.start("name") for n in named):
        named = sorted(named + [(lead.start("name"), lead.end("name"), lead.group("name"), False, lead.end("name"))])
    phrases = list(TRIAL_PHRASE.finditer(text)) \
        if any(map(low.__contains__, PHRASE_HEADS)) and any(map(low.__contains__, PHRASE_GATE)) else []
    groups = id_groups(text)
    if not (named or phrases or groups):
        return []                # (most sentences name no trial: nothing below to do)
    out: list[TrialMention] = []
    used_names, used_phrases = set(), set()
    for start, end, ids in groups:
        before = REGISTRY_BEFORE_ID.search(text, max(0, start - 90), start) or BEFORE_ID.search(text, max(0, start - 90), start)
        edge = before.start() if before else start
        name, phase, marker, first = None, None, "", start
        m = NAME_BEFORE_ID.search(text, max(0, edge - 60), edge)
        inner = INNER_NAME.match(text, edge, start) if before else None    # "(ZETA; NCT...)": the name in the id's bracket
        if inner and good_name(trim_name(inner.group("name")), others):
            name, first = trim_name(inner.group("name")), inner.start("name")
            used_names.update(k for k, n in enumerate(named) if n[0] == first)
        elif m and good_name(trim_name(m.group("name")), others):
            name, first = trim_name(m.group("name")), m.start("name")
            used_names.update(k for k, n in enumerate(named) if n[0] == first)
        for k, p in enumerate(phrases):
            if p.end() == edge or (p.end() <= edge and not text[p.end():edge].strip(" ,")):
                phase = phase_of(p) or phase
                marker = marker_of(p) or marker
                first = min(first, p.start())
                used_phrases.add(k)
        if phase is None:
            ph = PHASE.search(text, max(0, first - 16), first)        # "Phase 2 ZETA (NCT...)"
            phase = normalise_phase(ph.group("a"), ph.group("b")) if ph else None
        close = text.find(")", end)
        stop = close + 1 if close != -1 and "(" not in text[end:close] and close - end < 60 else end
        after = AFTER_ID.match(text, stop) if phase is None else None      # "ZETA (NCT...), a Phase 3 trial"
        ph = PHASE.search(text, stop, after.end()) if after else None
        phase = normalise_phase(ph.group("a"), ph.group("b")) if ph else phase
        out.append(TrialMention(i, first, stop, ids, name, phase, marker))
    spans = [(m.start, m.end) for m in out]
    for k, (start, end, name, label, whole) in enumerate(named):
        if k in used_names or any(a <= start < b for a, b in spans):
            continue
        phase, marker, first = None, "", start
        for j, p in enumerate(phrases):
            # (a phrase just before, closed by a comma or not, is the trial the name is set after: "a Phase 3 trial,
            # ZETA 1,", "the Phase 3 trial ZETAGARD, which ...")
            if j not in used_phrases and p.start() <= start < p.end() + 1 + 2 * (text[p.end():start] == ", ") \
                    + (text[p.end():start] == " ") \
                    and p.end() <= whole:
                phase, marker, first = phase_of(p), marker_of(p), min(first, p.start())
                used_phrases.add(j)
        if phase is None:
            ph = PHASE.search(text, max(0, start - 12), start) or PHASE.search(text, end, whole)
            phase = normalise_phase(ph.group("a"), ph.group("b")) if ph else None
        out.append(TrialMention(i, first, end, (), name, phase, "part" if " Part " in name else marker, True, label))
        spans.append((first, end))
    for j, p in enumerate(phrases):
        if j in used_phrases or any(a <= p.start() < b or p.start() <= a < p.end() for a, b in spans):
            continue
        phase, marker = phase_of(p), marker_of(p)
        if phase and not marker and EARLIER_RESULTS.search(text, max(0, p.start() - 40), p.start()):
            marker = "earlier"                 # "previous findings in a Phase II study": an earlier trial, named with "a"
        if phase or marker:
            definite = (p.group("det") or "").lower() in ("the", "its", "their", "this", "that", "his", "her") or bool(p.group("part")) \
                or marker == "earlier"
            out.append(TrialMention(i, p.start(), p.end(), (), None, phase, marker, definite))
    return sorted(out, key=lambda m: m.start)


# trials named together by one stem and their numbers: "the ZETA 1 and 2 trials", "ZETA WALK I (N=412) and II (N=419)
# trials", "two Phase 3 trials (ZETARING 1&2)"
COORDINATED = re.compile(r"""(?P<head>[A-Z][A-Za-z]{1,20}(?:\s[A-Z][A-Za-z]{1,20}){0,2})(?P<sep>[\s-])(?P<a>\d{1,2}|I{1,3}|IV)
    (?:\s?\([^()]{1,30}\))?\s?(?:&|and|/|,\s?and)\s?(?:(?P=head)(?P=sep)|-)?(?P<b>\d{1,2}|I{1,3}|IV)(?![\w-])
    (?:\s?\([^()]{1,30}\))?(?P<tail>\s+(?:[Pp]hase\s[\w/]{1,5}\s)?(?:(?:[Cc]linical|[Pp]ivotal|[Rr]andomi[sz]ed|[Cc]onfirmatory)\s)?
    (?:trials|studies)\b|\))?""", re.X)
# the plural head before names given with their numbers: "the Phase III studies | ZETA 1 and 2"
PLURAL_HEAD_BEFORE = re.compile(r"\b(?:trials|studies)\s$", re.I)
NOT_COORDINATED = frozenset("Phase Part Study Studies Trial Trials Stage Cohort Week Weeks Grade Type Day Year Arm Group".split())
TRIALS_BEFORE_BRACKET = re.compile(r"\b(?:trials|studies)\s?\($", re.I)


# a capitalised word between a trial's phase and "trial" or "study" is its name: "the Phase 3 Zeta study"; so is a
# quoted word before "trial": "the Phase 2b 'Z-TOLE' Clinical Trial"
PHASE_WORD_NAME = re.compile(r"\b[Pp]hase\s(?:[1-4][ab]?|I{1,3}|IV)(?:/(?:[1-4][ab]?|I{1,3}))?\s(?P<name>[A-Z][a-z]{2,15})\s"
                             r"(?:[Cc]linical\s|[Pp]ivotal\s)?(?:[Tt]rial|[Ss]tudy)\b")
# ... or before it: "the Zenith phase III trial" (not a word of place or kind: "the Nordic phase 3 study")
NAME_BEFORE_PHASE = re.compile(r"\bthe\s(?P<name>[A-Z][a-z]{2,15})\s[Pp]hase\s(?:[1-4][ab]?|I{1,3}|IV)(?:/(?:[1-4][ab]?|I{1,3}))?\s"
                               r"(?:[Cc]linical\s|[Pp]ivotal\s)?(?:[Tt]rial|[Ss]tudy)\b")
ADJECTIVE_SHAPE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ic|al|ed)")
# a word in capitals right after a phase, with no head after it: "presents Phase 3 ZENITH-GO data" (no code: "Phase 2
# XY-123 data" names a drug)
PHASE_CAPS_NAME = re.compile(r"\b[Pp]hase\s(?:[1-4][ab]?|I{1,3}|IV)(?:/(?:[1-4][ab]?|I{1,3}))?\s(?P<name>[A-Z]{4,14}-[A-Z]{2,14})"
                             r"(?![\w-])(?!\s(?:[Tt]rial|[Ss]tud))\s(?:data|results|findings)\b")
QUOTED_NAME = re.compile(r"[‘'\"“](?P<name>[A-Z][\w-]{1,20})[’'\"”]\s(?:[Cc]linical\s|[Pp]ivotal\s)?(?:[Tt]rial|[Ss]tudy)\b")
# a name right after "trial" or "study" and before what is said of it: "the Phase 3 clinical trial ZetOmArk, investigating
# ...", "the pivotal study ZETAGARD (NCT...)" (capitals, or a word with capitals inside)
HEAD_NAME = re.compile(r"\b(?:[Tt]rial|[Ss]tudy)\s(?P<name>[A-Z](?:[A-Z0-9]{2,14}|[a-z]{1,8}[A-Z][A-Za-z]{1,12})(?:-[A-Za-z0-9]{1,10})?)"
                       r"(?=,\s|\s\(|;|\s(?:which|that|is|was|will|met|showed|evaluat\w{0,4}|investigat\w{0,4}|enrolled|"
                       r"randomi[sz]ed)\b)")
# a study named by its number: "In Study 123, ...", "the trial, study 4567, ..." ("study" in small letters only set
# apart: after a comma or a bracket); not a year, nor a count of people or an amount ("the study 120 patients")
NUMBERED_STUDY = re.compile(r"(?:(?<![\w-])Study|(?<=[,(]\s)study|(?<=\()study)\s(?P<name>(?!(?:19|20)\d\d\b)\d{3,4}[A-Z]?)"
                            r"(?![\w-])(?!\s(?:patients|participants|subjects|adults|children|people|women|men|volunteers|"
                            r"mg|mcg|µg|g|mL)\b)")
STUDY_NUMBER = re.compile(r"[Ss]tudy\s\d{3,4}[A-Z]?")
NOT_A_NAME_WORD = frozenset("""Pivotal Clinical Registrational Global Extension Randomized Randomised Double Open Confirmatory
    Multicenter Multicentre International Dose Safety Efficacy Interim Main Primary Key Final Long Trial Study Part
    Registration Registrational Outcomes Outcome Crossover Feasibility Observational Expansion Maintenance Induction
    Adaptive Platform Basket Umbrella Bridging Comparative Superiority Noninferiority Equivalence Exploratory Ongoing
    Completed Positive Negative Landmark New Second Third First Large Small""".split())


def named_trials(text: str) -> list[tuple[int, int, str, bool, int]]:
    """(start, end, name, given as a record's field, end of the words that call it a trial) of each name that
    the sentence calls a trial's.

    >>> [n[2] for n in named_trials("Acme runs the ZETA Outcomes trial, and ZETA-2, a Phase 3 study, and Beta AB trial.")]
    ['ZETA Outcomes', 'ZETA-2', 'Beta AB']
    >>> [n[2] for n in named_trials("The double-blind GuardZV trial enrolled 300 adults.")]
    ['GuardZV']
    >>> [n[2] for n in named_trials("Results of a Phase 3 clinical trial, ZETA 1, and of the ZETA-PC 5 (C90210) trial.")]
    ['ZETA 1', 'ZETA-PC 5']
    >>> [n[2] for n in named_trials("XY-123 in gout: a randomised, phase 2 trial (ZETA-12)")]
    ['ZETA-12']
    >>> [n[2] for n in named_trials("Study to Assess XY-123 in Adults with Gout (GOUTZ)")]
    ['GOUTZ']
    >>> named_trials("The trial of XY-123 (ZETA) in gout and the study's (AB-7) arms")
    []
    >>> [n[2] for n in named_trials("The trial, named Meridian, enrolled 400 adults.")]
    ['Meridian']
    >>> [n[2] for n in named_trials("The trial, which enrolled 264 adults, was dubbed Meridian.")]
    ['Meridian']
    >>> [n[2] for n in named_trials("Laser versus drops for gout (ZeTA): a multicentre randomised controlled trial")]
    ['ZeTA']
    >>> [n[2] for n in named_trials("The Phase 3 Zeta study and the Phase 2b ‘Z-TOLE’ Clinical Trial; a Phase 3 Pivotal trial")]
    ['Zeta', 'Z-TOLE']
    >>> [n[2] for n in named_trials("A Phase 3 Zenith Trial of XY-123 in gout")]
    ['Zenith']
    >>> [n[2] for n in named_trials("In the phase 3 ZETA WALK I (N=412) and II (N=419) trials, and two trials (ZETARING 1&2)")]
    ['ZETA WALK I', 'ZETA WALK II', 'ZETARING 1', 'ZETARING 2']
    >>> [n[2] for n in named_trials("In Study 123, and in the trial, study 4567, but not in the study 120 patients had.")]
    ['Study 123', 'study 4567']
    """
    out = []
    shaped = sorted([*NAME_RE.finditer(text), *WORD_CAPS_NAME.finditer(text)], key=lambda m: m.start())
    for m in shaped:
        start, end = m.span()
        if (out and start < out[-1][4]) or (m.re is WORD_CAPS_NAME and m.group(0).split()[0] in NOT_FIRST_WORD):
            continue                   # (inside the last name or the words that call it a trial's)
        label = start < 40 and bool(LABEL_BEFORE_NAME.fullmatch(text, 0, start))
        whole = next((a.match(text, end) for a in AFTER_NAME if a.match(text, end)), None)
        if whole and whole.re is EXPANSION_AFTER_NAME and text[whole.start():whole.end()].lstrip(" (")[:1] != m.group(0)[:1]:
            whole = None               # "XY-123 (Acme Bio) trial": no words the name is the short form of
        apposed = APPOSED_NAME[0].search(text, max(0, start - 60), start) and APPOSED_NAME[1].match(text, end)
        closed = BRACKET_AFTER.match(text, end) if BRACKET_BEFORE.search(text, max(0, start - 2), start) else None
        bracketed = closed and (closed.group("last") is not None or closed.group("colon")
                                or text[:start - 1].rstrip().lower().endswith(("trial", "study")))
        if bracketed and ((not closed.group("colon") and not TRIAL_HEAD_BEFORE.search(text, max(0, start - 260), start - 1))
                          or spells_words_before(m.group(0), text[max(0, start - 200):start - 1])):
            bracketed = None           # "(PTSD)" after "post-traumatic stress disorder": an abbreviation
        if whole or label or apposed or bracketed or BEFORE_NAME.search(text, max(0, start - 40), start):
            out.append((start, end, m.group(0), label, whole.end() if whole else end))
    out += names_joined_before(text, shaped, out)
    for pattern in (PHASE_WORD_NAME, NAME_BEFORE_PHASE, QUOTED_NAME, HEAD_NAME):   # "the Phase 3 Zeta study"
        for m in pattern.finditer(text):
            if pattern is NAME_BEFORE_PHASE and ADJECTIVE_SHAPE.fullmatch(m.group("name")):
                continue
            if m.group("name") not in NOT_A_NAME_WORD and not NOT_A_NAME.fullmatch(m.group("name")) \
                    and not is_registry_id(m.group("name")) and not any(s <= m.start("name") < e for s, e, *_ in out):
                out.append((m.start("name"), m.end("name"), m.group("name"), False, m.end()))
    for m in NUMBERED_STUDY.finditer(text) if "tudy " in text else ():
        if not any(s <= m.start() < e for s, e, *_ in out):
            out.append((m.start(), m.end("name"), m.group(0), False, m.end()))
    for m in COORDINATED.finditer(text) if ("trials" in text or "studies" in text) else ():
        words = m.group("head").split()
        # (a trial's kind may open the words before the numbers and is no part of them: "Pivotal | ZETA 1 and 2")
        lead = next((k for k, w in enumerate(words) if w not in NOT_A_NAME_WORD), len(words))
        head, start = " ".join(words[lead:]), m.start("head") + len(" ".join(words[:lead])) + (1 if lead else 0)
        if not head or words[lead] in NOT_COORDINATED or (m.group("tail") == ")" and not TRIALS_BEFORE_BRACKET.search(
                text, max(0, m.start() - 60), m.start())) \
                or (m.group("tail") is None and not PLURAL_HEAD_BEFORE.search(text, max(0, start - 10), start)):
            continue                   # "Phase 2 and 3 trials"; a bracket that is not a list of trials' names
        for g in ("a", "b"):           # "ZETA 1&2", "ZETA WALK I (N=412) and II (N=419) trials", "the studies ZETA 1
            name = f"{head}{m.group('sep')}{m.group(g)}"     # and 2": one name each
            if not any(s <= m.start(g) < e for s, e, *_ in out):
                out.append((start if g == "a" else m.start(g), m.end(g), name, False, m.end()))
    for m in CALLED_NAME.finditer(text) if "named" in text or "called" in text or "known" in text or "dubbed" in text else ():
        if not any(s <= m.start("name") < e for s, e, *_ in out):
            out.append((m.start("name"), m.end("name"), m.group("name"), False, m.end("name")))
    out += phase_caps_names(text, out)
    return sorted(out)


# a plural head right after a name: the names joined to it before are trials' too ("the ZETA and BETA-2 | studies")
PLURAL_HEAD_AFTER = re.compile(r"\s(?:phase\s(?:[1-4][ab]?|I{1,3}|IV)\s)?(?:trials|studies)\b", re.I)
NAMES_JOIN = re.compile(r"(?:,\s(?:and\s)?|\sand\s)")


def names_joined_before(text: str, shaped: list[re.Match], out: list[tuple]) -> list[tuple]:
    """The names joined by commas or "and" before a trial's name that a plural head follows, or in a bracket after
    the head: "the ZETA, BETA and GAMMA-2 trials", "two trials (ZETA-A and ZETA-B)" name trials each.

    >>> [n[2] for n in named_trials("A pooled analysis also included the ZETA, BETA and GAMMA-2 trials.")]
    ['ZETA', 'BETA', 'GAMMA-2']
    """
    found, starts = [], {o[0] for o in out}
    for k, m in enumerate(shaped):
        head = PLURAL_HEAD_AFTER.match(text, m.end())
        if head is None or NOT_A_NAME.fullmatch(m.group(0)):
            continue
        chain, at = [], m.start()
        for before in reversed(shaped[:k]):
            if before.start() in starts or not NAMES_JOIN.fullmatch(text, before.end(), at) \
                    or NOT_A_NAME.fullmatch(before.group(0)):
                break
            chain.append((before.start(), before.end(), before.group(0), False, before.end()))
            at = before.start()
        if chain and m.start() not in starts:
            chain.append((m.start(), m.end(), m.group(0), False, head.end()))
        found += chain
    for k, m in enumerate(shaped):      # "two trials (ZETA-A and ZETA-B)": a bracket of names after a plural head
        if m.start() in starts or not TRIALS_BEFORE_BRACKET.search(text, max(0, m.start() - 60), m.start()):
            continue
        chain = [m]
        for after in shaped[k + 1:]:
            if not NAMES_JOIN.fullmatch(text, chain[-1].end(), after.start()):
                break
            chain.append(after)
        if len(chain) >= 2 and text.startswith(")", chain[-1].end()) and not any(NOT_A_NAME.fullmatch(c.group()) for c in chain):
            found += [(c.start(), c.end(), c.group(0), False, c.end()) for c in chain]
    return found


def phase_caps_names(text: str, out: list[tuple] = ()) -> list[tuple]:
    """The words in capitals right after a trial's phase, outside the names ``out`` found otherwise
    (:data:`PHASE_CAPS_NAME`).

    >>> [n[2] for n in phase_caps_names("Acme presents Phase 3 ZENITH-GO data.")]
    ['ZENITH-GO']
    """
    return [(m.start("name"), m.end("name"), m.group("name"), False, m.end("name")) for m in PHASE_CAPS_NAME.finditer(text)
            if not any(s <= m.start("name") < e for s, e, *_ in out) and not NOT_A_NAME.fullmatch(m.group("name"))
            and not is_registry_id(m.group("name"))]


def spells_words_before(short: str, before: str) -> bool:
    """Does ``short`` abbreviate the few words just before it (a long form of at most one word more than its letters)?

    >>> spells_words_before("PTSD", "adults with posttraumatic stress disorder"), spells_words_before("GOUTZ", "in gout")
    (True, False)
    """
    long = best_long_form(short, " ".join(before.split()[-12:]))
    return long is not None and len(long.split()) <= len(short) + 1


NAME_BEFORE_ID = re.compile(rf"(?<![\w-])(?P<name>{NAME})\s*(?:{NAME_BEFORE_HEAD}{TRIAL_HEAD}\s*)?$", re.I)
# a name in the id's own bracket before it: "(ZETA; NCT01234567)", "(ZETA-2, NCT01234567)"
INNER_NAME = re.compile(rf"(?<!\s)\s*+\(\s*+(?P<name>{NAME})\s*+[;,]\s*+$")


def trim_name(name: str) -> str:
    """A name without a trailing "and" clause the pattern may have taken."""
    return name.strip()


def phase_of(m: re.Match) -> str | None:
    return normalise_phase(m.group("a"), m.group("b")) if m.group("a") else None


def marker_of(m: re.Match) -> str:
    if m.group("part"):
        return "part"
    if m.group("ext"):
        return "extension"
    word = (m.group("marker") or "").lower().replace("followup", "follow-up")
    return MARKERS.get(word, "")


# --- resolving ------------------------------------------------------------------------------------------------

@dataclass
class _Trial:
    key: str
    ids: list[str] = field(default_factory=list)
    name: str | None = None
    first: int = 0
    phase: str | None = None
    marker: str = ""


def resolve_trials(mentions: list[TrialMention], doc_id: str = "", hedged: frozenset[int] = frozenset()) -> list[TrialRef]:
    """The trials the mentions name, in order of first mention.

    Ids given together and a name given beside an id are one trial; a later id or name is the trial it names;
    a definite phrase with a phase no trial has yet, or a name of its own, is another trial; a phrase with the
    phase of a known trial (or the first phase said of a trial) is that trial. ``hedged`` (sentence indices)
    keeps plans and guesses ("a Phase 3 study should follow") from making trials.

    >>> ms = [TrialMention(0, 0, 9, ("NCT01234567",), "ZETA"), TrialMention(1, 0, 9, (), None, "3"),
    ...       TrialMention(2, 0, 9, (), "ZETA-X", "2")]
    >>> [(t.key, t.name, t.phase) for t in resolve_trials(ms, "d")]
    [('NCT01234567', 'ZETA', '3'), ('doc-d-zeta-x', 'ZETA-X', '2')]
    """
    trials: list[_Trial] = []
    index = Where()
    # a sentence's ids first: "the ZETA trial, registered as NCT...", names the registered trial
    for m in sorted(mentions, key=lambda m: (m.sentence, not m.ids, m.start)):
        if m.sentence in hedged and not (m.ids or m.name or m.definite):
            continue                           # "a Phase 3 trial is planned": some future trial, not a known one
        k = resolve_one(trials, m, index)
        if k is None and (m.ids or m.name or m.sentence not in hedged):
            k = new_trial(trials, m, doc_id)
        if k is not None and k != NOTHING:
            t = trials[k]
            t.name = t.name or m.name
            if m.name and len(m.name) > len(t.name) and name_key(m.name) == name_key(t.name):
                t.name = m.name                # "ZETAHF ... ZETA-HF": the name as its words are parted
            if m.phase and not t.phase:
                t.phase = m.phase
            t.marker = t.marker or m.marker
            added = [r for r in m.ids if r not in t.ids]
            t.ids.extend(added)
            index.note(k, t.name, added)
    # a trial named first and given its id later is known by its id
    return [TrialRef(t.ids[0] if t.ids else t.key, tuple(t.ids), t.name, t.first, t.phase, t.marker) for t in trials]


def name_key(name: str) -> str:
    """A trial's name as looked up: without hyphens and spaces, in capitals.

    >>> name_key("Zeta-HF") == name_key("ZETAHF") == name_key("ZETA HF")
    True
    """
    return re.sub(r"[\s\-‐‑–]+", "", name).upper()


NOTHING = -1          # what resolve_one says of a mention that names no trial, known or new


class Where:
    """Which trials (their indices, in order) have each registry id and each name, so that a mention is resolved
    by looking its ids and name up, not by reading every trial found so far (a document may name hundreds)."""

    def __init__(self):
        self.ids: dict[str, int] = {}            # id -> the first trial that has it
        self.names: dict[str, list[int]] = {}    # name's key (name_key) -> the trials of that name, in order

    def note(self, k: int, name: str | None, ids: list[str]) -> None:
        """Trial ``k`` has this name (a trial's name, once given, stays) and these ids."""
        for r in ids:
            if self.ids.get(r, k) >= k:
                self.ids[r] = k
        if name:
            same = self.names.setdefault(name_key(name), [])
            if k not in same:
                insort(same, k)

    def named(self, name: str) -> list[int]:
        """The trials of this name, however it is hyphenated or spaced ("ZETA-HF", "ZETAHF", "ZETA HF")."""
        return self.names.get(name_key(name), [])

    def first_of_ids(self, ids: tuple[str, ...]) -> int | None:
        """The first trial that has one of these ids."""
        return min((self.ids[r] for r in ids if r in self.ids), default=None)


def resolve_one(trials: list[_Trial], m: TrialMention, index: Where | None = None) -> int | None:
    """The known trial a mention names, or None when it names a new one (or none); ``index``: where the trials' ids
    and names are (made here when not given)."""
    if index is None:
        index = Where()
        for k, t in enumerate(trials):
            index.note(k, t.name, t.ids)
    if m.ids:
        k = index.first_of_ids(m.ids)
        if k is not None:
            return k
    named = index.named(m.name) if m.name else ()
    for k in named:
        if not (m.ids and trials[k].ids):
            return k
    if m.ids:
        return named[0] if named else None     # a name said before its id ("ZETA ... ZETA (NCT...)")
    if m.name:
        if m.label:                            # a record's field: the record's trial
            return next((k for k, t in enumerate(trials) if t.ids and not t.name), None)
        # "The confirmatory Phase 3 study ..." then "its confirmatory Phase 3 ZETA trial": the name is that trial's
        unnamed = [k for k, t in enumerate(trials) if not t.ids and not t.name and m.phase and t.phase == m.phase
                   and t.marker == m.marker]
        if len(unnamed) == 1 and m.definite:
            return unnamed[0]
        return next((k for k, t in enumerate(trials) if t.first == m.sentence and t.ids and not t.name
                     and t.marker == m.marker), None) if m.marker != "part" else None
    if m.phase:
        same = [k for k, t in enumerate(trials) if t.phase == m.phase]
        if same:
            return same[0]
        if len(trials) == 1 and trials[0].phase is None:
            return 0                           # the first phase said of the only trial
        if any(t.phase is None for t in trials):
            return NOTHING                     # it may be a known trial's: make no new one
        return None
    if m.marker:
        same = [k for k, t in enumerate(trials) if t.marker == m.marker]
        return same[-1] if same else NOTHING  # a bare "the earlier trial" names no new trial
    return NOTHING


def new_trial(trials: list[_Trial], m: TrialMention, doc_id: str) -> int | None:
    """Make the trial a mention introduces; None when the mention is too vague to make one."""
    if m.ids:
        trials.append(_Trial(m.ids[0], [], m.name, m.sentence))
    elif m.name:
        trials.append(_Trial(f"doc-{doc_id}-{slug(m.name)}", [], m.name, m.sentence))
    elif m.phase and m.definite and (m.marker or trials):
        trials.append(_Trial(f"doc-{doc_id}-phase-{slug(m.phase)}", [], None, m.sentence))
    else:
        return None
    return len(trials) - 1


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# --- attributing ----------------------------------------------------------------------------------------------

def automaton(words) -> ahocorasick.Automaton | None:
    """An Aho-Corasick automaton over ``words`` (None for none): one pass over a text finds every one of them."""
    words = [w for w in words if w]
    if not words:
        return None
    found = ahocorasick.Automaton()
    for word in words:
        found.add_word(word, word)
    found.make_automaton()
    return found


def is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def whole_words(text: str, words: ahocorasick.Automaton | None) -> list[tuple[int, int, str]]:
    """(start, end, word) of every occurrence of the automaton's words in ``text`` between word boundaries
    (a hyphen or a digit after a name makes another name: "ZETA" is not in "ZETA-2")."""
    return whole_words_at(text, words.iter(text) if words is not None else ())


def whole_words_each(texts: list[str], words: ahocorasick.Automaton | None) -> list[list[tuple[int, int, str]]]:
    """:func:`whole_words` of each text, from one pass of the automaton over the texts joined by line breaks (no
    word holds one, so the automaton's state never carries from one text into the next).

    >>> whole_words_each(["ZETA-2 and ZETA", "", "ZETA 2 trial"], automaton(["ZETA", "ZETA-2"]))
    [[(0, 6, 'ZETA-2'), (11, 15, 'ZETA')], [], []]
    """
    return [whole_words_at(text, found) if found else [] for text, found in zip(texts, hits_each(words, texts))]


def whole_words_at(text: str, hits) -> list[tuple[int, int, str]]:
    """:func:`whole_words` of ``text``, given (last offset, word) of every occurrence of the words in it."""
    out = []
    for last, word in hits:
        start, end = last - len(word) + 1, last + 1
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (is_word(before) or before == "-") and not (is_word(after) or after == "-"):
            if not (after == " " and text[end + 1:end + 2].isdigit() and not word[-1].isdigit()):
                out.append((start, end, word))
    return longest(out)


def longest(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The occurrences no longer one contains, in their order: the longest name at a place ("ZETA Part 2" is not
    "ZETA"). Read by start, the longer first, an occurrence is inside another when an earlier one reaches its end.

    >>> longest([(0, 4, "ZETA"), (0, 11, "ZETA Part 2"), (13, 17, "ZETA")])
    [(0, 11, 'ZETA Part 2'), (13, 17, 'ZETA')]
    """
    if len(found) < 2:
        return found
    inside, reach = set(), -1
    for j in sorted(range(len(found)), key=lambda j: (found[j][0], -found[j][1])):
        end = found[j][1]
        if reach >= end:             # (no two occurrences share both ends: they would be one word)
            inside.add(j)
        reach = max(reach, end)
    return [o for j, o in enumerate(found) if j not in inside]


def is_heading(s: Sentence) -> bool:
    return len(s.text) < HEADING_MAX and not s.text.rstrip().endswith((".", "?", "!", "”", '"', ":"))


def attribute(sentences: list[Sentence], trials: list[TrialRef], mentions: list[TrialMention] = (),
              doc_id: str = "") -> Attribution:
    """Which trial each sentence, and each clause of a sentence naming several trials, speaks of.

    A trial is named by its ids, its name (as a whole word), or a mention that resolves to it; a clause runs
    from where a trial is named to where the next is. Before the first naming in a sentence, the sentence
    speaks of the first trial it names. A sentence naming none speaks of the trial named last; a heading
    goes back to the main trial (the one named in most sentences, a registered one first).
    """
    n = len(sentences)
    if not trials:
        return Attribution(tuple([0] * n), tuple((Clause(0, len(s.text), 0),) for s in sentences), 0)
    where: dict[str, int] = {}
    for k, t in enumerate(trials):
        for rid in t.ids:
            where.setdefault(rid, k)
        if t.name:
            where.setdefault(t.name, k)
    words = automaton(where)
    by_sentence: dict[int, list[tuple[int, int]]] = defaultdict(list)      # sentence -> (start, trial)
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)            # sentence -> its mentions' spans
    index = Where()
    for k, t in enumerate(trials):
        index.note(k, t.name, t.ids)
    for m in mentions:
        k = mention_trial(trials, m, index)
        spans[m.sentence].append((m.start, m.end))
        if k is not None:
            by_sentence[m.sentence].append((m.start, k))
    named: list[list[tuple[int, int]]] = []
    counts: Counter = Counter()
    said = whole_words_each([s.text for s in sentences], words)       # (one pass over the document)
    for i, s in enumerate(sentences):
        hits = said[i]
        if not hits and i not in by_sentence:
            named.append([])             # (most sentences name no trial)
            continue
        starts = dict(by_sentence.get(i, ()))
        inside = Spans(spans.get(i, ()) if i in by_sentence else ()) if hits else None
        for a, b, word in hits:
            if not inside.holds(a):
                starts.setdefault(a, where[word])
        found = sorted(starts.items())
        named.append(found)
        for k in {k for _, k in found}:
            counts[k] += 1
    main = max(range(len(trials)), key=lambda k: (bool(trials[k].ids), counts[k], -k))
    trial_of, clauses, current = [], [], main
    shared = carried(sentences, named, [coordinated(s.text, found, trials) if len(found) > 1 else ()
                                        for s, found in zip(sentences, named)])
    for s, found in zip(sentences, named):
        if found and len(found) == 1 and found[0][1] != main and \
                REFERENCE_BEFORE.search(s.text, max(0, found[0][0] - 60), found[0][0]):
            found = []                   # "... compared to historical data from the ZETA study": still the trial before
        if found:
            if found[0][0] > 0 and CARRIES_ON.match(s.text):     # "It followed the ZETA-6 trial": "It" is the last trial
                found.insert(0, (0, current))
            cs = [Clause(0 if j == 0 else a, found[j + 1][0] if j + 1 < len(found) else len(s.text), k)
                  for j, (a, k) in enumerate(found)]
            cs = merge(cs)
            current = max(cs, key=lambda c: (c.end - c.start))
            current = current.trial if len(cs) > 1 else cs[0].trial
            trial_of.append(current)
            clauses.append(tuple(cs))
            current = cs[-1].trial
            continue
        if is_heading(s):
            current = main
        trial_of.append(current)
        clauses.append((Clause(0, len(s.text), current),))
    return Attribution(tuple(trial_of), tuple(clauses), main, tuple(counts[k] for k in range(len(trials))), shared)


# what joins trials named together ("A and B", "A, B and C", "A/B") and the plural head they share ("... trials")
# (a bracket may follow each name: "ZETA I (N=505) and II (N=509) trials", "(ZETA I and ZETA II): two ... trials")
COORDINATION_JOIN = re.compile(r"(?<!\s)\s*+(?:\([^()]{1,30}\)\s*+)?(?:,\s*+(?:and\s++)?|and\s++|&\s*+|/\s*+)")
SHARED_HEAD = re.compile(r"(?:\s?\([^()]{1,30}\))?\)?:?[^.;:()]{0,80}?\b(?:trials|studies)\b", re.I)
# or the trials named first, their names after: "two phase 3 trials (| ZETA-1 and ZETA-2)", "two trials, | ZETA-1 and"
TRIALS_BEFORE = re.compile(r"\b(?:trials|studies)\s?(?:\(|,)\s?$", re.I)


def carried(sentences: list[Sentence], named: list[list[tuple[int, int]]], shared: list[tuple]) -> tuple:
    """The trials each sentence speaks of together: those it names together, else (for a sentence that names no
    trial) those the sentences before it named together, up to one that names a trial alone or a heading ("In the
    ZETA-1 and ZETA-2 trials, ... | Patients were randomized to XY 250 mg or placebo": the design of both).

    >>> from kg.text.sentences import Sentence
    >>> ss = [Sentence(0, 9, "A and B.", 0), Sentence(10, 20, "Dose 5 mg.", 0), Sentence(21, 30, "A met it.", 0)]
    >>> carried(ss, [[(0, 0), (6, 1)], [], [(0, 0)]], [((0, 1), 8), (), ()])
    (((0, 1), 8), ((0, 1), 10), ())
    >>> carried(ss, [[(0, 0), (6, 1), (8, 0)], [], [(0, 0)]], [((0, 1), 8), (), ()])     # ("A and B; in A, ...")
    (((0, 1), 8), (), ())
    """
    out, group = [], None
    for s, found, own in zip(sentences, named, shared):
        if own:                         # (carried on unless the sentence goes on to name a trial alone)
            group = own[0] if all(a < own[1] for a, _ in found) else None
        elif found or is_heading(s):
            group = None
        out.append(own or ((group, len(s.text)) if group else ()))
    return tuple(out)


def coordinated(text: str, found: list[tuple[int, int]], trials: list[TrialRef]) -> tuple:
    """The trials a sentence names together as one subject, "the A and B trials" (``found``: where it names each
    trial, in order), so that what it says of their design is said of each, and where that clause ends (a semicolon
    or the next trial named); () when it names them apart.

    >>> ts = [TrialRef("a", (), "ZETA-1"), TrialRef("b", (), "ZETA-2")]
    >>> coordinated("The ZETA-1 and ZETA-2 randomized trials tested XY.", [(4, 0), (15, 1)], ts)
    ((0, 1), 50)
    >>> coordinated("ZETA-1 met its goal and ZETA-2 did not.", [(0, 0), (24, 1)], ts)
    ()
    >>> coordinated("In two trials (ZETA-1 and ZETA-2), we gave XY.", [(15, 0), (26, 1)], ts)
    ((0, 1), 46)
    """
    chain = [found[0][1]]
    end = name_end(text, found[0][0], trials[found[0][1]])
    for a, k in found[1:]:
        if end is None or not COORDINATION_JOIN.fullmatch(text, end, a):
            break
        chain.append(k)
        end = name_end(text, a, trials[k])
    if end is None or len(set(chain)) < 2 or not (SHARED_HEAD.match(text, end)
                                                   or TRIALS_BEFORE.search(text, 0, found[0][0])):
        return ()
    later = [a for a, _ in found[len(chain):]]
    stop = min([*later, len(text)] + ([text.index(";", end)] if ";" in text[end:] else []))
    return tuple(dict.fromkeys(chain)), stop


def name_end(text: str, at: int, trial: TrialRef) -> int | None:
    """Where the trial's name or id written at ``at`` ends (or the last word of its name: "II" of "ZETA I and II"), or
    None when another mention of it is there.

    >>> name_end("ZETA I and II trials", 11, TrialRef("b", (), "ZETA II"))
    13
    """
    for written in (trial.name, *trial.ids, (trial.name or "").rsplit(" ", 1)[-1]):
        if written and text.startswith(written, at) and not text[at + len(written):at + len(written) + 1].isalnum():
            return at + len(written)
    return None


class Spans:
    """Spans of a text (they may overlap), asked whether one holds an offset: a binary search, not a scan of all.

    >>> inside = Spans([(10, 20), (0, 5), (3, 12)])
    >>> [x for x in (0, 4, 5, 11, 12, 19, 20) if inside.holds(x)]
    [0, 4, 5, 11, 12, 19]
    """

    def __init__(self, spans):
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach, furthest = [], -1          # per span: the furthest end of it and those starting before it
        for _, b in spans:
            furthest = max(furthest, b)
            self.reach.append(furthest)

    def holds(self, offset: int) -> bool:
        """Is ``start <= offset < end`` for one of the spans?"""
        at = bisect_right(self.starts, offset)
        return at > 0 and self.reach[at - 1] > offset


def merge(cs: list[Clause]) -> list[Clause]:
    """Neighbouring clauses of one trial as one."""
    out: list[Clause] = []
    for c in cs:
        if out and out[-1].trial == c.trial:
            out[-1] = Clause(out[-1].start, c.end, c.trial)
        else:
            out.append(c)
    return out


def mention_trial(trials: list[TrialRef], m: TrialMention, index: Where | None = None) -> int | None:
    """The trial a mention names, once trials are resolved (``index``: where their ids and names are)."""
    if index is None:
        index = Where()
        for k, t in enumerate(trials):
            index.note(k, t.name, t.ids)
    k = index.first_of_ids(m.ids) if m.ids else None
    if k is not None:
        return k
    if m.name:
        named = index.named(m.name)
        return named[0] if named else None
    if m.phase:
        return next((k for k, t in enumerate(trials) if t.phase == m.phase), None)
    if m.marker:
        same = [k for k, t in enumerate(trials) if t.marker == m.marker]
        return same[-1] if same else None
    return None


def find_trials(sentences: list[Sentence], doc_id: str = "",
                others: frozenset[str] = frozenset()) -> tuple[list[TrialRef], Attribution]:
    """The document's trials and which trial each sentence and clause speaks of (``others``: short forms the
    document defines as a disease, drug, gene..., which name no trial).

    A document that names no trial but reports one in words ("randomised", "Phase 2", "placebo") has one trial
    known only to it (key ``doc-<document>-1``).
    """
    mentions = find_trial_mentions(sentences, others)
    hedged = frozenset(m.sentence for m in mentions if not (m.ids or m.name) and HEDGE.search(sentences[m.sentence].text))
    trials = family_names_dropped(resolve_trials(mentions, doc_id, hedged))
    if not trials and not is_review(sentences) and any(reports_trial(s.text) and not WANTED_TRIAL.search(s.text)
                                                        for s in sentences):
        # a trial with no registry id is known only to this document: its key says so
        said = [m for m in mentions if m.definite and m.sentence not in hedged]     # not "a Phase 3 study should follow"
        trials = [TrialRef(f"doc-{doc_id}-1", (), None, 0, phase_in_mentions(said))]
    elif trials and all(t.marker and not (t.ids or t.name) for t in trials) and not is_review(sentences):
        # only trials said to be others ("the earlier Phase 2a trial") beside a definite one of another phase ("its
        # Phase 2b trial"): that one is the document's own, unnamed, and comes first
        phases = {t.phase for t in trials}
        said = [m for m in mentions if m.definite and not m.marker and m.sentence not in hedged and m.phase not in phases]
        if said:
            trials = [TrialRef(f"doc-{doc_id}-1", (), None, 0, phase_in_mentions(said))] + trials
    found = attribute(sentences, trials, mentions, doc_id)
    joined = join_name(trials, found.named)
    if joined is not trials:
        trials, found = joined, attribute(sentences, joined, mentions, doc_id)
    return shared_phase(trials, found.shared), found


def family_names_dropped(trials: list[TrialRef]) -> list[TrialRef]:
    """Without a name that only gathers trials named after it ("across the ZETA studies" beside ZETA-1 and ZETA-2).

    >>> [t.name for t in family_names_dropped([TrialRef("a", (), "ZETA-1"), TrialRef("b", (), "ZETA 2"),
    ...                                         TrialRef("c", (), "ZETA")])]
    ['ZETA-1', 'ZETA 2']
    """
    names = [t.name for t in trials if t.name]
    def family(t: TrialRef) -> bool:
        return not t.ids and t.name is not None and sum(
            n != t.name and n.startswith(t.name) and n[len(t.name)] in " -" for n in names) >= 2
    return [t for t in trials if not family(t)] if len(names) > 2 else trials


def shared_phase(trials: list[TrialRef], shared: tuple[tuple[int, ...], ...]) -> list[TrialRef]:
    """Trials named together under one phase ("the phase 3 A and B trials") each have it.

    >>> [t.phase for t in shared_phase([TrialRef("a", phase="3"), TrialRef("b")], ((), ((0, 1), 40)))]
    ['3', '3']
    """
    out = list(trials)
    for group in (x[0] for x in shared if x):
        phases = {out[k].phase for k in group if out[k].phase}
        if len(phases) == 1:
            phase = phases.pop()
            for k in group:
                if out[k].phase is None:
                    out[k] = replace(out[k], phase=phase)
    return out


def join_name(trials: list[TrialRef], named: tuple[int, ...]) -> list[TrialRef]:
    """A document that names its trial ("the ZETA trial") and gives its id apart ("The study (NCT...)") speaks
    of one trial: the name said most often, as often as the id, joins the only registered trial without a name,
    when it is said in two sentences or more, or is the only name and its phase is the registered trial's (an
    abstract names its trial once and gives the id at its end).

    >>> ts = [TrialRef("doc-d-zeta", (), "ZETA", 0), TrialRef("NCT01234567", ("NCT01234567",), None, 3, "3")]
    >>> join_name(ts, (4, 1))
    [TrialRef(key='NCT01234567', ids=('NCT01234567',), name='ZETA', first=0, phase='3', marker='')]
    >>> join_name(ts, (1, 1))[0].name, len(join_name(ts + [TrialRef("doc-d-beta", (), "BETA", 1)], (1, 1, 1)))
    ('ZETA', 3)
    """
    bare = [k for k, t in enumerate(trials) if t.ids and not t.name]
    names = [k for k, t in enumerate(trials) if t.name and not t.ids and not t.marker]
    if len(bare) != 1 or not names:
        return trials
    best = max(names, key=lambda k: (named[k], -k))
    b = bare[0]
    only = len(names) == 1 and not (trials[best].phase and trials[b].phase and trials[best].phase != trials[b].phase)
    if named[best] < (1 if only else 2) or named[best] < named[b]:
        return trials
    t, n = trials[b], trials[best]
    merged = TrialRef(t.key, t.ids, n.name, min(t.first, n.first), t.phase or n.phase, t.marker)
    return [merged if k == b else x for k, x in enumerate(trials) if k != best]


def phase_in_mentions(mentions: list[TrialMention]) -> str | None:
    return next((m.phase for m in mentions if m.phase), None)
