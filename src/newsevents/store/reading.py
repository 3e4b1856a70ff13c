"""Reading the store back: query conditions, and stored rows checked into
typed records.

A store is a file anyone can edit: a column may hold text where a number
belongs, or a mention's JSON may be cut short.  Each row is checked as it is
read and a bad one is a :class:`StoreError` naming it, never a traceback deep
inside an export.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from newsevents.records import STORED_EVENT_COLUMNS, EventRecord, StoredEvent
from newsevents.store.opening import StoreError

_KIND_NAMES = {int: "an integer", float: "a number", str: "text"}

EVENT_SELECT = ", ".join(
    column.name if column.sql_name == column.name else f"{column.sql_name} AS {column.name}"
    for column in STORED_EVENT_COLUMNS
)


@dataclass(frozen=True)
class EventQuery:
    """Which events to read; None means no condition."""

    actor: str | None = None  # a country (TUR) or a full code (TURGOV)
    recipient: str | None = None
    event: str | None = None  # a PLOVER type (SANCTION) or a CAMEO code prefix (16)
    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    place_country: str | None = None


def _fits(value: Any, kind: type) -> bool:
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, kind)


def stored_event(row: sqlite3.Row) -> StoredEvent:
    """One row of ``events`` as a :class:`StoredEvent`; StoreError when a
    column holds a value of the wrong kind."""
    for column in STORED_EVENT_COLUMNS:
        value = row[column.name]
        if value is None and column.nullable:
            continue
        if not _fits(value, column.kind):
            raise StoreError(
                f"event {row['event_id']}: column {column.sql_name} holds {value!r}, not {_KIND_NAMES[column.kind]}"
            )
    return StoredEvent(**row)


def stored_record(row: sqlite3.Row) -> EventRecord:
    """One row of ``mentions`` (``id``, ``record``) as the record it keeps."""
    try:
        return EventRecord.from_dict(json.loads(row["record"]))
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise StoreError(f"mention {row['id']}: the stored record is not a valid event record ({error!r})") from None


def dyad_row(row: sqlite3.Row) -> tuple[str, int, float]:
    """(date, quad class, Goldstein) of an event (``id``, ``date``, ``quad_class``, ``goldstein``), checked."""
    event_id, day, quad_class, goldstein = row
    if not isinstance(day, str) or quad_class not in (1, 2, 3, 4) or not _fits(goldstein, float):
        raise StoreError(
            f"event {event_id}: date {day!r}, quad class {quad_class!r} or Goldstein score {goldstein!r} is not one"
        )
    return day, quad_class, goldstein


def conditions(query: EventQuery) -> tuple[list[str], list[Any]]:
    """The SQL conditions (and their parameters) of a query on ``events``."""
    clauses: list[str] = []
    parameters: list[Any] = []
    for role, code in (("actor", query.actor), ("recipient", query.recipient)):
        if code:
            # Three letters name a country; longer codes add sectors (TURGOV).
            clauses.append(f"{role}_country = ?" if len(code) == 3 else f"{role}_code = ?")
            parameters.append(code)
    if query.event:
        if query.event.isdigit():
            clauses.append("cameo LIKE ?")
            parameters.append(f"{query.event}%")
        else:
            clauses.append("event = ?")
            parameters.append(query.event)
    if query.since:
        # An event known only to a month or year ("2021-09") that contains the
        # first day is kept: it may have happened after it.
        clauses.append("(date >= ? OR substr(?, 1, length(date)) = date)")
        parameters.extend((query.since, query.since))
    if query.until:
        # A date may carry a time ("2021-09-30T10:00"): compare the day alone.
        clauses.append("substr(date, 1, 10) <= ?")
        parameters.append(query.until)
    if query.place_country:
        clauses.append("location_country = ?")
        parameters.append(query.place_country)
    return clauses, parameters
