"""The shipped list of outcome measures (``kg/data/measures.tsv``, built by :mod:`kg.lexicon.measures`) and its
look-up: one Aho-Corasick pass, whole words, blind to case and hyphens; a short form with capitals only as written
("OS", "mRS", "HbA1c"). The measure shapes (:mod:`kg.text.measure_shapes`, :mod:`kg.text.measure_phrases`) and
:mod:`kg.text.measures` build on it.

>>> [(m.text, m.label) for m in listed("Median progression free survival was 9 months.")]
[('progression free survival', 'progression-free survival')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
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
TARGETED = "named by its target"  # the attrs of an efficacy named by what it is against (its short form names it not)
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
# a state of a quantity that patients are counted in, before its name: "the proportion who had | controlled | serum
# zetate", "normal | LDL cholesterol" (the share of patients in that state is the measure, not the quantity's level)
STATE_BEFORE = rx.compile(r"(?<!\bas\s)\b(controlled|uncontrolled|normal|normali[sz]ed)\s$", re.I)
SHARE_AFTER = re.compile(r"\d\s?%")
# a day count after a mortality that names it: "mortality within 28 days", "all-cause mortality at day 90"
DAYS_AFTER = rx.compile(r"\s(?:within|at|by)\s(?:(?P<n>\d{1,3})\sdays\b|day\s(?P<d>\d{1,3})\b)")
# what may follow a scale's name and belongs to it
# (or a named subscale: "ZRS positive subscale", "ZRS negative Acme factor subscale", labelled so)
SCALE_PART = rx.compile(r"\s{1,3}(?:[Pp]arts?\s{1,3}(?:I{1,3}|IV|[1-4])\b|(?:total\s{1,3})?score\b|subscale\b"
                        r"|(?P<sub>(?:[A-Za-z][a-z]{2,15}\s{1,3}){1,3}(?:sub-?scale|factor|domain|subscore)s?)\b)")

# an item of a list of events: after ", " or ": ", or before ", " or " or "
LIST_BEFORE = rx.compile(r"[,:]\s$")
LIST_AFTER = rx.compile(r",\s|\s(?:or|and)\s(?:non-?fatal\s|hospitali[sz]ation|myocardial|stroke)")


def mention(text: str, start: int, end: int, label: str) -> Mention:
    """A measure's mention at ``[start, end)``, labelled ``label`` without a footnote's mark after it.

    >>> mention("a composite of zeta events¹.", 2, 27, "composite of zeta events¹").label
    'composite of zeta events'
    """
    return Mention(text[start:end], start, end, KIND, label.rstrip(FOOTNOTE_MARKS) or label, (), SOURCE)


# the superscript digits and signs a press release marks its footnotes with: "... revascularization¹."
FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§"


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


# a plural noun after a quantity's name that makes the name its modifier, the whole another measure ("irregular
# heart rate | recordings"), not the quantity's own readings or changes ("levels", "values", "reductions")
MODIFIED_NOUN_AFTER = re.compile(r"\s(?!(?:levels|values|scores|readings|measurements|concentrations|changes|reductions|"
                                 r"increases|decreases|results|outcomes|data|responses|improvements|declines|rises|falls|"
                                 r"trajectories|slopes|percentiles|categories|ratios|drops|gains|losses|differences|"
                                 r"elevations|excursions|points|units|years|months|weeks|days|hours|mmHg)\b)[a-z]{3,20}(?<!ss)s\b")


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
        elif end < len(text) and text[end] == "-" and (extra := re.match(r"-\d{1,2}\b", text[end:end + 4])):
            end += extra.end()        # a long name's numbered variant ("SLE Responder Index-6"): not the list's number
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
                    cues.RISK_OF_EVENT.search(text, max(0, start - 40), start) or MODIFIED_NOUN_AFTER.match(text, end):
                continue               # (nor a quantity that names a plural thing's kind: "heart rate | recordings")
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
        if name.kind == "quantity" and (state := STATE_BEFORE.search(text, max(0, start - 16), start)) \
                and SHARE_AFTER.search(text, end):
            # (a state patients reach: the measure of a share)
            label, start = f"{state.group(1).lower()} {label}", state.start()
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


# a name the list knows written in capitals, and the capitalised words before it that belong to it: "the | Early Zeta |
# Clinical Response" (not a statistic's or a role's word, nor a sentence's first word)
TITLE_CASE = re.compile(r"[A-Z][a-z]{2,20}(?:[\s-][A-Z][a-z]{2,20}){1,4}")
TITLE_WORDS_BEFORE = re.compile(r"(?<=[a-z(]\s)(?:(?!(?:The|A|An|Mean|Median|Average|Total|Primary|Secondary|Key|Overall|FDA|"
                                r"Phase|Its|Their|Our|This|These|In|At|On|Of|For|With|By)\s)(?![A-Z][a-z]+ed\s)"
                                r"[A-Z][a-z]{2,20}\s){1,3}$")


def with_title_words(found: list[Mention], text: str) -> list[Mention]:
    """Each measure written in capitals with the capitalised words before it that are part of its name ("the Early |
    Clinical Response").

    >>> t = "It met its goal for the Early Zeta Response at week 4."
    >>> [m.label for m in with_title_words([mention(t, 30, 43, "zeta response")], t)]
    ['Early Zeta Response']
    """
    words = text.split()
    if sum(w[:1].isupper() for w in words) * 2 > len(words):
        return found                    # (a headline's capitals: "Zeta Drug Shows Longer Overall Survival")
    out = []
    for m in found:
        before = TITLE_WORDS_BEFORE.search(text, max(0, m.start - 40), m.start) if TITLE_CASE.fullmatch(m.text) else None
        out.append(replace(m, text=text[before.start():m.end], start=before.start(), label=text[before.start():m.end])
                   if before else m)
    return out


# who may enter, by a measure's level: "adults with a | BMI (body-mass index) >= 30", "with an | EDSS of 3.0 to 6.5",
# "(a BMI of 30 or more,) or a | BMI of at least 27"
# (or its short form in brackets after the long one: "with a body-mass index (| BMI |) >= 30")
CRITERION_BEFORE = rx.compile(r"(?=[ahow])\b(?:with|had|having|or|and)\s(?:an?\s)?(?:(?:baseline|screening|qualifying)\s)?"
                              r"(?:(?:[\w-]{1,20}\s){1,4}\()?$", re.I)
CRITERION_AFTER = rx.compile(r"""\)?(?:\s?\([^()]{1,30}\))?\s{0,2}(?:(?:of\s)?(?:[≥≤><]|=>|>=|<=)|(?:of\s)?(?:at\s(?:least|most)|more\sthan|less\sthan
    |greater\sthan|above|below|over|under|between|up\sto)\b|of\s\d)""", re.I | re.X)
# a share of patients with a level is a responder measure, not a criterion: "the proportion of patients with HbA1c <7%"
SHARE_BEFORE = rx.compile(r"(?=[%fnprs])(?:%|\b(?:proportion|percentage|number|share|rate|fraction)\b)[^.;]{0,40}$", re.I)
# a parenthesis describing the patients at entry: "(mean age 51 years, | BMI 33.1 kg/m2 ...)"
BASELINE_PAREN = rx.compile(r"\((?:mean|median|average)\s(?:\([^()]{0,10}\)\s)?age\b[^()]{0,80}$", re.I)


def is_criterion(text: str, start: int, end: int, strict: bool = False) -> bool:
    """Is the measure at ``start``-``end`` an entry criterion's level ("adults with a BMI >= 30")? (``strict``: only
    where "with" or "having" names it and a bound follows, not "and", "or" or "had" and a value: "and percentage
    change in X between week 24 and ...", "patients on XY had an X of 0.07")

    >>> t = "adults with a BMI (body-mass index) >= 30 and the proportion of patients with an HbA1c < 7%"
    >>> is_criterion(t, t.index("BMI"), t.index("BMI") + 3), is_criterion(t, t.index("HbA1c"), t.index("HbA1c") + 5)
    (True, False)
    >>> t = "adults with a body mass index (BMI) of 30 or more"
    >>> is_criterion(t, t.index("BMI"), t.index("BMI") + 3)
    True
    >>> t = "in patients with a zeta score (ZS) of ≥40 percent (HR=0.62)"
    >>> is_criterion(t, t.index("zeta"), t.index(" (ZS)")), is_criterion(t, t.index("ZS)"), t.index("ZS)") + 2)
    (True, True)
    """
    before = CRITERION_BEFORE.search(text, max(0, start - 30), start)
    after = CRITERION_AFTER.match(text, end) if before is not None else None
    if strict and after is not None and (before.group().split()[0].lower() not in ("with", "having")
                                         or after.group()[-1:].isdigit()):
        return False
    return after is not None and SHARE_BEFORE.search(text, max(0, start - 60), start) is None


def in_baseline(text: str, start: int) -> bool:
    """Is the measure at ``start`` inside a parenthesis that describes the patients at entry ("(mean age 46, BMI ...")?"""
    return "(" in text[max(0, start - 100):start] and BASELINE_PAREN.search(text, max(0, start - 100), start) is not None


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
    return k == len(letters) or (k >= 2 and k >= len(letters) - 1 and len(letters) >= 3) or spelled_within(short, long)


def spelled_within(short: str, long: str) -> bool:
    """Does ``long`` hold the letters of ``short`` in order, its first at the start of a word, a letter inside a word
    counting too (the test of Schwartz and Hearst, 2003)? A compound's second part has no word of its own: "zeta
    breakup time (ZBUT)".

    >>> spelled_within("ZBUT", "zeta breakup time"), spelled_within("ZBX", "zeta breakup time")
    (True, False)
    """
    chars = [c.lower() for c in short if c.isalnum()]
    if len(chars) < 3:
        return False
    at = len(long) - 1
    for k in range(len(chars) - 1, -1, -1):
        while at >= 0 and (long[at].lower() != chars[k] or (k == 0 and at > 0 and long[at - 1].isalnum())):
            at -= 1
        if at < 0:
            return False
        at -= 1
    return True


# a word in capitals right before a measure's name, part of what its short form spells
CAPITALS_BEFORE = re.compile(r"\b[A-Z]{2,4}\s$")
