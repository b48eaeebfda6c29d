"""Arms read from the other layouts writers use: brackets that list arms with sizes or counts, dose cohorts,
counted dose levels, compared doses, a group and its size anywhere, a line of a list of arms, a list
announced by "to one of three groups" and sizes after a colon (groups named by a name or a letter:
:mod:`kg.text.group_names`). :func:`kg.text.arms.find_arms` tries them after :mod:`kg.text.allocation`.
"""

from __future__ import annotations

import re
from typing import Sequence

from kg.text import cues
from kg.text import prefilter as rx
from kg.text.arm_parts import (AMOUNT, CONTROL, DOSE, DOSE_OF_BEFORE, GROUP_WORD, HOW_OFTEN, LEVEL, LEVEL_END, PAREN_N, PLACEBO, REACH, SLASHED_ARMS, Arm, Name, dose_labels,
                                dosed as dosed_label, named_in, placebo_label, stated_n)
from kg.text.numbers import NUMBER, parse_number

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

# "five were given a low dose", "five a high dose", "12 patients received the high dose"
COUNTED_LEVEL = rx.compile(rf"""(?<![:/-])\b(?P<n>{NUMBER})\s+(?:{cues.PEOPLE}\s+)?(?:(?:were\s+)?(?:given|received|got|assigned\s+to|to)\s+)?
    (?:an?\s+|the\s+)?(?P<level>{cues.DOSE_LEVEL})[- ]dose\b""", re.I | re.X)
# "comparing a higher 0.4 mg/kg dose of XY-123 with the 0.2 mg/kg dose"
_AMOUNT = cues.DOSE_AMOUNT
COMPARED_DOSES = rx.compile(rf"""\bcompar(?:ing|ed|es)\s+(?:an?\s+|the\s+)?(?:(?:higher|lower|standard)\s+)?
    (?P<a1>{_AMOUNT})[\s-]?(?P<u1>{cues.DOSE_UNIT})\s+dose\s+of\s+(?P<drug>[\w-]{{1,40}}(?:\s[\w-]{{1,40}})?)\s+
    (?:with|to|versus|vs\.?|and)\s+(?:an?\s+|the\s+)?(?:(?:higher|lower|standard)\s+)?
    (?P<a2>{_AMOUNT})[\s-]?(?P<u2>{cues.DOSE_UNIT})(?![\w/])""", re.I | re.X)
# "three dose cohorts: 1, 3 and 10 mg/kg", "dose groups of 1, 3 or 10 mg/kg"
COHORTS = rx.compile(rf"""\bdose[- ](?:cohorts|groups|levels|arms)\s*(?::|of|\()\s*
    (?P<list>{cues.DOSE_AMOUNTS})\s*(?P<unit>{cues.DOSE_UNIT})(?![\w/])""", re.I | re.X)
# doses counted and listed in brackets, each with its unit, before the drug: "all three doses (3 mg, 9 mg, 27 mg) of"
DOSES_OF = rx.compile(rf"""\b(?:two|three|four|five)\s+doses\s*\(\s*(?P<list>{_AMOUNT}\s?{cues.DOSE_UNIT}
    (?:\s*,\s*(?:and\s+)?{_AMOUNT}\s?{cues.DOSE_UNIT}){{1,4}})\s*\)\s+of\s+""", re.I | re.X)
ONE_LISTED_DOSE = re.compile(rf"(?P<a>{_AMOUNT})[\s-]?(?P<u>{cues.ARM_DOSE_UNIT})", re.I)
# a line of a list of arms: "HEAD (n=40): description", "HEAD: description", or a short HEAD alone
LINE = re.compile(r"^(?P<head>[^:()\n]{1,60}?)\s*+(?:\((?P<paren>[^()\n]{1,40})\)\s*+)?(?::\s*+(?P<desc>.*))?$", re.S)
TRAILING_N = rx.compile(rf"\((?:[nN]\s*=\s*(?P<n1>{NUMBER})|(?P<n2>{NUMBER})\s+{cues.PEOPLE})\)\s*[.;]?\s*$")
HEAD_N = rx.compile(rf"^\s*(?:[nN]\s*=\s*(?P<n1>{NUMBER})|(?P<n2>{NUMBER})\s+{cues.PEOPLE})\s*$")
# a group named in words before its size: "the control group (n = 34)", "the early-feeding arm (n=20)"; the
# name is one or two words after "the" (a group named alone is kept only beside another group of the sentence)
# (or without its article where a list of groups runs: "Groups: brief arm (n=88), full arm (n=91)")
THE_GROUP = rx.compile(r"(?:\b(?:the|an?|into)\s+|(?:^|[:;,]|\band)\s*+)(?!(?:the|an?)\s)(?P<name>[A-Za-z][\w'’-]{1,30}(?:\s[a-z][\w'’-]{1,30})?)"
                       r"\s+(?:group|arm|cohort)$", re.I)
NAMED_GROUP = re.compile(r"^[A-Za-z][\w'’-]{0,30}(?:[ -][\w'’-]{1,30}){0,2}$")


# a bracket that lists the arms with their sizes: "(XY-123 150mg, n = 74; XY-123 300mg, n = 77; placebo, n = 75)"
SIZED_LIST = rx.compile(r"\((?P<items>[^()]{10,300}+)\)"
                        # (or, bracketless, after the people counted, to the sentence's end: "enrolled 103 adults, XY-123
                        # n = 54, placebo n = 49")
                        rf"|(?<=\s){cues.PEOPLE},\s(?P<tail>[^():;]{{10,300}}?)\.?$"
                        # (or after a colon, to the sentence's end: "... received treatment: XY-123 10 mg, n = 210;
                        # placebo, n = 200.")
                        r"|:\s(?P<after>[^():]{10,300}?)\.?$")
SIZED_ITEM = re.compile(rf"(?<!\s)\s*+(?:(?:and|or)\s++)?(?P<name>[^\s,;=][^,;=]{{0,59}}?),?\s*+[nN]\s*+=\s*+(?P<n>{NUMBER})\s*+")
# what the people had, right before a bracket of counts by kind: "children with ZD | (...)"
WITH_BEFORE = re.compile(r"\bwith\s[^()\d,;]{1,30}$", re.I)
# (or each size before its arm: "(n = 203 XY-123 10 mg, n = 205 XY-123 30 mg, n = 202 placebo)")
SIZE_FIRST_ITEM = re.compile(rf"(?<!\s)\s*+(?:(?:and|or)\s++)?[nN]\s*+=\s*+(?P<n>{NUMBER})\s++(?P<name>[^\s,;=][^,;=]{{0,59}}?)\s*+")


# a size and the comma after it, which ends an item of a bracket's list: "(A, n = 71, | B, n = 69)"
SIZE_COMMA = re.compile(r"[nN]\s*+=\s*+\d{1,6},")


def split_after_sizes(items: str) -> list[str]:
    """The items of a bracket's list that commas alone split, each ending in its size.

    >>> split_after_sizes("A-1, n = 71, B, n = 69")
    ['A-1, n = 71', ' B, n = 69']
    """
    parts, at = [], 0
    for m in SIZE_COMMA.finditer(items):
        parts.append(items[at:m.end() - 1])
        at = m.end()
    return parts + [items[at:]]


def bracketed_sizes(text: str, names: Sequence[Name]) -> list[Arm]:
    """The arms a bracket lists with their sizes, each "name, n = N" and split by semicolons; [] unless every item is so.

    >>> t = "Adults were randomized (XY-123 150mg, n = 74; XY-123 300mg, n = 77; placebo, n = 75)."
    >>> at = [t.index("XY-123"), t.rindex("XY-123")]
    >>> [(a.label, a.n) for a in bracketed_sizes(t, tuple(Name(k, k + 6, "XY-123") for k in at))]
    [('XY-123 150 mg', 74), ('XY-123 300 mg', 77), ('placebo', 75)]
    >>> [(a.label, a.n) for a in bracketed_sizes("were analyzed (ZP group: n = 21; ZP/C group: n = 22).", ())]
    [('ZP', 21), ('ZP/C', 22)]
    >>> [(a.label, a.n) for a in bracketed_sizes("were enrolled (zeta ablation, n = 64, placebo, n = 63).", ())]
    [('zeta ablation', 64), ('placebo', 63)]
    >>> [a.label for a in bracketed_sizes("included 90 (ZB 20/5, n=31; ZB 10/5, n=30; and ZF 5, n=29).", ())]
    ['ZB 20/5', 'ZB 10/5', 'ZF 5']
    >>> [(a.label, a.n) for a in bracketed_sizes("We analyzed 90 (n = 45 zeta ablation, n = 45 placebo).", ())]
    [('zeta ablation', 45), ('placebo', 45)]
    >>> [(a.label, a.n) for a in bracketed_sizes("It enrolled 90 adults, zeta ablation n = 46, placebo n = 44.", ())]
    [('zeta ablation', 46), ('placebo', 44)]
    >>> [(a.label, a.n) for a in bracketed_sizes("In all, 90 were treated: zeta ablation, n = 46; placebo, n = 44.", ())]
    [('zeta ablation', 46), ('placebo', 44)]
    >>> bracketed_sizes("Children with ZD (zeta type n = 52; beta type n = 6) took part.", ())
    []
    """
    for m in SIZED_LIST.finditer(text) if "=" in text else ():
        g = next(g for g in ("items", "tail", "after") if m.group(g) is not None)
        if g == "items" and WITH_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue                    # "children with ZD (zeta type n = 152; beta type n = 6)": the kinds they had
        # (items split by semicolons, or by the comma after each size: "(A, n = 71, B, n = 69)")
        parts = m.group(g).split(";") if ";" in m.group(g) else split_after_sizes(m.group(g))
        items = [SIZED_ITEM.fullmatch(p) for p in parts]
        if not all(items) and m.group(g).lstrip()[:1] in "nN":
            parts = m.group(g).split(";" if ";" in m.group(g) else ",")
            items = [SIZE_FIRST_ITEM.fullmatch(p) for p in parts]
        if len(items) < 2 or not all(items):
            continue
        arms, at = [], m.start(g)
        for part, item in zip(parts, items):
            start, end = at + item.start("name"), at + item.end("name")
            drug = next((x for x in names if start <= x.start < end), None)
            placebo = PLACEBO.search(text, start, end)
            n = parse_number(item.group("n"))
            label = drug.label if drug else ("placebo" if placebo else
                                             GROUP_WORD.sub("", " ".join(item.group("name").split()).rstrip(":").rstrip()))
            arms.append(Arm(label, int(n) if n is not None else None, (drug.label,) if drug else (), start, end))
            at += len(part) + 1
        out = dose_labels(arms, text)
        if out and len({a.label for a in out}) == len(out):
            return out
    return []


# a bracket of counts per arm right after the allocation's word: "were randomized (XY-123, 60; placebo, 30)", "were
# analyzed (XY-123: 60; placebo: 30)",
# "underwent randomization (60 XY-123, 30 placebo)", "were randomized and treated in part B (60 XY-123, 30 placebo)"
COUNTS_AFTER_CUE = rx.compile(r"(?=[adeiort\d])(?:\b(?:randomi[sz]ed|randomi[sz]ation|assigned|allocated|enrolled|analy[sz]ed|"
                              r"included|treated)"
                              r"(?:\s[\w-]{1,15}){0,7}?"
                              # (or the people counted right before it: "the remaining 90 patients (44 for A, 46 for B)",
                              # "enrolled, of whom 2,496 (A: 1,247; B: 1,249) were ..."; not the people an event was
                              # seen in, "seen in 7 patients (4 A, 3 B)": the events' counts)
                              rf"|(?<![\w.,])(?<!\bin\s)(?<!\bamong\s)\d{{1,5}}\s{cues.PEOPLE}|\bof\s(?:whom|these)\s{NUMBER}"
                              # (or a count whose people follow the bracket: "412 (207 intervention, 205 control) patients")
                              rf"|(?<![\w.,])\d{{1,6}}(?=\s\([^()]{{5,80}}\)\s{cues.PEOPLE}\b))\s*+\(", re.I)
COUNT_ITEM = re.compile(rf"""(?<!\s)\s*+(?:(?:and\s)?(?P<name>[^\s,;:=(][^,;:=()]{{0,40}}?)(?:\s*+[,:]\s*+|\s++)(?P<n>{NUMBER})(?:\s{cues.PEOPLE})?
    |(?P<n2>{NUMBER})\s++(?P<name2>[^\s,;:=(][^,;:=()]{{0,40}}?))\s*+""", re.X)
# where a bracket of counts that names each arm first splits into items: at each comma that no count follows ("(XY-123,
# 50, and placebo, 25)": "XY-123, 50" | "and placebo, 25")
ITEM_BREAK = re.compile(r",(?!\s*+\d)")
# an aside in square brackets after a count: "(XY-123 30, placebo 31 | [part B] |)"
SQUARE_ASIDE = re.compile(r"\s?\[[^\[\]]{1,30}\]")


# a group named by its role alone: "(207 | intervention |, 205 | control |)"
ROLE_GROUP = re.compile(r"(?:intervention|control)(?:[\s-](?:group|arm))?", re.I)
# the word between a count and the arm it counts: "44 | for | XY-123"
GIVEN_TO = re.compile(r"(?:for|on|with|in|receiving|given)\s+")


def bracketed_counts(text: str, names: Sequence[Name]) -> list[Arm]:
    """The arms a bracket right after the allocation's word counts, "name, N" or "N name" each, when every item is a
    therapy the sentence names or a control; [] otherwise (a bracket of event counts has no allocation word before).

    >>> t = "Of 90 screened, 75 were randomized (XY-123, 50; placebo, 25)."
    >>> [(a.label, a.n) for a in bracketed_counts(t, (Name(t.index("XY"), t.index("XY") + 6, "XY-123"),))]
    [('XY-123', 50), ('placebo', 25)]
    >>> t = "The remaining 90 patients (44 for XY-123, 46 for placebo) were analyzed."
    >>> [(a.label, a.n) for a in bracketed_counts(t, (Name(t.index("XY"), t.index("XY") + 6, "XY-123"),))]
    [('XY-123', 44), ('placebo', 46)]
    >>> [(a.label, a.n) for a in bracketed_counts("In all, 90 were included (intervention group 47 adults; control group 43 adults).", ())]
    [('intervention', 47), ('control', 43)]
    >>> [(a.label, a.n) for a in bracketed_counts("In all, 412 (207 intervention, 205 control) adults were recruited.", ())]
    [('intervention', 207), ('control', 205)]
    >>> t = "Of 90 randomized adults who got the study drug (XY-123, 50, and placebo, 25), 12 had X; 40 were randomized (XY-123 30, placebo 10 [part A])."
    >>> [[(a.label, a.n) for a in bracketed_counts(t[k:], (Name(t[k:].index("XY"), t[k:].index("XY") + 6, "XY-123"),))] for k in (0, t.index(";"))]
    [[('XY-123', 50), ('placebo', 25)], [('XY-123', 30), ('placebo', 10)]]
    >>> t = "In all, 2,100 enrolled, of whom 2,010 (XY-123: 1,004; placebo: 1,006) were dosed."
    >>> [(a.label, a.n) for a in bracketed_counts(t, (Name(t.index("XY"), t.index("XY") + 6, "XY-123"),))]
    [('XY-123', 1004), ('placebo', 1006)]
    """
    for cue in COUNTS_AFTER_CUE.finditer(text):
        close = text.find(")", cue.end())
        if close < 0:
            return []
        inner = SQUARE_ASIDE.sub(lambda m: " " * len(m.group()), text[cue.end():close])     # (same length)
        parts = inner.split(";") if ";" in inner else inner.split(",") if inner.lstrip()[:1].isdigit() else \
            ITEM_BREAK.split(inner)
        arms, at = [], cue.end()
        for part in parts:
            item = COUNT_ITEM.fullmatch(part)
            if item is None:
                break
            group = "name" if item.group("name") else "name2"
            start, end = at + item.start(group), at + item.end(group)
            if group == "name2" and (lead := GIVEN_TO.match(text, start, end)):
                start = lead.end()              # ("44 for | XY-123", "46 on | placebo")
            drug = next((x for x in names if start <= x.start and x.end <= end), None)
            if drug is None and not (PLACEBO.fullmatch(text, start, end) or CONTROL.fullmatch(text, start, end)
                                     or ROLE_GROUP.fullmatch(text, start, end)):
                break
            n = parse_number(item.group("n") or item.group("n2"))
            label = drug.label if drug else GROUP_WORD.sub("", re.sub(r"[-\s]+", " ", text[start:end].lower()))
            arms.append(Arm(label, int(n) if n is not None else None, (drug.label,) if drug else (), start, end))
            at += len(part) + 1
        if len(arms) == len(parts) >= 2 and len({a.label for a in arms}) == len(arms):
            return arms
    return []


# each arm's count before the people it counts, and what they were: "36 XY-123 and 18 placebo patients were randomized"
COUNTED_BEFORE_PEOPLE = rx.compile(rf"""(?<![\w.,])(?P<n1>\d{{1,5}})\s(?P<a1>[\w-]{{2,30}}(?:\s[\w-]{{2,30}})?)(?:,\s|\sand\s)
    (?P<n2>\d{{1,5}})\s(?P<a2>[\w-]{{2,30}}(?:\s[\w-]{{2,30}})?)\s{cues.PEOPLE}\s(?:were|had\sbeen)\s
    (?:randomi[sz]ed|randomly\sassigned|enrolled|treated|included)\b""", re.I | re.X)


def counted_before_people(text: str, names: Sequence[Name]) -> list[Arm]:
    """Two arms counted before the word for the people, each a therapy the sentence names or the control.

    >>> t = "In all, 36 XY-123 and 18 placebo patients were randomized."
    >>> [(a.label, a.n) for a in counted_before_people(t, (Name(t.index("XY"), t.index("XY") + 6, "XY-123"),))]
    [('XY-123', 36), ('placebo', 18)]
    """
    m = COUNTED_BEFORE_PEOPLE.search(text) if "were" in text or "had been" in text else None
    return two_counted_arms(text, m, names) if m else []


def two_counted_arms(text: str, m: re.Match, names: Sequence[Name]) -> list[Arm]:
    """The two arms a match names (groups ``a1``, ``a2``, each a therapy of ``names`` or the control) with their
    counts (``n1``, ``n2``); [] when one is neither or both are one."""
    arms = []
    for k in ("1", "2"):
        start, end = m.span(f"a{k}")
        drug = next((x for x in names if x.start == start and x.end == end), None)
        if drug is None and not (PLACEBO.fullmatch(text, start, end) or CONTROL.fullmatch(text, start, end)):
            return []
        label = drug.label if drug else text[start:end].lower()
        arms.append(Arm(label, int(m.group(f"n{k}")), (drug.label,) if drug else (), start, end))
    return arms if arms[0].label != arms[1].label else []


# two arms' counts, then the arms in their order: "(212 vs 207 adults in the XY-123 and placebo groups, respectively)"
COUNTS_THEN_GROUPS = rx.compile(rf"""(?<![\w.,])(?P<n1>\d{{1,6}})\s(?:vs\.?|versus|and)\s(?P<n2>\d{{1,6}})\s{cues.PEOPLE}\s(?:in|for)\s
    (?:the\s)?(?P<a1>[\w-]{{2,30}}(?:\s[\w-]{{2,30}})?)\sand\s(?:the\s)?(?P<a2>[\w-]{{2,30}}(?:\s[\w-]{{2,30}})?)\s(?:groups|arms)
    ,?\srespectively\b""", re.I | re.X)


def counts_then_groups(text: str, names: Sequence[Name]) -> list[Arm]:
    """Two arms' sizes given before the arms, "respectively", each a therapy the sentence names or the control.

    >>> t = "(212 vs 207 adults in the XY-123 and placebo groups, respectively)"
    >>> [(a.label, a.n) for a in counts_then_groups(t, (Name(t.index("XY"), t.index("XY") + 6, "XY-123"),))]
    [('XY-123', 212), ('placebo', 207)]
    """
    m = COUNTS_THEN_GROUPS.search(text) if "respectively" in text else None
    return two_counted_arms(text, m, names) if m else []


def counted_levels(text: str, names: Sequence[Name], main: str | None = None) -> list[Arm]:
    """Groups of a dose level with their counts: "five were given a low dose and five a high dose".

    >>> [(a.label, a.n, a.interventions) for a in counted_levels("Six were given a low dose.", (), "XY-123")]
    [('low dose', 6, ('XY-123',))]
    """
    out = []
    for m in COUNTED_LEVEL.finditer(text):
        n = parse_number(m.group("n"))
        if n is None or n != int(n):
            continue
        drug = next((x.label for x in names if m.end() <= x.start < m.end() + REACH), None) or main
        out.append(Arm(f"{m.group('level').lower()} dose", int(n), (drug,) if drug else (), m.start(), m.end()))
    return out if len({a.label for a in out}) == len(out) else []


# levels of a dose listed as what the patients were given: "received low, middle, or high doses of XY-123",
# "randomized to a low or a high dose"
_LEVEL = rf"(?:an?\s+|the\s+)?{cues.DOSE_LEVEL}"
GIVEN_LEVELS = rx.compile(rf"""\b(?:given|received|receive|receiving|(?:assigned|allocated|randomi[sz]ed)\s+to)\s+(?:either\s+)?
    (?P<levels>{_LEVEL}(?:,\s+|,?\s+(?:or|and)\s+){_LEVEL}(?:(?:,\s+|,?\s+(?:or|and)\s+){_LEVEL})?)[- ]doses?\b""",
                          re.I | re.X)
LEVEL_WORD = re.compile(cues.DOSE_LEVEL, re.I)


def given_levels(text: str, names: Sequence[Name], main: str | None = None) -> list[Arm]:
    """The arms of the dose levels a sentence lists as given, each of the drug named right after them (else ``main``).

    >>> text = "Adults received low, middle, or high doses of XY-123."
    >>> [(a.label, a.interventions) for a in given_levels(text, (Name(text.index("XY"), len(text) - 1, "XY-123"),))]
    [('low dose', ('XY-123',)), ('middle dose', ('XY-123',)), ('high dose', ('XY-123',))]
    """
    m = GIVEN_LEVELS.search(text)
    if m is None:
        return []
    levels = [w.lower() for w in LEVEL_WORD.findall(m.group("levels"))]
    drug = next((x.label for x in names if m.end() <= x.start < m.end() + REACH), None) or main
    if len(set(levels)) < 2 or drug is None:
        return []
    return [Arm(f"{level} dose", None, (drug,), m.start("levels"), m.end()) for level in levels]


def compared_doses(text: str, names: Sequence[Name]) -> list[Arm]:
    """Two doses of one drug a trial compares: "comparing a higher 0.4 mg/kg dose of XY-123 with the 0.2 mg/kg dose".

    >>> text = "The trial compared a 20 mg dose of XY-123 with a 5 mg dose."
    >>> [a.label for a in compared_doses(text, (Name(text.index("XY"), text.index("XY") + 6, "XY-123"),))]
    ['XY-123 20 mg', 'XY-123 5 mg']
    """
    m = COMPARED_DOSES.search(text)
    if m is None:
        return []
    drug = next((x for x in names if m.start("drug") <= x.start and x.end <= m.end("drug")), None)
    if drug is None or m.group("u1").lower() != m.group("u2").lower():
        return []
    return [Arm(f"{drug.label} {m.group(a)} {m.group(u)}", None, (drug.label,), m.start(), m.end())
            for a, u in (("a1", "u1"), ("a2", "u2"))]


# doses of one drug written together with one unit, right after its name: "XY-123 | 25 and 50 mg"
DRUG_DOSES = rx.compile(rf"(?<=\s)(?P<list>{cues.DOSE_AMOUNTS})\s?(?P<unit>{cues.DOSE_UNIT})(?![\w/])", re.I)
# the control they are set against in the same sentence: "... compared to placebo", "than vehicle"
_CONTROL = rf"(?:the\s|an?\s)?(?:matching\s)?(?P<c>{cues.PLACEBO_WORDS})\b"
AGAINST_CONTROL = rx.compile(rf"(?:{cues.VERSUS}|\b(?:than|over)\s){_CONTROL}", re.I)


def doses_against_control(text: str, names: Sequence[Name]) -> list[Arm]:
    """The doses of one drug a result sets together against a control: an arm each, and the control's.

    >>> text = "XY-123 25 and 50 mg once daily cut zeta frequency versus placebo at week 8."
    >>> [a.label for a in doses_against_control(text, (Name(0, 6, "XY-123"),))]
    ['XY-123 25 mg', 'XY-123 50 mg', 'placebo']
    >>> doses_against_control("XY-123 25 and 50 mg tablets are sold.", (Name(0, 6, "XY-123"),))
    []
    """
    m = DRUG_DOSES.search(text)
    control = AGAINST_CONTROL.search(text, m.end()) if m else None
    drug = next((x for x in names if x.end + 1 == m.start()), None) if control else None
    if drug is None:
        return []
    unit = m.group("unit")
    arms = [Arm(f"{drug.label} {a.group()} {unit}", None, (drug.label,), drug.start, m.end())
            for a in re.finditer(cues.DOSE_AMOUNT, m.group("list"))]
    return arms + [Arm(control.group("c").lower(), None, (), control.start("c"), control.end("c"))]


# one drug's doses listed together, each with its unit or the last's for all: "20 mg, 40 mg or 80 mg", "25mg and 50mg",
# "(20, 40 and 80mg)"
_LISTED = rf"{cues.DOSE_AMOUNT}\s?(?:{cues.DOSE_UNIT}\s?)?"
_LIST_JOIN = r"(?:\s?,\s?(?:and\s|or\s)?|\s(?:and|or)\s)"
DOSE_LIST = rf"(?P<list>(?:{_LISTED}{_LIST_JOIN}){{1,5}}{cues.DOSE_AMOUNT}\s?(?P<unit>{cues.DOSE_UNIT})(?![\w/]))"
# where such a list stands to its drug: right after it ("XY-123 | 20 mg, 40 mg or 80 mg"), in a bracket a few words
# after it ("XY-123 schedules | (20, 40 and 80 mg)"), or before "doses of" it ("| 25 mg and 50 mg | doses of XY-123")
DOSES_AFTER_DRUG = rx.compile(rf"\s(?:at\s)?(?:doses?\sof\s)?{DOSE_LIST}", re.I)
DOSES_IN_BRACKET = rx.compile(rf"\s(?:[\w-]{{1,20}}\s){{0,4}}?\({DOSE_LIST}\)", re.I)
DOSES_BEFORE_DRUG = rx.compile(rf"(?<![\w.]){DOSE_LIST}\s(?:(?:once|twice)[\s-](?:daily|weekly)\s)?doses?\sof\s$", re.I)
# each amount of such a list, and its unit where it has one
AMOUNT_UNIT = re.compile(rf"({cues.DOSE_AMOUNT})\s?({cues.DOSE_UNIT})?(?![\w.])")
# a sentence that lists one drug's doses so (the arms' cue)
DOSES_LISTED = rx.compile(rf"(?<![\w.]){DOSE_LIST}", re.I)
# a control the sentence sets the doses against: "... | or placebo", "| and placebo", "| against placebo", "| versus vehicle"
# ("| plus a placebo arm")
CONTROL_WORD = rx.compile(rf"(?:{cues.VERSUS}|\b(?:than|over|against|or|and|plus)\s+){_CONTROL}", re.I)


def listed_doses(text: str, names: Sequence[Name]) -> list[Arm]:
    """The doses of the one drug a sentence lists together, set against a control it names: an arm each, and the
    control's ("XY-123 20 mg, 40 mg or 80 mg, or placebo"; "25 mg and 50 mg doses of XY-123 and placebo"; "XY-123's
    schedules (20, 40 and 80 mg) against placebo").

    >>> t = "Adults got XY-123 20 mg, 40 mg or 80 mg, or placebo."
    >>> [a.label for a in listed_doses(t, (Name(11, 17, "XY-123"),))]
    ['XY-123 20 mg', 'XY-123 40 mg', 'XY-123 80 mg', 'placebo']
    >>> t = "The study set 25mg and 50mg doses of XY-123 against placebo."
    >>> [a.label for a in listed_doses(t, (Name(t.index("XY"), t.index("XY") + 6, "XY-123"),))]
    ['XY-123 25 mg', 'XY-123 50 mg', 'placebo']
    >>> listed_doses("Adults got XY-123 20 mg, 40 mg or 80 mg.", (Name(11, 17, "XY-123"),))
    []
    >>> [a.label for a in listed_doses("XY-123 (20 mg, 40 mg or 80 mg) met its goal.", (Name(0, 6, "XY-123"),))]
    ['XY-123 20 mg', 'XY-123 40 mg', 'XY-123 80 mg']
    >>> t = "In this placebo-controlled study, we assessed XY-123 1, 2, or 4 mg daily."
    >>> [a.label for a in listed_doses(t, (Name(t.index("XY"), t.index("XY") + 6, "XY-123"),))]
    ['XY-123 1 mg', 'XY-123 2 mg', 'XY-123 4 mg', 'placebo']
    >>> t = "The study set 3 doses of XY-123 (0.5, 2.0, 6.0 mg) beside one another plus a placebo arm."
    >>> [a.label for a in listed_doses(t, (Name(t.index("XY"), t.index("XY") + 6, "XY-123"),))]
    ['XY-123 0.5 mg', 'XY-123 2.0 mg', 'XY-123 6.0 mg', 'placebo']
    """
    if len({n.label for n in names}) != 1:
        return []
    drug = names[0]
    m = DOSES_AFTER_DRUG.match(text, drug.end) or DOSES_IN_BRACKET.match(text, drug.end) \
        or DOSES_BEFORE_DRUG.search(text, max(0, drug.start - 80), drug.start)
    control = CONTROL_WORD.search(text, m.end()) or CONTROL_WORD.search(text, 0, min(m.start(), drug.start)) if m else None
    # (or the doses in a bracket right after the name, as alternatives: "XY-123 (1 mg, 4 mg or 8 mg) met its endpoint")
    alternatives = m is not None and m.re is DOSES_IN_BRACKET.regex and m.start() == drug.end \
        and text[m.start():m.start() + 2] == " (" and " or " in m.group("list")
    # (or doses as alternatives in a sentence that calls its study controlled: "In this placebo-controlled study, we
    # assessed XY-123 0.3, 1, or 4 mg": the control's arm too)
    controlled = CONTROLLED_BY.search(text) if m is not None and control is None and " or " in m.group("list") else None
    if control is None and not alternatives and controlled is None:
        return []
    unit = m.group("unit")
    amounts = AMOUNT_UNIT.findall(m.group("list"))
    if len(amounts) < 2 or len({a for a, _ in amounts}) < len(amounts) \
            or any(u and u.lower() != unit.lower() for _, u in amounts):
        return []                       # (one unit for all: "25 mg and 50 mg"; not two drugs' doses)
    start, end = min(drug.start, m.start()), max(drug.end, m.end())
    arms = [Arm(f"{drug.label} {a} {unit}", None, (drug.label,), start, end) for a, _ in amounts]
    if controlled is not None:
        return arms + [Arm(controlled.group("c").lower(), None, (), controlled.start("c"), controlled.end("c"))]
    return arms + ([Arm(control.group("c").lower(), None, (), control.start("c"), control.end("c"))] if control else [])


# doses of one drug listed in a bracket after it, each with how often it is given: "XY-123 | (100 mg once daily, 200 mg
# once daily or 100 mg twice daily)"
_SCHEDULED = rf"{cues.DOSE_AMOUNT}\s?{cues.DOSE_UNIT}\s{HOW_OFTEN}"
SCHEDULES_IN_BRACKET = rx.compile(rf"\s?\((?P<list>(?:{_SCHEDULED}{_LIST_JOIN}){{1,5}}{_SCHEDULED})\)", re.I)
# (the control may open the list: "were given | placebo or | one of three doses of XY-123 (...)")
CONTROL_BEFORE = rx.compile(rf"\b{_CONTROL}\s(?:or|and)\s", re.I)
SCHEDULED = re.compile(rf"(?P<a>{cues.DOSE_AMOUNT})\s?(?P<u>{cues.DOSE_UNIT})\s(?P<o>{HOW_OFTEN})", re.I)


def scheduled_doses(text: str, names: Sequence[Name]) -> list[Arm]:
    """The doses of the one drug a sentence lists in a bracket right after it, each with how often it is given, set
    against a control it names: an arm each (the same amount given at two rates is two arms), and the control's.

    >>> t = "Adults got placebo or one of three doses of XY-123 (50mg once daily, 100mg once daily or 50mg twice daily)."
    >>> [a.label for a in scheduled_doses(t, (Name(t.index("XY"), t.index("XY") + 6, "XY-123"),))]
    ['XY-123 50 mg once daily', 'XY-123 100 mg once daily', 'XY-123 50 mg twice daily', 'placebo']
    >>> scheduled_doses("XY-123 (50mg once daily or 100mg once daily) is sold.", (Name(0, 6, "XY-123"),))
    []
    """
    if len({n.label for n in names}) != 1 or (m := SCHEDULES_IN_BRACKET.match(text, names[0].end)) is None:
        return []
    drug = names[0]
    control = CONTROL_WORD.search(text, m.end()) or CONTROL_BEFORE.search(text, 0, drug.start)
    items = [(d.group("a"), d.group("u"), " ".join(d.group("o").split())) for d in SCHEDULED.finditer(m.group("list"))]
    if control is None or len(set(items)) < len(items):
        return []
    arms = [Arm(f"{drug.label} {a} {u} {o}", None, (drug.label,), drug.start, m.end()) for a, u, o in items]
    return arms + [Arm(control.group("c").lower(), None, (), control.start("c"), control.end("c"))]


# a study called controlled by what its control arm got: "a randomized, | placebo | -controlled study"
CONTROLLED_BY = rx.compile(r"(?=[psv])\b(?P<c>placebo|vehicle|sham)[- ]controlled\b", re.I)


def doses_of(text: str, names: Sequence[Name]) -> list[Arm]:
    """The doses of one drug a text counts and lists in brackets before it: one arm each.

    >>> text = "All three doses (3 mg, 9 mg, 27 mg) of XY-123 met the primary endpoint."
    >>> [a.label for a in doses_of(text, (Name(text.index("XY"), text.index("XY") + 6, "XY-123"),))]
    ['XY-123 3 mg', 'XY-123 9 mg', 'XY-123 27 mg']
    """
    m = DOSES_OF.search(text)
    drug = next((x for x in names if x.start == m.end()), None) if m else None
    if drug is None:
        return []
    return [Arm(f"{drug.label} {d.group('a')} {d.group('u')}", None, (drug.label,), m.start(), drug.end)
            for d in ONE_LISTED_DOSE.finditer(m.group("list"))]


def cohorts(text: str, names: Sequence[Name], main: str | None = None) -> list[Arm]:
    """Dose cohorts listed with one unit: "three dose cohorts: 1, 3 and 10 mg/kg".

    >>> [a.label for a in cohorts("XY-123 was tested in dose cohorts of 1, 3 and 10 mg/kg.", (Name(0, 6, "XY-123"),))]
    ['XY-123 1 mg/kg', 'XY-123 3 mg/kg', 'XY-123 10 mg/kg']
    """
    m = COHORTS.search(text)
    if m is None:
        return []
    drugs = {n.label for n in names}
    drug = next(iter(drugs)) if len(drugs) == 1 else (main if not drugs else None)
    if len(drugs) > 1:
        return []
    unit = m.group("unit")
    prefix = f"{drug} " if drug else ""
    return [Arm(f"{prefix}{amount} {unit}", None, (drug,) if drug else (), m.start(), m.end())
            for amount in AMOUNT.findall(m.group("list"))]


# a group named only by its order, and what gives it a drug after its size: "the second group (n = 37) | received |"
ORDINAL_GROUP = re.compile(r"(?:first|second|third|fourth|other)", re.I)
COUNTING_WORD = re.compile(r"(?:one|another|first|second|third|fourth|other)", re.I)
GIVEN_BETWEEN = re.compile(r"(?<!\s)\s*+(?:received|was\s+given|were\s+given|got|took)\s++(?:oral\s++|intravenous\s++)?", re.I)
GIVEN_REACH = 40


def sized_groups(text: str, names: Sequence[Name]) -> list[Arm]:
    """Groups with a stated size anywhere in a sentence: "the placebo group (n = 24)", "XY-123 (40 patients)", "XY-123
    5 mg (n=120)", "the control group (n = 12) ... the exercise group (n = 14)".

    >>> [(a.label, a.n) for a in sized_groups("In the XY-123 group (n=40), scores fell.", (Name(7, 13, "XY-123"),))]
    [('XY-123', 40)]
    >>> [(a.label, a.n) for a in sized_groups("They were randomized to the 2 mg group (n=41) or 4 mg group (n=39).", ())]
    [('2 mg', 41), ('4 mg', 39)]
    >>> t = "Results by group, XY-123 5 mg (n=120), XY-123 10 mg (n=118) and placebo (n=119):"
    >>> [(a.label, a.n) for a in sized_groups(t, tuple(Name(k, k + 6, "XY-123") for k in (18, 39)))]
    [('XY-123 5 mg', 120), ('XY-123 10 mg', 118), ('placebo', 119)]
    >>> t = "They got 4 mg/kg of XY-123 (n=58), 1.5 mg/kg of XY-123 (n=61) or placebo (n=57)."
    >>> [(a.label, a.n) for a in sized_groups(t, tuple(Name(k, k + 6, "XY-123") for k in (20, 48)))]
    [('XY-123 4 mg/kg', 58), ('XY-123 1.5 mg/kg', 61), ('placebo', 57)]
    >>> t = "By arm: XY-123 2% (n=72), a fall of 15; Vehicle (n=74), a fall of 11."
    >>> [(a.label, a.n) for a in sized_groups(t, (Name(8, 14, "XY-123"),))]
    [('XY-123 2%', 72), ('vehicle', 74)]
    """
    out, named, dosed_arms = [], 0, 0
    for m in PAREN_N.finditer(text):
        if m.group(0)[0] != "(":
            continue
        offset = max(0, m.start() - REACH)
        before = text[offset:m.start()].rstrip()
        head = GROUP_WORD.sub("", before)
        the_group = THE_GROUP.search(before) if head != before else None
        drug = next((x for x in names if x.end == offset + len(head)), None)
        dosed = next((d for d in DOSE.finditer(head) if d.end() == len(head)), None) if drug is None else None
        dosed_drug = next((x for x in names if dosed and x.end == offset + dosed.start() - 1
                           and text[x.end] == " "), None)      # "XY-123 80 mg (n=300)": the dose's arm
        level = LEVEL_END.search(head)
        if drug and cues.ARM_LIST_END.search(text, max(0, drug.start - REACH), drug.start):
            continue                 # "chemotherapy, which could be A or B (n=15)": B is no group of its own
        if drug:
            label, drugs, start = drug.label, (drug.label,), drug.start
            if (dose_of := DOSE_OF_BEFORE.search(text, max(0, drug.start - REACH), drug.start)) is not None:
                label = dosed_label(drug.label, dose_of.group('amount'), dose_of.group('unit'))   # ("4 mg/kg of XY-123 (n=58)")
                dosed_arms += 1
        elif dosed_drug:
            label = dosed_label(dosed_drug.label, dosed.group('amount'), dosed.group('unit'))
            drugs, start = (dosed_drug.label,), dosed_drug.start
            dosed_arms += 1
        elif control := next((c for c in PLACEBO.finditer(head) if c.end() == len(head)), None):
            # (or the vehicle or sham a control arm had: "Vehicle (n=74)")
            label, drugs, start = placebo_label(control.group()), (), offset + control.start()
        elif level:
            label, drugs, start = f"{level.group('level').lower()} dose", (), offset + level.start()
        elif head != before and (dose := next((d for d in DOSE.finditer(head) if d.end() == len(head)), None)):
            # (a group named by its dose alone, "the 2 mg group (n=41)": a dose of the main therapy, which find_arms
            # gives it)
            label, drugs, start = dosed_label("", dose.group('amount'), dose.group('unit')).lstrip(), (), offset + dose.start()
        elif the_group and ORDINAL_GROUP.fullmatch(the_group.group("name")) \
                and (given := next((x for x in names if 0 <= x.start - m.end() <= GIVEN_REACH
                                    and GIVEN_BETWEEN.fullmatch(text, m.end(), x.start)), None)):
            # "the first group (n = 38) received XY-123": the group is the drug's
            label, drugs, start = given.label, (given.label,), offset + the_group.start()
        elif the_group and not COUNTING_WORD.fullmatch(the_group.group("name")):
            # (not a group counted off without its treatment: "One group (n = 10) ... the other group (n = 10)")
            label, drugs, start = " ".join(the_group.group("name").lower().split()), (), offset + the_group.start()
            named += 1
        else:
            continue
        n = stated_n(m.group(0))
        if n is not None:
            out.append(Arm(label, n, drugs, start, m.end()))
    if named and (len(out) < 2 or len({a.label for a in out}) < len(out)):
        return [a for a in out if a.interventions or a.label == "placebo"] if named < len(out) else []
    if dosed_arms and len(out) < 2:
        return []                    # (one dose with a size, "XY 5 mg and AB 80 mg (31 patients)": whose, unclear)
    return out


# two groups sized in brackets that share "groups" after the second: "into the intervention (n = 9) and control (n = 8)
# groups"
SHARED_GROUPS = rx.compile(r"""(?=[it])\b(?:into|to)\s(?:the\s)?(?P<a>[A-Za-z][\w-]{1,30}(?:\s[a-z][\w-]{1,30})?)\s(?P<na>\([^()]{1,30}\))
    \s(?:and|or)\s(?:the\s)?(?P<b>[A-Za-z][\w-]{1,30}(?:\s[a-z][\w-]{1,30})?)\s(?P<nb>\([^()]{1,30}\))\s(?:groups|arms)\b""",
                           re.X)


def shared_groups(text: str, names: Sequence[Name]) -> list[Arm]:
    """The two groups of "into the intervention (n = 9) and control (n = 8) groups", each with its size; a group
    named by its drug is the drug's.

    >>> [(a.label, a.n) for a in shared_groups("They were randomized into the exercise (n = 9) and control (n = 8) groups.", ())]
    [('exercise', 9), ('control', 8)]
    """
    m = SHARED_GROUPS.search(text)
    if m is None:
        return []
    arms = []
    for key in ("a", "b"):
        n = stated_n(m.group("n" + key))
        if n is None:
            return []
        drug = next((x for x in names if x.start == m.start(key) and x.end == m.end(key)), None)
        label = drug.label if drug else " ".join(m.group(key).lower().split())
        arms.append(Arm(label, n, (drug.label,) if drug else (), m.start(key), m.end("n" + key)))
    return arms


def opens_arm_list(text: str) -> bool:
    """Does a line open a list of the trial's arms ("Arms", "... randomised to one of three groups:")?

    >>> opens_arm_list("Arms"), opens_arm_list("Patients were randomised to one of two groups:")
    (True, True)
    >>> opens_arm_list("Key eligibility")
    False
    """
    return cues.ARM_LIST_OPENER.search(text.strip()) is not None


# a line that counts its arm first, a summary's layout: "N=140 | XY-123 (20 mg daily)."
LEAD_N = rx.compile(rf"^\s*[nN]\s?=\s?(?P<n>{NUMBER})\s+(?=[A-Za-z])")


def arm_line(text: str, names: Sequence[Name], main: str | None = None) -> Arm | None:
    """The arm one line of a list of arms describes, or None when the line does not read as one.

    A line that gives the arm's size first ("N=140 XY-123 (20 mg daily).") is read as "XY-123: 20 mg daily" of that
    size.

    >>> arm_line("Experimental arm: XY-123 10 mg once daily (1,204 participants)", (Name(18, 24, "XY-123"),))
    Arm(label='XY-123', n=1204, interventions=('XY-123',), start=0, end=62)
    >>> arm_line("Control (n=12): observation only", ())
    Arm(label='control', n=12, interventions=(), start=0, end=32)
    >>> arm_line("Participants kept taking their usual medicines.", ()) is None
    True
    >>> arm_line("N=41 placebo (placebo twice daily).", ())
    Arm(label='placebo', n=41, interventions=(), start=5, end=33)
    """
    if (lead := LEAD_N.match(text)) and text.count("(") <= 1:
        arm = arm_line(sized_first(text, lead.end()), names, main)
        return arm if arm is None or arm.n is not None else Arm(arm.label, int(parse_number(lead.group("n"))),
                                                                 arm.interventions, arm.start, arm.end)
    m = LINE.match(text.strip())
    if m is None:
        return None
    offset = len(text) - len(text.lstrip())
    head, desc = m.group("head").strip(), (m.group("desc") or "").strip()
    if len(head.split()) > 5 or (not desc and len(head.split()) > 3):
        return None
    n = None
    if m.group("paren"):
        sized = HEAD_N.match(m.group("paren"))
        if sized is None:
            return None
        n = parse_number(sized.group("n1") or sized.group("n2"))
    elif desc:
        sized = TRAILING_N.search(desc)
        n = parse_number(sized.group("n1") or sized.group("n2")) if sized else None
    head_end = offset + len(m.group("head"))
    in_head = [x for x in names if x.end <= head_end]
    in_desc = [x for x in names if x.start >= head_end]
    core = GROUP_WORD.sub("", head)
    desc_start = desc[:60]
    if cues.ARM_TYPE.fullmatch(core):
        if PLACEBO.search(desc_start):
            label, drugs = placebo_label(PLACEBO.search(desc_start).group(0)), ()
        elif in_desc:
            label, drugs = in_desc[0].label, (in_desc[0].label,)
        else:
            return None
    elif in_head and len(in_head) == 1 and core.lower() == text[in_head[0].start:in_head[0].end].lower():
        label, drugs = in_head[0].label, (in_head[0].label,)
    elif PLACEBO.fullmatch(core.lower()):
        label, drugs = core.lower(), ()
    elif LEVEL.fullmatch(core + (" dose" if not core.lower().endswith("dose") else "")):
        level = LEVEL.fullmatch(core + (" dose" if not core.lower().endswith("dose") else "")).group("level").lower()
        drug = in_desc[0].label if in_desc else main
        label, drugs = f"{level} dose", ((drug,) if drug else ())
    elif CONTROL.fullmatch(core):
        label, drugs = " ".join(core.lower().split()), ()
    elif NAMED_GROUP.match(head) and (desc or n is not None) and not in_head:
        label = " ".join(head.lower().split())
        drugs = () if (cues.CONTROL_WORD.search(head) or PLACEBO.search(desc_start)) else \
            ((in_desc[0].label,) if in_desc else ())
    else:
        return None
    return Arm(label, int(n) if n is not None else None, drugs, offset, offset + len(text.strip()))


def sized_first(text: str, start: int) -> str:
    """A line that counts its arm first, as "ARM: description" (same length, so that names keep their offsets).

    >>> sized_first("N=12 XY-1 (5 mg).", 5)
    '     XY-1 :5 mg  '
    """
    rest = text[start:].rstrip(". ")
    rest = rest.replace("(", ":", 1).replace(")", " ", 1) if rest.endswith(")") else rest
    return " " * start + rest + " " * (len(text) - start - len(rest))


# the groups counted before a colon that lists them: "randomized 1:1:1 to three treatments (given ...): A ...; B ...;
# or placebo"
# (or "to receive one of 3 therapies:", "into two equal groups:")
LIST_ANNOUNCED = rx.compile(r"""(?=[it])\b(?:into|to)\s(?:receive\s)?(?:one\sof\s)?(?:the\s)?(?P<k>two|three|four|five|[2-5])\s
    (?:treatment\s|study\s|parallel\s|equal\s)?(?:groups|arms|cohorts|treatments|regimens|therapies|interventions)\b
    (?:\s\([^()]{0,120}\))?
    # (how often and how long, said of them all: "three treatments | daily for 12 weeks|:")
    (?:\s(?:once\s|twice\s)?(?:daily|weekly))?(?:\sfor\s\d{1,3}\s(?:days|weeks|months))?\s?:\s""", re.I | re.X)
# what opens an item of such a list: its joining word, its number or letter ("(2)", "b)"), an article
LIST_ITEM_OPEN = re.compile(r"\s*(?:(?:or|and)\s+)?(?:\(?(?:\d{1,2}|[a-e]|i{1,3}|iv)\)\s*)?(?:(?:or|and)\s+)?(?:the\s+|an?\s+)?"
                            r"(?:combination\s+of\s+)?", re.I)
PLACEBO_LIKE = re.compile(rf"(?:matching\ )?(?P<c>{cues.PLACEBO_WORDS}|{cues.CONTROL_ARM})\b", re.I | re.X)
# the items of a list without semicolons: split at its commas and its last "or"/"and"
LIST_COMMA = re.compile(r",\s*(?:(?:or|and)\s+)?|\s(?:or|and)\s(?=\(?(?:\d{1,2}|[a-e]|i{1,3}|iv)\)|[^,]*$)", re.I)
# a treatment an item names in a few words of its own ("usual care", "physician chart reminder")
# (a noun phrase: no clause's words, "rest in bed")
# (its first word may open on a capital, after a colon: "one of two therapies: Zeta root, ...")
WORDED_ITEM = re.compile(r"[A-Za-z][a-z'’-]{1,30}(?:\s(?!(?:in|at|on|for|with|after|before|of|to|by|from|then)\b)[a-z][a-z'’-]{1,30}){0,4}")
# a noun right after a name, which the name is a word of ("zetium | laser surgery"), not its dose, partner or schedule
NOUN_AFTER_NAME = re.compile(r"\s(?!(?:plus|and|with|or|given|daily|once|twice|at|in|for|on|orally|alone|per|every|each"
                             r"|weekly|monthly|then|only|group|arm)\b)[a-z]{3,}")
# the words that name who is given a treatment, not the treatment
NO_TREATMENT = frozenset("one other another each both half".split())
# what an item says of its treatment after naming it: "a beta supplement | consisting of ...", "diet advice | to cut ..."
ITEM_DETAIL = re.compile(r"\s(?:consisting|containing|comprising)\sof\b|\sto\s(?!the\b|an?\b)[a-z]+\s")
# what joins a second therapy given in the same item: "allopurinol | plus | saline"
ITEM_PARTNER = re.compile(rf"(?:\s{cues.DOSE_AMOUNT}\s?{cues.DOSE_UNIT})?\s(?:plus|and|with|\+)\s", re.I)   # (after a dose)


def list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each item of the list in ``text[start:end]``: split by semicolons, else by commas and its last
    "or"/"and"."""
    body = text[start:end]
    cuts = [m.span() for m in re.finditer(";", body)] if ";" in body else [m.span() for m in LIST_COMMA.finditer(body)]
    items, at = [], 0
    for a, b in cuts:
        items.append((start + at, start + a))
        at = b
    items.append((start + at, end))
    return items


def announced_list(text: str, names: Sequence[Name]) -> list[Arm]:
    """The arms a colon lists after counting them, one per item (split by semicolons, else by commas), each item
    opening on its therapy, its control or a treatment in a few words ("randomized 1:1:1 to three treatments: XY-123
    200 mg ...; AB-7 450 mg ...; or placebo", "to one of three groups: (1) usual care, (2) XY-123, or (3) placebo");
    [] unless the items are as many as the count and each opens so.

    >>> t = "Patients were randomized to three treatments: XY 200 mg daily; AB 5 mg twice daily; or placebo."
    >>> [a.label for a in announced_list(t, (Name(46, 48, "XY"), Name(63, 65, "AB")))]
    ['XY', 'AB', 'placebo']
    >>> t = ("Adults were randomized to one of three treatments daily for 12 weeks: the combination of XY 5 mg and AB "
    ...      "10 mg, XY alone, or placebo.")
    >>> [a.label for a in announced_list(t, (Name(89, 91, "XY"), Name(101, 103, "AB"), Name(111, 113, "XY")))]
    ['XY plus AB', 'XY', 'placebo']
    >>> t = "They were allocated to one of three groups: usual care, XY, or a placebo for XY."
    >>> [a.label for a in announced_list(t, (Name(56, 58, "XY"), Name(77, 79, "XY")))]
    ['usual care', 'XY', 'placebo']
    """
    head = LIST_ANNOUNCED.search(text)
    if head is None:
        return []
    k = parse_number(head.group("k"))
    body_end = text.rfind(".") if text.rstrip().endswith(".") else len(text)
    arms = []
    for at, end in list_items(text, head.end(), body_end):
        start = LIST_ITEM_OPEN.match(text, at, end).end()
        while end > start and text[end - 1].isspace():
            end -= 1
        name = next((n for n in names if n.start == start), None)
        if name is not None and NOUN_AFTER_NAME.match(text, name.end, end) and WORDED_ITEM.fullmatch(text, start, end):
            name = None                  # (a name that is a word of a treatment's: "zetium laser surgery")
        control = PLACEBO_LIKE.match(text, start, end) if name is None else None
        detail = ITEM_DETAIL.search(text, start, end) if name is None and control is None else None
        worded = WORDED_ITEM.fullmatch(text, start, detail.start() if detail else end) \
            if name is None and control is None else None
        if worded is not None and worded.group().lower() in NO_TREATMENT:
            return []                    # ("two groups: one to get A and the other to get B": who, not what)
        if name is not None:
            other = next((n for n in names if n.start > name.end and ITEM_PARTNER.fullmatch(text, name.end, n.start)
                          and n.end <= end), None)
            control = PLACEBO_LIKE.match(text, ITEM_PARTNER.match(text, name.end).end()) \
                if other is None and ITEM_PARTNER.match(text, name.end) else None
            label = f"{name.label} plus {other.label}" if other and other.label != name.label else \
                f"{name.label} plus {control.group('c').lower()}" if control else name.label
            drugs = (name.label, other.label) if other and other.label != name.label else (name.label,)
        elif control is not None:
            label, drugs = re.sub(r"\s+", " ", control.group("c").lower()), ()
        elif worded is not None:
            label, drugs = worded.group().lower(), ()
        else:
            return []
        arms.append(Arm(label, None, drugs, start, end))
    if len(arms) != k or len({a.label.lower() for a in arms}) < len(arms):
        return []
    return arms


SIZE_AFTER_COLON = re.compile(rf"[nN]\s*=\s*(?P<n>{NUMBER})\s*\.?\s*$")
DOSE_ALONE = re.compile(rf"(?<!\s)\s{{0,3}}(?P<amount>\d{{1,6}}(?:\.\d{{1,4}})?)\s?(?P<unit>{cues.DOSE_UNIT})\s{{0,3}}$", re.I)


# two arms joined by a slash, then their sizes in the same order: "(XY-123/placebo: n=121/n=119)", "XY-123/placebo,
# n = 60/58" (the style of abstracts that give every pair of numbers so)
SLASHED_SIZES = rx.compile(SLASHED_ARMS + r""":?,?\s?
    [nN]\s?=\s?(?P<n1>\d{1,6})\s?/\s?(?:[nN]\s?=\s?)?(?P<n2>\d{1,6})(?![\w/.]|,\d)""", re.X)


def slashed_sizes(text: str, names: Sequence[Name]) -> list[Arm]:
    """The two arms a slash joins, sized by the slashed counts after them, where each is a named therapy or the control.

    >>> t = "Adults were randomised (XY-123/placebo: n=61/n=59)."
    >>> [(a.label, a.n, a.interventions) for a in slashed_sizes(t, (Name(24, 30, "XY-123"),))]
    [('XY-123', 61, ('XY-123',)), ('placebo', 59, ())]
    """
    m = SLASHED_SIZES.search(text) if "/" in text else None
    if m is None:
        return []
    arms = []
    for k in (1, 2):
        a, b = m.span(f"a{k}")
        named = named_in(names, a, b)
        if named:
            arms.append(Arm(named, int(m.group(f"n{k}")), (named,), a, b))
        elif PLACEBO.fullmatch(m.group(f"a{k}")):
            arms.append(Arm(placebo_label(m.group(f"a{k}")), int(m.group(f"n{k}")), (), a, b))
        else:
            return []
    return arms if arms[0].label != arms[1].label else []


def colon_sizes(text: str, names: Sequence[Name]) -> list[Arm]:
    """Arms listed as "name: n=N" items split by semicolons, a drug's doses after it ("placebo: n=214; XY: 10 mg:
    n=214; 30 mg: n=223"); [] unless every item is so and there are two or more.

    >>> t = "The analysis included 97 participants: placebo: n=33; XY: 10mg: n=32; 30mg: n=32."
    >>> [(a.label, a.n) for a in colon_sizes(t, (Name(54, 56, "XY"),))]
    [('placebo', 33), ('XY 10 mg', 32), ('XY 30 mg', 32)]
    """
    if text.count(";") < 1 or "=" not in text:
        return []
    arms, at, drug = [], 0, None
    for piece in text.split(";"):
        size = SIZE_AFTER_COLON.search(piece)
        parts = piece[:size.start()].split(":") if size else []
        if len(parts) < 2 or parts[-1].strip():
            return []                       # (each item ends "...: n=N")
        head, start = parts[-2], at + piece.rfind(parts[-2], 0, size.start())
        dose = DOSE_ALONE.fullmatch(head)
        if dose and len(parts) >= 3 and (named := named_in(names, at + piece.rfind(parts[-3], 0, start - at), start)):
            drug = named
        if dose and drug:
            label, drugs = f"{drug} {dose.group('amount')} {dose.group('unit')}", (drug,)
        elif dose:
            return []
        elif (named := named_in(names, start, start + len(head))):
            label, drugs, drug = named, (named,), named
        elif PLACEBO.fullmatch(head.strip()):
            label, drugs = head.strip().lower(), ()
        else:
            return []
        arms.append(Arm(label, parse_number(size.group("n")), drugs, start, at + len(piece)))
        at += len(piece) + 1
    return arms if len(arms) >= 2 and len({a.label for a in arms}) == len(arms) else []


# an arm counted as the people who got its therapy: "the 61 adults given | XY-123", "the 30 patients who received |
# placebo", "the 40 children randomized to | XY-123" (the words right before the therapy's name)
COUNTED_PEOPLE = rx.compile(rf"(?=[Tt])\bthe\s+{NUMBER}\s+(?:[a-z-]{{3,20}}\s+)?{cues.PEOPLE}(?!\w)", re.I)
COUNTED_GIVEN = rx.compile(rf"""(?=[Tt])\bthe\s+(?P<n>{NUMBER})\s+(?:[a-z-]{{3,20}}\s+)?{cues.PEOPLE}\s+(?:who\s+(?:were\s+)?)?
    (?:given|receiving|received|treated\s+with|assigned\s+to|randomi[sz]ed\s+to|taking|took|on)\s+(?:the\s+)?$""", re.I | re.X)
PLACEBO_WORD = re.compile(r"(?:matching\s+)?(?P<c>placebo|sham|vehicle)\b", re.I)
# ... or counted right before the name of what they were given, the people after it: "the | 202 | placebo | patients",
# "the 64 XY-123-treated adults"
COUNTED_BEFORE_NAME = rx.compile(rf"(?=[Tt])\bthe\s+(?P<n>{NUMBER})\s+$", re.I)
PEOPLE_AFTER_NAME = rx.compile(rf"(?:-?(?:treated|group))?(?<!\s)\s++{cues.PEOPLE}\b", re.I)


def counted_given(text: str, names: Sequence[Name]) -> list[Arm]:
    """Arms a sentence counts as the people given each ("the 61 adults given XY-123 ..., and the 30 given placebo"
    counts only where the people are named): label, size and therapy, one arm for each.

    >>> [(a.label, a.n) for a in counted_given("The 61 adults given XY-123 improved.", (Name(20, 26, "XY-123"),))]
    [('XY-123', 61)]
    >>> [(a.label, a.n) for a in counted_given("By contrast, the 30 children who received placebo did not.", ())]
    [('placebo', 30)]
    >>> counted_given("Of 61 adults given XY-123, most improved.", (Name(19, 25, "XY-123"),))
    []
    >>> [(a.label, a.n) for a in counted_given("a -6.1 change for the 92 placebo patients", ())]
    [('placebo', 92)]
    """
    out = []
    starts = [(x.start, x.end, x.label, (x.label,)) for x in names]
    starts += [(m.start(), m.end(), "placebo", ()) for m in PLACEBO_WORD.finditer(text)]
    for start, end, label, drugs in sorted(starts):
        counted = COUNTED_GIVEN.search(text, max(0, start - 80), start) or \
            (COUNTED_BEFORE_NAME.search(text, max(0, start - 20), start) if PEOPLE_AFTER_NAME.match(text, end) else None)
        n = parse_number(counted.group("n")) if counted else None
        if n is not None and n == int(n):
            out.append(Arm(label, int(n), drugs, counted.start(), end))
    return out
