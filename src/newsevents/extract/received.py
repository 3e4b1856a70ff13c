"""The giver of what a party receives: "the rebels received weapons *from the United
States*" is the United States arming the rebels, "she received threats from the
militia" the militia threatening her.  The one who receives is the recipient; the one
it comes "from" does the event.  Not people received ("the camp received refugees
from Idlib": where they came from) nor a passive ("were received by the army": its
agent is already the doer)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.extract.clauses import Clause, further_conjuncts
from newsevents.extract.phrases import names_people, noun_phrase
from newsevents.knowledge.words import WordLists

GIVER_ENTITIES = {"ORG", "GPE", "NORP", "PERSON"}


def with_giver(clause: Clause, words: WordLists) -> Clause:
    """The clause with the giver as its doer and the one receiving as its recipient."""
    verb = _receiving_verb(clause, words)
    if verb is None or clause.nominal or clause.passive or clause.actor is None:
        return clause
    received = [child for child in verb.children if child.dep_ == "dobj"]
    if verb.dep_ == "relcl":
        received.append(verb.head)  # "the assistance the rebels received from the US"
    if any(names_people(thing) or thing.pos_ == "PROPN" for thing in received):
        return clause  # "received 2,000 refugees from Syria", "received Putin": people come
    giver = _giver(verb, received)
    if giver is None:
        return clause
    inside = range(giver.left_edge.i, giver.right_edge.i + 1)
    others = [phrase for phrase in clause.recipient_candidates if phrase.root.i not in inside]
    candidates = [clause.actor, *others]
    return replace(
        clause,
        actor=noun_phrase(giver),
        co_actors=further_conjuncts(giver),
        recipient=clause.actor,
        recipient_candidates=candidates,
    )


def _receiving_verb(clause: Clause, words: WordLists) -> Token | None:
    """The clause's verb of receiving, or the one it continues ("continue to receive")."""
    for verb in (clause.predicate, clause.complement):
        if verb is not None and verb.lemma_.lower() in words.receiving_verbs:
            return verb if verb is clause.predicate or verb.dep_ == "xcomp" else None
    return None


def _giver(verb: Token, received: list[Token]) -> Token | None:
    """The party named after "from", on the verb or on the thing received."""
    for head in [verb, *received]:
        for child in head.children:
            if child.dep_ != "prep" or child.lower_ != "from":
                continue
            source = next((g for g in child.children if g.dep_ == "pobj"), None)
            if source is not None and (source.ent_type_ in GIVER_ENTITIES or names_people(source)):
                return source
    return None
