"""SPARQL query files: find them, read their headers, bind parameters, run them.

Every ``queries/*.rq`` starts with comment lines ``# purpose:``,
``# parameters:`` (``name (iri|literal): meaning; ...`` or ``none``) and
``# columns:``. Parameters are bound by a ``VALUES`` block of escaped terms at
the start of the query's outer ``WHERE`` group (plain SPARQL 1.1, never the
value pasted into the text), the same text in-process and on any SPARQL 1.1
server, so each file is written to be portable: a parameter is used in the
outer group (a subquery that needs it projects it), a parameter left out
means "all", and aggregates are deterministic (``MIN``, not ``SAMPLE``, whose
choice differs between engines; ``GROUP_CONCAT(DISTINCT STR(?x))`` so that an
unbound ``?x`` is skipped by every engine).

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
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise QueryError(f"{path}: is not UTF-8 (byte {err.start}); re-save the query file as UTF-8") from None
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
            term = iri_term(name, str(value))
        else:
            term = ox.Literal(str(value))
        out[ox.Variable(name)] = term
    return out


def bind_values(query: Query, values: dict[str, object]) -> str:
    """The query's text with its parameters bound by a ``VALUES`` block (plain SPARQL 1.1, for any endpoint).

    The block is made from terms that pyoxigraph has checked and escaped, never from the raw value, and goes at
    the start of the query's outer ``WHERE`` group.

    >>> q = load_query("trial-card")
    >>> print(*(x.strip() for x in bind_values(q, {"trial": 'NCT0"1'}).splitlines() if "VALUES" in x))
    VALUES (?trial) { ("NCT0\\"1") }
    """
    terms = bind(query, values)
    if not terms:
        return query.text
    names = " ".join(f"?{v.value}" for v in terms)
    block = f"VALUES ({names}) {{ ({' '.join(str(t) for t in terms.values())}) }}"
    # the first "{" after the query form (after WHERE for CONSTRUCT, whose template comes first)
    where = re.search(r"^(?:SELECT|ASK|DESCRIBE)\b.*?\{|^CONSTRUCT\b.*?\bWHERE\s*\{", query.text, re.M | re.S | re.I)
    if where is None:
        raise QueryError(f"{query.path}: no WHERE group to bind {names} in")
    return f"{query.text[:where.end()]}\n  {block}{query.text[where.end():]}"


def iri_term(name: str, value: str) -> ox.NamedNode:
    """The IRI a parameter names; a value that is not an IRI (spaces, ``<>"{}|^`\\``, no scheme) is a QueryError.

    >>> iri_term("trial", "kg:Trial").value
    'https://w3id.org/kg-trials/ontology#Trial'
    >>> iri_term("subject", "<x> y")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: --param subject='<x> y': not a valid IRI (Invalid IRI code point '<'); give a full IRI (https://...) or kg:Name
    """
    try:
        return ox.NamedNode(expand(value))
    except ValueError as err:
        raise QueryError(f"--param {name}={value!r}: not a valid IRI ({err}); give a full IRI (https://...) or kg:Name") from None


def calls_service(text: str) -> bool:
    """Whether a query has a SERVICE clause (which would make the store call another endpoint over the network).

    The query is parsed (rdflib's SPARQL parser, which expands ``\\u`` escapes first), so SERVICE in a comment,
    a string or an IRI does not count; a text without the letters "service" or an escape is not parsed at all.

    >>> calls_service("# SERVICE <http://x/>\\nSELECT * WHERE { ?s ?p 'SERVICE' }")
    False
    >>> calls_service("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }")
    True
    """
    lowered = text.lower()
    if "service" not in lowered and "\\u" not in lowered:
        return False
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        tree = parseQuery(text)
    except Exception as err:  # pyparsing's ParseException and ValueError for a bad escape: the query is unreadable
        raise QueryError(f"cannot be checked for SERVICE: {str(err).splitlines()[0]}") from None
    return has_service(tree)


def has_service(node) -> bool:
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        return node.name == "ServiceGraphPattern" or any(has_service(v) for v in node.values())
    if isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        return any(has_service(v) for v in node)
    return False


def refuse_service(query: Query) -> None:
    try:
        service = calls_service(query.text)
    except QueryError as err:
        raise QueryError(f"{query.path}: {err}; fix the syntax, or run it with --allow-service if you trust it") from None
    if service:
        raise QueryError(f"{query.path}: the query calls a remote endpoint (SERVICE); kg opens no network address "
                         "unless you pass --allow-service")


def expand(value: str) -> str:
    """``kg:Trial`` -> full IRI; full IRIs pass through."""
    prefix, _, local = value.partition(":")
    return PREFIXES[prefix] + local if prefix in PREFIXES and not local.startswith("//") else value


def stream(store, name: str, params: dict | None = None, union: bool = True,
           allow_service: bool = False) -> ox.QuerySolutions:
    """Run a query file; the solutions as Oxigraph streams them (for results too large for a list).

    Parameters are bound as on any endpoint (:func:`bind_values`). A query with a SERVICE clause is refused
    unless ``allow_service``.
    """
    query = load_query(name)
    text = bind_values(query, params or {})
    if not allow_service:
        refuse_service(query)
    try:
        return store.ox.query(text, use_default_graph_as_union=union)
    except SyntaxError as err:
        raise QueryError(f"{query.path}: SPARQL syntax error: {err}") from None
    except OSError as err:           # a SERVICE call that failed
        raise QueryError(f"{query.path}: the query failed: {err}") from None


def run(store, name: str, params: dict | None = None, union: bool = True, allow_service: bool = False) -> list[dict]:
    """Run a query file; rows as {column: pyoxigraph term or None}."""
    solutions = stream(store, name, params, union, allow_service)
    variables = [v.value for v in solutions.variables]
    try:
        return [dict(zip(variables, row)) for row in solutions]     # a row iterates in variable order; by name is slower
    except OSError as err:           # a SERVICE call that failed while the rows were read
        raise QueryError(f"{load_query(name).path}: the query failed: {err}") from None


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
