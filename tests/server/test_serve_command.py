"""``kg serve`` end to end, as a process: it serves the site and /sparql, and SIGTERM, Ctrl-C or even SIGKILL
leave no Oxigraph behind."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

KG = [sys.executable, "-m", "kg"]


def gone(pid: int) -> bool:
    """The process has exited (or is a zombie nobody reaped yet: it runs no more)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1].startswith("Z")
    except (FileNotFoundError, IndexError):
        return True


def wait_gone(pid: int, seconds: float = 15) -> bool:
    deadline = time.monotonic() + seconds
    while not gone(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return gone(pid)


class Served:
    """A ``kg serve`` child: its site's URL and its Oxigraph's pid, read from what it prints."""

    def __init__(self, *args: str):
        self.process = subprocess.Popen(KG + ["serve", "--port", "0", *args], stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)
        self.oxigraph_pid, self.site = None, None
        lines = []
        for line in self.process.stdout:
            lines.append(line)
            if match := re.search(r"Oxigraph \(pid (\d+)\)", line):
                self.oxigraph_pid = int(match.group(1))
            if match := re.search(r"site at (http://\S+/) ", line):
                self.site = match.group(1)
                break
        if self.site is None:
            self.process.kill()
            raise AssertionError(f"kg serve did not start: {''.join(lines)} {self.process.stderr.read()}")

    def get(self, path: str) -> tuple[int, bytes]:
        with urllib.request.urlopen(self.site.rstrip("/") + path, timeout=20) as response:
            return response.status, response.read()

    def stop(self, sig=signal.SIGTERM) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            return self.process.wait(20)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            if self.oxigraph_pid and not gone(self.oxigraph_pid):
                os.kill(self.oxigraph_pid, signal.SIGKILL)


ASK = "/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serve_a_store_then_stop_with_no_orphan(oxigraph_store, sig):
    served = Served("--store", str(oxigraph_store))
    try:
        assert served.site.startswith("http://127.0.0.1:") and served.oxigraph_pid
        status, _ = served.get("/")
        assert status == 200
        status, body = served.get(ASK)
        assert status == 200 and json.loads(body)["boolean"] is True
    finally:
        code = served.stop(sig)
    assert code in (0, 130), served.process.stderr.read()
    assert wait_gone(served.oxigraph_pid), "the Oxigraph server outlived kg serve"


def test_a_killed_kg_serve_takes_its_oxigraph_along(oxigraph_store):
    served = Served("--store", str(oxigraph_store))
    try:
        assert not gone(served.oxigraph_pid)
    finally:
        served.process.kill()                  # no handler runs: the kernel ends the child (PR_SET_PDEATHSIG)
        served.process.wait(20)
    assert wait_gone(served.oxigraph_pid), "the Oxigraph server outlived a killed kg serve"


def test_serve_an_endpoint_starts_no_oxigraph(oxigraph_server):
    served = Served("--endpoint", oxigraph_server.query_url)
    try:
        assert served.oxigraph_pid is None
        status, body = served.get(ASK)
        assert status == 200 and json.loads(body)["boolean"] is True
    finally:
        assert served.stop() == 0


def test_a_taken_port_is_one_line_and_starts_nothing(oxigraph_store):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = subprocess.run(KG + ["serve", "--store", str(oxigraph_store), "--port", str(port)],
                                capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and f"127.0.0.1:{port}" in result.stderr
    assert "Oxigraph" not in result.stdout


def test_serve_needs_a_store_or_an_endpoint(tmp_path):
    result = subprocess.run(KG + ["serve"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "--store" in result.stderr and "--endpoint" in result.stderr
    result = subprocess.run(KG + ["serve", "--store", str(tmp_path / "none")], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 1 and "no store here" in result.stderr
