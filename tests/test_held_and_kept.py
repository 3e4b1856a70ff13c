"""Holding: a hostage taken and kept is an abduction; prisoners kept, a citizenship or
sway held and a birth given are states or private life, no event (event_lexicon.yaml,
"hold ..." and "give birth"); sentences written for these tests."""

from __future__ import annotations

import pytest

from coded_events import coded


@pytest.mark.parametrize(
    "text",
    [
        "The rebels were holding the prisoners at a school near the border.",
        "Government soldiers held prisoner in the town were exchanged for food on Monday.",
        "The family holds dual British-Canadian citizenship.",
        "The warlord held sway over the province for a decade.",
        "Thousands of women have given birth to children in the camps since 2015.",
    ],
)
def test_prisoners_kept_a_citizenship_held_or_a_birth_given_is_no_release_or_promise(coder, text):
    types = {event for event, _ in coded(coder, text)}
    assert not types & {"RETREAT", "CONCEDE", "AGREE", "ASSAULT"}, coded(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Three Danish engineers were held hostage by the militia.",
    ],
)
def test_a_captive_held_is_an_abduction(coder, text):
    assert "ASSAULT" in {event for event, _ in coded(coder, text)}, coded(coder, text)


def test_prisoners_released_stay_a_release(coder):
    assert "RETREAT" in {event for event, _ in coded(coder, "Russia released ten prisoners on Friday.")}
