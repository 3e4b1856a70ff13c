"""The party acted upon is never coded as the doer (issue 11, swapped roles): the "by"
party of a passive the parser read as active (extract/missed_passives.py), the one a
request is made of after "from" (extract/asked_parties.py), and a captive "taken
prisoner" by a captor is the captor's abduction.  Sentences are the project's own."""

from __future__ import annotations

import pytest

from coded_events import code_article as code
from coded_events import on_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "done_to"),
    [
        # the parser makes the reporter the subject of "taken"
        ("The Danish photographer taken hostage by Islamic State was never found.", "taken", "IMGREB", "DNKMED"),
        # the conjunct inherits the subject of the earlier active verb
        (
            "The Iraqi fighter paid a smuggler to cross the border but was betrayed by a friend and "
            "arrested by Turkish soldiers last week.",
            "arrested",
            "TURMIL",
            "IRQREB",
        ),
        # the owners had it done to them, not their houses
        ("The Palestinian families had their houses demolished by Israeli forces.", "demolished", "ISRMIL", "PSECVL"),
    ],
)
def test_the_by_party_of_an_unmarked_passive_is_the_doer(coder, text, trigger, doer, done_to):
    event = on_trigger(code(coder, text), trigger)
    assert event.actor is not None and event.actor.code == doer
    assert event.recipient is not None and event.recipient.code == done_to


@pytest.mark.parametrize(
    "text",
    [
        "The US soldier was taken prisoner by the Taliban in 2009.",
        "An American nurse taken captive by Islamic State in 2014 died in Raqqa.",
    ],
)
def test_a_captive_taken_prisoner_is_the_captors_abduction(coder, text):
    event = on_trigger(code(coder, text), "taken")
    assert (event.event, event.mode) == ("ASSAULT", "abduct")
    assert event.recipient is not None and event.recipient.country == "USA"
    assert event.actor is not None and event.actor.country != "USA"


@pytest.mark.parametrize(
    "text",
    [
        "Turkish troops have captured the town by force.",
        "Turkish troops have surrounded the town and captured it by nightfall.",
    ],
)
def test_an_active_perfect_with_a_by_is_no_passive(coder, text):
    event = on_trigger(code(coder, text), "captured")
    assert event.actor is not None and event.actor.code == "TURMIL"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("The UN has asked for access to the besieged town from Damascus.", "SYRGOV"),
        ("The Red Cross requested access to the detainees from the Iraqi authorities.", "IRQGOV"),
        ("The Syrian Kurds sought help from Washington against the Turkish offensive.", "USAGOV"),
    ],
)
def test_the_party_a_request_is_made_from_is_its_recipient(coder, text, asked):
    event = next(e for e in code(coder, text) if e.event == "REQUEST")
    assert event.recipient is not None and event.recipient.code == asked
    assert event.actor is not None and event.actor.code != asked


@pytest.mark.parametrize(
    ("text", "not_asked"),
    [
        ("The minister asked officials from the UN to leave the country.", "UNO"),  # the officials are asked
        ("Lebanon asked for the return of refugees from Jordan.", "JOR"),  # where they are to leave
    ],
)
def test_a_from_that_says_where_people_are_from_names_no_one_asked(coder, text, not_asked):
    event = next(e for e in code(coder, text) if e.event == "REQUEST")
    assert event.recipient is None or event.recipient.code != not_asked


def test_the_subject_that_came_under_attack_is_attacked(coder):
    text = "Pro-government fighters came under attack from Turkish troops on Tuesday."
    event = on_trigger(code(coder, text), "attack")
    assert event.actor is not None and event.actor.code == "TURMIL"
    assert event.recipient is not None and event.recipient.text == "Pro-government fighters"
