"""The party a relative clause's gap stands for: the noun the clause modifies, when it
is the clause's object ("the Kurds it had backed", "an opposition *that* Turkey
backed", "the group *with whom* the army fought", "the general *whom* Turkey
accuses").  Not a place, a time or an owner ("the town where he fought", "Manbij, in
which it has helped", "Iran, whose guards ...") and not a stranded preposition ("the
family I left with").  A reduced passive relative is done to the noun right before it
("the army and Syrian rebels *backed by Ankara*": the rebels), though the parser may
hang it on an earlier conjunct."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from newsevents.entities import PARTY_LABELS
from newsevents.extract.clauses import Clause
from newsevents.extract.phrases import names_people, noun_phrase
from newsevents.extract.predicates import is_passive
from newsevents.knowledge.words import WordLists


def with_relative_gap(clause: Clause, words: WordLists) -> Clause:
    """The clause with the noun its relative clause modifies as its first recipient,
    when that noun is the clause's object; the relative pronoun itself is no party."""
    predicate = clause.predicate
    if predicate.dep_ != "relcl" or clause.actor is None or clause.passive or not object_gap(predicate, clause, words):
        return clause
    gap = noun_phrase(predicate.head)
    others = [phrase for phrase in clause.recipient_candidates if not _relative_pronoun(phrase.root, words)]
    addressed = [phrase for phrase in others if _addressed(phrase, predicate, words)]
    # "the poison, which the UK blamed on the Kremlin": the one it is aimed at comes first
    candidates = [*addressed, gap, *(phrase for phrase in others if phrase not in addressed)]
    return replace(clause, recipient=candidates[0], recipient_candidates=candidates)


def _addressed(phrase: Span, verb: Token, words: WordLists) -> bool:
    """Whether a phrase is the verb's object of a party preposition ("blamed *on the
    Kremlin*", "sold *to Iran*"), not a place or a time ("backed *in the north*")."""
    root = phrase.root
    preposition = root.head
    return root.dep_ == "pobj" and preposition.head == verb and preposition.lower_ in words.addressee_prepositions


def object_gap(verb: Token, clause: Clause, words: WordLists) -> bool:
    """Whether the noun a relative clause modifies is the clause's object: "the Kurds it
    had backed", "the rebels that Turkey backed", "Iran, with which Russia has
    partnered"; not "the town where he fought", "Manbij, in which it has helped", "the
    family I left with", "Iran, whose guards ..."."""
    if clause.actor is None or clause.actor.root.i == verb.head.i:
        return False
    if any(token.lower_ == "whose" for token in clause.actor):
        return False
    for child in verb.children:
        if child.dep_ == "dobj" and _relative_pronoun(child, words):
            return True  # "that Turkey backed": the pronoun is the object, and stands for the noun
        if child.dep_ in {"dobj", "nsubjpass"} or (child.dep_ == "advmod" and child.lower_ in words.relative_adverbs):
            return False
        if child.dep_ == "prep":
            relative = next((g for g in child.children if g.dep_ == "pobj"), None)
            if relative is None:
                return False  # a stranded preposition: "the family I left with"
            if _relative_pronoun(relative, words) and child.lower_ in words.partner_prepositions:
                return True  # "with whom it fought a war": the war is fought with the noun
            if relative.lower_ in words.relative_pronouns and child.lower_ not in words.recipient_prepositions:
                return False  # "in which": a place or a time
    return True


def _relative_pronoun(token: Token, words: WordLists) -> bool:
    return token.lower_ in words.relative_pronouns


def with_participle_patient(clause: Clause) -> Clause:
    """The clause of a reduced passive relative with the conjunct right before the
    participle as the one done to: "the Turkish army and Syrian rebels *backed by
    Ankara*" backs the rebels, though the parser hangs "backed" on "army"."""
    verb = clause.predicate
    subject = clause.passive_subject
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or subject is None or subject.root != verb.head:
        return clause
    nearest = max((c for c in verb.head.conjuncts if c.i < verb.i), key=lambda c: c.i, default=None)
    if nearest is None or nearest.i < verb.head.i or nearest.right_edge.i != verb.i - 1:
        return clause  # "the army, backed by ...": the head itself; or a conjunct not next to it
    patient = noun_phrase(nearest)
    others = [phrase for phrase in clause.recipient_candidates if phrase.root != verb.head]
    return replace(clause, passive_subject=patient, recipient=patient, recipient_candidates=[patient, *others])


def with_participle_agent(clause: Clause) -> Clause:
    """The clause of a passive participle set before or after its main clause, with
    the party of its "by" as the doer and the main clause's subject as the one done to:
    "*Backed by Russian air power*, government forces swept through the south" (Russia
    backs the forces), "rebels fought in the valley, *backed by Turkish artillery*".
    The parser gives the participle its main clause's subject as the doer."""
    verb = clause.predicate
    if clause.nominal or verb.tag_ != "VBN" or verb.dep_ != "advcl" or clause.actor is None:
        return clause
    if any(child.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "mark"} for child in verb.children):
        return clause  # "after it was backed by ...", "as they were backed by ...": a clause of its own
    if is_passive(verb.head):
        return clause  # "a jet was shot down by rebels using a missile, supplied by the US": the missile's
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    party = _party_of(agent) if agent is not None else None
    if party is None:
        return clause  # "hit by military setbacks": no one did it
    patient = clause.actor
    if patient.root.pos_ not in {"NOUN", "PROPN"} or patient.root.ent_type_ in {"DATE", "TIME"}:
        return clause  # "they were freed, backed by ...", a misparse ("last year's, ordered by ...")
    others = [phrase for phrase in clause.recipient_candidates if phrase.root != party]
    return replace(
        clause,
        actor=noun_phrase(party),
        co_actors=[],
        passive=True,
        passive_subject=patient,
        recipient=patient,
        recipient_candidates=[patient, *others],
    )


def _party_of(agent: Token) -> Token | None:
    """The party an agent names: itself when it is a name or people ("by the US", "by
    Iranian militias"), its nationality when it is their means ("by Russian air power":
    Russia), else none ("by military setbacks")."""
    if agent.pos_ == "PROPN" or agent.ent_type_ in PARTY_LABELS or names_people(agent):
        return agent
    return next((c for c in agent.lefts if c.dep_ == "amod" and c.ent_type_ in {"NORP", "GPE"}), None)
