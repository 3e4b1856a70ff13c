"""Words of an event that tell none (h74): an act another party is only made, let or
urged to do (extract/caused.py), a doer or an object of none ("offered no
concessions", extract/modality.py), and a poll's share of a public as the doer
(extract/generic.py).  What did happen stays an event."""

from __future__ import annotations

import pytest

from coded_events import code_article, coded, on_trigger


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Egypt needs more time to force the rebels to leave the valley.", "leave"),
        ("Hariri lobbied in Paris to urge more pressure on Iran to force the rebels to hold talks.", "hold"),
        ("Sanctions alone will be sufficient to force Iran to negotiate with Chile.", "negotiate"),
    ],
)
def test_an_act_another_party_is_yet_to_be_made_to_do_is_hypothetical(unrealised_coder, text, trigger):
    assert on_trigger(code_article(unrealised_coder, text), trigger).modality == "hypothetical"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The deal allowed the fighters to leave the city on Tuesday.", "leave"),
        ("The mob threw stones for an hour, forcing the police to open fire.", "forcing"),
    ],
)
def test_what_a_party_was_made_to_do_stays_asserted(coder, text, trigger):
    assert on_trigger(code_article(coder, text), trigger).modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "The president offered no concessions to the strikers.",
        "Police made no arrests in Lagos on Sunday.",
        "With no American troops there to press the issue, Turkey will rely on others.",
    ],
)
def test_a_doer_or_object_of_none_is_no_event(coder, unrealised_coder, text):
    assert coded(coder, text) == []
    assert {modality for _, modality in coded(unrealised_coder, text)} == {"negated"}


def test_a_count_with_no_stays_an_event(coder):
    assert coded(coder, "The bombing killed no fewer than 20 people in Kabul.") == [("ASSAULT", "asserted")]


@pytest.mark.parametrize(
    "text",
    [
        "Only 31% of Danish voters support sanctions against Chile.",
        "Just over 42 per cent of those asked said they disapproved of the minister.",
    ],
)
def test_a_poll_share_is_no_event(unrealised_coder, text):
    assert coded(unrealised_coder, text) == []


def test_a_share_that_is_acted_on_stays_an_event(coder):
    assert coded(coder, "The army killed 30% of the villagers in March.") == [("ASSAULT", "asserted")]


@pytest.mark.parametrize(
    "text",
    [
        "The UK must stop selling arms to Turkey.",
        "Police should have arrested the gunmen in Lagos.",
        "The Libyan people will have to accept a new constitution and agree on its principles.",
        "The Peruvian government must give answers to the families.",
    ],
)
def test_what_no_one_is_told_to_demand_is_the_writers_opinion(coder, text):
    assert coded(coder, text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("“Kenya must withdraw its troops,” the Somali president said.", "the Somali president"),
        ("Chile should release the prisoners, according to Amnesty.", "Amnesty"),
    ],
)
def test_a_demand_someone_is_told_to_make_is_theirs(coder, text, actor):
    events = code_article(coder, text)
    assert [(e.event, e.actor.text if e.actor else None) for e in events] == [("REQUEST", actor)]


def test_what_a_party_had_to_do_it_did(coder):
    assert coded(coder, "The villagers had to flee when the army shelled the town on Monday.") != []


@pytest.mark.parametrize(
    "text",
    [
        "I met one man who had fled the shelling in Kherson.",
        "My colleague has been speaking to refugees about the airstrikes.",
    ],
)
def test_the_writer_meeting_the_people_of_the_story_is_no_event(coder, text):
    assert coded(coder, text) == []


def test_a_quoted_speaker_meeting_someone_stays_a_meeting(coder):
    # The speaker is placed: an "I" no speaker places is no doer (resolve/antecedents.py).
    assert coded(coder, "“I met Putin in Moscow on Monday,” the Brazilian president said.") == [("CONSULT", "asserted")]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Lawyers said the government would not be able to expel the activist.", "negated"),
        ("Toppling the junta would be much easier without Russian help.", "hypothetical"),
        ("The volunteers may find themselves fighting Turkish troops.", "hypothetical"),
    ],
)
def test_what_is_only_weighed_or_beyond_a_partys_power_is_unrealised(unrealised_coder, text, modality):
    assert [m for _, m in coded(unrealised_coder, text)] == [modality]


@pytest.mark.parametrize(
    "text",
    ["Police were able to arrest the gunmen on Sunday.", "Shelling the town was a crime, the UN said."],
)
def test_what_a_party_was_able_to_do_or_did_stays_asserted(coder, text):
    assert [m for _, m in coded(coder, text)] == ["asserted"]
