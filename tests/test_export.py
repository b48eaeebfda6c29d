import shutil
import subprocess

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.errors import OutputError
from kg.export import export, union_triples
from kg.validate import triples_to_rdflib

FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "trig": "trig", "nquads": "nquads"}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_round_trip_is_isomorphic(fmt, built_store, tmp_path):
    path = tmp_path / f"out.{fmt}"
    export(built_store, path, fmt)
    if fmt in ("trig", "nquads"):
        back = rdflib.Dataset()
        back.parse(path, format=FORMATS[fmt])
        for graph in built_store.graphs():
            expected = triples_to_rdflib([q.triple for q in built_store.quads() if q.graph_name == graph])
            assert isomorphic(back.graph(rdflib.URIRef(graph.value)), expected)
    else:
        back = rdflib.Graph().parse(path, format=FORMATS[fmt])
        assert isomorphic(back, triples_to_rdflib(list(union_triples(built_store))))


def test_export_is_atomic_on_failure(built_store, tmp_path, monkeypatch):
    path = tmp_path / "keep.ttl"
    path.write_text("old", encoding="utf-8")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("kg.export.ox.serialize", broken)
    with pytest.raises(OutputError, match="keep.ttl: cannot write: disk full"):
        export(built_store, path, "turtle")
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.ttl"]


@pytest.mark.parametrize("fmt, syntax", [("turtle", "turtle"), ("trig", "trig")])
def test_rapper_reads_the_export(built_store, tmp_path, fmt, syntax):
    assert shutil.which("rapper"), "rapper is not installed (apt-get install raptor2-utils; .ci/run installs it)"
    path = tmp_path / f"out.{fmt}"
    export(built_store, path, fmt)
    done = subprocess.run(["rapper", "-q", "-i", syntax, "-c", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
