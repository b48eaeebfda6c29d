"""Trial registry ids (NCT, jRCT, EudraCT, ISRCTN, ChiCTR, CTRI, ACTRN, DRKS, UMIN, the other WHO primary registries
and the Netherlands and Korean registers) from bioregistry's patterns.

The patterns are shipped in ``kg/data/registries.json`` (written by ``kg lexicon build``).

>>> [(r.prefix, r.id) for r in registry_ids("see NCT01234567 and ISRCTN 12345678")]
[('clinicaltrials', 'NCT01234567'), ('isrctn', 'ISRCTN12345678')]
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.text import prefilter as rx

try:                    # re's own parser (Python 3.11 names): reads where a registry's ids start
    from re import _constants as C, _parser as parser
    CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_WORD: r"\w"}
except ImportError:     # pragma: no cover - another Python: no look-ahead, same answers
    C = parser = None

DATA = Path(__file__).resolve().parent.parent / "data"
# an id is a whole word: nothing id-like on either side; a web address's last part may be one that opens with
# letters ("clinicaltrials.gov/ct2/show/NCT01234567"), as may the next of two ids joined by a slash
# ("NCT01234567/NCT01234568"); not a run of digits inside a longer id ("CTRI/2020/...")
BEFORE, AFTER = r"(?:(?<![\w/-])|(?<=[a-z0-9]/)(?=[A-Za-z]))", r"(?![\w-])(?!/(?![A-Za-z]))"
# a registry's letters and digits printed with a digit too few or too many ("NCT1234567"): no registry's id, nor a
# trial's name or a drug's code (a regex fragment)
MISPRINTED_ID = r"(?:NCT|ISRCTN|ChiCTR|ACTRN|DRKS|UMIN|JRCT|jRCT|CTRI)\d{4,}"
# a registry's letters, then its digits: writers put a space between them now and then ("ISRCTN 12345678")
LETTERS_THEN_DIGITS = re.compile(r"(?<![A-Za-z])([A-Za-z]{3,}+)(\\d.*)")


@dataclass(frozen=True)
class RegistryId:
    """A registry id written in a text: its registry, the id as the registry writes it, and where it was written."""

    prefix: str
    id: str
    start: int
    end: int


@lru_cache(maxsize=1)
def registry_bodies() -> list[tuple[str, str]]:
    """(registry prefix, id pattern without anchors) from the shipped bioregistry table."""
    table = json.loads((DATA / "registries.json").read_text(encoding="utf-8"))
    out = []
    for prefix, row in sorted(table.items()):
        body = row["pattern"].strip("^$")
        alts = (LETTERS_THEN_DIGITS.sub(r"\1 ?\2", alt.strip("^$")) for alt in body.split("$|^"))
        out.append((prefix, "|".join(f"(?:{alt})" for alt in alts)))
    return out


@lru_cache(maxsize=1)
def registry_patterns() -> list[tuple[str, re.Pattern]]:
    """(registry prefix, search pattern), one per registry."""
    return [(prefix, rx.compile(rf"{BEFORE}(?:{body}){AFTER}")) for prefix, body in registry_bodies()]


def is_registry_id(text: str) -> bool:
    """Is the whole text one registry's id? (One pattern for all registries: a full match of it is one of them.)

    >>> is_registry_id("NCT01234567"), is_registry_id("NCT0123")
    (True, False)
    """
    return any_registry()[0].fullmatch(text) is not None


@lru_cache(maxsize=1)
def any_registry() -> tuple[rx.Prefiltered, dict[str, str]]:
    """One pattern for every registry (a named group each; ids are whole words, so no two overlap).

    It opens with a look-ahead for the characters an id can start with (capitals, digits, "j"), when the bodies
    say: re then skips most word starts at one test instead of trying every registry's pattern there.
    """
    names = {f"r{k}": prefix for k, (prefix, _) in enumerate(registry_bodies())}
    groups = "|".join(f"(?P<{name}>{body})" for name, (_, body) in zip(names, registry_bodies()))
    firsts = [first_characters(body) for _, body in registry_bodies()]
    ahead = f"(?=[{''.join(firsts)}])" if firsts and all(firsts) else ""
    return rx.compile(f"{ahead}{BEFORE}(?:{groups}){AFTER}"), names


def first_characters(pattern: str) -> str | None:
    r"""The inside of a character class that holds every character a match of ``pattern`` can start with, or None
    when its parse tree does not say simply (an optional first part, a negated class, a group with flags ...).

    >>> first_characters(r"(?:ACTRN\d+)|jRCT\w?\d+|[B-C]x"), first_characters(r"(-[A-Z]+-)?\d+")
    ('AjB-C', None)
    """
    if parser is None:
        return None
    try:
        return _firsts(list(parser.parse(pattern)))
    except (re.error, RecursionError):
        return None


def _firsts(items: list) -> str | None:
    """:func:`first_characters` of a parsed sequence."""
    if not items:
        return None
    op, arg = items[0]
    if op is C.LITERAL:
        return re.escape(chr(arg))
    if op is C.IN:
        out = []
        for kind, value in arg:
            if kind is C.LITERAL:
                out.append(re.escape(chr(value)))
            elif kind is C.RANGE:
                out.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif kind is C.CATEGORY and value in CATEGORIES:
                out.append(CATEGORIES[value])
            else:
                return None
        return "".join(out)
    if op is C.SUBPATTERN and not arg[1] and not arg[2]:        # a group with no flags of its own
        return _firsts(list(arg[-1]))
    if op is C.BRANCH:
        parts = [_firsts(list(seq)) for seq in arg[1]]
        return "".join(parts) if all(parts) else None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and arg[0] >= 1:
        return _firsts(list(arg[2]))
    return None


def registry_ids(text: str) -> list[RegistryId]:
    """Every trial registry id in ``text``, in text order, with the space some writers put inside one taken out."""
    pattern, names = any_registry()
    return [RegistryId(names[m.lastgroup], m.group(0).replace(" ", ""), m.start(), m.end()) for m in pattern.finditer(text)]


