"""Place knowledge: the words the place resolver reads (``data/places/place_words.yaml``).
The places themselves are GeoNames' (:mod:`newsevents.knowledge.gazetteer`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from newsevents.knowledge.files import read_data_yaml


@dataclass(frozen=True)
class PlaceWords:
    locative_prepositions: frozenset[str]
    surface_prepositions: frozenset[str]
    destination_prepositions: frozenset[str]
    origin_prepositions: frozenset[str]
    actor_words: frozenset[str]
    incident_nouns: frozenset[str]
    movement_words: frozenset[str]
    place_object_words: frozenset[str]
    seizure_words: frozenset[str]
    statement_words: frozenset[str]
    speech_words: frozenset[str]
    said_event_types: frozenset[str]
    obstruction_words: frozenset[str]
    direction_words: frozenset[str]
    area_nouns: frozenset[str]
    settlement_nouns: frozenset[str]
    container_nouns: frozenset[str]  # area and settlement nouns: "the X of Y" is Y
    encounter_words: frozenset[str]
    occurrence_verbs: frozenset[str]
    country_aliases: Mapping[str, str]  # alias -> alpha-2
    us_state_abbreviations: Mapping[str, str]  # "Calif." -> state code


@lru_cache(maxsize=1)
def load_place_words() -> PlaceWords:
    raw = read_data_yaml("places", "place_words.yaml")
    sets = {key: frozenset(value) for key, value in raw.items() if isinstance(value, list)}
    sets["container_nouns"] = sets["area_nouns"] | sets["settlement_nouns"]
    return PlaceWords(
        **sets,
        country_aliases=MappingProxyType(dict(raw["country_aliases"])),
        us_state_abbreviations=MappingProxyType(dict(raw["us_state_abbreviations"])),
    )
