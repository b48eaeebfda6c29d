"""Phase, design, conditions, interventions, comparators, countries, status and title of trials (sponsors and
sites: organizations.py).

Each clause's facts go to the trial that clause speaks of (:mod:`kg.trials`): in "ZETA-7 is a Phase 3
study that followed the Phase 2 ZETA-6 trial", the second phase is ZETA-6's.

>>> from kg.documents import parse_document
>>> doc = parse_document("Headline\\n\\nA randomized, double-blind Phase II/III trial (NCT01234567) tested XY-123.", source="t.txt")
>>> sorted((f.predicate, f.object_text) for f in TrialDesignExtractor().extract(doc))
[('design', 'double-blind'), ('design', 'randomized'), ('intervention', 'XY-123'), ('phase', '2/3')]
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import groupby

import ahocorasick

from kg.extractors.context import added_to, compared_against, entity_of, harm_named, negated
from kg.extractors.engine import Example, Hit, Rule, RuleExtractor, T
from kg.extractors.mention_spans import NEVER_STUDIED
from kg.extractors.therapy_names import therapy_index, therapy_labels
from kg.extractors.unnamed_products import NOT_ALLOCATED
from kg.trials.mentions import normalise_phase
from kg.trials.patterns import FIRST_COUNTED, ORDINALS, PHASE
from kg.extractors.util import TRIAL_WORD, document_name, fact, part_search, unhedged
from kg.text.allocation import partner
from kg.text.arm_parts import Name
from kg.lexicon import load_lexicon
from kg.model import Entity, Mention
from kg.text import prefilter as rx
from kg.text.conditions import qualified_span
from kg.text.cues import (ASSIGNED, CROSSOVER, MULTI_SITE, OPEN_STUDY, PLACEBO_WORDS, PUBLICATION_CUE, LISTED_BEFORE, NOT_POPULATION_SENTENCE, RANDOM_ALLOCATION,
                          RUNS_AS_TRIAL, SHARE_AFTER, SHARE_BEFORE, STANDARD_COMPARATOR,
                          COMPARATOR_NAMED_BEFORE, HAS_VERSUS, TESTED_AGAINST_BEFORE, VERSUS_BETWEEN)
from kg.text.cues import (AE_CUE, APPROVAL_WORD, CHANGE_NAMED, CHANGED_BEFORE, COMPANY_FIELD_BEFORE, CONFERENCE_HEAD,
                          EXCLUDED_AFTER, EXCLUDED_BEFORE, PEOPLE, PRIOR_TREATMENT_BEFORE, RESULT_VERB, STUDIED_IN_BEFORE)
from kg.text.measure_list import is_short_form

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

# (or a trial's phase by its ordinal, as news writes it: "the vaccine's third phase of trials")
STAGE = rx.compile(r"(?=[fmlst])\b(?:(mid|late)[- ]stage\s+(?:clinical\s+)?(?:trial|study)"
                   r"|(first|second|third)\s+phase\s+of\s+(?:its\s+|the\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:clinical\s+)?trials?)\b",
                   re.I)
STAGES = {"mid": "2", "late": "3", "first": "1", "second": "2", "third": "3"}
DESIGNS = {
    # (eye and skin trials mask rather than blind, and control with the vehicle: the placebo of a cream or drops)
    "open-label": r"open[- ]label", "double-blind": r"double[- ](?:blind(?:ed)?|mask(?:ed)?)",
    "single-blind": r"single[- ](?:blind(?:ed)?|mask(?:ed)?)",
    "placebo-controlled": r"(?:placebo|vehicle)[- ]controlled", "sham-controlled": r"sham[- ]controlled",
    "randomized": r"randomi[sz]ed|randomly (?:assigned|allocated)|randomi[sz]ation",
    "single-arm": r"single[- ]arm|single group assignment|single[- ]group(?=,?\s[^.;]{0,60}?\b(?:trial|study)\b)", "parallel-group": r"parallel[- ]group|parallel assignment|(?<=,\s)parallel(?=,\s)",
    "crossover": r"cross[- ]?over", "dose-escalation": r"dose[- ]escalat(?:ion|ing)",
    # (a trial run across countries runs at several sites: "a global Phase 3 study")
    "multicenter": r"multi-?cent(?:er|re|ric)|multi-?site|(?:global|multinational)(?=\s(?:[Pp]hase\s\w{1,3}\s)?(?:trial|study)\b)",
    "single-center": r"single[- ]cent(?:er|re)|single[- ]site"
                     # (or run where one place is named: "took place at a single Zetland clinic")
                     r"|(?<=\s)(?:at|in)\sa\ssingle\s(?:[A-Za-z-]{2,20}\s)?(?:hospital|cent(?:er|re)|institution|clinic)\b"
                     # (or a kind of hospital with "a", as the setting: "Setting: a referral hospital of Zetland", "at a
                     # teaching hospital")
                     # (a line of its own after the heading: "A district hospital, Zetland.")
                     r"|(?:^\s*setting\s*:?\s+(?:[\w-]+\s+){0,5}?|(?<=\s)(?:at|in)\s|^\s*(?=[^.;]{0,90}\.?\s*$))an?\s(?:tertiary"
                     r"|teaching|university|academic|district|general|community|regional|referral)(?:\s(?:care|referral|teaching"
                     r"|university|general|paediatric|pediatric|medical))?\s(?:hospital|(?:medical\s)?cent(?:er|re)|clinic)\b",
    "platform": r"platform (?=trial|study)", "adaptive": r"adaptive (?=(?:platform )?(?:trial|study|design))",
    # (the design's other words between: "a pragmatic, open-label, parallel randomized trial")
    "pragmatic": r"pragmatic(?=,?\s(?:(?!(?:in|of|to|for|the|an?|was|is|with|by|and|on)\s)[\w-]{1,20},?\s){0,6}?(?:trial|study)\b)", "extension": r"extension (?=study|trial|phase)",
}
# (not a design the text denies: "a non-randomized cohort study", "was not blinded")
NOT_DESIGN = r"(?<!non-)(?<!non)(?<!not\s)"
DESIGN = {k: rx.compile(rf"{NOT_DESIGN}\b(?:{v})", re.I) for k, v in DESIGNS.items()}
# the same designs written out: "randomly divided into two groups", "in random order", "in an open study",
# "a within-patient comparison"
# (and "RCT", which abbreviates randomised controlled trial, said of one trial: "an RCT of 200 adults", a summary's
# design line "RCT")
RCT = rx.compile(r"(?=[R])(?<!non-)\bRCT\b(?!s)")
DESIGN.update({"randomized": rx.compile(rf"{NOT_DESIGN}\brandomi[sz]ed|{RANDOM_ALLOCATION.pattern}|{RCT.pattern}", re.I | re.X),
               "open-label": rx.compile(rf"\b(?:{DESIGNS['open-label']})|{OPEN_STUDY.pattern}", re.I),
               "crossover": CROSSOVER})
# (with the places MULTI_SITE counts: "recruiting at 176 hospitals" is a multicentre trial)
DESIGN_CUE = rx.compile(r"(?=[abceghilmoprsw])(?:label|blind|mask|controlled|randomi|random|arm|group|cross|escalat|cent|site|platform|adaptive|global|multinational|"
                        r"pragmatic|extension|parallel|open|within|hospital|clinic|institution|countr|RCT)", re.I)
# a field of a registry record ("Masking: Double-blind", "Allocation: Randomized", "Locations: 12 sites, Japan") or
# a structured abstract's heading for where the trial ran ("Setting: 14 hospitals in Zetland")
RECORD_FIELD = rx.compile(r"^\s*(?:allocation|masking|intervention\s+model|study\s+(?:type|design)|design|locations?|setting|"
                          r"countries|phase|(?:overall\s+|recruitment\s+)?status|official\s+title|conditions?)\s*:", re.I)
SETTING_HEADING = re.compile(r"(?:settings?|setting\s++and\s++participants)\s*+:?", re.I)
STATUS_FIELD = rx.compile(r"^\s*(?:overall\s+|recruitment\s+)?status\s*:\s*(?P<s>not yet recruiting|recruiting|active, not recruiting|"
                          r"active|completed|terminated|suspended|withdrawn|enrolling by invitation)\b", re.I)
STATUSES = {"active, not recruiting": "active", "enrolling by invitation": "recruiting"}
TITLE_FIELD = rx.compile(r"^\s*official\s+title\s*:\s*(?P<t>\S.{10,300}?)\s*$", re.I)
# a country named as a market, a seat or an owner, not as a place where the trial runs
NOT_TRIAL_PLACE = rx.compile(r"^[’']?s?\s*(?:approval|approved|regulators?|market|FDA|patent|company|firm|subsidiary|government|"
                             r"society|association|college|academy|heart\s+association|"
                             r"pharmacies|sales|launch|price|-?based|(?:bio)?pharma\w*|biotech\w*|drug\s*makers?|giant|"
                             r"health\s+(?:authorit|regulator)\w*|stock|shares|investors)", re.I)
# (and a country the company's name or the text sets apart: "known as Acme outside of the United States and | Canada")
NOT_TRIAL_PLACE_BEFORE = rx.compile(r"""(?=[abfhlmos®™])(?:\b(?:(?:based|headquartered|sold|marketed|launched|available|approved|listed
    |submissions?|filings?|applications?|approvals?|launch(?:es)?)\s+(?:in|to)\s+(?:the\s+)?(?:\w+\s+)?
    |outside\s+(?:of\s+)?(?:(?!(?:in|at|across|from|with)\b)[\w.]+(?:\s+|,\s*)){0,4})
    # (or where a brand is sold under that name: "Zetavo® in the U.S., Zetaza™ in Canada")
    |[®™]\s+in\s+(?:the\s+)?)$""", re.I | re.X)
US = rx.compile(r"(?=[U])(?<![\w.])(?:US|U\.S\.)(?![\w-]|\.\w)")
# the words before a trial's condition: "patients with", "adults who have", "for the treatment of", "to treat"
CONDITION_BEFORE = rx.compile(r"""(?=[abcfimnpstvw])(?:
      \b(?:patients|adults|people|persons|children|participants|individuals|men|women|infants|adolescents|subjects|those|
         volunteers|teenagers|babies|newborns)\b[^.;:()]{0,40}?\b(?:with|who\s+(?:have|had)|diagnosed\s+with|living\s+with|
         suffering\s+from|at\s+risk\s+of)
    | \bwho\s+(?:\w+\s+){0,2}(?:have|had|has)
    | \b(?:for\s+(?:the\s+)?treatment\s+of|to\s+treat|treating|treatment\s+of|for\s+people\s+with|indicated\s+for|
         studied\s+in|conditions?\s*:)
    # (or the name the writer gives the patients' condition: "their condition, called X", "a disease known as X")
    | \b(?:their|the|a|an)\s+(?:(?:rare|genetic|inherited|fatal|progressive)\s+){0,2}(?:condition|disease|disorder),?\s+
         (?:called|known\s+as|named)
    )\s+(?:[\w'’/-]+,?\s+){0,8}$""", re.I | re.X)     # (the words between may hold "and/or")
# a disease named as what another causes ("dementia due to X") or as what patients do not have ("without X")
NOT_CONDITION_AFTER = rx.compile(r"[^.;:]{0,40}?\b(?:due\s+to|caused\s+by|secondary\s+to|stage\s+of)\b", re.I)
# what causes or follows the condition ("triggered by acute zeta trauma", "is associated with chronic zetatoxicity"),
# or a manual's title ("... Manual of Zeta Disorders"): the words before a disease that is not the trial's
CAUSE_BEFORE = rx.compile(r"\b(?:(?:triggered|caused|induced|precipitated)\s+by|associated\s+with|Manual\s+of)"
                          r"\s+(?:[\w-]+\s+){0,2}$", re.I)
NOT_CONDITION_BEFORE = rx.compile(r"(?=[efnw])\b(?:without|no|not|non|excluding|except|free\s+of)\b[^,;:]{0,30}$"
                                  # (a kind the condition named before is said to be: "X, which is a debilitating |
                                  # neurological disease where ...")
                                  r"|\b(?:which|that)\s+(?:is|are)\s+(?:an?\s+)?(?:[\w-]{1,25}\s+){0,3}$"
                                  rf"|{CAUSE_BEFORE.pattern}", re.I)
CONDITION_AFTER = rx.compile(r"^\s+(?:patients|participants|adults|children|population)\b", re.I)
# the word that brings in the people a disease names after an outcome's word: "endpoint | in | a population of X patients"
POPULATION_IN = re.compile(r"\s(?:in|among)\s")
# a clause about outcomes or harms: a disease named there is an event counted, not the trial's condition
EVENT_CLAUSE = rx.compile(r"(?=[adehiors])\b(?:adverse|side effects?|endpoints?|end points?|outcomes?|risk|occurred|incidence|rates?\s+of|"
                          r"events?|deaths?|died|hospitali[sz]ation|reported|safety)\b", re.I)


# a design word said of a phase before the treatment, not of the trial: "a 2-week, single-blind | placebo washout"
PHASE_AFTER = rx.compile(r"(?:\s[\w-]{1,20}){0,2}?\s(?:wash-?out|run-in|lead-in)\b", re.I)


def trial_at(view, offset: int) -> Entity | None:
    """The trial the clause of the view's sentence holding a sentence offset speaks of."""
    return view.ctx.trial_entity_at(view.index, view.start + offset)


# the study an extension followed, named with its design: "the open-label extension of the | randomized,
# double-blind ZETA-2 | trial"
PARENT_OF_EXTENSION = rx.compile(r"(?P<ext>\bextension)(?:\s\([A-Z]{2,5}\))?(?:\s(?:study|phase|period))?\sof\s(?:the|a|an|its)\s"
                                 r"(?P<words>[^.;()]{1,120}?)\s(?:[Pp]hase\s\w+\s)?(?:study|trial)\b", re.I)


# the study patients had finished before an extension: "who completed the | 18-week double-blind | study", "as in
# the | double-blind | study", "| originally randomized | to placebo"
COMPLETED_STUDY = rx.compile(r"""\b(?:complet(?:ed|ing)|similar\sto|as\sin|than\sin|during)\s(?:the|a|an|their)\s(?P<words>[^.;()]{1,80}?)
    \s(?:study|trial|period|phase)\b|(?P<orig>\b(?:originally|initially|previously)\s(?:randomi[sz]ed|assigned)(?:\sto\s[\w-]+)?)""", re.I | re.X)


def parent_words(text: str, extension: bool = True) -> list[tuple[int, int]]:
    """Spans of the words that describe the study an extension followed ("an extension of the randomized, double-blind
    study", and in a document about an extension ``extension``, "patients who completed the double-blind study"): its
    design, not the extension's.

    >>> t = "Those who completed the double-blind study entered an open-label extension of the randomized study."
    >>> [t[a:b] for a, b in parent_words(t)]
    ['double-blind', 'randomized']
    """
    patterns = (COMPLETED_STUDY, PARENT_OF_EXTENSION) if extension else (PARENT_OF_EXTENSION,)
    if not extension and "xtension" not in text:
        return []
    return [m.span("orig") if m.re is COMPLETED_STUDY.regex and m.group("orig") else (m.start("words"), m.end("words"))
            for pattern in patterns for m in pattern.finditer(text)]


# a document about an extension study, whose "completed the ... study" is the study before it
EXTENSION_DOC = rx.compile(r"\bextension\b|\bOLE\b", re.I)


def about_extension(ctx) -> bool:
    return ctx.cached(("about an extension",), lambda: EXTENSION_DOC.search(ctx.doc.text) is not None)


def read_design(view):
    """Design words of a sentence about a trial (or of a registry record's field), each for its clause's trial."""
    if not (TRIAL_WORD.search(view.text) or RECORD_FIELD.match(view.text) or RANDOM_ALLOCATION.search(view.text)
            or OPEN_STUDY.search(view.text) or RUNS_AS_TRIAL.search(view.text) or RCT.search(view.text)
            or (view.index and SETTING_HEADING.fullmatch(view.ctx.sentences[view.index - 1].text.strip()))):
        return                                          # (a structured abstract's "Setting" heading on a line of its
        #                                                 own says the line after it is where the trial ran)
    parent = PARENT_OF_EXTENSION.search(view.text)      # "the open-label extension of the randomized, ... trial"
    earlier = parent_words(view.text, about_extension(view.ctx))
    for label, pattern in DESIGN.items():
        for m in pattern.finditer(view.text):
            if any(a <= m.start() < b for a, b in earlier) or PHASE_AFTER.match(view.text, m.end()):
                continue                                # the design of the study the extension followed, or of a phase
                #                                         before the treatment: "a single-blind placebo run-in"
            if label == "open-label" and (OTHER_STUDIES_BEFORE.search(view.text, max(0, m.start() - 20), m.start())
                                          or open_rescue(view, m.end())):
                continue                                # "other open-label studies of XY-123"; a blinded trial's
                #                                         "open-label XY-123" given after it, as rescue
            yield Hit(trial_at(view, m.start()), label, m.start(), m.end())
    if parent:
        yield Hit(trial_at(view, parent.start()), "extension", parent.start(), parent.end("ext"))
    for m in MULTI_SITE.finditer(view.text):               # "at 386 centres", "in 21 countries"
        yield Hit(trial_at(view, m.start()), "multicenter", m.start(), m.end())


# the words before a design that make it other studies' ("in other open-label studies of XY-123")
OTHER_STUDIES_BEFORE = re.compile(r"\b(?:other|previous|earlier|prior)\s(?:[\w-]{1,20}\s)?$", re.I)


def open_rescue(view, end: int) -> bool:
    """Is the "open-label" ending at ``end`` said of a therapy named right after it ("could switch to open-label XY-123
    at week 2"), in a document that calls its trial double-blind: the drug given openly after the blinded part?"""
    if not any(view.span(t)[0] - end in (1, 2) for t in view.of_kind("drug", "therapy")):
        return False
    return view.ctx.cached(("double-blind document",),
                           lambda: any(DESIGN["double-blind"].search(t) for t in view.ctx.masked))


# a control group counted: "N=41 placebo (matched placebo)", a summary's line; "placebo (n = 41)"
SIZED_CONTROL = rx.compile(r"\b[Nn]\s?=\s?\d[\d,]*\s+(?:matching\s+)?(?:placebo|vehicle|sham)\b"
                           r"|\b(?:placebo|vehicle|sham)(?:\s+(?:group|arm|cohort))?\s?\(\s?[nN]\s?=\s?\d")


def read_placebo_control(view):
    """Groups given a drug or placebo make a placebo-controlled trial ("randomised 1:1 to XY-123 or placebo"), as does a
    placebo group counted ("N=41 placebo"); groups given a drug or a sham, a sham-controlled one ("compares XY-123 with
    sham surgery")."""
    if not (ASSIGNED.search(view.text) or SIZED_CONTROL.search(view.text)):
        return
    earlier = parent_words(view.text, about_extension(view.ctx))
    for m in standard_comparators(view):
        if m.group(1).lower() in ("placebo", "sham") and not any(a <= m.start() < b for a, b in earlier):
            yield Hit(trial_at(view, m.start()), f"{m.group(1).lower()}-controlled", m.start(), m.end())


def standard_comparators(view) -> list:
    """The matches of STANDARD_COMPARATOR in the view's text, found once per document and text (two rules read them)."""
    return view.ctx.cached(("standard comparators", view.text), lambda: list(STANDARD_COMPARATOR.finditer(view.text)))


def read_title_design(view):
    """A publication's quoted title states its trial's design ("A randomized, double-blind trial of ...")."""
    if view.text == view.ctx.masked[view.index]:
        return
    yield from read_design(view)


# a control the trial lacked: "without an adequate | placebo control", "no | sham arm", "lacking a | control group"
NO_CONTROL_BEFORE = rx.compile(r"(?=[lnw])\b(?:without|no|lack(?:ed|ing|s)?(?:\s+of)?)\s+(?:(?:an?|any)\s+)?"
                               r"(?:(?:adequate|proper|appropriate|concurrent|true)\s+)?$", re.I)


# care that every arm got beside its own treatment, not a control: "XY-123 or placebo, each in addition to | usual
# care", "... on top of their | standard care"
ON_TOP_OF_BEFORE = rx.compile(r"(?=[oai])\b(?:on\s+top\s+of|in\s+addition\s+to|added\s+to|on\s+a\s+background\s+of)"
                              r"\s+(?:(?:the|their|his|her)\s+)?$", re.I)
# care those studied were receiving, where the sentence names placebo as the control: "XY-123 vs placebo in adults
# with X | receiving | standard-of-care treatment" (background care, not a second control)
RECEIVING_BEFORE = rx.compile(r"(?=[ort])\b(?:receiving|on|taking|treated\s+with)\s+(?:(?:their|stable|background)\s+)?$", re.I)
# a drug described as the standard, not a group given it: "AB-7 (abzomab), | the usual | standard of care | therapy for X"
DESCRIBED_BEFORE = rx.compile(r"(?<!\s),\s(?:an?|the)\s(?:[\w-]{1,20}\s){0,2}$", re.I)
DESCRIBED_AFTER = rx.compile(r"(?<!\s)[\s-](?:treatment|therapy|drug|option|medication|medicine)\b", re.I)


def read_comparator(view):
    """What the control group gets, named by its standard ("placebo", "best supportive care")."""
    if not (TRIAL_WORD.search(view.text) or ASSIGNED.search(view.text) or RECORD_FIELD.match(view.text)
            or SIZED_CONTROL.search(view.text)):
        return
    earlier = parent_words(view.text, about_extension(view.ctx))
    found = standard_comparators(view)
    vehicles = [m for m in found if m.group(1).lower() == "vehicle"]
    for m in found:
        if m.group(1).lower() == "placebo" and any(-3 <= v.start() - m.end() <= 3 or -3 <= m.start() - v.end() <= 3
                                                   for v in vehicles):
            continue                     # "the vehicle (placebo) arm", "a placebo vehicle control": one control
        beside = m.group(1).lower() != "placebo" and (
            ON_TOP_OF_BEFORE.search(view.text, max(0, m.start() - 40), m.start())
            or (RECEIVING_BEFORE.search(view.text, max(0, m.start() - 30), m.start())
                and any(p.group(1).lower() == "placebo" for p in found)))
        if NO_CONTROL_BEFORE.search(view.text, max(0, m.start() - 40), m.start()) or any(a <= m.start() < b for a, b in earlier) \
                or beside:
            continue                     # "a study of 9 patients without an adequate placebo control": none; the
            #                              control of the study an extension followed: not the extension's; care given
            #                              beside each arm's treatment: no control
        if DESCRIBED_BEFORE.search(view.text, max(0, m.start() - 40), m.start()) and DESCRIBED_AFTER.match(view.text, m.end()):
            continue                     # "AB-7, the usual standard of care therapy": what AB-7 is
        label = " ".join(m.group(1).lower().replace("’", "'").split())
        yield Hit(trial_at(view, m.start()), Entity("Comparator", label), m.start(), m.end())


# what a control group is given, where the text calls the group control: "Control patients received | standard zeta
# unit care", "the control group was offered | printed zeta advice" (the name up to a preposition or a mark)
_CONTROL_NAME = (r"(?P<x>[a-z][\w-]*+(?:\s(?!(?:and|or|to|with|for|in|by|from|at|on|of|plus|during|after|before|until"
                 r"|while|along)\b)[A-Za-z][\w-]*+){0,4})")
CONTROL_GIVEN = rx.compile(rf"""(?=[Cc])\b[Cc]ontrol\s+(?:patients|participants|subjects|group|arm|practices|clusters
    |sites|villages|schools|children|women|men)\s+(?:(?:only|instead|all)\s+)?(?:received|got|were\s+given|was\s+given
    |were\s+offered|was\s+offered|underwent|continued(?:\s+with)?)\s+(?:only\s+)?(?:an?\s+|the\s+|their\s+)?
    {_CONTROL_NAME}""", re.X)
# an allocated option the text labels as the control in a bracket: "to either A (intervention) or | printed zeta
# advice | by post (control)" (the name after the choice's word, up to a preposition)
CONTROL_LABELLED = rx.compile(rf"""(?=[otevOT])\b(?:or|either|to|versus|vs\.?)\s+(?:to\s+)?
    (?:receive\s+|provide\s+|continue\s+)?(?:an?\s+|the\s+)?{_CONTROL_NAME}
    # (its description, up to the bracket, not past another option: "... by guidelines | (control)")
    (?:\s(?:(?!\b(?:or|either|versus|vs\.?)\s)[^();.]){{0,100}}?)?
    \s\((?:the\s)?control(?:\s(?:group|arm))?(?:[,;]\s?(?:[nN]\s?=\s?)?\d{{1,6}}(?:\s[a-z]{{3,12}})?)?\)""", re.X)


def read_named_control(view):
    """What the group a text calls the control was given ("Control patients received standard zeta unit care",
    "... or printed zeta advice (control)"): the trial's comparator."""
    for pattern in (CONTROL_GIVEN, CONTROL_LABELLED):
        for m in pattern.finditer(view.text):
            label = m.group("x")
            if label.split()[0] not in NOT_A_CONTROL_NAME and not set(label.lower().split()) <= NOT_ALLOCATED:
                # (only a generic word for a treatment: "were offered | the drug")
                yield Hit(trial_at(view, m.start("x")), Entity("Comparator", label), m.start("x"), m.end("x"))


# words that open no control's name ("Control patients received | the same ...", "| no ...")
NOT_A_CONTROL_NAME = frozenset("same similar identical matching no nothing none".split())


# a phase the trial moved on from: "a masked switch | from | phase 2 | to phase 2/3"
PHASE_LEFT = re.compile(r"\bfrom\s$", re.I)
# the authors speaking of their own trial ("In this phase 3 trial, we ..."), not of one done before
FIRST_PERSON = re.compile(r"\b(?:we|We|our|Our)\b")
EARLIER = re.compile(r"\b(?:previous(?:ly)?|prior|earlier|before|recently|past)\b", re.I)
PHASE_NEXT = re.compile(r"\sto\s(?:a\s)?phase\b", re.I)


def read_country(view):
    """Countries of a sentence about a trial, unless named as a market, a seat, an owner or inside a name."""
    text = view.text
    # most sentences name no country: that test is cheaper than the trial words' (either one alone ends it)
    if "US" not in text and "U.S." not in text and view.index not in country_sentences(view.ctx):
        return
    if not (TRIAL_WORD.search(text) or RECORD_FIELD.match(text)) or VENUE.search(text):
        return                           # (a meeting's place: "presented at the Zeta Congress, in Lyon, France")
    for c in view.of_kind("country"):
        a, b = view.span(c)
        if trial_place(text, a, b):
            yield Hit(trial_at(view, a), entity_of(c, "Country"), a, b)
    for m in US.finditer(text):
        if trial_place(text, m.start(), m.end()) and not any(view.span(c)[0] <= m.start() < view.span(c)[1]
                                                             for c in view.of_kind("country")):
            found = us_country()
            if found:
                yield Hit(trial_at(view, m.start()), Entity("Country", found.label, ids=found.ids), m.start(), m.end())


def us_country():
    """The lexicon's entry for the United States as "U.S." names it (the country names leave the short form out)."""
    found = load_lexicon().lookup("U.S.", ("country",))
    return found[0] if found else None


COUNTRY_SENTENCES = ("trial_design", "country sentences")


def country_sentences(ctx) -> frozenset[int]:
    """The sentences that mention a country, found in one pass over the document's mentions (asking each sentence
    for its country mentions made a list per sentence, nearly all empty)."""
    found = ctx.kinds.get(COUNTRY_SENTENCES)
    if found is None:
        found = ctx.kinds[COUNTRY_SENTENCES] = frozenset(i for i, ms in enumerate(ctx.mentions)
                                                         if any(m.kind == "country" for m in ms))
    return found


# a meeting the sentence names, whose place its countries are
VENUE = re.compile(rf"\b{CONFERENCE_HEAD}\b", re.X)


# a dateline's city in capitals before its country, at the sentence's start: "AARHUS, | Denmark, May 2 --"; an
# institution's town before its country: "from the University of Zeta in | Belgium" (the company's or the author's seat)
DATELINE_CITY = re.compile(r"(?:^|[\s&])[A-Z][A-Z.'-]{2,20}(?:\s[A-Z][A-Z.'-]{1,20}){0,2},\s$")
DATELINE_WORD = re.compile(r"[A-Z][A-Z.'-]*,?|[A-Z][a-z]{1,6}\.,?|and|&|--?|–")
INSTITUTION_TOWN = re.compile(r"\b(?:University|Institute|Hospital|Cent(?:er|re)|College|School|Clinic)\sof\s"
                              r"(?:[A-Z][\w'-]{1,25}\s){1,3}in\s$")


# the country of a speaker's institution, in the bracket after the speaker's name: "Dr Zeta Acme (Acme General Hospital,
# | USA) presented ..." (where the speaker works, not where the trial ran)
SPEAKER_BEFORE = re.compile(r"\b(?:Dr|Prof|Professor)\.?\s(?:[A-Z][\w'’.-]{0,25}\s){1,3}\([^()]{0,100},\s$")


def trial_place(text: str, a: int, b: int) -> bool:
    after, before = text[b:b + 20], text[max(0, a - 40):a]
    if NOT_TRIAL_PLACE.match(after) or NOT_TRIAL_PLACE_BEFORE.search(before) \
            or ("(" in text[max(0, a - 120):a] and SPEAKER_BEFORE.search(text, max(0, a - 140), a)):
        return False
    if (a <= 60 and DATELINE_CITY.search(before) and all(DATELINE_WORD.fullmatch(w) for w in text[:a].split())) \
            or INSTITUTION_TOWN.search(before):
        return False                     # (the dateline is all that stands before: "SAN DIEGO, Calif. & ZUG, ")
    if re.match(r"[’']s\s+[A-Z]", after) or re.match(r"\s[A-Z][a-z]", after):      # "Japan's Acme", "American Society"
        return False
    return not (re.search(r"\b[A-Z][a-z]+\s+$", before) and a >= 12)                  # "New England"


RULES = (
    Rule("trial.design.words", T.design, read_design, 0.8, cue=DESIGN_CUE,
         examples=(Example("ZETA-7 is a randomised, double-blind, placebo-controlled trial of XY-123.",
                           (("design", "randomized"), ("design", "double-blind"), ("design", "placebo-controlled"))),
                   Example("The open-label, multicentre study enrolled 40 adults.",
                           (("design", "open-label"), ("design", "multicenter"))),
                   Example("Masking: Double-blind", (("design", "double-blind"),)),
                   Example("ZETA-7 was a double-masked, vehicle-controlled trial of XY-123 drops.",
                           (("design", "double-blind"), ("design", "placebo-controlled"))),
                   Example("ZETA-7 is a single-group, open-label Phase 3 study of XY-123.",
                           (("design", "single-arm"), ("design", "open-label"))),
                   Example("The randomised study began in 2030; by spring it was recruiting at around 40 hospitals.",
                           (("design", "multicenter"), ("design", "randomized"))),
                   Example("Forty adults were randomly divided into two groups to take XY-123 or nothing.",
                           (("design", "randomized"),)),
                   Example("The ZETA trial is an adaptive platform trial; it was recruiting at 148 NHS hospitals.",
                           (("design", "adaptive"), ("design", "platform"), ("design", "multicenter"))),
                   Example("Twelve volunteers took XY-123 or water on separate days in random order.",
                           (("design", "randomized"),)),
                   Example("In an open study, 20 adults on XY-123 were followed in a within-patient comparison for 12 weeks.",
                           (("design", "open-label"), ("design", "crossover"))),
                   Example("ZETA-7 was a double-blind, vehicle-controlled, parallel, randomized trial of XY-123 cream.",
                           (("design", "double-blind"), ("design", "placebo-controlled"), ("design", "parallel-group"),
                            ("design", "randomized"))),
                   Example("The global Phase 3 study of XY-123 enrolled 800 adults.", (("design", "multicenter"),)),
                   Example("In the trial, adults were randomly chosen to receive XY-123 or placebo for 12 weeks.",
                           (("design", "randomized"),))),
         counterexamples=("Acme is also testing XY-123 in an open-label setting at home.",
                          "Acme sells XY-123 in 12 countries, through a single group of distributors.",
                          "Forty adults were randomly selected from the clinic register for the trial of XY-123.",
                          "Twenty-six adults were included in this non-randomized cohort study of XY-123.",
                          "Adults first entered a 2-week, single-blind placebo run-in before the trial of XY-123.",
                          "In parallel, Acme ran a trial of XY-123 in its global markets.")),
    Rule("trial.design.title", T.design, read_title_design, 0.8, cue=PUBLICATION_CUE, quotes=True,
         examples=(Example('The results were published as "A randomised, open-label trial of XY-123 in adults".',
                           (("design", "randomized"), ("design", "open-label"))),
                   Example('The paper, "A crossover trial of XY-123 in healthy volunteers", was published.',
                           (("design", "crossover"),))),
         counterexamples=('He said "we randomised the patients ourselves" at the meeting.',)),
    Rule("trial.design.placebo_arm", T.design, read_placebo_control, 0.7, cue=STANDARD_COMPARATOR,
         examples=(Example("In the trial, 300 adults were randomised 1:1 to XY-123 or placebo.",
                           (("design", "placebo-controlled"),)),
                   Example("Comparison group: a placebo tablet once a day in the trial.", (("design", "placebo-controlled"),)),
                   # (a therapy compared to placebo, or people on it)
                   Example("The ZETA trial, which compared XY-123 to placebo in adults, met its goal.",
                           (("design", "placebo-controlled"),)),
                   Example("In the trial, zeta rash was seen in seven adults on XY-123 and one on placebo.",
                           (("design", "placebo-controlled"),))),
         counterexamples=("The open-label trial had no placebo, and everyone got XY-123.",
                          "In the trial, a 2-week wash-out period on placebo came before XY-123 was given.")),
    Rule("trial.comparator.standard", T.comparator, read_comparator, 0.7, cue=STANDARD_COMPARATOR,
         examples=(Example("Patients were randomised to XY-123 or placebo.", (("comparator", "placebo"),)),
                   Example("The trial compared XY-123 with a sham procedure.", (("comparator", "sham"),)),
                   Example("In the trial, adults were randomised to XY-123 or best supportive care.",
                           (("comparator", "best supportive care"),)),
                   Example("None of the analyses showed a benefit of XY-123 over placebo.", (("comparator", "placebo"),)),
                   Example("The 10 mg dose did separate from placebo at month 3.", (("comparator", "placebo"),)),
                   Example("The phase 3 trial met its endpoint vs. vehicle-treated controls.", (("comparator", "vehicle"),)),
                   Example("In the trial, XY-123 improved survival compared to standard-of-care treatment.",
                           (("comparator", "standard-of-care"),))),
         counterexamples=("The tablets look like sweets.", "Placebo pills are made of sugar.",
                          "The trial gave XY-123 to 9 patients without an adequate placebo control.",
                          "The trial compared XY-123 with AB-7, the usual standard of care therapy for zeta fever.")),
    Rule("trial.comparator.named_control", T.comparator, read_named_control, 0.6,
         examples=(Example("In the trial, control patients received standard zeta unit care.",
                           (("comparator", "standard zeta unit care"),)),
                   Example("Clinics were randomly assigned to provide either a zeta coaching program (intervention) or "
                           "printed zeta advice by post (control).", (("comparator", "printed zeta advice"),)),
                   Example("Adults were randomized to XY-123 every month or to continued zeta care (control) for 20 "
                           "weeks.", (("comparator", "continued zeta care"),)),
                   Example("In the trial, adults received zeta coaching (intervention, 90 adults) or zeta leaflets from "
                           "their clinic while on a waiting list for coaching (control, 88).",
                           (("comparator", "zeta leaflets"),))),
         counterexamples=("In the trial, control patients received the same visits as the others.",
                          "The trial's control group was older than the zeta group.",
                          "After unblinding, control patients were offered the drug too.")),
    Rule("trial.country.place", T.country, read_country, 0.6,
         examples=(Example("The trial enrolled 60 adults at 12 sites in Japan and Canada.",
                           (("country", "Japan"), ("country", "Canada"))),
                   Example("The trial ran at 20 sites in the US.", (("country", "United States"),))),
         counterexamples=("The drug, sold in Canada as Zetamax, was studied in a trial.",
                          "Results of the trial were presented to the American Society of Hematology.",
                          "US pharma giant Acme today stopped its Phase 3 trial of XY-123 early.",
                          "Acme, known as Zeta outside of the United States and Canada, runs the trial.",
                          "After the trial, regulatory submissions in the US are expected next year.",
                          "The US-based company Acme runs the trial.",
                          "The trial enrolled 60 patients of American society of anesthesiologists class I.",
                          "Trial data were presented at the Zeta Epilepsy Congress, in Lyon, France.")),
)


# a sentence's verb that weighs the trial's drug against another: "a trial comparing XY-123 maintenance to ZZ-9"
COMPARING = re.compile(r"\bcompar(?:e|es|ed|ing)\s(?!(?:with|to)\b)", re.I)       # (not "A compared with B": VERSUS)
# what stands between the two it compares: "(comparing) XY-123| maintenance to |ZZ-9", "XY-123| with the standard |ZZ-9";
# never a word that gives the other drug together with it ("XY-123 in combination with ZZ-9")
COMPARING_BETWEEN = re.compile(r"(?:\s?\([^()]{1,20}\))?(?:\s(?!(?:combination|combined|together|plus|or|and|alone|added)\b)"
                               r"[a-z][a-z-]{1,20}){0,3}?\s(?:to|with|against)\s"
                               r"(?:(?:the|a|an|standard|usual|oral|intravenous|subcutaneous|active)\s){0,3}", re.I)
# a drug that is one part of the control ("ZZ-9| /YY-4", "zetacodone| bitartrate/YY-4"), or the drug both arms got
# ("superior to ZZ-9| alone"): no comparator of its own
PART_OR_ALONE_AFTER = re.compile(r"(?:\s[a-z]{3,20})?\s?/|\s(?:alone|monotherapy)\b", re.I)
# what stands between two drugs patients were given one or the other of: "A (150 mg) | or oral | B", "A | versus | B"
ALTERNATIVES = re.compile(r"[^.;]{0,40}?\b(?:or|versus|vs\.?)\s[^.;]{0,30}", re.I)
ONE_ARM_JOIN = re.compile(r"\b(?:plus|with|and|combined|added|together)\b", re.I)


class TrialDesignExtractor(RuleExtractor):
    name = "trial_design"
    version = "2.0"
    rules = RULES

    def more_facts(self, ctx):
        if not ctx.trials:
            return
        yield from self.phases(ctx)
        yield from self.record_fields(ctx)
        yield from self.active_comparators(ctx)
        yield from self.conditions_and_interventions(ctx)

    def phases(self, ctx):
        """Each trial's phase: the one its own mention gives, else the first said in a clause about it, where the
        authors say it of their own trial first ("A phase 2 study suggested ... In a phase 3 trial, we assigned ...")."""
        stated = {k: t.phase for k, t in enumerate(ctx.trials) if t.phase}
        for k, phase in stated.items():
            yield fact(ctx.trial_entities[k], "phase", phase, ctx.evidence(ctx.trials[k].first, extractor=self))
        own = [FIRST_PERSON.search(s.text) is not None and not EARLIER.search(s.text) for s in ctx.sentences]
        stages = {}
        for i in sorted(range(len(ctx.sentences)), key=lambda i: not own[i]):
            s = ctx.sentences[i]
            text = unhedged(ctx.masked[i]) if ctx.hedged[i] else ctx.masked[i]
            if ctx.hedged[i] and not text.strip():
                continue
            for m in PHASE.finditer(text):
                if PHASE_LEFT.search(text, max(0, m.start() - 6), m.start()) and PHASE_NEXT.match(text, m.end()):
                    continue                # ("a switch from phase 2 to | phase 2/3": the phase it moved to)
                k = ctx.trial_at(i, s.start + m.start())
                # (trials named together, "A and B are phase 3 trials": the phase is each one's)
                group = ctx.shared[i][0] if ctx.shared and ctx.shared[i] and m.start() < ctx.shared[i][1] else ()
                for k in group if k in group else (k,):
                    if k not in stated and not indefinite(text, m.start()):
                        stated[k] = normalise_phase(m.group("a"), m.group("b"))
                        yield fact(ctx.trial_entities[k], "phase", stated[k], ctx.evidence(i, extractor=self))
            stage = STAGE.search(text)
            if stage:
                # news shorthand, used only when the text gives no phase: mid-stage = phase 2, late-stage or "the third
                # phase of the trial" = phase 3
                stages.setdefault(ctx.trial_at(i, s.start + stage.start()), (i, STAGES[(stage.group(1) or stage.group(2)).lower()]))
        for k, (i, phase) in stages.items():
            if k not in stated:
                yield fact(ctx.trial_entities[k], "phase", phase, ctx.evidence(i, extractor=self, confidence=0.5))

    def record_fields(self, ctx):
        """A registry record's status and official title ("Overall status: Completed")."""
        for i, s in enumerate(ctx.sentences):
            if not RECORD_FIELD.match(s.text):
                continue
            m = STATUS_FIELD.match(s.text)
            if m:
                status = m.group("s").lower()
                yield fact(ctx.trial_entity(i), "recruitmentStatus", STATUSES.get(status, status),
                           ctx.evidence(i, extractor=self, confidence=0.8))
            m = TITLE_FIELD.match(s.text)
            if m:
                yield fact(ctx.trial_entity(i), "title", m.group("t"), ctx.evidence(i, extractor=self, confidence=0.8))

    def active_comparators(self, ctx):
        """A drug the trial's own drug is weighed against ("XY-123 10 mg vs ZZ-9") is its comparator."""
        own = {}
        for t in range(len(ctx.trials)):
            found = self.intervention(ctx, t, ctx.trials[t].first)
            if found:
                own[t] = found[1].label
        yield from self.allocated_comparator(ctx, own)
        for i, s in enumerate(ctx.sentences):
            drugs = ctx.of_kind(i, "drug", "therapy")
            if "comparator" in s.text or "control" in s.text or "superior" in s.text or "nferior" in s.text:
                for y in drugs:
                    k = ctx.trial_at(i, y.start)
                    at = y.start - s.start
                    if own.get(k) != y.label and (COMPARATOR_NAMED_BEFORE.search(s.text, max(0, at - 40), at)
                                                  or (TESTED_AGAINST_BEFORE.search(s.text, max(0, at - 50), at)
                                                      and not PART_OR_ALONE_AFTER.match(s.text, y.end - s.start))):
                        yield fact(ctx.trial_entities[k], "comparator", entity_of(y, "Comparator"),
                                   ctx.evidence(i, y.start, y.end, self, 0.6))
            comparing = COMPARING.search(s.text)
            if len(drugs) < 2 or not (comparing or HAS_VERSUS.search(s.text)):
                continue
            for x, y in zip(drugs, drugs[1:]):
                k = ctx.trial_at(i, x.start)
                if own.get(k) == x.label != y.label and (VERSUS_BETWEEN.fullmatch(ctx.doc.text, x.end, y.start) or (
                        comparing and s.start + comparing.end() <= x.start
                        and COMPARING_BETWEEN.fullmatch(ctx.doc.text, x.end, y.start))):
                    yield fact(ctx.trial_entities[k], "comparator", entity_of(y, "Comparator"),
                               ctx.evidence(i, x.start, y.end, self, 0.6))

    def allocated_comparator(self, ctx, own: dict):
        """The other of two drugs patients were allocated to ("randomized to XY-123 or ZZ-9") is the comparator of the
        trial whose own drug is the first (a document with one such allocation and one trial)."""
        # (a drug's dose arms in a row are one drug: "A 1 mg, A 2 mg or B"; a drug named again after another is in a
        # combination's arm: "A and B or A alone")
        allocated = tuple(label for label, _ in groupby(ctx.allocated))
        if len(allocated) != 2 or len(ctx.trials) != 1 or own.get(0) not in allocated:
            return
        other = next((x for x in allocated if x != own[0]), None)
        for i in range(len(ctx.sentences)) if other else ():
            drugs = ctx.of_kind(i, "drug", "therapy")
            for a, b in zip(drugs, drugs[1:]):
                if {a.label, b.label} == {own[0], other} and ALTERNATIVES.fullmatch(ctx.doc.text, a.end, b.start) \
                        and not ONE_ARM_JOIN.search(ctx.doc.text, a.end, b.start):
                    m = a if a.label == other else b       # ("A or B", not "A plus B": one arm's two drugs)
                    yield fact(ctx.trial_entities[0], "comparator", entity_of(m, "Comparator"),
                               ctx.evidence(i, m.start, m.end, self, 0.6))
                    return

    def conditions_and_interventions(self, ctx):
        found, top = studied_conditions(ctx)
        for t, trial in enumerate(ctx.trials):
            subject = ctx.trial_entities[t]
            confidence = 0.7 if found.get(t) else 0.6
            for i, m in found.get(t) or top:
                evidence = ctx.evidence(i, m.start, m.end, self, confidence)
                yield fact(subject, "condition", entity_of(m, "Disease"), evidence)
                written = document_name(ctx, m)     # ("uterine fibroids" where the lexicon's label is never written;
                if written != m.label and not is_short_form(written):    # not a short form, "ZD")
                    yield fact(entity_of(m, "Disease"), "writtenName", written, evidence)
            therapy = self.intervention(ctx, t, trial.first)
            if therapy:
                i, m = therapy
                yield fact(subject, "intervention", entity_of(m, "Therapy"), ctx.evidence(i, m.start, m.end, self, 0.7))
                for j, partner in combination_partners(ctx, t, m.label):
                    yield fact(subject, "intervention", entity_of(partner, "Therapy"),
                               ctx.evidence(j, partner.start, partner.end, self, 0.6))

    def intervention(self, ctx, t, first):
        """The therapy named where the trial is introduced (the main one if it is there), else the document's main
        therapy; never a piece of a trial's name or id ("ZETA-7" is a trial, not a drug)."""
        trial = ctx.trials[t]
        if trial.ids or trial.name:
            found = ctx.cached(("introduced therapy", first), lambda: introduced_therapy(ctx, first))
            if found:
                return found
        elif trial.marker in COUNTED:       # (a roundup's "the second study": its own drug, not the document's)
            found = ctx.cached(("counted trial's therapy", t), lambda: counted_trial_therapy(ctx, t))
            if found:
                return found
        return ctx.cached(("document therapy",), lambda: document_therapy(ctx))


def combination_partners(ctx, t: int, main: str) -> list[tuple[int, Mention]]:
    """(sentence, mention) of each therapy the trial gives together with its main therapy, joined to it in one of the
    trial's sentences ("XY-123 plus AB-7", "XY-123 in combination with AB-7 and CD-9"): interventions of the trial too.

    >>> from kg.documents import parse_document
    >>> from kg.extractors.context import build_context
    >>> ctx = build_context(parse_document("T\\n\\nIn the phase 3 ZETA trial, patients got zetamab plus cisplatin "
    ...                                    "and gemcitabine or placebo plus cisplatin and gemcitabine.", "t.txt"))
    >>> [m.label for _, m in combination_partners(ctx, 0, "Zetamab")]
    ['Cisplatin', 'Gemcitabine']
    """
    found: dict[str, tuple[int, Mention]] = {}
    for i, s in enumerate(ctx.sentences):
        if ctx.trial_of[i] != t or ctx.hedged[i]:
            continue
        drugs = [m for m in ctx.of_kind(i, "drug", "therapy") if m.label not in ctx.rivals]
        names = [Name(m.start - s.start, m.end - s.start, m.label) for m in drugs]
        for k, m in enumerate(drugs):
            if m.label != main:
                continue
            end, more = names[k].end, AND_MORE
            if (p := next_name(ctx.masked[i], end, names, ALONE_OR_COMBINED)) is not None:
                more = AND_OR_MORE              # (each drug it may be given with: "... with AB-7 or CD-9")
            # (the drugs it is added to or not: "AB-7 and CD-9 with or without | XY-123")
            found.update((drugs[j].label, (i, drugs[j])) for j in added_to(ctx.masked[i], [(n.start, n.end) for n in names], k)
                         if drugs[j].label != main and drugs[j].label not in found)
            while p is not None or (p := partner(ctx.masked[i], end, names)) is not None or \
                    (end != names[k].end and (p := next_name(ctx.masked[i], end, names, more))):
                if p.label == main or p.label in found:
                    break
                found[p.label] = (i, drugs[names.index(p)])
                end, p = p.end, None
    return list(found.values())


def next_name(text: str, end: int, names: list[Name], between: re.Pattern) -> Name | None:
    """The first of ``names`` after ``end`` with only ``between`` in the gap."""
    return next((n for n in names if n.start > end and between.fullmatch(text, end, n.start)), None)


# a further drug of one combination, after a partner: "XY-123 plus AB-7| and |CD-9", "AB-7|, |CD-9"
AND_MORE = re.compile(r"(?<!\s)(?:\s*+,\s*+(?:and\s++)?|\s++and\s++)")
AND_OR_MORE = re.compile(r"(?<!\s)(?:\s*+,\s*+(?:and\s++|or\s++)?|\s++(?:and|or)\s++)")
# a drug the trial gives alone and with others: "XY-123| alone or in combination with |AB-7", "XY-123| as a single agent
# and in combination with |AB-7"
ALONE_OR_COMBINED = re.compile(r"(?<!\s)(?:\s{0,3}\([^()]{0,40}\))?\s{1,3}(?:alone|as\s{1,3}(?:an?\s{1,3})?(?:single\s{1,3}"
                               r"agents?|monotherapy))\s{1,3}(?:or|and)\s{1,3}(?:in\s{1,3})?combinations?\s{1,3}with\s{1,3}"
                               r"(?:(?!(?:or|and|versus|vs|than|the)\s)[a-z][a-z-]{0,30}+\s{1,3}){0,2}", re.I)


def trial_name_parts(ctx) -> "NamePieces":
    """What tells whether a mention's text is a piece (of up to 80 characters) of a trial's name or id ("ZETA", "A-7"
    of "ZETA-7"): such a mention is no therapy. (``text in trial_name_parts(ctx)``.)"""
    def make():
        names = {n for x in ctx.trials for n in (*x.ids, x.name or "") if n}
        therapies = {m.text for ms in ctx.mentions for m in ms if m.kind in ("drug", "therapy")}
        return NamePieces(names, therapies)
    return ctx.cached(("trial name parts",), make)


class NamePieces:
    """``text in pieces``: is ``text`` (1 to 80 characters) inside one of the names? The therapies' texts, the ones
    asked about, are looked up at once (:func:`pieces_of`); any other text by a search of each name."""

    def __init__(self, names, texts):
        self.names, self.texts = names, frozenset(texts)
        self.found = pieces_of(self.texts, names)

    def __contains__(self, text: str) -> bool:
        if text in self.texts:
            return text in self.found
        return 0 < len(text) <= 80 and any(text in n for n in self.names)


def pieces_of(texts, names, longest: int = 80) -> frozenset[str]:
    """The ``texts`` (of 1 to ``longest`` characters) found inside one of ``names``.

    One Aho-Corasick pass over the names finds them all: listing every piece of every name instead grows with the
    square of a name's length, and a document may name hundreds of trials.

    >>> sorted(pieces_of({"ZETA", "A-7", "XY-123", "7"}, {"ZETA-7", "NCT01234567"}))
    ['7', 'A-7', 'ZETA']
    """
    wanted = [t for t in texts if 0 < len(t) <= longest]
    if not wanted or not names:
        return frozenset()
    odd = {t for t in wanted if SEPARATOR in t}          # could span two joined names: looked for in each
    found = {t for t in odd if any(t in n for n in names)}
    finder = ahocorasick.Automaton()
    for t in wanted:
        if t not in odd:
            finder.add_word(t, t)
    if len(finder):
        finder.make_automaton()
        found.update(t for _, t in finder.iter(SEPARATOR.join(names)))
    return frozenset(found)


SEPARATOR = "\0"           # joins the names searched at once (a text holding it is looked for name by name)


def introduced_therapy(ctx, first: int):
    """The therapy named in the sentence that introduces a trial, the main therapy first."""
    parts, labels = trial_name_parts(ctx), therapy_labels(ctx)
    # (the therapies as named, a brand given beside its drug as that drug: "Zetafex(R) (zetamab)")
    # (not one the sentence sets the trial's therapy against: "superiority to its active comparator, ZZ-9")
    candidates = [m for m in therapy_index(ctx).drugs[first] if m.text not in parts and m.label in labels
                  and not compared_against(ctx.sentences[first], m)]
    main = [m for m in candidates if m.label == ctx.main_therapy]
    return (first, (main or candidates)[0]) if main or candidates else None


# the markers of trials a roundup counts ("In the study, ... The second study ... The third study ..."), the first included
COUNTED = frozenset({FIRST_COUNTED, *ORDINALS})
# (a sham procedure or a vehicle is a placebo too: "XY-123 or a sham injection")
PLACEBO_WORD = re.compile(rf"\b{PLACEBO_WORDS}\b", re.I)


def counted_trial_therapy(ctx, t: int):
    """The therapy a counted trial set against placebo: in its first sentence that names placebo, the one named
    nearest to it ("took either the drug XY-123 or a placebo"), not one its patients had been taking before ("people
    taking AB-7, who got ...")."""
    parts, labels = trial_name_parts(ctx), therapy_labels(ctx)
    drugs = therapy_index(ctx).drugs
    for i, s in enumerate(ctx.sentences):
        if ctx.trial_of[i] != t or not PLACEBO_WORD.search(s.text):
            continue
        found = [m for m in drugs[i] if m.text not in parts and m.label in labels and m.label not in ctx.rivals]
        if found:
            at = [s.start + p.start() for p in PLACEBO_WORD.finditer(s.text)]
            return i, min(found, key=lambda m: min(abs(m.start - a) for a in at))
    return None


def document_therapy(ctx):
    """The document's main therapy (else the therapy named most, not one named only as a rival) at its first mention
    outside a trial's name."""
    parts, labels = trial_name_parts(ctx), therapy_labels(ctx)
    drugs = therapy_index(ctx).drugs
    counts = Counter(m.label for ms in drugs for m in ms if m.text not in parts
                     and m.label in labels and m.label not in ctx.rivals)
    best = ctx.main_therapy if ctx.main_therapy in counts else (counts.most_common(1)[0][0] if counts else None)
    for i, ms in enumerate(drugs):
        for m in ms:
            if m.label == best and m.text not in parts:
                return i, m
    return None


def indefinite(text: str, at: int) -> bool:
    """Is the phase that of some trial, not this one ("without a Phase 3 study", "a Phase 3 trial is planned")?"""
    return bool(re.search(r"\b(?:without|no|any|another|a\s+(?:conventional|larger|further|new|separate))\s+(?:\w+\s+){0,2}$",
                          text[max(0, at - 40):at], re.I))


def not_population(text: str, a: int, b: int) -> bool:
    """Is the disease at ``text[a:b]`` named as a share of those enrolled ("asthma (12%)", "19% had asthma"), in a
    list of what else was present ("including asthma"), or in a sentence on the disease's burden, on who else may
    enter, or on future work? Or is it a piece of a hyphenated word?

    >>> t = "Of the 40 adults, 19% had asthma."
    >>> not_population(t, t.index("asthma"), t.index("asthma") + 6)
    True
    >>> t = "The trial enrolled 40 adults with asthma."
    >>> not_population(t, t.index("asthma"), t.index("asthma") + 6)
    False
    """
    if a and text[a - 1] == "-" and text[a - 2:a - 1].isalpha():
        return True                                      # a piece of a longer word: "dose-dependence"
    return bool(SHARE_AFTER.match(text, b) or SHARE_BEFORE.search(text, max(0, a - 60), a)
                or LISTED_BEFORE.search(text, max(0, a - 70), a) or NOT_POPULATION_SENTENCE.search(text))


def studied_conditions(ctx) -> tuple[dict[int, list], list]:
    """(per trial, the (sentence, mention) of each condition its text says it studies; the conditions a trial whose
    text names none takes): those of the trial most described, else the sign the people of the trial most described
    have, else the disease the document names most outside its outcomes and harms."""
    def find():
        found = conditions(ctx)
        if not found:               # (no disease the people have: the sign they have, before a disease named aside)
            found = conditions(ctx, ("phenotype",))
        main = max(found, key=lambda k: (len(found[k]), -k)) if found else None
        top = [top_condition(ctx)] if main is None else found[main]
        return found, [x for x in top if x]
    return ctx.cached(("studied conditions",), find)


def top_condition(ctx):
    """(sentence, mention) of the disease named most often outside clauses about outcomes and harms, or None."""
    counts, first = Counter(), {}
    for i, s in enumerate(ctx.sentences):
        harm = AE_CUE.search(ctx.masked[i])
        for m in ctx.of_kind(i, "disease"):
            a = m.start - s.start
            if harm and (0 <= harm.start() - (m.end - s.start) <= 50 or harm_named(ctx, i, m)):
                continue                         # "Gastroenteritis was the most common side effect", "the most common
                #                                  adverse events were headache and X": a harm, not a population
            if not EVENT_CLAUSE.search(ctx.masked[i], max(0, a - 60), a) and m.label.lower() not in NEVER_STUDIED \
                    and not CHANGE_NAMED.match(m.text) and not CHANGED_BEFORE.search(ctx.masked[i], max(0, a - 24), a) \
                    and not not_population(ctx.masked[i], a, m.end - s.start) and not negated(ctx, i, m) \
                    and not COMPANY_FIELD_BEFORE.search(ctx.masked[i], max(0, a - 70), a) \
                    and not CAUSE_BEFORE.search(ctx.masked[i], max(0, a - 60), a) \
                    and not (QUALIFYING_ADJECTIVE.fullmatch(m.text) and NOUN_AFTER.match(ctx.masked[i], m.end - s.start)):
                counts[m.label] += 1
                first.setdefault(m.label, (i, m))
    return first[counts.most_common(1)[0][0]] if counts else None


# a disease named by its adjective ("diabetic", "hypertensive") before a noun that is not people: a word of another
# condition's name ("eyes with diabetic | zeta oedema"), not that disease ("diabetic | patients" is; nor a verb after
# it: "with diabetic | received"; nor a condition's noun that ends so: "colic", "panic")
QUALIFYING_ADJECTIVE = re.compile(r"(?!(?:colic|panic)\b)[a-z]{3,20}(?:ic|ive)")
NOUN_AFTER = rx.compile(rf"\s(?!{PEOPLE}\b|and\b|or\b|with\b|who\b|in\b|on\b|at\b|to\b|for\b|was\b|were\b|is\b|are\b|"
                        rf"has\b|had\b|have\b|[a-z-]{{1,30}}ed\b)[a-z][a-z-]{{2,30}}\b")


# one lower-case word named as a disease right before another disease, with at most one word between
# ("metastatic nonsquamous XY cancer"): it qualifies that disease
MODIFIER_DISEASE = rx.compile(r"[a-z][a-z-]{2,30}\s{1,3}(?:(?!(?:and|or|nor|and/or|vs|versus|plus|with)\s)[\w-]{1,30}\s{1,3})?")


def main_result(ctx, i: int, text: str) -> bool:
    """Does the sentence tell a result of the document's main therapy ("XY-123 reduced the risk of ... in adults
    with Z"), not an approval? Its population is then the trial's."""
    if not ctx.main_therapy or RESULT_VERB.search(text) is None or APPROVAL_WORD.search(text):
        return False
    return any(m.label == ctx.main_therapy for m in ctx.of_kind(i, "drug", "therapy"))


def excluded(text: str, a: int, b: int) -> bool:
    """Is the disease at ``text[a:b]`` named as a reason to keep people out ("People with X could not join") or as
    what earlier treatment was for ("had not received therapy for X")?

    >>> t = "Adults with gout were enrolled; people with asthma could not join."
    >>> excluded(t, t.index("asthma"), t.index("asthma") + 6), excluded(t, t.index("gout"), t.index("gout") + 4)
    (True, False)
    """
    return bool(EXCLUDED_AFTER.match(text, b) or EXCLUDED_BEFORE.search(text, max(0, a - 70), a)
                or PRIOR_TREATMENT_BEFORE.search(text, max(0, a - 70), a))


def conditions(ctx, kinds: tuple[str, ...] = ("disease",)) -> dict[int, list]:
    """Per trial: the diseases its text says it studies ("adults with X", "for the treatment of X", "X patients");
    with ``kinds`` ("phenotype",), the signs the people a trial enrolled have ("women with stress incontinence").

    A disease named in a clause about outcomes or harms ("the risk of stroke") is left out; each is taken once,
    in the clause of the trial it speaks of.
    """
    out: dict[int, list] = {}
    loose: dict[int, list] = {}              # named outside sentences about a trial ("approved for adults with X")
    seen: set[tuple[int, str, bool]] = set()
    for i, s in enumerate(ctx.sentences):
        diseases = ctx.of_kind(i, *kinds)
        if not diseases:
            continue
        text = ctx.masked[i]
        about_trial = bool(TRIAL_WORD.search(text) or RECORD_FIELD.match(text) or main_result(ctx, i, text))
        for n, m in enumerate(diseases):
            a, b = m.start - s.start, m.end - s.start
            if n + 1 < len(diseases) and MODIFIER_DISEASE.fullmatch(text, a, diseases[n + 1].start - s.start):
                continue                        # "metastatic | XY cancer": a word that qualifies the next disease
            if QUALIFYING_ADJECTIVE.fullmatch(m.text) and NOUN_AFTER.match(text, b):
                continue                        # "diabetic | foveal oedema", "hypertensive | crisis": another condition's word
            before = text[max(0, a - 90):a]
            # (the window's literals looked up in its sentence's, found once: each new window would be scanned anew)
            people = part_search(CONDITION_BEFORE, before, text)
            if not (people or CONDITION_AFTER.match(text[b:b + 20]) or part_search(STUDIED_IN_BEFORE, before, text)):
                continue
            if m.kind == "phenotype" and not about_trial:
                continue                        # (a sign is a condition only in a sentence about a trial)
            # an outcome or harm word counts unless the population phrase comes after it ("cut the risk of
            # events in adults with X")
            # (nor where "in" or "among" stands between them: "every endpoint | in | a wide range of X patients")
            events = [e for e in EVENT_CLAUSE.finditer(text, max(0, a - 60), a)
                      if (people is None or e.end() > max(0, a - 90) + people.start())
                      and not (CONDITION_AFTER.match(text[b:b + 20]) and POPULATION_IN.search(text, e.end(), a))]
            if events or part_search(NOT_CONDITION_BEFORE, before, text) or NOT_CONDITION_AFTER.match(text, b) \
                    or COMPANY_FIELD_BEFORE.search(text, max(0, a - 70), a) \
                    or not_population(text, a, b) or excluded(text, a, b) or m.label.lower() in NEVER_STUDIED \
                    or CHANGE_NAMED.match(m.text):
                continue
            k = ctx.trial_at(i, m.start)
            m = qualified_condition(ctx, i, m)
            if (k, m.label, about_trial) not in seen:
                seen.add((k, m.label, about_trial))
                (out if about_trial else loose).setdefault(k, []).append((i, m))
    # a trial's own sentences decide; the others speak only for a trial whose sentences name no population
    for k, found in loose.items():
        if k not in out:
            out[k] = found
    # a generic name ("tumor", "cancer") beside a named disease is no condition of its own, nor the broader name of
    # one the text narrows elsewhere ("depression" beside "treatment-resistant depression")
    out = {k: [x for x in found if not broader(x[1], found)] for k, found in out.items()}
    return {k: [x for x in found if not (generic_disease(x[1].label) or generic_disease(x[1].text))] or found
            for k, found in out.items()}


def generic_disease(label: str) -> bool:
    """Does ``label`` name disease in general, a family of diseases or a stage rather than one disease?

    >>> generic_disease("cancer"), generic_disease("Metabolic Diseases"), generic_disease("Genetic Disorder")
    (True, True, True)
    >>> generic_disease("stage IIA"), generic_disease("gout"), generic_disease("Crohn disease")
    (True, False, False)
    """
    label = label.lower()
    return label in GENERIC_DISEASES or bool(DISEASE_FAMILY.fullmatch(label))


# a family of diseases ("metabolic diseases", "a genetic disorder") or a stage ("stage IIA"), not a disease's name
DISEASE_FAMILY = re.compile(r"(?:[a-z-]{1,30}+\s)?(?:diseases|disorders|conditions)|(?:genetic|metabolic|inherited|hereditary|"
                            r"congenital|chronic|rare|autoimmune|inflammatory)\s(?:disease|disorder|condition)|stage\s\S+")


def broader(m: Mention, found: list) -> bool:
    """Is ``m`` the broader name of a condition that ``found`` names narrowed (its words in a qualified name)?"""
    words = m.text.lower()
    return m.source != "qualified" and any(x.source == "qualified" and words in x.text.lower() for _, x in found)


def qualified_condition(ctx, i: int, m: Mention) -> Mention:
    """The condition ``m`` with the words that narrow it ("chronic | low back pain", "heart failure | with preserved
    ejection fraction", "cancer|-related pain"): a condition of its own, named as written (the lexicon's ids are the
    broader condition's, so it has none)."""
    if QUALIFYING_ADJECTIVE.fullmatch(m.text.lower()):
        return m                            # ("Idiopathic" alone: no condition's name to narrow)
    s = ctx.sentences[i]
    after = next((x for x in ctx.of_kind(i, "disease", "phenotype") if x.start >= m.end), None)
    span = qualified_span(s.text, m.start - s.start, m.end - s.start,
                          (after.start - s.start, after.end - s.start) if after else None)
    if span is None:
        return m
    written = s.text[span[0]:span[1]]
    # (in lower case but for short forms, where the name opens its sentence or is written as a title; as written
    # mid-sentence, where a capital is a name's: "late-onset Pompe disease")
    words = written.split()
    titled = span[0] == 0 or all(w[:1].isupper() for w in words)
    label = " ".join(w if w.isupper() or any(c.isdigit() for c in w) or not titled else w.lower() for w in words)
    return Mention(written, s.start + span[0], s.start + span[1], m.kind, label, (), "qualified")


# the names of disease in general, which a trial's named disease makes redundant
GENERIC_DISEASES = frozenset({"disease of cellular proliferation", "cancer", "neoplasm", "tumors", "tumor", "carcinoma",
                              "malignant neoplasm", "disease",
                              # (and families of diseases: "a rare disease", "an autoimmune disease", "locally advanced")
                              "rare disorder", "rare disease", "autoimmune disease", "locally advanced malignant neoplasm",
                              "advanced malignant neoplasm", "metastatic malignant neoplasm", "inflammatory disease",
                              "chronic disease", "genetic disease"})
