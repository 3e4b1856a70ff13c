"""``newsevents code``: code articles into event records."""

from __future__ import annotations

import contextlib
import sys
from collections import Counter
from pathlib import Path

from newsevents.cli import UserError
from newsevents.cli._code_output import EventOutput, KnownArticles, check_parts_dir
from newsevents.cli._options import add_coder_options, coder_config, open_output, parse_date, progress_bar
from newsevents.records import InputProblem

_NO_DATE = (
    'newsevents: {} has no publication date, so events dated by it or by words like "on Monday" get'
    ' no date; give it with --date YYYY-MM-DD or a "published" field (said once for all such articles)'
)


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "code",
        help="code articles into event records",
        description="Code news articles (text, HTML, JSON Lines, folders of them, or - for stdin) into event records.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder (recursive) or - for stdin")
    parser.add_argument("--date", type=parse_date, help="publication date (YYYY-MM-DD) for inputs that carry none")
    parser.add_argument(
        "--follow-links",
        action="store_true",
        help="in a folder, also follow links that lead outside it (default: only links within it)",
    )
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
    from newsevents.ingest.folders import count_records
    from newsevents.ingest.notes import InputNote

    if args.workers < 1:
        raise UserError("--workers must be at least 1")
    if args.engine == "dask" and args.out is None:
        raise UserError("--engine dask writes Parquet parts: give the folder with --out")
    # with --engine dask the workers write the records to --out as Parquet parts
    parts_dir = args.out if args.engine == "dask" else None
    if parts_dir is not None:
        check_parts_dir(parts_dir)
    config = coder_config(args)
    store = _open_store(args.db)
    known = KnownArticles(store) if store is not None else None
    tally: Counter[str] = Counter()
    bar = progress_bar(args, unit="article", total=lambda: count_records(args.inputs, args.follow_links))

    def report(problem) -> None:
        bar.write(f"newsevents: {problem}", file=sys.stderr)
        if not isinstance(problem, InputNote):
            tally["rejected"] += 1
            bar.set_postfix(errors=tally["rejected"], refresh=False)

    def articles():
        for item in read_articles(args.inputs, default_date=args.date, stdin=sys.stdin, follow_links=args.follow_links):
            if isinstance(item, InputProblem):
                report(item)
                if not isinstance(item, InputNote):
                    bar.update(1)  # a rejected record is one of the total
                continue
            verdict = known.check(item) if known is not None else None
            if isinstance(verdict, InputProblem):
                report(verdict)
                bar.update(1)
            elif verdict is not None:  # coded in an earlier, perhaps interrupted, run
                tally["skipped"] += 1
                output.write_stored(verdict)
                bar.update(1)
            else:
                if item.published is None and not tally["undated"]:
                    bar.write(_NO_DATE.format(item.origin or item.id), file=sys.stderr)
                tally["undated"] += item.published is None
                yield item

    workers = max(args.workers, 2) if args.engine == "dask" else args.workers
    try:
        with (
            _open_engine(config, args.engine, workers, args.scheduler, parts_dir) as engine,
            open_output(args.out) if parts_dir is None else contextlib.nullcontext(None) as out,
        ):
            output = EventOutput(out, args.out, parts_dir)
            for result in engine.code_many(articles()):
                # the store first: a closed stdout must not cost what was coded
                if known is not None and not known.add(result):
                    problem = known.refused(result.article)
                    if problem is not None:
                        report(problem)
                    bar.update(1)
                    continue
                if result.problem is not None:
                    report(result.problem)
                tally["coded"] += result.problem is None or isinstance(result.problem, InputNote)
                output.write(result.events)
                bar.update(1)
                if output.closed and store is None:
                    break  # nobody reads what would be coded next
            output.finish()
    finally:
        bar.close()
        if store is not None:
            store.close()
    for line in known.summary(output) if known is not None else []:
        print(f"newsevents: {line}", file=sys.stderr)
    if tally["rejected"]:
        print(f"newsevents: {_summary(tally)}", file=sys.stderr)
        return 1
    return 0


def _summary(tally: Counter) -> str:
    rejected = f"{tally['rejected']} input record(s) rejected"
    if not tally["coded"] and not tally["skipped"]:
        return f"{rejected}; nothing was coded"
    skipped = f", {tally['skipped']} already in the store" if tally["skipped"] else ""
    return f"{rejected}; {tally['coded']} article(s) coded{skipped}"


def _open_engine(config, engine: str, workers: int, scheduler: str | None, parts_dir: Path | None):
    from newsevents.parallel import EngineError, open_engine  # spaCy and Dask only when coding

    try:
        return open_engine(config, engine=engine, workers=workers, scheduler=scheduler, parts_dir=parts_dir)
    except EngineError as error:
        raise UserError(str(error)) from None


def _open_store(path: Path | None):
    if path is None:
        return None
    from newsevents.store import EventStore

    try:
        return EventStore(path)
    except Exception as error:  # a locked, corrupt or unwritable file is the user's to fix
        raise UserError(f"cannot open event store {path}: {error}") from error
