"""Extraction on a Dask cluster: partitions of sources go to the workers, N-Quads come back.

Each task processes a partition of (source, digest) pairs with
:func:`kg.batch.process_partition`; with a partitions folder that every worker
and this process can reach (a shared file system), the workers write
``part-N.nq`` files there and the writer bulk-loads them by path; without one,
the N-Quads travel back in the task results. Workers need kg installed (the
same version: the build digest names it).

>>> list(process_on_cluster([], None, None))   # nothing to do needs no cluster
[]
"""

from __future__ import annotations

from collections import deque
from itertools import chain
from typing import Iterable, Iterator

from kg.batch import DocumentOutput, batched, check_portable, process_partition
from kg.timelimit import TIME_LIMIT
from kg.errors import KGError
from kg.readers import Source

PARTITION_SIZE = 64
CONNECT_TIMEOUT = "10s"


def connect(scheduler):
    """A ``distributed.Client`` for an address such as ``tcp://HOST:8786`` (a Client is used as it is)."""
    try:
        from distributed import Client
    except ImportError:
        raise KGError("Dask is not installed; install it with `pip install 'kg-trials[distributed]'`") from None
    if isinstance(scheduler, Client):
        return scheduler, False
    try:
        return Client(scheduler, timeout=CONNECT_TIMEOUT), True
    except (OSError, TimeoutError, ValueError) as err:
        raise KGError(f"cannot reach the Dask scheduler at {scheduler!r} ({err}); start one with "
                      "`dask scheduler` and give its address as tcp://HOST:PORT") from None


def process_on_cluster(pairs: Iterable[tuple[Source, str]], scheduler, writer, partitions: str | None = None,
                       partition_size: int = PARTITION_SIZE,
                       extractors: dict | None = None, seconds: float | None = TIME_LIMIT) -> Iterator[DocumentOutput]:
    """Process ``pairs`` on the cluster and write each partition as it arrives; yields outputs in input order."""
    import cloudpickle              # how Dask sends a task's arguments (a dependency of dask)

    check_portable(extractors, cloudpickle.dumps)
    chunks = batched(pairs, partition_size)
    first = next(chunks, None)
    if first is None:
        return iter(())
    return run_partitions(chain([first], chunks), scheduler, writer, partitions, extractors, seconds)


def run_partitions(chunks: Iterator[list], scheduler, writer, partitions,
                   extractors: dict | None = None, seconds: float | None = TIME_LIMIT) -> Iterator[DocumentOutput]:
    """Submit partitions as the cluster frees up (two per worker thread in flight), write them in order."""
    client, owned = connect(scheduler)
    try:
        ahead = max(2, 2 * sum(client.nthreads().values()))
        window = deque()
        for n, chunk in enumerate(chunks):
            window.append((chunk, client.submit(process_partition, chunk, partitions, n, extractors, seconds, pure=False)))
            if len(window) >= ahead:
                yield from write_next(window, writer)
        while window:
            yield from write_next(window, writer)
    finally:
        if owned:
            client.close()


def write_next(window: deque, writer) -> list[DocumentOutput]:
    """Wait for the oldest partition in flight and write it."""
    chunk, future = window.popleft()
    try:
        part = future.result()
    except Exception as err:  # a worker died or could not write its partition file
        raise KGError(f"partition of {chunk[0][0].document.source} ... failed on the cluster: "
                      f"{type(err).__name__}: {err}") from None
    writer.write_partition(part)
    return part.outputs
