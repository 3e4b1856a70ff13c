"""Whom forces are sent against (h95): the object of the sending's purpose, not the
sender's own troops."""

from __future__ import annotations

import pytest
from tests.coded_events import code_article, on_trigger


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Last month Kenya sent troops into the border town to fight the Somali militants.", "SOMREB"),
        ("Iran sent advisers to support the Syrian regime.", "SYRGOV"),
    ],
)
def test_the_object_of_the_purpose_is_the_recipient(coder, text, recipient):
    event = on_trigger(code_article(coder, text), "sent")
    assert event.recipient is not None and event.recipient.code == recipient


def test_the_forces_sent_are_not_the_recipient(coder):
    event = on_trigger(code_article(coder, "Ethiopia sent soldiers to attack the rebels in Somalia."), "sent")
    assert event.recipient is None or "soldiers" not in event.recipient.text


def test_a_sending_without_a_purpose_keeps_its_recipient(coder):
    event = on_trigger(code_article(coder, "Russia sent an official request to the United Kingdom."), "sent")
    assert event.recipient is not None and event.recipient.code == "GBR"
