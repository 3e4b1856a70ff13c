"""Forcing told without who forced: "forced in 2012 to flee her home town", "civilians
forced from their homes" name only the forced, whom a coercion record would make its
actor.  With the doer named ("forced by the army to flee", "the army forced them
out") it is coercion (COERCE, the lexicon's `compel` operator)."""

from __future__ import annotations

from newsevents.extract.operators import Reading

COMPELLING = "force"  # the verb whose entry is the `compel` operator


def forced_by_no_one(reading: Reading) -> bool:
    """Whether the reading's deciding word is a passive "forced" with no agent."""
    trigger = reading.trigger
    if trigger.lemma_.lower() != COMPELLING or trigger.tag_ != "VBN":
        return False
    if any(c.dep_ == "prt" for c in trigger.children):
        return False  # "Isis is being forced out": an expulsion, kept with its doer unnamed as attacks are
    passive = trigger.dep_ in {"acl", "advcl", "amod"} or any(c.dep_ == "auxpass" for c in trigger.children)
    return passive and not any(c.dep_ == "agent" for c in trigger.children)
