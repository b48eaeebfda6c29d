"""The inputs of a build: a missing path is one error among others, gzipped text is read, files of a type kg
does not read are listed as skipped (in the report and on stderr), and saved pages of garbage are one line each."""

import gzip
import json
import logging
import subprocess
import sys

import pytest

from kg.cli import main
from kg.pipeline import build
from kg.store import KGStore


@pytest.fixture
def folder(tmp_path, data_dir):
    """A folder of two articles, a PDF, an extension-less file and a hidden file."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_bytes((data_dir / "cl2020-phase2.txt").read_bytes())
    (root / "sub" / "b.md").write_bytes((data_dir / "mini-trial.md").read_bytes())
    (root / "paper.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (root / "sub" / "NOTES").write_text("no extension", encoding="utf-8")
    (root / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    return root


def test_a_missing_path_is_one_error_and_the_rest_is_built(tmp_path, folder):
    missing = tmp_path / "nosuch.txt"
    report = build([str(folder), str(missing)], KGStore())
    statuses = {d.source: d.status for d in report.documents}
    assert statuses[str(missing)] == "error"
    assert [s for s in statuses.values() if s == "ok"] == ["ok", "ok"]
    (error,) = report.failed
    assert "nosuch.txt" in error.error and "no such file" in error.error and "\n" not in error.error


def test_a_missing_path_keeps_its_place_in_the_report(tmp_path, data_dir):
    missing = tmp_path / "gone.md"
    report = build([str(data_dir / "mini-trial.md"), str(missing), str(data_dir / "cl2020-phase2.txt")], KGStore())
    assert [d.status for d in report.documents] == ["ok", "error", "ok"]


def test_the_cli_builds_the_others_and_says_the_missing_one_once(tmp_path, folder):
    missing = tmp_path / "nosuch.txt"
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(folder), str(missing)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "built 2 of 3" in done.stderr
    assert sum("nosuch.txt" in line and "no such file" in line for line in done.stderr.splitlines()) >= 1


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_gzipped_text_is_read_like_the_text(tmp_path, data_dir, suffix):
    plain = (data_dir / "mini-trial.md").read_bytes()
    zipped = tmp_path / f"mini{suffix}.gz"
    zipped.write_bytes(gzip.compress(plain))
    unzipped = tmp_path / f"mini{suffix}"
    unzipped.write_bytes(plain)
    a, b = KGStore(), KGStore()
    report_zipped, report_plain = build([str(zipped)], a), build([str(unzipped)], b)
    assert [d.status for d in report_zipped.documents] == ["ok"], report_zipped.to_json()
    assert report_zipped.documents[0].document_id == report_plain.documents[0].document_id
    assert report_zipped.documents[0].facts == report_plain.documents[0].facts > 0


def test_gzipped_text_in_a_folder_is_found(tmp_path, data_dir):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "mini.md.gz").write_bytes(gzip.compress((data_dir / "mini-trial.md").read_bytes()))
    report = build([str(tmp_path / "in")], KGStore())
    assert [d.status for d in report.documents] == ["ok"], report.to_json()


def test_a_gzip_bomb_is_one_error(tmp_path, monkeypatch):
    monkeypatch.setattr("kg.documents.MAX_BYTES", 100_000)
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"ALS " * 1_000_000))
    assert bomb.stat().st_size < 100_000
    (doc,) = build([str(bomb)], KGStore()).documents
    assert doc.status == "error" and "bomb.txt.gz" in doc.error and "larger than" in doc.error


def test_a_broken_gzip_text_is_one_error(tmp_path):
    bad = tmp_path / "bad.txt.gz"
    bad.write_bytes(gzip.compress(b"Some text about ALS.\n" * 100)[:-30])
    (doc,) = build([str(bad)], KGStore()).documents
    assert doc.status == "error" and "bad.txt.gz" in doc.error and "broken gzip" in doc.error and "\n" not in doc.error


def test_files_of_unknown_type_in_a_folder_are_listed_as_skipped(folder, caplog):
    with caplog.at_level(logging.INFO, logger="kg"):
        report = build([str(folder)], KGStore())
    assert [d.status for d in report.documents] == ["ok", "ok"]
    skipped = sorted(s.source for s in report.skipped)
    assert skipped == sorted([str(folder / "paper.pdf"), str(folder / "sub" / "NOTES")])
    lines = [r.getMessage() for r in caplog.records if "skipped" in r.getMessage()]
    assert len(lines) == 2 and all("\n" not in line for line in lines)
    assert json.loads(report.to_json())["skipped"][0]["source"] in skipped


def test_a_file_of_unknown_type_given_by_name_is_skipped_with_a_warning(folder, caplog):
    with caplog.at_level(logging.INFO, logger="kg"):
        report = build([str(folder / "paper.pdf"), str(folder / "a.txt")], KGStore())
    assert [d.status for d in report.documents] == ["ok"]
    (skipped,) = report.skipped
    assert skipped.source == str(folder / "paper.pdf") and ".pdf" in skipped.reason
    (line,) = [r for r in caplog.records if "paper.pdf" in r.getMessage()]
    assert line.levelno == logging.WARNING


def test_format_reads_a_file_of_any_name(tmp_path, data_dir):
    path = tmp_path / "article"
    path.write_bytes((data_dir / "mini-trial.md").read_bytes())
    report = build([str(path)], KGStore(), fmt="text")
    assert [d.status for d in report.documents] == ["ok"] and not report.skipped


def test_the_cli_lists_skipped_files_on_stderr(folder):
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(folder)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert sum("paper.pdf" in line for line in done.stderr.splitlines()) == 1
    assert sum("NOTES" in line for line in done.stderr.splitlines()) == 1


GARBAGE_PAGES = {
    "binary-ish.html": b"<html>\x01\x02\x03\xef\xbf\xbf</html>",
    "deep.html": b"<div>" * 50_000 + b"text " * 50 + b"</div>" * 50_000,
    "no-tags.html": b"just words " * 5,
    "broken-tags.html": b"<<<<>>>><html<body<p>>>" * 500,
    "huge-attribute.html": b'<html><body><p class="' + b"x" * 2_000_000 + b'">hi</p></body></html>',
    "script-only.html": b"<script>" + b"var a = 1;" * 1000 + b"</script>",
    "comment.html": b"<!--" + b"-" * 10_000,
    "doctype.html": b"<!DOCTYPE html [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><html><body><p>&x;</p></body></html>",
    "nul.html": b"<html><body>" + b"words " * 30 + b"\x00</body></html>",
}


@pytest.mark.parametrize("name", sorted(GARBAGE_PAGES))
def test_garbage_html_is_built_or_one_line(tmp_path, name, capfd):
    path = tmp_path / name
    path.write_bytes(GARBAGE_PAGES[name])
    (doc,) = build([str(path)], KGStore()).documents
    assert doc.status in ("ok", "error")
    if doc.status == "error":
        assert name in doc.error and "\n" not in doc.error and "Traceback" not in doc.error
    assert "Traceback" not in capfd.readouterr().err


def test_garbage_html_gives_only_lines_that_name_their_file(tmp_path):
    """trafilatura's own log lines ("empty HTML tree", "discarding data") name no file, so they are not shown."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, data in GARBAGE_PAGES.items():
        (folder / name).write_bytes(data)
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(folder)], capture_output=True, text=True,
                          timeout=300)
    assert "Traceback" not in done.stderr
    for line in done.stderr.splitlines():
        assert "built " in line or any(name in line for name in GARBAGE_PAGES), line
