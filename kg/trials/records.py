"""The trial stage's records: a mention of a trial in a sentence, a resolved trial, a clause and its trial, and
the attribution of a document's sentences.

>>> TrialRef("NCT01234567", ("NCT01234567",), "ZETA-7").entity().label
'NCT01234567'
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.model import Entity


@dataclass(frozen=True)
class TrialMention:
    """One place where a sentence names a trial; ``start``/``end`` are offsets in the sentence's text.

    ``ids`` are registry ids given together, ``name`` the trial's short name, ``phase`` the phase said in the
    mention itself, ``marker`` one of earlier, second, third (a count of the document's studies), another ("a new
    study"), follow-up, extension, part, or first (the first of the studies a document counts, given by the
    trial stage itself), or "" for none; ``definite`` says the phrase points at a trial ("the", "its", a name, an
    id), not at any ("a Phase 3 study").
    """

    sentence: int
    start: int
    end: int
    ids: tuple[str, ...] = ()
    name: str | None = None
    phase: str | None = None
    marker: str = ""
    definite: bool = True
    label: bool = False                  # given as a record's field ("Short name: ZETA")
    registration: bool = False           # ids given alone in a registration statement ("Trial registration: NCT...")


@dataclass(frozen=True)
class TrialRef:
    """A trial of the document: its key (first registry id, else a document-local key), ids, name and phase."""

    key: str
    ids: tuple[str, ...] = ()
    name: str | None = None
    first: int = 0                       # sentence index where it is introduced
    phase: str | None = None             # the phase its own mentions give
    marker: str = ""

    def entity(self) -> Entity:
        return Entity("Trial", self.ids[0] if self.ids else (self.name or "trial"), local=self.key)


@dataclass(frozen=True)
class Clause:
    """A stretch of one sentence (offsets in its text) and the index of the trial it speaks of."""

    start: int
    end: int
    trial: int


@dataclass(frozen=True)
class Attribution:
    """Per sentence: the trial it is about (``trial_of``) and its clauses (one, unless it names several trials)."""

    trial_of: tuple[int, ...]
    clauses: tuple[tuple[Clause, ...], ...]
    main: int = 0
    named: tuple[int, ...] = ()          # per trial: how many sentences name it
    # per sentence: the trials it speaks of together ("the A and B trials ...") and where that ends, else ()
    shared: tuple[tuple, ...] = ()
