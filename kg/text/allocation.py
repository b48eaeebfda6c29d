"""Arms read from an allocation sentence: "randomised 2:1 to XY-123 (n=40) or placebo (n=20)", "to receive either
XY-123 ... or ...", "60 to XY-123 and 30 to placebo", "48 received XY-123 and 24 received placebo", "50 to each group".
:func:`kg.text.arms.find_arms` tries it first.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Sequence

from kg.text import cues
from kg.text import prefilter as rx
from kg.text.arm_parts import (AMOUNT, CONTROL, DOSE, HOW_OFTEN, LEVEL, PLACEBO, REACH, SPAN_OF_TIME, Arm, Name, dose_labels,
                                placebo_label, short_unit, stated_n, with_main)
from kg.text.group_names import BARE_GROUP_NAME, GROUP_TOKEN, NOT_AN_ARM_GROUP
from kg.text.numbers import NUMBER, parse_number

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

# a word between the word that introduces an arm and its name ("to the standard regimen of intravenous X"); not a
# word that joins two things given together ("X plus Y") or starts another clause
# (or a short form in brackets: "20 milligrams (mg) of X", "intravenous (IV) X")
_FILLER = r"(?!(?:to|or|and|plus|with|versus|vs|in|after|than|who|were|was)\b)(?:[\w'’/.–-]{1,30}:?|\([\w-]{1,8}\))"
# what comes right before an arm's name in an allocation: "to", "either", "or (to)", "versus", or a count
# ("60 to", "48 received", "259 in"); matched at the end of the text before the name
INTRO = rx.compile(rf"""(?:(?:
      (?<![\w-])(?<!according\s)(?<!due\s)(?P<word>to|either|or|versus|vs\.?|receive|received|receiving|took|take|taking|given|administered|with|(?:groups|arms)\s?:(?!\s+(?:the|an?)\s))
      (?:\s+one\s+of\s+(?:two|three|four|five|six|[2-6])\s+(?:[\w-]+\s+){{0,2}}?(?:arms|groups|cohorts|regimens)\s?:)?
    | (?<![:/-])(?P<count>{NUMBER})\s+(?:\(\d{{1,3}}(?:\.\d{{1,2}})?\s?%\)\s+)?
      (?:{cues.PEOPLE}\s+(?:with\s+(?:[\w'’-]{{1,20}}\s+){{1,3}}(?=were\s|received\s|got\s))?)?
      # (or what they were counted in: "91 women | (273 cycles) |")
      (?:\((?:\d{{1,6}}\s+[a-z]{{3,12}}|[nN]\s?=\s?\d{{1,6}})\)\s+)?(?:were\s+)?
      (?:(?:randomly\s+)?(?:assigned|allocated|randomi[sz]ed)\s+)?
      (?:to|received|got|were\s+(?:given|treated\s+with)|(?P<into>in|with|on))
    )\s+(?P<fill>(?:{_FILLER}\s+){{0,7}}) | (?P<comma>[,;])\s+(?:and\s+)?(?:{cues.DOSE_AMOUNT}\s?{cues.DOSE_UNIT}\s+of\s+
      |(?:an?\s+|the\s+)?(?:matching\s+|identical\s+)?)?
      {cues.GIVEN_HOW}        # (how often and by which route: ", daily PO | XY")
    | (?<=\))\s+(?P<sized>and)\s+)$""", re.I | re.X)
# doses listed after a drug's name, one arm each: "XY-123 (100, 200 or 400 mg/day)", "XY-123 at 1, 3 and 10 mg/kg",
# "XY-123, 15 or 30 mg/day,", "XY-123, either 12 or 36 mg,", "XY-123 every 8 hours at a dose of 10, 30 or 90 mg"
# (or, in a bracket, with the unit after each: "XY-123 (40 mg or 80 mg)")
DOSE_LIST = rx.compile(rf"""(?<!\s)(?:\s++{HOW_OFTEN}(?=\s++(?:at|in)\s))?\s*+
    (?:\(\s*+|,\s*+(?:either\s++)?|(?:at|in)\s++(?:(?:a|the)\s++)?(?:doses?\s++of\s++)?)?
    (?P<list>{cues.DOSE_AMOUNTS}|(?<=\(){cues.DOSE_AMOUNT}\s?{cues.DOSE_UNIT}(?:\s*,\s*{cues.DOSE_AMOUNT}\s?{cues.DOSE_UNIT}){{0,5}},?
    \s+(?:and|or)\s+{cues.DOSE_AMOUNT})
    \s*(?P<unit>{cues.ARM_DOSE_UNIT})(?:/(?:day|d|dose))?(?![\w/])""", re.I | re.X)
# doses listed before "of" and a drug's name, one arm each: "0.3 mg or 0.6 mg of XY-123", "two daily 5 mg or 10 mg
# doses of XY-123" (looked for at the end of the text before the name)
# (or with one unit after the last: "5, 10 or 20 milligrams (mg) of XY-123")
DOSES_OF_BEFORE = rx.compile(rf"""(?<![\w.])(?:(?P<list>{cues.DOSE_AMOUNT}\s?{cues.DOSE_UNIT}
    (?:\s*+(?:,\s*+)?(?:or|and)?\s*+{cues.DOSE_AMOUNT}\s?{cues.DOSE_UNIT}){{1,4}})
    |(?<![-/])(?P<shared>{cues.DOSE_AMOUNTS})\s?(?P<unit>{cues.DOSE_UNIT})(?:\s?\([a-zµμ]{{1,4}}\))?)
    (?:\s++(?:daily\s++)?doses?)?\s++(?:of\s++)?$""", re.I | re.X)
ONE_DOSE = re.compile(rf"(?P<a>{cues.DOSE_AMOUNT})\s?(?P<u>{cues.DOSE_UNIT})", re.I)
# a group named in words, one of an allocation's: "240 to the laser group and 260 to the drops group"
NAMED_ARM = rx.compile(r"(?=[t])\bthe\s+(?P<name>[A-Za-z][\w-]{1,30}(?:\s[A-Za-z][\w-]{1,30})?)\s+(?:group|arm)\b", re.I)
# a sentence that says how many groups it lists: "divided into three groups:", "randomized to one of two arms"
GROUPS_ANNOUNCED = rx.compile(r"(?=[it])\b(?:into|to)\s(?:one\sof\s)?(?:the\s)?(?P<k>two|three|four|five|[2-5])\s(?:groups|arms|cohorts)\b",
                              re.I)
# a group named by a letter or a number right before its verb: "group D | received", "Group 2 | received", "the D group |"
NAMED_GROUP_BEFORE = re.compile(rf"\b(?:[Gg]roup\s{cues.GROUP_KEY}|{cues.GROUP_KEY}\sgroup)\s$")
# a count right after a word that may end the arms ("including | 259 in ...")
COUNT_AFTER = re.compile(r"(?<!\s)\s++\d")
# a count right before the allocation word, which it belongs to: "1105 | assigned to A"
COUNT_BEFORE_CUE = rx.compile(rf"(?<![\w.,])(?:{NUMBER})\s+(?:\(\d{{1,3}}(?:\.\d{{1,2}})?\s?%\)\s+)?(?:{cues.PEOPLE}\s+)?(?:were\s+)?(?:randomly\s+)?$", re.I)
# "50 to each group", "50 in each arm", "50 per group", "50 subjects per study arm" (or in a bracket after the arms:
# "(n = 30 each)")
EACH = rx.compile(rf"\b(?P<n>{NUMBER})\s+(?:{cues.PEOPLE}\s+)?(?:(?:were\s+)?(?:randomi[sz]ed|assigned|allocated)\s+)?"
                  rf"(?:(?:to|in)\s+each|per)\s+(?:(?:study|treatment)\s+)?(?:group|arm|cohort)\b"   # (or "64 assigned to each group")
                  rf"|(?<=\()\s?[nN]\s?=\s?(?P<n2>\d{{1,5}})\seach\s?\)"
                  # (or said of the people before the verb: "40 adults each were assigned to A or B")
                  rf"|\b(?P<n3>{NUMBER})\s+{cues.PEOPLE}\s+each\s+(?:were\s+)?(?:randomi[sz]ed|randomly\s+assigned|assigned|allocated)\b"
                  # (or the groups counted with their size: "into two groups of 30 (patients) (each)")
                  rf"|\b(?P<k>two|three|four|five|six|[2-6])\s+(?:equal(?:ly)?[\s-](?:sized\s+)?)?(?:groups|arms|cohorts)\s+of\s+"
                  rf"(?P<n4>{NUMBER})(?!\s*+(?:%|percent|to\b|or\b|[–-]))"
                  # (or with the size in a bracket, which :func:`each_size` takes only where the total is K times it:
                  # "190 adults ... into two equal groups (n = 95)")
                  rf"|\b(?P<k5>two|three|four|five|six|[2-6])\s+(?:equal(?:ly)?[\s-](?:sized\s+)?)?(?:groups|arms|cohorts)\s?"
                  rf"\(\s?[nN]\s?=\s?(?P<n5>\d{{1,5}})\s?\)",
                  re.I)
# a count in an allocation sentence (its total, where one group's size times the groups is one of them)
ANY_COUNT = rx.compile(rf"\b{NUMBER}\b", re.I)
# one dose written before "of" and its drug, the arm's: "0.2 mg/kg of | XY-123, 0.6 mg/kg of | XY-123 or placebo"
DOSE_OF_BEFORE = rx.compile(rf"(?<![\w.])(?P<a>{cues.DOSE_AMOUNT})\s?(?P<u>{cues.DOSE_UNIT})\s++of\s++$", re.I)
# a dose written right before its drug: "5 mg/d | XY-123", "the 10-mg | XY-123"
DOSE_BEFORE = rx.compile(rf"(?<![\w.])(?P<amount>\d{{1,6}}(?:\.\d{{1,4}})?)[\s-]?(?P<unit>{cues.DOSE_UNIT}(?:/d(?:ay)?)?)\s+$", re.I)
# (the dose may stand after a comma: "to receive XY-123, 250 mg (N=14), or placebo", or after "in doses of" or "at dose
# levels of", "monotherapy" perhaps before: "XY-123 in
# doses of 30 mg (n=80), 15 mg (n=41) or 5 mg (n=39)"; a daily dose: "XY-123 1.3 mg/kg/day, XY-123 3.9 mg/kg/day")
BETWEEN_ARMS = rx.compile(rf"\s*+(?:(?:,\s*+)?(?:(?:monotherapy\s+)?(?:at|in)\s+(?:(?:a|the)\s+)?(?:(?:doses?|dose\s+levels?|dosages?)\s+of\s+)?)?\d{{1,6}}(?:\.\d{{1,4}})?(?:\s?[–-]\s?\d{{1,6}}(?:\.\d{{1,4}})?)?[\s-]?{cues.ARM_DOSE_UNIT}"
                          rf"(?:/d(?:ay)?)?)?(?:\s++(?:orally|intravenously|subcutaneously|intramuscularly|topically))?"
                          rf"(?:\s*+(?<=\s){HOW_OFTEN})?\s*+"
                          # (and for how long: "XY-123 3 mg daily | for 12 weeks |, XY-123 3 mg daily for 6 weeks")
                          rf"(?:for\s++{SPAN_OF_TIME}\s*+)?"
                          # (and its regimen in a bracket: "(a 250 mg starting dose, then 125 mg every 6 weeks)")
                          rf"(?:\([^()]{{0,80}}\))?\s*+")
# a dose chosen by the patient's weight, after the doses: "A 20 mg or 10 mg| daily, according to body weight"
BY_WEIGHT_AFTER = re.compile(r"[^.;()]{0,40}?\b(?:depending\son|according\sto|based\son|by)\s(?:(?:the\s)?patients?['’]?s?\s|"
                             r"their\s|baseline\s)?(?:body\s)?weight\b", re.I)
# what joins the doses of one drug listed as arms: "A 5 mg (n=30), 10 mg (n=31), or 15 mg (n=29)"
DOSE_JOIN = rx.compile(r"(?:\s*+,)?\s*+(?:(?:or|and)\s++)?")
# what joins a therapy to another given with it in one arm: "XY-123 plus AB-7", "XY-123 (10 mg) + AB-7", "XY-123 10 mg
# in combination with oral AB-7", the two names joined by a dash ("the XY-123–AB-7 group"); a dose or a bracket may
# stand after the first, two lower-case words before the second
COMBINED = rx.compile(rf"""(?<!\s)(?:\s*+\([^()]{{0,40}}\))?(?:\s++(?:at\s++)?\d[\d.,]*+\s*+[\w/.]{{1,12}}(?:\s++{HOW_OFTEN})?
    (?:\s++on\s++days?\s++\d{{1,3}}(?:\s*+(?:through|to|and|[–-])\s*+\d{{1,3}})?)?)?
    (?:\s*+\+\s*+|\s++(?:plus|(?:in\s++combination|combined|together)\s++with)\s++|[–—-])
    (?:\d[\d.,]*+\s*+[\w/.]{{1,12}}\s++(?:of\s++)?)?(?:(?!(?:or|and|versus|vs|than|the)\s)[a-z][a-z-]{{0,30}}+\s++){{0,2}}""", re.I | re.X)
# a control given with a therapy in its arm: "XY-123 | 10 mg plus placebo"
PLUS_CONTROL = re.compile(rf"(?:\s?\([^()]{{0,40}}\))?(?:\s(?:at\s)?\d[\d.,]*\s?[\w/.]{{1,12}})?\s?(?:\+|\splus)\s(?:matching\s)?"
                          rf"(?P<c>{cues.PLACEBO_WORDS})\b", re.I)
REGION_END = re.compile(r"[(,;]|\s(?:at|given|every|once|twice|daily|for|from)\s")


# the ratio of an allocation: "2:1", "1:1:1"
ALLOCATION_RATIO = rx.compile(r"(?<![\d:])\d{1,2}(?::\d{1,2}){1,4}(?![\d:])")


def allocation(text: str, names: Sequence[Name], main: str | None = None, loose: bool = False,
               cue: re.Match | None = None) -> list[Arm]:
    """:func:`allocated_arms`; where the sentence's one allocation word is the design's adjective and no arms follow
    it, the groups counted before it ("71 received A, while 36 were given a placebo within the randomized trial").
    """
    cue = cue or allocation_cue(text)
    arms = allocated_arms(text, names, main, loose, cue)
    if not arms and cue and cues.ALLOCATION_AS_ADJECTIVE.match(text, cue.end()):
        arms = allocated_arms(text, names, main, loose, cue, counted_before=True)
    return arms


def allocated_arms(text: str, names: Sequence[Name], main: str | None = None, loose: bool = False,
                   cue: re.Match | None = None, counted_before: bool = False) -> list[Arm]:
    """The arms of an allocation ("randomised to A (n=..) or B (n=..)", "60 to A and 30 to B").

    With ``loose``, also therapies each named, with no sizes and at most one control, right after the allocation verb
    ("randomly assigned to A 200 mg, B 15 mg, or placebo"): the last layout :func:`kg.text.arms.find_arms` tries.
    ``cue`` is the verb that gives the arms where the caller knows it (else the sentence's allocation word).
    ``counted_before``: groups from the sentence's start, counted ones only.
    """
    begin = 0 if counted_before else cue.start() if cue else 0
    counted = COUNT_BEFORE_CUE.search(text, max(0, begin - 40), begin) if cue and not counted_before else None
    if counted:
        begin = counted.start()      # "1105 assigned to A 10 mg; 1098 assigned to B": the first count is A's
    elif cue and not counted_before and (assigned := OBJECT_BEFORE_ARMS.match(text, cue.end())):
        begin = assigned.end()       # ("we assigned 760 patients with a urate of 8 mg/dL to ...": no arm before "to")
    end = cues.ARM_LIST_END.search(text, begin)
    while end and (COUNT_AFTER.match(text, end.end()) or joins_partner(text, end, names)):
        end = cues.ARM_LIST_END.search(text, end.end())  # "..., including 259 in the A arm": the groups themselves;
        #                                                  "A in combination with B or placebo": B is in A's arm
    stop = end.start() if end else len(text)
    heads = []                       # (intro start, name start, name end, kind, label, count)
    for start, stop_, kind, label in candidates(text, names, begin, stop):
        if kind == "dose":           # a dose alone heads an arm only right after another dose of the same drug
            # (after a dose that heads its own arm, from that dose: "A at 5 mg, 10 mg or 20 mg"; not a dose chosen by
            # weight, the same arm's: "A 20 mg or 10 mg daily, by body weight")
            if heads and heads[-1][3] in ("drug", "dose") and \
                    next_dose(text, heads[-1][1] if heads[-1][3] == "dose" else heads[-1][2], start) and \
                    not BY_WEIGHT_AFTER.match(text, stop_):
                heads.append((start, start, stop_, "dose", heads[-1][4], None))
            continue
        if kind == "drug" and heads and heads[-1][3] == "drug" and (p := partner(text, heads[-1][2], names)) \
                and p.start == start:
            continue                 # "A in combination with B": B is given in A's arm, not one of its own
        if heads and text.count("(", heads[-1][2], start) > text.count(")", heads[-1][2], start):
            continue                 # "A 250 mg (equivalent to 231 mg of A)": the arm's own bracket restates it
        intro = INTRO.search(text[max(begin, start - REACH):start])
        if intro is None:
            continue
        at = max(begin, start - REACH) + intro.start()
        count = parse_number(intro.group("count")) if intro.group("count") else None
        if intro.group("comma") and (not heads or not BETWEEN_ARMS.fullmatch(
                text, heads[-1][2], max(begin, start - REACH) + intro.start())):
            continue                 # ", X" starts an arm only right after another arm: "to A 10 mg, A 20 mg or B"
        if intro.group("sized") and not (heads and stated_n(text[heads[-1][2]:start])):
            continue                 # ") and X" starts one only after an arm whose bracket gives its size: "to A 5 mg
        #                              (24 patients; mean age 52) and B 20 mg (26 patients; ...)", not "A and B" given together
        if intro.group("word") and intro.group("word").lower().startswith("receiv") and \
                NAMED_GROUP_BEFORE.search(text, max(0, at - 24), at):
            continue                 # "group D received A": a named group's therapy, which the named groups' reader
            #                          gives its group (:func:`~kg.text.group_names.given_groups`), no arm of its own
        if cue is None and count is None:
            continue                 # without an allocation word only counted groups: "48 received A, 24 placebo"
        if intro.group("into") and not (cues.ENROLMENT_WORD.search(text) and not cues.EVENT_COUNT_WORD.search(text)):
            continue                 # "259 in the A arm" counts a group only where the sentence counts who entered
        heads.append((at, start, stop_, kind, label, count))
    heads = [h for k, h in enumerate(heads) if not (k and h[1] < heads[k - 1][2])]
    # (a level said of the drug named right after it, "low-dose XY-123", is that drug's arm, read as one candidate;
    # where two or more levels of one drug are arms, the level is in each one's label: "low-dose XY-123")
    levels = {h[1]: m for h in heads if h[3] == "drug" and (m := LEVEL.match(text, h[1]))}
    if len(levels) < 2 or len({h[4] for h in heads if h[1] in levels}) != 1:
        levels = {}
    if len(heads) >= 2 and heads[0][5] is not None and all(h[5] is None for h in heads[1:]):
        # "40 adults received 10 mg A or placebo": a count before the first arm alone is everyone's, not A's
        heads = [h[:5] + (None,) for h in heads]
    if len(heads) < 2 or ((cue is None or counted_before) and sum(h[5] is not None for h in heads) < 2):
        return []
    arms, dosed = [], doses_of_before(text, heads, begin)
    for k, (at, start, end_, kind, label, count) in enumerate(heads):
        reach = max(heads[k + 1][0] if k + 1 < len(heads) else stop, end_)     # (never before its own name)
        extent = text[start:reach]
        label, drugs = arm_label(kind, label, text, start, end_, reach, names)
        if label is None:
            return []
        if levels.get(start):
            label = f"{levels[start].group('level').lower()}-dose {label}"
        listed = DOSE_LIST.match(text, end_) if kind == "drug" else None
        if listed and len(AMOUNT.findall(listed.group("list"))) < 2:
            listed = None                    # one dose is the arm's own: "XY-123, 250 mg (N=14), or placebo"
        if listed and count is None:         # "XY-123 (100, 200 or 400 mg/day)": one arm per dose
            arms += [Arm(f"{label} {amount} {listed.group('unit')}", None, drugs, start, reach)
                     for amount in AMOUNT.findall(listed.group("list"))]
            continue
        # (the doses before the drug's name, where the candidate may open on the last: "either 0.5 mg or | 1.5 mg XY")
        name_at = next((x.start for x in names if start <= x.start < end_), start) if kind == "drug" else start
        before = DOSES_OF_BEFORE.search(text, max(begin, name_at - 80), name_at) if kind == "drug" else None
        if before and count is None:         # "0.3 mg or 0.6 mg of XY-123": one arm per dose
            doses = [(d.group("a"), d.group("u")) for d in ONE_DOSE.finditer(before.group("list"))] if before.group("list") \
                else [(a, short_unit(before.group("unit"))) for a in AMOUNT.findall(before.group("shared"))]
            arms += [Arm(f"{label} {a} {u}", None, drugs, before.start(), reach) for a, u in doses]
            continue
        n = count if count is not None else stated_n(extent)
        one = dosed.get(start) if label in drugs else None     # (its one dose before, where each arm of the drug has
        #                                                        one: "0.2 mg/kg of XY-123, 0.6 mg/kg of XY-123")
        arms.append(Arm(f"{label} {one.group('a')} {one.group('u')}" if one else label, n, drugs,
                        at if count is not None else start, reach))
    bare = [BARE_COUNT.match(text, h[2]) for h in heads] if len(arms) == len(heads) else []
    if bare and all(bare) and all(a.n is None for a in arms):      # "to A (206) or B (204)": each arm's size
        arms = [Arm(a.label, int(b.group("n").replace(",", "")), a.interventions, a.start, a.end) for a, b in zip(arms, bare)]
    n = each_size(text, len(arms))
    if n is not None and all(a.n is None for a in arms):
        arms = [Arm(a.label, n, a.interventions, a.start, a.end) for a in arms]
    arms = dose_labels(arms, text)
    if arms is None or len({a.label.lower() for a in arms}) < len(arms):
        return []
    announced = GROUPS_ANNOUNCED.search(text)
    # (two arms, not where the allocation ratio says three or more: "assigned 1:1:1 to one of two A regimens or B")
    ratio = ALLOCATION_RATIO.search(text)
    controls = sum(not a.interventions for a in arms)
    drug_and_control = len(arms) == 2 and controls == 1 and cue is not None and (ratio is None or ratio.group().count(":") == 1) \
        and ADDED_TO_ALL.search(text, arms[0].start, stop) is None
    # (therapies each named, with at most one control: "randomly assigned to A 200 mg, B 15 mg, or placebo"; as many
    # parts as the ratio has, where it gives one)
    drugs_listed = loose and cue is not None and controls <= 1 and len(arms) - controls >= 2 \
        and (ratio is None or ratio.group().count(":") + 1 == len(arms)) and lists_arms(text, cue, arms[0].start, stop) \
        and all(any(n.label in a.interventions for a in arms) for n in names if arms[0].start <= n.start < stop)
    if all(a.n is None for a in arms) and not any(LEVEL.search(a.label) or DOSE.search(a.label) for a in arms) \
            and not (announced and parse_number(announced.group("k")) == len(arms)) and not drug_and_control and not drugs_listed:
        return []                    # "randomised to A, B or C": a design, not arms spelled out with sizes (unless the
        #                              sentence counts the groups it lists: "into three groups: one receiving A, ...",
        #                              or names one drug and a control: "randomised (2:1) to A or placebo")
    if end and MADE_OF.match(end.group()) and not arms[-1].interventions:
        last = arms[-1]              # "... or standard care (n=90) consisting of A, B or C": the drugs of its arm
        clause = text.find(";", end.end())
        parts = tuple(dict.fromkeys(n.label for n in names if end.end() <= n.start < (clause if clause >= 0 else len(text))))
        arms[-1] = Arm(last.label, last.n, parts, last.start, last.end)
    return [with_main(a, main) for a in arms]


def doses_of_before(text: str, heads: list[tuple], begin: int) -> dict[int, re.Match]:
    """Per start of an arm's drug (``heads``: intro start, name start, name end, kind, label, count), the one dose written
    before "of" and its name, for a drug that heads two arms or more and each with such a dose ("0.2 mg/kg of XY-123,
    0.6 mg/kg of XY-123, or placebo"); no drug named once, or once with no dose ("10 mg of XY-123, or XY-123 later").

    >>> t = "to 1 mg of XY-1, 3 mg of XY-1 or placebo"
    >>> heads = [(0, 11, 15, "drug", "XY-1", None), (0, 25, 29, "drug", "XY-1", None)]
    >>> sorted(m.group("a") for m in doses_of_before(t, heads, 0).values())
    ['1', '3']
    """
    found = {h[1]: DOSE_OF_BEFORE.search(text, max(begin, h[1] - 30), h[1]) for h in heads if h[3] == "drug"}
    out = {}
    for label in {h[4] for h in heads if h[3] == "drug"}:
        starts = [h[1] for h in heads if h[3] == "drug" and h[4] == label]
        if len(starts) > 1 and all(found[k] for k in starts):
            out.update({k: found[k] for k in starts})
    return out


MADE_OF = re.compile(r"consisting|comprising|composed", re.I)


# a bare number in brackets right after an arm's name (and dose), which an allocation gives as its size when it gives
# one for every arm: "randomized to A (206) or B (204)", "to A 40 mg (301), A 60 mg (299) or placebo (300)", "to A gel
# (120) or vehicle (118)" (no year)
BARE_COUNT = re.compile(rf"(?:\s{cues.DOSAGE_FORMS})?(?:\s(?:at\s)?\d{{1,6}}(?:\.\d{{1,4}})?\s?{cues.DOSE_UNIT})?\s?\(\s?(?!(?:19|20)\d\d\s?\))"
                        r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,5})\s?\)", re.I)


# the people an active allocation verb assigns, up to the "to" before the arms: "we randomly assigned | 760 patients
# with zeta gout and a urate of 7.9 mg/dL (470 µmol/L) | to receive ..." (what they had is no arm's)
PEOPLE_OBJECT = (r"(?<!\s)\s++(?:the\s++|all\s++)?(?:\d[\d,]{0,8}\s++)?(?:eligible\s++)?" + cues.PEOPLE +
                 r"(?:\s++with\s(?:[^,;()]|\([^()]{0,40}\)){1,120}?)?(?=\s++(?:either\s++)?to\s)")
OBJECT_BEFORE_ARMS = re.compile(PEOPLE_OBJECT, re.I)
AMOUNT_OF = rf"{cues.DOSE_AMOUNT}\s?{cues.DOSE_UNIT}\s++of\s++"       # "5 mg of | A"
# what stands between the allocation verb and the first arm of a list of therapies: "to", "to receive (either)", "by
# a central system to", "either to", "for treatment with", nothing after "treated with"; and what shows that the
# therapies listed are added to one given to all ("A with or without B", "A plus either B or C")
TO_FIRST_ARM = re.compile(r"(?<!\s)(?:" + PEOPLE_OBJECT + r")?(?:\s++(?:by|using|through|via)\s[^,;()]{1,40}?)?"
                          # (the ratio: "(3:2)", "in a 3:2 ratio")
                          r"(?:\s++\(?\d{1,2}(?::\d{1,2}){1,4}\)?|\s++in\s++an?\s++\d{1,2}(?::\d{1,2}){1,4}\s++ratio)?"
                          r"\s++(?:(?:either\s++)?(?:to|for)\s++(?:receive\s++)?|(?:given|administered)\s++|(?<=\bwith\s))(?:either\s++)?"
                          r"(?:(?:treatment|therapy)\s++with\s++)?(?:an?\s++|the\s++)?"
                          # (a dose and a route before the first arm's name: "to receive either a single dose of oral | A",
                          # "to receive 20 mg of | A")
                          r"(?:(?:single\s++)?doses?\s++of\s++|" + AMOUNT_OF + r")?" + cues.GIVEN_HOW, re.I)
# (after "received either": a route or a dose at most: "received either subcutaneous | A (150 mg weekly) or ...")
EITHER_FIRST_ARM = re.compile(r"\s++(?:an?\s++|the\s++)?(?:(?:single\s++)?doses?\s++of\s++|" + AMOUNT_OF + r")?"
                              + cues.GIVEN_HOW, re.I)
ADDED_TO_ALL = rx.compile(r"(?=[pwai])\b(?:with\s+or\s+without|(?:plus|and|in\s+addition\s+to)\s+either)\b", re.I)


def lists_arms(text: str, cue: re.Match, first: int, stop: int) -> bool:
    """Does the allocation verb ``cue`` lead straight to the first arm at ``first``, with no therapy given to all?

    >>> t = "Patients were randomly assigned to A 10 mg, B 5 mg, or placebo."
    >>> lists_arms(t, allocation_cue(t), t.index("A 10"), len(t))
    True
    >>> t = "Patients were randomized 2:1 to receive either a single dose of oral A or oral B twice daily."
    >>> lists_arms(t, allocation_cue(t), t.index("A or"), len(t))
    True
    >>> t = "In all, 400 women received either subcutaneous A (150 mg weekly) or subcutaneous B (15 mcg daily)."
    >>> lists_arms(t, allocation_cue(t), t.index("A ("), len(t))
    True
    >>> t = "Patients were randomly administered A 10 mg daily plus B (AB) or A plus placebo (AP)."
    >>> lists_arms(t, allocation_cue(t), t.index("A 10"), len(t))
    True
    >>> t = "We randomly assigned 760 patients with zeta gout to receive A or B."
    >>> lists_arms(t, allocation_cue(t), t.index("A or"), len(t))
    True
    >>> t = "Patients were randomly treated with A or B."
    >>> lists_arms(t, allocation_cue(t), t.index("A or"), len(t))
    True
    >>> t = "Patients who relapsed were treated with A or B."
    >>> lists_arms(t, allocation_cue(t), t.index("A or"), len(t))
    False
    >>> t = "Patients were randomly assigned to A 10 mg plus either B or placebo."
    >>> lists_arms(t, allocation_cue(t), t.index("A 10"), len(t))
    False
    """
    verb = cue.group().lower()
    to_first = EITHER_FIRST_ARM if verb.endswith("either") or GIVING.fullmatch(verb) else TO_FIRST_ARM
    if verb.startswith("treated") and not RANDOMLY_BEFORE.search(text, max(0, cue.start() - 24), cue.start()):
        return False                # ("those who relapsed were treated with A or B": no arms, unless randomly so)
    return to_first.fullmatch(text, cue.end(), first) is not None and ADDED_TO_ALL.search(text, cue.end(), stop) is None \
        and not cues.ALLOCATION_AS_ADJECTIVE.match(text, cue.end())


# a verb that gives the therapies straight after it ("received | A or B"); a caller that knows the sentence allocates
# passes it as the cue
GIVING_VERBS = r"(?:received|were\s+(?:either\s+)?(?:given|administered|treated\s+with)|took)"
GIVING = re.compile(GIVING_VERBS, re.I)
RANDOMLY_BEFORE = re.compile(r"\b(?:randomly|randomi[sz]ed)\s+(?:\w+\s+)?$", re.I)


# two arms that share their head word, each named by its modifier: "randomized to either fixed or
# weight-based zetacin", "to receive either high (ZIS, 60) or low (ZIS, 20) cooling"
# (the people assigned may stand between, "allocated 300 adults to receive either a standard or more frequent zetacin
# regimen or a betacept regimen", with a third arm of another therapy after the head's)
SHARED_HEAD = rx.compile(r"""(?=[ar])\b(?:randomi[sz]ed|assigned|allocated)\s(?:[\d,]{1,7}\s[a-z]{3,15}\s)?(?:to\s)?(?:receive\s)?
    (?:either\s)?(?:an?\s)?
    (?P<a1>(?:(?:more|less)\s)?[a-z][a-z-]{2,25})(?:\s\([^()]{1,40}\))?\s(?:or|versus|vs\.?)\s
    (?P<a2>(?:(?:more|less)\s)?[a-z][a-z-]{2,25})(?:\s\([^()]{1,40}\))?
    \s(?P<head>[A-Za-z][\w-]{2,30})\b(?:\s(?:regimen|group|arm)\b)?
    (?:,?\s(?:or|versus|vs\.?)\s(?:an?\s|the\s)?(?P<a3>[A-Za-z][\w-]{2,30})\s(?:regimen|group|arm)\b)?""", re.X)
# what a shared-head arm's modifier or head is not: an article or filler, a word for the arms themselves
NOT_SHARED = frozenset("""the and with without group groups arm arms treatment treatments therapy therapies dose doses
    regimen regimens either same receive not both for in at to during after before over of on from left right""".split())
# (nor a side of the body, in a split-body design: "randomized to the left or right eye")


def shared_head(text: str, names: Sequence[Name]) -> list[Arm]:
    """Two arms named by the modifiers of one head word, each labelled "<modifier> <head>", the head their
    intervention when it is a therapy named in the text.

    >>> t = "Forty patients were randomized to either fixed or weight-based zetacin."
    >>> [(a.label, a.interventions) for a in shared_head(t, (Name(t.index("zetacin"), len(t) - 1, "zetacin"),))]
    [('fixed zetacin', ('zetacin',)), ('weight-based zetacin', ('zetacin',))]
    >>> [a.label for a in shared_head("They were randomized to either high (ZIS, 60) or low (ZIS, 20) cooling.", ())]
    ['high cooling', 'low cooling']
    >>> t = "We allocated 300 adults to receive either a standard or more frequent zetacin regimen or a betacept regimen."
    >>> [a.label for a in shared_head(t, (Name(t.index("zetacin"), t.index("zetacin") + 7, "zetacin"),
    ...                                   Name(t.index("betacept"), t.index("betacept") + 8, "betacept")))]
    ['standard zetacin', 'more frequent zetacin', 'betacept']
    """
    m = SHARED_HEAD.search(text) if " or " in text or " vs" in text else None
    if m is None or {m.group("a1"), m.group("a2"), m.group("head").lower()} & NOT_SHARED \
            or PLACEBO.fullmatch(m.group("a1")) or PLACEBO.fullmatch(m.group("a2")) or m.group("head").endswith("ly") \
            or any(n.start < m.end("a2") and m.start("a1") < n.end for n in names):
        return []               # (two drugs are two arms of their own: "to XY or ZW for 12 weeks"; "intravenously")
    named = next((n.label for n in names if n.start == m.start("head")), None)
    third = next((n.label for n in names if n.start == m.start("a3")), None) if m.group("a3") else None
    return [Arm(f"{m.group(k)} {m.group('head')}", None, (named,) if named else (), m.start(k), m.end("head"))
            for k in ("a1", "a2")] + ([Arm(third, None, (third,), m.start("a3"), m.end("a3"))] if third else [])


def allocation_cue(text: str) -> re.Match | None:
    """The word that assigns patients to the arms: the first allocation word not used as the design's adjective.

    >>> allocation_cue("A randomised, double-blind study: patients were randomised to A or B.").start()
    48
    >>> allocation_cue("In all, 90 adults previously treated with C received either A or B.").start()
    44
    """
    first = None
    for cue in cues.ALLOCATION.finditer(text):
        if PREVIOUSLY_BEFORE.search(text, max(0, cue.start() - 16), cue.start()):
            continue                    # ("patients previously treated with A received either B or C": their past)
        if not cues.ALLOCATION_AS_ADJECTIVE.match(text, cue.end()):
            return cue
        first = first or cue
    return first or GROUPS_LISTED.search(text)


# the groups a sentence counts and then lists after a colon, which it allocates to as an allocation word does: "the
# trial comprised four treatment groups: A; B; C; and D" (a pattern of its own: the allocation words are looked for
# in most sentences, this form in few)
GROUPS_LISTED = rx.compile(r"(?=[chi])\b(?:included|comprised|had|involved)\s+(?:two|three|four|five|six|[2-6])\s+"
                           r"(?:treatment\s+|study\s+)?(?:groups|arms)(?=\s?:)", re.I)


PREVIOUSLY_BEFORE = re.compile(r"\b(?:previously|already|formerly|once)\s$", re.I)


def candidates(text: str, names: Sequence[Name], begin: int, stop: int):
    """(start, end, kind, label) of every name that could head an arm between ``begin`` and ``stop``, in order."""
    found = []
    for n in names:
        if not begin <= n.start < stop or LEFT_OUT.search(text, max(0, n.start - 20), n.start) \
                or SHAM_OF.search(text, max(0, n.start - 12), n.start):
            continue                         # ("vehicle without XY": no arm of XY's; "sham XY": the control's name)
        if found and found[-1][3] == n.label and not text[found[-1][1]:n.start].strip():
            found[-1] = (found[-1][0], n.end, "drug", n.label)    # one drug by its code and its name: "XY-123 zetamab"
            continue
        found.append((dose_before(text, n.start, begin), n.end, "drug", n.label))
    worded = sized_phrases(text, begin, stop)
    for pattern, kind in ((PLACEBO, "placebo"), (CONTROL, "control"), (LEVEL, "level"), (DOSE, "dose"), (NAMED_ARM, "group")):
        for m in pattern.finditer(text, begin, stop):
            if kind == "control" and any(a < m.start() < b and not LEAD_WORDS.fullmatch(text, a, m.start())
                                         for a, b, _ in worded):
                continue                     # "adjuvant chemotherapy (n = 51)", "no chemotherapy (n = 49)": named in words
            if kind == "placebo" and found and found[-1][2] == "placebo" and not text[found[-1][1]:m.start()].strip(" -"):
                found[-1] = (found[-1][0], m.end(), kind, found[-1][3])  # one control: "a placebo vehicle control"
                continue
            if kind == "dose" and (of := OF_AFTER.match(text, m.end())) and any(n.start == of.end() for n in names):
                continue                     # "or 95 mg of | B": the dose of the drug after it, which heads its own arm
            if not any(s <= m.start() < e or (kind == "group" and m.start() <= s < m.end()) for s, e, _, _ in found):
                found.append((m.start(), m.end(), kind, m.group("name") if kind == "group" else m.group(0)))
    found += [(a, b, "group", name) for a, b, name in worded if not any(s < b and a < e for s, e, _, _ in found)]
    found += [(m.start("g"), m.end(), "group", m.group("g")) for m in BARE_GROUP_NAME.finditer(text, begin, stop)
              if not NOT_AN_ARM_GROUP.fullmatch(m.group("g"))         # ("to ZP group (...) or PPI group (...)")
              and not any(s < m.end() and m.start("g") < e for s, e, _, _ in found)]
    found.sort()
    for k in range(len(found) - 1, 0, -1):    # a level said of the drug right after it: one candidate, the drug's
        if found[k - 1][2] == "level" and found[k][2] == "drug" and not text[found[k - 1][1]:found[k][0]].strip():
            found[k - 1:k + 1] = [(found[k - 1][0], found[k][1], "drug", found[k][3])]
    return found


def sized_phrases(text: str, begin: int, stop: int) -> list[tuple[int, int, str]]:
    """(start, end, name) of the arms named in words with their size (SIZED_PHRASE) between ``begin`` and ``stop``."""
    hits = list(SIZED_PHRASE.finditer(text, begin, stop)) if "(" in text else []
    # "... or diet advice for gout (n=37)": an arm named in words, with its size; a short form alone, "ZBO (N=301)",
    # names what the text defined it for, unless the allocation names each arm so: "either 10-day ZQT (n = 75) or
    # 7-day ZDT (n = 77)"
    shorts = sum(bool(SHORT_FORM.fullmatch(m.group("name"))) for m in hits)
    return [(*m.span("name"), m.group("name")) for m in hits
            if (LOWER_WORD.search(m.group("name")) or (shorts >= 2 and SHORT_FORM.fullmatch(m.group("name"))))
            and not cues.DISEASE_END.search(m.group("name"))]


SHORT_FORM = re.compile(r"[A-Z][A-Z0-9]{1,5}")


LOWER_WORD = re.compile(r"[a-z]{3}")
OF_AFTER = re.compile(r"(?<!\s)\s{1,3}of\s{1,3}")
SHAM_OF = re.compile(r"\b(?:sham|simulated)\s$", re.I)      # before a therapy's name that is the control's
# what a control is given without: "vehicle | without | XY-123", "the same cream not containing XY-123"
LEFT_OUT = re.compile(r"\b(?:without|not\s+containing|free\s+of|lacking|no)\s+(?:the\s+)?$", re.I)
LEAD_WORDS = re.compile(r"(?:(?:to|or|the|an?|either|receive)\s){0,4}")     # words before an arm's name, no part of it
WHEN = r"(?:immediately|following|after|before|until)(?![\w-])"      # when an arm's treatment is given, after its name
# a treatment named in words right after the word that introduces an arm (or the comma after the last arm's size) and
# right before its size: "randomized to exercise training (n=35) or usual care (n=37)" (up to a purpose, a place or a time: "... diet advice | for gout (n=37)",
# "to receive either zeta therapy | immediately after surgery (n = 51)"; not past a colon, which opens a list: "to
# one of the following regimens: A (n=41), ...")
SIZED_PHRASE = rx.compile(r"""(?:\b(?:to|or|either|versus|vs\.?)|(?<=\)),)\s++(?:receive\s++)?(?:either\s++)?(?:the\s++|an?\s++)?
    (?:\d{1,3}-(?:day|week|month)\s++)?(?P<name>(?!receive\b)[A-Za-z][\w'’/-]{1,30}(?:\s(?!(?:or|and|to|versus|vs|for|in|at|during|over|who)\b|""" + WHEN + r""")[\w'’/-]{1,30}){0,5}?)
    (?:\s(?:for|in|at|during|over|""" + WHEN + r""")\s[^(),;:]{1,40}?)?\s*+\(\s*+(?:[nN]\s*+=\s*+\d|\d[\d,]{0,6}\s""" + cues.PEOPLE + r"""\b)""",
                          re.X)


def dose_before(text: str, start: int, begin: int) -> int:
    """Where the arm of the drug named at ``start`` begins: at a dose written right before it ("5 mg/d XY-123")."""
    dose = DOSE_BEFORE.search(text, max(begin, start - 25), start)
    return dose.start() if dose else start


def arm_label(kind: str, label: str, text: str, start: int, end: int, reach: int,
              names: Sequence[Name]) -> tuple[str | None, tuple[str, ...]]:
    """An arm's label and interventions from the name that heads it and what follows up to the next arm."""
    if kind == "placebo":
        return placebo_label(label), ()
    if kind == "drug":
        other = partner(text, end, names)
        if other and other.label != label:      # "XY-123 plus AB-7": one arm given both
            return f"{label} plus {other.label}", (label, other.label)
        if control := PLUS_CONTROL.match(text, end):     # "XY-123 plus placebo": the arm that did not get the other
            return f"{label} plus {control.group('c').lower()}", (label,)
        return label, (label,)
    if kind == "dose":
        return label, (label,)
    if kind == "group":                     # "the laser group": a group named by its treatment, in words
        key = GROUP_TOKEN.fullmatch(label)  # (a group by its letter or number is spelt one way: "Group A")
        return (f"Group {key.group('k')}" if key else label if SHORT_FORM.fullmatch(label)
                else " ".join(label.lower().split())), ()     # (a short form as written: "ZQT")
    if kind == "level":
        drug = next((n.label for n in names if end <= n.start < reach), None)
        return " ".join(label.lower().replace("-", " ").split()), ((drug,) if drug else ())
    # a control named in words; "best supportive care plus X" is the arm of X
    cut = REGION_END.search(text, end, reach)
    drug = next((n.label for n in names if end <= n.start < (cut.start() if cut else reach)), None)
    if drug:
        return drug, (drug,)
    words = " ".join(label.lower().split())
    return re.sub(r"^(?:the|a|an)\s+", "", words), ()


def partner(text: str, end: int, names: Sequence[Name]) -> Name | None:
    """The therapy given together in one arm with the therapy whose name ends at ``end`` ("XY-123 plus AB-7").

    >>> t = "to XY-123 10 mg plus AB-7 or to AB-7 alone"
    >>> partner(t, t.index(" 10"), (Name(t.index("AB"), t.index("AB") + 4, "AB-7"),)).label
    'AB-7'
    """
    after = min((n for n in names if n.start >= end), key=lambda n: n.start, default=None)
    if after is None or after.start - end > 60 or not COMBINED.fullmatch(text, end, after.start):
        return None
    return after


def joins_partner(text: str, cut: re.Match, names: Sequence[Name]) -> bool:
    """Does ``cut`` (a word that may end a list of arms) join a therapy to the one given with it ("A in combination
    with B")?"""
    return any(n.end <= cut.start() < n.end + 40 and (p := partner(text, n.end, names)) and p.start >= cut.end()
               for n in names)


def next_dose(text: str, end: int, start: int) -> bool:
    """Is the dose at ``start`` the next of a list of one drug's doses whose previous arm ends at ``end``?

    Between them stand only the previous arm's dose and size, then a comma, "or" or "and": "A 5 mg (n=30), | 10 mg".

    >>> text = "to A 5 mg (n=30), 10 mg (n=31)"
    >>> next_dose(text, 4, text.index("10 mg")), next_dose(text, 4, text.index("5 mg"))
    (True, False)
    >>> next_dose("to A, 250 mg (n=14), or B", 4, 6)
    False
    """
    between = BETWEEN_ARMS.match(text, end, start)
    # (the previous arm gave its own dose or size: after a drug's bare name, "XY-123, 250 mg", the dose is its own)
    return (between is not None and between.end() < start and any(c.isdigit() for c in text[end:between.end()])
            and DOSE_JOIN.fullmatch(text, between.end(), start) is not None)


def each_size(text: str, k: int) -> int | Decimal | None:
    """The size of each of the ``k`` groups an allocation sentence says are alike, else None: "50 to each group",
    "(n = 30 each)", "into two groups of 30"; "into two groups (n = 120)" only where the sentence counts the total.

    >>> each_size("190 adults were allocated to two equal groups (n = 95).", 2)
    95
    >>> each_size("95 adults were allocated to two groups (n = 95).", 2) is None
    True
    """
    each = EACH.search(text)
    if each is None:
        return None
    if each.group("n5"):
        n, groups = parse_number(each.group("n5")), parse_number(each.group("k5"))
        total = {parse_number(m.group()) for m in ANY_COUNT.finditer(text)}
        return n if groups == k and n is not None and n * groups in total else None
    if each.group("k") and parse_number(each.group("k")) != k:
        return None
    return parse_number(each.group("n") or each.group("n2") or each.group("n3") or each.group("n4"))
