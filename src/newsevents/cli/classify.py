"""``newsevents classify``: the PLOVER event type of each sentence in a JSON Lines file."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from newsevents.cli import UserError


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "classify",
        help="give the PLOVER event type of sentences",
        description="Read JSON Lines with `text` and optional `source`, `target` (the actor and recipient as they "
        "appear in the text) and `id`; write one line per input with `id`, `event` (null: no event) and `scores`.",
    )
    parser.add_argument("input", help="JSON Lines file, or - for stdin")
    parser.add_argument(
        "--labels",
        choices=["plover16", "plv15"],
        default="plover16",
        help="plv15 merges CONCEDE and RETREAT as YIELD (default plover16)",
    )
    parser.add_argument("--out", type=Path, help="output file (default stdout)")
    parser.set_defaults(handler=run)


def run(args) -> int:
    from newsevents.extract.event_type import EventTypeClassifier, classify_text, relabel
    from newsevents.nlp import load_pipeline

    if args.input == "-":
        lines = sys.stdin
    else:
        path = Path(args.input)
        if not path.is_file():
            raise UserError(f"input not found: {path}")
        lines = path.open(encoding="utf-8", errors="replace")
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    nlp = load_pipeline()
    classifier = EventTypeClassifier()
    rejected = 0
    with out if args.out else _nullcontext(out):
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            record, problem = _parse(line)
            if problem:
                rejected += 1
                print(f"newsevents classify: {args.input}:{number}: {problem}", file=sys.stderr)
                continue
            guess = classify_text(classifier, nlp(record["text"]), record.get("source"), record.get("target"))
            scores: dict[str, float] = {}
            if guess is not None:
                for event, share in guess.scores.items():
                    label = relabel(event, args.labels) or event  # a type is never relabelled to none
                    scores[label] = round(scores.get(label, 0.0) + share, 4)
            result = {
                "id": record.get("id", number),
                "event": relabel(guess.event, args.labels) if guess else None,
                "cameo": guess.cameo if guess else None,
                "mode": guess.mode if guess else None,
                "confidence": guess.confidence if guess else None,
                "scores": scores,
            }
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 1 if rejected else 0


def _parse(line: str) -> tuple[dict, str | None]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return {}, f"not valid JSON ({error.msg})"
    if not isinstance(record, dict):
        return {}, "not a JSON object"
    if not isinstance(record.get("text"), str) or not record["text"].strip():
        return {}, "no `text`"
    for key in ("source", "target"):
        if record.get(key) is not None and not isinstance(record[key], str):
            return {}, f"`{key}` is not a string"
    return record, None


class _nullcontext:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self.value

    def __exit__(self, *exc):
        return False
