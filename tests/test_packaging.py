"""The wheel ships the queries, the ontology and kg/data, and an installed kg finds them away from the checkout.

The wheel is built from a copy of the checkout (so a stale ``build/`` or the
checkout itself cannot leak into it) and unpacked, as pip installs a pure
wheel, into a folder that a child Python run from another folder imports kg
from. The install into a fresh venv with the dependencies from PyPI is a
step of ``.ci/run``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOT_SOURCE = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache",
                                    "kg-store", "facts")
# Setuptools reads pyproject's SPDX ``license = "MIT"`` from 77 on; an older one in this venv means pip's isolated build
BUILD_OFFLINE = 77


def shipped(folder: str, pattern: str) -> list[str]:
    """Wheel member names of the checkout's files under ``folder`` (top-level symlinks are followed)."""
    return sorted(f"kg/data/{folder}/{p.name}" for p in (ROOT / folder).glob(pattern))


def setuptools_major() -> int:
    try:
        return int(version("setuptools").split(".")[0])
    except PackageNotFoundError:
        return 0


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built by pip from a copy of the checkout."""
    source = tmp_path_factory.mktemp("source") / "kg"
    shutil.copytree(ROOT, source, symlinks=True, ignore=NOT_SOURCE)
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(source)]
    if setuptools_major() >= BUILD_OFFLINE:
        command.append("--no-build-isolation")
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, f"pip wheel failed:\n{done.stdout}\n{done.stderr}"
    return next(out.glob("*.whl"))


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """The wheel unpacked into a site folder, as pip installs a pure-Python wheel."""
    site = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    return site


def run_installed(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    """``python args`` in ``cwd`` with the installed kg first on the path (the checkout's editable kg after it)."""
    env = {**os.environ, "PYTHONPATH": str(site)}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_wheel_ships_every_query_ontology_data_and_web_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    queries, ontology = shipped("queries", "*.rq"), shipped("ontology", "*.ttl")
    data = sorted(p.relative_to(ROOT).as_posix() for folder in ("data", "web/templates", "web/static")
                  for p in (ROOT / "kg" / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    assert any(name.endswith(".html") for name in data) and any(name.endswith(".js") for name in data)
    assert len(queries) > 20 and len(ontology) == 2
    assert set(queries) <= names, f"missing from the wheel: {sorted(set(queries) - names)}"
    assert set(ontology) <= names, f"missing from the wheel: {sorted(set(ontology) - names)}"
    assert set(data) <= names, f"missing from the wheel: {sorted(set(data) - names)}"


def test_top_level_queries_and_ontology_are_the_shipped_folders():
    for folder in ("queries", "ontology"):
        assert (ROOT / folder).resolve() == (ROOT / "kg" / "data" / folder).resolve()


def test_installed_kg_finds_its_files_through_importlib_resources(installed, tmp_path):
    probe = ("import kg, kg.queries, kg.validate, kg.rdf.namespace_gen as gen\n"
             "from kg.resources import ONTOLOGY, QUERIES, SHAPES\n"
             "print(kg.__file__)\n"
             "print(QUERIES, ONTOLOGY, SHAPES, kg.validate.SHAPES, gen.ONTOLOGY, gen.FULL_VIEW, sep='\\n')\n"
             "print(' '.join(kg.queries.query_names()))\n")
    done = run_installed(installed, tmp_path, "-c", probe)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert all(Path(line).is_relative_to(installed) for line in lines[:7]), lines[:7]
    assert all(Path(line).exists() for line in lines[:7])
    assert lines[7].split() == sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))


def test_installed_kg_builds_the_examples_and_answers_a_query(installed, tmp_path):
    store = tmp_path / "store"
    built = run_installed(installed, tmp_path, "-m", "kg", "build", str(ROOT / "examples"), "--store", str(store), "-q")
    assert built.returncode == 0, built.stderr
    answered = run_installed(installed, tmp_path, "-m", "kg", "query", "therapies-trials", "--store", str(store),
                             "--format", "json")
    assert answered.returncode == 0, answered.stderr
    rows = json.loads(answered.stdout)
    examples = " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "examples").iterdir())
    assert rows and all(row["therapy"] and row["trial"] in examples for row in rows), rows


def test_installed_kg_runs_a_users_own_query_file(installed, tmp_path):
    store = tmp_path / "store"
    assert run_installed(installed, tmp_path, "-m", "kg", "build", str(ROOT / "examples"), "--store", str(store),
                         "-q").returncode == 0
    mine = tmp_path / "mine.rq"
    mine.write_text("# purpose: count quads\n# parameters: none\n# columns: n\n"
                    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }\n", encoding="utf-8")
    done = run_installed(installed, tmp_path, "-m", "kg", "query", str(mine), "--store", str(store))
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.split()[-1]) > 0, done.stdout


def test_the_package_and_its_metadata_agree_on_the_version():
    """The build digest holds kg's version: a release that changes extraction must say so in both places."""
    import tomllib
    from pathlib import Path

    import kg

    pyproject = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == kg.__version__
