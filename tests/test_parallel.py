"""Coding on several processes and on a (local) Dask cluster gives the same events
as one process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsevents.cli import main
from newsevents.parallel import ProcessEngine, code_partition
from newsevents.pipeline import Coder, CoderConfig
from newsevents.records import Article
from newsevents.store import EventStore
from newsevents.worker_lifetime import is_alive

STORIES = [
    "Kenyan police arrested twelve opposition supporters in Nairobi on Monday.",
    "Protesters in Lima blocked a highway on Friday to demand the president's resignation.",
    "Japan agreed to lift its export ban on South Korea.",
    "Canada imposed sanctions on Belarus over the crackdown.",
    "The Brazilian foreign minister met with his Argentine counterpart in Brasilia.",
]


def articles():
    return [Article(id=f"story-{i}", text=text) for i, text in enumerate(STORIES)]


def summary(results):
    return [(r.article.id, [(e.event, e.trigger.text, e.actor and e.actor.code) for e in r.events]) for r in results]


@pytest.fixture(scope="module")
def one_process(nlp):
    return summary(Coder().code_many(articles()))


@pytest.mark.slow
def test_worker_processes_give_the_same_events_in_input_order(one_process):
    with ProcessEngine(CoderConfig(), workers=2, partition_chars=100) as engine:
        assert summary(engine.code_many(articles())) == one_process


@pytest.mark.slow
def test_dask_engine_on_a_local_cluster_writes_parquet_parts(tmp_path, one_process, capsys):
    source = tmp_path / "stories.jsonl"
    source.write_text("".join(json.dumps({"id": a.id, "text": a.text}) + "\n" for a in articles()))
    out = tmp_path / "parts"
    db = tmp_path / "events.sqlite"
    assert main(["code", str(source), "--engine", "dask", "--workers", "2", "--out", str(out), "--db", str(db)]) == 0
    table = pq.read_table(out)
    expected = sum(len(events) for _, events in one_process)
    assert table.num_rows == expected
    with EventStore(db, create=False) as store:  # the results came back to the driver too
        assert store.counts()["articles"] == len(STORIES)
        assert store.counts()["mentions"] == expected
    assert set(table.column("article_id").to_pylist()) == {i for i, events in one_process if events}
    assert {"event", "cameo", "actor_code", "recipient_code"} <= set(table.column_names)
    # a re-run into a new folder codes nothing again, and writes the stored events there
    again = tmp_path / "again"
    assert main(["code", str(source), "--engine", "dask", "--workers", "2", "--out", str(again), "--db", str(db)]) == 0
    assert [p.name for p in again.iterdir()] == ["part-stored.parquet"]
    assert pq.read_table(again).num_rows == expected


def test_dask_engine_needs_an_output_folder(capsys):
    assert main(["code", "x.jsonl", "--engine", "dask"]) == 2
    assert "--out" in capsys.readouterr().err


# -- workers that die ------------------------------------------------------------------------

POISON = "This article kills the worker that codes it."


def code_or_die(config, batch):
    """The workers' task, except that an article with the poison text kills its worker,
    as a segfault in a parser or the kernel's out-of-memory killer would."""
    if any(article.text == POISON for article in batch):
        os._exit(9)
    return code_partition(config, batch)


@pytest.mark.slow
def test_a_worker_that_dies_is_replaced_and_its_articles_retried_then_reported(one_process):
    stories = articles()
    inputs = [*stories[:3], Article(id="poison", text=POISON, origin="in.jsonl:4"), *stories[3:]]
    with ProcessEngine(CoderConfig(), workers=2, partition_chars=100, task=code_or_die) as engine:
        results = list(engine.code_many(inputs))
        assert [r.article.id for r in results] == [a.id for a in inputs]  # all, in input order
        failed = [r for r in results if r.problem is not None]
        assert [(r.article.id, r.problem.origin) for r in failed] == [("poison", "in.jsonl:4")]
        assert "worker process coding it died twice" in failed[0].problem.message
        assert summary(r for r in results if r.problem is None) == one_process  # the innocent ones coded
        # and the pool still works after it
        assert summary(engine.code_many(articles()[:2])) == one_process[:2]


@pytest.mark.slow
def test_a_worker_killed_from_outside_loses_nothing(one_process):
    many = [Article(id=f"{a.id}-{n}", text=a.text) for n in range(6) for a in articles()]
    with ProcessEngine(CoderConfig(), workers=2, partition_chars=100) as engine:
        results = engine.code_many(many)
        first = next(results)
        os.kill(next(iter(engine.peak_memory_mb())), signal.SIGKILL)
        rest = list(results)
    coded = [first, *rest]
    assert [r.article.id for r in coded] == [a.id for a in many]
    assert all(r.problem is None for r in coded)  # retried once, on a fresh worker


@pytest.mark.slow
def test_a_dask_worker_killed_by_an_article_costs_that_article_alone(one_process, tmp_path):
    import dask
    import distributed  # noqa: F401  (its settings must exist before they are changed)

    from newsevents.dask_engine import DaskEngine

    many = [Article(id=f"{a.id}-{n}", text=a.text) for n in range(4) for a in articles()]
    inputs = [*many[:9], Article(id="poison", text=POISON, origin="in.jsonl:10"), *many[9:]]
    # Dask gives up on a task at once instead of after three dead workers: the test is faster
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        engine = DaskEngine(CoderConfig(), workers=2, partition_chars=150, task=code_or_die, parts_dir=tmp_path)
    with engine:
        results = {r.article.id: r for r in engine.code_many(inputs)}
    assert sorted(results) == sorted(a.id for a in inputs)  # one result each, the other partitions kept
    failed = [r for r in results.values() if r.problem is not None]
    assert [(r.article.id, r.problem.origin) for r in failed] == [("poison", "in.jsonl:10")]
    assert "died, also when coded alone" in failed[0].problem.message
    # the poison's partner in its partition was coded again, alone, and every event written once
    expected = dict(one_process)  # by story; the copies are named story-N-COPY
    assert summary(results[a.id] for a in many) == [(a.id, expected[a.id.rsplit("-", 1)[0]]) for a in many]
    assert pq.read_table(tmp_path).num_rows == sum(len(r.events) for r in results.values())
    # (with no retries allowed, a partition queued on the same worker may be retried alone too)
    retried = {
        row for part in tmp_path.glob("part-*-*.parquet") for row in pq.read_table(part)["article_id"].to_pylist()
    }
    assert "story-3-1" in retried


PARENT = textwrap.dedent(
    """
    import os, sys, time
    from newsevents.parallel import ProcessEngine, code_partition
    from newsevents.pipeline import CoderConfig

    if __name__ == "__main__":
        engine = ProcessEngine(CoderConfig(), workers=2)
        engine.start()
        print(" ".join(str(pid) for pid in engine.peak_memory_mb()), flush=True)
        time.sleep(600)
    """
)


def descendants(pid: int) -> set[int]:
    """The processes below ``pid`` (from /proc)."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to list the workers")
@pytest.mark.parametrize("signal_number", [signal.SIGKILL, signal.SIGTERM])
def test_workers_die_with_their_parent(tmp_path, signal_number):
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, env=env)
    children: set[int] = set()
    try:
        workers = {int(pid) for pid in parent.stdout.readline().split()}
        children = descendants(parent.pid)
        assert len(workers) == 2 and workers <= children  # workers and the forkserver
        parent.send_signal(signal_number)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 5
        while any(is_alive(pid) for pid in children) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in children if is_alive(pid)]
    finally:  # whatever the test found, leave no process behind
        parent.kill()
        for pid in children | descendants(parent.pid):
            if is_alive(pid):
                os.kill(pid, signal.SIGKILL)
