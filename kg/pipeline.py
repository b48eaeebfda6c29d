"""The build pipeline: read documents, run the extractors, ground, convert to quads, store.

A document that fails is reported and skipped; the rest of the batch goes on.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import deque
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from itertools import chain, islice
from pathlib import Path
from typing import Iterable, Iterator

from kg.errors import InputError, KGError
from kg.batch import DocumentOutput, batched, check_portable, process_chunk, process_source
from kg.timelimit import TIME_LIMIT
from kg.batch import extract  # noqa: F401  (public here too: kg.pipeline.extract)
from kg.extractors import load_extractors
from kg.model import Document
from kg.readers import Skipped, Source, Unread, detect_format, find_inputs, one_line, read_sources
from kg.store import KGStore
from kg.writer import PartitionsOnly, StoreWriter

log = logging.getLogger("kg")
CHUNK = 16                       # pairs per process-pool task


@dataclass
class DocumentReport:
    source: str
    status: str                      # "ok", "skipped" (unchanged) or "error"
    level: str = "INFO"              # INFO: built; WARNING: built but no facts, or with warnings; ERROR: not built
    document_id: str | None = None
    name: str | None = None          # names the facts file: the file stem, or a record's id
    facts: int = 0
    quads: int = 0
    error: str | None = None
    warnings: list[str] = field(default_factory=list)   # failed extractors and invalid values left out, one line each


@dataclass
class BuildReport:
    documents: list[DocumentReport] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)      # files of a type kg does not read

    @property
    def failed(self) -> list[DocumentReport]:
        return [d for d in self.documents if d.status == "error"]

    def to_json(self) -> str:
        return json.dumps({"documents": [asdict(d) for d in self.documents],
                           "ok": len(self.documents) - len(self.failed), "failed": len(self.failed),
                           "skipped": [{"source": s.source, "reason": s.reason} for s in self.skipped]}, indent=2)


def build_digest(source: Source, extractors: dict) -> str:
    """What a document's statements depend on: kg's version, its code and data, the reader, the extractors, the lexicon."""
    from kg import __version__
    from kg.lexicon.lexicon import DATA, lexicon_digest

    parts = [__version__, code_digest(), source.document.media_type, lexicon_digest(DATA / "lexicon.tsv.gz")]
    parts += sorted({f"{f.evidence.extractor}={f.evidence.version}" for f in source.facts})
    if source.extract:
        parts += sorted(f"{name}={e.version}" for name, e in extractors.items())
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:16]


PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def code_digest(root: Path = PACKAGE) -> str:
    """The content hash of the package's code and shipped data (the lexicon aside, hashed on its own; the web app's
    vendored files aside): a change to any rule or list rebuilds every document, whatever the version says.

    >>> len(code_digest())
    16
    """
    h = hashlib.sha256()
    files = sorted(p for p in root.rglob("*") if p.is_file() and (p.suffix == ".py" or "data" in p.relative_to(root).parts)
                   and "vendor" not in p.parts and p.name != "lexicon.tsv.gz" and "__pycache__" not in p.parts)
    for path in files:
        h.update(str(path.relative_to(root)).encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def build(inputs: Iterable[str], store: KGStore, extractors: dict | None = None, progress: bool = False,
          fmt: str | None = None, workers: int = 1, force: bool = False, scheduler=None,
          partitions: str | None = None, load: bool = True, time_limit: float | None = TIME_LIMIT) -> BuildReport:
    """Build every input (files, folders, ``-``) into ``store``; one named graph per document.

    A document whose text and build digest are unchanged is skipped (``force`` rebuilds it).
    With ``workers`` > 1 the extraction runs in a process pool; with ``scheduler`` (a Dask
    scheduler address or ``distributed.Client``) it runs on a Dask cluster, in partitions
    written as N-Quads files to ``partitions`` when given (``load=False`` leaves them there
    for a SPARQL server's loader and writes nothing to ``store``). Writing stays in this process
    (bulk loading when the store starts empty), so the graph is the same as a serial build's.
    A document whose building takes longer than ``time_limit`` seconds (None or 0: no limit) is
    reported as an error and the build goes on (see :mod:`kg.timelimit`).
    """
    if not load and not (scheduler is not None and partitions):
        raise KGError("loading can be left out only when a cluster writes partition files: "
                      "give a scheduler and a partitions folder")
    report = BuildReport()
    extractors = extractors or load_extractors()
    paths = list(inputs_to_read(inputs, fmt, report))
    writer = StoreWriter(store) if load else PartitionsOnly(store, bulk=True)
    slots: list[DocumentReport | None] = []          # the report in input order; None until written
    waiting: deque[int] = deque()                    # the slots of documents sent for building, in input order
    todo = plan(paths, fmt, extractors, store if not (force or writer.bulk) else None, slots, waiting)
    if scheduler is not None:
        from kg.distributed import process_on_cluster

        outputs = process_on_cluster(todo, scheduler, writer, partitions, extractors=extractors, seconds=time_limit)
    else:
        outputs = process_all(todo, extractors, workers, writer, time_limit)
    if progress:
        from tqdm import tqdm
        outputs = tqdm(outputs, total=one_document_each(paths, fmt), desc="building", unit="doc")
    for out in outputs:
        slots[waiting.popleft()] = document_report(out)
    writer.flush()
    report.documents.extend(slots)
    return report


def inputs_to_read(inputs: Iterable[str], fmt: str | None, report: BuildReport) -> Iterator[Path | str | Unread]:
    """The paths to read and the missing ones (reported in their place); skipped files go to ``report``, logged."""
    for item in find_inputs(inputs, fmt):
        if isinstance(item, Skipped):
            log.log(logging.WARNING if item.given else logging.INFO, "%s", item.reason)
            report.skipped.append(item)
        else:
            yield item


def plan(paths: list[Path | str | Unread], fmt: str | None, extractors: dict, store: KGStore | None,
         slots: list, waiting: deque) -> Iterator[tuple[Source, str]]:
    """The (source, digest) pairs to build, read lazily so a big corpus is never all in memory.

    Sources that cannot be read, and unchanged documents of ``store`` (when given), go straight into
    ``slots`` as reports; each source yielded gets an empty slot, whose index is appended to ``waiting``.
    """
    for path in paths:
        for item in [unread_report(path)] if isinstance(path, Unread) else read_path(path, fmt):
            if isinstance(item, DocumentReport):
                slots.append(item)
                continue
            digest = build_digest(item, extractors)
            if store is not None and built_with(store, item.document) == digest:
                slots.append(DocumentReport(item.document.source, "skipped", "INFO", item.document.id, item.document.name))
                continue
            waiting.append(len(slots))
            slots.append(None)
            yield item, digest


def one_document_each(paths: list[Path | str], fmt: str | None) -> int | None:
    """The number of documents when every input is a one-document file (text or a web page), else None.

    >>> one_document_each(["a.txt", "-", "b.html"], None), one_document_each(["a.txt", "trials.jsonl"], None)
    (3, None)
    """
    paths = [p for p in paths if not isinstance(p, Unread)]
    try:
        formats = {fmt or detect_format(p) for p in paths}
    except KGError:                  # an unreadable input is reported when it is read
        return None
    return len(paths) if formats <= {"text", "html"} else None


def process_all(pairs: Iterable[tuple[Source, str]], extractors: dict, workers: int, writer: StoreWriter,
                seconds: float | None = TIME_LIMIT) -> Iterator[DocumentOutput]:
    """Process and write every pair, here or in a process pool; yields the outputs in input order."""
    pairs = iter(pairs)
    head = list(islice(pairs, 2))
    if workers <= 1 or len(head) < 2:
        results = (process_source(s, d, extractors, seconds) for s, d in chain(head, pairs))
    else:
        results = pooled(chain(head, pairs), workers, extractors, seconds=seconds)
    for out in results:
        writer.write(out)
        yield out


def document_report(out: DocumentOutput) -> DocumentReport:
    if out.error is not None:
        log.error("%s", out.error)
        return DocumentReport(out.source, "error", "ERROR", out.document_id, out.name, error=out.error)
    if not out.facts:
        log.warning("%s: no facts found", out.source)
    if out.warnings:                 # one line per document; the report lists them all
        first = out.warnings[0].removeprefix(f"{out.source}: ")
        more = f" (and {len(out.warnings) - 1} more, listed by --report)" if len(out.warnings) > 1 else ""
        log.warning("%s: %s%s", out.source, first, more)
    return DocumentReport(out.source, "ok", "INFO" if out.facts and not out.warnings else "WARNING", out.document_id,
                          out.name, out.facts, out.quads, warnings=list(out.warnings))


def read_path(path: Path | str, fmt: str | None) -> Iterator:
    """The sources of one input file, or one error report when it cannot be read."""
    try:
        for item in read_sources(path, fmt):
            yield unread_report(item) if isinstance(item, Unread) else item
    except InputError as err:
        yield unread_report(Unread.of(err))
    except KGError as err:
        yield unread_report(Unread(str(path), one_line(str(err))))
    except Exception as err:  # a reader bug must not stop the batch either
        log.debug("%s: reading failed", path, exc_info=True)
        yield unread_report(Unread(str(path), one_line(f"{path}: reading failed ({type(err).__name__}: {err}); "
                                                       "please report this with the file")))


def unread_report(item: Unread) -> DocumentReport:
    """The error report of an input, record or citation that could not be read (logged on one line)."""
    log.error("%s", item.message)
    return DocumentReport(item.source, "error", "ERROR", error=item.message)


def built_with(store: KGStore, doc: Document) -> str | None:
    from kg.queries import run
    from kg.rdf import mint

    rows = run(store, "document-built", {"graph": mint.document_iri(doc.id)}, union=False)
    return rows[0]["builtWith"].value if rows else None


def pooled(pairs: Iterable[tuple[Source, str]], workers: int, extractors: dict | None = None,
           ahead: int = 4, seconds: float | None = TIME_LIMIT) -> Iterator[DocumentOutput]:
    """The pairs processed in a process pool, in input order.

    Pairs are read as the pool needs them, and at most ``ahead`` chunks per
    worker are in flight: when the writer is slower than the workers,
    finished outputs (each holding its N-Quads) wait in a bounded window
    instead of piling up in memory (``Executor.map`` would submit the whole
    corpus at once). Chunks hold up to 16 pairs, fewer for a small input so
    that every worker gets some.
    """
    from concurrent.futures import ProcessPoolExecutor

    check_portable(extractors)
    pairs = iter(pairs)
    head = list(islice(pairs, CHUNK * 8 * workers))
    chunks = batched(chain(head, pairs), max(1, min(CHUNK, len(head) // (8 * workers))))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        window = deque(pool.submit(process_chunk, chunk, extractors, seconds) for chunk in islice(chunks, ahead * workers))
        while window:
            outputs = window.popleft().result()
            window.extend(pool.submit(process_chunk, chunk, extractors, seconds) for chunk in islice(chunks, 1))
            yield from outputs


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
