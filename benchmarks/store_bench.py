"""Benchmark the event store: insert and deduplicate synthetic mentions, then time
the dyad query over them.

    python benchmarks/store_bench.py [--mentions 100000] [--db PATH]

Synthetic data: a pool of true events among 30 countries over two years; each
article reports 4 of them (popular events more often), and one article in ten
is a reworded copy of an earlier one.  Prints the figures; docs/store.md keeps them.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from newsevents.ontology import load_ontology
from newsevents.records import Actor, Article, CodingResult, EventRecord, Location, Span
from newsevents.store import EventQuery, EventStore
from newsevents.store.dyad import dyad_series

COUNTRIES = ["TUR", "USA", "RUS", "SYR", "IRQ", "IRN", "ISR", "PSE", "EGY", "SAU", "UKR", "CHN",
             "IND", "PAK", "AFG", "DEU", "FRA", "GBR", "JPN", "KOR", "PRK", "NGA", "ETH", "SDN",
             "LBY", "YEM", "LBN", "JOR", "QAT", "ARE"]  # fmt: skip
SECTORS = ["GOV", "MIL", "REB", "OPP", "COP"]
MENTIONS_PER_ARTICLE = 4
VOCABULARY = [f"w{n}" for n in range(3000)]


def true_events(count: int, rng: random.Random) -> list[dict]:
    ontology = load_ontology()
    start = date(2021, 1, 1)
    events = []
    for _ in range(count):
        actor, recipient = rng.sample(COUNTRIES[:8], 2) if rng.random() < 0.5 else rng.sample(COUNTRIES, 2)
        plover_type = rng.choice(ontology.plover_types)
        cameo = ontology.default_cameo(plover_type)
        place = rng.choice([None, actor, recipient])
        events.append({
            "event": plover_type, "cameo": cameo, "goldstein": ontology.goldstein(cameo),
            "quad_class": ontology.quad_class(plover_type),
            "actor": (actor, rng.choice(SECTORS)), "recipient": (recipient, rng.choice(SECTORS)),
            "date": (start + timedelta(days=rng.randrange(730))).isoformat(),
            "place": Location(f"town in {place}", country=place, feature="city") if place else None,
        })  # fmt: skip
    return events


def article_results(mentions: int, rng: random.Random) -> list[CodingResult]:
    pool = true_events(mentions // 5, rng)
    texts: list[str] = []
    results = []
    for n in range(mentions // MENTIONS_PER_ARTICLE):
        if texts and rng.random() < 0.1:  # a reworded copy: one word in eight replaced
            text = " ".join(rng.choice(VOCABULARY) if rng.random() < 0.125 else w for w in rng.choice(texts).split())
        else:
            text = " ".join(rng.choices(VOCABULARY, k=150))
        texts.append(text)
        article_id = f"bench-{n}"
        records = []
        for index in range(MENTIONS_PER_ARTICLE):
            event = (
                pool[min(int(rng.paretovariate(1.2)) - 1, len(pool) - 1)] if rng.random() < 0.3 else rng.choice(pool)
            )
            records.append(EventRecord(
                article_id=article_id, sentence_index=index, sentence=f"Sentence {index}.",
                event=event["event"], cameo=event["cameo"], goldstein=event["goldstein"],
                quad_class=event["quad_class"], trigger=Span(0, 8, "Sentence"),
                actor=Actor("them", None, *event["actor"]), recipient=Actor("us", None, *event["recipient"]),
                date=event["date"], location=event["place"], url=f"https://bench.example/{n}",
            ))  # fmt: skip
        results.append(CodingResult(Article(article_id, text, source=f"outlet{rng.randrange(200)}"), records))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="store to create (default: a temporary file)")
    args = parser.parse_args()

    results = article_results(args.mentions, random.Random(7))
    with tempfile.TemporaryDirectory() as scratch:
        path = args.db or Path(scratch) / "bench.sqlite"
        with EventStore(path) as store:
            started, started_cpu = time.perf_counter(), time.process_time()
            for result in results:
                store.add(result)
            insert_seconds = time.perf_counter() - started
            insert_cpu = time.process_time() - started_cpu
            counts = store.counts()

            dyad_times, query_times = [], []
            for _ in range(5):
                started = time.perf_counter()
                series = dyad_series(store.dyad_rows("TUR", "USA"), "month")
                dyad_times.append(time.perf_counter() - started)
                started = time.perf_counter()
                found = list(store.events(EventQuery(actor="TUR", event="SANCTION", since="2022-01-01")))
                query_times.append(time.perf_counter() - started)
            copies = store.copied_articles()
        size_mb = sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6

    mentions = counts["mentions"]
    print(
        f"articles {counts['articles']:,}  mentions {mentions:,}  events {counts['events']:,}"
        f"  articles found to be copies {copies:,}"
    )
    print(
        f"insert + dedup: {insert_seconds:.1f} s  ({mentions / insert_seconds:,.0f} mentions/s,"
        f" {counts['articles'] / insert_seconds:,.0f} articles/s; CPU {insert_cpu:.1f} s)  store {size_mb:.0f} MB"
    )
    print(
        f"dyad TUR USA by month: {len(series)} months, {sum(p.total for p in series)} events,"
        f" median {statistics.median(dyad_times) * 1000:.1f} ms"
    )
    print(
        f"query --actor TUR --event SANCTION --since 2022-01-01: {len(found)} events,"
        f" median {statistics.median(query_times) * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
