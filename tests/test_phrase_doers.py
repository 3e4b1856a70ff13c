"""Doers a sentence names where the clause reader does not look (extract/phrase_doers.py):
the "by" of the last of coordinated passives, the subject of a clause parsed as a
preposition's object, the shooter of a weapon and the leader of a coalition an attack
is named after.  Sentences are the project's own."""

from __future__ import annotations

import pytest

from coded_events import code_article as code
from coded_events import on_trigger


def test_coordinated_passives_share_the_agent_written_on_the_last(coder):
    event = on_trigger(code(coder, "The men were detained and forcibly disappeared by Isis."), "detained")
    assert event.actor is not None and event.actor.code == "IMGREB"
    assert event.recipient is not None and event.recipient.text == "The men"


def test_a_passive_without_a_coordinated_agent_keeps_no_doer(coder):
    event = on_trigger(code(coder, "The protesters were arrested and later released."), "arrested")
    assert event.actor is None


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Two soldiers were hit by a rocket, fired by Isis militants, near the base.", "hit", "IMGREB"),
        ("A rocket fired from Russian jets hit the hospital in Idlib.", "hit", "RUSMIL"),
    ],
)
def test_a_weapon_that_struck_is_fired_by_its_shooter(coder, text, trigger, doer):
    event = on_trigger(code(coder, text), trigger)
    assert event.actor is not None and event.actor.code == doer


def test_a_led_coalition_an_attack_is_named_after_does_it(coder):
    text = "Dozens of fighters were killed by a US-led coalition strike in Mosul last week."
    event = on_trigger(code(coder, text), "killed")
    assert event.actor is not None and event.actor.country == "USA"


def test_a_clause_parsed_as_a_prepositions_object_keeps_its_own_subject(coder):
    text = (
        "The US-led coalition has bombed the city for months. "
        "Activists said 20 people died after a coalition bombing raid struck a market."
    )
    event = on_trigger(code(coder, text), "struck")
    assert event.actor is not None and event.actor.country == "USA"  # the raid struck, not the dead


def test_a_later_clause_with_its_own_subject_lends_no_agent(coder):
    text = "Men are abused in the prisons, and scores of men had been detained by armed groups."
    event = on_trigger(code(coder, text), "abused")
    assert event.actor is None


def test_a_backer_of_an_offensive_is_not_its_doer(coder):
    text = "The capture of the town was the result of a ground offensive, supported by US-led coalition airstrikes."
    events = [e for e in code(coder, text) if e.trigger.text == "offensive"]
    assert all(e.actor is None or e.actor.country != "USA" for e in events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Six people were killed in Mosul when a US-led coalition airstrike hit their house.", "killed"),
        (
            "The US-led coalition has bombed the city for months. "
            "Ten shoppers were wounded after a coalition bombing raid struck a market.",
            "wounded",
        ),
    ],
)
def test_harm_that_followed_a_strike_is_done_by_the_striker(coder, text, trigger):
    event = on_trigger(code(coder, text), trigger)
    assert event.actor is not None and event.actor.country == "USA"


def test_harm_that_followed_an_unowned_strike_keeps_no_doer(coder):
    text = "Six people were killed when an airstrike hit their house in the city."
    events = code(coder, text)
    assert events
    assert all(e.actor is None or e.actor.country is None for e in events)
