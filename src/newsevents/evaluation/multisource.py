"""One event per real event across outlets: the multisource set in the event store
(``../shared/data/multisource/``; the scoring rules are that folder's README).

All the articles are coded and stored in a fresh store, then stored again in
another order (nothing may change).  For each cluster, strict (the expected day)
and lenient (within a day of it): the candidate events (expected countries, type
or CAMEO root, place country, date), whether they are one event (one per
direction for a symmetric type), the share of the cluster's articles behind it,
its ``num_articles`` and ``num_sources`` against the articles behind it (wire
copies folded onto their originals), and its purity.  Also the near-duplicate
pairs the store's copy detector flags, against the true wire pairs.
"""

from __future__ import annotations

import random
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path
from typing import Any

from newsevents.evaluation.common import code_articles, parse_day, read_jsonl
from newsevents.records import Article
from newsevents.store import EventStore
from newsevents.store.similarity import (
    DUPLICATE_THRESHOLD,
    estimated_jaccard,
    minhash_signature,
)

ARTICLES_FILE = ("multisource", "articles.jsonl")
DISTRACTOR = "distractor"
REINGEST_SEED = 26


@dataclass(frozen=True)
class ExpectedEvent:
    """The one event a cluster should become (as the set's README gives it)."""

    cluster: str
    actor: str
    recipient: str
    event: str
    cameo_root: str
    place_country: str
    day: date
    symmetric: bool

    def label(self) -> str:
        link = "-" if self.symmetric else ">"
        return (
            f"{self.actor}{link}{self.recipient} {self.event}, {self.place_country}, {self.day}"
            f"{', symmetric' if self.symmetric else ''}"
        )


EXPECTED_EVENTS = (
    ExpectedEvent("geneva-2021-06-16", "USA", "RUS", "CONSULT", "04", "CHE", date(2021, 6, 16), True),
    ExpectedEvent("ain-al-asad-2020-01-08", "IRN", "USA", "ASSAULT", "19", "IRQ", date(2020, 1, 8), False),
)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def same_dyad_and_type(event: dict[str, Any], expected: ExpectedEvent) -> bool:
    directions = {(expected.actor, expected.recipient)}
    if expected.symmetric:
        directions.add((expected.recipient, expected.actor))
    type_right = event["event"] == expected.event or (event["cameo"] or "").startswith(expected.cameo_root)
    return (event["actor_country"], event["recipient_country"]) in directions and type_right


def is_candidate(event: dict[str, Any], expected: ExpectedEvent, slack_days: int) -> bool:
    day = _day(event["date"])
    return (
        same_dyad_and_type(event, expected)
        and event["location_country"] == expected.place_country
        and day is not None
        and abs(day - expected.day) <= timedelta(days=slack_days)
    )


@dataclass
class ClusterScore:
    candidates: list[dict[str, Any]]  # the candidate events, each with its "articles"
    one_event: bool
    support: int  # cluster articles behind the chosen event(s)
    cluster_size: int
    num_articles: int  # as the store counts them, on the chosen event(s)
    expected_articles: int
    num_sources: int
    expected_sources: int
    impure: list[str]  # distractor or other-cluster articles on the chosen event(s)


def score_cluster(
    events: list[dict[str, Any]],
    expected: ExpectedEvent,
    slack_days: int,
    clusters: dict[str, str],
    originals: dict[str, str],
) -> ClusterScore:
    """``events`` carry an ``articles`` set; ``clusters`` maps article id to cluster,
    ``originals`` a wire copy's id to its original's."""
    candidates = [event for event in events if is_candidate(event, expected, slack_days)]
    by_direction: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for event in candidates:
        by_direction.setdefault((event["actor_country"], event["recipient_country"]), []).append(event)
    one_event = bool(candidates) and all(len(group) == 1 for group in by_direction.values())
    if not expected.symmetric:
        one_event = one_event and len(candidates) == 1
    members = {article for article, cluster in clusters.items() if cluster == expected.cluster}
    # the largest candidate of each direction stands for the event (folded for a symmetric type)
    chosen = [
        max(group, key=lambda e: (len(e["articles"] & members), -e["event_id"])) for group in by_direction.values()
    ]
    articles = set().union(*(event["articles"] for event in chosen)) if chosen else set()
    return ClusterScore(
        candidates=candidates,
        one_event=one_event,
        support=len(articles & members),
        cluster_size=len(members),
        num_articles=sum(event["num_articles"] for event in chosen),
        expected_articles=sum(len(event["articles"]) for event in chosen),
        num_sources=sum(event["num_sources"] for event in chosen),
        expected_sources=sum(len({originals.get(a, a) for a in event["articles"]}) for event in chosen),
        impure=sorted(articles - members),
    )


def flagged_copies(rows: list[dict]) -> set[frozenset[str]]:
    """The article pairs the store's copy detector calls copies of each other."""
    signatures = {row["id"]: minhash_signature(row["text"]) for row in rows}
    known = {article: signature for article, signature in signatures.items() if signature is not None}
    return {
        frozenset((a, b))
        for a, b in combinations(sorted(known), 2)
        if estimated_jaccard(known[a], known[b]) >= DUPLICATE_THRESHOLD
    }


@dataclass
class MultisourceScores:
    articles: int
    counts: dict[str, int]
    reingest_unchanged: bool
    clusters: dict[str, dict[str, ClusterScore]]  # cluster -> {"strict", "lenient"} -> score
    same_dyad: dict[str, int]  # cluster -> events of the expected dyad and type, any date or place
    distractor_merges: list[str] = field(default_factory=list)  # "dist-xx on cluster"
    copied_articles: int = 0
    true_copies: set[frozenset[str]] = field(default_factory=set)
    flagged: set[frozenset[str]] = field(default_factory=set)


def _to_article(row: dict) -> Article:
    return Article(
        id=row["id"],
        text=row["text"],
        title=row.get("title"),
        url=row.get("url"),
        source=row.get("source"),
        published=parse_day(row.get("published")),
    )


def evaluate_multisource(coder, data_dir: Path) -> MultisourceScores:
    rows = list(read_jsonl(data_dir.joinpath(*ARTICLES_FILE)))
    results = code_articles(coder, [_to_article(row) for row in rows], "multisource")
    with (
        tempfile.TemporaryDirectory(prefix="newsevents-eval-") as folder,
        EventStore(Path(folder) / "multisource.db") as store,
    ):
        for result in results:
            store.add(result)
        counts = store.counts()
        again = list(results)
        random.Random(REINGEST_SEED).shuffle(again)
        added_again = [store.add(result) for result in again]
        unchanged = not any(added_again) and store.counts() == counts
        events = [
            {**event.to_dict(), "articles": {mention.article_id for mention in store.mentions(event.event_id)}}
            for event in store.events()
        ]
        copied = store.copied_articles()
    return score_store(rows, events, counts, unchanged, copied)


def score_store(
    rows: list[dict],
    events: list[dict[str, Any]],
    counts: dict[str, int],
    reingest_unchanged: bool,
    copied_articles: int,
) -> MultisourceScores:
    clusters = {row["id"]: row["cluster"] for row in rows}
    originals = {row["id"]: row["copy_of"] for row in rows if row.get("copy_of")}
    scores = MultisourceScores(
        articles=len(rows),
        counts=counts,
        reingest_unchanged=reingest_unchanged,
        clusters={},
        same_dyad={},
        copied_articles=copied_articles,
        true_copies={frozenset((a, b)) for a, b in originals.items()},
        flagged=flagged_copies(rows),
    )
    for expected in EXPECTED_EVENTS:
        scores.clusters[expected.cluster] = {
            "strict": score_cluster(events, expected, 0, clusters, originals),
            "lenient": score_cluster(events, expected, 1, clusters, originals),
        }
        scores.same_dyad[expected.cluster] = sum(same_dyad_and_type(event, expected) for event in events)
        lenient = scores.clusters[expected.cluster]["lenient"]
        distractors = {a for event in lenient.candidates for a in event["articles"] if clusters.get(a) == DISTRACTOR}
        scores.distractor_merges += [f"{article} on {expected.cluster}" for article in sorted(distractors)]
    return scores


def _format_cluster(name: str, score: ClusterScore) -> str:
    directions: dict[str, int] = {}
    for event in score.candidates:
        key = f"{event['actor_country']}>{event['recipient_country']}"
        directions[key] = directions.get(key, 0) + 1
    split = ", ".join(f"{key} {n}" for key, n in directions.items())
    articles_ok = "ok" if score.num_articles == score.expected_articles else f"expected {score.expected_articles}"
    sources_ok = "ok" if score.num_sources == score.expected_sources else f"expected {score.expected_sources}"
    return (
        f"  {name:<8} candidates {len(score.candidates)}{f' ({split})' if split else ''}"
        f" {'one event' if score.one_event else 'NOT one event'};"
        f" support {score.support}/{score.cluster_size};"
        f" num_articles {score.num_articles} ({articles_ok}); num_sources {score.num_sources} ({sources_ok});"
        f" purity {'ok' if not score.impure else 'NO: ' + ', '.join(score.impure)}"
    )


def _pairs(pairs: set[frozenset[str]]) -> str:
    return ", ".join("+".join(sorted(pair)) for pair in sorted(pairs, key=sorted)) or "none"


def format_multisource(scores: MultisourceScores) -> str:
    lines = [
        (
            f"== multisource: {scores.articles} articles -> {scores.counts.get('events', 0)} events"
            f" ({scores.counts.get('mentions', 0)} mentions); stored again shuffled, unchanged: "
            f"{'yes' if scores.reingest_unchanged else 'NO'}"
        ),
    ]
    for expected in EXPECTED_EVENTS:
        lines.append(f"{expected.cluster}: expected {expected.label()}")
        for mode, score in scores.clusters[expected.cluster].items():
            lines.append(_format_cluster(mode, score))
        lines.append(f"  events of that dyad and type, any date or place: {scores.same_dyad[expected.cluster]}")
    lines.append(
        f"distractor merges: {len(scores.distractor_merges)}"
        + (f" ({', '.join(scores.distractor_merges)})" if scores.distractor_merges else "")
    )
    found = scores.flagged & scores.true_copies
    lines.append(
        f"near-duplicates: {len(found)} of {len(scores.true_copies)} wire pairs flagged"
        f" (threshold {DUPLICATE_THRESHOLD}), {len(scores.flagged - scores.true_copies)} false"
        f" [flagged: {_pairs(scores.flagged)}]; articles the store folded as copies: {scores.copied_articles}"
    )
    return "\n".join(lines)
