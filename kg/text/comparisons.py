"""Per-arm numbers in one sentence: the value a result gives each arm, in the layouts writers use.

Pairs ("12.5% with XY-123 versus 20.1% with placebo"), values given "respectively"
for arms or doses named before them, an arm's value in brackets after its name,
and one arm a line ("- 10 mg group: weight fell by 12.0%"). Pure functions over
one sentence, in its reading form; answers are frozen dataclasses with offsets
relative to that sentence (effect estimates, p-values and verdicts are
``kg.text.effects``).

>>> [(n.value, n.arm) for n in find_comparisons("rates were 12.5% with XY-123 versus 20.1% with placebo")[0].numbers]
[(Decimal('12.5'), 'XY-123'), (Decimal('20.1'), 'placebo')]
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.model import record
from kg.text import cues, prefilter as rx
from kg.text.arm_parts import SLASHED_ARMS, dose_schedule
from kg.text.clauses import clause_start
from kg.text.effects import (CI_RANGE, CI_WORDS, CONTROL_NAMES, FALLING, FALLING_NOUN, NEGATIVE_VERBS, RISING, RISING_NOUN, SNUM,
                             VERSUS_CONTROL_WORDS, falling, find_effects, find_p_values)
from kg.text.numbers import DECIMAL, exact
from kg.text.reading import WORDED_COUNT, reading_form as plain, with_worded_counts
from kg.text.respective import ORDINAL_BEFORE

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

# --- per-arm numbers ------------------------------------------------------------------------------------------
CHANGE_VERB = rf"(?:(?P<verb>{FALLING}|{RISING})(?:\s+{cues.FROM_BASELINE})?(?:\s+by)?|(?P<noun>{FALLING_NOUN}|{RISING_NOUN}|change)\s+of)(?:\s+(?:an?\s+)?(?:adjusted\s+)?(?:average|mean)(?:\s+of)?|\s+about|\s+approximately)?\s+"
PEOPLE = rf"(?:those|{cues.PEOPLE})"
# units a per-arm number may carry; a dose unit after it makes it a dose, not a result
UNITS = (r"(?:\s+[a-z]{2,12}(?:\s+[a-z]{2,12})?(?=\s*\((?:SD|SE|SEM)\b)|\s*%|\s+(?:percentage\s+points?|percent|per\s+cent|points?|months?|weeks?|days?|d(?![\w/])|years?|hours?|h(?![\w/])|minutes?|min(?![\w/])|log\s?10(?:\s+copies/ml)?|mg/dl|mmol/l|ml/min(?:/1\.73\s*m2)?|m(?![\w/])|meters?|metres?|ml(?![\w/])|letters|steps|mos?(?![\w/])|[a-z]{3,15}\s+per\s+(?:day|week|month|year))"
         # an event rate's unit: "0.36 per patient per year", "2.417 per 100 person-years", "0.583 per patient-year"
         # (what it counts may be named before: "4.2 events per 100 patient-years")
         r"|\s+(?:(?:events?|episodes?|attacks?)\s+)?per\s+(?:100\s+|1,?000\s+)?(?:patients?|persons?|participants?|subjects?)(?:-years?|\s+years?|\s+per\s+year)(?![\w-])"
         # a concentration with its volume spelled out: "0.37 mg per deciliter", "4.3 mmol per liter"
         rf"|\s*+(?:mg|g|mmol|µmol|μmol|nmol|ng|pg|µg|μg|mcg|iu|units?){cues.PER_VOLUME}"
         # a quantity's unit, alone or per time, volume or mass: "0.41 mm/year", "5.2 kg", "12 mmHg", "3.1 ng/mL"
         r"|\s*+(?:mm\s?hg|mm|cm|µm|μm|kg|ng|pg|µg|μg|mg|mcg|iu|mmol|µmol|μmol|nmol)(?:/(?:year|yr|day|week|month|min|h|l|dl|ml|kg|m2))?(?![\w/])"
         r"|\s?(?:ml|l|g|u)/(?:year|yr|day|week|month|min|h|l|dl|kg|m2)(?![\w/])"
         # (or any short unit with a digit or a slash that closes the bracket or clause: "(7.6 cmH2O)", "(530 cells/mm3;")
         rf"|\s{{1,16}}(?!{PEOPLE}\b|cases\b|events\b|deaths\b|vs\b|and\b|or\b|in\b)[A-Za-zµμ]{{1,6}}(?:\d[A-Za-z]{{0,3}}(?:/[A-Za-z]{{1,4}}\d?)?|/[A-Za-z]{{1,4}}\d?)(?=\s?[);])"
         r")")
# a spread in brackets between a number and its unit: "-5.6 (SE 0.7) mm Hg", "-31 (12) µm"
SPREAD_BEFORE_UNIT = rf"\s*\((?:(?:SD|SE|SEM)\s*)?\d{{1,4}}(?:\.\d{{1,3}})?\)(?={UNITS})"
DOSE_AFTER = rx.compile(rf"(?<!\s)\s*+(?:{cues.DOSE_UNIT}|cells)(?![\w/])", re.I)
# (a slot starts with a change word's letter, "by", a sign or a digit: the look-ahead lets re skip other positions)
SLOT = rx.compile(
    r"(?=[-+\dbcdfgilrw])(?:"
    rf"(?:{CHANGE_VERB})?(?:by\s+)?"
    rf"(?:(?<![\d,.])(?P<count>\d{{1,3}}(?:,\d{{3}}){{1,2}}|\d{{1,9}})\s*+(?:of\s+(?:the\s+)?\d{{1,9}}\s*(?:{PEOPLE}\s*)?|/\d{{1,9}}\s*|{PEOPLE}\s*)?\(\s*(?P<pct>{SNUM})\s*%"
    # (with the share's interval in its bracket: "47 patients (40%, 95% CI = 30.9%-49.3%)")
    rf"(?:\s*[,;]\s*(?:9[05]\s*%\s*)?(?:CI|confidence\s+interval)\b[^()]{{0,40}})?\s*\)"
    # (not a fraction's part: "70/88, 79.5%" gives the share)
    # (with the spread standing before the unit, as "mean (SE)" is given: "-5.6 (SE 0.7) mm Hg for A")
    rf"|(?<![\w./-])(?<!\d,)(?P<v>{SNUM})(?!,\d|/\d)(?:{SPREAD_BEFORE_UNIT})?(?P<unit>{UNITS})?)"
    rf"(?:\s*\((?:SD|SE|SEM|IQR|range)\b[^()]{{0,40}}\)|\s*\(\s*[-+]?\d{{1,4}}(?:\.\d{{1,3}})?\s*%?\s*(?:points?\s+)?per\s+(?:day|week|month|year)\s*\)"
    # a confidence interval around the arm's own number: "41.2 months (95% CI: 33.5-48.0) in the XY arm"
    rf"|\s*\(\s*(?:9[05](?:\.\d{{1,2}})?\s*%\s*)?(?:CI|confidence\s+interval)\b[^()]{{0,40}}\)"
    # (or the count it is the share of: "40.0% [n=26/65] vs 11.1%")
    rf"|\s*[\[(]\s*(?:n\s*=\s*)?\d{{1,6}}\s*/\s*\d{{1,6}}\s*[\])]"
    # (or a spread alone, as abstracts give "mean (SD)": "67.1 (8.4) for XY-123 and ...")
    rf"|\s*\(\s*\d{{1,4}}(?:\.\d{{1,3}})?\s*\)(?=\s+(?:for|in|with|among|on)\s)"
    # (or the interval alone: "18.2 mo (15.9-NR) in the XY arm")
    rf"|\s*\(\s*\d{{1,4}}(?:\.\d{{1,3}})?\s*[-–]\s*(?:\d{{1,4}}(?:\.\d{{1,3}})?|NR|NE|not\s+reached)\s*\))?"
    rf"(?:\s+{cues.FROM_BASELINE})?"
    rf"(?P<arm>\s*,?\s*(?:of\s+(?:the\s+|those\s+|these\s+)?(?:\d[\d,]{{0,8}}\s+)?(?:{PEOPLE}\s+|cases\s+)?|{PEOPLE}\s+(?=in\s)"
    r"|(?:cases?|deaths?|events?|episodes?)\s+(?:of\s+[^\s,;()]{1,30}\s+)?(?=(?:in|occurred|were)\s)"
    # (or the state the share is of: "23% | remission | in the placebo group")
    r"|(?:remission|response|responses|success|relapse|recurrence|cure)\s+(?=(?:in|with|for|among)\s))?"
    # (events counted in an arm: "47 occurred in the placebo group", "17 cases were observed in the placebo group")
    r"(?:(?:occurred|were\s+(?:reported|seen|observed|recorded))\s+)?(?:with|on|in|for|among|receiving|given|taking|treated\s+with"
    r"|assigned(?:\s+to)?|randomi[sz]ed\s+to)\s+"
    rf"(?:the\s+|those\s+(?:on|given|receiving)\s+|{PEOPLE}\s+(?:on|given|receiving|in\s+the)\s+)?"
    # (not a word that makes the preposition an adverb's: "11 days | on average", "5 events | in all")
    rf"(?!(?:average|all|total|addition|comparison|contrast|general|particular)\b)"
    rf"(?P<armtext>[^,;:()]{{1,50}}?)(?=\s*(?:[,;:()]|\.(?!\d)|$|\b(?:vs\.?|versus|v(?=\s)|and|compared|against|than|while|whereas|but|respectively|at|after|by|had|have|has|were|was|"
    rf"died|achieved|reached|attained|experienced|showed|met)\b))"
    # "45% (XY-123) vs 30% (placebo)", "-6.1% (XY-123 1.5 mg)", "45% of XY-123-treated patients", "25% of the placebo group"
    rf"|\s*\((?P<armpar>[^()%;=\d]{{1,40}}|[A-Za-z]{{1,10}}-?\d{{1,6}}[A-Za-z]?|[^()%;=]{{1,30}}?\s\d{{1,4}}(?:\.\d{{1,3}})?\s?(?:mg|mcg|µg|g)(?:/kg)?)\)"
    rf"|\s+of\s+(?P<armtr>[\w-]{{1,40}}?)-treated\s+{PEOPLE}|\s+of\s+the\s+(?P<armgrp>[\w-]{{1,30}}(?:\s[\w-]{{1,30}})?)\s+(?:group|arm|cohort)\b"
    # (those who got it, named by it: "12.4% of XY-123 recipients")
    rf"|\s+of\s+(?:the\s+)?(?P<armrec>[\w-]{{1,40}})\s+recipients\b"
    # "28.9 percent of 398 placebo patients"
    rf"|\s+of\s+(?:the\s+)?\d[\d,]{{0,8}}\s+(?P<armpre>[A-Za-z][\w-]{{1,30}})\s+{PEOPLE}\b"
    # the arm given the drug, said so: "51% of treated participants"
    rf"|\s+of\s+(?:the\s+)?(?P<armact>treated|active)\s+{PEOPLE}\b"
    # an arm's bare name after its number, in a pair: "(-18.3 XY-123 vs. -10.9 placebo)"
    rf"|\s+(?P<armbare>{'|'.join(CONTROL_NAMES)}|[A-Z][A-Za-z]*[A-Z\d][\w-]{{0,20}})(?=\s*(?:vs\.?\s|versus\s|\)|;))"
    # (or any word, in a bracket that pairs it with a control: "(29.5% zetamab, 42.9% placebo)"; see _close)
    rf"|\s+(?P<armlow>[a-z][a-z-]{{3,30}})(?=\s*,\s*[-+]?\d))?"
    # the arm's size after it: "in the XY-123 group (n = 146)"
    r"(?:\s*+\(\s*+n\s*+=\s*+\d[\d,]{0,8}\s*+\))?)",
    re.I)
# what joins the numbers of one comparison: "versus", "vs.", "compared with", "and", "and by"
# (blank runs are entered at their start and taken whole: a run of blanks is read once)
# (and the article of a change noun after it: ", compared with an | increase of 2%")
# ("v" alone, as some journals write it: "5.1 months for A v 3.2 months for B", or "v.": "10.2 v. 7.6 months")
# (the share's people may come between: "18.5% of patients | compared to | 5.5%")
JOIN = rx.compile(r"(?<!\s)(?:\s++of\s++(?:the\s++)?(?:patients|participants|subjects|people|adults|children|women|men)"
                  r"(?=\s++(?:vs\.?|versus|compared)))?\s*+(?:,\s*+(?:(?:vs\.?|versus|v\.?(?=\s)|against|compared\s+(?:with|to)|and)\s*+)?"
                  r"|(?:vs\.?|versus|v\.?(?=\s)|against|compared\s+(?:with|to)|and)\s*+)(?:(?:by|in|to)\s+)?(?:an?\s+)?"
                  r"(?:\d{1,6}/\d{1,6},?\s*+)?", re.I)
# a few words may stand before "compared with" ("90% of those on X were alive, compared with 44% on placebo")
# (digits only inside a word: "responded to XY-123 compared to", not "at 12 weeks")
# (or "while": "47 occurred in the placebo group while 11 occurred in the XY-123 group")
# (a timepoint's number and a short bracket without numbers may stand there: "... achieved X at week 48 (the primary
# endpoint) compared to 24% for placebo")
# an arm named before its number in brackets: "compared with | patients receiving AB-7 (| 0.19)", "versus | placebo (| 21%)"
BRACKETED_ARM = (r"(?:(?:patients|those|participants)\s+(?:receiving|on|given|taking|treated\s+with|in)\s+)?(?:the\s+)?"
                 r"(?P<arm>[A-Za-z][\w/+-]{1,30}(?:\s[A-Za-z][\w/+-]{1,20}){0,2}?)(?:\s(?:group|arm))?\s?\(\s*")
ARM_BEFORE_BRACKET = re.compile(rf"(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+{BRACKETED_ARM}$", re.I)
CLOSES_BRACKET = re.compile(r"(?<!\s)\s*+%?\s*+[),;]")
JOIN_FAR = rx.compile(r"(?:[^\d;()]|(?<=[\w-])\d|(?<=(?:week|days|year)\s)\d{1,3}|(?<=month\s)\d{1,3}|(?<=day\s)\d{1,3}"
                      # (a span of weeks: "abstinent during weeks | 5 through 10 | vs ...")
                      rf"|(?<=weeks\s)\d{{1,3}}\s?(?:{cues.SPAN_TO}|and)\s?\d{{1,3}}"
                      # (where the first arm started: "by 1.2% from a baseline of | 8.1 | %, compared with ...")
                      r"|(?<=baseline\sof\s)\d{1,4}(?:[.·]\d{1,3})?"
                      # (an arm's size and a time in words: "(n=120) met ... at 12 months versus ...")
                      r"|\(\s?[nN]\s?=\s?\d{1,6}\s?\)|\d{1,3}(?=\s(?:weeks?|months?|days?|years?)\b)"
                      r"|\([^\d;()]{1,40}\)){0,120}?\s(?:vs\.?|versus|v|against|compared\s+(?:with|to)|while|whereas)\s+"
                      r"(?:(?:by|in|to)\s+)?(?:an?\s+)?"
                      # (the second number's noun said again: "... compared with a change of 3.7 for ...")
                      r"(?:(?:mean\s+|median\s+)?(?:change|reduction|decrease|increase|improvement|rate)\s+of\s+)?"
                      # (or its arm, with the number in brackets after it: "... compared with patients receiving AB (0.19)")
                      rf"(?:{BRACKETED_ARM})?", re.I)
# (or said before the numbers: "The respective findings for A and B were 62% vs 24% and 24% vs 4%")
RESPECTIVELY = rx.compile(r"\brespectively\b|\bcorresponding\b"
                          r"|\b(?:the|their)\srespective\s(?:findings|results|values|rates|figures)\b", re.I)
# (with placebo's short form, "PBO", filed as placebo: ARM_WORD_LABELS)
ARM_WORDS = rx.compile(r"(?=[achilmnpsuv])\b(?:placebo|sham|saline|controls?|comparator|vehicle|(?-i:PBO)|standard[-\s]+(?:of[-\s]+)?care|usual[-\s]+care|"
                       r"(?:low|middle|mid|medium|high|intermediate|highest|lowest)[-\s]dose|(?:no\s)?intervention|active|"
                       r"(?:(?:investigator|physician)[-\s](?:chosen|selected|choice)\s|standard\s|conventional\s)?chemo(?:therapy)?(?!-))\b", re.I)

ARM_WORD_LABELS = {"pbo": "placebo", "controls": "control"}


def arm_word(words: str) -> str:
    """The label of an arm named by a control word ARM_WORDS found, blanks single: "Usual  care" -> "usual care",
    "PBO" -> "placebo", "controls" (its people) -> "control"."""
    label = re.sub(r"[-\s]+", " ", words.lower())
    return ARM_WORD_LABELS.get(label, label)

# an arm named by its dose: "5 mg", "the 125 mg dose", "10-mg group" (the label: the dose as "5 mg")
DOSE_ARM = rx.compile(rf"(?:the\s)?(?P<drug>[A-Za-z][\w-]{{2,30}}\s)?(?P<amount>\d{{1,5}}(?:\.\d{{1,3}})?)[\s-]?(?P<unit>{cues.DOSE_UNIT})"
                      r"(?:[\s-](?:dose|group|arm|cohort)){0,2}", re.I)
# (thousands set off whole: "1,250 mg"; a fixed-dose combination's amounts, one per drug, are one dose: "XY/AB 215/12 µg")
DOSE_IN = rx.compile(rf"(?=[\d])(?<![\w./])(?<!\d,)(?P<amount>(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,5}})(?:\.\d{{1,3}})?"
                     # (several amounts of one arm, or a range of them: "5/10 mg", "20-40 mg/day")
                     rf"(?:/\d{{1,5}}(?:\.\d{{1,3}})?){{0,2}}(?:[-–]\d{{1,5}}(?:\.\d{{1,3}})?)?)[\s-]?(?P<unit>{cues.DOSE_UNIT}(?:/d(?:ay)?)?)(?![\w/])",
                     re.I)
# a sentence that opens on the arm its first number is given for: "For the 125 mg dose, ...", "In the XY-123 group, ..."
LEAD_ARM = rx.compile(r"^\s{0,3}(?:For|In|With|Among|Of)\s(?:the\s|those\s(?:on|given|receiving)\s|patients\s(?:on|given|receiving)\s)?"
                      r"(?P<arm>[^,;:()]{1,40}?),\s")
# a sentence whose subject is the arm its first number is given for: "Patients receiving XY-123 had a mean reduction
# ...", "Those on XY-123 lost 14% ...", "People who took XY-123 gained ...", "The 61 adults given XY-123 had ..."
SUBJECT_ARM = rx.compile(rf"""^\s{{0,3}}(?:(?:by|in)\scontrast,\s|however,\s|meanwhile,\s)?(?:(?:the\s)?(?:\d{{1,3}}(?:,\d{{3}})?\s)?(?:{PEOPLE})\s(?:who\s(?:received|took|got|were\s(?:given|treated\swith))
    |(?:on|receiving|given|taking|treated\swith|randomi[sz]ed\sto|assigned\sto|in)\s)(?:the\s|an?\s)?)(?P<arm>[^,;:()]{{1,40}}?)
    (?:,\s(?:by|in)\scontrast,|,\showever,|,\smeanwhile,)?     # (an aside before the verb: "Patients receiving XY-123, however, had")
    \s(?P<verb>had|lost|gained|achieved|showed|experienced|saw|reported|were|was|improved|reached|reduced|lived|survived)\b""",
                         re.I | re.X)
# a second clause whose subject names the other arm, with a verb of level: "..., while those given AB-7 had a median
# survival of 8.1 months", "..., whereas patients on placebo lived 8.1 months"
SECOND_SUBJECT = rx.compile(rf"""(?<!\s),\s(?:while|whereas)\s(?:the\s)?(?:{PEOPLE})\s(?:who\s(?:received|took|got|were\s(?:given|treated\swith))
    |(?:on|receiving|given|taking|treated\swith|in)\s)(?:the\s|an?\s)?(?P<arm>[^,;:()]{{1,40}}?)\s(?P<verb>had|achieved|showed|experienced|
    reported|were|was|reached|lived|survived)\b""", re.I | re.X)
LEVEL_VERBS = frozenset("had achieved showed experienced saw reported were was reached lived survived".split())
# the first arm named between a measure and its number: "the median reduction in the XY arm was 30% versus 27% in the
# control arm", or named by what it received: "the median PFS in the group receiving XY was 9.3 months (...) and 5.2
# months in the ..." (matched on the few words before the number)
INNER_ARM = rx.compile(r"""(?=[afiw])\b(?:in|among|for|with)\s+(?:the\s+)?(?:
      (?:group|arm|cohort|patients|participants|those)\s+(?:receiving|given|taking|on|treated\s+with)\s+(?P<given>[\w-]+(?:\s+[\w-]+){0,3}?)
    | (?P<arm>[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:arm|group|cohort))
    \s+(?:was|were|reached|of)\s+(?:about\s+|approximately\s+|nearly\s+)?$""", re.I | re.X)
# words that make such an opening a population rather than an arm: "In patients previously treated with XY-123,"
NOT_LEAD_ARM = rx.compile(r"(?=[abptw])\b(?:with|who|previously|prior|treated|aged|without|after|before)\b", re.I)


def opening_arm(text: str) -> re.Match | None:
    """The arm a sentence opens on (:data:`LEAD_ARM`, :data:`SUBJECT_ARM`: group ``arm``), of four words at most;
    None for a population ("In patients previously treated with XY-123, ...") or no such opening.

    >>> opening_arm("With placebo, the score fell by 0.4 points.").group("arm")
    'placebo'
    >>> opening_arm("In patients previously treated with XY-123, the score fell.") is None
    True
    """
    lead = LEAD_ARM.match(text) or SUBJECT_ARM.match(text)
    if lead is None or NOT_LEAD_ARM.search(lead.group("arm")):
        return None
    # (a dose's schedule is no word of the arm's name: "Those given 175 mg every three weeks had ...")
    often = dose_schedule(lead.group("arm"))
    return None if len(lead.group("arm").split()) - (len(often.words.split()) if often else 0) > 4 else lead


def clause_opening_arm(text: str, at: int) -> tuple[int, re.Match] | None:
    """Where the clause holding ``at`` starts and the arm it opens on (:func:`opening_arm`, matched on the clause),
    or None.

    >>> t = "The primary endpoint was X; the 52 patients given XY-123 had a mean reduction of 4.2 points."
    >>> lo, lead = clause_opening_arm(t, t.index("4.2"))
    >>> t[lo + lead.start("arm"):lo + lead.end("arm")]
    'XY-123'
    """
    lo = clause_start(text, at)
    lo += len(text[lo:at]) - len(text[lo:at].lstrip())
    lead = opening_arm(text[lo:])
    return (lo, lead) if lead else None


def subject_pairs(text: str, taken: list[Comparison]) -> list[Comparison]:
    """Each arm's number where two clauses open on the arms as their subjects, a verb of level after each, and give one
    number each: "Those given XY-123 survived a mean of 12.4 months, while those on AB-7 lived 8.1 months".

    >>> t = "Patients on XY-123 had a median survival of 12.4 months, while those given AB-7 had 8.1 months."
    >>> [(n.value, n.arm) for n in subject_pairs(t, [])[0].numbers]
    [(Decimal('12.4'), 'XY-123'), (Decimal('8.1'), 'AB-7')]
    >>> subject_pairs("Patients on XY-123 lost 5% of their weight, while those on AB-7 had lost 2% at week 12.", [])
    []
    """
    lead = opening_arm(text)
    if lead is None or not lead.groupdict().get("verb") or lead.group("verb").lower() not in LEVEL_VERBS:
        return []
    second = SECOND_SUBJECT.search(text, lead.end())
    if second is None or NOT_LEAD_ARM.search(second.group("arm")) or any(c.start < second.end() and lead.start() < c.end
                                                                         for c in taken):
        return []
    end = next((k for k in (text.find(";", second.end()), text.find(", ", second.end())) if k != -1), len(text))
    firsts, seconds = (list(UNIT_VALUE.finditer(text, a, b)) for a, b in ((lead.end(), second.start()), (second.end(), end)))
    if len(firsts) != 1 or len(seconds) != 1:
        return []
    numbers = tuple(ArmNumber(exact(m.group("v")), "value", unit_name(m.group("unit")), arm.group("arm").strip(),
                              m.start("v"), m.end(), arm.start("arm") + len(arm.group("arm")) - len(arm.group("arm").lstrip()))
                    for m, arm in ((firsts[0], lead), (seconds[0], second)))
    return [Comparison(numbers, numbers[0].start, numbers[1].end)]


def dose_arm(words: str) -> str | None:
    """The dose an arm's words name, as "5 mg" ("the 5-mg group"), else None.

    >>> dose_arm("the 125-mg dose"), dose_arm("5 mg"), dose_arm("XY-123 10 mg"), dose_arm("5 mg of XY-123 daily")
    ('125 mg', '5 mg', 'XY-123 10 mg', None)
    >>> dose_arm("the 15-mg dose group"), dose_arm("the pooled 15-mg group")
    ('15 mg', '15 mg')
    """
    m = DOSE_ARM.fullmatch(words.strip())
    if m is None or (m.group("drug") or "").strip().lower() in ("the", "a", "an", "of", "and", "or", "each", "every"):
        return None
    drug = "" if (m.group("drug") or "").strip().lower() in POOLED else m.group("drug") or ""
    return f"{drug}{m.group('amount')} {m.group('unit')}"


# the words for a dose's groups taken together, which name the dose's arm ("the combined 4-mg group")
POOLED = frozenset({"combined", "pooled"})


@record
class ArmNumber:
    """A number given for one arm: ``arm`` is the words naming the arm as written ("placebo", "the XY-123 group").

    ``kind`` is "change" when a verb or a sign says so ("fell by 2", "-1.5%"), "difference" for a dose's difference from
    the control ("improved X by 118 and 143 mL, respectively, compared with placebo"), else "value".
    """

    value: Decimal
    kind: str
    unit: str
    arm: str | None
    start: int
    end: int
    arm_start: int | None = None
    verb: str | None = None


@record
class Comparison:
    """Numbers given side by side for two or more arms ("12% vs 20%"), in text order."""

    numbers: tuple[ArmNumber, ...]
    start: int
    end: int
    respectively: bool = False


# what stands between the two numbers of one pair: "41.5% | vs | 22.5%"
PAIR_VERSUS = re.compile(r"(?<!\s)\s{0,3}%?\s{0,3}(?:vs\.?|versus)\s{1,3}", re.I)


def respective_pairs(text: str, c: Comparison, k: int) -> list[Comparison]:
    """A run of ``k`` pairs given "respectively", split into its pairs, one for each of ``k`` measures in order ("A and B
    (12% vs 20% and 5% vs 9%, respectively)"); [] unless the run holds 2k numbers with "vs" inside each pair.

    >>> t = "(12% vs 20%, and 5% vs 9%, respectively)"
    >>> [[n.value for n in p.numbers] for p in respective_pairs(t, find_comparisons(t)[0], 2)]
    [[Decimal('12.0'), Decimal('20.0')], [Decimal('5.0'), Decimal('9.0')]]
    """
    n = c.numbers
    if not c.respectively or k < 2 or len(n) != 2 * k or any(x.arm for x in n) or not all(
            PAIR_VERSUS.fullmatch(text, n[j].end, n[j + 1].start) for j in range(0, len(n), 2)):
        return []
    return [Comparison(n[j:j + 2], n[j].start, n[j + 1].end) for j in range(0, len(n), 2)]


def find_comparisons(text: str, taken: list[tuple[int, int]] | None = None) -> list[Comparison]:
    """Per-arm numbers given side by side, in text order; numbers inside effect estimates or p-values (``taken``:
    their spans, found here when not given) are left out.

    >>> c = find_comparisons("the score fell by 4.1 points with XY-123 and by 1.2 points with placebo")[0]
    >>> [(n.value, n.kind, n.arm) for n in c.numbers]
    [(Decimal('-4.1'), 'change', 'XY-123'), (Decimal('-1.2'), 'change', 'placebo')]
    >>> find_comparisons("doses of 5 mg vs 10 mg in 2019 and 2020")
    []
    """
    text = without_spreads(plain(text))
    text = with_worded_counts(text) if "%)" in text and WORDED_COUNT.search(text) else text
    if taken is None:               # the spans of the sentence's effect estimates and p-values, when not given
        taken = [(e.start, e.end) for e in find_effects(text)] + [(p.start, p.end) for p in find_p_values(text)]
    if "-adjusted" in text or "-corrected" in text or "-subtracted" in text:
        taken = list(taken) + [m.span() for m in CONTROL_ADJUSTED.finditer(text)]
    ordered = respectively_arms(text) + dose_respectively(text) if "respectively" in text else \
        respectively_arms(text) if "groups" in text or "arms" in text or "cohorts" in text else []
    ordered += arms_then_brackets(text, ordered) + arms_listed_in_bracket(text, ordered) if ")" in text else []
    ordered += pair_then_arms(text, ordered) if "vs" in text or "versus" in text else []
    ordered += slashed_pairs(text, ordered) if "%/" in text or "% /" in text else []
    ordered += share_then_control_bracket(text, ordered) if "%" in text and ")" in text else []
    ordered += subject_pairs(text, ordered) if "while" in text or "whereas" in text else []
    taken = list(taken) + [(c.start, c.end) for c in ordered]
    slots, pos = [], 0
    while (m := SLOT.search(text, pos)) is not None:
        if any(a <= m.start() < b for a, b in taken) or _not_a_result(text, m):
            # (a number that is no result may not take the words after it: "at week 96, with rates of | 0.09 ...")
            pos = max(m.start() + 1, m.end("v") if m.group("v") else m.start() + 1)
            continue
        slots.append(m)
        pos = max(m.end(), m.start() + 1)
    out, group = [], []
    for m in slots:
        if group and _joined(text, group[-1], m) and not _labelled(group[-1]):
            group.append(m)
            continue
        _close(text, group, out)
        group = [m]
    _close(text, group, out)
    return sorted(out + ordered, key=lambda c: c.start)


# the difference from the control a sentence gives after both arms' numbers: "61% vs. 12% (| 49% placebo-adjusted |, P <
# .01)", "3.1 mm vs. 0.9 mm (| 2.2 mm placebo-corrected |)": no arm's own number
ADJUSTED_WORDS = r"(?:placebo|vehicle|sham|control)[- ](?:adjusted|corrected|subtracted)\b"
CONTROL_ADJUSTED = re.compile(rf"(?<![\w.])[-+]?\d{{1,4}}(?:\.\d{{1,3}})?(?:\s?%|\s[a-zA-Z/]{{1,8}})?\s{ADJUSTED_WORDS}", re.I)


# a spread written after a value ("3.6 ± 1.7", "3.6 +/- 1.7", "3.6±1.7"), or the count a share was made of ("6.1% (19 of
# 311)", "6.1% (19/311)"), or a spread in square brackets, as "mean (SD)" is written inside round ones ("4.2 [2.6] vs
# 7.1 [3.8]")
# (or the same change in percent after a number with decimals, which counts no people: "reduced by 4.1 (52.0%)")
# (or a share's interval: "47% (41% to 53%)")
SPREAD = rx.compile(rf"(?:(?<=\d)|(?<=\d%))\s?(?:±|\+/-)\s?{DECIMAL}(?:(?<=\d)%)?(?![\d.])|(?<=%)\s?\(\s?\d{{1,6}}\s?(?:of|/)\s?\d{{1,6}}\s?\)"
                    rf"|(?<=\d)\s?\[\s?{DECIMAL}\s?\]|(?:(?<=\.\d)|(?<=\.\d\d))\s\(\s?{DECIMAL}\s?%\s?\)"
                    # (or a share's own interval, bare, in a bracket after it: "47% | (41% to 53%) | versus 19% ...")
                    rf"|(?<=%)\s?\(\s?{DECIMAL}\s?%?\s?(?:to|-|–)\s?{DECIMAL}\s?%?\s?\)")


# a spread after a value and the value's unit after the spread, words after it: "813| ±143 mL| in XY" (the unit a
# measured quantity's, as in RESPECTIVE_ARMS; not one that closes a bracket, "(813 ± 143 mL)", which the bracket's
# patterns read with the spread blanked)
# the units of a measured quantity's number, never one a dose may take ("units"): "118 and 143 mL", "12 points"
QUANTITY_UNIT = (r"(?:days?|points?|weeks?|months?|hours?|minutes?|min(?![\w/])|(?-i:mL|ml|L|dL|mmHg|kg|cm|m|bpm)(?![\w/])"
                 r"|mg/dL|mmol/L|letters|steps|metres?|meters?|lbs?|pounds)")
SPREAD_THEN_UNIT = rx.compile(rf"(?<=\d)\s?(?:±|\+/-)\s?{DECIMAL}(?![\d.%])\s(?P<u>{QUANTITY_UNIT})(?=\s)")
# an interval in a bracket after an arm or a value's unit: "0.44 in the XY group | (95% CI 0.31 to 0.57) vs ...",
# "13.9 months | (95% CI, 11.7-16.2) with XY" (not after a bare number: "0.44 (95% CI ...)" may be an estimate's)
ARM_INTERVAL = rx.compile(rf"(?<=[A-Za-z])\s?\(\s?{CI_WORDS}\s*+[,:=]?\s*+{CI_RANGE}\s?\)")


def without_spreads(text: str) -> str:
    """``text`` with each spread after a value, each count after a share, and each interval after an arm or a unit
    blanked (offsets kept): the value is the arm's, the spread, the count or the interval is not.

    >>> without_spreads("3.6 ± 1.7 with XY-123 and 4.4±2.1 with placebo")
    '3.6       with XY-123 and 4.4     with placebo'
    >>> without_spreads("6.1% (19 of 311) with placebo")
    '6.1%             with placebo'
    >>> without_spreads("4.2 [2.6] vs 7.1 [3.8] drinks")
    '4.2       vs 7.1       drinks'
    >>> without_spreads("by 4.1 (52.0%) vs 1.5 (18.3%); 12 (40%)")
    'by 4.1         vs 1.5        ; 12 (40%)'
    >>> without_spreads("0.7 in the XY group (95% CI 0.6 to 0.8) vs")
    '0.7 in the XY group                     vs'
    """
    text = spreads_blanked(text)
    return ARM_INTERVAL.sub(lambda m: " " * len(m.group()), text) if "CI" in text or "onfidence" in text else text


def spreads_blanked(text: str) -> str:
    """``text`` with each spread after a value and each count after a share blanked (offsets kept); a unit after a
    spread is moved next to its value.

    >>> spreads_blanked("813 ±143 mL in XY vs 920 ± 150 mL in AB (760 ± 90 mL)")
    '813 mL      in XY vs 920 mL       in AB (760      mL)'
    """
    if "±" in text or "+/-" in text:
        text = SPREAD_THEN_UNIT.sub(lambda m: f" {m.group('u')}".ljust(len(m.group())), text)
    return SPREAD.sub(lambda m: " " * len(m.group()), text) if "±" in text or "+/-" in text or "%" in text \
        or "[" in text else text


# "24.5% and 6.0% for XY-123 2 mg and placebo, respectively": the numbers first, then their arms in the same order
# (or in days, points, weeks ...: "fell by 3.2 and 1.1 days in the XY-123 and control groups, respectively")
_RESPECTIVE_UNIT = rf"(?:\s?%|\s{QUANTITY_UNIT})"
# (a share may come after its count: "12 of 80 (15.0%) and 24 of 80 (30.0%) patients in the A and B groups")
_COUNTED_SHARE = rf"\d{{1,6}}\sof\s\d{{1,6}}\s\({SNUM}\s?%\)"
# (and a count after a share, which find_comparisons blanks first, leaves blanks: "71.0% (71/100), 65.0% (65/100)")
RESPECTIVE_ARMS = rx.compile(rf"(?<![\w.-])(?P<nums>(?:{_COUNTED_SHARE}|{SNUM}{_RESPECTIVE_UNIT}?)(?:\s*+,\s?(?:{_COUNTED_SHARE}|{SNUM}{_RESPECTIVE_UNIT}?)){{0,3}}"
                             rf"(?:\s*+,)?\s++(?:and|vs\.?|versus)\s(?:{_COUNTED_SHARE}|{SNUM}{_RESPECTIVE_UNIT}))\s++(?:{PEOPLE}\s(?=in\s))?"
                             rf"(?:(?:when\s)?(?:treated|dosed)\s)?(?:for|with|in|on|among|"
                             rf"of\s(?:the\s)?{PEOPLE}\s(?:receiving|given|taking|on|in))\s"
                             rf"(?P<arms>[^;:()%]{{3,120}}?)(?:,?\srespectively\b"
                             # (or the arms' plural head closing the clause, which says the order as well: "were 31% and
                             # 27% in the XY-123 and placebo groups.")
                             rf"|(?:(?<=\sgroups)|(?<=\sarms)|(?<=\scohorts))(?=\s?(?:[.;,)]|$)))", re.I)
RESPECTIVE_VALUE = rx.compile(rf"(?P<v>{SNUM})(?P<unit>{_RESPECTIVE_UNIT})?")
# a result's number with its unit, in a clause that gives one (:func:`subject_pairs`)
UNIT_VALUE = rx.compile(rf"(?<![\w.,-])(?P<v>{SNUM})(?P<unit>{_RESPECTIVE_UNIT})")
# a verb of change just before such numbers: "fell by | 3.2 and 1.1 days"
CHANGE_VERB_BEFORE = rx.compile(rf"(?=[cdfgilrw])\b(?P<verb>{FALLING}|{RISING})(?:\s+{cues.FROM_BASELINE})?(?:\s+by)?\s*$", re.I)
ARM_SEPARATOR = rx.compile(r",\s(?:and\s|or\s|vs\.?\s|versus\s)?|\s(?:and|or|vs\.?|versus)\s", re.I)
PERCENT_VALUE = rx.compile(rf"(?P<v>{SNUM})\s?%")


# two arms, each named before its number in brackets: "between the XY-123 arm (81.2%) and the placebo arm (83.5%; p=0.6)"
# (or set against each other with "than": "was longer with XY-123 (41.2 ± 6.3 min) than with placebo (25.8 ± 5.9 min",
# "lower in the XY-123 group (12%) than in the placebo group (35%"; a unit may follow the number, and a spread, which
# find_comparisons blanks out first)
_ARM_BEFORE = (r"(?:the\s)?(?P<a{k}>[A-Za-z][\w-]{{1,30}}(?:\s(?!(?:and|or|vs|versus|than)\b)[\w-]{{1,30}}){{0,2}}?)\s\("
               # (its thousands set off by commas, or not: "(1,437 mg)")
               r"(?P<v{k}>[-+]?(?:\d{{1,3}}(?:,\d{{3}})+(?![\d.])|\d{{1,6}}(?:\.\d{{1,4}})?(?!,\d)))"
               r"(?P<u{k}>\s?%)?(?:\s?(?:±|\+/-)\s?\d{{1,6}}(?:\.\d{{1,4}})?\s?%?)?(?:\s{{1,16}}[a-zA-Z/]{{1,12}}(?:\d[a-zA-Z]{{0,3}})?)?(?=[);,])")
ARMS_THEN_BRACKETS = rx.compile(r"(?=[abfiw])\b(?:between|for|in|with|among)\s" + _ARM_BEFORE.format(k=1) + r"[^()]{0,30}\)"
                                # (words may stand between: "... (15%, 27/180) met the goal compared to those on B (9%")
                                r"\s(?:[^().;]{1,60}?\s)??(?:and|vs\.?|versus|compared\s(?:with|to)|than(?:\sthat)?"
                                r"(?:\s(?:in|with|among|for))?)\s(?:(?:those|patients|participants)\s(?:on|receiving|given|in)\s)?"
                                + _ARM_BEFORE.format(k=2))


# two arms, each before its number, listed in one bracket: "(XY-123, 96.1%; placebo, 92.3%)", "(usual care 9%,
# 8/90; XY-123 7%, 13/180)" (a count of the arm's people may follow each share)
_LISTED_ARM = (r"(?P<a{k}>[A-Za-z][\w-]{{1,30}}(?:\s[A-Za-z][\w-]{{1,30}}){{0,2}}?),?\s(?P<v{k}>[-+]?\d{{1,6}}(?:\.\d{{1,4}})?)"
               r"(?P<u{k}>\s?%)?(?:,\s\d{{1,6}}/\d{{1,6}})?")
ARMS_LISTED_IN_BRACKET = rx.compile(r"\(" + _LISTED_ARM.format(k=1) + r";\s" + _LISTED_ARM.format(k=2) + r"\)")


def arms_listed_in_bracket(text: str, taken: list[Comparison]) -> list[Comparison]:
    """Two arms each named before its number, listed in one bracket, one of them a control.

    >>> [[(str(n.value), n.arm) for n in c.numbers] for c in arms_listed_in_bracket(
    ...     "Deaths were similar (usual care 9%, 8/90; XY-123 7%, 13/180).", [])]
    [[('9.0', 'usual care'), ('7.0', 'XY-123')]]
    """
    return [two_arms(m, tuple("%" if m.group(f"u{k}") else "" for k in (1, 2)))
            for m in ARMS_LISTED_IN_BRACKET.finditer(text)
            if not any(c.start < m.end() and m.start() < c.end for c in taken)
            and (CONTROL_WORD_IN.search(m.group("a1")) or CONTROL_WORD_IN.search(m.group("a2")))]


# the word that makes a phrase a trial's group: "the XY | group", "the AB | arm"
GROUP_END = re.compile(r"\s(?:group|arm)$")


def arms_then_brackets(text: str, taken: list[Comparison]) -> list[Comparison]:
    """Two arms each named before its number in brackets.

    >>> [[(str(n.value), n.arm) for n in c.numbers] for c in arms_then_brackets(
    ...     "was similar between the XY-123 arm (81.2%) and the placebo arm (83.5%; p=0.6)", [])]
    [[('81.2', 'XY-123 arm'), ('83.5', 'placebo arm')]]
    >>> [[(str(n.value), n.arm) for n in c.numbers] for c in arms_then_brackets(
    ...     "was longer with XY-123 (41.2 +/- 6.3 min) than with placebo (25.8 +/- 5.9 min; P < 0.05)", [])]
    [[('41.2', 'XY-123'), ('25.8', 'placebo')]]
    """
    out = []
    for m in ARMS_THEN_BRACKETS.finditer(text):
        if any(c.start < m.end() and m.start() < c.end for c in taken) or \
                not (CONTROL_WORD_IN.search(m.group("a1")) or CONTROL_WORD_IN.search(m.group("a2"))
                     or (GROUP_END.search(m.group("a1")) and GROUP_END.search(m.group("a2")))):
            continue                     # (a control among the two, or two groups: "between men (52%) and women (48%)"
            #                              is no comparison; "in the XY group (6.2%) than in the AB group (15.9%)" is)
        out.append(two_arms(m, tuple("%" if m.group(f"u{k}") else "" for k in (1, 2))))
    return out


# two values, then the two arms they are given for in the same order: "(median, 9.4 months versus 7.1 months with
# XY-123 versus placebo;", "12.5% vs 6.1% in the XY-123 vs placebo groups)"
_PAIRED_ARM = r"(?:the\s)?(?P<a{k}>[A-Za-z][\w-]{{1,30}}(?:\s(?!(?:vs|versus)\b)[\w-]{{1,30}}){{0,2}}?)"
PAIR_THEN_ARMS = rx.compile(rf"(?<![\w.-])(?P<v1>{SNUM})(?P<u1>{_RESPECTIVE_UNIT})?\s(?:vs\.?|versus)\s(?P<v2>{SNUM})"
                            rf"(?P<u2>{_RESPECTIVE_UNIT})?\s(?:with|for|in)\s" + _PAIRED_ARM.format(k=1)
                            + r"\s(?:vs\.?|versus)\s" + _PAIRED_ARM.format(k=2) + r"(?:\s(?:groups|arms))?(?=\s?[;,)])", re.I)


def pair_then_arms(text: str, taken: list[Comparison]) -> list[Comparison]:
    """Two values, then the two arms they are given for, in order ("9.4 months versus 7.1 months with XY-123 versus
    placebo"), where one of the arms is a control.

    >>> [[(str(n.value), n.arm) for n in c.numbers] for c in pair_then_arms(
    ...     "(median, 9.4 months versus 7.1 months with XY-123 versus placebo; HR 0.7)", [])]
    [[('9.4', 'XY-123'), ('7.1', 'placebo')]]
    """
    out = []
    for m in PAIR_THEN_ARMS.finditer(text):
        units = tuple(unit_name(m.group(f"u{k}") or "") for k in (1, 2))
        if any(c.start < m.end() and m.start() < c.end for c in taken) or (units[0] and units[0] != units[1]) or \
                not (CONTROL_WORD_IN.search(m.group("a1")) or CONTROL_WORD_IN.search(m.group("a2"))):
            continue                     # (a control among the two; one unit for both)
        out.append(two_arms(m, (units[1], units[1])))
    return out


# two arms joined by a slash, then their shares joined by one in the same order: "freedom from X for XY-123/placebo was
# | 31.5%/18.0%" (the style of abstracts that give every pair of numbers so)
SLASHED_ARMS_VALUES = rx.compile(SLASHED_ARMS + rf"""(?![\w/])
    [^.;%/()=]{{0,60}}?(?<![\w.-])(?P<v1>{SNUM})\s?%\s?/\s?(?P<v2>{SNUM})\s?%?(?![\w/]|\.\d)""", re.X)


def slashed_pairs(text: str, taken: list[Comparison]) -> list[Comparison]:
    """Two arms a slash joins, one of them a control, and the two shares a slash joins after them, in order.

    >>> [[(str(n.value), n.arm) for n in c.numbers] for c in slashed_pairs(
    ...     "Response at week 12 for XY-123/placebo was 41.5%/20.0% (p=0.01).", [])]
    [[('41.5', 'XY-123'), ('20.0', 'placebo')]]
    """
    out = []
    for m in SLASHED_ARMS_VALUES.finditer(text):
        if any(c.start < m.end() and m.start() < c.end for c in taken) or \
                not (CONTROL_WORD_IN.search(m.group("a1")) or CONTROL_WORD_IN.search(m.group("a2"))):
            continue
        out.append(two_arms(m, ("%", "%")))
    return out


def two_arms(m: re.Match, units: tuple[str, str]) -> Comparison:
    """The comparison a match names: arm ``a1`` with value ``v1``, arm ``a2`` with ``v2`` (in ``units``)."""
    return Comparison(tuple(ArmNumber(exact(m.group(f"v{k}").replace(",", "")), "value", unit, m.group(f"a{k}"),
                                      m.start(f"v{k}"), m.end(f"v{k}"), m.start(f"a{k}"))
                            for k, unit in zip((1, 2), units)), m.start(), m.end())


# a share of the people on one arm, then the control's share in a bracket: "61% (16/26) of patients treated with XY-123
# were responders (placebo, 24% [6/25])", "... achieved remission (placebo: 21%)"
SHARE_THEN_CONTROL_BRACKET = rx.compile(
    rf"(?<![\w.-])(?P<v1>{DECIMAL})\s?%\s*+(?:\(\d{{1,5}}/\d{{1,5}}\)\s*+)?of\s(?:the\s)?(?:{PEOPLE}\s)?"
    r"(?:treated\swith|receiving|given|taking|on|in\sthe)\s"
    rf"(?P<a1>[A-Za-z][\w-]{{1,30}}(?:\s\d{{1,5}}(?:\.\d{{1,3}})?\s?mg)?)(?:\s(?:group|arm))?\s[^.;()%]{{1,80}}?"
    rf"\((?P<a2>{'|'.join(CONTROL_NAMES)})\s?[,:]\s?(?P<v2>{DECIMAL})\s?%(?:\s\[\d{{1,5}}/\d{{1,5}}\])?\)", re.I)


def share_then_control_bracket(text: str, taken: list[Comparison]) -> list[Comparison]:
    """One arm's share of people who reached an outcome, then the control's in a bracket.

    >>> [[(str(n.value), n.arm) for n in c.numbers] for c in share_then_control_bracket(
    ...     "In all, 61% of patients treated with XY-123 were zeta responders (placebo, 24%).", [])]
    [[('61.0', 'XY-123'), ('24.0', 'placebo')]]
    """
    out = []
    for m in SHARE_THEN_CONTROL_BRACKET.finditer(text):
        if any(c.start < m.end() and m.start() < c.end for c in taken):
            continue
        out.append(two_arms(m, ("%", "%")))
    return out


# a control's word inside an arm's words ("the placebo arm", "vehicle group")
CONTROL_WORD_IN = re.compile(rf"\b(?:{'|'.join(CONTROL_NAMES)}|usual|standard)\b", re.I)


def respectively_arms(text: str) -> list[Comparison]:
    """Values listed before their arms, mapped in order by "respectively" (or by the arms' plural head).

    >>> [[(n.value, n.arm) for n in c.numbers] for c in respectively_arms("was 24.5% and 6.0% for XY-123 and placebo, respectively")]
    [[(Decimal('24.5'), 'XY-123'), (Decimal('6.0'), 'placebo')]]
    >>> [[(n.value, n.arm) for n in c.numbers] for c in respectively_arms(
    ...     "in 12 of 80 (15.0%) and 24 of 80 (30.0%) patients in the XY-123 and placebo groups, respectively")]
    [[(Decimal('15.0'), 'the XY-123'), (Decimal('30.0'), 'placebo groups')]]
    >>> [[(n.value, n.arm) for n in c.numbers] for c in respectively_arms("were 31% and 27% in the XY-123 and placebo groups.")]
    [[(Decimal('31.0'), 'the XY-123'), (Decimal('27.0'), 'placebo groups')]]
    """
    out = []
    for m in RESPECTIVE_ARMS.finditer(text):
        values = [v for v in RESPECTIVE_VALUE.finditer(text, m.start("nums"), m.end("nums"))
                  if v.group("unit") or not (text.startswith(" of ", v.end()) or text.endswith(" of ", 0, v.start()))]
        #                                  (not a share's count and total: "12 of 80 (15.0%)")
        while len(values) > 2 and unit_name(values[0].group("unit") or "") != unit_name(values[-1].group("unit") or ""):
            values = values[1:]          # "At 24 weeks, 51%, 33% and 7% ...": a timepoint before the values
        units = {unit_name(v.group("unit") or "") for v in values} - {""}
        if len(units) > 1:
            continue                     # "3 days and 5%": not one measure's numbers
        unit = units.pop() if units else "%"
        verb = CHANGE_VERB_BEFORE.search(text, max(0, m.start() - 30), m.start())
        noun = None if verb else CHANGE_NOUN_NEAR.search(text, max(0, m.start() - 40), m.start())
        sign = -1 if (verb and verb.group("verb").lower() in NEGATIVE_VERBS) or (noun and falling(noun.group("noun")) < 0) else 1
        arms, pos = [], m.start("arms")
        for sep in ARM_SEPARATOR.finditer(text, m.start("arms"), m.end("arms")):
            arms.append((pos, text[pos:sep.start()]))
            pos = sep.end()
        arms.append((pos, text[pos:m.end("arms")]))
        arms = groups_spread(dose_spread([(p + len(a) - len(a.lstrip()), a.strip()) for p, a in arms]))
        if len(arms) != len(values) or not all(a for _, a in arms):
            continue
        kind = "change" if verb or noun else "value"
        if ADJUSTED_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            kind = "difference"          # ("placebo-adjusted reductions were 0.3% and 0.6% with ...": each arm's
            #                              difference from the control)
        numbers = [ArmNumber(sign * exact(v.group("v")), kind, unit, a, v.start("v"), v.end(), p)
                   for v, (p, a) in zip(values, arms)]
        control = CONTROL_AFTER.match(text, m.end())
        if control and unit_name(control.group("unit")) == unit and bool(control.group("noun")) == (kind == "change"):
            value = exact(control.group("v")) * (falling(control.group("noun")) if control.group("noun") else 1)
            numbers.append(ArmNumber(value, kind, unit, control.group("arm").lower(), control.start("v"), control.end(),
                                     control.start("arm")))
        out.append(Comparison(tuple(numbers), m.start(), control.end() if len(numbers) > len(values) else m.end(), True))
    return out


# the first of groups listed after one plural "groups" ("in | groups A | and B"), and the key of each after it
FIRST_OF_GROUPS = re.compile(rf"(?:the\s)?[Gg]roups\s(?P<k>{cues.GROUP_KEY})")
GROUP_KEY = re.compile(cues.GROUP_KEY)


def groups_spread(arms: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Groups listed after one plural "groups", as groups: "groups A", "B" are "group A" and "group B" (else as given).

    >>> groups_spread([(3, "groups ZS"), (14, "ZF")])
    [(3, 'group ZS'), (14, 'group ZF')]
    """
    first = FIRST_OF_GROUPS.fullmatch(arms[0][1]) if arms else None
    if first is None or not all(GROUP_KEY.fullmatch(a) for _, a in arms[1:]):
        return arms
    return [(arms[0][0], f"group {first.group('k')}")] + [(p, f"group {a}") for p, a in arms[1:]]


def dose_spread(arms: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Doses listed with one unit, as arms: "20", "40 mg of XY-123" are "20 mg" and "40 mg" (else as given).

    >>> dose_spread([(0, "20"), (7, "40 mg of XY-123")])
    [(0, '20 mg'), (7, '40 mg')]
    >>> dose_spread([(0, "XY-123 150"), (15, "300 mg")])       # (the drug named once, before the first dose)
    [(0, 'XY-123 150 mg'), (15, 'XY-123 300 mg')]
    """
    last = DOSE_ARM_START.match(arms[-1][1]) if len(arms) >= 2 else None
    if last is None:
        return arms
    named = DRUG_THEN_DOSE.fullmatch(arms[0][1])
    drug = f"{named.group('drug')} " if named and all(DOSE_NUMBER.fullmatch(a) for _, a in arms[1:-1]) else ""
    if not drug and not all(DOSE_NUMBER.fullmatch(a) for _, a in arms[:-1]):
        return arms
    unit = last.group("unit")
    first = [(arms[0][0], f"{drug}{named.group('amount')} {unit}")] if drug else []
    return first + [(p, f"{drug}{a} {unit}") for p, a in arms[len(first):-1]] \
        + [(arms[-1][0], f"{drug}{last.group('amount')} {unit}")]


# the words that make each arm's number its difference from the control: "| placebo-adjusted | zeta reductions were ..."
ADJUSTED_BEFORE = re.compile(rf"\b{ADJUSTED_WORDS}[^.;()]*$", re.I)
# the first of doses listed with one unit, the drug named before it: "XY-123 | 150 | and 300 mg"
DRUG_THEN_DOSE = re.compile(r"(?P<drug>[A-Za-z][\w-]{2,30})\s(?P<amount>\d{1,5}(?:\.\d{1,3})?)")


# "XY-123 100, 200 and 400 mg ... reductions of 12%, 18% and 25%, respectively": doses listed, then their values in order,
# perhaps then a control's ("versus a 3% increase with placebo")
# (or each with its unit: "XY-123 50 mg and 100 mg reduced ... by 4.1 and 4.6 days, respectively")
DOSES_LISTED = rx.compile(rf"(?<![\w.,])(?:(?P<doses>{cues.DOSE_AMOUNTS})\s?(?P<unit>{cues.DOSE_UNIT})"
                          rf"|(?P<each>{cues.DOSE_AMOUNT}\s?(?P<unit2>{cues.DOSE_UNIT})(?:\s?,\s?{cues.DOSE_AMOUNT}\s?(?P=unit2)){{0,4}}"
                          rf",?\s(?:and|or)\s{cues.DOSE_AMOUNT}\s?(?P=unit2)))(?![\w/])", re.I)
# (each dose's value may carry its own p-value against the control: "(-5.1 [p=0.006], -4.6 [NS], -5.4 [p<0.001] vs -3.7,
# respectively)")
OWN_P = re.compile(r"\[[^\[\]]{1,25}\]|\((?:[pP]\s?[<=≤>][^()]{1,15}|NS|n\.s\.)\)")     # (or a bracket of a p-value
#                                                                                    alone: "36.0% (p=0.012), 33.4% (NS)")
_OWN_P = rf"(?:\s?(?:{OWN_P.pattern}))?"
# a value written as measured, with a sign or decimals, not a count: "-5.1", "+2", "4.6"
MEASURED = re.compile(r"[-+−]|\d{1,12}\.\d")
# (the doses' values may be set against the control's last: "(37.4% and 45.8% vs 16.9%, respectively)")
VALUES_RESPECTIVELY = rx.compile(rf"(?<![\w.-])(?P<nums>{SNUM}{_RESPECTIVE_UNIT}?{_OWN_P}(?:(?:\s?,\s?|\sand\s){SNUM}{_RESPECTIVE_UNIT}?{_OWN_P}){{0,4}},?"
                                 rf"\s(?P<last>and|vs\.?|versus)\s{SNUM}{_RESPECTIVE_UNIT}?),?\s(?:respectively)\b", re.I)
# (a measure's words may stand between the value and the arm: "compared with a 41% response rate in the placebo group")
CONTROL_AFTER = rx.compile(rf",?\s(?:versus|vs\.?|compared\s(?:with|to))\s(?:an?\s)?(?:(?:mean|median)\s)?(?P<v>{SNUM})(?P<unit>{_RESPECTIVE_UNIT})"
                           rf"(?P<noun>\s(?:{FALLING_NOUN}|{RISING_NOUN}|change))?(?:\s(?!with\b|for\b|in\b|on\b)[a-z][a-z-]{{2,15}}){{0,3}}"
                           r"\s(?:with|for|in|on)\s(?:the\s)?(?P<arm>placebo|control|vehicle|sham|(?-i:[a-z][a-z-]{3,25}(?:\s[a-z]{4,15})?))\b",
                           re.I)
# (or the control named before its value: "..., respectively, versus placebo, 2%")
CONTROL_NAMED_AFTER = rx.compile(rf",?\s(?:versus|vs\.?|compared\s(?:with|to))\s(?:the\s)?(?P<arm>placebo|control|vehicle|sham)"
                                 rf"(?:\s(?:group|arm))?,?\s(?:at\s|with\s|of\s)?(?P<v>{SNUM})(?P<unit>{_RESPECTIVE_UNIT})(?P<noun>(?!))?",
                                 re.I)
DOSE_NUMBER = re.compile(cues.DOSE_AMOUNT)
# the word that sets an arm against the others, before its name: "compared to | placebo", "versus the | placebo arm"
AGAINST_BEFORE = re.compile(rf"\b(?:{cues.COMPARED_WORDS}|over|against)\s(?:the\s|a\s|matching\s)?$", re.I)
# a dose opening an arm's words: "40 mg | of XY-123"
DOSE_ARM_START = re.compile(rf"(?P<amount>{cues.DOSE_AMOUNT})\s?(?P<unit>{cues.DOSE_UNIT})(?:/(?:day|d))?\b", re.I)
# the change the values listed are ("produced mean reductions from baseline of | 12%, 18% and 25%", "reduced monthly
# zeta days by | 4.1 and 4.6 days")
CHANGE_NOUN_NEAR = rx.compile(rf"\b(?P<noun>(?:{FALLING_NOUN}|{RISING_NOUN})s?|{FALLING}|{RISING})\b[^.;%\d]{{0,50}}$", re.I)


def dose_respectively(text: str) -> list[Comparison]:
    """Values given "respectively" for doses listed before them, and a control's value after them.

    >>> [[(str(n.value), n.arm) for n in c.numbers] for c in dose_respectively(
    ...     "XY-123 10, 20 and 40 mg gave reductions of 12%, 18% and 25%, respectively, versus a 2% increase with placebo")]
    [[('-12.0', '10 mg'), ('-18.0', '20 mg'), ('-25.0', '40 mg'), ('2.0', 'placebo')]]
    >>> [[(str(n.value), n.arm, n.kind) for n in c.numbers] for c in dose_respectively(
    ...     "XY-123 50 and 100 μg improved zeta volume (118 and 143 mL, respectively) when compared with placebo")]
    [[('118.0', '50 μg', 'difference'), ('143.0', '100 μg', 'difference')]]
    >>> [[(str(n.value), n.arm) for n in c.numbers] for c in dose_respectively(
    ...     "Zeta response with XY-123 5 and 10 mg was 31% and 44%, respectively, versus placebo, 7%")]
    [[('31.0', '5 mg'), ('44.0', '10 mg'), ('7.0', 'placebo')]]
    """
    out = []
    for m in VALUES_RESPECTIVELY.finditer(text):
        doses = [d for d in DOSES_LISTED.finditer(text, max(0, m.start() - 200), m.start())][-1:]
        bare = OWN_P.sub(lambda x: " " * len(x.group()), text) if "[" in m.group() or "(" in m.group() else text    # (no
        #                                                                                       p-value's number)
        values = list(RESPECTIVE_VALUE.finditer(bare, m.start("nums"), m.end("nums")))
        units = {unit_name(v.group("unit") or "") for v in values} - {""}
        if not units and all(MEASURED.match(v.group("v")) for v in values):
            units = {""}               # ("-5.1, -4.6, -5.4 vs -3.7, respectively": measured values, no counts)
        if not doses or len(units) != 1:
            continue                   # "3 days and 5%": not one measure's numbers
        unit, listed = units.pop(), doses[0].group("doses") or doses[0].group("each")
        dose_unit = doses[0].group("unit") or doses[0].group("unit2")
        arms = [f"{d} {dose_unit}" for d in DOSE_NUMBER.findall(listed)]
        controls = [a for a in ARM_WORDS.finditer(text, doses[0].end(), m.start())
                    if AGAINST_BEFORE.search(text, max(0, a.start() - 24), a.start())] if m.group("last").lower() != "and" else []
        listed_control = len(controls) == 1 and len(arms) + 1 == len(values)
        if listed_control:
            arms.append(arm_word(controls[0].group()))     # "XY 20 mg or 60 mg ... compared to placebo (37.4% and
            #                                                 45.8% vs 16.9%, respectively)": the control's last
        if len(arms) != len(values):
            continue
        noun = CHANGE_NOUN_NEAR.search(text, max(doses[0].end(), m.start() - 60), m.start())
        kind, sign = ("change", falling(noun.group("noun"))) if noun else ("value", 1)
        control = CONTROL_AFTER.match(text, m.end()) or CONTROL_NAMED_AFTER.match(text, m.end())
        verb = CHANGE_VERB_BETWEEN.search(text, doses[0].end(), m.start())
        if listed_control and verb and not noun and all(v.group("v")[0] in "-+−" for v in values):
            kind = "change"            # ("... vs placebo decreased X (-5.1, -4.6 vs -3.7, respectively)": each arm's own
            #                            signed change, the control's among them; no difference from it)
        elif unit != "%" and not control and not listed_control and verb \
                and AGAINST_CONTROL.search(text, doses[0].end(), min(len(text), m.end() + 40)):
            # "XY 50 and 100 ug improved X (118 and 143 mL, respectively) compared with placebo": each dose's
            # difference from the control (a share, "by 27% and 32%", stays a change: relative or absolute, unsaid)
            kind, sign = "difference", -1 if verb.group().lower() in NEGATIVE_VERBS else 1
        numbers = [ArmNumber((1 if v.group("v")[0] in "-+−" else sign) * exact(v.group("v")), kind, unit, arm, v.start("v"),
                             v.end(), doses[0].start())       # (a written sign stands: "decreased X (-5.1, ...)")
                   for v, arm in zip(values, arms)]
        if control and unit_name(control.group("unit")) == unit:
            noun = control.group("noun")
            value, kind = (exact(control.group("v")) * falling(noun), "change") if noun else (exact(control.group("v")), "value")
            if not noun and numbers[0].kind == "change":
                value, kind = value * sign, "change"       # "... by 4.1 and 4.6 days, respectively, versus 2.2 days"
            numbers.append(ArmNumber(value, kind, unit, control.group("arm").lower(), control.start("v"), control.end(),
                                     control.start("arm")))
        out.append(Comparison(tuple(numbers), doses[0].start(), control.end() if control else m.end(), True))
    return out


# the verb of change a therapy's doses made, and the control their differences are from
CHANGE_VERB_BETWEEN = rx.compile(rf"\b(?:{FALLING}|{RISING})\b", re.I)
AGAINST_CONTROL = rx.compile(VERSUS_CONTROL_WORDS, re.I)


# a time a result is given at: "at | 12 months", "by | 48 weeks"
AT_TIME_BEFORE = re.compile(r"\b(?:at|by|after|through|within)\s$", re.I)
TIME_WORD = re.compile(r"(?:weeks?|months?|days?|years?|hours?)", re.I)


# a change relative to the control: "a mean attack rate reduction of 81% versus placebo" (the drug's effect)
RELATIVE_CHANGE = rx.compile(rf"(?=[dgilr])\b(?:{FALLING_NOUN}|{RISING_NOUN})s?\s(?:of|by)\s(?P<v>{DECIMAL})\s?%\s{VERSUS_CONTROL_WORDS}",
                             re.I)


# a count out of a total, and the total: "| 9 | of 47", "9 of | 47 |", "9/47"
OF_TOTAL_AFTER = re.compile(r"\s?(?:of\s(?:the\s)?|/\s?)\d")
OF_TOTAL_BEFORE = re.compile(r"(?<![\d.])\d{1,6}\s?(?:of(?:\sthe)?\s|/\s?)$")
# a count out of a total that names its arm after the total: "9 | of 63 patients in the A group |"
COUNT_OF_ARM = re.compile(r"\s{0,3}of\s{1,3}(?:the\s{1,3})?\d", re.I)
# the words before a follow-up's length: "at a median follow-up of | 11 months", "median follow-up was | 2.1 years"
FOLLOW_UP_BEFORE = rx.compile(r"\bfollow(?:ed)?[-\s]?up(?:\speriod)?\s(?:time\s)?(?:of|was|:|lasted)\s(?:about\s|approximately\s)?$",
                              re.I)
# a threshold in points of a scale, which names a responder measure: "at least a | 4 | -point", "≥ | 4 | -point or more"
POINTS_AFTER = re.compile(r"[\s-]points?\b", re.I)
OR_MORE_AFTER = re.compile(r"[\s-]points?\sor\s(?:more|greater|higher)\b", re.I)


# the ends of a range, not a result: "had X cut by | 40 | to | 90 | %", "by a median of | -12.5 | to | -30.1 |
# depending on dose" (not a level's start and end: "from 8.1 to 7.2", read elsewhere)
RANGE_TO_AFTER = re.compile(r"\s?(?:%|percent)?\sto\s[-+]?\d")
RANGE_TO_BEFORE = re.compile(r"(?<!\bfrom\s)(?<![\w.,])[-+]?\d{1,4}(?:\.\d{1,3})?\s?(?:%|percent)?\sto\s$")
FROM_BEFORE = re.compile(r"\bfrom\s(?:an?\s)?(?:(?:mean|median)\s)?$", re.I)
# (or "between N and M": "kept the zeta index between 40 and 55 units")
BETWEEN_BEFORE = re.compile(r"\bbetween\s$", re.I)
RANGE_AND_AFTER = re.compile(r"\s?(?:%|percent)?\sand\s[-+]?\d")
RANGE_AND_BEFORE = re.compile(r"\bbetween\s[-+]?\d{1,4}(?:\.\d{1,3})?\s?(?:%|percent)?\sand\s$", re.I)


def in_a_range(text: str, start: int, end: int) -> bool:
    """Does the number at ``[start, end)`` open or close a range "N to M" that no "from" opens, or "between N and M"?

    >>> t = "lowered by 45 to 100% in 31%"
    >>> in_a_range(t, 11, 13), in_a_range(t, 17, 20), in_a_range(t, 25, 27), in_a_range("from 8 to 7", 10, 11)
    (True, True, False, False)
    >>> t = "kept it between 40 and 55 units"
    >>> in_a_range(t, 16, 18), in_a_range(t, 23, 25)
    (True, True)
    """
    opens = RANGE_TO_AFTER.match(text, end) is not None and FROM_BEFORE.search(text, max(0, start - 20), start) is None
    between = BETWEEN_BEFORE.search(text, max(0, start - 8), start) is not None and RANGE_AND_AFTER.match(text, end) is not None
    return opens or between or RANGE_TO_BEFORE.search(text, max(0, start - 20), start) is not None \
        or RANGE_AND_BEFORE.search(text, max(0, start - 30), start) is not None


# a share said of a risk that is lower or higher (with the others listed with it): "a 41% | and 34% decreased risk of"
RISK_CHANGED_AFTER = re.compile(r"\s?%(?:,?\s(?:and|or)\s\d{1,3}(?:\.\d{1,2})?\s?%){0,3}\s(?:decreased|increased|reduced|"
                                r"lower|higher|greater)\s(?:relative\s)?(?:risk|odds|hazard|likelihood|chances?)\b", re.I)


def _not_a_result(text: str, m: re.Match) -> bool:
    """A dose ("5 mg"), a year ("2019"), a count of people given without its share, the number of a week, a visit or
    a grade ("at week 48"), a time results are given at ("at 12 months"), or a threshold in points ("a >=4-point
    reduction")."""
    if m.group("v") is None:
        return False
    if (DOSE_AFTER.match(text, m.end("v")) and not cues.AMOUNT_MEASURED.search(text, 0, m.start("v"))) \
            or ORDINAL_BEFORE.search(text, max(0, m.start("v") - 20), m.start("v")):
        return True                     # (an amount in a dose's unit is a result where the sentence measures amounts)
    if "." not in m.group("v") and ((OF_TOTAL_AFTER.match(text, m.end("v")) and not _counted_in_arm(m))
                                    or OF_TOTAL_BEFORE.search(text, max(0, m.start("v") - 12), m.start("v"))):
        return True                     # "9 of 30 given A, against 1 of 30 given B": counts out of totals, no shares
    if in_a_range(text, m.start("v"), m.end("v")):
        return True                     # "by 75 to 100%": the bounds of a range
    if FOLLOW_UP_BEFORE.search(text, max(0, m.start("v") - 40), m.start("v")):
        return True                     # "at a median follow-up of 9.1 months for A and ...": how long, not a result
    if BASELINE_OF_BEFORE.search(text, max(0, m.start("v") - 30), m.start("v")):
        return True                     # "a reduction of 9.6 from a baseline of | 27.5, compared with ...": the start
    if POINTS_AFTER.match(text, m.end("v")) and (cues.AT_LEAST_BEFORE.search(text, max(0, m.start("v") - 16), m.start("v"))
                                                   or OR_MORE_AFTER.match(text, m.end("v"))):
        return True                     # "a >=4-point reduction in X", "a 4-point or greater reduction": a threshold
    relative = RELATIVE_CHANGE.search(text, max(0, m.start("v") - 20), min(len(text), m.end("v") + 40))
    if relative and relative.start("v") == m.start("v"):
        return True                     # "a mean reduction of 81% versus placebo": the drug's effect, no arm's number
    if "%" in text[m.end("v"):m.end("v") + 2] and RISK_CHANGED_AFTER.match(text, m.end("v")):
        return True                     # "a 41% and 34% decreased risk of X, respectively": the arms' effects
    value = m.group("v")
    if m.group("unit") and AT_TIME_BEFORE.search(text, max(0, m.start("v") - 8), m.start("v")) and \
            TIME_WORD.fullmatch(m.group("unit").strip()):
        return True                     # "at 12 months": when, not a result
    return not m.group("unit") and re.fullmatch(r"(?:19|20)\d\d", value) is not None


def _joined(text: str, a: re.Match, b: re.Match) -> bool:
    units = {_unit(m) for m in (a, b)} - {""}
    if len(units) > 1:
        return False                    # "at 12 months, 80% ...": not one measure's numbers
    between = text[a.end():b.start()]
    bracketed = ARM_BEFORE_BRACKET.search(between) is not None and _unit(a) == _unit(b) and \
        CLOSES_BRACKET.match(text, b.end("v") if b.group("v") else b.end())      # "... versus placebo (12.9%)"
    return bool(JOIN.fullmatch(between) or ((_has_arm(a) or _has_arm(b) or bracketed) and JOIN_FAR.fullmatch(between))
                or (_has_arm(a) and _has_arm(b) and (SEMICOLON_JOIN.fullmatch(between) or (
                    (p := P_BRACKET.match(between)) is not None and JOIN.fullmatch(between, p.end())))))


# an arm's own p-value against the control, between its number and the next arm's: "27.5% with 80 mg | (p<0.001) |
# and 29.6% with 120 mg"
P_BRACKET = re.compile(r"\s?\([pP]\s?[<=≤>]\s?0?[.·]\d{1,6}\)")


# a semicolon between two numbers that each name their arm: "41% for the 5 mg dose; | 45% for the 10 mg dose"
SEMICOLON_JOIN = re.compile(r"(?<!\s)\s*+;\s*+(?:and\s++)?")


def _close(text: str, group: list[re.Match], out: list[Comparison]) -> None:
    counted = [m for m in group if _counted_in_arm(m)]
    if counted:                         # a count out of its arm's total is a value only beside the other arms' counts
        group = counted if len(counted) > 1 else [m for m in group if m not in counted]     # ("9 of 63 in A and 21
        if not group:                                                                       # of 57 in B")
            return
    if len(group) == 1 and (one := _one_arms_change(text, group[0])) is not None:
        out.append(one)                 # "X fell by 3.1 mg/dL in those given XY-123": one arm's change
        return
    if len(group) == 1 and _has_arm(group[0]) and not group[0].group("armlow") and not group[0].group("armbare") \
            and NOT_REACHED.search(text, group[0].end()):
        # "Median PFS was 31 months in the B group, while it was not reached in the A group": the one arm's number
        out.append(Comparison((_arm_number(group[0], None),), group[0].start(), group[0].end(), False))
        return
    if len(group) < 2:
        return
    respectively = RESPECTIVELY.search(text, group[-1].end(), min(len(text), group[-1].end() + 20)) is not None or \
        RESPECTIVELY.search(text, max(0, group[0].start() - 60), group[0].start()) is not None
    if any(m.group("armlow") for m in group) and not bracketed_against_control(text, group):
        group = [m for m in group if not m.group("armlow")]     # a bare word after a number names an arm only in
        if len(group) < 2:                                      # a bracketed pair ("Of 47 cases, 38 of these ...")
            return
    joins = [text[a.end():b.start()] for a, b in zip(group, group[1:])]
    armless = not any(_has_arm(m) for m in group)
    if armless and all(re.fullmatch(r"\s*,?\s*(?:and\s*(?:by\s+)?)?", j, re.I) for j in joins) and not respectively:
        return                          # "5% and 7%" with no arm named and no "respectively": a list, not arms
    numbers, verb = [], verb_before_object(text, group[0])
    for k, m in enumerate(group):
        verb = (m.group("verb") or m.group("noun") or verb or "").lower() or None
        number = _arm_number(m, verb)
        named = ARM_BEFORE_BRACKET.search(text, group[k - 1].end(), m.start()) if k and number.arm is None else None
        if named:                       # "... compared with patients receiving AB-7 (0.19)": AB-7's number
            number = ArmNumber(number.value, number.kind, number.unit, named.group("arm"), number.start, number.end,
                               named.start("arm"), number.verb)
        numbers.append(number)
    if len({n.unit for n in numbers if n.unit}) > 1:
        return                          # "5% vs 3 months": not one measure's numbers
    if all(not n.unit and n.value == int(n.value) for n in numbers) and not counted and \
            PEOPLE_COUNTED.search(text, 0, group[0].start()):
        return                          # "1870 participants could be assessed (612 in the A group and 634 in the B
        #                                 group)": each group's part of the people counted, no result
    out.extend(repeated_pairs(text, numbers) or [Comparison(tuple(numbers), group[0].start(), group[-1].end(), respectively)])


# a verb of change, then what changed, before a pair opening on "by": "XY-123 | lowered the ZQ score | by 4.2 points
# versus 1.1 points" (not a risk's change, relative to another group's: "cut the risk of X by ...")
VERB_THEN_OBJECT = re.compile(rf"\b(?P<verb>{FALLING}|{RISING})\s(?!(?:the\s)?(?:risk|odds|hazard|likelihood|chance)\b)"
                              r"[^,;:.()%\d]{1,60}?(?:\s\([A-Za-z][\w-]{0,11}\))?\s$", re.I)


def verb_before_object(text: str, m: re.Match) -> str | None:
    """The change verb whose object stands between it and the number ``m`` opening on "by", or None.

    >>> t = "XY-123 lowered the ZQ score by 4.2 points"
    >>> verb_before_object(t, re.search("by 4.2", t))
    'lowered'
    """
    if not text.startswith("by ", m.start()):
        return None
    before = VERB_THEN_OBJECT.search(text, max(0, m.start() - 70), m.start())
    return before.group("verb").lower() if before else None


# what joins a pair whose arms are named to the bare pair after it: "... 27% for B | and | 71% versus 59% at 72
# hours", "... in B, | while | ..."
PAIRS_JOIN = re.compile(r"\s*[,;]?\s*(?:and|while|whereas)?\s*", re.I)


def repeated_pairs(text: str, numbers: list[ArmNumber]) -> list[Comparison]:
    """A pair (or run) of numbers whose arms are named, then as many bare numbers joined by "vs", as two comparisons, the
    bare ones given the same arms in the same order ("38% for A versus 27% for B at 24 hours and 71% versus 59% at 72
    hours"); [] for any other run.

    >>> t = "38% for XY versus 27% for placebo and 71% versus 59% at 72 hours"
    >>> [[(n.value, n.arm) for n in c.numbers] for c in find_comparisons(t)][1]
    [(Decimal('71.0'), 'XY'), (Decimal('59.0'), 'placebo')]
    >>> find_comparisons("38% for XY versus 27% for placebo and 71% and 59% of them")[0].numbers[2].arm is None
    True
    """
    k = len(numbers) // 2
    first, second = numbers[:k], numbers[k:]
    if k < 2 or len(second) != k or not all(n.arm for n in first) or any(n.arm for n in second) \
            or len({n.arm.lower() for n in first}) < k or not PAIRS_JOIN.fullmatch(text, first[-1].end, second[0].start) \
            or not all(PAIR_VERSUS.fullmatch(text, a.end, b.start) for a, b in zip(second, second[1:])):
        return []
    again = tuple(ArmNumber(n.value, n.kind, n.unit, a.arm, n.start, n.end, None, n.verb) for n, a in zip(second, first))
    return [Comparison(tuple(first), first[0].start, first[-1].end), Comparison(again, second[0].start, second[-1].end)]


# a count of people: "1870 participants", "1,120 evaluable patients"
PEOPLE_COUNTED = rx.compile(rf"(?<![\w.,])\d[\d,]*+\s(?:[a-z-]{{3,20}}\s)?{cues.PEOPLE}\b", re.I)


# a bracket's opening and closing around a group of numbers: "(| 29.5% zetamab, 42.9% placebo |)"
OPENS_BRACKET = re.compile(r"\(\s{0,2}$")
CLOSES_PAIR = re.compile(r"\s{0,2}\)")


def bracketed_against_control(text: str, group: list[re.Match]) -> bool:
    """Are a group's numbers all of one bracket, each with its arm's word, the last a control's ("(29.5% zetamab,
    42.9% placebo)")? Then the bare words are arms; elsewhere ("(52% female, 48% male)") they may be anything.

    >>> [bracketed_against_control(t, list(SLOT.finditer(t))) for t in ("(29.5% zetamab, 42.9% placebo)", "(52% female, 48% male)")]
    [True, False]
    """
    return bool(OPENS_BRACKET.search(text, max(0, group[0].start() - 3), group[0].start())
                and CLOSES_PAIR.match(text, group[-1].end()) and all(m.group("armlow") or m.group("armbare") for m in group)
                and (group[-1].group("armbare") or "").lower() in CONTROL_NAMES)


# SLOT's groups that name an arm
ARM_GROUPS = ("armtext", "armpar", "armtr", "armgrp", "armpre", "armbare", "armact", "armlow", "armrec")


# an arm's words that end on the trial its numbers are given for: "5.9% with placebo | in ZETA-A1 | and 33.4%, ..."
TRIAL_LABEL_END = re.compile(r"\s(?:in|for)\s(?:the\s)?[A-Z][A-Z0-9]{1,14}(?:[- ][A-Z0-9]{1,10}){0,2}$")


def _labelled(m: re.Match) -> bool:
    """Does the number's arm end on a trial's name? Then the numbers after it are another trial's."""
    arm = m.group("armtext")
    return bool(arm) and TRIAL_LABEL_END.search(arm) is not None


# the other arm's median that the text says was not reached ("..., while it was not reached in the A group")
NOT_REACHED = rx.compile(r"(?=[hw])\b(?:was|were|had)\s(?:still\s)?not\s(?:yet\s)?(?:been\s)?reached\b", re.I)


def _one_arms_change(text: str, m: re.Match) -> Comparison | None:
    """A change said of one arm alone, by a verb or noun of change right before its number and the arm right after
    it ("fell by 3.1 points with XY-123", "a reduction of 2.0 points in the placebo group") or opening the sentence
    ("Patients on placebo had a mean reduction of 0.4 points"); None for any other lone number (a level, an armless
    change, a bare word after the number)."""
    change = m.group("verb") or m.group("noun")
    if not change and (near := CHANGE_IN_MEASURE_OF.search(text, max(0, m.start() - 80), m.start())):
        change = near.group("noun")     # (or the measure between the noun and its number: "a mean decrease in X of")
    if not change or m.group("armlow") or m.group("armbare"):
        return None
    at = m.start("pct") if m.group("pct") else m.start("v")       # (the subject's verb may be the number's: "lost")
    opened = clause_opening_arm(text, at)
    lead_end = opened[0] + opened[1].end() if opened else None
    if not _has_arm(m) and not (lead_end is not None and lead_end <= at and not FIRST_NUMBER.search(text, lead_end, at)):
        return None                     # (or the arm the sentence or clause opens on: "With placebo, X fell by 0.4
        #                                 points", "The primary endpoint was X; those given A had a decrease of 4.2")
    number = _arm_number(m, change.lower())
    return Comparison((number,), m.start(), m.end(), False)


# a noun of change, the measure it is of, and "of" right before the number: "a mean decrease in zeta score | of 4.2
# points" (no number, bracket or clause break between)
CHANGE_IN_MEASURE_OF = rx.compile(rf"(?=[cdfgilrw])\b(?P<noun>{FALLING_NOUN}|{RISING_NOUN}|change)s?\s+(?:{cues.FROM_BASELINE}\s+)?"
                                  r"in\s+[^.;,:%\d()]{2,60}?\s+of\s+(?:(?:an?\s+)?(?:mean|average)\s+)?$", re.I)


def _counted_in_arm(m: re.Match) -> bool:
    """Is the number a count out of its arm's total, the arm named after the total ("9 of 63 patients in the A
    group")? Not a share: "29% of the 10 mg group" names the arm by its dose.

    >>> [_counted_in_arm(m) for m in SLOT.finditer("X in 9 of 63 in the A group and in 29% of the 10 mg group")]
    [True, False]
    """
    return bool(m.group("v")) and "." not in m.group("v") and not m.group("unit") and bool(m.group("arm")) and \
        COUNT_OF_ARM.match(m.group("arm")) is not None


def _has_arm(m: re.Match) -> bool:
    return any(m.group(g) for g in ARM_GROUPS)


# a number's unit as written, by one name: "percent" and "%", "day" and "days"
# (a change "by 1.8 percentage points" with A "and by 0.4 points" with B: one unit)
UNIT_NAMES = {"percent": "%", "per cent": "%", "point": "points", "percentage point": "points", "percentage points": "points",
              "month": "months", "week": "weeks", "day": "days",
              "year": "years", "hour": "hours", "minute": "minutes", "mo": "months", "min": "minutes"}


def unit_name(written: str) -> str:
    """A unit as written, by its one name ("" for none).

    >>> unit_name(" Percent"), unit_name(" day"), unit_name("")
    ('%', 'days', '')
    """
    unit = re.sub(r"\s+", " ", written.strip().lower())
    return UNIT_NAMES.get(unit, UNIT_NAMES.get(unit.removesuffix("s"), unit))


def _unit(m: re.Match) -> str:
    unit = "%" if m.group("pct") else re.sub(r"\s+", " ", (m.group("unit") or "").strip().lower())
    return UNIT_NAMES.get(unit, unit)


def _arm_number(m: re.Match, verb: str | None) -> ArmNumber:
    raw = m.group("pct") or m.group("v")
    value = exact(raw)
    unit = _unit(m)
    kind = "value"
    if verb:
        kind = "change"
        if verb in NEGATIVE_VERBS and not raw.startswith(("-", "+")):
            value = -value
    elif raw.startswith(("-", "+")):
        kind = "change"
    group = next((g for g in ARM_GROUPS if m.group(g)), None)
    arm = m.group(group).strip() if group else None
    return ArmNumber(value, kind, unit, arm, m.start("pct") if m.group("pct") else m.start("v"), m.end(),
                     m.start(group) if group else None, verb)


# --- one arm's line of a list ("- 10 mg group: weight fell by 12.0%", "Placebo: 31%") -------------------------
ARM_LINE = rx.compile(r"^\s{0,3}[-•*–]?\s{0,3}(?P<arm>[^:;,.()%]{1,40}?)(?:[\s-](?:group|arm|cohort|dose))?\s?:\s{1,3}")


@record
class ArmLine:
    """A line that gives one number for one arm: the arm's words as written (and where), and the number."""

    arm: str
    arm_start: int
    number: ArmNumber


def arm_line(text: str) -> ArmLine | None:
    """The arm and the one number of a list line "ARM: ... N"; None when the line gives more numbers or no number.

    >>> a = arm_line("- 10 mg group: weight fell by 12.0% on average")
    >>> a.arm, a.number.value, a.number.kind, a.number.unit
    ('10 mg', Decimal('-12.0'), 'change', '%')
    >>> arm_line("Placebo: 31% vs 20%") is None, arm_line("Weight fell by 12%") is None
    (True, True)
    """
    m = ARM_LINE.match(text)
    if m is None or BASELINE_WORD.search(text, m.end()):
        return None                     # "XY-123: 139 mg/dL at baseline": no result
    rest = plain(text)
    slots = [x for x in SLOT.finditer(rest, m.end()) if not _not_a_result(rest, x)]
    if len(slots) != 1 or len(FIRST_NUMBER.findall(rest, m.end())) != 1:
        return None
    slot = slots[0]
    if _unit(slot) == "" and not (slot.group("verb") or slot.group("noun")):
        return None                     # a bare number: a count or a score, not read without its unit
    return ArmLine(m.group("arm").strip(), m.start("arm"), _arm_number(slot, (slot.group("verb") or slot.group("noun") or "").lower() or None))


BASELINE_WORD = rx.compile(r"\bbaseline\b", re.I)
# the words before a level patients started from: "from a (mean) baseline of | 30.1"
BASELINE_OF_BEFORE = rx.compile(r"\bbaseline\s(?:(?:value|level|score)\s)?of\s$", re.I)
FIRST_NUMBER = rx.compile(r"(?=[\d])(?<![\w.])\d[\d.,]{0,12}")
