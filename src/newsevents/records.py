"""The record types that flow through the pipeline.

An :class:`Article` comes out of ``ingest``; an :class:`EventRecord` comes out of
the coder.  ``EventRecord.to_dict`` is the JSON contract documented in
``docs/record.md``: other tools read it, so change it only with that file.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

MODALITIES = ("asserted", "negated", "future", "hypothetical")


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
    feature: str | None = None  # city, admin area, country
    source: str = "sentence"  # "sentence"; "article" (the same encounter placed elsewhere in it); "dateline" (a fallback)


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
    location: Location | None = None
    confidence: float = 0.5
    source: str | None = None
    url: str | None = None
    published: str | None = None

    def to_dict(self) -> dict[str, Any]:
        record = asdict(self)
        for role in ("actor", "recipient", "reported_by"):
            actor = getattr(self, role)
            if actor is not None:
                record[role]["code"] = actor.code
        return record


@dataclass
class CodingResult:
    """What coding one article gives: its events, or the reason it gave none."""

    article: Article
    events: list[EventRecord] = field(default_factory=list)
    problem: InputProblem | None = None
