"""How well partitions balance two workers, from CPU time (so on a busy machine too).

    python benchmarks/partition_balance.py --corpus ../shared/data/corpus/guardian_249.jsonl

Wall time of parallel work is only meaningful on a quiet machine; CPU time of one
process is not moved much by the load.  So this codes the corpus in one process,
partition by partition as the engines cut it, and takes each partition's CPU
seconds; then it plays the engines' dispatch (each worker takes the next partition
when it is free) to get the time the last worker ends, the makespan, for one and for
N workers, in calls of ``--chunk`` articles as ``cluster_scaling.py`` makes them.
Compared: 8 articles a partition (the engines before), 32 (the Dask engine before)
and the partitions of ``newsevents.partitions.balanced_partitions``.  What it leaves
out: any cost of two workers running at once (shared cache, memory, other jobs),
which ``cluster_scaling.py`` measures on a quiet machine.
"""

from __future__ import annotations

import heapq
import json
import time
from argparse import ArgumentParser, RawDescriptionHelpFormatter
from collections.abc import Callable
from pathlib import Path

from newsevents.ingest import read_articles
from newsevents.partitions import balanced_partitions
from newsevents.pipeline import Coder
from newsevents.records import Article, InputProblem

Cutter = Callable[[list[Article], int], list[list[Article]]]


def fixed(size: int) -> Cutter:
    return lambda articles, workers: [articles[i : i + size] for i in range(0, len(articles), size)]


def balanced(articles: list[Article], workers: int) -> list[list[Article]]:
    return list(balanced_partitions(articles, workers))


def makespan(costs: list[float], workers: int) -> float:
    """When the last worker ends, each taking the next partition as it is free."""
    free_at = [0.0] * workers
    for cost in costs:
        heapq.heappush(free_at, heapq.heappop(free_at) + cost)
    return max(free_at)


def partition_seconds(coder: Coder, partitions: list[list[Article]]) -> list[float]:
    """The CPU seconds of coding each partition."""
    seconds = []
    for partition in partitions:
        start = time.process_time()
        for _ in coder.code_many(partition):
            pass
        seconds.append(time.process_time() - start)
    return seconds


def main() -> None:
    parser = ArgumentParser(description=__doc__, formatter_class=RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True, help="JSON Lines articles")
    parser.add_argument("--articles", type=int, help="only the first N articles")
    parser.add_argument("--chunk", type=int, default=128, help="articles per engine call (as cluster_scaling.py)")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    articles = [a for a in read_articles([str(args.corpus)]) if not isinstance(a, InputProblem)][: args.articles]
    calls = [articles[i : i + args.chunk] for i in range(0, len(articles), args.chunk)]
    coder = Coder()
    list(coder.code_many(articles[:4]))  # first calls pay one-time costs
    cutters: dict[str, Cutter] = {"8 articles": fixed(8), "32 articles": fixed(32), "balanced": balanced}
    figures = {}
    for name, cut in cutters.items():
        one = many = cpu = 0.0
        partitions = 0
        for call in calls:
            # one worker's partitions for the one-worker figure, N workers' for the other
            alone, shared = cut(call, 1), cut(call, args.workers)
            costs_alone = partition_seconds(coder, alone)
            costs = costs_alone if shared == alone else partition_seconds(coder, shared)
            one += makespan(costs_alone, 1)
            many += makespan(costs, args.workers)
            cpu += sum(costs)
            partitions += len(costs)
        figures[name] = {
            "partitions": partitions,
            "cpu_s": round(cpu, 1),
            "makespan_1_worker_s": round(one, 1),
            f"makespan_{args.workers}_workers_s": round(many, 1),
            "speedup": round(one / many, 3),
        }
        print(name, json.dumps(figures[name]), flush=True)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
