"""The event store opened read-only, for the server.

The server only reads: it opens the SQLite file with a ``mode=ro`` URI, so it
works on a store in a read-only folder and can never change it, and it checks
the file before the first request so that a missing, corrupt or newer store
is one clear line at start-up, not a server that fails later.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

from newsevents.store import EventStore, StoreError

MAX_CACHED = 1024  # results kept between two changes of the store
T = TypeVar("T")


class ReadOnlyStore(EventStore):
    """An :class:`EventStore` opened read-only (``EventStore(path, create=False)``),
    with answers kept until a writer changes the store.

    The store's own reading methods (``events``, ``mentions``, ``known_countries``,
    ``dyad_rows`` ...) are inherited; its writing methods fail because SQLite
    refuses to write.
    """

    def __init__(self, path: str | Path) -> None:
        super().__init__(path, create=False)
        self._cache: dict[Hashable, Any] = {}
        self._cache_version: int | None = None
        try:
            # Reading every page of the events table finds a truncated or damaged file now.
            self._db.execute("SELECT count(*), max(id) FROM events").fetchone()
        except sqlite3.DatabaseError as error:
            self._db.close()
            raise StoreError(f"not a usable event store ({error})") from None

    def known_countries(self) -> set[str]:
        return self.cached("countries", super().known_countries)

    def known_sectors(self) -> set[str]:
        return self.cached("sectors", super().known_sectors)

    def cached(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, computed again only after a writer changed the store
        (SQLite's data_version tells) or when many other keys came in between."""
        version = self._db.execute("PRAGMA data_version").fetchone()[0]
        if version != self._cache_version or len(self._cache) >= MAX_CACHED:
            self._cache, self._cache_version = {}, version
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    @property
    def connection(self) -> sqlite3.Connection:
        """The read-only connection, for the server's own (parameterised) queries."""
        return self._db
