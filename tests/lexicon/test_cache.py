"""The start-up cache of the lexicon: a broken file is rebuilt, an unwritable directory is no error, writers never clash."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.lexicon import cache
from kg.lexicon.lexicon import Entry, Lexicon, cache_path, load_index_cached, norm_tokens

ROWS = [Entry("metformin", "drug", "metformin", ("DRUGBANK:DB00331",), ""),
        Entry("TNF", "gene", "tumor necrosis factor", ("NCBIGENE:7124",), "case"),
        Entry("CD4 T cell", "cell", "CD4-positive T cell", ("CL:0000624",), "")]


@pytest.fixture
def source(tmp_path, monkeypatch):
    """A small lexicon file, its cache in a directory of its own."""
    import gzip

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "lexicon.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("key\ttext\ttype\tlabel\tids\tattrs\n")
        for e in ROWS:
            key = " ".join(norm_tokens(e.text, keep_case="case" in e.attrs))
            fh.write(f"{key}\t{e.text}\t{e.type}\t{e.label}\t{'|'.join(e.ids)}\t{e.attrs}\n")
    return path


def names(lex: Lexicon) -> list:
    return [(m.text, m.label) for m in lex.find("Took metformin; TNF and tnf; CD4 human T cells.")]


EXPECTED = [("metformin", "metformin"), ("TNF", "tumor necrosis factor"), ("CD4 human T cells", "CD4-positive T cell")]


def test_the_cache_gives_the_lexicon_built_from_the_file(source):
    built = load_index_cached(source)
    assert cache_path(source).exists() and names(built) == EXPECTED
    cached = load_index_cached(source)
    assert cached.index() == built.index() and names(cached) == EXPECTED


@pytest.mark.parametrize("damage", [
    lambda data: data[:len(data) // 2],                             # a write cut short
    lambda data: data[:10],
    lambda data: b"",
    lambda data: data[:-40] + bytes(b ^ 0x55 for b in data[-40:]),  # flipped bits in the entries
    lambda data: b"not a cache at all",
])
def test_a_truncated_or_corrupt_cache_is_ignored_and_rebuilt(source, damage):
    load_index_cached(source)
    path = cache_path(source)
    path.write_bytes(damage(path.read_bytes()))
    assert names(load_index_cached(source)) == EXPECTED
    assert cache.read(path) is not None                           # rewritten whole


def test_a_cache_of_another_shape_is_rebuilt(source):
    path = cache_path(source)
    assert cache.write(path, ("an", "earlier", "layout"))
    assert names(load_index_cached(source)) == EXPECTED
    assert Lexicon.from_index(cache.read(path)).index() == load_index_cached(source).index()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes to read-only directories")
def test_a_read_only_cache_directory_is_no_error(source):
    load_index_cached(source)
    directory = cache_path(source).parent
    directory.chmod(0o555)
    try:
        assert names(load_index_cached(source)) == EXPECTED                    # read
        cache_path(source).write_bytes(b"") if os.access(cache_path(source), os.W_OK) else None
        assert names(load_index_cached(source)) == EXPECTED                    # or built, not written
    finally:
        directory.chmod(0o755)


def test_an_unwritable_cache_location_is_no_error(source, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("the cache directory cannot be made under a file")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker / "kg"))
    assert names(load_index_cached(source)) == EXPECTED
    assert not cache.write(blocker / "kg" / "x.marshal", 1)


def test_a_cache_that_cannot_be_written_over_is_still_read(source, monkeypatch):
    load_index_cached(source)
    monkeypatch.setattr(cache.os, "replace", lambda *a: (_ for _ in ()).throw(PermissionError("read-only")))
    assert names(load_index_cached(source)) == EXPECTED
    assert not list(cache_path(source).parent.glob("*.tmp"))       # a failed write leaves nothing behind


def test_earlier_caches_and_dead_writers_files_are_removed(source):
    directory = cache_path(source).parent
    directory.mkdir(parents=True)
    old, dead, live = (directory / "lexicon-index1-0-py0.marshal", directory / "lexicon-index1-0-py0.marshal.1-ab.tmp",
                       directory / "lexicon-index9-0-py0.marshal.2-cd.tmp")
    for path in (old, dead, live):
        path.write_bytes(b"x")
    hour_ago = time.time() - 2 * cache.ABANDONED
    os.utime(dead, (hour_ago, hour_ago))
    load_index_cached(source)
    assert not old.exists() and not dead.exists()
    assert live.exists()                                           # perhaps another process writing right now


WRITER = """
import sys
from kg.lexicon import cache
from pathlib import Path
value = {"n": int(sys.argv[2]), "rows": [("word %d" % k, k) for k in range(200000)]}
for _ in range(5):
    assert cache.write(Path(sys.argv[1]), value, "demo-*")
    got = cache.read(Path(sys.argv[1]))
    assert got is not None and len(got["rows"]) == 200000, "a reader saw a half-written cache"
"""


def test_processes_writing_the_cache_at_once_never_leave_a_broken_file(tmp_path):
    path = tmp_path / "demo-1.marshal"
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(n)], env=env) for n in range(4)]
    assert [w.wait(timeout=120) for w in writers] == [0, 0, 0, 0]
    assert cache.read(path)["n"] in range(4)
    assert not list(tmp_path.glob("*.tmp"))
