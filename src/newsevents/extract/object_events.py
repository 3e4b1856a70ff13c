"""The parties of an event noun a verb takes as its object.  "The regime ended its
*support for the rebels*" is done to the rebels, "the US encouraged *the overthrow of
the government*" concerns the government: who the object's event is for, or whom it
is done to (its "of" complement), is the verb's recipient when nothing before it is.
They come right after the object itself, so a doer the object names still comes first
("condemned the Russian attack on the port": Russia, resolve/parties.py).  Not the "of"
of a noun that moves its own people ("ended the withdrawal of troops"), nor of a demand
("demanded the release of the journalists" asks their captors)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from newsevents.entities import PARTY_LABELS
from newsevents.extract.clauses import Clause
from newsevents.extract.lexicon_lookup import noun_entry
from newsevents.extract.named_recipients import with_named_recipients
from newsevents.extract.noun_event_parties import with_noun_event_parties
from newsevents.extract.noun_parties import naming_owner
from newsevents.extract.phrases import candidate_phrases, names_people
from newsevents.extract.predicates import prepositional_objects
from newsevents.extract.shared_objects import with_shared_object
from newsevents.knowledge.lexicon import load_event_lexicon
from newsevents.knowledge.words import WordLists


def with_object_event_parties(clause: Clause, words: WordLists) -> Clause:
    """The clause with the parties of its object events after each such object; a
    nominal clause with the party the words around it name (extract/noun_event_parties.py);
    a verb with the object it shares with the next (extract/shared_objects.py)."""
    clause = with_named_recipients(clause, words)  # "hit back at comments made by Putin"
    if clause.nominal:
        return with_noun_event_parties(clause, words)
    clause = with_shared_object(clause, words)  # "shot and wounded three villagers"
    candidates: list[Span] = []
    for phrase in clause.recipient_candidates:
        candidates.append(phrase)
        for party in candidate_phrases(_event_parties(phrase.root, words), words):
            known = {known.root for known in candidates + clause.recipient_candidates}
            if party.root not in known and party.root.head not in known:  # "Somali" of a known "Somali army"
                candidates.append(party)
    if len(candidates) == len(clause.recipient_candidates):
        return clause
    return replace(clause, recipient=candidates[0], recipient_candidates=candidates)


def _event_parties(noun: Token, words: WordLists) -> list[Token]:
    """Who the event a verb's direct object names is for or done to."""
    if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or not names_event_word(noun, words):
        return []
    parties = prepositional_objects(noun, words.beneficiary_prepositions)
    demand = noun.head.lemma_.lower() in words.mandative_verbs  # "demanded the release of X": its captors are asked
    if not demand and noun.lemma_.lower() not in words.self_moving_nouns:
        parties += prepositional_objects(noun, {"of"})
    found = [naming_owner(party, words) if _is_act(party, words) else party for party in parties]
    return [party for party in found if party is not None and _names_party(party)]


def _is_act(token: Token, words: WordLists) -> bool:
    """An event, whose owner is the party: "withdrew support for *Riyadh's* war" is done
    to Riyadh; not people ("the return of the Assad forces")."""
    return not names_people(token) and token.ent_type_ not in PARTY_LABELS and names_event_word(token, words)


def _names_party(token: Token) -> bool:
    """People or a named body: "support for the rebels", "for Riyadh"; not a thing
    ("suspended sales of arms", "support for the plan")."""
    return names_people(token) or token.ent_type_ in PARTY_LABELS


def names_event_word(noun: Token, words: WordLists) -> bool:
    """Whether a noun names an event: an event noun, or one the event lexicon types."""
    return noun.lemma_.lower() in words.event_nouns or noun_entry(noun, load_event_lexicon())[0] is not None
