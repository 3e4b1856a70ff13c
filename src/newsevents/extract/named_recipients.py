"""Recipients a sentence names in words the clause reader passes over.

- The one who said what the event acts on: "hit back at *comments made by* Putin",
  "lashed out at remarks *by* the minister" are aimed at the speaker; a claim or a
  statement itself is never the recipient (its owner "rejected Putin's claim" is read
  by resolve/parties.py).
- Those an attack noun says are "under" it: "Kurdish leaders *under attack from*
  Ankara" are the attack's recipients (its "from" is its doer, extract/roles.py), and
  so is the subject that "came under attack" or "was under attack".

- Those a bare count after a first count stands for: "killed three soldiers and wounded
  *another seven*", "killed 50 people and injured *hundreds*" (hc5) hurt more soldiers,
  more people: the first verb's object comes before the count.

- The one an "against" names though the parse hangs it on the place the verb's deed is
  set in: "launched an operation in the enclave of Afrin *against the YPG*" (hc5).

Each adds the party's phrase as a recipient candidate right after the phrase it is
read from, so a party the clause names itself still comes first."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from newsevents.entities import PARTY_LABELS
from newsevents.extract.clauses import Clause, noun_phrase
from newsevents.extract.lexicon_lookup import noun_entry
from newsevents.extract.noun_parties import participle_agent
from newsevents.extract.phrases import names_people
from newsevents.extract.predicates import prepositional_objects
from newsevents.knowledge.lexicon import load_event_lexicon
from newsevents.knowledge.words import WordLists

SETTING_PREPOSITIONS = frozenset({"in", "inside", "across", "near", "around", "outside"})
COUNT_STAND_INS = frozenset({"other", "others", "more"})  # "wounded 12 others", "three more"


def with_named_recipients(clause: Clause, words: WordLists) -> Clause:
    """The clause with the speakers of the statements it acts on after them, and a
    nominal attack's party "under" it when it names no recipient."""
    if clause.nominal:
        return _with_held_under(clause, words)
    counted = _counted_before(clause.predicate, words)
    if counted is not None:
        others = [p for p in clause.recipient_candidates if p.root.head != clause.predicate or p.root.dep_ != "dobj"]
        clause = replace(clause, recipient=counted, recipient_candidates=[counted, *others])
    opposed = _opposed_beyond_setting(clause.predicate, words)
    if opposed is not None and all(opposed.root != known.root for known in clause.recipient_candidates):
        candidates_known = [*clause.recipient_candidates, opposed]
        clause = replace(clause, recipient=candidates_known[0], recipient_candidates=candidates_known)
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


def _opposed_beyond_setting(verb: Token, words: WordLists) -> Span | None:
    """The party "against" names on a place the verb or its object is set "in"; the
    parse's attachment, not the sense ("an offensive in Idlib against the rebels").
    Not a deed it is set in: "a lifeline in their battle against Assad" is no aid to him."""
    holders = [verb, *(child for child in verb.children if child.dep_ == "dobj")]
    for place in (g for holder in holders for g in prepositional_objects(holder, SETTING_PREPOSITIONS)):
        opposed = next(iter(prepositional_objects(place, {"against"})), None)
        if opposed is None or not _names_party(opposed) or _names_deed(place, words):
            continue
        return noun_phrase(opposed)
    return None


def _names_deed(noun: Token, words: WordLists) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in words.event_nouns or lemma in words.undertaking_nouns or lemma in words.gathering_nouns:
        return True
    return noun_entry(noun, load_event_lexicon())[0] is not None


def _counted_before(verb: Token, words: WordLists) -> Span | None:
    """The people the verb's bare count object stands for, named as the object of the
    verb it is joined to: "killed three soldiers and wounded *another seven*"."""
    if verb.dep_ != "conj":
        return None
    count = next((child for child in verb.children if child.dep_ == "dobj"), None)
    if count is None or not _bare_count(count, words):
        return None
    first = next((child for child in verb.head.children if child.dep_ == "dobj"), None)
    if first is None or first.pos_ not in {"NOUN", "PROPN"} or not _names_party(first):
        return None
    return noun_phrase(first)


def _bare_count(token: Token, words: WordLists) -> bool:
    """A number, "hundreds" or "others" with no noun of its own ("two of the men" has one)."""
    if any(child.dep_ == "prep" and child.lower_ == "of" for child in token.children):
        return False
    lemma = token.lemma_.lower()
    return token.pos_ == "NUM" or lemma in words.counting_nouns or lemma in COUNT_STAND_INS


def _held_under(attack: Token, words: WordLists) -> Token | None:
    """The people a bare attack noun is "under": "leaders under attack", "fighters under
    assault"; not what an agreement governs ("the fighters under the truce")."""
    if attack.dep_ != "pobj" or attack.head.lower_ != "under" or attack.lemma_.lower() not in words.event_nouns:
        return None
    if any(child.dep_ in {"det", "poss"} for child in attack.children):
        return None
    held = attack.head.head  # not a verb's ("invited leaders under attack" may be "invited under attack")
    if held.lemma_.lower() in words.coming_under_verbs:  # "the fighters came under attack": the fighters
        held = next((child for child in held.children if child.dep_ in {"nsubj", "nsubjpass"}), held)
    return held if held.pos_ in {"NOUN", "PROPN"} and _names_party(held) else None


def _names_party(token: Token) -> bool:
    return token.pos_ != "PRON" and (token.ent_type_ in PARTY_LABELS or names_people(token))
