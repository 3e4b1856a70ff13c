"""The Dask engine (``--engine dask``): the coder on a Dask cluster.

The cluster is the given scheduler's (``--scheduler tcp://host:8786``), or a
local one of ``workers`` one-thread processes, so the same command works on a
laptop and on a cluster.  Articles are read on the driver and sent to the
workers in partitions (:func:`~newsevents.partitions.balanced_partitions`);
results come back partition by partition as they complete, and with
``parts_dir`` each partition is also written by its worker as one Parquet file.

A partition whose workers kept dying (Dask's ``KilledWorker``, after its own
retries) is coded again one article at a time, so that the article that kills
a worker is the only one lost, with one line naming it, and every other
partition's results are kept.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsevents.parallel import (
    Coded,
    Engine,
    EngineError,
    PartitionTask,
    code_partition,
    with_articles,
    worker_died,
)
from newsevents.partitions import TARGET_CHARS, balanced_partitions
from newsevents.pipeline import CoderConfig
from newsevents.records import Article, CodingResult

CONNECT_SECONDS = 5  # how long to wait for a Dask scheduler to answer
# What the local cluster's processes do besides coding: by default each samples
# its stack every 10 ms, wakes its event loop every 20 ms and its system monitor
# every 500 ms, which took 9.5% of a core on an idle two-worker cluster here, out
# of the cores the workers code on; 2.3% with these.
LOCAL_CLUSTER_SETTINGS = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
}


def _code_partition_on_worker(
    config: CoderConfig, articles: list[Article], part: str | None, task: PartitionTask
) -> list[Coded]:
    coded = task(config, articles)
    if part is not None:
        from newsevents.export.parquet import write_parquet

        write_parquet((event for events, _ in coded for event in events), Path(part))
    return coded


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
    by the worker that coded it (``part-NNNNN-MMM.parquet`` for the articles of a
    partition coded again one by one).  ``task`` is what a worker runs on a
    partition (tests replace it)."""

    def __init__(
        self,
        config: CoderConfig,
        *,
        scheduler: str | None = None,
        workers: int = 2,
        partition_chars: int = TARGET_CHARS,
        parts_dir: Path | None = None,
        task: PartitionTask = code_partition,
    ):
        import dask
        from dask.distributed import Client, LocalCluster

        self.config = config
        self.workers = workers
        self.partition_chars = partition_chars
        self.parts_dir = parts_dir
        self.task = task
        self._cluster = None
        if scheduler is None:
            with dask.config.set(LOCAL_CLUSTER_SETTINGS):  # the workers are given them as they start
                self._cluster = LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
                )
            self._client = Client(self._cluster)
        else:
            self._client = _connect(Client, scheduler)
        if parts_dir is not None:  # only once there is a cluster to write into it
            parts_dir.mkdir(parents=True, exist_ok=True)
        self._part_numbers = itertools.count()  # unique part files across calls

    def worker_pids(self) -> list[int]:
        """The process id of each worker (on its own machine)."""
        return list(self._client.run(os.getpid).values())

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodingResult]:
        """Code on the cluster; each partition's results come back when it completes."""
        from dask.distributed import as_completed

        partitions = balanced_partitions(articles, self.workers, self.partition_chars)
        in_flight = as_completed()
        batches: dict[Any, tuple[list[Article], str | None]] = {}  # future -> its articles and part
        # a bounded number of partitions in flight keeps the driver's memory flat
        for batch in itertools.islice(partitions, max(4, self.workers * 3)):
            in_flight.add(self._submit(batch, self._part(), batches))
        for future in in_flight:
            yield from self._results(future, *batches.pop(future))
            next_batch = next(partitions, None)
            if next_batch is not None:
                in_flight.add(self._submit(next_batch, self._part(), batches))

    def _part(self, suffix: str = "") -> str | None:
        if self.parts_dir is None:
            return None
        return str(self.parts_dir / f"part-{next(self._part_numbers):05d}{suffix}.parquet")

    def _submit(self, batch: list[Article], part: str | None, batches: dict | None = None) -> Any:
        """The future of a partition's coding, kept in ``batches`` with its articles and part."""
        future = self._client.submit(_code_partition_on_worker, self.config, batch, part, self.task, pure=False)
        if batches is not None:
            batches[future] = (batch, part)
        return future

    def _results(self, future: Any, batch: list[Article], part: str | None) -> list[CodingResult]:
        """The partition's results; when its workers kept dying, its articles coded
        again one at a time, and an article that kills a worker alone twice reported."""
        from distributed import KilledWorker

        try:
            return with_articles(batch, future.result())
        except KilledWorker:
            pass
        if part is not None:  # a worker may have written it before it died
            Path(part).unlink(missing_ok=True)
        stem = part[: -len(".parquet")] if part is not None else None
        results = []
        # One at a time, and twice before blaming: a singleton that shares a worker with
        # the killer (still in flight elsewhere) dies with it through no fault of its own.
        for n, article in enumerate(batch):
            single_part = f"{stem}-{n:03d}.parquet" if stem else None
            for attempt in (1, 2):
                try:
                    results.extend(with_articles([article], self._submit([article], single_part).result()))
                    break
                except KilledWorker:
                    if single_part is not None:
                        Path(single_part).unlink(missing_ok=True)
                    if attempt == 2:
                        message = "every Dask worker that coded it died, also when coded alone"
                        results.append(worker_died(article, message))
        return results
