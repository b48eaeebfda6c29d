"""One error hierarchy: every message says what failed, the value, and the fix."""

from __future__ import annotations


class KGError(Exception):
    """Base of every error kg raises on purpose (the CLI exits 1 on these)."""


class InputError(KGError):
    """A document or file cannot be read.

    >>> str(InputError("notes.pdf", "is not UTF-8 text", "convert it to UTF-8"))
    'notes.pdf: is not UTF-8 text; convert it to UTF-8'
    """

    def __init__(self, source: str, problem: str, fix: str = ""):
        self.source, self.problem, self.fix = source, problem, fix
        super().__init__(f"{source}: {problem}" + (f"; {fix}" if fix else ""))


class OutputError(KGError):
    """An output (``-o``, ``--out``, ``--report``) cannot be written.

    >>> str(OutputError("out.ttl", "cannot write: the disk is full", "free some space or write elsewhere"))
    'out.ttl: cannot write: the disk is full; free some space or write elsewhere'
    """

    def __init__(self, path: str, problem: str, fix: str = ""):
        self.path, self.problem, self.fix = path, problem, fix
        super().__init__(f"{path}: {problem}" + (f"; {fix}" if fix else ""))


class StoreError(KGError):
    """The store cannot be opened, read or written."""


class QueryError(KGError):
    """A query file is missing, malformed, or given bad parameters."""


class ExtractorError(KGError):
    """An extractor plugin cannot be loaded or failed on a document."""


class ValidationError(KGError):
    """A graph does not conform to the SHACL shapes."""


class OntologyError(KGError):
    """The ontology and the code disagree (an IRI used in code is not defined)."""
