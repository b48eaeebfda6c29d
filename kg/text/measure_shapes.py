"""The named shapes writers give endpoints, each a function from a sentence and the measures found so far to more:
"time to <event>", "the proportion of patients who <...>", "(percent) change from baseline in <measure>", "a
composite of A, B or C", "<...>-free survival", "<adj> response rate", a capitalised name ending in Scale or Index,
and more. :func:`kg.text.measures.find_measures` calls them in turn.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Mention
from kg.text import cues
from kg.text import prefilter as rx
from kg.text.measure_list import (CAPITALS_BEFORE, KIND, LETTERS, QUANTITY, SCALE_PART, SOURCE, acronym_of, folded,
                                  is_short_form, load_names, mention)

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

TIME_TO = rx.compile(r"\btime[- ]to[- ](?P<the>the )?(?:first )?(?:(?:occurrence|onset|development) of (?:a |an |the )?)?", re.I)
# before a "time to X" that is a result, not a phrase of speech ("the median time to X", "a shorter time to X")
TIME_TO_LEAD = rx.compile(r"(?=[adefilmpogrst])\b(?:median|mean|average|the|a|shorter|longer|faster|slower|prolonged|delayed|improved|"
                          r"reduced|(?:end\s?points?|outcomes?|goals?)\sof)\s$", re.I)     # ("endpoint of | time to X")
# a count of things inside a "time to X" phrase: "time to resolution of the five symptoms", "time to climb four steps"
COUNTED = rx.compile(r"\s(?P<conn>(?:of|the|all)\s){0,2}(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s"
                     r"(?P<noun>[a-z]{3,20}s)\b")
# a time given as a result: "12.5 days", "16 weeks"
TIME_VALUE = rx.compile(r"(?=[\d])(?<![\w.-])\d{1,4}(?:\.\d{1,3})?\s?(?:hours?|hrs?|h|days?|weeks?|months?|years?|minutes?|mins?)\b", re.I)
TIME_NOUNS = frozenset("hours days weeks months years minutes seconds patients participants times doses".split())
PROPORTION = rx.compile(r"(?=[nps])\b(?:proportion|percentage|percent|number|share) of (?:the )?(?:patients|participants|subjects|"
                        r"people|children|adults|infants|individuals|women|men|responders) (?:who (?:had |have |were |are |"
                        r"experienced |developed )?|"
                        r"with |achieving |reaching |having |experiencing |free of |free from |without )", re.I)
CHANGE = rx.compile(r"\b(?:(?:percent(?:age)?|%)\s)?(?:(?:mean|least[- ]squares mean|LS mean|average|absolute|relative)\s)?"
                    r"change(?:\sfrom\sbaseline)?(?:\s(?:to|at)\s(?:(?:week|month|day|year)\s\d{1,3}|(?:the\s)?(?:final|last)\s"
                    r"visit|(?:the\s)?end\sof\s(?:treatment|the\sstudy|study|therapy)))?\s(?:in|on|of)\s"
                    r"(?:the\s)?(?:(?:total\s)?score\s(?:of|on)\s(?:the\s)?)?", re.I)
COMPOSITE = rx.compile(r"(?=[c])\bcomposite\b(?:\s(?P<noun>outcome|endpoint|end point|end-point))?(?:\s(?P<of>of)\s)?", re.I)
SURVIVAL = rx.compile(r"\b(?:overall|(?:[A-Za-z]{3,20}-)?[A-Za-z]{3,20}[- ]free)\s+survival\b", re.I)
# survival as a median time, with no event named: overall survival ("a median survival of 14 months"; not "median
# survival free of ...")
MEDIAN_SURVIVAL = rx.compile(r"(?=[m])\bmedian\s(?P<x>survival)\b(?!\s(?:time\s)?(?:free|without)\b)", re.I)
# a response or remission and the words before it that name its kind ("objective response rate"); the noun is
# searched first and the adjectives read backwards from it, so a sentence is scanned once
# a survival endpoint's rate in words: "alive and progression-free", "still free of relapse"
FREE_OF = rx.compile(r"(?=[ars])\b(?:alive and|still|remained|remaining)\s(?:(?P<a>disease|progression|relapse|event|recurrence|metastasis)"
                     r"-free\b|free (?:of|from) (?P<b>disease|progression|relapse|recurrence|metastasis)\b)", re.I)
# survival free of another event, said in words: "alive and free of permanent ventilation", "survived without
# permanent ventilation" (labelled "event-free survival")
ALIVE_WITHOUT = rx.compile(r"(?=[as])\b(?:alive|survived|surviving)\s(?:and\s)?(?:without|free\s(?:of|from))\s(?:the\s|a\s|any\s)?"
                           r"(?:need\sfor\s)?(?:[a-z][\w-]{2,20}\s){0,3}?(?:ventilation|support|event|events|"
                           r"transplant(?:ation)?|dialysis|disability|hospitali[sz]ation|intubation)\b", re.I)
RESPONSE_NOUN = rx.compile(r"\b(?:response|responder|remission|success)(?P<pl>s|es)?(?P<rate> rates?)?\b(?! letter)"
                           r"(?P<cri> with incomplete (?:blood count |hematologic |haematologic |count )?recovery(?: of blood counts)?)?",
                           re.I)
# a share of responders: "the percentage of | responders"
RESPONDER_SHARE = rx.compile(r"(?=[nprs])\b(?:proportion|percentage|percent|number|share|rate)\sof\s(?:the\s)?$", re.I)
RESPONSE_KIND = rx.compile(r"\b(?P<adj>objective|overall|complete|partial|motor milestone|best overall|pathologic(?:al)? complete|"
                           r"(?:major |complete |partial )?(?:molecular|cytogenetic|hematologic|haematologic|renal|virologic(?:al)?|"
                           r"serologic(?:al)?|histologic(?:al)?|endoscopic|radiographic|biochemical|metabolic)|durable|sustained|clinical|"
                           r"stringent complete|very good partial) $", re.I)
# (or the name before a lower-case instrument word, with its short form between: "the Acme Quality of Life (AQoL) scale")
LOWER_INSTRUMENT_WORDS = "scale|questionnaire|inventory"
NAMED_SCALE = rx.compile(r"(?:\b[a-z]{3,15}\s)?\b(?:[A-Z][\w'’]{0,20}(?:-[A-Za-z][\w'’]{0,20}){0,3}\s(?:(?:of|and|for|the|in)\s)?)"
                         rf"{{1,8}}(?:(?:{cues.INSTRUMENT_WORDS})(?:[- ](?:Revised|Expanded))?\b"
                         rf"|(?=(?:\([^()\s]{{1,12}}\)\s)?(?:{LOWER_INSTRUMENT_WORDS})\b))")
# what an instrument's name may go on with after its instrument word: "Index | of Zeta Function", "Inventory | of
# Treatment Satisfaction" (capitalised words only: "the Zeta Index of patients" ends on Index)
# (or with a word that names the instrument's form: "the Zeta Assessment | Method")
OF_NAME_TAIL = re.compile(r"\sof\s[A-Z][\w'’-]{1,20}+(?:\s[A-Z][\w'’-]{1,20}+){0,4}|\s(?:Method|Battery|Tool)\b")
# what every NAMED_SCALE match holds, in its case: one search, where the prefilter's literals (any case: "score",
# "latest") let most sentences reach NAMED_SCALE, whose search tries every word (~9 us a sentence)
SCALE_NAME_WORD = re.compile(r"\b(?:Quality|Rating|Impression|Severity|Symptoms?|Activity|Status|Functional|Function|Disability|"
                             r"Pain|Health|Depression|Anxiety|Fatigue|Cognitive|Assessment)\b")
INSTRUMENT_WORD = rx.compile(rf"(?:{cues.INSTRUMENT_WORDS}|(?<=[\s)])(?:{LOWER_INSTRUMENT_WORDS}))\b")
# words that make a capitalised name an organisation's, whatever it ends with
# (not "Society", "Association" or "Center": "Movement Disorder Society-Unified ... Rating Scale", "American Spinal Injury
# Association Impairment Scale", "Center for Epidemiologic Studies Depression Scale" are scales)
ORGANIZATION_WORD = re.compile(r"\b(?:Institutes?|Programme|Program|Foundation|Council|University|Department|Agency|Ministry|"
                               r"Organi[sz]ation|Trust|Fund)\b")
# what makes a capitalised name ending on an instrument word a regulator's word: "a Special Zeta Assessment | agreement"
AGREEMENT_AFTER = re.compile(r"\)?\s?(?:\([A-Z]{2,6}\)\s)?(?:agreement|designation|letter|procedure|process)\b", re.I)
ABBREVIATION_AFTER = rx.compile(r"\s?\((?P<short>[A-Za-z0-9][\w-]{1,11})[);,]")
# a responder threshold on weight: "weight reduction of 5% or more", "at least 10% weight loss", "lost at least 15% of
# their body weight", "≥20% weight reduction" (the label: "weight reduction of N% or more", or "loss" as written)
WEIGHT_THRESHOLD = rx.compile(
    r"\b(?:body[- ])?weight (?:reduction|loss) of (?P<leasta>at least |(?:≥|>=) ?)?(?P<a>\d{1,2}(?:\.\d)?) ?(?:%|percent)"
    r"(?P<morea> or (?:more|greater|higher))?"
    r"|(?:\bat least |(?:≥|>=) ?|\b)(?P<b>\d{1,2}(?:\.\d)?) ?(?:%|percent)(?P<more> or (?:more|greater|higher))? "
    r"(?:body[- ])?weight (?:reduction|loss)\b"
    r"|\b(?:lost|losing|lose|loss of|reduction of) (?P<least>at least |(?:≥|>=) ?)?(?P<c>\d{1,2}(?:\.\d)?) ?(?:%|percent)"
    r"(?P<more2> or (?:more|greater))? of (?:their |his |her |its |initial |baseline )?(?:body[- ])?weight\b", re.I)
# an event a patient stays free of: "free of hospitalizations for X for at least 12 months", "freedom from severe Y"
FREEDOM = rx.compile(r"(?=[abfirsw])\b(?:freedom|(?:were|was|remained|remain|be|being|stayed|are|is) free) (?:of|from) ", re.I)
# a state free of an event that patients were in: "remained | flare-free" (not survival's words: "progression-free")
STATE_FREE = rx.compile(r"(?=[abrsw])\b(?:were|was|remained|remain|remaining|stayed|be|being|became)\s(?P<x>[a-z]{3,20}-free)\b"
                        r"(?!\s(?:survival|interval|period)\b)", re.I)
# what makes a sentence's freedom from an event a measure: a share of patients or a span of time
FREEDOM_SETTING = rx.compile(r"\d\s?%|\bfor at least\b|\b\d{1,3} of \d{1,4}\b")
FREEDOM_SKIP = frozenset("disease progression relapse recurrence metastasis charge cost side".split())
MORTALITY_SHAPE = rx.compile(r"\b(?:all-cause\s|\d{1,3}-day\s)?mortality\b", re.I)

# words that end a measure phrase: verbs, auxiliaries and the prepositions that bring a timepoint or an arm
STOP = frozenset("""was were is are be been being had has have did does do will would can could may might must
    at from between by versus vs vs. compared among in on with during after before over through within than
    which that who whom whose when where while as per not but also both either respectively favored favoured
    occurred reached achieved showed met remained increased decreased fell rose improved declined lowered reduced
    appeared demonstrated defined assessed measured analysed analyzed tested evaluated using and/or
    """.split())
CONNECTORS = frozenset("of or and for to the a an".split())
ARTICLES = ("the ", "a ", "an ")
# words that name no event of their own after "the risk of"
GENERIC_EVENTS = frozenset("this that these it events event outcomes outcome such".split())
ARTICLES_WORDS = frozenset(("the", "a", "an"))
LEADING = frozenset("The A An On In By Using With And Its Our Their This That These Both Each Per".split())
EVENT_WORD = rx.compile(r"(?=[adefhimrstuw])(?:tion|sion|ment|ence|ance|ity|sis|ure|ing|death|relapse|event|events|stroke|attack|"
                        r"recurrence|response|remission|symptoms?|exacerbation|infarction|hospitali[sz]ation|"
                        r"failure|discontinuation|walking|rescue|worsening)$", re.I)
# clinical nouns ending as gerunds do, which may open a measure's name ("bleeding events", "wound healing")
ING_NOUNS = frozenset("bleeding swelling functioning walking hearing wheezing vomiting healing breathing sleeping".split())
WORD = re.compile(r"[\w'’/+-]+")
NUMBERISH = re.compile(r"[\d.,%/+-]+|(?:one|two|three|four|five|six|seven|eight|nine|ten)", re.I)


# an endpoint that is the first of several events: "the first occurrence of A, B or C"
FIRST_OCCURRENCE = rx.compile(r"\bfirst occurrence of (?:a |an |any |the )?", re.I)


def phrase_end(text: str, pos: int, max_words: int = 8) -> int:
    """Where a noun phrase that starts at ``pos`` ends: before a stop word, a number or punctuation.

    >>> t = "time to first relapse was 12 months"
    >>> t[8:phrase_end(t, 8)]
    'first relapse'
    """
    end = last = pos
    words = list(WORD.finditer(text, pos, min(len(text), pos + 200)))
    for k, m in enumerate(words):
        if text[end:m.start()].strip():        # punctuation between two words ends the phrase
            break
        w = m.group(0)
        lw = w.lower()
        if lw in STOP or NUMBERISH.fullmatch(w):
            break
        nxt = words[k + 1].group(0).lower() if k + 1 < len(words) else ""
        if lw in ("and", "or") and nxt in ARTICLES_WORDS:
            break                               # "the X level | and an adjudicated Y": a second phrase
        if lw.endswith("ed") and (nxt in STOP or nxt in ("to", "the", "a", "an") or NUMBERISH.fullmatch(nxt) or not nxt):
            break
        end = m.end()
        if lw not in CONNECTORS:
            last = end
        if k + 1 >= max_words:
            break
    return last


# a capitalised word after the first: the first opens a name in title case ("Zeta Society of Pain-20"), kept as written
TITLE_CASE_NEXT = re.compile(r"[A-Z][a-z]")


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
                           r"|(?:(?:statistical\s+)?(?:superiority|non-?inferiority)\s+(?:of|in|on)\s+(?:(?:the\s+)?(?:reduction|change|"
                           r"improvement)\s+(?:of|in)\s+)?|(?:assessment|evaluation|measurement)\s+of\s+)(?:the\s+)?",
                           re.I)


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
    """
    for a in ARTICLES:
        if phrase.lower().startswith(a):
            phrase = phrase[len(a):]
    phrase = phrase[lead.end():] if (lead := COMPARED_LEAD.match(phrase)) and lead.end() < len(phrase) else phrase
    first, _, rest = phrase.partition(" ")
    if first_word and first[:1].isupper() and first[1:] == first[1:].lower() and not TITLE_CASE_NEXT.match(rest):
        phrase = phrase[:1].lower() + phrase[1:]
    return phrase


def inner(found: list[Mention], start: int, end: int) -> Mention | None:
    """The first listed or named measure inside ``[start, end)``."""
    return next((m for m in sorted(found, key=lambda m: m.start) if start <= m.start and m.end <= end + 40
                 and m.start < end), None)


# a composite's further event after a known one: "(cardiovascular death) | or heart failure hospitalisation"
OR_EVENT = rx.compile(r"\s(?:or|and/or)\s(?:first\s)?[a-z][\w-]*(?:\s[a-z][\w-]*){0,4}$", re.I)


def time_to(text: str, found: list[Mention]) -> list[Mention]:
    """ "time to the first major adverse cardiovascular event (MACE)": the event's name, known or defined right
    after; a time to an event named only in passing ("time to onset of a rash") is read under other names.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("The primary endpoint was time to cardiovascular death or zeta admission.")]
    ['time to cardiovascular death or zeta admission']
    """
    out = []
    for hit in TIME_TO.finditer(text):
        end = phrase_end(text, hit.end())
        event = text[hit.end():end]
        if not event or event.lower() in ("event", "events"):
            continue
        short = ABBREVIATION_AFTER.match(text, end)
        if short and EVENT_WORD.search(event.split()[-1]) and acronym_of(short.group("short"), text[hit.start():end]):
            out.append(mention(text, hit.start(), end, short.group("short")))
            continue
        known = inner(found, hit.end(), end)
        if known and known.end >= end:
            out.append(mention(text, hit.start(), known.end, known.label))
        elif known and OR_EVENT.match(text, known.end, end):   # "time to cardiovascular death or zeta admission"
            label = "time to " + text[hit.end():end]
            out.append(mention(text, hit.start(), end, label.replace("the ", "", 1) if hit.group("the") else label))
        elif not known:
            named = time_to_named(text, hit, end)
            if named:
                out.append(named)
    return out


def time_to_named(text: str, hit: re.Match, end: int) -> Mention | None:
    """A "time to X" the list does not know, as a measure of its own where the sentence reads as a result: a
    "median", "shorter" or "the" before it, and an endpoint word or a number in the sentence; labelled as written
    without its article ("time to first negative culture"), a "-test" or a count of things kept ("time to climb four
    steps"). The onset of an event (an adverse event's timing) and the "time-to-event" analysis are left out.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("Median time to the first negative culture was 4.5 days with XY-123.")]
    ['time to first negative culture']
    >>> [m.label for m in find_measures("It was time to stop dosing after 3 days.")]
    []
    """
    opens = not text[:hit.start()].strip() and TIME_VALUE.search(text, hit.end()) is not None
    if not (opens or TIME_TO_LEAD.search(text, max(0, hit.start() - 12), hit.start())):
        return None                    # "Time to healing was 16.7 weeks" opens a sentence on a result
    if not (cues.ENDPOINT_WORD.search(text) or any(c.isdigit() for c in text)):
        return None
    words = text[hit.end():end].split()
    if not words or words[0].lower() in ("event", "events", "onset", "treatment", "market") or \
            "onset" in hit.group(0).lower():
        return None
    counted = COUNTED.match(text, end)
    if counted and counted.group("noun") not in TIME_NOUNS and (len(words) == 1 or counted.group("conn")):
        end = counted.end()
    phrase = text[hit.start():end]
    label = "time to " + phrase[len("time to "):]
    if hit.group("the"):
        label = label.replace("the ", "", 1)
    label = re.sub(r"\s+test$", "", label, flags=re.I)
    return mention(text, hit.start(), end, label)


# a cut-off on a scale that makes its responders: "(a ZALT) score of 20 or less", "score ≤ 20", "total score below 10"
SCALE_CUTOFF = rx.compile(r"(?<!\s)(?:\s(?:total\s)?score)?\s(?:(?:of\s)?\d{1,3}(?:\.\d)?\s(?:or\s(?:less|lower|fewer|below|more|greater|higher|above))\b"
                          r"|(?:of\s)?(?:≤|<=|≥|>=|<|>)\s?\d{1,3}(?:\.\d)?|(?:below|under|above|over)\s\d{1,3}(?:\.\d)?\b)")


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
        end = phrase_end(text, hit.end())
        if end <= hit.end():
            continue
        known = inner(found, hit.end(), end)
        cutoff = SCALE_CUTOFF.match(text, known.end) if known else None
        if cutoff:                     # "the proportion of patients achieving a ZALT score of 10 or less"
            out.append(mention(text, hit.start(), cutoff.end(), text[known.start:cutoff.end()]))
        elif known:                    # "the proportion of patients who achieved ACR20": ACR20
            out.append(mention(text, hit.start(), max(end, known.end), known.label))
        elif cues.ENDPOINT_WORD.search(text):   # else only where the sentence makes it an endpoint
            out.append(mention(text, hit.start(), end, written(text[hit.start():end])))
        elif (VALUE_AFTER.match(text, end) or COMPARED_PREDICATE.match(text, end)) and per_arm_after(text, end):
            # or gives it per arm: "The percentage of patients having zeta remission was 34% with XY and 11% with AB",
            # "the proportion of patients who had a flare was lower with XY vs. placebo (11% vs. 30%)"
            out.append(mention(text, hit.start(), end, written(text[hit.end():end], first_word=False)))
    return out




# a count of events over time, the usual measure of episodic diseases: "the number of zeta days", "the mean number
# of monthly headache days", "the number of seizures", "the annualised number of relapses"
COUNTED_EVENTS = rx.compile(r"""(?=[fn])\b(?P<noun>number|frequency)\sof\s(?P<x>(?:(?!(?:the|patients|participants|people|subjects)\b)[a-z][\w-]{1,20}\s){0,2}
    (?:days|attacks|episodes|exacerbations|seizures|relapses|flares|hospitali[sz]ations|admissions|bleeds|bleeding\sevents))\b""",
                            re.I | re.X)
# what bare days are days of: "the number of days | of delirium | during ...", "... | of sick leave" (one or two words,
# not a time or a treatment: "days of treatment")
DAYS_OF = rx.compile(r"\sof\s(?!(?:the|a|an|treatment|therapy|study|follow-up|age)\b)[a-z][\w-]{2,20}+"
                     r"(?:\s(?!(?:during|in|at|with|after|before|for|from|to|and|or|was|were|is|are|than|per|between|among)\b)"
                     r"[a-z][\w-]{2,20}+)?(?![\w-])")


# the event whose risk a result lowers or raises: "reduced the risk of hospitalization for heart failure by 30%", "a 25%
# lower risk of stroke (HR 0.75 ...)" (not who is at risk: "patients at high risk of stroke")
RISK_OF = rx.compile(r"(?=[r])\brisk\sof\s(?:an?\s|the\s|any\s)?", re.I)
AT_RISK = rx.compile(r"(?=[ahi])\b(?:at|high|higher|increased|elevated|greater)\s(?:\w{3,12}\s)?$", re.I)
# the sentence gives the change in that risk as a number: "by 30%", "a 25% lower", "hazard ratio 0.75"
RISK_NUMBER = rx.compile(r"""(?=[\dbhHoOrR])(?:\bby\s(?:about\s|approximately\s|nearly\s|almost\s|some\s)?\d{1,2}(?:\.\d{1,2})?\s?(?:%|percent)
    |\b\d{1,2}(?:\.\d{1,2})?\s?(?:%|percent)\s(?:relative\s)?(?:lower|reduced|reduction|higher|increased|greater|decrease|increase)
    |\bhazard\sratio|\bHR\b|\bodds\sratio|\bOR\b|\brelative\srisk\b|\brisk\sratio|\bRR\b)""", re.X)


def risk_of(text: str, found: list[Mention]) -> list[Mention]:
    """ "The risk of <event>" where the sentence puts a number on that risk: the list's name when one is inside, else
    labelled "risk of <event>" as written (no gerund: "the risk of developing X" is no endpoint's name).

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("XY-123 reduced the risk of hospitalization for heart failure by 30%.")]
    ['risk of hospitalization for heart failure']
    >>> [m.label for m in find_measures("Patients at high risk of stroke (32%) were enrolled.")]
    []
    >>> [m.label for m in find_measures("Median OS was 20.1 vs 15.2 months, a 30% lower risk of death.")]
    ['overall survival']
    """
    if not RISK_OF.possible(text) or not RISK_NUMBER.search(text):
        return []            # (the shape's literal first: one bit, where RISK_NUMBER is searched in the whole sentence)
    out = []
    for hit in RISK_OF.finditer(text):
        end = phrase_end(text, hit.end())
        if AT_RISK.search(text, max(0, hit.start() - 24), hit.start()) or \
                any(not (hit.end() <= m.start < end) for m in found):
            continue                   # (in a sentence that names another measure, a restatement of it: "median OS
            #                            ..., a 36% lower risk of death", "time to first X ... (HR 0.6), cutting the risk")
        words = text[hit.end():end].lower().split()
        if not words or (words[0].endswith("ing") and words[0] not in ING_NOUNS) or words[0] in GENERIC_EVENTS \
                or text[hit.end():hit.end() + 1].isupper():
            continue                   # (nor a headline's "Reduced Risk of Disease Progression")
        known = inner(found, hit.end(), end)
        if known and known.end >= end:
            out.append(mention(text, hit.start(), known.end, known.label))
        elif known and OR_EVENT.match(text, known.end, end):   # "time to cardiovascular death or zeta admission"
            label = "time to " + text[hit.end():end]
            out.append(mention(text, hit.start(), end, label.replace("the ", "", 1) if hit.group("the") else label))
        elif not known:
            out.append(mention(text, hit.start(), end, "risk of " + written(text[hit.end():end], first_word=False)))
    return out


def counted_events(text: str, found: list[Mention]) -> list[Mention]:
    """ "the number of zeta days" as a measure (its label: "number of zeta days"; "frequency of ..." likewise).

    >>> [m.label for m in counted_events("the mean number of monthly zeta days fell", [])]
    ['number of monthly zeta days']
    >>> [m.label for m in counted_events("a reduction in the frequency of zeta days", [])]
    ['frequency of zeta days']
    >>> [m.label for m in counted_events("the number of days of zeta fever during the stay was lower", [])]
    ['number of days of zeta fever']
    """
    out = []
    for hit in COUNTED_EVENTS.finditer(text):
        end, x = hit.end(), " ".join(hit.group("x").lower().split())
        if x == "days" and (what := DAYS_OF.match(text, end)):
            end, x = what.end(), f"{x}{what.group(0).lower()}"    # (bare "days" count what they are days of)
        if not inner(found, hit.start(), end):
            out.append(mention(text, hit.start(), end, f"{hit.group('noun').lower()} of {x}"))
    return out


# the arm a change is given for, set against another right after: "... | for XY-1 | compared to placebo"
ARM_SET_AGAINST = re.compile(r"\s(?:for|with|on)\s[^\s,;()]{2,30}(?=\s(?:[Cc]ompared|[Vv]ersus|[Vv]s\.?)\s)")
# what a change is "in" that names no quantity
CHANGED_NOTHING = frozenset("condition status health symptoms disease state treatment therapy".split())


def change(text: str, found: list[Mention]) -> list[Mention]:
    """ "(percent) change from baseline in X": X's name; a change in percent is X's change, as readers file it."""
    out = []
    for hit in CHANGE.finditer(text):
        known = next((m for m in found if m.start == hit.end()), None)
        end = known.end if known else phrase_end(text, hit.end(), 6)
        if end <= hit.end():
            continue
        arm = None if known else ARM_SET_AGAINST.search(text, hit.end(), end + 12)
        if arm is not None and arm.end() == end:
            end = arm.start()            # ("Change in ZQ Total Score | for XY-1 | Compared to Placebo": the arm's)
        cut = None if known else next((m for m in found if hit.end() < m.start < end < m.end), None)
        end = cut.end if cut else end        # X's words run into a listed name: "in trough zeta volume in 1 s (ZV1)"
        name = known.label if known else written(text[hit.end():end], first_word=False)
        if not known and hit.start() > 0 and not cues.ENDPOINT_WORD.search(text):
            continue                   # an unknown X only in an endpoint's title or where the sentence names endpoints
        if not known and name.lower() in CHANGED_NOTHING:
            continue                   # ("change in condition": how a patient is, rated, not a quantity named)
        out.append(mention(text, hit.start(), end, name))
    return out


COMPOSITE_ADJ = frozenset("kidney renal cardiovascular cardiorenal cardiac cardiopulmonary heart efficacy clinical "
                          "hepatic liver respiratory thrombotic vascular bleeding failure".split())
ROLES = frozenset("primary secondary key exploratory main".split())
LIST_AND = rx.compile(r",\s(?:and|as well as)\s|\s(?:and\s)?also\s")
ITEMS_END = rx.compile(r"[.;:()\[\]]|\s(?:was|were|is|are|occurred|had|has|versus|vs\.?|compared|in\s\d|among|by\s\d)\b")


# an event of a composite: up to two words before its head ("cardiovascular death", "Covid-19-related
# hospitalization") and what it is for or from ("hospitalization for heart failure", "death from any cause")
_EVENT = (r"(?:[A-Za-z][\w'’–-]{0,30}+\s){0,2}?(?:deaths?|hospitali[sz]ations?|hospital\sadmissions?|strokes?|myocardial\s"
          r"infarctions?|heart\sattacks?)(?:\s(?:for|from|due\sto)\s(?:any\scause|(?:[a-z][\w-]{0,20}+\s){0,2}?"
          r"(?:failure|causes?|disease|reasons?)))?")
# two events in one composite measure: "hospitalization for heart failure or cardiovascular death"
EVENTS_OR = rx.compile(rf"(?=[A-Za-z])(?<![\w-]){_EVENT}\sor\s{_EVENT}(?![\w-])", re.I)
# words before the composite that are not its own ("the risk of", "effect on")
EVENT_LEAD = re.compile(r"^(?:(?:the|a|an|no|any|of|on|in|risk|rate|rates|incidence|effect|and|either)\s)+", re.I)


def event_composite(text: str, found: list[Mention]) -> list[Mention]:
    """Two events joined by "or" as one measure, whatever other measure each names alone.

    >>> [m.label for m in event_composite("no effect on hospitalization for heart failure or cardiovascular death (3.0% vs 3.5%)", [])]
    ['hospitalization for heart failure or cardiovascular death']
    >>> [m.label for m in event_composite("The incidence of Zeta-related hospitalization or death by day 30 was lower", [])]
    ['zeta-related hospitalization or death']
    """
    out = []
    for hit in EVENTS_OR.finditer(text):
        lead = EVENT_LEAD.match(hit.group())
        start = hit.start() + (lead.end() if lead else 0)
        if start < hit.end():
            out.append(mention(text, start, hit.end(), written(text[start:hit.end()], first_word=start > 0)))
    return out


def composite(text: str, found: list[Mention]) -> list[Mention]:
    """ "a composite of A, B or C", "the kidney composite outcome", "the primary composite endpoint"."""
    out = []
    for hit in COMPOSITE.finditer(text):
        before = text[max(0, hit.start() - 40):hit.start()].split()
        adjs, roles = [], []
        for w in reversed(before):
            lw = w.lower()
            if lw in COMPOSITE_ADJ and not roles:
                adjs.insert(0, w)
            elif lw in ROLES:
                roles.insert(0, w)
            else:
                break
        start = hit.start() - len(" ".join(adjs + roles)) - (1 if adjs or roles else 0)
        noun = f" {hit.group('noun')}" if hit.group("noun") else ""
        if adjs:
            a = hit.start() - len(" ".join(adjs)) - 1
            out.append(mention(text, start, hit.end("noun") if noun else hit.start() + len("composite"),
                               text[a:hit.start()].lower() + "composite" + noun.lower()))
        elif hit.group("of"):
            stop = ITEMS_END.search(text, hit.end(), min(len(text), hit.end() + 240))
            end = stop.start() if stop else min(len(text), hit.end() + 240)
            items = text[hit.end():end]
            cut = LIST_AND.search(items)
            if cut and " or " in items[:cut.start()]:
                items = items[:cut.start()]           # "a composite of A or B, and C": C is the next item of a list
            items = items.rstrip(" ,")
            if items and len(items.split()) >= 2 and not stop or (stop and stop.start() > hit.end()):
                end = hit.end() + len(items)
                out.append(mention(text, start, end, "composite of " + items))
        elif roles and noun and (items := composite_defined(text, hit.end("noun"))):
            out.append(mention(text, items[0], items[1], written(text[items[0]:items[1]], first_word=False)))
        elif roles and noun:
            out.append(mention(text, start, hit.end("noun"), f"{' '.join(r.lower() for r in roles)} composite{noun.lower()}"))
    return out


# what a role's composite endpoint is said to be: "the primary composite endpoint was | A or B within 90 days"
COMPOSITE_DEFINED = rx.compile(r"\s(?:was|is)\s(?:the\s)?")
COMPOSITE_ITEMS_END = rx.compile(r"[.;:()\[\]]|\s(?:within|at|by|over|through|during|after|in|among|versus|vs\.?|"
                                 r"compared|was|were|occurred)\s")


def composite_defined(text: str, at: int) -> tuple[int, int] | None:
    """The span of the events a composite endpoint is said to be, right after its name at ``at``: two to fifteen
    words joined by "or" ("cardiovascular death or a first zeta event"), else None."""
    defined = COMPOSITE_DEFINED.match(text, at)
    if defined is None:
        return None
    stop = COMPOSITE_ITEMS_END.search(text, defined.end(), min(len(text), defined.end() + 160))
    end = stop.start() if stop else min(len(text), defined.end() + 160)
    items = text[defined.end():end]
    return (defined.end(), end) if " or " in items and 3 <= len(items.split()) <= 15 else None


# a results line: "Death: 10% versus 18%", "Kidney composite: 6.6% vs. 11.3% (HR ...)" (the name, an optional
# parenthesis and timepoint, a colon, then a value compared or an effect)
RESULT_LINE = rx.compile(r"^(?P<x>[A-Za-z][\w'’ /-]{1,60}?)(?:\s\([^()]{1,30}\))?(?:\s(?:at|by|after|over|through)\s[\w ]{1,20})?:\s{1,3}"
                         r"(?:(?:median|mean)\s)?(?:[-−]?\d[\d.,]{0,12}\s?(?:%|percent|months?|weeks?|days?|years?|points?)?"
                         r"\s(?:vs\.?|versus|with|in|compared|on|and)\b|(?:hazard|odds|rate) ratio|HR\b|OR\b|RR\b)")
# one word (or a pronoun) for results in general, a change or a part of the trial: a sentence's subject or a result
# verb's object that names no measure ("The difference was 4 points in A", "demonstrated significant | improvement |")
GENERIC_RESULT_WORDS = frozenset("""it they this these those there both all each either neither none result results data
    finding findings difference differences effect effects benefit benefits outcome outcomes endpoint endpoints value
    values number numbers rate rates proportion proportions percentage percentages score scores level levels change
    changes ratio ratios estimate estimates figure figures measure measures response responses efficacy safety
    tolerability treatment therapy analysis analyses study trial group arm improvement improvements reduction reductions
    superiority decrease increase""".split()) | {"end points", "end point", "rate ratio", "rate ratios"}
NOT_A_MEASURE = frozenset("""safety efficacy results result follow-up age enrollment enrolment population participants
    patients dose doses dosing design sponsor duration numbers design phase sample size randomization randomisation
    subgroup subgroups all patients overall tolerability adverse events""".split()) | {
    "median follow-up", "all patients", "adverse events", "serious adverse events", "sample size"}


def result_line(text: str, found: list[Mention]) -> list[Mention]:
    hit = RESULT_LINE.match(text)
    if not hit or hit.group("x").lower() in NOT_A_MEASURE or any(w in NOT_A_MEASURE for w in hit.group("x").lower().split()[:1]):
        return []
    x = hit.group("x").strip()
    if len(x.split()) > 8 or is_short_form(x) or any(m.start == 0 and m.end >= len(x) for m in found):
        return []                      # a short form is the document's to define; a listed name keeps its label
    # the span takes the colon: the line's label, which a lexicon name of the same words ("Death") does not outrun
    return [Mention(text[:len(x) + 1], 0, len(x) + 1, KIND, written(x), (), SOURCE)] if text[len(x)] == ":" else \
        [mention(text, 0, len(x), written(x))]


# a share of people said to be alive: "80% of patients in the XY group were alive" (overall survival's rate; not
# "alive and free of", "alive without": an event-free survival's)
SHARE_ALIVE = rx.compile(r"(?<=%)(?:\s+of(?:\s+the)?(?:\s+[\w-]{1,20}){0,6}?)?\s+(?:were|was|remained)\s+(?:still\s+)?"
                         r"(?P<x>alive)\b(?!\s+(?:and|without|free)\b)", re.I)


# "The primary endpoint was X": a short X that ends the clause or meets a timepoint
def survival(text: str, found: list[Mention]) -> list[Mention]:
    """ "progression-free survival", and its rate said in words: "alive and disease-free", "still free of relapse",
    "80% were alive" (overall survival).

    >>> [m.label for m in survival("At 12 months, 80% of patients in the XY group were alive, and 70% with placebo.", [])]
    ['overall survival']
    >>> [m.label for m in survival("XY gave a median survival of 14.2 months, against 9.6 months with AB.", [])]
    ['overall survival']
    """
    out = [mention(text, m.start(), m.end(), re.sub(r"\s+", " ", m.group(0)).lower().replace(" free", "-free"))
           for m in SURVIVAL.finditer(text)]
    out += [mention(text, *m.span("x"), "overall survival") for m in SHARE_ALIVE.finditer(text)]
    out += [mention(text, *m.span("x"), "overall survival") for m in MEDIAN_SURVIVAL.finditer(text)
            if not any(o.start <= m.start("x") < o.end for o in out)]
    for m in FREE_OF.finditer(text):
        out.append(mention(text, m.start(), m.end(), f"{(m.group('a') or m.group('b')).lower()}-free survival"))
    for m in ALIVE_WITHOUT.finditer(text):
        if not any(o.start <= m.start() < o.end for o in out):
            out.append(mention(text, m.start(), m.end(), "event-free survival"))
    return out


# a scale's abbreviation with the share of improvement its responders reach: "ZRS-50", "EASI-75" (before "response")
THRESHOLD_ABBREVIATION = re.compile(r"(?<![\w-])(?P<abbr>[A-Z][A-Za-z]{1,7}-?(?:20|50|70|75|90|100))\s$")
# a scale known only by its letters, with a hyphen, before its responders: "ZG-ADL | responders" (the hyphen keeps a
# company's or a drug's letters out: "XY responders")
SCALE_LETTERS_BEFORE = re.compile(r"(?<![\w-])(?P<abbr>[A-Z]{1,6}-[A-Z]{2,6})\s$")


# what makes a bare "remission" or "response" a result reached: "were in remission", "achieved a response"
# (or with the share that did: "achieved 37% | remission")
REACHED_BEFORE = rx.compile(r"(?=[abrw])\b(?:achiev\w{1,3}|attain\w{1,3}|reach\w{1,3}|(?:were|was|be|being|remained)\s+in)\s+"
                            r"(?:an?\s+|\d{1,3}(?:\.\d{1,2})?\s?%\s)?$", re.I)
# "45% of patients responded": those who responded, the response
RESPONDED = rx.compile(r"(?<=%)(?:\s+of(?:\s+the)?(?:\s+[\w-]{1,20}){0,3}?)?\s+responded\b(?!\s+to\s+(?:a|an|the)\s+(?:survey|questionnaire|call))",
                       re.I)


def response(text: str, found: list[Mention]) -> list[Mention]:
    out = []
    for m in RESPONDED.finditer(text):
        at = m.end() - len("responded")
        out.append(mention(text, at, m.end(), "response"))
    for m in RESPONSE_NOUN.finditer(text):
        kind = RESPONSE_KIND.search(text, max(0, m.start() - 40), m.start())
        success = m.group().lower().startswith("succ")      # (a success counts only as a scale's: "IGA success")
        if not kind and not m.group("rate") and not m.group("pl") and not success and \
                REACHED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            noun = "remission" if text[m.start():m.start() + 5].lower() == "remis" else "response"
            out.append(mention(text, m.start(), m.end(), noun))      # "were in remission", "achieved a response"
            continue
        if not kind:
            # a scale's responders: "ABC-D responders", "an ABC-D response"
            scale = next((f for f in found if f.end + 1 == m.start() and text[f.end] == " " and
                          any(n.kind == "scale" for n in load_names().by_key.get(f.text, load_names().by_key.get(
                              f.text.lower(), ())))), None)
            if scale and not m.group("rate"):      # ("IGA success": a scale's success, named so)
                out.append(mention(text, scale.start, m.end(), f"{scale.label} {'success' if success else 'response'}"))
            elif not scale and (cut := THRESHOLD_ABBREVIATION.search(text, max(0, m.start() - 14), m.start())):
                out.append(mention(text, cut.start(), cut.end("abbr"), cut.group("abbr")))   # "a ZRS-50 response"
            elif not scale and not m.group("rate") and (short := SCALE_LETTERS_BEFORE.search(text, max(0, m.start() - 14),
                                                                                              m.start())):
                noun = "responder" if m.group().lower().startswith("responder") else "response"   # "ZG-ADL responders":
                out.append(mention(text, short.start(), m.end(), f"{short.group('abbr')} {noun}"))  # a scale's letters
            elif not scale and m.group("pl") and RESPONDER_SHARE.search(text, max(0, m.start() - 24), m.start()):
                out.append(mention(text, m.start(), m.end(), "responders"))     # "the percentage of responders"
            continue
        if success:
            continue
        noun = text[m.start():m.start() + 8].lower().rstrip("s")
        noun = "remission" if noun.startswith("remiss") else "response"
        label = f"{kind.group('adj').lower()} {noun}" + (" rate" if m.group("rate") else "") + (m.group("cri") or "")
        qualified = CAPITALS_BEFORE.search(text, max(0, kind.start() - 8), kind.start())
        if qualified:                  # "ZD Clinical Response": the disease's own response, named as written
            out.append(mention(text, qualified.start(), m.end(), text[qualified.start():m.end()]))
            continue
        out.append(mention(text, kind.start(), m.end(), load_names().labels.get(label, label)))
    return out


def named_scale(text: str, found: list[Mention]) -> list[Mention]:
    """A capitalised name ending in Scale, Index, Questionnaire ... (a lower-case first word only when the
    abbreviation after the name spells it: "integrated ... Scale (iABC)").

    >>> [m.label for m in named_scale("A Zeta Protocol Assessment (ZPA) agreement was reached on the Beta Rating Scale.", [])]
    ['Beta Rating Scale']
    >>> [m.label for m in named_scale("It used the Global Index of Zeta Function (GIZF) and the Zeta Inventory.", [])]
    ['Global Index of Zeta Function', 'Zeta Inventory']
    >>> [m.label for m in named_scale("Zeta was rated with the Beta Assessment Method.", [])]
    ['Beta Assessment Method']
    """
    out = []
    for m in scale_matches(text) if INSTRUMENT_WORD.search(text) else ():
        start, name = m.start(), m.group(0)
        words = name.split(" ")
        short = ABBREVIATION_AFTER.match(text, m.end())
        if words[0].islower() and not (short and short.group("short")[0].islower()
                                       and acronym_of(short.group("short"), name)):
            start += len(words[0]) + 1
            words = words[1:]
        while words and (words[0] in LEADING or words[0] in ARTICLES_WORDS):
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or ORGANIZATION_WORD.search(text, start, m.end()) or AGREEMENT_AFTER.match(text, m.end()):
            continue          # "the National Institute for Health Research Health Technology Assessment": a funder;
            #                   "a Zeta Protocol Assessment (ZPA) agreement": a regulator's agreement
        end = m.end()
        if text[end - 1:end] != " " and (tail := OF_NAME_TAIL.match(text, end)):
            end = tail.end()                # ("the Zeta Index | of Beta Function (ZIBF)")
        if text[end - 1:end] == " ":        # a name before a lower-case instrument word: a scale's name by its words
            end -= 1                        # or its short form ("the Acme Quality of Life scale", "the Zeta (ZS) scale")
            if not (SCALE_NAME_WORD.search(text, start, end) or short) or \
                    (short and any(f.start == short.start("short") for f in found)):
                continue                    # (a short form the list knows names it: "the Zeta Impression (CGI-S) scale")
        phrase = text[start:end]
        label = load_names().labels.get(phrase.lower(), phrase)
        part = SCALE_PART.match(text, end)
        if part:
            end = part.end()
            if part.group(0).strip().lower().startswith("part"):
                label = f"{label} {part.group(0).strip()}"
        out.append(mention(text, start, end, label))
    return out


# an instrument word inside a run of capitalised words, where the next instrument's name begins: "the Zeta Analogue Scale |
# and Beta Rating Scale", "Zeta Activity Log | Beta Impact Scale" (not where the words go on naming the same one: "Test
# Battery", "Index Score", "Scale Revised")
INNER_INSTRUMENT_END = re.compile(rf"\b(?:{cues.INSTRUMENT_WORDS})(?=\s(?:and\s)?(?!(?:{cues.INSTRUMENT_WORDS}|Revised|Expanded|"
                                  r"Short|Total|Part|Battery|Method|Tool)\b)[A-Z][a-z])")


def scale_matches(text: str):
    """The matches of NAMED_SCALE in ``text``, a run of two instruments' names cut after the first one's instrument
    word (and searched again from there).

    >>> [m.group(0) for m in scale_matches("were the Zeta Analogue Scale and Beta Life Rating Scale")]
    ['the Zeta Analogue Scale', 'and Beta Life Rating Scale']
    """
    pos = 0
    while (m := NAMED_SCALE.search(text, pos)) is not None:
        inner = INNER_INSTRUMENT_END.search(text, m.start(), m.end() - 1)
        if inner is not None:
            m = NAMED_SCALE.match(text, m.start(), inner.end()) or m
        yield m
        pos = max(m.end(), pos + 1)


# a scale known only by its letters, named as scored: "the ABCD score", "ABC-D total scores"
ROMAN = re.compile(r"[IVX]{1,5}")
SCORED_ABBREVIATION = rx.compile(r"(?<![\w-])(?P<abbr>[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,5})?)\s(?:total\s)?scores?\b")


def scored_abbreviation(text: str, found: list[Mention]) -> list[Mention]:
    """A scale the list does not know, named by its letters and "score": "the ABCD score" is the measure ABCD.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("The change in mean ABCD score was larger with XY-123 (p=0.01).")]
    ['ABCD']
    """
    out = []
    for m in SCORED_ABBREVIATION.finditer(text):
        if not any(f.start < m.end() and m.start() < f.end for f in found) and not ROMAN.fullmatch(m.group("abbr")):
            # (the list's name for it wins; "Part III score" is a part of a scale named before)
            out.append(Mention(m.group(), m.start(), m.end(), KIND, m.group("abbr"), (), LETTERS))
    return out


def first_occurrence(text: str, found: list[Mention]) -> list[Mention]:
    """ "the first occurrence of A, B or C": a composite of events, labelled by its events as written.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("The primary endpoint was the first occurrence of cardiovascular death or stroke.")]
    ['cardiovascular death or stroke']
    """
    out = []
    for hit in FIRST_OCCURRENCE.finditer(text):
        stop = ITEMS_END.search(text, hit.end(), min(len(text), hit.end() + 200))
        end = stop.start() if stop else min(len(text), hit.end() + 200)
        items = text[hit.end():end].rstrip(" ,")
        end = hit.end() + len(items)
        parts = re.split(r",\s(?:or\s)?|\sor\s", items)
        events = sum(any(EVENT_WORD.search(w) for w in WORD.findall(p)) for p in parts)
        if " or " not in items or len(parts) < 2 or events < len(parts) or len(items.split()) > 20:
            continue                   # several events, each named as one
        out.append(mention(text, hit.end(), end, items))
    return out


def weight_threshold(text: str, found: list[Mention]) -> list[Mention]:
    """A responder threshold on weight, labelled "weight reduction of N% or more" ("weight loss of ..." where the text
    says loss).

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("At least 10% weight loss was reached by 61% of patients on XY-123.")]
    ['weight loss of 10% or more']
    >>> [m.label for m in find_measures("People on XY-123 lost 12.5 percent of their weight at week 24.")]
    ['body weight']
    """
    out = []
    for m in WEIGHT_THRESHOLD.finditer(text):
        n = m.group("a") or m.group("b") or m.group("c")
        if m.group("a") and not (m.group("leasta") or m.group("morea")):
            end = m.start() + m.group().lower().index(" of ")     # "a weight reduction of 21.4%": body weight's change
            if not inner(found, m.start(), end):
                out.append(replace(mention(text, m.start(), end, "body weight"), attrs=QUANTITY))
            continue
        if m.group("c") and not (m.group("least") or m.group("more2")):
            continue                   # "lost 12% of their body weight": a change
        if m.group("b") and not (m.group("more") or text[max(0, m.start() - 9):m.start() + 9].lower().find("at least") >= 0
                                 or text[m.start():m.start() + 2] in ("≥", ">=")):
            continue                   # "a 15% weight reduction": a change
        noun = "loss" if "loss" in m.group().lower() else "reduction"       # (the writer's noun, a verb's as reduction)
        out.append(mention(text, m.start(), m.end(), f"weight {noun} of {n}% or more"))
    out += [replace(mention(text, *m.span("x"), "body weight"), attrs=QUANTITY) for m in SHARE_OF_WEIGHT.finditer(text)
            if not inner(found + out, *m.span("x"))]
    return out


# the share of their weight people lost or gained, a change in body weight: "lost 12 percent of their | weight"
SHARE_OF_WEIGHT = rx.compile(r"(?=[lg])\b(?:lost|lose|losing|gained|gain|gaining)\s(?:(?:an\saverage|a\smean|a\smedian)\sof\s"
                             r"|about\s|nearly\s|almost\s|up\sto\s)?\d{1,2}(?:\.\d{1,2})?\s?(?:%|percent)\sof\s"
                             r"(?:their|his|her|the)\s(?:(?:initial|baseline|starting|total)\s)?(?P<x>weight)\b", re.I)


# a result set against another arm's in the same sentence
AGAINST_ARM = rx.compile(r"(?=[cvpt])\b(?:compared|versus|vs\.?|v\.?|than|placebo)(?!\w)", re.I)
# the verb that gives a quantity its number: "... | was 30%"
VALUE_AFTER = re.compile(r"\s(?:was|were)\s(?:(?:about|approximately)\s)?[-–]?\d")
# the words that compare one arm's value with another's
COMPARATIVE = r"(?:lower|higher|greater|smaller|longer|shorter|less|more|fewer)"
# the adverbs between a result's verb and its comparative: "was | also significantly | longer"
DEGREE = r"(?:(?:also|significantly|markedly|numerically|slightly|statistically)\s){0,2}"
# the predicate of a subject set against another arm: "... | was significantly greater in", "... | were similar for"
COMPARED_PREDICATE = re.compile(r"(?:\s(?:with|in|among|for)\s[^.;()]{1,40}?\s\([^()]{1,40}\))?"
                                r"\s(?:was|were)\s" + DEGREE + COMPARATIVE + r"\s")
# the arms a sentence gives numbers for after a quantity: "... in the XY group and ... in the placebo group", "... with
# XY and ... with AB", or one set against the other ("versus", "compared with")
TWO_GROUPS = re.compile(r"\b(?:[Gg]roup|arm)s?\b")
# two numbers, each with its arm's label in brackets after it: "18.5% (Early) and 24.0% (Late)"
ARMS_BRACKETED = re.compile(r"\d%?\s?\([A-Za-z][\w+/ -]{0,30}\)\s(?:and|vs\.?|versus)\s[-–]?\d[\d.]*+%?\s?\([A-Za-z]")


def per_arm_after(text: str, end: int) -> bool:
    """Does ``text`` after ``end`` give numbers for two arms ("in the XY group and ... in the placebo group")?

    >>> per_arm_after("was 3 in the XY group and 5 in the placebo group", 0), per_arm_after("was 3 in June", 0)
    (True, False)
    >>> per_arm_after("were 18.5% (Early) and 24.0% (Late) per patient", 0)
    True
    """
    return bool(AGAINST_ARM.search(text, end)) or len(TWO_GROUPS.findall(text, end)) >= 2 or \
        bool(ARMS_BRACKETED.search(text, end)) or text.find("respectively", end) >= 0 or \
        (text.count(" with ", end) >= 2 and text.find(" and ", end) >= 0) or \
        (text.count(" for ", end) >= 2 and text.find(" and ", end) >= 0)     # "6% for XY and 7% for AB"


# a timed function test named by its distance or duration: "10-meter walk/run", "6-minute walk test", "4-stair climb"
TIMED_TEST = rx.compile(r"\b(?:timed\s)?(?:\d{1,3}|two|four|six|ten|twelve)[- ](?:meter|metre|foot|minute|stair|step)s?[- ]"
                        r"(?:walk(?:/run|[- ]run)?|run|climb)(?:\s(?:test|distance))?\b", re.I)


def timed_test(text: str, found: list[Mention]) -> list[Mention]:
    """A timed function test, labelled as written ("10-metre walk/run") or as the list names it; a listed name of the
    same span wins. Its head word may follow its short form: "six minute walk (SMW) distance".

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("XY-123 boys walked faster on the 10-metre walk/run (P=0.01).")]
    ['10-metre walk/run']
    >>> [m.label for m in find_measures("It improved the six minute walk (SMW) distance by 18 metres.")]
    ['six-minute walk distance']
    """
    out = []
    for m in TIMED_TEST.finditer(text):
        head = HEAD_AFTER_SHORT.match(text, m.end()) if not m.group(0).lower().endswith(("test", "distance")) else None
        label = f"{m.group(0)} {head.group('head')}" if head else m.group(0)
        out.append(mention(text, m.start(), m.end(), load_names().labels.get(folded(label), label)))
    return out


# a measure's head word after its short form: "six minute walk | (SMW) distance"
HEAD_AFTER_SHORT = re.compile(r"\s?\([A-Za-z0-9-]{2,8}\)\s(?P<head>distance|test)\b")


def freedom(text: str, found: list[Mention]) -> list[Mention]:
    """ "were free of hospitalizations for X", "freedom from severe Y": the event as written, where the sentence
    gives a span of time, a share of patients or names an endpoint; "remained zeta-free": the state.

    >>> [m.label for m in freedom("By week 24, 61% and 20% of patients on XY-1 and placebo remained flare-free.", [])]
    ['flare-free']
    """
    if not (FREEDOM.possible(text) or STATE_FREE.possible(text)) or \
            not (cues.ENDPOINT_WORD.search(text) or FREEDOM_SETTING.search(text)):
        return []
    out = [mention(text, *hit.span("x"), hit.group("x").lower()) for hit in STATE_FREE.finditer(text)
           if hit.group("x").lower().split("-")[0] not in FREEDOM_SKIP]
    for hit in FREEDOM.finditer(text):
        end = phrase_end(text, hit.end(), 7)
        event = text[hit.end():end]
        words = event.lower().split()
        if not words or words[0] in FREEDOM_SKIP or words[-1] in FREEDOM_SKIP or \
                not (words[-1].endswith("s") or EVENT_WORD.search(words[-1]) or is_short_form(event.split()[-1])):
            continue
        start = hit.start() if hit.group(0).lower().startswith("freedom") else hit.start() + hit.group(0).lower().index("free")
        out.append(mention(text, start, end, written(text[start:end])))
    return out


# a vaccine said to be effective by a share: "the vaccine is 91% | effective" (its efficacy)
SHARE_EFFECTIVE = rx.compile(r"\d\s?(?:%|percent)\s(?P<x>effective)\b(?!\s(?:dose|doses|treatment|therapy|contraception))")


def vaccine_effective(text: str, found: list[Mention]) -> list[Mention]:
    """ "is 91.3 percent effective", said of a vaccine: the vaccine's efficacy.

    >>> [m.label for m in vaccine_effective("Acme says its vaccine is 91.3 percent effective.", [])]
    ['vaccine efficacy']
    """
    if "vaccin" not in text.lower():
        return []
    return [mention(text, *m.span("x"), "vaccine efficacy") for m in SHARE_EFFECTIVE.finditer(text)]


# what a vaccine's efficacy is against, after its name, its value and their brackets: "vaccine efficacy (VE) (95% CI:
# ...) | against | X", "VE of 55.4% (...) against X", "70.2% effective | in preventing | X"
AGAINST_AFTER = rx.compile(r"(?:\s?\([^()]{0,80}\))*+(?:,?\s(?:of|was|is)\s\d{1,3}(?:\.\d{1,2})?\s?(?:%|percent)(?:\s?\([^()]{0,80}\))*+)?"
                           r"\s(?:against|in\spreventing(?:\sagainst)?)\s(?:the\s)?", re.I)


def efficacy_against(text: str, end: int) -> str | None:
    """What the efficacy of a vaccine named just before ``end`` is against ("vaccine efficacy ... against X"): X's
    words, up to a stop word, a number or punctuation, else None.

    >>> t = "It showed 80.5% vaccine efficacy (VE) (95% CI: 70.1, 87.2) against hospitalized zeta fever, with 82.0% VE"
    >>> efficacy_against(t, t.index(" (VE)"))
    'hospitalized zeta fever'
    >>> t = "overall VE of 55.4% (95% CI: 50.3, 60.0) against virologically-confirmed zeta fever (VCZ)"
    >>> efficacy_against(t, t.index(" of"))
    'virologically-confirmed zeta fever'
    >>> efficacy_against("vaccine efficacy was 60% in adults", 16) is None
    True
    """
    hit = AGAINST_AFTER.match(text, end)
    if hit is None:
        return None
    words = text[hit.end():phrase_end(text, hit.end(), 8)].strip()
    return words or None


def mortality(text: str, found: list[Mention]) -> list[Mention]:
    """ "28-day mortality", "all-cause mortality" where the sentence reports or names a result."""
    if not MORTALITY_SHAPE.possible(text) or not cues.QUANTITY_RESULT.search(text):
        return []            # (the shape's literal first: one bit, where the cue is searched in the whole sentence)
    return [mention(text, m.start(), m.end(), load_names().labels.get(m.group(0).lower(), m.group(0).lower()))
            for m in MORTALITY_SHAPE.finditer(text) if not cues.RELATED_EVENT.search(text, max(0, m.start() - 20), m.start())]
