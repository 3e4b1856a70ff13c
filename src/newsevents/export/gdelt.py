"""GDELT 2.0 event table: one stored event (one dyad on one day) per row.

The 61 columns of the GDELT 2.0 Event Codebook, in its order, tab-separated
and without a header, so that tools that read GDELT files by position read
these.  A column the store has nothing for is empty (``Geo_Type`` is 0, as
GDELT writes a missing place).  GDELT's conventions: ``QuadClass`` 1 verbal
cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict;
``GoldsteinScale`` from -10 to +10; actor country codes are CAMEO (ISO
alpha-3), geography country codes FIPS 10-4 and ``ADM1Code`` FIPS country +
admin1.  GDELT has no field for a date's precision: events known only to a
week, month or year get no row rather than an invented day.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from newsevents.export.evidence import actor_texts
from newsevents.knowledge.fips import country_name, fips_adm1, fips_country
from newsevents.records import EventRecord, StoredEvent

_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                 "Type1Code", "Type2Code", "Type3Code")  # fmt: skip
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{name}" for name in _ACTOR_FIELDS),
    *(f"Actor2{name}" for name in _ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{role}Geo_{name}" for role in ("Actor1", "Actor2", "Action") for name in _GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
# Precisions whose date is a day; "published" is the day of publication, the date GDELT itself uses.
DAY_PRECISIONS = (None, "day", "published")

# GDELT's Geo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
_GEO_TYPE = {("country", False): 1, ("country", True): 1, ("admin1", True): 2, ("admin2", True): 2,
             ("city", True): 3, ("city", False): 4, ("admin1", False): 5, ("admin2", False): 5}  # fmt: skip


def event_day(event: StoredEvent) -> date | None:
    """The day of the event, None when it is known only to a week, month or year."""
    if event.date_precision not in DAY_PRECISIONS or not event.date or len(event.date) < 10:
        return None
    try:
        return date.fromisoformat(event.date[:10])
    except ValueError:
        return None


def _actor(event: StoredEvent, role: str, mentions: list[EventRecord]) -> dict[str, Any]:
    # The store writes an unknown country as "---"; GDELT leaves it out ("GOV").
    code = (getattr(event, f"{role}_code") or "").lstrip("-")
    name = getattr(event, f"{role}_name") or next(iter(actor_texts(mentions, role)), "")
    return {
        "Code": code,
        "Name": " ".join(name.split()).upper(),
        "CountryCode": getattr(event, f"{role}_country") or "",
        "Type1Code": getattr(event, f"{role}_sector") or "",
    }


def _full_name(event: StoredEvent) -> str:
    """GDELT's form: "Idlib, Idlib, Syria" for a city, "Idlib, Syria" for an administrative area, "Syria"."""
    country = country_name(event.location_country)
    place = event.location_resolved_name or event.location_name
    feature = event.location_feature or "city"
    if feature == "city":
        parts = [place, event.location_admin1, country]
    elif feature == "country":
        parts = [country or place]
    else:  # admin1, admin2
        parts = [place, country]
    return ", ".join(part for part in parts if part)


def _action_geo(event: StoredEvent) -> dict[str, Any]:
    feature = event.location_feature
    geo_type = _GEO_TYPE.get((feature, event.location_country == "USA")) if feature else None
    if not geo_type:
        return {"Type": 0}
    adm1 = fips_adm1(event.location_country, event.location_admin1 if feature != "country" else None)
    return {
        "Type": geo_type,
        "FullName": _full_name(event),
        "CountryCode": fips_country(event.location_country),
        "ADM1Code": adm1,
        "Lat": event.location_lat,
        "Long": event.location_lon,
        # GDELT's own ids are GNS ones: for a city we have the GeoNames id, for an area its code
        "FeatureID": event.location_geonameid if feature == "city" else adm1,
    }


def gdelt_row(event: StoredEvent, mentions: list[EventRecord]) -> dict[str, Any] | None:
    """One stored event as a row keyed by :data:`GDELT_COLUMNS`; None when it has no day."""
    day = event_day(event)
    if day is None:
        return None
    cameo = event.cameo or ""
    row: dict[str, Any] = {
        "GlobalEventID": event.event_id,
        "Day": day.strftime("%Y%m%d"),
        "MonthYear": day.strftime("%Y%m"),
        "Year": day.year,
        "FractionDate": f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}",
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
        "Actor1Geo_Type": 0,
        "Actor2Geo_Type": 0,
        "SOURCEURL": event.source_url,
    }
    for prefix, role in (("Actor1", "actor"), ("Actor2", "recipient")):
        row.update({prefix + name: value for name, value in _actor(event, role, mentions).items()})
    row.update({f"ActionGeo_{name}": value for name, value in _action_geo(event).items()})
    return row
