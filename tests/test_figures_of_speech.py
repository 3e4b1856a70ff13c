"""Figures of speech with an event verb: a betrayal told as "stabbed ... in the back" is
no attack (words.yaml `idiom_phrases`); a knife attack told plainly, or a victim "stabbed
in the back" in the passive, stays one;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded_events import coded


@pytest.mark.parametrize(
    "text",
    [
        "The Polish premier said Germany had stabbed Poland in the back.",
        "Hungary's foreign minister said Austria had stabbed Hungary in the back over the pipeline.",
    ],
)
def test_a_betrayal_stabbed_in_the_back_is_no_assault(coder, text):
    assert "ASSAULT" not in {event for event, _ in coded(coder, text)}, coded(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stabbed a shopkeeper in the neck in Karachi on Monday.",
        "A constable was stabbed in the back by a mob in Patna on Sunday.",
    ],
)
def test_a_plain_stabbing_stays_an_assault(coder, text):
    assert "ASSAULT" in {event for event, _ in coded(coder, text)}, coded(coder, text)
