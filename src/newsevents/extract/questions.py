"""Events named only inside a direct question.

Comment asks more than it tells: "Who would attack a convoy of aid?", "Why was nothing
said about the planned offensive?", "Can the council accept such a deal?", "What is
worse than bombing a hospital?".  The question asserts no event: the deed it names is
hypothetical (extract/modality.py).  A deed told in a relative clause inside the
question, or in a phrase set before its question word ("After the army shelled the town,
who will rebuild it?"), is still told as done ("Remember the fighters who defended the town?", "How
can we trust a leader who has shelled his own cities?"), and a question quoted after the
deed ("She phoned him and asked, 'Are you safe?'") leaves the deed outside it.
"""

from __future__ import annotations

from spacy.tokens import Token

# Words that open a direct question: a wh-word, or an auxiliary put before its subject.
_QUESTION_WORDS = frozenset({"who", "whom", "what", "which", "why", "how", "where", "when", "whose"})
_INVERTED_AUXILIARIES = frozenset(
    {"can", "could", "will", "would", "should", "shall", "may", "might", "must", "do", "does", "did"}
    | {"is", "are", "was", "were", "has", "have", "had"}
)
# What stops a question from covering a deed: a deed told as done in a relative clause,
# or a clause of its own joined to the question.
_TOLD_DEPS = frozenset({"relcl", "acl", "appos"})
# What may lead a question before its question word: a clause or phrase set off before it.
_LEADING_DEPS = frozenset({"advcl", "prep", "npadvmod", "intj", "punct", "cc"})
_OPENING_PUNCTUATION = frozenset({"“", '"', "‘", "'", "(", "[", "—", "–", "-", ":", ","})


def asked_only(predicate: Token) -> bool:
    """Whether ``predicate`` is the deed of a direct question, not told as done."""
    question = _question_clause(predicate)
    if question is None:
        return False
    current = predicate
    while current.i != question.i:
        if current.dep_ in _TOLD_DEPS or current.head.i == current.i:
            return False
        current = current.head
    return True


def _question_clause(predicate: Token) -> Token | None:
    """The verb of the direct question that ``predicate`` stands in, if any: the head of
    a question mark whose clause opens with a question word or an inverted auxiliary."""
    sentence = predicate.sent
    mark = next((t for t in sentence if t.text == "?" and t.i > predicate.i), None)
    if mark is None:
        return None
    clause = mark.head
    if clause.i == mark.i or not clause.left_edge.i <= predicate.i <= clause.right_edge.i:
        return None
    start = clause.left_edge.i
    for lead in clause.lefts:  # "Now that the town has fallen, what are they doing?"
        if lead.dep_ in _LEADING_DEPS:
            start = max(start, lead.right_edge.i + 1)
    if predicate.i < start:
        return None  # told in what leads the question: "Because of the invasion, why ...?"
    opening = next((t for t in clause.subtree if t.i >= start and t.text not in _OPENING_PUNCTUATION), None)
    if opening is None:
        return None
    word = opening.lower_
    if word in _QUESTION_WORDS:
        return clause
    if word in _INVERTED_AUXILIARIES and opening.dep_ in {"aux", "auxpass", "ROOT"} and opening.i <= clause.i:
        return clause
    return None
