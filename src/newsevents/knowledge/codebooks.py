"""PLOVER and CAMEO: the two code books every record carries.

The CAMEO table (code, name, Goldstein score, PLOVER event/mode/context) lives in
``data/cameo.csv``; PLOVER's types, quad classes and the facts joining the two
code books in ``data/plover.yaml``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from newsevents.knowledge.files import open_data_text, read_data_yaml


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    plover_event: str | None
    plover_mode: str | None
    plover_context: str | None


class CodebookError(ValueError):
    """A row of the code books that contradicts PLOVER; the message names it."""


@dataclass(frozen=True)
class Ontology:
    cameo_codes: dict[str, CameoCode]
    plover_types: tuple[str, ...]
    quad_of_type: dict[str, int]
    default_cameo_of_type: dict[str, str]
    cooperative_quads: frozenset[int]
    material_quads: frozenset[int]  # deeds, not statements
    type_of_cameo_root: tuple[tuple[str, str], ...]  # (CAMEO prefix, PLOVER type)
    plv15_merge: dict[str, str]  # PLOVER type -> its label in the plv15 sentence sets
    modes_of_type: dict[str, frozenset[str]]  # the PLOVER manual's modes of each type

    def is_mode_of(self, mode: str | None, plover_type: str | None) -> bool:
        """Whether ``mode`` is one of PLOVER's modes for ``plover_type`` (no mode always is)."""
        return mode is None or mode in self.modes_of_type.get(plover_type or "", frozenset())

    def cameo(self, code: str) -> CameoCode:
        return self.cameo_codes[code]

    def quad_class(self, plover_type: str) -> int:
        return self.quad_of_type[plover_type]

    def default_cameo(self, plover_type: str) -> str:
        """The CAMEO code to give an event known only by its PLOVER type."""
        return self.default_cameo_of_type[plover_type]

    def goldstein(self, cameo_code: str) -> float:
        return self.cameo_codes[cameo_code].goldstein

    def is_cooperative(self, plover_type: str | None) -> bool:
        """Whether a PLOVER type is cooperation (quad 1 or 2); unknown types are not."""
        return self.quad_of_type.get(plover_type or "", 3) in self.cooperative_quads

    def is_material(self, plover_type: str) -> bool:
        """Whether a PLOVER type is a deed (material cooperation or conflict), not a statement."""
        return self.quad_of_type.get(plover_type, 0) in self.material_quads

    def type_without_plover(self, cameo_code: str) -> str | None:
        """The PLOVER type of a CAMEO code that cameo.csv gives none (appeals, denials)."""
        return next((event for prefix, event in self.type_of_cameo_root if cameo_code.startswith(prefix)), None)


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """Read the code books once per process (they never change at run time)."""
    with open_data_text("cameo.csv") as handle:
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
    modes = {name: frozenset(plover["modes"].get(name, ())) for name in types}
    for code in codes.values():
        if code.plover_mode is not None and code.plover_mode not in modes.get(code.plover_event or "", ()):
            raise CodebookError(
                f"cameo.csv: code {code.code}: {code.plover_mode!r} is not a PLOVER mode of {code.plover_event}"
            )
    return Ontology(
        cameo_codes=codes,
        plover_types=tuple(types),
        quad_of_type={name: spec["quad"] for name, spec in types.items()},
        default_cameo_of_type={name: spec["cameo"] for name, spec in types.items()},
        cooperative_quads=frozenset(plover["cooperative_quads"]),
        material_quads=frozenset(plover["material_quads"]),
        type_of_cameo_root=tuple(plover["type_of_cameo_root"].items()),
        plv15_merge=dict(plover["plv15_merge"]),
        modes_of_type=modes,
    )
