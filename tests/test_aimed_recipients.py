"""The recipient of a request is the party asked, not what the act asked for aims at
(hd1): "called on X to take back Y" asks X; Y is what the request is about."""

from __future__ import annotations

import pytest
from tests.coded_events import code_article, on_trigger


def recipient_code(coder, text: str, trigger: str) -> str | None:
    event = on_trigger(code_article(coder, text), trigger)
    assert event.event == "REQUEST"
    return event.recipient.code if event.recipient else None


@pytest.mark.parametrize(
    ("text", "trigger", "asked_about"),
    [
        (
            "Kenyan officials have called on neighbouring countries to take back the Somali refugees.",
            "called",
            "SOMREF",
        ),
        ("Chilean senators pressed their allies to expel the Iranian diplomats.", "pressed", "IRNGOV"),
    ],
)
def test_what_the_asked_act_aims_at_is_not_the_recipient(coder, text, trigger, asked_about):
    assert recipient_code(coder, text, trigger) != asked_about


def test_a_named_addressee_stays_the_recipient(coder):
    text = "The Kenyan opposition urged Ethiopia to free the jailed Somali journalists."
    assert recipient_code(coder, text, "urged") == "ETH"
