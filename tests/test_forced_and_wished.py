"""Forcing and wanting (extract/wishes.py, compelled.py, the lexicon's `compel`
operator), on sentences written for these tests: making someone do something is
coercion done (COERCE), not a demand; a wish to use force is no threat, a wish to
cooperate stays willingness (AGREE)."""

from __future__ import annotations

import pytest


def events_of(coder, text):
    return {(event.event, event.cameo) for event in coder.code_text(text, "2024-05-02")}


@pytest.mark.parametrize(
    "text",
    [
        "The rebels forced the governor to resign.",
        "The army forced thousands of villagers from their homes.",
        "Striking miners forced the company to reopen the talks.",
    ],
)
def test_forcing_someone_is_coercion_not_a_demand(coder, text):
    coded = events_of(coder, text)
    assert ("COERCE", "170") in coded, coded
    assert not any(event == "REQUEST" for event, _ in coded), coded


@pytest.mark.parametrize(
    "text",
    [
        "The mayor was forced to resign.",
        "Forced in 2012 to flee her home town, the teacher moved to the coast.",
    ],
)
def test_forced_by_no_one_is_no_event(coder, text):
    assert events_of(coder, text) == set()


def test_forced_by_a_named_doer_is_its_coercion(coder):
    coded = coder.code_text("Thousands of villagers were forced from their homes by the army.", "2024-05-02")
    assert [(e.event, e.actor.text if e.actor else None) for e in coded] == [("COERCE", "the army")]


@pytest.mark.parametrize(
    "text",
    [
        "The government wants to prevent a return of the militia.",
        "Many villagers want to fight the insurgents.",
    ],
)
def test_a_wish_to_use_force_is_no_threat(coder, text):
    assert events_of(coder, text) == set()


def test_a_wish_to_cooperate_stays_willingness(coder):
    assert ("AGREE", "036") in events_of(coder, "The general said he wanted to meet the rebel commanders.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The minister plans to meet her Indian counterpart next week.", ("AGREE", "036")),
        ("The president said he will visit Kenya next month.", ("AGREE", "036")),
        ("The militia threatened to attack the convoy.", ("THREATEN", "1384")),
    ],
)
def test_plans_promises_and_threats_stay(coder, text, expected):
    assert expected in events_of(coder, text)
