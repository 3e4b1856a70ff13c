"""Backing a side in a war (extract/military_senses.py, words.yaml `warring_side_nouns`,
`war_context_nouns`), on sentences written for these tests: a state backing a
government, a leader or a named group in a sentence about a war gives it military aid
(AID 072); backing a court ruling, a decision or a peace process stays support."""

from __future__ import annotations

import pytest


def types_of(coder, text):
    return {(event.event, event.cameo) for event in coder.code_text(text, "2024-05-02")}


@pytest.mark.parametrize(
    "text",
    [
        "Russia has backed the government throughout the civil war.",
        "The regime, backed by Moscow, has retaken most of the country in the war.",
        "Iran supports the Houthis in the conflict with Saudi Arabia.",
        "Turkey backs the opposition groups fighting the regime on the battlefield.",
        "Assad, supported by Moscow, has used chemical weapons against his own people.",
    ],
)
def test_backing_a_side_in_a_war_is_military_aid(coder, text):
    coded = types_of(coder, text)
    assert ("AID", "072") in coded, coded
    assert not any(event == "SUPPORT" for event, _ in coded), coded


@pytest.mark.parametrize(
    "text",
    [
        "The court backed the UK in one such case in May.",
        "Erdogan backed the Russian peace process for the war-torn country.",
        "The senators backed the president's decision on the budget.",
        "The coalition spokesman said that they support the UN call for a ceasefire.",
    ],
)
def test_backing_outside_a_war_or_of_a_policy_stays_support(coder, text):
    assert ("SUPPORT", "051") in types_of(coder, text)
