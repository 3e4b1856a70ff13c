"""A PNG of a dyad's relations: events per period by quad class, and mean Goldstein."""

from __future__ import annotations

import math
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only: no display needed
import matplotlib.pyplot as plt  # noqa: E402  (after the backend is chosen)
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402

from newsevents.store.dyad import QUAD_CLASS_NAMES, DyadPeriod  # noqa: E402

# Cooperation in greens, conflict in warm colours; material darker than verbal.
_QUAD_COLOURS = {1: "#9ad0a0", 2: "#2e7d32", 3: "#f4a259", 4: "#c62828"}
_MAX_TICK_LABELS = 24
# The suffixes matplotlib can write with the Agg backend (png, pdf, svg, ...).
IMAGE_FORMATS = tuple(FigureCanvasAgg.get_supported_filetypes())


def plot_dyad(series: list[DyadPeriod], actor: str, recipient: str, by: str, path: str | Path) -> None:
    """Draw counts by quad class (stacked bars) above the mean Goldstein line."""
    positions = list(range(len(series)))
    figure, (counts_axis, score_axis) = plt.subplots(
        2,
        1,
        sharex=True,
        figsize=(min(14.0, max(7.0, 0.35 * len(series) + 3)), 6.5),
        gridspec_kw={"height_ratios": [3, 2]},
    )
    bottoms = [0] * len(series)
    for quad, name in QUAD_CLASS_NAMES.items():
        heights = [period.counts[quad - 1] for period in series]
        counts_axis.bar(positions, heights, bottom=bottoms, color=_QUAD_COLOURS[quad], label=name)
        bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
    counts_axis.set_ylabel(f"events per {by}")
    counts_axis.set_title(f"{actor} \u2192 {recipient}: events by quad class and mean Goldstein score")
    counts_axis.legend(loc="upper left", fontsize="small", ncols=2, frameon=False)
    counts_axis.yaxis.get_major_locator().set_params(integer=True)
    counts_axis.set_ylim(0, max(bottoms, default=0) * 1.35 + 1)

    # NaN for a period without events breaks the line there instead of bridging the gap.
    scores = [math.nan if p.mean_goldstein is None else p.mean_goldstein for p in series]
    score_axis.axhline(0, color="grey", linewidth=0.8)
    score_axis.plot(positions, scores, marker="o", markersize=4, color="#37474f")
    score_axis.set_ylim(-10.5, 10.5)
    score_axis.set_ylabel("mean Goldstein")

    step = max(1, -(-len(series) // _MAX_TICK_LABELS))
    score_axis.set_xticks(positions[::step], [p.period for p in series][::step], rotation=45, ha="right")
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
