"""The doer of an attack its clause does not name, taken from the attack told just
before it in the same sentence: "RAF airstrikes killed hundreds of fighters but only
one civilian was killed" -- the civilian was killed by the RAF's strikes.

Only the sentence's own attacker is carried: read across sentences (the article's
last attacker) the carried doer was the right one in only about half of 40 Guardian
records read by hand, too often to give a user as the actor."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from newsevents.records import Actor, EventRecord
from newsevents.resolve.parties import same_party

ATTACK = "ASSAULT"
# Civilians and the media are victims or witnesses of violence far more often than
# its doers ("residents said ...", "the crowd"): never carried over as an attacker.
NO_ATTACKER_SECTORS = frozenset({"CVL", "MED", "EDU", "HLH", "REF"})


def with_told_attackers(events: list[EventRecord], pronouns: Mapping[str, str]) -> list[EventRecord]:
    """The article's events (in sentence order), each asserted attack without a doer
    given the attacker of an attack told before it in its sentence, when that one is
    named (not a pronoun) and coded."""
    last: EventRecord | None = None
    for event in events:
        if event.event != ATTACK or event.modality != "asserted":
            continue
        if event.actor is None:
            event.actor = _carried(last, event)
            event.actor_source = "sentence" if event.actor is not None else None
        elif attacker(event.actor) and event.actor.text.lower() not in pronouns:
            last = event
    return events


def attacker(actor: Actor) -> bool:
    """Whether an actor can be carried to another attack as its doer: coded with a
    country, and no civilians or press."""
    return actor.country is not None and actor.sector not in NO_ATTACKER_SECTORS


def _carried(last: EventRecord | None, event: EventRecord) -> Actor | None:
    if last is None or last.actor is None or last.sentence_index != event.sentence_index:
        return None
    recipient = event.recipient
    if recipient is not None and (recipient.code == last.actor.code or same_party(last.actor, recipient)):
        return None  # "rebels attacked the army and two rebels were killed": not by the rebels
    return replace(last.actor)
