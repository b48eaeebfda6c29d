"""kg's public SPARQL endpoint: ``/sparql``, read-only, forwarded to a SPARQL server behind it.

The SPARQL 1.1 protocol's query operation: ``GET /sparql?query=...``, ``POST`` form-encoded ``query=...``,
or ``POST`` with an ``application/sparql-query`` body; the client's ``Accept`` chooses the results' format
(JSON, XML, CSV, TSV; Turtle, N-Triples... for CONSTRUCT and DESCRIBE), as the server behind answers it.

Every query is parsed here first (rdflib's SPARQL parser) and refused with 400 and a one-line reason when
it is not a query (a syntax error, or an update: there is no update operation at all) or when it has a
SERVICE clause: Oxigraph follows SERVICE and would call any address a query names. Limits
(:class:`Limits`) answer with a clear HTTP error, never with a silently cut result:

- a request larger than ``max_request_bytes``: 413;
- a query running longer than ``timeout_s`` (the answer's whole transfer): 504. Oxigraph's own
  ``--timeout-s`` is not enough alone: measured with 0.5.13, it stops some queries (a COUNT over a
  three-way cross product, after the 200 status and the result's first bytes: the stream then ends with
  "The SPARQL operation has been cancelled", which is also answered 504 here) but not others (a COUNT
  over a four-way product ran 10 minutes with ``--timeout-s 1``; an ORDER BY over a two-way product gave
  nothing in 12 s with ``--timeout-s 2``). Oxigraph may keep computing such a query after this endpoint
  has answered 504 (it does not notice the closed connection); restarting ``kg serve`` stops it;
- a result of more than ``max_rows`` rows (solutions, or triples of a graph): 400 telling to add LIMIT.
  The result is read as it streams from the server behind and counted; at row ``max_rows + 1`` the transfer
  is cut and the error answered, so a huge result costs at most that many rows. Within the cap the
  server's bytes are passed on unchanged; a result in a format not read here (an HTML page of another
  server, say) is passed on within ``max_response_bytes`` without a count. (Rewriting the query with a LIMIT would need its text re-made
  from the parse tree; counting is exact for every query form and every server.)

Add the routes to an app with ``routes += sparql_routes(upstream_url, limits)``; the route's path is ``/sparql``.

>>> check_query("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
>>> check_query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
Traceback (most recent call last):
...
kg.errors.QueryError: SERVICE is refused: this endpoint calls no other server; query this graph only
"""

from __future__ import annotations

import codecs
import csv
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from kg.errors import QueryError
from kg.queries import has_service

FORM = "application/x-www-form-urlencoded"
QUERY_BODY = "application/sparql-query"
UPDATE_BODY = "application/sparql-update"
DATASET_PARAMS = ("default-graph-uri", "named-graph-uri")
PARSE_LOCK = threading.Lock()


@dataclass(frozen=True)
class Limits:
    """What one request may cost.

    >>> Limits().max_rows
    10000
    """

    max_request_bytes: int = 64 * 1024
    max_rows: int = 10_000
    timeout_s: float = 30.0
    max_response_bytes: int = 64 * 1024 * 1024


class Refused(Exception):
    """A request answered with an HTTP error ``status`` and a one-line ``message``."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def check_query(text: str) -> None:
    """Refuse (QueryError) a text that is not one SPARQL query, is an update, or has a SERVICE clause.

    >>> check_query("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: updates are refused: this endpoint is read-only (no INSERT, DELETE, LOAD, CLEAR...)
    >>> check_query("SELECT ?s WHERE { ?s }")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: SPARQL syntax error: Expected SelectQuery, found '?'  (at char 18), (line:1, col:19)
    """
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    with PARSE_LOCK:
        try:
            tree = parseQuery(text)
        except RecursionError:
            raise QueryError("the query nests groups too deeply to be read; flatten it") from None
        except Exception as err:  # pyparsing's ParseException, ValueError for a bad \u escape
            if is_update(text, parseUpdate):
                raise QueryError("updates are refused: this endpoint is read-only "
                                 "(no INSERT, DELETE, LOAD, CLEAR...)") from None
            raise QueryError(f"SPARQL syntax error: {str(err).splitlines()[0]}") from None
    if has_service(tree):
        raise QueryError("SERVICE is refused: this endpoint calls no other server; query this graph only")


def is_update(text: str, parse_update) -> bool:
    try:
        parse_update(text)
    except Exception:  # noqa: BLE001 - not an update either: the query's syntax error is the one to report
        return False
    return True


def sparql_routes(upstream_url: str, limits: Limits | None = None) -> list:
    """The ``/sparql`` route (GET and POST), forwarding checked queries to ``upstream_url``."""
    from starlette.concurrency import run_in_threadpool
    from starlette.responses import PlainTextResponse, Response
    from starlette.routing import Route

    limits = limits or Limits()

    async def sparql(request):
        try:
            query, dataset = await read_request(request, limits)
            try:
                await run_in_threadpool(check_query, query)
            except QueryError as err:
                raise Refused(400, str(err)) from None
            accept = request.headers.get("accept") or "*/*"
            body, media_type = await run_in_threadpool(forward, upstream_url, query, dataset, accept, limits)
        except Refused as refused:
            return PlainTextResponse(refused.message + "\n", status_code=refused.status)
        return Response(body, media_type=media_type, headers={"Cache-Control": "no-store"})

    return [Route("/sparql", sparql, methods=["GET", "POST"], name="sparql")]


async def read_request(request, limits: Limits) -> tuple[str, list[tuple[str, str]]]:
    """The query text and dataset parameters of a protocol request; a :class:`Refused` when it is not one."""
    url_params = urllib.parse.parse_qsl(request.url.query, keep_blank_values=True)
    if len(request.url.query) > limits.max_request_bytes:
        raise too_large(limits)
    if request.method == "GET":
        return pick_query(url_params)
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await read_body(request, limits)
    if media_type == FORM:
        return pick_query(url_params + urllib.parse.parse_qsl(decode(body), keep_blank_values=True))
    if media_type == QUERY_BODY:
        _, dataset = pick_query(url_params + [("query", decode(body))])
        return decode(body), dataset
    if media_type == UPDATE_BODY:
        raise Refused(400, "updates are refused: this endpoint is read-only (no SPARQL update operation)")
    raise Refused(415, f"POST body of type {media_type or 'none'}: send the query as {FORM} (query=...) "
                       f"or as {QUERY_BODY}")


def pick_query(params: list[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """The one ``query`` parameter and the dataset ones; ``update`` and several queries are refused.

    >>> pick_query([("query", "ASK {}"), ("default-graph-uri", "urn:g"), ("x", "1")])
    ('ASK {}', [('default-graph-uri', 'urn:g')])
    """
    names = [name for name, _ in params]
    if "update" in names:
        raise Refused(400, "updates are refused: this endpoint is read-only (no SPARQL update operation)")
    queries = [value for name, value in params if name == "query"]
    if len(queries) != 1:
        raise Refused(400, "give exactly one query parameter: /sparql?query=SELECT... "
                           f"(this request has {len(queries)})")
    return queries[0], [(name, value) for name, value in params if name in DATASET_PARAMS]


async def read_body(request, limits: Limits) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_request_bytes:
        raise too_large(limits)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limits.max_request_bytes:
            raise too_large(limits)
        chunks.append(chunk)
    return b"".join(chunks)


def too_large(limits: Limits) -> Refused:
    return Refused(413, f"request larger than {limits.max_request_bytes} bytes, this endpoint's limit; "
                        "send a shorter query")


def decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as err:
        raise Refused(400, f"the request is not UTF-8 (byte {err.start}); send the query as UTF-8") from None


def forward(upstream: str, query: str, dataset: list, accept: str, limits: Limits) -> tuple[bytes, str]:
    """POST the query to the server behind; its result (bytes, media type) once counted within the limits."""
    data = urllib.parse.urlencode([("query", query)] + dataset).encode()
    request = urllib.request.Request(upstream, data=data, method="POST",
                                     headers={"Content-Type": FORM, "Accept": accept})
    deadline = time.monotonic() + limits.timeout_s
    try:
        with urllib.request.urlopen(request, timeout=limits.timeout_s) as response:
            media_type = response.headers.get("Content-Type", "application/octet-stream")
            reader = CappedReader(response, deadline, limits)
            count_rows(reader, media_type, limits)
            try:
                body = reader.rest()
            except OSError:
                if reader.failure is None:
                    raise
                raise reader.failure from None
            if cancelled(body):
                raise timed_out(limits)
            return body, media_type
    except urllib.error.HTTPError as err:
        raise upstream_error(err, limits) from None
    except (TimeoutError, socket.timeout):
        raise timed_out(limits) from None
    except urllib.error.URLError as err:
        if isinstance(err.reason, (TimeoutError, socket.timeout)):
            raise timed_out(limits) from None
        raise Refused(503, f"the SPARQL server behind this endpoint is not reachable ({err.reason}); "
                           "try again later") from None


def cancelled(body: bytes | bytearray) -> bool:
    """Whether Oxigraph cut its answer at its own time limit: having sent 200 and the start of the result,
    it ends the stream with this sentence (a CSV result would otherwise end with a row saying it).

    >>> cancelled(b'a,n\\r\\nThe SPARQL operation has been cancelled'), cancelled(b'a,n\\r\\n1,2\\r\\n')
    (True, False)
    """
    return b"The SPARQL operation has been cancelled" in body[-100:]


def upstream_error(err: urllib.error.HTTPError, limits: Limits) -> Refused:
    detail = err.read(500).decode("utf-8", "replace").strip().splitlines()
    first = detail[0] if detail else err.reason
    if err.code in (503, 504) or "timeout" in str(first).lower() or "timed out" in str(first).lower():
        return timed_out(limits)
    if 400 <= err.code < 500:
        return Refused(err.code, f"the SPARQL server refused the query: {first}")
    return Refused(502, f"the SPARQL server failed (HTTP {err.code}): {first}")


def timed_out(limits: Limits) -> Refused:
    return Refused(504, f"the query ran longer than {limits.timeout_s:g} s, this endpoint's limit; "
                        "make it more selective or add LIMIT")


class CappedReader:
    """A file-like view of the server's answer that keeps what was read, within the byte and time limits.

    A limit reached while a parser reads is kept in ``failure`` (the parser sees an OSError).
    """

    def __init__(self, response, deadline: float, limits: Limits):
        self.response, self.deadline, self.limits = response, deadline, limits
        self.kept = bytearray()
        self.failure: Refused | None = None

    def read(self, size: int = -1) -> bytes:
        if time.monotonic() > self.deadline:
            self.failure = timed_out(self.limits)
            raise OSError(self.failure.message)
        try:
            chunk = self.response.read(65536 if size is None or size < 0 else min(size, 65536))
        except (TimeoutError, socket.timeout):
            self.failure = timed_out(self.limits)
            raise
        except OSError as err:
            self.failure = Refused(502, f"the SPARQL server's answer broke off ({err}); try again")
            raise
        self.kept += chunk
        if len(self.kept) > self.limits.max_response_bytes:
            self.failure = Refused(400, f"the result is larger than {self.limits.max_response_bytes // 1_000_000} "
                                        "MB, this endpoint's limit; add LIMIT (and OFFSET to page through it)")
            raise OSError(self.failure.message)
        return chunk

    def lines(self):
        """The answer as text lines (line ends kept), for the csv module."""
        decoder, pending = codecs.getincrementaldecoder("utf-8")(), ""
        while chunk := self.read():
            lines = (pending + decoder.decode(chunk)).splitlines(keepends=True)
            pending = lines.pop() if lines and not lines[-1].endswith("\n") else ""
            yield from lines
        if pending:
            yield pending

    def rest(self) -> bytes:
        """Everything the server sent (reading what the count left)."""
        while self.read():
            pass
        return bytes(self.kept)


def count_rows(reader: CappedReader, media_type: str, limits: Limits) -> int:
    """Read the answer, counting its rows (or triples); a :class:`Refused` at ``max_rows + 1``."""
    import pyoxigraph as ox

    rows = parsed = iter(())
    results = ox.QueryResultsFormat.from_media_type(media_type)
    graph = ox.RdfFormat.from_media_type(media_type)
    try:
        if results == ox.QueryResultsFormat.CSV:
            rows = csv.reader(reader.lines())
            next(rows, None)                           # the header
        elif results is not None:
            parsed = ox.parse_query_results(reader, format=results)
            rows = parsed if isinstance(parsed, ox.QuerySolutions) else iter(())
        elif graph is not None:
            rows = ox.parse(reader, format=graph)
        count = 0
        for _ in rows:
            count += 1
            if count > limits.max_rows:
                raise Refused(400, f"the result has more than {limits.max_rows} rows, this endpoint's limit; "
                                   f"add LIMIT {limits.max_rows} or less (and OFFSET to page through it)")
    except (OSError, SyntaxError, ValueError, UnicodeDecodeError, csv.Error) as err:
        if reader.failure is not None:
            raise reader.failure from None
        if cancelled(reader.kept):
            raise timed_out(limits) from None
        raise Refused(502, f"the SPARQL server sent a result that cannot be read ({media_type}: {err})") from None
    finally:
        rows = parsed = None      # pyoxigraph's parsers belong to this thread: dropped here, not by a traceback
    return count
