"""Deeds named as someone's aim or priority, not told as done.

"Crushing the cartel is the government's priority", "defeating them had been a goal
of both agencies", "the priority is rebuilding the port", "the two leaders share one
aim: curbing foreign influence": the sentence says what someone wants done, not that
it was (the judged Guardian samples call such an aim coded as an event wrong).  An aim
told by "of" or "to" ("a policy to deter attacks") is extract/speculation.py's.  Each
is hypothetical (extract/modality.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.predicates import first_conjunct
from newsevents.knowledge.words import WordLists

# Marks that introduce what a noun names ("one aim: curbing their influence").
_INTRODUCING_MARKS = frozenset({":", "–", "—"})


def named_as_aim(predicate: Token, words: WordLists) -> bool:
    """Whether the deed of ``predicate`` (a gerund or an event noun) is what a copula
    calls an aim ("crushing them is a priority", "the goal is crushing them"), or what
    a colon or an apposition gives as one ("one aim: curbing their influence")."""
    deed = first_conjunct(predicate)  # "repulsing X and crushing Y are priorities"
    head = deed.head
    if deed.dep_ == "appos":
        return _is_aim(head, words)
    if deed.tag_ == "VBG" and deed.i >= 2 and deed.doc[deed.i - 1].text in _INTRODUCING_MARKS:
        return _is_aim(deed.doc[deed.i - 2], words)  # the parser hangs it on the main verb
    if deed.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in deed.children):
        return _aim_subject(deed, words)  # "the goal is crushing them", read as a progressive
    if head.lemma_ != "be" or head is deed:
        return False
    if deed.dep_ in {"csubj", "nsubj"}:
        return any(c.dep_ == "attr" and _is_aim(c, words) for c in head.children)
    return deed.dep_ in {"attr", "xcomp"} and deed.tag_ == "VBG" and _aim_subject(head, words)


def _aim_subject(verb: Token, words: WordLists) -> bool:
    return any(c.dep_ == "nsubj" and _is_aim(c, words) for c in verb.children)


def _is_aim(noun: Token, words: WordLists) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in words.aim_nouns
