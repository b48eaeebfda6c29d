"""Real servers for kg serve's tests: a store built from tests/data on disk, a snapshot of it, and Oxigraph's
read-only server over the snapshot (``oxigraph_*`` fixtures). A server that cannot start fails the test."""

from __future__ import annotations

import gc
import os
import socket
import threading
from pathlib import Path

import pytest

from kg.pipeline import build
from kg.server.oxigraph import OxigraphServer
from kg.server.snapshot import serving
from kg.store import KGStore

DATA = Path(__file__).resolve().parents[1] / "data"
OXIGRAPH_FIXTURES = ["cl2020-phase2.txt", "mini-trial.md"]


def oxigraph_build(path: Path, names: list[str]) -> Path:
    """A store on disk built from ``names`` of tests/data, closed again (so that others may open it)."""
    store = KGStore(path)
    report = build([os.path.relpath(DATA / name) for name in names], store)
    assert not report.failed, report.to_json()
    store.flush()
    del store
    gc.collect()
    return path


@pytest.fixture(scope="session")
def oxigraph_builder():
    """:func:`oxigraph_build`, for tests that build their own store."""
    return oxigraph_build


@pytest.fixture(scope="session")
def oxigraph_store(tmp_path_factory) -> Path:
    """A store folder built from the seed article and the mini trial (never written by the tests)."""
    return oxigraph_build(tmp_path_factory.mktemp("serve") / "kg-store", OXIGRAPH_FIXTURES)


@pytest.fixture(scope="session")
def oxigraph_snapshot(oxigraph_store) -> Path:
    with serving(oxigraph_store) as snapshot:
        yield snapshot


@pytest.fixture(scope="session")
def oxigraph_server(oxigraph_snapshot) -> OxigraphServer:
    """``oxigraph serve-read-only`` over the snapshot for the whole session."""
    with OxigraphServer(oxigraph_snapshot, timeout_s=20) as server:
        yield server


@pytest.fixture()
def oxigraph_listener():
    """A TCP listener on loopback that records every connection made to it (and answers nothing)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.settimeout(0.2)
    seen: list[bytes] = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    seen.append(conn.recv(4096))
                except OSError:
                    seen.append(b"")
    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield sock.getsockname()[1], seen
    finally:
        stop.set()
        thread.join(5)
        sock.close()
