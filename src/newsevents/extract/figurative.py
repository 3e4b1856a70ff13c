"""Fighting words used figuratively: "the senator's attacks on the president",
"clashed with the governor over the budget", "hit back at the comments".

Long-form reporting and comment use the words of force for political dispute.  A
fight is read as words (a criticism), not as ASSAULT, when what it is aimed at is
something said or decided (comments, a policy), when the noun says so ("verbal
attacks"), or when both sides are people of public office or named persons and no
armed party is among them.  A fight aimed at a place, a group or a building stays
a fight: "the army attacked the governor's convoy" keeps its ASSAULT.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.knowledge.words import WordLists

TARGET_PREPOSITIONS = frozenset({"on", "at", "with", "against"})


def is_verbal_fight(trigger: Token, words: WordLists) -> bool:
    """Whether the fighting word ``trigger`` (a verb or an event noun) is a dispute in words."""
    if any(child.dep_ == "amod" and child.lower_ in words.verbal_fight_modifiers for child in trigger.children):
        return True  # "verbal assaults", "rhetorical attacks"
    targets = _targets(trigger)
    if any(target.lemma_.lower() in words.statement_nouns for target in targets):
        return True  # "hit back at the comments", "attacked the new policy"
    doers = _doers(trigger)
    return bool(doers and targets) and all(_public_person(party, words) for party in (*doers, *targets))


def _targets(trigger: Token) -> list[Token]:
    found = [child for child in trigger.children if child.dep_ in {"dobj", "nsubjpass"}]
    for child in trigger.children:
        holders = [child, *(g for g in child.children if g.dep_ == "prep")] if child.dep_ in {"prep", "prt"} else []
        for prep in holders:
            if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPOSITIONS:
                found.extend(g for g in prep.children if g.dep_ == "pobj")
    return found


def _doers(trigger: Token) -> list[Token]:
    """The subject or agent of a verb; the possessor or "by" phrase of a noun."""
    found = [child for child in trigger.children if child.dep_ in {"nsubj", "poss"}]
    for child in trigger.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by" and trigger.pos_ == "NOUN"):
            found.extend(g for g in child.children if g.dep_ == "pobj")
    if not found and trigger.dep_ in {"xcomp", "conj"} and trigger.head.pos_ in {"VERB", "AUX"}:
        return _doers(trigger.head)  # "has clashed and argued with ...": the shared subject
    return found


def _public_person(token: Token, words: WordLists) -> bool:
    """A named person or a person of public office ("the senator", "the Tennessee Republican")."""
    if token.ent_type_ == "PERSON":
        return True
    return token.lemma_.lower() in words.public_office_nouns or token.lower_ in words.public_office_nouns
