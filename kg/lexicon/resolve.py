"""One concept per lexicon name: which concept a surface form names, and which ids join it.

Vocabularies disagree. DOID lists "Diabetes Mellitus Type 2" as a synonym of
maturity-onset diabetes of the young type 1, while MeSH D003924 *is* named
"Diabetes Mellitus, Type 2". Joining every id that shares a form or a
cross-reference would put both concepts on one node. These pure functions keep
one concept per form instead:

- an id's *own names* are the names its vocabulary gives it (:func:`name_key`
  compares them regardless of word order, case, possessives, plurals and
  Roman numerals);
- a cross-reference joins a term only when its own names meet the term's
  (:func:`verified_ids`), one hop, never through a chain of cross-references;
- a form that several concepts claim goes to the concept one of whose ids is
  *named* by it (its label), then to the one most sources name by it
  (:func:`choose`); names learned from a training corpus only vote.

>>> names = {"DOID:1": {name_key("type 2 zorblat syndrome")}, "MESH:D1": {name_key("Zorblat Syndrome, Type 2")}}
>>> verified_ids(("DOID:1", "MESH:D1", "MESH:D2"), names)
('DOID:1', 'MESH:D1', 'MESH:D2')
>>> verified_ids(("DOID:2", "MESH:D1"), {"DOID:2": {name_key("juvenile zorblat")}, **names})
('DOID:2',)
"""

from __future__ import annotations

from collections import defaultdict
from typing import AbstractSet as Set, Iterable, Mapping, NamedTuple

from kg.lexicon.lexicon import norm_tokens

ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}
FILLER = frozenset({"s", "the", "of", "and", "nos", "in"})


class Row(NamedTuple):
    """One candidate name from a vocabulary: the surface form, its type, its concept's label and ids."""

    text: str
    kind: str
    label: str
    ids: str          # "|"-joined CURIEs, the term's own id first
    attrs: str


def name_key(text: str) -> tuple[str, ...]:
    """A name reduced for comparing names across vocabularies.

    >>> name_key("Zorblat Syndrome, Type II") == name_key("type 2 zorblat syndrome")
    True
    >>> name_key("Quimby's Disease") == name_key("Quimby disease")
    True
    """
    words = set()
    for tok in norm_tokens(text):
        tok = ROMAN.get(tok, tok)
        if tok in FILLER:
            continue
        words.add(tok[:-1] if len(tok) > 3 and tok.endswith("s") and not tok.endswith("ss") else tok)
    return tuple(sorted(words))


GENERIC = frozenset({"syndrome", "disease", "disorder", "condition", "finding"})


def alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two name keys name the same thing: equal but for generic words ("syndrome", "disease"),
    or sharing at least two thirds of their words.

    >>> alike(name_key("7q99 microdeletion"), name_key("7q99 microdeletion syndrome"))
    True
    >>> alike(name_key("Quimby syndrome"), name_key("palatofacial syndrome"))
    False
    >>> alike(name_key("zorblat failure"), name_key("left-sided zorblat failure"))      # a narrower concept
    False
    """
    if a == b:
        return True
    sa, sb = set(a), set(b)
    shared = len(sa & sb)
    return (bool(sa - GENERIC) and sa - GENERIC == sb - GENERIC) or shared * 3 >= 2 * len(sa | sb)


def meet(names: set, others: set) -> bool:
    """Some name of one set is :func:`alike` some name of the other."""
    return bool(names & others) or any(alike(a, b) for a in names for b in others)


def primary(ids: str) -> str:
    return ids.split("|", 1)[0]


def own_names(rows: Iterable[Row], extra: Mapping[str, set] = {}) -> tuple[dict, dict]:
    """``(names, labels)``: every id's own names and its preferred names (label), as :func:`name_key` keys.

    A row speaks for its own id (the first of its ids) only; ``extra`` adds
    names read elsewhere (MeSH headings, ChEBI names).

    >>> names, labels = own_names([Row("ZBS2", "disease", "zorblat type 2", "DOID:1|MESH:D1", "")])
    >>> sorted(names["DOID:1"]), labels["DOID:1"], "MESH:D1" in names
    ([('2', 'type', 'zorblat'), ('zbs2',)], {('2', 'type', 'zorblat')}, False)
    """
    names: dict[str, set] = defaultdict(set)
    labels: dict[str, set] = defaultdict(set)
    for r in rows:
        if "corpus" in r.attrs or not r.ids:
            continue
        own = primary(r.ids)
        label = name_key(r.label)
        names[own].add(name_key(r.text))
        names[own].add(label)
        labels[own].add(label)
    for curie, found in extra.items():
        names[curie] |= found
        labels[curie] |= found
    return dict(names), dict(labels)


def verified_ids(ids: Iterable[str], names: Mapping[str, set], sole: Set[str] = frozenset()) -> tuple[str, ...]:
    """The term's id and those cross-references whose own names meet the term's (unknown names pass),
    or that only this one concept claims (``sole``: a one-to-one mapping worded differently,
    as "Neoplasms" for cancer)."""
    ids = tuple(ids)
    if len(ids) < 2:
        return ids
    mine = names.get(ids[0], set())
    return ids[:1] + tuple(x for x in ids[1:] if x in sole or x not in names or not mine or meet(names[x], mine))


def sole_links(rows: Iterable[Row], labels: Mapping[str, set] = {}) -> set[str]:
    """Cross-references that terms of one name only carry (never those of two unlike concepts),
    unless the cross-reference's own label (``labels``) is the label of another term.

    >>> sorted(sole_links([Row("a", "disease", "zorblat", "DOID:1|MESH:D1", ""),
    ...                    Row("b", "disease", "Zorblat", "NCIT:C1|MESH:D1", ""),
    ...                    Row("c", "disease", "quimby", "DOID:2|MESH:D2", ""),
    ...                    Row("d", "disease", "quimby type 2", "DOID:3|MESH:D2", ""),
    ...                    Row("e", "disease", "slow zorb", "HP:1|MESH:D3", ""),
    ...                    Row("f", "disease", "zorb", "SYMP:1", "")], {"MESH:D3": {name_key("zorb")}}))
    ['MESH:D1']
    """
    owners: dict[str, set] = defaultdict(set)
    homes = set()
    for r in rows:
        if "corpus" in r.attrs or "xref" in r.attrs:
            continue
        homes.add(name_key(r.label))
        for x in r.ids.split("|")[1:]:
            owners[x].add(name_key(r.label))
    return {x for x, found in owners.items() if len(found) == 1 and not (labels.get(x, set()) - found) & homes}


class Choice(NamedTuple):
    """The concept a form names: the row that speaks for it and the ids of that concept's rows."""

    row: Row
    ids: frozenset


def choose(key: str, found: list[Row], labels: Mapping[str, set], kind_rank, id_rank) -> Choice:
    """The one concept that the form ``key`` names among the rows that give it.

    Vocabulary rows win over names learned from a corpus, whose MeSH ids only
    vote. Among concepts: the one whose label the form is, then one that has an
    id whose own label is this form (a MeSH heading), then the better
    ``kind_rank`` (a drug before a chemical), then the one with most rows
    (sources and corpus votes) naming it so, then the ``id_rank`` of its id.

    >>> labels = {"DOID:9": {name_key("type 2 zorblat syndrome")}, "MESH:D1": {name_key("Zorblat Syndrome, Type 2")},
    ...           "DOID:0": {name_key("juvenile zorblat 1")}}
    >>> rows = [Row("zorblat syndrome type 2", "disease", "juvenile zorblat 1", "DOID:0", ""),
    ...         Row("zorblat syndrome type 2", "disease", "juvenile zorblat 1", "DOID:0", ""),
    ...         Row("Zorblat Syndrome, Type 2", "disease", "type 2 zorblat syndrome", "DOID:9|MESH:D1", "")]
    >>> choose("zorblat syndrome type 2", rows, labels, lambda k: 0, lambda c: 0).row.label
    'type 2 zorblat syndrome'
    """
    vocabulary = [r for r in found if "corpus" not in r.attrs] or found
    votes = {i for r in found if "corpus" in r.attrs for i in r.ids.split("|") if i}
    concepts: dict[tuple, list[Row]] = defaultdict(list)      # terms of one name are one concept
    for r in dict.fromkeys(vocabulary):                         # a vocabulary's duplicate rows count once
        concepts[name_key(r.label)].append(r)

    def best(rows: list[Row]) -> Row:
        return min(rows, key=lambda r: ("label" not in r.attrs, kind_rank(r.kind), id_rank(primary(r.ids)), r.label))

    if len(concepts) == 1:
        rows = next(iter(concepts.values()))
    else:
        form = name_key(key)

        def rank(item):
            label, rows = item
            ids = {i for r in rows for i in r.ids.split("|") if i}
            first = best(rows)
            return (label != form, not any(form in labels.get(i, ()) for i in ids), kind_rank(first.kind),
                    -(len(rows) + len(ids & votes)), id_rank(primary(first.ids)))

        rows = min(concepts.items(), key=rank)[1]
        better = kin(rows, concepts.values(), kind_rank) if best(rows).kind == "chemical" else []
        if better:                           # (diseases that share a MeSH id stay apart: MeSH lumps them)
            chosen = best(rows)._replace(kind=better[0].kind)
            return Choice(chosen, frozenset(i for r in rows + better for i in r.ids.split("|") if i))
    return Choice(best(rows), frozenset(i for r in rows for i in r.ids.split("|") if i))


def kin(rows: list[Row], concepts, kind_rank) -> list[Row]:
    """The rows of the other concepts that share an id with the chosen one and rank before it by kind: MeSH's chemical
    "Aspirin" and DrugBank's drug "Acetylsalicylic acid" are one substance, a drug (the chosen label stays).

    >>> chem = [Row("Aspirin", "chemical", "Aspirin", "MESH:D1", "label")]
    >>> drug = [Row("Aspirin", "drug", "Acetylsalicylic acid", "DRUGBANK:DB1|MESH:D1", "")]
    >>> [r.kind for r in kin(chem, [chem, drug], lambda k: 0 if k == "drug" else 1)]
    ['drug']
    """
    ids = {i for r in rows for i in r.ids.split("|") if i}
    rank = min(kind_rank(r.kind) for r in rows)
    return sorted((r for other in concepts if other is not rows for r in other
                   if kind_rank(r.kind) < rank and ids & set(r.ids.split("|"))), key=lambda r: kind_rank(r.kind))


def named_mesh(concepts: Mapping[tuple, set], headings: Mapping[str, set]) -> dict[tuple, set]:
    """MeSH ids for concepts by name: a MeSH heading joins the concept one of whose names it equals
    (``concepts``: concept -> its names, the concept's label key first in meaning, as (label_key, group));
    a heading that several concepts name goes only to the one whose label it is, else to none.

    >>> concepts = {(name_key("zorblat"), "disease"): {name_key("zorblat"), name_key("zorb fever")},
    ...             (name_key("quimby"), "disease"): {name_key("quimby"), name_key("zorb fever")},
    ...             (name_key("hexa"), "disease"): {name_key("hexa"), name_key("zorblat")}}
    >>> headings = {"MESH:D1": {name_key("Zorblat")}, "MESH:D2": {name_key("Zorb Fever")}}
    >>> {k[0]: sorted(v) for k, v in named_mesh(concepts, headings).items()}
    {('zorblat',): ['MESH:D1']}
    """
    by_name: dict[tuple, set] = defaultdict(set)
    for mesh, keys in headings.items():
        for k in keys:
            by_name[k].add(mesh)
    claims: dict[str, set] = defaultdict(set)
    for concept, keys in concepts.items():
        for k in keys:
            for mesh in by_name.get(k, ()):
                claims[mesh].add(concept)
    out: dict[tuple, set] = defaultdict(set)
    for mesh, found in claims.items():
        labelled = [c for c in found if c[0] in headings[mesh]]
        if len(found) == 1 or len(labelled) == 1:
            out[(labelled or list(found))[0]].add(mesh)
    return dict(out)
