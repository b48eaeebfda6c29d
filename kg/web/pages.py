"""The site's routes: search, entity pages (trial, therapy, condition, organisation ...), evidence, documents,
shared entities, downloads and the JSON API. Handlers are plain functions (Starlette runs them in its thread
pool, since the endpoint is read with blocking HTTP)."""

from __future__ import annotations

import csv
import io
import json
import urllib.parse
from dataclasses import dataclass

import pyoxigraph as ox
from jinja2 import Environment
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from kg.endpoint import Endpoint
from kg.web.data import CONDITION_CLASSES, ORGANISATION_CLASSES, Reader
from kg.web.links import ID, KG, iri_of, page_url

MAX_QUERY = 200
MAX_ROWS = 500          # rows a listing page shows (its CSV has them all)
TABLES = {  # CSV downloads: table -> (query file, parameter name or None)
    "outcomes": ("page-trial-outcomes", "trial"), "adverse-events": ("page-trial-adverse-events", "trial"),
    "arms": ("page-trial-arms", "trial"), "biomarkers": ("page-trial-biomarkers", "trial"),
    "facts": ("page-facts", "node"), "incoming": ("page-incoming", "node"),
    "status": ("page-therapy-status", "therapy"), "trials": ("page-therapy-trials", "therapy"),
    "shared": ("page-shared", None), "documents": ("facts-documents", None),
    "therapies-trials": ("therapies-trials", None)}
RDF_FORMATS = {"turtle": (ox.RdfFormat.TURTLE, "text/turtle", "ttl"),
               "jsonld": (ox.RdfFormat.JSON_LD, "application/ld+json", "jsonld")}


@dataclass(frozen=True)
class Site:
    endpoint: Endpoint
    env: Environment
    query_url: str

    @property
    def reader(self) -> Reader:
        return Reader(self.endpoint)

    def page(self, request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
        html = self.env.get_template(template).render(request_path=request.url.path, endpoint=self.query_url, **context)
        return HTMLResponse(html, status_code=status)

    def error(self, request: Request, status: int, title: str, message: str) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message}, status_code=status)
        return self.page(request, "error.html", status=status, title=title, message=message)


def routes(site: Site) -> list[Route]:
    return [Route(path, endpoint=handler(site, fn)) for path, fn in [
        ("/", home), ("/search", search), ("/trials", trials), ("/id/{path:path}", entity_page), ("/node", node_page),
        ("/evidence", evidence), ("/shared", shared), ("/documents", documents), ("/endpoint", endpoint_help),
        ("/download", download), ("/csv", table_csv),
        ("/api/search", api_search), ("/api/trial/{registry_id:path}", api_trial),
        ("/api/therapy/{key:path}", api_therapy), ("/api/graph", api_graph)]]


def handler(site: Site, fn):
    def endpoint(request: Request):
        return fn(site, request)
    endpoint.__name__ = fn.__name__
    return endpoint


def param(request: Request, name: str, required: bool = True) -> str | None:
    value = request.query_params.get(name, "").strip()
    if required and not value:
        raise HTTPException(400, f"missing ?{name}=; give it in the address")
    if len(value) > 2000:
        raise HTTPException(400, f"?{name}= is too long ({len(value)} characters)")
    return value or None


def iri_param(request: Request, name: str = "iri") -> str:
    value = param(request, name)
    try:
        return ox.NamedNode(value).value
    except ValueError:
        raise HTTPException(400, f"?{name}={value[:80]!r} is not an IRI; give a full IRI such as {ID}trial/NCT01234567") from None


def valid_iri(iri: str) -> bool:
    try:
        ox.NamedNode(iri)
    except ValueError:
        return False
    return True


def known(site: Site, iri: str) -> dict:
    if not valid_iri(iri):
        raise HTTPException(404, f"{iri[:200]} is not an entity's address; search for it by name instead")
    node = site.reader.node(iri)
    if node is None:
        raise HTTPException(404, f"The graph has no entity {iri}; search for it by name instead")
    return node


# -- pages ---------------------------------------------------------------------------------------------------

def home(site: Site, request: Request):
    return site.page(request, "home.html", title="kg")


def trials(site: Site, request: Request):
    rows = site.reader.listing("therapies-trials")
    return site.page(request, "trials.html", title="Therapies and their trials", rows=rows[:MAX_ROWS], total=len(rows),
                     trial_url=lambda label: page_url(iri_of("trial/" + label)))


def search(site: Site, request: Request):
    q = (request.query_params.get("q") or "").strip()[:MAX_QUERY]
    if not q:
        return site.page(request, "search.html", title="Search", q="", results=[])
    results = site.reader.search(q)
    exact = [r for r in results if r["exact"]]
    if len(exact) == 1 or len(results) == 1:
        return RedirectResponse((exact or results)[0]["url"], status_code=303)
    return site.page(request, "search.html", title=f"Search: {q}", q=q, results=results)


def entity_page(site: Site, request: Request):
    path = request.path_params["path"]
    if path.startswith("document/"):
        return document_page(site, request, iri_of(path))
    return show(site, request, iri_of(path))


def node_page(site: Site, request: Request):
    """An entity or document outside kg's own address space (a graph another tool wrote)."""
    iri = iri_param(request)
    if site.reader.node(iri) is None and site.reader.rows("page-document", {"document": ox.NamedNode(iri)}):
        return document_page(site, request, iri)
    return show(site, request, iri)


def show(site: Site, request: Request, iri: str):
    node = known(site, iri)
    reader, cls = site.reader, node["class"]
    if cls == "Trial":
        return site.page(request, "trial.html", title=f"Trial {node['label']}", e=reader.trial(node))
    if cls == "Therapy":
        return site.page(request, "therapy.html", title=node["label"], e=reader.therapy(node))
    kind = "Condition" if cls in CONDITION_CLASSES else "Organisation" if cls in ORGANISATION_CLASSES else cls
    return site.page(request, "entity.html", title=node["label"], kind=kind, e=reader.entity(node))


def document_page(site: Site, request: Request, iri: str):
    doc = site.reader.document(iri) if valid_iri(iri) else None
    if doc is None:
        raise HTTPException(404, f"The graph has no document {iri}; see the list of documents")
    return site.page(request, "document.html", title=doc["title"] or doc["fileName"] or iri, d=doc)


def evidence(site: Site, request: Request):
    subject = iri_param(request, "subject")
    predicate, obj = param(request, "predicate", False), param(request, "object", False)
    if predicate and not (predicate.isidentifier() or ("://" in predicate and valid_iri(predicate))):
        raise HTTPException(400, f"?predicate={predicate[:80]!r}: give an ontology property such as phase, or its full IRI")
    node = site.reader.node(subject)
    rows = site.reader.evidence(subject, predicate, obj)
    if not rows and node is None:
        raise HTTPException(404, f"The graph has no evidence about {subject}")
    label = node["label"] if node else subject
    return site.page(request, "evidence.html", title=f"Evidence: {label}", node=node, subject=subject,
                     label=label, predicate=predicate, rows=rows)


def shared(site: Site, request: Request):
    rows = site.reader.listing("page-shared")
    return site.page(request, "shared.html", title="Entities reported by several documents", total=len(rows),
                     rows=[dict(r, url=page_url(r["entity"])) for r in rows[:MAX_ROWS]])


def documents(site: Site, request: Request):
    rows = site.reader.listing("facts-documents")
    return site.page(request, "documents.html", title="Documents", total=len(rows),
                     rows=[dict(r, url=page_url(r["graph"])) for r in rows[:MAX_ROWS]])


def endpoint_help(site: Site, request: Request):
    return site.page(request, "endpoint.html", title="SPARQL endpoint", base=str(request.base_url))


# -- downloads -----------------------------------------------------------------------------------------------

def download(site: Site, request: Request):
    """Turtle or JSON-LD of an entity's subgraph: its facts, what points at it, labels of both ends."""
    fmt = param(request, "format", False) or "turtle"
    if fmt not in RDF_FORMATS:
        raise HTTPException(400, f"?format={fmt[:20]!r}: give turtle or jsonld")
    node = known(site, iri_param(request))
    rdf_format, media, ext = RDF_FORMATS[fmt]
    body = ox.serialize(site.reader.subgraph(node), format=rdf_format,
                        prefixes={"kg": KG, "kgid": ID,
                                  "rdfs": "http://www.w3.org/2000/01/rdf-schema#"} if fmt == "turtle" else None)
    return Response(body, media_type=media, headers=attachment(node["label"], ext))


def table_csv(site: Site, request: Request):
    table = param(request, "table")
    if table not in TABLES:
        raise HTTPException(400, f"?table={table[:40]!r}: give one of {', '.join(TABLES)}")
    name, key = TABLES[table]
    params = {key: ox.NamedNode(iri_param(request))} if key else {}
    rows = site.reader.rows(name, params)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]) if rows else [], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8", headers=attachment(table, "csv"))


def attachment(name: str, ext: str) -> dict:
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in name)[:80] or "kg"
    return {"Content-Disposition": f'attachment; filename="{safe}.{ext}"'}


# -- JSON API ------------------------------------------------------------------------------------------------

def api_search(site: Site, request: Request):
    return JSONResponse({"query": param(request, "q")[:MAX_QUERY], "results": site.reader.search(param(request, "q")[:MAX_QUERY])})


def api_trial(site: Site, request: Request):
    registry_id = request.path_params["registry_id"]
    node = known(site, iri_of("trial/" + urllib.parse.unquote(registry_id)))
    return JSONResponse(plain(site.reader.trial(node)))


def api_therapy(site: Site, request: Request):
    node = known(site, iri_of("therapy/" + request.path_params["key"]))
    if node["class"] != "Therapy":
        raise HTTPException(404, f"{node['iri']} is a {node['class']}, not a therapy")
    return JSONResponse(plain(site.reader.therapy(node)))


def api_graph(site: Site, request: Request):
    node = known(site, iri_param(request))
    return JSONResponse(site.reader.graph(node))


def plain(data):
    """Data with its segments (dataclasses) as lists, ready for JSON."""
    return json.loads(json.dumps(data, default=lambda o: o.__dict__))
