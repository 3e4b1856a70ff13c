"""The doer of a toll told right after the deed: "Russian jets struck the market on
Sunday. At least 12 civilians were killed and 40 wounded" (the killing is the strike's,
so Russia's), "Government forces shelled the town. Seven people were killed in
strikes on the school."

A killing or wounding told without a doer and without a deed noun of its own that
tells a new deed ("in a second strike", "during an ambush", "an attack that
killed") continues the attack told in the sentence or two before it, in its
paragraph, when that attack had an armed, coded doer and the deeds told there give
one country's doer.  Kept narrow: not after a fight, whose dead may be of either side
("troops fought the rebels. Ten were killed"); not when another armed party is
named between the deed and the toll; not for a toll of the doer's own side."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsevents.entities import PARTY_LABELS, PLACE_LABELS
from newsevents.extract.phrases import noun_phrase
from newsevents.knowledge.words import WordLists
from newsevents.records import Actor, EventRecord
from newsevents.resolve.actor_rules import ARMED_SECTORS
from newsevents.resolve.event_anaphora import (
    ANTECEDENT_SOURCE,
    SENTENCES_BACK,
    SUBJECTS,
    anaphor,
    deeds_before,
    own_side,
    paragraph_window,
    token_at,
)
from newsevents.resolve.parties import same_party

TOLL_TYPE = "ASSAULT"
# Words before a noun that make it a deed of its own: "in a strike", "another raid".
NEW_DEED_DETERMINERS = frozenset({"a", "an", "another"})
INSURGENT_SECTORS = frozenset({"REB", "UAF", "INS"})
STATE_SECTORS = frozenset({"GOV", "COP", "SPY"})


def with_toll_doers(
    events: list[EventRecord],
    doc: Doc,
    words: WordLists,
    resolve: Callable[[Span], Actor | None],
    pronouns: Mapping[str, str],
) -> list[EventRecord]:
    """The article's events, each asserted killing or wounding without a doer that
    continues the attack told just before it given that attack's doer, ``actor_source``
    "earlier_sentence"."""
    sentences: list[Span] | None = None
    # a doer carried from the article is not carried on; one carried from the sentence
    # before is ("the attack killed 16 ... Two soldiers were among the dead" chains)
    told = [event for event in events if event.actor_source != "article"]
    for event in events:
        if event.actor is not None or event.event != TOLL_TYPE or event.modality != "asserted":
            continue
        sentences = list(doc.sents) if sentences is None else sentences
        sentence = sentences[event.sentence_index]
        trigger = token_at(sentence, event.trigger.start)
        if trigger is None or trigger.lemma_.lower() not in words.toll_verbs:
            continue
        if anaphor(event, sentence, words) is not None or _new_deed(trigger, words) or _running_total(trigger):
            continue  # "killed in the raid" is the anaphora's; "in a second raid" is a deed of its own
        here = event.sentence_index
        # the sentence just before, even across a paragraph break: news often gives the toll its own
        window = {here - 1, *paragraph_window(sentences, here, SENTENCES_BACK)} - {-1}
        own_date = event.date if event.date_source == "clause" else None
        deeds = [
            deed
            for deed in deeds_before(told, sentences, words, resolve, pronouns, window)
            if deed.event == TOLL_TYPE
            and deed.lemma not in words.combat_verbs
            and (own_date is None or deed.date is None or deed.date == own_date)
        ]
        if not deeds or len({deed.doer.country for deed in deeds}) != 1:
            continue
        deed = deeds[-1]
        if event.recipient is not None and own_side(deed.doer, event.recipient):
            continue
        if _other_doer_told(events, deed.sentence, event, deed.doer):
            continue  # "Russian jets struck ... rebels shelled a village. Six were killed": whose?
        between = sentences[deed.sentence + 1 : event.sentence_index + 1]
        if _other_party_named(between, deed.doer, event.recipient, resolve, words):
            continue
        event.actor = replace(deed.doer, span=None)
        event.actor_source = ANTECEDENT_SOURCE
    return events


def _new_deed(trigger: Token, words: WordLists) -> bool:
    """Whether the toll's own words tell the deed as a new one: "killed in a strike",
    "wounded during another raid", "the second bombing killed", "an attack that killed"."""
    nouns = [trigger.head] if trigger.dep_ == "relcl" else []  # "an attack that killed"
    for child in trigger.children:
        if child.dep_ in {"prep", "agent"}:  # "killed in/by/during a strike"
            nouns += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "nsubj":  # "a second bombing killed"; a passive's subject is the victim
            nouns.append(child)
    return any(_told_as_new(noun, words) for noun in nouns if noun.pos_ in {"NOUN", "PROPN"})


def _running_total(trigger: Token) -> bool:
    """Whether a toll is counted over a time: "killed since the offensive began", "since
    January": the dead of many deeds, not of the one told before."""
    return any(child.lower_ == "since" for child in trigger.children)


def _told_as_new(noun: Token, words: WordLists) -> bool:
    return any(
        c.lower_ in NEW_DEED_DETERMINERS or c.lower_ in words.new_deed_modifiers or c.tag_ == "JJS"
        for c in noun.children
    )


def _other_doer_told(events: list[EventRecord], first: int, toll: EventRecord, doer: Actor) -> bool:
    """Whether an attack by another doer, coded or not, is told from the deed's
    sentence up to the toll's."""
    return any(
        first <= event.sentence_index <= toll.sentence_index
        and event.event == TOLL_TYPE
        and event.actor is not None
        and _side(event.actor) != _side(doer)
        and not same_party(event.actor, doer)
        for event in events
    )


def _armed(party: Actor) -> bool:
    """Whether a party named may be the one who did a toll: a state or an armed force,
    coded with a country or not ("the militants")."""
    return party.sector in ARMED_SECTORS or party.sector in STATE_SECTORS


def _side(actor: Actor) -> tuple[str | None, bool]:
    """A party's side in a war: its country, and whether it fights its state."""
    return actor.country, actor.sector in INSURGENT_SECTORS


def _other_party_named(
    sentences: list[Span],
    doer: Actor,
    recipient: Actor | None,
    resolve: Callable[[Span], Actor | None],
    words: WordLists,
) -> bool:
    """Whether the sentences after the deed, up to the toll's, name an armed party of
    another country than the doer (besides those the toll was done to): then whose
    the toll is, is not said."""
    victims = recipient.span if recipient is not None else None
    for sentence in sentences:
        named = [entity for entity in sentence.ents if entity.label_ in PARTY_LABELS and not _place(entity)]
        named += [noun_phrase(token) for token in sentence if token.dep_ in SUBJECTS and token.pos_ == "NOUN"]
        for phrase in named:
            start = phrase.start_char - sentence.start_char
            if victims is not None and victims.start <= start < victims.end and sentence is sentences[-1]:
                continue
            party = resolve(phrase)
            if party is None or not _armed(party) or _side(party) == _side(doer) or same_party(party, doer):
                continue
            if not (_speaks(phrase, words) and recipient is not None and party.country == recipient.country):
                return True  # the army telling of its own dead is no doer of the toll
    return False


def _speaks(phrase: Span, words: WordLists) -> bool:
    """Whether a phrase is the subject of a reporting verb: "CentCom said ..."."""
    root = phrase.root
    return root.dep_ == "nsubj" and root.head.lemma_ in words.reporting_verbs


def _place(entity: Span) -> bool:
    """Whether an entity is named as where something happened ("in Idlib"), not who."""
    root = entity.root
    return entity.label_ in PLACE_LABELS and root.dep_ == "pobj" and root.head.dep_ == "prep"
