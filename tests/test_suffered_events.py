"""Who dies in an attack suffered it: the subject of "died in an ambush" is the event's
recipient, never its doer (extract/clauses.py, `suffering_verbs`)."""

from __future__ import annotations

import pytest

from coded_events import code_article, on_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "victims"),
    [
        (
            "Twelve Peruvian soldiers died in an ambush near the border with Chile.",
            "ambush",
            "Twelve Peruvian soldiers",
        ),
        (
            "More than 30 villagers died in an airstrike on the Peruvian town of Tumbes.",
            "airstrike",
            "More than 30 villagers",
        ),
    ],
)
def test_who_died_in_an_attack_is_its_recipient(coder, text, trigger, victims):
    event = on_trigger(code_article(coder, text), trigger)
    assert event.actor is None
    assert event.recipient is not None and event.recipient.text == victims


def test_who_fought_in_a_battle_still_does_it(coder):
    event = on_trigger(code_article(coder, "Peruvian troops fought in the battle for Tumbes."), "fought")
    assert event.actor is not None and event.actor.text == "Peruvian troops"
