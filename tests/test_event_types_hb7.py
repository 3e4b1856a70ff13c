"""Event types of real events (hb7), on sentences written for these tests: a ceasefire
or pause declared or ordered is its declaration (PLOVER CONCEDE), observing one stays
RETREAT; a ruler toppled by fighters or an invasion is the fight (ASSAULT), by others
COERCE; an armed operation told as backed is backed in arms (AID), one backed as a
policy stays SUPPORT; a citizenship stripped, or ordered revoked, is revoked (SANCTION),
not asked for."""

from __future__ import annotations

import pytest


def events_of(coder, text):
    return {(event.event, event.cameo) for event in coder.code_text(text, "2024-05-02")}


def types_of(coder, text):
    return {event for event, _ in events_of(coder, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin ordered a three-day humanitarian pause in the besieged town.",
        "The general declared a ceasefire in the northern province.",
        "The guerrillas called a unilateral truce on Friday.",
    ],
)
def test_a_ceasefire_declared_or_ordered_is_a_concession(coder, text):
    coded = events_of(coder, text)
    assert ("CONCEDE", "0871") in coded, coded
    assert not types_of(coder, text) & {"REQUEST", "RETREAT"}, coded


def test_a_ceasefire_observed_stays_a_retreat(coder):
    assert "RETREAT" in types_of(coder, "The army observed the ceasefire along the river.")


@pytest.mark.parametrize(
    "text",
    [
        "The Soviet invasion toppled the government in 1979.",
        "The rebels toppled the president after a month of fighting.",
    ],
)
def test_a_ruler_toppled_by_force_is_an_assault(coder, text):
    coded = types_of(coder, text)
    assert "ASSAULT" in coded and "COERCE" not in coded, coded


def test_a_ruler_toppled_by_protesters_stays_coercion(coder):
    assert "COERCE" in types_of(coder, "The protesters toppled the prime minister.")


def test_an_offensive_told_as_backed_is_military_aid(coder):
    coded = types_of(coder, "The rebels' offensive, backed by the Western coalition, reached the city.")
    assert "AID" in coded and "SUPPORT" not in coded, coded


def test_an_invasion_backed_as_a_policy_stays_support(coder):
    coded = types_of(coder, "The senator supported the invasion of Iraq.")
    assert "SUPPORT" in coded and "AID" not in coded, coded


@pytest.mark.parametrize(
    "text",
    [
        "The interior minister ordered that the cleric be stripped of his citizenship.",
        "The interior minister ordered his citizenship revoked.",
        "The government stripped the dissident of her citizenship.",
    ],
)
def test_citizenship_stripped_or_ordered_revoked_is_a_sanction(coder, text):
    coded = types_of(coder, text)
    assert "SANCTION" in coded and "REQUEST" not in coded, coded


def test_stripping_a_house_is_no_event(coder):
    assert not events_of(coder, "The thieves stripped the house of its furniture.")
