"""Grammatical forms the parse reader asks about a trigger: whether a noun is the
verb's object, whether a verb is an infinitive or "going to", and the modal words
around it.  Plain predicates over spaCy tokens, kept apart from the reader's logic."""

from __future__ import annotations

from spacy.tokens import Token


def is_object(token: Token) -> bool:
    """A direct object, the subject of a passive or of a bare participle ("ordered her
    citizenship revoked"), or a noun the parser left as an adverbial ("returned to
    Brazil last week 21 frogs")."""
    if token.dep_ in {"dobj", "nsubjpass"} or is_small_clause_object(token):
        return True
    return token.dep_ == "npadvmod" and token.pos_ == "NOUN" and token.ent_type_ not in {"DATE", "TIME"}


def is_small_clause_object(token: Token) -> bool:
    """ "ordered her citizenship revoked": the subject of a bare participle a verb
    governs is what the participle is done to (hb7)."""
    verb = token.head
    return (
        token.dep_ == "nsubj"
        and verb.dep_ == "ccomp"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    )


def expels_a_country(verb: Token) -> bool:
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.ent_type_ == "GPE" for c in verb.children)


def is_infinitive(verb: Token) -> bool:
    return verb.pos_ == "VERB" and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def modal_words(token: Token) -> set[str]:
    return {child.lower_ for child in token.children if child.dep_ in {"aux", "neg", "advmod", "auxpass"}}


def has_acomp(token: Token, words: frozenset[str]) -> bool:
    return any(child.dep_ == "acomp" and child.lemma_.lower() in words for child in token.children)


def going_to(token: Token) -> bool:
    """ "is going to attack": the head "going" with a form of "be" (its lemma)."""
    head = token.head
    return token.dep_ == "xcomp" and head.lower_ == "going" and any(c.lemma_ == "be" for c in head.children)
