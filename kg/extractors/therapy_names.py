"""Which therapies a document names, and each one's modality: computed once per document.

Every drug or cell product named is a therapy (background and comparator drugs
too), and so is a drug class named as something patients take ("were taking an
ACE inhibitor", "on top of angiotensin receptor blockade"). Left out: substances
named only as what is measured ("serum potassium", "LDL cholesterol levels") or
as a part of biology ("dopamine transporter"), a name given only as the other
name of the drug in the parenthesis after it, and code names that are part of a
trial's name.

>>> from kg.documents import parse_document
>>> from kg.extractors.context import build_context
>>> text = "Patients taking an AB inhibitor got XY-123, a monoclonal antibody, or placebo; serum potassium was checked."
>>> doc = parse_document("T\\n\\n" + text, source="t.txt")
>>> sorted((t.entity.label, t.modality) for t in therapy_index(build_context(doc)).named.values())
[('AB inhibitor', 'small molecule'), ('XY-123', 'antibody')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from kg.extractors.context import Context, entity_of
from kg.extractors.document_names import COMBINATION_AFTER, written_for
from kg.extractors.util import part_search
from kg.lexicon import load_lexicon
from kg.model import Entity, Mention
from kg.text import prefilter as rx
from kg.text.procedures import procedure_modality
from kg.text.cues import (ANALYTE_AFTER, ANALYTE_BEFORE, BOUND_AFTER, CLASS_PHRASE, CLASS_USE_BEFORE, CLASS_WORD,
                          CONCOMITANT_BEFORE, DIAGNOSTIC_AFTER, FEW_WORDS, FOR_DISEASE_AHEAD, GIVEN_AFTER, GIVEN_BEFORE,
                          METALS, MODALITY_STEMS, MODALITY_WORDS, NOT_TARGET_WORD, OTHER_NAME_OPENS, PART_OF_TERM_AFTER,
                          REAGENT_AFTER, SOURCE_BEFORE, TICKER_OPEN)

KINDS = ("drug", "therapy")
# the shapes read around each drug mention (compiled once: they run a dozen times per mention)
# (blanks are entered at their start only: searched in a long run of blanks, re would try each of them)
OPENS = OTHER_NAME_OPENS                     # between "A" and "B" of "A (B)"
# between a drug's name and its other name: "Zetavir, | code-named | XY-123"
CALLED_BETWEEN = re.compile(r",\s(?:code[-\s]named|also\sknown\sas|known\sas|formerly(?:\sknown\sas)?|previously\s(?:known\sas|"
                            r"called))\s")
HYPHEN_END = re.compile(r"[A-Za-z0-9]-$")
REGISTRY_AFTER = re.compile(r"(?<!\s)\s*\((?:NCT|jRCT|ISRCTN|CTRI|EudraCT)")
PAREN_BEFORE = re.compile(r"\(\s{0,2}$")
PAREN_AFTER = re.compile(r"\s{0,2}\)")
PAREN_BETWEEN = re.compile(r"\s{0,2}\(\s{0,2}")
SHORT_FORM = re.compile(r"[A-Z][A-Za-z0-9]{1,5}")
WORD_PAREN_BEFORE = re.compile(r"[a-z]{3}\s{0,2}\(\s{0,2}$")
NUMBER_LIKE = re.compile(r"[\d\s.-]{1,12}")
CODE_HYPHEN_END = re.compile(r"\b[A-Z0-9]{1,8}-$")
CAPITALS_CODE = re.compile(r"[A-Z0-9]{1,6}")
HYPHEN_CODE_AFTER = re.compile(r"-[A-Z0-9]")
CLASS = "drug class"                 # the kind of the mentions this module makes for drug classes


@dataclass(frozen=True)
class NamedTherapy:
    """A therapy the document names: its entity, first mention and modality (with the sentence that tells it)."""

    entity: Entity
    first: Mention
    sentence: int
    modality: str | None = None
    modality_sentence: int = 0


@dataclass(frozen=True)
class TherapyIndex:
    """The document's therapies, and per sentence the mentions that name one of them (classes included)."""

    named: dict[str, NamedTherapy]                 # entity key -> therapy
    mentions: tuple[tuple[Mention, ...], ...]      # per sentence, in text order
    other_names: tuple[tuple[str, Mention], ...] = ()   # (therapy key, a mention of another name given for it)
    drugs: tuple[tuple[Mention, ...], ...] = ()         # per sentence, the mentions without the drug classes

    def entity(self, m: Mention) -> Entity:
        return class_entity(m.label) if m.kind == CLASS else entity_of(m, "Therapy")


def main_mention(ctx: Context) -> Mention | None:
    """The mention of the document's main therapy when it is a therapy the document names, else of the named drug
    mentioned most often (a main therapy guessed from a code name that is really a trial's, say)."""
    return ctx.cached(("main therapy mention",), lambda: find_main_mention(ctx))


def find_main_mention(ctx: Context) -> Mention | None:
    index = therapy_index(ctx)
    main = ctx.therapies.get(ctx.main_therapy) if ctx.main_therapy else None
    if main is not None and entity_of(main, "Therapy").key in index.named:
        return main
    counts: dict[str, int] = {}
    for ms in index.mentions:
        for m in ms:
            if m.kind != CLASS:
                counts[m.label] = counts.get(m.label, 0) + 1
    if not counts:
        return None
    best = max(counts, key=counts.get)
    return next(t.first for t in index.named.values() if t.first.label == best)


# the nouns that end a target's name written in lower case ("the renin-angiotensin system")
TARGET_NOUNS = frozenset("system pathway axis receptor receptors enzyme channel".split())


def class_entity(label: str) -> Entity:
    """A drug class as a therapy: no ids (a class is not one compound)."""
    return Entity("Therapy", label)


def therapy_index(ctx: Context) -> TherapyIndex:
    """The :class:`TherapyIndex` of a document, made once (kept in the context's cache)."""
    return ctx.cached(("therapy-index",), lambda: build_index(ctx))


def therapy_labels(ctx: Context) -> frozenset[str]:
    """The labels of the drugs the document names as therapies (not "tyrosine" of "tyrosine kinase", nor a measured
    substance, nor one a drug class is named after): what a trial's intervention, or a company's product, may be."""
    return ctx.cached(("therapy labels",), lambda: frozenset(m.label for ms in therapy_index(ctx).drugs for m in ms))


def build_index(ctx: Context) -> TherapyIndex:
    texts = [s.text for s in ctx.sentences]
    dropped, renamed = excluded(ctx, texts)
    per_sentence, named, where = [], {}, {}
    # (entity, key) of each therapy named, made once: a report names its drug dozens of times
    made: dict[tuple, tuple[Entity, str]] = {}
    for i, ms in enumerate(ctx.mentions):
        kept = [as_named(m, renamed) for m in ms if m.kind in KINDS and (m.label not in dropped or m.label in renamed)]
        if CLASS_WORDS.possible(texts[i]):
            kept += drug_classes(ctx, i, texts[i])
            kept.sort(key=lambda m: m.start)
        per_sentence.append(tuple(kept))
        for m in kept:
            known = made.get((m.kind == CLASS, m.label, m.ids))
            if known is None:
                entity = class_entity(m.label) if m.kind == CLASS else entity_of(m, "Therapy")
                known = made[(m.kind == CLASS, m.label, m.ids)] = entity, entity.key
            entity, key = known
            if key not in named:
                named[key] = NamedTherapy(entity, m, i)
            if m.kind != CLASS:
                mine = where.setdefault(key, {}).setdefault(i, [])
                mine.append(m)
    for key, t in named.items():
        modality = modality_of(ctx, t, per_sentence, where.get(key, {}))
        if modality:
            named[key] = NamedTherapy(t.entity, t.first, t.sentence, *modality)
    others = {}
    for ms in per_sentence:
        for m in ms:
            if m.source == "pattern" and m.kind != CLASS and m.label != m.text and not (
                    m.attrs == "procedure" and (written_for(m.text, m.label)       # ("zeta masks" for "zeta mask"; the
                                                or m.label.lower().startswith(m.text.lower() + " "))):  # qualifier alone
                #                                                                   of a variant: "Robotic | versus open
                #                                                                   zetectomy")
                others.setdefault((entity_of(m, "Therapy").key, m.text), m)
    return TherapyIndex(named, tuple(per_sentence), tuple((key, m) for (key, _), m in others.items()),
                        tuple(tuple(m for m in ms if m.kind != CLASS) for ms in per_sentence))


# words one of which a class phrase or a class word holds, tested at once (most sentences have none; only the test
# is asked of this pattern)
CLASS_WORDS = rx.Prefiltered(CLASS_WORD.regex, (frozenset(word for p in (CLASS_PHRASE, CLASS_WORD)
                                                         for word in p.literals[0]),))


# a gene's product named by its variant, right before its name: "mutant | ..."
MUTANT_BEFORE = re.compile(r"\b(?:mutant|mutated|defective|faulty|wild-type)\s$", re.I)
# what joins a coded product to the kind of product it is: "XY-1 | is a | ... vaccine", "XY-1 |, an | ... vaccine"
CODE_IS_A = re.compile(r"\s(?:is|was)\s(?:an?\s|the\s)?|,\s(?:an?\s|the\s)")


# what follows a class that is the head of its phrase ("XY is a benzodiazepine | that ..."), not a word of a longer one
# ("a calcium | antagonist", "a zetol-releasing derivative")
CLASS_HEAD_END = re.compile(r"\s?(?:[,.;)]|$)|\s(?:that|which|with|used|for|approved|developed|and|in|given)\b")


def describes_code(m: Mention, drugs: list[Mention], k: int, text: str, start: int) -> bool:
    """Does the vaccine ``m`` (``drugs[k]``) say what the coded product before it is ("XY-1 is an inactivated zeta
    vaccine", "XY-1, an inactivated zeta vaccine"), or a drug class in small letters what the drug before it is
    ("Zetanorvat is a 1,4-benzodiazepine which ...", "zetanorvat, an oral triptan,"), rather than name a therapy of
    its own?"""
    before = drugs[k - 1] if k else None
    if before is None:
        return False
    vaccine = m.text.lower().endswith("vaccine") and before.source == "pattern"
    if not vaccine and not (m.source == "lexicon" and m.text.islower()):
        return False
    gap = text[before.end - start:m.start - start]
    hit = CODE_IS_A.match(gap)
    if hit is None or "," in gap[hit.end():] or "." in gap[hit.end():]:
        return False
    if vaccine:
        return len(gap) - hit.end() <= 60
    # (a class: its article and at most two words before it, and no word it opens: "XY is a zeta-releasing ...")
    return hit.group().rstrip().endswith((" a", " an")) and len(gap[hit.end():].split()) <= 2 \
        and CLASS_HEAD_END.match(text, m.end - start) is not None


def as_named(m: Mention, renamed: dict[str, Mention]) -> Mention:
    """A mention of a code or marked name that the text gives as another name of a known drug, as that drug."""
    other = renamed.get(m.label)
    return m if other is None else Mention(m.text, m.start, m.end, other.kind, other.label, other.ids, m.source, other.attrs)


# a drug's mechanism right before its name: "the zeta inhibitor | XY-123", "the ZW receptor antagonist |"
MECHANISM_BEFORE = re.compile(r"\b(?:inhibitor|antagonist|agonist|blocker|modulator|activator|antibody)\s$", re.I)


# the mechanism a substance names when a drug class is called after it: "a zeta | antagonist", "a zetate | receptor
# agonist", "zetamine | (1A/1B) receptor agonists", "zetasin | converting enzyme inhibitors", "a zetosine | analogue",
# with the receptor's subtypes: "a zetonin | 5-ZT1A agonist", "a zetamine | D1 and D5 agonist" (or its short form in
# the bracket: "a zeta growth factor (ZGF | ) inhibitor")
MECHANISM_AFTER = re.compile(r"\)?(?:\s?\([^()\s]{1,12}\))?(?:\s(?:[1-9]-)?[A-Z]{1,3}[1-9][A-Z]?(?:(?:,\s|\s(?:and|or)\s|/)[A-Z]{0,3}[1-9][A-Z]?){0,3}(?=[\s-]))?"
                             r"(?:[\s-](?:receptors?|channels?|(?:converting\s)?enzyme|I{1,3}|"
                             r"type\s\d|\d[A-Z]?))?(?:\s\([A-Z]{2,6}\))?[\s-](?:antagonists?|agonists?|blockers?|blocking\sagents?|"
                             r"inhibitors?|analogues?|analogs?|modulators?|activators?)\b", re.I)


# a name shaped as a date ("Nov 4", of "2030 Nov 4;301(5)"), or right after a unit's prefix ("cells·µ|L-1")
DATE_SHAPED = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[\s-]\d{1,2}", re.I)
UNIT_PREFIX_BEFORE = re.compile(r"[µμ·]$")
# what a drug aims to change, named before it: "a zetol| -lowering drug", "zetol| -reducing therapy"
AIMED_AT_AFTER = re.compile(r"-(?:lowering|reducing|raising|elevating|depleting|modifying)\b", re.I)
# a substance naming a company's drug by what it treats: "its experimental | zetol | drug" (not "the | XY-123 | drug")
# (not a drug named so for the disease it treats, "its zetarelaxin drug | for heart failure": the drug's own name)
DRUG_NOUN_AFTER = re.compile(rf"\s(?:drug|medicine|medication|pill)s?\b(?!{FOR_DISEASE_AHEAD})", re.I)
OWN_DRUG_BEFORE = re.compile(r"\b(?:its|their|the\scompany['’]s)\s(?:(?:experimental|investigational|new|novel|oral|injectable|"
                             r"once-daily|once-weekly|daily|weekly|lead|leading|flagship|blockbuster|closely\swatched)\s){0,3}$",
                             re.I)


def excluded(ctx: Context, texts: list[str]) -> tuple[set[str], dict[str, Mention]]:
    """The drug labels that name no therapy: measured somewhere, or never named plainly (see the module's docstring);
    and the code or marked names ("ZENVIA® (acmetinib)") that the text gives as another name of a drug it knows."""
    renamed: dict[str, Mention] = {}
    trial_names = {t.name for t in ctx.trials if t.name}
    in_trial_name = trial_name_words(trial_names)
    companies = company_first_words(ctx)
    measured, plain, labels, given, other = set(), set(), set(), set(), set()
    # (the substance a measure's name ends on after a sample's word is measured, where the measure took the words:
    # "plasma | zetate")
    in_measures = {x.text.lower().rsplit(None, 1)[-1] for ms in ctx.mentions for x in ms if x.kind == "measure"
                   and " " in x.text and ANALYTE_BEFORE.search(x.text.rsplit(None, 1)[0] + " ")}
    for i, ms in enumerate(ctx.mentions):
        text, start = texts[i], ctx.sentences[i].start
        drugs = [m for m in ms if m.kind in KINDS]
        for k, m in enumerate(drugs):
            a, b = m.start - start, m.end - start
            before, after = text[max(0, a - 40):a], text[b:b + 40]
            labels.add(m.label)
            if m.source == "lexicon" and m.text[:1].isupper() and m.text.lower() in companies:
                other.add(m.label)                      # "Valerian" of "Valerian Therapeutics": the company
                continue
            if part_of_term(m, before, after, text):
                continue                                # "gold-coated", "XY-55 criteria", "ABC-PD": no substance given
            if defined_for_other(m, drugs[k - 1] if k else None, before, after) or spells_out_gene(m, ms, text, start):
                other.add(m.label)                      # "dry matter intake (DMI)": the letters name that phrase
                continue
            if (bound := part_search(BOUND_AFTER, after, text, "match")) and not (
                    bound.group("chelation") and m.text.lower() not in METALS):
                other.add(m.label)                      # "zeta binders": the class is given, not the substance
                continue
            if MUTANT_BEFORE.search(before):
                other.add(m.label)                      # "the mutant zeta regulator": a gene's product, no drug
                continue
            if describes_code(m, drugs, k, text, start):
                other.add(m.label)                      # "XY-1 is an inactivated zeta vaccine": what the coded product
                #                                         is; "XY is a benzodiazepine": what the drug is
                continue
            sampled = part_search(ANALYTE_BEFORE, before, text)      # "serum zeta": measured in a sample
            if not after.startswith("-") and (part_search(GIVEN_AFTER, after, text, "match")
                                              or (not sampled and part_search(GIVEN_BEFORE, before, text))
                                              or MECHANISM_BEFORE.search(before)):
                given.add(m.label)                      # given here: a therapy even where it is also measured (and
                #                                         one its mechanism introduces: "the zeta inhibitor XY-123")
            if sampled or m.text.lower() in in_measures or part_search(ANALYTE_AFTER, after, text, "match") \
                    or gene_symbol(m) or part_search(DIAGNOSTIC_AFTER, after, text, "match"):   # ("a zetate (ZT) test": a reagent)
                measured.add(m.label)                   # (or a gene's symbol: "PIK3CA-altered tumours", unless given)
            elif m.source == "pattern" and (m.text in trial_names or m.text in in_trial_name or HYPHEN_END.search(before)
                                            or REGISTRY_AFTER.match(after)):
                continue                                # a code name that is (part of) a trial's name
            elif other_name(m, drugs[k - 1] if k else None, drugs[k + 1] if k + 1 < len(drugs) else None, text, start):
                if m.source == "pattern":               # "A (B)": one therapy, and this is its other name
                    partner = [d for d in drugs[max(0, k - 1):k + 2] if d is not m and d.source != "pattern"
                               and d.label not in other and paired(d, m, text, start)]
                    if partner:
                        renamed.setdefault(m.label, partner[0])
                continue
            elif other_word(m, before, after, text):
                continue                                # "a lack of zetapoise", "(AMEX: ZZA)", "ZZ mutant"
            elif DATE_SHAPED.fullmatch(m.text) or UNIT_PREFIX_BEFORE.search(before):
                continue                                # "2030 Nov 4;" (a date), "cells·µL-1" (a unit)
            elif MECHANISM_AFTER.match(after) or AIMED_AT_AFTER.match(after) \
                    or (DRUG_NOUN_AFTER.match(after) and OWN_DRUG_BEFORE.search(before)):
                continue                                # "a zetate antagonist", "a zetol-lowering drug", "its
                #                                         experimental zetol drug": what the drug acts on, not a drug given
            else:
                plain.add(m.label)
    measured -= given
    measured |= other
    return measured | (labels - plain), {k: v for k, v in renamed.items() if k not in measured}


def paired(a: Mention, b: Mention, text: str, start: int) -> bool:
    """Are two mentions written as "A (B)" or "B (A)"?"""
    first, second = (a, b) if a.start < b.start else (b, a)
    between = text[first.end - start:second.start - start]
    if CALLED_BETWEEN.fullmatch(between):
        return True                    # "Zetavir, code-named XY-123, ..."
    # (not "ZetaXT (acmeline-betavir)": a drug joined to another in the brackets is a part of the product)
    return OPENS.fullmatch(between) is not None and COMBINATION_AFTER.match(text, second.end - start) is None \
        and second.source != "combination"     # (nor one written as one word, which joined_products made one mention)


def trial_name_words(names: set[str]) -> set[str]:
    """The words of trial names that have more than one ("ALPHA AB-12" gives "ALPHA" and "AB-12"): a code name
    that is a word of a trial's name names the trial, not a therapy.

    >>> sorted(trial_name_words({"ALPHA AB-12", "BETA"}))
    ['AB-12', 'ALPHA']
    """
    return {w for name in names if " " in name for w in name.split()}


def company_first_words(ctx: Context) -> set[str]:
    """The lower-cased first words of the document's company names of two or more words, when the text uses the
    word alone for the company too ("Acme Therapeutics ... Acme said"): a drug name such a word happens to be
    names the company there."""
    from kg.extractors.org_names import document_orgs

    forms = document_orgs(ctx).forms
    return {form.lower() for form, label in forms.items()
            if " " not in form and label != form and label.lower().startswith(form.lower() + " ")}


# a gene's symbol as written: capitals and digits, perhaps a hyphen ("PIK3CA", "IL-4", "TNF")
SYMBOL = re.compile(r"[A-Z][A-Z0-9]{1,7}(?:-[0-9A-Z]{1,3})?")


def gene_symbol(m: Mention) -> bool:
    """Is a drug name written as a symbol the lexicon also knows as a gene's? Then it names the gene ("PIK3CA-altered
    tumours"; a recombinant protein sold under the symbol would be named by its own name when given)."""
    if m.source != "lexicon" or not SYMBOL.fullmatch(m.text):
        return False
    return any(e.type == "gene" for e in load_lexicon().lookup(m.text))


def spells_out_gene(m: Mention, ms, text: str, start: int) -> bool:
    """Is a drug-like name the spelled-out name of a gene's symbol before it, "AB1 (acme-like peptide 1)"? Then it
    names the gene (a hormone, a receptor's ligand), not something given.

    >>> g, d = Mention("AB1", 0, 3, "gene", "AB1"), Mention("zetapeptide", 5, 16, "drug", "Zetapeptide")
    >>> spells_out_gene(d, [g, d], "AB1 (zetapeptide) rose", 0)
    True
    >>> g = Mention("zeta-L-iduronase", 22, 38, "gene", "zeta-L-iduronase")
    >>> d = Mention("zetaronidase", 40, 52, "drug", "Zetaronidase")
    >>> spells_out_gene(d, [g, d], "recombinant human     zeta-L-iduronase (zetaronidase) was given", 0)
    False
    """
    if not (PAREN_BEFORE.search(text[max(0, m.start - start - 4):m.start - start])
            and PAREN_AFTER.match(text[m.end - start:m.end - start + 4])):
        return False
    return any(g.kind == "gene" and PAREN_BETWEEN.fullmatch(text[g.end - start:m.start - start])
               and GENE_SYMBOL.fullmatch(g.text) for g in ms)


# a gene's symbol, not its name in words (a recombinant enzyme named so is a product, its drug's name in brackets:
# "recombinant human zeta-L-iduronase (zetaronidase)")
GENE_SYMBOL = re.compile(r"(?![\w-]{0,6}[a-z]{4})[\w-]{2,10}")


def defined_for_other(m: Mention, prev: Mention | None, before: str, after: str) -> bool:
    """Is a lexicon abbreviation defined in the text as the short form of a phrase that is no drug?
    "dry matter intake (DMI)" is; "acetylsalicylic acid (ASA)", the drug's own name before it, is not.

    >>> defined_for_other(Mention("DMI", 20, 23, "drug", "Dmi", (), "lexicon"), None, "dry matter intake (", ") rose")
    True
    >>> prev = Mention("zetamab", 0, 7, "drug", "Zetamab", (), "lexicon")
    >>> defined_for_other(Mention("ZETAVO", 14, 20, "drug", "Zetamab", (), "lexicon"), prev, "zetamab-abcd (", ") for")
    False
    """
    if m.source != "lexicon" or not SHORT_FORM.fullmatch(m.text):
        return False
    if not (WORD_PAREN_BEFORE.search(before) and PAREN_AFTER.match(after)):
        return False
    # (the drug's own name just before, perhaps with the four letters a US licence adds: "zetamab-abcd (ZETAVO)")
    return prev is None or m.start - prev.end > (9 if LICENCE_SUFFIX_PAREN.search(before) else 4)


# the suffix a US licence adds to a biologic's name, before a bracket: "zetamab| -abcd (|"
LICENCE_SUFFIX_PAREN = re.compile(r"(?<=[a-z])-[a-z]{4}\s?\($")


def part_of_term(m: Mention, before: str, after: str, whole: str | None = None) -> bool:
    """Is a drug-like name only part of a longer term? A word after it makes a material, measure or scale of it
    ("gold-coated", "XY-55 criteria"); a lexicon name that is a number or part of a hyphenated capitals code ("AB-CD")
    is that code's. (``whole``: the sentence that ``before`` and ``after`` are parts of, see :func:`part_search`.)

    >>> part_of_term(Mention("Gold", 0, 4, "drug", "Gold", (), "lexicon"), "", "-coated stents")
    True
    >>> part_of_term(Mention("XY-123", 0, 6, "drug", "XY-123", (), "pattern"), "received ", " 5 mg daily")
    False
    """
    whole = before + after if whole is None else whole
    if part_search(PART_OF_TERM_AFTER, after, whole, "match"):
        return True
    if m.source != "lexicon":
        return False
    return bool(part_search(SOURCE_BEFORE, before, whole) or part_search(REAGENT_AFTER, after, whole, "match") or NUMBER_LIKE.fullmatch(m.text) or CODE_HYPHEN_END.search(before)
                or (CAPITALS_CODE.fullmatch(m.text) and HYPHEN_CODE_AFTER.match(after)))


# a short form in capitals only: a vocabulary's synonym of a drug that other things share ("ZZ" for zetazine, also a gene's)
SHORT_CAPITALS = re.compile(r"[A-Z]{2,4}")


def other_word(m: Mention, before: str, after: str, whole: str) -> bool:
    """Is a lexicon's drug name here another word: a brand written as a plain word ("a lack of zetapoise"), a stock
    ticker ("(AMEX: ZZA)"), or a short synonym in capitals not given here (its label counts only where the document
    names the drug plainly elsewhere, or gives it by this name: "recombinant ZZ", "ZZ 150 IU")?

    >>> other_word(Mention("zetapoise", 10, 19, "drug", "Zetapoise", (), "lexicon", "brand"), "a lack of ", "", "")
    True
    >>> zz = Mention("ZZ", 0, 2, "drug", "Zetazine", (), "lexicon")
    >>> other_word(zz, "", " mutant tumours", ""), other_word(zz, "with recombinant ", "", "")
    (True, False)
    """
    if m.source != "lexicon":
        return False
    if "brand" in m.attrs and m.text.islower() or part_search(TICKER_OPEN, before, whole):
        return True
    return bool(SHORT_CAPITALS.fullmatch(m.text)) and m.text.lower() != m.label.lower() \
        and not (part_search(GIVEN_AFTER, after, whole, "match") or part_search(GIVEN_BEFORE, before, whole)
                 or RECOMBINANT_BEFORE.search(before))


# a recombinant protein named by its short form: "recombinant | ZZ"
RECOMBINANT_BEFORE = re.compile(r"\brecombinant\s$", re.I)


# a drug joined to the one before it by a hyphen or a slash: one part of a regimen ("A-B-C", "A/B")
JOINED_BEFORE = re.compile(r"\w[-/]$")


def other_name(m: Mention, prev: Mention | None, nxt: Mention | None, text: str, start: int) -> bool:
    """Is ``m`` the other name of the drug beside it in "A (B)"? A name found by its shape (a code or a marked
    name) is the other name of a drug the lexicon knows; of two known drugs, the one outside the parenthesis is."""
    pairs = []
    if nxt is not None and OPENS.fullmatch(text[m.end - start:nxt.start - start]):
        pairs.append((m, nxt))
    if prev is not None and (OPENS.fullmatch(text[prev.end - start:m.start - start])
                             or CALLED_BETWEEN.fullmatch(text[prev.end - start:m.start - start])):
        pairs.append((prev, m))
    for a, b in pairs:
        if a.label == b.label or JOINED_BEFORE.search(text, max(0, a.start - start - 2), a.start - start):
            continue                   # "bortezomib-melphalan-prednisone (VMP)": the regimen's name, not the last drug's
        shaped = [x for x in (a, b) if x.source == "pattern"]
        if len(shaped) == 1:
            if shaped[0] is m:
                return True
        elif a is m:
            return True
    return False


def drug_classes(ctx: Context, i: int, text: str) -> list[Mention]:
    """Drug classes that patients take, named in sentence ``i`` ("were on an XY inhibitor", "cannot take statins").

    A class joined to an accepted one ("an XY inhibitor or a ZW blocker") is accepted too; a class word right
    before a drug's name ("the XY inhibitor acmetinib") is that drug's mechanism, not a class.
    """
    out: list[Mention] = []
    start = ctx.sentences[i].start
    drugs = None
    last_end = -1
    for m in CLASS_PHRASE.finditer(text):
        label, head_start = class_label(m)
        if label is None or (m.group("kind") and m.group("kind").lower() == "inhibition" and not m.group("abbr")
                             and re.fullmatch(r"[a-z-]+", label.split()[-2]) and label.split()[-2] not in TARGET_NOUNS):
            continue        # (an action on a process, no class: "an effect on zeta-cell inhibition"; a class names
            #                its target as a symbol or a system: "on mTOR inhibition", "on renin-angiotensin system
            #                blockade")
        joined = last_end >= 0 and re.fullmatch(r"\s*(?:\([^()]{0,20}\)\s*)?(?:,|,?\s*(?:or|and|and/or))\s+(?:an?\s+)?",
                                                text[last_end:head_start])
        if not (joined or CLASS_USE_BEFORE.search(text, max(0, head_start - 50), head_start)):
            continue
        if drugs is None:
            drugs = [m for m in ctx.mentions[i] if m.kind in KINDS]
        if any(0 <= d.start - start - m.end() <= 3 for d in drugs):
            continue
        out.append(Mention(text[head_start:m.end()], start + head_start, start + m.end(), CLASS, label, (), "class"))
        last_end = m.end()
    words = list(CLASS_WORD.finditer(text))
    if not words:                           # most sentences: the tests of taking below need not run
        return out
    taken = [c.end() for c in CONCOMITANT_BEFORE.finditer(text)]
    for m in words if taken or CLASS_USE_BEFORE.search(text) else ():
        near = any(c <= m.start() and FEW_WORDS.fullmatch(text, c, m.start()) for c in taken)
        if near or CLASS_USE_BEFORE.search(text, max(0, m.start() - 50), m.start()):
            if not any(o.start <= start + m.start() < o.end for o in out):
                out.append(Mention(m.group(), start + m.start(), start + m.end(), CLASS, m.group().lower(), (), "class"))
    return out


def class_label(m: re.Match) -> tuple[str | None, int]:
    """The singular name of a class phrase and where it starts: "were on XY inhibitors" -> ("XY inhibitor", 11).

    The words before the class word are read backwards up to the first word of NOT_TARGET_WORD; an abbreviation
    in parentheses names the target ("angiotensin-converting enzyme (ACE) inhibitor" -> "ACE inhibitor"; "zeta
    peptide (ZP) receptor antagonist" -> "ZP receptor antagonist").
    """
    if m.group("statin"):
        return "statin", m.start()
    keep = name_words(m)
    if not keep:
        return None, m.start()
    head = m.group("abbr") or " ".join(w.group() for w in keep)
    if m.group("receptor"):
        head += " receptor"
    kind = m.group("kind").lower()
    kind = {"blockade": "blocker", "inhibition": "inhibitor"}.get(kind, kind)
    return f"{head} {kind[:-1] if kind.endswith('s') else kind}", m.start("head") + keep[0].start()


# nouns for what a drug is, which open no target's name ("a | peptide | zeta factor 5 inhibitor")
KIND_NOUNS = frozenset("peptide peptides molecule molecules antibody antibodies oligonucleotide".split())   # (not
# "protein": "protein kinase C" is a target's name)
NOT_NAME_SHAPE = re.compile(r"[a-z]{1,40}(?:ing|ed)|[a-z]{1,40}-(?:generation|in-class|acting|daily|weekly|monthly|yearly|line)"
                            r"|non-?[a-z]{3,30}")      # ("a non-hormonal | ZK3 receptor antagonist")


def name_words(m: re.Match, more: frozenset[str] = frozenset()) -> list[re.Match]:
    """The words at the end of a class phrase's ``head`` group that name its target, in text order: read backwards
    up to a word of NOT_TARGET_WORD (or ``more``), a participle or a descriptive compound ("once-weekly")."""
    keep = []
    for w in reversed(list(re.finditer(r"\S+", m.group("head")))):
        if w.group().lower() in NOT_TARGET_WORD or w.group() in more or NOT_NAME_SHAPE.fullmatch(w.group()):
            break
        keep.append(w)
    keep.reverse()
    while len(keep) > 1 and keep[0].group().lower() in KIND_NOUNS:
        del keep[0]                    # ("a macrocyclic | peptide | zeta factor 5 inhibitor": what the drug is, not its
    return keep                        # target's name)


def modality_words(ctx: Context, i: int, ms: tuple[Mention, ...]) -> list[tuple[str, int, list[Mention]]]:
    """Each modality word of sentence ``i`` (its first use) with the mentions nearest to it and their distance; made
    once per sentence, so a sentence naming many therapies is read once."""
    return ctx.cached(("modality-words", i), lambda: find_modality_words(ctx.sentences[i].text, ctx.sentences[i].start, ms))


def find_modality_words(text: str, start: int, ms: tuple[Mention, ...]) -> list[tuple[str, int, list[Mention]]]:
    found, starts = [], [m.start for m in ms]
    for pattern, modality in MODALITY_WORDS if ms else ():
        hit = pattern.search(text)
        if hit is None:
            continue
        pos = start + hit.start()
        at = bisect_left(starts, pos)
        d = min(abs(starts[k] - pos) for k in (at - 1, at) if 0 <= k < len(ms))
        lo, hi = bisect_left(starts, pos - d), bisect_right(starts, pos + d)
        found.append((modality, d, [m for m in ms[lo:hi] if abs(m.start - pos) == d]))
    return found


# how many characters may stand between a name and a modality word that says more than its stem does (a name's written
# class beats its suffix: "ZetaGlobin gene therapy")
ADJACENT = 3


# the words between a name and the kind of drug a sentence says it is: "XY-123 | is a macrocyclic | peptide"
DESCRIBED_AS = re.compile(r"\s(?:is|was)\s(?:an?\s)(?:[a-z][\w-]{1,20}\s){0,2}")


def described_as(ctx: Context, i: int, m: Mention, d: int) -> bool:
    """Does sentence ``i`` say what mention ``m`` is, a modality word ``d`` characters after its start standing as
    the noun of that description ("XY-123 is a macrocyclic peptide")?"""
    sentence = ctx.sentences[i]
    return DESCRIBED_AS.fullmatch(sentence.text, m.end - sentence.start, m.start + d - sentence.start) is not None


def modality_of(ctx: Context, t: NamedTherapy, per_sentence: list[tuple[Mention, ...]],
                where: dict[int, list[Mention]]) -> tuple[str, int] | None:
    """A therapy's modality: from its name's stem, the lexicon, or the words that describe it in a sentence
    (``where`` holds the therapy's own mentions by sentence, in order)."""
    if t.first.kind == CLASS:
        return "small molecule", t.sentence
    name = t.entity.label.lower()
    for i, mine in where.items():                 # the text's own word right beside the name: "ZetaGlobin gene therapy"
        for modality, d, nearest in modality_words(ctx, i, per_sentence[i]):
            beside = [m for m in nearest if m in mine
                      and (0 <= d - (m.end - m.start) <= ADJACENT or described_as(ctx, i, m, d))]
            if beside and all(m in mine or m.label == t.first.label for m in nearest):
                return modality, i
    for pattern, modality in MODALITY_STEMS:
        if getattr(pattern, "regex", pattern).search(name):      # (a name is short: no look-up of its literals)
            return modality, t.sentence
    if "small molecule" in t.first.attrs:
        return "small molecule", t.sentence
    for i, mine in where.items():
        for modality, d, nearest in modality_words(ctx, i, per_sentence[i]):
            if d <= 80 and any(m in mine for m in nearest) and all(m in mine or m.label == t.first.label for m in nearest):
                return modality, i
    if t.first.source in ("pattern", "allocation") and (modality := procedure_modality(t.entity.label)):
        return modality, t.sentence              # a device's or a procedure's name says which by its head word
    return None
