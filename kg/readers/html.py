"""Saved web pages: the main text through trafilatura (no navigation, share buttons, related boxes or captions).

Title, author, date and canonical URL become document metadata; the document
records how its text was obtained (``kg:obtainedBy``), and evidence offsets
refer to the extracted text.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Iterator

from kg.documents import parse_document
from kg.errors import InputError
from kg.readers import Source


log = logging.getLogger("kg")
CHATTY = tuple(logging.getLogger(name) for name in ("trafilatura", "htmldate", "courlan", "justext"))
MIN_WORDS = 20          # fewer words than this is a menu or a cookie wall, not an article


def read_html(path: Path, text: str) -> Iterator[Source]:
    import trafilatura  # imported here: only web pages need it

    result = main_text(path, text)
    body = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if len(body.split()) < MIN_WORDS:
        raise InputError(str(path), f"has no main text that trafilatura could find ({len(body.split())} words)",
                         "save the article page itself")
    title = (result.title or "").strip()
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    doc = parse_document(body + "\n", source=str(path), media_type="text/html")
    author = (result.author or "").replace(";", ",").strip() or None
    yield Source(replace(doc, title=title or doc.title, byline=author or doc.byline, date=result.date or doc.date,
                         url=result.url or None, obtained_by=f"trafilatura {trafilatura.__version__}"))


def main_text(path: Path, text: str):
    """trafilatura's extraction of a page; what the page's garbage makes it fail on is one InputError.

    trafilatura logs its own complaints about a broken page ("empty HTML tree", "discarding data") without
    saying which page; they are kept for ``--debug`` and the page's own one-line error says it instead.
    """
    import trafilatura

    before = [logger.level for logger in CHATTY]
    if not log.isEnabledFor(logging.DEBUG):
        for logger in CHATTY:
            logger.setLevel(logging.CRITICAL)
    try:
        return trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=True,
                                           include_images=False, favor_precision=True)
    except (ValueError, TypeError, LookupError, AttributeError, RecursionError):
        log.debug("%s: trafilatura failed", path, exc_info=True)
        raise InputError(str(path), "could not be parsed as HTML",
                         "save the article page again, or give its text as .txt") from None
    finally:
        for logger, level in zip(CHATTY, before):
            logger.setLevel(level)
