"""Draw a random sample of coded events from the Guardian corpus for hand judgement.

    PYTHONPATH=src python benchmarks/guardian_sample.py            # seed 20261201, 50 events
    PYTHONPATH=src python benchmarks/guardian_sample.py --seed 7 --size 25 --out /tmp/sample.jsonl

Codes every article of ``../shared/data/corpus/guardian_249.jsonl`` with the coder of
this checkout, then draws ``--size`` events uniformly from all the events it emitted
(in corpus order) with ``random.Random(seed).sample``.  The same code and seed give
the same sample.  Each line of the output holds what a judge needs to judge the
event against its sentence, the seed and the commit that coded it, and empty
``verdict`` / ``reason`` fields to fill in by hand (rules: benchmarks/judged/README.md).
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
from newsevents.records import Actor, InputProblem

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--size", type=int, default=50)
    parser.add_argument(
        "--out", type=Path, default=None, help="default benchmarks/judged/guardian_<size>_<today>_blind.jsonl"
    )
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
    sample = random.Random(args.seed).sample(range(len(events)), min(args.size, len(events)))
    commit = _commit()
    out = args.out or HERE / "judged" / f"guardian_{args.size}_{date.today().isoformat()}_blind.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for rank, index in enumerate(sorted(sample), 1):
            event = events[index]
            location = event.location
            row = {
                "n": rank,
                "seed": args.seed,
                "commit": commit,
                "event_index": index,
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
                "verdict": "",
                "reason": "",
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"seed {args.seed}: {len(sample)} of {len(events)} events from {len(articles)} articles -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
