"""Numbers written as digits or words: "five", "twenty-eight", "15 million", "n=24".

>>> parse_number("twenty-eight"), parse_number("15 million"), parse_number("1,200")
(28, 15000000, 1200)
>>> parse_number("2.5 billion")
2500000000
"""

from __future__ import annotations

import re

from kg.text.prefilter import alternation, starts_with

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i > 1}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
EXTRA = {"a dozen": 12, "dozen": 12, "a single": 1, "single": 1, "both": 2, "once": 1, "twice": 2}

_words = sorted(list(UNITS) + list(TENS), key=len, reverse=True)
_word = alternation(_words)      # grouped by first letter: re tries the words of one letter only
WORD_NUMBER = rf"(?:(?:{_word})(?:[-\s](?:{_word}))?)"
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
SCALE = r"(?:\s+(?:hundred|thousand|million|billion))?"
_NUMBER = rf"(?:(?:{DIGITS}|{WORD_NUMBER}){SCALE}|a dozen|dozen|single)"
# the characters a number can start with: checked first, it halves the time of a pattern that begins with a number
# (re tries the whole alternation of number words at every word otherwise)
FIRST = starts_with([*UNITS, *TENS, "a dozen", "dozen", "single"], r"\d")
# A number in text: digits or words, optionally scaled ("15 million"); use with re.I.
NUMBER = rf"(?:{FIRST}{_NUMBER})"


def parse_number(text: str) -> int | float | None:
    """Turn a number written in digits and/or words into int or float (None if not a number)."""
    t = text.strip().lower().replace("\u2212", "-")
    if t in EXTRA:
        return EXTRA[t]
    scale = 1
    m = re.fullmatch(r"(.+?)\s+(hundred|thousand|million|billion)", t)
    if m:
        t, scale = m.group(1), SCALES[m.group(2)]
    if re.fullmatch(r"[-+]?" + DIGITS, t):
        value = float(t.replace(",", ""))
    else:
        value = _words_value(t)
        if value is None:
            return None
    value *= scale
    return int(value) if float(value).is_integer() and "." not in t or float(value).is_integer() and scale > 1 else value


def _words_value(t: str) -> int | None:
    parts = re.split(r"[-\s]+", t)
    total = 0
    for part in parts:
        if part in UNITS:
            total += UNITS[part]
        elif part in TENS:
            total += TENS[part]
        else:
            return None
    return total
