"""POLECAT-style TSV: one stored event per row, under POLECAT's column names.

Countries are ISO 3166 alpha-3 codes (POLECAT spells some out); the counts
and the evidence sentence are extra columns at the end.
"""

from __future__ import annotations

from typing import Any

from newsevents import __version__
from newsevents.export.evidence import actor_texts
from newsevents.records import EventRecord, StoredEvent

POLECAT_COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code",
    "Contexts", "Actor Name", "Actor Country", "Primary Actor Sector", "Actor Name Raw",
    "Recipient Name", "Recipient Country", "Primary Recipient Sector", "Recipient Name Raw",
    "Placename", "State", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename",
    "Feature Type", "Source", "Publication Date", "Language", "Version",
    "Num Mentions", "Num Articles", "Num Sources", "Source URL", "Sentence",
)  # fmt: skip


def _raw_name(mentions: list[EventRecord], role: str) -> str | None:
    return next(iter(actor_texts(mentions, role)), None)


def polecat_row(event: StoredEvent, mentions: list[EventRecord]) -> dict[str, Any]:
    """One stored event with its mentions, keyed by :data:`POLECAT_COLUMNS`."""
    first = mentions[0] if mentions else None
    return {
        "Event ID": event.event_id,
        "Event Date": event.date,
        "Event Type": event.event,
        "Event Mode": event.mode,
        "Event Intensity": event.goldstein,
        "Quad Code": event.quad_class,
        "Contexts": event.context,
        "Actor Name": event.actor_name,
        "Actor Country": event.actor_country,
        "Primary Actor Sector": event.actor_sector,
        "Actor Name Raw": _raw_name(mentions, "actor"),
        "Recipient Name": event.recipient_name,
        "Recipient Country": event.recipient_country,
        "Primary Recipient Sector": event.recipient_sector,
        "Recipient Name Raw": _raw_name(mentions, "recipient"),
        "Placename": event.location_resolved_name,
        "State": event.location_admin1,
        "Country": event.location_country,
        "Latitude": event.location_lat,
        "Longitude": event.location_lon,
        "GeoNames ID": event.location_geonameid,
        "Raw Placename": event.location_name,
        "Feature Type": event.location_feature,
        "Source": first.source if first else None,
        "Publication Date": first.published if first else None,
        "Language": "en",
        "Version": f"newsevents {__version__}",
        "Num Mentions": event.num_mentions,
        "Num Articles": event.num_articles,
        "Num Sources": event.num_sources,
        "Source URL": event.source_url,
        "Sentence": first.sentence if first else None,
    }
