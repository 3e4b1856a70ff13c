"""Who a backing participle set off after a place backs.  "Government forces pounded
the area, *backed by Iranian allies*" and "the rebels did the fighting in the town,
*backed by Turkish artillery*": the parser hangs "backed" on the place before it, but
no one backs a place; the side backed is the subject of the clause the place is in (the
forces, the rebels).  Hung on a deed or a thing whose words end with a party ("a
settlement with *Assad's regime*, backed by Moscow and Tehran"), it backs that party
(hc5)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.entities import PARTY_LABELS, PLACE_LABELS
from newsevents.extract.clauses import Clause
from newsevents.extract.non_parties import is_unnamed_place
from newsevents.extract.noun_parties import BACKING_PARTICIPLES
from newsevents.extract.phrases import names_people, noun_phrase
from newsevents.knowledge.words import WordLists

# How far up from the place the clause's subject may be ("pounded the area",
# "continue to pound the area", "did the fighting in the town").
MAX_STEPS = 5


def with_backed_side(clause: Clause, words: WordLists) -> Clause:
    """The clause of a backing participle hung on a place, with the side backed as the
    one done to."""
    verb = clause.predicate
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in BACKING_PARTICIPLES:
        return clause
    place = verb.head
    if verb.i < 2 or verb.doc[verb.i - 1].lower_ != ",":
        return clause
    side = _clause_subject(place) if _is_place(place, words) else _party_ending(place, verb.doc[verb.i - 2])
    if side is None:
        return clause
    patient = noun_phrase(side)
    others = [phrase for phrase in clause.recipient_candidates if phrase.root not in {place, side}]
    return replace(clause, passive_subject=patient, recipient=patient, recipient_candidates=[patient, *others])


def _is_place(token: Token, words: WordLists) -> bool:
    if names_people(token):
        return False
    if token.pos_ == "NOUN":
        return is_unnamed_place(token.doc[token.i : token.i + 1], words)
    return token.pos_ == "PROPN" and token.ent_type_ in PLACE_LABELS and token.dep_ == "pobj"


def _party_ending(head: Token, last: Token) -> Token | None:
    """The party a phrase's last words name, as the object of a preposition of its head,
    a noun that names no party itself ("a settlement *with the regime*", "the refusal
    *of the Assad regime*")."""
    if head.pos_ != "NOUN" or head.ent_type_ in PARTY_LABELS or names_people(head):
        return None
    party = last
    while party.dep_ != "pobj" and party.head != party and party.head.i > head.i:
        party = party.head  # up from the phrase's last word to its head
    if party.dep_ != "pobj" or party.right_edge != last or head not in party.ancestors:
        return None
    return party if party.pos_ == "PROPN" or party.ent_type_ in PARTY_LABELS or names_people(party) else None


def _clause_subject(place: Token) -> Token | None:
    """The subject of the clause a place is the object in, if it names people."""
    current = place
    for _ in range(MAX_STEPS):
        head = current.head
        if head is current:
            return None
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None) if head.pos_ in {"VERB", "AUX"} else None
        if subject is not None:
            named = subject.pos_ == "PROPN" or subject.ent_type_ in {"ORG", "NORP", "GPE"} or names_people(subject)
            return subject if named else None
        current = head
    return None
