"""Phrases in the doer's place that name no one who acts, and threats nobody made
(judged Guardian samples, h83).

Four kinds of phrase stand as the subject of an event and are no party to it: a word
that only says what kind of deed it is ("a *military* offensive", "*terrorist*
attacks", "a *national* security threat": no nationality, no name), a course of action
("relentless *campaigns* that targeted civilians", "*military action* was needed": the
deed, whose doer the sentence may name elsewhere), a thing ("a spouse would need a
resident *permit*", "two *hospitals* suspended operations"), and the town a gathering
is named after ("the *Geneva* talks": held there).  A threat noun is a
THREATEN event only when a threat was made: by someone ("Turkey's threat", "a threat
by Ankara") or of a stated deed ("a threat to attack", "the threat of an invasion");
"the continuing threat from Isis" or "sees the YPG as a threat" is a danger perceived,
hypothetical as extract/speculation.py tells it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.entities import PARTY_LABELS
from newsevents.extract.phrases import names_people
from newsevents.extract.things import names_thing
from newsevents.knowledge.words import WordLists
from newsevents.records import Actor

# A modifier that is a nationality or a name is the doer ("a Turkish attack").
PARTY_ENTITIES = PARTY_LABELS | {"LOC", "FAC"}
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def is_kind_word(phrase: Span, predicate: Token) -> bool:
    """Whether the doer phrase is one adjective saying what kind the event noun is: "a
    military offensive", "terrorist attacks", "a national security threat"."""
    if len(phrase) != 1:
        return False
    word = phrase.root
    if word.ent_type_ in PARTY_ENTITIES or word.pos_ != "ADJ":
        return False  # "a Turkish attack": Turkey's; "police raids": the police's
    if word.i > 0 and word.doc[word.i - 1].text == "-":
        return False  # "anti-government protests": the end of a compound word, read as it is
    head = word
    while head.dep_ in MODIFIER_DEPS and head.head != head:
        head = head.head
        if head == predicate:
            return True
    return False


def is_no_doer(phrase: Span, actor: Actor | None, words: WordLists) -> bool:
    """Whether a doer phrase, resolved to ``actor`` with no country and no name, is a
    thing or a course of action owned by no one it names ("a resident permit",
    "relentless campaigns")."""
    if actor is not None and (actor.country is not None or actor.name is not None):
        return False
    root = phrase.root
    if root.pos_ != "NOUN" or any(child.dep_ == "poss" for child in root.children):
        return False  # "its interventions killed many": its owner's, whoever "its" is
    lemma = root.lemma_.lower()
    return lemma in words.course_of_action_nouns or lemma in words.held_thing_nouns or names_thing(phrase, words)


def is_unmade_threat(predicate: Token, words: WordLists) -> bool:
    """Whether a threat noun tells a danger, not a threat someone made: no possessor
    ("Turkey's threat"), no "by" of its maker, no infinitive ("a threat to attack") or
    "of" deed ("threats of military action") that states it; or it is what someone is
    seen as ("regards the YPG as a threat")."""
    if predicate.pos_ != "NOUN" or predicate.lemma_.lower() not in words.danger_nouns:
        return False
    head = predicate.head
    if predicate.dep_ == "pobj" and head.lower_ == "without":
        return False  # "ruled without threats from Ankara": none made, denied (extract/denial.py)
    if predicate.dep_ == "pobj" and head.lower_ == "as":
        return True
    for child in predicate.children:
        if child.dep_ == "poss":
            return False
        if child.dep_ == "acl" and any(grand.dep_ == "aux" and grand.lower_ == "to" for grand in child.children):
            return False
        if child.dep_ == "prep" and any(_states_threat(child.lower_, g) for g in child.children if g.dep_ == "pobj"):
            return False
    return True


def _states_threat(preposition: str, noun: Token) -> bool:
    """ "a threat by Ankara" (its maker), "the threat of an invasion" (the deed; not
    "the threat of Isis", a danger)."""
    if preposition == "by":
        return True
    return preposition == "of" and noun.pos_ == "NOUN" and not names_people(noun)
