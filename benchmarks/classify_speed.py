"""Speed of the event-type classifier on one core, parse time reported separately.

    python benchmarks/classify_speed.py [--repeat N]

Parses the project's own no-event sentences plus, when ../shared/data is present,
the PLOVER and penta dev sentences; then times classification alone.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the target is stated

from newsevents.evaluation import sentences as evaluate  # noqa: E402
from newsevents.extract.event_type import EventTypeClassifier, classify_text  # noqa: E402
from newsevents.nlp import load_pipeline  # noqa: E402

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="classification passes to time (default 3)")
    args = parser.parse_args()
    examples = evaluate.load_no_event(HERE / "data" / "no_event.jsonl")
    if SHARED.is_dir():
        examples += evaluate.load_plv(SHARED) + evaluate.load_gsr(SHARED) + evaluate.load_penta(SHARED)
    nlp = load_pipeline()
    started = time.perf_counter()
    docs = list(nlp.pipe((example.text for example in examples), batch_size=64))
    parse_seconds = time.perf_counter() - started
    classifier = EventTypeClassifier()
    started = time.perf_counter()
    for _ in range(args.repeat):
        for example, doc in zip(examples, docs, strict=False):
            classify_text(classifier, doc, example.source, example.target)
    classify_seconds = (time.perf_counter() - started) / args.repeat
    count = len(examples)
    print(f"sentences: {count}")
    print(f"spaCy parse:     {parse_seconds:7.2f} s  ({count / parse_seconds:8.1f} sentences/s)")
    print(f"classification:  {classify_seconds:7.2f} s  ({count / classify_seconds:8.1f} sentences/s)")


if __name__ == "__main__":
    main()
