"""The dyad view, and the store commands' one-line errors."""

from __future__ import annotations

import pytest

from newsevents.cli import main
from newsevents.store import EventStore
from newsevents.store.dyad import DyadPeriod, dyad_series
from synthetic_records import coded, record


def test_monthly_series_counts_by_quad_class_and_fills_gaps():
    rows = [
        ("2021-01-05", 1, 1.0),
        ("2021-01-20", 4, -10.0),
        ("2021-01", 3, -2.0),  # known to the month only: counted by month
        ("2021-03-02", 4, -5.0),
        ("2021", 2, 6.0),  # known to the year only: in no month
    ]
    assert dyad_series(rows, "month") == [
        DyadPeriod("2021-01", (1, 0, 1, 1), pytest.approx(-11.0 / 3)),
        DyadPeriod("2021-02", (0, 0, 0, 0), None),
        DyadPeriod("2021-03", (0, 0, 0, 1), -5.0),
    ]


def test_weekly_series_uses_iso_weeks_across_the_new_year():
    rows = [("2020-12-29", 1, 2.0), ("2021-01-03", 3, -4.0), ("2021-01-04", 2, 6.0), ("2021-01", 4, -9.0)]
    series = dyad_series(rows, "week")
    assert [(p.period, p.total, p.mean_goldstein) for p in series] == [
        ("2020-W53", 2, -1.0),
        ("2021-W01", 1, 6.0),
    ]


def test_no_events_no_periods():
    assert dyad_series([], "month") == []


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "events.sqlite"
    with EventStore(path) as store:
        for n, (event, day) in enumerate(
            [("CONSULT", "2021-07-02"), ("SANCTION", "2021-07-09"), ("SANCTION", "2021-09-28"), ("AID", "2021-09-30")]
        ):
            store.add(coded(f"a{n}", record(f"a{n}", event, ("TUR", "GOV"), ("USA", "GOV"), day)))
        store.add(coded("other", record("other", "ASSAULT", ("USA", "GOV"), ("TUR", "GOV"), "2021-08-01")))
    return path


def test_dyad_command_prints_a_table_and_draws_a_png(db, tmp_path, capsys):
    plot = tmp_path / "tur-usa.png"
    assert main(["dyad", "tur", "USA", "--db", str(db), "--plot", str(plot)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [
        "month",
        "verbal_cooperation",
        "material_cooperation",
        "verbal_conflict",
        "material_conflict",
        "total",
        "mean_goldstein",
    ]
    assert [line.split()[0] for line in lines[1:]] == ["2021-07", "2021-08", "2021-09"]
    assert lines[2].split()[5] == "0"  # the assault went the other way, USA -> TUR
    assert plot.read_bytes().startswith(b"\x89PNG")


def test_query_command_formats(db, capsys):
    assert main(["query", "--db", str(db), "--event", "sanction", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("event_id,date,") and len(lines) == 3
    assert main(["query", "--db", str(db), "--actor", "USA"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:4] == ["id", "date", "precision", "actor"] and "ASSAULT" in table[1]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["query", "--actor", "Turkey"], "--actor 'Turkey': a country's name, not a code: give TUR"),
        (["query", "--actor", "T1R"], "--actor 'T1R': not a country code"),
        (["query", "--recipient", "XQZ"], "--recipient 'XQZ': unknown country code XQZ"),
        (["query", "--since", "2021-02-30"], "--since '2021-02-30': not a date"),
        (["query", "--since", "2021-09", "--until", "2021-01"], "--since 2021-09 is after --until"),
        (["query", "--event", "SANCTIONS"], "--event 'SANCTIONS': not a PLOVER event type"),
        (
            ["export", "--format", "parquet", "--out", "x.parquet", "--country-of-place", "Syria"],
            "--country-of-place 'Syria': a country's name, not a code: give SYR",
        ),
        (["dyad", "TURGOV", "USA"], "actor 'TURGOV': not a country code"),
    ],
)
def test_bad_arguments_are_one_line_errors(db, capsys, arguments, message):
    assert main([*arguments, "--db", str(db)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and message in error


def test_missing_or_corrupt_store_is_one_line_error(tmp_path, capsys):
    assert main(["query", "--db", str(tmp_path / "absent.sqlite")]) == 2
    assert capsys.readouterr().err == f"newsevents query: event store {tmp_path / 'absent.sqlite'}: no such file\n"
    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(b"\x00garbage" * 512)
    assert main(["dyad", "TUR", "USA", "--db", str(corrupt)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "not a usable event store" in error
