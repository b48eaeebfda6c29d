"""The title of a journal article whose text a document holds: its first line, where the document is an article.

A paper's page or its abstract in a database opens with the paper's title, then its authors, identifiers and the
abstract, whose parts are headed ("Background", "Methods", "Results", "Conclusions") or which is headed "Abstract".
A news story or a release opens with a headline too, but is headed so rarely. :func:`article_title` reads the title
by that layout alone; the publications extractor records it where no citation gave one.
"""

from __future__ import annotations

import re

from kg.text import cues
from kg.text import prefilter as rx

# a heading of a structured abstract's part, alone on its line or before its text
PART_HEADING = rx.compile(r"""(?=[abcdfimoprs])(?:background|objectives?|aims?|purpose|methods?|design|setting|participants|
    interventions?|results?|findings|conclusions?|interpretation|importance|context|main\soutcome\smeasures?)
    (?:\s{0,3}:|\s{0,3}$|\s(?=[A-Z]))""", re.I | re.X)
# a line that labels what follows, not a title: "Abstract", "Key Points", "Research", "Original Investigation"
LABEL_LINE = re.compile(r"(?:abstract|summary|key\s?points|research|article(?:\stext)?|original\s(?:article|investigation|"
                        r"research)|research\sarticle|randomi[sz]ed\scontrolled\strials?|clinical\strial)\s{0,3}:?\s{0,3}$"
                        r"|keywords?\s{0,3}:", re.I)
# a citation, an identifier or a journal's dated line: no title
CITATION_LINE = re.compile(r"\bdoi\b|\bPMID\b|\bPMCID\b|\b(?:19|20)\d\d\s{0,2};\s{0,2}\d|^\s{0,3}\.\s{0,3}(?:19|20)\d\d"
                           rf"|{cues.MONTH_WORD}\s\d{{1,2}},\s(?:19|20)\d\d\s{{0,3}}$", re.I)
# an author list: initials after surnames, affiliation marks, a year in brackets, or full names listed with "and"
# before the last ("Ann B. Doe, Carl Roe, and Eve Poe")
_PERSON = r"[A-Z][a-z]{1,20}(?:\s[A-Z]\.){0,2}\s[A-Z][a-z'’-]{1,25}"
AUTHORS = re.compile(r"\((?:19|20)\d\d\)|,\s[A-Z]\.(?:\s|,|$)|\d\s?,\s?\*|\s(?:MD|PhD|MSc|BS)\b"
                     rf"|^{_PERSON}(?:,\s{_PERSON}){{0,8}},?\sand\s{_PERSON}$")
ABSTRACT_LINE = re.compile(r"\s{0,3}abstract\s{0,3}:?\s{0,3}", re.I)
# the journal a page's title line names after the paper's title: "Zetamab in Beta Disease | : The Acme Journal"
JOURNAL_AFTER_TITLE = re.compile(rf"""\s[:|]\s(?P<j>{cues.JOURNAL_KNOWN} | {cues.JOURNAL_SHAPE}
    | (?:The\ )?(?:[A-Z][a-z]{{2,20}}\ ){{1,5}}Journal)\s{{0,3}}$""", re.X)
FIRST_LINES = 3          # the lines a title may stand on, under a journal's dated line or a citation
TOP_LINES = 25           # the lines an "Abstract" heading stands among
PARTS = 3                # the distinct part headings that make a structured abstract


def article_title(lines: list[str]) -> int | None:
    """The index of the line among the document's non-empty ``lines`` that is its article's title, or None where the
    document is no article (no "Abstract" heading nor three distinct part headings) or its first lines hold no title
    (a title: 4 to 50 words, no closing full stop, no author list).

    >>> article_title(["Zetamab in Adults with Beta Disease", "Abstract", "Background Beta disease is rare."])
    0
    >>> article_title(["Zeta J Med 2031;12:34. doi:10.1000/x", "Zetamab in Adults with Beta Disease: a Trial",
    ...                "Methods: We ...", "Results: We ...", "Conclusions: It ..."])
    1
    >>> article_title(["Acme Announces Zetamab Results", "Acme said today that its trial met its goal."]) is None
    True
    >>> article_title(["Abstract", "Background: Beta disease is rare.", "Methods: ...", "Results: ..."]) is None
    True
    >>> article_title(["Ann B. Doe, Carl Roe, and Eve Poe", "Background: Beta ...", "Methods: ...", "Results: ..."]) is None
    True
    """
    parts = {hit.group().split()[0].rstrip(":").lower() for line in lines if (hit := PART_HEADING.match(line))}
    if len(parts) < PARTS and not any(ABSTRACT_LINE.fullmatch(line) for line in lines[:TOP_LINES]):
        return None
    for k, line in enumerate(lines[:FIRST_LINES]):
        if LABEL_LINE.match(line) or CITATION_LINE.search(line) or PART_HEADING.match(line):
            continue
        words = line.split()
        if 4 <= len(words) <= 50 and not line.rstrip().endswith(".") and not AUTHORS.search(line):
            return k
        return None
    return None


# a meeting abstract's number before its title: "LBA7 - ", "305-OR: ", "Abstract 1234: ", "P-12: "
ABSTRACT_NUMBER = re.compile(r"\s{0,3}(?:(?:LBA|Abstract|Poster|OP|OR|PO|P)[\s-]?\d{1,5}[A-Za-z]?|\d{1,5}-(?:OR|LB|LBA|P|PO))"
                             r"\s?[-–:]\s{1,3}")


def page_title(line: str) -> tuple[str, str | None]:
    """A title line split into the paper's title and the journal a page names after it (None where it names none).

    >>> page_title("Zetamab in Beta Disease : The Acme Zetology Journal")
    ('Zetamab in Beta Disease', 'The Acme Zetology Journal')
    >>> page_title("Zetamab in Beta Disease: A Randomized Trial")
    ('Zetamab in Beta Disease: A Randomized Trial', None)
    >>> page_title("LBA7 - Zetamab in Beta Disease"), page_title("305-OR: Zetamab in Beta Disease")[0]
    (('Zetamab in Beta Disease', None), 'Zetamab in Beta Disease')
    """
    line = line[number.end():] if (number := ABSTRACT_NUMBER.match(line)) else line
    hit = JOURNAL_AFTER_TITLE.search(line)
    return (line[:hit.start()], hit.group("j")) if hit else (line, None)
