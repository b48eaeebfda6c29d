"""Adversarial inputs for kg: real-format fixtures from tests/data, changed by random mutations.

Every function takes a ``random.Random``, so the hypothesis tests (through
``st.randoms()``) and ``bench/fuzz.py`` (a seeded ``Random``) make inputs the
same way. A case is the bytes of one input file, its suffix, and the recipe of
mutations that made it (for reproductions).

Formats: ``text`` (.txt/.md, maybe gzipped), ``html``, ``pubmed`` (MEDLINE XML),
``ctgov`` (API v2 JSON: one study, a list, ``{"studies": [...]}``) and ``jsonl``.

>>> import random
>>> case = make_case(random.Random(7), "ctgov")
>>> case.fmt, case.suffix.startswith(".json"), isinstance(case.data, bytes)
('ctgov', True, True)
>>> make_case(random.Random(7), "ctgov") == case           # the same seed, the same case
True
"""

from __future__ import annotations

import gzip
import json
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
FORMATS = ("text", "html", "pubmed", "ctgov", "jsonl")
SUFFIXES = {"text": (".txt", ".md"), "html": (".html",), "pubmed": (".xml",), "ctgov": (".json",), "jsonl": (".jsonl",)}


@dataclass(frozen=True)
class Limits:
    """How big the adversarial shapes get (digits of a number, characters of a run, depth of nesting)."""

    max_digits: int = 20_000
    max_run: int = 20_000
    max_depth: int = 100_000
    max_mutations: int = 4


DEFAULT = Limits()


@dataclass(frozen=True)
class Case:
    """One input file: its format, suffix (with ``.gz`` when compressed), bytes and how it was made."""

    fmt: str
    suffix: str
    data: bytes
    recipe: tuple[str, ...]
    records: int = 1             # CT.gov/JSON Lines records in the file (1 for other formats)
    intact: int = 0              # how many of them no mutation touched (JSON formats only)

    def __repr__(self) -> str:
        head = self.data[:160]
        return f"Case({self.describe()!r}, data={head!r}{'...' if len(self.data) > len(head) else ''})"

    def _repr_pretty_(self, printer, cycle) -> None:          # hypothesis prints falsifying examples with this
        printer.text(repr(self))

    def describe(self) -> str:
        return f"{self.fmt}{self.suffix} {len(self.data):,} B: " + "; ".join(self.recipe)


# ---------------------------------------------------------------- fixtures

@lru_cache(maxsize=None)
def fixture_texts(fmt: str) -> tuple[str, ...]:
    """The real-format fixtures for a format, as text (PubMed split into one citation each)."""
    if fmt == "text":
        names = ["cl2020-phase2.txt", "mini-trial.md", "rewording-abstract.txt", "rewording-conference.txt",
                 "rewording-press.txt"]
        return tuple((DATA / n).read_text(encoding="utf-8") for n in names)
    if fmt == "html":
        return ((DATA / "als-news-cl2020.html").read_text(encoding="utf-8"),)
    if fmt == "pubmed":
        xml = (DATA / "medline-sample.xml").read_text(encoding="utf-8")
        return tuple(re.findall(r"<MedlineCitation\b.*?</MedlineCitation>", xml, re.S))
    raise ValueError(fmt)


@lru_cache(maxsize=None)
def fixture_records() -> tuple[str, ...]:
    """The CT.gov study records of the fixtures, each as JSON text (parsed again for each use)."""
    records = json.loads((DATA / "ctgov-3.json").read_text(encoding="utf-8"))
    records.append(json.loads((DATA / "ctgov-results.json").read_text(encoding="utf-8")))
    records += [json.loads(ln) for ln in (DATA / "ctgov-1.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    return tuple(json.dumps(r) for r in records)


# ---------------------------------------------------------------- adversarial snippets

RTL = ["\u200f", "\u202e", "\u202b", "\u2067", "\u061c"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
NONCHARACTERS = ["\ufffe", "\uffff", "\ufdd0", "\ufdef", "\U0001fffe", "\U0010ffff"]
CONTROLS = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029"]
EMOJI = ["\U0001f600", "\U0001f469\u200d\U0001f52c", "\U0001f1ef\U0001f1f5", "\u2764\ufe0f", "\U0001f9ec"]
COMBINING = ["e\u0301", "a" + "\u0300\u0301\u0302\u0303\u0308" * 6, "\u0336" * 3]
ODD_SPACES = ["\u00a0", "\u2009", "\u3000", "\t"]
UNITS = ["mg", "mg/kg", "mcg", "µg/m²", "%", "patients", "participants", "weeks", "months", "years", "days",
         "sites", "mL", "cells/kg", "IU", "points"]
NUMBER_CONTEXTS = ["{n} {unit}", "n = {n}", "enrolled {n} participants", "aged {n} to {n} years", "{n}% of patients",
                   "received {n} mg of the drug every {n} weeks", "over {n} months", "a total of {n} adverse events",
                   "p = 0.{n}", "HR {n} (95% CI {n}-{n})", "up to {n} mg/kg once daily", "Phase {n}", "NCT{n}",
                   "{n} serious adverse events", "at week {n}", "{n},000 people"]
BAD_DATES = ["April 34, 2023", "February 30, 2024", "2023-04-34", "2023-13-45", "31/02/2023", "June 0, 2021",
             "{n}-04-01", "May {n}, 2020", "0000-00-00", "2023-02-29"]
PROBES = ["<!--<script>", "</script><script>alert(1)</script>", "<![CDATA[x]]>", "]]>", "&#xFFFF;", "&amp;&lt;",
          "\"'><img src=x onerror=alert(1)>", "${jndi:x}", "{{7*7}}", "%s%n", "\\u0000", "<?xml?>"]
WORDS = ["Phase 3", "randomized", "placebo", "mg", "ALS", "NCT01234567", "patients", "the", "(", "and", "of",
         "double-blind", "adverse", "events", "weeks", "1.5", "0.05"]


def log_uniform(rng: random.Random, low: int, high: int) -> int:
    """An integer in [low, high], small values as likely as large orders of magnitude.

    >>> all(30 <= log_uniform(random.Random(i), 30, 20_000) <= 20_000 for i in range(100))
    True
    """
    if high <= low:
        return low
    return min(high, max(low, int(round(low * (high / low) ** rng.random()))))


def bulk(rng: random.Random) -> random.Random:
    """A plain generator seeded from ``rng``, for long runs (one draw of hypothesis' stream, not thousands)."""
    return random.Random(rng.getrandbits(64))


def digits(rng: random.Random, n: int) -> str:
    """``n`` decimal digits, the first not 0."""
    local = bulk(rng)
    return str(local.randint(1, 9)) + "".join(local.choices("0123456789", k=n - 1))


def comma_run(rng: random.Random, chars: int) -> str:
    """One run of comma-grouped numbers about ``chars`` long: ``12,345,678,901,...``.

    >>> re.fullmatch(r"\\d{1,3}(,\\d{3})*", comma_run(random.Random(0), 50)) is not None
    True
    """
    groups, rng = max(1, chars // 4), bulk(rng)
    return str(rng.randint(1, 999)) + "".join("," + f"{rng.randint(0, 999):03d}" for _ in range(groups))


def number_table(rng: random.Random, chars: int) -> str:
    """Many comma-grouped numbers separated by commas and spaces, like a table pasted as one line."""
    out, size, rng = [], 0, bulk(rng)
    while size < chars:
        n = f"{rng.randint(1, 999)},{rng.randint(0, 999):03d}" + (f",{rng.randint(0, 999):03d}" if rng.random() < .5 else "")
        out.append(n)
        size += len(n) + 2
    return rng.choice([", ", " ", ",", "; ", " | "]).join(out)


def big_number(rng: random.Random, limits: Limits) -> str:
    """A number longer than any real quantity: plain, grouped, decimal, or with an exponent."""
    n = digits(rng, log_uniform(rng, 30, limits.max_digits))
    kind = rng.randrange(5)
    if kind == 1:
        n = f"{int(n[:3])}" + "".join("," + n[i:i + 3].ljust(3, "0") for i in range(3, len(n), 3))
    elif kind == 2:
        n = n[: len(n) // 2] + "." + n[len(n) // 2:]
    elif kind == 3:
        n = "0." + n
    elif kind == 4:
        n = n[:3] + "e" + n[3:8]
    return n


def unicode_noise(rng: random.Random) -> str:
    pool = rng.choice([RTL, ZERO_WIDTH, NONCHARACTERS, CONTROLS, EMOJI, COMBINING, ODD_SPACES])
    return "".join(rng.choice(pool) for _ in range(rng.randint(1, 6)))


def brackets(rng: random.Random, limits: Limits) -> str:
    n = log_uniform(rng, 5, limits.max_run // 2)
    kind = rng.randrange(4)
    if kind == 0:
        return rng.choice("([{<") * n
    if kind == 1:
        return rng.choice(")]}>") * n
    if kind == 2:
        return "(" * n + rng.choice(["x", "10 mg", "NCT01234567", ""]) + ")" * n
    return "".join(bulk(rng).choices("()[]{}", k=n))


def letter_run(rng: random.Random, limits: Limits) -> str:
    n = log_uniform(rng, 30, limits.max_run)
    kind = rng.randrange(4)
    if kind == 0:
        return rng.choice("aAxX-_") * n
    if kind == 1:
        return "".join(bulk(rng).choices("ACGT", k=n))                 # sequence data
    if kind == 2:
        word = rng.choice(WORDS)
        return " ".join([word] * max(1, n // (len(word) + 1)))
    return "".join(bulk(rng).choices("abcdefghijklmnopqrstuvwxyz0123456789", k=n))


def snippet(rng: random.Random, limits: Limits = DEFAULT) -> tuple[str, str]:
    """One adversarial piece of text and its name for the recipe.

    >>> text, name = snippet(random.Random(3))
    >>> isinstance(text, str) and bool(name)
    True
    """
    kind = rng.choice(["big_number", "number_in_context", "comma_run", "number_table", "bad_date", "unicode",
                       "brackets", "letters", "probe", "words", "surrogate_free_mix"])
    if kind == "big_number":
        return big_number(rng, limits), kind
    if kind == "number_in_context":
        template = rng.choice(NUMBER_CONTEXTS)
        return template.format(n=big_number(rng, limits), unit=rng.choice(UNITS)), kind
    if kind == "comma_run":
        return comma_run(rng, log_uniform(rng, 30, limits.max_run)), kind
    if kind == "number_table":
        return number_table(rng, log_uniform(rng, 30, limits.max_run)), kind
    if kind == "bad_date":
        return rng.choice(BAD_DATES).format(n=digits(rng, log_uniform(rng, 5, 400))), kind
    if kind == "unicode":
        return unicode_noise(rng), kind
    if kind == "brackets":
        return brackets(rng, limits), kind
    if kind == "letters":
        return letter_run(rng, limits), kind
    if kind == "probe":
        return rng.choice(PROBES), kind
    if kind == "words":
        local = bulk(rng)
        return " ".join(local.choice(WORDS) for _ in range(local.randint(3, 60))), kind
    return "".join(rng.choice([unicode_noise(rng), rng.choice(WORDS), digits(rng, rng.randint(1, 40))])
                   for _ in range(rng.randint(2, 20))), kind


# ---------------------------------------------------------------- text mutations

def span(rng: random.Random, text: str) -> tuple[int, int]:
    if not text:
        return 0, 0
    start = rng.randrange(len(text))
    return start, min(len(text), start + log_uniform(rng, 1, max(1, len(text) // 2)))


def mutate_text(rng: random.Random, text: str, limits: Limits = DEFAULT) -> tuple[str, str]:
    """One mutation of a text: insert, replace, delete, duplicate, sprinkle, or a whole-text change.

    >>> text, step = mutate_text(random.Random(1), "Patients received 10 mg daily. It was safe.")
    >>> isinstance(text, str) and isinstance(step, str)
    True
    """
    op = rng.choice(["insert", "insert", "insert", "replace", "delete", "duplicate", "sprinkle", "no_sentence_ends",
                     "one_line", "truncate", "number_line", "numbers", "numbers"])
    if op == "numbers":
        return replace_numbers(rng, text, limits)
    start, end = span(rng, text)
    if op in ("insert", "replace"):
        piece, kind = snippet(rng, limits)
        if op == "insert":
            return text[:start] + piece + text[start:], f"insert {kind} ({len(piece)} chars) at {start}"
        return text[:start] + piece + text[end:], f"replace {start}:{end} by {kind} ({len(piece)} chars)"
    if op == "delete":
        return text[:start] + text[end:], f"delete {start}:{end}"
    if op == "duplicate":
        times = log_uniform(rng, 2, 50)
        return text[:start] + text[start:end] * times + text[end:], f"repeat {start}:{end} x{times}"
    if op == "sprinkle":
        chars = [c for c in text]
        pool = rng.choice([RTL, ZERO_WIDTH, NONCHARACTERS, CONTROLS, EMOJI, COMBINING, ODD_SPACES])
        times, local = log_uniform(rng, 1, max(1, len(chars) // 10)), bulk(rng)
        for _ in range(times):
            chars.insert(local.randrange(len(chars) + 1), local.choice(pool))
        return "".join(chars), f"sprinkle {pool[0]!a}-like characters"
    if op == "no_sentence_ends":
        return re.sub(r"[.!?;:]", "", text), "remove sentence ends"
    if op == "one_line":
        return re.sub(r"\s*\n\s*", " ", text), "join every line"
    if op == "truncate":
        return text[:start], f"truncate at {start}"
    line = rng.choice([comma_run, number_table])(rng, log_uniform(rng, 1000, limits.max_run))
    cut = text.find("\n", start)
    cut = len(text) if cut < 0 else cut
    return text[:cut] + "\n" + line + "\n" + text[cut:], f"add a line of {len(line)} chars of comma-grouped numbers"


NUMBER = re.compile(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred)\b", re.I)


def replace_numbers(rng: random.Random, text: str, limits: Limits = DEFAULT, digits_n: int | None = None) -> tuple[str, str]:
    """Replace one to three of the text's numbers (where real quantities are) by numbers longer than any real one.

    >>> text, step = replace_numbers(random.Random(0), "Participants received 10 mg every four weeks.", digits_n=40)
    >>> len(max(re.findall(r"[\\d,.]+", text), key=len)) >= 40, step.startswith("replace")
    (True, True)
    """
    found = list(NUMBER.finditer(text))
    if not found:
        return text, "no number to replace"
    chosen = sorted(rng.sample(found, min(len(found), rng.randint(1, 3))), key=lambda m: m.start(), reverse=True)
    sizes = []
    for m in chosen:
        n = big_number(rng, limits) if digits_n is None else digits(rng, digits_n)
        text = text[:m.start()] + n + text[m.end():]
        sizes.append(len(n))
    return text, f"replace {len(chosen)} number(s) by ones of {sizes} chars"


def mutate_many(rng: random.Random, text: str, limits: Limits, mutate=mutate_text) -> tuple[str, list[str]]:
    recipe = []
    for _ in range(rng.randint(1, limits.max_mutations)):
        text, step = mutate(rng, text, limits)
        recipe.append(step)
    return text, recipe


# ---------------------------------------------------------------- markup (XML, HTML)

LEAF = re.compile(r">([^<>]+)<")
XML_ENTITIES = ["&amp;", "&lt;b&gt;", "&#xFFFF;", "&#xFFFE;", "&#0;", "&#x1F600;", "&nbsp;", "&undefined;",
                "&#99999999;", "&#xD800;", "&", "<", "&#x202E;", "&#x200D;"]
DOCTYPES = [
    '<!DOCTYPE MedlineCitationSet [<!ENTITY t "trial">]>',
    '<!DOCTYPE MedlineCitationSet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE MedlineCitationSet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
    '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>',
]
XML_DECLS = ["<?xml version='1.0' encoding='utf-8'?>", "<?xml version='1.0' encoding='utf-16'?>",
             "<?xml version='1.0' encoding='latin-1'?>", "<?xml version='1.1'?>", "<?xml version='1.0' encoding='x-bogus'?>",
             "\ufeff<?xml version='1.0'?>", "", "  \n<?xml version='1.0'?>"]
XML_FIELDS = ["PMID", "Year", "Month", "Day", "ArticleTitle", "AbstractText", "AccessionNumber", "DescriptorName",
              "Title", "MedlineDate", "ELocationID", "DataBankName", "Keyword"]


def escape_xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mutate_markup(rng: random.Random, text: str, limits: Limits = DEFAULT) -> tuple[str, str]:
    """One mutation of XML or HTML: a field's text, entities, tags, nesting, or a text mutation.

    >>> xml, step = mutate_markup(random.Random(2), "<a><PMID>1</PMID><Year>2020</Year></a>")
    >>> isinstance(xml, str) and bool(step)
    True
    """
    op = rng.choice(["field", "field", "leaf", "entity", "drop_tag", "deep", "comment", "table", "text", "text"])
    if op == "field":
        name = rng.choice(XML_FIELDS + ["p", "h1", "title", "div"])
        found = list(re.finditer(rf"(<{name}\b[^>]*>)(.*?)(</{name}>)", text, re.S))
        if found:
            m = rng.choice(found)
            piece, kind = snippet(rng, limits)
            piece = escape_xml(piece) if rng.random() < .7 else piece
            return text[:m.start(2)] + piece + text[m.end(2):], f"<{name}> text := {kind} ({len(piece)} chars)"
        op = "leaf"
    if op == "leaf":
        leaves = list(LEAF.finditer(text))
        if leaves:
            m = rng.choice(leaves)
            inner, step = mutate_text(rng, m.group(1), limits)
            inner = escape_xml(inner) if rng.random() < .7 else inner
            return text[:m.start(1)] + inner + text[m.end(1):], f"element text: {step}"
        return text, "no element text"
    if op == "entity":
        ent = rng.choice(XML_ENTITIES)
        leaves = list(LEAF.finditer(text))
        at = len(text)
        if leaves:
            m = rng.choice(leaves)
            at = rng.randint(m.start(1), m.end(1))
        return text[:at] + ent + text[at:], f"entity {ent}"
    if op == "drop_tag":
        tags = list(re.finditer(r"</?[A-Za-z][^>]*>", text))
        if tags:
            m = rng.choice(tags)
            return text[:m.start()] + text[m.end():], f"drop tag {m.group()[:40]}"
        return text, "no tag"
    if op == "deep":
        depth = log_uniform(rng, 10, limits.max_depth // 10)
        tag = rng.choice(["i", "b", "div", "sup", "AbstractText"])
        leaves = list(LEAF.finditer(text))
        at = rng.choice(leaves).start(1) if leaves else len(text)
        return text[:at] + f"<{tag}>" * depth + "x" + f"</{tag}>" * depth + text[at:], f"nest <{tag}> {depth} deep"
    if op == "comment":
        piece = rng.choice(["<!-- x -->", "<!--", "<![CDATA[ 10 mg < 20 mg ]]>", "<?pi data?>", "-->", "<!-- -- -->"])
        leaves = list(LEAF.finditer(text))
        at = rng.choice(leaves).start(1) if leaves else len(text)
        return text[:at] + piece + text[at:], f"insert {piece!r}"
    if op == "table":
        rows, local = log_uniform(rng, 1, max(1, limits.max_run // 40)), bulk(rng)
        cells = "".join(f"<tr><td>{comma_run(local, local.randint(3, 15))}</td><td>{local.randint(1, 999)} mg</td>"
                        f"<td>{local.randint(0, 100)}%</td></tr>" for _ in range(rows))
        leaves = list(LEAF.finditer(text))
        at = rng.choice(leaves).end(1) if leaves else len(text)
        return text[:at] + f"<table>{cells}</table>" + text[at:], f"insert a table of {rows} rows of numbers"
    return mutate_text(rng, text, limits)


def make_pubmed(rng: random.Random, limits: Limits) -> tuple[str, list[str]]:
    citations = fixture_texts("pubmed")
    chosen = [rng.choice(citations) for _ in range(rng.randint(1, 3))]
    body, recipe = mutate_many(rng, "\n".join(chosen), limits, mutate_markup)
    root = rng.choice(["MedlineCitationSet"] * 4 + ["PubmedArticleSet", "Unexpected"])
    if root == "PubmedArticleSet":
        body = f"<PubmedArticle>{body}</PubmedArticle>"
    decl = rng.choice(XML_DECLS) if rng.random() < .3 else XML_DECLS[0]
    doctype = rng.choice(DOCTYPES) if rng.random() < .1 else ""
    if doctype:
        body = body.replace("</ArticleTitle>", " &" + re.findall(r"ENTITY (\w+)", doctype)[-1] + ";</ArticleTitle>", 1)
        recipe.append(f"doctype {doctype[:60]}")
    if decl != XML_DECLS[0]:
        recipe.append(f"declaration {decl!a}")
    return f"{decl}\n{doctype}<{root}>\n{body}\n</{root}>\n", [f"{len(chosen)} citation(s) in <{root}>"] + recipe


def make_html(rng: random.Random, limits: Limits) -> tuple[str, list[str]]:
    page, recipe = mutate_many(rng, rng.choice(fixture_texts("html")), limits, mutate_markup)
    if rng.random() < .15:
        charset = rng.choice(["latin-1", "utf-16", "shift_jis", "x-bogus"])
        page = page.replace('<meta charset="utf-8">', f'<meta charset="{charset}">')
        recipe.append(f"meta charset {charset}")
    return page, recipe


# ---------------------------------------------------------------- JSON (ClinicalTrials.gov)

KNOWN_FIELDS = [
    ("protocolSection", "conditionsModule", "conditions"),
    ("protocolSection", "conditionsModule"),
    ("protocolSection", "designModule", "phases"),
    ("protocolSection", "designModule", "enrollmentInfo", "count"),
    ("protocolSection", "designModule", "enrollmentInfo"),
    ("protocolSection", "designModule", "designInfo", "maskingInfo"),
    ("protocolSection", "designModule"),
    ("protocolSection", "identificationModule", "nctId"),
    ("protocolSection", "identificationModule", "acronym"),
    ("protocolSection", "identificationModule", "briefTitle"),
    ("protocolSection", "identificationModule", "secondaryIdInfos"),
    ("protocolSection", "identificationModule"),
    ("protocolSection", "armsInterventionsModule", "interventions"),
    ("protocolSection", "armsInterventionsModule", "armGroups"),
    ("protocolSection", "sponsorCollaboratorsModule", "leadSponsor", "name"),
    ("protocolSection", "sponsorCollaboratorsModule", "collaborators"),
    ("protocolSection", "statusModule", "overallStatus"),
    ("protocolSection", "statusModule", "startDateStruct", "date"),
    ("protocolSection", "statusModule", "startDateStruct"),
    ("protocolSection", "eligibilityModule", "minimumAge"),
    ("protocolSection", "eligibilityModule", "sex"),
    ("protocolSection", "contactsLocationsModule", "locations"),
    ("protocolSection", "outcomesModule", "primaryOutcomes"),
    ("protocolSection", "outcomesModule"),
    ("protocolSection",),
    ("derivedSection", "conditionBrowseModule", "meshes"),
    ("derivedSection", "interventionBrowseModule", "browseLeaves"),
    ("derivedSection",),
    ("resultsSection", "participantFlowModule", "periods"),
    ("resultsSection", "adverseEventsModule", "seriousEvents"),
    ("resultsSection", "outcomeMeasuresModule", "outcomeMeasures"),
]


class Raw:
    """JSON text written as is where this stands (numbers too long for ``int``, lone surrogates, deep nesting).

    ``whole``: a parser may refuse the whole file for it (RFC 8259 section 9 lets it limit nesting and numbers;
    NaN and Infinity are not JSON), so the other records of a JSON file are not expected to be built.
    """

    def __init__(self, text: str, name: str, whole: bool = False):
        self.text, self.name, self.whole = text, name, whole


def raw_value(rng: random.Random, limits: Limits) -> Raw:
    kind = rng.randrange(9)
    if kind == 0:
        n = log_uniform(rng, 30, limits.max_digits)
        return Raw(digits(rng, n), f"integer of {n} digits", whole=n > 400)
    if kind == 1:
        odd = rng.choice(["1e400", "-1e400", "NaN", "Infinity", "-0", "1E-400", "0.1e99999"])
        return Raw(odd, f"number {odd}", whole=odd in ("NaN", "Infinity"))
    if kind == 2:
        d = log_uniform(rng, 100, limits.max_depth)
        return Raw("[" * d + "]" * d, f"list nested {d} deep", whole=True)
    if kind == 3:
        d = log_uniform(rng, 100, limits.max_depth)
        return Raw('{"a":' * d + "{}" + "}" * d, f"object nested {d} deep", whole=True)
    if kind == 4:
        esc = rng.choice(["\\ud800", "\\udfff", "\\ud83d", "\\udc00\\ud800", "\\uffff", "\\ufffe", "\\u0000", "\\u202e"])
        return Raw(f'"Amyotrophic{esc} Lateral Sclerosis"', f"string with escape {esc}")
    if kind == 5:
        n = log_uniform(rng, 30, limits.max_digits)
        return Raw(digits(rng, 20) + "." + digits(rng, n), f"decimal of {n + 20} digits", whole=n > 400)
    if kind == 6:
        return Raw('"' + comma_run(rng, log_uniform(rng, 30, limits.max_run)) + '"', "comma-grouped string")
    if kind == 7:
        return Raw('"' + digits(rng, log_uniform(rng, 30, limits.max_digits)) + '"', "digit string")
    return Raw('"' + "\\\\" * rng.randint(1, 50) + '"', "backslashes")


def wrong_value(rng: random.Random, current, limits: Limits):
    """A value of another JSON type than ``current`` (or an adversarial one of the same)."""
    if isinstance(current, list) and current and all(isinstance(x, str) for x in current) and rng.random() < .4:
        return current[0]                                         # a string where a list was
    choices = [
        lambda: None, lambda: True, lambda: 0, lambda: -1, lambda: 3.5, lambda: rng.randint(-10**6, 10**6),
        lambda: "", lambda: rng.choice(WORDS), lambda: snippet(rng, limits)[0], lambda: [], lambda: {},
        lambda: [current], lambda: {"value": current}, lambda: [1, "x", None, {}],
        lambda: str(current)[:200] if not isinstance(current, str) else 1234,
        lambda: raw_value(rng, limits),
    ]
    return rng.choice(choices)()


def paths(node, prefix=()):
    """Every path to a value in a JSON tree."""
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from paths(value, prefix + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node[:5]):
            yield from paths(value, prefix + (i,))


def get_path(node, path):
    for key in path:
        node = node[key]
    return node


def set_path(node, path, value) -> None:
    get_path(node, path[:-1])[path[-1]] = value


def mutate_record(rng: random.Random, record: dict, limits: Limits = DEFAULT) -> str:
    """Change one field of a parsed CT.gov record in place; returns what was done."""
    if rng.random() < .6:
        path = rng.choice(KNOWN_FIELDS)
        try:
            current = get_path(record, path)
        except (KeyError, IndexError, TypeError):
            current = None
    else:
        path = rng.choice(list(paths(record))[1:] or [("protocolSection",)])
        current = get_path(record, path)
    op = rng.randrange(6)
    where = "/".join(map(str, path))
    try:
        if op == 0 and len(path) > 0:
            get_path(record, path[:-1]).pop(path[-1])
            return f"delete {where}"
        if op == 1 and isinstance(current, str):
            piece, kind = snippet(rng, limits)
            set_path(record, path, piece if rng.random() < .5 else current + " " + piece)
            return f"{where} := {kind} ({len(piece)} chars)"
        value = wrong_value(rng, current, limits)
        set_path(record, path, value)
        shown = value.name if isinstance(value, Raw) else repr(value)[:40]
        return f"{where} := {shown}"
    except (KeyError, IndexError, TypeError, AttributeError):
        return f"{where}: not present"


def dump_json(value, rng: random.Random, raws: list | None = None) -> str:
    """JSON text, with the :class:`Raw` pieces written as they are (and appended to ``raws``)."""
    raws = [] if raws is None else raws
    first = len(raws)

    def default(obj):
        if isinstance(obj, Raw):
            raws.append(obj)
            return f"\x00RAW{len(raws) - 1 - first}\x00"
        raise TypeError(type(obj))

    text = json.dumps(value, default=default, ensure_ascii=rng.random() < .5, indent=rng.choice([None, None, 1]))
    return re.sub(r'"\\u0000RAW(\d+)\\u0000"', lambda m: raws[first + int(m.group(1))].text, text)


def make_ctgov(rng: random.Random, limits: Limits, jsonl: bool) -> tuple[str, list[str], int, int]:
    """A CT.gov file of 1-4 records, some mutated; returns its text, recipe, records and untouched records."""
    chosen = [json.loads(rng.choice(fixture_records())) for _ in range(rng.randint(1, 4))]
    touched, recipe = set(), []
    for _ in range(rng.randint(1, limits.max_mutations)):
        k = rng.randrange(len(chosen))
        touched.add(k)
        recipe.append(f"record {k + 1}: " + mutate_record(rng, chosen[k], limits))
    if jsonl:
        lines = [dump_json(r, rng).replace("\n", " ") for r in chosen]
        if rng.random() < .2:
            k = rng.randrange(len(lines))
            lines[k] = lines[k][: rng.randrange(max(1, len(lines[k])))]
            touched.add(k)
            recipe.append(f"line {k + 1} truncated")
        text = "\n".join(lines) + rng.choice(["\n", "", "\n\n"])
        return text, [f"{len(chosen)} record(s) as JSON Lines"] + recipe, len(chosen), len(chosen) - len(touched)
    shape = rng.choice(["object", "list", "studies"]) if len(chosen) == 1 else rng.choice(["list", "studies"])
    value = chosen[0] if shape == "object" else chosen if shape == "list" else {"studies": chosen, "nextPageToken": "x"}
    raws: list[Raw] = []
    text = dump_json(value, rng, raws)
    if any(r.whole for r in raws):
        touched = set(range(len(chosen)))
    if rng.random() < .1:
        text, step = mutate_text(rng, text, limits)
        recipe.append(f"as text: {step}")
        touched = set(range(len(chosen)))
    return text, [f"{len(chosen)} record(s) as a JSON {shape}"] + recipe, len(chosen), len(chosen) - len(touched)


# ---------------------------------------------------------------- encodings

def encode(rng: random.Random, text: str, fmt: str) -> tuple[bytes, str, str]:
    """The bytes of ``text`` in a random (mostly UTF-8) encoding; returns bytes, extra suffix and the step."""
    kind = rng.choices(["utf-8", "utf-8-sig", "latin-1", "cp1252", "utf-16", "truncated", "mixed", "bad_bytes",
                        "crlf", "surrogates", "gzip", "broken_gzip"],
                       weights=[40, 3, 4, 3, 3, 3, 3, 3, 3, 2, 6 if fmt != "html" else 0, 2])[0]
    raw = text.encode("utf-8", "surrogatepass")
    if kind in ("utf-8", "utf-8-sig"):
        return text.encode(kind, "surrogatepass"), "", kind
    if kind in ("latin-1", "cp1252", "utf-16"):
        return text.encode(kind, "replace"), "", kind
    if kind == "truncated":
        cut = [i for i, b in enumerate(raw) if b >= 0xC0] or [len(raw)]
        at = rng.choice(cut)
        return raw[: at + 1], "", f"UTF-8 cut inside a character at byte {at + 1}"
    if kind == "mixed":
        at = rng.randrange(len(text) + 1)
        return text[:at].encode("utf-8") + "Überprüfung é ñ ü".encode("latin-1") + text[at:].encode("utf-8"), "", "Latin-1 inside UTF-8"
    if kind == "bad_bytes":
        at = rng.randrange(len(raw) + 1)
        bad = rng.choice([b"\xff", b"\xfe\xff", b"\x80", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80"])
        return raw[:at] + bad + raw[at:], "", f"invalid UTF-8 {bad!r} at byte {at}"
    if kind == "crlf":
        return text.replace("\n", rng.choice(["\r\n", "\r"])).encode("utf-8"), "", "CR line ends"
    if kind == "surrogates":
        at = rng.randrange(len(text) + 1)
        return (text[:at] + "\ud800" + text[at:]).encode("utf-8", "surrogatepass"), "", "lone surrogate as UTF-8 bytes"
    data = gzip.compress(text.encode("utf-8"), mtime=0)
    if kind == "broken_gzip":
        return data[: max(10, len(data) // 2)], ".gz", "gzip cut in half"
    return data, ".gz", "gzip"


# ---------------------------------------------------------------- cases

def make_case(rng: random.Random, fmt: str | None = None, limits: Limits = DEFAULT) -> Case:
    """One fuzzed input file of ``fmt`` (a random format when None)."""
    fmt = fmt or rng.choice(FORMATS)
    records, intact = 1, 0
    if fmt == "text":
        text, recipe = mutate_many(rng, rng.choice(fixture_texts("text")), limits)
    elif fmt == "html":
        text, recipe = make_html(rng, limits)
    elif fmt == "pubmed":
        text, recipe = make_pubmed(rng, limits)
    else:
        text, recipe, records, intact = make_ctgov(rng, limits, jsonl=fmt == "jsonl")
    data, extra, step = encode(rng, text, fmt)
    if step != "utf-8":
        recipe.append(step)
        if fmt in ("ctgov", "jsonl"):
            intact = 0
    return Case(fmt, rng.choice(SUFFIXES[fmt]) + extra, data, tuple(recipe), records, intact)


def write_case(case: Case, folder: Path, index: int) -> Path:
    """Write the case as ``folder/fuzz-INDEX.SUFFIX``; returns the path."""
    path = Path(folder) / f"fuzz-{index:05d}{case.suffix}"
    path.write_bytes(case.data)
    return path
