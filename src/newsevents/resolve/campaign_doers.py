"""The doer of an attack told only as "the offensive" or "killed in the bombardment",
taken from where the article gave that campaign its doer: "Turkey launched an
offensive on the town on Sunday. ... Ten civilians were killed in the offensive."

Selective on purpose: carrying the article's last attacker to every agentless attack
was right for only about half of the Guardian records read by hand.  Here the later
mention must name the campaign with a definite article ("the offensive", "this
bombardment"), the earlier mentions of the same campaign noun must all give it one
country's doer, and the carried actor says where it came from (``actor_source``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span

from newsevents.extract.noun_parties import campaign_owner
from newsevents.knowledge.words import WordLists
from newsevents.records import Actor, EventRecord
from newsevents.resolve.parties import same_party
from newsevents.resolve.told_attackers import attacker

VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE"})
DEFINITE = r"(?:the|this|that)"
# A few words between the event's verb and the campaign: "killed *or injured so far* in the offensive".
NEAR_WORDS = 6

Named = list[tuple[int, Actor]]  # (sentence index, doer) of each mention of a campaign noun with its doer


def with_campaign_doers(
    events: list[EventRecord], doc: Doc, words: WordLists, resolve: Callable[[Span], Actor | None]
) -> list[EventRecord]:
    """The article's events (in sentence order), each asserted violent event without a
    doer that happened in a campaign the article named before ("the offensive") given
    that campaign's doer, when every mention up to its sentence gives it one country's."""
    named: dict[str, Named] | None = None
    for event in events:
        if event.actor is not None or event.event not in VIOLENT_TYPES or event.modality != "asserted":
            continue
        noun = _campaign_named(event, words)
        if noun is None:
            continue
        named = _campaign_doers(doc, words, resolve) if named is None else named
        told = [(index, doer) for index, doer in named.get(noun, []) if index <= event.sentence_index]
        if len({doer.country for _, doer in told}) != 1:
            continue
        index, doer = told[-1]
        if event.recipient is not None and _same_side(doer, event.recipient):
            continue  # "Turkey's offensive ... Turkish soldiers were killed in the offensive": not by Turkey
        here = index == event.sentence_index
        event.actor = replace(doer) if here else replace(doer, span=None)  # no span into another sentence
        event.actor_source = "sentence" if here else "article"
    return events


def _campaign_doers(doc: Doc, words: WordLists, resolve: Callable[[Span], Actor | None]) -> dict[str, Named]:
    """Each campaign noun of the article with the doers its mentions give it."""
    named: dict[str, Named] = {}
    for index, sentence in enumerate(doc.sents):
        for token in sentence:
            if token.lemma_.lower() not in words.campaign_nouns:
                continue
            owner = campaign_owner(token, words)
            doer = resolve(owner) if owner is not None else None
            if doer is not None and attacker(doer):
                named.setdefault(token.lemma_.lower(), []).append((index, doer))
    return named


def _same_side(doer: Actor, recipient: Actor) -> bool:
    return recipient.country == doer.country or same_party(doer, recipient)


def _campaign_named(event: EventRecord, words: WordLists) -> str | None:
    """The campaign noun a record's event is told through: its own trigger after "the"
    ("the bombardment continued"), or "in/during the <noun>" just after its trigger
    ("killed in the offensive")."""
    sentence, trigger = event.sentence, event.trigger
    before = sentence[: trigger.start].lower().split()
    if before and before[-1] in {"the", "this", "that"} and _lemma(trigger.text) in words.campaign_nouns:
        return _lemma(trigger.text)
    nouns = "|".join(sorted(words.campaign_nouns, key=len, reverse=True))
    prepositions = "|".join(sorted(words.attack_setting_prepositions))
    following = re.match(
        rf"^\W*(?:\S+\s+){{0,{NEAR_WORDS}}}?(?:{prepositions})\s+{DEFINITE}\s+(?:[\w-]+\s+){{0,2}}?({nouns})s?\b",
        sentence[trigger.end :],
        re.IGNORECASE,
    )
    return following.group(1).lower() if following else None


def _lemma(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
