"""Time words: what the date resolver reads in ``data/dates/time_words.yaml``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from newsevents.knowledge.files import read_data_yaml


@dataclass(frozen=True)
class TimeWords:
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    day_words: Mapping[str, int]
    previous_words: frozenset[str]
    next_words: frozenset[str]
    current_words: frozenset[str]
    units: Mapping[str, str]
    numbers: Mapping[str, int]
    ago_words: frozenset[str]
    ahead_words: frozenset[str]
    duration_units: frozenset[str]
    until_words: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    ahead_prepositions: frozenset[str]
    article_numbers: frozenset[str]
    small_hours_words: frozenset[str]


@lru_cache(maxsize=1)
def load_time_words() -> TimeWords:
    raw = read_data_yaml("dates", "time_words.yaml")
    fields: dict[str, Any] = {
        key: frozenset(value) if isinstance(value, list) else MappingProxyType(dict(value))
        for key, value in raw.items()
    }
    return TimeWords(**fields)
