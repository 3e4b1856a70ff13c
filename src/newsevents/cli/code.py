"""``newsevents code``: code articles into event records (JSON Lines)."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from newsevents.cli import UserError
from newsevents.cli._options import add_coder_options, coder_config, open_output, parse_date, progress_bar
from newsevents.ingest import read_articles
from newsevents.records import InputProblem


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "code",
        help="code articles into event records",
        description="Code news articles (text, HTML, JSON Lines, folders of them, or - for stdin) into event records.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder (recursive) or - for stdin")
    parser.add_argument("--date", type=parse_date, help="publication date (YYYY-MM-DD) for inputs that carry none")
    parser.add_argument("--out", type=Path, help="write JSON Lines here instead of stdout")
    parser.add_argument("--db", type=Path, help="also write to (or resume into) this SQLite event store")
    add_coder_options(parser)
    parser.set_defaults(handler=run)


def run(args) -> int:
    from newsevents.pipeline import Coder

    coder = Coder(coder_config(args))
    problems = 0

    def articles():
        nonlocal problems
        for item in read_articles(args.inputs, default_date=args.date, stdin=sys.stdin):
            if isinstance(item, InputProblem):
                problems += 1
                print(f"newsevents: {item}", file=sys.stderr)
                bar.set_postfix(errors=problems, refresh=False)
                continue
            if store is not None and store.has_article(item):
                bar.update(1)
                continue  # already coded in an earlier (perhaps interrupted) run
            yield item

    store = _open_store(args.db)
    with open_output(args.out) as out, progress_bar(args, unit="article") as bar:
        try:
            for result in coder.code(articles()):
                if result.problem is not None:
                    problems += 1
                    print(f"newsevents: {result.problem}", file=sys.stderr)
                for event in result.events:
                    out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
                if store is not None:
                    store.add(result)
                bar.update(1)
                bar.set_postfix(errors=problems, refresh=False)
        finally:
            if store is not None:
                store.close()
    if problems:
        print(f"newsevents: {problems} input record(s) rejected; the rest were coded", file=sys.stderr)
        return 1
    return 0


def _open_store(path: Path | None):
    if path is None:
        return None
    from newsevents.store import EventStore

    try:
        return EventStore(path)
    except Exception as error:  # a locked, corrupt or unwritable file is the user's to fix
        raise UserError(f"cannot open event store {path}: {error}") from error
