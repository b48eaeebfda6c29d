"""A marshal file cache that many processes can share: checked when read, replaced whole when written.

A file is a magic line, the CRC-32 of the marshalled body, then the body: a
truncated, corrupt or foreign file reads as missing (and is then rebuilt). A
writer writes a file of its own and renames it over the cache, so a reader
sees the old file or the new one, never half of one; two writers at once
each rename a whole file. A directory that cannot be written to only means
there is no cache.

>>> import tempfile
>>> path = Path(tempfile.mkdtemp()) / "demo-1.marshal"
>>> read(path) is None
True
>>> write(path, {"a": (1, 2)}, "demo-*") and read(path)
{'a': (1, 2)}
>>> _ = path.write_bytes(path.read_bytes()[:-1]); read(path) is None     # truncated: ignored
True
"""

from __future__ import annotations

import marshal
import os
import time
import zlib
from pathlib import Path

MAGIC = b"kg marshal cache 1\n"
HEAD = len(MAGIC) + 4                # the magic line, then the body's CRC-32 (4 bytes, little-endian)
ABANDONED = 3600                     # seconds after which a temporary file is a dead writer's, not one in progress


def cache_dir() -> Path | None:
    """``KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``; None when there is no home."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    try:
        return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg"
    except (RuntimeError, KeyError):     # no home directory to be found
        return None


def read(path: Path):
    """The object cached at ``path``; None when the file is missing, unreadable, truncated or corrupt."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if len(data) < HEAD or not data.startswith(MAGIC):
        return None
    with memoryview(data) as view:
        body = view[HEAD:]
        if zlib.crc32(body) != int.from_bytes(data[len(MAGIC):HEAD], "little"):
            return None
        try:
            return marshal.loads(body)
        except (ValueError, EOFError, TypeError):
            return None
        finally:
            body.release()


def write(path: Path, value, stale: str = "") -> bool:
    """Cache ``value`` at ``path``, then remove the files matching ``stale`` beside it; False when not writable."""
    try:
        body = marshal.dumps(value)
    except ValueError:               # a value marshal cannot hold: no cache, as for an unwritable directory
        return False
    tmp = path.with_name(f"{path.name}.{os.getpid()}-{os.urandom(4).hex()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "xb") as fh:
            fh.write(MAGIC + zlib.crc32(body).to_bytes(4, "little"))
            fh.write(body)
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        return False
    if stale:
        remove_stale(path, stale)
    return True


def remove_stale(path: Path, pattern: str) -> None:
    """Remove the caches matching ``pattern`` other than ``path`` (earlier versions), and dead writers' files."""
    now = time.time()
    for other in path.parent.glob(pattern):
        try:
            if other == path or (other.suffix == ".tmp" and now - other.stat().st_mtime < ABANDONED):
                continue                 # a temporary file may be another process's write in progress
            other.unlink(missing_ok=True)
        except OSError:
            pass
