"""A bare government noun's own state (docs/actors.md, "Context countries"): "the
government", "ministers" or "the prime minister" dealing with a home body of one
state (its opposition, a party, lawmakers, a court) is that state's government, not
the one of the country the story is about: "Labour leader Jeremy Corbyn accused the
government" in a story on Syria is GBR GOV.  A home body has one government of its
own, and calls another state's by its name ("the Syrian government", "the regime")."""

from __future__ import annotations

from newsevents.knowledge.party_countries import load_party_country_words
from newsevents.records import Actor, EventRecord
from newsevents.resolve.gazetteer import load_gazetteer

GOVERNMENT_SECTOR = "GOV"


def with_own_governments(events: list[EventRecord]) -> list[EventRecord]:
    """The events, a bare government noun dealing with a home body of a state given
    that state's country (the party is changed in place)."""
    words = load_party_country_words()
    states: set[str] = set()
    for event in events:
        if event.actor is None or event.recipient is None:
            continue
        for party, other in ((event.actor, event.recipient), (event.recipient, event.actor)):
            if other.country is None or other.sector not in words.home_body_sectors:
                continue
            if _is_bare_government(party, words.own_government_nouns):
                states = states or set(load_gazetteer().alpha3.values())
                if other.country in states:  # a state's body, not the UN's or the EU's
                    party.country = other.country
    return events


def _is_bare_government(party: Actor, nouns: frozenset[str]) -> bool:
    """Whether a party is a government noun alone ("the government", "Ministers"),
    coded GOV and with no person's name."""
    if party.sector != GOVERNMENT_SECTOR or party.name is not None:
        return False
    text = party.text.lower()
    return (text[4:] if text.startswith("the ") else text) in nouns
