"""The words that make up a wire dateline (``data/datelines.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsevents.knowledge.files import read_data_yaml


@dataclass(frozen=True)
class DatelineWords:
    agencies: tuple[str, ...]  # credits: "AP", "Reuters", "Associated Press" ...
    months: tuple[str, ...]  # month names and abbreviations as datelines write them
    place_connectors: tuple[str, ...]  # lower-case words inside a place name ("de", "al")
    not_places: frozenset[str]  # capitalised labels that open a story but are no place, lower-cased


@lru_cache(maxsize=1)
def load_dateline_words() -> DatelineWords:
    raw = read_data_yaml("datelines.yaml")
    return DatelineWords(
        agencies=tuple(raw["agencies"]),
        months=tuple(raw["months"]),
        place_connectors=tuple(raw["place_connectors"]),
        not_places=frozenset(label.lower() for label in raw["not_places"]),
    )
