"""Trial cues: design words, stages and allocation (:mod:`kg.trials`, :mod:`kg.extractors.trial_design`).
"""

from __future__ import annotations

import re

from kg.text import prefilter as rx

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

# several places named for one trial: "at 386 centres", "in 21 countries", "Locations: 2 sites" (multicentre)
MULTI_SITE = rx.compile(r"""\b(?:at|across|in|from)\s+(?:more\s+than\s+|over\s+|about\s+|nearly\s+|some\s+|around\s+|
      approximately\s+|roughly\s+|almost\s+|up\s+to\s+)?
      (?:[2-9]|[1-9][\d,]{1,6}|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several|multiple|numerous)\s+
      (?:[\w.-]{1,30}\s+){0,2}?(?:sites|centres|centers|hospitals|clinics|institutions|countries)\b
    | ^\s*locations?\s*:\s*(?:[2-9]|[1-9]\d[\d,]{0,6})\s+sites
    # (or the count as an adjective: "a 32-site trial", "Two centre prospective trial")
    | (?<![\w.-])(?:(?:[2-9]|[1-9]\d{1,4})-|(?:two|three|four|five|six|seven|eight|nine|ten)[-\s])
      (?:site|centre|center|hospital|country|nation)\b(?![-\s]visit)""", re.I | re.X)
# a comparator named by what the control group gets: "placebo", "best supportive care", "treatment of physician's choice"
STANDARD_COMPARATOR = rx.compile(r"""(?=[bpstuv])\b(placebo|sham|vehicle(?=[- ](?:controlled|controls?|treated|cream|gel|foam|ointment|drops|solution|group|arm)\b
        |\s+alone\b|\s\(placebo\))
    |best\s+supportive\s+care|standard[\s-]+of[\s-]+care|usual\s+care|standard\s+care
    |treatment\s+of\s+physician[’']s\s+choice)\b""", re.I | re.X)
# a clause that assigns or compares groups ("randomised to", "versus", "comparison group")
# ("a benefit of XY-123 over placebo", "did not separate from placebo": a result weighed against a control)
ASSIGNED = rx.compile(r"""(?=[acfoprsvgt])\b(?:assigned|allocated|randomi[sz]ed|compared\s+(?:with|to)|versus|vs\.?|comparison\s+group
    |control\s+group|comparator|control\s+arm|(?:over(?:\s+and\s+above)?|separat\w{1,3}\s+from|relative\s+to)(?=\s+(?:a\s+)?(?:placebo|sham)\b)
    # (or people on the control, or a therapy compared with it: "seven patients on XY-123 and one | on | placebo", "which
    # | compared XY-123 to | placebo"; not a period all spend on placebo: "a wash-out period on placebo")
    |(?<!period\s)(?<!phase\s)(?<!run-in\s)(?:on|receiving|given|taking)(?=\s+(?:a\s+)?(?:placebo|sham)\b)
    |compar(?:ed|es|ing)\s+[^.;:()]{1,60}?\s(?:to|with|against)(?=\s+(?:a\s+)?(?:placebo|sham)\b))\b""",
                      re.I | re.X)
# the words between a trial's drug and an active comparator: "XY-123 10 mg vs ZZ-9", "XY-123, compared with ZZ-9"
VERSUS = r"\b(?:versus|vs\.?|compared\s+with|compared\s+to)\s+"
# (a short bracket may stand between, and a schedule before the comparator: "X for prophylaxis (PX) compared to
# once-daily oral Y")
VERSUS_BETWEEN = rx.compile(rf"""(?:[^.;:|()]|\([^()]{{1,20}}\)){{0,60}}?{VERSUS}
    (?:(?:the|a|an|standard|usual|intravenous|oral|subcutaneous|active|daily|weekly|monthly|[a-z]+-(?:daily|weekly|monthly|yearly))\s+){{0,3}}""",
                            re.I | re.X)
# a sentence VERSUS_BETWEEN finds something in: it does where its comparing words are (the words before may be none,
# and those after), but searched itself it tries up to 40 characters before them from every position
HAS_VERSUS = rx.compile(VERSUS, re.I)
# a drug the text calls the trial's comparator, just before its name: "its active comparator | ZZ-9", "the comparator
# drug, | ZZ-9", "the active control | ZZ-9"
COMPARATOR_NAMED_BEFORE = re.compile(r"\b(?:comparator|active\scontrol)(?:\sdrug)?,?\s(?:(?:the|an?)\s)?$", re.I)
# the drug a therapy was tested as better than, or as good as, just before its name: "was superior to | ZZ-9", "its
# primary endpoint of non-inferiority to | ZZ-9", "superiority over | ZZ-9"
TESTED_AGAINST_BEFORE = rx.compile(r"(?=[nsNS])\b(?:non-?inferior(?:ity)?|superior(?:ity)?)\s(?:(?:of|for)\s[\w-]{2,30}\s)?"
                                   r"(?:to|over|versus|vs\.?|compared\s(?:to|with))\s(?:(?:the|an?)\s)?$", re.I)
# a random allocation stated without the word "randomised": "were randomly divided into two groups", "assigned
# randomly to", "in random order", "a stratified blocked randomisation"; "randomly selected" samples, it does not allocate,
# unless it selects people to be given something ("randomly selected to receive X or placebo")
RANDOM_ALLOCATION = rx.compile(r"""(?=[adir])\b(?:randomly\s+(?:re-?)?(?:assigned|assigning|allocated|allocating|divided|distributed|split|placed|given|dosed|
        treated|received|receiving|sorted|ordered|(?:selected|chosen|picked)\s+to\s+(?:receive|take|get|undergo|be\s+given))
    | (?:assigned|allocated|divided|distributed)\s+(?:\w+\s+){0,2}?(?:randomly|at\s+random|by\s+(?:lot|lottery|randomi[sz]ation))
    | in\s+(?:a\s+)?random(?:i[sz]ed)?\s+(?:order|sequence)
    | random[\s-]+(?:allocation|assignment|order)
    | randomi[sz]ation)\b""", re.I | re.X)
# an open (unblinded) study written without "-label": "in an open study", "an open, randomised trial"
OPEN_STUDY = rx.compile(r"\bopen(?:,?\s+(?:randomi[sz]ed|controlled|comparative|parallel(?:-group)?|multi-?cent(?:er|re|ric)|"
                        r"prospective|pilot|non-?comparative|crossover|cross-over)){0,3},?\s+(?:study|trial|design)\b", re.I)
# a crossover written out: "within-patient comparison", "each on separate days in random order"
CROSSOVER = rx.compile(r"(?=[cw])\b(?:cross[- ]?over|within[- ](?:patient|subject|participant)s?\s+(?:comparison|design|study|trial))\b",
                       re.I)
# words that speak of a trial's running even without "trial": "it was recruiting at 40 hospitals", "It was multicentre"
RUNS_AS_TRIAL = rx.compile(r"(?=[demr])\b(?:recruit(?:ing|ed|ment)|enrol(?:l?ing|lment|ment)|multi-?cent(?:er|re|ric)|double[- ]blind)", re.I)
# a disease named as a share of the population, not as its condition: "cancer (6; 1.3%)", "asthma (12%)",
# "19% had asthma", "a third of them had asthma"
SHARE_AFTER = rx.compile(r"""(?:\s{1,2}[a-z][\w-]{1,20}){0,2}\s{0,2}\(\s{0,2}(?:n\s{0,2}=\s{0,2})?\d{1,6}(?:[.,·]\d{1,3})?\s{0,2}
    (?:%|[;,]\s{0,2}\d{1,3}(?:[.,·]\d{1,2})?\s{0,2}%|/\d{1,6})""", re.X)
SHARE_BEFORE = rx.compile(r"""(?=[\dfhmqst])(?:\b\d{1,3}(?:[.,·]\d{1,2})?\s?%|\b(?:half|third|quarter|most|some|few)\b)
    \s{1,3}(?:of\s{1,3}(?:the\s{1,3}|them|these\s{1,3})?(?:[\w-]{1,20}\s{1,3}){0,2})?(?:had|have|has|were|with|presented\s{1,3}with)
    \s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}$""", re.I | re.X)
# a disease in a list of what else may be present or what kinds were counted: "including X", "such as X", "types of
# pain included X"
LISTED_BEFORE = rx.compile(r"""(?=[eist])\b(?:including|such\s{1,3}as|e\.g\.|types\s{1,3}of\s{1,3}[^.;:()]{0,40}?included)
    \s{1,3}(?:[\w'’-]{1,25},?\s{1,3}(?:and\s{1,3}|or\s{1,3})?){0,4}$""", re.I | re.X)
# a sentence about who else may enter, about the disease's burden or about future work names no trial population:
# "patients with heart disease can be included", "falls account for most fractures", "the leading cause of X",
# "further studies should test whether X"
NOT_POPULATION_SENTENCE = rx.compile(r"""(?=[aceflmpw])\b(?:can\s{1,3}(?:also\s{1,3})?be\s{1,3}included|may\s{1,3}(?:also\s{1,3})?be\s{1,3}included
    |were\s{1,3}excluded|exclusion\s{1,3}criteri\w{1,3}|accounts?\s{1,3}for|accounted\s{1,3}for|leading\s{1,3}cause
    |prevalence|further\s{1,3}(?:studies|research|trials|work)|future\s{1,3}(?:studies|research|trials|work)
    |will\s{1,3}(?:protect|prevent|reduce))\b""", re.I | re.X)
# the headings of a structured abstract: a heading glued to a sentence ("CONCLUSIONS This study ...") names no trial
ABSTRACT_HEADING = frozenset("""BACKGROUND BACKGROUNDS INTRODUCTION CONTEXT IMPORTANCE OBJECTIVE OBJECTIVES AIM AIMS PURPOSE
    PURPOSES GOAL GOALS DESIGN SETTING SETTINGS METHOD METHODS MATERIAL MATERIALS PATIENTS PARTICIPANTS SUBJECTS POPULATION
    INTERVENTION INTERVENTIONS MEASUREMENTS MEASURES OUTCOME OUTCOMES MAIN RESULT RESULTS FINDINGS CONCLUSION CONCLUSIONS
    INTERPRETATION DISCUSSION SUMMARY ABSTRACT UNLABELLED UNLABELED STUDY TRIAL REGISTRATION FUNDING LIMITATIONS
    SIGNIFICANCE RELEVANCE HYPOTHESIS EXPOSURE EXPOSURES""".split())


# a drug named as a trial's control ("a Zenvia-controlled trial"); what follows an allocation word that allocates
# ("randomized | 2:1 to", "assigned | to receive", "allocated | (1:1) into"); and the words after an allocation that
# turn to what every group got ("randomized to A or B | before induction with Zenvia") or to what one group's choice
# holds ("or to a standard regimen, | which could be Zenvia")
# (or a bracket that calls it the control arm: "or AB-7 (standard prophylaxis)", "or AB-7 (control group)")
CONTROL_AFTER = re.compile(r"[\s-](?:controlled|control)\b|\s\((?:standard|control|conventional|usual|reference)\b[^()]{0,30}\)", re.I)
# (after whom it allocates and the ratio: "randomly assigned | adults with gout in a 1:1 ratio to receive")
ALLOCATED_TO = re.compile(r"(?<!\s)\s+(?:[\w-]+(?:\s[\w-]+){0,8}?\sin\san?\s(?P<ratio_in>\d{1,2}:\d{1,2}(?::\d{1,2})?)\sratio\s)?"
                          r"(?P<ratio>\(?\d{1,2}\s?:\s?\d{1,2}\)?\s+)?(?P<to>to|into)\b", re.I)
AT_RANDOM = re.compile(r"\brandom", re.I)
ALL_GOT = re.compile(r"\b(?:prior\sto|before|after|during|following|under|throughout|which|who|whose)\b", re.I)
