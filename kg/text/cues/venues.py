"""Publication and conference cues (:mod:`kg.text.venues`, :mod:`kg.text.citations`, :mod:`kg.extractors.publications`).
"""

from __future__ import annotations

import re

from kg.text import prefilter as rx

# A pattern that opens with "(?=[...])" lists there the characters its matches can start with: re then skips, at
# one character test, the positions where no alternative starts (checked in tests/text/test_look_aheads.py).

# a month's full name (a journal name ends before "in March"; a conference name does not start with one)
MONTH_WORD = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# the words that end a conference's name: lower-case ones only after a capitalised name ("the Acme Society annual
# meeting"); "Week" as in "Kidney Week", "Sessions" as in "Scientific Sessions"
CONFERENCE_HEAD = r"""(?:(?:annual|scientific|virtual|international|plenary)\ ){0,2}
    (?:Meeting|Congress|Conference|Symposium|Sessions?|Summit|Forum|Week|Workshop|Colloquium|Convention
     |meeting|congress|conference|symposium|sessions|summit)"""
# the capitalised words of a meeting's name that name no one ("the Annual Meeting" is no conference of its own, nor
# a headline's "Acme Will Show XY Data at Major Medical Meeting")
MEETING_WORDS = frozenset("""Annual Scientific Virtual International Plenary Meeting Congress Conference Symposium
    Session Sessions Summit Forum Week Workshop Colloquium Convention The Major Medical Upcoming Leading Key Global""".split())
# what joins a session to the meeting it is part of ("the Plenary Session | of the | Acme Congress")
CONFERENCE_INNER = rx.compile(r"\s{1,3}(?:of|at|during)\s{1,3}(?:the\s{1,3})?(?:\d{4}\s{1,3})?")
# meetings that are not scientific conferences: regulators' and advisers', companies' and shareholders'
NOT_CONFERENCE = rx.compile(r"""(?=[ABCEFGHIPST])\b(?:Advisory|Committee|Board|General\ Meeting|Shareholders?|Stockholders?|Investors?|
    Earnings|Type\ [ABC]|End-of-Phase|Pre-(?:IND|NDA|BLA)|FDA|EMA|Agency|Panel|Healthcare\ Conference)\b""", re.X)
# a sentence that speaks of a presentation at a meeting
PRESENTATION_CUE = rx.compile(r"""(?=[acdloprsu])\b(?:present(?:ed|ing|s|ation)?|unveil(?:ed|s)?|report(?:ed|s)?\ at|shared|
    debut(?:ed|s)?|late-breaking|plenary|poster|oral\ session|coverage|at\ the|during\ the)\b""", re.I | re.X)
# major journals known by name (general knowledge, not any one article's): NEJM, the Lancet family (up to three words
# after "Lancet": "The Lancet Respiratory Medicine", "The Lancet Child & Adolescent Health"), the JAMA family, BMJ and a
# few others
JOURNAL_KNOWN = rf"""(?:The\ )?New\ England\ Journal\ of\ Medicine | N\ Engl\ J\ Med | NEJM(?:\ Evidence)?(?![\w-])
    | (?:The\ )?Lancet(?:\ (?!{MONTH_WORD}\b|{WEEKDAY}\b)[A-Z][a-z]{{2,20}}
        (?:\ (?:(?:&|and)\ )?(?!{MONTH_WORD}\b|{WEEKDAY}\b|Professor\b|Dr\b|Doctor\b)[A-Z][a-z]{{2,20}}){{0,2}})?
    | JAMA(?:\ Network\ Open|\ (?!{MONTH_WORD}\b|{WEEKDAY}\b|On\b|In\b)[A-Z][a-z]{{2,20}})?
    | BMJ | Nature\ (?:Medicine|Communications|Neuroscience) | Science\ Translational\ Medicine
    | Annals\ of\ Internal\ Medicine | Journal\ of\ Clinical\ Oncology | J\ Clin\ Oncol"""
# the bodies whose meetings a report names after the meeting: "the annual meeting of the Acme Society of Zetology"
SOCIETY_WORD = r"(?:Society|Association|College|Academy|Federation|Union|League|Alliance)"
# names journals take: "(The) (American) Journal of X", "Annals of X" (not the date after: "... Medicine | May 4")
JOURNAL_SHAPE = rf"""(?:The\ )?(?:[A-Z][a-z]{{2,20}}\ ){{0,2}}Journal\ of\ (?:the\ )?[A-Z][\w-]{{1,30}}
      (?:\ (?:(?:of|and|&|for|the)\ ){{0,2}}(?!{MONTH_WORD}\b)[A-Z][\w-]{{1,30}}){{0,5}}
    | Annals\ of\ (?:the\ )?[A-Z][\w-]{{1,30}}(?:\ (?:(?:of|and|&)\ )?(?!{MONTH_WORD}\b)[A-Z][\w-]{{1,30}}){{0,3}}"""
# where a journal's name follows ("published online in", "appeared in 2031 in the journal", "the journal", "published in
# the May 2031 issue of"); not the place a verb of doing puts the trial in ("published findings of a study conducted
# in | Zetania")
JOURNAL_AFTER = r"""(?:\b(?:published|appeared|publish|appear)\b[^.;“”"]{0,60}?
        (?<!conducted\ )(?<!performed\ )(?<!carried\ out\ )(?<!held\ )(?<!done\ )(?<!run\ )(?<!based\ )(?<!located\ )
        (?<!enrolled\ )(?<!treated\ )(?<!recruited\ )\bin\ (?:the\ (?:[\w.]{1,10}\ ){0,3}?issue\ of\ (?:the\ )?
        |the\ (?:journal\ (?:of\ )?)?)?
    | \b[Tt]he\ journal\ )"""
# a name that follows JOURNAL_AFTER is a journal's, not what it names: "published in | Zeta Diseases" (as is one
# after the name of a journal family: "The Lancet | Infectious Diseases", "JAMA | Neurology")
IN_JOURNAL_BEFORE = rx.compile(rf"(?:{JOURNAL_AFTER}|\b(?:The\ )?(?:Lancet|JAMA)\ )$", re.X)
# capitalised words after "published in" that are not a journal (a month in capitals too: "the MAY 2031 issue")
NOT_JOURNAL = rx.compile(rf"^(?:The\s+)?(?:(?i:{MONTH_WORD})|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|Phase|Patients?|Part|"
                         r"Stage|Japan|China|Europe|Canada)(?!\w)")     # (a month written short: "the Oct. 9 issue")
