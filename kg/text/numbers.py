"""Numbers written as digits or words: "five", "twenty-eight", "15 million", "n=24".

A number is a whole token: it neither starts right after a digit (or a digit
and a separator) nor ends right before one, and it has at most
:data:`MAX_INTEGER_DIGITS` integer and :data:`MAX_FRACTION_DIGITS` fractional
digits. A longer run of digits is no quantity (sequence data, identifiers,
tables run together) and is not read as one, which also keeps every pattern
built on :data:`NUMBER` linear in the length of the text. Values are exact:
``int`` or :class:`decimal.Decimal`, never a float.

>>> parse_number("twenty-eight"), parse_number("15 million"), parse_number("1,200")
(28, 15000000, 1200)
>>> parse_number("One hundred and fifty"), parse_number("two hundred thousand")
(150, 200000)
>>> parse_number("2.5 billion"), parse_number("40.6")
(2500000000, Decimal('40.6'))
>>> parse_number("1234567890123") is None            # 13 digits: not a quantity
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.text.prefilter import alternation, starts_with

# 999,999,999,999: above any count, dose, cell number or sum of money a trial report gives (the world's population
# has ten digits), far below what exact arithmetic or Oxigraph's 64-bit integers could not hold
MAX_INTEGER_DIGITS = 12
# a dose in micrograms per kilogram or a concentration needs a few decimals; p-values have their own pattern
MAX_FRACTION_DIGITS = 6

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i > 1}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
EXTRA = {"a dozen": 12, "dozen": 12, "a single": 1, "single": 1, "both": 2, "once": 1, "twice": 2}

_words = sorted(list(UNITS) + list(TENS), key=len, reverse=True)
_word = alternation(_words)      # grouped by first letter: re tries the words of one letter only
_BELOW_100 = rf"(?:(?:{_word})(?:[-\s](?:{_word}))?)"
# "seventy-two", and hundreds with their rest: "one hundred and fifty", "two hundred seventy-one"
# (the hundred hyphenated too: "three-hundred and fifty-one")
WORD_NUMBER = rf"(?:{_BELOW_100}(?:(?:\s+|-)hundred(?:\s+(?:and\s+)?{_BELOW_100})?)?)"
_groups = (MAX_INTEGER_DIGITS - 1) // 3
# the digits of a number, without the guards: "1,234,567" (groups of three) or "1234567", and a fraction
_DIGITS = (rf"(?:\d{{1,3}}(?:,\d{{3}}){{1,{_groups}}}|\d{{1,{MAX_INTEGER_DIGITS}}})"
           rf"(?:\.\d{{1,{MAX_FRACTION_DIGITS}}})?")
# a number does not start inside a longer run of digits and separators, nor end inside one
START = r"(?<!\d)(?<!\d[.,])"
END = r"(?!\d|[.,]\d)"
DIGITS = rf"{START}{_DIGITS}{END}"
# a decimal written without thousands separators ("37.6", the "0.5" of "-0.5"); a comma after it is punctuation
DECIMAL = rf"(?<!\d)(?<!\d\.)\d{{1,{MAX_INTEGER_DIGITS}}}(?:\.\d{{1,{MAX_FRACTION_DIGITS}}})?(?!\d|\.\d)"
SCALE = r"(?:\s+(?:hundred|thousand|million|billion))?"
_NUMBER = rf"(?:(?:{DIGITS}|{WORD_NUMBER}){SCALE}|a dozen|dozen|single)"
# the characters a number can start with: checked first, it halves the time of a pattern that begins with a number
# (re tries the whole alternation of number words at every word otherwise)
FIRST = starts_with([*UNITS, *TENS, "a dozen", "dozen", "single"], r"\d")
# A number in text: digits or words, optionally scaled ("15 million"); use with re.I.
NUMBER = rf"(?:{FIRST}{_NUMBER})"

NUMERAL = re.compile(rf"[-+]?{_DIGITS}")


def parse_number(text: str) -> int | Decimal | None:
    """A number written in digits and/or words, exactly: int, or Decimal when it has a fraction (None if not a number).

    >>> parse_number("twelve"), parse_number("-1.50"), parse_number("1,2345"), parse_number("4" * 400)
    (12, Decimal('-1.5'), None, None)
    >>> parse_number("999 billion"), parse_number("5,000 billion")
    (999000000000, None)
    >>> parse_number("Three-hundred and twelve")
    312
    """
    t = text.strip().lower().replace("\u2212", "-")
    if t in EXTRA:
        return EXTRA[t]
    scale = 1
    words = t.rsplit(None, 1)
    if len(words) == 2 and words[1] in SCALES:
        t, scale = words[0], SCALES[words[1]]
    if NUMERAL.fullmatch(t):
        value = Decimal(t.replace(",", "")) * scale
        integral = value == value.to_integral_value()
        value = int(value) if integral and ("." not in t or scale > 1) else tidy(value)
    else:
        value = _words_value(t)
        value = None if value is None else value * scale
    # scaled, it is still a quantity: "5,000 billion" is not
    return value if value is None or abs(value) < 10 ** MAX_INTEGER_DIGITS else None


def exact(text: str) -> Decimal | None:
    """A decimal numeral (a Unicode minus read as "-") as a Decimal with a fraction; None when it is not a bounded number.

    >>> exact("−0.5"), exact("37.60"), exact("40"), exact("1e9"), exact(".97")
    (Decimal('-0.5'), Decimal('37.6'), Decimal('40.0'), None, Decimal('0.97'))
    """
    t = text.strip().replace("\u2212", "-")
    if t[:1] == "." or t[1:2] == "." and t[:1] in "-+":       # (".97": 0.97)
        t = t[:-len(t.lstrip("-+"))] + "0" + t.lstrip("-+")
    return tidy(Decimal(t)) if NUMERAL.fullmatch(t) and "," not in t else None


def tidy(value: Decimal) -> Decimal:
    """``value`` without trailing zeros in its fraction, one fractional digit kept (as a float prints).

    >>> tidy(Decimal("1.50")), tidy(Decimal("12")), tidy(Decimal("2500000000.0"))
    (Decimal('1.5'), Decimal('12.0'), Decimal('2500000000.0'))
    """
    text = format(value, "f")
    text = text.rstrip("0") if "." in text else text + "."
    return Decimal(text + "0" if text.endswith(".") else text)


def _words_value(t: str) -> int | None:
    """A number in words below a thousand: "seventy-two", "two hundred and seventy one".

    >>> _words_value("one hundred and fifty"), _words_value("two hundred seventy-one"), _words_value("hundred")
    (150, 271, None)
    """
    parts = re.split(r"[-\s]+", t)
    total = 0
    for k, part in enumerate(parts):
        if part in UNITS:
            total += UNITS[part]
        elif part in TENS:
            total += TENS[part]
        elif part == "hundred" and 0 < total < 10:
            total *= 100
        elif part == "and" and total >= 100 and 0 < k < len(parts) - 1:
            continue
        else:
            return None
    return total
