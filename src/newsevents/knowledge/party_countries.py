"""Which sector-only parties take a country from their context (``data/actors/party_countries.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsevents.knowledge.files import read_data_yaml


@dataclass(frozen=True)
class PartyCountryWords:
    placed_by_sentence_sectors: frozenset[str]
    placing_prepositions: frozenset[str]
    relational_nouns: frozenset[str]
    article_country_sectors: frozenset[str]
    not_home_words: frozenset[str]
    harmed_in_place_events: frozenset[str]
    harmed_in_place_sectors: frozenset[str]
    enforcing_events: frozenset[str]
    enforcing_sectors: frozenset[str]
    enforcing_nouns: frozenset[str]
    state_force_words: frozenset[str]
    state_force_sectors: frozenset[str]
    nested_placing_prepositions: frozenset[str]
    home_arrest_modes: frozenset[str]
    home_arresting_sectors: frozenset[str]
    home_arrested_sectors: frozenset[str]
    home_body_sectors: frozenset[str]
    home_state_sectors: frozenset[str]
    own_government_nouns: frozenset[str]  # "Corbyn accused the government": Britain's (hc2)
    ruler_deed_types: frozenset[str]  # "Saddam gassed the Kurds": in office (hc2)


@lru_cache(maxsize=1)
def load_party_country_words() -> PartyCountryWords:
    raw = read_data_yaml("actors", "party_countries.yaml")
    return PartyCountryWords(**{key: frozenset(words) for key, words in raw.items()})
