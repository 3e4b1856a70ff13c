"""Word senses of event nouns on sentences written for these tests (issue 11):
"strike" is a blow of arms when a state or an armed force makes it or it is aimed
on a target, and a walkout in its labour phrases."""

from __future__ import annotations

import pytest


def events_of(coder, text):
    return {(event.event, event.cameo) for event in coder.code_text(text, "2024-05-02")}


@pytest.mark.parametrize(
    "text",
    [
        "A French strike on the rebel camp destroyed two trucks.",
        "The Turkish strike hit a fuel depot near the border.",
        "A strike by rebels on the airport killed three guards.",
        "Two villagers died in a strike by government troops on Sunday.",
    ],
)
def test_a_strike_by_a_state_or_on_a_target_is_force(coder, text):
    coded = events_of(coder, text)
    assert any(event == "ASSAULT" for event, _ in coded), coded
    assert not any(event == "PROTEST" for event, _ in coded), coded


@pytest.mark.parametrize(
    "text, cameo",
    [
        ("Thousands of bus drivers went on strike over pay.", "143"),
        ("The union called a general strike for Thursday.", "143"),
        ("Dockworkers began a strike on Monday at the port.", "143"),
        ("The jailed blogger began a hunger strike in his cell.", "142"),
    ],
)
def test_a_labour_strike_stays_a_protest(coder, text, cameo):
    coded = events_of(coder, text)
    assert ("PROTEST", cameo) in coded, coded
    assert not any(event == "ASSAULT" for event, _ in coded), coded


@pytest.mark.parametrize(
    "text",
    [
        "The engineers cleared mines to allow trapped civilians to leave the city.",
        "The army opened a corridor for families to leave the district.",
        "Thousands of villagers who left their homes crossed into Jordan.",
        "The rebels let the residents leave the besieged town.",
    ],
)
def test_civilians_leaving_make_no_retreat(coder, text):
    coded = events_of(coder, text)
    assert not any(event == "RETREAT" for event, _ in coded), coded
    assert ("CONCEDE", "0356") not in coded, coded  # no promised withdrawal either


def test_letting_civilians_leave_is_the_concession_and_troops_leaving_a_retreat(coder):
    assert ("CONCEDE", "080") in events_of(coder, "The rebels let the residents leave the besieged town.")
    assert ("RETREAT", "0874") in events_of(coder, "The last government troops left the town on Monday.")


@pytest.mark.parametrize(
    "text, event",
    [
        ("The rebels' momentum has reversed across the north.", None),
        ("The rebels have retreated to the hills.", "RETREAT"),
    ],
)
def test_a_trend_that_cannot_act_does_no_event(coder, text, event):
    coded = {kind for kind, _ in events_of(coder, text)}
    assert coded == ({event} if event else set()), coded


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian soldiers fought alongside Chilean troops near the border.",
        "Chilean volunteers who fought with Peruvian forces in the war against the guerrillas came home.",
        "The Peruvian army is fighting with Bolivian troops against the rebels.",
    ],
)
def test_fighting_beside_an_ally_is_military_cooperation(coder, text):
    coded = events_of(coder, text)
    assert ("COOPERATE", "062") in coded, coded
    assert not any(event == "ASSAULT" for event, _ in coded), coded


def test_a_fight_with_its_foe_named_stays_an_attack(coder):
    assert ("ASSAULT", "190") in events_of(coder, "Peruvian soldiers fought the rebels alongside Chilean troops.")
    assert ("ASSAULT", "190") in events_of(coder, "Peruvian soldiers fought with Chilean troops near the border.")


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian delegation stole the show in Lima on Tuesday.",
        "The Peruvian president signed an executive order to keep the prison open.",
        "The Chilean president signed the budget bill on Friday.",
        "Peruvian state television is providing a live stream of the minister's briefing.",
    ],
)
def test_idioms_and_domestic_acts_are_no_event(coder, text):
    assert events_of(coder, text) == set()


def test_signing_with_a_party_and_giving_arms_stay_events(coder):
    assert ("SUPPORT", "057") in events_of(coder, "The Peruvian president signed a peace agreement with Chile.")
    signed = events_of(coder, "The two premiers signed ten agreements and memorandums of understanding in Lima.")
    assert ("SUPPORT", "057") in signed, signed
    assert ("AID", "072") in events_of(coder, "Chile provided weapons to the Peruvian rebels.")


def test_defending_ground_from_a_foe_is_a_fight_with_the_foe(coder):
    events = coder.code_text("The Kurdish militia defended the city of Cusco from the rebels.", "2024-05-02")
    fights = [e for e in events if e.event == "ASSAULT"]
    assert fights and fights[0].recipient is not None and fights[0].recipient.text == "the rebels"
    assert not any(e.event in {"SUPPORT", "AID"} for e in events)


@pytest.mark.parametrize(
    "text",
    ["The town, defended by the same militia, fell in May.", "The youths who defended the town were praised."],
)
def test_ground_defended_from_no_one_named_is_no_support(coder, text):
    assert not any(event in {"SUPPORT", "AID", "ASSAULT"} for event, _ in events_of(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "The minister defended the decision to expel the diplomats.",
        "The Chilean president has defended Peru over claims of interference in the election.",
        "The Peruvian leader defended Chile against Western criticism of its arms industry.",
    ],
)
def test_defending_a_decision_or_a_country_in_words_stays_support(coder, text):
    assert ("SUPPORT", "051") in events_of(coder, text)


def test_exempting_a_party_from_sanctions_eases_them(coder):
    assert ("CONCEDE", "085") in events_of(coder, "Peru exempted Chile from the tariffs on copper.")
    assert events_of(coder, "The court exempted the minister from testifying.") == set()


def test_aid_a_party_received_is_the_aid_not_a_visit(coder):
    coded = events_of(coder, "The war was prolonged by the covert assistance Peruvian rebels have received from Chile.")
    assert ("AID", "070") in coded and not any(event == "CONSULT" for event, _ in coded), coded
    assert ("CONSULT", "042") in events_of(coder, "The minister received the Chilean delegation on Monday.")
    # received through hardships: the aid is the object, the hardships no event of the verb
    coded = events_of(coder, "Refugees endured hostilities through which they have received minimal assistance.")
    assert not any(event == "ASSAULT" for event, _ in coded), coded


@pytest.mark.parametrize(
    "text",
    [
        "A Chilean teacher fought with the Peruvian militia for a year.",
        "Chilean nationals fighting with the Peruvian guerrillas were sentenced in Lima.",
        "Two volunteers who have fought with the Peruvian rebels returned to Santiago.",
        "She fought with the Kurdish forces in 2017, the court heard.",
    ],
)
def test_a_person_fighting_with_an_armed_group_fights_on_its_side(coder, text):
    coded = events_of(coder, text)
    assert ("COOPERATE", "062") in coded, coded
    assert not any(event == "ASSAULT" for event, _ in coded), coded


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian rebels fought with the Chilean militia near the border.",
        "A Chilean teacher fought with police in Santiago on Friday.",
        "Students fought with the militia outside the university.",
    ],
)
def test_a_fight_with_a_foe_stays_an_attack(coder, text):
    coded = events_of(coder, text)
    assert coded & {("ASSAULT", "190"), ("PROTEST", "145")}, coded  # students fighting: a riot
    assert ("COOPERATE", "062") not in coded, coded
