"""The treatment a trial report's aim names, read where the document names no drug, nor a treatment by its title or
its allocation: "To determine whether zeta nurse support improves outcome in ...", "to understand the benefit of zeta
dance compared with walking", "To determine the effectiveness of CZM in adults with ..." (a short form the text
defines stands for its long form); failing that, what the title or the text says the trial studied the effect of
("Effect of zeta walking on ...", "a randomised trial of zeta coaching in ...").

A fallback like those of :mod:`kg.extractors.unnamed_products`: an aim that names a generic word ("this
intervention", "a new approach"), a disease, a measure or the study itself names no treatment.

>>> from kg.text.layout import content_lines
>>> from kg.text.sentences import split_sentences
>>> text = "Abstract\\n\\nObjective\\nTo determine whether zeta nurse support improves outcome in heart failure."
>>> ss = split_sentences(text, content_lines(text))
>>> [(m.text, m.label) for ms in with_aimed_treatment(ss, [[] for _ in ss]) for m in ms]
[('zeta nurse support', 'zeta nurse support')]
"""

from __future__ import annotations

import re

from kg.extractors.unnamed_products import NOT_TREATMENT, named_everywhere
from kg.model import Mention
from kg.text import cues
from kg.text.sentences import Sentence

# the verb of an aim that asks what the treatment does (not what it is associated with)
_VERB_AFTER = r"(?:improves?|reduces?|prevents?|increases?|decreases?|lowers?|shortens?|(?:is|are)(?!\s(?:associated|" \
              r"related|linked)\b)|can|could|would|leads?)"
# the words that end the treatment's name: the verb of the aim, what it is compared with, whom it is given to
_AFTER = rf"(?:{_VERB_AFTER}|is|are|on|in|for|among|compared|combined|plus|alone|versus|vs|with|to|at|as|and|or|a|an|the)"
_NAME = rf"(?P<x>[A-Za-z][\w-]{{1,30}}(?:\s(?!{_AFTER}\b)[A-Za-z][\w-]{{0,30}}){{0,4}}?)"
# an aim that names the treatment: "to determine whether | X | improves ...", "to assess the effectiveness of | X | in"
# (after "a", words set off by commas describe it: "the impact of a simple, | zeta nurse programme | on ...")
AIM = re.compile(rf"""\b(?:[Tt]o|[Ww]e)\s(?:determine|assess|evaluate|compare|examine|investigate|test|establish|explore|
    understand|estimate|identify|ascertain|clarify|observe|verify|quantify)\s
    (?:(?:whether|if)\s|(?:the\s)?(?:(?:comparative|clinical|long-term|short-term)\s)?(?:(?:cost-)?effectiveness|efficacy|
        effects?|impact|benefits?|usefulness)(?:\sand\s(?:safety|feasibility|cost-effectiveness|acceptability))?\sof\s)
    (?:an?\s(?:[a-z][\w-]{{1,20}},\s){{1,2}}|a\s|an\s|the\s)?{_NAME}
    (?=(?:\s\([A-Za-z][\w-]{{0,10}}\))?(?:\s(?:{_VERB_AFTER}|on|in|for|among|compared|versus|vs\.?|with|to|at|as)\b|[,.]))
    """, re.X)
# names that are no treatment of their own: the study's generic words
GENERIC = frozenset("""intervention interventions treatment treatments therapy therapies program programme programs approach
    approaches strategy strategies care this these new novel such diagnosis detection measurement they there it its
    their those all both each any some several different two three four five six""".split())
NAMED_KINDS = ("disease", "phenotype", "measure", "drug", "therapy")
DISEASE_KINDS = ("disease", "phenotype")


def with_aimed_treatment(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """Mentions, with the treatment the first aim of the document names (:data:`AIM`) a therapy wherever the text
    names it (and by its short form, where the aim names it so)."""
    for s, ms in zip(sentences, mentions):
        lowered = s.text.lower()
        hit = AIM.search(s.text) if "to " in lowered or "we " in lowered else None
        if hit is not None:
            named = aimed_name(s, ms, hit)
            if named is None:
                return mentions         # (the first aim names no treatment: the later ones are not asked)
            return named_as_aimed(sentences, mentions, *named)
    return mentions


def named_as_aimed(sentences: list[Sentence], mentions: list[list[Mention]], name: str,
                   label: str) -> list[list[Mention]]:
    """Mentions, with the treatment an aim names (``name`` as written there, ``label`` its label) a therapy wherever the
    text writes either."""
    pattern = "|".join(re.escape(form) for form in sorted({name, label}, key=len, reverse=True))
    return named_everywhere(sentences, mentions, rf"(?<![\w-])(?:{pattern})(?![\w-])", label, "aim")


# what a trial report's title or text says it studied the effect of, where no aim names it: "Effect of zeta
# hydrotherapy on ...", "We evaluated the impact of zeta walking on ...", "a randomised controlled trial of zeta
# coaching in family clinics" (the treatment's name ends before what it acts on, whom it is given to, or what it is set
# against)
_STUDIED_AFTER = r"(?:on|in|for|among|at|with|versus|vs|compared|plus|and|to|used|given|delivered|administered|provided)"
_STUDIED_NAME = (rf"(?P<x>[A-Za-z][\w'’-]{{1,30}}(?:\s(?!(?:{_AFTER}|{_STUDIED_AFTER})\b)[A-Za-z][\w'’-]{{0,30}})"
                 r"{0,4}?)")
STUDIED = re.compile(rf"""(?:\b(?:[Pp]rotective\s|[Bb]eneficial\s|[Cc]linical\s|[Ll]ong-term\s|[Ss]hort-term\s)?
        (?:[Ee]ffects?|[Ee]ffectiveness|[Ee]fficacy|[Ii]mpact)(?:\sand\s(?:safety|feasibility|acceptability))?
    |\b(?:[Rr]andomi[sz]ed\s)?(?:[Cc]ontrolled\s)?(?:[Cc]linical\s)?[Tt]rial)
    \sof\s(?:an?\s(?:[a-z][\w-]{{1,20}},\s){{1,2}}|a\s|an\s|the\s)?{_STUDIED_NAME}
    (?=(?:\s\([A-Za-z][\w-]{{0,10}}\))?(?:\s(?:on|in|for|among|versus|vs\.?|compared|plus|and|used|given|
        delivered|administered|provided|to\s(?:prevent|reduce|improve|treat|increase|decrease|enhance|promote|lower))\b
        |[,.:;]|$))""", re.X)
# the people a trial was of ("a randomised trial of adults in ..."): no treatment
PEOPLE = re.compile(cues.PEOPLE, re.I)


def with_studied_treatment(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """Mentions, with the first treatment the document says it studied the effect of (:data:`STUDIED`) a therapy
    wherever the text names it, where no aim names one.

    >>> from kg.text.layout import content_lines
    >>> from kg.text.sentences import split_sentences
    >>> text = "Effect of zeta hydrotherapy on pain in knee zetosis\\n\\nAdults were randomly assigned to two groups."
    >>> ss = split_sentences(text, content_lines(text))
    >>> [(m.text, m.label) for ms in with_studied_treatment(ss, [[] for _ in ss]) for m in ms]
    [('zeta hydrotherapy', 'zeta hydrotherapy')]
    """
    for s, ms in zip(sentences, mentions):
        for hit in STUDIED.finditer(s.text) if " of " in s.text else ():
            if PEOPLE.fullmatch(hit.group("x").split()[0]) or (named := aimed_name(s, ms, hit)) is None:
                continue
            name, label = named
            label = label if label != name[:1].lower() + name[1:] else written_elsewhere(sentences, s, name)
            return named_as_aimed(sentences, mentions, name, label)
    return mentions


def written_elsewhere(sentences: list[Sentence], here: Sentence, name: str) -> str:
    """``name`` as another sentence writes it (a title's capitals are no part of a name: "Effect of Zeta Walking on
    ..." and "zeta walking"), or as written here, where no other sentence names it."""
    words = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I)
    return next((hit.group() for s in sentences if s is not here for hit in words.finditer(s.text)), name)


# a programme the text defines by its short form: "Zeta Teams for Better Aging (Zeta TEAM) is a community health
# program for ..." (the short form, a capitalised run, names it)
DEFINED_PROGRAM = re.compile(r"\((?P<x>(?:[A-Z][\w-]{0,20}\s)?[A-Z]{3,20}[\w-]{0,10})\)\s(?:is|was)\s(?:an?\s)"
                             r"(?:[\w-]{2,20}\s){0,4}?(?:program|programme|intervention|initiative|service)\b")


def with_defined_program(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """Mentions, with the programme the text first defines by a short form (:data:`DEFINED_PROGRAM`) a therapy
    wherever the text names it so.

    >>> from kg.text.layout import content_lines
    >>> from kg.text.sentences import split_sentences
    >>> text = "Abstract\\n\\nZeta Teams for Aging (Zeta TEAM) is a primary care program. Zeta TEAM was tested."
    >>> ss = split_sentences(text, content_lines(text))
    >>> [(m.text, m.label) for ms in with_defined_program(ss, [[] for _ in ss]) for m in ms]
    [('Zeta TEAM', 'Zeta TEAM')]
    """
    for s, ms in zip(sentences, mentions):
        hit = DEFINED_PROGRAM.search(s.text) if "(" in s.text else None
        if hit is not None and hit.group("x").split()[0].lower() not in GENERIC:
            name = hit.group("x")
            # (not in the bracket that defines it: the words before are its long form, no other name of it)
            return named_everywhere(sentences, mentions, rf"(?<![\w(-]){re.escape(name)}(?![\w-])", name, "aim")
    return mentions


def aimed_name(s: Sentence, ms: list[Mention], hit: re.Match) -> tuple[str, str] | None:
    """(as written, label) of the treatment an aim names; None for a generic word or a known disease, measure or
    therapy there. A short form the text defines is labelled by its long form."""
    name = hit.group("x")
    a, b = s.start + hit.start("x"), s.start + hit.end("x")
    first = name.lower().split()[0]
    if first in NOT_TREATMENT or first in GENERIC or any(m.start < b and a < m.end and m.kind in NAMED_KINDS
                                                         and not (m.kind in DISEASE_KINDS and m.end < b) for m in ms):
        return None                     # (a disease the name opens on is what it is for: "zeta fever education")
    short = next((m for m in ms if (m.start, m.end) == (a, b) and m.kind == "term" and m.source == "abbreviation"), None)
    return name, short.label if short else name if name[:2].isupper() else name[:1].lower() + name[1:]
