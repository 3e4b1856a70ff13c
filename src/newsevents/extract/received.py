"""What passes from one party to another.  The giver of what a party receives:
"the rebels received weapons *from the United States*" is the United States arming
the rebels, "she received threats from the militia" the militia threatening her; the
one who receives is the recipient, the one it comes "from" does the event.  Not people
received ("the camp received refugees from Idlib": where they came from) nor a passive
("were received by the army": its agent is already the doer).  And the loser of what
is taken: "captured the town *from the rebels*" is done to the rebels, not the town."""

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
    giver = party_from(verb, received)
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


def party_from(verb: Token, received: list[Token]) -> Token | None:
    """The party named after "from", on the verb or on the things received (or asked
    for: extract/asked_parties.py)."""
    for head in [verb, *received]:
        for child in head.children:
            if child.dep_ != "prep" or child.lower_ != "from":
                continue
            source = next((g for g in child.children if g.dep_ == "pobj"), None)
            if source is not None and (source.ent_type_ in GIVER_ENTITIES or names_people(source)):
                return source
    return None


def with_loser(clause: Clause, words: WordLists) -> Clause:
    """The clause with the party a thing or a place is taken "from" as its first
    recipient ("seized the town from Isis"); people taken stay first ("captured 20
    fighters from the rebel unit")."""
    verb = clause.predicate
    if clause.nominal or clause.actor is None or verb.lemma_.lower() not in words.seizing_verbs:
        return clause
    taken = [child for child in verb.children if child.dep_ in {"dobj", "nsubjpass"}]
    if any(names_people(thing) or thing.ent_type_ in {"PERSON", "NORP"} for thing in taken):
        return clause
    loser = party_from(verb, [token for thing in taken for token in thing.subtree])  # "the city of Homs from ..."
    if loser is None:
        return clause
    first = next((phrase for phrase in clause.recipient_candidates if phrase.root == loser), None)
    if first is None:
        return clause
    others = [phrase for phrase in clause.recipient_candidates if phrase is not first]
    return replace(clause, recipient=first, recipient_candidates=[first, *others])
