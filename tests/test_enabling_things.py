"""Permission given by a thing ("It allowed the government to arrest ...") is no
concession; a party's permission stays one (extract/enabling_things.py); sentences
written for these tests."""

from __future__ import annotations

import pytest

from coded_events import coded


def types(coder, text):
    return {event for event, _ in coded(coder, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The coup attempt failed. It allowed the government to arrest thousands of teachers.",
        "The vote was postponed again. This let the ruling party dodge the question for a year.",
    ],
)
def test_a_thing_that_made_a_deed_possible_concedes_nothing(coder, text):
    assert "CONCEDE" not in types(coder, text), coded(coder, text)


def test_the_deed_made_possible_is_still_coded(coder):
    text = "The coup attempt failed. It allowed the government to arrest thousands of teachers."
    assert "COERCE" in types(coder, text), coded(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia allowed Turkey to use the airspace.",
        "The army opened the road. It allowed the families to leave the town.",
    ],
)
def test_a_party_letting_someone_act_or_move_stays_a_concession(coder, text):
    assert "CONCEDE" in types(coder, text), coded(coder, text)


def test_a_party_refusing_with_it_stays_a_refusal(coder):
    text = "Turkey said it will not allow Syrian Kurds to attend the talks."
    assert "REJECT" in types(coder, text), coded(coder, text)
