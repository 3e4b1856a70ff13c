"""Agreeing with a view is a statement, no agreement (CAMEO 01; judged Guardian
samples): "the ministers agreed it was highly likely the regime was responsible", "the
two leaders agreed that the attack could not go unanswered" share a judgement and
conclude nothing.  An agreed deed stays an agreement ("agreed that the troops would
withdraw", read by its clause), and so does agreeing to act ("agreed to a pause").
"""

from __future__ import annotations

from spacy.tokens import Token

AGREEING_VERBS = frozenset({"agree", "concur"})


def agrees_with_a_view(verb: Token) -> bool:
    """Whether ``verb`` agrees to a that-clause with no event of its own: called where
    the clause gave no reading (extract/parse_reader.py)."""
    if verb.lemma_.lower() not in AGREEING_VERBS:
        return False
    children = list(verb.children)
    # "the zone will be in place by October, the two leaders agreed": a plan told first
    # and then agreed, no view
    return any(c.dep_ == "ccomp" and c.i > verb.i for c in children) and not any(
        c.dep_ in {"xcomp", "dobj"} for c in children
    )
