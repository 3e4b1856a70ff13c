"""Promises over a negated deed (extract/operators.py `restrained`, `refusal`), on
sentences written for these tests: promising not to attack is a commitment of
restraint (AGREE), not a threat; vowing never to accept something is the refusal
(REJECT), not a threat; a vow to go on fighting stays a threat."""

from __future__ import annotations

import pytest


def types_of(coder, text):
    return {(event.event, event.cameo) for event in coder.code_text(text, "2024-05-02")}


@pytest.mark.parametrize(
    "text",
    ["The rebels promised not to attack the convoy.", "The army agreed not to shell the city during the talks."],
)
def test_a_promise_of_restraint_is_agree(coder, text):
    assert types_of(coder, text) == {("AGREE", "030")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The president vowed that his country would never accept the deal.", ("REJECT", "120")),
        ("The opposition vowed not to attend the conference.", ("REJECT", "125")),
    ],
)
def test_a_vowed_refusal_is_the_refusal(coder, text, expected):
    assert types_of(coder, text) == {expected}


def test_a_vow_to_go_on_fighting_stays_a_threat(coder):
    assert ("THREATEN", "138") in types_of(coder, "Israel vowed to continue its strikes in Syria.")


def test_an_expulsion_with_no_doer_named_stays(coder):
    coded = types_of(coder, "Now that the militia is being forced out, residents are returning.")
    assert ("COERCE", "174") in coded
