"""Recipients the clause's grammar leaves out (docs/actors.md, "Recipients the verb
leaves out"): the one a request is made of, in a "from" after what is asked for
("pleaded for help *from the government*", "asked for a briefing *from the
ministry*", "requested access to the camp *from Damascus*"), first: a request is made
of the party it comes "from", whatever else its object names; a pronoun let or not
let do something ("the army is not allowing *them* to leave"); and the one a thing is
given "for" ("provided arms *for the militias*", "offered places for 23,000
refugees").  A pronoun stays a candidate only: resolve/parties.py keeps it when the
article's memory codes it."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.extract.clauses import Clause
from newsevents.extract.object_events import names_event_word
from newsevents.extract.phrases import names_people, noun_phrase
from newsevents.extract.predicates import prepositional_objects
from newsevents.extract.received import party_from
from newsevents.knowledge.words import WordLists

# How a clause asked for hangs on the demand: "ordered that X be ...", "called for X to
# be ...", "the demand that X take ...".
ASKED_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "acl"})
# The prepositions naming the other party of an event called for ("talks *with*").
CALLED_EVENT_PREPOSITIONS = frozenset({"with", "against", "on", "upon", "between"})


def with_asked_parties(clause: Clause, words: WordLists) -> Clause:
    """The clause with the parties asked, let or given for, after its other recipient
    candidates; the one a verb of asking asks "from" before them."""
    if clause.actor is None:
        return clause
    if clause.nominal:  # "a plea for help from the families": the families plead
        found = _asked_in_clause(clause.predicate, words)
    else:
        found = _let_pronouns(clause.predicate, words)
        found += _given_for(clause.predicate, words) + _asked_in_clause(clause.predicate, words)
        found += _parties_called_for(clause.predicate, words)
    asked_of = _asked_of(clause.predicate, words) if not clause.nominal else None
    if asked_of is not None and clause.predicate.lemma_.lower() not in words.asking_verbs:
        found, asked_of = [asked_of, *found], None  # "negotiated for help from Russia": a candidate only
    known = {phrase.root.i for phrase in clause.recipient_candidates}
    extra = [noun_phrase(token) for token in found if token.i not in known]
    if not extra and asked_of is None:
        return clause
    candidates = [*clause.recipient_candidates, *extra]
    if asked_of is not None:
        first = next((p for p in candidates if p.root == asked_of), None) or noun_phrase(asked_of)
        candidates = [first, *(p for p in candidates if p.root != asked_of)]
    return replace(clause, recipient=candidates[0], recipient_candidates=candidates)


def _asked_of(verb: Token, words: WordLists) -> Token | None:
    """The party a request is made of, after "from": on a verb of asking or on what it
    asks for ("sought help from Washington", "asked for access to the town from
    Damascus", the parser hanging the "from" on the place asked into), or on what any
    verb asks "for" ("pleading for help from the Americans").  Not where people are to
    leave ("demanded the withdrawal of troops from Idlib")."""
    asked = prepositional_objects(verb, {"for"})
    if verb.lemma_.lower() not in words.asking_verbs:
        requested = [thing for thing in asked if thing.lemma_.lower() in words.requested_nouns]
        return party_from(requested[0], requested[1:]) if requested else None
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    if any(_is_party_word(thing) for thing in objects):
        return None  # whom it asks is its object ("asked officials from the UN to leave")
    asked += objects
    if any(thing.lemma_.lower() in words.departure_nouns for thing in asked):
        return None  # the "from" says where someone is to leave
    # nor what one is sheltered from ("sought protection from the regime")
    asked = [thing for thing in asked if thing.lemma_.lower() not in words.shelter_nouns]
    asked += [place for thing in asked for place in prepositional_objects(thing, words.access_prepositions)]
    return party_from(verb, asked)


def _let_pronouns(verb: Token, words: WordLists) -> list[Token]:
    """A pronoun a verb of permission lets do something: "not allowing them to leave"
    (the parser makes it the subject of the clause let)."""
    if verb.lemma_.lower() not in words.permission_verbs:
        return []
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return [g for c in clauses for g in c.children if g.dep_ == "nsubj" and g.lower_ in words.object_pronouns]


def _given_for(verb: Token, words: WordLists) -> list[Token]:
    """The party a verb of giving gives "for", on the verb or on what it gives:
    "provided arms and air cover *for the Kurdish militias*" (not "for years", "for
    $3m": only people, bodies and named parties)."""
    if verb.lemma_.lower() not in words.giving_verbs:
        return []
    given = [c for c in verb.children if c.dep_ == "dobj"]
    given += [conjunct for thing in given for conjunct in thing.conjuncts]
    found = []
    for head in [verb, *given]:
        for child in head.children:
            if child.dep_ in {"prep", "dative"} and child.lower_ in words.beneficiary_prepositions:
                found += [g for g in child.children if g.dep_ == "pobj" and _is_party_word(g)]
    return found


def _is_party_word(token: Token) -> bool:
    if token.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"}:
        return False
    return names_people(token) or token.ent_type_ in {"ORG", "GPE", "NORP", "PERSON"}


def _asked_in_clause(head: Token, words: WordLists) -> list[Token]:
    """The subject of the clause a demand asks for, when it is a noun: "ordered that
    Begum be stripped", "called for the offensive to be halted", "the demand that
    Germany take them back" (a clause's active subject on a verb is found in
    extract/clauses.py)."""
    if head.lemma_.lower() not in words.mandative_verbs | words.urging_verbs:
        return []
    found = []
    for asked in (c for c in head.children if c.dep_ in ASKED_CLAUSE_DEPS and c.pos_ in {"VERB", "AUX"}):
        marks = {c.lower_ for c in asked.children if c.dep_ == "mark"}
        if asked.dep_ != "ccomp" and not marks & {"that", "for"}:
            continue  # "urged restraint, fearing ...": no clause asked for
        wanted = {"nsubjpass"} if asked.dep_ == "ccomp" and not head.pos_ == "NOUN" else {"nsubj", "nsubjpass"}
        found += [g for g in asked.children if g.dep_ in wanted and g.pos_ in {"NOUN", "PROPN"}]
    return found


def _parties_called_for(verb: Token, words: WordLists) -> list[Token]:
    """The parties of the event a demand or a call is "for": "called for dialogue *with
    Russia*", "pressed for sanctions *against the regime*" (not "for the release *of*
    the hostages": their captors are asked, not the hostages)."""
    if verb.lemma_.lower() not in words.mandative_verbs | words.urging_verbs:
        return []
    called_for = prepositional_objects(verb, {"for"})
    events = [noun for noun in called_for if names_event_word(noun, words)]
    return [party for noun in events for party in prepositional_objects(noun, CALLED_EVENT_PREPOSITIONS)]
