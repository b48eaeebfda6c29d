"""Finding trial mentions: every place a sentence names a trial, by registry ids (given together, one mention), by
a short name the text calls a trial's, or by a phrase that says what the trial is ("the Phase 3 study", "its
open-label extension", "a second study").

>>> from kg.text.sentences import Sentence
>>> [(m.ids, m.name, m.phase) for m in find_trial_mentions([Sentence(0, 48, "The ZETA-7 trial (NCT01234567) is a Phase 3 trial.", 0)])][:1]
[(('NCT01234567',), 'ZETA-7', '3')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.lexicon import load_lexicon
from kg.text import prefilter as rx
from kg.text.abbreviations import best_long_form
from kg.text.cues import ABSTRACT_HEADING, QUOTED
from kg.text.numbers import parse_number
from kg.text.organizations import shipped
from kg.text.registries import is_registry_id, registry_ids
from kg.text.sentences import Sentence
from kg.trials.patterns import (AFTER_ID, AFTER_NAME, APPOSED_NAME, APPOSITION_DASH, NUMBER_EXPANSION, BEFORE_ID, BEFORE_NAME, BETWEEN_IDS, BRACKET_AFTER,
                                BRACKET_BEFORE, CALLED_NAME, CAPS_LEAD, EXTENSION_BEFORE, CODE_LEAD, DRUG_APPOSITION, EARLIER_RESULTS, EXPANSION_AFTER_NAME,
                                LABEL_BEFORE_NAME, LOWER_START_NAME, MARKERS, NAME, ORDINALS, RANKED_AFTER, NAMED_GATE, NAME_BEFORE_HEAD, NAME_RE, NOT_A_NAME,
                                NOT_FIRST_WORD, PHASE, PHRASE_GATE, PHRASE_HEADS, REGISTRY_BEFORE_ID, TRIAL_HEAD,
                                TRIAL_HEAD_BEFORE, TRIAL_PHRASE, WORD_CAPS_NAME)
from kg.trials.records import TrialMention


def normalise_phase(a: str, b: str | None = None) -> str:
    """ "IIb" -> "2b"; with a second part, "1/2a" (and a third after a slash in it: "1/2/3").

    >>> normalise_phase("IIb"), normalise_phase("i", "IIa"), normalise_phase("3"), normalise_phase("Three")
    ('2b', '1/2a', '3', '3')
    >>> normalise_phase("I", "II/III")
    '1/2/3'
    """
    def one(p: str) -> str:
        m = re.fullmatch(r"(iv|i{1,3})([ab]?)", p.lower())
        if m is None:                       # (digits, or a phase in words: "three")
            return str(parse_number(p.lower())) if p.isalpha() else p.lower()
        return str({"i": 1, "ii": 2, "iii": 3, "iv": 4}[m.group(1)]) + m.group(2)
    return one(a) + "".join(f"/{one(part)}" for part in (b.split("/") if b else ()))


NOT_TRIAL_NAMES = ("disease", "phenotype", "drug", "chemical", "gene", "country", "regulator", "measure")


@lru_cache(maxsize=4096)
def names_something_else(word: str) -> bool:
    """An acronym that is a disease, drug, gene ... ("ALS") is not a trial's name; an anatomy word ("ATLAS") may be."""
    lexicon = load_lexicon()
    if any(e.type in NOT_TRIAL_NAMES and not case_folded(word, e.text) for e in lexicon.lookup(word)):
        return True
    joined = GENE_HYPHEN.fullmatch(word)                # a gene's symbol written with a hyphen: "ZGFBP-1" for ZGFBP1
    return joined is not None and any(e.type == "gene" for e in lexicon.lookup(joined.group(1) + joined.group(2)))


def case_folded(word: str, name: str) -> bool:
    """Is ``word`` a name written in capitals that the lexicon holds only in small letters ("ZINC" for the element
    "Zinc")? A trial's acronym is often a plain word so written; a drug's or an element's name is not.

    >>> case_folded("ZINC", "Zinc"), case_folded("ZINC", "ZINC"), case_folded("COPD", "COPD"), case_folded("Zinc", "Zinc")
    (True, False, False, False)
    """
    return len(word) >= 4 and word.isalpha() and word.isupper() and not name.isupper()


# a word made an adjective by its last part ("ZX-controlled", "ZX-naive", "ZX-positive"): no trial's name
ADJECTIVE_END = re.compile(r"-(?:controlled|blind(?:ed)?|masked|label|treated|naive|naïve|related|refractory|resistant|positive|"
                           r"negative|mutant|mutated|based|free|specific|like|induced|associated|dependent|sparing|matched)$")
GENE_HYPHEN = re.compile(r"([A-Z][A-Z0-9]{1,8})-(\d{1,2}[A-Z]?)")


def good_name(name: str, others: frozenset[str] = frozenset()) -> bool:
    """Could this be a trial's short name (not a registry id, not a known disease, drug or gene, not a plain word,
    not one of ``others``: what the document defines as something else)?"""
    head = name.split()[0]
    if head in others or name in others:
        return False
    if head.upper() in ABSTRACT_HEADING and not any(c.isdigit() for c in name):   # "CONCLUSIONS This study"
        return False
    if len(name) < 3 or NOT_A_NAME.fullmatch(name) or is_registry_id(head) or names_something_else(name) or names_something_else(head):
        return False
    if name in shipped() or head in shipped():
        return False                                 # a company or an agency the shipped list names: "the ACME phase 3
        #                                              trial programme" is the sponsor's
    if ADJECTIVE_END.search(head):
        return False                                 # "TCS-controlled", "PD1-naive": a design or who took part
    if STUDY_NUMBER.fullmatch(name):
        return True                                  # "Study 123": a study named by its number
    if head.upper() == "PHASE" or all(w.capitalize() in NOT_A_NAME_WORD or w.isdigit() for w in name.split()):
        return False                                 # a headline in capitals: "PHASE 3 CLINICAL TRIAL ..."
    capitals = sum(c.isupper() for c in head)
    if capitals == 1 and head.split("-")[0] in NOT_FIRST_WORD:
        return False                                 # "Week-12", "Part-2": a part of a trial, not its name
    words = name.split()
    if len(words) == 2 and re.fullmatch(r"[A-Z][a-z]{2,14}", head) and re.fullmatch(r"[A-Z]{2,6}|\d{1,2}", words[1]) \
            and not NOT_A_NAME.fullmatch(words[1]) and head not in NOT_FIRST_WORD:
        return True                                  # "Zeta AB", "Zetayil 2": a word and initials or a number, said
        #                                              to be a trial
    return capitals >= 2 or (capitals == 1 and any(c.isdigit() for c in head))


REGISTRATION = rx.compile(r"(?=[r])\bregist(?:ered|ration)\b", re.I)
# a registry's word for the id right before it: "ClinicalTrials.gov identifier: | NCT..."
IDENTIFIER_BEFORE = re.compile(r"\bidentifier:?\s$", re.I)


def id_groups(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, ids) of the registry ids in ``text``, ids given together ("A and B", "A; B") as one group, unless
    they are given "respectively", for as many trials.

    >>> id_groups("registered as NCT01234567 and NCT07654321; the ZETA-2 trial (NCT01112223)")
    [(14, 41, ('NCT01234567', 'NCT07654321')), (61, 72, ('NCT01112223',))]
    >>> id_groups("ZETA and BETA (NCT01234567 and NCT07654321, respectively)")
    [(15, 42, ('NCT01234567',)), (15, 42, ('NCT07654321',))]
    """
    groups: list[list] = []
    registries = []
    for found in registry_ids(text):
        registries.append(found.prefix)
        if groups and BETWEEN_IDS.fullmatch(text, groups[-1][1], found.start):
            groups[-1][1] = found.end
            groups[-1][2].append(found.id)
        else:
            groups.append([found.start, found.end, [found.id]])
    groups = [part for g in groups for part in (apart(g) if RESPECTIVELY_AFTER.match(text, g[1]) else [g])]
    if len(groups) > 1 and len(set(registries)) == len(registries) and REGISTRATION.search(text):
        # "registered with EudraCT, number A, and as an International Standard ... Trial, number B": a trial has one
        # id in each registry, so ids of different registries in one registration statement are one trial's
        return [(groups[0][0], groups[-1][1], tuple(i for g in groups for i in g[2]))]
    return [(a, b, tuple(ids)) for a, b, ids in groups]


# ids given together for as many trials named before them: "ZETA and BETA (NCT01234567 and NCT07654321, | respectively)"
RESPECTIVELY_AFTER = re.compile(r",?\s{1,3}respectively\b", re.I)


def apart(group: list) -> list[list]:
    """A group of ids given "respectively", one group an id (their offsets within the group's span)."""
    a, b, ids = group
    return [[a, b, [one]] for one in ids]


# the names listed before the bracket of ids given "respectively": "ZETA, BETA and GAMMA | (identifiers A, B and C,"
RESPECTIVE_NAMES = re.compile(r"(?<![\w-])(?P<names>[A-Z][\w-]{1,20}(?:,\s[A-Z][\w-]{1,20}){0,4},?\s(?:and|&)\s[A-Z][\w-]{1,20})"
                              r"\s{0,3}\([^()]{0,60}$")
LISTED_NAME = re.compile(r"[A-Z][\w-]{1,20}")


def respective_names(text: str, groups: list[tuple], others: frozenset[str] = frozenset()) -> dict[int, tuple[str, int]]:
    """{group index: (name, offset)} for ids given "respectively" (one id a group, at one span) after a list of as
    many names, each a trial's name: "ZETA and BETA (NCT01234567 and NCT07654321, respectively)"."""
    out: dict[int, tuple[str, int]] = {}
    k = 0
    while k < len(groups):
        run = [j for j in range(k, len(groups)) if groups[j][:2] == groups[k][:2]]
        listed = RESPECTIVE_NAMES.search(text, max(0, groups[k][0] - 200), groups[k][0]) if len(run) > 1 else None
        names = list(LISTED_NAME.finditer(text, listed.start("names"), listed.end("names"))) if listed else []
        if len(names) == len(run) and all(good_name(n.group(), others) for n in names):
            out.update({j: (n.group(), n.start()) for j, n in zip(run, names)})
        k = run[-1] + 1
    return out


def paired_ids(text: str, groups: list[tuple], named: list[tuple], respective: dict[int, tuple[str, int]]
               ) -> tuple[list[tuple], dict[int, tuple[str, int]]]:
    """The id groups with a group of two or more ids of one registry parted, an id for each of as many trials' names
    the sentence gives before it and before no other ids, in order: a trial has one id in each registry ("the ZETA-1
    and ZETA-2 trials, two identical studies (NCT01234567/NCT07654321)"); with ``respective``, each parted id's name.

    >>> groups = [(37, 60, ("NCT01234567", "NCT07654321"))]
    >>> paired_ids("ZETA-1 and ZETA-2 were identical (NCT01234567/NCT07654321)", groups,
    ...            [(0, 6, "ZETA-1", False, 6), (11, 17, "ZETA-2", False, 17)], {})
    ([(37, 60, ('NCT01234567',)), (37, 60, ('NCT07654321',))], {0: ('ZETA-1', 0), 1: ('ZETA-2', 11)})
    """
    out: list[tuple] = []
    paired: dict[int, tuple[str, int]] = {}
    for k, (start, end, ids) in enumerate(groups):
        if k in respective:
            paired[len(out)] = respective[k]
        lo = groups[k - 1][1] if k else 0
        before = [n for n in named if lo <= n[0] and n[1] <= start] if len(ids) >= 2 and k not in respective else []
        if len(before) != len(ids) or len({n[2] for n in before}) != len(ids) \
                or len({r.prefix for i in ids for r in registry_ids(i)}) != 1:
            out.append((start, end, ids))
            continue
        for n, one in zip(before, ids):
            paired[len(out)] = (n[2], n[0])
            out.append((start, end, (one,)))
    return out, paired


def find_trial_mentions(sentences: list[Sentence], others: frozenset[str] = frozenset()) -> list[TrialMention]:
    """Every trial mention of the document, in text order (offsets relative to each sentence); ``others`` are the
    short forms the document defines as a disease, drug, gene... ("sclerosis (ALS)"), which name no trial.

    >>> from kg.text.layout import content_lines
    >>> from kg.text.sentences import split_sentences
    >>> text = "The earlier Phase 1b trial (NCT01234567) was small. Its open-label extension enrolled 30."
    >>> s = split_sentences(text, content_lines(text))
    >>> [(m.sentence, m.ids, m.phase, m.marker) for m in find_trial_mentions(s)]
    [(0, ('NCT01234567',), '1b', 'earlier'), (1, (), None, 'extension')]
    """
    out: list[TrialMention] = []
    texts = []
    for i, s in enumerate(sentences):
        text = s.text if '"' not in s.text and "“" not in s.text else QUOTED.sub(lambda m: " " * len(m.group()), s.text)
        texts.append(text)
        out.extend(marked_first_word(m, text) for m in sentence_mentions(i, text, others))  # a quoted title names
        #                                                                                       no trial
    capitals = {i for i, text in enumerate(texts) if in_capitals(text)}
    if capitals and any(m.name and m.sentence in capitals for m in out):
        # (a headline in capitals names a trial only by a name the text writes again: its words are all capitals)
        body = "\0".join(t for k, t in enumerate(texts) if k not in capitals)
        out = [m if not (m.name and m.sentence in capitals) or m.name in body else replace(m, name=None) for m in out]
        out = [m for m in out if m.name or m.ids or m.phase or m.marker or m.definite]
    out = cross_registered(sentences, out)
    siblings = sibling_mentions(texts, out) or replicate_mentions(texts, out)
    return sorted(out + siblings, key=lambda m: (m.sentence, m.start)) if siblings else out


# a name's first word with a trademark sign after it, right before the rest of the name: "ZETA® | NHL-1 study"
MARKED_FIRST_WORD = re.compile(r"(?<![\w-])(?P<w>[A-Z][A-Z0-9]{2,14})[®™]\s$")


def marked_first_word(m: TrialMention, text: str) -> TrialMention:
    """The mention with the first word of its name, where a trademark sign after that word cut it off ("the ZETA®
    NHL-1 study": "ZETA NHL-1", as the text writes it without the sign).

    >>> t = "the pivotal ZETA® NHL-1 study"
    >>> marked_first_word(TrialMention(0, 18, 29, name="NHL-1"), t).name
    'ZETA NHL-1'
    """
    w = MARKED_FIRST_WORD.search(text, max(0, m.start - 17), m.start) if m.name else None
    return replace(m, start=w.start(), name=f"{w.group('w')} {m.name}") if w else m


def cross_registered(sentences: list[Sentence], mentions: list[TrialMention]) -> list[TrialMention]:
    """The mentions, those that give ids alone, no name, on one line ("EudraCT: 2031-000123-45.
    ClinicalTrials.gov: NCT01234567.") each given all of that line's ids where every id is of another registry: a
    trial has one id in each registry, so the line registers one trial in several.

    >>> from kg.text.layout import content_lines
    >>> from kg.text.sentences import split_sentences
    >>> text = "Registration EudraCT: 2031-000123-45. ClinicalTrials.gov: NCT01234567."
    >>> [m.ids for m in find_trial_mentions(split_sentences(text, content_lines(text)))]
    [('2031-000123-45', 'NCT01234567'), ('2031-000123-45', 'NCT01234567')]
    """
    lines: dict[int, list[TrialMention]] = {}
    for m in mentions:
        lines.setdefault(sentences[m.sentence].line, []).append(m)
    joined: dict[int, tuple[str, ...]] = {}
    for line, found in lines.items():
        if len(found) < 2 or any(m.name or not m.ids for m in found):
            continue
        ids = tuple(dict.fromkeys(i for m in found for i in m.ids))
        registries = [r.prefix for i in ids for r in registry_ids(i)]
        if len(registries) == len(ids) == len(set(registries)):
            joined[line] = ids
    if not joined:
        return mentions
    return [replace(m, ids=joined[sentences[m.sentence].line]) if sentences[m.sentence].line in joined else m
            for m in mentions]


def in_capitals(text: str) -> bool:
    """Is ``text`` a line of four words or more written in capitals (a headline's style)?

    >>> in_capitals("ZETAMAB MEETS GOAL IN LATE STAGE TRIAL"), in_capitals("The ZETA-7 TRIAL met its goal.")
    (True, False)
    """
    letters = sum(map(str.isalpha, text))      # (map over str methods: this runs on every sentence)
    return len(text.split()) >= 4 and letters >= 12 and sum(map(str.isupper, text)) >= 0.9 * letters


# a numbered name a result is given for: "... with placebo | in ZETA-1|", "in ZETA I and | ZETA II|" (a Roman number)
RESULT_FOR_NAME = re.compile(r"\b(?:in|for|and)\s(?P<name>(?P<stem>[A-Z]{3,14})(?P<sep>[ -])(?P<n>\d{1,2}|I{1,3}|IV))"
                             r"(?![\w-])")
# the word for several trials: a document that speaks of replicate trials
TRIALS_WORD = re.compile(r"\b(?:trials|studies)\b", re.I)


def replicate_mentions(texts: list[str], mentions: list[TrialMention]) -> list[TrialMention]:
    """The replicate trials a document that speaks of several trials names only where it gives each one's results:
    one sentence ending clauses on "in ZETA-1" and "in ZETA-2" (one stem, two numbers), where no mention names them.

    >>> t = ["In these replicate trials, X was lower.", "The rate was 0.3 with XY in ZETA-1 and 0.7 with XY in ZETA-2."]
    >>> [(m.sentence, m.name) for m in replicate_mentions(t, [])]
    [(1, 'ZETA-1'), (1, 'ZETA-2')]
    >>> [m.name for m in replicate_mentions(["The ZETA studies.", "X fell in ZETA I and ZETA II (-0.3 and -0.2)."], [])]
    ['ZETA I', 'ZETA II']
    """
    named = {m.name for m in mentions if m.name}
    out = []
    for i, text in enumerate(texts):
        hits = list(RESULT_FOR_NAME.finditer(text)) if " in " in text or " for " in text else []
        hits = hits if any(h.group().startswith(("in", "for")) for h in hits) else []
        if len({(h.group("stem"), h.group("sep")) for h in hits}) != 1 or len({h.group("n") for h in hits}) < 2 \
                or any(h.group("name") in named for h in hits):
            continue
        out += [TrialMention(i, h.start("name"), h.end("name"), (), h.group("name")) for h in hits]
    return out if out and any(TRIALS_WORD.search(t) for t in texts) else []


# a numbered trial name: a stem in capitals (two or more, counted apart), then its number ("ZETA 1", "ZETA-2",
# "ZETA-PC 3"); one run of capitals, so that no long run is split two ways
NUMBERED_NAME = re.compile(r"(?<![A-Z0-9-])(?P<stem>[A-Z][A-Z0-9-]*)(?P<sep>[ -])(?P<n>\d{1,2})")


def sibling_mentions(texts: list[str], mentions: list[TrialMention]) -> list[TrialMention]:
    """Mentions of the siblings of the numbered trials the document names: where "ZETA 1" is a trial, "ZETA 2" is
    another (a sister trial, named in passing: "a sister Phase 3, ZETA 2,"), wherever the text writes it.

    >>> ms = [TrialMention(0, 8, 14, (), "ZETA 1")]
    >>> [(m.sentence, m.start, m.name) for m in sibling_mentions(["In the ZETA 1 trial", "ZETA 2 and ZETA 1"], ms)]
    [(1, 0, 'ZETA 2')]
    """
    numbered = [NUMBERED_NAME.fullmatch(m.name) for m in mentions if m.name]
    stems = {(n.group("stem"), n.group("sep")) for n in numbered if n and sum(map(str.isupper, n.group("stem"))) >= 2}
    if not stems:
        return []
    named = {m.name for m in mentions if m.name}
    taken = {(m.sentence, m.start) for m in mentions}
    pattern = re.compile("|".join(rf"(?<![\w-]){re.escape(stem)}{re.escape(sep)}\d{{1,2}}(?![\w-])" for stem, sep in stems))
    out = []
    for i, text in enumerate(texts):
        for hit in pattern.finditer(text):
            name = hit.group()
            if name not in named and (i, hit.start()) not in taken:
                ph = PHASE.search(text, max(0, hit.start() - 16), hit.start())
                out.append(TrialMention(i, hit.start(), hit.end(), (), name,
                                        normalise_phase(ph.group("a"), ph.group("b")) if ph else None))
    return out


# the bracket that closes a name spelled out before it, and the word for a trial after: "... (ZETA) | trial"
SPELLED_TRIAL_AFTER = re.compile(r"\)\s{1,3}(?:[a-z-]{2,20}\s{1,3}){0,2}(?:trial|study)\b", re.I)
# a spelled-out name's own head word, in capitals, right before the bracket: "the Zeta Protection | Study (|ZPS)"
TITLED_HEAD_BEFORE = re.compile(r"\s(?:Study|Trial)\s?\($")
# a design's name right before the bracket: "a sequential parallel comparison design (|ZPCD) study" spells how the
# trial is run, not what it is called
DESIGN_BEFORE = re.compile(r"\b(?:design|method)\s?\($", re.I)


def spelled_trial_name(text: str, start: int, end: int, name: str, others: frozenset[str] = frozenset()) -> bool:
    """A name in brackets right after the words it spells and before "trial" ("the Zeta Therapy for Apnea Reduction
    (ZETAR) trial") is a trial's, even where the lexicon knows the letters as a gene's or a drug's."""
    return start > 0 and text[start - 1] == "(" and name not in others and len(name) >= 3 \
        and not NOT_A_NAME.fullmatch(name) and spells_words_before(name, text[max(0, start - 200):start - 1]) \
        and SPELLED_TRIAL_AFTER.match(text, end) is not None


def titled_name_ok(name: str, others: frozenset[str] = frozenset()) -> bool:
    """Is ``name`` a trial's name in title case (:data:`TITLED_NAME`), of three words at least, opening on a word no
    list knows as something else ("the Zorberg Zeta Screening Trial"; not "the Zorberg Diet and Zeta Study")?

    >>> titled_name_ok("Zorberg Zeta Screening Trial"), titled_name_ok("Zorberg Trial"), titled_name_ok("Zorberg Zeta Study")
    (True, False, False)
    """
    head = name.split()[0]
    return TITLED_NAME_WHOLE.fullmatch(name) is not None and head not in others and name not in others \
        and not names_something_else(head) and head not in shipped() and len(name.split()) >= 3


def called_name_ok(text: str, start: int, name: str, others: frozenset[str] = frozenset()) -> bool:
    """A plain capitalised word the text says a trial is called ("the trial, named Meridian") is its name, unless it
    names something else."""
    return (BEFORE_NAME.search(text, max(0, start - 40), start) is not None and len(name) >= 3
            and name.split()[0] not in others and not names_something_else(name))


def without_defined_tail(named: tuple, others: frozenset[str], text: str = "") -> tuple:
    """A named trial (start, end, name, given as a field, end of its head) without a last word the document defines
    as something else: "the Zeta and Beta | DME | studies", where DME is a disease's short form (one trial named so
    keeps it: "the ZETA DME trial", as names often end on the disease's short form).

    >>> without_defined_tail((4, 12, "Beta DME", False, 21), frozenset({"DME"}))
    (4, 8, 'Beta', False, 21)
    >>> without_defined_tail((4, 12, "ZETA DME", False, 18), frozenset({"DME"}), "the ZETA DME trial")
    (4, 12, 'ZETA DME', False, 18)
    """
    a, b, name, *rest = named
    head, _, last = name.rpartition(" ")
    if head and last in others and SINGULAR_HEAD.search(text, b, rest[1] if len(rest) > 1 else b) and \
            not LIST_BEFORE.search(text, max(0, a - 40), a):
        return named
    return (a, b - len(last) - 1, head, *rest) if head and last in others else named


# a trial's own head after its name, and a list of names before one ("ZETA and | Beta DME studies")
SINGULAR_HEAD = re.compile(r"\b(?:trial|study)$", re.I)
LIST_BEFORE = re.compile(r"(?:\band|,)\s+$")


def sentence_mentions(i: int, text: str, others: frozenset[str] = frozenset()) -> list[TrialMention]:
    """The trial mentions of one sentence: ids (with the name or phrase just before them), names, phrases."""
    low = text.lower()
    named = named_trials(text) if any(map(low.__contains__, NAMED_GATE)) else \
        phase_caps_names(text) if "hase " in text else []
    worded = {m.start("name") for pattern in (PHASE_WORD_NAME, NAME_BEFORE_PHASE) for m in pattern.finditer(text)
              if not (pattern is NAME_BEFORE_PHASE and ADJECTIVE_SHAPE.fullmatch(m.group("name")))} if named else set()
    extensions = {n[0] for n in extension_names(text, [])} if named and "xtension" in text else set()
    # (the names set before or after a plural head are trials' names too, no extensions: "ZETA-1 and ZETA-2, two
    # Phase 3 studies")
    extended = extensions | ({n[0] for n in apposed_names(text)} if named and ("trials" in text or "studies" in text)
                             else set())
    named = [without_defined_tail(x, others, text) for x in named]
    named = [(a, b, trim_name(n), label, end) for a, b, n, label, end in named
             if good_name(trim_name(n), others) or called_name_ok(text, a, trim_name(n), others)
             or ((a in worded or a in extended) and n not in others and not names_something_else(n))
             or spelled_trial_name(text, a, b, trim_name(n), others) or titled_name_ok(n, others)]
    #        (a word between a trial's phase and "trial", or before its phase, is its name: "the Phase 3 Zenith trial",
    #        "the Zenith phase III trial")
    lead = (CODE_LEAD.match(text) or CAPS_LEAD.match(text)) if "In " in text[:40] else None
    if lead and good_name(lead.group("name"), others) and not any(n[0] == lead.start("name") for n in named):
        named = sorted(named + [(lead.start("name"), lead.end("name"), lead.group("name"), False, lead.end("name"))])
    phrases = list(TRIAL_PHRASE.finditer(text)) \
        if any(map(low.__contains__, PHRASE_HEADS)) and any(map(low.__contains__, PHRASE_GATE)) else []
    groups = id_groups(text)
    if not (named or phrases or groups):
        return []                # (most sentences name no trial: nothing below to do)
    out: list[TrialMention] = []
    used_names, used_phrases = set(), set()
    respective = respective_names(text, groups, others)
    groups, respective = paired_ids(text, groups, named, respective)
    for k, (start, end, ids) in enumerate(groups):
        if k in respective:               # ("ZETA and BETA (NCT01234567 and NCT07654321, respectively)")
            name, first = respective[k]
            close = text.find(")", end)
            out.append(TrialMention(i, first, close + 1 if 0 <= close - end < 60 else end, ids, name))
            continue
        before = REGISTRY_BEFORE_ID.search(text, max(0, start - 90), start) or BEFORE_ID.search(text, max(0, start - 90), start)
        edge = before.start() if before else start
        name, phase, marker, first = None, None, "", start
        m = NAME_BEFORE_ID.search(text, max(0, edge - 60), edge)
        inner = INNER_NAME.match(text, edge, start) if before else None    # "(ZETA; NCT...)": the name in the id's bracket
        if inner is None and before is not None and before.re is REGISTRY_BEFORE_ID:
            inner = INNER_NAME.search(text, max(0, edge - 60), edge)   # ("(ZETA; ClinicalTrials.gov Identifier: NCT...)")
        if inner and good_name(trim_name(inner.group("name")), others):
            name, first = trim_name(inner.group("name")), inner.start("name")
            used_names.update(k for k, n in enumerate(named) if n[0] == first)
        elif m and good_name(trim_name(m.group("name")), others):
            name, first = trim_name(m.group("name")), m.start("name")
            used_names.update(k for k, n in enumerate(named) if n[0] == first)
        elif (late := INNER_NAME_AFTER.match(text, end)) and good_name(trim_name(late.group("name")), others):
            name = trim_name(late.group("name"))        # "(NCT01234567; ZETA 2)": the name after the id, in its bracket
            used_names.update(k for k, n in enumerate(named) if n[0] == late.start("name"))
        for k, p in enumerate(phrases):
            if p.end() == edge or (p.end() <= edge and not text[p.end():edge].strip(" ,")):
                phase = phase_of(p) or phase
                marker = marker_of(p) or marker
                first = min(first, p.start())
                used_phrases.add(k)
        if phase is None:
            ph = PHASE.search(text, max(0, first - 16), first)        # "Phase 2 ZETA (NCT...)"
            phase = normalise_phase(ph.group("a"), ph.group("b")) if ph else None
        close = text.find(")", end)
        stop = close + 1 if close != -1 and "(" not in text[end:close] and close - end < 60 else end
        after = AFTER_ID.match(text, stop) if phase is None else None      # "ZETA (NCT...), a Phase 3 trial"
        ph = PHASE.search(text, stop, after.end()) if after else None
        phase = normalise_phase(ph.group("a"), ph.group("b")) if ph else phase
        registration = name is None and bool(REGISTRATION.search(text, max(0, start - 60), start)
                                             or IDENTIFIER_BEFORE.search(text, max(0, start - 30), start))
        out.append(TrialMention(i, first, stop, ids, name, phase, marker, registration=registration))
    spans = [(m.start, m.end) for m in out]
    for k, (start, end, name, label, whole) in enumerate(named):
        if k in used_names or any(a <= start < b for a, b in spans):
            continue
        if k and CODE_OF_NAMED.fullmatch(text, named[k - 1][1], start):
            continue                 # "the ZETA study (AB3007)": the sponsor's code of the trial just named, no other
        phase, marker, first = None, "", start
        for j, p in enumerate(phrases):
            # (a phrase just before, closed by a comma or not, is the trial the name is set after: "a Phase 3 trial,
            # ZETA 1,", "the Phase 3 trial ZETAGARD, which ...")
            if j not in used_phrases and p.start() <= start < p.end() + 1 + 2 * (text[p.end():start] == ", ") \
                    + (text[p.end():start] == " ") \
                    and p.end() <= whole:
                phase, marker, first = phase_of(p), marker_of(p), min(first, p.start())
                used_phrases.add(j)
        if phase is None:
            ph = PHASE.search(text, max(0, start - 12), start) or PHASE.search(text, end, whole)
            phase = normalise_phase(ph.group("a"), ph.group("b")) if ph else None
        if start in extensions or EXTENSION_BEFORE.search(text, max(0, start - 12), start):
            marker = "extension"             # ("the open-label Orchid and Orchid-2 extension studies", "the Open-label
            #                                  Extension (OLE) study")
        out.append(TrialMention(i, first, end, (), name, phase, "part" if " Part " in name else marker, True, label))
        spans.append((first, end))
    for j, p in enumerate(phrases):
        if j in used_phrases or any(a <= p.start() < b or p.start() <= a < p.end() for a, b in spans):
            continue
        phase, marker = phase_of(p), marker_of(p)
        if marker in ORDINALS and RANKED_AFTER.match(text, p.end()):
            marker = ""                        # ("the second study to show ...": the trial spoken of, ranked)
        if phase and not marker and (EARLIER_RESULTS.search(text, max(0, p.start() - 40), p.start())
                                     or (BACKGROUND_LABEL.match(text) and (p.group("det") or "").lower() in ("a", "an"))):
            marker = "earlier"                 # "previous findings in a Phase II study": an earlier trial, named with "a"
            #                                    (as is one an abstract's background names so: "Background: XY helped
            #                                    in a phase 2 trial")
        if phase or marker:
            definite = (p.group("det") or "").lower() in ("the", "its", "their", "this", "that", "his", "her") or bool(p.group("part")) \
                or marker == "earlier"
            out.append(TrialMention(i, p.start(), p.end(), (), None, phase, marker, definite))
    return sorted(out, key=lambda m: m.start)


# the label a structured abstract opens its background with
BACKGROUND_LABEL = re.compile(r"(?:BACKGROUND|Background|INTRODUCTION|Introduction)\s?[:.]?\s")


# what stands between a trial's name and the sponsor's code for it in brackets: "the ZETA | study (| AB3007)"
CODE_OF_NAMED = re.compile(r"\s(?:[Tt]rial|[Ss]tudy)\s\(")


# trials named together by one stem and their numbers: "the ZETA 1 and 2 trials", "ZETA WALK I (N=412) and II (N=419)
# trials", "two Phase 3 trials (ZETARING 1&2)"
COORDINATED = re.compile(r"""(?P<head>[A-Z][A-Za-z]{1,20}(?:\s[A-Z][A-Za-z]{1,20}){0,2})(?P<sep>[\s-])(?P<a>\d{1,2}|I{1,3}|IV)
    (?:\s?\([^()]{1,30}\))?\s?(?:&|and|/|,\s?and)\s?(?:(?P=head)(?P=sep)|-)?(?P<b>\d{1,2}|I{1,3}|IV)(?![\w-])
    (?:\s?\([^()]{1,30}\))?(?P<tail>\s+(?:[Pp]hase\s[\w/]{1,5}\s)?(?:(?:[Cc]linical|[Pp]ivotal|[Rr]andomi[sz]ed|[Cc]onfirmatory)\s)?
    (?:trials|studies)\b|\))?""", re.X)
# the plural head before names given with their numbers: "the Phase III studies | ZETA 1 and 2"
PLURAL_HEAD_BEFORE = re.compile(r"\b(?:trials|studies)\s$", re.I)
NOT_COORDINATED = frozenset("Phase Part Study Studies Trial Trials Stage Cohort Week Weeks Grade Type Day Year Arm Group".split())
TRIALS_BEFORE_BRACKET = re.compile(r"\b(?:trials|studies|program|programme)\s?\($", re.I)   # (a programme's trials:
#                                                         "the phase 3 ZETA programme (ZETA 48 and ZETA 16)")


# a capitalised word between a trial's phase and "trial" or "study" is its name: "the Phase 3 Zeta study" (or
# "ZeTAway", or "ZINC", a plain word the lexicon knows in small letters); so is a
# quoted word before "trial": "the Phase 2b 'Z-TOLE' Clinical Trial"
PHASE_WORD_NAME = re.compile(r"\b[Pp]hase\s(?:[1-4][ab]?|I{1,3}|IV)(?:/(?:[1-4][ab]?|I{1,3}))?\s(?P<name>[A-Z][A-Za-z]{2,15})\s"
                             r"(?:[Cc]linical\s|[Pp]ivotal\s)?(?:[Tt]rial|[Ss]tudy)\b")
# ... or before it: "the Zenith phase III trial" (not a word of place or kind: "the Nordic phase 3 study")
NAME_BEFORE_PHASE = re.compile(r"\bthe\s(?:(?:pivotal|global|confirmatory|landmark|registrational)\s)?"
                               r"(?P<name>[A-Z][a-z]{2,15})\s[Pp]hase\s(?:[1-4][ab]?|I{1,3}|IV)(?:/(?:[1-4][ab]?|I{1,3}))?\s"
                               r"(?:[Cc]linical\s|[Pp]ivotal\s)?(?:[Tt]rial|[Ss]tudy)\b")
ADJECTIVE_SHAPE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ic|al|ed)")
# a word in capitals right after a phase, with no head after it: "presents Phase 3 ZENITH-GO data" (no code: "Phase 2
# XY-123 data" names a drug)
PHASE_CAPS_NAME = re.compile(r"\b[Pp]hase\s(?:[1-4][ab]?|I{1,3}|IV)(?:/(?:[1-4][ab]?|I{1,3}))?\s(?P<name>[A-Z]{4,14}-[A-Z]{2,14})"
                             r"(?![\w-])(?!\s(?:[Tt]rial|[Ss]tud))\s(?:data|results|findings)\b")
QUOTED_NAME = re.compile(r"[‘'\"“](?P<name>[A-Z][\w-]{1,20})[’'\"”]\s(?:[Cc]linical\s|[Pp]ivotal\s)?(?:[Tt]rial|[Ss]tudy)\b")
# a name right after "trial" or "study" and before what is said of it: "the Phase 3 clinical trial ZetOmArk, investigating
# ...", "the pivotal study ZETAGARD (NCT...)" (capitals, or a word with capitals inside)
HEAD_NAME = re.compile(r"\b(?:[Tt]rial|[Ss]tudy)\s(?P<name>[A-Z](?:[A-Z0-9]{2,14}|[a-z]{1,8}[A-Z][A-Za-z]{1,12})(?:-[A-Za-z0-9]{1,10})?)"
                       r"(?=,\s|\s\(|;|\s(?:which|that|is|was|will|met|showed|evaluat\w{0,4}|investigat\w{0,4}|enrolled|"
                       r"randomi[sz]ed)\b)")
# a study named by its number: "In Study 123, ...", "the trial, study 4567, ..." ("study" in small letters only set
# apart: after a comma or a bracket); not a year, nor a count of people or an amount ("the study 120 patients")
NUMBERED_STUDY = re.compile(r"(?:(?<![\w-])Study|(?<=[,(]\s)study|(?<=\()study)\s(?P<name>(?!(?:19|20)\d\d\b)\d{3,4}[A-Z]?)"
                            r"(?![\w-])(?!\s(?:patients|participants|subjects|adults|children|people|women|men|volunteers|"
                            r"mg|mcg|µg|g|mL)\b)")
STUDY_NUMBER = re.compile(r"[Ss]tudy\s\d{3,4}[A-Z]?")
# a trial's name in capitals (with its number) and the bracket a study's number follows it in: "ZETA 1 (| Study 418)"
# (a word in capitals and its number, not a product's code, "a trial of XY-123 (study 4568)", nor a short form, "those
# with mild ZPD (study 117B)": those name the study by its number)
NAME_THEN_BRACKET = re.compile(r"(?<![\w-])[A-Z]{3,14}\s(?:\d{1,2}|[IVX]{1,3})\s?\($")
NOT_A_NAME_WORD = frozenset("""Pivotal Clinical Registrational Global Extension Randomized Randomised Double Open Confirmatory
    Multicenter Multicentre International Dose Safety Efficacy Interim Main Primary Key Final Long Trial Study Part
    Registration Registrational Outcomes Outcome Crossover Feasibility Observational Expansion Maintenance Induction
    Adaptive Platform Basket Umbrella Bridging Comparative Superiority Noninferiority Equivalence Exploratory Ongoing
    Completed Positive Negative Landmark New Second Third First Large Small""".split())


# a trial named in title case, a place or a founder's name first: "the Zorberg Population-Based Zeta Screening Trial"
# (a "Study" so named is as often a cohort's, "the Zorberg Diet and Zeta Study": not a trial)
TITLED = r"[A-Z][\w'’-]{2,20}(?:\s(?:[A-Z][\w'’-]{1,20}|of|and|in|for|on|with)){1,8}\sTrial"
# (not one a short form in brackets then names, "the Zeta Protection Trial (ZPT)", nor a group's name, "the Zeta
# Vaccine Trial Group")
TITLED_NAME = re.compile(rf"\b[Tt]he\s(?P<name>{TITLED})\b(?!\s?\([A-Z]|\s(?:Group|Investigators|Team|Committee)\b)")
TITLED_NAME_WHOLE = re.compile(TITLED)
CAPS_WORD = re.compile(r"[A-Z]{2,}[\w-]*")
WORD_NUMBER = re.compile(r"[A-Z][a-z]{2,14}-\d{1,2}[a-z]?")     # "Zenith-3" (or "Covid-19")
LOWER_CAPS = re.compile(r"[a-z][A-Z](?:[A-Z]|[a-z]{2,10}\d)")      # (a cheap test before LOWER_START_NAME)


# a numbered name in brackets: "(ZETA-3)"
BRACKETED_NUMBERED = re.compile(r"\((?P<name>(?P<stem>[A-Z][A-Z0-9]{1,14})[-\s](?:\d{1,2}|[IVX]{1,4}))\)")


def bracketed_siblings(text: str) -> frozenset[str]:
    """The numbered names in brackets that share their stem with another bracketed one in the sentence: the trials a
    list names each item's result in ("to AB (ZETA-1), CD (ZETA-3) and EF (ZETA-5)"); where the words before call
    them trials, trials' names.

    >>> sorted(bracketed_siblings("than AB (ZETA-1), CD (ZETA-3) and EF (BETA-5)"))
    ['ZETA-1', 'ZETA-3']
    """
    found = [(m.group("stem"), m.group("name")) for m in BRACKETED_NUMBERED.finditer(text)]
    stems = [stem for stem, _ in found]
    return frozenset(name for stem, name in found if stems.count(stem) > 1)


def named_trials(text: str) -> list[tuple[int, int, str, bool, int]]:
    """(start, end, name, given as a record's field, end of the words that call it a trial) of each name that
    the sentence calls a trial's.

    >>> [n[2] for n in named_trials("Acme runs the ZETA Outcomes trial, and ZETA-2, a Phase 3 study, and Beta AB trial.")]
    ['ZETA Outcomes', 'ZETA-2', 'Beta AB']
    >>> [n[2] for n in named_trials("The double-blind GuardZV trial enrolled 300 adults.")]
    ['GuardZV']
    >>> [n[2] for n in named_trials("Results of a Phase 3 clinical trial, ZETA 1, and of the ZETA-PC 5 (C90210) trial.")]
    ['ZETA 1', 'ZETA-PC 5']
    >>> [n[2] for n in named_trials("XY-123 in gout: a randomised, phase 2 trial (ZETA-12)")]
    ['ZETA-12']
    >>> [n[2] for n in named_trials("Study to Assess XY-123 in Adults with Gout (GOUTZ)")]
    ['GOUTZ']
    >>> [n[2] for n in named_trials("The follow-up of the Zeta Protection Study (ZPS) went on.")]
    ['ZPS']
    >>> named_trials("The trial of XY-123 (ZETA) in gout and the study's (AB-7) arms")
    []
    >>> [n[2] for n in named_trials("The trial, named Meridian, enrolled 400 adults.")]
    ['Meridian']
    >>> [n[2] for n in named_trials("The trial, which enrolled 264 adults, was dubbed Meridian.")]
    ['Meridian']
    >>> [n[2] for n in named_trials("Laser versus drops for gout (ZeTA): a multicentre randomised controlled trial")]
    ['ZeTA']
    >>> [n[2] for n in named_trials("The Phase 3 Zeta study and the Phase 2b ‘Z-TOLE’ Clinical Trial; a Phase 3 Pivotal trial")]
    ['Zeta', 'Z-TOLE']
    >>> [n[2] for n in named_trials("A Phase 3 Zenith Trial of XY-123 in gout")]
    ['Zenith']
    >>> [n[2] for n in named_trials("In the phase 3 ZETA WALK I (N=412) and II (N=419) trials, and two trials (ZETARING 1&2)")]
    ['ZETA WALK I', 'ZETA WALK II', 'ZETARING 1', 'ZETARING 2']
    >>> [n[2] for n in named_trials("In Study 123, and in the trial, study 4567, but not in the study 120 patients had.")]
    ['Study 123', 'study 4567']
    >>> named_trials("XY-123, an oral zeta antagonist, was tested in a phase 3 trial.")
    []
    >>> [n[2] for n in named_trials("Results came from the ZETA-B trial programme of zetagene, a product now sold as "
    ...                             "Zetavo® (ACM Zetring).")]
    ['ZETA-B']
    """
    out = []
    siblings = bracketed_siblings(text) if text.count("(") > 1 else frozenset()
    shaped = sorted([*NAME_RE.finditer(text), *WORD_CAPS_NAME.finditer(text),
                     *(LOWER_START_NAME.finditer(text) if LOWER_CAPS.search(text) else ())], key=lambda m: m.start())
    for m in shaped:
        start, end = m.span()
        if (out and start < out[-1][4]) or (m.re is WORD_CAPS_NAME and m.group(0).split()[0] in NOT_FIRST_WORD):
            continue                   # (inside the last name or the words that call it a trial's)
        if WORD_NUMBER.fullmatch(m.group(0).split()[0]) and names_something_else(m.group(0).split()[0]):
            continue                   # ("Covid-19 Therapy (ZETA) trial": a disease's name, not a trial's)
        if DESIGN_BEFORE.search(text, max(0, start - 10), start):
            continue                   # ("a sequential parallel comparison design (ZPCD) study": how it is run)
        label = start < 40 and bool(LABEL_BEFORE_NAME.fullmatch(text, 0, start))
        whole = next((a.match(text, end) for a in AFTER_NAME if a.match(text, end)), None)
        if whole and whole.re is AFTER_NAME[0] and whole.group(0).lower().endswith("studies"):
            whole = None               # "GWAS studies": a kind of study (names joined before a plural head: below)
        if whole and whole.re is AFTER_NAME[1] and DRUG_APPOSITION.match(text, end):
            whole = None               # "XY-123, an oral zeta antagonist, was tested in a trial": a drug
        if whole and whole.re is EXPANSION_AFTER_NAME and text[whole.start():whole.end()].lstrip(" (")[:1] != m.group(0)[:1]:
            whole = None               # "XY-123 (Acme Bio) trial": no words the name is the short form of
        apposed = APPOSED_NAME[0].search(text, max(0, start - 100), start) and APPOSED_NAME[1].match(text, end)
        closed = BRACKET_AFTER.match(text, end) if BRACKET_BEFORE.search(text, max(0, start - 2), start) else None
        bracketed = closed and (closed.group("last") is not None or closed.group("colon") or m.group(0) in siblings
                                or text[:start - 1].rstrip().lower().endswith(("trial", "study")))
        if bracketed and ((not closed.group("colon") and not TRIAL_HEAD_BEFORE.search(text, max(0, start - 260), start - 1)
                           and not (m.group(0) in siblings and TRIALS_WORD.search(text, max(0, start - 260), start - 1)))
                          or (spells_words_before(m.group(0), text[max(0, start - 200):start - 1])
                              and not TITLED_HEAD_BEFORE.search(text, max(0, start - 9), start))):
            bracketed = None           # "(PTSD)" after "post-traumatic stress disorder": an abbreviation (not a
            #                            trial's title, "the Zeta Protection Study (ZPS)": its name)
        if whole or label or apposed or bracketed or BEFORE_NAME.search(text, max(0, start - 40), start):
            out.append((start, end, m.group(0), label, whole.end() if whole else end))
    out += names_joined_before(text, shaped, out)
    out += extension_names(text, out) if "xtension" in text else []
    for pattern in (PHASE_WORD_NAME, NAME_BEFORE_PHASE, QUOTED_NAME, HEAD_NAME):   # "the Phase 3 Zeta study"
        for m in pattern.finditer(text):
            if pattern is NAME_BEFORE_PHASE and ADJECTIVE_SHAPE.fullmatch(m.group("name")):
                continue
            if m.group("name") not in NOT_A_NAME_WORD and not NOT_A_NAME.fullmatch(m.group("name")) \
                    and not is_registry_id(m.group("name")) and not any(s <= m.start("name") < e for s, e, *_ in out):
                out.append((m.start("name"), m.end("name"), m.group("name"), False, m.end()))
    for m in TITLED_NAME.finditer(text) if "The " in text or "the " in text else ():
        words = m.group("name").split()
        if words[0] in NOT_A_NAME_WORD or words[0] in NOT_FIRST_WORD or any(CAPS_WORD.fullmatch(w) for w in words) \
                or any(s <= m.start("name") < e for s, e, *_ in out):
            continue                # (a name in capitals is read above: "the ZETA Recurrence Trial")
        out.append((m.start("name"), m.end("name"), m.group("name"), False, m.end()))
    for m in NUMBERED_STUDY.finditer(text) if "tudy " in text else ():
        if not any(s <= m.start() < e for s, e, *_ in out) \
                and not NAME_THEN_BRACKET.search(text, max(0, m.start() - 30), m.start()):
            out.append((m.start(), m.end("name"), m.group(0), False, m.end()))
            #  (not the number of a study named right before it: "ZETA 1 (Study 418)" is one trial)
    for m in COORDINATED.finditer(text) if ("trials" in text or "studies" in text) else ():
        words = m.group("head").split()
        # (a trial's kind may open the words before the numbers and is no part of them: "Pivotal | ZETA 1 and 2")
        lead = next((k for k, w in enumerate(words) if w not in NOT_A_NAME_WORD), len(words))
        head, start = " ".join(words[lead:]), m.start("head") + len(" ".join(words[:lead])) + (1 if lead else 0)
        if not head or words[lead] in NOT_COORDINATED or (m.group("tail") == ")" and not TRIALS_BEFORE_BRACKET.search(
                text, max(0, m.start() - 60), m.start())) \
                or (m.group("tail") is None and not PLURAL_HEAD_BEFORE.search(text, max(0, start - 10), start)):
            continue                   # "Phase 2 and 3 trials"; a bracket that is not a list of trials' names
        for g in ("a", "b"):           # "ZETA 1&2", "ZETA WALK I (N=412) and II (N=419) trials", "the studies ZETA 1
            name = f"{head}{m.group('sep')}{m.group(g)}"     # and 2": one name each
            if not any(s <= m.start(g) < e for s, e, *_ in out):
                out.append((start if g == "a" else m.start(g), m.end(g), name, False, m.end()))
    for m in CALLED_NAME.finditer(text) if "named" in text or "called" in text or "known" in text or "dubbed" in text else ():
        if not any(s <= m.start("name") < e for s, e, *_ in out):
            out.append((m.start("name"), m.end("name"), m.group("name"), False, m.end("name")))
    out += phase_caps_names(text, out)
    out += apposed_names(text, out) if "trials" in text or "studies" in text else []
    return sorted(out)


# extension studies named in title case before their head: "the open-label Orchid and Orchid-2 extension studies",
# "the Orchid open-label extension study" (one name or several, joined by commas or "and")
EXTENSION_NAMES = re.compile(r"(?:(?:the|its|their)\s)?(?:(?:open-label|long-term)\s){0,2}(?-i:(?P<names>[A-Z][a-z]{2,14}(?:-\d{1,2})?(?:(?:,\s(?:and\s)?|\sand\s)[A-Z][a-z]{2,14}(?:-\d{1,2})?){0,3}))"
                             r"\s(?:open-label\s|long-term\s){0,2}(?P<head>extension\s(?:trials?|stud(?:y|ies)))\b", re.I)
EXTENSION_NAME = re.compile(r"[A-Z][a-z]{2,14}(?:-\d{1,2})?")


def extension_names(text: str, out: list[tuple]) -> list[tuple]:
    """The names of extension studies a sentence writes in title case before their head ("the open-label Orchid and
    Orchid-2 extension studies"): each a trial's, closed by the head.

    >>> [n[2] for n in extension_names("Patients could enter the open-label Orchid and Orchid-2 extension studies.", [])]
    ['Orchid', 'Orchid-2']
    """
    found = []
    for m in EXTENSION_NAMES.finditer(text):
        names = list(EXTENSION_NAME.finditer(text, m.start("names"), m.end("names")))
        if any(NOT_A_NAME.fullmatch(n.group()) or n.group() in NOT_FIRST_WORD or n.group() in NOT_A_NAME_WORD
               for n in names) or any(s <= m.start() < e for s, e, *_ in out):
            continue
        # (the first name's mention opens on the words before it: "the open-label | Orchid" is the extension's)
        found += [(m.start() if k == 0 else n.start(), n.end(), n.group(), False, m.end()) for k, n in enumerate(names)]
    return found


# a plural head right after a name: the names joined to it before are trials' too ("the ZETA and BETA-2 | studies")
# (the disease's short form may stand between: "the ZETA and BETA nAMD studies")
PLURAL_HEAD_AFTER = re.compile(r"\s(?:phase\s(?:[1-4][ab]?|I{1,3}|IV)\s)?(?:(?-i:[a-z]?[A-Z]{2,5})\s)?(?:trials|studies)\b", re.I)
NAMES_JOIN = re.compile(r"(?:,\s(?:and\s)?|\sand\s)")
# a name's own bracket (one bracket may nest in it): "ZETA 1 | (early (e)-disease) |"
OWN_BRACKET = re.compile(r"\s?\((?:[^()]|\([^()]{0,20}\)){1,80}\)")
# the verb that calls names joined before it trials, after the last name's own bracket: "| (...) are double-blind,
# phase 3 trials"
ARE_TRIALS_AFTER = re.compile(rf"(?:{OWN_BRACKET.pattern})?\s(?:are|were)\s(?:[^.;:()]{{0,60}}?\s)?(?:trials|studies)\b", re.I)


def names_joined_before(text: str, shaped: list[re.Match], out: list[tuple]) -> list[tuple]:
    """The names joined by commas or "and" before a trial's name that a plural head follows, or in a bracket after
    the head: "the ZETA, BETA and GAMMA-2 trials", "two trials (ZETA-A and ZETA-B)" name trials each.

    >>> [n[2] for n in named_trials("A pooled analysis also included the ZETA, BETA and GAMMA-2 trials.")]
    ['ZETA', 'BETA', 'GAMMA-2']
    """
    found, starts = [], {o[0] for o in out}
    for k, m in enumerate(shaped):
        head = PLURAL_HEAD_AFTER.match(text, m.end())
        if head is None or NOT_A_NAME.fullmatch(m.group(0)):
            continue
        chain, at = [], m.start()
        for before in reversed(shaped[:k]):
            if before.start() in starts or not NAMES_JOIN.fullmatch(text, before.end(), at) \
                    or NOT_A_NAME.fullmatch(before.group(0)):
                break
            chain.append((before.start(), before.end(), before.group(0), False, before.end()))
            at = before.start()
        if chain and m.start() not in starts:
            chain.append((m.start(), m.end(), m.group(0), False, head.end()))
        found += chain
    for k, m in enumerate(shaped):      # "ZETA 1 (...) and ZETA 2 (...) are phase 3 trials": names the verb calls trials
        head = ARE_TRIALS_AFTER.match(text, m.end())
        if head is None or m.start() in starts or NOT_A_NAME.fullmatch(m.group(0)):
            continue
        chain, at = [m], m.start()
        for before in reversed(shaped[:k]):
            joined = OWN_BRACKET.match(text, before.end())
            if before.start() in starts or NOT_A_NAME.fullmatch(before.group(0)) \
                    or not NAMES_JOIN.fullmatch(text, joined.end() if joined else before.end(), at):
                break
            chain.append(before)
            at = before.start()
        if len(chain) >= 2:
            found += [(c.start(), c.end(), c.group(0), False, c.end()) for c in reversed(chain)]
    for k, m in enumerate(shaped):      # "two trials (ZETA-A and ZETA-B)": a bracket of names after a plural head
        if m.start() in starts or not TRIALS_BEFORE_BRACKET.search(text, max(0, m.start() - 60), m.start()):
            continue
        chain = [m]
        for after in shaped[k + 1:]:
            if not NAMES_JOIN.fullmatch(text, chain[-1].end(), after.start()):
                break
            chain.append(after)
        if len(chain) >= 2 and text.startswith(")", chain[-1].end()) and not any(NOT_A_NAME.fullmatch(c.group()) for c in chain):
            found += [(c.start(), c.end(), c.group(0), False, c.end()) for c in chain]
    return found


# names listed between commas right after the plural head ("the two trials, Zenith and Nadir, enrolled ...") or
# before a plural head in apposition ("Zenith 1 and Zenith 2, two identical, randomized studies"): a trial's each
# (a name's expansion may stand before its number: "Zenith (Zeta Efficacy Network In Trials Here) 1")
LISTED = rf"[A-Z][A-Za-z0-9]{{2,20}}(?:(?:{NUMBER_EXPANSION})?[\s-](?:\d{{1,2}}|I{{1,3}}|IV))?"
EXPANSION = re.compile(NUMBER_EXPANSION)
NAME_LIST = re.compile(rf"(?<![\w-]){LISTED}(?:,\s{LISTED}){{0,3}},?\s(?:and|&)\s{LISTED}(?![\w-])")
# (or between dashes: "the phase 3 trials — Zenith 1 and Zenith 2 — tested ...")
LIST_HEAD_BEFORE = re.compile(rf"\b(?:trials|studies)(?:,\s|{APPOSITION_DASH})$")
LIST_HEAD_AFTER = re.compile(r"(?:,|\s(?:are|were))\s(?:two|three|four|both)\s[^.;:()]{0,100}?\b(?:trials|studies)\b|,\s(?=[a-z])"
                             rf"|(?P<dash>{APPOSITION_DASH})(?=[a-z])")
LIST_ITEM = re.compile(LISTED)


def apposed_names(text: str, out: list[tuple] = ()) -> list[tuple]:
    """The names a sentence lists in apposition to a plural head, outside the names ``out`` found otherwise
    (:data:`NAME_LIST`).

    >>> [n[2] for n in apposed_names("Two phase 3 trials, Zenith and Nadir, enrolled 900 adults.")]
    ['Zenith', 'Nadir']
    >>> [n[2] for n in apposed_names("Acme reported Zenith 1 and Zenith 2, two identical randomized studies.")]
    ['Zenith 1', 'Zenith 2']
    >>> [n[2] for n in apposed_names("Zenith-1 and Zenith-2 are two identical phase 3 studies.")]
    ['Zenith-1', 'Zenith-2']
    >>> apposed_names("Acme and Zeta Bio, two companies, ran trials, Paris and Lyon hosted them.")
    []
    """
    found = []
    for m in NAME_LIST.finditer(text):
        after = LIST_HEAD_AFTER.match(text, m.end())
        before = LIST_HEAD_BEFORE.search(text, max(0, m.start() - 12), m.start())
        plain = after is not None and (after.group(0) == ", " or after.group("dash") is not None)
        if not after or not (before or not plain) or any(s <= m.start() < e for s, e, *_ in out):
            continue
        names = list(LIST_ITEM.finditer(text, m.start(), m.end()))
        words = [n.group().split()[0].split("-")[0] for n in names]
        if any(w in NOT_A_NAME_WORD or w in NOT_FIRST_WORD or NOT_A_NAME.fullmatch(n.group()) or names_something_else(w)
               for w, n in zip(words, names)):
            continue
        found += [(n.start(), n.end(), EXPANSION.sub("", n.group()), False, n.end() if plain else after.end())
                  for n in names]
    return found


def phase_caps_names(text: str, out: list[tuple] = ()) -> list[tuple]:
    """The words in capitals right after a trial's phase, outside the names ``out`` found otherwise
    (:data:`PHASE_CAPS_NAME`).

    >>> [n[2] for n in phase_caps_names("Acme presents Phase 3 ZENITH-GO data.")]
    ['ZENITH-GO']
    """
    return [(m.start("name"), m.end("name"), m.group("name"), False, m.end("name")) for m in PHASE_CAPS_NAME.finditer(text)
            if not any(s <= m.start("name") < e for s, e, *_ in out) and not NOT_A_NAME.fullmatch(m.group("name"))
            and not is_registry_id(m.group("name"))]


def spells_words_before(short: str, before: str) -> bool:
    """Does ``short`` abbreviate the few words just before it (a long form of at most one word more than its letters)?

    >>> spells_words_before("PTSD", "adults with posttraumatic stress disorder"), spells_words_before("GOUTZ", "in gout")
    (True, False)
    """
    long = best_long_form(short, " ".join(before.split()[-12:]))
    return long is not None and len(long.split()) <= len(short) + 1


NAME_BEFORE_ID = re.compile(rf"(?<![\w-])(?P<name>{NAME})\s*(?:{NAME_BEFORE_HEAD}{TRIAL_HEAD}\s*)?$", re.I)
# a name in the id's own bracket before it: "(ZETA; NCT01234567)", "(ZETA-2, NCT01234567)"
INNER_NAME = re.compile(rf"(?<!\s)\s*+\(\s*+(?P<name>{NAME})\s*+[;,]\s*+$")
INNER_NAME_AFTER = re.compile(rf"(?<!\s)\s?[;,]\s?(?P<name>{NAME})\s?\)")


def trim_name(name: str) -> str:
    """A name without a trailing "and" clause the pattern may have taken."""
    return name.strip()


def phase_of(m: re.Match) -> str | None:
    return normalise_phase(m.group("a"), m.group("b")) if m.group("a") else None


def marker_of(m: re.Match) -> str:
    if m.group("part"):
        return "part"
    if m.group("ext"):
        return "extension"
    word = (m.group("marker") or "").lower().replace("followup", "follow-up")
    return MARKERS.get(word, "")
