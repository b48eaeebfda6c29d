"""Publications and conference reports: journal, title, date, DOI, PMID; meeting and date.

Each journal article and each presentation a sentence names is one
publication of the trial the sentence speaks of (:mod:`kg.text.citations`
cuts a sentence that names both). A citation written over several sentences
of one line ('"Title." N Engl J Med 2031;1:2. Published online ... doi:...')
is read as one, and so is an abstract's header ("Journal, published <date>")
with the headline as its title.

>>> from kg.documents import parse_document
>>> doc = parse_document('T\\n\\nThe trial (NCT01234567) results, "A Study of Things in People," were published in Cell Reports (2031;1:2; doi:10.1000/xyz1).', source="t.txt")
>>> sorted((f.predicate, f.object_text) for f in PublicationExtractor().extract(doc) if f.predicate != 'hasPublication')
[('doi', '10.1000/xyz1'), ('journal', 'Cell Reports'), ('publicationDate', '2031'), ('title', 'A Study of Things in People')]
"""

from __future__ import annotations

import re
from typing import Iterator

from kg.extractors.engine import Example, Hit, Rule, RuleExtractor, T, View
from kg.extractors.util import fact
from kg.model import Entity, Fact
from kg.text import prefilter as rx
from kg.text.article_titles import article_title, page_title
from kg.text.citations import CITATION_YEAR, JOURNAL_GATE, AnyOf, Frame, capitals_header_frame, journal_line_frame, \
    publication_frames
from kg.text.cues import PRESENTATION_CUE
from kg.text.dates import find_dates

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

FIELDS = ((T.journal, "venue"), (T.title, "title"), (T.doi, "doi"), (T.pmid, "pmid"), (T.publicationDate, "date"))


def node_of(frame: Frame, trial: Entity) -> Entity:
    """The publication's node: one per DOI, title or venue within its trial."""
    local = frame.doi or frame.title or frame.venue or ""
    return Entity(T.Publication, frame.title or frame.venue or local, scope=trial.key, local=local.lower())


def frame_hits(view: View, frame: Frame) -> Iterator[Hit]:
    node = node_of(frame, view.trial)
    yield Hit(view.trial, node, frame.start, frame.end, T.hasPublication)
    if frame.kind == "conference":
        # a meeting known by its year, in a report from the meeting dated that year: the report's day; or the day of
        # a release that says the data were presented "today"
        dated = report_date(view.ctx) or (view.ctx.doc.date if PRESENTED_TODAY.search(view.text) else None)
        dated = dated if dated and len(dated) == 10 else None
        year_only = not frame.date or len(frame.date) == 4 and bool(dated) and dated.startswith(frame.date)
        date = dated if dated and year_only else frame.date
        yield Hit(node, frame.venue, frame.start, frame.end, T.conference)
        yield Hit(node, date, frame.start, frame.end, T.publicationDate)
        return
    for predicate, name in FIELDS:
        value = getattr(frame, name)
        if value:
            yield Hit(node, value, frame.start, frame.end, predicate)


def read_articles(view: View) -> Iterator[Hit]:
    """Journal articles (and titled papers without a journal) the sentence names."""
    if in_citation_line(view):
        return
    for frame in publication_frames(view.text):
        if frame.kind != "conference" and (frame.venue or frame.title or frame.doi):
            yield from frame_hits(view, frame)


def read_presentations(view: View) -> Iterator[Hit]:
    """Presentations at a meeting the sentence names."""
    if in_citation_line(view):
        return
    for frame in publication_frames(view.text):
        if frame.kind == "conference":
            yield from frame_hits(view, frame)


# a release's words for data shown at a meeting on the day it is dated: "presented today at", "Presented today at"
PRESENTED_TODAY = rx.compile(r"(?=[p])\bpresented\s(?:(?:earlier\s)?today|this\s(?:morning|afternoon))\b", re.I)
# the header of a report from a meeting: "Conference coverage | City | 3 May 2031", "Congress report, 3 May 2031"
REPORT_HEADER = rx.compile(r"(?=[cms])\b(?:conference|congress|meeting|symposium)\s{1,3}(?:coverage|report|news|highlights)\b", re.I)


def report_date(ctx) -> str | None:
    """The full date in the header of a report from a meeting (its first lines), once a document."""
    return ctx.cached(("publications", "report date"), lambda: find_report_date(ctx.sentences[:6]))


def find_report_date(sentences) -> str | None:
    for s in sentences:
        if s.line <= 4 and REPORT_HEADER.search(s.text):
            days = [d.iso for d in find_dates(s.text) if len(d.iso) == 10]
            return days[0] if days else None
    return None


def in_citation_line(view: View) -> bool:
    """Is the sentence one of several on a line that holds a citation (read whole by ``more_facts``)?"""
    return citation_line(view.ctx, view.ctx.sentences[view.index].line) is not None


ARTICLE = Rule(
    "publication.article", T.hasPublication, read_articles, confidence=0.8, cue=JOURNAL_GATE, quotes=True,
    also=(T.journal, T.title, T.doi, T.pmid, T.publicationDate),
    examples=(
        Example('Results of the XY-123 trial were published on 4 May 2031 in The Lancet under the title '
                '"XY-123 versus Placebo in Adults with Things" (doi:10.1000/xy.2031.7).',
                (("journal", "The Lancet"), ("publicationDate", "2031-05-04"), ("doi", "10.1000/xy.2031.7"),
                 ("title", "XY-123 versus Placebo in Adults with Things"))),
        Example("A three-year update of the trial appeared in 2031 in the Journal of Acme Medicine.",
                (("journal", "Journal of Acme Medicine"), ("publicationDate", "2031"))),
        Example("The phase 2 trial was published in the New England Journal of Medicine in March 2031.",
                (("journal", "New England Journal of Medicine"), ("publicationDate", "2031-03"))),
    ),
    counterexamples=("The trial enrolled patients in March 2031 and reported in Japan that the drug worked.",
                     "Patients in the trial published their own diaries online.",
                     "The trial was published in Phase 2 form."))

PRESENTATION = Rule(
    "publication.presentation", T.hasPublication, read_presentations, confidence=0.8, cue=PRESENTATION_CUE,
    quotes=True, also=(T.conference, T.publicationDate),
    examples=(
        Example("Results of the trial were presented at the Acme Society of Hepatology annual meeting in June 2031.",
                (("conference", "Acme Society of Hepatology annual meeting"), ("publicationDate", "2031-06"))),
        Example("The randomized trial was shown in a late-breaking session at the Acme Oncology Congress 2031.",
                (("conference", "Acme Oncology Congress 2031"), ("publicationDate", "2031"))),
        Example("Conference coverage | Springfield | 3 May 2031\n\nThe phase 3 trial was presented at the "
                "2031 Acme Oncology Annual Meeting.",
                (("conference", "2031 Acme Oncology Annual Meeting"), ("publicationDate", "2031-05-03"))),
        Example("The trial data were presented at the Presidential Symposium of the Acme Virtual Congress 2031 and "
                "published in The Lancet.",
                (("conference", "Acme Virtual Congress 2031"),)),
    ),
    counterexamples=("The trial was discussed at the Advisory Committee meeting on 5 May 2031.",
                     "Shareholders approved the trial budget at the Annual General Meeting.",
                     "The trial results are expected at the annual meeting."))


class PublicationExtractor(RuleExtractor):
    name = "publications"
    version = "2.0"
    rules = (ARTICLE, PRESENTATION)

    def more_facts(self, ctx) -> Iterator[Fact]:
        """Citation lines read whole, and an abstract's header with the headline as the title."""
        if not ctx.trials:
            return
        first = ctx.sentences[0].text
        header = capitals_header_frame(first) if first.isupper() else journal_line_frame(first)
        if header is not None:                  # "ZETA JOURNAL OF MEDICINE, 2031" or "Acme J Med" over an article
            view = View(0, ctx.sentences[0].text, ctx.sentences[0].start, (), ctx.trial_entity(0), ctx)
            for hit in frame_hits(view, header):
                yield fact(hit.subject, hit.predicate, hit.object, ctx.evidence(0, extractor=self, confidence=0.8))
        merged = header_merged(ctx)
        if not merged and (labelled := labelled_date(ctx)) is not None:
            i, date = labelled              # "Publication Date" over "2031": a repository page's record of its article
            title, journal = page_title(headline(ctx) or "") if i > 1 else (None, None)
            view = View(i, ctx.sentences[i].text, ctx.sentences[i].start, (), ctx.trial_entity(i), ctx)
            for hit in frame_hits(view, Frame("article", journal, 0, len(view.text), date, title or None)):
                yield fact(hit.subject, hit.predicate, hit.object, ctx.evidence(i, extractor=self, confidence=0.8))
        titled = False
        for line, first, text, offset, frame in merged:
            trial = ctx.trial_entity(first)
            if frame.title is None and frame.kind in ("journal", "article") and header_of_abstract(ctx, line, text, frame):
                title, journal = journal_over_citation(ctx) or page_title(headline(ctx) or "")
                frame = Frame(frame.kind, frame.venue or journal, frame.start, frame.end, frame.date, title or None,
                              frame.doi, frame.pmid)
            titled = titled or frame.title is not None
            i = ctx.sentence_at(offset + frame.start) if frame.start < len(text) else first
            ev = ctx.evidence(i, extractor=self, confidence=0.8)
            view = View(i, text, offset, (), trial, ctx)
            for hit in frame_hits(view, frame):
                yield fact(hit.subject, hit.predicate, hit.object, ev)
        if not titled and (found := titled_article(ctx)) is not None:
            i, line = found                 # an article's page or abstract: its first line is the paper's title
            title, journal = page_title(line)
            view = View(i, ctx.sentences[i].text, ctx.sentences[i].start, (), ctx.trial_entity(i), ctx)
            for hit in frame_hits(view, Frame("article", journal, 0, len(view.text), None, title)):
                yield fact(hit.subject, hit.predicate, hit.object, ctx.evidence(i, extractor=self, confidence=0.7))


# a database page's citation line that goes on from the journal's name on the line above: ". 2031 May 4;12:34. doi: ..."
CONTINUED_CITATION = re.compile(r"\s{0,3}\.\s{0,3}(?:19|20)\d\d\b")
JOURNAL_WORDS = 8           # the words a journal's name on a line of its own may have


def first_lines(ctx) -> list[str]:
    """The document's first non-empty lines (:data:`TITLE_LINES`), stripped: where an article's title and headings are."""
    return [ln.strip() for ln in ctx.doc.text.split("\n") if ln.strip()][:TITLE_LINES]


def journal_over_citation(ctx) -> tuple[str, str] | None:
    """(title, journal) of a database page that opens on the journal's name, then a line that goes on from it with the
    citation (". 2031 May 4;12:34. doi: ..."), then the paper's title (:func:`~kg.text.article_titles.article_title`
    reads the lines after the citation); None for any other opening.

    >>> from kg.documents import parse_document
    >>> from kg.extractors.context import build_context
    >>> doc = parse_document("Acme Zetology\\n. 2031 May 4;12:34. doi: 10.1000/x\\n\\nZetamab for Beta Disease: A Trial\\n\\n"
    ...                      "Abstract\\n\\nZetamab was tested.", "t.txt")
    >>> journal_over_citation(build_context(doc))
    ('Zetamab for Beta Disease: A Trial', 'Acme Zetology')
    """
    lines = first_lines(ctx)
    if len(lines) < 3 or not CONTINUED_CITATION.match(lines[1]) or len(lines[0].split()) > JOURNAL_WORDS \
            or lines[0].endswith("."):
        return None
    k = article_title(lines[2:])
    return (lines[2 + k], lines[0]) if k is not None else None


def titled_article(ctx) -> tuple[int, str] | None:
    """(first sentence, title) of the article the document is, by its layout (:func:`~kg.text.article_titles.
    article_title`), where the title is one line of the document's first lines; else None."""
    firsts: dict[int, int] = {}
    for i, s in enumerate(ctx.sentences[:TITLE_SENTENCES]):
        firsts.setdefault(s.line, i)
    lines = first_lines(ctx)
    k = article_title(lines)
    if k is None:
        return None
    i = next((i for i in firsts.values() if ctx.sentences[i].text.strip() and lines[k].startswith(ctx.sentences[i].text.strip())),
             None)
    return (i, lines[k]) if i is not None else None


TITLE_SENTENCES = 12       # the sentences the title's line may open, among the document's first
TITLE_LINES = 60           # the lines read for the abstract's headings


# a repository page's label line over its article's date: "Publication Date", "Publication/Presentation Date"
DATE_LABEL = re.compile(r"\s{0,3}(?:Date\s+of\s+)?Publication(?:/Presentation)?(?:\s+Date)?\s{0,3}:?\s{0,3}", re.I)
# a date in numbers alone, which may be read month first or day first: only its year is sure ("2-1-2031")
NUMERIC_DATE = re.compile(r"\s{0,3}\d{1,2}[-/.]\d{1,2}[-/.](?P<year>(?:19|20)\d\d)\s{0,3}")


def labelled_date(ctx) -> tuple[int, str] | None:
    """(sentence, date) of the date on the line under a "Publication Date" label among the document's first lines, or
    None.

    >>> from kg.documents import parse_document
    >>> from kg.extractors.context import build_context
    >>> labelled_date(build_context(parse_document("Zeta trial\\n\\nPublication Date\\n\\n3-4-2031\\n\\nText.", "t.txt")))
    (2, '2031')
    """
    sentences = ctx.sentences[:HEADER_LINES * 2]
    for i, s in enumerate(sentences[:-1]):
        if DATE_LABEL.fullmatch(s.text) and sentences[i + 1].line > s.line:
            text = sentences[i + 1].text
            if numeric := NUMERIC_DATE.fullmatch(text):
                return i + 1, numeric.group("year")
            dates = find_dates(text)
            if len(dates) == 1 and not text[:dates[0].start].strip() and not text[dates[0].end:].strip(" ."):
                return i + 1, dates[0].iso
    return None


def header_merged(ctx) -> list[tuple[int, int, str, int, Frame]]:
    """(line, first sentence, line text, offset, frame) of every citation line's publications, the identifier lines
    under an abstract's title ("PMID: 12345678", "DOI: 10.1000/xy") made one article."""
    out = []
    for line, (first, text, offset) in citation_lines(ctx).items():
        for frame in publication_frames(text):
            last = out[-1] if out else None
            if frame.kind == "article" and not frame.venue and line <= HEADER_LINES and last is not None \
                    and last[4].kind == "article" and not last[4].venue and last[0] <= HEADER_LINES:
                merged = Frame("article", None, last[4].start, last[4].end, last[4].date or frame.date,
                               last[4].title or frame.title, last[4].doi or frame.doi, last[4].pmid or frame.pmid)
                out[-1] = last[:4] + (merged,)
                continue
            out.append((line, first, text, offset, frame))
    return out


HEADER_LINES = 5        # the lines under an abstract's title that may list its identifiers
IDENTIFIER_WORDS = "doi|PMID|PMCID"     # ("PMCID: PMC1234567  PMID: ...")
IDENTIFIER_LINE = re.compile(rf"\s{{0,3}}(?:[-•*]\s{{0,3}})?(?:{IDENTIFIER_WORDS})\s?:", re.I)


# a repository's lines above an article's own title: "Author manuscript; available in PMC: ...", "HHS Public Access"
REPOSITORY_LINE = rx.compile(r"^\s{0,3}(?:Author\smanuscript|Published\sin\sfinal\sedited\sform|(?:HHS|NIH)\sPublic\sAccess"
                             r"|PMCID:|Copyright\b|©)", re.I)


def headline(ctx) -> str | None:
    """The document's first line that is no repository's note (an abstract's title); None where that line holds no
    word in Latin letters (a page's label in another script: "作者", "Autor" aside).

    >>> from kg.documents import parse_document
    >>> from kg.extractors.context import build_context
    >>> headline(build_context(parse_document("Author manuscript; available in PMC: 2031 May 1.\\n\\nZeta trial", "t.txt")))
    'Zeta trial'
    >>> headline(build_context(parse_document("作者\\n\\nZeta trial", "t.txt"))) is None
    True
    >>> headline(build_context(parse_document("Zetamab in Beta Disease. A Randomized Trial\\n\\nText.", "t.txt")))
    'Zetamab in Beta Disease. A Randomized Trial'
    """
    notes = {s.line for s in ctx.sentences if REPOSITORY_LINE.match(s.text)}      # (a note's line, all its sentences)
    first = next((s for s in ctx.sentences if s.line not in notes), ctx.sentences[0])
    # (the whole line, a subtitle after the title's full stop too: "Zetamab in Beta Disease. A Randomized Trial")
    line = " ".join(s.text.strip() for s in ctx.sentences if s.line == first.line)
    return line if LATIN_WORD.search(line) else None


# a word in Latin letters, which an English headline holds
LATIN_WORD = re.compile(r"[A-Za-z]{3}")


# a citation's journal and year ("N Engl J Med 2031;12:34"), a DOI on its own or after a journal and year ("Acme Res,
# 2031. doi:10..."), an online publication date
# (two patterns tried in turn: a citation's year needs a ";", which few lines hold, and one alternation of both would
# scan every line that holds a year)
CITATION = AnyOf(rx.compile(CITATION_YEAR.pattern, re.I),
                 rx.compile(rf"^\s{{0,3}}(?:[-•*]\s{{0,3}})?(?:{IDENTIFIER_WORDS}):|\bPublished online\b"
                            r"|^(?:The\s)?[A-Z][\w ]{2,60}, (?:published\b|(?:19|20)\d\d\. doi:)"
                            r"|\bet al\.? [A-Z][\w ]{2,60} (?:19|20)\d\d, \d{1,4}:\d", re.I))


def citation_lines(ctx) -> dict[int, tuple[int, str, int]]:
    """Lines that hold a citation: line -> (first sentence, line text, its document offset); computed once a document.

    A line of several sentences counts, and a one-sentence header line ("Journal, published <date>") among the
    first lines.
    """
    found = ctx.kinds.get(CITATION_LINES)          # the context's per-document cache
    if found is not None:
        return found
    by_line: dict[int, list[int]] = {}
    for i, s in enumerate(ctx.sentences):
        by_line.setdefault(s.line, []).append(i)
    found = {}
    for line, idx in by_line.items():
        first, last = ctx.sentences[idx[0]], ctx.sentences[idx[-1]]
        if (len(idx) > 1 or line <= 2 or (line <= HEADER_LINES and IDENTIFIER_LINE.match(first.text))) \
                and last.end - first.start < 600:
            text = ctx.doc.text[first.start:last.end]
            if CITATION.search(text):
                found[line] = (idx[0], text, first.start)
    ctx.kinds[CITATION_LINES] = found
    return found


CITATION_LINES = ("publications", "citation lines")


def citation_line(ctx, line: int):
    return citation_lines(ctx).get(line)


CITATION_LINE_MAX = 300       # characters: a citation line under a headline is shorter


def header_of_abstract(ctx, line: int, text: str, frame: Frame) -> bool:
    """Is the line a citation under an abstract's headline, which is then the paper's title: one that starts with the
    journal ("The Journal, published <date>"), or one that cites it by volume and pages or DOI ("Acme Group. Acme Res
    2031;12:34-45", "Journal: Acme Res; 2031 May; 12(3):34-45")?"""
    if not (0 < line <= 3 and len(ctx.sentences[0].text) < 250 and len(text) < CITATION_LINE_MAX):
        return False                     # (a long line is prose: a release's lead that names the journal)
    starts = frame.venue is not None and frame.start == 0 and re.match(r"\s{0,3}(?:The\s)?[A-Z]", text) is not None \
        and text.lstrip().startswith(frame.venue)
    return starts or bool(frame.doi) or bool(frame.pmid) or CITATION_YEAR.search(text, frame.start, frame.end) is not None
