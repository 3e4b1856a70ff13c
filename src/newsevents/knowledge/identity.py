"""What makes two mentions one event, for the store: ``data/event_identity.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsevents.knowledge.files import read_data_yaml


@dataclass(frozen=True)
class EventIdentityKnowledge:
    symmetric_types: frozenset[str]  # PLOVER types whose parties take part alike
    directed_codes: frozenset[str]  # CAMEO codes of those types that keep a direction
    symmetric_codes: frozenset[str]  # CAMEO codes of directed types that are joint acts
    publication_window_days: int
    organization_codes: frozenset[str]
    state_sectors: frozenset[str]  # organs of the state: one party with their country
    weak_place_sources: frozenset[str]  # places guessed from outside the sentence and paragraph

    def is_symmetric(self, event: str, cameo: str | None) -> bool:
        """Whether an event of this PLOVER type and CAMEO code has no direction."""
        if cameo in self.symmetric_codes:
            return True
        return event in self.symmetric_types and cameo not in self.directed_codes


@lru_cache(maxsize=1)
def load_event_identity() -> EventIdentityKnowledge:
    raw = read_data_yaml("event_identity.yaml")
    return EventIdentityKnowledge(
        symmetric_types=frozenset(raw["symmetric_types"]),
        directed_codes=frozenset(str(code) for code in raw["directed_codes"]),
        symmetric_codes=frozenset(str(code) for code in raw["symmetric_codes"]),
        publication_window_days=int(raw["publication_window_days"]),
        organization_codes=frozenset(raw["organization_codes"]),
        state_sectors=frozenset(raw["state_sectors"]),
        weak_place_sources=frozenset(raw["weak_place_sources"]),
    )
