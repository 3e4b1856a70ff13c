"""Which phrases of a clause are parties to its event, even when no table codes them.

The actor tables code the parties they know ("Kenyan police" -> KEN COP).  A
clear event whose party the tables do not know ("about 150 party workers were
arrested", "jitendra pandya has been arrested" in lowercased text) is still an
event: its record keeps the words and their span, with a null code.  An
unknown *doer* is not taken this way (a thing does things too: "the agreement
led to ..."); the one done to is, when grammar says so: the subject of a
passive verb, or a named person as the object.  A pair named by number ("the two
leaders") is the last two parties of different countries the article named.  Pronouns are never parties on
their own ("we", "they"): an unresolved pronoun would flood the output with
events no analyst can count.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsevents.extract.clauses import Clause
from newsevents.knowledge.words import WordLists

# Entity labels that are never a party ("on Monday", "$3 million").
NOT_PARTY_ENTITIES = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
NAME_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}


def is_uncoded_patient(phrase: Span, passive_subject: bool, words: WordLists) -> bool:
    """Whether a phrase no table codes is still the one an event is done to.

    ``passive_subject``: the phrase is the subject of a passive verb ("40
    protesters were detained"), which grammar makes the patient; otherwise only
    a named person or body counts ("police arrested Jitendra Pandya")."""
    head = phrase.root
    if head.pos_ in {"PRON", "PUNCT"} or head.ent_type_ in NOT_PARTY_ENTITIES:
        return False
    if head.lemma_.lower() in words.event_nouns:
        return False  # "the meeting was held": the event itself, not a party to it
    if head.lemma_.lower() in words.instrument_nouns:
        return False  # "five rounds were fired": what was used
    if head.lemma_.lower() in words.measure_nouns:
        return False  # "the restrictions imposed in the town": what was imposed
    if passive_subject:
        return True  # (whatever the tagger calls the word: lowercased names are often mis-tagged)
    return head.pos_ == "PROPN" or head.ent_type_ in NAME_ENTITIES


def pair_kind(phrase: Span, words: WordLists) -> str | None:
    """The kind of pair a phrase names by number: "people" for "the two leaders",
    "countries" for "both countries", None for no pair."""
    head = phrase.root
    if head.tag_ != "NNS" or head.ent_type_ in NAME_ENTITIES:
        return None  # "the two Koreas": the phrase names them itself
    if not any(token.lower_ in words.pair_words and token.i < head.i for token in phrase):
        return None
    return "countries" if head.lemma_.lower() in words.pair_country_nouns else "people"


def unknown_doer(phrase: Span, words: WordLists) -> str | None:
    """What an actor phrase that no table codes is, for a violent event:
    "instrument" for the weapon or the attack itself ("a grenade attack killed
    seven", "five mortar shells hit the base": the doer is not named), "party"
    for people the tables do not know ("two suicide bombers killed ...", a name),
    None for anything else ("a chemical leak killed ten", a pronoun, a date)."""
    head = phrase.root
    if head.pos_ in {"PRON", "PUNCT"} or head.ent_type_ in NOT_PARTY_ENTITIES:
        return None
    lemma = head.lemma_.lower()
    if lemma in words.vehicle_nouns:
        return None  # "struck by a bulk carrier": a collision
    if lemma in words.weapon_nouns or lemma in words.event_nouns:
        return "instrument"
    if head.pos_ == "PROPN" or head.ent_type_ in NAME_ENTITIES or head.lower_.endswith(words.agent_noun_endings):
        return "party"
    if lemma in words.crowd_nouns:
        return "party"  # "thousands of people", "a crowd"
    return None


def is_said_to_happen(clause: Clause, words: WordLists) -> bool:
    """Whether the event noun itself is said to have happened ("protests took place
    in the town", "a rally was held"): an event with no named party that still stands."""
    noun = clause.predicate
    if not clause.nominal:
        subject = clause.passive_subject
        if subject is None or subject.root.lemma_.lower() not in words.event_nouns:
            return False
        noun = subject.root
    verb = noun.head
    return noun.dep_ in {"nsubj", "nsubjpass"} and verb.lemma_.lower() in words.occurrence_verbs
