"""What a busy second core costs the coder on the first (Linux, two cores or more).

    python benchmarks/core_contention.py --corpus ../shared/data/corpus/guardian_249.jsonl

Two workers can only reach twice one worker's speed if a core codes as fast when
the other core is busy as when it is idle.  This pins a coder to core 0 and times
(CPU seconds) the same articles with core 1 idle, running a pure-Python loop
(which shares no data with the coder: what is left is the processor's clock, or a
host that gives the two virtual cores one physical core) and running a second
coder (the same and the cache and memory they share), in turn, ``--rounds`` times;
the second core's processes are paused (SIGSTOP) while it should be idle.  The
ratios against idle bound what two workers can reach: about 2 / ratio.  Run it on
a quiet machine: other jobs on core 1 count as "idle" here.
"""

from __future__ import annotations

import json
import os
import signal
import statistics
import subprocess
import sys
import time
from argparse import SUPPRESS, ArgumentParser, RawDescriptionHelpFormatter
from pathlib import Path

from newsevents.ingest import read_articles
from newsevents.pipeline import Coder
from newsevents.records import Article, InputProblem

SPIN = "import os\nos.sched_setaffinity(0, {1})\nwhile True: pass"


def articles(corpus: Path, start: int, stop: int) -> list[Article]:
    return [a for a in read_articles([str(corpus)]) if not isinstance(a, InputProblem)][start:stop]


def second_coder(corpus: Path) -> None:
    """The co-runner: a coder on core 1, coding other articles for ever."""
    os.sched_setaffinity(0, {1})
    coder, others = Coder(), articles(corpus, 100, 140)
    print("ready", flush=True)
    while True:
        for _ in coder.code_many(others):
            pass


def main() -> None:
    parser = ArgumentParser(description=__doc__, formatter_class=RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True, help="JSON Lines articles")
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--second-coder", action="store_true", help=SUPPRESS)
    args = parser.parse_args()
    if args.second_coder:
        second_coder(args.corpus)
        return

    os.sched_setaffinity(0, {0})
    timed = articles(args.corpus, 0, 10)
    coder = Coder()
    list(coder.code_many(timed[:3]))  # first calls pay one-time costs
    command = [sys.executable, __file__, "--corpus", str(args.corpus), "--second-coder"]
    other_coder = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    spin = subprocess.Popen([sys.executable, "-c", SPIN])
    co_runners = {"idle": None, "pure-Python loop": spin, "second coder": other_coder}
    seconds: dict[str, list[float]] = {name: [] for name in co_runners}
    try:
        assert other_coder.stdout is not None
        other_coder.stdout.readline()  # its coder is loaded
        for process in (spin, other_coder):
            os.kill(process.pid, signal.SIGSTOP)
        for _ in range(args.rounds):
            for name, process in co_runners.items():
                if process is not None:
                    os.kill(process.pid, signal.SIGCONT)
                    time.sleep(0.3)
                start = time.process_time()
                for _ in coder.code_many(timed):
                    pass
                seconds[name].append(time.process_time() - start)
                if process is not None:
                    os.kill(process.pid, signal.SIGSTOP)
    finally:
        for process in (spin, other_coder):
            os.kill(process.pid, signal.SIGCONT)
            process.kill()
            process.wait()
    idle = statistics.median(seconds["idle"])
    figures = {
        "median_cpu_s": {name: round(statistics.median(values), 2) for name, values in seconds.items()},
        "ratio_to_idle": {name: round(statistics.median(values) / idle, 3) for name, values in seconds.items()},
        "load_average_at_end": round(os.getloadavg()[0], 1),
    }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
