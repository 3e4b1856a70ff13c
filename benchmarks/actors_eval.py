"""Score actor resolution on a labelled phrase file (default: ../shared/data/actors/actor_cases_dev.jsonl).

Each line has ``text``, optional ``context`` and ``date``, and the expected
``country`` and ``sector`` (empty or null: nothing should be claimed).  Prints
the share of cases whose country, and whose sector, is right, then the misses.

    python benchmarks/actors_eval.py [cases.jsonl] [--actors extra.yaml]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from newsevents.cli.actors import parse_when
from newsevents.resolve.actors import ActorResolver

DEFAULT_CASES = Path(__file__).resolve().parents[2] / "shared" / "data" / "actors" / "actor_cases_dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="?", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--actors", type=Path, action="append", default=[])
    parser.add_argument("--misses", type=int, default=40, help="how many misses to list")
    args = parser.parse_args()

    started = time.perf_counter()
    resolver = ActorResolver(extra_tables=args.actors)
    built = time.perf_counter() - started
    cases = [json.loads(line) for line in args.cases.read_text(encoding="utf-8").splitlines() if line.strip()]
    dates = [parse_when(case.get("date")) for case in cases]  # outside the timing: dateparser is slow
    country_right = sector_right = 0
    misses = []
    started = time.perf_counter()
    for case, when in zip(cases, dates, strict=False):
        actor = resolver.resolve_phrase(case["text"], case.get("context") or "", when)
        got = (actor.country, actor.sector) if actor is not None else (None, None)
        expected = (case.get("country") or None, case.get("sector") or None)
        country_right += got[0] == expected[0]
        sector_right += got[1] == expected[1]
        if got != expected:
            misses.append((case, got, expected))
    elapsed = time.perf_counter() - started
    total = len(cases)
    print(f"cases: {total}")
    print(f"country correct: {country_right}/{total} = {country_right / total:.1%}")
    print(f"sector correct:  {sector_right}/{total} = {sector_right / total:.1%}")
    print(f"resolver built in {built:.2f} s; {elapsed / total * 1e6:.0f} us per phrase")
    for case, got, expected in misses[: args.misses]:
        where = f" ({case['date']})" if case.get("date") else ""
        print(f"  miss: {case['text']!r}{where}: got {got[0]}/{got[1]}, expected {expected[0]}/{expected[1]}")


if __name__ == "__main__":
    main()
