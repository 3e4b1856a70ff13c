"""The one an event noun is done to, named by a participle that says what the event
does rather than by the noun's own prepositions: "his call *congratulating Putin*" is
a call to Putin.  Only the participle's object, on a noun whose doer is named ("a
report urging the government to act" is a text, "demonstrations involving protesters"
no one's act on them), and only when the noun names no recipient of its own."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.entities import PARTY_LABELS
from newsevents.extract.clauses import Clause
from newsevents.extract.phrases import candidate_phrases, names_people
from newsevents.knowledge.words import WordLists


def with_noun_event_parties(clause: Clause, words: WordLists) -> Clause:
    """The nominal clause with the party its surrounding words name as its recipient."""
    noun = clause.predicate
    if not clause.nominal or clause.actor is None or clause.recipient_candidates:
        return clause  # "closed by demonstrations involving protesters": no one's act on them
    found = candidate_phrases(_participle_objects(noun), words)
    if not found:
        return clause
    return replace(clause, recipient=found[0], recipient_candidates=found)


def _participle_objects(noun: Token) -> list[Token]:
    """ "a call congratulating Putin": who the participle's act is done to."""
    return [
        g
        for c in noun.children
        if c.dep_ == "acl" and c.tag_ == "VBG"
        for g in c.children
        if g.dep_ == "dobj" and _names_party(g)
    ]


def _names_party(token: Token) -> bool:
    return token.ent_type_ in PARTY_LABELS or names_people(token)
