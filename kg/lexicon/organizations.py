"""Build ``kg/data/organizations.tsv``: regulators, public funders and the sponsors of ClinicalTrials.gov records.

``python -m kg.lexicon.organizations --shared ../shared`` reads the CT.gov API v2 records under
``corpora/ctgov`` (lead sponsors and collaborators with their classes) and writes one row per organisation:
its name, its kind and its other names (the name without its legal form, a company's name without its head
word: "Acme Pharma Co., Ltd." -> "Acme Pharma", "Acme"). Regulators and public funders, which no record set
lists with their abbreviations, are curated below, as are the largest drug developers. Nothing here is read at run
time but the written file.

>>> rows = sponsor_rows([{"protocolSection": {"sponsorCollaboratorsModule": {
...     "leadSponsor": {"name": "Acme Pharma Co., Ltd.", "class": "INDUSTRY"},
...     "collaborators": [{"name": "Jane Roe MD PhD", "class": "OTHER"}, {"name": "Gamma University", "class": "OTHER"}]}}}])
>>> [(r.name, r.kind, r.synonyms) for r in rows]
[('Acme Pharma Co., Ltd.', 'company', ('Acme Pharma Co.', 'Acme Pharma', 'Acme')), ('Gamma University', 'university', ())]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from kg.text.organizations import COMPANY_HEADS, LEGAL_FORMS, canonical, head_kind

OUT = Path(__file__).resolve().parent.parent / "data" / "organizations.tsv"

# national and regional regulators and their usual short names (kind, name, synonyms)
REGULATORS = [
    ("U.S. Food and Drug Administration", ("FDA", "US FDA", "U.S. FDA", "Food and Drug Administration")),
    ("European Medicines Agency", ("EMA",)),
    ("European Commission", ()),
    ("Ministry of Health, Labour and Welfare", ("MHLW",)),
    ("Pharmaceuticals and Medical Devices Agency", ("PMDA",)),
    ("Drugs Controller General of India", ("DCGI", "Drug Controller General of India")),
    ("Central Drugs Standard Control Organisation", ("CDSCO",)),
    ("National Medical Products Administration", ("NMPA",)),
    ("Medicines and Healthcare products Regulatory Agency", ("MHRA",)),
    ("Health Canada", ()),
    ("Therapeutic Goods Administration", ("TGA",)),
    ("Swissmedic", ()),
    ("Brazilian Health Regulatory Agency", ("ANVISA", "Anvisa")),
    ("Ministry of Food and Drug Safety", ("MFDS",)),
    ("Health Sciences Authority", ("HSA",)),
    ("Committee for Medicinal Products for Human Use", ("CHMP",)),
]
# public research funders that fund trials under their own name
FUNDERS = [
    ("National Institutes of Health", ("NIH",)),
    ("National Cancer Institute", ("NCI",)),
    ("National Institute of Neurological Disorders and Stroke", ("NINDS",)),
    ("National Heart, Lung, and Blood Institute", ("NHLBI",)),
    ("National Institute for Health and Care Research", ("NIHR",)),
    ("Medical Research Council", ("MRC",)),
    ("National Health and Medical Research Council", ("NHMRC",)),
    ("Canadian Institutes of Health Research", ("CIHR",)),
    ("Japan Agency for Medical Research and Development", ("AMED",)),
    ("Patient-Centered Outcomes Research Institute", ("PCORI",)),
    ("Wellcome Trust", ("Wellcome",)),
    ("Bill & Melinda Gates Foundation", ("Gates Foundation",)),
    ("California Institute for Regenerative Medicine", ("CIRM",)),
    ("Biomedical Advanced Research and Development Authority", ("BARDA",)),
]
# the largest developers of medicines by revenue, by the names the press uses for them (general knowledge, not taken
# from texts read: a news item names "Sanofi" or "Moderna" with no legal form that would show it is a company)
COMPANIES = [
    ("Pfizer Inc.", ("Pfizer",)), ("Roche", ("F. Hoffmann-La Roche", "Hoffmann-La Roche")), ("Genentech", ()),
    ("Novartis", ("Novartis Pharmaceuticals",)), ("Merck & Co., Inc.", ("Merck & Co.", "MSD")), ("Johnson & Johnson", ("J&J",)),
    ("Janssen", ("Janssen Pharmaceuticals",)), ("AstraZeneca", ()), ("Sanofi", ()), ("GSK", ("GlaxoSmithKline",)), ("AbbVie", ()),
    ("Bristol Myers Squibb", ("Bristol-Myers Squibb", "BMS")), ("Eli Lilly and Company", ("Eli Lilly",)),
    ("Amgen", ()), ("Gilead Sciences", ("Gilead",)), ("Biogen", ()), ("Regeneron Pharmaceuticals", ("Regeneron",)),
    ("Vertex Pharmaceuticals", ()), ("Moderna", ("ModernaTX",)), ("BioNTech", ()), ("Novo Nordisk", ("Novo Nordisk A/S",)),
    ("Bayer", ()), ("Boehringer Ingelheim", ()), ("Takeda", ()), ("Astellas Pharma", ("Astellas",)),
    ("Daiichi Sankyo", ()), ("Eisai", ()), ("Otsuka Pharmaceutical", ("Otsuka",)), ("Chugai Pharmaceutical", ("Chugai",)),
    ("UCB", ()), ("Teva Pharmaceuticals", ("Teva",)), ("CSL Behring", ()), ("Viatris", ()),
]

CLASSES = {"INDUSTRY": "company", "NIH": "funder", "FED": "government", "OTHER_GOV": "government",
           "NETWORK": "society", "OTHER": "", "UNKNOWN": "", "INDIV": None, "AMBIG": None}


@dataclass(frozen=True)
class OrgRow:
    name: str
    kind: str             # company, university, hospital, institute, foundation, society, government, regulator, funder
    synonyms: tuple[str, ...] = ()


def short_forms(name: str) -> tuple[str, ...]:
    """A company's other names: without its legal form, then without its head word.

    >>> short_forms("Acme Therapeutics, Inc."), short_forms("Beta Holding AG"), short_forms("Acme")
    (('Acme Therapeutics', 'Acme'), ('Beta Holding',), ())
    >>> short_forms("Eta and Company")
    ('Eta',)
    """
    words = canonical(name).replace(",", " ").split()
    out = [canonical(name)]
    while len(words) > 1 and (words[-1] in LEGAL_FORMS or words[-1] == "Company" and words[-2] in ("and", "&")):
        words.pop()
        while len(words) > 1 and words[-1] in ("and", "&"):
            words.pop()
        out.append(" ".join(words))
    if len(words) > 1 and words[-1] in COMPANY_HEADS and len(" ".join(words[:-1])) >= 4:
        out.append(" ".join(words[:-1]))
    return tuple(dict.fromkeys(x for x in out if x != name))


def sponsor_rows(records: list[dict]) -> list[OrgRow]:
    """The organisations that sponsor or collaborate in the records: companies, and others with an org shape."""
    found: dict[str, OrgRow] = {}
    for record in records:
        module = record.get("protocolSection", {}).get("sponsorCollaboratorsModule", {})
        for org in [module.get("leadSponsor") or {}] + list(module.get("collaborators") or []):
            name, cls = (org.get("name") or "").strip(), CLASSES.get(org.get("class") or "UNKNOWN", "")
            if not name or cls is None:
                continue
            name = name.split(", ")[0] if cls != "company" else name      # "Gamma Institute, Japan"
            kind = cls if cls == "company" else head_kind(canonical(name).split()) or ("funder" if cls == "funder" else "")
            if not kind or name in found:
                continue
            found[name] = OrgRow(name, kind, short_forms(name) if kind == "company" else ())
    return sorted(found.values(), key=lambda r: r.name)


def curated_rows() -> list[OrgRow]:
    return [OrgRow(n, "regulator", s) for n, s in REGULATORS] + [OrgRow(n, "funder", s) for n, s in FUNDERS] + \
        [OrgRow(n, "company", s) for n, s in COMPANIES]


def read_records(folder: Path) -> list[dict]:
    records = []
    for path in sorted(folder.glob("*.json*")):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as f:
            data = json.load(f)
        records += data if isinstance(data, list) else data.get("studies", [data])
    return records


def render(rows: list[OrgRow]) -> str:
    lines = ["# Organisations kg knows by name: regulators and funders (curated), sponsors of CT.gov records.",
             "# Built by python -m kg.lexicon.organizations --shared ../shared; do not edit by hand.",
             "name\tkind\tsynonyms"]
    lines += [f"{r.name}\t{r.kind}\t{'|'.join(r.synonyms)}" for r in rows]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, required=True, help="the shared folder (holds corpora/ctgov)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rows = curated_rows()
    names = {r.name for r in rows}
    for r in sponsor_rows(read_records(args.shared / "corpora" / "ctgov")):
        if r.name not in names and not names & set(r.synonyms):       # "Acme K.K." beside "Acme"
            rows.append(r)
            names |= {r.name, *r.synonyms}
    args.out.write_text(render(rows), encoding="utf-8")
    print(f"wrote {len(rows)} organisations to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
