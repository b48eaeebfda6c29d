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


@lru_cache(maxsize=1)
def registry_patterns() -> list[tuple[str, re.Pattern]]:
    """(registry prefix, search pattern) from the shipped bioregistry table."""
    table = json.loads((DATA / "registries.json").read_text(encoding="utf-8"))
    out = []
    for prefix, row in sorted(table.items()):
        body = row["pattern"].strip("^$")
        body = "|".join(f"(?:{alt.strip('^$')})" for alt in body.split("$|^"))
        out.append((prefix, rx.compile(rf"(?<![\w/-])(?:{body})(?![\w/-])")))
    return out


def is_registry_id(text: str) -> bool:
    return any(p.fullmatch(text) for _, p in registry_patterns())


def registry_ids(text: str) -> list[tuple[str, re.Match]]:
    return sorted(((prefix, m) for prefix, p in registry_patterns() for m in p.finditer(text)),
                  key=lambda pm: pm[1].start())


