"""A deed told again by a definite noun ("the strikes", "killed in the attack") takes the
doer the sentence or two before gave it (resolve/event_anaphora.py).  Sentences are the
project's own."""

from __future__ import annotations

import pytest

from coded_events import code_article as code
from coded_events import on_trigger
from newsevents.records import EventRecord


def country(party):
    return None if party is None else party.country


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "Russian jets bombed the market in the old town on Tuesday. The strikes killed nine shoppers.",
            "killed",
            "RUS",
        ),
        ("Turkish troops attacked the border post at dawn. Six guards were wounded in the assault.", "wounded", "TUR"),
        ("Islamic State claimed the bombing at the checkpoint. The attack killed 12 soldiers.", "killed", "IMG"),
        (
            "The Taliban claimed responsibility for the attack on the base. Nine guards were killed in the attack.",
            "killed",
            "AFG",
        ),
        (
            "Turkish jets pounded the Kurdish town on Sunday. The attack has displaced 5,000 people and killed 40 Kurdish civilians.",
            "killed",
            "TUR",
        ),
        (
            "Israel bombed an Iranian drone base near Homs. Tehran vowed revenge for the strike, in which seven Iranian"
            " guards were killed.",
            "killed",
            "ISR",
        ),
    ],
)
def test_a_deed_told_again_takes_the_doer_told_before(coder, text, trigger, doer):
    event = on_trigger(code(coder, text), trigger)
    assert country(event.actor) == doer
    assert event.actor_source == "earlier_sentence"
    assert event.actor.span is None  # its words are in the sentence before, not in this one
    assert EventRecord.from_dict(event.to_dict()).actor_source == "earlier_sentence"


@pytest.mark.parametrize(
    "text",
    [
        # a new deed, not the one told before
        "Russian jets bombed the market on Tuesday. A second attack killed nine shoppers.",
        "Russian jets bombed the market on Tuesday. Another raid killed nine shoppers.",
        "Russian jets bombed the market on Tuesday. An airstrike killed nine shoppers.",
        # two countries' deeds before: which one "the strikes" is, is not said
        "Russian jets bombed the market on Tuesday. Ukrainian drones hit Belgorod. The strikes killed nine shoppers.",
        # told too long before
        "Russian jets bombed the market on Tuesday. Aid groups sent food. The roads were closed. "
        "Prices rose. The strikes killed nine shoppers.",
        # a deed of another day
        "Russian jets bombed the market on Tuesday. Nine shoppers were killed in the attack on Friday.",
        # an arrest is no strike
        "Police arrested the protest leaders in the square. Nine shoppers were killed in the strikes.",
    ],
)
def test_no_doer_is_carried_to_a_deed_that_may_be_another(coder, text):
    event = on_trigger(code(coder, text), "killed")
    assert event.actor is None


def test_a_deed_done_to_the_doers_own_side_is_not_theirs(coder):
    events = code(coder, "Turkish jets struck the village on Monday. Two Turkish soldiers were killed in the attack.")
    assert on_trigger(events, "killed").actor is None


def test_a_states_strikes_on_its_own_civilians_are_its_own(coder):
    events = code(
        coder, "Syrian government jets bombed the rebel-held town of Douma. The strikes killed 30 Syrian civilians."
    )
    assert country(on_trigger(events, "killed").actor) == "SYR"
