"""A store that is damaged, edited, read-only or newer: one line, never a traceback;
bad arguments of the store commands: one line."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from newsevents.cli import main
from newsevents.store import EventStore, StoreError
from synthetic_records import IDLIB, coded, record

SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture
def db(tmp_path):
    """A store of 200 events, big enough to have many pages."""
    path = tmp_path / "events.sqlite"
    with EventStore(path) as store:
        for n in range(200):
            day = f"2021-{1 + n % 12:02d}-{1 + n % 28:02d}"
            store.add(coded(f"a{n}", record(f"a{n}", "ASSAULT", ("TUR", "MIL"), ("SYR", "REB"), day, IDLIB)))
    return path


def one_line_error(capsys, *arguments: str) -> str:
    assert main(list(arguments)) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1, error
    return error


READERS = [
    ["query", "--format", "jsonl"],
    ["dyad", "TUR", "SYR"],
    ["export", "--format", "parquet", "--out", os.devnull],
]


def edit(path: Path, *statements: str) -> None:
    with sqlite3.connect(path) as connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()


@pytest.mark.parametrize("command", READERS)
def test_random_bytes_in_the_middle_of_the_file(db, capsys, command):
    data = bytearray(db.read_bytes())
    third = len(data) // 3
    data[third : 2 * third] = random.Random(7).randbytes(third)
    db.write_bytes(bytes(data))
    error = one_line_error(capsys, *command, "--db", str(db))
    assert f"event store {db}:" in error


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        ("ALTER TABLE events DROP COLUMN goldstein", "table events has no column goldstein"),
        ("ALTER TABLE mentions RENAME TO evidence", "it has no table mentions"),
    ],
)
def test_a_dropped_column_or_renamed_table(db, capsys, statement, message):
    edit(db, statement)
    for command in READERS:
        assert message in one_line_error(capsys, *command, "--db", str(db))


def test_bad_json_in_a_stored_record(db, capsys):
    edit(db, "UPDATE mentions SET record = '{\"article_id\": ' WHERE id = 3")
    error = one_line_error(capsys, "query", "--format", "jsonl", "--db", str(db))
    assert "mention 3: the stored record is not a valid event record" in error
    out = db.with_name("events.jsonl")
    error = one_line_error(capsys, "export", "--format", "plover-jsonl", "--out", str(out), "--db", str(db))
    assert "mention 3" in error
    assert list(db.parent.glob("*events.jsonl*")) == []  # no half-written export left behind


@pytest.mark.parametrize("column", ["goldstein", "quad_class", "num_mentions"])
def test_text_in_numeric_columns(db, capsys, column, tmp_path):
    edit(db, f"UPDATE events SET {column} = 'lots' WHERE id = 5")
    for command in (
        ["query"],
        ["export", "--format", "parquet", "--out", str(tmp_path / "e.parquet")],
        ["export", "--format", "gdelt-tsv", "--out", str(tmp_path / "e.tsv")],
    ):
        error = one_line_error(capsys, *command, "--db", str(db))
        assert f"event 5: column {column} holds 'lots'" in error
    if column != "num_mentions":
        assert "event 5: " in one_line_error(capsys, "dyad", "TUR", "SYR", "--db", str(db))


def test_a_store_in_a_missing_folder_is_named_so(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        EventStore(tmp_path / "no" / "events.sqlite")


def test_a_store_made_by_a_newer_newsevents(db, capsys):
    edit(db, "PRAGMA user_version = 7")
    error = one_line_error(capsys, "query", "--db", str(db))
    assert "made by a newer newsevents" in error and "not a newsevents event store" not in error


# -- read-only files and folders: run as a user whom permissions apply to ----------------


def without_root_powers() -> list[str]:
    """A command prefix under which file permissions apply (root ignores them)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]


def newsevents(*arguments: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*without_root_powers(), sys.executable, "-m", "newsevents", *arguments],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        timeout=120,
    )


def test_code_into_a_read_only_store_is_one_line(db, tmp_path):
    db.chmod(0o444)
    source = tmp_path / "news.txt"
    source.write_text("Kenyan police arrested twelve protesters in Nairobi on Monday.", encoding="utf-8")
    result = newsevents("code", str(source), "--db", str(db), "--date", "2021-09-30", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "read-only" in result.stderr, result.stderr


def test_a_store_in_a_read_only_folder_can_be_read(db, tmp_path):
    folder = db.parent
    try:
        folder.chmod(0o555)
        for command in (
            ["query", "--actor", "TUR"],
            ["dyad", "TUR", "SYR"],
            ["export", "--format", "plover-jsonl", "--out", os.devnull],
        ):
            result = newsevents(*command, "--db", str(db), cwd=folder)
            assert result.returncode == 0, result.stderr
        assert not db.with_name(db.name + "-wal").exists()
        writing = newsevents("code", "-", "--db", str(db), cwd=folder)
        assert writing.returncode == 2 and "read-only" in writing.stderr
    finally:
        folder.chmod(0o755)


# -- arguments ------------------------------------------------------------------------------


@pytest.mark.parametrize("since", ["0000", "0000-01", "2021-00", "99999"])
def test_impossible_dates_are_one_line(db, capsys, since):
    assert "not a date" in one_line_error(capsys, "query", "--since", since, "--db", str(db))


def test_a_plot_in_an_unknown_format_names_the_formats(db, tmp_path, capsys):
    error = one_line_error(capsys, "dyad", "TUR", "SYR", "--db", str(db), "--plot", str(tmp_path / "x.xyz"))
    assert "cannot draw a .xyz file" in error and "png" in error and "svg" in error


def test_a_plot_into_a_folder_is_written_there_and_reported(db, tmp_path, capsys):
    folder = tmp_path / "plots"
    folder.mkdir()
    assert main(["dyad", "TUR", "SYR", "--db", str(db), "--plot", str(folder)]) == 0
    written = folder / "tur-syr.png"
    assert written.read_bytes().startswith(b"\x89PNG")
    assert not (tmp_path / "plots.png").exists()
    assert f"plot written to {written}" in capsys.readouterr().err
