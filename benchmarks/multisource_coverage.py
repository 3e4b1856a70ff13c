"""Which misses of ``newsevents eval --set multisource`` are the store's and which extraction's.

    python benchmarks/multisource_coverage.py [--data ../shared/data] [--shuffles 5]

For every article of the two clusters: whether the coder gave it an asserted
mention of the expected type (PLOVER type or CAMEO root) with both expected
parties (either direction for the symmetric cluster), or with one of them and
nothing on the other side, and whether the store put the article behind the
cluster's event (the candidate with the most cluster articles, lenient dates).
An article with no such mention cannot be merged by any store.  Then the
support of that event over the file order and ``--shuffles`` shuffled orders.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path

from newsevents.evaluation.common import code_articles, read_jsonl
from newsevents.evaluation.multisource import EXPECTED_EVENTS, ExpectedEvent, _to_article, is_candidate
from newsevents.pipeline import Coder
from newsevents.records import CodingResult, EventRecord
from newsevents.store import EventStore


def right_type(record: EventRecord, expected: ExpectedEvent) -> bool:
    return record.event == expected.event or record.cameo.startswith(expected.cameo_root)


def countries(record: EventRecord) -> tuple[str | None, str | None]:
    return (
        record.actor.country if record.actor else None,
        record.recipient.country if record.recipient else None,
    )


def has_dyad(record: EventRecord, expected: ExpectedEvent) -> bool:
    pair = countries(record)
    return pair == (expected.actor, expected.recipient) or (
        expected.symmetric and pair == (expected.recipient, expected.actor)
    )


def has_one_party(record: EventRecord, expected: ExpectedEvent) -> bool:
    actor, recipient = countries(record)
    if expected.symmetric:
        return (actor is None) != (recipient is None) and (actor or recipient) in (expected.actor, expected.recipient)
    return (actor == expected.actor and recipient is None) or (actor is None and recipient == expected.recipient)


def cluster_event_articles(results: list[CodingResult], expected: ExpectedEvent, cluster: set[str]) -> set[str]:
    """The cluster articles behind the store's largest candidate event."""
    with tempfile.TemporaryDirectory() as folder, EventStore(Path(folder) / "x.sqlite") as store:
        for result in results:
            store.add(result)
        best: set[str] = set()
        for event in store.events():
            if is_candidate(event.to_dict(), expected, 1):
                articles = {m.article_id for m in store.mentions(event.event_id)}
                best = max(best, articles & cluster, key=len)
        return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--shuffles", type=int, default=5)
    args = parser.parse_args()
    rows = list(read_jsonl(args.data / "multisource" / "articles.jsonl"))
    results = code_articles(Coder(), [_to_article(row) for row in rows], "multisource", progress=None)
    for expected in EXPECTED_EVENTS:
        members = [
            (row, result) for row, result in zip(rows, results, strict=True) if row["cluster"] == expected.cluster
        ]
        cluster = {row["id"] for row, _ in members}
        merged = cluster_event_articles(results, expected, cluster)
        print(f"{expected.cluster}: {expected.label()}")
        for row, result in members:
            typed = [r for r in result.events if r.modality == "asserted" and right_type(r, expected)]
            dyad = sum(has_dyad(r, expected) for r in typed)
            partial = sum(has_one_party(r, expected) for r in typed)
            verdict = "in the event" if row["id"] in merged else "missed"
            if row["id"] not in merged and not (dyad or partial):
                verdict += ": extraction (no mention of that type with those parties)"
            elif row["id"] not in merged:
                dates = sorted(
                    {
                        f"{r.date} ({r.date_precision})"
                        for r in typed
                        if has_dyad(r, expected) or has_one_party(r, expected)
                    }
                )
                verdict += f": its mentions are dated {', '.join(dates)}"
            print(f"  {row['id']:<10} both parties {dyad}  one party {partial}  {verdict}")
        supports = [len(merged)]
        for seed in range(args.shuffles):
            order = list(results)
            random.Random(seed).shuffle(order)
            supports.append(len(cluster_event_articles(order, expected, cluster)))
        print(f"  support over the file order and {args.shuffles} shuffles: {supports} of {len(members)}")


if __name__ == "__main__":
    main()
