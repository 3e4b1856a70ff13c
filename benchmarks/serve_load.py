"""Load on `newsevents serve`: concurrent clients asking for filtered first pages.

    python benchmarks/serve_load.py --db guardian.sqlite          # a store you coded
    python benchmarks/serve_load.py --synthetic 100000            # builds a synthetic store

Starts the real command (`python -m newsevents serve DB`) on 127.0.0.1 only,
then CLIENTS concurrent clients (default 20) each send one request after
another for SECONDS (default 30, and never more than --max-requests in all):
the first page (50 events) of /api/events under a filter that changes from
request to request (an actor, an event type, a recipient and a date range, a
place's country, a CAMEO prefix).  Prints requests per second, latency
percentiles, errors, and the server's resident memory sampled every 0.5 s
(at the start, its peak, and at the end: flat means bounded).

The synthetic store holds N events among 30 countries over two years, each with
one mention whose record is a real ``EventRecord.to_dict()``; it is written
with bulk inserts into the store's own schema (coding 100,000 events through
``EventStore.add`` would take minutes and measures the writer, not the server).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

import httpx
import psutil

from newsevents.ontology import load_ontology
from newsevents.records import Actor, EventRecord, Location, Span
from newsevents.store import EventStore
from newsevents.store.dedup import dedup_key

COUNTRIES = ["TUR", "USA", "RUS", "SYR", "IRQ", "IRN", "ISR", "PSE", "EGY", "SAU", "UKR", "CHN",
             "IND", "PAK", "AFG", "DEU", "FRA", "GBR", "JPN", "KOR", "PRK", "NGA", "ETH", "SDN",
             "LBY", "YEM", "LBN", "JOR", "QAT", "ARE"]  # fmt: skip
SECTORS = ["GOV", "MIL", "REB", "OPP", "COP"]
FILTERS = [
    {"actor": "USA"},
    {"event": "ASSAULT"},
    {"recipient": "TUR", "since": "2021-06"},
    {"country": "SYR"},
    {"event": "16"},
    {"actor": "RUS", "recipient": "UKR"},
    {"since": "2022-01-01", "until": "2022-03-31"},
    {"actor": "GBR", "event": "CONSULT"},
]


def _record(n: int, rng: random.Random, ontology) -> EventRecord:
    actor, recipient = rng.sample(COUNTRIES[:8], 2) if rng.random() < 0.5 else rng.sample(COUNTRIES, 2)
    plover_type = rng.choice(ontology.plover_types)
    cameo = ontology.default_cameo(plover_type)
    sentence = f"Officials of {actor} took action {plover_type.lower()} against {recipient} on day {n}."
    start = sentence.index(plover_type.lower())
    place = rng.choice([None, actor, recipient])
    return EventRecord(
        article_id=f"synthetic-{n}",
        sentence_index=0,
        sentence=sentence,
        event=plover_type,
        cameo=cameo,
        goldstein=ontology.goldstein(cameo),
        quad_class=ontology.quad_class(plover_type),
        trigger=Span(start, start + len(plover_type), plover_type.lower()),
        actor=Actor(
            f"Officials of {actor}", Span(0, 12 + len(actor), f"Officials of {actor}"), actor, rng.choice(SECTORS)
        ),
        recipient=Actor(
            recipient,
            Span(sentence.index(recipient, 20), sentence.index(recipient, 20) + 3, recipient),
            recipient,
            rng.choice(SECTORS),
        ),
        date=(date(2021, 1, 1) + timedelta(days=rng.randrange(730))).isoformat(),
        date_precision="day",
        location=(
            Location(
                f"town in {place}",
                resolved_name=f"town in {place}",
                country=place,
                lat=rng.uniform(-40, 60),
                lon=rng.uniform(-100, 140),
                feature="city",
            )
            if place
            else None
        ),
        confidence=0.8,
        source=rng.choice(["Wire One", "Paper Two", "Daily Three"]),
        url=f"https://news.example/synthetic-{n}",
        published="2023-01-01",
    )


def synthetic_store(path: Path, count: int, seed: int = 7) -> Path:
    """A store of ``count`` events, one mention and one article each."""
    rng = random.Random(seed)
    ontology = load_ontology()
    EventStore(path).close()  # the schema, as the store makes it
    db = sqlite3.connect(path)
    articles, mentions, events = [], [], []
    for n in range(1, count + 1):
        event = _record(n, rng, ontology)
        record = event.to_dict()
        location = record["location"] or {}
        articles.append(
            (
                n,
                record["article_id"],
                None,
                f"Report {n}",
                record["url"],
                record["source"],
                record["published"],
                n,
                record["source"],
                None,
                None,
                1,
            )
        )
        mentions.append((n, n, 0, n, "asserted", json.dumps(record)))
        events.append(
            {
                "id": n,
                "dedup_key": dedup_key(event),
                "date": record["date"],
                "date_precision": "day",
                "date_source": "clause",
                "background": 0,
                "event": record["event"],
                "mode": None,
                "context": None,
                "cameo": record["cameo"],
                "quad_class": record["quad_class"],
                "goldstein": record["goldstein"],
                **{
                    f"{role}_{field}": record[role][field]
                    for role in ("actor", "recipient")
                    for field in ("code", "country", "sector", "name")
                },
                **{
                    f"location_{field}": location.get(field)
                    for field in ("name", "resolved_name", "country", "admin1", "lat", "lon", "geonameid", "feature")
                },
                "location_source": "sentence" if location else None,
                "num_mentions": 1,
                "num_articles": 1,
                "num_sources": 1,
                "source_url": record["url"],
                "first_article_id": record["article_id"],
            }
        )
    with db:
        db.executemany(f"INSERT INTO articles VALUES ({', '.join('?' * 12)})", articles)
        db.executemany(f"INSERT INTO mentions VALUES ({', '.join('?' * 6)})", mentions)
        columns = list(events[0])  # by name: the store's schema grows
        db.executemany(
            f"INSERT INTO events ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [tuple(row[column] for column in columns) for row in events],
        )
    db.close()
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Connection:
    """One keep-alive HTTP/1.1 connection: a client far lighter than a general one,
    so that the load generator takes little of the CPU the server needs."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, target: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = next(
            int(line.split(b":", 1)[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")
        )
        return status, await self.reader.readexactly(length)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def client(
    host: str,
    port: int,
    deadline: float,
    budget: list[int],
    latencies: list[float],
    errors: list[str],
    rng: random.Random,
) -> None:
    connection = Connection(host, port)
    try:
        while time.monotonic() < deadline and budget[0] > 0:
            budget[0] -= 1
            target = "/api/events?" + urlencode({**rng.choice(FILTERS), "limit": 50})
            started = time.perf_counter()
            try:
                status, body = await connection.get(target)
                if status != 200:
                    errors.append(f"{status} {body[:80]!r}")
            except (OSError, asyncio.IncompleteReadError, ValueError) as error:
                errors.append(repr(error))
                connection.close()
                connection = Connection(host, port)
            latencies.append(time.perf_counter() - started)
    finally:
        connection.close()


async def sample_memory(process: psutil.Process, deadline: float, samples: list[tuple[float, int]]) -> None:
    start = time.monotonic()
    while time.monotonic() < deadline:
        samples.append((time.monotonic() - start, process.memory_info().rss))
        await asyncio.sleep(0.5)


async def load(port: int, process: psutil.Process, clients: int, seconds: float, max_requests: int):
    latencies: list[float] = []
    errors: list[str] = []
    samples: list[tuple[float, int]] = []
    started = time.monotonic()
    deadline = started + seconds
    budget = [max_requests]
    await asyncio.gather(
        sample_memory(process, deadline, samples),
        *(client("127.0.0.1", port, deadline, budget, latencies, errors, random.Random(n)) for n in range(clients)),
    )
    return latencies, errors, samples, time.monotonic() - started


def page_load_seconds(url: str, times: int = 5) -> list[float]:
    """Seconds from opening the dashboard to its table, map, network and timeline drawn,
    in Debian's Chromium (each time a new page, with the browser's cache)."""
    from playwright.sync_api import sync_playwright

    from newsevents.serve import chromium

    seconds = []
    with sync_playwright() as playwright:
        browser = chromium.launch(playwright)
        context = browser.new_context(viewport={"width": 1366, "height": 900})
        for _ in range(times + 1):  # the first load fills the cache and is not counted
            page = context.new_page()
            started = time.perf_counter()
            page.goto(url)
            page.wait_for_selector("body[data-ready]", timeout=30_000)
            seconds.append(time.perf_counter() - started)
            page.close()
        browser.close()
    return seconds[1:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--db", type=Path, help="an event store to serve")
    source.add_argument("--synthetic", type=int, metavar="N", help="build a synthetic store of N events")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--max-requests", type=int, default=200_000)
    parser.add_argument(
        "--browser", action="store_true", help="first time the dashboard's load in Chromium (/usr/bin/chromium)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.synthetic:
            built = time.perf_counter()
            db = synthetic_store(Path(folder) / "synthetic.sqlite", args.synthetic)
            print(f"synthetic store: {args.synthetic:,} events in {time.perf_counter() - built:.0f} s")
        else:
            db = args.db
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "newsevents", "serve", str(db), "--host", "127.0.0.1", "--port", str(port)]
        )
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    summary = httpx.get(f"{url}/api/summary", timeout=1).json()
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            else:
                raise SystemExit("the server did not start")
            print(f"store: {db.name}, {summary['counts']['events']:,} events")
            if args.browser:
                loads = page_load_seconds(url + "/")
                print(
                    f"dashboard load in Chromium: median {statistics.median(loads):.2f} s,"
                    f" slowest {max(loads):.2f} s of {len(loads)}"
                )
            process = psutil.Process(server.pid)
            cpu_before, client_before = process.cpu_times(), time.process_time()
            latencies, errors, samples, elapsed = asyncio.run(
                load(port, process, args.clients, args.seconds, args.max_requests)
            )
            client_cpu = time.process_time() - client_before
            cpu_after = process.cpu_times()
            server_cpu = (cpu_after.user - cpu_before.user) + (cpu_after.system - cpu_before.system)
        finally:
            server.terminate()
            server.wait(timeout=30)
    milliseconds = sorted(latency * 1000 for latency in latencies)
    quantiles = statistics.quantiles(milliseconds, n=100)
    memory = [rss / 2**20 for _, rss in samples]
    first = [rss / 2**20 for at, rss in samples if at < 5]
    last = [rss / 2**20 for at, rss in samples if at > samples[-1][0] - 5]
    print(
        f"{args.clients} clients, {elapsed:.1f} s: {len(latencies):,} requests,"
        f" {len(latencies) / elapsed:.0f} requests/s, {len(errors)} errors"
    )
    print(
        f"latency ms: p50 {quantiles[49]:.1f}, p95 {quantiles[94]:.1f}, p99 {quantiles[98]:.1f},"
        f" max {milliseconds[-1]:.1f}"
    )
    print(
        f"server CPU: {server_cpu:.1f} s over {elapsed:.1f} s ({server_cpu / elapsed:.0%} of one core),"
        f" {server_cpu / len(latencies) * 1000:.2f} ms per request; machine load average"
        f" {psutil.getloadavg()[0]:.1f} on {psutil.cpu_count()} cores"
    )
    print(f"load generator CPU: {client_cpu:.1f} s ({client_cpu / len(latencies) * 1000:.2f} ms per request)")
    print(
        f"server memory MB: start {memory[0]:.0f}, first 5 s peak {max(first):.0f},"
        f" last 5 s peak {max(last):.0f}, peak {max(memory):.0f}"
    )
    for error in errors[:5]:
        print("error:", error)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
