"""Generate :mod:`kg.rdf.namespace`, :mod:`kg.terms`, the full view's list of edge predicates and the list of
organisation roles of ``facts-organizations.rq`` from ``ontology/kg.ttl``.

The ontology is the one source of IRIs. Run ``python -m kg.rdf.namespace_gen``
after editing it; a test fails when the module or a generated query list
drifts apart from the ontology. The ontology is not loaded into stores, so a
query cannot follow ``rdfs:subPropertyOf`` at run time: the sub-properties of
``kg:organizationRole`` are written into the query instead (a new role is one
``rdfs:subPropertyOf :organizationRole`` line in kg.ttl and a run of this).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pyoxigraph as ox

from kg.resources import ONTOLOGY, QUERIES

MODULE = Path(__file__).resolve().parent / "namespace.py"
TERMS_MODULE = Path(__file__).resolve().parent.parent / "terms.py"
FULL_VIEW = QUERIES / "view-full.rq"
NS = "https://w3id.org/kg-trials/ontology#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
OWL = "http://www.w3.org/2002/07/owl#"
KINDS = {OWL + "Class", OWL + "ObjectProperty", OWL + "DatatypeProperty"}
ORGANIZATIONS = QUERIES / "facts-organizations.rq"
ROLE = "organizationRole"                 # the super-property of every organisation role
# evidence -> document: provenance, not an edge between entities; the role super-property is never stated itself
NOT_ENTITY_EDGES = {"document", ROLE}
VALUES_BLOCK = re.compile(r"(# edge predicates: GENERATED[^\n]*\n)[ ]*VALUES \?predicate \{[^}]*\}\n")
ROLES_BLOCK = re.compile(r"(# organisation roles: GENERATED[^\n]*\n)[ ]*VALUES \?role \{[^}]*\}\n")
SUB_PROPERTY = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subPropertyOf")


def declared(path: Path = ONTOLOGY) -> dict[str, str]:
    """Local name -> kind (``Class``, ``ObjectProperty``, ``DatatypeProperty``) of what the ontology declares."""
    out = {}
    for t in ox.parse(path=str(path)):
        if t.predicate == RDF_TYPE and t.object.value in KINDS and t.subject.value.startswith(NS):
            out[t.subject.value[len(NS):]] = t.object.value[len(OWL):]
    return out


def ontology_terms(path: Path = ONTOLOGY) -> list[str]:
    """Local names of the classes and properties the ontology declares, sorted."""
    return sorted(declared(path), key=lambda n: (n[0].islower(), n))


def edge_predicates(path: Path = ONTOLOGY) -> list[str]:
    """The object properties that link two entities (all but :data:`NOT_ENTITY_EDGES`), sorted.

    >>> {"intervention", "condition"} <= set(edge_predicates()) and "document" not in edge_predicates()
    True
    """
    return sorted(n for n, kind in declared(path).items() if kind == "ObjectProperty" and n not in NOT_ENTITY_EDGES)


def role_predicates(path: Path = ONTOLOGY, role: str = ROLE) -> list[str]:
    """The properties under ``kg:organizationRole`` (``rdfs:subPropertyOf``, followed transitively), sorted.

    >>> {"developedBy", "sponsor", "parentOrganization"} <= set(role_predicates()), "site" in role_predicates()
    (True, False)
    """
    below: dict[str, set[str]] = {}
    for t in ox.parse(path=str(path)):
        if t.predicate == SUB_PROPERTY and t.subject.value.startswith(NS) and t.object.value.startswith(NS):
            below.setdefault(t.object.value[len(NS):], set()).add(t.subject.value[len(NS):])
    found, todo = set(), [role]
    while todo:
        for name in below.get(todo.pop(), ()):
            if name not in found:
                found.add(name)
                todo.append(name)
    return sorted(found)


def values_block(variable: str, names: list[str], width: int = 110) -> str:
    """A SPARQL ``VALUES ?variable { kg:a kg:b ... }`` block, wrapped at ``width``."""
    head = f"  VALUES ?{variable} {{"
    lines, line = [], head
    for name in names:
        if len(line) + len(name) + 4 > width:
            lines.append(line)
            line = " " * len(head)
        line += f" kg:{name}"
    return "\n".join(lines + [line + " }"]) + "\n"


def render_full_view(query: str, path: Path = ONTOLOGY, width: int = 110) -> str:
    """``query`` (the text of view-full.rq) with its VALUES list of edge predicates rewritten from the ontology."""
    block = values_block("predicate", edge_predicates(path), width)
    if not VALUES_BLOCK.search(query):
        raise ValueError(f"{FULL_VIEW}: no '# edge predicates: GENERATED' comment before a VALUES ?predicate list")
    return VALUES_BLOCK.sub(lambda m: m.group(1) + block, query, count=1)


def render_roles(query: str, path: Path = ONTOLOGY, width: int = 110) -> str:
    """``query`` (the text of facts-organizations.rq) with its VALUES list of roles rewritten from the ontology."""
    block = values_block("role", role_predicates(path), width)
    if not ROLES_BLOCK.search(query):
        raise ValueError(f"{ORGANIZATIONS}: no '# organisation roles: GENERATED' comment before a VALUES ?role list")
    return ROLES_BLOCK.sub(lambda m: m.group(1) + block, query, count=1)


def render_namespace(path: Path = ONTOLOGY) -> str:
    lines = ['"""The kg ontology namespace. GENERATED from ontology/kg.ttl by kg.rdf.namespace_gen: do not edit."""',
             "", "from rdflib.namespace import DefinedNamespace, Namespace", "from rdflib.term import URIRef", "", "",
             "class KG(DefinedNamespace):", '    """Classes and properties of ontology/kg.ttl; unknown names raise AttributeError."""',
             "", "    _fail = True", f'    _NS = Namespace("{NS}")', ""]
    lines += [f"    {name}: URIRef" for name in ontology_terms(path)]
    return "\n".join(lines) + "\n"


def render_terms(path: Path = ONTOLOGY) -> str:
    """The text of :mod:`kg.terms`: each ontology term's local name as a string constant of class ``T``.

    Extractors name predicates and classes through it (they never touch RDF), so a misspelt or removed term
    fails at import, as ``KG``'s ``_fail`` does.
    """
    names = ontology_terms(path)
    lines = ['"""Local names of the classes and properties of ontology/kg.ttl, for the stages before RDF.',
             "", "GENERATED from ontology/kg.ttl by kg.rdf.namespace_gen: do not edit.", "",
             ">>> T.hasOutcome, 'hasOutcome' in TERMS", "('hasOutcome', True)", '"""', "",
             "from typing import Final", "", "",
             "class T:", '    """One constant per ontology term; an unknown name is an AttributeError."""', "",
             "    __slots__ = ()", ""]
    lines += [f'    {name}: Final = "{name}"' for name in names]
    lines += ["", "", "TERMS: Final = frozenset(value for name, value in vars(T).items() if not name.startswith(\"_\"))"]
    return "\n".join(lines) + "\n"


def main() -> int:
    MODULE.write_text(render_namespace(), encoding="utf-8")
    TERMS_MODULE.write_text(render_terms(), encoding="utf-8")
    FULL_VIEW.write_text(render_full_view(FULL_VIEW.read_text(encoding="utf-8")), encoding="utf-8")
    ORGANIZATIONS.write_text(render_roles(ORGANIZATIONS.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote {MODULE}, {TERMS_MODULE}, {FULL_VIEW} and {ORGANIZATIONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
