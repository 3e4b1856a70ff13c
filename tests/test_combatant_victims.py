"""Those who fight, and those harmed while fighting, are combatants: they keep their
country and are not coded civilians (resolve/combatant_victims.py)."""

from __future__ import annotations

import pytest

from coded_events import code_article, on_trigger


@pytest.mark.parametrize(
    "text",
    [
        "Two Canadian men were killed fighting al-Shabaab near Kismayo last month.",
        "He was the third Irish citizen killed while serving with Kurdish forces in Syria.",
        "A Danish woman fighting alongside Kurdish forces in Raqqa has been killed.",
        "A Dutch man who travelled to Iraq to fight Isis was killed in Mosul on Friday.",
        "Relatives mourned the Danish woman killed fighting alongside Kurdish forces in Syria.",
        "He was the second Canadian citizen killed in action in Syria.",
    ],
)
def test_someone_harmed_while_fighting_keeps_a_country_but_is_no_civilian(coder, text):
    victim = on_trigger(code_article(coder, text), "killed").recipient
    assert victim is not None and victim.country in {"CAN", "IRL", "DNK", "NLD"}
    assert victim.sector != "CVL"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Soldiers shot dead 12 villagers while fighting bandits in Zamfara state.", "NGA"),
        ("A Canadian nurse was killed while volunteering at a clinic in Aleppo.", "CAN"),
        ("A Danish man whose brother had fought for Isis was killed in Copenhagen.", "DNK"),
        ("Dozens of Iraqi civilians were killed in the battle for the city.", "IRQ"),
    ],
)
def test_a_fight_that_is_not_the_victims_own_leaves_a_civilian(coder, text, country):
    events = code_article(coder, text)
    victims = [e.recipient for e in events if e.event == "ASSAULT" and e.recipient is not None]
    assert any(victim.country == country and victim.sector in {"CVL", "MED"} for victim in victims)


def test_one_who_fights_beside_an_armed_force_is_no_civilian(coder):
    event = on_trigger(code_article(coder, "A Swedish teacher fought with the Kurdish militia for a year."), "fought")
    assert event.actor is not None and event.actor.country == "SWE" and event.actor.sector != "CVL"


def test_protesters_who_fight_the_police_stay_civilians(coder):
    events = code_article(coder, "Protesters fought the police in Lyon on Saturday.")
    assert any(e.actor is not None and e.actor.code == "FRACVL" for e in events)
