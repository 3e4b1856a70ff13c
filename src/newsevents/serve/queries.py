"""What the API reads from the store: pages of events with their best evidence,
one event with all its mentions, and the counts behind the map, the network
and the actor picker.

Events come from the ``events`` table.  Statements that are not events (the
negated, future and hypothetical mentions, which the store keeps with no
event) are read from ``mentions`` under the same column names, so the store's
own filter conditions (:func:`newsevents.store.reading.conditions`) apply to
both.  Every value reaches SQLite as a parameter.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import orjson
import pycountry

from newsevents.serve.params import EventFilter
from newsevents.serve.reader import ReadOnlyStore
from newsevents.store import EVENT_COLUMNS
from newsevents.store.reading import conditions as store_conditions

MAX_MENTIONS = 1000  # of one event, in /api/events/{id}

_EVENT_SELECT = ", ".join("id AS event_id" if c == "event_id" else c for c in EVENT_COLUMNS)


def _json_column(path: str, name: str) -> str:
    return f"json_extract(record, '$.{path}') AS {name}"


# Where a column of ``events`` lies in a mention's stored record; the rest are
# fields of the record under the same name (date_precision, event, cameo, ...).
_COLUMN_IN_MENTION = {
    "event_id": "NULL AS id",
    "date": "coalesce(json_extract(record, '$.date'), json_extract(record, '$.published')) AS date",
    "num_mentions": "1 AS num_mentions",
    "num_articles": "1 AS num_articles",
    "num_sources": "1 AS num_sources",
    "source_url": _json_column("url", "source_url"),
    "first_article_id": _json_column("article_id", "first_article_id"),
}
_NESTED = ("actor", "recipient", "location")


def _mention_column(column: str) -> str:
    if column in _COLUMN_IN_MENTION:
        return _COLUMN_IN_MENTION[column]
    role, _, field = column.partition("_")
    if role in _NESTED and field:
        return _json_column(f"{role}.{field}", column)
    return _json_column(column, column)


# The non-asserted mentions, shaped like rows of ``events``: derived from the
# events' columns, so that a new column of the store is read here too.
_STATEMENT_COLUMNS = ", ".join(
    ["id AS mention_id", "article AS article_row", "record", *(_mention_column(c) for c in EVENT_COLUMNS)]
)
_STATEMENTS = f"(SELECT {_STATEMENT_COLUMNS} FROM mentions WHERE event_id IS NULL AND modality = ?)"


@dataclass(frozen=True)
class _Rows:
    """Where the rows of a filter come from, and how to narrow them."""

    table: str
    parameters: tuple[Any, ...]
    row_id: str
    by_source: str
    by_text: str


_EVENT_ROWS = _Rows(
    table="events",
    parameters=(),
    row_id="id",
    by_source="id IN (SELECT m.event_id FROM mentions m JOIN articles a ON a.id = m.article"
    " WHERE a.source = ? COLLATE NOCASE)",
    by_text="id IN (SELECT event_id FROM mentions WHERE event_id IS NOT NULL"
    " AND json_extract(record, '$.sentence') LIKE ? ESCAPE '\\')",
)


def _statement_rows(modality: str) -> _Rows:
    return _Rows(
        table=_STATEMENTS,
        parameters=(modality,),
        row_id="mention_id",
        by_source="article_row IN (SELECT id FROM articles WHERE source = ? COLLATE NOCASE)",
        by_text="json_extract(record, '$.sentence') LIKE ? ESCAPE '\\'",
    )


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(selection: EventFilter) -> tuple[_Rows, str, list[Any]]:
    """The row source, WHERE clause and parameters (source's first) of a filter."""
    rows = _EVENT_ROWS if selection.modality == "asserted" else _statement_rows(selection.modality)
    conditions, parameters = store_conditions(selection.query)
    # The store's date conditions compare parts of dates, which no index can serve;
    # these looser bounds, implied by them, let SQLite seek in the date index.
    if selection.query.since:
        conditions.append("date >= ?")
        parameters.append(selection.query.since[:4])
    if selection.query.until:
        conditions.append("date < ?")
        parameters.append((date.fromisoformat(selection.query.until) + timedelta(days=1)).isoformat())
    if selection.source:
        conditions.append(rows.by_source)
        parameters.append(selection.source)
    if selection.text:
        conditions.append(rows.by_text)
        parameters.append(_like_pattern(selection.text))
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    return rows, where, [*rows.parameters, *parameters]


def _span(part: dict[str, Any] | None) -> dict[str, Any] | None:
    """Text and character offsets of an actor, recipient or trigger in the sentence."""
    if not part:
        return None
    span = part.get("span", part)  # actors nest their span; the trigger is one
    result = {"text": span.get("text"), "start": span.get("start"), "end": span.get("end")}
    if "code" in part:
        result["code"] = part.get("code")
    return result


def evidence(record: dict[str, Any], article: sqlite3.Row | None = None) -> dict[str, Any]:
    """One mention as the dashboard shows it: the sentence and where its parts are."""
    result = {
        "article_id": record.get("article_id"),
        "sentence_index": record.get("sentence_index"),
        "sentence": record.get("sentence"),
        "modality": record.get("modality", "asserted"),
        "actor": _span(record.get("actor")),
        "trigger": _span(record.get("trigger")),
        "recipient": _span(record.get("recipient")),
        "reported_by": _span(record.get("reported_by")),
        "confidence": record.get("confidence"),
        "url": record.get("url"),
        "source": record.get("source"),
        "published": record.get("published"),
    }
    if article is not None:  # the stored article knows its title and outlet best
        result.update(
            title=article["title"],
            url=article["url"] or result["url"],
            source=article["source"] or result["source"],
            published=article["published"] or result["published"],
        )
    return result


def _best_evidence(db: sqlite3.Connection, event_ids: list[int]) -> dict[int, dict[str, Any]]:
    """Each event's most confident mention (the first one among equals)."""
    if not event_ids:
        return {}
    rows = db.execute(
        "SELECT event_id, json_extract(record, '$.confidence') AS confidence, record"
        f" FROM mentions WHERE event_id IN ({', '.join('?' * len(event_ids))}) ORDER BY id",
        event_ids,
    )
    best: dict[int, tuple[float, str]] = {}
    for row in rows:
        confidence = row["confidence"] if row["confidence"] is not None else -1.0
        if row["event_id"] not in best or confidence > best[row["event_id"]][0]:
            best[row["event_id"]] = (confidence, row["record"])
    return {event_id: evidence(orjson.loads(record)) for event_id, (_, record) in best.items()}


def event_page(
    store: ReadOnlyStore, selection: EventFilter, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """The number of matching events and one page of them, newest first.

    The number is kept until the store changes: counting scans every event the
    indexes cannot rule out, and each page of a filter (and the dashboard's map and
    network of it) asks again."""
    db = store.connection
    rows, where, parameters = _where(selection)
    count = f"SELECT count(*) FROM {rows.table}{where}"
    total = store.cached((count, *parameters), lambda: db.execute(count, parameters).fetchone()[0])
    select = _EVENT_SELECT if rows is _EVENT_ROWS else f"{_EVENT_SELECT}, mention_id, record"
    page = db.execute(
        f"SELECT {select} FROM {rows.table}{where} ORDER BY date DESC, {rows.row_id} DESC LIMIT ? OFFSET ?",
        [*parameters, limit, offset],
    ).fetchall()
    events = []
    if rows is _EVENT_ROWS:
        best = _best_evidence(db, [row["event_id"] for row in page])
        for row in page:
            event = dict(row)
            event["modality"] = "asserted"
            event["evidence"] = best.get(row["event_id"])
            events.append(event)
    else:
        for row in page:
            event = {column: row[column] for column in EVENT_COLUMNS}
            event.update(
                mention_id=row["mention_id"],
                modality=selection.modality,
                evidence=evidence(orjson.loads(row["record"])),
            )
            events.append(event)
    return total, events


def one_event(db: sqlite3.Connection, event_id: int) -> dict[str, Any] | None:
    """An event with every mention behind it (at most MAX_MENTIONS), or None."""
    row = db.execute(f"SELECT {_EVENT_SELECT} FROM events WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        return None
    event = dict(row)
    mentions = db.execute(
        "SELECT m.id, m.record, a.title, a.url, a.source, a.published FROM mentions m"
        " JOIN articles a ON a.id = m.article WHERE m.event_id = ? ORDER BY m.id LIMIT ?",
        (event_id, MAX_MENTIONS),
    )
    event["modality"] = "asserted"
    event["mentions"] = [
        {"mention_id": mention["id"], **evidence(orjson.loads(mention["record"]), mention)} for mention in mentions
    ]
    return event


def top_countries(store: ReadOnlyStore, limit: int) -> list[dict[str, Any]]:
    """The countries that act or are acted on most often, with both counts."""
    return store.cached(("countries", limit), lambda: _top_countries(store.connection, limit))


def _top_countries(db: sqlite3.Connection, limit: int) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT country, sum(as_actor) AS as_actor, sum(as_recipient) AS as_recipient FROM ("
        " SELECT actor_country AS country, 1 AS as_actor, 0 AS as_recipient FROM events"
        " WHERE actor_country IS NOT NULL"
        " UNION ALL SELECT recipient_country, 0, 1 FROM events WHERE recipient_country IS NOT NULL"
        ") GROUP BY country ORDER BY sum(as_actor) + sum(as_recipient) DESC, country LIMIT ?",
        (limit,),
    )
    return [
        {
            "code": row["country"],
            "name": country_name(row["country"]),
            "events": row["as_actor"] + row["as_recipient"],
            "as_actor": row["as_actor"],
            "as_recipient": row["as_recipient"],
        }
        for row in rows
    ]


def country_name(code: str) -> str:
    """The common name of an ISO alpha-3 country; other codes (IGO, UNO) as they are."""
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def places(store: ReadOnlyStore, selection: EventFilter, limit: int) -> list[dict[str, Any]]:
    """Where the matching events happened: the places with most events first, each
    with its counts by PLOVER type and quad class (kept until the store changes)."""
    rows, where, parameters = _where(selection)
    located = f"{where} AND" if where else " WHERE"
    sql = (
        "SELECT location_resolved_name AS name, location_country AS country,"
        " round(location_lat, 2) AS lat, round(location_lon, 2) AS lon, count(*) AS n,"
        " group_concat(event) AS types, group_concat(quad_class) AS quads"
        f" FROM {rows.table}{located} location_lat IS NOT NULL AND location_lon IS NOT NULL"
        " GROUP BY 1, 2, 3, 4 ORDER BY n DESC, name LIMIT ?"
    )

    def read() -> list[dict[str, Any]]:
        found = []
        for row in store.connection.execute(sql, [*parameters, limit]):
            by_type = Counter(row["types"].split(","))
            found.append(
                {
                    "name": row["name"],
                    "country": row["country"],
                    "lat": row["lat"],
                    "lon": row["lon"],
                    "events": row["n"],
                    "by_type": dict(by_type.most_common()),
                    "by_quad_class": dict(Counter((row["quads"] or "").split(",")).most_common()),
                    "main_type": min(by_type, key=lambda t: (-by_type[t], t)),
                }
            )
        return found

    return store.cached((sql, *parameters, limit), read)


def network(store: ReadOnlyStore, selection: EventFilter, limit: int) -> list[dict[str, Any]]:
    """Who acts on whom among the matching events: country pairs by number of events
    (kept until the store changes)."""
    rows, where, parameters = _where(selection)
    paired = f"{where} AND" if where else " WHERE"
    sql = (
        "SELECT actor_country, recipient_country, count(*) AS n, avg(goldstein) AS goldstein"
        f" FROM {rows.table}{paired} actor_country IS NOT NULL AND recipient_country IS NOT NULL"
        " GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?"
    )
    return store.cached(
        (sql, *parameters, limit),
        lambda: [
            {
                "actor": row["actor_country"],
                "recipient": row["recipient_country"],
                "events": row["n"],
                "mean_goldstein": row["goldstein"],
            }
            for row in store.connection.execute(sql, [*parameters, limit])
        ],
    )


def sources(db: sqlite3.Connection, limit: int) -> list[dict[str, Any]]:
    """The outlets of the stored articles, most articles first."""
    rows = db.execute(
        "SELECT source, count(*) AS n FROM articles WHERE source IS NOT NULL"
        " GROUP BY source ORDER BY n DESC, source LIMIT ?",
        (limit,),
    )
    return [{"source": row["source"], "articles": row["n"]} for row in rows]
