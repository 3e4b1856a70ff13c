"""Those an attack was done to are never its doer: "Britons killed fighting Isis" (Isis
did the killing), "the aid worker was killed during a US-led raid" (the raid's doer is
the US), "the guard was hit by a round fired by the militants" (the militants fired).

The clause reader takes the phrase before an attack word for its doer; when that
phrase is the one killed, wounded or seized (the subject of the passive, the noun a
"killed" participle describes, the one made to be killed), the record is turned round:
the victim becomes its recipient (unless it names one already) and its doer is the
one the attack's own words give, or none."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsevents.extract.noun_parties import campaign_owner
from newsevents.extract.phrases import noun_phrase
from newsevents.knowledge.words import WordLists
from newsevents.records import Actor, EventRecord
from newsevents.resolve.parties import same_party

HARM_TYPES = frozenset({"ASSAULT", "COERCE"})
SETTING_DEPENDENCIES = frozenset({"prep", "agent"})
CAUSATIVE_VERBS = frozenset({"have", "get"})  # "to have them killed"


def with_victims_as_recipients(
    events: list[EventRecord], doc: Doc, words: WordLists, resolve: Callable[[Span], Actor | None]
) -> list[EventRecord]:
    """The events, each attack or coercion whose actor is the one it was done to turned
    round (docs/record.md); one left with no party at all is dropped."""
    sentences: list[Span] | None = None
    kept = []
    for event in events:
        if event.event in HARM_TYPES and event.actor is not None and event.actor.span is not None:
            sentences = list(doc.sents) if sentences is None else sentences
            turned = _turned(event, sentences[event.sentence_index], words, resolve)
            if turned.actor is None and turned.recipient is None:
                continue  # the victim was its only party, and is no party: nothing left to count
            event = turned
        elif event.event in HARM_TYPES and event.actor is None and event.recipient is not None:
            sentences = list(doc.sents) if sentences is None else sentences
            _with_foe_fought(event, sentences[event.sentence_index], words, resolve)
        kept.append(event)
    return kept


def _turned(
    event: EventRecord, sentence: Span, words: WordLists, resolve: Callable[[Span], Actor | None]
) -> EventRecord:
    span = event.actor.span if event.actor is not None else None
    if span is None:
        return event
    tokens = [t for t in sentence if span.start <= t.idx - sentence.start_char < span.end]
    trigger = next((t for t in sentence if t.idx - sentence.start_char == event.trigger.start), None)
    if not tokens or trigger is None:
        return event
    victim = next(t for t in tokens if t.head not in tokens or t.head == t)
    if not _harmed(victim, tokens, trigger, words):
        return event
    doer, recipient = _doer(trigger, words), event.recipient
    if doer is None and recipient is not None and _fought(trigger, recipient.span, sentence, words):
        # "Britons killed fighting Isis": those they fought killed them
        doer_actor: Actor | None = recipient
        recipient = None
    else:
        doer_actor = resolve(doer) if doer is not None else None
    turned = replace(event, actor=doer_actor, co_actors=[])
    if recipient is None:
        turned.recipient, turned.co_recipients = _victims(trigger, victim, resolve) or event.actor, event.co_actors
    return turned


def _victims(trigger: Token, head: Token, resolve: Callable[[Span], Actor | None]) -> Actor | None:
    """The ones a "killed" participle describes inside the actor phrase: "the families
    of *two British men* killed fighting Isis"."""
    described = trigger.head
    if trigger.dep_ != "acl" or described == head or described.pos_ == "PRON":
        return None
    return resolve(noun_phrase(described))


def _harmed(victim: Token, tokens: list[Token], trigger: Token, words: WordLists) -> bool:
    """Whether the actor phrase (its head ``victim``) is the one harmed in the clause of
    the record's trigger: it is what the trigger, a "killed" participle, describes
    ("Britons killed fighting"), the one made to be harmed ("have them killed"), or the
    subject of a passive harm verb or of "died" the trigger tells the means of ("was
    killed *during a raid*", "were hit by a round *fired* by militants", "died in a
    *strike*")."""
    if trigger.lemma_.lower() in words.harm_verbs and victim.head == trigger and _fighting(trigger, words):
        return True  # "Britons killed fighting Isis", whichever way the parser reads it
    if trigger.lemma_.lower() in words.harm_verbs and trigger.tag_ == "VBN":
        if trigger.dep_ == "acl" and trigger.head in tokens:
            return True
        causative = trigger.head.lemma_.lower() in CAUSATIVE_VERBS and trigger.dep_ in {"ccomp", "xcomp"}
        if causative and victim.dep_ == "nsubj" and victim.head == trigger:
            return True
    if trigger in victim.subtree:
        return False
    verb = victim.head
    if victim.dep_ == "nsubj" and verb.lemma_.lower() in words.death_verbs:
        harm: Token | None = verb  # "more than 40 died in the strike"
    elif victim.dep_ == "nsubjpass":
        harm = verb if verb.lemma_.lower() in words.harm_verbs else _raised_harm(verb, words)
    else:
        return False
    if harm is None or trigger == harm:
        return False
    if any(trigger in child.subtree for child in harm.children if child.dep_ in SETTING_DEPENDENCIES):
        return True
    # "were hit by a round, *fired by* militants": a deed of its own doer beside the harm
    beside = trigger.head == harm and trigger.dep_ in {"advcl", "acl"}
    return beside and any(c.dep_ == "agent" for c in trigger.children)


def _raised_harm(verb: Token, words: WordLists) -> Token | None:
    """The harm verb a passive belief hangs over: "was believed to have been *killed*"."""
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in words.harm_verbs), None)


def _doer(trigger: Token, words: WordLists) -> Span | None:
    """Who did the deed the trigger tells, in its own words: the owner of an attack
    noun ("a US-led raid"), the agent of a verb ("fired by the militants")."""
    if trigger.pos_ in {"NOUN", "PROPN"}:
        return campaign_owner(trigger, words)
    for agent in (c for c in trigger.children if c.dep_ == "agent"):
        party = next((g for g in agent.children if g.dep_ == "pobj"), None)
        if party is not None and party.pos_ != "PRON":
            return noun_phrase(party)
    return None


def _fighting(trigger: Token, words: WordLists) -> Token | None:
    """The fight a harm verb was done in: "killed *fighting* Isis", "killed while
    *battling* the rebels" (the words just after it)."""
    following = [t for t in trigger.doc[trigger.i + 1 : trigger.i + 3] if t.lower_ != "while"]
    fight = following[0] if following else None
    if fight is None or fight.head != trigger or fight.lemma_.lower() not in words.combat_verbs | {"fighting"}:
        return None
    return fight


def _with_foe_fought(
    event: EventRecord, sentence: Span, words: WordLists, resolve: Callable[[Span], Actor | None]
) -> None:
    """The doer of "was killed (while) fighting Isis", "four men killed fighting Isis":
    the foe fought, when coded; the recipient the men killed, when the clause reader
    took the foe for it."""
    trigger = next((t for t in sentence if t.idx - sentence.start_char == event.trigger.start), None)
    fight = _fighting(trigger, words) if trigger is not None and trigger.lemma_.lower() in words.harm_verbs else None
    foe = next(iter(_foes(fight)), None) if fight is not None else None
    party = resolve(noun_phrase(foe)) if foe is not None else None
    if trigger is None or party is None or party.country is None or event.recipient is None:
        return
    if not same_party(party, event.recipient):
        event.actor = party
        return
    victims = resolve(noun_phrase(trigger.head)) if trigger.dep_ == "acl" and trigger.head.pos_ != "PRON" else None
    if victims is not None and not same_party(party, victims):
        event.actor, event.recipient = event.recipient, victims


def _foes(fight: Token) -> list[Token]:
    return [t for t in fight.subtree if t.dep_ == "dobj" or (t.dep_ == "pobj" and t.head.lower_ == "against")]


def _fought(trigger: Token, span, sentence: Span, words: WordLists) -> bool:
    """Whether a recipient is the foe the harmed were fighting when harmed ("killed
    fighting Isis", "killed while battling the militants")."""
    fight = _fighting(trigger, words)
    if span is None or fight is None:
        return False
    return any(span.start <= t.idx - sentence.start_char < span.end for t in _foes(fight))
