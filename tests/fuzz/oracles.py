"""What must hold after kg reads fuzzed input: shared by tests/fuzz and bench/fuzz.py.

Each check returns a list of :class:`Finding` (empty when all is well), so a
test asserts there are none and the benchmark counts them by kind.

Kinds: ``crash`` (an exception escaped ``build``), ``message`` (an error that is
not one line naming its file, or that leaks a Python exception name),
``unreported`` (an input with no report), ``lost-record`` (an untouched record
of a JSON file not built), ``earlier-changed`` (a document built before lost or
changed), ``export``/``pyoxigraph``/``rdflib``/``rapper`` (an export that cannot be
written or read back), ``literal`` (a literal invalid for its datatype or holding
characters RDF syntaxes forbid), ``implausible`` (a number longer than any real
quantity stored as a number), ``shacl`` (the graph does not conform).
"""

from __future__ import annotations

import builtins
import logging
import re
import subprocess
import traceback
import warnings
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyoxigraph as ox

XSD = "http://www.w3.org/2001/XMLSchema#"
EXCEPTION_NAMES = sorted({name for name, obj in vars(builtins).items()
                          if isinstance(obj, type) and issubclass(obj, BaseException)}
                         | {"JSONDecodeError", "ParseError", "ExpatError", "BadGzipFile", "XMLSyntaxError", "ParserError",
                            "PanicException", "ConversionSyntax", "InvalidOperation", "DecimalException", "Traceback"})
LEAK = re.compile(r"\b(?:" + "|".join(EXCEPTION_NAMES) + r")\b|<class '|File \"[^\"]+\", line \d+")
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
                       + "".join(f"{chr(p * 0x10000 + 0xfffe)}{chr(p * 0x10000 + 0xffff)}" for p in range(1, 17)) + "]")
TZ = r"(?:Z|[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00))?"
LEXICAL = {
    "integer": r"[+-]?\d+", "nonNegativeInteger": r"\+?\d+|-0+", "decimal": r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)",
    "boolean": r"true|false|1|0",
    "double": r"[+-]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|INF)|NaN",
    "float": r"[+-]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|INF)|NaN",
    "date": r"-?\d{4,}-\d\d-\d\d" + TZ, "gYear": r"-?\d{4,}" + TZ, "gYearMonth": r"-?\d{4,}-(?:0[1-9]|1[0-2])" + TZ,
    "dateTime": r"-?\d{4,}-\d\d-\d\dT(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?" + TZ,
    "duration": r"-?P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?",
    "string": r"(?s:.*)", "anyURI": r"[^\s<>\"{}|\\^`]*",
}
MAX_DIGITS = 30              # no real quantity in a trial report has more digits than this


@dataclass(frozen=True)
class Finding:
    """One property that failed: its kind, the input (or file) it is about, and what happened."""

    kind: str
    where: str
    detail: str

    def __str__(self) -> str:
        return f"[{self.kind}] {self.where}: {self.detail}"


def short(text: str, limit: int = 300) -> str:
    text = str(text)
    return text if len(text) <= limit else text[:limit] + f"... ({len(text):,} chars)"


# ---------------------------------------------------------------- build and its report

def message_findings(message: str | None, path: Path) -> list[Finding]:
    """An error message must be one line, name the input file, and not leak Python's exception names.

    >>> message_findings("x/a.json: is not valid JSON (Expecting value at line 1); check it", Path("x/a.json"))
    []
    >>> [f.kind for f in message_findings("a.json: TypeError: 'int' object is not iterable", Path("a.json"))]
    ['message']
    """
    found = []
    text = message or ""
    if not text.strip():
        found.append("an empty error message")
    if "\n" in text or "\r" in text:
        found.append(f"a message of {text.count(chr(10)) + 1} lines")
    if path.name not in text:
        found.append("a message that does not name the file")
    leak = LEAK.search(text)
    if leak:
        found.append(f"a message that leaks {leak.group()!r}")
    return [Finding("message", str(path), f"{'; '.join(found)}: {short(text)!r}")] if found else []


def report_findings(report, inputs: list[tuple[Path, object]]) -> list[Finding]:
    """Each input has a report (built or a one-line error), and the untouched records of a JSON file are built.

    ``inputs`` pairs each path with its :class:`mutators.Case` (or None when the case is unknown).
    """
    found = []
    for path, case in inputs:
        mine = [d for d in report.documents if d.source.startswith(str(path))]       # a file, or its records
        if not mine:
            found.append(Finding("unreported", str(path), "the build report has no line for this input"))
        for doc in mine:
            if doc.status == "error":
                found += message_findings(doc.error, path)
        built = sum(d.status in ("ok", "skipped") for d in mine)
        if case is not None and case.intact and built < case.intact:
            found.append(Finding("lost-record", str(path), f"{case.records} records, {case.intact} untouched by the "
                                 f"mutations, but only {built} built: {short(mine[-1].error if mine else '')}"))
    return found


def build_findings(build, paths: list[Path], store, cases=None, **kwargs) -> tuple[object, list[Finding]]:
    """Run ``build`` (kg.pipeline.build) on ``paths``; a raised exception is a ``crash`` finding."""
    try:
        report = build([str(p) for p in paths], store, **kwargs)
    except Exception as err:  # the property: nothing escapes
        tb = "".join(traceback.format_exception(err)[-3:])
        return None, [Finding("crash", ", ".join(p.name for p in paths), short(f"{type(err).__name__}: {err} | {tb}", 600))]
    return report, report_findings(report, list(zip(paths, cases or [None] * len(paths))))


def graph_quads(store, graph: ox.NamedNode) -> set:
    return set(store.ox.quads_for_pattern(None, None, None, graph))


def kept_findings(store, before: dict) -> list[Finding]:
    """Each graph of ``before`` (graph -> its quads) is still in ``store``, unchanged."""
    found = []
    for graph, quads in before.items():
        now = graph_quads(store, graph)
        if now != quads:
            found.append(Finding("earlier-changed", graph.value, f"{len(quads)} quads before, {len(now)} after, "
                                 f"{len(quads - now)} lost"))
    return found


# ---------------------------------------------------------------- what is stored

def literal_problem(literal: ox.Literal) -> str | None:
    """Why a literal is not valid RDF for strict tools, or None.

    >>> literal_problem(ox.Literal("2023-04-34", datatype=ox.NamedNode(XSD + "date")))
    'not a valid xsd:date'
    >>> literal_problem(ox.Literal("a\\uffffb")), literal_problem(ox.Literal("12", datatype=ox.NamedNode(XSD + "integer")))
    ("holds '\\\\uffff'", None)
    """
    value = literal.value
    bad = FORBIDDEN.search(value)
    if bad:
        return f"holds {bad.group()!a}"
    dt = literal.datatype.value
    if not dt.startswith(XSD):
        return None
    name = dt[len(XSD):]
    pattern = LEXICAL.get(name)
    if pattern is not None and not re.fullmatch(pattern, value):
        return f"not a valid xsd:{name}"
    if name == "date" and not valid_date(value):
        return f"not a valid xsd:{name}"
    return None


def valid_date(value: str) -> bool:
    m = re.match(r"(-?\d{4,})-(\d\d)-(\d\d)", value)
    try:
        return m is not None and date(int(m.group(1)), int(m.group(2)), int(m.group(3))) is not None
    except ValueError:
        return len(m.group(1).lstrip("-")) > 4          # beyond year 9999 Python cannot tell; the pattern passed


def implausible(literal: ox.Literal) -> bool:
    """A number (or a duration) with more digits than any real quantity."""
    name = literal.datatype.value[len(XSD):] if literal.datatype.value.startswith(XSD) else ""
    if name not in ("integer", "nonNegativeInteger", "decimal", "double", "float", "duration"):
        return False
    return any(len(run.lstrip("0")) > MAX_DIGITS for run in re.findall(r"\d+", literal.value))


def literal_findings(store, limit: int = 20) -> list[Finding]:
    """Every literal valid for its datatype and free of forbidden characters; every IRI too."""
    found = []
    for quad in store.quads():
        for term in (quad.subject, quad.object, quad.graph_name):
            if isinstance(term, ox.Literal):
                problem = literal_problem(term)
                if problem:
                    found.append(Finding("literal", quad.graph_name.value if hasattr(quad.graph_name, "value") else "",
                                         f"{problem}: {short(repr(term), 160)} ({quad.predicate.value.rsplit('#', 1)[-1]})"))
                elif implausible(term):
                    found.append(Finding("implausible", quad.graph_name.value, f"{short(repr(term), 160)} "
                                         f"({quad.predicate.value.rsplit('#', 1)[-1]})"))
            elif isinstance(term, ox.NamedNode) and FORBIDDEN.search(term.value):
                found.append(Finding("literal", getattr(quad.graph_name, "value", ""), f"IRI holds "
                                     f"{FORBIDDEN.search(term.value).group()!a}: {short(term.value, 160)}"))
        if len(found) >= limit:
            break
    return found


# ---------------------------------------------------------------- exports and SHACL

EXPORTS = {"turtle": ".ttl", "trig": ".trig", "nquads": ".nq"}


def rapper(path: Path, fmt: str) -> tuple[int | None, str]:
    """The statement count rapper (raptor2) reads from ``path``, and its error lines ('' when none)."""
    out = subprocess.run(["rapper", "-i", fmt, "-c", str(path)], capture_output=True, text=True,
                         errors="replace", timeout=600)
    errors = [ln for ln in out.stderr.splitlines() if "error" in ln.lower() or "warning" in ln.lower()]
    m = re.search(r"returned (\d+) (?:triples|statements)", out.stderr + out.stdout)
    count = int(m.group(1)) if m else None
    if out.returncode != 0 and not errors:
        errors = [f"exit {out.returncode}: {out.stderr.strip()[-200:]}"]
    return count, "; ".join(errors[:3])


def rdflib_count(path: Path, fmt: str) -> int:
    import rdflib

    logging.getLogger("rdflib").setLevel(logging.ERROR)           # ill-typed literals are our check, not its log
    with warnings.catch_warnings():                              # rdflib's own deprecations (ConjunctiveGraph)
        warnings.simplefilter("ignore", DeprecationWarning)
        graph = rdflib.Graph() if fmt == "turtle" else rdflib.Dataset()
        graph.parse(str(path), format=fmt)
        return len(graph)


def export_findings(store, folder: Path, tools=("pyoxigraph", "rdflib", "rapper")) -> list[Finding]:
    """Export Turtle, TriG and N-Quads with kg.export.export; each must parse with every tool in ``tools``."""
    from kg.export import export

    found = []
    for fmt, suffix in EXPORTS.items():
        path = Path(folder) / f"export{suffix}"
        try:
            written = export(store, path, fmt)
        except Exception as err:
            found.append(Finding("export", fmt, short(f"{type(err).__name__}: {err}")))
            continue
        if "pyoxigraph" in tools:
            try:
                n = sum(1 for _ in ox.parse(path=str(path), format=ox.RdfFormat.from_extension(suffix[1:])))
                if n != written:
                    found.append(Finding("pyoxigraph", fmt, f"wrote {written}, read {n}"))
            except (SyntaxError, ValueError, OSError) as err:
                found.append(Finding("pyoxigraph", fmt, short(err)))
        if "rdflib" in tools:
            try:
                rdflib_count(path, fmt)
            except Exception as err:  # rdflib raises many kinds
                found.append(Finding("rdflib", fmt, short(f"{type(err).__name__}: {err}")))
        if "rapper" in tools:
            count, errors = rapper(path, fmt)
            if errors:
                found.append(Finding("rapper", fmt, short(errors)))
            elif count != written:
                found.append(Finding("rapper", fmt, f"wrote {written}, rapper read {count}"))
        path.unlink(missing_ok=True)
    return found


def shacl_findings(store) -> list[Finding]:
    """The store conforms to the shapes, checked as ``kg validate --store`` does (kg.validate)."""
    from kg import validate

    try:
        if hasattr(validate, "validate_store"):              # one document graph at a time
            report = validate.validate_store(store)
        else:                                                 # kg before bounded validation: the union at once
            from kg.export import union_triples

            report = validate.validate_triples(list(union_triples(store)))
    except Exception as err:
        return [Finding("shacl", "store", short(f"validation failed: {type(err).__name__}: {err}"))]
    if report.conforms:
        return []
    lines = [ln.strip() for ln in report.text.splitlines()[1:] if ln.strip() and not ln.startswith(("Conforms", "Units"))]
    return [Finding("shacl", "store", short(" | ".join(lines[:4]), 600))]


def store_findings(store, folder: Path, shacl: bool = True) -> list[Finding]:
    """Literals, exports and SHACL of a whole store."""
    return literal_findings(store) + export_findings(store, folder) + (shacl_findings(store) if shacl else [])
