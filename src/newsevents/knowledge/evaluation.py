"""What the scorers of ``newsevents eval`` know: ``data/evaluation.yaml``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from newsevents.knowledge.files import read_data_yaml


@dataclass(frozen=True)
class EvaluationKnowledge:
    penta_of_cameo_root: Mapping[str, int]
    police_sectors: frozenset[str]
    satp_source_sectors: Mapping[str, str]
    satp_default_source_sector: str
    satp_generic_actors: tuple[str, ...]
    name_stop_words: frozenset[str]


@lru_cache(maxsize=1)
def load_evaluation_knowledge() -> EvaluationKnowledge:
    raw = read_data_yaml("evaluation.yaml")
    return EvaluationKnowledge(
        penta_of_cameo_root=MappingProxyType({str(root): int(cls) for root, cls in raw["penta_of_cameo_root"].items()}),
        police_sectors=frozenset(raw["police_sectors"]),
        satp_source_sectors=MappingProxyType(dict(raw["satp_source_sectors"])),
        satp_default_source_sector=raw["satp_default_source_sector"],
        satp_generic_actors=tuple(raw["satp_generic_actors"]),
        name_stop_words=frozenset(raw["name_stop_words"]),
    )
