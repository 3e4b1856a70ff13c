"""The countries where peoples without a state live (``data/actors/homelands.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from newsevents.knowledge.files import read_data_yaml


@dataclass(frozen=True)
class Homelands:
    countries_of: MappingProxyType[str, tuple[str, ...]]  # a people's word -> its countries, alpha-3
    other_side_prefixes: frozenset[str]  # "pro-Kurdish": not the people itself
    state_forces_in: MappingProxyType[str, tuple[str, ...]]  # a people's word -> where its forces are a state's


@lru_cache(maxsize=1)
def load_homelands() -> Homelands:
    raw = read_data_yaml("actors", "homelands.yaml")
    countries_of = {word: tuple(people["countries"]) for people in raw["peoples"].values() for word in people["words"]}
    state_forces_in = {
        word: tuple(people.get("state_forces_in", ())) for people in raw["peoples"].values() for word in people["words"]
    }
    return Homelands(
        MappingProxyType(countries_of), frozenset(raw["other_side_prefixes"]), MappingProxyType(state_forces_in)
    )
