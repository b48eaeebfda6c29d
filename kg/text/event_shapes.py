"""Measures named by an event: "time to <event>", "a composite of A, B or C", "the risk of <event>", events counted
("days of <event>"), "the first occurrence of <event>". :func:`kg.text.measures.find_measures` calls them in turn with
the other named shapes (:mod:`kg.text.measure_shapes`).
"""

from __future__ import annotations

import re

from kg.model import Mention
from kg.text import cues
from kg.text import prefilter as rx
from kg.text.measure_list import acronym_of, mention
from kg.text.measure_shapes import ABBREVIATION_AFTER, EVENT_WORD, ING_NOUNS, ROLE_ENDPOINT, WORD, inner, phrase_end, written

TIME_TO = rx.compile(r"\btime[- ]to[- ](?P<the>the )?(?:first )?(?:(?:occurrence|onset|development) of (?:a |an |the )?)?", re.I)
# before a "time to X" that is a result, not a phrase of speech ("the median time to X", "a shorter time to X")
TIME_TO_LEAD = rx.compile(r"(?=[adefilmpogrst])\b(?:median|mean|average|the|a|shorter|longer|faster|slower|prolonged|delayed|improved|"
                          r"reduced|(?:end\s?points?|outcomes?|goals?)\sof)\s$", re.I)     # ("endpoint of | time to X")
# before a "time to X" that a sentence naming an endpoint states or lists: "the secondary endpoint was | time to X",
# "endpoints included A and | time to X"
LISTED_LEAD = rx.compile(r"(?:\b(?:was|were|included|includes|including|and)|,)\s$", re.I)
# a count of things inside a "time to X" phrase: "time to resolution of the five symptoms", "time to climb four steps"
COUNTED = rx.compile(r"\s(?P<conn>(?:of|the|all)\s){0,2}(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s"
                     r"(?P<noun>[a-z]{3,20}s)\b")
# a time given as a result: "12.5 days", "16 weeks"
TIME_VALUE = rx.compile(r"(?=[\d])(?<![\w.-])\d{1,4}(?:\.\d{1,3})?\s?(?:hours?|hrs?|h|days?|weeks?|months?|years?|minutes?|mins?)\b", re.I)
TIME_NOUNS = frozenset("hours days weeks months years minutes seconds patients participants times doses".split())
COMPOSITE = rx.compile(r"(?=[c])\bcomposite\b(?:\s(?P<noun>outcome|endpoint|end point|end-point))?(?:\s(?P<of>of)\s)?", re.I)
# words that name no event of their own after "the risk of"
GENERIC_EVENTS = frozenset("this that these it events event outcomes outcome such".split())
# an endpoint that is the first of several events: "the first occurrence of A, B or C"
FIRST_OCCURRENCE = rx.compile(r"\bfirst occurrence of (?:a |an |any |the )?", re.I)
# a composite's further event after a known one: "(cardiovascular death) | or heart failure hospitalisation"
OR_EVENT = rx.compile(r"\s(?:or|and/or)\s(?:first\s)?[a-z][\w-]*(?:\s[a-z][\w-]*){0,4}$", re.I)


# a change that is the event a time is taken to, and the words naming what changed after it: "time to | improvement |
# in zeta itch", "time to | resolution | of zeta fever"
CHANGE_EVENTS = frozenset("improvement resolution alleviation relief recovery reduction normalization normalisation "
                          "disappearance clearance".split())
CHANGE_IN_AFTER = rx.compile(r"\s(?:in|of)\s(?:the\s)?(?=[a-z])", re.I)


# the care a patient leaves, after "time to discharge" or "time to weaning": "| from (the) ICU", "| from mechanical
# ventilation", "| from hospital"
LEFT_FROM = re.compile(r"\sfrom\s(?:the\s)?(?:ICU|intensive\scare(?:\sunit)?|hospital|(?:mechanical\s|invasive\s)?ventilation|"
                       r"(?:supplemental\s)?oxygen|dialysis|vasopressors?|ventilator)\b")


def time_to(text: str, found: list[Mention]) -> list[Mention]:
    """ "time to the first major adverse cardiovascular event (MACE)": the event's name, known or defined right
    after; a time to an event named only in passing ("time to onset of a rash") is read under other names.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("The primary endpoint was time to cardiovascular death or zeta admission.")]
    ['time to cardiovascular death or zeta admission']
    >>> [m.label for m in find_measures("Median time to improvement in zeta itch was shorter with XY-123.")]
    ['time to improvement in zeta itch']
    >>> [m.label for m in find_measures("Median time to discharge from ICU was 9 days vs. 13 days (HR 0.7).")]
    ['time to discharge from ICU']
    """
    out = []
    for hit in TIME_TO.finditer(text):
        end = phrase_end(text, hit.end())
        if (change := CHANGE_IN_AFTER.match(text, end)) and text[hit.end():end].lower() in CHANGE_EVENTS \
                and not COUNTED.match(text, end) and (named := phrase_end(text, change.end())) > change.end():
            end = named                     # ("time to improvement | in zeta itch": what improved is named)
        if (left := LEFT_FROM.match(text, end)) is not None:
            end = left.end()                # ("time to discharge | from ICU", "time to weaning | from mechanical
            #                                 ventilation": what the patient left is part of the event)
        event = text[hit.end():end]
        if not event or event.lower() in ("event", "events"):
            continue
        short = ABBREVIATION_AFTER.match(text, end)
        if short and EVENT_WORD.search(event.split()[-1]) and acronym_of(short.group("short"), text[hit.start():end]):
            out.append(mention(text, hit.start(), end, short.group("short")))
            continue
        known = inner(found, hit.end(), end)
        if known:
            out += known_event(text, hit.start(), hit.end(), end, known, "time to")
        else:
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
    listed = not (opens or TIME_TO_LEAD.search(text, max(0, hit.start() - 12), hit.start()))
    if listed and not (LISTED_LEAD.search(text, max(0, hit.start() - 12), hit.start()) and cues.ENDPOINT_WORD.search(text)):
        return None                    # "Time to healing was 16.7 weeks" opens a sentence on a result
    if listed and " and " in text[hit.end():end]:
        end = text.index(" and ", hit.end())        # ("endpoints were time to X and Y": "and" joins two of a list)
    if not (cues.ENDPOINT_WORD.search(text) or any(map(str.isdigit, text))):
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
# a count of events over time, the usual measure of episodic diseases: "the number of zeta days", "the mean number
# of monthly headache days", "the number of seizures", "the annualised number of relapses"
COUNTED_EVENTS = rx.compile(r"""(?=[fn])\b(?P<noun>number|frequency)\sof\s(?P<x>(?:(?!(?:the|patients|participants|people|subjects)\b)[a-z][\w-]{1,20}\s){0,2}
    (?:days|attacks|episodes|exacerbations|seizures|relapses|flares|hospitali[sz]ations|admissions|bleeds|bleeding\sevents))\b""",
                            re.I | re.X)
# what bare days are days of: "the number of days | of delirium | during ...", "... | of sick leave", "... | with zeta
# pain" (one or two words, not a time or a treatment: "days of treatment")
DAYS_OF = rx.compile(r"\s(?:of|with|without)\s(?!(?:the|a|an|treatment|therapy|study|follow-up|age)\b)[a-z][\w-]{2,20}+"
                     r"(?:\s(?!(?:during|in|at|with|after|before|for|from|to|and|or|was|were|is|are|than|per|between|among)\b)"
                     r"[a-z][\w-]{2,20}+)?(?![\w-])")
# the event whose risk a result lowers or raises: "reduced the risk of hospitalization for heart failure by 30%", "a 25%
# lower risk of stroke (HR 0.75 ...)" (not who is at risk: "patients at high risk of stroke")
RISK_OF = rx.compile(r"(?=[r])\brisk\s(?:of|(?P<cut>reduction\s(?:in|of)))\s(?:an?\s|the\s|any\s)?", re.I)
# another event given its own estimate after the first's bracket: "the risk of A (HR ...) |, B | (HR ...), and | C | (HR"
NEXT_BRACKETED = re.compile(r"\),?\s(?:and\s)?(?:of\s)?(?P<x>[a-z][\w-]*(?:\s[a-z][\w/-]*){0,5})\s\((?=(?:a?HR|a?OR|a?RR|hazard\sratio|"
                            r"odds\sratio|relative\srisk|rate\sratio)\b)")
AT_RISK = rx.compile(r"(?=[aeghi])\b(?:at|high|higher|increased|elevated|greater)\s(?:\w{3,12}\s)?$", re.I)
# the sentence gives the change in that risk as a number: "by 30%", "a 25% lower", "hazard ratio 0.75"
RISK_NUMBER = rx.compile(r"""(?=[\dbhHoOrRaA])(?:\bby\s(?:about\s|approximately\s|nearly\s|almost\s|some\s)?\d{1,2}(?:\.\d{1,2})?\s?(?:%|percent)
    |\b\d{1,2}(?:\.\d{1,2})?\s?(?:%|percent)\s(?:relative\s)?(?:lower|reduced|reduction|higher|increased|greater|decrease|increase)
    |\bhazard\sratio|\ba?HR\b|\bodds\sratio|\b[aA]?OR\b|\brelative\srisk\b|\brisk\sratio|\ba?RR\b)""", re.X)


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
                or text[hit.end():hit.end() + 1].isupper() or ROLE_ENDPOINT.search(text, hit.start(), end):
            continue                   # (nor a headline's "Reduced Risk of Disease Progression"; nor the events of an
            #                            endpoint named by its role)
        known = inner(found, hit.end(), end)
        head = "" if hit.group("cut") else "risk of "      # ("a 19% relative risk reduction in | X": X itself)
        if known:
            out += known_event(text, hit.start(), hit.end(), end, known, "risk of")
        else:
            out.append(mention(text, hit.end() if head == "" else hit.start(), end,
                               head + written(text[hit.end():end], first_word=False)))
        out += bracketed_after(text, out[-1].end if out else end, found)
    return out


def bracketed_after(text: str, at: int, found: list[Mention]) -> list[Mention]:
    """The events listed after a risk's first one, each with its own estimate in brackets (:data:`NEXT_BRACKETED`).

    >>> from kg.text.measures import find_measures
    >>> t = "XY-123 cut the risk of zeta death (HR, 0.8; 95% CI, 0.6 to 0.9), beta stroke (HR, 0.7), and gamma loss (HR, 0.6)."
    >>> [m.label for m in find_measures(t)]
    ['risk of zeta death', 'beta stroke', 'gamma loss']
    """
    out = []
    close = text.find(")", at)
    while close != -1 and (hit := NEXT_BRACKETED.match(text, close)):
        if not any(m.start < hit.end("x") and hit.start("x") < m.end for m in found):
            out.append(mention(text, hit.start("x"), hit.end("x"), written(hit.group("x"), first_word=False)))
        close = text.find(")", hit.end())
    return out


# an event named before "incidence": "| HIV | incidence", "| malaria | incidence" (not which incidence: "the cumulative
# incidence", "a lower incidence")
NAMED_INCIDENCE = rx.compile(r"(?<![\w-])(?P<x>[A-Z][A-Z0-9]{1,8}(?:-\d{1,2})?|[a-z][a-z-]{3,20}+)\s(?P<head>incidence)\b")
NOT_AN_EVENT = frozenset("""cumulative annual overall background lower higher total mean median similar crude greater
    their the this that with event events study trial baseline high low reduce increase decrease raise""".split())
NOT_AN_EVENT_END = ("ed", "ing", "ly")          # (a participle or an adverb: "the accumulated incidence")


def named_incidence(text: str, found: list[Mention]) -> list[Mention]:
    """ "X incidence", where the sentence gives numbers, as a measure labelled so (the list's name where it knows X).

    >>> [m.label for m in named_incidence("ZV incidence was 0.1 per 100 person-years with XY-123.", [])]
    ['ZV incidence']
    >>> named_incidence("The cumulative incidence was 12%.", []) + named_incidence("ZV incidence is rising.", [])
    []
    >>> named_incidence("The accumulated incidence was 12%.", []) + named_incidence("It can reduce incidence by 9%.", [])
    []
    """
    if not any(ch.isdigit() for ch in text):
        return []
    out = []
    for hit in NAMED_INCIDENCE.finditer(text):
        x = hit.group("x")
        if x.lower() in NOT_AN_EVENT or x.endswith(NOT_AN_EVENT_END) or inner(found, hit.start(), hit.end()):
            continue
        # (the span is the head word's: the event's own name stays a disease's mention, as "breast | cancer incidence")
        out.append(mention(text, hit.start("head"), hit.end(), f"{x} incidence"))
    return out


def known_event(text: str, start: int, begin: int, end: int, known: Mention, head: str) -> list[Mention]:
    """The measure of a "time to" or "risk of" phrase (``head``) over ``[start, end)`` whose event, from ``begin``, the
    list knows: the known measure where it fills the phrase, the phrase with its head where the known event is one of
    several joined by "or" ("time to cardiovascular death or zeta admission"), else none.

    >>> t = "the risk of zeta death or beta stroke"
    >>> [m.label for m in known_event(t, 4, 12, len(t), Mention("zeta death", 12, 22, "measure", "zeta death"), "risk of")]
    ['risk of zeta death or beta stroke']
    """
    if known.end >= end:
        return [mention(text, start, known.end, known.label)]
    if OR_EVENT.match(text, known.end, end):
        return [mention(text, start, end, f"{head} {text[begin:end].removeprefix('the ')}")]
    return []



def counted_events(text: str, found: list[Mention]) -> list[Mention]:
    """ "the number of zeta days" as a measure (its label: "number of zeta days"; "frequency of ..." likewise).

    >>> [m.label for m in counted_events("the mean number of monthly zeta days fell", [])]
    ['number of monthly zeta days']
    >>> [m.label for m in counted_events("a reduction in the frequency of zeta days", [])]
    ['frequency of zeta days']
    >>> [m.label for m in counted_events("the number of days of zeta fever during the stay was lower", [])]
    ['number of days of zeta fever']
    >>> [m.label for m in counted_events("a smaller number of days with zeta cough (p<0.01)", [])]
    ['number of days with zeta cough']
    """
    out = []
    for hit in COUNTED_EVENTS.finditer(text):
        end, x = hit.end(), " ".join(hit.group("x").lower().split())
        if x == "days" and (what := DAYS_OF.match(text, end)):
            end, x = what.end(), f"{x}{what.group(0).lower()}"    # (bare "days" count what they are days of)
        if not inner(found, hit.start(), end):
            out.append(mention(text, hit.start(), end, f"{hit.group('noun').lower()} of {x}"))
    return out


COMPOSITE_ADJ = frozenset("kidney renal cardiovascular cardiorenal cardiac cardiopulmonary heart efficacy clinical "
                          "hepatic liver respiratory thrombotic vascular bleeding failure".split())
ROLES = frozenset("primary secondary key exploratory main".split())
LIST_AND = rx.compile(r",\s(?:and|as well as)\s|\s(?:and\s)?also\s")
# a clause set against a list of events, which ends it: "a composite of A or B|, but the trial was ..."
CLAUSE_AGAINST = rf",\s(?:{cues.CONTRAST_WORDS}|which)\b"
ITEMS_END = rx.compile(r"[.;:()\[\]]|\s(?:was|were|is|are|occurred|had|has|versus|vs\.?|compared|(?<!greater\s)(?<!less\s)(?<!more\s)than|among)\b|\s(?:in|by)\s(?=\d)"
                       rf"|{CLAUSE_AGAINST}"
                       # (or how it was counted: "A, B or C|, adjudicated by a blinded committee")
                       r"|,\s(?:(?:as\s)?(?:assessed|measured|evaluated|analy[sz]ed|adjudicated|defined|ascertained|confirmed)|both)\b"
                       # (or the next result of a list: "a composite of A, B and C|, a 28% reduction in ...")
                       r"|,\s(?:an?\s|and\s)?(?:\d{1,3}(?:\.\d{1,2})?\s?(?:%|percent)|(?:a\s)?(?:lower|higher|reduced|fewer)\s)"
                       # (or the time it was counted at: "| at one year", "| within 30 days")
                       r"|\s(?:at|within|over|through|during)\s(?=(?:the\s)?(?:\d|one|two|three|six|twelve|first|day|week|month|year))")
# an event of a composite: up to two words before its head ("cardiovascular death", "Covid-19-related
# hospitalization") and what it is for or from ("hospitalization for heart failure", "death from any cause")
_EVENT = (r"(?:[A-Za-z][\w'’–-]{0,30}+\s){0,2}?(?:deaths?|hospitali[sz]ations?|hospital\sadmissions?|strokes?|myocardial\s"
          r"infarctions?|(?-i:A?MIs?)|heart\sattacks?|embolism|(?:kidney|renal|heart|liver)\sfailure|(?-i:HF)|revasculari[sz]ations?|amputations?|"
          r"dialysis|thrombosis)(?:\s(?:for|from|due\sto)\s(?:any\scause|(?:[a-z][\w-]{0,20}+\s){0,2}?"
          r"(?:failure|causes?|disease|reasons?|strokes?|infarctions?|bleeding|attacks?|embolism|angina|infections?)))?")
# two events or more in one composite measure: "hospitalization for heart failure or cardiovascular death", "death,
# stroke or kidney failure"
EVENTS_OR = rx.compile(rf"(?=[A-Za-z])(?<![\w-]){_EVENT}(?:,\s{_EVENT}){{0,4}},?\sor\s{_EVENT}(?![\w-])", re.I)
# words before the composite that are not its own ("the risk of", "effect on")
EVENT_LEAD = re.compile(r"^(?:(?:[\w-]+\s)?(?:was|were|is|are|included|had|has|have)\s)?"   # (or a role's verb:
                        #                                 "endpoint was | A, B or C", "there were no | A or B")
                        r"(?:(?:the|a|an|no|any|of|on|in|risk|rate|rates|incidence|occurrence|effect|and|either|fewer|more|less|lower|higher"
                        # (or the role's own words: "the primary | endpoint of | A, B or C"; who had them: "7% |
                        # suffered | A or B"; a clause's link: "Similarly, whereas | A or B rose ...")
                        r"|primary|secondary|endpoint|outcome|suffered|experienced|developed|sustained|similarly|whereas|while"
                        r"|however)\s)*", re.I)


def event_composite(text: str, found: list[Mention]) -> list[Mention]:
    """Two events joined by "or" as one measure, whatever other measure each names alone.

    >>> [m.label for m in event_composite("no effect on hospitalization for heart failure or cardiovascular death (3.0% vs 3.5%)", [])]
    ['hospitalization for heart failure or cardiovascular death']
    >>> [m.label for m in event_composite("The incidence of Zeta-related hospitalization or death by day 30 was lower", [])]
    ['zeta-related hospitalization or death']
    >>> [m.label for m in event_composite("There were no deaths, strokes or heart failure within 30 days.", [])]
    ['deaths, strokes or heart failure']
    """
    out = []
    for hit in EVENTS_OR.finditer(text):
        lead = EVENT_LEAD.match(hit.group())
        start = hit.start() + (lead.end() if lead else 0)
        if start < hit.end():
            out.append(mention(text, start, hit.end(), written(text[start:hit.end()], first_word=start > 0)))
    return out


OCCURRENCE_LEAD = re.compile(r"(?:the\s)?(?:first\s)?occurrence\sof\s(?:the\s)?", re.I)


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
            stop, asides = items_stop(text, hit.end())
            end = stop.start() if stop else min(len(text), hit.end() + 240)
            items = text[hit.end():end]
            cut = LIST_AND.search(items)
            if cut and " or " in items[:cut.start()]:
                items = items[:cut.start()]           # "a composite of A or B, and C": C is the next item of a list
            items = items.rstrip(" ,")
            if items and len(items.split()) >= 2 and not stop or (stop and stop.start() > hit.end()):
                end = hit.end() + len(items)
                lead = OCCURRENCE_LEAD.match(items)     # ("its composite: | the first occurrence of | A or B": of A or B)
                label = without_asides(text, hit.end() + (lead.end() if lead else 0), end, asides)
                out.append(mention(text, start, end, "composite of " + label))
        elif roles and noun and (items := composite_defined(text, hit.end("noun"))):
            out.append(mention(text, items[0], items[1], written(text[items[0]:items[1]], first_word=False)))
        elif roles and noun:
            out.append(mention(text, start, hit.end("noun"), f"{' '.join(r.lower() for r in roles)} composite{noun.lower()}"))
    return out


# an item's aside in brackets, after which the list goes on: "a composite of A | (defined as x, y or z) |, B or C"
# (not a result's numbers: "A or B | (hazard ratio, 0.8; 95% CI ...) | and of C")
ASIDE = re.compile(r"\((?![^()]{0,160}(?:ratio|CI\b|[<>=≤≥]\s?0?\.\d|%|;))[^()]{1,160}\)(?=,\s|\s(?:or|and)\s)")


def items_stop(text: str, begin: int) -> tuple[re.Match | None, list[tuple[int, int]]]:
    """Where a composite's items from ``begin`` end (:data:`ITEMS_END`), past the asides in brackets that an item
    carries (:data:`ASIDE`), and those asides' spans.

    >>> t = "a composite of zeta failure (dialysis or transplant), beta doubling, or death."
    >>> stop, asides = items_stop(t, 15)
    >>> t[15:stop.start()], [t[a:b] for a, b in asides]
    ('zeta failure (dialysis or transplant), beta doubling, or death', ['(dialysis or transplant)'])
    """
    limit, asides = min(len(text), begin + 240), []
    stop = ITEMS_END.search(text, begin, limit)
    while stop is not None and stop.group() == "(" and (aside := ASIDE.match(text, stop.start())) is not None:
        asides.append(aside.span())
        stop = ITEMS_END.search(text, aside.end(), limit)
    return stop, asides


def without_asides(text: str, start: int, end: int, asides: list[tuple[int, int]]) -> str:
    """The words of ``[start, end)`` without the asides in brackets inside it (and the space before each)."""
    parts, at = [], start
    for a, b in asides:
        if start <= a and b <= end:
            parts.append(text[at:a].rstrip())
            at = b
    return "".join(parts) + text[at:end]


# what a role's composite endpoint is said to be: "the primary composite endpoint was | A or B within 90 days"
COMPOSITE_DEFINED = rx.compile(r"\s(?:was|is)\s(?:the\s)?")
COMPOSITE_ITEMS_END = rx.compile(r"[.;:()\[\]]|\s(?:within|at|by|over|through|during|after|in|among|versus|vs\.?|"
                                 rf"compared|was|were|occurred)\s|{CLAUSE_AGAINST}")


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
