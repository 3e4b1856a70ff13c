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
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsevents.pipeline import Coder, CoderConfig
from newsevents.records import Article, CodingResult, InputProblem
from newsevents.worker_lifetime import die_with_parent

ENGINES = ("local", "dask")
CONNECT_SECONDS = 5  # how long to wait for a Dask scheduler to answer


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


def _start_worker(config: CoderConfig, parent_pid: int) -> None:
    die_with_parent(parent_pid)
    _process_coder(config)


def _code_partition(config: CoderConfig, articles: list[Article]) -> list[CodingResult]:
    return list(_process_coder(config).code_many(articles))


def _partitions(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


PartitionTask = Callable[[CoderConfig, list[Article]], list[CodingResult]]
# A partition, the pool it was given to, and its results to come.
Submitted = tuple[list[Article], ProcessPoolExecutor, "Future[list[CodingResult]]"]


def worker_died(article: Article) -> CodingResult:
    """The result of an article whose worker died twice while coding it."""
    origin = article.origin or article.id
    message = "not coded: the worker process coding it died twice (killed, or out of memory)"
    return CodingResult(article, [], InputProblem(origin, message))


class ProcessEngine(Engine):
    """A pool of worker processes, each holding its own coder (``--workers N``).

    The coder is built as each worker starts, so ``start()`` returns once every
    worker is ready and timings after it measure coding alone.  Workers end
    with this process, however it ends.  When a worker dies the pool is
    replaced; the articles that were in flight are coded again one at a time,
    and one whose worker dies again is returned as failed (``worker_died``).
    ``task`` is what a worker runs on a partition (tests replace it)."""

    def __init__(
        self, config: CoderConfig, workers: int, partition_size: int = 8, task: PartitionTask = _code_partition
    ):
        self.config = config
        self.workers = workers
        self.partition_size = partition_size
        self.task = task
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("forkserver"),
            initializer=_start_worker,
            initargs=(self.config, os.getpid()),
        )

    def _replace_pool(self, broken: ProcessPoolExecutor) -> None:
        if broken is self._pool:  # not replaced yet since that worker died
            broken.shutdown(wait=False, cancel_futures=True)
            self._pool = self._new_pool()

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
        pending = deque(self._submit(batch) for batch in itertools.islice(partitions, window))
        while pending:
            batch, pool, future = pending.popleft()
            results = self._results(pool, future)
            if results is None:  # a worker died: all in flight with it are suspects
                yield from self._retry([(batch, pool, future), *pending])
                pending = deque(self._submit(batch) for batch in itertools.islice(partitions, window))
                continue
            next_batch = next(partitions, None)
            if next_batch is not None:
                pending.append(self._submit(next_batch))
            yield from results

    def _retry(self, in_flight: list[Submitted]) -> Iterator[CodingResult]:
        """The results of partitions that were in flight when a worker died:
        those that finished first, and the others coded one article at a time
        with nothing else running, so that a worker that dies again was
        killed by that article."""
        for batch, pool, future in in_flight:
            results = self._results(pool, future)
            if results is not None:
                yield from results
                continue
            for article in batch:
                _, alone, single = self._submit([article])
                results = self._results(alone, single)
                yield from results if results is not None else [worker_died(article)]

    def _submit(self, batch: list[Article]) -> Submitted:
        pool = self._pool
        try:
            return batch, pool, pool.submit(self.task, self.config, batch)
        except BrokenProcessPool:  # a worker died since the last result was read
            self._replace_pool(pool)
            return self._submit(batch)

    def _results(self, pool: ProcessPoolExecutor, future: Future[list[CodingResult]]) -> list[CodingResult] | None:
        """The partition's results; None when a worker of its pool died first."""
        try:
            return future.result()
        except BrokenProcessPool:
            self._replace_pool(pool)
            return None


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


class EngineError(Exception):
    """The engine cannot start (a bad or unreachable scheduler): one line for the user."""


def _connect(client_type: Any, scheduler: str) -> Any:
    """A client of the scheduler at ``scheduler``, or EngineError within
    ``CONNECT_SECONDS`` when the address is wrong or nobody answers."""
    try:
        return client_type(scheduler, timeout=f"{CONNECT_SECONDS}s")
    except ValueError as error:
        raise EngineError(f"--scheduler {scheduler}: not a scheduler address ({error}; give tcp://host:8786)") from None
    except OSError as error:
        raise EngineError(f"--scheduler {scheduler}: cannot reach the scheduler ({error})") from None


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
        self._cluster = None
        if scheduler is None:
            self._cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            self._client = Client(self._cluster)
        else:
            self._client = _connect(Client, scheduler)
        if parts_dir is not None:  # only once there is a cluster to write into it
            parts_dir.mkdir(parents=True, exist_ok=True)
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
