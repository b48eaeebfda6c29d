"""The roles a sentence gives outcomes, and the measures a role phrase names or lists itself.

"The primary endpoint was X", "Secondary outcomes were A, B and C", "met the primary endpoint of demonstrating a
difference in X": which measure each role goes to (:func:`assign_roles`), and the measure a role phrase defines
where no list or shape knows it (:func:`defined_measure`, :func:`defined_list`). Used by
:mod:`kg.extractors.outcomes`, which reads the rest of each outcome frame.

>>> role_name(R.ROLE.search("The key secondary endpoint was X."))
'secondary'
"""

from __future__ import annotations

import re

from kg.model import Mention
from kg.text import cues
from kg.text import effects as E, results as R
from kg.text.measure_list import acronym_of, is_short_form
from kg.text.measure_shapes import COMPARED_LEAD, FILLER_WORDS, ING_NOUNS, REFERRING, written
from kg.text.measures import NAMED_AS_LEAD
from kg.text.event_shapes import OCCURRENCE_LEAD
from kg.text.role_lists import ITEM_ARTICLE
from kg.text.respective_estimates import ITEM_JOIN


ROLE_NAMES = {"primary": "primary", "main": "primary", "major": "primary", "co-primary": "primary", "coprimary": "primary",
              "secondary": "secondary", "key secondary": "secondary", "main secondary": "secondary",
              "exploratory": "exploratory", "additional": "secondary", "other": None}   # (measures without a role)


# what a role says the trial set out to show before naming the measure: "the primary endpoint of | demonstrating a
# significant difference in | the rates of X", "the primary endpoint of | non-inferiority on | X"
SHOWING_CHANGE = re.compile(r"(?:(?:demonstrating|showing|achieving|establishing)\s+(?:an?\s+)?(?:(?:statistically|clinically)\s+)?"
                            r"(?:significant\s+|meaningful\s+)?(?:difference|reduction|improvement|decrease|increase|change)s?\s+"
                            r"(?:in|of)|(?:(?:demonstrating|showing|establishing)\s+)?(?:statistical\s+)?"
                            r"(?:non-?inferiority|superiority|equivalence)(?:\s(?:to|versus|vs\.?|over)\s(?:the\s)?[\w-]{2,30})?"
                            r"\s+(?:for|in|on|of))\s+(?:the\s+)?", re.I)     # (or what it was compared to: "... to placebo in")


# a met role followed by what the trial showed: "met its secondary endpoint, | demonstrating a significant difference
# in X between ..."
SHOWN_AFTER = re.compile(r",\s(?=(?:demonstrating|showing|achieving)\s)")
# a change of a measure set after the role between commas: "met its primary endpoint, | a reduction in X at 9 months",
# "met the primary endpoint, | reducing X at week 12" (the measure is X, what the drug changed)
APPOSED_CHANGE = re.compile(rf",\s(?:(?:an?\s(?:(?:statistically\s|clinically\s)?(?:significant|meaningful)\s|mean\s)?"
                            rf"(?:{E.FALLING_NOUN}|{E.RISING_NOUN})|(?:{E.CHANGING}))\s(?:(?:from\sbaseline\s)?in\s)?)(?:the\s)?", re.I)


# heads of a count of events, which an instrument only detects ("the incidence of X assessed with the Zeta Method"),
# unlike a score the instrument gives ("changes in quality of life assessed by the Zeta Questionnaire": its score)
EVENT_HEADS = frozenset("incidence rate proportion number occurrence risk".split())


# generic heads that name a quantity of what follows them ("the incidence of zeta episodes"), unlike "efficacy in ..."
QUANTITY_HEADS = frozenset("change difference rate proportion number time incidence".split())


# the other outcome of a binary endpoint named with it: "zeta success | or failure"
BINARY_PAIR = re.compile(r"(?<!\s)\s++or\s++(?:failure|non-?response|no\s++response)$", re.I)


# a defined name's short form, then the noun the name heads: "Zeta Society of Pain-20 | (ZSP-20) response"
SHORT_THEN_HEAD = re.compile(r"\s?\((?P<short>[A-Za-z][\w-]{1,14})\)\s(?P<head>response|remission|rate|score|success)\b",
                             re.I)


# the heads of a trial's description, never of a measure's name ("the main goal of | a late-stage study")
TRIAL_HEADS = frozenset("study studies trial trials program programme".split())


# participles that open a measure's name rather than say what a drug did: "annualized rate of X", "confirmed Y"
NAMING_PARTICIPLES = frozenset("""annualized annualised adjusted combined confirmed sustained corrected estimated
    measured predicted weighted standardized standardised normalized normalised modified validated observed verified
    documented""".split())


def defined_measures(ctx, i: int, text: str, roles: list[re.Match]) -> list[Mention]:
    """The measures a sentence's role phrases name when no known name or shape is found in it: those each role has as
    its verb's subject where there are several roles ("Main outcome measures: A and B were primary outcome measures; C
    was a secondary one"), else those the first role lists or names (:func:`defined_list`, :func:`defined_measure`)."""
    if len(roles) == 1:
        found = defined_list(ctx, i, text, roles[0]) or defined_measure(ctx, i, text, roles[0])
        return found if isinstance(found, list) else [found] if found else []
    out: list[Mention] = []             # (each role's own: "The primary endpoint was X, and secondary endpoints were Y
    for r in roles:                     # and Z", "A and B were primary outcome measures; C was a secondary one")
        found = subject_measures(ctx, i, text, r) or defined_list(ctx, i, text, r, roles) \
            or [x for x in (defined_after(ctx, i, text, r),) if x]
        out += [m for m in found if not any(m.start < x.end and x.start < m.end for x in out)]
    return sorted(out, key=lambda m: m.start)


def defined_measure(ctx, i: int, text: str, role: re.Match) -> Mention | None:
    """The measure a role phrase names when no known name or shape is found in the sentence: "The primary outcome was
    completion of screening", "Secondary outcomes included discharge from hospital within 28 days" (the phrase as
    written, up to a timepoint, a bracket or the clause's end; none that starts on a verdict, a verb or holds a number),
    else the phrase it has as its verb's subject ("Zeta pain was the primary endpoint in this trial")."""
    return defined_after(ctx, i, text, role) or next(iter(subject_measures(ctx, i, text, role)), None)


# a measure set between commas right after its role, before the verb that judges it: "The primary end point, | days to
# first zeta flare|, was met" (or the role's examples: "Key secondary endpoints, including | A and B|, were met")
ROLE_APPOSITION = re.compile(r",\s(?:including\s)?(?!(?:as|in|for|at|by|among|with|from|however|though|which|who)\s)"
                             r"(?P<x>[A-Za-z][^,;()]{2,80}?),\s(?=(?:was|were|is|are|did|showed|reached|achieved|met|"
                             r"demonstrated|failed|improved|favou?red)\b)", re.I)


def defined_after(ctx, i: int, text: str, role: re.Match) -> Mention | None:
    """The measure a role phrase names after it, or around it between commas or in brackets (see
    :func:`defined_measure`)."""
    apposed = ROLE_APPOSITION.match(text, role.end())
    if apposed:
        return phrase_measure(ctx, i, text, apposed.start("x"), apposed.end("x"))
    hit = R.ROLE_DEFINES.match(text, role.end()) or SHOWN_AFTER.match(text, role.end()) \
        or APPOSED_CHANGE.match(text, role.end())
    if hit is None:
        return apposed_measure(ctx, i, text, role) or bracketed_measure(ctx, i, text, role)
    hit = SHOWING_CHANGE.match(text, hit.end()) or hit     # "primary endpoint of demonstrating a difference in | X"
    if hit.re is SHOWN_AFTER:
        return None                                        # (", demonstrating" names a measure only with a change)
    hit = CHANGE_IN.match(text, hit.end()) or hit          # "primary end point of change in | X": X's change
    occurred = OCCURRENCE_LEAD.match(text, hit.end())     # "the primary outcome was the occurrence of | X" (where
    rest = occurred and R.DEFINED_PHRASE.match(text, occurred.end())     # X alone names a measure: not "any X")
    hit = occurred if rest and not names_no_measure(rest.group("x")) else hit
    hit = NAMED_AS_LEAD.match(text, hit.end()) or hit      # "... endpoint: another assessment called the | X"
    m = R.DEFINED_PHRASE.match(text, hit.end())
    if m is None or DRIVEN_BY.match(text, hit.end()):
        return None                             # ("the key endpoint was largely driven by X": what moved it)
    if " by " in m.group("x") and (by := DEFINED_BY.search(text, hit.end(), m.end("x"))) and by.end() < m.end("x"):
        hit = by                                # ("zeta shrinkage as defined by | the zeta volume change": what defines it)
    # (a window the event is counted in is part of its name, "discharge from hospital within 28 days"; a time it is
    # read at is the timepoint's only, "the annualized rate of X at 52 weeks")
    window = WINDOW.match(m.group("t") or "") and not TIME_OF_TREATMENT.match(text, m.end("t"))
    phrase = text[hit.end():m.end("t") if window else m.end("x")]
    words = m.group("x").lower().split()
    if names_no_measure(m.group("x")) and not named_event(ctx, i, hit.end(), m.end("x")):
        return None
    if role.group().lower().endswith("s") and "and" in words:
        return None                              # "Primary outcomes were A and B": several measures, not read as one
    start = ctx.sentences[i].start + hit.end()
    label = BINARY_PAIR.sub("", written(phrase))        # ("therapeutic success or failure": the success counted)
    head = None if m.group("t") else SHORT_THEN_HEAD.match(text, m.end("x"))
    if head and acronym_of(head.group("short"), phrase):
        phrase = text[hit.end():head.end()]     # "Zeta Society of Pain-20 (ZSP-20) response": the name's head follows
        label = f"{label} {head.group('head').lower()}"     # its short form
    return Mention(phrase, start, start + len(phrase), "measure", label, (), "measures")


# what a result was owed to, after a role's "was": "the key endpoint was | largely driven by | a fall in X"
DRIVEN_BY = re.compile(r"(?:(?:mainly|largely|mostly|primarily|chiefly|partly|entirely)\s)?(?:driven|explained|accounted\sfor|"
                       r"influenced|determined)\sby\b", re.I)
# what a role's phrase defines its measure by: "the primary endpoint of zeta atrophy | as defined by the | ..."
DEFINED_BY = re.compile(r"\s(?:as\s)?(?:defined|quantified|operationali[sz]ed)\sby\s(?:the\s|a\s)?")


# the measure in brackets right after its role, with the time it was read at: "results for the Primary Endpoint
# (| zeta reduction | at 12 and 26 weeks)"
ROLE_BRACKET = re.compile(r"\s?\((?P<x>(?!(?:week|weeks|month|months|day|days|year|years|see|ie|i\.e|eg|e\.g)\b)[a-z][\w'’/-]{0,30}"
                          r"(?:\s[a-z][\w'’/-]{0,30}){0,7}?)(?P<t>\s(?:at|after|over|through|by|to|from)\s[^()]{1,40})?\)")


def bracketed_measure(ctx, i: int, text: str, role: re.Match) -> Mention | None:
    """The measure a bracket right after a role phrase names ("the Primary Endpoint (zeta reduction at 12 weeks)"),
    checked as :func:`defined_measure` checks a phrase (:func:`names_no_measure`).

    >>> from kg.extractors.context import build_context
    >>> from kg.documents import parse_document
    >>> t = "Headline\\n\\nAcme gave results for the Primary Endpoint (zeta reduction at 12 weeks) of its trial."
    >>> ctx = build_context(parse_document(t, "t.txt"))
    >>> text = ctx.sentences[1].text
    >>> bracketed_measure(ctx, 1, text, R.ROLE.search(text)).label
    'zeta reduction'
    """
    m = ROLE_BRACKET.match(text, role.end())
    if m is None or names_no_measure(m.group("x")):
        return None
    inner = CHANGE_IN.match(text, m.start("x"))
    a = inner.end() if inner and inner.end() < m.end("x") else m.start("x")
    start = ctx.sentences[i].start + a
    return Mention(text[a:m.end("x")], start, start + m.end("x") - a, "measure", written(text[a:m.end("x")]), (), "measures")


# the change a role names in a measure, before the measure's name: "the primary end point of | change from baseline in |
# X" (the measure is X, its numbers changes)
CHANGE_IN = re.compile(rf"(?:the\s|a\s)?(?:{R.CHANGE_WORDS}|(?:mean\s)?(?:{E.FALLING_NOUN}|{E.RISING_NOUN}|difference)s?"
                       r"\s(?:from\sbaseline\s)?(?:in|of)\s"
                       # (or a verb of change: "the primary endpoint of (significantly) reducing | X")
                       rf"|(?:(?:significantly|statistically\ssignificantly)\s)?(?:{E.CHANGING})\s)"
                       r"(?:the\s)?", re.I)       # (or a noun of change: "a reduction in | X")


# a role set after the measure it names, between commas: "X, | the primary endpoint|, was ...", "X, the study's primary
# outcome measure, ..."
APPOSED_ROLE_BEFORE = re.compile(r",\s(?:one\sof\s)?(?:the|its|a|another)\s(?:(?:study|trial)['’]s\s)?"
                                 r"(?:pre-?specified\s|prespecified\s)?$", re.I)     # (", one of the prespecified | ...")
APPOSED_ROLE_AFTER = re.compile(r"(?:\s(?:measure|variable))?\s?(?:,|\.?$)")      # (or the sentence's end)
# where the measure's phrase before such a role starts: the sentence's start, a clause's or a preposition's
APPOSED_START = re.compile(r"(?:^|[;:(]\s*|,\s|\b(?:that|in|on|for|with|by|showed|demonstrated|reported|achieved|reached|"
                           r"attained)\s)")
# a bracket that closes the phrase before the role, an aside on its time: "X at week 6 | (end of dosing)|, the
# primary endpoint"
ASIDE_BEFORE_ROLE = re.compile(r"\s\([^()]{1,60}\)$")
# a time the measure was read at or over, at the end of its phrase: "| at week 12", "| during the last 4 weeks of
# treatment"
APPOSED_TIME = re.compile(r"\s(?:at|by|after|over|through|during|within|from)\s(?:the\s)?(?:(?:first|last|final)\s)?"
                          r"(?:study\s)?(?:\d|week|month|year|day)[^,;]{0,40}$", re.I)


# words that join generic ones into a phrase no more specific, or judge them: "safety and tolerability", "the efficacy and
# safety", "favorable safety"
GENERIC_JOINED = frozenset("and or the of its tolerability favorable favourable good acceptable excellent overall long-term".split())


def named_event(ctx, i: int, start: int, end: int) -> bool:
    """Is ``text[start:end]`` of sentence ``i`` one word that the lexicon names a disease or a sign ("The primary
    outcome was stroke")?"""
    lo, hi = ctx.sentences[i].start + start, ctx.sentences[i].start + end
    return any(m.start == lo and m.end == hi and " " not in m.text for m in ctx.of_kind(i, "disease", "phenotype"))


def names_no_measure(phrase: str) -> bool:
    """Is the phrase a role names no measure's name: a verb's gerund or participle (what the drug did: "separating from
    placebo on ...", "reducing joint disease activity"), a generic word ("its primary endpoint of efficacy in the
    treatment of X"), a clause, a lone word that is no short form, or a trial ("the main goal of a late-stage study")?

    >>> names_no_measure("reducing zeta activity"), names_no_measure("a late-stage study"), names_no_measure("zeta relapse")
    (True, True, False)
    >>> names_no_measure("safety and tolerability"), names_no_measure("the efficacy and safety")
    (True, True)
    >>> names_no_measure("statistical non-inferiority")
    True
    >>> names_no_measure("efficacy"), names_no_measure("death")
    (True, False)
    >>> names_no_measure("scores on these"), names_no_measure("scores on these scales")
    (True, False)
    """
    words = phrase.lower().split()
    named = is_title(phrase)        # (an instrument's name: "Summed Zeta Difference" is no verb's participle)
    return (not words or words[0].split("-")[0] in cues.NOT_MEASURE_START
            or (words[0].endswith("ed") and words[0] not in NAMING_PARTICIPLES and "-" not in words[0] and not named)
            or (words[0].endswith("ing") and words[0] not in ING_NOUNS and not named)
            or all(w in R.GENERIC_MEASURES or w in GENERIC_JOINED for w in words) or (words[0] in R.GENERIC_MEASURES and words[1:2] in (["in"], ["of"])
                                                        and words[0] not in QUANTITY_HEADS)
            or any(w in R.NOT_IN_MEASURE for w in words)
            or (len(words) == 1 and not is_short_form(phrase) and not cues.ONE_WORD_EVENT.fullmatch(words[0].strip(".,;")))
            or words[-1] in TRIAL_HEADS or words[-1] in REFERRING or VERDICT_NAMES.fullmatch(phrase) is not None)


def is_title(phrase: str) -> bool:
    """Is the phrase a name written in title case: two words or more, each longer word capitalised?

    >>> is_title("Summed Zeta Intensity Difference"), is_title("Reduced zeta scores"), is_title("Zeta")
    (True, False, False)
    """
    words = phrase.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words if len(w) > 3)


# what a role may say the trial showed, which names no measure: "the primary endpoint of (statistical) non-inferiority"
# (or what it is shown against: "a key secondary aim of superiority over XY-123", "non-inferiority to usual care")
VERDICT_NAMES = re.compile(r"(?:statistical\s|statistically\s\w+\s)?(?:non-?inferiority|superiority|equivalence)"
                           r"(?:\s(?:to|over|versus|vs\.?|against|relative\sto|compared\s(?:with|to))\s.*)?", re.I)


# words of a measure's name that do not tell which measure it is
NAME_FILLERS = FILLER_WORDS | frozenset("""on at from by and or its their proportion percentage rate number change baseline
    time week month day year score""".split())


def name_words(phrase: str) -> frozenset:
    """The words of a measure's name that tell which measure it is, lower case and singular."""
    words = (w.strip(".,;:()'’").lower() for w in phrase.split())
    return frozenset(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if w) - NAME_FILLERS


def unread_name(text: str, role: re.Match) -> frozenset:
    """The words of the name a role phrase gives its measure where no list or shape read it as one; none where the
    role gives no name or judges the measure ("XY-123 met its primary endpoint", "The primary endpoint was not met").

    >>> sorted(unread_name("The primary endpoint was remission at week 12.", R.ROLE.search("The primary endpoint was")))
    ['remission']
    >>> unread_name("The primary endpoint was not met.", R.ROLE.search("The primary endpoint was"))
    frozenset()
    >>> unread_name("Three secondary endpoints were tested in order.", R.ROLE.search("Three secondary endpoints were"))
    frozenset()
    """
    hit = R.ROLE_DEFINES.match(text, role.end())
    phrase = R.DEFINED_PHRASE.match(text, hit.end()) if hit else None
    first = phrase.group("x").split()[0].lower() if phrase else ""
    if phrase is None or cues.OUTCOME_JUDGED.search(phrase.group("x")) or E.find_verdicts(phrase.group("x")) \
            or first in ("not", "also") or first.endswith("ly") \
            or (cues.OUTCOME_PASSIVE.match(" " + first) and first not in NAMING_PARTICIPLES):   # ("were tested in order")
        return frozenset()
    return name_words(phrase.group("x"))


def shares_word(label: str, words: frozenset) -> bool:
    """May a measure take a role whose phrase gave these name words: any, when it gave none; else one it shares."""
    return not words or bool(name_words(label) & words)


def apposed_measure(ctx, i: int, text: str, role: re.Match) -> Mention | None:
    """The measure a role set after it between commas names: "Complete zeta remission at week 12, the primary
    endpoint, was reached by 40% ..." (the phrase from the clause's or the sentence's start, its time left to the
    timepoint), where no list or shape knows it; checked as :func:`defined_measure` checks a phrase
    (:func:`names_no_measure`).

    >>> from kg.extractors.context import build_context
    >>> from kg.documents import parse_document
    >>> t = "Headline\\n\\nComplete zeta remission at week 12, the primary endpoint, was reached by 40% on XY-123."
    >>> ctx = build_context(parse_document(t, "t.txt"))
    >>> text = ctx.sentences[1].text
    >>> apposed_measure(ctx, 1, text, R.ROLE.search(text)).label
    'complete zeta remission'
    >>> t = "Headline\\n\\nIn all, 40% achieved zeta clearance at Study Week 6 (end of dosing), the primary endpoint."
    >>> ctx = build_context(parse_document(t, "t.txt"))
    >>> text = ctx.sentences[1].text
    >>> apposed_measure(ctx, 1, text, R.ROLE.search(text)).label
    'zeta clearance'
    """
    before = APPOSED_ROLE_BEFORE.search(text, max(0, role.start() - 40), role.start())
    if before is None or not APPOSED_ROLE_AFTER.match(text, role.end()):
        return None
    stop = before.start()
    aside = ASIDE_BEFORE_ROLE.search(text, max(0, stop - 64), stop)
    stop = aside.start() if aside else stop
    # (not inside a bracket that closes before the role: "reductions in X (XS) levels, the primary endpoint")
    starts = [m.end() for m in APPOSED_START.finditer(text, max(0, stop - 140), stop)
              if text.count(")", m.end(), stop) <= text.count("(", m.end(), stop)]
    if not starts:
        return None
    return phrase_measure(ctx, i, text, starts[-1], stop)


def phrase_measure(ctx, i: int, text: str, begin: int, stop: int) -> Mention | None:
    """The measure ``text[begin:stop]`` names, its time left to the timepoint and a leading article or change left out
    ("the change in | X | at week 12"); None for a phrase of more than eight words, with a number, a therapy's name
    or no measure's name (:func:`names_no_measure`)."""
    timed = APPOSED_TIME.search(text, begin, stop)
    end = timed.start() if timed else stop
    lead = ITEM_ARTICLE.match(text, begin, end)
    begin = lead.end() if lead else begin
    named = NAMED_AS_LEAD.match(text, begin, end)     # ("another assessment called the | X")
    begin = named.end() if named and named.end() < end else begin
    change = CHANGE_IN.match(text, begin, end)
    begin = change.end() if change and change.end() < end else begin
    short = SHORT_FORM_END.search(text, begin, end)   # ("X (XS) levels": X, its short form and noun left out)
    end = short.start() if short and short.start() > begin else end
    phrase = text[begin:end]
    if len(phrase.split()) > 8 or any(ch.isdigit() for ch in HOURS_QUALIFIER.sub("", phrase)) or names_no_measure(phrase) \
            or any(m.kind in ("drug", "therapy") and begin <= m.start - ctx.sentences[i].start < end for m in ctx.mentions[i]):
        return None                     # (nor a therapy's name: "XY-123, the primary ...")
    start = ctx.sentences[i].start + begin
    return Mention(phrase, start, start + len(phrase), "measure", written(phrase), (), "measures")


# a measure's short form in brackets at its phrase's end, with a noun after it: "X | (XS) levels"
SHORT_FORM_END = re.compile(r"\s\([A-Za-z][A-Za-z0-9-]{1,9}\)(?:\s(?:levels?|values?|concentrations?|scores?))?$")
# a number a measure's name may hold: the hours it is measured over ("24-hour mean ambulatory X", "24-h X")
HOURS_QUALIFIER = re.compile(r"\b\d{1,2}[-\s]?(?:hours?|hr|h)\b")


# where the measures a role takes as its verb's subject start: the sentence's start, a clause's after a semicolon, a
# heading's colon or an opening phrase's comma ("At week 12, | X was the primary endpoint")
SUBJECT_START = re.compile(r"[;:,]\s*")


def subject_measures(ctx, i: int, text: str, role: re.Match) -> list[Mention]:
    """The measures a role phrase has as its verb's subject: "Grip zeta and zeta distance were the primary outcome
    measures", "Zeta pain was one of the prespecified secondary endpoints" (a list read as :func:`listed_measures`
    reads one, from the clause's start; a phrase from its last comma, as :func:`phrase_measure` reads one).

    >>> from kg.extractors.context import build_context
    >>> from kg.documents import parse_document
    >>> t = "Headline\\n\\nZeta grip and walking zeta were the primary outcome measures; zeta pain was a secondary one."
    >>> ctx = build_context(parse_document(t, "t.txt"))
    >>> text = ctx.sentences[1].text
    >>> [m.label for m in subject_measures(ctx, 1, text, R.ROLE.search(text))]
    ['zeta grip', 'walking zeta']
    """
    verb = R.ROLE_AFTER.search(text, max(0, role.start() - 40), role.start())
    if verb is None or verb.group()[:2].lower() == "as":
        return []                       # ("used X as the primary endpoint": X is the object of another verb)
    stop = verb.start()
    while stop and text[stop - 1] == " ":
        stop -= 1
    cuts = list(SUBJECT_START.finditer(text, max(0, stop - 160), stop))
    clause = max([m.end() for m in cuts if m.group()[0] != ","] + [0])
    if LIST_SPLIT.search(text, clause, stop) and role.group().lower().endswith("s"):
        return listed_measures(ctx, i, text, clause, stop)
    comma = max([m.end() for m in cuts if m.group()[0] == ","] + [clause])
    if comma > clause and not OPENING_PHRASE.match(text, clause):
        return []                       # ("serogroups A, C and Z was the primary endpoint": a list's tail names nothing)
    found = phrase_measure(ctx, i, text, comma, stop)
    return [found] if found else []


# the words a sentence's opening phrase starts with, which its comma ends: "At week 12, | ...", "However, | ..."
OPENING_PHRASE = re.compile(r"\s{0,3}(?:in|at|after|for|during|by|among|across|here|"
                            + "|".join(sorted(cues.LINKING_WORDS)) + r")\b", re.I)


# the window an event is counted in, as a measure's name ends: "| within 28 days", "| after six weeks", "| from 0 to
# 24 hours" (not the time it is read at: "| at 52 weeks", "| by day 28", "| over 52 weeks", "| through week 12")
WINDOW = re.compile(r"\s(?:within|from)\s")
# (not a time of treatment: "within 9 months | of treatment" is when the measure was read; nor a time "after" which it
# was read: "X after 24 weeks")
TIME_OF_TREATMENT = re.compile(r"\sof\s(?:treatment|therapy|dosing)\b")


# where a listed measure's name ends: a bracket that is no short form, a time over which it was taken


LIST_SPLIT = re.compile(r",\s{1,3}(?:and\s{1,3}|or\s{1,3})?|(?<!\s)\s{1,3}and\s{1,3}|;\s{1,3}")
EXAMPLES_SPLIT = re.compile(r",\s{1,3}(?:and\s{1,3}|or\s{1,3})?|(?<!\s)\s{1,3}(?:and|or)\s{1,3}|;\s{1,3}")


# words that make a listed item no measure's name: how it was taken, which of two it is
NOT_IN_LISTED = frozenset("assessed determined measured evaluated judged rated based former latter review examination by as".split())


# an item opening on these continues the one before ("changes in A and | in B"): no list of names
LISTED_OPENERS = frozenset("in of on for from to with at by".split())


MOST_LISTED = 6
# an item of a list of endpoints that names what else a trial studied, not a measure of it
STUDY_ASPECT = re.compile(r"(?:safety|tolerability|pharmacokinetics|pharmacodynamics|pk|pd)"
                          r"(?:(?:,| and) (?:safety|tolerability|pharmacokinetics|pharmacodynamics|pk|pd)){0,2}")


def defined_list(ctx, i: int, text: str, role: re.Match, roles: list[re.Match] = ()) -> list[Mention]:
    """The measures a plural role phrase lists when no known name or shape is found in the sentence: "Primary
    endpoints were rescue zeta consumption and the time to first zeta use over 12 hours" (each item a noun phrase
    as :func:`defined_measure` reads one; [] unless every item is one), to the clause of the next of ``roles``."""
    if not role.group().lower().endswith("s"):
        return []
    apposed = ROLE_APPOSITION.match(text, role.end())
    if apposed:                         # ("The co-primary endpoints, A and B, were both met"; the examples of a
        #                                 list may be joined by "or": "secondary outcomes, including A or B, ...")
        return listed_measures(ctx, i, text, apposed.start("x"), apposed.end("x"),
                               "including" in text[role.end():apposed.start("x")])
    hit = R.ROLE_DEFINES.match(text, role.end())
    if hit is None and (result := RESULT_ON_ROLE.match(text, role.end())):
        # "For its secondary endpoints, significant reductions in | A, B and C | were seen"
        verb = RESULT_VERB.search(text, result.end())
        return listed_measures(ctx, i, text, result.end(), verb.start()) if verb else []
    if hit is None:
        return subject_measures(ctx, i, text, role)
    later = any(r.start() > hit.end() for r in roles)       # (another role's clause ends this one's list)
    cuts = [c.start() for c in (R.ANOTHER_ROLE.search(text, hit.end()), SEMICOLON.search(text, hit.end())) if c] if later else []
    return listed_measures(ctx, i, text, hit.end(), min(cuts) if cuts else None)


# the result a clause gives after the role it opens on, up to the measures: "For its secondary endpoints|, significant
# reductions in | A, B and C were seen"; and the verb that ends them
RESULT_ON_ROLE = re.compile(r",\s(?:(?:statistically\s)?significant\s)?(?:improvements?|reductions?|increases?|decreases?)"
                            r"\s(?:in|on)\s(?:the\s)?", re.I)
RESULT_VERB = re.compile(r"\s(?:were|was)\s(?:also\s)?(?:observed|seen|shown|reported|demonstrated|achieved)\b")


# a sentence that lists what the role sentence before it counted: "These included | A, B and C"
THESE_INCLUDED = re.compile(r"(?<!\s)\s{0,3}(?:These|They|Those)(?:\s{1,3}(?:endpoints|end\s{1,3}points|outcomes|measures))?"
                            r"\s{1,3}(?:included|includes|were|are|comprised)\s{1,3}", re.I)
# a direction said before a listed measure: "a delay in | the time to ...", "reduced | days on ...", "improved | X"
LISTED_DIRECTION = re.compile(r"(?:(?:an?\s{1,3})?(?:delay|reduction|improvement|increase|decrease)s?\s{1,3}"
                              r"(?:in|of)\s{1,3}|(?:reduced|increased|improved|lower|higher|fewer|more|less|greater|better|"
                              r"delayed)\s{1,3})", re.I)


def followed_list(ctx, i: int, text: str) -> list[Mention]:
    """The measures a sentence lists after a role sentence that counted them without naming them ("... a number of
    statistically significant secondary endpoints. These included a delay in the time to first zeta, reduced days
    on zeta medication and improved zeta scores.")."""
    hit = THESE_INCLUDED.match(text)
    return listed_measures(ctx, i, text, hit.end()) if hit else []


def listed_measures(ctx, i: int, text: str, start: int, end: int | None = None, examples: bool = False,
                    known: tuple[tuple[int, int], ...] = ()) -> list[Mention]:
    """The measures ``text`` lists from ``start`` to ``end`` (its end), split at commas, "and" and semicolons (each a
    noun phrase, a direction before it left out; [] unless every item is one); at "or" too where they are a role's
    ``examples`` ("including A or B"). An item that holds one of the ``known`` measures' spans (in ``text``) is
    left to it, never split inside it nor read again."""
    end = len(text.rstrip().rstrip(".")) if end is None else end
    if text.startswith(":", start):
        start += 1
    # (short forms set aside, each bracket blanks and a mark, so that "A (AA) and B" still splits at its "and")
    body = re.sub(r"\([^()]{0,40}\)", lambda m: " " * (len(m.group()) - 1) + "\0", text[start:end])
    for a, b in known:                  # (a known name holds no break: "signs and symptoms", "A, B and C score")
        if start <= a and b <= end:
            body = body[:a - start] + "\1" * (b - a) + body[b - start:]
    pieces, at = [], 0
    for cut in [*(EXAMPLES_SPLIT if examples else LIST_SPLIT).finditer(body), None]:
        stop = cut.start() if cut else len(body)
        pieces.append((at, stop))
        at = cut.end() if cut else at
    if not 2 <= len(pieces) <= MOST_LISTED:
        return []
    base, out = ctx.sentences[i].start, []
    for a, b in pieces:
        item = body[a:b]
        if "\1" in item:
            continue                    # (a known measure's item: its own)
        timed = cues.ITEM_TIME.search(item)
        b = a + (timed.start() if timed else len(item.rstrip(" \0")))
        a += len(body[a:b]) - len(body[a:b].lstrip())
        direction = LISTED_DIRECTION.match(body, a, b)
        a = direction.end() if direction else a
        lead = re.match(r"\s*(?:the|a|an)\s+", body[a:b], re.I)
        a += lead.end() if lead else len(body[a:b]) - len(body[a:b].lstrip())
        compared = COMPARED_LEAD.match(body, a, b)      # ("superiority in reduction of | X": X's words are counted)
        a = compared.end() if compared and compared.end() < b else a
        words = body[a:b].lower().split()
        if words and STUDY_ASPECT.fullmatch(" ".join(words)) and len(pieces) > 2:
            continue                    # "A, B, pharmacokinetics and safety": what else was studied, no measure
        if cues.DESCRIBED_PRODUCT.search(body, a, b):
            continue                    # ("endpoints of X against AB-7, an older drug for zetosis": the comparator
            #                             described, no measure)
        if not words or len(words) > 8 or any(ch.isdigit() for ch in body[a:b]) or words[0] in cues.NOT_MEASURE_START \
                or (words[0].endswith("ed") and "-" not in words[0]) or (words[0].endswith("ing") and words[0] not in ING_NOUNS) \
                or " ".join(words) in R.GENERIC_MEASURES or any(w in R.NOT_IN_MEASURE or w in NOT_IN_LISTED for w in words) \
                or words[0] in LISTED_OPENERS:
            return []
        phrase = text[start + a:start + b]
        named = INSTRUMENTS_AFTER.match(text, start + b)
        if named and not any(acronym_of(x, phrase) for x in named.group("x").split(", ")):
            # "Quality of Life (ZQ-22, ZF-12), Sleep (ZSI)": a domain, and the instruments that measured it
            out += [Mention(x.group(), base + x.start(), base + x.end(), "measure", x.group(), (), "measures")
                    for x in INSTRUMENT_NAME.finditer(text, named.start("x"), named.end("x"))]
            continue
        out.append(Mention(phrase, base + start + a, base + start + b, "measure", written(phrase), (), "measures"))
    return out if len({m.label for m in out}) == len(out) else []


# the instruments a listed item's bracket names: short forms or capitalised names, "(ZQ-22, ZF-12)", "(Acme Zeta Index)"
_INSTRUMENT = r"(?:[A-Z][A-Za-z]{0,6}[A-Z](?:-[A-Z0-9]{1,4})?|[A-Z][\w'’-]{1,20}(?: [A-Z][\w'’-]{1,20}){1,5})"
INSTRUMENT_NAME = re.compile(rf"(?<![\w'’-]){_INSTRUMENT}(?![\w'’-])")
INSTRUMENTS_AFTER = re.compile(rf"\s?\((?P<x>{_INSTRUMENT}(?:, {_INSTRUMENT}){{0,3}})\)")


def role_count(text: str, role: re.Match) -> int:
    """How many measures a role phrase announces: "Three confirmatory secondary endpoints" 3, else 1."""
    m = R.ROLE_COUNT.search(text, max(0, role.start() - 40), role.start())
    return R.COUNT_WORDS.get(m.group("n").lower(), 1) if m and role.group().lower().endswith("s") else 1


def role_name(hit: re.Match) -> str | None:
    """The role a role phrase gives ("key secondary": secondary), None for measures it names without one ("other")."""
    return ROLE_NAMES.get(" ".join(hit.group("role").lower().split()), hit.group("role").lower())


# where a list of measures ends and a clause about others begins: ", with", ", but", ", while", ", whereas"
LIST_CUT = re.compile(r",\s++(?:with|but|while|whereas)\b")
SEMICOLON = re.compile(";")


# a turn to another result after a role's clause: "the primary endpoint was not met|; however,| A improved"
TURN = re.compile(r"[;,]\s(?:however|but|in\scontrast|by\scontrast)\b", re.I)


def assign_roles(text: str, measures: list[Mention], spans: dict, roles: list[re.Match]):
    """(measure, role) for each role phrase: every measure it lists ("secondary endpoints were A, B and C"), else
    the measure nearest to it ("A, a secondary endpoint")."""
    if "respectively" in text and (paired := respective_roles(text, measures, spans, roles)):
        yield from paired
        return
    depth = None
    for k, r in enumerate(roles):
        role = role_name(r)
        turned = [m for m in measures if r.end() <= spans[m.label][0] and TURN.search(text, r.end(), spans[m.label][0])]
        if turned and len(turned) < len(measures):
            yield from assign_roles(text, [m for m in measures if m not in turned], spans, roles[k:k + 1])
            continue                    # ("The primary endpoint was X; however, B improved (p=...)": B is not)
        if turned:
            continue                    # ("The primary endpoint was not met; however, A and B improved": no role's)
        if len(measures) == 1:
            at = spans[measures[0].label][0]
            if not (k + 1 < len(roles) and at >= roles[k + 1].end() and R.ROLE_LIST.match(text, roles[k + 1].end())):
                yield measures[0], role     # (not one another role lists after this one: "The primary endpoint is
            continue                        # safety; secondary endpoints include A")
        # a list runs to the next role phrase or clause end (";"), and back to the one before
        # (or to a clause that another role takes: "A and B, with C and D used as secondary measures")
        depth = depth or bracket_depths(text)          # (once a sentence: each test is then a look-up)
        cut = next((c for c in LIST_CUT.finditer(text, r.end()) if not depth[c.start()]), None)
        semicolon = next((x.start() for x in SEMICOLON.finditer(text, r.end()) if not depth[x.start()]), len(text))
        end = min([roles[k + 1].start() if k + 1 < len(roles) else len(text), semicolon] + ([cut.start()] if cut else []))
        cuts_before = [c.end() for c in LIST_CUT.finditer(text, 0, r.start())]
        begin = max([roles[k - 1].end() if k else 0, text.rfind(";", 0, r.start()) + 1] + cuts_before[-1:])
        after = [m for m in measures if r.end() <= spans[m.label][0] < end]
        before = [m for m in measures if begin <= spans[m.label][0] and spans[m.label][1] <= r.start()]
        if R.ROLE_LIST.match(text, r.end()) and after:
            yield from ((m, role) for m in after)
        elif R.ROLE_AFTER.search(text, begin, r.start()) and before:
            yield from ((m, role) for m in before)
        elif r.group().lower().endswith("s") and len(after) >= 2 and len(listed_run(text, after, spans)) == len(after):
            yield from ((m, role) for m in after)    # "met its co-primary endpoints, improving A (p=...) and B"
        elif depth[r.start()]:     # a role in brackets is said of what the brackets hold or follow, never of a
            owners = bracket_owners(text, r.start(), measures, spans)     # later item ("A (AA; the primary one), B")
            if owners and (r.group().lower().endswith("s") or MANY_AFTER.match(text, r.end())) and owners[0] in before:
                yield from ((m, role) for m in listed_run(text, before, spans))    # "A, B and C (secondary outcomes)"
            else:
                yield from ((m, role) for m in owners[:1])
        else:
            # (where the sentence names other roles, only a measure between this role's neighbours: "The primary end
            # point did not differ, nor did secondary end points of A and B": A is no primary end point)
            lo, hi = roles[k - 1].end() if k else 0, roles[k + 1].start() if k + 1 < len(roles) else len(text)
            near = [m for m in measures if lo <= spans[m.label][0] < hi] if len(roles) > 1 else measures
            if near:
                yield min(near, key=lambda m: abs(spans[m.label][0] - r.start())), role


# roles joined before the measures they name in turn: "Main | and key | secondary end points were A and B, respectively"
ROLES_JOINED = re.compile(r",?\s(?:and\s)?(?:(?:key|main|other)\s)?")
# a role whose noun the next one's phrase shares: "| Main and | key secondary end points"
ELIDED_ROLE = re.compile(r"\b(?P<role>primary|co-?primary|main)\s(?:and|&)\s$", re.I)
# the end of the list: "..., respectively", after a short form in brackets or not
RESPECTIVELY_END = re.compile(r"(?:\s?\([^()]{1,20}\))?,?\s?respectively\b")


def respective_roles(text: str, measures: list[Mention], spans: dict,
                     roles: list[re.Match]) -> list[tuple[Mention, str]]:
    """(measure, role) for roles joined before a list of as many measures given "respectively", in turn; [] for any
    other sentence.

    >>> t = "Main and key secondary end points were the ZRS and the ZGI score, respectively."
    >>> ms = [Mention("ZRS", 43, 46, "measure", "ZRS"), Mention("ZGI score", 55, 64, "measure", "ZGI score")]
    >>> roles = list(R.ROLE.finditer(t))
    >>> [(m.label, role) for m, role in respective_roles(t, ms, {m.label: (m.start, m.end) for m in ms}, roles)]
    [('ZRS', 'primary'), ('ZGI score', 'secondary')]
    """
    if not roles or not all(ROLES_JOINED.fullmatch(text, a.end(), b.start()) for a, b in zip(roles, roles[1:])):
        return []
    elided = ELIDED_ROLE.search(text, max(0, roles[0].start() - 20), roles[0].start())
    names = ([ROLE_NAMES.get(elided.group("role").lower(), elided.group("role").lower())] if elided else []) \
        + [role_name(r) for r in roles]
    after = sorted((m for m in measures if spans[m.label][0] >= roles[-1].end()), key=lambda m: spans[m.label][0])
    end = RESPECTIVELY_END.search(text, roles[-1].end())
    if len(names) < 2 or not after or end is None or spans[after[-1].label][0] >= end.end():
        return []
    depth = bracket_depths(text)
    cuts = [c for c in ITEM_JOIN.finditer(text, roles[-1].end(), end.start()) if not depth[c.start()]]
    if len(cuts) != len(names) - 1:
        return []                      # (as many items as roles, each holding the measures named in it)
    bounds = [roles[-1].end()] + [c.end() for c in cuts] + [end.end()]
    return [(m, names[k]) for k in range(len(names)) for m in after if bounds[k] <= spans[m.label][0] < bounds[k + 1]]


# a role phrase's plural noun after it: "secondary outcome | measures"
MANY_AFTER = re.compile(r"\s(?:measures|variables|parameters)\b")
# what may stand between an item and the brackets that give its role: its short forms ("A (AA) (secondary)")
SHORT_FORMS = re.compile(r"\s?(?:\([^()]{1,20}\)\s?){0,2}")


def bracket_owners(text: str, at: int, measures: list[Mention], spans: dict) -> list[Mention]:
    """The measures inside the innermost bracket open at ``at``, or ending right before it, nearest first.

    >>> t = "It used A (AA; the primary outcome), B and C."
    >>> m = [Mention(x, 0, 1, "measure", x) for x in "ABC"]
    >>> [x.label for x in bracket_owners(t, t.index("the"), m, {"A": (8, 9), "B": (36, 37), "C": (42, 43)})]
    ['A']
    """
    opening = max(text.rfind("(", 0, at), text.rfind("[", 0, at))
    closing = min((c for c in (text.find(")", at), text.find("]", at)) if c >= 0), default=len(text))
    owners = [m for m in measures if (spans[m.label][1] <= opening and SHORT_FORMS.fullmatch(text, spans[m.label][1], opening))
              or (opening < spans[m.label][0] and spans[m.label][1] <= closing)]
    return sorted(owners, key=lambda m: abs(spans[m.label][0] - at))


# a role word alone in brackets right after a measure: "change in X (primary), Y and Z"
BARE_ROLE_AFTER = re.compile(r"\s?\((?P<role>primary|secondary|key\s+secondary|co-primary|exploratory)\)", re.I)


def bracketed_roles(text: str, measures: list[Mention], spans: dict):
    """(measure, role) for each measure followed by its role word alone in brackets ("X (primary)")."""
    for m in measures:
        hit = BARE_ROLE_AFTER.match(text, spans[m.label][1]) if spans[m.label][1] else None
        if hit:
            yield m, ROLE_NAMES[" ".join(hit.group("role").lower().split())]


def bracket_depths(text: str) -> list[int]:
    """For each offset of ``text`` (and its end), how many brackets ("(" or "[") are open there, in one pass.

    >>> d = bracket_depths("A (a score [range, 0 to 6, with 6 worst]) and B")
    >>> d[18], d[44], bracket_depths("A (AA), with B")[6]
    (2, 0, 0)
    """
    out, depth = [], 0
    for ch in text:
        out.append(depth)
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
    out.append(depth)
    return out


def outside_brackets(text: str, roles: list[re.Match]) -> list[re.Match]:
    """The role phrases that give roles: one inside a bracket only refers to another outcome ("were a zeta
    composite (the primary outcome without death), ...") where a role phrase outside brackets is there.

    >>> t = "Secondary outcomes were A (the primary outcome without B) and C."
    >>> [r.group() for r in outside_brackets(t, list(R.ROLE.finditer(t)))]
    ['Secondary outcomes']
    """
    outside = [r for r in roles if text.count("(", 0, r.start()) <= text.count(")", 0, r.start())]
    return outside if outside else roles


def listed(text: str, role: re.Match) -> bool:
    """Does a role phrase list its measures here ("secondary endpoints included A, B and C"), rather than judge them
    ("the secondary endpoints were met")? Such a list's measures are the sentence's, never the next sentence's."""
    lists = R.ROLE_LIST.match(text, role.end()) if role.group().lower().endswith("s") else None
    return lists is not None and not cues.OUTCOME_PASSIVE.match(text, lists.end()) and not E.find_verdicts(text) \
        and not cues.OUTCOME_JUDGED.search(text)


# what joins the items of a list of measures: ", ", " and ", ", and the confirmed " (a short form or a p-value in brackets
# before: "A (AA) (p=0.03) and B")
LIST_JOIN = re.compile(r"(?<!\s)\s*+(?:\([^()]{1,20}\)\s*+){0,2}(?:,\s*+(?:(?:and|or)\s++)?|(?:and|or)\s++)(?:the\s++)?(?:[a-z]++\s++){0,2}")


def listed_run(text: str, measures: list[Mention], spans: dict) -> list[Mention]:
    """The measures named one after another as a list ("A (AA), B (BB) and confirmed C"), from the first; one alone
    when the next is not joined to it."""
    ordered = sorted(measures, key=lambda m: spans[m.label][0])
    run = ordered[:1]
    for a, b in zip(ordered, ordered[1:]):
        if not LIST_JOIN.fullmatch(text, spans[a.label][1], spans[b.label][0]):
            break
        run.append(b)
    return run
