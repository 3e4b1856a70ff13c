"""``newsevents actors``: resolve actor phrases to country, sector and code.

Reads JSON Lines with ``text`` and optional ``context`` and ``date`` ("today",
ISO ``YYYY-MM-DD``, or a written date such as "12 April 2022"); writes one line
per input line, in the same order: ``{"text", "country", "sector", "code"}``.
A line that cannot be read gets one message on stderr and, to keep the output
aligned with the input, an output line with null codings and an ``error`` field.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from newsevents.cli import UserError
from newsevents.cli._options import open_output


class BadDate(ValueError):
    pass


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "actors",
        help="resolve actor phrases (JSON Lines) to country, sector and code",
        description="Resolve actor phrases to country (ISO alpha-3 or IGO/UNO/...), sector and CAMEO-style code.",
    )
    parser.add_argument("phrases", type=Path, help="JSON Lines file with text, optional context and date; - for stdin")
    parser.add_argument(
        "--actors",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="extra actor table (YAML/CSV, or PETRARCH .actors/.agents); repeatable",
    )
    parser.add_argument("--out", type=Path, help="output file (default stdout)")
    parser.set_defaults(handler=run)


def parse_when(value: object) -> date | None:
    """A phrase's date: None when empty (no term is then picked by the clock), today's
    for "today", ISO or a written date otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str) and value.strip().lower() == "today":
        return date.today()
    if not isinstance(value, str):
        raise BadDate(f"date must be a string, not {type(value).__name__}")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        pass
    import dateparser  # slow to import: only for the rare written-out date

    parsed = dateparser.parse(value, settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    if parsed is None:
        raise BadDate(f"cannot read date {value!r}")
    return parsed.date()


def run(args) -> int:
    from newsevents.knowledge.actors import ActorTableError  # the tables load only when the command runs
    from newsevents.resolve.actors import ActorResolver

    for table in args.actors:
        if not table.is_file():
            raise UserError(f"actor table not found: {table}")
    try:
        resolver = ActorResolver(extra_tables=args.actors)
    except ActorTableError as error:
        raise UserError(str(error)) from None
    name = "<stdin>" if str(args.phrases) == "-" else str(args.phrases)
    try:
        source = sys.stdin if str(args.phrases) == "-" else args.phrases.open(encoding="utf-8")
    except OSError as error:
        raise UserError(f"cannot read {args.phrases}: {error.strerror}") from None
    problems = 0
    with source, open_output(args.out) as out:
        for number, line in enumerate(source, start=1):
            if not line.strip():
                continue
            try:
                record = _resolve_line(resolver, line)
            except (ValueError, BadDate) as error:
                problems += 1
                print(f"newsevents actors: {name}:{number}: {error}", file=sys.stderr)
                record = {"text": _text_of(line), "country": None, "sector": None, "code": None, "error": str(error)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if problems:
        print(f"newsevents actors: {problems} line(s) could not be read; the rest were resolved", file=sys.stderr)
        return 1
    return 0


def _resolve_line(resolver, line: str) -> dict:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not JSON ({error.msg})") from None
    if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item["text"].strip():
        raise ValueError("each line needs a non-empty string 'text'")
    context = item.get("context") or ""
    if not isinstance(context, str):
        raise ValueError("'context' must be a string")
    actor = resolver.resolve_phrase(item["text"], context=context, when=parse_when(item.get("date")))
    if actor is None:
        return {"text": item["text"], "country": None, "sector": None, "code": None}
    return {"text": item["text"], "country": actor.country, "sector": actor.sector, "code": actor.code}


def _text_of(line: str) -> str | None:
    """The phrase of a line that failed for another reason, to show beside its error."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError:
        return None
    text = item.get("text") if isinstance(item, dict) else None
    return text if isinstance(text, str) else None
