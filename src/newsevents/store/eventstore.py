"""The event store: SQLite (WAL mode) holding articles, mentions and events.

Each article is written in one transaction, so a run killed at any point leaves
the store as it was after the last whole article; ``has_article`` then lets the
next run skip what is already there.  Mentions (one coded event in one sentence)
are merged into events by :func:`newsevents.store.merging.merge_mention`
(the identity rule: :mod:`newsevents.store.dedup`).
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from newsevents.records import STORED_EVENT_COLUMNS, Article, CodingResult, EventRecord, StoredEvent
from newsevents.store.merging import merge_mention, rekey_events
from newsevents.store.schema import SCHEMA_VERSION, UPGRADABLE_VERSIONS, schema_sql, upgrade_sql
from newsevents.store.similarity import (
    DUPLICATE_THRESHOLD,
    band_keys,
    estimated_jaccard,
    minhash_signature,
)

_WHITESPACE = re.compile(r"\s+")

EVENT_COLUMNS = tuple(column.name for column in STORED_EVENT_COLUMNS)


class StoreError(Exception):
    """The store cannot be used: missing, not a database, or another program's."""


@dataclass(frozen=True)
class EventQuery:
    """Which events to read; None means no condition."""

    actor: str | None = None  # a country (TUR) or a full code (TURGOV)
    recipient: str | None = None
    event: str | None = None  # a PLOVER type (SANCTION) or a CAMEO code prefix (16)
    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    place_country: str | None = None


def content_hash(text: str) -> str | None:
    """The identity of an article's text, blind to spacing; None for no text."""
    normalised = _WHITESPACE.sub(" ", text).strip()
    if not normalised:
        return None
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


class EventStore:
    """An event store in one SQLite file.

    ``EventStore(path)`` creates the file and schema when missing;
    ``EventStore(path, create=False)`` only opens an existing store (for readers).
    """

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.is_file():
            raise StoreError("no such file")
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=60)
        except sqlite3.Error as error:
            raise StoreError(f"cannot open it ({error})") from None
        self._db.row_factory = sqlite3.Row
        try:
            self._prepare(create)
        except sqlite3.DatabaseError as error:
            self._db.close()
            raise StoreError(f"not a usable event store ({error})") from None
        except StoreError:
            self._db.close()
            raise

    def _prepare(self, create: bool) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        has_tables = self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        if has_tables and version in UPGRADABLE_VERSIONS:
            self._upgrade()
            version = SCHEMA_VERSION
        if version != SCHEMA_VERSION and (has_tables or not create):
            raise StoreError(f"not a newsevents event store (schema version {version}, expected {SCHEMA_VERSION})")
        self._db.execute("PRAGMA journal_mode=WAL")
        # In WAL mode NORMAL loses nothing when the process is killed, only on power loss.
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        if version != SCHEMA_VERSION:
            self._db.executescript(schema_sql())
            self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def _upgrade(self) -> None:
        """A store of an earlier schema: the same tables, events keyed by the old
        identity rule; re-key them (events it kept apart stay apart)."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            for statement in upgrade_sql():
                self._db.execute(statement)
            rekey_events(self._db)
            self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    # -- writing ---------------------------------------------------------------

    def has_article(self, article: Article) -> bool:
        """Whether this article (same id, or same text under another id) is stored."""
        text_hash = content_hash(article.text)
        row = self._db.execute(
            "SELECT 1 FROM articles WHERE article_id = ? OR content_hash = ? LIMIT 1",
            (article.id, text_hash),
        ).fetchone()
        return row is not None

    def add(self, result: CodingResult) -> bool:
        """Store one coded article and merge its mentions into events.

        Returns False, changing nothing, when the article is already stored.
        """
        self._db.execute("BEGIN IMMEDIATE")
        try:
            if self.has_article(result.article):
                self._db.execute("ROLLBACK")
                return False
            article_row, source_key = self._insert_article(result)
            for record in result.events:
                self._insert_mention(article_row, source_key, record)
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        return True

    def _insert_article(self, result: CodingResult) -> tuple[int, str]:
        article = result.article
        signature = minhash_signature(article.text)
        bands = band_keys(signature) if signature is not None else []
        story = self._find_copy(signature, bands)
        if story is not None:
            story_row, source_key = story
        else:
            story_row, source_key = None, article.source or f"article:{article.id}"
        cursor = self._db.execute(
            "INSERT INTO articles (article_id, content_hash, title, url, source, published,"
            " story, source_key, signature, problem, num_mentions)"
            " VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
            (
                article.id,
                content_hash(article.text),
                article.title,
                article.url,
                article.source,
                article.published.isoformat() if article.published else None,
                source_key,
                signature.tobytes() if signature is not None else None,
                result.problem.message if result.problem else None,
                len(result.events),
            ),
        )
        row = cursor.lastrowid  # the story is known only now when it is this article's own
        assert row is not None  # an INSERT always sets it
        self._db.execute(
            "UPDATE articles SET story = ? WHERE id = ?",
            (story_row if story_row is not None else row, row),
        )
        self._db.executemany(
            "INSERT OR IGNORE INTO article_bands (band_key, article) VALUES (?, ?)",
            [(key, row) for key in bands],
        )
        return row, source_key

    def _find_copy(self, signature: np.ndarray | None, bands: list[int]) -> tuple[int, str] | None:
        """The story and source of the stored article this text is a copy of."""
        if signature is None:
            return None
        candidates = self._db.execute(
            "SELECT DISTINCT a.id, a.story, a.source_key, a.signature FROM article_bands b"
            f" JOIN articles a ON a.id = b.article WHERE b.band_key IN ({','.join('?' * len(bands))})"
            " ORDER BY a.id",
            bands,
        ).fetchall()
        best: tuple[float, int, str] | None = None
        for candidate in candidates:
            other = np.frombuffer(candidate["signature"], dtype=np.uint32)
            similarity = estimated_jaccard(signature, other)
            if similarity >= DUPLICATE_THRESHOLD and (best is None or similarity > best[0]):
                best = (similarity, candidate["story"], candidate["source_key"])
        return (best[1], best[2]) if best else None

    def _insert_mention(self, article_row: int, source_key: str, record: EventRecord) -> None:
        event_id = None
        if record.modality == "asserted":
            event_id = merge_mention(self._db, article_row, source_key, record)
        self._db.execute(
            "INSERT INTO mentions (article, sentence_index, event_id, modality, record) VALUES (?, ?, ?, ?, ?)",
            (
                article_row,
                record.sentence_index,
                event_id,
                record.modality,
                json.dumps(record.to_dict(), ensure_ascii=False),
            ),
        )

    # -- reading ---------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """How many articles, mentions and events the store holds."""
        return {
            table: self._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "mentions", "events")
        }

    def copied_articles(self) -> int:
        """How many stored articles were found to be copies of an earlier story."""
        return self._db.execute("SELECT count(*) FROM articles WHERE story != id").fetchone()[0]

    def events(self, query: EventQuery | None = None) -> Iterator[StoredEvent]:
        """The events matching ``query`` (all without one), by date then id."""
        conditions, parameters = _conditions(query or EventQuery())
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        columns = ", ".join(
            column.name if column.sql_name == column.name else f"{column.sql_name} AS {column.name}"
            for column in STORED_EVENT_COLUMNS
        )
        cursor = self._db.execute(f"SELECT {columns} FROM events{where} ORDER BY date, id", parameters)
        for row in cursor:
            yield StoredEvent(**row)

    def mentions(self, event_id: int) -> list[EventRecord]:
        """The coded records merged into one event, in the order they were stored."""
        rows = self._db.execute("SELECT record FROM mentions WHERE event_id = ? ORDER BY id", (event_id,))
        return [EventRecord.from_dict(json.loads(row["record"])) for row in rows]

    def known_countries(self) -> set[str]:
        """Every actor, recipient and place country code in the store."""
        rows = self._db.execute(
            "SELECT actor_country FROM events UNION SELECT recipient_country FROM events"
            " UNION SELECT location_country FROM events"
        )
        return {row[0] for row in rows if row[0]}

    def known_sectors(self) -> set[str]:
        """Every actor and recipient sector code in the store."""
        rows = self._db.execute("SELECT actor_sector FROM events UNION SELECT recipient_sector FROM events")
        return {row[0] for row in rows if row[0]}

    def dyad_rows(self, actor: str, recipient: str) -> list[tuple[str, int, float]]:
        """(date, quad class, Goldstein) of every dated event from actor to recipient."""
        rows = self._db.execute(
            "SELECT date, quad_class, goldstein FROM events"
            " WHERE actor_country = ? AND recipient_country = ? AND date IS NOT NULL"
            " ORDER BY date",
            (actor, recipient),
        )
        return [(row[0], row[1], row[2]) for row in rows]


def _conditions(query: EventQuery) -> tuple[list[str], list[Any]]:
    conditions: list[str] = []
    parameters: list[Any] = []
    for role, code in (("actor", query.actor), ("recipient", query.recipient)):
        if code:
            # Three letters name a country; longer codes add sectors (TURGOV).
            conditions.append(f"{role}_country = ?" if len(code) == 3 else f"{role}_code = ?")
            parameters.append(code)
    if query.event:
        if query.event.isdigit():
            conditions.append("cameo LIKE ?")
            parameters.append(f"{query.event}%")
        else:
            conditions.append("event = ?")
            parameters.append(query.event)
    if query.since:
        # An event known only to a month or year ("2021-09") that contains the
        # first day is kept: it may have happened after it.
        conditions.append("(date >= ? OR substr(?, 1, length(date)) = date)")
        parameters.extend((query.since, query.since))
    if query.until:
        # A date may carry a time ("2021-09-30T10:00"): compare the day alone.
        conditions.append("substr(date, 1, 10) <= ?")
        parameters.append(query.until)
    if query.place_country:
        conditions.append("location_country = ?")
        parameters.append(query.place_country)
    return conditions, parameters
