"""Draw a random sample of coded events from the Guardian corpus for hand judgement.

    PYTHONPATH=src python benchmarks/guardian_sample.py            # seed 20261201, 50 events
    PYTHONPATH=src python benchmarks/guardian_sample.py --seed 7 --size 25 --out /tmp/sample.jsonl

Codes every article of ``../shared/data/corpus/guardian_249.jsonl`` with the coder of
this checkout, then draws ``--size`` events uniformly from all the events it emitted
(in corpus order) with ``random.Random(seed).sample``.  The same code and seed give
the same sample.  Each line of the output holds what a judge needs to judge the
event against its sentence, the seed and the commit that coded it, and empty
``verdict`` / ``reason`` fields to fill in by hand (rules: benchmarks/judged/README.md).

    PYTHONPATH=src python benchmarks/guardian_sample.py --paired benchmarks/judged/OLD.jsonl --out NEW.jsonl

A new commit codes different events, so two random samples are unpaired: the same
seed draws other events and the difference between two judgements is mostly noise.
``--paired`` instead writes, for every line of an earlier judged sample, the events
the checkout now codes in *that* sentence (``now``, possibly none), next to the
earlier record (without its verdict, so the judge stays blind to it), for judging
the same sentences again: the verdict is for the event the earlier record was
about as it is coded now, or ``gone`` when nothing now codes it.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from datetime import date
from pathlib import Path

from newsevents.ingest import read_articles
from newsevents.pipeline import Coder
from newsevents.records import Actor, EventRecord, InputProblem

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "data" / "corpus" / "guardian_249.jsonl"
DEFAULT_SEED = 20261201


def _party(actor: Actor | None) -> dict | None:
    return None if actor is None else {"text": actor.text, "code": actor.code}


def _commit() -> str | None:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], check=False, cwd=HERE, capture_output=True, text=True
    )
    return done.stdout.strip() or None


def _row(event: EventRecord) -> dict:
    location = event.location
    return {
        "article_id": event.article_id,
        "sentence_index": event.sentence_index,
        "sentence": event.sentence,
        "actor": _party(event.actor),
        "event": event.event,
        "cameo": event.cameo,
        "recipient": _party(event.recipient),
        "modality": event.modality,
        "date": event.date,
        "location": None
        if location is None
        else {"name": location.name, "country": location.country, "source": location.source},
    }


def _paired(earlier: list[dict], events: list[EventRecord]) -> list[dict]:
    """Each earlier judged line with the events now coded in its sentence."""
    by_sentence: dict[tuple[str, int], list[EventRecord]] = {}
    for event in events:
        by_sentence.setdefault((event.article_id, event.sentence_index), []).append(event)
    rows = []
    for line in earlier:
        now = by_sentence.get((line["article_id"], line["sentence_index"]), [])
        rows.append(
            {
                "n": line["n"],
                "earlier": {key: line[key] for key in ("commit", "actor", "event", "recipient", "modality")},
                **{key: line[key] for key in ("article_id", "sentence_index", "sentence")},
                "now": [
                    {
                        key: value
                        for key, value in _row(event).items()
                        if key not in ("article_id", "sentence_index", "sentence")
                    }
                    for event in now
                ],
                "verdict": "",
                "reason": "",
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--size", type=int, default=50)
    parser.add_argument(
        "--out", type=Path, default=None, help="default benchmarks/judged/guardian_<size>_<today>_blind.jsonl"
    )
    parser.add_argument("--paired", type=Path, default=None, help="an earlier judged sample: code its sentences again")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 1
    articles = [a for a in read_articles([str(args.corpus)]) if not isinstance(a, InputProblem)]
    coder = Coder()
    events = []
    for done, result in enumerate(coder.code_many(articles), 1):
        events.extend(result.events)
        if done % 25 == 0 or done == len(articles):
            print(f"\rcoded {done}/{len(articles)} articles, {len(events)} events", end="", file=sys.stderr)
    print(file=sys.stderr)
    commit = _commit()
    if args.paired is not None:
        earlier = [json.loads(line) for line in args.paired.read_text(encoding="utf-8").splitlines() if line.strip()]
        out = args.out or args.paired.with_name(f"{args.paired.stem}_paired_{date.today().isoformat()}.jsonl")
        with out.open("w", encoding="utf-8") as handle:
            for row in _paired(earlier, events):
                handle.write(json.dumps({"commit": commit, **row}, ensure_ascii=False) + "\n")
        print(f"{len(earlier)} sentences of {args.paired.name} coded again by {commit} -> {out}")
        return 0
    sample = random.Random(args.seed).sample(range(len(events)), min(args.size, len(events)))
    out = args.out or HERE / "judged" / f"guardian_{args.size}_{date.today().isoformat()}_blind.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for rank, index in enumerate(sorted(sample), 1):
            row = {
                "n": rank,
                "seed": args.seed,
                "commit": commit,
                "event_index": index,
                **_row(events[index]),
                "verdict": "",
                "reason": "",
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"seed {args.seed}: {len(sample)} of {len(events)} events from {len(articles)} articles -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
