"""Verbs that only describe the noun they modify: a standing state or a role, no event.

"Manbij, *where US special forces are deployed*", "the forces *reportedly deployed*
there", "troops *stationed* in the country" say where a force stands, not that it
was sent anywhere: no MOBILIZE.  "The volunteer group *that rescues* people", "the
hospitals *it supports*", "aid groups *supporting* the UN agencies" say what a
charity, a firm or a community does as its work: no act of aid or support on a day.
Either one with a time of its own ("deployed to the Gulf last week", "which on
Monday delivered food") or in another tense ("are being deployed", "were
stationed", "have been deployed", "which helped") stays an event, as do
relative clauses of one-off acts ("the militants who stormed the embassy").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.knowledge.words import WordLists

# The present of "be": "troops are deployed" stands; "were", "been", "being" moved them.
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})
TIME_LABELS = frozenset({"DATE", "TIME"})
# What a verb takes that is a clause of its own, whose time words are not the verb's.
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp", "conj", "relcl", "acl"})


def stands_placed(verb: Token, words: WordLists) -> bool:
    """A verb of placing a force told as where it stands: a participle after its noun
    ("forces deployed in the country") or a passive in the present ("where US troops
    are currently deployed"), with no doer and no time of its own."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in words.placement_verbs:
        return False
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    if verb.dep_ in {"acl", "amod"}:
        # "would like to see peacekeepers deployed", "ordered troops deployed": the deed wished or ordered
        stative = not auxiliaries and not _object_of(verb.head, words.participle_complement_verbs)
    else:
        stative = len(auxiliaries) == 1 and auxiliaries[0].dep_ == "auxpass" and auxiliaries[0].lower_ in PRESENT_BE
    if not stative or any(child.dep_ == "agent" for child in verb.children):
        return False  # "were deployed", "are being deployed", "deployed by Ankara": someone moved them
    return not has_own_time(verb, words)


def describes_a_role(verb: Token, words: WordLists) -> bool:
    """A relative clause in the simple present or a present participle after its noun
    ("the group that rescues people", "the hospitals it supports", "NGOs supporting the
    agencies"), with no time of its own: what the noun does as its work.  Not a fight
    ("a British woman fighting alongside Kurdish forces"): an armed act, whoever does it."""
    if verb.lemma_.lower() in words.combat_verbs:
        return False
    if verb.dep_ == "relcl":
        present = verb.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    else:
        present = verb.dep_ == "acl" and verb.tag_ == "VBG"
    return present and not has_own_time(verb, words)


def _object_of(noun: Token, verbs: frozenset[str]) -> bool:
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in verbs


def has_own_time(verb: Token, words: WordLists) -> bool:
    """Whether the verb is dated by words of its own ("on Monday", "last week",
    "recently"), not by a clause under it."""
    for child in verb.children:
        if child.dep_ in CLAUSE_DEPS:
            continue
        if child.dep_ == "advmod" and child.lower_ in words.event_time_adverbs:
            return True
        if any(token.ent_type_ in TIME_LABELS for token in child.subtree):
            return True
    return False
