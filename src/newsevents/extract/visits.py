"""Who visits and who hosts.  PLOVER codes the visitor of a hosted visit as the actor
and the host as the recipient (CONSULT, "the visitor will always be coded as the
actor"): "Putin hosted Erdogan in Sochi" is Erdogan's visit to Putin, as "Erdogan
visited Putin" is, and "the minister received the delegation" the delegation's.  A
gathering hosted *with* its guests ("hosted talks with the leaders of Iran and
Turkey") has those guests as its visitors.  Not people taken in ("hosts 600,000
refugees", "received 1,000 families": shelter, not a visit) nor what a place houses
("the island hosts British bases")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.entities import PARTY_LABELS
from newsevents.extract.clauses import Clause, further_conjuncts
from newsevents.extract.hosted_people import HOSTING, hosts_the_displaced
from newsevents.extract.lexicon_lookup import noun_entry
from newsevents.extract.phrases import is_role_word, noun_phrase
from newsevents.knowledge.actors import load_sector_words
from newsevents.knowledge.lexicon import load_event_lexicon
from newsevents.knowledge.words import WordLists

GATHERING_CLASSES = frozenset({"meet", "negotiate"})  # "hosted talks", "hosts a summit"
DISPLACED_SECTOR = "REF"  # refugees, migrants, the displaced (actors.yaml sector words)
GUEST_PREPOSITIONS = frozenset({"with", "for"})  # "a summit with Russia", "a dinner for the king"


def with_visitor_as_doer(clause: Clause, words: WordLists) -> Clause:
    """The clause with the guest of a hosted visit as its doer and the host as its
    recipient; any other clause as it is."""
    verb = clause.predicate
    if clause.nominal or clause.passive or clause.actor is None or verb.lemma_.lower() not in words.visit_hosting_verbs:
        return clause
    lexicon = load_event_lexicon()
    if hosts_the_displaced(verb, lexicon):
        return clause
    guest = _guest(verb, words)
    if guest is None:
        return clause
    inside = range(guest.left_edge.i, guest.right_edge.i + 1)
    others = [phrase for phrase in clause.recipient_candidates if phrase.root.i not in inside]
    return replace(
        clause,
        actor=noun_phrase(guest),
        co_actors=further_conjuncts(guest),
        recipient=clause.actor,
        recipient_candidates=[clause.actor, *others],
    )


def _guest(verb: Token, words: WordLists) -> Token | None:
    """The party hosted: the verb's object, or the one a hosted gathering is held with."""
    lexicon = load_event_lexicon()
    for hosted in (c for c in verb.children if c.dep_ == "dobj"):
        if _counted(hosted):
            return None  # "received 1,000 family members": people taken in, no visitors
        entry = noun_entry(hosted, lexicon)[0]
        if entry is not None and entry.content_class in GATHERING_CLASSES | {HOSTING}:
            return _held_with(hosted, words) or _held_with(verb, words)
        if entry is not None:
            return None  # "received assistance from", "received a call": an event of its own
        if _visitor(hosted, words):
            return hosted
    return None


def _held_with(head: Token, words: WordLists) -> Token | None:
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in GUEST_PREPOSITIONS:
            party = next((p for p in prep.children if p.dep_ == "pobj"), None)
            if party is not None and _visitor(party, words):
                return party
    return None


def _visitor(noun: Token, words: WordLists) -> bool:
    """A person or a political body named by the noun itself ("Erdogan", "the
    delegation", "the foreign minister"): not a thing of theirs ("hosts Britain's
    bases") nor a gathering ("will host a congress in March")."""
    lemma = noun.lemma_.lower()
    if noun.pos_ == "PRON" or lemma in load_sector_words().sectors[DISPLACED_SECTOR]:
        return False  # "those hosting the IDPs": shelter, no visit
    if lemma in words.visitor_nouns | words.public_office_nouns:
        return True
    if _convened(noun):
        return False  # "will host a congress": a gathering, called into being
    if noun.ent_type_ in PARTY_LABELS or (noun.pos_ == "NOUN" and is_role_word(noun)):
        return True  # "hosted Erdogan", "hosted the ministers", "received the commanders"
    named = [child for child in noun.children if child.dep_ == "appos"]  # "its head, Salih Muslim"
    return any(_visitor(name, words) for name in named)


def _convened(noun: Token) -> bool:
    """ "a congress", "an assembly": a body word with an indefinite article names a
    gathering held, not a body that visits."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)


def _counted(noun: Token) -> bool:
    """ "1,000 family members", "thousands of displaced": a number of people."""
    return any(c.dep_ == "nummod" or c.like_num for c in noun.children) or noun.like_num
