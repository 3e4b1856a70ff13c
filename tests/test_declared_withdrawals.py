"""A withdrawal declared, ordered, decided or planned is the declaration PLOVER codes
CONCEDE ("declarations (but not implementations) of ... withdrawals"), also when the
withdrawal is written as a noun; the pullback carried out stays RETREAT."""

from __future__ import annotations

import pytest

from coded_events import code_article


def types_of(coder, text):
    return [(e.event, e.trigger.text) for e in code_article(coder, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa ordered the withdrawal of 400 Canadian soldiers from Latvia on Friday.",
        "The chancellor's order for a swift withdrawal of German troops from Mali angered Paris.",
        "Diplomats asked about the timetable for the Belgian pullout from Mali.",
        "Spain has decided to withdraw its troops from Iraq.",
        "The Dutch cabinet decided to end the mission and withdraw its soldiers from Mali.",
    ],
)
def test_a_declared_withdrawal_noun_or_decision_is_a_concession(coder, text):
    assert "CONCEDE" in [event for event, _ in types_of(coder, text)]
    assert "RETREAT" not in [event for event, _ in types_of(coder, text)]


def test_a_carried_out_withdrawal_noun_stays_a_retreat(coder):
    assert types_of(coder, "The Spanish withdrawal from Iraq in 2004 left a gap.") == [("RETREAT", "withdrawal")]


def test_a_decision_to_do_something_else_is_no_event(coder):
    assert types_of(coder, "Spain decided to meet Morocco in Rabat.") == []
