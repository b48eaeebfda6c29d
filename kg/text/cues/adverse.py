"""Adverse-event cues (:mod:`kg.text.adverse`, :mod:`kg.extractors.safety`).
"""

from __future__ import annotations

import re

from kg.text import prefilter as rx
from kg.text.numbers import NUMBER as NUMBER_WORDS

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

# words that make a sentence one about adverse events
AE_WORDS = r"""(?:side[\s-]effects?|adverse\ (?:drug\ )?(?:events?|reactions?|effects?)|AEs|TEAEs?|SAEs?
    |(?:local|systemic|solicited|injection[\s-]site|infusion[\s-]related)\ reactions?
    |safety\ (?:events?|signals?|findings?|concerns?|problems?)|toxicit(?:y|ies)|complications?|complaints?)"""
AE_CUE = rx.compile(rf"(?=[acilst])\b{AE_WORDS}", re.I | re.X)
# a class of harms the lexicon knows as a disease, which names no one event: "toxicity was mild overall"
EVENT_CLASS = frozenset({"toxicity", "toxicities"})
# a heading over a safety section ("Safety", "Side effects to expect", "Adverse events")
SAFETY_HEADING = rx.compile(r"(?=[ast])\b(?:safety|side[\s-]effects?|adverse\ (?:events?|reactions?)|tolerability)\b", re.I | re.X)
# the shapes adverse-event names take, whatever the lexicon knows: reactions to giving a drug, "<x>-related
# <finding>" (not "treatment-related", which qualifies any event), organ events ("neurological events"), and a
# phrase named by an abbreviation right after it ("... abnormalities with swelling (AIA-S)", "AIA with spots (AIA-P)").
# (The look-ahead for "<word>-related" comes before the eight words it must not be: most words fail it at once.)
AE_TERM_PHRASE = rx.compile(r"""
      (?P<term>\b(?:(?:infusion|injection|application)(?:[\s-](?:site|related|associated))?\ (?:reactions?|adverse\ events?)
        | (?:infusion|injection|application)[\s-]site\ (?:pain|erythema|swelling|bruising|irritation|pruritus|induration)
        | (?=[A-Za-z]{3,20}-related)(?!(?:treatment|drug|therapy|procedure|study|dose|device|vaccine)\b)[A-Za-z]{3,20}-related
          \ (?:[a-z]{3,20}\ )?(?:abnormalit(?:y|ies)|reactions?|toxicit(?:y|ies))
        | (?:neurologic(?:al)?|hepatic|thromboembolic|bleeding|ha?emorrhagic|psychiatric|gastrointestinal|infusion)
          \ (?:adverse\ )?(?:events|toxicit(?:y|ies))
        | cytokine\ release\ syndrome))
      (?:(?:\ with\ [a-z\ ]{3,60}?)?\ \((?P<short>[A-Z][A-Za-z0-9-]{1,12})\))?""", re.I | re.X)
# (the abbreviation in capitals as written: "patients with acme cardiomyopathy (AC-M)" is no event's name)
AE_SHORT_PHRASE = rx.compile(r"\b(?-i:[A-Z]{2,8})\ with\ [a-z\ ]{3,60}?\ \((?P<short2>(?-i:[A-Z]{2,8})-[A-Za-z]{1,8})\)",
                             re.I | re.X)
# both, as finditer of their one alternation finds them: apart, each keeps its own prefilter (as one, " with " let
# every sentence holding it be searched at every word: ~145 -> ~50 us a seed article)
AE_PHRASE = rx.AnyOf(AE_TERM_PHRASE, AE_SHORT_PHRASE)
# "the most common adverse events were" (what follows is a list of events)
# or "the adverse events reported in at least 10% of patients given X were" (a threshold instead of "most common")
AE_COMMON_LIST = rx.compile(r"""(?=[amst])(?:\bmost\ (?:common(?:ly)?|frequent(?:ly)?)(?:\ reported)?
    \ (?:(?:treatment-emergent|treatment-related|drug-related|serious)\ )?
    (?:adverse\ (?:events?|reactions?|effects?)|side[\s-]effects?|AEs|TEAEs|toxicities)
    (?:\ \([^()]{0,40}\))?(?:\ [\w-]{1,20}){0,4}?
    |\b(?:adverse\ (?:events?|reactions?|effects?)|side[\s-]effects?|AEs|TEAEs)\ (?:reported|occurring|seen|observed)
    \ in\ (?:at\ least|more\ than|over|≥|>)\ ?\d{1,2}(?:\.\d)?\ ?(?:%|percent)\ of(?:\ [\w-]{1,30}){1,6}?
    # (or the events a report lists as they were: "Adverse effects included A and B"; not "... included in the analysis")
    |\b(?:adverse\ (?:events?|reactions?|effects?)|side[\s-]effects?|AEs|TEAEs)(?:\ \([^()]{0,20}\))?
    (?=\ includ(?:ed|es?)\ (?!(?:in|as|only|all|any|those|patients|participants)\b)))
    \ (?:were|was|included|include|includes)\ """, re.I | re.X)
# a count in parentheses after an event: "(4 patients)", "(n = 4, 12%)", "(4 [12%])"; never "(12%)"
AE_COUNT_AFTER = rx.compile(rf"""\s{{0,2}}\(\s{{0,2}}(?:n\s{{0,2}}=\s{{0,2}})?(?P<n>{NUMBER_WORDS})(?!\s{{0,2}}(?:%|\.\d|percent|,\d))
    (?:\s{{0,2}}(?:patients?|participants?|people|subjects|cases?|events?|children|adults|reports?))?\s{{0,2}}[,;)\[(/]""",
                            re.I | re.X)
_WHO = r"(?:patients|participants|people|subjects|children|adults|infants|recipients|individuals)"
# a count after an event: "... affected 12 of the 40 patients", "... occurred in three participants"
AE_COUNT_VERB = rx.compile(rf"""\s{{1,3}}(?:(?:was|were)\s{{1,3}}(?:reported|seen|observed|recorded|noted)\s{{1,3}}in
    |occurred\s{{1,3}}in|affected|developed\s{{1,3}}in)\s{{1,3}}(?P<n>{NUMBER_WORDS})(?!\s{{0,2}}(?:%|percent))
    (?:\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?\d[\d,]{{0,8}})?(?:\s{{1,3}}[\w-]{{1,30}}){{0,2}}?\s{{1,3}}{_WHO}\b""",
                           re.I | re.X)
# a count before an event: "12 of the 40 patients had", "three participants developed" (read back from the event)
AE_COUNT_BEFORE = rx.compile(rf"""\b(?P<n>{NUMBER_WORDS})(?:\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?\d[\d,]{{0,8}})?
    (?:\s{{1,3}}[\w-]{{1,30}}){{0,2}}?\s{{1,3}}{_WHO}(?:\s{{1,3}}\([^()]{{0,20}}\))?
    \s{{1,3}}(?:to\s{{1,3}}have|had|have|developed|experienced|reported|suffered)
    \s{{1,3}}(?:an?\s{{1,3}}|the\s{{1,3}})?(?:[\w-]{{1,30}}\s{{1,3}}){{0,2}}$""", re.I | re.X)
