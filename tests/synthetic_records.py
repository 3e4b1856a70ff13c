"""Hand-made coded records for the store, export and dyad tests."""

from __future__ import annotations

from datetime import date

from newsevents.ontology import load_ontology
from newsevents.records import Actor, Article, CodingResult, EventRecord, Location, Span

IDLIB = Location(
    "Idlib",
    resolved_name="Idlib",
    country="SYR",
    admin1="Idlib",
    lat=35.93,
    lon=36.63,
    geonameid=169389,
    feature="city",
)
MOSUL = Location(
    "Mosul",
    resolved_name="Mosul",
    country="IRQ",
    admin1="Nineveh",
    lat=36.34,
    lon=43.13,
    geonameid=99072,
    feature="city",
)


def record(
    article_id: str,
    event: str = "SANCTION",
    actor: tuple[str, str] | None = ("USA", "GOV"),
    recipient: tuple[str, str] | None = ("TUR", "GOV"),
    day: str | None = "2021-09-28",
    place: Location | None = None,
    modality: str = "asserted",
    sentence_index: int = 0,
    sentence: str = "Washington imposed sanctions on Ankara's defence agency.",
) -> EventRecord:
    """One coded event, with the code book's CAMEO code, Goldstein score and quad class."""
    ontology = load_ontology()
    cameo = ontology.default_cameo(event)
    return EventRecord(
        article_id=article_id,
        sentence_index=sentence_index,
        sentence=sentence,
        event=event,
        cameo=cameo,
        goldstein=ontology.goldstein(cameo),
        quad_class=ontology.quad_class(event),
        trigger=Span(20, 29, "sanctions"),
        actor=Actor("Washington", Span(0, 10, "Washington"), *actor) if actor else None,
        recipient=Actor("Ankara", Span(33, 39, "Ankara"), *recipient) if recipient else None,
        modality=modality,
        date=day,
        date_precision="day" if day else None,
        location=place,
        url=f"https://news.example/{article_id}",
        source="Example News",
        published="2021-09-30",
    )


def article(article_id: str, text: str | None = None, source: str | None = None) -> Article:
    return Article(
        id=article_id,
        text=text if text is not None else f"Article {article_id} reports what happened.",
        source=source,
        url=f"https://news.example/{article_id}",
        published=date(2021, 9, 30),
    )


def coded(article_id: str, *records: EventRecord, text: str | None = None, source: str | None = None) -> CodingResult:
    return CodingResult(article(article_id, text, source), list(records))
