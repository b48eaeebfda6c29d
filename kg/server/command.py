"""The ``kg serve`` command: Oxigraph's read-only server over a snapshot, and kg's web app in front of it.

``kg serve --store PATH`` serves a snapshot of the store (:mod:`kg.server.snapshot`: the newest one if the
store has not changed since, else a new one; ``--refresh`` always takes a new one), starts
``oxigraph serve-read-only`` on a free loopback port (:mod:`kg.server.oxigraph`), then the web app on
uvicorn at ``--host``:``--port`` (127.0.0.1:8080 unless told). ``--endpoint URL`` starts no Oxigraph: the
pages and ``/sparql`` read that SPARQL server.

Ctrl-C and SIGTERM stop the web app, then Oxigraph (SIGTERM, then SIGKILL), then release the snapshot.
Oxigraph runs in its own process group, stopped by a ``finally`` whatever ends the web app; on Linux it
is also told to die with kg (``PR_SET_PDEATHSIG``), so even a killed kg leaves no server behind.

Starlette and uvicorn are imported only when the command runs.
"""

from __future__ import annotations

import math
import signal
import socket
import sys
from contextlib import ExitStack

from kg.errors import KGError


def add_arguments(parser) -> None:
    parser.add_argument("--store", help="store folder written by kg build (a snapshot of it is served)")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=8080, help="port of the site (default 8080; 0: any free port)")
    parser.add_argument("--endpoint", metavar="URL",
                        help="read this SPARQL 1.1 query endpoint instead of starting Oxigraph over --store")
    parser.add_argument("--refresh", action="store_true",
                        help="take a new snapshot of the store even if it has not changed since the last one")
    parser.add_argument("--timeout", type=float, default=30.0, metavar="S",
                        help="longest a query may run, in seconds (default 30)")
    parser.add_argument("--max-rows", type=int, default=10_000, metavar="N",
                        help="most rows a /sparql result may have (default 10000; more is an HTTP 400)")


class Stopped(Exception):
    """A stop signal arrived (SIGTERM): leave the ``with`` blocks so that every server is stopped in order."""


def serve(args) -> int:
    """Run ``kg serve``; returns when a signal stops it."""
    store, endpoint = getattr(args, "store", None), getattr(args, "endpoint", None)
    if bool(store) == bool(endpoint):
        raise KGError("kg serve: give --store PATH (a store built by kg build) or --endpoint URL "
                      "(a running SPARQL server), one of them")
    if endpoint and args.refresh:
        raise KGError("kg serve: --refresh takes a new snapshot of --store; it does nothing with --endpoint")
    if args.timeout <= 0 or args.max_rows <= 0:
        raise KGError("kg serve: --timeout and --max-rows must be positive")
    listener = listen(args.host, args.port)
    previous = signal.signal(signal.SIGTERM, on_term)
    try:
        with ExitStack() as stack:
            if endpoint:
                from kg.endpoint import Endpoint

                query_url, upstream = Endpoint(endpoint).url, None
            else:
                query_url, upstream = start_oxigraph(stack, store, args)
            run_site(listener, query_url, upstream, args)
    except (Stopped, KeyboardInterrupt):
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        listener.close()
    print("kg serve: stopped", file=sys.stderr)
    return 0


def on_term(signum, frame) -> None:
    raise Stopped(signum)


def listen(host: str, port: int) -> socket.socket:
    """The site's listening socket, bound now so that a taken port is a one-line error before anything starts."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named: asyncio then sets TCP_NODELAY on each connection (else a small reply on a kept-alive
    # connection waits ~40 ms for Nagle's algorithm)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError as err:
        sock.close()
        raise KGError(f"kg serve: cannot listen on {host}:{port} ({err.strerror}); "
                      "choose another --port (0: any free one) or --host") from None
    sock.set_inheritable(False)
    return sock


def start_oxigraph(stack: ExitStack, store: str, args) -> tuple[str, str]:
    """Snapshot the store and start Oxigraph over it (both released by ``stack``); its query URL twice."""
    from kg.server.oxigraph import OxigraphServer
    from kg.server.snapshot import serving

    snapshot = stack.enter_context(serving(store, refresh=args.refresh))
    server = stack.enter_context(OxigraphServer(snapshot, timeout_s=max(1, math.ceil(args.timeout)),
                                                     die_with_parent=True))
    print(f"kg serve: Oxigraph (pid {server.pid}) serves the snapshot {snapshot} at {server.query_url}",
          flush=True)
    return server.query_url, server.query_url


def is_loopback(host: str) -> bool:
    """Whether an address is this machine's own.

    >>> is_loopback("127.0.0.1"), is_loopback("::1"), is_loopback("0.0.0.0")
    (True, True, False)
    """
    import ipaddress

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def run_site(listener: socket.socket, query_url: str, upstream: str | None, args) -> None:
    import uvicorn

    from kg.web.app import create_app
    from kg.web.sparql import Limits

    limits = Limits(timeout_s=args.timeout, max_rows=args.max_rows)
    app = create_app(query_url, sparql_upstream=upstream or query_url, limits=limits)
    host, port = listener.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    print(f"kg serve: site at http://{shown}:{port}/ ; read-only SPARQL endpoint at http://{shown}:{port}/sparql "
          f"(reading {query_url}); Ctrl-C stops", flush=True)
    if not is_loopback(host):
        print(f"kg serve: warning: listening on {host}, not only this machine: others on the network can read "
              "the graph (give --host 127.0.0.1 to keep it local)", file=sys.stderr, flush=True)
    config = uvicorn.Config(app, log_level="debug" if args.debug else "warning", access_log=bool(args.debug),
                            timeout_graceful_shutdown=5)
    uvicorn.Server(config).run(sockets=[listener])
