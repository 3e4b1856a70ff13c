"""GDELT-style CAMEO event TSV: one stored event (one dyad on one day) per row.

Columns follow GDELT's event table names and meanings where the store has the
information; GDELT columns it has nothing for (ethnic and religious codes,
actor geography, tone) are left out rather than filled with blanks.  Unlike
GDELT, country codes are ISO alpha-3 everywhere (GDELT uses FIPS for places),
the file has a header row, and events without a date are not written.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from newsevents.export.evidence import actor_texts
from newsevents.records import EventRecord, StoredEvent

GDELT_COLUMNS = (
    "GlobalEventID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "SOURCEURL",
)  # fmt: skip

# GDELT's ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
_GEO_TYPE = {("country", False): 1, ("country", True): 1, ("admin1", True): 2, ("admin2", True): 2,
             ("city", True): 3, ("city", False): 4, ("admin1", False): 5, ("admin2", False): 5}  # fmt: skip


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:  # a month or a year only: no GDELT day
        return None


def _actor_code(event: StoredEvent, role: str) -> str:
    # The store writes an unknown country as "---"; GDELT leaves it out ("GOV").
    return (getattr(event, f"{role}_code") or "").lstrip("-")


def _actor_name(event: StoredEvent, role: str, mentions: list[EventRecord]) -> str:
    if getattr(event, f"{role}_name"):
        return getattr(event, f"{role}_name").upper()
    texts = actor_texts(mentions, role)
    return " ".join(texts[0].split()).upper() if texts else ""


def gdelt_row(event: StoredEvent, mentions: list[EventRecord]) -> dict[str, Any] | None:
    """One stored event as a row keyed by :data:`GDELT_COLUMNS`; None when undated."""
    day = _day(event.date)
    if day is None:
        return None
    cameo = event.cameo or ""
    feature = event.location_feature
    geo_type = _GEO_TYPE.get((feature, event.location_country == "USA")) if feature else None
    return {
        "GlobalEventID": event.event_id,
        "SQLDATE": day.strftime("%Y%m%d"),
        "MonthYear": day.strftime("%Y%m"),
        "Year": day.year,
        "FractionDate": f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}",
        "Actor1Code": _actor_code(event, "actor"),
        "Actor1Name": _actor_name(event, "actor", mentions),
        "Actor1CountryCode": event.actor_country or "",
        "Actor1Type1Code": event.actor_sector or "",
        "Actor2Code": _actor_code(event, "recipient"),
        "Actor2Name": _actor_name(event, "recipient", mentions),
        "Actor2CountryCode": event.recipient_country or "",
        "Actor2Type1Code": event.recipient_sector or "",
        # GDELT's "root event": reported in the lead of an article.
        "IsRootEvent": int(any(m.sentence_index == 0 for m in mentions)),
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": cameo[:2],
        "QuadClass": event.quad_class,
        "GoldsteinScale": event.goldstein,
        "NumMentions": event.num_mentions,
        "NumSources": event.num_sources,
        "NumArticles": event.num_articles,
        "ActionGeo_Type": geo_type or (0 if not event.location_name else ""),
        "ActionGeo_FullName": event.location_resolved_name or event.location_name or "",
        "ActionGeo_CountryCode": event.location_country or "",
        "ActionGeo_ADM1Code": event.location_admin1 or "",
        "ActionGeo_Lat": event.location_lat if event.location_lat is not None else "",
        "ActionGeo_Long": event.location_lon if event.location_lon is not None else "",
        "ActionGeo_FeatureID": event.location_geonameid or "",
        "SOURCEURL": event.source_url or "",
    }
