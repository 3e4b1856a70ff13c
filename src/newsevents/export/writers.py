"""Write the events of a store to a file in one of the export formats.

:data:`EXPORTERS` is the registry: a format's name and the function that writes
it.  Adding a format means adding one entry.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsevents.export.gdelt import GDELT_COLUMNS, gdelt_row
from newsevents.export.plover import plover_record
from newsevents.export.polecat import POLECAT_COLUMNS, polecat_row
from newsevents.records import EventRecord, StoredEvent

if TYPE_CHECKING:  # the command line reads FORMATS without loading the store (numpy)
    from newsevents.store import EventQuery, EventStore

# A writer takes the store, the query and the output path and returns how many events it wrote.
Exporter = Callable[["EventStore", "EventQuery", Path], int]
RowMaker = Callable[[StoredEvent, list[EventRecord]], dict[str, Any] | None]


def _with_mentions(store: EventStore, query: EventQuery) -> Iterator[tuple[StoredEvent, list[EventRecord]]]:
    for event in store.events(query):
        yield event, store.mentions(event.event_id)


_LINE_BREAKS = re.compile(r"[\t\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")


def tsv_cell(value: Any) -> str:
    """A value as a TSV field: empty for None, tabs and line breaks as spaces,
    so that the file needs no quoting and ``cut -f`` finds every column."""
    if value is None:
        return ""
    return _LINE_BREAKS.sub(" ", str(value))


def _tsv(columns: tuple[str, ...], to_row: RowMaker, *, header: bool) -> Exporter:
    """A writer of one tab-separated row per event (an event without a row is
    left out), with the column names as a first line when ``header``."""

    def write(store: EventStore, query: EventQuery, path: Path) -> int:
        with open(path, "w", encoding="utf-8", newline="") as handle:
            if header:
                handle.write("\t".join(columns) + "\n")
            written = 0
            for event, mentions in _with_mentions(store, query):
                row = to_row(event, mentions)
                if row is not None:
                    handle.write("\t".join(tsv_cell(row.get(column)) for column in columns) + "\n")
                    written += 1
        return written

    return write


def _csv(store: EventStore, query: EventQuery, path: Path) -> int:
    from newsevents.export.eventcsv import write_events_csv  # it reads the store's columns

    with open(path, "w", encoding="utf-8", newline="") as handle:
        return write_events_csv(store.events(query), handle)


def _plover_jsonl(store: EventStore, query: EventQuery, path: Path) -> int:
    written = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        for event, mentions in _with_mentions(store, query):
            handle.write(json.dumps(plover_record(event, mentions), ensure_ascii=False) + "\n")
            written += 1
    return written


def _parquet(store: EventStore, query: EventQuery, path: Path) -> int:
    from newsevents.export.parquet import write_events_parquet  # pyarrow only to write Parquet

    return write_events_parquet(store.events(query), path)


EXPORTERS: dict[str, Exporter] = {
    "plover-jsonl": _plover_jsonl,
    "polecat-tsv": _tsv(POLECAT_COLUMNS, polecat_row, header=True),
    "gdelt-tsv": _tsv(GDELT_COLUMNS, gdelt_row, header=False),  # GDELT's files have no header
    "parquet": _parquet,
    "csv": _csv,
}
FORMATS = tuple(EXPORTERS)


def export_events(store: EventStore, fmt: str, path: Path, query: EventQuery | None = None) -> int:
    """Write the events matching ``query`` (all without one) to ``path`` in format ``fmt``; returns how many."""
    from newsevents.store import EventQuery

    if fmt not in EXPORTERS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if path.exists() and not path.is_file():  # a device or a pipe (/dev/stdout): written as it goes
        return EXPORTERS[fmt](store, query or EventQuery(), path)
    # Written beside it and renamed when whole: a damaged row found half-way leaves no half file.
    partial = path.with_name(f".{path.name}.partial")
    try:
        count = EXPORTERS[fmt](store, query or EventQuery(), partial)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return count
