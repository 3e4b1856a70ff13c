"""Correlates of War state numbers (``actors/cow_codes.csv``), for the POLECAT
export's ``Actor COW`` and ``Recipient COW`` columns."""

from __future__ import annotations

import csv
from functools import lru_cache

from newsevents.knowledge.files import open_data_text


@lru_cache(maxsize=1)
def _cow_codes() -> dict[str, int]:
    with open_data_text("actors", "cow_codes.csv") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {row["iso3"]: int(row["cow"]) for row in rows}


def cow_code(iso3: str | None) -> int | None:
    """The COW state number of a country given by its ISO alpha-3 code (TUR -> 640);
    None for a code that names no state COW lists (IGO, an unknown country)."""
    return _cow_codes().get(iso3 or "")
