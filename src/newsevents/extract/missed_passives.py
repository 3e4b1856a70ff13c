"""Passives the parser read as active verbs: the party after "by" does the event, the
subject of the participle has it done to them.

A past participle with a "by" doer and no auxiliary of its own is passive whatever
subject the parser gave it: "the reporter *taken hostage by Isis* was never found"
(the parser makes the reporter the subject of "taken"), "was betrayed by a friend and
*arrested by soldiers*" (the conjunct inherits the subject of an earlier active verb),
"the families *had their houses demolished by the army*".  Without this the one done
to is coded as the doer.  After "had" or "got" the one who had it done to them is the
patient ("had their homes confiscated": the owners, not the homes).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from newsevents.extract.clauses import Clause, further_conjuncts, noun_phrase
from newsevents.extract.phrases import names_people
from newsevents.knowledge.words import WordLists

DOER_ENTITIES = frozenset({"ORG", "GPE", "NORP", "PERSON"})
# Dependencies of a participle that heads a clause of its own, whose subject the parser
# may have misread; a modifying participle's doer is found in extract/relative_gaps.py.
CLAUSE_HEAD_DEPS = frozenset({"ROOT", "conj", "ccomp"})


def with_missed_passive(clause: Clause, words: WordLists) -> Clause:
    """The clause with the "by" party of an unmarked passive participle as its doer and
    the parser's subject (or the one who had it done) as its first recipient."""
    verb = clause.predicate
    if clause.nominal or clause.passive or clause.actor is None or not _is_participle(verb, words):
        return clause
    if _has_active_auxiliary(verb) or (verb.dep_ == "conj" and _has_active_auxiliary(verb.head)):
        return clause  # "Turkey has captured ...", "has surrounded and captured ...": an active perfect
    if any(child.dep_ == "auxpass" for child in verb.children):
        return clause  # a passive the parse marks (its subject was found as one)
    if verb.dep_ not in CLAUSE_HEAD_DEPS:
        return clause  # "backed by Ankara, the rebels ...": a modifier (extract/relative_gaps.py)
    doer = _by_party(verb)
    if doer is None or doer.i in range(clause.actor.start, clause.actor.end):
        return clause
    patient = _undergoer(verb, words) or clause.actor
    inside = range(doer.left_edge.i, doer.right_edge.i + 1)
    others = [p for p in clause.recipient_candidates if p.root.i not in inside and p.root != patient.root]
    return replace(
        clause,
        actor=noun_phrase(doer),
        co_actors=further_conjuncts(doer),
        passive=True,
        passive_subject=patient,
        recipient=patient,
        recipient_candidates=[patient, *others],
    )


def _has_active_auxiliary(verb: Token) -> bool:
    auxiliaries = {child.dep_ for child in verb.children}
    return "aux" in auxiliaries and "auxpass" not in auxiliaries


def _is_participle(verb: Token, words: WordLists) -> bool:
    """Whether a verb is a past participle: tagged so, or a participle-only form the
    tagger called a past tense ("the reporter *taken* hostage")."""
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.lower_.endswith(words.participle_endings))


def _by_party(verb: Token) -> Token | None:
    """The party a participle's own "by" names, as the parser's agent or as a plain
    preposition, when it names people or a named body ("taken hostage by Islamic
    State"; not "by force", not "hit by military setbacks")."""
    for child in verb.children:
        if child.dep_ not in {"agent", "prep"} or child.lower_ != "by":
            continue
        party = next((g for g in child.children if g.dep_ == "pobj"), None)
        if party is not None and (party.ent_type_ in DOER_ENTITIES or names_people(party)):
            return party
    return None


def _undergoer(verb: Token, words: WordLists) -> Span | None:
    """The subject of "had" or "got" whose thing the participle's doer acted on: "the
    families had their homes confiscated by the army" (the families)."""
    holder = verb.head
    if verb.dep_ != "ccomp" or holder.lemma_.lower() not in words.undergoing_verbs:
        return None
    subject = next((c for c in holder.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    return noun_phrase(subject) if subject is not None else None
