"""The doer of an attack told as the answer a party gave: "US forces responded *with
three hours of strikes* on the gunmen", "Israel retaliated *with airstrikes*".  The
attack noun hangs on the verb's "with" (or on a span of time told with it: "hours of
strikes"), and names its means ("strikes from drones") rather than a doer; the one
who responded is who struck.  Only verbs of answering (words.yaml, answering_verbs):
"the town was met with airstrikes" is not the town's attack.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.extract.clauses import SUBJECT_DEPS, Clause, further_conjuncts, noun_phrase
from newsevents.knowledge.words import WordLists


def with_responder(clause: Clause, words: WordLists) -> Clause:
    """The nominal clause of an attack given as an answer, with the one who answered
    as its doer."""
    if not clause.nominal or clause.actor is not None:
        return clause
    responder = _responder(clause.predicate, words)
    if responder is None:
        return clause
    return replace(clause, actor=noun_phrase(responder), co_actors=further_conjuncts(responder))


def _responder(noun: Token, words: WordLists) -> Token | None:
    if noun.lemma_.lower() not in words.attack_nouns:
        return None
    held = noun
    of = held.head
    if held.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in words.attack_period_nouns:
        held = of.head  # "with three hours of strikes"
    preposition = held.head
    if held.dep_ != "pobj" or preposition.lower_ != "with":
        return None
    verb = preposition.head
    if verb.lemma_.lower() not in words.answering_verbs or verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.dep_.endswith("pass"):
        return None
    return subject  # a pronoun ("they responded with strikes") is read like any subject
