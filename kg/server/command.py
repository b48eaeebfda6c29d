"""The ``kg serve`` command line (placeholder while the server lands)."""

from __future__ import annotations

from kg.errors import KGError


def add_arguments(parser) -> None:
    parser.add_argument("--store", help="store folder written by kg build")


def serve(args) -> int:
    raise KGError("kg serve: not built yet")
