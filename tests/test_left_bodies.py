"""Leaving a body or a pact is SANCTION withdraw; forces pulled back stay RETREAT
(extract/left_bodies.py); sentences written for these tests."""

from __future__ import annotations

import pytest

from coded_events import code_article, on_trigger


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Britain left the EU in January 2020.", "left"),
        ("Burundi withdrew from the International Criminal Court in 2017.", "withdrew"),
    ],
)
def test_leaving_a_body_is_a_sanction_withdraw(coder, text, trigger):
    event = on_trigger(code_article(coder, text), trigger)
    assert (event.event, event.mode) == ("SANCTION", "withdraw")


def test_forces_pulled_back_from_a_town_stay_a_retreat(coder):
    event = on_trigger(code_article(coder, "The rebels withdrew from the town."), "withdrew")
    assert event.event == "RETREAT"
