"""SPARQL query files: find them, read their headers, bind parameters, run them.

Every ``queries/*.rq`` starts with comment lines ``# purpose:``,
``# parameters:`` (``name (iri|literal): meaning; ...`` or ``none``) and
``# columns:``. Parameters are bound through Oxigraph's substitutions (the
SPARQL-dev SEP-0007 mechanism), never pasted into the query text.

>>> q = load_query("facts-entities")
>>> [p.name for p in q.parameters], q.columns[:2]
(['graph', 'class'], ['graph', 'class'])
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError
from kg.resources import QUERIES

QUERY_DIR = QUERIES
PREFIXES = {"kg": "https://w3id.org/kg-trials/ontology#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str            # "iri" or "literal"
    meaning: str


@dataclass(frozen=True)
class Query:
    name: str
    path: Path
    text: str
    purpose: str
    parameters: tuple[Parameter, ...]
    columns: list[str]


def query_names() -> list[str]:
    return sorted(p.stem for p in QUERY_DIR.glob("*.rq"))


def load_query(name_or_path: str) -> Query:
    """A query by name (``trial-card``) or by file path."""
    path = Path(name_or_path)
    if not (path.suffix == ".rq" and path.exists()):
        path = QUERY_DIR / f"{name_or_path}.rq"
    if not path.exists():
        raise QueryError(f"{name_or_path}: no such query; known: {', '.join(query_names())}")
    text = path.read_text(encoding="utf-8")
    header = dict(re.findall(r"^#\s*(purpose|parameters|columns):\s*(.*)$", text, re.M))
    missing = {"purpose", "parameters", "columns"} - set(header)
    if missing:
        raise QueryError(f"{path}: header lacks {', '.join(sorted(missing))}; start the file with "
                         "'# purpose:', '# parameters:' and '# columns:' lines")
    params = tuple(Parameter(m.group(1), m.group(2), m.group(3).strip())
                   for m in re.finditer(r"(\w+)\s*\((iri|literal)\):\s*([^;]*)", header["parameters"]))
    return Query(path.stem, path, text, header["purpose"].strip(), params,
                 [c.strip() for c in header["columns"].split(",")])


def bind(query: Query, values: dict[str, object]) -> dict:
    """Turn ``{name: value}`` into Oxigraph substitutions, checking names against the header."""
    known = {p.name: p for p in query.parameters}
    unknown = set(values) - set(known)
    if unknown:
        raise QueryError(f"{query.name}: unknown parameter(s) {', '.join(sorted(unknown))}; "
                         f"it takes: {', '.join(known) or 'none'}")
    out = {}
    for name, value in values.items():
        if isinstance(value, (ox.NamedNode, ox.Literal)):
            term = value
        elif known[name].kind == "iri":
            term = ox.NamedNode(expand(str(value)))
        else:
            term = ox.Literal(str(value))
        out[ox.Variable(name)] = term
    return out


def expand(value: str) -> str:
    """``kg:Trial`` -> full IRI; full IRIs pass through."""
    prefix, _, local = value.partition(":")
    return PREFIXES[prefix] + local if prefix in PREFIXES and not local.startswith("//") else value


def stream(store, name: str, params: dict | None = None, union: bool = True) -> ox.QuerySolutions:
    """Run a query file; the solutions as Oxigraph streams them (for results too large for a list)."""
    query = load_query(name)
    substitutions = bind(query, params or {})
    try:
        return store.ox.query(query.text, substitutions=substitutions, use_default_graph_as_union=union)
    except SyntaxError as err:
        raise QueryError(f"{query.path}: SPARQL syntax error: {err}") from None


def run(store, name: str, params: dict | None = None, union: bool = True) -> list[dict]:
    """Run a query file; rows as {column: pyoxigraph term or None}."""
    solutions = stream(store, name, params, union)
    variables = [v.value for v in solutions.variables]
    return [dict(zip(variables, row)) for row in solutions]     # a row iterates in variable order; by name is slower


def term_text(term) -> str:
    return "" if term is None else term.value


def render(rows: list[dict], fmt: str) -> str:
    """Rows as an aligned table, CSV or JSON (values as plain text)."""
    columns = list(rows[0]) if rows else []
    plain = [{c: term_text(r[c]) for c in columns} for r in rows]
    if fmt == "json":
        return json.dumps(plain, indent=2, ensure_ascii=False)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(plain)
        return buf.getvalue()
    if not rows:
        return "(no rows)"
    widths = {c: min(60, max(len(c), *(len(p[c]) for p in plain))) for c in columns}
    line = lambda vals: "  ".join(v[:60].ljust(widths[c]) for c, v in zip(columns, vals))
    return "\n".join([line(columns), line(["-" * widths[c] for c in columns])] + [line([p[c] for c in columns]) for p in plain])
