"""Biomarker cues (:mod:`kg.extractors.biomarkers`).
"""

from __future__ import annotations

import re

from kg.text import prefilter as rx

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

# which way a measured molecule moved
BIOMARKER_UP = rx.compile(r"(?=[cehiruw])\b(?:increased|increases?|rose|risen|rises?|elevated|higher|went\ up|climbed|up-?regulated)\b",
                          re.I | re.X)
BIOMARKER_DOWN = rx.compile(r"""(?=[cdflrs])\b(?:decreased|decreases?|fell|fallen|falls|dropped|declined|declines?|reduced|reductions?
    |lowered|lower|cut|drove\ down|down-?regulated|suppressed)\b""", re.I | re.X)
BIOMARKER_SAME = rx.compile(r"(?=[dnrsu])\b(?:unchanged|did\ not\ change|no\ change|remained\ stable|stayed\ the\ same)\b", re.I | re.X)
# a sentence that speaks of measured amounts
BIOMARKER_LEVEL = rx.compile(r"(?=[acelmp])\b(?:levels?|concentrations?|amounts?|protein|expression|marker)\b", re.I)
# the body fluid or tissue it was measured in: (name, pattern), the more specific first where two touch
SPECIMEN_WORDS = (("cerebrospinal fluid", r"cerebrospinal fluid|\bCSF\b|spinal fluid"), ("plasma", r"plasma"),
                  ("serum", r"serum"), ("urine", r"urine|urinary"), ("blood", r"blood"), ("muscle", r"muscle"), ("skin", r"skin"))
# a protein named with a Greek letter, which the lexicon may spell otherwise ("tumour necrosis factor-alpha",
# "alpha-synuclein", "interferon gamma"); not a drug class ("beta-blockers")
GREEK_ANALYTE = rx.compile(r"""(?<![\w-])(?:(?:alpha|beta|gamma|α|β|γ)-[a-z]{4,20}(?!-?(?:blockers?|agonists?|antagonists?|lactams?))
    | [A-Za-z][a-z]{2,20}(?:\ [a-z]{3,20}){0,2}[-\ ](?:alpha|beta|gamma|α|β|γ))(?![\w-])""", re.X)
# words after a substance that make it a drug taken, not a level measured ("statin intolerance", "insulin therapy")
NOT_ANALYTE_AFTER = rx.compile(r"\s{0,2}[-\s](?:intoleran\w{1,4}|therapy|treatment|use|users?|dose|doses|dosing|inhibitors?)\b",
                               re.I)
# a sentence that sets a threshold for entry rather than reporting a change ("a level of 100 mg/dL or higher")
THRESHOLD = rx.compile(r"(?=[aeio])\b(?:or\ (?:higher|lower|more|less|above|below)|at\ least|eligible|eligibility|inclusion|entry)\b",
                       re.I | re.X)
