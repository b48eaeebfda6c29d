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

from typing import Iterator

from kg.batch import DocumentOutput, process_partition
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


def process_on_cluster(pairs: list[tuple[Source, str]], scheduler, writer, partitions: str | None = None,
                       partition_size: int = PARTITION_SIZE) -> Iterator[DocumentOutput]:
    """Process ``pairs`` on the cluster and write each partition as it arrives; yields outputs in input order."""
    if not pairs:
        return iter(())
    return run_partitions(pairs, scheduler, writer, partitions, partition_size)


def run_partitions(pairs, scheduler, writer, partitions, partition_size) -> Iterator[DocumentOutput]:
    client, owned = connect(scheduler)
    chunks = [pairs[i:i + partition_size] for i in range(0, len(pairs), partition_size)]
    try:
        futures = [client.submit(process_partition, chunk, partitions, n, pure=False) for n, chunk in enumerate(chunks)]
        for n, future in enumerate(futures):
            try:
                part = future.result()
            except Exception as err:  # a worker died or could not write its partition file
                raise KGError(f"partition {n} ({chunks[n][0][0].document.source} ...) failed on the cluster: "
                              f"{type(err).__name__}: {err}") from None
            writer.write_partition(part)
            yield from part.outputs
    finally:
        if owned:
            client.close()
