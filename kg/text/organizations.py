"""Organisation names by their shape: companies, universities, hospitals, institutes, foundations, agencies.

Pure functions over one sentence's text. A capitalised phrase is an
organisation only when its shape says so: a legal form ("Acme Bio, Inc.",
"Beta GmbH"), a company head word ("Acme Therapeutics", "Beta Pharma"), an
institution ("University of Gamma", "Delta University", "Epsilon Hospital",
"Zeta Institute of Cardiology", "Eta Foundation"). :func:`name_after` and
:func:`names_before` read the capitalised phrase that a role cue points at
("sponsored by ..."), and the caller decides whether the cue is strong enough
to take it without a shape. :func:`canonical` drops the legal form and a
defined abbreviation, so that "Acme Bio, Inc." and "Acme Bio" are one name.

>>> [(o.name, o.kind) for o in find_names("Patients at Gamma University Hospital received XY-123 from Acme Therapeutics, Inc.")]
[('Gamma University Hospital', 'hospital'), ('Acme Therapeutics', 'company')]
>>> canonical("Acme Bio, Inc."), canonical("Beta Labs (BL)")
('Acme Bio', 'Beta Labs')
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import ahocorasick

from kg.resources import data_path
from kg.text.joined import hits_each
from kg.text.cues.trials import ABSTRACT_HEADING

# a word, an ampersand, an opening parenthesis with an all-capital abbreviation, or punctuation
# a dateline's dashes are tokens of their own, which no name crosses: "Calif. -- Acme Bio", "March 3, 2030-Acme Bio"
TOKEN = re.compile(r"\d{4}-(?=[A-Z])|A/S(?![\w/])|[A-Za-z0-9À-ÿ](?:[\w'’.À-ÿ]|-(?!-)){0,60}|&|\([A-Z][A-Za-z0-9&.-]{0,12}\)|[(),;:/—–]|-{1,3}")
# legal forms that end a company's name ("Acme Bio, Inc.", "Beta AG", "Gamma Co., Ltd.")
LEGAL_FORMS = frozenset("""Inc Inc. Incorporated Ltd Ltd. Limited LLC L.L.C. LP plc Plc PLC GmbH AG SA S.A. SE Co Co.
    Corp Corp. Corporation K.K. KK N.V. NV B.V. BV A/S AB ASA Oy S.p.A. SpA S.L. SAS Pty Pvt Pvt. Holdings KGaA""".split())
# head words that make a capitalised phrase a company ("Acme Therapeutics", "Beta Biosciences")
COMPANY_HEADS = frozenset("""Pharmaceuticals Pharmaceutical Pharma Pharmaceutica Therapeutics Biotherapeutics Biosciences
    Bioscience Biotech Biotechnology Biologics Biopharma BioPharma Biopharmaceuticals Biopharmaceutical Bio Laboratories
    Labs Medicines Genetics Genomics Healthcare Biomedical Biomedicines Vaccines Biologicals Company Sciences Oncology
    Diagnostics Neuroscience Neurosciences Medicament Médicament Arzneimittel Pharmazeutika Farmaceutici Farmaceutica
    Farmacéutica International""".split())      # (other languages' "pharmaceuticals", a name's last word as in English;
#                                                  a company's international arm: "Acme International Sàrl")
# after these a company head names a field, not a company ("University of Health Sciences", "Department of Oncology")
FIELD_OF = frozenset("of for".split())
# heads of institutions; "Medical Center", "Cancer Centre" ... are read through their last word
INSTITUTION_HEADS = {
    "University": "university", "College": "university", "School": "university",
    "Hospital": "hospital", "Hospitals": "hospital", "Clinic": "hospital", "Infirmary": "hospital",
    "Center": "hospital", "Centre": "hospital",
    "Institute": "institute", "Institutes": "institute", "Laboratory": "institute",
    "Foundation": "foundation", "Trust": "foundation", "Fund": "foundation", "Council": "foundation",
    "Society": "society", "Association": "society", "Consortium": "society",
    "Agency": "government", "Administration": "government", "Ministry": "government", "Department": "government",
}
# a Center or Centre is an institution only after one of these ("Medical Center", "Cancer Centre")
CENTER_KINDS = frozenset("Medical Cancer Research Health Children's Heart Eye Clinical".split())
# capitalised words that never start or end a name (sentence openers, pronouns, months, titles)
NOT_NAME = frozenset("""The A An And Or But In On At By For From With Without Of To Its It Their His Her Our This That These
    Those Both Each Every Some Any No Not As After Before During Under Over Since While When Where Which Who Whose
    Shares Patients Participants Researchers Investigators Doctors Officials Scientists Analysts According Also However
    Meanwhile Today Yesterday Now Then About Announce Announces Announced Dr Dr. Prof Prof. Professor Mr Mr. Ms Ms. Mrs Mrs. Sir Chief Head Director CEO
    Receives Received Wins Won Gets Secures Secured Obtains Obtained Gains Reports Reported Says Said Presents Unveils Reveals
    Provides Provided Gives Releases Highlights Details Outlines Publishes Doses Enrolls Initiates
    Slumps Soars Plunges Jumps Tumbles Surges Sinks Plummets Halts Stops Discontinues Launches Files Submits Completes Begins Starts
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Phase Study Trial Part Arm Cohort
    Specifically Importantly Additionally Separately Similarly Finally Notably Overall Moreover Furthermore Previously
    Recently Earlier Later Currently Initially Ultimately Further Indeed Interestingly Consequently Accordingly
    Subsequently Likewise Instead Nevertheless Nonetheless Thus Therefore Hence Here There
    Evaluating Assessing Comparing Testing Investigating Examining Studying Using Featuring Including Involving Regarding""".split())
# (nor the verb of a headline's title case before a name: "Study | Evaluating | Acme's XY-123")
# (the adverbs that open a sentence: "Specifically, the firm reported ..." names no firm "Specifically")
# small words that may stand inside a name ("University of Gamma", "Beta & Sons", "Institute for Delta Research")
INNER = frozenset({"of", "for", "and", "&", "de", "la", "du", "der", "di", "the", "on"})
MAX_WORDS = 8
# a text holds a name by shape only if it holds one of these words (one Aho-Corasick pass finds them)
HEAD_SET = LEGAL_FORMS | COMPANY_HEADS | frozenset(INSTITUTION_HEADS)
HEAD_WORDS = ahocorasick.Automaton()
for _word in HEAD_SET:
    HEAD_WORDS.add_word(_word, _word)
HEAD_WORDS.make_automaton()


def head_positions(text: str) -> list[int]:
    """Where the head words and legal forms of a text start (whole words only), in text order.

    >>> head_positions("Acme Bio, Inc. and Biology Hospital")
    [5, 10, 27]
    """
    out = []
    for last, word in HEAD_WORDS.iter(text):
        start, end = last - len(word) + 1, last + 1
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            out.append(start)
    return sorted(set(out))


@dataclass(frozen=True)
class OrgName:
    """An organisation name found in a text: its span, its name as written (legal form dropped) and its kind."""

    start: int
    end: int
    name: str
    kind: str                    # company, university, hospital, institute, foundation, society, government


class Token(NamedTuple):
    """A word or punctuation mark of a text and its offsets (a named tuple: a sentence makes hundreds of them)."""

    start: int
    end: int
    text: str


def tokens(text: str) -> list[Token]:
    """The words and punctuation of a text; a word's final full stop is dropped unless it ends an abbreviation.

    >>> [t.text for t in tokens("Acme Co. and F. Beta-Gamma, Inc. said.")]
    ['Acme', 'Co.', 'and', 'F.', 'Beta-Gamma', ',', 'Inc.', 'said']
    >>> [t.text for t in tokens("Acme Therapeutics' drug")]
    ['Acme', 'Therapeutics', "'s", 'drug']
    >>> [t.text for t in tokens("Zeta Nordic A/S said")]                     # (a Danish company's legal form)
    ['Zeta', 'Nordic', 'A/S', 'said']
    >>> [t.text for t in tokens("(WIRE)--May 1, 2030--Zeta Bio said")]      # (a wire dateline's double hyphens)
    ['(WIRE)', '--', 'May', '1', ',', '2030', '--', 'Zeta', 'Bio', 'said']
    """
    out: list[Token] = []
    append, find, new = out.append, text.find, tuple.__new__
    end = 0
    # findall makes no match objects; a word is found again from the end of the one before it, as the characters
    # between two tokens are ones no token starts with (each such character is a token of its own at least)
    for word in TOKEN.findall(text):
        start = find(word, end)
        end = start + len(word)
        last = word[-1]
        if last not in ".'’" and (last != "s" or word[-2:] not in ("'s", "’s")):
            append(new(Token, (start, end, word)))         # most words: nothing to split off
            continue
        stop = end
        if last == "." and len(word) > 1 and not keeps_stop(word):
            stripped = word.rstrip(".")
            word, stop = stripped, end - (len(word) - len(stripped))
        if word.endswith(("'s", "’s")) and len(word) > 2:          # a possessive is a word and its "'s"
            append(new(Token, (start, stop - 2, word[:-2])))
            append(new(Token, (stop - 2, stop, "'s")))
        elif word.endswith(("s'", "s’")) and len(word) > 3:        # a plural's possessive: "Acme Therapeutics' drug"
            append(new(Token, (start, stop - 1, word[:-1])))
            append(new(Token, (stop - 1, stop, "'s")))
        else:
            append(new(Token, (start, stop, word)))
    return out


def keeps_stop(word: str) -> bool:
    """Does a word's final full stop belong to it ("Inc.", "F.", "U.S.", "Co.")?"""
    return word in LEGAL_FORMS or len(word) == 2 or "." in word[:-1]


def is_name_word(word: str) -> bool:
    """A word that may be part of a name: capitalised (or a digit-led brand such as "3M"), not a sentence opener.

    >>> is_name_word("Acme"), is_name_word("The"), is_name_word("acme"), is_name_word("(AB)")
    (True, False, False, False)
    >>> is_name_word("zetaQure"), is_name_word("mRNA")      # (a brand written in lower case with a capital inside)
    (True, False)
    >>> is_name_word("Calif.-based")                       # (where a company is, before its name)
    False
    """
    return bool(word) and (word[0].isupper() or (word[0].isdigit() and any(c.isupper() for c in word))
                           or INNER_CAPITAL.fullmatch(word) is not None) \
        and word not in NOT_NAME and not is_abbreviation(word) and not word.endswith(PLACED)


# the ending of a word that says where a company is: "Boston-based", "Zeta-headquartered"
PLACED = ("-based", "-headquartered")


# a brand that opens in lower case and has a capital inside ("zetaQure"), not a short form ("mRNA", "pH")
INNER_CAPITAL = re.compile(r"[a-z]{1,5}[A-Z][a-z]{2,}")


def head_kind(words: list[str]) -> str | None:
    """The kind a name's words give it: its legal form, company head or institution head (None: no shape).

    >>> head_kind(["Acme", "Therapeutics"]), head_kind(["Gamma", "Medical", "Center"]), head_kind(["Acme"])
    ('company', 'hospital', None)
    >>> head_kind(["Gamma", "Hospitals", "NHS", "Foundation", "Trust"]), head_kind(["Gamma", "Hospital", "Foundation"])
    ('hospital', 'foundation')
    """
    kinds = []
    for k, w in enumerate(words):
        if w in LEGAL_FORMS and k > 0:
            return "company"
        if w in COMPANY_HEADS and k > 0 and not FIELD_OF.intersection(words[:k]):
            kinds.append("company")
        elif w in ("Center", "Centre"):
            if k > 0 and (words[k - 1] in CENTER_KINDS or words[k - 1].endswith(("'s", "’s"))):
                kinds.append("hospital")
        elif w in INSTITUTION_HEADS and (k > 0 or (k + 1 < len(words) and words[k + 1] in ("of", "for"))):
            kinds.append(INSTITUTION_HEADS[w])
    if not kinds:
        return None
    # an institution named after its place keeps the institution's kind ("Gamma University Hospital" is a hospital), and
    # a hospital trust is the hospitals it runs ("Gamma Hospitals NHS Foundation Trust")
    if kinds[-1] == "foundation" and "hospital" in kinds and words[-1] == "Trust":
        return "hospital"
    return kinds[-1] if kinds[-1] != "university" or "hospital" not in kinds else "hospital"


def hits_per_text(words: ahocorasick.Automaton, texts: list[str]) -> list[list[tuple[int, str]]]:
    """``words.iter(text)`` of each text, offsets in it, from one pass over them all (most hold none).

    Joined by a newline, which no word holds, each text is scanned as if alone: the automaton starts it from its root.

    >>> hits_per_text(HEAD_WORDS, ["Acme Bio", "none", "Beta AG"])
    [[(7, 'Bio')], [], [(6, 'AG')]]
    """
    return hits_each(words, texts)


def heads_per_text(texts: list[str], hits: list | None = None) -> list[list[int]]:
    """:func:`head_positions` of each text, from one pass over them all (``hits``: that pass's hits, when an automaton
    over more words than :data:`HEAD_WORDS` made it, the others are passed over).

    >>> heads_per_text(["Acme Bio, Inc.", "no head", "Biology Hospital"])
    [[5, 10], [], [8]]
    """
    out = []
    for text, found in zip(texts, hits_per_text(HEAD_WORDS, texts) if hits is None else hits):
        starts = []
        for last, word in found:
            if word not in HEAD_SET:
                continue
            start, end = last - len(word) + 1, last + 1
            if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                starts.append(start)
        out.append(sorted(set(starts)) if starts else starts)
    return out


def find_names(text: str, heads: list[int] | None = None) -> list[OrgName]:
    """Every organisation name a text shows by its shape, in text order (see the module's doctest); ``heads``: its
    :func:`head_positions`, when known."""
    if heads is None:
        heads = head_positions(text)
    if not heads:
        return []
    # a name ends at most a few words after its last head and starts at most MAX_WORDS words before its first
    base = text.rfind(" ", 0, max(0, heads[0] - 25 * MAX_WORDS)) + 1
    stop = text.find(" ", heads[-1] + 25 * MAX_WORDS)
    window = text[base:stop if stop >= 0 else len(text)]
    return [OrgName(o.start + base, o.end + base, o.name, o.kind) for o in names_in(window)]


def names_in(text: str) -> list[OrgName]:
    toks, out = tokens(text), []
    # a phrase starts at a name word, which starts with a capital or a digit: the loop goes from one such token to
    # the next (most tokens are words in lower case)
    starts = [k for k, t in enumerate(toks) if t[2][0].isupper() or t[2][0].isdigit()]      # t[2]: its text
    at = 0
    while at < len(starts):
        span = phrase_at(toks, starts[at])
        if span is None:
            at += 1
            continue
        a, b = span
        found = best_name(text, toks, a, b)
        k = b if found is None else found[1]
        if found is not None:
            out.append(found[0])
        at = bisect_left(starts, k, at + 1)
    return out


def phrase_at(toks: list[Token], k: int) -> tuple[int, int] | None:
    """The capitalised phrase starting at token ``k`` (token range), small inner words and "(ABC)" allowed."""
    if not is_name_word(toks[k].text) or toks[k].text in ABSTRACT_HEADING:
        return None                     # (nor an abstract's heading before the name: "FUNDING | Acme Pharma and ...")
    end, n = k + 1, 1
    while end < len(toks) and n < 3 * MAX_WORDS:
        word = toks[end].text
        if is_name_word(word) or word in LEGAL_FORMS or (word in ("'s", "’s") and end + 1 < len(toks)
                                                         and is_head(toks[end + 1].text)):
            end, n = end + 1, n + 1
        elif (word in INNER or is_abbreviation(word)) and end + 1 < len(toks) and is_name_word(toks[end + 1].text) \
                and not (word in INNER and toks[end - 1].text in LEGAL_FORMS):    # (a legal form ends the name: "Acme
            end, n = end + 1, n + 1                                                #  KGaA | of Ruritania")
        elif word == "," and end + 1 < len(toks) and toks[end + 1].text in LEGAL_FORMS:
            end, n = end + 1, n + 1
        else:
            break
    return k, end


def is_abbreviation(word: str) -> bool:
    """A parenthesised short form token ("(ABC)")."""
    return len(word) > 2 and word[0] == "(" and word[-1] == ")"


def is_head(word: str) -> bool:
    return word in COMPANY_HEADS or word in INSTITUTION_HEADS or word in LEGAL_FORMS


def joins(words: list[str], k: int) -> bool:
    """Is the "and" or "&" at ``words[k]`` inside one name ("Eta and Company", "Beta & Gamma")?"""
    return words[k] == "&" or k + 1 < len(words) and words[k + 1] in ("Company", "Co", "Co.")


def best_name(text: str, toks: list[Token], a: int, b: int) -> tuple[OrgName, int] | None:
    """The first organisation name in the capitalised phrase ``toks[a:b]`` and the token after it, or None.

    A name holds a head word or legal form; it starts after the last "and" before its head ("Delta and Acme
    Therapeutics" names Acme Therapeutics) and goes on with an institution's place ("University of Gamma",
    "Zeta Institute of Heart and Lung Research") up to the next name.
    """
    words = [t.text for t in toks[a:b]]
    head = next((k for k, w in enumerate(words) if is_head(w) and (k > 0 or w in INSTITUTION_HEADS)
                 and head_kind(words[:k + 1] + words[k + 1:k + 2])), None)
    if head is None:
        return None
    first = 0
    for k in range(head):
        if words[k] in ("and", "of", "for", "on") and not joins(words, k):
            first = k + 1
    while first < head and not is_name_word(words[first]):
        first += 1
    end = head + 1
    while end < len(words):
        w = words[end]
        if len(w) > 1 and w.isupper() and w not in LEGAL_FORMS and not is_abbreviation(w) \
                and not any(x in INSTITUTION_HEADS for x in words[end + 1:end + 3]):
            break                                   # a ticker or another name's abbreviation: "Acme Inc ACME" (not
            #                                         a health service's letters before the trust it runs: "Zeta
            #                                         Hospitals NHS Foundation Trust")
        if w in ("of", "de") and words[end - 1] == "Companies":
            break                                   # "the Acme Companies of Beta Group": Beta Group is another name
        if w == "and" and not joins(words, end):
            rest = words[end + 1:]
            if not rest or any(is_head(x) for x in rest) or not any(x in ("of", "for") for x in words[head:end]):
                break
        end += 1
    while end > first and (words[end - 1] in INNER or words[end - 1] in (",", "'s", "’s")
                           or is_abbreviation(words[end - 1])):
        end -= 1
    chosen = words[first:end]
    kind = head_kind(chosen)
    if kind is None or first >= end:
        return None
    start, stop = toks[a + first].start, toks[a + end - 1].end
    name = canonical(text[start:stop])
    if not name:
        return None
    return OrgName(start, stop, name, kind), a + end


def canonical(name: str) -> str:
    """A name as written, without a legal form set off by a comma, a defined abbreviation or a leading "the".

    >>> canonical("the Gamma Institute"), canonical("Acme Holdings Co., Ltd."), canonical("Eta Bio, Inc.")
    ('Gamma Institute', 'Acme Holdings Co.', 'Eta Bio')
    """
    if "(" in name:                     # (each pattern is tried only on a name holding its one character)
        name = DEFINED_ABBREVIATION.sub("", name)
    name = name.strip(" ,;:'’")
    if name.startswith(("the", "The")):
        name = LEADING_THE.sub("", name)
    if "," in name:
        name = LEGAL_FORM_AFTER_COMMA.sub("", name)
    return name.strip(" ,")


# (a match starts where a run of blanks starts, as the leftmost match did without the look back: a long run of blanks
# is then tried once, not from each of its characters)
DEFINED_ABBREVIATION = re.compile(r"(?<!\s)\s*\([A-Z][A-Za-z0-9&.-]{0,12}\)")
LEADING_THE = re.compile(r"^(?:the|The)\s+")
LEGAL_FORM_AFTER_COMMA = re.compile(r"(?:,\s*(?:Inc|Ltd|LLC|plc|Plc|PLC|GmbH|AG|SA|S\.A|Co|Corp|N\.V|B\.V|K\.K|Limited)\.?)+$")


def key(name: str) -> str:
    """What two forms of one company's name share: lower case, without legal form and "and Company".

    >>> key("Acme Bio Limited") == key("Acme Bio") == key("ACME BIO, Inc."), key("Eta and Company")
    (True, 'eta')
    """
    words = canonical(name).replace(",", " ").split()
    while len(words) > 1 and (words[-1] in LEGAL_FORMS or words[-1] == "Company" and words[-2] in ("and", "&")):
        words.pop()
        while len(words) > 1 and words[-1] in ("and", "&"):
            words.pop()
    return " ".join(words).lower()


def name_after(text: str, pos: int) -> list[tuple[int, int]]:
    """The capitalised names a cue ending at ``pos`` points at: one, or a list ("Acme, Beta Bio and Gamma").

    Spans are offsets in ``text``; a name is cut at "and" and commas unless a legal form follows.

    >>> t = "sponsored by Acme Bio and the Beta Foundation, with help"
    >>> [t[a:b] for a, b in name_after(t, 13)]
    ['Acme Bio', 'Beta Foundation']
    >>> t = "funded by Eta and Company, Inc. in 2020"
    >>> [t[a:b] for a, b in name_after(t, 10)]
    ['Eta and Company, Inc.']
    """
    toks = [t for t in tokens(text[pos:pos + 400])]
    out, k = [], 0
    while k < len(toks):
        if toks[k].text in ("the", "The"):
            k += 1
        if k >= len(toks) or not is_name_word(toks[k].text):
            break
        end = k + 1
        while end < len(toks) and end - k < MAX_WORDS + 2:
            word = toks[end].text
            nxt = toks[end + 1].text if end + 1 < len(toks) else ""
            if is_name_word(word) or word in LEGAL_FORMS or word == "&" and is_name_word(nxt):
                end += 1
            elif word == "and" and nxt in ("Company", "Co", "Co."):
                end += 1
            elif word in ("of", "for", "de", "la", "du") and is_name_word(nxt):
                end += 1
            elif is_abbreviation(word) and is_name_word(nxt):
                end += 1
            elif word == "," and nxt in LEGAL_FORMS:
                end += 1
            else:
                break
        out.append((pos + toks[k].start, pos + toks[end - 1].end))
        # a list goes on after ", " or " and " (", and")
        j = end
        if j < len(toks) and toks[j].text == ",":
            j += 1
        if j < len(toks) and toks[j].text == "and":
            j += 1
        if j == end or j >= len(toks):
            break
        k = j
    return out


def names_before(text: str, pos: int) -> list[tuple[int, int]]:
    """The capitalised names just before ``pos`` (a possessive's owner: "Acme and Beta Bio's"), nearest last.

    >>> t = "Acme Bio and Beta's XY-123"
    >>> [t[a:b] for a, b in names_before(t, 17)]
    ['Acme Bio', 'Beta']
    """
    toks = tokens(text[max(0, pos - 300):pos])
    base = max(0, pos - 300)
    out: list[tuple[int, int]] = []
    k = len(toks)
    while k > 0:
        end = k
        start = k
        while start > 0 and end - start < MAX_WORDS:
            word = toks[start - 1].text
            prev = toks[start - 2].text if start > 1 else ""
            if is_name_word(word) or word in LEGAL_FORMS and start - 1 > 0:
                start -= 1
            elif word == "&" and is_name_word(prev):
                start -= 1
            elif word == "and" and start < end and toks[start].text in ("Company", "Co", "Co."):
                start -= 1
            elif word == "," and start < end and toks[start].text in LEGAL_FORMS:
                start -= 1
            else:
                break
        while start < end and not is_name_word(toks[start].text):
            start += 1
        if start == end:
            break
        out.insert(0, (base + toks[start].start, base + toks[end - 1].end))
        if start >= 2 and toks[start - 1].text == "and":
            k = start - 1
            if k > 0 and toks[k - 1].text == ",":
                k -= 1
        elif start >= 2 and toks[start - 1].text == ",":
            k = start - 1
        else:
            break
    return out


LIST = data_path("organizations.tsv")


@dataclass(frozen=True)
class Known:
    """An organisation the shipped list names."""

    label: str
    kind: str


@lru_cache(maxsize=1)
def shipped() -> dict[str, Known]:
    """Surface form -> organisation, from ``data/organizations.tsv`` (read once).

    >>> shipped()["FDA"].kind
    'regulator'
    """
    out: dict[str, Known] = {}
    for line in LIST.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("name\t") or not line.strip():
            continue
        name, kind, synonyms = (line.split("\t") + ["", ""])[:3]
        org = Known(canonical(name), kind)
        for form in [name, canonical(name), *[s for s in synonyms.split("|") if s]]:
            out.setdefault(form, org)
    return out
