"""Where results are shown: conferences and journals named in a sentence.

A conference is a capitalised name that ends in a meeting word, with the
year or a parenthesised short form it may carry ("the 2031 Acme Society of
Hepatology (ASH) Annual Meeting", "the Acme Oncology Congress 2031", "the
International Congress of Rare Things"). A session named inside a meeting
("the Presidential Symposium of the X Congress") gives the meeting. Business
meetings (advisory committees, shareholders, regulators) are not conferences.

>>> [v.name for v in find_conferences("Data were presented at the 2031 Acme Society of Hepatology (ASH) Annual Meeting.")]
['2031 Acme Society of Hepatology (ASH) Annual Meeting']
>>> [v.name for v in find_conferences("Shown in the Late-Breaking Symposium of the Acme Virtual Congress 2031.")]
['Acme Virtual Congress 2031']
>>> [v.name for v in find_conferences("at the Acme Academy of Neurology annual meeting and at the Advisory Committee meeting")]
['Acme Academy of Neurology annual meeting']

A journal is a major title known by name, or a name of the shapes journals
take ("Journal of X", "X Journal of Y", "Annals of X"), or the capitalised
name after "published in".

>>> [v.name for v in find_journals("It was published in The Lancet Gastroenterology and in the Journal of Acme Studies.")]
['The Lancet Gastroenterology', 'Journal of Acme Studies']
>>> [v.name for v in find_journals("The paper appeared in Acme Reviews in Hepatology in March 2031.")]
['Acme Reviews in Hepatology']
>>> [v.name for v in find_journals('Doe J, et al. "A Trial." Acme J Med 2031;12:34. Roe K. Acme Res. 2031 May;1(2):3.')]
['Acme J Med', 'Acme Res']
>>> [v.name for v in find_journals('Journal: Acme J Things; 2031 Jul; 172(4):820-6.')]
['Acme J Things']
"""

from __future__ import annotations

import re

from kg.model import record
from kg.text import prefilter as rx
from kg.text.cues import (CONFERENCE_HEAD, CONFERENCE_INNER, JOURNAL_AFTER, JOURNAL_KNOWN, JOURNAL_SHAPE,
                          MEETING_WORDS, MONTH_WORD, NOT_CONFERENCE, NOT_JOURNAL, SOCIETY_WORD, WEEKDAY)

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).


@record
class Venue:
    """A conference or journal name and its span in the text."""

    name: str
    start: int
    end: int


# a word of a name: capitalised (possessives, hyphens, dots, digits), a short form in parentheses, a year or an
# ordinal ("82nd"); names are joined by a few small words
_TOKEN = r"(?:[A-Z][\w'’.&-]{0,40}|\([A-Z][A-Za-z]{1,10}\)|(?:19|20)\d{2}|\d{1,3}(?:st|nd|rd|th))"
_NAME = rf"{_TOKEN}(?:\ (?:(?:of|and|for|on|&)\ (?:the\ )?)?{_TOKEN}){{0,9}}"
# the meeting: a name, meeting words ("Annual Meeting", "Scientific Sessions", "Virtual Congress", and the trade show
# held with it: "Annual Meeting and Exposition"), then a year
# or one more word and a year ("Week Reimagined 2031"), or "of <name>" ("Congress of Rare Things")
CONFERENCE = rx.compile(rf"""(?<![\w'’-])(?P<name>(?:{_NAME}\ )?{CONFERENCE_HEAD}(?:\ (?:and|&)\ Expo(?:sition)?|\ (?:and|&)\ Exhibition)?
    (?:\ (?:[A-Z][a-z]{{2,20}}\ )?(?:19|20)\d{{2}}\b|\ (?:of|on)\ (?!the\b|{MONTH_WORD}\b|{WEEKDAY}\b){_NAME}
    |\ of\ the\ (?=(?:[A-Z][\w'’-]{{0,30}}\ ){{1,4}}?{SOCIETY_WORD}\b){_NAME})?)""", re.X)
# a meeting named by its society's short form and year: "at ASCO 2031", "during the ABC 2031 meeting" is above
ACRONYM_MEETING = rx.compile(r"\b(?:at|during)\s(?:the\s)?(?P<name>[A-Z]{2,8}\s(?:19|20)\d{2})\b(?!\s(?:[A-Z]|annual|meeting|congress))")
SESSION_OF = rx.compile(rf"{CONFERENCE_HEAD}\ (?:of|at|during)\ the\ ", re.X)
JOURNAL = rx.compile(rf"(?<![\w-])(?:{JOURNAL_KNOWN}|{JOURNAL_SHAPE})(?![\w-])", re.X)
# a journal's (abbreviated) name in a citation, before its year and volume: "Acme J Med 2031;12:34",
# "Acme Res. 2031 May;12(3):45", "Acme Res. 2031 March 14; 41(2)", "Trends in Acme. 2031 Jan 7;12:345",
# "Journal: Acme Res; 2031 Jul; 12(3)", "BMC Acme
# 2031, 14:351", or as some
# publishers write it: "Acme Neurology volume 7, Article number: 512 (2031)", or by its year and DOI alone: "Acme Res,
# 2031. doi:10.1234/..."
CITED_JOURNAL = rx.compile(r"""(?<![\w.’'-])(?P<name>[A-Z][A-Za-z]{0,20}(?:\ (?:[A-Z][A-Za-z]{0,20}|of|and|&|in(?=\ [A-Z]))){0,6}?)(?:[.;]?
    \ (?:19|20)\d{2}(?:\ [A-Z][a-z]{2,8}(?:\ \d{1,2})?)?\s?;\s?\d{1,4}\s?[:(]
    |\ (?:19|20)\d{2},\ \d{1,4}:\d
    |\ volume\ \d{1,4},\ [Aa]rticle\ (?:number|no\.)?:?\ ?[\w-]{1,12}\ \((?:19|20)\d{2}\)
    |,\ (?:19|20)\d{2}\.\ (?:doi|DOI):\ ?10\.)""", re.X)
# a name after "published in": capitalised words joined by small words ("in" only before a capitalised word
# that is not a month)
PUBLISHED_IN = rx.compile(rf"""(?=[Tapt]){JOURNAL_AFTER}
    (?P<name>[A-Z][\w’'&.-]{{0,40}}(?:\ (?:(?:of|and|&|for|the)\ |(?:in|on)\ (?!{MONTH_WORD}\b|{WEEKDAY}\b)(?=[A-Z])){{0,2}}
    [A-Z][\w’'&.-]{{0,40}}){{0,8}})""", re.X)


LEADING_DAY = re.compile(rf"(?=[ADFJMNOSTW])(?:The|{WEEKDAY}|{MONTH_WORD})\b\s*")


def find_conferences(text: str) -> list[Venue]:
    """The conferences named in ``text``, in text order (a session's meeting, not the session).

    >>> [v.name for v in find_conferences("Results came out at the Acme Society's Liver Week Reimagined 2031.")]
    ["Acme Society's Liver Week Reimagined 2031"]
    """
    found = []
    for m in CONFERENCE.finditer(text):
        name, start = trim_name(*meeting_of(m.group("name"), m.start("name")))
        if not name or NOT_CONFERENCE.search(name) or not has_name_word(name):
            continue
        found.append(Venue(name, start, start + len(name)))
    for m in ACRONYM_MEETING.finditer(text):
        if not NOT_CONFERENCE.search(m.group("name")) and not any(v.start <= m.start("name") < v.end for v in found):
            found.append(Venue(m.group("name"), m.start("name"), m.end("name")))
    return drop_appositions(text, drop_sessions(text, sorted(found, key=lambda v: v.start)))


# what stands between a meeting and another name for it set beside it: "Acme Liver Congress 2031 (ALC 2031)|, the |
# 50th annual meeting of the ..."
APPOSED_BETWEEN = re.compile(r"\s?(?:\([^()]{1,20}\))?,\s(?:the\s)?")


def drop_appositions(text: str, found: list[Venue]) -> list[Venue]:
    """The meetings named, without another name set beside one after a comma (the same meeting).

    >>> [v.name for v in find_conferences("at the Acme Congress 2031 (AC 2031), the 9th annual meeting of the Acme Society")]
    ['Acme Congress 2031']
    """
    out: list[Venue] = []
    for v in found:
        if out and APPOSED_BETWEEN.fullmatch(text, out[-1].end, v.start):
            continue
        out.append(v)
    return out


def drop_sessions(text: str, found: list[Venue]) -> list[Venue]:
    """A venue followed by "of the" / "at the" / "during the" another venue is a session of it: keep the meeting."""
    out = []
    for k, v in enumerate(found):
        after = found[k + 1] if k + 1 < len(found) else None
        if after is not None and CONFERENCE_INNER.fullmatch(text, v.end, after.start):
            continue
        out.append(v)
    return out


def meeting_of(name: str, start: int) -> tuple[str, int]:
    """The meeting a session belongs to ("Plenary Session of the Acme Congress" -> "Acme Congress"); a meeting of a
    body is the meeting, named whole, its full stop left out ("annual meeting of the Acme Society").

    >>> meeting_of("Plenary Session of the Acme Congress", 0), meeting_of("annual meeting of the Acme Society.", 0)
    (('Acme Congress', 23), ('annual meeting of the Acme Society', 0))
    """
    cut = 0
    for m in SESSION_OF.finditer(name):
        if MEETING_HEAD.search(name, m.end()):
            cut = m.end()
    name = name[:-1] if name.endswith(".") and name[-2:-1].islower() else name
    if cut == 0 and (body := BODY_SHORT_FORM.search(name)):
        name = name[:body.start("short")]   # ("... meeting of the Acme Society (AS)": the meeting, not the body's letters)
    return name[cut:], start + cut


BODY_SHORT_FORM = re.compile(r"\sof\sthe\s.{3,120}?(?P<short>\s\([A-Z][A-Za-z]{1,10}\))$")


MEETING_HEAD = rx.compile(rf"\b{CONFERENCE_HEAD}\b", re.X)


def trim_name(name: str, start: int) -> tuple[str, int]:
    """The name without a leading "The", weekday or month ("Sunday", "June 2031 ...")."""
    while True:
        m = LEADING_DAY.match(name)
        if not m or m.end() == len(name):
            return name, start
        name, start = name[m.end():], start + m.end()


def has_name_word(name: str) -> bool:
    """Does a conference name hold a name of its own ("Acme Congress", "Congress of Things"), not only meeting words?

    >>> has_name_word("Annual Meeting"), has_name_word("Acme Annual Meeting"), has_name_word("Congress of Things")
    (False, True, True)
    """
    words = [w for w in re.findall(r"[A-Z][\w'’-]*|\bof\b", name) if w not in MEETING_WORDS]
    return bool(words)


def find_journals(text: str) -> list[Venue]:
    """Journals named in ``text``: known titles and journal-shaped names anywhere, other names after "published in"."""
    found = [Venue(m.group("name"), m.start("name"), m.end("name")) for m in CITED_JOURNAL.finditer(text)
             if not NOT_JOURNAL.match(m.group("name"))]
    for m in JOURNAL.finditer(text):
        if not any(v.start <= m.start() < v.end or m.start() <= v.start < m.end() for v in found):
            found.append(Venue(m.group().strip(), m.start(), m.end()))
    for m in PUBLISHED_IN.finditer(text):
        name = re.sub(r"(?: (?:of|and|&|for|on|the|in))+$", "", m.group("name").removesuffix("."))   # (the sentence's stop)
        start = m.start("name")
        if any(v.start <= start < v.end for v in found) or NOT_JOURNAL.match(name) or len(name) < 4:
            continue
        found.append(Venue(name, start, start + len(name)))
    return sorted(found, key=lambda v: v.start)
