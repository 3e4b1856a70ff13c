"""The place index: every known place under its folded names.

Built once per process from GeoNames (:mod:`newsevents.knowledge.gazetteer`),
the administrative areas of ``admin1.csv``, the country aliases and US state
abbreviations of the place words, and the country adjectives of the actor
tables ("the Nigerian state of Borno" lies in Nigeria).  Resolving a name is
then one dictionary look-up.
"""
from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from types import MappingProxyType

from newsevents.knowledge.actors import load_country_table
from newsevents.knowledge.gazetteer import geonames
from newsevents.knowledge.places import admin_areas, load_place_words

CITY, ADMIN_AREA, COUNTRY = "city", "admin area", "country"
SPECIFICITY = {COUNTRY: 1, ADMIN_AREA: 2, CITY: 3}
AreaKey = tuple[str, str | None]  # (alpha-2, admin1 code); a city's code may be missing


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    name: str
    country: str  # ISO alpha-2, the gazetteer's key
    country3: str
    feature: str
    population: int
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    admin1code: str | None = None
    admin1: str | None = None

    def within(self, other: Place) -> bool:
        """True when this place lies inside ``other`` (or is it)."""
        if self.country != other.country:
            return False
        if other.feature == ADMIN_AREA:
            return self.admin1code == other.admin1code
        return other.feature == COUNTRY or self == other


def name_key(text: str) -> str:
    """The form names are indexed under: accents off, lower case, no "the", no "'s"."""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = text.lower()
    if "  " in folded or "\n" in folded or "\t" in folded:
        folded = " ".join(folded.split())
    if folded.startswith("the "):
        folded = folded[4:]
    if folded.endswith("'s"):
        folded = folded[:-2]
    return folded.strip(" ,")


class Gazetteer:
    """Every known place, indexed by folded name (main and alternate names); read-only once built."""

    def __init__(self, places: list[tuple[Place, list[str]]], areas: dict[AreaKey, Place]) -> None:
        self.countries: Mapping[str, Place] = MappingProxyType(
            {place.country: place for place, _ in places if place.feature == COUNTRY}
        )
        self.areas: Mapping[AreaKey, Place] = MappingProxyType(areas)
        index: dict[str, list[tuple[Place, bool]]] = defaultdict(list)
        for place, names in places:
            seen = set()
            for position, name in enumerate(names):
                key = name_key(name)
                if key and key not in seen:
                    seen.add(key)
                    index[key].append((place, position == 0))  # True: matched the main name
        self._index: dict[str, Sequence[tuple[Place, bool]]] = dict(index)

    def candidates(self, name: str) -> Sequence[tuple[Place, bool]]:
        """(place, matched its main name) for every place called ``name`` (not to be changed)."""
        return self._index.get(name_key(name), ())


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The index, built once per process."""
    words = load_place_words()
    names = geonames()
    alpha3 = {country.code: country.code3 for country in names.countries}

    # Centres and populations of countries and areas come from their cities:
    # the GeoNames extract gives countries no coordinates.
    sums: dict[tuple[str, str | None], list[float]] = defaultdict(lambda: [0.0, 0.0, 0, 0])
    for city in names.cities:
        for key in ((city.country, None), (city.country, city.admin1code)):
            total = sums[key]
            total[0] += city.lat
            total[1] += city.lon
            total[2] += 1
            total[3] += city.population

    def centre(key: tuple[str, str | None]) -> tuple[float | None, float | None]:
        lat, lon, count, _ = sums.get(key, (0.0, 0.0, 0, 0))
        return (round(lat / count, 4), round(lon / count, 4)) if count else (None, None)

    areas: dict[AreaKey, Place] = {}
    places: list[tuple[Place, list[str]]] = []
    for row in admin_areas():
        area = Place(
            name=row.name or row.admin1code,
            country=row.country,
            country3=alpha3.get(row.country, row.country),
            feature=ADMIN_AREA,
            population=int(sums[(row.country, row.admin1code)][3]),
            lat=row.lat,
            lon=row.lon,
            admin1code=row.admin1code,
            admin1=row.name or None,
        )
        areas[(row.country, row.admin1code)] = area
        if row.name:
            places.append((area, [row.name]))

    # US states are the only areas whose GeoNames ids the extract ships.
    for code, geonameid in names.us_state_ids.items():
        if ("US", code) in areas:
            areas[("US", code)] = replace(areas[("US", code)], geonameid=geonameid)
    places = [(areas[(p.country, p.admin1code)], names_) for p, names_ in places if p.admin1code is not None]
    for abbreviation, code in words.us_state_abbreviations.items():
        if ("US", code) in areas:
            places.append((areas[("US", code)], [abbreviation]))

    aliases: dict[str, list[str]] = defaultdict(list)
    for alias, code in words.country_aliases.items():
        aliases[code].append(alias)
    alpha2 = {country.code3: country.code for country in names.countries}
    for code3, forms in load_country_table().countries.items():
        if code3 in alpha2:
            aliases[alpha2[code3]].extend(forms.adjectives)
    for country in names.countries:
        lat, lon = centre((country.code, None))
        place = Place(
            name=country.name,
            country=country.code,
            country3=country.code3,
            feature=COUNTRY,
            population=country.population,
            lat=lat,
            lon=lon,
            geonameid=country.geonameid,
        )
        places.append((place, [country.name, *aliases[country.code]]))

    for city in names.cities:
        city_area = areas.get((city.country, city.admin1code))
        place = Place(
            name=city.name,
            country=city.country,
            country3=alpha3.get(city.country, city.country),
            feature=CITY,
            population=city.population,
            lat=city.lat,
            lon=city.lon,
            geonameid=city.geonameid,
            admin1code=city.admin1code or None,
            admin1=city_area.admin1 if city_area else None,
        )
        # Non-Latin spellings cannot match English text; skipping them halves the index.
        latin = [name for name in city.alternate_names if name.isascii() and name[:1].isupper()]
        places.append((place, [city.name, *latin]))
    return Gazetteer(places, areas)
