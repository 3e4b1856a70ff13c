"""Things in a recipient's place (docs/actors.md, "Things are no recipient"): a hospital,
a convoy, the healthcare system, intelligence.  A thing is never the party an event is
done to; whoever owns it, when the phrase names them, is ("the regime's hospitals": the
regime; "a Kurdish convoy": the Kurds), else the event
has no recipient ("a clinic was hit").  Beyond the listed things, a phrase counts as a
party only when its head can name one (``can_name_party``)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from newsevents.entities import PARTY_LABELS
from newsevents.extract.phrases import is_role_phrase, names_people, noun_phrase
from newsevents.knowledge.actors import load_sector_words
from newsevents.knowledge.words import WordLists, load_word_lists
from newsevents.records import Actor

OWNER_ENTITIES = {"ORG", "NORP", "GPE", "PERSON"}
COMPOUND_DEPS = frozenset({"compound", "amod", "nmod"})


def names_thing(phrase: Span, words: WordLists) -> bool:
    """Whether a phrase names a thing, not people: its head is a common noun of
    ``thing_nouns`` ("seven hospitals", "the healthcare system", "valuable intelligence")."""
    root = phrase.root
    return root.pos_ == "NOUN" and root.lemma_.lower() in words.thing_nouns and not names_people(root)


def names_unowned_thing(phrase: Span, party: Actor | None, actor: Actor | None, words: WordLists) -> bool:
    """Whether a phrase, resolved to ``party``, names a thing of no one the tables
    know, done to by a coded ``actor``: its head can name no party and the phrase gives
    no country or name ("cancelled a scheduled press briefing", "scaled back military
    collaboration", "retreated across the Euphrates river"); not "Syria's chemical
    weapons capabilities", whose owner the tables code.  With no coded doer the thing's
    words stay, and the event stands on them (docs/actors.md)."""
    if actor is None or actor.code is None:
        return False
    if party is not None and (party.country is not None or party.name is not None):
        return False
    if party is not None and party.sector is not None and phrase.root.lemma_.lower() in words.thing_nouns:
        return False  # "medical facilities" MED: a building the sector tables place
    if any(child.dep_ == "poss" and child.pos_ != "PRON" for child in phrase.root.lefts):
        return False  # "the president's attitude": whose, the actor tables read
    return not can_name_party(phrase.root, words)


def can_name_party(head: Token, words: WordLists) -> bool:
    """Whether a phrase's head can name a party: a name, a pronoun or a number (the
    tables and the article's memory say who); a person, group, body or place word of
    the sector tables ("forces", "residents", "the military base"); a kin or other
    people noun (``party_nouns``: "her husband", "the pair"); or a noun of a person by
    its ending ("an anaesthetist", "the recruiter").  Not a thing word (``thing_nouns``)
    nor a role word in a thing's compound ("a nerve agent")."""
    if head.pos_ != "NOUN" or head.ent_type_ in PARTY_LABELS:
        return True
    lemma = head.lemma_.lower()
    compounds = [f"{child.lemma_.lower()} {lemma}" for child in head.lefts if child.dep_ in COMPOUND_DEPS]
    if any(compound in words.thing_compounds for compound in compounds):
        return False  # "a military grade nerve agent": no spy
    if names_people(head) or lemma in _party_words() or head.lower_ in _party_words():
        return True
    if any(is_role_phrase(compound) for compound in compounds):
        return True  # "the military base", "a naval base": the tables' sector places
    if lemma in words.thing_nouns:
        return False
    ending = head.lower_.endswith(words.agent_noun_endings)
    return ending and not head.lower_.endswith(words.action_noun_endings)


@lru_cache(maxsize=1)
def _party_words() -> frozenset[str]:
    """The nouns beside the role words that name people or the places standing for
    them, in one set: the sector tables' places, kin and counting words, ground
    held by a party ("rebel positions") and ``party_nouns``."""
    sectors, words = load_sector_words(), load_word_lists()
    return frozenset(
        {*sectors.places, *sectors.kin_nouns, *sectors.quantifiers, *words.holding_nouns, *words.party_nouns}
    )


def thing_owner(phrase: Span, words: WordLists) -> Span | None:
    """Whose thing a phrase names: a possessor that is no pronoun ("the regime's
    hospitals"), or a nationality or named party before it ("a Kurdish convoy", "UN
    facilities")."""
    if not names_thing(phrase, words):
        return None
    for child in phrase.root.lefts:
        if child.pos_ == "PRON":
            continue  # "their hospitals": whose, the memory does not say here
        if child.dep_ == "poss" or (child.dep_ in {"compound", "amod", "nmod"} and child.ent_type_ in OWNER_ENTITIES):
            return noun_phrase(child)  # not a role word: "the stealth fighter programme" is no fighters'
    return None
