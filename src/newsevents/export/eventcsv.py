"""The store's events as CSV: the events table's columns, with a header.

CAMEO codes keep their leading zeros only when read as text: pandas needs
``pd.read_csv(path, dtype={"cameo": str})`` (docs/store.md).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from newsevents.records import StoredEvent
from newsevents.store import EVENT_COLUMNS


def write_events_csv(events: Iterable[StoredEvent], handle: TextIO) -> int:
    """The events table as CSV with a header (``query --format csv`` and
    ``export --format csv``); returns how many events."""
    writer = csv.DictWriter(handle, fieldnames=EVENT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow(event.to_dict())
        count += 1
    return count
