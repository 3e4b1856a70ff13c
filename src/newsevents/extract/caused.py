"""Acts another party is made, let or urged to do: not that party's plan.

"Egypt needs more time to force the rebels to leave" tells no plan of the rebels to
leave, and "the envoy pressed the militia to disarm" no disarming: what one party
makes, lets or urges another do is only wanted until it is done.  Done it is when the
making is ("police forced the crowd to leave": the crowd left), never by urging alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.predicates import is_to_infinitive
from newsevents.knowledge.words import WordLists

MAX_STEPS = 3  # "urged Britain to do more to support the Kurds": support -> do -> urged
# The parties made or urged to act: "forced *them* to leave", "*they* were pressed to compromise".
_CAUSED_PARTY_DEPS = frozenset({"dobj", "nsubjpass"})


def caused_by_another(predicate: Token, words: WordLists) -> bool:
    """Whether ``predicate`` is an act that a governing verb makes, lets or urges
    another party do, and which is not told as done."""
    current = predicate
    for _ in range(MAX_STEPS):
        head = current.head
        linked = current.dep_ == "xcomp" or (current.dep_ == "advcl" and is_to_infinitive(current))
        if not linked or head is current or head.pos_ not in {"VERB", "AUX"}:
            return False
        if current.dep_ == "xcomp" and any(c.dep_ in _CAUSED_PARTY_DEPS for c in head.children):
            lemma = head.lemma_.lower()
            if lemma in words.urging_verbs or lemma in words.mandative_verbs:
                return True
            if lemma in words.compelling_verbs:
                return not _done(head, words)
        current = head
    return False


def _done(verb: Token, words: WordLists) -> bool:
    """A past or perfect verb: "forced", "has forced", "were forced"; not "will be forced"."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    modals = words.future_auxiliaries | words.hypothetical_modals
    if any(a.lower_ in modals or a.lower_ == "to" for a in auxiliaries):
        return False
    if verb.tag_ == "VBG" and not auxiliaries and verb.head is not verb:
        if verb.head.pos_ in {"VERB", "AUX"}:
            return _done(verb.head, words)  # "hurled stones, forcing the police to fire": as done as the hurling
        return verb.dep_ == "acl"  # "stones for an hour forcing the police to fire": told as it happened
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(auxiliaries))
