"""Who took part: enrollment, men and women, ages (eligible and enrolled), and arms with their sizes.

Each phrasing family is a :class:`~kg.extractors.engine.Rule`; the reading itself is in :mod:`kg.text.arms` and
:mod:`kg.text.ages`. A trial has one enrollment, one size per arm, one minimum age ...: the first the text states
is kept (a later count is usually of a subgroup or an analysis set).

>>> from kg.documents import parse_document
>>> doc = parse_document("T\\n\\nThe trial (NCT01234567) enrolled 108 adults aged 30 to 70 years, 60 men and 48 women; 72 were randomised to XY-123 (n=72) and 36 to placebo (n=36).", source="t.txt")
>>> sorted((f.predicate, f.object_text) for f in PopulationExtractor().extract(doc) if f.predicate not in ('armLabel', 'hasArm'))
[('armIntervention', 'XY-123'), ('armSize', '36'), ('armSize', '72'), ('eligibleAgeMax', '70'), ('eligibleAgeMin', '30'), ('enrollment', '108'), ('female', '48'), ('male', '60')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kg.extractors.engine import Example, Hit, Rule, RuleExtractor, T, View
from kg.extractors.result_arms import document_control, document_controls, own_treatment, sentence_arms, spelt_arms
from kg.extractors.text_tables import document_tables
from kg.extractors.util import NUM, arm_as_written, number
from kg.model import Entity
from kg.text import cues, effects as E
from kg.text import prefilter as rx
from kg.text.ages import age_stats, find_ages
from kg.text.arm_lists import (COUNTED_BEFORE_PEOPLE, COUNTED_PEOPLE, DOSES_LISTED, DRUG_DOSES, GIVEN_LEVELS, arm_line,
                               counted_given, opens_arm_list)
from kg.text.given_counts import NUMBERED_COHORT, joined_counts
from kg.text.group_names import GIVEN_VERBS, GROUP_LABEL_N, given_groups
from kg.text.arm_parts import Arm, Name, dosed_stand_ins, with_main
from kg.text.allocation import each_size
from kg.text.arms import find_arms
from kg.text.choice_arms import GIVEN as GIVEN_CHOICE, choice_arms
from kg.text.listed_doses import LISTED_CUE, listed_dose_arms
from kg.text.compared_arms import RANDOMISED, compared_arms, paired_groups
from kg.text.cues.trials import STANDARD_COMPARATOR
from kg.text.numbers import NUMBER
from kg.text.out_of_sizes import out_of_sizes

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

PEOPLE = cues.PEOPLE
PEOPLE_WORDS = PEOPLE.removeprefix("(?:").removesuffix(")").split("|")
# "occurred in 17 children" counts no participants; the look back follows the preposition ("in(?<!seen in)"), as a
# look back before it would be tried at every character of every sentence
# ("one in eight women": a share, not a count)
NOT_AFTER = ("occurred", "reported", "seen", "observed", "developed", "recorded", "noted", "detected", "one", "cases", "events",
             "episodes", "infections", "deaths")     # (nor events counted among them: "7 cases among 1,020 adults")
AMONG = "|".join(word + "".join(f"(?<!{verb} {word})" for verb in NOT_AFTER) for word in ("in", "among", "by"))
# who else a trial may be "of" ("a trial of 12,345 male physicians")
STUDIED = ["physicians", "nurses", "veterans", "smokers", "workers", "students", "athletes", "boys", "girls"]
WHO = rf"(?:{PEOPLE}|{'|'.join(STUDIED)})"     # whom a count of those enrolled names
SIZED = ["patient", "subject", "participant", "person"]      # whom a trial's size names ("a 40-patient study")
# (a pattern that opens with a choice of words opens with a look-ahead for their first letters: re skips the other
# positions at once)
# the words between a count and whom it counts: "240 | adult | patients", "50 | type 2 | diabetic | patients" (a type
# and its number one word: the count is not the type's) (not a second count: "127 | and 63 | patients, respectively")
WORDS_BEFORE_WHO = r"(?:(?:type\s)?(?!(?:and|or|to)\s+\d)[\w-]+\s+){0,2}?"
# a structured abstract's heading for those studied: "Participants", "Setting and participants", "Study population"
STUDIED_HEADING = r"(?:(?:setting\s+and\s+)?participants|patients|subjects|study\s+population)"
# a trial itself as a sentence's subject: "the (double-blind) trial (of XY-123)", "ZETA-3"; not another trial ("the next
# trial", "a larger study")
TRIAL_ITSELF = (r"\b(?:the|this|our|its)\s+(?!(?:[\w-]+\s+){0,4}?(?:new|next|future|larger|second|third|follow-on|confirmatory"
                r"|upcoming|planned|later)\b)(?:[\w-]+,?\s+){0,4}?(?:trial|study)(?:\s+(?:of|in)\s+[\w-]+)?"
                r"|(?-i:\b[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]{1,6})?)")
# the words of a plan: "will", "plans to", "is expected to", "aims to"
PLANS_TO = (r"(?:will|plans?\s+to|(?:is|are)\s+(?:expected|designed|planned|intended|anticipated)\s+to|expects?\s+to|aims?\s+to"
            r"|intends?\s+to)")
# how near a planned number is: "about 100", "up to 60"
ABOUT = r"(?:a\s+total\s+of|about|approximately|around|up\s+to|roughly|some|an\s+estimated)"
ENROLLED = [  # (the tests name ENROLLED[2]: "in 40 adults")
    # (an aside in brackets may stand before whom: "enrolled 640 older (aged 60-85 years) patients")
    rx.compile(rf"{rx.starts_with(['enrolled', 'recruited', 'included', 'treated', 'dosed', 'evaluating', 'assigned', 'allocated'])}\b(?:enrolled|enrolling|recruited|randomi[sz]ed|randomi[sz]ing|randomly assign(?:ed|ing)|randomly allocat(?:ed|ing)|assigned|allocated|included|involved|treated|dosed|evaluating)\s+(?:a total of\s+|about\s+|approximately\s+|some\s+)?{NUM}\s+{WORDS_BEFORE_WHO}(?:\([^()]{{1,40}}\)\s+)?{WHO}", re.I),
    # "108 adults took part", "In total, 90 patients were randomly assigned" (or "had been": "by then 90 patients had
    # been randomized", "90 adults had undergone randomization"), "96 adults received XY-123 or placebo",
    # "A total of 312 patients (mean age, 64 years; 45% women) were enrolled"; not "120 people screened, 90 were ..."
    # (the groups' counts in a bracket before whom: "433 (220 intervention, 213 control) patients were recruited")
    rx.compile(rf"(?<![\w-])(?<!planned\s)(?<!targeted\s)(?<!intended\s)(?<!type\s){NUM}\s+(?:\([^()]{{1,60}}\)\s+)?{WORDS_BEFORE_WHO}{WHO}\b(?!,?\s+respectively)(?:(?!screened|assessed)(?:[^.;()]|\([^()]{{0,80}}\))){{0,150}}?\b(?:took part|participated|(?:were|had been) (?:consecutively |prospectively |subsequently |finally |ultimately |eventually )?(?:enrolled|recruited|included(?!\s+in\s+(?:the\s+)?(?:[\w-]+\s+)?analys)|randomi[sz]ed)|(?:were|had been) (?:prospectively |subsequently )?(?:randomly )?(?:assigned|allocated|divided)|were divided|(?:underwent|had undergone) randomi[sz]ation|each received|were treated"
               r"|(?:received|(?:were|had\sbeen)\sgiven)\s(?:either\s)?[^.;]{1,80}?\s(?:or|versus|vs\.?)\s)", re.I),
    # "tolerated by five people", "a study in 40 adults" -- but not "occurred in 17 children"
    # (not a share said of them: "in the hip by 6 percent in women")
    # (nor the places: "a study in 14 countries in adults with X")
    # (nor a year: "stopped in 2011 when some patients ...")
    rx.compile(rf"{rx.starts_with(['in', 'among', 'by'])}\b(?:{AMONG})\s+(?!(?:19|20)\d\d\s(?!{WHO})){NUM}\s+(?!percent|per\s+cent|points?\b)(?:(?!(?:in|at|across|from|of)\s)[\w-]+\s+){{0,2}}?{WHO}\b", re.I),
    # a registry record's field: "Actual enrollment: 1,200 participants", "Enrollment (actual): 31"
    rx.compile(rf"^(?:(?:actual\s+)?enrol(?:l)?ment(?:\s*\(actual\))?|number\s+of\s+(?:patients|participants|subjects|pts))\s*:"
               rf"\s*(?:a total of\s+)?{NUM}(?!\s*%)", re.I),
    # "Adults with asthma aged 18 to 40 years (n = 90) were randomised": the size of those randomised in brackets
    # (their description may follow it: "Adults (n = 90) with asthma were randomised")
    rx.compile(rf"\b{WHO}\b[^.;()]{{0,80}}\(\s*[nN]\s*=\s*{NUM}\s*\)(?:\s+(?:who|with)\s[^.;()]{{1,80}}?)?\s+(?:were|was)\s+(?:enrolled|recruited|included|randomi[sz]ed|randomly\s+(?:assigned|allocated|divided))", re.I),
    # "Participants were enrolled at 43 sites in Zeta and Eta (N=3812)": the whole's size, a capital N in brackets
    # after the verb (the only such bracket: not one place's share among several)
    rx.compile(rf"\b{WHO}\s+(?:were|was)\s+(?:enrolled|recruited|randomi[sz]ed)\b[^.;()]{{0,120}}\((?-i:\s*N\s*=\s*){NUM}\s*\)"
               r"(?![^.;]{0,200}\(\s*[nN]\s*=)", re.I),
    # a structured abstract's heading that counts those studied: "Participants: 400 adults aged 40 to 75 years with X"
    # (or, as some journals set it, with no colon: "Participants 400 adults with X")
    rx.compile(rf"^{STUDIED_HEADING}\s*(?::\s*|(?<=[a-z])\s(?=\d))"
               rf"(?:a\s+total\s+of\s+)?{NUM}\s+{WORDS_BEFORE_WHO}{WHO}\b", re.I),
    # "a randomized trial of 12,345 healthy male physicians", "a study of 1,234 patients with X": those studied, named
    # with the trial (the words between stop at a comma or a full stop)
    rx.compile(rf"(?=[st])\b(?:trial|study)\s+(?:of|in|on|involving|including|enrolling|among)\s+(?:a\s+total\s+of\s+|about\s+|"
               rf"approximately\s+|some\s+|nearly\s+|more\s+than\s+|only\s+|just\s+)?{NUM}\s+"
               rf"(?:(?!(?:in|at|across|from|of)\s)[\w-]+\s+){{0,3}}?{WHO}\b", re.I),     # (not "a study in 14 countries in adults")
    # "The trial evaluated 412 adults with X", "There were just 38 patients in the Phase 2 study": news's wording
    # (what the trial was of may stand between: "The late-stage study of the compound tested 1,234 adults")
    rx.compile(rf"(?=[st])\b(?:trial|study)\s+(?:of\s+[^.;,()]{{1,40}}?\s+)?(?:evaluated|studied|tested|followed|examined)\s+(?:about\s+|approximately\s+|some\s+)?"
               rf"{NUM}\s+(?:[\w-]+\s+){{0,2}}?{WHO}\b(?!\s+for\s+eligibility)", re.I),
    rx.compile(rf"(?=[t])\bthere\s+(?:were|are)\s+(?:only\s+|just\s+)?{NUM}\s+(?:[\w-]+\s+){{0,2}}?{WHO}\s+(?:enrolled\s+)?in\s+"
               r"(?:[\w'’-]+\s+){0,4}?(?:trial|study)\b", re.I),
    # "a consecutive sample of 31 patients with X": an abstract's description of those studied; "The sample comprised
    # 612 participants"
    # (or the population analysed: "The intent-to-treat population comprised 88 patients")
    rx.compile(rf"(?=[cps])\b(?:sample\s+(?:of|comprised|consisted\s+of)|(?:population|cohort)\s+(?:comprised|consisted\s+of))"
               rf"\s+{NUM}\s+(?:[\w-]+\s+){{0,2}}?{WHO}\b", re.I),
    # "180 of the planned 240 patients were enrolled": those enrolled, not the target
    rx.compile(rf"(?<![\w-]){NUM}\s+of\s+(?:the\s+|a\s+)?(?:planned|targeted|intended|expected|target\s+of)\s+[\d,]{{1,9}}\s+"
               rf"(?:[\w-]+\s+){{0,2}}?{WHO}\s+(?:were\s+|had\s+been\s+)?(?:enrolled|randomi[sz]ed|recruited)\b", re.I),
    # "Of 27 patients enrolled, 24 were eligible": those enrolled, before the part of them a sentence goes on to
    # (or who entered, from where they came: "Of 4,000 adults from the parent trials who entered ZETA-X, 3,500 ...")
    rx.compile(rf"(?=[o])\bof\s+(?:the\s+)?{NUM}\s+(?:[\w-]+\s+){{0,2}}?{WHO}\s+(?:from\s[^,;.()]{{1,40}}?\s)?"
               r"(?:who\s+(?:were\s+)?)?(?:enrolled|randomi[sz]ed|recruited|accrued|registered|entered(?!\s+(?:the\s+)?screening)"
               r"|randomly\s+(?:assigned|allocated))\b", re.I),
    # "All 34 adults completed the study", "All participants (N = 34; 52% women) completed ...": everyone enrolled
    rx.compile(rf"(?=[Aa])\ball\s+{NUM}\s+{WHO}\s+(?:completed|received|underwent|were\s+(?:treated|dosed|enrolled|included))\b",
               re.I),
    rx.compile(rf"(?=[Aa])\ball\s+{WHO}\s+\(\s*N\s*=\s*{NUM}\b[^()]{{0,80}}\)\s+(?:completed|received|underwent|were\s+"
               r"(?:treated|dosed|enrolled|included))\b", re.I),
    # "Enrolment was completed in 2030, with 654 participants at around 90 sites"
    rx.compile(rf"(?=[e])\benrol(?:l)?ment\b[^.;]{{0,30}}?\b(?:completed|closed|finished)\b[^.;]{{0,40}}?\bwith\s+{NUM}\s+{WHO}\b", re.I),
    # "In total, 321 men received the infusion", "A total of 240 adults were given XY-123"
    rx.compile(rf"(?=[ai])\b(?:in\s+total,?|a\s+total\s+of)\s+{NUM}\s+(?:[\w-]+\s+){{0,2}}?{WHO}\s+(?:received|were\s+given|got|"
               r"were\s+treated|were\s+dosed)\b", re.I),
    # "... of XY-123 in 230 moderate to severe zeta patients": those a trial of the drug took, named by how ill (the
    # words before whom more than "in 40 adults" allows)
    rx.compile(rf"(?=[est])\b(?:trial|study|efficacy|safety|tolerability)\s+of\s+[^.;,()]{{1,60}}?\sin\s+{NUM}\s+(?:mild|moderate|severe)"
               rf"(?:(?:\s|-)to(?:\s|-)(?:moderate|severe))?\s+(?:[\w'’-]+\s+){{0,3}}?{WHO}\b", re.I),
    # "we administered a single dose of XY-123 (...) to 48 men with X": those the drug was given to, in an abstract
    rx.compile(rf"(?=[Ww])\b[Ww]e\s+administered\s+(?:[^.;()]|\([^()]{{0,120}}\)){{1,160}}?\sto\s+(?:a\s+total\s+of\s+)?{NUM}\s+"
               rf"(?:[\w-]+\s+){{0,2}}?{WHO}\b"),
    # "Of 5,432 patients in this comparison, 1,811 were assigned to ...": the whole before its parts
    rx.compile(rf"(?=[o])\bof\s+(?:the\s+)?{NUM}\s+(?:[\w-]+\s+){{0,2}}?{WHO}(?:\s+in\s+(?:the|this)\s+(?:trial|study|comparison))?"
               rf",\s+{NUMBER}\s+(?:were|was)\s+(?:assigned|randomi[sz]ed|allocated)", re.I),
    # "140 of the 160 women (87.5%) completed the 30-day study": those who started it
    rx.compile(rf"\b{NUMBER}\s+of\s+(?:the\s+)?{NUM}\s+{WHO}\s+(?:\([^()]{{1,20}}\)\s+)?completed\s+the\s+(?:[\w-]+\s+){{0,2}}?"
               r"(?:trial|study)\b", re.I),
    # "Of 150 people screened, 108 were enrolled", "1190 patients were screened for eligibility, of whom 412 were enrolled"
    rx.compile(rf"\b(?:screened|assessed)\b[^.;]{{0,40}}?,\s+(?:of\s+whom\s+)?{NUM}\s+(?:were|was)\s+(?:enrolled|randomi[sz]ed|randomly assigned|included)", re.I),
    # "a 318-subject Phase 2 clinical trial", "its 52 patient Phase 3 ZETA study": the trial's size as its adjective
    # (not "a 12-patient cohort of the trial": the words between name the trial, not a part of it)
    rx.compile(rf"(?=[aiot])\b(?:an?|the|its|their|this|our)\s+{NUM}[- ](?:{'|'.join(SIZED)})s?[- ](?:(?!(?:of|in|from|and|or|with)\b)[\w/-]+\s+){{0,4}}?(?:trial|study)\b",
               re.I),
    # "Of 1,240 randomized patients, ...", "388 participants randomized and treated", "5210 were randomly assigned:
    # 2604 to A and 2606 to B" (who entered, then its part or its groups)
    rx.compile(rf"(?=[o])\bof\s+(?:the\s+)?{NUM}\s+(?:randomi[sz]ed|enrolled|treated)\s+{WHO}\b", re.I),
    rx.compile(rf"(?<![\w-]){NUM}\s+(?:[\w-]+\s+){{0,2}}?{WHO}\s+randomi[sz]ed\s+and\s+(?:treated|dosed)\b", re.I),
    # "a total of 2,140 randomly assigned adults took part", "with 320 patients randomized to either A or B" (or
    # "enrolled": "With 320 adults enrolled in the trial, ..."):
    # those who entered, the allocation's participle beside them
    rx.compile(rf"(?=[a])\ba\s+total\s+of\s+{NUM}\s+(?:randomly\s+(?:assigned|allocated)|randomi[sz]ed)\s+{WHO}\b",
               re.I),
    rx.compile(rf"(?=[w])\bwith\s+(?:a\s+total\s+of\s+|about\s+|approximately\s+)?{NUM}\s+(?:[\w-]+\s+){{0,2}}?{WHO}\s+"
               r"(?:(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))\s+(?:to|in)\b|enrolled\b(?!\s+(?:in|into)\s+(?:the\s+)?"
               r"(?:extension|sub-?study|open-label)))", re.I),
    rx.compile(rf"(?<![\w-]){NUM}\s+were\s+(?:randomly\s+assigned|randomi[sz]ed)\s*+[:,]?\s*+\d[\d,]*\s+to\b", re.I),
    # the size a trial under way or about to start is planned to have, as a registry's estimated enrollment, where the
    # trial itself is the subject: "The trial will enrol around 96 participants", "ZETA-3 is expected to enroll
    # approximately 400 adults", "90 subjects will be randomized" (not another trial's plan: "A larger trial plans to
    # enrol 600", "The company plans to enrol 600 adults in a new trial")
    rx.compile(rf"(?=[tTo]|[A-Z])(?:{TRIAL_ITSELF})(?:\s+\([^()]{{1,40}}\))?\s+{PLANS_TO}\s+(?:enrol{{1,2}}|recruit|randomi[sz]e|"
               rf"include)\s+(?:{ABOUT}\s+)?{NUM}\s+{WORDS_BEFORE_WHO}{WHO}\b", re.I),
    rx.compile(rf"(?<![\w-]){NUM}\s+{WORDS_BEFORE_WHO}{WHO}\s+will\s+be\s+(?:enrolled|recruited|randomi[sz]ed|"
               r"randomly\s+(?:assigned|allocated))\b", re.I),
]
# the readings of those a study looked at, not those a trial enrolled: in a document that analyses a trial's data
# ("Post hoc analysis of data from the ZETA trial. We studied 412 adults grouped by weight") they count the analysis's
STUDIED_READINGS = [  # (each tried after ENROLLED)
    # an abstract's "The study included 64 previously untreated obese adults", "We studied 14 healthy adults",
    # "Overall, the study comprised 212 adults", "This trial was conducted on 48 adults": the study (or its authors) as
    # the subject
    # (or its cohort or population: "The study cohort included 3,000 participants")
    rx.compile(rf"(?=[stWw])\b(?:study|trial|[Ww]e)\s+(?:(?:cohort|population)\s+)?(?:(?:prospectively|retrospectively)\s+)?"
               rf"(?:included|comprised|consisted\s+of|enrolled|recruited|studied|involved|(?:was|were)\s+(?:conducted|performed|"
               rf"carried\s+out)\s+(?:on|in|among))\s+(?:a\s+total\s+of\s+)?{NUM}\s+(?:[\w-]+\s+){{0,5}}?{WHO}\b"),
    # "Healthy subjects (N = 33) were studied over two weeks", "Forty adults were studied at two centres": those
    # studied, counted
    rx.compile(rf"\b{WHO}\b[^.;()]{{0,40}}\(\s*[nN]\s*=\s*{NUM}\s*\)\s+(?:were|was)\s+(?:studied|evaluated|investigated)\b", re.I),
    rx.compile(rf"^\s*{NUM}\s+(?:[\w-]+\s+){{0,2}}?{WHO}\s+were\s+studied\b", re.I),
    # "Adults (N=96) were allocated to ...", "findings in adults with zeta disease (N = 96; ...)": a capital N
    # in a bracket after those studied, the whole trial's count (a small n counts a group)
    rx.compile(rf"^\s*{WHO}\s\((?-i:N)\s?=\s?{NUM}\)\s+were\s+(?:randomly\s+)?(?:assigned|randomi[sz]ed|allocated|enrolled)\b",
               re.I),
    rx.compile(rf"\b(?:in|of|among)\s+{WHO}\s+with\s+[^.;()]{{3,60}}?\s\((?-i:N)\s?=\s?{NUM}\s*[;,)]", re.I),
]
ANALYSIS_OF_TRIAL = re.compile(r"\b(?:post[- ]hoc|secondary|pooled|ancillary|retrospective)\s+analys[ie]s\s+of\b|\bsub-?study\b",
                               re.I)
# every reading of an enrollment names the people or the field: a cheap gate before the patterns. (Its words are
# grouped by first letter: at a word's start re tries one group, not twenty words; prefilter.compile gives re the
# first letters to skip the other positions by.)
ENROLLED_CUE = rx.compile(rf"\b(?:{rx.alternation(PEOPLE_WORDS + STUDIED + SIZED)}|enrol\w*|screened|assessed|randomly)\b"
                          r"|\(\s?[Nn]\s?=", re.I)
SEX_WORDS = ["men", "males", "male", "women", "females", "female", "boys", "girls"]
SEX = rf"(?:{'|'.join(SEX_WORDS)})"
SEX_CUE = rx.compile(rf"\b(?:{rx.alternation(SEX_WORDS)})\b", re.I)
# one sex counted alone: "612 (41.5%) participants were women", "88 patients (37 female)"
ONE_SEX = rx.compile(rf"""(?<![\w.-])(?P<a>\d[\d,]{{0,8}})\s+(?:\(\s?\d{{1,3}}(?:\.\d{{1,2}})?\s?%\)\s+)?(?:(?:of\s+the\s+)?(?:[\w'’]+\s+){{0,2}}?{PEOPLE}\s+(?:(?!who\b)[\w'’]+\s+){{0,3}}?)?were\s+
    (?P<sa>women|men|female|male)\b|\((?P<b>\d[\d,]{{0,8}})\s+(?P<sb>women|men|females?|males?)\)""", re.I | re.X)
SEXES = rx.compile(rf"\b(?P<a>{NUMBER})\s+(?:were\s+)?(?P<sa>{SEX})(?:\s+and|,)\s+(?P<b>{NUMBER})\s+(?:were\s+)?(?P<sb>{SEX})\b", re.I)
AGE_CUE = rx.compile(r"(?=[anoy≥])(?:\b(?:age[ds]?|years?\s+(?:old|of\s+age)|older|no\s+older)\b|≥\s?\d{1,3}\s?(?:years?|yrs?)\b)", re.I)
# a sentence that may allocate arms: each form apart, with its own prefilter (as one alternation, the literals of its
# last form, "the" of "in the ... arm", were all it required: it was searched in nearly every sentence, ~6 us each)
ARM_CUE = rx.AnyOf(
    rx.compile(rx.starts_with(["random", "assigned", "allocated", "received", "dose", "divided", "split", "either", "treated"])
               + r"\b(?:randomi[sz]\w*|randomly|random\s+(?:assignment|allocation)|assigned|allocated|received|treated\s+with|"
                 r"dose[- ](?:cohorts|groups|levels|arms)|(?:divided|split)\s+into|either)\b",
               re.I),
    rx.compile(r"[(,;:]\s*[nN]\s*=|(?<=[A-Za-z])\s[nN]\s?=\s?\d", re.I),      # (or bracketless: "..., XY n = 54")
    rx.compile(r"\(\d{1,6}\s(?:intervention|control)\b", re.I),    # ("412 (207 intervention, 205 control) patients")
    rx.compile(r"\b\d{1,6}\s(?:were\s)?in\s(?:cohort|group|arm|part)\s(?:\d|[A-Z])\b", re.I),   # ("69 in cohort 1, ...")
    # ("64 were in the 30-mg group, 61 in the 15-mg group")
    rx.compile(r"(?<![\w.])\d{1,6}\s(?:[a-z-]{2,20}\s){0,2}in\sthe\s[^,;:.()]{1,40}?\s(?:group|arm|cohort)\b"),
    rx.compile(r"(?=[eftT])\b(?:two|three|four|five)\s+doses\s*\(", re.I),       # ("all three doses (3 mg, 9 mg, 27 mg) of")
    # ("the trial comprised four treatment groups: A; B; ...")
    rx.compile(r"(?=[eftsT2-6])\b(?:two|three|four|five|six|[2-6])\s+(?:treatment\s+|study\s+)?(?:groups|arms)\s?:", re.I),
    DRUG_DOSES,                                            # ("XY-123 25 and 50 mg ... compared to placebo")
    DOSES_LISTED,                                          # ("XY-123 20 mg, 40 mg or 80 mg, or placebo")
    GIVEN_LEVELS,                                          # ("received low, middle or high doses of XY-123")
    rx.compile(rf"\(\d[\d,]*\s+{PEOPLE}\)", re.I),
    rx.compile(r"(?<![\d,])\d[\d,]*+\s++in\s+the\s+[\w-]+\s+(?:arm|group)\b", re.I),
    rx.compile(rf"(?<![\d,.])\d{{1,5}}\s+{PEOPLE}\s*+\(\s*+\d", re.I),       # "90 patients (44 for A, 46 for B)"
    # ("41 adults were given XY-123, and 19 adults were on placebo")
    rx.compile(r"(?<![\d,.])\d{1,5}\s(?:[a-z-]{2,20}\s){0,2}(?:were|was)\s(?:given|on)\s", re.I),
    rx.compile(r"(?=[ait])\b(?:analy[sz]ed|included|treated)\s*+\([^()]{1,40}:\s*+\d", re.I),   # "analyzed (A: 44; B: 46)"
    rx.compile(r"(?=[o])\bof\s(?:whom|these)\s\d[\d,]*+\s*+\([^()]{1,40}:\s*+\d", re.I),   # "of whom 90 (A: 44; B: 46)"
    GROUP_LABEL_N)                 # a bracket that labels the group just described: "(group X)", "(ZA + PL)"
# a line that may be one of a list of arms: a short head ending at a colon, a parenthesis or the line's end. The head
# is taken whole (possessive): a shorter one ends at a character of the head itself, which no ending is, so giving
# back characters (60 tries on every long sentence, as it has no literal to gate it) finds nothing more
ARM_LINE_CUE = rx.compile(r"^[^:.;()]{1,60}+(?:[:(]|$)")
TABLE_ARM_CUE = rx.compile(r"^[^.;:]{1,60}$")     # (a table's cell: one short line)
ARM_LIST_REACH = 8                   # lines of a list of arms looked back over for the line that opens it
# what a trial has one of: the first the text states is kept
FUNCTIONAL = frozenset({T.enrollment, T.male, T.female, T.ageMin, T.ageMax, T.ageMean, T.ageMedian,
                        T.eligibleAgeMin, T.eligibleAgeMax, T.armSize})


# the first part of a ratio: "1 in | 5 patients", "one out of | 3 adults"
RATIO_BEFORE = rx.compile(r"(?<![\w.-])(?:\d{1,3}|one|two|three|four)\s(?:in|out\sof)\s$", re.I)


# a count of the first ones, a part of those enrolled: "The first | 15 participants were enrolled"
FIRST_BEFORE = rx.compile(r"\bfirst\s+$", re.I)
# each arm's count of those who received it: "281 patients received A, and 286 patients received B"
ARM_RECEIVED = rx.compile(rf"(?<![\d,.])\d[\d,]*\s+(?:{PEOPLE}\s+)?received\b", re.I)


def one_arms_count(text: str, m: re.Match) -> bool:
    """Is the count ``m`` read one of two or more arms' counts of who received what ("281 received A, and 286 ...",
    "493 were randomized to A and 166 to B"; not "Of 600 patients, 400 were assigned to A and 200 to B")?"""
    counts = list(ARM_RECEIVED.finditer(text))
    return (len(counts) >= 2 and any(c.start() == m.start("num") for c in counts)) or \
        (bool(NEXT_ARMS_COUNT.match(text, m.end())) and not any(c.isdigit() for c in text[m.end("num"):m.end()]))


# after "N were randomized": "| to A and 166 to B", "| to A, 166 to B", "were assigned | A, 99 to B" (N is the first
# arm's count, not everyone's)
NEXT_ARMS_COUNT = re.compile(r"(?<!\s)\s++(?:to\s++[^,;.()]{1,40}?(?:,\s*+|\s++)"
                             r"|(?!(?:from|in|at|on|over|between|during|across|within|for|by|with|aged|who|and)\b)"
                             r"(?![\d(])[^,;.()]{1,40}?,\s*+)(?:and\s++)?(?!(?:19|20)\d\d\b)\d[\d,]{0,6}\s++(?:[\w-]{1,20}\s++)?to\s")


# each trial's size, in the order the sentence names the trials: "ZETA-1 and ZETA-2 enrolled | 212 and 198 | patients,
# respectively"
SIZES_RESPECTIVELY = rx.compile(r"(?=[eir])\b(?:enrolled|included|randomi[sz]ed)\s++(?P<nums>\d[\d,]{0,6}(?:\s*+,\s*+\d[\d,]{0,6}){0,2}"
                                r",?\s++and\s++\d[\d,]{0,6})\s++[\w\s-]{0,30}?,?\s*+respectively\b", re.I)


def sizes_respectively(view: View) -> list[Hit] | None:
    """Each trial's enrollment where a sentence gives the trials it names their sizes in turn; [] where the numbers
    do not pair with the trials it names; None where it gives none so."""
    m = SIZES_RESPECTIVELY.search(view.text) if "respectively" in view.text else None
    if m is None:
        return None
    order = list(dict.fromkeys(c.trial for c in view.ctx.clauses[view.index])) if view.ctx.trials else []
    nums = [number(x) for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("nums").strip()) if x]
    if len(order) != len(nums) or len(nums) < 2 or None in nums:
        return []
    return [Hit(view.ctx.trial_entities[k], int(n), m.start(), m.end()) for k, n in zip(order, nums)]


# a trial's size in brackets right after its name: "in both ZETA-1 (N=410) and ZETA-2 (N=415)"
SIZE_AFTER_NAME = re.compile(rf"\s?\(\s*[Nn]\s*=\s*{NUM}\s*\)")


def sizes_after_names(view: View) -> list[Hit]:
    """Each trial's enrollment where the sentence gives it in brackets right after the trial's name or id."""
    text, ctx = view.text, view.ctx
    if "=" not in text or not ctx.trials:
        return []
    hits = []
    for k, at in trial_names_in(text, ctx):
        size = SIZE_AFTER_NAME.match(text, at.end())
        if size and (n := number(size.group("num"))) is not None:
            hits.append(Hit(ctx.trial_entities[k], int(n), at.start(), size.end()))
    return hits


def trial_names_in(text: str, ctx) -> Iterator[tuple[int, re.Match]]:
    """(index of the trial, the match) of each place ``text`` writes a trial's name or id as a whole word."""
    for k, trial in enumerate(ctx.trials):
        for written in filter(None, (trial.name, *trial.ids)):
            for at in re.finditer(rf"(?<![\w-]){re.escape(written)}(?![\w-])", text):
                yield k, at


# a trial's count right before its name: "(| 402 in | ZETA-1 and 428 in ZETA-2)"
COUNT_IN_BEFORE = re.compile(rf"(?<![\w.,]){NUM}\s(?:(?:patients|participants|subjects|adults|children)\s)?(?:in|from)\s(?:the\s)?$")


def sizes_before_names(view: View) -> list[Hit]:
    """Each trial's enrollment where the sentence gives two or more trials' counts, each right before the trial's name
    or id ("The two trials took in 830 adults in all (402 in ZETA-1 and 428 in ZETA-2)"); else []."""
    text, ctx = view.text, view.ctx
    if len(ctx.trials) < 2 or " in " not in text:
        return []
    hits = []
    for k, at in trial_names_in(text, ctx):
        size = COUNT_IN_BEFORE.search(text, max(0, at.start() - 40), at.start())
        if size and (n := number(size.group("num"))) is not None:
            # (the span opens on the name: the clause the count stands in may open on the trial before)
            hits.append(Hit(ctx.trial_entities[k], int(n), at.start(), at.end()))
    return hits if len({id(h.subject) for h in hits}) >= 2 else []


# a count of people "in" whom something was found, as a result gives one per group: "in 7 patients ... and in 25"
IN_PEOPLE = rx.compile(rf"(?=[i])\bin\s+{NUM}\s+(?:[\w-]+\s+){{0,2}}?{WHO}\b", re.I)
# the share a count is given with, right after it: "in 53 patients | (33.5%)"
SHARE_AFTER_COUNT = re.compile(r"(?<!\s)\s*+\(\s*+\d{1,3}(?:\.\d{1,2})?\s*+%\s*+\)")


# the words that may say whose a count of people is before the group it is in: "in 4 newborns | of mothers | in the XY group"
OF_WHOM = re.compile(r"\s(?:of|with|from|born\sto)\s(?:[\w-]+\s){1,3}?(?=in\sthe\s)")


def in_arm_after(text: str, end: int) -> bool:
    """Whether a count of people ending at ``end`` is said of one group: "in 6 adults | in the XY group", "in 4
    newborns | of mothers in the XY group".

    >>> in_arm_after("in 4 newborns of mothers in the XY group", 13), in_arm_after("in 4 newborns of mothers", 13)
    (True, False)
    """
    whom = OF_WHOM.match(text, end)
    return E.IN_ARM.match(text, whom.end() if whom else end + 1) is not None


# a structured abstract's heading on a line of its own, and the count of those studied that opens the next line:
# "PATIENTS" | "140 adult patients scheduled for zeta surgery."
HEADING_LINE = re.compile(STUDIED_HEADING, re.I)
COUNT_OPENS = rx.compile(rf"^(?:a\s+total\s+of\s+)?{NUM}\s+{WORDS_BEFORE_WHO}{WHO}\b", re.I)


def counted_under_heading(view: View) -> Hit | None:
    """The count that opens a line right after a heading line that names those studied, else None."""
    i = view.index
    before = view.ctx.sentences[i - 1] if i else None
    if before is None or before.line == view.ctx.sentences[i].line or not HEADING_LINE.fullmatch(before.text):
        return None
    m = COUNT_OPENS.search(view.text)
    return Hit(view.trial, int(number(m.group("num"))), m.start(), m.end()) if m and number(m.group("num")) else None


def enrollment(view: View):
    if (headed := counted_under_heading(view)) is not None:
        yield headed                         # ("PATIENTS" | "140 adult patients ...")
        return
    if (each := sizes_respectively(view)) is not None:
        yield from each                      # ("enrolled 212 and 198 patients, respectively": each trial's, or none)
        return
    if named := sizes_after_names(view) or sizes_before_names(view):
        yield from named                     # ("ZETA-1 (N=410) and ZETA-2 (N=415)", "(402 in ZETA-1 and 428 in
        return                               # ZETA-2)": each trial's, by its name; not the total)
    if COUNTED_BEFORE_PEOPLE.search(view.text):
        return                               # ("36 XY-123 and 18 placebo patients were randomized": the arms' counts)
    sexes = SEXES.search(view.text)
    studied = [] if analyses_a_trial(view.ctx) else STUDIED_READINGS
    for pattern in (*ENROLLED, *studied):
        m = pattern.search(view.text)
        if m and RATIO_BEFORE.search(view.text, max(0, m.start("num") - 16), m.start("num")):
            continue                         # "1 in 7 patients with X will develop Y": a share, no one enrolled
        if m and GROUP_SUBJECT_BEFORE.search(view.text, max(0, m.start() - 30), m.start()):
            continue                         # "Arm 1 included 28 adults taking X": one group's make-up
        if m and (FIRST_BEFORE.search(view.text, max(0, m.start("num") - 12), m.start("num")) or one_arms_count(view.text, m)
                  or any(a.start == m.start("num") for a in joined_counts(view.text, names_of(view)))):
            continue                         # "the first 15 participants"; "281 received A, and 286 received B" (or "were
            #                                  treated with"): arms
        if m and pattern is ENROLLED[2] and (SHARE_AFTER_COUNT.match(view.text, m.end()) or
                                             in_arm_after(view.text, m.end()) or    # ("| in the XY group")
                                             len(IN_PEOPLE.findall(view.text)) > 1):
            continue                         # "... and in 53 patients (33.5%) in the B group": a result's count (and
            #                                  counts "in 7 patients ... and in 25 patients": a result's by group)
        if m and number(m.group("num")) and not (sexes and m.start() >= sexes.start()):
            hedge = cues.HEDGE.search(view.text, 0, m.start())
            if hedge:                        # "plans to enrol 300": a hedge governs what follows it
                return
            yield Hit(view.trial, int(number(m.group("num"))), m.start(), m.end())
            return


# a group named as the subject right before the verb that counts people: "| Arm 1 | included 28 adults ..."
# (not the whole study's: "The study cohort included 3,000 participants")
GROUP_SUBJECT_BEFORE = re.compile(r"\b(?:[Aa]rm|[Gg]roup|[Cc]ohort)\s(?:[A-Z0-9]{1,3}|[IVX]{1,3})\s$|"
                                  r"\b(?:the\s)?(?!(?:study|trial|total|whole|entire|overall|full)\s)[\w-]{1,20}\s"
                                  r"(?:arm|group|cohort)\s$", re.I)


def analyses_a_trial(ctx) -> bool:
    """Does the document say it analyses a trial's data (a post hoc analysis, a substudy)?"""
    return ctx.cached(("analyses a trial",), lambda: any(ANALYSIS_OF_TRIAL.search(s.text) for s in ctx.sentences[:6]))


def sexes(view: View):
    m = SEXES.search(view.text)
    if m is None:
        yield from one_sex(view)
        return
    a, b = number(m.group("a")), number(m.group("b"))
    if a is None or b is None or m.group("sa")[0].lower() == m.group("sb")[0].lower():
        return
    if SCALED.search(m.group()) or AFFECTS_BEFORE.search(view.text, max(0, m.start() - 30), m.start()):
        return                            # "it affects 6 million men and 3 million women": a disease's reach
    first_male = m.group("sa").lower()[0] in "mb"
    yield Hit(view.trial, int(a if first_male else b), m.start(), m.end(), T.male)
    yield Hit(view.trial, int(b if first_male else a), m.start(), m.end(), T.female)
    if not any(p.search(view.text) for p in ENROLLED):
        yield Hit(view.trial, int(a + b), m.start(), m.end(), T.enrollment)


# a count in millions is no trial's people; "affects (more than)" before a count gives a disease's reach
SCALED = rx.compile(r"\b(?:million|billion)\b", re.I)
AFFECTS_BEFORE = rx.compile(r"\b(?:affects?|affecting|afflicts?|strikes|burdens)\s+(?:more\s+than\s+|over\s+|about\s+|"
                            r"nearly\s+|some\s+|an\s+estimated\s+)?$", re.I)
# a sentence that says how common a disease is among people of some ages, not whom the trial took: "About 60% of women
# aged 15 to 44 have ...", "It affects 1 in 500 children aged 5 to 12"
PREVALENCE = rx.compile(r"""(?=[\dpaoe])(?:\b\d{1,3}(?:\.\d{1,2})?\s?(?:%|percent)\s+of\b|\bprevalence\b|\baffects?\b|\bone\s+in\s+\d
    |\b\d{1,3}\s+in\s+\d{1,3}(?:,\d{3})*\b)[^.;]{0,120}?\b(?:suffer|have|has|experience|are\s+affected|develop|live\s+with|affects?)\b""",
                        re.I | re.X)


def ages(view: View):
    if PREVALENCE.search(view.text) and not cues.ENROLMENT_WORD.search(view.text):
        return                              # "60% of women aged 18 to 40 suffer from ...": who has the disease
    for a in find_ages(view.text):
        low, high = (T.eligibleAgeMin, T.eligibleAgeMax) if a.kind == "eligible" else (T.ageMin, T.ageMax)
        if a.low is not None:
            yield Hit(view.trial, a.low, a.start, a.end, low)
        if a.high is not None:
            yield Hit(view.trial, a.high, a.start, a.end, high)
    for s in age_stats(view.text):
        yield Hit(view.trial, s.value, s.start, s.end, T.ageMedian if s.stat == "median" else T.ageMean)


def one_sex(view: View):
    """The count of one sex among those enrolled ("612 (41.5%) participants were women", "88 patients (37 female)"),
    in a sentence that counts who entered; the other is not worked out."""
    m = ONE_SEX.search(view.text)
    if m is None or not cues.ENROLMENT_WORD.search(view.text) and not m.group("a"):
        return
    n, sex = (m.group("a"), m.group("sa")) if m.group("a") else (m.group("b"), m.group("sb"))
    count = number(n)
    if count is not None:
        yield Hit(view.trial, int(count), m.start(), m.end(), T.male if sex.lower().startswith(("m", "b")) else T.female)


def names_of(view: View) -> tuple[Name, ...]:
    """The therapies a sentence names, as :mod:`kg.text.arms` reads them (made once per sentence), with the document's
    one therapy where doses are given "of treatment" (:func:`~kg.text.arm_parts.dosed_stand_ins`)."""
    def make():
        named = tuple(Name(*view.span(m), m.label) for m in view.of_kind("drug", "therapy"))
        main = view.ctx.main_therapy
        return tuple(sorted(named + dosed_stand_ins(view.text, main), key=lambda n: n.start)) if main else named
    return view.ctx.cached(("arm names", view.index), make)


def arm_hits(view: View, arm: Arm):
    """The facts of one arm: the trial has it, its label (its therapy as the text writes it), its size and its
    interventions."""
    label = arm_as_written(view.ctx, arm.label)
    # (an arm named by a generic word is given the trial's one treatment, and named by it: "the intervention group
    # (n=57)", "the experimental arm")
    main = own_treatment(view.ctx) if not arm.interventions and GENERIC_ARM.fullmatch(label.lower()) else None
    label = arm_as_written(view.ctx, main) if main else label
    entity = Entity("Arm", label, scope=view.trial.key)
    yield Hit(view.trial, entity, arm.start, arm.end, T.hasArm)
    yield Hit(entity, label, arm.start, arm.end, T.armLabel)
    if arm.n is not None:
        yield Hit(entity, arm.n, arm.start, arm.end, T.armSize)
    if not arm.interventions and NUMBERED_COHORT.fullmatch(label) and view.ctx.main_therapy in view.ctx.therapies:
        main = view.ctx.main_therapy    # ("69 in cohort 1": a cohort of the trial's therapy; a numbered group may be
        #                                 the control)
    for label in arm.interventions or ((main,) if main else ()):
        known = view.ctx.therapies.get(label)
        yield Hit(entity, Entity("Therapy", label, ids=known.ids if known else ()), arm.start, arm.end, T.armIntervention)


# an arm named by a generic word for the treated group
GENERIC_ARM = re.compile(r"(?:the\s)?(?:intervention|experimental|treatment|active|treated)(?:\s(?:group|arm|cohort))?")


def allocated_arms(view: View):
    arms = find_arms(view.text, names_of(view), view.ctx.main_therapy)
    for arm in arms:
        yield from arm_hits(view, arm)
    other = other_of_pair(arms, view.ctx.main_therapy, lexicon_drugs(view.ctx))
    if other is not None:               # ("randomized to XY-123 or self-help material": what XY-123 was set against)
        label = RECEIVE_LEAD.sub("", arm_as_written(view.ctx, other.label))
        yield Hit(view.trial, Entity("Comparator", label), other.start, other.end, T.comparator)


def lexicon_drugs(ctx) -> frozenset[str]:
    """The labels of the drugs the lexicon names in the document (once a document)."""
    return ctx.cached(("lexicon drugs",), lambda: frozenset(m.label for ms in ctx.mentions for m in ms
                                                             if m.kind == "drug" and m.source == "lexicon"))


# the verb an allocated option's words may keep before its name ("or | to receive | zeta leaflets")
RECEIVE_LEAD = re.compile(r"^(?:to\s)?(?:receive|undergo|get)\s(?:an?\s|the\s)?", re.I)
# an arm's name that only says it is a group ("the control group"), which names no comparator's treatment
GROUP_WORDS_ONLY = re.compile(r"(?:the\s)?(?:control|comparison|comparator|usual|standard)?(?:\s?(?:group|arm|cohort))?",
                              re.I)


def other_of_pair(arms: list[Arm], main: str | None, drugs: frozenset = frozenset()) -> Arm | None:
    """The arm set against the document's main therapy, where an allocation spells out two and only one gives that
    therapy: the trial's comparator (placebo, usual care and the like are read as such elsewhere).

    >>> a = [Arm("XY-123", None, ("XY-123",), 0, 6), Arm("zeta leaflets", None, (), 10, 23)]
    >>> other_of_pair(a, "XY-123").label, other_of_pair(a[:1], "XY-123"), other_of_pair(a, "AB-7")
    ('zeta leaflets', None, None)
    """
    if len(arms) != 2 or main is None:
        return None
    given = [main in arm.interventions for arm in arms]
    if given.count(True) != 1:
        return None
    other = arms[given.index(False)]
    if GROUP_WORDS_ONLY.fullmatch(other.label) or STANDARD_COMPARATOR.search(other.label) \
            or NOT_CARE_NAME.search(other.label) or any(x in drugs for x in other.interventions):
        return None                     # (a drug set against another is read as the trial's active comparator)
    return other


# what no control's care is named by: a group's word ("Group B", "open group"), a place ("to the library"), "no X"
NOT_CARE_NAME = re.compile(r"\b(?:group|arm|cohort)\b|^(?:to|no|the)\b", re.I)


def counted_arms(view: View):
    """Arms counted as the people given each ("the 61 adults given XY-123 ..."), in a document that sets its therapy
    against a control or another therapy (in a single-arm study such a count is of its one group)."""
    arms = counted_given(view.text, names_of(view))
    if arms and (document_control(view.ctx) or len(view.ctx.allocated) == 2):
        for arm in arms:
            yield from arm_hits(view, arm)


def table_arms(view: View):
    """The arms a table copied as text heads (:mod:`kg.extractors.text_tables`), each with the size its cell below
    states ("XY-123 10 mg" / "(N=101)"): read at the arm's own cell."""
    for table in document_tables(view.ctx):
        for arm in table.arms:
            if arm.cell == view.index:
                therapy = next((m.label for m in view.of_kind("drug", "therapy")), None)
                yield from arm_hits(view, Arm(arm.label, arm.n, (therapy,) if therapy else (), 0, len(view.text)))


# a sentence that allocates patients to groups it names or counts: "randomly allocated to a treatment group and a
# control group", "divided into two groups"
GROUPS_ALLOCATED = rx.compile(r"(?=[adgr])\b(?:randomi[sz]ed|randomly|assigned|allocated|divided)\b[^.;]{0,80}?"
                              r"\b(?:groups?|arms?)\b", re.I)
GIVEN_CUE = rx.compile(rf"(?=[rwgu])\b{GIVEN_VERBS}\b")
ANNOUNCED_REACH = 3         # sentences looked back over for the one that allocated the groups


def given_arms(view: View):
    """The groups a sentence tells what each got ("The treatment group received XY-123 ... The control group received
    placebo"), after a sentence just before (or itself) that allocated patients to groups it spelt out no arms of."""
    arms = given_groups(view.text, names_of(view))
    if not arms:
        return
    ctx, i = view.ctx, view.index
    announced = next((k for k in range(i, max(-1, i - ANNOUNCED_REACH - 1), -1)
                      if GROUPS_ALLOCATED.search(ctx.sentences[k].text, 0, arms[0].start if k == i else
                                                 len(ctx.sentences[k].text))), None)
    if announced is None or (announced < i and spelt_arms(ctx, announced)):
        return
    each = each_size(ctx.sentences[announced].text, len(arms)) if all(a.n is None for a in arms) else None
    for arm in arms:                    # (with the size the allocation gave each group: "into two groups of 30 each")
        yield from arm_hits(view, with_main(replace(arm, n=int(each)) if each else arm, ctx.main_therapy))


# a comparison a trial's sentence may name its arms by: "comparing A with B", "trial of A versus B", "A and B were
# compared"
COMPARED_CUE = rx.compile(r"(?=[cCvVtTsSeE])\b(?:compar\w*|versus|vs\.?|(?:trial|study)\sof)\b", re.I)


def compared_design_arms(view: View):
    """The two arms a randomised trial's sentence says it compares ("a randomized study comparing XY-123 with AB-77"),
    in a document that spells out no arms otherwise."""
    arms = compared_arms(view.text, names_of(view))
    if not arms or allocates_arms(view.ctx):
        return
    for arm in arms:
        yield from arm_hits(view, with_main(arm, view.ctx.main_therapy))


# two groups named as a pair under one head: "between the A and B arms", "in the A and B treatment groups"
PAIRED_CUE = rx.compile(r"(?=[gac])\b(?:groups|arms|cohorts)\b", re.I)


def paired_arms(view: View):
    """The two arms a sentence names as a pair of groups ("alike in the placebo and XY-123 treatment groups"), in a
    parallel-group document that spells out no arms otherwise."""
    arms = paired_groups(view.text, names_of(view))
    if not arms or allocates_arms(view.ctx) or crosses_over(view.ctx):
        return
    for arm in arms:
        yield from arm_hits(view, with_main(arm, view.ctx.main_therapy))


def crosses_over(ctx) -> bool:
    """Does the document say it crossed over? (once a document)"""
    return ctx.cached(("crosses over",), lambda: any(cues.CROSSOVER.search(s.text) for s in ctx.sentences))


def chosen_arms(view: View):
    """The arms a sentence gives as what its people received, one therapy or another ("Patients received XY-123 or
    placebo"), in a randomised, parallel-group document that spells out no arms otherwise."""
    arms = choice_arms(view.text, names_of(view), view.ctx.main_therapy)
    if not arms or allocates_arms(view.ctx) or not randomised_parallel(view.ctx):
        return
    for arm in arms:
        yield from arm_hits(view, arm)


def dose_list_arms(view: View):
    """The arms a sentence names by listing doses of the document's therapy together ("evaluating XY-123 at 0.4 and
    1.2 mg/day"), and the document's one control, in a parallel-group document that sets its therapy against a control
    and spells out no arms otherwise."""
    ctx = view.ctx
    main = ctx.main_therapy
    if not main or not document_controls(ctx) or allocates_arms(ctx) or crosses_over(ctx):
        return
    arms = listed_dose_arms(view.text, names_of(view), main)
    control = document_control(ctx)
    for arm in arms + ([Arm(control, None, (), arms[0].start, arms[-1].end)] if arms and control else []):
        yield from arm_hits(view, arm)


def randomised_parallel(ctx) -> bool:
    """Does the document say it randomised, and never that it crossed over? (once a document)"""
    return ctx.cached(("randomised parallel",), lambda: any(RANDOMISED.search(s.text) for s in ctx.sentences)
                      and not crosses_over(ctx))


def allocates_arms(ctx) -> bool:
    """Does a sentence of the document spell out arms (:func:`~kg.text.arms.find_arms`)? (once a document)"""
    return ctx.cached(("allocates arms",), lambda: any(ARM_CUE.search(s.text) and spelt_arms(ctx, k)
                                                       for k, s in enumerate(ctx.sentences)))


# a count out of a total: "31 of 402", "31 out of 402"
OUT_OF_CUE = rx.compile(r"\d\s(?:of|out\sof)\s\d")


def out_of_arms(view: View):
    """Arms sized by the totals a result sentence counts them out of ("31 of 402 patients in the XY-123 group and 45 of
    398 in the placebo group"), in a randomised document that states no arm's size otherwise, where every sentence that
    so counts an arm gives it the same total."""
    ctx = view.ctx
    if not randomised_parallel(ctx) or states_sizes(ctx):
        return
    arms = sentence_arms(ctx, view.index, view.text) or []
    agreed = document_out_of_sizes(ctx)
    drugs = {m.label for m in view.of_kind("drug", "therapy")}
    for label, n in out_of_sizes(view.text, arms).items():
        start, end = next((a, b) for a, b, x in arms if x == label)
        if agreed.get(label) == n:
            yield from arm_hits(view, Arm(label, n, (label,) if label in drugs else (), start, end))


def states_sizes(ctx) -> bool:
    """Does a sentence of the document state an arm's size where it spells out its arms? (once a document)"""
    return ctx.cached(("states arm sizes",), lambda: any(ARM_CUE.search(s.text) and any(a.n is not None for a in spelt_arms(ctx, k))
                                                        for k, s in enumerate(ctx.sentences)))


def document_out_of_sizes(ctx) -> dict[str, int]:
    """Per arm, the total the document's result sentences count it out of, where they all give the same one."""
    def make():
        totals: dict[str, set[int]] = {}
        for k, s in enumerate(ctx.sentences):
            if OUT_OF_CUE.search(s.text):
                for label, n in out_of_sizes(s.text, sentence_arms(ctx, k, s.text) or []).items():
                    totals.setdefault(label, set()).add(n)
        return {label: next(iter(v)) for label, v in totals.items() if len(v) == 1}
    return ctx.cached(("out-of sizes",), make)


def listed_arm(view: View):
    """A line of a list of arms ("Control (n=10): observation") under a line that opens one ("Arms")."""
    ctx, i = view.ctx, view.index
    if i == 0 or ctx.sentences[i - 1].line == ctx.sentences[i].line:
        return
    arm = arm_line(view.text, names_of(view), ctx.main_therapy)
    if arm is None or not in_arm_list(ctx, i):
        return
    yield from arm_hits(view, arm)


def in_arm_list(ctx, i: int) -> bool:
    """Is line ``i`` one of the lines after a line that opens a list of arms, each of them an arm?"""
    j = i - 1
    while j >= 0 and i - j <= ARM_LIST_REACH:
        s = ctx.sentences[j]
        if opens_arm_list(ctx.masked[j]):
            return True
        first_of_line = j == 0 or ctx.sentences[j - 1].line != s.line
        if not first_of_line or arm_line(ctx.masked[j], ()) is None and not LINE_ARM.search(ctx.masked[j]):
            return False
        j -= 1
    return False


# a line of a list of arms that names a drug first ("XY-123 10 mg (n=40)", "N=40 XY-123 (10 mg)"): arm_line without
# the names reads only its shape
LINE_ARM = rx.compile(r"^[^:]{1,60}:\s|\(\s*[nN]\s*=|^\s*[nN]\s?=\s?\d")


ALL = (
    Rule("population.enrollment", T.enrollment, enrollment, confidence=0.7, cue=ENROLLED_CUE, hedged=True,
         examples=(Example("The trial enrolled 240 adults with mild asthma.", (("enrollment", "240"),)),
                   Example("In total, 96 patients were randomly assigned to two groups in the trial.", (("enrollment", "96"),)),
                   Example("In this randomized trial, we assigned 412 adults with gout to receive XY-123 or placebo.",
                           (("enrollment", "412"),)),
                   Example("In the trial, 58 type 2 diabetic adults were randomized.", (("enrollment", "58"),)),
                   Example("Acme reported results from its 318-patient Phase 3 ZETA trial.", (("enrollment", "318"),)),
                   Example("Acme reported results from a 52 subject Phase 2 clinical trial.", (("enrollment", "52"),)),
                   Example("Approval was sought on a randomised study involving only 14 patients.", (("enrollment", "14"),)),
                   Example("The trial evaluated 412 adults with gout, Acme said.", (("enrollment", "412"),)),
                   Example("There were just 38 patients in Acme's phase 2 study.", (("enrollment", "38"),)),
                   Example("Of 1,240 randomized patients in the trial, 88.1% completed it.", (("enrollment", "1240"),)),
                   Example("Of 312 patients randomly assigned in the trial, 290 completed it.", (("enrollment", "312"),)),
                   Example("In the trial there were 388 participants randomized and treated.", (("enrollment", "388"),)),
                   Example("In the trial, 5210 were randomly assigned: 2604 to XY-123 and 2606 to placebo.",
                           (("enrollment", "5210"),)),
                   Example("Number of patients: 2810 patients in the trial", (("enrollment", "2810"),)),
                   Example("A total of 604 patients with symptomatic gout that had not responded to at least two earlier "
                           "treatments over the previous year were randomized.", (("enrollment", "604"),)),
                   Example("Adults with gout (n = 146) who had failed two treatments were randomized in the trial.",
                           (("enrollment", "146"),)),
                   Example("Adults (n = 128) with gout and two failed treatments were randomized in the trial.",
                           (("enrollment", "128"),)),
                   Example("Of 310 people screened, 212 were enrolled at 14 sites.", (("enrollment", "212"),)),
                   Example("Adults with gout aged 30 to 65 years (n = 74) were randomized in the trial.",
                           (("enrollment", "74"),)),
                   Example("In the trial, 66 outpatients were randomly divided into two groups.", (("enrollment", "66"),)),
                   Example("The trial randomised 420 patients, with treatment planned for two years.",
                           (("enrollment", "420"),)),
                   Example("Patients: a consecutive sample of 31 adults with asthma took part in the trial.",
                           (("enrollment", "31"),)),
                   Example("Participants: Two hundred twelve adults aged 40 to 75 years with zeta fever, in the trial.",
                           (("enrollment", "212"),)),
                   # (a heading with no colon, or on a line of its own)
                   Example("A trial of XY-123. Participants 318 adults with zeta fever of more than a month.",
                           (("enrollment", "318"),)),
                   Example("A trial of XY-123.\n\nPATIENTS\n\n152 adult patients due for zeta surgery.",
                           (("enrollment", "152"),)),
                   Example("It was a randomized trial of 12,345 apparently healthy male physicians.", (("enrollment", "12345"),)),
                   Example("In the trial, of 43 patients enrolled, 39 were eligible.", (("enrollment", "43"),)),
                   Example("In the trial, a total of 320 adults with zeta fever were consecutively enrolled.",
                           (("enrollment", "320"),)),
                   Example("One hundred sixty-three patients were included in the trial.", (("enrollment", "163"),)),
                   # (the size a trial is planned to have, as a registry's estimated enrollment)
                   Example("The double-blind ZETA-2 trial of XY-123 will enrol around 84 participants at 12 sites.",
                           (("enrollment", "84"),)),
                   Example("The trial is expected to enroll approximately 250 adults with zeta fever.",
                           (("enrollment", "250"),)),
                   Example("In the ZETA-4 trial, 70 adults will be randomized to XY-123 or placebo.",
                           (("enrollment", "70"),)),
                   Example("The trial enrolled 118 ambulatory boys aged 5 to 9.", (("enrollment", "118"),)),
                   Example("In total, 321 men received the infusion in the trial.", (("enrollment", "321"),)),
                   Example("Enrolment in the trial was completed in 2030, with 654 participants at 90 sites.",
                           (("enrollment", "654"),)),
                   Example("Of 5,432 patients in this trial, 1,811 were assigned to XY-123.", (("enrollment", "5432"),)),
                   Example("In all, 140 of the 160 women (87.5%) completed the 30-day trial.", (("enrollment", "160"),)),
                   Example("The approval rests on a placebo-controlled study of 1,234 patients with gout.",
                           (("enrollment", "1234"),))),
         counterexamples=("Headache occurred in 17 children.", "A larger trial plans to enrol 600 adults.",
                          "In the trial, zeta illness arose within 60 days of delivery in 5 newborns of mothers in the "
                          "XY-123 group and 27 newborns of mothers in the placebo group.",
                          "A trial of XY-123. Patients 65 years and older were excluded.",
                          "A trial of XY-123.\n\nRESULTS\n\n152 adult patients had zeta pain.",
                          "In the trial, zeta mass fell at the wrist by 3 percent in men given XY-123.",
                          "In the trial, 412 subjects were randomized to XY-123 and 137 to placebo.",
                          "The first 15 participants were enrolled in the trial in groups of 5.",
                          "In the trial, 281 patients received XY-123, and 286 patients received AB-77.",
                          "In a 12-patient cohort of the trial, XY-123 helped.",
                          "In the trial, 150 patients were included in the primary analysis.",
                          "The disease of the trial affects roughly one in eight women.",
                          "Of those with the trial's disease, 1 in 7 patients will develop cirrhosis.",
                          "In the trial, 12 patients received rescue medication.",
                          "Of 310 people screened for the trial, most were excluded.")),
    Rule("population.sexes", T.male, sexes, confidence=0.8, cue=SEX_CUE, also=(T.female, T.enrollment),
         examples=(Example("The trial included 14 men and 9 women.", (("male", "14"), ("female", "9"))),
                   Example("Of those randomised, 301 were women and 199 were men.", (("male", "199"), ("female", "301"))),
                   Example("The trial randomized 50 patients (6 males, 44 females).", (("male", "6"), ("female", "44"))),
                   Example("Overall, 612 (41.5%) of the trial's participants were women.", (("female", "612"),)),
                   Example("In the trial, 88 patients (37 female) were enrolled.", (("female", "37"),))),
         counterexamples=("The drug helped both men and women.",)),
    Rule("population.ages", T.eligibleAgeMin, ages, confidence=0.8, cue=AGE_CUE,
         also=(T.eligibleAgeMax, T.ageMin, T.ageMax, T.ageMean, T.ageMedian),
         examples=(Example("Adults aged 21 to 70 years with chronic pain were enrolled.",
                           (("eligibleAgeMin", "21"), ("eligibleAgeMax", "70"))),
                   Example("The trial recruited 40 patients 16 years of age or older.", (("eligibleAgeMin", "16"),)),
                   Example("The trial included eight men and four women, ages 33 to 61 years.",
                           (("ageMin", "33"), ("ageMax", "61"))),
                   Example("In the trial, their median age was 57.5 years.", (("ageMedian", "57.5"),))),
         counterexamples=("The agency approved the drug for patients aged 12 years and older.",
                          "Children aged 6 to 24 months were enrolled in the study.",
                          "About 60% of women aged 18 to 40 years suffer from zeta pain, the trial's sponsor said.")),
    Rule("population.arms.allocation", T.hasArm, allocated_arms, confidence=0.7, cue=ARM_CUE, hedged=True,
         also=(T.armLabel, T.armSize, T.armIntervention, T.comparator),
         examples=(Example("In the trial, 90 patients were randomised: 60 to XY-123 and 30 to placebo.",
                           (("XY-123", "armSize", "60"), ("placebo", "armSize", "30"))),
                   # (the option set against the trial's therapy, where it names no drug and no standard control)
                   Example("In the trial, 300 adults were randomized to receive XY-123 or zeta leaflets.",
                           (("comparator", "zeta leaflets"),)),
                   Example("Participants were assigned 1:1 to XY-123 (n=48) or placebo (n=50).",
                           (("XY-123", "armIntervention", "XY-123"), ("placebo", "armSize", "50"))),
                   Example("The trial randomly assigned 80 patients, 40 to each group, to receive either XY-123 "
                           "or usual care.", (("usual care", "armSize", "40"), ("XY-123", "armSize", "40"))),
                   Example("Patients in the trial were randomly divided into the control group (n = 21) and the "
                           "yoga group (n = 23).", (("control", "armSize", "21"), ("yoga", "armSize", "23"))),
                   Example("The trial's analysis included 97 participants: placebo: n=33; XY-123: 10 mg: n=32; "
                           "30 mg: n=32.", (("placebo", "armSize", "33"), ("XY-123 30 mg", "armSize", "32"))),
                   Example("The trial enrolled 2,100 adults, of whom 2,010 (XY-123: 1,004; placebo: 1,006) were dosed.",
                           (("XY-123", "armSize", "1004"), ("placebo", "armSize", "1006"))),
                   Example("The trial randomised patients 2:1 to XY-123 or placebo.",
                           (("XY-123", "armIntervention", "XY-123"), ("placebo", "armLabel", "placebo"))),
                   Example("In the trial, XY-123 25 and 50 mg once daily cut zeta frequency versus placebo.",
                           (("XY-123 50 mg", "armIntervention", "XY-123"), ("placebo", "armLabel", "placebo")))),
         counterexamples=("The trial randomised patients 1:1:1 to XY-123, AB-77 or placebo.",
                          "XY-123 25 and 50 mg tablets are sold to the trial's adults.",
                          "In the trial, 40 adults received 10 mg XY-123 or placebo.",
                          "Pain eased in the control group (n = 34).",
                          "Nausea occurred in 12 patients (n=12).")),
    Rule("population.arms.given", T.hasArm, given_arms, confidence=0.7, cue=GIVEN_CUE, hedged=True,
         also=(T.armLabel, T.armSize, T.armIntervention),
         examples=(Example("In the trial, adults were randomly allocated to a treatment group and a control group. The "
                           "treatment group received XY-123 for 8 weeks. The control group received placebo.",
                           (("XY-123", "armIntervention", "XY-123"), ("control", "armLabel", "control"))),
                   Example("In the trial, 40 adults were divided into two groups: Group A received XY-123 and "
                           "Group B received AB-77.", (("Group A", "armIntervention", "XY-123"),
                                                       ("Group B", "armIntervention", "AB-77")))),
         counterexamples=("In the trial, the control group received more rescue doses of XY-123.",
                          "All patients in the trial received XY-123. The treatment group received AB-77 too.")),
    Rule("population.arms.out_of", T.hasArm, out_of_arms, confidence=0.6, cue=OUT_OF_CUE, hedged=True,
         also=(T.armLabel, T.armSize, T.armIntervention),
         examples=(Example("In the trial, adults were randomized to XY-123 or placebo. Zeta flares occurred in 31 of 402 "
                           "patients in the XY-123 group and 45 of 398 patients in the placebo group.",
                           (("XY-123", "armSize", "402"), ("placebo", "armSize", "398"))),
                   Example("In the trial, adults were randomized to XY-123 or AB-77. More zeta failures came in the AB-77 "
                           "arm (9 of 61, 15%) than in the XY-123 arm (3 of 60, 5%).",
                           (("AB-77", "armSize", "61"), ("XY-123", "armSize", "60")))),
         counterexamples=("In the trial, 402 adults were randomized to XY-123 (n=201) or placebo (n=201). Zeta flares "
                          "occurred in 31 of 190 patients in the XY-123 group and 45 of 188 in the placebo group.",
                          "In the trial, adults were randomized to XY-123 or placebo. Zeta flares occurred in 31 of 402 "
                          "patients in the XY-123 group and 45 of 398 in the placebo group; zeta scars in 12 of 380 in "
                          "the XY-123 group and 20 of 377 in the placebo group.")),
    Rule("population.arms.compared", T.hasArm, compared_design_arms, confidence=0.6, cue=COMPARED_CUE, hedged=True,
         also=(T.armLabel, T.armIntervention),
         examples=(Example("We did a randomized, double-blind trial comparing XY-123 with AB-77 in 80 adults.",
                           (("XY-123", "armIntervention", "XY-123"), ("AB-77", "armIntervention", "AB-77"))),
                   Example("A randomized trial of XY-123 versus placebo was conducted in 40 adults.",
                           (("placebo", "armLabel", "placebo"),))),
         counterexamples=("No randomized trial has compared XY-123 with AB-77.",
                          "In this randomized crossover study, XY-123 and AB-77 were compared.",
                          "Two randomized trials comparing XY-123 with AB-77 were pooled.",
                          "In the randomized trial, adults were assigned to XY-123 (n = 40) or AB-77 (n = 40). We compared "
                          "XY-123 with placebo in a second, randomized study.")),
    Rule("population.arms.paired", T.hasArm, paired_arms, confidence=0.6, cue=PAIRED_CUE, hedged=True,
         also=(T.armLabel, T.armIntervention),
         examples=(Example("The double-blind ZETA-2 trial enrolled 180 adults. Discontinuations were similar between the "
                           "XY-123 and placebo arms.", (("XY-123", "armIntervention", "XY-123"),
                                                        ("placebo", "armLabel", "placebo"))),
                   Example("The ZETA-2 trial enrolled 180 adults. Weight gain was rare in the placebo and XY-123 "
                           "treatment groups.", (("XY-123", "armLabel", "XY-123"),))),
         counterexamples=("The ZETA-2 trial enrolled 180 adults. Rates were alike in the placebo and sham groups.",
                          "In the crossover ZETA-2 trial, rates were alike between the XY-123 and placebo periods and "
                          "between the XY-123 and placebo arms.",
                          "Adults were randomized to XY-123 10 mg (n = 40), XY-123 20 mg (n = 40) or placebo (n = 40). "
                          "Rates were alike between the XY-123 and placebo groups.")),
    Rule("population.arms.chosen", T.hasArm, chosen_arms, confidence=0.6, cue=GIVEN_CHOICE, hedged=True,
         also=(T.armLabel, T.armSize, T.armIntervention),
         examples=(Example("The trial was randomized and double-blind. Patients received XY-123 10 mg or placebo daily "
                           "for 8 weeks.", (("XY-123", "armIntervention", "XY-123"), ("placebo", "armLabel", "placebo"))),
                   Example("This was a randomized, double-blind trial in 80 adults. Participants were administered oral "
                           "XY-123 or AB-77 each morning.", (("AB-77", "armIntervention", "AB-77"),))),
         counterexamples=("In the trial, 40 adults received 10 mg XY-123 or placebo.",
                          "The trial was a randomized crossover study. Patients received XY-123 or placebo in each period.",
                          "In this randomized trial, patients who relapsed were treated with XY-123 or AB-77.",
                          "In this randomized trial, all patients received XY-123 or AB-77 as prophylaxis.",
                          "In this randomized trial, patients received rescue XY-123 or AB-77 as needed.",
                          "Adults were randomized to XY-123 (n = 40) or placebo (n = 40). Patients received XY-123 "
                          "or AB-77 before surgery.")),
    Rule("population.arms.dose_list", T.hasArm, dose_list_arms, confidence=0.6, cue=LISTED_CUE, hedged=True,
         also=(T.armLabel, T.armIntervention),
         examples=(Example("The ZETA study is a randomized, placebo-controlled trial evaluating XY-123 at 0.4 and 1.2 "
                           "mg/day in adults with gout.", (("XY-123 0.4 mg", "armIntervention", "XY-123"),
                                                            ("XY-123 1.2 mg", "armLabel", "XY-123 1.2 mg"),
                                                            ("placebo", "armLabel", "placebo"))),
                   Example("In the ZETA trial, patients who took XY-123 either 10 mg or 25 mg nightly slept longer than "
                           "those on placebo.", (("XY-123 25 mg", "armIntervention", "XY-123"),)),
                   Example("In the placebo-controlled ZETA trial, groups received either a 300-mg or 1,200-mg daily "
                           "dose of the drug XY-123.", (("XY-123 300 mg", "armLabel", "XY-123 300 mg"),))),
         counterexamples=("In the open-label ZETA trial, adults took XY-123 at 0.4 and 1.2 mg/day.",
                          "In the ZETA trial, adults were randomized to XY-123 (n = 40) or placebo (n = 40). XY-123 "
                          "comes as 25 and 50 mg tablets at 0.4 and 1.2 mg/day.")),
    Rule("population.arms.counted", T.hasArm, counted_arms, confidence=0.7, cue=COUNTED_PEOPLE, hedged=True,
         also=(T.armLabel, T.armSize, T.armIntervention),
         examples=(Example("In the placebo-controlled trial, the 61 adults given XY-123 improved more than the 30 "
                           "adults given placebo.", (("XY-123", "armSize", "61"), ("placebo", "armSize", "30"))),
                   Example("In the trial of XY-123 versus placebo, the 44 patients who received placebo had more "
                           "flares.", (("placebo", "armSize", "44"),)),
                   Example("In the trial of XY-123 versus placebo, a -2.5 score was seen for the 93 placebo patients.",
                           (("placebo", "armSize", "93"),))),
         counterexamples=("In the single-arm trial, the 61 adults given XY-123 improved.",
                          "Of the 61 adults screened in the placebo-controlled trial, 40 were given XY-123.")),
    Rule("population.arms.table", T.hasArm, table_arms, confidence=0.7, cue=TABLE_ARM_CUE, hedged=False,
         also=(T.armLabel, T.armSize, T.armIntervention),
         examples=(Example("The randomized trial's results:\nXY-123 10 mg\n(N=101)\nPlacebo\n(N=99)\nMean Change from "
                           "Baseline\nin Zeta Score\n-4.2\n(p<0.001)\n-1.3\nXY-123 was well tolerated in the trial.",
                           (("XY-123 10 mg", "armSize", "101"), ("placebo", "armSize", "99"))),
                   Example("Results of the trial by group:\nPlacebo\n(N=60)\nXY-123\n(N=120)\nResponse Rate\n21%\n"
                           "44%\n(p=0.004)\nMore data will follow.", (("XY-123", "armSize", "120"),))),
         counterexamples=("The trial's arms:\nXY-123 10 mg\n(N=101)\nPlacebo\n(N=99)\nMore data will follow later.",)),
    Rule("population.arms.list", T.hasArm, listed_arm, confidence=0.7, cue=ARM_LINE_CUE, also=(T.armLabel, T.armSize, T.armIntervention),
         examples=(Example("The randomised trial had two arms:\nExperimental arm: XY-123 20 mg daily (101 participants)\n"
                           "Placebo comparator arm: matching placebo daily (99 participants)",
                           (("XY-123", "armSize", "101"), ("placebo", "armSize", "99"))),
                   Example("Patients in the trial were randomly assigned to one of three arms:\nplacebo\n"
                           "low dose: XY-123 5 mg\nhigh dose: XY-123 20 mg",
                           (("low dose", "armIntervention", "XY-123"), ("high dose", "armLabel", "high dose")))),
         counterexamples=("The trial's results:\nPain: scores fell by 3 points (n=40)",)),
)


class PopulationExtractor(RuleExtractor):
    name = "population"
    version = "2.0"
    rules = ALL

    def facts(self, ctx):
        stated: set = set()
        for f in super().facts(ctx):
            if f.predicate in FUNCTIONAL:
                key = (f.subject.kind, f.subject.key, f.predicate)
                if key in stated:
                    continue                 # the first the text states (see the module's docstring)
                stated.add(key)
            yield f
