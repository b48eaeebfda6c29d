"""Find the lines of a saved article that are page furniture, not content.

Share buttons, bylines, author avatars, "Recommended Reading" boxes (with the
unrelated headline and picture caption inside them), photo captions under the
share block, "Related topics" lists and boilerplate such as forward-looking
statements produce no facts. Lines are kept in place; only their spans are
returned, so offsets into the text stay valid.

>>> text = "Title\\nShare this article:\\nA photo of cells.\\n\\nBody paragraph that is long enough to be real text, with a verb and everything in it, going on and on.\\nRecommended Reading\\nA caption.\\nSome other headline\\n\\nMore body."
>>> [text[s:e] for s, e in content_lines(text)]
['Title', 'Body paragraph that is long enough to be real text, with a verb and everything in it, going on and on.', 'More body.']
"""

from __future__ import annotations

import re

# Plain patterns, not prefiltered ones: they are anchored at the line's start and fail within a few characters,
# where a prefilter would first scan the whole line (a paragraph) for its literals.
CLUTTER = re.compile(
    r"^(?:share (?:this|article|on|via)\b.*|by\s+[^|]{1,80}\|\s*$|print this.*|"
    r"related (?:topics|articles|stories|posts|reading)\b.*|tags?:.*|photo:.*|image:.*|"
    r"(?:related|read more|also read|read also|see also|recommended(?: reading)?)\s?:.*|"
    r"(?:click|subscribe|sign up|follow us)\b.*|advertisement|media contacts?:?.*|"
    r"(?:email|tweet|facebook|linkedin|print)$)", re.I)
# an author's avatar: a line ending in the word "avatar" (looked for at the end only, not by a ".*" from the start
# of every line, which re walked to each line's end and back)
AVATAR = re.compile(r"\bavatar$", re.I)
# a line of three or more people's names and nothing else, a paper's authors: "Ann Doe,Bo-Li Roe, Eve K. Poe and Al
# Loe" (a surname may be a drug's or a gene's name in the vocabularies: such a line names neither)
_PERSON = r"[A-Z][a-z]{1,20}(?:-[A-Za-z][a-z]{1,20})?(?:\s[A-Z]\.){0,2}\s[A-Z][a-z'’]{1,25}(?:-[A-Z][a-z]{1,25})?[\d*†‡]{0,3}"
AUTHOR_LINE = re.compile(rf"{_PERSON}(?:\s?[,;]\s?{_PERSON}){{2,60}}(?:,?\s(?:and|&)\s{_PERSON})?\s?\.?\s*")
BOX_START = re.compile(r"^(?:recommended reading|read more|you may also like|more from|related|see also)\b.{0,20}$", re.I)
BOILERPLATE = re.compile(r"^(?:forward[- ]looking statements?|safe harbor|about the (?:company|author))\s*$", re.I)
SHORT = 160          # a caption or a boxed headline is shorter than this
BOX_LINES = 2        # a reading box holds a caption and a headline


def iter_lines(text: str):
    """(start, end) of every non-empty line, stripped of surrounding blanks."""
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped)
            yield start, start + len(stripped)
        pos += len(raw) + 1


def content_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that carry content, in order."""
    keep: list[tuple[int, int]] = []
    skip_box = 0
    after_share = False
    boilerplate = False
    for start, end in iter_lines(text):
        line = text[start:end]
        if boilerplate:
            # a boilerplate section runs to the next short heading-like line
            if len(line) < 60 and not line.endswith("."):
                boilerplate = False
            else:
                continue
        if BOILERPLATE.match(line):
            boilerplate = True
            continue
        if BOX_START.match(line):
            skip_box = BOX_LINES
            continue
        if skip_box and len(line) < SHORT:
            skip_box -= 1
            continue
        skip_box = 0
        if CLUTTER.match(line) or AVATAR.search(line, max(0, len(line) - 6)) or (
                ("," in line or ";" in line) and AUTHOR_LINE.fullmatch(line)):
            after_share = after_share or line.lower().startswith("share")
            continue
        if after_share:
            after_share = False
            if len(line) < SHORT and line.endswith(".") and not keep_after_share(line):
                continue        # the picture caption under the share buttons
        keep.append((start, end))
    return joined_wraps(text, keep)


WRAPPED_MIN = 40        # a line shorter than this that stops without a full stop is a heading, not a wrapped line
LINE_END = re.compile(r"[.!?:]$")     # (not ";": a wrapped line may stop on one, "HR, 0.7;" / "95% CI ...")
# how a wrapped line's rest opens: in lower case, with a number that is no list's ("5 mg (n=207)", not "2. Next"), or a
# bracket ("(n=207) or sham")
CONTINUES = re.compile(r"[a-z(]|\d(?![\d.,]{0,12}[.)]\s)")
# a function word that ends a line: the sentence goes on below, whatever the next line opens with ("... results of a" /
# "Phase III study")
OPEN_END = re.compile(r"(?<![\w-])(?:a|an|the|of|to|and|or|in|with|for|by|from|on|at|as|that|its|their|than|versus)$", re.I)


def joined_wraps(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    r"""The lines, those of a hard-wrapped paragraph joined: a long line that stops without a stop, and the line
    after it opening in lower case ("... of a Phase III" / "study of XY-123 in ..."), are one line (never the
    headline, the first).

    >>> t = "Title\nAcme Bio and Beta Pharma are pleased to announce results of a Phase III\nstudy of XY-123 in gout.\nNext"
    >>> [t[a:b] for a, b in joined_wraps(t, list(iter_lines(t)))][1:]
    ['Acme Bio and Beta Pharma are pleased to announce results of a Phase III\nstudy of XY-123 in gout.', 'Next']
    >>> t = "Title\nOf them, 412 were enrolled and randomly assigned to zetorvant\n5 mg (n=207) or sham.\n2. Next point"
    >>> len(joined_wraps(t, list(iter_lines(t))))
    3

    In a text wrapped at a width, a full line goes on in the next whatever that opens with:

    >>> t = "Title\n" + "Acme said its drug XY-123, tested in a trial of 300 adults, met\nZETA's goal. " * 4
    >>> len(joined_wraps(t, list(iter_lines(t))))
    2
    >>> len(joined_wraps(t + "\n- Death: 7% versus 12%.", list(iter_lines(t + "\n- Death: 7% versus 12%."))))
    3
    """
    out: list[tuple[int, int]] = []
    width = wrap_width([end - start for start, end in lines[1:]])
    last = None                                     # the last line's own span (out[-1] may hold several)
    for start, end in lines:
        adjacent = len(out) > 0 and not text[out[-1][1]:start].count("\n") > 1
        full = bool(width) and adjacent and last[1] - last[0] >= width - WRAP_SLACK and not LIST_ITEM.match(text, start)
        if len(out) == 1:               # (the headline goes on below only as a full line of a wrapped text, in lower case)
            adjacent = full and text[start:start + 1].islower()
        if adjacent and ((out[-1][1] - out[-1][0] >= WRAPPED_MIN and not LINE_END.search(text, out[-1][1] - 1, out[-1][1])
                          and (CONTINUES.match(text, start) or OPEN_END.search(text, max(0, out[-1][1] - 8), out[-1][1])))
                         or full):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
        last = (start, end)
    return out


# a line that opens an item of a list: "- Death: ...", "• ...", "2. ...", "(b) ..." (no wrapped line's rest)
LIST_ITEM = re.compile(r"[-•*–—]\s|\(?(?:\d{1,2}|[a-z])[.)]\s")
WRAP_SLACK = 20          # a wrapped line is at most this much shorter than the width (the next word did not fit)
WRAP_LINES = 4           # lines of a text wrapped at a width: as many full lines at least
WRAP_MAX = 100           # a width wider than this is a paragraph's own length, no wrapping


def wrap_width(lengths: list[int]) -> int | None:
    """The width a text is hard-wrapped at (its longest line), where most of its long lines come within
    :data:`WRAP_SLACK` of it, as a wrapped paragraph's lines do; None for a text of paragraphs one to a line.

    >>> wrap_width([70, 68, 72, 66, 71, 30, 12]), wrap_width([350, 70, 420, 12]), wrap_width([70, 30, 12])
    (72, None, None)
    """
    long = [n for n in lengths if n >= WRAPPED_MIN]
    if len(long) < WRAP_LINES or max(long) > WRAP_MAX:
        return None
    width = max(long)
    full = sum(n >= width - WRAP_SLACK for n in long)
    return width if full >= WRAP_LINES and full * 10 >= len(long) * 7 else None


def keep_after_share(line: str) -> bool:
    """A short line under the share block that is a real sentence (it has a number or a quote)."""
    return bool(re.search(r"\d|[“\"]", line))
