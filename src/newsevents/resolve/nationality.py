"""The country an article gives a person the tables do not know, by a nationality
word beside the name: "the Iraqi expert Nadia Farouk", "Canadian MP Joanne
Pelletier", "the British-born Samira Kadhim", "a Dutch convert, Marten Hoekstraat",
"Marten Hoekstraat, a Dutch convert," (docs/actors.md, "Speakers"), or by the town
set off after it that the person is from: "Joe Farrow, 24, from Wigan,", or by a
title that says whose the person is ("Lord Carlile": a British peer).  Only an
explicit nationality adjective, home town or such title counts: a name with none stays
without a country, never guessed."""

from __future__ import annotations

from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING

from newsevents.entities import entities_starting_by
from newsevents.extract.phrases import noun_phrase
from newsevents.knowledge.actors import load_sector_words, tokenize
from newsevents.knowledge.words import load_word_lists
from newsevents.resolve.gazetteer import load_gazetteer

if TYPE_CHECKING:
    from newsevents.resolve.actor_reading import PhraseReader

# A person whose description names a country but no role ("a Dutch convert") is a civilian.
PERSON_SECTOR = "CVL"
# The prepositions by which a role names the body it serves ("the spokesman for ...").
ROLE_BODY_PREPOSITIONS = frozenset({"for", "of", "at", "with"})
# The verbs of a relative clause that says where one is from, with their preposition:
# "who is from Leeds", "who comes from Leeds", "who was born in Leeds", "who grew up in Leeds".
HOME_VERBS = MappingProxyType({"be": "from", "come": "from", "bear": "in", "grow": "in"})


def described_country(reader: PhraseReader, span, when: date | None) -> tuple[str, str] | None:
    """The (country, sector) of the description beside a name: the words before it in
    its phrase, else a phrase in apposition; None when neither holds a nationality
    adjective of the country it reads as."""
    root = getattr(span, "root", None)
    if root is None or not hasattr(root, "doc"):
        return None
    descriptions = _descriptions(span, root)
    for description in descriptions:
        found = _nationality_reading(reader, description.text, when)
        if found is not None:
            return found
    for description in descriptions:
        found = _role_reading(reader, description, when)
        if found is not None:
            return found
    home = _home_town_country(root)
    return (home, PERSON_SECTOR) if home is not None else _titled_country(span, root)


def _titled_country(span, root) -> tuple[str, str] | None:
    """The (country, sector) a title before the name gives (`country_titles` in
    sectors.yaml: "Lord Carlile" is a British peer, GBR LEG), for the title right
    before a capitalised name, not an office named by it ("the Lord Chancellor")."""
    doc = root.doc
    titles = load_sector_words().country_titles
    first = min(span.start, noun_phrase(root).start)
    for token in doc[first : span.end - 1]:
        if token.lower_ in titles and doc[token.i + 1].pos_ == "PROPN" and doc[token.i + 1].is_title:
            return titles[token.lower_]
    return None


def described_elsewhere(reader: PhraseReader, span, name_tokens: frozenset[str], when: date | None):
    """For a name said again ("Hoekstraat"): the country the article gave another
    mention of it, the nearest before it first, then those after it ("Farrow said ...
    Farrow, who is from Wigan, ..."): a person named whose name holds these words or
    is held in them ("Robinson" and "Joe Robinson" are one man, whichever comes
    first), or a surname alone the parser took for a body's."""
    doc = getattr(span, "doc", None)
    if doc is None or not name_tokens:
        return None
    last = len(doc) - 1
    mentions = []
    for label in ("PERSON", "ORG"):
        for entity in entities_starting_by(doc, last, label):
            other = {word.lower() for word in tokenize(entity.text)}
            held = bool(other) and other <= name_tokens
            if held or (label == "PERSON" and name_tokens <= other):
                mentions.append(entity)
    before = sorted((entity for entity in mentions if entity.start <= span.start), key=lambda entity: -entity.start)
    after = sorted((entity for entity in mentions if entity.start > span.start), key=lambda entity: entity.start)
    for entity in [*before, *after]:
        found = described_country(reader, entity, when)
        if found is not None:
            return found
    return None


def adjective_countries(reader: PhraseReader, text: str) -> set[str]:
    """The countries the nationality adjectives of a text name ("the British-born": GBR)."""
    countries: set[str] = set()
    for word in tokenize(text):
        lexeme = reader.lookup("words", word.lower())
        if lexeme is not None:
            countries |= {iso for iso, form in lexeme.countries if form == "adjective"}
    return countries


def _descriptions(span, root) -> list:
    """The words before the name inside its own phrase ("the Iraqi expert"), and the
    phrases in apposition to it ("a Dutch convert")."""
    doc = root.doc
    found = []
    start = noun_phrase(root).start
    if start < span.start:
        found.append(doc[start : span.start])
    partners = [child for child in root.children if child.dep_ == "appos"]
    if root.dep_ == "appos":
        partners.append(root.head)
    found += [noun_phrase(partner) for partner in partners if partner.pos_ in ("NOUN", "ADJ")]
    return found


def _nationality_reading(reader: PhraseReader, text: str, when: date | None) -> tuple[str, str] | None:
    """(country, sector) of a description whose country a nationality adjective in it
    says ("a Dutch convert": NLD CVL; "the Iraqi expert": IRQ EDU); None for one of
    two countries ("a Dutch-Moroccan writer") or a name ("a Dutch club, Ajax")."""
    countries = adjective_countries(reader, text)
    if not countries and _is_citizenship(text):
        citizen = reader.read(text, when)  # "a UK national": the country of a noun, not an adjective
        countries = {citizen.country} if citizen is not None and citizen.country else set()
    if len(countries) != 1:
        return None
    country = countries.pop()
    reading = reader.read(text, when)
    if reading is None:
        return country, PERSON_SECTOR
    if reading.name_tokens or reading.plural or reading.country not in (None, country):
        return None
    return country, reading.sector or PERSON_SECTOR


def _is_citizenship(text: str) -> bool:
    """Whether a description is one of a country's people by its head noun ("a UK national")."""
    words = tokenize(text)
    return bool(words) and words[-1].lower() in load_word_lists().citizenship_nouns


def _served_body(description):
    """The phrase naming the body a role serves ("the spokesman | for the US-led
    coalition"), or None when the role names none."""
    root = description.root
    for child in root.rights:
        if child.dep_ == "prep" and child.lower_ in ROLE_BODY_PREPOSITIONS:
            body = next((grandchild for grandchild in child.children if grandchild.dep_ == "pobj"), None)
            return None if body is None else noun_phrase(body)
    return None


def _role_reading(reader: PhraseReader, description, when: date | None) -> tuple[str, str] | None:
    """(country, sector) of a role set beside a name that places it by the named body
    it serves: "the spokesman for the US-led coalition" (USA), "Islamic State
    suspect" (IMG).  None for a description that is itself a name, whose country is
    only its topic ("a Syria expert") or whose body is people or no body the tables
    place ("an attorney for victims of Isis", "a fellow at the Middle East Institute")."""
    if not description.root.is_lower or len(adjective_countries(reader, description.text)) > 1:
        return None
    body = _served_body(description)
    role = description.doc[description.start : body.end if body is not None else description.root.i + 1]
    reading = reader.read(role.text, when)
    if reading is None or reading.country is None or reading.sector is None or reading.plural:
        return None
    if body is None:
        named_group = reading.kind == "group" and bool(reading.name_tokens)
        return (reading.country, reading.sector) if named_group else None
    served = reader.read(body.text, when)
    if served is None or served.plural or served.kind == "person" or served.country != reading.country:
        return None
    return reading.country, reading.sector


def _home_town_country(root) -> str | None:
    """The country of the place a name is said to be from (``_home_prepositions``); the
    country a qualifier after the town names first ("from Homs, Syria"), else the most
    populous place of that name."""
    for prep in _home_prepositions(root):
        town = next((child for child in prep.children if child.dep_ == "pobj" and child.ent_type_ == "GPE"), None)
        if town is None:
            return None
        qualifier = next((child for child in town.children if child.dep_ == "appos" and child.ent_type_ == "GPE"), None)
        for place in (qualifier, town):
            country = load_gazetteer().largest_country(_entity_text(place)) if place is not None else None
            if country is not None:
                return country
    return None


def _home_prepositions(root):
    """The prepositions that give a name's home town: set off by commas after it ("Joe
    Farrow, 24, from Wigan,"), "formerly of Wigan", after a role beside it ("a farmer
    from Wigan"), or in a relative clause on it ("who is from Wigan", "who was born in
    Wigan")."""
    doc = root.doc
    for child in root.children:
        if child.dep_ == "prep" and child.i > root.i:
            formerly = any(word.lower_ == "formerly" for word in child.children)
            if (child.lower_ == "from" and doc[child.i - 1].text == ",") or (child.lower_ == "of" and formerly):
                yield child
        elif child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN"):  # "an ex-Royal Marine from Hull"
            yield from (prep for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "from")
        elif child.dep_ == "relcl" and child.i > root.i and child.lemma_.lower() in HOME_VERBS:
            wanted = HOME_VERBS[child.lemma_.lower()]
            yield from (prep for prep in child.children if prep.dep_ == "prep" and prep.lower_ == wanted)


def _entity_text(token) -> str:
    """The whole place name a token is in ("Port of Spain" for "Spain"'s head)."""
    return next((entity.text for entity in token.doc.ents if entity.start <= token.i < entity.end), token.text)
