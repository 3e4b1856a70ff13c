"""Event nouns only weighed by a "would be" judgement, not told as done.

"A withdrawal would be a huge mistake", "a ceasefire would be the next logical step",
"the path to a ceasefire would be the next step": the writer or a speaker judges an
event that nobody says has happened (judged Guardian samples call such a record wrong).
Only an event noun with no doer of its own and no definite article: "France's refusal
to offer ... would be in breach of the treaty" judges a refusal that happened, and "the
talks would be productive" one already named.  "could", "might" and "any" already make
such a noun hypothetical (extract/modality.py); this is the bare "would" of argument.
Each is hypothetical (extract/speculation.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.knowledge.words import WordLists

# What the copula says of its subject: a noun ("a mistake") or an adjective ("disastrous").
_JUDGEMENT_DEPS = frozenset({"attr", "acomp"})


def weighed_by_would(predicate: Token, words: WordLists) -> bool:
    """Whether ``predicate``, an event noun, or the noun whose phrase it ends ("the path
    *to a ceasefire*"), is the subject of a "would be" judgement, and the event noun is
    unowned and indefinite ("a withdrawal", "withdrawal of the force")."""
    if predicate.pos_ not in {"NOUN", "PROPN"} or predicate.ent_type_ or not _unowned_indefinite(predicate, words):
        return False  # "Withdrawal" opening a quote is often tagged a proper noun
    subject = predicate
    if subject.dep_ == "pobj" and subject.head.dep_ == "prep" and subject.head.head.pos_ == "NOUN":
        subject = subject.head.head  # "the path to a ceasefire"
    copula = subject.head
    return (
        subject.dep_ == "nsubj"
        and copula.lemma_ == "be"
        and any(c.dep_ == "aux" and c.lower_ == "would" for c in copula.children)
        and any(c.dep_ in _JUDGEMENT_DEPS for c in copula.children)
    )


def _unowned_indefinite(noun: Token, words: WordLists) -> bool:
    """No possessive doer ("France's refusal") and no determiner but an indefinite one."""
    return not any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in words.indefinite_determiners) for c in noun.children
    )
