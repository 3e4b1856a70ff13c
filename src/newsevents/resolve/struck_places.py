"""The people of a named town that violence is done to: "Turkish jets shelled Afrin",
"an air raid on Kunduz" hit the town's people, so the recipient is its country's
civilians (CVL), the town staying the event's location (docs/actors.md, "Places"); so
are those of a town threatened with it ("threatened to invade Afrin").
Ground taken is no harm done to its people ("captured Afrin": no recipient)."""

from __future__ import annotations

from spacy.tokens import Span

from newsevents.extract.non_parties import is_site
from newsevents.knowledge.words import WordLists
from newsevents.records import Actor
from newsevents.resolve.gazetteer import load_gazetteer

CIVILIAN_SECTOR = "CVL"
# A town is placed in a country only when that country's town by the name is this many
# times larger than any other country's ("Tripoli": Libya's, not Lebanon's).
DOMINANT_RATIO = 5


def struck_people(phrase: Span, party: Actor, event: str, words: WordLists, min_population: int) -> Actor | None:
    """The civilians of the country a named place lies in, when violence is done to it
    ("shelled Afrin", "an attack on the town of Douma"), not set in it ("fought Isis in
    Idlib": ``is_site``); None when the gazetteer cannot tell one country."""
    root = phrase.root
    threatened = root.dep_ == "dobj" or (root.dep_ == "pobj" and root.head.lower_ in {"on", "upon", "against"})
    # "threatened to shell Afrin", "an assault on Afrin" (hc5); not "to extend it towards Manbij"
    harmed = event in words.uncoded_patient_types or (event in words.threat_types and threatened)
    if not harmed or is_site(phrase, words) or is_taken_ground(phrase, words):
        return None
    if party.code is not None and party.country is None:
        return None  # "the Old City": read as people of no known country
    # placed by the tables or the gazetteer already ("Kharkiv": UKR), else by its name
    country = party.country or town_country(place_name(phrase), min_population)
    if country is None:
        return None
    return Actor(text=party.text, span=party.span, country=country, sector=CIVILIAN_SECTOR)


def is_taken_ground(phrase: Span, words: WordLists) -> bool:
    """Whether the place is ground taken or entered ("captured Afrin", "took control
    of Raqqa", "pushed into Raqqa", "annexed Crimea"): taken from whoever held it, not
    harm done to its people (extract/received.py reads a "from the rebels")."""
    root = phrase.root
    taker = root.head.head if root.dep_ == "pobj" else root.head
    if taker.pos_ == "NOUN" and taker.dep_ == "dobj":
        taker = taker.head  # "took control of Raqqa"
    return taker.lemma_.lower() in words.seizing_verbs | words.ground_taking_verbs | words.place_entering_verbs


def town_country(name: str, min_population: int) -> str | None:
    """The country (alpha-3) of the towns of some size the gazetteer has by ``name``,
    when one country's is far the largest."""
    sizes: dict[str, int] = {}
    for place, _ in load_gazetteer().candidates(name):
        if place.population >= min_population:
            sizes[place.country3] = max(sizes.get(place.country3, 0), place.population)
    if not sizes:
        return None
    ranked = sorted(sizes.items(), key=lambda item: item[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] < DOMINANT_RATIO * ranked[1][1]:
        return None
    return ranked[0][0]


def place_name(phrase: Span) -> str:
    """The name in a place phrase: "Afrin" in "the town of Afrin", "Idlib" in "Idlib
    province", the phrase itself otherwise."""
    names = [token for token in phrase if token.pos_ == "PROPN"]
    if not names:
        return phrase.text
    return phrase.doc[names[0].i : names[-1].i + 1].text
