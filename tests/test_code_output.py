"""`newsevents code` with a store and outputs: nothing coded is lost to a closed
stdout, a re-run says what it skipped and still writes its events, ids name one
article, and Dask refuses outputs and schedulers it cannot use, in one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsevents.cli import main
from newsevents.store import EventStore

SRC = Path(__file__).resolve().parents[1] / "src"
STORIES = [
    "Kenyan police arrested twelve opposition supporters in Nairobi on Monday.",
    "Canada imposed sanctions on Belarus over the crackdown.",
    "Japan agreed to lift its export ban on South Korea.",
]


def write_jsonl(path: Path, *articles: tuple[str, str]) -> Path:
    path.write_text(
        "".join(json.dumps({"id": i, "text": t, "published": "2021-09-30"}) + "\n" for i, t in articles),
        encoding="utf-8",
    )
    return path


@pytest.fixture
def news(tmp_path) -> Path:
    return write_jsonl(tmp_path / "news.jsonl", *((f"s{n}", text) for n, text in enumerate(STORIES)))


def stored_articles(db: Path) -> int:
    with EventStore(db, create=False) as store:
        return store.counts()["articles"]


def test_a_closed_stdout_stops_neither_the_store_nor_the_run(news, tmp_path):
    db = tmp_path / "events.sqlite"
    process = subprocess.Popen(
        [sys.executable, "-m", "newsevents", "code", str(news), "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    process.stdout.close()  # the reader is gone before the first event, as `| head -0` does
    error = process.stderr.read()
    assert process.wait(timeout=120) == 0
    assert stored_articles(db) == len(STORIES)
    assert "Traceback" not in error and "Exception ignored" not in error
    assert f"standard output was closed; every article was still coded into {db}" in error


def test_a_rerun_says_what_it_skipped_and_writes_the_stored_events(news, tmp_path, capsys, nlp):
    db, first, second = tmp_path / "events.sqlite", tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    assert main(["code", str(news), "--db", str(db), "--out", str(first)]) == 0
    capsys.readouterr()
    assert main(["code", str(news), "--db", str(db), "--out", str(second)]) == 0
    error = capsys.readouterr().err
    events = len(first.read_text(encoding="utf-8").splitlines())
    assert events > 0 and second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")
    assert f"3 article(s) already in the store {db} were not coded again" in error
    assert f"their {events} stored event(s) were written to {second}" in error
    assert stored_articles(db) == 3


def test_an_id_reused_for_another_text_is_one_line_and_not_stored(news, tmp_path, capsys, nlp):
    db, out = tmp_path / "events.sqlite", tmp_path / "out.jsonl"
    clash = write_jsonl(tmp_path / "clash.jsonl", ("s9", STORIES[0]), ("s9", "Protesters in Lima blocked a highway."))
    assert main(["code", str(clash), "--db", str(db), "--out", str(out)]) == 1
    error = capsys.readouterr().err
    assert f"{clash}:2: id 's9' is already the id of an earlier article of this input with a different text" in error
    assert {json.loads(line)["sentence"] for line in out.read_text().splitlines()} == {STORIES[0]}
    assert main(["code", str(news), "--db", str(db), "--out", os.devnull]) == 0
    again = write_jsonl(tmp_path / "again.jsonl", ("s1", "A different text under a stored id."))
    assert main(["code", str(again), "--db", str(db), "--out", os.devnull]) == 1
    assert f"id 's1' is already the id of another article in the store {db}" in capsys.readouterr().err
    assert stored_articles(db) == 3  # s9, then s1 and s2 (s0 is s9's text under another id)


def one_line_error(capsys, *arguments: str) -> str:
    assert main(list(arguments)) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1, error
    return error


def test_dask_refuses_a_file_or_a_folder_holding_an_earlier_run(news, tmp_path, capsys):
    earlier = tmp_path / "parts"
    earlier.mkdir()
    (earlier / "part-00000.parquet").write_bytes(b"PAR1")
    error = one_line_error(capsys, "code", str(news), "--engine", "dask", "--out", str(earlier))
    assert "is not empty (it holds part-00000.parquet)" in error
    error = one_line_error(capsys, "code", str(news), "--engine", "dask", "--out", str(news))
    assert "is a file" in error


def test_dask_with_a_bad_or_unreachable_scheduler_is_one_line(news, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("newsevents.dask_engine.CONNECT_SECONDS", 1)
    out = tmp_path / "parts"
    error = one_line_error(capsys, "code", str(news), "--engine", "dask", "--out", str(out), "--scheduler", "not-a-url")
    assert "--scheduler not-a-url: not a scheduler address" in error
    unreachable = "tcp://127.0.0.1:9"
    error = one_line_error(capsys, "code", str(news), "--engine", "dask", "--out", str(out), "--scheduler", unreachable)
    assert f"--scheduler {unreachable}: cannot reach the scheduler" in error
    assert not out.exists()
