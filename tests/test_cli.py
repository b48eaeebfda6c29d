"""The command line: exit codes 0/1/2, one-line errors naming the file, tracebacks only with --debug."""

import json
import os
import subprocess
import sys

import pytest

from kg.cli import main


def kg(*args):
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True)


@pytest.fixture(scope="module")
def store(tmp_path_factory, data_dir):
    path = tmp_path_factory.mktemp("cli") / "store"
    assert main(["build", str(data_dir / "cl2020-phase2.txt"), str(data_dir / "mini-trial.md"), "--store", str(path), "-q"]) == 0
    return path


@pytest.mark.parametrize("command", ["build", "export", "query", "facts", "validate", "stats", "lexicon"])
def test_help(command):
    done = kg(command, "--help")
    assert done.returncode == 0 and "usage: kg" in done.stdout


def test_usage_error_exits_2():
    assert kg("frobnicate").returncode == 2
    assert kg("export").returncode == 2          # --store and -o missing


def test_user_error_is_one_line_without_traceback(data_dir):
    done = kg("build", str(data_dir / "latin1.txt"))
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if "error" in line]
    assert errors and "latin1.txt" in errors[0] and "UTF-8" in errors[0]
    assert "Traceback" not in done.stderr


def test_debug_shows_traceback(tmp_path):
    done = kg("--debug", "query", "no-such-query", "--store", str(tmp_path / "x"))
    assert done.returncode == 1 and "Traceback" in done.stderr


def test_strict_fails_on_any_bad_document(tmp_path, data_dir):
    args = ["build", str(data_dir / "mini-trial.md"), str(data_dir / "binary.txt"), "--store", str(tmp_path / "s"), "-q"]
    assert main(args) == 0
    assert main(args + ["--strict"]) == 1


def test_build_report(tmp_path, data_dir):
    report = tmp_path / "report.json"
    main(["build", str(data_dir / "mini-trial.md"), str(data_dir / "empty.txt"), "--report", str(report), "-q"])
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["ok"] == 1 and data["failed"] == 1 and data["documents"][1]["status"] == "error"


def test_query_formats(store, capsys):
    assert main(["query", "trial-card", "--store", str(store), "--param", "trial=jRCT2063200047", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"trial": "jRCT2063200047", "property": "phase", "value": "2"} in rows
    assert main(["query", "trial-card", "--store", str(store), "--param", "oops"]) == 1


def test_export_validate_stats(store, tmp_path, capsys):
    out = tmp_path / "graph.ttl"
    assert main(["export", "--store", str(store), "-o", str(out)]) == 0
    assert main(["validate", str(out)]) == 0
    assert main(["validate", "--store", str(store)]) == 0
    assert main(["stats", "--store", str(store)]) == 0
    assert "documents: 2" in capsys.readouterr().out


def test_validate_reports_a_broken_file(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    done = kg("validate", str(bad))
    assert done.returncode == 1 and "bad.ttl" in done.stderr


def test_facts_from_files_and_from_store(store, tmp_path, data_dir):
    assert main(["facts", "--out", str(tmp_path / "a"), str(data_dir / "cl2020-phase2.txt")]) == 0
    assert main(["facts", "--store", str(store), "--out", str(tmp_path / "b")]) == 0
    a = json.loads((tmp_path / "a" / "cl2020-phase2.json").read_text(encoding="utf-8"))
    b = json.loads((tmp_path / "b" / "cl2020-phase2.json").read_text(encoding="utf-8"))
    assert a == b


# -- every failure is one line, printed once ---------------------------------------------------------------------

def test_a_failed_document_is_reported_once(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not text")
    done = kg("build", str(bad))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert [line for line in done.stderr.splitlines() if "bad.txt" in line] == \
        [f"kg: error: {bad}: is not UTF-8 (byte 0: b'\\xff'); re-save the file as UTF-8"]


def test_a_closed_pipe_is_a_quiet_exit(store):
    proc = subprocess.Popen([sys.executable, "-m", "kg", "stats", "--store", str(store)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()                       # like `kg stats | head -0`: nobody reads what kg writes
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert err == "" and proc.returncode != 0


@pytest.mark.parametrize("value", ["<x> y", "http://a/b c", 'http://a/"q"', "http://a/>", "x{y}", "no-scheme"])
def test_a_bad_iri_parameter_is_one_line(store, value):
    done = kg("query", "evidence", "--store", str(store), "--param", f"subject={value}", "--param", "predicate=kg:phase")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "subject" in lines[0] and value in lines[0] and "IRI" in lines[0], done.stderr


def test_an_unexpected_exception_is_one_line(monkeypatch, capsys, store):
    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("kg.queries.render", broken)
    assert main(["query", "stats-classes", "--store", str(store)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "ZeroDivisionError: division by zero" in err[0] and "--debug" in err[0]
    with pytest.raises(ZeroDivisionError):
        main(["query", "stats-classes", "--store", str(store), "--debug"])


def test_an_os_error_is_one_line(monkeypatch, capsys, store):
    def broken(*args, **kwargs):
        raise IsADirectoryError(21, "Is a directory", "/some/where")

    monkeypatch.setattr("kg.queries.render", broken)
    assert main(["query", "stats-classes", "--store", str(store)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "/some/where" in err[0] and "Traceback" not in err[0]


# -- SERVICE: nothing a query says opens a network address unless asked ------------------------------------------

SERVICE_QUERY = """# purpose: asks another endpoint
# parameters: none
# columns: s
SELECT ?s WHERE {{ {service} <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}
"""


@pytest.fixture
def listener():
    """A local TCP port that records whether anything connected to it."""
    import socket
    import threading

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    seen, stop = [], threading.Event()

    def accept():
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            seen.append(conn)
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], seen
    stop.set()
    thread.join(timeout=5)
    server.close()


@pytest.mark.parametrize("service", ["SERVICE", "service", "SERVICE SILENT", "\\u0053ERVICE"])
def test_a_service_query_is_refused(service, store, tmp_path, listener):
    port, seen = listener
    query = tmp_path / "remote.rq"
    query.write_text(SERVICE_QUERY.format(service=service, port=port), encoding="utf-8")
    done = kg("query", str(query), "--store", str(store))
    assert done.returncode == 1 and not seen
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "remote.rq" in lines[0] and "--allow-service" in lines[0], done.stderr


def test_service_in_a_comment_or_string_is_not_a_service(store, tmp_path):
    query = tmp_path / "quiet.rq"
    query.write_text("# purpose: SERVICE <http://127.0.0.1:9/> is only mentioned\n# parameters: none\n# columns: s\n"
                     "# SERVICE <http://127.0.0.1:9/> { ?s ?p ?o }\n"
                     'SELECT ?s WHERE { ?s ?p "SERVICE <http://127.0.0.1:9/> { ?s ?p ?o }" } LIMIT 1\n', encoding="utf-8")
    done = kg("query", str(query), "--store", str(store))
    assert done.returncode == 0, done.stderr


def test_a_failed_service_call_is_one_line(store, tmp_path, listener):
    port, seen = listener
    query = tmp_path / "remote.rq"
    query.write_text(SERVICE_QUERY.format(service="SERVICE", port=port), encoding="utf-8")
    done = kg("query", str(query), "--store", str(store), "--allow-service")
    assert done.returncode == 1 and seen, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "remote.rq" in lines[0] and "Traceback" not in done.stderr, done.stderr


# -- bad paths and values of the other commands ------------------------------------------------------------------

def test_remove_from_a_missing_store_creates_nothing(tmp_path, capsys):
    missing = tmp_path / "nosuch"
    assert main(["remove", "x.txt", "--store", str(missing)]) == 1
    assert "no store" in capsys.readouterr().err and not missing.exists()


def test_facts_exits_1_when_no_document_could_be_read(tmp_path, caplog):
    assert main(["facts", str(tmp_path / "nosuch.txt"), "--out", str(tmp_path / "out")]) == 1
    assert "nosuch.txt" in caplog.text


def test_validate_a_folder_says_so(tmp_path, capsys):
    assert main(["validate", str(tmp_path)]) == 1
    assert "is a folder" in capsys.readouterr().err


@pytest.mark.parametrize("top", ["0", "-1"])
def test_analyze_top_must_be_positive(store, top, capsys):
    assert main(["analyze", "landscape", "--store", str(store), "--top", top]) == 1
    assert f"--top {top}" in capsys.readouterr().err


def test_query_rows_are_utf8_whatever_the_locale(store, tmp_path):
    query = tmp_path / "accents.rq"
    query.write_text('# purpose: a row with accents\n# parameters: none\n# columns: s\nSELECT ?s WHERE { BIND("caf\u00e9" AS ?s) }\n',
                     encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "kg", "query", str(query), "--store", str(store)],
                          capture_output=True, env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0 and not done.stderr, done.stderr
    assert "caf\u00e9" in done.stdout.decode("utf-8")


def test_path_from_an_entity_to_itself_says_so(store, capsys):
    assert main(["path", "jRCT2063200047", "jRCT2063200047", "--store", str(store)]) == 0
    assert "the same entity" in capsys.readouterr().out


def test_a_build_that_finds_no_document_is_one_error(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "scan.pdf").write_bytes(b"%PDF-1.4")
    assert main(["build", str(tmp_path / "in")]) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if "error" in line]
    assert len(errors) == 1 and "found no document to build" in errors[0] and str(tmp_path / "in") in errors[0]


def test_an_io_error_without_a_reason_is_one_line_not_a_bug():
    from kg.cli import error_line

    line = error_line(OSError("IO error: No such file or directory: /s/000123.sst"))
    assert "bug" not in line and "000123.sst" in line and "\n" not in line


def test_mentions_reads_the_other_inputs_when_one_is_missing(tmp_path, capsys, caplog):
    import gzip

    (tmp_path / "a.txt").write_text("Aspirin and fever\n\nFever after aspirin.", encoding="utf-8")
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress("Riluzole\n\nRiluzole in ALS.".encode("utf-8")))
    code = main(["mentions", str(tmp_path / "a.txt"), str(tmp_path / "nosuch.txt"), str(tmp_path / "b.txt.gz")])
    out = capsys.readouterr().out
    assert code == 1
    assert out.startswith("a|t|") and "\nb|t|Riluzole" in out
    errors = [r.getMessage() for r in caplog.records if "nosuch.txt" in r.getMessage()]
    assert len(errors) == 1 and "no such file" in errors[0]
