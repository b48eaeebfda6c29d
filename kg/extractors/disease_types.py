"""A disease named by its adjective after its type: "type 2 | diabetic patients" names type 2 diabetes.

The lexicon knows "diabetic" (diabetes mellitus) and "type 2 diabetes mellitus", not their blend; a writer who puts the
type before the adjective means the typed disease, and the trial's condition is that one.

>>> from kg.lexicon import load_lexicon
>>> from kg.model import Mention
>>> text = "We enrolled 50 type 2 diabetic adults."
>>> m = Mention("diabetic", 22, 30, "disease", "diabetes mellitus", ("DOID:9351",), "lexicon")
>>> typed = with_type(m, text, 0, load_lexicon())
>>> typed.text, typed.label
('type 2 diabetic', 'type 2 diabetes mellitus')
"""

from __future__ import annotations

import re

from kg.model import Mention

# the type written before a disease's name: "type | 2", "type II", "type A"
TYPE_BEFORE = re.compile(r"\b[Tt]ype\s(?:[1-4]|I{1,3}|IV|[AB])\s$")


def with_type(m: Mention, text: str, base: int, lexicon) -> Mention:
    """Mention ``m`` (offsets from ``base`` in ``text``) widened over the type before it where the lexicon names the
    typed disease ("type 2" + diabetes mellitus: "type 2 diabetes mellitus"); else ``m``."""
    if m.kind != "disease" or "ype" not in text:
        return m
    start = m.start - base
    typed = TYPE_BEFORE.search(text, max(0, start - 10), start)
    if typed is None:
        return m
    kind = typed.group().strip()
    found = next((e for name in (m.label, m.text) for e in lexicon.lookup(f"{kind} {name}", ("disease",))), None)
    if found is None:
        return m
    return Mention(text[typed.start():m.end - base], base + typed.start(), m.end, found.type, found.label, found.ids,
                   m.source, found.attrs)
