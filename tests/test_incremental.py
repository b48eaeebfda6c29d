"""Incremental and parallel builds: unchanged documents are skipped, --workers gives the serial graph, documents can be removed."""

import shutil

import pytest
from rdflib.compare import isomorphic

from kg.cli import main
from kg.export import union_triples
from kg.pipeline import build
from kg.store import KGStore
from kg.validate import triples_to_rdflib


def inputs(data_dir):
    return [str(data_dir / n) for n in ("cl2020-phase2.txt", "mini-trial.md", "rewording-press.txt",
                                        "rewording-abstract.txt", "ctgov-3.json")]


def test_unchanged_documents_are_skipped_and_force_rebuilds(data_dir):
    store = KGStore()
    first = build(inputs(data_dir), store)
    assert {d.status for d in first.documents} == {"ok"}
    second = build(inputs(data_dir), store)
    assert {d.status for d in second.documents} == {"skipped"}
    third = build(inputs(data_dir), store, force=True)
    assert {d.status for d in third.documents} == {"ok"}


def test_workers_give_the_serial_graph(data_dir):
    serial, parallel = KGStore(), KGStore()
    build(inputs(data_dir), serial)
    report = build(inputs(data_dir), parallel, workers=2)
    assert not report.failed
    assert isomorphic(triples_to_rdflib(list(union_triples(serial))), triples_to_rdflib(list(union_triples(parallel))))


def test_workers_run_the_extractors_given(data_dir):
    """A build with chosen extractors gives the same graph on 2 workers as serially, and not the full graph."""
    from kg.extractors import load_extractors

    chosen = load_extractors(("trial_design", "registry_ids"))
    serial, parallel, full = KGStore(), KGStore(), KGStore()
    build(inputs(data_dir), serial, extractors=chosen)
    build(inputs(data_dir), parallel, extractors=chosen, workers=2)
    build(inputs(data_dir), full, workers=2)
    assert set(parallel.quads()) == set(serial.quads()) != set(full.quads())


def test_workers_name_an_extractor_they_cannot_receive(data_dir):
    from kg.errors import ExtractorError
    from kg.extractors import load_extractors

    class Local:                                   # defined in a function: cannot be pickled
        name, version = "local", "1"

        def extract(self, doc):
            return iter(())

    extractors = {**load_extractors(("trial_design",)), "local": Local()}
    with pytest.raises(ExtractorError, match="extractor 'local' cannot be sent to worker processes"):
        build(inputs(data_dir), KGStore(), extractors=extractors, workers=2)
    assert not build(inputs(data_dir), KGStore(), extractors=extractors).failed      # one worker needs no pickling


def test_remove_and_prune(tmp_path, data_dir):
    store_path = tmp_path / "store"
    doc = tmp_path / "a.md"
    shutil.copy(data_dir / "mini-trial.md", doc)
    assert main(["build", str(doc), str(data_dir / "cl2020-phase2.txt"), "--store", str(store_path), "-q"]) == 0
    assert main(["remove", str(data_dir / "cl2020-phase2.txt"), "--store", str(store_path)]) == 0
    assert len(KGStore(store_path).graphs()) == 1
    doc.unlink()
    assert main(["build", str(data_dir / "rewording-press.txt"), "--store", str(store_path), "--prune", "-q"]) == 0
    assert [g for g in KGStore(store_path).graphs()] and len(KGStore(store_path).graphs()) == 1
    assert main(["remove", "nothing-like-this.txt", "--store", str(store_path)]) == 1


def test_a_change_to_kgs_code_or_data_rebuilds_unchanged_documents(data_dir, monkeypatch):
    """The build digest holds a hash of the package's code and shipped lists, so a new rule reaches old documents
    even where the version number stayed."""
    import kg.pipeline

    store = KGStore()
    build(inputs(data_dir), store)
    monkeypatch.setattr(kg.pipeline, "code_digest", lambda: "another-rule-set")
    assert {d.status for d in build(inputs(data_dir), store).documents} == {"ok"}
    assert {d.status for d in build(inputs(data_dir), store).documents} == {"skipped"}
