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
from kg.extractors.therapy_names import CLASS, JOINED_BEFORE, class_label, main_mention, name_words, therapy_index
from kg.model import Entity, Mention
from kg.extractors.context import entity_of
from kg.lexicon import load_lexicon
from kg.text import prefilter as rx
from kg.text.cues import (ALIAS_AFTER, ANTI_TARGET, APPROVAL_WORD, APPROVED_FOR_BEFORE, APPROVED_FOR_LONGER, BARE_VERB_BEFORE,
                          CLASS_PHRASE, DELIVERED_GENE_END, DISEASE_COURSE, GENE_COPY, GENE_DELIVERY,
                          GENERIC_ROUTE, INDICATION_DUE_TO, INDICATION_LIST_JOIN, MARKETED_WORD, NEGATED_BEFORE, NOT_TARGET_WORD,
                          PRODUCT_FORM, SHORT_NAME_IN_PAREN, TARGET_ABBREVIATED, TARGET_ADJECTIVES, TARGET_AGONIST, TARGET_AND_MORE,
                          TARGET_KIND_NAME, TARGET_NAME, TARGET_NOUN_OF, TARGET_NUMBERS, TARGET_SHAPED, TARGET_SKIP, TARGET_VERB,
                          TARGET_VERB_MORE, THE_THERAPY)

ANTI_OR_GENE = rx.compile(r"\b[Aa]nti-|-(?:directed|targeted|targeting)\b|\b(?:directed|targeted)\s+(?:at|against|to)\b|"
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


# (compiled once: subject_before is asked for most phrases a rule reads; IT_OPENS is matched at a text's start, and
# its look back, true there, keeps a search from trying a long run of blanks once from each of its characters)
CLAUSE_MARK = re.compile(r"[;:]")
IT_OPENS = re.compile(r"(?<!\s)\s*(?:It|it|This|The\s+(?:\w+\s+){0,2}(?:drug|antibody|therapy|treatment|medicine|"
                      r"product|oligonucleotide|compound|molecule))\b")


def subject_before(view: View, pos: int) -> Entity | None:
    """The therapy a phrase at ``pos`` is said of: the last one named before it in the clause, else "it",
    "the drug" or the like at the sentence's start (the main therapy)."""
    before = [m for m in therapies(view) if m.end - view.start <= pos]
    if before:
        m = before[-1]
        if not CLAUSE_MARK.search(view.text, m.end - view.start, pos):
            return entity(view, m)
        return None
    if IT_OPENS.match(view.text) \
            or THE_THERAPY.search(view.text, 0, pos):
        return main_therapy(view)
    return None


# --- targets ---

def target_at(view: View, pos: int) -> tuple[str, tuple[str, ...], int] | None:
    """The target named from ``pos`` on: a gene or protein the lexicon knows (with the words before it and a
    "receptor" after it), "X receptor", or a symbol-shaped name ("AB12"). (label, ids, end) or None."""
    skip = TARGET_SKIP.match(view.text, pos)
    pos = skip.end() if skip else pos
    lead = TARGET_LEAD.match(view.text, pos)           # ("both | AB and CD", "mutant | ZDH1")
    pos = lead.end() if lead else pos
    adjectives = TARGET_ADJECTIVES.match(view.text, pos)
    pos = adjectives.end() if adjectives else pos
    genes = [g for g in view.of_kind("gene", "chemical") if 0 <= g.start - view.start - pos <= 40
             and not view.text[g.end - view.start:g.end - view.start + 1].isalnum()]    # (not "α7" in "α7β3")
    if genes:
        g = genes[0]
        a, b = g.start - view.start, g.end - view.start
        if g.kind == "gene" and re.fullmatch(r"receptors?\s+for\s+(?:the\s+)?", view.text[pos:a]):
            return f"{g.text} receptor", (), b                # "the receptors for XY": the XY receptor
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
    named = TARGET_NAME.match(view.text, pos) or TARGET_KIND_NAME.match(view.text, pos) or TARGET_SHAPED.match(view.text, pos)
    if named:
        x = named.group("x")
        return (x[:-1] if re.search(r"(?:receptor|channel|transporter|kinase|enzyme)s$", x) else x), (), named.end("x")
    short = TARGET_ABBREVIATED.match(view.text, pos)
    if short:                                           # "programmed death 9 (PD-9) receptor": the short form's
        kind, abbr = short.group("kind"), short.group("abbr")
        gene = any(g.start - view.start == short.start("abbr") for g in view.of_kind("gene"))
        if kind or gene or re.search(r"\d", abbr):     # not "inhibits bone loss in older women (OW)"
            return (f"{abbr} {kind}" if kind else abbr), (), short.end()
    return None


# words before a target's name that are no part of it: "inhibits both | AB and CD", "of mutant | ZDH1", "of red blood
# cell | zeta kinase" (the tissue the target works in)
TARGET_LEAD = re.compile(r"(?:(?:both|either|mutant|mutated|wild-type|red\s(?:blood\s)?cells?|erythrocyte|platelet|hepatic|liver|"
                         r"muscle|neuronal|intestinal|renal)\s{1,3}){1,2}", re.I)
# a second number after a slash, for the target's family: "ZDH1|/2"
SLASHED_NUMBER = re.compile(r"/(\d{1,2}[A-Za-z]?)\b")


def numbered(stem: str, m: re.Match) -> list[str]:
    """The targets a family's name and its numbers name, one each: a symbol joins its number, a word stands apart.

    >>> numbered("PDE", TARGET_NUMBERS.match(" 3 and 4"))
    ['PDE3', 'PDE4']
    >>> numbered("phosphodiesterase", TARGET_NUMBERS.match(" 3, 4 and 5"))
    ['phosphodiesterase 3', 'phosphodiesterase 4', 'phosphodiesterase 5']
    """
    joiner = "" if stem.isupper() else " "
    return [stem + joiner + n for n in (m.group("n"), m.group("m"), m.group("last")) if n]


def targets_from(view: View, pos: int):
    """The target named from ``pos`` on and those joined to it ("the receptors for AB and for CD"; "PDE 3 and 4"):
    (label, ids, end) each; a joined one only when it is a gene the lexicon knows or a symbol."""
    first = target_at(view, pos)
    if first is None:
        return
    numbers = TARGET_NUMBERS.match(view.text, first[2]) if " " not in first[0] else None
    if numbers:
        for label in numbered(first[0], numbers):
            yield label, (), numbers.end()
        return
    slashed = SLASHED_NUMBER.match(view.text, first[2]) if " " not in first[0] else None
    stem = re.fullmatch(r"(.*?[A-Za-z])-?\d{1,2}[A-Za-z]?", first[0]) if slashed else None
    if stem:                                            # "ZDH1/2": ZDH1 and ZDH2
        yield first
        yield stem.group(1) + slashed.group(1), (), slashed.end()
        return
    yield first
    receptor_for = re.match(r"\s*(?:the\s+)?receptors\s+for\b", view.text[pos:pos + 40]) is not None
    more = TARGET_AND_MORE.match(view.text, first[2])
    if more is None:
        return
    genes = [g for g in view.of_kind("gene") if g.start - view.start == more.end()]
    if genes:
        g = genes[0]
        yield (f"{g.text} receptor" if receptor_for else g.text), (), g.end - view.start
    else:
        shaped = TARGET_SHAPED.match(view.text, more.end())
        if shaped and not any(m.start - view.start == more.end() for m in view.mentions if m.kind != "gene"):
            x = shaped.group("x")
            yield (f"{x} receptor" if receptor_for else x), (), shaped.end("x")


# the verb forms that are nouns too ("a target", "a block"): verbs only after BARE_VERB_BEFORE
BARE_VERBS = frozenset({"target", "block"})


def read_target_verb(view: View):
    """ "XY-123 blocks the ZW receptor", "it binds AB12", "works by inhibiting ...", "lowers the production of" """
    verbs = sorted([*TARGET_VERB.finditer(view.text), *TARGET_VERB_MORE.finditer(view.text)], key=lambda m: m.start())
    for m in verbs:
        if NEGATED_BEFORE.search(view.text, max(0, m.start() - 30), m.start()):
            continue
        if m.group().rstrip().lower() in BARE_VERBS and not BARE_VERB_BEFORE.search(view.text, max(0, m.start() - 12), m.start()):
            continue                    # "the treatment target ZB1c of <6.8%": a noun
        found = list(targets_from(view, m.end()))
        if not found:
            continue
        owner = subject_before(view, m.start())
        if owner is None:                                          # "Targeting XY signaling with acmetinib"
            after = [t for t in therapies(view) if 0 <= t.start - view.start - found[0][2] <= 40
                     and re.fullmatch(r"\s+(?:with|by)\s+", view.text[found[0][2]:t.start - view.start])]
            owner = entity(view, after[0]) if after else None
        if owner is not None:
            for label, ids, end in found:
                yield Hit(owner, Entity("Target", label, ids=ids), m.start(), end)


# what may stand between a drug's name and what it is said to be: "XY-123, a", "XY-123 (AB-1) is a",
# "XY-123 is a neuroactive steroid and a"
IS_A = rx.compile(r"\s{0,3}(?:\([^()]{0,40}\)\s{0,3})?(?:,\s{0,3}|\s{1,3}(?:is|was)\s{1,3}|,\s{1,3}which\s{1,3}is\s{1,3})"
                  r"(?:(?:an?|the)\s{1,3}[\w -]{0,40}?\s{1,3}and\s{1,3})?")


def subject_is_a(view: View, start: int) -> Entity | None:
    """The therapy that a description starting at ``start`` is said of ("XY-123, a ..."; "XY-123 is a ...")."""
    before = [t for t in therapies(view) if t.end - view.start <= start]
    if before and IS_A.fullmatch(view.text, before[-1].end - view.start, start):
        return entity(view, before[-1])
    return None


def read_target_noun(view: View):
    """ "XY-123, a humanised antibody against the ZW receptor", "XY-123 is a positive allosteric modulator of QR
    receptors" """
    for m in TARGET_NOUN_OF.finditer(view.text):
        subject = subject_is_a(view, m.start())
        if subject is None:
            continue
        for label, ids, end in targets_from(view, m.end()):
            yield Hit(subject, Entity("Target", label, ids=ids), m.start(), end)


def agonist_targets(m: re.Match) -> tuple[list[str], int]:
    """The receptors of an agonist phrase and where its name starts: "the zeta-like peptide-4 (ZLP-4) receptor
    agonist" -> (["ZLP-4 receptor"], 4); "a dual AB and CD receptor agonist" -> (["AB receptor", "CD receptor"], 7);
    "a ZLP-1 and zetagon receptor dual agonist" -> (["ZLP-1 receptor", "zetagon receptor"], ...)."""
    words = list(re.finditer(r"\S+", m.group("head")))
    keep = name_words(m, AGONIST_KIND_WORDS)
    if not keep:
        return [], m.start()
    start = m.start("head") + keep[0].start()
    tail = " receptor" if m.group("receptor") else ""
    if m.group("abbr") and not keep[-1].group().lower().startswith("receptor"):
        return [m.group("abbr") + tail], start          # (not the receptor's own: "ZQ-1 receptor (ZQR) agonist")
    if not tail and not re.search(r"[A-Z0-9]", " ".join(w.group() for w in keep)) \
            and not (len(keep) >= 2 and keep[-1].group().lower().endswith("ase")):
        return [], m.start()                            # "the adrenergic agonist": a kind of drug, not a target name
        #                                                 (an enzyme is one: "a soluble zeta cyclase stimulator")
    names = [" ".join(w.group() for w in keep) + tail]
    k = len(words) - len(keep)
    if tail and k >= 2 and words[k - 1].group() == "and" and TARGET_SHAPED.fullmatch(words[k - 2].group()) \
            and (TARGET_SHAPED.fullmatch(names[0].split()[0]) or len(keep) == 1 and keep[0].group().isalpha()):
        names.insert(0, words[k - 2].group() + tail)       # "AB and CD receptor agonist": both receptors
        start = m.start("head") + words[k - 2].start()
    return names, start


def phrase_subject(view: View, start: int, end: int) -> Entity | None:
    """The therapy a class phrase at ``view.text[start:end]`` describes: the one named right after it ("the ZW
    inhibitor acmetinib"), else the one it is said of before it ("acmetinib, an oral ZW inhibitor")."""
    owner = right_after(view, end)
    if owner is not None:
        return entity(view, owner)
    owner = apposed_after(view, start, end)
    if owner is not None:
        return entity(view, owner)
    before = [t for t in therapies(view) if t.end - view.start <= start]
    said = [t for t in before[-2:] if CLASS_SAID_OF.fullmatch(view.text, t.end - view.start, start)]
    return entity(view, said[-1]) if said else None     # (the drug before its brand in brackets: "XY (Zetavo™), a")


# one class phrase set before the drug it names, between commas: "an ZW receptor antagonist, | acmetinib |, to ...",
# "the selective ZW inhibitor, | acmetinib |, in ..." (the words the class's name leaves out between)
ONE_CLASS_BEFORE = rx.compile(r"\b(?:an?|the)\s{1,3}(?:[a-z][\w-]{1,30}\s{1,3}){0,2}$", re.I)
APPOSED_END = re.compile(r"\s{0,3}[,.;)]")


def apposed_after(view: View, start: int, end: int) -> Mention | None:
    """The therapy a singular class phrase names in apposition right after it ("an XY antagonist, acmetinib, to")."""
    if not view.text.startswith(", ", end) or not ONE_CLASS_BEFORE.search(view.text, max(0, start - 40), start):
        return None
    owner = right_after(view, end + 2)
    return owner if owner is not None and APPOSED_END.match(view.text, owner.end - view.start) else None


def read_target_agonist(view: View):
    """ "XY-123, the zeta-like peptide-4 (ZLP-4) receptor agonist", "the ZW receptor agonist XY-123" """
    for m in AGONIST_OF.finditer(view.text):
        names, start = agonist_targets(m)
        if not names:
            continue
        subject = phrase_subject(view, start, m.end())
        if subject is not None:
            for name in names:
                yield Hit(subject, Entity("Target", name), start, m.end())


AGONIST_OF = TARGET_AGONIST
AGONIST_KIND_WORDS = frozenset("full positive negative allosteric".split())   # "a full AB agonist" (and NOT_TARGET_WORD)
# between a therapy and the class phrase said of it: "XY-123, an oral", "XY-123 (AB-1) is a", ", which is the", "XY-123 –
# a", "Zetavo® (xy-123), an", "XY-123 is one of the first"
CLASS_SAID_OF = rx.compile(r"[®™]?\s{0,3}(?:\([^()]{0,40}\)\s{0,3}|\)\s{0,3})?(?:,\s{0,3}|\s{1,3}[–—]\s{1,3}|\s{1,3}(?:is|was)\s{1,3}"
                           r"|,\s{1,3}which\s{1,3}is\s{1,3})(?:an?|the|one\s{1,3}of\s{1,3}the)\s{1,3}"
                           r"(?:(?:[\w-]{1,40}|\([^()]{1,30}\)),?\s{1,3}){0,6}")    # (an aside: "(non-peptide)"; a comma
#                                                                             between adjectives: "an oral, selective")
ANY_TARGET_VERB = rx.compile(f"(?:{TARGET_VERB.pattern})|(?:{TARGET_VERB_MORE.pattern})", re.I | re.X)
# The stems every match of TARGET_VERB starts with, and the nouns one of which every match of TARGET_VERB_MORE holds.
# The prefilter finds no literals in TARGET_VERB itself (its verb forms are too many to list), so without these the
# cue would run on every sentence of every document; with them it runs on about one in eight.
TARGET_VERB_STEMS = frozenset("block inhibit target bind antagoni recogni neutrali silenc degrad activat stimulat lower "
                              "reduce".split()) | frozenset(TARGET_VERB_MORE.literals[0])
# The cue's search opens with a look-ahead for the letters every match starts with (the verbs' first letters, any
# case): the same matches, and positions that cannot start one fail on one test instead of every branch (1.7x faster).
# Before it, the word boundary both verb patterns open with: tested first, it turns away the positions inside a word
# at less cost than the look-ahead (20% faster again on the sentences the cue's literals let through).
TARGET_VERB_CUE = rx.Prefiltered(re.compile(f"\\b(?=[abcdilmnrst])(?:{ANY_TARGET_VERB.pattern})", ANY_TARGET_VERB.flags),
                                 (TARGET_VERB_STEMS,))


# a receptor named by its adjective: "muscarinic", "adrenergic", "dopaminergic"
RECEPTOR_ADJECTIVE = re.compile(r"[a-z]{4,20}(?:inic|ergic)")


def read_target_class(view: View):
    """ "the XY inhibitor acmetinib", "acmetinib, an oral XY inhibitor", "XY-123 is a ZW receptor antagonist" """
    for m in CLASS_PHRASE.finditer(view.text):
        if m.group("statin"):
            continue
        label, start = class_label(m)
        if label is None:
            continue
        target, kind = label.rsplit(" ", 1)
        if target.isdigit():        # "a dual zetaesterase 3 and 4 inhibitor": the family's numbers, one target each
            head = m.group("head")
            stems = [(w, n) for w in re.finditer(r"[A-Za-z][\w-]{1,30}", head)
                     if (n := TARGET_NUMBERS.match(head, w.end())) and n.end() == len(head)]
            subject = phrase_subject(view, start, m.end()) if stems else None
            if subject is not None and stems[-1][0].group().lower() not in NOT_TARGET_WORD:
                stem, numbers = stems[-1]
                for name in numbered(stem.group(), numbers):
                    yield Hit(subject, Entity("Target", name), m.start("head") + stem.start(), m.end())
            continue
        if kind == "antagonist" and RECEPTOR_ADJECTIVE.fullmatch(target):
            target += " receptor"           # ("a muscarinic antagonist": of the muscarinic receptor)
        subject = phrase_subject(view, start, m.end())
        if subject is not None:
            yield Hit(subject, Entity("Target", target), start, m.end())


# the words that set what follows apart from the therapy before: another arm, what came before it, what it is added to
OTHER_THERAPY_BEFORE = re.compile(r"\b(?:or|and|versus|vs\.?|than|over|despite|from|to|with|after|prior|previous|on|plus)"
                                  r"\s+(?:(?:an?|the|their|prior|previous|standard|current|conventional)\s+){0,2}$", re.I)


def read_target_anti(view: View):
    """ "an anti-XY monoclonal antibody", "an antibody directed at ZW", "XY-directed", "a copy of the AB1 gene" """
    for pattern in (ANTI_TARGET, GENE_COPY):
        for m in pattern.finditer(view.text):
            owner = right_after(view, m.end())
            if owner is None and OTHER_THERAPY_BEFORE.search(view.text, max(0, m.start() - 40), m.start()):
                continue                # ("randomized to XY-123 or | anti-ZW therapy": another therapy, no description)
            subject = entity(view, owner) if owner else subject_before(view, m.start())
            if subject is None and m.groupdict().get("x2"):      # "XY-directed depletion with acmezumab"
                after = [t for t in therapies(view) if 0 <= t.start - view.start - m.end() <= 60
                         and re.search(r"\b(?:with|by|of)\s+$", view.text[m.end():t.start - view.start])]
                subject = entity(view, after[0]) if after else None
            if subject is not None:
                x = next(g for g in (m.groupdict().get(k) for k in ("x", "x2", "x3", "x4")) if g)
                yield Hit(subject, Entity("Target", x), m.start(), m.end())


def read_gene_delivery(view: View):
    """ "XY-123 uses a vector to deliver a shortened human AB factor (ABF) coding sequence": the gene it carries,
    named by a gene or short form the text knows right before "gene" or "coding sequence" """
    for m in GENE_DELIVERY.finditer(view.text):
        subject = subject_before(view, m.start())
        if subject is None:
            continue
        for g in view.of_kind("gene", "term"):
            a, b = view.span(g)
            if m.end() <= a <= m.end() + 80 and DELIVERED_GENE_END.match(view.text, b) \
                    and not re.search(r"[.;,]|\b(?:cop(?:y|ies)|version)\s+of\b", view.text[m.end():a]):
                label = g.text if g.kind == "gene" else g.label         # a gene by its symbol, a short form by its name
                yield Hit(subject, Entity("Target", label, ids=g.ids if g.kind == "gene" else ()), m.start(), b)
                break


TARGET_VERB_RULE = Rule(
    "therapy.target.verb", T.target, read_target_verb, confidence=0.75, cue=TARGET_VERB_CUE, needs_trial=False,
    examples=(Example("XY-123 blocks the ZW receptor, which drives fibrosis.", (("XY-123", "target", "ZW receptor"),)),
              Example("AB-456 is a tablet that inhibits ATP citrate lyase in the liver.",
                      (("AB-456", "target", "ATP citrate lyase"),)),
              Example("XY-123 works by blocking overactivation of the QR receptor.", (("target", "QR receptor"),)),
              Example("Targeting EGFR signaling with XY-123 slowed decline.", (("XY-123", "target", "epidermal growth factor receptor signaling"),)),
              Example("The drug XY-123 is designed to lower the amount of CD99 protein in cells.", (("target", "CD99"),)),
              Example("XY-123 is designed to target ZW1 in the gut.", (("XY-123", "target", "ZW1"),)),
              Example("XY-123 lowers the kidney's synthesis of tubular binding protein 7 (TBP7).",
                      (("XY-123", "target", "TBP7"),)),
              Example("XY-123 works by blocking the ABC-2 3XL protease, which the virus needs.",
                      (("XY-123", "target", "ABC-2 3XL protease"),)),
              Example("XY-123 activates the receptors for IL6 (a cytokine) and for TNF, which help.",
                      (("XY-123", "target", "IL6 receptor"), ("XY-123", "target", "TNF receptor"))),
              Example("XY-123 is an antibody that binds to (blocks) a zeta protein called ZL-13 (ZL13).",
                      (("XY-123", "target", "ZL-13"),))),
    counterexamples=("XY-123 did not block the ZW receptor in this study.", "The infection blocks the QR receptor.",
                     "XY-123 inhibits bone loss in older women (OW) over two years.",
                     "Most patients on XY-123 reached the treatment target ZB1c of <6.8%.",
                     "XY-123 was compared with a zeta-Stimulating Agent-Free control in adults."))

TARGET_CLASS_RULE = Rule(
    "therapy.target.class", T.target, read_target_class, confidence=0.8, cue=CLASS_PHRASE, needs_trial=False,
    examples=(Example("The third-generation ZW1 inhibitor XY-123 was compared with placebo.", (("XY-123", "target", "ZW1"),)),
              Example("XY-123, a selective QR receptor antagonist, lowered the risk.", (("XY-123", "target", "QR receptor"),)),
              Example("The renal urate transporter 5 (RUT5) inhibitor XY-123 was tested.", (("target", "RUT5"),)),
              Example("XY-123 is a twice-yearly injectable ZV-1 capsid inhibitor.", (("XY-123", "target", "ZV-1 capsid"),)),
              Example("XY-123, a dual zetaesterase 3 and 4 inhibitor, was given by nebuliser.",
                      (("XY-123", "target", "zetaesterase 3"), ("XY-123", "target", "zetaesterase 4"))),
              Example("Adults got Zetavo® (acmetinib), an oral ZF-B inhibitor, twice a day.",
                      (("Acmetinib", "target", "ZF-B"),)),
              Example("XY-123 is one of the first non-steroidal ZK3 receptor antagonists to reach patients.",
                      (("XY-123", "target", "ZK3 receptor"),)),
              Example("XY-123, an oral, selective, long-acting Zeta’s kinase (ZSK) inhibitor, was tested.",
                      (("XY-123", "target", "ZSK"),))),
    counterexamples=("Patients taking an ZW1 inhibitor were excluded before XY-123 was given.",
                     "Most patients were receiving a QR blocker at baseline.",
                     "XY-123 is an oral dual inhibitor given once daily."))

TARGET_NOUN_RULE = Rule(
    "therapy.target.noun", T.target, read_target_noun, confidence=0.75, cue=TARGET_NOUN_OF, needs_trial=False,
    examples=(Example("XY-123, a fully human antibody against the zeta signalling 4 (ZS-4) receptor, was given.",
                      (("XY-123", "target", "ZS-4 receptor"),)),
              Example("XY-123 is an oral small molecule and a negative allosteric modulator of central and peripheral "
                      "QR-A receptors.", (("XY-123", "target", "QR-A receptor"),)),
              Example("XY-123, an antagonist of the ZW receptor, lowered pressure.", (("XY-123", "target", "ZW receptor"),)),
              Example("XY-123, an oral, selective inhibitor of the ZaV1.8 sodium channel, was tested.",
                      (("XY-123", "target", "ZaV1.8 sodium channel"),)),
              Example("XY-123 is a first-in-class monoclonal antibody targeting ZL-5.", (("XY-123", "target", "ZL-5"),)),
              Example("XY-123 is a dual inhibitor of ZDE 3 and 4.", (("XY-123", "target", "ZDE3"), ("XY-123", "target", "ZDE4"))),
              # (a Greek subunit's name, and three words before "receptors"; not the lexicon's gene that is only its
              # first letters: "α7")
              Example("XY-123, a partial agonist at α7β3 zeta choline receptors, was tested.",
                      (("XY-123", "target", "α7β3 zeta choline receptor"),))),
    counterexamples=("Patients on XY-123 could not take an inhibitor of the ZW enzyme.",
                     "An antibody against the QR receptor was tested in mice."))

TARGET_AGONIST_RULE = Rule(
    "therapy.target.agonist", T.target, read_target_agonist, confidence=0.8, cue=TARGET_AGONIST, needs_trial=False,
    examples=(Example("Daily XY-123, the zeta-like peptide-4 (ZLP-4) receptor agonist from Acme Bio, lowered glucose.",
                      (("XY-123", "target", "ZLP-4 receptor"),)),
              Example("XY-123, a dual AB1 and CD2 receptor agonist, lowered weight.",
                      (("XY-123", "target", "AB1 receptor"), ("XY-123", "target", "CD2 receptor"))),
              Example("The ZW receptor agonist XY-123 was given weekly.", (("XY-123", "target", "ZW receptor"),)),
              Example("XY-123 is an oral (non-peptide) zeta-like peptide-1 (ZLP-1) receptor agonist.",
                      (("XY-123", "target", "ZLP-1 receptor"),))),
    counterexamples=("Patients who took a ZW receptor agonist before were excluded from the XY-123 study.",
                     "We gave the adrenergic agonist XY-123 to adults."))

TARGET_GENE_RULE = Rule(
    "therapy.target.delivered_gene", T.target, read_gene_delivery, confidence=0.75, cue=GENE_DELIVERY, needs_trial=False,
    examples=(Example("XY-123 is a gene therapy that uses a viral vector to deliver a shortened human tumor protein p53 "
                      "(TP53) coding sequence to muscle.", (("XY-123", "target", "tumor protein p53"),)),
              Example("XY-123 carries a working TP53 gene into tumour cells.", (("XY-123", "target", "TP53"),))),
    counterexamples=("Couriers deliver a package with the TP53 gene kit.",
                     "XY-123 uses a virus to carry a healthy copy of the TP53 gene into cells.",
                     "XY-123 can deliver a dose to the liver; the TP53 gene was sequenced."))

TARGET_ANTI_RULE = Rule(
    "therapy.target.antibody", T.target, read_target_anti, confidence=0.8, cue=ANTI_OR_GENE, needs_trial=False,
    examples=(Example("XY-123 is an anti-CD99 IgG4 antibody.", (("XY-123", "target", "CD99"),)),
              Example("AB-456 delivers a working copy of the ZW1 gene to retinal cells.", (("AB-456", "target", "ZW1"),)),
              Example("The anti-QR antibody XY-123 did not slow progression.", (("XY-123", "target", "QR"),))),
    counterexamples=("No anti-CD99 antibody had been tested before.",
                     # (a therapy of its own, set against the drug or given before it: no description of the drug)
                     "In the trial, adults were randomized to XY-123 or anti-QR therapy.",
                     "In the trial, XY-123 was given to adults who still had symptoms despite anti-QR therapy."))


# --- approvals and their indications ---

def read_approved_for(view: View):
    """ "the agency approved XY-123 for adults with Z disease", "XY-123 was already approved to treat Z" """
    text = view.text
    diseases = view.of_kind("disease")
    if not diseases:
        return
    words = sorted([*APPROVAL_WORD.finditer(text), *MARKETED_WORD.finditer(text)], key=lambda m: m.start())
    words = [m for m in words
             if not NEGATED_BEFORE.search(text, max(0, m.start() - 30), m.start()) and not re.match(r"[-\w]", text[m.end():m.end() + 1])]
    used = set()
    last: tuple[int, Entity] | None = None              # the end of the last indication read, and its therapy
    for d in diseases:
        a = d.start - view.start
        if last is not None and INDICATION_LIST_JOIN.fullmatch(text, last[0], a):
            last = (d.end - view.start, last[1])          # "... for people with AB or CD": CD too
            yield Hit(last[1], without_course(d), a, last[0])
            continue
        last = None
        cue = APPROVED_FOR_BEFORE.search(text, max(0, a - 120), a) or APPROVED_FOR_LONGER.search(text, max(0, a - 120), a)
        if cue is None:
            continue
        prior = [w for w in words if w.end() <= cue.start()]      # (a clause's end between: no "U.S.")
        if not prior or prior[-1].start() in used or re.search(r";|(?<![A-Z])\.", text[prior[-1].end():cue.start()]):
            continue
        w = prior[-1]
        between = [m for m in therapies(view) if w.end() <= m.start - view.start < cue.start()]
        subject = entity(view, between[0]) if between else subject_before(view, w.start())
        if subject is None and (THE_THERAPY.search(text, w.end(), cue.start())
                                or re.match(r"\s+it\s", text[w.end():cue.start() + 1])):
            subject = main_therapy(view)                # "the agency approved it for ..."
        if subject is None:
            continue
        used.add(w.start())
        due = INDICATION_DUE_TO.match(text, d.end - view.start)
        cause = [c for c in diseases if due and c.start - view.start == due.end()]
        if due and not cause:
            continue                                    # "AB or CD due to something unnamed": unclear, nothing
        d = cause[0] if cause else d                    # "AB or mild CD due to EF disease": EF disease
        last = (d.end - view.start, subject)
        yield Hit(subject, without_course(d), w.start(), d.end - view.start)


APPROVED_OR_SOLD = rx.compile(f"(?:{APPROVAL_WORD.pattern})|(?:{MARKETED_WORD.pattern})", re.I)


def without_course(d: Mention) -> Entity:
    """A disease named with its course ("refractory XY myeloma") as the disease the lexicon names without it."""
    course = DISEASE_COURSE.match(d.text)
    if course and course.end() < len(d.text):
        rest = d.text[course.end():]
        base = [m for m in load_lexicon().find(rest) if m.kind == "disease" and m.start == 0 and m.end == len(rest)]
        if base:
            return entity_of(base[0], "Disease")
    return entity_of(d, "Disease")


APPROVED_FOR_RULE = Rule(
    "therapy.approved_for", T.approvedFor, read_approved_for, confidence=0.8, cue=APPROVED_OR_SOLD, needs_trial=False,
    examples=(Example("The agency approved XY-123 for adults with multiple sclerosis in March.",
                      (("XY-123", "approvedFor", "multiple sclerosis"),)),
              Example("XY-123 was already approved for maintenance treatment of psoriasis in Canada.",
                      (("XY-123", "approvedFor", "psoriasis"),)),
              Example("Regulators granted conditional approval to XY-123, made by Acme Bio, to treat psoriasis.",
                      (("XY-123", "approvedFor", "psoriasis"),)),
              Example("The agency authorized XY-123 for people aged 12 and older with psoriasis or multiple sclerosis.",
                      (("XY-123", "approvedFor", "psoriasis"), ("XY-123", "approvedFor", "multiple sclerosis"))),
              Example("In 2030 it approved XY-123 for adult and adolescent patients with psoriasis.",
                      (("XY-123", "approvedFor", "psoriasis"),)),
              Example("XY-123 received FDA approval for the treatment of boys aged 4 years and older with psoriasis.",
                      (("XY-123", "approvedFor", "psoriasis"),)),
              Example("XY-123 is approved only in the U.S. for adults and children (aged 10 or older) with psoriasis.",
                      (("XY-123", "approvedFor", "psoriasis"),)),
              Example("XY-123 is sold for gout. In May 2031, the FDA approved it for long-term symptom control in "
                      "adults with obesity.", (("XY-123", "approvedFor", "obesity"),)),
              Example("XY-123 is already sold as Zenvia for psoriasis in Europe.",
                      (("XY-123", "approvedFor", "psoriasis"),)),
              Example("The FDA approved XY-123 for adults with relapsed or refractory mantle cell lymphoma.",
                      (("XY-123", "approvedFor", "mantle cell lymphoma"),)),
              Example("The FDA approved XY-123 for adults with dementia or apathy due to "
                      "Lewy body disease.", (("XY-123", "approvedFor", "Lewy body dementia"),))),
    counterexamples=("XY-123 is not approved for multiple sclerosis.",
                     "The FDA approved XY-123 for people with anemia or fatigue due to a rare cause.",
                     "Acme Bio sold its unit for cash; XY-123 was tested in gout.",
                     "Patients with psoriasis received the approved dose of XY-123."))


# --- other names ---

def read_alias(view: View):
    """ "XY-123, sold as Zenvia", "under the brand name Zenvia", "XY-123 (formerly AB-12)" """
    others = {m.label.lower() for m in view.mentions if m.source != "pattern"}
    trial_names = {t.name for t in view.ctx.trials if t.name}
    for m in ALIAS_AFTER.finditer(view.text):
        alias, at = m.group("alias"), m.start("alias")
        if alias in trial_names:
            continue                    # "a Phase 3 trial called ZETA-2": the trial's name
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
# a capitalised name right before the parenthesis that holds the therapy, with the product's form and the therapy's
# route between ("Zenvia (", "ZENVIA® Cream (topical ")
NAME_BEFORE = re.compile(rf"(?<![\w-])(?P<x>[A-Z][a-z]{{3,20}}|[A-Z]{{4,12}})[®™]?{PRODUCT_FORM}\s{{0,3}}\(\s{{0,3}}"
                         rf"{GENERIC_ROUTE}$")
CLOSES = re.compile(r"[^()]{0,20}\)")
MARK_LETTERS = frozenset({"TM", "R", "SM"})      # a wire service's trade mark signs: "Zetamab(TM)" has no other name
# the short forms of statistics a bracket after a therapy opens on: "than with XY-123 (IRR, 0.10; ...)" names no alias
STATISTICS = frozenset("HR aHR OR aOR RR aRR IRR aIRR RRR ARR CI MD LSMD RD NNT SD SE SEM IQR".split())
# the head word of a headline's description before a code, no name of the product: "... Combination Therapy (ZX-105)"
PRODUCT_WORDS = frozenset("""therapy therapies treatment drug drugs vaccine medicine medication regimen combination product
    candidate agent antibody inhibitor tablet tablets capsule capsules injection infusion formulation gel cream spray""".split())


def read_alias_paren(view: View):
    """ "XY-123 (AB12)", "Zenvia (XY-123)": a short capitalised name or code in the parenthesis after a therapy,
    or a capitalised name just before one; the FDA's four-letter suffix ("acmezumab-abcd") too."""
    text = view.text
    for t in therapies(view):
        a, b = t.start - view.start, t.end - view.start
        nxt = text[b:b + 30]
        short = SHORT_NAME_IN_PAREN.match(text, b) if "(" in text[max(0, a - 3):a] else None
        if short:                                       # "(acmecabtagene autoleucel; acme-cel)"
            yield Hit(entity(view, t), short.group("x"), a, short.end("x"))
        suffix = FDA_SUFFIX.match(nxt)
        if suffix:
            yield Hit(entity(view, t), t.text + suffix.group(), a, b + suffix.end())
        # (not the regimen a joined list of drugs names: "bortezomib-melphalan-prednisone (VMP)")
        after = PAREN_NAME.match(nxt) if nxt[:1] in (" ", "-", "(") and not JOINED_BEFORE.search(text, 0, a) else None
        if after and NAME_SHAPE.search(after.group("x")) and not REGISTRY_START.match(after.group("x")) \
                and after.group("x") not in MARK_LETTERS and after.group("x") not in STATISTICS \
                and not any(after.group("x") == trial.name for trial in view.ctx.trials):   # ("AB (ZETA-3)": its trial)
            inside = [m for m in view.mentions if m.start - view.start == b + after.start("x")]
            if not inside or inside[0].label == t.label or inside[0].source == "pattern":
                yield Hit(entity(view, t), after.group("x"), a, b + after.end())
        if a and text[a - 1] in " (" and "(" in text[max(0, a - 40):a]:
            before = NAME_BEFORE.search(text, max(0, a - 60), a)
            if before and before.start() > 0 and CLOSES.match(text, b) and before.group("x").lower() not in PRODUCT_WORDS and \
                    not any(m.end - view.start == before.end("x") for m in view.mentions):
                yield Hit(entity(view, t), before.group("x"), before.start("x"), b)


# every other name read_alias_paren reads stands beside a parenthesis or after a hyphen ("acmezumab-abcd")
PAREN_OR_HYPHEN = rx.compile(r"[(-]")


ALIAS_RULE = Rule(
    "therapy.alias.named", T.alias, read_alias, confidence=0.8, cue=ALIAS_AFTER, needs_trial=False,
    examples=(Example("Acme Bio launched XY-123 in 2019 under the brand name Zenvia.", (("XY-123", "alias", "Zenvia"),)),
              Example("XY-123, sold in Europe as Zenvia, was given weekly.", (("XY-123", "alias", "Zenvia"),)),
              Example("XY-123, formerly known as AB-12, was well tolerated.", (("XY-123", "alias", "AB-12"),)),
              Example("Adults took acmetrelvir, code-named AB-77, for a week.", (("Acmetrelvir", "alias", "AB-77"),)),
              Example("Patients got zetasiran (formerly ZYX 417) monthly.", (("Zetasiran", "alias", "ZYX 417"),))),
    counterexamples=("The company sold its unit under the name Acme.",
                     "Acme said XY-123 met the primary endpoint in a Phase 3 trial called ZETA-2."))

ALIAS_PAREN_RULE = Rule(
    "therapy.alias.parenthesis", T.alias, read_alias_paren, confidence=0.75, cue=PAREN_OR_HYPHEN, needs_trial=False,
    examples=(Example("Regulators cleared Zenvia (XY-123) for adults.", (("XY-123", "alias", "Zenvia"),)),
              Example("Patients received axicabtagene ciloleucel (AXC-Q) or placebo.", (("alias", "AXC-Q"),)),
              Example("The agency approved ZENVIA (lisocabtagene maraleucel; liso-cel) for adults.",
                      (("alias", "liso-cel"),))),
    counterexamples=("Patients received XY-123 (n=40) or placebo (n=20).", "XY-123 (NCT01234567) enrolled adults.",
                     "Patients received 4 cycles of bortezomib-melphalan-prednisone (VMP) in the trial.",
                     "Patients received ZETA-AB(TM) or placebo in the trial.",
                     "ZV incidence was lower with XY-123 than with acmevudine (IRR, 0.10; 95% CI, 0.01 to 0.44)."))

RULES = (TARGET_VERB_RULE, TARGET_CLASS_RULE, TARGET_NOUN_RULE, TARGET_AGONIST_RULE, TARGET_GENE_RULE, TARGET_ANTI_RULE,
         APPROVED_FOR_RULE, ALIAS_RULE, ALIAS_PAREN_RULE)
