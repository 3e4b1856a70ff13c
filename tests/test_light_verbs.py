"""A verb whose event is the noun it takes ("came to the aid of ...") and that noun
are one event with both parties, not two half records.  Sentences are the project's own."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.records import Article


def code(coder, text):
    return coder.code_one(Article(id="t", text=text, published=date(2021, 9, 30)))


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Iranian militias came to the aid of the Syrian army near Aleppo.", "AID", "IRN", "SYR"),
        ("The Kenyan government expressed support for the new Somali president.", "SUPPORT", "KEN", "SOM"),
        ("The Houthis claimed responsibility for the attack on the Saudi tanker.", "ASSAULT", "YEM", "SAU"),
    ],
)
def test_a_verb_of_doing_and_its_event_noun_are_one_record_with_both_parties(coder, text, event, actor, recipient):
    records = [e for e in code(coder, text) if e.event == event]
    assert len(records) == 1, [(e.trigger.text, e.actor, e.recipient) for e in records]
    assert records[0].actor is not None and records[0].actor.country == actor
    assert records[0].recipient is not None and records[0].recipient.country == recipient


def test_who_speaks_of_an_event_did_not_do_it(coder):
    events = code(coder, "Britain condemned the bombing of the hospital by Russian jets.")
    assert not [e for e in events if e.event == "ASSAULT" and e.actor is not None and e.actor.country == "GBR"]


def test_people_a_verb_of_doing_acts_on_are_its_recipients_not_a_deed(coder):
    events = code(coder, "From his cell, Omar Haddad called Canadian diplomats and asked for a lawyer.")
    call = next(e for e in events if e.trigger.text == "called")
    assert call.recipient is not None and call.recipient.country == "CAN"
