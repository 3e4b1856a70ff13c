"""A government's own people moved about (troops, police, spies, envoys): the side
that moves in a passive with no doer, and no recipient of their own government."""

from __future__ import annotations

import pytest


def coded(coder, text):
    return [
        (e.event, e.actor and e.actor.code, e.recipient and e.recipient.code)
        for e in coder.code_text(text, "2024-05-02")
    ]


def test_police_pulled_out_are_the_side_that_withdraws(coder):
    assert coded(coder, "Chilean police were pulled out of Haiti on Monday.") == [("RETREAT", "CHLCOP", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # journalists are no people a government moves: they are the ones moved
        ("Chilean journalists were pulled out of Haiti on Monday.", ("RETREAT", None, "CHLMED")),
        # an ambush moves nobody: the troops are the ones attacked
        ("Chilean troops were ambushed near the border on Monday.", ("ASSAULT", None, "CHLMIL")),
    ],
)
def test_only_a_governments_people_moved_are_its_side(coder, text, expected):
    assert coded(coder, text) == [expected]
