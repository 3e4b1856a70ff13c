"""``newsevents dyad``: how one country acts towards another, period by period."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsevents.cli import UserError
from newsevents.cli._store_args import add_db_option, country_code, open_store, store_command
from newsevents.store.dyad import PERIODS, QUAD_CLASS_NAMES, dyad_series


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "dyad",
        help="events from one country to another by quad class and mean Goldstein, per month or week",
        description="Count the deduplicated events from ACTOR to RECIPIENT per period by quad class,"
        " with their mean Goldstein score, as a table and optionally a PNG plot.",
    )
    parser.add_argument("actor", help="actor country, ISO alpha-3 (TUR)")
    parser.add_argument("recipient", help="recipient country, ISO alpha-3 (USA)")
    add_db_option(parser)
    parser.add_argument("--by", choices=PERIODS, default="month", help="period (default month)")
    parser.add_argument(
        "--plot",
        type=Path,
        metavar="FILE",
        help="also draw the series to this image (PNG, SVG, PDF, ... by its suffix; a folder gets ACTOR-RECIPIENT.png)",
    )
    parser.set_defaults(handler=run)


@store_command
def run(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        actor = country_code(args.actor, "actor", store, with_sector=False)
        recipient = country_code(args.recipient, "recipient", store, with_sector=False)
        plot = plot_path(args.plot, actor, recipient) if args.plot else None
        series = dyad_series(store.dyad_rows(actor, recipient), args.by)
    if not series:
        print(f"no dated events from {actor} to {recipient}", file=sys.stderr)
        return 0
    headers = [args.by, *(name.replace(" ", "_") for name in QUAD_CLASS_NAMES.values()), "total", "mean_goldstein"]
    rows = [
        [
            period.period,
            *map(str, period.counts),
            str(period.total),
            "" if period.mean_goldstein is None else f"{period.mean_goldstein:.2f}",
        ]
        for period in series
    ]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    for row in [headers, *rows]:
        cells = zip(row, widths, strict=True)
        print("  ".join(cell.rjust(w) if i else cell.ljust(w) for i, (cell, w) in enumerate(cells)))
    if plot is not None:
        from newsevents.export.dyadplot import plot_dyad  # matplotlib only when asked

        try:
            plot_dyad(series, actor, recipient, args.by, plot)
        except OSError as error:
            raise UserError(f"cannot write {plot}: {error.strerror or error}") from None
        print(f"plot written to {plot}", file=sys.stderr)
    return 0


def plot_path(path: Path, actor: str, recipient: str) -> Path:
    """Where the plot goes: ``path``, or in a folder ``ACTOR-RECIPIENT.png``;
    a file name without a suffix gets ``.png``, as matplotlib would give it."""
    from newsevents.export.dyadplot import IMAGE_FORMATS

    if path.is_dir():
        return path / f"{actor.lower()}-{recipient.lower()}.png"
    if not path.suffix:
        return path.with_name(path.name + ".png")
    if path.suffix[1:].lower() not in IMAGE_FORMATS:
        raise UserError(
            f"--plot {path}: cannot draw a .{path.suffix[1:]} file (give one of {', '.join(IMAGE_FORMATS)})"
        )
    return path
