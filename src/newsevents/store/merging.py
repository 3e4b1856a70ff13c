"""Merging a mention into the store's events, by the identity rule of
:mod:`newsevents.store.dedup`.

A mention joins the event it fits best (the most precise date, then the
nearest, then the first stored); failing that it starts an event.  A mention
that names only one party ("Iran fired missiles", "Biden said after the
summit") also fits an event of the same type and date that has that party and
one other, when that other party is clear (the only one, or by far the best
attested): it is the same event told without its second side.  Joining updates the counts and lets the event keep
the most specific codes its mentions support: a sector for a country-only
party, a finer CAMEO code, a day for a publication date, a city for a country.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from newsevents.records import STORED_EVENT_COLUMNS, EventRecord
from newsevents.store.candidates import (
    ROLES,
    Offer,
    article_dyad_events,
    events_near,
    fits,
    has_mention_of,
    joins_across_articles,
    lone_party_events,
    mention_place_is_weak,
    one_party_events,
    other_role,
    place_of,
    row_parties,
    row_party,
    row_place,
    row_place_is_weak,
    two_parties,
)
from newsevents.store.dedup import (
    PUBLISHED,
    EventDate,
    Party,
    better_date,
    date_preference,
    dedup_key,
    event_key,
    has_parties,
    more_specific_code,
    stored_date,
    with_members_as_parties,
)

EVENT_COLUMNS = tuple(column.name for column in STORED_EVENT_COLUMNS)
_LOCATION_COLUMNS = tuple(name for name in EVENT_COLUMNS if name.startswith("location_"))
_FEATURE_RANK = {"city": 3, "admin2": 2, "admin1": 2, "admin area": 2, "country": 1}


def merge_mention(db: sqlite3.Connection, article_row: int, source_key: str, record: EventRecord) -> int:
    """Merge an asserted mention into the event it reports; that event's id."""
    record = with_members_as_parties(record)
    key = dedup_key(record)
    offer = Offer.of_record(record)
    place = place_of(offer)
    fitting = [
        row
        for row in events_near(db, "dedup_key = ?", (key,), offer.when)
        if fits(db, row, offer.when, place, place_required=not has_parties(record))
        and joins_across_articles(db, row, article_row, offer)
    ]
    told = article_dyad_events(db, article_row, offer)
    full = one_party_events(db, offer, article_row)
    chosen = min(
        told or full or fitting,
        key=lambda row: (*date_preference(stored_date(row["date"], row["date_precision"]), offer.when), row["id"]),
        default=None,
    )
    if chosen is None:
        event_id = _new_event(db, key, record, offer.when)
    else:
        event_id = chosen["id"]
        _count_mention(db, event_id, article_row, source_key)
        if _keep_most_specific(db, chosen, offer):
            _absorb_reports_of_the_day(db, event_id, article_row, source_key)
    row = db.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
    _fold_in(db, event_id, [other["id"] for other in lone_party_events(db, row)], article_row, source_key)
    return event_id


def _count_mention(db: sqlite3.Connection, event_id: int, article_row: int, source_key: str) -> None:
    new_article = not has_mention_of(db, event_id, article_row)
    new_source = (
        db.execute(
            "SELECT 1 FROM mentions m JOIN articles a ON a.id = m.article"
            " WHERE m.event_id = ? AND a.source_key = ? LIMIT 1",
            (event_id, source_key),
        ).fetchone()
        is None
    )
    db.execute(
        "UPDATE events SET num_mentions = num_mentions + 1,"
        " num_articles = num_articles + ?, num_sources = num_sources + ? WHERE id = ?",
        (int(new_article), int(new_source), event_id),
    )


def _absorb_reports_of_the_day(db: sqlite3.Connection, event_id: int, article_row: int, source_key: str) -> None:
    """An event that has just been given its day takes in the events of its
    parties and type dated only by publication that fit that day: they are the
    reports that came before anyone said which day it was (two reports naming
    no time, published a day apart, each started an event of its own).  Only
    an event with both parties does: a publication date and one party say too
    little to tie one article's report to another's."""
    row = db.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
    if not two_parties(Offer.of_event(row)):
        return
    when = stored_date(row["date"], row["date_precision"])
    others = [
        other
        for other in events_near(
            db, "dedup_key = ? AND id != ? AND date_precision IS ?", (row["dedup_key"], event_id, PUBLISHED), when
        )
        if fits(db, other, when, row_place(row), place_required=False)
    ]
    _fold_in(db, event_id, [other["id"] for other in others], article_row, source_key)


def _fold_in(db: sqlite3.Connection, event_id: int, ids: list[int], article_row: int, source_key: str) -> None:
    """Move the mentions of the events ``ids`` into ``event_id`` and count again."""
    if not ids:
        return
    marks = ", ".join("?" * len(ids))
    db.execute(f"UPDATE mentions SET event_id = ? WHERE event_id IN ({marks})", (event_id, *ids))
    db.execute(f"DELETE FROM events WHERE id IN ({marks})", ids)
    # the counts again, with the mention being merged (its row is not linked yet)
    backing = db.execute(
        "SELECT m.article, a.source_key FROM mentions m JOIN articles a ON a.id = m.article WHERE m.event_id = ?",
        (event_id,),
    ).fetchall()
    backing = [*((row[0], row[1]) for row in backing), (article_row, source_key)]
    db.execute(
        "UPDATE events SET num_mentions = ?, num_articles = ?, num_sources = ? WHERE id = ?",
        (len(backing), len({a for a, _ in backing}), len({s for _, s in backing}), event_id),
    )


def _keep_most_specific(db: sqlite3.Connection, row: sqlite3.Row, offer: Offer) -> bool:
    """Update the event's columns where the offer says more than the event;
    whether it now has a more precise date."""
    changes: dict[str, Any] = {}
    kept = stored_date(row["date"], row["date_precision"])
    better = better_date(kept, offer.when)
    if better != kept:
        changes.update(date=better.iso, date_precision=better.precision)
    if more_specific_code(row["cameo"], offer.cameo):
        changes.update(cameo=offer.cameo, goldstein=offer.goldstein, mode=offer.mode, context=offer.context)
    for side, party in _sides_of(row, offer):
        current = row_party(row, side)
        if (party.specificity(), current.sector or "", current.name or "") > (
            current.specificity(),
            party.sector or "",
            party.name or "",
        ):
            changes.update({f"{side}_sector": party.sector, f"{side}_name": party.name})
            changes[f"{side}_code"] = f"{current.country or '---'}{party.sector or ''}"
    if _more_specific_place(row, offer):
        location = offer.location
        changes.update({name: getattr(location, name.removeprefix("location_")) for name in _LOCATION_COLUMNS})
    if changes:
        assignments = ", ".join(f"{name} = ?" for name in changes)
        db.execute(f"UPDATE events SET {assignments} WHERE id = ?", (*changes.values(), row["id"]))
    return "date" in changes


def _sides_of(row: sqlite3.Row, offer: Offer) -> list[tuple[str, Party]]:
    """Which side of the event each of the offer's parties is (a symmetric
    event may have been stored the other way round)."""
    pairs = []
    taken: set[str] = set()
    for role in ROLES:
        party = offer.party(role)
        if not party.identity:
            continue
        for side in (role, other_role(role)) if offer.symmetric else (role,):
            if side not in taken and row_party(row, side).identity == party.identity:
                pairs.append((side, party))
                taken.add(side)
                break
    return pairs


def _more_specific_place(row: sqlite3.Row, offer: Offer) -> bool:
    """Whether the mention's place says more than the event's: any place over
    none, a place from the sentence or paragraph over a guess (even in another
    country: the guess was wrong), a city over its country."""
    location = offer.location
    if location is None or not location.country:
        return False
    if row["location_country"] is None:
        return True
    offered = (not mention_place_is_weak(location, offer), _FEATURE_RANK.get(location.feature or "", 0))
    kept = (not row_place_is_weak(row), _FEATURE_RANK.get(row["location_feature"] or "", 0))
    if offered[0] != kept[0]:
        return offered[0]
    return location.country == row["location_country"] and offered > kept


def _new_event(db: sqlite3.Connection, key: str, record: EventRecord, when: EventDate) -> int:
    values = {"dedup_key": key, **_first_mention_columns(record, when)}
    cursor = db.execute(
        f"INSERT INTO events ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
        tuple(values.values()),
    )
    assert cursor.lastrowid is not None  # an INSERT always sets it
    return cursor.lastrowid


def _first_mention_columns(record: EventRecord, when: EventDate) -> dict[str, Any]:
    """A new event's columns (all but its id) from the mention that starts it:
    those named here, and the same-named fields of the record, of its actor and
    recipient (``actor_code`` is ``record.actor.code``) and of its location."""
    values: dict[str, Any] = {
        "date": when.iso,
        "date_precision": when.precision if when.day else None,
        "num_mentions": 1,
        "num_articles": 1,
        "num_sources": 1,
        "source_url": record.url,
        "first_article_id": record.article_id,
    }
    parts = {"actor": record.actor, "recipient": record.recipient, "location": record.location}
    for name in EVENT_COLUMNS[1:]:
        if name in values:
            continue
        part, _, attribute = name.partition("_")
        if part in parts:
            values[name] = getattr(parts[part], attribute) if parts[part] is not None else None
        else:
            values[name] = getattr(record, name)
    return values


def rekey_events(db: sqlite3.Connection) -> None:
    """Give every stored event the key of this identity rule (a store of an
    earlier schema, whose keys held full codes and the date)."""
    rows = db.execute("SELECT * FROM events").fetchall()
    db.executemany(
        "UPDATE events SET dedup_key = ? WHERE id = ?",
        [(event_key(row["event"], row["cameo"], *row_parties(row)), row["id"]) for row in rows],
    )
