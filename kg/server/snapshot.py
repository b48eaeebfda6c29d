"""Consistent snapshots of a store, for a server to read while builds write the store.

Oxigraph says a read-only server over a folder another process writes is undefined, so ``kg serve``
never serves the live store: it serves a RocksDB backup (``Store.backup`` of a read-only open, hard
links on the same disk, so it is cheap) kept beside the store, in ``<store>.serve/<UTC time>/``.

A snapshot is written under a temporary name and renamed when complete, so a folder with a snapshot's
name is always a whole store. Taking one removes the older ones nobody serves: a serving process holds
a shared lock on ``<name>.lock`` beside its snapshot, and a snapshot whose lock is held is kept.

>>> snapshot_root(Path("/data/kg-store/"))
PosixPath('/data/kg-store.serve')
"""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from kg.errors import StoreError
from kg.store import STORE_FILE, check_store_folder, open_rocksdb

LOG = logging.getLogger(__name__)
STAMP = "%Y%m%dT%H%M%S.%fZ"
SKIPPED = ("LOG", "LOCK")      # files RocksDB rewrites without a change of data


def snapshot_root(store: Path) -> Path:
    """The folder beside ``store`` that holds its snapshots."""
    store = Path(os.path.abspath(store))
    return store.with_name(store.name + ".serve")


def snapshots(store: Path) -> list[Path]:
    """The complete snapshots of ``store``, oldest first (temporary folders are not listed)."""
    root = snapshot_root(store)
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_dir() and taken_at(p) is not None)


def taken_at(snapshot: Path) -> float | None:
    """When a snapshot was begun (seconds since the epoch), read from its name; None for other names.

    >>> taken_at(Path("20261130T154700.000000Z")), taken_at(Path(".tmp-x"))
    (1796053620.0, None)
    """
    try:
        return datetime.strptime(snapshot.name, STAMP).replace(tzinfo=timezone.utc).timestamp()
    except ValueError:
        return None


def has_log(store: Path) -> bool:
    """Whether the store's write-ahead log holds anything (writes not yet in its tables, or small bookkeeping)."""
    return any(entry.name.endswith(".log") and STORE_FILE.fullmatch(entry.name) and entry.stat().st_size > 0
               for entry in os.scandir(store))


def missing_writes(store: Path, snapshot: Path) -> bool:
    """Whether the store holds quads the snapshot lacks: writes still only in its write-ahead log.

    A backup holds the store's tables, not its log: a build that is running (or was killed) has such
    writes; ``kg build`` flushes them into the tables when it ends. Quads are counted only when the log
    is not empty (about a second per million quads).
    """
    if not has_log(store):
        return False
    return len(open_rocksdb(store, read_only=True)) != len(open_rocksdb(snapshot, read_only=True))


def changed_since(store: Path, when: float) -> bool:
    """Whether a file of the store changed after ``when`` (a build wrote it after the snapshot began)."""
    for entry in os.scandir(store):
        if STORE_FILE.fullmatch(entry.name) and not entry.name.startswith(SKIPPED):
            if entry.stat().st_mtime >= when:
                return True
    return False


@contextmanager
def serving(store: str | Path, refresh: bool = False) -> Iterator[Path]:
    """The snapshot to serve, locked against pruning while the ``with`` block runs.

    The newest snapshot is served if the store has not changed since it began, else a new one is taken
    (``refresh`` always takes a new one), so a restart after a build serves the build's data.
    """
    store = Path(store)
    check_store_folder(store, read_only=True)
    with root_lock(store):
        existing = snapshots(store)
        if existing and not refresh and not changed_since(store, taken_at(existing[-1])):
            chosen = existing[-1]
        else:
            chosen = take_snapshot(store)
            if missing_writes(store, chosen):
                LOG.warning("%s: has writes not yet flushed into its tables (a build is running, or one was "
                            "killed); the snapshot holds the store as of its last flush: when the build ends, "
                            "run kg serve --refresh (after a killed build, build again)", store)
        fd = os.open(lock_path(chosen), os.O_RDWR | os.O_CREAT, 0o644)
        fcntl.flock(fd, fcntl.LOCK_SH)
    try:
        yield chosen
    finally:
        os.close(fd)


def take_snapshot(store: Path) -> Path:
    """Back the store up into a new snapshot folder (temporary name, then renamed) and prune older ones."""
    root = snapshot_root(store)
    stamp = datetime.now(timezone.utc).strftime(STAMP)
    final, temp = root / stamp, root / f".tmp-{stamp}-{os.getpid()}"
    source = open_rocksdb(store, read_only=True)
    try:
        source.backup(str(temp))
    except (OSError, RuntimeError) as err:
        shutil.rmtree(temp, ignore_errors=True)
        raise StoreError(f"{store}: cannot write a snapshot into {root} ({err}); free space there "
                         "or check its permissions") from None
    finally:
        del source
    os.rename(temp, final)
    prune(store, keep=final)
    return final


def prune(store: Path, keep: Path) -> list[Path]:
    """Remove the snapshots other than ``keep`` that no process serves, and stale temporary folders.

    Called with the root lock held, so no process is choosing a snapshot meanwhile.
    """
    removed = []
    for path in sorted(snapshot_root(store).iterdir()):
        if path.suffix == ".lock" and path.name != ".lock" and not path.with_suffix("").exists():
            path.unlink(missing_ok=True)
        if path == keep or not path.is_dir():
            continue
        if path.name.startswith(".tmp-") and time.time() - path.stat().st_mtime < 3600:
            continue                      # a backup being written (by a process that does not lock the root)
        with in_use(path, exclusive=True) as free:
            if free:
                shutil.rmtree(path, ignore_errors=True)
                lock_path(path).unlink(missing_ok=True)
                removed.append(path)
    return removed


def lock_path(snapshot: Path) -> Path:
    return snapshot.with_name(snapshot.name + ".lock")


@contextmanager
def in_use(snapshot: Path, exclusive: bool = False) -> Iterator[bool]:
    """Hold ``snapshot``'s lock: shared while serving it, exclusive (without waiting) to remove it.

    Yields whether the lock was taken (a shared lock waits for a pruner, so it is always taken).
    """
    fd = os.open(lock_path(snapshot), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB if exclusive else fcntl.LOCK_SH)
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(fd)


@contextmanager
def root_lock(store: Path) -> Iterator[None]:
    """One process at a time chooses, takes or prunes the snapshots of a store."""
    root = snapshot_root(store)
    try:
        root.mkdir(exist_ok=True)
        fd = os.open(root / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as err:
        raise StoreError(f"{root}: cannot create the snapshot folder ({err.strerror}); "
                         "check the permissions of the store's parent folder") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
