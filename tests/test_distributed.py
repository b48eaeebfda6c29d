"""Extraction on Dask: a LocalCluster build gives the serial graph, with and without partition files."""

import pytest

from kg.errors import KGError
from kg.pipeline import build
from kg.store import KGStore

distributed = pytest.importorskip("distributed")


def inputs(data_dir):
    return [str(data_dir / n) for n in ("cl2020-phase2.txt", "mini-trial.md", "rewording-press.txt",
                                        "rewording-abstract.txt", "ctgov-3.json", "latin1.txt")]


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as c:
            yield c


@pytest.mark.parametrize("partitions", [False, True])
def test_cluster_build_gives_the_serial_graph(client, data_dir, tmp_path, partitions):
    serial, clustered = KGStore(), KGStore(tmp_path / "store")
    expected = build(inputs(data_dir), serial)
    report = build(inputs(data_dir), clustered, scheduler=client,
                   partitions=str(tmp_path / "parts") if partitions else None)
    assert [(d.source, d.status) for d in report.documents] == [(d.source, d.status) for d in expected.documents]
    assert report.failed and "latin1.txt" in report.failed[0].error      # a bad document is reported, the rest built
    assert set(clustered.quads()) == set(serial.quads())
    if partitions:
        assert sorted(p.name for p in (tmp_path / "parts").iterdir()) == ["part-000000.nq"]


def test_cluster_runs_the_extractors_given(client, data_dir):
    """Chosen extractors, one of them a class made in a function (cloudpickle ships it; a process pool cannot)."""
    from kg.extractors import load_extractors

    class Local:
        name, version = "local", "1"

        def extract(self, doc):
            return iter(())

    chosen = {**load_extractors(("trial_design",)), "local": Local()}
    serial, clustered = KGStore(), KGStore()
    build(inputs(data_dir), serial, extractors=chosen)
    build(inputs(data_dir), clustered, extractors=chosen, scheduler=client)
    assert set(clustered.quads()) == set(serial.quads())


def test_cluster_build_into_a_store_with_documents_replaces_graphs(client, data_dir):
    store = KGStore()
    build([str(data_dir / "mini-trial.md")], store)
    before = set(store.quads())
    report = build(inputs(data_dir), store, scheduler=client, force=True)
    assert {d.status for d in report.documents} == {"ok", "error"}
    serial = KGStore()
    build(inputs(data_dir), serial)
    assert set(store.quads()) == set(serial.quads()) and before <= set(store.quads())


def test_unreachable_scheduler_is_a_clear_error(data_dir, monkeypatch):
    monkeypatch.setattr("kg.distributed.CONNECT_TIMEOUT", "1s")
    with pytest.raises(KGError, match="cannot reach the Dask scheduler"):
        build([str(data_dir / "mini-trial.md")], KGStore(), scheduler="tcp://127.0.0.1:9")


def test_partitions_only_writes_files_that_hold_the_graph(client, data_dir, tmp_path):
    import pyoxigraph as ox

    from kg.rdf.namespace import KG

    serial = KGStore()
    build(inputs(data_dir), serial)
    store = KGStore()
    build(inputs(data_dir), store, scheduler=client, partitions=str(tmp_path), load=False)
    assert len(store) == 0
    loaded = KGStore()
    for part in tmp_path.glob("part-*.nq"):
        loaded.ox.bulk_load(path=str(part), format=ox.RdfFormat.N_QUADS)
    markers = {q for q in serial.quads() if q.predicate.value == str(KG.builtWith)}
    assert set(loaded.quads()) == set(serial.quads()) - markers      # all but the incremental-build bookkeeping


def test_no_load_needs_a_cluster_and_partitions(data_dir):
    with pytest.raises(KGError, match="partition files"):
        build([str(data_dir / "mini-trial.md")], KGStore(), load=False)
