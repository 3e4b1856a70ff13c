"""Parquet: coded records and stored events as flat, typed tables.

Nested parts of a record are flattened with their role as a prefix
(``actor_country``, ``trigger_start``, ``location_lat``); an absent actor or
place gives nulls.  The schemas are fixed so that tables written by separate
runs or workers concatenate without casting; docs/store.md lists them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsevents.records import ACTOR_ROLES, MEMBER_ROLES, STORED_EVENT_COLUMNS, Column, EventRecord, StoredEvent

_ACTOR_FIELDS = (
    ("text", pa.string()), ("code", pa.string()), ("country", pa.string()),
    ("sector", pa.string()), ("name", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
)  # fmt: skip
_LOCATION_FIELDS = (
    ("name", pa.string()), ("resolved_name", pa.string()), ("country", pa.string()),
    ("admin1", pa.string()), ("lat", pa.float64()), ("lon", pa.float64()),
    ("geonameid", pa.int64()), ("feature", pa.string()), ("source", pa.string()),
)  # fmt: skip

RECORD_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("sentence_index", pa.int32()),
        ("sentence", pa.string()),
        ("event", pa.string()),
        ("mode", pa.string()),
        ("context", pa.string()),
        ("cameo", pa.string()),
        ("goldstein", pa.float64()),
        ("quad_class", pa.int8()),
        ("trigger_start", pa.int32()),
        ("trigger_end", pa.int32()),
        ("trigger_text", pa.string()),
        *[(f"{role}_{name}", kind) for role in ACTOR_ROLES for name, kind in _ACTOR_FIELDS],
        ("modality", pa.string()),
        ("date", pa.string()),
        ("date_text", pa.string()),
        ("date_precision", pa.string()),
        ("date_source", pa.string()),
        *[(f"location_{name}", kind) for name, kind in _LOCATION_FIELDS],
        ("confidence", pa.float64()),
        ("source", pa.string()),
        ("url", pa.string()),
        ("published", pa.string()),
        # the codes of the further members of a compound actor or recipient
        ("co_actors", pa.list_(pa.string())),
        ("co_recipients", pa.list_(pa.string())),
        ("background", pa.bool_()),
        ("actor_source", pa.string()),
    ]
)

_ARROW_TYPES = {str: pa.string(), float: pa.float64()}


def _arrow_type(column: Column) -> pa.DataType:
    if column.kind is int:
        return {8: pa.int8(), 32: pa.int32(), 64: pa.int64()}[column.bits]
    return _ARROW_TYPES[column.kind]


# The store's events table, typed as StoredEvent declares it.
EVENT_SCHEMA = pa.schema([(column.name, _arrow_type(column)) for column in STORED_EVENT_COLUMNS])


def flatten_record(event: EventRecord) -> dict[str, Any]:
    """One coded record as a row of :data:`RECORD_SCHEMA`."""
    record = event.to_dict()
    row = {name: record.get(name) for name in RECORD_SCHEMA.names if name in record}
    trigger = record.get("trigger") or {}
    for name in ("start", "end", "text"):
        row[f"trigger_{name}"] = trigger.get(name)
    for role in ACTOR_ROLES:
        actor = record.get(role) or {}
        span = actor.get("span") or {}
        for name, _ in _ACTOR_FIELDS:
            row[f"{role}_{name}"] = span.get(name) if name in ("start", "end") else actor.get(name)
    for role in MEMBER_ROLES:
        row[role] = [member["code"] for member in record.get(role) or []]
    location = record.get("location") or {}
    for name, _ in _LOCATION_FIELDS:
        row[f"location_{name}"] = location.get(name)
    return row


def records_to_table(records: Iterable[EventRecord]) -> pa.Table:
    """Coded records as a table of :data:`RECORD_SCHEMA`."""
    return pa.Table.from_pylist([flatten_record(r) for r in records], schema=RECORD_SCHEMA)


def write_parquet(records: Iterable[EventRecord], path: str | Path) -> None:
    """Write coded records to one Parquet file."""
    pq.write_table(records_to_table(records), path)


def events_to_table(events: Iterable[StoredEvent]) -> pa.Table:
    """Stored events (``EventStore.events()``) as a table of :data:`EVENT_SCHEMA`."""
    return pa.Table.from_pylist([event.to_dict() for event in events], schema=EVENT_SCHEMA)


def write_events_parquet(events: Iterable[StoredEvent], path: str | Path) -> int:
    """Write stored events to one Parquet file; returns how many."""
    table = events_to_table(events)
    pq.write_table(table, path)
    return table.num_rows
