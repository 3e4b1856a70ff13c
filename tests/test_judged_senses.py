"""Word senses and event types judged wrong on the Guardian samples (hc4), on
sentences written for these tests: a clash with someone's view or between two leaders
is a dispute in words; weapons holding a force back are an assault; cutting a deal
concludes one; a person in office fighting to get something campaigns; recognising a
voice or a fact, defying danger or "the norms of civilised nations" is no event."""

from __future__ import annotations

import pytest

from coded_events import PUBLISHED, on_trigger


def code_article(coder, text):
    return coder.code_text(text, PUBLISHED)


def types_of(coder, text):
    return {event.event for event in code_article(coder, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The senator had previously clashed with the governor's assessment that the drought was over.",
        "Okafor clashed with Biden's view that the war had been won.",
    ],
)
def test_a_clash_with_a_view_is_disapproval_of_its_owner(coder, text):
    event = on_trigger(code_article(coder, text), "clashed")
    assert (event.event, event.mode) == ("ACCUSE", "disapprove")
    assert event.recipient is not None and event.recipient.code is not None  # the view's owner


def test_two_leaders_clashing_over_a_topic_dispute_in_words(coder):
    text = "Macron and Putin clashed in public over the timing of a ceasefire."
    assert on_trigger(code_article(coder, text), "clashed").event == "ACCUSE"


def test_fighters_clashing_stay_an_assault(coder):
    text = "Rebels and soldiers clashed over the control of the bridge."
    assert on_trigger(code_article(coder, text), "clashed").event == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Snipers and mortars held back the government troops for a week.", "held"),
        ("Landmines, snipers and rockets are preventing the army from advancing by day.", "preventing"),
    ],
)
def test_weapons_holding_a_force_back_are_an_assault(coder, text, trigger):
    assert on_trigger(code_article(coder, text), trigger).event == "ASSAULT"


def test_troops_holding_back_a_crowd_are_no_assault(coder):
    assert "ASSAULT" not in types_of(coder, "Riot police held back the crowd outside the palace.")


def test_cutting_a_deal_concludes_an_agreement(coder):
    event = on_trigger(code_article(coder, "Ankara cut a deal with Moscow over the pipeline."), "cut")
    assert event.event in {"SUPPORT", "AGREE"}


def test_a_minister_fighting_to_get_his_way_is_no_fight(coder):
    text = "The defence minister fought hard to keep the strikes narrowly focused on two depots."
    assert "ASSAULT" not in types_of(coder, text)


def test_rebels_fighting_to_take_a_town_still_fight(coder):
    text = "The rebels fought to retake the town from the army."
    assert "ASSAULT" in types_of(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "A young conscript was listening on a radio and recognised the voice.",
        "The inspectors recognised that at the time.",
        "The historian recognises the slogans coming from the far right.",
    ],
)
def test_recognising_a_voice_or_a_fact_is_no_recognition(coder, text):
    assert "SUPPORT" not in types_of(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Brazil recognised the independence of the new republic.",
        "The US recognised Ankara's right to defend its borders.",
    ],
)
def test_recognising_a_partys_standing_stays_support(coder, text):
    assert "SUPPORT" in types_of(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The junta had defied the norms of civilised nations by bombing the villages.",
        "The dangers that these reporters defy show how much we need them.",
    ],
)
def test_defying_danger_or_norms_rejects_no_one(coder, text):
    assert "REJECT" not in types_of(coder, text)


def test_defying_a_court_stays_a_rejection(coder):
    assert "REJECT" in types_of(coder, "The regime defied the constitutional court.")
