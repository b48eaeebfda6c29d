"""The reading form of a sentence: typographic variants made plain, character for character.

Writers and typesetters spell one thing several ways: a Lancet-style middle
dot as the decimal point ("12·5"), a Unicode minus ("−0.4"), no-break and
thin spaces inside numbers and units, a space between a number's thousands,
hyphen characters other than "-", and the signs a journal PDF's symbol font
turns into other code points when its text is copied. The
extractors' patterns are written for the plain forms; this module maps the
variants to them one character to one, so every offset still points into the
document's own text.

>>> reading_form("HR 0·71 (−0.2\u2009to\u00a00·9); non\u2011inferior")
'HR 0.71 (-0.2 to 0.9); non-inferior'
>>> reading_form("non\u2013small-cell, 12\u201315, of \u20133.4, Zeta\u2013\u00c5berg")
'non-small-cell, 12\u201315, of -3.4, Zeta-\u00c5berg'
>>> len(reading_form("a·b 1·5")) == len("a·b 1·5"), reading_form("a·b 1·5")
(True, 'a·b 1.5')
>>> reading_form("(5 mg, - 7.7 days; CI, - 8.3 to 12.3; 3 - 5)")
'(5 mg,  -7.7 days; CI,  -8.3 to 12.3; 3 - 5)'
>>> reading_form("(XY 5 mg [n = 40] or placebo [N=20]; [12, 15])")
'(XY 5 mg (n = 40) or placebo (N=20); [12, 15])'
"""

from __future__ import annotations

import re

from kg.text.cues.population import PEOPLE
from kg.text.numbers import WORD_NUMBER, parse_number

# one character each: spaces that are not " ", hyphens and minus signs that are not "-"
PLAIN = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ",      # no-break, figure, thin, hair
    "\u2010": "-", "\u2011": "-", "\u2212": "-",                                     # hyphen, no-break hyphen, minus
    # a line break inside a sentence (a hard-wrapped paragraph read as one line) is a space between its words
    "\n": " ",
    # the signs a journal PDF's symbol font gives as other code points when its text is copied ("P\u2b0d0.001",
    # "\u2afa1.45\u2afe0.62 D"): these stand for nothing else in a medical text
    "\u2afa": "-", "\u2af9": "+", "\u2afd": "=", "\u2afe": "\u00b1", "\u2b0d": "<", "\u2b0e": ">",
})
VARIANTS = tuple((chr(c), form) for c, form in PLAIN.items())     # each looked for by a scan in C, most found nowhere
# a middle dot or a dot operator between two digits is a decimal point ("12·5"); elsewhere it is punctuation
DECIMAL_DOT = re.compile(r"(?<=\d)[\u00b7\u22c5](?=\d)")
DOTS = ("\u00b7", "\u22c5")
# an en dash between two letters joins a word as a hyphen does ("non\u2013small-cell"); between numbers it is a range
LETTER_DASH = re.compile(r"(?<=[^\W\d_])\u2013(?=[^\W\d_])")     # (any alphabet's letters: "Montgomery\u2013\u00c5sberg")
# an en dash before a number and after no word, number or bracket is its minus sign ("a difference of \u20133.4")
MINUS_DASH = re.compile(r"(?<![\w.)\]%])\u2013(?=\d)")
# a minus sign a typesetter set apart from its number, after a comma, colon, semicolon, "=" or "was/were" (never after a
# number, where a spaced hyphen joins a range): "(10 mg, - 7.7 days", "CI, - 8.3 to 12.3", "were - 1.2": read as "-7.7"
SPACED_MINUS = re.compile(r"(?<=[,:;=] )- (?=\d)|(?<=were )- (?=\d)|(?<=was )- (?=\d)")
# a group's size in square brackets, the style of a size inside a bracket ("(XY 5 mg [n = 40] or placebo [n = 20])"):
# read in round ones, the brackets sizes are written in everywhere else
SQUARE_SIZE = re.compile(r"\[(?=\s?[nN]\s?=\s?\d[\d,]{0,8}\s?\])([^\]]{3,16})\]")


# a space between a number's groups of three digits is its thousands separator, the style of some journals
# ("14 305 patients", "1 234 567"): read as a comma, unless the number before it counts something else ("week
# 12 100 patients", "Table 2 100 ...") or ends a code ("XY-123 100 mg": a dose of XY-123)
SPACED_THOUSANDS = re.compile(r"(?<![\w.,-])(?<!\d )\d{1,3}(?: \d{3})+(?![\w-]|[.,]\d)")
NOT_THOUSANDS_BEFORE = re.compile(r"\b(?:weeks?|days?|months?|years?|visits?|hours?|study|studies|trials?|groups?|arms?|"
                                  r"cohorts?|phase|table|figure|fig|stage|grade|type|part|aged?|doses?)\W{0,3}$",
                                  re.I)


def with_thousands(text: str) -> str:
    """``text`` with each space that separates a number's thousands read as a comma; the length never changes.

    >>> with_thousands("Of 14 305 adults (n = 7 152), 1 234 567 doses; at week 12 100 had; 0.25 100")
    'Of 14,305 adults (n = 7,152), 1,234,567 doses; at week 12 100 had; 0.25 100'
    >>> with_thousands("assigned to XY-123 100 mg")
    'assigned to XY-123 100 mg'
    """
    def comma(m: re.Match) -> str:
        if NOT_THOUSANDS_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return m.group()
        return m.group().replace(" ", ",")
    return SPACED_THOUSANDS.sub(comma, text)


# a share written in words where a sentence opens, as it must ("Forty-nine percent of patients ..."): read as "49%"
# (only there: elsewhere the digits set right would leave spaces before them that the patterns do not expect)
SPELLED_SHARE = re.compile(rf"(?P<w>{WORD_NUMBER})\s(?:percent|per\scent)\b(?!-)", re.I)


def with_spelled_shares(text: str) -> str:
    """``text`` with the share in words it opens with given as digits and a percent sign, set right (spaces before
    them) so that the length never changes and the sign stands where the word ended.

    >>> with_spelled_shares("Forty-seven percent of A and twelve per cent of B")
    '                47% of A and twelve per cent of B'
    """
    lead = len(text) - len(text.lstrip())
    m = SPELLED_SHARE.match(text, lead)
    value = parse_number(m.group("w").lower()) if m else None
    if value is None or value > 100:
        return text
    return text[:lead] + f"{value}%".rjust(m.end() - lead) + text[m.end():]


# a count in words before the people it counts and their share in a bracket ("seven patients (18.2%)"): read in digits,
# set right, by the comparisons' patterns only, which take any spaces before a count
# (or before the bracket alone, the people said once for both: "seven patients (18.2%) ... and three (6.1%) ...")
WORDED_COUNT = re.compile(rf"\b(?P<w>{WORD_NUMBER})(?=(?:\s(?:[a-z-]{{1,20}}\s)?{PEOPLE})?\s?\(\s?\d{{1,3}}(?:\.\d{{1,2}})?\s?%)",
                          re.I)


def with_worded_counts(text: str) -> str:
    """``text`` with each count in words before its people and their share given in digits, set right so that the
    length never changes.

    >>> with_worded_counts("in seven patients (18.2%) on A and twenty-two (6.1%) on B")
    'in     7 patients (18.2%) on A and         22 (6.1%) on B'
    """
    def digits(m: re.Match) -> str:
        value = parse_number(m.group("w").lower())
        return m.group() if value is None else str(value).rjust(len(m.group()))
    return WORDED_COUNT.sub(digits, text)


def reading_form(text: str) -> str:
    """``text`` with typographic variants replaced by their plain forms, spaced thousands read as commas
    (:func:`with_thousands`) and shares written in words read in digits (:func:`with_spelled_shares`); the length
    never changes."""
    return finished(typographic_form(text))


def typographic_form(text: str) -> str:
    """``text`` with typographic variants replaced by their plain forms; the length never changes."""
    plain = text
    for variant, form in VARIANTS:      # (str.translate looks up every character of a non-ASCII text in PLAIN)
        if variant in plain:
            plain = plain.replace(variant, form)
    if "\u2013" in plain:
        plain = MINUS_DASH.sub("-", LETTER_DASH.sub("-", plain))
    if "[" in plain:
        plain = SQUARE_SIZE.sub(r"(\1)", plain)
    if "- " in plain:
        plain = SPACED_MINUS.sub(" -", plain)
    return DECIMAL_DOT.sub(".", plain) if "\u00b7" in plain or "\u22c5" in plain else plain


def reading_forms(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """:func:`reading_form` of each span of ``text`` (a document's sentences), from one pass over the whole text.

    Only a dot at a span's edge reads differently in the span alone (no digit beside it there): such a span is
    read alone. Spaced thousands are read in each span alone.

    >>> text = "HR 0·71. 5·5 mg 1·"
    >>> reading_forms(text, [(0, 8), (9, 15), (16, 18)]) == [reading_form(text[a:b]) for a, b in [(0, 8), (9, 15), (16, 18)]]
    True
    """
    plain = typographic_form(text)
    return [reading_form(text[a:b]) if a < b and (text[a] in DOTS or text[b - 1] in DOTS) else finished(plain[a:b])
            for a, b in spans]


def finished(plain: str) -> str:
    """A span's typographic form with its spaced thousands and its shares in words read (each span alone: what stands
    before it is not read)."""
    plain = with_thousands(plain) if SPACED_THOUSANDS.search(plain) else plain
    return with_spelled_shares(plain) if "ercent" in plain or "er cent" in plain else plain
