"""The named shapes writers give endpoints, each a function from a sentence and the measures found so far to more:
"the proportion of patients who <...>", "(percent) change from baseline in <measure>", a result line ("ORR: 42%"),
and the phrase helpers the other shape modules share (where a noun phrase ends, how a measure is written, the measure
a span holds). Shapes named by an event (:mod:`kg.text.event_shapes`), by an instrument (:mod:`kg.text.scale_shapes`)
and by an endpoint's state (:mod:`kg.text.endpoint_shapes`) have modules of their own;
:func:`kg.text.measures.find_measures` calls them all in turn.
"""

from __future__ import annotations

import re

from kg.model import Mention
from kg.text import cues
from kg.text.clauses import GENUS_INITIAL
from kg.text import prefilter as rx
from kg.text.measure_list import KIND, SOURCE, is_short_form, mention

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

PROPORTION = rx.compile(r"(?=[nps])\b(?:(?:proportion|percentage|percent|number|share) of (?:the )?(?:patients|participants|subjects|"
                        r"people|children|adults|infants|individuals|women|men|responders) (?:(?:who|that) (?:had |have |were |are |"
                        r"experienced |developed )?|"
                        r"with |achieving |reaching |having |experiencing |free of |free from |without )"
                        # (or without the people, as lists write it: "proportion achieving target X")
                        r"|(?:proportion|percentage|share) (?:achieving|reaching|experiencing) )", re.I)
# the nouns of a change in a quantity
CHANGE_NOUNS = r"change|reduction|improvement|decrease|increase|decline|worsening"
CHANGE = rx.compile(r"\b(?:(?:percent(?:age)?|%)\s)?(?:(?:mean|least[- ]squares mean|LS mean|average|absolute|relative)\s)?"
                    rf"(?P<noun>changes(?=\sfrom\sbaseline)|{CHANGE_NOUNS})"
                    r"(?:\sfrom\sbaseline)?(?:\s(?:to|at)\s(?:(?:week|month|day|year)\s\d{1,3}|(?:the\s)?(?:final|last)\s"
                    r"visit|(?:the\s)?end\sof\s(?:treatment|the\sstudy|study|therapy)))?\s(?:in|on|of)\s"
                    r"(?:the\s)?(?:(?:total\s)?score\s(?:of|on)\s(?:the\s)?)?", re.I)
# an endpoint named by its role: "the risk of any event counted toward | the primary outcome" (that endpoint's, named
# before: the phrase is no measure of its own)
ROLE_ENDPOINT = re.compile(r"\bthe\s(?:primary|secondary|main|key)\s(?:[a-z]{3,12}\s)?(?:end\s?points?|outcomes?)\b", re.I)
# the words around a listed measure's name inside a changed quantity's phrase that leave it that measure: "in | daily
# | ZP | levels"
LISTED_INSIDE = re.compile(r"(?:(?:daily|mean|average|serum|plasma|blood|circulating)\s)?\|(?:\s(?:levels?|values?|concentrations?))?")
# what makes a capitalised name ending on an instrument word a regulator's word: "a Special Zeta Assessment | agreement"
AGREEMENT_AFTER = re.compile(r"\)?\s?(?:\([A-Z]{2,6}\)\s)?(?:agreement|designation|letter|procedure|process)\b", re.I)
ABBREVIATION_AFTER = rx.compile(r"\s?\((?P<short>[A-Za-z0-9][\w-]{1,11})[);,]")

# the words a measure's name and the people it counts share with any other measure's: "the proportion of | patients
# with ...", "the time to ..." (each reader adds its own)
FILLER_WORDS = frozenset("the a an of in to for with patients participants subjects".split())
# the relative words that open a clause, never part of a measure's name ("patients | whose zeta severity improved")
RELATIVE = frozenset("which that who whom whose".split())
# words that end a measure phrase: verbs, auxiliaries and the prepositions that bring a timepoint or an arm
STOP = RELATIVE | frozenset("""was were is are be been being had has have did does do will would can could may might must
    at from between by versus vs vs. compared among in on with during after before over through within than
    when where while as per not but also both either respectively favored favoured regardless irrespective
    occurred reached achieved showed met remained increased decreased fell rose improved declined lowered reduced
    appeared demonstrated defined assessed measured analysed analyzed tested evaluated using and/or
    """.split())
CONNECTORS = frozenset("of or and for to the a an".split())
THRESHOLD_WORDS = frozenset("greater higher more less lower fewer".split())
ARTICLES = ("the ", "a ", "an ")
ARTICLES_WORDS = frozenset(("the", "a", "an"))
EVENT_WORD = rx.compile(r"(?=[adefhimrstuw])(?:tion|sion|ment|ence|ance|ity|sis|ure|ing|death|relapse|event|events|stroke|attack|"
                        r"recurrence|response|remission|symptoms?|exacerbation|infarction|hospitali[sz]ation|"
                        r"failure|discontinuation|walking|rescue|worsening)$", re.I)
# clinical nouns ending as gerunds do, which may open a measure's name ("bleeding events", "wound healing")
ING_NOUNS = frozenset("""bleeding swelling functioning walking hearing wheezing vomiting healing breathing sleeping operating
    waiting dosing eating drinking smoking standing itching scarring""".split())    # ("operating time")
WORD = re.compile(r"[\w'’/+-]+")
SEVERITY = frozenset("mild moderate severe".split())
NUMBERISH = re.compile(r"[\d.,%/+-]+|(?:one|two|three|four|five|six|seven|eight|nine|ten)", re.I)


def phrase_end(text: str, pos: int, max_words: int = 8) -> int:
    """Where a noun phrase that starts at ``pos`` ends: before a stop word, a number or punctuation.

    >>> t = "time to first relapse was 12 months"
    >>> t[8:phrase_end(t, 8)]
    'first relapse'
    >>> t = "cases of zeta enzymes greater than twice normal"
    >>> t[9:phrase_end(t, 9)]
    'zeta enzymes'
    >>> t = "in the daily mean of the 12-hour zeta score at week 8"     # (words such as "of the" are not counted)
    >>> t[7:phrase_end(t, 7, 5)]
    'daily mean of the 12-hour zeta score'
    """
    end = last = pos
    content = 0
    words = list(WORD.finditer(text, pos, min(len(text), pos + 200)))
    skip = pos
    for k, m in enumerate(words):
        if m.start() < skip:
            continue                            # (a short form in brackets, defined for the words before)
        if k and (short := SHORT_FORM_GAP.match(text, end)) and m.start() < short.end():
            skip = short.end()                  # ("zeta (ZV) death": the phrase goes on after the bracket)
            if m.start() < skip:
                continue
        if text[end:m.start()].strip() and not (k and GENUS_INITIAL.match(text, words[k - 1].start())) \
                and not (skip > pos and not text[skip:m.start()].strip()):
            break                               # punctuation between two words ends the phrase (not a genus's dot:
            #                                     "rate of Z. zetae infection")
        w = m.group(0)
        lw = w.lower()
        if lw in STOP or NUMBERISH.fullmatch(w):
            break
        nxt = words[k + 1].group(0).lower() if k + 1 < len(words) else ""
        if lw == "to" and k and words[k - 1].group(0).lower() in SEVERITY and nxt in SEVERITY:
            max_words += 3                      # "moderate to severe": no words of the name's own to count
        if lw in ("and", "or") and nxt in ARTICLES_WORDS:
            break                               # "the X level | and an adjudicated Y": a second phrase
        if nxt == "than" and lw in THRESHOLD_WORDS:
            break                               # "zeta enzymes | greater than twice normal": a threshold
        if lw.endswith("ed") and (nxt in STOP or nxt in ("to", "the", "a", "an") or NUMBERISH.fullmatch(nxt) or not nxt):
            break
        end = m.end()
        if lw not in CONNECTORS:
            last = end
            content += 1
        if content >= max_words:     # (connectors are not counted: "daily mean of the 12-hour peak zeta itch score")
            break
    return last


# a capitalised word after the first: the first opens a name in title case ("Zeta Society of Pain-20"), kept as written
TITLE_CASE_NEXT = re.compile(r"[A-Z][a-z]")


# one arm's superiority over another, before the measure it is shown in: "superiority of A over B in | X"
ARMS_COMPARED = (r"(?:statistical\s+)?(?:superiority|non-?inferiority)\s+of\s+[\w-]{1,30}(?:\s[\w-]{1,30}){0,3}?\s+"
                 r"(?:over|to|versus|vs\.?|compared\s+(?:with|to))\s+[\w-]{1,30}(?:\s[\w-]{1,30}){0,3}?\s+(?:in|on|for)\s+")
ARMS_COMPARED_LEAD = re.compile(ARMS_COMPARED, re.I)


# how a result compared, before the measure's name: "a statistically lower | monthly attack rate" (only with its
# adverb, or before a count's noun: "lower back pain" is a name)
COMPARED_LEAD = re.compile(r"(?:statistically|significantly|numerically|clinically)\s+(?:significant(?:ly)?\s+)?"
                           r"(?:lower|higher|greater|fewer|better|superior|reduced|improved|increased)\s+"
                           # (or bare before a count's noun: "a lower | incidence of zeta bleeding")
                           r"|(?:lower|higher|greater|reduced|increased)\s+(?=(?:incidence|rates?|risk|proportion|number)\s+of\s)"
                           # (or before a named rate or score: "a higher | ZRS50 response rate")
                           r"|(?:lower|higher|greater)\s+(?=[A-Z][\w-]{1,15}(?:\s[\w-]{1,15})?\s(?:rates?|scores?)\b)"
                           r"|(?:shorter|longer)\s+(?=(?:duration|time)\s+(?:of|to)\s)"     # ("a shorter | duration of X")
                           # (or the test made of it, or its taking: "(statistical) superiority in reduction of | X",
                           # "noninferiority of | X", "assessment of | X")
                           # (or of one arm over another: "superiority of A over B in | X")
                           rf"|{ARMS_COMPARED}"
                           r"|(?:(?:statistical\s+)?(?:superiority|non-?inferiority)\s+(?:of|in|on)\s+(?:(?:the\s+)?(?:reduction|change|"
                           r"improvement)\s+(?:of|in)\s+)?|(?:assessment|evaluation|measurement)\s+of\s+"
                           # (or who reported it: "patient-reported measures of | X")
                           r"|(?:patient|clinician|self|parent|observer)-reported\s+(?:measures|assessments|outcomes)\s+of\s+)(?:the\s+)?",
                           re.I)


# a short form in brackets defined for the words before it, inside a phrase: "cardiovascular | (CV) | death"
# (not before a scale's own words: "Zeta Rating Scale (ZRS) | total score" names the scale)
SHORT_FORM_GAP = re.compile(r"\s?\(\s?[A-Z][A-Za-z0-9-]{0,9}\s?\)\s(?!(?:total|score|scores|scale|subscale|sum|mean)\b)")


# who found a result, and the verb they found it with, before the result's measure: "researchers found that | ..."
REPORTED_LEAD = re.compile(r"(?:(?:the\s)?(?:researchers|investigators|authors|team|study|trial|analysis|data|results|we|"
                           r"they)\s(?:also\s)?)?(?:found|showed|reported|observed|noted|demonstrated|revealed|saw)\s"
                           r"(?:that\s)?", re.I)


def written(phrase: str, first_word: bool = True) -> str:
    """A phrase as a label: no leading article; a sentence's capitalised first word (not a short form, not the start
    of a name in title case) in lower case. (The words inside stay as written, "the absence of their worst symptom"
    too: a reader looks a measure up by the words the text uses.)

    >>> written("The Zeta Society of Pain-20"), written("Complete healing"), written("a statistically lower zeta rate")
    ('Zeta Society of Pain-20', 'complete healing', 'zeta rate')
    >>> written("a lower incidence of zeta bleeding"), written("lower back pain")
    ('incidence of zeta bleeding', 'lower back pain')
    >>> written("statistical superiority in reduction of the zeta rate"), written("assessment of zeta activity")
    ('zeta rate', 'zeta activity')
    >>> written("shorter duration of zeta fever"), written("higher ZRS50 response rate"), written("lower GI bleeding")
    ('duration of zeta fever', 'ZRS50 response rate', 'lower GI bleeding')
    >>> written("researchers found that zeta bleeding")
    'zeta bleeding'
    """
    for a in ARTICLES:
        if phrase.lower().startswith(a):
            phrase = phrase[len(a):]
    phrase = phrase[lead.end():] if (lead := COMPARED_LEAD.match(phrase)) and lead.end() < len(phrase) else phrase
    phrase = phrase[said.end():] if (said := REPORTED_LEAD.match(phrase)) and said.end() < len(phrase) else phrase
    first, _, rest = phrase.partition(" ")
    if first_word and first[:1].isupper() and first[1:] == first[1:].lower() and not TITLE_CASE_NEXT.match(rest):
        phrase = phrase[:1].lower() + phrase[1:]
    return phrase


def inner(found: list[Mention], start: int, end: int) -> Mention | None:
    """The first listed or named measure inside ``[start, end)``."""
    return next((m for m in sorted(found, key=lambda m: (m.start, -m.end)) if start <= m.start and m.end <= end + 40
                 and m.start < end), None)


# a cut-off on a scale that makes its responders: "(a ZALT) score of 20 or less", "score ≤ 20", "total score below 10"
# (its percent sign kept: "HbA1c | <7%")
SCALE_CUTOFF = rx.compile(r"(?<!\s)(?:\s(?:total\s)?score)?\s(?:(?:of\s)?\d{1,3}(?:\.\d)?\s(?:or\s(?:less|lower|fewer|below|more|greater|higher|above))\b"
                          r"|(?:of\s)?(?:≤|<=|≥|>=|<|>)\s?\d{1,3}(?:\.\d)?%?|(?:below|under|above|over)\s\d{1,3}(?:\.\d)?(?:%|\b))")


# the bound a quantity's level is held to, after its name: "(serum zetate) | levels above ...", "| within the normal
# range", "| below 6 mg/dL"; or the word for a goal before it: "| target | serum zetate"
LEVEL_BOUND_AFTER = re.compile(r"(?:\s(?:levels?|concentrations?|values?))?\s(?:above|below|under|over|within|less\sthan|"
                               r"greater\sthan|in\sthe\s(?:target|normal)\b|[<>≤≥])")
TARGET_BEFORE = re.compile(r"\b(?:target|normal|goal)\s", re.I)


def proportion(text: str, found: list[Mention]) -> list[Mention]:
    """ "the proportion of patients who achieved X" (a cut-off on a scale kept in the label: "... a ZALT score of 20 or
    less").

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("The proportion of patients achieving a MADRS score of 10 or less was 38.5%.")]
    ['MADRS score of 10 or less']
    >>> [m.label for m in find_measures("The share of patients with zeta remission was 34% with XY-1 and 11% with AB-2.")]
    ['zeta remission']
    """
    out = []
    for hit in PROPORTION.finditer(text):
        if GIVEN_AFTER.match(text, hit.end()):
            continue                   # ("a larger share of adults who took XY 20 mg ... reached X": who
            #                            the arm is, not what it reached)
        if died := DIED.match(text, hit.end()):     # ("... who died from zeta causes": death from zeta causes)
            cause = phrase_end(text, died.end()) if died.group("from") else died.end()
            if cause > died.start():
                out.append(mention(text, hit.start(), cause, f"death {died.group('from') or ''}{text[died.end():cause]}".strip()))
            continue
        end = phrase_end(text, hit.end())
        if end <= hit.end():
            continue
        known = inner(found, hit.end(), end)
        cutoff = SCALE_CUTOFF.match(text, known.end) if known else None
        if cutoff:                     # "the proportion of patients achieving a ZALT score of 10 or less"
            out.append(mention(text, hit.start(), cutoff.end(), text[known.start:cutoff.end()]))
        elif known and (LEVEL_BOUND_AFTER.match(text, known.end) or TARGET_BEFORE.search(text, hit.end(), known.start)):
            # ("... achieving serum zetate levels above the lower limit", "... achieving target serum zetate": a
            # responder endpoint, as written, not the quantity)
            out.append(mention(text, hit.start(), end, written(text[hit.start():end])))
        elif known:                    # "the proportion of patients who achieved ACR20": ACR20
            out.append(mention(text, hit.start(), max(end, known.end), known.label))
        elif cues.ENDPOINT_WORD.search(text):   # else only where the sentence makes it an endpoint (named by what
            #                                     they achieved: "more of the patients achieving ZRR": ZRR)
            noun = hit.group().lower().endswith(("achieving ", "reaching ", "with ", "having ", "experiencing "))
            out.append(mention(text, hit.start(), end, written(text[hit.end() if noun else hit.start():end], first_word=not noun)))
        elif (VALUE_AFTER.match(text, end) or COMPARED_PREDICATE.match(text, end)) and per_arm_after(text, end):
            # or gives it per arm: "The percentage of patients having zeta remission was 34% with XY and 11% with AB",
            # "the proportion of patients who had a flare was lower with XY vs. placebo (11% vs. 30%)"
            out.append(mention(text, hit.start(), end, written(text[hit.end():end], first_word=False)))
    return out


# the people of a proportion who died, and what of: "... who | died from | zeta causes"
DIED = re.compile(r"died\b(?:\s(?P<from>(?:from|of|due\sto)\s)(?=[a-z]))?")


# what the people of a proportion were given, which names their arm: "the share of adults who | took XY"
GIVEN_AFTER = re.compile(r"(?:received|receiving|took|taking|given|treated|randomi[sz]ed|assigned|allocated)\s", re.I)


# the arm a change is given for, set against another right after: "... | for XY-1 | compared to placebo"
ARM_SET_AGAINST = re.compile(r"\s(?:for|with|on)\s[^\s,;()]{2,30}(?=\s(?:[Cc]ompared|[Vv]ersus|[Vv]s\.?)\s)")
# the number a changed quantity is given right after its name: "... | was -4.2", "... | (-4.2 vs", "... | by 3.1",
# "... | than placebo (-4.2 vs" (not "of", which may open a threshold: "an increase in X of 0.5 or more")
NUMBER_AFTER = re.compile(r"(?:\s(?:was|were|by)|(?:\s(?:than|versus|vs\.?|compared\s(?:with|to))\s(?:the\s)?[\w-]{2,30}"
                          r"(?:\s(?:group|arm))?)?\s?\(|:)\s?(?:about\s|approximately\s)?[-–−+]?\d")
# words that point back to what was named before: a phrase ending on one names no quantity of its own ("the change in
# this", "measures of these")
REFERRING = frozenset("it its they them this these those both either each all".split())
# what a change is "in" that names no quantity (nor a word pointing back)
CHANGED_NOTHING = frozenset("condition status health symptoms disease state treatment therapy".split()) | REFERRING


# a measure's short form in brackets, then "and" and another capitalised name: "Zeta Daily Living (ZDL) | and | Zeta
# Composite": two measures, each named in full
DEFINED_THEN_ANOTHER = re.compile(r"\s\([A-Z][\w-]{1,10}\)\s(?:and|or)\s(?=[A-Z])")


def change(text: str, found: list[Mention]) -> list[Mention]:
    """ "(percent) change from baseline in X": X's name; a change in percent is X's change, as readers file it.

    >>> [m.label for m in change("Endpoints were change from baseline in Zeta Living (ZL) and Zeta Composite (ZC) scores.", [])]
    ['Zeta Composite', 'Zeta Living']
    """
    out = []
    for hit in CHANGE.finditer(text):
        known = next((m for m in found if m.start == hit.end()), None)
        if known and hit.group("noun").lower() not in ("change", "changes"):
            continue                   # (a known measure after "a decline in" stays itself: the word signs its numbers)
        end = known.end if known else phrase_end(text, hit.end(), 7)
        if end <= hit.end():
            continue
        arm = None if known else ARM_SET_AGAINST.search(text, hit.end(), end + 12)
        if arm is not None and arm.end() == end:
            end = arm.start()            # ("Change in ZQ Total Score | for XY-1 | Compared to Placebo": the arm's)
        cut = None if known else next((m for m in found if hit.end() < m.start < end < m.end), None)
        end = cut.end if cut else end        # X's words run into a listed name: "in trough zeta volume in 1 s (ZV1)"
        # (a listed name with a word of when or where before it and "levels" after: "in daily ZP levels" is ZP's)
        known = known or next((m for m in found if hit.end() < m.start and m.end <= end
                               and LISTED_INSIDE.fullmatch(text[hit.end():m.start] + "|" + text[m.end:end])), None)
        pair = None if known else DEFINED_THEN_ANOTHER.search(text, hit.end(), end)
        if pair is not None:           # "in Zeta Daily Living (ZDL) and Zeta Composite scores": two measures
            out.append(mention(text, pair.end(), end, written(text[pair.end():end], first_word=False)))
            end = pair.start()
        name = known.label if known else written(text[hit.end():end], first_word=False)
        if not known and hit.start() > 0 and not cues.ENDPOINT_WORD.search(text) and not NUMBER_AFTER.match(text, end):
            continue                   # an unknown X only in an endpoint's title, where the sentence names endpoints,
            #                            or where numbers follow it ("a greater reduction in X (-4.2 vs -1.1)")
        if not known and (name.lower() in CHANGED_NOTHING or name.lower() in GENERIC_RESULT_WORDS or ROLE_ENDPOINT.search(name)
                          or re.fullmatch(rf"{cues.PEOPLE}|animals|rats|mice", name.lower().rsplit(" ", 1)[-1])):
            continue                   # ("change in condition": how a patient is, rated, not a quantity named; nor who;
            #                            nor "the score": the one named before)
        # (the quantity alone after a word of direction, which stays outside to sign its numbers: "a reduction in | X")
        out.append(mention(text, hit.start() if hit.group("noun").lower() in ("change", "changes") else hit.end(), end, name))
    return out


# a results line: "Death: 10% versus 18%", "Kidney composite: 6.6% vs. 11.3% (HR ...)" (the name, an optional
# parenthesis and timepoint, a colon, then a value compared or an effect)
RESULT_LINE = rx.compile(r"^(?P<x>[A-Za-z][\w'’ /-]{1,60}?)(?:\s\([^()]{1,30}\))?(?:\s(?:at|by|after|over|through)\s[\w ]{1,20})?:\s{1,3}"
                         r"(?:(?:median|mean)\s)?(?:[-−]?\d[\d.,]{0,12}\s?(?:%|percent|months?|weeks?|days?|years?|points?)?"
                         r"\s(?:vs\.?|versus|with|in|compared|on|and)\b|(?:hazard|odds|rate) ratio|HR\b|OR\b|RR\b"
                         # (or each arm's name and value in turn: "X: XY-123 45%, placebo 20%", "X: XY-123, 45%; placebo, 20%")
                         r"|(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\b)[A-Za-z][\w+/-]{1,30}(?:\s[\w+/.-]{1,20}){0,2},?"
                         r"\s[-−]?\d[\d.,]{0,12}\s?(?:%|percent|months?|weeks?|"
                         r"days?|years?|points?)?\s?[,;]\s{1,3}[A-Za-z])")
# the headings of a structured abstract, which open lines as a result's name does
HEADING_WORDS = frozenset("background methods method objective objectives aim aims conclusion conclusions design setting "
                          "participants interventions introduction purpose findings interpretation funding received "
                          "accepted published revised citation keywords correspondence copyright".split())
# one word (or a pronoun) for results in general, a change or a part of the trial: a sentence's subject or a result
# verb's object that names no measure ("The difference was 4 points in A", "demonstrated significant | improvement |")
GENERIC_RESULT_WORDS = frozenset("""it they this these those there both all each either neither none result results data
    finding findings difference differences effect effects benefit benefits outcome outcomes endpoint endpoints value
    values number numbers rate rates proportion proportions percentage percentages score scores level levels change
    changes ratio ratios estimate estimates figure figures measure measures response responses efficacy safety
    tolerability treatment therapy analysis analyses study trial group arm improvement improvements reduction reductions
    superiority decrease increase mean means median medians""".split()) | {"end points", "end point", "rate ratio", "rate ratios"}
NOT_A_MEASURE = frozenset("""safety efficacy results result follow-up age enrollment enrolment population participants
    patients dose doses dosing design sponsor duration numbers design phase sample size randomization randomisation
    subgroup subgroups all patients overall tolerability adverse events""".split()) | {
    "median follow-up", "all patients", "adverse events", "serious adverse events", "sample size"}


# an item of a bracket that gives several measures' pairs, each labelled before a comma: "(| zeta index |, -1.2 vs. -0.4,
# p<0.01; | beta level |, -3.7 ± 0.4% vs. -1.6 ± 0.3%, p<0.02)"
LABELLED_PAIR = rx.compile(r"(?:\(|;\s)(?P<x>[A-Za-z][\w'’/-]*+(?:\s[A-Za-z][\w'’/-]*+){0,5}),\s(?=[-−–]?\d[\d.]*+"
                           r"(?:\s?(?:±|\+/-)\s?[\d.]++)?\s?%?\s?(?:[a-zA-Z/]{1,8}\s)?(?:vs\.?|versus)\s[-−–]?\d)")


def labelled_pairs(text: str, found: list[Mention]) -> list[Mention]:
    """The measures a bracket labels, each before its arms' pair ("(zeta index, -1.2 vs. -0.4, p<0.01; beta level, ...)"),
    outside the measures ``found``.

    >>> [m.label for m in labelled_pairs("XY gave larger falls (zeta index, -1.2 vs. -0.4, p<0.01; beta level, -3.7 "
    ...                                  "+/- 0.4% vs. -1.6 +/- 0.3%, p<0.02).", [])]
    ['zeta index', 'beta level']
    """
    out = []
    for hit in LABELLED_PAIR.finditer(text):
        a, b = hit.span("x")
        if hit.group("x").lower() in NOT_A_MEASURE or any(f.start < b and a < f.end for f in found):
            continue
        out.append(mention(text, a, b, written(hit.group("x"))))
    return out


# a verb that makes the words before a colon a clause, not a label
CLAUSE_VERB = re.compile(r"\b(?:was|were|is|are|seems?|seemed|appears?|appeared|has|have|had)\b", re.I)


# the label of a results line that names an arm or a dose, not a measure: "Standard dose:", "Placebo group:"
ARM_LINE_LABEL = re.compile(r"(?:\b(?:doses?|arms?|groups?|cohorts?)|\bplacebo|\bcontrol)$", re.I)


def result_line(text: str, found: list[Mention]) -> list[Mention]:
    """The label of a results line (:data:`RESULT_LINE`), not a clause that ends in a colon.

    >>> [m.label for m in result_line("Zeta relapse: 10% versus 18%", [])]
    ['zeta relapse']
    >>> result_line("Acme was right: by month 18, it met its goal.", [])
    []
    >>> result_line("Higher dose: RR 0.88 (95% CI 0.61-1.26)", [])
    []
    """
    hit = RESULT_LINE.match(text)
    if not hit or hit.group("x").lower() in NOT_A_MEASURE or any(w in NOT_A_MEASURE for w in hit.group("x").lower().split()[:1]) \
            or hit.group("x").lower().strip() in HEADING_WORDS:
        return []
    x = hit.group("x").strip()
    if len(x.split()) > 8 or is_short_form(x) or any(m.start == 0 and m.end >= len(x) for m in found):
        return []                      # a short form is the document's to define; a listed name keeps its label
    if CLAUSE_VERB.search(x):
        return []                      # (a clause before its colon, no line's label: "Acme was right: by month 18, ...")
    if ARM_LINE_LABEL.search(x):
        return []                      # (a line of one arm's numbers: "Higher dose: RR 0.88 (...)")
    # the span takes the colon: the line's label, which a lexicon name of the same words ("Death") does not outrun
    return [Mention(text[:len(x) + 1], 0, len(x) + 1, KIND, written(x), (), SOURCE)] if text[len(x)] == ":" else \
        [mention(text, 0, len(x), written(x))]


# a result set against another arm's in the same sentence
AGAINST_ARM = rx.compile(r"(?=[cvpt])\b(?:compared|versus|vs\.?|v\.?|than|placebo)(?!\w)", re.I)
# the verb that gives a quantity its number: "... | was 30%"
VALUE_AFTER = re.compile(r"\s(?:was|were)\s(?:(?:about|approximately)\s)?[-–]?\d")
# the words that compare one arm's value with another's
COMPARATIVE = (r"(?:(?:more|less)\s(?:common|frequent|prevalent)|lower|higher|greater|larger|smaller|longer|shorter|less|more|"
               r"fewer)")         # (how often: "X was more common in the XY group (30% vs 12%)")
# the adverbs between a result's verb and its comparative: "was | also significantly | longer"
DEGREE = r"(?:(?:not|also|significantly|markedly|numerically|slightly|statistically)\s){0,3}"
# the words that say one arm's value was like another's: "similar", "comparable", "not significantly different"
LIKENESS = r"(?:similar|comparable|not\s(?:(?:significantly|statistically)\s)?different)"
# the predicate of a subject set against another arm: "... | was significantly greater in", "... | were similar in",
# "... | occurred more often in"
COMPARED_PREDICATE = re.compile(r"(?:\s(?:with|in|among|for)\s[^.;()]{1,40}?\s\([^()]{1,40}\))?"
                                r"(?:\s(?:was|were)\s(?:" + DEGREE + COMPARATIVE + r"\s|(?:also\s)?" + LIKENESS
                                + r"\s(?:in|with|among|for|between|across)\s)"
                                # (or an event's: "... | occurred less often | in ...")
                                r"|\s(?:occurred|developed|recurred)\s" + DEGREE + r"(?:less|more)\s(?:often|frequently|commonly)\s)")
# the arms a sentence gives numbers for after a quantity: "... in the XY group and ... in the placebo group", "... with
# XY and ... with AB", or one set against the other ("versus", "compared with")
TWO_GROUPS = re.compile(r"\b(?:[Gg]roup|arm)s?\b")
# two numbers, each with its arm's label in brackets after it: "18.5% (Early) and 24.0% (Late)"
ARMS_BRACKETED = re.compile(r"\d%?\s?\([A-Za-z][\w+/ -]{0,30}\)\s(?:and|vs\.?|versus)\s[-–]?\d[\d.]*+%?\s?\([A-Za-z]")
# the people of an arm named by what they were given: "23 (23%) of XY-treated patients and 35 (36%) of AB-treated ..."
TREATED_ARM = re.compile(r"-treated\b|\b(?:treated\swith|receiving)\s")


def per_arm_after(text: str, end: int) -> bool:
    """Does ``text`` after ``end`` give numbers for two arms ("in the XY group and ... in the placebo group")?

    >>> per_arm_after("was 3 in the XY group and 5 in the placebo group", 0), per_arm_after("was 3 in June", 0)
    (True, False)
    >>> per_arm_after("were 18.5% (Early) and 24.0% (Late) per patient", 0)
    True
    >>> per_arm_after("were seen in 23 (23%) XY-treated and 35 (36%) AB-treated adults", 0)
    True
    """
    return bool(AGAINST_ARM.search(text, end)) or len(TWO_GROUPS.findall(text, end)) >= 2 or \
        bool(ARMS_BRACKETED.search(text, end)) or text.find("respectively", end) >= 0 or \
        (text.count(" with ", end) >= 2 and text.find(" and ", end) >= 0) or \
        (text.count(" for ", end) >= 2 and text.find(" and ", end) >= 0) or \
        len(TREATED_ARM.findall(text, end)) >= 2          # "6% for XY and 7% for AB", "of XY-treated ... AB-treated"


