"""Leaving a body or a pact: "Britain left the EU", "Burundi withdrew from the ICC",
"the US pulled out of the Paris agreement".  The PLOVER manual codes withdrawing
oneself from a group, a mediation or an organisation as SANCTION `withdraw`; RETREAT
`withdraw` is for forces pulled back from territory.  CAMEO has no code of its own for
it: 160 (reduce relations).  The thing left is the verb's object or the object of its
"from" / "of" ("pulled out of"), an organisation's acronym or one of
``words.membership_bodies``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.knowledge.words import WordLists

MEMBERSHIP_WITHDRAWAL = "membership_withdrawal"
LEFT_PREPOSITIONS = frozenset({"from", "of"})


def leaves_a_body(verb: Token, words: WordLists) -> bool:
    """Whether ``verb`` (a verb of withdrawal) tells a party leaving a body or a pact,
    done: an announced leaving ("would withdraw from the deal") keeps its reading."""
    if verb.tag_ != "VBD" or any(c.tag_ == "MD" for c in verb.children):
        return False
    left = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in LEFT_PREPOSITIONS):
        left.extend(g for g in prep.children if g.dep_ == "pobj")
    for particle in (c for c in verb.children if c.dep_ == "prt"):  # "pulled out of the deal"
        for prep in (c for c in particle.children if c.dep_ == "prep" and c.lower_ in LEFT_PREPOSITIONS):
            left.extend(g for g in prep.children if g.dep_ == "pobj")
    return bool(left) and all(_body(thing, words) for thing in left)


def _body(thing: Token, words: WordLists) -> bool:
    if thing.ent_type_ == "ORG" and thing.is_upper and len(thing) > 1:
        return True  # "the EU", "the ICC": an acronym (a town may be tagged ORG too)
    return thing.lemma_.lower() in words.membership_bodies
