"""Events that a sentence tells only as denied.

"The minister denied that the army had shelled the village", "the militants denied
they had detained him", "the ministry dismissed claims that its jets bombed the
market", "the militia denied attacking the convoy": the denial is an event of its
own (REJECT, CAMEO 016), and what it denies is told as not having happened, so its
modality is negated (extract/modality.py), never asserted.  A denial of access or of
a request ("denied access to the camp", "the request was denied") governs no clause
and is left alone.  An event named after "without" ("held the valley without air support
from the US", "ruled without threats from Ankara", "acted without consulting them") is
told as absent: negated too, and so is one done "no longer" ("the militia no longer
holds the town": it ended, nothing is done).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.knowledge.words import WordLists

# How a denial verb reaches a clause it denies: "denied (that) X did", "denied doing".
_DENIED_CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
# How a claim noun ("reports", "claims") reaches the clause it states.
_CLAIM_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl"})


def denied(predicate: Token, words: WordLists) -> bool:
    """Whether ``predicate`` is the clause of a denial: the complement of a verb of
    denial ("denied the troops had fired"), a gerund it takes ("denied firing"), the
    or the clause of a claim it rejects ("dismissed reports that the troops fired")."""
    head = predicate.head
    if head is predicate:
        return False
    if predicate.dep_ in _DENIED_CLAUSE_DEPS and _denies(head, words):
        return predicate.dep_ == "ccomp" or predicate.tag_ == "VBG"
    if predicate.dep_ in _CLAIM_CLAUSE_DEPS and _lemma(head) in words.claim_nouns:  # "claims" may be read as a verb
        return head.dep_ == "dobj" and _denies(head.head, words, claims=True)
    return False


def absent(predicate: Token) -> bool:
    """Whether ``predicate`` is what "without" names ("without US air support", "without
    consulting parliament") or is done "no longer" ("they no longer hold territory",
    "the army no longer shells the town"): told as not there.  "Would no longer
    cooperate" announces a break and is left to the reading of the statement."""
    head = predicate.head
    if predicate.dep_ in {"pobj", "pcomp"} and head.lower_ == "without" and head.dep_ == "prep":
        return True
    children = list(predicate.children)
    if any(c.tag_ == "MD" for c in children):
        return False  # "would no longer cooperate with France": an announced break, a statement
    return any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in children
    )


def denies_a_report(verb: Token, words: WordLists) -> bool:
    """ "denied reports that the camp was shelled", "rejected reports that the decision
    came out of the blue": a report set straight, no one's demand or claim refused (no
    REJECT; the deed its clause tells is negated, ``denied``).  "rejected Ankara's
    claim" refuses a party's; "refuted reports of withdrawing its envoy" names the
    denier's own deed in the report, the denial of it a REJECT (PLOVER)."""
    lemma = _lemma(verb)
    if lemma not in words.denial_verbs and lemma not in words.dismissal_verbs:
        return False
    reports = [c for c in verb.children if c.dep_ == "dobj" and _lemma(c) in words.report_nouns]
    return any(
        not any(g.dep_ == "poss" for g in report.children)
        and any(g.dep_ in _CLAIM_CLAUSE_DEPS for g in report.children)
        for report in reports
    )


def scant(predicate: Token, words: WordLists) -> bool:
    """ "barely a word of protest", "hardly a sign of a pullback", "no sign of a
    withdrawal": an event named only by a trace that is denied."""
    trace = predicate.head.head if predicate.dep_ == "pobj" and predicate.head.lower_ == "of" else None
    if trace is None or trace.lemma_.lower() not in words.trace_nouns:
        return False
    return any(
        (c.dep_ == "advmod" and c.lower_ in words.scant_adverbs) or (c.dep_ == "det" and c.lower_ == "no")
        for c in trace.children
    )


def _denies(verb: Token, words: WordLists, claims: bool = False) -> bool:
    """A verb of denial ("deny", "refute"); of claims also one of dismissal ("dismissed
    reports that ..."), which denies what the claim says."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = _lemma(verb)
    negated = any(child.dep_ == "neg" for child in verb.children)  # "did not deny that ..."
    return not negated and (lemma in words.denial_verbs or (claims and lemma in words.dismissal_verbs))


def _lemma(token: Token) -> str:
    return token.lemma_.lower()
