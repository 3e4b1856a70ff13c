"""Senses of event verbs judged wrong on the Guardian samples (hc4) that tell no event:

* Fighting for a goal in public life: "the minister fought hard to keep the strikes
  narrow", "the senator is battling to save the bill" campaign for an aim in words and
  votes, no fight.  Fighters ("the rebels fought to retake the town") and fights with
  a foe ("fought the army to keep the road open") stay fights.
* Recognition of a party's standing is SUPPORT 054 (CAMEO "grant diplomatic
  recognition"): "recognised Kosovo", "recognised the republic's independence",
  "recognises the group as legitimate".  Recognising a voice, a face, a fact, rhetoric
  or "that ..." knows it again or admits it: no recognition of anyone.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.figurative import public_person
from newsevents.extract.predicates import is_to_infinitive
from newsevents.extract.word_senses import described_noun, is_party
from newsevents.knowledge.lexicon import EventLexicon, LexiconEntry
from newsevents.knowledge.words import WordLists

ARMED_FORCE = "force"
RECOGNITION = "recognition"
GOAL_DEPS = frozenset({"xcomp", "advcl"})
PERSON_LIKE = frozenset({"PERSON", "NORP"})  # the parser may tag a surname NORP ("Mattis")
PREDICATE_DEPS = frozenset({"oprd", "acomp"})  # "recognised them legitimate"


def tells_no_event(verb: Token, entry: LexiconEntry, words: WordLists, lexicon: EventLexicon) -> bool:
    """Whether the verb's entry names an event its words show it is not."""
    if entry.content_class == ARMED_FORCE:
        return fights_for_a_goal(verb, words, lexicon.armed_actor_nouns)
    return entry.content_class == RECOGNITION and recognises_no_standing(verb, words, lexicon)


def fights_for_a_goal(verb: Token, words: WordLists, armed_nouns: frozenset[str]) -> bool:
    """Whether ``verb`` is a person in public life fighting to do something, with no foe."""
    if verb.lemma_.lower() not in words.goal_fight_verbs:
        return False
    children = list(verb.children)
    goal = any(c.dep_ in GOAL_DEPS and is_to_infinitive(c) for c in children)
    if not goal or any(c.dep_ == "dobj" for c in children):
        return False  # "fought the army to keep the road open": a foe
    subjects = [c for c in children if c.dep_ == "nsubj"]
    return bool(subjects) and all(_person(s, words) and s.lemma_.lower() not in armed_nouns for s in subjects)


def recognises_no_standing(verb: Token, words: WordLists, lexicon: EventLexicon) -> bool:
    """Whether a verb of recognition recognises nothing of a party's standing."""
    children = list(verb.children)
    if any(c.dep_ in PREDICATE_DEPS or (c.dep_ == "prep" and c.lower_ == "as") for c in children):
        return False  # "recognises them as the legitimate government"
    recognised = [o for c in children if c.dep_ in {"dobj", "nsubjpass"} for o in (c, *c.conjuncts)]
    described = described_noun(verb)
    recognised += [described] if described is not None else []
    return not any(
        is_party(thing, words, lexicon) or thing.lemma_.lower() in words.recognised_standing_nouns
        for thing in recognised
    )


def _person(subject: Token, words: WordLists) -> bool:
    """A person in public life, or one named."""
    return public_person(subject, words) or (subject.tag_ == "NNP" and subject.ent_type_ in PERSON_LIKE)
