"""PLOVER JSON Lines: one stored event per line, in the PLOVER manual's field names.

Fields the manual defines (id, date, actor, recipient, event, mode, context,
event_loc, event_text, quad_code, event_scale, cite_info, coder) carry their
PLOVER meaning; ``event_scale`` is the Goldstein score of the CAMEO code.  The
manual invites extra named fields: ``date_precision`` (the manual's ``date`` is
YYYY-MM-DD, so a date known only to its month or year, which records write as
"2021-06" or "2021", is written as the period's first day and the precision says
so), ``cameo``, ``num_mentions``,
``num_articles``, ``num_sources`` and ``mentions`` (the evidence) are ours.
"""

from __future__ import annotations

from typing import Any

from newsevents import __version__
from newsevents.export.evidence import actor_texts
from newsevents.records import EventRecord, StoredEvent, first_day


def _entity(event: StoredEvent, role: str, mentions: list[EventRecord]) -> list[dict[str, Any]]:
    if not getattr(event, f"{role}_country") and not getattr(event, f"{role}_sector"):
        return []
    texts = set(actor_texts(mentions, role))
    return [
        {
            "code": getattr(event, f"{role}_country"),
            "sector": getattr(event, f"{role}_sector"),
            "entity_text": sorted(texts)[0] if texts else None,
            "identifier_text": getattr(event, f"{role}_name"),
        }
    ]


def _location(event: StoredEvent) -> dict[str, Any] | None:
    if not event.location_name:
        return None
    return {
        "extracted_place": event.location_name,
        "resolved_place": event.location_resolved_name,
        "geonameid": event.location_geonameid,
        "lat": event.location_lat,
        "lon": event.location_lon,
        "province": event.location_admin1,
        "country_code": event.location_country,
        "feature_code": event.location_feature,
    }


def plover_record(event: StoredEvent, mentions: list[EventRecord]) -> dict[str, Any]:
    """One stored event (``EventStore.events()``) with its mentions, as PLOVER JSON."""
    return {
        "id": str(event.event_id),
        "date": first_day(event.date) if event.date else event.date,
        "date_precision": event.date_precision,
        "actor": _entity(event, "actor", mentions),
        "recipient": _entity(event, "recipient", mentions),
        "event": [event.event],
        "mode": [event.mode] if event.mode else [],
        "context": [event.context] if event.context else [],
        "event_loc": _location(event),
        "event_text": [m.sentence for m in mentions],
        "quad_code": event.quad_class,
        "event_scale": event.goldstein,
        "cite_info": {"url": event.source_url},
        "coder": f"newsevents {__version__}",
        "cameo": event.cameo,
        "num_mentions": event.num_mentions,
        "num_articles": event.num_articles,
        "num_sources": event.num_sources,
        "mentions": [
            {
                "article_id": m.article_id,
                "sentence_index": m.sentence_index,
                "trigger": m.trigger.text,
                "url": m.url,
            }
            for m in mentions
        ],
    }
