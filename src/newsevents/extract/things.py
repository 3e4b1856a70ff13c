"""Things in a recipient's place (docs/actors.md, "Things are no recipient"): a hospital,
a convoy, the healthcare system, intelligence.  A thing is never the party an event is
done to; whoever owns it, when the phrase names them, is ("the regime's hospitals": the
regime; "a Kurdish convoy": the Kurds), else the event
has no recipient ("a clinic was hit")."""

from __future__ import annotations

from spacy.tokens import Span

from newsevents.extract.phrases import names_people, noun_phrase
from newsevents.knowledge.words import WordLists

OWNER_ENTITIES = {"ORG", "NORP", "GPE", "PERSON"}


def names_thing(phrase: Span, words: WordLists) -> bool:
    """Whether a phrase names a thing, not people: its head is a common noun of
    ``thing_nouns`` ("seven hospitals", "the healthcare system", "valuable intelligence")."""
    root = phrase.root
    return root.pos_ == "NOUN" and root.lemma_.lower() in words.thing_nouns and not names_people(root)


def thing_owner(phrase: Span, words: WordLists) -> Span | None:
    """Whose thing a phrase names: a possessor that is no pronoun ("the regime's
    hospitals"), or a nationality or named party before it ("a Kurdish convoy", "UN
    facilities")."""
    if not names_thing(phrase, words):
        return None
    for child in phrase.root.lefts:
        if child.pos_ == "PRON":
            continue  # "their hospitals": whose, the memory does not say here
        if child.dep_ == "poss" or (child.dep_ in {"compound", "amod", "nmod"} and child.ent_type_ in OWNER_ENTITIES):
            return noun_phrase(child)  # not a role word: "the stealth fighter programme" is no fighters'
    return None
