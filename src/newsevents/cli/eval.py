"""``newsevents eval``: score the classifier on the labelled sentence sets and the
whole coder on the real-text sets."""

from __future__ import annotations

import time
from pathlib import Path

from newsevents.cli import UserError

DEFAULT_DATA = Path("../shared/data")
OWN_DATA = Path(__file__).resolve().parents[3] / "benchmarks" / "data"
DEFAULT_NO_EVENT = OWN_DATA / "no_event.jsonl"
DEFAULT_OWN_EVENTS = OWN_DATA / "own_events.jsonl"
SENTENCE_SETS = ("plv", "gsr", "penta", "noevent", "own")
# real-text set -> the folder of --data it needs
REAL_SETS = {"case2021": "real", "india-police": "real", "satp": "real", "multisource": "multisource"}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score the coder on labelled sentences and real news",
        description="Score the event-type classifier on labelled sentences (accuracy, macro-F1, per-type "
        "precision/recall/F1, confusion matrix) and the whole coder on real text (CASE 2021, IndiaPoliceEvents, "
        "SATP, multisource); docs/accuracy.md says what each figure means.",
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="folder with plover/, penta/, real/ and multisource/ (default ../shared/data, relative to the cwd)",
    )
    parser.add_argument(
        "--set",
        dest="sets",
        choices=[*SENTENCE_SETS, *REAL_SETS, "all"],
        default="all",
        help="which set to score (default all; a real-text set whose folder is absent is skipped)",
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
    names = (*SENTENCE_SETS, *REAL_SETS) if args.sets == "all" else (args.sets,)
    sentence_sets = [name for name in names if name in SENTENCE_SETS]
    real_sets = [name for name in names if name in REAL_SETS]
    if any(name not in {"noevent", "own"} for name in names) and not args.data.is_dir():
        raise UserError(f"data folder not found: {args.data} (give it with --data)")
    if sentence_sets:
        _run_sentence_sets(args, sentence_sets)
    present = [name for name in real_sets if (args.data / REAL_SETS[name]).is_dir()]
    for name in real_sets:
        if name not in present:
            if args.sets != "all":
                raise UserError(f"{name}: data folder not found: {args.data / REAL_SETS[name]} (give --data)")
            print(f"== {name}: skipped, {args.data / REAL_SETS[name]} not found\n")
    if present:
        _run_real_sets(args.data, present)
    return 0


def _run_sentence_sets(args, names: list[str]) -> None:
    from newsevents.evaluation import sentences
    from newsevents.evaluation.common import MissingData
    from newsevents.extract.event_type import EventTypeClassifier
    from newsevents.nlp import load_pipeline

    loaders = {
        "plv": lambda: sentences.load_plv(args.data),
        "gsr": lambda: sentences.load_gsr(args.data),
        "penta": lambda: sentences.load_penta(args.data),
        "noevent": lambda: sentences.load_no_event(args.no_event_file),
        "own": lambda: sentences.load_own(DEFAULT_OWN_EVENTS),
    }
    try:
        sets = {name: loaders[name]() for name in names}
    except MissingData as error:
        raise UserError(str(error)) from None
    nlp = load_pipeline()
    classifier = EventTypeClassifier()
    for name, examples in sets.items():
        started = time.perf_counter()
        use_spans = not args.no_spans
        scores = sentences.evaluate_set(name, examples, classifier, nlp, use_spans=use_spans)
        spans = (
            ""
            if name in {"penta", "noevent", "own"}
            else (" (with source/target spans)" if use_spans else " (no spans)")
        )
        print(sentences.format_scores(scores).replace(f"== {name}:", f"== {name}{spans}:", 1))
        print(f"({time.perf_counter() - started:.1f} s)\n")


def _run_real_sets(data: Path, names: list[str]) -> None:
    from newsevents.evaluation import multisource, real, satp
    from newsevents.evaluation.common import MissingData
    from newsevents.pipeline import Coder

    scorers = {
        "case2021": lambda coder: real.format_case(real.evaluate_case(coder, data)),
        "india-police": lambda coder: real.format_police(real.evaluate_police(coder, data)),
        "satp": lambda coder: satp.format_satp(satp.evaluate_satp(coder, data)),
        "multisource": lambda coder: multisource.format_multisource(multisource.evaluate_multisource(coder, data)),
    }
    coder = Coder()
    for name in names:
        started = time.perf_counter()
        try:
            report = scorers[name](coder)
        except MissingData as error:
            raise UserError(f"{name}: {error}") from None
        print(report)
        print(f"({time.perf_counter() - started:.1f} s)\n", flush=True)
