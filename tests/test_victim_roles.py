"""Those an attack was done to are its recipient, never its doer (resolve/victim_roles.py).
Sentences are the project's own."""

from __future__ import annotations

import pytest

from coded_events import code_article as code
from coded_events import on_trigger


def country(party):
    return None if party is None else party.country


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "victims"),
    [
        ("Three Danish volunteers killed fighting the Taliban were honoured in Copenhagen.", "killed", "AFG", "DNK"),
        ("Hansen is among four Danish men killed fighting the Taliban since 2009.", "killed", "AFG", "DNK"),
        ("A Danish volunteer was killed while fighting the Taliban.", "killed", "AFG", "DNK"),
        ("Two Kurdish commanders were wounded fighting against Islamic State near Raqqa.", "wounded", "IMG", "SYR"),
    ],
)
def test_those_killed_fighting_a_foe_were_killed_by_it(coder, text, trigger, doer, victims):
    event = on_trigger(code(coder, text), trigger)
    assert (country(event.actor), country(event.recipient)) == (doer, victims)


def test_the_one_killed_during_a_raid_is_no_doer_of_the_raid(coder):
    events = code(coder, "The Danish aid worker was believed to have been killed during a US-led raid on the camp.")
    event = on_trigger(events, "raid")
    assert country(event.actor) == "USA"


def test_the_one_hit_by_a_round_fired_by_militants_did_not_fire_it(coder):
    events = code(
        coder, "The Iraqi medic and his team were hit by a rocket, fired by Islamic State militants, at dawn."
    )
    assert country(on_trigger(events, "fired").actor) == "IMG"


def test_those_made_to_be_killed_are_the_ones_killed(coder):
    events = code(coder, "The Danish minister ordered the army to have the Danish hostages killed.")
    event = on_trigger(events, "killed")
    assert event.actor is None or country(event.actor) != "DNK"


def test_a_fighter_killing_fighters_stays_the_doer(coder):
    events = code(coder, "Iraqi troops killed three militants fighting in the old city.")
    assert country(on_trigger(events, "killed").actor) == "IRQ"


@pytest.mark.parametrize(
    "text",
    [
        "More than 40 Afghan villagers died in a strike on the market, the ministry said.",
        "Ole Hansen, a Danish volunteer, fell last week in an explosion near the front.",
    ],
)
def test_the_dead_are_no_doers_of_what_killed_them(coder, text):
    events = code(coder, text)
    assert events
    assert all(country(e.actor) not in {"AFG", "DNK"} for e in events if e.event == "ASSAULT")


def test_a_party_suffering_from_its_own_deed_still_did_it(coder):
    events = code(
        coder,
        "Admitting that her party had suffered at the ballot box due to the expulsion of a popular mayor, "
        "she said the mayor had broken party rules.",
    )
    event = on_trigger(events, "expulsion")
    assert event.actor is not None
