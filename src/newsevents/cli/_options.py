"""Options and helpers that several commands share."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.cli import UserError

if TYPE_CHECKING:
    from tqdm import tqdm


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_coder_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--actors",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="extra actor table (YAML/CSV, or PETRARCH .actors/.agents); repeatable",
    )
    parser.add_argument(
        "--max-events-per-sentence",
        type=int,
        default=2,
        metavar="N",
        help="keep at most N events per sentence, the most confident (default 2)",
    )
    parser.add_argument(
        "--keep-unrealised",
        action="store_true",
        help="also keep negated and hypothetical events and deeds only expected (left out by default)",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar on stderr (default: when stderr is a terminal)",
    )


def coder_config(args):
    from newsevents.knowledge.actor_tables import read_user_table
    from newsevents.knowledge.actors import ActorTableError
    from newsevents.pipeline import CoderConfig

    for table in args.actors:
        if not table.is_file():
            raise UserError(f"actor table not found: {table}")
        try:
            read_user_table(table)  # a mistake in it is reported now, not in every worker
        except ActorTableError as error:
            raise UserError(str(error)) from None
    if args.max_events_per_sentence < 1:
        raise UserError("--max-events-per-sentence must be at least 1")
    return CoderConfig(
        actor_tables=tuple(args.actors),
        max_events_per_sentence=args.max_events_per_sentence,
        keep_unrealised=args.keep_unrealised,
    )


@contextlib.contextmanager
def open_output(path: Path | None):
    if path is None:
        yield sys.stdout
        return
    try:
        handle = path.open("w", encoding="utf-8")
    except OSError as error:
        raise UserError(f"cannot write {path}: {error.strerror}") from error
    with handle:
        yield handle


def progress_bar(args, unit: str, total: Callable[[], int | None] | None = None) -> tqdm:
    """A bar on stderr when asked for (or stderr is a terminal); ``total`` counts
    what is to come, only when the bar is shown, for its total and time left."""
    from tqdm import tqdm

    show = args.progress if args.progress is not None else sys.stderr.isatty()
    if not show:
        return tqdm(disable=True)
    # A terminal that reports 0 columns (some CI consoles, serial lines, `stty cols 0`)
    # would get tqdm's bar cut to nothing: give it a fixed common width instead.
    width = _terminal_columns(sys.stderr)
    return tqdm(
        total=total() if total else None,
        unit=unit,
        file=sys.stderr,
        dynamic_ncols=width > 0,
        ncols=None if width > 0 else 80,
    )


def _terminal_columns(stream) -> int:
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):  # not a terminal, or no descriptor
        return 0
