"""The country of a party its words give only a sector ("the rebels", "residents",
"the authorities"), from the place its own sentence ties it to: a place that owns it
("Idlib's residents") or that a preposition puts it in ("rebels in Idlib",
"refugees from Homs").  The place's country is the party's, never a backer's
("Turkish-backed rebels in Afrin" are Syrian).  Only sectors that live where they
are told of take it (``data/actors/party_countries.yaml``): not soldiers, whom a
war sends abroad, nor reporters and aid workers, who travel to the news; nor a
relation of the place's ("Syria's neighbours").  A home body the sentence does not
place ("the government", "police", "lawmakers") takes the country of an article
whose placed parties are mostly of one country; not civilians, who in the news are
as often victims abroad, nor "the regime" or "governments".  Parties with a name or
a country are left as they are.  Read on the Guardian corpus (249 articles): 23
records changed, 18 better, 3 worse, 2 the same.  The victims of harm ("40 people
were killed as jets pounded Idlib") take the one country of the places the sentence
tells it happened in; a place that only names someone ("US forces") or where a
journey starts or ends ("Hezbollah from Lebanon") tells no where.  So are those who
arrest or raid there (the police, the courts, "the authorities"), and a state's forces
named by the state ("government forces") that the text before did not place."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from newsevents.knowledge.actors import load_sector_words
from newsevents.knowledge.party_countries import PartyCountryWords, load_party_country_words
from newsevents.records import Actor, EventRecord
from newsevents.resolve.gazetteer import load_gazetteer

PLACE_ENTITIES = frozenset({"GPE", "LOC"})
# An article is about one country when that many of its placed parties, and at
# least that share of them, are of it.
HOME_MENTIONS = 3
HOME_SHARE = 0.6
ARTICLES = frozenset({"the", "a", "an"})
# "US forces", "the Iraq war"; a doing subject is a party ("Ankara announced"), not a where
NAME_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nsubj"})
JOURNEY_PREPOSITIONS = frozenset({"from", "to", "into"})


def with_party_countries(events: list[EventRecord], doc: Doc) -> list[EventRecord]:
    """The article's events, each sector-only party given the country of the place
    its sentence ties it to, else, for a home body or people, the article's own
    country (see the module's doc)."""
    words = load_party_country_words()
    sentences = list(doc.sents)
    home = _article_country(events)
    for event in events:
        sentence = sentences[event.sentence_index]
        for party in _parties(event):
            if not _unplaced(party):
                continue
            if party.sector in words.placed_by_sentence_sectors:
                party.country = _sentence_place_country(party, sentence)
            if party.country is None and is_home_body(party):
                # who arrests or raids where the sentence says does it there, whatever the article's home
                enforcing = party is event.actor and _enforces(party, event, words)
                party.country = (_harm_place_country(event, sentence) if enforcing else None) or home
        for victim in _unplaced_victims(event, words):
            victim.country = _harm_place_country(event, sentence)
        enforcer = event.actor
        if enforcer is not None and _unplaced(enforcer) and _enforces(enforcer, event, words):
            enforcer.country = _harm_place_country(event, sentence)
        for party in _parties(event):
            if _unplaced(party) and _state_forces(party, words):
                party.country = _harm_place_country(event, sentence)
    return events


def _state_forces(party: Actor, words: PartyCountryWords) -> bool:
    """Whether a party is a state's forces named by the state ("government forces")."""
    return party.sector in words.state_force_sectors and any(
        word in words.state_force_words for word in party.text.lower().split()
    )


def _enforces(party: Actor, event: EventRecord, words: PartyCountryWords) -> bool:
    """Whether a party's arrest, raid or firing is done by the place's own police,
    courts or authorities (``enforcing_events`` in data/actors/party_countries.yaml)."""
    if event.event not in words.enforcing_events or party.text.lower() in load_sector_words().pronouns:
        return False
    return party.sector in words.enforcing_sectors or any(
        word in words.enforcing_nouns for word in party.text.lower().split()
    )


def _unplaced_victims(event: EventRecord, words: PartyCountryWords) -> Iterator[Actor]:
    """The people an act of harm befell whose words name no country nor person."""
    if event.event not in words.harmed_in_place_events:
        return
    pronouns = load_sector_words().pronouns
    for party in (event.recipient, *event.co_recipients):
        if party is not None and _unplaced(party) and party.sector in words.harmed_in_place_sectors:
            if party.text.lower() not in pronouns:
                yield party


def _harm_place_country(event: EventRecord, sentence: Span) -> str | None:
    """The one country of the harm's place in the sentence and of all the place names
    there the gazetteer knows (see ``harmed_in_place_events`` in
    data/actors/party_countries.yaml); None for places of two countries."""
    named = sentence_place_countries(event, sentence)
    states = set(load_gazetteer().alpha3.values())
    return named.pop() if len(named) == 1 and named <= states else None


def sentence_place_countries(event: EventRecord, sentence: Span) -> set[str]:
    """The countries of the event's place in the sentence and of the place names there
    that tell where (``_a_place_where``)."""
    # a name the gazetteer does not know ("eastern Ghouta") is mostly a district of a known one
    named = {_place_country(entity.root) for entity in sentence.ents if _a_place_where(entity)}
    if event.location is not None and event.location.source == "sentence" and event.location.country:
        named.add(event.location.country)
    return {country for country in named if country is not None}


def _a_place_where(entity: Span) -> bool:
    """Whether a place name tells where: not a name of someone's used as a modifier
    ("US forces", "Russia-backed"; an owner, "the UK's commissioner", stays: it is mostly
    of the place) or a doer ("Ankara announced"), nor a place of a journey ("Hezbollah from
    Lebanon", "flew to Iraq")."""
    if entity.label_ not in PLACE_ENTITIES:
        return False
    if entity.end < len(entity.doc) and entity.doc[entity.end].text == "-":
        return False  # "Russia-backed separatists", "US-led strikes": a backer's, not a where
    token = entity.root
    # a conjunct, or a place qualifying another ("from Leeds, Yorkshire"), tells what that one does
    while token.head is not token and (
        token.dep_ == "conj" or (token.dep_ == "appos" and token.head.ent_type_ in PLACE_ENTITIES)
    ):
        token = token.head
    if token.dep_ in NAME_MODIFIER_DEPS:
        return False
    return not (token.dep_ == "pobj" and token.head.lower_ in JOURNEY_PREPOSITIONS)


def _article_country(events: list[EventRecord]) -> str | None:
    """The country most of the article's placed parties are of, when it is at least
    ``HOME_SHARE`` of them and at least ``HOME_MENTIONS``; None for an article
    about several countries."""
    states = set(load_gazetteer().alpha3.values())
    counts = Counter(party.country for event in events for party in _parties(event) if party.country in states)
    if not counts:
        return None
    country, mentions = counts.most_common(1)[0]
    if mentions < HOME_MENTIONS or mentions < HOME_SHARE * sum(counts.values()):
        return None
    return country


def _parties(event: EventRecord) -> Iterator[Actor]:
    for party in (event.actor, event.recipient, *event.co_actors, *event.co_recipients):
        if party is not None:
            yield party


def _unplaced(party: Actor) -> bool:
    """Whether a party has a sector but no name nor country, and no word of someone
    else's side ("counterparts")."""
    if party.country is not None or party.name is not None or party.span is None or party.sector is None:
        return False
    lowered = f" {party.text.lower()} "
    return not any(f" {foreign} " in lowered for foreign in load_sector_words().foreign_role_words)


def is_home_body(party: Actor) -> bool:
    """Whether a party may be of the article's country: a home sector, named by a
    noun phrase (pronouns are resolved to their antecedents elsewhere) with no word
    of bodies told of abroad."""
    words = load_party_country_words()
    tokens = party.text.lower().split()
    if party.sector not in words.article_country_sectors or party.text.lower() in load_sector_words().pronouns:
        return False
    if _unknown_name(party.text):
        return False  # a person the tables do not know ("Ryan Dillon"): of any country
    return not any(token in words.not_home_words for token in tokens)


def _unknown_name(text: str) -> bool:
    """Whether a party's words are a name of two or more capitalised words ("Ryan
    Dillon"), not a noun capitalised at the start of its sentence ("Lawmakers")."""
    words = text.split()
    return len(words) > 1 and words[0].lower() not in ARTICLES and all(word[:1].isupper() for word in words)


def _sentence_place_country(party: Actor, sentence: Span) -> str | None:
    phrase = party_phrase(party, sentence)
    if phrase is None:
        return None
    words = load_party_country_words()
    head = phrase.root
    for child in head.children:
        if child.dep_ == "poss" and head.lower_ not in words.relational_nouns:
            country = _place_country(child)
        elif child.dep_ == "prep" and child.lower_ in words.placing_prepositions and child.i == phrase.end:
            # right after the party: in "talks between the regime and opposition in
            # Vienna" the city is the meeting's, not the regime's
            country = next((_place_country(obj) for obj in child.children if obj.dep_ == "pobj"), None)
        else:
            continue
        if country is not None:
            return country
    return None


def party_phrase(party: Actor, sentence: Span) -> Span | None:
    """The tokens of a party's words in its sentence."""
    assert party.span is not None
    start = sentence.start_char + party.span.start
    return sentence.doc.char_span(start, sentence.start_char + party.span.end, alignment_mode="expand")


def _place_country(token: Token) -> str | None:
    """The country of the place name a token heads ("Idlib", "Syria's"), the most
    populous place of that name; None when the token is no place name."""
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if entity is None or entity.label_ not in PLACE_ENTITIES:
        return None
    name = entity.text.removesuffix("’s").removesuffix("'s")
    return load_gazetteer().largest_country(name)
