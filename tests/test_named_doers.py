"""Doers a sentence names outside the event's grammar: the one held responsible, the
owner of a responsibility (extract/culprits.py), and the one who undertakes the
campaign an infinitive tells (extract/noun_parties.py).  Sentences are the project's
own."""

from __future__ import annotations

import pytest

from coded_events import code_article as code
from coded_events import on_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Nairobi holds the Ugandan army responsible for the raids on the border villages.", "raids", "UGA"),
        ("The panel found the Chilean police responsible for the attacks on students.", "attacks", "CHL"),
        ("Ministers discussed a report on Peru's responsibility for the attack on the mine.", "attack", "PER"),
    ],
)
def test_the_party_held_responsible_did_the_event(coder, text, trigger, doer):
    event = on_trigger(code(coder, text), trigger)
    assert event.actor is not None and event.actor.country == doer


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Nairobi does not hold the Ugandan army responsible for the raids on the border villages.", "raids"),
        ("Lima denied Peru's responsibility for the attack on the mine.", "attack"),
    ],
)
def test_a_refused_responsibility_names_no_doer(coder, text, trigger):
    for event in (e for e in code(coder, text) if e.trigger.text == trigger):
        assert event.actor is None or event.actor.country != "UGA"


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("The Nigerian army spearheaded a French-backed campaign to oust the rebels from the town.", "oust", "NGA"),
        ("The Malian offensive to retake the northern towns lasted months.", "retake", "MLI"),
        ("An operation to capture the rebel commander was launched by Colombian troops.", "capture", "COL"),
    ],
)
def test_who_undertakes_a_campaign_does_what_its_infinitive_tells(coder, text, trigger, doer):
    event = on_trigger(code(coder, text), trigger)
    assert event.actor is not None and event.actor.country == doer


def test_a_campaign_faced_is_not_the_facing_sides_own(coder):
    """ "The rebels faced an offensive to retake the town": whose offensive is not said."""
    text = "The Somali rebels faced a government offensive to retake the port town."
    for event in (e for e in code(coder, text) if e.trigger.text == "retake"):
        assert event.actor is None or event.actor.sector != "REB"
