"""The next step after resolve/party_countries.py for a party its words give only a
sector: a country its own context makes plain.

- A place further down the party's own phrase ("officials from ministries in Kandahar
  and Herat", "residents of villages in Idlib"): the places of the first
  prepositional object that names any, when they are all of one country.
- A state's arrest, and its police and courts' coercion, is done at home ("Erdogan
  has locked up pro-Kurdish lawmakers", "the Turkish government arrested thousands of
  activists", "an FBI raid on his lawyer's office"): the home bodies and people it
  is done to take its country.
- A body that only lives inside one state (lawmakers, a party, a court, the
  opposition) dealing with another state body of one country is of that country
  ("the entire party supports the president", "senators questioned the minister"),
  when its sentence and the one before name parties of no other state.

Neither when the sentence names a place of another country ("arrested ... in Syria").

Only parties still without a name or country are looked at, so most events exit
before any token is read (``data/actors/party_countries.yaml`` lists the words)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsevents.extract.phrases import conjuncts
from newsevents.knowledge.actors import load_sector_words
from newsevents.knowledge.party_countries import PartyCountryWords, load_party_country_words
from newsevents.records import Actor, EventRecord
from newsevents.resolve.gazetteer import load_gazetteer
from newsevents.resolve.party_countries import (
    _parties,
    _place_country,
    _unplaced,
    party_phrase,
    sentence_place_countries,
)

# how deep a phrase's chain of prepositions is followed ("friends | from universities | in Aleppo")
PREPOSITION_HOPS = 3


def with_context_countries(events: list[EventRecord], doc: Doc) -> list[EventRecord]:
    """The article's events, with the sector-only parties their phrase, their arrest
    or the state body they deal with places given that country (see the module's doc)."""
    words = load_party_country_words()
    sentences: list[Span] = []
    named_states = _states_by_sentence(events)
    for event in events:
        placed = [p for p in _parties(event) if _unplaced(p) and p.sector in words.placed_by_sentence_sectors]
        home, at_home = _home_parties(event, words)
        if home is None:
            home, at_home = _home_body(event, words, named_states)
        if not placed and not at_home:
            continue
        sentences = sentences or list(doc.sents)
        sentence = sentences[event.sentence_index]
        for party in placed:
            party.country = _phrase_place_country(party, sentence, words)
        # a place of another country in the sentence says the event was abroad
        if at_home and sentence_place_countries(event, sentence) <= {home}:
            for party in at_home:
                if party.country is None:
                    party.country = home
    return events


def _phrase_place_country(party: Actor, sentence: Span, words: PartyCountryWords) -> str | None:
    """The one country of the places the party's phrase goes on to: the chain of
    prepositional phrases right after its words, down to the first object that is or
    is coordinated with a place name."""
    phrase = party_phrase(party, sentence)
    if phrase is None or phrase.root.lower_ in words.relational_nouns:
        return None
    head: Token | None = phrase.root
    placing = words.nested_placing_prepositions
    for hop in range(PREPOSITION_HOPS):
        assert head is not None
        preposition = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in placing), None)
        if preposition is None or (hop == 0 and preposition.i != phrase.end):
            return None  # after the party, a preposition further on is the clause's ("talks ... in Vienna")
        head = next((child for child in preposition.children if child.dep_ == "pobj"), None)
        if head is None:
            return None
        # a conjunct the parser did not tag as a place ("Aleppo and Homs") says nothing against it
        countries = {_place_country(token) for token in conjuncts(head)} - {None}
        if countries:
            states = set(load_gazetteer().alpha3.values())
            return countries.pop() if len(countries) == 1 and countries <= states else None
    return None


def _home_parties(event: EventRecord, words: PartyCountryWords) -> tuple[str | None, list[Actor]]:
    """The state whose arrest (``home_arrest_modes``) or police and courts'
    coercion (``enforcing_sectors``) an event is, and the sector-only home bodies and
    people it is done to (``home_arrested_sectors``)."""
    actor = event.actor
    if actor is None or actor.country not in set(load_gazetteer().alpha3.values()):
        return None, []
    arrest = event.mode in words.home_arrest_modes and actor.sector in words.home_arresting_sectors
    if not arrest and not (event.event in words.enforcing_events and actor.sector in words.enforcing_sectors):
        return None, []
    targets = (event.recipient, *event.co_recipients)
    return actor.country, [p for p in targets if p is not None and _sector_only(p, words.home_arrested_sectors)]


def _home_body(
    event: EventRecord, words: PartyCountryWords, named_states: dict[int, set[str]]
) -> tuple[str | None, list[Actor]]:
    """A home body (``home_body_sectors``: lawmakers, parties, courts, the opposition)
    dealing with another state's body (``home_state_sectors``) and that state, when
    its sentence and the one before name parties of no other state ("Peru's president
    met Trump. Congress urged the president ...": no country)."""
    nearby = named_states.get(event.sentence_index, set()) | named_states.get(event.sentence_index - 1, set())
    for party, other in ((event.actor, event.recipient), (event.recipient, event.actor)):
        if party is None or other is None or other.sector not in words.home_state_sectors:
            continue
        if other.country is not None and nearby == {other.country} and _sector_only(party, words.home_body_sectors):
            return other.country, [party]
    return None, []


def _states_by_sentence(events: list[EventRecord]) -> dict[int, set[str]]:
    """The states whose parties each sentence's events name."""
    states = set(load_gazetteer().alpha3.values())
    named: dict[int, set[str]] = {}
    for event in events:
        countries = {party.country for party in _parties(event) if party.country in states}
        named.setdefault(event.sentence_index, set()).update(c for c in countries if c is not None)
    return named


def _sector_only(party: Actor, sectors: frozenset[str]) -> bool:
    """Whether a party is one of ``sectors`` with no name nor country, and no pronoun."""
    return _unplaced(party) and party.sector in sectors and party.text.lower() not in load_sector_words().pronouns
