"""The cue vocabulary of the extractors: every word list that decides a reading is defined here, once.

Each cue is a named, commented pattern. Extractors and rules import these
names; a list that two modules need lives here and nowhere else (a test on the
tree finds repeated pattern tables). Areas add their cues at the end, each
under a ``# --- area ---`` comment.

>>> bool(HEDGE.search("A larger study should follow.")), bool(HEDGE.search("The study met its goal."))
(True, False)
>>> QUOTED.search('He said "this is a long quotation" today').span()
(8, 34)
"""

from __future__ import annotations

import re

from kg.text import prefilter as rx

# --- shared policy: hedging, quotations, clauses ---

# words that make a statement a plan, a wish or a guess rather than a finding ("a larger study should follow")
HEDGE = rx.compile(r"""\b(?:
      should | would | might | may\ be | will\ be
    | plans?\ to | planned | future | hope[sd]?\ to | aims?\ to
    )\b""", re.I | re.X)

# a quotation or quoted title of at least 12 characters; it does not hold an opening quote, so a text with many
# opening quotes and no closing one is read once, not once per quote
QUOTED = rx.compile(r"[“\"][^“”\"]{12,}[”\"]")

# where one clause of a sentence ends and the next begins (hedging is judged per clause)
CLAUSE_BREAK = rx.compile(r";|,\s+(?:but|while|whereas|although)\b|(?<!\s)\s+but\s+")

# a sentence that names a publication (its quoted title is a title, not a statement about the trial)
PUBLICATION_CUE = rx.compile(r"\b(?:titled|entitled|published|paper|article)\b", re.I)

# words that mark a sentence as being about a trial
TRIAL_WORD = rx.compile(r"\b(?:trial|study|studies|phase|enrolled|randomi[sz]ed|participants)\b", re.I)
