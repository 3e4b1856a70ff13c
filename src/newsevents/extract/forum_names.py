"""A town named only as where a gathering or pact was held or made: "the *Minsk*
agreement", "the *Astana* process", "the *Tehran* summit", "leave the *Warsaw*
summit" (docs/actors.md).  The tables code a capital as its government ("Minsk":
BLR GOV), a side of "the Baghdad-Washington talks"; named alone before such a noun it
is the venue, and neither the doer nor the recipient of the pact or the gathering."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.knowledge.gazetteer import known_place_names
from newsevents.knowledge.words import WordLists
from newsevents.records import Actor

NAMING_DEPS = frozenset({"compound", "nmod", "amod"})  # a proper noun tagged amod too: "the “Minsk” agreement"
# How the tables code a town (its people) and a capital (its government).
TOWN_SECTORS = frozenset({"CVL", "GOV"})


def names_forum(phrase: Span, party: Actor | None, words: WordLists) -> bool:
    """Whether a proper name only names the gathering or pact it modifies: a town the
    tables code as its people, or a capital (a town the gazetteer knows, coded as a
    government); not a country ("the Iran deal" is with Iran), a person, a body
    ("the Kremlin plan") nor one of two names ("the Baghdad-Washington talks", "the
    Moscow and Ankara talks": the sides)."""
    root = phrase.root
    if root.pos_ != "PROPN" or root.dep_ not in NAMING_DEPS or not _names_forum_noun(root.head, words):
        return False
    if _paired(root):
        return False
    if party is None:
        return True
    if party.name is not None or party.sector not in TOWN_SECTORS:
        return party.name is None and party.sector is None and party.country is None
    return party.sector == "CVL" or root.text in known_place_names()


def _names_forum_noun(token: Token, words: WordLists) -> bool:
    # "talks" is listed as it is: its lemma "talk" is a speech, no gathering
    lemma = token.lemma_.lower()
    forums = words.gathering_nouns | words.pact_nouns
    return token.pos_ == "NOUN" and (lemma in forums or token.lower_ in forums)


def _paired(root: Token) -> bool:
    """Whether the name is one of two joined names: "Baghdad-Washington", "Moscow and
    Ankara", or beside another name on the same noun ("the US Sochi talks")."""
    if any(child.dep_ in {"compound", "conj"} and child.pos_ == "PROPN" for child in root.children):
        return True
    others = [c for c in root.head.children if c.i != root.i and c.dep_ in NAMING_DEPS]
    return any(other.pos_ == "PROPN" or other.ent_type_ in {"NORP", "GPE"} for other in others)
