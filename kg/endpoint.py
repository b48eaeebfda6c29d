"""A SPARQL 1.1 endpoint read over the protocol: kg's query files, their parameters bound, rows back.

The web app and ``kg query --endpoint`` read the graph only through this, so the
same pages work on Oxigraph's server, Virtuoso or any SPARQL 1.1 server. The
URL is the user's (a command-line option); nothing a document or a query says
chooses an address.

>>> Endpoint("ftp://example.org/sparql")
Traceback (most recent call last):
...
kg.errors.QueryError: ftp://example.org/sparql: not an http(s) SPARQL endpoint; give a URL such as http://127.0.0.1:7878/query
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox

from kg.errors import QueryError
from kg.queries import bind_values, load_query, refuse_service

RESULTS_JSON = "application/sparql-results+json"


class Endpoint:
    """A SPARQL endpoint at ``url``; :meth:`select` runs a query file there (POSTed, form-encoded)."""

    def __init__(self, url: str, timeout: float = 30.0):
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise QueryError(f"{url}: not an http(s) SPARQL endpoint; give a URL such as http://127.0.0.1:7878/query")
        self.url, self.timeout = url, timeout

    def select(self, name: str, params: dict | None = None, allow_service: bool = False) -> list[dict]:
        """Rows of a query file as ``{column: pyoxigraph term or None}``, as :func:`kg.queries.run` gives them."""
        query = load_query(name)
        if not allow_service:
            refuse_service(query)
        text = bind_values(query, params or {})
        body = self.post(text, query.name)
        try:
            solutions = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        except (SyntaxError, ValueError) as err:
            raise QueryError(f"{self.url}: the answer to query {query.name} is not SPARQL JSON results "
                             f"({str(err).splitlines()[0][:120]}); is the URL a SPARQL endpoint?") from None
        variables = [v.value for v in solutions.variables]
        return [dict(zip(variables, (row[v] for v in variables))) for row in solutions]

    def post(self, text: str, name: str) -> bytes:
        body = urllib.parse.urlencode({"query": text}).encode()
        request = urllib.request.Request(self.url, data=body, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": RESULTS_JSON})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as err:
            detail = err.read(300).decode("utf-8", "replace").strip().splitlines()
            raise QueryError(f"{self.url}: query {name} failed with HTTP {err.code}"
                             f"{': ' + detail[0] if detail else ''}") from None
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise QueryError(f"{self.url}: cannot reach the endpoint ({reason}); is the server running?") from None
