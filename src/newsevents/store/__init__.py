"""The event store: coded articles, their mentions, and deduplicated events in SQLite."""

from newsevents.store.eventstore import EVENT_COLUMNS, EventQuery, EventStore, StoreError

__all__ = ["EVENT_COLUMNS", "EventQuery", "EventStore", "StoreError"]
