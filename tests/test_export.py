"""Exports, each read back by the tool its users read it with."""

from __future__ import annotations

import csv
import json
import sqlite3

import pandas as pd
import pyarrow.parquet as pq
import pytest

from newsevents.cli import main
from newsevents.export.gdelt import GDELT_COLUMNS
from newsevents.export.parquet import EVENT_SCHEMA, RECORD_SCHEMA, records_to_table, write_parquet
from newsevents.export.polecat import EXTRA_COLUMNS, POLECAT_COLUMNS, POLECAT_RELEASE_COLUMNS
from newsevents.store import EVENT_COLUMNS, EventStore
from synthetic_records import IDLIB, coded, record


@pytest.fixture
def db(tmp_path):
    """Three events: a sanction told twice, a dated assault in Idlib, an undated consultation."""
    path = tmp_path / "events.sqlite"
    with EventStore(path) as store:
        store.add(coded("a1", record("a1"), source="Daily A"))
        store.add(coded("a2", record("a2", sentence_index=3), source="Daily B"))
        store.add(coded("a3", record("a3", "ASSAULT", ("TUR", "MIL"), ("SYR", "REB"), "2021-10-02", IDLIB)))
        undated = record("a4", "CONSULT", ("TUR", "GOV"), ("USA", "GOV"), day=None)
        undated.published = None
        store.add(coded("a4", undated))
    return path


def export(db, fmt, out, *options) -> int:
    return main(["export", "--db", str(db), "--format", fmt, "--out", str(out), *options])


def test_plover_jsonl(db, tmp_path):
    out = tmp_path / "events.jsonl"
    assert export(db, "plover-jsonl", out) == 0
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(events) == 3
    sanction = next(e for e in events if e["event"] == ["SANCTION"])
    assert sanction["date"] == "2021-09-28"
    assert sanction["actor"] == [{"code": "USA", "sector": "GOV", "entity_text": "Washington", "identifier_text": None}]
    assert sanction["quad_code"] == 4 and sanction["cameo"] == "160"
    assert (sanction["num_mentions"], sanction["num_articles"], sanction["num_sources"]) == (2, 2, 2)
    assert len(sanction["event_text"]) == 2
    assault = next(e for e in events if e["event"] == ["ASSAULT"])
    assert assault["event_loc"]["country_code"] == "SYR"
    assert assault["event_loc"]["geonameid"] == 169389


def test_polecat_tsv(db, tmp_path):
    out = tmp_path / "events.tsv"
    assert export(db, "polecat-tsv", out) == 0
    with out.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        rows = list(reader)
    assert tuple(reader.fieldnames) == POLECAT_COLUMNS == POLECAT_RELEASE_COLUMNS + EXTRA_COLUMNS
    assert len(POLECAT_RELEASE_COLUMNS) == 40 and POLECAT_RELEASE_COLUMNS[-1] == "Version"
    assault = next(r for r in rows if r["Event Type"] == "ASSAULT")
    assert assault["Actor Country"] == "TUR" and assault["Primary Actor Sector"] == "MIL"
    assert assault["Raw Placename"] == "Idlib" and float(assault["Latitude"]) == pytest.approx(35.93)
    assert assault["Sentence"].startswith("Washington imposed")
    assert (assault["Province"], assault["City"], assault["Story Locations"]) == ("Idlib", "Idlib", "Idlib")
    assert assault["Date Precision"] == "day"
    assert (assault["Actor COW"], assault["Recipient COW"]) == ("640", "652")  # Correlates of War: TUR, SYR


def read_gdelt(path) -> list[dict[str, str]]:
    """Rows of a GDELT 2.0 event file, read by position as GDELT's users do."""
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines]
    assert all(len(row) == 61 for row in rows)
    return [dict(zip(GDELT_COLUMNS, row, strict=True)) for row in rows]


def test_gdelt_tsv_is_the_gdelt_2_layout_by_position(db, tmp_path):
    out = tmp_path / "events.gdelt.tsv"
    assert export(db, "gdelt-tsv", out) == 0
    assert len(GDELT_COLUMNS) == 61 and GDELT_COLUMNS[:2] == ("GlobalEventID", "Day")
    assert GDELT_COLUMNS[34:37] == ("AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName")
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    rows = read_gdelt(out)
    assert len(rows) == 2  # no header; the undated consultation has no day
    sanction, assault = rows
    assert sanction["Day"] == "20210928" and sanction["MonthYear"] == "202109" and sanction["Year"] == "2021"
    assert (sanction["Actor1Code"], sanction["Actor1CountryCode"], sanction["Actor1Type1Code"]) == (
        "USAGOV",
        "USA",
        "GOV",
    )
    assert sanction["Actor2Code"] == "TURGOV" and sanction["Actor1KnownGroupCode"] == ""
    assert (sanction["EventCode"], sanction["EventRootCode"], sanction["QuadClass"]) == ("160", "16", "4")
    assert (sanction["NumMentions"], sanction["NumArticles"], sanction["NumSources"]) == ("2", "2", "2")
    assert sanction["IsRootEvent"] == "1"  # a1 reported it in its first sentence
    assert sanction["ActionGeo_Type"] == "0" and sanction["ActionGeo_CountryCode"] == ""
    # places in FIPS 10-4: Syria SY, Idlib SY12; actors keep CAMEO/ISO codes
    assert (assault["ActionGeo_Type"], assault["ActionGeo_CountryCode"], assault["ActionGeo_ADM1Code"]) == (
        "4",
        "SY",
        "SY12",
    )
    assert assault["ActionGeo_FullName"] == "Idlib, Idlib, Syria" and assault["Actor2CountryCode"] == "SYR"
    assert -10 <= float(assault["GoldsteinScale"]) < 0 and assault["Actor1Geo_Type"] == "0"
    assert assault["SOURCEURL"] == "https://news.example/a3"


def test_gdelt_invents_no_day_for_a_month_dated_event(tmp_path):
    path = tmp_path / "events.sqlite"
    in_october = record("m1", "ASSAULT", ("TUR", "MIL"), ("SYR", "REB"), "2021-10")
    in_october.date_precision = "month"  # "in October": records write the month alone
    with EventStore(path) as store:
        store.add(coded("m1", in_october))
        store.add(coded("d1", record("d1", day="2021-10-01")))
    out = tmp_path / "events.gdelt.tsv"
    assert export(path, "gdelt-tsv", out) == 0
    assert [row["EventCode"] for row in read_gdelt(out)] == ["160"]  # only the day-dated sanction
    plover = tmp_path / "events.jsonl"
    assert export(path, "plover-jsonl", plover) == 0
    dates = {
        json.loads(line)["event"][0]: (json.loads(line)["date"], json.loads(line)["date_precision"])
        for line in plover.open()
    }
    # PLOVER's date is YYYY-MM-DD: the month's first day, and the precision says it stands for the month
    assert dates == {"ASSAULT": ("2021-10-01", "month"), "SANCTION": ("2021-10-01", "day")}


def test_tsv_fields_hold_no_tabs_or_line_breaks(tmp_path):
    path = tmp_path / "events.sqlite"
    messy = record("t1", sentence="Washington\timposed\nsanctions\r\non Ankara.")
    messy.actor.text = "Wash\tington"
    with EventStore(path) as store:
        store.add(coded("t1", messy))
    for fmt, columns in (("polecat-tsv", len(POLECAT_COLUMNS)), ("gdelt-tsv", 61)):
        out = tmp_path / f"{fmt}.tsv"
        assert export(path, fmt, out) == 0
        lines = out.read_bytes().split(b"\n")[:-1]
        assert len(lines) == (2 if fmt == "polecat-tsv" else 1)
        assert all(line.count(b"\t") == columns - 1 and b"\r" not in line for line in lines)
    sentence = out.with_name("polecat-tsv.tsv").read_text().splitlines()[1].split("\t")[-1]
    assert sentence == "Washington imposed sanctions on Ankara."


def test_csv_export_keeps_cameo_codes_as_text(tmp_path):
    path = tmp_path / "events.sqlite"
    with EventStore(path) as store:  # CAMEO 042, "make a visit"
        store.add(coded("v1", record("v1", "CONSULT")))
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE events SET cameo = '042'")
    connection.close()
    out = tmp_path / "events.csv"
    assert export(path, "csv", out) == 0
    frame = pd.read_csv(out, dtype={"cameo": str})
    assert list(frame.columns) == list(EVENT_COLUMNS) and frame["cameo"].tolist() == ["042"]
    assert frame["date_precision"].tolist() == ["day"]
    parquet = tmp_path / "events.parquet"
    assert export(path, "parquet", parquet) == 0
    assert pd.read_parquet(parquet)["cameo"].tolist() == ["042"]  # a string column needs no dtype
    jsonl = tmp_path / "events.jsonl"
    assert export(path, "plover-jsonl", jsonl) == 0
    assert pd.read_json(jsonl, lines=True, dtype={"cameo": str})["cameo"].tolist() == ["042"]


def test_parquet_events_read_by_pandas(db, tmp_path):
    out = tmp_path / "events.parquet"
    assert export(db, "parquet", out, "--actor", "TUR") == 0
    assert pq.read_schema(out).equals(EVENT_SCHEMA)
    frame = pd.read_parquet(out)
    assert sorted(frame["event"]) == ["ASSAULT", "CONSULT"]
    assault = frame[frame["event"] == "ASSAULT"].iloc[0]
    assert assault["location_lon"] == pytest.approx(36.63)
    assert assault["num_mentions"] == 1


def test_records_to_table_flattens_the_record_contract(tmp_path):
    records = [
        record("a1", place=IDLIB),
        record("a1", "PROTEST", actor=None, recipient=None, sentence_index=2),
    ]
    table = records_to_table(records)
    assert table.schema.equals(RECORD_SCHEMA)
    write_parquet(records, tmp_path / "records.parquet")
    frame = pd.read_parquet(tmp_path / "records.parquet")
    first, second = frame.iloc[0], frame.iloc[1]
    assert (first["actor_code"], first["actor_start"], first["recipient_country"]) == ("USAGOV", 0, "TUR")
    assert (first["trigger_text"], first["location_geonameid"]) == ("sanctions", 169389)
    assert pd.isna(second["actor_code"]) and pd.isna(second["location_lat"])
    assert second["quad_class"] == 4 and second["sentence_index"] == 2


def test_the_record_table_has_a_column_for_every_field_of_the_record():
    coded_record = record("a1", place=IDLIB)
    coded_record.reported_by = coded_record.recipient
    expected = set()
    for name, value in coded_record.to_dict().items():
        if not isinstance(value, dict):
            expected.add(name)
            continue
        for part, part_value in value.items():
            # an actor's span is its start and end: the text is the actor's own
            expected |= {f"{name}_start", f"{name}_end"} if isinstance(part_value, dict) else {f"{name}_{part}"}
    assert set(RECORD_SCHEMA.names) == expected


def test_empty_records_give_an_empty_table_with_the_schema():
    assert records_to_table([]).schema.equals(RECORD_SCHEMA)


def test_export_to_an_unwritable_place_is_one_line(db, tmp_path, capsys):
    assert export(db, "gdelt-tsv", tmp_path / "no" / "such" / "dir.tsv") == 2
    error = capsys.readouterr().err
    assert error.startswith("newsevents export: cannot write") and error.count("\n") == 1
