"""Files shipped inside the kg package, found through :mod:`importlib.resources`.

The SPARQL queries and the ontology live in ``kg/data/queries`` and
``kg/data/ontology``, so that a wheel ships them with the code; the
repository's top-level ``queries/`` and ``ontology/`` are symlinks to those
folders. Code finds them here, never by a path relative to the checkout.

>>> sorted(p.name for p in ONTOLOGY.parent.glob("*.ttl"))
['kg.ttl', 'shapes.ttl']
>>> (QUERIES / "therapies-trials.rq").is_file()
True
"""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from importlib.resources import as_file, files
from pathlib import Path

_EXTRACTED = ExitStack()          # resources copied out of a zip import, removed at exit
atexit.register(_EXTRACTED.close)


def data_path(*parts: str) -> Path:
    """The file system path of ``kg/data/<parts>`` in the installed package.

    A package imported from a zip file has its resource copied to a temporary
    file for the life of the process (folders need Python 3.12 there).

    >>> data_path("ontology", "shapes.ttl").name
    'shapes.ttl'
    """
    resource = files("kg").joinpath("data")
    for part in parts:
        resource = resource.joinpath(part)
    if isinstance(resource, Path):
        return resource
    return _EXTRACTED.enter_context(as_file(resource))


QUERIES = data_path("queries")
ONTOLOGY = data_path("ontology", "kg.ttl")
SHAPES = data_path("ontology", "shapes.ttl")
