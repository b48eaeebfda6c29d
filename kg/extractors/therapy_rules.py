"""Therapy relations as rules: targets, approvals and their indications, other names.

Each rule reads one sentence (:class:`~kg.extractors.engine.View`) and names
its subject among the therapies the document names
(:func:`~kg.extractors.therapy_names.therapy_index`): the therapy beside the
phrase, else the sentence's subject, else, for "it" or "the drug", the
document's main therapy.

>>> from kg.extractors.engine import read_example
>>> sorted(read_example(TARGET_VERB_RULE, "XY-123 blocks the ZW receptor in the kidney."))
[('XY-123', 'target', 'ZW receptor')]
"""

from __future__ import annotations

import re

from kg.extractors.engine import Example, Hit, Rule, T, View
from kg.extractors.therapy_names import CLASS, class_label, main_mention, therapy_index
from kg.model import Entity, Mention
from kg.extractors.context import entity_of
from kg.text import prefilter as rx
from kg.text.cues import (ALIAS_AFTER, ANTI_TARGET, APPROVAL_WORD, APPROVED_FOR_BEFORE, CLASS_PHRASE, GENE_COPY,
                          NEGATED_BEFORE, TARGET_NAME, TARGET_SHAPED, TARGET_SKIP, TARGET_VERB, THE_THERAPY)

ANTI_OR_GENE = rx.compile(r"\banti-|-(?:directed|targeted|targeting)\b|\b(?:directed|targeted)\s+(?:at|against|to)\b|"
                          r"\bcop(?:y|ies)\s+of\b|\bversion\s+of\b")


# --- whose fact: the therapy a phrase speaks of ---

def therapies(view: View) -> list[Mention]:
    """The sentence's mentions of named therapies (drug classes left out), in text order."""
    return therapy_index(view.ctx).drugs[view.index]


def entity(view: View, m: Mention) -> Entity:
    return therapy_index(view.ctx).entity(m)


def main_therapy(view: View) -> Entity | None:
    """The document's main therapy, when it is one of the therapies it names."""
    main = main_mention(view.ctx)
    return therapy_index(view.ctx).entity(main) if main is not None else None


def right_after(view: View, pos: int) -> Mention | None:
    """A therapy named right after ``pos`` ("the XY inhibitor | acmetinib"), a parenthesis or 3 characters away."""
    for m in therapies(view):
        a = m.start - view.start
        if a >= pos and re.fullmatch(r"\s{0,3}(?:\([^()]{0,40}\)\s{0,3})?", view.text[pos:a]):
            return m
    return None


def subject_before(view: View, pos: int) -> Entity | None:
    """The therapy a phrase at ``pos`` is said of: the last one named before it in the clause, else "it",
    "the drug" or the like at the sentence's start (the main therapy)."""
    before = [m for m in therapies(view) if m.end - view.start <= pos]
    if before:
        m = before[-1]
        if not re.search(r"[;:]", view.text[m.end - view.start:pos]):
            return entity(view, m)
        return None
    if re.match(r"\s*(?:It|it|This|The\s+(?:\w+\s+){0,2}(?:drug|antibody|therapy|treatment|medicine|product))\b", view.text) \
            or THE_THERAPY.search(view.text, 0, pos):
        return main_therapy(view)
    return None


# --- targets ---

def target_at(view: View, pos: int) -> tuple[str, tuple[str, ...], int] | None:
    """The target named from ``pos`` on: a gene or protein the lexicon knows (with the words before it and a
    "receptor" after it), "X receptor", or a symbol-shaped name ("AB12"). (label, ids, end) or None."""
    skip = TARGET_SKIP.match(view.text, pos)
    pos = skip.end() if skip else pos
    genes = [g for g in view.of_kind("gene", "chemical") if 0 <= g.start - view.start - pos <= 40]
    if genes:
        g = genes[0]
        a, b = g.start - view.start, g.end - view.start
        tail = re.match(r"\s+(?:protein\s+)?(signall?ing|pathway|receptors?)\b|\s+protein\b", view.text[b:b + 40])
        if (g.kind == "gene" or (tail and tail.group(1) and not tail.group(1).startswith("receptor"))) \
                and re.fullmatch(r"(?:[\w-]{1,40}\s+){0,3}", view.text[pos:a]):
            word = tail.group(1) if tail else None
            if word and not word.startswith("receptor"):          # "XY signaling": the pathway the lexicon names
                return f"{g.label} {word}", (), b + tail.end()
            end = b + (tail.end() if word else 0)
            return view.text[pos:end], (g.ids if a == pos and not word else ()), end
    bare = re.match(r"receptor\s+for\s+(?:the\s+)?(?:[\w-]{1,30}\s+){0,3}?", view.text[pos:pos + 80])
    if bare:
        genes = [g for g in view.of_kind("gene") if g.start - view.start == pos + bare.end()]
        if genes:
            return f"{genes[0].text} receptor", (), genes[0].end - view.start
        return None
    named = TARGET_NAME.match(view.text, pos) or TARGET_SHAPED.match(view.text, pos)
    if named:
        return named.group("x"), (), named.end("x")
    return None


def read_target_verb(view: View):
    """ "XY-123 blocks the ZW receptor", "it binds AB12", "works by inhibiting ..." """
    for m in TARGET_VERB.finditer(view.text):
        if NEGATED_BEFORE.search(view.text, max(0, m.start() - 30), m.start()):
            continue
        target = target_at(view, m.end())
        owner = subject_before(view, m.start()) if target else None
        if owner is None and target:                               # "Targeting XY signaling with acmetinib"
            after = [t for t in therapies(view) if 0 <= t.start - view.start - target[2] <= 40
                     and re.fullmatch(r"\s+(?:with|by)\s+", view.text[target[2]:t.start - view.start])]
            owner = entity(view, after[0]) if after else None
        if owner is not None:
            yield Hit(owner, Entity("Target", target[0], ids=target[1]), m.start(), target[2])


def read_target_class(view: View):
    """ "the XY inhibitor acmetinib", "acmetinib, an oral XY inhibitor", "XY-123 is a ZW receptor antagonist" """
    for m in CLASS_PHRASE.finditer(view.text):
        if m.group("statin"):
            continue
        label, start = class_label(m)
        if label is None:
            continue
        target = label.rsplit(" ", 1)[0]
        owner = right_after(view, m.end())
        subject = entity(view, owner) if owner else None
        if subject is None:
            before = [t for t in therapies(view) if t.end - view.start <= start]
            if before and re.fullmatch(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*|\s+(?:is|was)\s+|,\s+which\s+is\s+)"
                                       r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}", view.text[before[-1].end - view.start:start]):
                subject = entity(view, before[-1])
        if subject is not None:
            yield Hit(subject, Entity("Target", target), start, m.end())


def read_target_anti(view: View):
    """ "an anti-XY monoclonal antibody", "an antibody directed at ZW", "XY-directed", "a copy of the AB1 gene" """
    for pattern in (ANTI_TARGET, GENE_COPY):
        for m in pattern.finditer(view.text):
            owner = right_after(view, m.end())
            subject = entity(view, owner) if owner else subject_before(view, m.start())
            if subject is None and m.groupdict().get("x2"):      # "XY-directed depletion with acmezumab"
                after = [t for t in therapies(view) if 0 <= t.start - view.start - m.end() <= 60
                         and re.search(r"\b(?:with|by|of)\s+$", view.text[m.end():t.start - view.start])]
                subject = entity(view, after[0]) if after else None
            if subject is not None:
                x = next(g for g in (m.groupdict().get(k) for k in ("x", "x2", "x3")) if g)
                yield Hit(subject, Entity("Target", x), m.start(), m.end())


TARGET_VERB_RULE = Rule(
    "therapy.target.verb", T.target, read_target_verb, confidence=0.75, cue=TARGET_VERB, needs_trial=False,
    examples=(Example("XY-123 blocks the ZW receptor, which drives fibrosis.", (("XY-123", "target", "ZW receptor"),)),
              Example("AB-456 is a tablet that inhibits ATP citrate lyase in the liver.",
                      (("AB-456", "target", "ATP citrate lyase"),)),
              Example("XY-123 works by blocking overactivation of the QR receptor.", (("target", "QR receptor"),)),
              Example("Targeting EGFR signaling with XY-123 slowed decline.", (("XY-123", "target", "epidermal growth factor receptor signaling"),)),
              Example("The drug XY-123 is designed to lower the amount of CD99 protein in cells.", (("target", "CD99"),))),
    counterexamples=("XY-123 did not block the ZW receptor in this study.", "The infection blocks the QR receptor."))

TARGET_CLASS_RULE = Rule(
    "therapy.target.class", T.target, read_target_class, confidence=0.8, cue=CLASS_PHRASE, needs_trial=False,
    examples=(Example("The third-generation ZW1 inhibitor XY-123 was compared with placebo.", (("XY-123", "target", "ZW1"),)),
              Example("XY-123, a selective QR receptor antagonist, lowered the risk.", (("XY-123", "target", "QR receptor"),)),
              Example("The sodium-glucose cotransporter 9 (SGLT9) inhibitor XY-123 was tested.", (("target", "SGLT9"),))),
    counterexamples=("Patients taking an ZW1 inhibitor were excluded before XY-123 was given.",
                     "Most patients were receiving a QR blocker at baseline."))

TARGET_ANTI_RULE = Rule(
    "therapy.target.antibody", T.target, read_target_anti, confidence=0.8, cue=ANTI_OR_GENE, needs_trial=False,
    examples=(Example("XY-123 is an anti-CD99 IgG1 monoclonal antibody.", (("XY-123", "target", "CD99"),)),
              Example("AB-456 delivers a working copy of the ZW1 gene to retinal cells.", (("AB-456", "target", "ZW1"),)),
              Example("The anti-QR antibody XY-123 did not slow progression.", (("XY-123", "target", "QR"),))),
    counterexamples=("No anti-CD99 antibody had been tested before.",))


# --- approvals and their indications ---

def read_approved_for(view: View):
    """ "the agency approved XY-123 for adults with Z disease", "XY-123 was already approved to treat Z" """
    text = view.text
    words = [m for m in APPROVAL_WORD.finditer(text)
             if not NEGATED_BEFORE.search(text, max(0, m.start() - 30), m.start()) and not re.match(r"[-\w]", text[m.end():m.end() + 1])]
    used = set()
    for d in view.of_kind("disease"):
        a = d.start - view.start
        cue = APPROVED_FOR_BEFORE.search(text, max(0, a - 120), a)
        if cue is None:
            continue
        prior = [w for w in words if w.end() <= cue.start()]
        if not prior or prior[-1].start() in used or re.search(r"[.;]", text[prior[-1].end():cue.start()]):
            continue
        w = prior[-1]
        between = [m for m in therapies(view) if w.end() <= m.start - view.start < cue.start()]
        subject = entity(view, between[0]) if between else subject_before(view, w.start())
        if subject is None and THE_THERAPY.search(text, w.end(), cue.start()):
            subject = main_therapy(view)
        if subject is None:
            continue
        used.add(w.start())
        yield Hit(subject, entity_of(d, "Disease"), w.start(), d.end - view.start)


APPROVED_FOR_RULE = Rule(
    "therapy.approved_for", T.approvedFor, read_approved_for, confidence=0.8, cue=APPROVAL_WORD, needs_trial=False,
    examples=(Example("The agency approved XY-123 for adults with multiple sclerosis in March.",
                      (("XY-123", "approvedFor", "multiple sclerosis"),)),
              Example("XY-123 was already approved for first-line treatment of psoriasis in Europe.",
                      (("XY-123", "approvedFor", "psoriasis"),)),
              Example("Regulators granted conditional approval to XY-123, made by Acme Bio, to treat psoriasis.",
                      (("XY-123", "approvedFor", "psoriasis"),))),
    counterexamples=("XY-123 is not approved for multiple sclerosis.",
                     "Patients with psoriasis received the approved dose of XY-123."))


# --- other names ---

def read_alias(view: View):
    """ "XY-123, sold as Zenvia", "under the brand name Zenvia", "XY-123 (formerly AB-12)" """
    others = {m.label.lower() for m in view.mentions if m.source != "pattern"}
    for m in ALIAS_AFTER.finditer(view.text):
        alias, at = m.group("alias"), m.start("alias")
        before = [t for t in therapies(view) if t.end - view.start <= at]
        if not before:
            subject = subject_before(view, m.start()) if re.search(r"\bit\b", view.text[:at]) else None
            if subject is not None and alias.lower() not in others:
                yield Hit(subject, alias, at, m.end("alias"))
            continue
        if alias.lower() in others - {before[-1].label.lower()}:
            continue
        gap = view.text[before[-1].end - view.start:at]
        if re.search(r"[;:]", gap) or len(gap) > 120:
            continue
        if alias.lower() != before[-1].text.lower():
            yield Hit(entity(view, before[-1]), alias, at, m.end("alias"))


FDA_SUFFIX = re.compile(r"-[a-z]{4}\b")
PAREN_NAME = re.compile(r"(?:-[a-z]{4})?\s{0,3}\(\s{0,3}(?P<x>[A-Za-z0-9][A-Za-z0-9-]{1,14})\s{0,3}[,;)]")
NAME_SHAPE = re.compile(r"[A-Z].*[A-Z0-9]|[A-Z][a-z]+[A-Z]")
REGISTRY_START = re.compile(r"(?:NCT|ISRCTN|CTRI|jRCT|ACTRN)")
NAME_BEFORE = re.compile(r"(?<![\w-])(?P<x>[A-Z][a-z]{3,20}|[A-Z]{4,12})[®™]?\s{0,3}\(\s{0,3}$")
CLOSES = re.compile(r"[^()]{0,20}\)")


def read_alias_paren(view: View):
    """ "XY-123 (AB12)", "Zenvia (XY-123)": a short capitalised name or code in the parenthesis after a therapy,
    or a capitalised name just before one; the FDA's four-letter suffix ("acmezumab-abcd") too."""
    text = view.text
    for t in therapies(view):
        a, b = t.start - view.start, t.end - view.start
        nxt = text[b:b + 30]
        suffix = FDA_SUFFIX.match(nxt)
        if suffix:
            yield Hit(entity(view, t), t.text + suffix.group(), a, b + suffix.end())
        after = PAREN_NAME.match(nxt) if nxt[:1] in (" ", "-", "(") else None
        if after and NAME_SHAPE.search(after.group("x")) and not REGISTRY_START.match(after.group("x")):
            inside = [m for m in view.mentions if m.start - view.start == b + after.start("x")]
            if not inside or inside[0].label == t.label or inside[0].source == "pattern":
                yield Hit(entity(view, t), after.group("x"), a, b + after.end())
        if a and text[a - 1] in " (" and "(" in text[max(0, a - 3):a]:
            before = NAME_BEFORE.search(text, max(0, a - 30), a)
            if before and before.start() > 0 and CLOSES.match(text, b) and \
                    not any(m.end - view.start == before.end("x") for m in view.mentions):
                yield Hit(entity(view, t), before.group("x"), before.start("x"), b)


ALIAS_RULE = Rule(
    "therapy.alias.named", T.alias, read_alias, confidence=0.8, cue=ALIAS_AFTER, needs_trial=False,
    examples=(Example("Acme Bio launched XY-123 in 2019 under the brand name Zenvia.", (("XY-123", "alias", "Zenvia"),)),
              Example("XY-123, sold in Europe as Zenvia, was given weekly.", (("XY-123", "alias", "Zenvia"),)),
              Example("XY-123, formerly known as AB-12, was well tolerated.", (("XY-123", "alias", "AB-12"),))),
    counterexamples=("The company sold its unit under the name Acme.",))

ALIAS_PAREN_RULE = Rule(
    "therapy.alias.parenthesis", T.alias, read_alias_paren, confidence=0.75, cue=None, needs_trial=False,
    examples=(Example("Regulators cleared Zenvia (XY-123) for adults.", (("XY-123", "alias", "Zenvia"),)),
              Example("Patients received axicabtagene ciloleucel (AXC-Q) or placebo.", (("alias", "AXC-Q"),))),
    counterexamples=("Patients received XY-123 (n=40) or placebo (n=20).", "XY-123 (NCT01234567) enrolled adults."))

RULES = (TARGET_VERB_RULE, TARGET_CLASS_RULE, TARGET_ANTI_RULE, APPROVED_FOR_RULE, ALIAS_RULE, ALIAS_PAREN_RULE)
