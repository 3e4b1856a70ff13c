"""The engines that run the coder: in this process, on worker processes, on Dask.

Every engine has the one interface :class:`Engine`: ``code_many(articles)``
yields one :class:`~newsevents.records.CodingResult` per article (its events,
or the problem that stopped it), and the engine is a context manager that frees
what it started.  :func:`open_engine` picks one:

* ``local``: a :class:`~newsevents.pipeline.Coder` in this process, or with
  ``workers > 1`` worker processes on this machine (``--workers N``); results
  come back in input order.
* ``dask``: a Dask cluster (``--engine dask``), local when no scheduler address
  is given, so the same command works on a laptop and on a cluster.  Results
  come back partition by partition as they complete; with ``parts_dir`` each
  partition is also written on its worker as one Parquet file.

Parsing dominates the cost (about a thousand times the reading), so articles are
read on the driver and shipped to the workers in partitions.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import resource
import time
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsevents.pipeline import Coder, CoderConfig
from newsevents.records import Article, CodingResult

ENGINES = ("local", "dask")


class Engine(ABC):
    """Codes articles; one result per article, whichever engine runs it."""

    @abstractmethod
    def code_many(self, articles: Iterable[Article]) -> Iterator[CodingResult]:
        """Code the articles, yielding one result for each."""

    @abstractmethod
    def close(self) -> None:
        """Free the processes or cluster the engine started."""

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_engine(
    config: CoderConfig,
    *,
    engine: str = "local",
    workers: int = 1,
    scheduler: str | None = None,
    parts_dir: Path | None = None,
) -> Engine:
    """The engine asked for: ``local`` (with ``workers`` processes) or ``dask``
    (``workers`` local Dask workers unless a ``scheduler`` address is given;
    each partition's records also written to ``parts_dir`` when given)."""
    if engine == "dask":
        return DaskEngine(config, scheduler=scheduler, workers=workers, parts_dir=parts_dir)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r} (one of {', '.join(ENGINES)})")
    if workers > 1:
        return ProcessEngine(config, workers)
    return LocalEngine(config)


class LocalEngine(Engine):
    """The coder in this process."""

    def __init__(self, config: CoderConfig | None = None):
        self.coder = Coder(config)

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodingResult]:
        return self.coder.code_many(articles)

    def close(self) -> None:
        pass  # nothing was started


@lru_cache(maxsize=1)
def _process_coder(config: CoderConfig) -> Coder:
    """One coder per worker process, built once and reused for every partition."""
    return Coder(config)


def _code_partition(config: CoderConfig, articles: list[Article]) -> list[CodingResult]:
    return list(_process_coder(config).code_many(articles))


def _partitions(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


class ProcessEngine(Engine):
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

    def close(self) -> None:
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

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodingResult]:
        """Code articles on the workers; results come back in input order."""
        # a bounded window of partitions in flight keeps memory flat on a large corpus
        window = self.workers * 4
        partitions = _partitions(articles, self.partition_size)
        pending: list[Future[list[CodingResult]]] = [
            self._pool.submit(_code_partition, self.config, batch) for batch in itertools.islice(partitions, window)
        ]
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


def _code_partition_on_worker(config: CoderConfig, articles: list[Article], part: str | None) -> list[CodingResult]:
    results = _code_partition(config, articles)
    if part is not None:
        from newsevents.export.parquet import write_parquet

        write_parquet((event for result in results for event in result.events), Path(part))
    return results


class DaskEngine(Engine):
    """A Dask cluster: the given scheduler's, or a local one of ``workers`` processes.

    With ``parts_dir``, partition N is also written there as ``part-NNNNN.parquet``
    by the worker that coded it."""

    def __init__(
        self,
        config: CoderConfig,
        *,
        scheduler: str | None = None,
        workers: int = 2,
        partition_size: int = 32,
        parts_dir: Path | None = None,
    ):
        from dask.distributed import Client, LocalCluster

        self.config = config
        self.workers = workers
        self.partition_size = partition_size
        self.parts_dir = parts_dir
        if parts_dir is not None:
            parts_dir.mkdir(parents=True, exist_ok=True)
        self._cluster = None
        if scheduler is None:
            self._cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            self._client = Client(self._cluster)
        else:
            self._client = Client(scheduler)
        self._part_numbers = itertools.count()  # unique part files across calls

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodingResult]:
        """Code on the cluster; each partition's results come back when it completes."""
        from dask.distributed import as_completed

        partitions = _partitions(articles, self.partition_size)
        in_flight = as_completed()
        # a bounded number of partitions in flight keeps the driver's memory flat
        for batch in itertools.islice(partitions, max(4, self.workers * 3)):
            in_flight.add(self._submit(batch))
        for future in in_flight:
            yield from future.result()
            next_batch = next(partitions, None)
            if next_batch is not None:
                in_flight.add(self._submit(next_batch))

    def _submit(self, batch: list[Article]) -> Any:
        number = next(self._part_numbers)
        part = str(self.parts_dir / f"part-{number:05d}.parquet") if self.parts_dir is not None else None
        return self._client.submit(_code_partition_on_worker, self.config, batch, part, pure=False)
