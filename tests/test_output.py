"""Outputs: `-o -` is standard output, symlinks and devices are written through, only regular files are replaced
atomically, modes follow the umask, and a path that cannot be written is one line naming it, exit 1.

Nothing here writes to a real device but /dev/null through a link in tmp_path: as root, the code this replaced
turned the device it was given into a regular file, so device nodes are made in tmp_path (mknod) instead.
"""

import errno
import fcntl
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main

DATA = Path(__file__).parent / "data"
DOC = str(DATA / "mini-trial.md")


def kg(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, **kwargs)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("out") / "store"
    assert main(["build", DOC, "--store", str(path), "-q"]) == 0
    return str(path)


def commands(store, path):
    """Every command that writes one output file, writing it to ``path``."""
    return {"export": ["export", "--store", store, "-o", str(path)],
            "view": ["view", "landscape", "--store", store, "-o", str(path)],
            "view-png": ["view", "landscape", "--store", store, "--format", "png", "-o", str(path)],
            "view-html": ["view", "landscape", "--store", store, "--format", "html", "-o", str(path)],
            "mentions": ["mentions", DOC, "-o", str(path)],
            "report": ["build", DOC, "--report", str(path), "-q"]}


WRITERS = ["export", "view", "view-png", "view-html", "mentions", "report"]


def one_error_line(err: str, path) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert "Traceback" not in err and len(lines) == 1, err
    assert lines[0].startswith("kg: error: ") and str(path) in lines[0], err
    return lines[0]


def read_nonblocking(fd: int) -> bytes:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 1 << 16)
        except BlockingIOError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


# -- where the bytes go --------------------------------------------------------------------------------------------

def test_dash_is_standard_output(store, tmp_path):
    done = subprocess.run([sys.executable, "-m", "kg", "export", "--store", store, "--format", "nquads", "-o", "-"],
                          capture_output=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "-").exists()
    assert len(list(ox.parse(done.stdout, format=ox.RdfFormat.N_QUADS))) > 100


@pytest.mark.parametrize("command", ["view", "mentions", "report"])
def test_dash_is_standard_output_for_every_writer(command, store, tmp_path):
    done = kg(*commands(store, "-")[command], cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "-").exists() and done.stdout.strip()


@pytest.mark.parametrize("name", ["/dev/fd/1", "/proc/self/fd/1", "/dev/stdout"])
def test_a_name_of_standard_output_appends_to_it(name, store, tmp_path):
    """``kg export -o /dev/stdout >> log`` appends to log (the descriptor kg holds); nothing under /dev changes."""
    before = os.lstat("/dev/stdout")
    log = tmp_path / "log.nq"
    log.write_bytes(b"# kept\n")
    with open(log, "ab") as out:
        done = subprocess.run([sys.executable, "-m", "kg", "export", "--store", store, "--format", "nquads", "-o", name],
                              stdout=out, stderr=subprocess.PIPE, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = log.read_bytes()
    assert data.startswith(b"# kept\n") and len(list(ox.parse(data, format=ox.RdfFormat.N_QUADS))) > 100
    after = os.lstat("/dev/stdout")
    assert stat.S_ISLNK(after.st_mode) == stat.S_ISLNK(before.st_mode) and after.st_ino == before.st_ino


@pytest.mark.parametrize("command", WRITERS)
def test_a_symlink_is_written_through(command, store, tmp_path):
    target = tmp_path / "real" / "target.out"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.out"
    link.symlink_to(target)
    assert main(commands(store, link)[command]) == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes() != b"old" and target.stat().st_size > 100
    assert sorted(p.name for p in target.parent.iterdir()) == ["target.out"]      # no temporary file left


def test_a_dangling_symlink_creates_its_target(store, tmp_path):
    link = tmp_path / "link.ttl"
    link.symlink_to(tmp_path / "made.ttl")
    assert main(commands(store, link)["export"]) == 0
    assert link.is_symlink() and (tmp_path / "made.ttl").stat().st_size > 100


@pytest.mark.parametrize("command", ["export", "mentions"])
def test_a_fifo_is_written_not_replaced(command, store, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)     # a reader is waiting, so opening to write does not block
    try:
        fcntl.fcntl(reader, fcntl.F_SETPIPE_SZ, 1 << 20)     # room for the whole output: nothing drains it meanwhile
        assert main(commands(store, fifo)[command]) == 0
        data = read_nonblocking(reader)
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert len(data) > 100
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_a_link_to_dev_null_is_written_through(store, tmp_path):
    link = tmp_path / "null"
    link.symlink_to("/dev/null")
    assert main(commands(store, link)["export"]) == 0
    assert link.is_symlink() and stat.S_ISCHR(os.stat("/dev/null").st_mode)


def device(tmp_path, name: str, minor: int) -> Path:
    """A character device node in tmp_path (1,3 = null, 1,7 = full), or skip where mknod is not allowed."""
    path = tmp_path / name
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
    except (PermissionError, OSError) as err:
        pytest.skip(f"cannot make a device node here: {err}")
    return path


@pytest.mark.parametrize("command", WRITERS)
def test_a_device_is_written_not_replaced(command, store, tmp_path):
    null = device(tmp_path, "null", 3)
    assert main(commands(store, null)[command]) == 0
    assert stat.S_ISCHR(os.lstat(null).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]


@pytest.mark.parametrize("command", WRITERS)
def test_a_full_device_is_one_line(command, store, tmp_path, capsys):
    full = device(tmp_path, "full", 7)
    assert main(commands(store, full)[command]) == 1
    line = one_error_line(capsys.readouterr().err, full)
    assert "full" in line.lower() and stat.S_ISCHR(os.lstat(full).st_mode)


# -- modes ---------------------------------------------------------------------------------------------------------

@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.parametrize("command", WRITERS)
def test_a_new_file_follows_the_umask(command, store, tmp_path, umask_022):
    path = tmp_path / "new.out"
    assert main(commands(store, path)[command]) == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


@pytest.mark.parametrize("command", ["export", "view", "mentions", "report"])
def test_an_existing_file_keeps_its_mode(command, store, tmp_path, umask_022):
    path = tmp_path / "old.out"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    assert main(commands(store, path)[command]) == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o640 and path.read_bytes() != b"old"


def test_facts_files_follow_the_umask(store, tmp_path, umask_022):
    assert main(["facts", "--store", store, "--out", str(tmp_path / "facts")]) == 0
    written = list((tmp_path / "facts").iterdir())
    assert written and all(stat.S_IMODE(p.stat().st_mode) == 0o644 for p in written)


# -- paths that cannot be written: one line naming the path, exit 1 ----------------------------------------------

def odd_path(tmp_path, kind: str) -> Path:
    if kind == "folder":
        (tmp_path / "adir").mkdir()
        return tmp_path / "adir"
    if kind == "under-a-file":
        (tmp_path / "afile").write_text("x", encoding="utf-8")
        return tmp_path / "afile" / "out.x"
    if kind == "symlink-loop":
        (tmp_path / "loop").symlink_to(tmp_path / "loop")
        return tmp_path / "loop"
    raise ValueError(kind)


@pytest.mark.parametrize("kind", ["folder", "under-a-file", "symlink-loop"])
@pytest.mark.parametrize("command", WRITERS)
def test_an_odd_path_is_one_line(command, kind, store, tmp_path, capsys):
    path = odd_path(tmp_path, kind)
    assert main(commands(store, path)[command]) == 1
    one_error_line(capsys.readouterr().err, path)


@pytest.mark.parametrize("kind", ["under-a-file", "symlink-loop"])
def test_facts_into_an_odd_folder_is_one_line(kind, store, tmp_path, capsys):
    path = odd_path(tmp_path, kind)
    assert main(["facts", "--store", store, "--out", str(path)]) == 1
    one_error_line(capsys.readouterr().err, path)


def test_facts_into_a_file_is_one_line(store, tmp_path, capsys):
    path = tmp_path / "afile"
    path.write_text("x", encoding="utf-8")
    assert main(["facts", "--store", store, "--out", str(path)]) == 1
    one_error_line(capsys.readouterr().err, path)


@pytest.mark.parametrize("command", WRITERS)
def test_missing_folders_are_made(command, store, tmp_path):
    path = tmp_path / "no" / "such" / "out.x"
    assert main(commands(store, path)[command]) == 0
    assert path.stat().st_size > 100


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
@pytest.mark.parametrize("command", WRITERS)
def test_permission_denied_is_one_line(command, store, tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    assert main(commands(store, locked / "out.x")[command]) == 1
    one_error_line(capsys.readouterr().err, locked / "out.x")


@pytest.mark.parametrize("command", WRITERS)
def test_permission_denied_while_creating_is_one_line(command, store, tmp_path, capsys, monkeypatch):
    """As root nothing is denied, so the refusal is simulated where every writer creates its file."""
    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path))

    path = tmp_path / "out.x"
    monkeypatch.setattr("tempfile.mkstemp", denied)
    assert main(commands(store, path)[command]) == 1
    assert "denied" in one_error_line(capsys.readouterr().err, path)


def test_enospc_on_export_keeps_the_old_file(store, tmp_path, capsys, monkeypatch):
    path = tmp_path / "keep.ttl"
    path.write_text("old", encoding="utf-8")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("pyoxigraph.serialize", full)
    assert main(commands(store, path)["export"]) == 1
    assert "full" in one_error_line(capsys.readouterr().err, path).lower()
    assert path.read_text(encoding="utf-8") == "old" and sorted(p.name for p in tmp_path.iterdir()) == ["keep.ttl"]


def fill(path: Path) -> None:
    """Write ``path`` until its disk is full."""
    with open(path, "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"x" * 4096)
        except OSError as err:
            assert err.errno == errno.ENOSPC


@pytest.fixture
def small_disk(tmp_path):
    """A 64 KiB tmpfs under tmp_path (root with mount rights), or skip."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.parametrize("command", ["export", "view", "view-png"])
def test_a_full_disk_is_one_line_and_keeps_the_old_file(command, store, small_disk, capsys):
    path = small_disk / "keep.out"
    path.write_text("old", encoding="utf-8")
    fill(small_disk / "filler")
    assert main(commands(store, path)[command]) == 1
    assert "full" in one_error_line(capsys.readouterr().err, path).lower()
    assert path.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "keep.out"]


def test_facts_on_a_full_disk_is_one_line(store, small_disk, capsys):
    fill(small_disk / "filler")
    assert main(["facts", "--store", store, "--out", str(small_disk / "facts")]) == 1
    one_error_line(capsys.readouterr().err, small_disk)


# -- --report is checked before the build ------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["folder", "under-a-file"])
def test_a_bad_report_path_fails_before_the_build(kind, tmp_path, capsys):
    path = odd_path(tmp_path, kind)
    target = tmp_path / "store"
    assert main(["build", DOC, "--store", str(target), "--report", str(path), "-q"]) == 1
    one_error_line(capsys.readouterr().err, path)
    assert not target.exists()


def test_report_to_a_full_device_after_a_build_is_one_line(tmp_path, capsys):
    full = device(tmp_path, "full", 7)
    assert main(["build", DOC, "--report", str(full), "-q"]) == 1
    one_error_line(capsys.readouterr().err, full)


def test_report_is_json_on_standard_output(tmp_path):
    done = kg("build", DOC, "--report", "-", "-q", cwd=tmp_path)
    assert done.returncode == 0 and json.loads(done.stdout)["ok"] == 1


def test_standard_output_is_utf8_whatever_the_locale(tmp_path):
    done = subprocess.run([sys.executable, "-m", "kg", "mentions", str(DATA / "cl2020-phase2.txt")], capture_output=True,
                          env={**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8").isascii() is False      # the text's non-ASCII characters, as UTF-8
