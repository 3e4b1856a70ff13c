"""``newsevents export``: write the store's events in a format other tools read."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsevents.cli import UserError
from newsevents.cli._store_args import add_db_option, add_filter_options, event_query, open_store, store_command
from newsevents.export.writers import FORMATS, export_events


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write deduplicated events as PLOVER JSONL, POLECAT/GDELT TSV or Parquet",
        description="Write the events of an event store to a file (see docs/store.md for the columns).",
    )
    add_db_option(parser)
    parser.add_argument(
        "--format", choices=FORMATS, required=True, help="the layout to write: %(choices)s (columns in docs/store.md)"
    )
    parser.add_argument("--out", type=Path, required=True, metavar="FILE", help="the file to write the events to")
    add_filter_options(parser)
    parser.set_defaults(handler=run)


@store_command
def run(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        query = event_query(args, store)
        try:
            count = export_events(store, args.format, args.out, query)
        except OSError as error:
            raise UserError(f"cannot write {args.out}: {error.strerror or error}") from None
    print(f"wrote {count} events to {args.out}", file=sys.stderr)
    return 0
