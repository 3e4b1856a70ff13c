"""The whole coder on real snippets: CASE 2021 (event subtypes mapped to PLOVER)
and IndiaPoliceEvents (lowercased police reports).  Each snippet or sentence is
coded as one article; the rules are those of ``../shared/data/real/README.md``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.evaluation.common import (
    PrecisionRecall,
    asserted,
    code_texts,
    read_jsonl,
    share,
)
from newsevents.knowledge.evaluation import load_evaluation_knowledge
from newsevents.records import EventRecord

CASE_FILE = ("real", "case2021_dev.jsonl")
POLICE_FILE = ("real", "india_police_dev.jsonl")
POLICE_LABELS = ("KILL", "ARREST", "FORCE")


# -- CASE 2021 ------------------------------------------------------------------


@dataclass
class SubtypeTally:
    gold_types: list[str] | str
    snippets: int = 0
    hits: int = 0  # an asserted event of a gold type (scored subtypes)
    with_event: int = 0  # any asserted event
    emitted: Counter = field(default_factory=Counter)  # type of each asserted event


@dataclass
class CaseScores:
    snippets: int
    subtypes: dict[str, SubtypeTally]

    def scored(self) -> dict[str, SubtypeTally]:
        return {name: t for name, t in self.subtypes.items() if isinstance(t.gold_types, list) and t.gold_types}

    def disasters(self) -> dict[str, SubtypeTally]:
        return {name: t for name, t in self.subtypes.items() if t.gold_types == []}

    def unscored(self) -> dict[str, SubtypeTally]:
        return {name: t for name, t in self.subtypes.items() if t.gold_types == "any"}

    @property
    def macro_hit_rate(self) -> float:
        rates = [share(t.hits, t.snippets) for t in self.scored().values()]
        return sum(rates) / len(rates) if rates else 0.0

    @property
    def false_event_rate(self) -> float:
        tallies = self.disasters().values()
        return share(sum(t.with_event for t in tallies), sum(t.snippets for t in tallies))


def score_case(rows: list[dict], events_per_row: list[list[EventRecord]]) -> CaseScores:
    subtypes: dict[str, SubtypeTally] = {}
    for row, events in zip(rows, events_per_row, strict=False):
        tally = subtypes.setdefault(row["subtype"], SubtypeTally(row["gold_types"]))
        types = [event.event for event in asserted(events)]
        tally.snippets += 1
        tally.with_event += bool(types)
        tally.emitted.update(types)
        if isinstance(row["gold_types"], list):
            tally.hits += any(t in row["gold_types"] for t in types)
    return CaseScores(len(rows), dict(sorted(subtypes.items())))


def evaluate_case(coder, data_dir: Path) -> CaseScores:
    rows = list(read_jsonl(data_dir.joinpath(*CASE_FILE)))
    return score_case(rows, code_texts(coder, rows, "case2021"))


def _top(counter: Counter, n: int = 3) -> str:
    return ", ".join(f"{label} {count}" for label, count in counter.most_common(n)) or "-"


def format_case(scores: CaseScores) -> str:
    scored, disasters, unscored = scores.scored(), scores.disasters(), scores.unscored()
    hits = sum(t.hits for t in scored.values())
    snippets = sum(t.snippets for t in scored.values())
    false_events = sum(t.with_event for t in disasters.values())
    disaster_snippets = sum(t.snippets for t in disasters.values())
    lines = [
        f"== case2021: {scores.snippets} snippets",
        (
            f"macro hit rate: {scores.macro_hit_rate:.3f} over {len(scored)} scored subtypes "
            f"({hits} of {snippets} snippets hit; hit = an asserted event of a gold type)"
        ),
        (
            f"false-event rate on disasters: {scores.false_event_rate:.3f} "
            f"({false_events} of {disaster_snippets} given an asserted event: "
            f"{_top(sum((t.emitted for t in disasters.values()), Counter()), 5)})"
        ),
        f"{'subtype':<30}{'n':>4}{'hit':>5}{'rate':>6}{'silent':>7}  asserted types emitted",
    ]
    for name, tally in scored.items():
        lines.append(
            f"{name:<30}{tally.snippets:4d}{tally.hits:5d}{share(tally.hits, tally.snippets):6.2f}"
            f"{tally.snippets - tally.with_event:7d}  {_top(tally.emitted)}"
        )
    lines.append(
        'not scored (gold "any"): '
        + "; ".join(f"{name} {t.with_event}/{t.snippets} with an event" for name, t in unscored.items())
    )
    return "\n".join(lines)


# -- IndiaPoliceEvents ----------------------------------------------------------


def police_labels(events: list[EventRecord], police_sectors: frozenset[str]) -> set[str]:
    """The README's labels of what the police did, from the asserted events whose
    doer is the police or security forces, or not given."""
    labels: set[str] = set()
    for event in asserted(events):
        if event.actor is not None and event.actor.sector not in police_sectors:
            continue
        if event.event == "ASSAULT":
            labels.update(("KILL", "FORCE"))
        elif event.event == "COERCE":
            is_arrest = event.mode == "arrest" or event.cameo.startswith("173")
            labels.add("ARREST" if is_arrest else "FORCE")
    return labels


@dataclass
class PoliceScores:
    weighted: dict[str, PrecisionRecall]  # false positives weighted by neg_weight
    unweighted: dict[str, PrecisionRecall]
    sentences: int

    @property
    def macro_f1(self) -> float:
        return sum(self.weighted[label].f1 for label in POLICE_LABELS) / len(POLICE_LABELS)


def score_police(rows: list[dict], events_per_row: list[list[EventRecord]]) -> PoliceScores:
    sectors = load_evaluation_knowledge().police_sectors
    counts: dict[tuple[str, bool], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for row, events in zip(rows, events_per_row, strict=False):
        predicted, gold = police_labels(events, sectors), set(row["labels"])
        for label in POLICE_LABELS:
            for weighted in (True, False):
                tally = counts[label, weighted]
                if label in predicted and label in gold:
                    tally[0] += 1
                elif label in predicted:
                    tally[1] += float(row.get("neg_weight", 1.0)) if weighted else 1.0
                elif label in gold:
                    tally[2] += 1
    return PoliceScores(
        weighted={label: PrecisionRecall(*counts[label, True]) for label in POLICE_LABELS},
        unweighted={label: PrecisionRecall(*counts[label, False]) for label in POLICE_LABELS},
        sentences=len(rows),
    )


def evaluate_police(coder, data_dir: Path) -> PoliceScores:
    rows = list(read_jsonl(data_dir.joinpath(*POLICE_FILE)))
    return score_police(rows, code_texts(coder, rows, "india-police"))


def format_police(scores: PoliceScores) -> str:
    lines = [
        f"== india-police: {scores.sentences} sentences",
        (
            f"macro F1: {scores.macro_f1:.3f} over {', '.join(POLICE_LABELS)}   "
            f"arrest recall: {scores.weighted['ARREST'].recall:.3f}"
        ),
        "(precision re-weighted by neg_weight to the corpus base rate; 'raw' = unweighted)",
        f"{'label':<8}{'prec':>6}{'rec':>6}{'F1':>6}{'raw prec':>10}{'raw F1':>8}{'n':>5}",
    ]
    for label in POLICE_LABELS:
        w, u = scores.weighted[label], scores.unweighted[label]
        support = int(w.true_positive + w.false_negative)
        lines.append(
            f"{label:<8}{w.precision:6.2f}{w.recall:6.2f}{w.f1:6.2f}{u.precision:10.2f}{u.f1:8.2f}{support:5d}"
        )
    return "\n".join(lines)
