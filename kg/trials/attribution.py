"""Attributing sentences and clauses to trials: a clause starts where a trial is named; a sentence naming none
continues the trial spoken of last, and a heading goes back to the document's main trial.

>>> from kg.text.sentences import Sentence
>>> from kg.trials.records import TrialRef
>>> attribute([Sentence(0, 20, "The trial enrolled 40.", 0)], [TrialRef("NCT01234567", ("NCT01234567",))]).trial_of
(0,)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict

import ahocorasick

from kg.text.joined import hits_each
from kg.text.sentences import Sentence
from kg.trials.patterns import (APPOSITION_DASH, CARRIES_ON, CONTROLLED_RESULT, HEADING_MAX, NUMBER_EXPANSION,
                                REFERENCE_BEFORE)
from kg.trials.records import Attribution, Clause, TrialMention, TrialRef
from kg.trials.resolution import Where


def automaton(words) -> ahocorasick.Automaton | None:
    """An Aho-Corasick automaton over ``words`` (None for none): one pass over a text finds every one of them."""
    words = [w for w in words if w]
    if not words:
        return None
    found = ahocorasick.Automaton()
    for word in words:
        found.add_word(word, word)
    found.make_automaton()
    return found


def is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def whole_words(text: str, words: ahocorasick.Automaton | None) -> list[tuple[int, int, str]]:
    """(start, end, word) of every occurrence of the automaton's words in ``text`` between word boundaries
    (a hyphen or a digit after a name makes another name: "ZETA" is not in "ZETA-2")."""
    return whole_words_at(text, words.iter(text) if words is not None else ())


def whole_words_each(texts: list[str], words: ahocorasick.Automaton | None) -> list[list[tuple[int, int, str]]]:
    """:func:`whole_words` of each text, from one pass of the automaton over the texts joined by line breaks (no
    word holds one, so the automaton's state never carries from one text into the next).

    >>> whole_words_each(["ZETA-2 and ZETA", "", "ZETA 2 trial"], automaton(["ZETA", "ZETA-2"]))
    [[(0, 6, 'ZETA-2'), (11, 15, 'ZETA')], [], []]
    """
    return [whole_words_at(text, found) if found else [] for text, found in zip(texts, hits_each(words, texts))]


def whole_words_at(text: str, hits) -> list[tuple[int, int, str]]:
    """:func:`whole_words` of ``text``, given (last offset, word) of every occurrence of the words in it."""
    out = []
    for last, word in hits:
        start, end = last - len(word) + 1, last + 1
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (is_word(before) or before == "-") and not (is_word(after) or after == "-"):
            if not (after == " " and text[end + 1:end + 2].isdigit() and not word[-1].isdigit()):
                out.append((start, end, word))
    return longest(out)


def longest(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The occurrences no longer one contains, in their order: the longest name at a place ("ZETA Part 2" is not
    "ZETA"). Read by start, the longer first, an occurrence is inside another when an earlier one reaches its end.

    >>> longest([(0, 4, "ZETA"), (0, 11, "ZETA Part 2"), (13, 17, "ZETA")])
    [(0, 11, 'ZETA Part 2'), (13, 17, 'ZETA')]
    """
    if len(found) < 2:
        return found
    inside, reach = set(), -1
    for j in sorted(range(len(found)), key=lambda j: (found[j][0], -found[j][1])):
        end = found[j][1]
        if reach >= end:             # (no two occurrences share both ends: they would be one word)
            inside.add(j)
        reach = max(reach, end)
    return [o for j, o in enumerate(found) if j not in inside]


def is_heading(s: Sentence) -> bool:
    return len(s.text) < HEADING_MAX and not s.text.rstrip().endswith((".", "?", "!", "”", '"', ":"))


def case_variants(name: str) -> tuple[str, ...]:
    """The ways a text writes a trial's name: as given, in capitals ("Zeta-2" as "ZETA-2"), and a numbered name in
    capitals with only its first letter so ("ZETA-2" as "Zeta-2"; not a plain word: "ZETA" is not "Zeta").

    >>> case_variants("Zeta-2"), case_variants("ZETA-2"), case_variants("ZETA")
    (('Zeta-2', 'ZETA-2'), ('ZETA-2', 'Zeta-2'), ('ZETA',))
    """
    if name.upper() != name:
        return (name, name.upper()) if sum(map(str.isalpha, name)) >= 3 else (name,)
    if any(map(str.isdigit, name)) and re.fullmatch(r"[A-Z]{3,}[\s-]?\d[\dA-Z]{0,3}", name):
        return name, name.capitalize()
    return (name,)


def attribute(sentences: list[Sentence], trials: list[TrialRef], mentions: list[TrialMention] = (),
              doc_id: str = "") -> Attribution:
    """Which trial each sentence, and each clause of a sentence naming several trials, speaks of.

    A trial is named by its ids, its name (as a whole word), or a mention that resolves to it; a clause runs
    from where a trial is named to where the next is. Before the first naming in a sentence, the sentence
    speaks of the first trial it names. A sentence naming none speaks of the trial named last; a heading
    goes back to the main trial (the one named in most sentences, a registered one first, one called earlier last).
    """
    n = len(sentences)
    if not trials:
        return Attribution(tuple([0] * n), tuple((Clause(0, len(s.text), 0),) for s in sentences), 0)
    where: dict[str, int] = {}
    for k, t in enumerate(trials):
        for rid in t.ids:
            where.setdefault(rid, k)
        for written in case_variants(t.name) if t.name else ():
            where.setdefault(written, k)
    words = automaton(where)
    by_sentence: dict[int, list[tuple[int, int]]] = defaultdict(list)      # sentence -> (start, trial)
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)            # sentence -> its mentions' spans
    index = Where()
    for k, t in enumerate(trials):
        index.note(k, t.name, t.ids)
    for m in mentions:
        k = mention_trial(trials, m, index)
        spans[m.sentence].append((m.start, m.end))
        if k is not None:
            by_sentence[m.sentence].append((m.start, k))
    named: list[list[tuple[int, int]]] = []
    counts: Counter = Counter()
    said = whole_words_each([s.text for s in sentences], words)       # (one pass over the document)
    for i, s in enumerate(sentences):
        hits = said[i]
        if not hits and i not in by_sentence:
            named.append([])             # (most sentences name no trial)
            continue
        starts = dict(by_sentence.get(i, ()))
        inside = Spans(spans.get(i, ()) if i in by_sentence else ()) if hits else None
        for a, b, word in hits:
            if not inside.holds(a):
                starts.setdefault(a, where[word])
        found = sorted(starts.items())
        named.append(found)
        for k in {k for _, k in found}:
            counts[k] += 1
    # (a trial the text calls earlier is another's background: the document's own comes first at equal counts)
    main = max(range(len(trials)), key=lambda k: (bool(trials[k].ids), counts[k], trials[k].marker != "earlier", -k))
    trial_of, clauses, current = [], [], main
    shared = carried(sentences, named, [coordinated(s.text, found, trials) if len(found) > 1 else ()
                                        for s, found in zip(sentences, named)])
    for s, found in zip(sentences, named):
        if found and len(found) == 1 and found[0][1] != main and \
                REFERENCE_BEFORE.search(s.text, max(0, found[0][0] - 60), found[0][0]):
            found = []                   # "... compared to historical data from the ZETA study": still the trial before
        if found:
            if found[0][0] > 0 and CARRIES_ON.match(s.text):     # "It followed the ZETA-6 trial": "It" is the last trial
                found.insert(0, (0, current))
            cs = trailing_clauses(s.text, found) or \
                [Clause(0 if j == 0 else a, found[j + 1][0] if j + 1 < len(found) else len(s.text), k)
                 for j, (a, k) in enumerate(found)]
            cs = merge(cs)
            current = max(cs, key=lambda c: (c.end - c.start))
            current = current.trial if len(cs) > 1 else cs[0].trial
            trial_of.append(current)
            clauses.append(tuple(cs))
            current = cs[-1].trial
            continue
        if is_heading(s) or (current != main and trials[current].marker == "extension"
                             and CONTROLLED_RESULT.search(s.text)):
            current = main
        trial_of.append(current)
        clauses.append((Clause(0, len(s.text), current),))
    return Attribution(tuple(trial_of), tuple(clauses), main, tuple(counts[k] for k in range(len(trials))), shared)


# a trial named at the end of the clause that gives its results: "... with placebo | in ZETA-1| and ...", "... | in
# ZETA-2|." (the last one closes the sentence)
NAMED_AT_END_BEFORE = re.compile(r"\b(?:in|for)\s$")
SENTENCE_END_AFTER = re.compile(r"[\s).]{0,8}+$")
CLAUSE_END_AFTER = re.compile(r"\)?(?:,\s(?:and\s|while\s|whereas\s)?|\s(?:and|while|whereas)\s|;\s)")


def trailing_clauses(text: str, found: list[tuple[int, int]]) -> list[Clause] | None:
    """Clauses that each end on the trial they speak of, when a sentence gives several trials' results so ("0.3 with
    XY and 0.9 with placebo in ZETA-1 and 0.7 with XY and 1.4 with placebo in ZETA-2."); else None.

    >>> t = "It was 0.4 with XY in ZETA-1 and 0.5 with XY in ZETA-2."
    >>> trailing_clauses(t, [(t.index("ZETA-1"), 0), (t.index("ZETA-2"), 1)])
    [Clause(start=0, end=28, trial=0), Clause(start=28, end=55, trial=1)]
    """
    if len(found) < 2 or not all(NAMED_AT_END_BEFORE.search(text, max(0, a - 4), a) for a, _ in found):
        return None
    ends = []
    for j, (a, _) in enumerate(found):
        end = name_word_end(text, a)
        after = (SENTENCE_END_AFTER if j + 1 == len(found) else CLAUSE_END_AFTER).match(text, end)
        if after is None or (j + 1 == len(found) and after.end() != len(text)):
            return None
        ends.append(end)
    starts = [0] + ends[:-1]
    return [Clause(a, b if j + 1 < len(found) else len(text), k) for j, ((_, k), a, b) in enumerate(zip(found, starts, ends))]


def name_word_end(text: str, at: int) -> int:
    """Where the name that starts at ``at`` ends: its last word character or hyphen."""
    end = at
    while end < len(text) and (text[end].isalnum() or text[end] == "-"):
        end += 1
    return end


# what joins trials named together ("A and B", "A, B and C", "A/B") and the plural head they share ("... trials")
# (a bracket may follow each name: "ZETA I (N=505) and II (N=509) trials", "(ZETA I and ZETA II): two ... trials")
COORDINATION_JOIN = re.compile(r"(?<!\s)\s*+(?:\([^()]{1,30}\)\s*+)?(?:,\s*+(?:and\s++)?|and\s++|&\s*+|/\s*+)")
SHARED_HEAD = re.compile(r"(?:\s?\([^()]{1,30}\))?\)?:?[^.;:()]{0,160}?\b(?:trials|studies)\b", re.I)
# or the trials named first, their names after: "two phase 3 trials (| ZETA-1 and ZETA-2)", "two trials, | ZETA-1 and",
# "the phase 3 trials — | ZETA-1 and ZETA-2 —", "the phase 3 trials | ZETA-1 and ZETA-2 tested"
TRIALS_BEFORE = re.compile(rf"\b(?:trials|studies)(?:\s?[(,]\s?|{APPOSITION_DASH}|\s)$", re.I)
# or said of each in words: "in both | ZETA-1 and ZETA-2, XY met ...", "each of | ZETA-1 and ZETA-2"
EACH_BEFORE = re.compile(r"\b(?:both|each\sof)\s(?:the\s)?$", re.I)


def carried(sentences: list[Sentence], named: list[list[tuple[int, int]]], shared: list[tuple]) -> tuple:
    """The trials each sentence speaks of together: those it names together, else (for a sentence that names no
    trial) those the sentences before it named together, up to one that names a trial alone or a heading ("In the
    ZETA-1 and ZETA-2 trials, ... | Patients were randomized to XY 250 mg or placebo": the design of both).

    >>> from kg.text.sentences import Sentence
    >>> ss = [Sentence(0, 9, "A and B.", 0), Sentence(10, 20, "Dose 5 mg.", 0), Sentence(21, 30, "A met it.", 0)]
    >>> carried(ss, [[(0, 0), (6, 1)], [], [(0, 0)]], [((0, 1), 8), (), ()])
    (((0, 1), 8), ((0, 1), 10), ())
    >>> carried(ss, [[(0, 0), (6, 1), (8, 0)], [], [(0, 0)]], [((0, 1), 8), (), ()])     # ("A and B; in A, ...")
    (((0, 1), 8), (), ())
    """
    out, group = [], None
    for s, found, own in zip(sentences, named, shared):
        if own:                         # (carried on unless the sentence goes on to name a trial alone)
            group = own[0] if all(a < own[1] for a, _ in found) else None
        elif found or is_heading(s):
            group = None
        out.append(own or ((group, len(s.text)) if group else ()))
    return tuple(out)


def coordinated(text: str, found: list[tuple[int, int]], trials: list[TrialRef]) -> tuple:
    """The trials a sentence names together as one subject, "the A and B trials" (``found``: where it names each
    trial, in order), so that what it says of their design is said of each, and where that clause ends (a semicolon
    or the next trial named); () when it names them apart.

    >>> ts = [TrialRef("a", (), "ZETA-1"), TrialRef("b", (), "ZETA-2")]
    >>> coordinated("The ZETA-1 and ZETA-2 randomized trials tested XY.", [(4, 0), (15, 1)], ts)
    ((0, 1), 50)
    >>> coordinated("ZETA-1 met its goal and ZETA-2 did not.", [(0, 0), (24, 1)], ts)
    ()
    >>> coordinated("In two trials (ZETA-1 and ZETA-2), we gave XY.", [(15, 0), (26, 1)], ts)
    ((0, 1), 46)
    >>> coordinated("In both ZETA-1 and ZETA-2, XY met its goal.", [(8, 0), (19, 1)], ts)
    ((0, 1), 43)
    """
    chain = [found[0][1]]
    end = name_end(text, found[0][0], trials[found[0][1]])
    for a, k in found[1:]:
        if end is None or not COORDINATION_JOIN.fullmatch(text, end, a):
            break
        chain.append(k)
        end = name_end(text, a, trials[k])
    if end is None or len(set(chain)) < 2 or not (SHARED_HEAD.match(text, end) or TRIALS_BEFORE.search(text, 0, found[0][0])
                                                   or EACH_BEFORE.search(text, max(0, found[0][0] - 12), found[0][0])):
        return ()
    later = [a for a, _ in found[len(chain):]]
    stop = min([*later, len(text)] + ([text.index(";", end)] if ";" in text[end:] else []))
    return tuple(dict.fromkeys(chain)), stop


def name_end(text: str, at: int, trial: TrialRef) -> int | None:
    """Where the trial's name or id written at ``at`` ends (or the last word of its name: "II" of "ZETA I and II"), or
    None when another mention of it is there.

    >>> name_end("ZETA I and II trials", 11, TrialRef("b", (), "ZETA II"))
    13
    >>> name_end("ZETA (Zeta Efficacy Trial A) 1 and ZETA 2", 0, TrialRef("a", (), "ZETA 1"))
    30
    """
    for written in (trial.name, *trial.ids, (trial.name or "").rsplit(" ", 1)[-1]):
        if written and text.startswith(written, at) and not text[at + len(written):at + len(written) + 1].isalnum():
            return at + len(written)
    stem, _, number = (trial.name or "").rpartition(" ")
    if stem and (expanded := EXPANDED_NAME.match(text, at)) and expanded.group(1) == stem and expanded.group(2) == number:
        return expanded.end()               # ("ZETA (Zeta Efficacy ...) 1": the name's expansion before its number)
    return None


# a name with its expansion before its number (:data:`~kg.trials.patterns.NUMBER_EXPANSION`)
EXPANDED_NAME = re.compile(rf"(\S{{2,30}}){NUMBER_EXPANSION}\s(\d{{1,2}}|I{{1,3}}|IV)(?![\w-])")


class Spans:
    """Spans of a text (they may overlap), asked whether one holds an offset: a binary search, not a scan of all.

    >>> inside = Spans([(10, 20), (0, 5), (3, 12)])
    >>> [x for x in (0, 4, 5, 11, 12, 19, 20) if inside.holds(x)]
    [0, 4, 5, 11, 12, 19]
    """

    def __init__(self, spans):
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach, furthest = [], -1          # per span: the furthest end of it and those starting before it
        for _, b in spans:
            furthest = max(furthest, b)
            self.reach.append(furthest)

    def holds(self, offset: int) -> bool:
        """Is ``start <= offset < end`` for one of the spans?"""
        at = bisect_right(self.starts, offset)
        return at > 0 and self.reach[at - 1] > offset


def merge(cs: list[Clause]) -> list[Clause]:
    """Neighbouring clauses of one trial as one."""
    out: list[Clause] = []
    for c in cs:
        if out and out[-1].trial == c.trial:
            out[-1] = Clause(out[-1].start, c.end, c.trial)
        else:
            out.append(c)
    return out


def mention_trial(trials: list[TrialRef], m: TrialMention, index: Where | None = None) -> int | None:
    """The trial a mention names, once trials are resolved (``index``: where their ids and names are)."""
    if index is None:
        index = Where()
        for k, t in enumerate(trials):
            index.note(k, t.name, t.ids)
    k = index.first_of_ids(m.ids) if m.ids else None
    if k is not None:
        return k
    if m.name:
        named = index.named(m.name)
        return named[0] if named else None
    if m.phase:
        return next((k for k, t in enumerate(trials) if t.phase == m.phase), None)
    if m.marker:
        same = [k for k, t in enumerate(trials) if t.marker == m.marker]
        return same[-1] if same else None
    return None
