"""What the real-text scorers share: reading a gold set, coding its texts as
articles through the public coder, and precision/recall arithmetic."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from newsevents.records import Article, CodingResult, EventRecord


class MissingData(Exception):
    """A data file the evaluation needs is not there."""


def read_jsonl(path: Path) -> Iterator[dict]:
    if not path.is_file():
        raise MissingData(f"{path} not found")
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def parse_day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def code_articles(
    coder, articles: list[Article], label: str, progress: IO[str] | None = sys.stderr
) -> list[CodingResult]:
    """Code the articles in batches through ``coder.code``, in order, showing
    ``label: coded k/n`` on ``progress`` when it is a terminal."""
    show = progress is not None and progress.isatty()
    results = []
    for done, result in enumerate(coder.code_many(articles), 1):
        results.append(result)
        if show and (done % 20 == 0 or done == len(articles)):
            print(f"\r{label}: coded {done}/{len(articles)}", end="", file=progress, flush=True)
    if show and articles:
        print("\r" + " " * 60 + "\r", end="", file=progress, flush=True)
    return results


def code_texts(coder, rows: list[dict], label: str, progress: IO[str] | None = sys.stderr) -> list[list[EventRecord]]:
    """Each gold row (``id``, ``text``, optional ``published``) coded as one article:
    the events of each row, in the order of ``rows``."""
    articles = [Article(id=str(row["id"]), text=row["text"], published=parse_day(row.get("published"))) for row in rows]
    return [result.events for result in code_articles(coder, articles, label, progress)]


def asserted(events: Iterable[EventRecord]) -> list[EventRecord]:
    return [event for event in events if event.modality == "asserted"]


def share(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


@dataclass(frozen=True)
class PrecisionRecall:
    """Counts for one label; ``false_positive`` may be weighted (a sampled
    negative standing for many corpus sentences)."""

    true_positive: float
    false_positive: float
    false_negative: float

    @property
    def precision(self) -> float:
        return share(self.true_positive, self.true_positive + self.false_positive)

    @property
    def recall(self) -> float:
        return share(self.true_positive, self.true_positive + self.false_negative)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0
