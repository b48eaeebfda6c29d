"""No module of the package binds a top-level name twice: a pattern defined again further down a long module silently
replaces the first for every function that reads it (one such shadowing once broke a rule far from the change)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kg"
MODULES = sorted(p for p in PACKAGE.rglob("*.py"))


def bound_twice(source: str) -> list[str]:
    """The top-level names bound again later, unless the later binding builds on the first (``X = f(X)``).

    >>> bound_twice("A = 1\\nB = 2\\nA = 3\\nC = 'c'\\nC = C.upper()\\ndef B(): pass\\n")
    ['A', 'B']
    """
    seen, twice = set(), []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names, value = [node.name], None
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names, value = [t.id for t in targets if isinstance(t, ast.Name)], node.value
        else:
            continue
        for name in names:
            reuses = value is not None and any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(value))
            if name in seen and not reuses:
                twice.append(name)
            seen.add(name)
    return twice


def test_the_check_finds_a_name_bound_twice():
    assert bound_twice("A = 1\nB = 2\nA = 3\nC = 'c'\nC = C.upper()\ndef B(): pass\n") == ["A", "B"]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_top_level_name_is_bound_twice(path):
    assert bound_twice(path.read_text(encoding="utf-8")) == []
