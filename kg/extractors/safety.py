"""Adverse events: totals, serious and treatment-related counts ("no serious ..." is 0), and events with counts.

A sentence speaks of adverse events when it says so ("side effects",
"adverse reactions", "toxicity"), when it stands under a safety heading, or
when it names an event of a shape only adverse events take ("infusion-related
reactions"). Its events are the lexicon's diseases and phenotypes (not the
disease the trial treats, not a tumour grade, not an alias in parentheses),
the phrases of :mod:`kg.text.adverse` and the items of a "most common" list;
a count is a number of patients or cases stated for one event.

>>> from kg.documents import parse_document
>>> doc = parse_document("T\\n\\nIn the trial (NCT01234567) a total of 28 side effects were reported, most often headache (four cases). There were no treatment-related serious side effects.", source="t.txt")
>>> sorted((f.predicate, f.object_text) for f in SafetyExtractor().extract(doc))
[('adverseEventCount', '4'), ('adverseEventTerm', 'Headache'), ('adverseEventsTotal', '28'), ('hasAdverseEvent', 'Headache'), ('seriousRelatedAdverseEvents', '0')]
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterator

from kg.extractors.engine import Example, Hit, Rule, RuleExtractor, T, View
from kg.extractors.util import NUM, TRIAL_WORD, number
from kg.model import Entity
from kg.text import prefilter as rx
from kg.text.adverse import Term, count_after, count_before, count_of_verb, listed_terms, phrase_terms
from kg.text.cues import AE_CUE, AE_WORDS, EVENT_CLASS, SAFETY_HEADING

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

AE = AE_WORDS
TOTAL = rx.compile(rf"\b(?:a\ total\ of\s+)?{NUM}\s+(?:[\w-]+\s+)?{AE}\s+(?:were|was)\s+(?:reported|recorded|observed|seen)",
                   re.I | re.X)
# none at all: "No adverse events were reported", "No Adverse Events Reported" (not one arm's: "... in the placebo group")
NO_EVENTS = rx.compile(r"""\bno\s+(?:adverse\s+(?:drug\s+)?(?:events?|reactions?|effects?)|AEs|side[\s-]effects?)\s+
    (?:were\s+|was\s+)?(?:reported|recorded|observed|seen|occurred)\b
    (?!\s+(?:in|among|with|on)\s+(?:the\s+|those\s+)?(?:[\w-]+\s+){0,3}(?:group|arm|cohort|patients|participants))""", re.I | re.X)
RELATED = r"(?:treatment|drug|therapy|study\ drug|procedure)[-\ ]related"
NO_SERIOUS_RELATED = rx.compile(rf"""\bno\s+(?:{RELATED}\s+serious|serious\s+{RELATED})\s+{AE}
    |\bno\s+{AE},?\s+serious\ or\ otherwise,?\s+(?:were|was)\s+(?:attributed|related)\s+to
    |\bno\s+serious\s+{AE}\s+(?:were\s+)?(?:attributed|related)\s+to
    # serious events counted, then said to be none of them the drug's: "..., all unrelated to XY", "..., none of which
    # was considered related to treatment"
    |\bserious\s+{AE}[^.;]{{0,60}}?,\s+(?:(?:all|each|both)(?:\s+of\s+which\s+were)?\s+(?:considered\s+|deemed\s+|judged\s+)?unrelated
      |none\s+of\s+which\s+(?:was|were)\s+(?:considered\s+|deemed\s+|judged\s+)?(?:related|attributed))\s+to
    # "... and none were considered related to the study drug"
    |\bserious\s+{AE}[^.;]{{0,100}}?(?:,\s+|\s+and\s+)none\s+(?:of\s+them\s+)?(?:was|were)\s+(?:considered\s+|deemed\s+|judged\s+)?
      (?:related|attributed|attributable)\s+to""", re.I | re.X)
NO_SERIOUS = rx.compile(rf"\bno\s+serious\s+{AE}|\bwithout\s+(?:any\s+)?serious\s+{AE}|\bno\s+{AE},?\s+serious\ or\ otherwise",
                        re.I | re.X)
# a count of patients, never a percentage: "12 serious adverse events", "serious adverse events occurred in 12 patients"
_COUNT = r"(?!\s{0,2}(?:%|percent|\.\d))"
SERIOUS_N = rx.compile(rf"""(?<![\w-])(?<!at\sleast\s)(?<!more\sthan\s){NUM}{_COUNT}\s+serious\s+{AE}
    |\bserious\s+{AE}\s+(?:occurred|were\ reported|were\ seen)\s+in\s+{NUM.replace('num', 'num2')}{_COUNT}
      (?:\s+of\s+(?:the\s+)?\d[\d,]{{0,8}})?\s+(?:patients|participants|people|children|adults)
    |\b{NUM.replace('num', 'num3')}{_COUNT}\s+(?:patients|participants|people|children|adults)\s+(?:had|experienced|reported)
      \s+(?:a\s+|at\ least\ one\s+)?serious\s+{AE}
    # (or their short form, which trials use unexplained: "132 SAEs occurred")
    |(?<![\w-]){NUM.replace('num', 'num4')}{_COUNT}\s+(?-i:SAEs?)\b""", re.I | re.X)


def read_total(view: View) -> Iterator[Hit]:
    m = TOTAL.search(view.text)
    n = number(m.group("num")) if m else None
    if n:
        yield Hit(view.trial, int(n), m.start(), m.end())
    elif (none := NO_EVENTS.search(view.text)) is not None:
        yield Hit(view.trial, 0, none.start(), none.end())


def read_no_serious(view: View) -> Iterator[Hit]:
    related = NO_SERIOUS_RELATED.search(view.text)
    if related:
        yield Hit(view.trial, 0, related.start(), related.end(), T.seriousRelatedAdverseEvents)
        return
    m = NO_SERIOUS.search(view.text)
    if m:
        yield Hit(view.trial, 0, m.start(), m.end(), T.seriousAdverseEvents)


# after a count of patients: the arm it is of ("3 patients on placebo and 5 on XY-123", "12 (8%) receiving XY-123",
# "in the placebo group"): one arm's count, not the trial's (adverse events have no arm)
ARM_AFTER_COUNT = rx.compile(r"""(?:\s{0,2}\(\s{0,2}\d[\d.]{0,6}\s{0,2}%\s{0,2}\))?\s{1,3}
    (?:on|receiving|given|taking|treated\s{1,3}with|in\s{1,3}the\s{1,3}(?:[\w-]{1,30}\s{1,3}){1,3}(?:group|arm|cohort))\b""", re.I | re.X)


def read_serious_count(view: View) -> Iterator[Hit]:
    m = SERIOUS_N.search(view.text)
    n = number(m.group("num") or m.group("num2") or m.group("num3") or m.group("num4")) if m else None
    if n is not None and float(n).is_integer() and not ARM_AFTER_COUNT.match(view.text, m.end()):
        yield Hit(view.trial, int(n), m.start(), m.end())


# --- events ---

GRADE = re.compile(r"^(?:tumou?r\s+)?grade\b|\bgrading system\b", re.I)
# words before a mention that make it no event: the condition of those treated ("patients with X"), what a drug
# treats ("to treat X"), an event that did not happen ("no cases of X"), what an event could do ("which can cause X")
# those treated have it: "patients with X", "people living with X" (X is a condition, not an event); when treatment
# stops: "until disease progression, unacceptable | toxicity, | death, or ..."
HELD_BEFORE = rx.compile(r"""(?=[acimpstvw])\b(?:patients|people|adults|children|participants|those|individuals|infants|men|women|subjects|volunteers)
    \s{1,3}(?:(?:living|diagnosed)\s{1,3})?with\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,3}$""", re.I | re.X)
# (the last item of a list denied as a whole: "no new concerns, related serious events, or related | deaths")
NOT_EVENT_BEFORE = rx.compile(r"""(?:
      \b(?:patients|people|adults|children|participants|those|individuals|infants|men|women|subjects|volunteers)\s{1,3}(?:(?:living|diagnosed)\s{1,3})?
        with\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,3}
    | \b(?:to\s{1,3}treat|treatment\s{1,3}of|treating|prevent(?:ion\s{1,3}of)?|against)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,3}
    | \b(?:no|without|not|none|devoid\s{1,3}of|free\s{1,3}(?:of|from)|absence\s{1,3}of|lack\s{1,3}of)\s{1,3}
        (?:(?:new\s{1,3})?cases?\s{1,3}of\s{1,3}
          |(?:an?\s{1,3}|any\s{1,3})?(?:[a-z]{1,20}\s{1,3})?(?:increase|rise|excess)\s{1,3}in\s{1,3})?
        (?:[\w-]{1,30}\s{1,3}){0,3}(?:(?:and|or)\s{1,3}[\w-]{1,30}\s{1,3})?
    | \b(?:no|without|not|none)\s{1,3}(?:[\w-]{1,30}(?:,\s{1,3}|\s{1,3})){1,10}?(?:or|nor)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,3}
    | \b(?:can|could|may|might)\b[^;().]{0,100}
    | \b(?:at|of)\s{1,3}(?:[\w-]{1,20}\s{1,3})?risk\s{1,3}(?:of|for)\s{1,3}(?:developing\s{1,3})?(?:[\w-]{1,30}\s{1,3}){0,2}
    | \buntil\s{1,3}(?:[\w-]{1,30},?\s{1,3}){0,6}
    | \bno\s{1,3}(?:evidence|sign|indication|suggestion)s?\s{1,3}(?:of\s{1,3}|(?:suggesting|indicating|showing)\s{1,3})?
        (?:that\s{1,3})?(?:[\w-]{1,30}\s{1,3}){0,1}
    )$""", re.I | re.X)
# a list item that is no event: it starts with a small word ("mild | to moderate") or is only a judgement
NOT_ITEM = rx.compile(r"""(?:to|in|of|with|at|by|for|from|than|as|those|that|these|similar|comparable|consistent
    |generally|mostly|mainly|reported|seen|low|rare|balanced|occurring|occurred|observed|noted|affecting)\b""", re.I | re.X)
# a death or event caused by the disease itself ("deaths due to disease progression"), not by the treatment
PROGRESSION_AFTER = rx.compile(r"\s{1,3}(?:due\s{1,3}to|from|caused\s{1,3}by)\s{1,3}(?:(?:the|their)\s{1,3})?(?:disease\s{1,3})?progression",
                               re.I)
# the comparator's group named as where events happened ("in the placebo group", "among those given placebo")
COMPARATOR_GROUP = rx.compile(r"""\b(?:placebo|control|comparator|sham|standard[-\s]care)(?:[-\s](?:group|arm|recipients|patients))?
    |\b(?:given|receiving|received|on)\s{1,3}placebo\b""", re.I | re.X)
# words that speak of every group or of the treated one ("in both groups", "treated patients", "versus")
ANY_GROUP = rx.compile(r"(?=[abceostv])\b(?:both|each|all|either|overall|versus|vs|compared|than|similar|comparable|treated|treatment\s{1,3}group|active)\b", re.I)
OPEN_PAREN = re.compile(r"\s{0,2}\(\s{0,2}")
LEADING_ARTICLE = re.compile(r"^(?:an?|the|some|mild|moderate|transient)\s+", re.I)
CAPITALS = re.compile(r"[A-Z]{2}")
NOT_HEADING = re.compile(r"\d%|\bp\s?[=<]")
# a class of events followed by its members: "..., including A and B", "such as A"
MEMBERS_AFTER = rx.compile(r"\s{0,2},?\s{1,3}(?:including|included|include|includes|such\s{1,3}as|like|notably|e\.g\.)\b",
                           re.I)
# a sentence that lists what did not happen: "No A, B or C was observed.", "No A or B occurred."
NONE_OBSERVED = rx.compile(r"\W{0,3}(?:there\s{1,3}(?:was|were)\s{1,3})?no\s[^.;]{0,200}?\s(?:(?:was|were)\s{1,3}"
                           r"(?:observed|reported|seen|noted|recorded|found)|occurred|happened)"
                           r"(?:\s(?:in|during|among|with)\s[^.;,]{0,40})?\W{0,3}$", re.I)
# a judgement of how little toxicity a drug has ("of low toxicity", "acceptable toxicity") - no event
LOW_BEFORE = rx.compile(r"(?=[aflmn])\b(?:low|minimal|negligible|little|acceptable|manageable|favou?rable|limited|mild)\s{1,3}$", re.I)
# an event word inside the name of a rating instrument ("the Acme Pain Rating Scale", "Fatigue Questionnaire")
INSTRUMENT_AFTER = rx.compile(r"(?:\s{1,3}[A-Z][\w-]{0,30}){0,4}\s{1,3}(?:Scale|Checklist|Questionnaire|Inventory|Index|Score)\b")
# a disease that names a vaccine against it ("the zeta | (control) vaccine"): a product, no event
VACCINE_AFTER = rx.compile(r"(?:\s{1,3}(?:control|comparator|reference))?\s{1,3}vaccines?\b", re.I)
# a participle used as an adjective before a noun ("depressed enzyme synthesis"): no event
ADJECTIVE_USE = rx.compile(r"\s{1,3}(?!(?:in|and|or|of|was|were|with|after|during|among|for|by|at|than|as|the|is|are|mood)\b)[a-z]{3,20}\b")
# a sentence that opens with a safety label ("Safety: ...", "Side effects - ...")
SAFETY_LABEL = rx.compile(r"\W{0,3}(?:safety|side[\s-]effects|adverse\ events|tolerability)\s{0,2}[:—–-]", re.I | re.X)
# a sentence that says events happened
OCCURRED = rx.compile(r"(?=[%acdehilmors])\b(?:occurred|occurring|reported|seen|observed|experienced|developed|affected|had|rates?\s{1,3}of|"
                      r"incidence|cases?|(?:more|less|most)\s{1,3}(?:frequent|common))\b|%", re.I)
QUALIFIER = rx.compile(r"(?:^|[\s(])(?P<adj>[A-Za-z]+(?:al|ic|ive|ous|ory|ary))\s+$")
NOT_QUALIFIER = frozenset({"serious", "several", "general", "usual", "overall", "additional", "clinical", "total",
                           "typical", "potential", "initial", "original", "individual", "various", "previous"})


def read_events(view: View) -> Iterator[Hit]:
    """Each adverse event the sentence names, with its count when one is stated."""
    if not speaks_of_events(view) or comparator_only(view) or NONE_OBSERVED.match(view.text) or background_risk(view) \
            or BASELINE_DESCRIBED.search(view.text) or others_harms(view):
        return
    for term, ids, label in event_terms(view):
        node = Entity(T.AdverseEvent, label, scope=view.trial.key, local=ids[0] if ids else event_key(label))
        yield Hit(view.trial, node, term.start, term.end, T.hasAdverseEvent)
        yield Hit(node, Entity("Phenotype", label, ids=ids), term.start, term.end, T.adverseEventTerm)
        count = term.count
        if count is None:
            count = count_after(view.text, term.end) or count_of_verb(view.text, term.end) or \
                count_before(view.text, term.start)
        if count is not None:
            yield Hit(node, count, term.start, term.end, T.adverseEventCount)


# a sentence that describes the people at entry: what it names they had before the trial ("Baseline patient
# characteristics (age, zeta neuropathy at entry) were recorded")
BASELINE_DESCRIBED = rx.compile(r"\b[Bb]aseline\s(?:patient\s|demographic\s|clinical\s|disease\s)?(?:characteristics|"
                                r"demographics|data|variables|patient)\b")


# harms known of a drug or class the trial did not give, or known in general: "a common side effect of | zetapines",
# "the adverse effects of long-term | XY", "drowsiness is a frequent side effect" (the background of a trial that
# treats them)
HARMS_OF = rx.compile(r"""(?=[acst])\b(?:side[-\s]effects?|adverse\s(?:effects?|reactions?)|toxicit(?:y|ies))\s(?:of|from|with|associated
    \swith|caused\sby|induced\sby)\s(?:the\s|their\s)?(?:(?:long-term|chronic|prolonged|conventional|current|other)\s)?(?=(?P<x>[\w-]{2,40}))""",
                      re.I | re.X)
KNOWN_HARM = rx.compile(r"(?=[ai])\b(?:is|are)\s(?:a\s|an\s)?(?:common|frequent|well[-\s]known|known|major|rare|potential|recognized|"
                        r"recognised)\s(?:side[-\s]effects?|adverse\s(?:effects?|events?|reactions?)|complications?)\b", re.I)
# a drug class written in the plural: "antipsychotics", "NSAIDs", "SSRIs", "statins"
CLASS_PLURAL = re.compile(r"[a-z][a-z-]{3,30}s|[A-Z]{2,6}s")


def others_harms(view: View) -> bool:
    """Does the sentence speak of harms in general or of a drug the trial did not give ("Drowsiness is a common side
    effect of zetapines")? Then it names no event of the trial.

    >>> from kg.extractors.context import build_context
    >>> from kg.extractors.engine import make_view
    >>> from kg.documents import parse_document
    >>> ctx = build_context(parse_document("T\\n\\nDrowsiness is a side effect of zetapines. XY-1 was given.", "t.txt"))
    >>> others_harms(make_view(ctx, 1, True, True, None)), others_harms(make_view(ctx, 2, True, True, None))
    (True, False)
    """
    text = view.text
    if KNOWN_HARM.search(text) and not any(map(str.isdigit, text)):
        return True             # (not "Headache, a known side effect, occurred in 12%": the trial's count)
    own = {view.ctx.main_therapy, *view.ctx.allocated}
    for m in HARMS_OF.finditer(text):
        at = view.start + m.start("x")
        named = [d for d in view.of_kind("drug", "therapy") if d.start == at]
        if named and named[0].label not in own or not named and CLASS_PLURAL.fullmatch(m.group("x")):
            return True
    return False


def background_risk(view: View) -> bool:
    """Does the sentence name complications only as the disease's risk, before any trial ("zeta ulcers raise the
    risk of complications such as deep infection")? It names no therapy and no trial, and its only word of adverse
    events is "complication(s)"."""
    return risk_only(view.ctx, view.index, view.text)


def risk_only(ctx, i: int, text: str) -> bool:
    """:func:`background_risk` of sentence ``i`` (its text as read)."""
    cues_found = {m.group().lower().rstrip("s") for m in AE_CUE.finditer(text)}
    if cues_found != {"complication"} or ctx.of_kind(i, "drug", "therapy"):
        return False
    label = RUN_IN_LABEL.match(text)              # (a label the line opens with is no trial: "Study Summary: Zeta is")
    return not TRIAL_WORD.search(text[label.end():] if label else text)


# a label a paragraph opens with, set off by a colon: "Study Summary: ", "Bottom Line: "
RUN_IN_LABEL = re.compile(r"\s{0,3}[A-Z][\w-]{0,20}(?:\s[A-Z][\w-]{0,20}){0,3}:\s")


def speaks_of_events(view: View) -> bool:
    """Does the sentence report adverse events: in so many words, under a safety heading or label, or as an event
    phrase that occurred, or as an occurrence in a paragraph that began on adverse events?"""
    text, ctx = view.text, view.ctx
    if events_named(ctx)[view.index] or view.index in safety_sentences(ctx):
        return True
    if named_before_in_paragraph(ctx)[view.index] and OCCURRED.search(text):
        return True
    return any(is_event(text, t.start) for t in sentence_phrases(view))


def sentence_phrases(view: View) -> list[Term]:
    """:func:`~kg.text.adverse.phrase_terms` of the view's text, found once a document (the event test and the
    event reading both ask; the phrase pattern is the costliest search of the sentence)."""
    key = ("safety", "phrases", view.text)
    found = view.ctx.kinds.get(key)
    if found is None:
        found = view.ctx.kinds[key] = phrase_terms(view.text)
    return found


def named_before_in_paragraph(ctx) -> list[bool]:
    """Per sentence: does a sentence before it on its line (its paragraph) speak of adverse events in so many words?
    (once a document, in one pass: asked of each sentence, a walk back to the line's start would be quadratic)"""
    key = ("safety", "named before")
    found = ctx.kinds.get(key)
    if found is None:
        named, sentences = events_named(ctx), ctx.sentences
        found = [False] * len(sentences)
        for i in range(1, len(sentences)):
            if sentences[i].line == sentences[i - 1].line:
                found[i] = found[i - 1] or named[i - 1]
        ctx.kinds[key] = found
    return found


def comparator_only(view: View) -> bool:
    """Does the sentence give the comparator group's events alone ("In the placebo group, headache was ...")?"""
    return COMPARATOR_GROUP.search(view.text) is not None and not view.of_kind("drug", "therapy") and \
        not ANY_GROUP.search(view.text)


EVENTS_NAMED = ("safety", "named")


def events_named(ctx) -> list[bool]:
    """Per sentence: does it speak of adverse events in so many words, or open with a safety label? (once a document)"""
    found = ctx.kinds.get(EVENTS_NAMED)                # (asked of every sentence, twice)
    if found is None:
        # (not complications named as the disease's risk: no events of the trial, then or after)
        found = ctx.kinds[EVENTS_NAMED] = [bool(AE_CUE.search(t) and not risk_only(ctx, i, t) or SAFETY_LABEL.match(t))
                                           for i, t in enumerate(ctx.masked)]
    return found


def event_terms(view: View) -> list[tuple[Term, tuple[str, ...], str]]:
    """The sentence's events (term, ids, label): phrases, listed items, then lexicon mentions none of them covers.

    A grounded event is labelled by the lexicon (its node is shared by every document), another as written.
    """
    text = view.text
    conditions = condition_labels(view.ctx)
    mentions = [m for m in view.of_kind("phenotype", "disease") if not GRADE.search(m.label) and not GRADE.search(m.text)]
    # (a class of events followed by its members, "neurological events, including A and B", gives the members)
    out: list[tuple[Term, tuple[str, ...], str]] = [(term, (), term_label(term.text)) for term in sentence_phrases(view)
                                                    if is_event(text, term.start) and not MEMBERS_AFTER.match(text, term.end)]
    for term in listed_terms(text):
        inside = [m for m in mentions if term.start <= view.span(m)[0] and view.span(m)[1] <= term.end]
        if any(covers(t, term.start) for t, _, _ in out) or (len(inside) == 1 and inside[0].label in conditions):
            continue
        name = strip_article(term.text)
        if NOT_ITEM.match(name):
            continue
        term = Term(name, term.end - len(name), term.end, term.count)
        if len(inside) == 1 and inside[0].ids:
            out.append((term, inside[0].ids, inside[0].label))
        else:
            out.append((term, (), term_label(name)))
    for m in mentions:
        start, end = view.span(m)
        if m.label in conditions or any(covers(t, start) for t, _, _ in out) or not text[start:end].strip() \
                or text[start:end].lower() in EVENT_CLASS:
            continue
        if not is_event(text, start):
            continue
        if PROGRESSION_AFTER.match(text, end) or not_an_event_use(text, m, start, end, conditions):
            continue
        if alias_of_previous(text, start, out) or any(set(m.ids) & set(ids) for _, ids, _ in out if ids):
            continue
        term = qualified(text, Term(m.text, start, end))
        label = m.label if m.ids and term.text == m.text else term_label(term.text)
        out.append((term, m.ids if term.text == m.text else (), label))
    return out


def not_an_event_use(text: str, m, start: int, end: int, conditions: frozenset[str]) -> bool:
    """Is the lexicon mention used as no event: a condition's first words ("Acme" of "acme spectrum disorder"), a word of
    a rating instrument's name, a vaccine's disease ("the zeta vaccine"), "low toxicity", or a participle before a noun
    ("depressed enzyme synthesis")?"""
    written = text[start:end]
    label = m.label.lower()
    if any(c.lower().startswith(label + " ") for c in conditions):
        return True
    if INSTRUMENT_AFTER.match(text, end) or VACCINE_AFTER.match(text, end):
        return True
    if written.lower().startswith("toxicit") and LOW_BEFORE.search(text, max(0, start - 30), start):
        return True
    return " " not in written and written.lower().endswith("ed") and ADJECTIVE_USE.match(text, end) is not None


def is_event(text: str, start: int) -> bool:
    """Is what starts at ``start`` an event that happened, by the words before it (see NOT_EVENT_BEFORE)?"""
    return NOT_EVENT_BEFORE.search(text, max(0, start - 100), start) is None


def covers(term: Term, at: int) -> bool:
    return term.start <= at < term.end


def alias_of_previous(text: str, start: int, found: list[tuple[Term, tuple, str]]) -> bool:
    """Is the mention a name in parentheses right after an event found before it ("cholelithiasis (gallstones)")?"""
    return any(OPEN_PAREN.fullmatch(text, t.end, start) for t, _, _ in found if t.end <= start)


def qualified(text: str, term: Term) -> Term:
    """A one-word event with the adjective before it ("procedural pain"): the qualified term."""
    adj = QUALIFIER.search(text, max(0, term.start - 30), term.start)
    if adj and " " not in term.text and adj.group("adj").lower() not in NOT_QUALIFIER:
        return Term(f"{adj.group('adj')} {term.text}", adj.start("adj"), term.end, term.count)
    return term


def strip_article(text: str) -> str:
    return LEADING_ARTICLE.sub("", text)


def term_label(text: str) -> str:
    """An event's label as the text writes it: lower case unless it is an abbreviation ("ARIA-E", "ILD")."""
    text = " ".join(text.split())
    return text if CAPITALS.search(text) else text.lower()


def event_key(label: str) -> str:
    """What makes two events named without ids the same ("Infusion reactions" = "infusion reaction")."""
    key = re.sub(r"[\s-]+", " ", label.lower()).replace(" related ", " ")
    return re.sub(r"(?<=[a-rt-z])s$", "", key)


def condition_labels(ctx) -> frozenset[str]:
    """Diseases the document treats, not events: the one named most often outside its safety sentences, and any
    named as those treated have it ("patients with X") outside them; computed once per document."""
    key = ("safety", "conditions")
    found = ctx.kinds.get(key)
    if found is not None:
        return found
    section = safety_sentences(ctx)
    counts, held = Counter(), set()
    for i, ms in enumerate(ctx.mentions):
        text = ctx.masked[i]
        if i in section or events_named(ctx)[i]:
            continue
        start = ctx.sentences[i].start
        for m in ms:
            if m.kind != "disease":
                continue
            counts[m.label] += 1
            at = m.start - start
            if HELD_BEFORE.search(text, max(0, at - 80), at):
                held.add(m.label)
    top = counts.most_common(1)[0][0] if counts else None
    ctx.kinds[key] = found = frozenset(held | ({top} if top else set()))
    return found


def safety_sentences(ctx) -> frozenset[int]:
    """Sentences under a safety heading, to the next heading (computed once per document)."""
    key = ("safety", "sections")
    found = ctx.kinds.get(key)
    if found is not None:
        return found
    out, inside, paragraph = set(), False, None
    per_line: dict[int, int] = {}
    for s in ctx.sentences:
        per_line[s.line] = per_line.get(s.line, 0) + 1
    for i, s in enumerate(ctx.sentences):
        if is_heading(s.text) and per_line[s.line] == 1:
            inside, paragraph = SAFETY_HEADING.search(s.text) is not None, None
            continue
        bullet = ctx.doc.text[max(0, s.start - 2):s.start].strip() in ("-", "*", "•")
        if inside and paragraph is not None and s.line != paragraph and not bullet:
            inside = False             # the section is the paragraph under the heading (and bullets)
        if inside:
            out.add(i)
            paragraph = s.line
    ctx.kinds[key] = found = frozenset(out)
    return found


def is_heading(text: str) -> bool:
    """A short line that is no sentence: a section heading ("Safety", "Side effects to expect")."""
    return len(text) <= 80 and not text.endswith((".", "!", "?")) and not NOT_HEADING.search(text)


RULES = (
    Rule("safety.total", T.adverseEventsTotal, read_total, confidence=0.7, cue=AE_CUE,
         examples=(Example("In the trial, a total of 31 adverse events were reported.", (("adverseEventsTotal", "31"),)),
                   Example("Overall, 12 mild side effects were recorded in the trial.", (("adverseEventsTotal", "12"),)),
                   Example("In the trial, no adverse events were reported.", (("adverseEventsTotal", "0"),))),
         counterexamples=("The trial recorded adverse events in 12% of patients.",
                          "In the trial, no adverse events were reported in the placebo group.",
                          "In the trial, no new safety signals were observed.")),
    Rule("safety.serious.none", T.seriousAdverseEvents, read_no_serious, confidence=0.7, cue=AE_CUE,
         also=(T.seriousRelatedAdverseEvents,),
         examples=(Example("No serious adverse events occurred in the trial.", (("seriousAdverseEvents", "0"),)),
                   Example("There were no treatment-related serious adverse events in the trial.",
                           (("seriousRelatedAdverseEvents", "0"),)),
                   Example("In the trial, two adults had a serious adverse event, all unrelated to XY-123.",
                           (("seriousRelatedAdverseEvents", "0"),)),
                   Example("In the trial, serious adverse events occurred in one patient on placebo and three on XY-123, "
                           "and none were considered related to the study drug.", (("seriousRelatedAdverseEvents", "0"),))),
         counterexamples=("Serious adverse events were rare in the trial.",
                          "In the trial, two adults had a serious adverse event, one unrelated to XY-123.",
                          "In the trial, serious adverse events occurred in three patients, and none were severe.")),
    Rule("safety.serious.count", T.seriousAdverseEvents, read_serious_count, confidence=0.7, cue=AE_CUE,
         examples=(Example("Serious adverse events occurred in 7 patients in the trial.", (("seriousAdverseEvents", "7"),)),
                   Example("In the trial, four participants had a serious adverse event.", (("seriousAdverseEvents", "4"),)),
                   Example("Serious adverse events were reported in 9 of the 120 patients in the trial.",
                           (("seriousAdverseEvents", "9"),))),
         counterexamples=("Serious adverse events were reported in 12.5% of the XY-123 group in the trial.",
                          "Serious adverse events occurred in 9% of patients in the trial.",
                          "In the trial, serious adverse events occurred in two patients on placebo and three on XY-123.",
                          "In the trial, serious adverse events occurred in 4 patients in the XY-123 group and 2 in the "
                          "placebo group.",
                          "In the trial, 11 serious adverse events in the XY-123 arm were reported.")),
    Rule("safety.event", T.hasAdverseEvent, read_events, confidence=0.7,
         also=(T.adverseEventTerm, T.adverseEventCount),
         examples=(
             Example("In the trial, the most common side effects were nausea, headache and an upset stomach.",
                     (("adverseEventTerm", "nausea"), ("adverseEventTerm", "headache"),
                      ("adverseEventTerm", "upset stomach"))),
             Example("Infusion-related reactions (6 patients) were the most common adverse events in the trial.",
                     (("adverseEventTerm", "infusion-related reactions"), ("adverseEventCount", "6"))),
             Example("In the trial, nine of the 40 patients had a rash, a known side effect.",
                     (("adverseEventTerm", "rash"), ("adverseEventCount", "9"))),
             Example("The adverse events reported in at least 15% of XY-123 recipients in the trial were cough and sedation.",
                     (("adverseEventTerm", "cough"), ("adverseEventTerm", "sedation"))),
             Example("In the trial, the most common side effects were skin problems: rash, itching and dryness.",
                     (("adverseEventTerm", "rash"), ("adverseEventTerm", "itching"), ("adverseEventTerm", "dryness"))),
         ),
         counterexamples=("Patients with asthma in the trial reported fewer side effects.",
                          "Grade 3 adverse events occurred in 12% of patients in the trial.",
                          "The trial drug can cause rash, a side effect seen with other drugs.",
                          "No fainting, rash or increase in headache was observed in the trial.",
                          "No infusion complications or seizures occurred in the trial.",
                          "In the trial, XY-123 was virtually devoid of gastric toxicity, a known side effect of aspirin.",
                          "In the trial, side effects were scored with the Acme Anxiety Rating Scale.",
                          "In the trial XY-123, of known low toxicity, restored depressed enzyme synthesis.",
                          "In the trial there was no sign that toxicity shortened survival.")),
)


class SafetyExtractor(RuleExtractor):
    name = "safety"
    version = "2.0"
    rules = RULES
