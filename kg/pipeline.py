"""The build pipeline: read documents, run the extractors, ground, convert to quads, store.

A document that fails is reported and skipped; the rest of the batch goes on.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path
from functools import lru_cache
from typing import Iterable, Iterator

from kg.documents import TEXT_SUFFIXES, iter_paths
from kg.errors import KGError
from kg.extractors import load_extractors
from kg.grounding import ground_fact
from kg.model import Document, ExtractionResult, Fact, Mention
from kg.rdf.convert import document_quads
from kg.readers import Source, read_sources
from kg.store import KGStore

log = logging.getLogger("kg")
INPUT_SUFFIXES = set(TEXT_SUFFIXES) | {".json", ".jsonl", ".ndjson", ".xml", ".html", ".htm", ".gz"}


@dataclass
class DocumentReport:
    source: str
    status: str                      # "ok", "skipped" (unchanged) or "error"
    level: str = "INFO"              # INFO: built; WARNING: built but no facts; ERROR: not built
    document_id: str | None = None
    name: str | None = None          # names the facts file: the file stem, or a record's id
    facts: int = 0
    quads: int = 0
    error: str | None = None


@dataclass
class BuildReport:
    documents: list[DocumentReport] = field(default_factory=list)

    @property
    def failed(self) -> list[DocumentReport]:
        return [d for d in self.documents if d.status == "error"]

    def to_json(self) -> str:
        return json.dumps({"documents": [asdict(d) for d in self.documents],
                           "ok": len(self.documents) - len(self.failed), "failed": len(self.failed)}, indent=2)


def extract(doc: Document, extractors: dict | None = None) -> ExtractionResult:
    """Run every extractor on one document and ground the facts."""
    result = ExtractionResult(doc)
    for name, extractor in (extractors or load_extractors()).items():
        for item in extractor.extract(doc):
            if isinstance(item, Fact):
                result.facts.append(ground_fact(item))
            elif isinstance(item, Mention):
                result.mentions.append(item)
    return result


def build_digest(source: Source, extractors: dict) -> str:
    """What a document's statements depend on: kg's version, the reader, the extractors, the lexicon."""
    from kg import __version__
    from kg.lexicon.lexicon import DATA

    parts = [__version__, source.document.media_type, lexicon_digest(DATA / "lexicon.tsv.gz")]
    parts += sorted({f"{f.evidence.extractor}={f.evidence.version}" for f in source.facts})
    if source.extract:
        parts += sorted(f"{name}={e.version}" for name, e in extractors.items())
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=4)
def lexicon_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def build(inputs: Iterable[str], store: KGStore, extractors: dict | None = None, progress: bool = False,
          fmt: str | None = None, workers: int = 1, force: bool = False) -> BuildReport:
    """Build every input (files, folders, ``-``) into ``store``; one named graph per document.

    A document whose text and build digest are unchanged is skipped (``force`` rebuilds it).
    With ``workers`` > 1 the extraction runs in a process pool; writing stays in this process,
    in input order, so the graph is the same as a serial build's.
    """
    report = BuildReport()
    extractors = extractors or load_extractors()
    try:
        paths = list(iter_paths(inputs, suffixes=INPUT_SUFFIXES))
    except KGError as err:
        report.documents.append(DocumentReport(str(err).split(":")[0], "error", "ERROR", error=str(err)))
        return report
    slots: list[DocumentReport | None] = []          # the report in input order; None until written
    pending: list[tuple[int, Source, str]] = []
    for path in paths:
        for item in read_path(path, fmt):
            if isinstance(item, DocumentReport):
                slots.append(item)
                continue
            digest = build_digest(item, extractors)
            if not force and built_with(store, item.document) == digest:
                slots.append(DocumentReport(item.document.source, "skipped", "INFO", item.document.id, item.document.name))
                continue
            pending.append((len(slots), item, digest))
            slots.append(None)
    results = extract_all([s for _, s, _ in pending], extractors, workers)
    if progress:
        from tqdm import tqdm
        results = tqdm(results, total=len(pending), desc="building", unit="doc")
    for (slot, source, digest), (facts, error) in zip(pending, results):
        slots[slot] = write_source(source, facts, error, digest, store)
    store.flush()
    report.documents.extend(slots)
    return report


def read_path(path: Path | str, fmt: str | None) -> Iterator:
    """The sources of one input file, or one error report when it cannot be read."""
    try:
        yield from read_sources(path, fmt)
    except KGError as err:
        log.error("%s", err)
        yield DocumentReport(str(path), "error", "ERROR", error=str(err))
    except Exception as err:  # a reader bug must not stop the batch either
        log.error("%s: reading failed: %s: %s", path, type(err).__name__, err, exc_info=log.isEnabledFor(logging.DEBUG))
        yield DocumentReport(str(path), "error", "ERROR", error=f"{path}: {type(err).__name__}: {err}")


def built_with(store: KGStore, doc: Document) -> str | None:
    from kg.queries import run
    from kg.rdf import mint

    rows = run(store, "document-built", {"graph": mint.document_iri(doc.id)}, union=False)
    return rows[0]["builtWith"].value if rows else None


def extract_source(source: Source, extractors: dict | None = None) -> tuple[list[Fact] | None, str | None]:
    """(facts, None) or (None, error message): never raises, so one bad document cannot stop the batch."""
    doc = source.document
    try:
        return list(source.facts) + (extract(doc, extractors).facts if source.extract else []), None
    except KGError as err:
        return None, str(err)
    except Exception as err:  # an extractor bug must not stop the batch
        log.debug("%s", doc.source, exc_info=True)
        return None, f"{doc.source}: {type(err).__name__}: {err}"


def extract_all(sources: list[Source], extractors: dict, workers: int) -> Iterator:
    if workers <= 1 or len(sources) < 2:
        return (extract_source(s, extractors) for s in sources)
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=workers)
    results = pool.map(extract_source, sources, chunksize=max(1, min(32, len(sources) // (4 * workers))))
    return closing_pool(pool, results)


def closing_pool(pool, results) -> Iterator:
    try:
        yield from results
    finally:
        pool.shutdown()


def write_source(source: Source, facts, error: str | None, digest: str, store: KGStore) -> DocumentReport:
    doc = source.document
    if error is not None:
        log.error("%s", error)
        return DocumentReport(doc.source, "error", "ERROR", doc.id, doc.name, error=error)
    try:
        quads = document_quads(doc, facts, digest)
        store.replace_graph(quads.graph, quads.own, quads.shared)
    except KGError as err:
        log.error("%s", err)
        return DocumentReport(doc.source, "error", "ERROR", doc.id, doc.name, error=str(err))
    if not facts:
        log.warning("%s: no facts found", doc.source)
    return DocumentReport(doc.source, "ok", "INFO" if facts else "WARNING", doc.id, doc.name, len(facts),
                          len(quads.own) + len(quads.shared))


def remove_documents(store: KGStore, sources: Iterable[str]) -> list[str]:
    """Drop the graphs of documents built from these source paths; returns the sources removed."""
    import pyoxigraph as ox

    from kg.queries import run

    wanted, removed = set(sources), []
    for row in run(store, "facts-documents"):
        source = row["source"].value
        if source in wanted or source.split("#")[0] in wanted:
            store.drop_graph(ox.NamedNode(row["graph"].value))
            removed.append(source.split("#")[0] if source.split("#")[0] in wanted else source)
    store.flush()
    return sorted(set(removed))


def prune(store: KGStore) -> list[str]:
    """Drop documents whose source file no longer exists (standard input and records inside files by their file)."""
    from kg.queries import run

    gone = sorted({row["source"].value.split("#")[0] for row in run(store, "facts-documents")
                   if row["source"].value != "-" and not Path(row["source"].value.split("#")[0]).exists()})
    return remove_documents(store, gone) if gone else []
