"""Arm and population cues (:mod:`kg.text.arms`, :mod:`kg.text.ages`, :mod:`kg.extractors.population`,
:mod:`kg.extractors.dosing`).
"""

from __future__ import annotations

import re

from kg.text import prefilter as rx

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

# the comparatives one arm's result is set against another's with: "lower in the A group", "34% smaller"
COMPARATIVES = r"(?:lower|higher|greater|longer|shorter|better|worse|more|less|fewer|faster|slower|larger|smaller)"
# the comparatives that say the first-named arm's number is the larger, or the smaller
LARGER_WORDS = r"(?:higher|greater|longer|larger|more)"
SMALLER_WORDS = r"(?:lower|shorter|smaller|less|fewer)"
# the words that set one arm against another: "A | compared with | B", "higher with A | than | with B"
COMPARED_WORDS = r"(?:(?:as\s+)?compared\s+(?:to|with)|than|versus|vs\.?|relative\s+to)"
# the forms a product is given in, after its name or strength: "XY10 nasal spray", "0.12% zetidine mouthrinse"; a
# regex fragment
DOSAGE_FORMS = (r"(?:nasal\s?sprays?|sprays?|tablets?|capsules?|injections?|infusions?|creams?|gels?|foams?|ointments?|"
                r"solutions?|(?:eye\s?)?drops|patch(?:es)?|lozenges?|mouth\s?rinses?|mouthwash(?:es)?|rinses?|toothpastes?|"
                r"varnish)")
# the solid forms a product's name may stand before, with its dose after: "zeta capsules | 500 mg" (a regex fragment)
SOLID_FORMS = r"(?:tablets?|capsules?|pills?|granules|sachets?|lozenges?)"
# the words right before a product's name where it is given: "received | Zeta 50 mg", "randomized to | ...", "or | ..."
# (a regex fragment)
GIVEN_WORD = r"(?:to|of|with|or|and|versus|vs\.?|receiv(?:e|es|ed|ing)|given|got|gets?|took|tak(?:e|es|ing)|either|plus)"
# the people a trial enrolls or a group holds ("enrolled 40 adults", "(24 participants)"); a regex fragment
PEOPLE = (r"(?:people|patients|participants|adults|children|individuals|subjects|volunteers|persons|men|women|boys|girls|"
          r"infants|adolescents|outpatients|inpatients|toddlers|neonates|newborns|pts)")
# words that assign patients to groups: an allocation lists the arms after them ("were randomised 2:1 to A or B")
# (or groups made: "divided into three groups:")
# an allocation word used as the design's adjective, not the assignment: "a randomised, placebo-controlled study"
ALLOCATION_AS_ADJECTIVE = re.compile(r"""(?<!\s)\s*+(?:,|(?:double|single|triple|observer)[- ]blind|open[- ]label|placebo|sham
    |(?:active|vehicle|placebo)[- ]controlled|controlled|parallel|cross-?over|multi-?cent|phase|clinical|trial|study|pilot)""",
                                     re.I | re.X)
# words a number after them is the ordinal of, not a result: "week | 12", "Group | 1", "phase | 3"
# what joins the two ends of a span of weeks, months or days: "weeks 5 | through | 10", "days 1|-|28"
SPAN_TO = r"(?:through|to|-|–)"
ORDINAL_WORDS = (r"(?:week|wk|month|mo|day|year|yr|visit|cycle|grade|stage|phase|part|dose|arm|group|cohort|study|trial|line|"
                 r"class|type|level|wave|period|step|round)")
# the verbs that put patients into groups, and the words a placebo control goes by (fragments for longer patterns)
ALLOCATING = r"(?:randomi[sz]ed|randomly\s(?:assigned|allocated|divided)|assigned|allocated)"
PLACEBO_WORDS = r"(?:placebo|sham|vehicle|saline)"
# the head word that ends a disease's name: a population's words, no arm's ("gastric or junction cancer (n = 113)")
DISEASE_END = re.compile(r"\b(?:cancers?|carcinomas?|tumou?rs?|diseases?|syndromes?|disorders?|infections?|failure)$",
                         re.I)
# the route a therapy is named with, before its name ("oral XY-123"); a regex fragment
ROUTE_WORDS = r"(?:oral|intravenous|iv|subcutaneous|inhaled|topical|intramuscular)"
# how often and by which route an arm's drug is given, before its name: "daily oral | XY", "once-daily PO | XY", "SC | XY"
GIVEN_HOW = rf"(?:(?:daily|weekly|monthly|(?:once|twice)[\s-]daily|{ROUTE_WORDS}|(?-i:SC|PO|IM))\s++){{0,2}}"
# what joins a therapy to another given with it in one arm ("XY-123 plus AB-7", "XY-123 in combination with AB-7"); a
# regex fragment
TOGETHER_WITH = r"(?:plus|\+|(?:in\s+combination|combined|together)\s+with)"
ALLOCATION = rx.compile(r"(?=[adegrst])\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|randomly(?=\s+(?:given|administered|dosed)\b)|assigned|allocated|randomi[sz]ation|"
                        r"(?:divided|split)\s+into|treated\s+with|(?:received|receive|given)\s+either|random\s+(?:assignment|allocation)(?=\s+to\b)"
                        r"|either(?=\s[^.;]{1,60}?\sor\s[^.;]{1,60}?\s(?:was|were)\s(?:given|administered)\b)|randomly\s+between)\b",
                        re.I)
# ("patients received either A or B": the groups' treatments, given as a choice; "with random assignment to A or B";
# "Either A or B was given": the choice said before its verb; "divided randomly between taking A or B")

# a sentence that counts who entered a trial ("512 were eligible, including 259 in the A arm and 253 in the B arm"), and
# one that counts events instead ("events occurred in 40, 25 in the A arm"), whose groups' counts are no arm sizes
ENROLMENT_WORD = rx.compile(r"(?=[aeir])\b(?:enrolled|eligible|randomi[sz](?:ed|ation)|assigned|allocated|included|analy[sz]ed)\b",
                            re.I)
EVENT_COUNT_WORD = rx.compile(r"(?=[acdefinorsw])\b(?:events?|died|deaths?|responded|responses?|infections?|cases?|occurred|"
                              r"experienced|reported|relapsed|discontinued|withdrew|completed|finished|remained)\b", re.I)
# patients completing or leaving a trial, counted in its flow of patients: "42 completed the study, 22 in group A ...", "7
# were lost to follow-up (4 in A and 3 in B)": counts of people, no outcome's numbers
PATIENT_FLOW = rx.compile(r"(?=[cdlw])\b(?:completed\s+(?:the\s+)?(?:study|trial|treatment|follow[-\s]?up)|lost\s+to\s+follow[-\s]?up|"
                          r"dropped\s+out|withdr[ae]w)\b", re.I)
# the key a group is named by after "group": a letter or a few capitals ("A", "ZS", "II"), or a number ("2"); a
# regex fragment
GROUP_KEY = r"(?:[A-Z]{1,4}|\d{1,2})"
# a placebo or sham control named
PLACEBO = rx.compile(r"(?=[ps])\b(?:placebo|sham)\b", re.I)
# the arm given the document's therapy, named by its role ("the treatment group", "the active arm")
# (abstracts call the treated arm the "study group" against the "control group")
ACTIVE_ROLE = (r"(?:treatment|treated|active(?:\s+treatment)?|study[-\s]drug|study(?=\s+(?:group|arm)\b)|investigational[-\s]drug"
               r"|drug(?=\s+(?:group|arm)\b)"
               r"|experimental)")
# the document's therapy named again by a noun that refers back to it: "The drug lowered X by 26%, compared with a 2%
# decrease with placebo", "those taking the medication"; "therapy" and "treatment" only as the sentence's subject (else
# "the treatment period", "the therapy of X")
PRODUCT_ANAPHOR = rx.compile(r"(?=[Tt])\b(?:[Tt]he|[Tt]his)\s(?:drug|medication|medicine|vaccine)\b"
                             r"(?![-\s'’](?:class|classes|group|arm|cohort|compan|maker|development|regulator|label|s\b|"
                             r"was\s+approved))"
                             r"|^(?:The|This)\s(?:therapy|treatment|pill|injection)\b"
                             r"(?![-\s'’](?:group|arm|cohort|period|effect|difference|duration|s\b))")
# words that make a group a part of the population, not an arm ("the older group", "the women's group")
POPULATION_WORDS = r"(?:age[ds]?|older|younger|elderly|men|women|male|female|boys|girls|children|adults|high-risk|low-risk|" \
                   r"subgroups?|baseline)"
# the sets of patients an analysis counts: "the intention-to-treat population", "the per-protocol set", "evaluable
# patients"
ANALYSIS_SETS = r"(?:intent(?:ion)?[-\s]to[-\s]treat|ITT|mITT|per[-\s]protocol|PP|evaluable|completers?)"
# where the arms of an allocation end: the background every arm received, the strata, or what the last arm's
# treatment is made of ("or standard care consisting of A, B or C": A, B and C are no arms of their own)
ARM_LIST_END = rx.compile(r"""(?:(?=[acfiostuw])\b(?:in\ addition\ to|in\ combination\ with|on\ top\ of|added\ to|alongside|along\ with|together\ with
    | concomitant(?:ly)?\ with
    | on\ a\ background | as\ (?:an\ )?add[-\ ]on | unless | stratified | followed\ by
    | which | including | such\ as | chosen\ from | consisting\ of | comprising | composed\ of)\b
    # (or a clause on what everyone was given: "...; all participants also received a placebo")
    | ;\ (?=(?:all|both|each|every)\ ))""", re.I | re.X)
# a control arm named in words rather than by a drug (use with re.X); "placebo" and "sham" are read apart
CONTROL_ARM = r"""(?:best\ supportive\ care | (?:usual|standard|conventional|routine)(?:\ of)?\ care | standard\ (?:therapy|treatment)
    | (?:(?:the\ )?(?:treatment|therapy|chemotherapy)\ of\ (?:the\ )?)?(?:physician|investigator)['’]s\ choice
      (?:\ (?:of\ )?(?:chemotherapy|treatment|therapy))?
    | observation(?:\ only|\ alone)? | no\ treatment | watchful\ waiting | control(?=\ (?:group|arm)\b)
    | (?:(?:investigator|physician)[-\ ](?:chosen|selected|choice)\ |standard\ |conventional\ )?chemo(?:therapy)?(?!-))"""
# a word that names a control group ("Control", "Comparison group"): such a group received no study drug
CONTROL_WORD = rx.compile(r"(?=[copsu])\b(?:control|comparison|comparator|observation|standard|usual|sham|placebo)\b", re.I)
# ClinicalTrials.gov arm types: an arm so headed is named by its description ("Experimental arm: XY-123 10 mg")
ARM_TYPE = rx.compile(r"(?=[aenps])(?:experimental|active\s+comparator|placebo\s+comparator|sham\s+comparator|no\s+intervention)",
                      re.I)
# the level of a dose group, before "dose" ("the low-dose group", "high dose: ...")
DOSE_LEVEL = r"(?:low|lower|high|higher|middle|medium|intermediate|mid|standard)"
# a concentration's volume after a mass, as some journals spell it: "0.37 mg | per deciliter", "4.3 mmol | per liter"
PER_VOLUME = r"\s{1,3}per\s{1,3}(?:deci|milli|micro)?lit(?:er|re)s?\b"
# the units of a dose (a regex fragment; longest first so that "mg/kg" is not read as "mg") (the micro sign or Greek
# mu; a strength, "1.2 mg/mL"; the unit spelled out too, as some journals write it: "0.4 micrograms/kg"; not a
# concentration: "0.37 mg per deciliter")
DOSE_UNIT = (r"(?:(?:mg/kg|mg/m2|mg/m²|[µμ]g/kg|mcg/kg|(?:I?U|units)/kg|mg/m[lL]|[µμ]g/m[lL]|mg|[µμ]g|mcg|(?:micro|milli)grams?(?:/kg)?|g|"
             rf"mL|IU|units)(?!{PER_VOLUME}))")
# a dose as arms are told apart by it: a dose unit, or a strength in percent (drops, creams and gels: "XY-123 0.02%")
ARM_DOSE_UNIT = rf"(?:{DOSE_UNIT}|%)"
# a dose's amount, and the amounts of one drug's arms listed together ("100, 200 or 400"; the unit follows them)
# an amount's whole part, its thousands set off or not ("1,200"): atomic, and never started inside a number, so a run of
# comma groups is scanned once
WHOLE_AMOUNT = r"(?<!\d)(?<!\d,)(?>\d{1,3}(?:,\d{3})++|\d{1,6})"
DOSE_AMOUNT = rf"{WHOLE_AMOUNT}(?:\.\d{{1,4}})?"
DOSE_AMOUNTS = rf"{DOSE_AMOUNT}(?:\s*,\s*{DOSE_AMOUNT}){{0,6}},?\s+(?:and|or)\s+{DOSE_AMOUNT}"
# a line that opens a list of arms: a heading ("Arms", "Treatment groups", "What treatments were compared?") or a
# sentence ending in a colon that assigns patients to groups or names them
ARM_LIST_OPENER = rx.compile(r"""^(?:(?:study|trial|treatment|intervention)\s+)?(?:arms|groups|cohorts)(?:\s+and\s+interventions)?$
    | ^interventions$
    | \btreatments?\b.{0,30}\bcompared\b.{0,10}$
    | \b(?:arms|groups|cohorts|randomi[sz]ed|randomly\s+assigned|assigned|allocated)\b[^.]{0,120}:$""", re.I | re.X)
