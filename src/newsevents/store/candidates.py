"""Which stored events a mention may report, by the identity rule of
:mod:`newsevents.store.dedup`: the events of its key whose date and place fit,
the event its own article told with both parties, and, for a mention naming
one party, the events of the one clear dyad with that party.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import timedelta

from newsevents.knowledge.identity import load_event_identity
from newsevents.records import EventRecord, Location
from newsevents.store.dedup import (
    DAY,
    PUBLISHED,
    WEEK_DAYS,
    EventDate,
    Party,
    dates_compatible,
    is_symmetric,
    is_weak_place,
    mention_date,
    places_compatible,
    reaches,
    reported_date,
    stored_date,
    with_members_as_parties,
)

ROLES = ("actor", "recipient")
_DOMINANCE = 2
_ESTABLISHED = 2  # articles that report an event with both parties before a one-party mention of another joins it


@dataclass(frozen=True)
class Offer:
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
    def of_record(cls, record: EventRecord) -> Offer:
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

    @classmethod
    def of_event(cls, row: sqlite3.Row) -> Offer:
        """What a stored event says, as if it were one mention."""
        location = None
        if row["location_country"] or row["location_name"]:
            location = Location(
                row["location_name"] or "",
                country=row["location_country"],
                admin1=row["location_admin1"],
                feature=row["location_feature"],
                source=row["location_source"] or "sentence",
            )
        actor, recipient = row_parties(row)
        return cls(
            row["event"],
            row["cameo"],
            row["goldstein"],
            row["mode"],
            row["context"],
            actor,
            recipient,
            stored_date(row["date"], row["date_precision"]),
            location,
            row["dedup_key"][len(row["event"])] == "~",
        )

    def party(self, role: str) -> Party:
        return self.actor if role == "actor" else self.recipient


def other_role(role: str) -> str:
    return "recipient" if role == "actor" else "actor"


def mention_place_is_weak(location: Location, offer: Offer) -> bool:
    parties = (offer.actor.country, offer.recipient.country)
    return is_weak_place(location.source, location.feature, location.country, parties)


def row_place_is_weak(row: sqlite3.Row) -> bool:
    parties = (row["actor_country"], row["recipient_country"])
    return is_weak_place(row["location_source"], row["location_feature"], row["location_country"], parties)


def place_of(offer: Offer) -> tuple[str | None, str | None]:
    """The (country, admin1) a mention's place holds against an event; none for a weak place."""
    location = offer.location
    if location is None or mention_place_is_weak(location, offer):
        return (None, None)
    return (location.country, location.admin1)


def row_place(row: sqlite3.Row) -> tuple[str | None, str | None]:
    if row_place_is_weak(row):
        return (None, None)
    return (row["location_country"], row["location_admin1"])


def fits(
    db: sqlite3.Connection,
    row: sqlite3.Row,
    when: EventDate,
    place: tuple[str | None, str | None],
    *,
    place_required: bool,
) -> bool:
    """Whether a mention of date ``when`` and place ``place`` fits the event ``row``."""
    if not places_compatible(row_place(row), place, place_required=place_required):
        return False
    kept = stored_date(row["date"], row["date_precision"])
    return dates_compatible(kept, when) or _a_report_reaches(db, row, kept, when)


def _a_report_reaches(db: sqlite3.Connection, row: sqlite3.Row, kept: EventDate, when: EventDate) -> bool:
    """Whether a report of the event's day, told near midnight ("5:30 pm on
    Jan. 7"), puts the event on the offered neighbouring day: the event keeps
    one day, so only its reports know they reach over."""
    if not (kept.precision == when.precision == DAY and kept.day and when.day) or abs(kept.day - when.day).days != 1:
        return False
    for (text,) in db.execute("SELECT record FROM mentions WHERE event_id = ?", (row["id"],)):
        record = json.loads(text)
        report = reported_date(
            record.get("date"), record.get("date_precision"), record.get("date_text"), record.get("published")
        )
        if reaches(kept, report, when):
            return True
    return False


def events_near(db: sqlite3.Connection, condition: str, parameters: tuple, when: EventDate) -> list[sqlite3.Row]:
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
    offer = Offer.of_record(with_members_as_parties(record))
    return all(is_named(offer.party(role), offer.symmetric) for role in ROLES)


def is_named(party: Party, symmetric: bool) -> bool:
    """Whether a party says who it is: a country or organisation; for a
    symmetric type, not "the two leaders" (a party with no country)."""
    return bool(party.country) if symmetric else bool(party.identity)


def joins_across_articles(db: sqlite3.Connection, row: sqlite3.Row, article_row: int, offer: Offer) -> bool:
    """Whether a mention may join an event of its key that other articles
    reported.  A mention naming both parties may (its date decides); one that
    names only one party, or is dated only to a week, month or year ("Turkey
    attacked", "last year"), says too little to be matched with another
    article's event: it joins one only when it names both parties, or, with one
    party, when both it and the event name the day and a place, and the places
    agree.  Within its own article it joins as any mention does."""
    if two_parties(offer):
        return True
    if offer.when.precision == DAY and row["date_precision"] == DAY and place_of(offer)[0] and row_place(row)[0]:
        return True  # fits() has checked that the places agree
    return has_mention_of(db, row["id"], article_row)


def two_parties(offer: Offer) -> bool:
    """Whether a mention names two parties with their countries, and two
    different ones ("Trump" acting on "the White House" is one party)."""
    actor, recipient = offer.actor, offer.recipient
    return bool(actor.country and recipient.country) and actor.identity != recipient.identity


def has_mention_of(db: sqlite3.Connection, event_id: int, article_row: int) -> bool:
    query = "SELECT 1 FROM mentions WHERE event_id = ? AND article = ? LIMIT 1"
    return db.execute(query, (event_id, article_row)).fetchone() is not None


def article_dyad_events(db: sqlite3.Connection, article_row: int, offer: Offer) -> list[sqlite3.Row]:
    """For a mention missing a party ("the two presidents talked", "Iran fired
    missiles"): the event of its type with both parties that its own article
    already reported, when there is one such dyad and it agrees with the
    parties the mention names. The article itself says who."""
    named = [role for role in ROLES if is_named(offer.party(role), offer.symmetric)]
    if len(named) == len(ROLES):
        return []
    place = place_of(offer)
    rows = db.execute(
        "SELECT * FROM events WHERE event = ? AND id IN"
        " (SELECT event_id FROM mentions WHERE article = ? AND event_id IS NOT NULL)",
        (offer.event, article_row),
    ).fetchall()
    told = [
        row
        for row in rows
        if all(row_party(row, side).country for side in ROLES)
        and (row["dedup_key"][len(offer.event)] == "~") == offer.symmetric
        and all(_has_party_on(row, role, offer) for role in named)
        and fits(db, row, offer.when, place, place_required=False)
    ]
    return told if len({row["dedup_key"] for row in told}) == 1 else []


def _has_party_on(row: sqlite3.Row, role: str, offer: Offer) -> bool:
    sides = ROLES if offer.symmetric else (role,)
    return any(row_party(row, side).identity == offer.party(role).identity for side in sides)


def one_party_events(db: sqlite3.Connection, offer: Offer, article_row: int | None = None) -> list[sqlite3.Row]:
    """For a mention with one party: the events of its type and date that have
    that party and one other (see :func:`_dominant_dyad`), when that event is
    established: two articles report it with both parties, or the mention's
    own article (``article_row``) does.  One other article's report is not
    evidence enough that a passing "Trump said" is part of it."""
    known = [role for role in ROLES if offer.party(role).identity]
    if len(known) != 1 or offer.when.precision not in (DAY, PUBLISHED):
        return []  # a week, month or year and one party: too little to say which event
    party = offer.party(known[0])
    place = place_of(offer)
    rows: dict[int, sqlite3.Row] = {}
    for side in ROLES if offer.symmetric else (known[0],):
        condition = f"event = ? AND {side}_country IS ? AND {other_role(side)}_country IS NOT NULL"
        for row in events_near(db, condition, (offer.event, party.country), offer.when):
            if (
                row_party(row, side).identity == party.identity
                and row_party(row, other_role(side)).identity not in ("", party.identity)
                and (row["dedup_key"][len(offer.event)] == "~") == offer.symmetric
                and fits(db, row, offer.when, place, place_required=False)
            ):
                rows[row["id"]] = row
    return [
        row
        for row in _dominant_dyad(list(rows.values()))
        if row["num_articles"] >= _ESTABLISHED
        or (article_row is not None and has_mention_of(db, row["id"], article_row))
    ]


def lone_party_events(db: sqlite3.Connection, row: sqlite3.Row) -> list[sqlite3.Row]:
    """For an event with both parties: the events of its type that name one of
    them and no other party, dated by day or publication, that would join it
    now (:func:`one_party_events`).  They came before the event did, so
    that the order of the articles does not decide."""
    event = Offer.of_event(row)
    if not two_parties(event) or row["num_articles"] < _ESTABLISHED:
        return []
    found = []
    for side in ROLES:
        party = row_party(row, side)
        for lone in ROLES if event.symmetric else (side,):
            condition = (
                f"event = ? AND {lone}_country IS ? AND {other_role(lone)}_country IS NULL"
                f" AND {other_role(lone)}_sector IS NULL AND id != ? AND date_precision IN (?, ?)"
            )
            for other in events_near(
                db, condition, (row["event"], party.country, row["id"], DAY, PUBLISHED), event.when
            ):
                offer = Offer.of_event(other)
                if offer.symmetric == event.symmetric and offer.party(lone).identity == party.identity:
                    if any(candidate["id"] == row["id"] for candidate in one_party_events(db, offer)):
                        found.append(other)
    return found


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


def row_party(row: sqlite3.Row, role: str) -> Party:
    return Party(row[f"{role}_country"], row[f"{role}_sector"], row[f"{role}_name"])


def row_parties(row: sqlite3.Row) -> tuple[Party, Party]:
    return row_party(row, "actor"), row_party(row, "recipient")
