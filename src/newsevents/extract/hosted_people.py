"""Hosting people who fled is sheltering them, PLOVER AID (CAMEO 075, grant asylum),
not a visit received (CONSULT): "Jordan hosts 600,000 refugees", "the towns hosting
thousands of displaced families".  Which nouns name such people is the lexicon's
asylum class ("refugees")."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.lexicon_lookup import noun_entry
from newsevents.knowledge.lexicon import EventLexicon

ASYLUM = "asylum"
HOSTING = "host"
QUANTITY_PREPOSITIONS = frozenset({"of"})  # "thousands *of* refugees"


def hosts_the_displaced(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether what the verb hosts are refugees (its object, or the people a number
    of them counts)."""
    hosted = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    hosted += [
        p
        for obj in list(hosted)
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ in QUANTITY_PREPOSITIONS
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    return any(_asylum_noun(noun, lexicon) for noun in hosted)


def _asylum_noun(noun: Token, lexicon: EventLexicon) -> bool:
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    entry = noun_entry(noun, lexicon)[0]
    return entry is not None and entry.content_class == ASYLUM
