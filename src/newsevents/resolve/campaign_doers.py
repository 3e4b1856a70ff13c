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
from dataclasses import replace

from newsevents.knowledge.words import WordLists
from newsevents.records import Actor, EventRecord
from newsevents.resolve.parties import same_party
from newsevents.resolve.told_attackers import attacker

VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE"})
DEFINITE = r"(?:the|this|that)"
# A few words between the doer's verb and the campaign noun: "launched *a ground* offensive".
NEAR_WORDS = 4


def with_campaign_doers(events: list[EventRecord], words: WordLists) -> list[EventRecord]:
    """The article's events (in sentence order), each asserted violent event without a
    doer that happened in a campaign the article named before ("the offensive") given
    that campaign's doer, when every earlier mention gives it one country's."""
    for event in events:
        if event.actor is not None or event.event not in VIOLENT_TYPES or event.modality != "asserted":
            continue
        noun = _campaign_named(event, words)
        if noun is None:
            continue
        doers = [e.actor for e in events if e.sentence_index < event.sentence_index and _gives_doer(e, noun, words)]
        countries = {doer.country for doer in doers if doer is not None}
        doer = doers[-1] if doers else None
        if len(countries) != 1 or doer is None:
            continue
        if event.recipient is not None and _same_side(doer, event.recipient):
            continue  # "Turkey's offensive ... Turkish soldiers were killed in the offensive": not by Turkey
        event.actor = replace(doer)
        event.actor_source = "article"
    return events


def _same_side(doer: Actor, recipient: Actor) -> bool:
    return recipient.country == doer.country or same_party(doer, recipient)


def _campaign_named(event: EventRecord, words: WordLists) -> str | None:
    """The campaign noun a record's event is told through: its own trigger after "the"
    ("the bombardment continued"), or "in/during the <noun>" just after its trigger
    ("killed in the offensive")."""
    sentence, trigger = event.sentence, event.trigger
    nouns = "|".join(sorted(words.attack_nouns, key=len, reverse=True))
    before = sentence[: trigger.start].lower().split()
    if before and before[-1] in {"the", "this", "that"} and _lemma(trigger.text) in words.attack_nouns:
        return _lemma(trigger.text)
    prepositions = "|".join(sorted(words.attack_setting_prepositions))
    following = re.match(
        rf"^\W*(?:\S+\s+){{0,{NEAR_WORDS}}}?(?:{prepositions})\s+{DEFINITE}\s+(?:[\w-]+\s+){{0,2}}?({nouns})s?\b",
        sentence[trigger.end :],
        re.IGNORECASE,
    )
    return following.group(1).lower() if following else None


def _gives_doer(event: EventRecord, noun: str, words: WordLists) -> bool:
    """Whether an earlier record names the campaign ``noun`` with a coded doer: as its
    trigger ("Turkey's offensive") or just after its trigger ("launched an offensive")."""
    if event.event not in VIOLENT_TYPES or event.actor is None or not attacker(event.actor):
        return False
    if event.actor_source is not None or event.modality not in {"asserted", "future"}:
        return False  # carried doers carry no further; a denied one is no doer
    if _lemma(event.trigger.text) == noun:
        return True
    following = event.sentence[event.trigger.end :].split()[: NEAR_WORDS + 1]
    return any(_lemma(word.strip(",.;:")) == noun for word in following)


def _lemma(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
