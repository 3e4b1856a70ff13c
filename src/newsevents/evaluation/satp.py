"""Where, when and who on South Asia Terrorism Portal paragraphs
(``../shared/data/real/satp_dev.jsonl``; rules in that folder's README).

Each paragraph is coded as one article published on December 31 of its year; only
the asserted events count.  Per paragraph: an ASSAULT or COERCE event came out
(recall); of the paragraphs with an event, one of their events is placed in the
gold country, at a gold place name, on a gold day (MM-DD); of the paragraphs with
an ASSAULT and a gold attacker, one ASSAULT's actor overlaps a gold attacker's
name and has the gold country and the sector that name implies.  Over all events:
generic actors ("militants", "police") given the gold country, and where each
event's place and date came from.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.evaluation.common import asserted, code_texts, read_jsonl, share
from newsevents.knowledge.evaluation import (
    EvaluationKnowledge,
    load_evaluation_knowledge,
)
from newsevents.records import Actor, EventRecord

SATP_FILE = ("real", "satp_dev.jsonl")
_WORD = re.compile(r"[a-z0-9]+")


def words(text: str | None) -> list[str]:
    return _WORD.findall((text or "").lower())


def place_matches(location_names: list[str | None], gold_places: list[str]) -> bool:
    """Whether a written or gazetteer name of the place holds a gold place name as
    whole words, or the other way round ("Bijapur District" and "Bijapur")."""
    for name in filter(None, location_names):
        found = " ".join(words(name))
        for gold in gold_places:
            wanted = " ".join(words(gold))
            if wanted and found and (f" {wanted} " in f" {found} " or f" {found} " in f" {wanted} "):
                return True
    return False


def source_sector(name: str, knowledge: EvaluationKnowledge) -> str:
    """The sector a gold attacker's name implies ("Police" COP, "militants" REB)."""
    for word in words(name):
        if word in knowledge.satp_source_sectors:
            return knowledge.satp_source_sectors[word]
    return knowledge.satp_default_source_sector


def names_overlap(actor_text: str, gold_name: str, stop_words: frozenset[str]) -> bool:
    return bool((set(words(actor_text)) - stop_words) & (set(words(gold_name)) - stop_words))


def actor_right(
    actor: Actor | None, gold_sources: list[str], country: str, knowledge: EvaluationKnowledge
) -> tuple[bool, bool]:
    """(the actor overlaps a gold attacker's name, and also has the gold country and that name's sector)."""
    if actor is None:
        return False, False
    overlapping = [name for name in gold_sources if names_overlap(actor.text, name, knowledge.name_stop_words)]
    coded_right = any(
        actor.country == country and actor.sector == source_sector(name, knowledge) for name in overlapping
    )
    return bool(overlapping), coded_right


def generic_term(text: str, terms: tuple[str, ...]) -> str | None:
    """The generic actor phrase the text ends with ("the security forces" -> "security forces")."""
    found = " " + " ".join(words(text))
    return next((term for term in terms if found.endswith(" " + term)), None)


@dataclass
class Fraction:
    right: int = 0
    of: int = 0

    def add(self, is_right: bool) -> None:
        self.of += 1
        self.right += bool(is_right)

    @property
    def rate(self) -> float:
        return share(self.right, self.of)

    def __str__(self) -> str:
        return f"{self.rate:.3f} ({self.right} of {self.of})"


@dataclass
class SatpScores:
    paragraphs: int = 0
    events: int = 0
    assault_or_coerce: Fraction = field(default_factory=Fraction)  # of all paragraphs
    country: Fraction = field(default_factory=Fraction)  # of paragraphs with an event
    country_when_placed: Fraction = field(default_factory=Fraction)  # of paragraphs with a placed event
    place: Fraction = field(default_factory=Fraction)
    day: Fraction = field(default_factory=Fraction)
    actor_overlap: Fraction = field(default_factory=Fraction)  # of paragraphs with an ASSAULT and a gold attacker
    actor_right: Fraction = field(default_factory=Fraction)
    generic: dict[str, Fraction] = field(default_factory=dict)  # term -> given the gold country
    located: Fraction = field(default_factory=Fraction)  # of events
    location_sources: Counter = field(default_factory=Counter)
    date_sources: Counter = field(default_factory=Counter)
    unpunctuated_recall: Fraction = field(default_factory=Fraction)

    @property
    def generic_total(self) -> Fraction:
        return Fraction(sum(f.right for f in self.generic.values()), sum(f.of for f in self.generic.values()))


def score_satp(rows: list[dict], events_per_row: list[list[EventRecord]]) -> SatpScores:
    knowledge = load_evaluation_knowledge()
    scores = SatpScores(generic={term: Fraction() for term in knowledge.satp_generic_actors})
    for row, all_events in zip(rows, events_per_row, strict=False):
        events = asserted(all_events)
        country = row["gold_country"]
        scores.paragraphs += 1
        scores.events += len(events)
        has_violence = any(event.event in ("ASSAULT", "COERCE") for event in events)
        scores.assault_or_coerce.add(has_violence)
        if not row.get("punctuated", True):
            scores.unpunctuated_recall.add(has_violence)
        for event in events:
            location = event.location
            scores.located.add(location is not None)
            scores.location_sources[location.source if location else "none"] += 1
            scores.date_sources[getattr(event, "date_source", None) or event.date_precision or "none"] += 1
            for party in (event.actor, event.recipient):
                term = generic_term(party.text, knowledge.satp_generic_actors) if party else None
                if term and party is not None:
                    scores.generic[term].add(party.country == country)
        if not events:
            continue
        placed = [event.location for event in events if event.location is not None]
        scores.country.add(any(location.country == country for location in placed))
        if placed:
            scores.country_when_placed.add(any(location.country == country for location in placed))
        scores.place.add(
            place_matches([n for loc in placed for n in (loc.name, loc.resolved_name)], row["gold_locations"])
        )
        scores.day.add(any(event.date and event.date[5:10] in row["gold_dates"] for event in events))
        assaults = [event for event in events if event.event == "ASSAULT"]
        if assaults and row["gold_sources"]:
            judged = [actor_right(event.actor, row["gold_sources"], country, knowledge) for event in assaults]
            scores.actor_overlap.add(any(overlap for overlap, _ in judged))
            scores.actor_right.add(any(right for _, right in judged))
    return scores


def evaluate_satp(coder, data_dir: Path) -> SatpScores:
    rows = list(read_jsonl(data_dir.joinpath(*SATP_FILE)))
    return score_satp(rows, code_texts(coder, rows, "satp"))


def _breakdown(counter: Counter) -> str:
    return ", ".join(f"{key} {count}" for key, count in counter.most_common())


def format_satp(scores: SatpScores) -> str:
    generic = ", ".join(f"{term} {f.right}/{f.of}" for term, f in scores.generic.items() if f.of)
    return "\n".join(
        [
            f"== satp: {scores.paragraphs} paragraphs, {scores.events} asserted events",
            (
                f"ASSAULT/COERCE recall (of paragraphs):          {scores.assault_or_coerce}"
                f"   unpunctuated only: {scores.unpunctuated_recall}"
            ),
            (
                f"location country right (paragraphs with event): {scores.country}"
                f"   when an event is placed: {scores.country_when_placed}"
            ),
            f"place name right (paragraphs with event):       {scores.place}",
            f"date day right (paragraphs with event):         {scores.day}",
            f"ASSAULT actor overlaps a gold attacker:          {scores.actor_overlap}",
            f"  ... with right country and sector:            {scores.actor_right}",
            f"generic actors given the right country:         {scores.generic_total}   ({generic or '-'})",
            f"events with any location:                       {scores.located}",
            f"location source: {_breakdown(scores.location_sources)}",
            f"date source: {_breakdown(scores.date_sources)}",
        ]
    )
