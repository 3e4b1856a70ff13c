"""Aims, exposure, standing states and goals sought: words of an event that report none
(extract/speculation.py, extract/word_senses.py); sentences written for these tests."""

from __future__ import annotations

import pytest

from coded_events import coded


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Chile said it was not abandoning its stated strategy of containing Peru and curbing Bolivian influence.",
            "COERCE",
        ),
        ("A rapid pullout would leave the Kurdish militia vulnerable to a Peruvian attack.", "ASSAULT"),
    ],
)
def test_an_aim_or_an_exposure_is_hypothetical(unrealised_coder, text, event):
    modalities = {modality for name, modality in coded(unrealised_coder, text) if name == event}
    assert modalities == {"hypothetical"}, coded(unrealised_coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "About 900 Brazilian troops are stationed in the north of Haiti.",
        "The Brazilian troops stationed in Haiti will stay until June.",
        "The junta seeks an outright military victory instead of a negotiated settlement.",
        "Nepal seeks dominance in the region.",
    ],
)
def test_a_standing_state_or_a_goal_sought_is_no_event(unrealised_coder, text):
    assert coded(unrealised_coder, text) == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The Chilean army attacked the rebel camp near the border on Sunday.", "ASSAULT"),
        ("Brazil deployed 900 troops to Haiti on Monday.", "MOBILIZE"),
        ("Venezuela sought help from Cuba after the storm.", "REQUEST"),
    ],
)
def test_the_acts_themselves_stay_asserted(coder, text, event):
    assert (event, "asserted") in coded(coder, text), coded(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The militia still holds pockets of territory along the Bolivian border.",
        "The northern province is controlled by a rebel group.",
        "The group was too strong, occupying much of northern Chile.",
    ],
)
def test_ground_held_told_as_a_state_is_no_event(unrealised_coder, text):
    assert coded(unrealised_coder, text) == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Peruvian troops occupied the town on Monday.", "COERCE"),
        ("Students occupying the campus in Lima demanded the rector's resignation.", "PROTEST"),
        ("Peru holds talks with Chile in Lima.", "CONSULT"),
    ],
)
def test_taking_ground_a_sit_in_and_holding_talks_stay_events(coder, text, event):
    assert (event, "asserted") in coded(coder, text), coded(coder, text)


def test_an_attack_one_is_worried_will_come_is_hypothetical(unrealised_coder):
    text = (
        "Worried that another attack carried out by rebels will hurt his business, the Peruvian trader moved to Lima."
    )
    assert ("ASSAULT", "hypothetical") in coded(unrealised_coder, text), coded(unrealised_coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The army barely holds its positions, let alone secures new gains.",
        "They will often inform us, let's say, as a courtesy.",
    ],
)
def test_an_aside_with_let_permits_nothing(unrealised_coder, text):
    assert all(event != "CONCEDE" for event, _ in coded(unrealised_coder, text)), coded(unrealised_coder, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The rebels launched a campaign aimed at forcing the farmers to leave the valley.", "RETREAT"),
        ("The villages will be open to a Peruvian assault.", "ASSAULT"),
    ],
)
def test_what_a_campaign_is_aimed_at_or_a_place_is_open_to_is_hypothetical(unrealised_coder, text, event):
    modalities = {modality for name, modality in coded(unrealised_coder, text) if name == event}
    assert modalities == {"hypothetical"}, coded(unrealised_coder, text)


def test_a_murder_one_is_afraid_after_stays_told(coder):
    text = "She was too afraid to leave Lima following the murder of another activist by the militia."
    assert ("ASSAULT", "asserted") in coded(coder, text), coded(coder, text)
