"""Hosting refugees is sheltering them (PLOVER AID, CAMEO 075), not a visit received;
hosting a leader or talks stays CONSULT."""

from __future__ import annotations

import pytest

from coded_events import code_article


def types_of(coder, text):
    return [(e.event, e.cameo) for e in code_article(coder, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Uganda hosts 1.5 million South Sudanese refugees.",
        "Kenya has hosted tens of thousands of Somali refugees since 1991.",
    ],
)
def test_hosting_refugees_is_aid(coder, text):
    assert types_of(coder, text) == [("AID", "075")]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya hosted the Somali president in Nairobi.",
        "Norway hosted talks between the Colombian government and the rebels.",
    ],
)
def test_hosting_a_leader_or_talks_stays_consult(coder, text):
    assert [event for event, _ in types_of(coder, text)] == ["CONSULT"]
