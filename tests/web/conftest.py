"""A real SPARQL server for the web app's tests: Oxigraph's own (kg serve's OxigraphServer), read-only, over a snapshot of a store built from
tests/data (the seed article, the mini trial and the XSS probe articles, one a saved web page with an address); and the app served by uvicorn for the
browser. A server that cannot start fails the tests that need it."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from kg.pipeline import build
from kg.store import KGStore

DATA = Path(__file__).resolve().parents[1] / "data"
FIXTURES = ["cl2020-phase2.txt", "mini-trial.md", "xss-trial.txt", "xss-page.html"]


@pytest.fixture(scope="session")
def snapshot(tmp_path_factory) -> Path:
    """A consistent copy (backup) of a store built from the fixtures: what a read-only server may open."""
    root = tmp_path_factory.mktemp("web-store")
    store = KGStore(root / "store")
    report = build([os.path.relpath(DATA / f) for f in FIXTURES], store)      # relative: the pages show the path
    assert not report.failed, report.to_json()
    store.ox.backup(str(root / "snapshot"))
    del store
    return root / "snapshot"


@pytest.fixture(scope="session")
def sparql_url(snapshot) -> str:
    """``http://127.0.0.1:PORT/query`` of ``oxigraph serve-read-only`` on the snapshot (kg serve's own server
    class; stopped after the session)."""
    from kg.server.oxigraph import OxigraphServer

    with OxigraphServer(snapshot, timeout_s=20) as server:
        yield server.query_url


@pytest.fixture(scope="session")
def app(sparql_url):
    from kg.web.app import create_app

    return create_app(sparql_url, sparql_upstream=sparql_url)


@pytest.fixture(scope="session")
def client(app):
    from starlette.testclient import TestClient

    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="session")
def site_url(app) -> str:
    """The app served by uvicorn on a free loopback port, in a thread (for the browser)."""
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("the web app did not start under uvicorn")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, driven by Playwright (fails, not skips, when it cannot start)."""
    from playwright.sync_api import sync_playwright

    assert shutil.which(CHROMIUM) or Path(CHROMIUM).exists(), f"{CHROMIUM}: no Chromium; apt-get install chromium"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()
