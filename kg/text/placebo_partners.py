"""Products a text names by setting them against placebo, which the lexicon need not know: "Zetanol and placebo did
not differ", "zetanol versus placebo", "a Study of Zetanol for the Treatment of ...".

A new drug's name has no shape of its own (no code's digits, no INN stem, no ®): what shows it is a drug is where it
stands. A single word joined straight to placebo, or the subject of a headline's "Study of", is one, unless it is a
word of ordinary English (a generic noun, a participle, a plural) or the lexicon knows it as something else; the
caller keeps only names no other mention covers.

>>> placebo_partners("The change was 8.2 for zetanol and 8.9 for placebo. Zetanol and placebo did not differ.")
[('Zetanol', 52)]
>>> placebo_partners("Treatment versus placebo, active or placebo, tablets or matching placebo.")
[]
>>> placebo_partners("Adults received ZQ4B or placebo; the tolerability of zQB120 as compared to placebo was good.")
[('ZQ4B', 16), ('zQB120', 53)]
>>> placebo_partners("The odds ratio versus placebo was 0.6, with the effect compared with placebo.")
[]
"""

from __future__ import annotations

import re

from kg.text import prefilter as rx

# one word joined straight to placebo ("X and placebo", "X versus matching placebo", "X compared with placebo"), or the
# product a headline's study is of ("Phase 3 Study of Zetanol for the Treatment of ...")
AGAINST_PLACEBO = rx.compile(r"""(?<![\w-])(?P<n>[A-Za-z][a-z]{4,24}|(?-i:[A-Z]{1,4}\d{1,3}[A-Z]{0,2}|[a-z][A-Z]{1,4}\d{1,4}))
    \s(?:versus|vs\.?|or|and|(?:as\s)?compared\s(?:with|to))\s
    (?:(?:a|the|matching|matched|identical)\s)?placebo\b""", re.X)      # (or a short code: "ZQ4B or placebo")
HEADLINE_STUDY = rx.compile(r"\b(?:Study|Trial)\sof\s(?P<n>[A-Z][a-z]{4,24})(?=\s(?:for|in|versus|vs\.?|compared)\s)")
# the words of ordinary English that stand so: generic words for what patients got, the arms, the people, the study
GENERIC = frozenset("""active actives agent agents alone therapy therapies treatment treatments drug drugs medicine medicines
    medication medications vaccine vaccines dose doses dosing either receive received receiving given taking placebo
    control controls saline vehicle study trial group groups patients subjects adults children women people
    participants safety efficacy healthy daily weekly single multiple combination standard usual both other whether
    those these three first second third between drink drinks water sugar tablet capsule pills injection infusion
    supplement supplements product products candidate candidates compound compounds regimen regimens arm arms cohort
    cohorts intervention interventions verum""".split())
# what may stand before such a name: nothing, a mark, or a word that opens a noun phrase of its own ("of", "to
# receive"); not a modifier whose head the word would be ("odds | ratio", "the | effect", "19 | percent")
OPENS_NAME = re.compile(r"(?:^|[.,;:(\[]\s{0,2}|(?<![\w-])(?:of|with|to|receive|received|receiving|between|either|for|on|"
                        r"taking|given|comparing|evaluating|whether|than|plus|and|or|[Ww]hile|[Bb]oth)\s)$")
# the endings of ordinary English nouns, adjectives and verb forms ("supplementation", "improvement", "walking")
ENGLISH_ENDING = re.compile(r"(?:tion|sion|ment|ness|ity|ing|ed|ly|al|ive|ous|ful|less|able|ible|ance|ence|ship|s)$")


def placebo_partners(text: str) -> list[tuple[str, int]]:
    """(name as written, offset) of each product ``text`` sets against placebo or a headline's study is of, the first
    time each is so named."""
    out: dict[str, int] = {}
    for pattern in (AGAINST_PLACEBO, HEADLINE_STUDY):
        for m in pattern.finditer(text) if "lacebo" in text or "of" in text else ():
            word = m.group("n")
            if word.lower() in GENERIC or ENGLISH_ENDING.search(word.lower()) \
                    or not OPENS_NAME.search(text, max(0, m.start("n") - 12), m.start("n")):
                continue
            out.setdefault(word, m.start("n"))
    return sorted(out.items(), key=lambda kv: kv[1])
