"""Measures named as instruments: a capitalised name ending in Scale, Index or Questionnaire ("the Acme Rating Scale"),
a short form a score is given for ("a ZQ score of"), and a response of a kind ("objective response rate", "50% responders").
:func:`kg.text.measures.find_measures` calls them in turn with the other named shapes (:mod:`kg.text.measure_shapes`).
"""

from __future__ import annotations

import re

from kg.model import Mention
from kg.text import cues
from kg.text import prefilter as rx
from kg.text.abbreviations import find_abbreviations
from kg.text.measure_list import CAPITALS_BEFORE, KIND, LETTERS, SCALE_PART, acronym_of, listed, load_names, mention
from kg.text.measure_shapes import ABBREVIATION_AFTER, AGREEMENT_AFTER, ARTICLES_WORDS, inner

RESPONSE_NOUN = rx.compile(r"\b(?:response|responder|remission|success)(?P<pl>s|es)?(?P<rate> rates?)?\b(?! letter)"
                           r"(?P<cri> with incomplete (?:blood count |hematologic |haematologic |count )?recovery(?: of blood counts)?)?",
                           re.I)
# a share of responders: "the percentage of | responders"
RESPONDER_SHARE = rx.compile(r"(?=[nprs])\b(?:proportion|percentage|percent|number|share|rate)\sof\s(?:the\s)?$", re.I)
RESPONSE_KIND = rx.compile(r"\b(?P<adj>objective|overall|complete|partial|motor milestone|best overall|pathologic(?:al)? complete|"
                           r"(?:major |complete |partial )?(?:molecular|cytogenetic|hematologic|haematologic|renal|virologic(?:al)?|"
                           r"serologic(?:al)?|histologic(?:al)?|endoscopic|radiographic|biochemical|metabolic)|durable|sustained|clinical|"
                           r"stringent complete|very good partial|composite(?: (?:biochemical|clinical|renal|hematologic))?) $", re.I)
# (or the name before a lower-case instrument word, with its short form between: "the Acme Quality of Life (AQoL) scale")
LOWER_INSTRUMENT_WORDS = "scale|questionnaire|inventory"
NAMED_SCALE = rx.compile(r"(?:\b[a-z]{3,15}\s)?\b(?:(?:St\.\s)?[A-Z][\w'’]{0,20}(?:-[A-Za-z][\w'’]{0,20}){0,3}\s(?:(?:of|and|for|the|in)\s)?)"
                         rf"{{1,8}}(?:(?:{cues.INSTRUMENT_WORDS})(?:[- ](?:Revised|Expanded))?\b(?:-\d{{1,2}}(?![\w.]))?"
                         rf"|(?=(?:\([^()\s]{{1,12}}\)\s)?(?:{LOWER_INSTRUMENT_WORDS})\b))")
# what an instrument's name may go on with after its instrument word: "Index | of Zeta Function", "Inventory | of
# Treatment Satisfaction" (capitalised words only: "the Zeta Index of patients" ends on Index; each word whole: "of Zeta
# Symptomatology-Self-Rated")
# (or with a word that names the instrument's form: "the Zeta Assessment | Method")
OF_NAME_TAIL = re.compile(r"\sof\s[A-Z][\w'’-]{1,30}+(?![\w'’-])(?:\s[A-Z][\w'’-]{1,30}+(?![\w'’-])){0,4}|\s(?:Method|Battery|Tool)\b")
# what every NAMED_SCALE match holds, in its case: one search, where the prefilter's literals (any case: "score",
# "latest") let most sentences reach NAMED_SCALE, whose search tries every word (~9 us a sentence)
SCALE_NAME_WORD = re.compile(r"\b(?:Quality|Rating|Impression|Severity|Symptoms?|Activity|Status|Functional|Function|Disability|"
                             r"Pain|Health|Depression|Anxiety|Fatigue|Cognitive|Assessment)\b")
INSTRUMENT_WORD = rx.compile(rf"(?:{cues.INSTRUMENT_WORDS}|(?<=[\s)])(?:{LOWER_INSTRUMENT_WORDS}))\b")
# words that make a capitalised name an organisation's, whatever it ends with
# (not "Society", "Association" or "Center": "Movement Disorder Society-Unified ... Rating Scale", "American Spinal Injury
# Association Impairment Scale", "Center for Epidemiologic Studies Depression Scale" are scales)
ORGANIZATION_WORD = re.compile(r"\b(?:Institutes?|Programme|Program|Foundation|Council|University|Department|Agency|Ministry|"
                               r"Organi[sz]ation|Trust|Fund)\b")
LEADING = frozenset("""The A An On In By Using With And Its Our Their This That These Both Each Per
    Although Though While Whereas However But Also When If Because Since""".split())   # (a clause's conjunction too:
#                                                 "Although | Zeta Rating Scale (ZRS) response was ...")
# a scale's abbreviation with the share of improvement its responders reach: "ZRS-50", "EASI-75" (before "response")
THRESHOLD_ABBREVIATION = re.compile(r"(?<![\w-])(?P<abbr>[A-Z][A-Za-z]{1,7}-?(?:20|50|70|75|90|100))\s$")
# a scale known only by its letters, with a hyphen, before its responders: "ZG-ADL | responders" (the hyphen keeps a
# company's or a drug's letters out: "XY responders")
SCALE_LETTERS_BEFORE = re.compile(r"(?<![\w-])(?P<abbr>[A-Z]{1,6}-[A-Z]{2,6})\s$")
# what makes a bare "remission" or "response" a result reached: "were in remission", "achieved a response"
# (or with the share that did: "achieved 37% | remission")
REACHED_BEFORE = rx.compile(r"(?=[abrw])\b(?:achiev\w{1,3}|attain\w{1,3}|reach\w{1,3}|(?:were|was|be|being|remained)\s+in)\s+"
                            r"(?:an?\s+|\d{1,3}(?:\.\d{1,2})?\s?%\s)?$", re.I)
# "45% of patients responded": those who responded, the response
RESPONDED = rx.compile(r"(?<=%)(?:\s+of(?:\s+the)?(?:\s+[\w-]{1,20}){0,3}?)?\s+responded\b(?!\s+to\s+(?:a|an|the)\s+(?:survey|questionnaire|call))",
                       re.I)


def response(text: str, found: list[Mention]) -> list[Mention]:
    out = []
    for m in RESPONDED.finditer(text):
        at = m.end() - len("responded")
        out.append(mention(text, at, m.end(), "response"))
    for m in RESPONSE_NOUN.finditer(text):
        kind = RESPONSE_KIND.search(text, max(0, m.start() - 40), m.start())
        success = m.group().lower().startswith("succ")      # (a success counts only as a scale's: "IGA success")
        if not kind and not m.group("rate") and not m.group("pl") and not success and \
                REACHED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            noun = "remission" if text[m.start():m.start() + 5].lower() == "remis" else "response"
            out.append(mention(text, m.start(), m.end(), noun))      # "were in remission", "achieved a response"
            continue
        if not kind:
            # a scale's responders: "ABC-D responders", "an ABC-D response"
            scale = next((f for f in found if f.end + 1 == m.start() and text[f.end] == " " and
                          any(n.kind == "scale" for n in load_names().by_key.get(f.text, load_names().by_key.get(
                              f.text.lower(), ())))), None)
            if scale and not m.group("rate"):      # ("IGA success": a scale's success, named so)
                out.append(mention(text, scale.start, m.end(), f"{scale.label} {'success' if success else 'response'}"))
            elif not scale and (cut := THRESHOLD_ABBREVIATION.search(text, max(0, m.start() - 14), m.start())):
                out.append(mention(text, cut.start(), cut.end("abbr"), cut.group("abbr")))   # "a ZRS-50 response"
            elif not scale and not m.group("rate") and (short := SCALE_LETTERS_BEFORE.search(text, max(0, m.start() - 14),
                                                                                              m.start())):
                noun = "responder" if m.group().lower().startswith("responder") else "response"   # "ZG-ADL responders":
                out.append(mention(text, short.start(), m.end(), f"{short.group('abbr')} {noun}"))  # a scale's letters
            elif not scale and m.group("pl") and RESPONDER_SHARE.search(text, max(0, m.start() - 24), m.start()):
                out.append(mention(text, m.start(), m.end(), "responders"))     # "the percentage of responders"
            continue
        if success:
            continue
        noun = text[m.start():m.start() + 8].lower().rstrip("s")
        noun = "remission" if noun.startswith("remiss") else "response"
        label = f"{kind.group('adj').lower()} {noun}" + (" rate" if m.group("rate") else "") + (m.group("cri") or "")
        qualified = CAPITALS_BEFORE.search(text, max(0, kind.start() - 8), kind.start())
        if qualified:                  # "ZD Clinical Response": the disease's own response, named as written
            out.append(mention(text, qualified.start(), m.end(), text[qualified.start():m.end()]))
            continue
        out.append(mention(text, kind.start(), m.end(), load_names().labels.get(label, label)))
    return out


# what joins a known measure to the scale named after it: "FEV1 | and | the Zeta Questionnaire"
JOINED_AFTER = re.compile(r"(?:\s(?:and|or)|,)\s(?:the\s)?")


def named_scale(text: str, found: list[Mention]) -> list[Mention]:
    """A capitalised name ending in Scale, Index, Questionnaire ... (a lower-case first word only when the
    abbreviation after the name spells it: "integrated ... Scale (iABC)").

    >>> [m.label for m in named_scale("A Zeta Protocol Assessment (ZPA) agreement was reached on the Beta Rating Scale.", [])]
    ['Beta Rating Scale']
    >>> [m.label for m in named_scale("It used the Global Index of Zeta Function (GIZF) and the Zeta Inventory.", [])]
    ['Global Index of Zeta Function', 'Zeta Inventory']
    >>> [m.label for m in named_scale("Zeta was rated with the Beta Assessment Method.", [])]
    ['Beta Assessment Method']
    >>> [m.label for m in named_scale("Scores on the St. Zeta’s Respiratory Questionnaire improved.", [])]
    ['St. Zeta’s Respiratory Questionnaire']
    >>> from kg.text.measure_list import mention
    >>> t = "Endpoints: ZV1 and St. Zeta's Respiratory Questionnaire scores."
    >>> [m.label for m in named_scale(t, [mention(t, 11, 14, "ZV1")])]
    ["St. Zeta's Respiratory Questionnaire"]
    """
    out = []
    for m in scale_matches(text) if INSTRUMENT_WORD.search(text) else ():
        start, name = m.start(), m.group(0)
        words = name.split(" ")
        short = ABBREVIATION_AFTER.match(text, m.end())
        if words[0].islower() and not (short and short.group("short")[0].islower()
                                       and acronym_of(short.group("short"), name)):
            start += len(words[0]) + 1
            words = words[1:]
        while words and (words[0] in LEADING or words[0] in ARTICLES_WORDS):
            start += len(words[0]) + 1
            words = words[1:]
        joined = next((j for f in found if start <= f.start and f.end < m.end() and (j := JOINED_AFTER.match(text, f.end))),
                      None)
        if joined:                      # ("| FEV1 and | St. Zeta's Respiratory Questionnaire": a known measure, then the
            start = joined.end()        # scale's own name)
            words = text[start:m.end()].split(" ")
        if len(words) < 2 or ORGANIZATION_WORD.search(text, start, m.end()) or AGREEMENT_AFTER.match(text, m.end()):
            continue          # "the National Institute for Health Research Health Technology Assessment": a funder;
            #                   "a Zeta Protocol Assessment (ZPA) agreement": a regulator's agreement
        end = m.end()
        if text[end - 1:end] != " " and (tail := OF_NAME_TAIL.match(text, end)):
            end = tail.end()                # ("the Zeta Index | of Beta Function (ZIBF)")
        if text[end - 1:end] == " ":        # a name before a lower-case instrument word: a scale's name by its words
            end -= 1                        # or its short form ("the Acme Quality of Life scale", "the Zeta (ZS) scale")
            if not (SCALE_NAME_WORD.search(text, start, end) or short) or \
                    (short and any(f.start == short.start("short") for f in found)):
                continue                    # (a short form the list knows names it: "the Zeta Impression (CGI-S) scale")
        phrase = text[start:end]
        label = load_names().labels.get(phrase.lower(), phrase)
        part = SCALE_PART.match(text, end)
        if part:
            end = part.end()
            if part.group(0).strip().lower().startswith("part"):
                label = f"{label} {part.group(0).strip()}"
        out.append(mention(text, start, end, label))
    return out


# an instrument word inside a run of capitalised words, where the next instrument's name begins: "the Zeta Analogue Scale |
# and Beta Rating Scale", "Zeta Activity Log | Beta Impact Scale" (not where the words go on naming the same one: "Test
# Battery", "Index Score", "Scale Revised")
INNER_INSTRUMENT_END = re.compile(rf"\b(?:{cues.INSTRUMENT_WORDS})(?=\s(?:and\s)?(?!(?:{cues.INSTRUMENT_WORDS}|Revised|Expanded|"
                                  r"Short|Total|Part|Battery|Method|Tool)\b)[A-Z][a-z])")


def scale_matches(text: str):
    """The matches of NAMED_SCALE in ``text``, a run of two instruments' names cut after the first one's instrument
    word (and searched again from there).

    >>> [m.group(0) for m in scale_matches("were the Zeta Analogue Scale and Beta Life Rating Scale")]
    ['the Zeta Analogue Scale', 'and Beta Life Rating Scale']
    """
    pos = 0
    while (m := NAMED_SCALE.search(text, pos)) is not None:
        inner = INNER_INSTRUMENT_END.search(text, m.start(), m.end() - 1)
        if inner is not None:
            m = NAMED_SCALE.match(text, m.start(), inner.end()) or m
        yield m
        pos = max(m.end(), pos + 1)
# a scale known only by its letters, named as scored: "the ABCD score", "ABC-D total scores"
ROMAN = re.compile(r"[IVX]{1,5}")
SCORED_ABBREVIATION = rx.compile(r"(?<![\w-])(?P<abbr>[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,5})?)\s(?:total\s)?scores?\b")


def scored_abbreviation(text: str, found: list[Mention]) -> list[Mention]:
    """A scale the list does not know, named by its letters and "score": "the ABCD score" is the measure ABCD.

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("The change in mean ABCD score was larger with XY-123 (p=0.01).")]
    ['ABCD']
    """
    out = []
    for m in SCORED_ABBREVIATION.finditer(text):
        if not any(f.start < m.end() and m.start() < f.end for f in found) and not ROMAN.fullmatch(m.group("abbr")):
            # (the list's name for it wins; "Part III score" is a part of a scale named before)
            out.append(Mention(m.group(), m.start(), m.end(), KIND, m.group("abbr"), (), LETTERS))
    return out


# a rating scale's letters after the capitalised words that say what it rates: "the | Peak Itch NRS | score", "Worst
# Leg Pain VAS" (not a statistic or a time before the letters: "Mean NRS", "Weekly VAS")
RATED_SYMPTOM = rx.compile(rf"(?<![\w-])(?P<what>[A-Z][a-z]{{2,15}}(?:\s[A-Z][a-z]{{2,15}}){{0,2}})\s(?P<abbr>{cues.RATING_LETTERS})"
                           r"(?![\w-])(?:\s(?:total\s)?scores?\b)?")
NOT_RATED = frozenset("Mean Median Average Adjusted Maximum Minimum Overall Final Baseline Change Weekly Daily Total Score "
                       "Scores Using".split()) | LEADING


def rated_symptom(text: str, found: list[Mention]) -> list[Mention]:
    """A rating scale named by what it rates and its letters: "the Peak Itch NRS score" is the measure Peak Itch NRS.

    >>> [m.label for m in rated_symptom("The Worst Leg Pain NRS score fell more with XY-123 (p=0.01).", [])]
    ['Worst Leg Pain NRS']
    >>> [m.label for m in rated_symptom("The Mean NRS fell more with XY-123 (p=0.01).", [])]
    []
    """
    out = []
    for m in RATED_SYMPTOM.finditer(text):
        words = m.group("what").split(" ")
        start = m.start()
        while words and words[0] in NOT_RATED:
            start += len(words.pop(0)) + 1
        if words:
            out.append(Mention(text[start:m.end()], start, m.end(), KIND, text[start:m.end("abbr")], (), LETTERS))
    return out


# a short form defined in a bracket, then the share of improvement its responders reach: "the Zeta Area and Severity
# Index (ZASI) | 75", "American College of Zetology (ACZ) | 20 response"
DEFINED_THEN_LEVEL = rx.compile(r"\((?P<abbr>[A-Z][A-Za-z]{1,7})\)\s?-?(?P<level>20|40|50|70|75|90|100)(?![\d%]|[.,]\d)"
                                r"(?P<response>\s(?:response|responders?|criteria)\b)?")


def defined_level(text: str, found: list[Mention]) -> list[Mention]:
    """A responder endpoint written as a defined name, its short form and a level: "achieving Zeta Area and Severity
    Index (ZASI) 75" is ZASI 75, as the list names it; a name the list does not know only before "response"
    ("Zeta Activity Index (ZAI) 50 response": ZAI50).

    >>> [(m.text, m.label) for m in defined_level("achieved an Acme Zeta Index (AZI) 50 response at week 12", [])]
    [('Acme Zeta Index (AZI) 50', 'AZI50')]
    >>> defined_level("the Acme Zeta Index (AZI) 50 patients", [])
    []
    """
    out = []
    for m in DEFINED_THEN_LEVEL.finditer(text):
        name = f"{m.group('abbr')} {m.group('level')}"
        known = [x.label for x in listed(name) if x.start == 0 and x.end == len(name)]
        if not known and not m.group("response"):
            continue
        long = [a for a in find_abbreviations(text[:m.end("abbr") + 1]) if a.short == m.group("abbr")]
        start = long[-1].long_start if long else m.start()
        if text[start:m.start()].strip() and any(f.start <= start and m.end("level") <= f.end for f in found):
            continue            # (a longer name read already holds it)
        label = known[0] if known else name.replace(" ", "")
        out.append(Mention(text[start:m.end("level")], start, m.end("level"), KIND, label, (), LETTERS))
    return out


# a short form with digits in a bracket, which only defined_listed reads: "(ACZ20)"
SHORT_WITH_DIGITS = rx.compile(r"\([A-Z][A-Za-z-]{1,8}\d{1,3}\)")


def defined_listed(text: str, found: list[Mention]) -> list[Mention]:
    """A listed short form with a level, defined by words the list does not know: "an Acme College of Zetology 20%
    response (ACZ20)" names what the list calls ACZ20, words and bracket both (where no measure read already covers
    the words; not a short form without digits: "overall response rate (ORR)" is no list's objective one).

    >>> from kg.text.measures import find_measures
    >>> [m.label for m in find_measures("The end point was the share of patients with an American College of "
    ...                                 "Rheumatology 50% response (ACR50) at week 24.")]
    ['ACR50']
    >>> [m.label for m in find_measures("The end point was the share of patients achieving 30% improvement in Zeta "
    ...                                 "Society criteria (ZS30) at week 24.")]
    ['ZS30']
    """
    out = threshold_defined(text, found)
    for a in find_abbreviations(text):
        if len(a.short) < 3 or not any(c.isdigit() for c in a.short) \
                or not (known := [x.label for x in listed(a.short) if x.start == 0 and x.end == len(a.short)]):
            continue
        end = text.find(")", a.long_start + len(a.long)) + 1
        if any(f.start <= a.long_start < f.end and f.end >= a.long_start + len(a.long) for f in found):
            continue
        out.append(Mention(text[a.long_start:end], a.long_start, end, KIND, known[0], (), LETTERS))
    return out


# a threshold of improvement in a named set of criteria, the short form giving the threshold after the criteria's
# initials: "| 20% improvement in Zeta Society criteria (ZS20) |"
THRESHOLD_DEFINED = rx.compile(r"""(?<![\w.])(?P<n>\d{1,3})\s?%\s(?:improvement|response|reduction)\s(?:in|of)\s(?:the\s)?
    (?P<long>[A-Z][\w'’-]{0,30}(?:\s[\w'’-]{1,30}){0,7}?)\s\((?P<short>[A-Z][A-Za-z-]{1,8}?)-?(?P=n)\)""", re.X)


def threshold_defined(text: str, found: list[Mention]) -> list[Mention]:
    """The measure a threshold of improvement in named criteria makes, its short form given after ("20% improvement in
    Zeta Society criteria (ZS20)": ZS20, or the list's name for it), words and bracket both."""
    out = []
    for m in THRESHOLD_DEFINED.finditer(text) if "%" in text else ():
        short = m.group("short") + m.group("n")
        if not acronym_of(m.group("short"), m.group("long")) \
                or any(f.start <= m.start() and m.end() <= f.end for f in found):
            continue                    # (a longer name read already holds it)
        known = [x.label for x in listed(short) if x.start == 0 and x.end == len(short)]
        out.append(Mention(text[m.start():m.end()], m.start(), m.end(), KIND, known[0] if known else short, (), LETTERS))
    return out
