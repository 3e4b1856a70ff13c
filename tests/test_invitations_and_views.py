"""Invitations and shared views, on sentences written for these tests: inviting
someone to act asks it of them (REQUEST), inviting them to meet offers a meeting
(AGREE 036); agreeing with a view is no agreement; taking charge is no accusation."""

from __future__ import annotations

import pytest


def events_of(coder, text):
    return {(event.event, event.cameo) for event in coder.code_text(text, "2024-05-02")}


def types_of(coder, text):
    return {event for event, _ in events_of(coder, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The Kurdish leader invited Iraqi troops to help drive out the militia.",
        "The king invited the opposition to join the government.",
    ],
)
def test_an_invitation_to_act_is_a_request(coder, text):
    assert types_of(coder, text) == {"REQUEST"}


@pytest.mark.parametrize(
    "text",
    [
        "The president invited his Kenyan counterpart to visit Beijing.",
        "The president invited his Kenyan counterpart for talks.",
    ],
)
def test_an_invitation_to_meet_is_an_offer_to_meet(coder, text):
    assert ("AGREE", "036") in events_of(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ministers agreed it was highly likely the government was responsible.",
        "The two leaders agreed that the regime had a pattern of dangerous behaviour.",
    ],
)
def test_agreeing_with_a_view_is_no_agreement(coder, text):
    assert "AGREE" not in types_of(coder, text)


def test_agreeing_to_act_stays_an_agreement(coder):
    assert "AGREE" in types_of(coder, "The Home Office agreed to a short-term pause in the programme.")


def test_taking_charge_of_troops_accuses_no_one(coder):
    assert "ACCUSE" not in types_of(coder, "The general took charge of three battalions near the city.")


def test_a_plan_told_first_and_then_agreed_stays_an_agreement(coder):
    text = "The buffer zone will be in place by October, the two presidents agreed."
    assert "AGREE" in types_of(coder, text)


def test_signing_up_with_a_militia_agrees_nothing_but_signing_up_to_a_deal_concludes_it(coder):
    assert "AGREE" not in types_of(coder, "She had signed up with the Kurdish women's units in Syria.")
    assert ("SUPPORT", "057") in events_of(coder, "Iran signed up to the nuclear deal in 2015.")
