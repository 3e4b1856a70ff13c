"""The party a request is addressed to, not the one the act asked for aims at (docs/
actors.md, "Recipients the verb leaves out"): in "urged the neighbours *to take back
the refugees*" or "called on their countries *to take them*" the neighbours and the
countries are asked; the refugees are what the request is about.  When the verb names
whom it asks, the objects of the infinitive it asks for are no recipient candidates, so
an addressee the article cannot code leaves the recipient empty rather than the thing
asked about."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.extract.clauses import Clause
from newsevents.extract.predicates import prepositional_objects
from newsevents.knowledge.words import WordLists

# How a request names whom it asks: "urged *Ankara* to", "called *on Ankara* to".
ADDRESSEE_PREPOSITIONS = frozenset({"on", "upon"})


def without_asked_objects(clause: Clause, words: WordLists) -> Clause:
    """The clause without the recipient candidates inside the infinitive a request
    asks its named addressee to do."""
    verb = clause.predicate
    if clause.nominal or verb.lemma_.lower() not in words.mandative_verbs | words.urging_verbs:
        return clause
    asked = [c for c in verb.children if c.dep_ == "xcomp"]
    if not asked or not _addressees(verb):
        return clause
    inside = {token.i for act in asked for token in act.subtree}
    kept = [phrase for phrase in clause.recipient_candidates if phrase.root.i not in inside]
    if len(kept) == len(clause.recipient_candidates):
        return clause
    return replace(clause, recipient=kept[0] if kept else None, recipient_candidates=kept)


def _addressees(verb: Token) -> list[Token]:
    """Whom a request verb asks: its object, or the object of "on"/"upon"."""
    named = [c for c in verb.children if c.dep_ == "dobj"]
    return named + prepositional_objects(verb, ADDRESSEE_PREPOSITIONS)
