"""When two mentions report the same event: the identity rule of the store.

Identity is what an analyst counts (docs/store.md, "Deduplication"):

- **parties** at the level of the country (``USAGOV`` and ``USA`` are one
  party; the sector is a detail the event keeps at its most specific), an
  organisation by its canonical name;
- the **PLOVER type**, with the direction ignored for symmetric types
  (meetings, cooperation: ``knowledge/data/event_identity.yaml``);
- **dates that can be the same day**: a day, the week that contains it, a
  mention dated only by its publication within a short window after it;
- **places that do not contradict each other** (a place guessed from the
  article or dateline, or a party's own country, contradicts nothing).

This module holds the rule as pure functions; :mod:`newsevents.store.merging`
applies it to the store's tables.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from newsevents.knowledge.dates import load_time_words
from newsevents.knowledge.identity import load_event_identity
from newsevents.records import Actor, EventRecord, first_day

# How much a kind of date says about the day, for choosing what an event keeps.
DAY, WEEK, PUBLISHED = "day", "week", "published"
_RANK = {DAY: 3, WEEK: 2, PUBLISHED: 1}
WEEK_DAYS = 6  # a week-dated mention carries the week's Monday, and reaches six days on


@dataclass(frozen=True)
class Party:
    """An actor or recipient as the store compares them."""

    country: str | None
    sector: str | None
    name: str | None

    @classmethod
    def of(cls, actor: Actor | None) -> Party:
        return cls(None, None, None) if actor is None else cls(actor.country, actor.sector, actor.name)

    @property
    def identity(self) -> str:
        """The country for its state (alone or with a state sector: ``USA``,
        ``USAGOV``, ``USAMIL``), the country and sector for anyone else in it
        (``SYRREB``); an organisation's kind with its name; the sector alone
        when the country is unknown; "" when the party is."""
        knowledge = load_event_identity()
        if self.country in knowledge.organization_codes:
            return f"{self.country}:{self.name or self.sector or ''}"
        if self.country:
            state = self.sector is None or self.sector in knowledge.state_sectors
            return self.country if state else f"{self.country}{self.sector}"
        return f"---{self.sector}" if self.sector else ""

    def specificity(self) -> tuple[int, int]:
        return (self.sector is not None, self.name is not None)


@dataclass(frozen=True)
class EventDate:
    """When a mention (or a stored event) happened, as far as it says.

    ``precision`` is ``day``, ``week`` or ``published`` (the day of publication,
    the sentence naming no time), which can be compared across mentions; or
    ``month``, ``year``, ``decade``, which are only ever equal; or ``undated``."""

    precision: str
    day: date | None
    text: str | None = None  # as the record wrote it ("2021-06" for a month), when not the day
    reach: int = 0  # a day near midnight (an evening +1, the small hours -1) may be that neighbour elsewhere

    @property
    def iso(self) -> str | None:
        """What the event's ``date`` column holds."""
        return self.text or (self.day.isoformat() if self.day else None)

    def span(self, window_days: int) -> tuple[date, date] | None:
        """The days the event may be on, for the kinds of date that compare."""
        if self.day is None or self.precision not in _RANK:
            return None
        if self.precision == WEEK:
            return self.day, self.day + timedelta(days=WEEK_DAYS)
        if self.precision == PUBLISHED:
            return self.day - timedelta(days=window_days), self.day
        return self.day + timedelta(days=min(self.reach, 0)), self.day + timedelta(days=max(self.reach, 0))


def _parse_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def _precision_of_text(value: str) -> str:
    return {4: "year", 7: "month"}.get(len(value), DAY)


def mention_date(record: EventRecord) -> EventDate:
    """The record's date as the store compares it (the contract: docs/record.md).

    A sentence without time words is dated by its publication.  A record whose
    date the coder could not or would not resolve (a relative date without a
    publication day, a habitual "regularly meets") keeps no date: it is never
    stamped with the publication day, so it cannot join the day's event.  A day
    told with an evening or small-hours time ("5:30 pm on Jan. 7", "the early
    hours of Wednesday") reaches the neighbouring day: it is that day in
    another time zone."""
    return reported_date(record.date, record.date_precision, record.date_text, record.published)


def reported_date(
    date_text: str | None, precision: str | None, time_words: str | None, published: str | None
) -> EventDate:
    """:func:`mention_date` of a record's date fields (``date``, ``date_precision``,
    ``date_text``, ``published``)."""
    if precision == PUBLISHED or (precision is None and date_text is None):
        # precision None with no date: a hand-made record that says nothing of time
        day = _parse_day(date_text or published)
        return EventDate(PUBLISHED, day) if day else EventDate("undated", None)
    if date_text is None:
        return EventDate("undated", None)
    found = stored_date(date_text, precision)
    if found.precision == DAY:
        return replace(found, reach=load_time_words().day_shift_elsewhere(time_words))
    return found


def stored_date(date_text: str | None, precision: str | None) -> EventDate:
    """A stored event's date columns as an :class:`EventDate`."""
    if not date_text:
        return EventDate("undated", None)
    day = _parse_day(date_text) or _parse_day(first_day(date_text))
    if day is None:
        return EventDate("undated", None)
    if len(date_text) < 10 or precision is None:  # "2021-06" says month, whatever else is claimed
        precision = _precision_of_text(date_text)
    return EventDate(precision, day, date_text if precision not in _RANK or len(date_text) != 10 else None)


def dates_compatible(first: EventDate, second: EventDate) -> bool:
    """Whether two dates can be the day of one event: their spans overlap (day,
    week, publication window), or, for months, years, undated mentions and two
    publication dates, they are equal."""
    window = load_event_identity().publication_window_days
    first_span, second_span = first.span(window), second.span(window)
    if first_span is None or second_span is None or first.precision == second.precision == PUBLISHED:
        # two mentions that name no time are one event only when published the same day
        return (first.precision, first.day) == (second.precision, second.day)
    return first_span[0] <= second_span[1] and second_span[0] <= first_span[1]


def better_date(current: EventDate, offered: EventDate) -> EventDate:
    """What an event keeps when a mention joins it: the more precise date; of
    two neighbouring days, the one the offer allows (its report names no time
    near midnight: the event's reports reached over to it)."""
    if current.precision == offered.precision == DAY and current.day and offered.day:
        low, high = offered.span(0) or (offered.day, offered.day)
        return current if low <= current.day <= high else replace(offered, reach=0)
    return offered if _RANK.get(offered.precision, 0) > _RANK.get(current.precision, 0) else current


def reaches(event_day: EventDate, report: EventDate, offered: EventDate) -> bool:
    """Whether an event of one day, through one of its reports of that day
    told near midnight, may be on the offered neighbouring day."""
    span = report.span(0)
    return (
        event_day.precision == report.precision == offered.precision == DAY
        and report.day == event_day.day
        and span is not None
        and offered.day is not None
        and span[0] <= offered.day <= span[1]
    )


def date_preference(event: EventDate, mention: EventDate) -> tuple[int, int]:
    """Sort key among the events a mention fits: the most precise, then the nearest."""
    distance = abs((event.day - mention.day).days) if event.day and mention.day else 0
    return (-_RANK.get(event.precision, 0), distance)


def is_symmetric(record: EventRecord) -> bool:
    return load_event_identity().is_symmetric(record.event, record.cameo)


def with_members_as_parties(record: EventRecord) -> EventRecord:
    """For a symmetric type, a side left without a country filled from the
    members of the other side: "Biden and Putin held talks" (actor Biden,
    ``co_actors`` [Putin], no recipient) is a meeting of the two."""
    if not is_symmetric(record):
        return record
    actor, recipient = Party.of(record.actor), Party.of(record.recipient)
    if recipient.country is None and record.co_actors:
        member = next(
            (m for m in record.co_actors if Party.of(m).country and Party.of(m).identity != actor.identity), None
        )
        if member is not None:
            return replace(record, recipient=member, co_actors=[m for m in record.co_actors if m is not member])
    if actor.country is None and record.co_recipients:
        member = next(
            (m for m in record.co_recipients if Party.of(m).country and Party.of(m).identity != recipient.identity),
            None,
        )
        if member is not None:
            return replace(record, actor=member, co_recipients=[m for m in record.co_recipients if m is not member])
    return record


def dedup_key(record: EventRecord) -> str:
    """PLOVER type, ``~`` (symmetric: parties sorted) or ``>`` (actor first), and
    the two parties' identities: ``CONSULT~RUS|USA``, ``ASSAULT>IRN|USA``."""
    return event_key(record.event, record.cameo, Party.of(record.actor), Party.of(record.recipient))


def event_key(event: str, cameo: str | None, actor: Party, recipient: Party) -> str:
    symmetric = load_event_identity().is_symmetric(event, cameo)
    first, second = actor.identity, recipient.identity
    if symmetric:
        first, second = sorted((first, second))
    return f"{event}{'~' if symmetric else '>'}{first}|{second}"


def has_parties(record: EventRecord) -> bool:
    """Whether the record codes an actor or a recipient."""
    return bool(Party.of(record.actor).identity or Party.of(record.recipient).identity)


def is_weak_place(
    source: str | None, feature: str | None, country: str | None, parties: tuple[str | None, ...]
) -> bool:
    """A place guessed from outside the event's sentence and paragraph, or a
    bare country that is one of the parties' own (the party's name read as the
    place: "missiles at US bases", "the US Department of Defense")."""
    if source in load_event_identity().weak_place_sources:
        return True
    return feature == "country" and country in parties


def places_compatible(
    first: tuple[str | None, str | None],
    second: tuple[str | None, str | None],
    *,
    place_required: bool = False,
) -> bool:
    """Whether two (country, admin1) places can be where one event happened;
    with ``place_required``, a missing country fits nothing."""
    (first_country, first_admin1), (second_country, second_admin1) = first, second
    if not first_country or not second_country:
        return not place_required
    if first_country != second_country:
        return False
    return not first_admin1 or not second_admin1 or first_admin1 == second_admin1


def code_specificity(cameo: str) -> int:
    """How much a CAMEO code says: its digits, not counting the zeros that mean
    "in general" ("040" Consult says no more than the root "04"; "044" does)."""
    return max(2, len(cameo.rstrip("0")))


def more_specific_code(current: str | None, offered: str | None) -> bool:
    """Whether ``offered`` is a more specific CAMEO code than ``current``; of two
    as specific, the smaller wins, so that the choice does not depend on order."""
    if not offered:
        return False
    if not current:
        return True
    return (code_specificity(offered), current) > (code_specificity(current), offered)
