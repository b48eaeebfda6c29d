"""The quad store: Oxigraph on disk (``--store PATH``) or in memory.

Each document lives in its own named graph; writing a document replaces that
graph in one SPARQL Update, which Oxigraph applies as a single transaction, so
a killed build leaves only whole documents and re-building is idempotent.
A document is complete when its build marker (``kg:builtWith``) is in its
graph: ``graphs()`` lists only those, so a reader never counts a document a
bulk build has loaded but not yet marked. ``dataset()`` gives the same data
as an rdflib Dataset (through oxrdflib).

``--store`` must be a new path, an empty folder or an existing store (a
RocksDB folder: ``CURRENT``, ``MANIFEST-*``, table files); any other folder
or a file is refused before anything is written.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import time
from itertools import groupby
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from kg.errors import StoreError
from kg.rdf.mint import ENTITY_GRAPH

FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
           "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}

# what RocksDB, Oxigraph's bulk loader and kg's spool put in a store folder
STORE_FILE = re.compile(r"CURRENT|IDENTITY|LOCK|LOG(\.old\.\d+)?|MANIFEST-\d+|OPTIONS-\d+(\.dbtmp)?"
                        r"|\d+\.(sst|log|blob|dbtmp)|bulk-\d+\.sst|\.kg-spool-\w+\.nq")
OPEN_ATTEMPTS = 3          # a reader opening while a writer moves RocksDB's files may try again
class KGStore:
    """A thin wrapper over :class:`pyoxigraph.Store`.

    >>> store = KGStore()
    >>> g = ox.NamedNode("https://example.org/g")
    >>> q = ox.Quad(ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p"), ox.Literal("o"), g)
    >>> store.replace_graph(g, [q]); store.replace_graph(g, [q]); len(store)
    1
    """

    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        self.path = Path(path) if path else None
        if self.path is None:
            self.ox = ox.Store()
            return
        check_store_folder(self.path, read_only)
        self.ox = open_rocksdb(self.path, read_only)

    def __len__(self) -> int:
        return len(self.ox)

    def is_empty(self) -> bool:
        """True when the store holds no quad (without counting them all, as ``len`` does).

        >>> KGStore().is_empty()
        True
        """
        return next(iter(self.quads()), None) is None

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad], shared: Iterable[ox.Quad] = ()) -> None:
        """Atomically replace one named graph with ``quads`` and add ``shared`` quads (any graph) in the same transaction."""
        blocks = []
        for name, group in groupby(sorted(list(quads) + list(shared), key=lambda q: q.graph_name.value),
                                   key=lambda q: q.graph_name):
            body = " .\n".join(f"{q.subject} {q.predicate} {q.object}" for q in group)
            blocks.append(f"GRAPH {name} {{\n{body} .\n}}")
        insert = f" ;\nINSERT DATA {{ {' '.join(blocks)} }}" if blocks else ""
        self.update(f"DROP SILENT GRAPH {graph}{insert}")

    def drop_graph(self, graph: ox.NamedNode) -> None:
        self.update(f"DROP SILENT GRAPH {graph}")

    def update(self, update: str) -> None:
        """Run one SPARQL Update (one transaction); a full disk is a :class:`StoreError` naming the store."""
        try:
            self.ox.update(update)
        except OSError as err:
            raise write_error(self.path, err, "writing") from None

    def graphs(self) -> list[ox.NamedNode]:
        """The complete documents' graphs: those holding their build marker, in IRI order.

        A graph a bulk build has loaded but not yet marked (or a build killed before marking it)
        is left out, and so is the shared entities graph.

        >>> from kg.rdf.namespace import KG
        >>> store = KGStore(); g = ox.NamedNode("https://e.org/d")
        >>> store.replace_graph(g, [ox.Quad(g, ox.NamedNode(str(KG.title)), ox.Literal("t"), g)]); store.graphs()
        []
        >>> store.replace_graph(g, [ox.Quad(g, ox.NamedNode(str(KG.builtWith)), ox.Literal("d1"), g)]); store.graphs()
        [<NamedNode value=https://e.org/d>]
        """
        from kg.rdf.namespace import KG      # rdflib: imported when needed, not by every command

        marked = {q.graph_name for q in self.ox.quads_for_pattern(None, ox.NamedNode(str(KG.builtWith)), None, None)
                  if q.subject == q.graph_name and q.subject.value != ENTITY_GRAPH}
        return sorted(marked, key=lambda g: g.value)

    def quads(self) -> Iterator[ox.Quad]:
        return self.ox.quads_for_pattern(None, None, None, None)

    def flush(self) -> None:
        if self.path is not None:
            try:
                self.ox.flush()
            except (OSError, RuntimeError) as err:
                raise write_error(self.path, err, "writing") from None

    def dataset(self):
        """The store as an rdflib Dataset (oxrdflib); use pyoxigraph for speed."""
        import rdflib
        from oxrdflib import OxigraphStore

        return rdflib.Dataset(store=OxigraphStore(store=self.ox))


def check_store_folder(path: Path, read_only: bool) -> None:
    """Refuse a path that is not a store to open: a file, a folder holding other things, nothing to read.

    >>> check_store_folder(Path(__file__), read_only=False)
    Traceback (most recent call last):
    kg.errors.StoreError: ...store.py: is a file, not a store folder; give an empty or new folder, or an existing store
    """
    fix = (f"give a store's folder; build one with `kg build FILES --store {path}`" if read_only
           else "give an empty or new folder, or an existing store")
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: is a file, not a store folder; {fix}")
    if not path.exists():
        if read_only:
            raise StoreError(f"{path}: no store here; build one first with `kg build FILES --store {path}`")
        return
    try:
        names = sorted(set(os.listdir(path)) - {"lost+found"})      # a disk's own folder: its root is empty
    except OSError as err:
        raise StoreError(f"{path}: cannot read the folder ({err.strerror}); check its permissions") from None
    if not names and read_only:
        raise StoreError(f"{path}: is an empty folder, not a kg store; {fix}")
    if names and "CURRENT" not in names and not all(STORE_FILE.fullmatch(n) for n in names):
        raise StoreError(f"{path}: is a folder that is not a kg store (it holds {some_names(names)}); {fix}")


def some_names(names: list[str], shown: int = 3) -> str:
    """A few names of a list, and how many more.

    >>> some_names(["a"]), some_names(["a", "b", "c"]), some_names(["a", "b", "c", "d", "e"])
    ('a', 'a, b and c', 'a, b, c and 2 more')
    """
    if len(names) <= shown:
        return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return f"{', '.join(names[:shown])} and {len(names) - shown} more"


def open_rocksdb(path: Path, read_only: bool) -> ox.Store:
    """Open the store folder; a read-only open that meets a writer's moving files tries again."""
    for attempt in range(OPEN_ATTEMPTS):
        try:
            return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except (OSError, RuntimeError) as err:
            if "lock" in str(err).lower() and not read_only:
                raise StoreError(f"{path}: another process is writing this store (RocksDB's lock {path / 'LOCK'} "
                                 "is held); wait until that build ends") from None
            if not read_only or attempt == OPEN_ATTEMPTS - 1:
                raise StoreError(f"{path}: cannot open the store ({err}); check the path"
                                 + ("; if a build is writing it, try again when the build ends" if read_only else "")
                                 ) from None
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def disk_full(err: BaseException) -> bool:
    """True when ``err`` says the disk is full (Python's errno, or RocksDB's message).

    >>> disk_full(OSError(28, "No space left on device")), disk_full(OSError("IO error: No space left on device"))
    (True, True)
    """
    return getattr(err, "errno", None) == errno.ENOSPC or "No space left on device" in str(err)


def disk_of(path: Path) -> str:
    """The file system holding ``path``: its mount point and the space left on it.

    >>> disk_of(Path("/")).startswith("the disk mounted at /, ")
    True
    """
    path = Path(os.path.abspath(path))
    while not path.exists():
        path = path.parent
    mount = path
    while not os.path.ismount(mount):
        mount = mount.parent
    return f"the disk mounted at {mount}, {shutil.disk_usage(mount).free / 1e6:.1f} MB free"


def write_error(path: Path | None, err: BaseException, doing: str) -> StoreError:
    """The one-line error for a failed write into the store at ``path`` (``doing``: what was being done)."""
    where = path or "memory store"
    if disk_full(err):
        disk = disk_of(path) if path is not None else "memory"
        return StoreError(f"{where}: no space left on the disk while {doing} ({disk}); free space on it or give "
                          "--store a folder on a larger disk, then build again (whole documents are kept)")
    return StoreError(f"{where}: {doing} failed ({err}); build again: documents not complete are rebuilt")
