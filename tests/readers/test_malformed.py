"""Malformed inputs: one clear line each, the rest of the batch goes on, nothing already stored is lost."""

import json

import pytest

from kg.cli import main
from kg.pipeline import build
from kg.store import KGStore


@pytest.fixture
def bad_files(tmp_path, data_dir, monkeypatch):
    monkeypatch.setattr("kg.readers.MAX_BYTES", 1000)
    files = {
        "truncated.json": (data_dir / "truncated.json").read_bytes(),
        "broken.xml": (data_dir / "broken.xml").read_bytes(),
        "binary.txt": b"\x00\x01\x02\x03 binary",
        "empty.md": b"",
        "broken.json.gz": b"\x1f\x8b\x08\x00 not really gzip",
        "huge.json": b"[" + b" " * 2000 + b"]",
        "menu.html": (data_dir / "empty-page.html").read_bytes(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path, sorted(files)


def test_each_bad_file_is_one_error_and_the_store_keeps_its_documents(tmp_path, data_dir, bad_files):
    folder, names = bad_files
    store = KGStore(tmp_path / "store")
    build([str(data_dir / "mini-trial.md")], store)
    before = set(store.quads())
    report = build([str(folder / n) for n in names], store)
    assert [d.status for d in report.documents] == ["error"] * len(names)
    for doc, name in zip(report.documents, names):
        assert name in doc.error and "\n" not in doc.error and doc.level == "ERROR"
    assert before <= set(store.quads())


def test_build_report_levels_and_strict(tmp_path, data_dir, bad_files):
    folder, names = bad_files
    quiet = tmp_path / "quiet.txt"
    quiet.write_text("A note\n\nNothing about medicine is said here at all, only words.", encoding="utf-8")
    report_path = tmp_path / "report.json"
    args = ["build", str(data_dir / "mini-trial.md"), str(quiet), str(folder / "broken.xml"), "--report", str(report_path), "-q"]
    assert main(args) == 0
    levels = [d["level"] for d in json.loads(report_path.read_text(encoding="utf-8"))["documents"]]
    assert levels == ["INFO", "WARNING", "ERROR"]
    assert main(args + ["--strict"]) == 1
