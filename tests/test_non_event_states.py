"""Absences, dangers, pictured acts, awaited conditions and reluctance: words of an
event that report none (extract/speculation.py, extract/denial.py,
extract/modality.py); sentences written for these tests."""

from __future__ import annotations

import pytest

from coded_events import coded


@pytest.mark.parametrize(
    ("text", "event", "modality"),
    [
        ("The rebels held the valley for a week without air support from Brazil.", "AID", "negated"),
        ("The militia hoped to rule the district without threats from Ankara.", "THREATEN", "negated"),
        ("The village is under growing threat from Ethiopian militias.", "THREATEN", "hypothetical"),
        ("The senator said he could envisage a small Canadian force helping in the north.", "AID", "hypothetical"),
        ("It is hard to imagine a situation where Peru attacks Chile.", "ASSAULT", "hypothetical"),
        (
            "A treaty cannot be signed until Britain has withdrawn its troops from the island.",
            "RETREAT",
            "hypothetical",
        ),
        ("Ministers in Oslo are reluctant to repatriate the fighters.", "RETREAT", "negated"),
    ],
)
def test_an_event_told_as_absent_feared_pictured_or_awaited_is_unrealised(unrealised_coder, text, event, modality):
    modalities = {found for name, found in coded(unrealised_coder, text) if name == event}
    assert modalities == {modality}, coded(unrealised_coder, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The protesters did not leave the square until the police fired tear gas.", "ASSAULT"),
        ("Peru threatened Chile with sanctions on Monday.", "THREATEN"),
        ("Canadian troops helped the Malian army retake the town.", "AID"),
        ("Norway repatriated four children from the camp last week.", "RETREAT"),
    ],
)
def test_the_acts_themselves_stay_asserted(coder, text, event):
    assert (event, "asserted") in coded(coder, text), coded(coder, text)
