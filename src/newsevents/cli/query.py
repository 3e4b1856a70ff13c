"""``newsevents query``: read deduplicated events from the store."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from newsevents.cli._store_args import add_db_option, add_filter_options, event_query, open_store, store_command
from newsevents.records import StoredEvent

_TABLE_COLUMNS = (
    ("id", "event_id"), ("date", "date"), ("precision", "date_precision"), ("actor", "actor_code"),
    ("recipient", "recipient_code"), ("event", "event"), ("cameo", "cameo"),
    ("quad", "quad_class"), ("goldstein", "goldstein"), ("place", "location_name"),
    ("country", "location_country"), ("mentions", "num_mentions"),
    ("articles", "num_articles"), ("sources", "num_sources"),
)  # fmt: skip


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "query",
        help="list deduplicated events from an event store",
        description="List the events of an event store that match all the given conditions.",
    )
    add_db_option(parser)
    add_filter_options(parser)
    parser.add_argument(
        "--format",
        choices=("table", "csv", "jsonl"),
        default="table",
        help="table (default), CSV, or JSON Lines with each event's mentions",
    )
    parser.set_defaults(handler=run)


@store_command
def run(args: argparse.Namespace) -> int:
    from newsevents.export.eventcsv import write_events_csv  # it loads the store: not to build the parser

    with open_store(args.db) as store:
        query = event_query(args, store)
        events = store.events(query)
        if args.format == "csv":
            count = write_events_csv(events, sys.stdout)
        elif args.format == "jsonl":
            count = 0
            for event in events:
                mentions = [mention.to_dict() for mention in store.mentions(event.event_id)]
                sys.stdout.write(json.dumps({**event.to_dict(), "mentions": mentions}, ensure_ascii=False) + "\n")
                count += 1
        else:
            count = _write_table(list(events), sys.stdout)
    print(f"{count} events", file=sys.stderr)
    return 0


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _write_table(events: list[StoredEvent], out: TextIO) -> int:
    rows = [[_cell(getattr(event, key)) for _, key in _TABLE_COLUMNS] for event in events]
    headers = [title for title, _ in _TABLE_COLUMNS]
    widths = [max([len(h)] + [len(row[i]) for row in rows]) for i, h in enumerate(headers)]
    for row in [headers, *rows]:
        out.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() + "\n")
    return len(rows)
