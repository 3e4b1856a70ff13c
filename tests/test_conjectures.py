"""A "would" that nobody is told to say is the writer's conjecture, hypothetical; a
"would" someone said, announced or promised is their stated intent, still to come
(extract/modality.py, `stated_intent_nouns`)."""

from __future__ import annotations

import pytest

from coded_events import coded


@pytest.mark.parametrize(
    "text",
    [
        "Any motion against Lima at the UN would certainly be blocked by Chile.",
        "The Aymara deserve a federal state, something the Chilean president would resist.",
    ],
)
def test_the_writers_conjecture_is_hypothetical(unrealised_coder, text):
    assert [modality for _, modality in coded(unrealised_coder, text)] == ["hypothetical"]


@pytest.mark.parametrize(
    "text",
    [
        "Chile said it would withdraw its troops from the border.",
        "Peru announced that its troops would leave Bolivia by May.",
        "“I would ask the Peruvian government to reconsider,” the Bolivian foreign minister said.",
        "According to officials in Lima, Peru would retaliate against the convoy.",
    ],
)
def test_a_stated_would_stays_future(coder, text):
    assert [modality for _, modality in coded(coder, text)] == ["future"]
