"""POLECAT TSV: one stored event per row, in the POLECAT data release's layout.

:data:`POLECAT_COLUMNS` is the release's header, in its order (the 40 columns
of its weekly TSV files), followed by our own columns.  COW columns hold the
Correlates of War state number.  A column we have nothing for (titles,
Wikipedia ids, districts, the story's people and organisations) is empty;
lists are joined with ``;``.  Countries are ISO 3166 alpha-3 codes.
docs/store.md lists what each column holds.
"""

from __future__ import annotations

from typing import Any

from newsevents import __version__
from newsevents.export.evidence import actor_texts
from newsevents.knowledge.cow import cow_code
from newsevents.records import EventRecord, StoredEvent, first_day

POLECAT_RELEASE_COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
    "Raw Placename", "Feature Type", "Source", "Publication Date",
    "Story People", "Story Organizations", "Story Locations", "Language", "Version",
)  # fmt: skip
EXTRA_COLUMNS = ("Date Precision", "Num Mentions", "Num Articles", "Num Sources", "Source URL", "Sentence")
POLECAT_COLUMNS = POLECAT_RELEASE_COLUMNS + EXTRA_COLUMNS


def _party(event: StoredEvent, role: str, title: str, mentions: list[EventRecord]) -> dict[str, Any]:
    sector = getattr(event, f"{role}_sector")
    country = getattr(event, f"{role}_country")
    return {
        f"{title} Name": getattr(event, f"{role}_name"),
        f"{title} Country": country,
        f"{title} COW": cow_code(country),
        f"Primary {title} Sector": sector,
        f"{title} Sectors": sector,
        f"{title} Name Raw": next(iter(actor_texts(mentions, role)), None),
    }


def _story_locations(mentions: list[EventRecord]) -> str | None:
    names = dict.fromkeys(m.location.resolved_name or m.location.name for m in mentions if m.location is not None)
    return ";".join(names) or None


def polecat_row(event: StoredEvent, mentions: list[EventRecord]) -> dict[str, Any]:
    """One stored event with its mentions, keyed by (some of) :data:`POLECAT_COLUMNS`."""
    first = mentions[0] if mentions else None
    return {
        "Event ID": event.event_id,
        "Event Date": first_day(event.date) if event.date else event.date,
        "Event Type": event.event,
        "Event Mode": event.mode,
        "Event Intensity": event.goldstein,
        "Quad Code": event.quad_class,
        "Contexts": event.context,
        **_party(event, "actor", "Actor", mentions),
        **_party(event, "recipient", "Recipient", mentions),
        "Placename": event.location_resolved_name,
        "City": event.location_resolved_name if event.location_feature == "city" else None,
        "Province": event.location_admin1,
        "Country": event.location_country,
        "Latitude": event.location_lat,
        "Longitude": event.location_lon,
        "GeoNames ID": event.location_geonameid,
        "Raw Placename": event.location_name,
        "Feature Type": event.location_feature,
        "Source": first.source if first else None,
        "Publication Date": first.published if first else None,
        "Story Locations": _story_locations(mentions),
        "Language": "en",
        "Version": f"newsevents {__version__}",
        "Date Precision": event.date_precision,
        "Num Mentions": event.num_mentions,
        "Num Articles": event.num_articles,
        "Num Sources": event.num_sources,
        "Source URL": event.source_url,
        "Sentence": first.sentence if first else None,
    }
