"""Opening a store file: for writing or read-only, and checked before use.

Everything that can be wrong with a file given as a store (missing, not
SQLite, damaged, another program's database, a newer schema, a table or
column gone, read-only) is reported as a :class:`StoreError` with a one-line
message, never as sqlite3's own exception.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import urllib.parse
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from newsevents.store.schema import ADDED_IN_VERSION_2, SCHEMA_VERSION, UPGRADABLE_VERSIONS, schema_sql, upgrade_sql

TABLES = ("articles", "article_bands", "events", "mentions")


class StoreError(Exception):
    """The store cannot be used: missing, damaged, read-only, or another program's."""


@contextlib.contextmanager
def store_errors(problem: str = "damaged or changed by another program") -> Iterator[None]:
    """sqlite3's errors while using the store, as one-line :class:`StoreError`s
    saying ``problem`` and sqlite3's reason."""
    try:
        yield
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{problem} ({error})") from None


def connect(path: Path, *, create: bool) -> sqlite3.Connection:
    """A connection to the store in ``path``: read-write when ``create``
    (the file and schema are made when missing), else read-only."""
    if not create and not path.is_file():
        raise StoreError("no such file")
    if create:
        _check_writable(path)
    try:
        if create:
            return sqlite3.connect(path, isolation_level=None, timeout=60)
        # A reader may be used from another thread than the one opening it (the
        # server's event loop); a read-only connection has nothing to race on.
        return sqlite3.connect(
            _read_only_uri(path), uri=True, isolation_level=None, timeout=60, check_same_thread=False
        )
    except sqlite3.Error as error:
        raise StoreError(f"cannot open it ({error})") from None


def _check_writable(path: Path) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError("the file is read-only: it can be queried and exported but not written to")
    if not folder.is_dir():
        raise StoreError(f"its folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        # SQLite keeps its journal (-wal, -shm) beside the file.
        raise StoreError(f"its folder {folder} is read-only: the store cannot be written there")


def _read_only_uri(path: Path) -> str:
    """``mode=ro``; in a folder nobody can write, also ``immutable=1``, since
    SQLite could not create the -shm file it needs to read a WAL store there
    (and no writer can be changing the store)."""
    folder = path.parent if str(path.parent) else Path(".")
    wal = path.with_name(path.name + "-wal")
    immutable = not os.access(folder, os.W_OK) and not wal.exists()
    quoted = urllib.parse.quote(str(path.resolve()))
    return f"file:{quoted}?mode=ro" + ("&immutable=1" if immutable else "")


def prepare(db: sqlite3.Connection, *, create: bool) -> None:
    """Check that ``db`` is a store this version can use; for a writer, make
    the schema of a new file and set WAL mode."""
    with store_errors("not a usable event store"):
        version = db.execute("PRAGMA user_version").fetchone()[0]
        has_tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"made by a newer newsevents (schema version {version}; this one reads {SCHEMA_VERSION}):"
            " upgrade newsevents to read it"
        )
    if version in UPGRADABLE_VERSIONS and has_tables:
        if not create:
            raise StoreError(
                f"made by an older newsevents (schema version {version}): open it for writing once"
                " (newsevents code --db, or newsevents.open_store(path, create=True)) to upgrade it in place"
            )
        _upgrade(db)
        version = SCHEMA_VERSION
    if version != SCHEMA_VERSION and (has_tables or not create):
        raise StoreError(f"not a newsevents event store (schema version {version}, expected {SCHEMA_VERSION})")
    with store_errors("not a usable event store"):
        if create:
            db.execute("PRAGMA journal_mode=WAL")
            # In WAL mode NORMAL loses nothing when the process is killed, only on power loss.
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            if version != SCHEMA_VERSION:
                db.executescript(schema_sql())
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        _check_tables(db)


def _upgrade(db: sqlite3.Connection) -> None:
    """A store of an earlier schema: the same tables, with the columns added since,
    and its events re-keyed by the current identity rule (events it kept apart stay
    apart); all in one transaction."""
    from newsevents.store.merging import rekey_events  # the merge rule needs the knowledge of identity

    with store_errors("could not be upgraded"):
        db.execute("BEGIN IMMEDIATE")
        try:
            present = {row[1] for row in db.execute("PRAGMA table_info(events)")}
            for column in ADDED_IN_VERSION_2:
                if column.split()[0] not in present:
                    db.execute(f"ALTER TABLE events ADD COLUMN {column}")
            for statement in upgrade_sql():
                db.execute(statement)
            rekey_events(db)
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise


@lru_cache(maxsize=1)
def expected_columns() -> dict[str, frozenset[str]]:
    """The columns of each table of the current schema."""
    db = sqlite3.connect(":memory:")
    try:
        db.executescript(schema_sql())
        return {table: frozenset(row[1] for row in db.execute(f"PRAGMA table_info({table})")) for table in TABLES}
    finally:
        db.close()


def _check_tables(db: sqlite3.Connection) -> None:
    for table, columns in expected_columns().items():
        present = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        if not present:
            raise StoreError(f"not a usable event store (it has no table {table})")
        missing = sorted(columns - present)
        if missing:
            raise StoreError(f"not a usable event store (table {table} has no column {missing[0]})")
