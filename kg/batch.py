"""One unit of build work: a source in, its quads out as N-Quads bytes.

Extraction, grounding and conversion to quads run where the work runs (this
process, a pool process or a Dask worker); what comes back is a small picklable
record whose N-Quads the single writer loads without touching Python objects
per quad. The document's build marker (``kg:builtWith``) is kept apart from
the rest, so the writer can add it last: a document whose marker is in the
store is complete.
"""

from __future__ import annotations

import logging
import pickle
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from kg.errors import ExtractorError, KGError
from kg.extractors import load_extractors
from kg.grounding import ground_fact
from kg.model import Document, ExtractionResult, Fact, Mention
from kg.rdf import mint
from kg.rdf.convert import document_quads
from kg.readers import Source
from kg.timelimit import TIME_LIMIT, TimeLimitExceeded, time_limit

log = logging.getLogger("kg")


@dataclass(frozen=True)
class DocumentOutput:
    """What building one document produced (``error`` set and no quads when it failed).

    >>> out = DocumentOutput("a.txt", "0123", "a", "https://w3id.org/kg-trials/id/doc/0123", 0, 0, b"", "d1")
    >>> out.marker().object.value
    'd1'
    """

    source: str
    document_id: str
    name: str
    graph: str                 # the document's named graph (also the document's IRI)
    facts: int
    quads: int
    nquads: bytes              # the quads of the document's graph but its build marker, N-Quads
    digest: str                # the build marker's value
    error: str | None = None
    shared: bytes = b""        # the quads about shared entities (the entities graph), N-Quads
    warnings: tuple[str, ...] = ()     # extractors that failed and values left out as invalid, one line each

    def marker(self) -> ox.Quad:
        from kg.rdf.namespace import KG

        g = ox.NamedNode(self.graph)
        return ox.Quad(g, ox.NamedNode(str(KG.builtWith)), ox.Literal(self.digest), g)


def extract(doc: Document, extractors: dict | None = None) -> ExtractionResult:
    """Run every extractor on one document and ground the facts.

    An extractor that fails on the document (a bug, not a :class:`KGError` such as the time limit) costs only its own
    facts: the others' are kept and a warning names the document, the extractor and the error. Where every extractor
    fails, the first error is raised, as the document then has nothing to build.
    """
    result = ExtractionResult(doc)
    chosen = extractors or load_extractors()
    first: Exception | None = None
    for name, extractor in chosen.items():
        try:
            items = list(extractor.extract(doc))
        except KGError:
            raise
        except Exception as err:  # an extractor bug must not cost the other extractors' facts
            log.debug("%s: extractor %s", doc.source, name, exc_info=True)
            first = first or err
            result.warnings.append(f"{doc.source}: extractor {name!r} failed ({type(err).__name__}: {err}); its facts "
                                   "are left out; please report it with the document")
            continue
        for item in items:
            if isinstance(item, Fact):
                result.facts.append(ground_fact(item))
            elif isinstance(item, Mention):
                result.mentions.append(item)
    if first is not None and len(result.warnings) == len(chosen):
        raise first
    return result


def process_source(source: Source, digest: str, extractors: dict | None = None,
                   seconds: float | None = TIME_LIMIT) -> DocumentOutput:
    """Extract, ground and convert one source; never raises, so one bad document cannot stop a batch.

    The work stops after ``seconds`` (None or 0: no limit), and the document is reported as an error
    (see :mod:`kg.timelimit` for how, in the main thread and in others).
    """
    doc = source.document
    graph = mint.document_iri(doc.id)
    try:
        with time_limit(seconds):
            extracted = extract(doc, extractors) if source.extract else ExtractionResult(doc)
            facts = list(source.facts) + extracted.facts
            quads = document_quads(doc, facts)
            own = ox.serialize(quads.own, format=ox.RdfFormat.N_QUADS)
            shared = ox.serialize(quads.shared, format=ox.RdfFormat.N_QUADS)
    except TimeLimitExceeded:
        return DocumentOutput(doc.source, doc.id, doc.name, graph, 0, 0, b"", digest,
                              f"{doc.source}: building stopped after the time limit of {seconds:g} s; "
                              "give a larger --time-limit SECONDS (0 for none) to build it")
    except KGError as err:
        return DocumentOutput(doc.source, doc.id, doc.name, graph, 0, 0, b"", digest, str(err))
    except Exception as err:  # an extractor bug must not stop the batch
        log.debug("%s", doc.source, exc_info=True)
        return DocumentOutput(doc.source, doc.id, doc.name, graph, 0, 0, b"", digest,
                              f"{doc.source}: {type(err).__name__}: {err}")
    return DocumentOutput(doc.source, doc.id, doc.name, graph, len(facts),
                          len(quads.own) + len(quads.shared) + 1, own, digest, shared=shared,
                          warnings=tuple(extracted.warnings) + tuple(quads.warnings))


def check_portable(extractors: dict | None, dumps=pickle.dumps) -> None:
    """Raise ExtractorError, naming the extractor, when ``dumps`` cannot serialise one for another process.

    A process pool pickles; Dask serialises with cloudpickle, which also ships classes defined in a function.

    >>> check_portable({"mine": lambda doc: iter(())})
    Traceback (most recent call last):
    ...
    kg.errors.ExtractorError: extractor 'mine' cannot be sent to worker processes (PicklingError: ...); ...
    """
    for name, extractor in (extractors or {}).items():
        try:
            dumps(extractor)
        except Exception as err:
            reason = f"{type(err).__name__}: {str(err)[:80]}"
            raise ExtractorError(f"extractor {name!r} cannot be sent to worker processes ({reason}); "
                                 "define its class at module level, or build with one worker") from None


def process_chunk(pairs: list[tuple[Source, str]], extractors: dict | None = None,
                  seconds: float | None = TIME_LIMIT) -> list[DocumentOutput]:
    """``process_source`` on each pair: one task for a process pool (the extractors travel with it: ~1 kB)."""
    return [process_source(source, digest, extractors, seconds) for source, digest in pairs]


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of ``size`` items (the last one shorter), read lazily.

    >>> list(batched(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    items = iter(items)
    while chunk := list(islice(items, size)):
        yield chunk


@dataclass(frozen=True)
class Partition:
    """The outputs of many sources; with ``path``, their N-Quads are in that file, not in the records."""

    outputs: list[DocumentOutput]
    path: str | None = None


def process_partition(pairs: Iterable[tuple[Source, str]], out_dir: str | None = None, index: int = 0,
                      extractors: dict | None = None, seconds: float | None = TIME_LIMIT) -> Partition:
    """Process many sources; with ``out_dir``, their N-Quads go to ``out_dir/part-INDEX.nq`` (written beside, renamed).

    In the file, the documents' shared-entity quads follow their own quads, each line once.
    """
    outputs = process_chunk(list(pairs), extractors, seconds)
    if out_dir is None:
        return Partition(outputs)
    path = Path(out_dir) / f"part-{index:06d}.nq"
    tmp = path.with_suffix(".nq.tmp")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(tmp, "wb") as fh:
        for out in outputs:
            fh.write(out.nquads)
        fh.writelines(dict.fromkeys(line for out in outputs for line in out.shared.splitlines(keepends=True)))
    tmp.replace(path)
    return Partition([replace(o, nquads=b"", shared=b"") for o in outputs], str(path))
