"""Those who fight, and those harmed while fighting, are combatants, not civilians: "a
Briton fought with the Kurdish forces", "four Britons killed fighting Isis", "the eighth
British citizen killed while serving with Kurdish forces", "a British woman fighting
alongside Kurdish forces has been killed", "a man who went to Syria to fight Isis was
killed".  Their words ("citizen", "men", "woman") read as civilians (CVL); the fight the
sentence puts them in says otherwise, so they keep their country and lose that sector
(a combatant's side is rarely told: no sector is better than a wrong one).

A victim's fight must be its own: a clause of the harm verb whose subject is the victim
(the passive's subject, the noun a "killed" participle describes, the one who died), or
a participle or relative clause of the victim's noun.  "Troops killed 20 civilians while
fighting the rebels" is the troops' fight, and the civilians stay.  A doer's fight
counts only against, beside or in an armed party: "protesters fought the police" stay
civilians."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from newsevents.extract.phrases import noun_phrase
from newsevents.knowledge.words import WordLists
from newsevents.records import Actor, EventRecord
from newsevents.resolve.actor_rules import ARMED_SECTORS
from newsevents.resolve.party_countries import party_phrase

CIVILIAN_SECTOR = "CVL"
HARM_TYPE = "ASSAULT"
CLAUSE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl", "conj"})
RELATIVE_TAGS = frozenset({"WP", "WDT"})


def with_combatant_victims(
    events: list[EventRecord], doc: Doc, words: WordLists, resolve: Callable[[Span], Actor | None]
) -> list[EventRecord]:
    """The events, each civilian who fought, or was harmed while fighting, left with
    its country only."""
    sentences: list[Span] = []
    for event in events:
        fighter = _civilian(event.actor) and event.recipient is not None and event.recipient.sector in ARMED_SECTORS
        victims = _civilian_victims(event)
        if not fighter and not victims:
            continue
        sentences = sentences or list(doc.sents)
        sentence = sentences[event.sentence_index]
        trigger = next((t for t in sentence if t.idx - sentence.start_char == event.trigger.start), None)
        if trigger is None:
            continue
        if fighter and _fight_verb(trigger, words):  # "fought with the Kurdish forces", "joined the YPG"
            assert event.actor is not None
            event.actor.sector = None
        for victim in victims:
            phrase = party_phrase(victim, sentence)
            if phrase is not None and _fighting_victim(phrase.root, trigger, words, resolve):
                victim.sector = None
    return events


def _fight_verb(verb: Token, words: WordLists) -> bool:
    """Whether a verb tells a fight or a service in an armed party, whose doer fights
    ("fought Isis", "serving with the YPG", "joined Kurdish forces"); the party fought
    or served with must be armed: "protesters fought the police" stay civilians."""
    return verb.lemma_.lower() in words.combat_verbs | words.armed_service_verbs


def _civilian_victims(event: EventRecord) -> list[Actor]:
    if event.event != HARM_TYPE:
        return []
    return [party for party in (event.recipient, *event.co_recipients) if party is not None and _civilian(party)]


def _civilian(party: Actor | None) -> bool:
    return party is not None and party.span is not None and party.sector == CIVILIAN_SECTOR


def _fighting_victim(victim: Token, trigger: Token, words: WordLists, resolve: Callable[[Span], Actor | None]) -> bool:
    """Whether the sentence tells the victim fought: a fight clause of the harm verb the
    victim is the subject of, or of the victim's own noun."""
    # the recipient as the harm verb's subject: a passive, "died", or a passive misread as active
    harm_subject = victim.head == trigger and victim.dep_ in {"nsubjpass", "nsubj"}
    described = trigger.dep_ == "acl" and trigger.head == victim  # "Britons killed fighting Isis"
    if (harm_subject or described) and _fight_clause(trigger, words, resolve):
        return True
    own_clauses = (c for c in victim.children if c.dep_ in {"acl", "relcl"} and c != trigger)
    return any(_own_clause(clause) and _fights(clause, words, resolve) for clause in own_clauses)


def _own_clause(clause: Token) -> bool:
    """Whether the victim is the subject of its clause: a participle ("a woman fighting
    alongside"), or a relative clause with the relative pronoun as subject ("a man who
    went to fight"; not "a man whose brother fought")."""
    if clause.dep_ == "acl":
        return True
    return any(c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS for c in clause.children)


def _fight_clause(verb: Token, words: WordLists, resolve: Callable[[Span], Actor | None]) -> bool:
    """Whether a clause hangs from ``verb`` that tells a fight ("killed fighting Isis",
    however the parser attaches the participle), or it was done in one ("killed in
    action": a bare noun of ``combat_death_nouns``)."""
    for child in verb.children:
        clause = child.pos_ == "VERB" and (child.dep_ in CLAUSE_DEPS or child.tag_ == "VBG")
        if clause and _fights(child, words, resolve):
            return True
        if child.dep_ == "prep" and child.lower_ == "in" and any(_bare_combat(c, words) for c in child.children):
            return True
    return False


def _bare_combat(noun: Token, words: WordLists) -> bool:
    """Whether a noun is a bare word of combat ("in action", "in battle"); "in the
    battle for Mosul" is where civilians die too."""
    bare = not any(c.dep_ in {"det", "poss"} for c in noun.children)
    return noun.dep_ == "pobj" and bare and noun.lemma_.lower() in words.combat_death_nouns


def _fights(verb: Token, words: WordLists, resolve: Callable[[Span], Actor | None]) -> bool:
    """Whether a verb, or the purpose it is done for ("went to Syria *to fight*"), is a
    fight or a service with an armed party ("serving with Kurdish forces")."""
    lemma = verb.lemma_.lower()
    if lemma in words.combat_verbs:
        return True
    if lemma in words.armed_service_verbs and _with_armed_party(verb, words, resolve):
        return True
    purposes = (c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB")
    return any(p.lemma_.lower() in words.combat_verbs for p in purposes)


def _with_armed_party(verb: Token, words: WordLists, resolve: Callable[[Span], Actor | None]) -> bool:
    """Whether a service verb is done with or in an armed party ("with the YPG",
    "alongside Kurdish forces", "joined the militia"), not at a clinic or for a charity."""
    companies = [c for c in verb.children if c.dep_ == "dobj"]  # "joined Kurdish forces"
    for preposition in verb.children:
        if preposition.dep_ == "prep" and preposition.lower_ in words.fighting_company_prepositions:
            companies.extend(c for c in preposition.children if c.dep_ == "pobj")
    return any(_armed(resolve(noun_phrase(company))) for company in companies)


def _armed(party: Actor | None) -> bool:
    return party is not None and party.sector in ARMED_SECTORS
