"""Write the events of a store to a file in one of the export formats."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from newsevents.export.gdelt import GDELT_COLUMNS, gdelt_row
from newsevents.export.parquet import write_events_parquet
from newsevents.export.plover import plover_record
from newsevents.export.polecat import POLECAT_COLUMNS, polecat_row
from newsevents.store import EventQuery, EventStore

FORMATS = ("plover-jsonl", "polecat-tsv", "gdelt-tsv", "parquet")


def _with_mentions(store: EventStore, query: EventQuery) -> Iterator[tuple[dict, list[dict]]]:
    for event in store.events(query):
        yield event, store.mentions(event["event_id"])


def _write_tsv(
    handle: TextIO,
    columns: tuple[str, ...],
    rows: Iterator[dict[str, Any] | None],
) -> int:
    writer = csv.DictWriter(handle, fieldnames=columns, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    written = 0
    for row in rows:
        if row is not None:
            writer.writerow(row)
            written += 1
    return written


def export_events(
    store: EventStore, fmt: str, path: Path, query: EventQuery = EventQuery()
) -> int:
    """Write the events matching ``query`` to ``path`` in format ``fmt``; returns how many."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if fmt == "parquet":
        return write_events_parquet(store.events(query), path)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        if fmt == "plover-jsonl":
            return _write_jsonl(handle, store, query)
        columns, to_row = (
            (POLECAT_COLUMNS, polecat_row) if fmt == "polecat-tsv" else (GDELT_COLUMNS, gdelt_row)
        )
        return _write_tsv(handle, columns, (to_row(e, m) for e, m in _with_mentions(store, query)))


def _write_jsonl(handle: TextIO, store: EventStore, query: EventQuery) -> int:
    written = 0
    for event, mentions in _with_mentions(store, query):
        handle.write(json.dumps(plover_record(event, mentions), ensure_ascii=False) + "\n")
        written += 1
    return written
