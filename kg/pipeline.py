"""The build pipeline: read documents, run the extractors, ground, convert to quads, store.

A document that fails is reported and skipped; the rest of the batch goes on.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable

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
    status: str                      # "ok" or "error"
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
        return [d for d in self.documents if d.status != "ok"]

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


def build(inputs: Iterable[str], store: KGStore, extractors: dict | None = None, progress: bool = False,
          fmt: str | None = None) -> BuildReport:
    """Build every input (files, folders, ``-``) into ``store``; one named graph per document."""
    report = BuildReport()
    try:
        paths = list(iter_paths(inputs, suffixes=INPUT_SUFFIXES))
    except KGError as err:
        report.documents.append(DocumentReport(str(err).split(":")[0], "error", "ERROR", error=str(err)))
        return report
    if progress:
        from tqdm import tqdm
        paths = tqdm(paths, desc="building", unit="file")
    for path in paths:
        report.documents.extend(build_path(path, store, extractors, fmt))
    store.flush()
    return report


def build_path(path: Path | str, store: KGStore, extractors: dict | None, fmt: str | None) -> list[DocumentReport]:
    """All documents of one input file; a file that cannot be read is one error."""
    out = []
    try:
        for source in read_sources(path, fmt):
            out.append(build_source(source, store, extractors))
    except KGError as err:
        log.error("%s", err)
        out.append(DocumentReport(str(path), "error", "ERROR", error=str(err)))
    except Exception as err:  # a reader bug must not stop the batch either
        log.error("%s: reading failed: %s: %s", path, type(err).__name__, err, exc_info=log.isEnabledFor(logging.DEBUG))
        out.append(DocumentReport(str(path), "error", "ERROR", error=f"{path}: {type(err).__name__}: {err}"))
    return out


def build_source(source: Source, store: KGStore, extractors: dict | None) -> DocumentReport:
    doc = source.document
    try:
        facts = list(source.facts) + (extract(doc, extractors).facts if source.extract else [])
        quads = document_quads(doc, facts)
        store.replace_graph(quads.graph, quads.own, quads.shared)
    except KGError as err:
        log.error("%s", err)
        return DocumentReport(doc.source, "error", "ERROR", doc.id, doc.name, error=str(err))
    except Exception as err:  # an extractor bug must not stop the batch
        log.error("%s: extraction failed: %s: %s", doc.source, type(err).__name__, err,
                  exc_info=log.isEnabledFor(logging.DEBUG))
        return DocumentReport(doc.source, "error", "ERROR", doc.id, doc.name,
                              error=f"{doc.source}: {type(err).__name__}: {err}")
    if not facts:
        log.warning("%s: no facts found", doc.source)
    return DocumentReport(doc.source, "ok", "INFO" if facts else "WARNING", doc.id, doc.name, len(facts),
                          len(quads.own) + len(quads.shared))
