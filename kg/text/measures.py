"""Outcome measures named in a sentence: scales, endpoints and their abbreviations.

Two means, one answer per span (the longest):

- the shipped list ``kg/data/measures.tsv`` (built by :mod:`kg.lexicon.measures`): names of
  common scales, endpoints and measured quantities, looked up with one Aho-Corasick pass, whole
  words; a short form with capitals ("OS", "mRS", "HbA1c") matches only as written, and may carry
  a numbered variant ("MACE-4"). A measured quantity (LDL cholesterol, body weight) counts only in a
  sentence that speaks of its change or of an endpoint, not in an eligibility criterion;
- the shapes writers give endpoints: "time to <event>", "the proportion of patients who <...>",
  "(percent) change from baseline in <measure>", "a composite of A, B or C", "<adj> composite
  outcome", "<...>-free survival", "<adj> response rate", a capitalised name ending in Scale,
  Index, Questionnaire ... Each phrase is bounded (a few words, up to a verb, a comma, a
  parenthesis or a number), so "<measure> at week 24" names the measure alone.

The label is the measure's name: the list's label, a scale's name as written, or the phrase as
written without its article ("time to first relapse").

>>> [(m.text, m.label) for m in find_measures("The primary endpoint was the change from baseline in HbA1c at week 26.")]
[('change from baseline in HbA1c', 'HbA1c')]
>>> [m.label for m in find_measures("Median progression-free survival (PFS) was 9.1 months versus 4.0 months.")]
['progression-free survival', 'progression-free survival']
>>> [m.label for m in find_measures("Time to first relapse (TFR) was longer with XY-123.")]
['TFR']
>>> find_measures("Adults with an eGFR of 30 to 60 were eligible.")
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

from kg.model import Mention
from kg.text import cues
from kg.text import prefilter as rx
from kg.text.joined import SEPARATOR, hits_each

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

DATA = Path(__file__).resolve().parent.parent / "data" / "measures.tsv"
KIND = "measure"
SOURCE = "measures"
QUANTITY = "changed quantity"   # the attrs of a quantity read from the change a sentence gives in it (wins over a name)
LETTERS = "measure letters"      # the source of a measure named only by letters the list lacks ("the ABCD score")


@dataclass(frozen=True)
class Name:
    """One way the list writes a measure."""

    form: str              # as the list writes it
    label: str
    kind: str              # scale, endpoint, quantity
    exact: bool            # a short form with capitals: matched as written


@dataclass(frozen=True)
class Names:
    """The shipped list, ready to look up: lower-cased forms in one automaton, short forms as written in another
    (so "os" inside "dose" is never even looked at); for a whole document, both in one automaton over the
    lower-cased text (``both``), a short form's hits kept where the text writes it so (a second scan of a
    document costs more than the few dozen "os" it finds).
    """

    automaton: ahocorasick.Automaton | None         # over lower-cased text
    exact: ahocorasick.Automaton | None             # over the text as written
    by_key: dict            # lower-cased form (or a short form as written) -> tuple of Name
    labels: dict            # lower-cased form or label -> label
    both: ahocorasick.Automaton | None = None       # see both_automaton


def is_short_form(name: str) -> bool:
    """A single token with two capitals, or a capital and a digit: "OS", "mRS", "HbA1c", "6MWD"."""
    if " " in name:
        return False
    capitals = sum(c.isupper() for c in name)
    return capitals >= 2 or (capitals >= 1 and any(c.isdigit() for c in name))


@lru_cache(maxsize=1)
def load_names(path: Path = DATA) -> Names:
    """The list, read once per process (a few hundred rows)."""
    by_key: dict[str, list[Name]] = {}
    labels: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        label, kind, synonyms = (line.split("\t") + ["", ""])[:3]
        for form in [label, *filter(None, synonyms.split("|"))]:
            short = is_short_form(form)
            by_key.setdefault(form if short else form.lower(), []).append(Name(form, label, kind, short))
            labels.setdefault(form.lower(), label)
    for form, label in list(labels.items()):            # (and as a hyphen-blind lookup finds them, after every
        labels.setdefault(folded(form), label)          # form as written)
    return Names(automaton((k for k, v in by_key.items() if not v[0].exact), fold=True),
                 automaton(k for k, v in by_key.items() if v[0].exact), {k: tuple(v) for k, v in by_key.items()}, labels,
                 both_automaton(by_key))


def both_automaton(by_key: dict) -> ahocorasick.Automaton | None:
    """One automaton over folded text for every key: a key folded (:func:`folded`), valued (its length, the lower-cased form
    it is or None, the short forms it is the lower case of). None (the two automata are then read apart) when a short
    form holds a character whose lower case is not its own alone ("Σ" depends on the next letter, "İ" is longer):
    there its lower case in a text may differ from its lower case alone.
    """
    keys: dict[str, tuple] = {}
    for key, names in by_key.items():
        if names[0].exact and not all(len(c.lower()) == 1 and c != "Σ" for c in key):
            return None
        node = folded(key)                                         # (as the automaton reads the text)
        length, form, written = keys.get(node, (len(key), None, ()))
        keys[node] = (length, form, written + (key,)) if names[0].exact else (length, key, written)
    if not keys:
        return None
    found = ahocorasick.Automaton()
    for key, value in keys.items():
        found.add_word(key, value)
    found.make_automaton()
    return found


def automaton(keys, fold=False) -> ahocorasick.Automaton | None:
    """An automaton valued by its keys (``fold``: found in :func:`folded` text, so each key is added folded)."""
    found = ahocorasick.Automaton()
    for key in keys:
        found.add_word(folded(key) if fold else key, key)
    if not len(found):
        return None
    found.make_automaton()
    return found


# --- shapes (the cues that gate them are kg.text.cues, "measures") ---

# a duration before a measure that it belongs to ("12-week confirmed disability progression", "28-day mortality")
DURATION_PREFIX = rx.compile(r"(?=[\defnost])(?:\b\d{1,3}|\b(?:one|two|three|four|six|eight|ten|twelve|twenty-four|thirty|ninety))"
                             r"[- ](?:day|week|month|year)[- ]$", re.I)
DURATION_KEEPS = ("mortality", "confirmed ")
# a day count after a mortality that names it: "mortality within 28 days", "all-cause mortality at day 90"
DAYS_AFTER = rx.compile(r"\s(?:within|at|by)\s(?:(?P<n>\d{1,3})\sdays\b|day\s(?P<d>\d{1,3})\b)")
# what may follow a scale's name and belongs to it
# (or a named subscale: "ZRS positive subscale", "ZRS negative Acme factor subscale", labelled so)
SCALE_PART = rx.compile(r"\s{1,3}(?:[Pp]arts?\s{1,3}(?:I{1,3}|IV|[1-4])\b|(?:total\s{1,3})?score\b|subscale\b"
                        r"|(?P<sub>(?:[A-Za-z][a-z]{2,15}\s{1,3}){1,3}(?:sub-?scale|factor|domain|subscore)s?)\b)")

TIME_TO = rx.compile(r"\btime[- ]to[- ](?P<the>the )?(?:first )?(?:(?:occurrence|onset|development) of (?:a |an |the )?)?", re.I)
# before a "time to X" that is a result, not a phrase of speech ("the median time to X", "a shorter time to X")
TIME_TO_LEAD = rx.compile(r"(?=[adfilmprst])\b(?:median|mean|average|the|a|shorter|longer|faster|slower|prolonged|delayed|improved|"
                          r"reduced)\s$", re.I)
# a count of things inside a "time to X" phrase: "time to resolution of the five symptoms", "time to climb four steps"
COUNTED = rx.compile(r"\s(?P<conn>(?:of|the|all)\s){0,2}(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s"
                     r"(?P<noun>[a-z]{3,20}s)\b")
# a time given as a result: "12.5 days", "16 weeks"
TIME_VALUE = rx.compile(r"(?=[\d])(?<![\w.-])\d{1,4}(?:\.\d{1,3})?\s?(?:hours?|days?|weeks?|months?|years?|minutes?)\b", re.I)
TIME_NOUNS = frozenset("hours days weeks months years minutes seconds patients participants times doses".split())
PROPORTION = rx.compile(r"(?=[nps])\b(?:proportion|percentage|percent|number|share) of (?:the )?(?:patients|participants|subjects|"
                        r"people|children|adults|infants|individuals|women|men|responders) (?:who (?:had |have |were |are )?|"
                        r"with |achieving |reaching |having |experiencing |free of |free from |without )", re.I)
CHANGE = rx.compile(r"\b(?:(?P<pct>percent(?:age)?|%)\s)?(?:(?:mean|least[- ]squares mean|LS mean|average|absolute|relative)\s)?"
                    r"change(?:\sfrom\sbaseline)?(?:\s(?:to|at)\s(?:week|month|day|year)\s\d{1,3})?\s(?:in|on|of)\s"
                    r"(?:the\s)?(?:(?:total\s)?score\s(?:of|on)\s(?:the\s)?)?", re.I)
COMPOSITE = rx.compile(r"(?=[c])\bcomposite\b(?:\s(?P<noun>outcome|endpoint|end point|end-point))?(?:\s(?P<of>of)\s)?", re.I)
SURVIVAL = rx.compile(r"\b(?:overall|(?:[A-Za-z]{3,20}-)?[A-Za-z]{3,20}[- ]free)\s+survival\b", re.I)
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
ABBREVIATION_AFTER = rx.compile(r"\s?\((?P<short>[A-Za-z0-9][\w-]{1,11})[);,]")
# a responder threshold on weight: "weight reduction of 5% or more", "at least 10% weight loss", "lost at least 15% of
# their body weight", "≥20% weight reduction" (the label: "weight reduction of N% or more")
WEIGHT_THRESHOLD = rx.compile(
    r"\b(?:body[- ])?weight (?:reduction|loss) of (?P<leasta>at least |(?:≥|>=) ?)?(?P<a>\d{1,2}(?:\.\d)?) ?(?:%|percent)"
    r"(?P<morea> or (?:more|greater|higher))?"
    r"|(?:\bat least |(?:≥|>=) ?|\b)(?P<b>\d{1,2}(?:\.\d)?) ?(?:%|percent)(?P<more> or (?:more|greater|higher))? "
    r"(?:body[- ])?weight (?:reduction|loss)\b"
    r"|\b(?:lost|losing|lose|loss of|reduction of) (?P<least>at least |(?:≥|>=) ?)?(?P<c>\d{1,2}(?:\.\d)?) ?(?:%|percent)"
    r"(?P<more2> or (?:more|greater))? of (?:their |his |her |its |initial |baseline )?(?:body[- ])?weight\b", re.I)
# an event a patient stays free of: "free of hospitalizations for X for at least 12 months", "freedom from severe Y"
FREEDOM = rx.compile(r"(?=[abfirsw])\b(?:freedom|(?:were|was|remained|remain|be|being|stayed|are|is) free) (?:of|from) ", re.I)
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


def find_measures(text: str) -> list[Mention]:
    """The outcome measures named in ``text`` (offsets relative to it), kind ``measure``."""
    return list(measures_of(text))


def measures_each(texts: list[str]) -> list[tuple[Mention, ...]]:
    """:func:`find_measures` of each text (a document's sentences), the list's names found in one pass over them all.

    >>> [[m.label for m in ms] for ms in measures_each(["Median overall survival (OS) was 9 months.", "", "OS rose."])]
    [['overall survival', 'overall survival'], [], ['overall survival']]
    """
    return [measured(text, hits) for text, hits in zip(texts, listed_hits_each(texts))]


@lru_cache(maxsize=256)
def measures_of(text: str) -> tuple[Mention, ...]:
    """:func:`find_measures`, remembered for the last sentences."""
    return measured(text, listed_hits(text))


def measured(text: str, hits: list[tuple[int, str]]) -> tuple[Mention, ...]:
    """:func:`find_measures`, given the list's names in ``text`` (:func:`listed_hits`)."""
    if cues.ENTRY_CRITERIA.search(text):
        return ()                      # "patients with an EDSS of 3.0 to 6.5 were eligible": an entry criterion
    found = list(listed(text, hits))
    if cues.MEASURE_CUE.search(text) or cues.TIME_TO_HYPHEN.search(text) or "alive" in text or "survived" in text:
        # names first: the phrase shapes ("change in X", "time to X") take a name found inside them
        for shape in (survival, response, named_scale, scored_abbreviation, mortality, composite, time_to, proportion,
                      change, freedom, first_occurrence, counted_events, risk_of):
            found += shape(text, found)
    if "," in text and (ROLE_LIST_HEAD.search(text) if cues.ENDPOINT_WORD.search(text) else None):
        found += role_list(text, found)
    if " by " in text and (found_verb := CHANGED_BY.search(text)) is not None:
        found += changed_subject(text, found, found_verb)
    if "eight" in text:
        found += weight_threshold(text, found)
    if "%" in text or "percent" in text:
        found += threshold(text, found)
        found += threshold_after(text, found)
        found += achieved(text, found)
        found += changed_quantity(text, found)
    if "cases of" in text:
        found += cases_of(text, found)
    if "death" in text:
        found += counted_deaths(text, found)
    if (" was " in text or " were " in text) and VALUED_SUBJECT.search(text):
        found += valued_subject(text, found)
    if "(p" in text or "(P" in text or "( p" in text:
        found += p_listed(text, found)
    if "walk" in text or "climb" in text:
        found += timed_test(text, found)
    if ":" in text:
        found += result_line(text, found)
    return tuple(longest(inside_definitions(found, text)))


def inside_definitions(found: list[Mention], text: str) -> list[Mention]:
    """Without the quantities named inside a composite's definition ("the kidney composite (kidney failure, a
    fall in eGFR ...)") or inside the bracket that defines another measure ("disease control rate (complete response
    + partial response + stable disease)"): a component, not a measure of its own. A bracket that only names the
    measure again ("overall survival (OS)", "quality of life (ZQ-5)") defines nothing.

    >>> [m.label for m in find_measures("The disease control rate (complete response + partial response) was 40%.")]
    ['disease control rate']
    """
    found = [m for m in found if not defined_inside(found, m, text)]
    composites = [m for m in found if "composite" in m.label]
    if not composites:
        return found
    out = []
    for m in found:
        owner = next((c for c in composites if c.end <= m.start), None)
        if owner and m.source == SOURCE and "composite" not in m.label and (
                (text.find("(", owner.end, m.start) >= 0 and text.find(")", owner.end, m.start) < 0) or
                COMPONENTS.match(text[owner.end:m.start])):
            continue                   # "(A, B ...": inside its parenthesis; "composite of A, B or C"
        out.append(m)
    return out


# the bracket right after a measure, and its end
BRACKET_AFTER = re.compile(r"\s{0,2}\(")
BRACKET_BODY = re.compile(r"[^()]{0,200}(?:\([^()]{0,40}\)[^()]{0,200}){0,3}\)")


def defined_inside(found: list[Mention], m: Mention, text: str) -> bool:
    """Is ``m`` named inside a bracket that defines another measure found right before it, with more words than
    ``m`` alone?"""
    for owner in found:
        if owner.end > m.start or owner.label == m.label:
            continue
        opened = BRACKET_AFTER.match(text, owner.end)
        if opened is None or opened.end() > m.start:
            continue
        body = BRACKET_BODY.match(text, opened.end())
        if body is not None and body.end() > m.end and text[opened.end():body.end() - 1].strip() != m.text:
            return True
    return False


# an endpoint that is the first of several events: "the first occurrence of A, B or C"
FIRST_OCCURRENCE = rx.compile(r"\bfirst occurrence of (?:a |an |any |the )?", re.I)
# an item of a list of events: after ", " or ": ", or before ", " or " or "
LIST_BEFORE = rx.compile(r"[,:]\s$")
LIST_AFTER = rx.compile(r",\s|\s(?:or|and)\s(?:non-?fatal\s|hospitali[sz]ation|myocardial|stroke)")
# the words between a composite and one of its components: " of A, B" (no clause break on the way)
COMPONENTS = rx.compile(r"\s(?:of|including)\s[^.;:()]{0,160}$")


def mention(text: str, start: int, end: int, label: str) -> Mention:
    return Mention(text[start:end], start, end, KIND, label, (), SOURCE)


def folded(text: str) -> str:
    """``text`` as the list's names are looked up in it: :func:`lowered`, a hyphen read as a space (writers join a
    name's words either way: "high-density lipoprotein-cholesterol"). Same length, so offsets hold.

    >>> folded("Time-to-Event ZETA")
    'time to event zeta'
    """
    return lowered(text).replace("-", " ")


def lowered(text: str) -> str:
    """``text`` in lower case, character for character (a character whose lower case is longer kept as it is)."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lower


def listed_hits(text: str) -> list[tuple[int, str]]:
    """(last offset, key) of the list's names in ``text``: lower-cased forms first, then short forms as written."""
    names = load_names()
    return [*(names.automaton.iter(folded(text)) if names.automaton else ()), *(names.exact.iter(text) if names.exact else ())]


def listed_hits_each(texts: list[str]) -> list[list[tuple[int, str]]]:
    """:func:`listed_hits` of each text, from one pass over the texts joined by line breaks (of the one automaton
    for both kinds of name, or of each of the two); a hit across two texts is in neither."""
    names = load_names()
    if names.both is not None and texts:
        return hits_of_both(names.both, texts)
    lower = hits_each(names.automaton, texts, SEPARATOR.join(map(folded, texts)))
    return [a + b for a, b in zip(lower, hits_each(names.exact, texts))]


def hits_of_both(both: ahocorasick.Automaton, texts: list[str]) -> list[list[tuple[int, str]]]:
    """:func:`listed_hits_each` from one pass of :func:`both_automaton` over the lower-cased texts: per text its
    lower-cased forms, then its short forms as the text writes them (each in the order its own automaton gives)."""
    out = []
    for text, hits in zip(texts, hits_each(both, texts, SEPARATOR.join(map(folded, texts)), length=lambda v: v[0])):
        forms = [(last, form) for last, (_, form, _) in hits if form is not None]
        written = [(last, short) for last, (length, _, shorts) in hits for short in shorts
                   if text.startswith(short, last - length + 1)]
        out.append(forms + written)
    return out


# the nouns a listed name may end on that writers put in the plural: "response rates", "symptom scores"
PLURAL_END = re.compile(r"\b(?:rate|score|level|event|count|ratio|day|episode|attack)$", re.I)


def listed(text: str, hits: list[tuple[int, str]] | None = None) -> list[Mention]:
    """Names of the shipped list, whole words (a capitalised short form as written); ``hits``: :func:`listed_hits`."""
    names = load_names()
    hits = listed_hits(text) if hits is None else hits
    quantity_ok = None
    out = []
    for last, key in hits:
        start, end = last - len(key) + 1, last + 1
        if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
            continue
        written = text[start:end]
        name = names.by_key[key][0]
        label = name.label
        if end < len(text) and text[end] == "-" and name.exact:
            extra = re.match(r"-\d{1,2}\b", text[end:end + 4])        # a numbered variant: "MACE-4"
            if not extra:
                continue
            end += extra.end()
            label = text[start:end]
        elif end < len(text) and name.exact and written[-1:].isalpha() and text[end].isdigit():
            extra = re.match(r"\d{1,2}(?!\w)", text[end:end + 3])         # a numbered version: "ADAS-Cog13"
            if not extra:
                continue
            end += extra.end()
            label = text[start:end]
        elif end < len(text) and text[end] == "s" and PLURAL_END.search(written) and not text[end + 1:end + 2].isalnum():
            end += 1                                                  # "response rates", "LDL levels": the name
        elif end < len(text) and (text[end].isalnum() or (text[end] == "-" and text[end + 1:end + 2].isalpha())):
            continue
        if name.kind == "event" and (LIST_BEFORE.search(text, max(0, start - 3), start) or
                                     LIST_AFTER.match(text, end)):
            continue                   # "death, stroke or infarction": a component of an endpoint, not one itself
        if name.kind in ("quantity", "scale") and (is_criterion(text, start, end) or in_baseline(text, start)):
            continue                   # "adults with a BMI >= 30", "(mean age 51 years, BMI 33.1)": who entered
        if name.kind == "quantity":
            if cues.RELATED_EVENT.search(text, max(0, start - 20), start) or \
                    cues.RISK_OF_EVENT.search(text, max(0, start - 40), start):
                continue
            if quantity_ok is None:
                # a sentence that describes the patients at entry ("the mean eGFR was 43 ...") reports no outcome
                quantity_ok = bool(cues.QUANTITY_RESULT.search(text)) and \
                    not (cues.BASELINE_DESCRIPTION.search(text) and not cues.CHANGE_WORD.search(text))
            if not quantity_ok:
                continue
        if name.kind == "scale":
            part = SCALE_PART.match(text, end)
            if part:
                end = part.end()
                if part.group(0).strip().lower().startswith("part"):
                    label = f"{label} {part.group(0).strip()}"
                elif part.group("sub"):
                    label = f"{label} {' '.join(part.group('sub').split()).removesuffix('s')}"
        after = DAYS_AFTER.match(text, end) if label.lower() in ("mortality", "all-cause mortality") else None
        if after:                      # "all-cause mortality within 28 days": the N-day mortality
            label = f"{after.group('n') or after.group('d')}-day mortality"
        elif label.lower() == "mortality" or label.lower().startswith(DURATION_KEEPS[1]):
            before = DURATION_PREFIX.search(text, max(0, start - 16), start)
            if before:
                label = text[before.start():start].lower() + label
                start = before.start()
        out.append(mention(text, start, end, label))
    return out


# who may enter, by a measure's level: "adults with a | BMI (body-mass index) >= 30", "with an | EDSS of 3.0 to 6.5",
# "(a BMI of 30 or more,) or a | BMI of at least 27"
# (or its short form in brackets after the long one: "with a body-mass index (| BMI |) >= 30")
CRITERION_BEFORE = rx.compile(r"(?=[ahow])\b(?:with|had|having|or|and)\s(?:an?\s)?(?:(?:baseline|screening|qualifying)\s)?"
                              r"(?:(?:[\w-]{1,20}\s){1,4}\()?$", re.I)
CRITERION_AFTER = rx.compile(r"""\)?(?:\s?\([^()]{1,30}\))?\s{0,2}(?:[≥≤><]|=>|>=|<=|(?:of\s)?(?:at\s(?:least|most)|more\sthan|less\sthan
    |greater\sthan|above|below|over|under|between|up\sto)\b|of\s\d)""", re.I | re.X)
# a share of patients with a level is a responder measure, not a criterion: "the proportion of patients with HbA1c <7%"
SHARE_BEFORE = rx.compile(r"(?=[%fnprs])(?:%|\b(?:proportion|percentage|number|share|rate|fraction)\b)[^.;]{0,40}$", re.I)
# a parenthesis describing the patients at entry: "(mean age 51 years, | BMI 33.1 kg/m2 ...)"
BASELINE_PAREN = rx.compile(r"\((?:mean|median|average)\s(?:\([^()]{0,10}\)\s)?age\b[^()]{0,80}$", re.I)


def is_criterion(text: str, start: int, end: int) -> bool:
    """Is the measure at ``start``-``end`` an entry criterion's level ("adults with a BMI >= 30")?

    >>> t = "adults with a BMI (body-mass index) >= 30 and the proportion of patients with an HbA1c < 7%"
    >>> is_criterion(t, t.index("BMI"), t.index("BMI") + 3), is_criterion(t, t.index("HbA1c"), t.index("HbA1c") + 5)
    (True, False)
    >>> t = "adults with a body mass index (BMI) of 30 or more"
    >>> is_criterion(t, t.index("BMI"), t.index("BMI") + 3)
    True
    """
    return (CRITERION_BEFORE.search(text, max(0, start - 30), start) is not None
            and CRITERION_AFTER.match(text, end) is not None
            and SHARE_BEFORE.search(text, max(0, start - 60), start) is None)


def in_baseline(text: str, start: int) -> bool:
    """Is the measure at ``start`` inside a parenthesis that describes the patients at entry ("(mean age 46, BMI ...")?"""
    return "(" in text[max(0, start - 100):start] and BASELINE_PAREN.search(text, max(0, start - 100), start) is not None


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
        if lw.endswith("ed") and (nxt in STOP or nxt in ("to", "the", "a", "an") or NUMBERISH.fullmatch(nxt) or not nxt):
            break
        end = m.end()
        if lw not in CONNECTORS:
            last = end
        if k + 1 >= max_words:
            break
    return last


def written(phrase: str, first_word: bool = True) -> str:
    """A phrase as a label: no leading article; a sentence's capitalised first word (not a short form) in lower case."""
    for a in ARTICLES:
        if phrase.lower().startswith(a):
            phrase = phrase[len(a):]
    first = phrase.split(" ", 1)[0]
    if first_word and first[:1].isupper() and first[1:] == first[1:].lower():
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
        elif VALUE_AFTER.match(text, end) and per_arm_after(text, end):
            # or gives it per arm: "The percentage of patients having zeta remission was 34% with XY and 11% with AB"
            out.append(mention(text, hit.start(), end, written(text[hit.end():end], first_word=False)))
    return out




# a count of events over time, the usual measure of episodic diseases: "the number of zeta days", "the mean number
# of monthly headache days", "the number of seizures", "the annualised number of relapses"
COUNTED_EVENTS = rx.compile(r"""(?=[fn])\b(?P<noun>number|frequency)\sof\s(?P<x>(?:(?!(?:the|patients|participants|people|subjects)\b)[a-z][\w-]{1,20}\s){0,2}
    (?:days|attacks|episodes|exacerbations|seizures|relapses|flares|hospitali[sz]ations|admissions|bleeds|bleeding\sevents))\b""",
                            re.I | re.X)


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
    """
    return [mention(text, hit.start(), hit.end(), f"{hit.group('noun').lower()} of {' '.join(hit.group('x').lower().split())}")
            for hit in COUNTED_EVENTS.finditer(text) if not inner(found, hit.start(), hit.end())]


def change(text: str, found: list[Mention]) -> list[Mention]:
    """ "change from baseline in X": X's name ("percent change in X" is a measure of its own)."""
    out = []
    for hit in CHANGE.finditer(text):
        known = next((m for m in found if m.start == hit.end()), None)
        end = known.end if known else phrase_end(text, hit.end(), 6)
        if end <= hit.end():
            continue
        name = known.label if known else written(text[hit.end():end], first_word=False)
        if not known and hit.start() > 0 and not cues.ENDPOINT_WORD.search(text):
            continue                   # an unknown X only in an endpoint's title or where the sentence names endpoints
        if hit.group("pct"):
            word = "percent" if hit.group("pct") == "%" else hit.group("pct").lower()
            name = f"{word} change in {name}"
        out.append(mention(text, hit.start(), end, name))
    return out


COMPOSITE_ADJ = frozenset("kidney renal cardiovascular cardiorenal cardiac cardiopulmonary heart efficacy clinical "
                          "hepatic liver respiratory thrombotic vascular bleeding failure".split())
ROLES = frozenset("primary secondary key exploratory main".split())
LIST_AND = rx.compile(r",\s(?:and|as well as)\s|\s(?:and\s)?also\s")
ITEMS_END = rx.compile(r"[.;:()\[\]]|\s(?:was|were|is|are|occurred|had|has|versus|vs\.?|compared|in\s\d|among|by\s\d)\b")


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
        elif roles and noun:
            out.append(mention(text, start, hit.end("noun"), f"{' '.join(r.lower() for r in roles)} composite{noun.lower()}"))
    return out


# a results line: "Death: 10% versus 18%", "Kidney composite: 6.6% vs. 11.3% (HR ...)" (the name, an optional
# parenthesis and timepoint, a colon, then a value compared or an effect)
RESULT_LINE = rx.compile(r"^(?P<x>[A-Za-z][\w'’ /-]{1,60}?)(?:\s\([^()]{1,30}\))?(?:\s(?:at|by|after|over|through)\s[\w ]{1,20})?:\s{1,3}"
                         r"(?:(?:median|mean)\s)?(?:[-−]?\d[\d.,]{0,12}\s?(?:%|percent|months?|weeks?|days?|years?|points?)?"
                         r"\s(?:vs\.?|versus|with|in|compared|on|and)\b|(?:hazard|odds|rate) ratio|HR\b|OR\b|RR\b)")
NOT_A_MEASURE = frozenset("""safety efficacy results result follow-up age enrollment enrolment population participants
    patients dose doses dosing design sponsor duration numbers design phase sample size randomization randomisation
    subgroup subgroups all patients overall tolerability adverse events""".split("\n")[0].split()) | {
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


# "The primary endpoint was X": a short X that ends the clause or meets a timepoint
def survival(text: str, found: list[Mention]) -> list[Mention]:
    """ "progression-free survival", and its rate said in words: "alive and disease-free", "still free of relapse"."""
    out = [mention(text, m.start(), m.end(), re.sub(r"\s+", " ", m.group(0)).lower().replace(" free", "-free"))
           for m in SURVIVAL.finditer(text)]
    for m in FREE_OF.finditer(text):
        out.append(mention(text, m.start(), m.end(), f"{(m.group('a') or m.group('b')).lower()}-free survival"))
    for m in ALIVE_WITHOUT.finditer(text):
        if not any(o.start <= m.start() < o.end for o in out):
            out.append(mention(text, m.start(), m.end(), "event-free survival"))
    return out


# a scale's abbreviation with the share of improvement its responders reach: "ZRS-50", "EASI-75" (before "response")
THRESHOLD_ABBREVIATION = re.compile(r"(?<![\w-])(?P<abbr>[A-Z][A-Za-z]{1,7}-?(?:20|50|70|75|90|100))\s$")


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
    abbreviation after the name spells it: "integrated ... Scale (iABC)")."""
    out = []
    for m in NAMED_SCALE.finditer(text) if INSTRUMENT_WORD.search(text) else ():
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
        if len(words) < 2 or ORGANIZATION_WORD.search(text, start, m.end()):
            continue          # "the National Institute for Health Research Health Technology Assessment": a funder
        end = m.end()
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


# a scale known only by its letters, named as scored: "the ABCD score", "ABC-D total scores"
ROMAN = re.compile(r"[IVX]{1,5}")
SCORED_ABBREVIATION = rx.compile(r"(?<![\w-])(?P<abbr>[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,5})?)\s(?:total\s)?scores?\b")


def scored_abbreviation(text: str, found: list[Mention]) -> list[Mention]:
    """A scale the list does not know, named by its letters and "score": "the ABCD score" is the measure ABCD.

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
    """A responder threshold on weight, labelled "weight reduction of N% or more".

    >>> [m.label for m in find_measures("At least 10% weight loss was reached by 61% of patients on XY-123.")]
    ['weight reduction of 10% or more']
    """
    out = []
    for m in WEIGHT_THRESHOLD.finditer(text):
        n = m.group("a") or m.group("b") or m.group("c")
        if (m.group("c") and not (m.group("least") or m.group("more2"))) or \
                (m.group("a") and not (m.group("leasta") or m.group("morea"))):
            continue                   # "lost 12% of their body weight", "a weight reduction of 21.4%": a change
        if m.group("b") and not (m.group("more") or text[max(0, m.start() - 9):m.start() + 9].lower().find("at least") >= 0
                                 or text[m.start():m.start() + 2] in ("≥", ">=")):
            continue                   # "a 15% weight reduction": a change
        out.append(mention(text, m.start(), m.end(), f"weight reduction of {n}% or more"))
    return out


# a responder threshold on any measure: "at least a 50% reduction in monthly zeta days", "a >=75% improvement in
# the ABC index", "30% or greater decrease from baseline in pain" (weight's own: WEIGHT_THRESHOLD)
THRESHOLD = rx.compile(r"""(?=[ams≥>\d])(?:\bat\sleast\s(?:an?\s)?|\bmore\sthan\s(?:an?\s)?|≥\s?|>=\s?|\b(?=\d{1,3}\s?(?:%|percent|-percent)
    \sor\s(?:more|greater|higher)))(?P<n>\d{1,3})\s?(?:%|percent|-percent)(?:\sor\s(?:more|greater|higher))?\s
    (?:reduction|decrease|improvement|increase|drop|decline|fall)\s(?:from\sbaseline\s)?(?:in|of)\s(?:the\s)?""", re.I | re.X)


# what a share of patients achieved, which is the measure whatever its words: "37% of XY-treated patients achieved ZME
# at week 10 compared to 13% ...", "more patients on XY attained sustained ZV clearance (52% vs 18%)"
ACHIEVED = rx.compile(r"""(?=[acehimopstw])\b(?:patients|participants|subjects|people|adults|children|women|men|infants|
    individuals|those)\s(?:who\s)?(?:also\s)?(?:achieved|attained|reached)\s(?:an?\s|the\s)?""", re.I | re.X)
# a cut-off right after a phrase: "of 0 or 1", "of ≥ 2", " ≤ 3"
CUT_OFF_AFTER = rx.compile(r"\s(?:of\s)?(?:[<>≤≥]|\d)")
# a result set against another arm's in the same sentence
AGAINST_ARM = rx.compile(r"(?=[cvpt])\b(?:compared|versus|vs\.?|v\.?|than|placebo)(?!\w)", re.I)
# what no one achieves as an outcome: the trial's goals and their statistics
NOT_ACHIEVED = frozenset("""endpoint endpoints end point goal goals objective objectives significance statistical
    target targets criteria criterion enrolment enrollment plateau dose doses steady state""".split())


def achieved(text: str, found: list[Mention]) -> list[Mention]:
    """What a share of patients achieved, where the sentence sets it against another arm: the phrase as written.

    >>> [m.label for m in find_measures("In all, 37% of patients achieved ZME at week 10, compared to 13% on placebo.")]
    ['ZME']
    >>> [m.label for m in find_measures("In all, 37% of patients reached the primary endpoint, compared to 13% on placebo.")]
    []
    """
    out = []
    for hit in ACHIEVED.finditer(text):
        end = open_phrase(text, hit.end(), 6)
        if end is None or inner(found, hit.end(), end) or not AGAINST_ARM.search(text, end) or CUT_OFF_AFTER.match(text, end):
            continue                   # (nor a value on a scale, "a ZAS value of 0 or 1": its cut-off is the measure's)
        out.append(mention(text, hit.end(), end, written(text[hit.end():end], first_word=False)))
    return out


def open_phrase(text: str, at: int, max_words: int) -> int | None:
    """Where the phrase written from ``at`` ends, or None when it opens on a verdict or names a goal, not a measure.

    >>> t = "achieved zeta clearance by week 4"
    >>> t[9:open_phrase(t, 9, 6)], open_phrase("achieved the primary endpoint", 9, 6)
    ('zeta clearance', None)
    """
    end = phrase_end(text, at, max_words=max_words)
    words = text[at:end].lower().split()
    if not words or words[0] in cues.NOT_MEASURE_START or NOT_ACHIEVED.intersection(words):
        return None
    return end


# a change in a quantity whose value the sentence then gives per arm: "The mean percent reduction in zeta phosphatase
# at 12 months was 39.6% in the XY group vs. 5.2% in the placebo group" (the quantity's name, up to a timepoint and
# the verb that gives its numbers)
CHANGE_NOUN_IN = rx.compile(r"(?=[cdir])\b(?:reduction|decrease|increase|improvement|change|decline)s?\s(?:from\sbaseline\s)?in\s(?:the\s)?",
                            re.I)
VALUE_VERB_AFTER = rx.compile(r"(?:\s(?:at|by|after|over)\s(?:week|month|day|year)s?\s\d{1,3}|\s(?:at|by|after|over)\s\d{1,3}\s"
                              r"(?:weeks|months|days|years))?\s(?:was|were)\s")


def changed_quantity(text: str, found: list[Mention]) -> list[Mention]:
    """The quantity a change is given for, arm by arm, whatever its words.

    >>> [m.label for m in find_measures("The mean reduction in zeta phosphatase at 12 months was 39% with XY vs. 5% with placebo.")]
    ['zeta phosphatase']
    >>> [m.label for m in find_measures("The mean reduction in zeta phosphatase was notable.")]
    []
    """
    out = []
    for hit in CHANGE_NOUN_IN.finditer(text):
        end = open_phrase(text, hit.end(), 4)
        if end is None or any(f.start <= hit.end() < f.end or hit.end() <= f.start < end for f in found) \
                or not VALUE_VERB_AFTER.match(text, end) or not AGAINST_ARM.search(text, end):
            continue
        out.append(Mention(text[hit.end():end], hit.end(), end, KIND, written(text[hit.end():end], first_word=False), (),
                           SOURCE, QUANTITY))
    return out


# a quantity a sentence (or a clause after a comma) opens on and gives a number for, arm by arm: "The mean zeta attack
# rate was 2.9 in the XY group and 11.8 in the placebo group", "the zeta growth rate was 0.41 mm/year with XY, compared
# with 0.52 with sham", "zeta clearance was achieved in 51% of ... vs. 47% of ..." (its words up to the verb)
VALUED_SUBJECT = rx.compile(r"(?:^\s{0,3}|,\s)(?:[Tt]he\s+)?(?i:(?:adjusted\s+|least[- ]squares\s+)?(?:mean|median|average)\s+)?"
                            r"(?P<x>[A-Za-z][a-z][\w-]*+(?:\s[a-z][\w-]*+){0,4})\s(?:was|were)\s"
                            r"(?:(?:achieved|attained|reached|observed|seen|reported)\s(?:in|by|among)\s)?(?:(?:about|approximately)\s)?[-–]?\d")
# the verb that gives a quantity its number: "... | was 30%"
VALUE_AFTER = re.compile(r"\s(?:was|were)\s(?:(?:about|approximately)\s)?[-–]?\d")
# the arms a sentence gives numbers for after a quantity: "... in the XY group and ... in the placebo group", "... with
# XY and ... with AB", or one set against the other ("versus", "compared with")
TWO_GROUPS = re.compile(r"\b(?:group|arm)s?\b")


def per_arm_after(text: str, end: int) -> bool:
    """Does ``text`` after ``end`` give numbers for two arms ("in the XY group and ... in the placebo group")?

    >>> per_arm_after("was 3 in the XY group and 5 in the placebo group", 0), per_arm_after("was 3 in June", 0)
    (True, False)
    """
    return bool(AGAINST_ARM.search(text, end)) or len(TWO_GROUPS.findall(text, end)) >= 2 or \
        (text.count(" with ", end) >= 2 and text.find(" and ", end) >= 0)


def valued_subject(text: str, found: list[Mention]) -> list[Mention]:
    """The quantity a sentence opens on and gives a number for in each arm, whatever its words.

    >>> [m.label for m in find_measures("The mean zeta attack rate was 2.9 in the XY-1 group and 11.8 in the placebo group.")]
    ['zeta attack rate']
    >>> [m.label for m in find_measures("The zeta attack rate was 2.9 in June.")]
    []
    """
    out = []
    for head in VALUED_SUBJECT.finditer(text):
        a, b = head.span("x")
        words = head.group("x").split()
        if any(f.start < b and a < f.end for f in found) or not per_arm_after(text, head.end()) \
                or words[0].lower() in cues.NOT_MEASURE_START or words[0].lower() in STOP \
                or any(w.lower() in CLAUSE_WORDS or w.lower() in STOP or w.lower() in TWO_GROUP_WORDS for w in words) \
                or head.group("x").lower() in NOT_A_MEASURE or (len(words) == 1 and words[0].lower() in GENERIC_SUBJECTS):
            continue
        out.append(mention(text, a, b, written(head.group("x"))))
    return out


# words of a subject that names people or a group, not a quantity ("the placebo group was 12% ..."), or points back at
# one named before ("their mean age", "the figures were ...", "decline was 29% slower")
TWO_GROUP_WORDS = frozenset("""group groups arm arms patients participants subjects people adults children difference their its
    his her our this these those each both such figures data findings decline reduction improvement change increase
    decrease worsening progression there corresponding incidence adverse""".split())


# the event a sentence counts per arm: "55 of the 64 cases of | zeta fever | occurred in the placebo group", with a
# qualifier of how severe it was kept ("cases of zeta fever | with 3 or more symptoms")
CASES_OF = rx.compile(r"(?=[c])\bcases\s+of\s+(?:the\s+)?", re.I)
SEVERITY_AFTER = rx.compile(r"(?<!\s)\s++with\s++(?:\d{1,2}|one|two|three|four|five)\s++or\s++more\s++[a-z][\w-]{2,20}")


# measures listed after a result verb, each with its own p-value: "XY reduced | A (p < 0.001), B (p = 0.03) and C (p = 0.004)"
RESULT_VERB = rx.compile(r"(?=[deilprs])\b(?:reduced|improved|lowered|increased|decreased|delayed|slowed|prevented|prolonged|"
                         r"lengthened|extended)\s")
P_ITEM = re.compile(r"(?<![\w'’/-])(?:the\s)?(?P<x>[A-Za-z][\w'’/-]*+(?:\s[A-Za-z0-9][\w'’/-]*+){0,7}?)\s?\(\s?[pP]\s?[<=≤>][^()]{0,30}\)")
P_ITEM_JOIN = re.compile(r",\s(?:and\s)?|\sand\s")


def p_listed(text: str, found: list[Mention]) -> list[Mention]:
    """The items of a list of two or more measures a result verb governs, each followed by its own p-value, whatever
    their words.

    >>> [m.label for m in find_measures("XY-1 reduced zeta flares (p < 0.001), zeta scarring (p = 0.02), and the zeta "
    ...                                 "index (P=0.004).")]
    ['zeta flares', 'zeta scarring', 'zeta index']
    """
    out = []
    for verb in RESULT_VERB.finditer(text):
        items, pos = [], verb.end()
        while (item := P_ITEM.match(text, pos)) is not None:
            items.append(item)
            join = P_ITEM_JOIN.match(text, item.end())
            if join is None:
                break
            pos = join.end()
        named = [item for item in items if is_item_measure(item.group("x"))]
        if len(named) < 2:
            continue                    # one item alone, or a clause ("improved it (p = 0.01), and was safe (...)")
        out += [mention(text, *item.span("x"), written(item.group("x"))) for item in named
                if not any(f.start < item.end("x") and item.start("x") < f.end for f in found)]
    return out


def is_item_measure(phrase: str) -> bool:
    """Can a list item's words name a measure (not a clause, a pronoun or a word for the trial's parts)?"""
    words = phrase.lower().split()
    return not (words[0] in cues.NOT_MEASURE_START or any(w in STOP or w in CLAUSE_WORDS for w in words)
                or phrase.lower() in NOT_A_MEASURE or (len(words) == 1 and words[0] in GENERIC_SUBJECTS))


# deaths counted in each arm: "9 | deaths | in the placebo group and 1 death in the XY group"
COUNTED_DEATHS = rx.compile(r"(?=[\d])(?<![\d.,])\d{1,5}\s(?P<d>deaths?)\s(?:in|among|occurred)\b", re.I)


def counted_deaths(text: str, found: list[Mention]) -> list[Mention]:
    """Death as the measure of a sentence that counts deaths in each arm and names no other measure.

    >>> [m.label for m in find_measures("There were 8 deaths in the placebo group and 2 in the XY-1 group.")]
    ['death']
    """
    hit = COUNTED_DEATHS.search(text)
    if hit is None or found or not per_arm_after(text, hit.end()):
        return []
    return [Mention(hit.group("d"), hit.start("d"), hit.end("d"), KIND, "death", (), SOURCE, QUANTITY)]


def cases_of(text: str, found: list[Mention]) -> list[Mention]:
    """The event whose cases a sentence counts in each arm.

    >>> [m.label for m in find_measures("Of 40 cases of zeta fever, 33 occurred in the placebo group and 7 in the XY-1 group.")]
    ['zeta fever']
    """
    out = []
    for hit in CASES_OF.finditer(text):
        end = open_phrase(text, hit.end(), 5)
        if end is None or any(f.start < end and hit.end() < f.end for f in found) or not per_arm_after(text, end):
            continue
        severity = SEVERITY_AFTER.match(text, end)
        end = severity.end() if severity else end
        # (the event is what the sentence measures: it wins over the same words as a disease's name)
        out.append(Mention(text[hit.end():end], hit.end(), end, KIND, written(text[hit.end():end], first_word=False), (),
                           SOURCE, QUANTITY))
    return out


# a plural role phrase that lists its measures: "Secondary end points, tested in order, were A, B, C and D",
# "Key secondary outcomes included: A, B and C"
ROLE_LIST_HEAD = rx.compile(r"""(?=[cekmps])\b(?:co-?primary|primary|key\s+secondary|secondary|exploratory|main)\s+
    (?:efficacy\s+)?(?:end[\s-]?points|outcomes|outcome\s+measures|measures)\b(?:,[^,;]{1,60},)?(?:\s*+:\s++|\s++(?:were|included|include|are)
    (?::\s*+|\s++)|,\s++including\s++)""", re.I | re.X)
# where the list ends: the clause's end, or the verb its items are the subject of ("A, B, and C, did not differ")
LIST_END = rx.compile(r";|\.(?:\s|$)|,\s(?:did|were|was|are|had|showed|all|both)\b")
LIST_ITEM_SPLIT = rx.compile(r",\s++(?:and\s++|or\s++)?")
# where an item's name ends: a timepoint, a population, a bracket
ITEM_CUT = rx.compile(r"""\s(?:at|by|through|over|after|during|between|from\sbaseline\sto|in\s(?:patients|participants|those|the\s
    (?:\w+\s)?(?:group|arm|population)))\b|\s?\(""", re.I | re.X)
ITEM_WORDS = re.compile(r"[A-Za-z][\w'’/-]*(?:\s[A-Za-z0-9][\w'’/-]*){0,7}")
ITEM_ARTICLE = re.compile(r"(?:the|an?)\s++", re.I)
NOT_ITEMS = frozenset("safety tolerability efficacy pharmacokinetics others".split())


def role_list(text: str, found: list[Mention]) -> list[Mention]:
    """Each item of the list a plural role phrase gives, whatever its words, where the list has three or more items
    (its measures the list knows keep their own names).

    >>> [m.label for m in find_measures("Secondary end points were zeta improvement, the Acme risk score at week 24, "
    ...                                 "and time to zeta worsening.")]
    ['zeta improvement', 'Acme risk score', 'time to zeta worsening']
    >>> [m.label for m in find_measures("Other secondary measures, including zeta improvement, Acme class, and zeta "
    ...                                 "signs, did not differ between the groups.")]
    ['zeta improvement', 'Acme class', 'zeta signs']
    """
    out = []
    for head in ROLE_LIST_HEAD.finditer(text):
        stop = LIST_END.search(text, head.end())
        region_end = stop.start() if stop else len(text)
        items, pos, serial = [], head.end(), False
        for cut in LIST_ITEM_SPLIT.finditer(text, head.end(), region_end):
            items.append((pos, cut.start()))
            pos, serial = cut.end(), cut.group().strip() != ","
        items.append((pos, region_end))
        if len(items) >= 2 and not serial and " and " in text[items[-1][0]:items[-1][1]]:
            a, b = items[-1]                # "A, B and C" without a serial comma: the last two are two items
            k = text.index(" and ", a, b)
            items[-1:] = [(a, k), (k + 5, b)]
        if len(items) < 3:
            continue                        # two measures with "and" may be one ("frequency and severity of X")
        names = [item_name(text, a, b) for a, b in items]
        known = [any(f.start < b and a < f.end for f in found) for a, b in items]
        if not all(k or n for n, k in zip(names, known)):
            continue                        # an item that is no measure's name: no list of measures ("..., the latter
            #                                 assessed by blinded, independent review")
        for (a, _), name, k in zip(items, names, known):
            if name and not k:
                start = text.index(name, a)
                out.append(mention(text, start, start + len(name), written(CHANGES_IN.sub("", name), first_word=False)))
    return out


# the words before a quantity whose change an item names: "changes in the | X"
CHANGES_IN = re.compile(r"^changes?\s(?:from\sbaseline\s)?in\s(?:the\s)?", re.I)
TIME_WORDS = frozenset("week weeks month months day days year years baseline visit".split())
# words that make an item a clause, not a name: verbs, auxiliaries, relative pronouns ("the latter assessed by ...")
CLAUSE_WORDS = frozenset("""was were is are be been being had has have did does do will would can could may might must
    assessed measured defined analysed analyzed tested evaluated using occurred reached achieved showed met remained
    favored favoured demonstrated appeared which who whom whose that when where while""".split())


def item_name(text: str, a: int, b: int) -> str | None:
    """The name an item of a list of measures gives, up to a timepoint, population or bracket; None when the item is
    no measure's name (a timepoint, a clause with a verb, a generic word)."""
    cut = ITEM_CUT.search(text, a, b)
    end = cut.start() if cut else b
    article = ITEM_ARTICLE.match(text, a, end)
    name = text[article.end() if article else a:end].strip()
    words = name.lower().split()
    if not ITEM_WORDS.fullmatch(name) or not words or words[0] in cues.NOT_MEASURE_START or words[0] in TIME_WORDS \
            or any(w in CLAUSE_WORDS for w in name.split()) or name.lower() in NOT_ITEMS or name.lower() in NOT_A_MEASURE:
        return None
    return name


# a quantity that a sentence says changed, arm by arm: "At 12 weeks, zeta voids decreased by a mean of 2.3 per day for
# XY-123 vs 1.1 for placebo" (the subject before the verb, after an opening timepoint)
CHANGED_BY = rx.compile(r"(?=[dfir])\b(?:decreased|increased|fell|rose|declined|dropped|improved)\s+by\b", re.I)
SUBJECT_BEFORE = rx.compile(r"(?:^|,\s|^(?:At|After|By|Over|Through)\s(?:week\s\d{1,3}|\d{1,3}\s(?:weeks?|months?|days?|years?)),?\s"
                            rf"|^(?:Among|In)\s(?:[\w-]+\s){{0,3}}?{cues.PEOPLE},?\s)"
                            r"(?:the\s+)?(?:(?:mean|median|average)\s+"
                            r"(?:number\s+of\s+)?)?(?P<x>[a-z][\w-]*+(?:\s[a-z][\w-]*+){0,3})\s$")


# a subject that names no quantity of its own: it points back at one named before
GENERIC_SUBJECTS = frozenset("score scores level levels value values rate rates result results outcome outcomes it they "
                             "this these numbers symptoms".split())


def changed_subject(text: str, found: list[Mention], verb: re.Match) -> list[Mention]:
    """The quantity a sentence opens on that it says changed by a number, where it sets the arms' changes side by side.

    >>> [m.label for m in find_measures("At 12 weeks zeta voids decreased by a mean of 2.3 per day for XY-123 vs 1.1 for placebo.")]
    ['zeta voids']
    >>> [m.label for m in find_measures("Zeta voids decreased by 2.3 per day.")]
    []
    """
    head = SUBJECT_BEFORE.search(text, 0, verb.start())
    if head is None or not AGAINST_ARM.search(text, verb.end()) or any(f.start < verb.start() for f in found) \
            or CHANGED_BY.search(text, verb.end()):
        return []                      # (two changes in one sentence: the second's numbers would go to the first)
    words = head.group("x").split()
    if words[0] in cues.NOT_MEASURE_START or words[0] in STOP or any(w in CLAUSE_WORDS for w in words) \
            or head.group("x").lower() in NOT_A_MEASURE or (len(words) == 1 and words[0].lower() in GENERIC_SUBJECTS):
        return []                      # ("Scores fell by ...": the measure named before)
    return [mention(text, head.start("x"), head.end("x"), head.group("x"))]


def threshold(text: str, found: list[Mention]) -> list[Mention]:
    """A responder threshold on a measure, labelled as written from the threshold to the measure's end.

    >>> [m.label for m in find_measures("In all, 41% had at least a 50% reduction in monthly zeta days.")]
    ['at least a 50% reduction in monthly zeta days']
    >>> [m.label for m in find_measures("XY-123 gave a 50% reduction in monthly zeta days.")]
    []
    """
    out = []
    for hit in THRESHOLD.finditer(text):
        if any(m.start <= hit.start() < m.end for m in found):
            continue                   # weight's own threshold, read before
        known = next((m for m in found if m.start == hit.end()), None)
        end = known.end if known else phrase_end(text, hit.end(), 6)
        if end > hit.end():
            out.append(mention(text, hit.start(), end, text[hit.start():end]))
    return out


# a responder threshold written after the measure: "an increase of zeta score of more than 4 points", "a
# reduction in zeta days of at least 50%" (what a share of patients had)
THRESHOLD_AFTER = rx.compile(r"""(?=[acdfir])\b(?:increase|reduction|improvement|decrease|decline|drop|rise)\s(?:from\sbaseline\s)?
    (?:in|of)\s(?:the\s)?[a-z][\w-]*+(?:\s[a-z][\w-]*+){0,3}?\s(?:of\s)?(?:more\sthan|at\sleast|greater\sthan|≥|>)\s?
    \d{1,4}(?:\.\d{1,2})?\s?(?:%|percent|points?|[a-zA-Z]{1,5}(?:/[a-zA-Z]{1,5})?(?:\sper\s[a-z]{3,10})?)(?![\w/])""", re.I | re.X)
# a share of patients before it: "47%, 31% and 9% of the participants ... had | an increase of ..."
SHARE_HAD = rx.compile(r"%[^.;]{0,160}\b(?:had|achieved|showed|experienced|reached)\s(?:an?\s)?$", re.I)


def threshold_after(text: str, found: list[Mention]) -> list[Mention]:
    """A responder threshold written after the measure's name, where a share of patients had it: labelled as written.

    >>> [m.label for m in find_measures("In all, 44% of patients had an increase of zeta score of more than 4 points.")]
    ['increase of zeta score of more than 4 points']
    """
    out = []
    for hit in THRESHOLD_AFTER.finditer(text):
        if SHARE_HAD.search(text, max(0, hit.start() - 200), hit.start()):
            out.append(mention(text, hit.start(), hit.end(), hit.group()))
    return out


# a timed function test named by its distance or duration: "10-meter walk/run", "6-minute walk test", "4-stair climb"
TIMED_TEST = rx.compile(r"\b(?:timed\s)?(?:\d{1,3}|two|four|six|ten|twelve)[- ](?:meter|metre|foot|minute|stair|step)s?[- ]"
                        r"(?:walk(?:/run|[- ]run)?|run|climb)(?:\s(?:test|distance))?\b", re.I)


def timed_test(text: str, found: list[Mention]) -> list[Mention]:
    """A timed function test, labelled as written ("10-metre walk/run") or as the list names it; a listed name of the
    same span wins. Its head word may follow its short form: "six minute walk (SMW) distance".

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
    gives a span of time, a share of patients or names an endpoint."""
    if not FREEDOM.possible(text) or not (cues.ENDPOINT_WORD.search(text) or FREEDOM_SETTING.search(text)):
        return []
    out = []
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


def mortality(text: str, found: list[Mention]) -> list[Mention]:
    """ "28-day mortality", "all-cause mortality" where the sentence reports or names a result."""
    if not MORTALITY_SHAPE.possible(text) or not cues.QUANTITY_RESULT.search(text):
        return []            # (the shape's literal first: one bit, where the cue is searched in the whole sentence)
    return [mention(text, m.start(), m.end(), load_names().labels.get(m.group(0).lower(), m.group(0).lower()))
            for m in MORTALITY_SHAPE.finditer(text) if not cues.RELATED_EVENT.search(text, max(0, m.start() - 20), m.start())]


def acronym_of(short: str, long: str) -> bool:
    """Do the letters of ``short`` (a numbered variant's number aside) start words of ``long``, in order?

    >>> acronym_of("MACE-4", "four-component major adverse cardiovascular event"), acronym_of("XYZ", "time to relapse")
    (True, False)
    """
    short = re.sub(r"-\d{1,2}$", "", short)
    # (a short form mixing cases spells by its capitals: "ZiDCR"; a word in capitals gives all its letters: "ZD")
    capitals = [c for c in short if c.isupper()]
    letters = [c.lower() for c in (capitals if len(capitals) >= 3 and capitals != list(short) else short) if c.isalpha()]
    heads = [h for w in re.split(r"[\s/-]+", long) if w and w[0].isalpha()
             for h in (w.lower() if w.isupper() and len(w) <= 4 else w[0].lower())]
    if not letters or letters[0] not in heads:
        return False
    k = 0
    for h in heads:
        if k < len(letters) and h == letters[k]:
            k += 1
    return k == len(letters) or (k >= 2 and k >= len(letters) - 1 and len(letters) >= 3)


def longest(mentions: list[Mention]) -> list[Mention]:
    """The longest of overlapping mentions, in text order."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def measure_abbreviations(text: str, found: tuple[Mention, ...] | None = None) -> dict[str, str]:
    """Short forms that a sentence defines for a measure, with the measure's label: a measure followed by
    "(SHORT)", "(SHORT;" or "(SHORT," whose letters SHORT spells (``found``: the sentence's measures, if known).

    >>> measure_abbreviations("The Acme Itch Severity Scale (AISS; 0 to 40) fell, as did time to first relapse (TFR).")
    {'AISS': 'Acme Itch Severity Scale', 'TFR': 'TFR'}
    >>> measure_abbreviations("The primary endpoint was the achievement of ZD Clinical Response (ZiDCR) at week 16.")
    {'ZiDCR': 'ZD Clinical Response'}
    """
    out: dict[str, str] = {}
    if "(" not in text:
        return out
    for m in (find_measures(text) if found is None else found):
        short = ABBREVIATION_AFTER.match(text, m.end)
        if short is None or short.group("short") == m.text or not any(c.isupper() for c in short.group("short")):
            continue
        before = CAPITALS_BEFORE.search(text, max(0, m.start - 8), m.start)     # "ZD | Clinical Response (ZiDCR)"
        if acronym_of(short.group("short"), m.text) or (before and acronym_of(short.group("short"), text[before.start():m.end])):
            out.setdefault(short.group("short"), m.label)
    return out


# a word in capitals right before a measure's name, part of what its short form spells
CAPITALS_BEFORE = re.compile(r"\b[A-Z]{2,4}\s$")


def measure_name(long: str) -> str | None:
    """The label of the measure a long form names, when the whole of it is one (for abbreviations).

    >>> measure_name("Acme Itch Rating Scale"), measure_name("Acme Biotech")
    ('Acme Itch Rating Scale', None)
    """
    long = long.strip()
    found = find_measures(long)
    return found[-1].label if found and found[-1].end == len(long) and found[-1].start <= 20 else None
