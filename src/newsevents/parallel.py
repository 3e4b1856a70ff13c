"""Running the coder on more than one core, and on a cluster.

Two engines, both over the same :class:`~newsevents.pipeline.Coder`:

* ``code_in_processes``: worker processes on this machine (``--workers N``),
  results streamed back in input order.
* ``code_with_dask``: a Dask cluster (``--engine dask``), local when no scheduler
  address is given, so the same command works on a laptop and on a cluster.  Each
  partition of articles is coded on a worker and written there as one Parquet
  file; only counts (and, when asked, the events) travel back.

Parsing dominates the cost (about a thousand times the reading), so articles are
read on the driver and shipped to the workers in partitions.
"""
from __future__ import annotations

import itertools
import multiprocessing
import os
import resource
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsevents.pipeline import Coder, CoderConfig
from newsevents.records import Article, CodingResult


@lru_cache(maxsize=1)
def _process_coder(config: CoderConfig) -> Coder:
    """One coder per worker process, built once and reused for every partition."""
    return Coder(config)


def _code_partition(config: CoderConfig, articles: list[Article]) -> list[CodingResult]:
    return list(_process_coder(config).code(articles))


def _partitions(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


class ProcessCoder:
    """A pool of worker processes, each holding its own coder (``--workers N``).

    The coder is built as each worker starts, so ``start()`` returns once every
    worker is ready and timings after it measure coding alone."""

    def __init__(self, config: CoderConfig, workers: int, partition_size: int = 8):
        self.config = config
        self.workers = workers
        self.partition_size = partition_size
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("forkserver"),
            initializer=_process_coder,
            initargs=(config,),
        )

    def __enter__(self) -> ProcessCoder:
        return self

    def __exit__(self, *exc) -> None:
        self._pool.shutdown(cancel_futures=True)

    def start(self) -> None:
        self.peak_memory_mb()

    def peak_memory_mb(self) -> dict[int, float]:
        """Peak memory of each worker (asks until every worker has answered)."""
        seen: dict[int, float] = {}
        for _ in range(50):
            for pid, megabytes in self._pool.map(_worker_memory, range(self.workers)):
                seen[pid] = megabytes
            if len(seen) >= self.workers:
                break
        return seen

    def code(self, articles: Iterable[Article]) -> Iterator[CodingResult]:
        """Code articles on the workers; results come back in input order."""
        # a bounded window of partitions in flight keeps memory flat on a large corpus
        window = self.workers * 4
        partitions = _partitions(articles, self.partition_size)
        pending = [self._pool.submit(_code_partition, self.config, batch) for batch in itertools.islice(partitions, window)]
        while pending:
            done = pending.pop(0)
            next_batch = next(partitions, None)
            if next_batch is not None:
                pending.append(self._pool.submit(_code_partition, self.config, next_batch))
            yield from done.result()


def _worker_memory(_: int) -> tuple[int, float]:
    """This worker's process id and peak resident memory in MB."""
    time.sleep(0.05)  # long enough that one worker cannot answer for all
    return os.getpid(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def code_in_processes(
    articles: Iterable[Article], config: CoderConfig, workers: int, partition_size: int = 8
) -> Iterator[CodingResult]:
    """Code articles in ``workers`` processes; results come back in input order."""
    with ProcessCoder(config, workers, partition_size) as pool:
        yield from pool.code(articles)


@dataclass(frozen=True)
class PartitionSummary:
    part: str
    articles: int
    events: int
    problems: list[str]


def _code_partition_to_parquet(config: CoderConfig, articles: list[Article], path: str, keep_events: bool):
    from newsevents.export.parquet import write_parquet

    results = _code_partition(config, articles)
    records = [event.to_dict() for result in results for event in result.events]
    write_parquet(records, Path(path))
    problems = [str(result.problem) for result in results if result.problem is not None]
    summary = PartitionSummary(path, len(articles), len(records), problems)
    return summary, (results if keep_events else None)


def code_with_dask(
    articles: Iterable[Article],
    config: CoderConfig,
    out_dir: Path,
    scheduler: str | None = None,
    workers: int = 2,
    partition_size: int = 32,
    keep_events: bool = False,
) -> Iterator[tuple[PartitionSummary, list[CodingResult] | None]]:
    """Code on a Dask cluster, writing ``out_dir/part-NNNNN.parquet`` per partition.

    Yields each partition's summary (and its results when ``keep_events``, for
    the store) as it completes."""
    from dask.distributed import Client, LocalCluster, as_completed

    out_dir.mkdir(parents=True, exist_ok=True)
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        partitions = enumerate(_partitions(articles, partition_size))
        in_flight = as_completed()
        # a bounded number of partitions in flight keeps the driver's memory flat
        for index, batch in itertools.islice(partitions, max(4, workers * 3)):
            in_flight.add(_submit(client, config, batch, out_dir, index, keep_events))
        for future in in_flight:
            yield future.result()
            nxt = next(partitions, None)
            if nxt is not None:
                in_flight.add(_submit(client, config, nxt[1], out_dir, nxt[0], keep_events))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _submit(client, config, batch, out_dir: Path, index: int, keep_events: bool):
    path = str(out_dir / f"part-{index:05d}.parquet")
    return client.submit(_code_partition_to_parquet, config, batch, path, keep_events, pure=False)
