"""kg's web app: pages and a small JSON API over a SPARQL endpoint (Starlette).

Every page reads the graph through query files sent to ``query_url`` (see
:mod:`kg.web.data`), so the app works on any SPARQL 1.1 server. Pages are HTML
rendered on the server (Jinja2, every value escaped); the only script is the
neighbourhood picture's, served from this site.

>>> app = create_app("http://127.0.0.1:1/query")
>>> sorted(r.path for r in app.routes if r.path.startswith("/api"))
['/api/graph', '/api/search', '/api/therapy/{key:path}', '/api/trial/{registry_id:path}']
"""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from kg.endpoint import Endpoint
from kg.errors import QueryError
from kg.resources import data_path
from kg.web import pages
from kg.web.csp import content_security_policy

CSP = content_security_policy()
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
           "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}


class SecurityHeaders:
    """Adds :data:`HEADERS` to every response (a response that sets its own CSP keeps it)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k.lower().encode(), v.encode()) for k, v in HEADERS.items() if k.lower().encode() not in have]
            await send(message)

        await self.app(scope, receive, with_headers)


def templates() -> Environment:
    env = Environment(loader=PackageLoader("kg.web", "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    return env


def create_app(query_url: str, *, sparql_upstream: str | None = None, limits=None) -> Starlette:
    """The site reading ``query_url``; ``/sparql`` forwards checked queries to ``sparql_upstream`` when given."""
    state = pages.Site(Endpoint(query_url), templates(), query_url)
    routes = pages.routes(state) + [
        Mount("/static", StaticFiles(packages=[("kg.web", "static")]), name="static"),
        Mount("/vendor", StaticFiles(directory=str(data_path("vendor"))), name="vendor"),
    ]
    routes += sparql_endpoint(sparql_upstream, limits)

    async def query_failed(request: Request, exc: QueryError):
        return state.error(request, 502, "The graph could not be read",
                           f"{exc}. The SPARQL endpoint at {query_url} may be down; start it (kg serve) and reload.")

    async def http_error(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
        return state.error(request, exc.status_code, "Not found" if exc.status_code == 404 else "Error", exc.detail)

    return Starlette(routes=routes, middleware=[Middleware(SecurityHeaders)],
                     exception_handlers={QueryError: query_failed, HTTPException: http_error})


def sparql_endpoint(upstream: str | None, limits) -> list:
    """The public, read-only SPARQL endpoint's route at ``/sparql`` (:mod:`kg.web.sparql`), when there is one."""
    if not upstream:
        return []
    from kg.web.sparql import sparql_routes

    return sparql_routes(upstream, limits)
