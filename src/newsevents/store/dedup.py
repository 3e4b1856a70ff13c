"""When two mentions report the same event.

Mentions are one event when they have the same actor code, recipient code,
PLOVER event type and date, and places that do not contradict each other: a
mention without a place fits any event, and two places fit when they are in
the same country and, where both name one, the same first-level area.  Mentions
with neither actor nor recipient code say too little for that: they are one
event only when both name places in the same country.
"""

from __future__ import annotations

from newsevents.records import Actor, EventRecord


def event_date(record: EventRecord) -> str | None:
    """The day the event happened, or failing that the day it was published."""
    return record.date or record.published


def _code(actor: Actor | None) -> str:
    return (actor.code if actor is not None else None) or ""


def dedup_key(record: EventRecord) -> str:
    """actor code | recipient code | event type | date."""
    return "|".join((_code(record.actor), _code(record.recipient), record.event, event_date(record) or ""))


def has_parties(record: EventRecord) -> bool:
    """Whether the record codes an actor or a recipient."""
    return bool(_code(record.actor) or _code(record.recipient))


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
