"""Calibrate the near-copy threshold of the event store on real copies.

    python benchmarks/copy_calibration.py [--data ../shared/data] [--copies 200] [--seed 16]

Copies: the four wire pairs of the multisource set (``copy_of``), and garbled
copies of Guardian corpus articles made here, as a content farm or a syndicating
site makes them: a page-top excerpt of each, and a copy with words swapped,
sentences reordered, paragraphs cut and site chrome (navigation, captions,
sharing buttons) inserted, at three strengths.  Different stories: every other
pair of the multisource set, and pairs of Guardian articles published on the
same day (the hard case: same news agenda, same house style), plus all
Guardian pairs.  For each similarity the store could use, the lowest copy and
the highest different-story score, and at the store's threshold how many copies
are found and how many different stories are called copies.

Nothing of the articles is written anywhere: the figures only (docs/store.md).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import combinations
from pathlib import Path

from newsevents.store.similarity import DUPLICATE_THRESHOLD, estimated_jaccard, minhash_signature, shingles

EXCERPT_CHARS = (1000, 2000)  # the multisource excerpts' range: the top of a page
CHROME = [
    "Skip to navigation Skip to content Skip to footer",
    "Sign up for our daily newsletter",
    "Advertisement",
    "Share on Facebook Share on Twitter Share via Email",
    "Most read",
    "Read more:",
    "Photo: Reuters",
    "Subscribe now for unlimited access",
    "Related articles",
    "Copyright 2019 All rights reserved",
]
STRENGTHS = {  # share of words swapped, sentences moved, paragraphs cut, chrome lines
    "light": (0.05, 0.1, 0.0, 2),
    "medium": (0.15, 0.3, 0.15, 4),
    "heavy": (0.25, 0.5, 0.3, 6),
}
THRESHOLDS = (0.15, 0.2, 0.25, 0.3)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def excerpt(text: str, rng: random.Random) -> str:
    """The top of the page, cut mid-word as a search index cuts it."""
    return text[: rng.randint(*EXCERPT_CHARS)]


def garble(text: str, strength: str, vocabulary: list[str], rng: random.Random) -> str:
    """A machine-edited copy: synonyms (here: other words), sentences moved within
    paragraphs, paragraphs cut, site chrome and a repeated caption inserted."""
    swap, move, cut, chrome = STRENGTHS[strength]
    sentences = _SENTENCE.split(text)
    paragraphs = [sentences[i : i + 2] for i in range(0, len(sentences), 2)]
    kept = [p for i, p in enumerate(paragraphs) if i == 0 or rng.random() >= cut]
    for paragraph in kept:
        if len(paragraph) > 1 and rng.random() < move:
            paragraph.reverse()
    if len(kept) > 2 and rng.random() < move:
        i = rng.randrange(1, len(kept) - 1)
        kept[i], kept[i + 1] = kept[i + 1], kept[i]
    lines = [
        " ".join(rng.choice(vocabulary) if rng.random() < swap else word for word in " ".join(p).split()) for p in kept
    ]
    for line in rng.sample(CHROME, chrome):
        lines.insert(rng.randrange(len(lines) + 1), line)
    if lines:
        lines.insert(1, lines[0])  # a photo caption printed twice
    return "\n\n".join(lines)


def exact_jaccard(first: frozenset[str], second: frozenset[str]) -> float:
    return len(first & second) / len(first | second) if first and second else 0.0


def containment(first: frozenset[str], second: frozenset[str]) -> float:
    return len(first & second) / min(len(first), len(second)) if first and second else 0.0


@dataclass(frozen=True)
class Measure:
    name: str
    score: Callable[[str, str], float]


@cache
def _shingles(text: str, size: int) -> frozenset[str]:
    return frozenset(shingles(text, size))


@cache
def _signature(text: str):
    return minhash_signature(text)


def measures() -> list[Measure]:
    def by_shingles(
        size: int, compare: Callable[[frozenset[str], frozenset[str]], float]
    ) -> Callable[[str, str], float]:
        return lambda a, b: compare(_shingles(a, size), _shingles(b, size))

    def store(a: str, b: str) -> float:
        first, second = _signature(a), _signature(b)
        return estimated_jaccard(first, second) if first is not None and second is not None else 0.0

    return [
        Measure("store: MinHash, word pairs", store),
        Measure("Jaccard, word pairs", by_shingles(2, exact_jaccard)),
        Measure("Jaccard, word 3-shingles", by_shingles(3, exact_jaccard)),
        Measure("Jaccard, word 5-shingles", by_shingles(5, exact_jaccard)),
        Measure("containment, word pairs", by_shingles(2, containment)),
        Measure("containment, word 3-shingles", by_shingles(3, containment)),
    ]


def multisource_pairs(rows: list[dict]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    copies = {frozenset((row["id"], row["copy_of"])) for row in rows if row.get("copy_of")}
    texts = {row["id"]: row["text"] for row in rows}
    same, different = [], []
    for a, b in combinations(sorted(texts), 2):
        (same if frozenset((a, b)) in copies else different).append((texts[a], texts[b]))
    return same, different


def guardian_pairs(rows: list[dict], copies: int, rng: random.Random) -> dict[str, list[tuple[str, str]]]:
    vocabulary = sorted({word for row in rows for word in row["text"].split() if word.isalpha()})
    sample = rng.sample(rows, min(copies, len(rows)))
    pairs: dict[str, list[tuple[str, str]]] = {}
    for strength in STRENGTHS:
        pairs[f"garbled copies, {strength}"] = [
            (excerpt(row["text"], rng), excerpt(garble(row["text"], strength, vocabulary, rng), rng)) for row in sample
        ]
    excerpts = {row["id"]: excerpt(row["text"], rng) for row in rows}
    published = {row["id"]: row.get("published", "")[:10] for row in rows}
    all_pairs = list(combinations(sorted(excerpts), 2))
    pairs["Guardian, same day, different stories"] = [
        (excerpts[a], excerpts[b]) for a, b in all_pairs if published[a] and published[a] == published[b]
    ]
    pairs["Guardian, all pairs"] = [(excerpts[a], excerpts[b]) for a, b in all_pairs]
    return pairs


def share_at_or_above(scores: list[float], threshold: float) -> str:
    hits = sum(score >= threshold for score in scores)
    return f"{hits}/{len(scores)} ({hits / len(scores):.1%})" if scores else "-"


def report(groups: dict[str, list[tuple[str, str]]], copy_groups: set[str]) -> Iterator[str]:
    for measure in measures():
        yield f"== {measure.name}"
        for group, pairs in groups.items():
            scores = sorted(measure.score(a, b) for a, b in pairs)
            if not scores:
                continue
            kind = "copies" if group in copy_groups else "different"
            low, high = scores[0], scores[-1]
            quantile = scores[int(0.99 * (len(scores) - 1))] if kind == "different" else scores[len(scores) // 20]
            label = "p99" if kind == "different" else "p05"
            yield (
                f"  {group:<40} {len(scores):>6} pairs  min {low:.3f}  {label} {quantile:.3f}  max {high:.3f}"
                f"  >= {DUPLICATE_THRESHOLD}: {share_at_or_above(scores, DUPLICATE_THRESHOLD)}"
            )


def sweep(groups: dict[str, list[tuple[str, str]]], thresholds: tuple[float, ...]) -> Iterator[str]:
    """The store's similarity: the share of each group called copies at each threshold."""
    store = measures()[0]
    yield f"== {store.name}: called copies at each threshold"
    for group, pairs in groups.items():
        scores = [store.score(a, b) for a, b in pairs]
        cells = "  ".join(f">= {t:.2f}: {share_at_or_above(scores, t):>18}" for t in thresholds)
        yield f"  {group:<40} {cells}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--copies", type=int, default=200, help="Guardian articles to garble")
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    wire, other = multisource_pairs(read_jsonl(args.data / "multisource" / "articles.jsonl"))
    groups = {"multisource wire copies": wire, "multisource, other pairs": other}
    groups.update(guardian_pairs(read_jsonl(args.data / "corpus" / "guardian_249.jsonl"), args.copies, rng))
    copy_groups = {"multisource wire copies", *(f"garbled copies, {strength}" for strength in STRENGTHS)}
    for line in report(groups, copy_groups):
        print(line, flush=True)
    for line in sweep(groups, THRESHOLDS):
        print(line, flush=True)


if __name__ == "__main__":
    main()
