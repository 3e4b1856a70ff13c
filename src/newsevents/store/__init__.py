"""The event store: coded articles, their mentions, and deduplicated events in SQLite.

The names load on first use, so that reading a submodule (``store.dyad``) or
building the command line does not import the store and numpy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# public name -> the module that defines it
_PUBLIC = {
    "EVENT_COLUMNS": "newsevents.store.eventstore",
    "EventStore": "newsevents.store.eventstore",
    "StoreError": "newsevents.store.opening",
    "EventQuery": "newsevents.store.reading",
}

__all__ = ["EVENT_COLUMNS", "EventQuery", "EventStore", "StoreError"]


def __getattr__(name: str) -> Any:
    if name not in _PUBLIC:
        raise AttributeError(f"module 'newsevents.store' has no attribute {name!r}")
    return getattr(importlib.import_module(_PUBLIC[name]), name)


if TYPE_CHECKING:  # what type checkers see (the "as" marks a re-export)
    from newsevents.store.eventstore import EVENT_COLUMNS as EVENT_COLUMNS
    from newsevents.store.eventstore import EventStore as EventStore
    from newsevents.store.opening import StoreError as StoreError
    from newsevents.store.reading import EventQuery as EventQuery
