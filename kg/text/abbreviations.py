"""Schwartz & Hearst (2003) abbreviation definitions: "long form (SF)".

>>> [(a.short, a.long) for a in find_abbreviations("Neurofilament light chain (NfL) rose in amyotrophic lateral sclerosis (ALS).")]
[('NfL', 'Neurofilament light chain'), ('ALS', 'amyotrophic lateral sclerosis')]

A long form never reaches back past a bracket (a writer's slip here defines one short form twice):

>>> [(a.short, a.long) for a in find_abbreviations("the zeta beta vaccine (ZBV), compared with standard vaccine (ZBV)")]
[('ZBV', 'zeta beta vaccine')]

A Greek letter in a short form stands for its name's initial, and a short form may have two words, as S&H allow:

>>> [(a.short, a.long) for a in find_abbreviations("levels of amyloid beta (Aβ) and interferon beta (IFN β) fell")]
[('Aβ', 'amyloid beta'), ('IFN β', 'interferon beta')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# a short form in brackets, round or square ("[ZGB]", as journals write one inside round ones), perhaps with what was
# given after a comma: "(SZRT, 12 Gy in 2 fractions)" (not an estimate's number: "(HR, 0.64; ...)"; a short form so
# followed has two capitals at least)
PAREN = re.compile(r"""\((?P<r>[^()]{1,12}?)(?P<tail>[,;]\s(?![<>=≤≥]?\s?[-−]?\d+(?:[.·]\d+)?\s?[;,)])[^()]{1,60}?)?\)
    |\[(?P<s>[^\[\]()]{1,12})\]""", re.X)
# a Greek letter in a short form is matched by itself or by its name's initial ("beta" for β)
GREEK_INITIAL = dict(zip("αβγδεζηθικλμνξοπρστυφχψω", "abgdezetiklmnxoprstupcpo"))
# a short form: one word starting with a Latin letter or digit, or two (S&H): an acronym and a word with a capital or a
# Greek letter ("IFN β", "HAM D"; not "see Table", "Group A" or "α1 AR")
SHORT_FORM = re.compile(r"[A-Za-z0-9]\S*|[A-Z][A-Z0-9-]+ (?=[^\W\d_])[^\sA-Zα-ω]*[A-Zα-ω]\S*")
# a short form in lower case, clipped from the two parts of a cell or gene therapy's name ("zeta-cel" for "zetagene
# autoleucel"); other short forms have a capital
CLIPPED = re.compile(r"([a-z]{2,6})-[a-z]{2,6}")
# the characters before a short form read for its long form (at most 20 words: ten letters, twice over); a bound
# keeps a text with thousands of parentheses linear
BEFORE = 1000


@dataclass(frozen=True)
class Abbreviation:
    short: str
    long: str
    long_start: int


# the quotation marks a long form may stand in
OPENING_QUOTES, CLOSING_QUOTES = "\"“'‘", "\"”'’"


# a section heading glued to the first word of its sentence, as some journals' pages print it: "Background:|Zeta ..."
GLUED_HEADING = re.compile(r"[A-Z][A-Za-z]{2,20}(?:\s[A-Za-z]{2,20})?:(?=[A-Z])")


# a short form that keeps its long form's first word whole before the initials of the rest ("Zetaran-DV" for
# "Zetaran-Dengue Vaccine"): longer than the other short forms
PREFIXED_SHORT = re.compile(r"(?P<w>[A-Z][a-z]{2,8})-[A-Z]{1,3}")


def long_prefixed(short: str, text: str, at: int) -> bool:
    """Is ``short`` a prefixed short form (:data:`PREFIXED_SHORT`) whose word stands, hyphened, just before ``at``?

    >>> t = "the Zetaran-Dengue Vaccine (Zetaran-DV)"
    >>> long_prefixed("Zetaran-DV", t, t.index("(")), long_prefixed("Zetaran-DV", "a dengue vaccine (Zetaran-DV)", 17)
    (True, False)
    """
    m = PREFIXED_SHORT.fullmatch(short)
    return m is not None and f"{m.group('w')}-" in text[max(0, at - 80):at]


def find_abbreviations(text: str) -> list[Abbreviation]:
    """Short forms in parentheses with the long form that precedes them.

    >>> find_abbreviations('the "Profile of Zeta States" (PZS) score')
    [Abbreviation(short='PZS', long='Profile of Zeta States', long_start=5)]
    >>> [(a.short, a.long) for a in find_abbreviations("zetagene autotemcel (zeta-cel) and 5 mg (low-dose)")]
    [('zeta-cel', 'zetagene autotemcel')]
    >>> [(a.short, a.long, a.long_start) for a in find_abbreviations("Background:Zeta syndrome (ZS) is rare.")]
    [('ZS', 'Zeta syndrome', 11)]
    >>> [(a.short, a.long) for a in find_abbreviations("either zeta body radiotherapy (ZBRT, 12 Gy in 2 fractions) or "
    ...                                                "(zeta gastric bypass [ZGB]); hazard ratio (HR, 0.64; 95% CI)")]
    [('ZBRT', 'zeta body radiotherapy'), ('ZGB', 'zeta gastric bypass')]
    >>> find_abbreviations("the top dose of zetaxel (Taxzol; Acme Company, Boston) was 5 mg")
    []
    """
    out = []
    for m in PAREN.finditer(text):
        short = (m.group("r") or m.group("s")).strip()
        if m.group("tail") and sum(c.isupper() for c in short) < 2:
            continue                    # (a brand with its maker after it is no short form: "(Zetaxol; Acme, Boston)")
        if (pair := PAIRED_SHORT.fullmatch(short)) is not None:
            out += paired_definition(text, m.start(), pair)
            continue
        if not (2 <= len(short) <= 10 or long_prefixed(short, text, m.start())) or not SHORT_FORM.fullmatch(short):
            continue
        clipped = CLIPPED.fullmatch(short)
        if not any(c.isupper() for c in short) and not clipped:
            if (cut := cut_name(text, m.start(), short)) is not None:
                out.append(cut)         # ("zetaglutide 2.4 mg (zeta)": the first letters of a drug's name)
            continue
        offset = max(0, m.start() - BEFORE)
        before = text[offset:m.start()].rstrip()
        words = before.split()[1 if offset else 0:]      # the first word of a cut window may be cut too
        window = words[-min(len(short) + 5, len(short) * 2):]
        bracket = next((k for k in range(len(window) - 1, -1, -1) if "(" in window[k] or ")" in window[k]), None)
        if bracket is not None and m.group("s") and window[bracket].startswith("(") and ")" not in window[bracket]:
            window = [window[bracket][1:]] + window[bracket + 1:]     # ("(Zeta gastric bypass [ZGB]": from the
            #                                                           round bracket a square one stands in)
        elif bracket is not None:
            window = window[bracket + 1:]       # (no long form reaches back past a bracket)
        long = best_long_form(short, " ".join(window))
        if long and clipped and not (len(long.split()) <= 2 and long.lower().startswith(clipped.group(1))):
            long = None                 # (a clipped name's first part starts its long form: "zetagene autotemcel")
        if long:
            # the words as they stand in the text (line breaks and double spaces included)
            at = words_start(before, long.split())
            if at is not None:
                long = before[at:].rstrip(" ,;:\n\t")
                if len(long) > 2 and long[0] in OPENING_QUOTES and long[-1] in CLOSING_QUOTES:
                    long, at = long[1:-1], at + 1       # ('the "Profile of Zeta States" (PZS)': the words, unquoted)
                glued = GLUED_HEADING.match(long)
                if glued and best_long_form(short, long[glued.end():]):
                    long, at = long[glued.end():], at + glued.end()     # ("Background:Zeta syndrome (ZS)": a heading
                    #                                                     glued to the sentence is no part of it)
                out.append(Abbreviation(short, long, offset + at))
    return out


# a drug's name cut to its first letters in brackets after it, perhaps after its dose: "zetaglutide | 2.4 mg | (zeta)"
CUT_NAME_BEFORE = re.compile(r"(?<![\w-])(?P<w>[a-z][a-z-]{5,30})(?:\s\d+(?:\.\d+)?\s?[a-zµμ/]{1,6})?\s?$", re.I)


def cut_name(text: str, at: int, short: str) -> Abbreviation | None:
    """The word a short form in small letters at ``at`` is the first letters of (four at least, fewer than the word's),
    the word right before its bracket or before the dose there; else None.

    >>> [(a.short, a.long) for a in find_abbreviations("adults given zetaglutide 2.4 mg (zeta) or placebo (PBO)")]
    [('zeta', 'zetaglutide'), ('PBO', 'placebo')]
    >>> find_abbreviations("the low dose (dose) and zetaglutide (glut)")
    []
    """
    word = CUT_NAME_BEFORE.search(text, max(0, at - 50), at) if short.isalpha() and len(short) >= 4 else None
    if word is None or not word.group("w").lower().startswith(short.lower()) or len(word.group("w")) <= len(short):
        return None
    return Abbreviation(short, word.group("w"), word.start("w"))


# two short forms defined at once for two names joined ("zetamab plus betanib (ZETA + BETA)", "zetamab/betanib (ZM/BN)"):
# each word's own short form
PAIRED_SHORT = re.compile(r"(?P<a>[A-Z][A-Za-z0-9-]{1,7})\s?[+/&]\s?(?P<b>[A-Z][A-Za-z0-9-]{1,7})")
PAIRED_LONG = re.compile(r"(?<![\w-])(?P<a>[A-Za-z][\w-]{2,30})\s?(?:\s(?:plus|and|with)\s|\+|/|&)\s?(?P<b>[A-Za-z][\w-]{2,30})\s*$")


def paired_definition(text: str, at: int, pair: re.Match) -> list[Abbreviation]:
    """The two short forms of a bracket at ``at`` that names two joined words at once, each with its word, when each
    spells its own.

    >>> [(a.short, a.long) for a in find_abbreviations("Zetamab plus betanib (ZETA + BETA) was given.")]
    [('ZETA', 'Zetamab'), ('BETA', 'betanib')]
    >>> find_abbreviations("Zetamab plus betanib (BETA + ZETA) was given.")
    []
    """
    start = max(0, at - 80)
    long = PAIRED_LONG.search(text, start, at)
    if long is None or best_long_form(pair.group("a"), long.group("a")) is None \
            or best_long_form(pair.group("b"), long.group("b")) is None:
        return []
    return [Abbreviation(pair.group("a"), long.group("a"), long.start("a")),
            Abbreviation(pair.group("b"), long.group("b"), long.start("b"))]


def words_start(text: str, words: list[str]) -> int | None:
    """Where ``words``, separated by whitespace, start when they end ``text`` (but for whitespace, ",", ";" and ":"
    after them); None when they do not. ``re.search(r"\\s+".join(map(re.escape, words)) + r"[\\s,;:]*$", text)``
    for words that neither start nor end with whitespace and a last word not ending in ",;:", read backwards from
    the end (every step is forced) rather than by a pattern compiled for each long form.

    >>> words_start("in amyotrophic  lateral sclerosis, ", ["amyotrophic", "lateral", "sclerosis"])
    3
    >>> words_start("amyotrophic lateral sclerosis x", ["lateral", "sclerosis"]) is None
    True
    """
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    for k, word in enumerate(reversed(words)):
        if k:
            gap = end
            while end and text[end - 1].isspace():
                end -= 1
            if end == gap:
                return None
        if not text.endswith(word, 0, end):
            return None
        end -= len(word)
    return end


def best_long_form(short: str, candidate: str) -> str | None:
    """The shortest suffix of ``candidate`` whose letters spell ``short`` (the S&H algorithm)."""
    s, l = len(short) - 1, len(candidate) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        alt = GREEK_INITIAL.get(c, c)
        while l >= 0 and (candidate[l].lower() not in (c, alt) or (s == 0 and l > 0 and candidate[l - 1].isalnum())):
            l -= 1
        if l < 0:
            return None
        l -= 1
        s -= 1
    start = candidate.rfind(" ", 0, l + 1) + 1
    long = candidate[start:].strip(" ,;:")
    words = long.split(" ")
    while len(words) > 1 and words[0].lower() in NOT_A_TERMS_START:
        words.pop(0)                # "Among patients with | zeta amyloid cardiomyopathy (ZA-CM)": who had it
    long = " ".join(words)
    if any(w.lower() in CLAUSE_VERBS for w in words):
        return None                 # a clause, no term's name: "the aim of the AB study was to test XY (ZetaPro)"
    return long if len(long) > len(short) else None


# the verbs of a clause, which no term's name holds
CLAUSE_VERBS = frozenset("was were is are has have had be been".split())
# words no term opens on, which the letter matching may reach back to: "Among patients with | ..."
NOT_A_TERMS_START = frozenset("among with for patients participants subjects people adults children of the and or".split())
