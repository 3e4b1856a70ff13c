"""Verbs whose event is the noun they take: "came to the aid of the rebels",
"launched an attack on the base", "expressed support for the plan".

The lexicon marks them with the operator ``do`` (the content itself).  Verb and
noun are then one event, and both clauses should name both parties: the verb's
subject does the noun's event, and the noun's parties ("of the rebels", "on the
base") are the verb's recipients.  A verb that only speaks of an event ("condemned
the attack on the villages") is no such verb: its subject did not attack.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.lexicon_lookup import complement_objects, noun_entry, verb_entry
from newsevents.knowledge.actors import load_sector_words
from newsevents.knowledge.lexicon import DO, EventLexicon, load_event_lexicon


def deed_nouns(verb: Token) -> list[Token]:
    """The nouns naming the event a verb of doing does: its direct objects or passive
    subjects, or the objects of the prepositions its entry takes ("come *to* the aid")."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    lexicon = load_event_lexicon()
    entry, used = verb_entry(verb, lexicon)
    if entry is None or entry.operator != DO:
        return []
    if any(child.dep_ == "prt" and child not in used for child in verb.children):
        return []  # "hold back the mobilisation": the phrasal verb is not the entry's "hold"
    nouns = [child for child in verb.children if child.dep_ in {"dobj", "nsubjpass"}]  # "sanctions were imposed"
    nouns += complement_objects(verb, set(entry.complement_prepositions), {"prep"}, {"pobj"})
    # the noun must name an event itself: "released accounts of a call" does no call, and
    # "called diplomats", "took troops out" act on people
    return [noun for noun in nouns if noun.pos_ == "NOUN" and _names_an_event(noun, lexicon)]


def _names_an_event(noun: Token, lexicon: EventLexicon) -> bool:
    lemma = noun.lemma_.lower()
    if any(lemma in role_words for role_words in load_sector_words().sectors.values()):
        return False
    return noun_entry(noun, lexicon)[0] is not None


def light_verb_of(noun: Token) -> Token | None:
    """The verb of doing whose event ``noun`` names, if any."""
    if noun.dep_ not in {"pobj", "dobj"}:
        return None
    verb = noun
    for _ in range(3):  # the verb, its preposition, and the object that preposition may hang on
        verb = verb.head
        if verb.pos_ in {"VERB", "AUX"}:
            return verb if noun in deed_nouns(verb) else None
    return None
