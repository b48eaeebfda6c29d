"""What every extractor needs to know about a document, computed once.

Sentences (clutter removed), entity mentions (lexicon, abbreviations defined
in the document, code names such as "AB-123", names marked with ®: found by
:mod:`kg.extractors.document_names`), the trials the document talks about
(registry ids and acronyms) and which trial each sentence is about, the main
therapy and the rivals named only as the market.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from kg.extractors.aimed_treatments import with_aimed_treatment, with_defined_program, with_studied_treatment
from kg.extractors.combinations import (joined_products, short_names, slashed_vaccines, with_misspelt_names,
                                        with_misspelt_words, with_salts, with_short_names, with_slashed_vaccines)
from kg.extractors.document_names import document_abbreviations, find_mentions, with_procedures
from kg.extractors.undefined_short_forms import with_undefined_short_forms
from kg.extractors.unnamed_products import (LEADING_KINDS, allocated_against_nothing, named_as_allocated,
                                            with_allocated_intervention, with_allocated_short_forms,
                                            with_allocated_variants, with_compared_short_forms, with_defined_short_forms,
                                            with_titled_intervention, with_unnamed_vaccine)
from kg.extractors.util import is_hedged, mask_quotes
from kg.model import Document, Entity, Evidence, Mention
from kg.text import prefilter as rx
from kg.text.cues import (AE_CUE, BACKGROUND_THERAPY_BEFORE,
                          COMPARATOR_NAMED_BEFORE, CONFERENCE_HEAD, DIAGNOSTIC_AFTER, MEASURED_AFTER, NEGATED_BEFORE,
                          INDUCER_AFTER, INDUCER_BEFORE, PART_OF_TERM_AFTER, PRIOR_THERAPY_AFTER, PRIOR_THERAPY_BEFORE)
from kg.text.cues.population import ALLOCATION
from kg.text.cues.trials import ALL_GOT, ALLOCATED_TO, AT_RANDOM, CONTROL_AFTER
from kg.text.drug_uses import drug_codes
from kg.text.layout import content_lines
from kg.text.organizations import INSTITUTION_HEADS
from kg.text.measure_list import SOURCE
from kg.text.measures import measures_each
from kg.text.reading import reading_forms
from kg.text.sentences import Sentence, split_sentences
from kg.trials import TrialRef, find_trials
from kg.trials.mentions import NOT_TRIAL_NAMES, case_folded

@dataclass
class Context:
    doc: Document
    sentences: list[Sentence]
    mentions: list[list[Mention]]            # per sentence; offsets into doc.text
    trials: list[TrialRef]
    trial_of: list[int]                      # per sentence: index into trials
    therapies: dict[str, Mention]            # label -> first mention
    main_therapy: str | None
    kinds: dict = field(default_factory=dict, repr=False, compare=False)   # (sentence, kinds) -> its mentions
    clauses: tuple = ()                      # per sentence: its Clauses (kg.trials), offsets in its text
    rivals: frozenset = frozenset()          # therapies named only as rivals in the market (rival_labels)
    shared: tuple = ()                       # per sentence: the trials it speaks of together ("the A and B trials")
    allocated: tuple = ()                    # the therapies patients were allocated to (allocated_labels)
    parts: dict = field(default_factory=dict, repr=False, compare=False)   # (start, end) of a product -> its parts
    unread: tuple = ()                       # per sentence: mentions the mention layer gives and no extractor reads

    def evidence(self, i: int, start: int | None = None, end: int | None = None,
                 extractor=None, confidence: float = 0.8) -> Evidence:
        s = self.sentences[i]
        # the sentence as the document writes it, not its reading form
        return Evidence(self.doc.id, self.doc.text[s.start:s.end], s.start if start is None else start, s.end if end is None else end,
                        getattr(extractor, "name", ""), getattr(extractor, "version", ""), confidence, s.start)

    @cached_property
    def masked(self) -> list[str]:
        """Each sentence's text with quotations blanked (offsets kept); the extractors read these."""
        return [mask_quotes(s.text) for s in self.sentences]

    @cached_property
    def hedged(self) -> list[bool]:
        """Per sentence: does it hedge ("a larger study should follow")?"""
        return [is_hedged(text) for text in self.masked]

    def trial_at(self, i: int, offset: int) -> int:
        """The index of the trial that the clause of sentence ``i`` holding a document offset speaks of."""
        at = offset - self.sentences[i].start
        for c in (self.clauses[i] if i < len(self.clauses) else ()):
            if c.start <= at < c.end:
                return c.trial
        return self.trial_of[i]

    def trial_entity_at(self, i: int, offset: int) -> Entity | None:
        """The entity of the trial spoken of at a document offset of sentence ``i``."""
        return self.trial_entities[self.trial_at(i, offset)] if self.trials else None

    def trial(self, i: int) -> TrialRef | None:
        return self.trials[self.trial_of[i]] if self.trials else None

    @cached_property
    def trial_entities(self) -> list[Entity]:
        """Each trial's graph entity, made once (the extractors ask for it in every sentence)."""
        return [t.entity() for t in self.trials]

    def trial_entity(self, i: int) -> Entity | None:
        """The entity of the trial sentence ``i`` is about."""
        return self.trial_entities[self.trial_of[i]] if self.trials else None

    @cached_property
    def sentence_trials(self) -> list[Entity | None]:
        """Per sentence: :meth:`trial_entity` (the rule engine asks it of every sentence for every extractor)."""
        return [self.trial_entity(i) for i in range(len(self.sentences))]

    @cached_property
    def labels(self) -> list[frozenset[str]]:
        """Per sentence: the labels of the entities it mentions."""
        return [frozenset(m.label for m in ms) for ms in self.mentions]

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence that holds a character offset of the document (sentences are in text order)."""
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return next(i for i, s in enumerate(self.sentences) if s.start <= offset < s.end)

    @cached_property
    def starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def cached(self, key: tuple, make):
        """``make()``, computed once per document and kept under ``key`` (a tuple that starts with a string).

        >>> from kg.documents import parse_document
        >>> ctx = build_context(parse_document("T\\n\\nA sentence.", source="t.txt"))
        >>> ctx.cached(("answer",), lambda: 42), ctx.cached(("answer",), lambda: 0)
        (42, 42)
        """
        if key not in self.kinds:
            self.kinds[key] = make()
        return self.kinds[key]

    def of_kind(self, i: int, *kinds: str) -> list[Mention]:
        """The mentions of sentence ``i`` of these kinds, in text order (one list per sentence and kinds: do not change it)."""
        found = self.kinds.get((i, kinds))
        if found is None:
            found = self.kinds[(i, kinds)] = [m for m in self.mentions[i] if m.kind in kinds]
        return found

    def last_before(self, i: int, offset: int, *kinds: str) -> Mention | None:
        """The last mention of these kinds in sentence ``i`` that starts at or before a document offset."""
        at = bisect_right(self._starts(i, kinds), offset)
        return self.of_kind(i, *kinds)[at - 1] if at else None

    def first_after(self, i: int, offset: int, *kinds: str) -> Mention | None:
        """The first mention of these kinds in sentence ``i`` that starts after a document offset."""
        found = self.of_kind(i, *kinds)
        at = bisect_right(self._starts(i, kinds), offset)
        return found[at] if at < len(found) else None

    def _starts(self, i: int, kinds: tuple[str, ...]) -> list[int]:
        starts = self.kinds.get((i, kinds, "starts"))
        if starts is None:
            starts = self.kinds[(i, kinds, "starts")] = [m.start for m in self.of_kind(i, *kinds)]
        return starts


def entity_of(m: Mention, kind: str) -> Entity:
    """The graph entity a mention names."""
    return Entity(kind, m.label, ids=m.ids)


@lru_cache(maxsize=8)
def build_context(doc: Document) -> Context:
    """Analyse a document once; every extractor reads the same Context.

    A document's extractors run one after another, so few contexts need be kept; each holds thousands of objects
    that every full pass of the garbage collector walks (64 kept took some 1 ms a document).
    """
    pace_collector()
    # each sentence in its reading form ("12·5" as "12.5", a Unicode minus as "-"): same length, same offsets
    sentences = as_read(doc.text, split_sentences(doc.text, content_lines(doc.text)))
    texts = [s.text for s in sentences]
    measures = with_short_forms_of_the_text(measures_each(texts), doc.text)   # (the abbreviations and mentions read them)
    local, long_forms = document_abbreviations(sentences, measures)
    mentions, parts = products_joined(sentences, find_mentions(doc, sentences, local, long_forms, measures))
    mentions = with_short_names(mentions, short_names(texts, mentions, [s.start for s in sentences]))
    mentions = with_misspelt_words(texts, [s.start for s in sentences], with_misspelt_names(mentions))
    mentions, unread = without_adjectives(mentions)
    mentions = with_undefined_short_forms(sentences, mentions, local)     # ("... zetoid arthritis", then "ZA patients")
    others = frozenset(short for short, m in local.items() if m.kind in NOT_TRIAL_NAMES
                       or (m.kind == "term" and BODY_LONG_FORM.search(m.label))     # ("... Association ... (ZASG)")
                       or (m.kind == "term" and m.label.islower() and " " not in m.label)      # ("pancreatic (PAC)")
                       or (m.kind == "term" and m.label.islower() and TREATMENT_LONG_FORM.search(m.label)))
    #                                                   ("topical corticosteroids (TCS)": a treatment's, no trial's)
    others |= drug_codes(texts)          # ("the study of XY-120": a drug, not the "XY-120 study")
    named = mentions
    if not names_treatment(sentences, mentions):          # (no drug, or one only in a term: "zetamine-free")
        named = with_unnamed_vaccine(sentences, mentions)      # (its pathogen's capitals name no trial: "ZZV-3")
        others |= {LEADING_KINDS.sub("", m.label).split()[0] for ms in named for m in ms if m.source == "vaccine"}
    trials, attribution = find_trials(sentences, doc.id, others)
    same = named is mentions
    mentions = without_trial_names(sentences, mentions, trials)
    named = mentions if same else without_trial_names(sentences, named, trials)
    if trials and named is not mentions:
        mentions = named
    elif trials and not names_treatment(sentences, mentions):
        mentions = with_titled_intervention(sentences, mentions)
        if not names_treatment(sentences, mentions):
            mentions = with_allocated_intervention(sentences, mentions)
        if not names_treatment(sentences, mentions):      # (a procedure, a device, a programme)
            mentions = with_procedures(sentences, mentions)
        if not names_treatment(sentences, mentions):      # ("To determine whether zeta support improves ...")
            mentions = with_aimed_treatment(sentences, mentions)
        if not names_treatment(sentences, mentions):      # ("Zeta Teams (Zeta TEAM) is a primary care program")
            mentions = with_defined_program(sentences, mentions)
        if not names_treatment(sentences, mentions):      # ("Effect of zeta walking on ...", "a trial of zeta coaching")
            mentions = with_studied_treatment(sentences, mentions)
    elif not trials and not names_treatment(sentences, mentions):
        mentions = with_procedures(sentences, mentions)   # (a case series of a procedure: what the patients underwent)
    strategy = allocated_against_nothing(sentences, mentions) if trials and names_treatment(sentences, mentions) else None
    variants: list[str] = []
    if strategy:                        # ("patients on XY-123 were assigned to zeta therapy versus none": that therapy)
        mentions = named_as_allocated(sentences, mentions, strategy)
    elif trials:                        # ("randomized to CSZI (using XY-123) or MDZ": two defined treatments)
        mentions, strategy = with_allocated_short_forms(sentences, mentions)
        if not strategy:                # ("randomized to robotic or open zeta repair")
            mentions, variants = with_allocated_variants(sentences, mentions)
            strategy = variants[0] if variants else None
    if trials:                          # ("the efficacy of ZBSR with XY-123": a treatment weighed against a drug)
        mentions = with_compared_short_forms(sentences, mentions)
    mentions = with_defined_short_forms(sentences, mentions)    # ("zeta therapy (ZT)": ZT is that therapy anywhere)
    therapies = {}
    for ms in mentions:
        for m in ms:
            if m.kind in ("drug", "therapy"):
                therapies.setdefault(m.label, m)
    rivals = rival_labels(sentences, mentions)
    main = strategy or pick_main_therapy([opening_candidates(s, ms, rivals) for s, ms in zip(sentences[:3], mentions[:3])] + [
                                             [m for m in ms if m.label not in rivals] for ms in mentions[3:]])
    allocated = allocated_labels(sentences, mentions, rivals) if trials and not strategy else variants
    if allocated and main not in allocated:     # (a title's first drug may be what the trial measured, not gave)
        main = allocated[0]
    if main and main.lower().startswith("non-") and (without := therapies.get(main[4:])):
        main = without.label                    # ("non-zeta repair" against "zeta repair": the trial tests zeta repair)
    return Context(doc, sentences, mentions, trials, list(attribution.trial_of), therapies, main,
                   clauses=attribution.clauses, rivals=rivals, shared=attribution.shared, allocated=tuple(allocated),
                   parts=parts, unread=unread)


# a disease or phenotype the vocabularies name by one lower-case adjective ("allergic", "congenital"): it describes the
# noun after it ("allergic children") and is no condition, sign or harm of its own (corpora still annotate it)
ADJECTIVE_LABEL = re.compile(r"[a-z][a-z-]{3,30}(?:ic|al|ous|ive)")


def without_adjectives(mentions: list[list[Mention]]) -> tuple[list[list[Mention]], tuple]:
    """Each sentence's mentions less the diseases and phenotypes labelled by one adjective, and those, apart.

    >>> m = Mention("allergic", 0, 8, "disease", "allergic")
    >>> without_adjectives([[m]])
    ([[]], ((Mention(text='allergic', start=0, end=8, kind='disease', label='allergic', ids=(), source='', attrs=''),),))
    """
    kept, apart = [], []
    for ms in mentions:
        adjectives = tuple(m for m in ms if m.kind in ("disease", "phenotype") and ADJECTIVE_LABEL.fullmatch(m.label))
        kept.append([m for m in ms if m not in adjectives] if adjectives else ms)
        apart.append(adjectives)
    return kept, tuple(apart)


def products_joined(sentences: list[Sentence], mentions: list[list[Mention]]) -> tuple[list[list[Mention]], dict]:
    """Each sentence's mentions with a drug's salt made part of its name and two drugs written as one word made one
    product (:mod:`kg.extractors.combinations`), and the parts each such mention was made of, by its span: the mention
    layer gives the parts, as corpora annotate them ("zetapril-acmesartan": two chemicals)."""
    out, parts = [], {}
    vaccines = slashed_vaccines([s.text for s in sentences])
    for s, ms in zip(sentences, mentions):
        joined = joined_products(s.text, with_salts(s.text, ms, s.start), s.start)
        joined = with_slashed_vaccines(s.text, joined, s.start, vaccines) if vaccines else joined
        if joined is not ms:
            kept = {id(m) for m in ms}
            for m in joined:
                if id(m) not in kept:
                    parts[(m.start, m.end)] = tuple(x for x in ms if m.start <= x.start and x.end <= m.end)
        out.append(joined)
    return out, parts


# listed short forms that writers also use for what a result is worth ("ARR": an absolute risk reduction as well as
# an annualized relapse rate)
TWO_WAY_SHORT_FORMS = frozenset({"ARR"})
# words of a listed measure's name too common to tell which measure a short form stands for
COMMON_NAME_WORDS = frozenset("""rate rates score scale total change level index ratio assessment global clinical
    overall disease events event""".split())


def with_short_forms_of_the_text(measures: list[tuple[Mention, ...]], text: str) -> list[tuple[Mention, ...]]:
    """Each sentence's measures, less a listed measure named by a short form that writers use two ways
    (``TWO_WAY_SHORT_FORMS``) where the document writes none of the telling words of the measure's name: the letters
    stand for the other thing there ("RRR: 21.2%, ARR: 5.1%", an absolute risk reduction, in a text that never speaks
    of relapses).

    >>> from kg.text.measures import measures_each
    >>> [[m.label for m in ms] for ms in with_short_forms_of_the_text(measures_each(["ARR: 4.8%."]), "ARR: 4.8%.")]
    [[]]
    >>> text = "Relapses fell: ARR 0.12."
    >>> [[m.label for m in ms] for ms in with_short_forms_of_the_text(measures_each([text]), text)]
    [['annualized relapse rate']]
    """
    if not any(m.text in TWO_WAY_SHORT_FORMS for ms in measures for m in ms):
        return measures                 # (the common case: one pass, no lower-casing of the whole text)
    lowered = text.lower()

    def told(m: Mention) -> bool:
        if m.source != SOURCE or m.text not in TWO_WAY_SHORT_FORMS:
            return True
        words = [w for w in re.findall(r"[a-z]{5,}", m.label.lower()) if w not in COMMON_NAME_WORDS]
        return not words or any(w[:-1] in lowered for w in words)     # ("relapse" in "relapses", "relapsing")

    return [tuple(m for m in ms if told(m)) for ms in measures]


def without_trial_names(sentences: list[Sentence], mentions: list[list[Mention]], trials) -> list[list[Mention]]:
    """The mentions, less the code-shaped therapy names that the trial stage took as a trial's name and that the
    text itself calls a trial ("ZETA-311, the phase 3 trial evaluating X", "the ZETA study (AB3007)"); as they were
    when none is. (A drug's code the trial stage took for a name, "the VX-548 Phase 2 trial", stays a therapy.)

    >>> s = Sentence(0, 52, "ZETA-301, the phase 3 trial of XY-123, met its goal.", 0)
    >>> m = Mention("ZETA-301", 0, 8, "therapy", "ZETA-301", source="pattern")
    >>> without_trial_names([s], [[m]], [TrialRef("t1", name="ZETA-301")])
    [[]]
    """
    names = {t.name for t in trials if t.name}
    called = {m.text for s, ms in zip(sentences, mentions) for m in ms if m.source == "pattern" and m.text in names
              and (CALLED_TRIAL_AFTER.match(s.text, m.end - s.start) or
                   CALLED_TRIAL_BEFORE.search(s.text, max(0, m.start - s.start - 12), m.start - s.start))}
    # (nor a plain word's drug a trial's name writes in capitals: "the ZINC trial" is no trial of zinc)
    called |= {m.text for ms in mentions for m in ms if m.text in names and case_folded(m.text, m.label)}
    # (nor a code whose trial is said to test another therapy: "the ZX3005 18-week trial evaluating XY-123")
    called |= {m.text for s, ms in zip(sentences, mentions) for m in ms if m.source == "pattern" and m.text in names
               and (hit := TRIAL_OF_AFTER.match(s.text, m.end - s.start))
               and any(o.label != m.label and o.kind in ("drug", "therapy") and 0 <= o.start - s.start - hit.end() <= 60
                       for o in ms)}
    spelled = [spelled_spans(s.text, names, s.start) if "(" in s.text and names else [] for s in sentences]
    if not called and not any(spelled):
        return mentions
    # (nor a drug inside the words a trial's name stands for: "ZETA-1 (Zetacillin Trial in Adults)")
    return [[m for m in ms if not (m.text in called and (m.source == "pattern" or case_folded(m.text, m.label)))
             and not (m.kind in ("drug", "therapy") and any(a <= m.start < b for a, b in spans))]
            for ms, spans in zip(mentions, spelled)]


def spelled_spans(text: str, names: set[str], base: int) -> list[tuple[int, int]]:
    """Document offsets of the brackets right after a trial's name that hold the words the name stands for (their
    capitals spell the name's letters in order: "CERTA-1 (Cefazeta Rescue Trial in Adults)").

    >>> spelled_spans("The ZETRA-1 (Zetacillin Erythema Trial in Adults) met its goal.", {"ZETRA-1"}, 0)
    [(12, 49)]
    """
    out = []
    for name in names:
        at = text.find(name + " (")
        while at >= 0:
            start = at + len(name) + 1
            end = text.find(")", start)
            if 0 < end - start < 120 and spells(name, text[start + 1:end]):
                out.append((start, end + 1))
            at = text.find(name + " (", at + 1)
    return out


def spells(name: str, words: str) -> bool:
    """Do the capitals that open ``words`` spell letters of ``name`` in order, from its first?"""
    initials = [w[0] for w in words.split() if w[:1].isupper()]
    letters = iter(c for c in name.upper() if c.isalpha())
    return len(initials) >= 2 and initials[0] == name[:1].upper() and all(c in letters for c in initials)


# what calls the name before it a trial: "ZETA-301 |, the phase 3 pivotal trial", "ZETA-301 | (a Phase 3 study)"
# (a registry's id in brackets may stand between: "ZETA-12 (NCT01234567) | is an open-label phase 2 study")
CALLED_TRIAL_AFTER = rx.compile(r"(?:\s\([A-Za-z]{2,8}[\w.-]{4,20}\))?(?:,?\s(?:the|a|an)|\s(?:is|was)\s(?:a|an))\s(?:[\w-]{1,20}\s){0,4}"
                                r"(?:trial|study)\b|\s\((?:the|a|an)\s(?:[\w-]{1,20}\s){0,4}(?:trial|study)\)", re.I)
# a trial said to test a therapy named next: "the ZX3005 | 18-week clinical trial evaluating the efficacy of | XY-123"
TRIAL_OF_AFTER = rx.compile(r"\s(?:[\w-]{1,20}\s){0,3}(?:trial|study)\s(?:evaluating|investigating|testing|comparing|"
                            r"assessing|of)\s", re.I)
# what calls the name after it a trial: "the ZETA study (| AB3007)"
CALLED_TRIAL_BEFORE = rx.compile(r"\b(?:trial|study)\s\($", re.I)


# a long form in small letters that names a kind of treatment, whose short form names no trial: "topical corticosteroids
# (TCS)", "androgen deprivation therapy (ADT)", "standard of care (SOC)"
TREATMENT_LONG_FORM = re.compile(r"\b(?:therapy|therapies|treatments?|(?:cortico)?steroids|chemotherapy|inhibitors?|agents|"
                                 r"drugs|medications?|care|regimens?|injections?|infusions?)$")
# a long form that names a body or a meeting, whose short form names no trial
BODY_LONG_FORM = re.compile(rf"\b(?:{'|'.join(INSTITUTION_HEADS)}|Organi[sz]ation|Committee|Federation|Academy)\b"
                            rf"|\b{CONFERENCE_HEAD}\b", re.X)


YOUNG = 10_000           # objects made (net of those freed) before the collector's youngest generation is walked


# what makes a drug's name part of another term: a test with it ("a zetate (ZT) test"), a class of regimens built on
# it ("zetaplatin-based chemotherapy"), the unit other drugs' doses are counted in ("zetazine-equivalent dosage"), a
# material or a measure of it ("gold-coated", "the gold standard")
NOT_GIVEN_AFTER = rx.compile(rf"(?:{DIAGNOSTIC_AFTER.pattern}|-based\b|-free\b|[-\s]equivalents?\b)", re.I)


def names_treatment(sentences: list[Sentence], mentions: list[list[Mention]]) -> bool:
    """Whether any sentence names a drug or a therapy (not as part of a test or a class of regimens)."""
    return any(m.kind in ("drug", "therapy") and not NOT_GIVEN_AFTER.match(s.text, m.end - s.start)
               and not PART_OF_TERM_AFTER.match(s.text, m.end - s.start)
               for s, ms in zip(sentences, mentions) for m in ms)


@lru_cache(maxsize=1)
def pace_collector() -> None:
    """Let :data:`YOUNG` objects, not Python's default (700; 2,000 from 3.13), accumulate before the garbage
    collector's youngest generation is walked (once per process; a higher threshold set by the caller, or none, is
    kept).

    A document's analyses hold no reference cycles (see :func:`~kg.extractors.engine.make_view`): they are freed
    by reference counting when the next document's context replaces them. The collector's passes in the middle of
    a document found nothing to free but walked all the document had made so far (some 0.7 ms a document); the
    few cycles that do arise are collected after 10,000 objects, so memory stays bounded in a long batch.

    >>> pace_collector()
    >>> gc.get_threshold()[0] >= YOUNG or gc.get_threshold()[0] == 0
    True
    """
    young, *older = gc.get_threshold()
    if 0 < young < YOUNG:
        gc.set_threshold(YOUNG, *older)


def as_read(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """The sentences of ``text`` in their reading form (the same sentence when it has no typographic variant)."""
    forms = reading_forms(text, [(s.start, s.end) for s in sentences])
    return [s if form == s.text else Sentence(s.start, s.end, form, s.line) for s, form in zip(sentences, forms)]


# a product named only as the market a story's drug would join: "injections such as | Zenvia from Acme", "such as Zenvia
# from Acme and | Zetamab from Beta", "rival | ..."
RIVAL_BEFORE = re.compile(r"\b(?:such\sas|rivals?|rival\sdrugs?|competing|competitors?['’]?s?|compete\swith|competes\swith|"
                          r"market\sleaders?|blockbusters?)\b[^.;]{0,60}$", re.I)
RIVAL_AFTER = re.compile(r"\s(?:from|by|of)\s(?:[A-Z][\w&.-]{1,30}\s){0,2}[A-Z][\w&.-]{1,30}['’]?s?\b(?!\s(?:trial|study))")


# a company's possessive right before a product named in the market (or before its brand and the bracket that names
# it): "painkillers such as Beta's | Zenvia", "such as Beta's Zenvia (| zetatriptan)"
OWNED_BEFORE = re.compile(r"[A-Z][\w&.-]{1,30}['’]s\s(?:[A-Z][\w-]{1,30}\s\(\s?)?$")


def rival_labels(sentences: list[Sentence], mentions: list[list[Mention]]) -> frozenset[str]:
    """The therapies a document names only as rivals of its own or as what patients had before or beside the trial:
    each mention set in the market ("injections such as Zenvia from Acme"), in a patient's history ("had previously
    received XY", "XY-containing chemotherapy"), as what brought on the condition studied ("XY-induced sedation"), as
    their background treatment ("despite current XY") or as a diagnostic agent ("XY breath test") or as what an
    outcome counts ("post-operative XY consumption"), never as what a trial gave.

    >>> from kg.text.sentences import split_sentences
    >>> text = "T\\n\\nAcme's pill works. It beats injections such as Zenvia from Beta Bio."
    >>> ss = split_sentences(text, content_lines(text))
    >>> z = ss[2].start + ss[2].text.index("Zenvia")
    >>> sorted(rival_labels(ss, [[], [], [Mention("Zenvia", z, z + 6, "drug", "Zenvia")]]))
    ['Zenvia']
    >>> text = "T\\n\\nIt cut rescue painkillers such as Beta's Zenvia by 60%."
    >>> ss = split_sentences(text, content_lines(text))
    >>> z = ss[1].start + ss[1].text.index("Zenvia")
    >>> sorted(rival_labels(ss, [[], [Mention("Zenvia", z, z + 6, "drug", "Zenvia")]]))
    ['Zenvia']
    >>> text = "T\\n\\nAcme tested XY-123 in patients who had previously received Zenvia."
    >>> ss = split_sentences(text, content_lines(text))
    >>> z = ss[1].start + ss[1].text.index("Zenvia")
    >>> sorted(rival_labels(ss, [[], [Mention("Zenvia", z, z + 6, "drug", "Zenvia")]]))
    ['Zenvia']
    >>> text = "T\\n\\nWomen on stable Zenvia were given XY-123; cure was shown by the Zetamab breath test."
    >>> ss = split_sentences(text, content_lines(text))
    >>> z, b = (ss[1].start + ss[1].text.index(w) for w in ("Zenvia", "Zetamab"))
    >>> sorted(rival_labels(ss, [[], [Mention("Zenvia", z, z + 6, "drug", "Zenvia"),
    ...                              Mention("Zetamab", b, b + 7, "drug", "Zetamab")]]))
    ['Zenvia', 'Zetamab']
    >>> text = "T\\n\\nA nerve block cut post-operative Zenvia consumption."
    >>> ss = split_sentences(text, content_lines(text))
    >>> z = ss[1].start + ss[1].text.index("Zenvia")
    >>> sorted(rival_labels(ss, [[], [Mention("Zenvia", z, z + 6, "drug", "Zenvia")]]))
    ['Zenvia']
    """
    seen: dict[str, bool] = {}
    for s, ms in zip(sentences, mentions):
        for m in ms:
            if m.kind in ("drug", "therapy"):
                a, b = m.start - s.start, m.end - s.start
                rival = bool(RIVAL_BEFORE.search(s.text, max(0, a - 40), a)) and bool(
                    RIVAL_AFTER.match(s.text, b) or OWNED_BEFORE.search(s.text, max(0, a - 45), a))
                prior = bool(PRIOR_THERAPY_BEFORE.search(s.text, max(0, a - 60), a) or PRIOR_THERAPY_AFTER.match(s.text, b)
                             or BACKGROUND_THERAPY_BEFORE.search(s.text, max(0, a - 60), a) or DIAGNOSTIC_AFTER.match(s.text, b)
                             or MEASURED_AFTER.match(s.text, b) or INDUCER_AFTER.match(s.text, b)
                             or INDUCER_BEFORE.search(s.text, max(0, a - 50), a))
                seen[m.label] = seen.get(m.label, True) and (rival or prior)
    return frozenset(label for label, rival in seen.items() if rival)


def pick_main_therapy(mentions) -> str | None:
    """The therapy named first in the opening sentences, else the one named most often; a therapy the headline alone
    names gives way to one the document names again ("Another Drug Could Soon Join Zenvia" heads a story on XY-123).

    >>> pick_main_therapy([[Mention("Zenvia", 0, 6, "drug", "Zenvia")],
    ...                    [Mention("XY-123", 0, 6, "drug", "XY-123"), Mention("XY-123", 9, 15, "drug", "XY-123")]])
    'XY-123'
    >>> pick_main_therapy([[Mention("Zenvia", 0, 6, "drug", "Zenvia")], []])
    'Zenvia'
    """
    counts = Counter(m.label for ms in mentions for m in ms if m.kind in ("drug", "therapy"))
    opening = [(i, m.label) for i, ms in enumerate(mentions[:3]) for m in ms if m.kind in ("drug", "therapy")]
    if opening:
        first_at, first = opening[0]
        if first_at > 0 or counts[first] > 1:
            return first
        # named once, in the headline: the body's own therapy, one it names again first
        body = [label for _, label in opening if counts[label] > 1] + [label for i, label in opening if i > 0]
        return body[0] if body else first
    return counts.most_common(1)[0][0] if counts else None


# what a sentence sets its therapy against: "compared to | Zenvia", "better than Acme's | Zenvia", "than with | Zenvia",
# "versus long-term | Zenvia", "non-inferior to | Zenvia" (or calls the trial's comparator: COMPARATOR_NAMED_BEFORE,
# "superiority to its active comparator | Zenvia")
COMPARED_BEFORE = re.compile(r"\b(?:than|compared\s(?:to|with)|versus|vs\.?|against)\s(?:with\s)?(?:(?:the\s)?[A-Z][\w&-]{1,30}['’]s\s)?"
                             r"(?:(?:standard|usual|long-term|conventional|active|oral|current)\s)?$"
                             r"|\b(?:superior(?:ity)?\s(?:to|over)|non-?inferior(?:ity)?\sto)\s(?:the\s)?$", re.I)


# what a therapy every group gets is set before, the one the trial adds to it after: "XY-123 | with and without | AB-7"
# (AB-7 is what the trial tests)
WITH_AND_WITHOUT_AFTER = re.compile(r"(?:\s\d[\d.]*\s?[\w/]{1,8})?\s(?:with\s(?:and|or)\swithout|with/without|plus\sor\sminus)\s",
                                    re.I)
# between the therapies every group gets: "AB-7|, |CD-9| and |EF-1 with or without XY-123"
LIST_JOIN = re.compile(r"(?<!\s)(?:\s*+,\s*+(?:and\s++)?|\s++and\s++)")


def added_to(text: str, spans: list[tuple[int, int]], k: int) -> list[int]:
    """The indices of the therapies (``spans`` in ``text``, in order) listed right before the ``k``-th that it is added
    to or not ("AB-7, CD-9 and EF-1 with/without | XY-123"): what every group gets, nearest first.

    >>> t = "a trial of AB-7, CD-9 and EF-1 with/without XY-123 in adults"
    >>> added_to(t, [(t.index(x), t.index(x) + len(x)) for x in ("AB-7", "CD-9", "EF-1", "XY-123")], 3)
    [2, 1, 0]
    """
    out: list[int] = []
    if k and WITH_AND_WITHOUT_AFTER.fullmatch(text, spans[k - 1][1], spans[k][0]):
        out.append(k - 1)
        while out[-1] and LIST_JOIN.fullmatch(text, spans[out[-1] - 1][1], spans[out[-1]][0]):
            out.append(out[-1] - 1)
    return out


def given_to_all(s: Sentence, ms: list[Mention]) -> frozenset[int]:
    """The indices of the sentence's therapies that another is added to or not (:func:`added_to`)."""
    if "with" not in s.text and "minus" not in s.text:
        return frozenset()
    spans = [(m.start - s.start, m.end - s.start) for m in ms]
    return frozenset(j for k in range(1, len(ms)) for j in added_to(s.text, spans, k))


def opening_candidates(s: Sentence, ms: list[Mention], rivals: frozenset[str]) -> list[Mention]:
    """The therapies of an opening sentence that may be the document's main one: not a rival, not one the sentence
    compares against, nor one every group gets ("AB-7 with or without | XY-123": XY-123 is what the trial tests)."""
    every = given_to_all(s, ms)
    return [m for k, m in enumerate(ms) if m.label not in rivals and not compared_against(s, m)
            and not WITH_AND_WITHOUT_AFTER.match(s.text, m.end - s.start) and k not in every]


def allocated_labels(sentences: list[Sentence], mentions: list[list[Mention]], rivals=frozenset()) -> list[str]:
    """The therapies of the first sentence after the title that allocates patients to groups at random (or in a ratio)
    and names one after its allocation ("were randomized to XY-123 or placebo"), up to where the clause turns to what all got ("before
    induction with Zenvia") or to what one group's choice holds ("..., which could be Zenvia"); never a rival, a
    control ("a Zenvia-controlled trial") or one the sentence compares against. (The design's adjective,
    "a randomized, double-blind trial of XY-123", allocates no one.)

    >>> text = "T\\n\\nAdults were randomized to receive XY-123 or placebo before Zenvia."
    >>> ss = split_sentences(text, content_lines(text))
    >>> x, z = (ss[1].start + ss[1].text.index(w) for w in ("XY-123", "Zenvia"))
    >>> allocated_labels(ss, [[], [Mention("XY-123", x, x + 6, "drug", "XY-123"), Mention("Zenvia", z, z + 6, "drug", "Zenvia")]])
    ['XY-123']
    >>> text = "T\\n\\nWe randomly assigned 80 adults with gout in a 3:1 ratio to receive XY-123 or Zenvia (standard care)."
    >>> ss = split_sentences(text, content_lines(text))
    >>> x, z = (ss[1].start + ss[1].text.index(w) for w in ("XY-123", "Zenvia"))
    >>> allocated_labels(ss, [[], [Mention("XY-123", x, x + 6, "drug", "XY-123"), Mention("Zenvia", z, z + 6, "drug", "Zenvia")]])
    ['XY-123']
    """
    for s, ms in zip(sentences[1:], mentions[1:]):       # (a title is read by pick_main_therapy)
        drugs = [m for m in ms if m.kind in ("drug", "therapy") and m.label not in rivals and not compared_against(s, m)
                 and not CONTROL_AFTER.match(s.text, m.end - s.start)]
        to = next((t for h in ALLOCATION.finditer(s.text) if (t := ALLOCATED_TO.match(s.text, h.end()))), None) \
            if drugs else None
        if to is None or not (AT_RANDOM.search(s.text) or to.group("ratio") or to.group("ratio_in")):
            continue                    # (assigned, not at random: "adults with high counts were assigned to Zenvia")
        stop = ALL_GOT.search(s.text, to.start("to"))
        end = stop.start() if stop else len(s.text)
        found = [m.label for m in drugs if to.start("to") <= m.start - s.start < end]
        if found:
            return found
    return []


def compared_against(s: Sentence, m: Mention) -> bool:
    """Is mention ``m`` what sentence ``s`` compares its therapy with ("superior to results with Zenvia", "compared to
    Acme's Zenvia")? An opening sentence's comparator is not the document's own therapy."""
    at = m.start - s.start
    return (COMPARED_BEFORE.search(s.text, max(0, at - 50), at) is not None
            or COMPARATOR_NAMED_BEFORE.search(s.text, max(0, at - 40), at) is not None)



def harm_named(ctx: Context, i: int, m: Mention) -> bool:
    """Is mention ``m`` a harm a sentence lists ("the most common side effects were headache and dizziness",
    "Gastroenteritis was the most common adverse event")?"""
    s = ctx.sentences[i]
    harm = AE_CUE.search(s.text)
    return harm is not None and (0 <= harm.start() - (m.end - s.start) <= 50 or 0 <= m.start - s.start - harm.end() <= 80)


def negated(ctx: Context, i: int, m: Mention) -> bool:
    """Is mention ``m`` of sentence ``i`` said to be absent ("without X", "no X", "did not ... X")?"""
    s = ctx.sentences[i]
    return NEGATED_BEFORE.search(s.text, max(0, m.start - s.start - 30), m.start - s.start) is not None
