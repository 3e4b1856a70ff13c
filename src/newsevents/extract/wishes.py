"""A wish to use force is no threat: "people who want to fight", "the US wants to
prevent a comeback of the group", "they want to kill the leaders" tell an aim, not a
threat made to anyone (PLOVER THREATEN; the judged Guardian samples call such a wish
coded as an event wrong).  A wish to cooperate stays the willingness PLOVER codes as
AGREE ("Peru wants to sign a trade deal with Ecuador"), and a plan ("plans to attack",
"is set to launch") stays a threat."""

from __future__ import annotations

from newsevents.extract.operators import Reading
from newsevents.knowledge.words import WordLists

THREAT = "THREATEN"


def wished_force(reading: Reading, event: str | None, words: WordLists) -> bool:
    """Whether the reading is a threat only because a verb of wanting ("want",
    "wish": the wish verbs that also govern plans) governs a deed of force."""
    trigger = reading.trigger
    wanting = words.wish_verbs & words.future_governors
    return (
        event == THREAT
        and trigger.pos_ in {"VERB", "AUX"}
        and trigger.lemma_.lower() in wanting
        and any(c.dep_ == "xcomp" for c in trigger.children)
    )
