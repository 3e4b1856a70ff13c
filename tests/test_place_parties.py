"""Places, their ground and gatherings where a recipient would stand: no party of
their own (extract/non_parties.py, resolve/parties.py).  Violence done *to* a coded
place keeps its people (test_noun_parties.py); a place the event happens *in* does
not.  Sentences are the project's own."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.records import Article


def code(coder, text):
    return coder.code_one(Article(id="t", text=text, published=date(2024, 3, 5)))


def only(events, event_type):
    matches = [e for e in events if e.event == event_type]
    assert matches, f"no {event_type} among {[(e.event, e.trigger.text) for e in events]}"
    return matches[0]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The army left the town on Wednesday.", "RETREAT"),
        ("Aid workers visited the camp last week.", "CONSULT"),
        ("The Kenyan minister gave a press conference in Nairobi.", "CONSULT"),
        ("Opposition leaders rejected the Sochi conference as a farce.", "REJECT"),
    ],
)
def test_a_place_or_a_gathering_is_no_recipient(coder, text, event_type):
    assert only(code(coder, text), event_type).recipient is None


def test_a_party_named_after_a_place_set_aside_is_the_recipient(coder):
    event = only(code(coder, "At home the president refused asylum to the Kurdish rebels."), "REJECT")
    assert event.recipient is not None and event.recipient.text == "the Kurdish rebels"


def test_the_place_a_fight_happens_in_is_no_recipient(coder):
    event = only(code(coder, "Syrian troops clashed with the jihadists in Idlib province."), "ASSAULT")
    assert event.recipient is not None and event.recipient.text != "Idlib province"


def test_violence_on_a_place_keeps_its_people(coder):
    event = only(code(coder, "Syrian jets bombed the town of Saraqib on Sunday."), "ASSAULT")
    assert event.recipient is not None and event.recipient.sector == "CVL"


def test_capitals_standing_for_governments_stay_the_recipient(coder):
    event = only(code(coder, "The Iranian president criticised European capitals for their silence."), "ACCUSE")
    assert event.recipient is not None and event.recipient.text == "European capitals"
