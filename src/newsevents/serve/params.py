"""Checking what a client asks for: each bad parameter becomes a one-line
message that names it (HTTP 400), using the same checks as ``newsevents query``."""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.cli import UserError
from newsevents.cli._store_args import country_code, day_bound, event_type
from newsevents.records import MODALITIES
from newsevents.store import EventQuery, EventStore

MAX_LIMIT = 1000
MAX_OFFSET = 10_000_000
MAX_TEXT = 200  # longest free-text parameter (q, source)


class ParameterError(ValueError):
    """A request parameter that cannot be used; the message names it."""


@dataclass(frozen=True)
class EventFilter:
    """Which events (or, for a modality other than asserted, which statements) to list."""

    query: EventQuery
    modality: str = "asserted"
    source: str | None = None  # the outlet, as the articles give it
    text: str | None = None  # words that the evidence sentence contains


def _checked(check, *args, **kwargs):
    """Run one of the command line's checks, turning its error into a ParameterError."""
    try:
        return check(*args, **kwargs)
    except UserError as error:
        raise ParameterError(str(error)) from None


def _text(value: str | None, name: str) -> str | None:
    if value is None or not value.strip():
        return None
    if len(value) > MAX_TEXT:
        raise ParameterError(f"{name}: too long (at most {MAX_TEXT} characters)")
    return value.strip()


def event_filter(
    store: EventStore,
    *,
    actor: str | None = None,
    recipient: str | None = None,
    event: str | None = None,
    modality: str | None = None,
    since: str | None = None,
    until: str | None = None,
    country: str | None = None,
    source: str | None = None,
    q: str | None = None,
) -> EventFilter:
    """The filter the parameters describe; ParameterError naming the first bad one."""
    actor, recipient, event, since, until, country = (
        _text(value, name)
        for value, name in (
            (actor, "actor"),
            (recipient, "recipient"),
            (event, "event"),
            (since, "since"),
            (until, "until"),
            (country, "country"),
        )
    )
    since_day = _checked(day_bound, since, "since", end=False) if since else None
    until_day = _checked(day_bound, until, "until", end=True) if until else None
    if since_day and until_day and since_day > until_day:
        raise ParameterError(f"since {since} is after until {until}")
    if event:
        try:
            event = event_type(event)
        except UserError as error:  # its message names the command line's option
            raise ParameterError(str(error).replace("--event", "event", 1)) from None
    chosen_modality = (modality or "asserted").strip().lower()
    if chosen_modality not in MODALITIES:
        raise ParameterError(f"modality {modality!r}: not one of {', '.join(MODALITIES)}")
    query = EventQuery(
        actor=_checked(country_code, actor, "actor", store) if actor else None,
        recipient=_checked(country_code, recipient, "recipient", store) if recipient else None,
        event=event,
        since=since_day,
        until=until_day,
        place_country=(_checked(country_code, country, "country", store, with_sector=False) if country else None),
    )
    return EventFilter(query, chosen_modality, _text(source, "source"), _text(q, "q"))


def country(store: EventStore, value: str | None, name: str) -> str:
    """A required ISO alpha-3 country (the dyad's two sides)."""
    value = _text(value, name)
    if not value:
        raise ParameterError(f"{name}: required (an ISO alpha-3 country code like TUR)")
    return _checked(country_code, value, name, store, with_sector=False)
