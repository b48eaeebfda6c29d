"""Trial arms in text: the groups patients were assigned to, how many each held and what each received.

Pure functions over one sentence (or one line of a list of arms) and the
therapy names found in it (:class:`Name`, offsets in that text). Layouts:

- an allocation: "randomised 2:1 to XY-123 (n=40) or placebo (n=20)", "to receive either XY-123 ... or ...",
  "60 to XY-123 and 30 to placebo", "48 received XY-123 and 24 received placebo", "50 to each group";
- a line of a list of arms after a line that opens one ("Arms", "... to one of three groups:"):
  "Experimental arm: XY-123 10 mg (40 participants)", "Control (n=10): observation", "low dose: XY-123 5 mg";
- dose cohorts: "three dose cohorts: 1, 3 and 10 mg/kg";
- a group and its size anywhere: "the placebo group (n = 24)".

An arm is labelled as the gold convention does: the therapy's label for a drug arm, "placebo", a dose level
("low dose"), "<drug> <dose>" when several arms give one drug at different doses, and a named group as written.
A ratio ("2:1") gives no sizes: only sizes the text states are read.

>>> text = "In all, 90 patients were randomised: 60 to XY-123 and 30 to placebo."
>>> [(a.label, a.n, a.interventions) for a in find_arms(text, (Name(43, 49, "XY-123"),))]
[('XY-123', 60, ('XY-123',)), ('placebo', 30, ())]
"""

from __future__ import annotations

import re
from typing import Sequence

from kg.model import record
from kg.text import cues
from kg.text import prefilter as rx
from kg.text.numbers import NUMBER, parse_number

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).


@record
class Name:
    """A therapy named in the text: its span (offsets in the text read) and its label."""

    start: int
    end: int
    label: str


@record
class Arm:
    """One group of a trial: its label, its size when stated, the therapies it received, and where it was read."""

    label: str
    n: int | None = None
    interventions: tuple[str, ...] = ()
    start: int = 0
    end: int = 0


# a word between the word that introduces an arm and its name ("to the standard regimen of intravenous X"); not a
# word that joins two things given together ("X plus Y") or starts another clause
_FILLER = r"(?!(?:to|or|and|plus|with|versus|vs|in|after|than|who|were|was)\b)[\w'’/.-]{1,30}"
# what comes right before an arm's name in an allocation: "to", "either", "or (to)", "versus", or a count
# ("60 to", "48 received", "259 in"); matched at the end of the text before the name
INTRO = rx.compile(rf"""(?:(?:
      (?<![\w-])(?P<word>to|either|or|versus|vs\.?|receive|received|receiving|taking|given|with)
    | (?<![:/-])(?P<count>{NUMBER})\s+(?:\(\d{{1,3}}(?:\.\d{{1,2}})?\s?%\)\s+)?(?:{cues.PEOPLE}\s+)?(?:were\s+)?
      (?:(?:randomly\s+)?(?:assigned|allocated|randomi[sz]ed)\s+)?
      (?:to|received|got|(?P<into>in))
    )\s+(?P<fill>(?:{_FILLER}\s+){{0,5}}) | (?P<comma>,)\s+(?:and\s+)?)$""", re.I | re.X)
# doses listed after a drug's name, one arm each: "XY-123 (100, 200 or 400 mg/day)", "XY-123 at 1, 3 and 10 mg/kg",
# "XY-123, 15 or 30 mg/day,", "XY-123, either 12 or 36 mg,"
DOSE_LIST = rx.compile(rf"""(?<!\s)\s*+(?:\(\s*+|,\s*+(?:either\s++)?|at\s++(?:doses?\s++of\s++)?)?(?P<list>{cues.DOSE_AMOUNTS})
    \s*(?P<unit>{cues.DOSE_UNIT})(?:/(?:day|d|dose))?(?![\w/])""", re.I | re.X)
# doses listed before "of" and a drug's name, one arm each: "0.3 mg or 0.6 mg of XY-123", "two daily 5 mg or 10 mg
# doses of XY-123" (looked for at the end of the text before the name)
DOSES_OF_BEFORE = rx.compile(rf"""(?<![\w.])(?P<list>{cues.DOSE_AMOUNT}\s?{cues.DOSE_UNIT}
    (?:\s*+(?:,\s*+)?(?:or|and)?\s*+{cues.DOSE_AMOUNT}\s?{cues.DOSE_UNIT}){{1,4}})(?:\s++(?:daily\s++)?doses?)?\s++of\s++$""",
                             re.I | re.X)
ONE_DOSE = re.compile(rf"(?P<a>{cues.DOSE_AMOUNT})\s?(?P<u>{cues.DOSE_UNIT})", re.I)
# a group named in words, one of an allocation's: "240 to the laser group and 260 to the drops group"
NAMED_ARM = rx.compile(r"(?=[t])\bthe\s+(?P<name>[A-Za-z][\w-]{1,30}(?:\s[A-Za-z][\w-]{1,30})?)\s+(?:group|arm)\b", re.I)
# a sentence that says how many groups it lists: "divided into three groups:", "randomized to one of two arms"
GROUPS_ANNOUNCED = rx.compile(r"(?=[it])\b(?:into|to)\s(?:one\sof\s)?(?:the\s)?(?P<k>two|three|four|five|[2-5])\s(?:groups|arms|cohorts)\b",
                              re.I)
# a count right after a word that may end the arms ("including | 259 in ...")
COUNT_AFTER = re.compile(r"(?<!\s)\s++\d")
# a count right before the allocation word, which it belongs to: "1105 | assigned to A"
COUNT_BEFORE_CUE = rx.compile(rf"(?<![\w.,])(?:{NUMBER})\s+(?:\(\d{{1,3}}(?:\.\d{{1,2}})?\s?%\)\s+)?(?:{cues.PEOPLE}\s+)?(?:were\s+)?(?:randomly\s+)?$", re.I)
# a stated size right after an arm: "(n=40)", "(n = 40)", "(ABC; n=40)", "(40 patients)"; "N=40" after a comma
PAREN_N = rx.compile(rf"""\((?:[^()\n]{{0,40}}?[;,]\s*)?(?:[nN]\s*=\s*(?P<n1>{NUMBER})|(?P<n2>{NUMBER})\s+{cues.PEOPLE})
    (?:;[^()\n]{{0,40}})?\)
    | [,;]\s*[nN]\s*=\s*(?P<n3>{NUMBER})\b""", re.X)
# "50 to each group", "50 in each arm", "50 per group", "50 subjects per study arm"
EACH = rx.compile(rf"\b(?P<n>{NUMBER})\s+(?:{cues.PEOPLE}\s+)?(?:(?:to|in)\s+each|per)\s+(?:(?:study|treatment)\s+)?(?:group|arm|cohort)\b",
                  re.I)
# a dose written after a drug ("XY-123 10 mg", "XY-123 at 0.5 mg/kg")
DOSE = rx.compile(rf"(?<![\w.–-])(?P<amount>\d{{1,6}}(?:\.\d{{1,4}})?(?:\s?[–-]\s?\d{{1,6}}(?:\.\d{{1,4}})?)?)[\s-]?"
                  rf"(?P<unit>{cues.DOSE_UNIT}(?:/d(?:ay)?)?)(?![\w/])", re.I)     # (a titrated range: "2.5–5.0 mg")
# a dose written right before its drug: "5 mg/d | XY-123", "the 10-mg | XY-123"
DOSE_BEFORE = rx.compile(rf"(?<![\w.])(?P<amount>\d{{1,6}}(?:\.\d{{1,4}})?)[\s-]?(?P<unit>{cues.DOSE_UNIT}(?:/d(?:ay)?)?)\s+$", re.I)
# a dose written before its drug: "1200 mg of | XY-123"
DOSE_OF_BEFORE = rx.compile(rf"(?<![\w.])(?P<amount>\d{{1,6}}(?:\.\d{{1,4}})?)[\s-]?(?P<unit>{cues.DOSE_UNIT})\s+of\s+$", re.I)
CONTROL = rx.compile(rf"\b{cues.CONTROL_ARM}\b", re.I | re.X)
LEVEL = rx.compile(rf"(?=[hilm])\b(?P<level>{cues.DOSE_LEVEL})[- ]dose\b", re.I)
LEVEL_END = rx.compile(rf"(?=[hilm])\b(?P<level>{cues.DOSE_LEVEL})[- ]dose$", re.I)
# "five were given a low dose", "five a high dose", "12 patients received the high dose"
COUNTED_LEVEL = rx.compile(rf"""(?<![:/-])\b(?P<n>{NUMBER})\s+(?:{cues.PEOPLE}\s+)?(?:(?:were\s+)?(?:given|received|got|assigned\s+to|to)\s+)?
    (?:an?\s+|the\s+)?(?P<level>{cues.DOSE_LEVEL})[- ]dose\b""", re.I | re.X)
# "comparing a higher 0.4 mg/kg dose of XY-123 with the 0.2 mg/kg dose"
_AMOUNT = cues.DOSE_AMOUNT
COMPARED_DOSES = rx.compile(rf"""\bcompar(?:ing|ed|es)\s+(?:an?\s+|the\s+)?(?:(?:higher|lower|standard)\s+)?
    (?P<a1>{_AMOUNT})[\s-]?(?P<u1>{cues.DOSE_UNIT})\s+dose\s+of\s+(?P<drug>[\w-]{{1,40}}(?:\s[\w-]{{1,40}})?)\s+
    (?:with|to|versus|vs\.?|and)\s+(?:an?\s+|the\s+)?(?:(?:higher|lower|standard)\s+)?
    (?P<a2>{_AMOUNT})[\s-]?(?P<u2>{cues.DOSE_UNIT})(?![\w/])""", re.I | re.X)
PLACEBO = cues.PLACEBO
# "three dose cohorts: 1, 3 and 10 mg/kg", "dose groups of 1, 3 or 10 mg/kg"
COHORTS = rx.compile(rf"""\bdose[- ](?:cohorts|groups|levels|arms)\s*(?::|of|\()\s*
    (?P<list>{cues.DOSE_AMOUNTS})\s*(?P<unit>{cues.DOSE_UNIT})(?![\w/])""", re.I | re.X)
# what may stand between two arms listed with a comma: the first one's dose, how often it is given and its size ("A
# 10 mg (n=9), A 20 mg", "A 125 mg every four weeks, A 250 mg every two weeks")
_HOW_OFTEN = (r"(?:every\s++(?:other\s++|\w{1,6}\s++)?(?:day|week|month)s?|(?:once|twice)\s++(?:daily|weekly|monthly|a\s++(?:day|week|month))"
              r"|daily|weekly|monthly|[qQ][1-8]?[dDwW])")
BETWEEN_ARMS = rx.compile(rf"\s*+(?:(?:at\s+)?\d{{1,6}}(?:\.\d{{1,4}})?(?:\s?[–-]\s?\d{{1,6}}(?:\.\d{{1,4}})?)?[\s-]?{cues.DOSE_UNIT})?"
                          rf"(?:\s*+(?<=\s){_HOW_OFTEN})?\s*+"
                          rf"(?:\([^()]{{0,40}}\))?\s*+")
# how often a dose is given, right after it: "300 mg | every 2 weeks", "300 mg | Q2W"
HOW_OFTEN_AFTER = rx.compile(rf"(?<!\s)\s++(?P<often>{_HOW_OFTEN})(?![\w-])")
AMOUNT = re.compile(r"\d+(?:\.\d+)?")
# what joins the doses of one drug listed as arms: "A 5 mg (n=30), 10 mg (n=31), or 15 mg (n=29)"
DOSE_JOIN = rx.compile(r"(?:\s*+,)?\s*+(?:(?:or|and)\s++)?")
# a line of a list of arms: "HEAD (n=40): description", "HEAD: description", or a short HEAD alone
LINE = re.compile(r"^(?P<head>[^:()\n]{1,60}?)\s*+(?:\((?P<paren>[^()\n]{1,40})\)\s*+)?(?::\s*+(?P<desc>.*))?$", re.S)
TRAILING_N = rx.compile(rf"\((?:[nN]\s*=\s*(?P<n1>{NUMBER})|(?P<n2>{NUMBER})\s+{cues.PEOPLE})\)\s*[.;]?\s*$")
HEAD_N = rx.compile(rf"^\s*(?:[nN]\s*=\s*(?P<n1>{NUMBER})|(?P<n2>{NUMBER})\s+{cues.PEOPLE})\s*$")
# a group named in words before its size: "the control group (n = 34)", "the early-feeding arm (n=20)"; the
# name is one or two words after "the" (a group named alone is kept only beside another group of the sentence)
# (or without its article where a list of groups runs: "Groups: brief arm (n=88), full arm (n=91)")
THE_GROUP = rx.compile(r"(?:\b(?:the|an?)\s+|(?:^|[:;,]|\band)\s*+)(?!(?:the|an?)\s)(?P<name>[A-Za-z][\w'’-]{1,30}(?:\s[a-z][\w'’-]{1,30})?)"
                       r"\s+(?:group|arm|cohort)$", re.I)
GROUP_WORD = re.compile(r"(?<![\s-])[\s-]++(?:group|arm|cohort)s?$", re.I)
NAMED_GROUP = re.compile(r"^[A-Za-z][\w'’-]{0,30}(?:[ -][\w'’-]{1,30}){0,2}$")
REACH = 60            # characters before an arm's name searched for what introduces it
# what joins a therapy to another given with it in one arm: "XY-123 plus AB-7", "XY-123 (10 mg) + AB-7", "XY-123 10 mg
# in combination with oral AB-7", the two names joined by a dash ("the XY-123–AB-7 group"); a dose or a bracket may
# stand after the first, two lower-case words before the second
COMBINED = rx.compile(r"""(?<!\s)(?:\s*+\([^()]{0,40}\))?(?:\s++(?:at\s++)?\d[\d.,]*+\s*+[\w/.]{1,12})?
    (?:\s*+\+\s*+|\s++(?:plus|(?:in\s++combination|combined|together)\s++with)\s++|[–—-])
    (?:\d[\d.,]*+\s*+[\w/.]{1,12}\s++(?:of\s++)?)?(?:(?!(?:or|and|versus|vs|than|the)\s)[a-z][a-z-]{0,30}+\s++){0,2}""", re.I | re.X)
REGION_END = re.compile(r"[(,;]|\s(?:at|given|every|once|twice|daily|for|from)\s")


def find_arms(text: str, names: Sequence[Name], main: str | None = None) -> list[Arm]:
    """The arms a sentence spells out, in text order; [] when it spells out fewer than two or is unclear.

    ``main`` is the document's main therapy (the intervention of a "low-dose group" that names no drug).

    >>> find_arms("Patients were randomised 1:1 to XY-123 (n = 48) or placebo (n = 50).", (Name(32, 38, "XY-123"),))
    [Arm(label='XY-123', n=48, interventions=('XY-123',), start=32, end=48), Arm(label='placebo', n=50, interventions=(), start=51, end=68)]
    >>> [a.label for a in find_arms("Patients were randomised to XY-123 10 mg, XY-123 20 mg or placebo (n=30).",
    ...                              (Name(28, 34, "XY-123"), Name(42, 48, "XY-123")))]
    ['XY-123 10 mg', 'XY-123 20 mg', 'placebo']
    """
    found = (allocation(text, names, main) or cohorts(text, names, main) or counted_levels(text, names, main)
             or compared_doses(text, names) or bracketed_sizes(text, names) or bracketed_counts(text, names))
    found = with_bracket_labels(found, labelled_groups(text, names)) if found else found
    found = found or labelled_groups(text, names) or colon_sizes(text, names) or sized_groups(text, names) \
        or announced_list(text, names)
    return [with_main(a, main) for a in found]


def with_bracket_labels(arms: list[Arm], labelled: list[Arm]) -> list[Arm]:
    """The arms, each named by the label a bracket right after it gives ("zeta mesh (ZL group, n = 31)"), by which
    the results name the groups; as they were unless every arm has one.

    >>> a = [Arm("zeta mesh", 24, (), 0, 24), Arm("beta mesh", 23, (), 28, 51)]
    >>> [(x.label, x.n) for x in with_bracket_labels(a, [Arm("ZL", 24, (), 10, 24), Arm("BH", 23, (), 38, 51)])]
    [('ZL', 24), ('BH', 23)]
    """
    if len(labelled) != len(arms) or not all(a.start <= b.start <= a.end + 2 for a, b in zip(arms, labelled)):
        return arms
    return [Arm(b.label, a.n if a.n is not None else b.n, a.interventions or b.interventions, a.start, max(a.end, b.end))
            for a, b in zip(arms, labelled)]


# a bracket that lists the arms with their sizes: "(XY-123 150mg, n = 74; XY-123 300mg, n = 77; placebo, n = 75)"
SIZED_LIST = rx.compile(r"\((?P<items>[^()]{10,300}+)\)")
SIZED_ITEM = re.compile(rf"(?<!\s)\s*+(?P<name>[^\s,;=][^,;=]{{0,59}}?),?\s*+[nN]\s*+=\s*+(?P<n>{NUMBER})\s*+")


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
    """
    for m in SIZED_LIST.finditer(text) if "=" in text else ():
        # (items split by semicolons, or by the comma after each size: "(A, n = 71, B, n = 69)")
        parts = m.group("items").split(";") if ";" in m.group("items") else split_after_sizes(m.group("items"))
        items = [SIZED_ITEM.fullmatch(p) for p in parts]
        if len(items) < 2 or not all(items):
            continue
        arms, at = [], m.start("items")
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


# a bracket of counts per arm right after the allocation's word: "were randomized (XY-123, 60; placebo, 30)",
# "underwent randomization (60 XY-123, 30 placebo)", "were randomized and treated in part B (60 XY-123, 30 placebo)"
COUNTS_AFTER_CUE = rx.compile(r"(?=[adr])\b(?:randomi[sz]ed|randomi[sz]ation|assigned|allocated|enrolled)"
                              r"(?:\s[\w-]{1,15}){0,5}?\s*+\(", re.I)
COUNT_ITEM = re.compile(rf"""(?<!\s)\s*+(?:(?P<name>[^\s,;:=(][^,;:=()]{{0,40}}?)\s*+[,:]\s*+(?P<n>{NUMBER})
    |(?P<n2>{NUMBER})\s++(?P<name2>[^\s,;:=(][^,;:=()]{{0,40}}?))\s*+""", re.X)


def bracketed_counts(text: str, names: Sequence[Name]) -> list[Arm]:
    """The arms a bracket right after the allocation's word counts, "name, N" or "N name" each, when every item is a
    therapy the sentence names or a control; [] otherwise (a bracket of event counts has no allocation word before).

    >>> t = "Of 90 screened, 75 were randomized (XY-123, 50; placebo, 25)."
    >>> [(a.label, a.n) for a in bracketed_counts(t, (Name(t.index("XY"), t.index("XY") + 6, "XY-123"),))]
    [('XY-123', 50), ('placebo', 25)]
    """
    for cue in COUNTS_AFTER_CUE.finditer(text):
        close = text.find(")", cue.end())
        if close < 0:
            return []
        inner = text[cue.end():close]
        parts = inner.split(";") if ";" in inner else inner.split(",")
        arms, at = [], cue.end()
        for part in parts:
            item = COUNT_ITEM.fullmatch(part)
            if item is None:
                break
            group = "name" if item.group("name") else "name2"
            start, end = at + item.start(group), at + item.end(group)
            drug = next((x for x in names if start <= x.start and x.end <= end), None)
            if drug is None and not (PLACEBO.fullmatch(text, start, end) or CONTROL.fullmatch(text, start, end)):
                break
            n = parse_number(item.group("n") or item.group("n2"))
            label = drug.label if drug else re.sub(r"[-\s]+", " ", text[start:end].lower())
            arms.append(Arm(label, int(n) if n is not None else None, (drug.label,) if drug else (), start, end))
            at += len(part) + 1
        if len(arms) == len(parts) >= 2 and len({a.label for a in arms}) == len(arms):
            return arms
    return []


# the ratio of an allocation: "2:1", "1:1:1"
ALLOCATION_RATIO = rx.compile(r"(?<![\d:])\d{1,2}(?::\d{1,2}){1,4}(?![\d:])")


def allocation(text: str, names: Sequence[Name], main: str | None = None) -> list[Arm]:
    """The arms of an allocation ("randomised to A (n=..) or B (n=..)", "60 to A and 30 to B")."""
    cue = allocation_cue(text)
    begin = cue.start() if cue else 0
    counted = COUNT_BEFORE_CUE.search(text, max(0, begin - 40), begin) if cue else None
    if counted:
        begin = counted.start()      # "1105 assigned to A 10 mg; 1098 assigned to B": the first count is A's
    end = cues.ARM_LIST_END.search(text, begin)
    while end and (COUNT_AFTER.match(text, end.end()) or joins_partner(text, end, names)):
        end = cues.ARM_LIST_END.search(text, end.end())  # "..., including 259 in the A arm": the groups themselves;
        #                                                  "A in combination with B or placebo": B is in A's arm
    stop = end.start() if end else len(text)
    heads = []                       # (intro start, name start, name end, kind, label, count)
    for start, stop_, kind, label in candidates(text, names, begin, stop):
        if kind == "dose":           # a dose alone heads an arm only right after another dose of the same drug
            if heads and heads[-1][3] in ("drug", "dose") and next_dose(text, heads[-1][2], start):
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
        if cue is None and count is None:
            continue                 # without an allocation word only counted groups: "48 received A, 24 placebo"
        if intro.group("into") and not (cues.ENROLMENT_WORD.search(text) and not cues.EVENT_COUNT_WORD.search(text)):
            continue                 # "259 in the A arm" counts a group only where the sentence counts who entered
        heads.append((at, start, stop_, kind, label, count))
    heads = [h for k, h in enumerate(heads) if not (k and h[1] < heads[k - 1][2])]
    # a level said of the drug named right after it ("low-dose XY-123") is that drug's arm, not one of its own
    heads = [h for k, h in enumerate(heads) if not (h[3] == "level" and k + 1 < len(heads) and heads[k + 1][3] == "drug"
                                                    and not text[h[2]:heads[k + 1][1]].strip())]
    if len(heads) >= 2 and heads[0][5] is not None and all(h[5] is None for h in heads[1:]):
        # "40 adults received 10 mg A or placebo": a count before the first arm alone is everyone's, not A's
        heads = [h[:5] + (None,) for h in heads]
    if len(heads) < 2 or (cue is None and sum(h[5] is not None for h in heads) < 2):
        return []
    arms = []
    for k, (at, start, end_, kind, label, count) in enumerate(heads):
        reach = max(heads[k + 1][0] if k + 1 < len(heads) else stop, end_)     # (never before its own name)
        extent = text[start:reach]
        label, drugs = arm_label(kind, label, text, start, end_, reach, names)
        if label is None:
            return []
        listed = DOSE_LIST.match(text, end_) if kind == "drug" else None
        if listed and count is None:         # "XY-123 (100, 200 or 400 mg/day)": one arm per dose
            arms += [Arm(f"{label} {amount} {listed.group('unit')}", None, drugs, start, reach)
                     for amount in AMOUNT.findall(listed.group("list"))]
            continue
        before = DOSES_OF_BEFORE.search(text, max(begin, start - 80), start) if kind == "drug" else None
        if before and count is None:         # "0.3 mg or 0.6 mg of XY-123": one arm per dose
            arms += [Arm(f"{label} {d.group('a')} {d.group('u')}", None, drugs, before.start(), reach)
                     for d in ONE_DOSE.finditer(before.group("list"))]
            continue
        n = count if count is not None else stated_n(extent)
        arms.append(Arm(label, n, drugs, at if count is not None else start, reach))
    each = EACH.search(text)
    if each and all(a.n is None for a in arms):
        n = parse_number(each.group("n"))
        arms = [Arm(a.label, n, a.interventions, a.start, a.end) for a in arms]
    arms = dose_labels(arms, text)
    if arms is None or len({a.label.lower() for a in arms}) < len(arms):
        return []
    announced = GROUPS_ANNOUNCED.search(text)
    # (two arms, not where the allocation ratio says three or more: "assigned 1:1:1 to one of two A regimens or B")
    ratio = ALLOCATION_RATIO.search(text)
    drug_and_control = len(arms) == 2 and sorted(bool(a.interventions) for a in arms) == [False, True] \
        and cue is not None and (ratio is None or ratio.group().count(":") == 1)
    if all(a.n is None for a in arms) and not any(LEVEL.search(a.label) or DOSE.search(a.label) for a in arms) \
            and not (announced and parse_number(announced.group("k")) == len(arms)) and not drug_and_control:
        return []                    # "randomised to A, B or C": a design, not arms spelled out with sizes (unless the
        #                              sentence counts the groups it lists: "into three groups: one receiving A, ...",
        #                              or names one drug and a control: "randomised (2:1) to A or placebo")
    return [with_main(a, main) for a in arms]


def allocation_cue(text: str) -> re.Match | None:
    """The word that assigns patients to the arms: the first allocation word not used as the design's adjective.

    >>> allocation_cue("A randomised, double-blind study: patients were randomised to A or B.").start()
    48
    """
    first = None
    for cue in cues.ALLOCATION.finditer(text):
        if not cues.ALLOCATION_AS_ADJECTIVE.match(text, cue.end()):
            return cue
        first = first or cue
    return first


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


def candidates(text: str, names: Sequence[Name], begin: int, stop: int):
    """(start, end, kind, label) of every name that could head an arm between ``begin`` and ``stop``, in order."""
    found = [(dose_before(text, n.start, begin), n.end, "drug", n.label) for n in names if begin <= n.start < stop]
    worded = sized_phrases(text, begin, stop)
    for pattern, kind in ((PLACEBO, "placebo"), (CONTROL, "control"), (LEVEL, "level"), (DOSE, "dose"), (NAMED_ARM, "group")):
        for m in pattern.finditer(text, begin, stop):
            if kind == "control" and any(a < m.start() < b and not LEAD_WORDS.fullmatch(text, a, m.start())
                                         for a, b, _ in worded):
                continue                     # "adjuvant chemotherapy (n = 51)", "no chemotherapy (n = 49)": named in words
            if not any(s <= m.start() < e or (kind == "group" and m.start() <= s < m.end()) for s, e, _, _ in found):
                found.append((m.start(), m.end(), kind, m.group("name") if kind == "group" else m.group(0)))
    found += [(a, b, "group", name) for a, b, name in worded if not any(s < b and a < e for s, e, _, _ in found)]
    return sorted(found)


def sized_phrases(text: str, begin: int, stop: int) -> list[tuple[int, int, str]]:
    """(start, end, name) of the arms named in words with their size (SIZED_PHRASE) between ``begin`` and ``stop``."""
    out = []
    for m in SIZED_PHRASE.finditer(text, begin, stop) if "(" in text else ():
        a, b = m.span("name")                # "... or diet advice for gout (n=37)": an arm named in words, with its size
        if LOWER_WORD.search(m.group("name")):   # (a short form, "ZBO (N=301)", names what the text defined it for)
            out.append((a, b, m.group("name")))
    return out


LOWER_WORD = re.compile(r"[a-z]{3}")
LEAD_WORDS = re.compile(r"(?:(?:to|or|the|an?|either|receive)\s){0,4}")     # words before an arm's name, no part of it
WHEN = r"(?:immediately|following|after|before|until)(?![\w-])"      # when an arm's treatment is given, after its name
# a treatment named in words right after the word that introduces an arm and right before its size: "randomized to
# exercise training (n=35) or usual care (n=37)" (up to a purpose, a place or a time: "... diet advice | for gout (n=37)",
# "to receive either zeta therapy | immediately after surgery (n = 51)")
SIZED_PHRASE = rx.compile(r"""\b(?:to|or|either|versus|vs\.?)\s++(?:receive\s++)?(?:either\s++)?(?:the\s++|an?\s++)?
    (?P<name>[A-Za-z][\w'’/-]{1,30}(?:\s(?!(?:or|and|to|versus|vs|for|in|at|during|over|who)\b|""" + WHEN + r""")[\w'’/-]{1,30}){0,5}?)
    (?:\s(?:for|in|at|during|over|""" + WHEN + r""")\s[^(),;]{1,40}?)?\s*+\(\s*+(?:[nN]\s*+=\s*+\d|\d[\d,]{0,6}\s""" + cues.PEOPLE + r"""\b)""",
                          re.X)


def dose_before(text: str, start: int, begin: int) -> int:
    """Where the arm of the drug named at ``start`` begins: at a dose written right before it ("5 mg/d XY-123")."""
    dose = DOSE_BEFORE.search(text, max(begin, start - 25), start)
    return dose.start() if dose else start


def arm_label(kind: str, label: str, text: str, start: int, end: int, reach: int,
              names: Sequence[Name]) -> tuple[str | None, tuple[str, ...]]:
    """An arm's label and interventions from the name that heads it and what follows up to the next arm."""
    if kind == "placebo":
        return ("placebo" if label.lower() == "placebo" else "sham"), ()
    if kind == "drug":
        other = partner(text, end, names)
        if other and other.label != label:      # "XY-123 plus AB-7": one arm given both
            return f"{label} plus {other.label}", (label, other.label)
        return label, (label,)
    if kind == "dose":
        return label, (label,)
    if kind == "group":                     # "the laser group": a group named by its treatment, in words
        return " ".join(label.lower().split()), ()
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
    """
    between = BETWEEN_ARMS.match(text, end, start)
    return (between is not None and between.end() < start
            and DOSE_JOIN.fullmatch(text, between.end(), start) is not None)


def stated_n(extent: str) -> int | None:
    """The size stated in an arm's own words: "(n=40)", "(40 patients)"."""
    m = PAREN_N.search(extent)
    if m is None:
        return None
    value = parse_number(m.group("n1") or m.group("n2") or m.group("n3"))
    return int(value) if value is not None and value == int(value) else None


@record
class Schedule:
    """How often a dose is given, as written right after it ("every 2 weeks"), and where those words are."""

    words: str
    start: int
    end: int


def schedule_at(text: str, pos: int) -> Schedule | None:
    """The schedule written at ``pos``, right after a dose ("300 mg | every 2 weeks"), blanks made single; else None."""
    often = HOW_OFTEN_AFTER.match(text, pos)
    return Schedule(" ".join(often.group("often").split()), often.start(), often.end()) if often else None


def dose_schedule(text: str) -> Schedule | None:
    """The schedule written right after the first dose in ``text`` ("XY-123 300 mg | every 2 weeks"), else None.

    >>> dose_schedule("the XY-123 300 mg every 2 weeks group").words, dose_schedule("the 300 mg group")
    ('every 2 weeks', None)
    """
    dose = DOSE.search(text)
    return schedule_at(text, dose.end()) if dose else None


def doses_on_schedules(text: str) -> frozenset[str]:
    """The doses ("300 mg") that ``text`` gives on two or more schedules, as arms that differ by how often they are
    dosed ("300 mg every 4 weeks (n=60), 300 mg every 2 weeks (n=62)").

    >>> sorted(doses_on_schedules("to 150 mg every 4 weeks, 300 mg every 4 weeks or 300 mg every 2 weeks"))
    ['300 mg']
    >>> doses_on_schedules("300 mg every 2 weeks after a 600 mg loading dose")
    frozenset()
    """
    seen: dict[str, set[str]] = {}
    for dose in DOSE.finditer(text):
        often = schedule_at(text, dose.end())
        if often:
            seen.setdefault(f"{dose.group('amount')} {dose.group('unit').lower()}", set()).add(often.words.lower())
    return frozenset(dose for dose, schedules in seen.items() if len(schedules) > 1)


def dose_labels(arms: list[Arm], text: str) -> list[Arm] | None:
    """Arms of one drug at different doses take "<drug> <dose>" labels; None when their doses are not all stated.

    When two arms share a dose and differ in how often it is given, every dosed arm's label ends with its schedule
    as written ("<drug> 300 mg every 2 weeks").

    >>> t = "to XY-123 150 mg every 4 weeks (n=9), 300 mg every 4 weeks (n=8) or 300 mg every 2 weeks (n=7)"
    >>> arms = [Arm("XY-123", 9, ("XY-123",), 3, 36), Arm("XY-123", 8, ("XY-123",), 38, 64),
    ...         Arm("XY-123", 7, ("XY-123",), 68, 94)]
    >>> [a.label for a in dose_labels(arms, t)]
    ['XY-123 150 mg every 4 weeks', 'XY-123 300 mg every 4 weeks', 'XY-123 300 mg every 2 weeks']
    """
    counts: dict[str, int] = {}
    for a in arms:
        counts[a.label] = counts.get(a.label, 0) + 1
    out, schedules = [], []
    for a in arms:
        if counts[a.label] < 2:
            out.append(a)
            schedules.append(None)
            continue
        dose = DOSE.search(text, a.start, a.end) or DOSE_OF_BEFORE.search(text, max(0, a.start - 30), a.start)
        if dose is None:
            return None
        label = f"{a.label} {dose.group('amount')} {dose.group('unit')}"
        out.append(Arm(label, a.n, a.interventions, a.start, a.end))
        often = schedule_at(text, dose.end())
        schedules.append(often.words if often else None)
    labels = [a.label for a in out]
    if len(set(labels)) == len(labels):
        return out
    return [Arm(f"{a.label} {often}", a.n, a.interventions, a.start, a.end) if often else a
            for a, often in zip(out, schedules)]


# a group named by its role, the arm given the document's therapy: "the treatment group (N=228)"
ACTIVE_LABEL = re.compile(cues.ACTIVE_ROLE, re.I)


def with_main(arm: Arm, main: str | None) -> Arm:
    """A dose-level arm that names no drug receives the main therapy; a group named by its role or by a dose alone is
    the main therapy's.

    >>> with_main(Arm("treatment", 228), "XY-123")
    Arm(label='XY-123', n=228, interventions=('XY-123',), start=0, end=0)
    >>> with_main(Arm("0.4 mg", 18), "XY-123").label
    'XY-123 0.4 mg'
    """
    if arm.interventions or not main:
        return arm
    if ACTIVE_LABEL.fullmatch(arm.label):
        return Arm(main, arm.n, (main,), arm.start, arm.end)
    dose = DOSE.fullmatch(arm.label)
    if dose:                             # "(0.4 mg, n=18; 0.8 mg, n=18)": the main therapy's doses
        return Arm(f"{main} {dose.group('amount')} {dose.group('unit')}", arm.n, (main,), arm.start, arm.end)
    if not LEVEL.search(arm.label):
        return arm
    return Arm(arm.label, arm.n, (main,), arm.start, arm.end)


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
GIVEN_BETWEEN = re.compile(r"(?<!\s)\s*+(?:received|was\s+given|were\s+given|got|took)\s++(?:oral\s++|intravenous\s++)?", re.I)
GIVEN_REACH = 40


def sized_groups(text: str, names: Sequence[Name]) -> list[Arm]:
    """Groups with a stated size anywhere in a sentence: "the placebo group (n = 24)", "XY-123 (40 patients)",
    "the control group (n = 12) ... the exercise group (n = 14)".

    >>> [(a.label, a.n) for a in sized_groups("In the XY-123 group (n=40), scores fell.", (Name(7, 13, "XY-123"),))]
    [('XY-123', 40)]
    """
    out, named = [], 0
    for m in PAREN_N.finditer(text):
        if m.group(0)[0] != "(":
            continue
        offset = max(0, m.start() - REACH)
        before = text[offset:m.start()].rstrip()
        head = GROUP_WORD.sub("", before)
        the_group = THE_GROUP.search(before) if head != before else None
        drug = next((x for x in names if x.end == offset + len(head)), None)
        level = LEVEL_END.search(head)
        if drug and cues.ARM_LIST_END.search(text, max(0, drug.start - REACH), drug.start):
            continue                 # "chemotherapy, which could be A or B (n=15)": B is no group of its own
        if drug:
            label, drugs, start = drug.label, (drug.label,), drug.start
        elif head.lower().endswith("placebo"):
            label, drugs, start = "placebo", (), offset + len(head) - len("placebo")
        elif level:
            label, drugs, start = f"{level.group('level').lower()} dose", (), offset + level.start()
        elif the_group and ORDINAL_GROUP.fullmatch(the_group.group("name")) \
                and (given := next((x for x in names if 0 <= x.start - m.end() <= GIVEN_REACH
                                    and GIVEN_BETWEEN.fullmatch(text, m.end(), x.start)), None)):
            # "the first group (n = 38) received XY-123": the group is the drug's
            label, drugs, start = given.label, (given.label,), offset + the_group.start()
        elif the_group:
            label, drugs, start = " ".join(the_group.group("name").lower().split()), (), offset + the_group.start()
            named += 1
        else:
            continue
        n = stated_n(m.group(0))
        if n is not None:
            out.append(Arm(label, n, drugs, start, m.end()))
    if named and (len(out) < 2 or len({a.label for a in out}) < len(out)):
        return [a for a in out if a.interventions or a.label == "placebo"] if named < len(out) else []
    return out


def opens_arm_list(text: str) -> bool:
    """Does a line open a list of the trial's arms ("Arms", "... randomised to one of three groups:")?

    >>> opens_arm_list("Arms"), opens_arm_list("Patients were randomised to one of two groups:")
    (True, True)
    >>> opens_arm_list("Key eligibility")
    False
    """
    return cues.ARM_LIST_OPENER.search(text.strip()) is not None


def arm_line(text: str, names: Sequence[Name], main: str | None = None) -> Arm | None:
    """The arm one line of a list of arms describes, or None when the line does not read as one.

    >>> arm_line("Experimental arm: XY-123 10 mg once daily (1,204 participants)", (Name(18, 24, "XY-123"),))
    Arm(label='XY-123', n=1204, interventions=('XY-123',), start=0, end=62)
    >>> arm_line("Control (n=12): observation only", ())
    Arm(label='control', n=12, interventions=(), start=0, end=32)
    >>> arm_line("Participants kept taking their usual medicines.", ()) is None
    True
    """
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
            label, drugs = PLACEBO.search(desc_start).group(0).lower(), ()
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


# a group the text names by what it received or a label: "in the prophylaxis group", "the on-demand regimen", "Group II"
GROUP_NAME = rx.compile(r"""(?=[Ggt])(?:\bthe\s++(?P<g>[A-Za-z][\w+/-]{0,30}+(?:\s[A-Za-z][\w+/-]{0,30}+){0,2}?)\s++
    (?:group|arm|regimen|cohort)s?\b|\b(?P<label>[Gg]roup\s(?:[IVX]{1,3}|[A-Z]))\b(?!\s(?:[Ss]trep|β|beta|[a-z]+coccus)))""", re.X)
# words that make a named group no arm: a part of the population, an analysis set, or no name at all
NOT_AN_ARM_GROUP = re.compile(rf"""\b(?:{cues.POPULATION_WORDS}|{cues.ACTIVE_ROLE}|{cues.ANALYSIS_SETS}|safety|efficacy|overall|total|whole|entire|same|other|each|both|either|two|three|four|all|study|trial|
    combined|pooled|randomi[sz]ed|first|second|third|latter|former|respective|positive|negative|disease|patient|patients|
    population|analysis|control|comparison|comparator|investigational|placebo|sham|vehicle|dose|doses)\b""", re.I | re.X)


def named_groups(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of each group the text names by a name of its own, in text order: "the prophylaxis group"
    ("prophylaxis"), "the on-demand regimen" ("on demand"), "Group II". Not a part of the population ("the older
    group"), an analysis set, a dose group or a group named by its role or control (other readers know those).

    >>> named_groups("ABR was 3.1 in the prophylaxis group and 29.4 in the on-demand group; Group II had 4.")
    [(19, 36, 'prophylaxis'), (53, 68, 'on demand'), (70, 78, 'Group II')]
    >>> named_groups("It was 5 in the older group and 3 in the intention-to-treat group.")
    []
    >>> named_groups("It was 5 in group X and 3 in group S; group A streptococci grew.")
    [(12, 19, 'group X'), (29, 36, 'group S')]
    """
    out = []
    for m in GROUP_NAME.finditer(text):
        if m.group("label"):
            out.append((m.start("label"), m.end("label"), m.group("label")))
            continue
        name = m.group("g")
        if NOT_AN_ARM_GROUP.search(name) or any(ch.isdigit() for ch in name):
            continue
        label = re.sub(r"[-\s]+", " ", name).lower() if "-" in name or " " in name else name
        out.append((m.start("g"), m.end(), label))
    return out


# the groups counted before a colon that lists them: "randomized 1:1:1 to three treatments (given ...): A ...; B ...;
# or placebo"
LIST_ANNOUNCED = rx.compile(r"""(?=[it])\b(?:into|to)\s(?:one\sof\s)?(?:the\s)?(?P<k>two|three|four|five|[2-5])\s
    (?:treatment\s|study\s|parallel\s)?(?:groups|arms|cohorts|treatments|regimens)\b(?:\s\([^()]{0,120}\))?\s?:\s""",
                            re.I | re.X)
LIST_ITEM_OPEN = re.compile(r"\s*(?:(?:or|and)\s+)?(?:the\s+)?", re.I)
PLACEBO_LIKE = re.compile(rf"(?:matching\ )?(?P<c>placebo|sham|vehicle|{cues.CONTROL_ARM})\b", re.I | re.X)


def announced_list(text: str, names: Sequence[Name]) -> list[Arm]:
    """The arms a colon lists after counting them, one per item split by semicolons, each item opening on its therapy
    or its control ("randomized 1:1:1 to three treatments: XY-123 200 mg ...; AB-7 450 mg ...; or placebo"); [] unless
    the items are as many as the count and each opens so.

    >>> t = "Patients were randomized to three treatments: XY 200 mg daily; AB 5 mg twice daily; or placebo."
    >>> [a.label for a in announced_list(t, (Name(46, 48, "XY"), Name(63, 65, "AB")))]
    ['XY', 'AB', 'placebo']
    """
    head = LIST_ANNOUNCED.search(text)
    if head is None:
        return []
    k = parse_number(head.group("k"))
    body_end = text.rfind(".") if text.rstrip().endswith(".") else len(text)
    arms, at = [], head.end()
    for piece in text[head.end():body_end].split(";"):
        opened = LIST_ITEM_OPEN.match(piece)
        start = at + opened.end()
        name = next((n for n in names if n.start == start), None)
        control = PLACEBO_LIKE.match(text, start) if name is None else None
        if name is None and control is None:
            return []
        label = name.label if name else re.sub(r"\s+", " ", control.group("c").lower())
        arms.append(Arm(label, None, (name.label,) if name else (), start, at + len(piece)))
        at += len(piece) + 1
    if len(arms) != k or len({a.label.lower() for a in arms}) < len(arms):
        return []
    return arms


# a bracket that labels the group just described, and may give its size: "... for the block (Group I, n = 24)", "XY-123
# 4 mg (group X) or saline (group C)", "... mesh (ZL group, n = 31)", "... plus a placebo (AB + PL)"
GROUP_LABEL_N = rx.compile(r"""\((?P<label>[Gg]roup\s(?:[IVX]{1,3}|[A-Z]|\d)|[Aa]rm\s(?:[A-Z]|\d)|[A-Z][A-Za-z0-9+/-]{0,6}\s(?:group|arm)
    |[A-Z]{1,4}\s?[+/]\s?[A-Z]{1,4}(?:\s?[+/]\s?[A-Z]{1,4})?)
    (?:\s*[,;:]\s*[nN]\s*=\s*(?P<n>\d{1,6}))?\s*\)""", re.X)


def labelled_groups(text: str, names: Sequence[Name]) -> list[Arm]:
    """Groups a sentence labels in brackets (with their sizes, if given) after describing each, "either XY-123 for the
    block (Group I, n = 24) or saline (Group II, n = 27)": each labelled as written, given the therapies named since the
    bracket before; [] for fewer than two.

    >>> t = "They received either XY for the block (Group I, n = 24) or saline (Group II, n = 27)."
    >>> [(a.label, a.n, a.interventions) for a in labelled_groups(t, (Name(21, 23, "XY"),))]
    [('Group I', 24, ('XY',)), ('Group II', 27, ())]
    >>> [(a.label, a.n, a.interventions) for a in labelled_groups("XY 5 mg (group X) or saline (group C) was given.",
    ...                                                           (Name(0, 2, "XY"),))]
    [('group X', None, ('XY',)), ('group C', None, ())]
    >>> t = "The study group (Group X) got XY, and the control group (Group C) got saline."
    >>> [(a.label, a.interventions) for a in labelled_groups(t, (Name(t.index("XY"), t.index("XY") + 2, "XY"),))]
    [('Group X', ('XY',)), ('Group C', ())]
    """
    hits = list(GROUP_LABEL_N.finditer(text))
    if len(hits) < 2 or len({h.group("label") for h in hits}) < len(hits):
        return []
    # (a label set after a group's name comes before what the group got: "the study group (Group S) received XY ...")
    after = all(GROUP_BEFORE.search(text, max(0, h.start() - 12), h.start()) for h in hits)
    ends = [0] + [h.end() for h in hits]
    starts = [h.start() for h in hits] + [len(text)]
    arms = []
    for k, h in enumerate(hits):
        begin, end = (ends[k + 1], starts[k + 1]) if after else (ends[k], starts[k])
        drugs = tuple(dict.fromkeys(n.label for n in names if begin <= n.start < end))
        label = h.group("label")              # ("ZL group": the results say "the ZL group", read as "ZL")
        label = label if label.split()[0].lower() in ("group", "arm") else GROUP_WORD.sub("", label)
        arms.append(Arm(label, int(h.group("n")) if h.group("n") else None, drugs, h.start(), h.end()))
    return arms


GROUP_BEFORE = re.compile(r"\b(?:group|arm)\s?$", re.I)


SIZE_AFTER_COLON = re.compile(rf"[nN]\s*=\s*(?P<n>{NUMBER})\s*\.?\s*$")
DOSE_ALONE = re.compile(rf"(?<!\s)\s{{0,3}}(?P<amount>\d{{1,6}}(?:\.\d{{1,4}})?)\s?(?P<unit>{cues.DOSE_UNIT})\s{{0,3}}$", re.I)


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


def named_in(names: Sequence[Name], start: int, end: int) -> str | None:
    """The label of the one therapy named in ``[start, end)``, else None."""
    found = {n.label for n in names if start <= n.start < end}
    return found.pop() if len(found) == 1 else None
