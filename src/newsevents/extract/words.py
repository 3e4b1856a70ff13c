"""The word lists of ``data/clause_words.yaml``, loaded once per process."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsevents.knowledge.files import read_data_yaml


@dataclass(frozen=True)
class ClauseWords:
    event_nouns: frozenset[str]
    reporting_verbs: frozenset[str]
    future_governors: frozenset[str]
    future_modals: frozenset[str]
    hypothetical_modals: frozenset[str]
    hypothetical_adverbs: frozenset[str]
    conditional_markers: frozenset[str]
    negation_words: frozenset[str]
    future_adjectives: frozenset[str]
    recipient_prepositions: tuple[str, ...]


@lru_cache(maxsize=1)
def load_clause_words() -> ClauseWords:
    raw = read_data_yaml("clause_words.yaml")
    return ClauseWords(
        recipient_prepositions=tuple(raw.pop("recipient_prepositions")),
        **{key: frozenset(values) for key, values in raw.items()},
    )
