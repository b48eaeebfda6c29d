"""Fixed-dose combinations written as one word: two drugs the lexicon knows, joined by a hyphen, a dash or a slash
with no blank ("zetabactam-acmebactam", "zetapril/acmesartan"), name one product, not two therapies.

The product is labelled by its parts' labels joined by a hyphen, however the text writes it ("Zetabactam-acmebactam");
it carries no id of its own, as no vocabulary names the pair, and keeps the parts' modality when they share one.

>>> from kg.model import Mention
>>> a = Mention("zetabactam", 10, 20, "drug", "Zetabactam", ("X:1",), "lexicon", "small molecule")
>>> b = Mention("acmebactam", 21, 31, "drug", "Acmebactam", ("X:2",), "lexicon", "small molecule")
>>> [(m.text, m.label, m.ids, m.attrs) for m in joined_products("Patients: zetabactam-acmebactam.", [a, b], 0)]
[('zetabactam-acmebactam', 'Zetabactam-acmebactam', (), 'small molecule')]
"""

from __future__ import annotations

import re

from kg.model import Mention

# what joins the parts: one hyphen, dash or slash, no blank; or "plus" or "and" between hyphens ("zetabactam-plus-
# acmebactam")
JOIN = re.compile(r"[-–—/]|-(?:plus|and)-")
KIND = "drug"


def joined_products(text: str, mentions: list[Mention], base: int) -> list[Mention]:
    """The sentence's mentions (``text`` starts at document offset ``base``), each pair of drugs written as one word
    made one product."""
    drugs = sorted((m for m in mentions if m.kind == KIND), key=lambda m: m.start)
    pairs: list[tuple[Mention, Mention]] = []
    for a, b in zip(drugs, drugs[1:]):
        if 0 < b.start - a.end <= 6 and a.label != b.label and JOIN.fullmatch(text, a.end - base, b.start - base) \
                and whole_word(text, a.start - base, b.end - base) and not (pairs and pairs[-1][1] is a):
            pairs.append((a, b))
    if not pairs:
        return mentions
    parts = {id(m) for pair in pairs for m in pair}
    out = [m for m in mentions if id(m) not in parts]
    for a, b in pairs:
        written = text[a.start - base:b.end - base]
        label = f"{a.label}-{b.label.lower()}"
        attrs = a.attrs.split(",")[0] if a.attrs.split(",")[0] == b.attrs.split(",")[0] else ""
        out.append(Mention(written, a.start, b.end, KIND, label, (), "combination", attrs))
    return sorted(out, key=lambda m: (m.start, -m.end))


# the salt a drug's name may be written with, a part of that name and no drug of its own: "zetadrone | acetate"
# the metal a salt is named by before its drug ("sodium zetabutyrate"): part of the drug's name, no drug of its own
CATIONS = frozenset("sodium potassium calcium magnesium".split())
SALTS = frozenset("""acetate hydrochloride dihydrochloride hydrobromide sodium potassium calcium magnesium sulfate sulphate
    mesylate maleate tartrate bitartrate citrate phosphate fumarate succinate besylate tosylate bromide chloride hyclate
    lactate gluconate propionate dipropionate valerate furoate""".split())


def with_salts(text: str, mentions: list[Mention], base: int) -> list[Mention]:
    """The sentence's mentions, each salt written right after a drug's name ("zetadrone acetate"), or its metal right
    before it ("sodium zetabutyrate"), made part of that drug's mention (its label kept), not a drug of its own.

    >>> a = Mention("zetadrone", 0, 9, "drug", "Zetadrone", ("X:1",), "lexicon")
    >>> b = Mention("acetate", 10, 17, "drug", "Acetate", ("X:2",), "lexicon")
    >>> [(m.text, m.label) for m in with_salts("zetadrone acetate 5 mg", [a, b], 0)]
    [('zetadrone acetate', 'Zetadrone')]
    >>> c = Mention("sodium", 0, 6, "chemical", "sodium", ("X:3",), "lexicon")
    >>> d = Mention("zetadrone", 7, 16, "drug", "Zetadrone", ("X:1",), "lexicon")
    >>> [(m.text, m.start) for m in with_salts("sodium zetadrone", [c, d], 0)]
    [('sodium zetadrone', 0)]
    """
    drugs = sorted((m for m in mentions if m.kind == KIND), key=lambda m: m.start)
    salt_of = {id(a): b for a, b in zip(drugs, drugs[1:]) if b.text.lower() in SALTS and b.start - a.end == 1
               and text[a.end - base] == " " and a.text.lower() not in SALTS}      # drug -> the salt after it
    ends = {m.end: m for m in mentions if m.text.lower() in CATIONS}
    cation_of = {id(d): c for d in drugs if (c := ends.get(d.start - 1)) is not None and text[c.end - base] == " "
                 and d.text.lower() not in SALTS}                                   # drug -> the cation before it
    if not salt_of and not cation_of:
        return mentions
    salts = {id(b) for b in salt_of.values()} | {id(c) for c in cation_of.values()}
    out = []
    for m in mentions:
        if id(m) in salts:
            continue
        salt, cation = salt_of.get(id(m)), cation_of.get(id(m))
        if salt or cation:
            start, end = (cation or m).start, (salt or m).end
            m = Mention(text[start - base:end - base], start, end, m.kind, m.label, m.ids, m.source, m.attrs)
        out.append(m)
    return out


def whole_word(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a word of its own (no letter, digit or hyphen right before or after it)?"""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "-/" or after.isalnum() or after in "-/")


def short_names(texts: list[str], mentions: list[list[Mention]], bases: list[int]) -> dict[str, Mention]:
    """{label: the drug it is short for} of the drugs a document names by their first word in brackets right after
    their full name ("zetavir marboxil (zetavir)"), where the lexicon holds the two as two drugs (an active moiety
    and its prodrug): the document says they are one.

    >>> a = Mention("Zetavir marboxil", 0, 16, "drug", "Zetavir marboxil", ("X:1",), "lexicon")
    >>> b = Mention("zetavir", 18, 25, "drug", "Zetavir", ("X:2",), "lexicon")
    >>> {k: v.label for k, v in short_names(["Zetavir marboxil (zetavir) is a pill."], [[a, b]], [0]).items()}
    {'Zetavir': 'Zetavir marboxil'}
    """
    out: dict[str, Mention] = {}
    for text, ms, base in zip(texts, mentions, bases):
        drugs = sorted((m for m in ms if m.kind == KIND), key=lambda m: m.start)
        for a, b in zip(drugs, drugs[1:]):
            if a.label != b.label and text[a.end - base:b.start - base] == " (" and text[b.end - base:b.end - base + 1] == ")" \
                    and a.text.lower().startswith(b.text.lower() + " "):
                out.setdefault(b.label, a)
    return out


def with_short_names(mentions: list[list[Mention]], short: dict[str, Mention]) -> list[list[Mention]]:
    """The mentions, each drug named by a short name (:func:`short_names`) given its full name's label and ids."""
    if not short:
        return mentions
    return [[Mention(m.text, m.start, m.end, m.kind, short[m.label].label, short[m.label].ids, m.source, m.attrs)
             if m.kind == KIND and m.label in short else m for m in ms] for ms in mentions]


def one_edit_apart(a: str, b: str) -> bool:
    """Are two words one typing slip apart: a letter left out, added, changed, or two next letters swapped?

    >>> one_edit_apart("zetaline", "zetalline"), one_edit_apart("zetaline", "zetalien"), one_edit_apart("zeta", "beta")
    (True, True, True)
    >>> one_edit_apart("zetaline", "zetamine-x"), one_edit_apart("zeta", "zeta")
    (False, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    k = next((n for n, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    if len(a) == len(b):
        return a[k + 1:] == b[k + 1:] or (a[k + 1:k + 2] == b[k:k + 1] and a[k:k + 1] == b[k + 1:k + 2] and a[k + 2:] == b[k + 2:])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[k + 1:] == shorter[k:]


MISSPELT_MIN = 7          # letters a name needs before a slip in it is read as one (short names differ by a letter)


def with_misspelt_names(mentions: list[list[Mention]]) -> list[list[Mention]]:
    """The mentions, each therapy name that no list knows and that is one typing slip from a drug the document names
    from the lexicon ("zetaprofne" beside "zetaprofen") given that drug's label and ids: a writer's slip, not a new
    drug.

    >>> a = Mention("zetaprofen", 0, 10, "drug", "Zetaprofen", ("X:1",), "lexicon")
    >>> b = Mention("zetaprofne", 20, 30, "therapy", "zetaprofne", (), "pattern")
    >>> [m.label for m in with_misspelt_names([[a], [b]])[1]]
    ['Zetaprofen']
    """
    known = {m.text.lower(): m for ms in mentions for m in ms if m.kind == KIND and m.source == "lexicon"
             and len(m.text) >= MISSPELT_MIN and m.text.isalpha()}
    if not known:
        return mentions
    def slipped(m: Mention) -> Mention:
        if m.kind not in (KIND, "therapy") or m.source != "pattern" or len(m.text) < MISSPELT_MIN or not m.text.isalpha():
            return m
        drug = next((d for w, d in known.items() if one_edit_apart(m.text.lower(), w)), None)
        return Mention(m.text, m.start, m.end, KIND, drug.label, drug.ids, m.source, drug.attrs) if drug else m

    return [[slipped(m) for m in ms] for ms in mentions]


# a word of letters long enough to be a drug's name
NAME_WORD = re.compile(r"(?<![\w-])[A-Za-z]{%d,30}(?![\w-])" % MISSPELT_MIN)


def with_misspelt_words(texts: list[str], bases: list[int], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """The mentions, with each word no mention covers that is one typing slip from a drug the document names from the
    lexicon ("to receive either zetaglifozin or placebo" beside "zetagliflozin") a mention of that drug: a writer's slip
    no pattern knows as a name.

    >>> a = Mention("zetagliflozin", 0, 13, "drug", "Zetagliflozin", ("X:1",), "lexicon")
    >>> found = with_misspelt_words(["zetagliflozin", "either zetaglifozin or placebo"], [0, 20], [[a], []])
    >>> [(m.text, m.label, m.start) for m in found[1]]
    [('zetaglifozin', 'Zetagliflozin', 27)]
    """
    known = {m.text.lower(): m for ms in mentions for m in ms if m.kind == KIND and m.source == "lexicon"
             and len(m.text) >= MISSPELT_MIN and m.text.isalpha()}
    if not known:
        return mentions
    by_start = {}
    for word, m in known.items():
        by_start.setdefault(word[:3], []).append((word, m))
    out = []
    for text, base, ms in zip(texts, bases, mentions):
        found = []
        for hit in NAME_WORD.finditer(text):
            low = hit.group().lower()
            if low in known or any(m.start <= base + hit.start() < m.end for m in ms):
                continue
            drug = next((d for w, d in by_start.get(low[:3], ()) if one_edit_apart(low, w)), None)
            if drug is not None:
                found.append(Mention(hit.group(), base + hit.start(), base + hit.end(), KIND, drug.label, drug.ids,
                                     drug.source, drug.attrs))      # (the drug as the lexicon knows it: no alias)
        out.append(sorted(ms + found, key=lambda m: m.start) if found else ms)
    return out


# a vaccine named by its antigen's code and its adjuvant, one word joined by a slash, beside the word vaccine: "the
# ZQ7/Acmevax zeta fever vaccine", "vaccine candidate ZQ7/Acmevax" (one product, not the adjuvant alone)
SLASHED_NAME = re.compile(r"(?<![\w/-])[A-Z][A-Za-z]{0,5}\d{1,4}[A-Za-z]?/[A-Z][A-Za-z0-9]{0,10}(?:-[A-Z0-9]{1,4})?"
                          r"(?![\w/-])")
VACCINE_AFTER = re.compile(r"(?:\s[A-Za-z][\w-]{1,20}){0,2}\svaccines?\b", re.I)
VACCINE_BEFORE = re.compile(r"\bvaccines?(?:\scandidates?)?\s$", re.I)


def slashed_vaccines(texts: list[str]) -> frozenset[str]:
    """The antigen-and-adjuvant names that some sentence writes beside the word vaccine.

    >>> sorted(slashed_vaccines(["The ZQ7/Acmevax zeta fever vaccine was tested.", "ZQ7/Acmevax was safe.",
    ...                          "Drug AB12/Zetamab was given."]))
    ['ZQ7/Acmevax']
    """
    found = set()
    for text in texts:
        for hit in SLASHED_NAME.finditer(text) if "accine" in text else ():
            before = VACCINE_BEFORE.search(text, max(0, hit.start() - 30), hit.start())
            if before or VACCINE_AFTER.match(text, hit.end()):
                found.add(hit.group())
    return frozenset(found)


def with_slashed_vaccines(text: str, mentions: list[Mention], base: int, names: frozenset[str]) -> list[Mention]:
    """The sentence's mentions, each of ``names`` (:func:`slashed_vaccines`) a vaccine of that name in place of the
    mentions inside it.

    >>> m = Mention("Acmevax", 4, 11, "drug", "Acmevax", ("X:1",), "lexicon")
    >>> [(x.text, x.label) for x in with_slashed_vaccines("ZQ7/Acmevax was safe.", [m], 0, frozenset({"ZQ7/Acmevax"}))]
    [('ZQ7/Acmevax', 'ZQ7/Acmevax')]
    """
    hits = [hit for hit in SLASHED_NAME.finditer(text) if hit.group() in names] if names else ()
    if not hits:
        return mentions
    spans = [(base + hit.start(), base + hit.end()) for hit in hits]
    kept = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]
    found = [Mention(text[a - base:b - base], a, b, KIND, text[a - base:b - base], (), "combination", "vaccine")
             for a, b in spans]
    return sorted(kept + found, key=lambda m: (m.start, -m.end))
