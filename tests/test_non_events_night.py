"""Events only within someone's power or right, events something depends on, soldiers
taken home, access given by no one and people collected rather than arrested
(extract/speculation.py, extract/word_senses.py); sentences written for these tests."""

from __future__ import annotations

import pytest

from coded_events import PUBLISHED, coded


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Peru's ability to bomb the rebel villages has grown this year.", "ASSAULT"),
        ("Protesters in Lima defended the right to protest against the government.", "PROTEST"),
        ("The new law gives the minister the power to expel foreign journalists.", "COERCE"),
        ("What happens next will depend on negotiations between Chile and the miners' union.", "CONSULT"),
        ("The ceasefire hinges on talks between Colombia and the rebels.", "CONSULT"),
    ],
)
def test_what_one_could_do_or_what_depends_on_it_is_hypothetical(unrealised_coder, text, event):
    modalities = {modality for name, modality in coded(unrealised_coder, text) if name == event}
    assert modalities == {"hypothetical"}, coded(unrealised_coder, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The Peruvian air force bombed the rebel villages on Sunday.", "ASSAULT"),
        ("Colombia held talks with the rebels in Havana on Monday.", "CONSULT"),
        ("Chile depended on Argentine gas for years, and the two ministers met in Santiago on Friday.", "CONSULT"),
    ],
)
def test_the_same_events_told_as_done_stay_asserted(coder, text, event):
    assert (event, "asserted") in coded(coder, text), coded(coder, text)


@pytest.mark.parametrize(
    ("text", "withdrawal"),
    [
        ("Norway took its soldiers out of Afghanistan in 2021.", "RETREAT"),
        # announced as under way: the declared withdrawal, CONCEDE (PLOVER)
        ("The Dutch prime minister announced he was bringing the troops home from Mali.", "CONCEDE"),
    ],
)
def test_taking_soldiers_out_or_home_is_a_withdrawal(coder, text, withdrawal):
    events = [event for event, _ in coded(coder, text)]
    assert withdrawal in events and "MOBILIZE" not in events, events


def test_intending_to_take_soldiers_out_is_an_announced_withdrawal(coder):
    events = coded(coder, "The president is determined to take American troops out of Panama.")
    assert ("CONCEDE", "future") in events and all(event != "MOBILIZE" for event, _ in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Airstrikes took out the radar near the airport.",
        "She brought home the message to voters in Ohio.",
    ],
)
def test_taking_out_or_bringing_home_no_soldiers_withdraws_no_one(coder, text):
    assert all(event != "RETREAT" for event, _ in coded(coder, text)), coded(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Red Cross was given access to the prison in Quito.",
        "UN troops were given access to the base near Goma.",
    ],
)
def test_access_given_by_no_one_is_no_event_of_the_receiver(coder, text):
    assert coded(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The hostage was picked up by a Swiss delegation at the border.",
        "The freed journalist was picked up by his family in Caracas.",
    ],
)
def test_a_person_collected_is_not_arrested(coder, text):
    assert coded(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The activist was picked up by police in Lagos on Monday.",
        "Two students were picked up by soldiers near the campus.",
    ],
)
def test_picked_up_by_police_or_soldiers_is_an_arrest(coder, text):
    arrests = [e for e in coder.code_text(text, PUBLISHED) if e.cameo == "173"]  # CAMEO: arrest, detain
    assert arrests and arrests[0].modality == "asserted", coded(coder, text)


def test_granting_a_power_to_arrest_arrests_no_one(coder):
    assert coded(coder, "The court gave prosecutors the authority to arrest the mayor.") == []


def test_access_given_by_a_named_giver_stays(coder):
    events = coder.code_text("The UN gave the Red Cross access to the camp in Goma.", PUBLISHED)
    assert [(e.event in {"CONCEDE", "RETREAT"}, e.actor and e.actor.text) for e in events] == [(True, "The UN")]
