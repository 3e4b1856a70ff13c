"""Wishes are no events: "he wanted to meet the men who captured him", "the US wants
to prevent a comeback of the group", "people who want to fight" tell what someone
would like, not a promise, an offer or a threat made to anyone (PLOVER AGREE and
THREATEN are commitments; the judged Guardian samples call a wish coded as an event
wrong).  A plan ("plans to meet", "is set to host") and a hope for one's own act
("hopes to meet", read as a plan by extract/modality.py) stay what they were."""

from __future__ import annotations

from newsevents.extract.operators import Reading
from newsevents.knowledge.words import WordLists


def only_wished(reading: Reading, words: WordLists) -> bool:
    """Whether the reading's deciding word is a verb of wanting that governs the
    event as its infinitive: the wish verbs that also govern plans ("want", "wish")."""
    trigger = reading.trigger
    lemma = trigger.lemma_.lower()
    wanting = words.wish_verbs & words.future_governors
    return trigger.pos_ in {"VERB", "AUX"} and lemma in wanting and any(c.dep_ == "xcomp" for c in trigger.children)
