"""The object two coordinated verbs share.  In "gunmen shot and wounded three
villagers" or "Iran armed and supported the militias" the parse hangs the object on
the last verb only; the first is done to it as well.  Only verbs joined straight by
"and"/"or" (at most an adverb between: "backed and later armed the group") with
nothing of their own between them: "met the envoy on Monday and agreed" keeps its own
parts; only a main, reported or relative clause's verb with its own doer, not one
a noun or a comparison governs ("the demand that they repatriate and try their
citizens" is no repatriation), and a verb of moving or suffering ("fled and joined the
rebels", "died and left two sons") is not done to the next verb's object."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.extract.clauses import Clause, noun_phrase
from newsevents.knowledge.words import WordLists

_OWN_PARTS = frozenset({"dobj", "dative", "prep", "prt", "ccomp", "xcomp", "attr", "acomp", "oprd", "agent"})


def with_shared_object(clause: Clause, words: WordLists) -> Clause:
    """The clause whose verb has no object of its own, with the object of the verb
    coordinated right after it as its recipient candidate."""
    if clause.nominal or clause.passive or clause.recipient_candidates or clause.actor is None:
        return clause
    shared = shared_object(clause.predicate, words)
    if shared is None:
        return clause
    phrase = noun_phrase(shared)
    return replace(clause, recipient=phrase, recipient_candidates=[phrase])


def shared_object(verb: Token, words: WordLists) -> Token | None:
    """The direct object of the verb joined right after ``verb`` by "and"/"or"."""
    if verb.pos_ != "VERB" or any(child.dep_ in _OWN_PARTS for child in verb.children):
        return None
    if not (verb.dep_ in {"ROOT", "conj", "relcl"} or (verb.dep_ == "ccomp" and verb.head.pos_ == "VERB")):
        return None  # a demand's or a comparison's verb ("fewer than Trump demanded and ...")
    lemma = verb.lemma_.lower()
    if lemma in words.movement_verbs or lemma in words.yielding_verbs or lemma in words.suffering_verbs:
        return None
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ not in {"and", "or"}:
        return None
    partner = doc[verb.i + 2]
    if partner.dep_ == "advmod" and partner.head.i == verb.i + 3 and verb.i + 3 < len(doc):
        partner = doc[verb.i + 3]  # "backed and later armed the militia"
    if partner.dep_ != "conj" or partner.head != verb or partner.pos_ != "VERB":
        return None
    if any(child.dep_ in {"nsubj", "nsubjpass"} for child in partner.children):
        return None  # "they shot and we wounded ..." has two doers
    return next((child for child in partner.children if child.dep_ == "dobj"), None)
