"""``newsevents demo``: code the bundled sample articles and show what comes out."""

from __future__ import annotations

import json
import sys

from newsevents.records import EventRecord, InputProblem


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="code the bundled sample articles",
        description="Code the sample articles that ship with newsevents and print the events as a table.",
    )
    parser.add_argument(
        "--format",
        choices=["table", "jsonl"],
        default="table",
        help="table: one line per event (default); jsonl: the full records with their evidence",
    )
    parser.add_argument(
        "--serve", action="store_true", help="code them into a temporary event store and browse it (newsevents serve)"
    )
    parser.add_argument("--port", type=int, default=8765, help="port for --serve (default 8765)")
    parser.set_defaults(handler=run)


def run(args) -> int:
    from newsevents.ingest import read_articles, sample_paths
    from newsevents.pipeline import Coder

    articles = [a for a in read_articles([str(p) for p in sample_paths()]) if not isinstance(a, InputProblem)]
    coder = Coder()
    if args.serve:
        from newsevents.cli.serve import serve_results

        return serve_results(coder.code_many(articles), args.port)
    for result in coder.code_many(articles):
        if args.format == "jsonl":
            for event in result.events:
                print(json.dumps(event.to_dict(), ensure_ascii=False))
            continue
        title = result.article.title or result.article.id
        print(f"\n== {title} ({result.article.published or 'no date'})")
        for event in result.events:
            print("   " + describe(event))
    if args.format == "table":
        print(
            "\nColumns: actor, event, recipient, CAMEO, date, place ((place) = only the dateline's), "
            "modality, who said so, the trigger words.\n"
            "Each event is one JSON record with its evidence: `newsevents demo --format jsonl` shows them whole.",
            file=sys.stderr,
        )
    return 0


def describe(event: EventRecord) -> str:
    """One line a person can check against the sentence."""
    actor = _who(event.actor)
    recipient = _who(event.recipient)
    place = "-"
    if event.location is not None:
        place = event.location.resolved_name or event.location.name
        if event.location.source == "dateline":
            place = f"({place})"  # only where the story was filed
    mood = "" if event.modality == "asserted" else f" [{event.modality}]"
    said = f" (says {_who(event.reported_by)})" if event.reported_by else ""
    return (
        f"{actor:<28} {event.event:<9} {recipient:<28} {event.cameo:<5} {event.date or '-':<10} "
        f"{place:<14}{mood}{said}  «{event.trigger.text}»"
    )


def _who(actor) -> str:
    if actor is None:
        return "-"
    return f"{actor.text[:18]} ({actor.code or '?'})"
