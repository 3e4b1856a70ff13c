"""Whether a name before an attack noun is the place attacked, not the attacker.

"the Afrin offensive", "the Mosul operation", "the Raqqa campaign", "the Kabul assault":
a town or a region named as a compound of an attack noun tells where the attack was
aimed or took place, and names no doer ("*Turkey's* offensive", "*US* airstrikes" and
"*Isis* attacks" do).  A town is a name the gazetteer or the places supplement knows as
a town or an area that is not a country; a group's name (tagged ORG or PERSON) is
never read as a town, so "Hamas attacks" keeps its doer.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsevents.extract.phrases import noun_phrase
from newsevents.knowledge.actors import iso_country_names, load_country_table
from newsevents.knowledge.gazetteer import KNOWN_PLACE_POPULATION, fold_name, place_index, supplement_places
from newsevents.knowledge.words import WordLists

GROUP_ENTITIES = frozenset({"ORG", "PERSON"})


def aimed_at_place(attack: Token, name: Token, words: WordLists) -> bool:
    """Whether ``name``, a compound on the event noun ``attack``, is the place it was
    aimed at: "Afrin" in "the Afrin offensive" (not "Turkish" nor "US")."""
    if name.dep_ != "compound" or attack.lemma_.lower() not in words.attack_nouns | words.undertaking_nouns:
        return False
    return _names_a_town(name)


def _names_a_town(name: Token) -> bool:
    """ "Afrin" in "the Afrin offensive": a town or an area, not a country or a group."""
    if name.ent_type_ in GROUP_ENTITIES or name.pos_ != "PROPN":
        return False
    key = fold_name(noun_phrase(name).text)
    if key in _country_keys():
        return False
    if key in _supplement_keys():
        return True
    return any(place.population >= KNOWN_PLACE_POPULATION for place, _ in place_index().named(key))


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    """Countries by their names and adjectives: "US airstrikes", "Syria attacks" name a doer."""
    table = load_country_table().countries.values()
    forms = [name for forms in table for name in (*forms.names, *forms.adjectives)]
    return frozenset(fold_name(name) for name in [*forms, *(name for _, name in iso_country_names())])


@lru_cache(maxsize=1)
def _supplement_keys() -> frozenset[str]:
    return frozenset(fold_name(name) for place, aliases in supplement_places() for name in (place.name, *aliases))
