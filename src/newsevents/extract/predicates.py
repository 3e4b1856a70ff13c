"""Which words of a sentence are predicates of event clauses: verbs (not the
governed verb of a controlling one, unless the governed deed was done: "had to
open fire", "forced the police to open fire"), event nouns and gerunds naming an
event ("died in police firing"), and reporting verbs only when what they report
is an event noun ("announced sanctions", "claimed responsibility for the attack")."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Token

from newsevents.knowledge.lexicon import load_event_lexicon
from newsevents.knowledge.words import WordLists

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
SKIPPED_VERB_DEPS = {"amod", "compound", "aux", "auxpass"}
# Verbs whose complement is a bare infinitive ("helped them *retake* it", "let them *leave*").
BARE_INFINITIVE_GOVERNORS = frozenset({"help", "let", "make"})


def is_passive(verb: Token) -> bool:
    """ "was arrested", "the town was shelled": the verb's subject had it done to it."""
    return any(child.dep_ in {"auxpass", "nsubjpass"} for child in verb.children)


def is_to_infinitive(verb: Token) -> bool:
    """ "to fight": a to-infinitive has no tense of its own."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def is_bare_infinitive(verb: Token) -> bool:
    """The bare infinitive of "helped them retake the town", "let them leave", which the
    parser may read as a clause of its own: it has no tense of its own."""
    return (
        verb.head.lemma_.lower() in BARE_INFINITIVE_GOVERNORS
        and verb.tag_ in {"VB", "VBP"}
        and not any(c.dep_ in {"aux", "auxpass", "mark"} for c in verb.children)
    )


def first_conjunct(verb: Token) -> Token:
    """The first of joined verbs ("to strike and *destroy*": strike)."""
    while verb.dep_ == "conj" and verb.head is not verb and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    return verb


def is_verb_predicate(token: Token, words: WordLists) -> bool:
    if token.pos_ != "VERB" or token.dep_ in SKIPPED_VERB_DEPS:
        return False
    # The governed verb of "agreed to withdraw" is the controlling clause's complement;
    # but "had to open fire" was done, and so was what "forced the police to" do.
    if token.dep_ == "xcomp" and token.head.pos_ in {"VERB", "AUX"}:
        return _obligation_met(token) or caused_doer(token) is not None
    # A past participle modifying a noun is description ("a law aimed at"), except a
    # reduced passive on the ones it was done to ("the 51 people arrested on Friday"):
    # the event typing decides which it is.
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ not in {"NOUN", "PROPN", "PRON", "NUM"}:
        return False
    if token.dep_ == "pcomp" and token.head.lower_ in words.background_prepositions:
        return False
    return True


def _obligation_met(verb: Token) -> bool:
    """ "police had to open fire": an obligation in the past, met."""
    head = verb.head
    return head.lemma_ == "have" and head.tag_ == "VBD" and any(c.lower_ == "to" for c in verb.children)


def caused_doer(verb: Token) -> Token | None:
    """The object of a causative verb that governs ``verb``: "forcing *the police* to
    open fire"."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in load_event_lexicon().causative_verbs:
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)


def is_gerund_event(token: Token, words: WordLists) -> bool:
    """A gerund used as an event noun ("died in police firing", "the shelling of the
    town"): tagged a verb, it has no subject or object of its own, and its parties
    are found as a noun's are ("police" compounded on it)."""
    return (
        token.pos_ == "VERB"
        and token.tag_ == "VBG"
        and token.dep_ in {"pobj", "nsubj", "nsubjpass", "conj"}
        and token.lower_ in words.event_nouns
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in {"dobj", "aux"} for c in token.children)
    )


def only_reports(verb: Token, words: WordLists) -> bool:
    """A reporting verb ("said", "told") is no event unless what it reports is an
    event noun ("announced sanctions") or what it claims is for something
    ("claimed responsibility *for the attack*"):
    the reported clause is coded on its own."""
    if verb.lemma_ not in words.reporting_verbs:
        return False
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        if child.lemma_.lower() in words.event_nouns:
            return False
        if any(prep.dep_ == "prep" and prep.lower_ == "for" for prep in child.children):
            return False  # the event typing decides whether the claim is for an event
    return True


def is_event_noun(token: Token, words: WordLists) -> bool:
    if token.pos_ not in {"NOUN", "PROPN"} or token.lemma_.lower() not in words.event_nouns:
        return False
    # The object of a verb is read with that verb ("imposed sanctions", "held talks").
    if token.dep_ in {"dobj", "nsubjpass", "attr", "compound", "oprd"}:
        return False
    # "the threat of sanctions" is one event, the threat
    return _event_noun_owner(token, words) is None


def _event_noun_owner(token: Token, words: WordLists) -> Token | None:
    """The event noun whose "of" complement this noun is, if any."""
    preposition = token.head
    if token.dep_ == "pobj" and preposition.lower_ == "of" and preposition.head.lemma_.lower() in words.event_nouns:
        return preposition.head
    return None


def prepositional_objects(token: Token, prepositions: AbstractSet[str]) -> list[Token]:
    """The objects of ``token``'s own prepositions among ``prepositions``, in the parse's
    order ("support *for* the regime", "defended the town *from* Isis")."""
    return [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in prepositions
        for g in c.children
        if g.dep_ == "pobj"
    ]
