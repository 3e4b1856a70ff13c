"""FIPS 10-4 codes of countries and first-level areas, as GDELT's geography
fields use them (``places/fips.csv``, built by ``make_fips.py``).

GDELT's ``*Geo_CountryCode`` is the FIPS country code (Germany ``GM``) and its
``*Geo_ADM1Code`` the FIPS country code followed by the FIPS admin1 code
(``SY12``), or the country code alone for a place known only to its country.
GeoNames' admin1 codes (the place index of ``knowledge.gazetteer``) are the FIPS codes except in
the countries ``fips.csv`` marks ``admin1_is_fips = no``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from newsevents.knowledge.files import open_data_text


@dataclass(frozen=True)
class FipsCountry:
    iso2: str
    fips: str
    name: str  # the short name GDELT's FullName uses ("Syria")
    admin1_is_fips: bool


@lru_cache(maxsize=1)
def _countries() -> dict[str, FipsCountry]:
    """ISO alpha-3 -> the country's FIPS codes."""
    with open_data_text("places", "fips.csv") as handle:
        return {
            row["iso3"]: FipsCountry(row["iso2"], row["fips"], row["name"], row["admin1_is_fips"] == "yes")
            for row in csv.DictReader(handle)
        }


@lru_cache(maxsize=1)
def _admin1_codes() -> dict[tuple[str, str], str]:
    """(ISO alpha-2, area name) -> GeoNames admin1 code, from the place index."""
    from newsevents.knowledge.gazetteer import place_index  # the index only when a place needs its code

    return {(area.country, area.name): area.admin1code for area in place_index().admin1_areas() if area.admin1code}


def fips_country(iso3: str | None) -> str | None:
    """The FIPS 10-4 code of a country given by its ISO alpha-3 code; None when unknown."""
    country = _countries().get(iso3 or "")
    return country.fips if country else None


def country_name(iso3: str | None) -> str | None:
    """The short English name of a country ("Syria"); None when unknown."""
    country = _countries().get(iso3 or "")
    return country.name if country else None


def fips_adm1(iso3: str | None, admin1: str | None) -> str | None:
    """GDELT's ADM1 code of a place: FIPS country + FIPS admin1 code where the
    area is known and GeoNames' code is the FIPS one, else the FIPS country
    code alone; None when the country is unknown."""
    country = _countries().get(iso3 or "")
    if country is None:
        return None
    code = _admin1_codes().get((country.iso2, admin1 or "")) if country.admin1_is_fips else None
    return country.fips + code if code else country.fips
