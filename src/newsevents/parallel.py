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
  partition is also written on its worker as one Parquet file
  (:mod:`newsevents.dask_engine`).

Parsing dominates the cost (about a thousand times the reading), so articles are
read on the driver and shipped to the workers in partitions (:mod:`newsevents.partitions`).
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

from newsevents.partitions import TARGET_CHARS, balanced_partitions
from newsevents.pipeline import Coder, CoderConfig
from newsevents.records import Article, CodingResult, EventRecord, InputProblem
from newsevents.worker_lifetime import die_with_parent

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
        from newsevents.dask_engine import DaskEngine  # Dask only when asked for

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


# What a worker sends back for each article of a partition: its events and its
# problem.  Not the article: the driver has it, and its text is two fifths of the bytes.
Coded = tuple[list[EventRecord], InputProblem | None]


def code_partition(config: CoderConfig, articles: list[Article]) -> list[Coded]:
    return [(result.events, result.problem) for result in _process_coder(config).code_many(articles)]


def with_articles(batch: list[Article], coded: list[Coded]) -> list[CodingResult]:
    return [CodingResult(article, events, problem) for article, (events, problem) in zip(batch, coded, strict=True)]


PartitionTask = Callable[[CoderConfig, list[Article]], list[Coded]]
# A partition, the pool it was given to, and its results to come.
Submitted = tuple[list[Article], ProcessPoolExecutor, "Future[list[Coded]]"]


def worker_died(article: Article, how: str = "the worker process coding it died twice") -> CodingResult:
    """The result of an article whose worker died again when it was coded alone."""
    message = f"not coded: {how} (killed, or out of memory)"
    return CodingResult(article, [], InputProblem(article.origin or article.id, message))


class ProcessEngine(Engine):
    """A pool of worker processes, each holding its own coder (``--workers N``).

    The coder is built as each worker starts, so ``start()`` returns once every
    worker is ready and timings after it measure coding alone.  Workers end
    with this process, however it ends.  When a worker dies the pool is
    replaced; the articles that were in flight are coded again one at a time,
    and one whose worker dies again is returned as failed (``worker_died``).
    Partitions hold about ``partition_chars`` characters and shrink towards the
    end of the input (:func:`~newsevents.partitions.balanced_partitions`).
    ``task`` is what a worker runs on a partition (tests replace it)."""

    def __init__(
        self,
        config: CoderConfig,
        workers: int,
        partition_chars: int = TARGET_CHARS,
        task: PartitionTask = code_partition,
    ):
        self.config = config
        self.workers = workers
        self.partition_chars = partition_chars
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
        partitions = balanced_partitions(articles, self.workers, self.partition_chars)
        pending = deque(self._submit(batch) for batch in itertools.islice(partitions, window))
        while pending:
            submitted = pending.popleft()
            results = self._results(submitted)
            if results is None:  # a worker died: all in flight with it are suspects
                yield from self._retry([submitted, *pending])
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
        for submitted in in_flight:
            results = self._results(submitted)
            if results is not None:
                yield from results
                continue
            for article in submitted[0]:
                results = self._results(self._submit([article]))
                yield from results if results is not None else [worker_died(article)]

    def _submit(self, batch: list[Article]) -> Submitted:
        pool = self._pool
        try:
            return batch, pool, pool.submit(self.task, self.config, batch)
        except BrokenProcessPool:  # a worker died since the last result was read
            self._replace_pool(pool)
            return self._submit(batch)

    def _results(self, submitted: Submitted) -> list[CodingResult] | None:
        """The partition's results; None when a worker of its pool died first."""
        batch, pool, future = submitted
        try:
            return with_articles(batch, future.result())
        except BrokenProcessPool:
            self._replace_pool(pool)
            return None


def _worker_memory(_: int) -> tuple[int, float]:
    """This worker's process id and peak resident memory in MB."""
    time.sleep(0.05)  # long enough that one worker cannot answer for all
    return os.getpid(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class EngineError(Exception):
    """The engine cannot start (a bad or unreachable scheduler): one line for the user."""
