"""The doer of an attack its clause does not name, taken from a deed of the same kind
told in the same sentence by an armed party: "RAF airstrikes killed hundreds of
fighters but only one civilian was killed" (the RAF's strikes killed the civilian),
"Isis was expelled from the villages retaken by the rebels" (the rebels expelled it),
"two men were detained as police arrested the protesters" (the police detained them).

Only the sentence's own attacker is carried: read across sentences (the article's
last attacker) the carried doer was the right one in only about half of 40 Guardian
records read by hand, too often to give a user as the actor.  The deed carried from
must be of the same kind (a killing from a killing, a detention from an arrest) and
done by a state or an armed party, not by a court or a former official."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import replace

from newsevents.records import Actor, EventRecord
from newsevents.resolve.parties import same_party

# The kinds of deed whose doer is carried, each only from a deed of its own kind.
CARRIED_TYPES = frozenset({"ASSAULT", "COERCE"})
# Civilians and the media are victims or witnesses of violence far more often than
# its doers ("residents said ...", "the crowd"): never carried over as an attacker.
NO_ATTACKER_SECTORS = frozenset({"CVL", "MED", "EDU", "HLH", "REF"})
# Nor are a state's courts, lawmakers or former officials the doers of the violence
# or detentions told beside theirs ("the court heard he was injured in a bombing").
NO_DOER_SECTORS = NO_ATTACKER_SECTORS | {"JUD", "LEG", "ELI"}


def with_told_attackers(events: list[EventRecord], pronouns: Mapping[str, str]) -> list[EventRecord]:
    """The article's events (in sentence order), each asserted attack or coercion
    without a doer given the doer of the nearest deed of its kind told in its sentence
    (before it first, then after it), when that doer is armed and coded."""
    told = [event for event in events if event.actor is not None]  # a carried doer is not carried on
    for event in events:
        if event.actor is not None or event.event not in CARRIED_TYPES or event.modality != "asserted":
            continue
        event.actor = _carried(told_deeds(told, {event.sentence_index}, pronouns), event)
        event.actor_source = "sentence" if event.actor is not None else None
    return events


def attacker(actor: Actor) -> bool:
    """Whether an actor can be carried to another attack as its doer: coded with a
    country, and no civilians or press."""
    return actor.country is not None and actor.sector not in NO_ATTACKER_SECTORS


def carries(event: EventRecord, pronouns: Mapping[str, str]) -> bool:
    """Whether an event's doer may be carried to a deed of its kind beside it."""
    actor = event.actor
    if actor is None or event.event not in CARRIED_TYPES or event.modality != "asserted":
        return False
    return attacker(actor) and actor.sector not in NO_DOER_SECTORS and actor.text.lower() not in pronouns


def told_deeds(events: list[EventRecord], window: Collection[int], pronouns: Mapping[str, str]) -> list[EventRecord]:
    """The attacks and coercions told in the sentences of ``window`` whose armed doer
    may be carried to a deed of the same kind beside them, in the order told: the one
    search for a sentence's own attacker and for the deed a later sentence tells again."""
    return [event for event in events if event.sentence_index in window and carries(event, pronouns)]


def _carried(sources: list[EventRecord], event: EventRecord) -> Actor | None:
    same = [s for s in sources if s.event == event.event and not _describes(s, event.recipient)]
    before = [s for s in same if s.trigger.start < event.trigger.start]
    # a deed told after names the occasion ("were killed when US forces struck") when
    # told as news; told as background it describes a party ("the PKK, which has waged")
    after = [s for s in same if s.trigger.start > event.trigger.start and not s.background]
    nearest = before[-1] if before else (after[0] if after else None)
    if nearest is None or nearest.actor is None:
        return None
    recipient = event.recipient
    if recipient is not None and (recipient.code == nearest.actor.code or same_party(nearest.actor, recipient)):
        return None  # "rebels attacked the army and two rebels were killed": not by the rebels
    return replace(nearest.actor)


def _describes(source: EventRecord, recipient: Actor | None) -> bool:
    """Whether a deed is told inside the words naming who an event was done to, so
    that it describes them: "strikes on bases of a coalition *fighting* the rebels"."""
    span = recipient.span if recipient is not None else None
    return span is not None and span.start <= source.trigger.start and source.trigger.end <= span.end
