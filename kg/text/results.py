"""The cues of an outcome frame in one sentence: a single value after a measure, roles, timepoints, continuation.

What the outcome extractor reads around a measure besides the numbers of
``kg.text.effects`` and ``kg.text.comparisons``: the single value that follows
it ("ORR was 42%") with its interval, the role the text gives it ("the primary
endpoint"), when it was measured ("at week 24"), whether the result is of a
subgroup, and the words that carry a result into the next sentence.

>>> single_value("The response rate was 42% (95% CI, 30 to 55).", 17, 46).value
Decimal('42.0')
>>> bool(ROLE.search("the primary endpoint was met"))
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.model import record
from kg.text import cues, prefilter as rx
from kg.text.effects import (CI_RANGE, CI_WORDS, EFFECT, FALLING, FALLING_NOUN, NOT_SIGNIFICANT, P_VALUE, POINT_GAP, RISING,
                             RISING_NOUN, SIGNIFICANT, SNUM, VERSUS_CONTROL_WORDS)
from kg.text.numbers import DECIMAL, NUMBER, exact, parse_number
from kg.text.reading import reading_form as plain

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

# --- single numbers -------------------------------------------------------------------------------------------
# "MEASURE was 42%", "MEASURE: 42%", "MEASURE of 42%", "... in 42%": a single value right after a measure
# (a qualifier "at day 28" / "by RECIST 1.1" and an apposition ", the primary endpoint," may stand between)
_SINGLE = (rf"(?<![\s,])(?:\s*+\([A-Za-z][\w-]{{0,11}}\)|\s*+\([a-z][^()\d]{{10,100}}\)(?=\s(?:is|was|were)\s))?(?:\s++(?:at|by|within|after|through|against|regardless\s+of|irrespective\s+of)\s+[^,;%()]{{1,50}}?)?(?:\s*+,[^,;%()\d]{{1,40}},)?"
           rf"[\s,]{{0,3}}(?:(?:was|were|is|of|(?:had\s+)?reached|in|stood\s+at|amounted\s+to|totall?ed)\s+|at\s+(?!{SNUM}\s*months?\b)|:\s*|\(\s*)(?P<v>{SNUM})\s*(?P<unit>%|percent\b|per\s+cent\b|months?\b)")
SINGLE = rx.compile(_SINGLE + r"(?!\s*(?:of|in|with|on|for|among(?!\s+(?:the\s+)?responders\b)|vs\.?|versus|compared|CI|CrI|"
                    rf"confidence|credible)\b|,?\s+and\s+{SNUM}\s*(?:%|percent\b))", re.I)
# (nor the first of two: "X rates were 24% and 31%", the arms' in an order the sentence does not say)
# the same value given for one arm, whose phrase follows it: "X was 58% | in the XY-123 group", "... | among those given
# XY-123" (the caller knows where that arm's phrase starts)
SINGLE_FOR_ARM = rx.compile(_SINGLE + r"(?=\s{1,3}(?:in|among|for|with|on)\s)", re.I)
# (not an interval's level: "X (95% CI, 6 to 14)"; nor when it was read: "X at 12 months")
# a measure of time, whose single value may be given in months ("median duration of response: 21.8 months")
TIME_MEASURE = rx.compile(r"(?=[dst])\b(?:survival|duration|time[-\s]to)\b", re.I)
# a measure that counts people, whose arms' numbers after a change word are still levels: "an increase in | complete
# response | (38% vs 7%)", "a higher proportion of patients with X" (the change is the arms' difference)
SHARE_MEASURE = rx.compile(r"(?=[bcnoprs])\b(?:(?:complete\s|partial\s|clinical\s|biochemical\s|overall\s)?response|remission"
                           r"|normali[sz]ation|responders?|(?:proportion|percentage|share)\sof)\b", re.I)


def keeps_levels(label: str) -> bool:
    """Are a measure's per-arm numbers levels even after a change word: a time or a share of people?

    >>> keeps_levels("overall survival"), keeps_levels("complete response"), keeps_levels("zeta score")
    (True, True, False)
    """
    return bool(TIME_MEASURE.search(label) or SHARE_MEASURE.search(label))


@record
class Single:
    value: Decimal
    unit: str
    start: int
    end: int


# the share of the people a measure was seen in, after it: "Zeta responses | were observed in 11 of 40 patients
# (27.5%", "Remission | occurred in 12 (30%) adults"; or a share right after a listed measure's name: "(complete
# zeta response | 7.5%, partial ...)"
# an aside in words between the measure and its verb: "zeta responses | (none complete) | were seen in ..."
_ASIDE = r"(?:\s\([a-z][a-z ,-]{1,30}\))?"
SEEN_IN = rx.compile(rf"""(?<![\s,]){_ASIDE}(?:\s++(?:was|were)\s++(?:observed|seen|achieved|reported|noted|documented|recorded)\s++in
    |\s++occurred\s++in)\s++(?:\d{{1,6}}\s*+(?:of|/)\s*+\d{{1,6}}\s++(?:[a-z-]{{1,20}}\s++){{0,2}}?(?:patients|participants|subjects
    |people|children|adults|women|men|cases)\s*+\(\s*+|{NUMBER}
    \s*+(?:(?:patients?|participants?|subjects?|child|children|adults?|people|cases?)\s*+)?\(\s*+)(?P<v>{SNUM})\s*+(?P<unit>%)""",
                     re.I | re.X)
# the same with the share alone: "Remission | was achieved by 58% of patients", "... | occurred in 40% of the children"
SEEN_IN_SHARE = rx.compile(rf"""(?<![\s,]){_ASIDE}(?:\s++(?:was|were)\s++(?:observed|seen|achieved|reported|noted|documented|recorded)
    \s++(?:in|by)|\s++occurred\s++in)\s++(?P<v>{SNUM})\s*+(?P<unit>%)\s++of\s++(?:the\s++)?(?:[a-z-]{{1,20}}\s++){{0,2}}?
    (?:patients|participants|subjects|people|children|adults|women|men|cases)\b""", re.I | re.X)
LISTED_SHARE = rx.compile(rf"(?<![\s,])\s(?P<v>{SNUM})\s?(?P<unit>%)(?=\s?[,;)]|\s(?:and|overall)\b)")


def single_value(text: str, pos: int, end: int, arm_at: int = -1) -> Single | None:
    """The single value that follows a measure ending at ``pos`` ("ORR was 42%"), read up to ``end``.

    >>> single_value("The response rate was 42% (95% CI, 30 to 55).", 17, 46).value
    Decimal('42.0')
    >>> single_value("The response rate was 42% in the XY-123 group", 17, 46) is None
    True
    >>> single_value("The response rate (95% CI, 30 to 55) rose.", 17, 40) is None
    True
    >>> single_value("The response rate was 42% in the XY-123 group", 17, 46, arm_at=33).value     # (one arm's)
    Decimal('42.0')
    >>> single_value("Zeta responses were observed in 11 of 40 patients (27.5%).", 14, 58).value
    Decimal('27.5')
    >>> single_value("Zeta responses (none complete) were seen in 11 (27.5%).", 14, 55).value
    Decimal('27.5')
    >>> single_value("Zeta relapse occurred in one adult (3.5%).", 12, 42).value
    Decimal('3.5')
    >>> single_value("Zeta remission was achieved by 58% of patients.", 14, 47).value
    Decimal('58.0')
    >>> single_value("(zeta response 7.5%, partial zeta response 20%)", 14, 47).value
    Decimal('7.5')
    >>> single_value("The response rates were 24% and 31%.", 18, 36) is None
    True
    """
    text = plain(text)
    m = SINGLE.match(text[:end], pos) or SEEN_IN.match(text[:end], pos) or SEEN_IN_SHARE.match(text[:end], pos) \
        or LISTED_SHARE.match(text[:end], pos)
    if m is None and arm_at > pos:
        m = SINGLE_FOR_ARM.match(text[:end], pos)
        m = m if m and ARM_PHRASE_OPENS.fullmatch(text, m.end(), arm_at) else None
    if m is None:
        return None
    unit = m.group("unit").lower()
    unit = "%" if unit == "%" or unit.startswith("per") else unit.rstrip("s")
    return Single(exact(m.group("v")), unit, m.start("v"), m.end())


# the people of an arm and how they got its treatment, between a preposition and the arm's name: "among | patients
# given | XY-123", "in | the | XY-123 group" (a regex fragment)
ARM_PEOPLE = (r"(?:the\s|those\s|patients\s|participants\s|subjects\s){0,2}"
              r"(?:(?:treated\s|randomi[sz]ed\s)?(?:with|to|on)\s|given\s|receiving\s|taking\s|who\sreceived\s)?")
# the words between a value and the arm it is given for: "42% | in the | XY-123 group", "42% | among patients given |
# XY-123"
ARM_PHRASE_OPENS = rx.compile(r"\s{1,3}(?:in|among|for|with|on)\s" + ARM_PEOPLE, re.I)


# the interval right after a single value: "42% | (95% CI, 30 to 55)", "42% | [95% CI: 30-55]"
CI_AFTER = rx.compile(rf"(?<![\s(\[])\s*+[(\[,;]\s*+{CI_WORDS}\s*+[,:=]?\s*+{CI_RANGE}")
# measures that are themselves between-arm estimates, whose single value and interval are the outcome's (no ratio of
# the effect vocabulary): "vaccine efficacy was 84% (95% CI, 70 to 92)", also named by what it is against
ESTIMATE_MEASURE = rx.compile(r"^vaccine\sefficacy(?:\sagainst\s.+)?$")
# a short form in brackets right after a measure's name, before its interval: "vaccine efficacy | (VE) | (95% CI ...)"
SHORT_FORM_AFTER = rx.compile(r"\s?\([A-Za-z][\w-]{0,11}\)")


def interval_after(text: str, pos: int) -> tuple[Decimal, Decimal] | None:
    """(low, high) of the interval right after a value ending at ``pos``, else None.

    >>> interval_after("efficacy was 84.1% (95% CI, 70.2 to 91.6)", 18)
    (Decimal('70.2'), Decimal('91.6'))
    """
    m = CI_AFTER.match(plain(text), pos)
    return (exact(m.group("lo")), exact(m.group("hi"))) if m else None


# the words that make a measure's change a wording of the measure itself: "percent change in X", "change from
# baseline in X" (the outcome extractor keeps one outcome per trial and arm for both)
CHANGE_WORDS = (r"(?:(?:percent(?:age)?|%|mean|median|least[- ]squares mean|LS mean|average|absolute|relative|adjusted)\s){0,2}"
                r"change(?:\sfrom\sbaseline)?\s(?:in|of)\s")
CHANGE_PREFIX = rx.compile(rf"^{CHANGE_WORDS}", re.I)


# --- roles, timepoints and continuation (the outcome extractor's frame) ---------------------------------------
# ("additional end points" after the primary one are the secondary ones)
ROLE_WORDS = (r"(?P<role>(?:co-?)?primary|main\s+secondary|main|secondary|exploratory|key\s+secondary|additional"
              r"|major(?=\s+efficacy\s+(?:outcome|end\s?point))"      # (a label's "major efficacy outcome measure")
              # (measures named with no role: "Other outcomes included X", "other end-points were Y")
              r"|other(?=\s+(?:outcome|end(?:\s+|-)?point|measure)s\b))")
ENDPOINT_WORDS = (r"(?:efficacy\s+)?(?:outcome\s+(?:measure|parameter|variable)|goal|objective|endpoint|outcome|aim|measure|question|end(?:\s+|-)point"
                  r"|variable|parameter)s?")     # ("secondary outcome measures": the whole head, not "outcome")
# what adds a second result to a role's measure: "the primary endpoint of X ... | as well as | a reduction in Y"
ALSO_BETWEEN = rx.compile(r"(?=[ai])\b(?:as\s++well\s++as|in\s++addition\s++to|along\s++with|and\s++also)\b", re.I)
# "the primary endpoint", "key secondary outcomes", "its main goal"
# (opened by a look-ahead for the role words' first letters: re skips the other positions at once)
# (a hyphen may join them: "a primary-outcome event")
ROLE = rx.compile(rf"{rx.starts_with(['primary', 'coprimary', 'co-primary', 'main', 'secondary', 'exploratory', 'key', 'additional', 'major', 'other'])}\b{ROLE_WORDS}(?:\s+|-)(?:[\w-]{{1,30}}\s+){{0,2}}?(?:{ENDPOINT_WORDS}|composites?)\b", re.I)
# a mention that is only a role phrase ("the primary endpoint") names no measure of its own
ROLE_PHRASE = rx.compile(rf"(?:the\s+|its\s+|a\s+)?{ROLE_WORDS}\s+(?:composite\s+)?{ENDPOINT_WORDS}", re.I)
# after a role phrase, the measures it lists follow: "secondary endpoints (, tested in order,) were / included / :",
# "the primary end points (for part one (week 10) and part two (week 40)) were"
ROLE_LIST = rx.compile(r"(?<!\s)(?:\s*+,[^,;]{1,60},|\s++(?:for|in|at|among|during)\s[^,;:.]{1,60}?(?=\s(?:was|were|are|is)\b))?\s*+(?:(?:was|were|is|are|include|included|includes|comprised|consist(?:s|ed)?\s+of|of)\b|,?\s*+including\b|:)",
                       re.I)
# the number of measures a role phrase announces: "Three confirmatory secondary endpoints ..."
ROLE_COUNT = rx.compile(r"(?=[23456fst])\b(?P<n>two|three|four|five|six|[2-6])\s(?:[\w-]{1,20}\s){0,2}$", re.I)
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
# "A and B were key secondary endpoints", "A was one of the prespecified secondary endpoints": the role follows the
# measures it names
ROLE_AFTER = rx.compile(r"(?=[aiw])\b(?:was|were|is|are|as)\s+(?:one\s+of\s+)?"
                        r"(?:(?:the|a|an|its|their|key|other|two|three|pre-?specified|prespecified)\s+){0,3}$", re.I)
# "45% of patients achieved a complete response": a single value before its measure
VALUE_BEFORE = rx.compile(rf"(?<![\w.-])(?P<v>{SNUM})\s*+(?:%|percent\b|per\s+cent\b)\s+of\s+(?:[\w-]{{1,30}}\s+){{1,4}}?"
                          r"(?:were|was|had|reached|achieved|attained|showed)\s+(?:still\s+)?(?:an?\s+|the\s+)?$", re.I)
# "a 41% | overall response rate": a rate's value written before it (only a rate's: "a 10% | weight loss" is a threshold)
# (or "the vaccine has | 91% | (overall) efficacy")
RATE_BEFORE = rx.compile(rf"(?<![\w.-])(?:(?:an?|the)\s+(?:estimated\s+|overall\s+)?|(?:is|was|are|were|showed|demonstrated|with|has|had)\s+)"
                         rf"(?P<v>{SNUM})\s*+(?:%|percent\b|per\s+cent\b)\s+(?:overall\s+)?$", re.I)
RATE_MEASURE = re.compile(r"\b(?:rates?|response|remission|survival|efficacy(?:\sagainst\s.+)?)$", re.I)
# a share listed before its measure, after a colon, a semicolon or "and", perhaps with its count: "...: | 48% | ORR and
# | 80% | clinical benefit rate; | 10% (n=5) confirmed | complete responses; and | 30% (n=15) patients with | stable
# disease" (the measures of a single-arm trial's results)
LISTED_BEFORE = rx.compile(rf"(?:[:;,]\s|\band\s)(?P<v>{SNUM})\s?%\s(?:\(\s?n\s?=\s?\d{{1,5}}\s?\)\s)?"
                           r"(?:(?:confirmed|unconfirmed|patients\swith|had)\s)?$", re.I)
# "13 of the 22 children (59%) could sit without support": the same with a count and its share
COUNT_BEFORE = rx.compile(rf"(?=[\d])(?<![\w.,])\d{{1,3}}(?:,\d{{3}})?\s(?:of\s(?:the\s)?\d{{1,3}}(?:,\d{{3}})?\s)?(?:[\w-]{{1,30}}\s){{0,2}}?"
                          rf"\(\s?(?P<v>{SNUM})\s?%(?:\s?[;,][^()]{{1,40}})?\s?\)\s(?:were|was|had|reached|achieved|attained|showed|could|"
                          r"did|remained)\s"
                          r"(?:still\s)?(?:an?\s|the\s)?$", re.I)
# after a role phrase, the words that introduce the measure it names: "The primary outcome was | X", "Secondary
# outcomes included | X" (the measure itself is read by kg.extractors.outcome_roles.defined_measure)
# (or "of": "did not meet its primary endpoint of | complete clearance at week 6")
ROLE_DEFINES = rx.compile(r"(?:\s{1,3}(?:was|were)\s(?:also\s)?(?:met|achieved),\s{1,3}including"     # ("... were met, | including X")
                          r"|(?:\s{0,3},[^,;]{1,40},)?"
                          # (the trials it is the endpoint of: "The primary endpoint | of both trials | was X")
                          r"(?:\s(?:of|in|for)\s(?:the|both|all|each|this|these|its|their)\s(?:[\w-]{1,20}\s){0,2}?(?:trials?|stud(?:y|ies)))?"
                          r"\s{1,3}(?:was|were|is|are|included|includes|comprised|of)|\s{0,2}:"
                          r"|,?\s{1,3}(?:including|such\sas))"    # (or the examples of a list: "endpoints | including X")
                          r"\s{1,3}(?:the\s|a\s|an\s)?", re.I)      # (or a label's colon: "Primary endpoint: X")
# a conjunction that opens another role's clause: "the primary endpoint was X|, and secondary endpoints were ..."
ANOTHER_ROLE = rx.compile(r",?\s(?:and|while|whereas|but)\s(?:the\s|its\s)?(?:key\s)?(?:co-?primary|primary|secondary|exploratory"
                          r"|main)\b", re.I)
# the measure a role phrase names, to the clause's end: words (no number, no verb), then perhaps a timepoint
DEFINED_PHRASE = rx.compile(r"(?P<x>[A-Za-z][\w'’/-]{0,30}(?:\s[A-Za-z][\w'’/-]{0,30}){0,9}?)"
                            r"(?P<t>(?:\s(?:within|at|by|over|after|through|during)\s(?:the\s)?(?:(?:first|final|last)\s)?(?:(?:day|week|month|year)\s\d{1,3}|"
                            r"(?:\d{1,3}|two|three|four|six|eight|ten|twelve)\s(?:hours|days|weeks|months|years))"
                            r"(?:\sof\sfollow-up)?"       # ("| during 3 months of follow-up")
                            # (or a window from the start: "| from 0 to 36 hours", "| from baseline to week 12")
                            r"|\sfrom\s(?:0|baseline)\sto\s(?:(?:day|week|month|year)\s\d{1,3}|\d{1,3}\s(?:hours|days|weeks|months|years))"
                            # (or no time at all: "| at any time after the first dose")
                            r"|\sat\sany\stime)"
                            # (the event the time counts from: "within 30 days | after surgery")
                            r"(?:\s(?:after|following)\s(?:the\s)?(?:[a-z-]{2,20}\s)?[a-z-]{3,20}(?=[.;(]|$))?)?\s{0,2}"
                            r"(?=[.;(]|$|\sbetween\s|,?\s(?:as\s)?(?:assessed|measured|evaluated|determined|confirmed|verified)\s(?:[\w-]{1,20}\s){0,2}?(?:with|by|using|via|on)\b"
                            # (or another role's clause: "X|, and secondary endpoints were ...")
                            rf"|(?i:{ANOTHER_ROLE.pattern})"
                            # (or what it was for: "a composite endpoint | designed to show ...", "| defined as ...")
                            r"|\s(?:designed|intended|chosen|selected|built|meant|made)\sto\s|,?\s(?:defined|measured)\sas\s"
                            # (or the visit it was read at, or who reported it: "| at test-of-cure", "| reported by")
                            r"|\sat\s(?:the\s)?(?:test[-\s]of[-\s]cure|end\sof\s(?:treatment|therapy|the\sstudy)|last\svisit)\b"
                            r"|\s(?:reported|recorded|assessed)\sby\s"
                            # (or its short form between commas: "zeta protein ratio|, ZPR or zetauria, after ...")
                            r"|,\s(?-i:[a-z]?[A-Z]{2,8})(?:\sor\s[a-z]{3,20})?,\s"
                            # (or what the time was of: "after 9 months | of treatment with XY-123")
                            r"|\sof\s(?:treatment|therapy|dosing|follow-up)\b"
                            # (or the other arm it was set against: "achieved the primary endpoint of X | compared with
                            # 12% on placebo")
                            r"|\s(?:compared\s(?:with|to)|versus|vs\.?)\s"
                            rf"|\s(?:in|among)\s(?:the\s)?(?:\w+\s)?{cues.PEOPLE}\b|\s(?:at|across|with)\s(?:both|all|each|either)\s"
                            # (or the trial it was the endpoint of: "| in the phase 3 ZETA-3 trial")
                            r"|\s(?:in|of)\s(?:the\s|its\s|a\s|this\s)?(?:[\w-]{1,20}\s){0,3}(?:trial|study)\b"
                            # (or that it was met: "the primary endpoint of X | was achieved")
                            r"|\s(?:was|were)\s(?:(?:successfully|also|not)\s)?(?:met|achieved|reached|attained|missed)\b"
                            # ("did not meet its primary endpoint of X | or any of the secondary endpoints")
                            r"|,?\s(?:or|nor|and)\s(?:any|all)\s(?:of\s)?(?:the\s)?(?:\w+\s)?(?:end\s?points|outcomes)\b)")
# how a measure was taken, after its name: "the incidence of zeta episodes | assessed twice daily with the Zeta Method"
METHOD_CUE = re.compile(r"\b(?:assessed|measured|evaluated|determined|scored|rated)\b[^.;()]{0,40}?\b(?:with|by|using|on)\b"
                        r"|\b(?:using|via)\b", re.I)
NOT_IN_MEASURE = frozenset("""was were is are had has have occurred compared versus vs than which that who whom when while
    whereas but because if showed reached achieved met""".split())
GENERIC_MEASURES = frozenset("change difference rate proportion number time incidence efficacy safety score outcome "
                             "endpoint result results response mean effect".split())
# a sentence that judges two results at once: "Both results were statistically significant", "Both comparisons ..."
BOTH_RESULTS = rx.compile(r"\s{0,3}Both\s(?:results|endpoints|end\s?points|outcomes|comparisons|(?:co-?)?primary\s(?:end\s?points|outcomes))"
                          r"\b[^.;]{0,40}\b(?:significant|p\s?[<=])", re.I)
SAFETY = rx.compile(r"\bsafety(?:\s+and\s+tolerability)?|\btolerability\b", re.I)
# a duration that is a point in time: "at week 24", "after 12 months", "over the first year"
# an age range is no timepoint ("adults aged 18 to 65 years")
AGE_BEFORE = rx.compile(r"\baged?\b[^.;]{0,20}$", re.I)
AGE_AFTER = rx.compile(r"\s(?:of\sage|old)\b", re.I)
# a span that describes a measure's window, not when it was read: "the 3-month | mean", "a 12-week | period", "7-day | point
# prevalence"; or a time looked back over before the trial: "in the 12 months | before screening"
WINDOW_AFTER = rx.compile(r"\s(?:mean|average|rolling|period|window|baseline|point\sprevalence|before|prior\sto|preceding)\b"
                          # (or the time a treatment was started in, from symptoms: "within 3 days | of symptom onset")
                          r"|\sof\s(?:the\s)?(?:(?:appearance|onset|start)\sof\s(?:\w+\s)?symptoms|(?:symptom|illness)\sonset)\b",
                          re.I)
# (or the end of a span from baseline: "the change in X between baseline and | week 8")
TIMEPOINT_BEFORE = rx.compile(r"(?=[abdiotw])\b(?:at|to|by|through|within|after|over|during|in|on|baseline\s+and)\b(?:\s+the)?(?:\s+(?:first|last|initial))?\s*$", re.I)
# a duration that is a point in time by what follows it: "one month | after receiving a single vaccination", "2 hours
# | after dosing"; or by the measure it dates, written as one word with it: "the 24-month | event-free survival rate"
TIMEPOINT_AFTER = rx.compile(r"\s(?:after|post|following)\s(?:receiving\s|taking\s|the\s)?(?:(?:a|an|one|single|first|last|"
                             r"second|final)\s){0,2}(?:doses?|dosing|vaccinations?|injections?|infusions?|administration|"
                             r"randomi[sz]ation|surgery|transplant(?:ation)?)\b", re.I)
# (or the treatment given that long, as the subject of a result: "24 weeks of XY-123 | lowered ...", "12 months of
# treatment | reduced ...")
TREATED_FOR_AFTER = rx.compile(r"\sof\s(?:(?:treatment|therapy|dosing)(?:\swith\s[\w-]{2,30})?|[\w-]{2,30})\s(?:also\s)?"
                               r"(?:brought|led|produced|resulted|reduced|lowered|improved|increased|decreased|cut|yielded|"
                               r"achieved|showed|gave)\b", re.I)
# (not a trial's or a treatment's span, "a 12-week trial", nor a window a measure is confirmed over, "12-week confirmed
# disability progression")
DATED_MEASURE_AFTER = rx.compile(r"\s(?!(?:trial|study|studies|treatment|period|phase|course|extension|follow-?up|program|"
                                 r"programme|regimen|dosing|infusion|run-in|washout|old|interval|cycle"
                                 # (nor how much a time was gained: "a 2-year | gain in survival")
                                 r"|prolongation|improvement|gain|extension|delay|benefit|increase|reduction)s?\b|[a-z]+ed\b)"
                                 r"[a-z][a-z-]{3,}", re.I)
# the same in hours, which no trial's span is counted in: "two hours after dosing", "at 2 hours"
HOURS = rx.compile(rf"\b(?P<num>{NUMBER})\s(?:hours?|hrs?|h)\b", re.I)
HOURS_AT_BEFORE = rx.compile(r"(?=[ab])\b(?:at|by|after)\s(?:the\s)?$", re.I)
# the second end of a range, not a point in time: "(95% CI, 18 to | 24 months)", "6 to | 12 months"
RANGE_BEFORE = rx.compile(r"\d\s?(?:%|(?:days?|weeks?|months?|years?)\s)?\s?(?:to|-|–)\s?$", re.I)
PER = rx.compile(r"per\s*$")
EXCEPT_AT = rx.compile(r"(?=[aeo])\b(?:except|excluding|other\s+than|apart\s+from)\s+(?:at|for|in|on|during)?\s*(?:the\s+)?$", re.I)
BEFORE = 80            # the characters before a duration in which TIMEPOINT_BEFORE and PER are looked for
SAME_PERIOD = rx.compile(r"\b(?:same|that)\s+(?:period|time|window|timepoint)\b", re.I)
# a clause that turns from the one before it to another quantity: "..., but no significant effect on Y", "; whereas
# Y", "(... vs ...), with a 58% Y rate"
# significance said of the change within each group, not of the difference between them: "improved significantly |
# in both groups", "(P < .0001 | for both groups)" (not "in both dose groups compared with placebo")
WITHIN_GROUPS = rx.compile(r"(?=[fiw])\b(?:in|within|for)\s(?:both|each|all)\s(?:of\s)?(?:the\s)?(?:two\s|three\s)?(?:treatment\s|study\s)?"
                           r"(?:groups|arms|cohorts)\b(?![^.;]{0,40}?\b(?:compared|versus|vs\b|than|relative|placebo|control))",
                           re.I)
# the groups as the subject of their own change: "Both groups | improved in zeta pain (p < 0.001)", "all three arms
# showed ..." (a p-value after it weighs each group against its start, not the groups against each other)
GROUPS_CHANGED = rx.compile(r"(?=[abt])\b(?:both|all|the\stwo|all\sthree)\s(?:(?:treatment|study|intervention)\s)?"
                            r"(?:groups|arms|cohorts)\s(?:(?:significantly|also|markedly|clearly)\s)?(?:improved|showed|had|"
                            r"experienced|achieved|reported|demonstrated|reduced|decreased|increased|gained|lost)\b", re.I)
# what turns from the measures just named to one they leave out: "A, B and C did not differ | except for | D, which was
# higher (P<0.001)"
EXCEPT_FOR = rx.compile(r"(?=[aeosw])\b(?:except(?:\sfor)?|excepting|apart\sfrom|other\sthan|save\sfor|with\sthe\sexception\sof)\s",
                        re.I)
CONTRAST = rx.compile(r"(?:,|;)\s(?:but|whereas|while|although|however)\b|;\s|\),\swith\s(?:an?|the)\s")
# the whole population named before one of several estimates: "..., and then in the entire study population (HR=..."
# (that estimate is the trial's, the others its subgroups')
WHOLE_POPULATION = rx.compile(r"(?=[aeotw])\b(?:(?:entire|overall|whole|total)\s(?:study\s|trial\s)?population|"
                              r"all\s(?:randomi[sz]ed\s)?(?:patients|participants))\b[^.;()]{0,60}(?:[(\[]\s?)?$", re.I)
# a subgroup's or post hoc analysis's numbers are not the trial's result
SUBGROUP = rx.compile(r"(?=[abepstvcw])\b(?:subgroups?|subsets?|post[-\s]hoc|subpopulations?|sub-populations?|"
                      # people with a trait set against those without it: "better in patients with zeta mutations than
                      # in those without", "with and without zeta mutations" (not "with or without": a definition's
                      # words, or a therapy's)
                      r"(?:than|versus|vs\.?|compared\s+(?:with|to))\s+(?:in\s+)?(?:those|patients|participants)\s+without|"
                      r"with\s+(?:and|versus|vs\.?)\s+without|"
                      r"exploratory\s+(?:analysis|analyses|comparison)|pre-?specified\s+[^.;,]{1,40}\s+population|"
                      # "did not differ based on age, sex or smoking history": across the population's parts
                      r"(?:based\s+on|according\s+to|across)\s+(?:age|sex|gender|race|ethnicity|ethnic\s+origin|smoking))\b", re.I)
# a sentence that opens on a part of the population: "Among those on invasive ventilation, ...", "In patients who
# needed no oxygen, ..." (its numbers are a subgroup's, unless the part named is an arm: "Among those on XY-123")
SUBGROUP_OPENER = rx.compile(rf"^\s{{0,3}}(?:Among|In|For)\s(?:those|{cues.PEOPLE})\s(?P<who>(?:on|receiving|who|with|without|"
                             r"not|needing|requiring|aged|older|younger|given)\b[^,:;]{1,80})[,:]")
# the words that say patients died ("had died", "died"): a mortality measure's numbers
# (or another event people are said to have had by a verb: "19 (12.9%) ... relapsed")
DIED = rx.compile(rf"\b(?:had\s|have\s)?(?P<verb>{cues.EVENT_VERB})\b|\b(?P<noun>{cues.RESPONDERS})\b", re.I)
# the names of the measure counting each such event, by its verb (a death's: mortality or death)
EVENT_MEASURES = {verb: rx.compile(rf"\b{stem}", re.I) for verb, (_, stem) in cues.EVENT_VERBS.items()}


def event_verb(m: re.Match) -> str:
    """The event verb of a :data:`DIED` match ("responded" for a noun that says so: "were responders")."""
    return m.group("verb").lower() if m.group("verb") else "responded"

DEATH_MEASURE = EVENT_MEASURES["died"]
# how long the event took, right after its verb: "recovered | in 11 days", "| in a median of 10 days"
EVENT_TIME_AFTER = rx.compile(r"\sin\s(?:an?\s)?(?:(?:median|mean|average)\s(?:of\s)?)?\d{1,4}(?:\.\d{1,2})?\s"
                              r"(?:days?|weeks?|months?|hours?)\b", re.I)
# (so a duration right after an event's verb and "in" is how long it took, no timepoint: "recovered in | 11 days"; not
# a window: "died within | 28 days")
EVENT_IN_BEFORE = rx.compile(rf"\b(?:{cues.EVENT_VERB})\sin\s$", re.I)
# a duration a time was changed by, no point in time: "cut the median zeta recovery time | by | 2.5 days"
# (the effects module's change verbs, and those said of a time)
CHANGED_BY_BEFORE = rx.compile(rf"\b(?:{FALLING}|{RISING}|shortened|lengthened|prolonged|extended|delayed|longer|shorter)\b"
                               r"[^.;,()]{0,60}\sby\s$", re.I)
# a measure that is a time: "recovery time", "time to recovery", "duration of X"
NAMES_A_TIME = rx.compile(r"(?=[dt])\b(?:time|duration)\b", re.I)
# the words of a per-arm number that say it is a change rather than a level
# (not a size of change a responder must reach: "(a 2-point change to a grade of 0 or 1)" defines success, its
# shares no change)
CHANGE_WORD = rx.compile(r"(?<!\d[-\s]point\s)(?<!\d[-\s]grade\s)(?<!\d%\s)\bchange", re.I)
# the words of a measure's name the list leaves out, between a change's word and the name: "reduction in | major motor
# | zeta frequency" (a fragment, to the end of the text searched)
UNLISTED_WORDS = r"(?:(?!(?:and|or|but|with|versus|vs|than|compared|in|of|for|at|by)\s)[a-z0-9][a-z0-9-]{1,20}\s+){0,3}$"
# a change named by its direction just before the measure: "the mean decline in the ARS total score (...) was 4.5"
CHANGE_NOUN_BEFORE = rx.compile(rf"\b(?:(?P<noun>{FALLING_NOUN}|declines|reductions|{RISING_NOUN}|increases)"
                                # (its window may stand between: "the reduction | from baseline | in X")
                                # (or the last value it ran to: "the decrease from baseline to | final X")
                                rf"(?:(?:\s+{cues.FROM_BASELINE})?\s+(?:in|of)|\s+{cues.FROM_BASELINE}\s+to(?=\s+final\s))"
                                # (or the verb that changed it: "lowering | X by 19%")
                                r"|(?P<verb>lowering|reducing|cutting|decreasing|raising|increasing))\s+(?:the\s+|patients['’]\s+)?"
                                # (or the statistic taken of the measure: "a fall in the | least-squares mean of | X", "a
                                # drop from baseline in the | LS mean total score on the | X")
                                r"(?:(?:least[- ]squares?\s+|LS\s+|adjusted\s+)?mean\s+of\s+(?:the\s+)?"
                                r"|(?:(?:least[- ]squares?\s+|LS\s+|adjusted\s+)?mean\s+)?(?:total\s+)?scores?\s+on\s+(?:the\s+)?)?"
                                + UNLISTED_WORDS, re.I)
# ... or just after it, with the window it was taken over: "the mean ZRS | improvement from baseline | to week 12 was ..."
# (or right before the arms' numbers in brackets: "no difference in X | reduction | (2.7% vs 2.4%)")
CHANGE_NOUN_AFTER = rx.compile(rf"\s(?P<noun>{FALLING_NOUN}|{RISING_NOUN})s?(?:\s{cues.FROM_BASELINE}\b|(?=\s?\(\s?[-+−]?\d))", re.I)
# a therapy's verb that changed the measure, where "by" and the size of the change follow the measure: "XY-1 lowered |
# zeta cholesterol | by 30%, compared with 12% for placebo" (the numbers are changes; "by" keeps out "reduced" as an
# adjective: "patients with reduced | ejection fraction")
CHANGED_BY_VERB_BEFORE = rx.compile(r"(?=[cdilr])\b(?P<verb>(?:reduc|lower|decreas|increas|rais)(?:ed|es|e|s)?|cuts?)\s+"
                                    r"(?:the\s+|patients['’]\s+|their\s+|mean\s+|average\s+)?" + UNLISTED_WORDS, re.I)
BY_AFTER_MEASURE = re.compile(rf"(?:\s{cues.FROM_BASELINE})?\sby\s(?:an?\s(?:mean|average)\s(?:of\s)?)?[-–−]?\d")
# a sentence whose subject is a change of the measure the sentence before named: "The average decrease was 15.2
# points with A and 10.4 with B" ("improvement" says how patients fared, not which way the number went)
CHANGE_SUBJECT = rx.compile(r"""\s{0,3}(?:In\s(?:[^,.;()]|\([^()]{0,15}\)){1,60},\s+)?(?:The\s+)?(?:(?:mean|average|median|least[- ]squares\s+(?:\(LS\)\s+)?mean
    |LS\s+mean|absolute)\s+)?(?P<noun>reductions?|decreases?|declines?|drops?|increases?|rises?|gains?)(?:\s+""" + cues.FROM_BASELINE + r""")?
    (?:\s+(?:for|with|in|among)\s+[^,;()]{1,40}?)?\s+(?:was|were|of)\b""", re.I | re.X)
# (a population it was read in may open it, and the arm it gives first come before the verb: "In the full population,
# the mean decrease from baseline | with XY-1 10 mg | was 12.9 points, versus ...")
# what follows armless values given "respectively" when they are the subject of their own result: "40% and 30%, |
# respectively, reported no Y" (Y's numbers, not those of the measure named before)
OWN_PREDICATE_AFTER = rx.compile(r",?\s{1,3}respectively,?\s{1,3}(?:were|was|had|achieved|reached|reported|experienced|"
                                 r"became|remained|met|showed)\b", re.I)
DIRECTION_OF = {"decreased": "decreased", "increased": "increased"}
# a short line that opens a list of numbers: "At week 72:", "Results at 12 months:"
LIST_INTRO = rx.compile(r"\s{0,3}[^.;:]{1,40}:\s{0,3}")
FALLING_WORD = rx.compile(rf"(?=[cdflrw])\b(?:{FALLING})\b", re.I)

# layouts of one arm's or one measure's numbers
_WORD = r"[\w-]{1,60}"
# "from 40.6 to 37.6", "(37.6 vs. 40.6 points)", "a mean three points lower"
# (a spread may follow the baseline: "from 57.4±9 letters at baseline to 61.2±12", "from 85.9 +/- 3.8 to ..."; the
# start may be called the baseline: "from a baseline (BSL) of 8.6% to 7.7%")
FROM_TO = rx.compile(rf"(?<!interval\s)(?<!CI\s)(?<!varied\s)(?<!varies\s)(?<!varying\s)(?<!ranging\s)(?<!ranged\s)(?<!ranges\s)(?<!range\s)(?<!scored\s)\bfrom\s+(?:(?:a|the)\s+)?(?:(?:mean|median)\s+)?(?:baseline\s+(?:(?:value|level|score)\s+)?(?:\([A-Za-z]{{1,4}}\)\s+)?of\s+)?(?P<b>[-+]?{DECIMAL})(?:\s?(?:±|\+/-)\s?{DECIMAL})?%?\s+(?:points?\s+)?(?:[^.;]{{0,60}}?)\bto\s+(?P<v>[-+]?{DECIMAL})"
                     # (not a span of time: "improved in both groups from 1 to 5 weeks"; nor a scale's range: "a visual
                     # analogue scale ranging from 0 to 100")
                     r"(?!\.?\d|\s*(?:days?|weeks?|months?|years?|hours?|h|wk|mo)\b)", re.I)
# "(37.6 vs. 40.6 points)" is a value against its baseline only where the sentence compares times
OVER_TIME = rx.compile(r"(?=[beps])\b(?:baseline|beginning|start|before|earlier|previously)\b", re.I)
# an opening bracket between two mentions
OPENS = rx.compile(r"(?<!\s)\s*+[(\[]\s*+")
VS = rx.compile(rf"\(\s*(?P<v>[-+]?{DECIMAL})\s*(?:points?\s*)?(?:vs\.?|versus)\s*(?P<b>[-+]?{DECIMAL})", re.I)
# (blanks after "a" and before the number are taken whole: re would otherwise try every split of a long run)
# (not one said against the control's group: "scored 2.6 points higher than did the sham group" is the arms' difference)
CHANGE = rx.compile(rf"\b(?:a\s++)?(?:mean|average)?\s*+(?P<n>{NUMBER})\s+points?\s+(?P<dir>lower|higher|less|more)"
                    rf"(?!\s{VERSUS_CONTROL_WORDS})", re.I)
# "people on A lost an average of 6 points, compared with 8 points for those on B"
ARM_CHANGE = rx.compile(rf"(?=[cdfgilrw])\b(?P<verb>lost|declined by|fell by|dropped by|decreased by|worsened by|gained|improved by|rose by|"
                        rf"increased by|compared with)\s+(?:an average of\s+|a mean of\s+|about\s+)?(?P<n>{DECIMAL})\s+points?", re.I)
ARM_CUE = rx.compile(rf"\b(?:(?:people|those|patients|participants)\s+(?:on|given|receiving|taking)\s+(?P<on>[\w-]+)|"
                     rf"in the (?P<group>{_WORD}(?:[ -]{_WORD})?)[- ]group|(?P<grp2>{_WORD})[- ]group)", re.I)
IN_GROUP = rx.compile(rf"\bin the (?P<g>{_WORD}(?:[ -]{_WORD})?)[- ]group\b", re.I)
# "6.0 points in the early-start group versus 9.5 points in the delayed-start group"
SIGNED_ARM = rx.compile(rf"(?P<n>[-+]?{DECIMAL})\s+points?\s+(?:for|in|with|among)\s+(?:the\s+|those on\s+|patients on\s+)?"
                        rf"(?P<arm>[\w-]+)(?:[ -](?:group|arm))?", re.I)
DOSE_START_GROUP = rx.compile(rf"(?=[dehilms]){cues.DOSE_LEVEL}[- ]?dose|(?:early|delayed)[- ]?start", re.I)
# a sentence that opens on a further result, not the one a role stated before it spoke of: "In addition, X was ..."
ANOTHER_RESULT = rx.compile(rf"\s{{0,3}}(?:In\saddition|{'|'.join(sorted(cues.FURTHER_WORDS))})\b", re.I)
# a role judged, then its result after a colon in the same sentence: "met its primary endpoint|: 40% of ..." (what the
# next sentences give is not that role's)
RESULT_AFTER_ROLE = rx.compile(r"(?:\s[^.:;]{0,20})?:\s")
# a sentence with these continues the measure of the sentence before it
# a share of patients and what they reached, the result's own measure ("45% of patients on XY-123 achieved
# remission", "68% of patients on XY-123 had an improvement in ..."): such a sentence does not go on about the measure
# before it, unless it points back at an endpoint
OWN_EVENT = rx.compile(r"""%\)?\s{1,3}(?:of\s)?(?:[\w-]{1,30}\s){0,8}?(?:achieved|attained|reached|experienced|developed
    |responded|had\s(?:an?|no|any|at\sleast))\b(?!\s(?:the|this|that|its|their|both)\s(?:(?:primary|secondary|main|co-primary|key)\s)?(?:end\s?points?
    |goals?|targets?|outcomes?|objectives?)\b)""", re.I | re.X)
# people counted, then the event they had: "Five patients in the A group had a fall, compared with none in ...", "4 of
# the 30 participants developed an infection" (its own event, not the measure named before)
# (not how much a quantity moved in them: "The 52 patients given XY-123 had a mean decrease in Z of 4.2 nmol/L")
COUNTED_HAD = rx.compile(rf"""(?<![\w.])(?:{NUMBER})\s(?:of\s(?:the\s)?\d{{1,6}}\s)?{cues.PEOPLE}\b[^.;%]{{0,40}}?
    \b(?:had|experienced|developed|suffered|sustained)\s(?:an?|one|at\sleast)\s
    (?!(?:[\w“”"'-]{{1,20}}\s){{0,4}}?(?:{FALLING_NOUN}|{RISING_NOUN}|fall|change)s?\s(?:in|of|from)\s)""", re.I | re.X)
# words that point back to the measure just named ("Scores fell ...", "The difference was ...")
# (or the arms' means: "LS means: -5.3 with A, ...", "The mean changes were ...")
POINTS_BACK = rx.compile(r"\b(?:scores?|the\s+(?:(?:least[\s-]squares?|LS|mean|median|average|percentage|percent|relative|"
                         r"absolute)\s+){0,4}(?:difference|result|effect|benefit|change|gap)s?"
                         r"|(?:least[\s-]squares?|LS)(?:\s+[\[(]LS[\])])?\s+means)\b", re.I)
FIRST_DIGIT = rx.compile(r"\d")
CONTINUES = (POINTS_BACK, NOT_SIGNIFICANT, SIGNIFICANT, ARM_CHANGE, POINT_GAP, EFFECT, FROM_TO, VS, P_VALUE, CHANGE, SIGNED_ARM)
number = parse_number
