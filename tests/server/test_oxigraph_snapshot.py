"""Snapshots beside the store, and Oxigraph's read-only server started, waited for and stopped."""

from __future__ import annotations

import os
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import KGError, StoreError
from kg.server.oxigraph import OxigraphServer
from kg.server.snapshot import serving, snapshot_root, snapshots, taken_at


def quads(path: Path) -> set:
    store = ox.Store.read_only(str(path))
    return set(store.quads_for_pattern(None, None, None, None))


def test_snapshot_is_a_whole_copy_beside_the_store(oxigraph_store, oxigraph_snapshot):
    assert oxigraph_snapshot.parent == snapshot_root(oxigraph_store) == oxigraph_store.with_name("kg-store.serve")
    assert taken_at(oxigraph_snapshot) is not None
    assert not any(p.name.startswith(".tmp-") for p in oxigraph_snapshot.parent.iterdir())
    assert quads(oxigraph_snapshot) == quads(oxigraph_store) and len(quads(oxigraph_snapshot)) > 500
    assert not (oxigraph_store / oxigraph_snapshot.name).exists()       # nothing written into the live folder


def test_restart_reuses_an_unchanged_store_and_refresh_or_a_build_takes_a_new_one(tmp_path, oxigraph_builder):
    store = oxigraph_builder(tmp_path / "s", ["mini-trial.md"])
    with serving(store) as first:
        pass
    with serving(store) as again:
        assert again == first                                  # the store did not change
    with serving(store, refresh=True) as fresh:
        assert fresh != first and snapshots(store) == [fresh]  # the old one, served by nobody, is gone
        with serving(store) as same:
            assert same == fresh
    before = quads(fresh)
    oxigraph_builder(store, ["mini-trial.md", "cl2020-phase2.txt"])        # a build after the snapshot
    with serving(store) as after_build:
        assert after_build != fresh
        assert quads(after_build) > before                     # the build's document is served
        assert quads(after_build) == quads(store)


def test_a_served_snapshot_is_kept_when_a_new_one_is_taken(tmp_path, oxigraph_builder):
    store = oxigraph_builder(tmp_path / "s", ["mini-trial.md"])
    with serving(store) as served:
        with serving(store, refresh=True) as newer:
            assert snapshots(store) == [served, newer]
        assert quads(served)
    with serving(store, refresh=True) as newest:
        assert snapshots(store) == [newest]


def test_a_store_being_written_gives_its_last_flushed_state_and_says_so(tmp_path, caplog):
    path = tmp_path / "live"
    writer = ox.Store(str(path))
    writer.add(ox.Quad(ox.NamedNode("urn:kg:a"), ox.NamedNode("urn:kg:b"), ox.Literal("flushed"),
                       ox.NamedNode("urn:kg:g")))
    writer.flush()
    writer.add(ox.Quad(ox.NamedNode("urn:kg:a"), ox.NamedNode("urn:kg:b"), ox.Literal("in the log only"),
                       ox.NamedNode("urn:kg:g")))
    with caplog.at_level("WARNING"), serving(path) as snapshot:
        assert [q.object.value for q in quads(snapshot)] == ["flushed"]      # a consistent, earlier state
    assert "not yet flushed" in caplog.text and "--refresh" in caplog.text
    writer.flush()                                                              # the build ends
    with serving(path) as after:
        assert after != snapshot and len(quads(after)) == 2
    del writer


@pytest.mark.parametrize("make", ["file", "other-folder", "missing"])
def test_a_path_that_is_not_a_store_is_refused_in_one_line(tmp_path, make):
    path = tmp_path / "x"
    if make == "file":
        path.write_text("not a store")
    elif make == "other-folder":
        path.mkdir()
        (path / "notes.txt").write_text("hello")
    with pytest.raises(StoreError) as err:
        with serving(path):
            pass
    assert str(path) in str(err.value) and "\n" not in str(err.value)
    assert not snapshot_root(path).exists()


def test_oxigraph_server_answers_and_stops(oxigraph_snapshot):
    with OxigraphServer(oxigraph_snapshot, timeout_s=5) as server:
        with urllib.request.urlopen(server.query_url + "?query=ASK%7B%7D", timeout=5) as response:
            assert b"true" in response.read()
        pid = server.pid
        assert server.query_url.startswith("http://127.0.0.1:")
    assert not os.path.exists(f"/proc/{pid}") or "Z" in open(f"/proc/{pid}/stat").read().split()[2]


def test_oxigraph_server_that_cannot_start_says_why(tmp_path):
    with pytest.raises(KGError) as err:
        OxigraphServer(tmp_path / "nothing-here").start(deadline=10)
    message = str(err.value)
    assert "exited with code" in message and "nothing-here" in message and "\n" not in message
