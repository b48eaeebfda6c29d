"""Oxigraph's own SPARQL server, read-only over a snapshot, as a child process.

>>> OxigraphServer(Path("/snap"), port=7879).command()[1:]
['serve-read-only', '--location', '/snap', '--bind', '127.0.0.1:7879', '--union-default-graph', '--timeout-s', '30']
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from kg.errors import KGError

START_TIMEOUT = 30.0     # seconds for the server to answer its first query
STOP_TIMEOUT = 5.0       # seconds between SIGTERM and SIGKILL


def oxigraph_binary() -> str:
    """The ``oxigraph`` command: beside this Python (a virtual environment's bin/), else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise KGError("oxigraph: the server command is not installed; `pip install oxigraph` "
                      "in kg's environment, or give kg serve --endpoint URL of a running SPARQL server")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


class OxigraphServer:
    """``oxigraph serve-read-only`` over ``location`` on ``127.0.0.1:port``, union default graph, query timeout.

    Use it as a context manager (started on entry, stopped on exit), or call :meth:`start` and
    :meth:`stop`. The child runs in its own process group, so a signal to kg's terminal does not reach
    it before kg has stopped it in order, and :meth:`stop` ends the whole group. ``die_with_parent``
    (Linux) also has the kernel kill it if the starting thread ends without stopping it.
    """

    def __init__(self, location: Path, port: int | None = None, timeout_s: int = 30, host: str = "127.0.0.1",
                 die_with_parent: bool = False):
        self.location, self.timeout_s, self.host = Path(location), timeout_s, host
        self.die_with_parent = die_with_parent
        self.port = port or free_port(host)
        self.process: subprocess.Popen | None = None
        self.stderr = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def query_url(self) -> str:
        """The SPARQL 1.1 protocol query endpoint."""
        return f"{self.url}/query"

    def command(self) -> list[str]:
        return ["oxigraph", "serve-read-only", "--location", str(self.location), "--bind", f"{self.host}:{self.port}",
                "--union-default-graph", "--timeout-s", str(self.timeout_s)]

    def start(self, deadline: float = START_TIMEOUT) -> "OxigraphServer":
        """Start the child and wait until it answers ``ASK {}``; a KGError with its last words if it cannot."""
        command = [oxigraph_binary()] + self.command()[1:]
        self.stderr = tempfile.TemporaryFile()
        self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=self.stderr, start_new_session=True,
                                        preexec_fn=die_with_parent if self.die_with_parent else None)
        try:
            self.wait_ready(time.monotonic() + deadline)
        except BaseException:
            self.stop()
            raise
        return self

    def wait_ready(self, until: float) -> None:
        probe = f"{self.query_url}?query=ASK%7B%7D"
        while True:
            if self.process.poll() is not None:
                raise KGError(f"oxigraph server over {self.location} exited with code {self.process.returncode}"
                              f"{self.last_words()}; check that the folder is a store and the port is free")
            try:
                with urllib.request.urlopen(probe, timeout=1.0) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() > until:
                raise KGError(f"oxigraph server over {self.location} did not answer on {self.url} in time"
                              f"{self.last_words()}; is the store very large or the machine busy?")
            time.sleep(0.05)

    def last_words(self, lines: int = 3) -> str:
        """What the child wrote on stderr before any stack backtrace, as ``: a | b`` (empty if nothing)."""
        if self.stderr is None:
            return ""
        self.stderr.seek(0)
        text = self.stderr.read().decode("utf-8", "replace").split("Stack backtrace:")[0]
        kept = [line.strip() for line in text.splitlines() if line.strip()][-lines:]
        return f": {' | '.join(kept)}" if kept else ""

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    def stop(self) -> None:
        """Terminate the child (SIGTERM to its group, then SIGKILL after a grace time) and reap it."""
        process, self.process = self.process, None
        if process is not None:
            stop_group(process)
        if self.stderr is not None:
            self.stderr.close()
            self.stderr = None

    def __enter__(self) -> "OxigraphServer":
        return self.start() if self.process is None else self

    def __exit__(self, *exc) -> None:
        self.stop()


def die_with_parent() -> None:
    """In the child before exec, on Linux: be killed when the thread that started it ends (even by SIGKILL).

    Only for a child started from a process's main thread (``kg serve``): the signal follows the thread.
    """
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)      # PR_SET_PDEATHSIG


def stop_group(process: subprocess.Popen, grace: float = STOP_TIMEOUT) -> None:
    """End a child started with ``start_new_session`` and everything in its process group."""
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, grace)):
        if process.poll() is not None:          # reaped: its group id may belong to another process now
            return
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            pass
        try:
            process.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue
