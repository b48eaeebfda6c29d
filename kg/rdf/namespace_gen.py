"""Generate :mod:`kg.rdf.namespace` from ``ontology/kg.ttl`` (the one source of IRIs).

Run ``python -m kg.rdf.namespace_gen`` after editing the ontology; a test
fails when the module and the ontology drift apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
MODULE = Path(__file__).resolve().parent / "namespace.py"
NS = "https://w3id.org/kg-trials/ontology#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
KINDS = {"http://www.w3.org/2002/07/owl#Class", "http://www.w3.org/2002/07/owl#ObjectProperty",
         "http://www.w3.org/2002/07/owl#DatatypeProperty"}


def ontology_terms(path: Path = ONTOLOGY) -> list[str]:
    """Local names of the classes and properties the ontology declares, sorted."""
    names = set()
    for t in ox.parse(path=str(path)):
        if t.predicate == RDF_TYPE and t.object.value in KINDS and t.subject.value.startswith(NS):
            names.add(t.subject.value[len(NS):])
    return sorted(names, key=lambda n: (n[0].islower(), n))


def render_namespace(path: Path = ONTOLOGY) -> str:
    lines = ['"""The kg ontology namespace. GENERATED from ontology/kg.ttl by kg.rdf.namespace_gen: do not edit."""',
             "", "from rdflib.namespace import DefinedNamespace, Namespace", "from rdflib.term import URIRef", "", "",
             "class KG(DefinedNamespace):", '    """Classes and properties of ontology/kg.ttl; unknown names raise AttributeError."""',
             "", "    _fail = True", f'    _NS = Namespace("{NS}")', ""]
    lines += [f"    {name}: URIRef" for name in ontology_terms(path)]
    return "\n".join(lines) + "\n"


def main() -> int:
    MODULE.write_text(render_namespace(), encoding="utf-8")
    print(f"wrote {MODULE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
