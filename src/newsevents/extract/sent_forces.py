"""Whom forces are sent against.  "Turkey sent troops into the enclave *to fight
Kurdish militias*": the troops are the sender's own, moved; the one the sending is
done to is the object of its purpose ("to fight", "to oust", "to attack"), named
after the place they were sent to.  Only a purpose clause of the sending verb itself
("sent forces to oust the militants"), by a sender named; a sending with no purpose
keeps its own recipient ("sent a letter to the UN")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.extract.clauses import Clause
from newsevents.extract.phrases import candidate_phrases
from newsevents.extract.predicates import is_to_infinitive, prepositional_objects
from newsevents.knowledge.words import WordLists

PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


def with_purpose_targets(clause: Clause, words: WordLists) -> Clause:
    """The clause of a sending with a purpose, with the objects of the purpose first
    and without the forces sent."""
    verb = clause.predicate
    if clause.nominal or clause.passive or verb.lemma_.lower() not in words.force_sending_verbs:
        return clause  # "the rest of the unit was sent to rescue them": whose unit the sentence may not say
    purpose = next((c for c in verb.children if c.dep_ in PURPOSE_DEPS and is_to_infinitive(c)), None)
    if purpose is None:
        return clause
    targets = candidate_phrases(_purpose_objects(purpose, words), words)
    if not targets:
        return clause
    sent = {c.i for c in verb.children if c.dep_ == "dobj"}
    others = [phrase for phrase in clause.recipient_candidates if phrase.root.i not in sent]
    known = {phrase.root.i for phrase in targets}
    candidates = [*targets, *(phrase for phrase in others if phrase.root.i not in known)]
    return replace(clause, recipient=candidates[0], recipient_candidates=candidates)


def _purpose_objects(purpose: Token, words: WordLists) -> list[Token]:
    """Who the purpose is done to: its objects, then those of its prepositions ("to
    fight against Isis")."""
    objects = [c for c in purpose.children if c.dep_ == "dobj"]
    return objects + prepositional_objects(purpose, frozenset(words.recipient_prepositions))
