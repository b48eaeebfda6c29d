"""Groups a text names by a name of its own ("the prophylaxis group", "Group II") or by a letter or a number,
each told what it got: in brackets after the words that divide the patients ("divided into Group Z (ZX-caine) and
Group X (BX-caine)"), by a verb of receiving ("Group A received XY and Group B placebo"), or labelled in brackets
after its description ("... mesh (ZL group, n = 31)"). :mod:`kg.text.arms` reads arms with them, and the result
readers name the arms of the results so.
"""

from __future__ import annotations

import re
from typing import Sequence

from kg.text import cues
from kg.text import prefilter as rx
from kg.text.arm_parts import GROUP_WORD, Arm, Name

# a group the text names by what it received or a label: "in the prophylaxis group", "the on-demand regimen", "Group II"
GROUP_NAME = rx.compile(r"""(?=[GgtT])(?:\b[Tt]he\s++(?P<g>(?:[A-Za-z][\w+/-]{0,30}+|\d{1,2}-(?:day|week|month|year)(?![\w-]))(?:\s[A-Za-z][\w+/-]{0,30}+){0,2}?)\s++
    (?:group|arm|regimen|cohort)s?\b|\b(?P<label>[Gg]roup\s(?:[A-Z]{1,4}|\d{1,2}(?![\d,%]|\.\d|\s?(?:pulmonary|disease)|\sto\s\d)))\b
    (?!\s(?:[Ss]trep|β|beta|[a-z]+coccus)))""", re.X)
# a group named by capitals without "the", after the word that leads to it: "in | ZPZ group", "to | ZP arm", "than |
# PPI group" (writers who drop the article; a name in capitals only, which no plain word is)
# (or joined to its word by a hyphen, after "the" too: "the ZQT-group")
BARE_GROUP_NAME = rx.compile(r"""\b(?:[Tt]he(?=\s[A-Z][A-Z0-9]{1,7}-(?:group|arm)\b)|in|to|into|than|versus|vs\.?|and|or|with|between|of)\s(?P<g>[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,6})?)
    (?:\s|(?<=[A-Z0-9])-)(?:group|arm)\b""", re.X)
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
    [(12, 19, 'Group X'), (29, 36, 'Group S')]
    >>> named_groups("The score was 27.5 in Group 1 and 20.5 in Group 2.")
    [(22, 29, 'Group 1'), (42, 49, 'Group 2')]
    >>> named_groups("Counts fell: ZBT group 14 to 2.5, control group 9 to 6.")      # (a change from a count, no label)
    []
    >>> named_groups("It was 91% in ZPZ group and 70% in PPI group; the ITT group was larger.")
    [(14, 23, 'ZPZ'), (35, 44, 'PPI')]
    >>> named_groups("Zeta relapse was 6.1% in the 3-month arm and 1.9% in the 5-month arm.")
    [(29, 40, '3-month arm'), (57, 68, '5-month arm')]
    >>> named_groups("The ZQT group had a higher rate than the ZTT group (74% vs 57%).")
    [(4, 13, 'ZQT'), (41, 50, 'ZTT')]
    >>> named_groups("The ZQT-group had a higher rate than the ZTT-group (74% vs 57%).")
    [(4, 13, 'ZQT'), (41, 50, 'ZTT')]
    """
    out, lasting = [], []
    for m in BARE_GROUP_NAME.finditer(text) if "roup" in text or "arm" in text else ():
        if not NOT_AN_ARM_GROUP.fullmatch(m.group("g")):
            out.append((m.start("g"), m.end(), m.group("g")))
    for m in GROUP_NAME.finditer(text):
        if m.group("label"):             # (one spelling for one group: "group x" is "Group X")
            out.append((m.start("label"), m.end("label"), "Group " + m.group("label").split()[1]))
            continue
        name = m.group("g")
        if DURATION_NAME.fullmatch(name):      # (named with its head: "3-month arm")
            lasting.append((m.start("g"), m.end(), name.lower() + " " + m.group().rsplit(None, 1)[-1].lower()))
            continue
        if NOT_AN_ARM_GROUP.search(name) or any(ch.isdigit() for ch in name):
            continue
        label = re.sub(r"[-\s]+", " ", name).lower() if "-" in name or " " in name else name
        out.append((m.start("g"), m.end(), label))
    if len({label for *_, label in lasting}) >= 2:
        out = out + lasting              # (groups named by how long they were treated, two told apart at least)
    return sorted(out)


# a group named by how long it was treated, where the sentence tells two such apart: "in the 3-month arm ..., compared
# with ... in the 5-month arm" (one alone may be a time, not a group: "the 12-week group of completers")
DURATION_NAME = re.compile(r"\d{1,2}-(?:day|week|month|year)", re.I)


# groups named together by their letters or numbers after one plural "groups": "in groups A and B", "groups ZS, ZC,
# ZCF, and ZF", "Groups I-III" is not read (a range names no letters)
GROUPS_LISTED = rx.compile(rf"""(?=[Gg])\b[Gg]roups\s(?P<list>{cues.GROUP_KEY}(?:\s?,\s{cues.GROUP_KEY}){{0,5}}(?:\s?,)?
    \s(?:and|or|vs\.?|versus)\s{cues.GROUP_KEY})(?![\w-])""", re.X)
GROUP_KEY = re.compile(cues.GROUP_KEY)


def listed_groups(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of each group a plural "groups" names by its letter or number, in text order, labelled
    as one group is ("Group A"): "in groups A and B", "groups ZS, ZC and ZF".

    >>> listed_groups("It was 9.6, 11.4 and 15.1 min in groups ZS, ZC, and ZF, respectively.")
    [(33, 42, 'Group ZS'), (44, 46, 'Group ZC'), (52, 54, 'Group ZF')]
    >>> listed_groups("Groups 1 and 2 did not differ; groups of ten were formed.")
    [(0, 8, 'Group 1'), (13, 14, 'Group 2')]
    """
    out = []
    for hit in GROUPS_LISTED.finditer(text):
        for k, key in enumerate(GROUP_KEY.finditer(text, hit.start("list"), hit.end("list"))):
            start = hit.start() if k == 0 else key.start()
            out.append((start, key.end(), f"Group {key.group()}"))
    return out


# a bracket that labels the group just described, and may give its size: "... for the block (Group I, n = 24)", "XY-123
# 4 mg (group X) or saline (group C)", "... mesh (ZL group, n = 31)", "... plus a placebo (AB + PL)"
GROUP_LABEL_N = rx.compile(r"""\((?P<label>[Gg]roup\s(?:[A-Z]{1,4}|\d)|[Aa]rm\s(?:[A-Z]|\d)|[A-Z][A-Za-z0-9+/-]{0,6}\s(?:group|arm)
    |(?P<word>[a-z][a-z-]{2,24})\s(?:group|arm)
    |[A-Z]{1,4}\s?[+/]\s?[A-Z]{1,4}(?:\s?[+/]\s?[A-Z]{1,4})?)
    (?:\s*[,;:]\s*[nN]\s*=\s*(?P<n>\d{1,6}))?\s*\)""", re.X)
# groups named by a letter or a number, each told what it received: "Group A received XY and Group B placebo",
# "Patients in Group P received saline, Group X, XY 25 mg and Group Z, ZW", "Group 1 (n = 33) received ..."
GROUP_TOKEN = rx.compile(rf"(?=[Gg])\b[Gg]roup\s(?P<k>{cues.GROUP_KEY})\b(?:\s\(\s?[nN]\s?=\s?(?P<n>\d{{1,6}})\s?\))?")
RECEIVED = rx.compile(r"(?=[grw])\b(?:received|receiving|was\sgiven|were\sgiven|got)\b")
# groups named by a letter, each with a bracket that says what it got and may give its size, after the words that
# divide the patients: "divided into Group Z (ZX-caine) and Group X (BX-caine)", "three groups: group A (n = 22, XY
# 1.5 mg kg(-1)), group B (n = 21, ...) and ..."
GROUP_BRACKET = rx.compile(r"""(?=[Gg])\b[Gg]roup\s(?P<k>[A-Z]{1,3}|\d{1,2}|[IVX]{1,4})\s?
    \((?P<inside>(?:[^()]|\([^()]{0,12}\)){1,160})\)""", re.X)
SIZE_INSIDE = re.compile(r"\b[nN]\s?=\s?(?P<n>\d{1,6})\b")


def bracketed_groups(text: str, names: Sequence[Name]) -> list[Arm]:
    """Two or more groups named by a letter after the words that divide the patients, each with a bracket that says
    what it got (the therapies named in it) and may give its size.

    >>> t = "Adults were randomly divided into Group Z (ZX-caine) and Group X (n = 17, BX-caine 4 ml)."
    >>> names = (Name(t.index("ZX"), t.index("ZX") + 8, "ZX-caine"), Name(t.index("BX"), t.index("BX") + 8, "BX-caine"))
    >>> [(a.label, a.n, a.interventions) for a in bracketed_groups(t, names)]
    [('Group Z', None, ('ZX-caine',)), ('Group X', 17, ('BX-caine',))]
    """
    divided = cues.ALLOCATION.search(text) if "roup" in text else None
    groups = list(GROUP_BRACKET.finditer(text, divided.end())) if divided else []
    if len({g.group("k") for g in groups}) < 2 or len(groups) != len({g.group("k") for g in groups}) \
            or len({g.group("k") for g in GROUP_TOKEN.finditer(text, divided.end())}) != len(groups):
        return []                           # (a group whose bracket we cannot read: the layout is another)
    out = []
    for g in groups:
        given = tuple(dict.fromkeys(n.label for n in names if g.start("inside") <= n.start < g.end("inside")))
        size = SIZE_INSIDE.search(g.group("inside"))
        out.append(Arm(f"Group {g.group('k')}", int(size.group("n")) if size else None, given, g.start(), g.end()))
    if sum(not a.interventions for a in out) > 1:
        return []                           # ("Group 1 (29 patients) received ...": the brackets count, the verb gives)
    return out


def groups_received(text: str, names: Sequence[Name]) -> list[Arm]:
    """Two or more groups named by a letter or a number, each with what the sentence says it received (the therapies
    named before the next group), where a verb of receiving follows the first.

    >>> t = "Patients in Group P received saline, Group X, XY-123 25 mg and Group Z, ZW-9."
    >>> names = (Name(t.index("XY-123"), t.index("XY-123") + 6, "XY-123"), Name(t.index("ZW-9"), t.index("ZW-9") + 4, "ZW-9"))
    >>> [(a.label, a.interventions) for a in groups_received(t, names)]
    [('Group P', ()), ('Group X', ('XY-123',)), ('Group Z', ('ZW-9',))]
    """
    groups = list(GROUP_TOKEN.finditer(text)) if "roup" in text else []
    if len({g.group("k") for g in groups}) < 2 or len(groups) != len({g.group("k") for g in groups}) \
            or not RECEIVED.search(text, groups[0].end(), groups[1].start()):
        return []
    out = []
    for g, nxt in zip(groups, [*groups[1:], None]):
        end = nxt.start() if nxt else len(text)
        given = tuple(dict.fromkeys(n.label for n in names if g.end() <= n.start < end))
        out.append(Arm(f"Group {g.group('k')}", int(g.group("n")) if g.group("n") else None, given, g.start(), end))
    return out


def labelled_groups(text: str, names: Sequence[Name]) -> list[Arm]:
    """Groups a sentence labels in brackets (with their sizes, if given) after describing each, "either XY-123 for the
    block (Group I, n = 24) or saline (Group II, n = 27)": each labelled as written, given the therapies named since the
    bracket before; [] for fewer than two.

    >>> t = "They received either XY for the block (Group I, n = 24) or saline (Group II, n = 27)."
    >>> [(a.label, a.n, a.interventions) for a in labelled_groups(t, (Name(21, 23, "XY"),))]
    [('Group I', 24, ('XY',)), ('Group II', 27, ())]
    >>> [(a.label, a.n, a.interventions) for a in labelled_groups("XY 5 mg (group X) or saline (group C) was given.",
    ...                                                           (Name(0, 2, "XY"),))]
    [('Group X', None, ('XY',)), ('Group C', None, ())]
    >>> t = "Adults got XY-1 by a push (bolus group) or by an infusion (infusion group, n = 30)."
    >>> [(a.label, a.n, a.interventions) for a in labelled_groups(t, (Name(11, 15, "XY-1"),))]
    [('bolus', None, ('XY-1',)), ('infusion', 30, ())]
    >>> t = "The study group (Group X) got XY, and the control group (Group C) got saline."
    >>> [(a.label, a.interventions) for a in labelled_groups(t, (Name(t.index("XY"), t.index("XY") + 2, "XY"),))]
    [('Group X', ('XY',)), ('Group C', ())]
    """
    hits = list(GROUP_LABEL_N.finditer(text))
    if len(hits) < 2 or len({h.group("label") for h in hits}) < len(hits) \
            or any(h.group("word") and NOT_AN_ARM_GROUP.search(h.group("word")) for h in hits):
        return []                             # ("XY (study group) or saline (control group)": the allocation's arms)
    # (a label set after a group's name comes before what the group got: "the study group (Group S) received XY ...")
    after = all(GROUP_BEFORE.search(text, max(0, h.start() - 12), h.start()) for h in hits)
    ends = [0] + [h.end() for h in hits]
    starts = [h.start() for h in hits] + [len(text)]
    arms = []
    for k, h in enumerate(hits):
        begin, end = (ends[k + 1], starts[k + 1]) if after else (ends[k], starts[k])
        drugs = tuple(dict.fromkeys(n.label for n in names if begin <= n.start < end))
        label = h.group("label")              # ("ZL group": the results say "the ZL group", read as "ZL")
        first, *rest = label.split()
        label = f"{first.title()} {rest[0]}" if first.lower() in ("group", "arm") else GROUP_WORD.sub("", label)
        arms.append(Arm(label, int(h.group("n")) if h.group("n") else None, drugs, h.start(), h.end()))
    return arms
GROUP_BEFORE = re.compile(r"\b(?:group|arm)\s?$", re.I)


# the verbs that tell what a group got; a regex fragment
GIVEN_VERBS = r"(?:received|was\sgiven|were\sgiven|got|was\streated\swith|were\streated\swith|underwent)"
# a group told what it got, as a clause's subject: "The treatment group received XY", "Patients in the control group
# were given placebo", "Group B received ..." (not "all groups", nor what a group got more or less of as a result)
GROUP_GIVEN = rx.compile(rf"""(?=[GgTtPpSsIi])\b(?:(?:[Pp]atients|[Pp]articipants|[Ss]ubjects|[Tt]hose)\s(?:randomi[sz]ed\s)?
    (?:in|to)\s)?
    (?:(?:[Tt]he|[Aa]n?)\s)?(?:(?P<role>treatment|control|study|intervention|experimental|active|test|comparison)\s(?:group|arm)
    |[Gg]roup\s(?P<k>{cues.GROUP_KEY}))\s(?:\((?:[nN]\s?=\s?(?P<n>\d{{1,5}})\)|[^()]{{1,40}}\))\s)?
    {GIVEN_VERBS}\s(?!(?:more|less|fewer|significantly|a\shigher|a\slower|higher|lower)\b)""", re.X)


def given_groups(text: str, names: Sequence[Name]) -> list[Arm]:
    """Each group a sentence tells what it got as its clause's subject ("The treatment group received XY-123 for 3
    months", "Group B received placebo"), with the therapies named before the next such group: labelled by its role
    ("treatment", "control") or its key ("Group B"). The caller checks that the groups were the allocation's.

    >>> t = "The treatment group received XY-1 for 8 weeks and the control group received placebo."
    >>> [(a.label, a.interventions) for a in given_groups(t, (Name(t.index("XY"), t.index("XY") + 4, "XY-1"),))]
    [('treatment', ('XY-1',)), ('control', ())]
    >>> given_groups("The control group received more rescue doses.", ())
    []
    """
    hits = list(GROUP_GIVEN.finditer(text))
    out = []
    for hit, nxt in zip(hits, [*hits[1:], None]):
        end = nxt.start() if nxt else len(text)
        given = tuple(dict.fromkeys(n.label for n in names if hit.end() <= n.start < end))
        label = hit.group("role").lower() if hit.group("role") else f"Group {hit.group('k')}"
        out.append(Arm(label, int(hit.group("n")) if hit.group("n") else None, given, hit.start(), end))
    return out


# a group an allocation names, then says in brackets what it got: "to the intervention group (XY-123 10 mg daily)", "a
# control group (usual care)"
# (or by capitals without "the": "to ZP group (XY-123 20 mg and ...) or PPI group (...)")
DESCRIBED_GROUP = rx.compile(r"""(?=[taA-Z])\b(?:(?:the|an?)\s(?P<g>[A-Za-z][\w-]{1,30}(?:\s[a-z][\w-]{1,30})?)|(?P<c>[A-Z][A-Z0-9]{1,7}))
    \s(?:group|arm)\s\((?P<inside>[^()]{3,160})\)""", re.X)
# a bracket that gives a size or a label, not what the group got
SIZE_OR_LABEL = re.compile(rf"^\s*(?:[nN]\s?=|\d[\d,]*\s*(?:{cues.PEOPLE}|cases)?\s*$|[Gg]roup\s|[A-Z]{{1,4}}\s*$)")


def described_groups(text: str, names: Sequence[Name]) -> list[Arm]:
    """Two or more groups an allocation names, each followed by a bracket that says what it got ("randomized to the
    intervention group (XY-123 10 mg daily) or the control group (usual care)"): labelled by their names, given the
    therapies named in their brackets; [] unless every group's bracket describes it.

    >>> t = "Adults were randomized to the exercise group (XY-1 daily) or the control group (usual care)."
    >>> [(a.label, a.interventions) for a in described_groups(t, (Name(t.index("XY"), t.index("XY") + 4, "XY-1"),))]
    [('exercise', ('XY-1',)), ('control', ())]
    """
    cue = cues.ALLOCATION.search(text) if "(" in text else None
    hits = list(DESCRIBED_GROUP.finditer(text, cue.end())) if cue else []
    if len(hits) < 2 or any(SIZE_OR_LABEL.match(h.group("inside")) for h in hits) \
            or len({(h.group("g") or h.group("c")).lower() for h in hits}) < len(hits):
        return []
    return [Arm(group_label(h.group("g") or h.group("c")), None,
                tuple(dict.fromkeys(n.label for n in names if h.start("inside") <= n.start < h.end("inside"))),
                h.start(), h.end()) for h in hits]


def group_label(name: str) -> str:
    """A group's name as its arm's label: in lower case, unless written in capitals ("ZP", as the results name it).

    >>> group_label("Exercise"), group_label("ZP")
    ('exercise', 'ZP')
    """
    return name if name.isupper() else " ".join(name.lower().split())
