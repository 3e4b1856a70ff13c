"""Permission given by a thing: "It allowed the government to arrest thousands",
"this lets the militia regroup".  After a past event, a law or a deal, "it" or "this"
makes a deed possible; no party yields anything to anyone, so there is no concession
(PLOVER CONCEDE needs a party that gives way).  The deed it made possible is read on
its own ("arrest").  A party's own "it" is left alone where its permission is a
promise, a refusal or an order ("Turkey said it will not allow ...", "it would let
the convoys enter"): those are told with a modal or a negation, or under a verb of
saying, or they let people move (``words.movement_verbs``), which only a party can.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.knowledge.lexicon import LexiconEntry
from newsevents.knowledge.words import WordLists

ALLOWING = "allow"
THING_PRONOUNS = frozenset({"it", "this"})


def enabled_by_a_thing(verb: Token, entry: LexiconEntry, words: WordLists) -> bool:
    """Whether ``verb`` (an allow-verb) tells a thing making a deed possible."""
    if entry.operator != ALLOWING or verb.dep_ in {"ccomp", "xcomp", "conj"}:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].lower_ not in THING_PRONOUNS:
        return False
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return False  # "it will not allow", "it would let": a party's refusal or promise
    allowed = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "oprd"}]
    if not allowed:
        return False  # "it allowed aid in": a permission, not a deed made possible
    return not any(deed.lemma_.lower() in words.movement_verbs for deed in allowed)
