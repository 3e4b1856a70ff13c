"""The event store: coded articles, their mentions, and deduplicated events in SQLite."""

from newsevents.store.eventstore import EVENT_COLUMNS, EventStore
from newsevents.store.opening import StoreError
from newsevents.store.reading import EventQuery

__all__ = ["EVENT_COLUMNS", "EventQuery", "EventStore", "StoreError"]
