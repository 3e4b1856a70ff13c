"""Event verbs in set phrases, and talk with no one: words of an event that tell none.

* Idioms: "held sway over the province", "cut a lonely figure", "has reached a point
  of no return", "the families took refuge in the school", "recognised the error of
  his ways" use a verb whose lexicon entry is an event (a seizure, a cut, a pullback,
  aid, recognition) in a phrase that means something else.  The phrases are data
  (``words.idiom_phrases``, "verb noun": the verb's lemma and the lemma of its object
  or of the object of one of its prepositions).
* Talk about a topic: "the reporter talked about what changed", "when we talk about
  an attack", "she had been talking about leaving" speak of something to no one named,
  no consultation; "spoke to the president about Syria" and "the two sides talked
  about the border" (talk with a partner, or among a plural or joined subject) stay
  talks.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.knowledge.words import WordLists

# The prepositions of a partner in talk: "spoke *to* the envoy", "talked *with* Ankara".
PARTNER_PREPOSITIONS = frozenset({"to", "with"})
# Subject words that speak for many at once and so may talk among themselves.
JOINT_SUBJECT_PRONOUNS = frozenset({"they"})


def in_set_phrase(verb: Token, words: WordLists) -> bool:
    """Whether ``verb`` with its object (or a preposition's object) is a listed idiom."""
    lemma = verb.lemma_.lower()
    if verb.dep_ == "relcl" and f"{lemma} {verb.head.lemma_.lower()}" in words.idiom_phrases:
        return True  # "the dangers that journalists defy" (hc4)
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"} and f"{lemma} {child.lemma_.lower()}" in words.idiom_phrases:
            return True
        if (
            child.dep_ == "prep"
            and any(g.dep_ == "pobj" and f"{lemma} {g.lemma_.lower()}" in words.idiom_phrases for g in child.children)
            # A passive wound is told plainly: "was stabbed in the back" is a stabbing (hd3).
            and not any(c.dep_ == "auxpass" for c in verb.children)
        ):
            return True
    return False


def talks_of_a_topic(verb: Token, words: WordLists) -> bool:
    """Whether a verb of talk tells of a topic only ("talked about the shutdown"), with
    no partner and a single speaker."""
    if verb.lemma_.lower() not in words.topic_talk_verbs:
        return False
    children = list(verb.children)
    preps = {c.lower_ for c in children if c.dep_ == "prep"}
    if "about" not in preps or preps & PARTNER_PREPOSITIONS or any(c.dep_ == "dobj" for c in children):
        return False
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if not subjects:
        return False  # "getting both sides to talk about ...": who talks is told elsewhere
    return not any(s.tag_ in {"NNS", "NNPS"} or s.conjuncts or s.lower_ in JOINT_SUBJECT_PRONOUNS for s in subjects)
