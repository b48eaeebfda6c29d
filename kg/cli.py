"""The ``kg`` command line: build, export, query, facts, validate, stats, lexicon.

Exit status: 0 on success, 1 on an error (one line naming the file and the
problem, printed once), 2 on a usage error, 130 on Ctrl-C, 141 (as if killed by
SIGPIPE) when the reader of standard output has gone (``kg stats | head -1``),
quietly. ``--debug`` shows tracebacks.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from kg import __version__
from kg.errors import KGError

log = logging.getLogger("kg")


class LevelFormatter(logging.Formatter):
    """``kg: error: ...``, ``kg: warning: ...``: log lines look like the CLI's own error line."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        return f"kg: {record.levelname.lower()}: {record.getMessage()}"


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    args.debug, args.quiet = getattr(args, "debug", False), getattr(args, "quiet", False)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(LevelFormatter())
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING if args.quiet else logging.INFO,
                        handlers=[handler])
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    if (sys.stdout.encoding or "").lower().replace("-", "") != "utf8" and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")     # tables and rows are UTF-8 like every file kg writes
    try:
        status = args.func(args) or 0
        sys.stdout.flush()           # a closed pipe shows here, not in the interpreter's last flush
        return status
    except BrokenPipeError:
        return stdout_gone()
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except Exception as err:
        if args.debug:
            raise
        print(f"kg: error: {error_line(err)}", file=sys.stderr)
        return 1


def error_line(err: Exception) -> str:
    """One line for any error: a KGError's message, an OSError's file and reason, else the exception (a bug).

    >>> error_line(IsADirectoryError(21, "Is a directory", "out"))
    'out: Is a directory'
    >>> error_line(KeyError("x"))
    "KeyError: 'x' (a bug in kg; run with --debug for the traceback)"
    """
    if isinstance(err, KGError):
        text = str(err)
    elif isinstance(err, OSError) and err.strerror:
        names = [str(n) for n in (err.filename, err.filename2) if n is not None]
        text = ": ".join([" -> ".join(names), err.strerror] if names else [err.strerror])
    elif isinstance(err, OSError):   # RocksDB's I/O errors carry only a message
        text = f"{err or type(err).__name__} (an input/output error; check the disk, and that no build is rewriting " \
               "the store, then try again)"
    else:
        text = f"{type(err).__name__}: {err} (a bug in kg; run with --debug for the traceback)"
    return " ".join(text.split("\n"))


def stdout_gone() -> int:
    """The reader of standard output left: stop quietly, as a Unix tool killed by SIGPIPE would (status 141)."""
    try:                             # later flushes (at exit) go nowhere instead of failing again
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):     # a captured stdout (tests) has no file descriptor
        pass
    return 141


class ErrorsLogged(logging.Filter):
    """Remembers the error lines logged on the ``kg`` logger, so a failure is reported once, not twice."""

    def __init__(self):
        super().__init__()
        self.messages: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR:
            self.messages.add(record.getMessage())
        return True


def build_reporting_once(inputs, store, **options):
    """``kg.pipeline.build`` with every failed document reported on one line: the pipeline logs most;
    any it did not log is logged here."""
    from kg.pipeline import build

    seen = ErrorsLogged()
    log.addFilter(seen)
    try:
        report = build(inputs, store, **options)
    finally:
        log.removeFilter(seen)
    for doc in report.failed:
        if doc.error not in seen.messages:
            log.error("%s", doc.error)
    return report


def make_parser() -> argparse.ArgumentParser:
    # --debug and --quiet work before or after the command; SUPPRESS keeps a subcommand from resetting them
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks and debug logging")
    common.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help="only warnings and errors")
    parser = argparse.ArgumentParser(prog="kg", parents=[common],
                                     description="Build a provenance-rich RDF knowledge graph of therapies and trials.")
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser("build", parents=[common], help="extract documents into the store")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders (recursive) or - for stdin")
    p.add_argument("--store", help="store folder (default: in memory, discarded)")
    p.add_argument("--report", type=Path, help="write the build report (JSON) here (- for standard output)")
    p.add_argument("--strict", action="store_true", help="exit 1 if any document fails")
    p.add_argument("--format", choices=["text", "html", "ctgov", "pubmed"], help="reader to use (default: by extension and content)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--workers", type=int, default=1, help="extract in N processes (one writer; same graph as serial)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="extract on a Dask cluster (tcp://HOST:PORT); see README")
    p.add_argument("--partitions", metavar="DIR", help="with --scheduler: workers write N-Quads partitions here "
                   "(a folder every worker and this machine share); default: results travel back over the network")
    p.add_argument("--no-load", action="store_true", help="with --scheduler and --partitions: only write the "
                   "partition files (to load into a SPARQL server), not the store")
    p.add_argument("--force", action="store_true", help="rebuild documents even when unchanged")
    p.add_argument("--time-limit", type=float, default=60.0, metavar="SECONDS",
                   help="stop building a document after this long and report it as an error (0: no limit; default 60)")
    p.add_argument("--prune", action="store_true", help="drop documents whose source file no longer exists")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("remove", parents=[common], help="drop documents (by source path) from the store")
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="a source path as built (see kg query facts-documents)")
    p.add_argument("--store", required=True)
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("export", parents=[common], help="write the graph as Turtle, TriG, N-Quads, N-Triples or JSON-LD")
    p.add_argument("--store", required=True)
    p.add_argument("--format", default="turtle", choices=["turtle", "trig", "nquads", "ntriples", "jsonld"])
    p.add_argument("-o", "--output", type=Path, required=True, help="a file, or - for standard output")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("query", parents=[common], help="run a query file of queries/ (or a .rq path)")
    p.add_argument("query", nargs="?", help="query name (see --list) or a .rq file")
    p.add_argument("--store", help="store folder")
    p.add_argument("--endpoint", metavar="URL", help="run it on this SPARQL 1.1 endpoint instead of a store "
                   "(kg serve's, Virtuoso's /sparql, ...); parameters are bound by VALUES")
    p.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS", help="how long to wait for --endpoint")
    p.add_argument("--param", action="append", default=[], metavar="KEY=VALUE", help="bind a parameter (repeatable)")
    p.add_argument("--format", default="table", choices=["table", "csv", "json"])
    p.add_argument("--list", action="store_true", help="list the query files with their purpose")
    p.add_argument("--allow-service", action="store_true",
                   help="let the query's SERVICE clauses call other endpoints (refused by default: no network)")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("serve", parents=[common], help="a read-only SPARQL endpoint and web pages over a store")
    from kg.server.command import add_arguments
    add_arguments(p)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("facts", parents=[common], help="write trial-facts JSON per document, read from the graph")
    p.add_argument("inputs", nargs="*", metavar="FILE", help="documents to build into a temporary graph")
    p.add_argument("--store", help="read an existing store instead")
    p.add_argument("--out", type=Path, required=True, help="output folder (one NAME.json per document)")
    p.set_defaults(func=cmd_facts)

    p = sub.add_parser("validate", parents=[common], help="check a store or RDF file against the SHACL shapes")
    p.add_argument("file", nargs="?", type=Path, help="an RDF file (.ttl .trig .nq .nt .jsonld)")
    p.add_argument("--store")
    p.add_argument("--workers", type=int, default=1, help="validate in N processes (document graphs in parallel)")
    p.add_argument("--show", type=int, default=20, metavar="N", help="results written out (default 20; all are counted)")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("stats", parents=[common], help="documents, triples and nodes per class")
    p.add_argument("--store", required=True)
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("mentions", parents=[common], help="entity mentions of documents or PubTator files")
    p.add_argument("inputs", nargs="+", metavar="FILE", help="text/Markdown files, PubTator files, folders")
    p.add_argument("--format", default="pubtator", choices=["pubtator", "json"])
    p.add_argument("-o", "--output", type=Path, help="write here (default: standard output)")
    p.set_defaults(func=cmd_mentions)

    p = sub.add_parser("view", parents=[common], help="a networkx view of the graph as GraphML, GEXF, JSON, PNG or SVG")
    p.add_argument("name", choices=["landscape", "mechanism", "evidence", "full"])
    p.add_argument("--store", required=True)
    p.add_argument("--format", default="graphml", choices=["graphml", "gexf", "json", "png", "svg", "html"])
    p.add_argument("-o", "--output", type=Path, required=True, help="a file, or - for standard output")
    p.add_argument("--around", metavar="ENTITY", help="only the neighbourhood of this entity (label or IRI)")
    p.add_argument("--depth", type=int, default=2, help="hops around --around (default 2)")
    p.set_defaults(func=cmd_view)

    p = sub.add_parser("analyze", parents=[common], help="centralities, components and the most connected therapies of a view")
    p.add_argument("name", choices=["landscape", "mechanism", "evidence", "full"])
    p.add_argument("--store", required=True)
    p.add_argument("--top", type=int, default=10)
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("path", parents=[common], help="how two entities connect, with the evidence on each hop")
    p.add_argument("a", help="an entity's label or IRI")
    p.add_argument("b", help="another entity's label or IRI")
    p.add_argument("--store", required=True)
    p.set_defaults(func=cmd_path)

    p = sub.add_parser("lexicon", parents=[common], help="rebuild the shipped lexicon from vocabulary files")
    p.add_argument("action", choices=["build"])
    p.add_argument("--from", dest="source", type=Path, required=True, help="folder of vocabulary files")
    p.add_argument("--corpus", type=Path, action="append", default=[],
                   help="a PubTator training corpus whose annotated names join the lexicon (repeatable)")
    p.set_defaults(func=cmd_lexicon)
    return parser


def open_store(path, read_only=False):
    from kg.store import KGStore

    return KGStore(path, read_only=read_only)


def cmd_build(args) -> int:
    from kg.output import check_writable

    if args.workers < 1:
        raise KGError(f"--workers {args.workers}: give 1 or more")
    if not args.time_limit >= 0 or args.time_limit == float("inf"):
        raise KGError(f"--time-limit {args.time_limit:g}: give a number of seconds (0 for no limit)")
    if args.report:
        check_writable(args.report)  # before the work, not after it
    store = open_store(args.store)
    report = build_reporting_once(args.inputs, store, progress=not (args.no_progress or args.quiet) and sys.stderr.isatty(),
                   fmt=args.format, workers=args.workers, force=args.force,
                   scheduler=args.scheduler, partitions=args.partitions, load=not args.no_load,
                   time_limit=args.time_limit)
    if args.prune:
        from kg.pipeline import prune

        for source in prune(store):
            log.info("pruned %s (its file is gone)", source)
    ok = len(report.documents) - len(report.failed)
    written = sum(d.quads for d in report.documents)
    log.info("built %d of %d documents into %s (%d quads written)", ok, len(report.documents), args.store or "memory", written)
    if args.report:
        from kg.output import write_text

        write_text(args.report, report.to_json() + "\n")
    if not report.documents and not args.prune:
        raise KGError(f"{', '.join(args.inputs)}: found no document to build; kg reads .txt, .md, .html, PubMed .xml "
                      "and ClinicalTrials.gov .json/.jsonl files (optionally gzipped), or any file with --format")
    return 1 if report.failed and (args.strict or ok == 0) else 0


def cmd_remove(args) -> int:
    from kg.errors import StoreError
    from kg.pipeline import remove_documents

    if not Path(args.store).exists():
        raise StoreError(f"{args.store}: no store here; give the --store you built")
    removed = remove_documents(open_store(args.store), args.sources)
    missing = sorted(set(args.sources) - set(removed))
    if missing:
        raise KGError(f"{', '.join(missing)}: no such document in {args.store}; list them with "
                      f"`kg query facts-documents --store {args.store}`")
    log.info("removed %d document(s)", len(removed))
    return 0


def cmd_export(args) -> int:
    from kg.export import export
    from kg.output import check_writable

    check_writable(args.output)
    n = export(open_store(args.store, read_only=True), args.output, args.format)
    log.info("wrote %d statements to %s (%s)", n, args.output, args.format)
    return 0


def parse_params(pairs: list[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise KGError(f"--param {pair!r}: expected KEY=VALUE, for example --param trial=NCT02623699")
        params[key] = value
    return params


def cmd_query(args) -> int:
    from kg.queries import load_query, query_names, render, run

    if args.list or not args.query:
        for name in query_names():
            q = load_query(name)
            params = ", ".join(p.name for p in q.parameters) or "-"
            print(f"{name:22} {q.purpose}  [parameters: {params}]")
        return 0
    if args.store and args.endpoint:
        raise KGError("kg query: give either --store or --endpoint, not both")
    if args.endpoint:
        from kg.endpoint import Endpoint

        rows = Endpoint(args.endpoint, args.timeout).select(args.query, parse_params(args.param),
                                                            allow_service=args.allow_service)
    elif args.store:
        rows = run(open_store(args.store, read_only=True), args.query, parse_params(args.param),
                   allow_service=args.allow_service)
    else:
        raise KGError("kg query: no --store given; build one with `kg build FILES --store PATH`, "
                      "or give --endpoint URL of a SPARQL endpoint")
    print(render(rows, args.format))
    return 0


def cmd_serve(args) -> int:
    from kg.server.command import serve

    return serve(args)


def cmd_facts(args) -> int:
    from kg.facts import write_facts
    from kg.output import prepare_folder

    if args.store and args.inputs:
        raise KGError("kg facts: give either --store or FILEs, not both")
    if args.store or args.inputs:
        prepare_folder(args.out)     # before the work, not after it
    if args.store:
        written = write_facts(open_store(args.store, read_only=True), args.out)
    elif args.inputs:
        written = facts_from_files(args.inputs, args.out)
    else:
        raise KGError("kg facts: give FILEs to read or --store PATH")
    log.info("wrote %d facts file(s) to %s", len(written), args.out)
    return 0 if written or args.store else 1


def facts_from_files(inputs: list[str], out: Path) -> list[Path]:
    """Build the inputs into an in-memory store, then write one JSON per document (named after its file or record);
    none written (exit 1) when no input could be read.

    (An on-disk temporary store raced its own background threads when the folder was removed.)
    """
    from kg.facts import write_facts
    from kg.rdf import mint

    store = open_store(None)
    report = build_reporting_once(inputs, store)
    names: dict[str, list[str]] = {}
    for doc in report.documents:
        if doc.status == "ok":
            names.setdefault(mint.document_iri(doc.document_id), []).append(doc.name)
    return write_facts(store, out, names)


def cmd_validate(args) -> int:
    from kg.validate import validate_file, validate_store

    if bool(args.file) == bool(args.store):
        raise KGError("kg validate: give either an RDF FILE or --store PATH")
    if args.workers < 1 or args.show < 0:
        raise KGError(f"--workers {args.workers} --show {args.show}: give 1 or more workers and 0 or more results")
    if args.file:
        if not args.file.exists():
            raise KGError(f"{args.file}: no such file")
        if args.file.is_dir():
            raise KGError(f"{args.file}: is a folder; give an RDF file (.ttl .trig .nq .nt .jsonld)")
        report = validate_file(args.file, args.workers, args.show)
    else:
        report = validate_store(open_store(args.store, read_only=True), args.workers, args.show)
    target = args.file or args.store
    if report.conforms:
        print(f"{target}: conforms to ontology/shapes.ttl ({report.triples} statements, validated in {report.units} parts)")
        return 0
    print(report.text)
    print(f"kg: error: {target}: does not conform to ontology/shapes.ttl (see the report above)", file=sys.stderr)
    return 1


def cmd_stats(args) -> int:
    from kg.export import union_triples
    from kg.queries import render, run

    store = open_store(args.store, read_only=True)
    print(f"documents: {len(store.graphs())}")
    print(f"quads:     {len(store)}")
    print(f"triples:   {sum(1 for _ in union_triples(store))}")
    print(render(run(store, "stats-classes"), "table"))
    return 0


def cmd_mentions(args) -> int:
    from kg.mentions import render_mentions
    from kg.output import STDOUT, check_writable, write_text

    output = args.output or STDOUT
    check_writable(output)
    errors: list[str] = []
    write_text(output, render_mentions(args.inputs, args.format, errors))
    for error in errors:
        log.error("%s", error)
    return 1 if errors else 0


def cmd_view(args) -> int:
    from kg.views import build_view
    from kg.views.around import around
    from kg.output import check_writable
    from kg.views.output import write_view

    if args.depth < 0:
        raise KGError(f"--depth {args.depth}: give 0 or more hops")
    check_writable(args.output)
    store = open_store(args.store, read_only=True)
    graph = around(store, args.name, args.around, args.depth) if args.around else build_view(store, args.name)
    if args.format == "html":
        from kg.views.html import write_html

        write_html(graph, store, args.output)
    else:
        write_view(graph, args.output, args.format)
    log.info("wrote the %s view (%d nodes, %d edges) to %s", args.name, graph.number_of_nodes(), graph.number_of_edges(),
             args.output)
    return 0


def cmd_analyze(args) -> int:
    from kg.views import build_view
    from kg.views.analysis import centralities, components, connected_therapies

    if args.top < 1:
        raise KGError(f"--top {args.top}: give 1 or more")
    graph = build_view(open_store(args.store, read_only=True), args.name)
    label = lambda n: graph.nodes[n].get("label", n)
    print(f"{args.name} view: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
    sizes = components(graph)
    print(f"connected components: {len(sizes)} (largest: {', '.join(map(str, sizes[:5]))})")
    for measure, ranked in centralities(graph, args.top).items():
        print(f"\n{measure} centrality (top {args.top}):")
        for node, score in ranked:
            print(f"  {score:.3f}  {label(node)}  [{graph.nodes[node].get('type', '')}]")
    print("\nmost connected therapies:")
    for node, degree in connected_therapies(graph, args.top):
        print(f"  {degree:3d}  {label(node)}")
    return 0


def cmd_path(args) -> int:
    from kg.queries import run
    from kg.views import build_view
    from kg.views.analysis import shortest_path

    store = open_store(args.store, read_only=True)
    graph = build_view(store, "full")
    label = lambda n: graph.nodes[n].get("label", n)
    hops = shortest_path(graph, args.a, args.b)
    if not hops:
        print(f"{args.a!r} and {args.b!r} name the same entity")
    for source, predicate, target, forward in hops:
        arrow = f"-[{predicate}]->" if forward else f"<-[{predicate}]-"
        first, second = (source, target) if forward else (target, source)
        print(f"{label(first)} {arrow} {label(second)}")
        rows = run(store, "evidence", {"subject": source, "predicate": f"kg:{predicate}"})
        for row in [r for r in rows if r["object"].value == target][:2]:
            print(f"    evidence: \"{row['sentence'].value}\" ({row['document'].value}, {row['extractor'].value})")
    return 0


def cmd_lexicon(args) -> int:
    from kg.lexicon.build import build_lexicon, build_registries

    if not args.source.is_dir():
        raise KGError(f"{args.source}: not a folder of vocabulary files; see README (Lexicon)")
    for corpus in args.corpus:
        if not corpus.is_file():
            raise KGError(f"{corpus}: no such PubTator file")
    n = build_lexicon(args.source, corpora=args.corpus)
    build_registries()
    log.info("wrote %d lexicon rows and the registry patterns to kg/data/", n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
