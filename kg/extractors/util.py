"""Small helpers shared by the built-in extractors (patterns, hedges, organisations)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from kg.extractors.disease_types import ELIDED
from kg.model import Entity, Fact, Mention, Value
from kg.text import prefilter as rx
from kg.text.cues import AIM_OPENER, CLAUSE_BREAK, HEDGE, QUOTED, TRIAL_WORD  # noqa: F401 - the extractors import them from here too
from kg.text.numbers import NUMBER, parse_number

# (an id ends at the parenthesis, so ChiCTR's characters are taken whole and the last must be a digit: "[-\w]*\d+"
# would try every split of a long run)
REGISTERED = rx.compile(r"\((?:[^()]*?)\b(?:NCT\d{8}|jRCT\w?\d+|ISRCTN\d+|ACTRN\d+|DRKS\d+|UMIN\d+|ChiCTR[-\w]*+(?<=\d)|CTRI/[\d/]+|\d{4}-\d{6}-\d{2})\)")
# lengths that bound the runs a pattern may take, so that no pattern is slower than linear on a long run
WORD_MAX = 60          # characters of one word (the longest English words have 45)
NUM = rf"(?P<num>{NUMBER})"
NAME_WORD = rf"[A-Z][A-Za-z0-9&'’.-]{{0,{WORD_MAX}}}"       # a capitalised word of a name
ORG_WORD = rf"(?:{NAME_WORD}|of|and|for|de|&)"
ORG_NAME = rf"(?P<org>{NAME_WORD}(?:\s+{ORG_WORD}){{0,6}})"
# (blanks start the suffix only where they start: a match from inside a run of blanks would be one from its start)
LEGAL = rx.compile(r"(?:(?:,|(?<!\s))\s+(?:Inc|Ltd|LLC|plc|PLC|GmbH|AG|S\.?A|Co|Corp|N\.V|B\.V|K\.K)\.?)+$")
NOT_ORG = rx.compile(r"^(?:The|A|An|In|On|At|This|That|These|It|Its|Patients?|Participants?|Researchers?|Phase)\b")


WORD = re.compile(r"[A-Za-z][\w’'-]*")
SMALL_WORDS = frozenset({"of", "in", "for", "and", "the", "a", "an", "to", "on", "at", "with", "by"})


@lru_cache(maxsize=1024)
def is_hedged(text: str) -> bool:
    """Does the text hedge ("a larger study should follow")? Several extractors ask of each sentence.

    >>> is_hedged("A larger study should follow."), is_hedged("The study met its goal.")
    (True, False)
    """
    return HEDGE.search(text) is not None


@lru_cache(maxsize=1024)
def unhedged(text: str) -> str:
    """The text with hedged clauses ("a larger study should follow") blanked out, offsets kept."""
    out, start, hedged = [], 0, is_hedged(text)        # a clause can hedge only when its sentence does
    for m in list(CLAUSE_BREAK.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        clause = text[start:end]
        hedge = HEDGE.search(clause) if hedged else None
        named = REGISTERED.search(clause)
        aim = AIM_OPENER.search(clause, 0, hedge.start()) if hedge else None
        if hedge and named and named.end() <= hedge.start():
            # "The Phase 3 X study (NCT...) plans to ...": the registered trial itself is a fact
            clause = clause[:named.end()] + " " * (len(clause) - named.end())
        elif aim:               # ("a late-phase study of the hypothesis that | X would ...": the study is a fact)
            clause = clause[:aim.start()] + " " * (len(clause) - aim.start())
        elif hedge:
            clause = " " * len(clause)
        out.append(clause)
        if m:
            out.append(m.group())
            start = m.end()
    return "".join(out)


def mask_quotes(text: str) -> str:
    """Blank out quoted titles and quotations, keeping offsets."""
    return QUOTED.sub(lambda m: " " * len(m.group()), text)


number = parse_number      # the extractors' short name for it


def clean_org(name: str) -> str | None:
    """Trim a captured organisation name; None when it is not one."""
    name = re.sub(r"(?:\s+(?:of|and|for|de|&))+$", "", name.strip(" ,.;:'’"))
    name = LEGAL.sub("", name).strip(" ,.")
    if not name or NOT_ORG.match(name) or len(name) < 2:
        return None
    return name


def fact(subject: Entity, predicate: str, obj, evidence) -> Fact:
    return Fact(subject, predicate, obj if isinstance(obj, Entity) else Value(obj), evidence)


def org_entity(name: str, ctx=None) -> Entity:
    """An organisation; a short form ("Acme") becomes the longer name the document uses ("Acme Chemical")."""
    return Entity("Organization", expand_org(name, ctx.doc.text) if ctx is not None else name)


@lru_cache(maxsize=256)
def expand_org(name: str, text: str) -> str:
    """The longest name in ``text`` that starts with ``name`` (asked for again by several extractors).

    >>> expand_org("Acme", "Acme Chemical Group said; later Acme did.")
    'Acme Chemical Group'
    """
    first = FIRST_WORD.match(name)
    if first is None:
        found = find_at_word_start(rf"{re.escape(name)}{CAPITALISED_TAIL.pattern}", body_text(text))
    elif name.splitlines() != [name]:         # (a name across lines: read in the body itself)
        found = names_starting_with(name, first.group(), body_text(text))
    else:                                     # the body's lines are the text's: its headlines are passed over
        found = names_starting_with(name, first.group(), text, Headlines(text))
    longer = [x for x in map(clean_org, found) if x]
    return max(longer, key=len) if longer else name


FIRST_WORD = re.compile(r"\w+")
# capitalised words after a name; a run of blanks is entered at its start only (re would try each of its blanks)
CAPITALISED_TAIL = re.compile(r"(?:(?<![ \t])[ \t]++[A-Z][A-Za-z&.-]*)+")


def names_starting_with(name: str, first_word: str, body: str, skip=None) -> list[str]:
    """What ``find_at_word_start(NAME + CAPITALISED_TAIL, body)`` finds, looked up where ``first_word`` starts a word.

    A body is scanned for the first few names asked of it, then its words are indexed once (:class:`WordStarts`),
    so a document naming thousands of organisations is read a bounded number of times, not once per name.
    ``skip``: a test of a match's start that leaves it out (a headline's, when ``body`` is the whole text).

    >>> names_starting_with("Acme", "Acme", "Acme Chemical Group said; later Acme did; Acme Bio Labs.")
    ['Acme Chemical Group', 'Acme Bio Labs.']
    """
    out, reach = [], 0
    for start in word_starts(body).where(first_word, name):
        if start < reach or not body.startswith(name, start) or skip is not None and skip(start):
            continue
        tail = CAPITALISED_TAIL.match(body, start + len(name))
        if tail:
            out.append(body[start:tail.end()])
            reach = tail.end()
    return out


class WordStarts:
    """Where a word (a run of ``\\w``) starts in a body, in text order.

    The first :attr:`SCANS` questions are answered by a scan for the name asked about (``str.find``, in C: most
    documents ask about a few names only); later ones from an index of every word of the body, made once.

    >>> starts = WordStarts("Acme, Acme-Bio and XAcme; Acmes")
    >>> starts.where("Acme", "Acme"), starts.where("Acme", "Acme-Bio")
    ([0, 6], [6])
    """

    SCANS = 8

    def __init__(self, body: str):
        self.body, self.asked, self.index = body, 0, None

    def where(self, word: str, name: str) -> list[int]:
        """The starts of ``word`` as a whole word; with fewer than :attr:`SCANS` questions asked, only those where
        ``name`` (which starts with ``word``) follows."""
        self.asked += 1
        if self.index is None and self.asked > self.SCANS:
            index: dict[str, list[int]] = {}          # made whole before it is shared (threads may ask too)
            for m in FIRST_WORD.finditer(self.body):
                index.setdefault(m.group(), []).append(m.start())
            self.index = index
        if self.index is not None:
            return self.index.get(word, [])
        body = self.body
        out, at = [], body.find(name)
        while at != -1:
            end = at + len(word)
            if (at == 0 or not is_word(body[at - 1])) and (end == len(body) or not is_word(body[end])):
                out.append(at)
            at = body.find(name, at + 1)
        return out


@lru_cache(maxsize=8)
def word_starts(body: str) -> WordStarts:
    """The word starts of a body (asked of again by several extractors)."""
    return WordStarts(body)


def find_at_word_start(pattern: str, text: str) -> list[str]:
    """The matches of ``\\b`` + ``pattern``, found without the leading ``\\b``.

    A pattern that starts with an assertion loses ``re``'s fast scan for its
    literal prefix (a whole article: 5 µs against 110 µs), so the word
    boundary is checked on each candidate instead; the answers are the same.

    >>> find_at_word_start("Acme(?: [A-Z][a-z]+)+", "XAcme Co, Acme Chemical Group")
    ['Acme Chemical Group']
    """
    regex, out, pos = re.compile(pattern), [], 0
    while (m := regex.search(text, pos)) is not None:
        start = m.start()
        if (start > 0 and is_word(text[start - 1])) == (start < len(text) and is_word(text[start])):
            pos = start + 1                  # no word boundary here: look again one character on
            continue
        out.append(m.group(0))
        pos = m.end() if m.end() > start else start + 1
    return out


def is_word(char: str) -> bool:
    """A character ``\\w`` matches."""
    return char.isalnum() or char == "_"


class Headlines:
    """Is the line of a text that holds a position a headline (:func:`is_title_case`)? Each line asked about is read
    once; most lines are never asked about (a name is looked for in a few), where :func:`body_text` reads them all.

    >>> headline = Headlines("Acme Announces Results of Trial\\nAcme said the trial met its goal.")
    >>> headline(0), headline(40)
    (True, False)
    """

    def __init__(self, text: str):
        self.lines = text.splitlines()
        self.starts = list(accumulate(map(len, text.splitlines(True)), initial=0))
        self.known: dict[int, bool] = {}

    def __call__(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        found = self.known.get(i)
        if found is None:
            found = self.known[i] = is_title_case(self.lines[i])
        return found


@lru_cache(maxsize=8)
def body_text(text: str) -> str:
    """The text without its headline-style lines (computed once per document)."""
    return "\n".join(line for line in text.splitlines() if not is_title_case(line))


def is_title_case(line: str) -> bool:
    """A headline-style line ("Acme Announces Results of Trial"): most words capitalised."""
    content = [w for w in WORD.findall(line) if w not in SMALL_WORDS]
    return len(content) >= 3 and len([w for w in content if w[0] <= "Z"]) / len(content) > 0.7   # WORD starts A-Z or a-z


def part_search(pattern, part: str, whole: str, how: str = "search") -> re.Match | None:
    """``pattern.search(part)`` (or ``match``) for a part of the sentence ``whole``, its literals looked for in ``whole``.

    A part holds no literal its sentence lacks; the sentence's literals are found once and kept
    (:func:`kg.text.prefilter.held`), where each new part would be scanned for them anew.

    >>> given = rx.compile(r"\\bgiven\\s+$")
    >>> part_search(given, "patients were given ", "No dose was planned.") is None
    True
    """
    if isinstance(pattern, rx.Prefiltered):
        if not pattern.possible(whole):
            return None
        pattern = pattern.regex
    return getattr(pattern, how)(part)


def written_names(ctx) -> dict[str, str]:
    """Per therapy label, the name the document writes for it, where the document never writes the label itself
    (a renamed drug's older name, a brand the lexicon files under its generic name): arms are labelled as the text
    names them. The most frequent written form is taken, the first at a tie."""
    def make() -> dict[str, str]:
        forms: dict[str, dict[str, int]] = {}
        short: dict[str, dict[str, int]] = {}       # (a short form counts only where the text writes no other)
        for ms in ctx.mentions:
            for m in ms:
                if m.kind in ("drug", "therapy") and m.source != "allocation":     # (see name_as_written)
                    counts = (short if m.source == "abbreviation" else forms).setdefault(m.label, {})
                    counts[m.text] = counts.get(m.text, 0) + 1
        out = {}
        for label, counts in [*forms.items(), *((k, v) for k, v in short.items() if k not in forms)]:
            if not any(text.lower() == label.lower() for text in counts):
                text = max(counts, key=counts.get)          # (dicts keep the first seen first: ties go to it)
                out[label] = text[:1].upper() + text[1:] if label[:1].isupper() else text
        return out
    return ctx.cached(("written names",), make)


# a control group named by what it got ("the education control group"): the arm a bare "control" names
NAMED_CONTROL = re.compile(r"(?<![\w-])(?!(?:placebo|sham|active|vehicle|the|a|an|and|or|than|in|into|with|to|of|for|versus|vs|"
                           r"between|from|by|on|at|as|both|each|no|its|their|this|that)\b)([a-z][\w-]{2,30})[ -]control\s"
                           r"(?:groups?|arms?|patients)\b", re.I)


def control_as_named(ctx, label: str) -> str:
    """The arm a bare "control" means: the one control the document names by what it got ("the education control
    group"); else the label. (An arm named "intervention" stays so: readers keep that word.)"""
    if label.lower() != "control":
        return label
    named = ctx.cached(("named controls",), lambda: named_controls(ctx.sentences))
    return next(iter(named)) if len(named) == 1 else label


def named_controls(sentences) -> set[str]:
    """The control groups the sentences name by what they got, in lower case ("education control").

    >>> from kg.text.sentences import Sentence
    >>> sorted(named_controls([Sentence(0, 40, "Adults in the education control group", 0)]))
    ['education control']
    >>> sorted(named_controls([Sentence(0, 40, "It was higher in the A group than control group", 0)]))
    []
    """
    return {f"{m.group(1)} control".lower() for s in sentences if "control" in s.text
            for m in NAMED_CONTROL.finditer(s.text)}


def arm_as_written(ctx, label: str) -> str:
    """An arm label with each therapy label in it as the document writes the therapy (see :func:`written_names`),
    a bare "control" as the control the document names (:func:`control_as_named`).

    >>> class Ctx:
    ...     mentions = [[]]
    ...     def cached(self, key, make): return {"Zetamab": "Acmezumab"}
    >>> arm_as_written(Ctx(), "Zetamab 5 mg"), arm_as_written(Ctx(), "placebo")
    ('Acmezumab 5 mg', 'placebo')
    >>> Ctx.cached = lambda self, key, make: {"Zetamab": "Acmezumab"} if key == ("written names",) else {"Zetamab pegol"}
    >>> arm_as_written(Ctx(), "Zetamab pegol 5 mg")
    'Zetamab pegol 5 mg'
    """
    label = control_as_named(ctx, label)
    names = written_names(ctx)
    if not names:
        return label
    # (the longest therapy label the arm's opens on: "Zeta ester 4 g" is the ester's arm, not "Zeta"'s)
    labels = ctx.cached(("therapy labels",), lambda: {m.label for ms in ctx.mentions for m in ms
                                                       if m.kind in ("drug", "therapy")})
    heads = [old for old in labels | names.keys() if label == old or label.startswith(old + " ")]
    head = max(heads, key=len, default=None)
    return names[head] + label[len(head):] if head in names else label


def document_name(ctx, first: Mention) -> str:
    """The name the document gives an entity (a therapy, an outcome measure): the lexicon's label where the document writes it, else the name as
    written where the document first names it (``first``): "AB 1234" for a code the lexicon files under its drug's
    INN; the ids still say which drug it is."""
    return name_as_written(ctx.cached(("lower case",), lambda: ctx.doc.text.lower()), first)


def name_as_written(lowered: str, first: Mention) -> str:
    """:func:`document_name` for a document whose text in lower case is ``lowered``.

    >>> name_as_written("ab 1234 (zenvia) lowered zeta.", Mention("AB 1234", 0, 7, "drug", "Zetaprost"))
    'AB 1234'
    >>> name_as_written("zetaprost (zenvia) lowered zeta.", Mention("Zenvia", 11, 17, "drug", "Zetaprost"))
    'Zetaprost'
    """
    if first.label.lower() in lowered or first.source in ("allocation", ELIDED):
        return first.label          # (an allocation writes a head once for two: "to robotic or open zeta repair"; as
        #                             does a list of a disease's kinds, "gastric or esophageal adenocarcinoma")
    return first.text.strip() or first.label
