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


# a kind of a disease whose head word the next disease's name gives for both: "gastric | or | esophageal
# adenocarcinoma", "small-cell and | squamous cell X" (not the disease's course or severity, which qualify the one
# disease: "relapsed | or refractory X", "moderate to severe asthma")
ELIDED_BEFORE = re.compile(r"(?<![\w-])(?P<kind>[a-z][a-z-]{2,20}),?\s(?:or|and|and/or)\s$")
ELIDED = "elided"        # (the source of such a mention: its words are not its name, which is the label)
NOT_A_KIND = frozenset("""relapsed refractory recurrent relapsing advanced metastatic early late severe mild moderate acute
    chronic untreated treated resistant persistent active stable progressive primary secondary newly previously
    localized localised unresectable resectable operable inoperable high-risk low-risk""".split())


def elided_kinds(m: Mention, text: str, base: int, lexicon) -> list[Mention]:
    """The disease named by the kind before disease mention ``m`` (offsets from ``base`` in ``text``) with the head
    word ``m`` gives for both, where the lexicon knows that disease: "gastric or | esophageal adenocarcinoma" names
    gastric adenocarcinoma too.

    >>> from kg.lexicon import load_lexicon
    >>> text = "people with gastric or esophageal adenocarcinoma"
    >>> m = Mention("esophageal adenocarcinoma", 23, 48, "disease", "Esophageal Adenocarcinoma", (), "lexicon")
    >>> [(k.text, k.label) for k in elided_kinds(m, text, 0, load_lexicon())]
    [('gastric', 'gastric adenocarcinoma')]
    """
    words = m.text.split()
    kind = ELIDED_BEFORE.search(text, max(0, m.start - base - 32), m.start - base) if len(words) > 1 else None
    if kind is None or kind.group("kind").lower() in NOT_A_KIND:
        return []
    for k in range(1, len(words)):
        found = lexicon.lookup(f"{kind.group('kind')} {' '.join(words[k:])}", ("disease",))
        if found:
            e = found[0]
            return [Mention(kind.group("kind"), base + kind.start("kind"), base + kind.end("kind"), e.type, e.label, e.ids,
                            ELIDED, e.attrs)]
    return []
