"""Split content lines into sentences with offsets.

>>> text = "The U.S. trial enrolled 5 people, e.g. adults. It was safe (p=0.03). Next one."
>>> [text[s.start:s.end] for s in split_sentences(text, [(0, len(text))])]
['The U.S. trial enrolled 5 people, e.g. adults.', 'It was safe (p=0.03).', 'Next one.']
>>> text = "It fell by 4.2 nmol/L. By contrast, it rose. Dr. J. Smith said so."
>>> [text[s.start:s.end] for s in split_sentences(text, [(0, len(text))])]
['It fell by 4.2 nmol/L.', 'By contrast, it rose.', 'Dr. J. Smith said so.']
>>> text = "The median was 10.2 v. 7.6 months. Next one."
>>> [text[s.start:s.end] for s in split_sentences(text, [(0, len(text))])]
['The median was 10.2 v. 7.6 months.', 'Next one.']
>>> text = "It held in the subgroups.1,2 The rate was 4.5 months."
>>> [text[s.start:s.end] for s in split_sentences(text, [(0, len(text))])]
['It held in the subgroups.1,2', 'The rate was 4.5 months.']
>>> text = "It treats zeta disease (ZD).Zetavo is a pill.It was approved."
>>> [text[s.start:s.end] for s in split_sentences(text, [(0, len(text))])]
['It treats zeta disease (ZD).', 'Zetavo is a pill.', 'It was approved.']
>>> text = "MethodsThis was a trial of vitamin A. ResultsZETA-1 met its goal."
>>> [text[s.start:s.end] for s in split_sentences(text, [(0, len(text))])]
['This was a trial of vitamin A.', 'ZETA-1 met its goal.']
>>> text = " date 2019-03-18 Acme (NASDAQ:ACME) rose. 2019-03-18 (ZetaWire) - Acme said so."
>>> [text[s.start:s.end] for s in split_sentences(text, [(0, len(text))])]
['Acme (NASDAQ:ACME) rose.', 'Acme said so.']
>>> text = "Shares fell at 9:30 a.m. EST after the news. At 4 p.m. Trading ended."
>>> [text[s.start:s.end] for s in split_sentences(text, [(0, len(text))])]
['Shares fell at 9:30 a.m. EST after the news.', 'At 4 p.m.', 'Trading ended.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# (an initial, but not a unit's last letter: "... fell by 4.2 nmol/L. By contrast, ...")
NO_BREAK = re.compile(
    r"(?:\b(?:(?<!/)[A-Z]|v|Dr|Mr|Mrs|Ms|Prof|Inc|Ltd|Co|Corp|No|vs|Vs|etc|al|Fig|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|St|Jr|Sr|e\.g|i\.e|U\.S|U\.K|Ph\.D)\.)$")
LONGEST_NO_BREAK = 8                # "approx." and a character before it, for the word boundary
# a capital letter that labels a thing, no initial: "... to arm A or arm B. Patients ...", "against hepatitis B. The"
LETTER_LABEL = re.compile(r"\b(?i:arms?|groups?|cohorts?|part|type|vitamin|hepatitis|stage|class|factor|panel|table|"
                          r"figure|step|strain|subtype|serotype|genotype|influenza)\s[A-Z]\.$")
LONGEST_LETTER_LABEL = 14           # "hepatitis B." and the character before it
# a clock time and its time zone ("at 11:30 a.m. EDT after ..."): no sentence ends between them
CLOCK_ZONE = re.compile(r"(?<=[ap]\.m\.)\s+(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T)\b")
# (a reference's numbers may follow the point of a word: "... in the subgroups.1,2 The next ...")
CITED = r"(?:(?<=[a-z)\]][.!?])\d{1,3}(?:[,–-]\d{1,3}){0,4})?"
# (or a period with no blank after it, as pages run their paragraphs together, after a word or a bracket and before
# a capitalised word: "... zeta disease (ZD).Zetavo is ...")
RUN_TOGETHER = r"|(?<=[a-z]{2}\.)(?=[A-Z][a-z])|(?<=\)\.)(?=[A-Z][a-z])"
BREAK = re.compile(rf"[.!?](?:{CITED}[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9]){RUN_TOGETHER})")
# BREAK in a line without "!" or "?" (most lines): re finds a literal first character by a fast search, where it tests
# a class at every character (some ten times slower)
PERIOD_BREAK = re.compile(rf"\.(?:{CITED}[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9]){RUN_TOGETHER})")
MAX_SENTENCE = 1500     # characters; the longest sentence of the dev and train articles has 524. A longer run (a
                        # table, a text without sentence ends) is cut at spaces, so evidence stays sentence-sized


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    line: int            # index of the content line it came from (0 = headline)


def split_sentences(text: str, lines: list[tuple[int, int]]) -> list[Sentence]:
    """Sentences of the given content lines; a line is never joined to the next."""
    out = []
    for index, (start, end) in enumerate(lines):
        chunk = text[start:end]
        cut = 0
        for m in (BREAK if "!" in chunk or "?" in chunk else PERIOD_BREAK).finditer(chunk):
            stop = m.start() + 1 + len(m.group(0)[1:].rstrip())
            # the abbreviation that ends the head, looked for in its last characters only (a head can grow long)
            if (NO_BREAK.search(chunk, max(cut, m.start() + 1 - LONGEST_NO_BREAK), m.start() + 1)
                    and not LETTER_LABEL.search(chunk, max(cut, m.start() + 1 - LONGEST_LETTER_LABEL), m.start() + 1)
                    or CLOCK_ZONE.match(chunk, m.start() + 1)) and not GLUED_HEADING.match(chunk, m.end()):
                continue              # (an initial ends no sentence, unless a run-together heading follows it)
            out.append(_sentence(text, start + cut, start + stop, index))
            cut = m.end()
        if cut < len(chunk):
            out.append(_sentence(text, start + cut, end, index))
    out = without_spaced_headings(out)
    return [piece for s in out if s.text
            for piece in ((s,) if s.end - s.start <= MAX_SENTENCE else bounded(text, s))]   # (most need no cut)


def without_spaced_headings(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences, each without the heading it opens with (``SPACED_HEADING``) where two or more sentences open
    with different headings so.

    >>> ss = [Sentence(0, 25, "Objective To test a pill.", 0), Sentence(26, 48, "Results The rate fell.", 1)]
    >>> [s.text for s in without_spaced_headings(ss)]
    ['To test a pill.', 'The rate fell.']
    >>> [s.text for s in without_spaced_headings(ss[1:])]
    ['Results The rate fell.']
    """
    found = [SPACED_HEADING.match(s.text) if s.text[:1] in "ABDFIMOPRS" else None for s in sentences]
    if len({m.group(0).split()[0] for m in found if m}) < 2:
        return sentences
    return [Sentence(s.start + m.end(), s.end, s.text[m.end():], s.line) if m else s
            for s, m in zip(sentences, found)]


def bounded(text: str, sentence: Sentence, limit: int = MAX_SENTENCE) -> list[Sentence]:
    """The sentence, or pieces of at most ``limit`` characters cut at the last space before the limit.

    >>> [s.text for s in bounded("aa bb cc", Sentence(0, 8, "aa bb cc", 0), limit=5)]
    ['aa bb', 'cc']
    """
    if sentence.end - sentence.start <= limit:
        return [sentence]
    pieces, start = [], sentence.start
    while start < sentence.end:
        stop = min(start + limit, sentence.end)
        if stop < sentence.end:
            space = text.rfind(" ", start + limit // 2, stop + 1)
            stop = space if space > start else stop
        piece = _sentence(text, start, stop, sentence.line)
        if piece.text:
            pieces.append(piece)
        start = stop
    return pieces


# an abstract's heading run together with the sentence it opens, as pages copy structured abstracts: "MethodsThis
# was ...", "DesignZETA (NCT...) was ...", "Abstract:BackgroundXY-123 is ..." (left out of the sentence)
GLUED_HEADING = re.compile(r"(?:Abstract:?\s?)?(?:Background|Purpose|Objectives?|Aims?|Design|Setting|Participants|Methods|"
                           r"Interventions?|Main\sOutcomes?(?:\sMeasures?)?|Measurements|Results|Findings|Conclusions?|"
                           r"Interpretation|Importance|Exposures?|Funding|Trial\sRegistration)(?=[A-Z](?:[a-z]|[A-Z0-9]))")
# the same headings set off by a space only, as a copy of a structured abstract may run them into their sentences
# ("Results The mean ...", "Setting Twelve centres ..."): taken for headings only where a document opens sentences
# so with two or more of them (a company may be called "Design ..."); "Main outcome measures" stays, as the cue of
# the measures' role
SPACED_HEADING = re.compile(r"(?:Background|Purpose|Objectives?|Aims?|Design|Setting|Participants|Methods|"
                            r"Interventions?|Measurements|Results|"
                            r"Findings|Conclusions?|Interpretation|Importance)\s(?=[A-Z](?:[a-z]|[A-Z0-9]))")


# a dateline before a story's first words, as a page or a wire service stamps it: "date 2019-03-18 | Acme said ...",
# "2023-06-26 (ZetaWire) - | Acme said ..." (left out of the sentence: its first name is then the subject's)
DATELINE = re.compile(r"(?:[Dd]ate:?\s)?\d{4}-\d{2}-\d{2}(?:\s\([A-Z][\w .&-]{1,30}\))?\s(?:[-–—]{1,2}\s)?(?=[A-Z(])")


def _sentence(text: str, start: int, end: int, line: int) -> Sentence:
    piece = text[start:end]
    stripped = piece.lstrip(" -*•#>\t")
    glued = GLUED_HEADING.match(stripped) if stripped[:1] in "ABDFIMOPRST" else None
    glued = glued or (DATELINE.match(stripped) if stripped[:1] in "dD0123456789" else None)
    stripped = stripped[glued.end():] if glued else stripped
    start += len(piece) - len(stripped)
    piece = stripped.rstrip()
    return Sentence(start, start + len(piece), piece, line)
