"""Fixtures of the fuzz tests: the extractors, loaded once."""

from __future__ import annotations

import pytest

from kg.extractors import load_extractors


@pytest.fixture(scope="session")
def extractors() -> dict:
    return load_extractors()
