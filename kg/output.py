"""Write an output the one safe way: every ``-o``, ``--out`` and ``--report`` of the command line goes through here.

- ``-`` is standard output, and so are ``/dev/stdout``, ``/dev/fd/1`` and ``/proc/self/fd/1`` (written to
  the descriptor kg holds, so ``>> log`` appends); ``/dev/stderr`` and other ``/dev/fd/N`` write to that descriptor;
- a symbolic link is written through: its target is replaced, the link stays;
- a device, FIFO or socket (``/dev/null``, a named pipe) is opened and written, never replaced;
- only a regular file, or a new path, is written to a temporary file beside it and renamed into place, so a
  failed write leaves the old file whole. A new file gets the mode the umask gives (0644 under umask 022),
  an existing file keeps its mode (and owner, where allowed). A read-only file is refused, not replaced; a file
  with other hard links is replaced like any other (the other names keep the old content).

Any ``OSError`` becomes an :class:`~kg.errors.OutputError` naming the path and the problem (a full disk, a
folder, a path under a file, permission denied, ...). Missing parent folders are made, as ``mkdir -p`` would.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> write_text(folder / "a.txt", "hello\\n")
>>> (folder / "a.txt").read_text()
'hello\\n'
>>> target_kind(folder)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kg.errors.OutputError: ...: is a folder; give a file name (inside it, for example)
"""

from __future__ import annotations

import errno
import io
import os
import re
import stat
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator

from kg.errors import OutputError

STDOUT = "-"
NAMED_DESCRIPTORS = {"/dev/stdin": 0, "/dev/stdout": 1, "/dev/stderr": 2}
DESCRIPTOR_PATH = re.compile(r"/(?:dev/fd|proc/(?:self|thread-self|(\d+))/fd)/(\d+)")
PROBLEMS = {   # errno -> (the problem, the fix)
    errno.ENOSPC: ("the disk is full", "free some space or write elsewhere"),
    errno.EDQUOT: ("the disk quota is exceeded", "free some space or write elsewhere"),
    errno.EFBIG: ("the file is too large for this file system", "write elsewhere"),
    errno.EACCES: ("permission denied", "choose a path you may write to"),
    errno.EPERM: ("permission denied", "choose a path you may write to"),
    errno.EROFS: ("the file system is read-only", "write elsewhere"),
    errno.EISDIR: ("is a folder", "give a file name (inside it, for example)"),
    errno.ENOTDIR: ("a part of the path is a file, not a folder", "check the path"),
    errno.ENOENT: ("a folder on the path does not exist", "check the path"),
    errno.ELOOP: ("too many symbolic links (a loop?)", "check the links on the path"),
    errno.ENAMETOOLONG: ("the name is too long", "choose a shorter path"),
    errno.EEXIST: ("a file is in the way of a folder", "check the path"),
    errno.ENXIO: ("the device or FIFO has no reader", "start its reader first"),
}


@dataclass(frozen=True)
class Sink:
    """An open output: ``file`` to write to; ``temp``, the temporary file that will replace a regular file
    (None when writing straight to standard output or a device: nothing can be checked before it is seen)."""

    file: IO
    temp: Path | None


def describe(path, err: OSError) -> OutputError:
    """The one-line error for ``err`` met while writing ``path``.

    >>> str(describe("out.ttl", OSError(errno.ENOSPC, "No space left on device")))
    'out.ttl: cannot write: the disk is full; free some space or write elsewhere'
    """
    problem, fix = PROBLEMS.get(err.errno, (err.strerror or str(err), "check the path"))
    return OutputError(str(path), f"cannot write: {problem}", fix)


def is_stdout(path) -> bool:
    return str(path) == STDOUT


def descriptor_of(path) -> int | None:
    """The file descriptor of this process that ``path`` names (``-``, ``/dev/stdout``, ``/dev/fd/N``,
    ``/proc/self/fd/N``, or a link to one of them), or None.

    >>> descriptor_of("-"), descriptor_of("/dev/stdout"), descriptor_of("/dev/fd/7"), descriptor_of("out.ttl")
    (1, 1, 7, None)
    """
    if is_stdout(path):
        return 1
    name = os.path.abspath(path)
    for _ in range(40):
        if name in NAMED_DESCRIPTORS:
            return NAMED_DESCRIPTORS[name]
        match = DESCRIPTOR_PATH.fullmatch(name)
        if match and match.group(1) in (None, str(os.getpid())):
            return int(match.group(2))
        if not os.path.islink(name):
            return None
        name = os.path.normpath(os.path.join(os.path.dirname(name), os.readlink(name)))
    return None


def target_kind(path) -> str:
    """``"descriptor"`` (standard output or another descriptor, see :func:`descriptor_of`), ``"stream"``
    (an existing device, FIFO or socket, links followed) or ``"file"`` (a regular file or a new path);
    a folder, a symlink loop or a path under a file is an OutputError."""
    if descriptor_of(path) is not None:
        return "descriptor"
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "file"
    except OSError as err:
        raise describe(path, err) from None
    if stat.S_ISDIR(mode):
        raise OutputError(str(path), "is a folder", "give a file name (inside it, for example)")
    return "file" if stat.S_ISREG(mode) else "stream"


def check_writable(path) -> None:
    """Fail now, not after the work, when ``path`` cannot be written (it is a folder, lies under a file,
    its nearest existing folder is not writable, ...); nothing is created."""
    kind = target_kind(path)
    if kind == "descriptor":
        return
    real = Path(os.path.realpath(path))
    needed = [real] if kind == "stream" else [real, real.parent] if real.exists() else [nearest_folder(path, real.parent)]
    if not all(os.access(p, os.W_OK) for p in needed):
        raise describe(path, OSError(errno.EACCES, "Permission denied"))


def nearest_folder(path, folder: Path) -> Path:
    while not folder.exists():
        folder = folder.parent
    if not folder.is_dir():
        raise describe(path, OSError(errno.ENOTDIR, "Not a directory"))
    return folder


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def open_output(path, binary: bool = False) -> Iterator[Sink]:
    """Open ``path`` for writing as the module says; the output is in place when the block ends without error.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "b.bin"
    >>> with open_output(path, binary=True) as sink:
    ...     _ = sink.file.write(b"abc")
    >>> path.read_bytes()
    b'abc'
    """
    try:
        kind = target_kind(path)
        if kind == "descriptor":
            yield from write_descriptor(descriptor_of(path), binary)
        elif kind == "stream":
            with open(path, "wb" if binary else "w", encoding=None if binary else "utf-8") as fh:
                yield Sink(fh, None)
        else:
            yield from replace_file(Path(os.path.realpath(path)), binary)
    except BrokenPipeError:          # the reader of standard output left: the CLI exits quietly
        raise
    except OSError as err:
        raise describe(path, err) from None


def write_descriptor(fd: int, binary: bool) -> Iterator[Sink]:
    """Standard output as Python holds it (so tests capturing it see the output), or a copy of another descriptor."""
    if fd == 1:                      # UTF-8 like every file kg writes, whatever the locale says
        sys.stdout.flush()
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None and not binary:                  # a text-only stand-in (an embedding program's)
            yield Sink(sys.stdout, None)
            return
        fh = buffer if binary else io.TextIOWrapper(buffer, encoding="utf-8", write_through=True)
        try:
            yield Sink(fh, None)
            fh.flush()
        finally:
            if not binary:
                fh.detach()          # standard output stays open
        return
    sys.stderr.flush()
    with os.fdopen(os.dup(fd), "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"})) as fh:
        yield Sink(fh, None)


def replace_file(real: Path, binary: bool) -> Iterator[Sink]:
    """A temporary file beside ``real`` (the path with its links followed), renamed over it at the end."""
    real.parent.mkdir(parents=True, exist_ok=True)
    try:
        old = os.stat(real)
    except FileNotFoundError:
        old = None
    if old is not None and not os.access(real, os.W_OK):    # a read-only file is not replaced behind its back
        raise PermissionError(errno.EACCES, "Permission denied", str(real))
    fd, name = tempfile.mkstemp(dir=real.parent, prefix=f".{real.name}.", suffix=".tmp")
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"})) as fh:
            yield Sink(fh, temp)
            fh.flush()
            os.fsync(fh.fileno())
        keep_mode(temp, old)
        os.replace(temp, real)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def keep_mode(temp: Path, old: os.stat_result | None) -> None:
    """The old file's mode (and owner, where allowed), or the umask's for a new file."""
    if old is None:
        os.chmod(temp, 0o666 & ~current_umask())
        return
    os.chmod(temp, stat.S_IMODE(old.st_mode))
    if (old.st_uid, old.st_gid) != (os.getuid(), os.getgid()):
        try:
            os.chown(temp, old.st_uid, old.st_gid)
        except PermissionError:
            pass


def write_text(path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` as the module says."""
    with open_output(path) as sink:
        sink.file.write(text)


def prepare_folder(path) -> Path:
    """An output folder, made if missing; a file or a path under a file in its place is an OutputError."""
    if is_stdout(path):
        raise OutputError(STDOUT, "is not a folder", "give a folder for one file per document")
    folder = Path(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        if os.path.lexists(path) and not os.path.exists(path):     # a dangling link or a loop
            try:
                os.stat(path)
            except OSError as err:
                raise describe(path, err) from None
        raise OutputError(str(path), "is a file, not a folder", "give a folder for one file per document") from None
    except OSError as err:
        raise describe(path, err) from None
    return folder
