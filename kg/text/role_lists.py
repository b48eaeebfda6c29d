"""Measures a role's list names: "Secondary end points were A, B, C and D", "OUTCOME MEASURES: A; B; C", each item
cut to its name and a head the items share given to each ("serum zeta and beta levels").
:func:`kg.text.measures.find_measures` calls :func:`role_list` where a sentence opens such a list.
"""

from __future__ import annotations

import re

from kg.model import Mention
from kg.text import cues
from kg.text import prefilter as rx
from kg.text.measure_list import mention
from kg.text.measure_phrases import CLAUSE_WORDS, MAKE_UP, RATE_OF
from kg.text.measure_shapes import ARMS_COMPARED_LEAD, NOT_A_MEASURE, written

# a plural role phrase that lists its measures: "Secondary end points, tested in order, were A, B, C and D",
# "Key secondary outcomes included: A, B and C", "secondary outcomes including A, B and C", "outcomes such as A and B"
# (or, at a sentence's start, a list with no role: "Outcome measures were A, B and C", "OUTCOME MEASURES: ...")
ROLE_LIST_HEAD = rx.compile(r"""(?=[cekmpsot])(?:\b(?:co-?primary|primary|key\s+secondary|secondary|exploratory|main)\s+
    (?:efficacy\s+)?|^\s{0,3}(?:the\s+)?)(?:end[\s-]?points|outcomes|outcome\s+measures|measures|outcome\s+measure\(s\))(?![\w(])(?:,[^,;]{1,60},)?(?:\s*+:\s++|\s++(?:were|included|include|are)
    (?::\s*+|\s++)|,?\s++(?:including|such\s++as)\s++)""", re.I | re.X)
# a verdict on a list of measures together: "There were no significant differences (between the groups) in A, B, C or
# D" (:func:`role_list` reads its items with this head)
NO_DIFFERENCE_HEAD = rx.compile(r"""(?=[Nnd])(?:\b[Nn]o\s(?:(?:statistically\s)?significant\s)?differences?\s
    (?:(?:was|were)\s(?:found|observed|seen|noted|detected)\s)?(?:between\s(?:the\s)?(?:(?:two|three|both)\s)?
    (?:treatment\s|study\s)?(?:groups|arms)\s)?in\s
    # (or a treatment that left them alone: "XY-123 did not influence A, B, C or D")
    |\bdid\snot\s(?:significantly\s)?(?:influence|affect|alter|change)\s(?:the\s)?)""", re.X)
# where the list ends: the clause's end, or the verb its items are the subject of ("A, B, and C, did not differ",
# "A, B, and C, improved with XY-123")
LIST_END = rx.compile(r";|\.(?:\s|$)|,\s(?:did|were|was|are|had|showed|all|both)\b"
                      # (or a verb in the past with what says how or against what: "..., and C, improved significantly")
                      r"|,\s[a-z]{3,20}ed\s(?:significantly|markedly|numerically|statistically|with|by|from|over|in|compared)\b")
LIST_ITEM_SPLIT = rx.compile(r",\s++(?:and\s++|or\s++)?")
# where an item's name ends: a timepoint, a population, a bracket
_CUT_WORDS = r"""\s(?:at|by|through|over|after|during|between|from\sbaseline\sto|in\s(?:patients|participants|those|the\s
    (?:\w+\s)?(?:group|arm|population))|per|according\sto)\b"""     # (or the criteria: "ZRR | per Acme criteria")
# (or the verb the list is the subject of: "outcomes including A and B | improved")
ITEM_CUT = rx.compile(_CUT_WORDS + r"|\s(?:improved|worsened|increased|decreased|declined|differed|rose|fell)\b|\s?\(",
                      re.I | re.X)
WORD_CUT = rx.compile(_CUT_WORDS, re.I | re.X)        # (the words alone: a bracket holds a short form, and "and" goes on)
ITEM_WORDS = re.compile(r"[A-Za-z][\w'’/-]*(?:\s[A-Za-z0-9][\w'’/-]*(?:\.\d{1,3}(?![\w.]))?){0,7}")     # ("below 4.2 mmol/L")
# (and the order: "A and | then | B"; or a last item set beside the list: "..., | together with | B")
ITEM_ARTICLE = re.compile(r"(?:then\s++|together\s++with\s++|along\s++with\s++|as\s++well\s++as\s++)?(?:the\s++|an?\s++)?", re.I)
NOT_ITEMS = frozenset("safety tolerability efficacy pharmacokinetics others "
                      "superiority non-inferiority noninferiority".split())      # (no measure; a verdict)
# an item that opens on the arm set against: "..., including A, | versus B in a head-to-head study": no measure
AGAINST_WORDS = frozenset("versus vs vs. against compared".split())
HEAD_AFTER_SHORT_FORM = re.compile(r"\([A-Z][\w-]{1,10}\)\s[a-z]")


def role_list(text: str, found: list[Mention], heads=ROLE_LIST_HEAD) -> list[Mention]:
    """Each item of the list a plural role phrase gives, whatever its words, where the list has three or more items
    (its measures the list knows keep their own names).

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("Secondary end points were zeta improvement, the Acme risk score at week 24, "
    ...                                 "and time to zeta worsening.")]
    ['zeta improvement', 'Acme risk score', 'time to zeta worsening']
    >>> [m.label for m in find_measures("Other secondary measures, including zeta improvement, Acme class, and zeta "
    ...                                 "signs, did not differ between the groups.")]
    ['zeta improvement', 'Acme class', 'zeta signs']
    """
    out = []
    for head in heads.finditer(text):
        stop = LIST_END.search(text, head.end())
        region_end = stop.start() if stop else len(text)
        if heads is NO_DIFFERENCE_HEAD and MAKE_UP.search(text, head.end(), region_end):
            continue                        # ("no differences in demographic data, growth, ...": who entered)
        items, joins = [], []               # the items, and whether the cut after each said "and" or "or"
        pos = head.end()
        for cut in LIST_ITEM_SPLIT.finditer(text, head.end(), region_end):
            items.append((pos, cut.start()))
            joins.append(cut.group().strip() != ",")
            pos = cut.end()
        items.append((pos, region_end))
        if text[pos:region_end].strip(" .;").lower() == "respectively":
            items.pop()                     # ("... A and B, respectively": the word is no item)
        clause = next((n for n, (a, b) in enumerate(items) if n and clause_item(text, a, b)
                       and text.count("(", head.end(), a) <= text.count(")", head.end(), a)), None)
        items = items[:clause]              # ("A and B, the latter judged by central review": the list
        #                                     ends where a clause about its items starts, outside a bracket: "A (B, no
        #                                     C), and D")
        a, b = items[-1]
        or_at = text.find(" or ", a, b) if heads is NO_DIFFERENCE_HEAD and len(items) > 2 else -1
        if or_at >= 0 and not joins[len(items) - 2]:
            items[-1:] = [(a, or_at), (or_at + 4, b)]    # ("no differences in A, B, C or D": D is an item too)
            joins = joins[:len(items) - 2] + [True]      # (the cut before D said "or")
            a, b = items[-1]
        and_at = text.find(" and ", a, b)
        if and_at >= 0 and not objects_joined(text, a, and_at) and (
                len(items) > 1 and not joins[len(items) - 2] or len(items) == 1 and not ONE_WORD.fullmatch(text, a, and_at)):
            k = text.index(" and ", a, b)   # "A, B and C" without a serial comma: the last two are two items; so are
            items[-1:] = [(a, k), (k + 5, b)]    # "were A and B" (not "were humoral and cellular responses")
        if len(items) < 2 or (len(items) == 2 and shared_of(text, items)) or HEAD_AFTER_SHORT_FORM.search(text, *items[-1]) \
                or of_objects(text, items, found):
            continue                        # two measures with "and" may be one ("frequency and severity of X"); the
            #                                 items share a head after the last one's short form ("A (AX), B (BX) and
            #                                 C (CX) zeta scores"): no item is a name alone
        # (an item whose name goes on after a short form, "analgesic (ZA) use", is no name cut at its bracket)
        names = [None if HEAD_AFTER_SHORT_FORM.search(text, a, b) else item_name(text, a, b) for a, b in items]
        # (a measure known inside an item counts, but not inside a bracket that defines the item by a threshold:
        # "response (a fall of 50% or more in the ZRS total score)" is the response's item)
        known = [any(f.start < b and a < f.end and not in_threshold_bracket(text, a, b, f) for f in found)
                 for a, b in items]
        named = sum(bool(k or n) for n, k in zip(names, known))
        if named < 2 or named * 3 < len(items) * 2 or not (names[0] or known[0]):
            continue                        # items most of which are no measure's name: no list of measures (one
            #                                 such item, a long name, leaves the others names), or whose first is
            #                                 none ("The outcomes were similar in both groups, in June, and later")
        for n, ((a, _), name, k) in enumerate(zip(items, names, known)):
            if name and not k:
                start = text.index(name, a)
                head = shared_head(name, text[items[n + 1][0]:items[n + 1][1]] if n + 1 < len(items) else "")
                out.append(mention(text, start, start + len(name),
                                   written(CHANGES_IN.sub("", name), first_word=False) + head))
    return out


# an item that is a clause about the items before it: "..., the latter judged by ...", "..., which ...", "..., as
# measured by ..." (or a new clause's denial: "..., and no seizures on XY"; or who judged the item before, or by which
# criteria: "..., per central review", "..., according to the reader", "..., version 2.0"), matched at the item's start
CLAUSE_OPENING = re.compile(r"(?:the\s(?:latter|former)\b|which\b|as\s[a-z]+ed\b|no\b|not\b|none\b|per\b"
                            r"|according\sto\b|version\b)", re.I)
CLAUSE_VERB = rx.compile(r"\b[a-z]{3,20}ed\sby\b", re.I)


def in_threshold_bracket(text: str, a: int, b: int, m: Mention) -> bool:
    """Is ``m`` inside a bracket of the item ``text[a:b]`` that defines the item by a threshold?

    >>> t = "response (a fall of 50% or more in the ZRS score)"
    >>> in_threshold_bracket(t, 0, len(t), Mention("ZRS score", 38, 47, "measure", "ZRS score"))
    True
    """
    opened = text.rfind("(", a, m.start)
    closed = text.find(")", m.end, b + 1)
    return opened >= 0 and closed >= 0 and ")" not in text[opened:m.start] \
        and bool(cues.THRESHOLD_DEFINED.search(text, opened, closed))


def clause_item(text: str, a: int, b: int) -> bool:
    """Is the item ``text[a:b]`` a clause about the items before it, not one more item?

    >>> t = "zeta improvement, which rose, per central review"
    >>> clause_item(t, 18, 28), clause_item(t, 30, len(t)), clause_item(t, 0, 16)
    (True, True, False)
    """
    return CLAUSE_OPENING.match(text, a, b) is not None or CLAUSE_VERB.search(text, a, b) is not None


# the first of two items that is one word, its noun given after the second: "frequency | and | severity of X"
ONE_WORD = re.compile(r"\s*+(?:the\s++)?[A-Za-z-]+\s*+")


def shared_of(text: str, items: list[tuple[int, int]]) -> bool:
    """Do two items read as one name, the first a single word whose noun the second gives ("frequency and severity
    of zeta attacks", "incidence and duration of X")?

    >>> t = "frequency and severity of zeta attacks"
    >>> shared_of(t, [(0, 9), (14, len(t))]), shared_of("zeta score and time to relapse", [(0, 10), (15, 30)])
    (True, False)
    """
    (a, b), (c, d) = items
    return bool(ONE_WORD.fullmatch(text, a, b)) and " of " in text[c:d]


# the noun two coordinated names share when the first gives only its adjective: "event-free | and overall survival"
FREE_ADJECTIVE = re.compile(r"(?<![A-Za-z-])[A-Za-z]+(?:-[A-Za-z]+)?-free")
SHARED_HEAD = re.compile(r"\s(?:survival|rates?)$")


def shared_head(name: str, following: str) -> str:
    """The head noun ``name`` (an adjective such as "event-free") borrows from the item after it, with its space; "".

    >>> shared_head("event-free", "overall survival"), shared_head("fatigue", "overall survival")
    (' survival', '')
    """
    head = SHARED_HEAD.search(following.strip()) if FREE_ADJECTIVE.fullmatch(name) else None
    return head.group() if head else ""


# the words before a quantity whose change an item names: "changes in the | X"
CHANGES_IN = re.compile(r"^(?:changes?\s(?:from\sbaseline\s)?)?in\s(?:the\s)?", re.I)     # (or "in" alone: "the
#                                                           changes in A and | in B")
TIME_WORDS = frozenset("week weeks wk wks month months day days year years baseline visit".split())


def item_name(text: str, a: int, b: int) -> str | None:
    """The name an item of a list of measures gives, up to a timepoint, population or bracket; None when the item is
    no measure's name (a timepoint, a clause with a verb, a generic word, a piece of a word where a text is cut short:
    "..., cardiovascular death, a c").

    >>> item_name("time to HFH, a c", 13, 16), item_name("time to HFH, a QT", 13, 17)
    (None, 'QT')
    """
    if (lead := ARMS_COMPARED_LEAD.match(text, a, b)) is not None:
        a = lead.end()                      # ("superiority of A over B in | X": X, the measure)
    cut = ITEM_CUT.search(text, a, b)
    end = cut.start() if cut else b
    article = ITEM_ARTICLE.match(text, a, end)
    name = text[article.end() if article else a:end].strip()
    words = name.lower().split()
    if not ITEM_WORDS.fullmatch(name) or not words or (words[0] in cues.NOT_MEASURE_START and not name.split()[0].isupper()) \
            or words[0] in TIME_WORDS or words[0] in AGAINST_WORDS \
            or (len(words) == 1 and len(name) < 3 and not name.isupper()) \
            or any(w in CLAUSE_WORDS for w in name.split()) or name.lower() in NOT_ITEMS \
            or RATE_OF.sub("", name).lower() in NOT_A_MEASURE \
            or words[-1] in ENDS_NO_NAME:               # ("the incidence of serious adverse events"; "occurrence of")
        return None
    return name


def objects_joined(text: str, a: int, and_at: int) -> bool:
    """Does the "and" at ``and_at`` join the objects of an "of" after the end of the name that starts at ``a`` ("pupil
    size at time points after doses of A | and B"), not two items?

    >>> t = "pupil size at time points after doses of zetamine and betamine"
    >>> objects_joined(t, 0, t.index(" and ")), objects_joined("zeta during titration and beta", 0, 21)
    (True, False)
    """
    cut = WORD_CUT.search(text, a, and_at)
    return cut is not None and " of " in text[cut.start():and_at]


# the words no name ends on: a preposition or a conjunction whose object the next item gives ("the occurrence of | and
# deaths from X"), or the plural of a family of measures ("patient-reported | outcomes")
ENDS_NO_NAME = frozenset("of from in to for with and or by on at outcomes measures endpoints".split())
# an item of one word
SINGLE_WORD = re.compile(r"\s*+[A-Za-z][\w-]*+\s*+")


def of_objects(text: str, items: list[tuple[int, int]], found: list[Mention]) -> bool:
    """Are the items after the first the first's objects, not measures ("analyses of calcium, magnesium and zeta
    levels": a first item "X of Y", then a single word no list knows)?

    >>> t = "analyses of calcium, magnesium and zeta levels"
    >>> of_objects(t, [(0, 19), (21, 30), (35, 46)], []), of_objects("rate of relapse, zeta score", [(0, 15), (17, 27)], [])
    (True, False)
    """
    (a, b), (c, d) = items[:2]
    return " of " in text[a:b] and SINGLE_WORD.fullmatch(text, c, d) is not None \
        and not any(f.start < d and c < f.end for f in found)


# a quantity that a sentence says changed, arm by arm: "At 12 weeks, zeta voids decreased by a mean of 2.3 per day for
# XY-123 vs 1.1 for placebo" (the subject before the verb, after an opening timepoint)
