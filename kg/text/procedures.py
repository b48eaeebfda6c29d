"""Interventions that are no drug: procedures, devices, stimulation, training and exercise programmes, named where a
text says patients got them ("underwent bilateral zeta nerve stimulation", "were randomized to either zeta training or
...", "Effect of Zeta Wave Stimulation on ...", a title that opens on one: "Zetaplasty for the Treatment of ...").

A phrase counts when it ends on a head word of such an intervention (stimulation, training, ablation, stent, block,
a surgical "-ectomy", "-otomy", "-plasty" ...) and names which one: a head alone ("underwent surgery") names none, unless
it is a procedure's own word ("underwent sympathicotomy"). A laterality or a count before it ("bilateral", "2") is no
part of its name. Which of these a document's therapies are is the caller's choice (:mod:`kg.extractors.document_names`
keeps them only in a document that names no drug).

>>> [p.name for p in find_procedures("Twenty-six adults underwent bilateral zeta nucleus deep brain stimulation.")]
['zeta nucleus deep brain stimulation']
>>> [p.name for p in find_procedures("Effect of Transcranial Zeta Stimulation on Inhibition in Adults.")]
['transcranial zeta stimulation']
>>> find_procedures("All patients underwent surgery and received standard care.")
[]
>>> find_procedures("Eyes that underwent primary zetectomy were randomized to receive A or B.")
[]
"""

from __future__ import annotations

import re

from kg.model import record
from kg.text import cues, prefilter as rx
from kg.text.abbreviations import find_abbreviations
from kg.text.numbers import WORD_NUMBER, parse_number

# the head words of a device's name (a stimulator's is "stimulation", below)
DEVICE_WORDS = (r"stents?|lens|lenses|implants?|devices?|catheters?|pumps?|masks?|dressings?|braces?|splints?|insoles?|"
                r"orthos[ie]s|monitors?|monitoring|mesh(?:es)?|sutures?|spectacles")
# an operation's own word: "zetectomy", "zetoplasty" (a regex fragment; not a way of looking: "microscopy")
OPERATION = r"[a-z]{3,30}(?:ectomy|otomy|ostomy|oplasty|opexy|(?<!micr)(?<!spectr)oscopy|otripsy)"
# the words that end an intervention's name ...
HEADS = rf"""(?:stimulation|training|exercises?|programs?|programmes?|ablation|stenting|implantation|block|
    acupuncture|electroacupuncture|counsell?ing|psychotherapy|physiotherapy|therapy|interventions?|rehabilitation|
    tele-?(?:rehabilitation|monitoring|counsell?ing|coaching)|surgery|resection|repair|bypass|transplantation|transplants?|
    irradiation|radiotherapy|radiosurgery|phototherapy|replacement|denervation|closure|banding|pacing|photocoagulation|ventilation|hypothermia|cooling|massage|{DEVICE_WORDS}|
    education|diets?|{OPERATION}|[a-z]{{3,30}}(?:ectomies|otomies|oplasties))"""
# ... and those that name one alone: a procedure's own word
SPECIFIC = re.compile(r"(?:[a-z]{3,30}(?:ectomy|otomy|ostomy|oplasty|opexy|otripsy)|acupuncture|electroacupuncture|"
                      r"radiotherapy|phototherapy|photocoagulation|physiotherapy)", re.I)
# where a text says patients got one, or a title names one as what it studies
CUE = r"""(?:^(?P<heading>Interventions?:)|\b(?:(?P<setting>underwent|received)|receiving|treated\swith|followed\sby|versus|vs\.|vs|using|
    # (two operations compared: "compared laparoscopic zetectomy (LZ) and open zetectomy")
    (?-i:compared|comparing|[Cc]omparison\sof)(?=\s(?:the\s)?(?:[A-Za-z][\w-]*\s){0,2}?(?i:""" + OPERATION + r""")\b)|
    wear|wearing|wore|
    # (the ratio may stand between, bracketed or not, and "into": "randomized (1:2) to", "randomized 2:1 to",
    # "randomized into")
    (?:randomi[sz]ed|randomly\sassigned|assigned|allocated)(?:\s\(?\d{1,2}(?::\d{1,2}){1,3}\)?)?\s(?:to|into)(?:\s(?:receive|undergo))?(?:\seither)?|
    [Ee]ffects?\sof|[Ee]ffectiveness\sof|[Ee]valuation\sof|[Ee]fficacy(?:\sand\s(?:[Ss]afety|[Tt]olerability))?\sof|
    [Ss]afety(?:\sand\s[Ee]fficacy)?\sof|[Oo]utcomes?\sof|[Bb]enefits?\sof|(?P<studied>(?:trial|study)\sof))(?![\w-]))"""
# the phrase: up to five words before the head, then a boundary (a preposition, a join, a verb, a mark; a brand's
# sign may stand before it: "Zeta TMS Therapy®"); a regex fragment
NAMED = rf"""(?P<p>(?:[A-Za-z0-9][\w-]*\s){{0,5}}?(?i:{HEADS}))
    (?=[®™]?(?:\s(?:for|in|on|versus|vs\.?|or|and|with|to|was|were|compared|at|after|plus|followed|as|is|group|[a-z]{{2,20}}ed)\b
    |\s?[,.;:()]|$))"""
PROCEDURE = rx.compile(rf"""{CUE}(?:\s(?:(?:either|an?|the|using|wear|(?:treatment|therapy)\swith)(?=\s)
    |\d{{1,4}}\s(?:hours?|sessions?|weeks?|minutes?)\s(?:\([^()]{{1,20}}\)\s)?of
    |[A-Z][\w&.-]{{1,20}}['’]s(?=\s)))*
    \s?(?:(?P<short>[A-Z][A-Za-z-]{{1,9}})\s\((?=(?:[A-Za-z0-9][\w-]*\s){{0,5}}?(?i:{HEADS})\)))?{NAMED}""", re.X)
# the next item of a list of them: "the effects of A(, B) and C", "randomized to A, B or C" (a short form in brackets
# may close an item)
NEXT_ITEM = rx.compile(rf"""(?:\s?\([A-Za-z][\w-]{{1,10}}\))?(?:[,:]\s(?:and\s|or\s)?|\s(?:and|or)\s)(?:either\s|an?\s|the\s)?
    {NAMED}""", re.X)
# one named as a group of the trial: "the intensive zeta lifestyle intervention (IZI) group", "the supervised zeta
# training arm"
GROUP_OF = rx.compile(rf"""(?=[t])\bthe\s(?P<p>(?:[A-Za-z0-9][\w-]*\s){{0,5}}?(?i:{HEADS}))(?:\s\([A-Z][\w-]{{1,8}}\))?
    [\s-](?:group|arm)\b""", re.X)
# a title (or a sentence) that opens on one, set for a condition or against another: "Zetaplasty for the Treatment of",
# "In-Home Zeta Telerehabilitation Compared with ..."
OPENING = rx.compile(rf"""^(?P<p>(?:[A-Za-z0-9][\w-]*\s){{0,5}}?(?i:{HEADS}))(?=\s(?:for|versus|vs\.?|[Cc]ompared\s(?:with|to))\s)""",
                     re.X)
# words no intervention's name holds: function words, verbs, words for the people or the study
NOT_NAME_WORD = frozenset("""the a an of with and or to in for on by at this that these their his her its our who which
    was were is are had has have be been being patients participants subjects adults children women men people
    study trial group groups standard usual conventional either both all each any other same received underwent undergo
    undergoing easily after before during until unlike only one prior previous repeat repeated required university
    hospital research different two three new novel versus vs vs. not no will would shall should may might can could
    receive receives get gets""".split())
MOST_HITS = 40             # (a sentence's phrases read at most: lists are short)
# what sets a trial's intervention against another: "a trial of A | compared with | B"
COMPARED_AFTER = re.compile(r"\s(?:compared\s(?:with|to)|versus|vs\.?)\s")
# words that stand before a name but are no part of it: a side, a count, its place beside other treatment
LEADING = frozenset("""bilateral unilateral left right one two three four single-stage adjunctive add-on novel new
    active""".split())
# how long it lasts, before its name: "a | 3-year | zeta exercise program"
LENGTH_BEFORE = re.compile(r"\d{1,3}-(?:years?|months?|weeks?|days?|hours?|minutes?)", re.I)
# words that say what kind of treatment a therapy or an intervention is, not which one: "adjuvant therapy", "cell
# therapy", "the intervention" (a name of such words alone names none)
KIND_WORDS = frozenset("""therapy therapies intervention interventions rehabilitation adjuvant neoadjuvant combination
    maintenance targeted systemic medical drug gene cell cellular antibody supportive first-line second-line initial
    intensive active control placebo sham behavioural behavioral psychological nonpharmacological non-pharmacological
    multimodal complex this such""".split())
# the heads of a device's name, and what modality the others' are ("other": a procedure, a programme, a stimulus)
DEVICE_HEAD = re.compile(rf"(?:stimulation|{DEVICE_WORDS})$", re.I)
# cells put into the patient: "(stem) cell transplant(ation)", a cell therapy
CELLS_GIVEN = re.compile(r"\bcells?\s(?:transplants?|transplantation|implantation)$", re.I)
PROCEDURE_HEAD = re.compile(rf"(?:{HEADS})$", re.I | re.X)


def procedure_modality(name: str) -> str | None:
    """ "device", "cell therapy" or "other" for the name of a no-drug intervention, by its head word; None for other names.

    >>> procedure_modality("zeta nerve stimulation"), procedure_modality("zeta training"), procedure_modality("zetamab")
    ('device', 'other', None)
    >>> procedure_modality("autologous zeta stem cell transplant")
    'cell therapy'
    """
    if DEVICE_HEAD.search(name):
        return "device"
    if CELLS_GIVEN.search(name):
        return "cell therapy"
    return "other" if PROCEDURE_HEAD.search(name) else None


@record
class Procedure:
    """An intervention named in a text: its name as written and where it stands."""

    text: str
    start: int
    end: int
    name: str
    composed: bool = False          # (a name made of words written apart: "3 | versus 9 days of zeta therapy")
    short: str = ""                 # (the short form a text defines for it, where that alone found it)


def named(phrase: str, first: bool = True) -> str:
    """The name of an intervention written in a title's capitals, in lower case (a short form's capitals kept).

    >>> named("Transcranial Zeta Stimulation"), named("continuous ZAP block"), named("Zeta Corps program")
    ('transcranial zeta stimulation', 'continuous ZAP block', 'Zeta Corps program')
    >>> named("Zeta nerve stimulation"), named("Zeta therapy", first=False)
    ('zeta nerve stimulation', 'Zeta therapy')
    """
    words = phrase.split()
    if len(words) > 1 and all(w[:1].isupper() and not w.isupper() for w in words):
        return " ".join(w.lower() for w in words)
    if first and len(words) > 1 and words[0][:1].isupper() and words[0][1:].islower() and \
            not any(w[:1].isupper() for w in words[1:]):
        return phrase[:1].lower() + phrase[1:]     # (a sentence's first capital: "Zeta nerve stimulation was ...")
    return phrase


# a variant written before another that names the head they share: "| Robotic | versus open zetectomy" (its
# qualifier alone; the head is the other's)
VARIANT_BEFORE = re.compile(r"(?<![\w-])(?P<q>[A-Za-z][a-z-]{1,30})\s(?:versus|vs\.?|or)\s$")
QUALIFIER = re.compile(cues.QUALIFYING_WORD)


def with_variants(text: str, found: list[Procedure]) -> list[Procedure]:
    """The procedures, with the variant named by its qualifier alone before one of them ("Robotic versus open
    zetectomy": robotic zetectomy too), where both are told apart by a qualifier.

    >>> [p.name for p in find_procedures("Robotic versus open zetectomy in adults")]
    ['open zetectomy', 'robotic zetectomy']
    """
    out = list(found)
    for p in found:
        first, _, head = p.text.partition(" ")
        before = VARIANT_BEFORE.search(text, max(0, p.start - 40), p.start)
        if head and before and QUALIFIER.fullmatch(first.lower()) and QUALIFIER.fullmatch(before.group("q").lower()) \
                and not any(q.start <= before.start("q") < q.end for q in out):
            name = f"{before.group('q').lower()} {head}"
            out.append(Procedure(before.group("q"), before.start("q"), before.end("q"), name))
    return out


# two lengths of one treatment set against each other: "Five versus Ten Days of Zeta Therapy", "assigned to 5 (short)
# or 10 days (long) of zeta therapy" (a trial of how long to treat)
_LENGTH = rf"(?:\d{{1,3}}|{WORD_NUMBER})"
DURATIONS_COMPARED = rx.compile(rf"""(?<![\w-])(?P<a>{_LENGTH})(?:[\s-](?:days?|weeks?|months?))?(?:\s\([a-z]{{3,15}}\))?
    \s(?:versus|vs\.?|or|compared\s(?:with|to))\s(?P<b>{_LENGTH})[\s-](?P<unit>days?|weeks?|months?)(?:\s\([a-z]{{3,15}}\))?
    \sof\s(?P<x>(?:[A-Za-z][\w-]*\s){{0,3}}?(?i:therapy|treatment|antibiotics|anticoagulation|chemotherapy|prophylaxis))\b""",
                                re.I | re.X)


def compared_durations(text: str) -> list[Procedure]:
    """The two lengths of one treatment a trial sets against each other, each named "<n> <unit> of <treatment>".

    >>> [p.name for p in compared_durations("Three versus Nine Days of Zeta Therapy for Adults")]
    ['3 days of zeta therapy', '9 days of zeta therapy']
    >>> [p.name for p in compared_durations("Adults were assigned to 5 (short) or 10 days (long) of zeta antibiotic "
    ...                                     "therapy.")]
    ['5 days of zeta antibiotic therapy', '10 days of zeta antibiotic therapy']
    """
    out = []
    for hit in DURATIONS_COMPARED.finditer(text) if DURATIONS_COMPARED.possible(text) else ():
        a, b = parse_number(hit.group("a").lower()), parse_number(hit.group("b").lower())
        if not a or not b or a == b:
            continue
        unit = hit.group("unit").lower().rstrip("s") + "s"
        what = named(hit.group("x"), first=False)
        what = what.lower() if what.istitle() else what          # (a title's one capitalised word: "Days of | Therapy")
        out += [Procedure(hit.group("a"), hit.start("a"), hit.end("a"), f"{a} {unit} of {what}", True),
                Procedure(text[hit.start("b"):hit.end("x")], hit.start("b"), hit.end("x"), f"{b} {unit} of {what}", True)]
    return out


def name_span(phrase: str, at: int) -> tuple[int, int] | None:
    """Where the intervention's name in ``phrase`` (which starts at ``at``) stands, without a side or a count before
    it; None where the phrase names none: a head alone ("surgery"), words of a kind of treatment only ("adjuvant
    therapy"), or a word no name holds.

    >>> name_span("bilateral zeta nerve stimulation", 10), name_span("adjuvant therapy", 0)
    ((20, 42), None)
    >>> name_span("3-year zeta exercise program", 0), name_span("sham zeta stimulation", 0)
    ((7, 28), None)
    """
    words = list(re.finditer(r"\S+", phrase))
    while words and (words[0].group().lower() in LEADING or words[0].group().isdigit()
                     or LENGTH_BEFORE.fullmatch(words[0].group())):
        words.pop(0)
    if words and words[0].group().lower() in ("sham", "placebo"):
        return None                         # (what the control group got: "sham zeta stimulation")
    if not words or any(w.group().lower() in NOT_NAME_WORD and not (w.group().lower() == "group" and k > 0)
                        for k, w in enumerate(words)):   # ("supervised group exercise": a kind of it)
        return None
    if len(words) == 1 and not SPECIFIC.fullmatch(words[0].group()) or \
            all(w.group().lower() in KIND_WORDS for w in words):
        return None                         # ("underwent surgery", "received adjuvant therapy": which one?)
    return at + words[0].start(), at + words[-1].end()


def defined_procedures(text: str) -> list[Procedure]:
    """The no-drug interventions ``text`` defines a short form for, not as what patients had before: "zeta valve
    replacement (ZVR)" (what a trial compares, where the text then compares it by that short form: see
    :func:`compared_by_short_form`).

    >>> [(p.name, p.short) for p in defined_procedures("Outcomes of transcatheter zeta valve replacement (TZVR).")]
    [('transcatheter zeta valve replacement', 'TZVR')]
    >>> defined_procedures("Adults undergoing zeta valve replacement (ZVR) and the Zeta Score (ZS).")
    []
    """
    out = []
    for abbr in find_abbreviations(text) if "(" in text or "[" in text else ():
        if PROCEDURE_HEAD.search(abbr.long) and not SETTING_BEFORE.search(text, max(0, abbr.long_start - 40),
                                                                          abbr.long_start) \
                and (span := name_span(abbr.long, abbr.long_start)) is not None:
            name = named(text[span[0]:span[1]], first=span[0] == 0)
            out.append(Procedure(text[span[0]:span[1]], *span, name, short=abbr.short))
    return out


# what patients had before or have anyway, not what a trial gave: "adults | undergoing elective | zeta repair (ZR)"
SETTING_BEFORE = re.compile(r"""(?<![\w-])(?:undergoing|underwent|undergo|after|following|post|scheduled\sfor|
    candidates?\sfor|requiring|awaiting)\s(?:[\w-]+\s){0,2}$""", re.X)


def compared_by_short_form(texts: list[str], short: str) -> bool:
    """Does a text of ``texts`` name a group, or one side of a comparison, by ``short``: "ZVR (n = 40)", "the ZVR
    group", "ZVR patients", "A vs ZVR", "treated with ZVR"?

    >>> compared_by_short_form(["Death occurred in 4% of ZVR patients."], "ZVR")
    True
    >>> compared_by_short_form(["The team used the ZVR.", "Ask about ZVR (the program)."], "ZVR")
    False
    """
    near = re.compile(rf"""(?:(?:versus|vs\.?|with)\s){re.escape(short)}(?![\w-])|(?<![\w-]){re.escape(short)}
        (?:\s?\((?:n\s?=|\d)|\s(?:groups?|arms?|cohorts?|patients|participants|subjects)\b|\s(?:versus|vs\.?)\s)""", re.X)
    return any(short in t and near.search(t) for t in texts)


def find_procedures(text: str) -> list[Procedure]:
    """The no-drug interventions ``text`` says patients got or a title names, each with the span of its name."""
    out: list[Procedure] = []
    hits = list(OPENING.finditer(text)) + (list(PROCEDURE.finditer(text)) if PROCEDURE.possible(text) else []) \
        + (list(GROUP_OF.finditer(text)) if "group" in text or "arm" in text else [])
    for hit in list(hits):
        item = hit
        while len(hits) < MOST_HITS and (item := NEXT_ITEM.match(text, item.end())):
            hits.append(item)               # (the list's other items)
    for hit in hits:
        if hit.groupdict().get("setting") and cues.ALLOCATION.search(text, hit.end()):
            continue                        # ("eyes that underwent zetectomy were randomized to A or B": the setting; an
            #                                 allocation after what patients underwent names the arms)
        if hit.groupdict().get("studied") and not hit.group("short") and not COMPARED_AFTER.match(text, hit.end()):
            continue                        # ("a trial of zeta repair with or without A": a trial's setting, unless the
            #                                 text names it by a short form, "a trial of ZSCT (zeta stem cell
            #                                 transplant)", or sets it against another: "a trial of A compared with B")
        if (span := name_span(hit.group("p"), hit.start("p"))) is None:
            continue
        a, b = span
        if not any(p.start < b and a < p.end for p in out):
            first = a == 0 or hit.re is OPENING.regex or bool(hit.re is PROCEDURE.regex and hit.group("heading"))
            out.append(Procedure(text[a:b], a, b, named(text[a:b], first=first)))
    out += [p for p in compared_durations(text) if not any(q.start < p.end and p.start < q.end for q in out)] \
        if " of " in text else []
    return with_variants(text, out) if out and (" v" in text or " or " in text) else out
