"""SHACL validation of a store or an RDF file against ``ontology/shapes.ttl`` (pyshacl), in bounded memory.

pyshacl runs on rdflib in-memory graphs parsed by rdflib's own N-Triples parser
(on oxrdflib graphs it is slow and wrong, see rdf-stack notes), so a store is
never validated whole: it is read one *unit* at a time, each unit validated
alone (in worker processes with ``workers`` > 1) and the results added up.

* A document graph is a unit, with the entities-graph description (classes,
  label, ids) of every node it names, which the shapes need (``sh:class``,
  labels). Cardinalities are therefore a document's own: two documents giving a
  trial different enrollments is provenance, not a violation.
* The entities graph, the default graph (what a triple file holds) and any graph
  larger than ``CHUNK`` triples are cut into chunks of whole subjects: every
  triple of a chunk's subjects, the classes of the nodes they point to, and the
  entities-graph descriptions. Only the chunk's subjects are checked there (a
  node whose class came along is checked in its own chunk).

Every shape in the shapes file is about a focus node's own properties and the
classes of their values, so each unit holds all a check needs. Memory is that of
the largest unit (a document graph, or a chunk), not of the store. A file is
first loaded into a temporary on-disk store, 100,000 statements at a time
(Oxigraph parses it as a stream), then validated like a store.
"""

from __future__ import annotations

import logging
import tempfile
from collections import deque
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox
import rdflib

from kg.errors import InputError
from kg.export import PREFIXES
from kg.resources import SHAPES

FORMAT_BY_SUFFIX = {".ttl": ox.RdfFormat.TURTLE, ".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS,
                    ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD}
CHUNK = 20_000                  # triples of one unit cut from a big graph
SHOWN = 20                      # results written out in the text report
RDF_TYPE = ox.NamedNode(str(rdflib.RDF.type))
SH = rdflib.SH
SHORT = {**{iri: f"{prefix}:" for prefix, iri in PREFIXES.items()}, str(SH): "sh:"}     # IRI start -> prefix


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    triples: int                # statements validated (quads of a store or file)
    text: str                   # the first results, readable, and the count of all
    units: int = 1              # graphs and chunks validated one at a time
    results: int = 0            # violations found (a node's entity description may be counted by each document)


@dataclass(frozen=True)
class Unit:
    """What one pyshacl run sees: N-Triples, and the subjects it answers for (``None``: every node)."""

    label: str
    ntriples: bytes
    triples: int
    focus: frozenset[str] | None = None


@dataclass
class UnitResult:
    label: str
    results: int = 0
    lines: list[str] = field(default_factory=list)
    error: str | None = None


def short(term) -> str:
    """An IRI with a known prefix shortened (``kg:phase``), a literal quoted and cut to 60 characters."""
    if isinstance(term, rdflib.Literal):
        text = repr(str(term))
        return text if len(text) <= 60 else f"{text[:57]}…'"
    text = str(term)
    for base, prefix in SHORT.items():
        if text.startswith(base):
            return prefix + text[len(base):]
    return f"<{text}>"


def triples_to_rdflib(triples) -> rdflib.Graph:
    """An rdflib graph holding the given pyoxigraph triples (through N-Triples)."""
    return ntriples_graph(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))


def ntriples_graph(data: bytes) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(data=data.decode("utf-8"), format="nt")
    return graph


def shapes_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(SHAPES, format="turtle")


def check_unit(unit: Unit, shown: int = SHOWN, shapes: rdflib.Graph | None = None) -> UnitResult:
    """Validate one unit; never raises (a unit that cannot be read or checked is an error line)."""
    from pyshacl import validate

    out = UnitResult(unit.label)
    quiet = logging.getLogger("rdflib.term")     # an ill-typed literal is a SHACL result, not a logged traceback
    level, quiet.level = quiet.level, logging.ERROR
    try:
        conforms, results, _ = validate(ntriples_graph(unit.ntriples), shacl_graph=shapes or shapes_graph(),
                                        inference="none", advanced=False)
        if not conforms:
            collect(results, unit, out, shown)
    except Exception as err:  # pyshacl or rdflib failing on one unit must not stop the rest
        out.error = f"{unit.label}: could not be validated ({type(err).__name__}: {str(err)[:200]})"
    finally:
        quiet.level = level
    return out


def collect(results: rdflib.Graph, unit: Unit, out: UnitResult, shown: int) -> None:
    """Count the results about the unit's focus nodes, and write out the first ``shown`` on one line each."""
    for node in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = results.value(node, SH.focusNode)
        if unit.focus is not None and str(focus) not in unit.focus:
            continue
        out.results += 1
        if len(out.lines) < shown:
            path, value = results.value(node, SH.resultPath), results.value(node, SH.value)
            message = " ".join(str(results.value(node, SH.resultMessage) or "").split())[:200]
            component = short(results.value(node, SH.sourceConstraintComponent))
            out.lines.append(f"{unit.label}: {short(focus)} {short(path) if path else ''}"
                             f"{' = ' + short(value) if value is not None else ''}: {message} ({component})")


def validate_triples(triples) -> ValidationReport:
    """Validate triples (the union of graphs) against the shapes, as one unit.

    >>> validate_triples([]).conforms
    True
    """
    triples = list(triples)
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return summarise(run_units([Unit("triples", data, len(triples))], 1, SHOWN), len(triples), SHOWN)


def validate_store(store, workers: int = 1, shown: int = SHOWN, chunk: int = CHUNK) -> ValidationReport:
    """Validate a kg store (a ``KGStore`` or a pyoxigraph ``Store``) graph by graph, in bounded memory."""
    ox_store = getattr(store, "ox", store)
    return summarise(run_units(store_units(ox_store, chunk), workers, shown), len(ox_store), shown)


def validate_file(path: Path, workers: int = 1, shown: int = SHOWN, chunk: int = CHUNK) -> ValidationReport:
    """Validate an RDF file: loaded into a temporary on-disk store, then validated like a store."""
    fmt = FORMAT_BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        raise InputError(str(path), f"unknown RDF file type {path.suffix!r}", "use .ttl, .trig, .nq, .nt or .jsonld")
    with tempfile.TemporaryDirectory(prefix="kg-validate-", ignore_cleanup_errors=True) as folder:
        store = ox.Store(folder)
        try:
            load_in_batches(store, ox.parse(path=str(path), format=fmt))
        except (SyntaxError, ValueError) as err:
            raise InputError(str(path), f"is not valid RDF: {' '.join(str(err).split())[:300]}",
                             "re-export it with `kg export`") from None
        except OSError as err:
            raise InputError(str(path), f"cannot be read ({err.strerror or err})", "check the path") from None
        report = validate_store(store, workers, shown, chunk)
        del store
    return report


def load_in_batches(store: ox.Store, statements: Iterable, batch: int = 100_000) -> None:
    """Bulk-load parsed triples (into the default graph) or quads, ``batch`` at a time.

    Oxigraph's ``bulk_load`` of a whole file holds about 1 GB per million quads while it sorts them; batches
    keep that bounded (180 MB at 750k quads, against 710 MB).
    """
    statements = iter(statements)
    while chunk := [ox.Quad(*s) if isinstance(s, ox.Triple) else s for s in islice(statements, batch)]:
        store.bulk_extend(chunk)
    store.flush()


def read_file_triples(path: Path) -> list:
    """Every distinct triple of an RDF file (in memory: for small files; ``validate_file`` streams)."""
    fmt = FORMAT_BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        raise InputError(str(path), f"unknown RDF file type {path.suffix!r}", "use .ttl, .trig, .nq, .nt or .jsonld")
    try:
        return list({ox.Triple(q.subject, q.predicate, q.object) if isinstance(q, ox.Quad) else q
                     for q in ox.parse(path=str(path), format=fmt)})
    except SyntaxError as err:
        raise InputError(str(path), f"is not valid RDF: {err}", "re-export it with `kg export`") from None


def store_units(store: ox.Store, chunk: int = CHUNK) -> Iterator[Unit]:
    """The units of a store: each named graph (the entities graph last), then the default graph."""
    from kg.rdf.mint import ENTITY_GRAPH

    entities = ox.NamedNode(ENTITY_GRAPH)
    for graph in store.named_graphs():
        if graph != entities:
            yield from graph_units(store, graph, chunk, entities)
    yield from graph_units(store, entities, chunk, None, whole=False)
    yield from graph_units(store, ox.DefaultGraph(), chunk, None, whole=False)


def graph_units(store: ox.Store, graph, chunk: int, entities, whole: bool = True) -> Iterator[Unit]:
    """One graph as one unit (``whole`` and not above ``chunk`` triples), else in chunks of whole subjects.

    A store need not list a subject's triples together (an in-memory store lists them as they came), so a chunk
    is a set of subjects, each with all of its triples in the graph, and no subject is in two chunks.
    """
    label = "default graph" if isinstance(graph, ox.DefaultGraph) else short(rdflib.URIRef(graph.value))
    pending: dict = {}                  # subject -> None, in order of first sight
    done: set = set()
    seen, cut = 0, 0
    for quad in store.quads_for_pattern(None, None, None, graph):
        subject = quad.subject
        if subject in done:
            continue
        if seen >= chunk and subject not in pending:
            cut += 1
            yield make_unit(store, graph, entities, triples_of(store, graph, pending), f"{label} (part {cut})", True)
            done.update(pending)
            pending, seen = {}, 0
        pending[subject] = None
        seen += 1
    if pending or (cut == 0 and whole):
        chunked = cut > 0 or not whole
        triples = triples_of(store, graph, pending)
        yield make_unit(store, graph, entities, triples, f"{label} (part {cut + 1})" if chunked else label, chunked)


def triples_of(store: ox.Store, graph, subjects) -> list[ox.Triple]:
    """Every triple of ``subjects`` in ``graph``."""
    return [q.triple for s in subjects for q in store.quads_for_pattern(s, None, None, graph)]


def make_unit(store: ox.Store, graph, entities, triples: list, label: str, chunked: bool) -> Unit:
    """A unit of ``triples``, with the classes of the nodes they point to and the nodes' entity descriptions."""
    subjects = {t.subject for t in triples}
    nodes = subjects | {t.object for t in triples if isinstance(t.object, (ox.NamedNode, ox.BlankNode))}
    extra: dict = {}
    for node in nodes:
        if entities is not None and isinstance(node, ox.NamedNode):
            extra.update(dict.fromkeys(q.triple for q in store.quads_for_pattern(node, None, None, entities)))
        if chunked and node not in subjects:
            extra.update(dict.fromkeys(q.triple for q in store.quads_for_pattern(node, RDF_TYPE, None, graph)))
    everything = list(dict.fromkeys([*triples, *extra]))
    focus = frozenset(s.value for s in subjects) if chunked else None
    return Unit(label, ox.serialize(everything, format=ox.RdfFormat.N_TRIPLES), len(everything), focus)


def run_units(units: Iterable[Unit], workers: int, shown: int, ahead: int = 4) -> Iterator[tuple[Unit, UnitResult]]:
    """Each unit with its result, here or in ``workers`` processes (at most ``ahead`` units each in flight)."""
    units = iter(units)
    if workers <= 1:
        shapes = shapes_graph()
        for unit in units:
            yield unit, check_unit(unit, shown, shapes)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        window = deque((u, pool.submit(check_unit, u, shown)) for u in islice(units, ahead * workers))
        while window:
            unit, future = window.popleft()
            window.extend((u, pool.submit(check_unit, u, shown)) for u in islice(units, 1))
            yield unit, future.result()


def summarise(checked: Iterable[tuple[Unit, UnitResult]], statements: int, shown: int = SHOWN) -> ValidationReport:
    """Add up the units' results into one report whose text shows the first ``shown`` results and the count."""
    units = results = 0
    lines: list[str] = []
    errors: list[str] = []
    for _, result in checked:
        units += 1
        results += result.results
        lines.extend(result.lines[:max(0, shown - len(lines))])
        if result.error:
            errors.append(result.error)
    conforms = not results and not errors
    text = [f"Validation Report\nConforms: {conforms}\nUnits validated: {units}"]
    if results:
        text.append(f"Results ({results:,}; the first {len(lines)}):")
        text += [f"  {line}" for line in lines]
    if errors:
        text.append(f"Units that could not be validated ({len(errors)}; the first {min(len(errors), shown)}):")
        text += [f"  {line}" for line in errors[:shown]]
    return ValidationReport(conforms, statements, "\n".join(text), units, results)
