"""A meeting whose own phrase dates it ahead ("next week", "in the coming days") is still
to come, which PLOVER codes AGREE (future): extract/planned.py."""

from __future__ import annotations

import pytest

from coded_events import coded


@pytest.mark.parametrize(
    "text",
    [
        "The UN envoy is convening talks between the government and the rebels in Geneva next week.",
        "The UN envoy is convening talks between the government and the rebels in Geneva in the coming days.",
    ],
)
def test_a_meeting_dated_ahead_is_an_agreement_to_meet(coder, text):
    assert coded(coder, text) == [("AGREE", "future")]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers of France and Germany met on Monday to prepare next week's summit.",
        "The foreign ministers of France and Germany discussed next week's summit in Brussels.",
        "The foreign ministers of France and Germany met in Brussels five days later.",
    ],
)
def test_a_meeting_held_keeps_a_later_date_that_is_not_its_own(coder, text):
    assert coded(coder, text) == [("CONSULT", "asserted")]


def test_talks_a_verb_dates_ahead_are_still_to_come(coder):
    text = "The envoy said he is convening two days of talks between the two parties in Vienna next week."
    assert ("CONSULT", "asserted") not in coded(coder, text)
