"""A phrase in a party's place is a party only when its head can name one
(extract/things.py, ``can_name_party``): a thing of no one named is no recipient of a coded
doer, however the actor tables read its modifiers; people stay parties."""

from __future__ import annotations

import pytest

from coded_events import code_article, on_trigger
from newsevents.extract.things import can_name_party, names_unowned_thing
from newsevents.knowledge.words import load_word_lists
from newsevents.records import Actor


def _head(nlp, text, word):
    return next(token for token in nlp(text) if token.text == word)


def test_a_cancelled_briefing_is_no_recipient(coder):
    event = on_trigger(
        code_article(coder, "The interior ministry cancelled a planned media briefing on Tuesday."), "cancelled"
    )
    assert event.actor is not None and event.actor.sector == "GOV"
    assert event.recipient is None


def test_a_thing_shelled_by_a_coded_doer_is_no_recipient(coder):
    text = "A barge carrying grain was shelled by Nigerian soldiers near the port on Sunday."
    event = on_trigger(code_article(coder, text), "shelled")
    assert (event.event, event.actor.code if event.actor else None) == ("ASSAULT", "NGAMIL")
    assert event.recipient is None


@pytest.mark.parametrize(
    ("text", "passive_trigger"),
    [
        ("Her husband was detained by Kenyan police at the airport.", "detained"),
        ("An anaesthetist was killed by Somali militants in the town on Friday.", "killed"),
    ],
)
def test_people_the_tables_lack_stay_recipients(coder, text, passive_trigger):
    event = on_trigger(code_article(coder, text), passive_trigger)
    assert event.recipient is not None and event.recipient.text.split()[-1] in text


@pytest.mark.parametrize(
    ("text", "word", "party"),
    [
        ("Inspectors said a nerve agent had been used in the attack.", "agent", False),
        ("An FBI agent questioned the suspect.", "agent", True),
        ("The rebels retreated across the river.", "river", False),
        ("Militants kidnapped the pair on the road.", "pair", True),
        ("Soldiers shot the recruiter outside the camp.", "recruiter", True),
        ("The army shelled the military base at dawn.", "base", True),
    ],
)
def test_what_heads_a_phrase_can_name_a_party(nlp, text, word, party):
    assert can_name_party(_head(nlp, text, word), load_word_lists()) is party


def test_a_thing_whose_owner_the_tables_code_is_not_unowned(nlp):
    doc = nlp("Jets struck Iranian weapons capabilities near the coast.")
    phrase = doc[2:5]
    words = load_word_lists()
    jets = Actor(text="Jets", sector="MIL")
    assert names_unowned_thing(phrase, Actor(text=phrase.text), jets, words)
    assert not names_unowned_thing(phrase, Actor(text=phrase.text, country="IRN", sector="MIL"), jets, words)
