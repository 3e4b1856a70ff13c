"""The place index: every known place under its folded names.

Countries (GeoNames), the country aliases and US state abbreviations of the
place words, and the country adjectives of the actor tables ("the Nigerian
state of Borno" lies in Nigeria) are held in memory; the 235,000 populated
places and 51,000 administrative areas are asked of the SQLite index of
:mod:`newsevents.knowledge.gazetteer`, one query per new name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from newsevents.knowledge.actors import load_country_table
from newsevents.knowledge.gazetteer import (
    ADMIN1,
    ADMIN2,
    ARABIC_ARTICLES,
    CITY,
    COUNTRY,
    GeoPlace,
    fold_name,
    geonames,
    place_index,
    supplement_places,
)
from newsevents.knowledge.places import load_place_words

__all__ = [
    "ADMIN1",
    "ADMIN2",
    "AREAS",
    "CITY",
    "COUNTRY",
    "SPECIFICITY",
    "Gazetteer",
    "Place",
    "load_gazetteer",
    "name_key",
]

AREAS = frozenset({ADMIN1, ADMIN2})
SPECIFICITY = {COUNTRY: 1, ADMIN1: 2, ADMIN2: 3, CITY: 4}
AreaKey = tuple[str, str | None]  # (alpha-2, admin1 code); a city's code may be missing
name_key = fold_name
NAME_CACHE_SIZE = 50_000  # distinct names remembered per process


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
    admin2code: str | None = None

    def within(self, other: Place) -> bool:
        """True when this place lies inside ``other`` (or is it)."""
        if self.country != other.country:
            return False
        if other.feature == COUNTRY:
            return True
        if other.feature == ADMIN1:
            return self.admin1code == other.admin1code
        if other.feature == ADMIN2:
            return self.admin1code == other.admin1code and self.admin2code == other.admin2code
        return self == other


class Gazetteer:
    """Every known place, by folded name (main and alternate names); read-only once built."""

    def __init__(self, places: list[tuple[Place, list[str]]], areas: dict[AreaKey, Place]) -> None:
        self.countries: Mapping[str, Place] = MappingProxyType(
            {place.country: place for place, _ in places if place.feature == COUNTRY}
        )
        self.areas: Mapping[AreaKey, Place] = MappingProxyType(areas)
        self.alpha3 = {country.code: country.code3 for country in geonames().countries}
        index: dict[str, list[tuple[Place, bool]]] = defaultdict(list)
        for place, names in places:
            seen = set()
            for position, name in enumerate(names):
                key = name_key(name)
                if key and key not in seen:
                    seen.add(key)
                    index[key].append((place, position == 0))  # True: matched the main name
        self._in_memory: dict[str, Sequence[tuple[Place, bool]]] = dict(index)
        self.capitals = frozenset(
            name_key(capital) for forms in load_country_table().countries.values() for capital in forms.capitals
        )
        self.candidates_of_key = lru_cache(maxsize=NAME_CACHE_SIZE)(self._candidates_of_key)

    def _candidates_of_key(self, key: str) -> tuple[tuple[Place, bool], ...]:
        found = list(self._in_memory.get(key, ()))
        found.extend((self.place(row), main) for row, main in place_index().named(key))
        article, hyphen, rest = key.partition("-")
        if not found and hyphen and article in ARABIC_ARTICLES and rest:
            return self._candidates_of_key(f"{article} {rest}")  # "al-Bab" as GeoNames writes it: "Al Bab"
        return tuple(found)

    def place(self, row: GeoPlace) -> Place:
        area = self.areas.get((row.country, row.admin1code))
        if row.feature == ADMIN1 and area is not None:
            return area
        return Place(
            name=row.name,
            country=row.country,
            country3=self.alpha3.get(row.country, row.country),
            feature=row.feature,
            population=row.population or 0,
            lat=row.lat,
            lon=row.lon,
            geonameid=row.geonameid,
            admin1code=row.admin1code,
            admin1=area.admin1 if area else None,
            admin2code=row.admin2code,
        )

    def candidates(self, name: str) -> Sequence[tuple[Place, bool]]:
        """(place, matched its main name) for every place called ``name``."""
        key = name_key(name)
        return self.candidates_of_key(key) if key else ()

    def is_capital(self, name: str) -> bool:
        """Whether ``name`` is a national capital, which news use for its government ("Moscow agreed")."""
        return name_key(name) in self.capitals

    def largest_country(self, name: str) -> str | None:
        """The country (alpha-3) of the most populous place called ``name``, if any."""
        places = [place for place, _ in self.candidates(name)]
        return max(places, key=lambda place: place.population).country3 if places else None

    def area_of(self, place: Place) -> Place | None:
        """The first-level area a place lies in."""
        return self.areas.get((place.country, place.admin1code))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The in-memory part, built once per process."""
    words = load_place_words()
    names = geonames()
    alpha3 = {country.code: country.code3 for country in names.countries}
    index = place_index()
    areas: dict[AreaKey, Place] = {}
    for row in index.admin1_areas():
        geonameid = names.us_state_ids.get(row.admin1code or "") if row.country == "US" else row.geonameid
        areas[(row.country, row.admin1code)] = Place(
            name=row.name, country=row.country, country3=alpha3.get(row.country, row.country), feature=ADMIN1,
            population=row.population or 0, lat=row.lat, lon=row.lon, geonameid=geonameid or row.geonameid,
            admin1code=row.admin1code, admin1=row.name,
        )  # fmt: skip
    places: list[tuple[Place, list[str]]] = []
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
    centres = index.country_centres()
    for country in names.countries:
        lat, lon = centres.get(country.code, (None, None))
        place = Place(
            name=country.name, country=country.code, country3=country.code3, feature=COUNTRY,
            population=country.population, lat=round(lat, 4) if lat is not None else None,
            lon=round(lon, 4) if lon is not None else None, geonameid=country.geonameid,
        )  # fmt: skip
        places.append((place, [country.name, *aliases[country.code]]))
    for row, spellings in supplement_places():
        area = areas.get((row.country, row.admin1code))
        place = Place(
            name=row.name, country=row.country, country3=alpha3.get(row.country, row.country), feature=CITY,
            population=row.population, lat=row.lat, lon=row.lon, admin1code=row.admin1code,
            admin1=area.admin1 if area else None,
        )  # fmt: skip
        places.append((place, [row.name, *spellings]))
    return Gazetteer(places, areas)
