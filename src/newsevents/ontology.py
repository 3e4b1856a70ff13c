"""PLOVER and CAMEO: the two code books every record carries.

The CAMEO table (code, name, Goldstein score, PLOVER event/mode/context) lives in
``data/cameo.csv``; PLOVER's types and quad classes in ``data/plover.yaml``.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from newsevents.knowledge.files import data_path, read_data_yaml


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    plover_event: str | None
    plover_mode: str | None
    plover_context: str | None


@dataclass(frozen=True)
class Ontology:
    cameo_codes: dict[str, CameoCode]
    plover_types: tuple[str, ...]
    quad_of_type: dict[str, int]
    default_cameo_of_type: dict[str, str]

    def cameo(self, code: str) -> CameoCode:
        return self.cameo_codes[code]

    def quad_class(self, plover_type: str) -> int:
        return self.quad_of_type[plover_type]

    def default_cameo(self, plover_type: str) -> str:
        """The CAMEO code to give an event known only by its PLOVER type."""
        return self.default_cameo_of_type[plover_type]

    def goldstein(self, cameo_code: str) -> float:
        return self.cameo_codes[cameo_code].goldstein


def _data_file(name: str):
    return data_path(name)


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """Read the code books once per process (they never change at run time)."""
    with _data_file("cameo.csv").open(encoding="utf-8") as handle:
        codes = {
            row["cameo"]: CameoCode(
                code=row["cameo"],
                name=row["name"],
                goldstein=float(row["goldstein"]),
                plover_event=row["plover_event"] or None,
                plover_mode=row["plover_mode"] or None,
                plover_context=row["plover_context"] or None,
            )
            for row in csv.DictReader(handle)
        }
    plover = read_data_yaml("plover.yaml")
    types = plover["types"]
    return Ontology(
        cameo_codes=codes,
        plover_types=tuple(types),
        quad_of_type={name: spec["quad"] for name, spec in types.items()},
        default_cameo_of_type={name: spec["cameo"] for name, spec in types.items()},
    )
