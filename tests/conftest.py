"""Shared fixtures: small documents in tests/data and stores built from them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.documents import read_document
from kg.pipeline import build
from kg.store import KGStore

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def seed_doc():
    return read_document(DATA / "cl2020-phase2.txt")


@pytest.fixture(scope="session")
def mini_doc():
    return read_document(DATA / "mini-trial.md")


@pytest.fixture(scope="session")
def built_store() -> KGStore:
    """An in-memory store built from the seed article and the mini trial (read-only use)."""
    store = KGStore()
    report = build([str(DATA / "cl2020-phase2.txt"), str(DATA / "mini-trial.md")], store)
    assert not report.failed, report.to_json()
    return store


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads((DATA / "cl2020-phase2.gold.json").read_text(encoding="utf-8"))
