"""Resolving trial mentions into trials: ids given together and a name given beside an id are one trial; a later
mention of an id or a name is that trial; a different phase or a marker ("earlier", "extension", "Part 2") with a
name or phase of its own makes another.

>>> from kg.trials.records import TrialMention
>>> [t.key for t in resolve_trials([TrialMention(0, 0, 10, ids=("NCT01234567",)), TrialMention(1, 0, 10, ids=("NCT01234567",))])]
['NCT01234567']
"""

from __future__ import annotations

import re
from bisect import insort
from dataclasses import dataclass, field, replace

from kg.trials.patterns import FIRST_COUNTED, ORDINALS
from kg.trials.records import TrialMention, TrialRef


@dataclass
class _Trial:
    key: str
    ids: list[str] = field(default_factory=list)
    name: str | None = None
    first: int = 0
    phase: str | None = None
    marker: str = ""


NAME_AFTER_EXTENSION = 13      # characters from an extension's head to its name: "extension study|, called |ZETA-X"


def resolve_trials(mentions: list[TrialMention], doc_id: str = "", hedged: frozenset[int] = frozenset()) -> list[TrialRef]:
    """The trials the mentions name, in order of first mention.

    Ids given together and a name given beside an id are one trial; a later id or name is the trial it names;
    a definite phrase with a phase no trial has yet, or a name of its own, is another trial; a phrase with the
    phase of a known trial (or the first phase said of a trial) is that trial. ``hedged`` (sentence indices)
    keeps plans and guesses ("a Phase 3 study should follow") from making trials.

    >>> ms = [TrialMention(0, 0, 9, ("NCT01234567",), "ZETA"), TrialMention(1, 0, 9, (), None, "3"),
    ...       TrialMention(2, 0, 9, (), "ZETA-X", "2")]
    >>> [(t.key, t.name, t.phase) for t in resolve_trials(ms, "d")]
    [('NCT01234567', 'ZETA', '3'), ('doc-d-zeta-x', 'ZETA-X', '2')]
    >>> ms = [TrialMention(0, 0, 9, (), None, "2", definite=False), TrialMention(1, 0, 9, (), "ZETA"),
    ...       TrialMention(5, 0, 9, (), None, "3", definite=False)]    # "in a Phase 2 trial ... dubbed ZETA ... a Phase 3 trial"
    >>> [(t.name, t.phase) for t in resolve_trials(ms, "d")]
    [('ZETA', '2')]
    >>> ms = [TrialMention(0, 0, 9, (), "ZETA"), TrialMention(9, 0, 9, ("NCT01234567",), registration=True)]
    >>> [(t.key, t.name) for t in resolve_trials(ms, "d")]     # "The ZETA study ... Trial registration: NCT..."
    [('NCT01234567', 'ZETA')]
    >>> ms = [TrialMention(0, 0, 9, (), None, "3"), TrialMention(4, 0, 9, (), "ZETA-1"), TrialMention(4, 20, 29, (), "ZETA-2")]
    >>> [(t.name, t.phase) for t in resolve_trials(ms, "d")]      # "its Phase 3 study ... next steps for ZETA-1 and ZETA-2"
    [(None, '3'), ('ZETA-1', None), ('ZETA-2', None)]
    >>> ms = [TrialMention(0, 0, 9, (), None, "2"), TrialMention(4, 0, 17, (), None, "3"), TrialMention(4, 19, 25, (), "ZETA 3")]
    >>> [(t.name, t.phase) for t in resolve_trials(ms, "d")]      # "its Phase 2 trial ... the Phase 3 trial (ZETA 3)"
    [(None, '2'), ('ZETA 3', '3')]
    """
    trials: list[_Trial] = []
    index = Where()
    opening = None                             # the phase of "in a Phase 2 trial" said before any trial is known
    first = None                               # ... and that mention
    # (names given together, "the ZETA-1 and ZETA-2 studies", name two trials: neither is the one said before)
    names_in: dict[int, set[str]] = {}
    for m in mentions:
        if m.name:
            names_in.setdefault(m.sentence, set()).add(m.name)
    paired = {k for k, names in names_in.items() if len(names) >= 2}
    # (a phrase's phase right before a name is the name's: "the Phase 3 trial | (ZETA 3)")
    phased = {(m.sentence, m.end): m.phase for m in mentions if m.phase and not (m.ids or m.name)}
    # (and a name given right after an extension is the extension's: "an open-label extension study, | called ZETA-X")
    extended = {(m.sentence, m.end) for m in mentions if m.marker == "extension" and not (m.ids or m.name)}
    named_after = {m for m in mentions if m.name and not m.marker and not m.ids and any(
        (m.sentence, m.start - gap) in extended for gap in range(1, NAME_AFTER_EXTENSION))}
    mentions = [replace(m, marker="extension") if m in named_after else m for m in mentions]
    named_after = {replace(m, marker="extension") for m in named_after}
    # a sentence's ids first: "the ZETA trial, registered as NCT...", names the registered trial
    for m in sorted(mentions, key=lambda m: (m.sentence, not m.ids, m.start)):
        if m.sentence in hedged and not (m.ids or m.name or m.definite):
            continue                           # "a Phase 3 trial is planned": some future trial, not a known one
        own = m.phase or next((p for gap in (1, 2, 3) if (p := phased.get((m.sentence, m.start - gap)))), None)
        if not trials and opening and first.definite and m.name and (
                m.sentence in paired or (own and phase_key(own) != phase_key(opening)) or m in named_after):
            # (a name that comes paired, or with a phase of its own, is another trial than the one said first: "its
            # Phase 2 trial ... the Phase 3 trial (ZETA 3)")
            trials.append(_Trial(f"doc-{doc_id}-phase-{slug(opening)}", [], None, first.sentence, opening))
            opening = None
        k = resolve_one(trials, m, index)
        if k is None and m.marker == "extension" and not (m.ids or m.name) and m.sentence in names_in:
            k = NOTHING                        # ("the Long-Term Extension (LTE) study": the name makes the trial)
        if k is None and (m.ids or m.name or m.sentence not in hedged):
            k = new_trial(trials, m, doc_id)
        if k is None and not trials and opening is None:
            opening, first = m.phase, m
        if k is not None and k != NOTHING:
            t = trials[k]
            t.name = t.name or m.name
            if m.name and len(m.name) > len(t.name) and name_key(m.name) == name_key(t.name):
                t.name = m.name                # "ZETAHF ... ZETA-HF": the name as its words are parted
            if own and not t.phase and (m.phase or m.name):
                t.phase = own                  # (a name's phase, said in the phrase right before it)
            if not t.phase and k == 0 and opening and m.name and not m.marker:
                t.phase = opening              # "helped in a Phase 2 trial. ... the study, dubbed ZETA": its phase
            t.marker = t.marker or m.marker
            added = [r for r in m.ids if r not in t.ids]
            t.ids.extend(added)
            index.note(k, t.name, added)
    # a trial named first and given its id later is known by its id
    return [TrialRef(t.ids[0] if t.ids else t.key, tuple(t.ids), t.name, t.first, t.phase, t.marker) for t in trials]


def phase_key(phase: str) -> str:
    """A phase without its letter ("2b" -> "2"), to tell phases apart."""
    return phase.rstrip("ab")


def name_key(name: str) -> str:
    """A trial's name as looked up: without hyphens and spaces, in capitals.

    >>> name_key("Zeta-HF") == name_key("ZETAHF") == name_key("ZETA HF")
    True
    """
    return re.sub(r"[\s\-‐‑–]+", "", name).upper()


NOTHING = -1          # what resolve_one says of a mention that names no trial, known or new
# the number that ends a trial's name ("ZETA | IV", "ZETA- | 2")
NUMBER_SUFFIX = re.compile(r"\d{1,2}|[IVX]{1,4}")


class Where:
    """Which trials (their indices, in order) have each registry id and each name, so that a mention is resolved
    by looking its ids and name up, not by reading every trial found so far (a document may name hundreds)."""

    def __init__(self):
        self.ids: dict[str, int] = {}            # id -> the first trial that has it
        self.names: dict[str, list[int]] = {}    # name's key (name_key) -> the trials of that name, in order

    def note(self, k: int, name: str | None, ids: list[str]) -> None:
        """Trial ``k`` has this name (a trial's name, once given, stays) and these ids."""
        for r in ids:
            if self.ids.get(r, k) >= k:
                self.ids[r] = k
        if name:
            same = self.names.setdefault(name_key(name), [])
            if k not in same:
                insort(same, k)

    def named(self, name: str) -> list[int]:
        """The trials of this name, however it is hyphenated or spaced ("ZETA-HF", "ZETAHF", "ZETA HF")."""
        return self.names.get(name_key(name), [])

    def numbered(self, name: str) -> int | None:
        """The one trial whose name is this one and a number ("the ZETA trial" after "the phase 3 ZETA IV study"),
        if only one is.

        >>> w = Where(); w.note(0, "ZETA IV", []); w.numbered("Zeta"), w.numbered("ZETA-4")
        (0, None)
        >>> w.note(1, "ZETA V", []); w.numbered("ZETA") is None
        True
        """
        key = name_key(name)
        numbered = {k for other, ks in self.names.items() if other.startswith(key)
                    and NUMBER_SUFFIX.fullmatch(other[len(key):]) for k in ks}
        return numbered.pop() if len(numbered) == 1 else None

    def first_of_ids(self, ids: tuple[str, ...]) -> int | None:
        """The first trial that has one of these ids."""
        return min((self.ids[r] for r in ids if r in self.ids), default=None)


def resolve_one(trials: list[_Trial], m: TrialMention, index: Where | None = None) -> int | None:
    """The known trial a mention names, or None when it names a new one (or none); ``index``: where the trials' ids
    and names are (made here when not given)."""
    if index is None:
        index = Where()
        for k, t in enumerate(trials):
            index.note(k, t.name, t.ids)
    if m.ids:
        k = index.first_of_ids(m.ids)
        if k is not None:
            return k
    named = index.named(m.name) if m.name else ()
    for k in named:
        if not (m.ids and trials[k].ids):
            return k
    if m.ids and not named and m.registration:
        # "The ZETA study ... Trial registration: NCT...": the registration of the one trial the text named with no id
        unregistered = [k for k, t in enumerate(trials) if not t.ids and t.name and t.marker not in ("earlier", "part")]
        if len(unregistered) == 1 and len(trials) == 1:
            return unregistered[0]
    if m.ids:
        return named[0] if named else None     # a name said before its id ("ZETA ... ZETA (NCT...)")
    if m.name and not named and not m.marker and (k := index.numbered(m.name)) is not None and trials[k].first < m.sentence \
            and (not m.phase or not trials[k].phase or phase_key(m.phase) == phase_key(trials[k].phase)):
        return k                               # ("the phase 3 ZETA IV study ... The ZETA trial randomized ...": its
        #                                        short name; not "ZETA-2 ... the phase 2 ZETA trial before it")
    if m.name:
        if m.label:                            # a record's field: the record's trial
            return next((k for k, t in enumerate(trials) if t.ids and not t.name), None)
        # "The confirmatory Phase 3 study ..." then "its confirmatory Phase 3 ZETA trial": the name is that trial's
        unnamed = [k for k, t in enumerate(trials) if not t.ids and not t.name and m.phase and t.phase == m.phase
                   and t.marker == m.marker]
        if len(unnamed) == 1 and m.definite:
            return unnamed[0]
        return next((k for k, t in enumerate(trials) if t.first == m.sentence and t.ids and not t.name
                     and t.marker == m.marker), None) if m.marker != "part" else None
    if m.phase:
        same = [k for k, t in enumerate(trials) if t.phase == m.phase]
        if same:
            return same[0]
        if len(trials) == 1 and trials[0].phase is None:
            return 0                           # the first phase said of the only trial
        if any(t.phase is None for t in trials):
            return NOTHING                     # it may be a known trial's: make no new one
        return None
    if m.marker:
        same = [k for k, t in enumerate(trials) if t.marker == m.marker]
        if not same and m.marker == "extension" and trials and m.definite:
            return None                        # "its open-label extension": the known trial's follow-on, a trial
        if not same and counts_unnamed(trials, m):
            return None                        # "The second study enrolled ...": a trial of its own
        return same[-1] if same else NOTHING  # a bare "the earlier trial" names no new trial
    return NOTHING


def new_trial(trials: list[_Trial], m: TrialMention, doc_id: str) -> int | None:
    """Make the trial a mention introduces; None when the mention is too vague to make one."""
    if m.ids:
        trials.append(_Trial(m.ids[0], [], m.name, m.sentence))
    elif m.name:
        trials.append(_Trial(f"doc-{doc_id}-{slug(m.name)}", [], m.name, m.sentence))
    elif m.phase and (m.marker or trials) and (m.definite or (not m.marker and all(t.marker == "earlier" for t in trials))):
        # (or "a Phase 3 trial" after only earlier trials: "approved on a previous Phase 2 trial. The current study is
        # a Phase 3 trial": the document's own)
        trials.append(_Trial(f"doc-{doc_id}-phase-{slug(m.phase)}", [], None, m.sentence))
    elif m.marker == "extension" and trials and m.definite:
        trials.append(_Trial(f"doc-{doc_id}-extension", [], None, m.sentence))    # ("its open-label extension")
    elif counts_unnamed(trials, m):
        if not trials:                         # (the second implies a first: the one the text spoke of before it)
            trials.append(_Trial(f"doc-{doc_id}-1", [], None, 0, None, FIRST_COUNTED))
        trials.append(_Trial(f"doc-{doc_id}-{m.marker}", [], None, m.sentence, None, m.marker))
    else:
        return None
    return len(trials) - 1


def counts_unnamed(trials: list[_Trial], m: TrialMention) -> bool:
    """Does ``m`` count the document's trials ("the second study", "the third trial") where none has a name or id?

    A roundup of unnamed studies counts them; beside named trials, "the second study" may be any of them.
    """
    return m.marker in ORDINALS and m.definite and not m.phase and not any(t.ids or t.name for t in trials)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
