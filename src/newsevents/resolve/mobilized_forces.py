"""The doer of a mobilisation told in the passive: "US troops were deployed to the
border", "a naval task force was sent to the gulf".  The clause reader takes the
passive subject for the one done to, but in event data a deployment is the forces'
own (PLOVER MOBILIZE: the actor mobilises or moves its forces), so the forces deployed
are its actor and it has no recipient.  Only armed forces move so: "she had been
deployed to the front" (a civilian, as far as the coder knows) stays as it is."""

from __future__ import annotations

from newsevents.records import EventRecord

MOBILIZE = "MOBILIZE"
# Forces: a state's (no sector: "American air power") or its armed arms, or an armed group.
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "UAF", "PRM", "PKO"})


def with_mobilized_forces(events: list[EventRecord]) -> list[EventRecord]:
    """The events, each mobilisation without a doer whose recipient is an armed force
    given that force as its actor and no recipient."""
    for event in events:
        forces = event.recipient
        if event.event != MOBILIZE or event.actor is not None or forces is None or forces.country is None:
            continue
        if forces.sector is None or forces.sector in FORCE_SECTORS:
            event.actor, event.recipient = forces, None
            event.co_actors, event.co_recipients = event.co_recipients, []
    return events
