"""Phrases that stand where a party would, but are no party to the event: what the
parse alone says (resolve/parties.py, ``is_no_party``, adds what the tables say).

A recipient is someone an event is done to or with.  Four kinds of phrase take
that place in the parse and are not: a place ("sent a delegation to Geneva",
"captured the town of Kafr Nabl": where it happened, which the record's location
gives), the venue of a gathering ("a meeting at the general assembly"), the topic of
a text ("vetoed a resolution on Syria"), and the doer's own forces that a withdrawal
or a deployment moves ("will pull its troops out of Mali": the troops are what is
moved; the country left is the other side).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.knowledge.actors import load_sector_words
from newsevents.knowledge.words import WordLists

SITE_ENTITIES = {"LOC", "FAC"}


def names_place(phrase: Span) -> bool:
    """Whether a phrase is, by its words alone, a place: a place noun with a name ("the
    town of Kafr Nabl", "Idlib province": any proper noun after a place noun is a name,
    whatever the tagger calls it) or a name tagged a location or a building ("the Golan
    Heights").  The tagger's GPE is not enough: it often tags surnames so."""
    root = phrase.root
    if root.pos_ == "PROPN" and root.ent_type_ in SITE_ENTITIES:
        return True
    if root.lemma_.lower() not in load_sector_words().places:
        return False
    named = [child for child in root.children if child.dep_ in {"compound", "appos"}]
    named += [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(token.pos_ == "PROPN" for token in named)


def is_venue(phrase: Span, words: WordLists) -> bool:
    """Whether a phrase is where a gathering is held, not who is met: "will host a
    meeting *at the UN general assembly*", "spoke *at the summit*"."""
    root = phrase.root
    return root.dep_ == "pobj" and root.head.lower_ == "at" and _is_gathering_noun(root, words)


def is_topic(phrase: Span, words: WordLists) -> bool:
    """Whether a phrase is what a text or a statement is about: "vetoed a resolution
    *on Syria*", "criticised the report *on Ukraine*" (the resolution is vetoed, not Syria)."""
    root = phrase.root
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in words.topic_prepositions:
        return False
    return preposition.head.pos_ == "NOUN" and preposition.head.lemma_.lower() in words.topic_nouns


def is_moved(phrase: Span, words: WordLists) -> bool:
    """Whether a phrase is what a verb of moving moves: "withdraw *US troops*", "sent
    *its air force*", "if *the troops* are withdrawn"."""
    root: Token = phrase.root
    return root.dep_ in {"dobj", "nsubjpass"} and root.head.lemma_.lower() in words.moving_verbs


def is_unnamed_place(phrase: Span, words: WordLists) -> bool:
    """Whether a phrase is a place by its noun alone, with no name to it: "the city",
    "her village", "at home", "the Iraqi border", "the area" (not "the city's residents",
    whose root names people, nor "European capitals", their governments)."""
    root = phrase.root
    if root.pos_ != "NOUN":
        return False
    lemma = root.lemma_.lower()
    if lemma in words.seat_nouns:
        return False  # "European capitals": their governments
    return lemma in words.ground_nouns or lemma in load_sector_words().places


def is_site(phrase: Span, words: WordLists) -> bool:
    """Whether a phrase is where an event happens, set by its preposition: "fought the
    extremists *in Idlib province*", "abducted *from her home*", "on patrol *near the
    border*" (not "an attack *on* Idlib" nor "shelled Idlib")."""
    root = phrase.root
    return root.dep_ == "pobj" and root.head.lower_ in words.site_prepositions


def is_gathering(phrase: Span, words: WordLists) -> bool:
    """Whether a phrase is a gathering, not who gathers: "gave a press conference",
    "cancelled the summit"."""
    return _is_gathering_noun(phrase.root, words)


def _is_gathering_noun(token: Token, words: WordLists) -> bool:
    # "talks" is listed as it is: its lemma "talk" is a speech, no gathering
    return token.pos_ == "NOUN" and (
        token.lemma_.lower() in words.gathering_nouns or token.lower_ in words.gathering_nouns
    )
