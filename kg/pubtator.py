"""PubTator files: ``pmid|t|title``, ``pmid|a|abstract``, then tab-separated annotations.

Offsets in PubTator count the title, one separator character and the
abstract; kg reads a citation as ``title + "\\n" + abstract`` so the offsets
are the same.

>>> docs = parse_pubtator("1|t|Aspirin and pain\\n1|a|It helped.\\n1\\t0\\t7\\tAspirin\\tChemical\\tD001241\\n\\n")
>>> docs[0].pmid, docs[0].text, docs[0].annotations[0].text
('1', 'Aspirin and pain\\nIt helped.', 'Aspirin')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.errors import InputError
from kg.model import Mention

HEADER = re.compile(r"^(?P<pmid>[^|\s]+)\|(?P<kind>[ta])\|(?P<text>.*)$")
LOOKS_LIKE = re.compile(r"^\S+\|t\|", re.M)
LINE_BREAK = re.compile("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")         # where str.splitlines cuts
CELL_BREAK = re.compile("[\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")      # and the column separator
# kg's lexicon types -> the two PubTator/BC5CDR types
PUBTATOR_TYPE = {"drug": "Chemical", "chemical": "Chemical", "disease": "Disease", "phenotype": "Disease"}
# NCBI-disease's finer classes are all diseases
GOLD_TYPE = {"SpecificDisease": "Disease", "DiseaseClass": "Disease", "Modifier": "Disease", "CompositeMention": "Disease"}


@dataclass(frozen=True)
class Annotation:
    start: int
    end: int
    text: str
    type: str
    ids: tuple[str, ...]


@dataclass
class Citation:
    pmid: str
    title: str = ""
    abstract: str = ""
    annotations: list[Annotation] = field(default_factory=list)

    @property
    def text(self) -> str:
        return f"{self.title}\n{self.abstract}"


def is_pubtator(text: str) -> bool:
    return bool(LOOKS_LIKE.match(text.lstrip()[:200]))


def parse_pubtator(text: str, source: str = "-") -> list[Citation]:
    """All citations of a PubTator file, with their gold annotations when present."""
    docs: dict[str, Citation] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        head = HEADER.match(line)
        if head:
            doc = docs.setdefault(head["pmid"], Citation(head["pmid"]))
            if head["kind"] == "t":
                doc.title = head["text"]
            else:
                doc.abstract = head["text"]
            continue
        parts = line.split("\t")
        if len(parts) >= 5 and parts[1].isdigit() and parts[2].isdigit():
            raw_ids = re.split(r"[|,+]", parts[5]) if len(parts) > 5 else []
            ids = tuple(i if ":" in i else f"MESH:{i}" for i in (x.strip() for x in raw_ids) if i and i != "-1")
            docs.setdefault(parts[0], Citation(parts[0])).annotations.append(
                Annotation(int(parts[1]), int(parts[2]), parts[3], GOLD_TYPE.get(parts[4], parts[4]), ids))
        elif len(parts) >= 4 and parts[1] in ("CID",):
            continue                                     # relation lines
        else:
            raise InputError(source, f"line {n} is not PubTator ({line[:40]!r})",
                             "expected 'pmid|t|title', 'pmid|a|abstract' or tab-separated annotations")
    return list(docs.values())


def mesh_id(ids: tuple[str, ...]) -> str:
    """The MeSH id PubTator uses ("D001241"), or "-1" when there is none."""
    return next((i.split(":", 1)[1] for i in ids if i.upper().startswith("MESH:")), "-1")


def one_line(text: str, breaks: re.Pattern = LINE_BREAK) -> str:
    """``text`` with every character that ends a line (for ``str.splitlines``) as a space: offsets stay valid.

    >>> one_line("a\\nb\\r\\nc\\u2028d")
    'a b  c d'
    """
    return breaks.sub(" ", text)


def format_pubtator(pmid: str, title: str, abstract: str, mentions: list[Mention]) -> str:
    """One citation in PubTator, with kg's Chemical and Disease mentions; what it writes reads back the same.

    Line breaks inside the title and the abstract become spaces (one for one, so the offsets still count
    ``title + "\\n" + abstract``); an id with ``|`` or white space has them as ``_``.

    >>> print(format_pubtator("my doc", "Pain", "It\\nhelped.", []), end="")
    my_doc|t|Pain
    my_doc|a|It helped.
    <BLANKLINE>
    """
    pmid = re.sub(r"[|\s]", "_", pmid) or "_"
    lines = [f"{pmid}|t|{one_line(title)}", f"{pmid}|a|{one_line(abstract)}"]
    for m in sorted(mentions, key=lambda m: m.start):
        kind = PUBTATOR_TYPE.get(m.kind)
        if kind:
            lines.append(f"{pmid}\t{m.start}\t{m.end}\t{one_line(m.text, CELL_BREAK)}\t{kind}\t{mesh_id(m.ids)}")
    return "\n".join(lines) + "\n\n"
