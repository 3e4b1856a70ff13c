"""The shapes of the API's answers, for the OpenAPI schema (``/openapi.json``).

The handlers build plain dicts (cheaper than models for a page of 1,000 events);
these models describe them, and the API tests check every answer against them
with extra fields forbidden, so the schema cannot drift from what is sent.
The event's own fields come from the store's column list, not a copy of it.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, create_model

from newsevents.records import STORED_EVENT_COLUMNS
from newsevents.store import EVENT_COLUMNS

# The store's own column types; the event id is null for a statement (a mention
# that is no event), and a statement's background flag is its record's.
_COLUMN_TYPES: dict[str, Any] = {
    column.name: column.kind | None if column.nullable or column.name == "event_id" else column.kind
    for column in STORED_EVENT_COLUMNS
}
_COLUMN_TYPES["background"] = int | bool | None


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Error(Strict):
    error: str  # one line, naming the parameter


class Span(Strict):
    text: str | None
    start: int | None  # offsets in the sentence, in Unicode code points
    end: int | None
    code: str | None = None  # actors only


class Evidence(Strict):
    article_id: str | None
    sentence_index: int | None
    sentence: str | None
    modality: str
    actor: Span | None
    trigger: Span | None
    recipient: Span | None
    reported_by: Span | None
    confidence: float | None
    url: str | None
    source: str | None
    published: str | None


class Mention(Evidence):
    mention_id: int
    title: str | None


_EventFields = create_model(  # type: ignore[call-overload]
    "EventFields",
    __base__=Strict,
    **{column: (_COLUMN_TYPES.get(column, str | None), ...) for column in EVENT_COLUMNS},
)


class Event(_EventFields):  # type: ignore[valid-type, misc]
    modality: str
    mention_id: int | None = None  # statements (modality other than asserted) only
    evidence: Evidence | None


class EventPage(Strict):
    total: int
    limit: int
    offset: int
    events: list[Event]


class EventDetail(_EventFields):  # type: ignore[valid-type, misc]
    modality: str
    mentions: list[Mention]


class DyadPeriod(Strict):
    period: str
    counts: list[int]  # events in quad classes 1-4
    total: int
    mean_goldstein: float | None


class Dyad(Strict):
    actor: str
    recipient: str
    by: str
    quad_classes: dict[str, str]
    periods: list[DyadPeriod]


class Country(Strict):
    code: str
    name: str
    events: int
    as_actor: int
    as_recipient: int


class Actors(Strict):
    actors: list[Country]


class Place(Strict):
    name: str | None
    country: str | None
    lat: float
    lon: float
    events: int
    by_type: dict[str, int]
    by_quad_class: dict[str, int]
    main_type: str


class Places(Strict):
    places: list[Place]


class Edge(Strict):
    actor: str
    recipient: str
    events: int
    mean_goldstein: float | None


class Network(Strict):
    edges: list[Edge]


class Outlet(Strict):
    source: str
    articles: int


class Sources(Strict):
    sources: list[Outlet]


class Summary(Strict):
    store: str
    counts: dict[str, int]
    first_date: str | None
    last_date: str | None
    event_types: list[str]
    modalities: list[str]
    quad_classes: dict[str, str]


def answers(model: type[BaseModel], *errors: int, csv: bool = False) -> dict[int | str, dict[str, Any]]:
    """The ``responses`` of a route: its answer (also as CSV), and the errors it can give."""
    described: dict[int | str, dict[str, Any]] = {200: {"model": model}}
    if csv:
        described[200]["content"] = {"text/csv": {"schema": {"type": "string"}}}
    for status in errors:
        described[status] = {"model": Error}
    return described
