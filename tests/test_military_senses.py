"""Event types decided by the military sense of a verb (extract/military_senses.py) and
a source's refusal to be named (extract/refusal.py), on sentences written for these
tests: ground taken by force is an assault, goods and people seized stay what they
were; training or backing in arms is aid; a cyber operation is coercion; a source
declining to be named or to confirm refuses no one."""

from __future__ import annotations

import pytest


def events_of(coder, text):
    return {(event.event, event.cameo, event.mode) for event in coder.code_text(text, "2024-05-02")}


def types_of(coder, text):
    return {event for event, _, _ in events_of(coder, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Government forces captured three villages near the border.",
        "The Islamic State group captured Mosul in 2014.",
        "The jihadists have seized much of the province since March.",
        "The rebels took control of the city after a two-week siege.",
        "Thousands died in the fighting over the territory the militants had seized.",
    ],
)
def test_ground_taken_by_force_is_an_assault(coder, text):
    coded = events_of(coder, text)
    assert ("ASSAULT", "190", None) in coded, coded
    assert not any(event == "COERCE" or cameo == "181" for event, cameo, _ in coded), coded


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police seized the passports of the activists.", ("COERCE", "171", "seize")),
        ("Soldiers captured two journalists near the border.", ("ASSAULT", "181", "abduct")),
        ("The rebels occupied the town on Monday.", ("COERCE", "192", "seize")),
    ],
)
def test_goods_and_people_seized_and_ground_held_keep_their_types(coder, text, expected):
    assert expected in events_of(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Turkish officers have trained and equipped the rebel fighters.",
        "American instructors trained the Kurdish units in the north.",
        "Washington covertly backed the opposition groups for years.",
        "The militia is backed by Iranian artillery and drones.",
        "Russia armed and supported the separatists in the east.",
        "The jihadist groups backed by Turkey were driven out of the town.",
    ],
)
def test_training_and_backing_in_arms_is_military_aid(coder, text):
    coded = events_of(coder, text)
    assert ("AID", "072", None) in coded, coded
    assert not any(event in {"SUPPORT", "COOPERATE"} for event, _, _ in coded), coded


@pytest.mark.parametrize(
    "text",
    [
        "The German chancellor backed the proposal for new elections.",
        "The minister has hinted he backs military intervention in the region.",
    ],
)
def test_backing_in_words_stays_support(coder, text):
    assert "SUPPORT" in types_of(coder, text)
    assert "AID" not in types_of(coder, text)


def test_training_with_no_one_trained_stays_cooperation(coder):
    assert "AID" not in types_of(coder, "Indian and French pilots trained together over the Rajasthan desert.")


def test_targeting_email_accounts_is_a_cyber_operation(coder):
    coded = events_of(coder, "Chinese hackers targeted the email accounts of Indian officials.")
    assert ("COERCE", "170", "cyber") in coded, coded
    assert "ASSAULT" not in {event for event, _, _ in coded}


def test_targeting_a_camp_stays_an_attack(coder):
    assert "ASSAULT" in types_of(coder, "Israeli jets targeted a militant camp near the border.")


@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan official, who refused to be named, said the talks had stalled.",
        "The ministry declined to comment on whether the envoy had been expelled.",
        "Two diplomats refused to put their names to the assessment.",
    ],
)
def test_a_source_declining_to_be_named_or_to_confirm_refuses_no_one(coder, text):
    assert "REJECT" not in types_of(coder, text)


def test_a_refusal_to_act_stays_a_rejection(coder):
    assert "REJECT" in types_of(coder, "The government refused to release the detained activists.")


@pytest.mark.parametrize(
    "text",
    [
        "The Russian navy conducted a firing drill off the Syrian coast.",
        "Chinese warships held military exercises near Taiwan on Monday.",
        "The Russian navy launched three days of drills in the Baltic.",
    ],
)
def test_a_force_s_own_drill_is_a_show_of_force(coder, text):
    coded = events_of(coder, text)
    assert ("MOBILIZE", "150", None) in coded, coded
    assert "COOPERATE" not in {event for event, _, _ in coded}


@pytest.mark.parametrize(
    "text",
    [
        "The Indian army held joint exercises with the French army.",
        "The Japanese navy held drills with the US Seventh Fleet.",
        "American and South Korean forces held drills near the border.",
        "French and Egyptian warships launched ten days of war games in the Mediterranean.",
    ],
)
def test_a_drill_held_with_a_partner_is_military_cooperation(coder, text):
    coded = events_of(coder, text)
    assert ("COOPERATE", "062", None) in coded, coded
    assert "MOBILIZE" not in {event for event, _, _ in coded}
