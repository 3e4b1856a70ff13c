"""Coding on several processes and on a (local) Dask cluster gives the same events
as one process."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from newsevents.cli import main
from newsevents.parallel import ProcessEngine
from newsevents.pipeline import Coder, CoderConfig
from newsevents.records import Article
from newsevents.store import EventStore

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
    with ProcessEngine(CoderConfig(), workers=2, partition_size=2) as engine:
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


def test_dask_engine_needs_an_output_folder(capsys):
    assert main(["code", "x.jsonl", "--engine", "dask"]) == 2
    assert "--out" in capsys.readouterr().err
