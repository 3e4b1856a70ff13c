"""``newsevents eval``: score the event-type classifier on the labelled sentence sets."""

from __future__ import annotations

import time
from pathlib import Path

from newsevents.cli import UserError

DEFAULT_DATA = Path("../shared/data")
OWN_DATA = Path(__file__).resolve().parents[3] / "benchmarks" / "data"
DEFAULT_NO_EVENT = OWN_DATA / "no_event.jsonl"
DEFAULT_OWN_EVENTS = OWN_DATA / "own_events.jsonl"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score the event-type classifier on labelled sentences",
        description="Score the event-type classifier: accuracy, macro-F1, per-type precision/recall/F1 "
        "and a confusion matrix for each set.",
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="folder with plover/ and penta/ (default ../shared/data, relative to the cwd)",
    )
    parser.add_argument(
        "--set",
        dest="sets",
        choices=["plv", "gsr", "penta", "noevent", "own", "all"],
        default="all",
        help="which set to score (default all)",
    )
    parser.add_argument(
        "--no-spans", action="store_true", help="classify plv and gsr sentences without their source and target spans"
    )
    parser.add_argument(
        "--no-event-file",
        type=Path,
        default=DEFAULT_NO_EVENT,
        help="JSON Lines of sentences with no political event (default: the project's own set)",
    )
    parser.set_defaults(handler=run)


def run(args) -> int:
    from newsevents import evaluate
    from newsevents.extract.event_type import EventTypeClassifier
    from newsevents.nlp import load_pipeline

    names = evaluate.SET_NAMES if args.sets == "all" else (args.sets,)
    if any(name not in {"noevent", "own"} for name in names) and not args.data.is_dir():
        raise UserError(f"data folder not found: {args.data} (give it with --data)")
    loaders = {
        "plv": lambda: evaluate.load_plv(args.data),
        "gsr": lambda: evaluate.load_gsr(args.data),
        "penta": lambda: evaluate.load_penta(args.data),
        "noevent": lambda: evaluate.load_no_event(args.no_event_file),
        "own": lambda: evaluate.load_own(DEFAULT_OWN_EVENTS),
    }
    try:
        sets = {name: loaders[name]() for name in names}
    except evaluate.MissingData as error:
        raise UserError(str(error)) from None
    nlp = load_pipeline()
    classifier = EventTypeClassifier()
    for name, examples in sets.items():
        started = time.perf_counter()
        use_spans = not args.no_spans
        scores = evaluate.evaluate_set(name, examples, classifier, nlp, use_spans=use_spans)
        spans = (
            ""
            if name in {"penta", "noevent", "own"}
            else (" (with source/target spans)" if use_spans else " (no spans)")
        )
        print(evaluate.format_scores(scores).replace(f"== {name}:", f"== {name}{spans}:", 1))
        print(f"({time.perf_counter() - started:.1f} s)\n")
    return 0
