"""Which organisations a document names, and where: the names the role rules of :mod:`kg.extractors.organizations`
point at.

A capitalised phrase is an organisation only when its shape says so (legal
form, company or institution head word: :mod:`kg.text.organizations`), when
the shipped list names it (``data/organizations.tsv``: regulators, funders,
sponsors of CT.gov records), or when a strong role cue points at it. Each
document's organisations are collected once (:func:`document_orgs`): the short
forms of a name ("Acme" for "Acme Therapeutics, Inc.") and abbreviations it
defines ("(ATI)") are that name, unless the text makes one the other's parent.

>>> from kg.documents import parse_document
>>> from kg.extractors.context import build_context
>>> doc = parse_document("T\\n\\nAcme Therapeutics, Inc. (ATI) said so. Acme and ATI agree.", source="t.txt")
>>> sorted(document_orgs(build_context(doc)).forms.items())  # doctest: +NORMALIZE_WHITESPACE
[('ATI', 'Acme Therapeutics'), ('Acme', 'Acme Therapeutics'), ('Acme Therapeutics', 'Acme Therapeutics'),
 ('Acme Therapeutics, Inc.', 'Acme Therapeutics')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache, reduce
from operator import or_
from typing import Iterator, NamedTuple

from kg.extractors.context import entity_of
from kg.extractors.document_names import spans_of
from kg.extractors.engine import Hit, T, View
from kg.extractors.therapy_names import therapy_labels
from kg.extractors.util import document_name
from kg.model import Entity, Mention
from kg.text import cues
from kg.text import prefilter as rx
from kg.text.organizations import (COMPANY_HEADS, HEAD_SET, LEGAL_FORMS, canonical, find_names, heads_per_text,
                                   hits_per_text, key, name_after, names_before, shipped)
from kg.trials.attribution import automaton

NOT_ORG_KINDS = ("drug", "therapy", "disease", "phenotype", "gene", "chemical", "country", "measure", "cell", "regulator")
# an owner's "'s" and the descriptive words up to a therapy named at the end of the searched text
POSSESSIVE_BEFORE = rx.compile(cues.ORG_POSSESSIVE.pattern + "$", re.X)
# an abbreviation a name defines right after it: "Acme Therapeutics (ATI)" (matched at the start of the text after
# the name; the look back keeps a search from trying a long run of blanks once from each of its characters)
ABBREVIATION_AFTER = re.compile(r"(?<!\s)\s*\(([A-Z][A-Za-z0-9&]{1,10})\)")
# first words too common to stand for a company alone ("American", "National" ...)
GENERIC_FIRST = frozenset("""American National General International Global United Royal New First Central Eastern
    Western Northern Southern European Asian Pacific Medical Clinical Research Health University Institute Bio
    Pharma""".split())


@lru_cache(maxsize=1)
def shipped_automaton():
    return automaton(shipped())


@lru_cache(maxsize=1)
def names_automaton():
    """One automaton over the shipped list's forms and the head words and legal forms of names by shape: a document's
    sentences are read once for both (each word's hits come in the order of its own automaton's)."""
    return automaton(sorted(set(shipped()) | HEAD_SET))


class OrgSpan(NamedTuple):
    """An organisation named in a sentence: offsets in the sentence, the document's label for it, its kind (a named
    tuple: the rules make one for every name of the sentences they read, and a frozen dataclass is slow to make)."""

    start: int
    end: int
    label: str
    kind: str


@dataclass
class DocOrgs:
    """A document's organisations: each surface form's label and kind, and which names the text makes parents."""

    forms: dict[str, str] = field(default_factory=dict)          # surface form -> label
    kinds: dict[str, str] = field(default_factory=dict)          # label -> kind
    spans: dict[int, list[OrgSpan]] = field(default_factory=dict)
    finder: object = None

    def entity(self, label: str) -> Entity:
        return Entity("Organization", label)


# the cues that point at a name whatever its shape (strong_names, parent_names, renames); the literals of each one's
# first requirement set are bits of the prefilter (kg.text.prefilter): a text whose bits meet none of theirs matches
# none of the cues, and is not tried cue by cue (most sentences; every cue here has literals, or [0] fails at import).
# The cues of cued_names, of parent_names and of renames are each tested so too: a sentence holding the words of one
# family (most often ", which") is not handed to the others.
STRONG_CUES = (cues.ORG_STRONG_CUE, cues.ORG_EXECUTIVE_OF, cues.ORG_ABOUT, cues.ORG_RENAMED, cues.ORG_IS_A_COMPANY,
               cues.ORG_CHILD_OF, cues.ORG_HYPHEN_ROLE, cues.ORG_WHICH_DEVELOPS, cues.ORG_TICKER, cues.ORG_DESCRIBED_BEFORE,
               cues.ORG_DESCRIBED_AFTER, cues.ORG_OWNS_INVESTIGATIONAL, cues.ORG_SAID_ITS, cues.ORG_MAKER_IN_BRACKET)
PARENT_CUES = (cues.ORG_PARENT_NAME, cues.ORG_ONE_OF_COMPANIES, cues.ORG_PARENT_BEFORE_UNIT)
NAME_CUES = STRONG_CUES + PARENT_CUES
NAME_CUE_BITS = reduce(or_, (cue.masks[0] for cue in NAME_CUES))
STRONG_CUE_BITS = reduce(or_, (cue.masks[0] for cue in STRONG_CUES))
PARENT_CUE_BITS = reduce(or_, (cue.masks[0] for cue in PARENT_CUES))


# what every match of ORG_DESCRIBED_AFTER and of ORG_IS_A_COMPANY holds: searched for first, from a literal first
# character (re's fast scan), where the cues themselves are tried at every position or every blank of a text
A_COMMA = re.compile(r",\s{1,3}(?:a|an|the)\s")
IS_A = re.compile(r"is\s{1,3}(?:a|an|the)\s")


def may_cue_name(text: str) -> bool:
    """May one of :data:`NAME_CUES` match in ``text``? (False: none does.)

    >>> may_cue_name("XY-123 was developed by Acme."), may_cue_name("Patients took XY-123.")
    (True, False)
    """
    return bool(rx.held(text) & NAME_CUE_BITS)


def strong_names(text: str, therapy_starts: list[int], cued: bool = True) -> Iterator[tuple[int, int]]:
    """Spans of the names a strong role cue points at ("sponsored by X", "an X-funded trial", "X's drug XY-123");
    ``cued`` False (see :func:`may_cue_name`) skips the cues, as none matches."""
    if cued:
        yield from cued_names(text)
    for start in therapy_starts if "'" in text or "’" in text else ():   # "Acme and Beta's antibody XY-123"
        window = max(0, start - 120)
        m = POSSESSIVE_BEFORE.search(text, window, start)
        if m:
            yield from names_before(text, m.start())


def opening_name(text: str, end: int) -> list[tuple[int, int]]:
    """The name that ends right before ``end``, where it opens the sentence (after a dateline or a descriptor)."""
    return [n for n in names_before(text, end)[-1:] if cues.ORG_ANNOUNCE_OPENING.fullmatch(text, 0, n[0])]


def cued_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the names the cues of :func:`strong_names` point at, in the order of the cues."""
    bits = rx.held(text)
    for m in searched(cues.ORG_EXECUTIVE_OF, text, bits):
        yield from name_after(text, m.end())[:1]                  # "chief medical officer for | Acme"
    for m in searched(cues.ORG_STRONG_CUE, text, bits):
        lead = cues.ORG_DESCRIPTION_LEAD.match(text, m.end())     # "developed by the Japanese drugmaker Acme"
        names = name_after(text, lead.end() if lead else m.end())
        yield from names
        tail = cues.ORG_WITH_PARTNER.match(text, names[-1][1]) if names else None
        if tail and "together" in tail.group() or tail and "partnership" in tail.group():   # "... together with Beta"
            yield from name_after(text, tail.end())
    for cue in (cues.ORG_ABOUT, cues.ORG_RENAMED):          # "About Acme Bio" (a release's boilerplate); "now operates as"
        for m in searched(cue, text, bits):
            # (not the release's trial: "About ZETA 1", "About Study 12")
            yield from [n for n in name_after(text, m.end())[:1] if not NUMBERED_NAME.match(text, n[1])]
    # "Acme is a global biotechnology company"
    for m in searched(cues.ORG_IS_A_COMPANY, text, bits) if IS_A.search(text) else ():
        yield from [n for n in names_before(text, m.start())[-1:] if n[0] <= 2]
    for m in searched(cues.ORG_CHILD_OF, text, bits):      # "Acme, in the US, is a wholly owned member of Beta"
        yield from names_before(text, m.start())[-1:]
    for m in searched(cues.ORG_HYPHEN_ROLE, text, bits):
        yield from names_before(text, m.end("org"))[-1:]
    # "XY-123, which Acme and Beta develop": names are read only before a developing verb (none in the text: no name)
    for m in searched(cues.ORG_WHICH_DEVELOPS, text, bits) if cues.ORG_DEVELOP_VERB.possible(text) else ():
        names = name_after(text, m.end("which"))
        if names and cues.ORG_DEVELOP_VERB.match(text, names[-1][1]):
            yield from names
    for m in searched(cues.ORG_BARE_TICKER, text, bits):   # "Acme (ACME) announced": the sentence's opening name
        #                                                     (after a dateline: "(Wire) – Acme (ACME.L) said")
        yield from opening_name(text, m.start())
    for m in searched(cues.ORG_MAKER_IN_BRACKET, text, bits):     # "XY-123 (Zetavo; Acme, Springfield, MA)"
        yield from name_after(text, m.end())[:1]
    for m in searched(cues.ORG_SAID_ITS, text, bits):      # "Acme Ways said that its study ...": the opening name
        yield from opening_name(text, m.start())
    for m in searched(cues.ORG_TICKER, text, bits):        # "Acme Bio (NASDAQ: ACME)"
        yield from names_before(text, m.start())[-1:]
    for m in searched(cues.ORG_OWNS_INVESTIGATIONAL, text, bits):   # "Acme's investigational antibody"
        yield from names_before(text, m.start())[-1:]
    for m in searched(cues.ORG_DESCRIBED_BEFORE, text, bits):       # "drugmaker Acme", "Boston-based Acme"
        yield from name_after(text, m.end())[:1]
    # "Acme, a clinical-stage biotech company"
    for m in searched(cues.ORG_DESCRIBED_AFTER, text, bits) if A_COMMA.search(text) else ():
        yield from names_before(text, m.start())[-1:]


# the number after a name, as trials' names end ("ZETA | 1", "Study | 12", "ZETA | -3"), not companies'
NUMBERED_NAME = re.compile(r"[\s-](?:\d{1,4}[A-Za-z]?|[IVX]{1,4})\b")


def searched(cue: rx.Prefiltered, text: str, bits: int):
    """``cue.finditer(text)``; nothing, at one test, where the text's literals (``bits``: :func:`prefilter.held`)
    hold none of the cue's first set (most texts, for most cues: its finditer would look the literals up again).

    >>> list(searched(cues.ORG_ABOUT, "Patients took it.", rx.held("Patients took it.")))
    []
    """
    return cue.finditer(text) if cue.masks[0] & bits else ()


def parent_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the names a text makes parents ("a subsidiary of X", "owned by X", "the X unit", "X's Y unit")."""
    bits = rx.held(text)
    for m in searched(cues.ORG_PARENT_NAME, text, bits):
        place = cues.ORG_PLACE_POSSESSIVE.match(text, m.end()) or cues.ORG_DESCRIPTION_LEAD.match(text, m.end())
        yield from name_after(text, place.end() if place else m.end())[:1]
    for m in searched(cues.ORG_ONE_OF_COMPANIES, text, bits):
        yield from name_after(text, m.end())[:1]
    for m in searched(cues.ORG_PARENT_BEFORE_UNIT, text, bits):
        yield m.start("parent"), m.end("parent")


def mentioned_most(names: set[str], count: dict[str, int]) -> str | None:
    """The one name of several that the text names most often, or None on a tie ("Acme" of "Acme Bio" and "Acme
    Group" goes to the one named more)."""
    ranked = sorted(names, key=lambda n: -count.get(n, 0))
    if len(ranked) == 1 or ranked and count.get(ranked[0], 0) > count.get(ranked[1], 0):
        return ranked[0]
    return None


def without_legal_form(name: str) -> str:
    """A company's name without a legal form that ends it ("Acme Bio Inc." is "Acme Bio"; "Eta and Company" stays).

    >>> without_legal_form("Acme Bio Corporation"), without_legal_form("Beta Pharma")
    ('Acme Bio', 'Beta Pharma')
    """
    words = name.split()
    while len(words) > 2 and words[-1] in LEGAL_FORMS and words[-2] not in ("&", "and"):
        words.pop()
    return " ".join(words).rstrip(",")


def renames(text: str) -> Iterator[tuple[str, str]]:
    """(earlier name, later name) pairs: "Acme, which became part of Beta and now operates as Beta Gene Therapies",
    "Acme, now known as Gamma Bio"."""
    for m in cues.ORG_RENAMED.finditer(text):
        new = name_after(text, m.end())[:1]
        which = text.rfind(", which ", max(0, m.start() - 160), m.start())
        at = which if which >= 0 else (m.start() - 2 if text[max(0, m.start() - 2):m.start()] == ", " else -1)
        old = names_before(text, at)[-1:] if at > 0 else []
        if new and old:
            yield canonical(text[old[0][0]:old[0][1]]), canonical(text[new[0][0]:new[0][1]])


# a person's degree after a name: "Jane Zorbel, M.D.", "Jane Zorbel MD, PhD" (the name is a person's, not a body's)
DEGREE_AFTER = re.compile(r",?\s?(?:M\.\s?D\.?|Ph\.\s?D\.?|Pharm\.\s?D\.?|MD|PhD|PharmD|MBBS|DPhil|FRCP|MPH)(?![\w])")


# the words a release uses for its own company, capitalised as a defined term: no name of one
SELF_REFERENCES = frozenset("Company Corporation Sponsor Group Partnership Firm Licensee Licensor".split())


def candidate_ok(name: str, text: str, start: int, mentions: list[Mention], base: int) -> bool:
    """May a capitalised name a cue points at be an organisation? Not another entity, not a person, not too long.

    >>> candidate_ok("Jane Zorbel M.D.", "by Jane Zorbel M.D., director", 3, [], 0)
    False
    >>> candidate_ok("Jane Zorbel", "by Jane Zorbel, PhD, director", 3, [], 0)
    False
    >>> candidate_ok("Company", "evaluating the Company's zeta inhibitor", 15, [], 0)     # the writer's own company
    False
    """
    if not name or len(name) < 2 or len(name.split()) > 6 or name.split()[0] in ("Dr", "Professor", "Prof") \
            or name in SELF_REFERENCES:
        return False
    end = start + len(name)
    if DEGREE_AFTER.search(name) or DEGREE_AFTER.match(text, end):
        return False
    # another entity may stand inside a longer name ("Acme Trials Australia"), not at its start nor as all of it
    return not any(m.kind in NOT_ORG_KINDS and m.start - base <= start < m.end - base
                   or m.kind in NOT_ORG_KINDS and m.start - base <= start and end <= m.end - base for m in mentions)


def document_orgs(ctx) -> DocOrgs:
    """The organisations of a document, collected once and kept on its context (see :func:`collect_orgs`)."""
    return ctx.cached(("organizations",), lambda: collect_orgs(ctx))


def collect_orgs(ctx) -> DocOrgs:
    """Every organisation the sentences of a document name, with the label each of its forms stands for."""
    doc = ctx.doc
    found: dict[str, str] = {}            # name -> kind
    listed = shipped()
    short_of: dict[str, str] = {}         # abbreviation, short form or form as written -> name
    parents: set[str] = set()
    renamed: dict[str, str] = {}          # an earlier name -> the name the text says the company now goes by
    # the head words and listed names of every sentence, found in one pass over them all (few sentences hold one)
    both = hits_per_text(names_automaton(), ctx.masked)
    heads = heads_per_text(ctx.masked, both)
    listed_hits = [[(last, form) for last, form in hits if form in listed] if hits else hits for hits in both]
    for i, s in enumerate(ctx.sentences):
        text = ctx.masked[i]
        shaped = find_names(text, heads[i]) if heads[i] else []
        for o in shaped:
            found.setdefault(o.name, o.kind)
            if text[o.start:o.end] != o.name:
                short_of.setdefault(text[o.start:o.end], o.name)
            abbr = ABBREVIATION_AFTER.match(text[o.end:o.end + 16])
            if abbr:
                short_of.setdefault(abbr.group(1), o.name)
        for last, form in listed_hits[i]:
            start = last - len(form) + 1
            if is_whole(text, start, last + 1):
                org = listed[form]
                if form == org.label or org.label in doc.text or org.kind in ("regulator", "funder"):
                    found.setdefault(org.label, org.kind)
                    if form != org.label:
                        short_of.setdefault(form, org.label)
                else:                        # the list's full name is not the text's: the text's own name family
                    found.setdefault(canonical(form), org.kind)
        # strong_names reads the therapies' places only for an owner's "'s" before one
        starts = [m.start - s.start for m in ctx.of_kind(i, "drug", "therapy")] if "'" in text or "’" in text else []
        # most sentences hold none of the cues' words: they are not tried; the others, only each family they hold
        bits = rx.held(text) & NAME_CUE_BITS
        cued = bool(bits & STRONG_CUE_BITS)
        for a, b in strong_names(text, starts, cued) if cued or starts else ():
            name = canonical(text[a:b])
            if any(o.start <= a < o.end for o in shaped):      # the shape read the whole name already
                continue
            if name not in found and candidate_ok(name, text, a, ctx.mentions[i], s.start):
                found[name] = "organization"
        for a, b in parent_names(text) if bits & PARENT_CUE_BITS else ():
            name = canonical(text[a:b])
            if candidate_ok(name, text, a, ctx.mentions[i], s.start):
                found.setdefault(name, "organization")
                parents.add(name)
        for old, new in renames(text) if bits & cues.ORG_RENAMED.masks[0] else ():
            if old in found and new in found and old != new:
                renamed[old] = new
    orgs = DocOrgs()
    # every name, then each company's short forms, that no longer name of the document takes
    longest: dict[str, str] = {}          # forms of one name ("Acme Bio", "Acme Bio Inc") are its longest form
    variants = set(found) | {without_legal_form(n) for n, k in found.items() if k in ("company", "organization")}
    count = {name: doc.text.count(name) for name in variants}
    for name in variants:           # the form the text uses most ("Acme Bio" over one "Acme Bio Inc."), else the longest
        k = key(name)
        have = longest.get(k, "")
        if (count[name], len(name)) > (count.get(have, 0), len(have)):
            longest[k] = name
    for name, kind in found.items():
        orgs.forms[name] = longest[key(name)]
    claims: dict[str, set[str]] = {}      # a short form two companies of the text share names neither
    for name, kind in found.items():
        if kind in ("company", "organization"):
            for short in company_short_forms(name):
                claims.setdefault(short, set()).add(key(name))
                count[key(name)] = max(count.get(key(name), 0), count.get(name, 0))
    for name, kind in sorted(found.items(), key=lambda x: -len(x[0])):
        if kind not in ("company", "organization"):
            continue
        for short in company_short_forms(name):
            if short not in orgs.forms and short not in parents and mentioned_most(claims[short], count) == key(name):
                orgs.forms[short] = name
    for short, name in short_of.items():          # an abbreviation or written form is its name's, whatever else
        if short not in parents:
            orgs.forms[short] = orgs.forms.get(name, name)
    # a one-word name that is a word of a longer company name is that company ("Beta" and "Alpha Beta Inc.")
    for name in list(orgs.forms):
        if orgs.forms[name] != name or " " in name:
            continue
        longer = {key(n): n for n, k in found.items() if n != name and k in ("company", "organization")
                  and not n.endswith(" Companies")                  # a family of companies, not one
                  and name.lower() in key(n).split() and name not in parents}
        chosen = mentioned_most(set(longer), {k: count.get(longest[k], 0) for k in longer})
        if chosen:
            orgs.forms[name] = longest[chosen]
    # the label of a family is its longest name; a renamed company's forms are its new name's
    for form, name in list(orgs.forms.items()):
        orgs.forms[form] = orgs.forms.get(name, name)
    for old, new in renamed.items():
        old_label, new_label = orgs.forms.get(old, old), orgs.forms.get(new, new)
        for form, label in list(orgs.forms.items()):
            if label == old_label:
                orgs.forms[form] = new_label
    for form, label in orgs.forms.items():
        kind = found.get(form) or found.get(label) or "organization"
        if orgs.kinds.get(label) in (None, "organization"):
            orgs.kinds[label] = kind
    orgs.finder = automaton(orgs.forms)
    return orgs


def organization_entity(ctx, name: str) -> Entity | None:
    """The document's organisation a name stands for (its one label for all its forms), or None when the name is
    not one of the document's organisations ("Officials"). For other extractors that name an organisation (a
    status's actor), so that every role of one organisation falls on one node.

    >>> from kg.documents import parse_document
    >>> from kg.extractors.context import build_context
    >>> ctx = build_context(parse_document("T\\n\\nAcme Bio, Inc. said so. Officials said Acme had stopped.", source="t.txt"))
    >>> organization_entity(ctx, "Acme"), organization_entity(ctx, "Officials")
    (Entity(kind='Organization', label='Acme Bio', ids=(), scope='', local=''), None)
    """
    orgs = document_orgs(ctx)
    label = orgs.forms.get(name) or orgs.forms.get(canonical(name))
    if label is None or orgs.kinds.get(label) == "regulator":
        return None
    return orgs.entity(label)


def company_short_forms(name: str) -> list[str]:
    """The shorter names a company goes by in one text: without legal form, head word, or after its first word.

    >>> company_short_forms("Acme Therapeutics, Inc."), company_short_forms("Zeta Lambda and Company")
    (['Acme'], ['Zeta Lambda', 'Zeta'])
    """
    words = key(name).split()
    original = canonical(name).replace(",", " ").split()[:len(words)]
    out = []
    if len(original) < len(canonical(name).split()):
        out.append(" ".join(original))
    if len(original) > 1 and original[-1] in COMPANY_HEADS:
        out.append(" ".join(original[:-1]))
    first = original[0] if original else ""
    if len(original) > 1 and len(first) >= 4 and first[0].isupper() and first not in GENERIC_FIRST \
            and first not in LEGAL_FORMS:
        out.append(first)
    return list(dict.fromkeys(x for x in out if x and x != name))


def is_whole(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a whole word run (no word character just outside it)?"""
    return (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())


# a legal form written without its period at a name's end: "Acme Labs, Inc", "Beta Co"
ABBREVIATED_END = re.compile(r"\b(?:Inc|Ltd|Co|Corp|Pvt|Pty)$")


def org_spans(view: View) -> list[OrgSpan]:
    """The organisations a sentence names, in text order, longest first where they overlap; regulators included."""
    orgs = document_orgs(view.ctx)
    cached = orgs.spans.get(view.index)
    if cached is not None:
        return cached
    text = view.text
    # (the automaton reads a text at some hundred instructions a character: only the sentences the rules read)
    found = list(orgs.finder.iter(text)) if orgs.finder is not None else []
    regulators = view.of_kind("regulator")
    if not found and not regulators:    # most sentences the rules read name none
        out = orgs.spans[view.index] = []
        return out
    hits = []
    starts: dict[str, list[int]] = {}
    for last, form in found:
        starts.setdefault(form, []).append(last - len(form) + 1)
    kinds = orgs.kinds
    for form, spans in spans_of(text, starts, None, None).items():
        label = orgs.forms[form]
        kind = kinds.get(label, "organization")
        # ("Acme Labs, Inc" found in "Acme Labs, Inc. and Beta ...": the legal form's period is the name's)
        hits += [OrgSpan(a, b + 1 if text.startswith(".", b) and ABBREVIATED_END.search(form) else b, label, kind)
                 for a, b in spans]
    for m in regulators:
        a, b = view.span(m)
        hits.append(OrgSpan(a, b, m.label, "regulator"))
    if len(hits) > 1:
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out, reach = [], -1
    for h in hits:
        if h.start >= reach:
            out.append(h)
            reach = h.end
    orgs.spans[view.index] = out
    return out


def entity(span: OrgSpan) -> Entity:
    return Entity("RegulatoryAgency" if span.kind == "regulator" else "Organization", span.label)


# --- reading helpers: names a cue points at ---

LIST_GAP_BEFORE = re.compile(r"(?:,\s{0,3}|\s{1,3})(?:and\s{1,3}|&\s{1,3})?$")
# ("the" also as a name's own first word, capitalised: "sponsored by The Acme Company", whose name is kept without it)
LIST_GAP = re.compile(rf"(?:,?\s{{1,3}}{cues.LEGAL_FORMS}\.?)?\s{{0,3}}(?:,\s{{0,3}}(?:and\s{{1,3}})?|and\s{{1,3}}|&\s{{1,3}})"
                      r"(?:[Tt]he\s{1,3})?")     # (after the name's legal form: "Acme Bio Inc. | and")
LEAD_GAP = re.compile(r"\s{0,3}(?:[Tt]he\s{1,3}|an?\s{1,3})?")


def spans_after(spans: list[OrgSpan], text: str, pos: int) -> list[OrgSpan]:
    """The organisations that start right after ``pos`` ("the" allowed), and those listed after them."""
    gap = LEAD_GAP.match(text, pos)
    at = gap.end() if gap else pos
    lead = cues.ORG_DESCRIPTION_LEAD.match(text, at) if gap and gap.group().strip() else None
    at = lead.end() if lead else at
    out = []
    for s in spans:
        if s.start < at:
            continue
        if s.start != at:
            break
        out.append(s)
        more = LIST_GAP.match(text, s.end)
        if not more:
            break
        at = more.end()
    return out


def spans_before(spans: list[OrgSpan], text: str, pos: int) -> list[OrgSpan]:
    """The organisations that end right before ``pos``, and those listed before them ("Acme and Beta's")."""
    out: list[OrgSpan] = []
    end = pos
    for s in reversed(spans):
        if s.end > end:
            continue
        if s.end != end:
            break
        out.insert(0, s)
        gap = LIST_GAP_BEFORE.search(text[max(0, s.start - 8):s.start])
        if not gap or "and" not in gap.group() and "&" not in gap.group() and "," not in gap.group():
            break
        end = s.start - len(gap.group())
    return out


def therapy_near(view: View, pos: int) -> Mention | None:
    """The therapy a clause at ``pos`` is about: the last named before it, else the first after it."""
    therapies = named_therapies(view)
    before = [m for m in therapies if view.span(m)[0] < pos]
    if before:
        return before[-1]
    return therapies[0] if therapies else None


def main_therapy(view: View) -> Mention | None:
    """The document's main therapy; where that is a substance the text names no therapy by ("its experimental zetol
    drug"), the one therapy the document names, if it names one."""
    name, labels = view.ctx.main_therapy, therapy_labels(view.ctx)
    if name and name not in labels:
        name = next(iter(labels)) if len(labels) == 1 else None
    return view.ctx.therapies.get(name) if name else None


def named_therapies(view: View) -> list[Mention]:
    """The sentence's drugs and therapies, without a substance the text names no therapy by ("its experimental zetol
    drug", "a zetol-lowering effect": the therapy is named apart); made once a sentence (the rules ask it again and
    again)."""
    found = view.found.get(NAMED_THERAPIES)
    if found is None:
        labels = therapy_labels(view.ctx)
        found = view.found[NAMED_THERAPIES] = [m for m in view.of_kind("drug", "therapy")
                                               if m.kind != "drug" or m.label in labels]
    return found


NAMED_THERAPIES = ("org names", "named therapies")


def developer_hits(view: View, therapy: Mention | None, orgs: list[OrgSpan], predicate: str = T.developedBy):
    """developedBy (or partner) hits for each organisation that is not a regulator, with the therapy's name."""
    if therapy is None:
        return
    subject = entity_of(therapy, "Therapy")
    named = False
    for o in orgs:
        if o.kind in ("regulator", "hospital", "society", "government"):
            continue
        yield Hit(subject, entity(o), o.start, o.end, predicate=predicate)
        if not named:
            named = True
            yield Hit(subject, document_name(view.ctx, therapy), predicate=T.name)
