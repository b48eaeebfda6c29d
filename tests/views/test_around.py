"""A neighbourhood read from the store hop by hop is the whole view cut to that neighbourhood."""

import pytest

from kg.errors import KGError
from kg.views import EDGE_VIEWS, build_view
from kg.views.analysis import find_node
from kg.views.around import around
from kg.views.output import neighbourhood


def content(graph):
    return dict(graph.nodes(data=True)), {(u, v, k): d for u, v, k, d in graph.edges(keys=True, data=True)}


@pytest.mark.parametrize("name", EDGE_VIEWS)
@pytest.mark.parametrize("depth", [0, 1, 2, 3])
def test_around_equals_the_cut_whole_view(name, depth, built_store):
    whole = build_view(built_store, name)
    degree = sorted(whole.nodes, key=lambda n: (-whole.degree(n), n))
    for node in degree[:3] + degree[-2:]:              # hubs and leaves
        expected = neighbourhood(whole, node, depth)
        got = around(built_store, name, node, depth)
        assert content(got) == content(expected), (name, node, depth)
        assert got.graph["view"] == name


def cut_or_error(make):
    try:
        return content(make())
    except KGError as err:
        return str(err)


@pytest.mark.parametrize("name", EDGE_VIEWS)
@pytest.mark.parametrize("entity", ["jRCT2063200047", "JRCT2063200047", "cl2020", "Fingolimod", "amyotrophic",
                                    "lateral scl", "riluzole", "a", "no such entity", "kg:Trial"])
def test_around_finds_entities_as_the_whole_view_does(name, entity, built_store):
    """Same node, or the same one-line error (no match; several matches, with the candidates)."""
    whole = build_view(built_store, name)
    expected = cut_or_error(lambda: neighbourhood(whole, find_node(whole, entity), 1))
    assert cut_or_error(lambda: around(built_store, name, entity, 1)) == expected


def test_the_evidence_view_is_cut_from_the_whole_view(built_store):
    whole = build_view(built_store, "evidence")
    node = find_node(whole, "jRCT2063200047")
    assert content(around(built_store, "evidence", "jRCT2063200047", 1)) == content(neighbourhood(whole, node, 1))


def test_kg_view_around_writes_the_neighbourhood(tmp_path, data_dir, capsys):
    import json

    import networkx as nx

    from kg.cli import main
    from kg.store import KGStore

    store = tmp_path / "store"
    assert main(["build", str(data_dir / "cl2020-phase2.txt"), str(data_dir / "mini-trial.md"), "--store", str(store), "-q"]) == 0
    out = tmp_path / "around.json"
    assert main(["view", "landscape", "--store", str(store), "--around", "CL2020", "--depth", "1", "--format", "json",
                 "-o", str(out), "-q"]) == 0
    written = nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="edges")
    assert content(written) == content(around(KGStore(store, read_only=True), "landscape", "CL2020", 1))
    assert 1 < written.number_of_nodes() < build_view(KGStore(store, read_only=True), "landscape").number_of_nodes()
    assert main(["view", "landscape", "--store", str(store), "--around", "CL2020", "--depth", "-1", "-o", str(out)]) == 1
    assert "--depth -1: give 0 or more hops" in capsys.readouterr().err


def test_only_edge_views_take_a_source(built_store):
    from kg.views import view_edges

    with pytest.raises(KGError, match="evidence view's query takes no source"):
        list(view_edges(built_store, "evidence", {"source": "https://w3id.org/kg-trials/id/trial/jRCT2063200047"}))
