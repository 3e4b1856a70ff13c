"""The event store opened read-only, for the server.

The server only reads: it opens the SQLite file with a ``mode=ro`` URI, so it
works on a store in a read-only folder and can never change it, and it checks
the file before the first request so that a missing, corrupt or newer store
is one clear line at start-up, not a server that fails later.
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from newsevents.store import EventStore, StoreError
from newsevents.store.eventstore import SCHEMA_VERSION

REQUIRED_TABLES = ("articles", "mentions", "events")
MAX_CACHED = 1024  # results kept between two changes of the store
T = TypeVar("T")


class ReadOnlyStore(EventStore):
    """An :class:`EventStore` on a read-only connection.

    Only the connection differs: the store's own reading methods (``events``,
    ``mentions``, ``known_countries``, ``dyad_rows`` ...) are inherited, and its
    writing methods fail because SQLite refuses to write.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._cache: dict[Hashable, Any] = {}
        self._cache_version: int | None = None
        if not self.path.is_file():
            raise StoreError("no such file")
        uri = f"file:{quote(str(self.path.resolve()))}?mode=ro"
        try:
            self._open(uri)
        except sqlite3.OperationalError as error:
            if os.access(self.path.parent, os.W_OK):
                raise StoreError(f"cannot read it ({error})") from None
            # A WAL store in a read-only folder: SQLite cannot make the shared-memory
            # file there, and no writer can change the store either, so it is immutable.
            self._open(f"{uri}&immutable=1")

    def _open(self, uri: str) -> None:
        try:
            # The server's event loop may run in another thread than the one opening it.
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=10)
        except sqlite3.Error as error:
            raise StoreError(f"cannot open it read-only ({error})") from None
        self._db.row_factory = sqlite3.Row
        try:
            self._check()
        except sqlite3.OperationalError:
            self._db.close()
            raise
        except sqlite3.DatabaseError as error:
            self._db.close()
            raise StoreError(f"not a usable event store ({error})") from None
        except StoreError:
            self._db.close()
            raise

    def _check(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"written by a newer newsevents (schema version {version};"
                f" this one reads version {SCHEMA_VERSION}): upgrade newsevents"
            )
        if version != SCHEMA_VERSION:
            raise StoreError(
                f"not a newsevents event store (schema version {version},"
                f" expected {SCHEMA_VERSION})"
            )
        names = {row[0] for row in self._db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = [table for table in REQUIRED_TABLES if table not in names]
        if missing:
            raise StoreError(f"not a newsevents event store (no table {missing[0]})")
        # Reading every page of the events table finds a truncated or damaged file now.
        self._db.execute("SELECT count(*), max(id) FROM events").fetchone()

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
