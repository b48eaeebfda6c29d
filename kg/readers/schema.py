"""Reading JSON records by schema: every field used is checked for its JSON type.

A field of the wrong type raises :class:`FieldError`, which names the field's
path, the type expected and what was found (a short, one-line rendering of the
value). A missing field, or ``null``, gives the default. Two unambiguous forms
are read as meant rather than refused: a single string where a list of strings
is expected (a list of one), and a whole number written as a string of digits
where a count is expected (``"12"``; ClinicalTrials.gov itself writes some
counts so).

>>> study = Node({"conditions": "ALS", "enrollmentInfo": {"count": "12"}, "arms": [{"label": 3}]})
>>> study.get("conditions", list_of(text)), study.get("enrollmentInfo.count", count)
(['ALS'], 12)
>>> [arm.get("label", text) for arm in study.each("arms")]
Traceback (most recent call last):
...
kg.readers.schema.FieldError: arms[0].label is a number (3), expected a string
"""

from __future__ import annotations

import json
import math
import sys
from datetime import date
from dataclasses import dataclass
from typing import Any, Callable

MAX_COUNT = 10 ** 9              # no count in a study record comes near this
MAX_DIGITS = 100                 # a JSON number written with more digits is kept as a HugeNumber, not converted
SHOWN = 60                       # characters of a value shown in a message


class FieldError(ValueError):
    """A field of a record is not of the JSON type expected."""

    def __init__(self, path: str, expected: str, found: str):
        self.path, self.expected, self.found = path, expected, found
        super().__init__(f"{path or 'the record'} is {found}, expected {expected}")


@dataclass(frozen=True)
class HugeNumber:
    """A JSON number too long to be a value of a record: only its length is kept (Python's ``int`` refuses
    more than 4,300 digits, and converting a long run costs time quadratic in its length)."""

    digits: int


def read_int(token: str) -> int | HugeNumber:
    """The ``parse_int`` of :func:`load_json`: a whole number, or a HugeNumber when it has over MAX_DIGITS digits."""
    return int(token) if len(token) <= MAX_DIGITS else HugeNumber(len(token.lstrip("-")))


def load_json(text: str):
    """``json.loads`` that reads an over-long number as a :class:`HugeNumber`, so one record holding it fails alone.

    >>> load_json('{"count": ' + "9" * 5000 + ', "n": 3}')
    {'count': HugeNumber(digits=5000), 'n': 3}
    """
    return json.loads(text, parse_int=read_int)


@dataclass(frozen=True)
class Kind:
    """A JSON type a field must have: its name in messages and a check that returns the value read."""

    name: str
    read: Callable[[Any, str], Any]

    def __call__(self, value, path: str):
        return self.read(value, path)


def found(value) -> str:
    """What a value is, for a message: its JSON type and a short one-line rendering.

    >>> found("x" * 100)[:20], found(10 ** 500), found([1, 2]), found(None)
    ('a string ("xxxxxxxxx', 'a number (501 digits)', 'a list of 2 items', 'null')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, HugeNumber):
        return f"a number ({value.digits} digits)"
    if isinstance(value, int) and value.bit_length() > 64:
        return f"a number ({len(str(abs(value))) if value.bit_length() < 10_000 else 'thousands of'} digits)"
    if isinstance(value, (int, float)):
        return f"a number ({value!r})"
    if isinstance(value, str):
        shown = json.dumps(value[:SHOWN], ensure_ascii=True)
        return f"a string ({shown}{'...' if len(value) > SHOWN else ''})"
    if isinstance(value, list):
        return f"a list of {len(value)} item{'s' * (len(value) != 1)}"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _text(value, path):
    if not isinstance(value, str):
        raise FieldError(path, "a string", found(value))
    return value


def _object(value, path):
    if not isinstance(value, dict):
        raise FieldError(path, "an object", found(value))
    return value


def _count(value, path):
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit() and len(value.strip()) <= 10:
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise FieldError(path, f"a count (a whole number from 0 to {MAX_COUNT:,})", found(value))
    return value


def _number(value, path):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
            or (isinstance(value, int) and value.bit_length() > 64):
        raise FieldError(path, "a number", found(value))
    return value


text = Kind("a string", _text)
obj = Kind("an object", _object)
count = Kind("a count", _count)
number = Kind("a number", _number)


def list_of(item: Kind) -> Kind:
    """A list whose items are each of kind ``item`` (a single string is a list of one when strings are expected).

    >>> list_of(text)(["a", "b"], "names"), list_of(text)("a", "names")
    (['a', 'b'], ['a'])
    """
    def read(value, path):
        if isinstance(value, str) and item is text:
            return [value]
        if not isinstance(value, list):
            raise FieldError(path, f"a list of {plural(item.name)}", found(value))
        return [item(v, f"{path}[{i}]") for i, v in enumerate(value)]
    return Kind(f"a list of {plural(item.name)}", read)


def plural(name: str) -> str:
    """ "a string" -> "strings", "an object" -> "objects"."""
    return name.split(" ", 1)[1].split(" (")[0] + "s"


def extent(value) -> int:
    """The size of a JSON value: the length of its compact, ASCII-escaped JSON text (the C encoder's fast path).

    >>> extent({"ab": ["c", 1]})
    14
    """
    try:
        return len(json.dumps(value, separators=(",", ":"), default=lambda huge: "0" * (huge.digits - 2)))
    except (RecursionError, ValueError):        # too deep, or a number Python will not write: no real record
        return sys.maxsize


def real_date(iso: str) -> bool:
    """Whether a YYYY[-MM[-DD]] date exists.

    >>> real_date("2023-02-29"), real_date("2024-02-29"), real_date("2023-13"), real_date("2023")
    (False, True, False, True)
    """
    parts = [int(p) for p in iso.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def join(base: str, key: str) -> str:
    return f"{base}.{key}" if base else key


@dataclass(frozen=True)
class Node:
    """A JSON object and its path from the record's top, to read fields below it by dotted paths."""

    value: dict
    path: str = ""

    def __post_init__(self):
        _object(self.value, self.path)

    def _walk(self, dotted: str):
        """The value at ``dotted`` (None when missing); FieldError when a step on the way is not an object."""
        value = self.value
        if "." not in dotted:
            return value.get(dotted)
        keys = dotted.split(".")
        for i, key in enumerate(keys):
            if value is None:
                return None
            if not isinstance(value, dict):
                raise FieldError(join(self.path, ".".join(keys[:i])), "an object", found(value))
            value = value.get(key)
        return value

    def get(self, dotted: str, kind: Kind, default=None):
        """The field at ``dotted`` read as ``kind``; ``default`` when it is missing or null."""
        value = self._walk(dotted)
        return default if value is None else kind(value, join(self.path, dotted))

    def need(self, dotted: str, kind: Kind):
        """The field at ``dotted`` read as ``kind``; a FieldError when it is missing."""
        value = self._walk(dotted)
        if value is None:
            raise FieldError(join(self.path, dotted), kind.name, "missing")
        return kind(value, join(self.path, dotted))

    def node(self, dotted: str) -> "Node":
        """The object at ``dotted`` (an empty one when missing)."""
        value, path = self._walk(dotted), join(self.path, dotted)
        return Node({} if value is None else _object(value, path), path)

    def each(self, dotted: str) -> list["Node"]:
        """The objects of the list at ``dotted`` (none when missing)."""
        value, path = self._walk(dotted), join(self.path, dotted)
        items = [] if value is None else list_of(obj)(value, path)
        return [Node(item, f"{path}[{i}]") for i, item in enumerate(items)]
