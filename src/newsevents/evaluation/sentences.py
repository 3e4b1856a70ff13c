"""Scoring the event-type classifier against labelled sentence sets.

The sets (see ``../shared/data/README.md``): ``plv`` (PLOVER news sentences, 15
labels, with source and target spans), ``gsr`` (PLOVER gold standard, 16 types,
actor and recipient lists), ``penta`` (5-way class: 0 statement or appeal, 1-4
quad class) and ``noevent`` (sentences with no political event, written for this
project: ``benchmarks/data/no_event.jsonl``) and ``own`` (event sentences written
for this project, 3 per PLOVER type: ``benchmarks/data/own_events.jsonl``).
``newsevents eval`` prints what :func:`evaluate_set` returns; docs/classifier.md
explains the mappings (the penta classes of CAMEO roots: ``data/evaluation.yaml``).
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.evaluation.common import MissingData, read_jsonl
from newsevents.extract.event_type import (
    EventTypeClassifier,
    EventTypeGuess,
    classify_text,
    relabel,
)
from newsevents.knowledge.evaluation import load_evaluation_knowledge

NO_EVENT = "none"
SET_NAMES = ("plv", "gsr", "penta", "noevent", "own")


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    gold: str
    source: str | None = None
    target: str | None = None


@dataclass
class Scores:
    """Accuracy, macro-F1, per-label precision/recall/F1 and the confusion matrix."""

    name: str
    total: int
    correct: int
    labels: list[str]
    confusion: dict[str, Counter] = field(default_factory=dict)  # gold -> predicted counts

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def per_label(self) -> dict[str, tuple[float, float, float, int]]:
        """label -> (precision, recall, F1, support)."""
        result = {}
        for label in self.labels:
            true_positive = self.confusion.get(label, Counter())[label]
            predicted = sum(row[label] for row in self.confusion.values())
            support = sum(self.confusion.get(label, Counter()).values())
            precision = true_positive / predicted if predicted else 0.0
            recall = true_positive / support if support else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            result[label] = (precision, recall, f1, support)
        return result

    @property
    def macro_f1(self) -> float:
        scored = [f1 for label, (_, _, f1, support) in self.per_label().items() if support and label != NO_EVENT]
        return sum(scored) / len(scored) if scored else 0.0


def score(name: str, gold: list[str], predicted: list[str]) -> Scores:
    labels = sorted(set(gold) | set(predicted), key=lambda label: (label == NO_EVENT, label))
    confusion: dict[str, Counter] = {}
    for gold_label, predicted_label in zip(gold, predicted, strict=False):
        confusion.setdefault(gold_label, Counter())[predicted_label] += 1
    correct = sum(g == p for g, p in zip(gold, predicted, strict=False))
    return Scores(name, len(gold), correct, labels, confusion)


def penta_class(guess: EventTypeGuess | None) -> str:
    """The 5-way class of a guess: no event and statements or appeals are 0."""
    if guess is None:
        return "0"
    return str(load_evaluation_knowledge().penta_of_cameo_root.get(guess.cameo[:2], 0))


# -- the data sets ----------------------------------------------------------------


def load_plv(data_dir: Path) -> list[Example]:
    return [
        Example(str(row["id"]), row["text"], row["event"], row.get("source"), row.get("target"))
        for row in read_jsonl(data_dir / "plover" / "plv_train.jsonl")
    ]


def load_gsr(data_dir: Path) -> list[Example]:
    examples = []
    for row in read_jsonl(data_dir / "plover" / "plover_gsr.jsonl"):
        actors = [a["text"] for a in row.get("actor") or [] if a.get("text")]
        recipients = [r["text"] for r in row.get("recipient") or [] if r.get("text")]
        examples.append(
            Example(
                row["id"],
                row["text"],
                row["event"],
                actors[0] if actors else None,
                recipients[0] if recipients else None,
            )
        )
    return examples


def load_penta(data_dir: Path) -> list[Example]:
    path = data_dir / "penta" / "conflibert_penta_dev.tsv"
    if not path.is_file():
        raise MissingData(f"{path} not found")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [Example(str(n), row["text"], str(row["penta"]).strip()) for n, row in enumerate(reader, 1)]


def load_own(path: Path) -> list[Example]:
    return [Example(str(row.get("id", n)), row["text"], row["event"]) for n, row in enumerate(read_jsonl(path), 1)]


def load_no_event(path: Path) -> list[Example]:
    return [Example(str(row.get("id", n)), row["text"], NO_EVENT) for n, row in enumerate(read_jsonl(path), 1)]


# -- running ------------------------------------------------------------------------


def classify_examples(
    examples: list[Example], classifier: EventTypeClassifier, nlp, use_spans: bool
) -> list[EventTypeGuess | None]:
    docs = nlp.pipe((example.text for example in examples), batch_size=64)
    return [
        classify_text(classifier, doc, example.source if use_spans else None, example.target if use_spans else None)
        for example, doc in zip(examples, docs, strict=False)
    ]


def evaluate_set(
    name: str, examples: list[Example], classifier: EventTypeClassifier, nlp, use_spans: bool = True
) -> Scores:
    guesses = classify_examples(examples, classifier, nlp, use_spans)
    gold = [example.gold for example in examples]
    predicted: list[str]
    if name == "penta":
        predicted = [penta_class(guess) for guess in guesses]
    else:
        labels = "plv15" if name == "plv" else "plover16"
        predicted = [(relabel(guess.event, labels) if guess else None) or NO_EVENT for guess in guesses]
    return score(name, gold, predicted)


# -- printing -------------------------------------------------------------------------


def format_scores(scores: Scores) -> str:
    lines = [f"== {scores.name}: {scores.total} sentences"]
    if scores.name == "noevent":
        false_events = scores.total - scores.correct
        rate = false_events / scores.total if scores.total else 0.0
        lines.append(f"false-event rate: {rate:.3f} ({false_events} of {scores.total} given an event)")
        predicted: Counter[str] = Counter()
        for row in scores.confusion.values():
            predicted.update(row)
        lines.append("predicted: " + ", ".join(f"{label} {count}" for label, count in predicted.most_common()))
        return "\n".join(lines)
    lines.append(f"accuracy: {scores.accuracy:.3f}   macro-F1: {scores.macro_f1:.3f}")
    lines.append(f"{'label':<11}{'prec':>6}{'rec':>6}{'F1':>6}{'n':>6}")
    for label, (precision, recall, f1, support) in scores.per_label().items():
        lines.append(f"{label:<11}{precision:6.2f}{recall:6.2f}{f1:6.2f}{support:6d}")
    short = [label[:4] for label in scores.labels]
    lines.append("confusion (rows gold, columns predicted):")
    lines.append(" " * 11 + "".join(f"{s:>5}" for s in short))
    for label in scores.labels:
        row = scores.confusion.get(label, Counter())
        if not sum(row.values()):
            continue
        lines.append(f"{label:<11}" + "".join(f"{row[col]:5d}" for col in scores.labels))
    return "\n".join(lines)
