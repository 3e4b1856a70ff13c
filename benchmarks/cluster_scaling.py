"""How coding scales over processes: one worker, two workers, Dask, a real cluster.

    python benchmarks/cluster_scaling.py --corpus ../shared/data/corpus/guardian_249.jsonl
    python benchmarks/cluster_scaling.py --corpus ... --no-cluster      # without the dask scheduler/worker run
    python benchmarks/cluster_scaling.py --corpus ... --no-dask         # the worker pools alone

Wall time is the only clock for parallel work, and a busy machine moves it, so the
engines are started and warmed first (every worker has loaded its coder) and then
take the same chunks of articles in turn, one chunk each before the next chunk:

- ``ProcessEngine(1)``, ``ProcessEngine(2)``: ``newsevents code --workers 1|2``;
- ``DaskEngine`` on a local cluster of two one-thread worker processes
  (``--engine dask --workers 2``);
- with the cluster run (default), ``DaskEngine`` on a cluster this script starts as
  a user would, ``dask scheduler`` and two ``dask worker`` processes, which is what
  ``newsevents code --engine dask --scheduler tcp://127.0.0.1:PORT`` connects to.

It prints the wall seconds of each, the speed-ups against one worker, the events
each produced (they must be equal) and the load average, and then times the real
command against the started cluster once, writing Parquet parts to a temporary
folder. Run it on a quiet machine: other jobs on the two cores are counted in.

To tell where a missing share goes, it also takes the CPU seconds of every process
it started during each engine's turn: the engine's workers, this process (the
driver: reading results, and for the local Dask cluster its scheduler and nannies)
and the other engines' idle processes, which take cores from the engine timed,
and the machine's busy CPU outside this benchmark (other jobs, the system) and the
time the hypervisor took from its cores (steal): a "quiet" machine is one where
those two are near 0 during the two-worker turns.
``workers_busy`` is the workers' CPU over ``workers x wall``: on a quiet machine,
1 minus it is the time the workers waited (the tail of each chunk, dispatch);
``workers_cpu_vs_1_worker`` is what the same articles cost the engine's workers
against the one worker.  The speed-up is about ``workers x workers_busy /
workers_cpu_vs_1_worker`` over the one worker's ``workers_busy``.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from argparse import ArgumentParser, RawDescriptionHelpFormatter
from contextlib import ExitStack, contextmanager
from pathlib import Path
from subprocess import DEVNULL

import psutil

from newsevents.dask_engine import DaskEngine
from newsevents.ingest import read_articles
from newsevents.parallel import Engine, ProcessEngine
from newsevents.pipeline import CoderConfig
from newsevents.records import Article, InputProblem


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def dask_cluster(workers: int):
    """``dask scheduler`` and ``workers`` ``dask worker`` processes, as a user starts them."""
    address = f"tcp://127.0.0.1:{free_port()}"
    port = address.rsplit(":", 1)[1]
    scheduler = ["dask", "scheduler", "--port", port, "--no-dashboard"]
    processes = [subprocess.Popen(scheduler, stdout=DEVNULL, stderr=DEVNULL)]
    try:
        time.sleep(3)  # the scheduler listens before the workers dial it
        for _ in range(workers):
            command = ["dask", "worker", address, "--nthreads", "1", "--nworkers", "1", "--no-dashboard"]
            processes.append(subprocess.Popen(command, stdout=DEVNULL, stderr=DEVNULL))
        yield address
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            process.wait(timeout=30)


def wait_for_workers(engine: DaskEngine, workers: int) -> None:
    deadline = time.monotonic() + 120
    while len(engine._client.scheduler_info()["workers"]) < workers:
        if time.monotonic() > deadline:
            raise SystemExit(f"the cluster has fewer than {workers} workers after 120 s")
        time.sleep(0.5)


def worker_pids(engine: Engine) -> set[int]:
    if isinstance(engine, ProcessEngine):
        return set(engine.peak_memory_mb())
    assert isinstance(engine, DaskEngine)
    return set(engine.worker_pids())


def cpu_seconds() -> dict[int, float]:
    """CPU seconds so far of this process and of every process below it."""
    me = psutil.Process()
    seconds = {}
    for process in [me, *me.children(recursive=True)]:
        try:
            times = process.cpu_times()
        except psutil.Error:  # ended meanwhile
            continue
        seconds[process.pid] = times.user + times.system
    return seconds


def machine_busy_seconds() -> dict[str, float]:
    """CPU seconds the whole machine has been busy, and those the hypervisor took (steal)."""
    times = psutil.cpu_times()
    busy = sum(times) - times.idle - getattr(times, "iowait", 0.0) - getattr(times, "steal", 0.0)
    return {"busy": busy, "steal": getattr(times, "steal", 0.0)}


def spent(before: dict[int, float], after: dict[int, float], pids: set[int]) -> float:
    return sum(after[pid] - before.get(pid, 0.0) for pid in pids & after.keys())


def warm(engine: Engine, articles: list[Article], workers: int) -> None:
    # one small partition per worker slot and more, so that every worker loads its coder
    for _ in range(3):
        for _ in engine.code_many(articles[: 2 * workers]):
            pass


def main() -> None:
    parser = ArgumentParser(description=__doc__, formatter_class=RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True, help="JSON Lines articles")
    parser.add_argument("--articles", type=int, help="only the first N articles (a quick check)")
    parser.add_argument("--chunk", type=int, default=128, help="articles per interleaved chunk")
    parser.add_argument("--repeat", type=int, default=1, help="times to go over the corpus")
    parser.add_argument("--no-cluster", action="store_true", help="skip the dask scheduler / dask worker run")
    parser.add_argument(
        "--no-dask", action="store_true", help="only the worker pools (idle Dask processes take some CPU of their own)"
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    articles = [a for a in read_articles([str(args.corpus)]) if not isinstance(a, InputProblem)][: args.articles]
    config = CoderConfig()
    with ExitStack() as stack:
        one_worker, two_workers = ProcessEngine(config, 1), ProcessEngine(config, 2)
        for pool in (one_worker, two_workers):
            stack.enter_context(pool)
        engines: dict[str, Engine] = {"workers 1": one_worker, "workers 2": two_workers}
        if not args.no_dask:
            engines["dask local 2"] = stack.enter_context(DaskEngine(config, workers=2))
        address = None
        if not args.no_cluster and not args.no_dask:
            address = stack.enter_context(dask_cluster(2))
            cluster = DaskEngine(config, scheduler=address)
            stack.callback(cluster.close)
            wait_for_workers(cluster, 2)
            engines["dask cluster 2"] = cluster
        for name, engine in engines.items():
            warm(engine, articles, 1 if name == "workers 1" else 2)
        print(
            f"{len(articles)} articles x {args.repeat}; engines warm; load average {os.getloadavg()[0]:.1f}", flush=True
        )
        wall = dict.fromkeys(engines, 0.0)
        events = dict.fromkeys(engines, 0)
        pids = {name: worker_pids(engine) for name, engine in engines.items()}
        parts = ("driver", "workers", "other processes", "outside this benchmark", "stolen by the hypervisor")
        cpu = {name: dict.fromkeys(parts, 0.0) for name in engines}
        for _ in range(args.repeat):
            for start in range(0, len(articles), args.chunk):
                part = articles[start : start + args.chunk]
                for name, engine in engines.items():
                    before, machine_before = cpu_seconds(), machine_busy_seconds()
                    began = time.perf_counter()
                    events[name] += sum(len(result.events) for result in engine.code_many(part))
                    wall[name] += time.perf_counter() - began
                    after, machine_after = cpu_seconds(), machine_busy_seconds()
                    ours = spent(before, after, set(after))
                    cpu[name]["driver"] += spent(before, after, {os.getpid()})
                    cpu[name]["workers"] += spent(before, after, pids[name])
                    cpu[name]["other processes"] += spent(before, after, set(after) - pids[name] - {os.getpid()})
                    cpu[name]["outside this benchmark"] += machine_after["busy"] - machine_before["busy"] - ours
                    cpu[name]["stolen by the hypervisor"] += machine_after["steal"] - machine_before["steal"]
        memory = max(two_workers.peak_memory_mb().values())
        command = None
        if address is not None:
            command = time_command(args.corpus, address)

    figures = {
        "articles": len(articles) * args.repeat,
        "wall_s": {name: round(seconds, 1) for name, seconds in wall.items()},
        "speedup_vs_1_worker": {name: round(wall["workers 1"] / seconds, 2) for name, seconds in wall.items()},
        "events": events,
        "cpu_s": {name: {part: round(seconds, 1) for part, seconds in shares.items()} for name, shares in cpu.items()},
        "driver_cpu_pct_of_workers": {
            name: round(100 * shares["driver"] / shares["workers"], 1) for name, shares in cpu.items()
        },
        "workers_busy": {name: round(cpu[name]["workers"] / (len(pids[name]) * wall[name]), 3) for name in engines},
        # above 1: the same articles cost the workers more CPU than one worker alone
        # (cores that share a cache and memory, the Dask worker's own threads)
        "workers_cpu_vs_1_worker": {
            name: round(cpu[name]["workers"] / cpu["workers 1"]["workers"], 3) for name in engines
        },
        "peak_memory_per_worker_mb": round(memory),
        "cluster_command": command,
        "load_average_at_end": round(os.getloadavg()[0], 1),
    }
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


def time_command(corpus: Path, address: str) -> dict:
    """The real command against the started cluster, once: wall seconds and parts."""
    out = Path(tempfile.mkdtemp(prefix="newsevents-cluster-")) / "parts"
    command = [sys.executable, "-m", "newsevents", "code", str(corpus), "--engine", "dask"]
    command += ["--scheduler", address, "--out", str(out)]
    began = time.perf_counter()
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - began
    parts = sorted(out.glob("*.parquet")) if out.exists() else []
    shutil.rmtree(out.parent, ignore_errors=True)
    return {
        "command": " ".join(["newsevents", *command[3:]]),
        "exit_status": finished.returncode,
        "wall_s": round(seconds, 1),
        "parquet_parts": len(parts),
        "stderr_tail": finished.stderr.strip().splitlines()[-1:] if finished.returncode else [],
    }


if __name__ == "__main__":
    main()
