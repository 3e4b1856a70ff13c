"""The public functions of ``newsevents`` (docs/python.md): code a text, open a store."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.records import EventRecord
from newsevents.store import EventStore

if TYPE_CHECKING:
    from newsevents.pipeline import Coder


@lru_cache(maxsize=1)
def default_coder() -> Coder:
    """The coder :func:`code` uses, built on its first call and then reused."""
    from newsevents.pipeline import Coder  # spaCy loads here, not on import

    return Coder()


def code(
    text: str,
    published: date | str | None = None,
    *,
    article_id: str = "text",
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> list[EventRecord]:
    """The events of one news text published on ``published`` (a date or "YYYY-MM-DD").

    The first call loads the parser (a few seconds); later calls reuse it.  For a
    coder with other settings, use :class:`newsevents.Coder`.  Without a publication
    date, relative expressions ("on Monday") give no date (docs/record.md)."""
    return default_coder().code_text(text, published, article_id=article_id, source=source, url=url, title=title)


def open_store(path: str | Path, *, create: bool = False) -> EventStore:
    """The event store in ``path``, for reading (``create=True`` to make a new one
    to write to).  Raises :class:`~newsevents.store.StoreError` when the file is
    missing or not an event store.  Use it as a context manager, or ``close()`` it."""
    return EventStore(path, create=create)
