"""kg's public /sparql endpoint in front of a real Oxigraph server: the SPARQL 1.1 protocol, read-only, limits."""

from __future__ import annotations

import csv
import io
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from kg.server.oxigraph import OxigraphServer
from kg.web.sparql import Limits, sparql_routes

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
LABELS = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
          "SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s ?label LIMIT 20")
FORMATS = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
           "application/sparql-results+xml": ox.QueryResultsFormat.XML,
           "text/tab-separated-values": ox.QueryResultsFormat.TSV,
           "text/csv": None}


def client_for(url: str, **limits) -> TestClient:
    return TestClient(Starlette(routes=sparql_routes(url, Limits(**limits))))


@pytest.fixture(scope="module")
def client(oxigraph_server):
    with client_for(oxigraph_server.query_url) as c:
        yield c


@pytest.fixture(scope="module")
def expected(oxigraph_snapshot):
    """What the snapshot holds, read in process (a read-only open beside the server's)."""
    store = ox.Store.read_only(str(oxigraph_snapshot))
    labels = [tuple(row[v] for v in ("s", "label")) for row in store.query(LABELS, use_default_graph_as_union=True)]
    return {"count": len(store), "labels": labels}


def count(response) -> int:
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_get_and_the_two_posts_answer_the_same(client, expected):
    assert count(client.get("/sparql", params={"query": COUNT})) == expected["count"]
    assert count(client.post("/sparql", data={"query": COUNT})) == expected["count"]
    assert count(client.post("/sparql", content=COUNT.encode(),
                             headers={"Content-Type": "application/sparql-query"})) == expected["count"]


@pytest.mark.parametrize("media_type", list(FORMATS))
def test_the_four_result_formats(client, expected, media_type):
    response = client.post("/sparql", data={"query": LABELS}, headers={"Accept": media_type})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media_type)
    if FORMATS[media_type] is None:           # CSV: plain values
        rows = list(csv.reader(io.StringIO(response.text)))
        assert rows[0] == ["s", "label"]
        assert [tuple(r) for r in rows[1:]] == [(s.value, label.value) for s, label in expected["labels"]]
    else:
        parsed = ox.parse_query_results(response.content, format=FORMATS[media_type])
        assert [(row["s"], row["label"]) for row in parsed] == expected["labels"]
    assert len(expected["labels"]) == 20


@pytest.mark.parametrize("media_type", ["text/turtle", "application/n-triples"])
def test_construct_as_a_graph(client, media_type):
    query = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 7"
    response = client.get("/sparql", params={"query": query}, headers={"Accept": media_type})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media_type)
    assert len(list(ox.parse(response.content, format=ox.RdfFormat.from_media_type(media_type)))) == 7


def test_ask(client):
    response = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
    assert response.status_code == 200 and response.json()["boolean"] is True


UPDATE = "INSERT DATA { <urn:kg:test:a> <urn:kg:test:b> <urn:kg:test:c> }"


@pytest.mark.parametrize("how", ["get-update", "form-update", "update-body", "update-as-query", "drop-as-query"])
def test_updates_are_refused_and_change_nothing(client, expected, how):
    if how == "get-update":
        response = client.get("/sparql", params={"update": UPDATE})
    elif how == "form-update":
        response = client.post("/sparql", data={"update": UPDATE})
    elif how == "update-body":
        response = client.post("/sparql", content=UPDATE.encode(),
                               headers={"Content-Type": "application/sparql-update"})
    elif how == "update-as-query":
        response = client.post("/sparql", data={"query": UPDATE})
    else:
        response = client.get("/sparql", params={"query": "DROP ALL"})
    assert response.status_code == 400
    assert "updates are refused" in response.text and response.text.count("\n") == 1
    assert count(client.get("/sparql", params={"query": COUNT})) == expected["count"]


def test_no_other_method(client):
    assert client.put("/sparql", content=UPDATE.encode()).status_code == 405
    assert client.delete("/sparql").status_code == 405


def test_syntax_error_and_missing_query_are_400(client):
    response = client.get("/sparql", params={"query": "SELECT ?s WHERE { ?s ?p }"})
    assert response.status_code == 400 and response.text.startswith("SPARQL syntax error")
    assert client.get("/sparql").status_code == 400
    assert client.get("/sparql?query=ASK{}&query=ASK{}").status_code == 400
    assert client.post("/sparql", content=b"ASK {}", headers={"Content-Type": "text/plain"}).status_code == 415
    nested = "ASK { " + "{ " * 2000 + "?s ?p ?o" + " }" * 2000 + " }"
    response = client.post("/sparql", data={"query": nested})
    assert response.status_code == 400 and "nests groups too deeply" in response.text


def service_queries(port: int) -> list[str]:
    target = f"<http://127.0.0.1:{port}/sparql>"
    return [f"SELECT * WHERE {{ SERVICE {target} {{ ?s ?p ?o }} }}",
            f"select * where {{ service silent {target} {{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ ?x ?y ?z OPTIONAL {{ \\u0053ERVICE {target} {{ ?s ?p ?o }} }} }} LIMIT 1"]


def test_service_is_refused_and_the_address_is_never_called(client, oxigraph_server, oxigraph_listener):
    port, seen = oxigraph_listener
    for query in service_queries(port):
        for response in (client.get("/sparql", params={"query": query}), client.post("/sparql", data={"query": query})):
            assert response.status_code == 400, query
            assert response.text.startswith("SERVICE is refused")
    assert seen == []
    # the danger the check prevents: the same query sent to Oxigraph itself makes it call the address
    direct = urllib.request.Request(oxigraph_server.query_url, method="POST",
                                    data=urllib.parse.urlencode({"query": service_queries(port)[0]}).encode(),
                                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    try:
        urllib.request.urlopen(direct, timeout=15).read()    # the call fails (nothing answers) after it was made
    except (urllib.error.HTTPError, OSError):
        pass
    assert seen and b"/sparql" in seen[0].split(b"\r\n")[0]


def test_a_long_query_is_answered_504(oxigraph_snapshot):
    cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    with OxigraphServer(oxigraph_snapshot, timeout_s=1) as server:      # its own server: stopped right after
        with client_for(server.query_url, timeout_s=0.5) as c:
            response = c.get("/sparql", params={"query": cross})
    assert response.status_code == 504
    assert "longer than 0.5 s" in response.text


@pytest.mark.parametrize("media_type", ["text/csv", "application/sparql-results+json"])
def test_oxigraph_cutting_a_long_query_is_504_not_a_broken_200(oxigraph_snapshot, media_type):
    """Oxigraph's own limit answers 200, starts the result, then ends it with a sentence: kg answers 504."""
    cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with OxigraphServer(oxigraph_snapshot, timeout_s=1) as server:
        with client_for(server.query_url, timeout_s=30) as c:
            response = c.get("/sparql", params={"query": cross}, headers={"Accept": media_type})
    assert response.status_code == 504 and "longer than" in response.text


def test_a_request_too_large_is_413(oxigraph_server):
    padding = "# " + "x" * 2000 + "\n"
    with client_for(oxigraph_server.query_url, max_request_bytes=1000) as c:
        assert c.get("/sparql", params={"query": padding + COUNT}).status_code == 413
        response = c.post("/sparql", data={"query": padding + COUNT})
        assert response.status_code == 413 and "larger than 1000 bytes" in response.text
        assert c.post("/sparql", content=(padding + COUNT).encode(),
                      headers={"Content-Type": "application/sparql-query"}).status_code == 413
        assert c.get("/sparql", params={"query": COUNT}).status_code == 200


@pytest.mark.parametrize("media_type", list(FORMATS) + ["text/turtle"])
def test_more_rows_than_the_cap_is_an_error_not_a_cut_result(oxigraph_server, media_type):
    if media_type == "text/turtle":
        every, capped = "CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 5"
    else:
        every, capped = "SELECT * WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s ?p ?o } LIMIT 5"
    with client_for(oxigraph_server.query_url, max_rows=5) as c:
        response = c.get("/sparql", params={"query": every}, headers={"Accept": media_type})
        assert response.status_code == 400
        assert "more than 5 rows" in response.text and "add LIMIT 5" in response.text
        response = c.get("/sparql", params={"query": capped}, headers={"Accept": media_type})
        assert response.status_code == 200
        if media_type == "text/turtle":
            assert len(list(ox.parse(response.content, format=ox.RdfFormat.TURTLE))) == 5
        elif media_type == "text/csv":
            assert len(list(csv.reader(io.StringIO(response.text)))) == 6
        else:
            assert len(list(ox.parse_query_results(response.content, format=FORMATS[media_type]))) == 5


def test_a_server_that_is_down_is_503():
    with client_for("http://127.0.0.1:9/query") as c:
        response = c.get("/sparql", params={"query": COUNT})
    assert response.status_code == 503 and "not reachable" in response.text
