"""Write the events of a store to a file in one of the export formats.

:data:`EXPORTERS` is the registry: a format's name and the function that writes
it.  Adding a format means adding one entry.
"""

from __future__ import annotations

import csv
import json
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


def _tsv(columns: tuple[str, ...], to_row: RowMaker) -> Exporter:
    """A writer of one tab-separated row per event (an event without a row is left out)."""

    def write(store: EventStore, query: EventQuery, path: Path) -> int:
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, delimiter="\t", lineterminator="\n")
            writer.writeheader()
            written = 0
            for event, mentions in _with_mentions(store, query):
                row = to_row(event, mentions)
                if row is not None:
                    writer.writerow(row)
                    written += 1
        return written

    return write


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
    "polecat-tsv": _tsv(POLECAT_COLUMNS, polecat_row),
    "gdelt-tsv": _tsv(GDELT_COLUMNS, gdelt_row),
    "parquet": _parquet,
}
FORMATS = tuple(EXPORTERS)


def export_events(store: EventStore, fmt: str, path: Path, query: EventQuery | None = None) -> int:
    """Write the events matching ``query`` (all without one) to ``path`` in format ``fmt``; returns how many."""
    from newsevents.store import EventQuery

    if fmt not in EXPORTERS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    return EXPORTERS[fmt](store, query or EventQuery(), path)
