"""The cues every extractor shares: hedging, quotations, clause breaks, a trial's words.
"""

from __future__ import annotations

import re

from kg.text import prefilter as rx

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).


# words that make a statement a plan, a wish or a guess rather than a finding ("a larger study should follow"); not a
# plan past or a planned size ("enrolled 150 of an originally planned 240", "the planned 300 patients"), nor a program's
# outlook said beside a result ("the future of XY-1 development is unclear after its study missed")
HEDGE = rx.compile(r"""(?=[acefhilmopstw])\b(?:
      should | would | might | may\ be | will\ be
    # (or an outlook: "is expected to become the first approved ...", "could reach shelves by 2031 as ...")
    | (?:is|are)\ expected\ to | expects?\ to | poised\ to | on\ track\ to | slated\ (?:for|to)
    | could\ (?:reach|become|be\ approved|win|gain|launch)
    | plans?\ to | (?<!originally\ )(?<!initially\ )planned(?!\ (?:for|over)\ (?:\w+\ ){0,2}(?:years?|months?|weeks?|days?)\b)(?!\ \d)
    # (or a next step: "XY-123 to advance into Phase III", "... plans ... to move into a pivotal study")
    | to\ (?:advance|move|progress)\ (?:in)?to
    | future(?!\ of\ (?:the\ |its\ |their\ )?[\w-]+\ (?:development|program|programme)\b) | hope[sd]?\ to | aims?\ to | potentially | look(?:s|ing)?\ forward\ to
    )\b""", re.I | re.X)
# the question a trial was run to answer, which a hedge that follows belongs to: "a late-phase study of the hypothesis
# that | XY-123 would cut ...", "... to determine whether | XY-123 would ..." (the trial itself is a fact)
AIM_OPENER = rx.compile(r"(?=[htw])\b(?:hypothes[ie]s\s(?:that|whether)|whether|to\s(?:test|determine|assess|evaluate|see|show)"
                        r"\s(?:whether|if|that))\b", re.I)
# a quotation or quoted title of at least 12 characters; it does not hold an opening quote, so a text with many
# opening quotes and no closing one is read once, not once per quote; a straight quote right after a word or a
# closing mark closes a quotation, it never opens one (Acme ("Acme") said ... ("ZX")": no quotation between them)
QUOTED = rx.compile(r"(?:“|(?<![\w.,;:!?)\]’”%])\")[^“”\"]{12,}[”\"]")
# where one clause of a sentence ends and the next begins (hedging is judged per clause)
CLAUSE_BREAK = rx.compile(r";|,\s+(?:but|while|whereas|although)\b|(?<!\s)\s+but\s+")
# a sentence that names a publication (its quoted title is a title, not a statement about the trial)
PUBLICATION_CUE = rx.compile(r"(?=[aept])\b(?:titled|entitled|published|paper|article)\b", re.I)
# words that mark a sentence as being about a trial
TRIAL_WORD = rx.compile(r"(?=[eprst])\b(?:trial|study|studies|phase|enrolled|randomi[sz]ed|participants)\b", re.I)
