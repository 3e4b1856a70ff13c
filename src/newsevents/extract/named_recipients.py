"""Recipients a sentence names in words the clause reader passes over.

- The one who said what the event acts on: "hit back at *comments made by* Putin",
  "lashed out at remarks *by* the minister" are aimed at the speaker; a claim or a
  statement itself is never the recipient (its owner "rejected Putin's claim" is read
  by resolve/parties.py).
- Those an attack noun says are "under" it: "Kurdish leaders *under attack from*
  Ankara" are the attack's recipients (its "from" is its doer, extract/roles.py).

Each adds the party's phrase as a recipient candidate right after the phrase it is
read from, so a party the clause names itself still comes first."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from newsevents.entities import PARTY_LABELS
from newsevents.extract.clauses import Clause, noun_phrase
from newsevents.extract.noun_parties import participle_agent
from newsevents.extract.phrases import names_people
from newsevents.extract.predicates import prepositional_objects
from newsevents.knowledge.words import WordLists


def with_named_recipients(clause: Clause, words: WordLists) -> Clause:
    """The clause with the speakers of the statements it acts on after them, and a
    nominal attack's party "under" it when it names no recipient."""
    if clause.nominal:
        return _with_held_under(clause, words)
    candidates: list[Span] = []
    for phrase in clause.recipient_candidates:
        candidates.append(phrase)
        speaker = _speaker(phrase.root, words)
        if speaker is not None and all(speaker.root != known.root for known in clause.recipient_candidates):
            candidates.append(speaker)
    if len(candidates) == len(clause.recipient_candidates):
        return clause
    return replace(clause, recipient=candidates[0], recipient_candidates=candidates)


def _with_held_under(clause: Clause, words: WordLists) -> Clause:
    """The nominal attack clause with the people "under" it as its recipient, after
    its "from" (its doer, extract/roles.py) and the words inside that."""
    held = _held_under(clause.predicate, words)
    if held is None:
        return clause
    sources = [p for p in clause.recipient_candidates if p.root.head.lower_ == "from"]
    inside = [p for p in clause.recipient_candidates if any(s.start <= p.start < s.end for s in sources)]
    if len(inside) != len(clause.recipient_candidates):
        return clause  # the attack names a recipient of its own
    candidates = [*sources, noun_phrase(held), *(p for p in inside if p not in sources)]
    return replace(clause, recipient=candidates[0], recipient_candidates=candidates)


def _speaker(statement: Token, words: WordLists) -> Span | None:
    """Who made a statement, claim or proposal the verb acts on, in the words after it:
    "comments made by Putin", "remarks by the minister"."""
    if statement.pos_ != "NOUN" or statement.lower_ not in words.statement_nouns | words.party_act_nouns:
        return None
    made_by = participle_agent(statement)
    if made_by is not None:
        return made_by if _names_party(made_by.root) else None
    by = next(iter(prepositional_objects(statement, {"by"})), None)
    return noun_phrase(by) if by is not None and _names_party(by) else None


def _held_under(attack: Token, words: WordLists) -> Token | None:
    """The people a bare attack noun is "under": "leaders under attack", "fighters under
    assault"; not what an agreement governs ("the fighters under the truce")."""
    if attack.dep_ != "pobj" or attack.head.lower_ != "under" or attack.lemma_.lower() not in words.event_nouns:
        return None
    if any(child.dep_ in {"det", "poss"} for child in attack.children):
        return None
    held = attack.head.head  # not a verb's ("invited leaders under attack" may be "invited under attack")
    return held if held.pos_ in {"NOUN", "PROPN"} and _names_party(held) else None


def _names_party(token: Token) -> bool:
    return token.pos_ != "PRON" and (token.ent_type_ in PARTY_LABELS or names_people(token))
