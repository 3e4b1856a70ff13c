"""What exports take from a stored event's mentions (the coded records)."""

from __future__ import annotations

from newsevents.records import Actor, EventRecord


def actor_texts(mentions: list[EventRecord], role: str) -> list[str]:
    """The words each mention used for its ``role`` ("actor", "recipient"), in mention order."""
    parties: list[Actor | None] = [getattr(mention, role) for mention in mentions]
    return [party.text for party in parties if party is not None and party.text]
