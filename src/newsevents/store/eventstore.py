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
from pathlib import Path

import numpy as np

from newsevents.records import STORED_EVENT_COLUMNS, Article, CodingResult, EventRecord, StoredEvent
from newsevents.store.candidates import names_both_parties
from newsevents.store.merging import merge_mention
from newsevents.store.opening import StoreError, connect, prepare, store_errors
from newsevents.store.reading import EVENT_SELECT, EventQuery, conditions, dyad_row, stored_event, stored_record
from newsevents.store.similarity import (
    DUPLICATE_THRESHOLD,
    band_keys,
    estimated_jaccard,
    minhash_signature,
)

_WHITESPACE = re.compile(r"\s+")

EVENT_COLUMNS = tuple(column.name for column in STORED_EVENT_COLUMNS)


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
        self.read_only = not create
        self._db = connect(self.path, create=create)
        self._db.row_factory = sqlite3.Row
        try:
            prepare(self._db, create=create)
        except StoreError:
            self._db.close()
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
        return self.stored_as(article) is not None

    def stored_as(self, article: Article) -> tuple[str, bool] | None:
        """The id of the stored article that is this one (same id, or else same
        text under another id), and whether its text is the same; None when new."""
        text_hash = content_hash(article.text)
        with store_errors():
            row = self._db.execute(
                "SELECT article_id, content_hash IS ? FROM articles WHERE article_id = ? OR content_hash = ?"
                " ORDER BY article_id != ? LIMIT 1",
                (text_hash, article.id, text_hash, article.id),
            ).fetchone()
        return (row[0], bool(row[1])) if row is not None else None

    def add(self, result: CodingResult) -> bool:
        """Store one coded article and merge its mentions into events.

        Returns False, changing nothing, when the article is already stored.
        """
        with store_errors("cannot write to the store"):
            self._db.execute("BEGIN IMMEDIATE")
            try:
                if self.has_article(result.article):
                    self._db.execute("ROLLBACK")
                    return False
                article_row, source_key = self._insert_article(result)
                mention_rows = [self._insert_mention(article_row, record) for record in result.events]
                # mentions naming both parties first: the others may join what their article reported
                for index in sorted(range(len(result.events)), key=lambda i: not names_both_parties(result.events[i])):
                    record = result.events[index]
                    if record.modality == "asserted":
                        event_id = merge_mention(self._db, article_row, source_key, record)
                        self._db.execute(
                            "UPDATE mentions SET event_id = ? WHERE id = ?", (event_id, mention_rows[index])
                        )
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
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

    def _insert_mention(self, article_row: int, record: EventRecord) -> int:
        """Store a mention, not yet in an event; its row id."""
        cursor = self._db.execute(
            "INSERT INTO mentions (article, sentence_index, event_id, modality, record) VALUES (?, ?, NULL, ?, ?)",
            (article_row, record.sentence_index, record.modality, json.dumps(record.to_dict(), ensure_ascii=False)),
        )
        assert cursor.lastrowid is not None  # an INSERT always sets it
        return cursor.lastrowid

    # -- reading ---------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """How many articles, mentions and events the store holds."""
        with store_errors():
            return {
                table: self._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("articles", "mentions", "events")
            }

    def copied_articles(self) -> int:
        """How many stored articles were found to be copies of an earlier story."""
        with store_errors():
            return self._db.execute("SELECT count(*) FROM articles WHERE story != id").fetchone()[0]

    def events(self, query: EventQuery | None = None) -> Iterator[StoredEvent]:
        """The events matching ``query`` (all without one), by date then id."""
        clauses, parameters = conditions(query or EventQuery())
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        with store_errors():
            cursor = self._db.execute(f"SELECT {EVENT_SELECT} FROM events{where} ORDER BY date, id", parameters)
            for row in cursor:
                yield stored_event(row)

    def mentions(self, event_id: int) -> list[EventRecord]:
        """The coded records merged into one event, in the order they were stored."""
        with store_errors():
            rows = self._db.execute("SELECT id, record FROM mentions WHERE event_id = ? ORDER BY id", (event_id,))
            return [stored_record(row) for row in rows]

    def article_records(self, article_id: str) -> list[EventRecord]:
        """Every coded record of the stored article with this id, as it was coded."""
        with store_errors():
            rows = self._db.execute(
                "SELECT m.id, m.record FROM mentions m JOIN articles a ON a.id = m.article"
                " WHERE a.article_id = ? ORDER BY m.id",
                (article_id,),
            )
            return [stored_record(row) for row in rows]

    def known_countries(self) -> set[str]:
        """Every actor, recipient and place country code in the store."""
        with store_errors():
            rows = self._db.execute(
                "SELECT actor_country FROM events UNION SELECT recipient_country FROM events"
                " UNION SELECT location_country FROM events"
            ).fetchall()
        return {row[0] for row in rows if row[0]}

    def known_sectors(self) -> set[str]:
        """Every actor and recipient sector code in the store."""
        with store_errors():
            rows = self._db.execute(
                "SELECT actor_sector FROM events UNION SELECT recipient_sector FROM events"
            ).fetchall()
        return {row[0] for row in rows if row[0]}

    def dyad_rows(self, actor: str, recipient: str) -> list[tuple[str, int, float]]:
        """(date, quad class, Goldstein) of every dated event from actor to recipient."""
        with store_errors():
            rows = self._db.execute(
                "SELECT id, date, quad_class, goldstein FROM events"
                " WHERE actor_country = ? AND recipient_country = ? AND date IS NOT NULL"
                " ORDER BY date",
                (actor, recipient),
            )
            return [dyad_row(row) for row in rows]
