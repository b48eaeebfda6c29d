"""Organisations and their roles: developer, partner, sponsor or funder, collaborator, site, parent.

A capitalised phrase is an organisation only when its shape says so (legal
form, company or institution head word: :mod:`kg.text.organizations`), when
the shipped list names it (``data/organizations.tsv``: regulators, funders,
sponsors of CT.gov records), or when a strong role cue points at it
("sponsored by X", "developed by X", "X's investigational drug XY-123",
"a subsidiary of X"). Each document's organisations are collected once
(:func:`document_orgs`): the short forms of a name ("Acme" for "Acme
Therapeutics, Inc.") and abbreviations it defines ("(ATI)") are that name,
unless the text makes one the other's parent. The roles are :class:`Rule`
records of the engine.

>>> from kg.documents import parse_document
>>> doc = parse_document("T\\n\\nAcme Bio, a subsidiary of Beta Group AG, said so.", source="t.txt")
>>> sorted((f.subject.label, f.predicate, f.object_text) for f in OrganizationExtractor().extract(doc))
[('Acme Bio', 'parentOrganization', 'Beta Group AG')]
"""

from __future__ import annotations

import re

from kg.extractors.engine import Example, Hit, Rule, RuleExtractor, T, View
from kg.extractors.org_names import (OrgSpan, developer_hits, document_orgs, entity, main_therapy, named_therapies,
                                     org_spans, spans_after, spans_before, therapy_near)
from kg.extractors.util import part_search
from kg.text import cues
from kg.text import prefilter as rx

# The possessive's cue is one of two characters; named as the prefilter's literals (the text holds one iff the cue
# finds it), every cue of this extractor has literals, and the engine passes over a sentence that holds none of
# them before trying its sixteen rules one by one (engine.wanted_bits)
POSSESSIVE_CUE = rx.Prefiltered(cues.ORG_POSSESSIVE_CUE.regex, (frozenset({"'", "’"}),))


# --- developer ---

def read_developed_by(view: View):
    """ "XY-123, developed by Acme Bio (with Beta Pharma)", "marketed as Zeta by Acme"."""
    spans = org_spans(view)
    for m in cues.ORG_DEVELOPED_BY.finditer(view.text):
        orgs = spans_after(spans, view.text, m.end())
        tail = cues.ORG_WITH_PARTNER.match(view.text, orgs[-1].end) if orgs else None
        if tail:
            orgs += spans_after(spans, view.text, tail.end())
        yield from developer_hits(view, therapy_near(view, m.start()) or subject_before(view) or main_therapy(view), orgs)


def read_drug_from(view: View):
    """ "XY-123, the gout drug from Acme, met ...", "the investigational drug from Acme cut ...": the therapy
    the phrase stands beside, else (naming none) the document's therapy; not where it is set against another."""
    spans = org_spans(view)
    text = view.text
    for m in cues.ORG_DRUG_FROM.finditer(text):
        if SET_AGAINST_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue                        # ("XY-123 beat the older drug from Beta": a rival's)
        beside = [t for t in named_therapies(view) if APPOSITION.fullmatch(text, view.span(t)[1], m.start())]
        named = [t for t in named_therapies(view) if view.span(t)[0] < m.start()]
        therapy = beside[0] if beside else (None if named else main_therapy(view))
        yield from developer_hits(view, therapy, spans_after(spans, text, m.end())[:1])


def read_shares_moved(view: View):
    """ "Acme Bio (NASDAQ: ACME) shares jumped after the company reported that its XY-123 trial met its goal": the
    company whose shares moved on its trial's news develops the therapy the sentence names after, else (naming none)
    the document's therapy."""
    spans = org_spans(view)
    text = view.text
    for s in spans:
        if s.kind != "company" or (m := cues.ORG_SHARES_MOVED.match(text, s.end)) is None:
            continue
        after = [t for t in named_therapies(view) if view.span(t)[0] >= m.end()]
        before = [t for t in named_therapies(view) if view.span(t)[0] < s.start]
        therapy = after[0] if after else (None if before else main_therapy(view))
        yield from developer_hits(view, therapy, [s])
        return


# what stands between a therapy and the phrase that describes it: "XY-123 | , | the ... drug from"
APPOSITION = re.compile(r",\s{1,3}")
# a comparison right before such a phrase: the phrase names a rival ("better than | the drug from Beta")
SET_AGAINST_BEFORE = re.compile(rf"\b(?:{cues.COMPARED_WORDS}|against|beat|beats|over|with)\s{{1,3}}$", re.I)


# a sentence that opens on a pronoun for the therapy the sentence before opened on: "XY-123 is a ... It was developed by"
PRONOUN_OPENING = re.compile(r"(?<!\s)\s*+(?:It|This\s(?:drug|therapy|compound|candidate|medicine|product))\s")


def subject_before(view: View) -> Mention | None:
    """The therapy that opens the sentence before, where this one opens on a pronoun for it; None otherwise."""
    i = view.index
    if i == 0 or not PRONOUN_OPENING.match(view.text):
        return None
    before = view.ctx.of_kind(i - 1, "drug", "therapy")
    start = view.ctx.sentences[i - 1].start
    return before[0] if before and before[0].start - start <= 2 else None


# the words that make "Acme's ... drug" the company's own candidate, not any drug it sells or a rival's
OWN_CANDIDATE = re.compile(r"\b(?:experimental|investigational|lead|novel)\b")
# the news of a trial: its endpoint's, its goal's or its results'
TRIAL_NEWS = re.compile(r"\b(?:trials?|stud(?:y|ies)|endpoints?|end\s+points?|goals?|results|data)\b", re.I)
# "its experimental drug", "its lead candidate": the company's own therapy, named elsewhere
OWN_UNNAMED = re.compile(r"\bits\s(?:experimental|investigational|lead|novel)\s(?:[\w-]{1,20}\s){0,2}?(?:drug|candidate|therapy|"
                         r"medicine|treatment|compound|antibody|vaccine|pill|tablet|injection|shot)\b")


def read_possessive(view: View):
    """ "Acme Bio's investigational antibody XY-123", "Acme and Beta's XY-123", "XY-123, Acme's cell therapy",
    "Acme's (NASDAQ:ACME) XY-123"."""
    spans = org_spans(view)
    text = view.text
    therapies = named_therapies(view)
    for s in spans:
        if not cues.ORG_POSSESSIVE.match(text, s.end):
            continue
        owners = spans_before(spans, text, s.end)
        target = next((t for t in therapies if 0 < view.span(t)[0] - s.end <= 120
                       and cues.ORG_POSSESSIVE.fullmatch(text, s.end, view.span(t)[0])), None)
        study = cues.ORG_OWN_STUDY.match(text, s.end) if target is None else None
        of = cues.ORG_STUDY_OF.match(text, study.end()) if study else None
        if of:                                # "Acme Ltd's Phase 2 clinical study of XY-123": its own product
            target = next((t for t in therapies if view.span(t)[0] == of.end()), None)
        noun = cues.ORG_THERAPY_NOUN.match(text, s.end) if target is None else None
        if noun:
            target = next((t for t in reversed(therapies) if view.span(t)[1] <= owners[0].start
                           and cues.ORG_APPOSED.fullmatch(text, view.span(t)[1], owners[0].start)), None)
            target = bracketed_after(view, therapies, target) or target  # ("zetamab (AB-12), Acme's antibody")
        if noun and target is None and not therapies and (
                OWN_CANDIDATE.search(noun.group())
                or (cues.ORG_OPENING.fullmatch(text, 0, owners[0].start) and TRIAL_NEWS.search(text, s.end))):
            target = main_therapy(view)      # "Acme's experimental diabetes drug failed", the drug named apart (or
            #                                  opening the news of a trial: "Acme Inc's drug cut X in a Phase 3 trial")
        yield from developer_hits(view, target, owners)


def bracketed_after(view: View, therapies: list[Mention], t: Mention | None) -> Mention | None:
    """The therapy right before ``t`` where ``t`` is its code name in brackets ("zetamab (AB-12)"), else None (a
    name in brackets after a code, "AB-12 (zetamab)", is the therapy's own)."""
    if t is None or t.source != "pattern":
        return None
    a, _ = view.span(t)
    return next((o for o in therapies if o is not t and PAREN_OPENS.fullmatch(view.text, view.span(o)[1], a)), None)


def read_which_develops(view: View):
    """ "XY-123, which Acme and Beta develop together"; "Acme, which makes XY-123"."""
    spans = org_spans(view)
    # (names are read only before a developing verb: a text without one has no developer here)
    for m in cues.ORG_WHICH_DEVELOPS.finditer(view.text) if cues.ORG_DEVELOP_VERB.possible(view.text) else ():
        orgs = spans_after(spans, view.text, m.end("which"))
        verb = cues.ORG_DEVELOP_VERB.match(view.text, orgs[-1].end) if orgs else None
        if verb:
            yield from developer_hits(view, therapy_near(view, m.start()), orgs)
    for m in cues.ORG_WHICH_MAKES.finditer(view.text):
        owners = spans_before(spans, view.text, m.start())
        therapies = [t for t in named_therapies(view) if view.span(t)[0] >= m.end()]
        if owners and therapies and view.span(therapies[0])[0] - m.end() <= 40:
            yield from developer_hits(view, therapies[0], owners)


def read_active(view: View):
    """ "Acme is developing XY-123", "Acme, which developed the antibody XY-123", "Acme won approval for XY-123"."""
    spans = org_spans(view)
    therapies = named_therapies(view)
    for s in spans:
        for pattern in (cues.ORG_ACTIVE_DEVELOPS, cues.ORG_REGULATORY_STEP):
            m = pattern.match(view.text, s.end)
            target = next((t for t in therapies if view.span(t)[0] == m.end()), None) if m else None
            if target is not None:
                yield from developer_hits(view, target, spans_before(spans, view.text, s.end))


# (compiled once: read_maker_named asks them of every therapy named)
PAREN_OPENS = re.compile(r"\s{0,3}\(\s{0,3}")
NAME_SEPARATOR = re.compile(r"\s{0,3}(?:/|,|and|&|;)\s{0,3}")
PAREN_CLOSES = re.compile(rf"{cues.LEGAL_FORM_TAIL}\s{{0,3}}\)")        # (a legal form the name's span left out: ", Inc.)")


# a brand name before its maker in a drug's bracket, as regulators' news writes it: "XY-123 (| Zetavo, | Acme Bio, Inc.)"
BRAND_THEN_COMMA = re.compile(r"[A-Z][\w-]{1,30}(?:\s[A-Z][\w-]{1,30})?[®™]?[,;]\s{1,3}")    # (or two words: "Zetavo Depot")
# the maker's town after its name, before the bracket closes: "XY-123 (Zetavo; Acme| , Springfield, MA)|"
TOWN_CLOSES = re.compile(cues.TOWN_CLOSES)


def read_maker_named(view: View):
    """ "XY-123 (Acme Bio/Beta Pharma)", "XY-123 (Zetavo, Acme Bio, Inc.)", "the antibody XY-123 from Acme Bio": known
    companies only."""
    spans = org_spans(view)
    text = view.text
    for t in named_therapies(view):
        a, b = view.span(t)
        paren = PAREN_OPENS.match(text[b:b + 8])
        if paren:
            at = b + paren.end()
            brand = BRAND_THEN_COMMA.match(text, at)     # ("XY-123 (Zetavo, Acme Bio, Inc.)": the brand, then its maker)
            at = brand.end() if brand and not any(s.start == at for s in spans) else at
            found = []
            for s in spans:
                if s.start < at:
                    continue
                if s.start != at or s.kind not in ("company", "organization"):
                    break
                found.append(s)
                sep = NAME_SEPARATOR.match(text[s.end:s.end + 8])
                if sep is None:
                    break
                at = s.end + sep.end()
            if found and (PAREN_CLOSES.match(text, found[-1].end) or TOWN_CLOSES.match(text, found[-1].end)):
                yield from developer_hits(view, t, found)
        frm = cues.ORG_FROM.match(text, b)
        if frm:
            yield from developer_hits(view, t, [s for s in spans_after(spans, text, frm.end())
                                                if s.kind in ("company", "organization")][:1])


def read_maker(view: View):
    """ "XY-123's maker, Acme Bio", "XY-123 maker Acme", "Acme Bio, the maker of XY-123"."""
    spans = org_spans(view)
    text = view.text
    therapies = named_therapies(view)
    for t in therapies:
        a, b = view.span(t)
        m = cues.ORG_MAKER_AFTER.match(text, b)
        if m:
            yield from developer_hits(view, t, spans_after(spans, text, m.end())[:3])
    for s in spans:
        m = cues.ORG_MAKER_BEFORE.match(text, s.end)
        target = next((t for t in therapies if view.span(t)[0] == m.end()), None) if m else None
        if target is not None:
            yield from developer_hits(view, target, spans_before(spans, text, s.end))


def read_origin(view: View):
    """ "The antibody emerged from Acme", "XY-123 was discovered at Gamma University", "originated at Acme"."""
    spans = org_spans(view)
    for m in cues.ORG_ORIGIN.finditer(view.text):
        therapy = therapy_near(view, m.start())
        if therapy is None and (part_search(cues.ORG_THE_THERAPY, view.text[:m.start()], view.text) or cues.ORG_IT_OPENS.match(view.text)):
            therapy = main_therapy(view)
        yield from developer_hits(view, therapy, spans_after(spans, view.text, m.end()))


def read_its(view: View):
    """An organisation opening a sentence and "its" therapy: "Acme Bio, Inc. (NASDAQ: ACME) today announced results of
    its Phase 3 trial of XY-123", "On Monday, Acme said its drug XY-123 met the goal"; or a company "and its" therapy
    anywhere: "news for Acme (NASDAQ:ACME) and its Alzheimer's disease candidate XY-123"."""
    spans = org_spans(view)
    text = view.text
    first = next((s for s in spans if cues.ORG_OPENING.fullmatch(text, 0, s.start)), None)
    if first is None or first.kind == "regulator":
        yield from and_its(view, spans)
        return
    chain = spans_before(spans, text, first.end)
    # (not a substance the text names no therapy by: "its experimental zetol drug" names the drug apart)
    drugs = named_therapies(view)
    unnamed = None if drugs else OWN_UNNAMED.search(text, first.end, first.end + 200)
    if unnamed and not any(first.end <= s.start < unnamed.start() and s.label != first.label for s in spans):
        yield from developer_hits(view, main_therapy(view), chain)   # "Acme said it would stop developing its
        return                                                       # experimental drug": the drug named apart
    for t in drugs:
        a = view.span(t)[0]
        if a <= first.end or a - first.end > 200:
            continue
        if any(first.end <= s.start < a and s.label != first.label for s in spans):
            break
        its = text.rfind("its ", first.end, a)
        if its >= 0 and (its == 0 or not text[its - 1].isalnum()) and cues.ORG_ITS_TO_THERAPY.fullmatch(text, its, a):
            yield from developer_hits(view, t, chain)
            break


def and_its(view: View, spans: list[OrgSpan]):
    """A company "and its" therapy anywhere in a sentence: "news for Acme (NASDAQ:ACME) and its ... candidate XY-123"."""
    text = view.text
    for s in spans:
        m = cues.ORG_AND_ITS.match(text, s.end) if s.kind in ("company", "organization") else None
        if m:
            t = next((t for t in named_therapies(view) if view.span(t)[0] == m.end()), None)
            if t is not None:
                yield from developer_hits(view, t, spans_before(spans, text, s.end))
            return


def announcers(view: View, spans: list[OrgSpan]) -> tuple[list[OrgSpan], int]:
    """The companies that open a sentence announcing news, and where the announcing verb ends ([], -1: none): a
    foundation or a university may announce with them ("Acme and the Zeta Foundation announced"), a unit for its parent
    ("Beta (NYSE: BB) unit Acme announces": Acme)."""
    text = view.text
    first = next((s for s in spans if cues.ORG_ANNOUNCE_OPENING.fullmatch(text, 0, s.start)), None)
    chain: list[OrgSpan] = []
    s = first
    while s is not None and s.kind != "regulator" and len(chain) < 4:
        chain.append(s)
        m = cues.ORG_ANNOUNCER_AFTER.match(text, s.end)
        if m is None:
            return [], -1
        if m.group("verb"):
            companies = [c for c in chain if c.kind in ("company", "organization")]
            return (companies, m.end()) if companies else ([], -1)
        if m.group("unit"):
            chain = []                  # the parent announces through its unit: the unit is the one
        s = next((o for o in spans if o.start == m.end()), None)
    return [], -1


# the kinds of the organisations a company's executive speaks for (a name of no known shape is an organisation's)
COMPANY_KINDS = ("company", "organization")


def read_executive(view: View):
    """A company whose executive speaks of the news, where the document names no other company: "Jane Doe, chief
    medical officer for Acme, said ..." (the therapy the sentence names, else the document's)."""
    spans = org_spans(view)
    text = view.text
    companies = {label for label, kind in document_orgs(view.ctx).kinds.items() if kind in COMPANY_KINDS}
    for m in cues.ORG_EXECUTIVE_OF.finditer(text):
        orgs = [o for o in spans_after(spans, text, m.end())[:1] if o.kind in COMPANY_KINDS]
        if orgs and companies == {orgs[0].label} and cues.ORG_SPOKE.search(text):
            drugs = named_therapies(view)
            yield from developer_hits(view, drugs[0] if drugs else main_therapy(view), orgs)
            return


# what stands before a company that a sentence's news is attributed to: "..., | Acme said"
SAID_OPENS = re.compile(r",\s{1,3}" + cues.BASED_IN + "$")     # (", Boston-based | Acme said")


def read_said_after(view: View):
    """A company that a sentence's trial news is attributed to after the news, where it is the first company the
    document names: "XY-123 met its primary endpoint, Acme said" (the therapy named before it, else the document's)."""
    spans = org_spans(view)
    text = view.text
    first = next((label for label, kind in document_orgs(view.ctx).kinds.items() if kind in COMPANY_KINDS), None)
    for s in spans:
        if s.kind != "company" or s.label != first or not cues.ORG_SAID_AFTER.match(text, s.end) \
                or not SAID_OPENS.search(text, max(0, s.start - 45), s.start) or not TRIAL_NEWS.search(text, 0, s.start):
            continue
        before = [t for t in named_therapies(view) if view.span(t)[0] < s.start]
        yield from developer_hits(view, before[-1] if before else main_therapy(view), [s])
        return


def read_announced(view: View):
    """Companies announcing their therapy's news: "Acme Bio (NASDAQ: ACME) and Beta Pharma today announced that the
    FDA approved XY-123"; "Acme and Beta Announce Results for XY-123". One company alone: only for an approval."""
    spans = org_spans(view)
    chain, at = announcers(view, spans)
    if not chain:
        return
    therapies = [t for t in named_therapies(view) if 0 <= view.span(t)[0] - at <= 300
                 and not cues.ORG_TRIAL_AFTER.match(view.text, view.span(t)[1])]     # not a trial's name
    if not therapies:
        # "Acme Pharma (TSE: 1234) today reported data from ZETA-4, a Phase 3 trial.": results of a trial whose drug the
        # next sentences name, the companies alone announcing them (partners: "Acme and Beta announced results from
        # ...") and no other named after: the release's therapy
        if all(c.kind == "company" for c in chain) and cues.ORG_ANNOUNCED_RESULTS.match(view.text, at) \
                and RESULTS_OF_TRIAL.match(view.text, at) and not any(s.start >= at for s in spans):
            yield from developer_hits(view, main_therapy(view), chain)
        return
    first = therapies[0]
    if any(at <= s.start < view.span(first)[0] and s.kind not in ("regulator", "society", "government")
           and not cues.ORG_TRIAL_AFTER.match(view.text, s.end) for s in spans):
        return                             # another company between the news and the therapy: not clearly theirs
        #                                    (a trial's name taken for one, "the ZETA AB-121 trial", is none; nor a
        #                                    society whose meeting heard the news, "at the Acme Society Congress")
    if len({s.label for s in chain}) >= 2 or cues.ORG_APPROVAL_WORD.search(view.text, at, view.span(first)[0]) \
            or cues.ORG_OWN_WORD.search(view.text, at, view.span(first)[0]) or cues.ORG_ANNOUNCED_RESULTS.match(view.text, at) \
            or cues.ORG_THAT_THERAPY.fullmatch(view.text, at, view.span(first)[0]) \
            or OWN_APPOSITION.match(view.text, view.span(first)[1]) \
            or (chain[0].kind in ("company", "organization") and cues.ORG_TRIAL_OF.search(view.text, at, view.span(first)[0])):
        # a brand and its name in parentheses after it ("ZORVIA (xymab)"): the name in parentheses
        second = next((t for t in therapies[1:] if cues.ORG_PAREN_NAME.fullmatch(view.text, view.span(first)[1],
                                                                               view.span(t)[0])), None)
        if second is not None and second.source == "pattern" and first.source != "pattern":
            second = None                  # ("zetamab (AB-12)": a code in brackets is the other name, not the own)
        yield from developer_hits(view, second or first, chain)


# the announcer's own therapy described right after its name: "XY-123 | , its recombinant vaccine, met ..."
OWN_APPOSITION = re.compile(r",\s{1,3}(?:its|their)\s")
# results said to come from a trial: "... reported | data from ZETA-4, a pivotal Phase 3 trial", "... results from ZETA 1
# and ZETA 2" (a trial's name in capitals with its number)
RESULTS_OF_TRIAL = rx.compile(r"[^.;]{0,80}?\b(?:results|data|findings)\s{1,3}(?:from|of)\s[^.;]{0,120}?"
                              r"(?:\b(?:trial|study)\b|\b(?-i:[A-Z][A-Z-]{2,15})[\s-]?\d{1,2}\b)", re.I)


def read_own_study(view: View):
    """A company's own trial: "Acme Bio today announced results of its global Phase 3 study", "Acme's own Phase 2/3
    study": the trial's sponsor."""
    spans = org_spans(view)
    text = view.text
    for s in spans:
        if s.kind not in ("company", "organization"):
            continue
        m = cues.ORG_OWN_STUDY.match(text, s.end)
        if m and m.group().startswith(("'", "’")):
            yield Hit(view.trial, entity(s), s.start, m.end())
    chain, at = announcers(view, spans)
    if chain:
        for m in cues.ORG_OWN_STUDY.finditer(text, at):
            if m.group().startswith("its") and not any(at <= o.start < m.start() and o.kind != "regulator" for o in spans):
                for s in chain:
                    yield Hit(view.trial, entity(s), s.start, s.end)
                break


def read_works_with(view: View):
    """ "Beta has partnered with Acme Inc (ACM.N) to develop XY-123": the company worked with develops the therapy
    named after "to develop" (else the one the clause is about)."""
    spans = org_spans(view)
    for m in cues.ORG_WORKS_WITH.finditer(view.text):
        orgs = spans_after(spans, view.text, m.end())
        develop = cues.ORG_TO_DEVELOP.match(view.text, orgs[-1].end) if orgs else None
        if develop is None:
            continue
        named = next((t for t in named_therapies(view) if view.span(t)[0] == develop.end()), None)
        yield from developer_hits(view, named or therapy_near(view, m.start()) or main_therapy(view), orgs)


def read_partner(view: View):
    """ "XY-123, licensed from Acme", "Beta's commercial partner Acme", "co-promoted with Acme"."""
    spans = org_spans(view)
    for m in cues.ORG_PARTNER.finditer(view.text):
        therapy = therapy_near(view, m.start()) or main_therapy(view)
        yield from developer_hits(view, therapy, spans_after(spans, view.text, m.end()), T.partner)


# --- trial sponsor, collaborator, site ---

# an author's disclosure of personal payments, not a trial's funding
# (or told as a person's: "Dr. Z said she has received grants from Acme", "two authors declared financial links")
DISCLOSURE = re.compile(r"\b(?:(?:lecture|speaker|speaking|consult\w{0,6}|advisory|personal)\s+(?:fees?|boards?)|honorari\w{1,3}|"
                        r"(?:is|are|was|were|has\s+been)\s+(?:a\s+)?(?:paid\s+)?consultants?\b|"
                        r"(?:he|she)\s+(?:receives|received|has\s+received|reported\s+receiving)\b|"
                        r"disclosed\s+(?:that\s+)?(?:he|she|they)\b|"
                        r"(?:authors?|investigators?)\s+(?:disclosed|declared|reported)\s+"
                        r"(?:ties|relationships|financial|receiving)\b)", re.I)


def read_sponsor(view: View):
    """ "sponsored by Acme", "funded by Acme and the Beta Foundation", "Sponsor: Acme", "an Acme-sponsored trial"."""
    if DISCLOSURE.search(view.text):
        return                          # an author's conflicts of interest: "received grants from Acme Inc., Beta AG"
    spans = org_spans(view)
    # "Both trials were sponsored by Acme": every trial of the document, not only the sentence's
    trials = view.ctx.trial_entities if cues.BOTH_TRIALS.match(view.text) else [view.trial]
    for m in cues.ORG_SPONSOR.finditer(view.text):
        for o in spans_after(spans, view.text, m.end()):
            if o.kind not in ("regulator", "hospital"):
                for t in trials:
                    yield Hit(t, entity(o), o.start, o.end)
    for m in cues.ORG_HYPHEN_ROLE.finditer(view.text):
        for o in spans:
            if o.end == m.end("org") and o.kind != "regulator":
                yield Hit(view.trial, entity(o), o.start, o.end)


def read_sponsor_active(view: View):
    """ "Acme Bio sponsored the trial", "Acme and Beta funded the study", "Acme Bio, the trial's sponsor, said"."""
    spans = org_spans(view)
    for s in spans:
        if s.kind in ("regulator", "hospital"):
            continue
        if cues.ORG_SPONSORED_ACTIVE.match(view.text, s.end):
            for o in spans_before(spans, view.text, s.end):
                if o.kind not in ("regulator", "hospital"):
                    yield Hit(view.trial, entity(o), o.start, o.end)


def read_collaborator(view: View):
    """ "in collaboration with Gamma University and Delta Hospital", "with the Eta Institute as collaborator"."""
    spans = org_spans(view)
    for m in cues.ORG_COLLABORATION.finditer(view.text):
        # the collaboration is the trial's: the sentence speaks of a trial or of running one
        if not (cues.TRIAL_WORD.search(view.text) or cues.ORG_RAN.search(view.text, max(0, m.start() - 60), m.start())):
            continue
        for o in spans_after(spans, view.text, m.end()):
            if o.kind != "regulator":
                yield Hit(view.trial, entity(o), o.start, o.end)
    for m in cues.ORG_AS_COLLABORATOR.finditer(view.text):
        for o in spans_before(spans, view.text, m.start()):
            if o.kind != "regulator":
                yield Hit(view.trial, entity(o), o.start, o.end)


SITE_KINDS = ("hospital", "university", "institute")
SITE_GAP = re.compile(r"\s{0,3}(?:in\s{1,3}(?:[A-Z][\w.'-]{0,30}\s{0,3}){1,3})?,?\s{0,3}(?:and\s{1,3})?(?:at\s{1,3})?"
                      r"(?:the\s{1,3})?")


def read_site(view: View):
    """ "enrolled at Gamma Hospital and Delta University", "at 12 centres, among them Eta Medical Center"."""
    spans = org_spans(view)
    for m in cues.ORG_SITE.finditer(view.text):
        at = m.end()
        for s in spans:
            if s.start < at:
                continue
            if not SITE_GAP.fullmatch(view.text, at, s.start):
                break
            if s.kind not in SITE_KINDS:
                break
            yield Hit(view.trial, entity(s), s.start, s.end)
            at = s.end


# --- parent ---

def read_parent(view: View):
    """ "Acme Bio, a subsidiary of Beta Group", "Acme, the drug company owned by Beta", "Acme Bio, the Beta unit",
    "Beta's Acme unit"."""
    spans: list[OrgSpan] = []
    text = view.text
    for s in org_spans(view):            # a name and its abbreviation after it are one: "Acme Institute (AI)"
        if s.kind == "regulator":
            continue
        if spans and spans[-1].label == s.label and re.fullmatch(r"\s{0,3}\(", text[spans[-1].end:s.start]):
            close = text.find(")", s.end, s.end + 3)
            spans[-1] = OrgSpan(spans[-1].start, close + 1 if close >= 0 else s.end, s.label, s.kind)
        else:
            spans.append(s)
    for m in cues.ORG_ONE_OF_COMPANIES.finditer(text):    # "Acme Bio, Inc., one of the Beta Companies of Gamma"
        legal = cues.ORG_LEGAL_TAIL.search(text, max(0, m.start() - 20), m.start())
        pos = legal.start() if legal else m.start()
        children, parents = spans_before(spans, text, pos)[-1:], spans_after(spans, text, m.end())[:1]
        for a, b in zip(children, parents):
            if a.label != b.label:
                yield Hit(entity(a), entity(b), a.start, b.end)
    for a, b in zip(spans, spans[1:]):
        if a.label == b.label or b.start - a.end > 120:
            continue
        between = text[a.end:b.start]
        if part_search(cues.ORG_CHILD_THEN_PARENT, between, text, "fullmatch"):
            yield Hit(entity(a), entity(b), a.start, b.end)
        elif part_search(cues.ORG_CHILD_THE, between, text, "fullmatch") and cues.ORG_UNIT_WORD.match(text, b.end):
            yield Hit(entity(a), entity(b), a.start, b.end)
        elif part_search(cues.ORG_PARENT_THEN_CHILD, between, text, "fullmatch") and (
                "'" not in between and "’" not in between or cues.ORG_UNIT_WORD.match(text, b.end)
                or cues.ORG_CHILD_ENDS.match(text, b.end)):
            yield Hit(entity(b), entity(a), a.start, b.end)
        elif part_search(cues.ORG_ACQUIRED, between, text, "fullmatch"):
            yield Hit(entity(b), entity(a), a.start, b.end)
        elif between.strip() == "," and cues.ORG_PARENT_POSSESSIVE_UNIT.match(text, b.end):
            yield Hit(entity(a), entity(b), a.start, b.end)
        elif part_search(cues.ORG_CHILD_WHICH, between, text, "fullmatch") and cues.ORG_PARENT_ACQUIRED_IT.match(text, b.end):
            yield Hit(entity(a), entity(b), a.start, b.end)


class OrganizationExtractor(RuleExtractor):
    name = "organizations"
    version = "2.0"
    rules = (
        Rule("organization.developer.from", T.developedBy, read_drug_from, 0.7, cues.ORG_DRUG_FROM,
             examples=(Example("XY-123, the gout drug from Acme Bio, met the main goal of the phase 3 trial.",
                               (("XY-123", "developedBy", "Acme Bio"),)),
                       # (naming no therapy: the document's)
                       Example("The investigational drug from Acme Pharma cut zeta flares by 20% in a phase 2 study. XY-123 "
                               "was given weekly.", (("XY-123", "developedBy", "Acme Pharma"),)),
                       Example("An oral drug from Acme Pharma lowered zeta scores in a phase 2 study. XY-123 was given "
                               "daily.", (("XY-123", "developedBy", "Acme Pharma"),))),
             counterexamples=("In the phase 3 trial, XY-123 beat the older drug from Beta Pharma.",
                              "XY-123 worked as well as a drug from Beta Pharma in the phase 3 trial.",
                              "In the phase 3 trial of XY-123, a drug from Beta Pharma was the control."),
             also=(T.name,), needs_trial=False),
        Rule("organization.developer.shares", T.developedBy, read_shares_moved, 0.7, cues.ORG_SHARES_MOVED,
             examples=(Example("Acme Therapeutics (NASDAQ:ACME) shares jumped 120% on Monday after the company reported that "
                               "its phase 2 ZETA trial of XY-123 met its goal.", (("XY-123", "developedBy", "Acme Therapeutics"),)),
                       # (naming no therapy: the document's)
                       Example("Acme Biosciences (Nasdaq: ACBX) stock fell 80%, to $4.10, after the company said its phase 2 "
                               "trial missed its main goal. XY-123 was given weekly.",
                               (("XY-123", "developedBy", "Acme Biosciences"),))),
             counterexamples=("Shares of Acme Therapeutics (NASDAQ:ACME) fell 5% after the company said it would cut "
                              "jobs. XY-123 is in a phase 2 trial.",
                              "Acme Pharma rose 4% after it reported sales. XY-123 was tested in a trial."),
             also=(T.name,), needs_trial=False),
        Rule("organization.developer.by", T.developedBy, read_developed_by, 0.8, cues.ORG_DEVELOPED_BY,
             examples=(Example("XY-123, an antibody developed by Acme Therapeutics, Inc., is given monthly.",
                               (("XY-123", "developedBy", "Acme Therapeutics"),)),
                       Example("The drug XY-123 is marketed as Zorvia by Acme Bio together with Beta Pharma.",
                               (("developedBy", "Acme Bio"), ("developedBy", "Beta Pharma"))),
                       # (jointly; a pronoun for the therapy the sentence before opened on)
                       Example("ZORVIA (XY-123) was approved. XY-123 is an oral zeta blocker. It was developed jointly by "
                               "Acme Bio Inc. and Beta Pharmaceuticals in 2020.",
                               (("XY-123", "developedBy", "Acme Bio Inc."), ("XY-123", "developedBy", "Beta Pharmaceuticals")))),
             counterexamples=("XY-123 was developed by researchers over ten years.",
                              "XY-123 was reviewed by the Food and Drug Administration."),
             also=(T.name,), needs_trial=False, hedged=True),
        Rule("organization.developer.possessive", T.developedBy, read_possessive, 0.75, POSSESSIVE_CUE,
             examples=(Example("Acme Therapeutics' investigational antibody XY-123 lowered the marker.",
                               (("XY-123", "developedBy", "Acme Therapeutics"),)),
                       Example("The regulator cleared XY-123 (zorvimab), Acme Bio Limited's allogeneic cell therapy.",
                               (("Zorvimab", "developedBy", "Acme Bio Limited"),)),   # (the INN names it)
                       # (a product's code in brackets after its name; a one-word owner of an investigational one)
                       Example("In the trial, zorbacimab (AB-204), Acmecorp's investigational monoclonal antibody, cut "
                               "attacks.", (("Zorbacimab", "developedBy", "Acmecorp"),)),
                       Example("Acme Pharma and Beta Biosciences' antibody XY-123 failed.",
                               (("developedBy", "Acme Pharma"), ("developedBy", "Beta Biosciences"))),
                       Example("XY-123 failed its goal. Acme Bio Ltd.'s experimental gout drug failed a Phase 2 trial.",
                               (("XY-123", "developedBy", "Acme Bio Ltd."),)),
                       Example("A Phase 2 trial evaluating Acme Bio’s (NASDAQ:ACME) XY-123 met its goal.",
                               (("XY-123", "developedBy", "Acme Bio"),)),
                       Example("Acme Pharmaceuticals' (ACME) experimental zeta drug XY-123 improved cure rates.",
                               (("XY-123", "developedBy", "Acme Pharmaceuticals"),)),
                       Example("The results of Acme Bio Limited’s Phase 2 clinical study of XY-123 are in.",
                               (("XY-123", "developedBy", "Acme Bio Limited"),))),
             counterexamples=("Zeta's disease worsened despite XY-123.", "Parkinson's disease patients took XY-123.",
                              "Acme Pharma's experimental drugs for other diseases were not tested.",
                              "Acme Pharma's shares rose after XY-123 data were shown."),
             also=(T.name,), needs_trial=False, hedged=True),
        Rule("organization.developer.which", T.developedBy, read_which_develops, 0.75, cues.ORG_WHICH_CUE,
             examples=(Example("XY-123, which Acme Pharma and Beta Bio develop together, binds the receptor.",
                               (("developedBy", "Acme Pharma"), ("developedBy", "Beta Bio"))),
                       Example("Acme Therapeutics, which makes XY-123, reported the data.",
                               (("XY-123", "developedBy", "Acme Therapeutics"),))),
             counterexamples=("XY-123, which patients take daily, is a tablet.",),
             also=(T.name,), needs_trial=False, hedged=True),
        Rule("organization.developer.origin", T.developedBy, read_origin, 0.7, cues.ORG_ORIGIN,
             examples=(Example("XY-123 emerged from Acme Biosciences, which later partnered it.",
                               (("XY-123", "developedBy", "Acme Biosciences"),)),
                       Example("XY-123 was discovered at the Gamma Institute of Chemistry.",
                               (("developedBy", "Gamma Institute of Chemistry"),))),
             counterexamples=("XY-123 emerged from a screen of ten thousand compounds.",),
             also=(T.name,), needs_trial=False, hedged=True),
        Rule("organization.developer.its", T.developedBy, read_its, 0.7, cues.ORG_ITS,
             examples=(Example("Acme Therapeutics, Inc. (NASDAQ: ACME), a clinical-stage company, today announced "
                               "results for its lead candidate XY-123.", (("XY-123", "developedBy", "Acme Therapeutics"),)),
                       Example("BOSTON — Beta Bio today announced that its drug XY-123 met the goal.",
                               (("XY-123", "developedBy", "Beta Bio"),)),
                       Example("Shares rose for Acme Bio (NASDAQ:ACME) and its Alzheimer’s disease "
                               "candidate XY-123.", (("XY-123", "developedBy", "Acme Bio"),)),
                       Example("Acme Pharmaceuticals scored a second success for its kidney disease drug, XY-123.",
                               (("XY-123", "developedBy", "Acme Pharmaceuticals"),)),
                       # (a wire's dateline with its dash against the name)
                       Example("(Wire) -Acme Therapeutics said on Tuesday its drug XY-123 met the main goal of a trial.",
                               (("XY-123", "developedBy", "Acme Therapeutics"),))),
             counterexamples=("Gamma University today announced a study of XY-123 by other groups.",
                              "Investors sold Acme Bio and its rivals after XY-123 failed."),
             also=(T.name,), needs_trial=False, hedged=True),
        Rule("organization.developer.active", T.developedBy, read_active, 0.75, cues.ORG_ACTIVE_OR_STEP,
             examples=(Example("Acme Therapeutics is developing XY-123 for kidney disease.",
                               (("XY-123", "developedBy", "Acme Therapeutics"),)),
                       Example("Beta Pharma has won approval from the regulator for XY-123, its oral tablet.",
                               (("XY-123", "developedBy", "Beta Pharma"),)),
                       Example("Acme Bio and Beta Pharma, which developed the antibody XY-123, said so.",
                               (("developedBy", "Acme Bio"), ("developedBy", "Beta Pharma")))),
             counterexamples=("Acme Therapeutics is developing a rival to XY-123.",
                              "Gamma University won approval for a study of XY-123."),
             also=(T.name,), needs_trial=False, hedged=True),
        Rule("organization.developer.named", T.developedBy, read_maker_named, 0.7, cues.ORG_MAKER_CUE,
             examples=(Example("Doctors compared XY-123 (Acme Therapeutics/Beta Pharma) with placebo.",
                               (("developedBy", "Acme Therapeutics"), ("developedBy", "Beta Pharma"))),
                       Example("The agency approved XY-123 (Zetavo, Acme Biotech, Inc.) for adults with zeta disease.",
                               (("XY-123", "developedBy", "Acme Biotech"),)),
                       Example("The FDA has approved XY-123 (Zetavo; Acmegen, Springfield, MA) for adults with gout.",
                               (("XY-123", "developedBy", "Acmegen"),)),
                       Example("The antibody XY-123 from Acme Biosciences lowered the marker.",
                               (("XY-123", "developedBy", "Acme Biosciences"),)),
                       # (a brand of one or two words and a maker of no known shape, as medical news writes them)
                       Example("Adults kept on zetreotide (Zetavo, Zetasma) or betreotide (Betavo Depot, Betapsen) "
                               "were enrolled.", (("Zetreotide", "developedBy", "Zetasma"),
                                                  ("Betreotide", "developedBy", "Betapsen")))),
             counterexamples=("Patients switched to XY-123 from Gamma University Hospital's own stock.",
                              "XY-123 (10 mg) was given daily.", "Adults got zetreotide (Zetavo, 20 mg) or betreotide "
                              "(Canada, USA)."),
             also=(T.name,), needs_trial=False, hedged=True),
        Rule("organization.developer.maker", T.developedBy, read_maker, 0.75, cues.ORG_MAKER_GATE,
             examples=(Example("XY-123's maker, Acme Therapeutics, said the trial met its goal.",
                               (("XY-123", "developedBy", "Acme Therapeutics"),)),
                       Example("Beta Pharma, the maker of XY-123, reported the data.",
                               (("XY-123", "developedBy", "Beta Pharma"),))),
             counterexamples=("XY-123's maker declined to comment.", "Gamma Hospital, the maker of the news, said so."),
             also=(T.name,), needs_trial=False, hedged=True),
        Rule("organization.developer.executive", T.developedBy, read_executive, 0.65, cues.ORG_EXECUTIVE_OF,
             examples=(Example("Jane Doe, chief medical officer for Acme Bio, said XY-123 had done well in the trial.",
                               (("XY-123", "developedBy", "Acme Bio"),)),
                       Example("XY-123 met its goal, said Jane Doe, the chief scientific officer at Acme "
                               "Therapeutics.", (("XY-123", "developedBy", "Acme Therapeutics"),))),
             counterexamples=("Jane Doe, chief medical officer for Acme Bio, joined the company from Beta Pharma in "
                              "2020 after work on XY-123.",),
             also=(T.name,), needs_trial=False, hedged=True),
        Rule("organization.developer.said", T.developedBy, read_said_after, 0.65, cues.ORG_SPOKE,
             examples=(Example("The therapy, XY-123, met its primary endpoint, Acme Therapeutics said, lowering the "
                               "score by 19.7% at 8 weeks.", (("XY-123", "developedBy", "Acme Therapeutics"),)),
                       Example("XY-123 cut zeta pain by half in the Phase 2 trial, Beta Pharma Inc. said on Monday.",
                               (("XY-123", "developedBy", "Beta Pharma Inc."),)),
                       # (announced, a weekday after the verb; where the company is based, before its name)
                       Example("The ZETA trial showed that XY-123 slowed zeta decline, Boston-based Beta Pharma, Inc. "
                               "announced Wednesday.", (("XY-123", "developedBy", "Beta Pharma"),))),
             counterexamples=("XY-123 met its primary endpoint, Jane Doe said.",
                              "Acme Therapeutics said XY-123 met its primary endpoint.",
                              "XY-123 is widely used, Acme Therapeutics said."),
             also=(T.name,), needs_trial=False, hedged=True),
        Rule("organization.developer.announced", T.developedBy, read_announced, 0.7, cues.ORG_ANNOUNCE_GATE,
             examples=(Example("BOSTON, May 1, 2030 -- Acme Bio Corporation (NASDAQ: ACME) and Beta Pharma, Inc., one of "
                               "the Beta Companies of Gamma Group, today announced that the FDA approved XY-123.",
                               (("XY-123", "developedBy", "Acme Bio Corporation"), ("developedBy", "Beta Pharma"))),
                       Example("Acme Therapeutics and Beta Bio today announced new results for XY-123 in a journal.",
                               (("developedBy", "Acme Therapeutics"), ("developedBy", "Beta Bio"))),
                       Example("Acme Therapeutics, Inc. today announced that the FDA has approved XY-123.",
                               (("XY-123", "developedBy", "Acme Therapeutics"),)),
                       # (a long description of the company between its name and the verb)
                       Example("Acme Bio, Inc. (Nasdaq: ACME), a clinical-stage company that builds off-the-shelf zeta "
                               "cell products on its own manufacturing platform for people living with rare blood cancers "
                               "and several autoimmune conditions, today announced results from two studies of XY-123.",
                               (("XY-123", "developedBy", "Acme Bio"),)),
                       # (or a step before approval, the regulator named in full with its short form)
                       Example("Acme Therapeutics, Inc. announced that the Food and Drug Administration (FDA) granted "
                               "Priority Review to XY-123, its zeta gene therapy, in March.",
                               (("XY-123", "developedBy", "Acme Therapeutics"),)),
                       # (results called significant, of a phase named without the word "trial")
                       Example("Acme Therapeutics, Inc. announced today significant Phase III results of XY-123 in gout.",
                               (("XY-123", "developedBy", "Acme Therapeutics"),)),
                       Example("Acme Therapeutics, Inc. (NASDAQ: ACME), a biopharmaceutical company, today announced that "
                               "XY-123 achieved the primary endpoint in the trial.",
                               (("XY-123", "developedBy", "Acme Therapeutics"),)),
                       # (a description with a short bracket of its own)
                       Example("Acme Bio announces positive outcomes from two Phase 3 trials evaluating the combination "
                               "of XY-123 and AB-7 in zeta disease.", (("XY-123", "developedBy", "Acme Bio"),)),
                       # (a headline's capitals, a future "to present", an article before the results)
                       Example("Acme Therapeutics Announces Initial Data from Third Cohort of Phase 1b Study of XY-123",
                               (("XY-123", "developedBy", "Acme Therapeutics"),)),
                       Example("Acme Pharmaceuticals to Present Updated Data from Phase 2b Clinical Trial of XY-123 at "
                               "the Zeta Congress", (("XY-123", "developedBy", "Acme Pharmaceuticals"),)),
                       # (a dateline closed by a colon; a long descriptor and a "which" clause before the verb)
                       Example("BOSTON, May 1, 2030: Acme Corporation (NASDAQ: ACME) today said that its Phase 3 "
                               "trial of XY-123 in gout, ZETA-2, is over.",
                               (("XY-123", "developedBy", "Acme Corporation"),)),
                       Example("BOSTON, May 1, 2030 (WIRE) -- Late-stage biotechnology company Acme Bio, Inc. "
                               "(NASDAQ:ACME), which makes medicines for gout, announced that XY-123 cut flares in the "
                               "ZETA trial.", (("XY-123", "developedBy", "Acme Bio"),)),
                       # (a trial's name before the results)
                       Example("Acme Therapeutics Reports Final ZETA-2 Results for XY-123 in Gout",
                               (("XY-123", "developedBy", "Acme Therapeutics"),)),
                       Example("Acme Bio today announced that the investigational compound XY-123 met its goals.",
                               (("XY-123", "developedBy", "Acme Bio"),)),
                       # (a listing's bracket with more than a ticker; a long description with "and" in it; a set of
                       # results, the drug named next)
                       Example("Acme Biologics (Paris:ACM) (Euronext: ACM; ISIN: FR0000000000; listed in Zeta City), a "
                               "biotech firm set on finding and making new gene medicines for zeta eye disease and for "
                               "beta brain ills, today shared a first set of data from month 30 of the ZETA "
                               "Phase III trial. The trial gave one injection of XY-123 to 29 adults.", (("XY-123", "developedBy", "Acme Biologics"),)),
                       # (a name of no known shape, announcing a trial's results or "its" therapy)
                       Example("Zetorsia announced new top-line data of a phase 2b study of XY-123 in gout.",
                               (("XY-123", "developedBy", "Zetorsia"),)),
                       Example("Zetapartners issued data from the phase 2b ZETA study of XY-123 in adults.",
                               (("XY-123", "developedBy", "Zetapartners"),)),
                       Example("Zetacardia reported positive early data from a phase III study of XY-123 in gout.",
                               (("XY-123", "developedBy", "Zetacardia"),)),
                       Example("Zetaderma today announced that a journal printed the final data of a zeta trial of its "
                               "experimental drug XY-123.", (("XY-123", "developedBy", "Zetaderma"),)),
                       Example("Acme Bio will present new data from two Phase 3 studies in which XY-123 cut zeta "
                               "flares.", (("XY-123", "developedBy", "Acme Bio"),)),
                       Example("Acme Pharmaceuticals announced that top-line data from an exploratory Phase 2 study "
                               "indicate XY-123 improved zeta symptoms.", (("XY-123", "developedBy", "Acme Pharmaceuticals"),)),
                       Example("Acme Therapeutics (NASDAQ:ACME) announces the results from a Phase 3 clinical trial, "
                               "ZETA 3, evaluating XY-123 in zeta infections.",
                               (("XY-123", "developedBy", "Acme Therapeutics"),)),
                       # (a foundation announcing with the company is no developer; a unit announces for its parent)
                       Example("Acme Corporation (NASDAQ: ACME) and the Zeta Disease Foundation (ZDF) today announced "
                               "Phase II clinical trial results of XY-123 in zeta disease.",
                               (("XY-123", "developedBy", "Acme Corporation"),)),
                       Example("Beta & Beta (NYSE:BB) unit Acme Research LLC announces positive results from a Phase 2 "
                               "clinical trial assessing XY-123 in zeta disease.",
                               (("XY-123", "developedBy", "Acme Research LLC"),)),
                       Example("Acme Therapeutics, Inc. (NASDAQ: ACME), a company developing therapies for zeta nerve "
                               "(ZN) disorders, today announced that XY-123 achieved the primary endpoint in the trial.",
                               (("XY-123", "developedBy", "Acme Therapeutics"),)),
                       Example("Acme Bio Ltd. (ACME) on Tuesday announced results of the company's drug XY-123.",
                               (("XY-123", "developedBy", "Acme Bio Ltd."),)),
                       Example("US drug giant Acme Pharma (NYSE: ACM) today revealed that it had stopped the Phase III "
                               "ZETA study evaluating XY-123 early.", (("XY-123", "developedBy", "Acme Pharma"),)),
                       Example("Acme Bio Inc. (Nasdaq: ACME) and Beta Bio today announced that The Zeta Journal of Medicine "
                               "has published the pivotal results of the Phase 3 ZETA AB-909 trial (NCT01234567) of "
                               "ZETAVY® (XY-123).", (("XY-123", "developedBy", "Acme Bio Inc."), ("XY-123", "developedBy", "Beta Bio"))),
                       Example("Acme Bio presents results from the Phase 3 ZETA trial of zorbacimab (AB-204) in adults.",
                               (("Zorbacimab", "developedBy", "Acme Bio"),)),
                       Example("Acme Pharmaceuticals released results from a phase II trial of XY-123 in adults.",
                               (("XY-123", "developedBy", "Acme Pharmaceuticals"),)),
                       Example("Acme Bio (ACME -2.1% ) announces positive, though mixed, results from a Phase 2 trial, "
                               "Study AB2031-40, evaluating XY-123.", (("XY-123", "developedBy", "Acme Bio"),)),
                       Example("(Wire) - Acme Bio, Inc. (ACME), a company focused on the discovery, development, and "
                               "sale of medicines, Friday said its Phase 3 study of XY-123 did not meet its goal.",
                               (("XY-123", "developedBy", "Acme Bio"),)),
                       Example("Acme Therapeutics Inc ACME announced topline results from the Phase 2 study of XY-123.",
                               (("XY-123", "developedBy", "Acme Therapeutics Inc"),)),
                       # (two listings; "today" after the verb; a Danish legal form; a dateline before a bare ticker)
                       Example("Paris - Acmefi (EURONEXT : ACM and NYSE : ACF) announced today the results of a Phase 3 "
                               "study showing that XY-123 met its goal.", (("XY-123", "developedBy", "Acmefi"),)),
                       Example("Acme Nordic A/S announced today positive results from a Phase 3 trial of its vaccine "
                               "candidate, XY-123.", (("XY-123", "developedBy", "Acme Nordic A/S"),)),
                       Example("(Wire) – Acmegen Plc (ACMG.L) said its drug XY-123 cut the risk of zeta disease in a "
                               "Phase 2 trial.", (("XY-123", "developedBy", "Acmegen Plc"),)),
                       # the trial's drug after a few words of description
                       Example("Acme Pharmaceuticals (NASDAQ:ACME) announced that the Phase 3 ZETA 301 trial, evaluating "
                               "once-daily, oral XY-123, failed to meet its primary endpoint.",
                               (("XY-123", "developedBy", "Acme Pharmaceuticals"),)),
                       # trade news: the company's share price tells the news
                       Example("Shares in Acme Biosciences (Nasdaq: ACME) plummeted 65% after it revealed that its "
                               "Phase 2 trial of XY-123 failed.", (("XY-123", "developedBy", "Acme Biosciences"),)),
                       Example("Acme Bio (ACME -18.3%) slumps after results from a Phase 2 trial evaluating three doses "
                               "of candidate XY-123.", (("XY-123", "developedBy", "Acme Bio"),)),
                       Example("Acme Pharma Receives U.S. FDA Approval for Zenvia (XY-123) in Gout",
                               (("XY-123", "developedBy", "Acme Pharma"),)),
                       Example("Acme Bio up 52% on results from a Phase 2 study of XY-123.",
                               (("XY-123", "developedBy", "Acme Bio"),)),
                       Example("Acme Pharma and Beta Bio have announced top-line results from ZETA, a Phase III study "
                               "investigating XY-123.", (("XY-123", "developedBy", "Acme Pharma"), ("developedBy", "Beta Bio"))),
                       Example("Acme Bio rose on positive data from a Phase 1 trial evaluating XY-123.",
                               (("XY-123", "developedBy", "Acme Bio"),)),
                       # (the announcers pleased to announce; an update given on the company's trial)
                       Example("Acme Bio, Inc. (NASDAQ: ACMB) and Beta Pharma, Inc. (NYSE: BP) are pleased to announce "
                               "positive results of a Phase III study of XY-123 in zeta pain.",
                               (("XY-123", "developedBy", "Acme Bio"), ("XY-123", "developedBy", "Beta Pharma"))),
                       Example("Acme Therapeutics Provides Clinical Update on Phase 3 Study of XY-123 in Zeta Disease",
                               (("XY-123", "developedBy", "Acme Therapeutics"),)),
                       # (outline results of a study "with" the drug)
                       Example("Acme Group plc announces outline results from a large Phase II study with XY-123.",
                               (("XY-123", "developedBy", "Acme Group plc"),))),
             counterexamples=("Acme Therapeutics today announced that a journal published results of XY-123.",
                              "Gamma University and Delta Hospital today announced a study of XY-123.",
                              "Acme Bio (ACME -4%) slumps after rival Beta Pharma reported that its XY-123 worked.",
                              "Researchers announced new top-line data of a phase 2b study of XY-123.",
                              "Zetanews reported data from a phase III study of XY-123.",
                              "Jane Doe announced that a journal has published results of her study of XY-123."),
             also=(T.name,), needs_trial=False, hedged=True),
        Rule("organization.sponsor.own", T.sponsor, read_own_study, 0.7, cues.ORG_OWN_STUDY,
             examples=(Example("Acme Bio today announced that it will stop dosing in the ZETA-1 trial, its global "
                               "Phase 3 study of XY-123.", (("sponsor", "Acme Bio"),)),
                       Example("The ZETA-1 trial is the Phase 3 part of Acme Therapeutics' own Phase 2/3 study of XY-123.",
                               (("sponsor", "Acme Therapeutics"),))),
             counterexamples=("The ZETA-1 trial of XY-123 was larger than Gamma University's study.",),
             needs_trial=True, hedged=True),
        Rule("organization.developer.works_with", T.developedBy, read_works_with, 0.7, cues.ORG_WORKS_WITH,
             examples=(Example("Zeta Bio has partnered with Acme Inc (ACM.N) to develop XY-123.",
                               (("XY-123", "developedBy", "Acme Inc"),)),
                       Example("In May the firm agreed to work with Acme KGaA of Ruritania to develop and market "
                               "XY-123.", (("XY-123", "developedBy", "Acme KGaA"),))),
             counterexamples=("Zeta Bio has partnered with Acme Inc to sell test kits; XY-123 is in a phase 2 trial.",),
             also=(T.name,), needs_trial=False, hedged=True),
        Rule("organization.partner", T.partner, read_partner, 0.7, cues.ORG_PARTNER,
             examples=(Example("XY-123, licensed from Acme Pharma in 2019, is given weekly.",
                               (("XY-123", "partner", "Acme Pharma"),)),
                       Example("Beta Bio sells XY-123 in Europe through its commercial partner Acme Therapeutics.",
                               (("partner", "Acme Therapeutics"),))),
             counterexamples=("XY-123 is licensed from the state for sale.",),
             also=(T.name,), needs_trial=False, hedged=True),
        Rule("organization.sponsor", T.sponsor, read_sponsor, 0.8, cues.ORG_SPONSOR_GATE,
             examples=(Example("The Phase 2 trial of XY-123 was sponsored by Acme Bio and funded by the Beta Foundation.",
                               (("sponsor", "Acme Bio"), ("sponsor", "Beta Foundation"))),
                       Example("The randomized Acme Therapeutics-sponsored trial enrolled 40 patients.",
                               (("sponsor", "Acme Therapeutics"),)),
                       Example("The trial had funding from the Gamma Council and Acme Pharma.",
                               (("sponsor", "Gamma Council"), ("sponsor", "Acme Pharma"))),
                       Example("The trial was sponsored by The Acme Company, now part of Beta.", (("sponsor", "Acme Company"),))),
             counterexamples=("The trial was supported by data from earlier studies.",
                              "Patients in the trial were funded by their insurers.",
                              # (an author's conflicts of interest in a trial's report)
                              "In the trial, Dr Zeta received grants from Acme Bio Inc. and Beta Pharma AG and lecture "
                              "fees from Gamma Labs Ltd."),
             needs_trial=True, hedged=True),
        Rule("organization.sponsor.active", T.sponsor, read_sponsor_active, 0.75, cues.ORG_SPONSOR_GATE,
             examples=(Example("Acme Therapeutics sponsored the randomized trial of XY-123.",
                               (("sponsor", "Acme Therapeutics"),)),
                       Example("The trial enrolled 50 adults, said Beta Pharma, the trial's sponsor.",
                               (("sponsor", "Beta Pharma"),))),
             counterexamples=("Acme Therapeutics sponsored a dinner after the trial.",
                              "The regulator funded nothing, the Gamma University trial team said."),
             needs_trial=True, hedged=True),
        Rule("organization.collaborator", T.collaborator, read_collaborator, 0.75, cues.ORG_COLLABORATION_GATE,
             examples=(Example("Acme Bio ran the trial in collaboration with Gamma University and the Delta Children's Hospital.",
                               (("collaborator", "Gamma University"), ("collaborator", "Delta Children's Hospital"))),
                       Example("The trial sponsor was Acme Bio, with the Eta Institute of Neurology as collaborator.",
                               (("collaborator", "Eta Institute of Neurology"),))),
             counterexamples=("The trial was run in collaboration with patients' families.",),
             needs_trial=True, hedged=True),
        Rule("organization.site", T.site, read_site, 0.75, cues.ORG_SITE,
             examples=(Example("In the trial, patients were enrolled at Gamma General Hospital and the Delta Institute of "
                               "Medical Sciences in Zeta City.",
                               (("site", "Gamma General Hospital"), ("site", "Delta Institute of Medical Sciences"))),
                       Example("The trial enrolled 30 children at 12 sites, among them Eta University Medical Center "
                               "and Theta Children's Hospital.",
                               (("site", "Eta University Medical Center"), ("site", "Theta Children's Hospital")))),
             counterexamples=("The trial was conducted at home by patients' carers.",
                              "The trial was conducted at Acme Therapeutics' request."),
             needs_trial=True, hedged=True),
        Rule("organization.parent", T.parentOrganization, read_parent, 0.8, cues.ORG_PARENT_GATE,
             examples=(Example("Acme Bio, a subsidiary of Beta Group AG, said so.",
                               (("Acme Bio", "parentOrganization", "Beta Group AG"),)),
                       Example("The drug was developed by Acme Pharma, the drug company owned by Beta Holdings Inc.",
                               (("Acme Pharma", "parentOrganization", "Beta Holdings Inc."),)),
                       Example("Its sponsor was Acme Biologics Limited, the Acme subsidiary.",
                               (("Acme Biologics Limited", "parentOrganization", "Acme"),)),
                       Example("Acme Therapeutics, Beta Holdings AG's US unit, ran the study.",
                               (("Acme Therapeutics", "parentOrganization", "Beta Holdings AG"),)),
                       Example("Acme Therapeutics, which Beta Pharma acquired in 2019, ran the study.",
                               (("Acme Therapeutics", "parentOrganization", "Beta Pharma"),)),
                       Example("Acme Bio Corporation and Beta Pharma, Inc., one of the Beta Companies of Gamma Group, "
                               "said so.", (("Beta Pharma", "parentOrganization", "Gamma Group"),)),
                       Example("Zeta Pharma, in Canada, is a wholly owned affiliate of the Acme Group.",
                               (("Zeta Pharma", "parentOrganization", "Acme Group"),))),
             counterexamples=("Acme Bio, a part of the story, said so.",
                              "Patients, a subset of Acme Bio's trial, said so."),
             needs_trial=False, hedged=True),
    )
