"""The web app's pages and JSON API against a real Oxigraph server (Starlette's test client)."""

from __future__ import annotations

import csv
import io
import re

import pyoxigraph as ox
import pytest

from kg.web.app import CSP

ID = "https://w3id.org/kg-trials/id/"
SEED_TRIAL = ID + "trial/jRCT2063200047"


def main(html: str) -> str:
    return html.split("<main>", 1)[1].split("</main>", 1)[0]


def test_an_exact_name_goes_to_its_page(client):
    r = client.get("/search", params={"q": "xy-123"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/id/therapy/xy-123"


@pytest.mark.parametrize("typed, page", [("NCT09876543", "/id/trial/NCT09876543"),     # a registry id
                                         ("Rilutek", "/id/therapy/DRUGBANK_DB00740"),   # an alias
                                         ("DOID:332", "/id/disease/DOID_332")])         # a public id
def test_search_reads_ids_and_aliases(client, typed, page):
    r = client.get("/search", params={"q": typed}, follow_redirects=False)
    assert r.headers.get("location") == page


def test_an_ambiguous_name_lists_its_candidates(client):
    r = client.get("/search", params={"q": "sclerosis"})
    assert r.status_code == 200
    assert 'href="/id/disease/DOID_332"' in r.text and 'href="/id/disease/DOID_2377"' in r.text


def test_nothing_found_says_so(client):
    assert "Nothing in the graph is named" in client.get("/search", params={"q": "no-such-drug-zzz"}).text


def test_trial_page(client):
    html = main(client.get("/id/trial/jRCT2063200047").text)
    assert "https://rctportal.niph.go.jp/" in html or "jrct" in html.lower()          # the registry's link
    outcomes = html.split('id="outcomes"', 1)[1].split("</table>", 1)[0]
    assert "ALSFRS-R" in outcomes and "40.6" in outcomes and "37.6" in outcomes and "P1Y" in outcomes
    events = html.split('id="adverse-events"', 1)[1].split("</table>", 1)[0]
    assert "Headache" in events and ">4<" in events
    assert "neurofilament light chain" in html and "cerebrospinal fluid" in html
    assert 'href="/id/therapy/cl2020"' in html and 'href="/id/disease/DOID_332"' in html
    assert "open-label" in html and "intravenous" in html


def test_arms_with_their_sizes(client):
    arms = main(client.get("/id/trial/NCT09876543").text).split('id="arms"', 1)[1].split("</table>", 1)[0]
    assert re.search(r"<td>ZQ-456</td><td class=\"num\">20</td><td>ZQ-456</td>", arms), arms
    link = re.search(r'href="(/evidence\?[^"]+)"', arms).group(1).replace("&amp;", "&")
    assert "20 to ZQ-456" in client.get(link).text
    assert re.search(r"<td>placebo</td><td class=\"num\">10</td>", arms), arms


def test_registry_ids_link_to_their_registry(client):
    html = client.get("/id/trial/NCT01234567").text
    assert 'href="https://www.clinicaltrials.gov/study/NCT01234567"' in html


def test_therapy_page(client):
    html = main(client.get("/id/therapy/cl2020").text)
    assert "cell therapy" in html and "Muse cell" in html
    assert "Life Science Institute" in html and "Mitsubishi Chemical" in html          # developer and its parent
    status = html.split('id="status"', 1)[1].split("</table>", 1)[0]
    assert "discontinued" in status and "2023-02" in status
    assert 'href="/id/trial/jRCT2063200047"' in html


def test_condition_and_organisation_pages(client):
    html = main(client.get("/id/disease/DOID_2377").text)
    assert "Condition" in html and "Trials in this condition" in html and "Therapies investigated for it" in html
    assert 'href="/id/trial/NCT01234567"' in html and 'href="/id/therapy/xy-123"' in html
    html = main(client.get("/id/organization/mitsubishi-chemical").text)
    assert "Organisation" in html and 'href="/id/organization/life-science-institute"' in html


def test_shared_entities(client):
    html = main(client.get("/shared").text)
    assert "Headache" in html and "interleukin 6" in html


def test_listings(client):
    html = main(client.get("/trials").text)
    assert 'href="/id/trial/jRCT2063200047"' in html and 'href="/id/trial/NCT09876543"' in html
    html = main(client.get("/documents").text)
    assert "cl2020-phase2" in html and "mini-trial" in html and "xss-trial" in html
    assert 'action="/search"' in main(client.get("/").text)


def test_evidence_marks_the_span_in_its_sentence(client):
    r = client.get("/evidence", params={"subject": SEED_TRIAL, "predicate": "enrollment"})
    html = main(r.text)
    assert re.search(r"<mark[^>]*>[^<]*five[^<]*</mark>", html), html
    assert "extractor population 2.0" in html and "tests/data/cl2020-phase2.txt" in html


def test_evidence_links_the_document_address_when_there_is_one(client):
    html = main(client.get("/evidence", params={"subject": ID + "trial/NCT07654321", "predicate": "phase"}).text)
    link = re.search(r'<a href="([^"]+)" rel="noopener noreferrer">source</a>', html).group(1)
    assert link.startswith("https://news.example.org/acme-qr-789?x=") and "<" not in link and '"' not in link
    assert "<script" not in html


def test_every_fact_links_its_evidence(client):
    html = main(client.get("/id/trial/jRCT2063200047").text)
    links = set(re.findall(r'href="(/evidence\?[^"]+)"', html))
    assert len(links) > 10
    for link in sorted(links)[:5]:
        assert "<mark" in client.get(link.replace("&amp;", "&")).text


def test_document_page_marks_every_span_and_escapes_the_text(client):
    docs = client.get("/documents").text
    path = re.search(r'href="(/id/document/[0-9a-f]+)">xss-trial<', docs).group(1)
    html = main(client.get(path).text)
    assert "<script>alert" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html or "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    assert html.count("<mark") >= 8


def test_every_response_has_the_security_headers(client):
    for path in ["/", "/id/trial/jRCT2063200047", "/static/site.css", "/api/search?q=xy", "/id/trial/NOPE"]:
        r = client.get(path)
        assert r.headers["content-security-policy"] == CSP
        assert r.headers["x-content-type-options"] == "nosniff" and r.headers["referrer-policy"] == "no-referrer"
    assert "'unsafe-inline'" not in CSP and "script-src 'self';" in CSP and "style-src 'self' 'sha256-" in CSP


def test_pages_hold_no_inline_script_and_no_outside_script(client):
    html = client.get("/id/therapy/cl2020").text
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)
    assert scripts and all(body.strip() == "" and 'src="/' in attrs for attrs, body in scripts)
    assert client.get("/vendor/vis-network.min.js").status_code == 200
    assert client.get("/static/graph.js").status_code == 200


def test_unknown_entity_is_404(client):
    r = client.get("/id/trial/NCT00000000")
    assert r.status_code == 404 and "has no entity" in r.text
    assert client.get("/id/document/0000000000000000").status_code == 404
    assert client.get("/api/trial/NCT00000000").status_code == 404
    for bad in ["/id/trial/a%20b", "/id/trial/%3Cx%3E", "/api/trial/a%22b", "/id/document/x%20y", "/api/therapy/%7B%7D"]:
        assert client.get(bad).status_code == 404, bad


def test_a_bad_iri_is_400(client):
    r = client.get("/evidence", params={"subject": "<x> y"})
    assert r.status_code == 400 and "not an IRI" in r.text
    for predicate in ["<x>", "a b", "{}", "%"]:
        r = client.get("/evidence", params={"subject": SEED_TRIAL, "predicate": predicate})
        assert r.status_code == 400 and "ontology property" in r.text


def test_endpoint_down_is_502():
    from starlette.testclient import TestClient

    from kg.web.app import create_app
    from kg.server.oxigraph import free_port

    with TestClient(create_app(f"http://127.0.0.1:{free_port()}/query")) as c:
        r = c.get("/id/trial/jRCT2063200047")
    assert r.status_code == 502 and "cannot reach the endpoint" in r.text
    assert r.headers["content-security-policy"] == CSP


@pytest.mark.parametrize("fmt, rdf_format", [("turtle", ox.RdfFormat.TURTLE), ("jsonld", ox.RdfFormat.JSON_LD)])
def test_subgraph_downloads(client, fmt, rdf_format):
    r = client.get("/download", params={"iri": ID + "therapy/cl2020", "format": fmt})
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    triples = list(ox.parse(r.content, format=rdf_format))
    labels = {(t.subject.value, t.object.value) for t in triples if t.predicate.value.endswith("#label")}
    assert (ID + "therapy/cl2020", "CL2020") in labels and (ID + "organization/life-science-institute", "Life Science Institute") in labels


def test_csv_of_a_table(client):
    r = client.get("/csv", params={"table": "outcomes", "iri": SEED_TRIAL})
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert r.headers["content-type"].startswith("text/csv")
    assert {(x["measure"], x["baseline"], x["value"]) for x in rows} >= {("ALSFRS-R", "40.6", "37.6")}
    assert client.get("/csv", params={"table": "nope"}).status_code == 400


def test_json_api(client):
    found = client.get("/api/search", params={"q": "XY-123"}).json()["results"]
    assert found[0]["iri"] == ID + "therapy/xy-123" and found[0]["exact"]
    trial = client.get("/api/trial/NCT01234567").json()
    assert trial["label"] == "NCT01234567" and any(o["measure"] == "EDSS" for o in trial["outcomes"])
    therapy = client.get("/api/therapy/xy-123").json()
    assert any(t["label"] == "NCT01234567" for t in therapy["trials"])
    graph = client.get("/api/graph", params={"iri": ID + "therapy/xy-123"}).json()
    assert {n["id"] for n in graph["nodes"]} >= {ID + "therapy/xy-123", ID + "trial/NCT01234567"}


def test_the_sparql_endpoint_is_served_beside_the_pages(client):
    r = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/kg-trials/ontology#Trial> }"},
                   headers={"Accept": "text/csv"})
    assert r.status_code == 200 and int(r.text.split()[1]) >= 3
    assert r.headers["content-security-policy"] == CSP
    assert client.post("/sparql", data={"update": "CLEAR ALL"}).status_code == 400


def test_the_endpoint_page_has_a_query_form(client):
    html = main(client.get("/endpoint").text)
    assert '<form action="/sparql" method="get">' in html and "curl" in html
    r = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"},
                   headers={"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"})
    assert r.status_code == 200 and "true" in r.text                      # what a browser's form gets


ODD = ["%00", "%", "<x>", '"', "{}", "a b", "%C0%AF", "..", "javascript:alert(1)", "🙂", "x" * 3000]
ROUTES = ["/id/trial/{}", "/id/document/{}", "/node?iri={}", "/evidence?subject={}", "/search?q={}", "/api/trial/{}",
          "/api/therapy/{}", "/api/graph?iri={}", "/download?format={}&iri=" + SEED_TRIAL, "/csv?table={}",
          "/evidence?subject=" + SEED_TRIAL + "&predicate={}"]


def test_odd_addresses_get_no_server_error(app):
    """Every odd value in every parameter is answered 2xx-4xx (never a 500 page)."""
    from starlette.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as c:
        codes = {(route, odd): c.get(route.format(odd), follow_redirects=False).status_code for route in ROUTES for odd in ODD}
    assert {k: v for k, v in codes.items() if v >= 500} == {}
