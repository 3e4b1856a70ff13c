"""Who a subject "they" is when the text before named its members together: "May and
Trump spoke on Thursday ... They agreed", "Putin, along with Erdogan and Rouhani, met in
Sochi; they agreed".  The members are the group: the first named is the record's actor,
the others its co-actors (docs/actors.md, "Inside an article")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.phrases import conjuncts, noun_phrase
from newsevents.records import Actor
from newsevents.resolve.antecedents import window_before

if TYPE_CHECKING:
    from newsevents.resolve.referents import TextReferents

SUBJECTS = ("nsubj", "nsubjpass")
GROUP_SUBJECT_PRONOUNS = frozenset({"they"})
# "Putin, along with Erdogan": a partner joined to the subject by a preposition
ACCOMPANYING_PREPOSITIONS = frozenset({"with", "alongside"})
JOINING_ADVERBS = frozenset({"along", "together"})  # "along with", "together with"
MAX_MEMBERS = 4


def coordinated_members(referents: TextReferents, span) -> list[Actor]:
    """For a subject "they": the named parties of the nearest plural subject before it
    (its sentence and the two before), when that subject is a coordination of names
    ("A and B", "A, along with B and C") each of which the tables place in a country;
    [] otherwise (a plural noun nearer, "the officials", is what "they" names)."""
    doc = getattr(span, "doc", None)
    if doc is None or len(span) != 1 or span[0].lower_ not in GROUP_SUBJECT_PRONOUNS or span[0].dep_ not in SUBJECTS:
        return []
    if not doc.has_annotation("DEP"):
        return []
    window = window_before(span)
    for token in reversed(window):
        if token.dep_ not in SUBJECTS or token.pos_ == "PRON" or token.head.i >= span.start:
            continue
        members = conjuncts(token) + _accompanying(token)
        if len(members) < 2:
            if token.tag_ in ("NNS", "NNPS"):
                return []  # "the officials said they", "the two leaders said they": the noun, as before
            continue  # "the prime minister said they agreed": they are named before
        return _placed(referents, [noun_phrase(member) for member in members][:MAX_MEMBERS], span)
    return []


def _accompanying(subject) -> list:
    """The partners of "Putin, along with Erdogan and Rouhani, met": Erdogan and
    Rouhani, whether the parser hangs "with" on the subject or on the verb after it."""
    verb = subject.head
    prepositions = [child for child in subject.children if child.dep_ == "prep"] + [
        child for child in verb.children if child.dep_ == "prep" and subject.i < child.i < verb.i
    ]
    found = []
    for preposition in prepositions:
        if preposition.lower_ not in ACCOMPANYING_PREPOSITIONS:  # "along with": the "with" under "along"
            preposition = next((child for child in preposition.children if child.lower_ == "with"), None)
            if preposition is None or preposition.head.lower_ not in JOINING_ADVERBS:
                continue
        for partner in preposition.children:
            if partner.dep_ == "pobj":
                found += conjuncts(partner)
    return found


def _placed(referents: TextReferents, phrases: list, span) -> list[Actor]:
    """Each member as an Actor with the pronoun's words, or [] when one is not a named
    party of a known country (then "they" may be anyone among them and others)."""
    found = []
    for phrase in phrases:
        actor = referents.named_party(phrase)
        if actor is None or actor.country is None:
            return []
        found.append(Actor(text=span.text, country=actor.country, sector=actor.sector, name=actor.name))
    return found
