"""Compare two runs of `newsevents code` (JSON Lines of event records), event by event.

    python benchmarks/compare_outputs.py before.jsonl after.jsonl

An event is identified by its article, sentence and trigger; for each one only in
one run, or in both but different, it prints the article, sentence index, the
event (type, actor > recipient) and which fields differ, then the totals.  Exits
with 1 when the runs differ, so it can guard a change meant to be byte-identical.
"""

from __future__ import annotations

import json
import sys
from argparse import ArgumentParser, RawDescriptionHelpFormatter
from pathlib import Path


def identity(event: dict) -> tuple:
    trigger = event["trigger"]
    return event["article_id"], event["sentence_index"], trigger["start"], trigger["end"]


def read(path: Path) -> dict[tuple, dict]:
    events: dict[tuple, dict] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            event = json.loads(line)
            key = identity(event)
            while key in events:  # two events on one trigger (rare): keep both
                key = (*key, "again")
            events[key] = event
    return events


def summary(event: dict) -> str:
    def code(party: dict | None) -> str:
        return "-" if not party else str(party.get("code") or party.get("text"))

    return f"{event['event']} {code(event.get('actor'))} > {code(event.get('recipient'))} [{event['trigger']['text']}]"


def main() -> int:
    parser = ArgumentParser(description=__doc__, formatter_class=RawDescriptionHelpFormatter)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args()
    before, after = read(args.before), read(args.after)
    changed = 0
    for key in sorted(before.keys() | after.keys(), key=lambda k: (k[0], k[1:])):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        changed += 1
        where = f"{key[0]} sentence {key[1]}"
        if old is None or new is None:
            print(f"{'+ only after ' if old is None else '- only before'}  {where}: {summary(old or new)}")
            print(f"      {(old or new)['sentence'][:160]}")
            continue
        fields = sorted(name for name in old.keys() | new.keys() if old.get(name) != new.get(name))
        print(f"~ changed      {where}: {summary(old)}  ->  {summary(new)}  ({', '.join(fields)})")
        for name in fields:
            print(f"      {name}: {json.dumps(old.get(name), ensure_ascii=False)[:150]}")
            print(f"      {'':{len(name)}}  {json.dumps(new.get(name), ensure_ascii=False)[:150]}")
    total = len(before.keys() | after.keys())
    share = 100 * changed / max(total, 1)
    print(f"{changed} of {total} events differ ({share:.2f}%); before {len(before)}, after {len(after)}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
