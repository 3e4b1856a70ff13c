"""The parties of an event as the record gives them: a phrase resolved to an actor
with its words and span in the sentence, the further members of a compound party,
and whether actor and recipient are the same party."""

from __future__ import annotations

from spacy.tokens import Span

from newsevents.extract.clauses import apposition, noun_phrase
from newsevents.extract.roles import names_people
from newsevents.records import Actor
from newsevents.records import Span as TextSpan
from newsevents.resolve.actors import ArticleActors, names_better


def text_span(phrase: Span) -> TextSpan:
    """The phrase's place in its sentence, as the record's evidence gives it."""
    sentence = phrase.sent
    return TextSpan(phrase.start_char - sentence.start_char, phrase.end_char - sentence.start_char, phrase.text)


def members(phrases: list[Span], article_actors: ArticleActors) -> list[Actor]:
    """The further members of a compound party that name someone (an unresolved
    "them" does not)."""
    found = (resolved(phrase, article_actors) for phrase in phrases)
    return [member for member in found if member is not None and (member.code or member.name)]


def resolved(phrase: Span, article_actors: ArticleActors) -> Actor | None:
    """The party a phrase names, with its words and span; a name in apposition wins
    when it says more ("his Turkish counterpart, Recep Tayyip Erdogan")."""
    actor = article_actors.resolve(phrase)
    named = apposition(phrase)
    by_name = article_actors.resolve(named) if named is not None else None
    if by_name is not None and names_better(by_name, actor):
        actor = by_name
    if actor is not None and actor.country is None:
        origin = _origin(phrase, article_actors)
        if origin is not None:
            actor.country = origin.country  # "investigators from the OPCW": IGO
    if actor is not None:
        actor.span = text_span(phrase)
        actor.text = phrase.text
    return actor


def _origin(phrase: Span, article_actors: ArticleActors) -> Actor | None:
    """The body or country a phrase's people come "from" ("a delegation from Syria",
    "investigators from the OPCW"), when the tables code it.  A "from" on the verb
    of an object phrase ("welcome investigators from the OPCW") counts only for a
    named body: "withdrew troops from Syria" are not Syria's."""
    root = phrase.root
    if not names_people(root):
        return None  # "a troop withdrawal from Syria": a thing, not people
    attached = [(child, False) for child in root.rights]
    if root.dep_ == "dobj":
        attached += [(child, True) for child in root.head.rights if child.i > root.i]
    for child, on_verb in attached:
        if child.dep_ != "prep" or child.lower_ != "from":
            continue
        source = next((grand for grand in child.children if grand.dep_ == "pobj"), None)
        if source is None or source.pos_ != "PROPN":
            continue
        found = article_actors.resolve(noun_phrase(source))
        if found is not None and found.country is not None and (found.name is not None or not on_verb):
            return found
    return None


def same_party(actor: Actor, recipient: Actor) -> bool:
    """Whether the actor and the recipient read are one party (the event then has
    no recipient)."""
    if actor.name and actor.name == recipient.name:
        return True
    if actor.country and recipient.country and actor.country != recipient.country:
        return False  # "the two leaders": one phrase, two parties
    return actor.text.lower() == recipient.text.lower()
