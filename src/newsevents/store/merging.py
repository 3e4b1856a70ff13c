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
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from newsevents.knowledge.identity import load_event_identity
from newsevents.records import STORED_EVENT_COLUMNS, EventRecord, Location
from newsevents.store.dedup import (
    PUBLISHED,
    WEEK_DAYS,
    EventDate,
    Party,
    better_date,
    date_preference,
    dates_compatible,
    dedup_key,
    event_key,
    has_parties,
    is_symmetric,
    is_weak_place,
    mention_date,
    more_specific_code,
    places_compatible,
    stored_date,
    with_members_as_parties,
)

EVENT_COLUMNS = tuple(column.name for column in STORED_EVENT_COLUMNS)
_LOCATION_COLUMNS = tuple(name for name in EVENT_COLUMNS if name.startswith("location_"))
_ROLES = ("actor", "recipient")
_FEATURE_RANK = {"city": 3, "admin2": 2, "admin1": 2, "admin area": 2, "country": 1}
_DOMINANCE = 2


@dataclass(frozen=True)
class _Offer:
    """What a mention says of the event it reports."""

    event: str
    cameo: str | None
    goldstein: float | None
    mode: str | None
    context: str | None
    actor: Party
    recipient: Party
    when: EventDate
    location: Location | None
    symmetric: bool

    @classmethod
    def of_record(cls, record: EventRecord) -> _Offer:
        return cls(
            record.event,
            record.cameo,
            record.goldstein,
            record.mode,
            record.context,
            Party.of(record.actor),
            Party.of(record.recipient),
            mention_date(record),
            record.location,
            is_symmetric(record),
        )

    def party(self, role: str) -> Party:
        return self.actor if role == "actor" else self.recipient


def merge_mention(db: sqlite3.Connection, article_row: int, source_key: str, record: EventRecord) -> int:
    """Merge an asserted mention into the event it reports; that event's id."""
    record = with_members_as_parties(record)
    key = dedup_key(record)
    offer = _Offer.of_record(record)
    place = _place(offer)
    fitting = [
        row
        for row in _events_near(db, "dedup_key = ?", (key,), offer.when)
        if _fits(row, offer.when, place, place_required=not has_parties(record))
    ]
    told = _events_of_the_article_for(db, article_row, offer)
    full = _two_party_events_for(db, offer)
    chosen = min(
        told or full or fitting,
        key=lambda row: (*date_preference(stored_date(row["date"], row["date_precision"]), offer.when), row["id"]),
        default=None,
    )
    if chosen is None:
        return _new_event(db, key, record, offer.when)
    _count_mention(db, chosen["id"], article_row, source_key)
    if _keep_most_specific(db, chosen, offer):
        _absorb_reports_of_the_day(db, chosen["id"], article_row, source_key)
    return chosen["id"]


def _other(role: str) -> str:
    return "recipient" if role == "actor" else "actor"


def _mention_place_is_weak(location: Location, offer: _Offer) -> bool:
    parties = (offer.actor.country, offer.recipient.country)
    return is_weak_place(location.source, location.feature, location.country, parties)


def _row_place_is_weak(row: sqlite3.Row) -> bool:
    parties = (row["actor_country"], row["recipient_country"])
    return is_weak_place(row["location_source"], row["location_feature"], row["location_country"], parties)


def _place(offer: _Offer) -> tuple[str | None, str | None]:
    """The (country, admin1) a mention's place holds against an event; none for a weak place."""
    location = offer.location
    if location is None or _mention_place_is_weak(location, offer):
        return (None, None)
    return (location.country, location.admin1)


def _row_place(row: sqlite3.Row) -> tuple[str | None, str | None]:
    if _row_place_is_weak(row):
        return (None, None)
    return (row["location_country"], row["location_admin1"])


def _fits(row: sqlite3.Row, when: EventDate, place: tuple[str | None, str | None], *, place_required: bool) -> bool:
    return dates_compatible(stored_date(row["date"], row["date_precision"]), when) and places_compatible(
        _row_place(row), place, place_required=place_required
    )


def _events_near(db: sqlite3.Connection, condition: str, parameters: tuple, when: EventDate) -> list[sqlite3.Row]:
    """Events meeting ``condition`` whose date may fit ``when``."""
    span = when.span(load_event_identity().publication_window_days)
    if span is None:
        return db.execute(f"SELECT * FROM events WHERE {condition} AND date IS ?", (*parameters, when.iso)).fetchall()
    # a week-dated event reaches forward six days, a publication-dated one back by the window
    low = span[0] - timedelta(days=WEEK_DAYS)
    high = span[1] + timedelta(days=load_event_identity().publication_window_days)
    return db.execute(
        f"SELECT * FROM events WHERE {condition} AND date BETWEEN ? AND ?",
        (*parameters, low.isoformat(), high.isoformat()),
    ).fetchall()


def names_both_parties(record: EventRecord) -> bool:
    """Whether a mention names both its parties (after filling a symmetric
    side from its members): such mentions are merged first within an article."""
    offer = _Offer.of_record(with_members_as_parties(record))
    return all(_named(offer.party(role), offer.symmetric) for role in _ROLES)


def _named(party: Party, symmetric: bool) -> bool:
    """Whether a party says who it is: a country or organisation; for a
    symmetric type, not "the two leaders" (a party with no country)."""
    return bool(party.country) if symmetric else bool(party.identity)


def _events_of_the_article_for(db: sqlite3.Connection, article_row: int, offer: _Offer) -> list[sqlite3.Row]:
    """For a mention missing a party ("the two presidents talked", "Iran fired
    missiles"): the event of its type with both parties that its own article
    already reported, when there is one such dyad and it agrees with the
    parties the mention names. The article itself says who."""
    named = [role for role in _ROLES if _named(offer.party(role), offer.symmetric)]
    if len(named) == len(_ROLES):
        return []
    place = _place(offer)
    rows = db.execute(
        "SELECT * FROM events WHERE event = ? AND id IN"
        " (SELECT event_id FROM mentions WHERE article = ? AND event_id IS NOT NULL)",
        (offer.event, article_row),
    ).fetchall()
    told = [
        row
        for row in rows
        if all(_row_party(row, side).country for side in _ROLES)
        and (row["dedup_key"][len(offer.event)] == "~") == offer.symmetric
        and all(_has_party_on(row, role, offer) for role in named)
        and _fits(row, offer.when, place, place_required=False)
    ]
    return told if len({row["dedup_key"] for row in told}) == 1 else []


def _has_party_on(row: sqlite3.Row, role: str, offer: _Offer) -> bool:
    sides = _ROLES if offer.symmetric else (role,)
    return any(_row_party(row, side).identity == offer.party(role).identity for side in sides)


def _two_party_events_for(db: sqlite3.Connection, offer: _Offer) -> list[sqlite3.Row]:
    """For a mention with one party: the events of its type and date that have
    that party and one other (see :func:`_dominant_dyad`)."""
    known = [role for role in _ROLES if offer.party(role).identity]
    if len(known) != 1 or offer.when.span(0) is None:
        return []
    party = offer.party(known[0])
    place = _place(offer)
    rows: dict[int, sqlite3.Row] = {}
    for side in _ROLES if offer.symmetric else (known[0],):
        condition = f"event = ? AND {side}_country IS ? AND {_other(side)}_country IS NOT NULL"
        for row in _events_near(db, condition, (offer.event, party.country), offer.when):
            if (
                _row_party(row, side).identity == party.identity
                and _row_party(row, _other(side)).identity
                and (row["dedup_key"][len(offer.event)] == "~") == offer.symmetric
                and _fits(row, offer.when, place, place_required=False)
            ):
                rows[row["id"]] = row
    return _dominant_dyad(list(rows.values()))


def _dominant_dyad(rows: list[sqlite3.Row]) -> list[sqlite3.Row]:
    """The events of the one other party that fits, or of the party that far
    outweighs the others (at least ``_DOMINANCE`` times the articles of each:
    the minor ones are usually the same event with a party miscoded); none when
    it is not clear which."""
    articles: dict[str, int] = {}
    for row in rows:
        articles[row["dedup_key"]] = articles.get(row["dedup_key"], 0) + row["num_articles"]
    ranked = sorted(articles.items(), key=lambda item: -item[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] < _DOMINANCE * ranked[1][1]):
        return []
    return [row for row in rows if row["dedup_key"] == ranked[0][0]]


def _row_party(row: sqlite3.Row, role: str) -> Party:
    return Party(row[f"{role}_country"], row[f"{role}_sector"], row[f"{role}_name"])


def _row_parties(row: sqlite3.Row) -> tuple[Party, Party]:
    return _row_party(row, "actor"), _row_party(row, "recipient")


def _count_mention(db: sqlite3.Connection, event_id: int, article_row: int, source_key: str) -> None:
    new_article = (
        db.execute(
            "SELECT 1 FROM mentions WHERE event_id = ? AND article = ? LIMIT 1", (event_id, article_row)
        ).fetchone()
        is None
    )
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
    no time, published a day apart, each started an event of its own)."""
    row = db.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
    when = stored_date(row["date"], row["date_precision"])
    others = [
        other
        for other in _events_near(
            db, "dedup_key = ? AND id != ? AND date_precision IS ?", (row["dedup_key"], event_id, PUBLISHED), when
        )
        if _fits(other, when, _row_place(row), place_required=False)
    ]
    if not others:
        return
    ids = [other["id"] for other in others]
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


def _keep_most_specific(db: sqlite3.Connection, row: sqlite3.Row, offer: _Offer) -> bool:
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
        current = _row_party(row, side)
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


def _sides_of(row: sqlite3.Row, offer: _Offer) -> list[tuple[str, Party]]:
    """Which side of the event each of the offer's parties is (a symmetric
    event may have been stored the other way round)."""
    pairs = []
    taken: set[str] = set()
    for role in _ROLES:
        party = offer.party(role)
        if not party.identity:
            continue
        for side in (role, _other(role)) if offer.symmetric else (role,):
            if side not in taken and _row_party(row, side).identity == party.identity:
                pairs.append((side, party))
                taken.add(side)
                break
    return pairs


def _more_specific_place(row: sqlite3.Row, offer: _Offer) -> bool:
    """Whether the mention's place says more than the event's: any place over
    none, a place from the sentence or paragraph over a guess (even in another
    country: the guess was wrong), a city over its country."""
    location = offer.location
    if location is None or not location.country:
        return False
    if row["location_country"] is None:
        return True
    offered = (not _mention_place_is_weak(location, offer), _FEATURE_RANK.get(location.feature or "", 0))
    kept = (not _row_place_is_weak(row), _FEATURE_RANK.get(row["location_feature"] or "", 0))
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
        [(event_key(row["event"], row["cameo"], *_row_parties(row)), row["id"]) for row in rows],
    )
