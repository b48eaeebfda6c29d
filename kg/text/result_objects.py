"""Measures a result verb governs, whatever their words: the items of a list after "reduced", each with its own
p-value ("XY reduced A (p < 0.001), B (p = 0.03) and C"), the object set against the control with numbers after ("XY
significantly reduced the zeta rate compared with placebo (1.2 vs 3.4)"; "the A group had fewer X (4 vs. 11)"), and what
a treatment named as a clause's subject moved ("XY lowered zeta latency and raised zeta sleep").
:func:`kg.text.measures.find_measures` calls them after the named shapes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Mention
from kg.text import cues
from kg.text import prefilter as rx
from kg.text.measure_list import QUANTITY, mention
from kg.text.measure_phrases import AGAINST_CONTROL, CLAUSE_WORDS, ESTIMATE_WORDS, GENERIC_SUBJECTS, STARTS
from kg.text.measure_shapes import DEGREE, GENERIC_RESULT_WORDS, NOT_A_MEASURE, STOP, written

# measures listed after a result verb, each with its own p-value: "XY reduced | A (p < 0.001), B (p = 0.03) and C (p = 0.004)"
RESULT_VERB = rx.compile(r"(?=[adefilprs])\b(?:reduced|improved|lowered|increased|decreased|delayed|slowed|prevented|prolonged|"
                         r"lengthened|extended|achieved|demonstrated|showed"
                         # (or the verb denied: "XY did not | reduce | A (p = 0.4) or B (p = 0.6)", "failed to improve")
                         rf"|{cues.DENIED_CHANGE})\s")
# what patients had, set against the control like a result verb's object: "experienced | a lower zeta rate versus placebo ("
EXPERIENCED = rx.compile(r"(?=[e])\bexperienced\s")
# what one arm had more or less of, set against the control like a result verb's object: "XY-1 had lower | zeta loss
# compared with placebo ("
HAD_COMPARED = rx.compile(r"(?=[h])\bhad\s(?:an?\s)?" + DEGREE + cues.COMPARATIVES + r"\s")
# (the bracket may give the arms' numbers before the p-value: "zeta scarring (31% vs 29%; P = .64)", or it may be the
# item's own between-arm estimate: "zeta stones (RR 0.8; 95% CI 0.5-1.4)", "(relative risk [RR] 2.1; ...)")
ESTIMATE_OPEN = (r"(?:adjusted\s)?(?:relative\srisk|(?:risk|hazard|odds|rate|incidence\srate)\sratios?"
                 r"|(?:a|adj)?(?:RR|HR|OR|IRR))\b(?:\s?\[[A-Za-z]{2,4}\])?[\s,:=]{0,3}[0-9·.]")
# an item's own bracket: an estimate first, with a p-value after it or not ("(rate ratio 0.67; p=0.001)"), or a p-value
# (brackets of the arms' own inside it: "(41 (33-47) versus 37 (30-44), p = 0.26)", "(A 12/80 (15%) v B 20/81 (25%); relative
# risk 0.6, ...; P = 0.1)")
_INNER = r"(?:[^()]|\([^()]{0,24}\))"
ITEM_BRACKET = (r"\(\s?(?:(?P<effect>" + ESTIMATE_OPEN + r")" + _INNER + r"{0,80}"
                r"|(?:(?P<pair>[-−]?\d[\d.,·/]{0,9}%?\s(?:\([^()]{0,24}\)\s)?(?:vs\.?|versus|v\.?)\s)?" + _INNER + r"{0,160}?[;,]\s?)?"
                r"[pP]\s?[<=≤>][^()]{0,30})\)")
P_ITEM = re.compile(r"(?<![\w'’/-])(?:the\s)?(?P<x>[A-Za-z][\w'’/-]*+(?:\s[A-Za-z0-9][\w'’/-]*+){0,7}?)\s?"
                    r"(?:\([A-Z][A-Za-z0-9-]{1,14}\)\s?)?"    # (its short form first: "Zeta Index (ZI) (p=0.01)")
                    + ITEM_BRACKET)
# the bracket right after a measure found otherwise, which the list's next items follow: "the composite of A, B, or C
# | (HR 0.8; ...)| and of D (HR ...)"
BRACKET_AFTER_FOUND = re.compile(r"\s?" + ITEM_BRACKET)
# (the list's preposition may be said again: "a lower risk of A (HR ...) and of B (HR ...)", "in A (...) and in B (...)")
P_ITEM_JOIN = re.compile(r"(?:[,;]\s(?:and\s|or\s)?|\s(?:and|or)\s)(?:(?:of|in)\s(?=[A-Za-z]))?")
# what opens such a list besides a result verb: "There were no differences in | the ...", "an increased risk for | ..."
DIFFERENCES_IN = rx.compile(r"(?=[d])\bdifferences?\s(?:between\s(?:the\s)?(?:groups|arms)\s|(?:was|were)\s(?:found|observed|seen|"
                            r"noted|detected)\s)?in\s(?:the\s)?", re.I)
RISK_FOR = rx.compile(r"(?=[r])\brisks?\s(?:of|for)\s(?:an?\s|the\s|any\s)?", re.I)
# a result verb's noun: "gave a marked reduction in | A (8% vs 16%; P = 0.02), B (...) and C (...)"
CHANGE_IN = rx.compile(r"(?=[rdi])\b(?:reductions?|decreases?|increases?)\sin\s(?:(?:regard|respect)\sto\s)?(?:the\s)?(?=[^()]{1,80}\()")
# what opens such a list where the clause before speaks of endpoints: "... on each of its secondary endpoints,
# including | A (p < 0.001), B (...)", "improvements were seen for | A (...); B (...)", "... at week 6: | A (...); B (...)"
LIST_OPENER = rx.compile(r"(?=[:ifnsore])(?::\s|\b(?:including|such\sas|namely|(?:observed|seen|noted|reported|shown|found)"
                         r"\sfor)\s)")
# (the endpoint words of the role cues, or these: "... at week 8 on its scales:", "improvements were seen for")
ENDPOINT_MORE = re.compile(r"\b(?:timepoints?|scales?|assessments?|improvements?)\b", re.I)
# the share a result verb's list is of, before its first item: "achieved a significantly higher proportion of patients
# with | A (40% vs. 12%; P < 0.001), B (...) and C (...)"
SHARE_WITH = re.compile(r"(?:an?\s)?" + DEGREE + cues.COMPARATIVES + r"\s(?:proportions?|percentages?|shares?|rates?|numbers?)\s"
                        r"of\s(?:the\s)?" + cues.PEOPLE + r"\s(?:with|achieving|reaching|who\s(?:achieved|reached|had))\s", re.I)


# the change the verb names before the list's items: "showed | improvements in | A (P = 0.001) and B (P = 0.03)"
CHANGES_IN = re.compile(r"(?:(?:significant|greater|larger)\s)?(?:improvements?|reductions?|increases?|decreases?)\s(?:in|of)\s",
                        re.I)


def p_listed(text: str, found: list[Mention]) -> list[Mention]:
    """The items of a list of two or more measures a result verb governs, each followed by its own p-value, whatever
    their words.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("XY-1 reduced zeta flares (p < 0.001), zeta scarring (p = 0.02), and the zeta "
    ...                                 "index (P=0.004).")]
    ['zeta flares', 'zeta scarring', 'zeta index']
    """
    out = []
    for f in found:              # (a list's first item may hold commas, a composite's: the items after its bracket)
        if "," in text[f.start:f.end] and (bracket := BRACKET_AFTER_FOUND.match(text, f.end)) \
                and (join := P_ITEM_JOIN.match(text, bracket.end())):
            out += [replace(mention(text, *item.span("x"), written(item.group("x"))), attrs=QUANTITY)
                    for item in chained_items(text, join.end()) if is_item_measure(item.group("x"))
                    and not any(g.start < item.end("x") and item.start("x") < g.end for g in found)]
    openers = [*RESULT_VERB.finditer(text), *DIFFERENCES_IN.finditer(text), *RISK_FOR.finditer(text), *CHANGE_IN.finditer(text),
               *(hit for hit in LIST_OPENER.finditer(text) if speaks_of_endpoints(text, max(0, hit.start() - 160), hit.start()))]
    for verb in openers:
        pos = share.end() if (share := SHARE_WITH.match(text, verb.end())) else verb.end()
        pos = lead.end() if (lead := CHANGES_IN.match(text, pos)) else pos     # ("showed | improvements in | A (P = ...)")
        items = chained_items(text, pos)
        named = [item for item in items if (is_item_measure(item.group("x")) or compared_item(item))
                 and not RISK_FOR.match(text, item.start("x")) and item.group("x").lower() not in ESTIMATE_WORDS]
        if len(named) < 2 and not (named and named[0].group("effect") and not named_before(text, found, verb.start())):
            continue                    # one item alone, or a clause ("improved it (p = 0.01), and was safe (...)"),
            #                             unless its bracket is its own estimate ("the risk of stroke (HR 0.7; ...)")
            #                             and its clause names no measure before ("For PFS, XY reduced the risk of
            #                             progression (HR ...)": PFS's estimate)
        out += [replace(mention(text, *item.span("x"), written(item.group("x"))), attrs=QUANTITY if item.group("effect") or item.group("pair") else "")
                for item in named if not any(f.start < item.end("x") and item.start("x") < f.end for f in found)
                or (compared_item(item) and not any(f.start < item.start("x") or item.end("x") < f.end for f in found
                                                    if f.start < item.end("x") and item.start("x") < f.end))]
    return out           # (an item with its own estimate or its arms' pair is an outcome even where it names a disease:
    #                      QUANTITY wins)


def chained_items(text: str, pos: int) -> list[re.Match]:
    """The list's items from ``pos`` on, each a :data:`P_ITEM` (words and their own bracket), joined by commas or "and"."""
    items = []
    while (item := P_ITEM.match(text, pos)) is not None:
        items.append(item)
        if (join := P_ITEM_JOIN.match(text, item.end())) is None:
            break
        pos = join.end()
    return items


def speaks_of_endpoints(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` name endpoints, outcomes, measures or the like (what opens a list of them)?"""
    return bool(cues.ENDPOINT_WORD.search(text, start, end) or ENDPOINT_MORE.search(text, start, end))


def named_before(text: str, found: list[Mention], at: int) -> bool:
    """Does a measure in ``found`` stand before ``at`` in its clause, no bracket closing between?

    >>> named_before("For ZFS, XY reduced it", [Mention("ZFS", 4, 7, "measure", "ZFS")], 12)
    True
    """
    return any(m.end <= at and ")" not in text[m.end:at] and ";" not in text[m.end:at] for m in found)


# the quantity a result verb says the drug moved against the control, the numbers following: "XY significantly reduced |
# the zeta attack rate | compared with placebo (1.2 vs 3.4 ...)", "XY improved | zeta clearance | versus vehicle (..."
VERB_OBJECT = re.compile(r"(?<![\w'’/-])(?:(?:an?\s)?(?:statistically\s)?significant\s|(?:an?\s)?clinically\s(?:meaningful|significant)\s)?"
                         r"(?:the\s|its\s|their\s)?(?P<x>[A-Za-z][\w'’/-]*+(?:\s[A-Za-z0-9][\w'’/-]*+){0,5}?)\s"
                         r"(?:(?:significantly\s|markedly\s)?(?:compared\s(?:with|to)|versus|vs\.?|relative\sto|over)\s(?:the\s)?"
                         r"(?:placebo|vehicle|sham|control|controls|comparator)\b[^.;]{0,12}?\(\s?(?:[-–]?\d|[pP]\s?[=<>≤])"
                         r"|\((?=[^()]{0,40}\b(?:vs\.?|versus)\s[-–]?\d))")
# an arm as the subject of "had": "the XY group | had", "XY-1 | had"
ARM_BEFORE_HAD = re.compile(r"(?:\b(?:group|arm)|(?<![\w-])(?!(?:Patients|Participants|Subjects|Children|Women|Men|Adults|Those|They)\b)"
                            r"[A-Z][\w-]{1,30})\s$")
# a group as the subject of "had": "the XY | group | had"
GROUP_BEFORE_HAD = re.compile(r"\b(?:group|arm)\s$")
# what a group had more or less of than another group, both groups' numbers in brackets after: "had a faster | zeta
# onset | than the B group (6 vs. 9 min"
THAN_GROUP_PAIR = re.compile(r"(?<![\w'’/-])(?P<x>[A-Za-z][\w'’/-]*+(?:\s(?!than\b)[A-Za-z0-9][\w'’/-]*+){0,5}?)\sthan\s(?:in\s|with\s|among\s)?"
                             r"(?:the\s|those\s)?[^.;()]{1,40}?\b(?:group|arm)s?\s?\((?=[^()]{0,40}\b(?:vs\.?|versus)\s[-–]?\d)")
# a quantity given its value, then set against another arm's: "lower | zeta loss | of 1.2 mL compared with"
VALUE_OF_AGAINST = re.compile(r"(?<![\w'’/-])(?:the\s)?(?P<x>[a-z][\w'’/-]*+(?:\s[a-z][\w'’/-]*+){0,5}?)\sof\s[-–]?\d(?:[^.;()]|(?<=\d)\.(?=\d)){0,40}?"
                              r"\s(?:compared\s(?:with|to)|versus|vs\.?|than)\s")
# what a result verb also governs that is no measure: "reduced the dose", "the need for", "its use"
NOT_OBJECTS = frozenset("dose doses dosage dosing need use number".split())


def verb_object(text: str, found: list[Mention]) -> list[Mention]:
    """The quantity a result verb governs, set against the control and numbered after, whatever its words.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("XY-1 significantly reduced the zeta attack rate compared with placebo (1.2 vs 3.4).")]
    ['zeta attack rate']
    >>> [m.label for m in find_measures("XY-1 reduced the dose compared with placebo (1.2 vs 3.4).")]
    []
    >>> [m.label for m in find_measures("XY-1 had lower zeta loss compared with placebo (11.0 vs. 14.5 g; P = .02).")]
    ['zeta loss']
    >>> [m.label for m in find_measures("The XY group had lower zeta loss of 9.4 mL compared with 12.6 mL (P = .02).")]
    ['zeta loss']
    """
    out = []
    for verb in [*RESULT_VERB.finditer(text), *EXPERIENCED.finditer(text), *HAD_COMPARED.finditer(text)]:
        hit = VERB_OBJECT.match(text, verb.end())
        if verb.group().startswith("had"):
            if hit is None and ARM_BEFORE_HAD.search(text, max(0, verb.start() - 40), verb.start()):
                hit = VALUE_OF_AGAINST.match(text, verb.end()) or (    # "the XY group had lower X of 11 mL compared with"
                    THAN_GROUP_PAIR.match(text, verb.end()) if GROUP_BEFORE_HAD.search(text, 0, verb.start()) else None)
                #                                                   ("the A group had a faster X than the B group (6 vs.")
            elif hit is not None and not AGAINST_CONTROL.match(text, hit.end("x")) and not (
                    GROUP_BEFORE_HAD.search(text, max(0, verb.start() - 8), verb.start()) and hit.group().endswith("(")):
                continue       # (who "had" more must be an arm set against the control: "People with high X had
                #                longer Y (6.8 versus 4.0)" compares two kinds of people; or a group, the pair after:
                #                "the XY group had fewer Y (4 vs. 11)")
        if hit is None or not names_an_object(hit, found):
            continue
        out.append(mention(text, *hit.span("x"), written(hit.group("x"))))
    return out


def names_an_object(hit: re.Match, found: list[Mention]) -> bool:
    """Is a result verb's object (group ``x`` of ``hit``) a measure not yet found: no dose or need, no generic word?"""
    x = hit.group("x")
    return is_item_measure(x) and not NOT_OBJECTS.intersection(x.lower().split()) \
        and x.lower() not in GENERIC_RESULT_WORDS \
        and not any(f.start < hit.end("x") and hit.start("x") < f.end for f in found)


# the quantity an arm beat the control on, its numbers or p-value in brackets after: "XY-123 beat placebo on | zeta
# clearance | (44% vs 19%; P = .002)", "was superior to placebo in | the zeta score | (P = .002)"
# (the item, and the bracket of numbers or a p-value that must follow it)
_BEATEN_ITEM = (r"""(?P<x>[A-Za-z][\w'’/-]*+(?:\s(?!and\b|or\b|at\b)[A-Za-z0-9][\w'’/-]*+){0,5}?)\s?"""
                r"""\((?=\s?(?:[-–]?\d|[pP]\s?[=<>≤]))""")
BEAT_ON = rx.compile(r"""(?=[bosw])\b(?:beat|outperformed|bettered|surpassed|(?:was|were)\s(?:(?:statistically\s)?significantly\s)?
    (?:superior\sto|better\sthan))\s(?:the\s)?(?:placebo|vehicle|sham|controls?|comparator)(?:\s(?:group|arm))?\s
    (?:on|in|for|with\srespect\sto)\s(?:the\s|their\s|its\s)?""" + _BEATEN_ITEM, re.X)
# a further quantity after the first one's bracket: "...(44% vs 19%), | and on | zeta relief | (52% vs 30%)"
BEAT_ON_MORE = re.compile(r"""\)\s?,?\s(?:and\s|as\swell\sas\s)?(?:on|in|for)\s(?:the\s|their\s|its\s)?""" + _BEATEN_ITEM,
                          re.X)


def beat_on(text: str, found: list[Mention]) -> list[Mention]:
    """The quantities an arm beat the control on, numbered after, whatever their words.

    >>> [m.label for m in beat_on("XY-1 beat placebo on zeta clearance (44% vs 19%), and on zeta relief (52% vs 30%).", [])]
    ['zeta clearance', 'zeta relief']
    >>> beat_on("XY-1 beat placebo on the dose (2 vs 3).", [])
    []
    """
    out = []
    for hit in BEAT_ON.finditer(text):
        while hit is not None:
            if names_an_object(hit, found + out):
                out.append(mention(text, *hit.span("x"), written(hit.group("x"))))
            close = text.find(")", hit.end())
            hit = BEAT_ON_MORE.match(text, close) if close != -1 and "(" not in text[hit.end():close] else None
    return out


# what a treatment named as a clause's subject moved, said in words with no number: "XY-1 therapy raised both |
# zeta flow | and | zeta tone", "Compared to placebo, XY-1 lowered | zeta latency | and raised | zeta sleep"
# (the past tense of a result: "XY-1 reduces zeta" is a claim about the drug, not a finding)
# (a drug's lower-case name is the subject only after the control it is set against: "Compared with placebo, zetamab
# lowered ...")
# (its doses may follow its name: "XY-1 20 mg and 10 mg reduced ...")
SUBJECT_DOSES = rf"(?:\s{cues.DOSE_AMOUNT}\s?{cues.DOSE_UNIT}(?:\s(?:and|or)\s{cues.DOSE_AMOUNT}\s?{cues.DOSE_UNIT})?)?"
TREATMENT_MOVED = rx.compile(r"""(?:(?:""" + STARTS + r"""|;\s)
      (?:[A-Z][\w()-]{2,30}""" + SUBJECT_DOSES + r"""|[Tt]he\s[\w-]{2,30}\sgroup)
    |""" + STARTS + r"""Compared\s(?:with|to)\s[^,;]{1,40},\s
      (?:[A-Za-z][\w()-]{2,30}""" + SUBJECT_DOSES + r"""|[Tt]he\s[\w-]{2,30}\sgroup))
    (?:\s(?:treatment|therapy|pretreatment|infusion|administration))?
    \s(?:also\s)?(?:significantly\s)?(?:increased|decreased|reduced|lowered|raised|shortened|prolonged|attenuated|enhanced)
    \s(?:both\s)?""", re.X)
# (its time bound is part of it: "the rate of zeta birth | before 33 weeks of gestation")
TIME_BOUND = r"\sbefore\s\d{1,2}\s(?:weeks?|days?|months?)(?:\s(?:of\s)?gestation)?"
TIME_BOUND_END = re.compile(TIME_BOUND + "$")
MOVED_ITEM = re.compile(r"(?:the\s)?(?!(?:the|an?|its|their)\s)(?P<x>[a-z][\w'’/-]*+(?:\s(?!and\b|or\b|in\b|with\b|than\b|compared\b|versus\b|vs\b|by\b|at\b|after\b|"
                        r"during\b|from\b|significantly\b|approximately\b|about\b|before\s\d)[A-Za-z][\w'’/-]*+){0,5}"
                        rf"(?:{TIME_BOUND})?)(?=[\s,.;(]|$)")
# an item that ends on a participle shares the next one's head: "the area of heat-evoked | and cold-evoked zeta pain"
SHARED_MODIFIER = re.compile(r"(?:ed|-induced|-related|-dependent)$")
MOVED_JOIN = re.compile(r",?\s(?:and|or)\s(?:(?:significantly\s)?(?:increased|decreased|reduced|lowered|raised|shortened|prolonged)\s)?"
                        r"(?:the\s)?|,\s")
MOVED_END = re.compile(r"\s?(?:[.;(]|$|,\s(?:but|whereas|while|although)\b|\s(?:significantly|in|with|compared|versus|vs|than|after|"
                       r"during|at|from|as)\b)")


def treatment_moved(text: str, found: list[Mention]) -> list[Mention]:
    """The quantities a treatment named as the clause's subject moved, said with a past-tense verb and no number
    ("XY-1 decreased zeta latency and increased zeta sleep"), whatever their words; a number after an item ("reduced
    zeta rate 31%", "by 20%") is a change other readers take, and its item stays theirs.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("Compared to placebo, XY-1 lowered zeta latency and raised zeta sleep time.")]
    ['zeta latency', 'zeta sleep time']
    >>> [m.label for m in find_measures("XY-1 therapy raised both zeta flow and zeta tone of the resting muscle.")]
    ['zeta flow', 'zeta tone of the resting muscle']
    >>> find_measures("XY-1 reduces zeta levels in the blood.")
    []
    """
    out = []
    for verb in TREATMENT_MOVED.finditer(text):
        pos, items = verb.end(), []
        while (item := MOVED_ITEM.match(text, pos)) is not None:
            end = MOVED_END.match(text, item.end())
            join = MOVED_JOIN.match(text, item.end())
            if end is None and join is None:
                items = []              # (what follows is no list's join nor its end: "reduced zeta rate 31%")
                break
            items.append(item)
            if join is None:
                break
            pos = join.end()
        if any(SHARED_MODIFIER.search(item.group("x")) for item in items[:-1]) or any(
                " of " in a.group("x") and " " not in b.group("x") for a, b in zip(items, items[1:])):
            continue                    # (nor one noun after "X of Y and": "intake of zetas and betas")
        out += [m for item in items if (m := moved_object(text, item, found)) is not None]
    return out


def moved_object(text: str, item: re.Match, found: list[Mention]) -> Mention | None:
    """The quantity a moved item (:data:`MOVED_ITEM`) names, outside the measures ``found``; None for words that name
    no measure (a clause, a generic result word, an estimate's own word, "the dose")."""
    phrase = item.group("x")
    if not is_item_measure(TIME_BOUND_END.sub("", phrase)) or phrase.lower() in GENERIC_RESULT_WORDS \
            or phrase.lower() in ESTIMATE_WORDS or NOT_OBJECTS.intersection(phrase.lower().split()) \
            or any(f.start < item.end("x") and item.start("x") < f.end for f in found):
        return None
    return replace(mention(text, *item.span("x"), written(phrase)), attrs=QUANTITY)


# a result verb said to have moved what follows significantly, whatever the subject ("administration of XY from
# week 20 | significantly lowered | the incidence of zeta birth (p=0.02)"); its one item needs its p-value right after
SIGNIFICANTLY_MOVED = rx.compile(r"(?=[s])\bsignificantly\s(?:reduced|lowered|decreased|increased|improved|prolonged|shortened|"
                                 r"delayed)\s")
P_VALUE_AFTER = re.compile(r"\s?\(\s?[Pp]\s?[<=≤]")


def significantly_moved(text: str, found: list[Mention]) -> list[Mention]:
    """What a result verb moved significantly, its p-value right after it, whatever the verb's subject.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("Giving XY-1 from week 20 significantly lowered the incidence of zeta birth "
    ...                                 "before 33 weeks of gestation (p=0.02).")]
    ['incidence of zeta birth before 33 weeks of gestation']
    >>> find_measures("Giving XY-1 from week 20 significantly lowered the incidence of zeta birth.")
    []
    """
    out = []
    for verb in SIGNIFICANTLY_MOVED.finditer(text):
        item = MOVED_ITEM.match(text, verb.end())
        if item is not None and P_VALUE_AFTER.match(text, item.end()) and (m := moved_object(text, item, found)):
            out.append(m)
    return out


# the words of a list item set against each other in its bracket: "(A 12/80 (15%) v B 20/81 (25%); ...)"
BRACKET_COMPARES = re.compile(r"\s(?:v|vs\.?|versus)\s")
# a verb in an item's words: a clause, no measure's name
ITEM_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|did|does|showed|reported|improved|reduced)\b", re.I)


def compared_item(item: re.Match) -> bool:
    """Is a list item (:data:`P_ITEM`) a measure whose bracket sets the arms' numbers against each other, its name of
    up to ten words without a verb (which may hold "in", "with" or "not ...ed": "zeta remission not reached by week 8")?"""
    words = item.group("x").lower().split()
    return BRACKET_COMPARES.search(item.string, item.end("x"), item.end()) is not None and len(words) <= 10 \
        and words[0] not in cues.NOT_MEASURE_START and not ITEM_VERB.search(item.group("x"))


def is_item_measure(phrase: str) -> bool:
    """Can a list item's words name a measure (not a clause, a pronoun or a word for the trial's parts)?"""
    words = phrase.lower().split()
    return not (words[0] in cues.NOT_MEASURE_START or any(w in STOP or w in CLAUSE_WORDS for w in words)
                or phrase.lower() in NOT_A_MEASURE or (len(words) == 1 and words[0] in GENERIC_SUBJECTS))


# deaths counted in each arm: "9 | deaths | in the placebo group and 1 death in the XY group"
