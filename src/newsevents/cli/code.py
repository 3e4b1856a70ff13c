"""``newsevents code``: code articles into event records."""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

from newsevents.cli import UserError
from newsevents.cli._options import add_coder_options, coder_config, open_output, parse_date, progress_bar
from newsevents.records import InputProblem


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "code",
        help="code articles into event records",
        description="Code news articles (text, HTML, JSON Lines, folders of them, or - for stdin) into event records.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder (recursive) or - for stdin")
    parser.add_argument("--date", type=parse_date, help="publication date (YYYY-MM-DD) for inputs that carry none")
    parser.add_argument(
        "--out", type=Path, help="JSON Lines file (default stdout); with --engine dask, a folder of Parquet parts"
    )
    parser.add_argument("--db", type=Path, help="also write to (or resume into) this SQLite event store")
    parser.add_argument("--workers", type=int, default=1, metavar="N", help="coding processes (default 1)")
    parser.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="local processes, or a Dask cluster (default local)",
    )
    parser.add_argument(
        "--scheduler", metavar="ADDRESS", help="Dask scheduler (tcp://host:8786); without it a local cluster is started"
    )
    add_coder_options(parser)
    parser.set_defaults(handler=run)


def run(args) -> int:
    from newsevents.ingest import read_articles  # the HTML reader (trafilatura) only when coding

    if args.workers < 1:
        raise UserError("--workers must be at least 1")
    if args.engine == "dask" and args.out is None:
        raise UserError("--engine dask writes Parquet parts: give the folder with --out")
    config = coder_config(args)
    store = _open_store(args.db)
    problems = 0
    bar = progress_bar(args, unit="article")

    def report(problem) -> None:
        nonlocal problems
        problems += 1
        bar.write(f"newsevents: {problem}", file=sys.stderr)
        bar.set_postfix(errors=problems, refresh=False)

    def articles():
        for item in read_articles(args.inputs, default_date=args.date, stdin=sys.stdin):
            if isinstance(item, InputProblem):
                report(item)
            elif store is not None and store.has_article(item):
                bar.update(1)  # coded in an earlier, perhaps interrupted, run
            else:
                yield item

    # with --engine dask the workers write the records to --out as Parquet parts
    parts_dir = args.out if args.engine == "dask" else None
    workers = max(args.workers, 2) if args.engine == "dask" else args.workers
    try:
        with (
            _open_engine(config, args.engine, workers, args.scheduler, parts_dir) as engine,
            open_output(args.out) if parts_dir is None else contextlib.nullcontext(None) as out,
        ):
            for result in engine.code_many(articles()):
                if result.problem is not None:
                    report(result.problem)
                if out is not None:
                    for event in result.events:
                        out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
                if store is not None:
                    store.add(result)
                bar.update(1)
    finally:
        bar.close()
        if store is not None:
            store.close()
    if problems:
        print(f"newsevents: {problems} input record(s) rejected; the rest were coded", file=sys.stderr)
        return 1
    return 0


def _open_engine(config, engine: str, workers: int, scheduler: str | None, parts_dir: Path | None):
    from newsevents.parallel import open_engine  # spaCy and Dask only when coding

    return open_engine(config, engine=engine, workers=workers, scheduler=scheduler, parts_dir=parts_dir)


def _open_store(path: Path | None):
    if path is None:
        return None
    from newsevents.store import EventStore

    try:
        return EventStore(path)
    except Exception as error:  # a locked, corrupt or unwritable file is the user's to fix
        raise UserError(f"cannot open event store {path}: {error}") from error
