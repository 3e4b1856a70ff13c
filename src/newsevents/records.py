"""The record types that flow through the pipeline.

An :class:`Article` comes out of ``ingest``; an :class:`EventRecord` comes out of
the coder.  ``EventRecord.to_dict`` is the JSON contract documented in
``docs/record.md``: other tools read it, so change it only with that file.
A :class:`StoredEvent` is one deduplicated event of the store; its fields are the
store's columns, written once here (:data:`STORED_EVENT_COLUMNS`): the SQL table,
the query and export columns and the Parquet schema are derived from them.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass, field, fields
from datetime import date
from functools import cache
from typing import Any

MODALITIES = ("asserted", "negated", "future", "hypothetical")
# What did not happen and was not promised: PLOVER lets a dataset leave it out (docs/record.md).
UNREALISED_MODALITIES = frozenset({"negated", "hypothetical"})


@dataclass(frozen=True)
class Article:
    """One news article as read from the input."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: date | None = None
    origin: str = ""  # where it came from ("file.jsonl:12"), for error messages


@dataclass(frozen=True)
class InputProblem:
    """An input record that could not be read; the run goes on without it."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@dataclass
class Span:
    """Characters ``start:end`` of a sentence, with the text they cover."""

    start: int
    end: int
    text: str


@dataclass
class Actor:
    """An actor or recipient as coded: the words, and who they name."""

    text: str
    span: Span | None = None
    country: str | None = None  # ISO 3166 alpha-3, or IGO/NGO/UNO/...
    sector: str | None = None  # GOV, MIL, REB, ...
    name: str | None = None  # canonical name where the resolver knows one

    @property
    def code(self) -> str | None:
        """The CAMEO-style code, country then sector ("TURGOV")."""
        if not self.country and not self.sector:
            return None
        return f"{self.country or '---'}{self.sector or ''}"


@dataclass
class Location:
    """Where an event happened, resolved against the gazetteer."""

    name: str
    resolved_name: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None  # city, admin1, admin2, country
    # sentence; paragraph, article (fallbacks: the paragraph's running place, the
    # article's main place or the same encounter placed elsewhere in it); dateline
    source: str = "sentence"


@dataclass
class EventRecord:
    """One coded event with the evidence it came from."""

    article_id: str
    sentence_index: int
    sentence: str
    event: str  # PLOVER type
    cameo: str
    goldstein: float
    quad_class: int
    trigger: Span
    actor: Actor | None
    recipient: Actor | None
    mode: str | None = None
    context: str | None = None
    modality: str = "asserted"
    reported_by: Actor | None = None
    date: str | None = None
    date_text: str | None = None
    date_precision: str | None = None
    # where the date came from: clause, sentence, paragraph, or publication (a last resort)
    date_source: str | None = None
    location: Location | None = None
    confidence: float = 0.5
    source: str | None = None
    url: str | None = None
    published: str | None = None
    # further members of a compound actor or recipient ("Russia and the US accused ...")
    co_actors: list[Actor] = field(default_factory=list)
    co_recipients: list[Actor] = field(default_factory=list)
    # an event the article tells as background: its own date is well before publication
    background: bool = False
    # where a doer the clause does not name came from: "sentence" (an attack told before it
    # in its sentence), "article" (the campaign it happened in, named earlier); None: the clause
    actor_source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        record = _plain(self)
        for role in ACTOR_ROLES:
            actor = getattr(self, role)
            if actor is not None:
                record[role]["code"] = actor.code
        for role in MEMBER_ROLES:
            for member, values in zip(getattr(self, role), record[role], strict=True):
                values["code"] = member.code
        return record

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> EventRecord:
        """The record back from its ``to_dict()`` form (as the store keeps it)."""
        values: dict[str, Any] = {f.name: record[f.name] for f in fields(cls) if f.name in record}
        values["trigger"] = Span(**record["trigger"])
        for role in ACTOR_ROLES:
            values[role] = _actor(record.get(role))
        for role in MEMBER_ROLES:
            values[role] = [member for member in map(_actor, record.get(role) or []) if member is not None]
        if record.get("location") is not None:
            values["location"] = Location(**record["location"])
        return cls(**values)


def first_day(date_text: str) -> str:
    """A record's date as YYYY-MM-DD: records write a month or a year as such
    ("2021-06", "2021"); this is the period's first day ("2021-06-01")."""
    return f"{date_text}-01-01"[:10] if len(date_text) < 10 else date_text


ACTOR_ROLES = ("actor", "recipient", "reported_by")
MEMBER_ROLES = ("co_actors", "co_recipients")


@cache
def _field_names(record_type: type) -> tuple[str, ...]:
    return tuple(item.name for item in fields(record_type))


def _plain(value: Any) -> Any:
    """What ``dataclasses.asdict`` makes of a value, every field included, without its
    deep copies of strings and numbers (1.6 times faster on the coder's records)."""
    kind: type = type(value)
    if hasattr(kind, "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in _field_names(kind)}
    if isinstance(value, list | tuple):
        return kind(_plain(item) for item in value)
    if isinstance(value, dict):
        return {_plain(key): _plain(item) for key, item in value.items()}
    return value


def _actor(values: dict[str, Any] | None) -> Actor | None:
    if values is None:
        return None
    span = values.get("span")
    return Actor(
        text=values["text"],
        span=Span(**span) if span is not None else None,
        country=values.get("country"),
        sector=values.get("sector"),
        name=values.get("name"),
    )


@dataclass
class CodingResult:
    """What coding one article gives: its events, or the reason it gave none."""

    article: Article
    events: list[EventRecord] = field(default_factory=list)
    problem: InputProblem | None = None


@dataclass(frozen=True)
class StoredEvent:
    """One deduplicated event of the store: the mentions of one actor, recipient,
    event type, day and place, with how often they were reported.

    The fields are the store's ``events`` columns and the columns of ``query`` and
    of the Parquet export, in this order.  ``actor_*``, ``recipient_*`` and
    ``location_*`` are the fields of :class:`Actor` and :class:`Location` of the
    first mention (``code`` included); ``date`` falls back to the publication day.
    """

    event_id: int = field(metadata={"sql_name": "id"})
    date: str | None
    date_precision: str | None
    date_source: str | None  # clause, sentence, paragraph, publication
    # 1 for an event the article tells as past background ("in 1958 the army ..."),
    # dated by its own time words: filter on it to count only the news of the day
    background: int = field(metadata={"bits": 8})
    event: str  # PLOVER type
    mode: str | None
    context: str | None
    cameo: str | None
    quad_class: int | None = field(metadata={"bits": 8})
    goldstein: float | None
    actor_code: str | None
    actor_country: str | None
    actor_sector: str | None
    actor_name: str | None
    recipient_code: str | None
    recipient_country: str | None
    recipient_sector: str | None
    recipient_name: str | None
    location_name: str | None
    location_resolved_name: str | None
    location_country: str | None
    location_admin1: str | None
    location_lat: float | None
    location_lon: float | None
    location_geonameid: int | None
    location_feature: str | None
    location_source: str | None  # sentence, paragraph, article, dateline
    num_mentions: int = field(metadata={"bits": 32})
    num_articles: int = field(metadata={"bits": 32})
    num_sources: int = field(metadata={"bits": 32})
    source_url: str | None  # of the first article that reported it
    first_article_id: str

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass(frozen=True)
class Column:
    """One field of a flat record type, as a typed column."""

    name: str
    kind: type  # str, int or float
    nullable: bool
    bits: int  # width of an integer in typed exports (Parquet)
    sql_name: str  # its name in SQL: ``name``, except the key ``event_id``, which is ``id``


def columns_of(record_type: type) -> tuple[Column, ...]:
    """The typed columns of a flat dataclass such as :class:`StoredEvent`."""
    hints = typing.get_type_hints(record_type)
    columns = []
    for item in fields(record_type):
        kind, nullable = hints[item.name], False
        if isinstance(kind, types.UnionType):  # "X | None"
            kind, nullable = next(arg for arg in typing.get_args(kind) if arg is not type(None)), True
        columns.append(
            Column(
                item.name,
                kind,
                nullable,
                bits=item.metadata.get("bits", 64),
                sql_name=item.metadata.get("sql_name", item.name),
            )
        )
    return tuple(columns)


STORED_EVENT_COLUMNS = columns_of(StoredEvent)
