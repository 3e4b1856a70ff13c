"""The part of a party phrase that says who the party is, without the clause after it
that tells what it did or what befell it: "a former British soldier | arrested in
Turkey", "the family of a Dutch aid worker | held in Iran", "Kurdish fighters, | who
are backed by the US".  The tables read a phrase's last country word as its own, so
the country named in such a clause would be taken for the party's (docs/actors.md)."""

from __future__ import annotations

# The dependents that open a clause on a noun: a participle or a relative clause.
CLAUSE_DEPS = frozenset({"acl", "relcl"})


def without_clause(span):
    """The span cut before the first clause on its head, or on the object of an "of"
    after it ("the parents of a British man | detained in Syria"); None when it has
    no such clause or nothing would be left before it."""
    root = getattr(span, "root", None)
    if root is None or not hasattr(root, "doc"):
        return None
    heads = [root]
    of = next((child for child in root.children if child.dep_ == "prep" and child.lower_ == "of"), None)
    if of is not None:
        heads += [child for child in of.children if child.dep_ == "pobj"]
    starts = [
        child.left_edge.i for head in heads for child in head.children if child.dep_ in CLAUSE_DEPS and child.i > head.i
    ]
    cut = min(starts, default=span.end)
    while cut > span.start and not span.doc[cut - 1].is_alpha and not span.doc[cut - 1].is_digit:
        cut -= 1  # "Kurdish fighters," : the comma before the clause
    if cut <= span.start or cut >= span.end:
        return None
    return span.doc[span.start : cut]
