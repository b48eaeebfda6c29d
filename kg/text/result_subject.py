"""The measure a result clause is about when it opens with it: "<measure> (at <time>) was N in A and M in B".

Writers who compare arms by one number each often make the measure the clause's subject and give the numbers after
"was" or "were": "Actual zeta clearance at 2 years was 91.5% in the A group and 87.0% in the B group", "The mean
zeta score at 12 months was 4.9 in the treatment group, as compared to 5.2 in the placebo group". The subject is a
noun phrase no list need know. :func:`subject_measure` finds it by the clause's shape only; the caller decides whether
the clause gives results (its numbers must pair with the arms it names, :mod:`kg.text.ordered_values`).

>>> t = "Zeta clearance at 2 years was 91.5% in the A group and 87.0% in the B group."
>>> a, b = subject_measure(t, 0, t.index("91"))
>>> t[a:b]
'Zeta clearance'
>>> t = "At week 24, zeta remission was achieved by more A-treated (31.6%) than B-treated patients (6.2%)."
>>> a, b = subject_measure(t, 0, t.index("31"), verb=ACHIEVED_BY)
>>> t[a:b]
'zeta remission'
"""

from __future__ import annotations

import re

from kg.text import cues
from kg.text.measure_shapes import GENERIC_RESULT_WORDS

WORD = re.compile(r"[^\s,;:()\[\]]+")
# the verb between the subject and its numbers, with the few words that may stand beside it
COPULA = re.compile(r"(?:(?:^|\s)(?:was|were|being)(?:\s+(?:also|similar|comparable|about|approximately|around|nearly|almost|"
                    r"reported\s+(?:as|at|to\s+be)|found\s+to\s+be|(?:achieved|attained|reached|observed|seen|noted|"
                    r"reported|found)\s+(?:by|in|among)|respectively|statistically|significantly|higher|"
                    r"lower|greater|better|worse|smaller|larger)|\s*[:,])*"
                    # (or the events' own verb: "zeta nausea | occurred in | 45% of patients in the A group")
                    # (a time between: "... occurred | within 12 weeks | in 7% and 19%")
                    # (or said to be found: "zeta fibrillation | was detected in | 6 patients (11%) ...")
                    r"|\s(?:occurred|developed|(?:was|were)\s+(?:detected|diagnosed|observed|seen|noted|recorded|documented|found))"
                    r"(?:\s+(?:within|by|during|over|through)\s+[\w-]{1,12}(?:\s[\w-]{1,12}){0,2})?"
                    r"\s+in(?:\s+(?:a\s+total\s+of|only|just))?"
                    # (the count before its share: "... occurred in | 9 of 47 patients (| 19%)", "in 9 patients (19%)",
                    # in words too: "in nine patients (19%)")
                    r"(?:\s+(?:\d{1,6}(?:\s?(?:of|/)\s?\d{1,6})?|[a-z]{3,9}(?:-[a-z]{3,9})?)(?:\s+[a-z]{2,20}){0,2}\s*\()?)"
                    r"\s*[-−+]?$", re.I)
# a time or group phrase after the subject: "... at 2 years", "... during the first year", "... at week 12", "... on day 7"
TIME_AFTER = re.compile(r"(?<!\s)\s{1,3}(?:at|after|during|over|through|throughout|by|within|on|in\s{1,3}the\s{1,3}first)\s{1,3}"
                        r"(?:[^\s,;:()]{1,30}\s{1,3}){0,4}?"
                        r"[^\s,;:()]{0,30}(?:\d|week|month|year|day|hour|visit|follow|end|period)[^\s,;:()]{0,30}"
                        # (counted from an event: "... in the first 24 hours | after surgery")
                        r"(?:\s{1,3}(?:after|following)\s{1,3}(?:the\s{1,3})?[a-z-]{3,20})?$"
                        # (or taken before a dose or a meal: "zeta levels | before morning dosing", "... | prior to the
                        # next infusion")
                        r"|(?<!\s)\s{1,3}(?:before|prior\s{1,3}to)\s{1,3}(?:the\s{1,3})?(?:[a-z-]{3,20}\s{1,3}){0,2}?"
                        r"(?:dos(?:e|es|ing)|meals?|breakfast|infusions?|injections?)$", re.I)
BRACKET_AFTER = re.compile(r"(?<!\s)\s{0,3}[(\[](?:[^()\[\]]|\[[^()\[\]]{0,20}\]){0,80}[)\]]$")
# an arm's phrase after the subject: "the mean zeta score | in the XY group was ..."
GROUP_AFTER = re.compile(r"(?<!\s)\s{1,3}(?:in|among|for|with|on)\s{1,3}(?:the\s{1,3})?(?:[^\s,;:()]{1,30}\s{1,3}){0,3}?"
                         r"(?:group|arm|cohort)s?$"
                         # (or groups listed by their letters: "duration of X | in groups A and B")
                         rf"|(?<!\s)\s{{1,3}}in\s{{1,3}}groups\s{cues.GROUP_KEY}(?:,?\s(?:and\s)?{cues.GROUP_KEY}){{1,5}}$"
                         # (or who had them: "hyperglycaemic events | in patients without diabetes")
                         rf"|(?<!\s)\s{{1,3}}(?:in|among)\s{{1,3}}{cues.PEOPLE}\s{{1,3}}(?:with|without)\s{{1,3}}[^\s,;:()]{{3,30}}$", re.I)
# connectives that may open the clause before its subject: "In addition, the ...", "However, ..."
OPENER = re.compile(r"^\s*(?:(?:in\s+addition|in\s+contrast|by\s+contrast|secondly|first|second|third|"
                    + "|".join(sorted(cues.LINKING_WORDS)) + r")"
                    r"\s*,\s*|(?:at|after|by|in|during|over|within|throughout)\s+[^,;:()]{1,50},\s*"
                    r"|(?:from|between)\s+[^,;:()]{1,20}\s(?:to|and)\s[^,;:()]{1,20},\s*|and\s+|but\s+|while\s+|whereas\s+)", re.I)
# words that may open the subject and name no part of the measure ("the mean | zeta score", "the least squares mean |
# zeta score")
LEADING = frozenset("the a an mean median average overall their its this that".split())
STATISTIC_BEFORE = re.compile(r"\b(?:mean|median|average)\s+$", re.I)
LEAST_SQUARES = re.compile(r"(?:least[-\s]squares?|LS)\s+(?=mean)", re.I)
# an arm's phrase after the subject, the arm given as the caller found it: "the mean zeta score | for XY-123 was ..."
ARM_PREPOSITION = re.compile(r"(?<!\s)\s{1,3}(?:for|in|with|among|on)\s{1,3}(?:the\s{1,3})?$", re.I)
# what opens the subject of "being": "... met its endpoint, with | the share of zeta responders being 41% in A"
WITH_BEFORE = re.compile(r"(?<!\S)with\s", re.I)
# a change named before the measure ("the change from baseline in | X"): the caller reads the change from the words
CHANGE_BEFORE = re.compile(r"(?:(?:mean|median|average|percent(?:age)?|relative|absolute|peak|maximum|maximal)\s+){0,2}(?:changes?|reductions?|"
                           rf"decreases?|increases?|declines?|improvements?)\s+(?:{cues.FROM_BASELINE}\s+)?(?:in|of)\s+", re.I)
# a share or rate of the measure ("the rate of | complete zeta clearance"): the measure is what it counts
SHARE_OF = re.compile(r"(?:rates?|proportions?|percentages?|shares?|numbers?)\s+of\s+(?:(?:patients|participants|subjects)\s+"
                      r"(?:with|who\s+had|achieving)\s+)?", re.I)
# subjects that describe who took part or for how long, not an outcome: "Median follow-up was 11.3 months in A ..."
DESCRIPTIVE = re.compile(r"\b(?:follow[-\s]?up|age|ages|aged|exposure|adherence|compliance|enrol(?:l?ment)|baseline|"
                         r"dose|doses|dosage|duration\s+of\s+(?:treatment|therapy|exposure|follow[-\s]?up))\b", re.I)
PEOPLE_IN = re.compile(rf"\b{cues.PEOPLE}\b", re.I)
VERBISH = re.compile(r"\b(?:was|were|is|are|had|has|have|did|showed|achieved|received|reported|met|compared|versus|vs)\b",
                     re.I)
MOST_WORDS = 8


def subject_measure(text: str, lo: int, first: int, arms: list[tuple[int, int]] = (),
                    verb: re.Pattern = COPULA) -> tuple[int, int] | None:
    """(start, end) of the measure that opens the clause ``text[lo:first]`` as the subject of "was"/"were" right
    before the number at ``first`` (or of "being" after "with"); None when the clause has another shape or its subject
    names no measure. ``arms``: where the caller found the arms' names, which may follow the subject ("... for A was").
    ``verb``: the verb that ends the subject right before the number (another caller's: "X fell by | 6.4").

    >>> t = "In addition, the mean zeta score (ZS) at 12 months was 4.9 in A, compared to 5.2 in B."
    >>> a, b = subject_measure(t, 0, t.index("4.9"))
    >>> t[a:b]
    'zeta score'
    >>> subject_measure("Patients in A were 5.1 years older than in B", 0, 19) is None
    True
    >>> t = "RESULTS The mean zeta score was 4.9 in A, compared to 5.2 in B."
    >>> a, b = subject_measure(t, 0, t.index("4.9"))
    >>> t[a:b]
    'zeta score'
    >>> t = "The least squares mean zeta tone on day 7 for Acmeol was 6.3 as compared to 4.1 for Zetamab."
    >>> a, b = subject_measure(t, 0, t.index("6.3"), [(t.index("Acmeol"), t.index(" was"))])
    >>> t[a:b]
    'zeta tone'
    >>> t = "At week 8, mean zeta levels before morning dosing were 6.1 nmol/L in A and 9.4 nmol/L in B."
    >>> a, b = subject_measure(t, 0, t.index("6.1"))
    >>> t[a:b]
    'zeta levels'
    >>> t = "It met its endpoint with the rate of zeta clearance being 47.5% in A compared to 21.3% in B."
    >>> a, b = subject_measure(t, 0, t.index("47"))
    >>> t[a:b]
    'zeta clearance'
    """
    copula = verb.search(text, lo, first)
    if copula is None:
        return None
    end = copula.start()
    while end > lo and text[end - 1].isspace():
        end -= 1                                # (an aside blanked before the verb leaves a run of spaces)
    head = text[lo:end]
    opener = OPENER.match(head)
    start = lo + (opener.end() if opener else 0)
    if copula.group().split()[0].lower() == "being" and verb is COPULA:
        opens = list(WITH_BEFORE.finditer(text, start, end))
        if not opens:
            return None                         # ("the trial being ...": no result's subject)
        start = opens[-1].end()
    while True:                                 # strip the time and group phrases and brackets after the subject
        cut = BRACKET_AFTER.search(text, start, end) or TIME_AFTER.search(text, start, end) or \
            GROUP_AFTER.search(text, start, end) or arm_after(text, start, end, arms)
        if cut is None or cut.start() == start:
            break
        end = cut.start()
    inner = text.rfind(")", start, end)
    if inner >= 0 and all(w.group().lower() in LEADING for w in WORD.finditer(text, start, text.rfind("(", start, inner))):
        start = inner + 1                       # "Median (95% CI) PFS2 was ...": the bracket qualifies the number
    words = list(WORD.finditer(text, start, end))
    if not words or words[-1].end() != end or any(text[a.end():b.start()].strip()
                                                 for a, b in zip(words, words[1:])):
        return None                             # (punctuation inside: no plain noun phrase)
    while words and (words[0].group().lower() in LEADING or words[0].group() in cues.ABSTRACT_HEADING
                     or LEAST_SQUARES.match(text, words[0].start(), end)):
        if least := LEAST_SQUARES.match(text, words[0].start(), end):
            words = [w for w in words if w.start() >= least.end()]
            continue
        words.pop(0)                            # (nor a structured abstract's heading: "RESULTS The mean ...")
        if words and words[0].group().lower() == "of" and STATISTIC_BEFORE.search(text, 0, words[0].start()):
            words.pop(0)                        # ("the average of | zeta loss")
    if not words:
        return None
    change = CHANGE_BEFORE.match(text, words[0].start(), end) or SHARE_OF.match(text, words[0].start(), end)
    if change:
        words = [w for w in words if w.start() >= change.end()]
    if not words or len(words) > MOST_WORDS:
        return None
    a, b = words[0].start(), words[-1].end()
    phrase = text[a:b]
    if " ".join(phrase.lower().split()) in GENERIC_RESULT_WORDS or PEOPLE_IN.search(phrase) or DESCRIPTIVE.search(phrase) \
            or VERBISH.search(phrase) or not re.search(r"[A-Za-z]{2}", phrase) \
            or (verb is not ACHIEVED_BY and any(w.group().replace(".", "").isdigit() for w in words)):
        return None                             # (what was achieved may hold its threshold: "... of at least 4 points")
    return a, b


def arm_after(text: str, start: int, end: int, arms: list[tuple[int, int]]) -> re.Match | None:
    """The preposition that opens an arm's name ending ``text[start:end]``: "zeta tone | for Acmeol", else None."""
    for a, b in arms:
        if start < a and b == end and (hit := ARM_PREPOSITION.search(text, start, a)):
            return hit
    return None


# who reached the outcome, and the verb before it: "61% of patients receiving A | had | an improvement in zeta vision, ..."
# (or a share of them: "41 percent in the A group reported | the absence of zeta")
ACHIEVERS = re.compile(rf"""(?:\b(?:{cues.PEOPLE}|eyes|those)\b|\d\s?(?:%|percent\b|per\s+cent\b))[^.;]{{0,80}}?
    \b(?P<verb>achieved|attained|reached|had|experienced|showed|maintained|gained|lost|developed|became|reported|
    achieving|attaining|reaching|experiencing|showing|maintaining|gaining|losing|developing|reporting
    # (or what they were, where it names responders: "60% of A-treated patients were | zeta itch responders")
    |were(?=\s(?:[\w/'’-]+\s){{0,6}}?responders\b))\s""", re.I | re.X)
# verbs whose outcome is named with them: "gained five or more letters", not "five or more letters"
NAMED_WITH_VERB = frozenset({"gained", "lost", "gaining", "losing"})
# where the outcome's name ends: a comparison, a bracket, a time, the arms (or an arm's dose: "with 3 mg of A"); not a
# threshold's share ("a reduction in zeta by 50% or more")
OBJECT_END = re.compile(r"""[,;:()\[\]]|\s(?:compared|versus|vs\.?|than|relative|while|whereas|respectively|defined|which|
    that|who|as\s+(?:defined|measured|assessed)|
    # (the verb of the clause the people's phrase is the subject of: "the share who achieved X | was greater ...")
    (?:was|were|is|are)\s|
    (?:at|after|by|during|over|through|within)\s+(?:the\s+)?(?:end|week|month|year|day|visit|\d(?![\d.]*\s?(?:%|percent\b)))|
    (?:in|among|with|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:group|arm|cohort)s?\b|and\s+(?:\d|those|in\s|of\s)|
    (?:with|on)\s+\d)""",
                        re.I | re.X)
# outcomes that only point at a measure named elsewhere, or at who patients were
NOT_AN_OUTCOME = re.compile(r"\b(?:endpoints?|end\s+points?|criteri(?:a|on)|goals?|targets?|results?|outcomes?|history|"
                            r"prior|previous|(?<!from\s)baseline|it|them|this|that|benefit|effects?)\b", re.I)
# an event named by no more than a word for its kind: "had an event", "had serious events" (not "had a major adverse
# kidney event": an outcome's name)
GENERIC_EVENT = re.compile(r"(?:(?:any|adverse|serious|clinical|such|these|other|further|similar|more|fewer)\s)?events?", re.I)
MOST_OBJECT_WORDS = 12
# the arm's number before what it counts or measures: "had | 0.274 | spells", "achieved | 7.3 percent | weight loss"
# (after the verbs of having, not of showing: "showed 41% responders" names who, not what)
AMOUNT_VERBS = frozenset({"had", "achieved", "attained", "experienced", "achieving", "attaining", "experiencing"})
AMOUNT_FIRST = re.compile(r"[-+]?\d{1,6}(?:\.\d{1,3})?(?:\s?%|\s(?:percent|per\scent|percentage\spoints?|points?)\b)?\s(?!of\s)")
LEVELS_OF = re.compile(r"(?:serum\s+|blood\s+|plasma\s+)?levels?\s+of\s+", re.I)
# a clause about who took part, not what they reached
WHO_ENTERED = re.compile(r"\b(?:eligib\w*|inclusion|enrol(?:l?ed|ment)|recruited|were\s+included|screened)\b", re.I)


# a verdict said before the outcome people had: "a statistically significant improvement in | zeta cure"
VERDICT_LEAD = re.compile(r"(?:statistically\s)?significant(?:ly)?\s(?:greater\s|better\s|higher\s|lower\s)?"
                          r"(?:difference|improvement|reduction|increase)s?\s(?:in|of)\s", re.I)


# the passive of reaching an outcome, whose subject is the measure and whose agents (the arms, with their numbers) follow:
# "zeta remission | was achieved by | more XY-treated (31%) than placebo-treated patients (6%)"
ACHIEVED_BY = re.compile(r"\s(?:was|were)\s(?:(?:also|significantly)\s)?(?:achieved|attained|reached)\s(?:by|in|among)\s",
                         re.I)


def achieved_measure(text: str, lo: int, hi: int, avoid: list[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """(start, end) of the outcome that people reached in ``text[lo:hi]``: the object of "achieved", "had",
    "experienced" ... after a word for people ("61% of patients on A had an improvement in zeta vision, compared to
    ..."), with the verb where it is part of the name ("gained five or more letters"); outside the spans ``avoid``
    (the arms' names). None when the clause names no such outcome.

    >>> t = "61% of patients on A had an improvement in zeta vision, compared to 24% on B"
    >>> a, b = achieved_measure(t, 0, len(t))
    >>> t[a:b]
    'improvement in zeta vision'
    >>> t = "Of the eyes, 7/12 (58%) treated with A gained five or more letters compared to 1/11 (9%) with B"
    >>> a, b = achieved_measure(t, 0, len(t))
    >>> t[a:b]
    'gained five or more letters'
    >>> t = "47% of patients on A had a statistically significant improvement in zeta cure, compared to 26% on B"
    >>> a, b = achieved_measure(t, 0, len(t))
    >>> t[a:b]
    'zeta cure'
    """
    if WHO_ENTERED.search(text, lo, hi):
        return None                              # "Eligible patients had X ...": who could take part
    for hit in ACHIEVERS.finditer(text, lo, hi):
        verb = hit.group("verb").lower()
        start = hit.end()
        cut = OBJECT_END.search(text, start, hi)
        end = cut.start() if cut else hi
        for a, b in avoid:
            if start <= a < end:
                end = a                          # an arm named after the outcome ends it
        words = list(WORD.finditer(text, start, end))
        article = bool(words) and words[0].group().lower() in ("a", "an", "the", "their", "its")
        while words and words[0].group().lower() in ("a", "an", "the", "their", "its"):
            words.pop(0)
        amount = AMOUNT_FIRST.match(text, words[0].start(), end) if words and verb in AMOUNT_VERBS else None
        if amount:                               # "had | 0.274 | spells per week", "achieved | 7.3 percent | weight
            words = [w for w in words if w.start() >= amount.end()]     # loss": the arm's number, not the name
        level = LEVELS_OF.match(text, words[0].start(), end) if words else None
        if level:                                # "had levels of zeta DNA <69 IU/mL": the measure is the DNA's
            words = [w for w in words if w.start() >= level.end()]
        verdict = VERDICT_LEAD.match(text, words[0].start(), end) if words else None
        if verdict:                              # "had a statistically significant difference in | zeta cure": a
            words = [w for w in words if w.start() >= verdict.end()]     # verdict on the outcome, not its name
        while words and words[-1].group().lower() in ("in", "of", "with", "on", "the", "and", "or", "by", "for", "a"):
            words.pop()
        if not words or len(words) > MOST_OBJECT_WORDS or (words[0].group().lower().endswith("ed") and not article) \
                or NOT_AN_OUTCOME.search(text, words[0].start(), words[-1].end()) \
                or GENERIC_EVENT.fullmatch(text, words[0].start(), words[-1].end()) \
                or not re.search(r"[A-Za-z]{3}", text[words[0].start():words[-1].end()]):
            continue
        if any(a < words[-1].end() and words[0].start() < b for a, b in avoid):
            continue
        first = hit.start("verb") if verb in NAMED_WITH_VERB else words[0].start()
        return first, words[-1].end() - words[-1].group().endswith(".")
    return None
