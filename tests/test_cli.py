"""The command line: exit codes 0/1/2, one-line errors naming the file, tracebacks only with --debug."""

import json
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
