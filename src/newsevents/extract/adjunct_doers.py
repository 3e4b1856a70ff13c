"""Whether an event noun in a phrase of place or time on a verb is done by that verb's
subject, which decides whether the noun's clause borrows the subject as its actor.

"Erdogan spoke *from* a meeting with Putin", "Turkish troops were *on* the offensive":
the subject's own event.  A phrase that orders events in time ("*after*", "*before*",
"*following*", "*since*") tells another one, often someone else's: "the minister
resigned after the arrest of two aides" (not the arrester), "the government closed the
border after the bombing of a market".  There the subject takes part only in a joint act
("spoke after talks", "retreated following clashes", "after a meeting *with* Putin"), or
in one it gave in or died after ("surrendered after a long blockade": the sufferer, read
by extract/clauses.py).  Its own deed told by a possessive ("after *its* bombing of")
or by a gerund it does ("after launching an attack") is read before this is asked.

The subject of a passive verb suffered the event it hangs from ("was flown to Ankara
after being wounded *in* an ambush"): it is the recipient, not the doer.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.predicates import is_passive
from newsevents.knowledge.words import WordLists

PARTNER_PREPOSITION = "with"  # "a meeting with Putin": the other party, so the subject is one


def shares_clause_subject(noun: Token, words: WordLists) -> bool:
    """Whether the event noun, the object of a preposition of place or time on a verb,
    is done by that verb's subject."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.lower_ not in words.shared_subject_prepositions:
        return False
    verb = preposition.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if preposition.lower_ not in words.sequence_prepositions:
        return True
    return suffered_by_subject(verb, words) or _joint_act(noun, words)


def _joint_act(noun: Token, words: WordLists) -> bool:
    """ "talks", "clashes", "a deal with Ankara": an act of two sides."""
    joint = words.joint_act_nouns | words.gathering_nouns
    if noun.lemma_.lower() in joint or noun.lower_ in joint:
        return True
    return any(child.dep_ == "prep" and child.lower_ == PARTNER_PREPOSITION for child in noun.children)


def suffered_by_subject(verb: Token, words: WordLists) -> bool:
    """ "surrendered after a long blockade", "died after the shelling", "after being
    wounded in an ambush": the verb's subject is the one the event was done to."""
    return gave_in_or_died(verb, words) or is_passive(verb)


def gave_in_or_died(verb: Token, words: WordLists) -> bool:
    """ "surrendered", "died": the subject is the one the event was done to, before any
    target the noun names ("a blockade of the town"); the subject of a passive comes
    after that target ("believed to have been killed in an attack on Mosul": Mosul)."""
    return verb.lemma_.lower() in words.yielding_verbs | words.suffering_verbs
