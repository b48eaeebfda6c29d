"""Measures named by the state an endpoint counts: "<...>-free survival" and a share alive, freedom from an event,
mortality, vaccine efficacy against a disease, a weight-loss threshold, a timed function test ("6-minute walk").
:func:`kg.text.measures.find_measures` calls them in turn with the other named shapes (:mod:`kg.text.measure_shapes`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Mention
from kg.text import cues
from kg.text import prefilter as rx
from kg.text.measure_list import QUANTITY, folded, is_short_form, load_names, mention
from kg.text.measure_shapes import EVENT_WORD, inner, phrase_end, written

SURVIVAL = rx.compile(r"\b(?:overall|(?:[A-Za-z]{3,20}-)?[A-Za-z]{3,20}[- ]free)\s+survival\b", re.I)
# survival as a median time, with no event named: overall survival ("a median survival of 14 months"; not "median
# survival free of ...")
MEDIAN_SURVIVAL = rx.compile(r"(?=[m])\bmedian\s(?P<x>survival)\b(?!\s(?:time\s)?(?:free|without)\b)", re.I)
# survival alone as what a trial measured: an endpoint's definition or what a therapy was said to change ("The primary
# endpoint was | survival", "did not affect | survival"; not "survival of grafts", "survival curves")
BARE_SURVIVAL = rx.compile(r"""(?=[abdeilop])\b(?:end\s?points?\s(?:was|is)|outcomes?\s(?:was|is)|(?:improved|prolonged|extended|
    affect(?:ed)?|increased|benefit(?:ed)?(?:\s(?:in|on))?))\s(?P<x>survival)\b(?!\s(?:of|rates?|times?|curves?|free|without|
    analys[ie]s|benefit)\b)(?!-)""", re.I | re.X)
A_NUMBER = re.compile(r"(?<![\w.-])\d")          # (a number of its own, not a code's digits: "XY-123")
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
# a responder threshold on weight: "weight reduction of 5% or more", "at least 10% weight loss", "lost at least 15% of
# their body weight", "≥20% weight reduction" (the label: "weight reduction of N% or more", or "loss" as written); "a
# weight loss of 15.5 lbs (7.2%)" is body weight's change
WEIGHT_THRESHOLD = rx.compile(
    r"\b(?:body[- ])?weight (?:reduction|loss) of (?:\d{1,3}(?:\.\d)? ?(?:lbs?|pounds|kg) \()?(?P<leasta>at least |(?:≥|>=) ?)?"
    r"(?P<a>\d{1,2}(?:\.\d)?) ?(?:%|percent)"
    r"(?P<morea> or (?:more|greater|higher))?"
    r"|(?:\bat least |(?:≥|>=) ?|\b)(?P<b>\d{1,2}(?:\.\d)?) ?(?:%|percent)(?P<more> or (?:more|greater|higher))? "
    r"(?:body[- ])?weight (?:reduction|loss)\b"
    r"|\b(?:lost|losing|lose|loss of|reduction of) (?P<least>at least |(?:≥|>=) ?)?(?P<c>\d{1,2}(?:\.\d)?) ?(?:%|percent)"
    r"(?P<more2> or (?:more|greater))? of (?:their |his |her |its |initial |baseline )?(?:body[- ])?weight\b", re.I)
# an event a patient stays free of: "free of hospitalizations for X for at least 12 months", "freedom from severe Y"
FREEDOM = rx.compile(r"(?=[abfirsw])\b(?:freedom|(?:were|was|remained|remain|be|being|stayed|are|is) free) (?:of|from) ", re.I)
# a state free of an event that patients were in: "remained | flare-free" (not survival's words: "progression-free")
STATE_FREE = rx.compile(r"(?=[abrsw])\b(?:were|was|remained|remain|remaining|stayed|be|being|became)\s(?P<x>[a-z]{3,20}-free)\b"
                        r"(?!\s(?:survival|interval|period|days|weeks|months|time)\b)", re.I)     # ("was | ventilator-free
#                                                                                         days": a count, not a state)
# what makes a sentence's freedom from an event a measure: a share of patients or a span of time
FREEDOM_SETTING = rx.compile(r"\d\s?%|\bfor at least\b|\b\d{1,3} of \d{1,4}\b")
FREEDOM_SKIP = frozenset("disease progression relapse recurrence metastasis charge cost side".split())
# symptoms one may be free of, as an endpoint, that no event word ends: "freedom from | pain", "... from | nausea"
FREEDOM_SYMPTOMS = frozenset("pain itch itching nausea fever headache seizure vertigo".split())
# (the word before may name which mortality, by its cause or its people: "zeta mortality", "in-hospital mortality",
# "neonatal mortality"; not a word that says how it moved or was counted, "lower", "overall", nor a verb or an adverb)
NOT_A_CAUSE = (r"(?:overall|total|all|any|crude|excess|high|higher|low|lower|greater|mean|median|annual|cumulative|early|"
               r"late|similar|significant|cause-specific|the|their|its|this|that|which|a|an|of|in|on|to|at|by|as|from|"
               r"than|and|or|with|for|no|more|less|was|were|is|are|be|been|has|had|have|cut|cuts|reduce|reduces|"
               r"lowers|raise|raises|affect|affects|improve|improves|increase|increases|decrease|decreases|"
               # (a verb of finding, said in the past with no "-ed": "the team found | mortality fell")
               r"found|find|finds|saw|see|sees|seen|show|shows|shown|both|each|"
               r"[a-z]+(?:ed|ing|ly))(?![\w-])")
# (the word in lower case, or a short form in capitals, or opening the sentence: not a name's last word, "the Society
# of Zeta Surgeons mortality score")
MORTALITY_SHAPE = rx.compile(rf"\b(?:\d{{1,3}}-day\s)?(?:all-cause\s|(?<![\w-])(?!{NOT_A_CAUSE})"
                             r"(?-i:[a-z][a-z0-9-]{1,24}|[A-Z][A-Z0-9-]{1,9}|^[A-Z][a-z-]{1,24})\s)?mortality\b", re.I)
# a share of people said to be alive: "80% of patients in the XY group were alive" (overall survival's rate; not
# "alive and free of", "alive without": an event-free survival's)
SHARE_ALIVE = rx.compile(r"(?<=%)(?:\s+of(?:\s+the)?(?:\s+[\w-]{1,20}){0,6}?)?\s+(?:were|was|remained)\s+(?:still\s+)?"
                         r"(?P<x>alive)\b(?!\s+(?:and|without|free)\b)", re.I)


# how long people lived, said with a verb: "survived for a mean of 12.4 months", "lived a median of 8.1 months"
# (overall survival; the time right after the verb's words)
AFTER_LIVED = r"(?:for\s)?(?:(?:an?\s)?(?:average|median|mean)\s(?:of\s)?)?"     # "lived | for an average of |"
LIVED_FOR = rx.compile(rf"(?=[ls])\b(?P<x>survived|lived)\s{AFTER_LIVED}(?=\d{{1,3}}(?:\.\d{{1,2}})?\s(?:months|years|weeks)\b)",
                       re.I)


# "The primary endpoint was X": a short X that ends the clause or meets a timepoint
def survival(text: str, found: list[Mention]) -> list[Mention]:
    """ "progression-free survival", and its rate said in words: "alive and disease-free", "still free of relapse",
    "80% were alive" (overall survival).

    >>> [m.label for m in survival("At 12 months, 80% of patients in the XY group were alive, and 70% with placebo.", [])]
    ['overall survival']
    >>> [m.label for m in survival("XY gave a median survival of 14.2 months, against 9.6 months with AB.", [])]
    ['overall survival']
    >>> [m.label for m in survival("Those given XY lived a median of 14.2 months.", [])]
    ['overall survival']
    """
    out = [mention(text, m.start(), m.end(), re.sub(r"\s+", " ", m.group(0)).lower().replace(" free", "-free"))
           for m in SURVIVAL.finditer(text)]
    out += [mention(text, *m.span("x"), "overall survival") for m in SHARE_ALIVE.finditer(text)]
    out += [mention(text, *m.span("x"), "overall survival") for m in MEDIAN_SURVIVAL.finditer(text)
            if not any(o.start <= m.start("x") < o.end for o in out)]
    out += [mention(text, *m.span("x"), "overall survival") for m in LIVED_FOR.finditer(text)]
    out += [mention(text, *m.span("x"), "survival") for m in BARE_SURVIVAL.finditer(text)
            if not any(o.start <= m.start("x") < o.end for o in out)
            and (m.group().lower().startswith(("end", "outcome")) or A_NUMBER.search(text))]
    #        (a change of survival said without a number is a background claim: "in animals it extended survival")
    for m in FREE_OF.finditer(text):
        out.append(mention(text, m.start(), m.end(), f"{(m.group('a') or m.group('b')).lower()}-free survival"))
    for m in ALIVE_WITHOUT.finditer(text):
        if not any(o.start <= m.start() < o.end for o in out):
            out.append(mention(text, m.start(), m.end(), "event-free survival"))
    return out


def weight_threshold(text: str, found: list[Mention]) -> list[Mention]:
    """A responder threshold on weight, labelled "weight reduction of N% or more" ("weight loss of ..." where the text
    says loss).

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("At least 10% weight loss was reached by 61% of patients on XY-123.")]
    ['weight loss of 10% or more']
    >>> [m.label for m in find_measures("People on XY-123 lost 12.5 percent of their weight at week 24.")]
    ['body weight']
    >>> [m.label for m in find_measures("XY-123 led to an average weight loss of 15.5 lbs (7.2%) by week 30.")]
    ['body weight']
    >>> [m.label for m in find_measures("Adults on XY-123 lost an average of 9.5 pounds versus 2.5 pounds on placebo.")]
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
    if not found and not out and SET_AGAINST.search(text):      # (one group's loss alone may be anyone's weight)
        out += [replace(mention(text, *m.span("x"), "body weight"), attrs=QUANTITY) for m in WEIGHT_LOST.finditer(text)][:1]
    return out



# an event whose rate a trial counts, named by its noun and "rate": "clinical cure rate", "live birth rate",
# "complication rates" (the noun found first, its modifiers read backwards from it)
EVENT_RATE = rx.compile(r"(?=[abcefhiprsu])\b(?:cure|eradication|healing|clearance|resolution|closure|abstinence|cessation|"
                        r"success|seroconversion|seroprotection|seroresponse|pregnancy|birth|fusion|patency|union|"
                        r"engraftment|implantation|recanalization|reperfusion|recurrence|relapse|readmission|"
                        r"reintervention|reoperation|complication|infection|fall|fracture|exacerbation|flare)\srates?\b", re.I)
# the lower-case words before it, nearest last
WORDS_BEFORE_RATE = re.compile(r"(?:(?<![\w-])[a-z][a-z-]{2,20}\s){1,2}$")
# words before an event's rate that say how it compares or who had it, not what it is ("a higher | cure rate")
NOT_RATE_WORDS = frozenset("""the and with was were had has have for from that this than which who whose also both all
    each any its our their his her high higher highest low lower lowest great greater greatest similar comparable same
    significant better worse best worst superior inferior good poor excellent mean median average expected historical
    respective corresponding numerical relative absolute true actual estimated baseline achieved showed reported observed
    reached induced improved increased reduced decreased elevated produced yielded demonstrated noted recorded versus
    group arm placebo""".split())
# a sample size's reckoning, whose rates are assumed, not found ("calculated from the 30% cure rate seen with XY-1")
SAMPLE_SIZE = rx.compile(r"(?=[asp])\b(?:sample\ssize|powered|assum(?:ed|ing))\b", re.I)
# a genus's initial before a species' name that starts a rate's words: "Z. | zetae clearance rate"
GENUS_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.\s(?=[a-z])")
# the participles that do name a rate's kind ("sustained abstinence rate"), though a word on "-ed" mostly says what a
# result did ("achieved")
KIND_PARTICIPLES = frozenset("sustained continued confirmed combined assisted adjusted".split())


def event_rate(text: str, found: list[Mention]) -> list[Mention]:
    """An event's rate, where the sentence gives a number or names an endpoint, outside the measures ``found``: the
    noun with "rate" and up to two words before it that name its kind, as written.

    >>> [m.label for m in event_rate("The clinical cure rate with XY-1 was 88.1%, versus 61.0%.", [])]
    ['clinical cure rate']
    >>> [m.label for m in event_rate("XY-1 had a higher zeta healing rate (61%).", [])]
    ['zeta healing rate']
    >>> [m.label for m in event_rate("The E. coli clearance rate was 90%.", [])]
    ['E. coli clearance rate']
    >>> event_rate("Recurrence rates after surgery remain high.", [])
    []
    >>> event_rate("The sample size assumed a 40% cure rate with AB.", [])
    []
    """
    if not EVENT_RATE.possible(text) or not (A_NUMBER.search(text) or cues.ENDPOINT_WORD.search(text)) or \
            SAMPLE_SIZE.search(text):
        return []
    out = []
    for hit in EVENT_RATE.finditer(text):
        start = hit.start()
        if (words := WORDS_BEFORE_RATE.search(text, max(0, start - 44), start)) is not None:
            for word in reversed(words.group().split()):
                if word in NOT_RATE_WORDS or word.endswith("ly") or (word.endswith("ed") and word not in KIND_PARTICIPLES):
                    break
                start -= len(word) + 1
            if start < hit.start() and (genus := GENUS_INITIAL.search(text, max(0, start - 3), start + 1)):
                start = genus.start()
        if start == hit.start() and hit.group().lower().startswith("succ"):
            continue                   # (a success names what succeeded: "implant success rate", not "success rate")
        if not any(f.start < hit.end() and start < f.end for f in found + out):     # (a genus's capital stays)
            out.append(mention(text, start, hit.end(), written(text[start:hit.end()], not GENUS_INITIAL.match(text, start))))
    return out

# the share of their weight people lost or gained, a change in body weight: "lost 12 percent of their | weight"
SHARE_OF_WEIGHT = rx.compile(r"(?=[lg])\b(?:lost|lose|losing|gained|gain|gaining)\s(?:(?:an\saverage|a\smean|a\smedian)\sof\s"
                             r"|about\s|nearly\s|almost\s|up\sto\s)?\d{1,2}(?:\.\d{1,2})?\s?(?:%|percent)\sof\s"
                             r"(?:their|his|her|the)\s(?:(?:initial|baseline|starting|total)\s)?(?P<x>weight)\b", re.I)
SET_AGAINST = re.compile(rf"\b{cues.COMPARED_WORDS}(?!\w)", re.I)
# ... or a weight in pounds or kilograms: "patients lost an average of 8.5 | pounds" (the unit, where no measure is named)
WEIGHT_LOST = rx.compile(r"(?=[lg])\b(?:lost|gained)\s(?:(?:an\saverage|a\smean|a\smedian)\sof\s|about\s|nearly\s)?"
                         r"\d{1,3}(?:\.\d{1,2})?\s?(?P<x>pounds|lbs?|kg|kilograms)\b", re.I)
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
    >>> [m.label for m in freedom("The primary endpoints were freedom from nausea and freedom from zeta at 2 hours.", [])]
    ['freedom from nausea']
    """
    if not (FREEDOM.possible(text) or STATE_FREE.possible(text)) or \
            not (cues.ENDPOINT_WORD.search(text) or FREEDOM_SETTING.search(text)):
        return []
    out = [mention(text, *hit.span("x"), hit.group("x").lower()) for hit in STATE_FREE.finditer(text)
           if hit.group("x").lower().split("-")[0] not in FREEDOM_SKIP]
    hits = list(FREEDOM.finditer(text))
    for k, hit in enumerate(hits):
        end = phrase_end(text, hit.end(), 7)
        if k + 1 < len(hits) and end > hits[k + 1].start():     # ("freedom from A and freedom from B": each its own)
            end = len(text[:hits[k + 1].start()].rstrip().removesuffix(" and").removesuffix(" or").rstrip(" ,"))
        event = text[hit.end():end]
        words = event.lower().split()
        if not words or words[0] in FREEDOM_SKIP or words[-1] in FREEDOM_SKIP or \
                not (words[-1].endswith("s") or EVENT_WORD.search(words[-1]) or words[-1] in FREEDOM_SYMPTOMS
                     or is_short_form(event.split()[-1])):
            continue
        start = hit.start() if hit.group(0).lower().startswith("freedom") else hit.start() + hit.group(0).lower().index("free")
        out.append(mention(text, start, end, written(text[start:end])))
    return out


# a vaccine said to be effective by a share: "the vaccine is 91% | effective", "with 91% | efficacy" (its efficacy)
SHARE_EFFECTIVE = rx.compile(r"\d\s?(?:%|percent)\s(?:overall\s)?(?P<x>effective|efficacy)\b(?!\s(?:dose|doses|treatment|therapy|contraception))")


def vaccine_effective(text: str, found: list[Mention]) -> list[Mention]:
    """ "is 91.3 percent effective", said of a vaccine: the vaccine's efficacy.

    >>> [m.label for m in vaccine_effective("Acme says its vaccine is 91.3 percent effective.", [])]
    ['vaccine efficacy']
    >>> [m.label for m in vaccine_effective("The vaccine showed 84% efficacy in adults.", [])]
    ['vaccine efficacy']
    """
    if "vaccin" not in text.lower():
        return []
    return [mention(text, *m.span("x"), "vaccine efficacy") for m in SHARE_EFFECTIVE.finditer(text)]
# what a vaccine's efficacy is against, after its name, its value and their brackets: "vaccine efficacy (VE) (95% CI:
# ...) | against | X", "VE of 55.4% (...) against X", "70.2% effective | in preventing | X"
AGAINST_AFTER = rx.compile(r"(?:\s?\([^()]{0,80}\))*+(?:,?\s(?:of|was|is)\s\d{1,3}(?:\.\d{1,2})?\s?(?:%|percent)(?:\s?\([^()]{0,80}\))*+)?"
                           r"\s(?:against|in\spreventing(?:\sagainst)?)\s(?:the\s)?", re.I)


# efficacy named by what it is against, its share after: "efficacy against zeta disease needing care | was 61.5%"
EFFICACY_NAMED = rx.compile(r"(?<![\w-])(?i:efficacy)(?=\sagainst\s)")
VALUE_AFTER = re.compile(r"(?:\s(?:regardless|irrespective)\sof\s[a-z]{3,20})?\s(?:was|of|is|reached)\s\d")


def efficacy_named(text: str, found: list[Mention]) -> list[Mention]:
    """Efficacy against a disease with its share after it ("efficacy against zeta disease needing care was 61.5%"), outside
    the measures ``found``, named with what it is against.

    >>> [m.label for m in efficacy_named("Efficacy against zeta disease needing care was 88%, and 64% against any.", [])]
    ['efficacy against zeta disease needing care']
    >>> efficacy_named("Efficacy against zeta disease remains unknown.", [])
    []
    """
    out = []
    for hit in EFFICACY_NAMED.finditer(text):
        target = efficacy_against(text, hit.end())
        at = text.find(target, hit.end()) if target else -1
        if at < 0 or not VALUE_AFTER.match(text, at + len(target)) or any(f.start < at and hit.start() < f.end for f in found):
            continue
        out.append(mention(text, hit.start(), at + len(target), f"efficacy against {target}"))
    return out


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
    """ "28-day mortality", "all-cause mortality", "28-day all-cause mortality" where the sentence reports or names a
    result.

    >>> [m.label for m in mortality("The primary endpoint was 28-day all-cause mortality (14% vs 25%).", [])]
    ['28-day all-cause mortality']
    >>> [m.label for m in mortality("The team found mortality was lower with XY-123 (14% vs 25%).", [])]
    ['mortality']
    """
    if not MORTALITY_SHAPE.possible(text) or not cues.QUANTITY_RESULT.search(text):
        return []            # (the shape's literal first: one bit, where the cue is searched in the whole sentence)
    return [mention(text, m.start(), m.end(), load_names().labels.get(m.group(0).lower(), m.group(0).lower()))
            for m in MORTALITY_SHAPE.finditer(text) if not cues.RELATED_EVENT.search(text, max(0, m.start() - 20), m.start())]
