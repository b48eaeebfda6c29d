"""Values checked at the RDF boundary: each literal valid for its datatype and in range, its text safe for every syntax.

This is the last line of defence whatever an extractor or reader emits: a
value that fails raises :class:`InvalidValue`, which the converter turns into
a warning in the build report (the fact is dropped, never stored invalid).

Numbers must be exact and fit Oxigraph's arithmetic (``xsd:integer`` is 64-bit;
``xsd:decimal`` holds 20 integer and 18 fractional digits), so a literal is one
that every query can compare; a float is accepted only where it is exact.
Dates must be real calendar dates; durations are made valid ``xsd:duration``
(ISO weeks, which XSD lacks, become days; fractions move to the next smaller
unit when that is exact) and bounded.

Text keeps its length: each character that RDF syntaxes, XML 1.0 or strict
parsers reject is *replaced* by U+FFFD, one for one, not removed, so a
sentence keeps the length the evidence offsets (code points into the
document) were measured on, and a reader sees where something was.

>>> integer_lexical(48.0), decimal_lexical(0.5), duration_lexical("P24W"), calendar("2024-02-29")
('48', '0.5', 'P168D', ('date', '2024-02-29'))
>>> clean_text("a\\ufffeb\\x00c")
'a\\ufffdb\\ufffdc'
"""

from __future__ import annotations

import math
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from urllib.parse import quote

from kg.errors import KGError

# XML 1.0 Char excludes C0 controls but tab/LF/CR, surrogates and U+FFFE/U+FFFF (raptor rejects those two in
# every syntax); XML 1.0 section 2.2 discourages DEL and C1 controls but NEL, and every noncharacter
NONCHARACTERS = "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(17))
FORBIDDEN = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufdd0-\ufdef{NONCHARACTERS}]")
REPLACEMENT = "\ufffd"

INTEGER = re.compile(r"[+-]?[0-9]{1,19}")
DECIMAL = re.compile(r"(?P<sign>[+-]?)(?P<int>[0-9]{0,21})(?:\.(?P<frac>[0-9]{0,40}))?")
INT64 = 2 ** 63
DECIMAL_MAX = Decimal("170141183460469231731")       # Oxigraph's xsd:decimal: i128 with 18 fractional digits
FRACTION_DIGITS = 18
FLOAT_EXACT = 2 ** 53                                 # a float above this may not be the number the text gave
DURATION = re.compile(r"(?P<neg>-?)P(?:(?P<Y>\d{1,6}(?:\.\d{1,9})?)Y)?(?:(?P<M>\d{1,7}(?:\.\d{1,9})?)M)?"
                      r"(?:(?P<W>\d{1,6}(?:\.\d{1,9})?)W)?(?:(?P<D>\d{1,7}(?:\.\d{1,9})?)D)?"
                      r"(?:T(?:(?P<H>\d{1,8}(?:\.\d{1,9})?)H)?(?:(?P<MIN>\d{1,10}(?:\.\d{1,9})?)M)?"
                      r"(?:(?P<S>\d{1,12}(?:\.\d{1,9})?)S)?)?")
MAX_MONTHS = 12 * 10_000                              # ten thousand years: beyond any trial or treatment
MAX_SECONDS = 366 * 86_400 * 10_000
NOT_IN_URI = re.compile(r'[\s<>"{}|\\^`]')              # RFC 3987 leaves these out; they are percent-encoded
CALENDAR = {4: ("gYear", re.compile(r"\d{4}")), 7: ("gYearMonth", re.compile(r"\d{4}-\d{2}")),
            10: ("date", re.compile(r"\d{4}-\d{2}-\d{2}"))}


class InvalidValue(KGError):
    """A value that cannot become a literal of its datatype (the fact holding it is dropped with a warning)."""


def shown(value, limit: int = 40) -> str:
    """``repr(value)``, cut to ``limit`` characters for a one-line message.

    >>> shown("9" * 100, 12)
    "'999999999…(102 chars)"
    """
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit - 2]}…({len(text)} chars)"


def clean_text(text: str) -> str:
    """``text`` with every character RDF syntaxes or XML 1.0 forbid, or strict parsers reject, replaced by U+FFFD.

    >>> clean_text("ok\\tok\\n\\u200f\\U0001F600"), len(clean_text("\\ud800x"))
    ('ok\\tok\\n\\u200f😀', 2)
    """
    return FORBIDDEN.sub(REPLACEMENT, text)


def integer_lexical(value) -> str:
    """The canonical ``xsd:integer`` form of an int, an integral Decimal or float (exact only), or a digit string.

    >>> integer_lexical("+007"), integer_lexical(Decimal("12.0"))
    ('7', '12')
    """
    if type(value) is int and -INT64 <= value < INT64:          # the usual case, first
        return str(value)
    if isinstance(value, bool):
        raise InvalidValue(f"{shown(value)} is a boolean, not an integer")
    if isinstance(value, str):
        if not INTEGER.fullmatch(value.strip()):
            raise InvalidValue(f"{shown(value)} is not an integer of at most 19 digits")
        value = int(value.strip())
    elif isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer() or abs(value) > FLOAT_EXACT:
            raise InvalidValue(f"{shown(value)} is not an exact integer")
        value = int(value)
    elif isinstance(value, Decimal):
        if not value.is_finite() or value != value.to_integral_value() or abs(value) >= INT64:
            raise InvalidValue(f"{shown(value)} is not an integer a store can hold")
        value = int(value)
    if not isinstance(value, int) or not -INT64 <= value < INT64:
        raise InvalidValue(f"{shown(value)} is not an integer a store can hold (64-bit)")
    return str(value)


def decimal_lexical(value) -> str:
    """The ``xsd:decimal`` form of a number: exact, finite, within Oxigraph's decimal (no exponent, no float noise).

    >>> decimal_lexical(1e-05), decimal_lexical("-.25"), decimal_lexical(3), decimal_lexical(2.0)
    ('0.00001', '-0.25', '3', '2.0')
    """
    if type(value) is float and math.isfinite(value) and abs(value) <= FLOAT_EXACT:
        text = repr(value)                           # the shortest form that reads back as this float
        if "e" not in text:
            return text                              # already a decimal of at most 17 fractional digits
    if isinstance(value, bool):
        raise InvalidValue(f"{shown(value)} is a boolean, not a number")
    if isinstance(value, str):
        m = DECIMAL.fullmatch(value.strip())
        if not m or not (m["int"] or m["frac"]):
            raise InvalidValue(f"{shown(value)} is not a decimal number of at most 21 + 40 digits")
        value = Decimal(value.strip())
    elif isinstance(value, float):
        if not math.isfinite(value) or abs(value) > FLOAT_EXACT:
            raise InvalidValue(f"{shown(value)} is not a finite number held exactly")
        value = Decimal(repr(value))                 # the shortest form that reads back as this float
    elif isinstance(value, int) and abs(value) <= DECIMAL_MAX:
        value = Decimal(value)
    if not isinstance(value, Decimal) or not value.is_finite() or abs(value) > DECIMAL_MAX:
        raise InvalidValue(f"{shown(value)} is not a finite decimal a store can hold (at most 21 digits)")
    if value.as_tuple().exponent < -FRACTION_DIGITS:
        value = value.normalize()
        if value.as_tuple().exponent < -FRACTION_DIGITS:
            raise InvalidValue(f"{shown(value)} has more than {FRACTION_DIGITS} digits after the point")
    return format(value, "f")


def boolean_lexical(value) -> str:
    """``true`` or ``false`` from a bool or their lexical forms (a non-empty string is not true).

    >>> boolean_lexical(True), boolean_lexical("0")
    ('true', 'false')
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    forms = {"true": "true", "1": "true", "false": "false", "0": "false"}
    if isinstance(value, (str, int)) and str(value).strip() in forms:
        return forms[str(value).strip()]
    raise InvalidValue(f"{shown(value)} is not a boolean")


def duration_lexical(value) -> str:
    """A valid, bounded ``xsd:duration``: kept as written when valid, weeks as days, fractions carried down exactly.

    >>> duration_lexical("P12M"), duration_lexical("P1.5Y"), duration_lexical("P1.5W"), duration_lexical("P0.5D")
    ('P12M', 'P1Y6M', 'P10DT12H', 'PT12H')
    """
    text = str(value).strip()
    m = DURATION.fullmatch(text)
    if not m or not any(m[k] for k in ("Y", "M", "W", "D", "H", "MIN", "S")) or text.endswith("T"):
        raise InvalidValue(f"{shown(value)} is not an ISO 8601 duration of bounded length")
    part = {k: Decimal(m[k] or 0) for k in ("Y", "M", "W", "D", "H", "MIN", "S")}
    months = part["Y"] * 12 + part["M"]
    seconds = ((part["W"] * 7 + part["D"]) * 24 + part["H"]) * 3600 + part["MIN"] * 60 + part["S"]
    if months != months.to_integral_value():
        raise InvalidValue(f"{shown(value)} has a fraction of a month, which no exact duration holds")
    if months > MAX_MONTHS or seconds > MAX_SECONDS:
        raise InvalidValue(f"{shown(value)} is longer than ten thousand years")
    if not m["W"] and all(part[k] == part[k].to_integral_value() for k in ("Y", "M", "D", "H", "MIN")):
        return text                                   # already a valid xsd:duration: kept as the text gave it
    return m["neg"] + render_duration(int(months), seconds)


def render_duration(months: int, seconds: Decimal) -> str:
    """``PnYnMnDTnHnMnS`` with only the non-zero parts (``PT0S`` for nothing)."""
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes, secs = divmod(rest, 60)
    date_part = "".join(f"{int(n)}{u}" for n, u in ((months // 12, "Y"), (months % 12, "M"), (days, "D")) if n)
    secs_text = format(secs.normalize(), "f") if secs else ""
    time_part = "".join(f"{n}{u}" for n, u in ((int(hours), "H"), (int(minutes), "M"), (secs_text, "S")) if n)
    return f"P{date_part}{'T' + time_part if time_part else ''}" if date_part or time_part else "PT0S"


def calendar(value) -> tuple[str, str]:
    """(XSD type name, lexical) of a year, year-month or date, checked against the calendar (years 1-9999).

    >>> calendar("2023-04")
    ('gYearMonth', '2023-04')
    """
    text = str(value).strip()
    kind, shape = CALENDAR.get(len(text), (None, None))
    if kind is None or not shape.fullmatch(text):
        raise InvalidValue(f"{shown(value)} is not a year, year-month or date (YYYY, YYYY-MM, YYYY-MM-DD)")
    try:
        date(int(text[:4]), int(text[5:7] or 1), int(text[8:10] or 1))
    except ValueError:
        raise InvalidValue(f"{shown(value)} is not a date of the calendar") from None
    return kind, text


def uri_lexical(value) -> str:
    """An ``xsd:anyURI`` with the characters no URI holds (space, ``<>"{}|\\^```) percent-encoded.

    >>> uri_lexical(" https://x.org/a b<c> ")
    'https://x.org/a%20b%3Cc%3E'
    """
    return NOT_IN_URI.sub(lambda m: quote(m.group(), safe=""), clean_text(str(value).strip()))


def checked_calendar(kind: str):
    """A check that the value is a calendar value of ``kind`` (``date``, ``gYear`` or ``gYearMonth``)."""
    def check(value) -> str:
        found, text = calendar(value)
        if found != kind:
            raise InvalidValue(f"{shown(value)} is not an xsd:{kind}")
        return text
    return check


LEXICAL = {"integer": integer_lexical, "decimal": decimal_lexical, "boolean": boolean_lexical,
           "duration": duration_lexical, "date": checked_calendar("date"), "gYear": checked_calendar("gYear"),
           "gYearMonth": checked_calendar("gYearMonth"), "string": lambda v: clean_text(str(v)),
           "anyURI": uri_lexical}


def lexical(value, datatype: str) -> str:
    """The checked lexical form of ``value`` as an XSD ``datatype`` (local name); raises InvalidValue.

    >>> lexical("2023-04-34", "date")
    Traceback (most recent call last):
    ...
    kg.rdf.values.InvalidValue: '2023-04-34' is not a date of the calendar
    """
    check = LEXICAL.get(datatype)
    if check is None:
        raise InvalidValue(f"xsd:{datatype} is not a datatype kg writes")
    return check(value)


@lru_cache(maxsize=1)
def constraints() -> dict[str, dict]:
    """Property local name -> its value constraints in the SHACL shapes (``min``, ``max``, ``in``)."""
    import pyoxigraph as ox
    from rdflib.namespace import RDF, SH

    from kg.rdf.namespace_gen import NS
    from kg.resources import SHAPES

    triples = list(ox.parse(path=str(SHAPES)))
    by_subject: dict = {}
    for t in triples:
        by_subject.setdefault(t.subject, {}).setdefault(t.predicate.value, []).append(t.object)

    def items(head) -> list[str]:
        out = []
        while head.value != str(RDF.nil):
            out.append(by_subject[head][str(RDF.first)][0].value)
            head = by_subject[head][str(RDF.rest)][0]
        return out

    out: dict[str, dict] = {}
    for props in by_subject.values():
        path = props.get(str(SH.path), [None])[0]
        if path is None or not path.value.startswith(NS):
            continue
        found = out.setdefault(path.value[len(NS):], {})    # a path in several shapes: bounds widened, lists joined
        for key, term, pick in (("min", SH.minInclusive, min), ("max", SH.maxInclusive, max)):
            if str(term) in props:
                bound = Decimal(props[str(term)][0].value)
                found[key] = pick(found[key], bound) if key in found else bound
        if str(SH["in"]) in props:
            found["in"] = found.get("in", frozenset()) | frozenset(items(props[str(SH["in"])][0]))
    return out


def check_range(predicate: str, lexical_form: str, numeric: bool) -> None:
    """Raise InvalidValue when the value is outside what the shapes allow for ``predicate``.

    >>> check_range("confidence", "1.5", numeric=True)
    Traceback (most recent call last):
    ...
    kg.rdf.values.InvalidValue: '1.5' is above the maximum 1 of kg:confidence
    """
    rule = constraints().get(predicate)
    if not rule:
        return
    if numeric and "min" in rule and Decimal(lexical_form) < rule["min"]:
        raise InvalidValue(f"{shown(lexical_form)} is below the minimum {rule['min']} of kg:{predicate}")
    if numeric and "max" in rule and Decimal(lexical_form) > rule["max"]:
        raise InvalidValue(f"{shown(lexical_form)} is above the maximum {rule['max']} of kg:{predicate}")
    if "in" in rule and lexical_form not in rule["in"]:
        raise InvalidValue(f"{shown(lexical_form)} is not one of the values kg:{predicate} allows")
