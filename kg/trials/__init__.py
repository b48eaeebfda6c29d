"""Trials as a stage of their own: find trial mentions, resolve them into trials, attribute each clause to one.

Three pure functions, each linear in the document, in three modules:

- :func:`find_trial_mentions` reads every sentence for the ways a text names a
  trial: registry ids (every registry's format, ids given together as one
  mention), acronyms and short names ("ZETA-7", "ZETA Outcomes", "ZETA-IA XY",
  "Zeta-Lung04", "ZETA 2 Part 2") where the text calls them a trial, and
  phrases ("the Phase 3 study", "its open-label extension", "a second study").
- :func:`resolve_trials` joins mentions into trials: ids given together and a
  name given beside an id are one trial; a later mention of an id or name is
  that trial; a different phase, "earlier", "extension", "follow-up" or
  "Part 2" with a name or phase of its own make another.
- :func:`attribute` gives every sentence, and every clause of a sentence that
  names more than one trial, the trial it speaks of: a clause starts where a
  trial is named; a sentence naming none continues the trial spoken of last,
  and a heading goes back to the document's main trial.

>>> from kg.text.layout import content_lines
>>> from kg.text.sentences import split_sentences
>>> text = ("ZETA-7 (NCT01234567) is a Phase 3 trial of XY-123. It followed the Phase 2 ZETA-6 trial "
...         "(NCT07654321), which enrolled 40 adults. The ZETA-7 trial enrolled 300 adults.")
>>> sentences = split_sentences(text, content_lines(text))
>>> mentions = find_trial_mentions(sentences)
>>> trials = resolve_trials(mentions)
>>> [(t.key, t.name, t.phase) for t in trials]
[('NCT01234567', 'ZETA-7', '3'), ('NCT07654321', 'ZETA-6', '2')]
>>> [[(c.trial, s.text[c.start:c.end][:14]) for c in cs] for s, cs in zip(sentences, attribute(sentences, trials, mentions).clauses)]
[[(0, 'ZETA-7 (NCT012')], [(0, 'It followed '), (1, 'the Phase 2 ZE')], [(0, 'The ZETA-7 tri')]]
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.text.cues import HEDGE
from kg.text.sentences import Sentence
from kg.trials.attribution import attribute
from kg.trials.mentions import find_trial_mentions, good_name
from kg.trials.patterns import FIRST_COUNTED, WANTED_TRIAL, is_review, reports_trial
from kg.trials.records import Attribution, TrialMention, TrialRef
from kg.trials.resolution import resolve_trials

__all__ = ["Attribution", "TrialMention", "TrialRef", "attribute", "find_trial_mentions", "find_trials", "resolve_trials"]


def find_trials(sentences: list[Sentence], doc_id: str = "",
                others: frozenset[str] = frozenset()) -> tuple[list[TrialRef], Attribution]:
    """The document's trials and which trial each sentence and clause speaks of (``others``: short forms the
    document defines as a disease, drug, gene..., which name no trial).

    A document that names no trial but reports one in words ("randomised", "Phase 2", "placebo") has one trial
    known only to it (key ``doc-<document>-1``).
    """
    mentions = find_trial_mentions(sentences, others)
    if sentences and (titled := title_name(sentences, others)) is not None \
            and not any(m.name == titled.name for m in mentions if m.sentence == 0):
        mentions = [titled] + mentions
    hedged = frozenset(m.sentence for m in mentions if not (m.ids or m.name) and HEDGE.search(sentences[m.sentence].text))
    trials = kind_names_dropped(family_names_dropped(resolve_trials(mentions, doc_id, hedged)), sentences)
    if not trials and not is_review(sentences) and any(reports_trial(s.text) and not WANTED_TRIAL.search(s.text)
                                                        for s in sentences):
        # a trial with no registry id is known only to this document: its key says so
        said = [m for m in mentions if m.definite and m.sentence not in hedged]     # not "a Phase 3 study should follow"
        trials = [TrialRef(f"doc-{doc_id}-1", (), None, 0, phase_in_mentions(said))]
    elif trials and all(t.marker and not (t.ids or t.name) for t in trials) and not is_review(sentences):
        # only trials said to be others ("the earlier Phase 2a trial") beside a definite one of another phase ("its
        # Phase 2b trial"): that one is the document's own, unnamed, and comes first
        phases = {t.phase for t in trials}
        said = [m for m in mentions if m.definite and not m.marker and m.sentence not in hedged and m.phase not in phases]
        if said:
            trials = [TrialRef(f"doc-{doc_id}-1", (), None, 0, phase_in_mentions(said))] + trials
    if trials and trials[0].marker == FIRST_COUNTED:
        mentions = [TrialMention(0, 0, 0, marker=FIRST_COUNTED)] + mentions  # (the first of the studies counted: from the start)
    found = attribute(sentences, trials, mentions, doc_id)
    joined = join_name(trials, found.named)
    if joined is not trials:
        trials, found = joined, attribute(sentences, joined, mentions, doc_id)
    return shared_phase(trials, found.shared), found


# a document's first line that is a trial's name and nothing else, as a study summary opens: "ZETA-HF", "ZETA 2",
# "STOP ZETA", "ZETA-HF (original research)"
TITLE_NAME = re.compile(r"(?P<name>[A-Z][A-Z0-9]{2,14}(?:[- ][A-Z0-9]{1,14}){0,2})(?:\s\([a-z ]{3,30}\))?")
# the words a page labels its kind with, in capitals over it
PAGE_LABEL = frozenset("JOURNAL ARTICLE ABSTRACT ORIGINAL RESEARCH REVIEW NEWS PRESS RELEASE REPORT RANDOMIZED RANDOMISED "
                       "CONTROLLED CLINICAL TRIAL STUDY SUMMARY UPDATE BREAKING".split())
# what says the lines below are about a trial
TRIAL_CUE = re.compile(r"\b(?:RCT|trial|randomi[sz]ed)\b", re.I)


def title_name(sentences: list[Sentence], others: frozenset[str] = frozenset()) -> TrialMention | None:
    """The trial name a document's first line gives alone, where a heading follows it (a study summary's sections)
    and a sentence among the next twelve speaks of a trial.

    >>> s = [Sentence(0, 7, "ZETA-HF", 1), Sentence(8, 16, "Study design", 2), Sentence(17, 20, "RCT", 3)]
    >>> title_name(s).name, title_name(s[:2])
    ('ZETA-HF', None)
    >>> title_name([Sentence(0, 4, "ACME", 1), Sentence(5, 30, "Acme ran a trial of XY.", 2)]) is None
    True
    """
    first = TITLE_NAME.fullmatch(sentences[0].text.strip())
    if first is None or len(sentences) < 2 or not good_name(first.group("name"), others) \
            or not any(TRIAL_CUE.search(s.text) for s in sentences[1:13]):
        return None
    name = first.group("name")
    heading = sentences[1].text.strip()
    if len(heading) > 40 or heading.endswith(".") or PAGE_LABEL.intersection(name.split()):
        return None                 # (a summary's sections follow the name: not a company's name over its news, nor a
        #                             page's label, "JOURNAL ARTICLE")
    if any(name.title() in s.text for s in sentences[1:]):
        return None                 # ("OCTAPHARMA" over "Octapharma announces ...": a company's name, in capitals there
        #                             only; an acronym that is a word may still be written small, "... to protect")
    return TrialMention(0, 0, len(name), (), name, definite=True)


def family_names_dropped(trials: list[TrialRef]) -> list[TrialRef]:
    """Without a name that only gathers trials named after it ("across the ZETA studies" beside ZETA-1 and ZETA-2).

    >>> [t.name for t in family_names_dropped([TrialRef("a", (), "ZETA-1"), TrialRef("b", (), "ZETA 2"),
    ...                                         TrialRef("c", (), "ZETA")])]
    ['ZETA-1', 'ZETA 2']
    """
    names = [t.name for t in trials if t.name]
    def family(t: TrialRef) -> bool:
        return not t.ids and t.name is not None and sum(
            n != t.name and n.startswith(t.name) and n[len(t.name)] in " -" for n in names) >= 2
    return [t for t in trials if not family(t)] if len(names) > 2 else trials


def kind_names_dropped(trials: list[TrialRef], sentences: list[Sentence]) -> list[TrialRef]:
    """Without a name the document also writes before trials in the plural ("future ZRMM clinical trials"): a kind
    of trial (its patients' disease, its setting), which no one trial is named by.

    >>> s = [Sentence(0, 29, "The first ZRMM study is done.", 1), Sentence(30, 76, "More ZRMM trials and ZETA and BETA trials.", 1)]
    >>> [t.name for t in kind_names_dropped([TrialRef("a", (), "ZRMM"), TrialRef("b", (), "BETA")], s)]
    ['BETA']
    """
    named = [t for t in trials if t.name and not t.ids]
    if not named:
        return trials
    written = {m.group("name") for s in sentences for m in KIND_BEFORE_TRIALS.finditer(s.text)}
    return [t for t in trials if t.ids or t.name not in written]


# a name written before trials in the plural: "| ZRMM | clinical trials", "| ZRMM | studies" (not the last of names
# listed before their shared noun: "the ZETA-1 and | ZETA-2 | trials")
KIND_BEFORE_TRIALS = re.compile(r"(?<![\w-])(?<!\band\s)(?<!\bor\s)(?<!&\s)(?<!,\s)(?P<name>[A-Z][\w-]{1,20})\s(?:clinical\s)?(?:trials|studies)\b")


def shared_phase(trials: list[TrialRef], shared: tuple[tuple[int, ...], ...]) -> list[TrialRef]:
    """Trials named together under one phase ("the phase 3 A and B trials") each have it.

    >>> [t.phase for t in shared_phase([TrialRef("a", phase="3"), TrialRef("b")], ((), ((0, 1), 40)))]
    ['3', '3']
    """
    out = list(trials)
    for group in (x[0] for x in shared if x):
        phases = {out[k].phase for k in group if out[k].phase}
        if len(phases) == 1:
            phase = phases.pop()
            for k in group:
                if out[k].phase is None:
                    out[k] = replace(out[k], phase=phase)
    return out


def join_name(trials: list[TrialRef], named: tuple[int, ...]) -> list[TrialRef]:
    """A document that names its trial ("the ZETA trial") and gives its id apart ("The study (NCT...)") speaks
    of one trial: the name said most often, as often as the id, joins the only registered trial without a name,
    when it is said in two sentences or more, or is the only name and its phase is the registered trial's (an
    abstract names its trial once and gives the id at its end).

    >>> ts = [TrialRef("doc-d-zeta", (), "ZETA", 0), TrialRef("NCT01234567", ("NCT01234567",), None, 3, "3")]
    >>> join_name(ts, (4, 1))
    [TrialRef(key='NCT01234567', ids=('NCT01234567',), name='ZETA', first=0, phase='3', marker='')]
    >>> join_name(ts, (1, 1))[0].name, len(join_name(ts + [TrialRef("doc-d-beta", (), "BETA", 1)], (1, 1, 1)))
    ('ZETA', 3)
    """
    bare = [k for k, t in enumerate(trials) if t.ids and not t.name]
    names = [k for k, t in enumerate(trials) if t.name and not t.ids and not t.marker]
    if len(bare) != 1 or not names:
        return trials
    best = max(names, key=lambda k: (named[k], -k))
    b = bare[0]
    only = len(names) == 1 and not (trials[best].phase and trials[b].phase and trials[best].phase != trials[b].phase)
    if named[best] < (1 if only else 2) or named[best] < named[b]:
        return trials
    t, n = trials[b], trials[best]
    merged = TrialRef(t.key, t.ids, n.name, min(t.first, n.first), t.phase or n.phase, t.marker)
    return [merged if k == b else x for k, x in enumerate(trials) if k != best]


def phase_in_mentions(mentions: list[TrialMention]) -> str | None:
    return next((m.phase for m in mentions if m.phase), None)
