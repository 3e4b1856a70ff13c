"""Refusals told by a negation, and acts told as not done.

A negated cooperative act is a refusal (REJECT, extract/operators.py) when what is
denied is a will, an ability or a response: "will not accept the deal", "cannot
deliver", "had not accepted the safe passage deal", "did not give permission", "the
decision not to extradite him".  That refusal happened: its modality is asserted, not
negated (extract/modality.py).  A past act that simply did not take place ("did not
sign the letter", "was not consulted", "has not yet confirmed") is no refusal: the act
keeps its own type, negated.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.predicates import is_to_infinitive
from newsevents.knowledge.words import WordLists

# "cannot", "could not": a negated ability is a refusal, not a possibility.
REFUSING_MODALS = frozenset({"can", "ca", "could"})
# Auxiliaries of a past or perfect negation ("did not sign", "has not yet confirmed").
PAST_AUXILIARIES = frozenset({"did", "has", "have", "had", "was", "were", "been", "'ve"})


def refuses_by_negation(predicate: Token, words: WordLists) -> bool:
    """Whether the negation on ``predicate`` is a refusal: a will or an ability denied
    ("will not accept", "cannot deliver"), a response withheld ("had not accepted the
    deal", "did not give permission"), a decision not to act ("the decision not to
    extradite him").  Not a verb that refuses by itself ("did not reject"), a
    possibility or a demand ("may not recognise", "should not be allowed"), a question
    ("why does he not help?"), nor what simply did not or does not happen ("did not
    sign the letter", "the tents do not provide shelter")."""
    if not _negation_of_act(predicate, words) or any(t.text == "?" for t in predicate.sent if t.i > predicate.i):
        return False
    auxiliaries = _auxiliaries(predicate)
    open_modals = (words.hypothetical_modals - REFUSING_MODALS) | words.demand_modals | words.appeal_modals
    if auxiliaries & open_modals:
        return False
    if auxiliaries & (REFUSING_MODALS | words.future_auxiliaries) or _response(predicate, words):
        return True
    return predicate.dep_ == "acl" and is_to_infinitive(predicate) and _lemma(predicate.head) in words.announcing_nouns


def refused_errand(verb: Token, words: WordLists) -> bool:
    """What a verb of refusal governs ("refused to *send* troops", "declined to *lift* a
    finger"): not done (hc3)."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words.refusal_verbs


def denies_past_act(predicate: Token, words: WordLists) -> bool:
    """A past act told as not done ("did not sign the letter", "was not consulted",
    "has not yet confirmed"): no event, and no refusal either, save for a verb of
    response, whose absence is the refusal ("had not accepted the deal")."""
    if not _negation_of_act(predicate, words) or _response(predicate, words):
        return False
    auxiliaries = _auxiliaries(predicate)
    return bool(auxiliaries & PAST_AUXILIARIES) or (predicate.tag_ == "VBD" and not auxiliaries)


def _response(verb: Token, words: WordLists) -> bool:
    """A verb of response ("accept", "allow"), or one with a response for its object
    ("give permission")."""
    if _lemma(verb) in words.response_verbs:
        return True
    return any(c.dep_ == "dobj" and _lemma(c) in words.response_objects for c in verb.children)


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _negation_of_act(predicate: Token, words: WordLists) -> bool:
    lemma = predicate.lemma_.lower()
    return lemma not in words.refusal_verbs and any(child.dep_ == "neg" for child in predicate.children)


def _auxiliaries(verb: Token) -> set[str]:
    return {child.lower_ for child in verb.children if child.dep_ in {"aux", "auxpass"}}


def declines_to_disclose(verb: Token, words: WordLists) -> bool:
    """ "An official, who refused to be named", "declined to comment on", "refused
    to put their names to": a source keeps something from the reporter, a refusal to
    comment (CAMEO 011), no refusal of anyone's demand.  Questions put to someone ("refused
    to answer questions from the inquiry") are a demand, and refusing them is a REJECT."""
    if _lemma(verb) not in words.refusal_verbs:
        return False
    for step in (c for c in verb.children if c.dep_ == "xcomp"):
        if _lemma(step) in words.disclosure_verbs:
            return not _questions_put(step)
        if any(c.dep_ == "dobj" and _lemma(c) in {"name", "detail"} for c in step.children):
            return True  # "refused to put their names to", "declined to give details"
    return False


def _questions_put(verb: Token) -> bool:
    """ "answer questions", "answer the committee's questions": questions someone put."""
    return _lemma(verb) == "answer" and any(c.dep_ == "dobj" and _lemma(c) == "question" for c in verb.children)
