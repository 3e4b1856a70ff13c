"""How often the store merges articles, and a sample of its merges to judge.

    newsevents code ../shared/data/corpus/guardian_249.jsonl --db /tmp/guardian.sqlite
    python benchmarks/guardian_merges.py /tmp/guardian.sqlite [--sample 20] [--seed 249]

Prints the share of stored events backed by two or more articles, then draws
``--sample`` of those events (a fixed seed) and prints each with the sentences
of its mentions, for a hand check of whether they are one real event (all of
them when there are fewer).  The verdicts are kept in benchmarks/judged/
(``guardian_merges_*.jsonl``, one file per check, with its seed and commit; the
figures are in docs/store.md).  Choose and write down the seed before drawing.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from newsevents.store import EventStore


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=249)
    args = parser.parse_args()
    with EventStore(args.db, create=False) as store:
        events = list(store.events())
        merged = [event for event in events if event.num_articles >= 2]
        print(
            f"events {len(events)}; backed by 2+ articles {len(merged)} ({len(merged) / max(len(events), 1):.1%});"
            f" mentions {store.counts()['mentions']}"
        )
        drawn = random.Random(args.seed).sample(merged, min(args.sample, len(merged)))
        for event in sorted(drawn, key=lambda e: e.event_id):
            mentions = store.mentions(event.event_id)
            print(
                json.dumps(
                    {
                        "event_id": event.event_id,
                        "event": f"{event.actor_code}>{event.recipient_code} {event.event} {event.cameo}",
                        "date": f"{event.date} ({event.date_precision})",
                        "place": event.location_country,
                        "mentions": [
                            {
                                "article_id": m.article_id,
                                "published": m.published,
                                "date": f"{m.date} {m.date_precision} {m.date_text or ''}".strip(),
                                "parties": f"{m.actor.code if m.actor else None}>"
                                f"{m.recipient.code if m.recipient else None}",
                                "sentence": m.sentence,
                            }
                            for m in mentions
                        ],
                    },
                    ensure_ascii=False,
                )
            )


if __name__ == "__main__":
    main()
