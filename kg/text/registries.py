"""Trial registry ids (NCT, jRCT, EudraCT, ISRCTN, ChiCTR, CTRI, ACTRN, DRKS, UMIN) from bioregistry's patterns.

The patterns are shipped in ``kg/data/registries.json`` (written by ``kg lexicon build``).

>>> [(prefix, m.group(0)) for prefix, m in registry_ids("see NCT01234567 and ISRCTN12345678")]
[('clinicaltrials', 'NCT01234567'), ('isrctn', 'ISRCTN12345678')]
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from kg.text import prefilter as rx

DATA = Path(__file__).resolve().parent.parent / "data"
BEFORE, AFTER = r"(?<![\w/-])", r"(?![\w/-])"    # an id is a whole word: nothing id-like on either side


@lru_cache(maxsize=1)
def registry_bodies() -> list[tuple[str, str]]:
    """(registry prefix, id pattern without anchors) from the shipped bioregistry table."""
    table = json.loads((DATA / "registries.json").read_text(encoding="utf-8"))
    out = []
    for prefix, row in sorted(table.items()):
        body = row["pattern"].strip("^$")
        out.append((prefix, "|".join(f"(?:{alt.strip('^$')})" for alt in body.split("$|^"))))
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
    """One pattern for every registry (a named group each; ids are whole words, so no two overlap)."""
    names = {f"r{k}": prefix for k, (prefix, _) in enumerate(registry_bodies())}
    groups = "|".join(f"(?P<{name}>{body})" for name, (_, body) in zip(names, registry_bodies()))
    return rx.compile(f"{BEFORE}(?:{groups}){AFTER}"), names


def registry_ids(text: str) -> list[tuple[str, re.Match]]:
    """(registry prefix, match) for every trial registry id in ``text``, in text order."""
    pattern, names = any_registry()
    return [(names[m.lastgroup], m) for m in pattern.finditer(text)]


