"""How often the place and the date of an event are right, on 50 hand-checked sentences.

Each line of ``data/where_when_50.jsonl`` is a sentence written for this
benchmark (not taken from any corpus) with its event trigger, publication date,
optional dateline, and the answers checked by hand: the place (alpha-3 country,
and the gazetteer name where one is expected; null when the sentence names no
place of the event and no dateline is given) and the ISO date (the first day of
the period for "last month", "in 2017"...).

    python benchmarks/where_when.py [--show-misses]

A place counts as right when both the expected and the found place are null, or
when the country matches and (if the answer names one) the resolved name too.
The run also times the gazetteer load (wall and CPU) and the per-event work
(spaCy parsing excluded).
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path

from newsevents.nlp import load_pipeline
from newsevents.records import Location
from newsevents.resolve.dates import resolve_event_date
from newsevents.resolve.gazetteer import name_key
from newsevents.resolve.places import PlaceResolver

DATA = Path(__file__).parent / "data" / "where_when_50.jsonl"


def place_is_right(expected: dict | None, found: Location | None) -> bool:
    if expected is None or found is None:
        return expected is None and found is None
    if found.country != expected["country"]:
        return False
    return "name" not in expected or name_key(found.resolved_name or "") == name_key(expected["name"])


def describe(location: Location | None) -> str:
    if location is None:
        return "none"
    return f"{location.resolved_name} ({location.country}, {location.feature}, {location.source})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show-misses", action="store_true", help="print every wrong answer")
    args = parser.parse_args()

    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    nlp = load_pipeline()
    started, started_cpu = time.perf_counter(), time.process_time()
    places = PlaceResolver()
    load_seconds, load_cpu_seconds = time.perf_counter() - started, time.process_time() - started_cpu

    docs = list(nlp.pipe(row["text"] for row in rows))
    place_right = date_right = 0
    work_seconds = 0.0
    for row, doc in zip(rows, docs, strict=True):
        trigger = next(token for token in doc if token.text == row["trigger"])
        published = date.fromisoformat(row["published"])
        started = time.perf_counter()
        article = places.for_article(doc, dateline_place=row.get("dateline"))
        location = article.locate(trigger.sent, trigger) or article.fallback()
        when = resolve_event_date(trigger.sent, trigger, published, future=row["future"])
        work_seconds += time.perf_counter() - started
        place_ok = place_is_right(row["place"], location)
        date_ok = when.date == row["date"]
        place_right += place_ok
        date_right += date_ok
        if args.show_misses and not (place_ok and date_ok):
            print(f"{row['id']}: {row['text']}")
            if not place_ok:
                print(f"    place: expected {row['place']}, found {describe(location)}")
            if not date_ok:
                print(f"    date: expected {row['date']}, found {when.date} ({when.text!r}, {when.precision})")

    total = len(rows)
    print(f"place right: {place_right}/{total} ({place_right / total:.0%})")
    print(f"date right:  {date_right}/{total} ({date_right / total:.0%})")
    # CPU time too: on a shared machine the wall time mostly measures the neighbours.
    print(f"gazetteer load: {load_seconds:.2f} s ({load_cpu_seconds:.2f} s CPU)")
    print(f"places + dates per event (parsing excluded): {work_seconds / total * 1000:.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
