"""Recipients the clause's grammar leaves out (docs/actors.md, "Recipients the verb
leaves out"): the one a request is made of, in a "from" after what is asked for
("pleaded for help *from the government*", "asked for a briefing *from the
ministry*"), and a pronoun let or not let do something ("the army is not allowing
*them* to leave"), and the one a thing is given "for" ("provided arms *for the
militias*", "offered places for 23,000 refugees").  A pronoun stays
a candidate only: resolve/parties.py keeps it when the article's memory codes it."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.extract.clauses import Clause
from newsevents.extract.phrases import names_people, noun_phrase
from newsevents.knowledge.words import WordLists


def with_asked_parties(clause: Clause, words: WordLists) -> Clause:
    """The clause with the parties asked, let or given for, after its other recipient
    candidates."""
    if clause.nominal or clause.actor is None:
        return clause  # "a plea for help from the families": the families plead
    found = [*_asked_of(clause.predicate, words), *_let_pronouns(clause.predicate, words)]
    found += _given_for(clause.predicate, words)
    known = {phrase.root.i for phrase in clause.recipient_candidates}
    extra = [noun_phrase(token) for token in found if token.i not in known]
    if not extra:
        return clause
    candidates = [*clause.recipient_candidates, *extra]
    return replace(clause, recipient=candidates[0], recipient_candidates=candidates)


def _asked_of(verb: Token, words: WordLists) -> list[Token]:
    """The "from" of what a verb asks "for": "pleading for help from the Americans"."""
    found = []
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ != "for":
            continue
        for asked in (g for g in child.children if g.dep_ == "pobj" and g.lemma_.lower() in words.requested_nouns):
            for source in (c for c in asked.children if c.dep_ == "prep" and c.lower_ == "from"):
                found += [g for g in source.children if g.dep_ == "pobj"]
    return found


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
