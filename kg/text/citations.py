"""Publication frames: which journal or meeting a sentence names, with the title, date and DOI that go with each.

A sentence can name a meeting and a journal ("presented at the X Congress on
3 May 2031 and published the same day in Y as "..."): it is cut between the
two, before the verb that introduces the second, and each part's date, title
and DOI go to the venue of that part. "The same day" or "simultaneously"
takes the date of the part before.

>>> for f in publication_frames('Data were presented at the Acme Congress on 3 May 2031 and published the same day in '
...                             'The Lancet as "A Trial of XY-123 in Things" (doi:10.1000/xy.2031.1).'):
...     print(f.kind, f.venue, f.date, f.title, f.doi)
conference Acme Congress 2031-05-03 None None
journal The Lancet 2031-05-03 A Trial of XY-123 in Things 10.1000/xy.2031.1
>>> [(f.kind, f.venue, f.date) for f in publication_frames("It was published in 2031 in the Journal of Acme Studies.")]
[('journal', 'Journal of Acme Studies', '2031')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.model import record
from kg.text import prefilter as rx
from kg.text.prefilter import AnyOf  # noqa: F401 - the publication extractor imports it from here too
from kg.text.cues import PRESENTATION_CUE, PUBLICATION_CUE, QUOTED
from kg.text.dates import MONTHS, find_dates, is_calendar_date
from kg.text.venues import Venue, find_conferences, find_journals

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).


@record
class Frame:
    """One publication or presentation named in a text; ``start``/``end`` span its part of the text."""

    kind: str                     # "journal", "conference" or "article" (a titled paper without a venue)
    venue: str | None
    start: int
    end: int
    date: str | None = None
    title: str | None = None
    doi: str | None = None
    pmid: str | None = None


# (a DOI may hold balanced parentheses: "10.1016/S0140-6736(17)01234-5")
DOI = rx.compile(r"\b(?:doi:\s{0,3}|https?://(?:dx\.)?doi\.org/)?(?P<doi>10\.\d{4,9}/(?:[^\s;,()]|\([^\s;,()]{1,20}\)){0,300}"
                 r"(?:[^\s;,().]|\([^\s;,()]{1,20}\)))", re.I)
# a citation as some publishers write it: "Acme Neurology volume 7, Article number: 512 (2031)"
ARTICLE_NUMBER = rx.compile(r"(?=[v])\bvolume\s\d{1,4},\s(?:[Aa]rticle\s(?:number|no\.)|[Aa]rticle)\s?:?\s?[\w-]{1,12}\s\("
                            r"(?P<year>(?:19|20)\d{2})\)")
PMID = rx.compile(r"\b(?:PMID|PubMed\sID):?\s{0,3}(?P<pmid>\d{6,9})\b")
# a citation's year ("N Engl J Med 2031;12:34", "Acme Res. 2031 March 14; 41(2)"): a year, a semicolon, a volume
CITATION_YEAR = rx.compile(r"(?=[12])(?<![\d.])(?P<year>(?:19|20)\d{2})(?:\s(?P<month>[A-Z][a-z]{2,8})(?:\s(?P<day>\d{1,2}))?)?\s?;\s?\d")
# the verb that starts the part of a sentence about the next venue
VENUE_VERB = rx.compile(r"(?=[adprsu])\b(?:published|appeared|presented|unveiled|reported|shown|described|simultaneous(?:ly)?)\b",
                        re.I)
SAME_DAY = rx.compile(r"(?=[acst])\b(?:the same day|simultaneous(?:ly)?|at the same time|concurrently|that day)\b", re.I)
# the title a reference gives between its authors and its journal: "Doe J, Roe K, et al. | Zeta versus placebo in
# things: a randomised trial (ZETA). | Acme J Med 2031;12:34"
CITED_TITLE = re.compile(r"\bet\s+al\.\s+(?P<title>[A-Z][^.?!]{14,300}[?]?)\.?\s+$")
# a quoted title is a title when the words around it say so, or when a journal name or citation follows it
TITLE_CUE = rx.compile(r"(?=[aeprt])\b(?:as|titled|entitled|title|paper|article|report)\s{0,3}[:,]?\s{0,3}$", re.I)


RESULTS_WORDS = ["study", "paper", "report", "analysis", "findings", "results", "data"]
# a sentence that may name a journal: a publication word (cues), a journal's words, a DOI, a citation's year, or
# "results in" a capitalised name (a known or journal-shaped name only: "results in Japan" names none). Each part
# keeps the flags of the one alternation it was (re.I: "[A-Z]" takes any letter)
JOURNAL_GATE = AnyOf(
    rx.compile(rf"{PUBLICATION_CUE.pattern}|\b(?:appeared|journal|online|issue|doi)\b|\bet\ al\b", re.I | re.X),
    rx.compile(CITATION_YEAR.pattern, re.I | re.X),
    ARTICLE_NUMBER,
    rx.compile(rf"{rx.starts_with(RESULTS_WORDS)}\b(?:{'|'.join(RESULTS_WORDS)})\s{{1,3}}in\s{{1,3}}(?:the\s{{1,3}})?[A-Z]",
               re.I | re.X))


@lru_cache(maxsize=256)
def publication_frames(text: str) -> tuple[Frame, ...]:
    """The publications and presentations a text names (a sentence, or a citation line)."""
    outside = QUOTED.sub(lambda m: " " * len(m.group()), text)
    venues = []
    if PRESENTATION_CUE.search(outside):
        venues += [("conference", v) for v in short_forms_dropped(outside, find_conferences(outside))]
    if JOURNAL_GATE.search(text):
        venues += [("journal", v) for v in short_forms_dropped(outside, find_journals(outside))]
    venues = unique(sorted(venues, key=lambda kv: kv[1].start))
    titles = [(m.start() + 1, m.group()[1:-1].strip().rstrip(".,;").strip()) for m in QUOTED.finditer(text)]
    titles = [(at, t) for at, t in titles if len(t) >= 15 and is_title(text, outside, at)]
    titles += [(m.start("title"), m.group("title")) for kind, v in venues if kind == "journal"
               for m in (CITED_TITLE.search(text, max(0, v.start - 320), v.start),) if m]
    dois = [(m.start(), m.group("doi")) for m in DOI.finditer(text)]
    pmids = [(m.start(), m.group("pmid")) for m in PMID.finditer(text)]
    if not venues:
        if titles and PUBLICATION_CUE.search(outside) or dois or pmids:
            return (Frame("article", None, 0, len(text), first_date(outside, 0, len(text)),
                          titles[0][1] if titles else None, dois[0][1] if dois else None,
                          pmids[0][1] if pmids else None),)
        return ()
    cuts = [0] + [cut_before(outside, venues[k - 1][1], venues[k][1]) for k in range(1, len(venues))] + [len(text)]
    frames, before = [], None
    for k, (kind, venue) in enumerate(venues):
        start, end = cuts[k], cuts[k + 1]
        date = part_date(outside, start, end, venue, kind)
        if date is None and before is not None and SAME_DAY.search(outside, start, end):
            date = before
        in_part = lambda found: next((v for at, v in found if start <= at < end), None)  # noqa: E731
        frame = Frame(kind, venue.name, start, end, date,
                      in_part(titles) if kind == "journal" else None,
                      in_part(dois) if kind == "journal" else None,
                      in_part(pmids) if kind == "journal" else None)
        frames.append(frame)
        before = date
    return tuple(frames)


# a page's header line that gives the journal in capitals and the year: "ZETA JOURNAL OF MEDICINE, 2031"
CAPITALS_HEADER = re.compile(r"\s{0,3}(?P<j>[A-Z][A-Z&' -]{4,80}?),?\s(?P<y>(?:19|20)\d{2})\.?\s{0,3}")
SMALL_WORDS = frozenset("of and the in for on at".split())


def capitals_header_frame(text: str) -> Frame | None:
    """The journal and year a header line written in capitals gives, or None.

    >>> capitals_header_frame("NEW ENGLAND JOURNAL OF MEDICINE, 2031")
    Frame(kind='journal', venue='New England Journal of Medicine', start=0, end=37, date='2031', title=None, doi=None, pmid=None)
    >>> capitals_header_frame("ZETA TRIAL RESULTS, 2031") is None
    True
    """
    m = CAPITALS_HEADER.fullmatch(text)
    if m is None:
        return None
    words = m.group("j").lower().split()
    titled = " ".join(w if k and w in SMALL_WORDS else w.capitalize() for k, w in enumerate(words))
    found = [v for v in find_journals(titled) if v.start == 0 and v.end == len(titled)]
    return Frame("journal", found[0].name, 0, len(text), m.group("y")) if found else None


def journal_line_frame(text: str) -> Frame | None:
    """The journal a page's first line names alone, as journals' and digests' pages head their articles, and the date
    written after it on that line; None where the line says more ("The Lancet reported ...").

    >>> journal_line_frame("The Lancet March 3, 2031")
    Frame(kind='journal', venue='The Lancet', start=0, end=24, date='2031-03-03', title=None, doi=None, pmid=None)
    >>> journal_line_frame("N Engl J Med").venue, journal_line_frame("The Lancet reported on Monday") is None
    ('N Engl J Med', True)
    """
    found = find_journals(text)
    if not found or found[0].start != 0:
        return None
    rest = text[found[0].end:].strip(" ,.;:|")
    dates = find_dates(rest) if rest else []
    if rest and not (len(dates) == 1 and dates[0].start == 0 and not rest[dates[0].end:].strip(" .")):
        return None
    return Frame("journal", found[0].name, 0, len(text), dates[0].iso if dates else None)


def short_forms_dropped(text: str, found: list[Venue]) -> list[Venue]:
    """A meeting's or a journal's short name in parentheses right after its full name ("... Disorders (ABC Congress)",
    "the Zeta Journal of Medicine (ZJM)") is the same."""
    out = []
    for v in found:
        if out and re.fullmatch(r"\s{0,3}\(", text[out[-1].end:v.start]):
            continue
        out.append(v)
    return out


def unique(venues: list[tuple[str, Venue]]) -> list[tuple[str, Venue]]:
    """Each venue once (the first time it is named)."""
    seen, out = set(), []
    for kind, v in venues:
        key = (kind, re.sub(r"^the\s+", "", v.name.lower()))
        if key not in seen:
            seen.add(key)
            out.append((kind, v))
    return out


def is_title(text: str, outside: str, at: int) -> bool:
    """Is the quotation that starts at ``at`` a title (the words before say so, or a journal name follows it)?"""
    if TITLE_CUE.search(text, max(0, at - 40), at - 1):
        return True
    close = text.find(text[at - 1] if text[at - 1] == '"' else "”", at)
    return close > 0 and bool(find_journals(text[close + 1:close + 60].lstrip(" .,")[:60]))


def cut_before(text: str, first: Venue, second: Venue) -> int:
    """Where the part about ``second`` begins: at the last venue verb between the two names, else right after the first."""
    cut = first.end
    for m in VENUE_VERB.finditer(text, first.end, second.start):
        cut = m.start()
    if cut == first.end:
        joiner = re.search(r"(?:,|;|\band\b)[^,;]*$", text[first.end:second.start])
        cut = first.end + joiner.start() if joiner else first.end
    return cut


def part_date(text: str, start: int, end: int, venue: Venue, kind: str) -> str | None:
    """A part's date.

    A journal's: the date "published (online) (on)" introduces, else the citation's year, else the date nearest
    its name. A meeting's: the date right after its name ("... Congress on 3 May 2031"), else the year in its name,
    else the date nearest its name. Dates far from the name (a dateline) are not the venue's.

    >>> part_date("On 2 May 2031 the Acme Congress met.", 0, 35, Venue("Acme Congress", 18, 31), "conference")
    '2031-05-02'
    >>> part_date("Acme, 2 May 2031. It appeared in Acme Med 2030;1:2.", 0, 51, Venue("Acme Med", 33, 41), "journal")
    '2030'
    """
    found = [d for d in find_dates(text[start:end]) if not venue.start <= start + d.start < venue.end]
    for d in found:
        if kind == "journal" and PUBLISHED_ON.search(text, max(start, start + d.start - 30), start + d.start):
            return d.iso
        if kind == "conference" and 0 <= start + d.start - venue.end <= 20:
            return d.iso
    citation = CITATION_YEAR.search(text, start, end)
    if citation and kind == "journal":
        return citation_date(citation)
    numbered = ARTICLE_NUMBER.search(text, start, end) if kind == "journal" else None
    if numbered:
        return numbered.group("year")
    year = re.search(r"\b(?:19|20)\d{2}\b", venue.name)
    if year:
        return year.group()
    near = [d for d in found if distance(d, start, venue) <= NEAR]
    return min(near, key=lambda d: distance(d, start, venue)).iso if near else None


def citation_date(m) -> str:
    """A citation's date at the precision it gives: "2031;", "2031 May;", "2031 May 3;".

    >>> citation_date(CITATION_YEAR.search("Acme Res. 2031 May 3;1(2):3")), citation_date(CITATION_YEAR.search("2031;1:2"))
    ('2031-05-03', '2031')
    >>> citation_date(CITATION_YEAR.search("Acme Res. 2031 March 14; 41(2): 203-211."))
    '2031-03-14'

    """
    month = MONTHS.get((m.group("month") or "").lower())
    if not month:
        return m.group("year")
    day = int(m.group("day")) if m.group("day") else None
    if day and is_calendar_date(int(m.group("year")), month, day):
        return f"{m.group('year')}-{month:02d}-{day:02d}"
    return f"{m.group('year')}-{month:02d}"


NEAR = 100                    # characters: a date further from a venue's name is not its date
PUBLISHED_ON = rx.compile(r"\b(?:published|online|appeared)(?:\s{1,3}online)?(?:\s{1,3}on)?\s{0,3},?\s{0,3}$", re.I)


def distance(d, start: int, venue: Venue) -> int:
    """Characters between a date (found from ``start``) and a venue's name."""
    at, to = start + d.start, start + d.end
    return venue.start - to if to <= venue.start else at - venue.end


def first_date(text: str, start: int, end: int) -> str | None:
    """The most precise date in ``text[start:end]``: a citation's ("2031 May 3;1(2):3") where it gives one.

    >>> first_date(". 2031 May 3;1(2):3-9. doi: 10.1/zz", 0, 35), first_date("Posted 2031.", 0, 12)
    ('2031-05-03', '2031')
    """
    found = [d.iso for d in find_dates(text[start:end])]
    citation = CITATION_YEAR.search(text, start, end)
    found += [citation_date(citation)] if citation else []
    return max(found, key=len) if found else None
